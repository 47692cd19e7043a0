"""Story summaries on RPM2 dev (bench/summaries.py): recoupe run on each of the
20 clusters alone, the first 100 words of each story summary against the 4
human summaries. The bar: the lead baseline (first 100 words of the cluster's
_01 article) plus 10 % relative. Measured 0.396 against a lead of 0.343 (python bench/summaries.py)."""
import pytest
from summaries import measure_folder  # bench/, put on the path by conftest.py

ROUGE1_FLOOR = 0.385


@pytest.fixture(scope="module")
def measured(shared, rpm2_dossiers):
    return measure_folder(shared, rpm2_dossiers)


def test_summaries_beat_the_lead_baseline_by_ten_percent(measured):
    assert measured["lead_rouge1"] == pytest.approx(0.343, abs=0.002)      # the scorer and corpus are the ones measured
    assert measured["rouge1"] >= 1.10 * measured["lead_rouge1"], measured


def test_summary_rouge_floor(measured):
    assert measured["rouge1"] >= ROUGE1_FLOOR, measured
