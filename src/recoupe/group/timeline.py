"""A story's timeline, and publication dates inferred from the story.

Timeline: every sentence with a resolved date (a day, a month, a year) is a
candidate event; the same event told by several articles (same date, and
sentences that share their rare words or say the same in other words) is one
entry citing all of them. Entries are ordered by date (a month sorts before
its days); events from before the story's own period are marked background.
Dates the tagger could not pin down (a value with X, a duration, a set, "the
present") never make an entry, nor do dates that only bound a state
("depuis 2020", "jusqu'en 2025").

Story dates: an article whose page and text give no publication day takes the
day of the same event in a dated article of its story (the event its own
"ce mercredi" or "hier" points to), moved to the weekday it names if that is
within three days.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections import Counter

import numpy as np

from ..annotate.times import _past_dates, cues, line_starts, parse_dct, sentence_of
from ..lang import ASSUMED
from ..text.sentences import sentences as split_sentences
from ..records import Article, Published, Story, TimelineEntry
from ..settings import DEFAULT, TimelineSettings

_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# A whole sentence: it opens with a capital, a digit or a quote and ends with its stop (a
# headline, a caption or a menu line ends with none; "aux journalistes mercredi." opens low).
_WHOLE = re.compile(r"^[\"«“'(\d\w]", re.U)
_STOP = re.compile(r"[.!?][»”\")]*$")
MIN_WORDS = 6
_WORD = re.compile(r"\w{4,}", re.U)
# When two sentences tell one event, and when an undated article takes a day: Settings.timeline
# (settings.py, each threshold with the reason for its value).
T = DEFAULT.timeline


def sentences(article: Article) -> list[tuple[int, int]]:
    """The (start, end) of each sentence in the article's text: the toolkit's one splitter."""
    return [(s.start, s.end) for s in split_sentences(article)]


def candidates(article: Article) -> list[tuple[str, str, int]]:
    """(date value, sentence, start) for every dated sentence of an article."""
    c = cues(article.language)
    if c is None:
        return []
    text = article.text.replace("’", "'")
    spans = sentences(article)
    out = []
    for t in article.times:
        if t.type != "DATE" or not t.value or not _VALUE.match(t.value):
            continue
        if c.bound.search(text[max(0, t.start - 16):t.start]):
            continue                                    # "depuis novembre 2020": a state, not an event
        sent = next(((a, b) for a, b in spans if a <= t.start < b), None)
        if sent and whole(article.text[sent[0]:sent[1]].strip()):
            out.append((t.value, article.text[sent[0]:sent[1]].strip(), sent[0]))
    return out


_WEEKDAY_ONLY = re.compile(r"^XXXX-WXX-([1-7])(?:T\w+)?$")


def floating(article: Article) -> list[tuple[int | None, str, int]]:
    """(weekday, sentence, start) for every whole sentence of an article that tells an event by
    its weekday alone ("placé mercredi en garde à vue": Monday is 0) or by "hier", which
    the article could not date (it states no publication day); none about what is to come."""
    c = cues(article.language)
    if c is None:
        return []
    text = article.text
    spans = sentences(article)
    out, seen = [], set()
    for t in article.times:
        if t.type != "DATE":
            continue
        m = _WEEKDAY_ONLY.match(t.value or "")
        if m and not c.next_or_following.search(t.text):
            weekday = int(m.group(1)) - 1
        elif t.value is None and c.yesterday.match(t.text):
            weekday = None
        else:
            continue
        sent = next(((a, b) for a, b in spans if a <= t.start < b), None)
        if not sent or sent in seen:
            continue
        sentence = text[sent[0]:sent[1]].strip()
        if whole(sentence) and not c.future.search(sentence):
            seen.add(sent)
            out.append((weekday, sentence, sent[0]))
    return out


def weekday_window(article: Article) -> tuple[dt.date, dt.date]:
    """The days a weekday the article tells as past ("placé mercredi") may stand for: it was
    written after the latest day it tells as past and before the first it tells in the future
    tense ("sera jugé le 4 mars", "s'apprêtent à décerner le 17 décembre"), and a weekday said
    alone lies in the week before it was written."""
    c = cues(article.language)
    days = [t for t in article.times if len(t.value or "") == 10] if c is not None else []
    past = _past_dates(article.text, days, article.language)
    lo = max(d for d, _ in past) - dt.timedelta(days=6) if past else dt.date.min
    lines = article.text.split("\n")
    starts = line_starts(lines)
    to_come = [d for t in days if (d := parse_dct(t.value)) and c.future_tense.search(sentence_of(article.text, t, lines, starts))]
    hi = min(to_come) - dt.timedelta(days=1) if to_come else dt.date.max
    return lo, hi


def whole(sentence: str) -> bool:
    """A sentence a timeline may show: not a fragment, a headline or a furniture line."""
    return (len(sentence.split()) >= MIN_WORDS and bool(_STOP.search(sentence))
            and bool(_WHOLE.match(sentence)) and not sentence[0].islower())


def _not_event_words(lang: str = ASSUMED) -> frozenset[str]:
    """Words that tell no event: the language's stop words (spaCy's list, no model needed) and
    the names of its days and months, which tell a date."""
    import spacy.util

    c = cues(lang)
    dates = frozenset(c.months) | frozenset(c.weekdays) if c is not None else frozenset()
    return frozenset(spacy.util.get_lang_class(lang).Defaults.stop_words) | dates


_NOT_EVENT = _not_event_words()


def _words(text: str) -> set[str]:
    """The words of a sentence that may tell its event."""
    return {w.lower() for w in _WORD.findall(text)} - _NOT_EVENT


def _first_day(members: list[Article]) -> dt.date | None:
    days = [d for a in members if (d := _day_of(a))]
    return min(days) if days else None


def _start_of(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def build(story: Story, members: list[Article], vectors, s: TimelineSettings = T) -> tuple[TimelineEntry, ...]:
    """The timeline of one story. ``vectors`` embeds sentences (or is None)."""
    cands, floats = [], []
    for a in members:
        dated = candidates(a)
        for value, sentence, _ in dated:
            cands.append((value, sentence, a.id))
        told = {sentence for _, sentence, _ in dated}
        floats.extend((weekday, sentence, a.id) for weekday, sentence, _ in floating(a) if sentence not in told)
    if not cands:
        return ()
    # how rare a word is in the story: the words of its topic ("trader", "Caisse"), in every
    # article, say little of which event a sentence tells; its candidate sentences count too
    every = cands + floats
    bags = [_words(c[1]) for c in every]
    df = Counter()
    for a in members:
        df.update(_words(a.text))
    for bag in bags:
        df.update(bag)
    n = len(members) + len(every)
    embedded = vectors([c[1] for c in every]) if vectors else None
    weight = {w: math.log((n + 1) / df[w]) for bag in bags for w in bag}

    def words(i: int, j: int) -> float:
        wi, wj = bags[i], bags[j]
        shared = sum(weight[w] for w in wi & wj)
        return shared / (math.sqrt(sum(weight[w] ** 2 for w in wi)) * math.sqrt(sum(weight[w] ** 2 for w in wj)) or 1)

    def meaning(i: int, j: int) -> float:
        return float(embedded[i] @ embedded[j]) if embedded is not None and embedded.shape[1] else 0.0

    def alike(i: int, j: int) -> float:
        return max(words(i, j), meaning(i, j) - 0.35)

    def same_day_event(i: int, j: int) -> bool:
        return words(i, j) >= s.same_event_day or meaning(i, j) >= s.same_day_meaning

    def same_month_event(i: int, j: int) -> bool:
        return words(i, j) >= s.same_event_month or meaning(i, j) >= s.same_month_meaning

    first = _first_day(members)
    by_date: dict[str, list[int]] = {}
    for i, (value, _, _) in enumerate(cands):
        by_date.setdefault(value, []).append(i)
    # the story's calendar: a sentence dated by its weekday alone ("placé mercredi en garde à
    # vue") is placed on a day of the week its article was written in (see week_days); an
    # entry of such sentences only is marked inferred: no sentence of it states its date
    own = {_start_of(v) for v in by_date if len(v) == 10 and not _background(first, v, s)}
    window = {a.id: weekday_window(a) for a in members}
    days = week_days(floats, own, window)
    unplaced, placed = [], set()
    for m, (weekday, _, aid) in enumerate(floats):
        row = len(cands) + m
        lo, hi = window[aid]
        # first, a day of that weekday on which a dated sentence tells the same event
        told = [(max(alike(row, i) for i in by_date[d.isoformat()]), d) for d in own
                if weekday is not None and d.weekday() == weekday and lo <= d <= hi]
        score, day = max(told, default=(0.0, None))
        if score >= s.float_same:
            by_date[day.isoformat()].append(row)
        elif m in days:
            by_date.setdefault(days[m].isoformat(), []).append(row)
            placed.add(row)
        else:
            unplaced.append(m)
    entries = []
    for value, idx in by_date.items():
        groups: list[list[int]] = []
        precision = len(value)
        for i in idx:
            home = next((g for g in groups if any((same_day_event(i, j) if precision == 10 else
                                                   same_month_event(i, j) if precision == 7 else alike(i, j) >= s.same_event)
                                                  or every[i][2] == every[j][2] and every[i][1] == every[j][1]
                                                  for j in g)), None)
            (home.append(i) if home else groups.append([i]))
        for g in groups:
            articles = tuple(sorted({every[i][2] for i in g}))
            # the sentence that shares most words with the others tells the event; ties: the shortest
            best = max(g, key=lambda i: (sum(len(bags[i] & bags[j]) for j in g), -len(every[i][1]), every[i][1]))
            text = every[best][1]
            entries.append((TimelineEntry(date=value, text=text, articles=articles, background=_background(first, value, s),
                                          inferred=all(i in placed for i in g)),
                            {(every[i][2], every[i][1]) for i in g}, g))
    _join_months(entries, same_month_event)
    _attach_floating(entries, [floats[m] for m in unplaced], [len(cands) + m for m in unplaced], alike, window, s)
    return tuple(_one_date_each([(e, told) for e, told, _ in entries]))


def week_days(floats: list[tuple[int | None, str, str]], own: set[dt.date],
              window: dict[str, tuple[dt.date, dt.date]]) -> dict[int, dt.date]:
    """The day of each sentence dated by its weekday alone that the story's calendar pins down.

    An article's weekdays all lie in the week before it was written (its "mercredi" is the
    last Wednesday). Which week that is, the days the story names tell (the dated
    sentences of all its articles, in the article's window): the weeks that hold the most of
    them on the weekdays the article tells. A weekday is placed only when every such week
    puts it on the same day; "hier" (no weekday) never is.
    """
    by_article: dict[str, list[int]] = {}
    for m, (weekday, _, aid) in enumerate(floats):
        if weekday is not None:
            by_article.setdefault(aid, []).append(m)
    out: dict[int, dt.date] = {}
    for aid, rows in by_article.items():
        lo, hi = window[aid]
        named = [d for d in own if lo <= d <= hi]
        weekdays = [floats[m][0] for m in rows]

        def support(last: dt.date) -> int:
            return sum(any(d.weekday() == w and (last - d).days < 7 for d in named if d <= last) for w in weekdays)

        weeks = {d + dt.timedelta(days=k) for d in named for k in range(7)
                 if d + dt.timedelta(days=k) <= hi} if named else set()
        scored = [(support(last), last) for last in weeks]
        top = max((n for n, _ in scored), default=0)
        best = [last for n, last in scored if n == top] if top else []
        for m in rows:
            placed = {_last_weekday(last, floats[m][0]) for last in best}
            if len(placed) == 1:
                out[m] = placed.pop()
    return out


def _last_weekday(last: dt.date, weekday: int) -> dt.date:
    """The day of ``weekday`` in the seven days that end on ``last``."""
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _background(first: dt.date | None, value: str, s: TimelineSettings = T) -> bool:
    return bool(first and (first - _start_of(value)).days > s.background_days)


def _join_months(entries: list, same_event) -> None:
    """An entry dated by its month alone that tells the event of a day entry of that month
    joins it, so that the event is one entry at its precise day ("reçue par le pape en
    février dernier" and "le 6 février 2008, recevant sa mère"); the day's sentence tells it."""
    days = [k for k, (e, _, _) in enumerate(entries) if len(e.date) == 10]
    gone = set()
    for k, (entry, told, g) in enumerate(entries):
        if len(entry.date) != 7:
            continue
        into = [d for d in days if entries[d][0].date[:7] == entry.date
                and any(same_event(i, j) for i in g for j in entries[d][2])]
        if len(into) != 1:                  # none, or several days it may tell: it stays a month
            continue
        day, day_told, day_g = entries[into[0]]
        entries[into[0]] = (dataclasses.replace(day, articles=tuple(sorted(set(day.articles) | set(entry.articles)))),
                            day_told | told, day_g + g)
        gone.add(k)
    entries[:] = [e for k, e in enumerate(entries) if k not in gone]


def _attach_floating(entries: list, floats: list[tuple[int | None, str, str]], rows: list[int], alike,
                     window: dict[str, tuple[dt.date, dt.date]], s: TimelineSettings = T) -> None:
    """Sentences dated by a weekday that several days of the story fall on (or one that
    tells none of its events), or by "hier", join the most alike entry of a day they fit (more likeness for "hier", which has no
    weekday to check); they make no entry of their own. The weekdays of one article all
    lie in the week before it was written: an attachment more than six days from the
    article's surest one is dropped."""
    days = [(k, _start_of(e.date)) for k, (e, _, _) in enumerate(entries) if len(e.date) == 10 and not e.background]
    if not days:
        return
    chosen: dict[str, list[tuple[float, int, int]]] = {}
    for m, (weekday, sentence, aid) in enumerate(floats):
        bar = s.float_same if weekday is not None else s.float_same_no_weekday
        best = None
        lo, hi = window[aid]
        for k, day in days:
            if weekday is not None and day.weekday() != weekday or not lo <= day <= hi:
                continue
            score = max(alike(rows[m], i) for i in entries[k][2])
            if score >= bar and (best is None or score > best[0]):
                best = (score, k, m)
        if best:
            chosen.setdefault(aid, []).append(best)
    for aid, picks in chosen.items():
        surest = _start_of(entries[max(picks)[1]][0].date)
        for score, k, m in picks:
            entry, told, g = entries[k]
            if abs((_start_of(entry.date) - surest).days) > 6:
                continue
            told.add((aid, floats[m][1]))
            entries[k] = (dataclasses.replace(entry, articles=tuple(sorted(set(entry.articles) | {aid}))), told, g)


def _one_date_each(entries: list[tuple[TimelineEntry, set]]) -> list[TimelineEntry]:
    """No sentence under two dates: a sentence naming two days ("libérée mercredi 2 juillet, elle
    est arrivée vendredi 4 juillet") stays in the entry that most articles tell (ties: the later
    day, the one its main clause usually tells); an entry left with no sentence goes."""
    home: dict[tuple[str, str], int] = {}
    for k, (entry, told) in enumerate(entries):
        for key in told:
            best = home.get(key)
            if best is None or (len(entry.articles), entry.date) > (len(entries[best][0].articles), entries[best][0].date):
                home[key] = k
    out = []
    for k, (entry, told) in enumerate(entries):
        kept = {key for key in told if home[key] == k}
        if not kept:
            continue
        articles = tuple(sorted({a for a, _ in kept}))
        sentences = {sent for _, sent in kept}
        text = entry.text if entry.text in sentences else min(sentences, key=lambda x: (len(x), x))
        out.append(dataclasses.replace(entry, text=text, articles=articles))
    out.sort(key=lambda e: (e.date, -len(e.articles), e.text))
    return out


# ---------------------------------------------------------------- story dates



def _day_of(article: Article) -> dt.date | None:
    return parse_dct(article.published.value)


def date_from_story(article: Article, dated: list[Article], encode, s: TimelineSettings = T) -> Published | None:
    """The publication day of an undated article, from the dated articles of its story."""
    if not dated:
        return None
    own = lead_sentences(article)
    if not own:
        return None
    best, best_score = None, 0.0
    mine = encode(own) if encode else None
    for other in dated:
        theirs = lead_sentences(other)
        if not theirs:
            continue
        if mine is not None and mine.shape[1]:
            score = float(np.max(mine @ encode(theirs).T))
        else:
            score = max(len(_words(a) & _words(b)) / (len(_words(a) | _words(b)) or 1) for a in own for b in theirs)
        if score > best_score:
            best, best_score = other, score
    if best is None or best_score < s.story_date_likeness:
        return None                     # not shown to tell the same event: its day is not this one's
    day = _day_of(best)
    c = cues(article.language)
    weekday = c.this_weekday.search(article.text.replace("’", "'")) if c is not None else None
    if weekday and weekday.group(1):
        wanted = c.weekday_names.index(weekday.group(1).lower())
        shift = min(range(-3, 4), key=lambda d: (abs(d) if (day + dt.timedelta(days=d)).weekday() == wanted else 99))
        if (day + dt.timedelta(days=shift)).weekday() == wanted:
            day = day + dt.timedelta(days=shift)
    confidence = round(min(best.published.confidence or 1.0, best_score), 2)
    return Published(value=day.isoformat(), basis="story",
                     evidence=f"the same event as {best.input} (published {best.published.value}; leads alike "
                     f"{best_score:.2f})", inferred=True, confidence=confidence)


def lead_sentences(article: Article, n: int = 4) -> list[str]:
    text = article.text
    return [text[a:b].strip() for a, b in sentences(article)[:n] if b - a > 30]


def redate(members: list[Article], encode, retag, s: TimelineSettings = T) -> list[Article]:
    """The story's articles, the undated ones dated from the others (and re-tagged)."""
    # only a date stated by the page or read with confidence passes to other articles
    dated = [a for a in members if _day_of(a) and a.published.basis != "story"
             and (not a.published.inferred or (a.published.confidence or 0.0) >= s.story_date_from)]
    out = []
    for a in members:
        if _day_of(a) is None:
            found = date_from_story(a, dated, encode, s)
            if found:
                a = retag(dataclasses.replace(a, published=found))
        out.append(a)
    return out
