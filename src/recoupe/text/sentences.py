"""The one sentence splitter every stage uses: the sentences of cleaned paragraphs, with their
offsets in the article's text.

Written by hand: cleaned paragraphs need only a splitter that knows abbreviations and
guillemets (running spaCy again over every story would double the cost of reading). The
abbreviations are the language's (``ABBREVIATIONS`` in its reading table); a language with no
table is split at every stop followed by a capital.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..records import Article

# A sentence ends at . ! ? … (and a closing quote after them) before a space and
# a capital, a quote or a digit; not after an abbreviation or an initial.
_END = re.compile(r"(?<=[.!?…])(?:[\s\u00a0\u202f]*[»”\"')])*\s+(?=[«“\"'(]?\s*[A-ZÀ-ÖØ-Þ0-9])")


@lru_cache(maxsize=None)
def _abbreviation(lang: str | None) -> re.Pattern:
    """A stop that ends an abbreviation of ``lang`` or an initial ("M.", "J.-C.", "A.")."""
    from ..lang import vocab

    table = vocab(lang)
    words = getattr(table, "ABBREVIATIONS", ()) if table else ()
    known = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:\b(?:{known})|\b[A-ZÀ-Þ])\.$" if known else r"\b[A-ZÀ-Þ]\.$")


@dataclass(frozen=True, slots=True)
class Sentence:
    article: str
    paragraph: int
    index: int          # its place in the article, from 0
    text: str
    start: int = 0      # character offsets in the article's text
    end: int = 0


def split(paragraph: str, lang: str | None) -> list[str]:
    """The sentences of one paragraph of a text in ``lang``."""
    abbreviation = _abbreviation(lang)
    out: list[str] = []
    start = 0
    for m in _END.finditer(paragraph):
        head = paragraph[start:m.start()].rstrip("»”\"') ")
        if abbreviation.search(head) and not head.endswith(("..", "…")):
            continue
        piece = paragraph[start:m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    rest = paragraph[start:].strip()
    if rest:
        out.append(rest)
    return out


def sentences(article: Article) -> list[Sentence]:
    """Every sentence of an article's cleaned body, in reading order."""
    out: list[Sentence] = []
    base = 0
    for p, paragraph in enumerate(article.paragraphs):
        cursor = 0
        for text in split(paragraph, article.language):
            at = paragraph.find(text, cursor)
            at = cursor if at < 0 else at
            cursor = at + len(text)
            out.append(Sentence(article.id, p, len(out), text, base + at, base + cursor))
        base += len(paragraph) + 1
    return out


