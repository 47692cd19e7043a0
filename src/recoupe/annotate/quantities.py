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

from ..lang import alternation
from ..records import Quantity
from ..text import number_value

# "1 120 000" (space, no-break or narrow no-break space), "1.120.000" (dots, common in the press), "1,2", "3.5"
_DIGITS = r"\d{1,3}(?:\.\d{3}){2,}(?![\d,])|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"



@lru_cache(maxsize=None)
def _qualifiers(v: ModuleType) -> str:
    """The qualifier words as one alternation; "moins de" is also written "moins d'une centaine"."""
    quals = v.APPROX + v.OVER + v.UNDER
    return alternation(quals + tuple(q[:-2] + a for q in quals if q.endswith(" de") for a in ("d'", "d’")))


@lru_cache(maxsize=None)
def _patterns(v: ModuleType):
    word = alternation(v.NUMBER_WORDS)
    numw = rf"(?:(?:{word})(?:(?:-|\s)(?:{re.escape(v.NUMBER_JOIN)}(?:-|\s))?(?:{word}))*)"
    scale = alternation(v.SCALES)
    qual = _qualifiers(v)
    number = re.compile(
        rf"(?<![\w,.])(?:(?P<qual>{qual})(?:\s+|(?<=['’]))(?:d'|de\s+)?)?"
        rf"(?:(?P<digits>{_DIGITS})|(?P<round>{v.ROUND_ARTICLE}\s+(?:{alternation(v.ROUND_NUMBERS)}))|(?P<words>{numw})|"
        rf"(?P<vague>{alternation(v.VAGUE_COUNTS)})\s+(?P<vscale>{alternation(v.VAGUE_SCALES)})"
        rf"(?:\s+{v.OF_SCALE}\s*(?P<vscale2>{alternation(v.VAGUE_SCALES)}))?)"
        rf"(?:\s+(?P<scale>{scale}))?(?P<pct>\s?(?:%|{v.PERCENT}))?(?![\w])", re.I)
    before = re.compile(rf"(?<![\w])(?:{alternation(v.NOT_A_FIGURE_BEFORE)})\s*$", re.I)
    durations = re.compile(rf"^(?:{alternation(v.TIME_UNITS)})\b", re.I)
    address = re.compile(rf"^,?\s*(?:{alternation(v.ADDRESS_AFTER)})\b", re.I)
    return number, before, address, durations


ROUND_NOUN_SPREAD = 0.15   # how far around its number a round-number noun ("une trentaine") reaches


def _value(m: re.Match, v: ModuleType) -> float | None:
    if m.group("digits"):
        raw = re.sub(r"[ \u00a0\u202f]", "", m.group("digits"))
        # "1.5": a decimal point; "1.500": a dot as thousands separator (rare in French, but seen)
        raw = raw.replace(",", ".") if "," in raw else \
            (raw.replace(".", "") if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw) else raw)
        value = float(raw)
    elif m.group("words"):
        words = m.group("words").lower()
        if words in v.ONE and not m.group("scale"):
            return None                     # an article, not a figure
        value = number_value(words, v.LANG, v.NUMBER_JOIN)
        if value is None:
            return None
        value = float(value)
    elif m.group("round"):
        value = float(v.ROUND_NUMBERS[m.group("round").split()[-1].lower()])
    else:                                   # "des milliers", "des centaines de milliers"
        value = float(v.VAGUE_SCALES[m.group("vscale").lower()])
        if m.group("vscale2"):
            value *= v.VAGUE_SCALES[m.group("vscale2").lower()]
    if m.group("scale"):
        value *= v.SCALES[m.group("scale").lower()]
    return value


def _qualifier(m: re.Match, v: ModuleType) -> str:
    if m.group("vague"):
        return "over"                       # "des milliers": at least a thousand
    said = _qualifier_word(m.group("qual") or "", v)
    if m.group("round"):                    # "une centaine"; "au moins une dizaine" is a lower bound
        return said if said in ("over", "under") else "approx"
    return said


_STOP_POS = {"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON", "NUM", "SYM"}


