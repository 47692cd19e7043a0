"""The dossier as JSON (shared/CONTRACT.md)."""
from __future__ import annotations

import json
from pathlib import Path

from ..records import Dossier


def dossier_dict(dossier: Dossier) -> dict:
    """The contract's shape: schema, articles, entities, stories, threads (an addition); plus what ran and what was skipped."""
    return {
        "schema": dossier.schema,
        "stages": list(dossier.stages),
        "articles": [a.to_dict() for a in dossier.articles],
        "entities": [e.to_dict() for e in dossier.entities],
        "stories": [s.to_dict() for s in dossier.stories],
        "threads": [t.to_dict() for t in dossier.threads],
        "outcomes": [o.to_dict() for o in dossier.outcomes],
    }


def write_json(dossier: Dossier, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    # readers replace what no UTF-8 file can hold; anything left (a lone surrogate) becomes "?"
    tmp.write_text(json.dumps(dossier_dict(dossier), ensure_ascii=False, indent=1), encoding="utf-8", errors="replace")
    tmp.replace(path)
    return path
