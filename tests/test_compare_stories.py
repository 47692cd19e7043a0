"""Comparing sources on stories built for it (tests/fixtures/compare/, French
articles written blind from the expectations in each expect.json, see
SOURCES.md there): true contradictions found, compatible figures not flagged,
re-worded quotes matched and meaning changes flagged, framing terms shown."""
import json
import re
from pathlib import Path

import pytest

from recoupe import run
from recoupe.text import fold

FIXTURES = Path(__file__).parent / "fixtures" / "compare"
STORIES = sorted(p.name for p in FIXTURES.iterdir() if (p / "expect.json").exists())


_RUNS: dict = {}


def measured(name):
    """The dossier of one fixture story (run once), its file-name -> id map and its expectations."""
    if name not in _RUNS:
        folder = FIXTURES / name
        dossier = run([str(f) for f in sorted(folder.glob("*.txt"))])
        ids = {Path(a.input).name: a.id for a in dossier.articles}
        _RUNS[name] = dossier, ids, json.loads((folder / "expect.json").read_text(encoding="utf-8"))
    return _RUNS[name]


@pytest.fixture(params=STORIES)
def story(request):
    dossier, ids, want = measured(request.param)
    assert len(dossier.stories) == 1, f"{request.param}: one story expected"
    return dossier.stories[0], ids, want, {a.id: a for a in dossier.articles}


def holds(claim, values, ids):
    got = {}
    for s in claim.support:
        got.setdefault(s.article, set()).add(s.value)
    return all(ids[name] in got and (v is None or v in got[ids[name]]) for name, v in values.items())


def test_compatible_figures_are_not_flagged(story):
    s, ids, want, _ = story
    for c in want["not_contested"]:
        values = {k: v for k, v in c["values"].items() if v is not None}
        assert not any(x.status in ("contested", "disputed") and holds(x, values, ids) for x in s.claims), c["about"]


def test_every_contested_claim_is_an_expected_one(story):
    s, ids, want, _ = story
    for x in s.claims:
        if x.status in ("contested", "disputed"):
            assert any(holds(x, c["values"], ids) for c in want["contested"]), x.note


def test_summary_sentences_are_said_by_the_articles_they_cite(story):
    from recoupe.compare.text import lexical_support, pieces
    s, ids, want, articles = story
    assert s.summary
    # the length is about the default (100 words) before the contested figures' versions
    assert sum(len(i.text.split()) for i in s.summary) >= 60
    assert sum(len(i.text.split()) for i in s.summary if i.claim is None) <= 150
    for item in s.summary:
        assert item.articles
        # the scorer's own test: most of the sentence's words in one sentence of a cited article
        # (the day added after a relative date is not in the article)
        text = item.text.split(" (")[0] if "(" in item.text else item.text
        assert any(lexical_support(text, p) >= 0.6 for a in item.articles for p in pieces(articles[a])), item.text


# What each expectation finds, over all the stories (pytest -s prints it). Precision
# is asserted story by story above; recall is pinned here as floors, measured
# with `python -m pytest tests/test_compare_stories.py -s`:
#   contested 13/15 (contested or disputed): missed, a ransom of "200 000 euros" / "exigent 500 000 euros" (a currency
#     counts nothing by itself, and the sentences are not alike) and "400 000 mètres cubes de
#     roche et de terre" / "1,2 million de mètres cubes de matériaux" (a measure, other words);
#   agreed 15/18 ("deux ans" is compared now that durations are figures): "30 000 litres de
#     solvant" / "d'une capacité de 30 000 litres", "41,3 °C" / "41,3 degrés", "chaînes de
#     montage" / "lignes d'assemblage";
#   statements matched 19/21 (missed: two paraphrases that share one word, vector likeness
#     0.46 and 0.52, where different statements of one speaker reach 0.22), meaning changes
#     right 19/21 (the same two); framing terms 33/53.
FLOORS = {"contested": 0.85, "agreed": 0.75, "quotes": 0.9, "changes": 0.9, "framing": 0.6}


@pytest.mark.parametrize("what", sorted(FLOORS))
def test_recall_floors(stories_measured, what):
    hit, total = stories_measured[what]
    assert hit / total >= FLOORS[what], f"{what}: {hit}/{total} < floor {FLOORS[what]}"


def shows(expected: str, term: str) -> bool:
    """A framing term shows an expected one when it holds each of its content words,
    lemmatized or not ("tempête meurtrière" in "tempete meurtrier", "filières
    clandestines" in "filiere clandestin"): their first five letters."""
    have = [w[:5] for w in re.split(r"[\s/'-]+", term)]
    want = [w[:5] for w in re.split(r"[\s'-]+", fold(expected)) if len(w) > 3]
    return bool(want) and all(w in have for w in want)


@pytest.fixture(scope="module")
def stories_measured():
    got = {k: [0, 0] for k in FLOORS}

    def add(what, ok):
        got[what][0] += bool(ok)
        got[what][1] += 1

    for name in STORIES:
        dossier, ids, want = measured(name)
        s = dossier.stories[0]
        for c in want["contested"]:
            add("contested", any(x.status in ("contested", "disputed") and holds(x, c["values"], ids)
                                 for x in s.claims))
        for c in want["agreed"]:
            add("agreed", any(x.status == "agreed" and holds(x, c["values"], ids) for x in s.claims))
        changed = {m["speaker"] for m in want.get("meaning_changed", [])}
        for g in want["quote_groups"]:
            last = fold(g["speaker"].split()[-1])
            hits = [x for x in s.quote_groups if {ids[a] for a in g["articles"]} <= set(x.articles)
                    and last in fold(x.speaker)]
            add("quotes", hits)
            add("changes", hits and hits[0].changed is (g["speaker"] in changed))
        terms = {f.article: [fold(t) for t in f.terms] for f in s.framing}
        for art, expected in want["framing"].items():
            for t in expected:
                add("framing", any(shows(t, x) for x in terms[ids[art]]))
    print(", ".join(f"{k} {h}/{n}" for k, (h, n) in got.items()))
    return got
