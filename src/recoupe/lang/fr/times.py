"""French vocabulary of the temporal tagger.

Everything language-specific is here; ``tagger.py`` builds its patterns from
this table, so another language is added with a table of the same shape.
"""

MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9,
    "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}

WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}

SEASONS = {"printemps": "SP", "été": "SU", "ete": "SU", "automne": "FA", "hiver": "WI"}

# Parts of the day, as TIMEX3 codes.
PARTS = {
    "mi-journée": "MI_PART", "matin": "MO", "matinée": "MO", "midi": "MI", "après-midi": "AF", "soir": "EV", "soirée": "EV",
    "nuit": "NI", "journée": "DT", "fin de journée": "EV", "début de soirée": "EV", "fin de soirée": "EV",
    "fin de matinée": "MO", "début de matinée": "MO", "début d'après-midi": "AF", "fin d'après-midi": "AF",
}

# Duration units: TIMEX3 letter and how many of it one unit is.
UNITS = {
    "seconde": ("S", 1), "secondes": ("S", 1), "minute": ("TM", 1), "minutes": ("TM", 1),
    "heure": ("H", 1), "heures": ("H", 1), "jour": ("D", 1), "jours": ("D", 1), "journée": ("D", 1),
    "journées": ("D", 1), "nuit": ("D", 1), "nuits": ("D", 1), "semaine": ("W", 1), "semaines": ("W", 1),
    "mois": ("M", 1), "an": ("Y", 1), "ans": ("Y", 1), "année": ("Y", 1), "années": ("Y", 1),
    "décennie": ("Y", 10), "décennies": ("Y", 10), "siècle": ("Y", 100), "siècles": ("Y", 100),
    "trimestre": ("M", 3), "trimestres": ("M", 3), "semestre": ("M", 6), "semestres": ("M", 6),
    "quinquennat": ("Y", 5), "quinquennats": ("Y", 5), "septennat": ("Y", 7), "septennats": ("Y", 7),
    "mandat": None,  # no fixed length
}

# Written-out numbers (converted by text2num): the reading table's, kept once.
from . import reading  # noqa: E402

NUMBER_WORDS = reading.NUMBER_WORDS

# Vague quantities: a duration of an unknown number of units (PXD, PXY...).
VAGUE = ("quelques", "plusieurs", "des", "de nombreuses", "de nombreux", "de longues", "de longs",
         "ces derniers", "ces dernières", "les derniers", "les dernières", "de longs", "maintes",
         "les prochains", "les prochaines", "ces prochains", "ces prochaines")

# "une dizaine de jours": roughly that many.
ROUND = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
         "cinquantaine": 50, "soixantaine": 60, "centaine": 100}

# Modifiers kept in the extent of a duration ("près de trois décennies").
DURATION_MODS = ("près de", "environ", "plus de", "moins de", "au moins", "presque", "pas moins de",
                 "quelque", "un peu plus de", "un peu moins de", "à peine", "pendant", "durant")

# Deictic days relative to the publication date.
DEICTIC_DAYS = {"aujourd'hui": 0, "hier": -1, "avant-hier": -2, "demain": 1, "après-demain": 2}

# Days relative to the last date the text mentioned.
ANAPHORIC_DAYS = {
    "la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2, "le même jour": 0,
    "ce jour-là": 0, "le jour même": 0, "ce même jour": 0, "le jour suivant": 1, "le jour précédent": -1,
}

PRESENT = ("maintenant", "actuellement", "désormais", "à présent", "de nos jours", "à l'heure actuelle",
           "en ce moment", "aujourd'hui encore", "actuel", "actuelle", "actuels", "actuelles")
PAST = ("autrefois", "jadis", "auparavant", "naguère", "par le passé", "dans le passé", "à l'époque",
        "nouvellement", "récemment")
FUTURE = ("bientôt", "prochainement", "dorénavant", "dans le futur", "prochaines", "prochains")

# "dernier"/"prochain" and their agreements.
LAST = ("dernier", "dernière", "derniers", "dernières", "passé", "passée", "écoulé", "écoulée")
NEXT = ("prochain", "prochaine", "prochains", "prochaines", "à venir")
FOLLOWING = ("suivant", "suivante", "d'après")
PRECEDING = ("précédent", "précédente", "d'avant")

# Units that "cette/la ... dernière" can count back on.
CALENDAR_UNITS = {"semaine": "W", "mois": "M", "année": "Y", "an": "Y", "week-end": "WE", "weekend": "WE",
                  "trimestre": "Q", "semestre": "H", "saison": "S", "décennie": "DE", "siècle": "CE"}

SETS = {
    "jour": "P1D", "jours": "P1D", "semaine": "P1W", "semaines": "P1W", "mois": "P1M", "an": "P1Y", "ans": "P1Y",
    "année": "P1Y", "années": "P1Y", "trimestre": "P3M", "semestre": "P6M", "heure": "PT1H", "heures": "PT1H",
    "matin": "TMO", "soir": "TEV", "nuit": "TNI", "week-end": "P1WE",
}
SET_ADJECTIVES = {"annuel": "P1Y", "annuelle": "P1Y", "annuels": "P1Y", "annuelles": "P1Y",
                  "hebdomadaire": "P1W", "hebdomadaires": "P1W", "mensuel": "P1M", "mensuelle": "P1M",
                  "mensuels": "P1M", "mensuelles": "P1M", "quotidien": "P1D", "quotidienne": "P1D",
                  "quotidiens": "P1D", "quotidiennes": "P1D", "trimestriel": "P3M", "trimestrielle": "P3M"}

