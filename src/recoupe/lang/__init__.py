"""The languages recoupe reads, one package each, in spaCy's layout: ``lang/fr/`` holds every
French word and pattern fragment the stages use, in one module per stage that needs them
(``reading``: names, quotes, figures, sources; ``times``: the date tagger's words). A stage asks
for its table (``vocab(lang)``, ``times_table(lang)``) and never hard-codes a word. A language
with no package here is read with what is language-neutral (docs/adding-a-language.md).
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache
from types import ModuleType
from typing import NamedTuple

LANGUAGES = ("fr",)                         # the languages with every table (reading, times, clean)
# The language assumed for a text whose language is not known: one too short to tell
# (``Settings.min_letters_for_language``) or built by hand without one. Every stage falls back to
# this one name, never to a language written in its own code.
ASSUMED = "fr"


class TimeRule(NamedTuple):
    """One row of a language's date tagger (``lang/<code>/times.py`` ``RULES``): a pattern with
    {FRAGMENT} placeholders, the priority that settles two expressions of the same extent, the
    guard that accepts a match (``annotate/times/rules.py``) and the resolver that gives its
    value (``annotate/times/resolver.py``; by default the rule's name)."""

    name: str
    pattern: str
    priority: int = 0
    guard: str = "whole"
    resolve: str | None = None


_CODE = re.compile(r"[a-z]{2,3}")


@lru_cache(maxsize=None)
def table(lang: str | None, part: str) -> ModuleType | None:
    """The table ``part`` ("reading", "times", "clean") of ``lang`` (``lang/<code>/<part>.py``), or
    None when recoupe has none: a language may have some tables and not others (cleaning words
    before a date tagger)."""
    lang = lang or ASSUMED
    if not _CODE.fullmatch(lang):          # a code from the input, never a path
        return None
    try:
        return importlib.import_module(f"{__name__}.{lang}.{part}")
    except ModuleNotFoundError as err:
        if err.name in (f"{__name__}.{lang}", f"{__name__}.{lang}.{part}"):
            return None
        raise


def every(part: str) -> list[ModuleType]:
    """The table ``part`` of every language recoupe has one for (page furniture is read in all of
    them: a site's menus need not be in its article's language)."""
    import pkgutil

    codes = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg)
    return [t for t in (table(code, part) for code in codes) if t is not None]


def vocab(lang: str | None) -> ModuleType | None:
    """The reading table of ``lang``, or None when recoupe cannot read that language yet."""
    return table(lang, "reading")


def times_table(lang: str | None) -> ModuleType | None:
    """The date tagger's table of ``lang``, or None."""
    return table(lang, "times")


def alternation(words) -> str:
    """A regular-expression alternation of ``words``, escaped, longest first
    (so "près de" is tried before "près")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
