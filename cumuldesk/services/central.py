"""Open the central database named by the configuration, schema up to date."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from cumuldesk.config import CentralConfig, central_config
from cumuldesk.storage.database import migrate, open_central, session_factory


@dataclass
class Central:
    config: CentralConfig
    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()


def connect_central(
    config: CentralConfig | None = None, *, upgrade: bool = True, must_exist: bool = False
) -> Central:
    """Connect to the configured central database; migrate it to the newest schema.
    `must_exist`: see `open_central` (used by sync, which must never create one).

    Raises DatabaseUnavailable (exit code 5) with a message that holds no password.
    """
    config = config or central_config()
    engine = open_central(config.url, must_exist=must_exist)
    if upgrade:
        try:
            migrate(engine)
        except BaseException:
            engine.dispose()
            raise
    return Central(config, engine, session_factory(engine))
