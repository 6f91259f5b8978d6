#!/usr/bin/env bash
# Debian packages the test suite needs: PostgreSQL (the PostgreSQL backend's tests start a throwaway
# cluster) and Chromium (the browser tests). Installed only when missing; needs root (CI runs as root).
set -euo pipefail
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "system-deps: not root, cannot install ${missing[*]}; tests that need them will skip, saying why" >&2
    exit 0
fi
echo "system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The Debian package starts a cluster of its own; the tests start theirs, so stop it.
if command -v service >/dev/null && service postgresql status >/dev/null 2>&1; then
    service postgresql stop >/dev/null 2>&1 || true
fi
