"""Language tables for reading an article. ``vocab(lang)`` returns the table
of a language; an extractor asks it for words, never hard-codes them."""
from __future__ import annotations

import importlib
import re
from types import ModuleType

LANGUAGES = ("fr",)


def vocab(lang: str | None) -> ModuleType | None:
    """The table of ``lang``, or None when recoupe cannot read that language yet."""
    if (lang or "fr") not in LANGUAGES:
        return None
    return importlib.import_module(f"{__name__}.{lang or 'fr'}")


def alternation(words) -> str:
    """A regular-expression alternation of ``words``, escaped, longest first
    (so "près de" is tried before "près")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
