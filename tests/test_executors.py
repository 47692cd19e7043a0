"""The executors make the same dossier: the local one in this process (the reference), the
local one with worker processes, and the Dask one on a LocalCluster (issue 14)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from recoupe import dossier_dict, run
from recoupe.pipeline.local import LocalExecutor

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "karabakh"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    for seed in SEEDS.iterdir():
        (folder / seed.name).write_bytes(seed.read_bytes())
    text = (SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]).read_text(encoding="utf-8")
    rows = [{"text": text}, {"text": "Nîmes, le 3 février 2024. Le conseil municipal a voté un plan de 40 millions "
                                     "d'euros contre les crues, a annoncé le maire mardi."},
            {"html": "<p>   </p>"}, "pas du JSON"]
    (folder / "lines.jsonl").write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows),
                                        encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return [str(folder)]


@pytest.fixture(scope="module")
def reference(inputs):
    return dossier_dict(run(inputs))


def test_the_reference_run_has_articles_duplicates_and_skips(reference):
    statuses = {o["status"] for o in reference["outcomes"]}
    assert {"read", "duplicate", "skipped"} <= statuses and len(reference["articles"]) == 6


def test_local_worker_processes_make_the_same_dossier(inputs, reference):
    assert dossier_dict(run(inputs, executor=LocalExecutor(processes=2))) == reference


def test_dask_makes_the_same_dossier(inputs, reference):
    from recoupe.pipeline.dask import DaskExecutor

    with DaskExecutor(workers=2) as executor:
        assert dossier_dict(run(inputs, executor=executor)) == reference
