"""Threads and stories: articles grouped without being told how many.

A thread is one topic over time (a hostage freed, then the trial a month
later); a story is one news event of a thread: what happened, and when. Threads
are made first; each thread is then split into stories by when its articles
were written, so articles weeks apart about different events make different
stories of one thread even when they share every name.

Two articles are alike when what they say is alike: the meaning of their
leads (multilingual sentence vectors), the rare words they share (lemma
TF-IDF), and the people, places and organisations they both name (linked
entities, weighted by rarity); articles weeks or years apart are less alike
(the 2020 deployment and the 2024 withdrawal of the same troops are two
stories). Copies (a reprinted wire) are always one story.

Only pairs that share a rare word or name are compared (an inverted index
whose overlong postings are skipped), so the work grows with the number of
articles, not its square. Pairs are merged by average linkage, best first,
ties broken by ids: the result does not depend on the order of the inputs.
"""
from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections import Counter, defaultdict
from functools import cached_property, lru_cache

import numpy as np

from ..lang import ASSUMED
from ..records import Article, Copy
from ..settings import GroupingSettings


@lru_cache(maxsize=200_000)
def rarity(word: str, lang: str) -> float:
    """How rare a word is in the language at large (wordfreq's Zipf scale, 7 for
    "le", 0 for unseen): a word five articles share is evidence they tell the same
    news only if few texts use it, whatever the number of articles in the run."""
    from wordfreq import zipf_frequency

    return max(0.5, 7.0 - zipf_frequency(word, lang))


