"""Claims: figures from several articles that count the same thing, aligned,
and whether they agree.

Written by hand (no library aligns figures across documents). A figure is
aligned with another when what they count is the same -- the core of the
counted noun phrase, its first noun and adjectives before any complement
("véhicules blindés | de transport de troupes"), matched through a table of
words for the same thing (``soldats`` / ``militaires`` / ``troupes``) -- and
their sentences are about the same thing (sentence vectors, the years they
name, the places they name), and what happened to it agrees (the participle
after it: "ont été blessés" is not "déployés"; "personnes" counts whatever
the participle says). Two counts more than ``Settings.compare.max_ratio`` apart are never one
thing. Two figures in one sentence never count the same
thing ("1 960 militaires, 90 véhicules blindés, 380 unités d'automobiles").

Values are intervals: an exact figure is itself (a round one, ``2 000``,
allows 5 %), ``près de`` as much (``approx_slack``), ``plus de`` / ``des milliers`` is a lower
bound, ``moins de`` an upper one. Two values agree when their intervals meet;
a claim is ``contested`` only when two independent sources (copies count
once) give values that cannot both be true, and an alignment that would make
a contradiction must be stronger than one that makes an agreement.

Two sentences that already give one fact alike (the same stay of "trois ans")
are about the same thing: their other figures of one kind each, alone of that
kind in their sentence, are compared as if the sentences were ``anchored``
alike ("de 1985 à 1988" / "entre 1984 et 1986" are the start and end years of
one period, which then contradict). A bound is no evidence about a figure far
past it (``bound_reach``): "pas moins de 14 000" is not 91 000.
"""
from __future__ import annotations

import dataclasses
import itertools
import math
from bisect import bisect_right
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import vocab
from ..records import Article, Claim, Story, Support
from ..annotate.quantities import UNIT_DAYS
from ..settings import DEFAULT, CompareSettings
from ..text.sentences import Sentence, sentences
from ..text import fold
from .text import key, vectors, words

# The thresholds are Settings.compare's (settings.py, each with the reason for its value).
S = DEFAULT.compare


@dataclass
class Figure:
    article: str
    source: int                 # index of its independent source in the story
    value: float
    qualifier: str
    unit: str
    core: frozenset[str]        # canonical words of the counted thing
    rest: frozenset[str]        # canonical words of its complement
    generic: bool               # a unit that does not say what is counted (%, euros)
    sentence: Sentence
    text: str
    years: frozenset[str] = field(default_factory=frozenset)
    places: frozenset[str] = field(default_factory=frozenset)
    predicate: str = ""         # what happened to what is counted: "blessé" in "23 policiers ont été blessés"
    known: bool = False         # the predicate is one of the language table's events ("blessé"), not any participle
    background: bool = False    # told as a past event with its year ("En 2009, … avait provoqué 1 200 cas")
    clause: str = ""            # the part of a long sentence that holds the figure
    head: str = ""              # for a measure or a currency, the noun it measures: "rafales" in "rafales de 187 km/h"
    # its scope (annotate/quantities.py)
    dimension: str = "count"    # count | duration | age | money | percent | measure
    low: float | None = None    # an interval's bounds, in the units of ``value``
    high: float | None = None
    kind: str = "count"         # count | forecast | estimate | part | total
    place: str = ""             # where it holds (folded)
    when: str = ""              # when it holds (TIMEX3)
    given_by: str = ""          # who gives it, as written ("la CGT")
    whose: str = ""             # for an age, the person (entity id or folded name)
    per: float = 1.0            # for a duration, days per unit of what the article wrote; ``value`` is in days
    unit_name: str = ""         # that unit ("ans", "jours")
    whose_name: str = ""        # for an age, the person as written
    place_name: str = ""        # the place as written
    label: str = ""             # the name a list item gives it: "BNP Paribas" in "BNP Paribas : 2,55 milliards"
    other: bool = False         # it counts others than someone named: "14 autres otages"
    past: bool = False          # its date is of another year than its article's: a past event
    people: bool = False        # it counts people said in general ("personnes", "gens")
    person: bool = False        # it counts people by what they are or do ("figurants", "manifestants")


def interval(value: float, qualifier: str, *, low: float | None = None, high: float | None = None,
             per: float | None = None, s: CompareSettings = S) -> tuple[float, float]:
    """The values a figure allows. ``per`` (days per unit) marks a duration: a
    whole or half number of its unit ("trois ans", "six ans et demi") is said to
    the nearest quarter of that unit."""
    if low is not None and high is not None:            # "entre 600 000 et 800 000", "des centaines de milliers"
        return low * (1 - s.round_slack), high * (1 + s.round_slack)
    if per is not None and qualifier == "exact":
        units = value / per
        return (value - 0.25 * per, value + 0.25 * per) if float(units * 2).is_integer() else \
            (value * (1 - 0.02), value * (1 + 0.02))
    if qualifier == "over":
        return value * (1 - s.round_slack), math.inf
    if qualifier == "under":
        return 0.0, value * (1 + s.round_slack)
    if qualifier == "approx":
        return value * (1 - s.approx_slack), value * (1 + s.approx_slack)
    if is_round(value):
        return value * (1 - s.round_slack), value * (1 + s.round_slack)
    return value, value


