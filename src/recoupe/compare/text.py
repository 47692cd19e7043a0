"""Small text helpers the comparison stages share: word keys, vectors (sentences come from
the toolkit's one splitter, ``recoupe.text.sentences``).

Written by hand: the word keys need only a light, language-table-free normalisation
(accents, case, plural ``s``/``x``); running spaCy again over every story would double
the cost of reading.
"""
from __future__ import annotations

import re

from ..records import Article
from ..text import fold

_WORD = re.compile(r"\w+", re.U)


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
