"""Comparing sources, piece by piece, on records built by hand: figures that
agree or not, units that count the same thing, quotes re-worded or turned
around, framing's log-odds, summary sentences and their citations."""
from collections import Counter

import pytest

from recoupe.compare import claims, framing, quotes, sources, summary
from recoupe.text.sentences import split
from recoupe.records import Article, Claim, Mention, Quantity, Quote, Story, Support


def fig(value, qualifier="exact", unit="soldats"):
    return claims.Figure("a", 0, value, qualifier, unit, frozenset(), frozenset(), False, None, "")


@pytest.mark.parametrize("a, b, ok", [
    ((2000, "approx"), (1960, "exact"), True),      # "près de 2 000" / "1 960"
    ((1000, "over"), (6500, "exact"), True),        # "des milliers" / "6 500"
    ((2000, "exact"), (1960, "exact"), True),       # a round figure stands for about
    ((90, "exact"), (380, "exact"), False),         # 90 / 380 armoured carriers
    ((1960, "exact"), (1961, "exact"), False),      # two exact figures that differ
    ((500, "under"), (620, "exact"), False),        # "moins de 500" / "620"
    ((500, "over"), (300, "over"), True),           # two lower bounds never clash
])
def test_values_agree_only_when_both_can_be_true(a, b, ok):
    assert claims.compatible(fig(*a), fig(*b)) is ok


@pytest.mark.parametrize("x, y, same", [
    ("véhicules blindés de transport de troupes", "blindés", True),
    ("militaires équipés d'armes légères", "soldats", True),
    ("voitures brûlées", "véhicules incendiés", True),
    ("unités d'automobiles", "véhicules blindés de transport de troupes", False),
    ("véhicules blindés de transport de troupes", "militaires", False),
    ("blessés", "morts", False),
    ("maisons", "habitations", True),
    # not the seeds' words: a tank battalion's "blindés" are its armoured vehicles; "hommes" may be anyone
    ("blindés légers", "véhicules blindés", True),
    ("hommes", "soldats", False),
    ("hommes", "militaires", False),
])
def test_units_count_the_same_thing(x, y, same):
    u = claims.Units("fr")

    def figure(unit):
        core, rest, generic = u.split(unit)
        return claims.Figure("a", 0, 1, "exact", unit, core, rest, generic, None, "")

    assert (claims.unit_likeness(figure(x), figure(y)) > 0) is same


def article(aid, text, *, quantities=(), quotes_=(), mentions=(), cites=(), published=None, phrases=()):
    from recoupe.records import Published

    return Article(id=aid, input=f"{aid}.txt", paragraphs=tuple(text.split("\n")), language="fr", quantities=tuple(quantities),
                   quotes=tuple(quotes_), mentions=tuple(mentions), cites=tuple(cites), phrases=tuple(phrases),
                   published=Published(value=published, basis="text") if published else Published())


def quantity(text, whole, value, unit, qualifier="exact"):
    at = whole.index(text)
    return Quantity(start=at, end=at + len(text), text=text, value=value, qualifier=qualifier, unit=unit)


def no_vectors(texts):
    import numpy as np
    return np.zeros((len(texts), 0))


def same_vectors(texts):
    """Every sentence alike: the alignment then rests on the units alone."""
    import numpy as np
    return np.ones((len(texts), 4))


def test_two_figures_of_one_sentence_never_count_the_same_thing():
    a = "Le contingent comprend 1 960 militaires, 90 blindés et 380 unités d'automobiles."
    b = "La mission comptait 380 véhicules blindés de transport de troupes."
    story = Story(id="s", title="t", articles=("a", "b"), sources=(("a",), ("b",)))
    arts = [article("a", a, quantities=[quantity("90 blindés", a, 90, "blindés"),
                                        quantity("380 unités d'automobiles", a, 380, "unités d'automobiles")]),
            article("b", b, quantities=[quantity("380 véhicules blindés de transport de troupes", b, 380,
                                                 "véhicules blindés de transport de troupes")])]
    out = claims.build(story, arts, same_vectors)
    together = [c for c in out if {s.article for s in c.support} == {"a", "b"}]
    assert len(together) == 1 and together[0].status == "contested"
    assert {s.value for s in together[0].support} == {90, 380}


