"""A French temporal tagger: TIMEX3 expressions with resolved values.

Written by hand, in pure Python, because the reference French tagger
(HeidelTime) needs Java and TreeTagger and dateparser parses a given string
but does not find expressions in running text. The tagger works in two
passes over each paragraph:

1. *find*: every rule (a regular expression built from the language table,
   ``fr.py``) proposes spans; overlaps are settled leftmost-longest.
2. *resolve*: spans are resolved in reading order against two anchors: the
   document's creation date (the publication date) for deictic words
   ("hier", "ce mercredi"), and the *narrative time* for expressions whose
   meaning depends on where the text has moved ("le 10 novembre dernier"
   after "le 27 septembre 2020 ... après 44 jours"): the last explicit date of
   the paragraph, moved on by "après N jours" / "N jours plus tard".
   "La veille", "le même jour" and clock times hang on the last day the text
   named.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from text_to_num import text2num

from ...lang import alternation
from ...lang.fr import times as fr

_APOS = str.maketrans({"’": "'", "‘": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "–": "-", "—": "-"})


_alt = alternation


# ------------------------------------------------------------------ patterns

_FULL_MONTHS = [m for m in fr.MONTHS if len(m) > 4 or m in ("mai", "juin", "août", "aout", "mars")]
_ABBR_MONTHS = [m for m in fr.MONTHS if m not in _FULL_MONTHS]
MONTH = rf"(?:{_alt(_FULL_MONTHS)}|(?:{_alt(_ABBR_MONTHS)})\.)"
BARE_MONTH = _alt(_FULL_MONTHS)
WD = _alt(fr.WEEKDAYS)
WD_PLURAL = _alt([w + "s" for w in fr.WEEKDAYS])
NUMW_ATOM = _alt(fr.NUMBER_WORDS)
NUMW = rf"(?:(?:{NUMW_ATOM})(?:(?:-|\s)(?:et(?:-|\s))?(?:{NUMW_ATOM}))*)"
NUM = r"\d+(?:[.,]\d+)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAY = r"(?:1er|premier|3[01]|[12]\d|0?[1-9])"
LAST = _alt(fr.LAST)
NEXT = _alt(fr.NEXT)
FOLLOWING = _alt(fr.FOLLOWING)
PRECEDING = _alt(fr.PRECEDING)
REL = rf"(?:{LAST}|{NEXT}|{FOLLOWING}|{PRECEDING})"
PART = (r"(?:matin|soir|après-midi|midi|dans la soirée|dans la nuit|dans la matinée|dans l'après-midi|"
        r"en fin de journée|en fin de matinée|en fin d'après-midi|en début de soirée|en début d'après-midi|"
        r"en soirée|en matinée|au soir|au matin)")
UNIT = _alt([u for u, v in fr.UNITS.items() if v])
VAGUE = _alt(fr.VAGUE)
ROUND = _alt(fr.ROUND)
MODS = _alt(fr.DURATION_MODS)
Y2 = r"\d\d(?=\s*[,.;:)]|\s*$)"
START = r"(?<![\w-])"
STOP = r"(?![\w])"

# Words before a bare month or year that make it a date ("en avril", "depuis 1998").
DATE_PREPS = re.compile(r"(?:\b(?:en|depuis|dès|de|d'|jusqu'en|jusqu'à|jusqu'au|avant|après|pour|entre|et|ou|vers|"
                        r"à partir de|d'ici|d'ici à|courant|pendant|durant|au cours de|fin|début|mi|saison|"
                        r"l'été|l'hiver|l'automne|le printemps|année|an|l'an|l'année|exercice|budget|cuvée|"
                        r"promotion|campagne|rentrée|rentrée de)\s*|[(,/-]\s*)$", re.I)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    rule: str
    groups: dict
    priority: int = 0


@dataclass
class Context:
    """What relative expressions are resolved against, while reading."""

    dct: dt.date | None
    narrative: dt.date | None = None     # a date the paragraph moved to (reset every paragraph)
    narrative_grain: str = "day"
    last_day: dt.date | None = None      # the last day the text named (for "la veille", clock times)

    @property
    def base(self) -> dt.date | None:
        return self.narrative or self.dct


@dataclass
class Found:
    start: int
    end: int
    type: str
    value: str | None
    anchor: str = "none"


@dataclass
class Rule:
    name: str
    pattern: re.Pattern
    accept: Callable[[re.Match, str], list[tuple[int, int, dict]] | None] | None = None
    priority: int = 0
    # Lower-case substrings one of which every match contains ("digit" stands for
    # any digit): a paragraph with none of them is not scanned. Keeps the tagger
    # fast, since most rules' words are absent from most paragraphs.
    keys: tuple[str, ...] = ()


def _g(m: re.Match) -> dict:
    return {k: v for k, v in m.groupdict().items() if v is not None}


def _whole(m: re.Match, text: str):
    return [(m.start(), m.end(), _g(m))]


def _from(m: re.Match, group: str) -> int:
    return m.start(group) if m.group(group) is not None else m.start()


def _compile(body: str) -> re.Pattern:
    return re.compile(START + body + STOP, re.I)


def _accept_date(m, text):
    start = _from(m, "det") if m.group("det") and m.group("det").lower() in ("le", "ce", "cette") else \
        (m.start("wd") if m.group("wd") else m.start("d"))
    return [(start, m.end(), _g(m))]


def _accept_range(m, text):
    """"les 19 et 20 septembre 2023", "du 3 au 5 mai": one expression per day."""
    g = _g(m)
    first_start = m.start("pre") if g.get("pre", "").lower() == "les" else m.start("d1")
    out = [(first_start, m.end("d1"), dict(g, d=g["d1"], only="first"))]
    out.append((m.start("d2"), m.end(), dict(g, d=g["d2"])))
    return out


def _accept_weekday(m, text):
    g = _g(m)
    start = _from(m, "det") if g.get("det", "").lower() in ("ce", "cette", "le") else \
        (m.start("meme") if g.get("meme") else m.start("wd"))
    return [(start, m.end(), g)]


def _before(text: str, pos: int, n: int = 24) -> str:
    return text[max(0, pos - n):pos]


def _accept_month(m, text):
    g = _g(m)
    head = m.group("m")[0].isupper() and re.search(r"(?:^|[.!?»]\s+|\n)$", _before(text, m.start(), 3))
    if not (g.get("pre") or g.get("y") or g.get("rel") or head) and not DATE_PREPS.search(_before(text, m.start())):
        return None
    start = m.start("pre") if g.get("pre") else m.start("m")
    return [(start, m.end(), g)]


_NOT_AFTER_YEAR = re.compile(r"^\s*(?:%|€|\$|euros?|dollars?|francs?|[a-zàâçéèêëîïôûùüÿñæœ]{2,})", re.I)
_YEAR_OK_AFTER = re.compile(r"^\s*(?:et|à|au|ou|-|/|,|\.|;|:|\)|»|\"|$|par|pour|avec|contre|lors|dans|le|la|les|"
                            r"un|une|des|qui|que|où|il|elle|ils|elles|on|ce|cette|sur|sous|en)\b", re.I)


def _accept_year(m, text):
    g = _g(m)
    after = text[m.end():m.end() + 20]
    if re.match(r"^\s*\d", after) or re.search(r"\d[\s.]$", _before(text, m.start(), 2)):
        return None                      # part of a longer number ("2 000 000", "1 999")
    before = _before(text, m.start())
    if re.search(r"(?:près|plus|moins|autour|environ|quelque)\s+(?:de\s+|d')?$", before, re.I):
        return None                      # "près de 2000 hommes": a figure
    strong = re.search(r"\b(?:en|depuis|dès|jusqu'en|avant|après|vers|d'ici)\s+$", before, re.I)
    if not g.get("pre") and not strong:
        if _NOT_AFTER_YEAR.match(after) and not _YEAR_OK_AFTER.match(after):
            return None                  # "1960 militaires", "de 2000 hommes": a count, not a year
        if not DATE_PREPS.search(before) and _NOT_AFTER_YEAR.match(after):
            return None
    start = m.start("pre") if g.get("pre") else m.start("y")
    return [(start, m.end(), g)]


def _accept_season(m, text):
    g = _g(m)
    if g["s"].lower() in ("été", "ete") and not g.get("pre") and not g.get("y") and not (
            m.group("s")[0].isupper() and re.match(r"\s+comme\b", text[m.end():])):
        return None                      # "a été": the participle
    if re.search(r"d'$", _before(text, m.start("s"), 2)) and not g.get("pre"):
        return None                      # "Jeux d'hiver", "heure d'été": a kind, not a time
    start = m.start("pre") if g.get("pre") and g["pre"].lower() not in ("en", "au", "du", "pendant l'", "durant l'") \
        else m.start("s")
    return [(start, m.end(), g)]


def _accept_relunit(m, text):
    g = _g(m)
    if g["det"].lower() not in ("ce", "cet", "cette") and not g.get("rel"):
        return None
    return _whole(m, text)


def _accept_time(m, text):
    g = _g(m)
    if g.get("unitword") and not g.get("mi") and not g.get("pre"):
        return None                      # "48 heures": a duration
    if g.get("h") and int(g["h"]) > 24:
        return None
    start = m.start("h") if g.get("h") else (m.start("h2") if g.get("h2") else m.start("noon"))
    return [(start, m.end(), g)]


_AGE_BEFORE = re.compile(
    rf"(?:[aâ]gée?s?\s+(?:de\s+|d')|(?:un|une|le|la)\s+(?-i:[A-ZÀ-Ý])[\w'’-]+\s+(?:de\s+|d')|(?:{_alt(fr.PERSON_NOUNS)})s?\s+(?:de\s+|d')|(?:d'une?|les|des)\s+(?:moins|plus)\s+de\s+|"
    r"(?-i:[A-ZÀ-Ý])[\w'’-]+,\s+|d'une?\s+)$", re.I)   # a capital is a name ("un Marseillais de 30 ans"), whatever re.I says


def _accept_duration(m, text):
    g = _g(m)
    number_at = m.start("n") if g.get("n") else m.start()
    if re.search(r"(?:l'|\d\s?)$", _before(text, number_at, 2)):
        return None
    if g["u"].lower() in ("ans", "an", "années", "année") and (
            _AGE_BEFORE.search(_before(text, m.start(), 40)) or re.match(r"\s*,\s*demeurant", text[m.end():])
            or (g.get("mod", "").lower() in ("moins de", "plus de")
                and re.search(r"\b(?:les|des|aux)\s+$", _before(text, m.start(), 6), re.I))):
        return None                      # an age ("un chauffeur de 38 ans", "Alain Parmentier, 53 ans")
    if g.get("vague", "").lower() == "des" and g["u"].lower() in ("heures", "minutes", "secondes", "jours"):
        return None                      # "en dehors des heures scolaires"
    return _whole(m, text)


def _accept_quotidien(m, text):
    if m.group("adj").lower().endswith("s") or re.search(
            r"\b(?:le|la|un|une|du|au|aux|des|ce|son|sa|leur|notre|votre|presse|grand|petit|principal)\s+$",
            _before(text, m.start(), 12), re.I):
        return None                      # "le quotidien Le Monde", "la presse quotidienne": newspapers
    return _whole(m, text)


RULES = [
    Rule("iso", _compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"), _whole, 3, keys=("digit",)),
    Rule("numeric", _compile(r"(?P<d>0?[1-9]|[12]\d|3[01])[/.](?P<m>0?[1-9]|1[0-2])[/.](?P<y>(?:19|20)\d\d)"),
         _whole, 3, keys=("digit",)),
    Rule("range", _compile(
        rf"(?:(?P<pre>les|du|entre le|entre les)\s+)?(?P<d1>{DAY})(?:\s*,\s*{DAY})*\s+(?:et|ou|au|à|-)\s+"
        rf"(?P<d2>{DAY})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?(?:\s+(?P<rel>{LAST}|{NEXT}))?"), _accept_range, 2, keys=("janv", "févr", "fév", "fevr", "mars", "avr", "mai", "juin", "juil", "août", "aout", "sept", "oct", "nov", "déc", "dec")),
    Rule("date", _compile(
        rf"(?:(?P<det>le|ce|cette)\s+)?(?:(?P<wd>{WD})\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH})"
        rf"(?:\s+(?P<y>{YEAR}|'\d\d|{Y2}))?(?:\s+(?P<rel>{LAST}|{NEXT}))?(?:\s+(?P<part>{PART}))?"),
         _accept_date, 2, keys=("janv", "févr", "fév", "fevr", "mars", "avr", "mai", "juin", "juil", "août", "aout", "sept", "oct", "nov", "déc", "dec")),
    Rule("weekday", _compile(
        rf"(?:(?P<det>ce|cette|le)\s+)?(?:(?P<meme>même)\s+)?(?P<wd>{WD})(?:\s+(?P<rel>{REL}))?"
        rf"(?:\s+(?P<part>{PART}))?"), _accept_weekday, 1, keys=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")),
    Rule("weekday_set", _compile(rf"(?:(?:tous|toutes) les|chaque)\s+(?P<wds>{WD_PLURAL}|{WD})"), _whole, 2, keys=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")),
    Rule("deictic", _compile(
        rf"(?P<w>aujourd'hui|avant-hier|après-demain|hier|demain)(?:\s+(?P<part>{PART}))?(?:\s+(?P<wd>{WD}))?"
        r"(?:,?\s+à\s+(?P<h>[01]?\d|2[0-3])\s*h\s*(?P<mi>[0-5]\d)?)?"), _whole, 2, keys=("hier", "demain", "aujourd")),
    Rule("anaphoric", _compile(rf"(?P<w>{_alt(fr.ANAPHORIC_DAYS)})(?:\s+(?P<part>{PART}))?"), _whole, 2, keys=("veille", "lendemain", "même jour", "jour-là", "jour même", "jour suivant", "jour précédent")),
    Rule("partday", _compile(
        r"(?P<det>ce|cet|cette|dans la|dans l'|en|au cours de la|au cours de l'|pendant la|durant la|"
        r"tard dans la|la|le|à la|vers la)\s*(?P<p>matin|matinée|après-midi|soir|soirée|nuit|mi-journée)"
        r"(?:\s+(?P<meme>même))?"),
         lambda m, t: _whole(m, t) if (m.group("det").lower() not in ("le", "la", "en")
                                       or m.group("meme") or m.group("p").lower() in ("nuit", "soirée", "matinée",
                                                                                      "mi-journée")
                                       and m.group("det").lower() in ("la", "en", "à la", "vers la")) else None, 1,
         keys=("matin", "midi", "soir", "nuit", "journée")),
    Rule("night_of_date", _compile(
        rf"(?:dans\s+|à\s+)?la nuit du (?P<d>{DAY}) (?:au|à) {DAY} (?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?"), _whole, 3,
         keys=("nuit",)),
    Rule("that_part", _compile(r"(?P<det>ce|cette)\s+(?P<p>matin|matinée|après-midi|soir|soirée|nuit|jour|semaine|année)-là"),
         _whole, 2, keys=("-là",)),
    Rule("holiday", _compile(rf"(?:(?P<night>la nuit de|le soir de|le réveillon de)\s+)?(?P<h>{_alt(fr.HOLIDAYS)})"
                             rf"(?:\s+(?P<y>{YEAR}))?(?:\s+(?P<rel>{LAST}|{NEXT}))?"),
         lambda m, t: None if re.match(r"[-\w]", t[m.end():m.end() + 1]) else _whole(m, t), 2,
         keys=("noël", "sylvestre", "nouvel an", "jour de l'an", "toussaint", "valentin", "halloween", "épiphanie",
               "chandeleur", "assomption", "fête", "saint-jean", "réveillon", "pâques", "ascension", "pentecôte",
               "gras", "cendres", "vendredi saint")),
    Rule("night_of", _compile(
        rf"(?:dans\s+)?la nuit (?:de|du) (?P<wd>{WD})(?:\s+(?P<rel>{LAST}|{NEXT}))? (?:à|au) (?P<wd2>{WD})"), _whole, 3, keys=("nuit",)),
    Rule("weekday_day", _compile(rf"(?:(?P<det>le|ce)\s+)?(?P<wd>{WD})\s+(?P<d>{DAY})(?!\s*(?:{MONTH}|[\d/.:]))"),
         lambda m, t: None if re.match(r"\s*(?:h\b|heures?|%|€|[a-zà-ÿ]{2,})", t[m.end():]) else _accept_weekday(m, t), 1, keys=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")),
    Rule("period_part", _compile(
        r"(?:(?P<pre>en|au|à la|le|la|dès le|d'ici la|d'ici le|jusqu'à la|jusqu'au)\s+)?(?P<part>début|fin|milieu)\s+"
        r"(?P<u>de l'année|de l'an|du mois|de la semaine|de semaine|de mois|d'année)"
        rf"(?:\s+(?P<rel>{LAST}|{NEXT}|en cours))?"), _whole, 2, keys=("début", "fin", "milieu")),
    Rule("century", _compile(r"(?:(?P<pre>au|du|le|au cours du|depuis le|dès le)\s+)?(?P<c>[XVI]+|\d{1,2})(?:e|ème|è)\s+siècle"),
         _whole, 2, keys=("siècle",)),
    Rule("month", _compile(
        r"(?:(?P<pre>début|fin|mi-|mi|courant|au début du mois de|au mois de|le mois de|mois de|à la fin du mois de|"
        r"fin du mois de|début du mois de|la rentrée de)\s*)?"
        rf"(?P<m>{BARE_MONTH})(?:\s+(?P<y>{YEAR}|'\d\d|{Y2}))?(?:\s+(?P<rel>{LAST}|{NEXT}))?"), _accept_month, 1, keys=("janv", "févr", "fév", "fevr", "mars", "avr", "mai", "juin", "juil", "août", "aout", "sept", "oct", "nov", "déc", "dec")),
    Rule("year", _compile(rf"(?:(?P<pre>l'année|l'an|année|fin|début|mi-|courant)\s*)?(?P<y>{YEAR})"), _accept_year, 0, keys=("digit",)),
    Rule("decade", _compile(
        r"(?:(?P<pre>(?:la\s+)?(?:fin|début|milieu)\s+des|les|des|aux|dans les)\s+)?années\s+(?P<c>19|20)?"
        r"(?P<dd>[1-9]0|00)"), _whole, 2, keys=("années",)),
    Rule("season", _compile(
        r"(?:(?P<pre>à l'|l'|en|cet|cette|au|du|de l'|pendant l'|durant l'|les mois d'|le mois d'|la fin de l'|"
        r"le début de l'|la fin du|le début du|à la fin de l'|au début de l'|à la fin du|au début du)\s*)?"
        rf"(?P<s>printemps|été|automne|hiver)(?:\s+(?P<y>{YEAR}))?(?:\s+(?P<rel>{LAST}|{NEXT}))?"), _accept_season, 1, keys=("printemps", "été", "automne", "hiver")),
    Rule("quarter", _compile(
        r"(?:(?P<det>le|au|du|ce|cette)\s+)?(?P<n>premier|1er|deuxième|second|2e|troisième|3e|quatrième|4e|dernier)"
        rf"\s+(?P<u>trimestre|semestre)(?:\s+(?P<y>{YEAR}))?"), _whole, 2, keys=("trimestre", "semestre")),
    Rule("relunit", _compile(
        r"(?P<det>cette|ce|cet|la|le|l')\s*(?P<u>semaine|mois|année|an|week-end|weekend|trimestre|semestre|"
        rf"décennie|siècle)(?:-ci|-là)?(?:\s+(?P<rel>{REL}|en cours))?"), _accept_relunit, 1, keys=("semaine", "mois", "année", "an", "week", "trimestre", "semestre", "décennie", "siècle")),
    Rule("ref", _compile(rf"(?P<ref>{_alt(fr.PRESENT + fr.PAST + fr.FUTURE)})"), _whole, 0,
         keys=tuple({w.split()[-1][:6] for w in fr.PRESENT + fr.PAST + fr.FUTURE})),
    Rule("time", _compile(
        r"(?:(?P<pre>à|vers|dès|jusqu'à|avant|après|de|entre|et)\s+)?(?:(?P<h>[01]?\d|2[0-4])\s*(?:h|(?P<unitword>heures?))"
        r"(?:\s*(?P<mi>[0-5]\d))?(?:\s*min)?|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])|"
        r"(?<![\w-])(?P<noon>midi|minuit))"), _accept_time, 1, keys=("digit", "midi", "minuit")),
    Rule("duration", _compile(
        rf"(?:(?P<mod>{MODS})\s+)?(?:(?P<n>{NUM}|{NUMW})|(?P<vague>{VAGUE})|(?:une?\s+)?(?P<round>{ROUND})\s+d[e'])"
        rf"\s*(?P<u>{UNIT})(?:\s+et\s+(?:(?P<half>demie?)|(?P<n2>{NUM}|{NUMW})\s+(?P<u2>minutes?|secondes?|jours?|mois)))?"),
         _accept_duration, 2,
         keys=("seconde", "minute", "heure", "jour", "nuit", "semaine", "mois", "an", "décenni", "siècle", "trimestre",
               "semestre", "quinquennat", "septennat")),
    Rule("duration_special", _compile(
        r"(?:(?P<mod>près d'|environ|plus d'|moins d')\s*)?(?P<sp>un quart de siècle|un demi-siècle|une demi-heure|"
        r"une demi-journée|un demi-siècle|un quart d'heure|trois quarts d'heure)"), _whole, 2, keys=("siècle", "demi", "quart")),
    Rule("set", _compile(
        r"(?:chaque|tous les|toutes les)\s+(?P<u>jours?|semaines?|mois|ans|années?|heures?|matins?|soirs?|nuits?|"
        r"week-ends?)|(?<=\s)par\s+(?P<u2>jour|semaine|mois|an|année|semestre|trimestre|heure)|"
        r"(?P<whole>toute l'année|tout au long de l'année|toute la semaine)"), _whole, 1, keys=("chaque", "tous", "toutes", "par ", "toute")),
    Rule("set_adj", _compile(rf"(?P<adj>{_alt(k for k in fr.SET_ADJECTIVES if not k.startswith('quotidien'))})"),
         _whole, 0, keys=("annuel", "hebdomadaire", "mensuel", "trimestriel")),
    Rule("set_quotidien", _compile(r"(?P<adj>quotidien|quotidienne|quotidiens|quotidiennes)"), _accept_quotidien, 0, keys=("quotidien",)),
    Rule("duration_word", _compile(r"(?P<word>quinquennat|septennat|décennie|semestre|trimestre)"),
         lambda m, t: None if re.search(r"(?:\b(?:ce|cette|le|la|du|au|premier|second|deuxième|dernier|"
                                        r"troisième|quatrième)\s+|\d\s+)$", _before(t, m.start(), 14), re.I)
         and m.group("word").lower() not in ("quinquennat", "septennat") else _whole(m, t), 0, keys=("quinquennat", "septennat", "décennie", "semestre", "trimestre")),
    Rule("night", _compile(r"(?P<adj>nocturnes?)"), _whole, 0, keys=("nocturne",)),
]


def find(text: str) -> list[Span]:
    """Candidate spans of one paragraph, overlaps settled leftmost-longest."""
    work = text.translate(_APOS)
    low = work.lower()
    has_digit = any(ch.isdigit() for ch in low)
    spans: list[Span] = []
    for rule in RULES:
        if rule.keys and not any(has_digit if k == "digit" else k in low for k in rule.keys):
            continue
        for m in rule.pattern.finditer(work):
            accepted = rule.accept(m, work) if rule.accept else _whole(m, work)
            for start, end, groups in accepted or ():
                # trailing spaces or commas are never part of an expression
                while end > start and work[end - 1] in " ,":
                    end -= 1
                spans.append(Span(start, end, rule.name, groups, rule.priority))
    spans.sort(key=lambda s: (s.start, -(s.end - s.start), -s.priority))
    chosen: list[Span] = []
    for s in spans:
        if chosen and s.start < chosen[-1].end:
            continue
        chosen.append(s)
    return chosen


# ---------------------------------------------------------------- resolving

def _num(word: str) -> float | None:
    word = word.strip().lower()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", word):
        value = float(word.replace(",", "."))
        return int(value) if value.is_integer() else value
    try:
        return text2num(word.replace(" et ", "-et-").replace(" ", "-"), "fr")
    except ValueError:
        try:
            return text2num(word, "fr")
        except ValueError:
            return None


def _easter(year: int) -> dt.date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _roman(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(text, text[1:] + " "):
        if a not in values:
            return None
        total += -values[a] if b in values and values[b] > values[a] else values[a]
    return total


def _month(word: str) -> int:
    return fr.MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return 1 if word.lower() in ("1er", "premier") else int(word)


def _year(word: str) -> int:
    word = word.strip("'")
    year = int(word)
    if year < 100:
        year += 2000 if year < 40 else 1900
    return year


# The days a creation date may be: one year inside each end of Python's calendar, so that
# "l'an dernier", "noël prochain" or "dans trois mois" never step past it.
CALENDAR_START, CALENDAR_END = dt.date(2, 1, 1), dt.date(9998, 12, 31)


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _pick_year(month: int, day: int | None, base: dt.date, rel: str | None) -> int:
    """The year of a "day month" (or a month) written without one: the nearest
    occurrence to ``base``, or the last/next one with dernier/prochain."""
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        when = safe_date(year, month, day or 15)
        if when:
            options.append(when)
    if rel in fr.LAST:
        past = [o for o in options if o <= base + dt.timedelta(days=0 if day else 15)]
        return max(past).year if past else base.year
    if rel in fr.NEXT:
        future = [o for o in options if o >= base - dt.timedelta(days=0 if day else 15)]
        return min(future).year if future else base.year
    return min(options, key=lambda o: abs((o - base).days)).year


def _part_code(part: str | None) -> str | None:
    if not part:
        return None
    p = part.lower()
    for word, code in sorted(fr.PARTS.items(), key=lambda kv: -len(kv[0])):
        if word in p:
            return code
    return None


def _clock(g: dict) -> str | None:
    if g.get("h") is not None:
        return f"{int(g['h']):02d}:{int(g.get('mi') or 0):02d}"
    return None


def _day_value(day: dt.date | None, g: dict) -> tuple[str, str | None]:
    """A day, with a part of the day or a clock time when the expression has one."""
    if day is None:
        return "DATE", None
    clock = _clock(g)
    if clock:
        return "TIME", f"{day.isoformat()}T{clock}"
    part = _part_code(g.get("part"))
    if part == "MI_PART":
        return "TIME", f"{day.isoformat()}TMI"
    if part and part != "MI":
        return "TIME", f"{day.isoformat()}T{part}"
    if part == "MI":
        return "TIME", f"{day.isoformat()}T12:00"
    return "DATE", day.isoformat()


def _future(sentence: str) -> bool:
    return re.search(fr.FUTURE_CUES, sentence, re.I) is not None


def _direction(before: str, after: str) -> int:
    """Is a weekday (or week-end) named in this context past (-1), to come (+1), or unsaid (0)?

    The words right before it decide first ("depuis lundi", "avant samedi");
    then the verbs of the few words around it ("doivent se prononcer dimanche").
    """
    near = before.lower().rstrip()
    if re.search(rf"\b(?:{_alt(fr.PAST_PREPS)})$", near):
        return -1
    if re.search(rf"(?:{_alt(fr.FUTURE_PREPS)})$", near):
        return 1
    # the clause it stands in: from the last comma or colon before it to the next after it
    clause_before = re.split(r"[,;:()«»]", before)[-1]
    clause_after = re.split(r"[,;:()«»]", after)[0]
    window = " ".join(clause_before.split()[-8:] + clause_after.split()[:6])
    future = re.search(fr.FUTURE_CUES, window, re.I)
    past = re.search(fr.PAST_CUES, window, re.I)
    if future and not past:
        return 1
    if past and not future:
        return -1
    return 0


def _weekday_year(y: int, m: int, d: int, weekday: str | None) -> int:
    """The year of "vendredi 8 août" written without one: the year picked from the anchor, unless
    its calendar does not put that day on that weekday and exactly one year either side does."""
    wd = fr.WEEKDAYS.get((weekday or "").lower())
    if wd is None or ((day := safe_date(y, m, d)) and day.weekday() == wd):
        return y
    fits = [n for n in (y - 1, y + 1) if (day := safe_date(n, m, d)) and day.weekday() == wd]
    return fits[0] if len(fits) == 1 else y


def _weekday_date(wd: int, dct: dt.date, rel: str | None, direction: int, this: bool) -> dt.date:
    """A weekday named without a date: "ce jeudi" is the one of this week; a bare
    one the same day, else the last one (news tell the past) unless the context
    speaks of what is to come."""
    delta = (wd - dct.weekday()) % 7
    if rel in fr.NEXT:
        return dct + dt.timedelta(days=delta or 7)
    if rel in fr.LAST:
        return dct - dt.timedelta(days=(dct.weekday() - wd) % 7 or 7)
    if delta == 0:
        return dct
    if this and direction == 0:
        return dct + dt.timedelta(days=wd - dct.weekday())
    if direction > 0:
        return dct + dt.timedelta(days=delta)
    return dct - dt.timedelta(days=(dct.weekday() - wd) % 7)


def _iso_week(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def _shift_months(day: dt.date, months: int) -> dt.date:
    m = day.month - 1 + months
    y = day.year + m // 12
    return dt.date(y, m % 12 + 1, 1)


def _duration_value(n, unit_word: str, half: bool = False) -> str | None:
    unit = fr.UNITS.get(unit_word.lower())
    if not unit:
        return None
    letter, size = unit
    if n is None:
        return f"PX{'M' if letter == 'TM' else letter}" if letter in ("D", "W", "M", "Y", "TM", "H", "S") else None
    amount = n * size + (0.5 * size if half else 0)
    if half and letter in ("Y",) and size == 1:
        amount, letter = int(n * 12 + 6), "M"
    elif half and letter == "H":
        amount, letter = int(n * 60 + 30), "TM"
    amount = int(amount) if float(amount).is_integer() else amount
    if letter in ("H", "S"):
        return f"PT{amount}{letter}"
    if letter == "TM":
        return f"PT{amount}M"
    return f"P{amount}{letter}"


def _add_duration(day: dt.date, value: str) -> dt.date | None:
    m = re.fullmatch(r"P(\d+)([DWMY])", value or "")
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if unit == "D":
        return day + dt.timedelta(days=n)
    if unit == "W":
        return day + dt.timedelta(weeks=n)
    if unit == "M":
        shifted = _shift_months(day, n)
        return safe_date(shifted.year, shifted.month, day.day) or shifted
    return safe_date(day.year + n, day.month, day.day) or dt.date(day.year + n, day.month, 28)


class Resolver:
    """Turns spans into TIMEX3 values, reading a document in order."""

    def __init__(self, dct: dt.date | None):
        self.ctx = Context(dct=dct)
        self.paragraph_days = 0
        self.days_before = 0                       # days named in the paragraph before this one
        self.sentence_start = 0
        self.sentence_end = 0
        self.sentence_day: dt.date | None = None   # the day a sentence names, for its clock times

    def paragraph(self) -> None:
        self.ctx.narrative = None
        self.days_before, self.paragraph_days = self.paragraph_days, 0

    def sentence(self) -> None:
        """A year given in one sentence does not carry to the next: "élu en 2012.
        Rendez-vous en septembre" is this September."""
        if self.ctx.narrative_grain == "year":
            self.ctx.narrative = None

    def resolve(self, span: Span, text: str, sentence: str) -> Found:
        handler = getattr(self, "r_" + span.rule)
        try:
            typ, value, anchor = handler(span.groups, text, sentence, span)
        except (OverflowError, ValueError):
            # arithmetic past the calendar's ends ("dans 900 000 ans", a day before 0001-01-01):
            # the expression is found, its value is not
            return Found(span.start, span.end, "DURATION" if span.rule == "duration" else "DATE", None, "none")
        return Found(span.start, span.end, typ, value, anchor)

    # -- anchors
    def _set_narrative(self, day: dt.date, grain: str = "day") -> None:
        self.ctx.narrative, self.ctx.narrative_grain = day, grain

    def _seen_day(self, day: dt.date | None) -> None:
        if day is not None:
            self.ctx.last_day = day
            self.paragraph_days += 1

    # -- absolute and partial dates
    def _dated(self, y, m, d, g, *, explicit_year: bool, text: str = "", span: Span | None = None):
        if y is None:
            base = self.ctx.base
            if base is None:
                return "DATE", f"XXXX-{m:02d}-{d:02d}", "none"
            y = _pick_year(m, d, base, self._tense_rel(g, text, span))
            y = _weekday_year(y, m, d, g.get("wd"))
            anchor = "narrative" if self.ctx.narrative else "dct"
        else:
            anchor = "none"
        day = safe_date(y, m, d)
        if day is None:
            return "DATE", None, anchor
        if explicit_year and not (span and self._opens_a_state(text, span)):
            self._set_narrative(day)
        self._seen_day(day)
        typ, value = _day_value(day, g)
        return typ, value, anchor

    def r_iso(self, g, text, sentence, span):
        return self._dated(int(g["y"]), int(g["m"]), int(g["d"]), g, explicit_year=True)

    r_numeric = r_iso

    def r_date(self, g, text, sentence, span):
        y = _year(g.get("y") or g.get("y2")) if (g.get("y") or g.get("y2")) else None
        return self._dated(y, _month(g["m"]), _day(g["d"]), g, explicit_year=y is not None, text=text, span=span)

    def _tense_rel(self, g: dict, text: str, span: Span | None) -> str | None:
        """"dernier"/"prochain" when written; else, against the publication date,
        the tense of the clause ("il quittera son poste le 31 décembre")."""
        rel = (g.get("rel") or "").lower() or None
        if rel or self.ctx.narrative is not None or span is None:
            return rel
        direction = _direction(text[self.sentence_start:span.start], text[span.end:self.sentence_end])
        return fr.NEXT[0] if direction > 0 else (fr.LAST[0] if direction < 0 else None)

    @staticmethod
    def _opens_a_state(text: str, span: Span) -> bool:
        """"depuis juillet 2012": the start of something still going on; the
        text has not moved to that time."""
        return bool(re.search(r"(?:depuis|dès|à partir d[e'])\s*(?:le\s+)?$", text[max(0, span.start - 14):span.start], re.I))

    def r_range(self, g, text, sentence, span):
        y = _year(g["y"]) if g.get("y") else None
        return self._dated(y, _month(g["m"]), _day(g["d"]), {"rel": g.get("rel")}, explicit_year=y is not None,
                           text=text, span=span)

    def r_month(self, g, text, sentence, span):
        m = _month(g["m"])
        y = g.get("y")
        if y:
            year = _year(y)
            if not self._opens_a_state(text, span):
                self._set_narrative(dt.date(year, m, 1), "month")
            return "DATE", f"{year}-{m:02d}", "none"
        shared = re.match(rf"\s+(?:et|à|au|-)\s+(?:{BARE_MONTH})\s+(?P<y>{YEAR})", text[span.end:], re.I)
        if shared:                               # "entre janvier et mars 2015"
            return "DATE", f"{shared.group('y')}-{m:02d}", "none"
        base = self.ctx.base
        if base is None:
            return "DATE", f"XXXX-{m:02d}", "none"
        year = _pick_year(m, None, base, self._tense_rel(g, text, span))
        return "DATE", f"{year}-{m:02d}", "narrative" if self.ctx.narrative else "dct"

    def r_year(self, g, text, sentence, span):
        year = int(g["y"])
        if self.ctx.narrative is None or self.ctx.narrative.year != year:
            self._set_narrative(dt.date(year, 1, 1), "year")
        return "DATE", str(year), "none"

    def r_decade(self, g, text, sentence, span):
        century = g.get("c") or ("20" if g["dd"] == "00" else "19")
        return "DATE", f"{century}{g['dd'][0]}", "none"

    def r_season(self, g, text, sentence, span):
        code = fr.SEASONS[g["s"].lower()]
        rel = (g.get("rel") or "").lower()
        pre = (g.get("pre") or "").lower()
        if g.get("y"):
            return "DATE", f"{g['y']}-{code}", "none"
        base = self.ctx.dct
        if base is None:
            return "DATE", f"XXXX-{code}", "none"
        if rel in fr.LAST:
            return "DATE", f"{base.year - 1}-{code}", "dct"
        if rel in fr.NEXT:
            return "DATE", f"{base.year + (1 if code != 'WI' or base.month > 2 else 0)}-{code}", "dct"
        if pre in ("cet", "cette", "l'", "à l'", "au", "pendant l'", "durant l'", "de l'", "du") \
                and self.ctx.narrative is None:
            return "DATE", f"{base.year}-{code}", "dct"
        if self.ctx.narrative is not None and pre not in ("en", "d'", "les mois d'", "le mois d'"):
            return "DATE", f"{self.ctx.narrative.year}-{code}", "narrative"
        return "DATE", f"XXXX-{code}", "none"

    def r_quarter(self, g, text, sentence, span):
        n = fr.ORDINALS.get(g["n"].lower(), 1)
        base = self.ctx.base
        year = g.get("y") or (str(base.year) if base else "XXXX")
        if g["u"].lower() == "trimestre":
            return "DATE", f"{year}-Q{4 if n == -1 else n}", "none" if g.get("y") else "dct"
        return "DATE", f"{year}-H{2 if n == -1 else n}", "none" if g.get("y") else "dct"

    # -- deictic and anaphoric days
    def r_deictic(self, g, text, sentence, span):
        word = g["w"].lower()
        if word == "aujourd'hui" and not g.get("part") and not g.get("wd") and \
                re.match(r"\s*,", text[span.end:]) and not text[:span.start].strip(" \t«\"")[-1:].isalnum() \
                and sentence.lstrip(" «\"").lower().startswith("aujourd'hui"):
            return "DATE", "PRESENT_REF", "none"   # "Aujourd'hui, la ville a changé": nowadays
        if self.ctx.dct is None:
            return "DATE", None, "none"
        day = self.ctx.dct + dt.timedelta(days=fr.DEICTIC_DAYS[g["w"].lower()])
        self._seen_day(day)
        self.ctx.narrative = None
        typ, value = _day_value(day, g)
        return typ, value, "dct"

    def r_anaphoric(self, g, text, sentence, span):
        anchor_day = self.ctx.last_day or self.ctx.dct
        if anchor_day is None:
            return "DATE", None, "none"
        day = anchor_day + dt.timedelta(days=fr.ANAPHORIC_DAYS[g["w"].lower()])
        self._seen_day(day)
        typ, value = _day_value(day, g)
        return typ, value, "narrative"

    def r_weekday(self, g, text, sentence, span):
        wd = fr.WEEKDAYS[g["wd"].lower()]
        rel = (g.get("rel") or "").lower() or None
        det = (g.get("det") or "").lower()
        if det == "le" and not rel and not g.get("part") and not g.get("h"):
            return "SET", f"XXXX-WXX-{wd + 1}", "none"       # "le mercredi": every Wednesday
        if rel in fr.FOLLOWING + fr.PRECEDING or g.get("meme"):
            base = self.ctx.last_day or self.ctx.dct
            if base is None:
                return "DATE", f"XXXX-WXX-{wd + 1}", "none"
            if g.get("meme"):
                day = base
            elif rel in fr.FOLLOWING:
                day = base + dt.timedelta(days=(wd - base.weekday()) % 7 or 7)
            else:
                day = base - dt.timedelta(days=(base.weekday() - wd) % 7 or 7)
            anchor = "narrative"
        else:
            if self.ctx.dct is None:
                return "DATE", f"XXXX-WXX-{wd + 1}", "none"
            direction = _direction(text[self.sentence_start:span.start], text[span.end:self.sentence_end])
            day = _weekday_date(wd, self.ctx.dct, rel, direction, this=det in ("ce", "cette"))
            anchor = "dct"
        self._seen_day(day)
        typ, value = _day_value(day, g)
        return typ, value, anchor

    def r_weekday_set(self, g, text, sentence, span):
        word = g["wds"].lower().rstrip("s")
        return "SET", f"XXXX-WXX-{fr.WEEKDAYS[word] + 1}", "none"

    def r_partday(self, g, text, sentence, span):
        det = g["det"].lower()
        day = self.ctx.dct if det in ("ce", "cet", "cette") else (self.ctx.last_day or self.ctx.dct)
        code = _part_code(g["p"])
        if day is None:
            return "TIME", f"XXXX-XX-XXT{code}", "none"
        code = "MI" if code == "MI_PART" else code
        return "TIME", f"{day.isoformat()}T{code}", "dct" if det in ("ce", "cet", "cette") else "narrative"

    def r_relunit(self, g, text, sentence, span):
        unit = g["u"].lower()
        rel = (g.get("rel") or "").lower()
        relative_to_text = rel in fr.FOLLOWING + fr.PRECEDING
        base = (self.ctx.last_day or self.ctx.dct) if relative_to_text else self.ctx.dct
        if base is None:
            return "DATE", None, "none"
        step = -1 if rel in fr.LAST + fr.PRECEDING else (1 if rel in fr.NEXT + fr.FOLLOWING else 0)
        anchor = "narrative" if relative_to_text else "dct"
        if unit in ("semaine",):
            return "DATE", _iso_week(base + dt.timedelta(weeks=step)), anchor
        if unit in ("week-end", "weekend"):
            if step == 0 and not relative_to_text:
                direction = _direction(text[self.sentence_start:span.start], text[span.end:self.sentence_end])
                if direction < 0 or (direction == 0 and base.weekday() < 3):
                    step = -1                    # "ils se sont rendus ce week-end" (a Tuesday): the one just past
            return "DATE", _iso_week(base + dt.timedelta(weeks=step)) + "-WE", anchor
        if unit == "mois":
            month = _shift_months(base, step)
            return "DATE", f"{month.year}-{month.month:02d}", anchor
        if unit in ("année", "an"):
            return "DATE", str(base.year + step), anchor
        if unit == "trimestre":
            q = (base.month - 1) // 3 + step
            return "DATE", f"{base.year + q // 4}-Q{q % 4 + 1}", anchor
        if unit == "semestre":
            h = (base.month - 1) // 6 + step
            return "DATE", f"{base.year + h // 2}-H{h % 2 + 1}", anchor
        if unit == "décennie":
            return "DATE", str(base.year // 10 + step), anchor
        if unit == "siècle":
            return "DATE", str(base.year // 100 + step), anchor
        return "DATE", None, "none"

    def r_ref(self, g, text, sentence, span):
        word = g["ref"].lower()
        if word in fr.PAST:
            return "DATE", "PAST_REF", "none"
        if word in fr.FUTURE:
            return "DATE", "FUTURE_REF", "none"
        return "DATE", "PRESENT_REF", "none"

    def r_time(self, g, text, sentence, span):
        # a day named in this paragraph or the one before; further back, the publication day
        recent = self.ctx.last_day if (self.paragraph_days or self.days_before) else None
        day = self.sentence_day or recent or self.ctx.dct
        if g.get("noon"):
            clock = "12:00" if g["noon"].lower() == "midi" else "24:00"
        elif g.get("h2"):
            clock = f"{int(g['h2']):02d}:{g['mi2']}"
        else:
            clock = f"{int(g['h']):02d}:{int(g.get('mi') or 0):02d}"
        if day is None:
            return "TIME", f"XXXX-XX-XXT{clock}", "none"
        return "TIME", f"{day.isoformat()}T{clock}", "narrative" if self.ctx.last_day else "dct"

    # -- durations and sets
    def r_duration(self, g, text, sentence, span):
        if g.get("vague"):
            n = None
        elif g.get("round"):
            n = fr.ROUND[g["round"].lower()]
        else:
            n = _num(g["n"])
            if n is None:
                return "DURATION", None, "none"
        value = _duration_value(n, g["u"], bool(g.get("half")))
        if g.get("n2") and value:
            extra = _duration_value(_num(g["n2"]), g["u2"])
            if extra:                            # "3 heures et 41 minutes" -> PT3H41M
                value = value + (extra[2:] if extra.startswith("PT") and value.startswith("PT") else extra[1:])
        self._advance(value, text, span)
        return "DURATION", value, "none"

    def _advance(self, value: str | None, text: str, span: Span) -> None:
        """"après 44 jours", "trois jours plus tard": the narrative moves on."""
        if not value or self.ctx.narrative is None or self.ctx.narrative_grain != "day":
            return
        before = text[max(0, span.start - 20):span.start].lower()
        after = text[span.end:span.end + 20].lower()
        if re.search(r"(?:après|au bout d'|au bout de)\s*(?:\w+\s+)?$", before) or re.match(r"\s*(?:plus tard|après)\b", after):
            moved = _add_duration(self.ctx.narrative, value)
            if moved:
                self._set_narrative(moved)
                self._seen_day(moved)

    def r_duration_special(self, g, text, sentence, span):
        sp = g["sp"].lower()
        value = {"un quart de siècle": "P25Y", "un demi-siècle": "P50Y", "une demi-heure": "PT30M",
                 "une demi-journée": "PT12H", "un quart d'heure": "PT15M", "trois quarts d'heure": "PT45M"}[sp]
        return "DURATION", value, "none"

    def r_set(self, g, text, sentence, span):
        if g.get("whole"):
            return "SET", "P1W" if "semaine" in g["whole"].lower() else "P1Y", "none"
        unit = (g.get("u") or g.get("u2")).lower()
        unit = unit if unit in fr.SETS else unit.rstrip("s")
        return "SET", fr.SETS.get(unit, fr.SETS.get(unit + "s")), "none"

    def r_set_adj(self, g, text, sentence, span):
        return "SET", fr.SET_ADJECTIVES[g["adj"].lower()], "none"

    r_set_quotidien = r_set_adj

    def r_duration_word(self, g, text, sentence, span):
        value = {"quinquennat": "P5Y", "septennat": "P7Y", "décennie": "P10Y", "semestre": "P6M",
                 "trimestre": "P3M"}[g["word"].lower()]
        return "DURATION", value, "none"

    def r_night_of_date(self, g, text, sentence, span):
        return self.r_date(dict(g, part="nuit"), text, sentence, span)

    def r_that_part(self, g, text, sentence, span):
        """"ce soir-là", "cette semaine-là": the time the text was speaking of."""
        day = self.ctx.last_day or self.ctx.dct
        p = g["p"].lower()
        if day is None:
            return "DATE", None, "none"
        if p == "jour":
            return "DATE", day.isoformat(), "narrative"
        if p == "semaine":
            return "DATE", _iso_week(day), "narrative"
        if p == "année":
            return "DATE", str(day.year), "narrative"
        return "TIME", f"{day.isoformat()}T{_part_code(p)}", "narrative"

    def r_holiday(self, g, text, sentence, span):
        rule = fr.HOLIDAYS[g["h"].lower()]
        base = self.ctx.base
        year = int(g["y"]) if g.get("y") else None

        def on(y):
            if isinstance(rule, tuple):
                return safe_date(y, *rule)
            return _easter(y) + dt.timedelta(days=rule)
        if year is None:
            if base is None:
                return "DATE", None, "none"
            rel = (g.get("rel") or "").lower()
            options = [on(y) for y in (base.year - 1, base.year, base.year + 1)]
            if rel in fr.LAST:
                day = max(o for o in options if o <= base)
            elif rel in fr.NEXT:
                day = min(o for o in options if o >= base)
            else:
                day = min(options, key=lambda o: abs((o - base).days))
        else:
            day = on(year)
        self._seen_day(day)
        if g.get("night"):
            return "TIME", f"{day.isoformat()}T{'NI' if 'nuit' in g['night'].lower() else 'EV'}", "dct"
        return "DATE", day.isoformat(), "dct" if year is None else "none"

    def r_night_of(self, g, text, sentence, span):
        g = dict(g, part="nuit")
        return self.r_weekday(g, text, sentence, span)

    def r_weekday_day(self, g, text, sentence, span):
        """"jeudi 12": the 12th nearest the publication date that falls on a Thursday."""
        wd, d = fr.WEEKDAYS[g["wd"].lower()], _day(g["d"])
        base = self.ctx.dct
        if base is None:
            return "DATE", f"XXXX-XX-{d:02d}", "none"
        for offset in (0, -1, 1, -2, 2, 3, -3):
            month = _shift_months(base, offset)
            day = safe_date(month.year, month.month, d)
            if day and day.weekday() == wd:
                self._seen_day(day)
                return "DATE", day.isoformat(), "dct"
        return "DATE", f"XXXX-XX-{d:02d}", "none"

    def r_period_part(self, g, text, sentence, span):
        unit = g["u"].lower()
        rel = (g.get("rel") or "").lower()
        base = self.ctx.dct
        if base is None:
            return "DATE", None, "none"
        step = -1 if rel in fr.LAST else (1 if rel in fr.NEXT else 0)
        if "semaine" in unit:
            return "DATE", _iso_week(base + dt.timedelta(weeks=step)), "dct"
        if "mois" in unit:
            month = _shift_months(base, step)
            return "DATE", f"{month.year}-{month.month:02d}", "dct"
        return "DATE", str(base.year + step), "dct"

    def r_century(self, g, text, sentence, span):
        c = g["c"].upper()
        number = int(c) if c.isdigit() else _roman(c)
        return "DATE", f"{number - 1:02d}" if number else None, "none"

    def r_night(self, g, text, sentence, span):
        return "TIME", "TNI", "none"


_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def tag(text: str, dct: dt.date | None, *, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[Found, int]]:
    """Every temporal expression of ``text`` with its value, and its paragraph index.

    ``paragraphs`` are (start, end) offsets; by default each line is one.
    """
    if paragraphs is None:
        paragraphs, pos = [], 0
        for line in text.split("\n"):
            paragraphs.append((pos, pos + len(line)))
            pos += len(line) + 1
    if dct is not None and not (CALENDAR_START <= dct <= CALENDAR_END):
        dct = None                  # a creation day at the calendar's ends anchors nothing
    resolver = Resolver(dct)
    out = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        resolver.paragraph()
        chunk = text[p_start:p_end]
        if not chunk.strip():
            continue
        work = chunk.translate(_APOS)
        sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(work)]
        spans = find(chunk)
        for a, b in sentences or [(0, len(work))]:
            inside = [s for s in spans if a <= s.start < b]
            sentence = work[a:b]
            resolver.sentence()
            resolver.sentence_start, resolver.sentence_end = a, b
            # Days first, then the clock times of the sentence, which hang on its day
            # ("Vers 0 h 40, jeudi": the time is Thursday's).
            results, days = {}, []
            for k, s in enumerate(inside):
                if s.rule != "time":
                    before = resolver.ctx.last_day
                    results[k] = resolver.resolve(s, work, sentence)
                    if resolver.ctx.last_day != before and s.rule not in ("duration",):
                        days.append((s.start, resolver.ctx.last_day))
            for k, s in enumerate(inside):
                if s.rule == "time":
                    earlier = [d for pos, d in days if pos < s.start]
                    later = [d for pos, d in days if pos > s.start]
                    resolver.sentence_day = earlier[-1] if earlier else (later[0] if later else None)
                    results[k] = resolver.resolve(s, work, sentence)
            for k in range(len(inside)):
                found = results[k]
                found.start += p_start
                found.end += p_start
                out.append((found, index))
    return out
