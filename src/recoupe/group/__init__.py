"""group: articles -> stories (entities across articles, copies, stories,
dates from the story, timelines)."""
from __future__ import annotations

import dataclasses
from typing import Protocol

from ..models import embedder
from ..pipeline.stage import Stage, each_story
from ..records import Article, Dossier, Story, Thread
from ..settings import DEFAULT, Settings
from .copies import find_copies, independent_sources
from .entities import LinkEntities
from .calendar import resolve, thread_calendar
from .stories import blocking_keys, event_day, group, lead, split, story_id, story_title, thread_id
from .timeline import build, candidates, floating, lead_sentences, redate


class Prior(Protocol):
    """Threads and stories an earlier run made (the store): what incremental grouping asks of them."""

    def neighbours(self, keys: list[str], *, exclude: set[str]) -> list[Article]:
        """Stored articles that share one of these blocking keys."""

    def threads_of(self, article_ids: list[str]) -> dict[str, str]:
        """The stored thread id of each of these articles."""

    def thread_members(self, thread_ids: list[str]) -> dict[str, list[Article]]:
        """The stored articles of each of these threads."""

    def stories_of(self, article_ids: list[str]) -> dict[str, str]:
        """The stored story id of each of these articles."""


class GroupStories(Stage):
    """Copies between articles, articles grouped into threads (one topic over time), each
    thread's calendar (the year of the dates its articles write without one), and each
    thread split into stories (one event each).

    With ``prior`` (the store of earlier runs), only the stored articles that
    share a rare word or name with the new ones are looked at: the new articles
    join their threads (which keep their ids) or make new ones; the stories of a
    thread they join are made again, a stored story keeping its id when it keeps
    one of its articles; other stored threads are not recomputed.
    """

    name = "stories"
    requires = ("article.terms", "article.mentions.entity", "article.times", "article.published")
    provides = ("dossier.stories", "dossier.threads", "story.copies", "story.sources", "article.times")
    scope = "corpus"

    def __init__(self, settings: Settings = DEFAULT, *, prior: Prior | None = None):
        self.settings = settings
        self.prior = prior

    @staticmethod
    def vector_texts(article: Article, settings: Settings) -> list[str]:
        return [lead(article, settings.grouping.lead_words)]

    def run(self, dossier: Dossier) -> Dossier:
        articles = list(dossier.articles)
        if not articles:
            return dossier
        s = self.settings.grouping
        fixed: dict[str, list[str]] = {}
        stored_story: dict[str, str] = {}
        if self.prior is not None:
            keys = sorted({k for a in articles for k in blocking_keys(a, s)})
            seen = {a.id for a in articles}
            near = self.prior.neighbours(keys, exclude=seen)
            thread_of = self.prior.threads_of([a.id for a in near])
            for tid, stored in self.prior.thread_members(sorted(set(thread_of.values()))).items():
                for a in stored:
                    if a.id not in seen:
                        articles.append(a)
                        seen.add(a.id)
                fixed[tid] = [a.id for a in stored]
            stored_story = self.prior.stories_of(sorted({i for ids in fixed.values() for i in ids}))
        copies = find_copies(articles)
        leads = [lead(a, s.lead_words) for a in articles]
        vectors = embedder(self.settings.embedder).encode(leads)
        row = {a.id: i for i, a in enumerate(articles)}
        by_id = {a.id: a for a in articles}
        new = {a.id for a in dossier.articles}
        stories, threads = [], []
        for ids in group(articles, vectors, copies, s, fixed=list(fixed.values())):
            known = sorted(tid for tid, stored in fixed.items() if set(stored) & set(ids))
            if fixed and not set(ids) & new:
                continue                    # a stored thread the new articles did not join stays out
            calendar = thread_calendar([by_id[i] for i in ids]) if len(ids) > 1 else None
            if calendar:
                for i in ids:
                    if i in new:            # a stored article keeps the dates it was stored with
                        by_id[i] = resolve(by_id[i], calendar)
            members = [by_id[i] for i in ids]
            tid = known[0] if known else thread_id(ids)
            parts = split(members, vectors[[row[i] for i in ids]] if vectors is not None else None, s)
            made = []
            for part in parts:
                inside = [c for c in copies if set(c.articles) <= set(part)]
                was = sorted({stored_story[i] for i in part if i in stored_story})
                sid = was[0] if was and was[0] not in {st.id for st in made} else story_id(part)
                made.append(Story(id=sid, title=story_title([by_id[i] for i in part]), articles=tuple(part),
                                  sources=tuple(independent_sources(part, inside)), copies=tuple(inside), thread=tid))
            made.sort(key=lambda st: (_first_day([by_id[i] for i in st.articles]) or "9999", st.id))
            stories.extend(made)
            threads.append(Thread(id=tid, title=story_title(members), stories=tuple(st.id for st in made)))
        keep = {i for st in stories for i in st.articles}
        articles = [by_id[a.id] for a in articles if a.id in keep or a.id in new]
        stories.sort(key=lambda st: (-len(st.articles), st.id))
        size = {st.id: len(st.articles) for st in stories}
        threads.sort(key=lambda t: (-sum(size[x] for x in t.stories), t.id))
        return dataclasses.replace(dossier, articles=tuple(articles), stories=tuple(stories), threads=tuple(threads))


def _first_day(members: list[Article]) -> str | None:
    days = sorted(d.isoformat() for a in members if (d := event_day(a)))
    return days[0] if days else None


class StoryDates(Stage):
    """An article with no publication day takes the day of the same event in a
    dated article of its story; its dates are then resolved again by ``retag``, the
    article stage that tags dates (given by the pipeline: grouping does not reach back
    into annotation)."""

    name = "story_dates"
    requires = ("dossier.stories", "article.times")
    provides = ("article.published", "article.times")   # a story day for the undated, their dates again
    scope = "corpus"

    def __init__(self, settings: Settings = DEFAULT, *, retag: Stage):
        self.settings = settings
        self.retag = retag

    @staticmethod
    def vector_texts(article: Article, settings: Settings) -> list[str]:
        return lead_sentences(article)

    def run(self, dossier: Dossier) -> Dossier:
        self.retag.setup()
        encode = embedder(self.settings.embedder).encode
        by_id = {a.id: a for a in dossier.articles}

        def change(story):
            for a in redate([by_id[i] for i in story.articles], encode, self.retag.process, self.settings.timeline):
                by_id[a.id] = a
            return story

        dossier = each_story(self, dossier, change)
        return dataclasses.replace(dossier, articles=tuple(by_id[a.id] for a in dossier.articles))


class Timeline(Stage):
    """Each story's dated events, merged across the articles that tell them."""

    name = "timeline"
    requires = ("dossier.stories", "article.times")
    provides = ("story.timeline",)
    scope = "corpus"

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings

    @staticmethod
    def vector_texts(article: Article, settings: Settings) -> list[str]:
        return [c[1] for c in candidates(article)] + [f[1] for f in floating(article)]

    def run(self, dossier: Dossier) -> Dossier:
        encode = embedder(self.settings.embedder).encode
        by_id = {a.id: a for a in dossier.articles}
        return each_story(self, dossier, lambda s: dataclasses.replace(
            s, timeline=build(s, [by_id[i] for i in s.articles], encode, self.settings.timeline)))


__all__ = ["GroupStories", "LinkEntities", "StoryDates", "Timeline"]
