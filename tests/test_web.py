"""recoupe serve: pages and their JSON twins over the store, search and facets, exports,
uploads, and what untrusted text and bad requests get. Starlette's TestClient drives the app
in-process; one test runs it under uvicorn on a loopback port and talks HTTP to it."""
import csv
import io
import json
import re
import shutil
import threading
import time
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient

from recoupe import Store, run
from recoupe.web import views
from recoupe.web.app import create_app

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "karabakh"

LYON = ("Le conseil municipal de Lyon a voté mardi soir le budget de l'année prochaine, après un long débat "
        "sur les transports et les écoles de la ville.\nLes élus de l'opposition ont dénoncé une hausse des impôts "
        "locaux de trois pour cent et annoncé un recours devant le tribunal administratif.\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "recoupe.db"
    with Store(path) as s:
        s.save(run([str(EXAMPLE)]), [str(EXAMPLE)])
    return path


@pytest.fixture()
def client(db):
    return TestClient(create_app(db))


def test_the_list_searches_the_articles_and_filters_by_facet(client):
    page = client.get("/")
    assert page.status_code == 200 and ("Karabakh" in page.text or "Karabagh" in page.text)
    found = client.get("/index.json", params={"q": "Peskov"}).json()
    assert len(found["stories"]) == 1 and found["query"]["q"] == "Peskov"
    assert client.get("/index.json", params={"q": "zzzintrouvable"}).json()["stories"] == []
    assert client.get("/index.json", params={"contested": "1"}).json()["stories"]          # 90 vs 380 carriers
    assert client.get("/index.json", params={"until": "2020-01-01"}).json()["stories"] == []
    assert client.get("/index.json", params={"outlet": "La Gazette"}).json()["stories"]
    assert client.get("/index.json", params={"language": "en"}).json()["stories"] == []


def test_each_page_has_a_json_twin_from_the_same_library_call(client, db):
    listed = client.get("/index.json").json()
    sid = listed["stories"][0]["id"]
    with Store(db) as s:
        assert client.get(f"/story/{sid}.json").json() == json.loads(json.dumps(views.story(s, sid)))
        aid = s.members([sid])[sid][0].id
        assert client.get(f"/article/{aid}.json").json() == json.loads(json.dumps(views.article(s, aid)))


def test_the_story_page_shows_the_contested_figure_with_both_outlets(client):
    sid = client.get("/index.json").json()["stories"][0]["id"]
    page = client.get(f"/story/{sid}")
    assert page.status_code == 200
    row = re.search(r'<tr class="contested">.*?</tr>', page.text, re.S).group(0)
    assert "380 véhicules blindés" in row and "90 véhicules blindés" in row
    links = re.findall(r'<a href="(/article/[0-9a-f]{16}[^"]*)">([^<]+)</a>', row)
    assert len({label for _, label in links}) == 2                      # two outlets, named
    assert all(client.get(href.split("#")[0]).status_code == 200 for href, _ in links)


def test_an_outlet_page_lists_its_articles_and_its_framing(client):
    page = client.get("/outlet/La%20Gazette.json").json()
    assert page["outlet"] == "La Gazette" and page["articles"]
    assert client.get("/outlet/La%20Gazette").status_code == 200


def test_bad_ids_and_bad_parameters_get_a_page_not_a_traceback(client):
    for url in ("/story/nope", "/article/../../etc/passwd", "/outlet/Personne", "/export/secrets.csv"):
        r = client.get(url)
        assert r.status_code in (400, 404) and "Traceback" not in r.text, url
    r = client.get("/index.json", params={"since": "hier"})
    assert r.status_code == 400 and "YYYY-MM-DD" in r.json()["error"]
    assert client.get("/export/claims.pdf").status_code == 400


def test_every_page_forbids_scripts(client):
    for url in ("/", "/index.json", "/story/nope"):
        csp = client.get(url).headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp


def test_exports_open_in_a_spreadsheet(client):
    r = client.get("/export/claims.csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0][:5] == ["story", "story_title", "claim", "subject", "status"]
    assert any(row[4] == "contested" and row[6].startswith("380") for row in rows[1:])
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(client.get("/export/statements.xlsx").content), read_only=True)
    sheet = book["statements"]
    assert next(sheet.iter_rows(values_only=True))[:3] == ("story", "story_title", "speaker")
    arts = list(csv.reader(io.StringIO(client.get("/export/articles.csv").text)))
    assert len(arts) == 1 + 5


def test_an_upload_joins_the_store_and_shows_on_reload(tmp_path, db):
    shutil.copy(db, tmp_path / "copy.db")                  # the module's store stays as the seeds made it
    client = TestClient(create_app(tmp_path / "copy.db"))
    hostile = ("<html><head><title>Budget <script>alert(1)</script></title></head><body><article><p>"
               + LYON.replace("\n", "</p><p>").replace("trois pour cent", "trois pour cent {{ 7*7 }}")
               + "</p></article></body></html>")
    r = client.post("/api/articles", files=[("files", ("lyon.html", hostile.encode(), "text/html")),
                                            ("files", ("notes.exe", b"MZ\x00\x00", "application/octet-stream"))])
    assert r.status_code == 201, r.text
    report = r.json()
    assert report["articles"] == 1 and any(o["input"] == "notes.exe" and o["status"] == "skipped"
                                           for o in report["outcomes"])
    listed = client.get("/index.json", params={"q": "tribunal administratif"}).json()["stories"]
    assert len(listed) == 1
    page = client.get(f"/story/{listed[0]['id']}").text
    assert "lyon.html" in page and "0000" not in page                   # named by the file name sent
    assert "<script>alert" not in page and "&lt;script&gt;" in page and "{{ 7*7 }}" in page


def test_an_upload_over_the_limit_is_refused(db):
    small = TestClient(create_app(db, max_upload_mb=0.001))
    r = small.post("/api/articles", files=[("files", ("big.txt", ("x" * 5000).encode(), "text/plain"))])
    assert r.status_code == 413 and "limit" in r.json()["error"]



def test_the_server_answers_over_http_on_loopback(db, free_port):
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(100):
            if server.started:
                break
            time.sleep(0.05)
        r = httpx.get(f"http://127.0.0.1:{port}/index.json", params={"q": "Kremlin"}, timeout=10)
        assert r.status_code == 200 and r.json()["stories"]
        assert "Content-Security-Policy" in httpx.get(f"http://127.0.0.1:{port}/", timeout=10).headers
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_the_json_twins_carry_the_dossiers_own_shapes(client):
    from recoupe import dossier_dict

    d = json.loads(json.dumps(dossier_dict(run([str(EXAMPLE)])), ensure_ascii=False))
    stories = {s["id"]: s for s in d["stories"]}
    articles = {a["id"]: a for a in d["articles"]}
    for listed in client.get("/index.json").json()["stories"]:
        twin = client.get(f"/story/{listed['id']}.json").json()
        assert twin["story"] == stories[listed["id"]]                 # the contract's story, field for field
        for a in twin["articles"]:
            assert client.get(f"/article/{a['id']}.json").json()["article"] == articles[a["id"]]


def test_a_run_saved_while_the_server_runs_shows_on_reload(tmp_path, db):
    shutil.copy(db, tmp_path / "live.db")
    client = TestClient(create_app(tmp_path / "live.db"))
    before = client.get("/index.json").json()
    (tmp_path / "lyon.txt").write_text(LYON, encoding="utf-8")
    with Store(tmp_path / "live.db") as other:                 # as `recoupe run --db` in another terminal
        other.save(run([str(tmp_path / "lyon.txt")], store=other), [str(tmp_path / "lyon.txt")])
    after = client.get("/index.json").json()
    assert after["articles_in_store"] == before["articles_in_store"] + 1
    assert len(after["stories"]) == len(before["stories"]) + 1
