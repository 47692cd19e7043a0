"""The language seam (issue 16): French words belong in recoupe/lang/. No string literal of
src/recoupe outside it (comments and docstrings apart) holds a French word
(bench/french_outside_lang.py lists them)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from french_outside_lang import count  # noqa: E402


def test_no_french_outside_the_language_package():
    per_file = count()
    assert not per_file, (f"French words outside recoupe/lang/: {dict(per_file)}; put them in the language's tables "
                          f"(`python bench/french_outside_lang.py --list` shows where)")


def test_the_counter_sees_french_in_code_and_not_in_docstrings(tmp_path, monkeypatch):
    import french_outside_lang as f

    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "fr.py").write_text('X = "le la les"\n', encoding="utf-8")
    (tmp_path / "a.py").write_text('"""Le module, dans sa docstring."""\nCUE = r"selon|d\'après"\n# la la la\n'
                                   'END = r"\\s*(?:,|\\bpour\\b)"\nTAGS = ("AUX", "aux", "NOUN")\n'
                                   'UNIT = {"D": "jours", "W": "weeks"}\n', encoding="utf-8")
    monkeypatch.setattr(f, "SRC", tmp_path)
    # "selon", "après", "pour" (behind a regex escape) and "jours" (a content word); not the
    # docstring, the comment, lang/, spaCy's tags and labels, nor English
    assert f.count() == {"a.py": 4}