def is_round(value: float) -> bool:
    """Two significant digits or fewer, and at least 100 ("2 000", "1,2 million"; not "90")."""
    if value < 100 or value != int(value):
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) <= 2


def _point(f: Figure) -> bool:
    """A figure said as one value, exactly or rounded ("2 000", "quelque 80"): not a bound, an interval or a duration."""
    return f.qualifier in ("exact", "approx") and f.low is None and f.high is None and f.dimension != "duration"


def tolerance(f: Figure, s: CompareSettings = S) -> float:
    """How far from its value a figure said as one value may be: a round or an approximate figure
    stands for its rounding ("quelque 15 000", "2 000": 5 %), an exact one for itself."""
    if f.qualifier == "approx":
        return s.approx_slack * f.value
    return s.round_slack * f.value if is_round(f.value) else 0.0


def compatible(a: Figure, b: Figure, s: CompareSettings = S) -> bool:
    if a.dimension == "clock" or b.dimension == "clock":
        return abs(a.value - b.value) <= 1          # "20h00" is not "20h08"
    if a.dimension == "period" or b.dimension == "period":
        return a.value == b.value                   # a year a period began or ended: 1985 is not 1984
    if _point(a) and _point(b):
        # two values said as one each are one fact when they are within the rounding of either:
        # "près de 2 000" and "1 960" are; "quelque 15 000" and "14 000" are not, nor "quelque 80" and "90"
        return abs(a.value - b.value) <= max(tolerance(a, s), tolerance(b, s))
    lo1, hi1 = interval(a.value, a.qualifier, low=a.low, high=a.high, per=a.per if a.dimension == "duration" else None, s=s)
    lo2, hi2 = interval(b.value, b.qualifier, low=b.low, high=b.high, per=b.per if b.dimension == "duration" else None, s=s)
    return lo1 <= hi2 and lo2 <= hi1


def _out_of_reach(a: Figure, b: Figure, s: CompareSettings = S) -> bool:
    """One figure is a bound and the other lies far on its open side: "pas moins de 14 000
    personnes" and "91 000 personnes" can both be true, which says nothing of their being one
    count (a writer who knew of 91 000 would not say "more than 14 000")."""
    for x, y in ((a, b), (b, a)):
        if x.low is not None or x.high is not None:
            continue
        if (x.qualifier == "over" and y.value > s.bound_reach * x.value) or \
                (x.qualifier == "under" and y.value * s.bound_reach < x.value):
            return True
    return False


def scoped_apart(a: Figure, b: Figure) -> str:
    """Why two figures cannot be one fact whatever their words: another kind of
    number, another place, another day, another person's age, a forecast against
    a count, a part against its total. '' when their scopes are compatible."""
    if a.dimension != b.dimension:
        return "dimension"
    if (a.kind == "forecast") != (b.kind == "forecast"):
        return "forecast"
    if (a.kind == "part") != (b.kind == "part"):
        return "part"
    if a.place and b.place and a.place != b.place:
        return "place"
    if a.past != b.past:
        return "past"                   # a figure told of another year than its article's is another event
    if a.whose and b.whose and a.whose != b.whose:
        return "person"
    if a.other != b.other:
        return "others"                 # "14 autres otages" are not "15 otages"
    if a.label and b.label and a.label != b.label:
        return "item"
    return ""


def same_frame(a: Figure, b: Figure) -> bool:
    """Both figures are known to hold of the same place and list item: a contradiction needs
    that evidence, where an agreement does not ("18 000 à Marseille" and "15 000" may be two cities)."""
    return (a.place or "") == (b.place or "") and (a.label or "") == (b.label or "")


def conflict(a: Figure, b: Figure, link: float = 1.0, s: CompareSettings = S) -> bool:
    """Two independent sources give values that cannot both be true, of the same time, and of the
    same frame (or so strongly alike, when one frame is not known, that it must be the same)."""
    return a.source != b.source and not compatible(a, b, s) and not other_time(a, b) and (
        same_frame(a, b) or (link >= s.frame_unknown and not (a.place and b.place) and not (a.label and b.label)))


def link_of(linked: dict, x: int, y: int) -> float:
    return linked.get((min(x, y), max(x, y)), 0.0)


def other_time(a: Figure, b: Figure) -> bool:
    """The two figures are told of two different days (or months, years): an updated count, not a
    contradiction. A time of day ("la nuit de jeudi à vendredi", ``…TNI``) spans two days: not told apart."""
    if not a.when or not b.when or "T" in a.when or "T" in b.when:
        return False
    return not (a.when.startswith(b.when) or b.when.startswith(a.when))


