"""The records that flow through recoupe, one small frozen dataclass per thing.

Data flows one way: ``Page`` (what was read) -> ``Article`` (cleaned, then
annotated) -> ``Dossier`` (what is rendered). A stage never mutates a record:
it returns ``dataclasses.replace(record, field=...)``.

Every record has one serialization pair, ``to_dict()`` / ``from_dict()``,
driven by the field types, so a record survives a process boundary (the
distributed executor) and the SQLite store unchanged.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar, Union


class Record:
    """Mixin giving a frozen dataclass ``to_dict`` / ``from_dict``.

    Nested records, tuples of records and optional fields are converted by
    looking at the annotated field types; nothing is registered at class
    level, so records pickle and travel between processes as they are.
    """

    __slots__ = ()
    __dataclass_fields__: ClassVar[dict]

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _dump(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        if not isinstance(data, dict):
            raise TypeError(f"{cls.__name__}.from_dict expects a dict, got {type(data).__name__}")
        hints = _hints(cls)
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"{cls.__name__}.from_dict: unknown field(s) {sorted(unknown)}; "
                             f"expected some of {sorted(known)}")
        return cls(**{name: _load(hints[name], value) for name, value in data.items()})


@lru_cache(maxsize=None)
def _hints(cls) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _dump(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def _load(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _load(args[0], value) if len(args) == 1 else value
    if origin is tuple:
        args = typing.get_args(tp)
        inner = args[0] if args else Any
        return tuple(_load(inner, v) for v in value)
    if origin is dict:
        _, inner = typing.get_args(tp) or (Any, Any)
        return {k: _load(inner, v) for k, v in value.items()}
    if isinstance(tp, type) and issubclass(tp, Record):
        return tp.from_dict(value)
    return value


# --------------------------------------------------------------------- read

@dataclass(frozen=True, slots=True, kw_only=True)
class Page(Record):
    """One document as read from an input, before any cleaning.

    ``text`` is set for plain text, ``html`` for markup (either may be set by
    a JSONL line). The metadata fields hold only what the input *states*
    (JSONL fields, WARC headers); what is found in the text comes later.
    """

    id: str
    input: str                      # the path or URL it was read from, as given
    kind: str                       # txt | html | jsonl | warc
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    encoding: str | None = None     # how the bytes were decoded
    repaired: bool = False          # mojibake was repaired
    replaced: int = 0               # characters no output can write (lone surrogates, controls) replaced
    ref: str | None = None          # the id the input stated (a JSONL `id`); the record's id comes from the content
    notes: tuple[str, ...] = ()     # what the reader set aside, and why ("`published` 'pas une date' ...")


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome(Record):
    """What happened to one input (or one line / record of it).

    Every input the user gave ends as ``read`` or ``skipped`` with a reason
    that names the input and the fix; nothing is dropped silently.
    """

    input: str
    status: str                     # read | skipped | duplicate | failed (a stage raised on it)
    reason: str = ""
    article: str | None = None      # the article id, when one was made
    code: str = ""                  # what happened, from the catalogue: recoupe.errors.CATALOGUE


# -------------------------------------------------------------------- clean

@dataclass(frozen=True, slots=True, kw_only=True)
class Removal(Record):
    """A line taken out of the body, with why (shown in the dossier)."""

    text: str
    reason: str                     # see recoupe.clean.rules.REASONS
    field: str | None = None        # the metadata field it filled, if any


@dataclass(frozen=True, slots=True, kw_only=True)
class Published(Record):
    """A publication date and where it came from."""

    value: str | None = None        # YYYY-MM-DD (or YYYY-MM, YYYY when that is all that is known)
    basis: str = "none"             # metadata | url | text | story | none
    evidence: str | None = None     # the line, URL or tag it was read from
    inferred: bool = False          # reasoned from the content, not stated by the page (header, URL, metadata)
    confidence: float | None = None  # for a date inferred: how sure the reasoning is (a dateline 0.95, a copyright year 0.8)


# ---------------------------------------------------------------- annotate

@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpr(Record):
    """A temporal expression and its TIMEX3 value.

    ``start``/``end`` are offsets into ``Article.text`` (paragraphs joined by
    newlines); ``paragraph`` is the index of the paragraph it stands in.
    ``anchor`` says what a relative expression was resolved against:
    ``dct`` (the publication date), ``narrative`` (a date the text moved to),
    ``none`` (absolute, or nothing to resolve against).
    """

    start: int
    end: int
    text: str
    type: str                       # DATE | TIME | DURATION | SET
    value: str | None
    paragraph: int = 0
    anchor: str = "none"


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention(Record):
    """A name in the text: a person, an organisation or a place.

    ``text`` is the span as written; ``form`` the name without its article or
    title ("l'Arménie" -> "Arménie", "le colonel Eyvazov" -> "Eyvazov");
    ``entity`` the id of the entity it was linked to across all articles.
    """

    start: int
    end: int
    text: str
    type: str                       # PER | ORG | LOC
    form: str
    paragraph: int = 0
    entity: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote(Record):
    """A statement and who said it: a direct quotation, or reported speech
    ("X a assuré que …", ``cue`` "indirect").

    ``via`` lists who reported it when the article got it second hand (an
    agency citing a ministry); ``cue`` says how the speaker was found.
    """

    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_entity: str | None = None
    via: tuple[str, ...] = ()
    paragraph: int = 0
    cue: str | None = None          # verb-after | verb-before | colon | according-to | same-speaker | pronoun | indirect


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity(Record):
    """A figure: its value, how it is qualified and what it counts."""

    start: int
    end: int
    text: str
    value: float | None
    qualifier: str = "exact"        # exact | approx | over | under
    unit: str | None = None         # what it counts: "véhicules blindés de transport de troupes", "%", "euros"
    paragraph: int = 0
    # its scope: what kind of number it is and the frame it is told in
    dimension: str = "count"        # count | duration | age | money | percent | measure | clock | period
    # an interval ("entre 600 000 et 800 000", "des centaines de milliers"): ``value`` is its lower
    # bound, as ``qualifier`` "over" says, and ``high`` its upper one
    low: float | None = None
    high: float | None = None
    kind: str = "count"             # count | forecast | estimate | part ("dont 80 000 à Paris") | total
    place: str | None = None        # where: the place its clause or list item names
    when: str | None = None         # when: the TIMEX3 value of the date that governs its clause
    source: str | None = None       # who gives it: "la CGT" in "selon la CGT", "la police" in "la police a recensé"
    of: str | None = None           # for an age, whose age; for a duration, what lasted ("captivité");
                                    # for a sum or a share, whose it is ("Natixis" in "Natixis a levé 3,9 milliards")


@dataclass(frozen=True, slots=True, kw_only=True)
class Variant(Record):
    """One way an entity is written, and the articles that write it so."""

    text: str
    articles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity(Record):
    """A person, organisation or place, linked across every article."""

    id: str
    name: str
    type: str
    variants: tuple[Variant, ...] = ()


# ----------------------------------------------------------------- article

@dataclass(frozen=True, slots=True, kw_only=True)
class Article(Record):
    """A cleaned article; annotation stages fill more fields as they run."""

    id: str
    input: str
    paragraphs: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    title: str | None = None
    language: str | None = None
    published: Published = field(default_factory=Published)
    encoding: str | None = None
    repaired: bool = False
    replaced: int = 0               # characters replaced because no output could write them
    ref: str | None = None          # the id the input stated, if any
    times: tuple[TimeExpr, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    headline_quantities: tuple[Quantity, ...] = ()   # figures of the title; offsets into ``title``
    cites: tuple[str, ...] = ()     # who the article attributes information to
    terms: tuple[tuple[str, int], ...] = ()   # content lemmas and their counts (grouping, framing)
    phrases: tuple[tuple[str, int], ...] = ()  # lemmas and two-lemma phrases, no names ("nettoyage ethnique"): framing
    passed: tuple[str, ...] = ()    # the stages that passed over it, and why ("read_article: no tables for 'en'")

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


# ------------------------------------------------------------------- group

@dataclass(frozen=True, slots=True, kw_only=True)
class Copy(Record):
    """A passage two articles share word for word (or nearly): a reprint is one
    source, not two confirmations."""

    articles: tuple[str, ...]
    text: str
    words: int = 0                  # how long the shared passage is


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry(Record):
    """A dated event of a story, and every article that tells it."""

    date: str                       # TIMEX3 value: 2024-04-17, 2024-04, 2020
    text: str                       # one sentence that tells it
    articles: tuple[str, ...] = ()
    background: bool = False        # before the story's own period (the 2020 war in a 2024 story)
    # dated only by a weekday ("placé mercredi en garde à vue") that one day the story names
    # falls on; no sentence of the entry states the date
    inferred: bool = False


# ----------------------------------------------------------------- compare

@dataclass(frozen=True, slots=True, kw_only=True)
class Support(Record):
    """One article's version of a figure: its value and the sentence that gives it."""

    article: str
    value: float | None
    text: str                       # the sentence
    figure: str = ""                # the figure as written: "près de 2 000 soldats"
    qualifier: str = "exact"        # exact | approx | over | under
    paragraph: int = 0              # -1: the article's headline
    source: str | None = None       # who gives it in that article: "la CGT", "la police"
    place: str | None = None        # where it holds, when the sentence says
    when: str | None = None         # when it holds, when the sentence says (TIMEX3)
    unit: str | None = None         # the unit of ``value`` ("ans", "jours", "%", "euros"), when it has one


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim(Record):
    """Figures from several articles that count the same thing, and whether they agree.

    ``agreed``: every pair of values can both be true (``près de 2 000`` and
    ``1 960``) and at least two independent sources give one; ``contested``: two
    values cannot both be true, from the same source or none named;
    ``disputed``: named sources differ (police vs organisers), each version is
    listed with its source; ``evolving``: a count updated over time (12 dead on
    Monday, 17 on Tuesday), its versions in time order; ``single``: one
    independent source only."""

    id: str
    subject: str                    # what is counted, as the articles say it
    status: str                     # agreed | contested | disputed | evolving | single
    support: tuple[Support, ...] = ()
    sources: int = 1                # independent sources among the supporting articles
    note: str = ""                  # why contested: which values cannot both be true
    dimension: str = "count"        # count | duration | age | money | percent | measure | clock | period
    kind: str = "count"             # count | forecast | estimate | part | total


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteVersion(Record):
    article: str
    text: str
    paragraph: int = 0
    indirect: bool = False          # reported speech ("a assuré que …"), not the speaker's words


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteGroup(Record):
    """One statement as several articles report it, in their words."""

    speaker: str
    articles: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()
    speaker_entity: str | None = None
    versions: tuple[QuoteVersion, ...] = ()
    changed: bool = False           # the wording changes the meaning between articles
    note: str = ""                  # what changes: a negation, a figure


