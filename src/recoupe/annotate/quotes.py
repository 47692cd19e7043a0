"""Direct quotes and who said them.

Quotes are the text between « », “ ” or paired straight double quotes. A
short quoted term ("« souveraineté »") is a word the article puts at a
distance, not a statement, and gets no speaker. A statement's speaker is
found, in order:

1. after the quote: "», a déclaré M. Eyvazov", "», a-t-il ajouté" (the
   previous speaker), "», a indiqué l'AFP citant le ministère" (the ministry,
   via the AFP);
2. before it: "selon X, « … »", or the subject of a sentence that introduces
   the quote with a colon ("Dmitri Peskov, …, a répondu … : « … »");
3. a quote with no attribution continues the previous speaker's words when it
   follows them within two paragraphs.

A speaker written as a role ("le porte-parole du Kremlin") is the person the
articles name with that role ("le porte-parole du Kremlin Dmitri Peskov").

Reported speech is a statement too ("La préfète Hélène Garrigou a assuré que
la situation était « sous contrôle »"): the clause after a reporting verb and
"que", said by the person (else organisation) the sentence names before the
verb, or by whom "il"/"elle" stands for; its ``cue`` is ``indirect``. Outlets
often report in their own words what another quotes, and the quote groups
match the two.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import NamedTuple

from ..lang import alternation
from ..records import Mention, Quote
from ..text import leftmost_longest
from .names import clean_form

# A full stop that ends a title, not a sentence: "M. Eyvazov", "Mme Dupont".
_ABBREV_DOT = r"(?<=\bM)\.|(?<=\bMme)\.|(?<=\bDr)\.|(?<=\bPr)\.|(?<=\bMgr)\.|(?<=\bSt)\.|(?<=\b[A-Z])\.(?=\s?[A-Z])"
_SENTENCE_END = re.compile(r"(?:(?<!\bM)(?<!\bMme)(?<!\bDr)(?<!\bPr)(?<!\bMgr)(?<!\bSt)\.|[!?…])\s+")

_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"), ("‹", "›"))
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+", re.U)



@dataclass
class Span:
    start: int          # of the opening mark
    end: int            # after the closing mark
    inner: str


_MARKS = re.compile("[" + "".join(re.escape(a + b) for a, b in _PAIRS) + "]")


def find_quoted(text: str) -> list[Span]:
    """Quoted passages of one paragraph, outermost first, unbalanced marks ignored."""
    out = []
    if '"' not in text and not _MARKS.search(text):
        return out
    for opening, closing in _PAIRS:
        if opening not in text:
            continue
        depth, start = 0, None
        for m in re.finditer(re.escape(opening) + "|" + re.escape(closing), text):
            i, ch = m.start(), m.group()
            if ch == opening:
                if depth == 0:
                    start = i
                depth += 1
            elif depth:
                depth -= 1
                if depth == 0 and start is not None:
                    out.append(Span(start, i + 1, text[start + 1:i].strip()))
                    start = None
    marks = [i for i, ch in enumerate(text) if ch == '"']
    for a, b in zip(marks[::2], marks[1::2]):
        out.append(Span(a, b + 1, text[a + 1:b].strip()))
    return leftmost_longest(out)


def is_statement(inner: str, finite_verb: bool | None = None) -> bool:
    """A statement, not a term held at a distance: "« souveraineté »",
    "« réintégrer pacifiquement »", "un « geste de bonne volonté »" are terms.

    With the parts of speech known (``finite_verb`` not None): a conjugated
    verb ("« respecterait ses engagements »"), or six words, or three and a
    full stop. Without: four words, or three and a full stop.
    """
    n = len(_WORD.findall(inner))
    ends = bool(re.search(r"[.!?…]$", inner))
    if finite_verb is None:
        return n >= 4 or (n >= 3 and ends)
    return (n >= 2 and finite_verb) or n >= 6 or (n >= 3 and ends)


def has_finite_verb(doc, start: int, end: int) -> bool:
    """A conjugated verb between two character offsets of a spaCy doc."""
    return any(start <= t.idx < end and t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
               for t in doc)


class QuotePatterns(NamedTuple):
    """The quote reader's patterns for one language, built from its reading table."""

    after: re.Pattern             # the reporting verb after a quote: "», a déclaré X"
    according: re.Pattern         # "selon X"
    chain: re.Pattern             # "citant", "cité par": who relayed whom
    complement: re.Pattern        # "à la presse": what follows a speaker, not part of the name
    lead_complement: re.Pattern
    verb_before: re.Pattern       # the reporting verb before a quote
    role: re.Pattern              # "le porte-parole du Kremlin": a role at the head of a phrase
    relayed_by: re.Pattern        # "cité par l'AFP"
    source_frame: re.Pattern      # "les propos du": before a source's name
    relative: re.Pattern          # ", qui": a subject ends
    subject: re.Pattern           # a capitalised subject at a sentence's head
    pronoun: re.Pattern           # a subject pronoun at a sentence's head
    he_or_she: re.Pattern         # "il", "elle" opening what comes before a quote
    he_or_she_only: re.Pattern    # ... and nothing else before it
    that_joins: re.Pattern        # ", et que": a second reported clause
    about_it: re.Pattern          # ", ce qui": a clause about the statement
    medium: re.Pattern            # "l'agence Reuters": a kind of medium, then its name


