#!/usr/bin/env python3
"""The shipped example (examples/karabakh, the five seed articles) scored against
the hand-made gold of shared/ with shared/eval/score_dossier.py.

usage: python bench/seeds.py [--shared DIR]    (default: $RECOUPE_SHARED or ../shared)
Prints the scorer's table; tests/test_quality_seeds.py pins the floors.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from recoupe import run, write_json

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "karabakh"


def option(argv: list[str], name: str, default: str | None = None) -> str | None:
    """The value after ``name`` on the command line, else ``default``."""
    return argv[argv.index(name) + 1] if name in argv else default


def shared_dir(given: str | None = None) -> Path | None:
    for candidate in (given, os.environ.get("RECOUPE_SHARED"), ROOT.parent / "shared"):
        if candidate and (Path(candidate) / "eval" / "score_dossier.py").exists():
            return Path(candidate)
    return None


def shared_or_exit(given: str | None = None) -> Path:
    """``shared_dir``, or the exit (status 2) with the message that says how to give it."""
    found = shared_dir(given)
    if found is None:
        print("shared/ not found: pass --shared DIR or set RECOUPE_SHARED", file=sys.stderr)
        raise SystemExit(2)
    return found


def score(shared: Path, *, table: bool = False) -> dict | str:
    """Run recoupe on the example and the shared scorer on its dossier."""
    with tempfile.TemporaryDirectory() as tmp:
        dossier = Path(tmp) / "dossier.json"
        write_json(run([str(EXAMPLE)]), dossier)
        cmd = [sys.executable, str(shared / "eval" / "score_dossier.py"), str(dossier),
               str(shared / "gold" / "karabakh.json")] + ([] if table else ["--json"])
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    if table:
        return out
    return json.loads(out[: out.rindex("}") + 1])


def main(argv: list[str]) -> int:
    given = argv[argv.index("--shared") + 1] if "--shared" in argv else None
    shared = shared_or_exit(given)
    print(score(shared, table=True), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
