"""The demo handlers: their accounts on the embedded demo database (public: synthetic
data only; the passwords are documented in the README, demo accounts only).

Kept light on purpose (domain words only): the window's sign-in dialog lists them before
the database layer is loaded (issue 16: the start); `services.demo.data` creates them.
"""

from __future__ import annotations

from dataclasses import dataclass

from cumuldesk.domain.cases import Language, Role


@dataclass(frozen=True)
class DemoHandler:
    username: str
    display_name: str
    team: str
    role: Role
    language: Language
    password: str  # documented in the README: demo accounts only, never real ones


DEMO_HANDLERS: tuple[DemoHandler, ...] = (
    DemoHandler("an.demo", "An Demo", "Team Gent", Role.HANDLER, Language.NL, "an-demo-password"),
    DemoHandler(
        "marc.demo",
        "Marc Demo",
        "Équipe Bruxelles",
        Role.HANDLER,
        Language.FR,
        "marc-demo-password",
    ),
    DemoHandler(
        "eva.demo", "Eva Demo", "Team Gent", Role.SUPERVISOR, Language.NL, "eva-demo-password"
    ),
    DemoHandler(
        "jonas.demo",
        "Jonas Demo",
        "Team Antwerpen",
        Role.HANDLER,
        Language.NL,
        "jonas-demo-password",
    ),
    # a second supervisor: law data are proposed by one supervisor and approved by another
    DemoHandler(
        "sophie.demo",
        "Sophie Demo",
        "Équipe Bruxelles",
        Role.SUPERVISOR,
        Language.FR,
        "sophie-demo-password",
    ),
)
