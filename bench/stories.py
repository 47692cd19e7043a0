#!/usr/bin/env python3
"""Story and thread grouping on RPM2 dev (shared/data/rpm2-dev/documents: 10
topics x 2 clusters x 10 articles, the second cluster a month after the first;
no publication dates). shared/eval/score_clusters.py scores:

- stories against the topic-and-month labels (a story is one event);
- threads against the topic labels (a thread is the topic over time), by
  scoring a copy of the dossier whose stories are its threads;
- the same two on a distractor copy of the corpus in which each article
  states a publication day ("Publié le ..." first line): the first cluster of
  a topic in the first days of a month, the second thirty days later. Same
  places, same people, a month apart: they must be two stories of one thread.

usage: python bench/stories.py [--shared DIR]
"""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from recoupe import dossier_dict, run

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seeds import shared_or_exit  # noqa: E402

MONTH = r"(T\d\d_C\d)_\d\d"
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                 "octobre", "novembre", "décembre")


def score(shared: Path, dossier: dict, *extra: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dossier.json"
        path.write_text(json.dumps(dossier, ensure_ascii=False), encoding="utf-8")
        cmd = [sys.executable, str(shared / "eval" / "score_clusters.py"), str(path), *extra]
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def as_threads(d: dict) -> dict:
    """The dossier with its threads in place of its stories, for the story scorer."""
    articles = {s["id"]: s["articles"] for s in d["stories"]}
    threads = [{"id": t["id"], "articles": [a for sid in t["stories"] for a in articles[sid]]} for t in d["threads"]]
    return dict(d, stories=threads)


def scores(shared: Path, folder: Path) -> dict[str, str | float]:
    start = time.perf_counter()
    d = dossier_dict(run([str(folder)]))
    seconds = time.perf_counter() - start
    return {"stories": score(shared, d, "--label", MONTH), "threads": score(shared, as_threads(d)),
            "stories_topic": score(shared, d), "seconds": seconds}


def dated_copy(shared: Path, out: Path) -> Path:
    """RPM2 dev with a stated publication day on each article: cluster 1 on days 1-4 of a
    month, cluster 2 thirty days later (the corpus says a month apart; the days are ours)."""
    base = dt.date(2008, 6, 1)
    for f in sorted((shared / "data" / "rpm2-dev" / "documents").glob("T*_C*_*.txt")):
        cluster, doc = int(f.name[5]), int(f.name[7:9])
        day = base + dt.timedelta(days=(doc % 4) + (30 if cluster == 2 else 0))
        stamp = f"Publié le {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"
        (out / f.name).write_text(stamp + "\n" + f.read_text(encoding="utf-8-sig"), encoding="utf-8")
    return out


def rpm2(shared: Path) -> dict[str, str | float]:
    return scores(shared, shared / "data" / "rpm2-dev" / "documents")


def rpm2_dated(shared: Path) -> dict[str, str | float]:
    with tempfile.TemporaryDirectory() as tmp:
        return scores(shared, dated_copy(shared, Path(tmp)))


def f1(report: str) -> float:
    return float(re.search(r"bcubed_f1: ([\d.]+)", report).group(1))


def main(argv: list[str]) -> int:
    shared = shared_or_exit(argv[argv.index("--shared") + 1] if "--shared" in argv else None)
    for label, got in (("RPM2 dev, no publication dates", rpm2(shared)),
                       ("RPM2 dev, publication days stated (distractor copy)", rpm2_dated(shared))):
        print(f"{label}: whole pipeline on 200 articles, {got['seconds']:.0f} s")
        print("  stories against topic and month (a story is one event):")
        print("   ", got["stories"].strip().replace("\n", "\n    "))
        print("  threads against topic (a thread is the topic over time):")
        print("   ", got["threads"].strip().replace("\n", "\n    "))
        print(f"  (stories against topic: {f1(got['stories_topic']):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
