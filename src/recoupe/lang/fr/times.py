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
    "matins": "TMO", "soirs": "TEV", "nuits": "TNI", "week-ends": "P1WE", "semestres": "P6M", "trimestres": "P3M",
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

# "prochain", "suivant": a weekday so qualified is not one the text tells as past
NEXT_OR_FOLLOWING = ("prochain", "prochaine", "suivant", "suivante")
# "aujourd'hui", which an article dates by its own day
TODAY = ("aujourd'hui",)
# The small words of a place name in a dateline ("Saint-Denis-de-la-Réunion", "Aix en Provence")
DATELINE_PARTICLES = ("de", "du", "des", "sur", "en", "la", "les", "le")
# The articles between a preposition and a date ("avant le 3 mars", "d'ici la fin"); the first is
# the one a dateline may put before its day ("Libreville, le 19 janvier")
OF_ARTICLES = ("le", "du", "la")
# "de" and its forms: "la veille de son départ" counts from an event, not from the day named
OF = ("de", "du", "des", "d'")


# ---------------------------------------------------------------- the tagger's rules
# Each rule is a row (recoupe.lang.TimeRule): its name, its pattern, its priority when two
# expressions of the same extent overlap, the guard that accepts or rejects a match (named in
# recoupe.annotate.times.rules) and the resolver that gives its value (named in
# recoupe.annotate.times.resolver; by default the rule's name). A pattern is a regular
# expression, matched case-insensitively between word bounds, in which {NAME} stands for a
# fragment built from the words above (recoupe.annotate.times.patterns: MONTH, WD, DAY, ...).
# What a paragraph must contain for a rule to be tried is derived from its pattern.

from .. import TimeRule  # noqa: E402

