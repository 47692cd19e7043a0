"""Statements across outlets: quoted fragments, reporting verbs found through
the parse, "-t-il" resolved to the last subject, paraphrases matched, and
`changed` only for a real change of meaning. Sentences written for these tests."""
import numpy as np
import pytest

from recoupe.annotate.read import ReadArticle
from recoupe.annotate.times import Times
from recoupe.compare import quotes as groups
from recoupe.records import Article, Published, Quote, Story


@pytest.fixture(scope="module")
def reader():
    stage = ReadArticle()
    stage.setup()
    return stage


def read(reader, *paragraphs):
    art = Article(id="t", input="t.txt", paragraphs=tuple(paragraphs), language="fr",
                  published=Published(value="2024-03-12", basis="metadata"))
    return reader.process(Times().process(art))


def said(art):
    return [(q.text, q.speaker, q.cue) for q in art.quotes]


# ------------------------------------------------------------------ reading

def test_a_quoted_fragment_inside_a_sentence_is_said_by_the_subject_of_its_verb(reader):
    art = read(reader, "La maire Hélène Vidal a exigé jeudi que les promoteurs « remettent le terrain en état », "
                       "tandis que les riverains attendaient.")
    assert ("remettent le terrain en état", "Hélène Vidal") in [(t, s) for t, s, _ in said(art)]


def test_a_fragment_after_a_participle_is_said_by_the_subject_of_the_sentence(reader):
    art = read(reader, "Le sénateur Paul Marchand a critiqué le projet de loi, parlant d'un « bricolage sans "
                       "aucune vision ».")
    assert [(t, s) for t, s, _ in said(art)] == [("bricolage sans aucune vision", "Paul Marchand")]


def test_a_short_term_in_quotes_stays_unattributed(reader):
    art = read(reader, "Le sénateur Paul Marchand a dénoncé un « bricolage » et un « mépris total ».")
    assert art.quotes == ()


def test_a_reporting_verb_outside_the_list_is_found_by_the_parse(reader):
    # "renchéri" is no word of the list REPORTING_VERBS
    art = read(reader, "La directrice Anne Rolland a présenté le bilan mercredi.",
               "« Le chantier sera livré avant la fin de l'hiver prochain », a renchéri Anne Rolland.")
    assert said(art)[0][1] == "Anne Rolland"


def test_a_reported_infinitive_is_a_statement_of_the_subject(reader):
    art = read(reader, "Le ministre Marc Delorme a nié avoir reçu la moindre lettre du syndicat.")
    (q,) = art.quotes
    assert q.speaker == "Marc Delorme" and q.cue == "indirect" and "reçu la moindre lettre" in q.text


def test_a_reported_clause_with_a_lost_subject_is_said_by_the_name_before_the_verb(reader):
    art = read(reader, "Sophie Garnier s'est dite lundi convaincue que le budget de la commune serait voté en mars.")
    assert [(q.speaker, q.cue) for q in art.quotes] == [("Sophie Garnier", "indirect")]


def test_a_t_il_after_a_quote_is_the_last_subject_not_the_person_named_later(reader):
    art = read(reader, "Le chef du parti Jean Morel a félicité Pierre Dumas pour son élection.",
               "« Nous allons travailler ensemble pour les habitants de la ville », a-t-il déclaré.")
    assert said(art)[0][1] == "Jean Morel"


def test_il_stands_for_a_subject_the_model_does_not_name(reader):
    # "le pape" is no name spaCy tags; it is the subject before "a-t-il ajouté"
    art = read(reader, "Dimanche, le pape a reçu le président Paul Kagame au Vatican.",
               "« La paix est un chemin long mais nécessaire pour tous », a-t-il ajouté.")
    assert said(art)[0][1] == "pape"


def test_an_elliptic_reporting_verb_takes_the_subject_before(reader):
    art = read(reader, "Le préfet Luc Berthier a jugé la situation préoccupante.",
               "Et d'ajouter : « Les secours resteront mobilisés toute la nuit sur la digue ».")
    assert said(art)[-1][1] == "Luc Berthier"


