"""The facts of one applicant's dossier that the cumulation rules need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cumuldesk.domain.periods import BobPeriod, IvtItPeriod


class Region(StrEnum):
    FLANDERS = "flanders"
    BRUSSELS = "brussels"
    WALLONIA = "wallonia"


@dataclass(frozen=True)
class Dossier:
    insz: str  # canonical 11 digits
    birth_date: date
    region: Region
    bob_periods: tuple[BobPeriod, ...] = ()
    ivt_it_periods: tuple[IvtItPeriod, ...] = ()
