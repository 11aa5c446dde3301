#!/usr/bin/env bash
# Create .venv and install borderstats with its test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
# Byte-compile the package now: an editable install leaves that to the first import, and
# where PYTHONDONTWRITEBYTECODE is set every command would compile its modules again
# (some 0.2 s of each `borderstats check`). A module edited later is recompiled as usual.
.venv/bin/python -m compileall -q src/borderstats >/dev/null
# The browser tests drive Debian's Chromium (never a browser Playwright downloads).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: /usr/bin/chromium is missing; the browser tests need it (apt-get install chromium)" >&2
  fi
fi
