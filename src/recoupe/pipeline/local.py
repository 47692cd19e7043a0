"""The local executor: the reference way to run a pipeline, in this process.

Article stages run item by item in input order; a corpus stage maps the whole
dossier to a new one (it sees every article, and may add entities and
stories). A distributed executor must give the same dossier for the same inputs.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Callable, Iterable

from ..records import Article, Dossier, Outcome
from .stage import Pipeline, Skip, Stage, failure

Listener = Callable[[Outcome], None]
# Duplicates listed one by one per input file; more are counted in one outcome (a file of a
# million copies of one line must not make a million outcomes).
DUPLICATES_LISTED = 20


def input_file(where: str) -> str:
    """The file an item came from: "a.jsonl:12" and "b.warc#3 (url)" name a.jsonl and b.warc."""
    for mark in ("#", ":"):
        head, sep, tail = where.rpartition(mark)
        if sep and head and tail[:1].isdigit():
            return head
    return where


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
    """Run article stages on one item; a stage's ``Skip`` becomes a ``skipped`` outcome, any
    other exception a ``failed`` one naming the stage and the input."""
    source = item.input
    for stage in stages:
        try:
            item = stage.process(item)
        except Skip as why:
            return Outcome(input=source, status="skipped", reason=str(why), code=why.code)
        except Exception as err:  # noqa: BLE001 - one article never takes the run down
            return Outcome(input=source, status="failed", reason=failure(stage.name, source, err), article=getattr(item, "id", None),
                           code="stage-failed")
    return item


def apply_corpus_stage(stage: Stage, dossier: Dossier) -> Dossier:
    """Run a corpus stage; if it fails as a whole, the dossier goes on without what it provides
    and a ``failed`` outcome says so. (Stages that work story by story isolate each story:
    ``pipeline.stage.each_story``.)"""
    try:
        return stage.run(dossier)
    except Exception as err:  # noqa: BLE001
        outcome = Outcome(input="run", status="failed", reason=failure(stage.name, "the whole run", err), code="stage-failed")
        return dataclasses.replace(dossier, outcomes=dossier.outcomes + (outcome,))


def apply_batch(stages: list[Stage], items: list) -> tuple[list, list]:
    """``apply_article_stages`` over a batch, in a worker: its stages' models are loaded once per
    process (``setup`` is a no-op once done), whatever the executor that sent them. Returns the
    results and each stage's harvest (what it computed for the corpus stages), in stage order."""
    for stage in stages:
        stage.setup()
    results = [apply_article_stages(item, stages) for item in items]
    return results, [stage.harvest() for stage in stages]


def chunked(items: list, size: int) -> list[list]:
    """``items`` in consecutive pieces of ``size``: the tasks a batch is sent to workers as."""
    return [items[k:k + size] for k in range(0, len(items), size)]


def gathered(stages: list[Stage], parts: list[tuple[list, list]]) -> list:
    """The results of batches run elsewhere, in order; their harvests taken in by this process's stages."""
    out = []
    for results, harvests in parts:
        out.extend(results)
        for stage, harvest in zip(stages, harvests):
            if harvest is not None:
                stage.absorb(harvest)
    return out