# The language's code for text2num, which reads written-out numbers
LANG = "fr"
# "1er", "premier": the first day of a month
FIRST = ("1er", "premier")
# The months' short forms, written with a full stop ("janv.", "sept.")
MONTH_ABBREVIATIONS = ("janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "dec")
WEEKDAY_PLURALS = {w + "s": n for w, n in WEEKDAYS.items()}
# The word between two number words ("vingt et un")
NUMBER_JOIN = "et"
# Parts of the day after a day ("mardi soir", "hier dans la soirée")
PART_PHRASES = ("matin", "soir", "après-midi", "midi", "dans la soirée", "dans la nuit", "dans la matinée",
                "dans l'après-midi", "en fin de journée", "en fin de matinée", "en fin d'après-midi",
                "en début de soirée", "en début d'après-midi", "en soirée", "en matinée", "au soir", "au matin")
NOON = {"midi": "12:00", "minuit": "24:00"}
# "ce", "cet", "cette": the determiners of this day, week, month
DEMONSTRATIVES = ("ce", "cet", "cette")
# "le mercredi": every Wednesday
HABITUAL = ("le",)

RULES = (
    TimeRule("iso", r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])", 3),
    TimeRule("numeric", r"(?P<d>0?[1-9]|[12]\d|3[01])[/.](?P<m>0?[1-9]|1[0-2])[/.](?P<y>(?:19|20)\d\d)", 3,
             resolve="iso"),
    TimeRule("range", r"(?:(?P<pre>les)\s+|(?:du|entre le|entre les)\s+)?(?P<d1>{DAY})(?:\s*,\s*{DAY})*\s+"
                      r"(?:et|ou|au|à|-)\s+(?P<d2>{DAY})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?"
                      r"(?:\s+(?P<rel>{LAST}|{NEXT}))?", 2, guard="range"),
    TimeRule("date", r"(?:(?P<det>le|ce|cette)\s+)?(?:(?P<wd>{WD})\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH})"
                     r"(?:\s+(?P<y>{YEAR}|'\d\d|{Y2}))?(?:\s+(?P<rel>{LAST}|{NEXT}))?(?:\s+(?P<part>{PART}))?", 2),
    TimeRule("weekday", r"(?:(?P<det>ce|cette|le)\s+)?(?:(?P<meme>même)\s+)?(?P<wd>{WD})(?:\s+(?P<rel>{REL}))?"
                        r"(?:\s+(?P<part>{PART}))?", 1),
    TimeRule("weekday_set", r"(?:(?:tous|toutes) les|chaque)\s+(?P<wds>{WD_PLURAL}|{WD})", 2),
    TimeRule("deictic", r"(?P<w>{DEICTIC})(?:\s+(?P<part>{PART}))?(?:\s+(?P<wd>{WD}))?"
                        r"(?:,?\s+à\s+(?P<h>[01]?\d|2[0-3])\s*h\s*(?P<mi>[0-5]\d)?)?", 2),
    TimeRule("anaphoric", r"(?P<w>{ANAPHORIC})(?:\s+(?P<part>{PART}))?", 2),
    TimeRule("partday", r"(?P<det>ce|cet|cette|dans la|dans l'|en|au cours de la|au cours de l'|pendant la|"
                        r"durant la|tard dans la|la|le|à la|vers la)\s*"
                        r"(?P<p>matin|matinée|après-midi|soir|soirée|nuit|mi-journée)(?:\s+(?P<meme>même))?", 1,
             guard="partday"),
    TimeRule("night_of_date", r"(?:dans\s+|à\s+)?la nuit du (?P<d>{DAY}) (?:au|à) {DAY} (?P<m>{MONTH})"
                              r"(?:\s+(?P<y>{YEAR}))?", 3),
    TimeRule("that_part", r"(?P<det>ce|cette)\s+(?P<p>matin|matinée|après-midi|soir|soirée|nuit|jour|semaine|année)-là",
             2),
    TimeRule("holiday", r"(?:(?P<night>{NIGHT_OF})\s+)?(?P<h>{HOLIDAY})(?:\s+(?P<y>{YEAR}))?"
                        r"(?:\s+(?P<rel>{LAST}|{NEXT}))?", 2, guard="word_ends"),
    TimeRule("night_of", r"(?:dans\s+)?la nuit (?:de|du) (?P<wd>{WD})(?:\s+(?P<rel>{LAST}|{NEXT}))? (?:à|au) "
                         r"(?P<wd2>{WD})", 3),
    TimeRule("weekday_day", r"(?:(?P<det>le|ce)\s+)?(?P<wd>{WD})\s+(?P<d>{DAY})(?!\s*(?:{MONTH}|[\d/.:]))", 1,
             guard="no_word_after"),
    TimeRule("period_part", r"(?:(?P<pre>en|au|à la|le|la|dès le|d'ici la|d'ici le|jusqu'à la|jusqu'au)\s+)?"
                            r"(?P<part>début|fin|milieu)\s+(?P<u>{PERIOD})(?:\s+(?P<rel>{LAST}|{NEXT}|en cours))?", 2),
    TimeRule("century", r"(?:(?P<pre>au|du|le|au cours du|depuis le|dès le)\s+)?(?P<c>[XVI]+|\d{1,2})(?:e|ème|è)\s+siècle",
             2),
    TimeRule("month", r"(?:(?P<pre>début|fin|mi-|mi|courant|au début du mois de|au mois de|le mois de|mois de|"
                      r"à la fin du mois de|fin du mois de|début du mois de|la rentrée de)\s*)?"
                      r"(?P<m>{BARE_MONTH})(?:\s+(?P<y>{YEAR}|'\d\d|{Y2}))?(?:\s+(?P<rel>{LAST}|{NEXT}))?", 1,
             guard="month"),
    TimeRule("year", r"(?:(?P<pre>l'année|l'an|année|fin|début|mi-|courant)\s*)?(?P<y>{YEAR})", 0, guard="year"),
    TimeRule("decade", r"(?:(?P<pre>(?:la\s+)?(?:fin|début|milieu)\s+des|les|des|aux|dans les)\s+)?années\s+"
                       r"(?P<c>19|20)?(?P<dd>[1-9]0|00)", 2),
    TimeRule("season", r"(?:(?P<pre>à l'|l'|en|cet|cette|au|du|de l'|pendant l'|durant l'|les mois d'|le mois d'|"
                       r"la fin de l'|le début de l'|la fin du|le début du|à la fin de l'|au début de l'|"
                       r"à la fin du|au début du)\s*)?(?P<s>{SEASON})(?:\s+(?P<y>{YEAR}))?"
                       r"(?:\s+(?P<rel>{LAST}|{NEXT}))?", 1, guard="season"),
    TimeRule("quarter", r"(?:(?P<det>le|au|du|ce|cette)\s+)?(?P<n>{ORDINAL})\s+(?P<u>trimestre|semestre)"
                        r"(?:\s+(?P<y>{YEAR}))?", 2),
    TimeRule("relunit", r"(?P<det>cette|ce|cet|la|le|l')\s*(?P<u>semaine|mois|année|an|week-end|weekend|trimestre|"
                        r"semestre|décennie|siècle)(?:-ci|-là)?(?:\s+(?P<rel>{REL}|en cours))?", 1, guard="relunit"),
    TimeRule("ref", r"(?P<ref>{REF})", 0),
    TimeRule("time", r"(?:(?P<pre>à|vers|dès|jusqu'à|avant|après|de|entre|et)\s+)?(?:(?P<h>[01]?\d|2[0-4])\s*"
                     r"(?:h|(?P<unitword>heures?))(?:\s*(?P<mi>[0-5]\d))?(?:\s*min)?|"
                     r"(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])|(?<![\w-])(?P<noon>{NOON}))", 1, guard="time"),
    TimeRule("duration", r"(?:(?P<mod>{MODS})\s+)?(?:(?P<n>{NUM}|{NUMW})|(?P<vague>{VAGUE})|"
                         r"(?:une?\s+)?(?P<round>{ROUND})\s+d[e'])\s*(?P<u>{UNIT})(?:\s+et\s+(?:(?P<half>demie?)|"
                         r"(?P<n2>{NUM}|{NUMW})\s+(?P<u2>minutes?|secondes?|jours?|mois)))?", 2, guard="duration"),
    TimeRule("duration_special", r"(?:(?P<mod>près d'|environ|plus d'|moins d')\s*)?(?P<sp>{DURATION_PHRASE})", 2),
    TimeRule("set", r"(?:chaque|tous les|toutes les)\s+(?P<u>jours?|semaines?|mois|ans|années?|heures?|matins?|"
                    r"soirs?|nuits?|week-ends?)|(?<=\s)par\s+(?P<u2>jour|semaine|mois|an|année|semestre|trimestre|"
                    r"heure)|(?P<whole>{WHOLE_PERIOD})", 1),
    TimeRule("set_adj", r"(?P<adj>{SET_ADJECTIVE})", 0),
    TimeRule("set_daily", r"(?P<adj>quotidien|quotidienne)", 0, guard="not_a_newspaper", resolve="set_adj"),
    TimeRule("duration_word", r"(?P<word>{DURATION_WORD})", 0, guard="duration_word"),
    TimeRule("night", r"(?P<adj>nocturnes?)", 0),
)

