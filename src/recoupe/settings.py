"""One frozen settings object; every tunable default lives here, with why."""
from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class GroupingSettings:
    # Weights of the three likenesses in a pair's score (they sum to 1). Set on the
    # RPM2 dev corpus and the seeds (bench/stories.py prints the figures).
    w_vector: float = 0.35
    w_words: float = 0.50
    w_names: float = 0.15
    # Average-linkage similarity from which two groups are one story. On RPM2 dev
    # the best cut is 0.18 (B-cubed 0.995) but 0.16 already merges topics (0.82);
    # 0.20 (0.973) keeps a margin on the side where errors cost less (splitting).
    threshold: float = 0.20
    # Terms per article kept for words and blocking; postings longer than
    # max_posting (a word most articles use) do not propose pairs.
    top_terms: int = 80
    block_terms: int = 15
    max_posting: int = 300
    # Articles more than this many days apart lose likeness, down to floor.
    days_apart: int = 45
    far_floor: float = 0.35
    # Within a thread, articles written more than story_days apart lose likeness, down to
    # story_floor at three times the gap: one event's coverage lasts days, the next event of
    # a topic comes weeks later, and only articles that say much the same bridge the gap.
    # story_threshold is the average-linkage cut inside a thread.
    story_days: int = 14
    story_floor: float = 0.25
    story_threshold: float = 0.20
    lead_words: int = 80


@dataclass(frozen=True, slots=True)
class TimelineSettings:
    """When two dated sentences tell one event (group/timeline.py), set on the seeds and the RPM2
    dev stories (bench/crosscheck.py: dated events told by several outlets)."""

    # Days before the story's first publication from which an event is background.
    background_days: int = 60
    # Two sentences of one date are one event from this much likeness of their rare words; for a
    # day, less is enough (same_event_day of the rare words, or same_day_meaning of sentence
    # vectors): two outlets naming the same day of one story seldom tell two events.
    same_event: float = 0.30
    same_event_day: float = 0.05
    same_day_meaning: float = 0.30
    # For a month, more of either: a month holds more events than a day.
    same_event_month: float = 0.10
    same_month_meaning: float = 0.40
    # A sentence dated by a weekday that several days of its story fall on joins the most alike
    # entry of such a day from this much likeness; one dated by "hier" (no weekday) from more.
    float_same: float = 0.10
    float_same_no_weekday: float = 0.30
    # An undated article takes the day of a dated article of its story only when their leads are
    # this alike (sentence vectors): the same event told, not the same topic; and only from a date
    # the page states or one read with at least story_date_from confidence.
    story_date_likeness: float = 0.6
    story_date_from: float = 0.6


@dataclass(frozen=True, slots=True)
class CompareSettings:
    """The comparison's thresholds (compare/claims.py, compare/quotes.py). Each was set on the
    seeds and the compare fixtures (bench/seeds.py, bench/compare_stories.py) and read against the
    RPM2 cross-check (bench/crosscheck.py, halves T01-T05 tuned on, T06-T10 read)."""

    # -- figures (compare/claims.py)
    # Alignment score from which two figures count the same thing, and from which they may
    # contradict each other: a contradiction needs stronger evidence than an agreement.
    link: float = 0.45
    contest: float = 0.55
    # Two counts of one thing by two outlets are never this far apart (the widest real pair seen:
    # a crowd of 1.2 million against 280,000).
    max_ratio: float = 10.0
    # "personnes" against a noun for people ("figurants"): the same crowd when the sentences agree.
    people_likeness: float = 0.6
    # A sum, a share, a measure, a duration or an age is one fact with another when their
    # sentences (or clauses) are this alike: less when their values can both be true (agree), more
    # when they would contradict (contest); the same value or the same noun before it ("retraite de
    # trois ans") needs only generic_same.
    generic_same: float = 0.35
    generic_agree: float = 0.5
    generic_contest: float = 0.75
    # A round exact figure ("2 000") stands for +/- this share; so does an approximate one ("près
    # de", "environ": the writer rounded).
    round_slack: float = 0.05
    approx_slack: float = 0.05
    # The likeness given to two sentences that already give one fact alike (their other figures of
    # one kind are then compared as of one event).
    anchored: float = 0.8
    # A bound is said near what it bounds: "plus de 14 000" is no evidence about 91 000 (x2 past).
    bound_reach: float = 2.0
    # A contradiction between a figure whose place is known and one whose place is not needs this link.
    frame_unknown: float = 0.7
    # A place named by this share of a story's articles is where the story happens.
    ambient: float = 0.6

    # -- statements (compare/quotes.py)
    # Sentence-vector likeness from which two quotes of one speaker are one statement; or from
    # near_quote when they also share a content word ("colère"); or from paraphrase when they
    # share three content words or a figure (a paraphrase, another translation).
    same_quote: float = 0.72
    near_quote: float = 0.60
    paraphrase: float = 0.55
    # Or: the share of the shorter quote's words the longer one has.
    quote_overlap: float = 0.6
    # Share of content words from which two quotes are one whoever the texts say spoke, when the
    # shorter has at least verbatim_words content words.
    verbatim: float = 0.8
    verbatim_words: int = 5

    # -- framing (compare/framing.py)
    # The language prior weighs as much as this many words of the language. Seeds: 3e4 -> 5/7 of
    # the government statement's loaded terms in its top 20, 5e4 and 7e4 -> 6/7, 1e5 -> 5/7; the
    # fixture stories agree (tests/test_compare_stories.py).
    prior_words: float = 50_000.0
    # A word the language does not know (wordfreq gives 0: a coinage, "ultragauche") counts as a
    # rare one (0.1 is a frequency of 2 per million), not as impossible.
    unknown_word_prior: float = 0.1
    # A term below this z-score is no evidence of anything; an outlet shows at most top_terms.
    min_z: float = 0.5
    top_terms: int = 20


