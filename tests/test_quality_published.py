"""Publication dates read from the text alone (bench/published.py): the stated
date hidden, precision first. Measured: TimeBank dev 0/54 dated, own TimeML 0/30
dated (none of those texts dates itself), own dateline texts 6/8 dated, 6/6 right;
before this rule set, 7 of 84 texts got a date and 0 of the 7 was right
(the latest date the text named). python bench/published.py"""
from published import OWN, TIMEML, measure  # bench/, put on the path by conftest.py
from seeds import shared_dir


def test_publication_dates_from_the_text_are_right_or_absent():
    folders = {"own TimeML": TIMEML, "own datelines": OWN}
    shared = shared_dir()          # the TimeBank half when it is beside the repo; the rest always
    if shared is not None:
        folders["TimeBank dev"] = shared / "data" / "fr-timebank-dev"
    m = measure(folders)["all"]
    assert m["dated"] >= 6, m                              # the datelines and weekdays are read
    assert m["right"] / m["dated"] >= 0.98, m["wrong"]
