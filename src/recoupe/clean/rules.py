"""Line rules for page furniture in scraped text, each with its reason.

Written by hand because no library does this for *plain text*: trafilatura
and jusText remove boilerplate from HTML using the markup (tags, link
density), which scraped text has lost. Each rule here is a pattern for a
kind of furniture that recurs across French sites (breadcrumbs, share and
font-size widgets, consent banners, comment forms, copyright footers) and
is guarded so that a news sentence that merely *mentions* cookies, comments
or copyright is kept: widget rules only match short lines that are not
sentences, banner rules need the second-person wording of a banner.

The language-specific vocabulary is in each language's ``lang/<code>/clean.py``, so a
language is added by adding its words, not by editing the rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, NamedTuple
import unicodedata

from ..lang import ASSUMED, table
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


@lru_cache(maxsize=1 << 16)        # the word limits of several rules and passes ask it of the same line
def n_words(text: str) -> int:
    """How many words ``text`` has: ``len(words(text))``."""
    return len(WORD.findall(text))


# A line ending like a sentence (possibly inside closing quotes or brackets).
SENTENCE_END = re.compile(r"[.!?…](?:\s*[»”\"')\]])*\s*$")


_TRAILING_DOTS = re.compile(r"(?:\.\.\.|…)\s*$")


@lru_cache(maxsize=1 << 16)        # asked of each line by the furniture rules and again by each pass of the cleaner
def is_sentence(line: str) -> bool:
    """Prose: a line a reader would call a sentence, not a label or a button.

    Four words and a full stop ("Aucun blessé n'a été signalé.") are a
    sentence; a trailing ellipsis ("Chargement...", "Lire plus…") is not.
    """
    n = n_words(line)
    return (n >= 4 and bool(SENTENCE_END.search(line)) and not _TRAILING_DOTS.search(line)) or n >= 20


# Patterns of the shape rules, compiled once.
_BUTTON_GAP = re.compile(r"\s[|·•/]\s|\s{2,}")                 # between the buttons of a row
_MENU_GAP = re.compile(r"\s{2,}|\t|\s[|·•∙]\s")                # between the items of a menu row
_CRUMB_GAP = re.compile(r"\s+[>›»‹/]\s+|\s*[>›»‹]\s*")          # between the steps of a breadcrumb
_BAR = re.compile(r"\s[|·•∙]\s")                               # between the cells of a data row
_FIGURE = re.compile(r"(?<![\w])\d")
_TOKEN_GAP = re.compile(r"[\s|,·•/]+")
# a credit closing a caption: ". JEAN DUPONT / AFP" (the "/" it needs is looked for first)
_CREDIT = re.compile(r"[.)]\s*[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)*\s*/\s*[A-ZÀ-Ý][A-ZÀ-Ý'’«» .-]+$")
_CHANGE = re.compile(r"[+\-−]\s?\d+(?:[,.]\d+)?\s?%")            # a ticker's "+1,2 %"
_DECIMAL = re.compile(r"\d[\d  ]*[,.]\d")
_CLOCK = re.compile(r"\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}")          # a player's "1:23 / 4:56"
_COUNTER = re.compile(r"\d{1,6}")
_COPYRIGHT_SIGN = re.compile(r"^\W*(?:©|\(c\)|copyright)")
_QUOTE_MARK = re.compile(r"[«“\"]")
_DOWNLOAD = re.compile(r"\((?:pdf|docx?|xlsx?|odt|ods|zip)\b[^)]*\)$")
_ARROW_LINK = re.compile(r"^[←◄►▶]\s*\S|.*\S\s*[→►▶]$")
_FORM_FIELD = re.compile(r"^[\w' -]{1,25}\s\*$")


# ------------------------------------------------------- case-insensitive patterns

def _case_folding_chars() -> re.Pattern | None:
    """The characters Python's ``re`` takes for another under re.I besides their own upper
    case ("ı" for "i", "ſ" for "s", "μ" for "µ"), but ASCII ones; None where ``re`` does not list them."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:             # Python 3.10: no fast path
        return None
    chars = {chr(c) for k, v in _EXTRA_CASES.items() for c in (k, *v)}
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars) if not c.isascii()) + "]")