@dataclass(frozen=True, slots=True)
class Settings:
    # A single article file (.txt/.html/.htm), a JSONL line or a WARC record
    # larger than this is skipped: the longest news articles are ~200 KB of
    # HTML; 20 MB leaves room for pages with inline images or scripts while a
    # 50 MB "article" is a dump or a mistake. Containers (.jsonl, .warc) are
    # streamed and have no overall limit.
    max_document_mb: float = 20.0

    # Languages the detector chooses among (ISO 639-1). A short list keeps
    # lingua fast and memory-light; add codes here to detect more.
    languages: tuple[str, ...] = (
        "fr", "en", "de", "es", "it", "pt", "nl", "ru", "uk", "ar", "tr", "pl",
        "ro", "ca", "hy", "az", "vi", "zh", "ja", "fa",
    )
    # Below this many letters a text is too short to tell its language.
    min_letters_for_language: int = 20
    # The language is told from the first this many characters of the text (some 100 words):
    # lingua's time grows with the text, its answer no longer does (the 200 RPM2 dev texts,
    # the seeds and the fixtures get the same language from 600 characters as from 2,000).
    language_sample_chars: int = 600

    # Repeated-paragraph detection ignores paragraphs shorter than this many
    # characters: short lines ("Oui.", "Non.") legitimately repeat.
    min_repeat_chars: int = 30

    # A paragraph longer than this many characters (scraped text with no line breaks, a page
    # flattened to one line) is cut at sentence ends into pieces at most this long. The longest
    # real paragraphs of the dev corpora are under 4,000; annotation looks at one paragraph at a
    # time, so this bound keeps its cost linear in the length of the article.
    max_paragraph_chars: int = 5000

    # An article whose cleaned text is longer than this many characters (some 150,000 words,
    # ten times the longest long-form piece) is a dump or a book, not an article: it is skipped
    # with its reason. Annotation runs at some 16,000 characters a second on one core, so this
    # bounds one input's time to about a minute.
    max_article_chars: int = 1_000_000

    # Progress bar from this many inputs on.
    progress_from: int = 20

    # Sentence embedder for grouping and matching: "use" (multilingual USE v3,
    # shipped with its weights), "none", or "sentence-transformers:MODEL".
    embedder: str = "use"
    grouping: GroupingSettings = field(default_factory=GroupingSettings)
    compare: CompareSettings = field(default_factory=CompareSettings)
    timeline: TimelineSettings = field(default_factory=TimelineSettings)

    # Length of a story's summary, in words: about one paragraph, the length of
    # the RPM2 human summaries (99 words on average). Raise it for a longer one.
    summary_words: int = 100

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)


DEFAULT = Settings()
