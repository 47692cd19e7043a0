#!/usr/bin/env python3
"""Cleaning on the realistic French page fixtures (tests/fixtures/*): prints, per
fixture, what went wrong, then the totals that tests/test_clean_fixtures.py pins.

usage: python bench/clean_fixtures.py [FIXTURES_DIR]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from recoupe import run
from recoupe.clean.rules import norm

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def cases(root: Path = FIXTURES) -> list[Path]:
    return sorted(root.glob("*/*.expect.json"))


def page_of(expect: Path) -> Path:
    stem = expect.name[: -len(".expect.json")]
    [page] = [p for p in expect.parent.glob(stem + ".*") if not p.name.endswith(".expect.json")]
    return page


def check(expect: Path, art):
    """(problems, reasons agreeing, reasons compared, outlet right or None)."""
    want = json.loads(expect.read_text(encoding="utf-8"))
    body = norm(art.text)
    paragraphs = [norm(p) for p in art.paragraphs]
    problems = []
    for piece in want["keep"]:
        if norm(piece) not in body:
            problems.append(f"lost: {piece!r}")
    got_reason = {norm(r.text): r.reason for r in art.removed}
    agree = compared = 0
    for line, reason in want["remove"].items():
        key = norm(line)
        if reason in ("repeated paragraph", "headline repeated"):
            limit = 0 if reason == "headline repeated" else 1
            if paragraphs.count(key) > limit:
                problems.append(f"{reason} {paragraphs.count(key)} times: {line[:60]!r}")
        elif key in paragraphs:
            problems.append(f"kept ({reason}): {line[:70]!r}")
        elif key in got_reason:
            compared += 1
            # "outside main text" (HTML: trafilatura left it out) is right, if less specific.
            agree += got_reason[key] == reason or got_reason[key] == "outside main text"
    for name in ("title", "author", "url"):
        expected, got = want.get(name), getattr(art, name)
        if expected and not (got and (norm(expected) in norm(got) or norm(got) in norm(expected))):
            problems.append(f"{name}: {got!r} instead of {expected!r}")
    if want.get("published") and art.published.value != want["published"]:
        problems.append(f"published: {art.published.value!r} instead of {want['published']!r}")
    outlet_ok = None
    if want.get("outlet"):
        got = art.outlet or ""
        outlet_ok = bool(got) and (norm(want["outlet"]) in norm(got) or norm(got) in norm(want["outlet"]))
    return problems, agree, compared, outlet_ok



def measure(root: Path = FIXTURES) -> dict:
    expects = cases(root)
    arts = {a.input: a for a in run([str(page_of(e)) for e in expects]).articles}
    out = {"fixtures": len(expects), "clean": 0, "agree": 0, "compared": 0, "outlets": 0, "outlet_right": 0,
           "problems": {}}
    for e in expects:
        art = arts.get(str(page_of(e)))
        if art is None:
            out["problems"][e.name] = ["no article"]
            continue
        problems, a, c, ok = check(e, art)
        out["clean"] += not problems
        out["agree"] += a
        out["compared"] += c
        if ok is not None:
            out["outlets"] += 1
            out["outlet_right"] += ok
        if problems:
            out["problems"][e.name] = problems
    return out


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else FIXTURES
    m = measure(root)
    for name, problems in m["problems"].items():
        print(name)
        for p in problems:
            print("   ", p)
    print(f"fixtures fully right: {m['clean']}/{m['fixtures']}")
    print(f"removal reasons agreeing: {m['agree']}/{m['compared']} = {m['agree'] / max(m['compared'], 1):.3f}")
    print(f"outlet right: {m['outlet_right']}/{m['outlets']} = {m['outlet_right'] / max(m['outlets'], 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
