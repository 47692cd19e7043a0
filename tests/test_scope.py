"""A figure in its scope: French number forms, what kind of number it is,
where, when and by whom it is given (read from the parse), and how claims use
the scope: disputed between named sources, an updated count in time order, a
contradiction only with evidence of the same frame. Sentences written for
these tests."""
from dataclasses import replace

import numpy as np
import pytest

from recoupe.annotate.read import ReadArticle
from recoupe.annotate.times import Times
from recoupe.compare import claims
from recoupe.records import Article, Mention, Published, Quantity, Story


@pytest.fixture(scope="module")
def reader():
    stage = ReadArticle()
    stage.setup()
    return stage


def read(reader, *paragraphs, published="2026-03-12"):
    art = Article(id="t", input="t.txt", paragraphs=tuple(paragraphs), language="fr",
                  published=Published(value=published, basis="metadata"))
    return reader.process(Times().process(art))


def only(art, text):
    found = [q for q in art.quantities if q.text.startswith(text)]
    assert len(found) == 1, [q.text for q in art.quantities]
    return found[0]


# ------------------------------------------------------------ number forms

@pytest.mark.parametrize("sentence, start, value, qualifier, high", [
    ("Le ministère a recensé 1.120.000 manifestants dans le pays.", "1.120.000", 1_120_000, "exact", None),
    ("Des centaines de milliers de salariés ont cessé le travail.", "Des centaines de milliers", 100_000, "over",
     1_000_000),
    ("La CFDT évoquait entre 1 et 2 millions de participants.", "1 et 2 millions", 1_000_000, "over", 2_000_000),
    ("Les services attendaient entre 600 000 et 800 000 personnes.", "600 000 et 800 000", 600_000, "over", 800_000),
    ("Les encours doivent progresser de 3 à 4 % par an.", "3 à 4 %", 3, "over", 4),
    ("Il a réuni plus d'un million de signatures en ligne.", "plus d'un million", 1_000_000, "over", None),
])
def test_french_number_forms(reader, sentence, start, value, qualifier, high):
    q = only(read(reader, sentence), start)
    assert (q.value, q.qualifier, q.high) == (value, qualifier, high)


def test_money_percent_and_scale(reader):
    art = read(reader, "L'État apportera 1,5 milliard d'euros, soit 12 % du plan.")
    assert only(art, "1,5 milliard").dimension == "money" and only(art, "1,5 milliard").value == 1.5e9
    assert only(art, "12 %").dimension == "percent"


def test_a_scaled_sum_without_a_unit_takes_the_articles_currency(reader):
    art = read(reader, "Le plan prévoit 10,5 milliards d'euros pour six banques.",
               "La Banque du Nord recevra 3 milliards, la Banque du Sud 1,7 milliard.")
    assert {q.value: q.dimension for q in art.quantities if q.value >= 1e9} == \
        {10.5e9: "money", 3e9: "money", 1.7e9: "money"}


def test_a_list_of_cities_and_a_part_count_what_the_first_figure_counts(reader):
    art = read(reader, "On comptait 36 000 manifestants à Toulouse, 26.000 à Marseille et 23 000 à Lyon.",
               "Le pays a compté 1,1 million de manifestants, dont 80.000 à Paris.")
    places = {q.value: (q.unit, q.place) for q in art.quantities}
    assert places[26_000] == ("manifestants", "Marseille") and places[23_000] == ("manifestants", "Lyon")
    assert places[36_000] == ("manifestants", "Toulouse")
    assert only(art, "80.000").kind == "part" and only(art, "80.000").unit == "manifestants"


def test_a_pronoun_stands_for_the_counted_noun(reader):
    art = read(reader, "La préfecture a compté 12 000 grévistes ; le syndicat en revendique 30 000.")
    assert only(art, "30 000").unit == "grévistes"


# -------------------------------------------------------------- the frame

