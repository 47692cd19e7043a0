"""The temporal tagger, one test per family of expressions (French sentences
written for these tests, not from the seeds or the TimeBank files)."""
import datetime as dt
import json

import pytest

from recoupe.annotate.times import infer_published, tag_text
from recoupe.cli import main
from recoupe.records import Article, Removal

DCT = dt.date(2023, 3, 15)   # a Wednesday


def values(text, dct=DCT):
    return [(t.text, t.value) for t in tag_text(text, dct)]


def value_of(text, piece, dct=DCT):
    found = [t for t in tag_text(text, dct) if piece in t.text]
    assert found, f"{piece!r} not found in {values(text, dct)}"
    return found[0].value


CASES = [
    # full and partial dates
    ("full date", "Le traité a été signé le 3 octobre 2019 à Lisbonne.", "3 octobre 2019", "2019-10-03"),
    ("first of month", "La loi entre en vigueur le 1er juillet 2024.", "1er juillet 2024", "2024-07-01"),
    ("day month, nearest year", "Le vote aura lieu le 2 avril.", "2 avril", "2023-04-02"),
    ("day month dernier", "Le maire avait démissionné le 20 décembre dernier.", "20 décembre dernier", "2022-12-20"),
    ("day month prochain", "Le procès s'ouvrira le 10 janvier prochain.", "10 janvier prochain", "2024-01-10"),
    ("month", "Les travaux ont commencé en février.", "février", "2023-02"),
    ("month year", "La crise a éclaté en novembre 2021.", "novembre 2021", "2021-11"),
    ("month dernier", "Les chiffres de septembre dernier étaient meilleurs.", "septembre dernier", "2022-09"),
    ("year", "Le stade sera rénové d'ici 2026.", "2026", "2026"),
    ("numeric date", "Le courrier est daté du 07/02/2023.", "07/02/2023", "2023-02-07"),
    # weekdays relative to the anchor
    ("weekday same day", "Le ministre a réagi ce mercredi.", "ce mercredi", "2023-03-15"),
    ("weekday past", "Les syndicats ont manifesté lundi à Nantes.", "lundi", "2023-03-13"),
    ("weekday future", "Le conseil se réunira vendredi.", "vendredi", "2023-03-17"),
    ("weekday dernier", "Il avait été arrêté jeudi dernier.", "jeudi dernier", "2023-03-09"),
    ("weekday with date", "La fête aura lieu samedi 25 mars.", "samedi 25 mars", "2023-03-25"),
    ("weekday and part", "L'incendie s'est déclaré mardi soir.", "mardi soir", "2023-03-14TEV"),
    # deictics
    ("hier", "Le préfet a annoncé hier la fermeture du pont.", "hier", "2023-03-14"),
    ("aujourd'hui", "Les résultats sont publiés aujourd'hui.", "aujourd'hui", "2023-03-15"),
    ("demain", "La grève reprendra demain.", "demain", "2023-03-16"),
    ("hier soir", "Le match s'est terminé hier soir.", "hier soir", "2023-03-14TEV"),
    ("ce matin", "Le train a déraillé ce matin.", "ce matin", "2023-03-15TMO"),
    ("semaine dernière", "Le texte a été adopté la semaine dernière.", "la semaine dernière", "2023-W10"),
    ("an prochain", "Le festival reviendra l'an prochain.", "l'an prochain", "2024"),
    ("mois dernier", "Les prix ont augmenté le mois dernier.", "le mois dernier", "2023-02"),
    ("cette année", "Cette année, la récolte est bonne.", "Cette année", "2023"),
    # parts of periods
    ("fin month", "Les négociations reprendront fin avril.", "fin avril", "2023-04"),
    ("début year", "La réforme date de début 2021.", "début 2021", "2021"),
    ("mi-month", "Les premiers résultats sont attendus mi-mai.", "mi-mai", "2023-05"),
    ("fin de l'année", "Le chantier sera achevé d'ici la fin de l'année.", "la fin de l'année", "2023"),
    # seasons and decades
    ("season year", "L'usine a fermé à l'automne 2019.", "l'automne 2019", "2019-FA"),
    ("season this year", "Les fouilles reprendront cet été.", "cet été", "2023-SU"),
    ("decade", "Le quartier a été construit dans les années 1970.", "années 1970", "197"),
    ("century", "Le château date du XVIIe siècle.", "XVIIe siècle", "16"),
    ("quarter", "Le chômage a reculé au premier trimestre 2022.", "premier trimestre 2022", "2022-Q1"),
    # durations, with written-out numbers
    ("duration digits", "Le siège a duré 44 jours.", "44 jours", "P44D"),
    ("duration words", "Le chantier a pris quarante-quatre jours.", "quarante-quatre jours", "P44D"),
    ("duration weeks", "Il a été hospitalisé pendant six semaines.", "six semaines", "P6W"),
    ("duration hours", "La rocade a été bloquée 48 heures.", "48 heures", "PT48H"),
    ("duration decades", "Le conflit dure depuis près de trois décennies.", "trois décennies", "P30Y"),
    ("duration months", "Elle a passé dix-huit mois en détention.", "dix-huit mois", "P18M"),
    ("duration half", "Les travaux ont duré un an et demi.", "un an et demi", "P18M"),
    ("duration vague", "La décision est attendue depuis plusieurs semaines.", "plusieurs semaines", "PXW"),
    ("duration round", "Le chantier a duré une dizaine de jours.", "dizaine de jours", "P10D"),
    # times
    ("clock colon", "Le train est parti à 21:11.", "21:11", "2023-03-15T21:11"),
    ("clock h", "La réunion a commencé à 14 h 30.", "14 h 30", "2023-03-15T14:30"),
    ("clock on named day", "Lundi, vers 18 h, un homme a été interpellé.", "18 h", "2023-03-13T18:00"),
    ("midi", "Les manifestants se sont dispersés vers midi.", "midi", "2023-03-15T12:00"),
    # sets
    ("chaque année", "Le festival attire chaque année 20 000 visiteurs.", "chaque année", "P1Y"),
    ("tous les jours", "Le marché se tient tous les jours.", "tous les jours", "P1D"),
    ("tous les lundis", "La permanence a lieu tous les lundis.", "tous les lundis", "XXXX-WXX-1"),
    ("par an", "La commune dépense 2 millions d'euros par an.", "par an", "P1Y"),
    # narrative: a relative date against the time the text moved to
    ("narrative dernier", "L'offensive a commencé le 2 mars 2021 et, après 30 jours de combats, l'armée a annoncé "
                          "le 1er avril dernier un cessez-le-feu.", "1er avril dernier", "2021-04-01"),
    ("narrative day-month", "En 2015, le maire a été élu le 29 mars.", "29 mars", "2015-03-29"),
    ("la veille", "Le 4 mai 2022, le ministre a démissionné. La veille, il avait reçu les syndicats.",
     "La veille", "2022-05-03"),
    ("le lendemain", "Le 4 mai 2022, le ministre a démissionné. Le lendemain, son successeur a été nommé.",
     "Le lendemain", "2022-05-05"),
    ("le même jour", "Le 4 mai 2022, le ministre a démissionné. Le même jour, le président a parlé.",
     "Le même jour", "2022-05-04"),
    ("present ref", "Le quartier est désormais piétonnier.", "désormais", "PRESENT_REF"),
    # holidays, nights, anaphora with "-là"
    ("christmas", "Les marchés resteront ouverts jusqu'à Noël.", "Noël", "2022-12-25"),
    ("easter", "Les cloches sonneront à Pâques 2024.", "Pâques 2024", "2024-03-31"),
    ("night of", "Deux voitures ont brûlé dans la nuit de samedi à dimanche.", "la nuit de samedi", "2023-03-11TNI"),
    ("night of dates", "Les faits remontent à la nuit du 3 au 4 juin 2019.", "la nuit du 3", "2019-06-03TNI"),
    ("ce soir-là", "Le 4 mai 2022, la foule a envahi la place. Ce soir-là, la police a chargé.", "Ce soir-là",
     "2022-05-04TEV"),
    # weekday direction from the words around it
    ("depuis weekday", "Les écoles sont fermées depuis lundi.", "lundi", "2023-03-13"),
    ("avant weekday", "La décision n'est pas attendue avant vendredi.", "vendredi", "2023-03-17"),
    ("doit weekday", "Le ministre doit présenter son plan jeudi.", "jeudi", "2023-03-16"),
    ("this week", "Le tribunal rendra sa décision ce vendredi.", "ce vendredi", "2023-03-17"),
    ("compound duration", "Le vainqueur a couru 3 heures et 41 minutes.", "3 heures et 41 minutes", "PT3H41M"),
    ("month range year", "Les vols ont eu lieu entre janvier et mars 2015.", "janvier", "2015-01"),
    # a lowercase noun before "de trois ans" is what lasts, not a person of that age
    ("sentence duration", "Il a été condamné à une peine de trois ans.", "trois ans", "P3Y"),
    ("retirement duration", "Une retraite de trois ans lui a été accordée.", "trois ans", "P3Y"),
    ("depuis keeps dct", "Sélectionneur depuis juillet 2012, il quittera son poste le 31 décembre.", "31 décembre",
     "2023-12-31"),
]


