"""annotate: article -> article with what a fact-checker looks for (language first;
dates, names, quotes, figures and cited sources are added stage by stage)."""
from .language import DetectLanguage

__all__ = ["DetectLanguage"]
