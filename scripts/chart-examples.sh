#!/usr/bin/env bash
# Redraw the example charts in docs/charts/ from the bundled snapshot (run after changing
# charts.py, and look at each image before committing it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
db="$(mktemp -d)/examples.duckdb"
out=docs/charts
mkdir -p "$out"
bs() { .venv/bin/borderstats "$@" --db "$db" >/dev/null; }
bs query swb_encounters --period FY2019..FY2025 --by fiscal_year --png "$out/query-fiscal-years.png"
bs query swb_encounters --period 2024 --by citizenship --top 8 --png "$out/query-top-nationalities.png"
bs rank usbp_swb_encounters --period 2024-01 --png "$out/rank-januaries.png"
bs rank usbp_swb_encounters --period 2023-12 --among all --png "$out/rank-all-months.png"
bs change swb_encounters --from 2023-12 --to 2024-01 --png "$out/change.png"
bs corridor --period 2023-12 --png "$out/corridor.png"
echo "charts in $out"
