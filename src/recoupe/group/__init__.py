"""group: articles -> stories (entities across articles, copies, stories,
dates from the story, timelines)."""
from __future__ import annotations

import dataclasses
from typing import Protocol

from ..pipeline.stage import Stage
from ..records import Article, Dossier, Story
from ..settings import DEFAULT, Settings
from .copies import find_copies, independent_sources
from .embed import embedder
from .entities import LinkEntities
from .stories import blocking_keys, group, lead, story_id, story_title
from .timeline import build, redate


class Prior(Protocol):
    """Stories an earlier run made (the store): what incremental grouping asks of them."""

    def neighbours(self, keys: list[str], *, exclude: set[str]) -> list[Article]:
        """Stored articles that share one of these blocking keys."""

    def stories_of(self, article_ids: list[str]) -> dict[str, str]:
        """The stored story id of each of these articles."""

    def members(self, story_ids: list[str]) -> dict[str, list[Article]]:
        """The stored articles of each of these stories."""


class GroupStories(Stage):
    """Copies between articles, and articles grouped into stories.

    With ``prior`` (the store of earlier runs), only the stored articles that
    share a rare word or name with the new ones are looked at: the new articles
    join their stories (which keep their ids) or make new ones; the other
    stored stories are not recomputed.
    """

    name = "stories"
    requires = ("article.terms", "article.mentions.entity")
    provides = ("dossier.stories", "story.copies", "story.sources")
    scope = "corpus"

    def __init__(self, settings: Settings = DEFAULT, *, prior: Prior | None = None):
        self.settings = settings
        self.prior = prior

    def run(self, dossier: Dossier) -> Dossier:
        articles = list(dossier.articles)
        if not articles:
            return dossier
        s = self.settings.grouping
        fixed: dict[str, list[str]] = {}
        if self.prior is not None:
            keys = sorted({k for a in articles for k in blocking_keys(a, s)})
            seen = {a.id for a in articles}
            near = self.prior.neighbours(keys, exclude=seen)
            story_of = self.prior.stories_of([a.id for a in near])
            for sid, stored in self.prior.members(sorted(set(story_of.values()))).items():
                for a in stored:
                    if a.id not in seen:
                        articles.append(a)
                        seen.add(a.id)
                fixed[sid] = [a.id for a in stored]
        copies = find_copies(articles)
        vectors = embedder(self.settings.embedder).encode([lead(a, s.lead_words) for a in articles])
        by_id = {a.id: a for a in articles}
        stories = []
        for ids in group(articles, vectors, copies, s, fixed=list(fixed.values())):
            members = [by_id[i] for i in ids]
            inside = [c for c in copies if set(c.articles) <= set(ids)]
            known = sorted(sid for sid, stored in fixed.items() if set(stored) & set(ids))
            sid = known[0] if known else story_id(ids)
            stories.append(Story(sid, story_title(members), tuple(ids),
                                 tuple(independent_sources(ids, inside)), copies=tuple(inside)))
        if fixed:                           # stored stories the new articles did not join stay out of this dossier
            new = {a.id for a in dossier.articles}
            stories = [st for st in stories if set(st.articles) & new]
            keep = {i for st in stories for i in st.articles}
            articles = [a for a in articles if a.id in keep]
        stories.sort(key=lambda st: (-len(st.articles), st.id))
        return dataclasses.replace(dossier, articles=tuple(articles), stories=tuple(stories))


class StoryDates(Stage):
    """An article with no publication day takes the day of the same event in a
    dated article of its story; its dates are then resolved again."""

    name = "story_dates"
    requires = ("dossier.stories", "article.times")
    provides = ("article.published.story",)
    scope = "corpus"

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings

    def run(self, dossier: Dossier) -> Dossier:
        from ..annotate.times import Times

        times = Times()
        encode = embedder(self.settings.embedder).encode
        by_id = {a.id: a for a in dossier.articles}
        for story in dossier.stories:
            for a in redate([by_id[i] for i in story.articles], encode, times.process):
                by_id[a.id] = a
        return dataclasses.replace(dossier, articles=tuple(by_id[a.id] for a in dossier.articles))


class Timeline(Stage):
    """Each story's dated events, merged across the articles that tell them."""

    name = "timeline"
    requires = ("dossier.stories", "article.times")
    provides = ("story.timeline",)
    scope = "corpus"

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings

    def run(self, dossier: Dossier) -> Dossier:
        encode = embedder(self.settings.embedder).encode
        by_id = {a.id: a for a in dossier.articles}
        stories = tuple(dataclasses.replace(s, timeline=build(s, [by_id[i] for i in s.articles], encode))
                        for s in dossier.stories)
        return dataclasses.replace(dossier, stories=stories)


__all__ = ["GroupStories", "LinkEntities", "StoryDates", "Timeline"]
