"""CumulDesk: BOB / IVT-IT cumulation desk tool for DG HAN handlers."""

from __future__ import annotations

__version__ = "0.1.0"
