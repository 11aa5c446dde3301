#!/usr/bin/env bash
# Set up, then check the example article and answer the questions a new user asks first —
# from the bundled snapshot, with no raw files and no network needed at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bs=.venv/bin/borderstats
echo "== Checking the example article against the official data"
$bs check --example
shared=(../shared/examples/articles/*.txt)
if [ -e "${shared[0]}" ]; then
    echo
    echo "== Checking the articles in ../shared/examples"
    $bs check "${shared[@]}"
fi
echo
echo "== Southwest Land Border encounters, FY2019–FY2024"
$bs query swb_encounters --period FY2019..FY2024 --by fiscal_year
echo
echo "== January 2024 among all Januaries (Border Patrol, Southwest border)"
$bs rank usbp_swb_encounters --period 2024-01
echo
echo "== December 2023 → January 2024"
$bs change swb_encounters --from 2023-12 --to 2024-01
