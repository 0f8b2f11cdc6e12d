#!/usr/bin/env bash
# Installs Debian's Chromium for the editor tests (playwright-core drives it; it downloads no
# browser of its own). Skipped when a Chromium is already there.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
	chromium --version
	exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "Installing Debian's chromium (for the editor screenshots)"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
chromium --version
