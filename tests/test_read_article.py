"""Reading an article: names, quotes with speakers, figures, cited sources.
French sentences written for these tests (not from the seeds)."""
import dataclasses

import pytest

from recoupe.annotate.read import ReadArticle
from recoupe.annotate.times import Times
from recoupe.group.entities import LinkEntities, link, name_key
from recoupe.records import Article, Dossier, Mention, Published


@pytest.fixture(scope="module")
def reader():
    stage = ReadArticle()
    stage.setup()                     # spaCy loads once for the module
    return stage


def read(reader, *paragraphs, published="2024-03-12"):
    art = Article(id="t", input="t.txt", paragraphs=tuple(paragraphs), language="fr",
                  published=Published(value=published, basis="metadata"))
    return reader.process(Times().process(art))


def speakers(art):
    return [(q.text[:25], q.speaker, q.via) for q in art.quotes]


# ------------------------------------------------------------------ names

def test_names_lose_articles_and_titles(reader):
    art = read(reader, "Le colonel Dupont a rencontré M. Martin à Lyon avant de rejoindre l'Arménie.")
    forms = {m.form for m in art.mentions}
    assert {"Dupont", "Martin", "Arménie"} <= forms
    assert not any(f.lower().startswith(("le ", "l'", "m.")) for f in forms)


def test_the_lemma_cache_is_bounded_and_emptying_it_changes_nothing(reader, monkeypatch):
    import recoupe.annotate.read as module

    text = ("Les manifestants rassemblés devant la préfecture ont dénoncé les réformes annoncées, "
            "a déclaré Jeanne Martin, porte-parole du collectif, qui évoque 3 000 participants.")
    kept = read(reader, text)
    caches = [p.cache for _, p in reader._nlp.pipeline if isinstance(getattr(p, "cache", None), dict)]
    assert caches and any(caches)
    monkeypatch.setattr(module, "LEMMAS_CACHED", 0)
    emptied = read(reader, text)
    assert not any(caches)                  # past the bound: emptied after the article
    assert read(reader, text) == emptied == kept


def mention(form, kind="PER", start=0):
    return Mention(start=start, end=start + len(form), text=form, type=kind, form=form)


def entities_of(*articles):
    from recoupe.lang import vocab

    found, _ = link({f"a{i}": [mention(f, k, start=j * 100) for j, (f, k) in enumerate(forms)]
                     for i, forms in enumerate(articles)}, vocab("fr").DISTINCT_PLACES, tuple(vocab("fr").PLACE_QUALIFIERS))
    return found


def same_entity(found, a, b):
    of = {v.text: e.id for e in found for v in e.variants}
    return of[a] == of[b]


def test_spellings_and_transliterations_are_one_entity():
    found = entities_of([("Volodymyr Zelensky", "PER"), ("Kharkiv", "LOC")],
                        [("Volodymyr Zelenski", "PER"), ("Kharkov", "LOC"), ("Zelensky", "PER")])
    assert same_entity(found, "Volodymyr Zelensky", "Volodymyr Zelenski")
    assert same_entity(found, "Zelensky", "Volodymyr Zelensky")
    assert same_entity(found, "Kharkiv", "Kharkov")


def test_a_qualified_place_is_the_place():
    found = entities_of([("République tchèque", "LOC"), ("Haute-Égypte", "LOC"), ("Haut-Karabakh", "LOC")],
                        [("Karabakh", "LOC"), ("Fédération de Russie", "LOC"), ("Russie", "LOC"), ("Égypte", "LOC")])
    assert same_entity(found, "Haut-Karabakh", "Karabakh")
    assert same_entity(found, "Haute-Égypte", "Égypte")          # the qualifier in its feminine form too
    assert same_entity(found, "Fédération de Russie", "Russie")


def test_different_things_stay_apart():
    found = entities_of([("Emmanuel Macron", "PER"), ("Brigitte Macron", "PER"), ("Macron", "PER")],
                        [("Autriche", "LOC"), ("Australie", "LOC"), ("Haut-Rhin", "LOC"), ("Rhin", "LOC")],
                        [("Vladimir Poutine", "PER"), ("Dmitri Peskov", "PER")])
    assert not same_entity(found, "Emmanuel Macron", "Brigitte Macron")
    assert not same_entity(found, "Macron", "Emmanuel Macron")      # two Macrons: the surname alone is ambiguous
    assert not same_entity(found, "Autriche", "Australie")
    assert not same_entity(found, "Haut-Rhin", "Rhin")              # a department, not the river
    assert not same_entity(found, "Vladimir Poutine", "Dmitri Peskov")


