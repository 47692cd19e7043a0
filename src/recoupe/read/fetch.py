"""Articles from the web: pages listed in a file, or the entries of RSS and Atom feeds,
fetched politely and saved as fetched (a WARC file, written with warcio) so that any run
can be redone offline on that file.

Polite: a clear user agent; robots.txt obeyed; one request at a time to a host, at least
``min_interval`` seconds apart; timeouts; retries with back-off on a server error, a 429 or
a dropped connection; conditional requests (ETag, Last-Modified) remembered per URL in the
output folder, so a feed read again fetches only what is new. Every URL ends as fetched
or skipped, with its reason (a 404, a timeout, a redirect loop, a body that is not a page,
robots.txt, not modified since the last fetch).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import time
import urllib.robotparser
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .. import __version__

USER_AGENT = f"recoupe/{__version__} (press cross-checking; +https://pypi.org/project/recoupe/)"
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
RETRIED = (429, 500, 502, 503, 504)      # statuses asked again, after a back-off
STATE = ".recoupe-fetch.json"             # ETag / Last-Modified of every URL fetched into a folder


@dataclass
class Fetched:
    url: str
    status: str                             # fetched | skipped
    reason: str = ""


@dataclass
class Fetcher:
    """``Fetcher(out).fetch(urls)`` writes the pages into one WARC file under ``out`` and returns
    what became of each URL. ``feed_urls(url)`` lists a feed's entries."""

    out: Path
    timeout: float = 15.0
    retries: int = 2
    backoff: float = 0.5                    # seconds before the first retry, doubled after each
    min_interval: float = 1.0               # seconds between two requests to one host
    max_bytes: int = 20_000_000
    max_redirects: int = 10
    _last: dict = field(default_factory=dict)
    _robots: dict = field(default_factory=dict)

    def __post_init__(self):
        import httpx

        self.out = Path(self.out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.client = httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=self.timeout,
                                   follow_redirects=True, max_redirects=self.max_redirects)
        state = self.out / STATE
        self.state = json.loads(state.read_text(encoding="utf-8")) if state.exists() else {}

    # -- politeness
    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc
        wait = self._last.get(host, 0.0) + self.min_interval - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            robots = urllib.robotparser.RobotFileParser()
            try:
                self._wait_turn(url)
                r = self.client.get(root + "/robots.txt")
                robots.parse(r.text.splitlines() if r.status_code == 200 else [])
            except Exception:               # no robots.txt to read: nothing is forbidden
                robots.parse([])
            self._robots[root] = robots
        return self._robots[root].can_fetch(USER_AGENT, url)

    def _get(self, url: str, headers: dict | None = None):
        import httpx

        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            self._wait_turn(url)
            try:
                r = self.client.get(url, headers=headers or {})
            except httpx.TransportError:        # a dropped connection or a timeout: tried again
                if attempt == self.retries:
                    raise
                continue
            if r.status_code not in RETRIED or attempt == self.retries:
                return r

    # -- feeds
    def feed_urls(self, url: str) -> tuple[list[str], str]:
        """The links of a feed's entries, and why there are none when there are none."""
        import feedparser
        import httpx

        try:
            r = self._get(url)
        except (httpx.HTTPError, OSError) as err:
            return [], f"feed not read: {type(err).__name__} {err}".strip()
        if r.status_code != 200:
            return [], f"feed not read: HTTP {r.status_code}"
        parsed = feedparser.parse(r.content)
        links = [e.get("link") for e in parsed.entries if e.get("link")]
        if not links:
            return [], "not a feed, or a feed with no entry links"
        return list(dict.fromkeys(links)), ""

    # -- pages
    def fetch(self, urls: list[str]) -> tuple[Path | None, list[Fetched]]:
        """Fetch every URL; the pages into one new WARC file (None when none was fetched)."""
        import httpx
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
        path = next(p for n in range(1, 10_000)
                    if not (p := self.out / (f"fetched-{stamp}.warc.gz" if n == 1 else f"fetched-{stamp}-{n}.warc.gz")).exists())
        partial = path.with_name(path.name + ".part")       # an earlier file is never overwritten
        outcomes: list[Fetched] = []
        written = 0
        with open(partial, "wb") as handle:
            writer = WARCWriter(handle, gzip=True)
            for url in dict.fromkeys(urls):
                if not url.lower().startswith(("http://", "https://")):
                    outcomes.append(Fetched(url, "skipped", "not an http(s) URL"))
                    continue
                if not self.allowed(url):
                    outcomes.append(Fetched(url, "skipped", "robots.txt disallows it"))
                    continue
                known = self.state.get(url, {})
                headers = {k: v for k, v in (("If-None-Match", known.get("etag")),
                                             ("If-Modified-Since", known.get("modified"))) if v}
                try:
                    r = self._get(url, headers)
                except httpx.TooManyRedirects:
                    outcomes.append(Fetched(url, "skipped", f"redirect loop (more than {self.max_redirects} redirects)"))
                    continue
                except httpx.TimeoutException:
                    outcomes.append(Fetched(url, "skipped", f"timed out after {self.timeout:g} s"))
                    continue
                except (httpx.HTTPError, OSError) as err:
                    outcomes.append(Fetched(url, "skipped", f"not reached: {type(err).__name__} {err}".strip()))
                    continue
                if r.status_code == 304:
                    outcomes.append(Fetched(url, "skipped", "not modified since the last fetch"))
                    continue
                if r.status_code != 200:
                    outcomes.append(Fetched(url, "skipped", f"HTTP {r.status_code}"))
                    continue
                kind = r.headers.get("content-type", "").split(";")[0].strip().lower()
                if kind and kind not in PAGE_TYPES:
                    outcomes.append(Fetched(url, "skipped", f"not a page: {kind}"))
                    continue
                if len(r.content) > self.max_bytes:
                    outcomes.append(Fetched(url, "skipped", f"over {self.max_bytes / 1e6:g} MB"))
                    continue
                status = StatusAndHeaders(f"{r.status_code} {r.reason_phrase}", list(r.headers.items()),
                                          protocol="HTTP/1.1")
                final = str(r.url)
                writer.write_record(writer.create_warc_record(final, "response", payload=io.BytesIO(r.content),
                                                              http_headers=status))
                written += 1
                self.state[url] = {k: v for k, v in (("etag", r.headers.get("etag")),
                                                     ("modified", r.headers.get("last-modified"))) if v}
                outcomes.append(Fetched(url, "fetched", final if final != url else ""))
        (self.out / STATE).write_text(json.dumps(self.state, indent=1), encoding="utf-8")
        if not written:
            partial.unlink()
            return None, outcomes
        partial.replace(path)
        return path, outcomes

    def close(self) -> None:
        self.client.close()


def url_list(path: str | Path) -> list[str]:
    """The URLs of a file, one a line; blank lines and lines starting with # are left out."""
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    return [x.strip() for x in lines if x.strip() and not x.lstrip().startswith("#")]


def gather(sources: list[str], fetcher: Fetcher) -> tuple[list[str], list[Fetched]]:
    """URLs from URL-list files and feed URLs (an http(s) argument is read as a feed)."""
    urls, outcomes = [], []
    for source in sources:
        if source.lower().startswith(("http://", "https://")):
            found, why = fetcher.feed_urls(source)
            if why:
                outcomes.append(Fetched(source, "skipped", why))
            urls.extend(found)
        elif Path(source).is_file():
            urls.extend(url_list(source))
        else:
            outcomes.append(Fetched(source, "skipped", "neither a feed URL nor a file of URLs"))
    return urls, outcomes