@lru_cache(maxsize=None)
def patterns(v: ModuleType) -> QuotePatterns:
    verbs = alternation(v.REPORTING_VERBS)
    aux, pro, be = alternation(v.QUOTE_AUXILIARIES), alternation(v.SUBJECT_PRONOUNS), alternation(v.QUOTE_BE)
    refl = alternation(v.REFLEXIVE)
    after = re.compile(
        rf"^\s*[,.!?…]?\s*(?:{aux})?(?:-t-)?\s*"
        rf"(?:(?:{alternation(v.REPORTING_ADVERBS)}|[^\W\d_]+{v.ADVERB_ENDING})\s+)?"      # "a prudemment indiqué"
        rf"(?:(?P<pro>{pro})\s+)?(?:(?:{refl})\s*)?(?:(?:{be})\s+)?"
        rf"(?P<verb>{verbs})(?:-t-(?P<pro2>{pro})|-(?P<pro3>{pro}))?\b\s*"
        rf"(?P<rest>(?:[^.!?;]|{_ABBREV_DOT})*)", re.I)
    according = re.compile(rf"\b(?:{alternation(v.ACCORDING_TO)})\s+(?P<np>[^,;:«“\"]+?(?:,\s*[^,;:«“\"]+?)?)\s*,?\s*$",
                           re.I)
    # the subject of a sentence whose reporting verb comes before its quote:
    # "Karim Ben Ali a raconté avoir été réveillé par « … »", "L'Écho du Forez écrivait : « … »"
    verb_before = re.compile(rf"\b(?:{alternation(v.PAST_AUXILIARIES)})?\s*(?:{verbs}|{alternation(v.PAST_REPORTING)})\b", re.I)
    chain = re.compile(rf"\s+(?:{alternation(v.CHAIN)})\s+", re.I)
    complement = re.compile(rf"\s+(?:{v.SPEECH_COMPLEMENTS})\b.*$", re.I)
    lead_complement = re.compile(rf"^(?:{v.LEAD_COMPLEMENTS}),?\s+", re.I)
    role = re.compile(rf"^(?:{alternation(v.ARTICLES_BEFORE_ROLE)})?\s*(?P<head>{alternation(v.ROLE_HEADS)})\b", re.I)
    # "a déclaré M. Al Mahmoud, cité par Reuters": the name ends at the comma
    relayed_by = re.compile(rf"(?i){v.RELAYED_BY}(?P<via>[^,]+)$")
    source_frame = re.compile(rf"(?i){v.SOURCE_FRAME}")
    relative = re.compile(rf"[«“\"]|,\s*(?:{alternation(v.RELATIVE)})\b")
    subject = re.compile(rf"^(?:[^,]{{0,30}},\s*)?(?P<np>{v.SUBJECT_ARTICLE}?[A-ZÀ-Ý][\w'’.-]*(?:\s+{v.SUBJECT_LINK}?\s*"
                         rf"[A-ZÀ-Ý][\w'’.-]*){{0,4}})\s*,?\s+{v.SUBJECT_AUXILIARY}?", re.U)
    pronoun = re.compile(rf"(?i)^(?:{alternation(v.PRONOUNS)})\b")
    singular = alternation(v.SINGULAR_PRONOUNS)
    medium = re.compile(rf"(?i)^{v.MEDIUM_ARTICLE}?(?:{alternation(v.MEDIA_KINDS)})\s+{v.MEDIUM_OF_PRESS}"
                        r"(?:[a-zà-ÿ]+\s+){0,2}(?P<name>[A-ZÀ-Ý].*)$")
    return QuotePatterns(after, according, chain, complement, lead_complement, verb_before, role, relayed_by,
                         source_frame, relative, subject, pronoun, re.compile(rf"(?i)^\s*(?:{singular})\b"),
                         re.compile(rf"(?i)^\s*(?:{singular})\s*$"), re.compile(rf"(?i){v.THAT_JOINS}"),
                         re.compile(v.ABOUT_IT), medium)


