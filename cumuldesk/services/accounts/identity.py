"""Who is signed in: the identity every service is given
(see `cumuldesk.services.accounts.signin`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cumuldesk.domain.accounts import USERNAME as USERNAME  # re-exported
from cumuldesk.storage.models import Handler, Language, Role

# Scripts and tests sign in with these (weaker than typing: see commands/signin.py)
USER_ENV = "CUMULDESK_USER"
PASSWORD_ENV = "CUMULDESK_PASSWORD"


@dataclass(frozen=True)
class Identity:
    """A handler who signed in (online against the central database, or offline against
    the verifier in their local cache). Holds no secret."""

    username: str
    display_name: str
    role: Role
    team: str
    language: Language

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR

    @classmethod
    def of(cls, handler: Handler) -> Identity:
        return cls(
            username=handler.username,
            display_name=handler.display_name,
            role=handler.role,
            team=handler.team,
            language=handler.language,
        )

    def as_dict(self) -> dict[str, str]:
        return {
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role.value,
            "team": self.team,
            "language": self.language.value,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Identity:
        """Raises KeyError or ValueError when `data` is not an identity."""
        return cls(
            username=str(data["username"]),
            display_name=str(data["display_name"]),
            role=Role(data["role"]),
            team=str(data["team"]),
            language=Language(data["language"]),
        )
