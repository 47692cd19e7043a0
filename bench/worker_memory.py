#!/usr/bin/env python3
"""The memory of the per-article stages, in one process, as a worker process holds it.

N articles made as bench/throughput.py makes them (RPM2 dev documents, each copy with
its own spelling of the long words: new words without end) are read by the pipeline's
source and run through the article stages (language, clean, published, times,
read_article, vectors) as a worker of the local executor runs them: pages in flights of
``Executor.batch``, each flight cut into tasks of ``LocalExecutor.chunk`` items, each task
given fresh copies of the stages (a worker unpickles them per task) and ending with the
stages' ``harvest`` (the sentence vectors sent to the main process). Results and harvests
are dropped: a worker ships them away. No worker pool: the figures are this process's.

Every K articles it prints the process's resident memory (VmRSS) and its peak (VmHWM),
from /proc/self/status, and the sizes of what the per-article stages keep in a process:
the embedder's cache (bounded: ``Embedder.CACHED``) and kept vectors, the word-rarity
cache (bounded by its lru_cache), the framing stems, the clean rules' line cache, and
for each loaded spaCy model the lexemes its vocabulary indexes, its string store and its
lemmatizer's cache.

usage: python bench/worker_memory.py [--shared DIR] [--articles 4000] [--every 500]
       [--trace A,B]   tracemalloc on: snapshots after A and B articles compared
                       (top 15 by traceback) once B is reached
"""
from __future__ import annotations

import pickle
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seeds import option, shared_or_exit  # noqa: E402


def status_mb(field: str) -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def lemmatizer_cache(nlp) -> int:
    return sum(len(getattr(pipe, "cache", ()) or ()) for _, pipe in nlp.pipeline
               if type(pipe).__name__.endswith("Lemmatizer"))


def sizes() -> dict[str, int]:
    from recoupe.clean.rules import norm
    from recoupe.compare import framing
    from recoupe.group.stories import rarity
    from recoupe.models import _LOADED, embedder
    from recoupe.settings import DEFAULT

    e = embedder(DEFAULT.embedder)
    out = {"emb.cache": len(e.__dict__.get("_cache", ())), "emb.kept": len(e.__dict__.get("_kept", ())),
           "rarity": rarity.cache_info().currsize, "norm": norm.cache_info().currsize,
           "stems": sum(len(d) for d in framing._STEMS.values())}
    for name, nlp in _LOADED.items():
        short = name.split("_")[0]
        out[f"{short}.lexemes"] = sum(1 for _ in nlp.vocab)     # indexed now (len(vocab) counts every one
        #                                                            ever added: spaCy does not decrement it)
        out[f"{short}.strings"] = len(nlp.vocab.strings)
        out[f"{short}.lemma"] = lemmatizer_cache(nlp)
    return out


def snap(snaps: dict, marks: list[int], done: int) -> None:
    """A tracemalloc snapshot for each mark ``done`` has reached and that has none yet."""
    for mark in marks:
        if mark not in snaps and done >= mark:
            import gc
            import tracemalloc
            gc.collect()
            snaps[mark] = tracemalloc.take_snapshot()
            print(f"  (tracemalloc snapshot at {done} articles)", flush=True)


def main(argv: list[str]) -> int:
    from throughput import make_inputs

    from recoupe.api import build_pipeline
    from recoupe.pipeline.local import Executor, LocalExecutor, apply_batch, chunked
    from recoupe.records import Outcome

    shared = shared_or_exit(option(argv, "--shared"))
    n = int(option(argv, "--articles", "4000"))
    every = int(option(argv, "--every", "500"))
    trace = [int(x) for x in option(argv, "--trace", "").split(",") if x]
    flight, chunk = Executor.batch, LocalExecutor().chunk

    pipeline = build_pipeline()
    first = []
    for stage in pipeline.stages:           # the per-article stages: those before the first corpus stage
        if stage.scope != "article":
            break
        first.append(stage)
    for stage in first:
        stage.setup()                       # what the main process does before it forks its workers
        stage.start()
    print(f"per-article stages: {', '.join(s.name for s in first)}; flights of {flight} pages, "
          f"tasks of {chunk}; results and harvests dropped", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        inputs = [str(p) for p in make_inputs(shared, n, Path(tmp))]
        print(f"{n} inputs made; RSS {status_mb('VmRSS'):.0f} MB", flush=True)
        if trace:
            import tracemalloc
            tracemalloc.start(8)
        snaps: dict[int, object] = {}
        done = outcomes = 0
        shown = 0
        start = time.perf_counter()
        head = None

        def run(pages: list) -> None:
            nonlocal done, outcomes
            for task in chunked(pages, chunk):
                stages = pickle.loads(pickle.dumps(first))      # a worker gets the stages with each task
                results, harvests = apply_batch(stages, task)
                outcomes += sum(isinstance(r, Outcome) for r in results)
                pickle.dumps((results, harvests))               # what a worker sends back, then drops
                del results, harvests, stages
                done += len(task)

        def show() -> None:
            nonlocal head, shown
            s = sizes()
            if head is None:
                head = list(s)
                print(f"{'articles':>8s} {'s':>6s} {'RSS MB':>7s} {'peak MB':>7s} " + " ".join(f"{k:>12s}" for k in head))
            print(f"{done:8d} {time.perf_counter() - start:6.0f} {status_mb('VmRSS'):7.0f} {status_mb('VmHWM'):7.0f} "
                  + " ".join(f"{s.get(k, 0):12d}" for k in head), flush=True)
            shown = done

        show()
        pending: list = []
        for item in pipeline.source.iter(inputs):
            if isinstance(item, Outcome):
                continue
            pending.append(item)
            if len(pending) >= flight:
                run(pending)
                pending.clear()
            if done - shown >= every:
                show()
            snap(snaps, trace, done)
        if pending:
            run(pending)
        if done != shown:
            show()
        snap(snaps, trace, done)
        print(f"{done} articles ({outcomes} outcomes instead of an article) in {time.perf_counter() - start:.0f} s",
              flush=True)
    if len(snaps) >= 2:
        a, b = (snaps[k] for k in sorted(snaps)[:2])
        stats = b.compare_to(a, "traceback")
        print(f"\ntracemalloc, {sorted(snaps)[1]} vs {sorted(snaps)[0]} articles: "
              f"{sum(s.size_diff for s in stats) / 2**20:+.1f} MB traced; top 15 by traceback")
        for stat in stats[:15]:
            print(f"{stat.size_diff / 2**20:+8.2f} MB {stat.count_diff:+8d} blocks")
            for line in stat.traceback.format(limit=8):
                print("    " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
