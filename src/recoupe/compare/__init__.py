"""compare: story -> claims, quote groups, framing, sources graph, summary.

One corpus stage each; every stage works story by story on the articles of
the story and writes one field of ``Story``.
"""
from __future__ import annotations

import dataclasses

from ..models import embedder
from ..pipeline.stage import Stage, each_story
from ..records import Article, Dossier
from ..settings import DEFAULT, Settings
from . import claims, framing, quotes, sources, summary


class _PerStory(Stage):
    scope = "corpus"
    field = ""

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings

    def story_value(self, story, members, dossier):
        raise NotImplementedError

    @property
    def encode(self):
        """Sentence vectors (computed once per sentence, most by the vectors stage)."""
        return embedder(self.settings.embedder).encode

    def run(self, dossier: Dossier) -> Dossier:
        by_id = {a.id: a for a in dossier.articles}
        return each_story(self, dossier, lambda s: dataclasses.replace(s, **{self.field: self.story_value(
            s, [by_id[i] for i in s.articles if i in by_id], dossier)}))


class Claims(_PerStory):
    """Figures that count the same thing, aligned across articles: agreed, contested or single."""

    name = "claims"
    requires = ("dossier.stories", "story.sources", "article.quantities", "article.times", "article.mentions")
    provides = ("story.claims",)
    field = "claims"

    @staticmethod
    def vector_texts(article: Article, settings: Settings) -> list[str]:
        return claims.figure_texts(article)

    def story_value(self, story, members, dossier):
        return claims.build(story, members, self.encode, self.settings.compare)


class QuoteGroups(_PerStory):
    """The same statement as several articles quote it."""

    name = "quote_groups"
    requires = ("dossier.stories", "article.quotes")
    provides = ("story.quote_groups",)
    field = "quote_groups"

    @staticmethod
    def vector_texts(article: Article, settings: Settings) -> list[str]:
        return [q.text for q in quotes.compared(article)]

    def story_value(self, story, members, dossier):
        return quotes.build(story, members, self.encode, self.settings.compare)


class Framing(_PerStory):
    """Each article's distinctive terms (log-odds, informative Dirichlet prior) and naming choices."""

    name = "framing"
    requires = ("dossier.stories", "story.sources", "article.phrases", "article.mentions.entity")
    provides = ("story.framing",)
    field = "framing"

    def run(self, dossier: Dossier) -> Dossier:
        self._background = {}               # the run's word families, once per language, not per story
        return super().run(dossier)

    def story_value(self, story, members, dossier):
        lang = framing.story_language(members)
        if lang not in self._background:
            self._background[lang] = framing.background(dossier, lang)
        return framing.build(story, members, dossier, self._background[lang], self.settings.compare)


class Citations(_PerStory):
    """Who cites whom in the story: outlets, agencies, officials."""

    name = "citations"
    requires = ("dossier.stories", "article.cites", "article.quotes")
    provides = ("story.citations",)
    field = "citations"

    def story_value(self, story, members, dossier):
        return sources.build(story, members)


class Summarize(_PerStory):
    """An extractive summary whose every sentence cites the articles that say it."""

    name = "summary"
    requires = ("dossier.stories", "story.sources", "story.claims", "story.quote_groups",
                "article.times")
    provides = ("story.summary",)
    field = "summary"

    @staticmethod
    def vector_texts(article: Article, settings: Settings) -> list[str]:
        return [s.text for s in summary.eligible(article)]

    def story_value(self, story, members, dossier):
        return summary.build(story, members, story.claims, self.encode, budget=self.settings.summary_words)


__all__ = ["Claims", "QuoteGroups", "Framing", "Citations", "Summarize"]
