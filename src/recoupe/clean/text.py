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
from ..text import domains, fold
from .dates import UPDATED, header_date, plausible
from .rules import Rules, SENTENCE_END, is_sentence, n_words, norm, title_case

_SPACES = re.compile(r"[ \t\r\f\v]+")
_URL_LINE = re.compile(r"^\s*(https?://\S+)\s*$", re.I)
# "Paris / La Gazette", "BRUXELLES | Le Soir": a place and the outlet that files the story.
_DATELINE = re.compile(r"^(?P<place>[A-ZÀ-Ý][\w'’ -]{1,30}?)\s*[/|]\s*(?P<outlet>[A-ZÀ-Ý0-9][\w'’&. -]{1,40})$")


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
    n = n_words(line)
    return 2 <= n <= 30 and not line.rstrip().endswith((".", ";", ",", ":")) and not is_sentence(line)


def copyright_outlet(line: str, rules: Rules) -> str | None:
    """The holder named in a copyright line, if it reads like a name."""
    if rules.software_credit.search(line):
        return None          # a credit to the software or a licence, not the publisher
    found = domains(line)
    if found:
        return found[0][2]
    rest = rules.rights_notice.sub(" ", line)
    parts = [p.strip(" .,-–—|:") for p in re.split(r"[.|–—]| - ", rest)]
    parts = [p for p in parts if p and 1 <= n_words(p) <= 5 and p[:1].isupper()]
    return parts[0] if parts else None


_NAME_TOKEN = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’-]+)?$|^[A-ZÀ-Ý]\.$")


def _person_name(line: str, particles: frozenset[str]) -> bool:
    """"Erwan Tanguy": two to four capitalised name tokens and nothing else (``particles``: the
    small words of names, "de", "van")."""
    tokens = line.strip().split()
    return 2 <= len(tokens) <= 4 and all(_NAME_TOKEN.match(t) or t in particles for t in tokens) \
        and _NAME_TOKEN.match(tokens[0]) is not None


def _stamp_near(lines: list[str], i: int, today: date | None) -> bool:
    return any(0 <= j < len(lines) and header_date(lines[j]) for j in (i - 1, i + 1))


def _standfirst(i: int, candidates: list[int], lines: list[str], reason: list[str | None]) -> bool:
    """A long line right under a headline-like line, leading straight into the
    body, is the standfirst (chapô): body text, not the headline."""
    if n_words(lines[i]) < 12:
        return False
    above = next((j for j in range(i - 1, -1, -1) if reason[j] is None), None)
    if above is None or above not in candidates or n_words(lines[above]) < 5:
        return False
    following = next((j for j in range(i + 1, len(lines)) if reason[j] is None), None)
    return following is not None and is_sentence(lines[following])


def _headline_score(line: str, counts: Counter, url_hint: str | None) -> float:
    """Which header line is the headline: one the URL slug spells, one the page
    repeats, else the longest (site names, taglines and kickers are shorter)."""
    score = float(n_words(line))
    if counts[norm(line)] > 1:
        score += 15
    if url_hint:
        mine = {w for w in re.findall(r"[a-z0-9]+", fold(line)) if len(w) > 2}
        path = re.sub(r"^[a-z]+://[^/]+", "", url_hint, flags=re.I)   # the host names the site, not the story
        slug = {w for w in re.findall(r"[a-z0-9]+", fold(path)) if len(w) > 2}
        shared = len(mine & slug)
        if shared >= 3 and shared >= 0.6 * len(mine):
            score += 30
    return score


