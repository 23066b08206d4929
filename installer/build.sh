#!/usr/bin/env bash
# Build the Linux bundle of CumulDesk (a one-folder application) with PyInstaller.
#
#   installer/build.sh [--dist DIR] [--work DIR] [--smoke]
#
#   --dist DIR   where the bundle goes (default: <repository>/dist); the bundle is DIR/CumulDesk
#   --work DIR   PyInstaller's work folder (default: <repository>/build/pyinstaller; kept
#                between builds, which makes the next build faster)
#   --smoke      after building, start the bundled application offscreen on demo data in a
#                temporary home: sign in as an.demo, open a dossier, exit 0
#
# Runs from anywhere. Uses the repository's .venv; creates it when missing (Python 3.11 or
# newer, `pip install -e '.[test]'`, which brings PyInstaller). CUMULDESK_BUILD_PYTHON=PATH
# uses that Python instead (it must have cumuldesk and PyInstaller installed; the tests do
# this). Exits non-zero, with a message saying what failed, on any failure.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="$REPO/dist"
WORK="$REPO/build/pyinstaller"
SMOKE=0

fail() {
    echo "installer/build.sh: $*" >&2
    exit 1
}

usage() {
    sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
    case "$1" in
        --dist) [ $# -ge 2 ] || fail "--dist needs a folder"; DIST="$2"; shift 2 ;;
        --dist=*) DIST="${1#--dist=}"; shift ;;
        --work) [ $# -ge 2 ] || fail "--work needs a folder"; WORK="$2"; shift 2 ;;
        --work=*) WORK="${1#--work=}"; shift ;;
        --smoke) SMOKE=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; fail "unknown option: $1" ;;
    esac
done
mkdir -p "$DIST" "$WORK" || fail "cannot create $DIST or $WORK"
DIST="$(cd "$DIST" && pwd)"
WORK="$(cd "$WORK" && pwd)"
BUNDLE="$DIST/CumulDesk"

# ---------------------------------------------------------------- the Python environment
VENV="$REPO/.venv"
PY="$VENV/bin/python"
if [ -n "${CUMULDESK_BUILD_PYTHON:-}" ]; then
    PY="$CUMULDESK_BUILD_PYTHON"
    "$PY" -c 'import cumuldesk' >/dev/null 2>&1 \
        || fail "$PY (CUMULDESK_BUILD_PYTHON) cannot import cumuldesk: pip install -e '.[test]'"
    "$PY" -c 'import PyInstaller' >/dev/null 2>&1 \
        || fail "$PY (CUMULDESK_BUILD_PYTHON) has no PyInstaller: pip install -e '.[test]'"
elif [ ! -x "$PY" ]; then
    BASE=""
    for candidate in python3.11 python3.12 python3.13 python3; do
        if command -v "$candidate" >/dev/null 2>&1 \
            && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
            BASE="$candidate"
            break
        fi
    done
    [ -n "$BASE" ] || fail "no Python 3.11 or newer found: install it (python3.11, python3.11-venv)"
    echo "Creating $VENV with $BASE ..."
    "$BASE" -m venv "$VENV" || fail "could not create $VENV (Debian/Ubuntu: apt install python3-venv)"
    "$PY" -m pip install --quiet --upgrade pip || fail "could not upgrade pip in $VENV"
    echo "Installing CumulDesk and its test tools (PyInstaller) into $VENV ..."
    "$PY" -m pip install --quiet -e "$REPO[test]" || fail "pip install -e '.[test]' failed"
fi
if ! "$PY" -c 'import cumuldesk' >/dev/null 2>&1; then
    echo "Installing CumulDesk into $VENV ..."
    "$PY" -m pip install --quiet -e "$REPO[test]" || fail "pip install -e '.[test]' failed"
fi
if ! "$PY" -c 'import PyInstaller' >/dev/null 2>&1; then
    echo "Installing PyInstaller into $VENV ..."
    "$PY" -m pip install --quiet 'pyinstaller>=6.3,<7' || fail "could not install PyInstaller"
