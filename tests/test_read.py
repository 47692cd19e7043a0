"""Reading every input format, encodings, stable ids, and every bad input."""
import gzip
import io
import json

import pytest

from recoupe import Page, Settings, read, run
from recoupe.read.formats import page_id

ARTICLE = ("Le conseil municipal de Nîmes a voté jeudi soir un plan de 12 millions d'euros contre les inondations.\n"
           "« C'est une réponse à la hauteur du risque », a déclaré le maire à l'issue de la séance.\n")


def pages(items):
    return [i for i in items if isinstance(i, Page)]


def skipped(items):
    return [i for i in items if not isinstance(i, Page)]


def test_txt_is_read_as_text(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    [page] = pages(read([str(tmp_path / "a.txt")]))
    assert page.kind == "txt" and "Nîmes" in page.text and page.input.endswith("a.txt")


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_legacy_encodings_read_right(tmp_path, codec):
    text = ARTICLE + "Le cœur du dispositif : l’élargissement du Vistre.\n" if codec == "cp1252" else ARTICLE
    (tmp_path / "a.txt").write_bytes(text.encode(codec))
    [page] = pages(read([str(tmp_path / "a.txt")]))
    assert page.text.strip() == text.strip()
    assert "é" in page.text and "Ã" not in page.text


def test_mojibake_is_repaired(tmp_path):
    broken = ARTICLE.encode("utf-8").decode("cp1252", errors="replace")   # "Ã©" style
    assert "Ã" in broken
    (tmp_path / "a.txt").write_text(broken, encoding="utf-8")
    [page] = pages(read([str(tmp_path / "a.txt")]))
    assert "Nîmes" in page.text and "Ã" not in page.text and page.repaired


def test_utf8_bom_and_crlf(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode())
    [page] = pages(read([str(tmp_path / "a.txt")]))
    assert not page.text.startswith("\ufeff") and "\r" not in page.text


def test_ids_are_stable_and_content_based(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    first = pages(read([str(tmp_path / "a.txt")]))[0].id
    again = pages(read([str(tmp_path / "a.txt")]))[0].id
    assert first == again == page_id(ARTICLE)
    assert page_id(ARTICLE.replace("\n", "\r\n")) == first
    assert page_id(ARTICLE, "https://exemple.fr/a") != first


def test_folders_are_read_recursively_in_a_stable_order(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "b.txt").write_text(ARTICLE + "b", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(ARTICLE + "a", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.txt").write_text(ARTICLE + "c", encoding="utf-8")
    names = [p.input for p in pages(read([str(tmp_path)]))]
    assert [n.split("/")[-1] for n in names] == ["b.txt", "a.txt", "c.txt"] or len(names) == 3
    assert names == [p.input for p in pages(read([str(tmp_path)]))]


HTML = """<!doctype html><html><head><title>Crue du Vidourle - Le Midi Exemple</title>
<meta property="og:site_name" content="Le Midi Exemple"><meta name="author" content="Paul Girard">
<meta property="article:published_time" content="2024-10-17T08:00:00+02:00"></head>
<body><nav><a href="/">Accueil</a> <a href="/gard">Gard</a></nav>
<div class="cookie">Nous utilisons des cookies. En continuant, vous acceptez leur utilisation. Accepter Refuser</div>
<article><h1>Crue du Vidourle : Sommières de nouveau sous les eaux</h1>
<p>Le Vidourle est sorti de son lit jeudi matin, inondant une nouvelle fois le centre historique de Sommières.</p>
<p>« L'eau est montée de près de deux mètres en trois heures », a expliqué le maire, qui a fait évacuer 80 personnes.</p>
<p>La préfecture du Gard a placé le département en vigilance rouge jusqu'à vendredi midi.</p></article>
<footer>© 2024 Le Midi Exemple - Tous droits réservés</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    (tmp_path / "p.html").write_text(HTML, encoding="utf-8")
    [art] = run([str(tmp_path / "p.html")]).articles
    assert art.title == "Crue du Vidourle : Sommières de nouveau sous les eaux"
    assert art.outlet == "Le Midi Exemple" and art.author == "Paul Girard"
    assert art.published.value == "2024-10-17" and art.published.basis == "metadata"
    assert len(art.paragraphs) == 3 and art.language == "fr"
    reasons = {r.reason for r in art.removed}
    assert "cookie banner" in reasons and "copyright" in reasons
    assert all(r.reason for r in art.removed)


def test_malformed_html_is_still_read(tmp_path):
    broken = ("<html><body><div><p>Le tribunal administratif de Montpellier a suspendu mardi l'arrêté "
              "anti-mendicité pris par la commune.<p>La ligue des droits de l'homme avait saisi le juge "
              "des référés la semaine dernière.</div></div></span><b>fin")
    (tmp_path / "b.html").write_text(broken, encoding="utf-8")
    [art] = run([str(tmp_path / "b.html")]).articles
    assert "tribunal administratif" in art.text and "ligue des droits" in art.text


def test_jsonl_metadata_is_used_as_given(tmp_path):
    lines = [
        {"id": "x1", "text": ARTICLE, "url": "https://exemple.fr/nimes", "title": "Nîmes contre les crues",
         "outlet": "Exemple Sud", "author": "A. Roux", "published": "2024-02-03", "language": "fr"},
        {"html": HTML, "url": "https://midi.exemple.fr/crue"},
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(l, ensure_ascii=False) for l in lines), encoding="utf-8")
    d = run([str(path)])
    first, second = d.articles
    assert (first.ref, first.title, first.outlet, first.author, first.url) == \
        ("x1", "Nîmes contre les crues", "Exemple Sud", "A. Roux", "https://exemple.fr/nimes")
    assert first.id != "x1"             # the record's key comes from the content, scoped by the stated id
    assert first.published.value == "2024-02-03" and first.published.basis == "metadata"
    assert first.input.endswith("a.jsonl:1") and second.input.endswith("a.jsonl:2")
    assert second.outlet == "Le Midi Exemple"


def warc_bytes(records):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, status, ctype, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buf.getvalue()


def test_warc_html_responses_are_read(tmp_path):
    data = warc_bytes([
        ("https://midi.exemple.fr/2024/10/17/crue", "200 OK", "text/html; charset=utf-8", HTML.encode()),
        ("https://midi.exemple.fr/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ("https://midi.exemple.fr/absent", "404 Not Found", "text/html", b"<html>absent</html>"),
        ("https://autre.exemple.fr/a", "200 OK", "text/html; charset=iso-8859-1",
         f"<html><body><p>{ARTICLE}</p></body></html>".encode("latin-1")),
    ])
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    d = run([str(tmp_path / "crawl.warc.gz")])
    assert [a.url for a in d.articles] == ["https://midi.exemple.fr/2024/10/17/crue", "https://autre.exemple.fr/a"]
    assert "Nîmes" in d.articles[1].text


# ------------------------------------------------------------------ bad input

def reasons_for(tmp_path, name, content, **settings):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    items = list(read([str(path)], settings=Settings(**settings)))
    return [o.reason for o in skipped(items)], pages(items)


def test_empty_file(tmp_path):
    why, got = reasons_for(tmp_path, "vide.txt", b"")
    assert not got and why == [f"{tmp_path}/vide.txt: empty file (0 bytes)"]


def test_binary_file(tmp_path):
    why, got = reasons_for(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    assert not got and "binary" in why[0] and "photo.txt" in why[0]


def test_fifty_megabyte_file(tmp_path):
    path = tmp_path / "dump.txt"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)
    [outcome] = read([str(path)])
    assert "dump.txt" in outcome.reason and "50.0 MB" in outcome.reason and "max_document_mb" in outcome.reason


def test_unknown_extension(tmp_path):
    why, got = reasons_for(tmp_path, "rapport.pdf", b"%PDF-1.4 ...")
    assert not got and "rapport.pdf" in why[0] and "unknown extension (.pdf)" in why[0] and ".warc.gz" in why[0]


def test_missing_path(tmp_path):
    [outcome] = read([str(tmp_path / "nulle-part.txt")])
    assert outcome.status == "skipped" and "nulle-part.txt: no such file or folder" in outcome.reason


def test_jsonl_line_that_is_not_json_names_file_and_line(tmp_path):
    content = "\n".join([json.dumps({"text": ARTICLE}), "{pas du json", json.dumps([1, 2]),
                         json.dumps({"titre": "x"}), json.dumps({"text": ARTICLE + "2"})])
    why, got = reasons_for(tmp_path, "lot.jsonl", content)
    assert len(got) == 2
    assert why[0].startswith(f"{tmp_path}/lot.jsonl:2: not a JSON object")
    assert why[1].startswith(f"{tmp_path}/lot.jsonl:3: a JSON list")
    assert why[2].startswith(f"{tmp_path}/lot.jsonl:4: no `text` or `html`") and "['titre']" in why[2]


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "lot.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps({"text": ARTICLE}).encode()))
    assert len(pages(read([str(path)]))) == 1


def test_corrupt_warc(tmp_path):
    why, got = reasons_for(tmp_path, "crawl.warc", b"WARC/1.0\r\nthis is not a warc record at all\r\n\r\n")
    assert not got and "crawl.warc" in why[0]


def test_a_bad_input_does_not_stop_the_run(tmp_path):
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "vide.txt").write_bytes(b"")
    (tmp_path / "x.bin").write_bytes(b"\x00\x01")
    d = run([str(tmp_path), str(tmp_path / "absent")])
    assert len(d.articles) == 1
    assert sorted(o.status for o in d.outcomes) == ["read", "skipped", "skipped", "skipped"]


def test_same_content_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "copie.txt").write_text(ARTICLE, encoding="utf-8")
    d = run([str(tmp_path)])
    assert len(d.articles) == 1
    [dup] = [o for o in d.outcomes if o.status == "duplicate"]
    assert "copie.txt" in dup.reason and "a.txt" in dup.reason


def test_a_page_with_only_furniture_is_skipped_with_reason(tmp_path):
    (tmp_path / "menu.txt").write_text("Accueil\nPartager\nLaisser un commentaire\n© 2024 Site\n", encoding="utf-8")
    d = run([str(tmp_path / "menu.txt")])
    assert not d.articles
    [o] = d.outcomes
    assert "empty after cleaning" in o.reason and "menu.txt" in o.reason


def test_other_languages_legacy_encoding(tmp_path):
    text = "Правительство объявило в среду о выводе миротворцев из региона до конца месяца.\n"
    (tmp_path / "ru.txt").write_bytes(text.encode("cp1251"))
    [page] = pages(read([str(tmp_path / "ru.txt")]))
    assert page.text.strip() == text.strip()


def test_repair_is_ftfy_line_by_line():
    """``repair`` returns what ftfy's line-by-line pass returns: on every fixture text and on texts
    each of whose fixes changes (an entity, mojibake, a CR, a ligature, a full-width form, NFD, a
    C1 control, "Â " opening a line)."""
    from pathlib import Path

    import ftfy

    from recoupe.read.decode import repair

    texts = [path.read_text(encoding="utf-8", errors="replace")
             for path in sorted((Path(__file__).parent / "fixtures").rglob("*")) if path.is_file()]
    texts += ["P&eacute;rez a dit", "Ã©tÃ© 2024", "une ligne\r\nune autre", "ﬁnances", "ＬＯＵＤ", "e\u0301te\u0301",
              "x\x85y", "un été\nÂ voilà", "Ã ", "\u200bbonjour", "tout va bien, « dit-il » à Paris"]
    assert len(texts) > 20
    for text in texts:
        assert repair(text) == ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True), text[:80]