def test_the_comparisons_thresholds_are_the_runs_settings():
    """The 90 / 380 contradiction above rests on Settings.compare: a ratio bound below 380/90
    keeps the two figures apart, and the same texts then give no contested claim."""
    from recoupe.settings import DEFAULT

    a = "Le contingent comprend 1 960 militaires, 90 blindés et 380 unités d'automobiles."
    b = "La mission comptait 380 véhicules blindés de transport de troupes."
    story = Story(id="s", title="t", articles=("a", "b"), sources=(("a",), ("b",)))
    arts = [article("a", a, quantities=[quantity("90 blindés", a, 90, "blindés")]),
            article("b", b, quantities=[quantity("380 véhicules blindés de transport de troupes", b, 380,
                                                 "véhicules blindés de transport de troupes")])]
    assert [c.status for c in claims.build(story, arts, same_vectors)] == ["contested"]
    strict = DEFAULT.compare.__class__(max_ratio=4.0)
    assert {c.status for c in claims.build(story, arts, same_vectors, strict)} == {"single"}


def test_a_copy_is_one_source_and_cannot_confirm_itself():
    text = "Le bilan fait état de 12 morts dans la tempête."
    story = Story(id="s", title="t", articles=("a", "b"), sources=(("a", "b"),))         # b copies a
    arts = [article(x, text, quantities=[quantity("12 morts", text, 12, "morts")]) for x in ("a", "b")]
    (claim,) = claims.build(story, arts, no_vectors)
    assert claim.status == "single" and claim.sources == 1 and len(claim.support) == 2


def test_figures_of_different_years_are_not_aligned():
    a = "En 2019, la tempête avait fait 12 blessés dans la région."
    b = "En 2023, la tempête a fait 40 blessés dans la région."
    story = Story(id="s", title="t", articles=("a", "b"), sources=(("a",), ("b",)))
    from recoupe.records import TimeExpr
    arts = []
    for aid, text, n, year in (("a", a, 12, "2019"), ("b", b, 40, "2023")):
        art = article(aid, text, quantities=[quantity(f"{n} blessés", text, n, "blessés")])
        arts.append(Article(**{**{f: getattr(art, f) for f in Article.__dataclass_fields__},
                               "times": (TimeExpr(start=3, end=7, text=year, type="DATE", value=year),)}))
    assert all(c.status == "single" for c in claims.build(story, arts, no_vectors))


def test_a_reworded_quote_is_one_statement_and_a_negation_is_flagged():
    a = article("a", "x", quotes_=[Quote(start=0, end=1, text="Nous avons évité le pire", speaker="Jean Dupont", speaker_entity="e1")])
    b = article("b", "x", quotes_=[Quote(start=0, end=1, text="nous avons évité le pire de justesse", speaker="Jean Dupont", speaker_entity="e1")])
    c = article("c", "x", quotes_=[Quote(start=0, end=1, text="Nous n'avons pas évité le pire", speaker="Jean Dupont", speaker_entity="e1")])
    d = article("d", "x", quotes_=[Quote(start=0, end=1, text="Nous avons évité le pire", speaker="Marie Durand", speaker_entity="e2")])
    story = Story(id="s", title="t", articles=("a", "b", "c", "d"))
    groups = quotes.build(story, [a, b, c, d], no_vectors)
    assert len(groups) == 1
    (g,) = groups
    assert set(g.articles) == {"a", "b", "c"} and g.speaker == "Jean Dupont"
    assert g.changed and "negative" in g.note


def test_people_count_what_their_participle_says():
    """'17 personnes ont été blessées' counts the injured: it meets '23 blessés', not '620 personnes évacuées'."""
    a = "Au total, 23 blessés ont été recensés après la collision."
    b = "Selon les secours, 17 personnes ont été blessées dans la collision."
    c = "Dans la soirée, 620 personnes ont été évacuées après la collision."
    story = Story(id="s", title="t", articles=("a", "b", "c"), sources=(("a",), ("b",), ("c",)))
    arts = [article("a", a, quantities=[quantity("23 blessés", a, 23, "blessés")]),
            article("b", b, quantities=[quantity("17 personnes", b, 17, "personnes")]),
            article("c", c, quantities=[quantity("620 personnes", c, 620, "personnes")])]
    out = claims.build(story, arts, same_vectors)
    hurt = [x for x in out if {s.article for s in x.support} == {"a", "b"}]
    assert len(hurt) == 1 and hurt[0].status == "contested"
    assert not any("c" in {s.article for s in x.support} and len(x.support) > 1 for x in out)


