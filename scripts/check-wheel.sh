#!/usr/bin/env bash
# Build the wheel (a plain install, not an editable one), install it into a new environment
# and run the command from outside the source tree: the package must carry its snapshot and
# its example articles, and answer with nothing else beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip wheel --quiet --no-deps --wheel-dir "$work/dist" .
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "$work"/dist/borderstats-*.whl 2>&1 \
    | { grep -v "^WARNING: Location .* is ignored" || true; }
cd "$work"
export BORDERSTATS_DB="$work/store.duckdb"
py="$work/venv/bin/python"
bs="$work/venv/bin/borderstats"
$bs --version
$py -m borderstats --version
$bs query swb_encounters --period FY2023 --json | $py -c '
import json, sys
value = json.load(sys.stdin)["value"]
assert value == 2475669, value
print(f"wheel: FY2023 Southwest border encounters {value:,}, from the bundled snapshot")
'
$bs check --example es --json | $py -c '
import json, sys
report = json.load(sys.stdin)
assert report["language"] == "es" and len(report["claims"]) >= 12, report["claims"]
print("wheel: the Spanish example,", len(report["claims"]), "claims")'
$bs events title42_end --placebos 2 --json | $py -c '
import json, sys
effect = json.load(sys.stdin)["effects"][0]
assert effect["event"]["id"] == "title42_end" and effect["months"][0] == "2023-05", effect
print("wheel: the event catalog and an event analysis,", effect["effect_percent"], "%")'
