"""Dated law amounts: loading, validation, override files and look-up."""