class Executor:
    """What every executor does the same way: read the inputs as a stream, in batches; read each
    content once; run the article stages on each batch (``map``, the executor's own part); keep
    every outcome in input order; run the corpus stages on the whole dossier. Two executors given
    the same pipeline and inputs make the same dossier."""

    batch = 64          # pages in flight: memory is bounded by this, not by the input's size

    def map(self, stages: list[Stage], items: list) -> list:
        """The result of the article stages on each item (an article or an outcome), in order."""
        raise NotImplementedError

    def close(self) -> None:
        """Release workers."""

    def run(self, pipeline: Pipeline, inputs: list[str], *, listener: Listener | None = None,
            on_stage: Callable[[str], None] | None = None) -> Dossier:
        """Every stage on the inputs. ``listener`` hears each input's outcome as it is known;
        ``on_stage`` hears the name of each stage that needs every article, as it starts."""
        for stage in pipeline.stages:
            stage.setup()
            stage.start()
        parts = segments(pipeline.stages)
        outcomes: list[Outcome] = []
        articles: list[Article] = []
        seen: dict[str, str] = {}
        repeats: Counter[str] = Counter()

        def note(outcome: Outcome):
            outcomes.append(outcome)
            if listener:
                listener(outcome)

        first = parts[0][1] if parts and parts[0][0] == "article" else []
        pending: list = []          # outcomes and pages, in input order

        def flush():
            pages = [x for x in pending if not isinstance(x, Outcome)]
            results = iter(self.map(first, pages) if pages else ())
            for entry in pending:
                if isinstance(entry, Outcome):
                    note(entry)
                    continue
                result = next(results)
                if isinstance(result, Outcome):
                    note(result)
                else:
                    articles.append(result)
                    note(Outcome(input=result.input, status="read", reason="; ".join((*entry.notes, *result.passed)), article=result.id,
                                 code="read-partly" if result.passed else "read"))
            pending.clear()

        for item in pipeline.source.iter(inputs):
            if isinstance(item, Outcome):
                pending.append(item)
            elif item.id in seen:
                file = input_file(item.input)
                repeats[file] += 1
                if repeats[file] <= DUPLICATES_LISTED:
                    pending.append(Outcome(input=item.input, status="duplicate", code="duplicate", reason=f"{item.input}: same content as "
                                                                    f"{seen[item.id]}; read once", article=item.id))
            else:
                seen[item.id] = item.input
                pending.append(item)
            if len(pending) >= self.batch:
                flush()
        flush()
        for file, n in sorted(repeats.items()):
            if n > DUPLICATES_LISTED:
                note(Outcome(input=file, status="duplicate", code="duplicate", reason=f"{file}: {n - DUPLICATES_LISTED} more item(s) with content "
                                                f"already read (the first {DUPLICATES_LISTED} are listed); read once"))
        dossier = Dossier(articles=tuple(articles), stages=pipeline.names)
        for scope, stages in parts[1 if first else 0:]:
            if on_stage:
                on_stage(stages[0].name if scope == "corpus" else " + ".join(s.name for s in stages))
            if scope == "corpus":
                dossier = apply_corpus_stage(stages[0], dossier)
            else:
                kept = []
                for art, result in zip(dossier.articles, self.map(stages, list(dossier.articles))):
                    if isinstance(result, Outcome):     # no longer read: its earlier outcome goes
                        outcomes[:] = [o for o in outcomes if not (o.status == "read" and o.article == art.id)]
                        note(result)
                    else:
                        kept.append(result)
                dossier = dataclasses.replace(dossier, articles=tuple(kept))
        for outcome in dossier.outcomes:      # what corpus stages could not do
            if listener:
                listener(outcome)
        return dataclasses.replace(dossier, outcomes=tuple(outcomes) + dossier.outcomes)


class LocalExecutor(Executor):
    """Runs every stage on this machine: in this process, or with ``processes`` > 1 the article
    stages in that many worker processes (forked once the models are loaded, so each worker
    shares them; spawned where fork is not available). Corpus stages run in this process."""

    def __init__(self, processes: int = 1, *, chunk: int = 4):
        if processes < 1:
            raise ValueError(f"processes must be 1 or more, not {processes}")
        self.processes, self.chunk = processes, chunk
        self._pool = None

    def map(self, stages: list[Stage], items: list) -> list:
        if self.processes == 1 or len(items) <= self.chunk:
            return gathered(stages, [apply_batch(stages, items)])    # computed here, its harvest kept here
        if self._pool is None:
            import multiprocessing as mp

            method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
            self._pool = mp.get_context(method).Pool(self.processes)
        return gathered(stages, self._pool.starmap(apply_batch, [(stages, c) for c in chunked(items, self.chunk)]))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def run(self, pipeline: Pipeline, inputs: list[str], *, listener: Listener | None = None,
            on_stage: Callable[[str], None] | None = None) -> Dossier:
        try:
            return super().run(pipeline, inputs, listener=listener, on_stage=on_stage)
        finally:
            self.close()
