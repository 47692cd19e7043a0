"""One frozen settings object; every tunable default lives here, with why."""
from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Settings:
    # A single article file (.txt/.html/.htm), a JSONL line or a WARC record
    # larger than this is skipped: the longest news articles are ~200 KB of
    # HTML; 20 MB leaves room for pages with inline images or scripts while a
    # 50 MB "article" is a dump or a mistake. Containers (.jsonl, .warc) are
    # streamed and have no overall limit.
    max_document_mb: float = 20.0

    # Languages the detector chooses among (ISO 639-1). A short list keeps
    # lingua fast and memory-light; add codes here to detect more.
    languages: tuple[str, ...] = (
        "fr", "en", "de", "es", "it", "pt", "nl", "ru", "uk", "ar", "tr", "pl",
        "ro", "ca", "hy", "az", "vi", "zh", "ja", "fa",
    )
    # Below this many letters a text is too short to tell its language.
    min_letters_for_language: int = 20

    # Repeated-paragraph detection ignores paragraphs shorter than this many
    # characters: short lines ("Oui.", "Non.") legitimately repeat.
    min_repeat_chars: int = 30

    # Progress bar from this many inputs on.
    progress_from: int = 20

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)


DEFAULT = Settings()
