"""The store: SQLite (embedded, the default) or PostgreSQL (``postgresql://`` URL), one row per
article, every run logged.

Articles are keyed by their stable id, so running twice on the same inputs
adds nothing twice; a run writes in one transaction, so a failing run never
leaves half its articles or loses what an earlier run stored.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

from ..records import Article, Dossier, Story, Thread
from ..settings import DEFAULT, Settings
from . import postgres

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    input TEXT NOT NULL,
    data TEXT NOT NULL,          -- Article.to_dict() as JSON
    added TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL,
    inputs TEXT NOT NULL,        -- JSON list, as given
    stages TEXT NOT NULL,        -- JSON list
    articles INTEGER NOT NULL,
    skipped INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    data TEXT NOT NULL,          -- Story.to_dict() as JSON
    updated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS story_members (
    story TEXT NOT NULL,
    article TEXT NOT NULL,
    PRIMARY KEY (story, article)
);
CREATE INDEX IF NOT EXISTS story_of ON story_members (article);
CREATE TABLE IF NOT EXISTS threads (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    data TEXT NOT NULL,          -- Thread.to_dict() as JSON
    updated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS thread_members (
    thread TEXT NOT NULL,
    article TEXT NOT NULL,
    PRIMARY KEY (thread, article)
);
CREATE INDEX IF NOT EXISTS thread_of ON thread_members (article);
CREATE TABLE IF NOT EXISTS keys (   -- blocking keys: rare words and names, to find story mates
    key TEXT NOT NULL,
    article TEXT NOT NULL,
    PRIMARY KEY (key, article)
);
CREATE TABLE IF NOT EXISTS search (   -- what full-text search and the facets read, one row per article
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    outlet TEXT NOT NULL,
    language TEXT NOT NULL,
    published TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outcomes (
    run INTEGER NOT NULL REFERENCES runs(id),
    input TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    article TEXT,
    code TEXT NOT NULL DEFAULT ''      -- recoupe.errors.CATALOGUE
);
"""


# SQLite's full-text index over the search table (PostgreSQL searches with to_tsvector instead).
SQLITE_FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
    title, body, content='search', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS search_ai AFTER INSERT ON search BEGIN
  INSERT INTO search_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER IF NOT EXISTS search_ad AFTER DELETE ON search BEGIN
  INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
