#!/usr/bin/env bash
# Set up from scratch, then run the linter, the layering check and every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check src tests bench
.venv/bin/lint-imports
.venv/bin/python -m pytest "$@"
