"""group: articles -> stories (copies, clusters, timeline).

Empty for now: story grouping is tracked as its own issue; until it lands a
dossier's ``stories`` list is empty and its ``stages`` field says so.
"""