@pytest.mark.parametrize("family,text,piece,value", CASES, ids=[c[0] for c in CASES])
def test_family(family, text, piece, value):
    assert value_of(text, piece) == value


def test_lists_and_ranges_give_one_expression_per_day():
    got = values("Les élections ont lieu les 19 et 26 juin 2022.\nLe salon est ouvert du 3 au 5 mai.")
    assert ("les 19", "2022-06-19") in got and ("26 juin 2022", "2022-06-26") in got
    assert ("3", "2023-05-03") in got and ("5 mai", "2023-05-05") in got


@pytest.mark.parametrize("text", [
    "Le contingent compte 2 000 soldats et 380 véhicules.",
    "La mission comprenait 1960 militaires et 90 blindés.",
    "Un homme de 45 ans a été blessé. Alain Martin, 53 ans, conducteur du car, est indemne.",
    "Un Marseillais de 30 ans a été interpellé.",         # a capital is a person: an age, not a duration
    "Le Premier ministre a été reçu à Matignon.",
    "Le bilan a été publié par la préfecture.",          # "été", the participle
    "Les Jeux d'hiver s'ouvrent au Japon.",
    "Le quotidien Le Monde a publié une enquête.",
])
def test_numbers_and_words_that_are_not_times(text):
    assert values(text) == []


