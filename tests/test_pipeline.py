import pickle

import pytest

from recoupe import LocalExecutor, Pipeline, PipelineError, Skip, Stage, build_pipeline
from recoupe.annotate import DetectLanguage
from recoupe.clean import Clean
from recoupe.read import Read


class Needs(Stage):
    name = "timeline"
    requires = ("article.times",)
    provides = ("story.timeline",)
    scope = "corpus"

    def run(self, dossier):
        return dossier


class Times(Stage):
    name = "times"
    requires = ("article.paragraphs",)
    provides = ("article.times",)


def test_missing_requirement_names_the_stage_to_add():
    with pytest.raises(PipelineError, match=r"stage `timeline` requires `article.times`; add `times` before it"):
        Pipeline.build(Read(), [Clean(), Needs()], catalog=[Times()])


def test_wrong_order_names_the_stage_to_move():
    with pytest.raises(PipelineError, match=r"stage `times` requires `article.paragraphs`; move `clean` before it"):
        Pipeline.build(Read(), [DetectLanguage(), Times(), Clean()])


def test_unknown_requirement():
    with pytest.raises(PipelineError, match="no known stage provides it"):
        Pipeline.build(Read(), [Clean(), Needs()])


def test_declared_names_are_record_fields():
    class Typo(Stage):
        name = "typo"
        requires = ("article.mentions.entty",)

    class NoRecord(Stage):
        name = "norecord"
        provides = ("paragraph.words",)

    with pytest.raises(PipelineError, match=r"stage `typo` declares `article.mentions.entty`: Mention has no field "
                                            r"`entty`; its fields: end, entity, form"):
        Pipeline.build(Read(), [Clean(), Typo()])
    with pytest.raises(PipelineError, match=r"`paragraph` is no record"):
        Pipeline.build(Read(), [Clean(), NoRecord()])
    build_pipeline()            # every stage recoupe has declares only what records hold


def test_default_pipeline_order():
    assert build_pipeline().names == ("read", "language", "clean", "published", "times", "read_article", "vectors",
                                      "entities",
                                      "stories", "story_dates", "timeline", "claims", "quote_groups", "framing",
                                      "citations", "summary")


def test_unknown_stage_name():
    with pytest.raises(ValueError, match=r"unknown stage\(s\) \['tiemline'\]"):
        build_pipeline(only=["clean", "tiemline"])


class Drop(Stage):
    name = "drop"
    requires = ("article.paragraphs",)
    provides = ()

    def process(self, article):
        if "jetable" in article.text:
            raise Skip(f"{article.input}: dropped on purpose")
        return article


class Count(Stage):
    name = "count"
    requires = ("article.paragraphs",)
    scope = "corpus"

    def run(self, dossier):
        self.seen = len(dossier.articles)
        return dossier


def test_skip_becomes_an_outcome_and_corpus_stages_see_everything(tmp_path):
    for name, text in [("a.txt", "Un texte jetable pour le test, assez long pour être une phrase."),
                       ("b.txt", "Un texte gardé pour le test, assez long pour être une vraie phrase.")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    count = Count()
    pipe = Pipeline.build(Read(), [Clean(), Drop(), count])
    d = LocalExecutor().run(pipe, [str(tmp_path)])
    assert [a.input.split("/")[-1] for a in d.articles] == ["b.txt"]
    assert count.seen == 1
    assert any(o.status == "skipped" and "dropped on purpose" in o.reason for o in d.outcomes)
    assert d.stages == ("read", "clean", "drop", "count")


def test_stages_pickle_without_their_models():
    stage = DetectLanguage()
    stage.setup()
    assert stage._detector is not None
    clone = pickle.loads(pickle.dumps(stage))
    assert getattr(clone, "_detector", None) is None
    assert clone.detect("Le gouvernement a annoncé mercredi le retrait des troupes de la région.") == "fr"


def test_clean_pickles_after_use(tmp_path):
    stage = Clean()
    stage.rules("fr")
    clone = pickle.loads(pickle.dumps(stage))
    assert clone.rules("fr").furniture("Partager") == "widget"


def test_a_run_tells_each_stage_over_every_article_as_it_starts():
    from pathlib import Path

    from recoupe import run

    heard = []
    run([str(Path(__file__).resolve().parent.parent / "examples" / "karabakh")], on_stage=heard.append)
    assert heard[:2] == ["entities", "stories"] and heard[-1] == "summary" and len(heard) == len(set(heard))
