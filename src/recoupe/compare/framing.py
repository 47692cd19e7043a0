"""Framing: the words that set each article apart from the rest of its story,
and the names it chooses for what several outlets name differently.

Terms are ranked by the log-odds ratio with an informative Dirichlet prior
(Monroe, Colaresi & Quinn 2008, "Fightin' Words", section 3.5): for a term w,
article i and the rest of the story j,

    d_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
    z_w = d_w / sqrt(1 / (y_iw + a_w) + 1 / (y_jw + a_w))

The prior is the language at large, as the paper recommends a large
background corpus: a_w = ``prior_words`` x the word's frequency in the
language (``wordfreq``), a_0 = ``prior_words``. A story is a few thousand
words; against its own counts, every word an article says once ties with
hundreds of others. Against the language, a word the language rarely uses
that the article uses is evidence, and its weight is bounded both ways: a
common word ("raison") needs many uses to stand out, a very rare one
("fortifier") is shrunk by its own uncertainty. For a language wordfreq does
not know, the prior is the dossier's own counts.

Articles are compared through their lemmas and two-lemma phrases
(``Article.phrases``: nouns, adjectives and participles used as adjectives;
no names, no stop words, no figures), gathered into word families by the
Snowball stemmer ("occupation", "occupées", "occupés"), so the evidence is the
outlet's vocabulary, never who it talks about. A term whose word a
better-ranked term already shows is skipped, so twenty terms show twenty
different words.

Neutral by design: the dossier shows the terms and their scores, it never
labels an outlet.
"""
from __future__ import annotations

import math
from collections import Counter

from ..lang import ASSUMED
from ..records import Article, Dossier, Framing, NameChoice, Story
from ..settings import DEFAULT, CompareSettings

# The prior's weight, the floor of an unknown word's, the least z-score shown and how many terms
# an outlet shows: Settings.compare (settings.py, each with the reason for its value).
S = DEFAULT.compare


def log_odds(mine: Counter, rest: Counter, prior: dict[str, float], a0: float,
             s: CompareSettings = S) -> dict[str, float]:
    """z-scores of every term of ``mine`` against ``rest`` (Monroe et al. 2008);
    ``prior`` gives each term's pseudo-count a_w, ``a0`` their total."""
    n_i, n_j = sum(mine.values()), sum(rest.values())
    if not n_i or not a0:
        return {}
    out = {}
    for w, y_i in mine.items():
        a = max(prior.get(w, 0.0), s.unknown_word_prior)
        y_j = rest.get(w, 0)
        d = (math.log((y_i + a) / max(n_i + a0 - y_i - a, 1e-9))
             - math.log((y_j + a) / max(n_j + a0 - y_j - a, 1e-9)))
        out[w] = d / math.sqrt(1 / (y_i + a) + 1 / (y_j + a))
    return out


def language_prior(terms: dict[str, str], lang: str, dossier_counts: Counter,
                   s: CompareSettings = S) -> tuple[dict[str, float], float]:
    """(a_w for each family key, a_0): the language's word frequencies (wordfreq)
    times ``prior_words``; the dossier's own counts when wordfreq does not know the language."""
    from wordfreq import word_frequency

    try:
        word_frequency("a", lang)
    except LookupError:
        total = sum(dossier_counts.values())
        return {k: float(n) for k, n in dossier_counts.items()}, float(total)
    return {k: s.prior_words * word_frequency(w, lang) for k, w in terms.items()}, s.prior_words


_STEMS: dict[str, dict[str, str]] = {}
MAX_STEMS = 500_000          # terms kept stemmed per language (some 50 MB)


class Families:
    """Terms gathered by word family (the stems of their words), shown by their
    most frequent member."""

    def __init__(self, lang: str | None):
        import snowballstemmer

        name = {"fr": "french", "en": "english", "de": "german", "es": "spanish", "it": "italian",
                "pt": "portuguese", "nl": "dutch", "ru": "russian"}.get(lang or ASSUMED, "french")
        self._stem = snowballstemmer.stemmer(name).stemWord
        # one cache per language for the whole process: every story of a run, and every run,
        # stems the same words (stemming was 95 % of framing's time with a cache per story)
        self._cache: dict[str, str] = _STEMS.setdefault(name, {})

    def key(self, term: str) -> str:
        if term not in self._cache:
            if len(self._cache) > MAX_STEMS:
                self._cache.clear()
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

    def labels(self, counts_by_article: list[Counter], most: int = 3) -> dict[str, str]:
        """How a family is shown: its members, most used first ("émeute/émeutier")."""
        total: Counter = Counter()
        for c in counts_by_article:
            total.update(c)
        members: dict[str, list[tuple[int, str]]] = {}
        for w, n in total.items():
            members.setdefault(self.key(w), []).append((-n, w))
        return {k: "/".join(w for _, w in sorted(m)[:most]) for k, m in members.items()}


def fuller(z: dict[str, float], counts: Counter) -> dict[str, float]:
    """A word the article only ever uses inside one phrase is shown as that phrase
    ("empoisonnée" -> "eau empoisonnée"), with the better of the two scores."""
    out = dict(z)
    for k, n in counts.items():
        if " " in k or k not in z:
            continue
        inside = [p for p in counts if " " in p and k in p.split() and counts[p] == n and p in z]
        if len(inside) == 1:
            p = inside[0]
            out[p] = max(z[k], z[p])
            out.pop(k, None)
    return out


def distinctive(scores: dict[str, float], top: int = S.top_terms) -> list[tuple[str, float]]:
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
            out.setdefault(aid, []).append(NameChoice(entity=eid, name=ent.name if ent else max(forms, key=len),
                                                      used=tuple(c.most_common())))
    return {aid: tuple(sorted(v, key=lambda n: n.name)) for aid, v in out.items()}


def background(dossier: Dossier, lang: str) -> Counter:
    """The word families of every article of the run: the prior's fallback. The same for every
    story of a run: compute it once (``build``'s ``everything``)."""
    fam = Families(lang)
    everything: Counter = Counter()
    for a in dossier.articles:
        everything.update(fam.gather(Counter(dict(a.phrases))))
    return everything


def story_language(members: list[Article]) -> str:
    lang = Counter(a.language for a in members if a.language).most_common(1)
    return lang[0][0] if lang else "fr"


def build(story: Story, members: list[Article], dossier: Dossier,
          everything: Counter | None = None, s: CompareSettings = S) -> tuple[Framing, ...]:
    lang = story_language(members)
    fam = Families(lang)
    raw = {a.id: Counter(dict(a.phrases)) for a in members}
    counts = {aid: fam.gather(c) for aid, c in raw.items()}
    shown = fam.shown(list(raw.values()))
    label = fam.labels(list(raw.values()))
    by_shown = {w: label[k] for k, w in shown.items()}
    if everything is None:
        everything = background(dossier, lang)
    prior, a0 = language_prior(shown, lang, everything, s)
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
            z = log_odds(counts[a.id], rest, prior, a0, s)
            best = distinctive({shown[k]: v for k, v in fuller(z, counts[a.id]).items() if v >= s.min_z}, s.top_terms)
        out.append(Framing(article=a.id, terms=tuple(by_shown[w] for w, _ in best), scores=tuple(z for _, z in best),
                           names=choices.get(a.id, ())))
    return tuple(out)
