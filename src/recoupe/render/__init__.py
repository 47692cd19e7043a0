"""render: dossier -> JSON, HTML, the SQLite store."""
from .html import render_html, write_html
from .json import dossier_dict, write_json
from .store import Store

__all__ = ["Store", "dossier_dict", "render_html", "write_html", "write_json"]
