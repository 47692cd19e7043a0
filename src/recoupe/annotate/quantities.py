"""Figures: a value, how it is qualified and what it counts.

Numbers are read from the text ("1 960" with a space, no-break or narrow
no-break space as thousands separator, "1,2 million", "quarante-quatre" via
text2num); what they count is the noun phrase that follows, read with
spaCy's parts of speech ("90 véhicules blindés de transport de troupes").
A number inside a date, a time or a duration (``article.times``), an ordinal,
a reference ("paragraphe 4") or an address ("12 rue...") is not a figure.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from types import ModuleType

from text_to_num import text2num

from .lang import alternation
from ..records import Quantity

_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"



@lru_cache(maxsize=None)
def _patterns(v: ModuleType):
    word = alternation(v.NUMBER_WORDS)
    numw = rf"(?:(?:{word})(?:(?:-|\s)(?:et(?:-|\s))?(?:{word}))*)"
    scale = alternation(v.SCALES)
    quals = v.APPROX + v.OVER + v.UNDER
    # "moins de" is also written "moins d'une centaine"
    qual = alternation(quals + tuple(q[:-2] + a for q in quals if q.endswith(" de") for a in ("d'", "d’")))
    number = re.compile(
        rf"(?<![\w,.])(?:(?P<qual>{qual})(?:\s+|(?<=['’]))(?:d'|de\s+)?)?"
        rf"(?:(?P<digits>{_DIGITS})|(?P<round>une?\s+(?:{alternation(v.ROUND_NUMBERS)}))|(?P<words>{numw})|"
        rf"(?P<vague>des|plusieurs|quelques)\s+(?P<vscale>{alternation(v.VAGUE_SCALES)}))"
        rf"(?:\s+(?P<scale>{scale}))?(?P<pct>\s?(?:%|pour ?cent))?(?![\w])", re.I)
    before = re.compile(rf"(?<![\w])(?:{alternation(v.NOT_A_FIGURE_BEFORE)})\s*$", re.I)
    durations = re.compile(rf"^(?:{alternation(v.TIME_UNITS)})\b", re.I)
    address = re.compile(rf"^,?\s*(?:{alternation(v.ADDRESS_AFTER)})\b", re.I)
    return number, before, address, durations


def _value(m: re.Match, v: ModuleType) -> float | None:
    if m.group("digits"):
        raw = re.sub(r"[ \u00a0\u202f]", "", m.group("digits"))
        # "1.5": a decimal point; "1.500": a dot as thousands separator (rare in French, but seen)
        raw = raw.replace(",", ".") if "," in raw else (raw.replace(".", "") if re.fullmatch(r"\d+\.\d{3}", raw) else raw)
        value = float(raw)
    elif m.group("words"):
        words = m.group("words").lower()
        if words in ("un", "une") and not m.group("scale"):
            return None                     # an article, not a figure
        try:
            value = float(text2num(words.replace(" et ", "-et-").replace(" ", "-"), "fr"))
        except ValueError:
            try:
                value = float(text2num(words, "fr"))
            except ValueError:
                return None
    elif m.group("round"):
        value = float(v.ROUND_NUMBERS[m.group("round").split()[-1].lower()])
    else:
        value = float(v.VAGUE_SCALES[m.group("vscale").lower()])
    if m.group("scale"):
        value *= v.SCALES[m.group("scale").lower()]
    return value


def _qualifier(m: re.Match, v: ModuleType) -> str:
    q = (m.group("qual") or "").lower().replace("’", "'")
    q = q[:-2] + "de" if q.endswith(" d'") else q
    if m.group("vague"):
        return "over"                       # "des milliers": at least a thousand
    if m.group("round"):                    # "une centaine"; "au moins une dizaine" is a lower bound
        return "over" if q in v.OVER else "under" if q in v.UNDER else "approx"
    if q in v.APPROX:
        return "approx"
    if q in v.OVER:
        return "over"
    if q in v.UNDER:
        return "under"
    return "exact"


_STOP_POS = {"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON", "NUM", "SYM"}


def counted(doc, text: str, start: int, limit: int = 8) -> tuple[str | None, int]:
    """The noun phrase a number counts, read from ``start`` (a character offset
    in ``doc``, whose text is ``text``): noun, its adjectives, and "de"-complements."""
    tokens = list(doc)
    starts = [t.idx for t in tokens]
    i = bisect_right(starts, start) - 1
    if i < 0:
        return None, start
    while i < len(tokens) and tokens[i].idx < start:
        i += 1
    phrase = []
    j = i
    while j < len(tokens) and tokens[j].lower_ in ("d'", "de", "d’") and not phrase:
        j += 1                              # "un million d'habitants", "des milliers de morts"
    seen_noun = False
    while j < len(tokens) and len(phrase) < limit:
        t = tokens[j]
        if t.pos_ in ("NOUN", "PROPN") or (t.text == "%" and not phrase):
            phrase.append(t)
            seen_noun = True
        elif t.pos_ == "ADJ" and (seen_noun or not phrase):
            phrase.append(t)
        elif seen_noun and t.lower_ in ("de", "d'", "d’", "du", "des") and j + 1 < len(tokens) \
                and tokens[j + 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET"):
            if tokens[j + 1].pos_ == "DET":
                break                       # "20 % des territoires ...": stop at the determiner
            phrase.append(t)
        else:
            break
        j += 1
    while phrase and phrase[-1].lower_ in ("de", "d'", "d’", "du", "des"):
        phrase.pop()
    if not phrase or not seen_noun:
        return None, start
    end = phrase[-1].idx + len(phrase[-1].text)
    return text[phrase[0].idx:end], end


def quantities(docs, paragraphs: list[str], offsets: list[int], times: list[tuple[int, int]],
               v: ModuleType) -> list[Quantity]:
    number, before, address, durations = _patterns(v)
    out: list[Quantity] = []
    for index, (doc, text, base) in enumerate(zip(docs, paragraphs, offsets)):
        for m in number.finditer(text):
            n_start = m.start("digits") if m.group("digits") else m.start()
            a, b = base + n_start, base + m.end()
            if any(ts < b and a < te for ts, te in times):
                continue                    # a date, a time or a duration
            if before.search(text[max(0, m.start() - 16):m.start()]) or address.match(text[m.end():]):
                continue                    # "paragraphe 4", "12 rue de la Paix"
            if re.match(r"(?:er|e|ème|è|re|nd|nde)\b", text[m.end():m.end() + 4]):
                continue                    # an ordinal: "1er", "35e"
            if m.group("digits") and re.match(r"\s*[/:h-]\s*\d", text[m.end():m.end() + 4]):
                continue                    # a score, a ratio, a clock time
            value = _value(m, v)
            if value is None:
                continue
            if m.group("pct"):
                unit, end = "%", m.end()
            else:
                unit, end = counted(doc, text, m.end())
            if unit is None and not (m.group("scale") or m.group("pct") or m.group("vague")):
                continue                    # a bare number that counts nothing we can name
            if unit and durations.match(unit):
                continue                    # "48 heures": a duration, the temporal tagger's
            out.append(Quantity(base + m.start(), base + max(end, m.end()), text[m.start():max(end, m.end())],
                                value, _qualifier(m, v), unit, index))
    return out
