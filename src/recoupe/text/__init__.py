"""The text toolkit every stage shares: one way to fold a word, to join things into groups,
and to tell a web domain, instead of one per module.

- ``fold``: lower case without accents ("Véhicules" -> "vehicules");
- ``UnionFind``: groups joined pair by pair, each named by its smallest member;
- ``domains``: web domains written in a text ("Vestnik.ru"), told by the public-suffix list
  (the ``publicsuffixlist`` package, which ships it), not by a hand-kept list of endings;
- ``host``: the host of a web address, without "www.".
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Hashable, Iterable
from urllib.parse import urlsplit


def number_value(words: str, lang: str, join: str) -> float | None:
    """The value of written-out number words ("quarante-quatre", "vingt et un"), read by text2num
    in ``lang``; ``join`` is the word between two number words. None when they are no number."""
    from text_to_num import text2num

    words = words.strip().lower()
    try:
        return text2num(words.replace(f" {join} ", f"-{join}-").replace(" ", "-"), lang)
    except ValueError:
        try:
            return text2num(words, lang)
        except ValueError:
            return None


def leftmost_longest(spans: list, key=None) -> list:
    """Of spans that may overlap (anything with ``start`` and ``end``), the ones kept reading left
    to right: sorted by ``key`` (by default start, then the longest first), each span that starts
    inside the last kept one is dropped."""
    kept: list = []
    for s in sorted(spans, key=key or (lambda s: (s.start, -s.end))):
        if kept and s.start < kept[-1].end:
            continue
        kept.append(s)
    return kept


def fold(text: str) -> str:
    """Lower case without accents: "Véhicules" -> "vehicules"; "’" becomes "'"."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


class UnionFind:
    """Disjoint sets: ``join(a, b)`` puts a and b in one group; ``find(x)`` names x's group
    by its smallest member, so the groups do not depend on the order of the joins."""

    def __init__(self, items: Iterable[Hashable] = ()):
        self.parent: dict = {x: x for x in items}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list]:
        """Every group, its members sorted, the groups by their smallest member."""
        out: dict = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted((sorted(g) for g in out.values()), key=lambda g: g[0])


@lru_cache(maxsize=1)
def _suffixes():
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList(only_icann=True, accept_unknown=False)


# a name, a dot, and more of them: "Vestnik.ru", "ouest-france.fr", "bbc.co.uk"
_CANDIDATE = re.compile(r"(?<![\w@./-])((?:[^\W_][\w-]*\.)+[a-z]{2,}(?:\.[a-z]{2,})*)(?![\w.-]*\w)")


def is_domain(name: str) -> bool:
    """True for a registrable web domain: its ending is a public suffix and something stands
    before it ("lemonde.fr", "bbc.co.uk"; not "fr", not "M.Dupont")."""
    return bool(_suffixes().privatesuffix(name.lower()))


def domains(text: str, *, capitalised: bool = False) -> list[tuple[int, int, str]]:
    """The web domains in ``text``, as (start, end, domain); ``capitalised``: only those
    written as a name ("Vestnik.ru", not "vestnik.ru"). The ending must be written in lower
    case: "Macron.Il" is two sentences run together, not a domain of Israel."""
    out = []
    for m in _CANDIDATE.finditer(text):
        name = m.group(1)
        if capitalised and not name[:1].isupper():
            continue
        if is_domain(name):
            out.append((m.start(1), m.end(1), name))
    return out


def host(url: str | None) -> str | None:
    """The host of a web address, without "www.": "lemonde.fr"."""
    if not url:
        return None
    name = urlsplit(url).hostname or ""
    name = name[4:] if name.startswith("www.") else name
    return name or None