def test_who_gives_the_figure(reader):
    art = read(reader, "Selon la CGT, 400 000 personnes ont défilé.",
               "La police a recensé 80 000 manifestants.")
    assert only(art, "400 000").source == "la CGT"
    assert only(art, "80 000").source == "La police"


def test_a_forecast_is_not_a_count(reader):
    art = read(reader, "Les renseignements attendaient 900 000 manifestants dans les rues.")
    assert only(art, "900 000").kind == "forecast"


def test_ages_and_durations(reader):
    art = read(reader, "Paul Martin, 31 ans, a été entendu.",
               "Cette femme de 46 ans était détenue depuis six ans et quatre mois.",
               "Il y a six ans, la mine avait fermé.")
    age = only(art, "31 ans")
    assert (age.dimension, age.value, age.of) == ("age", 31, "Paul Martin")
    assert only(art, "46 ans").dimension == "age"
    held = only(art, "six ans et quatre mois")
    assert (held.dimension, held.unit, held.value) == ("duration", "ans", 6.33)
    assert not any(q.dimension == "age" and q.value == 6 for q in art.quantities)    # "il y a six ans": a date


def test_some_of_a_group_counts_the_group_noun(reader):
    art = read(reader, "La banque a sanctionné trois de ses traders.", "Cinq des otages ont été libérés.")
    assert (only(art, "trois").value, only(art, "trois").unit) == (3, "traders")
    assert (only(art, "Cinq").value, only(art, "Cinq").unit) == (5, "otages")


def test_a_qualifier_before_a_duration_bounds_it(reader):
    # the tagger's expression is "une heure"; "plus d'" before it makes it a lower bound
    art = read(reader, "Pendant plus d’une heure, le spectacle a ébloui le stade.", "Il a parlé une heure.")
    over, exact = [q for q in art.quantities if q.dimension == "duration"]
    assert (over.value, over.unit, over.qualifier) == (1, "heures", "over") and exact.qualifier == "exact"


# ------------------------------------------------------------ claims use it

def no_vectors(texts):
    return np.zeros((len(texts), 0))


def article(aid, text, quantities, mentions=()):
    return Article(id=aid, input=f"{aid}.txt", paragraphs=(text,), language="fr", quantities=tuple(quantities),
                   mentions=tuple(mentions))


def figure(text, whole, value, unit, **scope):
    at = whole.index(text)
    return Quantity(start=at, end=at + len(text), text=text, value=value, qualifier="exact", unit=unit, **scope)


def build(*arts):
    story = Story(id="s", title="t", articles=tuple(a.id for a in arts), sources=tuple((a.id,) for a in arts))
    return claims.build(story, list(arts), no_vectors)


def claim_of(out, *values):
    return next(c for c in out if {s.value for s in c.support} >= set(values))


def test_named_sources_that_differ_make_a_dispute():
    a = "Selon la police, 80 000 manifestants ont défilé jeudi dans la ville."
    b = "Selon les organisateurs, 400 000 manifestants ont défilé jeudi dans la ville."
    out = build(article("a", a, [figure("80 000 manifestants", a, 80_000, "manifestants", source="la police")]),
                article("b", b, [figure("400 000 manifestants", b, 400_000, "manifestants",
                                        source="les organisateurs")]))
    c = claim_of(out, 80_000, 400_000)
    assert c.status == "disputed" and {s.source for s in c.support} == {"la police", "les organisateurs"}


def test_an_outlet_against_another_with_no_source_is_a_contest():
    a = "Les pompiers ont évacué 4 200 habitants du quartier inondé mardi."
    b = "Les pompiers ont évacué 2 400 habitants du quartier inondé mardi."
    out = build(article("a", a, [figure("4 200 habitants", a, 4200, "habitants")]),
                article("b", b, [figure("2 400 habitants", b, 2400, "habitants")]))
    assert claim_of(out, 4200, 2400).status == "contested"


