"""Use cases called by the command line and (later) the user interface."""
