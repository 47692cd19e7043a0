"""The sentence vectors the corpus stages will ask for, computed per article where the article
stages run (worker processes, Dask workers) instead of serially in the main process."""
from __future__ import annotations

from typing import Callable, Iterable

import numpy as np

from ..models import embedder
from ..pipeline.stage import Stage
from ..records import Article


class SentenceVectors(Stage):
    """The vectors later stages will ask for, computed per article where the article stages run
    (worker processes, Dask workers) instead of serially in the corpus stages. What to encode
    is what each later stage says it will encode for an article (``Stage.vector_texts``: the
    lead for grouping, the sentences for the summary, the quotes for statements, ...), so this
    stage knows none of them. The vectors go back to the main process with the batch
    (``harvest`` / ``absorb``) into the embedder, where the corpus stages find them."""

    name = "vectors"
    requires = ("article.paragraphs", "article.quotes", "article.quantities")
    provides = ("embedder.cache",)

    def __init__(self, settings=None, wanted: Iterable[Callable[[Article, object], list[str]]] = ()):
        from ..settings import DEFAULT

        self.settings = settings or DEFAULT
        self.wanted = tuple(wanted)
        self._taken: dict[str, np.ndarray] = {}

    def process(self, article):
        texts = list(dict.fromkeys(t for want in self.wanted for t in want(article, self.settings) if t))
        if not texts:
            return article
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
