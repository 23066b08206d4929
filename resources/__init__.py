"""Data files shipped with CumulDesk (parameters, examples, later letters and icons)."""
