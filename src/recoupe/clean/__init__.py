"""clean: page -> article (body paragraphs, removed lines with reasons, metadata)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..text import host
from ..pipeline.stage import Skip, Stage
from ..records import Article, Page, Published, Removal
from ..settings import DEFAULT, Settings
from .dates import find_date, url_date
from .rules import REASONS, Rules, norm
from .text import Cleaned, clean_text


class Clean(Stage):
    """Remove page furniture and turn metadata lines into fields.

    Metadata the input states (JSONL fields) is used as it is; HTML metadata
    (trafilatura) comes next; then what the page's own lines say; then the URL.
    """

    name = "clean"
    requires = ("page",)
    provides = ("article", "article.paragraphs", "article.removed", "article.title", "article.author",
                "article.outlet", "article.url", "article.published")

    def __init__(self, settings: Settings = DEFAULT, *, today: dt.date | None = None):
        self.settings = settings
        self.today = today
        self._rules: dict[str | None, Rules] | None = None  # compiled per language, on first use
        self._detect = None

    def rules(self, lang: str | None) -> Rules:
        """The furniture rules of ``lang``; a language with no table gets none (``NoFurniture``)."""
        if self._rules is None:
            self._rules = {}
        if lang not in self._rules:
            self._rules[lang] = Rules(lang)
        return self._rules[lang]

    def process(self, page: Page) -> Article:
        if page.language is None:          # a page not through the language stage: told here
            from ..annotate.language import DetectLanguage

            if self._detect is None:
                self._detect = DetectLanguage(self.settings)
            page = dataclasses.replace(page, language=self._detect.of_page(page))
        rules = self.rules(page.language)
        meta = None
        if page.kind == "html":
            from .html import clean_html

            cleaned, meta = clean_html(page.html or "", url=page.url, rules=rules,
                                       min_repeat_chars=self.settings.min_repeat_chars, today=self.today)
        else:
            cleaned = clean_text(page.text or "", rules=rules, url_hint=page.url,
                                 min_repeat_chars=self.settings.min_repeat_chars, today=self.today)
        found = cleaned.found
        title = page.title or (meta and meta.title) or found.title
        paragraphs, removed = _drop_title(cleaned, title)
        paragraphs = [piece for p in paragraphs for piece in bounded(p, self.settings.max_paragraph_chars)]
        length = sum(len(p) + 1 for p in paragraphs)
        if length > self.settings.max_article_chars:
            raise Skip(f"{page.input}: {length:,} characters of text after cleaning, over the "
                       f"{self.settings.max_article_chars:,} an article may have (Settings.max_article_chars); "
                       f"split it into articles, or raise the limit", code="too-long")
        if not paragraphs:
            kinds = sorted({r.reason for r in removed})
            raise Skip(f"{page.input}: empty after cleaning ({len(removed)} line(s) removed as "
                       f"{', '.join(kinds) or 'nothing'}); no article text left", code="empty-after-cleaning")
        url = page.url or (meta and meta.url) or found.url
        outlet = page.outlet or (meta and meta.outlet) or found.outlet() or host(url)
        return Article(
            id=page.id,
            input=page.input,
            paragraphs=tuple(paragraphs),
            removed=tuple(removed),
            url=url,
            outlet=outlet,
            author=page.author or (meta and meta.author) or found.author,
            title=title,
            language=page.language,
            published=self._published(page, meta, cleaned, url),
            encoding=page.encoding,
            repaired=page.repaired,
            replaced=page.replaced,
            ref=page.ref,
        )

    def _published(self, page: Page, meta, cleaned: Cleaned, url: str | None) -> Published:
        if page.published:
            return Published(value=_iso(page.published), basis="metadata", evidence=page.published)
        if meta and meta.published:
            return Published(value=_iso(meta.published), basis="metadata", evidence=meta.published)
        found = cleaned.found
        if found.published:
            return Published(value=found.published.isoformat(), basis="text", evidence=found.published_evidence)
        from_url = url_date(url, today=self.today) if url else None
        if from_url:
            return Published(value=from_url.isoformat(), basis="url", evidence=url)
        if found.updated:
            return Published(value=found.updated.isoformat(), basis="text", evidence=found.updated_evidence)
        return Published()


def _drop_title(cleaned: Cleaned, title: str | None) -> tuple[list[str], list[Removal]]:
    """The headline printed again as a body paragraph is removed (kept once, as the title)."""
    if not title:
        return list(cleaned.paragraphs), list(cleaned.removed)
    key = norm(title)
    paragraphs, removed = [], list(cleaned.removed)
    for p in cleaned.paragraphs:
        if norm(p) == key:
            removed.append(Removal(text=p, reason="headline repeated"))
        else:
            paragraphs.append(p)
    return paragraphs, removed


_SENTENCE_END = re.compile(r"[.!?…»\"]\s+(?=\S)")


def bounded(paragraph: str, limit: int) -> list[str]:
    """``paragraph`` cut into pieces of at most ``limit`` characters: after the last sentence
    end that keeps a piece within the limit, else at the last space, else anywhere."""
    pieces = []
    while len(paragraph) > limit:
        window = paragraph[:limit + 1]
        ends = [m.end() for m in _SENTENCE_END.finditer(window) if m.end() <= limit]
        cut = ends[-1] if ends and ends[-1] > limit // 4 else (window.rfind(" ") + 1 or limit)
        if cut <= limit // 4:
            cut = limit
        pieces.append(paragraph[:cut].rstrip())
        paragraph = paragraph[cut:].lstrip()
    if paragraph.strip():
        pieces.append(paragraph)
    return pieces


def _iso(value: str) -> str:
    """A stated date as YYYY-MM-DD when it can be read, else as it was given."""
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        found = find_date(text)
        return found[0].isoformat() if found else text


__all__ = ["Clean", "REASONS", "Rules", "clean_text"]
