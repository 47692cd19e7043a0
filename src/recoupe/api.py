"""The library entry points; the CLI and any web front end only call these."""
from __future__ import annotations

from typing import Iterable

from .annotate import DetectLanguage
from .annotate.read import ReadArticle
from .annotate.times import InferPublished, Times
from .group import GroupStories, LinkEntities, StoryDates, Timeline
from .annotate.vectors import SentenceVectors
from .clean import Clean
from .compare import Citations, Claims, Framing, QuoteGroups, Summarize
from .pipeline.local import Listener, LocalExecutor
from .pipeline.stage import Pipeline, Stage
from .read import Read
from .records import Dossier
from .settings import DEFAULT, Settings


def stages(settings: Settings = DEFAULT, *, prior=None) -> list[Stage]:
    """Every stage recoupe has, in pipeline order. ``prior`` (a ``Store``) makes
    grouping incremental: new articles join the stories of earlier runs."""
    times = Times()
    corpus = [LinkEntities(), GroupStories(settings, prior=prior), StoryDates(settings, retag=times), Timeline(settings),
              Claims(settings), QuoteGroups(settings), Framing(settings), Citations(settings), Summarize(settings)]
    # the vectors stage computes, with the article stages, what the corpus stages will encode
    vectors = SentenceVectors(settings, wanted=[type(stage).vector_texts for stage in corpus])
    return [DetectLanguage(settings), Clean(settings), InferPublished(), times, ReadArticle(), vectors, *corpus]


def build_pipeline(*, settings: Settings = DEFAULT, only: Iterable[str] | None = None, prior=None) -> Pipeline:
    """The default pipeline, or the stages named in ``only`` (checked for order)."""
    every = stages(settings, prior=prior)
    chosen = every if only is None else [s for s in every if s.name in set(only)]
    unknown = set(only or ()) - {s.name for s in every}
    if unknown:
        raise ValueError(f"unknown stage(s) {sorted(unknown)}; known: {[s.name for s in every]}")
    return Pipeline.build(Read(settings), chosen, catalog=every)


def run(inputs: Iterable[str] | str, *, settings: Settings = DEFAULT, executor=None,
        listener: Listener | None = None, store=None, on_stage=None) -> Dossier:
    """Read, clean, annotate and group every article under ``inputs``; returns the
    dossier. With ``store`` (a ``Store``), new articles join the stories of
    earlier runs (the store is read, not written: ``store.save`` does that). ``listener`` hears
    each input's outcome, ``on_stage`` the name of each stage over every article as it starts."""
    if isinstance(inputs, str):
        inputs = [inputs]
    pipeline = build_pipeline(settings=settings, prior=store)
    return (executor or LocalExecutor()).run(pipeline, list(inputs), listener=listener, on_stage=on_stage)
