#!/usr/bin/env python3
"""Reading an article: the spaCy pass, and recoupe's extractors (names, quotes,
figures, cited sources) on its output, in words per second on one core.

usage: python bench/read_article.py [--shared DIR] [--articles N]

The articles are the RPM2 dev documents, cleaned and dated first (not timed).
spaCy runs once over them (timed); the extractors then run on those same docs
(timed), so machine load cannot make one look slower than the other. The
issue's bar: the extractors add at most 20 % to the spaCy pass.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from recoupe import run
from recoupe.annotate.read import ReadArticle

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seeds import shared_or_exit  # noqa: E402


class _Replay:
    """Stands in for the spaCy pipeline: hands back docs already made."""

    def __init__(self, docs):
        self.docs = docs

    def pipe(self, paragraphs):
        return self.docs[tuple(paragraphs)]


def main(argv: list[str]) -> int:
    shared = shared_or_exit(argv[argv.index("--shared") + 1] if "--shared" in argv else None)
    n = int(argv[argv.index("--articles") + 1]) if "--articles" in argv else 60
    files = sorted((shared / "data" / "rpm2-dev" / "documents").glob("*.txt"))[:n]
    articles = list(run([str(f) for f in files]).articles)
    words = sum(len(a.text.split()) for a in articles)
    stage = ReadArticle()
    stage.setup()
    nlp = stage._nlp
    start = time.perf_counter()
    texts = {a.id: list(a.paragraphs) + ([a.title] if a.title else []) for a in articles}
    docs = {tuple(t): list(nlp.pipe(t)) for t in texts.values()}
    spacy_s = time.perf_counter() - start
    stage._nlp = _Replay(docs)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for a in articles:
            stage.process(a)
        best = min(best, time.perf_counter() - start)
    print(f"spaCy pass alone: {words / spacy_s:.0f} words/s")
    print(f"spaCy + names, quotes, figures, sources: {words / (spacy_s + best):.0f} words/s")
    print(f"extractors cost: +{100 * best / spacy_s:.1f} % over the spaCy pass ({len(articles)} articles, {words} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