def test_an_event_noun_before_the_figure_says_what_is_counted():
    """'l'intoxication de 12 personnes' counts the poisoned, like 'une trentaine de personnes ont été intoxiquées'."""
    a = "L'incendie a provoqué l'intoxication de 12 personnes, selon la préfecture."
    b = "Une trentaine de personnes ont été intoxiquées par les fumées de l'incendie."
    story = Story(id="s", title="t", articles=("a", "b"), sources=(("a",), ("b",)))
    arts = [article("a", a, quantities=[quantity("12 personnes", a, 12, "personnes")]),
            article("b", b, quantities=[quantity("Une trentaine de personnes", b, 30, "personnes", "approx")])]
    (claim,) = claims.build(story, arts, same_vectors)
    assert claim.status == "contested" and {s.value for s in claim.support} == {12, 30}


def test_a_past_event_told_with_its_year_is_not_this_storys_figure():
    """Regression (held-out story): 'en 2009 … avait provoqué plus de 1 200 cas' was set against '236 cas'."""
    from recoupe.records import TimeExpr
    a = "En 2009, une contamination comparable avait provoqué plus de 1 200 cas de gastro-entérite."
    b = "L'ARS a désormais recensé 236 cas de gastro-entérite."
    story = Story(id="s", title="t", articles=("a", "b"), sources=(("a",), ("b",)))
    arts = [article("a", a, quantities=[quantity("1 200 cas de gastro-entérite", a, 1200, "cas de gastro-entérite",
                                                 "over")]),
            article("b", b, quantities=[quantity("236 cas de gastro-entérite", b, 236, "cas de gastro-entérite")])]
    arts[0] = Article(**{**{f: getattr(arts[0], f) for f in Article.__dataclass_fields__},
                         "times": (TimeExpr(start=3, end=7, text="2009", type="DATE", value="2009"),)})
    assert all(c.status == "single" for c in claims.build(story, arts, same_vectors))


def test_a_long_sentence_is_compared_by_the_clause_of_its_figure():
    s = ("Six maisons ont été détruites par la coulée de boue et de blocs, qui s'est arrêtée près de l'église, "
         "tandis que les 87 habitants du hameau étaient évacués.")
    assert claims.clause_of(s, 0) == "Six maisons ont été détruites par la coulée de boue et de blocs"
    assert claims.clause_of(s, s.index("87")).startswith("tandis que les 87 habitants")
    short = "Selon ce document, la mission comprenait 1960 militaires, 380 blindés."
    assert claims.clause_of(short, short.index("1960")) == "Selon ce document, la mission comprenait 1960 militaires"


def test_a_word_used_only_inside_one_phrase_is_shown_as_the_phrase():
    z = {"empoisonn": 0.9, "eau empoisonn": 0.7, "eau": 0.2, "orag": 0.8}
    counts = Counter({"empoisonn": 1, "eau empoisonn": 1, "eau": 4, "orag": 2})
    assert framing.fuller(z, counts) == {"eau empoisonn": 0.9, "eau": 0.2, "orag": 0.8}


def test_a_measure_is_of_the_noun_before_it():
    """'rafales de 187 km/h' and 'rafales mesurées à 187 km/h' agree; a ransom is no gust."""
    u = claims.Units("fr")
    assert u.head_before("avec des rafales mesurées à ") == "rafales"
    assert u.head_before("réclament une rançon de ") == "rançon"
    assert u.head_before("Les pirates exigent ") == ""
    a = "Des rafales de 187 km/h ont été enregistrées à la pointe du Raz."
    b = "La tempête a balayé la région avec des rafales atteignant 187 km/h."
    c = "Le vent soufflait encore à 187 km/h au large, selon les marins."
    story = Story(id="s", title="t", articles=("a", "b", "c"), sources=(("a",), ("b",), ("c",)))
    arts = [article(x, t, quantities=[quantity("187 km", t, 187, "km")]) for x, t in (("a", a), ("b", b), ("c", c))]
    out = claims.build(story, arts, no_vectors)
    together = [x for x in out if {s.article for s in x.support} == {"a", "b"}]
    assert len(together) == 1 and together[0].status == "agreed" and together[0].subject == "rafales (km)"


