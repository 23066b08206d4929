#!/usr/bin/env bash
# Add CumulDesk to this user's applications menu (freedesktop: GNOME, KDE, Xfce, ...):
# the desktop entry of this bundle, pointing at this folder, and its icon. Run it again
# after moving the folder; `install-desktop-entry.sh --remove` takes the entry away
# (the data in the local cache stays: see docs/building.md).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
ICONS="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$APPS/cumuldesk.desktop" "$ICONS/cumuldesk.png"
    echo "Removed CumulDesk from the applications menu."
    exit 0
fi
[ -x "$HERE/cumuldesk-desk" ] || { echo "install-desktop-entry.sh: run it from the CumulDesk folder" >&2; exit 1; }
mkdir -p "$APPS" "$ICONS"
install -m 0644 "$HERE/cumuldesk.png" "$ICONS/cumuldesk.png"
# Exec: this folder's executable (quoted: the path may hold spaces)
sed -e "s|^Exec=.*|Exec=\"$HERE/cumuldesk-desk\"|" -e "s|^TryExec=.*|TryExec=$HERE/cumuldesk-desk|" "$HERE/cumuldesk.desktop" > "$APPS/cumuldesk.desktop"
chmod 0644 "$APPS/cumuldesk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" >/dev/null 2>&1 || true
echo "CumulDesk is in the applications menu ($APPS/cumuldesk.desktop)."