# ------------------------------------------------------------------ grouping

def article(aid, *quotes_):
    return Article(id=aid, input=f"{aid}.txt", paragraphs=("x",), language="fr", quotes=tuple(quotes_))


def fixed_vectors(table):
    """Sentence vectors given by the test: each text a unit vector."""
    def encode(texts):
        return np.array([table[t] for t in texts], dtype=np.float32)
    return encode


def unit(*xs):
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_a_paraphrase_sharing_content_words_is_one_statement():
    x = "Nous allons embaucher des infirmières dans tous les hôpitaux du département d'ici l'été"
    y = "le recrutement rapide de nombreuses infirmières supplémentaires pour chaque hôpital public de ce département"
    a = article("a", Quote(start=0, end=1, text=x, speaker="Élise Borne", speaker_entity="e1"))
    b = article("b", Quote(start=0, end=1, text=y, speaker="Élise Borne", speaker_entity="e1", cue="indirect"))
    table = {x: unit(1, 0, 0), y: unit(0.57, 0.8216, 0)}          # alike, below near_quote
    from recoupe.settings import DEFAULT
    assert groups._overlap(x, y) < DEFAULT.compare.quote_overlap
    (g,) = groups.build(Story(id="s", title="t", articles=("a", "b")), [a, b], fixed_vectors(table))
    assert set(g.articles) == {"a", "b"} and not g.changed


def test_two_different_statements_of_one_speaker_stay_apart():
    a = article("a", Quote(start=0, end=1, text="Le budget de la défense augmentera l'an prochain", speaker="Jean Lemoine", speaker_entity="e1"))
    b = article("b", Quote(start=0, end=1, text="Je serai candidat aux élections municipales", speaker="Jean Lemoine", speaker_entity="e1"))
    table = {a.quotes[0].text: unit(1, 0.3, 0), b.quotes[0].text: unit(1, -0.3, 0.9)}
    assert groups.build(Story(id="s", title="t", articles=("a", "b")), [a, b], fixed_vectors(table)) == ()


def test_the_same_words_are_one_statement_when_one_outlet_names_no_speaker():
    words = "le gouvernement ne reculera pas devant les menaces des casseurs"
    a = article("a", Quote(start=0, end=1, text=words, speaker="Gérald Martin", speaker_entity="e1"))
    b = article("b", Quote(start=0, end=1, text="Le gouvernement ne reculera pas devant les menaces des casseurs", speaker=None))
    (g,) = groups.build(Story(id="s", title="t", articles=("a", "b")), [a, b], lambda t: np.ones((len(t), 3)))
    assert g.speaker == "Gérald Martin" and set(g.articles) == {"a", "b"}


def test_a_short_phrase_inside_a_longer_statement_of_another_speaker_is_not_it():
    a = article("a", Quote(start=0, end=1, text="le texte retire du fichier toute personne exerçant un mandat syndical ou politique "
                                 "et toute donnée de santé", speaker="Claire Aubry", speaker_entity="e1"))
    b = article("b", Quote(start=0, end=1, text="exerçant un mandat syndical ou politique", speaker="Henri Vasseur", speaker_entity="e2"))
    assert groups.build(Story(id="s", title="t", articles=("a", "b")), [a, b], lambda t: np.ones((len(t), 3))) == ()


# ------------------------------------------------------------------ changed

@pytest.mark.parametrize("x, y, changed", [
    ("s'il n'y a pas d'accord, la grève continuera", "sans accord, la grève continuera", False),
    ("nous n'avons pas besoin d'aide", "« pas besoin » d'aide", False),
    ("le ministère a nié avoir payé une rançon", "n'avoir payé aucune rançon", False),
    ("nous fermerons l'usine", "nous ne fermerons pas l'usine", True),
    ("300 emplois seront supprimés", "450 emplois seront supprimés", True),
])
def test_changed_is_only_a_change_of_meaning(x, y, changed):
    assert bool(groups.change([x, y], "fr")) is changed
