"""The date tagger's rules: a language's rows (``lang/<code>/times.py`` ``RULES``) compiled,
and the guards they name.

A guard looks at a match in its paragraph and returns the expressions it accepts, as
(start, end, groups), or None. Guards are written once for every language: the words they
weigh (what comes before a year that is a count, the nouns before an age) are the table's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Callable

from ...lang import alternation, times_table
from .patterns import compile_rule, expand, fragments, needs

Accepted = list[tuple[int, int, dict]]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    guard: Callable[[re.Match, str, "Cues"], Accepted | None]
    priority: int
    resolve: str
    # Lower-case strings one of which every match contains (patterns.DIGIT: any digit),
    # derived from the pattern: a paragraph with none of them is not scanned.
    keys: tuple[str, ...]


class Cues:
    """A table's guard words, compiled once."""

    def __init__(self, t: ModuleType, frags: dict[str, str]):
        self.t = t
        self.date_preps = re.compile(rf"(?:\b(?:{alternation(t.DATE_PREPS)})\s*|[(,/-]\s*)$", re.I)
        self.about_before = re.compile(t.ABOUT_BEFORE, re.I)
        self.year_preps = re.compile(t.YEAR_PREPS, re.I)
        self.counted_after = re.compile(t.COUNTED_AFTER, re.I)
        self.year_followers = re.compile(t.YEAR_FOLLOWERS, re.I)
        self.season_paired = re.compile(t.SEASON_PAIRED)
        self.kind_of = re.compile(t.KIND_OF)
        self.not_a_count_before = re.compile(t.NOT_A_COUNT_BEFORE)
        self.age_before = re.compile(t.AGE_BEFORE, re.I)
        self.age_after = re.compile(t.AGE_AFTER)
        self.age_group_before = re.compile(t.AGE_GROUP_BEFORE, re.I)
        self.newspaper_before = re.compile(t.NEWSPAPER_BEFORE, re.I)
        self.counted_before = re.compile(t.COUNTED_BEFORE, re.I)
        self.year_units = {u for u, v in t.UNITS.items() if v == ("Y", 1)}
        # the resolver's
        self.past_preps = re.compile(rf"\b(?:{alternation(t.PAST_PREPS)})$")
        self.future_preps = re.compile(rf"(?:{alternation(t.FUTURE_PREPS)})$")
        self.future_cues = re.compile(t.FUTURE_CUES, re.I)
        self.past_cues = re.compile(t.PAST_CUES, re.I)
        self.opens_a_state = re.compile(t.OPENS_A_STATE, re.I)
        self.shared_year = re.compile(expand(t.SHARED_YEAR, frags), re.I)
        self.later_before = re.compile(t.LATER_BEFORE)
        self.later_after = re.compile(t.LATER_AFTER)


def groups(m: re.Match) -> dict:
    return {k: v for k, v in m.groupdict().items() if v is not None}


def before(text: str, pos: int, n: int = 24) -> str:
    return text[max(0, pos - n):pos]


def whole(m, text, cues):
    return [(m.start(), m.end(), groups(m))]


def range_(m, text, cues):
    """"les 19 et 20 septembre 2023", "du 3 au 5 mai": one expression per day; a ``pre`` group
    is part of the first."""
    g = groups(m)
    first_start = m.start("pre") if g.get("pre") else m.start("d1")
    return [(first_start, m.end("d1"), dict(g, d=g["d1"], only="first")), (m.start("d2"), m.end(), dict(g, d=g["d2"]))]


_HEAD = re.compile(r"(?:^|[.!?»]\s+|\n)$")


def month(m, text, cues):
    """A bare month is a date after a preposition, with a year or dernier/prochain, or opening
    a sentence; otherwise it may be a name ("Mars", "Mai")."""
    g = groups(m)
    head = m.group("m")[0].isupper() and _HEAD.search(before(text, m.start(), 3))
    if not (g.get("pre") or g.get("y") or g.get("rel") or head) and not cues.date_preps.search(before(text, m.start())):
        return None
    start = m.start("pre") if g.get("pre") else m.start("m")
    return [(start, m.end(), g)]


_NUMBER_GOES_ON = re.compile(r"^\s*\d")
_NUMBER_BEFORE = re.compile(r"\d[\s.]$")


def year(m, text, cues):
    g = groups(m)
    after = text[m.end():m.end() + 20]
    if _NUMBER_GOES_ON.match(after) or _NUMBER_BEFORE.search(before(text, m.start(), 2)):
        return None                      # part of a longer number ("2 000 000", "1 999")
    ahead = before(text, m.start())
    if cues.about_before.search(ahead):
        return None                      # "about 2000 men": a figure
    if not g.get("pre") and not cues.year_preps.search(ahead):
        if cues.counted_after.match(after) and not cues.year_followers.match(after):
            return None                  # "1960 soldiers": a count, not a year
        if not cues.date_preps.search(ahead) and cues.counted_after.match(after):
            return None
    start = m.start("pre") if g.get("pre") else m.start("y")
    return [(start, m.end(), g)]


