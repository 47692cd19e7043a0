"""The command line: parses arguments, calls the library, prints what happened."""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)

from . import __version__
from .read.decode import sanitize
from .api import run
from .read.formats import walk
from .records import Outcome
from .render import Store, write_html, write_json
from .render.postgres import is_url
from .settings import DEFAULT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="recoupe", description="Cross-check how the press covers an event.")
    parser.add_argument("--version", action="version", version=f"recoupe {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="read, clean and describe every article; write the dossier")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (.txt .html .jsonl .warc[.gz])")
    p.add_argument("--urls", metavar="FILE", help="also fetch the pages of this file of URLs (one a line)")
    p.add_argument("--feed", action="append", metavar="URL", help="also fetch the entries of this RSS or Atom feed "
                   "(repeatable); fetched pages are kept in OUT/fetched as WARC files")
    p.add_argument("--out", default="recoupe-out", help="folder for the default outputs (default: %(default)s)")
    p.add_argument("--json", help="dossier JSON path (default: OUT/dossier.json)")
    p.add_argument("--html", help="dossier HTML path (default: OUT/dossier.html)")
    p.add_argument("--db", help="the store: a SQLite file (default: OUT/recoupe.db) or a postgresql:// URL")
    p.add_argument("--no-html", action="store_true", help="do not write the HTML dossier")
    p.add_argument("--no-db", action="store_true", help="do not write to the store")
    p.add_argument("--summary-words", type=int, default=DEFAULT.summary_words, metavar="N",
                   help="length of each story's summary, in words (default: %(default)s)")
    p.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="local: this machine (default); dask: a Dask cluster (a local one unless --scheduler)")
    p.add_argument("--processes", type=int, default=1, metavar="N",
                   help="worker processes for the article stages (local: default 1; dask: workers of the local "
                        "cluster, default 2)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="with --executor dask: a running scheduler, tcp://host:8786")
    p.add_argument("-q", "--quiet", action="store_true", help="print only errors")

    t = sub.add_parser("times", help="print the temporal expressions of a text file as JSON")
    t.add_argument("file", metavar="FILE", help="a UTF-8 text file")
    t.add_argument("--dct", required=True, help="the document's creation date, YYYY-MM-DD")
    t.add_argument("--lang", default="fr", help="language of the text (default: %(default)s)")

    f = sub.add_parser("fetch", help="fetch pages (files of URLs, RSS or Atom feeds) into a WARC file, politely")
    f.add_argument("sources", nargs="+", metavar="URL_LIST|FEED",
                   help="a file of URLs (one a line) or a feed URL (http(s)://...)")
    f.add_argument("--out", default="recoupe-out/fetched", help="folder of the WARC files (default: %(default)s)")
    f.add_argument("--interval", type=float, default=1.0, metavar="S",
                   help="seconds between two requests to one host (default: %(default)s)")
    f.add_argument("--timeout", type=float, default=15.0, metavar="S", help="seconds per request (default: %(default)s)")

    w = sub.add_parser("serve", help="browse and search the store in a web browser (pages, JSON, exports, uploads)")
    w.add_argument("--db", default="recoupe-out/recoupe.db",
                   help="the store: a SQLite file or a postgresql:// URL (default: %(default)s)")
    w.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s, this machine only)")
    w.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")

    args = parser.parse_args(argv)
    if args.command == "run":
        return cmd_run(args)
    if args.command == "serve":
        return cmd_serve(args)
    if args.command == "fetch":
        return cmd_fetch(args)
    if args.command == "times":
        return cmd_times(args)
    return 2


def _fetch(sources: list[str], out: Path, err, **options) -> tuple[Path | None, int]:
    """Fetch the sources' pages into a WARC file under ``out``; each skipped URL said on ``err``."""
    from .read.fetch import Fetcher, gather

    fetcher = Fetcher(out, **options)
    try:
        urls, outcomes = gather(sources, fetcher)
        warc, fetched = fetcher.fetch(urls)
    finally:
        fetcher.close()
    for o in outcomes + fetched:
        if o.status != "fetched":
            err.print(f"skipped {o.url}: {o.reason}", markup=False)
    done = sum(o.status == "fetched" for o in fetched)
    err.print(f"fetched {done} of {len(urls)} page(s)" + (f" into {warc}" if warc else ""), markup=False)
    return warc, done


