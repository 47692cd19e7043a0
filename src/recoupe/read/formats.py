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
from .decode import NotText, decode, sanitize

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
        yield Outcome(input=name, status="skipped", code="empty", reason=f"{name}: empty file (0 bytes)")
        return
    too_big = _size_reason(name, size, settings)
    if too_big:
        yield Outcome(input=name, status="skipped", code="too-big", reason=too_big)
        return
    try:
        decoded = decode(path.read_bytes())
    except NotText as err:
        yield Outcome(input=name, status="skipped", code="not-text", reason=f"{name}: {err}; recoupe reads text, HTML, JSONL and WARC files")
        return
    except OSError as err:
        yield Outcome(input=name, status="skipped", code="unreadable", reason=f"{name}: cannot be read ({err.strerror or err})")
        return
    text, replaced = sanitize(decoded.text)
    if not text.strip():
        yield Outcome(input=name, status="skipped", code="empty", reason=f"{name}: only white space, no text")
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
        replaced=replaced,
    )


# A compressed input that inflates more than this many times (and past COMPRESSED_FLOOR_MB) is
# a compression bomb, not press: real JSONL and WARC text inflates 3 to 15 times.
MAX_INFLATION = 200
COMPRESSED_FLOOR_MB = 64


class _Bounded:
    """A binary stream read line by line with a bound on each line, and, for a compressed file,
    on how far it may inflate; each bound is checked while reading, before the bytes are kept."""

    def __init__(self, handle, name: str, line_limit: int, total_limit: int | None):
        self.handle, self.name = handle, name
        self.line_limit, self.total_limit = line_limit, total_limit
        self.read = 0

    def _count(self, n: int) -> None:
        self.read += n
        if self.total_limit is not None and self.read > self.total_limit:
            raise _TooInflated(f"{self.name}: inflates past {self.total_limit / 1024 / 1024:.0f} MB "
                               f"(over {MAX_INFLATION} times its compressed size): a compression bomb, not "
                               f"text; the rest of the file is not read. Decompress it yourself if it is real")

    def lines(self) -> Iterator[tuple[int, bytes | None, int]]:
        """(line number, the line or None when over the limit, its length in bytes)."""
        number = 0
        while True:
            raw = self.handle.readline(self.line_limit + 1)
            if not raw:
                return
            number += 1
            self._count(len(raw))
            if len(raw) <= self.line_limit or raw.endswith(b"\n"):
                yield number, raw, len(raw)
                continue
            size = len(raw)
            while not raw.endswith(b"\n"):      # pass over the rest of the line, keeping none of it
                raw = self.handle.readline(1 << 20)
                if not raw:
                    break
                size += len(raw)
                self._count(len(raw))
            yield number, None, size


class _TooInflated(Exception):
    pass


def _stated_date(value: str) -> str | None:
    """A stated publication date that can be read: ISO 8601 (a day or a time), else a written
    date ("12 mars 2024"); None when it names no real day."""
    import datetime as dt

    text = value.strip()
    try:
        return (dt.datetime.fromisoformat(text) if len(text) > 10 else dt.date.fromisoformat(text)).isoformat()
    except ValueError:
        pass
    from ..clean.dates import find_date

    found = find_date(text)
    return found[0].isoformat() if found else None


def _metadata(data: dict) -> tuple[dict, list[str]]:
    """The JSONL line's metadata fields that can be used, and a note for each that cannot."""
    meta, notes = {}, []
    for key in JSONL_FIELDS:
        value = data.get(key)
        if value is None:
            meta[key] = None
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            notes.append(f"`{key}` is a JSON {type(value).__name__}, not a string; ignored")
            meta[key] = None
            continue
        value, _ = sanitize(str(value))
        value = " ".join(value.split()) or None
        if key == "published" and value and _stated_date(value) is None:
            notes.append(f"`published` {value[:40]!r} is not a date (write YYYY-MM-DD); ignored")
            value = None
        meta[key] = value
    return meta, notes


def read_jsonl_file(path: Path, name: str, settings: Settings) -> Iterator[Item]:
    """One article a line: ``text`` or ``html`` plus optional metadata. Read as a stream: each
    line is bounded by ``Settings.max_document_mb``, a ``.gz`` by how far it may inflate."""
    import zlib

    gz = name.endswith(".gz")
    line_limit = int(settings.max_document_mb * 1024 * 1024)
    total_limit = max(COMPRESSED_FLOOR_MB * 1024 * 1024, MAX_INFLATION * path.stat().st_size) if gz else None
    any_line = False
    number = 0
    try:
        with (gzip.open if gz else open)(path, "rb") as handle:
            for number, raw, size in _Bounded(handle, name, line_limit, total_limit).lines():
                where = f"{name}:{number}"
                if raw is not None and not raw.strip():
                    continue
                any_line = True
                if raw is None:
                    yield Outcome(input=where, status="skipped", code="too-big", reason=_size_reason(where, size, settings))
                    continue
                yield _jsonl_item(raw, where)
    except _TooInflated as err:
        yield Outcome(input=name, status="skipped", code="too-big", reason=str(err))
        return
    except (EOFError, zlib.error, gzip.BadGzipFile) as err:
        yield Outcome(input=name, status="skipped", code="truncated", reason=f"{name}: truncated or corrupt compressed file after line {number} "
                                       f"({err or type(err).__name__}); the lines before it were read")
        return
    if not any_line:
        yield Outcome(input=name, status="skipped", code="empty", reason=f"{name}: empty JSONL file (no lines)")


