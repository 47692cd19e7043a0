#!/usr/bin/env python3
"""Grouping at scale: 10,000 synthetic-but-realistic articles, built from the
RPM2 dev corpus, grouped by the stories stage (copies, vectors, grouping).
Prints articles/s and peak memory at 2,500, 5,000 and 10,000 articles: the
time per article should stay about flat (no all-pairs comparison).

usage: python bench/group_scale.py [--shared DIR] [--sizes 2500,5000,10000]

How the articles are made: the 200 RPM2 articles are read once by the whole
pipeline; each synthetic story takes one RPM2 topic-month (10 articles) and
gives its names and long words a story-specific spelling (so stories made
from one topic are different news, as two floods in two towns are); each of
its articles takes a base article, drops and reorders some sentences, and gets
a publication date near the story's own.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

from recoupe import run
from recoupe.group import GroupStories
from recoupe.records import Dossier, Published

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seeds import shared_or_exit  # noqa: E402


def base_articles(shared: Path):
    d = run([str(shared / "data" / "rpm2-dev" / "documents")])
    by_topic = defaultdict(list)
    for a in d.articles:
        by_topic[re.search(r"(T\d\d_C\d)", a.input).group(1)].append(a)
    return by_topic


def synthesize(by_topic, n: int, seed: int = 7):
    rng = random.Random(seed)
    topics = sorted(by_topic)
    out = []
    story = 0
    while len(out) < n:
        topic = topics[story % len(topics)]
        bases = by_topic[topic]
        tag = f"x{story}"
        start = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 1500))
        rare = {t for a in bases for t, c in a.terms[:25]}
        for k in range(rng.randint(5, 15)):
            base = rng.choice(bases)
            sentences = re.split(r"(?<=[.!?])\s+", base.text)
            keep = [s for s in sentences if rng.random() > 0.25] or sentences[:1]
            rng.shuffle(keep)
            text = " ".join(keep)
            # every long word gets the story's spelling: two stories made from one topic
            # share no passage (they would be copies) and no rare word
            text = re.sub(r"\b(\w{6,})\b", lambda m: m.group(1) + tag, text)
            terms = tuple((t + tag if len(t) >= 6 or t in rare else t, c) for t, c in base.terms)
            mentions = tuple(dataclasses.replace(m, entity=f"{m.entity}{tag}") for m in base.mentions if m.entity)
            day = start + dt.timedelta(days=rng.randrange(0, 10))
            out.append(dataclasses.replace(
                base, id=f"syn{len(out):05d}", input=f"synthetic/{tag}/{k}", paragraphs=(text,),
                title=(base.title or "") + f" {tag}", terms=terms, mentions=mentions,
                published=Published(value=day.isoformat(), basis="metadata")))
            if len(out) >= n:
                break
        story += 1
    return out


def main(argv: list[str]) -> int:
    shared = shared_or_exit(argv[argv.index("--shared") + 1] if "--shared" in argv else None)
    sizes = [int(x) for x in (argv[argv.index("--sizes") + 1] if "--sizes" in argv else "2500,5000,10000").split(",")]
    by_topic = base_articles(shared)
    stage = GroupStories()
    for n in sizes:
        articles = synthesize(by_topic, n)
        start = time.perf_counter()
        out = stage.run(Dossier(articles=tuple(articles)))
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        made = len({a.input.split("/")[1] for a in articles})
        print(f"{n:6d} articles: {n / seconds:6.0f} articles/s ({seconds:.0f} s), {len(out.stories)} stories "
              f"found for {made} made, peak memory {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
