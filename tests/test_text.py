"""The shared text toolkit: one fold, one union-find, one domain finder."""
import random

from recoupe.text import UnionFind, domains, fold, host, is_domain


def test_fold_drops_accents_and_case_keeps_letters():
    assert fold("Véhicules Blindés") == "vehicules blindes"
    assert fold("l’Azerbaïdjan") == "l'azerbaidjan"
    assert fold("Œuvre") == "œuvre"            # a ligature is a letter, not an accent


def test_domains_come_from_the_public_suffix_list_not_a_list_of_endings():
    # endings no hand-kept list had: a brand TLD, a second-level suffix, a ccTLD
    assert [d for _, _, d in domains("Lu sur bbc.co.uk, sur Meduza.io et sur tagesschau.de.")] == \
        ["bbc.co.uk", "Meduza.io", "tagesschau.de"]
    assert domains("M.Dupont est arrivé. Macron.Il a dit") == []     # initials, and two sentences run together
    assert domains("écrire à contact@lemonde.fr") == []               # an address, not a site
    assert is_domain("lemonde.fr") and not is_domain("fr") and not is_domain("dupont.pdf")


def test_capitalised_domains_are_names_in_running_text():
    text = "Selon Vestnik.ru, relayé par news.am"
    assert [d for _, _, d in domains(text, capitalised=True)] == ["Vestnik.ru"]
    start, end, name = domains(text)[0]
    assert text[start:end] == name


def test_host():
    assert host("https://www.lemonde.fr/a/b") == "lemonde.fr"
    assert host("") is None and host(None) is None


def test_union_find_names_groups_by_their_smallest_member_whatever_the_order():
    pairs = [(1, 2), (5, 4), (2, 3), (7, 6), (9, 9)]
    expected = [[1, 2, 3], [4, 5], [6, 7], [8], [9]]
    for seed in range(5):
        random.Random(seed).shuffle(pairs)
        union = UnionFind(range(1, 10))
        for a, b in pairs:
            union.join(b, a) if seed % 2 else union.join(a, b)
        assert union.groups() == expected
        assert union.find(3) == 1 and union.find(5) == 4
