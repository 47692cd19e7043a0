"""The story's summary: sentences taken from its articles, chosen for the
facts most independent sources support, each citing every article that says it.

Written by hand (no extractive summarizer counts independent sources or
cites them). A sentence's score adds up:

- support: the share of the story's independent sources (copies count once)
  that have a sentence saying the same (sentence vectors);
- facts: the share of sources that tell a fact the sentence tells: a dated
  event of the timeline, a figure of a claim, a statement of a quote group;
- centrality: its likeness to the story as a whole;
- concreteness: it gives a date or a figure;
- position: news puts the main fact first; the lead of the story's newest
  article (when its articles span several days) is its latest development.

Sentences are taken best first, skipping any too like one already taken,
until the summary reaches its length; a relative date in them gets its day
("ce mercredi (17 avril 2024)"). A sentence that gives one version of a
contested or disputed figure names the claim and its versions in its note;
the versions themselves are in the story's claims, not appended, so the
summary keeps its length.
A sentence is cited to an article only when that article says it: a sentence
of it gives the same figures and carries at least ``CITE_WORDS`` of the
sentence's words, or means the same (``CITE_VECTOR``), or gives the same
dates and tells the same fact (``SAME_FACT``).
"""
from __future__ import annotations

import re
from collections import Counter

import numpy as np

from ..records import Article, Claim, Story, SummaryItem
from .claims import values_of
from ..text.sentences import Sentence, sentences
from .text import lexical_support, pieces, vectors, words

SAME_FACT = 0.60      # sentence-vector likeness from which two sentences tell the same fact
SAME_DATE = 0.4      # ... when they give the same date
REDUNDANT = 0.65      # ... from which a candidate adds nothing to the summary
CITE_VECTOR = 0.80
CITE_WORDS = 0.60
MIN_WORDS, MAX_WORDS = 6, 50
OVERFLOW = 1.25       # the last sentence may take the summary this far past its length
W_SUPPORT, W_FACT, W_CENTRAL, W_POSITION, W_RECENT = 0.5, 0.5, 2.0, 0.5, 0.5
W_CONCRETE = 0.4
GLOSS_CONFIDENCE = 0.6   # a relative date is glossed with its day only from a publication date this sure
# Figures that describe rather than tell what happened (a person's age, how long something
# lasted): they make a sentence neither concrete nor a shared fact for the summary.
BACKGROUND_DIMENSIONS = ("age", "duration")


def _language(members: list[Article]) -> str | None:
    langs = Counter(a.language for a in members if a.language)
    return langs.most_common(1)[0][0] if langs else None


def eligible(article: Article) -> list[Sentence]:
    """The sentences of an article a summary may take: neither too short nor too long, no
    question, not its headline. (The only ones the summary encodes: ``Summarize.vector_texts``.)"""
    title = (article.title or "").strip().lower()
    out = []
    for s in sentences(article):
        n = len(words(s.text))
        if MIN_WORDS <= n <= MAX_WORDS and not s.text.rstrip().endswith("?") and s.text.strip().lower() != title:
            out.append(s)
    return out


def candidates(members: list[Article]) -> list[Sentence]:
    """The eligible sentences of a story's articles in its main language."""
    lang = _language(members)
    return [s for a in members if not (lang and a.language and a.language != lang) for s in eligible(a)]


def dates_of(members: list[Article], sents: list[Sentence]) -> list[set[str]]:
    """The resolved dates each sentence gives."""
    by_id = {a.id: a for a in members}
    return [{t.value for t in by_id[s.article].times
             if t.type == "DATE" and t.value and t.value[:1].isdigit() and s.start <= t.start < s.end} for s in sents]


def facts_of(story: Story, members: list[Article], sents: list[Sentence], claims: tuple[Claim, ...],
             sim) -> list[set[str]]:
    """For each sentence, the articles that tell a fact it tells: the same date
    in a like sentence (``SAME_DATE``), a figure of the same claim (agreed or
    contested), a statement of the same quote group."""
    dates = dates_of(members, sents)
    out = []
    for i, s in enumerate(sents):
        arts: set[str] = set()
        if dates[i]:
            arts |= {sents[j].article for j in range(len(sents))
                     if dates[i] & dates[j] and sim[i, j] >= SAME_DATE}
        for c in claims:
            if c.status != "single" and c.dimension not in BACKGROUND_DIMENSIONS \
                    and any(x.article == s.article and x.text == s.text for x in c.support):
                arts |= {x.article for x in c.support}
        for g in story.quote_groups:
            if any(v.article == s.article and v.text in s.text for v in g.versions):
                arts |= set(g.articles)
        out.append(arts)
    return out


