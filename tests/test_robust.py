"""No input takes a run down, and nothing is lost without a reason (issue 14).

Each test feeds one kind of bad input that used to end the whole run with a
traceback, or to lose data without a word; the last one feeds them all at
once, with the shipped example, to the command line.
"""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from recoupe import run
from recoupe.clean import Clean
from recoupe.pipeline.local import DUPLICATES_LISTED, LocalExecutor
from recoupe.pipeline.stage import Pipeline, Stage, each_story
from recoupe.read import Read
from recoupe.records import Dossier, Story
from recoupe.render import Store, write_json

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "karabakh"
ARTICLE = ("Nîmes, le 3 février 2024. Le conseil municipal a voté mardi un plan de 40 millions d'euros contre "
           "les crues, a annoncé le maire. Les travaux commenceront en mars et dureront deux ans.")


def _lines(path: Path, rows: list, *, gz: bool = False) -> Path:
    data = "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows).encode("utf-8")
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


# ------------------------------------------------------------------ the tagger

EDGES = st.sampled_from([dt.date(1, 1, 1), dt.date(1, 1, 2), dt.date(9999, 12, 31), dt.date(9999, 12, 30),
                         dt.date(2024, 2, 29), None])
WORDS = st.sampled_from(["l'avant-veille", "janvier passé", "noël dernier", "lundi dernier", "la veille",
                         "demain", "hier", "le lendemain", "la semaine prochaine", "l'an prochain",
                         "le mois dernier", "dans 900 000 ans", "il y a 99999 ans", "3 000 000 jours plus tard",
                         "le 31 décembre", "le 1er janvier", "en 2024", "le 29 février", "ce jeudi",
                         "pâques prochain", "l'été dernier", "à 23 h 59", "pendant 10 siècles", ", ", ". "])


@hsettings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(dct=EDGES, parts=st.lists(WORDS, min_size=1, max_size=6))
def test_the_tagger_never_raises_whatever_the_creation_day(dct, parts):
    from recoupe.annotate.times.tagger import tag

    text = " ".join(parts)
    for found, _ in tag(text, dct):
        assert 0 <= found.start <= found.end <= len(text)


