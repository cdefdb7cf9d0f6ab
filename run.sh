#!/usr/bin/env bash
# Sets up, builds the web app in release mode and serves it on localhost.
# PORT=9000 ./run.sh serves on another port.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
scripts/build.sh web Release
port="${PORT:-8080}"
echo
echo "VTH-planner draait op: http://127.0.0.1:${port}/   (stoppen met Ctrl+C)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory build/web/dist