def test_a_count_updated_over_time_is_one_evolving_figure():
    a = "Le bilan des inondations s'élevait lundi à 12 morts dans le département."
    b = "Le bilan des inondations s'élevait mardi à 17 morts dans le département."
    out = build(article("a", a, [figure("12 morts", a, 12, "morts", when="2026-10-12")]),
                article("b", b, [figure("17 morts", b, 17, "morts", when="2026-10-13")]))
    c = claim_of(out, 12, 17)
    assert c.status == "evolving" and [s.value for s in c.support] == [12, 17]


def test_a_contradiction_needs_the_same_place():
    a = "Dans le cortège, 18 000 manifestants ont défilé à Marseille selon la préfecture."
    b = "La préfecture a dénombré 15 000 manifestants en fin de journée."
    out = build(article("a", a, [figure("18 000 manifestants", a, 18_000, "manifestants", place="Marseille")]),
                article("b", b, [figure("15 000 manifestants", b, 15_000, "manifestants")]))
    assert not any(c.status in ("contested", "disputed") for c in out)


def test_places_that_differ_are_never_one_figure():
    a = "La préfecture a compté 36 000 manifestants à Toulouse jeudi après-midi."
    b = "La préfecture a compté 36 000 manifestants à Lyon jeudi après-midi."
    out = build(article("a", a, [figure("36 000 manifestants", a, 36_000, "manifestants", place="Toulouse")]),
                article("b", b, [figure("36 000 manifestants", b, 36_000, "manifestants", place="Lyon")]))
    assert all(c.status == "single" for c in out)


def test_a_forecast_is_never_set_against_the_count():
    a = "Les renseignements attendaient 900 000 manifestants dans tout le pays."
    b = "Le ministère a compté 1 120 000 manifestants dans tout le pays."
    out = build(article("a", a, [figure("900 000 manifestants", a, 900_000, "manifestants", kind="forecast")]),
                article("b", b, [figure("1 120 000 manifestants", b, 1_120_000, "manifestants")]))
    assert all(c.status == "single" for c in out)


def test_a_bound_says_nothing_of_a_figure_far_past_it():
    a = "Le spectacle a mobilisé au total pas moins de 14 000 personnes dans le stade."
    near = "Le spectacle a mobilisé au total 15 000 personnes dans le stade."
    far = "Le spectacle a réuni au total 91 000 personnes dans le stade."
    bound = replace(figure("14 000 personnes", a, 14_000, "personnes"), qualifier="over")
    far_out = build(article("a", a, [bound]), article("b", far, [figure("91 000 personnes", far, 91_000, "personnes")]))
    assert all(c.status == "single" for c in far_out)
    near_out = build(article("a", a, [bound]),
                     article("b", near, [figure("15 000 personnes", near, 15_000, "personnes")]))
    assert claim_of(near_out, 14_000, 15_000).status == "agreed"


def test_others_are_not_the_whole():
    a = "L'armée a libéré Ingrid Durand et 14 autres otages des rebelles."
    b = "L'armée a libéré 15 otages des rebelles, dont Ingrid Durand."
    out = build(article("a", a, [figure("14 autres otages", a, 14, "autres otages")]),
                article("b", b, [figure("15 otages", b, 15, "otages")]))
    assert not any(c.status == "contested" for c in out)


