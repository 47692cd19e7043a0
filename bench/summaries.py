#!/usr/bin/env python3
"""Story summaries on RPM2 dev, the standard multi-document setting: recoupe
runs on each of the 20 clusters alone (the 10 files T01_C1_*.txt, ...), and
shared/eval/score_clusters.py scores each story summary's first 100 words
against the cluster's 4 human summaries (ROUGE recall). The lead baseline is
the first 100 words of each cluster's _01 article, scored the same way.

usage: python bench/summaries.py [--shared DIR] [--keep DIR]
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from recoupe import run
from recoupe.render.json import dossier_dict

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seeds import shared_or_exit  # noqa: E402

_ROUGE = re.compile(r"ROUGE-1 recall ([\d.]+)\s+ROUGE-2 recall ([\d.]+)")


def clusters(docs: Path) -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {}
    for f in sorted(docs.glob("T*_C*_*.txt")):
        out.setdefault(f.name.rsplit("_", 1)[0], []).append(f)
    return out


def rouge(shared: Path, dossier: dict, tmp: Path) -> tuple[float, float]:
    path = tmp / "dossier.json"
    path.write_text(json.dumps(dossier, ensure_ascii=False), encoding="utf-8")
    refs = shared / "data" / "rpm2-dev" / "references"
    out = subprocess.run([sys.executable, str(shared / "eval" / "score_clusters.py"), str(path), "--refs", str(refs)],
                         capture_output=True, text=True, check=True).stdout
    m = _ROUGE.search(out)
    if not m:
        raise RuntimeError(f"score_clusters.py printed no ROUGE line:\n{out}")
    return float(m.group(1)), float(m.group(2))


def lead_dossier(groups: dict[str, list[Path]]) -> dict:
    """Each cluster as one story whose summary is the first 100 words of its _01 article."""
    articles, stories = [], []
    for label, files in groups.items():
        ids = [f.stem for f in files]
        articles += [{"id": f.stem, "input": str(f)} for f in files]
        first = next(f for f in files if f.stem.endswith("_01"))
        text = " ".join(first.read_text(encoding="utf-8-sig").split()[:100])
        stories.append({"id": label, "articles": ids, "summary": [{"text": text, "articles": [first.stem]}]})
    return {"articles": articles, "stories": stories}


def recoupe_dossier(groups: dict[str, list[Path]], keep: Path | None = None) -> tuple[dict, float]:
    """recoupe run on each cluster alone, the dossiers put side by side."""
    articles, stories = [], []
    start = time.perf_counter()
    for label, files in groups.items():
        d = dossier_dict(run([str(f) for f in files]))
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / f"{label}.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
        articles += d["articles"]
        stories += d["stories"]
    return {"articles": articles, "stories": stories}, time.perf_counter() - start


def measure_folder(shared: Path, folder: Path) -> dict[str, float]:
    """The same figures from dossiers already written as ``folder/<cluster>.json``."""
    groups = clusters(shared / "data" / "rpm2-dev" / "documents")
    articles, stories = [], []
    for label in groups:
        d = json.loads((folder / f"{label}.json").read_text(encoding="utf-8"))
        articles += d["articles"]
        stories += d["stories"]
    with tempfile.TemporaryDirectory() as tmp:
        lead1, lead2 = rouge(shared, lead_dossier(groups), Path(tmp))
        r1, r2 = rouge(shared, {"articles": articles, "stories": stories}, Path(tmp))
    return {"clusters": len(groups), "lead_rouge1": lead1, "lead_rouge2": lead2, "rouge1": r1, "rouge2": r2}


def measure(shared: Path, keep: Path | None = None) -> dict[str, float]:
    groups = clusters(shared / "data" / "rpm2-dev" / "documents")
    with tempfile.TemporaryDirectory() as tmp:
        lead1, lead2 = rouge(shared, lead_dossier(groups), Path(tmp))
        dossier, seconds = recoupe_dossier(groups, keep)
        r1, r2 = rouge(shared, dossier, Path(tmp))
    return {"clusters": len(groups), "lead_rouge1": lead1, "lead_rouge2": lead2, "rouge1": r1, "rouge2": r2,
            "seconds": seconds}


def main(argv: list[str]) -> int:
    shared = shared_or_exit(argv[argv.index("--shared") + 1] if "--shared" in argv else None)
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    m = measure(shared, keep)
    print(f"RPM2 dev, {m['clusters']} clusters, recoupe run on each alone ({m['seconds']:.0f} s)")
    print(f"lead baseline (first 100 words of _01)  ROUGE-1 recall {m['lead_rouge1']:.3f}  ROUGE-2 {m['lead_rouge2']:.3f}")
    print(f"recoupe story summary (first 100 words) ROUGE-1 recall {m['rouge1']:.3f}  ROUGE-2 {m['rouge2']:.3f}")
    print(f"relative gain over lead: {m['rouge1'] / m['lead_rouge1'] - 1:+.1%} (the bar: +10%)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