def _jsonl_item(raw: bytes, where: str) -> Item:
    try:
        data = json.loads(decode(raw).text)
    except (NotText, json.JSONDecodeError) as err:
        return Outcome(input=where, status="skipped", code="not-json-object", reason=f"{where}: not a JSON object ({err}); each line must be one JSON object")
    if not isinstance(data, dict):
        return Outcome(input=where, status="skipped", code="not-json-object", reason=f"{where}: a JSON {type(data).__name__}, not an object; "
                                         f"each line must be an object with `text` or `html`")
    text, html = data.get("text"), data.get("html")
    has_text, has_html = isinstance(text, str) and text.strip(), isinstance(html, str) and html.strip()
    if not has_text and not has_html:
        return Outcome(input=where, status="skipped", code="no-text-field", reason=f"{where}: no `text` or `html` field with content; "
                                         f"available keys: {sorted(data)[:20]}")
    meta, notes = _metadata(data)
    content, replaced = sanitize(text if has_text else html)
    ref = meta["id"]
    # the record's id comes from the content (and the stated id, which scopes it): a line that
    # reuses another's id with other text is another article, never a replacement
    return Page(
        id=page_id(content, "\x00".join(x for x in (meta["url"], ref) if x) or None),
        input=where,
        kind="txt" if has_text else "html",
        text=content if has_text else None,
        html=None if has_text else content,
        url=meta["url"], title=meta["title"], outlet=meta["outlet"], author=meta["author"],
        published=meta["published"], language=meta["language"],
        encoding="utf-8", replaced=replaced, ref=ref,
        notes=tuple(notes) + ((f"{replaced} character(s) no output can write (lone surrogates, "
                               f"control characters) replaced",) if replaced else ()),
    )


def read_warc_file(path: Path, name: str, settings: Settings) -> Iterator[Item]:
    """HTML responses of a WARC archive (warcio); other records are passed over."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if path.stat().st_size == 0:
        yield Outcome(input=name, status="skipped", code="empty", reason=f"{name}: empty file (0 bytes)")
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
                    yield Outcome(input=where, status="skipped", code="too-big", reason=too_big)
                    continue
                missing = getattr(record.raw_stream, "limit", 0) or 0
                if missing > 0:               # the archive ends inside this record
                    yield Outcome(input=where, status="skipped", code="truncated", reason=f"{where}: truncated record, {missing} byte(s) short of the "
                                                    f"length its header states; an incomplete page is not read")
                    continue
                declared = None
                if "charset=" in ctype:
                    declared = ctype.split("charset=")[-1].split(";")[0].strip().strip('"') or None
                try:
                    decoded = decode(body, declared=declared)
                except NotText as err:
                    yield Outcome(input=where, status="skipped", code="not-text", reason=f"{where}: {err}")
                    continue
                if not decoded.text.strip():
                    yield Outcome(input=where, status="skipped", code="empty", reason=f"{where}: empty response body")
                    continue
                text, replaced = sanitize(decoded.text)
                is_html = "html" in ctype or _looks_like_html(text)
                found += 1
                yield Page(
                    id=page_id(text, url),
                    input=where if url is None else url,
                    kind="html" if is_html else "txt",
                    html=text if is_html else None,
                    text=None if is_html else text,
                    url=url,
                    encoding=decoded.encoding,
                    repaired=decoded.repaired,
                    replaced=replaced,
                )
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
        yield Outcome(input=name, status="skipped", code="not-warc", reason=f"{name}: not a readable WARC archive after {found} page(s) ({err}); "
                                       f"check that it is a .warc or .warc.gz file")
        return
    if not found:
        yield Outcome(input=name, status="skipped", code="no-pages", reason=f"{name}: WARC archive with no HTML or text response")


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


def _shown(name: str) -> str:
    """A file name as text any output can write: bytes that were not UTF-8 (kept by Python as
    lone surrogates) become U+FFFD, control characters spaces."""
    try:
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        pass                        # a surrogate no file system gave: sanitize replaces it
    return sanitize(name)[0]


def walk(inputs: list[str]) -> Iterator[tuple[Path, str] | Outcome]:
    """Files under the inputs, in a stable order, as (path, name as given); a path or folder
    that cannot be read is an outcome that says so."""
    for given in inputs:
        path = Path(given)
        try:
            exists, is_dir = path.exists(), path.is_dir()
        except OSError as err:
            yield Outcome(input=given, status="skipped", code="unreachable", reason=f"{given}: cannot be reached ({err.strerror or err}); "
                                            f"check the path and its folders' permissions")
            continue
        if not exists:
            yield Outcome(input=given, status="skipped", code="no-such-path", reason=f"{given}: no such file or folder; check the path")
            continue
        if is_dir:
            files, unreadable = [], []

            def failed(err: OSError) -> None:
                unreadable.append(err)

            for root, dirs, names in os.walk(path, onerror=failed):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(Path(root) / n for n in names if not n.startswith("."))
            for err in sorted(unreadable, key=lambda e: str(e.filename)):
                folder = err.filename or given
                yield Outcome(input=str(folder), status="skipped", code="unreadable-folder", reason=f"{folder}: folder cannot be read ({err.strerror or err}); "
                                                      f"its files are not read. Check its permissions")
            if not files and not unreadable:
                yield Outcome(input=given, status="skipped", code="empty-folder", reason=f"{given}: empty folder")
            for f in sorted(files):
                yield f, _shown(str(f))
        else:
            yield path, _shown(given)


def known_formats() -> str:
    return " ".join(sorted(READERS))