def _np(rest: str, v: ModuleType) -> tuple[str | None, list[str]]:
    """The speaker phrase after a reporting verb, and the chain of who relayed it."""
    p = patterns(v)
    chain, complement, lead_complement = p.chain, p.complement, p.lead_complement
    rest = rest.strip(" ,")
    for _ in range(3):                     # "à la presse le porte-parole du Kremlin"
        stripped = lead_complement.sub("", rest, count=1)
        if stripped == rest:
            break
        rest = stripped
    cited_by = p.relayed_by.search(rest)
    relayed = []
    if cited_by:                           # "le ministre X, cité par l'AFP": X spoke, the AFP relayed
        relayed = [complement.sub("", cited_by.group("via")).strip(" ,")]
        rest = rest[:cited_by.start()]
    links = chain.split(rest)
    cleaned = []
    for link in links:
        link = complement.sub("", link).strip(" ,")
        link = p.source_frame.sub("", link)
        if link:
            cleaned.append(link)
    if not cleaned:
        return None, []
    # "l'AFP citant le ministère": the ministry spoke, the AFP relayed
    return cleaned[-1], cleaned[:-1] + [r for r in relayed if r]


@lru_cache(maxsize=None)
def _role_patterns(v: ModuleType) -> tuple[re.Pattern, re.Pattern]:
    head = alternation(v.ROLE_HEADS)
    before = re.compile(rf"(?:^|[,.;:]\s*|\b)({v.ROLE_ARTICLE}\s*(?:{head})\b[^,.;:«»\"]*?)\s*,?\s*$", re.I)
    after = re.compile(rf"^\s*,\s*({v.ROLE_ARTICLE}?\s*(?:{head})\b[^,.;:«»\"]*?)\s*,", re.I)
    return before, after


class RoleBook:
    """Roles the texts give people ("le porte-parole du Kremlin Dmitri Peskov"),
    to read a speaker written as a role."""

    def __init__(self, v: ModuleType):
        self.v = v
        self.by_role: dict[str, str] = {}
        self.by_head: dict[str, set[str]] = {}
        self._article = re.compile(rf"(?i)^(?:{alternation(v.ROLE_KEY_ARTICLES)})\s*")

    def key(self, role: str) -> str:
        role = self._article.sub("", role.strip(" ,"))
        return " ".join(role.lower().replace("’", "'").split())

    def add(self, role: str, person: str) -> None:
        m = patterns(self.v).role.match(role.strip())
        if not m or len(role.split()) > 12:
            return
        self.by_role.setdefault(self.key(role), person)
        self.by_head.setdefault(m.group("head").lower(), set()).add(person)

    def learn(self, text: str, people: list[Mention]) -> None:
        """Roles written right before a name, or between commas around it."""
        role_before, role_after = _role_patterns(self.v)
        for m in people:
            found = role_before.search(text[max(0, m.start - 120):m.start])
            if found:
                self.add(found.group(1), m.form)
            found = role_after.match(text[m.end:m.end + 120])
            if found:
                self.add(found.group(1), m.form)

    def who(self, phrase: str) -> str | None:
        key = self.key(phrase)
        if key in self.by_role:
            return self.by_role[key]
        for role, person in self.by_role.items():
            if key and (role.startswith(key) or key.startswith(role)):
                return person
        m = patterns(self.v).role.match(phrase.strip())
        if m:
            people = self.by_head.get(m.group("head").lower(), set())
            if len(people) == 1:
                return next(iter(people))
        return None


# ------------------------------------------------------------------ the parse

@lru_cache(maxsize=None)
def _saying(v: ModuleType) -> frozenset:
    return frozenset(w.lower() for w in getattr(v, "SAYING_LEMMAS", ()))


_SUBJ = ("nsubj", "nsubj:pass")
_INVERTED = ("obl:mod", "obj", "nmod", "appos", "obl", "obl:agent", "nsubj", "flat:name")


