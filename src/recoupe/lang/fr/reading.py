"""French vocabulary for reading an article: names, quotes, figures, sources.

The extractors (``names.py``, ``quotes.py``, ``quantities.py``, ``cites.py``)
hold no French words of their own; they read them from a table like this one
(see ``recoupe/lang/__init__.py``), so another language is a new table.
"""

SPACY_MODEL = "fr_core_news_md"

# Leading words that are not part of a name: "l'Arménie", "le Kremlin".
ARTICLES = ("le ", "la ", "les ", "l'", "l’", "du ", "des ", "de la ", "de l'", "d'", "au ", "aux ")

# Titles and functions before a person's name: "M. Eyvazov", "le colonel Eyvazov".
TITLES = (
    "m.", "mme", "mlle", "mr", "dr", "pr", "me", "mgr", "sir", "lord", "monsieur", "madame", "docteur", "professeur",
    "président", "présidente", "colonel", "général", "générale", "lieutenant", "capitaine", "commandant", "amiral",
    "sergent", "major", "ministre", "premier ministre", "première ministre", "porte-parole", "secrétaire", "maire",
    "juge", "procureur", "procureure", "ambassadeur", "ambassadrice", "sénateur", "sénatrice", "député", "députée",
    "chancelier", "chancelière", "roi", "reine", "prince", "princesse", "pape", "cardinal", "abbé", "père", "sœur",
    "maître", "vice-ministre", "vice-président", "vice-présidente", "cheikh", "émir", "ayatollah", "imam", "rabbin",
)

# Nouns that head a role ("le porte-parole du Kremlin"), for roles given next to a name.
ROLE_HEADS = (
    "porte-parole", "ministre", "vice-ministre", "président", "présidente", "vice-président", "vice-présidente",
    "secrétaire", "conseiller", "conseillère", "chef", "cheffe", "directeur", "directrice", "maire", "adjoint",
    "adjointe", "colonel", "général", "générale", "ambassadeur", "ambassadrice", "procureur", "procureure", "avocat",
    "avocate", "juge", "commissaire", "gouverneur", "gouverneure", "préfet", "préfète", "député", "députée",
    "sénateur", "sénatrice", "dirigeant", "dirigeante", "responsable", "représentant", "représentante", "patron",
    "patronne", "fondateur", "fondatrice", "analyste", "expert", "experte", "chercheur", "chercheuse", "professeur",
    "professeure", "spécialiste", "leader", "négociateur", "négociatrice", "envoyé", "envoyée", "délégué", "déléguée",
    "commandant", "officier", "chancelier", "chancelière", "premier ministre", "première ministre", "cabinet",
    "secrétaire d'état", "secrétaire général", "secrétaire générale", "haut-commissaire",
    "géologue", "médecin", "ingénieur", "ingénieure", "économiste", "historien", "historienne", "sociologue",
    "politologue", "juriste", "infirmier", "infirmière", "enseignant", "enseignante", "syndicaliste", "militant",
    "militante", "élu", "élue", "habitant", "habitante", "témoin", "journaliste", "correspondant", "correspondante",
)

# Verbs that report speech, as they stand after a quote ("», a déclaré X") or before it.
REPORTING_VERBS = (
    "déclaré", "indiqué", "affirmé", "ajouté", "expliqué", "souligné", "confirmé", "précisé", "estimé", "assuré",
    "dit", "lancé", "martelé", "insisté", "rappelé", "annoncé", "répondu", "réagi", "commenté", "noté", "relevé",
    "poursuivi", "conclu", "dénoncé", "jugé", "regretté", "reconnu", "admis", "avoué", "prévenu", "averti", "promis",
    "répété", "observé", "constaté", "écrit", "tweeté", "raconté", "confié", "témoigné", "résumé", "tranché",
    "fait savoir", "fait valoir", "rapporté", "révélé", "démenti", "nié", "plaidé", "proclamé", "protesté",
    "menacé", "ironisé", "déploré", "salué", "félicité", "réjoui", "exclamé", "inquiété", "interrogé", "demandé",
    "argumenté", "martèle", "explique", "affirme", "déclare", "souligne", "indique", "ajoute", "précise", "estime",
    "assure", "dit", "lance", "raconte", "confie", "témoigne", "résume", "tranche", "poursuit", "conclut",
    "dénonce", "insiste", "rappelle", "répond", "reconnaît", "note", "observe", "prévient", "avertit", "regrette",
    "juge", "commente", "relève", "analyse", "plaide", "ironise", "déplore", "salue", "s'insurge", "s'indigne",
    "s'inquiète", "s'exclame", "se félicite", "se réjouit", "interroge", "demande", "écrit", "tweete", "détaille",
    "détaillé", "résume", "glisse", "glissé", "souffle", "soufflé", "lâche", "lâché", "avance", "avancé",
)

# Reporting verbs in the imperfect and other forms that introduce a quote after them.
# Present-tense reporting verbs that introduce reported speech: "la préfète assure que …".
PRESENT_REPORTING = ("affirme", "affirment", "assure", "assurent", "estime", "estiment", "indique", "indiquent",
                     "explique", "expliquent", "déclare", "déclarent", "souligne", "soulignent", "rappelle",
                     "rappellent", "précise", "précisent", "reconnaît", "reconnaissent", "dénonce", "dénoncent",
                     "juge", "jugent", "considère", "considèrent", "annonce", "annoncent", "confirme", "confirment",
                     "prévient", "préviennent", "dit", "disent", "martèle", "martèlent", "insiste", "insistent",
                     "admet", "admettent", "nie", "nient", "dément", "démentent", "promet", "promettent")

