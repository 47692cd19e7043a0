#!/usr/bin/env python3
"""Throughput of the whole pipeline, per stage and end to end, beside the bare
spaCy pass on the same texts in the same run.

usage: python bench/throughput.py [--shared DIR] [--articles N] [--processes 1,2] [--executors local,dask]

How the N articles are made: the RPM2 dev documents (raw text files), each
copy of a document given a story-specific spelling of its long words and a
stated publication day, so that no two inputs are the same text (they would be
read once) and copies of one document are different stories. They are written
as .txt files to a temporary folder and read from there like any input.

What is printed, for each executor and number of processes:
- per stage: seconds, articles/s, share of the run (article stages summed over
  the workers, so with 2 processes their sum exceeds the wall time);
- end to end: articles/s, words/s, wall seconds after set-up, peak memory;
- the bare spaCy pass (``nlp.pipe`` over the same cleaned paragraphs, all the
  model's components, batches of 16), with 1 process and with ``n_process=2``,
  and the ratio of the whole pipeline's time to it.
"""
from __future__ import annotations

import random
import re
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seeds import option, shared_or_exit  # noqa: E402

from recoupe.api import build_pipeline  # noqa: E402
from recoupe.pipeline.stage import Stage  # noqa: E402

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")


def make_inputs(shared: Path, n: int, folder: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    docs = sorted((shared / "data" / "rpm2-dev" / "documents").glob("*.txt"))
    out = []
    for k in range(n):
        src = docs[k % len(docs)]
        copy = k // len(docs)
        text = src.read_text(encoding="utf-8-sig")
        if copy:
            text = re.sub(r"\b(\w{7,})\b", lambda m: m.group(1) + f"x{copy}", text)
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), 2000 + copy % 20
        path = folder / f"{k:06d}_{src.stem}.txt"
        path.write_text(f"Publié le {day} {MONTHS[month - 1]} {year}\n{text}", encoding="utf-8")
        out.append(path)
    return out


class Timed(Stage):
    """A stage that times the one it wraps (summed over the calls in this process)."""

    def __init__(self, inner: Stage, clock: dict):
        self.inner, self.clock = inner, clock
        self.name, self.requires, self.provides, self.scope = inner.name, inner.requires, inner.provides, inner.scope

    def setup(self):
        self.inner.setup()

    def _timed(self, call, arg):
        start = time.perf_counter()
        try:
            return call(arg)
        finally:
            self.clock[self.name] += time.perf_counter() - start

    def process(self, item):
        return self._timed(self.inner.process, item)

    def run(self, dossier):
        return self._timed(self.inner.run, dossier)

    def harvest(self):
        return self.inner.harvest()

    def absorb(self, harvest):
        self.inner.absorb(harvest)

    def start(self):
        self.inner.start()


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def forget() -> None:
    """Empty the per-process caches of work done on texts (sentence vectors, word stems, what the
    cleaner found of each line), so that a timed run computes everything as a first run on new
    texts would."""
    from recoupe.clean import rules
    from recoupe.compare import framing
    from recoupe.models import embedder
    from recoupe.settings import DEFAULT

    embedder(DEFAULT.embedder).__dict__.pop("_cache", None)
    embedder(DEFAULT.embedder).forget()       # the vectors the last run kept
    framing._STEMS.clear()
    for line_cache in (rules.norm, rules.is_sentence, rules.n_words, rules.lower_case):
        line_cache.cache_clear()


def whole(inputs: list[str], executor) -> tuple[float, dict, object]:
    from recoupe.pipeline.local import LocalExecutor

    clock: dict = defaultdict(float)
    pipeline = build_pipeline()
    pipeline = type(pipeline)(pipeline.source, tuple(Timed(s, clock) for s in pipeline.stages))
    for s in pipeline.stages:
        s.setup()                             # models loaded before the clock starts ...
    forget()                                  # ... but nothing computed on these texts is kept
    start = time.perf_counter()
    dossier = (executor or LocalExecutor()).run(pipeline, inputs)
    return time.perf_counter() - start, clock, dossier


def spacy_pass(articles, n_process: int) -> float:
    from recoupe.annotate.read import PARAGRAPHS_PER_BATCH, load_spacy
    from recoupe.lang import vocab

    nlp = load_spacy(vocab("fr").SPACY_MODEL)
    texts = [p for a in articles for p in list(a.paragraphs) + ([a.title] if a.title else [])]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=PARAGRAPHS_PER_BATCH, n_process=n_process):
        pass
    return time.perf_counter() - start


def read_seconds(inputs: list[str]) -> float:
    """The source alone: files read, decoded and made pages."""
    from recoupe.read import read

    start = time.perf_counter()
    for _ in read(inputs):
        pass
    return time.perf_counter() - start


def report(label: str, seconds: float, clock: dict, dossier, spacy_s: float) -> None:
    n = len(dossier.articles)
    words = sum(len(a.text.split()) for a in dossier.articles)
    print(f"\n{label}: {n} articles, {words} words")
    total = sum(clock.values())
    for name, s in clock.items():
        print(f"  {name:14s} {s:7.2f} s  {n / s if s else float('inf'):8.1f} art/s  {100 * s / total:5.1f} %")
    print(f"  end to end     {seconds:7.2f} s  {n / seconds:8.1f} art/s  {words / seconds:8.0f} words/s  "
          f"peak memory {peak_mb():.0f} MB")
    print(f"  whole pipeline / bare spaCy pass (1 process): {seconds / spacy_s:.2f}x")


def main(argv: list[str]) -> int:
    shared = shared_or_exit(option(argv, "--shared"))
    n = int(option(argv, "--articles", "200"))
    procs = [int(x) for x in option(argv, "--processes", "1,2").split(",")]
    kinds = option(argv, "--executors", "local").split(",")
    with tempfile.TemporaryDirectory() as tmp:
        inputs = [str(p) for p in make_inputs(shared, n, Path(tmp))]
        seconds, clock, dossier = whole(inputs, None)         # warm: models and caches loaded
        spacy_1 = spacy_pass(dossier.articles, 1)
        spacy_2 = spacy_pass(dossier.articles, 2) if 2 in procs else None
        print(f"bare spaCy pass (nlp.pipe, same paragraphs): {len(dossier.articles) / spacy_1:.1f} art/s on 1 process"
              + (f", {len(dossier.articles) / spacy_2:.1f} art/s with n_process=2" if spacy_2 else ""))
        reading = read_seconds(inputs)
        seconds, clock, dossier = whole(inputs, None)
        light = reading + clock["clean"] + clock["language"] + clock["stories"]
        print(f"read + clean + language + copies and grouping (the stories stage: vectors of the leads, no spaCy), "
              f"1 process: {len(dossier.articles) / light:.0f} art/s ({reading:.2f} + {clock['clean']:.2f} + "
              f"{clock['language']:.2f} + {clock['stories']:.2f} s)")
        for kind in kinds:
            for p in procs:
                if kind == "local":
                    from recoupe.pipeline.local import LocalExecutor
                    executor = LocalExecutor(processes=p)
                else:
                    from recoupe.pipeline.dask import DaskExecutor
                    executor = DaskExecutor(workers=p)
                    whole(inputs[:4 * p], executor)     # each worker loads its models once, as a running cluster has
                seconds, clock, dossier = whole(inputs, executor)
                report(f"{kind} executor, {p} process(es)", seconds, clock, dossier, spacy_1)
                close = getattr(executor, "close", None)
                if close:
                    close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