def counted(doc, text: str, start: int, v: ModuleType, limit: int = 8) -> tuple[str | None, int]:
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
    while j < len(tokens) and (tokens[j].lower_ in ("d'", "de", "d’") or tokens[j].pos_ == "SPACE") and not phrase:
        j += 1                              # "un million d'habitants", "des milliers de morts"
    seen_noun = False
    while j < len(tokens) and len(phrase) < limit:
        t = tokens[j]
        if t.pos_ == "SPACE":               # a no-break space of its own: "200\u00a0000\u00a0euros"
            j += 1
            continue
        if t.pos_ in ("NOUN", "PROPN") or (t.text == "%" and not phrase):
            phrase.append(t)
            seen_noun = True
        elif t.pos_ == "ADJ" and (seen_noun or not phrase):
            phrase.append(t)
        elif seen_noun and t.lower_ in v.OF_WORDS and j + 1 < len(tokens) \
                and tokens[j + 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET"):
            if tokens[j + 1].pos_ == "DET":
                break                       # "20 % des territoires ...": stop at the determiner
            phrase.append(t)
        else:
            break
        j += 1
    while phrase and phrase[-1].lower_ in v.OF_WORDS:
        phrase.pop()
    if not phrase or not seen_noun:
        return None, start
    end = phrase[-1].idx + len(phrase[-1].text)
    return text[phrase[0].idx:end], end


# ------------------------------------------------------------------ scope
#
# A figure is told in a frame: what kind of number it is (a count, a duration,
# an age, a sum, a share), where and when it holds, who gives it and whether it
# is a forecast, an estimate, a part of a total or a total. The frame is read
# from spaCy's dependency parse -- the verb that governs the figure, its
# tense, its subject, the places and dates in its clause -- with the language
# table's words as a prior for what the lemmas mean.

UNIT_DAYS = {"Y": 365.25, "M": 30.4375, "W": 7.0, "D": 1.0, "H": 1 / 24, "MIN": 1 / 1440, "S": 1 / 86400,
             "DE": 3652.5, "CE": 36525.0}
_ISO_PART = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")


def iso_days(value: str) -> float | None:
    """Days in a TIMEX3 duration ("P6Y4M" -> 2313.2, "PT30M" -> 0.0208); None when vague ("PXY")."""
    if not value or not value.startswith("P") or "X" in value:
        return None
    date, _, time = value[1:].partition("T")
    days = 0.0
    for n, u in _ISO_PART.findall(date):
        days += float(n) * UNIT_DAYS[u]
    for n, u in _ISO_PART.findall(time):
        days += float(n) * UNIT_DAYS["MIN" if u == "M" else u]
    return days or None


def unit_days(designator: str) -> float:
    return UNIT_DAYS[designator]


def _leading_unit(text: str, v: ModuleType) -> str | None:
    """The TIMEX3 designator of the first time unit a duration's words name: "six ans et demi" -> "Y"."""
    for w in re.findall(r"[\w-]+", text.lower()):
        if w in v.DURATION_UNITS:
            return v.DURATION_UNITS[w]
    return None


def _token_at(doc, offset: int):
    """The token of ``doc`` that holds character ``offset`` (or the first after it)."""
    for t in doc:
        if t.idx + len(t.text) > offset:
            return t
    return None


def _governor(token):
    """The verb whose clause holds ``token``: up the heads to the first verb, or the root."""
    t, seen = token, 0
    while t.head.i != t.i and seen < 12:          # spaCy makes a new Token object at each access: compare .i
        if t.pos_ == "VERB" and t.i != token.i:
            return t
        t, seen = t.head, seen + 1
    return t


def _span_of(token) -> tuple[int, int]:
    lo, hi = token.left_edge, token.right_edge
    return lo.idx, hi.idx + len(hi.text)


@lru_cache(maxsize=None)
def _partitive(v: ModuleType):
    """A number then the group it is some of: "trois de ses traders" counts traders."""
    words = sorted(getattr(v, "PARTITIVE", ()), key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"\s+(?:" + "|".join(re.escape(w).replace("\\ ", r"\s+") for w in words) + r")\s+(?=\w)", re.I)


@lru_cache(maxsize=None)
def _share_of(v: ModuleType):
    words = sorted(v.SHARE_OF, key=len, reverse=True)
    return re.compile(r"\s+(" + "|".join(re.escape(w).replace("\\ ", r"\s+") for w in words) + r")\s*(?=\w)", re.I)


@lru_cache(maxsize=None)
def _agents(v: ModuleType) -> frozenset[str]:
    return frozenset(w.lower() for w in v.SOURCE_KINDS + v.ROLE_HEADS + v.FIGURE_GIVERS)


@lru_cache(maxsize=None)
def _scope_patterns(v: ModuleType):
    source = re.compile(rf"(?<![\w])(?:{alternation(v.SOURCE_BEFORE)})\s+"
                        rf"({v.SOURCE_ARTICLE}?[^\W\d][\w'’-]*"
                        rf"(?:\s+{v.NAME_LINK}?[^\W\d][\w'’-]*){{0,3}})", re.I)
    total = re.compile(rf"(?<![\w])(?:{alternation(v.TOTAL)})(?![\w])", re.I)
    return source, total


@lru_cache(maxsize=None)
def _reference_patterns(v: ModuleType) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """A figure that stands for an earlier one's noun (a pronoun before it, a list item after it),
    the time zone after a clock time, and the words before a place name."""
    return (re.compile(v.ANAPHOR_BEFORE, re.I), re.compile(v.LIST_ITEM_AFTER), re.compile(v.TIME_ZONE, re.I),
            re.compile(v.LOCATIVE_BEFORE, re.I))


class Frame:
    """The scope of the figures of one paragraph, read from its parse."""

    def __init__(self, doc, text: str, places: list[tuple[int, int, str]], dates: list[tuple[int, int, str]],
                 v: ModuleType):
        self.doc, self.text, self.places, self.dates, self.v = doc, text, places, dates, v
        self._source, self._total = _scope_patterns(v)
        self._agents = _agents(v)

    def _agent(self, subj) -> bool:
        """The subject can give a figure: a name, or a noun for people or an institution
        ("la police", "les organisateurs"), not the thing counted."""
        if subj.pos_ == "PROPN" or subj.ent_type_ in ("PER", "ORG"):
            return True
        lemma = subj.lemma_.lower()
        return subj.pos_ == "NOUN" and (lemma in self._agents or subj.text.lower() in self._agents)

    def _governs(self, date: tuple[int, int, str], verb, head) -> bool:
        inside = [t for t in self.doc if date[0] <= t.idx < date[1]]
        if not inside:
            return False
        tops = [t for t in inside if not (date[0] <= t.head.idx < date[1]) or t.head.i == t.i]
        return any(t.head.i in (verb.i, head.i) or t.i == verb.i for t in tops)

    def sentence(self, offset: int) -> tuple[int, int]:
        for s in self.doc.sents:
            if s.start_char <= offset < s.end_char:
                return s.start_char, s.end_char
        return 0, len(self.text)

    def of(self, start: int, end: int) -> dict:
        """kind, place, when and source of the figure at ``start:end`` of the paragraph."""
        tok = _token_at(self.doc, start)
        out: dict = {"kind": "count", "place": None, "when": None, "source": None, "holder": None}
        if tok is None:
            return out
        s_lo, s_hi = self.sentence(start)
        head = tok.head if tok.dep_ in ("nummod", "det") else tok
        verb = _governor(head)
        clause = _span_of(verb) if verb.pos_ == "VERB" else (s_lo, s_hi)
        clause = (max(clause[0], s_lo), min(clause[1], s_hi))
        # kind: a forecast, an estimate, a part of a total, a total
        lemmas = {verb.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.pos_ in ("VERB", "ADJ")}
        before = self.text[max(s_lo, start - 24):start].lower()
        if re.search(rf"(?:^|[\s,;(])(?:{alternation(self.v.PART_OF)})\s*(?:\w+\s+)?$", before):
            out["kind"] = "part"
        elif lemmas & set(self.v.FORECAST_VERBS):
            out["kind"] = "forecast"
        elif lemmas & set(self.v.ESTIMATE_VERBS):
            out["kind"] = "estimate"
        elif self._total.search(self.text[clause[0]:clause[1]]):
            out["kind"] = "total"
        # where: a place in the figure's own list item ("23 000 à Lyon"), else in its clause
        item_end = _item_end(self.text, end, s_hi)
        item = [p for p in self.places if end <= p[0] < item_end]    # not in the counted noun: "chefs d'État"
        if not item:
            lo, hi = _span_of(head)
            item = [p for p in self.places if lo <= p[0] < hi and not start <= p[0] < end
                    and not _other_figure_between(self.text, p[0], end)]
        if not item and not _listed(self.text, start, s_lo):
            item = [p for p in self.places if clause[0] <= p[0] < clause[1] and not _other_figure_between(
                self.text, p[0], start) and _reference_patterns(self.v)[3].search(self.text[max(0, p[0] - 12):p[0]])]
        if item:
            out["place"] = min(item, key=lambda p: abs(p[0] - start))[2]
        # when: a date that governs its clause -- attached to its verb or to the counted noun in the
        # parse ("Lundi soir, le bilan s'élevait à 12 morts"), not one the sentence compares it with
        # ("un chiffre jamais atteint depuis septembre 2002")
        when = [d for d in self.dates if s_lo <= d[0] < s_hi and self._governs(d, verb, head)]
        if when:
            out["when"] = min(when, key=lambda d: abs(d[0] - start))[2]
        # who gives it: "selon X" in its sentence, or the subject of a verb that gives figures
        m = None
        for m in self._source.finditer(self.text, s_lo, s_hi):
            pass
        if m is not None:
            out["source"] = _trim_source(m.group(1), self.v)
        elif verb.pos_ == "VERB" and verb.lemma_.lower() in self.v.SOURCE_VERBS and \
                not any(c.dep_.startswith("expl") for c in verb.children):     # "le trou s'est chiffré à": no source
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != head.i
                         and not (c.left_edge.i <= tok.i <= c.right_edge.i)), None)
            if subj is not None and self._agent(subj):
                lo, hi = _span_of(subj)
                if hi - lo <= 60:
                    out["source"] = _trim_source(self.text[lo:hi], self.v)
        out["holder"] = self.holder(tok, verb, s_lo, s_hi)
        return out

    def _named(self, token) -> str | None:
        """The name a token stands in (an organisation or a person), as written; None when it is none."""
        if token.ent_type_ not in ("ORG", "PER", "MISC") and token.pos_ != "PROPN":
            return None
        ent = next((e for e in self.doc.ents if e.start <= token.i < e.end), None)
        return ent.text if ent is not None else token.text

    def holder(self, tok, verb, s_lo: int, s_hi: int) -> str | None:
        """Whose sum or share it is: the organisation or person that is the subject of the figure's
        clause ("Natixis a dû lever 3,9 milliards"), or the name a relative clause hangs on ("le
        Crédit agricole, qui a perdu 6,85 milliards"), up the clauses that hold it; else the one
        organisation or person its sentence has as a subject. None when the parse says no one."""
        t, seen = verb, 0
        while seen < 6:
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")
                         and not (c.left_edge.i <= tok.i <= c.right_edge.i)), None)
            if t.dep_ == "acl:relcl" and (subj is None or "PronType=Rel" in str(subj.morph)):
                return self._named(t.head)
            if subj is not None:
                named = self._named(subj)
                if named:
                    return named
                break                       # "le trou s'est chiffré à": a thing, whose the sentence may say
            if t.head.i == t.i or t.dep_ not in ("conj", "parataxis", "xcomp", "ccomp", "advcl"):
                break
            t, seen = t.head, seen + 1
        subjects = {n for x in self.doc if s_lo <= x.idx < s_hi and x.dep_ in ("nsubj", "nsubj:pass")
                    for n in [self._named(x)] if n}
        return subjects.pop() if len(subjects) == 1 else None


