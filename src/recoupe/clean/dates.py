"""Dates stated by a page's furniture: a date line in the header, a URL.

This is not the temporal tagger (that reads the article's sentences); it
only reads the few strict forms that sites print next to a headline
("15 Mai 2024 21:11 (UTC+01:00)", "Publié le 14/03/2024 à 18h32") and the
dates web servers put in article URLs.
"""
from __future__ import annotations

import datetime as dt
import re

from ..lang import alternation, every


def _stamps() -> dict:
    """The stamp words of every language's clean table, merged."""
    merged: dict = {"months": {}, "updated": []}
    for t in every("clean"):
        for key, value in t.STAMPS.items():
            if key == "months":
                merged["months"].update(value)
            elif key == "updated":
                merged["updated"].append(value)
            else:
                merged[key] = merged.get(key, ()) + tuple(value)
    return merged


_S = _stamps()
MONTHS = _S["months"]
_FIRST = {w.lower() for w in _S["first"]}
WEEKDAYS = rf"(?:{alternation(_S['weekdays'])})"
_MONTH = alternation(MONTHS)

_LONG = re.compile(
    rf"(?:{WEEKDAYS}\s*,?\s+)?(?:(?:{alternation(_S['article'])})\s+)?(?P<d>\d{{1,2}}|{alternation(_S['first'])})\s+"
    rf"(?P<m>{_MONTH})\.?\s+(?P<y>\d{{4}})", re.I)
_LONG_EN = re.compile(rf"(?:{WEEKDAYS}\s*,?\s+)?(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})", re.I)
_NUMERIC = re.compile(r"(?<!\d)(?P<d>\d{1,2})([/.-])(?P<m>\d{1,2})\2(?P<y>\d{4}|\d{2})(?!\d)")
_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
_TIME = re.compile(rf"(?:(?:{alternation(_S['at'])})\s+|-\s*)?\d{{1,2}}\s*[h:]\s*\d{{2}}(?::\d{{2}})?(?:\s*(?:am|pm))?",
                   re.I)
_TZ = re.compile(r"\(?\s*(?:UTC|GMT|CET|CEST|HNE|HAE)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)?", re.I)
_PREFIX = re.compile(rf"\b(?:{alternation(_S['prefix'])}|,|\||-|–|—)\b", re.I)
_BYLINE = re.compile(rf"\b(?:{alternation(_S['by'])})\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){{0,3}}")
_DAY_NAMES = re.compile(rf"\b{WEEKDAYS}\b|\b(?:{alternation(_S['weekdays_short'])})\.", re.I)
_SECTION = re.compile(rf"(?i)\b(?:{alternation(_S['section'])})\s+[\w' -]{{1,30}}$")
_OTHER = re.compile(rf"(?i)\b(?:{alternation(_S['other'])})\b|[»·|]")

# Which header lines say the article was updated rather than published.
UPDATED = re.compile("|".join(_S["updated"]), re.I)


def _make(y: str, m: str | int, d: str) -> dt.date | None:
    year = int(y)
    if year < 100:
        year += 2000 if year < 70 else 1900
    month = m if isinstance(m, int) else (int(m) if str(m).isdigit() else MONTHS.get(str(m).lower().rstrip(".")))
    day = 1 if d.lower() in _FIRST else int(d)
    try:
        return dt.date(year, month, day)
    except (TypeError, ValueError):
        return None


def find_date(text: str) -> tuple[dt.date, re.Match] | None:
    """The first full date (day, month, year) written in ``text``."""
    best = None
    for pattern in (_LONG, _LONG_EN, _ISO, _NUMERIC):
        for match in pattern.finditer(text):
            date = _make(match["y"], match["m"], match["d"])
            if date and (best is None or match.start() < best[1].start()):
                best = (date, match)
                break
    return best


def header_date(line: str) -> dt.date | None:
    """The date of a line that is *only* a date stamp (with time, zone, a
    "Publié le" prefix), else None: a sentence that mentions a date is not a
    date line."""
    found = find_date(line)
    if not found:
        return None
    date, match = found
    rest = line
    for pattern in (_LONG, _LONG_EN, _ISO, _NUMERIC):   # a stamp may carry two dates: published, updated
        rest = pattern.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    rest = _TZ.sub(" ", rest)
    rest = _BYLINE.sub(" ", rest)
    rest = _PREFIX.sub(" ", rest)
    rest = _DAY_NAMES.sub(" ", rest)
    rest = _SECTION.sub(" ", rest)         # "... in News"
    rest = _OTHER.sub(" ", rest)
    leftover = re.findall(r"\w+", rest)
    return date if len(leftover) <= 1 else None


def plausible(date: dt.date, *, today: dt.date | None = None) -> bool:
    """A publication date of a web article: not before the web, not in the future."""
    today = today or dt.date.today()
    return dt.date(1990, 1, 1) <= date <= today + dt.timedelta(days=1)


_DIGITS = re.compile(r"\d{8,}")


def url_date(url: str, *, today: dt.date | None = None) -> dt.date | None:
    """The publication date a URL encodes, or None.

    htmldate reads the common /2024/06/12/ and 2024-06-12 forms. Many news
    CMSs instead stamp a compact date inside a long numeric article id
    (``...-185240612223242498.htm``: 240612 22:32:42). A run of digits is
    read as ``yyyymmdd`` or ``yymmddHHMMSS`` only where exactly one window of
    the run parses as a plausible date (and time), so an arbitrary id does
    not yield a date by chance.
    """
    if not url:
        return None
    try:
        from htmldate.extractors import extract_url_date
        from htmldate.utils import Extractor

        today_dt = dt.datetime.combine(today or dt.date.today(), dt.time()) + dt.timedelta(days=1)
        options = Extractor(False, today_dt, dt.datetime(1990, 1, 1), True, "%Y-%m-%d")
        found = extract_url_date(url, options)
        if found:
            return dt.date.fromisoformat(found)
    except Exception:  # htmldate's internals moved: fall back to our reading below
        pass
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    hits = set()
    for run in _DIGITS.findall(path):
        for i in range(len(run) - 7):
            window = run[i:i + 8]
            date = _make(window[:4], window[4:6], window[6:8])
            if date and plausible(date, today=today):
                hits.add(date)
        for i in range(len(run) - 11):
            w = run[i:i + 12]
            date = _make(w[:2], w[2:4], w[4:6])
            hh, mm, ss = int(w[6:8]), int(w[8:10]), int(w[10:12])
            if date and hh < 24 and mm < 60 and ss < 60 and plausible(date, today=today):
                hits.add(date)
    return hits.pop() if len(hits) == 1 else None
