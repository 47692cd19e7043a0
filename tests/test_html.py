"""The HTML dossier a person reads: outlets named, citations linked to their paragraph,
the timeline and the sources graph drawn, statements diffed, nothing fetched from a network."""
import re
from pathlib import Path

import pytest

from recoupe import render_html, run
from recoupe.records import Article, Published
from recoupe.render.html import article_labels, paragraph_of, timeline_svg, word_diff

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "karabakh"


@pytest.fixture(scope="module")
def seeds():
    d = run([str(EXAMPLE)])
    return d, render_html(d)


def test_articles_are_named_by_outlet_else_site_else_file_name():
    arts = [Article(id="a" * 16, input="x/1.html", outlet="Le Monde", url="https://www.lemonde.fr/a"),
            Article(id="b" * 16, input="x/2.html", url="https://www.liberation.fr/b"),
            Article(id="c" * 16, input="x/depeche.txt"),
            Article(id="d" * 16, input="x/3.html", outlet="Le Monde", published=Published(value="2024-04-18", basis="page")),
            Article(id="e" * 16, input="x/4.html", url="javascript:alert(1)")]
    labels = article_labels(arts)
    assert labels["b" * 16] == "liberation.fr" and labels["c" * 16] == "depeche.txt"
    assert labels["e" * 16] == "4.html"                   # no site from a javascript: address
    assert {labels["a" * 16], labels["d" * 16]} == {"Le Monde 1", "Le Monde 2"}


def test_the_seed_dossier_names_every_citation_and_links_it_to_its_paragraph(seeds):
    d, html = seeds
    labels = re.findall(r'<a href="#a-[^"]*">([^<]*)</a>', html)
    assert labels and not {a.id for a in d.articles} & set(labels)
    assert {"La Gazette", "unsujet.fr", "thanhnien.vn"} <= set(labels)
    ids = set(re.findall(r'id="([^"]+)"', html))
    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert targets <= ids                                  # every citation lands on the page
    assert any(re.fullmatch(r"a-[0-9a-f]{16}-p\d+", t) for t in targets)


def test_the_seed_dossier_shows_summary_timeline_figures_and_sources_with_no_network(seeds):
    d, html = seeds
    assert "<h3>Summary</h3>" in html and html.count('<svg class="timeline"') == len([s for s in d.stories if s.timeline])
    # the contested figure with both its values and the outlets that give them
    row = re.search(r'<tr class="contested">.*?</tr>', html, re.S).group(0)
    assert "380 véhicules blindés" in row and "90 véhicules blindés" in row
    assert len(set(re.findall(r'<a href="#a-[^"]*">([^<]*)</a>', row))) == 2
    shown = re.sub(r'(?:id|href)="[^"]*"', "", row)
    assert not [a.id for a in d.articles if a.id in shown]          # its note names outlets too, not ids
    assert '<svg class="sources"' in html
    # one self-contained file: nothing to load
    assert not re.search(r"<(?:script|link|img|iframe|object|embed)\b", html, re.I)
    assert not re.search(r'\bsrc="', html)


def test_a_statement_told_in_other_words_shows_a_word_diff():
    diff = str(word_diff("Oui, c’est effectivement vrai", "Oui, c'est effectivement le cas"))
    assert diff == "Oui, c&#39;est effectivement <del>vrai</del> <ins>le cas</ins>"
    assert "&lt;b&gt;" in str(word_diff("Le retrait", "Le <b>retrait</b>"))       # escaped, never markup


def test_the_timeline_drawing_escapes_its_tooltips():
    from recoupe.records import TimelineEntry

    svg = str(timeline_svg([TimelineEntry(date="2024-04-17", text="Le <script>alert(1)</script> retrait.", articles=("a",)),
                            TimelineEntry(date="2024-05-15", text="La cérémonie de Khodjaly.", articles=("a", "b"))]))
    assert svg.startswith("<svg") and svg.count("<circle") == 2 and "<script>" not in svg


def test_untrusted_fields_are_escaped_and_a_javascript_url_is_no_link(tmp_path):
    page = tmp_path / "piege.html"
    page.write_text("<html><head><title>Titre <script>alert(1)</script></title>"
                    "<meta name=\"author\" content=\"&lt;img src=x onerror=alert(2)&gt;\">"
                    "<link rel=\"canonical\" href=\"javascript:alert(3)\"></head><body><article>"
                    "<p>Le conseil municipal de Lyon a voté mardi soir le budget de l'année prochaine, "
                    "après un long débat sur les transports et les écoles de la ville. {{ 7*7 }}</p>"
                    "<p>Les élus de l'opposition ont dénoncé une hausse des impôts locaux de trois pour cent "
                    "et annoncé un recours devant le tribunal administratif.</p></article></body></html>",
                    encoding="utf-8")
    html = render_html(run([str(page)]))
    assert "<script>alert" not in html and "onerror=alert(2)>" not in html
    assert 'href="javascript:' not in html
    assert "{{ 7*7 }}" in html and ">49<" not in html


def test_paragraph_of_finds_where_a_sentence_begins():
    a = Article(id="x", input="x.txt", paragraphs=("Titre.", "Le retrait a commencé mardi. Il durera.", "Fin."))
    assert paragraph_of(a, "Il durera.") == 1 and paragraph_of(a, "Absent.") is None


def test_each_article_shows_its_dates_figures_names_and_quotes_marked_and_no_word_lost(seeds):
    import html as entities

    from recoupe.render.html import highlighted

    d, page = seeds
    kinds = set()
    for a in d.articles:
        shown = highlighted(a)
        assert [entities.unescape(re.sub(r"<[^>]+>", "", str(p))) for p in shown] == list(a.paragraphs)
        for p in shown:
            kinds |= set(re.findall(r'<mark class="(hl-\w+)"', str(p)))
            assert str(p).count("<mark") == str(p).count("</mark>")
    assert kinds == {"hl-date", "hl-figure", "hl-name", "hl-quote"}
    assert '<mark class="hl-figure" title="figure: exact 90' in page or 'class="hl-figure"' in page
