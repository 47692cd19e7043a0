"""Line rules for page furniture in scraped text, each with its reason.

Written by hand because no library does this for *plain text*: trafilatura
and jusText remove boilerplate from HTML using the markup (tags, link
density), which scraped text has lost. Each rule here is a pattern for a
kind of furniture that recurs across French sites (breadcrumbs, share and
font-size widgets, consent banners, comment forms, copyright footers) and
is guarded so that a news sentence that merely *mentions* cookies, comments
or copyright is kept: widget rules only match short lines that are not
sentences, banner rules need the second-person wording of a banner.

The language-specific vocabulary is in ``VOCAB``, keyed by language, so a
language is added by adding its words, not by editing the rules.
"""
from __future__ import annotations

import re
from functools import lru_cache
import unicodedata

from .dates import header_date

# The reasons a line can be removed for, shown with every removal.
REASONS = (
    "breadcrumb", "navigation", "widget", "cookie banner", "comments", "copyright",
    "loading", "advertising", "caption", "headline repeated", "repeated paragraph", "metadata",
    "outside main text", "markup too deep",
)


@lru_cache(maxsize=1 << 16)        # each line is compared by several rules and against the others
def norm(text: str) -> str:
    """Comparison key: NFKC, lower case, one kind of apostrophe, quote, dash and space."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_FOLD).lower()
    text = re.sub(r"\s+", " ", text).strip()
    return _EDGE_SYMBOLS.sub("", text)


# Pictograms at the edges of a line (☰ Menu, 🔊 Écouter, ✓ Tout accepter) do not change what it is.
_EDGE_SYMBOLS = re.compile(r"^[^\w«\"'(\[©*+-]+(?=\w)|(?<=[\w.!?)»\"…%])[^\w.!?)»\"…%]+$")


_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "«": '"', "»": '"', "“": '"', "”": '"',
                       "„": '"', "–": "-", "—": "-", "\u00a0": " ", "\u202f": " "})

WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+", re.U)


def words(text: str) -> list[str]:
    return WORD.findall(text)


# A line ending like a sentence (possibly inside closing quotes or brackets).
SENTENCE_END = re.compile(r"[.!?…](?:\s*[»”\"')\]])*\s*$")


_TRAILING_DOTS = re.compile(r"(?:\.\.\.|…)\s*$")


def is_sentence(line: str) -> bool:
    """Prose: a line a reader would call a sentence, not a label or a button.

    Four words and a full stop ("Aucun blessé n'a été signalé.") are a
    sentence; a trailing ellipsis ("Chargement...", "Lire plus…") is not.
    """
    n = len(words(line))
    return (n >= 4 and bool(SENTENCE_END.search(line)) and not _TRAILING_DOTS.search(line)) or n >= 20


# ---------------------------------------------------------------- vocabulary

VOCAB = {
    "fr": {
        # Whole short lines that are site navigation.
        "navigation": r"""
            accueil|home|menu|rechercher|recherche|search|sommaire|plan du site|
            retour|retour en haut|retour à l'accueil|haut de page|
            suivant|précédent|article suivant|article précédent|page suivante|page précédente|
            voir plus|voir tout|voir aussi|voir la suite|lire plus|lire la suite|lire aussi|lire également|
            à lire aussi|à lire également|à lire|à voir aussi|à voir également|sur le même sujet|
            dans la même rubrique|articles similaires|articles liés|en savoir plus|plus d'infos|
            les plus lus|les plus partagés|à la une|dernières infos|dernières actualités|dernières nouvelles|
            fil info|fil d'actualité|en direct|direct|tags?|mots[- ]clés|catégories?|archives|rubriques?|
            nos services|contact|contactez-nous|mentions légales|qui sommes-nous|
            conditions générales( d'utilisation)?|politique de confidentialité|cgu|faq|aide|
            se connecter|connexion|déconnexion|mon compte|s'identifier|créer un compte|
            abonnement|abonnez-vous|s'abonner|je m'abonne|offre d'abonnement|
            articles? plus récents?|articles? plus anciens?|messages? plus récents?|messages? plus anciens?|
            page d'accueil|toutes les actualités|tous les articles|
            lire la suite sur .{1,40}|lire l'article (?:complet |original )?sur .{1,40}""",
        # A short line starting with these is a related-article link.
        "related": r"lire aussi|lire également|à lire aussi|à lire également|à lire|à voir aussi|"
                   r"voir aussi|sur le même sujet|lire la suite|en savoir plus|découvrir aussi|"
                   r"lire l'article (?:complet|original|sur)|lire la suite (?:sur|de)|voir l'article",
        # A short line ending with these is a teaser or tagline link.
        "more_suffix": r"voir plus|lire plus|lire la suite|en savoir plus|plus d'infos",
        # Section labels printed above headlines.
        "rubrics": r"""
            actualités?|actu|international|monde|europe|france|politique|économie|eco|société|
            culture|sports?|faits divers|justice|santé|sciences?|tech|high-tech|planète|environnement|
            régions?|local|opinions?|idées|débats?|éditorial|édito|tribune|chronique|analyse|
            décryptage|entretien|interview|reportage|enquête|vidéos?|photos?|podcasts?|
            people|médias|éducation|famille|immobilier|auto|automobile|voyage|météo|insolite|
            national|départements?|métropole|belgique|suisse|canada|québec|afrique|
            moyen-orient|asie|amériques?|dépêches|communiqués?""",
        # Share, donate, font size, print, newsletter buttons.
        "widget": r"""
            partager|partage|partager sur \w+|partager cet article|partagez|share|tweet|tweeter|
            imprimer|imprimer l'article|print|envoyer|envoyer par (?:e-?mail|mail|courriel)|
            envoyer à un ami|copier le lien|lien copié|e-?mail|courriel|
            facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|messenger|reddit|bluesky|threads|
            faire un don|faites un don|je fais un don|soutenez(?:-nous)?|soutenir|nous soutenir|
            réinitialiser|taille du texte|taille de police|agrandir|réduire|a\+|a-|a\+ ?a-|a- ?a\+|
            écouter|écouter cet article|écouter l'article|
            suivre|suivez-nous|nous suivre|ajouter aux favoris|sauvegarder|enregistrer l'article|
            google actualités|google news|newsletter|newsletters|s'inscrire|inscription|
            partager (?:sur|par|via) [\w -]+|j'aime|je m'inscris|je m'abonne|je fais un don|
            (?:a[+-]?\s*){2,3}|lire la vidéo|voir la vidéo|regarder la vidéo|
            écouter (?:le|la|l'|cet|ce) ?[\w' -]*(?:\([^)]*\))?|temps de lecture\s*:.*|lecture\s*:\s*\d+ min.*|
            votre adresse e-?mail|votre e-?mail|adresse e-?mail|valider|envoyer|
            (?:augmenter|diminuer|réduire|agrandir) la taille(?: du texte| des caractères)?|
            lire dans l'application|ajouter à (?:vos|mes) (?:sélections|favoris)|offrir (?:l'|cet )article|
            activer les notifications|téléchargez l'application.*|télécharger l'application.*|
            partagez cet article|partager cet article|suivez-nous sur .*|suivez .{1,40} sur (?:whatsapp|facebook|x|
            twitter|instagram|telegram|google news|google actualités|linkedin|youtube|tiktok)|
            déjà abonnée?\s*\??(?:\s*se connecter)?|réservée? aux abonnés|article réservé aux abonnés|
            \d+ nouvelles? (?:publications?|entrées?)(?:\s*-\s*actualiser)?|actualiser|voir les entrées précédentes|
            (?:tapez|saisissez|entrez|indiquez) votre .{1,30}|temps de lecture\s*:?\s*\d+.*|
            \d+ (?:j'aime|likes?|partages?|vues?)|écouter|publier|envoyer le commentaire|
            votre nom|votre pseudo|votre commentaire|votre e-?mail.*|nom|pseudo|e-?mail|site web|site internet""",
        # Social network names: a line made only of them is a share bar.
        "social": r"facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|messenger|reddit|"
                  r"bluesky|threads|instagram|youtube|tiktok|e-?mail|courriel|imprimer|partager|copier le lien",
        "newsletter": r"newsletters?|lettre d'information|infolettres?",
        "newsletter_verbs": r"inscri|abonn|recevez|recevoir|s'inscrire",
        # Appeals to support the site: a donation line or a site's plea in the first person.
        "donation": r"faites un don|faire un don|un don\b|soutenez|nous soutenir|votre soutien|soutenir notre|"
                    r"nous aider à|aidez-nous|devenez membre|adhérez",
        "cookie": r"cookies?|traceurs|témoins|(?:stocker|stockons|stockent) et/ou (?:accéder|accédons|accèdent)",
        "cookie_consent": r"""accepter|acceptez|accepte|refuser|refusez|paramétrer|paramètres|personnaliser|
            consentement|en continuant|nous utilisons|vous acceptez|politique de confidentialité|
            gérer mes choix|tout accepter|tout refuser|continuer sans accepter|utilise des cookies|
            utilisons des cookies|ce site utilise|vous donne le contrôle|vos données|votre appareil""",
        # The buttons of a consent banner, each on its own line.
        "consent_button": r"""tout accepter|tout refuser|accepter|refuser|accepter et fermer|continuer sans accepter|
            j'accepte|je refuse|personnaliser|paramétrer|paramétrer les cookies|gérer mes choix|
            gérer les cookies|gestion des cookies|ok|d'accord|accepter les cookies|refuser les cookies|
            en savoir plus et personnaliser""",
        "comments": r"""(?:voir|afficher|charger) (?:les |plus de )?(?:\d+ )?(?:autres )?commentaires|
            chargement des commentaires|
            laisse[rz]? un commentaire|ajoute[rz]? un commentaire|publie[rz]? un commentaire|
            poste[rz]? un commentaire|écrire un commentaire|rédiger un commentaire|
            enregistrer un commentaire|aucun commentaire|pas de commentaire|pas encore de commentaire|
            \d+ commentaires?|commentaires?(?: \(\d+\))?|un commentaire|
            comments?(?: \(\d+\))?|\d+ comments?|leave a comment|no comments?|
            réagir|réagissez|réagissez à cet article|réagir à cet article|voir les commentaires|
            (?:afficher|voir|lire) les (?:\d+ )?commentaires|
            masquer les commentaires|répondre|signaler|signaler un abus|signaler un contenu""",
        # Comment-form notices: second-person wording of a form, not a sentence about comments.
        "comment_form": r"""
            en utilisant ce formulaire|vous acceptez le stockage|
            vous devez être connectée? pour (?:publier|poster|laisser)|
            connectez-vous pour (?:commenter|réagir|publier)|
            votre adresse (?:e-?mail|de messagerie|mail) ne sera pas publiée|
            les champs obligatoires sont indiqués|
            seul un membre de ce blog est autorisé|
            (?:est|sont) soumis à modération|
            commentaires sont (?:réservés|fermés|désactivés)|espace (?:des )?commentaires|
            connectez-vous (?:ou|pour)|
            enregistrer mon nom, mon e-?mail""",
        "copyright": r"©|\(c\)\s*\d{4}|tous droits réservés|all rights reserved|reproduction[^.]{0,40}(?:interdite|réservée)|"
                     r"contenus? de ce site[^.]{0,60}licence|sous licence (?:etalab|creative|cc|ouverte)",
        "copyright_start": r"copyright|droits d'auteur|droits réservés",
        "loading": r"loading|chargement|chargement en cours|patientez|veuillez patienter|"
                   r"chargement d(?:u|e la|es|e l') [\w' -]{1,30}",
        "advertising": r"publicité|pub|advertisement|annonce|contenu sponsorisé|sponsorisé|"
                       r"contenu partenaire|partenaire|article sponsorisé|publi-?rédactionnel",
        "breadcrumb_start": r"accueil|home|vous êtes ici|vous etes ici",
        "byline": r"par|by|rédigé par|écrit par|publié par|posté par|message par|propos recueillis par|texte|auteur|author",
        "byline_house": r"(?:la )?rédaction|(?:la )?redaction|l'équipe|la rédaction web|agences?|afp|reuters",
        "source": r"sources?|lien|url|lire l'article original|article original|voir l'article|origine|"
                  r"url de l'article|lien de l'article|lien permanent|permalien|adresse de l'article",
        "caption_marker": r"""\(\s*(?:photo|photos|crédit|crédits|credit|illustration|archives?|image|capture)\b[^)]*\)\s*$|
            (?:photo|crédit photo|crédits? photo|crédit|illustration|image)\s*:\s*\S.*$|
            [/|]\s*(?:afp|reuters|ap|epa|maxppp|belga|keystone|getty images|sipa|abaca|hans lucas)\s*$""",
        "determiners": r"""le|la|les|l|un|une|des|du|de|d|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|
            votre|vos|mon|ma|mes|ton|ta|tes|au|aux|il|elle|ils|elles|on|nous|vous|je|tu|en|à|dans|pour|par|sur|
            avec|selon|après|avant|depuis|pendant|et|mais|ou|quand|lorsque|si|comment|pourquoi|qui|que|quoi|
            où|tout|tous|toute|toutes|chaque|plusieurs|quelques|certains|certaines|aucun|aucune""",
        # Finite verbs: auxiliaries and modals in common tenses, and verb endings.
        "finite_verbs": r"""est|sont|était|étaient|sera|seront|serait|seraient|fut|a|ont|avait|avaient|aura|
            auront|aurait|auraient|eut|va|vont|allait|fait|font|faisait|peut|peuvent|pouvait|doit|doivent|
            devait|devaient|veut|veulent|voulait|dit|disent|vient|viennent|reste|restent|semble|semblent|
            demeure|devient|deviennent|s'est|se sont|n'est|c'est|il y a|y a""",
        "finite_endings": r"\w{2,}(?:aient|ait|èrent|eront|era|ira|iront)",
        "caption_cue": r",\s*(?:le|ce)\s+\d{1,2}(?:er)?\s+\w+|\blors d[eu]\b|\bdevant\b|\bprès d[eu]\b",
        # A site describing itself under its name: "Le blog des supporters...", "Votre radio locale".
        "tagline": r"""\b(?:le|la|votre|ton|notre|un|une) (?:blog|site|journal|quotidien|hebdo|hebdomadaire|
            magazine|radio|télé|média|webzine|portail|mensuel|forum|newsletter|lettre)\b|toute l'actualité|toute l'info|l'info de|
            l'actualité de|l'actualité (?:en|du|des)|depuis (?:19|20)\d\d$|au plus près de chez vous""",
        # A line introducing a list of links (sidebars, related articles, archives).
        "list_header": r"""articles récents|derniers articles|les plus lus|les plus partagés|les plus commentés|
            à lire aussi|à lire également|lire aussi|sur le même sujet|dans la même rubrique|articles similaires|
            articles liés|vous aimerez aussi|vous aimerez peut-être aussi|à découvrir aussi|à voir aussi|
            archives du blog|archives|navigation des articles|populaires|tendances|dernières vidéos|
            dernières infos|dernières actualités|dernières dépêches|dans l'actualité|en continu|liens|blogroll|
            nos autres articles|plus d'articles|autres articles|la sélection de la rédaction|
            nos autres directs|autres directs|(?:à )?lire aussi dans [\w' -]{1,30}|dans le secteur|
            articles précédents|derniers articles publiés|dans la même catégorie|vous pourriez aimer""",
        "list_prefix": r"(?:les |nos |toutes les |tous les )?",
        # "Catégories : a, b", "Libellés : x": taxonomy lines under a post.
        "taxonomy": r"catégories?|étiquettes?|libellés?|tags?|mots[- ]clés|thèmes?|classé dans|publié dans|sujets?",
        # Comment threads: "Martine B. dit :", "Anonyme a dit…"; and the reply buttons under each comment.
        "comment_author": r"dit|a dit|a écrit|écrit|says|said|wrote",
        "comment_reply": r"répondre|reply|supprimer|signaler|signaler un abus|j'aime|modifier|citer|permalien",
        # Site credits in footers.
        "powered": r"propulsé par|fièrement propulsé|fourni par blogger|powered by|thème .{0,30}\b(?:par|by)\b|"
                   r"hébergé par|réalisé par|conçu par|site réalisé",
        # Short lines that are site chrome whatever the site: skip links, profile and feed widgets.
        "chrome": r"""aller au contenu|aller au menu|passer au contenu|passer au contenu principal|
            aller à la navigation|qui êtes-vous \?|afficher mon profil complet|à propos|mon profil|
            inscription à\s*:.*|s'abonner à\s*:.*|flux rss|rss|atom|blogthis!?|j'aime ça\s*:?|
            enregistrer|épingler|en ce moment\s*:.*|écouter le direct|regarder le direct|mon journal numérique|
            édition du jour|le journal du jour|le journal numérique|version numérique|journal numérique|
            aller à la recherche|aller au pied de page|passer la navigation|menu|☰ menu|
            répondre au sujet|nouveau sujet|revenir à .{1,60}|qui est en ligne|rechercher dans ce (?:sujet|forum).*|
            utilisateurs parcourant ce forum.*|index du forum.*|\d+ messages?(?: • page \d+ sur \d+)?|
            page \d+ sur \d+""",
    },
}