def cmd_fetch(args) -> int:
    err = SafeConsole(stderr=True, highlight=False, soft_wrap=True)
    warc, done = _fetch(args.sources, Path(args.out), err, min_interval=args.interval, timeout=args.timeout)
    if warc:
        print(warc)
    return 0 if done else 1


def cmd_serve(args) -> int:
    from .render.postgres import is_url

    if not is_url(args.db) and not Path(args.db).exists():
        print(f"recoupe serve: {args.db}: no store there; make one with recoupe run INPUT --db {args.db}, "
              f"or pass --db", file=sys.stderr)
        return 2
    try:
        from .web.app import serve
        serve(args.db, host=args.host, port=args.port)
    except ValueError as err:
        print(f"recoupe serve: {err}", file=sys.stderr)
        return 1
    return 0


def cmd_times(args) -> int:
    import datetime as dt
    import json

    from .annotate.times import tag_text

    err = SafeConsole(stderr=True, highlight=False, soft_wrap=True)
    try:
        dct = dt.date.fromisoformat(args.dct)
    except ValueError:
        err.print(f"recoupe times: --dct {args.dct!r} is not a date; write it YYYY-MM-DD", markup=False)
        return 2
    try:
        with open(args.file, encoding="utf-8", newline="") as handle:   # offsets into the text as read
            text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        err.print(f"recoupe times: {args.file}: cannot be read as UTF-8 text ({error})", markup=False)
        return 2
    try:
        found = tag_text(text, dct, lang=args.lang)
    except ValueError as error:
        err.print(f"recoupe times: {error}", markup=False)
        return 2
    rows = [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value} for t in found]
    print(json.dumps(rows, ensure_ascii=False))
    return 0


class SafeConsole(Console):
    """A console that never passes a control character through: titles and file names come
    from the input, and an escape sequence in one ("\\x1b]0;…") would drive the terminal."""

    def print(self, *objects, **kwargs):
        objects = tuple(sanitize(o)[0] if isinstance(o, str) else o for o in objects)
        super().print(*objects, **kwargs)


def _executor(args):
    if args.executor == "dask":
        from .pipeline.dask import DaskExecutor

        return DaskExecutor(workers=args.processes if args.processes > 1 else 2, scheduler=args.scheduler)
    from .pipeline.local import LocalExecutor

    return LocalExecutor(processes=args.processes)


def _count_files(inputs: list[str]) -> int:
    return sum(1 for entry in walk(inputs) if not isinstance(entry, Outcome))


