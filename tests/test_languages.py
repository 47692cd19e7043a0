"""An article in a language recoupe has no tables for: kept, cleaned, grouped and summarised
with what is language-neutral; the stages that need tables pass over it and say so. Never
French rules on it."""
from pathlib import Path

from recoupe.api import run
from recoupe.errors import CATALOGUE

ENGLISH = Path(__file__).parent / "fixtures" / "en"


def test_english_articles_run_end_to_end_without_french_rules():
    d = run([str(p) for p in sorted(ENGLISH.glob("*.txt"))])
    assert len(d.articles) == 2
    for a in d.articles:
        assert a.language == "en"
        # no French tables applied: no dates, names, quotes or figures read with them
        assert a.times == () and a.mentions == () and a.quotes == () and a.quantities == ()
        assert {p.split(":")[0] for p in a.passed} == {"published", "times", "read_article"}
        assert all("no tables for 'en'" in p for p in a.passed)
        assert a.terms                              # its words still serve grouping
    outcomes = [o for o in d.outcomes if o.status == "read"]
    assert [o.code for o in outcomes] == ["read-partly", "read-partly"]
    assert CATALOGUE["read-partly"].status == "read"
    assert all("read_article: no tables for 'en'" in o.reason for o in outcomes)
    # one event told twice: one story, and a summary whose sentences cite the articles
    assert len(d.stories) == 1 and len(d.stories[0].articles) == 2
    assert d.stories[0].summary and all(item.articles for item in d.stories[0].summary)