class Units:
    """What a unit counts, read with a language's table."""

    def __init__(self, lang: str | None):
        v = vocab(lang)
        if v is None:
            raise ValueError(f"no tables for {lang!r}: its figures are not read, so there are none to compare")
        self.breaks = {fold(w) for w in v.UNIT_BREAKS}
        self.classifiers = {key(w) for w in v.CLASSIFIERS}
        self.generic = {fold(w) for w in v.GENERIC_UNITS}
        self.people = {key(w) for w in v.PEOPLE}
        self.scales = {fold(w) for w in list(v.SCALES) + list(v.VAGUE_SCALES)}
        self.aux = {fold(w) for w in v.AUXILIARIES}
        self.counting = {fold(w) for w in v.COUNTING_VERBS}
        self.pluperfect = {fold(w) for w in v.PLUPERFECT}
        self.event_heads = {fold(w) for w in v.EVENT_HEADS}
        self.others = {fold(w) for w in v.OTHERS}
        self.persons = {fold(w) for w in v.PERSON_NOUNS + v.ROLE_HEADS + v.FIGURE_GIVERS}
        self.participle = tuple(v.PARTICIPLE_ENDINGS)
        # a duration is compared in days: each unit's name, as the figures give it, in days
        self.days_per = {v.UNIT_NAMES[letter]: days for letter, days in UNIT_DAYS.items()}
        self.item_sep = re.compile(rf"[,;:()\u2013\u2014]|\s(?:{'|'.join(v.ITEM_JOINS)})\s")
        self.subjects = v.SUBJECT_NAMES
        self.measure_of = re.compile(rf"((?:[^\W\d_][\w'’-]*\s+){{1,2}}){v.MEASURE_OF}")
        self.event_of = re.compile(rf"([^\W\d_][\w'’-]*)(?:\s+{v.EVENT_OF}|\s*)$")
        self.canon: dict[str, str] = {}
        for group in v.COUNT_SYNONYMS:
            for w in group:
                self.canon[self._k(w)] = self._k(group[0])
        self.events = set(self.canon.values())
        self.people_canon = {self.canonical(w) for w in self.people}

    @staticmethod
    def _k(phrase: str) -> str:
        return " ".join(key(w) for w in words(phrase)) or phrase

    def canonical(self, word: str) -> str:
        k = key(word)
        return self.canon.get(k, k)

    def split(self, unit: str) -> tuple[frozenset[str], frozenset[str], bool]:
        """(core, complement, generic) of a counted noun phrase."""
        text = unit.strip()
        generic = fold(text) in self.generic or text in ("%",)
        if text.startswith("% "):                # "% des cas": a share, of cases
            return frozenset(["%"]), frozenset(self.canonical(t) for t in words(text) if len(t) > 2
                                               and fold(t) not in self.breaks), True
        whole = self._k(text)
        if whole in self.canon:                  # "forces de l'ordre", "casques bleus"
            return frozenset([self.canon[whole]]), frozenset(), generic
        toks = [t for t in words(text)] or ([text] if text else [])
        while len(toks) > 1 and (fold(toks[0]) in self.scales or fold(toks[0]) in self.breaks):
            toks = toks[1:]                     # "milliards d'euros de pertes": euros, of losses
        if toks and fold(toks[0]) in self.generic:
            generic = True
        core: list[str] = []
        rest: list[str] = []
        target = core
        for i, t in enumerate(toks):
            f = fold(t)
            if f in self.breaks:
                if target is core and core and key(core[0]) in self.classifiers and len(core) == 1:
                    core = []                    # "unités d'automobiles": the complement is what is counted
                    target = core
                    continue
                target = rest
                continue
            if len(f) < 2 and not t.isdigit():
                continue
            target.append(t)
        return (frozenset(self.canonical(t) for t in core), frozenset(self.canonical(t) for t in rest if len(t) > 2),
                generic)

    def predicate(self, after: str) -> str:
        """The participle after a counted noun, canonical: " ont été brûlées dans" -> "incendie"."""
        incise = re.match(r"\s*,[^,.;:]{1,80},", after)   # "35 patients, selon le décompte de l'hôpital, ont dû …"
        if incise:
            after = after[incise.end():]
        toks = [t for t in words(after)[:6]]
        while toks and (fold(toks[0]) in self.aux or (fold(toks[0]).endswith("ment") and len(toks) > 1
                                                       and fold(toks[1]) not in self.aux)):
            toks = toks[1:]                     # auxiliaries and adverbs: "ont été légèrement blessées"
        if toks and fold(toks[0]) in self.counting:    # "ont été recensés" reports the count
            return ""
        for n in (3, 2, 1):
            if len(toks) >= n:
                k = self._k(" ".join(toks[:n]))
                if k in self.canon:
                    return self.canon[k]
        if toks and len(toks[0]) > 3 and toks[0].islower() and toks[0].endswith(self.participle):
            return self.canonical(toks[0])    # a past participle: "endommagées"
        return ""

    def head_before(self, before: str) -> str:
        """The noun a measure or a sum is of: "des rafales mesurées à " -> "rafales",
        "des rafales atteignant " -> "rafales", "réclament une rançon de " -> "rançon";
        '' when the figure stands alone ("exigent ")."""
        m = self.measure_of.search(before)
        if not m:
            return ""
        found = [w for w in (x.split("'")[-1].split("’")[-1] for x in m.group(1).split()) if len(w) > 3 and w.islower()]
        if len(found) > 1 and found[-1].endswith(self.participle):
            found = found[:-1]                  # "rafales mesurées à": the noun, not its participle
        return " ".join(found[-2:])             # "spectacle exaltant de": the noun and its adjective

    def event_before(self, before: str) -> str:
        """The event a noun or a verb just before the figure names, canonical:
        "l'intoxication de " -> "intoxique", "entend supprimer " -> "supprime"."""
        m = self.event_of.search(before.rstrip())
        if not m:
            return ""
        return self.canon.get(self._k(m.group(1).split("'")[-1].split("’")[-1]), "")

    def is_person(self, unit: str) -> bool:
        """The counted noun names people by what they are or do: a noun of the table's people
        and roles, or an agent noun ("participants", "figurants", "spectateurs", "grévistes")."""
        first = fold(words(unit)[0]) if words(unit) else ""
        return first in self.persons or bool(re.search(r"(?:ants?|antes?|eurs?|euses?|istes?|iers?|ières?)$", first))

    def known(self, predicate: str) -> bool:
        """The predicate is one of the table's words, not any participle ("rassemblés")."""
        return predicate in self.events