# What may stand between a reporting verb and its "que" ("a assuré mardi soir que",
# "a indiqué à la presse que"), and "que" itself.
REPORTED_COMPLEMENTS = ("à", "au", "aux", "devant", "lors", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
                        "samedi", "dimanche", "hier", "ce")
REPORTED_THAT = ("que ", "qu'", "qu’")
# ... the same word as spaCy's tokens of a "que" clause's mark
THAT_MARKS = ("que", "qu'", "qu’")

# Where a reported clause ends before its sentence does: an apposition that comments
# on it (", une version que contestent …", ", ce qui …"), or a new subject and verb
# (" et François Bayrou a dénoncé …").
REPORTED_ENDS = (r",\s+(?:un|une|des|le|la|les|ce|cette|ces)\s+(?:[\w-]+\s+){0,2}(?:que|qui|dont|qu['’])\b",
                 r"\s+(?:et|mais|tandis que|alors que)\s+(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}(?:a|ont|avait|avaient)\s+\w+é",
                 r",\s+(?:selon|d'après|d’après)\s")

# Words that may stand between the auxiliary and the reporting verb ("a également indiqué que").
REPORTING_ADVERBS = ("également", "aussi", "encore", "pourtant", "ainsi", "notamment", "toutefois", "cependant",
                     "déjà", "par ailleurs", "de son côté", "pour sa part", "quant à lui", "quant à elle", "enfin",
                     "aussitôt", "rapidement", "simplement", "seulement", "clairement", "fermement")

PAST_REPORTING = ("écrivait", "déclarait", "expliquait", "affirmait", "disait", "racontait", "assurait",
                  "rapportait", "titrait", "notait", "prévenait", "estimait", "témoignait", "confiait", "lançait")

# Words before a source: "selon Sputnik Arménie", "d'après l'AFP".
ACCORDING_TO = ("selon", "d'après", "d’après", "aux yeux de", "de l'avis de", "pour")

# Links of a chain of reports: "l'AFP citant le ministère".
CHAIN = ("citant", "cité par", "citée par", "cités par", "citées par", "relayant", "reprenant", "rapportant")

# Verbs that say an outlet or agency reported something ("Azertag a rapporté").
CITE_VERBS = ("rapporté", "rapporte", "indiqué", "indique", "annoncé", "annonce", "révélé", "révèle", "publié",
              "publie", "relayé", "relaie", "affirmé", "affirme", "précisé", "précise", "écrit", "cité", "cite")

# Verbs that say a medium published something, after its name: "Azertag a rapporté".
MEDIA_VERBS = ("rapporté", "rapporte", "relayé", "relaie", "révélé", "révèle", "publié", "publie", "cité", "cite",
               "diffusé", "diffuse", "affirmé", "indiqué", "écrit", "écrivait", "titrait", "titre")

# Nouns for where information comes from: "informations de journalistes d'Avia.pro".
SOURCE_NOUNS = ("informations", "information", "images", "données", "chiffres", "sources", "propos", "communiqué",
                "déclaration", "rapport", "dépêche", "article", "enquête", "révélations")

# Media named by their kind first: "l'agence Azertag", "le quotidien Le Monde".
MEDIA_KINDS = ("agence", "agence de presse", "quotidien", "journal", "hebdomadaire", "site", "média", "chaîne",
               "radio", "télévision", "magazine", "revue", "journaliste", "journalistes")

# Sources kept as written when a phrase starts with one: "le ministère azerbaïdjanais de la Défense".
SOURCE_KINDS = ("agence", "agence de presse", "quotidien", "journal", "hebdomadaire", "site", "média", "chaîne",
                "radio", "télévision", "magazine", "revue", "ministère", "service de presse", "porte-parole",
                "préfecture", "mairie", "gendarmerie", "police", "parquet", "tribunal", "cour", "gouvernement",
                "présidence", "ambassade", "armée", "état-major", "ministre", "commission", "conseil", "office",
                "institut", "observatoire", "direction", "syndicat", "fédération", "association", "ong", "hôpital",
                "cabinet", "services de secours", "pompiers", "procureur", "procureure", "autorités")

# Words that qualify a place without making it another place ("Haut-Karabakh", "Haute-Égypte"),
# unless the whole is listed as a place of its own in DISTINCT_PLACES ("Haute-Savoie"); each in its inflected forms. No transliterated
# qualifier shaped to one place ("Nagorno-"): that "Nagorno-Karabakh" is Karabakh is not told here.
PLACE_QUALIFIERS = {"haut", "haute", "hauts", "hautes", "bas", "basse", "basses", "upper", "lower", "république", "fédération", "royaume",
                    "émirat", "principauté", "région", "province", "district", "territoire", "enclave", "état",
                    "grand-duché", "sultanat", "de", "du", "des", "d", "la", "le", "l"}