def _zone(words: str, v: ModuleType) -> str:
    """A clock time's zone: "local", the publishing country's (the table's ``HOME_ZONE``), or the
    words given ("gmt")."""
    w = words.lower()
    return "local" if any(x in w for x in v.ZONE_LOCAL) else v.HOME_ZONE if any(x in w for x in v.ZONE_HOME) else w


def _item_end(text: str, end: int, limit: int) -> int:
    """Where the list item that a figure opens ends: the next comma, semicolon or figure."""
    m = re.compile(r"[,;:()]|\s\d").search(text, end, limit)
    return m.start() if m else limit


def _listed(text: str, start: int, s_lo: int) -> bool:
    """The figure is an item of a list of figures ("36 000 à Toulouse, 23 000 à Lyon")."""
    return bool(re.search(r"\d[^,;.]{0,40}[,;]\s*(?:et\s+)?$", text[s_lo:start]))


def _other_figure_between(text: str, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return bool(re.search(r"\d", text[lo:hi]))


def _trim_source(text: str, v: ModuleType) -> str:
    return re.split(v.SOURCE_ENDS, text.strip(" ,.;:"))[0]


@lru_cache(maxsize=None)
def _age_cues(v: ModuleType) -> dict[str, re.Pattern]:
    # as written: "duration_of" read without regard to case, the others as they are
    return {k: re.compile(p, re.I if k == "duration_of" else 0) for k, p in v.AGE_CUES.items()}


def _age(text: str, start: int, end: int, unit: str, doc, v: ModuleType, persons: list[tuple[int, int, str]]):
    """Whose age "N ans" is, or None when it is not an age: "âgé de 46 ans", "Kerviel, 31 ans",
    "cette femme de 46 ans", "à 37 ans" (not "à trois ans de prison")."""
    if v.DURATION_UNITS.get(unit.lower()) not in ("Y", "M"):
        return None
    cue = _age_cues(v)
    after = text[end:end + 30]
    if cue["duration_of"].match(after):
        return None                         # "trois ans de prison", "six ans de captivité"
    before = text[max(0, start - 40):start]
    s_lo = max(text.rfind(". ", 0, start), 0)
    s_hi = text.find(". ", end)
    s_hi = len(text) if s_hi < 0 else s_hi
    near = [p for p in persons if s_lo <= p[0] and p[1] <= start and start - p[1] <= 40]
    after_people = [p for p in persons if end <= p[0] < s_hi]
    who = near[-1][2] if near else (after_people[0][2] if after_people else None)
    if re.search(r",\s*$", before) and near and re.fullmatch(r"[\s,]*", text[near[-1][1]:start]):
        return who                          # "Jérôme Kerviel, 31 ans"
    lowered = before.lower()
    if cue["ago"].search(lowered):
        return None                         # "il y a six ans": a date
    if re.search(r"[^\W\d],\s*$", before) and cue["apposition_end"].match(after):
        return who or "?"                   # "le dalaï lama, 73 ans,"
    if re.search(rf"(?<![\w])(?:{alternation(v.AGE_BEFORE)})\s*$", lowered):
        if cue["at_or_over"].search(lowered) and not cue["clause_end"].match(after):
            return None                     # "à trois ans d'intervalle", "plus de six ans en captivité"
        if cue["more_or_less"].search(lowered) and not cue["aged"].search(lowered):
            return None
        return who or "?"
    m = cue["noun_of"].search(before)
    if m:
        noun = m.group(1).split("'")[-1].split("’")[-1]
        if noun.lower() in {w.lower() for w in v.PERSON_NOUNS} or noun.lower() in {w for w in v.ROLE_HEADS}:
            return who or noun
    return None


def quantities(docs, paragraphs: list[str], offsets: list[int], times, mentions, v: ModuleType) -> list[Quantity]:
    """The figures of an article, each with its scope. ``times`` are the article's
    TimeExpr (a number inside a date is no figure; a duration is one), ``mentions``
    its names (places and people for the scope)."""
    number, before, address, durations = _patterns(v)
    anaphor, list_item, zone_after, _ = _reference_patterns(v)
    out: list[Quantity] = []
    loose = re.compile(rf"(?:{alternation(v.LOOSE_DURATIONS)})", re.I)
    currency = None
    last_count = None                       # the last counted figure of the paragraphs before
    for index, (doc, text, base) in enumerate(zip(docs, paragraphs, offsets)):
        places = [(m.start - base, m.end - base, m.form) for m in mentions if m.paragraph == index and m.type == "LOC"]
        persons = [(m.start - base, m.end - base, m.form) for m in mentions if m.paragraph == index and m.type == "PER"]
        dates = [(t.start - base, t.end - base, t.value) for t in times
                 if t.paragraph == index and t.type in ("DATE", "TIME") and t.value and t.value[:1].isdigit()]
        frame = Frame(doc, text, places, dates, v)
        found: list[dict] = []
        matches = list(number.finditer(text))
        skip_next = False
        for k, m in enumerate(matches):
            if skip_next:
                skip_next = False
                continue
            n_start = m.start("digits") if m.group("digits") else m.start()
            a, b = base + n_start, base + m.end()
            inside = next((t for t in times if t.start < b and a < t.end), None)
            if inside is not None:
                continue                    # a date, a time or a duration (durations are read below)
            if before.search(text[max(0, m.start() - 16):m.start()]) or address.match(text[m.end():]):
                continue                    # "paragraphe 4", "12 rue de la Paix"
            if re.match(v.ORDINAL_AFTER, text[m.end():m.end() + 4]):
                continue                    # an ordinal: "1er", "35e"
            if m.group("digits") and re.match(r"\s*[/:h-]\s*\d", text[m.end():m.end() + 4]):
                continue                    # a score, a ratio, a clock time
            value = _value(m, v)
            if value is None:
                continue
            low = high = None
            qualifier = _qualifier(m, v)
            end_match = m
            # an interval: "entre 600 000 et 800 000", "de 3 à 4 %", "3 ou 4 %"
            nxt = matches[k + 1] if k + 1 < len(matches) else None
            if nxt is not None and re.fullmatch(rf"\s*(?:{alternation(v.RANGE_JOIN)})\s*", text[m.end():nxt.start()]) \
                    and not nxt.group("qual"):
                opened = re.search(rf"(?<![\w])(?:{alternation(v.RANGE_OPEN)})\s*$", text[max(0, m.start() - 8):m.start()], re.I)
                joined = text[m.end():nxt.start()].strip()
                second = _value(nxt, v)
                if second is not None and (opened or joined == v.RANGE_ALTERNATIVE):
                    first = value
                    if nxt.group("scale") and not m.group("scale"):
                        first *= v.SCALES[nxt.group("scale").lower()]     # "entre 1 et 2 millions"
                    if first < second:
                        low, high, value, qualifier = first, second, first, "over"
                        end_match, skip_next = nxt, True
            if m.group("vague"):            # "des centaines de milliers": an order of magnitude
                low, high, qualifier = value, value * 10, "over"
            elif m.group("round") and qualifier == "approx" and low is None:
                # "une trentaine", "une douzaine": the neighbourhood of a round number, wider than
                # "environ 30" ("Naïma, 34 ans" is "une trentaine d'années")
                low, high = value * (1 - ROUND_NOUN_SPREAD), value * (1 + ROUND_NOUN_SPREAD)
            pct = m.group("pct") or end_match.group("pct")
            if pct:
                unit, end = "%", end_match.end()
                # what it is a share of: "90 % des cas", "17 % de son capital"
                share = _share_of(v).match(text, end)
                what, what_end = counted(doc, text, share.end(), v) if share else (None, end)
                if what:
                    unit, end = f"% {share.group(1).strip()} {what}".replace("' ", "'").replace("’ ", "’"), what_end
            else:
                unit, end = counted(doc, text, end_match.end(), v)
                part = None if unit else _partitive(v).match(text, end_match.end())
                if part:                    # "trois de ses traders": some of a group, counted in its noun
                    unit, end = counted(doc, text, part.end(), v)
            end = max(end, end_match.end())
            if unit and durations.match(unit):
                who = _age(text, m.start(), end_match.end(), unit.split()[0], doc, v, persons)
                if who is None:
                    continue                # "48 heures": a duration, the temporal tagger's
                half = re.match(rf"\s+(?:{alternation(v.HALF)})(?![\w])", text[end:], re.I)
                if half:                    # "le garçon de deux ans et demi"
                    value, end = value + 0.5, end + half.end()
                found.append(dict(start=m.start(), end=end, value=value, qualifier=qualifier,
                                  unit=v.UNIT_NAMES["Y"], dimension="age", of=None if who == "?" else who, low=low, high=high))
                continue
            found.append(dict(start=m.start(), end=end, value=value, qualifier=qualifier, unit=unit,
                              dimension=_dimension(unit, v), low=low, high=high, of=None,
                              bare=unit is None and not (m.group("scale") or pct or m.group("vague"))))
        # durations, from the temporal tagger: "six ans et quatre mois" (P6Y4M) in years;
        # and clock times ("à 20h08 heure locale"): when something happened or starts is a fact outlets give
        for t in times:
            if t.paragraph != index:
                continue
            clock = re.search(r"T(\d\d):(\d\d)$", t.value or "") if t.type == "TIME" else None
            if clock and re.search(r"\d", t.text):
                s, e = t.start - base, t.end - base
                zone = zone_after.match(text[e:e + 30])
                found.append(dict(start=s, end=e, value=float(int(clock.group(1)) * 60 + int(clock.group(2))),
                                  qualifier="exact", unit="minutes", dimension="clock", low=None, high=None,
                                  of=_zone(zone.group(1), v) if zone else None))
                continue
            if t.type != "DURATION":
                continue
            days = iso_days(t.value or "")
            unit = _leading_unit(t.text, v)
            if days is None or unit is None or not re.search(rf"\d|{alternation(v.NUMBER_WORDS)}|demi", t.text, re.I):
                continue
            s, e = t.start - base, t.end - base
            qm = re.match(rf"(?:{alternation(v.APPROX + v.OVER + v.UNDER)})\s*(?:d['’]|de\s+)?", t.text, re.I)
            # the qualifier inside the expression, or just before it ("plus d'une heure": the tagger
            # gives "une heure")
            qb = None if qm else re.search(rf"(?<![\w])(?:{_qualifiers(v)})\s*$", text[max(0, s - 40):s], re.I)
            qualifier = _qualifier_word((qm or qb).group(0) if (qm or qb) else "", v)
            if loose.search(t.text) and qualifier == "exact":
                qualifier = "approx"        # "quinze jours": two weeks, said loosely
            who = _age(text, s + (qm.end() if qm else 0), e, re.findall(r"[\w-]+", t.text)[-1], doc, v, persons)
            value = days / UNIT_DAYS[unit]
            if who is not None and unit in ("Y", "M"):
                found.append(dict(start=s, end=e, value=round(days / UNIT_DAYS["Y"], 2), qualifier=qualifier,
                                  unit=v.UNIT_NAMES["Y"], dimension="age", of=None if who == "?" else who, low=None, high=None))
                continue
            what, _ = counted(doc, text, e, v)
            found.append(dict(start=s, end=e, value=round(value, 2), qualifier=qualifier,
                              unit=v.UNIT_NAMES[unit], dimension="duration", of=what, low=None, high=None,
                              days=days))
        found += _periods(text, [t for t in times if t.paragraph == index], base, v)
        found.sort(key=lambda f: f["start"])
        # "3 milliards", "950 millions" with no unit: a sum, in the currency the article last gave
        for f in found:
            if f["dimension"] == "money":
                currency = f["unit"]
            elif f["unit"] is None and not f.get("bare") and f["value"] >= 1_000_000 and currency:
                f["unit"], f["dimension"] = currency, "money"
        # a figure with nothing after it counts what the figure before it counts, when it is an item
        # of a list or a part ("36 000 à Toulouse, 23 000 à Lyon", "dont 80 000 à Paris") or stands
        # for it by a pronoun ("l'intersyndicale en revendique 60 000", "Ils étaient 3 500 000")
        for i, f in enumerate(found):
            if f["unit"] is not None or f["dimension"] != "count":
                continue
            prev = next((g for g in reversed(found[:i]) if g["unit"] and g["dimension"] == "count"), None) \
                or last_count
            if prev is None:
                continue
            same_sentence = prev in found and not re.search(r"[.!?]\s", text[prev["end"]:f["start"]])
            item = same_sentence and list_item.match(text[f["end"]:f["end"] + 12])
            pronoun = anaphor.search(text[max(0, f["start"] - 40):f["start"]])
            if item or pronoun:
                f["unit"], f["bare"] = prev["unit"], False
        last_count = next((g for g in reversed(found) if g["unit"] and g["dimension"] == "count"), last_count)
        for i, f in enumerate(found):
            if f.get("bare") or (f["unit"] is None and f["dimension"] == "count" and not f["low"]
                                 and f["value"] < 1000):
                continue                    # a bare number that counts nothing we can name
            scope = frame.of(f["start"], f["end"])
            whole = next((g for g in reversed(found[:i]) if g["unit"]), None)
            if scope["kind"] == "part" and whole is not None and whole["unit"] != f["unit"]:
                scope["kind"] = "count"     # "91 000 spectateurs, dont 80 chefs d'État": chiefs counted, not spectators
            out.append(Quantity(start=base + f["start"], end=base + f["end"], text=text[f["start"]:f["end"]], value=f["value"],
                                qualifier=f["qualifier"], unit=f["unit"], paragraph=index, dimension=f["dimension"], low=f["low"],
                                high=f["high"], kind=scope["kind"], place=scope["place"], when=scope["when"],
                                source=scope["source"],
                                of=scope["holder"] if f["dimension"] in ("money", "percent") else f["of"]))
    return out


def _periods(text: str, times, base: int, v: ModuleType) -> list[dict]:
    """A period told by the years it runs between ("de 1985 à 1988", "entre 1984 et 1986"):
    when it began and when it ended are two figures, a year each, that outlets can disagree on."""
    ends = getattr(v, "PERIOD_ENDS", ())
    if len(ends) != 2:
        return []
    dated = sorted((t for t in times if t.type == "DATE" and re.fullmatch(r"\d{4}(?:-\d\d)?", t.value or "")),
                   key=lambda t: t.start)
    joins = alternation(tuple(j for j in v.RANGE_JOIN if j != v.RANGE_ALTERNATIVE))
    out = []
    for t1, t2 in zip(dated, dated[1:]):
        s1, e1, s2, e2 = t1.start - base, t1.end - base, t2.start - base, t2.end - base
        if not re.fullmatch(rf"\s*(?:{joins})\s*", text[e1:s2], re.I) or int(t1.value[:4]) >= int(t2.value[:4]):
            continue
        if not re.search(rf"(?<![\w])(?:{alternation(v.RANGE_OPEN)})\s*$", text[max(0, s1 - 8):s1], re.I):
            continue
        for year, end in ((t1.value[:4], ends[0]), (t2.value[:4], ends[1])):
            out.append(dict(start=s1, end=e2, value=float(year), qualifier="exact", unit=end, dimension="period",
                            low=None, high=None, of=None))
    return out




def _qualifier_word(q: str, v: ModuleType) -> str:
    """The qualifier words say: "plus de " -> "over", "près d'" -> "approx"."""
    def norm(w: str) -> str:
        return re.sub(r"\s*(?:d['’]|de)?\s*$", "", w.lower().replace("’", "'")).strip()
    q = norm(q)
    for words, name in ((v.APPROX, "approx"), (v.OVER, "over"), (v.UNDER, "under")):
        if q and any(q == norm(w) for w in words):
            return name
    return "exact"


def _dimension(unit: str | None, v: ModuleType) -> str:
    if unit is None:
        return "count"
    if unit == "%" or unit.startswith("% "):
        return "percent"
    first = unit.split()[0].lower()
    if first in {w.lower() for w in v.CURRENCIES}:
        return "money"
    if first in {w.lower() for w in v.MEASURES}:
        return "measure"
    return "count"
