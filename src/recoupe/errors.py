"""The catalogue of what can happen to an input: each outcome carries one of these codes,
with a detail that names the input (``Outcome.reason``). The run report counts outcomes by
code; each code says what it means and what to do about it.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    code: str
    status: str          # the Outcome status it goes with: read | skipped | duplicate | failed
    means: str
    fix: str


# code | status | what it means | what to do
_TABLE = """
read                  | read     | read into an article | nothing to do
read-partly           | read     | read, but some stages passed over it: recoupe has no tables for its language, so its names, quotes, figures and dates were not read | add the language (docs/adding-a-language.md)
duplicate             | duplicate| the same content as an input read before; read once | nothing to do, or remove the copy
no-such-path          | skipped  | the path given does not exist | check the path
unreachable           | skipped  | the path cannot be reached (permissions, a broken link) | check the path and its folders' permissions
unreadable-folder     | skipped  | a folder whose files cannot be listed | check its permissions
empty-folder          | skipped  | a folder with no file in it | check the path
unknown-extension     | skipped  | a file whose kind recoupe does not read | give .txt, .html, .jsonl(.gz) or .warc(.gz) files, or rename it
unreadable            | skipped  | the file cannot be read from disk | check its permissions
empty                 | skipped  | no content: an empty file, folder, response or line | check the file; nothing was lost
too-big               | skipped  | over a size limit: one document over Settings.max_document_mb, or a compressed file inflating past MAX_INFLATION times its size | split the input, or raise Settings.max_document_mb
not-text              | skipped  | bytes that are not text in any encoding (an image, a binary) | give the text, HTML, JSONL or WARC file instead
truncated             | skipped  | the input ends before its end: a cut compressed file or WARC record | fetch or copy it again; what came before was read
not-json-object       | skipped  | a JSONL line that is not one JSON object | write one object per line, with `text` or `html`
no-text-field         | skipped  | a JSONL object with neither `text` nor `html` | give the article in a `text` or `html` field
not-warc              | skipped  | not a readable WARC archive | check that it is a .warc or .warc.gz file
no-pages              | skipped  | an archive or file with no HTML or text page in it | check the input
too-long              | skipped  | an article longer than Settings.max_article_chars after cleaning | split it into articles, or raise the limit
empty-after-cleaning  | skipped  | every line was boilerplate (menus, banners, captions) | see the removals listed; report the page if it had an article
skipped               | skipped  | a stage found the input unusable (the detail says why) | see the detail
stage-failed          | failed   | a stage raised on this input (a bug); the run went on without it | report it with the input
"""
_CODES = [Code(*(part.strip() for part in line.split("|"))) for line in _TABLE.strip().splitlines()]

CATALOGUE: dict[str, Code] = {c.code: c for c in _CODES}


def code(name: str) -> str:
    """``name``, checked against the catalogue (a typo fails at once, not in a report)."""
    if name not in CATALOGUE:
        raise KeyError(f"unknown outcome code {name!r}; known: {sorted(CATALOGUE)}")
    return name
