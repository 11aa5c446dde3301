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
# pip byte-compiles the package as it installs it (even with PYTHONDONTWRITEBYTECODE set),
# so no command pays to compile its modules (some 40 ms at every start otherwise).
$py - <<'PY'
import importlib.util, pathlib, borderstats
package = pathlib.Path(borderstats.__file__).parent
missing = [p.name for p in package.rglob("*.py")
           if not pathlib.Path(importlib.util.cache_from_source(str(p))).exists()]
assert not missing, f"wheel: installed without bytecode: {missing[:5]}"
print(f"wheel: every module byte-compiled at install ({len(list(package.rglob('*.py')))})")
PY
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
# The pages' templates, script and stylesheet travel in the wheel: serve them from it.
port=$($py -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
$bs serve --port "$port" 2>/dev/null &
server=$!
status=0
$py - "$port" <<'PY' || status=$?
import sys, time, urllib.request
base = f"http://127.0.0.1:{sys.argv[1]}"
for _ in range(300):
    try:
        page = urllib.request.urlopen(base + "/check?lang=es", timeout=5).read().decode()
        break
    except OSError:
        time.sleep(0.2)
else:
    raise SystemExit("wheel: borderstats serve did not answer")
assert "Verificar un artículo" in page, page[:300]
for asset in ("/static/app.js", "/static/style.css", "/static/vega.js"):
    assert urllib.request.urlopen(base + asset, timeout=30).status == 200, asset
print("wheel: borderstats serve answers its pages and scripts")
PY
kill "$server"
wait "$server" 2>/dev/null || true
exit "$status"
