#!/usr/bin/env bash
# Installs what Meridian's build (`build`) or tests (`test`) need and is missing, from the package
# registries only (crates.io, npm, Debian apt, PyPI). On a warm machine it installs nothing and
# says so in one line. Versions are pinned where a newer one is known to fail here
# (see DESIGN.md, "Toolchain").
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14          # trunk 0.22 needs rustc >= 1.96.1
want=${1:-build}
installed=()
present=()

say() { printf '[setup] %s\n' "$*" >&2; }

wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    present+=("wasm32 target")
  else
    say "adding the wasm32-unknown-unknown target (seconds)"
    rustup target add wasm32-unknown-unknown >&2
    installed+=("wasm32 target")
  fi
}

ensure_trunk() {
  if command -v trunk >/dev/null && trunk --version | grep -q " $TRUNK_VERSION"; then
    present+=("trunk $TRUNK_VERSION")
  else
    say "installing trunk $TRUNK_VERSION with cargo (about 7 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked >&2
    installed+=("trunk $TRUNK_VERSION")
  fi
}

ensure_wasm_bindgen() {
  local v; v=$(wasm_bindgen_version)
  if command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q " $v\$"; then
    present+=("wasm-bindgen $v")
  else
    # Not --locked: its own lockfile wants a webpki-roots release the registry lacks.
    say "installing wasm-bindgen-cli $v with cargo (about 2 minutes)"
    cargo install wasm-bindgen-cli --version "$v" --force >&2
    installed+=("wasm-bindgen-cli $v")
  fi
}

ensure_node_modules() {
  # binaryen (wasm-opt 132; Debian's 108 cannot parse today's wasm), Playwright, axe-core, and
  # ical.js (Thunderbird's iCalendar reader, for the calendar export's differential test).
  if [ -f node_modules/.package-lock.json ] && cmp -s <(sed -n '1,3p' package-lock.json) <(sed -n '1,3p' node_modules/.package-lock.json) \
     && [ node_modules/.package-lock.json -nt package-lock.json ] && [ -x node_modules/.bin/wasm-opt ] \
     && [ -f node_modules/ical.js/package.json ]; then
    present+=("npm packages")
  else
    say "installing npm packages from package-lock.json (seconds)"
    npm ci --no-audit --no-fund >&2
    installed+=("npm packages")
  fi
}

ensure_chromium() {
  # zbarimg (zbar-tools) reads the share dialog's QR codes back, as a phone camera would.
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -x /usr/bin/zbarimg ]; then
    present+=("chromium and zbar")
  else
    say "installing Debian chromium, chromium-driver and zbar-tools (about a minute)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq chromium chromium-driver zbar-tools >&2
    installed+=("chromium and zbar")
  fi
}

ensure_python() {
  # An independent time zone implementation (Python's zoneinfo on the tzdata package) for the
  # cross-check and the JSON Schema check in tests/python; icalendar, recurring-ical-events and
  # dateutil (tzical, rrule) as independent readers of the calendar export.
  if [ -x .venv/bin/python ] && [ .venv/.stamp -nt requirements-test.txt ]; then
    present+=("python venv")
  else
    say "creating .venv with requirements-test.txt (seconds)"
    python3 -m venv .venv >&2
    .venv/bin/pip install -q --disable-pip-version-check -r requirements-test.txt >&2
    touch .venv/.stamp
    installed+=("python venv")
  fi
}

ensure_wasm_target
ensure_trunk
ensure_wasm_bindgen
ensure_node_modules
if [ "$want" = test ]; then
  ensure_chromium
  ensure_python
fi

if [ ${#installed[@]} -eq 0 ]; then
  say "nothing to install: $(IFS=,; echo "${present[*]}" | sed 's/,/, /g') already present"
else
  say "installed: $(IFS=,; echo "${installed[*]}" | sed 's/,/, /g')"
fi
