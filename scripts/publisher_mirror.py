"""Serve the official files in ../shared/data/raw the way their publishers do, on
127.0.0.1 only, so `borderstats update` can be tried without the internet:

    python scripts/publisher_mirror.py &            # prints: serving on http://127.0.0.1:8765
    borderstats update --mirror http://127.0.0.1:8765

Each source that `update` reads gets its statistics page (`/<host>/<path>` of the page the
source module names in DOWNLOAD_PAGES) linking every file of its folder the source
recognises, served under `/<host>/sites/default/files/<name>`. Put a changed copy of a file
in the folder (or pass --raw another folder) to see a new vintage, a quarantine or a diff.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from borderstats.sources import recognise  # noqa: E402
from borderstats.store import data_files  # noqa: E402
from borderstats.update import updatable  # noqa: E402


def routes(raw: Path) -> dict[str, Path | bytes]:
    """URL path → the file to serve, or the bytes of a statistics page."""
    served: dict[str, Path | bytes] = {}
    files = [(p, r) for p in data_files(raw) if (r := recognise(p)) is not None]
    for source, pages in updatable().items():
        links = []
        for path, recognised in files:
            if recognised.source.id != source or recognised.spec.compiler is not None:
                continue  # another source's, or a third party's compilation
            host = urlsplit(pages[0]).netloc
            url_path = f"/{host}/sites/default/files/{path.name}"
            served[url_path] = path
            links.append(f'<li><a href="/sites/default/files/{path.name}">{path.name}</a>')
        for page in pages:
            parts = urlsplit(page)
            served[f"/{parts.netloc}{parts.path}"] = (
                f"<html><body><h1>{source}</h1><ul>{''.join(links)}</ul></body></html>"
            ).encode()
    return served


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=ROOT.parent / "shared" / "data" / "raw")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    args = parser.parse_args()
    served = routes(args.raw)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - the http.server hook
            item = served.get(unquote(urlsplit(self.path).path))
            if item is None:
                self.send_error(404)
                return
            body = item if isinstance(item, bytes) else item.read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print(f"serving on http://127.0.0.1:{server.server_address[1]}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