fi
VERSION="$("$PY" -c 'from importlib.metadata import version; print(version("cumuldesk"))')" \
    || fail "cannot read the version of the installed cumuldesk package"

# ---------------------------------------------------------------- the bundle
echo "Building CumulDesk $VERSION into $BUNDLE (PyInstaller; about a minute) ..."
started=$SECONDS
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$REPO/installer/cumuldesk.spec" \
    || fail "PyInstaller failed (its messages are above)"
for exe in cumuldesk-desk cumuldesk; do
    [ -x "$BUNDLE/$exe" ] || fail "the bundle has no executable $exe"
done
install -m 0644 "$REPO/installer/cumuldesk.desktop" "$BUNDLE/cumuldesk.desktop" \
    || fail "could not copy the desktop entry into the bundle"
install -m 0644 "$REPO/resources/icons/cumuldesk-256.png" "$BUNDLE/cumuldesk.png" \
    || fail "could not copy the icon into the bundle"
install -m 0755 "$REPO/installer/install-desktop-entry.sh" "$BUNDLE/install-desktop-entry.sh" \
    || fail "could not copy install-desktop-entry.sh into the bundle"
echo "Built in $((SECONDS - started)) s: $(du -sh "$BUNDLE" | cut -f1) in $BUNDLE"

# ---------------------------------------------------------------- the smoke test
if [ "$SMOKE" = 1 ]; then
    echo "Smoke test: the bundled application, offscreen, on demo data in a temporary home ..."
    HOME_DIR="$(mktemp -d "${TMPDIR:-/tmp}/cumuldesk-smoke.XXXXXX")" \
        || fail "cannot make a temporary folder"
    trap 'rm -rf "$HOME_DIR"' EXIT
    smoke_env=(
        env -u CUMULDESK_CENTRAL_URL -u CUMULDESK_SMOKE_INSZ
        HOME="$HOME_DIR"
        XDG_DATA_HOME="$HOME_DIR/.local/share"
        XDG_CONFIG_HOME="$HOME_DIR/.config"
        XDG_CACHE_HOME="$HOME_DIR/.cache"
        XDG_STATE_HOME="$HOME_DIR/.local/state"
        CUMULDESK_DATA_DIR="$HOME_DIR/data"
        CUMULDESK_CONFIG_DIR="$HOME_DIR/config"
        CUMULDESK_CACHE_PASSPHRASE="smoke test passphrase, demo data only"
        PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
        CUMULDESK_USER=an.demo
        CUMULDESK_PASSWORD=an-demo-password
        QT_QPA_PLATFORM=offscreen
    )
    if [ -n "${CUMULDESK_SMOKE_INSZ:-}" ]; then
        smoke_env+=(CUMULDESK_SMOKE_INSZ="$CUMULDESK_SMOKE_INSZ")
    fi
    "${smoke_env[@]}" "$BUNDLE/cumuldesk" demo-data --persons 300 >/dev/null \
        || fail "smoke test: the bundled 'cumuldesk demo-data' failed"
    status=0
    "${smoke_env[@]}" "$BUNDLE/cumuldesk-desk" --smoke-test || status=$?
    LOG="$HOME_DIR/data/logs/cumuldesk.log"
    if [ "$status" != 0 ]; then
        [ -f "$LOG" ] && { echo "--- the end of its log:" >&2; tail -n 20 "$LOG" >&2; }
        fail "smoke test: the bundled application exited with $status"
    fi
    grep -q "smoke test: dossier opened" "$LOG" 2>/dev/null \
        || fail "smoke test: the log does not say that a dossier was opened"
    grep "smoke test:" "$LOG" | sed 's/^.*cumuldesk.ui.shell.app: /  /'
    echo "Smoke test passed: signed in as an.demo, opened a dossier, exited 0."
fi

cat <<EOF

The bundle: $BUNDLE
Start it:   $BUNDLE/cumuldesk-desk
Commands:   $BUNDLE/cumuldesk --help
Menu entry: $BUNDLE/install-desktop-entry.sh   (adds CumulDesk to your applications menu)
EOF
