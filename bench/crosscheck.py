#!/usr/bin/env python3
"""Cross-checking on real press: recoupe runs on each RPM2 dev cluster alone
(the 10 files T01_C1_*.txt, ...) and shared/eval/score_crosscheck.py scores the
dossiers against the hand-made facts of shared/gold/rpm2x/ (figures agreed,
contested, disputed and look-alike traps; statements and dated events told by
several outlets).

The clusters are split in two halves by topic, so that a rule tuned on one half
can be read on the other: `tune` is T01-T05, `read` is T06-T10. The figures are
printed for each half and for all twenty clusters.

With --stamp-days, an upper bound, not a product figure: each article the gold
names in a dated event is given a first line "Publié le <day>", the latest day
of the gold events it tells (+ the number given, 0 or 1). RPM2 states no
publication days; this shows what the same code finds on pages that state
them (a weekday then has its week).

usage: python bench/crosscheck.py [--shared DIR] [--keep DIR] [--half tune|read|all] [--json]
                                  [--stamp-days 0|1]
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from recoupe import run
from recoupe.render.json import dossier_dict

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seeds import shared_or_exit  # noqa: E402
from stories import FRENCH_MONTHS as MONTHS  # noqa: E402
from summaries import clusters  # noqa: E402

HALVES = {"tune": tuple(f"T{i:02d}" for i in range(1, 6)), "read": tuple(f"T{i:02d}" for i in range(6, 11))}


def half_of(cluster: str) -> str:
    return next((h for h, topics in HALVES.items() if cluster[:3] in topics), "read")


def stamped(shared: Path, out: Path, offset: int) -> Path:
    """A copy of RPM2 dev whose articles state the day of the latest gold event they tell (+ offset)."""
    import datetime as dt

    latest: dict[str, str] = {}
    for g in (shared / "gold" / "rpm2x").glob("T*_C*.json"):
        for event in json.loads(g.read_text(encoding="utf-8"))["dates"]:
            if len(event["date"]) == 10:
                for doc in event["docs"]:
                    latest[doc] = max(latest.get(doc, event["date"]), event["date"])
    out.mkdir(parents=True, exist_ok=True)
    for f in sorted((shared / "data" / "rpm2-dev" / "documents").glob("T*_C*_*.txt")):
        text = f.read_text(encoding="utf-8-sig")
        if f.stem in latest:
            day = dt.date.fromisoformat(latest[f.stem]) + dt.timedelta(days=offset)
            text = f"Publié le {day.day} {MONTHS[day.month - 1]} {day.year}\n" + text
        (out / f.name).write_text(text, encoding="utf-8")
    return out


def dossiers(shared: Path, out: Path, only: set[str] | None = None, docs: Path | None = None) -> float:
    """recoupe run on each cluster alone, written as out/<cluster>.json; seconds spent."""
    groups = clusters(docs or shared / "data" / "rpm2-dev" / "documents")
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for label, files in groups.items():
        if only is not None and label not in only:
            continue
        d = dossier_dict(run([str(f) for f in files]))
        (out / f"{label}.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return time.perf_counter() - start


def score(shared: Path, folder: Path, labels: list[str]) -> dict:
    """score_crosscheck.py's summary over the clusters named."""
    cmd = [sys.executable, str(shared / "eval" / "score_crosscheck.py"), str(folder),
           str(shared / "gold" / "rpm2x"), "--json", "--clusters=" + ",".join(labels)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def measure(shared: Path, keep: Path | None = None, half: str = "all", stamp: int | None = None) -> dict:
    labels = gold_labels(shared, half)
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp) / "dossiers"
        docs = stamped(shared, Path(tmp) / "stamped", stamp) if stamp is not None else None
        seconds = dossiers(shared, folder, set(labels), docs)
        return {"seconds": seconds, **measure_folder(shared, folder, half)}


def gold_labels(shared: Path, half: str = "all") -> list[str]:
    labels = sorted(p.stem for p in (shared / "gold" / "rpm2x").glob("T*_C*.json"))
    return labels if half == "all" else [c for c in labels if half_of(c) == half]


def measure_folder(shared: Path, folder: Path, half: str = "all") -> dict:
    """The scorer's figures on dossiers already written in ``folder``, by half and in all."""
    labels = gold_labels(shared, half)
    result = {}
    for name in ("tune", "read", "all"):
        chosen = [c for c in labels if name == "all" or half_of(c) == name]
        if chosen:
            result[name] = score(shared, folder, chosen)
    return result


def line(summary: dict) -> str:
    c = summary["counts"]
    conflicts = c["contested"] + c["disputed"]
    found = c["contested_found"] + c["disputed_found"]
    precision = summary["contested_precision"]
    return (f"contested+disputed found {found}/{conflicts}"
            f" ({found / conflicts if conflicts else 0:.2f}); "
            f"agreed found {c['agreed_found']}/{c['agreed']} ({summary['agreed_found'] or 0:.2f}); "
            f"false contested {c['false_contested']}/{c['agreed'] + c['traps']} ({summary['false_contested'] or 0:.3f}); "
            f"contested precision {c['out_confirmed']}/{c['out_confirmed'] + c['out_false']}"
            f" ({precision if precision is not None else 0:.2f}, {c['out_unjudged']} unjudged); "
            f"statements {c['quotes_found']}/{c['quotes']} ({summary['quotes_found'] or 0:.2f}); "
            f"dated events {c['dates_found']}/{c['dates']} ({summary['dates_found'] or 0:.2f})")


def main(argv: list[str]) -> int:
    shared = shared_or_exit(argv[argv.index("--shared") + 1] if "--shared" in argv else None)
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    half = argv[argv.index("--half") + 1] if "--half" in argv else "all"
    stamp = int(argv[argv.index("--stamp-days") + 1]) if "--stamp-days" in argv else None
    m = measure(shared, keep, half, stamp)
    if "--json" in argv:
        print(json.dumps({k: (v["summary"] if isinstance(v, dict) else v) for k, v in m.items()}, indent=1))
        return 0
    print(f"RPM2 dev, recoupe run on each cluster alone ({m['seconds']:.0f} s)"
          + (f"; ORACLE: publication days stamped from the gold (+{stamp})" if stamp is not None else ""))
    for name in ("tune", "read", "all"):
        if name in m:
            print(f"{name:>4} ({', '.join(HALVES.get(name, ('T01-T10',)))}): {line(m[name]['summary'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