@dataclass(frozen=True, slots=True, kw_only=True)
class NameChoice(Record):
    """Which of an entity's names an article uses, when outlets name it differently."""

    entity: str
    name: str                       # the entity's canonical name
    used: tuple[tuple[str, int], ...] = ()   # the variants this article uses, with counts


@dataclass(frozen=True, slots=True, kw_only=True)
class Framing(Record):
    """The evidence of an article's framing: the terms that most set it apart
    from the rest of its story, and its naming choices. Never a label."""

    article: str
    terms: tuple[str, ...] = ()
    scores: tuple[float, ...] = ()  # the z-score of each term (log-odds, informative Dirichlet prior)
    names: tuple[NameChoice, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryItem(Record):
    """One sentence of a story's summary, taken from an article, and every article that says it."""

    text: str
    articles: tuple[str, ...] = ()
    claim: str | None = None        # the contested claim this sentence gives one version of
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation(Record):
    """An edge of a story's sources graph: ``source`` is cited by ``by``."""

    by: str                         # an outlet (or an article id when its outlet is unknown), or a relaying source
    source: str                     # who is cited: an agency, an outlet, an official
    articles: tuple[str, ...] = ()
    kind: str = "cites"             # cites | relays (a chain: "l'AFP citant le ministère")


@dataclass(frozen=True, slots=True, kw_only=True)
class Story(Record):
    """Articles that report the same news, and what the group stage found in them."""

    id: str
    title: str
    articles: tuple[str, ...] = ()
    sources: tuple[tuple[str, ...], ...] = ()   # independent sources: articles that copy each other count once
    timeline: tuple[TimelineEntry, ...] = ()
    copies: tuple[Copy, ...] = ()
    claims: tuple[Claim, ...] = ()
    quote_groups: tuple[QuoteGroup, ...] = ()
    framing: tuple[Framing, ...] = ()
    summary: tuple[SummaryItem, ...] = ()
    citations: tuple[Citation, ...] = ()
    thread: str | None = None       # the thread it belongs to


@dataclass(frozen=True, slots=True, kw_only=True)
class Thread(Record):
    """The stories of one topic over time: a hostage freed, then the trial a month later."""

    id: str
    title: str
    stories: tuple[str, ...] = ()   # story ids, oldest first


# ----------------------------------------------------------------- dossier

@dataclass(frozen=True, slots=True, kw_only=True)
class Dossier(Record):
    """Everything a run found; rendered as JSON (shared/CONTRACT.md) and HTML."""

    articles: tuple[Article, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    stages: tuple[str, ...] = ()    # the stages that ran, so an empty field is never ambiguous
    stories: tuple[Story, ...] = ()
    threads: tuple[Thread, ...] = ()
    entities: tuple[Entity, ...] = ()
    schema: str = "recoupe.dossier/1"
