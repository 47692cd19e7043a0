"""Clean an HTML page: trafilatura finds the main text and the metadata.

Every visible block that trafilatura leaves out is still accounted for: it
is listed as removed, with the specific reason when a furniture rule knows
it (cookie banner, copyright...) and "outside main text" otherwise. The
date stamps and bylines printed outside the main text are read as metadata.
"""
from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from datetime import date

import lxml.html
import trafilatura
from lxml import etree

from ..records import Removal
from .dates import header_date
from .rules import Rules, is_sentence, n_words, norm
from .text import Cleaned, clean_text

BLOCKS = {
    "p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "li", "ul", "ol",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "caption", "table", "tr",
    "td", "th", "dt", "dd", "dl", "form", "label", "button", "pre", "address", "br", "hr", "option",
}
INVISIBLE = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object", "select")
_PARSER = lxml.html.HTMLParser(huge_tree=True)     # libxml2's huge mode: 2,048 levels, not 255


@dataclass
class HtmlMeta:
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None


class _Flat(HTMLParser):
    """The visible text of a page by the standard library's parser, which keeps no tree and so
    has no depth limit (libxml2 drops what lies deeper than 255 elements, 2,048 in huge mode)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def flat_lines(html: str) -> list[str]:
    parser = _Flat()
    parser.feed(html)
    parser.close()
    return [" ".join(line.split()) for line in "".join(parser.parts).splitlines() if line.strip()]


def visible_lines(html: str) -> list[str]:
    """The page's visible text, one line per block element, markup errors tolerated."""
    try:
        root = lxml.html.fromstring(html, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return [line.strip() for line in html.splitlines() if line.strip()]
    for bad in root.xpath("|".join(f"//{t}" for t in INVISIBLE)):
        if bad.getparent() is not None:
            bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCKS:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() != "br":
                el.text = "\n" + (el.text or "")
    text = root.text_content()
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def clean_html(html: str, *, url: str | None, rules: Rules, min_repeat_chars: int = 30,
               today: date | None = None) -> tuple[Cleaned, HtmlMeta]:
    doc = None
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_recall=True, date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura gives up on some broken markup: fall back to the visible text
        doc = None
    lines = visible_lines(html)
    main_text = getattr(doc, "text", None) if doc is not None else None
    if not main_text or not main_text.strip():
        # no main text found: the page's visible lines, read without a tree when the tree lost
        # text (markup nested deeper than lxml goes)
        flat = flat_lines(html)
        deep = sum(map(len, flat)) > 2 * sum(map(len, lines)) + 100
        cleaned = clean_text("\n".join(flat if deep else lines), rules=rules, min_repeat_chars=min_repeat_chars,
                             today=today)
        if deep:
            cleaned.removed.append(Removal(text="(the page's markup: nested deeper than a tree parser goes; "
                                                "its text was read without its structure)", reason="markup too deep"))
        return cleaned, HtmlMeta()

    cleaned = clean_text(main_text, rules=rules, min_repeat_chars=min_repeat_chars, today=today,
                         url_hint=url or getattr(doc, "url", None))
    inside = norm(main_text)
    standfirst = _standfirst(lines, inside, doc.title, rules)
    if standfirst:
        cleaned.paragraphs[:0] = standfirst
        inside = norm("\n".join(standfirst)) + "\n" + inside
    outside = [line for line in lines if norm(line) not in inside]
    around = clean_text("\n".join(outside), rules=rules, min_repeat_chars=min_repeat_chars, today=today)
    why = {r.text: r for r in around.removed}
    for line in outside:
        known = why.get(line)
        cleaned.removed.append(known or Removal(text=line, reason="outside main text"))

    found = cleaned.found
    for name in ("author", "url", "published", "published_evidence", "updated", "updated_evidence"):
        if getattr(found, name) is None:
            setattr(found, name, getattr(around.found, name))
    found.outlets.extend(around.found.outlets)
    if found.title is None:
        found.title = around.found.title

    meta = HtmlMeta(
        title=_clean(doc.title),
        author=_clean(doc.author),
        outlet=_clean(doc.sitename),
        url=_clean(doc.url),
        published=_clean(doc.date),
    )
    return cleaned, meta


def _standfirst(lines: list[str], inside: str, title: str | None, rules: Rules) -> list[str]:
    """The standfirst (chapô) that trafilatura leaves out: sentences between
    the headline and the first line of the main text that no rule calls furniture."""
    first_main = next((i for i, line in enumerate(lines) if len(line) > 40 and norm(line) in inside), None)
    if first_main is None or not title:
        return []
    title_at = next((i for i, line in enumerate(lines[:first_main]) if norm(line) == norm(title)), None)
    if title_at is None:
        return []
    out = []
    for line in lines[title_at + 1:first_main]:
        if norm(line) in inside or n_words(line) < 10 or not is_sentence(line):
            continue
        if rules.furniture(line) or rules.byline(line) or header_date(line) or rules.credited(line) or rules.caption(line):
            continue
        out.append(line)
    return out


def _clean(value) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None
