"""`recoupe run` end to end: outputs, exit codes, the store, HTML escaping."""
import json
import sqlite3

from recoupe.cli import main

ARTICLE = ("Inondations dans le Gard : 300 foyers privés d'électricité\n"
           "Par Claire Bonnet\n"
           "Plus de 300 foyers étaient toujours privés d'électricité mardi soir après les pluies torrentielles.\n"
           "« La situation reste tendue sur les bords du Gardon », a indiqué la préfecture dans un communiqué.\n"
           "Partager\n")


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_run_writes_json_html_and_store(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    write(src, "gard.txt", ARTICLE)
    out = tmp_path / "out"
    assert main(["run", str(src), "--out", str(out)]) == 0
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert dossier["schema"] == "recoupe.dossier/1"
    [art] = dossier["articles"]
    assert art["author"] == "Claire Bonnet" and art["language"] == "fr"
    assert {"text": "Partager", "reason": "widget", "field": None} in art["removed"]
    assert (out / "dossier.html").exists() and (out / "recoupe.db").exists()
    printed = capsys.readouterr().out
    assert "read 1 article(s)" in printed and "widget 1" in printed


def test_explicit_paths(tmp_path):
    write(tmp_path, "gard.txt", ARTICLE)
    j, h, db = tmp_path / "x" / "d.json", tmp_path / "y" / "d.html", tmp_path / "z" / "s.db"
    assert main(["run", str(tmp_path / "gard.txt"), "--json", str(j), "--html", str(h), "--db", str(db)]) == 0
    assert j.exists() and h.exists() and db.exists()


def stored(db):
    with sqlite3.connect(db) as con:
        return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


def test_running_twice_adds_nothing_twice(tmp_path):
    write(tmp_path, "gard.txt", ARTICLE)
    write(tmp_path, "autre.txt", ARTICLE.replace("300", "450"))
    db = tmp_path / "s.db"
    for _ in range(2):
        assert main(["run", str(tmp_path / "gard.txt"), str(tmp_path / "autre.txt"), "--db", str(db),
                     "--out", str(tmp_path / "o")]) == 0
    assert stored(db) == 2


def test_bad_inputs_do_not_lose_what_is_stored(tmp_path, capsys):
    write(tmp_path, "gard.txt", ARTICLE)
    db = tmp_path / "s.db"
    assert main(["run", str(tmp_path / "gard.txt"), "--db", str(db), "--out", str(tmp_path / "o")]) == 0
    (tmp_path / "vide.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\xff" * 100)
    code = main(["run", str(tmp_path / "vide.txt"), str(tmp_path / "bin.txt"), str(tmp_path / "absent.html"),
                 "--db", str(db), "--out", str(tmp_path / "o2")])
    assert code == 1                                   # nothing at all could be read
    assert stored(db) == 1                             # what was stored is still there
    err = capsys.readouterr().err
    assert "vide.txt: empty file" in err and "bin.txt: binary file" in err and "absent.html: no such file" in err
    assert not (tmp_path / "o2" / "dossier.json").exists()


def test_exit_zero_when_something_was_read(tmp_path):
    write(tmp_path, "gard.txt", ARTICLE)
    (tmp_path / "vide.txt").write_bytes(b"")
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "o")]) == 0


def test_not_a_store(tmp_path, capsys):
    write(tmp_path, "gard.txt", ARTICLE)
    bad = write(tmp_path, "notes.db", "ceci n'est pas une base SQLite " * 100)
    assert main(["run", str(tmp_path / "gard.txt"), "--db", str(bad), "--out", str(tmp_path / "o")]) == 1
    assert "notes.db: not a recoupe store" in capsys.readouterr().err


def test_article_text_is_escaped_in_html(tmp_path):
    hostile = ("Un article piégé <script>alert('x')</script> publié sur un forum de la région de Lyon.\n"
               "Le texte contient aussi <img src=x onerror=alert(1)> pour tester l'échappement du dossier.\n")
    write(tmp_path, "piege.txt", hostile)
    assert main(["run", str(tmp_path / "piege.txt"), "--out", str(tmp_path / "o")]) == 0
    html = (tmp_path / "o" / "dossier.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<img src=x" not in html


def test_serve_without_a_store_says_how_to_make_one(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "absent.db")]) == 2
    err = capsys.readouterr().err
    assert "absent.db: no store there" in err and "recoupe run INPUT --db" in err