@lru_cache(maxsize=None)
def units_for(lang: str | None) -> Units:
    """One table per language, built once."""
    return Units(lang)


def unit_likeness(a: Figure, b: Figure, s: CompareSettings = S) -> float:
    if a.generic or b.generic:
        return 0.5 if a.core == b.core else 0.0
    if not a.core or not b.core:
        return 0.0
    inter = len(a.core & b.core)
    if not inter:
        # "15 000 personnes" and "15 000 figurants": people said in general and people said by what they do
        if (a.people and b.person) or (b.people and a.person):
            return s.people_likeness
        return 0.0
    small, large = sorted((len(a.core), len(b.core)))
    score = inter / small * (0.6 + 0.4 * inter / large)
    if a.rest and b.rest:
        score = min(1.0, score + 0.1 * len(a.rest & b.rest) / min(len(a.rest), len(b.rest)))
    if a.predicate and b.predicate:
        if a.predicate == b.predicate:
            score = min(1.0, score + 0.15)
        elif a.known and b.known:          # "blessés" is not "évacués"; "rassemblés" and "ont bloqué" may be one crowd
            score *= 0.5
    return score


def figures(story: Story, members: list[Article], s: CompareSettings = S) -> list[Figure]:
    ids = {m.id: i for i, m in enumerate(members)}
    passages = [(" ".join(_WORDS.findall(c.text.lower())), c.articles) for c in story.copies]
    # articles the story joins as one source with no passage to say which part is shared: one source throughout
    copied = {a for c in story.copies for a in c.articles}
    whole = {a: g for g in story.sources for a in g if len(g) > 1 and not copied & set(g)}
    out: list[Figure] = []
    ambient = ambient_places(members, s)
    for art in members:
        if vocab(art.language) is None:
            continue                        # no tables: its figures were not read
        units = units_for(art.language)
        sents = sentences(art)
        persons = [m for m in art.mentions if m.type == "PER"]
        # each figure with its sentence, found once; a figure of the headline counts like one of
        # the body, its offsets are into the title
        title = Sentence(art.id, -1, -1, art.title or "", 0, len(art.title or ""))
        starts = [x.start for x in sents]
        periods = [(q.start, q.end) for q in art.quantities if q.dimension == "period"]
        placed = [(q, False, _holding(sents, starts, q.start)) for q in art.quantities] + \
            [(q, True, title) for q in art.headline_quantities]
        per_sentence: dict[int, int] = {}
        for _, _, sent in placed:
            if sent is not None:
                per_sentence[sent.index] = per_sentence.get(sent.index, 0) + 1
        for q, headline, sent in placed:
            if q.value is None or not q.unit or q.value <= 0 or sent is None:
                continue
            listed = per_sentence.get(sent.index, 0) >= 3
            core, rest, generic = units.split(q.unit)
            per, value, whose = 1.0, float(q.value), ""
            if q.dimension == "clock":
                # a time of day, in minutes after midnight, of its time zone ("heure locale")
                core, rest, generic, whose = frozenset(["clock"]), frozenset(), True, q.of or ""
            if q.dimension == "period":
                # the year a period began, or ended: what it is of is in the sentence
                core, rest, generic = frozenset([f"period {q.unit}"]), frozenset(), True
            if q.dimension in ("duration", "age"):
                # a duration is compared in days, an age in years; what they are of is in the sentence
                core, rest, generic = frozenset([q.dimension]), frozenset(), True
                if q.dimension == "duration":
                    per = units.days_per.get(q.unit, 1.0)
                    value = float(q.value) * per
                elif not headline:
                    whose = _whose(q, persons)
            elif q.dimension in ("money", "percent") and not headline:
                whose = _holder(q, art.mentions)
            local = q.end - sent.start
            pred = units.predicate(sent.text[local:]) if 0 <= local <= len(sent.text) else ""
            if not pred and 0 <= q.start - sent.start <= len(sent.text):
                pred = units.event_before(sent.text[:q.start - sent.start])
            if len(core) == 1 and rest and fold(q.unit.split()[0]) in units.event_heads:
                pred, core, rest = next(iter(core)), rest, frozenset()   # "suppressions de postes": posts, cut
            people = bool(core) and core <= units.people_canon
            if pred and people:
                core = frozenset([pred])            # "17 personnes ont été blessées" counts the injured
            # the years its sentence names, but not those of a period it gives ("de 1985 à 1988"):
            # those are what is compared, not when
            years = frozenset() if headline else frozenset(t.value[:4] for t in art.times
                              if t.type == "DATE" and t.value and t.value[:4].isdigit() and sent.start <= t.start < sent.end
                              and not any(a <= t.start < b for a, b in periods))
            when = "" if q.dimension == "period" or (q.when and any(
                sent.start <= a < sent.end and q.when[:4] in art.text[a:b] for a, b in periods)) else q.when or ""
            # the places its sentence names, but not a word of the figure's own ("80 chefs d'État")
            places = frozenset() if headline else frozenset(m.entity or m.text for m in art.mentions
                               if m.type == "LOC" and sent.start <= m.start < sent.end and not q.start <= m.start < q.end)
            # told as a past event with its year: a pluperfect, and a year that is not after the article's
            # ("avait annoncé … pour le Tour de France 2009" in 2008 tells of what comes)
            own_year = (art.published.value or "")[:4]
            background = bool(years) and bool({fold(w) for w in words(sent.text)} & units.pluperfect) and \
                not (own_year.isdigit() and min(years) > own_year)
            out.append(Figure(art.id, reprinted_by(art.id, sent.text, passages, ids, whole.get(art.id, ())), value,
                              q.qualifier, q.unit,
                              core, rest, generic, sent, q.text, years, places, pred, units.known(pred), background,
                              clause_of(sent.text, q.start - sent.start),
                              _head(units, sent.text[:max(q.start - sent.start, 0)], q) if generic else "",
                              dimension=q.dimension, low=None if q.low is None else q.low * per,
                              high=None if q.high is None else q.high * per, kind=q.kind,
                              place="" if fold(q.place or "") in ambient else fold(q.place or ""), when=when, given_by=q.source or "", whose=whose,
                              per=per, unit_name=q.unit if q.dimension in ("duration", "age") else "",
                              whose_name=q.of or "" if q.dimension == "age" else "", place_name=q.place or "",
                              label="" if headline else _label(art, sent, q, listed, units.item_sep),
                              other=bool({fold(w) for w in words(q.unit)} & units.others),
                              past=_past(str(int(q.value)) if q.dimension == "period" else when, years,
                                         art.published.value),
                              people=people,
                              person=bool(core) and units.is_person(q.unit)))
    return out