def test_ages_of_one_person_agree_whatever_the_sentence_and_two_people_stay_apart():
    a = "Paul Martin, 31 ans, a été placé en garde à vue mardi soir."
    b = "Le tribunal a entendu longuement Paul Martin, âgé de 31 ans."
    c = "Son associé Jean Roux, 31 ans lui aussi, est en fuite."
    men = {"a": [Mention(start=0, end=11, text="Paul Martin", type="PER", form="Paul Martin", entity="e1")],
           "b": [Mention(start=b.index("Paul"), end=b.index("Paul") + 11, text="Paul Martin", type="PER", form="Paul Martin", entity="e1")],
           "c": [Mention(start=c.index("Jean"), end=c.index("Jean") + 9, text="Jean Roux", type="PER", form="Jean Roux", entity="e2")]}
    out = build(article("a", a, [figure("31 ans", a, 31, "ans", dimension="age", of="Paul Martin")], men["a"]),
                article("b", b, [figure("31 ans", b, 31, "ans", dimension="age", of="Paul Martin")], men["b"]),
                article("c", c, [figure("31 ans", c, 31, "ans", dimension="age", of="Jean Roux")], men["c"]))
    together = [x for x in out if len(x.support) > 1]
    assert len(together) == 1 and {s.article for s in together[0].support} == {"a", "b"}
    assert together[0].status == "agreed" and together[0].dimension == "age"


def test_durations_are_compared_in_days_and_shown_in_the_finest_unit():
    a = "Le dalaï-lama entame une visite de douze jours en France."
    b = "Le dalaï-lama entame une visite de deux semaines en France."
    out = build(article("a", a, [figure("douze jours", a, 12, "jours", dimension="duration", of="visite")]),
                article("b", b, [figure("deux semaines", b, 2, "semaines", dimension="duration", of="visite")]))
    c = claim_of(out, 12, 14)
    assert c.status == "agreed" and {s.unit for s in c.support} == {"jours"}


def test_a_contradiction_is_never_made_through_a_third_figure():
    a = "La banque a perdu 751 millions d'euros sur les marchés en septembre."
    b = "La banque a perdu 751 millions d'euros sur les marchés, a-t-elle reconnu."
    c = "Un autre fonds avait perdu 600 millions d'euros en 2007 à Londres."
    out = build(article("a", a, [figure("751 millions d'euros", a, 751e6, "euros", dimension="money")]),
                article("b", b, [figure("751 millions d'euros", b, 751e6, "euros", dimension="money")]),
                article("c", c, [figure("600 millions d'euros", c, 600e6, "euros", dimension="money")]))
    assert not any(x.status == "contested" for x in out)
    assert claim_of(out, 751e6).status == "agreed"


def test_a_reprinted_wire_sentence_is_one_source_and_only_for_what_it_reprints():
    from recoupe.records import Copy
    wire = "Le bilan officiel de la tempête s'élève à 12 morts selon la préfecture du département."
    a = wire + " Sur place, les secouristes ont évacué 300 habitants des maisons inondées."
    b = wire + " Sur place, les secouristes ont évacué 700 habitants des maisons inondées."
    c = "La tempête a fait 12 morts dans le département, a confirmé la préfecture mardi matin."
    arts = [article("a", a, [figure("12 morts", a, 12, "morts"), figure("300 habitants", a, 300, "habitants")]),
            article("b", b, [figure("12 morts", b, 12, "morts"), figure("700 habitants", b, 700, "habitants")]),
            article("c", c, [figure("12 morts", c, 12, "morts")])]
    story = Story(id="s", title="t", articles=("a", "b", "c"), sources=(("a", "b"), ("c",)),
                  copies=(Copy(articles=("a", "b"), text=wire.rstrip("."), words=15),))
    out = claims.build(story, arts, no_vectors)
    dead = claim_of(out, 12)
    assert dead.status == "agreed" and dead.sources == 2          # the wire counts once, c is the second source
    assert claim_of(out, 300, 700).status == "contested"          # outside the wire, a and b are two sources


