"""Every cleaning rule, on French lines that are not from the seeds.

Each rule has lines it must remove (with the expected reason) and look-alike
news sentences it must keep.
"""
import pytest

from recoupe.clean.rules import Rules, is_sentence
from recoupe.clean.text import clean_text

RULES = Rules("fr")

FURNITURE = [
    # breadcrumbs
    ("Accueil > Société > Justice", "breadcrumb"),
    ("Vous êtes ici : Accueil / Actualités / Sport", "breadcrumb"),
    ("Accueil › Régions › Occitanie › Gard", "breadcrumb"),
    ("Accueil Actualité International", "breadcrumb"),
    # navigation
    ("Lire aussi : Inondations dans le Gard, l'état de catastrophe naturelle reconnu", "navigation"),
    ("À lire également", "navigation"),
    ("Voir plus", "navigation"),
    ("Lire la suite", "navigation"),
    ("Retour en haut", "navigation"),
    ("Le journal de votre région Voir Plus", "navigation"),
    ("Faits divers", "navigation"),
    ("International", "navigation"),
    # widgets
    ("Partager", "widget"),
    ("Partager sur Facebook", "widget"),
    ("Facebook Twitter LinkedIn E-mail", "widget"),
    ("Copier le lien", "widget"),
    ("Imprimer", "widget"),
    ("Soutenez-nous", "widget"),
    ("Faites un don", "widget"),
    ("A+ A-", "widget"),
    ("Taille du texte", "widget"),
    ("Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin", "widget"),
    # cookie banners
    ("Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. "
     "En poursuivant, vous acceptez leur utilisation. Accepter Refuser Paramétrer", "cookie banner"),
    ("Ce site utilise des cookies. Vous pouvez accepter ou refuser leur dépôt. Tout accepter", "cookie banner"),
    # comments
    ("Laisser un commentaire", "comments"),
    ("3 commentaires", "comments"),
    ("Commentaires (12)", "comments"),
    ("Réagir", "comments"),
    ("Publier un commentaire", "comments"),
    ("Vous devez être connecté pour publier un commentaire.", "comments"),
    ("Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "comments"),
    # copyright
    ("© 2023 Le Courrier du Gard. Tous droits réservés.", "copyright"),
    ("Copyright © 2024 Radio Plaine – Reproduction interdite", "copyright"),
    ("Tous droits réservés - Midi Matin 2022", "copyright"),
    # loading, advertising
    ("Chargement...", "loading"),
    ("Chargement en cours…", "loading"),
    ("Publicité", "advertising"),
    ("Contenu sponsorisé", "advertising"),
]

KEEP = [
    "La CNIL a infligé une amende de 150 millions d'euros à Google pour ses cookies publicitaires.",
    "« Nous allons partager les résultats de l'enquête avec les familles », a promis la ministre.",
    "Le maire a laissé un commentaire sur les réseaux sociaux pour dénoncer la décision du préfet.",
    "La directive européenne sur le droit d'auteur, adoptée en 2019, protège les éditeurs de presse.",
    "Par ailleurs, le conseil municipal a voté la rénovation de l'école Jean-Jaurès.",
    "Source de tensions, le projet de bassine divise les agriculteurs du Poitou.",
    "Les syndicats appellent à une nouvelle journée de grève jeudi dans les transports.",
    "Retour sur une semaine de mobilisation qui a réuni des milliers de personnes à Lyon.",
    "Accueil glacial pour le ministre, hué par plusieurs centaines d'agriculteurs à Agen.",
]


@pytest.mark.parametrize("line,reason", FURNITURE)
def test_furniture_is_removed_with_its_reason(line, reason):
    assert RULES.furniture(line) == reason


@pytest.mark.parametrize("line", KEEP)
def test_news_sentences_that_look_like_furniture_are_kept(line):
    assert RULES.furniture(line) is None


@pytest.mark.parametrize("line,author", [
    ("Par Julie Martin", "Julie Martin"),
    ("par Marc Lefèvre, envoyé spécial à Dakar", "Marc Lefèvre"),
    ("Par la rédaction", "la rédaction"),
    ("Par La Rédaction avec AFP", "La Rédaction"),
    ("Texte : Anne-Sophie Durand", "Anne-Sophie Durand"),
    ("By Jane Doe", "Jane Doe"),
])
def test_byline_gives_author(line, author):
    assert RULES.byline(line) == author


@pytest.mark.parametrize("line", [
    "Par ailleurs, la préfecture a levé l'alerte.",
    "Par conséquent",
    "Par 312 voix contre 208, les députés ont adopté le texte.",
])
def test_byline_look_alikes_are_not_bylines(line):
    assert RULES.byline(line) is None


@pytest.mark.parametrize("line", [
    "Des pompiers luttent contre les flammes près de Nîmes, le 12 août. (Photo : AFP)",
    "Manifestants et policiers face à face devant la préfecture de Rennes",
    "Le Premier ministre belge à Bruxelles, le 3 février 2024",
    "Vue aérienne du quartier inondé / Reuters",
])
def test_captions(line):
    assert RULES.caption(line)


@pytest.mark.parametrize("line", [
    "Une décision attendue",
    "Les syndicats divisés",
    "La mission devait prendre fin en 2025",
    "Un Tournant pour la Région Occitanie",
    "Le gouvernement fait volte-face sur la réforme des retraites",
])
def test_subheadings_are_not_captions(line):
    assert not RULES.caption(line)


def test_who_a_picture_shows_here_is_a_caption_but_someone_here_for_years_is_not():
    assert RULES.credited("Emmanuel Macron, ici à l'Élysée le 3 mai 2024")
    assert RULES.credited("Vladimir Poutine, ici lors d'une réunion au Kremlin")
    assert not RULES.credited("Marie Dupont, ici depuis vingt ans, raconte que le quartier a changé.")
    assert not RULES.caption("Marie Dupont, ici depuis vingt ans, raconte que le quartier a changé.")


def test_sentence_detection():
    assert is_sentence("Le conseil municipal a adopté le budget par 25 voix contre 8.")
    assert not is_sentence("Partager sur Facebook")
    assert not is_sentence("Une décision attendue")


PAGE = """Accueil > Économie > Social
Grève à la SNCF : le trafic fortement perturbé ce mardi
Par Julie Martin
Publié le 14 mars 2024 à 18h32
Partager
Grève à la SNCF : le trafic fortement perturbé ce mardi
La grève lancée par plusieurs syndicats de cheminots perturbe fortement le trafic ce mardi sur l'ensemble du réseau.
Seul un TGV sur trois circule sur l'axe Paris-Lyon, selon la direction, qui recommande de reporter les voyages.
Voyageurs bloqués sur un quai de la gare de Lyon à Paris, le 14 mars
« Nous ne lâcherons rien tant que la direction refusera de négocier », a déclaré un responsable syndical.
Seul un TGV sur trois circule sur l'axe Paris-Lyon, selon la direction, qui recommande de reporter les voyages.
Les syndicats divisés
La CFDT a de son côté appelé à suspendre le mouvement après l'ouverture de négociations jeudi.
Source : https://www.exemple-rail.fr/social/2024/03/14/greve-sncf
3 commentaires
© 2024 Exemple Rail – Tous droits réservés
"""


def test_a_whole_page_is_cleaned_and_described():
    cleaned = clean_text(PAGE, rules=RULES)
    reasons = {r.text: r.reason for r in cleaned.removed}
    body = "\n".join(cleaned.paragraphs)
    assert cleaned.found.title == "Grève à la SNCF : le trafic fortement perturbé ce mardi"
    assert cleaned.found.author == "Julie Martin"
    assert str(cleaned.found.published) == "2024-03-14"
    assert cleaned.found.url == "https://www.exemple-rail.fr/social/2024/03/14/greve-sncf"
    assert reasons["Accueil > Économie > Social"] == "breadcrumb"
    assert reasons["Partager"] == "widget"
    assert reasons["Voyageurs bloqués sur un quai de la gare de Lyon à Paris, le 14 mars"] == "caption"
    assert reasons["3 commentaires"] == "comments"
    assert reasons["© 2024 Exemple Rail – Tous droits réservés"] == "copyright"
    assert cleaned.found.outlet() == "Exemple Rail"
    # the headline once (as the title), the repeated paragraph once, the subheading kept
    assert "Grève à la SNCF" not in body
    assert body.count("Seul un TGV sur trois circule") == 1
    assert "Les syndicats divisés" in cleaned.paragraphs
    assert len(cleaned.paragraphs) == 5
    # every line is accounted for: kept or removed with a reason
    assert len(cleaned.paragraphs) + len(cleaned.removed) == len([l for l in PAGE.splitlines() if l.strip()])


def test_masthead_and_dateline_give_the_outlet():
    page = ("Lejourmatin\nUn incendie ravage un entrepôt à Vénissieux\nLyon / Le Jour Matin\n"
            "Un violent incendie a ravagé dans la nuit de lundi à mardi un entrepôt de la zone industrielle.\n"
            "Aucun blessé n'est à déplorer selon les pompiers, qui ont mobilisé une centaine d'hommes.\n")
    cleaned = clean_text(page, rules=RULES)
    assert cleaned.found.outlet() == "Le Jour Matin"
    assert cleaned.found.title == "Un incendie ravage un entrepôt à Vénissieux"
    assert len(cleaned.paragraphs) == 2


def test_a_page_with_no_header_gets_no_invented_title():
    page = ("Le conseil municipal de Brest a voté lundi soir la gratuité des transports pour les moins de 18 ans.\n"
            "La mesure coûtera 2 millions d'euros par an, selon l'adjoint aux finances.\n")
    cleaned = clean_text(page, rules=RULES)
    assert cleaned.found.title is None
    assert len(cleaned.paragraphs) == 2 and not cleaned.removed


@pytest.mark.parametrize("line", [
    "BETANCOURT ATTENDUE VENDREDI À PARIS",          # all-caps subheading of a wire
    "Par Gérard Le Bihan",                            # a byline is not a menu
    "Le gouvernement fait volte-face sur la réforme",
])
def test_not_menu_rows(line):
    assert not RULES.menu_row(line)


@pytest.mark.parametrize("line", [
    "Vaud Genève Valais Suisse Monde Économie Sports",
    "Accueil   Actualités   Dossiers   Publications   Presse",
    "Mentions légales | Gestion des cookies | Contact | Plan du site",
])
def test_menu_rows(line):
    assert RULES.menu_row(line)


def test_title_then_standfirst_keeps_the_title():
    """Regression: the longer standfirst under the headline was taken for the
    headline, and the real headline dropped as site header."""
    page = ("Les banques régionales ont perdu 2 milliards d'euros\n"
            "Pour restaurer leurs fonds propres, elles devront lancer des augmentations de capital d'ici la fin de l'année\n"
            "Au vu des comptes semestriels présentés fin août, la facture dépasse déjà les prévisions des analystes.\n"
            "Le Crédit mutuel a été le plus touché, selon les chiffres publiés mardi.\n")
    cleaned = clean_text(page, rules=RULES)
    assert cleaned.found.title == "Les banques régionales ont perdu 2 milliards d'euros"
    assert cleaned.paragraphs[0].startswith("Pour restaurer leurs fonds propres")
    assert len(cleaned.paragraphs) == 3


def test_short_real_sentences_are_body():
    page = ("Inondations : la ville de Quimperlé de nouveau touchée\n"
            "« Non », répond le maire.\n"
            "La Laïta est sortie de son lit dans la nuit de dimanche à lundi, inondant les quais.\n")
    cleaned = clean_text(page, rules=RULES)
    assert "« Non », répond le maire." in cleaned.paragraphs


@pytest.mark.parametrize("line,reason", [
    ("Il vous reste 64.37% de cet article à lire. La suite est réservée aux abonnés.", "widget"),
    ("Temps de lecture 4 min.", "widget"),
    ("CAC 40 7 812,45 +0,62 %", "widget"),
    ("00:00/05:41", "widget"),
    ("Taux de change : EUR 10,62 MAD | USD 9,71 MAD", "widget"),
    ("TOUT ACCEPTER", "cookie banner"),
    ("✓ Tout refuser", "cookie banner"),
    ("🍪 Ce site utilise des cookies", "cookie banner"),
    ("☰ Menu", "navigation"),
    ("Contenu sponsorisé — Assurance-vie : pourquoi les fonds en euros reviennent", "advertising"),
    ("Re: Inondations à Quimper, le bilan s'alourdit", "comments"),
    ("Chargement des commentaires…", "comments"),
    ("Le maire, ici en 2020 lors de son installation.", None),   # no capitalised name before ", ici"
    ("Jean Dupont, ici lors de son installation en 2020.", "caption"),
    ("Les élus à la préfecture de Rennes, le 3 mars 2024. JEAN MARTIN / HANS LUCAS", "caption"),
])
def test_more_furniture(line, reason):
    assert RULES.furniture(line) == reason


@pytest.mark.parametrize("line", [
    "La CNIL relève que le bandeau de cookies du site ne proposait pas de bouton « Tout refuser » au premier niveau.",
    "« Abonnez-vous à nos valeurs plutôt qu'à nos slogans », a lancé la candidate devant ses militants.",
    "Le journal a perdu 12 % de ses abonnés en un an, selon les chiffres publiés mardi.",
])
def test_more_news_sentences_kept(line):
    assert RULES.furniture(line) is None


# ------------------------------------------------ case-insensitive patterns on lower-case keys

def _lines():
    """Every line of the clean fixtures, as written and as comparison keys, and lines re.I treats apart."""
    from pathlib import Path

    from recoupe.clean.rules import norm

    folder = Path(__file__).parent / "fixtures"
    raw = [line.strip() for path in sorted(folder.rglob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    raw = [line for line in raw if line]
    tricky = ["ACCEPTER LES COOKIES", "accepter les cookıes", "ſoutenez-nous", "partager ıcı", "µ soutenez", "İstanbul",
              "Tout accepter", "tout accepter", "nous utilisons des cookies, vous acceptez", "lire aussi : x", "Faites un don"]
    return raw + [norm(line) for line in raw] + tricky + [t.lower() for t in tricky]


def test_folded_patterns_match_as_case_insensitive_ones():
    """A rule's pattern, matched without re.I on lower-case text, finds what the re.I one finds."""
    from recoupe.clean.rules import Folded

    lines = _lines()
    patterns = {name: p for name, p in vars(RULES).items() if isinstance(p, Folded)}
    assert patterns and all(p.lower_case is not None for p in patterns.values())
    for name, p in patterns.items():
        for line in lines:
            for how in ("search", "match", "fullmatch"):
                mine, theirs = getattr(p, how)(line), getattr(p.any_case, how)(line)
                assert (mine and (mine.span(), mine.groups())) == (theirs and (theirs.span(), theirs.groups())), \
                    (name, how, line)
            assert p.sub(" ", line) == p.any_case.sub(" ", line), (name, line)


def test_folded_keeps_re_i_where_it_differs():
    """A capital in the pattern, a class range or a back-reference keep re.I; so does text with
    capitals or with a letter re.I folds onto another."""
    import re

    from recoupe.clean.rules import Folded

    for body in ("Accepter", "[a-z]+", r"(a)\1", "(?-i:a)b"):
        assert Folded(re.compile(body, re.I)).lower_case is None, body
    dotless = Folded(re.compile("cookies", re.I))
    assert dotless.lower_case is not None
    assert dotless.search("cookıes") and dotless.search("COOKIES") and dotless.search("ſ") is None
    assert Folded(re.compile("s", re.I)).search("ſ")


def test_folded_rules_pickle_and_delegate():
    """Rules go to worker processes whole; what Folded does not define is the re.I pattern's."""
    import pickle

    rules = pickle.loads(pickle.dumps(RULES))
    assert rules.cookie.lower_case is not None and rules.cookie.search("nous utilisons des cookies")
    assert rules.cookie.flags == RULES.cookie.any_case.flags and rules.cookie.pattern == RULES.cookie.any_case.pattern
    assert [m.group() for m in rules.cookie.finditer("Cookies et cookie")] == ["Cookies", "cookie"]
