"""The monthly report page for supervisors and its chart (issue 18)."""
