"""Temporal expressions: TIMEX3 type and value, resolved against the publication
date and the narrative time (see ``tagger.py``)."""
from __future__ import annotations

import dataclasses
import datetime as dt

import re

from functools import lru_cache

from ...lang import ASSUMED, LANGUAGES, alternation, times_table
from ...pipeline.stage import Stage, passed_over
from ...records import Article, Published, TimeExpr
from .tagger import safe_date, tag



def parse_dct(value: str | None) -> dt.date | None:
    """A day-precision document date, or None (a month or year is not enough to anchor on)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def tag_text(text: str, dct: dt.date | None, *, lang: str = ASSUMED) -> list[TimeExpr]:
    """The temporal expressions of a plain text (one paragraph a line)."""
    if times_table(lang) is None:
        raise ValueError(f"no temporal tagger for language {lang!r}; available: {', '.join(LANGUAGES)}")
    return [TimeExpr(start=f.start, end=f.end, text=text[f.start:f.end], type=f.type, value=f.value, paragraph=i, anchor=f.anchor)
            for f, i in tag(text, dct, lang=lang)]


class Times(Stage):
    """Fills ``article.times``, anchored on the article's publication date."""

    name = "times"
    requires = ("article.paragraphs", "article.published")
    provides = ("article.times",)

    def process(self, article: Article) -> Article:
        if times_table(article.language) is None:
            return passed_over(article, self, f"no tables for {article.language!r}")
        text = article.text
        return dataclasses.replace(article, times=tuple(tag_text(text, parse_dct(article.published.value),
                                                                  lang=article.language or ASSUMED)))


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
class DateCues:
    """A language's words for what is done with dates once tagged (the publication date read
    from the text, the calendar of a thread, the timeline), compiled once per language."""

    def __init__(self, t):
        self.weekdays = t.WEEKDAYS
        self.weekday_names = tuple(sorted(t.WEEKDAYS, key=t.WEEKDAYS.get))    # Monday first
        self.last, self.next = t.LAST, t.NEXT
        self.anaphoric_days = t.ANAPHORIC_DAYS
        self.months = t.MONTHS
        self.future = re.compile(t.FUTURE_CUES, re.I)
        self.future_tense = re.compile(t.FUTURE_TENSE, re.I)
        of_articles = "|".join(a + r"\s+" for a in t.OF_ARTICLES)
        self.future_before = re.compile(rf"(?i)(?:{'|'.join(re.escape(p) for p in t.FUTURE_PREPS)})\s*"
                                        rf"(?:{of_articles})?$")
        # "ce jeudi", "aujourd'hui": a day the article dates by its own
        self.deictic_day = re.compile(rf"(?i)^(?:{'|'.join(map(re.escape, t.THIS + t.TODAY))})\b")
        # A dateline: a place in capitals or Title Case, a comma, maybe "le" and a weekday, then the
        # day ("Libreville, le 19 janvier 2023", "PARIS, 19 janvier 2023 (AFP)")
        self.dateline = re.compile(
            rf"^\s*[A-ZÀ-Ý][\w'’.-]*(?:\s(?:(?:{'|'.join(t.DATELINE_PARTICLES)})\s){{0,2}}[A-ZÀ-Ý][\w'’.-]*){{0,3}}"
            r"\s*(?:\([^)]{1,30}\))?\s*[,(]\s*"
            rf"(?:{t.OF_ARTICLES[0]}\s+)?(?:(?i:{'|'.join(t.WEEKDAYS)})\s+)?$")
        self.bound = re.compile(rf"(?:{t.BOUNDS})$", re.I)
        self.yesterday = re.compile(rf"(?i)^(?:{t.YESTERDAY})\b")
        self.next_or_following = re.compile(rf"(?i)\b(?:{alternation(t.NEXT_OR_FOLLOWING)})\b")
        self.this_weekday = re.compile(rf"(?i)\b(?:{alternation(t.THIS)})\s+({'|'.join(self.weekday_names)})\b|"
                                       rf"\b({alternation(t.TODAY_OR_BEFORE)})\b")
        self.anaphoric = re.compile(rf"(?i)^({'|'.join(map(re.escape, t.ANAPHORIC_DAYS))})\b")
        # "la veille de son départ" counts from an event, not from the day named before
        self.of_event = re.compile(rf"^\s*(?:{'|'.join(t.OF)})\b", re.I)

    def weekday_in(self, text: str) -> int | None:
        """The weekday (Monday 0) an expression names, or None."""
        return next((n for w, n in self.weekdays.items() if re.search(rf"(?i)\b{w}\b", text)), None)


@lru_cache(maxsize=None)
def cues(lang: str | None) -> DateCues | None:
    """The date cues of ``lang``, or None when recoupe has no date tables for it."""
    t = times_table(lang)
    return DateCues(t) if t is not None else None