_CASE_FOLDING = _case_folding_chars()


def _case_free(pattern: re.Pattern) -> bool:
    """True when ``pattern`` (compiled with re.I) matches a lower-case text exactly as it would
    without re.I: every letter it names is in lower case, and it has no class range, no
    back-reference and no flag of its own (where re.I would compare otherwise). Read from the
    parsed pattern; a pattern it cannot read is not."""
    try:
        from re import _parser as sre
    except ImportError:
        return False
    if pattern.flags & (re.LOCALE | re.ASCII) or not isinstance(pattern.pattern, str):
        return False

    def lower(c: int) -> bool:
        return chr(c).lower() == chr(c)

    def free(items) -> bool:
        for op, av in items:
            if op in (sre.LITERAL, sre.NOT_LITERAL):
                ok = lower(av)
            elif op is sre.IN:
                ok = all(o is sre.NEGATE or o is sre.CATEGORY or (o is sre.LITERAL and lower(a)) for o, a in av)
            elif op in (sre.ANY, sre.AT, sre.CATEGORY):
                ok = True
            elif op is sre.SUBPATTERN:
                ok = not av[1] and not av[2] and free(av[3])
            elif op is sre.BRANCH:
                ok = all(free(branch) for branch in av[1])
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
                ok = free(av[2])
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                ok = free(av[1])
            elif op is getattr(sre, "ATOMIC_GROUP", None):
                ok = free(av)
            else:
                ok = False
            if not ok:
                return False
        return True

    try:
        return _CASE_FOLDING is not None and free(sre.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern keeps re.I
        return False


@lru_cache(maxsize=1 << 16)        # each key is matched by many rules
def lower_case(text: str) -> bool:
    """``text`` is in lower case, without a letter Python's re folds onto another under re.I."""
    return text.lower() == text and not _CASE_FOLDING.search(text)


class Folded:
    """A case-insensitive pattern that matches text already in lower case (the comparison
    keys, ``norm``) without re.I, which gives the same matches there: Python's ``re`` cannot
    look ahead for the first letters of an alternation under re.I and tries it at every
    position, several times slower. Text with capitals, or with a letter ``re`` folds onto
    another ("ı", "ſ"), is matched with re.I as before."""

    __slots__ = ("any_case", "lower_case")

    def __init__(self, pattern: re.Pattern):
        self.any_case = pattern
        self.lower_case = re.compile(pattern.pattern, pattern.flags & ~re.I) if _case_free(pattern) else None

    def _for(self, text: str) -> re.Pattern:
        return self.lower_case if self.lower_case is not None and lower_case(text) else self.any_case

    def search(self, text: str, *bounds):
        return self._for(text).search(text, *bounds)

    def match(self, text: str, *bounds):
        return self._for(text).match(text, *bounds)

    def fullmatch(self, text: str, *bounds):
        return self._for(text).fullmatch(text, *bounds)

    def sub(self, repl, text: str, count: int = 0):
        return self._for(text).sub(repl, text, count)

    def __getattr__(self, name: str):
        """finditer, split, flags...: the re.I pattern's (not the special names pickle and copy ask for)."""
        if name.startswith("__") or name in Folded.__slots__:
            raise AttributeError(name)
        return getattr(self.any_case, name)


# ---------------------------------------------------------------- vocabulary

NOTHING = r"(?!)"                          # a pattern no line matches


class NoFurniture(dict):
    """The furniture table of a language recoupe has none for: no phrase is furniture. Such a
    page is cleaned by shape alone (repeated lines, link lists, stamps, trafilatura's reading of
    its HTML), never with another language's words."""

    WORD_LISTS = ("name_particles", "name_joins")

    def __missing__(self, key: str) -> str:
        return "" if key in self.WORD_LISTS else NOTHING


def _furniture(lang: str | None) -> tuple[str | None, dict[str, str]]:
    """The language's furniture table (``lang/<code>/clean.py``) and its code; ``NoFurniture``
    when recoupe has none for it."""
    found = table(lang, "clean")
    return (lang, found.FURNITURE) if found is not None else (None, NoFurniture())


class Rules:
    """Compiled line rules for one language."""

    def __init__(self, lang: str | None = ASSUMED):
        self.lang, v = _furniture(lang)
        self.shown_here_rx = re.compile(rf"^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){{0,3}},\s+(?:{v['shown_here']})\b")
        self.name_particles = frozenset(v["name_particles"].split())
        self.name_joins = frozenset(v["name_joins"].split())

        def rx(body: str, template: str = r"^(?:{})$") -> Folded:
            body = re.sub(r"\s*\n\s*", "", body)
            return Folded(re.compile(template.format(body), re.I))

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
        self.list_header = Folded(re.compile("^" + self.list_header.pattern, re.I))
        self.donation = rx(v["donation"], r"(?:{})")
        self.tagline = rx(v["tagline"], r"(?:{})")
        self.taxonomy = rx(v["taxonomy"], r"^(?:{})\s*:\s*\S")
        self.comment_author = rx(v["comment_author"], r"^(?P<who>\S.{{0,40}}?)\s+(?:{})\s*(?::|…|\.\.\.)\s*$")
        self.comment_reply = rx(v["comment_reply"], r"^(?:{})\s*[:!.…]*$")
        self.powered = rx(v["powered"], r"(?:{})")
        self.chrome = rx(v["chrome"], r"^(?:{})\s*$")
        self.correspondent = rx(v["correspondent"], r"^(?:{})\s*,\s*(.+)$")
        # the byline's end is read with case: "Le" inside a name ("Marine Le Pen") does not end it
        self.byline_end = re.compile(rf"\s*(?:,|\||–|—| - |»|·|\(|{v['byline_end']})\s*")
        self.relative_stamp = rx(v["relative_stamp"])
        self.handle_stamp = rx("", rf"^(?:(?:{v['handle_by']})\s+)?(?P<who>[^\s|·•»][^|·•»]{{{{0,40}}}}?)\s*[|·•»]\s*"
                                   rf"(?:{v['ago']} \d+\s*\w+|{v['on_day']} \d{{{{1,2}}}}[ /.]\S+.*|"
                                   r"\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}.*|(?:\w{{3}}\.?\s)?\d{{1,2}}\s\w+\.?\s\d{{4}}.*)$")
        self.comment_header = rx(v["comment_header"], r"^(?:{})\s*:?$")
        self.software_credit = re.compile(rf"(?i){v['software_credit']}")
        self.rights_notice = re.compile(rf"(?i){v['rights_notice']}|©|\(c\)|\b(?:19|20)\d\d\b")
        self.published_word = re.compile(rf"(?i){v['published_word']}")
        self.agency_dateline = re.compile(rf"^[A-ZÀ-Ý][A-ZÀ-Ý'’ -]+\s*\((?:{v['agencies']})\)\s*[-–—]?\s*$")
        self.sponsored_start = rx(v["sponsored_start"], r"^(?:{})\s*[-:—|]")
        self.paywall = rx(v["paywall"], r"(?:{})")
        self.forum_reply = rx(v["forum_reply"], r"^(?:{})\s*:\s*\S")
        self.see_start = rx(v["see_start"] + ")\\s(?:" + v["see_object"], r"^(?:{})\b")
        self.subscribe_start = rx(v["subscribe_start"], r"^(?:{})\b")
        self.addressing_reader = rx(v["addressing_reader"], r"\b(?:{})\b")
        self.first_or_second_person = rx(v["first_or_second_person"], r"\b(?:{})\b")
        self.copyright_words = rx(v["copyright_words"], r"\b(?:19|20)\d\d\b|©|{}")
        self.rights_reserved = rx(v["rights_reserved"], r"(?:{})")
        # Every short label the rules know, to recognise a menu row of them ("Accueil Actualités Presse").
        labels = "|".join(re.sub(r"\s*\n\s*", "", v[k]) for k in ("navigation", "rubrics", "widget", "social"))
        self.label = Folded(re.compile(rf"(?:^|\s)(?:{labels})(?=\s|$)", re.I))

    # ------------------------------------------------------------- furniture

    def furniture(self, line: str) -> str | None:
        """The reason a line is page furniture, or None: the first of ``FILTERS`` that takes
        it. Context-free rules only."""
        seen = Line(line, norm(line), n_words(line), is_sentence(line))
        for f in FILTERS:
            if (f.sentences or not seen.sentence) and f.test(self, seen):
                return f.reason
        return None

    def _widget_row(self, line: str) -> bool:
        """"Partager | Imprimer | A+ A-": a row of buttons."""
        parts = [p.strip() for p in _BUTTON_GAP.split(line) if p.strip()]
        return len(parts) >= 2 and all(self.widget.match(norm(p)) or self.social_token.match(norm(p)) for p in parts)

    def menu_row(self, line: str) -> bool:
        """A row of menu labels: several short items set apart by wide gaps or
        separators, or a line made only of labels the rules know."""
        if is_sentence(line):
            return False
        items = [p for p in _MENU_GAP.split(line.strip()) if p.strip()]
        if len(items) >= 3 and all(n_words(p) <= 4 for p in items):
            return True
        tokens = line.split()
        if len(tokens) >= 5 and all((t[:1].isupper() or t[:1].lower() == t[:1].upper()) and t.strip("'’-").isalpha()
                                    for t in tokens) \
                and not self.byline(line) and not line.isupper():   # an all-caps line is a wire subheading
            return True                # "Vaud Genève Valais Suisse Monde": capitalised items, no link words
        key = norm(line)
        if n_words(key) >= 2:
            rest = self.label.sub(" ", key)
            rest = self.label.sub(" ", rest)  # labels sharing a space overlap; a second pass takes the rest
            return not words(rest)
        return False

    def is_breadcrumb(self, line: str, title: str | None = None) -> bool:
        key = norm(line)
        if is_sentence(line):
            return False
        parts = [p.strip() for p in _CRUMB_GAP.split(line) if p.strip()]
        if len(parts) >= 3 and all(n_words(p) <= 6 for p in parts[:-1]):
            return True
        if self.breadcrumb_start.match(key) and n_words(line) >= 2:
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
        if is_sentence(line) or n_words(line) > 14:
            return None
        m = self.byline_rx.match(line.strip())
        if not m:
            return None
        raw = m["name"]
        correspondent = self.correspondent.match(raw)
        if correspondent:
            raw = correspondent.group(1)
        name = self.byline_end.split(raw, maxsplit=1)[0].strip(" .")
        if self.byline_house.match(norm(name)):
            return name
        tokens = name.split()
        if not 1 <= len(tokens) <= 4:
            return None
        particles = self.name_particles | self.name_joins
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
        return bool("/" in line and _CREDIT.search(line.strip()) or self.shown_here(line))

    def shown_here(self, line: str) -> bool:
        """A caption naming who the picture shows and where or when: "Emmanuel Macron, ici à
        l'Élysée le 3 mai". Not a sentence about someone who is "ici" ("Marie Dupont, ici depuis
        vingt ans, raconte…"): the cue must be followed by a place or a time, and the line short."""
        return n_words(line) <= 25 and bool(self.shown_here_rx.match(line.strip()))

    def caption(self, line: str) -> bool:
        """A photo caption between paragraphs (called only for lines inside the body).

        Explicit credits ("(Photo : AFP)", "/ Reuters") mark a caption. Without
        one, a caption is a nominal phrase (no finite verb, no sentence end,
        >= 6 words, not a Title Case heading) that carries a caption's place
        or date cue ("..., le 12 août", "lors de", "devant").
        """
        key = norm(line)
        n = n_words(line)
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




def _shouting_or_symbol(line: str) -> bool:
    """A button label: in capitals or behind a pictogram, never a plain word."""
    stripped = line.strip()
    return stripped.isupper() or not stripped[:1].isalnum()


def _data_row(line: str) -> bool:
    """A row of figures set apart by bars (prayer times, exchange rates, scores)."""
    parts = [p for p in _BAR.split(line) if p.strip()]
    if len(parts) < 2 or header_date(line):
        return False                   # "Publié le 27/09/2023 · Mis à jour le 28/09/2023": a date stamp
    return sum(bool(_FIGURE.search(p)) for p in parts) >= max(2, len(parts) - 1) \
        and not SENTENCE_END.search(line) and n_words(line) <= 30




def _only_tokens(key: str, token: Folded) -> bool:
    parts = [p for p in _TOKEN_GAP.split(key) if p]
    return len(parts) >= 2 and all(token.match(p) for p in parts)


def _reads_as_sentence(line: str, rules: Rules) -> bool:
    """A copyright sign inside a real sentence (e.g. a law story) keeps the line."""
    key = norm(line)
    return is_sentence(line) and bool(rules.finite.search(key)) and not rules.rights_reserved.search(key)


def title_case(line: str) -> bool:
    """Most content words capitalised: a heading ("Contexte Historique")."""
    content = [w for w in words(line) if len(w) > 3]
    if len(content) < 2:
        return False
    caps = sum(w[:1].isupper() for w in content)
    return caps / len(content) >= 0.6


# ------------------------------------------------------------ furniture filters
#
# Each filter is one kind of page furniture: a reason (one of REASONS), a test on the line, and
# whether it may take a line that reads as a sentence. The first filter that takes a line gives
# its reason, so the order matters: specific before general. The word limits say how long that
# furniture runs at most (measured on tests/fixtures and the seeds): a line longer than that
# is prose that happens to use its words.

class Line(NamedTuple):
    text: str
    key: str            # norm(text)
    n: int              # words
    sentence: bool      # is_sentence(text)


@dataclass(frozen=True)
class Filter:
    reason: str
    test: Callable[["Rules", Line], bool]
    sentences: bool = True      # False: a line that reads as a sentence is never this


# word limits
BUTTONS = 6          # a row of buttons or consent buttons ("TOUT ACCEPTER")
SHORT_LABEL = 4      # a bare label: "Publicité", "Nom *"
RUBRIC = 3           # a section name alone: "Politique"
TITLE_BOX = 5        # a sign-up box's title: "Newsletter Finance & Marchés"
COMMENT_HEADER = 8   # "3 commentaires", "Réagir à cet article"
TICKER = 10          # a market ticker, a player clock, a counter
TEASER = 10          # "Voir les photos de …"
BOX = 12             # a "powered by" credit
OFFER = 15           # a subscription offer
LINK = 20            # a forum reply's subject, a previous/next link
PROMO = 25           # a sponsored teaser, a related link, a "voir plus" tagline, a taxonomy line
PITCH = 30           # copyright notices, paywall and newsletter pitches
FORM = 40            # comment forms, captions, a copyright line opening with its sign
APPEAL = 50          # a donation appeal


def _ticker(key: str) -> bool:
    return bool(_CHANGE.search(key) and _DECIMAL.search(key) or _CLOCK.fullmatch(key) or _COUNTER.fullmatch(key))


FILTERS: tuple[Filter, ...] = (
    # banners, forms and notices: they may read as sentences
    Filter("cookie banner", lambda r, x: bool(r.cookie.search(x.key) and r.cookie_consent.search(x.key)
                                              and r.addressing_reader.search(x.key))),
    Filter("comments", lambda r, x: x.n <= FORM and bool(r.comment_form.search(x.key))),
    Filter("copyright", lambda r, x: x.n <= PITCH and bool(r.copyright.search(x.key))
           and not _reads_as_sentence(x.text, r)),
    Filter("copyright", lambda r, x: x.n <= PITCH and bool(r.copyright_start.search(x.key)
                                                            and r.copyright_words.search(x.key))),
    Filter("copyright", lambda r, x: x.n <= BOX and bool(r.powered.search(x.key))),
    Filter("copyright", lambda r, x: x.n <= FORM and bool(_COPYRIGHT_SIGN.match(x.key))),
    Filter("cookie banner", lambda r, x: x.n <= BUTTONS and bool(r.consent_button.match(x.key))
           and _shouting_or_symbol(x.text)),
    Filter("advertising", lambda r, x: x.n <= PROMO and bool(r.sponsored_start.match(x.key))),
    Filter("widget", lambda r, x: x.n <= PITCH and bool(r.paywall.search(x.key))
           and not _QUOTE_MARK.search(x.text)),                                   # paywall, reading time, subscription
    Filter("widget", lambda r, x: x.n <= TITLE_BOX and bool(r.newsletter.search(x.key))),
    Filter("comments", lambda r, x: x.n <= LINK and bool(r.forum_reply.match(x.key))),
    Filter("caption", lambda r, x: x.n <= FORM and (bool(r.caption_marker.search(x.key))
                                                    and not r.source.match(x.text.strip()) or r.credited(x.text))),
    Filter("navigation", lambda r, x: x.n <= PITCH and bool(r.related.match(x.key))),   # "Lire aussi : …?"
    Filter("navigation", lambda r, x: x.n <= PROMO and bool(r.more_suffix.search(x.key))
           and not SENTENCE_END.search(x.text)),                        # a teaser ending in "Voir plus"
    Filter("widget", lambda r, x: x.n <= PITCH and bool(r.newsletter.search(x.key) and r.newsletter_verbs.search(x.key))),
    Filter("widget", lambda r, x: x.n <= APPEAL and bool(r.donation.search(x.key)
                                                          and r.first_or_second_person.search(x.key))),
    # labels, menus and widgets: never a line that reads as a sentence
    Filter("comments", lambda r, x: x.n <= COMMENT_HEADER and bool(r.comments.match(x.key)), sentences=False),
    Filter("loading", lambda r, x: bool(r.loading.match(x.key)), sentences=False),
    Filter("advertising", lambda r, x: x.n <= SHORT_LABEL and bool(r.advertising.match(x.key)), sentences=False),
    Filter("widget", lambda r, x: x.n <= BUTTONS and (bool(r.widget.match(x.key)) or _only_tokens(x.key, r.social_token))
           or r._widget_row(x.text), sentences=False),
    Filter("navigation", lambda r, x: x.n <= BUTTONS and bool(r.navigation.match(x.key)), sentences=False),
    Filter("navigation", lambda r, x: x.n <= RUBRIC and bool(r.rubric.match(x.key)), sentences=False),
    Filter("breadcrumb", lambda r, x: r.is_breadcrumb(x.text), sentences=False),
    Filter("navigation", lambda r, x: bool(r.chrome.match(x.key)) or x.n <= PROMO and bool(r.taxonomy.match(x.key)),
           sentences=False),
    Filter("widget", lambda r, x: x.n <= TICKER and _ticker(x.key), sentences=False),
    Filter("widget", lambda r, x: bool(_DOWNLOAD.search(x.key)),
           sentences=False),                                            # a file to download
    Filter("widget", lambda r, x: _data_row(x.text), sentences=False),  # "Taux de change : EUR 10,62 | USD 9,71"
    Filter("navigation", lambda r, x: x.n <= TEASER and bool(r.see_start.match(x.key))
           and not SENTENCE_END.search(x.text), sentences=False),
    Filter("navigation", lambda r, x: x.n <= LINK and bool(_ARROW_LINK.match(x.text.strip())),
           sentences=False),                                            # previous/next links, archive rows
    Filter("comments", lambda r, x: x.n <= SHORT_LABEL and bool(_FORM_FIELD.match(x.key)),
           sentences=False),                                            # form fields: "Nom *", "E-mail *"
    Filter("widget", lambda r, x: x.n <= OFFER and bool(r.subscribe_start.match(x.key)), sentences=False),
    Filter("navigation", lambda r, x: r.menu_row(x.text), sentences=False),
)
