"""What each page of the web app shows, as plain data: the HTML page renders it, and its JSON
twin (the same URL ending in ``.json``) returns it as it is. Library calls over a ``Store``;
no web framework here.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

from ..records import Article, Story
from ..render.html import article_labels, site

CONFLICT = ("contested", "disputed")


class BadParameter(ValueError):
    """A query parameter the page cannot use; the message names it and what it takes."""


def _day(value: str, name: str) -> str:
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as err:
        raise BadParameter(f"{name}={value!r}: give a day as YYYY-MM-DD") from err


def outlet_of(a: Article) -> str:
    """An article's outlet as the facets list it: the outlet, else its site."""
    return a.outlet or site(a.url) or ""


def _brief(a: Article, label: str) -> dict:
    return {"id": a.id, "label": label, "title": a.title, "outlet": a.outlet, "site": site(a.url),
            "url": a.url, "published": a.published.value, "language": a.language, "input": a.input}


def index(store, q: str = "", outlet: str = "", since: str = "", until: str = "", language: str = "",
          contested: str = "") -> dict:
    """The stories (and threads) of the store, those that match a search and the facets."""
    since, until = _day(since, "since"), _day(until, "until")
    if contested not in ("", "0", "1", "yes", "no"):
        raise BadParameter(f"contested={contested!r}: give 1 (only stories with a contested figure) or leave it out")
    only_contested = contested in ("1", "yes")
    facts = {i: (o, lang, pub) for i, o, lang, pub in store.facts()}
    matched = set(store.search(q)) if q.strip() else None
    stories, outlets, languages = [], Counter(), Counter()
    for s in store.stories():
        ids = [i for i in s.articles if i in facts]
        if not ids:
            continue
        days = sorted(facts[i][2][:10] for i in ids if facts[i][2])
        conflict = any(c.status in CONFLICT for c in s.claims)
        names = sorted({facts[i][0] for i in ids if facts[i][0]})
        langs = sorted({facts[i][1] for i in ids if facts[i][1]})
        if matched is not None and not matched & set(ids):
            continue
        if outlet and outlet not in names or language and language not in langs:
            continue
        if since and (not days or days[-1] < since) or until and (not days or days[0] > until):
            continue
        if only_contested and not conflict:
            continue
        outlets.update(names)
        languages.update(langs)
        stories.append({"id": s.id, "title": s.title, "articles": len(ids), "outlets": names, "languages": langs,
                        "first": days[0] if days else None, "last": days[-1] if days else None,
                        "contested": conflict, "thread": s.thread})
    stories.sort(key=lambda x: (x["last"] or "", x["articles"], x["id"]), reverse=True)
    shown = {x["id"] for x in stories}
    threads = [{"id": t.id, "title": t.title, "stories": [x for x in t.stories if x in shown]}
               for t in store.threads() if set(t.stories) & shown]
    return {"query": {"q": q, "outlet": outlet, "since": since, "until": until, "language": language,
                      "contested": only_contested},
            "facets": {"outlets": dict(outlets.most_common()), "languages": dict(languages.most_common())},
            "articles_in_store": len(facts), "stories": stories, "threads": threads}


def story(store, story_id: str) -> dict | None:
    found = store.story(story_id)
    if found is None:
        return None
    members = store.members([story_id]).get(story_id, [])
    labels = article_labels(members)
    return {"story": found.to_dict(), "articles": [_brief(a, labels[a.id]) for a in members]}


def article(store, article_id: str) -> dict | None:
    a = store.article(article_id)
    if a is None:
        return None
    sid = store.stories_of([article_id]).get(article_id)
    s = store.story(sid) if sid else None
    label = article_labels(store.members([sid]).get(sid, [a]) if sid else [a]).get(a.id, a.input)
    return {"article": a.to_dict(), "label": label, "outlet": outlet_of(a),
            "story": {"id": s.id, "title": s.title} if s else None}


def outlet(store, name: str) -> dict | None:
    """An outlet's articles, and its framing in each story: the terms that set it apart."""
    ids = [i for i, o, _, _ in store.facts() if o == name]
    arts = store.articles_by_id(ids) if ids else []
    if not arts:
        return None
    of = store.stories_of([a.id for a in arts])
    framing = []
    for sid in sorted(set(of.values())):
        s = store.story(sid)
        if s is None:
            continue
        for f in s.framing:
            if f.article in of and of[f.article] == sid:
                framing.append({"story": sid, "story_title": s.title, "article": f.article,
                                "terms": list(f.terms), "names": [n.to_dict() for n in f.names]})
    return {"outlet": name, "articles": [_brief(a, a.title or a.input) | {"story": of.get(a.id)} for a in arts],
            "framing": framing}


# ------------------------------------------------------------------ exports

EXPORTS = ("claims", "statements", "articles")


def table(store, kind: str) -> tuple[list[str], list[list]]:
    """A sheet a researcher opens in a spreadsheet: its header and rows."""
    if kind not in EXPORTS:
        raise BadParameter(f"export {kind!r}: choose one of {', '.join(EXPORTS)}")
    stories: list[Story] = store.stories()
    members = store.members([s.id for s in stories])
    labels = {}
    for arts in members.values():
        labels.update(article_labels(arts))
    if kind == "articles":
        head = ["id", "outlet", "title", "author", "url", "published", "basis", "language", "words", "story", "input"]
        of = store.stories_of([a.id for arts in members.values() for a in arts])
        rows = [[a.id, labels.get(a.id, outlet_of(a)), a.title or "", a.author or "", a.url or "", a.published.value or "",
                 a.published.basis, a.language or "", len(a.text.split()), of.get(a.id, ""), a.input]
                for arts in members.values() for a in arts]
        return head, rows
    if kind == "claims":
        head = ["story", "story_title", "claim", "subject", "status", "value", "figure", "qualifier", "unit",
                "source", "outlet", "article", "sentence"]
        rows = [[s.id, s.title, c.id, c.subject, c.status, x.value, x.figure, x.qualifier, x.unit or "",
                 x.source or "", labels.get(x.article, x.article), x.article, x.text]
                for s in stories for c in s.claims for x in c.support]
        return head, rows
    head = ["story", "story_title", "speaker", "changed", "note", "outlet", "article", "reported", "text"]
    rows = [[s.id, s.title, g.speaker, g.changed, g.note, labels.get(v.article, v.article), v.article, v.indirect, v.text]
            for s in stories for g in s.quote_groups for v in g.versions]
    return head, rows
