"""The date tagger's pattern fragments, built from a language's table, and what a pattern needs.

A rule's pattern (``lang/<code>/times.py`` ``RULES``) is written with {NAME} placeholders:
``fragments(table)`` gives each its regular expression from the table's words (MONTH from
``MONTHS``, WD from ``WEEKDAYS``, ...), and ``expand`` puts them in. ``needs`` reads a compiled
pattern and returns literal strings one of which every match contains, so that a paragraph
holding none of them is not scanned: the tagger's speed, derived rather than written by hand.
"""
from __future__ import annotations

import re
from types import ModuleType

try:                                      # the standard library's own regular-expression parser
    from re import _constants as _c, _parser as _sre
except ImportError:                       # Python < 3.11
    import sre_constants as _c            # type: ignore[no-redef]
    import sre_parse as _sre              # type: ignore[no-redef]

from ...lang import alternation

NUM = r"\d+(?:[.,]\d+)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
Y2 = r"\d\d(?=\s*[,.;:)]|\s*$)"          # a two-digit year closing a clause ("le 3 mai 98.")
START = r"(?<![\w-])"
STOP = r"(?![\w])"
DIGIT = "digit"                           # in ``needs``: any digit

_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def fragments(t: ModuleType) -> dict[str, str]:
    """Each placeholder's regular expression, from the table ``t``."""
    full = [m for m in t.MONTHS if m not in t.MONTH_ABBREVIATIONS]
    number = alternation(t.NUMBER_WORDS)
    join = re.escape(t.NUMBER_JOIN)
    last, next_ = alternation(t.LAST), alternation(t.NEXT)
    return {
        "MONTH": rf"(?:{alternation(full)}|(?:{alternation(t.MONTH_ABBREVIATIONS)})\.)",
        "BARE_MONTH": alternation(full),
        "WD": alternation(t.WEEKDAYS),
        "WD_PLURAL": alternation(t.WEEKDAY_PLURALS),
        "NUMW": rf"(?:(?:{number})(?:(?:-|\s)(?:{join}(?:-|\s))?(?:{number}))*)",
        "NUM": NUM,
        "YEAR": YEAR,
        "Y2": Y2,
        "DAY": rf"(?:{alternation(t.FIRST)}|3[01]|[12]\d|0?[1-9])",
        "LAST": last,
        "NEXT": next_,
        "REL": rf"(?:{last}|{next_}|{alternation(t.FOLLOWING)}|{alternation(t.PRECEDING)})",
        "PART": rf"(?:{alternation(t.PART_PHRASES)})",
        "UNIT": alternation(u for u, v in t.UNITS.items() if v),
        "VAGUE": alternation(t.VAGUE),
        "ROUND": alternation(t.ROUND),
        "MODS": alternation(t.DURATION_MODS),
        "DEICTIC": alternation(t.DEICTIC_DAYS),
        "ANAPHORIC": alternation(t.ANAPHORIC_DAYS),
        "HOLIDAY": alternation(t.HOLIDAYS),
        "NIGHT_OF": alternation(t.NIGHT_OF),
        "PERIOD": alternation(t.PERIODS),
        "SEASON": alternation(t.SEASONS),
        "ORDINAL": alternation(t.ORDINALS),
        "REF": alternation(t.PRESENT + t.PAST + t.FUTURE),
        "NOON": alternation(t.NOON),
        "DURATION_PHRASE": alternation(t.DURATION_PHRASES),
        "DURATION_WORD": alternation(t.DURATION_WORDS),
        "WHOLE_PERIOD": alternation(t.WHOLE_PERIODS),
        "SET_ADJECTIVE": alternation(k for k in t.SET_ADJECTIVES if k not in t.DAILY),
    }


def expand(template: str, frags: dict[str, str]) -> str:
    """``template`` with each {NAME} replaced by its fragment; an unknown name is an error
    that names it (a typo in a language's table)."""
    def one(m: re.Match) -> str:
        if m.group(1) not in frags:
            raise KeyError(f"unknown fragment {{{m.group(1)}}} in a date rule; known: {', '.join(sorted(frags))}")
        return frags[m.group(1)]
    return _PLACEHOLDER.sub(one, template)


def compile_rule(template: str, frags: dict[str, str]) -> re.Pattern:
    """A rule's pattern, matched case-insensitively between word bounds."""
    return re.compile(START + expand(template, frags) + STOP, re.I)


# ------------------------------------------------------------------ what a match contains

def needs(pattern: re.Pattern) -> tuple[str, ...]:
    """Lower-case strings one of which every match of ``pattern`` contains (``DIGIT`` for any
    digit), or () when no such set is found (the rule is then tried on every paragraph)."""
    found = _sequence(_sre.parse(pattern.pattern, pattern.flags))
    return tuple(sorted(found)) if found else ()


def _sequence(items) -> frozenset[str] | None:
    """Of the parts a sequence must match, the most selective one's strings."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av).lower()
            continue
        if run:
            options.append(frozenset([run]))
            run = ""
        need = _node(op, av)
        if need:
            options.append(need)
    if run:
        options.append(frozenset([run]))
    return max(options, key=_selectivity) if options else None


def _selectivity(strings: frozenset[str]) -> tuple[int, int]:
    """Longer strings are rarer; a bare digit is the commonest of all."""
    shortest = min(0 if s == DIGIT else len(s) for s in strings)
    return shortest, -len(strings)


def _node(op, av) -> frozenset[str] | None:
    if op is _c.SUBPATTERN:
        return _sequence(av[-1])
    if op is _c.BRANCH:
        parts = [_sequence(branch) for branch in av[1]]
        return None if any(p is None for p in parts) else frozenset().union(*parts)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, inner = av
        return _sequence(inner) if low > 0 else None
    if op is _c.IN:
        return _char_set(av)
    if op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
        return frozenset([DIGIT])
    return None                           # a look-around, a class of letters or spaces, any character


def _char_set(items) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av).lower())
        elif op is _c.RANGE and av[1] - av[0] <= 10:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars.add(DIGIT)
        else:
            return None
    if any(c.isdigit() for c in chars):   # "[0-9]", "[12]": any digit will do
        chars = {c for c in chars if not c.isdigit()} | {DIGIT}
    return frozenset(chars) or None
