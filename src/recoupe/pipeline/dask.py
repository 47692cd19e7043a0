"""The distributed executor: the same stages on a Dask cluster (``dask.distributed``).

Article stages run on the workers, a batch of pages per task; each worker loads
the models once (``Stage.setup`` at its first task; a stage's loaded models are
never pickled). Corpus stages (entities, grouping, comparison) need every
article: the articles are gathered to this process, the explicit exchange, and
the corpus stages run here, as with the local executor. Intake, order and
outcomes are the local executor's own code (``pipeline.local.Executor``), so
both make the same dossier from the same inputs.

``DaskExecutor()`` starts a LocalCluster of ``workers`` processes (one thread
each: spaCy and numpy are not made faster by threads sharing one interpreter);
``DaskExecutor(scheduler="tcp://host:8786")`` uses a running cluster, whose
workers must have recoupe and its models installed.
"""
from __future__ import annotations

import logging

from .local import Executor, apply_batch, chunked, gathered
from .stage import Stage


class DaskExecutor(Executor):
    def __init__(self, workers: int = 2, *, scheduler: str | None = None, chunk: int = 4):
        try:
            from distributed import Client, LocalCluster
        except ImportError as err:
            raise RuntimeError("the Dask executor needs dask.distributed: pip install 'recoupe[dask]' "
                               "(or 'dask[distributed]')") from err
        self.chunk = chunk
        self._sent: dict = {}
        if scheduler:
            self._cluster = None
            self._client = Client(scheduler)
        else:
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         dashboard_address=None, silence_logs=logging.ERROR)
            self._client = Client(self._cluster)

    def map(self, stages: list[Stage], items: list) -> list:
        # the stages go to every worker once per run, not once per task or per batch: the future
        # is kept (and so the data on the workers) until the executor closes
        key = tuple(id(s) for s in stages)
        if key not in self._sent:
            self._sent[key] = self._client.scatter(stages, broadcast=True, hash=False)
        futures = [self._client.submit(apply_batch, self._sent[key], c, pure=False)
                   for c in chunked(items, self.chunk)]
        return gathered(stages, self._client.gather(futures))

    def run(self, pipeline, inputs, *, listener=None, on_stage=None):
        self._sent = {}                     # stages are those of this run's pipeline
        try:
            return super().run(pipeline, inputs, listener=listener, on_stage=on_stage)
        finally:
            self._sent = {}

    def close(self) -> None:
        self._sent = {}
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


__all__ = ["DaskExecutor"]
