"""Entities: the mentions of every article linked into people, organisations
and places, each with the variants the articles write it with.

Written by hand: spaCy finds names but does not link them, and entity
linkers that do (to Wikidata) need a knowledge base and the network. The
rules here only look at the names themselves:

- spellings and transliterations of one name share a key ("Karabakh",
  "Karabagh", "Garabagh"; "Aliyev", "Aliev"; "Latchine", "Lachin");
- a place with a qualifier is the place ("Haut-Karabakh", "Nagorny
  Karabakh" and "Karabakh"; "République d'Azerbaïdjan" and "Azerbaïdjan");
- a surname alone is the one full name in the corpus that ends with it
  ("Peskov" is "Dmitri Peskov"); two people with that surname stay apart;
- a MISC span (spaCy's "other") is kept only when it matches one of these.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter, defaultdict

from ..pipeline.stage import Stage
from ..records import Dossier, Entity, Mention, Variant
from ..lang.spellings import SPELLINGS
from ..text import UnionFind, fold



def sound(word: str) -> str:
    """A spelling-blind key of one word: transliterations of a name meet here."""
    w = re.sub(r"[^a-z]", "", fold(word))
    for a, b in SPELLINGS:
        w = w.replace(a, b)
    w = re.sub(r"(.)\1+", r"\1", w)
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def tokens(form: str) -> list[str]:
    return [t for t in re.split(r"[\s\-'’]+", form) if t]


def name_key(form: str) -> str:
    return " ".join(sound(t) for t in tokens(form))


def core_place(form: str, distinct: tuple[str, ...] = (), qualifiers: frozenset[str] = frozenset()) -> str | None:
    """The place a qualified place name qualifies: "Haut-Karabakh" -> "Karabakh"."""
    if fold(form) in {fold(d) for d in distinct}:
        return None                        # "Haut-Rhin" is a department, not the Rhine
    parts = tokens(form)
    lowered = [fold(p) for p in parts]
    i = 0
    while i < len(parts) - 1 and lowered[i] in qualifiers:
        i += 1
    return " ".join(parts[i:]) if 0 < i < len(parts) else None


def _compatible(a: Counter, b: Counter) -> bool:
    """Names of the same kind (or one only seen as MISC)."""
    ka = {t for t in a if t != "MISC"}
    kb = {t for t in b if t != "MISC"}
    return not ka or not kb or bool(ka & kb)


def _distance(a: str, b: str) -> int:
    """Edit distance (Levenshtein), for the short keys of names."""
    if len(a) < len(b):
        a, b = b, a
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def close(a: str, b: str) -> bool:
    """Two name keys a transliteration apart ("karkiv"/"karkov", "kiev"/"kiv"):
    the same number of words, each word with the same first letter and at most
    one edit in five letters. Words under five letters must match exactly:
    "Iran" and "Irak" are one edit apart."""
    ta, tb = a.split(), b.split()
    if a == b or len(ta) != len(tb):
        return a == b
    for x, y in zip(ta, tb):
        if x == y:
            continue
        if x[:1] != y[:1] or min(len(x), len(y)) < 5 or _distance(x, y) > max(1, min(len(x), len(y)) // 5):
            return False
    return True


def link(mentions_by_article: dict[str, list[Mention]], distinct: tuple[str, ...] = (),
         qualifiers: tuple[str, ...] = ()) -> tuple[list[Entity], dict[tuple[str, int], str]]:
    """Entities, and the entity id of each (article id, mention start). ``distinct`` and
    ``qualifiers`` are the languages' DISTINCT_PLACES and PLACE_QUALIFIERS."""
    folded = frozenset(fold(q) for q in qualifiers)
    forms: dict[str, Counter] = defaultdict(Counter)           # key -> types seen
    for ms in mentions_by_article.values():
        for m in ms:
            forms[name_key(m.form)][m.type] += 1
    union = UnionFind()
    keys = list(forms)
    for k in keys:
        union.find(k)
    typed = {k: c for k, c in forms.items() if any(t != "MISC" for t in c)}
    # places with a qualifier
    by_key = {}
    for ms in mentions_by_article.values():
        for m in ms:
            by_key.setdefault(name_key(m.form), m.form)
    # spellings a transliteration apart, within names of the same shape (near-linear: buckets)
    buckets = defaultdict(list)
    for k in keys:
        buckets[(len(k.split()), " ".join(t[:1] for t in k.split()))].append(k)
    for bucket in buckets.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1:]:
                if close(a, b) and _compatible(forms[a], forms[b]):
                    union.join(a, b)
    for k, form in by_key.items():
        core = core_place(form, distinct, folded)
        if core and name_key(core) in forms and ("LOC" in forms[k] or "LOC" in forms[name_key(core)]):
            union.join(k, name_key(core))
    # surnames alone
    full_names = defaultdict(set)
    for k, c in typed.items():
        if c.get("PER") and len(k.split()) >= 2:
            full_names[k.split()[-1]].add(k)
    for k, c in forms.items():
        if len(k.split()) == 1 and (c.get("PER") or c.get("MISC")) and len(full_names.get(k, ())) == 1:
            union.join(k, next(iter(full_names[k])))
    # groups
    groups: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for aid, ms in mentions_by_article.items():
        for m in ms:
            groups[union.find(name_key(m.form))].append((aid, m))
    entities, ids = [], {}
    for root, members in sorted(groups.items()):
        types = Counter(m.type for _, m in members if m.type != "MISC")
        if not types:
            continue                        # only MISC: not a name we link
        kind = types.most_common(1)[0][0]
        variants: dict[str, set[str]] = defaultdict(set)
        for aid, m in members:
            variants[m.form].add(aid)
        # the spelling most articles use; between equals, the fullest ("Anar Eyvazov" over "Eyvazov")
        name = max(variants, key=lambda f: (len(variants[f]), len(tokens(f)), sum(1 for _, m in members if m.form == f),
                                            len(f)))
        eid = "e" + hashlib.sha1(f"{kind}:{name_key(name)}".encode()).hexdigest()[:8]
        entities.append(Entity(id=eid, name=name, type=kind, variants=tuple(Variant(text=f, articles=tuple(sorted(a))) for f, a in sorted(variants.items()))))
        for aid, m in members:
            ids[(aid, m.start)] = eid
    entities.sort(key=lambda e: (-sum(len(v.articles) for v in e.variants), e.name))
    return entities, ids