def infer_published(article: Article) -> Published | None:
    """A publication date read from the text, for an article that states none.
    Precision first: only a date the article presents as its own.

    - a dateline opening the text ("Libreville, le 19 janvier 2023", "PARIS, 19
      janvier 2023 (AFP)");
    - a deictic day with its weekday ("ce jeudi 19 janvier"): the year is the one
      whose calendar puts that day on that weekday, from the first year the text
      names to the year after its last (or the copyright year); one such year, or none is taken;
    - a deictic day without a weekday ("ce 17 avril") in the year of the copyright line;
    - the copyright year alone.

    Never a past date the text compares with, nor a future deadline: the latest
    date a text names is no evidence of when it was written. When nothing holds,
    the result has no value, ``basis`` "none", and the dates the text names as
    candidates in ``evidence``.
    """
    c = cues(article.language)
    if c is None:
        return None
    times = tag_text(article.text, None, lang=article.language or ASSUMED)
    years: set[int] = set()
    for t in times:
        m = re.match(r"(\d{4})", t.value or "")
        if m and t.type == "DATE":
            years.add(int(m.group(1)))
    copyright_year = None
    for r in article.removed:
        if r.reason == "copyright":
            found = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", r.text)]
            if found:
                copyright_year = max(found)
    past = _past_dates(article.text, times, article.language)
    first = article.paragraphs[0] if article.paragraphs else ""
    for t in times:
        if t.paragraph == 0 and _DAY.match(t.value or "") and c.dateline.match(first[:t.start]):
            return Published(value=t.value, basis="text", evidence=f"the dateline {first[:t.end].strip()!r}", inferred=True,
                             confidence=0.95)
    for t in times:
        m = re.fullmatch(r"XXXX-(\d{2})-(\d{2})", t.value or "")
        if not m or not c.deictic_day.match(t.text):
            continue
        month, day = int(m.group(1)), int(m.group(2))
        weekday = c.weekday_in(t.text)
        if weekday is not None:
            # the article's year lies among the years it names, past events and plans, or just after
            pool = {copyright_year} if copyright_year else set(range(min(years), max(years) + 2)) if years else set()
            fits = sorted(y for y in pool if (d := safe_date(y, month, day)) and d.weekday() == weekday)
            if len(fits) == 1:
                return Published(value=safe_date(fits[0], month, day).isoformat(), basis="text",
                                 evidence=f"{t.text!r}: a {c.weekday_names[weekday]} in {fits[0]} only, of the years "
                                 f"{sorted(pool)}", inferred=True, confidence=0.9)
        elif copyright_year and safe_date(copyright_year, month, day):
            return Published(value=safe_date(copyright_year, month, day).isoformat(), basis="text",
                             evidence=f"{t.text!r} in the year of the copyright line", inferred=True, confidence=0.7)
        elif past:
            # the first such day after the latest event the text tells as past (never after a
            # deadline or a date to come: "à partir du 1er janvier 2024", "le procès sera jugé le …")
            floor, said = max(past)
            when = safe_date(floor.year, month, day)
            if when and when < floor:
                when = safe_date(floor.year + 1, month, day)
            if when:
                return Published(value=when.isoformat(), basis="text", evidence=f"{t.text!r}, the first such day after {said!r}",
                                 inferred=True, confidence=0.6)
    if copyright_year:
        return Published(value=str(copyright_year), basis="text", evidence="the year of the copyright line", inferred=True,
                         confidence=0.8)
    candidates = sorted({t.value for t in times if _DAY.match(t.value or "")})
    if candidates:
        return Published(value=None, basis="none", evidence="dates the text names, none its own: " + ", ".join(candidates[-5:]))
    return None




def line_starts(lines: list[str]) -> list[int]:
    """The offset of each line in the text the lines were split from (by newlines)."""
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def sentence_of(text: str, t: TimeExpr, lines: list[str] | None = None, starts: list[int] | None = None) -> str:
    """The sentence of ``text`` (one paragraph a line) that holds the expression ``t``; ``lines``
    and ``starts`` (the lines and their offsets) may be given when many are looked up."""
    lines = lines if lines is not None else text.split("\n")
    start = starts[t.paragraph] if starts is not None and t.paragraph < len(starts) else \
        sum(len(line) + 1 for line in lines[:t.paragraph])
    line = lines[t.paragraph] if t.paragraph < len(lines) else ""
    at = t.start - start
    lo = max(line.rfind(". ", 0, at), 0)
    hi = line.find(". ", at)
    return line[lo:hi if hi >= 0 else len(line)]


def _past_dates(text: str, times: list[TimeExpr], lang: str | None) -> list[tuple[dt.date, str]]:
    """The dates the text gives with their year (a day, or a month's first day) that it does not
    tell as to come: no future verb in their sentence, no "à partir du", "d'ici", "avant" before them."""
    out = []
    lines = text.split("\n")
    starts = line_starts(lines)
    for t in times:
        value = t.value or ""
        if _DAY.match(value):
            day = safe_date(*map(int, value.split("-")))
        elif _MONTH.match(value):
            day = safe_date(*map(int, value.split("-")), 1)
        else:
            continue
        if day is None:
            continue
        if told_as_future(text, t, lines, starts, lang):
            continue
        out.append((day, t.text))
    return out


def told_as_future(text: str, t: TimeExpr, lines: list[str], starts: list[int], lang: str | None) -> bool:
    """Whether the text tells this date as to come: a future verb or a plan in its sentence,
    or a deadline word just before it ("d'ici 2013", "à partir du 1er janvier")."""
    line = lines[t.paragraph] if t.paragraph < len(lines) else ""
    at = t.start - (starts[t.paragraph] if t.paragraph < len(starts) else 0)
    c = cues(lang)
    return c is not None and bool(c.future.search(sentence_of(text, t, lines, starts))
                                  or c.future_before.search(line[max(0, at - 20):at]))


class InferPublished(Stage):
    """Sets ``article.published`` from the text when the input and the page state none."""

    name = "published"
    requires = ("article.paragraphs", "article.removed", "article.published")
    provides = ("article.published",)

    def process(self, article: Article) -> Article:
        if article.published.value:
            return article
        if times_table(article.language) is None:
            return passed_over(article, self, f"no tables for {article.language!r}")
        found = infer_published(article)
        if found is None:
            return article
        if found.value is None:             # no date of its own: the candidates stay in the evidence
            return dataclasses.replace(article, published=dataclasses.replace(article.published, evidence=found.evidence))
        return dataclasses.replace(article, published=found)
