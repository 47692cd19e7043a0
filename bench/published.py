#!/usr/bin/env python3
"""Publication dates read from the text alone, precision first.

Every dated text we have is read with its stated date hidden: the French
TimeBank dev files (shared/data/fr-timebank-dev), recoupe's own TimeML
fixtures (tests/fixtures/timeml) and its publication-date texts
(tests/fixtures/published: datelines, weekdays, deadlines, compared dates)
carry their creation date (DCT). The text,
stripped of its markup, goes to ``infer_published`` as an article with no
date; the date it gives is right when it is the DCT (a year or a month given
alone is right when the DCT is in it). Prints, per set and in all: how many
texts get a date (coverage), how many of those are right (precision), and
every wrong one with its evidence.

usage: python bench/published.py [--shared DIR] [--json]
"""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

from recoupe.annotate.times import infer_published
from recoupe.records import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seeds import shared_dir  # noqa: E402

TIMEML = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "timeml"
OWN = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "published"   # self-dating texts, and traps
_DCT = re.compile(r'<DCT>.*?value="([^"]+)"', re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


def read_timeml(path: Path) -> tuple[str, str] | None:
    """(creation date, plain text) of a TimeML file."""
    raw = path.read_text(encoding="utf-8")
    dct, body = _DCT.search(raw), _TEXT.search(raw)
    if not dct or not body:
        return None
    text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1)))
    return dct.group(1)[:10], text


def measure(folders: dict[str, Path]) -> dict:
    out: dict = {}
    for name, folder in folders.items():
        row = dict(texts=0, dated=0, right=0, day=0, wrong=[])
        for path in sorted(folder.glob("*.tml")):
            got = read_timeml(path)
            if got is None:
                continue
            dct, text = got
            paragraphs = tuple(p.strip() for p in text.split("\n") if p.strip())
            pub = infer_published(Article(id=path.stem, input=str(path), paragraphs=paragraphs))
            row["texts"] += 1
            if pub is None or not pub.value:
                continue
            row["dated"] += 1
            row["day"] += len(pub.value) == 10
            if dct.startswith(pub.value):
                row["right"] += 1
            else:
                row["wrong"].append((path.name, dct, pub.value, pub.evidence))
        out[name] = row
    total = dict(texts=0, dated=0, right=0, day=0, wrong=[])
    for row in out.values():
        for k in total:
            total[k] += row[k]
    out["all"] = total
    return out


def folders(shared: Path | None) -> dict[str, Path]:
    found = {"own TimeML": TIMEML, "own datelines": OWN}
    if shared is not None:
        found = {"TimeBank dev": shared / "data" / "fr-timebank-dev", **found}
    return found


def main(argv: list[str]) -> int:
    shared = shared_dir(argv[argv.index("--shared") + 1] if "--shared" in argv else None)
    m = measure(folders(shared))
    if "--json" in argv:
        print(json.dumps(m, ensure_ascii=False, indent=1))
        return 0
    for name, r in m.items():
        prec = r["right"] / r["dated"] if r["dated"] else 1.0
        print(f"{name:14s} dated {r['dated']}/{r['texts']} (coverage {r['dated'] / max(r['texts'], 1):.2f}, "
              f"to the day {r['day']}), right {r['right']}/{r['dated']} (precision {prec:.3f})")
    for name, r in m.items():
        if name == "all":
            continue
        for file, dct, value, why in r["wrong"]:
            print(f"  wrong: {name} {file}: {value} for {dct} ({why})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
