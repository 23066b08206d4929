"""The audit events of reading a dossier, by name (no imports: the desk names them at the
window's start, before the database layer is loaded)."""

OPENED = "dossier_opened"  # the dossier page, `cumuldesk dossier`
SIMULATED = "simulation_run"  # the simulation page
