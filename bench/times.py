#!/usr/bin/env python3
"""The temporal tagger: speed on real articles, and the French TimeBank scorer.

usage: python bench/times.py [--shared DIR] [--no-timebank]

Speed: the tagger alone (no spaCy, no cleaning) over the RPM2 dev articles
(shared/data/rpm2-dev/documents), one process, one core; prints articles/s.
TimeBank: runs shared/eval/score_timex.py on shared/data/fr-timebank-dev, then
on tests/fixtures/timeml (30 French news texts annotated for recoupe), with
`recoupe times`, and prints the figures (value F1, relaxed F1). The TimeBank dev
half is also scored in two halves of its own (its files sorted by name, even
places to tune on, odd places to read), so a change shows what it does to text
it was not tuned on.
"""
from __future__ import annotations

import datetime as dt
import tempfile
import subprocess
import sys
import time
from pathlib import Path

from recoupe.annotate.times import tag_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seeds import shared_or_exit  # noqa: E402


def speed(docs: list[str], *, rounds: int = 3) -> float:
    """Articles per second of the tagger alone, best of ``rounds``."""
    dct = dt.date(2008, 9, 15)
    tag_text(docs[0], dct)                       # compile the patterns once
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in docs:
            tag_text(text, dct)
        best = min(best, time.perf_counter() - start)
    return len(docs) / best


TIMEML = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "timeml"


def timebank(shared: Path, folder: Path | None = None) -> str:
    """score_timex.py's report on ``folder`` (default: the TimeBank dev half)."""
    exe = Path(sys.executable).with_name("recoupe")
    folder = folder or shared / "data" / "fr-timebank-dev"
    cmd = [sys.executable, str(shared / "eval" / "score_timex.py"), str(folder), "--cmd", str(exe) + " times"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def main(argv: list[str]) -> int:
    shared = shared_or_exit(argv[argv.index("--shared") + 1] if "--shared" in argv else None)
    files = sorted((shared / "data" / "rpm2-dev" / "documents").glob("*.txt"))
    docs = [f.read_text(encoding="utf-8-sig") for f in files]
    words = sum(len(d.split()) for d in docs) / len(docs)
    print(f"tagger alone: {speed(docs):.0f} articles/s on one core ({len(docs)} RPM2 articles, {words:.0f} words each)")
    if "--no-timebank" not in argv:
        print("French TimeBank dev half:")
        print(timebank(shared), end="")
        files = sorted((shared / "data" / "fr-timebank-dev").glob("*.tml"))
        for name, part in (("tune", files[0::2]), ("read", files[1::2])):
            with tempfile.TemporaryDirectory() as tmp:
                for f in part:
                    (Path(tmp) / f.name).symlink_to(f.resolve())   # shared/ may be given as a relative path
                value = next(line for line in timebank(shared, Path(tmp)).splitlines() if line.startswith("value_f1"))
                print(f"  {name} half ({len(part)} files): {value.strip()}")
        print(f"recoupe's own TimeML set ({TIMEML.relative_to(TIMEML.parent.parent.parent)}):")
        print(timebank(shared, TIMEML), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