# "quotidien" is also a newspaper: the set adjectives the general rule leaves to that one
DAILY = ("quotidien", "quotidienne", "quotidiens", "quotidiennes")
# "la nuit de Noël", "le soir du réveillon": the part of the day they name
NIGHT_OF = {"la nuit de": "NI", "le soir de": "EV", "le réveillon de": "EV"}
# "fin de l'année", "début du mois": the unit a part of a period is of
PERIODS = {"de l'année": "Y", "de l'an": "Y", "du mois": "M", "de la semaine": "W", "de semaine": "W",
           "de mois": "M", "d'année": "Y"}
# "ce jour-là", "cette semaine-là": the unit of the time the text was speaking of
THAT_UNITS = {"jour": "D", "semaine": "W", "année": "Y"}
DURATION_PHRASES = {"un quart de siècle": "P25Y", "un demi-siècle": "P50Y", "une demi-heure": "PT30M",
                    "une demi-journée": "PT12H", "un quart d'heure": "PT15M", "trois quarts d'heure": "PT45M"}
WHOLE_PERIODS = {"toute l'année": "P1Y", "tout au long de l'année": "P1Y", "toute la semaine": "P1W"}
# A bare noun that is a duration ("un quinquennat"); the first two even after a determiner
DURATION_WORDS = {"quinquennat": "P5Y", "septennat": "P7Y", "décennie": "P10Y", "semestre": "P6M", "trimestre": "P3M"}
DURATION_WORDS_ALWAYS = ("quinquennat", "septennat")
# ... the others, after these, are a period counted ("ce trimestre", "le premier semestre")
COUNTED_BEFORE = (r"(?:\b(?:ce|cette|le|la|du|au|premier|second|deuxième|dernier|troisième|quatrième)\s+|\d\s+)$")

# Guards' words.
# Words before a bare month or year that make it a date ("en avril", "depuis 1998").
DATE_PREPS = ("en", "depuis", "dès", "de", "d'", "jusqu'en", "jusqu'à", "jusqu'au", "avant", "après", "pour",
              "entre", "et", "ou", "vers", "à partir de", "d'ici", "d'ici à", "courant", "pendant", "durant",
              "au cours de", "fin", "début", "mi", "saison", "l'été", "l'hiver", "l'automne", "le printemps", "année",
              "an", "l'an", "l'année", "exercice", "budget", "cuvée", "promotion", "campagne", "rentrée", "rentrée de")
