"""The dossier as one readable HTML page (Jinja2, autoescaped: article text is untrusted).

One self-contained file: no script, no font, no image from a network; the
timeline and the sources graph are SVG drawn here. Every article is named by
its outlet (else its site's domain, else its file name), never by its hash id,
and a citation links to the paragraph it comes from.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import Counter
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from ..text import host
from ..records import Article, Dossier, Story

_env = None


def environment() -> Environment:
    global _env
    if _env is None:
        _env = Environment(loader=PackageLoader("recoupe.render", "templates"),
                           autoescape=select_autoescape(default=True, default_for_string=True))
    return _env


# ------------------------------------------------------------------ names

def site(url: str | None) -> str | None:
    """The host of a web page's address ("lemonde.fr"); none for another scheme (javascript:, ftp:)."""
    return host(url) if url and url.lower().startswith(("http://", "https://")) else None


def article_labels(articles: tuple[Article, ...] | list[Article]) -> dict[str, str]:
    """How each article is named to a reader: its outlet, else its site's domain, else its file
    name; articles of one outlet are told apart by a number ("Le Monde 2")."""
    base = {a.id: a.outlet or site(a.url) or Path(a.input.split("#", 1)[0]).name or a.input for a in articles}
    seen: Counter = Counter(base.values())
    count: Counter = Counter()
    out = {}
    for a in sorted(articles, key=lambda a: (a.published.value or "", a.input, a.id)):
        name = base[a.id]
        count[name] += 1
        out[a.id] = f"{name} {count[name]}" if seen[name] > 1 else name
    return out


def paragraph_of(article: Article | None, text: str) -> int | None:
    """The paragraph of ``article`` where ``text`` (a sentence it gave) begins."""
    if article is None or not text:
        return None
    head = text.strip()[:60]
    for i, p in enumerate(article.paragraphs):
        if head and head in p:
            return i
    return None


# ------------------------------------------------------------------ drawings

