"""Cross-checking on real press (bench/crosscheck.py): recoupe run on each of the
20 RPM2 dev clusters alone, scored by shared/eval/score_crosscheck.py against the
hand-made facts of shared/gold/rpm2x. The floors are the figures measured when
figures got their scope, their rounding and whose sum or age they are, and
statements their parse (issue 12), a little below:

    python bench/crosscheck.py
    all: contested+disputed found 11/19, agreed found 80/119, false contested 2/185,
         contested precision 11/12, statements 108/143

Of the issue's bars (conflicts found >= 0.60, agreed >= 0.60, false contested <= 0.03,
precision >= 0.85, statements >= 0.70) all but conflicts found are met; these floors keep what is."""
import pytest
from crosscheck import measure_folder  # bench/, put on the path by conftest.py

# dates_found: dated events told by >= 2 outlets found as one timeline entry citing >= 2
# of them (issue 13; the bar is 0.60): 1/112 before threads, 22/112 with the thread calendar,
# 46/112 with sentences dated by the story's calendar ("mercredi") and stop words left out of
# the event likeness (tune half 26/48, read half 20/64).
FLOORS = {"conflicts_found": 0.52, "agreed_found": 0.64, "quotes_found": 0.72, "dates_found": 0.48}
CEILINGS = {"false_contested": 0.02}


@pytest.fixture(scope="module")
def summary(shared, rpm2_dossiers):
    return measure_folder(shared, rpm2_dossiers)["all"]["summary"]


def conflicts_found(s):
    c = s["counts"]
    return (c["contested_found"] + c["disputed_found"]) / (c["contested"] + c["disputed"])


@pytest.mark.parametrize("what", sorted(FLOORS))
def test_floor(summary, what):
    got = conflicts_found(summary) if what == "conflicts_found" else summary[what]
    assert got >= FLOORS[what], f"{what} = {got} < floor {FLOORS[what]}"


def test_false_contested_ceiling(summary):
    assert summary["false_contested"] <= CEILINGS["false_contested"], summary["counts"]


def test_contested_precision(summary):
    c = summary["counts"]
    judged = c["out_confirmed"] + c["out_false"]
    assert judged and c["out_confirmed"] / judged >= 0.85, c
