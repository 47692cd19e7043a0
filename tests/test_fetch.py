"""Fetching pages and feeds, against a real HTTP server on 127.0.0.1 started by the test:
robots.txt, a 404, a slow host, a redirect loop, a body that is not a page, a server error
that passes on retry, conditional requests, and the pages saved as a WARC file that recoupe
reads offline."""
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from recoupe import run
from recoupe.cli import main
from recoupe.read.fetch import Fetcher, gather

PAGE = ("<html><head><title>{title}</title></head><body><nav>Accueil | Politique | Monde</nav><article>"
        "<p>Le conseil municipal de {city} a voté mardi soir le budget de l'année prochaine, après un long débat "
        "sur les transports, les écoles et les piscines de la ville.</p><p>Les élus de l'opposition ont dénoncé une "
        "hausse des impôts locaux de trois pour cent et annoncé un recours devant le tribunal administratif.</p>"
        "</article></body></html>")


class Site(BaseHTTPRequestHandler):
    hits: dict = {}

    def log_message(self, *args):
        pass

    def _send(self, code, body=b"", kind="text/html; charset=utf-8", headers=()):
        self.send_response(code)
        self.send_header("Content-Type", kind)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path
        Site.hits[path] = Site.hits.get(path, 0) + 1
        base = f"http://{self.headers['Host']}"
        if path == "/robots.txt":
            return self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if path in ("/lyon.html", "/nantes.html"):
            etag = f'"{path}-v1"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, headers=[("ETag", etag)])
            city = path[1:-5].capitalize()
            return self._send(200, PAGE.format(title=f"Budget de {city}", city=city).encode(), headers=[("ETag", etag)])
        if path == "/flaky.html":
            if Site.hits[path] == 1:
                return self._send(503, b"busy")
            return self._send(200, PAGE.format(title="Budget de Lille", city="Lille").encode())
        if path == "/slow.html":
            time.sleep(2)
            return self._send(200, PAGE.format(title="Lent", city="Brest").encode())
        if path in ("/loop1", "/loop2"):
            return self._send(302, headers=[("Location", base + ("/loop2" if path == "/loop1" else "/loop1"))])
        if path == "/image.png":
            return self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        if path == "/private/secret.html":
            return self._send(200, PAGE.format(title="Secret", city="Metz").encode())
        if path == "/feed.xml":
            items = "".join(f"<item><title>{n}</title><link>{base}/{n}.html</link></item>" for n in ("lyon", "nantes", "absent"))
            return self._send(200, f'<?xml version="1.0"?><rss version="2.0"><channel><title>Fil</title>{items}'
                                   f"</channel></rss>".encode(), "application/rss+xml")
        return self._send(404, b"not here")


@pytest.fixture()
def site():
    Site.hits = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def fetcher(out: Path, **kw) -> Fetcher:
    return Fetcher(out, **({"min_interval": 0.0, "timeout": 1.0, "backoff": 0.05} | kw))


def test_each_url_ends_fetched_or_skipped_with_its_reason(site, tmp_path):
    urls = [f"{site}/lyon.html", f"{site}/missing.html", f"{site}/slow.html", f"{site}/loop1",
            f"{site}/image.png", f"{site}/private/secret.html", f"{site}/flaky.html", "ftp://example.org/x"]
    f = fetcher(tmp_path / "out")
    warc, outcomes = f.fetch(urls)
    f.close()
    why = {o.url.rsplit("/", 1)[-1]: (o.status, o.reason) for o in outcomes}
    assert why["lyon.html"][0] == "fetched" and why["flaky.html"][0] == "fetched"   # a 503, then retried
    assert why["missing.html"] == ("skipped", "HTTP 404")
    assert why["slow.html"][1].startswith("timed out")
    assert why["loop1"][1].startswith("redirect loop")
    assert why["image.png"] == ("skipped", "not a page: image/png")
    assert why["secret.html"] == ("skipped", "robots.txt disallows it")
    assert why["x"] == ("skipped", "not an http(s) URL")
    assert Site.hits.get("/private/secret.html") is None                  # never asked for
    # the pages as fetched, read offline by recoupe
    d = run([str(warc)])
    assert sorted(a.url for a in d.articles) == [f"{site}/flaky.html", f"{site}/lyon.html"]
    assert all("tribunal administratif" in a.text and "Accueil" not in a.text for a in d.articles)


def test_a_feed_read_again_fetches_only_what_is_new(site, tmp_path):
    f = fetcher(tmp_path / "out")
    urls, outcomes = gather([f"{site}/feed.xml"], f)
    assert urls == [f"{site}/lyon.html", f"{site}/nantes.html", f"{site}/absent.html"] and not outcomes
    first, done = f.fetch(urls)
    assert [o.status for o in done] == ["fetched", "fetched", "skipped"]
    f.close()
    again = fetcher(tmp_path / "out")                                    # a later run, same folder
    second, done = again.fetch(gather([f"{site}/feed.xml"], again)[0])
    again.close()
    assert second is None and [o.reason for o in done][:2] == ["not modified since the last fetch"] * 2
    assert first.exists()


def test_one_host_is_asked_at_most_once_per_interval(site, tmp_path):
    f = fetcher(tmp_path / "out", min_interval=0.3)
    start = time.monotonic()
    f.fetch([f"{site}/lyon.html", f"{site}/nantes.html"])               # robots.txt, then two pages
    f.close()
    assert time.monotonic() - start >= 0.6


def test_run_with_a_feed_fetches_then_makes_the_dossier(site, tmp_path, capsys):
    out = tmp_path / "o"
    assert main(["run", "--feed", f"{site}/feed.xml", "--out", str(out), "--no-db", "-q"]) == 0
    err = capsys.readouterr().err
    assert "skipped " in err and "absent.html: HTTP 404" in err and "fetched 2 of 3" in err
    assert list((out / "fetched").glob("fetched-*.warc.gz")) and (out / "dossier.json").exists()
    assert main(["run", "--out", str(out)]) == 2
    assert "nothing to read" in capsys.readouterr().err


def test_a_source_that_is_neither_a_feed_nor_a_file_is_said(tmp_path, capsys):
    assert main(["fetch", str(tmp_path / "absent.txt"), "--out", str(tmp_path / "o")]) == 1
    assert "neither a feed URL nor a file of URLs" in capsys.readouterr().err
