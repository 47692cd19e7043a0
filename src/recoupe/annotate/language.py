"""The language of each page, detected offline with lingua before the page is cleaned, so that
cleaning, and every stage after it, reads the page with its own language's tables.

A page's furniture is mostly short lines (menus, buttons, banners) and may be in another language
than its article (an English cookie banner on a French site): the sample lingua reads is the
page's longest lines, its prose, not its first characters.
"""
from __future__ import annotations

import dataclasses
import html as html_lib
import re
from functools import lru_cache

from ..pipeline.stage import Stage
from ..records import Page
from ..settings import DEFAULT, Settings


@lru_cache(maxsize=4)
def _detector(codes: tuple[str, ...]):
    """A lingua detector for these languages, built once per process."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = []
    for code in codes:
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is None:
            raise ValueError(f"Settings.languages: unknown ISO 639-1 code {code!r}; "
                             f"use two-letter codes such as 'fr', 'en'")
        languages.append(Language.from_iso_code_639_1(iso))
    return LanguageDetectorBuilder.from_languages(*languages).build()


_CODE_OPEN = re.compile(r"<(script|style|noscript|template|svg)\b", re.I)
_TAG = re.compile(r"<[^>]{0,2000}>")


def _without_code(markup: str) -> str:
    """``markup`` without its scripts and styles: each block cut from its opening tag to its
    closing one (to the end when it has none), in one pass."""
    out, pos = [], 0
    low = markup.lower()
    for m in _CODE_OPEN.finditer(markup):
        if m.start() < pos:
            continue                       # inside a block already cut
        out.append(markup[pos:m.start()])
        close = low.find(f"</{m.group(1).lower()}", m.end())
        if close < 0:
            return "".join(out)
        pos = low.find(">", close)
        pos = len(markup) if pos < 0 else pos + 1
    out.append(markup[pos:])
    return "".join(out)


def page_lines(page: Page) -> list[str]:
    """The lines of a page's text: its markup stripped for HTML (scripts and styles dropped)."""
    if page.html and not page.text:
        text = html_lib.unescape(_TAG.sub("\n", _without_code(page.html)))
    else:
        text = page.text or ""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def sample(lines: list[str], chars: int) -> str:
    """The longest lines, up to ``chars`` characters: a page's prose, not its furniture."""
    out, size = [], 0
    for line in sorted(lines, key=len, reverse=True):
        if size >= chars:
            break
        out.append(line)
        size += len(line) + 1
    return "\n".join(out)[:chars]


class DetectLanguage(Stage):
    """Sets ``page.language`` (ISO 639-1) unless the input stated it, before the page is cleaned."""

    name = "language"
    requires = ("page",)
    provides = ("page.language",)

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings
        self._detector = None

    def setup(self) -> None:
        if self._detector is None:
            self._detector = _detector(tuple(self.settings.languages))

    def detect(self, text: str) -> str | None:
        """The language of a text (its first ``language_sample_chars``), or None when it is too
        short to tell."""
        text = text[:self.settings.language_sample_chars]
        letters = sum(ch.isalpha() for ch in text)
        if letters < self.settings.min_letters_for_language:
            return None
        self.setup()
        found = self._detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else None

    def of_page(self, page: Page) -> str | None:
        if page.language:
            return page.language.lower()[:2]
        return self.detect(sample(page_lines(page), self.settings.language_sample_chars))

    def process(self, page: Page) -> Page:
        return dataclasses.replace(page, language=self.of_page(page))
