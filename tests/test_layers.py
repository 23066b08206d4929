"""Lower layers never import higher ones (parsed with ast, not by convention)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "cumuldesk"
# bottom to top; a module may import its own layer and the ones below it
LAYERS = ["domain", "params", "storage", "sync", "services", "ui", "commands"]
# ...except that the window and the command line are peers on top of the services: neither
# imports the other, but for these entry points, each with why.
PEERS = ("ui", "commands")
PEER_IMPORTS = {
    # `cumuldesk app` starts the window
    ("commands/app.py", "cumuldesk.ui.shell.app"),
    # `cumuldesk letter` lays the letter out as the window does (Qt's text document: one
    # layout, so the PDF of the command and of the window are the same)
    ("commands/letter.py", "cumuldesk.ui.letters.document"),
    # `cumuldesk report --pdf` draws the monthly chart with the window's own painting code
    ("commands/report.py", "cumuldesk.ui.report.pdf"),
}
FORBIDDEN_IN_DOMAIN = (
    "PySide6",
    "sqlalchemy",
    "keyring",
    "openpyxl",
    "platformdirs",
    "os",
    "pathlib",
)


def _layer(module: str) -> int | None:
    parts = module.split(".")
    if parts[0] != "cumuldesk" or len(parts) < 2:
        return None
    return LAYERS.index(parts[1]) if parts[1] in LAYERS else None


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


LAYERED = [p for p in sorted(PACKAGE.rglob("*.py")) if p.relative_to(PACKAGE).parts[0] in LAYERS]


@pytest.mark.parametrize("path", LAYERED, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_import_from_a_higher_layer(path):
    relative = path.relative_to(PACKAGE)
    own = LAYERS.index(relative.parts[0])
    for name in _imports(path):
        layer = _layer(name)
        assert layer is None or layer <= own, f"{path.name} imports {name} from a higher layer"
        peer = name.split(".")[1] if layer is not None else None
        if peer in PEERS and peer != relative.parts[0]:
            assert (relative.as_posix(), name) in PEER_IMPORTS, (
                f"{relative} imports {name}: the window and the command line are peers "
                "(go through the services)"
            )
        if name in ("cumuldesk.cli",):
            pytest.fail(f"{path.name} imports the command line")


@pytest.mark.parametrize(
    "path",
    sorted((PACKAGE / "domain").rglob("*.py")),
    ids=lambda p: p.name,
)
def test_domain_is_pure(path):
    for name in _imports(path):
        top = name.split(".")[0]
        assert top not in FORBIDDEN_IN_DOMAIN, f"domain/{path.name} imports {name}"
        if top == "cumuldesk":
            assert name.startswith("cumuldesk.domain"), f"domain/{path.name} imports {name}"


# The command line reaches the databases through the services, never with SQLAlchemy of
# its own (issue 16): a command that needs no database then starts without loading it.
COMMAND_LINE = sorted((PACKAGE / "commands").rglob("*.py")) + [
    PACKAGE / "cli.py",
    PACKAGE / "__main__.py",
]
# The commands that import SQLAlchemy today; none may join them, and each leaves the list
# when it stops (the test below says so).
SQLALCHEMY_IN_COMMANDS: set[str] = set()


@pytest.mark.parametrize("path", COMMAND_LINE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_command_line_does_not_import_sqlalchemy(path):
    name = path.relative_to(PACKAGE).as_posix()
    imports = [m for m in _imports(path) if m.split(".")[0] == "sqlalchemy"]
    if name in SQLALCHEMY_IN_COMMANDS:
        assert imports, f"{name} no longer imports SQLAlchemy: take it off SQLALCHEMY_IN_COMMANDS"
    else:
        assert not imports, f"{name} imports {imports[0]}: go through the services"


# The command line reaches the sync and the sessions only through the services (the desk,
# issue 16): no module of it imports cumuldesk.sync (see `_imports_sync` below) or opens a
# session or a transaction itself: no call of an attribute named `sessions` or `begin`
# (`central.sessions()`, `cache.sessions.begin()`, `engine.begin()`). Handing the
# sessionmaker (`central.sessions`) to a service function is fine.
OPENS_A_SESSION = ("sessions", "begin")


def _session_calls(path: Path) -> list[tuple[int, str]]:
    """(line, text) of each call of an attribute named `sessions` or `begin`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, ast.unparse(node.func))
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in OPENS_A_SESSION
    ]


@pytest.mark.parametrize("path", COMMAND_LINE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_command_line_reaches_the_sync_only_through_the_services(path):
    name = path.relative_to(PACKAGE).as_posix()
    imports = _imports_sync(path)
    assert not imports, f"{name} imports {imports[0]}: go through services.desk.Desk"


@pytest.mark.parametrize("path", COMMAND_LINE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_command_line_opens_no_session(path):
    name = path.relative_to(PACKAGE).as_posix()
    calls = _session_calls(path)
    assert not calls, (
        f"{name}:{calls[0][0]} calls {calls[0][1]}(): a command opens no session or "
        "transaction; move the block into a function of its service (services/...)"
    )


# The window reaches the sync only through the services (the desk: `services.desk.Desk`,
# issue 16): no module of cumuldesk/ui/ imports cumuldesk.sync.
UI_MODULES = sorted((PACKAGE / "ui").rglob("*.py"))
# The ui modules that import cumuldesk.sync today; none may join them, and each leaves the
# list when it stops (the test below says so).
SYNC_IN_UI: set[str] = set()


def _imports_sync(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[:2] == ["cumuldesk", "sync"]]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[:2] == ["cumuldesk", "sync"]:
                found.append(node.module)
            elif node.module == "cumuldesk" and any(a.name == "sync" for a in node.names):
                found.append("cumuldesk.sync")
    return found


@pytest.mark.parametrize("path", UI_MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_window_reaches_the_sync_only_through_the_services(path):
    name = path.relative_to(PACKAGE).as_posix()
    imports = _imports_sync(path)
    if name in SYNC_IN_UI:
        assert imports, f"{name} no longer imports cumuldesk.sync: take it off SYNC_IN_UI"
    else:
        assert not imports, f"{name} imports {imports[0]}: go through services.desk.Desk"


def test_layers_exist_and_are_not_empty():
    assert LAYERED, "no layered modules found"
    assert (PACKAGE / "domain" / "simulation.py").exists()