def _unit(v: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {k: x / norm for k, x in v.items()}


def _days(dates) -> np.ndarray:
    """Each day as a number (NaN when unknown), for gaps taken all at once."""
    return np.array([d.toordinal() if d else np.nan for d in dates], dtype=float)


def _discount(value: np.ndarray, days: np.ndarray, i: np.ndarray, j: np.ndarray, apart: int, span: float,
              floor: float) -> None:
    """Likeness of articles written more than ``apart`` days apart, lowered in place: by the
    share of ``span`` the gap goes past ``apart``, down to ``floor``; unknown days lose nothing."""
    gap = np.nan_to_num(np.abs(days[i] - days[j]), nan=0.0)
    far = gap > apart
    value[far] *= np.maximum(floor, 1.0 - (gap[far] - apart) / span)


PAIRS_AT_ONCE = 20_000      # pairs scored in one slice: some 40 MB of vectors


def _sparse(rows: list[dict[str, float]]):
    """Sparse rows (one per article) of these weights, over their joint vocabulary."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    data, cols, ptr = [], [], [0]
    for row in rows:
        for k, x in row.items():
            cols.append(vocab.setdefault(k, len(vocab)))
            data.append(x)
        ptr.append(len(cols))
    return csr_matrix((np.array(data, dtype=float), np.array(cols, dtype=np.int64), np.array(ptr, dtype=np.int64)),
                      shape=(len(rows), max(len(vocab), 1)))


def _rowdot(m, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The dot product of row i[k] and row j[k] of sparse ``m``, for each k."""
    return np.asarray(m[i].multiply(m[j]).sum(axis=1)).ravel()


def stated_day(article: Article):
    """The publication day the page states; a day inferred from the content is
    too uncertain to set threads apart."""
    from ..annotate.times import parse_dct

    return None if article.published.inferred else parse_dct(article.published.value)


def event_day(article: Article, confident: float = 0.6):
    """When an article was written, as far as splitting a thread may use it: the day its page
    states, or one inferred from its text with at least ``confident`` confidence."""
    from ..annotate.times import parse_dct

    if article.published.inferred and (article.published.confidence or 0.0) < confident:
        return None
    return parse_dct(article.published.value)


def lead(article: Article, words: int) -> str:
    text = " ".join(article.text.split()[:words])
    return f"{article.title}. {text}" if article.title else text


class Features:
    """What grouping compares, for every article of a run."""

    def __init__(self, articles: list[Article], vectors: np.ndarray | None, s: GroupingSettings):
        self.ids = [a.id for a in articles]
        n = len(articles)
        df = Counter()
        for a in articles:
            df.update(t for t, _ in a.terms)
        edf = Counter()
        for a in articles:
            edf.update({m.entity for m in a.mentions if m.entity})
        self.words, self.names = [], []
        for a in articles:
            lang = a.language or ASSUMED
            # a word no other article uses cannot make two articles alike: it only dilutes the cosine
            tfidf = {t: (1 + math.log(c)) * rarity(t, lang) * (1 + math.log((n + 1) / (df[t] + 1)))
                     for t, c in a.terms if df[t] > 1}
            top = dict(sorted(tfidf.items(), key=lambda kv: (-kv[1], kv[0]))[:s.top_terms])
            self.words.append(_unit(top))
            ents = Counter(m.entity for m in a.mentions if m.entity and edf[m.entity] > 1)
            self.names.append(_unit({e: (1 + math.log(c)) * (1 + math.log((n + 1) / (edf[e] + 1)))
                                     for e, c in ents.items()}))
        self._articles, self._settings = articles, s
        self.vectors = vectors
        self.dates = [stated_day(a) for a in articles]
        self._words, self._names = _sparse(self.words), _sparse(self.names)
        self._days = _days(self.dates)

    @cached_property
    def blocks(self) -> list[list[str]]:
        """Each article's blocking keys: made when the run's candidate pairs are looked for, not
        for a thread's split, which compares all its pairs."""
        return [blocking_keys(a, self._settings) for a in self._articles]

    def scores(self, pairs: list[tuple[int, int]], s: GroupingSettings) -> np.ndarray:
        """How alike each pair of articles is: the weighted cosines of their lead vectors, rare
        words and names, lowered when their stated days are far apart. Computed for all pairs at
        once (in slices, so that memory stays bounded): a run scores millions of pairs."""
        out = np.zeros(len(pairs))
        use_vec = self.vectors is not None and self.vectors.shape[1]
        w_vec = s.w_vector if use_vec else 0.0
        total = w_vec + s.w_words + s.w_names
        for at in range(0, len(pairs), PAIRS_AT_ONCE):
            chunk = np.asarray(pairs[at:at + PAIRS_AT_ONCE], dtype=np.int64).reshape(-1, 2)
            i, j = chunk[:, 0], chunk[:, 1]
            value = s.w_words * _rowdot(self._words, i, j) + s.w_names * _rowdot(self._names, i, j)
            if use_vec:
                vec = np.einsum("ij,ij->i", self.vectors[i], self.vectors[j]).astype(float)
                value += w_vec * np.maximum(vec, 0.0)
            value /= total
            _discount(value, self._days, i, j, s.days_apart, 365, s.far_floor)
            out[at:at + len(chunk)] = value
        return out


def blocking_keys(article: Article, s: GroupingSettings) -> list[str]:
    """The rare words and the names of an article, as index keys. They depend on
    the article alone (not on the other articles of a run), so the store can
    index them and a later run can find an article's possible story mates."""
    lang = article.language or ASSUMED
    ranked = sorted(article.terms, key=lambda tc: (-(1 + math.log(tc[1])) * rarity(tc[0], lang), tc[0]))
    keys = [f"w:{t}" for t, _ in ranked[:s.block_terms]]
    keys += sorted({f"e:{m.entity}" for m in article.mentions if m.entity})
    return keys


def candidate_pairs(f: Features, s: GroupingSettings) -> set[tuple[int, int]]:
    postings = defaultdict(list)
    for i, keys in enumerate(f.blocks):
        for k in keys:
            postings[k].append(i)
    pairs = set()
    for members in postings.values():
        if len(members) > s.max_posting or len(members) < 2:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    return pairs


def cluster(n: int, scored, threshold: float, must_link=()) -> list[list[int]]:
    """Average linkage over the proposed pairs, best merge first, ties to the smallest ids.

    ``scored`` holds the proposed pairs (that share a rare word or name) with their score,
    as ``(i, j, score)``: two groups' likeness is the average score of the pairs between their
    members, and groups with none between them are never merged. A pair the index did not
    propose is not counted, as like or unlike: scoring every pair of two groups would make
    the run grow with the square of its size (two threads of a few thousand articles each
    are millions of pairs). Each proposed pair is scored once; a merged group's sums and
    counts are its parts' (Lance and Williams), so a merge costs one step per neighbour.
    """
    parent = list(range(n))
    members = {i: [i] for i in range(n)}
    # between neighbouring groups: the sum of their proposed pairs' scores, and their number
    links: dict[int, dict[int, list]] = defaultdict(dict)
    for i, j, value in scored:
        if i == j:
            continue
        for x, y in ((i, j), (j, i)):
            links[x][y] = [value, 1]

    def average(a: int, b: int) -> float:
        total, count = links[a][b]
        return total / count

    def merge(a: int, b: int) -> int:
        keep, gone = min(a, b), max(a, b)
        parent[gone] = keep
        members[keep].extend(members.pop(gone))
        mine, theirs = links[keep], links.pop(gone, {})
        mine.pop(gone, None)
        theirs.pop(keep, None)
        for o, (total, count) in theirs.items():
            row = mine.setdefault(o, [0.0, 0])
            row[0] += total
            row[1] += count
            other = links[o]
            other.pop(gone, None)
            other[keep] = row
        return keep

    for a, b in must_link:                 # copies are one story whatever their scores
        ra, rb = _root(parent, a), _root(parent, b)
        if ra != rb:
            merge(ra, rb)
    heap = [(-average(a, b), a, b, len(members[a]), len(members[b])) for a in members for b in links[a] if a < b]
    heapq.heapify(heap)
    while heap:
        neg, a, b, sa, sb = heapq.heappop(heap)
        if -neg < threshold:
            break
        if a not in members or b not in members or len(members[a]) != sa or len(members[b]) != sb:
            continue                       # stale: one side has grown or gone
        keep = merge(a, b)
        for other in sorted(links[keep]):
            x, y = min(keep, other), max(keep, other)
            heapq.heappush(heap, (-average(x, y), x, y, len(members[x]), len(members[y])))
    return sorted((sorted(m) for m in members.values()), key=lambda g: g[0])


def _root(parent: list[int], x: int) -> int:
    while parent[x] != x:
        x = parent[x]
    return x


def group(articles: list[Article], vectors: np.ndarray | None, copies: list[Copy],
          s: GroupingSettings = GroupingSettings(), fixed: list[list[str]] = ()) -> list[list[str]]:
    """Article ids grouped into stories, the same whatever the order of ``articles``.

    ``fixed`` lists stories already made (by an earlier run): their articles stay
    together, and new articles may join them.
    """
    order = sorted(range(len(articles)), key=lambda i: articles[i].id)
    articles = [articles[i] for i in order]
    if vectors is not None:
        vectors = vectors[order]
    f = Features(articles, vectors, s)
    index = {aid: i for i, aid in enumerate(f.ids)}
    links = [(index[c.articles[0]], index[c.articles[1]]) for c in copies
             if c.articles[0] in index and c.articles[1] in index]
    for story in fixed:
        inside = sorted(index[a] for a in story if a in index)
        links += [(inside[0], other) for other in inside[1:]]
    pairs = sorted(candidate_pairs(f, s))
    groups = cluster(len(articles), zip(*zip(*pairs), f.scores(pairs, s)) if pairs else (), s.threshold, links)
    return [[f.ids[i] for i in g] for g in groups]


def split(articles: list[Article], vectors: np.ndarray | None, s: GroupingSettings) -> list[list[str]]:
    """One thread's articles as stories: the same likeness, computed within the thread (its
    own rare words: what tells its events apart), times how close in time they were written.
    Two articles written more than ``s.story_days`` apart lose likeness, down to
    ``s.story_floor`` at three times that gap: only articles that say much the same stay one
    story across weeks (a withdrawal begun in April and completed in June); an article whose
    day is unknown is placed by what it says alone."""
    if len(articles) < 2:
        return [[a.id for a in articles]]
    order = sorted(range(len(articles)), key=lambda i: articles[i].id)
    articles = [articles[i] for i in order]
    if vectors is not None:
        vectors = vectors[order]
    days = [event_day(a) for a in articles]
    if sum(d is not None for d in days) < 2:
        return [[a.id for a in articles]]          # nothing tells when: the thread is one story
    f = Features(articles, vectors, s)

    n = len(articles)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    base = f.scores(pairs, s)
    i, j = np.array(pairs, dtype=np.int64).T
    _discount(base, _days(days), i, j, s.story_days, 2 * s.story_days, s.story_floor)
    groups = cluster(n, zip(i.tolist(), j.tolist(), base.tolist()), s.story_threshold)
    return [[f.ids[i] for i in g] for g in groups]


_TITLE_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.U)


