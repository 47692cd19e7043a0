"""The reading stage: one spaCy pass per article, then the extractors.

spaCy (tokens, parts of speech, names) runs once per paragraph; names,
quotes, figures and cited sources are read from its output and the text. The
language-specific words come from ``recoupe/lang`` (see ``vocab``); an
article in a language recoupe cannot read yet passes through unchanged.
"""
from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import Counter

from ..models import load_spacy
from ..pipeline.stage import Stage, passed_over
from ..records import Article
from .cites import cites
from ..lang import ASSUMED, vocab
from .names import mentions
from .quantities import quantities
from .quotes import RoleBook, quotes


# Paragraphs spaCy takes in one batch: its working memory grows with the batch (a flattened
# 1 MB text made 200 paragraphs and 3.2 GB in one batch of spaCy's default 1,000).
PARAGRAPHS_PER_BATCH = 16

_CONTENT = {"NOUN", "PROPN", "VERB", "ADJ"}


def terms(docs) -> tuple[tuple[str, int], ...]:
    """Content lemmas (nouns, names, verbs, adjectives; no stop words) and their counts."""
    counts: dict[str, int] = {}
    for doc in docs:
        for t in doc:
            if t.pos_ in _CONTENT and not t.is_stop and t.is_alpha and (len(t.text) > 2 or t.text.isupper()):
                lemma = (t.text if t.pos_ == "PROPN" else t.lemma_).lower()
                counts[lemma] = counts.get(lemma, 0) + 1
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


_LETTERS = re.compile(r"[^\W\d_]{3,}")


def plain_terms(text: str) -> tuple[tuple[str, int], ...]:
    """The words of a text in a language recoupe has no tables for, lower-cased, and their
    counts: what grouping can use in any language (it weighs each by its rarity in the language)."""
    counts = Counter(w.lower() for w in _LETTERS.findall(text))
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


_PHRASE_POS = {"NOUN", "ADJ"}


def phrases(docs, offsets, names) -> tuple[tuple[str, int], ...]:
    """Lemmas and adjacent two-lemma phrases ("nettoyage ethnique") of the nouns,
    adjectives and participles that are not names, stop words or figures, and
    their counts: what framing compares. ``names`` are (start, end) spans of the article's name mentions."""
    spans = sorted(names)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))   # the furthest end so far
    counts: dict[str, int] = {}

    def named(start: int) -> bool:
        k = bisect.bisect_right(starts, start)      # spans that begin at or before ``start``
        return k > 0 and reach[k - 1] > start

    for doc, base in zip(docs, offsets):
        prev = None
        for t in doc:
            # naming lives in nouns, adjectives and participles ("territoires libérés"), not in
            # the finite verbs every article needs ("assurer", "continuer")
            keep = (t.pos_ in _PHRASE_POS or (t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm")
                                               and not any(c.dep_.startswith("aux") for c in t.children))) \
                and not t.is_stop and len(t.text) > 2 and not named(base + t.idx) \
                and (t.is_alpha or all(p.isalpha() for p in t.text.split("-")))     # "laissés-pour-compte"
            if not keep:
                prev = None
                continue
            lemma = t.lemma_.lower()
            counts[lemma] = counts.get(lemma, 0) + 1
            # a phrase is a word and its modifier ("nettoyage ethnique", "fréquentes provocations"),
            # not two neighbours of different heads ("forces armées arméniennes illégales")
            if prev is not None and prev.i == t.i - 1 and prev.pos_ in _PHRASE_POS and t.pos_ in _PHRASE_POS \
                    and (prev.head.i == t.i or t.head.i == prev.i):
                pair = f"{prev.lemma_.lower()} {lemma}"
                counts[pair] = counts.get(pair, 0) + 1
            prev = t
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def paragraph_offsets(paragraphs) -> list[int]:
    offsets, pos = [], 0
    for p in paragraphs:
        offsets.append(pos)
        pos += len(p) + 1
    return offsets