def cmd_run(args) -> int:
    out = SafeConsole(quiet=args.quiet, highlight=False, soft_wrap=True)
    err = SafeConsole(stderr=True, highlight=False, soft_wrap=True)
    if args.summary_words < 1:
        print(f"recoupe: --summary-words must be a positive number of words, not {args.summary_words}", file=sys.stderr)
        return 2
    settings = DEFAULT.with_(summary_words=args.summary_words)
    if args.processes < 1:
        print(f"recoupe: --processes must be 1 or more, not {args.processes}", file=sys.stderr)
        return 2
    if args.scheduler and args.executor != "dask":
        print("recoupe: --scheduler needs --executor dask", file=sys.stderr)
        return 2
    if args.urls or args.feed:
        warc, _ = _fetch(([args.urls] if args.urls else []) + list(args.feed or []), Path(args.out) / "fetched", err)
        args.inputs = list(args.inputs) + ([str(warc)] if warc else [])
    if not args.inputs:
        print("recoupe: nothing to read: give files or folders, or --urls FILE or --feed URL with pages to fetch",
              file=sys.stderr)
        return 2
    total = _count_files(args.inputs)
    show_bar = not args.quiet and total >= settings.progress_from
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(), console=err, transient=True,
                        disable=not show_bar)
    base = Path(args.out)
    store = None
    if not args.no_db:
        db_path = args.db if is_url(args.db) else Path(args.db or base / "recoupe.db")
        try:
            store = Store(db_path)
        except ValueError as error:
            err.print(f"recoupe: {error}", markup=False)
            return 1
    with progress:
        task = progress.add_task("reading and annotating", total=total or None)
        stages = progress.add_task("then: stories, timelines, comparison", total=None, start=False)

        def on_stage(name: str):
            progress.update(task, completed=total)
            progress.start_task(stages)
            progress.update(stages, description=f"stage {name}")
        files_done: set[str] = set()

        def listener(outcome: Outcome):
            name = outcome.input.split(":")[0].split("#")[0]
            if name not in files_done:
                files_done.add(name)
                progress.update(task, completed=min(len(files_done), total))

        try:
            executor = _executor(args)
        except (RuntimeError, OSError, ValueError) as error:
            err.print(f"recoupe: cannot start the {args.executor} executor: {error}", markup=False)
            return 1
        try:
            dossier = run(args.inputs, settings=settings, listener=listener, store=store, executor=executor,
                          on_stage=on_stage)
        finally:
            executor.close()

    read = sum(o.status == "read" for o in dossier.outcomes)
    skipped = [o for o in dossier.outcomes if o.status == "skipped"]
    dupes = [o for o in dossier.outcomes if o.status == "duplicate"]
    failed = [o for o in dossier.outcomes if o.status == "failed"]
    out.print(f"recoupe: read {read} article(s) from {total} file(s); "
              f"skipped {len(skipped)}" + (f"; failed {len(failed)}" if failed else "")
              + (f"; {len(dupes)} duplicate(s) read once" if dupes else ""), markup=False)
    for o in skipped + failed:
        err.print(f"  {o.status} [{o.code}]: {o.reason}", markup=False)
    partly = [o for o in dossier.outcomes if o.code == "read-partly"]
    for o in partly[:20]:
        err.print(f"  read partly: {o.input}: {o.reason}", markup=False)
    why = Counter(o.code for o in skipped + failed + dupes + partly)
    if why:
        out.print("outcomes by reason: " + ", ".join(f"{code} {n}" for code, n in sorted(why.items(), key=lambda kv: (-kv[1], kv[0]))),
                  markup=False)
    reasons = Counter(r.reason for a in dossier.articles for r in a.removed)
    if reasons:
        detail = ", ".join(f"{why} {n}" for why, n in reasons.most_common())
        out.print(f"removed {sum(reasons.values())} line(s): {detail}", markup=False)
    if not any(o.status == "read" for o in dossier.outcomes):
        err.print("recoupe: nothing could be read; no dossier written. See the reasons above.")
        if store:
            store.close()
        return 1
    if dossier.stories:
        out.print(f"grouped into {len(dossier.stories)} stor{'y' if len(dossier.stories) == 1 else 'ies'}: "
                  + "; ".join(f"{st.title[:60]} ({len(st.articles)})" for st in dossier.stories[:5])
                  + (" …" if len(dossier.stories) > 5 else ""), markup=False)
        claims = [c for st in dossier.stories for c in st.claims]
        count = {k: sum(c.status == k for c in claims) for k in ("contested", "disputed", "agreed", "evolving")}
        groups = sum(len(st.quote_groups) for st in dossier.stories)
        out.print(f"compared: {count['contested']} contested figure(s), {count['disputed']} disputed between named "
                  f"sources, {count['agreed']} agreed, {count['evolving']} updated over time, {groups} statement(s) "
                  f"quoted by several outlets", markup=False)
    written = [write_json(dossier, args.json or base / "dossier.json")]
    if not args.no_html:
        written.append(write_html(dossier, args.html or base / "dossier.html"))
    stored = ""
    if store:
        with store:
            try:
                store.save(dossier, args.inputs, settings)
            except ValueError as error:         # StoreBusy: the dossier files are written all the same
                err.print(f"recoupe: {error}", markup=False)
                out.print("wrote " + ", ".join(str(w) for w in written), markup=False)
                return 1
            stored = f" ({store.count()} article(s) in the store)"
        written.append(store.path)
    out.print("wrote " + ", ".join(str(w) for w in written) + stored, markup=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
