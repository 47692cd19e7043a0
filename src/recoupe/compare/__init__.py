"""compare: story -> claims, quote groups, framing, summary.

Empty for now: source comparison is tracked as its own issue; until it lands a
dossier's story fields are empty and its ``stages`` field says so.
"""