def test_a_figure_of_a_past_year_is_another_event(reader):
    art = read(reader, "En 2019, 806 000 personnes avaient manifesté contre la réforme.")
    q = only(art, "806 000")
    a = "En 2019, 806 000 personnes avaient manifesté contre la réforme des retraites."
    b = "Jeudi, 1 120 000 personnes ont manifesté contre la réforme des retraites."
    out = build(Article(id="a", input="a.txt", paragraphs=(a,), language="fr", published=Published(value="2026-03-12", basis="metadata"),
                        quantities=(figure("806 000 personnes", a, 806_000, "personnes", when=q.when),)),
                Article(id="b", input="b.txt", paragraphs=(b,), language="fr", published=Published(value="2026-03-12", basis="metadata"),
                        quantities=(figure("1 120 000 personnes", b, 1_120_000, "personnes"),)))
    assert q.when == "2019" and all(c.status == "single" for c in out)


def test_clock_times_are_figures_of_their_time_zone(reader):
    art = read(reader, "La cérémonie doit débuter à 20h08 (heure locale), soit 14h08 heure française.")
    local, paris = only(art, "20h08"), only(art, "14h08")
    assert (local.dimension, local.value, local.of) == ("clock", 20 * 60 + 8, "local")
    assert (paris.value, paris.of) == (14 * 60 + 8, "france")
    a = "La cérémonie d'ouverture a débuté à 20h08 heure locale dans le stade."
    b = "La cérémonie d'ouverture a débuté à 14h08 heure française dans le stade."
    c = "La cérémonie d'ouverture a débuté à 20h00 heure locale dans le stade."
    out = build(article("a", a, [figure("20h08", a, 1208, "minutes", dimension="clock", of="local")]),
                article("b", b, [figure("14h08", b, 848, "minutes", dimension="clock", of="france")]),
                article("c", c, [figure("20h00", c, 1200, "minutes", dimension="clock", of="local")]))
    assert claim_of(out, 1208, 1200).status == "contested"        # 20h00 is not 20h08, in one time zone
    assert not any({1208, 848} <= {s.value for s in x.support} for x in out)


def test_a_part_with_its_own_noun_counts_that_noun(reader):
    art = read(reader, "Le stade comptait 91.000 spectateurs, dont quelque 80 chefs d'État et de gouvernement.",
               "Le ministère a recensé 1 120 000 manifestants, dont 95 000 à Paris.")
    assert only(art, "quelque 80").kind == "count"
    assert only(art, "95 000").kind == "part"


def test_a_thing_measured_is_no_source(reader):
    art = read(reader, "Le trou creusé dans les comptes s'est chiffré à 6,5 milliards d'euros.",
               "Les organisateurs ont revendiqué 400 000 manifestants.")
    assert only(art, "6,5 milliards").source is None
    assert only(art, "400 000").source == "Les organisateurs"


def test_a_figure_in_a_headline_counts_like_one_in_the_body(reader):
    art = Article(id="h", input="h.txt", title="Crues : le bilan s'alourdit à 17 morts dans le Gard",
                  paragraphs=("La préfecture a publié un nouveau bilan mardi soir.",), language="fr",
                  published=Published(value="2025-10-21", basis="metadata"))
    art = reader.process(Times().process(art))
    assert [(q.value, q.unit) for q in art.headline_quantities] == [(17, "morts")]
    b = "Les crues ont fait 21 morts dans le Gard, selon le dernier bilan de la préfecture."
    out = build(art, article("b", b, [figure("21 morts", b, 21, "morts")]))
    c = claim_of(out, 17, 21)
    assert c.status == "contested" and any(s.paragraph == -1 for s in c.support)


def test_people_in_general_and_people_by_what_they_do_can_be_one_crowd():
    u = claims.Units("fr")
    assert u.is_person("figurants") and u.is_person("manifestants") and u.is_person("spectateurs")
    assert not u.is_person("véhicules") and not u.is_person("maisons")
    a = "Quelque 15 000 personnes ont assuré le spectacle de la cérémonie d'ouverture."
    b = "Quelque 15 000 figurants ont assuré le spectacle de la cérémonie d'ouverture."
    out = build(article("a", a, [figure("15 000 personnes", a, 15_000, "personnes")]),
                article("b", b, [figure("15 000 figurants", b, 15_000, "figurants")]))
    assert claim_of(out, 15_000).status == "agreed" and len(claim_of(out, 15_000).support) == 2


