"""group: articles -> stories (entities across articles, copies, stories,
dates from the story, timelines)."""
from __future__ import annotations

import dataclasses

from ..pipeline.stage import Stage
from ..records import Dossier, Story
from ..settings import DEFAULT, Settings
from .copies import find_copies, independent_sources
from .embed import embedder
from .entities import LinkEntities
from .stories import group, lead, story_id, story_title
from .timeline import build, redate


class GroupStories(Stage):
    """Copies between articles, and articles grouped into stories."""

    name = "stories"
    requires = ("article.terms", "article.mentions.entity")
    provides = ("dossier.stories", "story.copies", "story.sources")
    scope = "corpus"

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings

    def run(self, dossier: Dossier) -> Dossier:
        articles = list(dossier.articles)
        if not articles:
            return dossier
        copies = find_copies(articles)
        s = self.settings.grouping
        vectors = embedder(self.settings.embedder).encode([lead(a, s.lead_words) for a in articles])
        by_id = {a.id: a for a in articles}
        stories = []
        for ids in group(articles, vectors, copies, s):
            members = [by_id[i] for i in ids]
            inside = [c for c in copies if set(c.articles) <= set(ids)]
            stories.append(Story(story_id(ids), story_title(members), tuple(ids),
                                 tuple(independent_sources(ids, inside)), copies=tuple(inside)))
        stories.sort(key=lambda st: (-len(st.articles), st.id))
        return dataclasses.replace(dossier, stories=tuple(stories))


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
