"""Pure domain rules: INSZ, months and periods, cumulation, query windows, simulation.

No Qt, no database, no file access.
"""
