"""One person's dossier: opening it from the cache or the central database, reading
DOSSIER.json, the look-up feedback, the timeline, the recent dossiers.
"""
