#!/usr/bin/env bash
# What the test suite needs from the system, made ready before pytest runs (the README's
# test command and .ci/run call this script): PostgreSQL's server binaries (initdb,
# pg_ctl), which the tests use to start a throwaway server of their own (tests/pg.py).
#
# When initdb is missing and this runs as root on Debian/Ubuntu, Debian's `postgresql`
# package is installed with apt-get. Otherwise the script says what is missing in one
# line and exits 1. Running it again is a no-op. CUMULDESK_SKIP_POSTGRES=1 (a developer
# machine without PostgreSQL; the PostgreSQL tests are then skipped, CI must not set it)
# lets it pass with a warning.
set -euo pipefail

find_initdb() {
    local found
    found=$(ls -1d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$found" ]; then
        found=$(command -v initdb || true)
    fi
    printf '%s' "$found"
}

initdb=$(find_initdb)
if [ -n "$initdb" ]; then
    # as root, the tests run the server as the `postgres` user (it refuses root)
    if [ "$(id -u)" -ne 0 ] || id postgres >/dev/null 2>&1; then
        echo "test-setup: PostgreSQL server binaries found ($initdb)"
        exit 0
    fi
fi

if [ "${CUMULDESK_SKIP_POSTGRES:-}" = "1" ]; then
    echo "test-setup: WARNING: no usable PostgreSQL server; CUMULDESK_SKIP_POSTGRES=1, so the PostgreSQL tests will be SKIPPED" >&2
    exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "test-setup: PostgreSQL's server (initdb) is missing and cannot be installed here (needs root and apt-get): install your system's postgresql server package, or run this script as root on Debian/Ubuntu" >&2
    exit 1
fi

echo "test-setup: installing Debian's postgresql package (apt-get) for the PostgreSQL tests"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }; then
    echo "test-setup: apt-get could not install the postgresql package (see its messages above)" >&2
    exit 1
fi

initdb=$(find_initdb)
if [ -z "$initdb" ] || ! id postgres >/dev/null 2>&1; then
    echo "test-setup: the postgresql package is installed but initdb or the postgres user is still missing" >&2
    exit 1
fi
echo "test-setup: PostgreSQL server binaries installed ($initdb)"
