# shellcheck shell=bash
# Installs Debian packages the tests need, only when a command they provide is missing.
# Usage: ensure_command COMMAND PACKAGE...

_apt_updated=""

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "error: installing packages needs root (or sudo): $*" >&2; return 1; fi
}

ensure_command() {
  local command=$1; shift
  if command -v "$command" >/dev/null 2>&1; then return 0; fi
  echo "==> installing $* (for $command)"
  if [ -z "$_apt_updated" ]; then as_root apt-get update -qq; _apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Debian's chromium; on hosts without it (GitHub's Ubuntu runners ship Google Chrome) use what is there.
ensure_browser() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then return 0; fi
  for candidate in /usr/bin/chromium /usr/bin/google-chrome /usr/bin/chromium-browser; do
    if [ -x "$candidate" ] && "$candidate" --version >/dev/null 2>&1; then export CHROMIUM_PATH=$candidate; return 0; fi
  done
  ensure_command chromium chromium fonts-liberation
  export CHROMIUM_PATH=/usr/bin/chromium
}
