"""Stories: copies, grouping (order-free, time-aware, incremental), story dates,
timelines. French articles written for these tests, and the shipped example."""
import random
from pathlib import Path


from recoupe import Store, run

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "karabakh"


def write(folder: Path, name: str, text: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return str(folder / name)


def groups(dossier):
    return sorted(sorted(s.articles) for s in dossier.stories)


def test_the_order_of_the_inputs_does_not_matter():
    files = sorted(str(p) for p in EXAMPLE.glob("*.txt"))
    first = run(files)
    for seed in (1, 2):
        shuffled = files[:]
        random.Random(seed).shuffle(shuffled)
        again = run(shuffled)
        assert groups(again) == groups(first)
        assert sorted(s.id for s in again.stories) == sorted(s.id for s in first.stories)


DEPLOYMENT = """Publié le 14 novembre 2020
Les premiers soldats russes de la paix sont arrivés dans le Haut-Karabakh
Les premiers soldats russes de la force de maintien de la paix sont arrivés samedi à Stepanakert, a annoncé le ministère russe de la Défense.
Le contingent de 1 960 militaires doit surveiller le cessez-le-feu signé le 10 novembre entre Erevan et Bakou sous l'égide de Moscou.
Vladimir Poutine a salué un accord qui met fin à six semaines de guerre dans le Caucase du Sud.
Les colonnes de blindés ont franchi le corridor de Latchine dans la matinée, selon l'agence Interfax.
"""
DEPLOYMENT_2 = """Publié le 16 novembre 2020
Déploiement des casques bleus russes au Karabakh : la mission commence
La mission russe de maintien de la paix a pris position lundi le long de la ligne de front du Haut-Karabakh.
Selon le ministère russe de la Défense, 1 960 militaires et 90 blindés sont déployés pour cinq ans.
Les habitants arméniens de Stepanakert ont accueilli les convois avec soulagement après six semaines de combats.
Le Kremlin assure que le cessez-le-feu du 10 novembre est respecté sur l'ensemble du front.
"""
WITHDRAWAL = """Publié le 17 avril 2024
Les soldats russes quittent le Haut-Karabakh
Le Kremlin a confirmé mercredi le retrait des soldats russes de la paix du Haut-Karabakh, un an avant la fin prévue de leur mission.
Dmitri Peskov a indiqué que la décision avait été prise avec Bakou après la reprise de l'enclave par l'Azerbaïdjan en septembre 2023.
Les convois de la force russe ont été filmés sur la route de Latchine en direction de la frontière.
Erevan n'a pas réagi au départ des militaires russes.
"""
WITHDRAWAL_2 = """Publié le 18 avril 2024
Le départ anticipé des forces russes du Karabakh confirmé par Moscou
Moscou a confirmé le départ anticipé de ses soldats de maintien de la paix déployés au Karabakh depuis 2020.
Selon le porte-parole du Kremlin, Dmitri Peskov, le retrait a commencé et sera achevé dans les prochaines semaines.
L'Azerbaïdjan, qui contrôle désormais toute la région, a salué une décision prise au plus haut niveau.
Les images du convoi russe traversant Latchine ont circulé mardi sur les réseaux sociaux azerbaïdjanais.
"""


def grouped(tmp_path, *texts):
    """Run on texts written as a.txt, b.txt, ...: the dossier, each article's file name, and
    each story's file names (sorted)."""
    files = [write(tmp_path, f"{chr(97 + i)}.txt", t) for i, t in enumerate(texts)]
    d = run(files)
    by_input = {a.id: Path(a.input).name for a in d.articles}
    return d, by_input, sorted(sorted(by_input[i] for i in s.articles) for s in d.stories)


def test_same_people_different_events_are_different_stories(tmp_path):
    d, by_input, named = grouped(tmp_path, DEPLOYMENT, DEPLOYMENT_2, WITHDRAWAL, WITHDRAWAL_2)
    assert named == [["a.txt", "b.txt"], ["c.txt", "d.txt"]]
    assert all(s.title for s in d.stories)


WIRE = ("Un violent incendie a ravagé dans la nuit de lundi à mardi un entrepôt de pneus de la zone industrielle de "
        "Vénissieux, près de Lyon, sans faire de blessé, ont indiqué les pompiers du Rhône qui ont mobilisé plus de "
        "soixante-dix sapeurs et une vingtaine d'engins pendant toute la nuit pour circonscrire les flammes.")


def test_a_reprinted_wire_is_a_copy_and_one_source(tmp_path):
    a = write(tmp_path, "a.txt", "Publié le 12 mars 2024\n" + WIRE + "\nLe préfet s'est rendu sur place mardi matin "
              "pour constater l'étendue des dégâts.\n")
    b = write(tmp_path, "b.txt", "Publié le 12 mars 2024\nIncendie à Vénissieux\n" + WIRE + "\nUne enquête a été ouverte "
              "pour déterminer l'origine du sinistre, selon le parquet de Lyon.\n")
    d = run([a, b])
    [story] = d.stories
    [copy] = story.copies
    assert "entrepôt de pneus de la zone industrielle" in copy.text and copy.words >= 40
    assert len(story.sources) == 1                # two articles, one independent source


def test_timeline_merges_one_event_told_twice_and_orders_dates(tmp_path):
    files = [write(tmp_path, n, t) for n, t in [("c.txt", WITHDRAWAL), ("d.txt", WITHDRAWAL_2)]]
    d = run(files)
    [story] = d.stories
    dates = [e.date for e in story.timeline]
    assert dates == sorted(dates)
    sept = [e for e in story.timeline if e.date == "2023-09"]
    assert sept and sept[0].background            # months before the story's own days
    april = [e for e in story.timeline if e.date == "2024-04-17"]
    assert april and not april[0].background
    assert not any(e.date.startswith("2020") for e in story.timeline)   # "depuis 2020" dates nothing


def test_an_undated_article_takes_its_date_from_the_story(tmp_path):
    undated = ("Le Kremlin confirme le retrait des soldats russes du Haut-Karabakh\n"
               "Le porte-parole du Kremlin, Dmitri Peskov, a confirmé ce mercredi le retrait des soldats russes de la paix "
               "du Haut-Karabakh, un an avant la fin prévue de leur mission.\n"
               "La décision a été prise avec Bakou après la reprise de l'enclave par l'Azerbaïdjan.\n")
    files = [write(tmp_path, "c.txt", WITHDRAWAL), write(tmp_path, "d.txt", WITHDRAWAL_2),
             write(tmp_path, "u.txt", undated)]
    d = run(files)
    [u] = [a for a in d.articles if a.input.endswith("u.txt")]
    assert (u.published.value, u.published.basis) == ("2024-04-17", "story")
    assert any(t.text == "ce mercredi" and t.value == "2024-04-17" for t in u.times)


def test_a_story_date_passes_only_between_leads_that_tell_one_event():
    from recoupe.group.timeline import date_from_story
    from recoupe.records import Article, Published

    dated = Article(id="d", input="d.txt", paragraphs=(
        "Le porte-parole du Kremlin a confirmé ce mercredi le retrait des soldats russes de la paix du Haut-Karabakh.",),
        published=Published(value="2024-04-17", basis="metadata"))
    same = Article(id="s", input="s.txt", paragraphs=(
        "Le Kremlin a confirmé ce mercredi le retrait des soldats russes de la paix déployés au Haut-Karabakh.",))
    other = Article(id="o", input="o.txt", paragraphs=(
        "Les prix de l'énergie ont encore augmenté dans toute l'Europe au cours du dernier trimestre.",))
    found = date_from_story(same, [dated], None)
    assert (found.value, found.basis) == ("2024-04-17", "story") and found.confidence >= 0.6
    assert date_from_story(other, [dated], None) is None


RELEASE = """Publié le 3 mars 2025
L'humanitaire Claire Vasseur libérée au Sahel après cinq mois de captivité
L'humanitaire française Claire Vasseur, enlevée en octobre près de Gao, a été libérée dimanche, a annoncé l'Élysée.
Elle a été remise aux autorités maliennes à Bamako avant d'être rapatriée à Paris par un avion militaire.
Sa famille, réunie à Lyon, a remercié les négociateurs et l'organisation Terres Solidaires qui l'employait.
Le président a salué « le courage » de l'humanitaire, qui devait passer des examens médicaux à l'hôpital Bégin.
"""
RELEASE_2 = """Publié le 4 mars 2025
Claire Vasseur est rentrée en France : « Je n'ai jamais perdu espoir »
Libérée dimanche au Sahel, l'humanitaire Claire Vasseur a atterri lundi à Villacoublay, accueillie par sa famille.
Enlevée en octobre près de Gao, elle a raconté des mois passés sous une tente, déplacée sans cesse par ses ravisseurs.
L'organisation Terres Solidaires a annoncé la suspension de ses missions dans la région de Gao.
Les conditions de sa libération, négociée avec l'aide du Mali, n'ont pas été rendues publiques.
"""
TRIAL = """Publié le 21 avril 2025
Enlèvement de Claire Vasseur : trois hommes jugés à Bamako
Trois hommes accusés d'avoir enlevé l'humanitaire Claire Vasseur près de Gao comparaissent depuis lundi devant la cour d'assises de Bamako.
Le parquet requiert vingt ans de réclusion contre le chef présumé du groupe, arrêté en mars dans la région de Mopti.
Claire Vasseur, libérée début mars, ne s'est pas rendue au procès ; son avocat a lu une lettre devant la cour.
L'organisation Terres Solidaires s'est constituée partie civile.
"""
TRIAL_2 = """Publié le 23 avril 2025
Procès des ravisseurs de Claire Vasseur : vingt ans de prison pour le chef du groupe
La cour d'assises de Bamako a condamné mercredi à vingt ans de réclusion le chef du groupe qui avait enlevé l'humanitaire Claire Vasseur près de Gao.
Ses deux complices ont été condamnés à dix ans de prison, a indiqué leur avocat à l'issue de l'audience.
La lettre de Claire Vasseur, lue lundi devant la cour, évoquait « des mois de peur » et remerciait les enquêteurs maliens.
L'organisation Terres Solidaires, partie civile, a salué un verdict « juste ».
"""


def test_a_release_and_the_trial_weeks_later_are_two_stories_of_one_thread(tmp_path):
    d, by_input, named = grouped(tmp_path, RELEASE, RELEASE_2, TRIAL, TRIAL_2)
    assert named == [["a.txt", "b.txt"], ["c.txt", "d.txt"]]
    [thread] = d.threads                          # one topic over time
    assert sorted(thread.stories) == sorted(s.id for s in d.stories)
    first = next(s for s in d.stories if s.id == thread.stories[0])
    assert sorted(by_input[i] for i in first.articles) == ["a.txt", "b.txt"]   # oldest story first
    assert all(s.thread == thread.id for s in d.stories)


def test_threads_are_stored_and_joined_incrementally(tmp_path):
    first = [write(tmp_path / "one", n, t) for n, t in [("a.txt", RELEASE), ("b.txt", RELEASE_2)]]
    later = [write(tmp_path / "two", n, t) for n, t in [("c.txt", TRIAL), ("d.txt", TRIAL_2)]]
    with Store(tmp_path / "s.db") as store:
        d1 = run(first, store=store)
        store.save(d1, first)
        [t1] = d1.threads
        d2 = run(later, store=store)
        store.save(d2, later)
        [t2] = d2.threads
        assert t2.id == t1.id and len(t2.stories) == 2     # the trial joined the thread as a story of its own
        assert [len(t.stories) for t in store.threads()] == [2]
        assert sorted(len(s.articles) for s in store.stories()) == [2, 2]


def test_titles_are_sentences_not_one_outlets_capitals():
    from recoupe.group.stories import sentence_case

    text = ("Le Kremlin a confirmé le retrait, selon l'Azerbaïdjan. Les soldats quittent le Karabakh, "
            "a indiqué l'ONU dans un communiqué publié mercredi soir à New York.")
    assert (sentence_case("L'AZERBAÏDJAN ASSURE UN RETRAIT DES FORCES RUSSES DU KARABAKH, SELON L'ONU", text)
            == "L'Azerbaïdjan assure un retrait des forces russes du Karabakh, selon l'ONU")
    assert (sentence_case("Retrait des Forces de Paix Russes du Karabakh Confirmé par le Kremlin", text)
            == "Retrait des forces de paix russes du Karabakh confirmé par le Kremlin")
    assert sentence_case("Les soldats russes quittent le Haut-Karabakh", text) == "Les soldats russes quittent le Haut-Karabakh"


def test_timeline_sentences_are_whole_and_under_one_date_each(tmp_path):
    from recoupe.group.timeline import whole

    assert not whole("Eyvazov aux journalistes mercredi.")
    assert not whole("Articles publiés mercredi, 17 Avr 2024 Exit mobile version")
    assert whole("Le Kremlin a confirmé mercredi 17 avril le retrait des soldats russes.")
    text = ("Publié le 5 juillet 2008\nIngrid Betancourt en France\n"
            "Libérée le mercredi 2 juillet, Ingrid Betancourt est arrivée le vendredi 4 juillet à Villacoublay.\n")
    other = ("Publié le 5 juillet 2008\nL'arrivée d'Ingrid Betancourt\n"
             "L'ex-otage Ingrid Betancourt a atterri le vendredi 4 juillet à Villacoublay, accueillie par le président.\n")
    d = run([write(tmp_path, "a.txt", text), write(tmp_path, "b.txt", other)])
    [story] = d.stories
    told = [(e.date, e.text) for e in story.timeline]
    assert len({t for _, t in told}) == len(told)             # no sentence under two dates
    assert any(date == "2008-07-04" and len(e.articles) == 2 for e in story.timeline for date in [e.date])


GARDE_A_VUE = """Publié le 31 octobre 2008
Caisse d'Épargne : le trader en garde à vue
Le trader de la Caisse d'Épargne a été placé en garde à vue le mercredi 29 octobre dans les locaux de la brigade financière à Paris.
Les enquêteurs l'interrogent sur les pertes de 751 millions d'euros subies par la banque sur les marchés.
"""
GARDE_A_VUE_2 = """Caisse d'Épargne : l'ancien trader entendu par la police
Boris Picano-Nacci, le trader de la Caisse d'Épargne, a été placé mercredi en garde à vue par la brigade financière.
Les policiers avaient perquisitionné son domicile dans la matinée, selon une source proche de l'enquête.
En avril dernier, la banque avait décidé l'arrêt de ses activités de trading pour compte propre.
"""
GARDE_A_VUE_3 = """La Caisse d'Épargne veut tourner la page
Le directoire de la Caisse d'Épargne avait décidé en avril 2008 l'arrêt de ses activités de trading pour compte propre.
Le trader qui a fait perdre 751 millions d'euros à la banque reste au centre de l'enquête préliminaire du parquet.
Des syndicats ont réclamé lundi une réunion du comité d'entreprise sur les conséquences sociales.
"""


def test_a_sentence_dated_by_its_weekday_joins_the_day_its_story_names(tmp_path):
    # GARDE_A_VUE_2 states no date: its "mercredi" is the story's Wednesday 29 October, the one
    # day of the story on that weekday, and it tells the same event
    d, by_input, named = grouped(tmp_path, GARDE_A_VUE, GARDE_A_VUE_2, GARDE_A_VUE_3)
    assert named == [["a.txt", "b.txt", "c.txt"]]
    [story] = d.stories
    day = [e for e in story.timeline if e.date == "2008-10-29"]
    assert len(day) == 1 and sorted(by_input[i] for i in day[0].articles) == ["a.txt", "b.txt"]
    # the same month's decision, told by two articles in other words, is one entry
    april = [e for e in story.timeline if e.date == "2008-04"]
    assert len(april) == 1 and sorted(by_input[i] for i in april[0].articles) == ["b.txt", "c.txt"]


def test_a_weekday_sentence_telling_another_event_stays_out_of_the_days_entry(tmp_path):
    from recoupe.group.timeline import floating

    other = GARDE_A_VUE_2.replace("Boris Picano-Nacci, le trader de la Caisse d'Épargne, a été placé mercredi en "
                                  "garde à vue par la brigade financière",
                                  "Sa fille a fêté mercredi son anniversaire avec des amis dans un restaurant de Nice")
    d, by_input, _ = grouped(tmp_path, GARDE_A_VUE, other)
    [b] = [a for a in d.articles if by_input[a.id] == "b.txt"]
    assert any(w == 2 for w, _, _ in floating(b))          # the sentence is dated by its weekday ...
    for story in d.stories:
        for e in story.timeline:                           # ... but tells another event than a.txt's
            assert {by_input[i] for i in e.articles} != {"a.txt", "b.txt"}, e


def _article(text: str):
    from recoupe.annotate.times import tag_text
    from recoupe.records import Article

    return Article(id=str(abs(hash(text))), input="x.txt", paragraphs=tuple(text.split("\n")),
                   times=tuple(tag_text(text, None)))


def test_the_thread_calendar_gives_the_year_its_weekdays_and_named_years_agree_on():
    from recoupe.group.calendar import resolve, thread_calendar

    a = _article("Ingrid Betancourt a été libérée mercredi 2 juillet par l'armée colombienne.\n"
                 "Sa dernière preuve de vie datait du 30 novembre 2007.")
    b = _article("L'ex-otage est arrivée vendredi 4 juillet à Villacoublay, accueillie par le président.")
    cal = thread_calendar([a, b])
    assert cal is not None and {d.year for d in cal.days} == {2008}
    assert [t.value for t in resolve(b, cal).times if "juillet" in t.text] == ["2008-07-04"]
    # weekdays with no year named anywhere: nothing is guessed
    assert thread_calendar([_article("Le sommet s'est ouvert mercredi 2 juillet à Paris.")]) is None


def test_a_weekday_said_alone_lies_in_the_week_before_the_article_was_written():
    import datetime as dt

    from recoupe.group.timeline import weekday_window

    told = _article("Le parquet a ouvert une enquête le 24 octobre 2008.\n"
                    "Le trader a été placé mercredi en garde à vue.\n"
                    "Il sera jugé le 4 mars 2009 devant le tribunal correctionnel.")
    assert weekday_window(told) == (dt.date(2008, 10, 18), dt.date(2009, 3, 3))
    # a plan ("prévu le 1er décembre") may have been cancelled since: it bounds nothing
    plan = _article("Pékin a annulé le sommet prévu le 1er décembre 2008 à Lyon, a-t-on appris samedi.")
    assert weekday_window(plan) == (dt.date.min, dt.date.max)
    soon = _article("Les eurodéputés s'apprêtent à décerner le 17 décembre 2008 le prix Sakharov.")
    assert weekday_window(soon)[1] == dt.date(2008, 12, 16)


def test_a_year_named_as_a_deadline_does_not_set_the_thread_calendar():
    from recoupe.group.calendar import _named_years, thread_calendar

    # 20 March and 10 December fall on the same weekdays in 2008 and 2014: the named years decide
    a = _article("Chantal Sébire a été retrouvée morte jeudi 20 mars, a-t-on appris.\n"
                 "Sa première demande avait été rejetée en 2007.")
    b = _article("Le rapport a été remis mercredi 10 décembre au premier ministre.\n"
                 "Des unités de soins palliatifs seront créées dans chaque département d'ici 2013.")
    assert _named_years(b) == []                        # "d'ici 2013" is a deadline, not a past year
    cal = thread_calendar([a, b])
    assert cal is not None and {d.year for d in cal.days} == {2008}


def test_weekdays_are_placed_in_the_one_week_the_story_names_days_of():
    import datetime as dt

    from recoupe.group.timeline import week_days

    friday, wednesday = dt.date(2008, 10, 24), dt.date(2008, 10, 29)
    unbounded = {"a": (dt.date.min, dt.date.max)}
    # an article telling "vendredi" and "mercredi" (and "lundi"): the one week holding a named
    # Friday and a named Wednesday ends on Wednesday 29 or Thursday 30, which puts Monday on the 27th
    floats = [(4, "plainte vendredi", "a"), (2, "garde à vue mercredi", "a"), (0, "perquisition lundi", "a")]
    assert week_days(floats, {friday, wednesday}, unbounded) == {0: friday, 1: wednesday, 2: dt.date(2008, 10, 27)}
    # two named Fridays three weeks apart and nothing else to choose between them: nothing placed
    assert week_days([(4, "plainte vendredi", "a")], {friday, dt.date(2008, 10, 3)}, unbounded) == {}
    # the article's window (it tells 24 October as past) leaves one of them
    assert week_days([(4, "plainte vendredi", "a")], {friday, dt.date(2008, 10, 3)},
                     {"a": (dt.date(2008, 10, 18), dt.date.max)}) == {0: friday}
    # a weekday no named day falls on, with nothing else in the article: nothing placed
    assert week_days([(0, "perquisition lundi", "a")], {friday}, unbounded) == {}


def test_a_weekday_sentence_no_dated_sentence_tells_is_an_inferred_entry(tmp_path):
    d, by_input, _ = grouped(tmp_path, "Caisse d'Épargne : le trader en garde à vue\n\n"
                                   "Le parquet de Paris a ouvert une enquête préliminaire vendredi 24 octobre 2008 sur la perte de "
                                   "751 millions d'euros de la Caisse d'Épargne.\n"
                                   "Boris Picano-Nacci, le trader de la banque, a été placé mercredi 29 octobre en garde à vue par "
                                   "la brigade financière.\n",
                                   "Le trader de la Caisse d'Épargne placé en garde à vue\n\n"
                                   "Le trader de la Caisse d'Épargne, Boris Picano-Nacci, a été placé mercredi en garde à vue "
                                   "dans l'enquête sur la perte de 751 millions d'euros de la banque.\n"
                                   "Vendredi, la Caisse nationale a porté plainte contre X pour abus de confiance.\n"
                                   "Lundi, les enquêteurs de la brigade financière se sont rendus au siège parisien de la banque.\n")
    [story] = d.stories
    entries = {(e.date, tuple(sorted(by_input[i] for i in e.articles)), e.inferred) for e in story.timeline}
    assert ("2008-10-29", ("a.txt", "b.txt"), False) in entries        # joins the dated sentence
    monday = [e for e in story.timeline if e.date == "2008-10-27"]
    assert [(tuple(by_input[i] for i in e.articles), e.inferred) for e in monday] == [(("b.txt",), True)]
    assert "Lundi, les enquêteurs" in monday[0].text


def test_a_month_sentence_telling_the_event_of_a_day_of_that_month_joins_the_day(tmp_path):
    d, by_input, _ = grouped(tmp_path, "Ingrid Betancourt reçue par Benoît XVI à Castel Gandolfo\n\n"
                                   "Ingrid Betancourt a été reçue lundi 1er septembre 2008 par le pape Benoît XVI à Castel Gandolfo.\n"
                                   "Le pape avait reçu sa mère, Yolanda Pulecio, le 6 février 2008 au Vatican, lui promettant ses "
                                   "prières pour sa fille otage.\n",
                                   "L'ex-otage Ingrid Betancourt chez le pape\n\n"
                                   "L'ex-otage Ingrid Betancourt a été reçue lundi 1er septembre 2008 par Benoît XVI dans sa "
                                   "résidence d'été de Castel Gandolfo.\n"
                                   "Sa mère, Yolanda Pulecio, avait été accueillie par le pape en février 2008 au Vatican.\n")
    [story] = d.stories
    assert not [e for e in story.timeline if e.date == "2008-02"]
    [day] = [e for e in story.timeline if e.date == "2008-02-06"]
    assert sorted(by_input[i] for i in day.articles) == ["a.txt", "b.txt"]
    assert "6 février 2008" in day.text


def test_a_day_told_relative_to_a_yearless_date_takes_the_thread_year_too():
    from recoupe.group.calendar import resolve, thread_calendar

    a = _article("Ingrid Betancourt a été libérée mercredi 2 juillet par l'armée colombienne.\n"
                 "Sa dernière preuve de vie datait du 30 novembre 2007.")
    b = _article("L'ex-otage est arrivée vendredi 4 juillet à Villacoublay. La veille, elle avait remercié "
                 "l'armée. La veille de son départ de Bogota, elle avait prié.\n"
                 "Le lendemain, elle a rencontré le président.")
    cal = thread_calendar([a, b])
    values = [(t.text, t.value) for t in resolve(b, cal).times if "veille" in t.text or "lendemain" in t.text]
    # "la veille" of the 4th is the 3rd; "la veille de son départ" counts from an event; "le lendemain"
    # opens another paragraph, with no day named before it there
    assert values == [("La veille", "2008-07-03"), ("La veille", None), ("Le lendemain", None)]
