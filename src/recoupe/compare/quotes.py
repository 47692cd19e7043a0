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

from ..lang import vocab
from ..records import Article, Quote, QuoteGroup, QuoteVersion, Story
from ..settings import DEFAULT, CompareSettings
from ..text import UnionFind
from ..text import fold
from .text import key, vectors, words

_NUMBER = re.compile(r"\d[\d\s.,]*")


def speaker_key(q: Quote) -> str | None:
    if q.speaker_entity:
        return q.speaker_entity
    if q.speaker:
        return surname(q.speaker)
    return None


def surname(speaker: str) -> str:
    """The last word of a speaker's name, folded ("dalaï-lama" and "dalaï lama" meet)."""
    parts = re.split(r"[\s\-‐]+", fold(speaker).strip())
    return parts[-1] if parts else ""


def same_speaker(a: Quote, b: Quote) -> bool:
    """One speaker: the same linked entity; or, when one of them is not linked,
    the same surname ("M. de Castries" / "Henri de Castries")."""
    if not a.speaker or not b.speaker:
        return False
    if a.speaker_entity and b.speaker_entity:
        if a.speaker_entity == b.speaker_entity:
            return True
    elif surname(a.speaker) == surname(b.speaker):
        return True
    return surname(a.speaker) == surname(b.speaker) and fold(a.speaker) == fold(b.speaker)


def _content(text: str) -> set[str]:
    return {key(w) for w in words(text) if len(w) > 2}


def _overlap(a: str | set, b: str | set) -> float:
    x = _content(a) if isinstance(a, str) else a
    y = _content(b) if isinstance(b, str) else b
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def _shared(a: str, b: str) -> bool:
    """The two share a content word (four letters or more)."""
    return bool({key(w) for w in words(a) if len(w) > 3} & {key(w) for w in words(b) if len(w) > 3})


def _shared_words(a: set[str], b: set[str]) -> int:
    return len({w for w in a & b if len(w) > 3})


def _asserted(text: str, conditions: tuple[str, ...]) -> str:
    """The text without its conditions: "s'il n'y a pas de compromis, …" and
    "sans compromis, …" set a condition, they do not deny what is said."""
    if not conditions:
        return text
    rx = re.compile(r"(?i)(?<![\w'’])(?:" + "|".join(re.escape(c) for c in sorted(conditions, key=len, reverse=True))
                    + r")(?![\w])[^,;.:!?]*")
    return rx.sub(" ", text.replace("’", "'"))


def _negated(text: str, particles: set[str], negations: set[str]) -> bool:
    """An odd number of negations. With a particle ("ne", "n'"), each particle is one
    negation whatever completes it, before or after ("n'avons … aucune preuve",
    "Aucun licenciement n'est envisagé"); without one, each negative word is one
    ("jamais de la vie")."""
    toks = [fold(w) for w in words(text)]
    # a fragment quoted without its particle ("« pas besoin » d'aide") is negative too
    count = sum(w in particles for w in toks) or sum(w in negations or w == "pas" for w in toks)
    return count % 2 == 1


def _numbers(text: str) -> set[str]:
    return {re.sub(r"\D", "", n) for n in _NUMBER.findall(text) if re.sub(r"\D", "", n)}


def change(texts: list[str], lang: str | None) -> str:
    """What differs in meaning between versions of one statement, or '' (also when recoupe has
    no tables for ``lang``: it cannot tell)."""
    v = vocab(lang)
    if v is None:
        return ""
    particles = {fold(w) for w in v.NEGATION_PARTICLES}
    neg = {fold(w) for w in v.NEGATIONS}
    denials = {fold(w) for w in getattr(v, "DENIALS", ())}
    conditions = tuple(getattr(v, "CONDITION_WORDS", ()))
    notes = []

    def negative(t: str) -> bool:
        t = _asserted(t, conditions)
        return _negated(t, particles, neg) != (sum(fold(w) in denials for w in words(t)) % 2 == 1)

    if len({negative(t) for t in texts}) > 1:
        notes.append("one version is negative, another is not")
    hedges = [fold(h) for h in v.HEDGES]
    if len({any(h in fold(t) + " " for h in hedges) for t in texts}) > 1:
        notes.append("one version is a possibility or a doubt, another a fact")
    nums = [_numbers(t) for t in texts]
    if any(nums) and len({frozenset(n) for n in nums if n}) > 1:
        notes.append("the versions give different figures")
    return "; ".join(notes)


