"""End to end in a real browser: `recoupe serve` on a loopback port, opened in headless
Chromium (Debian's `chromium`, driven by Playwright with `executable_path`: no browser is
downloaded). Screenshots go to recoupe-out/screenshots/. Without Chromium these tests skip,
except under CI, where .ci/run installs it and a missing browser is a failure."""
import os
import shutil
import time
from pathlib import Path

import pytest

from recoupe import Store, run, write_html

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "karabakh"
SHOTS = ROOT / "recoupe-out" / "screenshots"
CHROMIUM = next((p for p in (os.environ.get("RECOUPE_CHROMIUM"), shutil.which("chromium"),
                             shutil.which("chromium-browser")) if p), None)

if CHROMIUM is None or not __import__("importlib").util.find_spec("playwright"):
    if os.environ.get("CI"):
        pytest.fail("Chromium and Playwright are needed: .ci/run installs Debian's chromium and the test extras",
                    pytrace=False)
    pytest.skip("no Chromium or no Playwright here: apt install chromium; pip install playwright",
                allow_module_level=True)

HOSTILE = ("<html><head><title>Piège {{ 7*7 }} <script>alert('titre')</script></title>"
           "<meta name=\"author\" content=\"&lt;img src=x onerror=alert('auteur')&gt;\">"
           "<link rel=\"canonical\" href=\"javascript:alert('url')\"></head><body><article>"
           "<p>Le conseil municipal de Lyon a voté mardi soir le budget de l'année prochaine "
           "&lt;img src=x onerror=alert('texte')&gt; après un long débat sur les transports.</p>"
           "<p>Les élus de l'opposition ont dénoncé une hausse des impôts locaux de {{ 7*7 }} pour cent "
           "et annoncé un recours devant le tribunal administratif de Lyon &lt;script&gt;alert('corps')&lt;/script&gt; "
           "<a href=\"javascript:alert('lien')\">voir le détail du vote</a>.</p></article></body></html>")



@pytest.fixture(scope="module")
def server(tmp_path_factory, free_port):
    """`recoupe serve` itself, as a user starts it, on a free loopback port."""
    import subprocess
    import sys

    import httpx

    folder = tmp_path_factory.mktemp("browser")
    (folder / "piege.html").write_text(HOSTILE, encoding="utf-8")
    db = folder / "recoupe.db"
    with Store(db) as s:
        s.save(run([str(EXAMPLE), str(folder / "piege.html")]), [str(EXAMPLE)])
    port = free_port()
    command = [str(Path(sys.executable).parent / "recoupe"), "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(url + "/index.json", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail(f"recoupe serve did not answer: {proc.stderr.read().decode(errors='replace')[-2000:]}")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    yield page
    assert not dialogs, f"a script ran: {dialogs}"
    context.close()


def test_search_then_story_then_article_in_the_browser(server, page):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(server + "/")
    page.fill("input[name=q]", "Peskov")
    page.click("button[type=submit]")
    page.wait_for_url("**/?q=Peskov*")
    links = page.locator("li.story a").first
    assert "Karaba" in links.inner_text()
    page.screenshot(path=str(SHOTS / "list.png"), full_page=True)
    links.click()
    page.wait_for_url("**/story/*")
    row = page.locator("tr.contested").first
    text = row.inner_text()
    assert "380 véhicules blindés" in text and "90 véhicules blindés" in text
    outlets = {x.strip() for x in row.locator(".cite a").all_inner_texts()}
    assert len(outlets) == 2 and not any(len(x) == 16 and all(c in "0123456789abcdef" for c in x) for x in outlets)
    assert page.locator("svg.timeline circle").count() > 0
    page.screenshot(path=str(SHOTS / "story.png"), full_page=True)
    row.locator(".cite a").first.click()
    page.wait_for_url("**/article/*")
    assert page.locator("p[id^=p]").count() > 0
    page.screenshot(path=str(SHOTS / "article.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})     # a phone
    page.go_back()
    page.wait_for_url("**/story/*")
    assert page.evaluate("document.documentElement.scrollWidth") <= 392     # no sideways scrolling of the page
    page.screenshot(path=str(SHOTS / "story-phone.png"), full_page=True)


def test_hostile_text_is_shown_and_never_run(server, page):
    page.goto(server + "/?q=tribunal")
    page.locator("li.story a").first.click()
    page.wait_for_url("**/story/*")
    body = page.locator("body").inner_text()
    assert "{{ 7*7 }}" in body and "49 pour cent" not in body
    page.locator("a[href^='/article/']").last.click()
    page.wait_for_url("**/article/*")
    body = page.locator("body").inner_text()
    assert "alert('titre')" in body and "alert('corps')" in body and "Piège {{ 7*7 }}" in body
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 0


def test_the_html_dossier_opens_with_no_network(tmp_path, page):
    path = write_html(run([str(EXAMPLE)]), tmp_path / "dossier.html")
    asked = []
    page.route("**/*", lambda route: (asked.append(route.request.url), route.abort())
               if not route.request.url.startswith("file:") else route.continue_())
    page.goto(path.as_uri())
    assert page.locator("h3", has_text="Summary").count() >= 1
    assert page.locator("svg.timeline circle").count() > 0
    assert page.locator("tr.contested").count() >= 1
    labels = page.locator(".cite a").all_inner_texts()
    assert labels and "La Gazette" in labels
    assert asked == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "dossier.png"))
