#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests when we can (root, apt present).
# Where we cannot, the browser tests skip themselves with a message; nothing else depends on it.
set -u
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
  echo "browser-deps: chromium missing and cannot apt-get install it here; browser tests will skip" >&2
  exit 0
fi
echo "browser-deps: installing Debian chromium for the browser tests" >&2
(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
  || echo "browser-deps: apt-get install chromium failed; browser tests will skip" >&2
exit 0
