#!/usr/bin/env bash
# Installs what is missing, then builds and starts Haven. Arguments go to the app, for example
# `scripts/run-app.sh --pack content` to preview a pack folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
cd "$root"
exec cargo run --release --locked -p haven-app --bin haven -- "$@"
