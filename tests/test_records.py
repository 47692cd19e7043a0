import dataclasses
import pickle

import pytest

from recoupe import Article, Dossier, Outcome, Published, Removal


def sample():
    return Article(id="a1", input="x.txt", paragraphs=("Un.", "Deux."),
                   removed=(Removal(text="Partager", reason="widget"), Removal(text="par Anne Roux", reason="metadata", field="author")),
                   author="Anne Roux", published=Published(value="2024-03-01", basis="text", evidence="1er mars 2024"), language="fr")


def test_round_trip_keeps_nested_records():
    art = sample()
    data = art.to_dict()
    assert data["removed"][1] == {"text": "par Anne Roux", "reason": "metadata", "field": "author"}
    assert data["published"]["basis"] == "text"
    back = Article.from_dict(data)
    assert back == art and isinstance(back.removed[0], Removal) and isinstance(back.paragraphs, tuple)


def test_dossier_round_trip():
    d = Dossier(articles=(sample(),), outcomes=(Outcome(input="y.txt", status="skipped", reason="y.txt: empty file"),), stages=("read",))
    assert Dossier.from_dict(d.to_dict()) == d


def test_records_are_frozen_and_picklable():
    art = sample()
    with pytest.raises(dataclasses.FrozenInstanceError):
        art.title = "x"
    assert pickle.loads(pickle.dumps(art)) == art


def test_unknown_field_is_named():
    with pytest.raises(ValueError, match=r"unknown field\(s\) \['titre'\]"):
        Article.from_dict({"id": "a", "input": "b", "titre": "x"})


def test_records_are_built_by_keyword():
    """A record's fields are named where it is made: a field added or moved never shifts the
    others' values."""
    from recoupe import records

    kinds = [c for c in vars(records).values()
             if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == records.__name__]
    assert len(kinds) > 20
    for cls in kinds:
        with pytest.raises(TypeError, match="positional"):
            cls("x")