def test_offsets_point_into_the_text():
    text = "Réunion\nLe conseil a voté hier soir le budget de 2024."
    for t in tag_text(text, DCT):
        assert text[t.start:t.end] == t.text
    assert [t.paragraph for t in tag_text(text, DCT)] == [1, 1]


def test_without_a_date_relative_expressions_stay_open():
    assert value_of("Il est arrivé le 17 avril.", "17 avril", dct=None) == "XXXX-04-17"
    assert value_of("Le texte a été voté en 2019.", "2019", dct=None) == "2019"


def test_times_command(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Le pont a rouvert hier.\r\nLes travaux ont duré six semaines.", encoding="utf-8")
    assert main(["times", "--dct", "2024-04-17", str(path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    text = path.read_bytes().decode("utf-8")
    assert rows == [
        {"start": 18, "end": 22, "text": "hier", "type": "DATE", "value": "2024-04-16"},
        {"start": 46, "end": 58, "text": "six semaines", "type": "DURATION", "value": "P6W"},
    ]
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_times_command_errors(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("hier", encoding="utf-8")
    assert main(["times", "--dct", "17/04/2024", str(path)]) == 2
    assert "write it YYYY-MM-DD" in capsys.readouterr().err
    assert main(["times", "--dct", "2024-04-17", "--lang", "xx", str(path)]) == 2
    assert "no temporal tagger for language 'xx'" in capsys.readouterr().err
    assert main(["times", "--dct", "2024-04-17", str(tmp_path / "absent.txt")]) == 2


def article(paragraphs, removed=()):
    return Article(id="x", input="x.txt", paragraphs=tuple(paragraphs), removed=tuple(removed))


def test_published_from_a_deictic_day_after_the_latest_event():
    art = article(["En janvier 2023, la société a été rachetée.", "Le nouveau patron a annoncé ce 6 mars un plan social."])
    found = infer_published(art)
    assert (found.value, found.basis) == ("2023-03-06", "text")


def test_published_is_never_the_latest_date_the_text_names():
    # a judgment told of, a date compared with: neither is the day the article was written
    art = article(["Le tribunal a rendu son jugement le 12 février 2024.", "Le maire avait été mis en examen le 3 mai 2022."])
    found = infer_published(art)
    assert found.value is None and found.basis == "none" and "2024-02-12" in found.evidence
    compared = article(["Jamais autant de manifestants n'avaient défilé depuis le 5 décembre 2019."])
    assert infer_published(compared).value is None


def test_published_from_a_dateline():
    art = article(["Libreville, le 19 janvier 2023 - Le président a dissous le gouvernement.", "En 2009, il avait été élu."])
    found = infer_published(art)
    assert (found.value, found.basis) == ("2023-01-19", "text") and "dateline" in found.evidence
    assert found.confidence and found.confidence > 0.9
    caps = article(["PARIS, 3 mars 2021 (AFP) - Les syndicats appellent à la grève."])
    assert infer_published(caps).value == "2021-03-03"
    inside = article(["Le président, le 19 janvier 2023, a dissous le gouvernement."])   # no place: not a dateline
    assert infer_published(inside).value is None


def test_published_weekday_chooses_the_year():
    art = article(["En 2022, le parti avait perdu les élections.", "Son chef a démissionné ce jeudi 19 janvier."])
    found = infer_published(art)
    assert found.value == "2023-01-19" and "jeudi" in found.evidence      # 19 January 2023 is a Thursday
    wrong = article(["En 2022, le parti avait perdu les élections.", "Son chef a démissionné ce dimanche 19 janvier."])
    assert infer_published(wrong) is None or infer_published(wrong).value is None   # no year of the two fits


def test_published_never_after_a_deadline():
    art = article(["La réforme s'appliquera à partir du 1er janvier 2024.", "Le ministre l'a annoncé ce 12 octobre."])
    assert infer_published(art).value is None
    told = article(["La réforme a été votée le 3 mai 2023.", "Elle s'appliquera à partir du 1er janvier 2024.",
                    "Le ministre l'a rappelé ce 12 octobre."])
    assert infer_published(told).value == "2023-10-12"


def test_published_year_from_the_copyright_line():
    art = article(["Le préfet a réagi ce mercredi."], [Removal(text="© 2024 Le Journal – Tous droits réservés", reason="copyright")])
    found = infer_published(art)
    assert found.value == "2024" and "copyright" in found.evidence


def test_a_weekday_with_its_day_picks_the_year_its_calendar_fits():
    # the narrative year is 2008 ("Pékin 2008"); 8 August is a Friday in 2008, not in 2007
    assert values("La cérémonie d'ouverture des Jeux de Pékin 2008 a eu lieu vendredi 8 août.", None)[-1] \
        == ("vendredi 8 août", "2008-08-08")
    # written on 6 January 2009, "vendredi 26 décembre" is last year's Friday
    assert ("le vendredi 26 décembre", "2008-12-26") in values("Il est parti le vendredi 26 décembre.", dt.date(2009, 1, 6))


# ------------------------------------------------------------ the rules are data

def test_what_a_rule_needs_is_derived_from_its_pattern():
    import re

    from recoupe.annotate.times.patterns import DIGIT, needs

    assert set(needs(re.compile(r"(?:le|la) (?P<m>mars|avril)", re.I))) == {"mars", "avril"}
    assert needs(re.compile(r"\d+ ans")) == (" ans",)          # a word is rarer than a digit
    assert needs(re.compile(r"(?:abc)?\d")) == (DIGIT,)         # an optional part is not needed
    assert needs(re.compile(r"[0-9]{2}h")) == ("h",)
    assert needs(re.compile(r"\w+")) == ()                      # nothing to look for: always tried


def test_every_match_of_every_rule_holds_one_of_its_keys(shared):
    """The keys skip a paragraph only when no match could be in it: checked on every rule over
    the TimeML texts written for recoupe and this file's sentences, every match unfiltered."""
    import re
    from pathlib import Path

    from recoupe.annotate.times.patterns import DIGIT
    from recoupe.annotate.times.rules import rules_for

    texts = [re.sub(r"<[^>]+>", "", p.read_text(encoding="utf-8"))
             for p in sorted((Path(__file__).parent / "fixtures" / "timeml").glob("*.tml"))]
    texts += [c[1] for c in CASES]
    rules, _ = rules_for("fr")
    checked = 0
    for rule in rules:
        assert rule.keys, f"rule {rule.name} is tried on every paragraph"
        for text in texts:
            for m in rule.pattern.finditer(text.replace("’", "'")):
                low = m.group().lower()
                assert any(any(c.isdigit() for c in low) if k == DIGIT else k in low for k in rule.keys), \
                    (rule.name, m.group(), rule.keys)
                checked += 1
    assert checked > 500


def test_a_languages_rows_drive_the_tagger(monkeypatch):
    """Take a row out of a table and the tagger no longer finds what it found."""
    import types

    from recoupe.annotate.times import rules
    from recoupe.lang.fr import times as fr

    table = types.SimpleNamespace(**{k: v for k, v in vars(fr).items() if not k.startswith("__")})
    table.RULES = tuple(r for r in fr.RULES if r.name != "holiday")
    monkeypatch.setattr(rules, "times_table", lambda lang: table if lang == "xx" else fr)
    rules.rules_for.cache_clear()
    try:
        from recoupe.annotate.times.tagger import tag

        text = "Les marchés resteront ouverts jusqu'à Noël, le 3 mai 2024."
        assert [text[f.start:f.end] for f, _ in tag(text, DCT)] == ["Noël", "le 3 mai 2024"]
        assert [text[f.start:f.end] for f, _ in tag(text, DCT, lang="xx")] == ["le 3 mai 2024"]
    finally:
        rules.rules_for.cache_clear()


def test_a_row_naming_an_unknown_guard_or_fragment_is_an_error_that_names_it(monkeypatch):
    import types

    from recoupe.annotate.times import rules
    from recoupe.lang import TimeRule
    from recoupe.lang.fr import times as fr

    table = types.SimpleNamespace(**{k: v for k, v in vars(fr).items() if not k.startswith("__")})
    monkeypatch.setattr(rules, "times_table", lambda lang: table)
    try:
        table.RULES = (TimeRule("odd", r"(?P<m>{MONTH})", guard="nowhere"),)
        rules.rules_for.cache_clear()
        with pytest.raises(ValueError, match="'odd'.*unknown guard 'nowhere'"):
            rules.rules_for("xx")
        table.RULES = (TimeRule("typo", r"(?P<m>{MONHT})"),)
        rules.rules_for.cache_clear()
        with pytest.raises(KeyError, match="MONHT"):
            rules.rules_for("xx")
    finally:
        rules.rules_for.cache_clear()