# Places whose qualifier makes another place: the department is not the river.
DISTINCT_PLACES = ("haut-rhin", "bas-rhin", "bas-saint-laurent", "haut-saint-laurent", "haute-loire", "haute-garonne",
                   "haute-vienne", "haute-marne", "haute-saône", "haute-savoie", "haute-corse", "hautes-alpes",
                   "hautes-pyrénées", "hauts-de-seine", "hauts-de-france", "basse-terre", "haut-jura", "bas-congo")

PRONOUNS = ("il", "elle", "ils", "elles")
# "le porte-parole": the definite articles before a role (regular expression), and the articles
# a role is compared without
ROLE_ARTICLE = r"(?:le|la|l'|l’)"
ROLE_KEY_ARTICLES = ("le", "la", "l'", "l’", "les", "un", "une")
# "l'agence de presse Tass": the article and the words between a kind of medium and its name
MEDIUM_ARTICLE = r"(?:le |la |l'|l’)"
MEDIUM_OF_PRESS = r"(?:de presse\s+)?"
# The auxiliaries of a past reporting verb ("a assuré que", "auraient estimé que"), and a negation
# before them ("n'a pas confirmé que")
REPORTED_AUXILIARIES = ("a", "ont", "avait", "avaient", "aurait", "auraient")
NEGATION = r"(?:n['’]|ne\s+)"
# ", et que", "mais qu'": where a second reported clause joins the first
THAT_JOINS = r",?\s+(?:et\s+|mais\s+)?(?:que|qu['’])"
# ", ce qui", ", ce que": a clause about the statement, not part of it
ABOUT_IT = r",\s*(?:ce qui|ce que|ce dont)\b"
# "il", "elle": a pronoun subject, whose speaker is the one named before
SINGULAR_PRONOUNS = ("il", "elle")
# "le ministre X, cité par l'AFP": X spoke, the source after these relayed (a regular expression
# for the words before the relaying source)
RELAYED_BY = r",?\s+(?:cités?|citées?|selon|d'après)\s+(?:par\s+)?"
# "des informations de", "les propos du": the words before a source that are not its name
SOURCE_FRAME = r"^(?:des |les |de |d')?(?:informations?|propos|déclarations?|sources?|services?)\s+(?:de|du|des|d')\s*"
# "la ministre, qui a ...": a relative pronoun after a comma ends a subject
RELATIVE = ("qui", "que", "dont")
# A capitalised subject at a sentence's head ("Le ministère de la Défense a ..."): its article,
# the small words inside it, and the auxiliary after it (regular expressions)
SUBJECT_ARTICLE = r"(?:L'|L’|Le |La |Les )"
SUBJECT_LINK = r"(?:du|de|des|de la|d'|d’)"
SUBJECT_AUXILIARY = r"(?:a |avait |ont )"

# Figures: qualifiers before a number.
APPROX = ("près de", "presque", "environ", "quelque", "autour de", "approximativement", "à peu près",
          "pas loin de", "quasiment", "grosso modo", "de l'ordre de", "aux alentours de", "une petite", "un peu moins de",
          "un peu plus de")
OVER = ("plus de", "au moins", "au-delà de", "au delà de", "pas moins de", "au minimum", "dépassant",
        "davantage que", "supérieur à", "supérieure à", "bien plus de")
UNDER = ("moins de", "jusqu'à", "jusqu’à", "au plus", "au maximum", "pas plus de", "inférieur à", "inférieure à",
         "à peine")
SCALES = {"mille": 1_000, "million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000,
          "milliards": 1_000_000_000, "billion": 1_000_000_000_000}
# "des milliers de morts": at least this many.
VAGUE_SCALES = {"dizaines": 10, "centaines": 100, "milliers": 1_000, "millions": 1_000_000, "milliards": 1_000_000_000}
# "une centaine de": about this many.
ROUND_NUMBERS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
                 "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1_000}
NUMBER_WORDS = ("zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
                "vingt vingts trente quarante cinquante soixante cent cents mille").split()
# The language's code for text2num, which reads written-out numbers, and the word between two
# number words ("vingt et un")
LANG = "fr"
NUMBER_JOIN = "et"
# "un", "une": an article unless a scale follows ("un million")
ONE = ("un", "une")
# "des milliers", "plusieurs centaines": a vague count of a scale, and "de" between two scales
VAGUE_COUNTS = ("des", "plusieurs", "quelques")
OF_SCALE = r"(?:de|d['’])"
# "une centaine": the article before a round number
ROUND_ARTICLE = r"une?"
# "%" written out
PERCENT = r"pour ?cent"
# "l'intersyndicale en revendique", "ils étaient", "elles seraient": the figure after stands for the
# noun of a figure before (a regular expression for the words just before the figure)
ANAPHOR_BEFORE = (r"(?:(?<![\w])en\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s+(?:(?:plus|moins|près)\s+d[e'’]\s*)?"
                  r"|(?<![\w])(?:ils|elles)\s+(?:étaient|sont|seraient|auraient\s+été|ont\s+été)"
                  r"(?:\s+[\w'’-]+){0,2}\s+(?:(?:plus|moins|près)\s+d[e'’]\s*)?)$")
