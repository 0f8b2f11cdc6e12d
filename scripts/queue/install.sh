#!/usr/bin/env bash
# Installs Debian's redis-server and PostgreSQL for the queue-mode tests: n8n's queue mode
# (main + workers in separate processes) needs Redis, and a database server, as SQLite cannot
# be shared by several processes. Skipped when both are there.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
	redis-server --version
	ls /usr/lib/postgresql/*/bin/postgres
	exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "Installing Debian's redis-server and postgresql (for the queue-mode tests)"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server postgresql >/dev/null
redis-server --version
ls /usr/lib/postgresql/*/bin/postgres
