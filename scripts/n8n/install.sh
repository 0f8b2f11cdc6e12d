#!/usr/bin/env bash
# Installs what real n8n needs into .n8n-cache/ (ignored by git), once:
#   - Node 24 (n8n 2.38+ requires it; the machine's Node stays as it is)
#   - n8n itself, pinned, installed with scripts off (one optional dependency's install script
#     downloads from the internet), then sqlite3 rebuilt offline for Node 24.
# Re-running is cheap: each step is skipped when its result is already there.
set -euo pipefail
cd "$(dirname "$0")/../.."

N8N_VERSION="${N8N_VERSION:-2.40.7}"
NODE_MAJOR="${NODE_MAJOR:-24}"
CACHE="$PWD/.n8n-cache"
NODE_DIR="$CACHE/node$NODE_MAJOR"
N8N_DIR="$CACHE/n8n-$N8N_VERSION"
mkdir -p "$CACHE"

if [ ! -x "$NODE_DIR/node_modules/.bin/node" ]; then
	echo "Installing Node $NODE_MAJOR into $NODE_DIR"
	mkdir -p "$NODE_DIR"
	(cd "$NODE_DIR" && echo '{"private":true}' > package.json && npm install --no-audit --no-fund "node@$NODE_MAJOR" >/dev/null)
fi
NODE_BIN="$NODE_DIR/node_modules/.bin"
NODE_HEADERS="$(dirname "$(find "$NODE_DIR/node_modules" -path '*include/node/node.h' | head -1)")/../.."
echo "Node: $("$NODE_BIN/node" --version)"

if [ ! -f "$N8N_DIR/.installed" ]; then
	echo "Installing n8n@$N8N_VERSION into $N8N_DIR (several minutes)"
	mkdir -p "$N8N_DIR"
	(
		cd "$N8N_DIR"
		echo '{"private":true}' > package.json
		PATH="$NODE_BIN:$PATH" npm install --ignore-scripts --no-audit --no-fund "n8n@$N8N_VERSION" >/dev/null
		PATH="$NODE_BIN:$PATH" npm_config_nodedir="$(cd "$NODE_HEADERS" && pwd)" npm rebuild sqlite3 >/dev/null
	)
	touch "$N8N_DIR/.installed"
fi
echo "n8n: $(PATH="$NODE_BIN:$PATH" "$N8N_DIR/node_modules/.bin/n8n" --version)"
