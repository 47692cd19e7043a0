"""A thread's calendar: the year of the dates its articles write without one.

Press writes the current year's dates without the year ("le 2 juillet",
"mercredi 22 octobre"). An article that states no publication date leaves them
as ``XXXX-07-02``: no timeline can order them, and articles that tell the same
day cannot be matched with dated ones. An article alone rarely knows its year;
its thread does:

- stated publication days of the thread's articles, when there are some;
- else every weekday written with its day ("mercredi 2 juillet", told as past
  or present, not in a sentence about what is to come): the year whose
  calendar puts most of them on their weekday, among the two years either side
  of the latest year the thread names as past ("le 30 novembre 2007"). Both
  are needed: weekdays alone fit a year every five, six or eleven years, and the
  years named are often the past the story compares with.

Each yearless date of an undated article then takes the year that puts it
nearest one of the days so fitted (or of the stated days), or the last one before it with "dernier", the next with
"prochain" (the rule the tagger applies with a publication date). Nothing is
guessed without both kinds of evidence: the dates stay yearless.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..annotate.times import _past_dates, cues, line_starts, parse_dct, sentence_of, told_as_future
from ..annotate.times.tagger import safe_date
from ..records import Article
from .stories import stated_day

_YEARLESS = re.compile(r"^XXXX-(\d{2})(?:-(\d{2}))?$")
# The thread's year lies this close to the latest year it names as past.
YEAR_REACH = 2


@dataclasses.dataclass(frozen=True, slots=True)
class Calendar:
    days: tuple[dt.date, ...]   # the thread's own days: stated publication days, or weekdays fitted
    basis: str                  # "publication dates" | "weekdays"
    evidence: str


def _weekday_days(article: Article) -> list[tuple[int, int, int, str]]:
    """(month, day, weekday, text) of every "mercredi 2 juillet" an article tells as past or present."""
    out = []
    c = cues(article.language)
    if c is None:
        return out
    text = article.text
    lines = text.split("\n")
    starts = line_starts(lines)
    for t in article.times:
        m = _YEARLESS.match(t.value or "")
        if not m or not m.group(2):
            continue
        weekday = c.weekday_in(t.text)
        if weekday is None or c.future.search(sentence_of(text, t, lines, starts)):
            continue
        out.append((int(m.group(1)), int(m.group(2)), weekday, t.text))
    return out


def _named_years(article: Article) -> list[int]:
    """The years an article names as past or present: of its dates with a year, and its bare
    years ("en 2007"), none told as to come ("d'ici 2013")."""
    out = [day.year for day, _ in _past_dates(article.text, list(article.times), article.language)]
    lines = article.text.split("\n")
    starts = line_starts(lines)
    for t in article.times:
        if t.type == "DATE" and re.fullmatch(r"\d{4}", t.value or "") and t.anchor == "none" \
                and not told_as_future(article.text, t, lines, starts, article.language):
            out.append(int(t.value))
    return out


def thread_calendar(articles: list[Article]) -> Calendar | None:
    """The anchor of a thread's yearless dates, or None when the thread does not show its year."""
    stated = sorted(d for a in articles if (d := stated_day(a)))
    if stated:
        return Calendar(tuple(stated), "publication dates", f"{len(stated)} stated publication day(s)")
    pairs = [p for a in articles for p in _weekday_days(a)]
    named = [year for a in articles for year in _named_years(a)]
    if not pairs or not named:
        return None
    latest = max(named)

    def fits(year: int) -> list[dt.date]:
        return [d for month, day, weekday, _ in pairs if (d := safe_date(year, month, day)) and d.weekday() == weekday]

    options = range(latest - YEAR_REACH, latest + YEAR_REACH + 1)
    year = max(options, key=lambda y: (len(fits(y)), -abs(y - latest), y))
    days = sorted(fits(year))
    if not days or len(days) * 2 <= len(pairs):
        return None                      # the weekdays do not agree on a year
    return Calendar(tuple(days), "weekdays",
                    f"{len(days)} of {len(pairs)} weekday(s) with their day fall in {year} "
                    f"(e.g. {pairs[0][3]!r}); latest year named as past {latest}")


def _year_for(month: int, day: int | None, calendar: Calendar, text: str, c) -> int:
    """The year that puts a yearless date nearest one of the thread's own days (a thread may run
    from March to December); with "dernier", the last one before its latest day, with "prochain",
    the first one after its earliest."""
    words = text.lower().split()
    years = sorted({d.year for d in calendar.days})
    options = [d for y in range(years[0] - 1, years[-1] + 2) if (d := safe_date(y, month, day or 15))]
    if any(w in c.last for w in words):
        past = [o for o in options if o <= calendar.days[-1] + dt.timedelta(days=30)]
        if past:
            return max(past).year
    if any(w in c.next for w in words):
        future = [o for o in options if o >= calendar.days[0] - dt.timedelta(days=30)]
        if future:
            return min(future).year
    return min(options, key=lambda o: (min(abs((o - d).days) for d in calendar.days), o)).year


def resolve(article: Article, calendar: Calendar) -> Article:
    """The article with its yearless dates given the thread's year (only when it states no day),
    and then the days told relative to one of them ("jeudi 18 septembre ... la veille")."""
    c = cues(article.language)
    if parse_dct(article.published.value) or c is None:
        return article
    times, changed = [], False
    for t in article.times:
        m = _YEARLESS.match(t.value or "")
        if m:
            month, day = int(m.group(1)), int(m.group(2)) if m.group(2) else None
            year = _year_for(month, day, calendar, t.text, c)
            if day is None or safe_date(year, month, day):
                value = f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")
                t = dataclasses.replace(t, value=value, anchor="thread")
                changed = True
        times.append(t)
    if not changed:
        return article
    return dataclasses.replace(article, times=_anaphoric(article, times, c))


def _anaphoric(article: Article, times: list, c) -> tuple:
    """"La veille", "le lendemain", ... the tagger left without a value because the day
    named before them had no year: that day, now dated, in the same paragraph, moved by
    as many days (the tagger's rule, with the thread's year)."""
    text = article.text
    out, last = [], None
    for t in times:
        if last is not None and last[0] != t.paragraph:
            last = None
        m = c.anaphoric.match(t.text) if t.value is None and t.type == "DATE" else None
        if m and last is not None and not c.of_event.match(text[t.end:t.end + 5]):
            day = last[1] + dt.timedelta(days=c.anaphoric_days[m.group(1).lower()])
            t = dataclasses.replace(t, value=day.isoformat(), anchor="thread")
        if t.type == "DATE" and (day := parse_dct(t.value or "")) and len(t.value) == 10:
            last = (t.paragraph, day)
        out.append(t)
    return tuple(out)


__all__ = ["Calendar", "resolve", "thread_calendar"]