class Rules:
    """Compiled line rules for one language."""

    def __init__(self, lang: str = "fr"):
        v = VOCAB.get(lang) or VOCAB["fr"]
        self.lang = lang if lang in VOCAB else "fr"

        def rx(body: str, template: str = r"^(?:{})$") -> re.Pattern:
            body = re.sub(r"\s*\n\s*", "", body)
            return re.compile(template.format(body), re.I)

        self.navigation = rx(v["navigation"], r"^(?:{})\s*[:!.…›>»]*$")
        self.related = rx(v["related"], r"^(?:{})\s*[:›>»-]")
        self.more_suffix = rx(v["more_suffix"], r"(?:{})\s*[.…›>»]*$")
        self.rubric = rx(v["rubrics"], r"^(?:{})\s*[:›>»]*$")
        self.widget = rx(v["widget"], r"^(?:{})\s*[:!.…›>»]*$")
        self.social_token = rx(v["social"], r"^(?:{})$")
        self.newsletter = rx(v["newsletter"], r"\b(?:{})\b")
        self.newsletter_verbs = rx(v["newsletter_verbs"], r"(?:{})")
        self.cookie = rx(v["cookie"], r"\b(?:{})\b")
        self.cookie_consent = rx(v["cookie_consent"], r"(?:{})")
        self.consent_button = rx(v["consent_button"], r"^(?:{})\s*[!.]?$")
        self.comments = rx(v["comments"], r"^\*?(?:{})\s*[:!.…]*$")
        self.comment_form = rx(v["comment_form"], r"(?:{})")
        self.copyright = rx(v["copyright"], r"(?:{})")
        self.copyright_start = rx(v["copyright_start"], r"^\W*(?:{})\b")
        self.loading = rx(v["loading"], r"^(?:{})\s*(?:\.\.\.|…)?\s*$")
        self.advertising = rx(v["advertising"], r"^(?:{})\s*[:.]?$")
        self.breadcrumb_start = rx(v["breadcrumb_start"], r"^(?:{})\b")
        self.byline_rx = rx(v["byline"], r"^(?:{})\s*:?\s+(?P<name>.+?)\s*$")
        self.byline_house = rx(v["byline_house"], r"^(?:{})$")
        self.source = rx(v["source"], r"^(?:{})\s*:?\s*(?P<url>https?://\S+)\s*$")
        self.caption_marker = rx(v["caption_marker"], r"(?:{})")
        self.determiner = rx(v["determiners"], r"^(?:{})$")
        self.finite = rx(v["finite_verbs"], r"(?:^|\s)(?:{})(?=\s|$)")
        self.finite_ending = rx(v["finite_endings"], r"\b(?:{})\b")
        self.caption_cue = rx(v["caption_cue"], r"(?:{})")
        self.list_header = re.compile(v["list_prefix"] + rx(v["list_header"], r"(?:{})\s*[:›>»]*$").pattern, re.I)
        self.list_header = re.compile("^" + self.list_header.pattern, re.I)
        self.donation = rx(v["donation"], r"(?:{})")
        self.tagline = rx(v["tagline"], r"(?:{})")
        self.taxonomy = rx(v["taxonomy"], r"^(?:{})\s*:\s*\S")
        self.comment_author = rx(v["comment_author"], r"^(?P<who>\S.{{0,40}}?)\s+(?:{})\s*(?::|…|\.\.\.)\s*$")
        self.comment_reply = rx(v["comment_reply"], r"^(?:{})\s*[:!.…]*$")
        self.powered = rx(v["powered"], r"(?:{})")
        self.chrome = rx(v["chrome"], r"^(?:{})\s*$")
        # Every short label the rules know, to recognise a menu row of them ("Accueil Actualités Presse").
        labels = "|".join(re.sub(r"\s*\n\s*", "", v[k]) for k in ("navigation", "rubrics", "widget", "social"))
        self.label = re.compile(rf"(?:^|\s)(?:{labels})(?=\s|$)", re.I)

    # ------------------------------------------------------------- furniture

    def furniture(self, line: str) -> str | None:
        """The reason a line is page furniture, or None. Context-free rules only."""
        key = norm(line)
        n = len(words(line))
        sentence = is_sentence(line)
        if self.cookie.search(key) and len(self.cookie_consent.findall(key)) >= 1 and _second_person(key):
            return "cookie banner"
        if self.comment_form.search(key) and n <= 40:
            return "comments"
        if self.copyright.search(key) and n <= 30 and not _reads_as_sentence(line, self):
            return "copyright"
        if self.copyright_start.search(key) and n <= 30 and re.search(r"\b(?:19|20)\d\d\b|©|reproduction|réservé", key):
            return "copyright"
        if self.powered.search(key) and n <= 12:
            return "copyright"
        if re.match(r"^\W*(?:©|\(c\)|copyright)", key) and n <= 40:
            return "copyright"
        if n <= 6 and self.consent_button.match(key) and _shouting_or_symbol(line):
            return "cookie banner"     # "TOUT ACCEPTER", "✓ Tout refuser": a banner's buttons
        if n <= 25 and re.match(r"^(?:contenu sponsorisé|sponsorisé|publicité|annonce|publi-?rédactionnel|"
                                r"en partenariat avec)\s*[-:—|]", key):
            return "advertising"
        if n <= 30 and re.search(r"^(?:il vous reste [\d.,]+ ?% de (?:cet |l')article|la suite est réservée aux abonnés|"
                                 r"cet article est réservé aux abonnés|offre spéciale\b|temps de lecture\b)|"
                                 r"abonnez-vous (?:gratuitement|pour recevoir|dès maintenant)", key) \
                and not re.search(r"[«“\"]", line):
            return "widget"            # paywall, reading time and subscription pitches
        if n <= 5 and self.newsletter.search(key):
            return "widget"            # "Newsletter Finance & Marchés": a sign-up box's title
        if n <= 20 and re.match(r"^re\s*:\s*\S", key):
            return "comments"          # a forum reply's subject line
        if n <= 40 and (self.caption_marker.search(key) and not self.source.match(line.strip()) or self.credited(line)):
            return "caption"           # "… (Photo : AFP)", "… JEAN DUPONT / AFP"
        if n <= 30 and self.related.match(key):
            return "navigation"        # "Lire aussi : <a headline that may end with ?>"
        if n <= 25 and self.more_suffix.search(key) and not SENTENCE_END.search(line):
            return "navigation"        # a tagline or teaser ending in a "Voir plus" link
        if self.newsletter.search(key) and self.newsletter_verbs.search(key) and n <= 30:
            return "widget"
        if self.donation.search(key) and n <= 50 and _first_or_second_person(key):
            return "widget"
        if sentence:
            return None
        if n <= 8 and self.comments.match(key):
            return "comments"
        if self.loading.match(key):
            return "loading"
        if n <= 4 and self.advertising.match(key):
            return "advertising"
        if n <= 6 and (self.widget.match(key) or _only_tokens(key, self.social_token)) or self._widget_row(line):
            return "widget"
        if self.newsletter.search(key) and self.newsletter_verbs.search(key) and n <= 30:
            return "widget"
        if n <= 6 and self.navigation.match(key):
            return "navigation"
        if n <= 25 and self.related.match(key):
            return "navigation"
        if n <= 25 and self.more_suffix.search(key) and not SENTENCE_END.search(line):
            return "navigation"
        if n <= 3 and self.rubric.match(key):
            return "navigation"
        if self.is_breadcrumb(line):
            return "breadcrumb"
        if self.chrome.match(key) or (n <= 25 and self.taxonomy.match(key)):
            return "navigation"
        if n <= 10 and (re.search(r"[+\-−]\s?\d+(?:[,.]\d+)?\s?%", key) and re.search(r"\d[\d  ]*[,.]\d", key)
                        or re.fullmatch(r"\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}", key) or re.fullmatch(r"\d{1,6}", key)):
            return "widget"            # market ticker, media player clock, a bare counter
        if re.search(r"\((?:pdf|docx?|xlsx?|odt|ods|zip)\b[^)]*\)$", key):
            return "widget"            # a file to download
        if _data_row(line):
            return "widget"            # "Taux de change : EUR 10,62 | USD 9,71"
        if n <= 10 and re.match(r"^(?:voir|revivez|regarder|découvrez|consultez) (?:le|la|les|l'|tous|toutes|notre|nos)\b",
                                key) and not SENTENCE_END.search(line):
            return "navigation"
        if n <= 20 and re.match(r"^[←◄►▶]\s*\S|.*\S\s*[→►▶]$", line.strip()):
            return "navigation"        # previous/next post links, archive tree rows
        if n <= 4 and re.match(r"^[\w' -]{1,25}\s\*$", key):
            return "comments"          # comment form fields: "Nom *", "E-mail *"
        if n <= 15 and re.match(r"^(?:abonnez-vous|je m'abonne|s'abonner|offre spéciale|essai gratuit|"
                                r"découvrez nos offres|profitez de)\b", key):
            return "widget"            # subscription offer
        if self.menu_row(line):
            return "navigation"
        return None

    def _widget_row(self, line: str) -> bool:
        """"Partager | Imprimer | A+ A-": a row of buttons."""
        parts = [p.strip() for p in re.split(r"\s[|·•/]\s|\s{2,}", line) if p.strip()]
        return len(parts) >= 2 and all(self.widget.match(norm(p)) or self.social_token.match(norm(p)) for p in parts)

    def menu_row(self, line: str) -> bool:
        """A row of menu labels: several short items set apart by wide gaps or
        separators, or a line made only of labels the rules know."""
        if is_sentence(line):
            return False
        items = [p for p in re.split(r"\s{2,}|\t|\s[|·•∙]\s", line.strip()) if p.strip()]
        if len(items) >= 3 and all(len(words(p)) <= 4 for p in items):
            return True
        tokens = line.split()
        if len(tokens) >= 5 and all((t[:1].isupper() or t[:1].lower() == t[:1].upper()) and t.strip("'’-").isalpha()
                                    for t in tokens) \
                and not self.byline(line) and not line.isupper():   # an all-caps line is a wire subheading
            return True                # "Vaud Genève Valais Suisse Monde": capitalised items, no link words
        key = norm(line)
        if len(words(key)) >= 2:
            rest = self.label.sub(" ", key)
            rest = self.label.sub(" ", rest)  # labels sharing a space overlap; a second pass takes the rest
            return not words(rest)
        return False

    def is_breadcrumb(self, line: str, title: str | None = None) -> bool:
        key = norm(line)
        if is_sentence(line):
            return False
        parts = [p.strip() for p in re.split(r"\s+[>›»‹/]\s+|\s*[>›»‹]\s*", line) if p.strip()]
        if len(parts) >= 3 and all(len(words(p)) <= 6 for p in parts[:-1]):
            return True
        if self.breadcrumb_start.match(key) and len(words(line)) >= 2:
            if len(parts) >= 2:
                return True
            if title and norm(title) in key:
                return True
            # "Accueil Actualité International": a row of rubric labels.
            tokens = key.split()[1:]
            if tokens and all(self.rubric.match(t) or self.navigation.match(t) for t in tokens):
                return True
        return False

    # --------------------------------------------------------------- metadata

    def byline(self, line: str) -> str | None:
        """The author named by a byline ("par Julie Martin, à Dakar"), else None."""
        if is_sentence(line) or len(words(line)) > 14:
            return None
        m = self.byline_rx.match(line.strip())
        if not m:
            return None
        raw = m["name"]
        correspondent = re.match(r"(?i)^(?:notre|nos|un|une|de notre) (?:correspondante?s?|envoyée? spéciale?|"
                                 r"envoyés spéciaux|journaliste|rédaction)(?: à [\w' -]+)?\s*,\s*(.+)$", raw)
        if correspondent:
            raw = correspondent.group(1)
        name = re.split(r"\s*(?:,|\||–|—| - |»|·|\(|\bpour\b|\bà\b|\ble\b|\bpublié|\bavec\b|\bwith\b)\s*", raw,
                        maxsplit=1)[0].strip(" .")
        if self.byline_house.match(norm(name)):
            return name
        tokens = name.split()
        if not 1 <= len(tokens) <= 4:
            return None
        particles = {"de", "du", "des", "la", "le", "van", "von", "der", "di", "da", "d'", "el", "ben", "al", "et"}
        if not all(t[:1].isupper() or t.lower() in particles or t.lower().startswith("d'") or
                   (len(tokens) == 1 and re.fullmatch(r"[A-Za-z][\w.-]{2,30}", t)) for t in tokens):
            return None
        if not tokens[0][:1].isupper():
            return None
        return name

    def source_url(self, line: str) -> str | None:
        m = self.source.match(line.strip())
        return m["url"].rstrip(".,;)") if m else None

    # ---------------------------------------------------------------- captions

    def credited(self, line: str) -> bool:
        """A photo credit closing the line: "… le 18 mars. JEAN DUPONT / AFP", "(Photo : Reuters)"."""
        return bool(re.search(r"[.)]\s*[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)*\s*/\s*[A-ZÀ-Ý][A-ZÀ-Ý'’«» .-]+$",
                              line.strip()) or bool(self.shown_here(line)))

    def shown_here(self, line: str) -> bool:
        """A caption naming who the picture shows and where or when: "Emmanuel Macron, ici à
        l'Élysée le 3 mai". Not a sentence about someone who is "ici" ("Marie Dupont, ici depuis
        vingt ans, raconte…"): the cue must be followed by a place or a time, and the line short."""
        return len(words(line)) <= 25 and bool(re.match(
            r"^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3},\s+ici\s+(?:à|au|aux|en|lors|le|la|les|l'|l’|avec|"
            r"devant|sur|dans|pendant|aux côtés)\b", line.strip()))

    def caption(self, line: str) -> bool:
        """A photo caption between paragraphs (called only for lines inside the body).

        Explicit credits ("(Photo : AFP)", "/ Reuters") mark a caption. Without
        one, a caption is a nominal phrase (no finite verb, no sentence end,
        >= 6 words, not a Title Case heading) that carries a caption's place
        or date cue ("..., le 12 août", "lors de", "devant").
        """
        key = norm(line)
        n = len(words(line))
        if n < 3 or n > 40:
            return False
        if self.caption_marker.search(key) and not SENTENCE_END.search(re.sub(r"\([^)]*\)\s*$", "", line)):
            return True
        if self.caption_marker.search(key) and n <= 30:
            return True
        if SENTENCE_END.search(line) or line.rstrip().endswith((":", "?", "!")) or n < 6:
            return False
        if self.finite.search(key) or self.finite_ending.search(key):
            return False
        if title_case(line):
            return False
        # A nominal line is a caption only with a caption's place or date cue
        # ("..., le 12 août", "lors de", "devant"): without one, nominal
        # subheadings ("Menace de boycottage des produits français") look the same.
        return bool(self.caption_cue.search(key))


