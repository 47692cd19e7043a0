"""The date tagger's resolver: the value of each expression found, read in order against two
anchors, the document's creation date (the publication date) for deictic words ("hier", "ce
mercredi"), and the *narrative time* for expressions whose meaning depends on where the text has
moved ("le 10 novembre dernier" after "le 27 septembre 2020 ... après 44 jours"). "La veille",
"le même jour" and clock times hang on the last day the text named.

A rule names its resolver (``r_<name>``); the words a resolver weighs are the language table's,
and its values are TIMEX3 codes.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ...text import number_value
from .rules import Cues


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    rule: str
    groups: dict
    priority: int = 0
    resolve: str = ""


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


def _num(word: str, t) -> float | None:
    word = word.strip().lower()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", word):
        value = float(word.replace(",", "."))
        return int(value) if value.is_integer() else value
    return number_value(word, t.LANG, t.NUMBER_JOIN)


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


def _month(word: str, t) -> int:
    return t.MONTHS[word.lower().rstrip(".")]


def _day(word: str, t) -> int:
    return 1 if word.lower() in t.FIRST else int(word)


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


def _pick_year(month: int, day: int | None, base: dt.date, rel: str | None, t) -> int:
    """The year of a "day month" (or a month) written without one: the nearest
    occurrence to ``base``, or the last/next one with dernier/prochain."""
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        when = safe_date(year, month, day or 15)
        if when:
            options.append(when)
    if rel in t.LAST:
        past = [o for o in options if o <= base + dt.timedelta(days=0 if day else 15)]
        return max(past).year if past else base.year
    if rel in t.NEXT:
        future = [o for o in options if o >= base - dt.timedelta(days=0 if day else 15)]
        return min(future).year if future else base.year
    return min(options, key=lambda o: abs((o - base).days)).year


def _part_code(part: str | None, t) -> str | None:
    if not part:
        return None
    p = part.lower()
    for word, code in sorted(t.PARTS.items(), key=lambda kv: -len(kv[0])):
        if word in p:
            return code
    return None


def _clock(g: dict) -> str | None:
    if g.get("h") is not None:
        return f"{int(g['h']):02d}:{int(g.get('mi') or 0):02d}"
    return None


def _day_value(day: dt.date | None, g: dict, t) -> tuple[str, str | None]:
    """A day, with a part of the day or a clock time when the expression has one."""
    if day is None:
        return "DATE", None
    clock = _clock(g)
    if clock:
        return "TIME", f"{day.isoformat()}T{clock}"
    part = g.get("part_code") or _part_code(g.get("part"), t)
    if part == "MI_PART":
        return "TIME", f"{day.isoformat()}TMI"
    if part and part != "MI":
        return "TIME", f"{day.isoformat()}T{part}"
    if part == "MI":
        return "TIME", f"{day.isoformat()}T12:00"
    return "DATE", day.isoformat()


def _direction(before: str, after: str, cues: Cues) -> int:
    """Is a weekday (or week-end) named in this context past (-1), to come (+1), or unsaid (0)?

    The words right before it decide first ("depuis lundi", "avant samedi");
    then the verbs of the few words around it ("doivent se prononcer dimanche").
    """
    near = before.lower().rstrip()
    if cues.past_preps.search(near):
        return -1
    if cues.future_preps.search(near):
        return 1
    # the clause it stands in: from the last comma or colon before it to the next after it
    clause_before = re.split(r"[,;:()«»]", before)[-1]
    clause_after = re.split(r"[,;:()«»]", after)[0]
    window = " ".join(clause_before.split()[-8:] + clause_after.split()[:6])
    future = cues.future_cues.search(window)
    past = cues.past_cues.search(window)
    if future and not past:
        return 1
    if past and not future:
        return -1
    return 0


def _weekday_year(y: int, m: int, d: int, weekday: str | None, t) -> int:
    """The year of "vendredi 8 août" written without one: the year picked from the anchor, unless
    its calendar does not put that day on that weekday and exactly one year either side does."""
    wd = t.WEEKDAYS.get((weekday or "").lower())
    if wd is None or ((day := safe_date(y, m, d)) and day.weekday() == wd):
        return y
    fits = [n for n in (y - 1, y + 1) if (day := safe_date(n, m, d)) and day.weekday() == wd]
    return fits[0] if len(fits) == 1 else y


def _weekday_date(wd: int, dct: dt.date, rel: str | None, direction: int, this: bool, t) -> dt.date:
    """A weekday named without a date: "ce jeudi" is the one of this week; a bare
    one the same day, else the last one (news tell the past) unless the context
    speaks of what is to come."""
    delta = (wd - dct.weekday()) % 7
    if rel in t.NEXT:
        return dct + dt.timedelta(days=delta or 7)
    if rel in t.LAST:
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


def _duration_value(n, unit_word: str, t, half: bool = False) -> str | None:
    unit = t.UNITS.get(unit_word.lower())
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

    def __init__(self, dct: dt.date | None, cues: Cues):
        self.ctx = Context(dct=dct)
        self.cues, self.t = cues, cues.t
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
        handler = getattr(self, "r_" + span.resolve)
        try:
            typ, value, anchor = handler(span.groups, text, sentence, span)
        except (OverflowError, ValueError):
            # arithmetic past the calendar's ends ("dans 900 000 ans", a day before 0001-01-01):
            # the expression is found, its value is not
            return Found(span.start, span.end, "DURATION" if span.resolve == "duration" else "DATE", None, "none")
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
            y = _pick_year(m, d, base, self._tense_rel(g, text, span), self.t)
            y = _weekday_year(y, m, d, g.get("wd"), self.t)
            anchor = "narrative" if self.ctx.narrative else "dct"
        else:
            anchor = "none"
        day = safe_date(y, m, d)
        if day is None:
            return "DATE", None, anchor
        if explicit_year and not (span and self._opens_a_state(text, span)):
            self._set_narrative(day)
        self._seen_day(day)
        typ, value = _day_value(day, g, self.t)
        return typ, value, anchor

    def r_iso(self, g, text, sentence, span):
        return self._dated(int(g["y"]), int(g["m"]), int(g["d"]), g, explicit_year=True)

    r_numeric = r_iso

    def r_date(self, g, text, sentence, span):
        y = _year(g.get("y") or g.get("y2")) if (g.get("y") or g.get("y2")) else None
        return self._dated(y, _month(g["m"], self.t), _day(g["d"], self.t), g, explicit_year=y is not None, text=text, span=span)

    def _tense_rel(self, g: dict, text: str, span: Span | None) -> str | None:
        """"dernier"/"prochain" when written; else, against the publication date,
        the tense of the clause ("il quittera son poste le 31 décembre")."""
        rel = (g.get("rel") or "").lower() or None
        if rel or self.ctx.narrative is not None or span is None:
            return rel
        direction = _direction(text[self.sentence_start:span.start], text[span.end:self.sentence_end], self.cues)
        return self.t.NEXT[0] if direction > 0 else (self.t.LAST[0] if direction < 0 else None)

    def _opens_a_state(self, text: str, span: Span) -> bool:
        """"depuis juillet 2012": the start of something still going on; the
        text has not moved to that time."""
        return bool(self.cues.opens_a_state.search(text[max(0, span.start - 14):span.start]))

    def r_range(self, g, text, sentence, span):
        y = _year(g["y"]) if g.get("y") else None
        return self._dated(y, _month(g["m"], self.t), _day(g["d"], self.t), {"rel": g.get("rel")}, explicit_year=y is not None,
                           text=text, span=span)

    def r_month(self, g, text, sentence, span):
        m = _month(g["m"], self.t)
        y = g.get("y")
        if y:
            year = _year(y)
            if not self._opens_a_state(text, span):
                self._set_narrative(dt.date(year, m, 1), "month")
            return "DATE", f"{year}-{m:02d}", "none"
        shared = self.cues.shared_year.match(text[span.end:])
        if shared:                               # "entre janvier et mars 2015"
            return "DATE", f"{shared.group('y')}-{m:02d}", "none"
        base = self.ctx.base
        if base is None:
            return "DATE", f"XXXX-{m:02d}", "none"
        year = _pick_year(m, None, base, self._tense_rel(g, text, span), self.t)
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
        code = self.t.SEASONS[g["s"].lower()]
        rel = (g.get("rel") or "").lower()
        pre = (g.get("pre") or "").lower()
        if g.get("y"):
            return "DATE", f"{g['y']}-{code}", "none"
        base = self.ctx.dct
        if base is None:
            return "DATE", f"XXXX-{code}", "none"
        if rel in self.t.LAST:
            return "DATE", f"{base.year - 1}-{code}", "dct"
        if rel in self.t.NEXT:
            return "DATE", f"{base.year + (1 if code != 'WI' or base.month > 2 else 0)}-{code}", "dct"
        if pre in self.t.SEASON_THIS \
                and self.ctx.narrative is None:
            return "DATE", f"{base.year}-{code}", "dct"
        if self.ctx.narrative is not None and pre not in self.t.SEASON_ANY_YEAR:
            return "DATE", f"{self.ctx.narrative.year}-{code}", "narrative"
        return "DATE", f"XXXX-{code}", "none"

    def r_quarter(self, g, text, sentence, span):
        n = self.t.ORDINALS.get(g["n"].lower(), 1)
        base = self.ctx.base
        year = g.get("y") or (str(base.year) if base else "XXXX")
        if self.t.CALENDAR_UNITS[g["u"].lower()] == "Q":
            return "DATE", f"{year}-Q{4 if n == -1 else n}", "none" if g.get("y") else "dct"
        return "DATE", f"{year}-H{2 if n == -1 else n}", "none" if g.get("y") else "dct"

    # -- deictic and anaphoric days
    def r_deictic(self, g, text, sentence, span):
        word = g["w"].lower()
        if word in self.t.TODAY and not g.get("part") and not g.get("wd") and \
                re.match(r"\s*,", text[span.end:]) and not text[:span.start].strip(" \t«\"")[-1:].isalnum() \
                and sentence.lstrip(" «\"").lower().startswith(self.t.TODAY):
            return "DATE", "PRESENT_REF", "none"   # "Aujourd'hui, la ville a changé": nowadays
        if self.ctx.dct is None:
            return "DATE", None, "none"
        day = self.ctx.dct + dt.timedelta(days=self.t.DEICTIC_DAYS[g["w"].lower()])
        self._seen_day(day)
        self.ctx.narrative = None
        typ, value = _day_value(day, g, self.t)
        return typ, value, "dct"

    def r_anaphoric(self, g, text, sentence, span):
        anchor_day = self.ctx.last_day or self.ctx.dct
        if anchor_day is None:
            return "DATE", None, "none"
        day = anchor_day + dt.timedelta(days=self.t.ANAPHORIC_DAYS[g["w"].lower()])
        self._seen_day(day)
        typ, value = _day_value(day, g, self.t)
        return typ, value, "narrative"

    def r_weekday(self, g, text, sentence, span):
        wd = self.t.WEEKDAYS[g["wd"].lower()]
        rel = (g.get("rel") or "").lower() or None
        det = (g.get("det") or "").lower()
        if det in self.t.HABITUAL and not rel and not g.get("part") and not g.get("h"):
            return "SET", f"XXXX-WXX-{wd + 1}", "none"       # "le mercredi": every Wednesday
        if rel in self.t.FOLLOWING + self.t.PRECEDING or g.get("meme"):
            base = self.ctx.last_day or self.ctx.dct
            if base is None:
                return "DATE", f"XXXX-WXX-{wd + 1}", "none"
            if g.get("meme"):
                day = base
            elif rel in self.t.FOLLOWING:
                day = base + dt.timedelta(days=(wd - base.weekday()) % 7 or 7)
            else:
                day = base - dt.timedelta(days=(base.weekday() - wd) % 7 or 7)
            anchor = "narrative"
        else:
            if self.ctx.dct is None:
                return "DATE", f"XXXX-WXX-{wd + 1}", "none"
            direction = _direction(text[self.sentence_start:span.start], text[span.end:self.sentence_end], self.cues)
            day = _weekday_date(wd, self.ctx.dct, rel, direction, this=det in self.t.THIS, t=self.t)
            anchor = "dct"
        self._seen_day(day)
        typ, value = _day_value(day, g, self.t)
        return typ, value, anchor

    def r_weekday_set(self, g, text, sentence, span):
        word = g["wds"].lower()
        return "SET", f"XXXX-WXX-{self.t.WEEKDAYS.get(word, self.t.WEEKDAY_PLURALS.get(word)) + 1}", "none"

    def r_partday(self, g, text, sentence, span):
        det = g["det"].lower()
        day = self.ctx.dct if det in self.t.DEMONSTRATIVES else (self.ctx.last_day or self.ctx.dct)
        code = _part_code(g["p"], self.t)
        if day is None:
            return "TIME", f"XXXX-XX-XXT{code}", "none"
        code = "MI" if code == "MI_PART" else code
        return "TIME", f"{day.isoformat()}T{code}", "dct" if det in self.t.DEMONSTRATIVES else "narrative"

    def r_relunit(self, g, text, sentence, span):
        unit = self.t.CALENDAR_UNITS[g["u"].lower()]
        rel = (g.get("rel") or "").lower()
        relative_to_text = rel in self.t.FOLLOWING + self.t.PRECEDING
        base = (self.ctx.last_day or self.ctx.dct) if relative_to_text else self.ctx.dct
        if base is None:
            return "DATE", None, "none"
        step = -1 if rel in self.t.LAST + self.t.PRECEDING else (1 if rel in self.t.NEXT + self.t.FOLLOWING else 0)
        anchor = "narrative" if relative_to_text else "dct"
        if unit == "W":
            return "DATE", _iso_week(base + dt.timedelta(weeks=step)), anchor
        if unit == "WE":
            if step == 0 and not relative_to_text:
                direction = _direction(text[self.sentence_start:span.start], text[span.end:self.sentence_end], self.cues)
                if direction < 0 or (direction == 0 and base.weekday() < 3):
                    step = -1                    # "ils se sont rendus ce week-end" (a Tuesday): the one just past
            return "DATE", _iso_week(base + dt.timedelta(weeks=step)) + "-WE", anchor
        if unit == "M":
            month = _shift_months(base, step)
            return "DATE", f"{month.year}-{month.month:02d}", anchor
        if unit == "Y":
            return "DATE", str(base.year + step), anchor
        if unit == "Q":
            q = (base.month - 1) // 3 + step
            return "DATE", f"{base.year + q // 4}-Q{q % 4 + 1}", anchor
        if unit == "H":
            h = (base.month - 1) // 6 + step
            return "DATE", f"{base.year + h // 2}-H{h % 2 + 1}", anchor
        if unit == "DE":
            return "DATE", str(base.year // 10 + step), anchor
        if unit == "CE":
            return "DATE", str(base.year // 100 + step), anchor
        return "DATE", None, "none"

    def r_ref(self, g, text, sentence, span):
        word = g["ref"].lower()
        if word in self.t.PAST:
            return "DATE", "PAST_REF", "none"
        if word in self.t.FUTURE:
            return "DATE", "FUTURE_REF", "none"
        return "DATE", "PRESENT_REF", "none"

    def r_time(self, g, text, sentence, span):
        # a day named in this paragraph or the one before; further back, the publication day
        recent = self.ctx.last_day if (self.paragraph_days or self.days_before) else None
        day = self.sentence_day or recent or self.ctx.dct
        if g.get("noon"):
            clock = self.t.NOON[g["noon"].lower()]
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
            n = self.t.ROUND[g["round"].lower()]
        else:
            n = _num(g["n"], self.t)
            if n is None:
                return "DURATION", None, "none"
        value = _duration_value(n, g["u"], self.t, bool(g.get("half")))
        if g.get("n2") and value:
            extra = _duration_value(_num(g["n2"], self.t), g["u2"], self.t)
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
        if self.cues.later_before.search(before) or self.cues.later_after.match(after):
            moved = _add_duration(self.ctx.narrative, value)
            if moved:
                self._set_narrative(moved)
                self._seen_day(moved)

    def r_duration_special(self, g, text, sentence, span):
        return "DURATION", self.t.DURATION_PHRASES[g["sp"].lower()], "none"

    def r_set(self, g, text, sentence, span):
        if g.get("whole"):
            return "SET", self.t.WHOLE_PERIODS[g["whole"].lower()], "none"
        return "SET", self.t.SETS.get((g.get("u") or g.get("u2")).lower()), "none"

    def r_set_adj(self, g, text, sentence, span):
        return "SET", self.t.SET_ADJECTIVES[g["adj"].lower()], "none"

    def r_duration_word(self, g, text, sentence, span):
        return "DURATION", self.t.DURATION_WORDS[g["word"].lower()], "none"

    def r_night_of_date(self, g, text, sentence, span):
        return self.r_date(dict(g, part_code="NI"), text, sentence, span)

    def r_that_part(self, g, text, sentence, span):
        """"ce soir-là", "cette semaine-là": the time the text was speaking of."""
        day = self.ctx.last_day or self.ctx.dct
        p = g["p"].lower()
        if day is None:
            return "DATE", None, "none"
        unit = self.t.THAT_UNITS.get(p)
        if unit == "D":
            return "DATE", day.isoformat(), "narrative"
        if unit == "W":
            return "DATE", _iso_week(day), "narrative"
        if unit == "Y":
            return "DATE", str(day.year), "narrative"
        return "TIME", f"{day.isoformat()}T{_part_code(p, self.t)}", "narrative"

    def r_holiday(self, g, text, sentence, span):
        rule = self.t.HOLIDAYS[g["h"].lower()]
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
            if rel in self.t.LAST:
                day = max(o for o in options if o <= base)
            elif rel in self.t.NEXT:
                day = min(o for o in options if o >= base)
            else:
                day = min(options, key=lambda o: abs((o - base).days))
        else:
            day = on(year)
        self._seen_day(day)
        if g.get("night"):
            return "TIME", f"{day.isoformat()}T{self.t.NIGHT_OF[g['night'].lower()]}", "dct"
        return "DATE", day.isoformat(), "dct" if year is None else "none"

    def r_night_of(self, g, text, sentence, span):
        return self.r_weekday(dict(g, part_code="NI"), text, sentence, span)

    def r_weekday_day(self, g, text, sentence, span):
        """"jeudi 12": the 12th nearest the publication date that falls on a Thursday."""
        wd, d = self.t.WEEKDAYS[g["wd"].lower()], _day(g["d"], self.t)
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
        unit = self.t.PERIODS[g["u"].lower()]
        rel = (g.get("rel") or "").lower()
        base = self.ctx.dct
        if base is None:
            return "DATE", None, "none"
        step = -1 if rel in self.t.LAST else (1 if rel in self.t.NEXT else 0)
        if unit == "W":
            return "DATE", _iso_week(base + dt.timedelta(weeks=step)), "dct"
        if unit == "M":
            month = _shift_months(base, step)
            return "DATE", f"{month.year}-{month.month:02d}", "dct"
        return "DATE", str(base.year + step), "dct"

    def r_century(self, g, text, sentence, span):
        c = g["c"].upper()
        number = int(c) if c.isdigit() else _roman(c)
        return "DATE", f"{number - 1:02d}" if number else None, "none"

    def r_night(self, g, text, sentence, span):
        return "TIME", "TNI", "none"

