"""The PySide6 desktop application (the top layer: nothing below imports it)."""