# The time zone after a clock time ("20h08 (heure locale)", "14h08 heure française", "11h30 GMT"),
# and which of its words say local time or the time in the publishing country
TIME_ZONE = (r"\s*\(?\s*((?:heure|heures)\s+(?:locale|française|de\s+\w+)|locales?|gmt|utc|en\s+france|"
             r"sur\s+place|à\s+paris)\b")
ZONE_LOCAL = ("local", "sur place")
ZONE_HOME = ("fran", "paris")
# ... and the name the figures' comparison gives the publishing country's time
HOME_ZONE = "france"
# "de", "du", "des": what joins a noun to its complement in a counted phrase ("20 % des territoires")
OF_WORDS = ("de", "d'", "d’", "du", "des")
# Where the name of a source stops: a relative clause or a verb ("selon la préfecture, qui ...")
SOURCE_ENDS = r"\s+(?:qui|que|dont|et|a|ont|avait|avaient|était|est|sont)\s"
# "ou" between two years is an alternative, not a period ("1998 ou 1999")
RANGE_ALTERNATIVE = "ou"
# Ages (annotate/quantities.py): regular expressions for the words around "N ans"
AGE_CUES = {
    # "trois ans de prison", "six ans de captivité": a duration of something
    "duration_of": r"\s*(?:et\s+demi|et\s+\w+\s+mois)?\s*(?:de|d['’])\s*\w",
    # "il y a six ans": a date
    "ago": r"(?<![\w])y\s+a\s*$",
    # "le dalaï lama, 73 ans,": an age in apposition
    "apposition_end": r"\s*(?:et\s+demi\s*)?[,.;)]",
    # "à 37 ans" is an age, "à trois ans d'intervalle" is not: these, then not a clause end
    "at_or_over": r"(?<![\w])(?:à|a|avant|moins de|plus de)\s*$",
    "clause_end": r"\s*(?:et\s+demi\s*)?(?:[,.;)]|$|\s+(?:et|il|elle|le|la|les|,))",
    # "plus de six ans en captivité" without "âgé": a duration
    "more_or_less": r"(?:moins|plus) de\s*$",
    "aged": r"âg",
    # "cette femme de 46 ans": the noun before "de"
    "noun_of": r"([\w'’-]+)\s+(?:de|d['’])\s*$",
}
# A source named after "selon": its article ("selon la préfecture") and the small words inside
# its name ("le ministère de la Défense"): regular expressions
SOURCE_ARTICLE = r"(?:l['’]|la |le |les |des |du |de la |de l['’])"
NAME_LINK = r"(?:de |d['’]|des |du |de la )"
# "36 000 à Toulouse, 23 000 à Lyon": a figure followed by these opens an item of a list
LIST_ITEM_AFTER = r"\s*(?:à|en|au|aux|dans|pour|chez)\s+\w"
# "à la", "dans les": the words before a place name
LOCATIVE_BEFORE = r"(?<![\w])(?:à|en|dans|au|aux|sur)\s+(?:la\s+|le\s+|les\s+|l['’])?$"
# Words before a number that make it a reference, not a figure: "paragraphe 4", "n° 12".
NOT_A_FIGURE_BEFORE = ("paragraphe", "article", "alinéa", "point", "n°", "numéro", "chapitre", "page", "p.",
                       "tome", "volume", "section", "annexe", "ligne", "route", "autoroute", "rue", "avenue",
                       "boulevard", "chemin", "place", "quai", "bus", "vol", "tram", "métro", "saison", "épisode",
                       "niveau", "version", "catégorie", "groupe", "lot", "bâtiment", "salle", "porte", "quartier",
                       "arrondissement", "canal", "chaîne", "modèle", "type", "classe")
# Units of time: a number counting these is a duration, not a figure.
TIME_UNITS = ("seconde", "secondes", "minute", "minutes", "heure", "heures", "jour", "jours", "journée", "journées",
              "semaine", "semaines", "mois", "an", "ans", "année", "années", "décennie", "décennies", "siècle", "siècles")

# --- a figure's scope (annotate/quantities.py): what kind of number, where, when, who gives it

# Words that join the two ends of an interval: "entre 600 000 et 800 000", "de 3 à 4 %", "3 ou 4 %".
RANGE_OPEN = ("entre", "de", "d'", "d’")
RANGE_JOIN = ("et", "à", "ou", "-", "–")
# The two ends of a period told by its years ("de 1985 à 1988"): the unit of each end's figure.
PERIOD_ENDS = ("début", "fin")
# A figure right after one of these is a part of the figure before it: "dont 80 000 à Paris".
# a half after a number of years: "deux ans et demi"
HALF = ("et demi", "et demie")
# what a share is of: "90 % des cas", "17 % de son capital"
SHARE_OF = ("des", "du", "de la", "de l'", "de l’", "d'", "d’", "de")
# What joins a number to the group it counts some of: "trois de ses traders", "deux des otages".
PARTITIVE = ("des", "de ses", "de leurs", "de ces", "de nos", "de vos", "de mes")
PART_OF = ("dont", "parmi lesquels", "parmi lesquelles", "parmi eux", "dont au moins", "dont plus de")
# Words in a figure's clause that make it a total: "au total", "en tout".
TOTAL = ("au total", "en tout", "au global", "au cumul", "cumulés", "cumulé")
# Lemmas of the verb that governs a figure and make it a forecast ("900 000 manifestants
# attendus", "la direction prévoit 300 départs") or an estimate ("estimé à 2 millions").
FORECAST_VERBS = ("attendre", "prévoir", "espérer", "tabler", "viser", "projeter", "escompter", "pronostiquer",
                  "anticiper", "annoncer pour")