# A year-like number after these is a figure ("près de 2000 hommes")
ABOUT_BEFORE = r"(?:près|plus|moins|autour|environ|quelque)\s+(?:de\s+|d')?$"
# ... and after these a year for sure ("en 2000", "depuis 1998")
YEAR_PREPS = r"\b(?:en|depuis|dès|jusqu'en|avant|après|vers|d'ici)\s+$"
# What follows a count, not a year ("1960 militaires", "2000 euros")
COUNTED_AFTER = r"^\s*(?:%|€|\$|euros?|dollars?|francs?|[a-zàâçéèêëîïôûùüÿñæœ]{2,})"
# ... unless it is one of these small words ("en 2000 et", "2000 pour")
YEAR_FOLLOWERS = (r"^\s*(?:et|à|au|ou|-|/|,|\.|;|:|\)|»|\"|$|par|pour|avec|contre|lors|dans|le|la|les|"
                  r"un|une|des|qui|que|où|il|elle|ils|elles|on|ce|cette|sur|sous|en)\b")
# "a été": the season "été" is also the participle; "Été comme hiver" is the season
SEASON_PARTICIPLES = ("été", "ete")
SEASON_PAIRED = r"\s+comme\b"
# "Jeux d'hiver", "heure d'été": a kind, not a time
KIND_OF = r"d'$"
# The words before a season that are not part of the expression
SEASON_LEADS = ("en", "au", "du", "pendant l'", "durant l'")
# ... and those that make it this year's season, or, when the text has moved, the narrative's
SEASON_THIS = ("cet", "cette", "l'", "à l'", "au", "pendant l'", "durant l'", "de l'", "du")
SEASON_ANY_YEAR = ("en", "d'", "les mois d'", "le mois d'")
# "le matin", "la nuit": a part of the day only after these, or with "même", or a feminine noun
PARTDAY_WEAK = ("le", "la", "en")
PARTDAY_FEMININE = ("nuit", "soirée", "matinée", "mi-journée")
PARTDAY_FEMININE_DETS = ("la", "en", "à la", "vers la")
# "l'un des deux jours", "2 3 jours": not a count of days
NOT_A_COUNT_BEFORE = r"(?:l'|\d\s?)$"
# Before "de N ans": an age ("un chauffeur de 38 ans", "Alain Parmentier, 53 ans"), which TimeBank
# does not annotate as a duration (a capital is a name, "un Marseillais de 30 ans", whatever re.I says)
AGE_BEFORE = (rf"(?:[aâ]gée?s?\s+(?:de\s+|d')|(?:un|une|le|la)\s+(?-i:[A-ZÀ-Ý])[\w'’-]+\s+(?:de\s+|d')|"
              rf"(?:{'|'.join(sorted(PERSON_NOUNS, key=len, reverse=True))})s?\s+(?:de\s+|d')|"
              r"(?:d'une?|les|des)\s+(?:moins|plus)\s+de\s+|(?-i:[A-ZÀ-Ý])[\w'’-]+,\s+|d'une?\s+)$")
AGE_AFTER = r"\s*,\s*demeurant"
# "les plus de 65 ans": an age group
AGE_GROUP_MODS = ("moins de", "plus de")
AGE_GROUP_BEFORE = r"\b(?:les|des|aux)\s+$"
# "en dehors des heures scolaires": "des" before these is not a vague count
PARTITIVE = "des"
PARTITIVE_UNITS = ("heures", "minutes", "secondes", "jours")
# "le quotidien Le Monde", "la presse quotidienne": newspapers
NEWSPAPER_BEFORE = r"\b(?:le|la|un|une|du|au|aux|des|ce|son|sa|leur|notre|votre|presse|grand|petit|principal)\s+$"

# Resolvers' words.
# "depuis juillet 2012": the start of something still going on; the text has not moved there
OPENS_A_STATE = r"(?:depuis|dès|à partir d[e'])\s*(?:le\s+)?$"
# "entre janvier et mars 2015": a year the months share
SHARED_YEAR = r"\s+(?:et|à|au|-)\s+(?:{BARE_MONTH})\s+(?P<y>{YEAR})"
# "après 44 jours", "trois jours plus tard": the narrative moves on
LATER_BEFORE = r"(?:après|au bout d'|au bout de)\s*(?:\w+\s+)?$"
LATER_AFTER = r"\s*(?:plus tard|après)\b"