def build(story: Story, members: list[Article], claims: tuple[Claim, ...], encode,
          budget: int = 100) -> tuple[SummaryItem, ...]:
    sents = candidates(members)
    if not sents:
        return ()
    by_id = {a.id: a for a in members}
    source_of = {a: i for i, g in enumerate(story.sources or [(m.id,) for m in members]) for a in g}
    n_sources = len({source_of.get(a.id, a.id) for a in members}) or 1
    vec = vectors([s.text for s in sents], encode)
    if vec.shape[1]:
        sim = vec @ vec.T
        centroid = vec.mean(axis=0)
        centroid /= np.linalg.norm(centroid) or 1.0
        central = vec @ centroid
    else:
        sim = np.array([[lexical_support(a.text, b.text) for b in sents] for a in sents], dtype=np.float32)
        central = sim.mean(axis=1)
    src = [source_of.get(s.article, s.article) for s in sents]
    facts = facts_of(story, members, sents, claims, sim)
    dates = dates_of(members, sents)
    latest = newest(members)
    scores = []
    for i, s in enumerate(sents):
        agree = {src[j] for j in range(len(sents)) if sim[i, j] >= SAME_FACT} | {src[i]}
        told = {source_of.get(a, a) for a in facts[i]} | {src[i]}
        support = (len(agree) - 1) / max(n_sources - 1, 1)
        fact = (len(told) - 1) / max(n_sources - 1, 1)
        position = 1.0 / (1.0 + s.index)
        recent = position if s.article in latest else 0.0
        art = by_id[s.article]
        concrete = float(any(s.start <= t.start < s.end for t in art.times if t.type == "DATE")
                         or any(s.start <= q.start < s.end for q in art.quantities
                                if q.dimension not in BACKGROUND_DIMENSIONS))
        scores.append(W_SUPPORT * support + W_FACT * fact + W_CENTRAL * float(central[i]) + W_POSITION * position
                      + W_RECENT * recent + W_CONCRETE * concrete)

    chosen: list[int] = []
    total = 0
    for i in sorted(range(len(sents)), key=lambda i: (-scores[i], sents[i].article, sents[i].index)):
        if total >= budget:
            break
        n = len(words(sents[i].text))
        if total + n > budget * OVERFLOW and total >= budget * 0.6:
            continue
        if any(sim[i, j] >= REDUNDANT for j in chosen):
            continue
        if not _says(by_id[sents[i].article], sents[i].text):
            continue
        chosen.append(i)
        total += n

    # a sentence that gives one version of a contested or disputed figure says so in its note;
    # the other versions are in the story's claims, not appended here: the summary keeps its budget
    items: list[SummaryItem] = []
    contested = [c for c in claims if c.status in ("contested", "disputed")]
    noted: set[str] = set()
    said: set[str] = set()
    for i in chosen:
        s = sents[i]
        if s.text in said:
            continue
        said.add(s.text)
        mine = [c for c in contested if c.id not in noted and any(x.article == s.article and x.text == s.text
                                                                   for x in c.support)]
        noted.update(c.id for c in mine[:1])
        items.append(SummaryItem(text=dated(s, by_id[s.article]), articles=_cited(s, i, sents, sim, dates),
                                 claim=mine[0].id if mine else None, note=_note(mine[0]) if mine else ""))
    return tuple(items)


def newest(members: list[Article]) -> set[str]:
    """The articles of the story's last day, when its articles span several days: their lead is its latest news."""
    days = {a.id: a.published.value for a in members if a.published.value and len(a.published.value) == 10}
    if len(set(days.values())) < 2:
        return set()
    last = max(days.values())
    return {a for a, d in days.items() if d == last}


def dated(s: Sentence, article: Article) -> str:
    """The sentence, with the day a relative date stands for after it: taken
    out of its article, "ce mercredi" says nothing; "ce mercredi (17 avril 2024)" does."""
    from ..lang import vocab

    v = vocab(article.language)
    months = getattr(v, "MONTH_NAMES", None) if v else None
    if not months:
        return s.text
    if article.published.inferred and (article.published.confidence or 0.0) < GLOSS_CONFIDENCE:
        return s.text                   # a day reasoned from a guess would print the guess as a fact
    text = s.text
    for t in sorted(article.times, key=lambda t: -t.start):
        if not (s.start <= t.start and t.end <= s.end) or t.type != "DATE" or not t.value:
            continue
        if any(ch.isdigit() for ch in t.text) or len(t.value) != 10 or not t.value[:4].isdigit():
            continue
        y, m, d = t.value.split("-")
        at = t.end - s.start
        text = f"{text[:at]} ({int(d)} {months[int(m) - 1]} {y}){text[at:]}"
    return text


def _note(c: Claim) -> str:
    return f"{c.status} figure, {c.subject}: {values_of(c)}"


def _says(article: Article, text: str) -> bool:
    return any(lexical_support(text, p) >= CITE_WORDS for p in pieces(article))


def _cited(s: Sentence, i: int, sents: list[Sentence], sim, dates: list[set[str]]) -> tuple[str, ...]:
    out = [s.article]
    figures = _figures(s.text)
    for j, t in enumerate(sents):
        if t.article in out or not figures <= _figures(t.text):     # a citation never gives another figure
            continue
        if sim[i, j] >= CITE_VECTOR or lexical_support(s.text, t.text) >= CITE_WORDS \
                or (dates[i] and dates[i] == dates[j] and sim[i, j] >= SAME_FACT):
            out.append(t.article)
    return tuple(out)


def _figures(text: str) -> set[str]:
    """The numbers a sentence gives, spaces inside them removed ("1 960" -> "1960")."""
    return {re.sub(r"\D", "", m) for m in re.findall(r"\d[\d\s\u00a0\u202f.,]*\d|\d", text)}
