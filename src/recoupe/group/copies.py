"""Copies: articles that share passages word for word (or nearly).

datasketch's MinHash LSH finds the pairs of articles whose word 5-shingles
overlap, without comparing every pair; the shared passages of a pair are then
read from the 8-word shingles they share. A reprint of an agency wire is one
source: articles joined by copies form one independent source.
"""
from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

from ..records import Article, Copy

_WORD = re.compile(r"\w+", re.U)
SHINGLE = 5          # words per shingle: long enough that common phrases do not make copies
MIN_WORDS = 25       # a shared passage shorter than this is a common phrase, not a copy
LSH_THRESHOLD = 0.1  # Jaccard of shingles from which a pair is examined (a copied paragraph in a long article is little)
PERMUTATIONS = 128


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _minhash(words: list[str]) -> MinHash:
    m = MinHash(num_perm=PERMUTATIONS, seed=7)
    m.update_batch([" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(max(1, len(words) - SHINGLE + 1))])
    return m


def shared_passages(a: str, b: str, *, min_words: int = MIN_WORDS) -> list[str]:
    """Passages of ``a`` that ``b`` repeats, each at least ``min_words`` words long.

    Linear in the two texts: the 8-word shingles of ``a`` are indexed, those of
    ``b`` looked up, and the words of ``a`` they cover are read as runs (a run
    breaks where the two texts part).
    """
    wa = _WORD.findall(a)
    la, lb = [w.lower() for w in wa], _words(b)
    k = 8
    if len(la) < k or len(lb) < k:
        return []
    first: dict[tuple[str, ...], int] = {}
    for i in range(len(la) - k + 1):
        first.setdefault(tuple(la[i:i + k]), i)
    covered = bytearray(len(la))
    for j in range(len(lb) - k + 1):
        i = first.get(tuple(lb[j:j + k]))
        if i is not None:
            covered[i:i + k] = b"\x01" * k
    out, start = [], None
    for i, flag in enumerate(list(covered) + [0]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            if i - start >= min_words:
                out.append(" ".join(wa[start:i]))
            start = None
    return out


def find_copies(articles: list[Article]) -> list[Copy]:
    """Every pair of articles that share a passage, with the passage (the longest first)."""
    if len(articles) < 2:
        return []
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=PERMUTATIONS)
    texts = {a.id: a.text for a in articles}
    hashes = {}
    for a in sorted(articles, key=lambda x: x.id):
        words = _words(a.text)
        if len(words) < MIN_WORDS:
            continue
        hashes[a.id] = _minhash(words)
        lsh.insert(a.id, hashes[a.id])
    out = []
    seen = set()
    for aid in sorted(hashes):
        for other in sorted(lsh.query(hashes[aid])):
            pair = tuple(sorted((aid, other)))
            if other == aid or pair in seen:
                continue
            seen.add(pair)
            for passage in shared_passages(texts[pair[0]], texts[pair[1]]):
                out.append(Copy(pair, passage, len(passage.split())))
    out.sort(key=lambda c: (-c.words, c.articles))
    return out


def independent_sources(article_ids: list[str], copies: list[Copy]) -> list[tuple[str, ...]]:
    """Articles grouped by copying: each group is one independent source."""
    parent = {a: a for a in article_ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for c in copies:
        a, b = c.articles
        if a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for a in article_ids:
        groups.setdefault(find(a), []).append(a)
    return sorted(tuple(sorted(g)) for g in groups.values())