def _second_person(key: str) -> bool:
    """A banner addresses the reader; a news sentence about banners does not."""
    return bool(re.search(r"\b(?:vous|votre|vos|nous utilisons|nous et nos partenaires|notre site|ce site|you|your)\b",
                          key))


def _shouting_or_symbol(line: str) -> bool:
    """A button label: in capitals or behind a pictogram, never a plain word."""
    stripped = line.strip()
    return stripped.isupper() or not stripped[:1].isalnum()


def _data_row(line: str) -> bool:
    """A row of figures set apart by bars (prayer times, exchange rates, scores)."""
    parts = [p for p in re.split(r"\s[|·•∙]\s", line) if p.strip()]
    if header_date(line):
        return False                   # "Publié le 27/09/2023 · Mis à jour le 28/09/2023": a date stamp
    return len(parts) >= 2 and sum(bool(re.search(r"(?<![\w])\d", p)) for p in parts) >= max(2, len(parts) - 1) \
        and not SENTENCE_END.search(line) and len(words(line)) <= 30


def _first_or_second_person(key: str) -> bool:
    return bool(re.search(r"\b(?:nous|notre|nos|vous|votre|vos)\b|\b(?:faites|soutenez|aidez)\b", key))


def _only_tokens(key: str, token: re.Pattern) -> bool:
    parts = [p for p in re.split(r"[\s|,·•/]+", key) if p]
    return len(parts) >= 2 and all(token.match(p) for p in parts)


def _reads_as_sentence(line: str, rules: Rules) -> bool:
    """A copyright sign inside a real sentence (e.g. a law story) keeps the line."""
    key = norm(line)
    return is_sentence(line) and bool(rules.finite.search(key)) and "réservés" not in key and "reserved" not in key


def title_case(line: str) -> bool:
    """Most content words capitalised: a heading ("Contexte Historique")."""
    content = [w for w in words(line) if len(w) > 3]
    if len(content) < 2:
        return False
    caps = sum(w[:1].isupper() for w in content)
    return caps / len(content) >= 0.6