ESTIMATE_VERBS = ("estimer", "évaluer", "chiffrer", "extrapoler")
# Nouns for who gives a figure, besides the institutions of SOURCE_KINDS and the roles of
# ROLE_HEADS: "les organisateurs revendiquent", "les syndicats comptent".
FIGURE_GIVERS = ("organisateur", "organisateurs", "syndicats", "intersyndicale", "autorités", "secours", "pompiers",
                 "policiers", "gendarmes", "enquêteurs", "manifestants", "militants", "opposition", "habitants",
                 "témoins", "médecins", "chercheurs", "experts", "analystes", "observateurs", "élus")
# Lemmas of a verb whose subject gives the figure: "la police a recensé 80 000 manifestants".
SOURCE_VERBS = ("recenser", "compter", "dénombrer", "revendiquer", "annoncer", "estimer", "évaluer", "chiffrer",
                "affirmer", "indiquer", "déclarer", "avancer", "communiquer", "faire état", "relever", "enregistrer",
                "signaler", "dire", "assurer", "selon")
# Words that introduce who gives a figure: "selon la CGT", "d'après le ministère", "de source policière".
SOURCE_BEFORE = ("selon", "d'après", "d’après", "de source", "de sources", "à en croire", "aux dires de")
# Ages: words before "N ans" that make it someone's age ("âgé de 46 ans", "dès 13 ans"),
# and nouns for a person that "de N ans" follows ("cette femme de 46 ans").
AGE_BEFORE = ("âgé de", "âgée de", "âgés de", "âgées de", "agé de", "agée de", "agés de", "âge de", "l'âge de",
              "l’âge de", "âgés d'au moins", "âgées d'au moins", "à", "dès", "à partir de", "avant", "moins de",
              "plus de")
PERSON_NOUNS = ("homme", "femme", "enfant", "garçon", "garçonnet", "fille", "fillette", "bébé", "adolescent",
                "adolescente", "jeune", "mère", "père", "fils", "retraité", "retraitée", "septuagénaire",
                "octogénaire", "quadragénaire", "quinquagénaire", "sexagénaire", "trentenaire", "quadra", "patient",
                "patiente", "victime", "conducteur", "conductrice", "ouvrier", "ouvrière", "salarié", "salariée",
                "militant", "militante", "étudiant", "étudiante", "lycéen", "lycéenne",
                "collégien", "collégienne", "élève", "agriculteur", "agricultrice", "enseignant", "enseignante",
                "policier", "policière", "gendarme", "soldat", "journaliste", "touriste", "habitant", "habitante",
                "ressortissant", "ressortissante", "suspect", "suspecte", "prévenu", "prévenue", "accusé", "accusée",
                "otage", "détenu", "détenue", "personne", "individu", "sportif", "sportive", "coureur", "joueur",
                "joueuse", "cycliste", "pilote", "veuve", "veuf", "cousin", "cousine",
                "frère", "sœur", "soeur", "époux", "épouse", "mari", "compagnon", "compagne", "ami", "amie",
                "dame", "monsieur", "mineur", "mineure")
# Time units of a duration, as TIMEX3 designators, and the words that say them.
DURATION_UNITS = {"an": "Y", "ans": "Y", "année": "Y", "années": "Y", "mois": "M", "semaine": "W", "semaines": "W",
                  "jour": "D", "jours": "D", "journée": "D", "journées": "D", "quinzaine": "D", "heure": "H",
                  "heures": "H", "demi-heure": "MIN", "minute": "MIN", "minutes": "MIN", "seconde": "S",
                  "secondes": "S", "décennie": "DE", "décennies": "DE", "siècle": "CE", "siècles": "CE"}
# Units that make a figure a sum of money or a measure rather than a count.
CURRENCIES = ("euro", "euros", "€", "dollar", "dollars", "$", "franc", "francs", "livre", "livres", "rouble",
              "roubles", "yuan", "yuans", "yen", "yens", "dinar", "dinars", "dirham", "dirhams", "fcfa", "cfa")
MEASURES = ("km", "kilomètre", "kilomètres", "mètre", "mètres", "m", "m²", "m2", "m³", "m3", "mètres carrés",
            "mètres cubes", "cm", "mm", "millimètre", "millimètres", "centimètre", "centimètres", "tonne", "tonnes",
            "kg", "kilo", "kilos", "kilogramme", "kilogrammes", "gramme", "grammes", "g", "litre", "litres", "l",
            "hectolitre", "hectolitres", "hectare", "hectares", "ha", "degré", "degrés", "°c", "°", "km/h", "mw",
            "gw", "kwh", "mégawatt", "mégawatts", "point", "points", "nœuds", "noeuds", "pieds", "miles")
# Round durations said loosely: "quinze jours" and "huit jours" are two weeks and one.
LOOSE_DURATIONS = ("quinze jours", "huit jours", "une quinzaine", "la quinzaine")

