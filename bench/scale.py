#!/usr/bin/env python3
"""The whole pipeline at growing N: does the time grow with N and no faster, and
does the memory of the per-article stages stay flat?

For each size, in a fresh Python process: N articles made as bench/throughput.py
makes them (RPM2 dev documents, each copy with its own spelling of long words and
a stated publication day), the whole pipeline run on them with the local executor
and its worker processes, and printed:

- wall seconds and articles/s, end to end, and the share of the corpus stages
  (stories, timelines, compare, render: they run in the main process);
- peak memory of the main process (it holds every article, so it grows with N)
  and of the largest worker process (the per-article stages: flat if nothing
  accumulates in them).

usage: python bench/scale.py [--shared DIR] [--sizes 10000,20000] [--processes 2]
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seeds import option, shared_or_exit  # noqa: E402


def one(shared: Path, n: int, processes: int) -> dict:
    """Run in this process: the figures for one size."""
    from throughput import Timed, make_inputs

    from recoupe.api import build_pipeline
    from recoupe.pipeline.local import LocalExecutor

    with tempfile.TemporaryDirectory() as tmp:
        inputs = [str(p) for p in make_inputs(shared, n, Path(tmp))]
        clock: dict = defaultdict(float)
        pipeline = build_pipeline()
        corpus = {s.name for s in pipeline.stages if s.scope != "article"}
        pipeline = type(pipeline)(pipeline.source, tuple(Timed(s, clock) if s.name in corpus else s
                                                         for s in pipeline.stages))
        start = time.perf_counter()
        dossier = LocalExecutor(processes=processes).run(pipeline, inputs)
        seconds = time.perf_counter() - start
    return {"articles": len(dossier.articles), "stories": len(dossier.stories), "seconds": seconds,
            "corpus_seconds": sum(clock.values()),
            "main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def main(argv: list[str]) -> int:
    processes = int(option(argv, "--processes", "2"))
    shared = shared_or_exit(option(argv, "--shared"))
    if "--one" in argv:
        print(json.dumps(one(shared, int(option(argv, "--one")), processes)))
        return 0
    rows = []
    for n in [int(x) for x in option(argv, "--sizes", "10000,20000").split(",")]:
        out = subprocess.run([sys.executable, __file__, "--shared", str(shared), "--one", str(n),
                              "--processes", str(processes)], capture_output=True, text=True, check=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        rows.append(r)
        print(f"{r['articles']:6d} articles, {processes} worker processes: {r['seconds']:7.0f} s "
              f"({r['articles'] / r['seconds']:.1f} art/s; corpus stages {r['corpus_seconds']:.0f} s), "
              f"{r['stories']} stories; peak memory main process {r['main_mb']:.0f} MB, "
              f"largest worker {r['worker_mb']:.0f} MB", flush=True)
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        print(f"{b['articles']} vs {a['articles']} articles: time x{b['seconds'] / a['seconds']:.2f}, "
              f"worker peak memory x{b['worker_mb'] / a['worker_mb']:.2f}, main x{b['main_mb'] / a['main_mb']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
