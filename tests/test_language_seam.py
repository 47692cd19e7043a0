"""The language seam (issue 16): French words belong in recoupe/lang/. Not all of them are there
yet; this test is a ratchet: the French function words left in string literals elsewhere may only
go down, and no file that holds none may start to (bench/french_outside_lang.py lists them)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from french_outside_lang import count  # noqa: E402

# measured with `python bench/french_outside_lang.py` when the ratchet was set; lower them as
# tables move into recoupe/lang/
CEILING = 123
FILES = {"clean/rules.py", "annotate/quotes.py", "annotate/quantities.py", "annotate/cites.py", "clean/dates.py",
         "clean/text.py", "group/entities.py", "annotate/read.py", "compare/claims.py", "compare/text.py"}


def test_french_outside_the_language_package_only_goes_down():
    per_file = count()
    new = set(per_file) - FILES
    assert not new, f"French words in files that had none: {sorted(new)}; put them in recoupe/lang/"
    assert sum(per_file.values()) <= CEILING, (f"{sum(per_file.values())} French function words outside "
                                               f"recoupe/lang/ (ceiling {CEILING}): move the new ones into the tables")


def test_the_counter_sees_french_in_code_and_not_in_docstrings(tmp_path, monkeypatch):
    import french_outside_lang as f

    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "fr.py").write_text('X = "le la les"\n', encoding="utf-8")
    (tmp_path / "a.py").write_text('"""Le module, dans sa docstring."""\nCUE = r"selon|d\'après"\n# la la la\n',
                                   encoding="utf-8")
    monkeypatch.setattr(f, "SRC", tmp_path)
    assert f.count() == {"a.py": 2}        # "selon" and "après"; not the docstring, the comment or lang/
