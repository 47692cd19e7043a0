#!/usr/bin/env python3
"""Story grouping on RPM2 dev (shared/data/rpm2-dev/documents: 10 topics x 2
months x 10 articles, no dates): one run on the whole folder, then
shared/eval/score_clusters.py against the topic labels (a follow-up a month
later continues its story) and against the topic-and-month labels.

usage: python bench/stories.py [--shared DIR]
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from recoupe import run, write_json

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seeds import shared_dir  # noqa: E402


def score(shared: Path, dossier: Path, *extra: str) -> str:
    cmd = [sys.executable, str(shared / "eval" / "score_clusters.py"), str(dossier), *extra]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def rpm2(shared: Path) -> tuple[str, str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dossier.json"
        start = time.perf_counter()
        dossier = run([str(shared / "data" / "rpm2-dev" / "documents")])
        seconds = time.perf_counter() - start
        write_json(dossier, path)
        return score(shared, path), score(shared, path, "--label", r"(T\d\d_C\d)_\d\d"), seconds


def main(argv: list[str]) -> int:
    shared = shared_dir(argv[argv.index("--shared") + 1] if "--shared" in argv else None)
    if shared is None:
        print("shared/ not found: pass --shared DIR or set RECOUPE_SHARED", file=sys.stderr)
        return 2
    topics, months, seconds = rpm2(shared)
    print(f"RPM2 dev, whole pipeline on 200 articles: {seconds:.0f} s")
    print("against topics (a follow-up continues its story):")
    print(topics, end="")
    print("against topic and month:")
    print(months, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