_WORDS = re.compile(r"\w+", re.U)


def reprinted_by(article: str, sentence: str, passages, ids: dict[str, int], same: tuple[str, ...] = ()) -> int:
    """The independent source of a sentence: its article, or -- when the sentence stands in a
    passage several articles share word for word (a reprinted wire) -- the first of them.
    A reprint is one source for what it reprints, and only for that: the rest of each article
    is its own."""
    text = " ".join(_WORDS.findall(sentence.lower()))
    sharers = {article} | set(same)
    if len(text) > 20:
        for passage, articles in passages:
            if article in articles and text in passage:
                sharers |= set(articles)
    return min(ids.get(a, len(ids)) for a in sharers)


def ambient_places(members: list[Article], s: CompareSettings = S) -> set[str]:
    """The places most of a story's articles name ("Pékin" in a story of the Beijing games):
    they frame the whole story, so a figure told there is no more scoped than one told without."""
    if len(members) < 2:
        return set()
    seen: dict[str, int] = {}
    for art in members:
        for place in {fold(m.form) for m in art.mentions if m.type == "LOC"}:
            seen[place] = seen.get(place, 0) + 1
    return {p for p, n in seen.items() if n >= s.ambient * len(members)}




def _label(art: Article, sent: Sentence, q, listed: bool, item_sep: re.Pattern) -> str:
    """The entity a figure's list item names ("BNP Paribas : 2,55 milliards", "23 000 à Lyon"):
    in a sentence that lists figures, or right before the figure. '' when none."""
    lo = max((m.end() for m in item_sep.finditer(art.text, sent.start, q.start)), default=sent.start)
    nxt = item_sep.search(art.text, q.end, sent.end)
    hi = nxt.start() if nxt else sent.end
    near = [m for m in art.mentions if lo <= m.start and m.end <= hi and m.type in ("ORG", "PER", "LOC")
            and not (q.source and m.form in q.source) and not (q.start <= m.start < q.end)]
    if not near:
        return ""
    m = min(near, key=lambda m: abs(m.start - q.start))
    tight = m.end <= q.start and re.fullmatch(r"[\s:,]*", art.text[m.end:q.start])
    return (m.entity or fold(m.form)) if listed or tight else ""


def _holding(sents: list[Sentence], starts: list[int], offset: int) -> Sentence | None:
    """The sentence that holds ``offset`` (``starts``: the sentences' start offsets, in order)."""
    k = bisect_right(starts, offset) - 1
    return sents[k] if k >= 0 and sents[k].start <= offset < sents[k].end else None


def _head(units: "Units", before: str, q) -> str:
    """What a sum, a measure or a duration is of: the noun before it ("une rançon de",
    "une retraite de trois ans"), or for a duration the noun after it ("six ans de captivité")."""
    if q.dimension in ("age", "clock", "period"):
        return ""
    head = " ".join(w for w in units.head_before(before).split() if fold(w) not in units.aux)
    if q.dimension == "duration" and q.of and words(q.of):
        head = f"{head} {words(q.of)[0]}".strip()
    return head


def _past(when: str | None, years: frozenset[str], published: str | None) -> bool:
    """The figure is told of a year before its article's: its own date is ("en 2019, 806 000
    personnes avaient manifesté"), or, with none, every year its sentence names is."""
    if not published or not published[:4].isdigit():
        return False
    if when and when[:4].isdigit():
        return when[:4] < published[:4]
    return bool(years) and max(years) < published[:4]


