"""The date tagger's driver: TIMEX3 expressions with resolved values, in two passes over each
paragraph.

Written by hand, in pure Python, because the reference French tagger (HeidelTime) needs Java
and TreeTagger, and dateparser parses a given string but does not find expressions in running
text. The parts, in the order a paragraph meets them:

- ``patterns.py``: the fragments a rule's pattern is written with, built from the language's
  table, and the strings a paragraph must hold for a rule to be tried (derived);
- ``rules.py``: the language's rows (``lang/<code>/times.py`` ``RULES``) compiled, and the
  guards that accept or reject a match;
- ``resolver.py``: each expression's value, read in order against the publication date and the
  narrative time;
- here: *find* (every rule proposes spans; overlaps are settled leftmost-longest) and *tag*
  (sentences in order, the days of a sentence before its clock times).
"""
from __future__ import annotations

import datetime as dt
import re

from ...lang import ASSUMED
from ...text import leftmost_longest
from .patterns import DIGIT
from .resolver import CALENDAR_END, CALENDAR_START, Found, Resolver, Span, safe_date
from .rules import rules_for

__all__ = ["find", "tag", "safe_date", "Found", "Span"]

_APOS = str.maketrans({"’": "'", "‘": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "–": "-", "—": "-"})


def find(text: str, lang: str = ASSUMED) -> list[Span]:
    """Candidate spans of one paragraph, overlaps settled leftmost-longest."""
    rules, cues = rules_for(lang)
    work = text.translate(_APOS)
    low = work.lower()
    has_digit = any(ch.isdigit() for ch in low)
    spans: list[Span] = []
    for rule in rules:
        if rule.keys and not any(has_digit if k == DIGIT else k in low for k in rule.keys):
            continue
        for m in rule.pattern.finditer(work):
            for start, end, groups in rule.guard(m, work, cues) or ():
                # trailing spaces or commas are never part of an expression
                while end > start and work[end - 1] in " ,":
                    end -= 1
                spans.append(Span(start, end, rule.name, groups, rule.priority, rule.resolve))
    return leftmost_longest(spans, key=lambda s: (s.start, -(s.end - s.start), -s.priority))


_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def tag(text: str, dct: dt.date | None, *, paragraphs: list[tuple[int, int]] | None = None,
        lang: str = ASSUMED) -> list[tuple[Found, int]]:
    """Every temporal expression of ``text`` with its value, and its paragraph index.

    ``paragraphs`` are (start, end) offsets; by default each line is one.
    """
    if paragraphs is None:
        paragraphs, pos = [], 0
        for line in text.split("\n"):
            paragraphs.append((pos, pos + len(line)))
            pos += len(line) + 1
    if dct is not None and not (CALENDAR_START <= dct <= CALENDAR_END):
        dct = None                  # a creation day at the calendar's ends anchors nothing
    resolver = Resolver(dct, rules_for(lang)[1])
    out = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        resolver.paragraph()
        chunk = text[p_start:p_end]
        if not chunk.strip():
            continue
        work = chunk.translate(_APOS)
        sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(work)]
        spans = find(chunk, lang)
        for a, b in sentences or [(0, len(work))]:
            inside = [s for s in spans if a <= s.start < b]
            sentence = work[a:b]
            resolver.sentence()
            resolver.sentence_start, resolver.sentence_end = a, b
            # Days first, then the clock times of the sentence, which hang on its day
            # ("Vers 0 h 40, jeudi": the time is Thursday's).
            results, days = {}, []
            for k, s in enumerate(inside):
                if s.resolve != "time":
                    before = resolver.ctx.last_day
                    results[k] = resolver.resolve(s, work, sentence)
                    if resolver.ctx.last_day != before and s.resolve != "duration":
                        days.append((s.start, resolver.ctx.last_day))
            for k, s in enumerate(inside):
                if s.resolve == "time":
                    earlier = [d for pos, d in days if pos < s.start]
                    later = [d for pos, d in days if pos > s.start]
                    resolver.sentence_day = earlier[-1] if earlier else (later[0] if later else None)
                    results[k] = resolver.resolve(s, work, sentence)
            for k in range(len(inside)):
                found = results[k]
                found.start += p_start
                found.end += p_start
                out.append((found, index))
    return out
