#!/usr/bin/env python3
"""French words in the code outside the language package (issue 16's seam): the string
literals of src/recoupe (not comments, not docstrings) outside recoupe/lang/, searched for
French function words, and for French content words (words wordfreq finds common in French and
rare in English: "heures", "publié", "durée"). Prints each file's count and the total; the goal is 0.

usage: python bench/french_outside_lang.py [--list]
"""
from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "recoupe"
# French function words: articles, prepositions, pronouns, auxiliaries; none is an English word
FRENCH = {"le", "la", "les", "des", "du", "une", "est", "sont", "dans", "pour", "avec", "qui", "que", "sur",
          "aux", "ces", "cette", "depuis", "selon", "mais", "ou", "où", "ont", "été", "leur", "leurs", "nous",
          "vous", "ils", "elle", "elles", "très", "plus", "moins", "entre", "avant", "après", "lors", "dont",
          "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "demain",
          "veille", "lendemain", "aujourd"}
_WORD = re.compile(r"[^\W\d_]+", re.U)
# Universal Dependencies tags and labels ("AUX", "aux"): spaCy's names, not French words
_UD = {"aux", "aux:pass"}
# a regular expression's escapes ("\bpour\b", "\s+le"): read the words, not "bpour"
_ESCAPE = re.compile(r"\\[A-Za-z]")


def docstrings(tree: ast.AST) -> set[int]:
    """The ids of the string constants that are docstrings."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                out.add(id(body[0].value))
    return out


# A word is French content when common in French (Zipf > 2.5: some 300 per billion words) and
# rare in English (Zipf < 2.5); these two are not: the project's name, an English word.
NOT_FRENCH = {"recoupe", "apposition"}


def is_french(word: str) -> bool:
    if word in FRENCH:
        return True
    if len(word) < 3 or word in NOT_FRENCH:
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "fr") > 2.5 and zipf_frequency(word, "en") < 2.5


def french_in(path: Path) -> list[tuple[int, str]]:
    """(line, word) for each French word in the file's string literals."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip \
                and node.value not in _UD and not node.value.isupper():
            for w in _WORD.findall(_ESCAPE.sub(" ", node.value)):
                if len(w) > 1 and w.isupper():
                    continue               # a code or an abbreviation ("CEST", "NUL"), not a word
                if is_french(w.lower()):
                    found.append((node.lineno, w.lower()))
    return found


def count() -> Counter:
    per_file: Counter = Counter()
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC)
        if rel.parts[0] == "lang":
            continue
        n = len(french_in(path))
        if n:
            per_file[str(rel)] = n
    return per_file


def main(argv: list[str]) -> int:
    per_file = count()
    for name, n in per_file.most_common():
        print(f"{n:5d}  {name}")
        if "--list" in argv:
            for line, w in french_in(SRC / name)[:20]:
                print(f"         line {line}: {w}")
    print(f"{sum(per_file.values())} French words in string literals outside recoupe/lang/, "
          f"in {len(per_file)} files (goal: 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
