"""Who cites whom: a story's sources graph.

Each article's outlet points to every source the article attributes
information to (``Article.cites``); a chain of reports ("l'AFP citant le
ministère", ``Quote.via``) adds an edge from the relaying source to the one it
relays. Edges are merged across articles and list the articles that show them.
"""
from __future__ import annotations

from ..records import Article, Citation, Story
from ..text import fold


def outlet_of(article: Article) -> str:
    return article.outlet or article.id


def build(story: Story, members: list[Article]) -> tuple[Citation, ...]:
    edges: dict[tuple[str, str, str], list[str]] = {}
    names: dict[str, str] = {}

    def name(text: str) -> str:
        return names.setdefault(fold(text).strip(), text.strip())

    for a in members:
        by = name(outlet_of(a))
        for source in a.cites:
            if fold(source) != fold(by):
                edges.setdefault((by, name(source), "cites"), []).append(a.id)
        for q in a.quotes:
            chain = [name(v) for v in q.via] + ([name(q.speaker)] if q.speaker else [])
            for relay, source in zip(chain, chain[1:]):
                edges.setdefault((relay, source, "relays"), []).append(a.id)
    out = [Citation(by=by, source=source, articles=tuple(dict.fromkeys(arts)), kind=kind) for (by, source, kind), arts in edges.items()]
    out.sort(key=lambda c: (-len(c.articles), c.kind, c.by, c.source))
    return tuple(out)