def test_each_variant_lists_its_articles():
    found = entities_of([("Kharkiv", "LOC")], [("Kharkov", "LOC")], [("Kharkiv", "LOC")])
    [city] = [e for e in found if e.name in ("Kharkiv", "Kharkov")]
    assert {v.text: v.articles for v in city.variants} == {"Kharkiv": ("a0", "a2"), "Kharkov": ("a1",)}
    assert city.name == "Kharkiv"


def test_short_names_need_the_same_spelling():
    found = entities_of([("Iran", "LOC"), ("Irak", "LOC"), ("Iraq", "LOC")])
    assert not same_entity(found, "Iran", "Irak")
    assert same_entity(found, "Irak", "Iraq")


def test_name_keys():
    assert name_key("Aliyev") == name_key("Aliev")
    assert name_key("Latchine") == name_key("Lachin")
    assert name_key("Garabagh") == name_key("Karabakh")
    assert name_key("Aliyev") != name_key("Hajiyev")


# ------------------------------------------------------------------ quotes

def test_verb_after_the_quote(reader):
    art = read(reader, "« Nous ne céderons pas sur les retraites », a déclaré Élisabeth Borne mardi à Matignon.")
    assert speakers(art) == [("Nous ne céderons pas sur ", "Élisabeth Borne", ())]


def test_pronoun_points_to_the_previous_speaker(reader):
    art = read(reader, "« Le chantier sera achevé en juin », a assuré Jean Dupuis, le maire de Brest.",
               "« Nous tiendrons les délais », a-t-il ajouté.")
    assert [s for _, s, _ in speakers(art)] == ["Jean Dupuis", "Jean Dupuis"]
    assert art.quotes[1].cue == "pronoun"


def test_an_inverted_pronoun_is_the_person_just_named_not_the_clause_after_it(reader):
    # regression: "a-t-il indiqué, précisant que des prélèvements…" gave the speaker "précisant que…"
    art = read(reader, "« La situation est maîtrisée », a déclaré la préfète, Hélène Garrigou.",
               "Le maire, Bernard Lachaume, s'est montré plus prudent. « Il est trop tôt pour dire si l'eau est "
               "contaminée », a-t-il indiqué, précisant que des prélèvements avaient été confiés à un laboratoire.")
    assert [s for _, s, _ in speakers(art) if s] == ["Hélène Garrigou", "Bernard Lachaume"]


def test_reported_speech_is_a_statement_of_its_subject(reader):
    art = read(reader, "La préfète Hélène Garrigou a assuré mardi soir que la situation était « sous contrôle » "
                       "et qu'aucune pollution n'avait été relevée.",
               "Le directeur n'a pas confirmé que l'usine rouvrirait lundi.",
               "Jean Dupuis a déclaré que « nous rouvrirons l'usine dès que possible ».")
    indirect = [q for q in art.quotes if q.cue == "indirect"]
    assert [(q.speaker, q.text[:22]) for q in indirect] == [("Hélène Garrigou", "la situation était « s")]
    assert [q.speaker for q in art.quotes if q.cue != "indirect"] == ["Jean Dupuis"]    # quoted once, directly


def test_a_profession_heading_a_sentence_is_no_speaker(reader):
    # regression: spaCy read "Géologue" as a person, and the quote was his
    art = read(reader, "Géologue à l'Observatoire alpin des risques naturels, Marc Rivoire se voulait rassurant : "
                       "« Nous ne pensons pas qu'un nouvel éboulement soit imminent. »")
    assert speakers(art)[0][1] == "Marc Rivoire"


def test_a_reported_clause_ends_where_a_comment_on_it_begins(reader):
    art = read(reader, "La maire, Hélène Marchetti, a assuré que la distribution avait été interrompue dès "
                       "réception des résultats, une version que contestent plusieurs riverains.")
    [q] = art.quotes
    assert q.cue == "indirect" and q.text == "la distribution avait été interrompue dès réception des résultats"


def test_chain_agency_citing_a_ministry(reader):
    art = read(reader, "« Trois suspects ont été interpellés dans la nuit », a indiqué l'AFP citant le ministère "
                       "de l'Intérieur.")
    [(_, speaker, via)] = speakers(art)
    assert speaker == "ministère de l'Intérieur" and via == ("AFP",)
    assert "AFP" in art.cites and "ministère de l'Intérieur" in art.cites


def test_selon(reader):
    art = read(reader, "Selon Grégory Doucet, « la ville ne peut pas financer seule ce projet ».")
    assert speakers(art)[0][1] == "Grégory Doucet"


def test_colon_introduction_with_apposition(reader):
    art = read(reader, "Le président du Sénat, Gérard Larcher, a répondu aux journalistes : « Le texte sera voté "
                       "avant l'été ».")
    assert speakers(art)[0][1] == "Gérard Larcher"


