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
    """(problems, reasons agreeing, reasons compared, outlet right or None, counts).

    counts: kept / keep (body pieces), removed / remove (furniture lines), and
    per field [right, expected].
    """
    want = json.loads(expect.read_text(encoding="utf-8"))
    body = norm(art.text)
    paragraphs = [norm(p) for p in art.paragraphs]
    problems = []
    counts = {"kept": 0, "keep": 0, "removed": 0, "remove": 0}
    for piece in want["keep"]:
        counts["keep"] += 1
        if norm(piece) not in body:
            problems.append(f"lost: {piece!r}")
        else:
            counts["kept"] += 1
    got_reason = {norm(r.text): r.reason for r in art.removed}
    agree = compared = 0
    for line, reason in want["remove"].items():
        key = norm(line)
        counts["remove"] += 1
        if reason in ("repeated paragraph", "headline repeated"):
            limit = 0 if reason == "headline repeated" else 1
            if paragraphs.count(key) > limit:
                problems.append(f"{reason} {paragraphs.count(key)} times: {line[:60]!r}")
            else:
                counts["removed"] += 1
        elif key in paragraphs:
            problems.append(f"kept ({reason}): {line[:70]!r}")
        else:
            counts["removed"] += 1
            if key in got_reason:
                compared += 1
                # "outside main text" (HTML: trafilatura left it out) is right, if less specific.
                agree += got_reason[key] == reason or got_reason[key] == "outside main text"
    for name in ("title", "author", "url"):
        expected, got = want.get(name), getattr(art, name)
        if expected:
            ok = bool(got) and (norm(expected) in norm(got) or norm(got) in norm(expected))
            counts.setdefault(name, [0, 0])
            counts[name][0] += ok
            counts[name][1] += 1
            if not ok:
                problems.append(f"{name}: {got!r} instead of {expected!r}")
    if want.get("published"):
        ok = art.published.value == want["published"]
        counts.setdefault("published", [0, 0])
        counts["published"][0] += ok
        counts["published"][1] += 1
        if not ok:
            problems.append(f"published: {art.published.value!r} instead of {want['published']!r}")
    outlet_ok = None
    if want.get("outlet"):
        got = art.outlet or ""
        outlet_ok = bool(got) and (norm(want["outlet"]) in norm(got) or norm(got) in norm(want["outlet"]))
    return problems, agree, compared, outlet_ok, counts


def measure(root: Path = FIXTURES) -> dict:
    expects = cases(root)
    arts = {a.input: a for a in run([str(page_of(e)) for e in expects]).articles}
    out = {"fixtures": len(expects), "clean": 0, "agree": 0, "compared": 0, "outlets": 0, "outlet_right": 0,
           "kept": 0, "keep": 0, "removed": 0, "remove": 0, "fields": {}, "problems": {}}
    for e in expects:
        art = arts.get(str(page_of(e)))
        if art is None:
            out["problems"][e.name] = ["no article"]
            continue
        problems, a, c, ok, counts = check(e, art)
        out["clean"] += not problems
        out["agree"] += a
        out["compared"] += c
        for k in ("kept", "keep", "removed", "remove"):
            out[k] += counts[k]
        for name in ("title", "author", "url", "published"):
            if name in counts:
                right, total = out["fields"].get(name, (0, 0))
                out["fields"][name] = (right + counts[name][0], total + counts[name][1])
        if ok is not None:
            out["outlets"] += 1
            out["outlet_right"] += ok
        if problems:
            out["problems"][e.name] = problems
    return out


def _rate(a, b):
    return f"{a}/{b} = {a / max(b, 1):.3f}"


def main(argv: list[str]) -> int:
    paths = [a for a in argv[1:] if not a.startswith("--")]
    root = Path(paths[0]) if paths else FIXTURES
    m = measure(root)
    if "--quiet" not in argv:
        for name, problems in m["problems"].items():
            print(name)
            for p in problems:
                print("   ", p)
    print(f"fixtures fully right: {m['clean']}/{m['fixtures']}")
    print(f"body sentences kept: {_rate(m['kept'], m['keep'])}")
    print(f"furniture lines removed: {_rate(m['removed'], m['remove'])}")
    print(f"removal reasons agreeing: {_rate(m['agree'], m['compared'])}")
    print(f"outlet right: {_rate(m['outlet_right'], m['outlets'])}")
    for name, (right, total) in sorted(m["fields"].items()):
        print(f"{name} right: {_rate(right, total)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
