"""Stories: copies, grouping (order-free, time-aware, incremental), story dates,
timelines. French articles written for these tests, and the shipped example."""
import random
import shutil
from pathlib import Path

import pytest

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


def test_same_people_different_events_are_different_stories(tmp_path):
    files = [write(tmp_path, n, t) for n, t in [("a.txt", DEPLOYMENT), ("b.txt", DEPLOYMENT_2),
                                                 ("c.txt", WITHDRAWAL), ("d.txt", WITHDRAWAL_2)]]
    d = run(files)
    by_input = {a.id: Path(a.input).name for a in d.articles}
    named = sorted(sorted(by_input[i] for i in s.articles) for s in d.stories)
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

    dated = Article("d", "d.txt", paragraphs=(
        "Le porte-parole du Kremlin a confirmé ce mercredi le retrait des soldats russes de la paix du Haut-Karabakh.",),
        published=Published("2024-04-17", "metadata"))
    same = Article("s", "s.txt", paragraphs=(
        "Le Kremlin a confirmé ce mercredi le retrait des soldats russes de la paix déployés au Haut-Karabakh.",))
    other = Article("o", "o.txt", paragraphs=(
        "Les prix de l'énergie ont encore augmenté dans toute l'Europe au cours du dernier trimestre.",))
    found = date_from_story(same, [dated], None)
    assert (found.value, found.basis) == ("2024-04-17", "story") and found.confidence >= 0.6
    assert date_from_story(other, [dated], None) is None


def test_new_articles_join_stored_stories(tmp_path):
    seeds = sorted(EXAMPLE.glob("*.txt"))
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    for p in seeds[:3]:
        shutil.copy(p, first / p.name)
    for p in seeds[3:]:
        shutil.copy(p, later / p.name)
    with Store(tmp_path / "s.db") as store:
        d1 = run([str(first)], store=store)
        store.save(d1, [str(first)])
        [s1] = d1.stories
        d2 = run([str(later)], store=store)
        store.save(d2, [str(later)])
        [s2] = d2.stories
        assert s2.id == s1.id                     # the story keeps its id
        assert len(s2.articles) == 5              # the two new articles joined the three stored ones
        assert [len(s.articles) for s in store.stories()] == [5]
