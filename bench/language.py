#!/usr/bin/env python3
"""The language stage alone on the 200 RPM2 dev pages (before cleaning, as in the pipeline),
lingua reading CHARS characters of each page's longest lines: seconds per 200 pages, and the
languages found.

usage: python bench/language.py [CHARS]      (two sizes side by side: farm-bench --vs)
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seeds import shared_or_exit  # noqa: E402

from recoupe.annotate.language import DetectLanguage  # noqa: E402
from recoupe.read import read  # noqa: E402
from recoupe.settings import DEFAULT  # noqa: E402


def main(argv: list[str]) -> int:
    chars = int(argv[1]) if len(argv) > 1 else DEFAULT.language_sample_chars
    shared = shared_or_exit()
    files = sorted(str(p) for p in (shared / "data" / "rpm2-dev" / "documents").glob("*.txt"))
    articles = list(read(files))
    stage = DetectLanguage(DEFAULT.with_(language_sample_chars=chars))
    stage.setup()
    stage.process(articles[0])                  # lingua loads its models on first use
    start = time.perf_counter()
    for _ in range(3):
        out = [stage.process(a) for a in articles]
    seconds = (time.perf_counter() - start) / 3
    print(f"{chars} characters: {seconds:.3f} s per {len(articles)} articles; languages {sorted({a.language for a in out})}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
