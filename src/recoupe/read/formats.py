"""One reader per input format; each yields ``Page`` or ``Outcome`` records.

A reader never raises for bad content: an input (or a line, or a WARC
record) that cannot be used becomes a ``skipped`` outcome whose reason names
the input, what was wrong and what to do.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path
from typing import Iterator

from ..records import Outcome, Page
from ..settings import Settings
from .decode import NotText, decode

Item = Page | Outcome

# The metadata a JSONL line may state (shared/CONTRACT.md).
JSONL_FIELDS = ("id", "url", "title", "outlet", "author", "published", "language")


def page_id(content: str, url: str | None = None) -> str:
    """Stable id: the same content (at the same URL) always gets the same id.

    Line endings and surrounding white space are ignored, so re-saving a
    file on another system does not change its id.
    """
    norm = "\n".join(line.rstrip() for line in content.strip().splitlines())
    digest = hashlib.sha1(((url or "") + "\x00" + norm).encode("utf-8")).hexdigest()
    return digest[:16]


def _size_reason(name: str, size: int, settings: Settings) -> str | None:
    limit = settings.max_document_mb * 1024 * 1024
    if size > limit:
        return (f"{name}: {size / 1024 / 1024:.1f} MB, over the {settings.max_document_mb:g} MB limit "
                f"for one document; split it or raise Settings.max_document_mb")
    return None


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def read_text_file(path: Path, name: str, settings: Settings) -> Iterator[Item]:
    yield from _read_document(path, name, settings, kind="txt")


def read_html_file(path: Path, name: str, settings: Settings) -> Iterator[Item]:
    yield from _read_document(path, name, settings, kind="html")


def _read_document(path: Path, name: str, settings: Settings, *, kind: str) -> Iterator[Item]:
    size = path.stat().st_size
    if size == 0:
        yield Outcome(name, "skipped", f"{name}: empty file (0 bytes)")
        return
    too_big = _size_reason(name, size, settings)
    if too_big:
        yield Outcome(name, "skipped", too_big)
        return
    try:
        decoded = decode(path.read_bytes())
    except NotText as err:
        yield Outcome(name, "skipped", f"{name}: {err}; recoupe reads text, HTML, JSONL and WARC files")
        return
    except OSError as err:
        yield Outcome(name, "skipped", f"{name}: cannot be read ({err.strerror or err})")
        return
    text = decoded.text
    if not text.strip():
        yield Outcome(name, "skipped", f"{name}: only white space, no text")
        return
    if kind == "txt" and _looks_like_html(text):
        kind = "html"  # a saved page with a .txt name: read it as the markup it is
    yield Page(
        id=page_id(text),
        input=name,
        kind=kind,
        text=text if kind == "txt" else None,
        html=text if kind == "html" else None,
        encoding=decoded.encoding,
        repaired=decoded.repaired,
    )


def read_jsonl_file(path: Path, name: str, settings: Settings) -> Iterator[Item]:
    """One article a line: ``text`` or ``html`` plus optional metadata."""
    opener = gzip.open if name.endswith(".gz") else open
    any_line = False
    with opener(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{name}:{number}"
            if not raw.strip():
                continue
            any_line = True
            too_big = _size_reason(where, len(raw), settings)
            if too_big:
                yield Outcome(where, "skipped", too_big)
                continue
            try:
                data = json.loads(decode(raw).text)
            except (NotText, json.JSONDecodeError) as err:
                yield Outcome(where, "skipped", f"{where}: not a JSON object ({err}); each line must be one JSON object")
                continue
            if not isinstance(data, dict):
                yield Outcome(where, "skipped", f"{where}: a JSON {type(data).__name__}, not an object; "
                                                f"each line must be an object with `text` or `html`")
                continue
            text, html = data.get("text"), data.get("html")
            if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
                yield Outcome(where, "skipped", f"{where}: no `text` or `html` field with content; "
                                                f"available keys: {sorted(data)}")
                continue
            meta = {k: (str(data[k]).strip() or None) if data.get(k) is not None else None for k in JSONL_FIELDS}
            content = text if isinstance(text, str) and text.strip() else html
            kind_html = not (isinstance(text, str) and text.strip())
            yield Page(
                id=meta["id"] or page_id(content, meta["url"]),
                input=where,
                kind="html" if kind_html else "txt",
                text=None if kind_html else text,
                html=html if kind_html else None,
                url=meta["url"], title=meta["title"], outlet=meta["outlet"], author=meta["author"],
                published=meta["published"], language=meta["language"],
                encoding="utf-8",
            )
    if not any_line:
        yield Outcome(name, "skipped", f"{name}: empty JSONL file (no lines)")


def read_warc_file(path: Path, name: str, settings: Settings) -> Iterator[Item]:
    """HTML responses of a WARC archive (warcio); other records are passed over."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if path.stat().st_size == 0:
        yield Outcome(name, "skipped", f"{name}: empty file (0 bytes)")
        return
    found = 0
    number = 0
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type not in ("response", "resource"):
                    continue
                number += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{name}#{number}" + (f" ({url})" if url else "")
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers
                         else record.rec_headers.get_header("Content-Type")) or ""
                if record.http_headers and not record.http_headers.get_statuscode().startswith("2"):
                    continue
                if ctype and "html" not in ctype and "text/plain" not in ctype:
                    continue
                body = record.content_stream().read(int(settings.max_document_mb * 1024 * 1024) + 1)
                too_big = _size_reason(where, len(body), settings)
                if too_big:
                    yield Outcome(where, "skipped", too_big)
                    continue
                declared = None
                if "charset=" in ctype:
                    declared = ctype.split("charset=")[-1].split(";")[0].strip().strip('"') or None
                try:
                    decoded = decode(body, declared=declared)
                except NotText as err:
                    yield Outcome(where, "skipped", f"{where}: {err}")
                    continue
                if not decoded.text.strip():
                    yield Outcome(where, "skipped", f"{where}: empty response body")
                    continue
                is_html = "html" in ctype or _looks_like_html(decoded.text)
                found += 1
                yield Page(
                    id=page_id(decoded.text, url),
                    input=where if url is None else url,
                    kind="html" if is_html else "txt",
                    html=decoded.text if is_html else None,
                    text=None if is_html else decoded.text,
                    url=url,
                    encoding=decoded.encoding,
                    repaired=decoded.repaired,
                )
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
        yield Outcome(name, "skipped", f"{name}: not a readable WARC archive after {found} page(s) ({err}); "
                                       f"check that it is a .warc or .warc.gz file")
        return
    if not found:
        yield Outcome(name, "skipped", f"{name}: WARC archive with no HTML or text response")


READERS = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".xhtml": read_html_file,
    ".jsonl": read_jsonl_file,
    ".jsonl.gz": read_jsonl_file,
    ".warc": read_warc_file,
    ".warc.gz": read_warc_file,
}


def reader_for(path: Path):
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return READERS[suffix]
    return None


def walk(inputs: list[str]) -> Iterator[tuple[Path, str] | Outcome]:
    """Files under the inputs, in a stable order, as (path, name as given)."""
    for given in inputs:
        path = Path(given)
        if not path.exists():
            yield Outcome(given, "skipped", f"{given}: no such file or folder; check the path")
            continue
        if path.is_dir():
            files = []
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(Path(root) / n for n in names if not n.startswith("."))
            if not files:
                yield Outcome(given, "skipped", f"{given}: empty folder")
            for f in sorted(files):
                yield f, str(f)
        else:
            yield path, given


def known_formats() -> str:
    return " ".join(sorted(READERS))
