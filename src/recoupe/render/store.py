"""The embedded store: SQLite, one row per article, every run logged.

Articles are keyed by their stable id, so running twice on the same inputs
adds nothing twice; a run writes in one transaction, so a failing run never
leaves half its articles or loses what an earlier run stored.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from ..records import Article, Dossier

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
CREATE TABLE IF NOT EXISTS outcomes (
    run INTEGER NOT NULL REFERENCES runs(id),
    input TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    article TEXT
);
"""


class Store:
    """``Store(path)``; use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path)
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as err:
            raise ValueError(f"{self.path}: not a recoupe store ({err}); pass another --db path") from err

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self.db.close()

    def save(self, dossier: Dossier, inputs: list[str]) -> int:
        """Store a run's articles (insert or refresh) and its outcomes; returns the run id."""
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self.db:
            cur = self.db.execute(
                "INSERT INTO runs (started, inputs, stages, articles, skipped) VALUES (?, ?, ?, ?, ?)",
                (now, json.dumps(list(inputs), ensure_ascii=False), json.dumps(list(dossier.stages)),
                 len(dossier.articles), sum(o.status == "skipped" for o in dossier.outcomes)))
            run = cur.lastrowid
            self.db.executemany(
                "INSERT INTO articles (id, input, data, added, updated) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET input=excluded.input, data=excluded.data, updated=excluded.updated",
                [(a.id, a.input, json.dumps(a.to_dict(), ensure_ascii=False), now, now) for a in dossier.articles])
            self.db.executemany(
                "INSERT INTO outcomes (run, input, status, reason, article) VALUES (?, ?, ?, ?, ?)",
                [(run, o.input, o.status, o.reason, o.article) for o in dossier.outcomes])
        return run

    def articles(self) -> list[Article]:
        rows = self.db.execute("SELECT data FROM articles ORDER BY added, id").fetchall()
        return [Article.from_dict(json.loads(data)) for (data,) in rows]

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