def compared(article: Article) -> list[Quote]:
    """The quotes of an article that are compared across outlets: two words or more (the only
    ones whose vectors are computed: ``QuoteGroups.vector_texts``)."""
    return [q for q in article.quotes if len(words(q.text)) >= 2]


def build(story: Story, members: list[Article], encode, s: CompareSettings = DEFAULT.compare) -> tuple[QuoteGroup, ...]:
    """Quote groups of a story. Two quotes of two articles are one statement when
    one speaker says them and their words match (sentence vectors, shared
    content words or figures), or when their words are the same, whoever the
    articles say spoke (one outlet gives the speaker, another does not)."""
    said: list[tuple[Article, Quote]] = [(a, q) for a in members for q in compared(a)]
    if not said:
        return ()
    vec = vectors([q.text for _, q in said], encode)
    union = UnionFind(range(len(said)))
    content = [_content(q.text) for _, q in said]
    figures = [_numbers(q.text) for _, q in said]
    by_speaker: dict[str, list[int]] = {}
    by_word: dict[str, list[int]] = {}
    for i, (_, q) in enumerate(said):
        if q.speaker:
            for k in {speaker_key(q), surname(q.speaker)}:
                by_speaker.setdefault(k, []).append(i)
        for w in content[i]:
            if len(w) > 3:
                by_word.setdefault(w, []).append(i)
    # the pairs to compare: one speaker, or a rare enough content word in common
    # (a word said in most quotes of the story gives no candidates)
    pairs: set[tuple[int, int]] = set()
    for idx in by_speaker.values():
        pairs.update((i, j) for n, i in enumerate(idx) for j in idx[n + 1:])
    limit = max(8, len(said) // 4)
    for idx in by_word.values():
        if len(idx) <= limit:
            pairs.update((i, j) for n, i in enumerate(idx) for j in idx[n + 1:] if i != j)
    for i, j in sorted(pairs):
        if i > j:
            i, j = j, i
        (ai, qi), (aj, qj) = said[i], said[j]
        if ai.id == aj.id:
            continue
        like = float(vec[i] @ vec[j]) if vec.shape[1] else 0.0
        overlap = _overlap(content[i], content[j])
        if same_speaker(qi, qj):
            shared = _shared_words(content[i], content[j])
            same = (like >= s.same_quote or overlap >= s.quote_overlap or (like >= s.near_quote and shared >= 1)
                    or (like >= s.paraphrase and (shared >= 3 or bool(figures[i] & figures[j]))))
        else:
            # the same words, of about the same length: not a short phrase inside a longer statement
            short, long_ = sorted((len(content[i]), len(content[j])))
            same = (short >= s.verbatim_words and overlap >= s.verbatim and short >= long_ / 2
                    and (like >= s.near_quote or not vec.shape[1]))
        if same:
            union.join(i, j)
    out = []
    for idx in union.groups():
        arts = list(dict.fromkeys(said[i][0].id for i in idx))
        if len(arts) < 2:
            continue
        quotes = [said[i][1] for i in idx]
        named = [q for q in quotes if q.speaker]
        if not named:
            continue                       # the same words, no article says who spoke
        speaker = max((q.speaker for q in named), key=lambda s: (sum(q.speaker == s for q in named), len(s)))
        entity = next((q.speaker_entity for q in named if q.speaker == speaker), None)
        versions = tuple(QuoteVersion(article=said[i][0].id, text=said[i][1].text, paragraph=said[i][1].paragraph,
                                      indirect=said[i][1].cue == "indirect") for i in idx)
        texts = tuple(dict.fromkeys(v.text for v in versions))
        note = change(list(texts), said[idx[0]][0].language)
        out.append(QuoteGroup(speaker=speaker, articles=tuple(arts), texts=texts, speaker_entity=entity, versions=versions, changed=bool(note), note=note))
    out.sort(key=lambda g: (-len(g.articles), g.speaker))
    return tuple(out)
