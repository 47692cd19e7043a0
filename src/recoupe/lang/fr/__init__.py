"""French: ``reading`` (names, quotes, figures, sources, claims) and ``times`` (the date tagger)."""