def test_a_role_as_speaker_is_the_person_with_that_role(reader):
    art = read(reader, "Le porte-parole du gouvernement Olivier Véran a présenté le calendrier mercredi.",
               "« Il n'y aura pas de report », a confirmé à la presse le porte-parole du gouvernement.")
    assert speakers(art)[0][1] == "Olivier Véran"


def test_scare_quotes_are_not_statements(reader):
    art = read(reader, "Les syndicats dénoncent une « réforme injuste » et un « passage en force ».")
    assert art.quotes == ()


def test_an_unattributed_quote_continues_the_previous_speaker(reader):
    art = read(reader, "« Nous avons sauvé 300 emplois », a affirmé Sophie Binet devant les salariés.",
               "La direction n'a pas réagi.",
               "« Le combat continue pour les autres sites du groupe ».")
    assert [s for _, s, _ in speakers(art)] == ["Sophie Binet", "Sophie Binet"]
    assert art.quotes[1].cue == "same-speaker"


# ------------------------------------------------------------------ figures

def figures(art):
    return [(q.value, q.qualifier, q.unit) for q in art.quantities]


@pytest.mark.parametrize("sentence,value,qualifier,unit", [
    ("La police a compté 1 200 manifestants à Nantes.", 1200, "exact", "manifestants"),
    ("La police a compté 1\u00a0200 manifestants à Nantes.", 1200, "exact", "manifestants"),
    ("La police a compté 1\u202f200 manifestants à Nantes.", 1200, "exact", "manifestants"),
    ("La tempête a privé d'électricité près de 3 000 foyers bretons.", 3000, "approx", "foyers bretons"),
    ("L'accident a fait plus de 500 blessés légers.", 500, "over", "blessés légers"),
    ("Le chômage touche moins de 20 % des jeunes.", 20, "under", "% des jeunes"),   # a share, of what
    ("Quarante-deux communes ont été inondées.", 42, "exact", "communes"),
    ("L'État versera un million d'euros.", 1_000_000, "exact", "euros"),
    ("Le plan coûtera 2,5 milliards d'euros.", 2_500_000_000, "exact", "euros"),
    ("Des centaines de personnes ont été évacuées.", 100, "over", "personnes"),   # at least 100, under 1 000
    ("Une centaine de policiers ont été mobilisés.", 100, "approx", "policiers"),
    ("Au moins une dizaine d'enfants se trouvaient à bord.", 10, "over", "enfants"),
    ("Moins d'une centaine de manifestants.", 100, "under", "manifestants"),
    ("Le régiment aligne 90 véhicules blindés de transport de troupes.", 90, "exact",
     "véhicules blindés de transport de troupes"),
])
def test_figures(reader, sentence, value, qualifier, unit):
    assert (value, qualifier, unit) in figures(read(reader, sentence))


@pytest.mark.parametrize("sentence", [
    "Le conseil s'est réuni le 12 mars 2024 à 14 h 30 pendant 48 heures.",
    "Il habite dans le 3e arrondissement, au 12 rue de la Paix.",
    "Le paragraphe 4 de la déclaration n'a pas été appliqué.",
    "Le club s'est imposé sur le score de 3-1 en 2023.",
])
def test_numbers_that_are_not_figures(reader, sentence):
    # a duration ("pendant 48 heures") and a clock time ("à 14 h 30") are figures of their own kind
    art = read(reader, sentence)
    assert [f for f, q in zip(figures(art), art.quantities) if q.dimension not in ("duration", "clock")] == []


# ------------------------------------------------------------------ sources

@pytest.mark.parametrize("sentence,source", [
    ("Selon l'agence Reuters, les négociations ont échoué.", "Reuters"),
    ("D'après Le Monde, le ministre va démissionner.", "Le Monde"),
    ("Franceinfo a révélé l'existence d'un second rapport.", "Franceinfo"),
    ("Le projet a été abandonné, selon des informations du site Mediapart.", "Mediapart"),
    ("Le bilan s'élève à six morts, a indiqué la préfecture du Gard.", "préfecture du Gard"),
    ("Des images publiées par des journalistes de Meduza.io montrent le convoi.", "Meduza.io"),
])
def test_cited_sources(reader, sentence, source):
    assert source in read(reader, sentence).cites


def test_linking_stage_gives_speakers_their_entity(reader):
    a = read(reader, "Le porte-parole du Kremlin, Dmitri Peskov, a confirmé le retrait.")
    b = dataclasses.replace(read(reader, "« Le retrait a commencé », a déclaré Peskov mercredi."), id="u")
    d = LinkEntities().run(Dossier(articles=(a, b)))
    [peskov] = [e for e in d.entities if e.name == "Dmitri Peskov"]
    assert {v.text for v in peskov.variants} == {"Dmitri Peskov", "Peskov"}
    assert d.articles[1].quotes[0].speaker_entity == peskov.id