ORDINALS = {"premier": 1, "1er": 1, "première": 1, "1re": 1, "deuxième": 2, "second": 2, "seconde": 2, "2e": 2,
            "troisième": 3, "3e": 3, "quatrième": 4, "4e": 4, "dernier": -1}

# Words that put a clause in the future, to read a bare weekday as the next one.
# Words just before a weekday that settle its direction: "depuis lundi" is past,
# "avant samedi", "jusqu'à dimanche" are to come.
PAST_PREPS = ("depuis", "dès", "depuis ce", "depuis le")
FUTURE_PREPS = ("avant", "jusqu'à", "jusqu'au", "à partir de", "d'ici", "d'ici à", "pas avant", "au plus tard")

# Holidays: fixed (month, day), or days after Easter.
HOLIDAYS = {
    "noël": (12, 25), "la saint-sylvestre": (12, 31), "saint-sylvestre": (12, 31), "le nouvel an": (1, 1),
    "nouvel an": (1, 1), "le jour de l'an": (1, 1), "jour de l'an": (1, 1), "la toussaint": (11, 1),
    "toussaint": (11, 1), "la saint-valentin": (2, 14), "saint-valentin": (2, 14), "halloween": (10, 31),
    "l'épiphanie": (1, 6), "la chandeleur": (2, 2), "l'assomption": (8, 15), "la fête du travail": (5, 1),
    "la fête nationale": (7, 14), "la saint-jean": (6, 24), "le réveillon": (12, 24), "la fête de la musique": (6, 21),
    "pâques": 0, "le lundi de pâques": 1, "lundi de pâques": 1, "l'ascension": 39, "la pentecôte": 49,
    "le lundi de pentecôte": 50, "mardi gras": -47, "le mercredi des cendres": -46, "le vendredi saint": -2,
}

# The future tense and the near future ("sera", "décidera", "va signer"): what is to come
# when the text is written.
_FUTURE_TENSE = (r"\b\w{2,}(?:era|eront|ira|iront|endra|endront|iendra|iendront|oira|oiront)\b|"
                 r"\b(?:sera|seront|aura|auront|fera|feront|ira|iront|pourra|pourront|devra|devront|verra|verront|"
                 r"faudra|vaudra|saura|sauront)\b|\bva\s+\w+er\b|\bvont\s+\w+er\b")
# ... and "s'apprête à": the days a sentence so worded names are after the day it was written
# (a plan, "prévu le 1er décembre", may have been cancelled since: no such bound).
FUTURE_TENSE = _FUTURE_TENSE + r"|\bs'apprêt\w*\s+à\b"
# Anything said of what is to come, plans included.
FUTURE_CUES = (_FUTURE_TENSE + r"|\bprochaine?s?\b|\bprévue?s?\b|"
               r"\bà venir\b|\bprévoi\w*\b|\bdoit\b|\bdoivent\b|\bdevrait\b|\bdevraient\b|\bprogrammée?s?\b|\battendue?s?\b|\bespère\b|\bespèrent\b")

# Passé composé and past tenses: "ont manifesté", "s'est réuni", "avait annoncé".
# ("est ouvert", "est prévu" are states, not past events: only avoir counts.)
PAST_CUES = (r"\b(?:a|ont|avait|avaient|eut|eurent)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|ie|is|"
             r"ies|u|ue|us|ues|t|te|ts|tes)\b|\b\w+(?:ait|aient)\b|\bs'(?:est|sont)\s+\w+")

# Nouns of people before "de N ans": an age, which TimeBank does not annotate as a duration.
PERSON_NOUNS = ("homme", "femme", "fille", "fillette", "garçon", "garçonnet", "enfant", "bébé", "adolescent",
                "adolescente", "jeune", "retraité", "retraitée", "chauffeur", "conducteur", "conductrice", "victime",
                "mère", "père", "patient", "patiente", "détenu", "détenue", "suspect", "suspecte", "prévenu",
                "prévenue", "joueur", "joueuse", "élève", "étudiant", "étudiante", "motard", "piéton", "piétonne",
                "cycliste", "ouvrier", "ouvrière", "agriculteur", "agricultrice", "militaire", "soldat", "policier",
                "policière", "gendarme", "habitant", "habitante", "résident", "résidente", "individu", "personne",
                "quadragénaire", "quinquagénaire", "octogénaire", "nonagénaire", "trentenaire", "sexagénaire")

# A date that bounds a span, not one when something happened ("depuis le 3 mars", "d'ici 2030"):
# a regular expression for the words just before it (the timeline, recoupe.group.timeline).
BOUNDS = r"(?:depuis|jusqu'(?:en|à|au)|d'ici(?: à| la| le)?|avant|après|dès)\s*(?:le\s+|la\s+|l'|les\s+)?"
# "hier" and "avant-hier", which an article without its day cannot date: a regular expression.
YESTERDAY = r"(?:avant-)?hier"
# "ce mercredi", "cette …": the determiners of a weekday of this week; the days it tells by
THIS = ("ce", "cette")
TODAY_OR_BEFORE = ("hier", "aujourd'hui")

# "aujourd'hui", which an article dates by its own day
TODAY = ("aujourd'hui",)
# The small words of a place name in a dateline ("Saint-Denis-de-la-Réunion", "Aix en Provence")
DATELINE_PARTICLES = ("de", "du", "des", "sur", "en", "la", "les", "le")
# The articles between a preposition and a date ("avant le 3 mars", "d'ici la fin"); the first is
# the one a dateline may put before its day ("Libreville, le 19 janvier")
OF_ARTICLES = ("le", "du", "la")
# "de" and its forms: "la veille de son départ" counts from an event, not from the day named
OF = ("de", "du", "des", "d'")
