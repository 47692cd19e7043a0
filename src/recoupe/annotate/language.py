"""The language of each article, detected offline with lingua."""
from __future__ import annotations

import dataclasses
from functools import lru_cache

from ..pipeline.stage import Stage
from ..records import Article
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


class DetectLanguage(Stage):
    """Sets ``article.language`` (ISO 639-1) unless the input stated it.

    Detection runs on the cleaned body, so a French article framed by an
    English cookie banner is still French.
    """

    name = "language"
    requires = ("article.paragraphs",)
    provides = ("article.language",)

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings
        self._detector = None

    def setup(self) -> None:
        if self._detector is None:
            self._detector = _detector(tuple(self.settings.languages))

    def detect(self, text: str) -> str | None:
        sample = text[:self.settings.language_sample_chars]
        letters = sum(ch.isalpha() for ch in sample)
        if letters < self.settings.min_letters_for_language:
            return None
        self.setup()
        found = self._detector.detect_language_of(sample)
        return found.iso_code_639_1.name.lower() if found else None

    def process(self, article: Article) -> Article:
        if article.language:
            return dataclasses.replace(article, language=article.language.lower()[:2])
        return dataclasses.replace(article, language=self.detect(article.text))
