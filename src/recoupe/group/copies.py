"""Copies: articles that share passages word for word (or nearly).

datasketch's MinHash LSH finds the pairs of articles whose word 5-shingles
overlap, without comparing every pair; the shared passages of a pair are then
read from the 8-word shingles they share. A reprint of an agency wire is one
source: articles joined by copies form one independent source.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..records import Article, Copy
from ..text import UnionFind

_WORD = re.compile(r"\w+", re.U)
SHINGLE = 5          # words per shingle: long enough that common phrases do not make copies
MIN_WORDS = 25       # a shared passage shorter than this is a common phrase, not a copy
LSH_THRESHOLD = 0.1  # Jaccard of shingles from which a pair is examined (a copied paragraph in a long article is little)
PERMUTATIONS = 128


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


@lru_cache(maxsize=1)
def _empty() -> MinHash:
    """A MinHash of no shingle: each article's starts as a copy of it, its permutations drawn
    once per process rather than once per article."""
    return MinHash(num_perm=PERMUTATIONS, seed=7)


@lru_cache(maxsize=1)
def _bands() -> tuple[int, int]:
    """The LSH's bands and rows for LSH_THRESHOLD: datasketch finds them by numerical
    integration over every split of the permutations, once per process here."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=PERMUTATIONS)
    return lsh.b, lsh.r


def _minhash(words: list[str]) -> MinHash:
    m = _empty().copy()
    m.update_batch([" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(max(1, len(words) - SHINGLE + 1))])
    return m


K = 8                # words per shingle when reading a shared passage


class _Indexed:
    """One text as shared_passages reads it: its words, and its 8-word shingles as 64-bit
    hashes (sorted, each with its first position). Made once per article, whatever the number
    of pairs it is in (a wire reprinted by a hundred outlets is in thousands of pairs)."""

    __slots__ = ("words", "hashes", "unique", "first")

    def __init__(self, text: str):
        self.words = _WORD.findall(text)
        lower = [w.lower() for w in self.words]
        self.hashes = np.array([hash(tuple(lower[i:i + K])) for i in range(len(lower) - K + 1)], dtype=np.int64)
        self.unique, self.first = np.unique(self.hashes, return_index=True)


def _passages(a: _Indexed, b: _Indexed, min_words: int) -> list[str]:
    if not len(a.hashes) or not len(b.hashes):
        return []
    at = np.searchsorted(a.unique, b.hashes).clip(max=len(a.unique) - 1)
    starts = a.first[at[a.unique[at] == b.hashes]]       # where in a each shingle b repeats begins
    if not len(starts):
        return []
    edge = np.zeros(len(a.words) + 1, dtype=np.int32)
    np.add.at(edge, starts, 1)
    np.add.at(edge, starts + K, -1)
    covered = np.concatenate([[0], (np.cumsum(edge[:-1]) > 0).astype(np.int8), [0]])
    change = np.flatnonzero(np.diff(covered))
    return [" ".join(a.words[lo:hi]) for lo, hi in zip(change[::2], change[1::2]) if hi - lo >= min_words]


def shared_passages(a: str, b: str, *, min_words: int = MIN_WORDS) -> list[str]:
    """Passages of ``a`` that ``b`` repeats, each at least ``min_words`` words long.

    Linear in the two texts: the 8-word shingles of ``a`` are indexed, those of
    ``b`` looked up, and the words of ``a`` they cover are read as runs (a run
    breaks where the two texts part).
    """
    return _passages(_Indexed(a), _Indexed(b), min_words)


def find_copies(articles: list[Article]) -> list[Copy]:
    """Every pair of articles that share a passage, with the passage (the longest first)."""
    if len(articles) < 2:
        return []
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=PERMUTATIONS, params=_bands())
    texts = {a.id: a.text for a in articles}
    hashes = {}
    for a in sorted(articles, key=lambda x: x.id):
        words = _words(a.text)
        if len(words) < MIN_WORDS:
            continue
        hashes[a.id] = _minhash(words)
        lsh.insert(a.id, hashes[a.id])
    indexed: dict[str, _Indexed] = {}

    def read(aid: str) -> _Indexed:
        if aid not in indexed:
            indexed[aid] = _Indexed(texts[aid])
        return indexed[aid]

    out = []
    seen = set()
    for aid in sorted(hashes):
        for other in sorted(lsh.query(hashes[aid])):
            pair = tuple(sorted((aid, other)))
            if other == aid or pair in seen:
                continue
            seen.add(pair)
            for passage in _passages(read(pair[0]), read(pair[1]), MIN_WORDS):
                out.append(Copy(articles=pair, text=passage, words=len(passage.split())))
    out.sort(key=lambda c: (-c.words, c.articles))
    return out


def independent_sources(article_ids: list[str], copies: list[Copy]) -> list[tuple[str, ...]]:
    """Articles grouped by copying: each group is one independent source."""
    union = UnionFind(article_ids)
    inside = set(article_ids)
    for c in copies:
        a, b = c.articles
        if a in inside and b in inside:
            union.join(a, b)
    return sorted(tuple(g) for g in union.groups())