"""
_QUERY_WORD = re.compile(r"\w+", re.U)

# How long a store write waits for another process's write to finish.
BUSY_SECONDS = 30.0


class StoreBusy(ValueError):
    """The store stayed locked by another process for longer than BUSY_SECONDS."""


def _busy(path, err: Exception) -> Exception:
    if "locked" in str(err) or "busy" in str(err) or "lock timeout" in str(err):
        return StoreBusy(f"{path}: the store is locked by another process (another `recoupe run` writing to "
                         f"it?) and stayed so for {BUSY_SECONDS:g} s; nothing was stored. Run again when it is "
                         f"done, or pass another --db")
    return ValueError(f"{path}: the store cannot be used ({err})")


class Store:
    """``Store(path)``; use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path):
        if postgres.is_url(path):          # postgresql://user@host/db: the same store on a server
            self.path = postgres.safe(str(path))
            self.db = postgres.Connection(str(path), BUSY_SECONDS)
            try:
                self.db.executescript(SCHEMA)
                self.db.execute("ALTER TABLE outcomes ADD COLUMN IF NOT EXISTS code TEXT NOT NULL DEFAULT ''")
                self._index_missing()
            except postgres.errors() as err:
                raise _busy(self.path, err) from err
            return
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # another process writing waits its turn (up to BUSY_SECONDS) instead of failing at once;
            # in WAL mode readers never wait for a writer, nor a writer for readers
            self.db = sqlite3.connect(self.path, timeout=BUSY_SECONDS)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.executescript(SCHEMA)
            self.db.executescript(SQLITE_FTS)
            if "code" not in {row[1] for row in self.db.execute("PRAGMA table_info(outcomes)")}:
                self.db.execute("ALTER TABLE outcomes ADD COLUMN code TEXT NOT NULL DEFAULT ''")   # a store made before codes
        except sqlite3.OperationalError as err:
            raise _busy(self.path, err) from err
        except sqlite3.DatabaseError as err:
            raise ValueError(f"{self.path}: not a recoupe store ({err}); pass another --db path") from err
        self._index_missing()

    @property
    def is_postgres(self) -> bool:
        return not isinstance(self.db, sqlite3.Connection)

    def _index_missing(self) -> None:
        """Articles stored before the search table existed get their rows (once)."""
        missing = [r[0] for r in self.db.execute("SELECT id FROM articles WHERE id NOT IN (SELECT id FROM search)")]
        if missing:
            with self.db:
                self._index(self._articles(missing))

    def _index(self, articles) -> None:
        from .html import site

        ids = [a.id for a in articles]
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            self.db.execute(f"DELETE FROM search WHERE id IN ({','.join('?' * len(part))})", part)
        self.db.executemany(
            "INSERT INTO search (id, title, body, outlet, language, published) VALUES (?, ?, ?, ?, ?, ?)",
            [(a.id, a.title or "", a.text, a.outlet or site(a.url) or "", a.language or "", a.published.value or "")
             for a in articles])

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self.db.close()

    def save(self, dossier: Dossier, inputs: list[str], settings: Settings = DEFAULT) -> int:
        """Store a run's articles (insert or refresh), its threads, stories and outcomes; returns the run id."""
        try:
            return self._save(dossier, inputs, settings)
        except (sqlite3.OperationalError, *postgres.errors()) as err:
            raise _busy(self.path, err) from err

    def _save(self, dossier: Dossier, inputs: list[str], settings: Settings) -> int:
        from ..group.stories import blocking_keys

        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self.db:
            run = self.db.execute(
                "INSERT INTO runs (started, inputs, stages, articles, skipped) VALUES (?, ?, ?, ?, ?) RETURNING id",
                (now, json.dumps(list(inputs), ensure_ascii=False), json.dumps(list(dossier.stages)),
                 len(dossier.articles), sum(o.status == "skipped" for o in dossier.outcomes))).fetchone()[0]
            self.db.executemany(
                "INSERT INTO articles (id, input, data, added, updated) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET input=excluded.input, data=excluded.data, updated=excluded.updated",
                [(a.id, a.input, json.dumps(a.to_dict(), ensure_ascii=False), now, now) for a in dossier.articles])
            self.db.executemany(
                "INSERT INTO outcomes (run, input, status, reason, article, code) VALUES (?, ?, ?, ?, ?, ?)",
                [(run, o.input, o.status, o.reason, o.article, o.code) for o in dossier.outcomes])
            self._index(dossier.articles)
            self.db.executemany("INSERT INTO keys (key, article) VALUES (?, ?) ON CONFLICT DO NOTHING",
                                [(k, a.id) for a in dossier.articles for k in blocking_keys(a, settings.grouping)])
            for story in dossier.stories:
                self._group("story", story, list(story.articles), now)
            self.db.execute("DELETE FROM stories WHERE id NOT IN (SELECT story FROM story_members)")
            articles_of = {st.id: st.articles for st in dossier.stories}
            for thread in dossier.threads:
                members = sorted({a for sid in thread.stories for a in articles_of.get(sid, ())})
                if members:
                    self._group("thread", thread, members, now)
            self.db.execute("DELETE FROM threads WHERE id NOT IN (SELECT thread FROM thread_members)")
        return run

    def _group(self, kind: str, group: Story | Thread, members: list[str], now: str) -> None:
        """A story or a thread and its articles (an article leaves the group it was in)."""
        table, link = {"story": ("stories", "story_members"), "thread": ("threads", "thread_members")}[kind]
        marks = ",".join("?" * len(members))
        self.db.execute(f"DELETE FROM {link} WHERE article IN ({marks})", members)
        self.db.execute(f"DELETE FROM {link} WHERE {kind} = ?", (group.id,))
        self.db.executemany(f"INSERT INTO {link} ({kind}, article) VALUES (?, ?)", [(group.id, a) for a in members])
        self.db.execute(
            f"INSERT INTO {table} (id, title, data, updated) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE "
            "SET title=excluded.title, data=excluded.data, updated=excluded.updated",
            (group.id, group.title, json.dumps(group.to_dict(), ensure_ascii=False), now))

    # -- what incremental grouping asks of earlier runs (recoupe.group.Prior)
    def neighbours(self, keys: list[str], *, exclude: set[str]) -> list[Article]:
        ids = set()
        for chunk in range(0, len(keys), 500):
            part = keys[chunk:chunk + 500]
            rows = self.db.execute(f"SELECT DISTINCT article FROM keys WHERE key IN ({','.join('?' * len(part))})",
                                   part).fetchall()
            ids.update(r[0] for r in rows)
        return self._articles(sorted(ids - set(exclude)))

    def stories_of(self, article_ids: list[str]) -> dict[str, str]:
        out = {}
        for chunk in range(0, len(article_ids), 500):
            part = article_ids[chunk:chunk + 500]
            out.update(self.db.execute(
                f"SELECT article, story FROM story_members WHERE article IN ({','.join('?' * len(part))})", part))
        return out

    def threads_of(self, article_ids: list[str]) -> dict[str, str]:
        """The thread of each article; an article stored before threads existed is its story's thread."""
        out = self.stories_of(article_ids)
        for chunk in range(0, len(article_ids), 500):
            part = article_ids[chunk:chunk + 500]
            out.update(self.db.execute(
                f"SELECT article, thread FROM thread_members WHERE article IN ({','.join('?' * len(part))})", part))
        return out

    def thread_members(self, thread_ids: list[str]) -> dict[str, list[Article]]:
        out = {}
        for tid in thread_ids:
            ids = [r[0] for r in self.db.execute("SELECT article FROM thread_members WHERE thread = ? UNION "
                                                "SELECT article FROM story_members WHERE story = ? ORDER BY 1",
                                                (tid, tid))]
            out[tid] = self._articles(ids)
        return out

    def members(self, story_ids: list[str]) -> dict[str, list[Article]]:
        out = {}
        for sid in story_ids:
            ids = [r[0] for r in self.db.execute("SELECT article FROM story_members WHERE story = ? ORDER BY article",
                                                (sid,))]
            out[sid] = self._articles(ids)
        return out

    def stories(self) -> list[Story]:
        return [Story.from_dict(json.loads(d)) for (d,) in self.db.execute("SELECT data FROM stories ORDER BY id")]

    def threads(self) -> list[Thread]:
        return [Thread.from_dict(json.loads(d)) for (d,) in self.db.execute("SELECT data FROM threads ORDER BY id")]

    def _articles(self, ids: list[str]) -> list[Article]:
        out = []
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            rows = self.db.execute(f"SELECT data FROM articles WHERE id IN ({','.join('?' * len(part))}) ORDER BY id",
                                   part).fetchall()
            out.extend(Article.from_dict(json.loads(d)) for (d,) in rows)
        return out

    def articles(self) -> list[Article]:
        rows = self.db.execute("SELECT data FROM articles ORDER BY added, id").fetchall()
        return [Article.from_dict(json.loads(data)) for (data,) in rows]

    # -- what the web app and the exports read
    def search(self, query: str, limit: int = 1000) -> list[str]:
        """The ids of the articles whose title or text hold every word of ``query``, best first."""
        words = _QUERY_WORD.findall(query or "")
        if not words:
            return []
        if self.is_postgres:
            rows = self.db.execute(
                "SELECT id FROM search WHERE to_tsvector('simple', title || ' ' || body) "
                "@@ plainto_tsquery('simple', ?) ORDER BY id LIMIT ?", (" ".join(words), limit))
            return [r[0] for r in rows]
        match = " ".join('"' + w.replace('"', "") + '"' for w in words)
        rows = self.db.execute("SELECT search.id FROM search_fts JOIN search ON search.rowid = search_fts.rowid "
                               "WHERE search_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit))
        return [r[0] for r in rows]

    def facts(self) -> list[tuple[str, str, str, str]]:
        """(id, outlet or site, language, published) of every article: what the facets filter on."""
        return [tuple(r) for r in self.db.execute("SELECT id, outlet, language, published FROM search ORDER BY id")]

    def story(self, story_id: str) -> Story | None:
        row = self.db.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
        return Story.from_dict(json.loads(row[0])) if row else None

    def articles_by_id(self, ids: list[str]) -> list[Article]:
        return self._articles(sorted(ids))

    def article(self, article_id: str) -> Article | None:
        found = self._articles([article_id])
        return found[0] if found else None

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
