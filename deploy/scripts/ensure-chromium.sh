#!/usr/bin/env bash
# Makes Debian's Chromium available for the portal's browser tests (Playwright drives it; it
# never downloads a browser of its own). Idempotent: does nothing when `chromium` is on the PATH.
# The package pulls about 115 dependencies (~480 MB), so it is installed once, only when missing.
set -euo pipefail

log() { printf '[ensure-chromium] %s\n' "$*" >&2; }

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

log "installing Debian's chromium (the browser tests need it)"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
command -v chromium >/dev/null 2>&1 || { log "chromium is still not on the PATH"; exit 1; }
log "$(chromium --version 2>/dev/null | tail -1)"
