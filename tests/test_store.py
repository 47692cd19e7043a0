"""The store behaves the same on SQLite (embedded, the default) and PostgreSQL (issue 14).

The PostgreSQL tests need a server: RECOUPE_TEST_POSTGRES names one
(postgresql://user@host:port/db, a user who may create databases); `.ci/run`
starts Debian's and sets it. Each test gets a database of its own. Without the
variable they are skipped, except in CI, where they fail.
"""
from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest

from recoupe import run
from recoupe.render import Store
from recoupe.render import store as store_module

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "karabakh"
SERVER = os.environ.get("RECOUPE_TEST_POSTGRES")


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "s.db")
        return
    if not SERVER:
        if os.environ.get("CI"):
            pytest.fail("RECOUPE_TEST_POSTGRES is not set: .ci/run starts a PostgreSQL server and sets it")
        pytest.skip("no PostgreSQL server: set RECOUPE_TEST_POSTGRES=postgresql://user@host:port/db")
    import psycopg

    name = "recoupe_" + uuid.uuid4().hex[:12]
    with psycopg.connect(SERVER, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield SERVER.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(SERVER, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


def _folders(tmp_path: Path) -> tuple[str, str]:
    seeds = sorted(EXAMPLE.glob("*.txt"))
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    for p in seeds[:3]:
        shutil.copy(p, first / p.name)
    for p in seeds[3:]:
        shutil.copy(p, later / p.name)
    return str(first), str(later)


def test_runs_are_stored_once_and_later_articles_join_stored_stories(target, tmp_path):
    first, later = _folders(tmp_path)
    with Store(target) as store:
        d1 = run([first], store=store)
        store.save(d1, [first])
        store.save(d1, [first])                   # the same run twice adds nothing twice
        assert store.count() == 3
        [s1] = d1.stories
        d2 = run([later], store=store)
        store.save(d2, [later])
        [s2] = d2.stories
        assert s2.id == s1.id and len(s2.articles) == 5     # joined the stored story, which kept its id
        assert [len(s.articles) for s in store.stories()] == [5]
        assert [len(t.stories) for t in store.threads()] == [1]
        assert store.count() == 5
        assert {a.id for a in store.articles()} == {a.id for a in d1.articles} | {a.id for a in d2.articles}
        runs = store.db.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
        outcomes = store.db.execute("SELECT COUNT(*) FROM outcomes WHERE status = ?", ("read",)).fetchone()[0]
        assert (runs, outcomes) == (3, 3 + 3 + 2)


def test_a_save_that_fails_leaves_nothing_of_its_run(target, tmp_path, monkeypatch):
    first, later = _folders(tmp_path)
    with Store(target) as store:
        store.save(run([first], store=store), [first])
        d2 = run([later], store=store)
        import recoupe.group.stories as stories

        def broken(*args, **kwargs):
            raise RuntimeError("the disk is full")

        monkeypatch.setattr(stories, "blocking_keys", broken)      # fails after articles and outcomes are written
        with pytest.raises(RuntimeError):
            store.save(d2, [later])
        assert store.count() == 3
        assert store.db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1
        assert [len(s.articles) for s in store.stories()] == [3]


def test_a_store_locked_by_another_writer_says_so(target, tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "BUSY_SECONDS", 0.5)
    first, _ = _folders(tmp_path)
    d = run([first])
    with Store(target) as store:
        if target.startswith("postgresql"):
            import psycopg

            other = psycopg.connect(target)
            other.execute("LOCK TABLE runs IN ACCESS EXCLUSIVE MODE")
        else:
            import sqlite3

            other = sqlite3.connect(target, isolation_level=None)
            other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(store_module.StoreBusy, match="locked by another process"):
                store.save(d, [first])
        finally:
            other.rollback() if target.startswith("postgresql") else other.execute("ROLLBACK")
            other.close()
        store.save(d, [first])                    # once the other writer is done, the save goes through
        assert store.count() == 3


def test_a_url_that_cannot_connect_names_the_fix():
    with pytest.raises(ValueError, match="cannot connect to PostgreSQL"):
        Store("postgresql://nobody:secret@127.0.0.1:9/none")
    try:
        Store("postgresql://nobody:secret@127.0.0.1:9/none")
    except ValueError as err:
        assert "secret" not in str(err)           # a password never reaches a message


KILLED = """
import os, sys
import recoupe.group.stories as stories
from recoupe import run
from recoupe.render import Store

target, folder = sys.argv[1], sys.argv[2]
with Store(target) as store:
    d = run([folder], store=store)
    def killed(*args, **kwargs):            # the process dies inside the save's transaction
        os._exit(9)
    stories.blocking_keys = killed
    store.save(d, [folder])
"""


def test_a_run_killed_while_saving_leaves_a_sound_store_and_a_rerun_completes_it(target, tmp_path):
    import subprocess
    import sys

    first, later = _folders(tmp_path)
    with Store(target) as store:
        store.save(run([first], store=store), [first])
    script = tmp_path / "killed.py"
    script.write_text(KILLED, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), target, later], capture_output=True, text=True, timeout=600)
    assert done.returncode == 9, done.stderr[-2000:]
    with Store(target) as store:
        if not target.startswith("postgresql"):
            assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert store.count() == 3                 # nothing of the killed run
        store.save(run([later], store=store), [later])
        assert store.count() == 5 and [len(s.articles) for s in store.stories()] == [5]


def test_full_text_search_and_the_web_views_on_both_stores(target, tmp_path):
    from recoupe.web import views

    first, later = _folders(tmp_path)
    with Store(target) as store:
        store.save(run([first, later]), [first, later])
        peskov = store.search("Peskov")
        assert peskov and set(peskov) <= {a.id for a in store.articles()}
        assert store.search("Kremlin Peskov") and store.search("introuvablezzz") == []
        assert store.search("") == [] and store.search("\"'); DROP TABLE articles; --") == []
        assert store.count() == 5                                   # the query was a query, not SQL
        listed = views.index(store, q="Peskov")
        assert len(listed["stories"]) == 1 and listed["articles_in_store"] == 5
        sid = listed["stories"][0]["id"]
        assert len(views.story(store, sid)["articles"]) == 5
        head, rows = views.table(store, "claims")
        assert head[4] == "status" and any(r[4] == "contested" for r in rows)
