"""The dossier as one readable HTML page (Jinja2, autoescaped: article text is untrusted)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from ..records import Dossier

_env = None


def environment() -> Environment:
    global _env
    if _env is None:
        _env = Environment(loader=PackageLoader("recoupe.render", "templates"),
                           autoescape=select_autoescape(default=True, default_for_string=True))
    return _env


def render_html(dossier: Dossier) -> str:
    reasons = Counter(r.reason for a in dossier.articles for r in a.removed)
    skipped = [o for o in dossier.outcomes if o.status != "read"]
    names = {a.id: a.outlet or a.title or a.id for a in dossier.articles}
    return environment().get_template("dossier.html").render(
        dossier=dossier, reasons=reasons.most_common(), skipped=skipped, names=names)


def write_html(dossier: Dossier, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(render_html(dossier), encoding="utf-8", errors="replace")   # a lone surrogate: "?"
    tmp.replace(path)
    return path
