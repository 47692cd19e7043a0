"""Small text helpers the comparison stages share: sentences, word keys.

Written by hand: the sentences of already-cleaned paragraphs need only a
splitter that knows abbreviations and guillemets, and the word keys only a
light, language-table-free normalisation (accents, case, plural ``s``/``x``);
running spaCy again over every story would double the cost of reading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Article
from ..text import fold  # noqa: F401 - the one fold, as the comparison's modules import it

# A sentence ends at . ! ? … (and a closing quote after them) before a space and
# a capital, a quote or a digit; not after an abbreviation or an initial.
_END = re.compile(r"(?<=[.!?…])(?:[\s\u00a0\u202f]*[»”\"')])*\s+(?=[«“\"'(]?\s*[A-ZÀ-ÖØ-Þ0-9])")
_ABBREV = re.compile(r"(?:\b(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|av|J\.-C|etc|cf|p|n°|No|art|Cie|Inc|Ltd|"
                     r"Jr|Sr|Gal|Gén|Col|Lt|Cdt|Vol|vol|ch|éd|ed)|\b[A-ZÀ-Þ])\.$")
_WORD = re.compile(r"\w+", re.U)


@dataclass(frozen=True, slots=True)
class Sentence:
    article: str
    paragraph: int
    index: int          # its place in the article, from 0
    text: str
    start: int = 0      # character offsets in the article's text
    end: int = 0


def split(paragraph: str) -> list[str]:
    """The sentences of one paragraph."""
    out: list[str] = []
    start = 0
    for m in _END.finditer(paragraph):
        head = paragraph[start:m.start()].rstrip("»”\"') ")
        if _ABBREV.search(paragraph[start:m.start()].rstrip("»”\"') ")) and not head.endswith(("..", "…")):
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
        for text in split(paragraph):
            at = paragraph.find(text, cursor)
            at = cursor if at < 0 else at
            cursor = at + len(text)
            out.append(Sentence(article.id, p, len(out), text, base + at, base + cursor))
        base += len(paragraph) + 1
    return out


def vectors(texts: list[str], encode) -> "np.ndarray":
    """Unit-length sentence vectors (rows); zero columns when no embedder is set."""
    import numpy as np

    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    v = np.asarray(encode(texts), dtype=np.float32)
    if v.ndim != 2 or v.shape[1] == 0:
        return np.zeros((len(texts), 0), dtype=np.float32)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.where(norms == 0, 1, norms)


def key(word: str) -> str:
    """A light stem: folded, apostrophe prefix and plural/feminine endings off
    ("blindées" -> "blinde", "chevaux" -> "cheval")."""
    w = fold(word).replace("’", "'")
    if "'" in w:
        w = w.rsplit("'", 1)[1]
    if len(w) > 4 and w.endswith("aux"):
        return w[:-3] + "al"
    if len(w) > 3 and w.endswith(("s", "x")):
        w = w[:-1]
    if len(w) > 4 and w.endswith("e") and w[-2] in "ée":
        w = w[:-1]
    return w


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def lexical_support(text: str, sentence: str) -> float:
    """Share of ``text``'s words (longer than 2 letters) that ``sentence`` also has."""
    mine = {w.lower() for w in words(text) if len(w) > 2}
    if not mine:
        return 0.0
    theirs = {w.lower() for w in words(sentence) if len(w) > 2}
    return len(mine & theirs) / len(mine)


def pieces(article: Article) -> list[str]:
    """An article's body cut at every sentence end and closing quote: the finest
    units a summary sentence can be checked against."""
    return [p for p in re.split(r"(?<=[.!?»])\s+", article.text) if p.strip()]