# Nouns after a number that make it an address: "12 rue de la Paix".
ADDRESS_AFTER = ("rue", "avenue", "boulevard", "bd", "chemin", "place", "quai", "allée", "impasse", "route")

# --- comparing figures across articles (compare/claims.py)

# Words that end the core of a counted noun phrase: "véhicules blindés | de transport de troupes".
UNIT_BREAKS = ("de", "d", "du", "des", "à", "au", "aux", "en", "pour", "par", "sur", "avec", "contre", "dans",
               "qui", "que", "dont", "selon", "et", "ou", "l", "la", "le", "les", "chez", "sous", "entre", "vers")

# Nouns that only count something else: "380 unités d'automobiles" counts automobiles.
CLASSIFIERS = ("unité", "unités", "exemplaire", "exemplaires", "pièce", "pièces", "sorte", "sortes", "type",
               "types", "lot", "lots", "nombre", "total")

# Words that name the same counted thing (each tuple is one class; the first word names it).
COUNT_SYNONYMS = (
    ("soldat", "militaire", "militaires", "troupe", "troupes", "casque bleu", "casques bleus",
     "combattant", "combattants", "effectif", "effectifs"),
    ("mort", "morts", "tué", "tués", "tuée", "tuées", "décès", "décédé", "décédés", "victime décédée",
     "personne tuée", "perdu la vie", "péri", "trouvé la mort"),
    ("blessé", "blessés", "blessée", "blessées"),
    ("incendié", "incendiés", "incendiée", "incendiées", "brûlé", "brûlés", "brûlée", "brûlées"),
    ("évacué", "évacués", "évacuée", "évacuées", "évacuation"),
    ("intoxiqué", "intoxiqués", "intoxiquée", "intoxiquées", "intoxication"),
    ("hospitalisé", "hospitalisés", "hospitalisée", "hospitalisées", "hospitalisation"),
    ("disparu", "disparus", "disparue", "disparues", "disparition", "porté disparu", "portés disparus",
     "portée disparue", "portées disparues"),
    ("licencié", "licenciés", "licenciée", "licenciées", "licenciement", "licenciements", "licencier"),
    ("supprimé", "supprimés", "supprimée", "supprimées", "suppression", "suppressions", "supprimer", "supprime",
     "suppriment", "supprimera", "supprimeront"),
    ("créé", "créés", "créée", "créées", "création", "créations", "créer", "crée", "créera", "créeront"),
    ("poste", "postes", "emploi", "emplois"),
    ("mobilisé", "mobilisés", "déployé", "déployés", "engagé", "engagés", "mobilisées", "déployées", "engagées"),
    ("interpellé", "interpellés", "interpellée", "interpellées", "arrêté", "arrêtés", "interpellation",
     "interpellations", "arrestation", "arrestations", "gardes à vue", "garde à vue"),
    ("véhicule", "véhicules", "voiture", "voitures"),
    ("maison", "maisons", "habitation", "habitations", "pavillon", "pavillons"),
    ("blindé", "blindés", "blindée", "blindées"),
    ("manifestant", "manifestants", "manifestante", "manifestantes", "participant", "participants"),
    ("policier", "policiers", "gendarme", "gendarmes", "forces de l'ordre", "agent", "agents"),
    ("pompier", "pompiers", "sapeur-pompier", "sapeurs-pompiers"),
    ("intervention", "interventions", "opération de secours", "opérations de secours", "sortie de secours",
     "sorties de secours"),
    ("habitant", "habitants", "résident", "résidents"),
    ("foyer", "foyers", "ménage", "ménages", "abonné", "abonnés", "logement", "logements"),
    ("euro", "euros", "€"),
    ("dollar", "dollars", "$"),
)

# Words in a counted phrase that make it count others than someone named: "14 autres otages".
OTHERS = ("autre", "autres")

# Nouns that head a counted phrase with what happened to the thing counted:
# "1 250 suppressions de postes" counts posts, cut ("supprimer 850 postes").
EVENT_HEADS = ("suppression", "suppressions", "création", "créations", "destruction", "destructions")

# Nouns that count people without saying which: what is counted is in the verb
# after them ("17 personnes ont été blessées" counts the injured).
PEOPLE = ("personne", "personnes", "gens", "individu", "individus", "victime", "victimes", "patient", "patients")

# Auxiliaries between a counted noun and the participle that says what happened to it.
AUXILIARIES = ("ont", "a", "avaient", "avait", "auraient", "aurait", "sont", "est", "étaient", "était", "seraient",
               "serait", "été", "se", "s", "ont été", "a été", "ont dû", "ont pu", "y", "en", "tous", "toutes",
               "être", "dû", "pu", "déjà", "aussi", "également", "finalement", "toujours", "encore",
               "désormais", "officiellement")

# Auxiliaries of the pluperfect: a figure told in it with a year ("En 2009, une
# contamination avait provoqué 1 200 cas") is a past event, not this story's.
# ("était" is also the imperfect of "être", which describes as much as it tells: left out)
PLUPERFECT = ("avait", "avaient")

