"""Stages and the pipeline that checks their order.

A stage is a named, picklable callable that declares what it ``requires``
and what it ``provides`` (like spaCy's ``@Language.component(requires=...,
assigns=...)``). An ``article`` stage maps one record to one record and can
run on any shard; a ``corpus`` stage maps the dossier of the whole run to a
new one (entities, copies, stories, comparison) and exchanges only explicit
data.

The pipeline is data: a source and a list of stages. Executors
(``recoupe.pipeline.local``) run it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence


class Skip(Exception):
    """Raised by a stage for an input that cannot be used; the executor
    records it as a ``skipped`` outcome with this reason and ``code`` (one of
    ``recoupe.errors.CATALOGUE``) and goes on."""

    def __init__(self, reason: str, code: str = "skipped"):
        from ..errors import code as checked

        super().__init__(reason)
        self.code = checked(code)

    def __reduce__(self):             # raised in a worker process, rebuilt in the main one
        return (type(self), (str(self), self.code))


class PipelineError(ValueError):
    """The stages are not in an order that can run, or declare what no record has."""


# what stages exchange that is not a record field: the sentence vectors the article stages
# compute for the corpus stages (``annotate.vectors.SentenceVectors``)
RESOURCES = {"embedder.cache"}


def check_name(stage: str, name: str) -> None:
    """``name`` in a stage's ``requires``/``provides`` is a record and a path of fields
    ("article.mentions.entity": the ``entity`` of each ``Mention`` of an ``Article``), or one of
    ``RESOURCES``; anything else is a typo that would make the order check meaningless."""
    import typing

    from .. import records

    if name in RESOURCES:
        return
    kinds = {"page": records.Page, "article": records.Article, "dossier": records.Dossier, "story": records.Story}
    head, *path = name.split(".")
    kind = kinds.get(head)
    if kind is None:
        raise PipelineError(f"stage `{stage}` declares `{name}`: `{head}` is no record; "
                            f"use one of {sorted(kinds)} or {sorted(RESOURCES)}")
    for part in path:
        hints = typing.get_type_hints(kind)
        if part not in hints:
            raise PipelineError(f"stage `{stage}` declares `{name}`: {kind.__name__} has no field `{part}`; "
                                f"its fields: {', '.join(sorted(h for h in hints if not h.startswith('_')))}")
        kind = _record_in(hints[part])


def _record_in(hint):
    """The record class a field holds (itself, or the items of a tuple, or an optional one)."""
    import typing

    if isinstance(hint, type) and hasattr(hint, "__dataclass_fields__"):
        return hint
    for arg in typing.get_args(hint):
        inner = _record_in(arg)
        if inner is not None:
            return inner
    return None


def failure(stage: str, where: str, err: BaseException) -> str:
    """The reason of a ``failed`` outcome: the stage, the input, the error, and what was done."""
    message = " ".join(str(err).split())[:300]
    return (f"{where}: stage `{stage}` failed ({type(err).__name__}: {message or 'no message'}); "
            f"left out, the run went on. Please report it with this input")


def passed_over(article, stage: "Stage", why: str):
    """``article``, noted as passed over by ``stage`` (it could not do its part: no tables for
    the article's language); the article goes on, and its outcome says so."""
    import dataclasses

    return dataclasses.replace(article, passed=article.passed + (f"{stage.name}: {why}",))


def each_story(stage: "Stage", dossier, change):
    """``dossier`` with ``change(story)`` applied to each story. A story on which ``change``
    raises keeps what it had, and a ``failed`` outcome naming the stage and the story is added
    to the dossier's outcomes: one story's failure never takes the others down."""
    import dataclasses

    from ..records import Outcome

    stories, failed = [], []
    for story in dossier.stories:
        try:
            stories.append(change(story))
        except Exception as err:  # noqa: BLE001 - isolation is the point
            stories.append(story)
            where = f"story {story.id} ({story.title[:60]!r}, {len(story.articles)} article(s))"
            failed.append(Outcome(input=f"story {story.id}", status="failed", reason=failure(stage.name, where, err), code="stage-failed"))
    return dataclasses.replace(dossier, stories=tuple(stories), outcomes=dossier.outcomes + tuple(failed))


class Stage:
    """Base class of every stage.

    Subclasses set ``name``, ``requires``, ``provides`` and ``scope``, and
    implement ``process`` (article scope) or ``run`` (corpus scope). Models
    are loaded in ``setup``, which executors call once per process, never at
    import or pickling time.
    """

    name: str = "stage"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    scope: str = "article"          # article | corpus

    def setup(self) -> None:
        """Load what the stage needs (models, lexicons). Called once per process."""

    def process(self, item: Any) -> Any:  # article scope
        raise NotImplementedError(f"stage `{self.name}` has article scope and must implement process()")

    def run(self, dossier: Any) -> Any:  # corpus scope: Dossier -> Dossier
        raise NotImplementedError(f"stage `{self.name}` has corpus scope and must implement run()")

    def harvest(self) -> Any:
        """What this article stage computed in a worker process for the corpus stages (sentence
        vectors), taken once: executors ship it back with the batch's results. None: nothing."""
        return None

    def absorb(self, harvest: Any) -> None:
        """Take in this process what ``harvest`` gave in a worker (or in this process)."""

    @staticmethod
    def vector_texts(article, settings) -> list[str]:
        """The texts of ``article`` this (corpus) stage will ask sentence vectors for: the
        vectors stage computes them with the article stages, where they run in parallel.
        A plain function of the article and the settings (it travels to worker processes
        without its stage)."""
        return []

    def start(self) -> None:
        """A run begins, in the process that runs the corpus stages: drop what the last run left
        (the sentence vectors it absorbed)."""

    def __getstate__(self):
        # Loaded models (private attributes) are never pickled: they arrive as
        # None and each process loads its own in setup().
        return {k: (None if k.startswith("_") else v) for k, v in self.__dict__.items()}

    def __setstate__(self, state):
        self.__dict__.update(state)

    def __repr__(self) -> str:
        return f"<stage {self.name}: {', '.join(self.requires) or '-'} -> {', '.join(self.provides)}>"


@dataclass(frozen=True)
class Pipeline:
    """A source of pages and the stages that turn them into articles.

    Built with :meth:`build`, which checks that every stage's requirements
    are provided by the source or by a stage before it.
    """

    source: Stage
    stages: tuple[Stage, ...]

    @classmethod
    def build(cls, source: Stage, stages: Sequence[Stage], *, catalog: Iterable[Stage] = ()) -> "Pipeline":
        """Check the order and return the pipeline.

        ``catalog`` lists stages that exist but are not in this pipeline, so
        that an error can name the stage to add.
        """
        provided = set(source.provides)
        names = [source.name]
        for stage in (source, *stages):
            for name in (*stage.requires, *stage.provides):
                check_name(stage.name, name)
        for stage in stages:
            if stage.scope not in ("article", "corpus"):
                raise PipelineError(f"stage `{stage.name}` has scope {stage.scope!r}; use 'article' or 'corpus'")
            if stage.name in names:
                raise PipelineError(f"stage `{stage.name}` appears twice; keep one")
            missing = [r for r in stage.requires if r not in provided]
            if missing:
                need = missing[0]
                later = next((s.name for s in stages if need in s.provides), None)
                known = next((s.name for s in catalog if need in s.provides), None)
                if later:
                    fix = f"move `{later}` before it"
                elif known:
                    fix = f"add `{known}` before it"
                else:
                    fix = "no known stage provides it"
                raise PipelineError(f"stage `{stage.name}` requires `{need}`; {fix}")
            provided.update(stage.provides)
            names.append(stage.name)
        return cls(source=source, stages=tuple(stages))

    @property
    def names(self) -> tuple[str, ...]:
        return (self.source.name,) + tuple(s.name for s in self.stages)

    def provided(self) -> set[str]:
        out = set(self.source.provides)
        for s in self.stages:
            out.update(s.provides)
        return out