# ------------------------------------------------------------ rounding, whose sum, whose age

def point(value, qualifier="exact", dimension="count"):
    return claims.Figure("a", 0, value, qualifier, "x", frozenset(), frozenset(), False, None, "",
                         dimension=dimension)


@pytest.mark.parametrize("a, b, together", [
    (point(1960), point(2000, "approx"), True),        # "1 960" and "près de 2 000"
    (point(90), point(80, "approx"), False),           # "90" and "quelque 80"
    (point(15_000, "approx"), point(14_000), False),   # "quelque 15 000" and "14 000"
    (point(14_000), point(15_000), False),             # two round figures a thousand apart
    (point(2_000), point(2_050), True),                # within the rounding of "2 000"
    (point(10_600), point(10_624), False),             # two exact counts
])
def test_a_round_or_approximate_figure_stands_for_its_rounding(a, b, together):
    assert claims.compatible(a, b) is together


def test_a_round_number_noun_reaches_wider_than_environ(reader):
    art = read(reader, "Une trentaine de familles ont été relogées.")
    q = only(art, "Une trentaine")
    assert q.qualifier == "approx" and q.low < 30 < q.high and q.high >= 34


def test_a_name_inside_the_counted_noun_is_no_list_item(reader):
    art = read(reader, "Le stade comptait 91 000 spectateurs, dont quelque 80 chefs d'État et de gouvernement.")
    chefs = only(art, "quelque 80")
    story = Story(id="s", title="t", articles=("t",), sources=(("t",),))
    figs = [f for f in claims.figures(story, [art]) if f.value == 80]
    assert chefs.unit.startswith("chefs") and figs and figs[0].label == "" and not figs[0].places


def test_whose_sum_it_is_comes_from_the_parse(reader):
    art = read(reader, "L'établissement le plus touché est le Crédit agricole, qui a déjà perdu 6,85 milliards d'euros.",
               "Mais cet été, Natixis a dû aussi lever 3,9 milliards pour retrouver ses ratios.",
               "Le trou creusé dans les comptes s'est chiffré à 6,5 milliards d'euros.")
    assert only(art, "3,9 milliards").of == "Natixis"
    assert only(art, "6,85 milliards").of == "Crédit agricole"
    assert only(art, "6,5 milliards").of is None                # a thing, and no one named in its sentence


def test_two_banks_sums_are_never_one_figure():
    a = "Natixis a perdu 948 millions d'euros au troisième trimestre."
    b = "La Caisse d'épargne a perdu 1,2 milliard d'euros au troisième trimestre."
    men_a = [Mention(start=0, end=7, text="Natixis", type="ORG", form="Natixis", entity="n")]
    men_b = [Mention(start=3, end=19, text="Caisse d'épargne", type="ORG", form="Caisse d'épargne", entity="c")]
    out = build(article("a", a, [figure("948 millions d'euros", a, 948e6, "euros", dimension="money", of="Natixis")],
                        men_a),
                article("b", b, [figure("1,2 milliard d'euros", b, 1.2e9, "euros", dimension="money",
                                        of="Caisse d'épargne")], men_b))
    assert all(c.status == "single" for c in out)


def test_a_share_says_what_it_is_a_share_of(reader):
    art = read(reader, "Nous arrivons à résoudre de 95 à 99 % des cas, dit le médecin.",
               "Le texte permet de traiter 90 % des cas.")
    assert only(art, "95 à 99 %").unit == "% des cas" and only(art, "95 à 99 %").dimension == "percent"
    assert only(art, "90 %").unit == "% des cas"