def _whose(q, persons) -> str:
    """The entity (or the folded name) whose age ``q`` is: the person it names."""
    if not q.of:
        return ""
    near = [m for m in persons if fold(m.form) == fold(q.of) or fold(m.text) == fold(q.of)]
    if near:
        m = min(near, key=lambda m: abs(m.start - q.start))
        return m.entity or fold(m.form)
    return ""


def _holder(q, mentions) -> str:
    """The entity (or the folded name) whose sum or share ``q`` is: the name the parse found it of."""
    if not q.of:
        return ""
    near = [m for m in mentions if m.type in ("ORG", "PER") and fold(q.of) in (fold(m.form), fold(m.text))]
    if near:
        m = min(near, key=lambda m: abs(m.start - q.start))
        return m.entity or fold(m.form)
    return fold(q.of)


_CLAUSE_BREAK = re.compile(r"\s*[,;:()\u2013\u2014]\s+")
CLAUSE_WORDS = 8    # a clause shorter than this borrows the one before it


def clause_of(sentence: str, at: int) -> str:
    """The clause of ``sentence`` that holds offset ``at``, at least ``CLAUSE_WORDS``
    long: a long sentence tells several things ("Six maisons ont été détruites par
    la coulée, …, tandis que les 87 habitants …"), and its figure is told in one."""
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    k = max(i for i in range(len(cuts) - 1) if cuts[i] <= max(at, 0))
    lo, hi = cuts[k], cuts[k + 1]
    while len(words(sentence[lo:hi])) < CLAUSE_WORDS and (k > 0 or hi < len(sentence)):
        if k > 0:
            k -= 1
            lo = cuts[k]
        else:
            hi = cuts[cuts.index(hi) + 1]
    return sentence[lo:hi].strip(" ,;:")


def figure_texts(article: Article) -> list[str]:
    """What ``align`` will encode for this article's figures: the sentence (the title, for a
    figure of the headline) and the clause of each. The article stages compute their vectors,
    so that the comparison finds them made."""
    sents = sentences(article)
    starts = [x.start for x in sents]
    out = []
    for q in article.quantities:
        sent = _holding(sents, starts, q.start)
        if sent is not None:
            out += [sent.text, clause_of(sent.text, q.start - sent.start)]
    for q in article.headline_quantities:
        out += [article.title or "", clause_of(article.title or "", q.start)]
    return [t for t in out if t]


def _may_count_alike(figs: list[Figure]) -> list[tuple[int, int]]:
    """The pairs (i < j) that ``unit_likeness`` can score above 0, in order, found through an
    index of what they count instead of every pair: figures of one core, figures sharing a word of
    their core (neither generic), and people said in general against people said by a role."""
    index: dict[tuple, list[int]] = defaultdict(list)
    people, persons = [], []
    for i, f in enumerate(figs):
        index[("core", f.core)].append(i)
        if not f.generic:
            for w in f.core:
                index[("word", w)].append(i)
        if f.people:
            people.append(i)
        if f.person:
            persons.append(i)
    found = {p for group in index.values() for p in itertools.combinations(group, 2)}
    found |= {(min(i, j), max(i, j)) for i in people for j in persons if i != j}
    return sorted(found)


