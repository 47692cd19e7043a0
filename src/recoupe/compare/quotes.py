"""Quote groups: one statement as several articles report it.

Two quotes are the same statement when the same speaker (the same linked
entity, or the same surname) says them in two articles and their words
match: multilingual sentence vectors catch a re-wording or another
translation ("c'est effectivement vrai" / "c'est effectivement le cas"),
word overlap catches one outlet quoting part of what another quotes. Within
a group, versions whose negations or figures differ are flagged: the
wording changes the meaning.
"""
from __future__ import annotations

import re

from ..annotate.lang import vocab
from ..records import Article, Quote, QuoteGroup, QuoteVersion, Story
from .text import fold, key, vectors, words

SAME = 0.72          # sentence-vector likeness from which two quotes of one speaker are one statement
NEAR = 0.60          # ... or from which they are when they also share a content word ("colère")
OVERLAP = 0.6        # or: share of the shorter quote's words the longer one has
_NUMBER = re.compile(r"\d[\d\s.,]*")


def speaker_key(q: Quote) -> str | None:
    if q.speaker_entity:
        return q.speaker_entity
    if q.speaker:
        return fold(q.speaker.split()[-1])
    return None


def _overlap(a: str, b: str) -> float:
    x = {key(w) for w in words(a) if len(w) > 2}
    y = {key(w) for w in words(b) if len(w) > 2}
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def _shared(a: str, b: str) -> bool:
    """The two share a content word (four letters or more)."""
    return bool({key(w) for w in words(a) if len(w) > 3} & {key(w) for w in words(b) if len(w) > 3})


def _negated(text: str, particles: set[str], negations: set[str]) -> bool:
    """An odd number of negations. With a particle ("ne", "n'"), each particle is one
    negation whatever completes it, before or after ("n'avons … aucune preuve",
    "Aucun licenciement n'est envisagé"); without one, each negative word is one
    ("jamais de la vie")."""
    toks = [fold(w) for w in words(text)]
    count = sum(w in particles for w in toks) or sum(w in negations for w in toks)
    return count % 2 == 1


def _numbers(text: str) -> set[str]:
    return {re.sub(r"\D", "", n) for n in _NUMBER.findall(text) if re.sub(r"\D", "", n)}


def change(texts: list[str], lang: str | None) -> str:
    """What differs in meaning between versions of one statement, or ''."""
    v = vocab(lang) or vocab("fr")
    particles = {fold(w) for w in v.NEGATION_PARTICLES}
    neg = {fold(w) for w in v.NEGATIONS}
    notes = []
    if len({_negated(t, particles, neg) for t in texts}) > 1:
        notes.append("one version is negative, another is not")
    hedges = [fold(h) for h in v.HEDGES]
    if len({any(h in fold(t) + " " for h in hedges) for t in texts}) > 1:
        notes.append("one version is a possibility or a doubt, another a fact")
    nums = [_numbers(t) for t in texts]
    if any(nums) and len({frozenset(n) for n in nums if n}) > 1:
        notes.append("the versions give different figures")
    return "; ".join(notes)


def build(story: Story, members: list[Article], encode) -> tuple[QuoteGroup, ...]:
    said: list[tuple[Article, Quote]] = [(a, q) for a in members for q in a.quotes
                                         if q.speaker and len(words(q.text)) >= 2]
    if not said:
        return ()
    vec = vectors([q.text for _, q in said], encode)
    parent = list(range(len(said)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    keys = [speaker_key(q) for _, q in said]
    for i in range(len(said)):
        for j in range(i + 1, len(said)):
            if said[i][0].id == said[j][0].id or keys[i] != keys[j]:
                continue
            like = float(vec[i] @ vec[j]) if vec.shape[1] else 0.0
            overlap = _overlap(said[i][1].text, said[j][1].text)
            if like >= SAME or overlap >= OVERLAP or (like >= NEAR and _shared(said[i][1].text, said[j][1].text)):
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(said)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for idx in groups.values():
        arts = list(dict.fromkeys(said[i][0].id for i in idx))
        if len(arts) < 2:
            continue
        quotes = [said[i][1] for i in idx]
        speaker = max((q.speaker for q in quotes), key=lambda s: (sum(q.speaker == s for q in quotes), len(s)))
        versions = tuple(QuoteVersion(said[i][0].id, said[i][1].text, said[i][1].paragraph,
                                      said[i][1].cue == "indirect") for i in idx)
        texts = tuple(dict.fromkeys(v.text for v in versions))
        note = change(list(texts), said[idx[0]][0].language)
        out.append(QuoteGroup(speaker, tuple(arts), texts, quotes[0].speaker_entity, versions, bool(note), note))
    out.sort(key=lambda g: (-len(g.articles), g.speaker))
    return tuple(out)
