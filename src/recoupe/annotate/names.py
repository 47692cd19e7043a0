"""Names in an article: spaCy's entities, cleaned of articles and titles.

spaCy finds the spans; this module only decides what a span names
(``form``): "l'Arménie" is "Arménie", "le colonel Eyvazov" is "Eyvazov".
MISC spans are kept as candidates (type ``MISC``): the entity linker keeps
one only when it matches a person, organisation or place named elsewhere
("Le Haut-Karabakh" at the head of a sentence, which spaCy labels MISC).
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from ..records import Mention
from ..text import domains

LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}

# A web domain named as a source ("Avia.pro", "Meduza.io"): spaCy rarely labels these.
_EDGE = re.compile(r"^[\s\"'«»“”„‘’()\[\],;:.!?-]+|(?<!\b[A-Z])[\s\"'«»“”„‘’()\[\],;:.!?-]+$")


def clean_form(text: str, v: ModuleType, *, keep_capital_article: bool = False) -> str:
    """The name a span stands for, without article, title or edge punctuation.

    With ``keep_capital_article`` (the span stands inside a sentence), a
    capitalised article is part of the name: "Le Monde", "Le Havre".
    """
    form = _EDGE.sub("", " ".join(text.split()))
    changed = True
    while changed and form:
        changed = False
        low = form.lower().replace("’", "'")
        if keep_capital_article and form[:1].isupper() and any(low.startswith(a) for a in v.ARTICLES):
            break
        for article in v.ARTICLES:
            if low.startswith(article) and len(form) > len(article):
                form = form[len(article):].lstrip()
                changed = True
                break
        low = form.lower().replace("’", "'")
        for title in _longest_first(v.TITLES):
            if low.startswith(title + " ") and len(form.split()) > len(title.split()):
                form = form[len(title):].lstrip()
                changed = True
                break
    return _EDGE.sub("", form)


@lru_cache(maxsize=None)
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def mentions(docs, paragraphs: list[str], offsets: list[int], v: ModuleType) -> list[Mention]:
    """Mentions of every paragraph's spaCy doc; ``offsets`` place each paragraph in the article text."""
    out: list[Mention] = []
    for index, (doc, text, base) in enumerate(zip(docs, paragraphs, offsets)):
        found = domains(text, capitalised=True)
        for start, end, name in found:
            out.append(Mention(start=base + start, end=base + end, text=name, type="ORG", form=name, paragraph=index))
        for ent in doc.ents:
            label = LABELS.get(ent.label_)
            if label is None or any(a < ent.end_char and ent.start_char < b for a, b, _ in found):
                continue
            inside = bool(text[:ent.start_char].strip()) and not re.search(r"[.!?…»:]\s*$", text[:ent.start_char])
            form = clean_form(ent.text, v, keep_capital_article=inside)
            if len(form) < 2 or not form[:1].isupper() or form.lower() in v.TITLES:
                continue
            if not inside and form.lower() in v.ROLE_HEADS:   # "Géologue à l'Observatoire, Marc Rivoire …"
                continue
            out.append(Mention(start=base + ent.start_char, end=base + ent.end_char, text=ent.text, type=label, form=form, paragraph=index))
    out.sort(key=lambda m: m.start)
    return out
