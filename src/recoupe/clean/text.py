"""Clean scraped plain text: keep the article, record every removal.

The page is read as lines. Sentence-like lines outline the body; what comes
before the first of them is the header (headline, byline, date stamp,
masthead), what comes after the last is the footer. Furniture is removed
anywhere; metadata lines become fields; the headline and repeated
paragraphs are kept once; captions are looked for between body paragraphs
only. A line no rule explains is kept: nothing is lost by default.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ..records import Removal
from .dates import UPDATED, header_date, plausible
from .rules import Rules, SENTENCE_END, is_sentence, norm, words

_SPACES = re.compile(r"[ \t\r\f\v]+")
_URL_LINE = re.compile(r"^\s*(https?://\S+)\s*$", re.I)
# "Paris / La Gazette", "BRUXELLES | Le Soir": a place and the outlet that files the story.
_DATELINE = re.compile(r"^(?P<place>[A-ZÀ-Ý][\w'’ -]{1,30}?)\s*[/|]\s*(?P<outlet>[A-ZÀ-Ý0-9][\w'’&. -]{1,40})$")
_DOMAIN = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:fr|com|be|ch|ca|info|net|org|eu|io|news|media|tv|ma|dz|tn|sn|ci|lu|am|az|ru|vn))\b", re.I)


@dataclass
class Found:
    """Metadata read off the page's own lines (candidates, by rule)."""

    title: str | None = None
    author: str | None = None
    url: str | None = None
    outlets: list[tuple[int, str]] = field(default_factory=list)   # (priority, name): lower wins
    published: date | None = None
    published_evidence: str | None = None
    updated: date | None = None
    updated_evidence: str | None = None

    def outlet(self) -> str | None:
        if not self.outlets:
            return None
        ranked = sorted(self.outlets, key=lambda c: c[0])
        best = ranked[0][1]
        # The same name written two ways ("Lagazette", "La Gazette"): the spaced one reads right.
        for _, other in ranked[1:]:
            if _squash(other) == _squash(best) and other.count(" ") > best.count(" "):
                best = other
        return best


@dataclass
class Cleaned:
    paragraphs: list[str]
    removed: list[Removal]
    found: Found


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", norm(text))


def _collapse(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def headline_like(line: str) -> bool:
    n = len(words(line))
    return 2 <= n <= 30 and not line.rstrip().endswith((".", ";", ",", ":")) and not is_sentence(line)


def copyright_outlet(line: str) -> str | None:
    """The holder named in a copyright line, if it reads like a name."""
    domain = _DOMAIN.search(line)
    if domain:
        return domain.group(1)
    rest = re.sub(r"(?i)copyright|droits d[’']auteur|tous droits réservés|all rights reserved|©|\(c\)|"
                  r"reproduction (?:interdite|réservée)|\b(?:19|20)\d\d\b", " ", line)
    parts = [p.strip(" .,-–—|:") for p in re.split(r"[.|–—]| - ", rest)]
    parts = [p for p in parts if p and 1 <= len(words(p)) <= 5 and p[:1].isupper()]
    return parts[0] if parts else None


def clean_text(text: str, *, rules: Rules, min_repeat_chars: int = 30, today: date | None = None) -> Cleaned:
    lines = [_collapse(raw) for raw in text.splitlines()]
    lines = [line for line in lines if line]
    reason: list[str | None] = [rules.furniture(line) for line in lines]
    fields: dict[int, str] = {}
    found = Found()

    def take(i: str | int, why: str, filled: str | None = None):
        reason[i] = why
        if filled:
            fields[i] = filled

    for i, line in enumerate(lines):
        if reason[i] == "copyright":
            holder = copyright_outlet(line)
            if holder:
                found.outlets.append((3, holder))
                fields[i] = "outlet"

    body = [i for i, line in enumerate(lines) if reason[i] is None and is_sentence(line)]
    first = body[0] if body else len(lines)
    last = body[-1] if body else -1

    # Metadata lines: source URL, bare URL, byline, date stamp.
    for i, line in enumerate(lines):
        if reason[i] is not None or is_sentence(line):
            continue
        outside = i < first or i > last
        url = rules.source_url(line)
        bare = _URL_LINE.match(line)
        if url or (bare and outside):
            url = url or bare.group(1)
            if found.url is None:
                found.url = url
                take(i, "metadata", "url")
            else:
                take(i, "navigation")
            continue
        author = rules.byline(line)
        if author and (outside or len(words(line)) <= 6):
            if found.author is None:
                found.author = author
            take(i, "metadata", "author")
            stamp = header_date(line)
            if stamp and plausible(stamp, today=today) and found.published is None:
                found.published, found.published_evidence = stamp, line
            continue
        stamp = header_date(line)
        if stamp and plausible(stamp, today=today) and (outside or len(words(line)) <= 8):
            if UPDATED.search(line) and not re.search(r"(?i)publié|published|posté", line):
                if found.updated is None:
                    found.updated, found.updated_evidence = stamp, line
                take(i, "metadata", "updated")
            else:
                if found.published is None:
                    found.published, found.published_evidence = stamp, line
                take(i, "metadata", "published")
            m = re.search(r"(?i)\b(?:par|by)\s+([A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3})", line)
            if m and found.author is None:
                found.author = m.group(1)

    # Header: headline, masthead, dateline, breadcrumb.
    header = [i for i in range(first) if reason[i] is None]
    counts = Counter(norm(lines[i]) for i in range(len(lines)) if reason[i] is None)
    candidates = [i for i in header if headline_like(lines[i]) and not rules.breadcrumb_start.match(norm(lines[i]))]
    title_at = None
    if candidates:
        repeated = [i for i in candidates if counts[norm(lines[i])] > 1]
        title_at = repeated[0] if repeated else candidates[0]
        found.title = lines[title_at]
        take(title_at, "metadata", "title")
    title_key = norm(found.title) if found.title else None
    for i in header:
        if reason[i] is not None:
            continue
        line = lines[i]
        dateline = _DATELINE.match(line)
        if title_key and norm(line) == title_key:
            take(i, "headline repeated")
        elif rules.is_breadcrumb(line, found.title):
            take(i, "breadcrumb")
            if found.title is None:
                found.title = re.split(r"\s+[>›»/|]\s+", line)[-1]
        elif dateline and len(words(line)) <= 8:
            found.outlets.append((1, dateline["outlet"].strip()))
            take(i, "metadata", "outlet")
        elif (title_at is None or i < title_at) and len(words(line)) <= 4 and not SENTENCE_END.search(line) \
                and (line[:1].isupper() or _DOMAIN.search(line)):
            found.outlets.append((2, line.strip()))
            take(i, "metadata", "outlet")

    # The headline repeated in the body, captions, repeated paragraphs.
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if reason[i] is not None:
            continue
        key = norm(line)
        if title_key and key == title_key:
            take(i, "headline repeated")
        elif first < i < last and not is_sentence(line) and rules.caption(line):
            take(i, "caption")
        elif key in seen and len(key) >= min_repeat_chars:
            take(i, "repeated paragraph")
        seen.add(key)

    paragraphs = [line for i, line in enumerate(lines) if reason[i] is None]
    removed = [Removal(text=line, reason=reason[i], field=fields.get(i))
               for i, line in enumerate(lines) if reason[i] is not None]
    return Cleaned(paragraphs=paragraphs, removed=removed, found=found)