def _comment_threads(lines: list[str], reason: list[str | None], rules: Rules, today: date | None) -> None:
    """Readers' comments under a post: an author line ("Martine B. dit :")
    confirmed by a time stamp or a reply button within the next lines; the
    comment runs until the reply button, the next author or other furniture."""
    n = len(lines)
    # The post's own header ("Message par X » date") comes before its first sentence.
    i = next((k for k, line in enumerate(lines) if reason[k] is None and is_sentence(line)), n)
    while i < n:
        m = (rules.comment_author.match(lines[i]) or rules.handle_stamp.match(lines[i])) if reason[i] is None else None
        if not m or n_words(m["who"]) > 4:
            i += 1
            continue
        window = range(i + 1, min(n, i + 5))
        confirmed = bool(rules.handle_stamp.match(lines[i])) or any(
            header_date(lines[j]) or rules.comment_reply.match(norm(lines[j])) for j in window)
        if not confirmed:
            i += 1
            continue
        reason[i] = "comments"
        j = i + 1
        while j < n:
            if rules.comment_author.match(lines[j]) or rules.handle_stamp.match(lines[j]):
                break
            if reason[j] not in (None, "comments"):
                break
            ends = bool(rules.comment_reply.match(norm(lines[j])))
            reason[j] = "comments"
            j += 1
            if ends:
                break
        i = j


def _comment_section(lines: list[str], reason: list[str | None], rules: Rules) -> None:
    """Under a comments header ("3 commentaires") that comes after most of the
    article, the sentences are readers' comments until other furniture starts."""
    prose = [len(line) if reason[k] is None and is_sentence(line) else 0 for k, line in enumerate(lines)]
    total = sum(prose)
    seen = 0
    for i, line in enumerate(lines):
        seen += prose[i]
        if not total or seen < 0.6 * total or not rules.comment_header.match(norm(line)):
            continue
        reason[i] = reason[i] or "comments"
        for j in range(i + 1, len(lines)):
            if reason[j] not in (None, "comments"):
                break
            reason[j] = "comments"
        return


def _link_lists(lines: list[str], reason: list[str | None], rules: Rules, gap_before: list[bool]) -> None:
    """A list header ("Articles récents", "Les plus lus") and the link titles
    under it, up to a blank line, a sentence, other furniture or a source line."""
    first_sentence = next((i for i, line in enumerate(lines) if reason[i] is None and is_sentence(line)), len(lines))
    for i, line in enumerate(lines):
        if i <= first_sentence or not rules.list_header.match(norm(line)):
            continue
        reason[i] = "navigation"
        j = i + 1
        while j < len(lines) and not gap_before[j] and reason[j] in (None, "navigation") \
                and not is_sentence(lines[j]) and not rules.source_url(lines[j]) and not _URL_LINE.match(lines[j]):
            reason[j] = "navigation"
            j += 1