def season(m, text, cues):
    g, t = groups(m), cues.t
    if g["s"].lower() in t.SEASON_PARTICIPLES and not g.get("pre") and not g.get("y") and not (
            m.group("s")[0].isupper() and cues.season_paired.match(text[m.end():])):
        return None                      # a participle spelt like the season
    if cues.kind_of.search(before(text, m.start("s"), 2)) and not g.get("pre"):
        return None                      # a kind ("winter games"), not a time
    lead = g.get("pre") and g["pre"].lower() in t.SEASON_LEADS
    return [(m.start("s") if not g.get("pre") or lead else m.start("pre"), m.end(), g)]


def relunit(m, text, cues):
    """"cette semaine", "le mois dernier": a unit with a demonstrative or dernier/prochain."""
    g = groups(m)
    if g["det"].lower() not in cues.t.DEMONSTRATIVES and not g.get("rel"):
        return None
    return whole(m, text, cues)


def time(m, text, cues):
    g = groups(m)
    if g.get("unitword") and not g.get("mi") and not g.get("pre"):
        return None                      # "48 hours": a duration
    if g.get("h") and int(g["h"]) > 24:
        return None
    start = m.start("h") if g.get("h") else (m.start("h2") if g.get("h2") else m.start("noon"))
    return [(start, m.end(), g)]


def duration(m, text, cues):
    g, t = groups(m), cues.t
    number_at = m.start("n") if g.get("n") else m.start()
    if cues.not_a_count_before.search(before(text, number_at, 2)):
        return None
    if g["u"].lower() in cues.year_units and (
            cues.age_before.search(before(text, m.start(), 40)) or cues.age_after.match(text[m.end():])
            or (g.get("mod", "").lower() in t.AGE_GROUP_MODS
                and cues.age_group_before.search(before(text, m.start(), 6)))):
        return None                      # an age
    if g.get("vague", "").lower() == t.PARTITIVE and g["u"].lower() in t.PARTITIVE_UNITS:
        return None                      # a partitive, not a vague count
    return whole(m, text, cues)


def not_a_newspaper(m, text, cues):
    if cues.newspaper_before.search(before(text, m.start(), 12)):
        return None
    return whole(m, text, cues)


def partday(m, text, cues):
    """"ce matin", "dans la soirée"; "le matin" and "la nuit" only with "même", or for the
    nouns that stand alone after their article."""
    t = cues.t
    det, part = m.group("det").lower(), m.group("p").lower()
    if det not in t.PARTDAY_WEAK or m.group("meme") or (part in t.PARTDAY_FEMININE and det in t.PARTDAY_FEMININE_DETS):
        return whole(m, text, cues)
    return None


_WORD_GOES_ON = re.compile(r"[-\w]")


def word_ends(m, text, cues):
    return None if _WORD_GOES_ON.match(text[m.end():m.end() + 1]) else whole(m, text, cues)


_AFTER_A_DAY_NUMBER = re.compile(r"\s*(?:h\b|%|€|[a-zà-ÿ]{2,})")


def no_word_after(m, text, cues):
    """"jeudi 12": not when a unit or a word follows the number ("jeudi 12 heures")."""
    return None if _AFTER_A_DAY_NUMBER.match(text[m.end():]) else whole(m, text, cues)


def duration_word(m, text, cues):
    if cues.counted_before.search(before(text, m.start(), 14)) and m.group("word").lower() not in cues.t.DURATION_WORDS_ALWAYS:
        return None                      # "ce trimestre": a period, counted
    return whole(m, text, cues)


GUARDS = {"whole": whole, "range": range_, "month": month, "year": year, "season": season, "relunit": relunit,
          "time": time, "duration": duration, "not_a_newspaper": not_a_newspaper, "partday": partday,
          "word_ends": word_ends, "no_word_after": no_word_after, "duration_word": duration_word}


@lru_cache(maxsize=None)
def rules_for(lang: str) -> tuple[tuple[Rule, ...], Cues]:
    """The compiled rules of ``lang`` and its guard words; a row naming an unknown guard is an
    error that names the row."""
    t = times_table(lang)
    if t is None:
        raise ValueError(f"no date rules for language {lang!r}")
    frags = fragments(t)
    out = []
    for row in t.RULES:
        if row.guard not in GUARDS:
            raise ValueError(f"date rule {row.name!r} of {lang!r} names an unknown guard {row.guard!r}; "
                             f"known: {', '.join(GUARDS)}")
        pattern = compile_rule(row.pattern, frags)
        out.append(Rule(row.name, pattern, GUARDS[row.guard], row.priority, row.resolve or row.name, needs(pattern)))
    return tuple(out), Cues(t, frags)