@pytest.mark.parametrize("dct", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_relative_days_at_the_calendar_ends_are_found_without_a_value(dct):
    from recoupe.annotate.times.tagger import tag

    found = [f for f, _ in tag("Il est venu l'avant-veille, lundi dernier, et noël dernier.", dct)]
    assert len(found) == 3                  # found, but a day at the calendar's end anchors nothing
    assert all(f.value is None or f.value.startswith("XXXX") for f in found)


# ------------------------------------------------------------- the executor

class Boom(Stage):
    """Raises on the article whose text says 'boum'."""

    name = "boom"
    requires = ("article.paragraphs",)
    provides = ("article.terms",)

    def process(self, item):
        if "boum" in item.text:
            raise RuntimeError("a bug met 'boum'")
        return item


def test_an_exception_in_a_stage_fails_that_article_alone(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE + " Et boum.", encoding="utf-8")
    pipeline = Pipeline.build(Read(), [Clean(), Boom()])
    d = LocalExecutor().run(pipeline, [str(tmp_path)])
    assert [Path(a.input).name for a in d.articles] == ["a.txt"]
    [failed] = [o for o in d.outcomes if o.status == "failed"]
    assert failed.input.endswith("b.txt") and "stage `boom`" in failed.reason and "RuntimeError" in failed.reason


def test_a_story_that_fails_keeps_the_others():
    class Picky(Stage):
        name = "picky"
        scope = "corpus"

        def run(self, dossier):
            def change(story):
                if story.id == "s2":
                    raise ZeroDivisionError("division by zero")
                return Story(id=story.id, title=story.title.upper(), articles=story.articles)
            return each_story(self, dossier, change)

    d = Picky().run(Dossier(stories=(Story(id="s1", title="un", articles=("a",)), Story(id="s2", title="deux", articles=("b",)))))
    assert [s.title for s in d.stories] == ["UN", "deux"]
    [failed] = d.outcomes
    assert failed.status == "failed" and "story s2" in failed.reason and "`picky`" in failed.reason


# ------------------------------------------------------------------ readers

def test_a_truncated_gzip_keeps_the_lines_before_the_cut(tmp_path):
    rows = [{"text": f"{ARTICLE} Ligne {i}.", "title": f"Titre {i}"} for i in range(40)]
    whole = gzip.compress("\n".join(json.dumps(r) for r in rows).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) * 2 // 3])
    d = run([str(tmp_path / "cut.jsonl.gz")], settings=_no_grouping())
    assert 0 < len(d.articles) < 40
    assert any(o.status == "skipped" and "truncated" in o.reason for o in d.outcomes)


def test_lone_surrogates_and_control_characters_are_replaced_and_counted(tmp_path):
    path = _lines(tmp_path / "odd.jsonl", [
        '{"text": "' + ARTICLE + ' Un caract\\ud800re seul.", "title": "Surrogate \\udc00"}',
        {"html": "<html><body><p>" + ARTICLE + "\x0b Fin\x1b.</p></body></html>"},
    ])
    d = run([str(path)], settings=_no_grouping())
    assert len(d.articles) == 2
    assert {a.replaced for a in d.articles} == {1, 2}
    read = [o for o in d.outcomes if o.status == "read"]
    assert any("replaced" in o.reason for o in read)
    out = write_json(d, tmp_path / "dossier.json")                 # used to raise UnicodeEncodeError
    assert "\ufffd" in out.read_text(encoding="utf-8")


def test_a_reused_jsonl_id_never_replaces_another_article(tmp_path):
    path = _lines(tmp_path / "ids.jsonl", [
        {"id": "x", "text": ARTICLE},
        {"id": "x", "text": ARTICLE.replace("Nîmes", "Alès") + " Une autre ville."},
        {"id": "y", "text": ARTICLE},
    ])
    d = run([str(path)], settings=_no_grouping())
    assert len(d.articles) == 3 and len({a.id for a in d.articles}) == 3
    assert sorted(a.ref for a in d.articles) == ["x", "x", "y"]
    with Store(tmp_path / "s.db") as store:
        store.save(d, [str(path)])
        assert store.count() == 3


def test_unusable_jsonl_metadata_is_set_aside_with_a_reason(tmp_path):
    path = _lines(tmp_path / "meta.jsonl", [
        {"text": ARTICLE, "published": "pas une date", "title": {"a": 1}},
        {"text": ARTICLE + " Bis.", "published": "1900-02-29"},
        {"text": ARTICLE + " Ter.", "published": "2024-02-03T08:00:00+01:00", "title": "Un vrai titre"},
    ])
    d = run([str(path)], settings=_no_grouping())
    by_line = {a.input.rsplit(":", 1)[1]: a for a in d.articles}
    assert by_line["1"].title != "{'a': 1}" and by_line["1"].published.basis != "metadata"
    assert by_line["2"].published.basis != "metadata"
    assert by_line["3"].published.value == "2024-02-03" and by_line["3"].title == "Un vrai titre"
    reasons = {o.input.rsplit(":", 1)[1]: o.reason for o in d.outcomes if o.status == "read"}
    assert "`published` 'pas une date' is not a date" in reasons["1"] and "`title` is a JSON dict" in reasons["1"]
    assert "`published` '1900-02-29' is not a date" in reasons["2"] and reasons["3"] == ""


def test_a_truncated_warc_record_is_not_read_as_a_whole_page(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for n in (1, 2):
        body = f"<html><body><p>{ARTICLE} Page {n}.</p>{'<p>Suite du texte.</p>' * 50}</body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://exemple.fr/{n}", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    data = buf.getvalue()
    (tmp_path / "cut.warc").write_bytes(data[: len(data) - 400])
    d = run([str(tmp_path / "cut.warc")], settings=_no_grouping())
    assert [a.url for a in d.articles] == ["https://exemple.fr/1"]
    assert any("truncated record" in o.reason and "exemple.fr/2" in o.input + o.reason for o in d.outcomes)


def test_markup_nested_deeper_than_lxml_goes_keeps_its_text(tmp_path):
    page = "<html><body>" + "<div>" * 3000 + f"<p>{ARTICLE}</p>" + "</div>" * 3000 + "</body></html>"
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    [a] = run([str(tmp_path / "deep.html")], settings=_no_grouping()).articles
    assert "conseil municipal" in a.text
    assert any(r.reason == "markup too deep" for r in a.removed)


def test_an_unreadable_folder_is_an_outcome(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):                  # what the kernel answers a user without the right
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    d = run([str(tmp_path)], settings=_no_grouping())
    assert [Path(a.input).name for a in d.articles] == ["a.txt"]
    assert any(o.status == "skipped" and o.input.endswith("locked") and "cannot be read" in o.reason
               for o in d.outcomes)


def test_a_compression_bomb_stops_at_its_bound_with_few_outcomes(tmp_path):
    line = json.dumps({"text": ARTICLE}).encode() + b"\n"
    bomb = tmp_path / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as out:
        block = line * 4096
        for _ in range((96 * 1024 * 1024) // len(block)):     # 96 MB that compress some 1,000 times
            out.write(block)
    d = run([str(bomb)], settings=_no_grouping())
    assert len(d.articles) == 1
    assert len(d.outcomes) <= DUPLICATES_LISTED + 4
    assert any("compression bomb" in o.reason for o in d.outcomes)
    assert any("more item(s) with content already read" in o.reason for o in d.outcomes)


def test_a_line_longer_than_the_limit_is_passed_over_without_being_kept(tmp_path):
    from recoupe.settings import DEFAULT

    path = tmp_path / "long.jsonl"
    with open(path, "wb") as out:
        out.write(json.dumps({"text": ARTICLE}).encode() + b"\n")
        out.write(b'{"text": "' + b"a" * (3 * 1024 * 1024) + b'"}\n')
        out.write(json.dumps({"text": ARTICLE + " Fin."}).encode() + b"\n")
    d = run([str(path)], settings=_no_grouping(DEFAULT.with_(max_document_mb=1)))
    assert len(d.articles) == 2
    assert any(o.input.endswith(":2") and "over the 1 MB limit" in o.reason for o in d.outcomes)


def test_a_paragraph_without_line_breaks_is_cut_at_sentence_ends():
    from recoupe.clean import bounded

    text = " ".join(f"La phrase numéro {i} dit une chose." for i in range(2000))
    pieces = bounded(text, 5000)
    assert all(len(p) <= 5000 for p in pieces) and len(pieces) > 10
    assert all(p.endswith(".") for p in pieces)
    assert " ".join(pieces) == text
    assert bounded("x" * 12000, 5000) == ["x" * 5000, "x" * 5000, "x" * 2000]


# -------------------------------------------------------------------- store

def test_the_store_waits_for_another_writer_and_readers_never_wait(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")                      # another process is writing
    other.execute("INSERT INTO runs (started, inputs, stages, articles, skipped) VALUES ('x', '[]', '[]', 0, 0)")
    with Store(path) as store:
        assert store.neighbours(["w:crue"], exclude=set()) == []       # read during the write: no "locked"
    other.execute("COMMIT")
    other.close()
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_store_locked_past_the_wait_says_so(tmp_path, monkeypatch):
    from recoupe.render import store as store_module

    monkeypatch.setattr(store_module, "BUSY_SECONDS", 0.2)
    path = tmp_path / "s.db"
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    d = run([str(tmp_path / "a.txt")], settings=_no_grouping())
    Store(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with Store(path) as store, pytest.raises(store_module.StoreBusy, match="locked by another process"):
        store.save(d, ["a.txt"])
    other.execute("ROLLBACK")


# ------------------------------------------------------ all of them at once

def test_a_run_over_every_bad_input_and_the_seeds_exits_0_with_the_seeds(tmp_path):
    bad = tmp_path / "in"
    bad.mkdir()
    for seed in SEEDS.iterdir():
        (bad / seed.name).write_bytes(seed.read_bytes())
    (bad / "duree.txt").write_text("Le 3 mars 2020, il est parti. 900 000 000 ans plus tard, il revint. "
                                   "Il y a 99999999 jours, le 31 décembre 9999.", encoding="utf-8")
    (bad / "long.txt").write_text("Une phrase. " * 100_000, encoding="utf-8")       # one 1.2 MB paragraph
    whole = gzip.compress(("\n".join(json.dumps({"text": f"{ARTICLE} {i}"}) for i in range(20))).encode())
    (bad / "cut.jsonl.gz").write_bytes(whole[:-40])
    _lines(bad / "odd.jsonl", ['{"text": "' + ARTICLE + ' \\ud800"}', {"html": "<p>" + ARTICLE + "\x0b</p>"},
                               {"id": "x", "text": ARTICLE + " A."}, {"id": "x", "text": ARTICLE + " B."},
                               {"text": ARTICLE + " C.", "published": "pas une date", "title": {"a": 1}}])
    (bad / "deep.html").write_text("<div>" * 3000 + f"<p>{ARTICLE}</p>" + "</div>" * 3000, encoding="utf-8")
    (bad / "titre\x1b]0;pwned\x07.txt").write_text(ARTICLE + " Titre piégé.", encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "recoupe.cli", "run", str(bad), "--out", str(out)],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "\x1b" not in done.stdout + done.stderr
    d = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    names = {Path(a["input"]).name for a in d["articles"]}
    assert {p.name for p in SEEDS.iterdir()} <= names
    assert any(o["status"] == "skipped" and o["input"].endswith("long.txt") for o in d["outcomes"])
    # every outcome carries a code of the catalogue that goes with its status, and the report counts them
    from recoupe.errors import CATALOGUE

    codes = {(o["status"], o["code"]) for o in d["outcomes"]}
    assert all(code in CATALOGUE and CATALOGUE[code].status == status for status, code in codes), codes
    assert {"read", "truncated", "too-long"} <= {code for _, code in codes}
    assert "outcomes by reason: " in done.stdout and "truncated 1" in done.stdout
    db = sqlite3.connect(out / "recoupe.db")
    assert {r[0] for r in db.execute("SELECT code FROM outcomes")} == {code for _, code in codes}
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _no_grouping(base=None):
    """Settings for reader tests: no sentence vectors (the reader is what is tested)."""
    from recoupe.settings import DEFAULT

    return (base or DEFAULT).with_(embedder="none")