def align(figs: list[Figure], encode, linked: dict | None = None, s: CompareSettings = S) -> list[list[int]]:
    """Groups of figures (indices) that count the same thing. ``linked``, when
    given, is filled with the score of every pair (i, j), i < j, strong enough to link."""
    n = len(figs)
    if not n:
        return []
    linked = {} if linked is None else linked
    texts = sorted({f.sentence.text for f in figs} | {f.clause for f in figs if f.clause})
    vec = vectors(texts, encode)
    row = {t: i for i, t in enumerate(texts)}
    def pair_score(i: int, j: int, anchored: bool = False) -> float | None:
        """How strongly figures i and j count the same thing; None when they cannot."""
        a, b = figs[i], figs[j]
        if a.article == b.article and a.sentence.index == b.sentence.index:
            return None
        if scoped_apart(a, b):
            return None
        unit = unit_likeness(a, b, s)
        if unit <= 0:
            return None
        if max(a.value, b.value) > s.max_ratio * min(a.value, b.value) or _out_of_reach(a, b, s):
            return None
        if a.years and b.years and not (a.years & b.years) and a.dimension != "period":
            return None                        # (a period's own years are what is compared)
        if (a.background and not b.years) or (b.background and not a.years):
            return None                        # a past event against this story's own figure
        if vec.shape[1]:
            ctx = float(vec[row[a.sentence.text]] @ vec[row[b.sentence.text]])
            if a.clause and b.clause:        # the clauses that tell the figures may be alike when the sentences are not
                ctx = max(ctx, float(vec[row[a.clause]] @ vec[row[b.clause]]))
        else:
            ctx = _jaccard(a.sentence.text, b.sentence.text)
        if anchored:
            ctx = max(ctx, s.anchored)
        if a.generic or b.generic:
            # a sum, a share, a measure, a duration or an age says nothing of what it is of: the
            # sentence does. Values that can both be true need less of it than a contradiction does.
            agree = compatible(a, b, s)
            need = (s.generic_same if a.value == b.value else s.generic_agree) if agree else s.generic_contest
            if a.rest & b.rest:
                need = min(need, s.generic_agree)     # "90 % des cas" and "95 à 99 % des cas": shares of one thing
            if a.whose and a.whose == b.whose:
                # the same person's age; the same bank's sum or share needs as much as values that agree
                need = 0.0 if a.dimension == "age" else min(need, s.generic_agree)
            if a.head and b.head:
                # "rafales de 187 km/h" and "rafales mesurées à 187 km/h": the noun before says what
                if {key(w) for w in a.head.split()} & {key(w) for w in b.head.split()}:
                    need = 0.0              # the noun before says what: "rafales de" / "rafales atteignant"
                elif not agree:
                    return None
            # "milliards d'euros de pertes" and "d'augmentation de capital": the complement says what
            if ctx < need or (a.rest and b.rest and not a.rest & b.rest):
                return None
            unit = 1.0
        # the same thing with the same thing happening to it ("84 véhicules ont été incendiés",
        # "146 voitures brûlées") needs less help from the rest of the sentence
        base = 0.5 if (a.predicate or b.predicate) and _event(a) == _event(b) else 0.35
        score = unit * (base + (1 - base) * max(ctx, 0.0))
        if a.places and b.places and not (a.places & b.places):
            score *= 0.7
        if a.value == b.value:
            score = min(1.0, score + 0.1)
        return score

    pairs: list[tuple[float, int, int]] = []
    for i, j in _may_count_alike(figs):
        score = pair_score(i, j)
        if score is not None and score >= s.link:
            pairs.append((score, i, j))
            linked[(i, j)] = score
    # two sentences that give one fact alike ("trois ans" / "près de trois années") tell of the
    # same thing: their other figures are compared as if their sentences were alike
    # ("de 1985 à 1988" / "entre 1984 et 1986"; "1960 militaires, 380 blindés" / "1 960 militaires, 90 blindés")
    def at(f: Figure) -> tuple[str, int]:
        return f.article, f.sentence.index

    anchors: dict[frozenset, set] = {}      # a pair of sentences -> what their agreeing figures count
    for (i, j) in list(linked):
        if figs[i].article != figs[j].article and compatible(figs[i], figs[j], s):
            anchors.setdefault(frozenset({at(figs[i]), at(figs[j])}), set()).add(figs[i].core | figs[j].core)
    # only a figure alone of its kind in its sentence: with two sums in each, which is which is unknown
    alone = Counter((at(f), f.core) for f in figs)
    same_core = defaultdict(list)
    for i, f in enumerate(figs):
        same_core[f.core].append(i)
    for i, j in sorted(p for group in same_core.values() for p in itertools.combinations(group, 2)):
        a, b = figs[i], figs[j]
        held = anchors.get(frozenset({at(a), at(b)}))
        if (i, j) in linked or a.article == b.article or not held \
                or alone[(at(a), a.core)] > 1 or alone[(at(b), b.core)] > 1 or all(a.core <= c for c in held):
            continue
        score = pair_score(i, j, anchored=True)
        if score is not None and score >= s.link:
            pairs.append((score, i, j))
            linked[(i, j)] = score
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    group = list(range(n))
    members = {i: [i] for i in range(n)}
    for score, i, j in pairs:
        gi, gj = group[i], group[j]
        if gi == gj:
            continue
        left, right = members[gi], members[gj]
        if any(figs[x].article == figs[y].article and figs[x].sentence.index == figs[y].sentence.index
               for x in left for y in right):
            continue
        # a contradiction is only between figures linked to each other strongly enough, never
        # through a third one ("751 millions" = "751 millions" ≠ "600 millions" of another loss)
        clashing, unsure = [], False
        for x in left:
            for y in right:
                a, b = figs[x], figs[y]
                if a.source == b.source or compatible(a, b, s) or other_time(a, b):
                    continue
                if conflict(a, b, link_of(linked, x, y), s):
                    clashing.append((x, y))
                else:
                    unsure = True           # other values, maybe of another place: neither one fact nor a conflict
        # each pair of sources set against each other needs one direct strong link between their versions
        strongest: dict[tuple[int, int], float] = {}
        for x, y in clashing:
            k = tuple(sorted((figs[x].source, figs[y].source)))
            strongest[k] = max(strongest.get(k, 0.0), link_of(linked, x, y))
        # a person has one age: an age linked strongly to one of a group's versions of the same
        # person's age contradicts the whole group ("Fatna, 33 ans" against six "34 ans" of her)
        same_person = any(figs[x].dimension == "age" and figs[x].whose and figs[x].whose == figs[y].whose
                          and link_of(linked, x, y) >= s.contest for x, y in clashing)
        if unsure or (not same_person and any(v < s.contest for v in strongest.values())):
            continue
        for y in right:
            group[y] = gi
        members[gi] = left + right
        del members[gj]
    return [sorted(m) for m in members.values()]


def _event(f: Figure) -> str:
    """What happened to what is counted: its participle, or the counted word when it says it ("23 blessés")."""
    if f.predicate:
        return f.predicate
    return next(iter(f.core)) if len(f.core) == 1 else ""


def _jaccard(a: str, b: str) -> float:
    x = {key(w) for w in words(a) if len(w) > 3}
    y = {key(w) for w in words(b) if len(w) > 3}
    return len(x & y) / len(x | y) if x | y else 0.0


def _fmt(value: float) -> str:
    return f"{int(value):,}".replace(",", "\u202f") if value == int(value) else f"{value:g}"