def test_counts_more_than_ten_times_apart_are_not_one_thing():
    """A crowd of 1,2 million and 280 000 can be contested (4x); 38 000 and 450 homes are two events."""
    a = "La panne a privé d'électricité 38 000 foyers dans le département."
    b = "La panne a privé d'électricité 450 foyers dans le département."
    story = Story(id="s", title="t", articles=("a", "b"), sources=(("a",), ("b",)))
    arts = [article("a", a, quantities=[quantity("38 000 foyers", a, 38000, "foyers")]),
            article("b", b, quantities=[quantity("450 foyers", b, 450, "foyers")])]
    assert all(c.status == "single" for c in claims.build(story, arts, same_vectors))


def test_a_hedged_version_of_a_statement_is_flagged():
    a = article("a", "x", quotes_=[Quote(start=0, end=1, text="Nous n'excluons pas que certains foyers restent sans courant",
                                         speaker="Claire Le Goff", speaker_entity="e1")])
    b = article("b", "x", quotes_=[Quote(start=0, end=1, text="Certains foyers resteront sans courant", speaker="Claire Le Goff", speaker_entity="e1")])
    (g,) = quotes.build(Story(id="s", title="t", articles=("a", "b")), [a, b], same_vectors)
    assert g.changed and "possibility" in g.note


@pytest.mark.parametrize("text, negative", [
    ("Nous n'avons à ce stade aucune preuve que des données ont été publiées", True),   # "n' … aucune" is one
    ("Des données personnelles ont été publiées", False),
    ("Nous ne céderons jamais", True),
    ("Il n'y a plus rien à sauver", True),
    ("Aucun licenciement sec n'est envisagé", True),              # the word before its particle
])
def test_a_negation_is_counted_once(text, negative):
    v = {"ne", "n"}, {"jamais", "aucun", "aucune", "rien", "nul", "nulle", "non", "ni", "guere"}
    assert quotes._negated(text, *v) is negative


def test_framing_phrases_are_a_word_and_its_modifier():
    """Two neighbours of different heads are no phrase ("armées arméniennes illégales" gives no
    "arménien illégal" when spaCy reads both adjectives as modifiers of "forces")."""
    import spacy
    from recoupe.annotate.read import phrases

    nlp = spacy.load("fr_core_news_md")
    doc = nlp("Le gouvernement dénonce un nettoyage ethnique et de fréquentes provocations.")
    got = dict(phrases([doc], [0], []))
    assert got.get("nettoyage ethnique") == 1 and got.get("fréquent provocation") == 1
    for t in doc:
        for u in doc[t.i + 1:t.i + 2]:
            if t.head.i != u.i and u.head.i != t.i:
                assert f"{t.lemma_.lower()} {u.lemma_.lower()}" not in got


def test_log_odds_ranks_what_one_article_uses_and_the_others_do_not():
    mine = Counter({"occupation": 5, "retrait": 3})
    rest = Counter({"retrait": 30, "contingent": 10})
    both = mine + rest
    z = framing.log_odds(mine, rest, dict(both), sum(both.values()))
    assert z["occupation"] > 1.0 > z["retrait"]


def test_the_language_is_the_prior_a_word_it_rarely_uses_stands_out():
    mine = Counter({"provocation": 1, "raison": 1, "retrait": 2})
    rest = Counter({"retrait": 9, "soldat": 5})
    prior, a0 = framing.language_prior({w: w for w in mine | rest}, "fr", mine + rest)
    z = framing.log_odds(mine, rest, prior, a0)
    assert z["provocation"] > z["raison"] > z["retrait"]