def clean_text(text: str, *, rules: Rules, min_repeat_chars: int = 30, today: date | None = None,
               url_hint: str | None = None) -> Cleaned:
    raw_lines, gap_before, blank = [], [], False
    for raw in text.splitlines():
        if raw.strip():
            raw_lines.append(raw.strip())
            gap_before.append(blank)
            blank = False
        else:
            blank = True
    lines = [_collapse(raw) for raw in raw_lines]
    reason: list[str | None] = [rules.furniture(line) or ("navigation" if rules.menu_row(raw) else None)
                                for line, raw in zip(lines, raw_lines)]
    fields: dict[int, str] = {}
    found = Found()

    def take(i: str | int, why: str, filled: str | None = None):
        reason[i] = why
        if filled:
            fields[i] = filled

    for i, line in enumerate(lines):
        if reason[i] == "copyright":
            holder = copyright_outlet(line, rules)
            if holder:
                # The site's own footer is the last copyright line; an earlier one
                # is often a wire agency's credit on the story ("© AFP").
                found.outlets.append((3 + 0.5 * (1 - i / len(lines)), holder))
                fields[i] = "outlet"

    _comment_threads(lines, reason, rules, today)
    _comment_section(lines, reason, rules)
    _link_lists(lines, reason, rules, gap_before)

    body = [i for i, line in enumerate(lines) if reason[i] is None and is_sentence(line)]
    first = body[0] if body else len(lines)
    last = body[-1] if body else -1

    # Metadata lines: source URL, bare URL, byline, date stamp, agency dateline.
    for i, line in enumerate(lines):
        if reason[i] is not None or is_sentence(line):
            continue
        outside = i < first or i > last
        if rules.agency_dateline.match(line):
            take(i, "metadata", "dateline")
            continue
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
        if author and (outside or n_words(line) <= 6):
            if found.author is None:
                found.author = author
            take(i, "metadata", "author")
            stamp = header_date(line)
            if stamp and plausible(stamp, today=today) and found.published is None:
                found.published, found.published_evidence = stamp, line
            continue
        stamp = header_date(line)
        if rules.relative_stamp.match(line):
            take(i, "metadata")        # "Il y a 4 heures": a stamp that dates nothing once saved
            continue
        if stamp and plausible(stamp, today=today) and n_words(line) <= 18:
            if UPDATED.search(line) and not rules.published_word.search(line):
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

    if found.author is None:
        for i, line in enumerate(lines[: max(8, len(lines) * 2 // 5)]):
            if reason[i] is None and _person_name(line, rules.name_particles) and _stamp_near(lines, i, today):
                found.author = line.strip()
                take(i, "metadata", "author")     # "Élodie Marchetti" over "Publié le 3 juin 2025"
                break

    # Header: headline, masthead, dateline, breadcrumb.
    header = [i for i in range(first) if reason[i] is None]
    counts = Counter(norm(lines[i]) for i in range(len(lines)) if reason[i] is None)
    for i in header:
        if reason[i] is None and rules.tagline.search(norm(lines[i])) and not is_sentence(lines[i]) \
                and n_words(lines[i]) >= 5 and not title_case(lines[i]):   # "Le Journal du Léman" is a name
            take(i, "navigation")     # the site describing itself, not the story
    candidates = [i for i in header if reason[i] is None and headline_like(lines[i])
                  and not rules.breadcrumb_start.match(norm(lines[i])) and not _DATELINE.match(lines[i])]
    candidates = [i for i in candidates if not _standfirst(i, candidates, lines, reason)]
    title_at = None
    if candidates:
        hint = url_hint or found.url
        title_at = max(candidates, key=lambda i: (_headline_score(lines[i], counts, hint), -i))
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
        elif title_at is not None and i > title_at and _person_name(line, rules.name_particles) and (
                i - 1 == title_at or _stamp_near(lines, i, today)):
            if found.author is None:
                found.author = line.strip()
            take(i, "metadata", "author")   # a bare name under the headline, by the date stamp
        elif dateline and n_words(line) <= 8:
            found.outlets.append((1, dateline["outlet"].strip()))
            take(i, "metadata", "outlet")
        elif (title_at is None or i < title_at) and n_words(line) <= 4 and not SENTENCE_END.search(line) \
                and (line[:1].isupper() or domains(line)) and not any(f == "outlet" for f in fields.values()):
            found.outlets.append((2, line.strip()))
            take(i, "metadata", "outlet")
        elif title_at is not None and i < title_at and n_words(line) <= 6 and not is_sentence(line):
            take(i, "navigation")      # site header above the headline: site names, menus, kickers

    # The headline repeated in the body, captions, repeated paragraphs.
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if reason[i] is not None:
            continue
        key = norm(line)
        if title_key and key == title_key:
            take(i, "headline repeated")
        elif first <= i and rules.credited(line) and i != first:
            take(i, "caption")
        elif first < i < last and not is_sentence(line) and rules.caption(line):
            take(i, "caption")
        elif key in seen and len(key) >= min_repeat_chars:
            take(i, "repeated paragraph")
        seen.add(key)

    paragraphs = [line for i, line in enumerate(lines) if reason[i] is None]
    removed = [Removal(text=line, reason=reason[i], field=fields.get(i))
               for i, line in enumerate(lines) if reason[i] is not None]
    return Cleaned(paragraphs=paragraphs, removed=removed, found=found)