def sentence_case(title: str, text: str) -> str:
    """A headline in capitals or in Title Case, as a sentence: each word lower-cased unless the
    articles' text writes it with a capital mid-sentence (a name: "Karabakh", "Kremlin"), the
    first letter a capital. A headline already in sentence case is left as it is."""
    words = [w for w in _TITLE_WORD.findall(title) if len(w) > 1]
    if not words:
        return title
    shouting = sum(w.isupper() for w in words) / len(words) > 0.6
    long = [w for w in words[1:] if len(w) >= 4]
    titled = len(long) >= 3 and sum(w[0].isupper() for w in long) / len(long) > 0.6
    if not (shouting or titled):
        return title
    names = {}
    for m in re.finditer(r"\b[A-ZÀ-Ý]{2,5}\b", text):
        around = text[max(0, m.start() - 30):m.end() + 30]
        if sum(c.islower() for c in around) > 20:   # an acronym in running text, not a line in capitals
            names.setdefault(m.group().lower(), m.group())
    for m in re.finditer(r"[A-ZÀ-Ý][^\W\d_]+", text):
        before = text[max(0, m.start() - 2):m.start()]
        if m.start() == 0 or "\n" in before or re.search(r"[.!?«\"]\s*$", before) or m.group().isupper():
            continue                       # a sentence's first word, or a word in capitals, says nothing
        names.setdefault(m.group().lower(), m.group())

    def fix(m: re.Match) -> str:
        w = m.group(0)
        if w.isupper() and len(w) <= 4 and not shouting:
            return w                       # an acronym in a Title Case headline: "ONU", "AFP"
        parts = re.split(r"(['’-])", w.lower())   # "l'azerbaïdjan": each part looked up
        return "".join(names.get(p, p) for p in parts)

    out = _TITLE_WORD.sub(fix, title)
    return out[:1].upper() + out[1:]


def story_id(article_ids) -> str:
    return "s" + hashlib.sha1(min(article_ids).encode()).hexdigest()[:8]


def thread_id(article_ids) -> str:
    return "t" + hashlib.sha1(min(article_ids).encode()).hexdigest()[:8]


def story_title(members: list[Article]) -> str:
    """The headline of the article whose words are most shared by the others,
    or its first sentence when no article has a headline."""
    common = Counter()
    for a in members:
        common.update({t for t, _ in a.terms[:30]})

    def centrality(a: Article) -> float:
        return sum(common[t] for t, _ in a.terms[:30]) / (1 + len(a.terms[:30]))

    titled = [a for a in members if a.title]
    best = max(titled or members, key=lambda a: (centrality(a), a.id))
    if best.title:
        return sentence_case(best.title, " ".join(a.text for a in members))
    first = re.split(r"(?<=[.!?])\s", best.text.strip(), maxsplit=1)[0]
    return first if len(first) <= 140 else first[:137].rsplit(" ", 1)[0] + "…"