def test_framing_skips_names_shows_each_word_once_and_names_choices():
    arts = [article("a", "x", phrases=[("occupation", 4), ("occupation illégal", 3), ("illégal", 3), ("retrait", 2)],
                    mentions=[Mention(start=0, end=1, text="Artsakh", type="LOC", form="Artsakh", entity="e1")]),
            article("b", "x", phrases=[("retrait", 5), ("contingent", 4), ("départ", 2)],
                    mentions=[Mention(start=0, end=1, text="Haut-Karabakh", type="LOC", form="Haut-Karabakh", entity="e1")])]
    from recoupe.records import Dossier, Entity
    dossier = Dossier(articles=tuple(arts), entities=(Entity(id="e1", name="Haut-Karabakh", type="LOC"),))
    out = {f.article: f for f in framing.build(Story(id="s", title="t", articles=("a", "b"), sources=(("a",), ("b",))), arts, dossier)}
    terms = out["a"].terms
    assert terms and "occupation" in " ".join(terms) and "retrait" not in terms
    assert sum(("occupation" in t.split()) for t in terms) == 1        # one word, shown once
    assert [u for n in out["a"].names for u in n.used] == [("Artsakh", 1)]


def test_sources_graph_has_outlets_and_chains():
    q = Quote(start=0, end=1, text="achevé", speaker="ministère de la Défense", via=("AFP",))
    a = article("a", "x", cites=("AFP", "ministère de la Défense"), quotes_=[q])
    a = Article(**{**{f: getattr(a, f) for f in Article.__dataclass_fields__}, "outlet": "thanhnien.vn"})
    edges = {(c.by, c.source, c.kind) for c in sources.build(Story(id="s", title="t", articles=("a",)), [a])}
    assert ("thanhnien.vn", "AFP", "cites") in edges and ("AFP", "ministère de la Défense", "relays") in edges


def test_sentences_know_abbreviations_and_guillemets():
    assert split("M. Peskov a dit « Oui. » Le retrait a commencé. J. Dupont confirme.", "fr") == [
        "M. Peskov a dit « Oui. »", "Le retrait a commencé.", "J. Dupont confirme."]


def test_summary_cites_who_says_it_and_keeps_contested_versions_in_the_claims():
    a = ("Le retrait des soldats russes a commencé mercredi dans la région, selon le Kremlin. "
         "La mission comptait 90 véhicules blindés de transport de troupes.")
    b = ("Le retrait des soldats russes a commencé mercredi dans la région, selon le Kremlin. "
         "La mission comprenait 380 véhicules blindés de transport de troupes.")
    arts = [article("a", a), article("b", b)]
    c = Claim(id="c1", subject="véhicules blindés", status="contested",
              support=(Support(article="a", value=90, text="La mission comptait 90 véhicules blindés de transport de troupes."),
               Support(article="b", value=380, text="La mission comprenait 380 véhicules blindés de transport de troupes.")), sources=2)
    story = Story(id="s", title="t", articles=("a", "b"), sources=(("a",), ("b",)), claims=(c,))
    items = summary.build(story, arts, story.claims, no_vectors, budget=30)
    said = [i for i in items if i.text.startswith("Le retrait")]
    assert len(said) == 1 and set(said[0].articles) == {"a", "b"}
    # the summary keeps its budget: a sentence giving one version names the claim and both values in
    # its note; the other version is not appended (it is in the story's claims)
    versions = [i for i in items if i.claim == "c1"]
    assert len(versions) <= 1
    assert all("90" in i.note and "380" in i.note and i.note.startswith("contested") for i in versions)
    assert sum(len(i.text.split()) for i in items) <= 30 * 1.5
    assert len({i.text for i in items}) == len(items)


def test_a_relative_date_gets_its_day_in_the_summary():
    from recoupe.text.sentences import sentences
    from recoupe.records import TimeExpr
    text = "Le Kremlin a annoncé ce mercredi le début du retrait des forces russes."
    art = article("a", text)
    at = text.index("ce mercredi")
    art = Article(**{**{f: getattr(art, f) for f in Article.__dataclass_fields__},
                     "times": (TimeExpr(start=at, end=at + 11, text="ce mercredi", type="DATE", value="2024-04-17"),)})
    assert "ce mercredi (17 avril 2024) le début" in summary.dated(sentences(art)[0], art)