def build(story: Story, members: list[Article], encode, s: CompareSettings = S) -> tuple[Claim, ...]:
    """The claims of one story: every figure, aligned with the figures of other
    articles that count the same thing; contested and disputed first, then
    agreed and evolving, then single."""
    figs = figures(story, members, s)
    if not figs:
        return ()
    units = units_for(next(a.language for a in members if vocab(a.language) is not None))
    out: list[tuple[int, int, Claim]] = []
    rank = {"contested": 0, "disputed": 0, "agreed": 1, "evolving": 1, "single": 2}
    linked: dict[tuple[int, int], float] = {}
    for idx in align(figs, encode, linked, s):
        group = [figs[i] for i in idx]
        sources = len({f.source for f in group})
        apart = [(a, b) for k, a in enumerate(group) for b in group[k + 1:]
                 if a.source != b.source and not compatible(a, b, s)]
        clashes = [(figs[x], figs[y]) for k, x in enumerate(idx) for y in idx[k + 1:]
                   if conflict(figs[x], figs[y], link_of(linked, x, y), s)]
        note = ""
        if clashes:
            named = [(a, b) for a, b in clashes if a.given_by and b.given_by and not same_source(a.given_by, b.given_by)]
            a, b = (named or clashes)[0]
            status = "disputed" if len(named) == len(clashes) else "contested"
            if status == "disputed":
                note = f"{a.given_by} says {a.text!r} ({a.article}); {b.given_by} says {b.text!r} ({b.article})"
            else:
                note = f"{a.text!r} ({a.article}) and {b.text!r} ({b.article}) cannot both be true"
        elif any(other_time(a, b) for a, b in apart):
            status = "evolving"
            note = "updated over time: " + ", ".join(f"{f.when} {f.text!r}" for f in sorted(group, key=lambda f: f.when)
                                                     if f.when)
        elif sources >= 2:
            status = "agreed"
        else:
            status = "single"
        # the subject is said by a unit that names the counted thing ("blessés"), rather than
        # by "personnes" whose participle told it
        best = max(group, key=lambda f: (units.split(f.unit)[0] == f.core,
                                         sum(g.unit == f.unit for g in group), len(f.unit)))
        subject = f"{best.head} ({best.unit})" if best.head else best.unit     # "rafales (km)"
        per, shown = display_unit(group)
        if best.dimension == "age":
            name = units.subjects["age"]
            subject = f"{name} ({best.whose_name or best.unit})" if best.whose_name else name
        elif best.dimension == "duration":
            subject = f"{units.subjects['duration']} ({shown})"
        elif best.dimension == "period":
            subject = f"{units.subjects['period']} ({best.unit})"
        elif best.dimension == "clock":
            name = units.subjects["clock"]
            subject = f"{name} ({best.whose})" if best.whose else name
        seen: set[tuple[str, float]] = set()
        support = []
        order = (lambda f: (f.when or "~", f.source, f.article, f.sentence.index)) if status == "evolving" else \
            (lambda f: (f.source, f.article, f.sentence.index))
        for f in sorted(group, key=order):
            if (f.article, f.value, f.sentence.index) in seen:
                continue
            seen.add((f.article, f.value, f.sentence.index))
            value = round(f.value / per, 2) if best.dimension == "duration" else f.value
            support.append(Support(article=f.article, value=value, text=f.sentence.text, figure=f.text, qualifier=f.qualifier, paragraph=f.sentence.paragraph,
                                   source=f.given_by or None, place=f.place_name or None, when=f.when or None,
                                   unit=shown or None))
        kinds = {f.kind for f in group}
        out.append((rank[status], -sources, Claim(id="", subject=subject, status=status, support=tuple(support), sources=sources, note=note,
                                                  dimension=best.dimension,
                                                  kind=kinds.pop() if len(kinds) == 1 else "count")))
    out.sort(key=lambda t: (t[0], t[1], t[2].subject))
    return tuple(_with_id(c, f"c{i + 1}") for i, (_, _, c) in enumerate(out))


def display_unit(group: list[Figure]) -> tuple[float, str]:
    """(days per unit, unit) in which a claim's durations are shown: the finest unit
    its articles write ("deux semaines" and "15 jours" in days)."""
    durations = [f for f in group if f.dimension == "duration" and f.unit_name]
    if not durations:
        first = group[0]
        return 1.0, ("%" if first.dimension == "percent" else first.unit if first.dimension in ("money", "measure") else "")
    f = min(durations, key=lambda f: f.per)
    return f.per, f.unit_name


def same_source(a: str, b: str) -> bool:
    """Two ways of naming one source ("la police" / "la préfecture de police"): a content word in common."""
    x = {key(w) for w in words(a) if len(w) > 3}
    y = {key(w) for w in words(b) if len(w) > 3}
    return bool(x & y) or fold(a) == fold(b)


def _with_id(claim: Claim, cid: str) -> Claim:
    return dataclasses.replace(claim, id=cid)


def values_of(claim: Claim) -> str:
    """ "90 (a1), 380 (a2)": the versions of a claim, for notes and summaries."""
    return ", ".join(f"{_fmt(s.value)} ({s.article})" for s in claim.support if s.value is not None)


__all__ = ["build", "compatible", "interval", "Units", "values_of"]
