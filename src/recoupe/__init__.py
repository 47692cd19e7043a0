"""recoupe: cross-check how the press covers an event.

Data flows one way: read -> clean -> annotate -> group -> compare -> render.
The public API is what this module lists in ``__all__``.
"""
from .api import build_pipeline, run, stages
from .pipeline import Pipeline, PipelineError, Skip, Stage
from .pipeline.local import LocalExecutor
from .read import read
from .records import Article, Dossier, Outcome, Page, Published, Removal
from .render import Store, dossier_dict, render_html, write_html, write_json
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Article", "Dossier", "LocalExecutor", "Outcome", "Page", "Pipeline", "PipelineError", "Published",
    "Removal", "Settings", "Skip", "Stage", "Store", "build_pipeline", "dossier_dict", "read",
    "render_html", "run", "stages", "write_html", "write_json",
]
