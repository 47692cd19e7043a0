"""Who an article attributes information to: agencies, media, officials.

Sources are read from the phrases that name them ("selon Sputnik Arménie",
"d'après l'AFP", "Azertag a rapporté", "des informations de journalistes
d'Avia.pro", "l'AFP citant le ministère...") and from the speakers of its
quotes and who relayed them. A source is kept as the name the text gives
(a mention's form when one is inside the phrase).
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from ..lang import alternation
from ..records import Mention, Quote
from .quotes import RoleBook, reported_by
from .quotes import patterns as quote_patterns


def _patterns_role(v: ModuleType) -> re.Pattern:
    return quote_patterns(v).role



# A phrase runs to a comma, a colon, a bracket or a full stop that ends the
# sentence ("Avia.pro" and "M. Eyvazov" keep their dots).
_NP = r"(?P<np>(?:[^,;:.«»“”\"()]|\.(?=\w)|(?<=\bM)\.|(?<=\bMme)\.|(?<=\bDr)\.)+?)"
_END = r"(?=\s*(?:[,;:«“\"()]|\.(?!\w)|$))"


@lru_cache(maxsize=None)
def _patterns(v: ModuleType):
    according = re.compile(rf"\b(?:{alternation(a for a in v.ACCORDING_TO if a not in v.ACCORDING_TO_NOT_CITED)})"
                           rf"\s+{_NP}{_END}", re.I)
    nouns = re.compile(rf"\b(?:{alternation(v.SOURCE_NOUNS)})\s+(?:{alternation(v.OF)})\s*{_NP}{_END}", re.I)
    subject = re.compile(rf"(?P<np>[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){{0,3}})\s*,?\s+"
                         rf"(?:{alternation(v.PAST_AUXILIARIES[:3])})\s+(?:{alternation(v.MEDIA_VERBS)})\b", re.U)
    kinds = re.compile(rf"\b(?:{alternation(v.DEFINITE)})?(?:{alternation(v.MEDIA_KINDS)})\s+(?:{v.OF_PRESS}\s+)?"
                       rf"(?:[a-zà-ÿ]+\s+){{0,3}}(?P<np>[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){{0,3}})")
    # ", a indiqué le porte-parole du Kremlin": the source named after an inverted verb
    inverted = re.compile(rf",\s+(?:{alternation(v.PAST_AUXILIARIES)})(?:-t-on)?\s+(?:{alternation(v.REPORTING_VERBS)})"
                          rf"\s+{_NP}{_END}", re.I)
    return according, nouns, subject, kinds, inverted


def cites(paragraphs: list[str], offsets: list[int], mentions: list[Mention], quotes: list[Quote],
          roles: RoleBook, v: ModuleType) -> list[str]:
    found: list[str] = []

    def add(name: str | None):
        if not name or len(name) < 2 or not re.search(r"[A-ZÀ-Ý]", name) or len(name.split()) > 8:
            return                         # "selon lui", "selon les chiffres": no one named
        if name.lower() not in {f.lower() for f in found} and name.lower() not in v.PRONOUNS:
            found.append(name)

    according, nouns, subject, kinds, inverted = _patterns(v)
    for index, (text, base) in enumerate(zip(paragraphs, offsets)):
        here = [m for m in mentions if m.paragraph == index]
        hits = []
        for rx in (according, nouns, subject, kinds, inverted):
            for m in rx.finditer(text):
                hits.append((m.start("np"), m.group("np"), rx is inverted))
        for start, phrase, after_verb in sorted(hits):
            speaker, via = reported_by(phrase, here, base + start, roles, v)
            lead = re.sub(rf"(?i)^(?:{alternation(v.DEFINITE)})\s*", "", (speaker or "").strip())
            if after_verb and not (lead[:1].isupper() or _patterns_role(v).match(phrase.strip())
                                   or re.match(rf"(?i)^(?:{alternation(v.DEFINITE)})?(?:{alternation(v.SOURCE_KINDS)})\b",
                                               phrase.strip())):
                continue                   # ", a annoncé ce mercredi le début…": an object, not a source
            for name in via + [speaker]:
                add(name)
    for q in quotes:
        for name in q.via:
            add(name)
        if q.speaker and q.cue in ("verb-after", "according-to", "colon"):
            add(q.speaker)
    # a name inside a longer one found too ("Défense" in "ministère ... de la Défense") goes
    return [f for f in found if not any(f != g and f.lower() in g.lower() for g in found)]