# Participles that report the count, not what happened to what is counted:
# "23 blessés ont été recensés" counts the injured.
COUNTING_VERBS = ("recensé", "recensés", "recensée", "recensées", "compté", "comptés", "comptée", "comptées",
                  "dénombré", "dénombrés", "dénombrée", "dénombrées", "enregistré", "enregistrés", "enregistrée",
                  "enregistrées", "signalé", "signalés", "signalée", "signalées", "annoncé", "annoncés", "annoncée",
                  "annoncées", "estimé", "estimés", "estimée", "estimées", "chiffré", "chiffrés", "chiffrée",
                  "chiffrées", "relevé", "relevés", "relevée", "relevées", "déclaré", "déclarés", "déclarée",
                  "déclarées", "confirmé", "confirmés", "confirmée", "confirmées")

# Units that do not say what is counted ("20 %", "3 millions d'euros"): two such
# figures are the same claim only when their sentences say the same thing.
GENERIC_UNITS = ("%", "pour cent", "pourcent", "euro", "euros", "€", "dollar", "dollars", "$", "franc", "francs",
                 "livre", "livres", "rouble", "roubles", "km", "kilomètre", "kilomètres", "mètre", "mètres", "m",
                 "tonne", "tonnes", "kg", "kilo", "kilos", "litre", "litres", "an", "ans", "année", "années",
                 "mois", "jour", "jours", "heure", "heures", "minute", "minutes", "fois", "point", "points",
                 "degré", "degrés", "hectare", "hectares", "ha", "mille", "million", "millions", "milliard",
                 "milliards")

# --- quote groups (compare/quotes.py): words that turn a statement around
# A negation is a particle ("ne", "n'") with the word that completes it ("pas",
# "aucune", "jamais": one negation, not two), or one of NEGATIONS alone ("non").
# "sans" is left out: "sans la rapidité des secours, le bilan aurait été plus lourd"
# says the same as "le bilan aurait été plus grave si les secours …".
NEGATION_PARTICLES = ("ne", "n")
NEGATIONS = ("jamais", "aucun", "aucune", "rien", "nul", "nulle", "non", "ni", "guère")
# Words that make a statement a possibility or a doubt rather than a fact.
HEDGES = ("trop tôt pour", "pas exclu", "n'exclu", "n'excluons", "n'exclut", "peut-être", "pourrait", "pourraient",
          "probablement", "sans doute", "éventuellement", "il se peut", "il est possible", "envisage", "envisageons",
          "semble", "semblerait", "selon toute vraisemblance", "a priori", "apparemment")

# Month names, January first: the day a relative date stands for, written out in a summary.
MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre")

# ---- statements (reporting verbs, hedges) ----
# Lemmas of verbs of saying, thinking aloud and judging, as spaCy lemmatises them:
# a prior for the parse (annotate/quotes.py), which also takes any verb whose
# clausal complement holds the quote or the clause.
SAYING_LEMMAS = (
    "dire", "déclarer", "affirmer", "assurer", "estimer", "juger", "considérer", "souligner", "indiquer", "préciser",
    "ajouter", "expliquer", "annoncer", "confier", "rappeler", "regretter", "déplorer", "insister", "marteler",
    "abonder", "renchérir", "réjouir", "féliciter", "interroger", "demander", "avertir", "prévenir", "menacer",
    "qualifier", "parler", "évoquer", "promettre", "reconnaître", "admettre", "avouer", "nier", "démentir",
    "dénoncer", "critiquer", "fustiger", "condamner", "exiger", "réclamer", "souhaiter", "espérer", "craindre",
    "redouter", "répéter", "répondre", "réagir", "commenter", "noter", "relever", "observer", "constater", "écrire",
    "raconter", "témoigner", "résumer", "trancher", "révéler", "rapporter", "plaider", "proclamer", "protester",
    "ironiser", "saluer", "exclamer", "inquiéter", "indigner", "insurger", "lancer", "lâcher", "glisser", "souffler",
    "poursuivre", "conclure", "détailler", "argumenter", "certifier", "garantir", "jurer", "prédire", "annoncer",
    "confirmer", "informer", "signaler", "mettre en garde", "accuser", "reprocher", "appeler", "implorer", "supplier",
    "exhorter", "presser", "conseiller", "recommander", "suggérer", "proposer", "soutenir", "prétendre", "clamer",
    "s'exclamer", "s'interroger", "se demander", "s'inquiéter", "se réjouir", "se féliciter", "assener", "asséner",
    "tonner", "pester", "railler", "s'emporter", "confesser", "concéder", "convenir", "prôner", "défendre",
    "revendiquer", "réaffirmer", "réitérer", "rétorquer", "répliquer", "objecter", "préconiser", "mentionner",
    "citer", "stipuler", "préciser", "prévoir", "énoncer", "qualifier", "décrire", "dépeindre", "présenter",
    "voir", "penser", "croire",
)
# Words of a sentence's subject that are no speaker ("ce", "cela": the thing said).
NOT_SPEAKERS = ("ce", "cela", "ça", "c'", "ceci", "tout", "rien", "personne", "on",
                "et", "mais", "or", "puis", "donc", "ainsi", "alors", "enfin", "pourtant", "car")