def _tokens(doc, start: int, end: int) -> list:
    return [t for t in doc if start <= t.idx < end]


def _negated_verb(verb) -> bool:
    return any(c.dep_ == "advmod" and ("Neg" in c.morph.get("Polarity") or c.lower_ in ("ne", "n'", "n’", "pas"))
               for c in verb.children)


def _subject_token(verb, after: int | None = None):
    """The subject of a verb: its own, else the verb it hangs on for a participle
    or a coordinated verb ("parlant de …", "et a ajouté"), else, for a verb after
    the quote, the name it is inverted with ("», a renchéri M. X")."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if subj is not None:
            return subj
        if after is not None and verb.idx >= after:
            inv = next((c for c in verb.children if c.i > verb.i and c.dep_ in _INVERTED
                        and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if inv is not None:
                return inv
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            continue
        if "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") and verb.sent.root.i != verb.i:
            verb = verb.sent.root             # "…, parlant de « … »": the subject of the sentence
            continue
        return None
    return None


def saying_verb(doc, start: int, end: int, v: ModuleType):
    """The verb of saying that governs a passage (character offsets in the
    paragraph), and its subject token: up from the passage, the first verb
    whose lemma is a verb of saying (the list is a prior) or whose clausal
    complement holds the passage; or a verb of saying in parataxis after it
    ("« … », a renchéri M. X"). None when there is none, or it is negated."""
    inside = _tokens(doc, start, end)
    if not inside:
        return None
    tops = [t for t in inside if not (start <= t.head.idx < end) or t.head.i == t.i]
    saying = _saying(v)
    for top in tops[:2]:
        # a verb of saying after the quote, hanging on it
        for c in top.children:
            if c.idx >= end and c.dep_ in ("parataxis", "conj", "ccomp", "advcl") and c.pos_ == "VERB" \
                    and c.lemma_.lower() in saying and not _negated_verb(c):
                subj = _subject_token(c, after=end)
                if subj is not None:
                    return c, subj
        cur = top
        for _ in range(8):
            head = cur.head
            if head.i == cur.i:
                break
            if head.pos_ in ("VERB", "AUX") and not (start <= head.idx < end):
                if head.lemma_.lower() in saying or cur.dep_ == "ccomp":
                    if _negated_verb(head):
                        return None
                    subj = _subject_token(head, after=end)
                    if subj is not None and not (start <= subj.idx < end):
                        return head, subj
                    if subj is None and head.dep_ == "ROOT" and head.lemma_.lower() in saying:
                        return head, None          # "Et d'ajouter : « … »": the subject of before
            cur = head
    return None


def parse_speaker(doc, start: int, end: int, base: int, here: list[Mention], roles: RoleBook, v: ModuleType,
                  antecedent) -> tuple[str | None, bool]:
    """Who the parse says a passage is said by, and whether that speaker is
    named (a person, organisation or place the text names, a role the texts
    give a person, or the person "il"/"elle" stands for)."""
    found = saying_verb(doc, start, end, v)
    if found is None:
        return None, False
    verb, subj = found
    if subj is None:
        who = antecedent(start)
        return who, bool(who)
    return subject_speaker(subj, base, here, roles, v, antecedent, start)


def subject_speaker(subj, base: int, here: list[Mention], roles: RoleBook, v: ModuleType, antecedent,
                    at: int) -> tuple[str | None, bool]:
    if subj.lower_ in v.PRONOUNS or subj.lower_.lstrip("-t") in v.PRONOUNS:
        who = antecedent(at)
        return who, bool(who)
    if subj.lower_ in v.RELATIVE[:1] and subj.head.dep_ == "acl:relcl":
        subj = subj.head.head
    if subj.lower_ in getattr(v, "NOT_SPEAKERS", ()) or subj.pos_ == "PRON":
        return None, False
    lo = subj.idx
    hi = subj.right_edge.idx + len(subj.right_edge.text)
    # the subject phrase stops at a quote or a comma after its head
    seg = subj.doc.text[lo:hi]
    cut = patterns(v).relative.search(seg[subj.idx - lo + len(subj.text):])
    if cut:
        hi = subj.idx + len(subj.text) + cut.start()
    inside = [m for m in here if base + lo <= m.start < base + hi]
    for kind in ("PER", "ORG"):
        m = next((m for m in inside if m.type == kind), None)
        if m:
            return m.form, True
    phrase = subj.doc.text[lo:hi].strip(" ,")
    who = roles.who(phrase) if phrase else None
    if who:
        return who, True
    head_loc = next((m for m in inside if m.type in ("LOC", "MISC") and m.start <= base + subj.idx < m.end), None)
    if head_loc:                           # "Pékin a averti": the place stands for its government
        return head_loc.form, True
    if subj.pos_ in ("NOUN", "PROPN") and phrase:
        return clean_form(phrase, v, keep_capital_article=True), subj.pos_ == "PROPN" or subj.text[:1].isupper()
    return None, False


def sentence_subjects(doc, upto: int):
    """The subjects of the main verbs of a paragraph's sentences before ``upto``,
    latest first: (subject token, sentence start)."""
    out = []
    for sent in doc.sents:
        if sent.start_char >= upto:
            break
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in _SUBJ), None)
        if subj is None and root.pos_ not in ("VERB", "AUX"):
            subj = next((c for t in sent if t.pos_ == "VERB" for c in t.children if c.dep_ in _SUBJ), None)
        out.append((subj, sent.start_char))
    return out[::-1]


def _named(phrase: str, mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The person (else organisation, else place) named inside a phrase."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    for kind in ("PER", "ORG", "LOC", "MISC"):
        for m in inside:
            if m.type == kind:
                return m
    return None


def _speaker(phrase: str, mentions: list[Mention], start: int, roles: RoleBook, v: ModuleType) -> str:
    """Who a speaker phrase names: the person inside it; for a role ("le
    porte-parole du Kremlin"), the person the texts give that role; else the
    organisation inside it; else the phrase."""
    named = _named(phrase, mentions, start, start + len(phrase))
    if named and named.type == "PER":
        return named.form
    medium = patterns(v).medium.match(phrase.strip())
    if medium:                             # "le site Mediapart", "l'agence Reuters"
        return clean_form(medium.group("name"), v, keep_capital_article=True)
    role = patterns(v).role.match(phrase.strip())
    if role:
        who = roles.who(phrase)
        if who:
            return who
        return clean_form(phrase, v)
    if named and named.type == "ORG":
        return named.form
    return clean_form(phrase, v, keep_capital_article=True)


def reported_by(phrase: str, mentions: list[Mention], start: int, roles: RoleBook,
                v: ModuleType) -> tuple[str | None, list[str]]:
    """Who a phrase names as the origin of what is reported, and who relayed it:
    "l'AFP citant des informations du ministère de la Défense" is the ministry,
    via the AFP."""
    speaker_phrase, via = _np(phrase, v)
    if not speaker_phrase:
        return None, []
    offset = phrase.find(speaker_phrase)
    speaker = _speaker(speaker_phrase, mentions, start + max(offset, 0), roles, v)
    return speaker, [_speaker(x, mentions, start + max(phrase.find(x), 0), roles, v) for x in via]


def _subject(before: str, here: list[Mention], lo: int, hi: int, roles: RoleBook, v: ModuleType,
             verb_at: int | None = None) -> str | None:
    """Who a sentence is about, up to its reporting verb: the first person named
    (else organisation), else a capitalised name at its head, else a role."""
    people = [x for x in here if lo <= x.start < (verb_at if verb_at is not None else hi)]
    named = next((x for x in people if x.type == "PER"), None) or next((x for x in people if x.type == "ORG"), None)
    lead = before.strip()
    if patterns(v).pronoun.match(lead):
        return None
    if named:
        return named.form
    m = patterns(v).subject.match(lead)
    if m and m.group("np").split()[0].lower() not in v.PRONOUNS \
            and m.group("np").split()[0].lower() not in getattr(v, "NOT_SPEAKERS", ()):
        return clean_form(m.group("np"), v, keep_capital_article=True)
    return roles.who(lead)


@lru_cache(maxsize=None)
def _reported_rx(v: ModuleType) -> re.Pattern:
    """A reporting verb and its "que": "a également assuré, mardi soir, que", "estime qu'"."""
    past = alternation(v.REPORTING_VERBS)
    present = alternation(v.PRESENT_REPORTING)
    adverbs = alternation(v.REPORTING_ADVERBS)
    return re.compile(
        rf"(?<![\w'’])(?:(?P<neg>{v.NEGATION})?(?:{alternation(v.REPORTED_AUXILIARIES)})\s+"
        rf"(?:(?:{adverbs})\s+)?(?P<past>{past})|(?P<present>{present}))"
        rf"(?:\s*,[^,.;:«»“”]{{1,60}},|\s+(?:{alternation(v.REPORTED_COMPLEMENTS)})\b[^,.;:«»“”]{{0,50}}?)?"
        rf"\s+(?P<that>{alternation(v.REPORTED_THAT)})", re.I)


@lru_cache(maxsize=None)
def _reported_end(v: ModuleType) -> re.Pattern:
    return re.compile("|".join(f"(?:{rx})" for rx in v.REPORTED_ENDS))


def reported(text: str, base: int, index: int, here: list[Mention], quoted: list[tuple[int, int]],
             roles: RoleBook, v: ModuleType, antecedent) -> list[Quote]:
    """The reported statements of one paragraph ("X a assuré que …"): the clause
    after "que" to the end of its sentence, said by the subject of the verb.
    A clause that holds a quote already attributed, or a negated verb ("n'a pas
    confirmé que"), is not one."""
    out = []
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    for k, s0 in enumerate(starts):
        s1 = starts[k + 1] if k + 1 < len(starts) else len(text)
        sentence = text[s0:s1]
        m = _reported_rx(v).search(sentence)
        if not m or m.group("neg"):           # "n'a … que": only, not a report
            continue
        c0 = s0 + m.end()
        c1 = s0 + len(sentence.rstrip().rstrip(".!?…").rstrip())
        end = _reported_end(v).search(text, c0, c1)
        if end:
            c1 = end.start()
        inside = [a for a, b in quoted if a < base + c1 and base + c0 < b]
        if inside:
            # "X a affirmé que … , et que cette opération était « … »": the clause up to the quote
            cut = min(inside) - base
            head = text[c0:cut] if cut > c0 else ""
            joins = list(patterns(v).that_joins.finditer(head))
            head = head[:joins[-1].start()] if joins else re.sub(r"\s*\S*$", "", head)
            head = head.rstrip(" ,;")
            if len(_WORD.findall(head)) < 6:
                continue
            c1 = c0 + len(head)
        clause = text[c0:c1].strip()
        if len(_WORD.findall(clause)) < 4:
            continue
        before = sentence[:m.start()]
        if patterns(v).he_or_she_only.match(before):
            speaker = antecedent(s0)
        else:
            verb_at = base + s0 + m.start()
            people = [x for x in here if base + s0 <= x.start < verb_at]
            named = next((x for x in people if x.type == "PER"), None) or next(
                (x for x in people if x.type == "ORG"), None)
            speaker = named.form if named else roles.who(before) if before.strip() else None
        if speaker:
            out.append(Quote(start=base + c0, end=base + c1, text=clause, speaker=speaker, speaker_entity=None, via=(), paragraph=index, cue="indirect"))
    return out


def parse_reported(doc, text: str, base: int, index: int, here: list[Mention], taken: list[tuple[int, int]],
                   roles: RoleBook, v: ModuleType, antecedent) -> list[Quote]:
    """Reported speech the parse finds and the patterns missed: the clausal
    complement ("que …") or infinitive ("a nié avoir versé …") of a verb of
    saying, said by the verb's named subject."""
    out = []
    saying = _saying(v)
    for t in doc:
        if t.dep_ not in ("ccomp", "xcomp") or t.head.pos_ not in ("VERB", "ADJ"):
            continue
        verb = t.head
        if verb.lemma_.lower() not in saying and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in saying:
            verb = verb.head                   # "s'est dite persuadée que …", "s'est dit convaincu que …"
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in saying or _negated_verb(verb):
            continue
        sub = list(t.subtree)
        if t.dep_ == "ccomp":
            mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in v.THAT_MARKS), None)
            if mark is None or mark.i != sub[0].i:
                continue
            c0 = mark.idx + len(mark.text)
        else:
            infinitive = "Inf" in t.morph.get("VerbForm") or any(
                c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in t.children)
            if not infinitive or sub[0].i < verb.i:
                continue
            c0 = sub[0].idx
        if verb.lemma_.lower() in getattr(v, "DENIAL_LEMMAS", ()):
            c0 = verb.idx                  # "a nié avoir versé une rançon": the denial is the statement
        last = sub[-1]
        while last.is_punct and last.i > t.i:
            last = doc[last.i - 1]
        c1 = last.idx + len(last.text)
        cut = _reported_end(v).search(text, c0, c1) or patterns(v).about_it.search(text, c0, c1)
        if cut:
            c1 = cut.start()
        clause = text[c0:c1].strip()
        if len(_WORD.findall(clause)) < 4 or any(a < base + c1 and base + c0 < b for a, b in taken):
            continue
        subj = _subject_token(verb)
        if subj is None:
            # a parse that lost the subject: the person (else organisation) named before the verb
            sent = verb.sent
            named_before = [m for m in here if base + sent.start_char <= m.start < base + verb.idx]
            first = next((m for m in named_before if m.type == "PER"), None) or next(
                (m for m in named_before if m.type == "ORG"), None)
            if first is not None:
                out.append(Quote(start=base + c0, end=base + c1, text=clause, speaker=first.form, speaker_entity=None, via=(), paragraph=index, cue="indirect"))
                taken.append((base + c0, base + c1))
            continue
        speaker, named = subject_speaker(subj, base, here, roles, v, antecedent, verb.idx)
        if speaker and named:
            out.append(Quote(start=base + c0, end=base + c1, text=clause, speaker=speaker, speaker_entity=None, via=(), paragraph=index, cue="indirect"))
            taken.append((base + c0, base + c1))
    return out


