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


def test_the_language_is_told_before_cleaning_from_the_pages_prose():
    """A French page under a long English cookie banner is French: the sample is the page's
    longest lines, read before cleaning, so the French furniture table cleans it."""
    from recoupe.annotate.language import DetectLanguage
    from recoupe.clean import Clean
    from recoupe.records import Page

    banner = ("We use cookies and similar technologies to improve your experience, measure our audience and "
              "show you personalised advertising. By continuing to browse you accept their use.")
    body = ["Le conseil municipal de Brest a voté jeudi soir la rénovation complète de la halle du marché, "
            "fermée depuis l'incendie de 2021, pour un coût estimé à quatre millions d'euros.",
            "Les commerçants, installés depuis deux ans sous des tentes sur le parking voisin, attendaient "
            "cette décision depuis longtemps et saluent un projet « enfin concret »."]
    html = (f"<html><body><div class='cookies'><p>{banner}</p></div><nav><a>Accueil</a><a>Partager</a></nav>"
            f"<article><h1>Brest rénove sa halle</h1><p>{body[0]}</p><p>{body[1]}</p></article></body></html>")
    page = DetectLanguage().process(Page(id="p", input="p.html", kind="html", html=html))
    assert page.language == "fr"
    article = Clean().process(page)
    assert article.language == "fr"
    assert not any("cookies" in p for p in article.paragraphs)


def test_a_page_in_a_language_with_no_tables_is_never_cleaned_with_french_words():
    from recoupe.annotate.language import DetectLanguage
    from recoupe.clean import Clean
    from recoupe.records import Page

    text = ("Storm closes schools across the region\n"
            "Lire aussi\n"
            "Schools across the northern region were closed on Tuesday as the storm brought winds of up to "
            "120 km/h and heavy rain, the local authority said in a statement.\n"
            "Forecasters expect the wind to ease by Wednesday evening, but warned of flooding near rivers.\n")
    page = DetectLanguage().process(Page(id="e", input="e.txt", kind="txt", text=text))
    assert page.language == "en"
    article = Clean().process(page)
    # "Lire aussi" is French furniture; on an English page no French phrase is looked for
    assert "Lire aussi" in article.paragraphs
    assert Clean().process(Page(id="f", input="f.txt", kind="txt", text=text, language="fr")).paragraphs.count(
        "Lire aussi") == 0                         # the same line on a page told French is furniture
