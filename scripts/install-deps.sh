#!/usr/bin/env bash
# Installs what Haven needs on Debian or Ubuntu, and only what is missing, so it is cheap to run
# again. `install-deps.sh` alone gives what building and running the app needs; `--tests` adds what
# the test suite needs (a virtual display, the WebDriver tools, Chromium for the web edition, fonts
# for every script, the Android targets). Needs root or sudo for apt-get.
set -euo pipefail

with_tests=false
for arg in "$@"; do
  case "$arg" in
    --tests) with_tests=true ;;
    *) echo "install-deps.sh: unknown argument '$arg' (use --tests)" >&2; exit 2 ;;
  esac
done

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# What a Tauri 2 app needs to build on Linux, and the fonts that show Thai, Arabic, Chinese and
# Cyrillic text without missing-glyph boxes.
packages=(build-essential pkg-config curl file libwebkit2gtk-4.1-dev librsvg2-dev
  libayatana-appindicator3-dev libssl-dev fonts-noto-core fonts-noto-cjk fonts-thai-tlwg)
if $with_tests; then
  packages+=(xvfb x11-utils webkit2gtk-driver dbus dbus-x11 strace poppler-utils python3 python3-pip nginx-light
    clang llvm libc6-dev-arm64-cross libc6-dev-armel-cross chromium
    # `haven-pack voice` (synthetic audio, made when a site is built; never needed to build the app).
    espeak-ng lame
    # The listening tests: WebKitGTK plays the MP3 clips through GStreamer (mpg123 is in the good
    # plugins) into an ALSA sink, which needs no sound card to run.
    gstreamer1.0-plugins-good gstreamer1.0-alsa
    # tests/size/library-instructions.sh counts the library's instructions with callgrind.
    valgrind)
  command -v node >/dev/null 2>&1 || packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "Installing Rust with rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi

if $with_tests; then
  command -v tauri-driver >/dev/null 2>&1 || cargo install tauri-driver --locked
  # 64-bit and 32-bit ARM Android. The C parts (ring) are compiled with clang against Debian's cross
  # headers: arm64 for aarch64, and the soft-float armel ones for armv7 (armhf's lack gnu/stubs-soft.h).
  for target in aarch64-linux-android armv7-linux-androideabi; do
    rustup target list --installed | grep -qx "$target" || rustup target add "$target"
  done
  python3 -c 'import pytest' 2>/dev/null \
    || python3 -m pip install --quiet pytest 2>/dev/null \
    || $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-pytest
  # translate-toolkit, the Fluent reader Weblate uses: a test checks it reads what the engine reads.
  python3 -c 'import translate.storage.fluent' 2>/dev/null \
    || python3 -m pip install --quiet 'translate-toolkit[fluent]' 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages 'translate-toolkit[fluent]'
  # moto's S3 server: `haven-pack publish` is tested against it on loopback.
  python3 -c 'import moto.server' 2>/dev/null \
    || python3 -m pip install --quiet 'moto[server]' 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages 'moto[server]'
  root="$(cd "$(dirname "$0")/.." && pwd)"
  # tests/e2e: axe-core for the app's window; tests/web: playwright-core (driving Debian's
  # chromium, never a browser of its own) and axe-core for the web edition.
  for project in e2e web; do
    if [ -f "$root/tests/$project/package-lock.json" ] && [ ! -d "$root/tests/$project/node_modules" ]; then
      npm ci --prefix "$root/tests/$project" --no-audit --no-fund --silent
    fi
  done
fi