# A condition is no part of what a statement asserts: "s'il n'y a pas de
# compromis" and "sans compromis" say the same; the clause after these words,
# to its comma, is left out when negations are counted (compare/quotes.py).
CONDITION_WORDS = ("si", "s'il", "s'ils", "s’il", "s’ils", "sans", "à moins", "faute de", "sauf si")
# Verbs whose reported clause is denied ("a nié avoir versé une rançon"): the
# verb is kept in the statement, and counts as its negation when versions are compared.
DENIAL_LEMMAS = ("nier", "démentir", "réfuter", "contester", "récuser")
DENIALS = ("nié", "niée", "nie", "nient", "nier", "niant", "démenti", "démentie", "dément", "démentent", "démentir",
           "démentant", "réfuté", "réfute", "réfutent", "contesté", "conteste", "contestent", "récusé", "récuse")

# Abbreviations whose stop ends no sentence ("M. Dupont", "J.-C.", "n°"): the sentence splitter's
# (recoupe.text.sentences); an initial ("A. Dupont") is told without a table.
ABBREVIATIONS = ("M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "av", "J.-C", "etc", "cf", "p",
                 "n°", "No", "art", "Cie", "Inc", "Ltd", "Jr", "Sr", "Gal", "Gén", "Col", "Lt", "Cdt", "Vol", "vol", "ch",
                 "éd", "ed")

# How a reporting verb comes after a quote ("», a-t-il déclaré", "», a prudemment indiqué le
# ministre", "», s'est-il félicité"): the auxiliaries before it, subject pronouns, the reflexive,
# "être", the ending of an adverb (the quote reader, recoupe.annotate.quotes).
QUOTE_AUXILIARIES = ("a", "ont", "avait", "avaient", "aurait", "auraient", "a-t-on", "avait-il", "avait-elle")
PAST_AUXILIARIES = ("a", "ont", "avait", "avaient")
SUBJECT_PRONOUNS = ("il", "elle", "ils", "elles", "on")
REFLEXIVE = ("s'", "se ", "s’")
QUOTE_BE = ("est", "sont")
ADVERB_ENDING = "ment"
ARTICLES_BEFORE_ROLE = ("le", "la", "l'", "l’", "un", "une")
# What may follow a speaker without being part of the speaker's name ("a déclaré M. X à la presse
# mercredi"), and what may come between the verb and the speaker ("a déclaré à la presse le
# porte-parole"): regular-expression alternations.
SPEECH_COMPLEMENTS = (r"à la presse|aux journalistes|à l'afp|à l'agence|à la radio|à la télévision|au micro|"
                      r"dans un communiqué|dans une déclaration|dans un entretien|dans une interview|lors d['e]|"
                      r"au cours d['e]|devant|sur\s|en marge d|à l'issue d|à son arrivée|à sa sortie|mercredi|lundi|"
                      r"mardi|jeudi|vendredi|samedi|dimanche|hier|ce matin|ce soir|aujourd'hui|vendredi|depuis|avant|"
                      r"après|pendant|mais|tandis|alors")
LEAD_COMPLEMENTS = (r"à la presse|aux journalistes|à l'afp|dans un communiqué|dans une déclaration|dans un entretien|"
                    r"hier|mercredi|lundi|mardi|jeudi|vendredi|samedi|dimanche|ce matin|ce soir|lors d['e][^,]*?|"
                    r"depuis\s+[A-ZÀ-Ý][\w-]*|(?:à|devant|sur)\s+[^,]*?")

# Who is cited (recoupe.annotate.cites): "selon" phrases that name no source ("pour" a person
# is an opinion, not a citation), "of" before the source ("des informations de"), the definite
# articles before a kind of source ("l'agence", "le quotidien"), "de presse" after "agence".
ACCORDING_TO_NOT_CITED = ("pour",)
OF = ("de", "du", "des", "d'")
DEFINITE = ("l'", "l’", "le ", "la ", "les ")
OF_PRESS = r"de presse"

# --- comparing figures (compare/claims.py)
# Past participles ("endommagées"): the endings that make a word one
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
# The words between a noun and the figure it is a measure or sum of ("des rafales mesurées à ",
# "une rançon de ", "atteignant "): a regular expression, after one or two words
MEASURE_OF = r"(?:de|d['’]|à|a|:|depuis|pendant|durant|[^\W\d_]+ant)\s*$"
# "l'intoxication de ": what joins an event noun to the figure
EVENT_OF = r"(?:de|d['’])"
# How the figures name a unit of time in the dossier ("3 ans", "durée (jours)"), by TIMEX3 letter
UNIT_NAMES = {"Y": "ans", "M": "mois", "W": "semaines", "D": "jours", "H": "heures", "MIN": "minutes",
              "S": "secondes", "DE": "décennies", "CE": "siècles"}
# The subject a claim of a kind without a noun is shown under ("âge (Kerviel)", "durée (ans)")
SUBJECT_NAMES = {"age": "âge", "duration": "durée", "period": "période", "clock": "heure"}
# "1er", "35e", "2nde": what after a number makes it an ordinal (a regular expression)
ORDINAL_AFTER = r"(?:er|e|ème|è|re|nd|nde)\b"
# "BNP Paribas : 2,55 milliards, et Société générale ...": what separates the items of a list of figures
ITEM_JOINS = ("et", "puis", "contre")
