"""Framing: the words that set each article apart from the rest of its story,
and the names it chooses for what several outlets name differently.

Terms are ranked by the log-odds ratio with an informative Dirichlet prior
(Monroe, Colaresi & Quinn 2008, "Fightin' Words", section 3.5): for a term w,
article i and the rest of the story j, with prior counts a_w the counts of
the whole dossier (times ``PRIOR``) and a_0 their sum,

    d_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
    z_w = d_w / sqrt(1 / (y_iw + a_w) + 1 / (y_jw + a_w))

Articles are compared through their lemmas and two-lemma phrases
(``Article.phrases``: no names, no stop words, no figures), gathered into word
families by the Snowball stemmer ("occupation", "occupées", "occuper"), so the
evidence is the outlet's vocabulary, never who it talks about.

"Or better" (the issue's words): the log-odds only sees the story, and an
article that uses a word once ties with hundreds of others. Each z-score is
therefore weighed by how much more the article uses the word than the
language at large does (``wordfreq``; log of the ratio, to the power
``SPECIFIC``): "provocation" stands out of a dispatch, "raison" does not.
A term whose word a better-ranked term already shows is skipped, so twenty
terms show twenty different words.

Neutral by design: the dossier shows the terms and their scores, it never
labels an outlet.
"""
from __future__ import annotations

import math
from collections import Counter

from ..records import Article, Dossier, Framing, NameChoice, Story

PRIOR = 1.0         # weight of the prior: a_w is the dossier's count of w times this (Monroe's own choice)
MIN_Z = 0.5         # a term below this z-score is not evidence of anything
SPECIFIC = 1.0      # weight of the language-wide rarity (0: Monroe's log-odds alone)
TOP = 20


def log_odds(mine: Counter, rest: Counter, prior: Counter) -> dict[str, float]:
    """z-scores of every term of ``mine`` against ``rest`` (Monroe et al. 2008)."""
    n_i, n_j = sum(mine.values()), sum(rest.values())
    total = sum(prior.values())
    if not n_i or not total:
        return {}
    scale = PRIOR
    a0 = PRIOR * total
    out = {}
    for w, y_i in mine.items():
        a = prior.get(w, 0) * scale or scale
        y_j = rest.get(w, 0)
        d = (math.log((y_i + a) / (n_i + a0 - y_i - a)) - math.log((y_j + a) / (n_j + a0 - y_j - a)))
        out[w] = d / math.sqrt(1 / (y_i + a) + 1 / (y_j + a))
    return out


class Families:
    """Terms gathered by word family (the stems of their words), shown by their
    most frequent member."""

    def __init__(self, lang: str | None):
        import snowballstemmer

        name = {"fr": "french", "en": "english", "de": "german", "es": "spanish", "it": "italian",
                "pt": "portuguese", "nl": "dutch", "ru": "russian"}.get(lang or "fr", "french")
        self._stem = snowballstemmer.stemmer(name).stemWord
        self._cache: dict[str, str] = {}

    def key(self, term: str) -> str:
        if term not in self._cache:
            self._cache[term] = " ".join(self._stem(w) for w in term.split())
        return self._cache[term]

    def gather(self, counts: Counter) -> Counter:
        return Counter({k: v for k, v in self._sum(counts).items()})

    def _sum(self, counts: Counter) -> dict[str, int]:
        out: dict[str, int] = {}
        for w, n in counts.items():
            k = self.key(w)
            out[k] = out.get(k, 0) + n
        return out

    def shown(self, counts_by_article: list[Counter]) -> dict[str, str]:
        best: dict[str, tuple[int, str]] = {}
        total: Counter = Counter()
        for c in counts_by_article:
            total.update(c)
        for w, n in total.items():
            k = self.key(w)
            if k not in best or (n, -len(w)) > (best[k][0], -len(best[k][1])):
                best[k] = (n, w)
        return {k: w for k, (_, w) in best.items()}


def specificity(term: str, share: float, lang: str | None) -> float:
    """log(how much more often the article uses ``term`` than the language does), at least 0."""
    from wordfreq import word_frequency

    try:
        base = word_frequency(term, lang or "fr")
    except LookupError:                     # a language wordfreq does not know: no weighing
        return 1.0
    return max(math.log(share / max(base, 1e-8)), 0.0)


def distinctive(scores: dict[str, float], top: int = TOP) -> list[tuple[str, float]]:
    """The best terms; a term is skipped when a better one already shows one of its words."""
    ranked = sorted(((w, z) for w, z in scores.items() if z > 0), key=lambda t: (-t[1], t[0]))
    out, shown = [], set()
    for w, z in ranked:
        parts = set(w.split())
        if parts & shown:
            continue
        shown |= parts
        out.append((w, round(z, 2)))
        if len(out) == top:
            break
    return out


def name_choices(members: list[Article], dossier: Dossier) -> dict[str, tuple[NameChoice, ...]]:
    """For each entity the story's articles name in more than one way, which
    names each article uses."""
    names = {e.id: e for e in dossier.entities}
    used: dict[str, dict[str, Counter]] = {}
    for a in members:
        for m in a.mentions:
            if m.entity:
                used.setdefault(m.entity, {}).setdefault(a.id, Counter())[m.form or m.text] += 1
    out: dict[str, list[NameChoice]] = {}
    for eid, by_article in used.items():
        if len(by_article) < 2:
            continue
        forms = {f for c in by_article.values() for f in c}
        ent = names.get(eid)
        kind = ent.type if ent else "PER"
        if kind == "PER":                       # "Eyvazov" for "Anar Eyvazov" is not a choice; "Poutine"/"Putin" is
            longest = max(forms, key=len)
            forms = {f for f in forms if f.lower() not in longest.lower()} | {longest}
        if len(forms) < 2:
            continue
        picks = [frozenset(c) for c in by_article.values()]
        if len(set(picks)) < 2:                 # every article names it the same way(s)
            continue
        for aid, c in by_article.items():
            out.setdefault(aid, []).append(NameChoice(eid, ent.name if ent else max(forms, key=len),
                                                      tuple(c.most_common())))
    return {aid: tuple(sorted(v, key=lambda n: n.name)) for aid, v in out.items()}


def build(story: Story, members: list[Article], dossier: Dossier) -> tuple[Framing, ...]:
    lang = Counter(a.language for a in members if a.language).most_common(1)
    lang = lang[0][0] if lang else "fr"
    fam = Families(lang)
    raw = {a.id: Counter(dict(a.phrases)) for a in members}
    counts = {aid: fam.gather(c) for aid, c in raw.items()}
    shown = fam.shown(list(raw.values()))
    prior: Counter = Counter()
    for a in dossier.articles:
        prior.update(fam.gather(Counter(dict(a.phrases))) if a.id not in counts else counts[a.id])
    source_of = {a: i for i, g in enumerate(story.sources) for a in g}
    choices = name_choices(members, dossier)
    out = []
    for a in members:
        rest: Counter = Counter()
        for b in members:
            # a copy of the same source is not "the rest of the story"
            if b.id != a.id and source_of.get(b.id, b.id) != source_of.get(a.id, a.id):
                rest.update(counts[b.id])
        best: list[tuple[str, float]] = []
        if rest:
            mine = counts[a.id]
            n = sum(mine.values())
            z = log_odds(mine, rest, prior)
            weighed = {shown[k]: s * specificity(shown[k], mine[k] / n, lang) ** SPECIFIC
                       for k, s in z.items() if s >= MIN_Z}
            best = distinctive(weighed)
        out.append(Framing(a.id, tuple(w for w, _ in best), tuple(z for _, z in best), choices.get(a.id, ())))
    return tuple(out)
