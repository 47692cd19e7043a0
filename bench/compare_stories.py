#!/usr/bin/env python3
"""Comparing sources on folders of stories written with their expectations
(the format of tests/fixtures/compare/*/expect.json): recoupe runs on each
story's articles alone, and its claims and quote groups are checked against
what the story's author expected.

Printed per story and in all:
  contested   expected contradictions found as a contested claim holding both values
  disputed    expected disputes (named sources differ) found as a disputed or contested claim
  agreed      expected agreements found as one agreed claim holding every value
  flagged     compatible figures, look-alike traps and updated counts set against each other
              by a contested or disputed claim (lower is better)
  precision   recoupe's contested and disputed claims that hold an expected conflict
  quotes      expected statements found as one quote group holding their articles
  changes     of those, the `changed` flag right

usage: python bench/compare_stories.py [DIR ...]   (default: tests/fixtures/compare)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from recoupe import run
from recoupe.text import fold

ROOT = Path(__file__).resolve().parent.parent
CONFLICT = ("contested", "disputed")


def holds(claim, values: dict, ids: dict) -> bool:
    got: dict[str, set] = {}
    for s in claim.support:
        got.setdefault(s.article, set()).add(s.value)
    return all(ids.get(name) in got and (v is None or any(abs(v - x) <= 0.02 * max(abs(v), 1e-9)
                                                          for x in got[ids[name]] if x is not None))
               for name, v in values.items())


def two_values(claim, values: dict, ids: dict) -> bool:
    """The claim holds at least two of the expected versions, of different values."""
    hit = {name: v for name, v in values.items() if v is not None and holds(claim, {name: v}, ids)}
    return len(hit) >= 2 and len({round(v, 6) for v in hit.values()}) >= 2


def score_story(folder: Path) -> dict:
    want = json.loads((folder / "expect.json").read_text(encoding="utf-8"))
    dossier = run([str(f) for f in sorted(folder.glob("*.txt"))])
    ids = {Path(a.input).name: a.id for a in dossier.articles}
    claims = [c for s in dossier.stories for c in s.claims]
    groups = [g for s in dossier.stories for g in s.quote_groups]
    got = {k: [0, 0] for k in ("contested", "disputed", "agreed", "flagged", "precision", "quotes", "changes")}

    def add(what, ok):
        got[what][0] += bool(ok)
        got[what][1] += 1

    for c in want.get("contested", []):
        add("contested", any(x.status in CONFLICT and two_values(x, c["values"], ids) for x in claims))
    for c in want.get("disputed", []):
        add("disputed", any(x.status in CONFLICT and two_values(x, c["values"], ids) for x in claims))
    for c in want.get("agreed", []):
        values = {k: v for k, v in c["values"].items() if v is not None}
        add("agreed", any(x.status == "agreed" and holds(x, values, ids) for x in claims))
    for c in want.get("not_contested", []):
        add("flagged", any(x.status in CONFLICT and two_values(x, c["values"], ids) for x in claims))
    conflicts = want.get("contested", []) + want.get("disputed", [])
    for x in claims:
        if x.status in CONFLICT:
            add("precision", any(two_values(x, c["values"], ids) or holds(x, c["values"], ids) for c in conflicts))
    changed = {m["speaker"] for m in want.get("meaning_changed", [])}
    for g in want.get("quote_groups", []):
        last = fold(g["speaker"].split()[-1])
        hits = [x for x in groups if {ids[a] for a in g["articles"]} <= set(x.articles) and last in fold(x.speaker)]
        add("quotes", hits)
        expect = g.get("changed", g["speaker"] in changed)
        if hits:
            add("changes", hits[0].changed is bool(expect))
    return got


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv[1:]] or [ROOT / "tests" / "fixtures" / "compare"]
    stories = [p for d in dirs for p in sorted(d.iterdir()) if (p / "expect.json").exists()]
    total = {}
    for folder in stories:
        got = score_story(folder)
        for k, (h, n) in got.items():
            t = total.setdefault(k, [0, 0])
            t[0] += h
            t[1] += n
        print(f"{folder.name:40} " + ", ".join(f"{k} {h}/{n}" for k, (h, n) in got.items()))
    print(f"{'all (' + str(len(stories)) + ' stories)':40} " + ", ".join(f"{k} {h}/{n}" for k, (h, n) in total.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