def _start(value: str) -> dt.date | None:
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def timeline_svg(entries) -> Markup:
    """The story's own events on a time axis: a dot per entry (bigger when more outlets tell it),
    its date below when there is room, the sentence as the dot's tooltip."""
    dated = [(d, e) for e in entries if (d := _start(e.date))]
    if not dated:
        return Markup("")
    width, left, right, y = 640, 45, 45, 40
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    span = max((last - first).days, 1)

    def x(day: dt.date) -> float:
        return left + (width - left - right) * ((day - first).days / span if last != first else 0.5)

    parts = [f'<svg class="timeline" viewBox="0 0 {width} 80" role="img" aria-label="timeline" '
             f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMidYMid meet">',
             f'<line x1="{left}" y1="{y}" x2="{width - right}" y2="{y}" stroke="#888"/>']
    placed: list[float] = []
    for day, e in sorted(dated, key=lambda de: de[0]):
        cx = x(day)
        r = 3 + min(len(e.articles), 6)
        tip = f"{e.date}: {e.text}"
        parts.append(f'<circle cx="{cx:.1f}" cy="{y}" r="{r}" fill="{"#c63" if not e.inferred else "#999"}" '
                     f'fill-opacity="0.7"><title>{escape(tip)}</title></circle>')
        if all(abs(cx - p) >= 70 for p in placed):
            placed.append(cx)
            parts.append(f'<text x="{cx:.1f}" y="{y + 28}" font-size="11" text-anchor="middle">{escape(e.date)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def sources_svg(citations, labels: dict[str, str]) -> Markup:
    """Who cites whom, drawn: the citing outlets in a left column, what they cite in a right
    column, a line for each citation (thicker when more articles make it)."""
    if not citations:
        return Markup("")
    left = sorted({labels.get(c.by, c.by) for c in citations})
    right = sorted({c.source for c in citations})
    row, top, width = 26, 20, 640
    height = top * 2 + row * max(len(left), len(right))
    ly = {name: top + row * i + row / 2 for i, name in enumerate(left)}
    ry = {name: top + row * i + row / 2 for i, name in enumerate(right)}
    parts = [f'<svg class="sources" viewBox="0 0 {width} {height}" role="img" aria-label="who cites whom" '
             f'xmlns="http://www.w3.org/2000/svg">']
    for c in citations:
        a, b = ly[labels.get(c.by, c.by)], ry[c.source]
        dash = ' stroke-dasharray="4 3"' if c.kind == "relays" else ""
        parts.append(f'<line x1="230" y1="{a:.0f}" x2="410" y2="{b:.0f}" stroke="#668" '
                     f'stroke-width="{1 + min(len(c.articles), 4)}"{dash}/>')
    for name, yy in ly.items():
        parts.append(f'<text x="225" y="{yy + 4:.0f}" font-size="12" text-anchor="end">{escape(name[:34])}</text>')
    for name, yy in ry.items():
        parts.append(f'<text x="415" y="{yy + 4:.0f}" font-size="12">{escape(name[:34])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


# ------------------------------------------------------------------ highlights

def _spans(article: Article) -> list[tuple[int, int, str, str]]:
    """(start, end, class, tooltip) of what the annotators found, offsets into the article's text."""
    out = [(q.start, q.end, "hl-quote", f"quote: {q.speaker or 'speaker unknown'}") for q in article.quotes]
    out += [(t.start, t.end, "hl-date", f"{t.type} {t.value or '(no value)'}") for t in article.times]
    out += [(x.start, x.end, "hl-figure", f"figure: {x.qualifier} {x.value if x.value is not None else ''} {x.unit or ''}".strip())
            for x in article.quantities]
    out += [(m.start, m.end, "hl-name", f"{m.type}" + (f" {m.entity}" if m.entity else "")) for m in article.mentions]
    return [x for x in out if 0 <= x[0] < x[1]]


def highlighted(article: Article) -> list[Markup]:
    """Each paragraph as HTML, its dates, figures, names and quotes marked (a span that crosses
    another instead of nesting in it is left unmarked)."""
    spans = sorted(_spans(article), key=lambda x: (x[0], -x[1]))
    out, base = [], 0
    for text in article.paragraphs:
        end = base + len(text)
        kept, stack = [], []
        for start, stop, kind, tip in spans:
            if start < base or stop > end:
                continue
            while stack and stack[-1] <= start:
                stack.pop()
            if stack and stop > stack[-1]:
                continue                                      # crosses the span it starts in
            kept.append((start, stop, kind, tip))
            stack.append(stop)
        html, cursor = [], base
        events = sorted([(s0, 1, -s1, k, t) for s0, s1, k, t in kept] + [(s1, 0, -s0, k, t) for s0, s1, k, t in kept])
        for at, opening, _, kind, tip in events:
            html.append(escape(article.text[cursor:at]))
            cursor = at
            html.append(Markup('<mark class="{}" title="{}">').format(kind, tip) if opening else Markup("</mark>"))
        html.append(escape(article.text[cursor:end]))
        out.append(Markup("").join(html))
        base = end + 1
    return out


# ------------------------------------------------------------------ comparisons

_TOKEN = re.compile(r"\w+\s*|[^\w\s]\s*|\s+", re.U)
_SAME = str.maketrans({"’": "'", "‘": "'", "«": '"', "»": '"', "“": '"', "”": '"', "\u00a0": " "})


def word_diff(first: str, other: str) -> Markup:
    """``other`` beside ``first``, word by word: what it adds in <ins>, what it leaves out in <del>
    (its own spacing kept; a curly and a straight apostrophe are the same)."""
    a, b = _TOKEN.findall(first), _TOKEN.findall(other)
    key = [t.strip().translate(_SAME).lower() for t in a], [t.strip().translate(_SAME).lower() for t in b]
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=key[0], b=key[1], autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            out.append(Markup("<del>{}</del> ").format("".join(a[i1:i2]).strip()))
        if op in ("insert", "replace"):
            out.append(Markup("<ins>{}</ins>").format("".join(b[j1:j2]).rstrip())
                       + (" " if b[j2 - 1] != b[j2 - 1].rstrip() else ""))
        if op == "equal":
            out.append(escape("".join(b[j1:j2])))
    return Markup("").join(out)


def framing_counts(story: Story, members: dict[str, Article]) -> dict[str, list[tuple[str, int, list[tuple[str, int]]]]]:
    """For each article's distinctive terms: how often it uses each, and how often the story's
    other articles do (the same word family: "émeute/émeutier")."""
    from ..compare.framing import Families, story_language

    arts = [members[i] for i in story.articles if i in members]
    fam = Families(story_language(arts))
    counts = {a.id: Counter() for a in arts}
    for a in arts:
        for phrase, n in a.phrases:
            counts[a.id][fam.key(phrase)] += n
    out = {}
    for f in story.framing:
        rows = []
        for term in f.terms:
            key = fam.key(term.split("/")[0])
            others = [(b.id, counts[b.id][key]) for b in arts if b.id != f.article]
            rows.append((term, counts.get(f.article, Counter())[key], others))
        out[f.article] = rows
    return out


# ------------------------------------------------------------------ page

_ID = re.compile(r"\b[0-9a-f]{16}\b")


def helpers(articles, link=None) -> dict:
    """What the story template asks for, over these articles: their names, where a citation
    links (``link(article_id, paragraph)``; by default an anchor in the same page), and the
    drawings and comparisons."""
    by_id = {a.id: a for a in articles}
    names = article_labels(list(articles))

    def anchor(aid: str, text: str = "", paragraph: int | None = None) -> str:
        if paragraph is None or paragraph < 0:
            paragraph = paragraph_of(by_id.get(aid), text)
        if link is not None:
            return link(aid, paragraph)
        return f"#a-{aid}-p{paragraph}" if paragraph is not None else f"#a-{aid}"

    def named(text: str) -> str:
        """A note with the article ids it gives replaced by the articles' names."""
        return _ID.sub(lambda m: names.get(m.group(0), m.group(0)), text or "")

    return dict(names=names, anchor=anchor, named=named, timeline_svg=timeline_svg, sources_svg=sources_svg,
                word_diff=word_diff, framing_counts=lambda s: framing_counts(s, by_id), site=site,
                highlighted=highlighted)


def render_html(dossier: Dossier) -> str:
    reasons = Counter(r.reason for a in dossier.articles for r in a.removed)
    skipped = [o for o in dossier.outcomes if o.status != "read"]
    return environment().get_template("dossier.html").render(
        dossier=dossier, reasons=reasons.most_common(), skipped=skipped, **helpers(dossier.articles))


def write_html(dossier: Dossier, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(render_html(dossier), encoding="utf-8", errors="replace")   # a lone surrogate: "?"
    tmp.replace(path)
    return path
