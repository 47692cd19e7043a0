"""French page furniture: the phrases of menus, banners, widgets, captions and credits that
the cleaner's filters (recoupe.clean.rules) look for, as regular-expression alternations.
English words stand beside French ones where French sites use them ("home", "newsletter")."""

FURNITURE = {
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
    # What the furniture filters read that used to be written inline (FILTERS below).
    "sponsored_start": r"contenu sponsorisé|sponsorisé|publicité|annonce|publi-?rédactionnel|en partenariat avec",
    "paywall": r"""^(?:il vous reste [\d.,]+ ?% de (?:cet |l')article|la suite est réservée aux abonnés|
        cet article est réservé aux abonnés|offre spéciale\b|temps de lecture\b)|
        abonnez-vous (?:gratuitement|pour recevoir|dès maintenant)""",
    "forum_reply": r"re",
    "see_start": r"voir|revivez|regarder|découvrez|consultez",
    "see_object": r"le|la|les|l'|tous|toutes|notre|nos",
    "subscribe_start": r"""abonnez-vous|je m'abonne|s'abonner|offre spéciale|essai gratuit|découvrez nos offres|
        profitez de""",
    "addressing_reader": r"vous|votre|vos|nous utilisons|nous et nos partenaires|notre site|ce site|you|your",
    "first_or_second_person": r"nous|notre|nos|vous|votre|vos|faites|soutenez|aidez",
    "copyright_words": r"reproduction|réservé",
    "rights_reserved": r"réservés|reserved",
    # The small words of a person's name ("Charles de Gaulle", "Ursula von der Leyen"), and what
    # joins two names in a byline ("Jean Dupont et Marie Durand"): words, space-separated.
    "name_particles": "de du des le la van von der di da ben el al",
    "name_joins": "et d'",
    # A copyright line that credits the software or a licence, not the publisher, and the words of a
    # rights notice around the holder's name
    "software_credit": r"propulsé|fourni par|powered|thème|licence",
    "rights_notice": r"copyright|droits d[’']auteur|tous droits réservés|all rights reserved|reproduction (?:interdite|réservée)",
    # A date stamp saying it is the publication's, not an update's
    "published_word": r"publié|published|posté",
    # The wire agencies a dateline credits ("PARIS (AFP) -"), read with case
    "agencies": r"AFP|Reuters|AP|Belga|ATS|Keystone-ATS|Xinhua|ANSA|DPA|EFE|PC|La Presse canadienne",
    # "Notre correspondant à Dakar, Jean Dupont": what comes before the name in a byline
    "correspondent": r"""(?:notre|nos|un|une|de notre) (?:correspondante?s?|envoyée? spéciale?|envoyés spéciaux|
        journaliste|rédaction)(?: à [\w' -]+)?""",
    # Where a byline's name ends ("Jean Dupont pour Le Monde", "Marie Durand, à Dakar"); read with case
    "byline_end": r"\bpour\b|\bà\b|\ble\b|\bpublié|\bavec\b|\bwith\b",
    # "il y a 3 heures", "publié il y a 2 jours": a stamp relative to now
    "relative_stamp": r"(?:publié |mis à jour )?il y a \d+ (?:min|minutes?|h|heures?|jours?)\.?",
    # A reader's handle and a stamp on one line open a comment ("Message par X » mer. 12 mars 2025",
    # "Pedalo_31 · il y a 2 h", "Lecteur | le 22/05/2024"): the words before the handle, "il y a",
    # and the article before a day
    "handle_by": r"(?:message|réponse|posté|publié) par",
    "ago": r"il y a",
    "on_day": r"le",
    # The header of a comment section ("12 commentaires", "Réactions (3)")
    "comment_header": r"""\d+\s+(?:commentaires?|réactions?|réponses?)|(?:commentaires?|réactions?)\s*\(\d+\)|
        commentaires?|réactions?|vos réactions|vos commentaires""",
    # A caption naming who the picture shows, then where or when: "Emmanuel Macron, ici à l'Élysée".
    "shown_here": r"ici\s+(?:à|au|aux|en|lors|le|la|les|l'|l’|avec|devant|sur|dans|pendant|aux côtés)",
}

# Date stamps next to a headline ("Publié le 14/03/2024 à 18h32", "15 Mai 2024 21:11"),
# read by recoupe.clean.dates, which reads the stamps of every language it has a table for
# (a site's furniture need not be in the article's language). English forms stand beside French
# ones, as above.
from .times import FIRST, MONTHS as _MONTHS  # noqa: E402

STAMPS = {
    # month names: the date tagger's, and the short and English forms furniture uses
    "months": {**_MONTHS, "jan": 1, "fevr": 2, "fev": 2, "sep": 9,
               "january": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
               "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
               "october": 10, "december": 12},
    "first": FIRST[:1],                    # "1er": the first of a month, written in a stamp
    "weekdays": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                 "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "weekdays_short": ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
    "article": ("le",),                    # "le 15 mai 2024"
    "at": ("à", "at"),                     # "à 18h32"
    # what a stamp line may say besides its dates
    "prefix": ("publié", "publiée", "posté", "postée", "mis à jour", "mise à jour", "modifié", "modifiée",
               "actualisé", "actualisée", "date", "updated", "published", "posted", "édition du", "le", "du", "à",
               "at", "on", "et"),
    "by": ("par", "by"),                   # "par Jean Dupont"
    "section": ("dans", "in", "catégorie", "rubrique"),   # "... dans Actualités"
    "other": ("message", "réponse"),
    # which stamp lines say the article was updated rather than published: a regular expression
    "updated": r"\b(?:mis|mise)\s+à\s+jour|\bmodifiée?\b|\bactualisée?\b|\bupdated\b",
}
