"""Shared pieces of the window: background operations, change signals, the context,
translations, number and date formats, the style, small widgets, settings and logs.
"""
