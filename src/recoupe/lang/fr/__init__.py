"""French: ``reading`` (names, quotes, figures, sources, claims), ``times`` (the date tagger) and
``clean`` (page furniture)."""
