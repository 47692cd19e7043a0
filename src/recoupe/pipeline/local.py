"""The local executor: the reference way to run a pipeline, in this process.

Article stages run item by item in input order; a corpus stage maps the whole
dossier to a new one (it sees every article, and may add entities and
stories). A distributed executor must give the same dossier for the same inputs.
"""
from __future__ import annotations

import dataclasses

from typing import Callable, Iterable

from ..records import Article, Dossier, Outcome, Page
from .stage import Pipeline, Skip, Stage

Listener = Callable[[Outcome], None]


def segments(stages: Iterable[Stage]) -> list[tuple[str, list[Stage]]]:
    """Consecutive article stages form one per-item segment; each corpus stage is its own."""
    out: list[tuple[str, list[Stage]]] = []
    for stage in stages:
        if stage.scope == "article" and out and out[-1][0] == "article":
            out[-1][1].append(stage)
        else:
            out.append((stage.scope, [stage]))
    return out


def apply_article_stages(item, stages: list[Stage]) -> Article | Outcome:
    """Run article stages on one item; a stage's ``Skip`` becomes an outcome."""
    source = item.input
    try:
        for stage in stages:
            item = stage.process(item)
    except Skip as why:
        return Outcome(source, "skipped", str(why))
    return item


class LocalExecutor:
    """Runs every stage in this process, in order."""

    def run(self, pipeline: Pipeline, inputs: list[str], *, listener: Listener | None = None) -> Dossier:
        for stage in pipeline.stages:
            stage.setup()
        parts = segments(pipeline.stages)
        outcomes: list[Outcome] = []
        articles: list[Article] = []
        seen: dict[str, str] = {}

        def note(outcome: Outcome):
            outcomes.append(outcome)
            if listener:
                listener(outcome)

        first = parts[0][1] if parts and parts[0][0] == "article" else []
        for item in pipeline.source.iter(inputs):
            if isinstance(item, Outcome):
                note(item)
                continue
            if item.id in seen:
                note(Outcome(item.input, "duplicate", f"{item.input}: same content as {seen[item.id]}; read once",
                             article=item.id))
                continue
            seen[item.id] = item.input
            result = apply_article_stages(item, first)
            if isinstance(result, Outcome):
                note(result)
            else:
                articles.append(result)
                note(Outcome(result.input, "read", article=result.id))
        dossier = Dossier(articles=tuple(articles), stages=pipeline.names)
        for scope, stages in parts[1 if first else 0:]:
            if scope == "corpus":
                dossier = stages[0].run(dossier)
            else:
                kept = []
                for art in dossier.articles:
                    result = apply_article_stages(art, stages)
                    (note if isinstance(result, Outcome) else kept.append)(result)
                dossier = dataclasses.replace(dossier, articles=tuple(kept))
        return dataclasses.replace(dossier, outcomes=tuple(outcomes))
