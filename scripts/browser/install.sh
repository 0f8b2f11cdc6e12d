#!/usr/bin/env bash
# Installs Debian's Chromium for the editor tests (playwright-core drives /usr/bin/chromium; it
# downloads no browser of its own). Skipped when it is already there; fails with a message when
# it is still missing or does not run afterwards.
set -euo pipefail
CHROMIUM=/usr/bin/chromium

fail() {
	echo "scripts/browser/install.sh: $*" >&2
	exit 1
}

if [ ! -x "$CHROMIUM" ]; then
	SUDO=""
	if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
	echo "Installing Debian's chromium (for the editor tests and screenshots)"
	$SUDO apt-get update -qq || fail "apt-get update failed"
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null || fail "apt-get install chromium failed"
fi
[ -x "$CHROMIUM" ] || fail "no $CHROMIUM after installing Debian's chromium package"
# Debian's wrapper script prints a harmless shell warning on some machines: keep only the version
VERSION="$("$CHROMIUM" --version 2>/dev/null)" || fail "$CHROMIUM does not run"
echo "$VERSION"