class LinkEntities(Stage):
    """Links every article's mentions into entities; quote speakers get their entity."""

    name = "entities"
    requires = ("article.mentions", "article.quotes")
    provides = ("dossier.entities", "article.mentions.entity", "article.quotes.speaker_entity")
    scope = "corpus"

    def run(self, dossier: Dossier) -> Dossier:
        from ..lang import vocab

        tables = [t for t in {vocab(a.language) for a in dossier.articles} if t is not None]
        distinct = sorted({d for t in tables for d in getattr(t, "DISTINCT_PLACES", ())})
        qualifiers = sorted({q for t in tables for q in getattr(t, "PLACE_QUALIFIERS", ())})
        entities, ids = link({a.id: list(a.mentions) for a in dossier.articles}, tuple(distinct), tuple(qualifiers))
        by_variant = {}
        for e in entities:
            for v in e.variants:
                by_variant.setdefault(name_key(v.text), e.id)
        kind = {e.id: e.type for e in entities}
        articles = []
        for a in dossier.articles:
            mentions = tuple(dataclasses.replace(m, entity=ids[(a.id, m.start)], type=kind[ids[(a.id, m.start)]])
                             for m in a.mentions if (a.id, m.start) in ids)
            quotes = tuple(dataclasses.replace(q, speaker_entity=by_variant.get(name_key(q.speaker)))
                           if q.speaker else q for q in a.quotes)
            articles.append(dataclasses.replace(a, mentions=mentions, quotes=quotes))
        return dataclasses.replace(dossier, articles=tuple(articles), entities=tuple(entities))