# spaCy's rule lemmatizer keeps the lemmas of every (word, part of speech) it has met in a dict
# that the memory zone leaves alone: with new words without end (names, typos, numbers) a worker's
# memory would grow with the number of articles. Emptied when it holds more than this many (some
# 30 MB); a lemma is a function of the word and its tags, so no output changes.
LEMMAS_CACHED = 100_000


def bound_caches(nlp) -> None:
    """Empty the caches ``nlp``'s components keep across texts once past ``LEMMAS_CACHED``."""
    for _, pipe in nlp.pipeline:
        cache = getattr(pipe, "cache", None)
        if isinstance(cache, dict) and len(cache) > LEMMAS_CACHED:
            cache.clear()


class ReadArticle(Stage):
    """Names (spaCy), quotes with speakers, figures and cited sources."""

    name = "read_article"
    requires = ("article.paragraphs", "article.times")
    provides = ("article.mentions", "article.quotes", "article.quantities", "article.headline_quantities",
                "article.cites", "article.terms",
                "article.phrases")

    def __init__(self, *, model: str | None = None, extractors: bool = True):
        self.model = model                  # a spaCy model name, or None for the language's default
        self.extractors = extractors        # False: the spaCy pass alone (for the speed benchmark)
        self._nlp = None

    def setup(self, v=None) -> None:
        """The spaCy model of ``v``'s language (by default the assumed language's, which a worker
        loads before its first article); loaded once per process and language (``load_spacy``)."""
        name = self.model or (v or vocab(ASSUMED)).SPACY_MODEL
        if self._nlp is None or getattr(self, "_nlp_name", None) != name:
            self._nlp, self._nlp_name = load_spacy(name), name

    def process(self, article: Article) -> Article:
        v = vocab(article.language)
        if v is None:       # what needs no tables: its words, for grouping (weighted by how rare they are)
            article = dataclasses.replace(article, terms=plain_terms(article.text))
            return passed_over(article, self, f"no tables for {article.language!r}")
        if not article.paragraphs:
            return article
        self.setup(v)
        # spaCy adds each new word it meets to its vocabulary, for good: over a long run (every new
        # name, typo and number) a worker's memory grows with the number of articles. In a memory
        # zone the words one article added are dropped once it is read; nothing of spaCy's is kept
        # past it (the records hold plain strings).
        with self._nlp.memory_zone():
            read = self._read(article, v)
        bound_caches(self._nlp)
        return read

    def _read(self, article: Article, v) -> Article:
        # one pass over the paragraphs and the headline (a figure of the headline counts too)
        texts = list(article.paragraphs) + ([article.title] if article.title else [])
        docs = list(self._nlp.pipe(texts, batch_size=PARAGRAPHS_PER_BATCH))
        title_doc = docs.pop() if article.title else None
        if not self.extractors:
            return article
        paragraphs = list(article.paragraphs)
        offsets = paragraph_offsets(paragraphs)
        found = mentions(docs, paragraphs, offsets, v)
        roles = RoleBook(v)
        for index, (text, base) in enumerate(zip(paragraphs, offsets)):
            people = [dataclasses.replace(m, start=m.start - base, end=m.end - base)
                      for m in found if m.paragraph == index and m.type == "PER"]
            if people:
                roles.learn(text, people)
        said = quotes(paragraphs, offsets, found, roles, v, docs)
        figures = quantities(docs, paragraphs, offsets, article.times, found, v)
        # a figure in the headline counts like one in the body ("Crues : le bilan s'alourdit à 17 morts")
        headline = quantities([title_doc], [article.title], [0], (), (), v) if title_doc is not None else []
        sources = cites(paragraphs, offsets, found, said, roles, v)
        return dataclasses.replace(article, mentions=tuple(found), quotes=tuple(said), quantities=tuple(figures),
                                   headline_quantities=tuple(headline),
                                   cites=tuple(sources), terms=terms(docs),
                                   phrases=phrases(docs, offsets, [(m.start, m.end) for m in found]))