def test_shares_of_one_thing_told_apart_and_of_two_things_never_one():
    a = "Les médecins disent pouvoir traiter 90 % des cas des patients en fin de vie."
    b = "Les médecins disent pouvoir traiter 95 % des cas des patients en fin de vie."
    c = "Les médecins disent pouvoir traiter 95 % des demandes des patients en fin de vie."
    def share(aid, text, value, unit):
        return article(aid, text, [figure(f"{value} %", text, value, unit, dimension="percent")])
    assert claim_of(build(share("a", a, 90, "% des cas"), share("b", b, 95, "% des cas")), 90, 95).status \
        == "contested"
    assert all(x.status == "single" for x in build(share("a", a, 90, "% des cas"), share("c", c, 95, "% des demandes")))


def test_a_half_year_is_read_in_an_age(reader):
    art = read(reader, "La mère du garçon de deux ans et demi a été entendue mardi.")
    q = next(q for q in art.quantities if q.dimension == "age")
    assert q.value == 2.5 and q.text == "deux ans et demi"


def test_a_persons_age_against_a_group_of_their_age_is_one_contradiction():
    texts = {"a": "Fatma, la jeune femme de 34 ans, a été inculpée mercredi.",
             "b": "Fatma, cette jeune femme de 34 ans, a été inculpée mercredi.",
             "c": "Cette femme de 34 ans a été inculpée mercredi à Marseille.",
             "d": "Fatma, 33 ans, a été inculpée mercredi."}
    arts = []
    for aid, t in texts.items():
        men = [Mention(start=0, end=5, text="Fatma", type="PER", form="Fatma", entity="f")] if t.startswith("Fatma") else []
        value = 33 if aid == "d" else 34
        arts.append(article(aid, t, [figure(f"{value} ans", t, value, "ans", dimension="age",
                                            of="Fatma" if men else None)], men))
    c = claim_of(build(*arts), 33, 34)
    assert c.status == "contested" and {s.article for s in c.support} >= {"a", "d"}


def test_a_pluperfect_about_a_year_to_come_is_no_background(reader):
    # "avait annoncé … pour 2009" in a 2008 article tells of what comes, not of a past event
    def told(aid, text):
        return replace(read(reader, text, published="2008-07-10"), id=aid, input=f"{aid}.txt")
    now = told("b", "L'équipe alignera 25 coureurs au départ du Tour de France.")
    coming = told("a", "L'équipe avait annoncé 25 coureurs pour le Tour de France 2009.")
    assert claim_of(build(coming, now), 25).status == "agreed"
    past = told("c", "L'équipe avait annoncé 25 coureurs pour le Tour de France 2007.")
    assert all(c.status == "single" for c in build(past, now))


def test_a_period_gives_the_year_it_began_and_the_year_it_ended(reader):
    art = read(reader, "Elle a vécu aux Seychelles de 1985 à 1988.", "Il a gagné en 1995 et 2007.")
    assert [(q.dimension, q.unit, q.value) for q in art.quantities] == [("period", "début", 1985),
                                                                        ("period", "fin", 1988)]


def test_sentences_that_give_one_fact_alike_compare_their_other_figures(reader):
    # the stay of "trois ans" agrees, so the years it began and ended in are the same stay's
    def told(aid, text):
        return replace(read(reader, text, published="2008-08-20"), id=aid, input=f"{aid}.txt")
    a = told("a", "Elle y a vécu trois ans, de 1985 à 1988, quand son mari était conseiller à l'ambassade.")
    b = told("b", "Elle y a vécu près de trois années, entre 1984 et 1986, quand son mari était diplomate.")
    out = build(a, b)
    assert claim_of(out, 3).status == "agreed"
    began, ended = claim_of(out, 1985, 1984), claim_of(out, 1988, 1986)
    assert began.status == ended.status == "contested" and began.dimension == "period"
    c = told("c", "Elle y a fondé une école, de 1984 à 1986, avec des amis du village.")
    assert all(cl.status == "single" for cl in build(a, c))      # no shared fact: nothing says it is the same period
