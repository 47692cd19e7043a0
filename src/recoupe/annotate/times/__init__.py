"""Temporal expressions: TIMEX3 type and value, resolved against the publication
date and the narrative time (see ``tagger.py``)."""
from __future__ import annotations

import dataclasses
import datetime as dt

import re

from ...pipeline.stage import Stage
from ...records import Article, Published, TimeExpr
from .tagger import safe_date, tag

LANGUAGES = ("fr",)


def parse_dct(value: str | None) -> dt.date | None:
    """A day-precision document date, or None (a month or year is not enough to anchor on)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def tag_text(text: str, dct: dt.date | None, *, lang: str = "fr") -> list[TimeExpr]:
    """The temporal expressions of a plain text (one paragraph a line)."""
    if lang not in LANGUAGES:
        raise ValueError(f"no temporal tagger for language {lang!r}; available: {', '.join(LANGUAGES)}")
    return [TimeExpr(f.start, f.end, text[f.start:f.end], f.type, f.value, paragraph=i, anchor=f.anchor)
            for f, i in tag(text, dct)]


class Times(Stage):
    """Fills ``article.times``, anchored on the article's publication date."""

    name = "times"
    requires = ("article.paragraphs", "article.published")
    provides = ("article.times",)

    def process(self, article: Article) -> Article:
        if (article.language or "fr") not in LANGUAGES:
            return article
        text = article.text
        return dataclasses.replace(article, times=tuple(tag_text(text, parse_dct(article.published.value))))


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DEICTIC_DAY = re.compile(r"(?i)^(?:ce|cette|aujourd'hui)\b")


def infer_published(article: Article) -> Published | None:
    """A publication date read from the text, for an article that states none.

    In order: a deictic day ("ce 17 avril") placed in the year of the copyright
    line, else on the first such day after the latest dated past event; the
    latest explicit date, when the text names no later year; the copyright year.
    """
    times = tag_text(article.text, None)
    explicit = []                        # dates written with their year: (date, text, is a day)
    later_years = []
    for t in times:
        value = t.value or ""
        if _DAY.match(value):
            explicit.append((dt.date.fromisoformat(value), t.text, True))
        elif _MONTH.match(value):
            y, m = map(int, value.split("-"))
            explicit.append((dt.date(y, m, 1), t.text, False))
        elif re.fullmatch(r"\d{4}", value):
            later_years.append(int(value))
    copyright_year = None
    for r in article.removed:
        if r.reason == "copyright":
            years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", r.text)]
            if years:
                copyright_year = max(years)
    floor = max(explicit)[0] if explicit else None
    for t in times:
        m = re.fullmatch(r"XXXX-(\d{2})-(\d{2})", t.value or "")
        if not m or not _DEICTIC_DAY.match(t.text):
            continue
        month, day = int(m.group(1)), int(m.group(2))
        if copyright_year:
            when = safe_date(copyright_year, month, day)
            why = f"{t.text!r} in the year of the copyright line"
        elif floor:
            when = safe_date(floor.year, month, day)
            if when and when < floor:
                when = safe_date(floor.year + 1, month, day)
            why = f"{t.text!r}, the first such day after {max(explicit)[1]!r}"
        else:
            continue
        if when:
            return Published(when.isoformat(), "text", why, inferred=True)
    days = [(d, text) for d, text, is_day in explicit if is_day]
    if days:
        latest, text = max(days)
        if not any(y > latest.year for y in later_years + [d.year for d, _, _ in explicit]):
            return Published(latest.isoformat(), "text", f"the latest date the text gives: {text!r}", inferred=True)
    if copyright_year:
        return Published(str(copyright_year), "text", "the year of the copyright line", inferred=True)
    return None


class InferPublished(Stage):
    """Sets ``article.published`` from the text when the input and the page state none."""

    name = "published"
    requires = ("article.paragraphs", "article.removed", "article.published")
    provides = ("article.published",)

    def process(self, article: Article) -> Article:
        if article.published.value or (article.language or "fr") not in LANGUAGES:
            return article
        found = infer_published(article)
        return dataclasses.replace(article, published=found) if found else article