def _is_named(speaker: str, here: list[Mention], roles: RoleBook) -> bool:
    """The speaker is a name the paragraph gives, or a person a role stands for."""
    return any(m.form == speaker for m in here) or speaker in roles.by_role.values()


def _last(rx: re.Pattern, text: str):
    """The last match of ``rx`` in ``text`` that is not its first word (a
    participle heading the sentence, "Interrogé par…", is no subject's verb)."""
    found = [m for m in rx.finditer(text) if text[:m.start()].strip()]
    return found[-1] if found else None


def quotes(paragraphs: list[str], offsets: list[int], mentions: list[Mention], roles: RoleBook,
           v: ModuleType, docs=None) -> list[Quote]:
    p = patterns(v)
    after_rx, according_rx, verb_before = p.after, p.according, p.verb_before
    out: list[Quote] = []
    last_speaker: tuple[str, int] | None = None      # (speaker, paragraph)
    last_person: str | None = None
    for index, (text, base) in enumerate(zip(paragraphs, offsets)):
        here = [m for m in mentions if m.paragraph == index]
        said_until = 0                                # where this paragraph's last attributed quote ends

        def antecedent(at: int) -> str | None:
            """Who "il"/"elle" before or after a quote stands for: the subject of the latest
            sentence before it that names one (a quote attributed in that sentence gives
            its speaker; a subject "il" stands for the same person, so the search goes on
            back), else the first person of the latest sentence naming one since this
            paragraph's last attributed quote, else the last speaker, else the last
            person named."""
            if docs is not None:
                who = subject_antecedent(at)
                if who:
                    return who
            people = [x for x in here if x.type == "PER" and base + said_until <= x.start < base + at]
            if people:
                ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, people[-1].start - base)]
                return next(x for x in people if x.start >= base + (ends[-1] if ends else 0)).form
            return last_speaker[0] if last_speaker else last_person

        def subject_antecedent(at: int) -> str | None:
            seen = 0
            for k in range(index, max(-1, index - 3), -1):
                k_base = offsets[k]
                k_here = here if k == index else [m for m in mentions if m.paragraph == k]
                for subj, s0 in sentence_subjects(docs[k], at if k == index else len(paragraphs[k]) + 1):
                    ends = [q for q in out if q.paragraph == k and q.speaker and k_base + s0 <= q.start
                            and (k != index or q.start < base + at)]
                    if ends:
                        return ends[-1].speaker
                    seen += 1
                    if seen > 4:
                        return None
                    if subj is not None and subj.pos_ == "PRON" and subj.lower_ not in v.PRONOUNS:
                        # "Nicolas Sarkozy a, lui, jugé …": the person named before the verb
                        before = [m for m in k_here if m.type == "PER" and k_base + s0 <= m.start < k_base + subj.idx]
                        if before:
                            return before[0].form
                    if subj is None or subj.lower_ in v.PRONOUNS or subj.lower_.lstrip("-t") in v.PRONOUNS:
                        continue
                    who, named = subject_speaker(subj, k_base, k_here, roles, v, lambda _: None, subj.idx)
                    if who and (named or seen == 1):
                        return who
            return None

        for span in find_quoted(text):
            inner = span.inner
            finite = has_finite_verb(docs[index], span.start, span.end) if docs is not None else None
            fragment = not is_statement(inner, finite)
            if fragment:
                # a fragment of what someone said, inside a sentence of the article:
                # "X avait exigé que les responsables « en tirent les conséquences »"
                if docs is None or len(_WORD.findall(inner)) < 4:
                    continue
                who, named = parse_speaker(docs[index], span.start, span.end, base, here, roles, v, antecedent)
                if not (who and named):
                    continue
                out.append(Quote(start=base + span.start, end=base + span.end, text=inner, speaker=who, speaker_entity=None, via=(), paragraph=index, cue="fragment"))
                last_speaker, said_until = (who, index), span.end
                continue
            speaker, via, cue = None, [], None
            # the sentence around the quote
            ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, span.start)]
            s_start = ends[-1] if ends else 0
            before = text[s_start:span.start]
            after = text[span.end:]
            m = after_rx.match(after)
            if m and not re.match(r"^\s*[.!?…]\s*[A-ZÀ-Ý«“\"]", after):
                pronoun = m.group("pro") or m.group("pro2") or m.group("pro3")
                rest = m.group("rest")
                # "a-t-il indiqué, précisant que …": the pronoun is the subject, what follows is no speaker
                if pronoun and (not rest.strip(" ,") or pronoun.lower() != "on"):
                    speaker, cue = antecedent(span.start), "pronoun"
                else:
                    phrase, via = _np(rest, v)
                    if phrase:
                        start = span.end + m.start("rest") + rest.find(phrase) if phrase in rest else span.end
                        speaker = _speaker(phrase, here, base + start, roles, v)
                        via = [clean_form(x, v, keep_capital_article=True) for x in via]
                        cue = "verb-after"
            if speaker is None:
                m = according_rx.search(before)
                if m:
                    phrase = m.group("np")
                    start = s_start + m.start("np")
                    speaker, cue = _speaker(phrase, here, base + start, roles, v), "according-to"
            if speaker is None and before.rstrip().endswith(":"):
                verb = _last(verb_before, before)
                speaker = _subject(before.rstrip()[:-1], here, base + s_start, base + span.start, roles, v,
                                   base + s_start + verb.start() if verb else None)
                cue = "colon" if speaker else None
                if speaker is None and patterns(v).he_or_she.match(before):
                    speaker, cue = antecedent(span.start), "pronoun"
            if speaker is None and before.strip():
                verb = _last(verb_before, before)
                if verb:                       # "X a raconté avoir été réveillé par « … »"
                    speaker = _subject(before, here, base + s_start, base + span.start, roles, v,
                                       base + s_start + verb.start())
                    cue = "verb-before" if speaker else None
                    if speaker is None and patterns(v).he_or_she.match(before):
                        speaker, cue = antecedent(span.start), "pronoun"
            if speaker is None and not before.strip() and s_start:
                previous = text[max(0, text.rfind(".", 0, s_start - 2) + 1):s_start].strip()
                if previous.endswith(("?", ":")):   # "Et que nous dit le maire, Bertrand Mallaval ? « … »"
                    named = [x for x in here if base + s_start - len(previous) - 2 <= x.start < base + s_start
                             and x.type == "PER"]
                    if named:
                        speaker, cue = named[-1].form, "colon"
            if docs is not None and (speaker is None or not _is_named(speaker, here, roles)):
                who, named = parse_speaker(docs[index], span.start, span.end, base, here, roles, v, antecedent)
                if who and (named or speaker is None):
                    speaker, cue = who, "parse"
            if speaker is None and last_speaker and index - last_speaker[1] <= 2 and not before.strip():
                speaker, cue = last_speaker[0], "same-speaker"
            out.append(Quote(start=base + span.start, end=base + span.end, text=inner, speaker=speaker, speaker_entity=None, via=tuple(via), paragraph=index, cue=cue))
            if speaker:
                last_speaker = (speaker, index)
                said_until = span.end
        quoted = [(q.start, q.end) for q in out if q.paragraph == index and q.speaker]
        found = reported(text, base, index, here, quoted, roles, v, antecedent)
        out.extend(found)
        if docs is not None:
            taken = quoted + [(q.start, q.end) for q in found]
            out.extend(parse_reported(docs[index], text, base, index, here, taken, roles, v, antecedent))
        people = [m for m in here if m.type == "PER"]
        if people:
            last_person = people[-1].form
    return sorted(out, key=lambda q: q.start)
