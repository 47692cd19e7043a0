import dataclasses
import pickle

import pytest

from recoupe import Article, Dossier, Outcome, Published, Removal


def sample():
    return Article(id="a1", input="x.txt", paragraphs=("Un.", "Deux."),
                   removed=(Removal("Partager", "widget"), Removal("par Anne Roux", "metadata", "author")),
                   author="Anne Roux", published=Published("2024-03-01", "text", "1er mars 2024"), language="fr")


def test_round_trip_keeps_nested_records():
    art = sample()
    data = art.to_dict()
    assert data["removed"][1] == {"text": "par Anne Roux", "reason": "metadata", "field": "author"}
    assert data["published"]["basis"] == "text"
    back = Article.from_dict(data)
    assert back == art and isinstance(back.removed[0], Removal) and isinstance(back.paragraphs, tuple)


def test_dossier_round_trip():
    d = Dossier(articles=(sample(),), outcomes=(Outcome("y.txt", "skipped", "y.txt: empty file"),), stages=("read",))
    assert Dossier.from_dict(d.to_dict()) == d


def test_records_are_frozen_and_picklable():
    art = sample()
    with pytest.raises(dataclasses.FrozenInstanceError):
        art.title = "x"
    assert pickle.loads(pickle.dumps(art)) == art


def test_unknown_field_is_named():
    with pytest.raises(ValueError, match=r"unknown field\(s\) \['titre'\]"):
        Article.from_dict({"id": "a", "input": "b", "titre": "x"})
