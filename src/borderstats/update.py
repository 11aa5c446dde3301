"""Fetching the publishers' current files: ``borderstats update``.

Publishers move their files (CBP's paths carry the month of upload) but keep their statistics
pages, so each source's page is read and every link whose file name the source recognises is
downloaded. Downloads use urllib3 with time limits, retries with backoff (connection errors,
HTTP 429 and 5xx, a body cut short), and are written to a temporary name and renamed only
when whole. The CLI then ingests them: new vintages are added and archived with their URL and
retrieval time; files that fail a drift guard, or no longer parse, are quarantined.

``BORDERSTATS_MIRROR`` (or ``--mirror``) sends every request to a mirror that serves the
publishers' files under ``/<host>/<official path>`` (the tests' local server does).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urljoin, urlsplit

from borderstats.errors import BorderstatsError
from borderstats.sources import modules

CONNECT_TIMEOUT = float(os.environ.get("BORDERSTATS_HTTP_CONNECT_TIMEOUT") or 10)
READ_TIMEOUT = float(os.environ.get("BORDERSTATS_HTTP_TIMEOUT") or 60)
ATTEMPTS = int(os.environ.get("BORDERSTATS_HTTP_ATTEMPTS") or 4)
BACKOFF = float(os.environ.get("BORDERSTATS_HTTP_BACKOFF") or 1.0)  # seconds, doubled each try
MAX_BYTES = 500 * 1024 * 1024  # no official file comes near this
USER_AGENT = "borderstats (official migration statistics; update)"


class UpdateError(BorderstatsError):
    """A publisher could not be reached, or answered with an error."""


class Unreachable(UpdateError):
    """No connection to the publisher at all (offline, or the host is down)."""


@dataclass(frozen=True)
class Fetched:
    source: str
    url: str
    path: Path
    sha256: str
    size: int
    retrieved_at: str


def updatable() -> dict[str, list[str]]:
    """Each source whose publisher's page links its own files: source id → pages."""
    result = {}
    for module in modules():
        pages = getattr(module, "DOWNLOAD_PAGES", None)
        if pages:
            result[module.SOURCE.id] = list(pages)
    return result


def via_mirror(url: str, mirror: str | None) -> str:
    if not mirror:
        return url
    parts = urlsplit(url)
    return f"{mirror.rstrip('/')}/{parts.netloc}{parts.path}" + (
        f"?{parts.query}" if parts.query else "")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs.extend(v for k, v in attrs if k == "href" and v)


class Client:
    """One pooled HTTP client with time limits and retries."""

    def __init__(self, mirror: str | None = None) -> None:
        import urllib3

        self.mirror = mirror if mirror is not None else os.environ.get("BORDERSTATS_MIRROR")
        self.urllib3 = urllib3
        self.pool = urllib3.PoolManager(
            headers={"User-Agent": USER_AGENT},
            timeout=urllib3.Timeout(connect=CONNECT_TIMEOUT, read=READ_TIMEOUT),
            retries=False)

    def _get(self, url: str, sink: _Sink,
             on_length: Callable[[int | None], None] | None = None) -> None:
        """GET ``url`` into ``sink``, retrying what may pass (no connection, a time-out,
        HTTP 429 or 5xx, a body cut short); a one-line error naming the URL otherwise."""
        urllib3 = self.urllib3
        target = via_mirror(url, self.mirror)
        host = urlsplit(url).netloc
        problem = ""
        connected = False
        for attempt in range(ATTEMPTS):
            if attempt:
                time.sleep(BACKOFF * 2 ** (attempt - 1))
            try:
                response = self.pool.request("GET", target, preload_content=False,
                                             redirect=True)
            except urllib3.exceptions.HTTPError as exc:
                problem = _reason(exc)
                # The host answered but too slowly, or broke the connection: not offline.
                connected = connected or not isinstance(
                    exc, urllib3.exceptions.NewConnectionError
                    | urllib3.exceptions.ConnectTimeoutError)
                continue
            connected = True
            try:
                if response.status == 429 or response.status >= 500:
                    problem = f"HTTP {response.status}"
                    continue
                if response.status >= 400:
                    raise UpdateError(f"{url}: HTTP {response.status} from {host}")
                length = response.headers.get("Content-Length")
                if on_length:
                    on_length(int(length) if length and length.isdigit() else None)
                received = 0
                for chunk in response.stream(1 << 16):
                    received += len(chunk)
                    if received > MAX_BYTES:
                        raise UpdateError(f"{url}: larger than {MAX_BYTES:,} bytes")
                    sink.write(chunk)
                return
            except urllib3.exceptions.HTTPError as exc:
                problem = f"download cut short ({_reason(exc)})"
                sink.reset()
            finally:
                response.release_conn()
        if not connected:
            raise Unreachable(f"cannot reach {host} ({problem}) after {ATTEMPTS} tries")
        raise UpdateError(f"{url}: {problem} after {ATTEMPTS} tries")

    def page_links(self, page: str) -> list[str]:
        sink = _Sink()
        self._get(page, sink)
        parser = _Links()
        parser.feed(bytes(sink.memory).decode("utf-8", errors="replace"))
        return [urljoin(page, href) for href in parser.hrefs]

    def download(self, url: str, folder: Path,
                 progress: Callable[[int, int | None], None] | None = None) -> Path:
        """Download ``url`` into ``folder`` under its file name: written to a temporary
        file and renamed only when whole."""
        name = Path(unquote(urlsplit(url).path)).name
        if not name or name.startswith("."):
            raise UpdateError(f"{url}: no file name in the address")
        folder.mkdir(parents=True, exist_ok=True)
        part = folder / f".{name}.part"
        with part.open("wb") as fh:
            sink = _Sink(fh, progress)
            try:
                self._get(url, sink, sink.expect)
                fh.flush()
                os.fsync(fh.fileno())
            except BaseException:
                part.unlink(missing_ok=True)
                raise
        target = folder / name
        os.replace(part, target)
        return target


class _Sink:
    """Where a body goes: a file (``fh``) or memory; emptied when a try is cut short."""

    def __init__(self, fh: BinaryIO | None = None,
                 progress: Callable[[int, int | None], None] | None = None) -> None:
        self.fh = fh
        self.memory = bytearray()
        self.progress = progress
        self.done = 0
        self.total: int | None = None

    def expect(self, total: int | None) -> None:
        self.total = total

    def write(self, chunk: bytes) -> None:
        if self.fh is not None:
            self.fh.write(chunk)
        else:
            self.memory.extend(chunk)
        self.done += len(chunk)
        if self.progress:
            self.progress(self.done, self.total)

    def reset(self) -> None:
        if self.fh is not None:
            self.fh.seek(0)
            self.fh.truncate()
        self.memory.clear()
        self.done = 0


def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "reason", None) or exc)
    for marker in ("Connection refused", "timed out", "Name or service not known",
                   "Temporary failure in name resolution", "IncompleteRead",
                   "Connection reset", "Connection aborted"):
        if marker.lower() in text.lower():
            return marker.lower()
    return " ".join(text.split())[:120]


def files_on_pages(client: Client, source_id: str, pages: list[str]) -> list[str]:
    """The links on a source's pages whose file names the source recognises as the
    publisher's own files (not a third party's compilation)."""
    module = next(m for m in modules() if m.SOURCE.id == source_id)
    found: dict[str, str] = {}
    for page in pages:
        for link in client.page_links(page):
            name = Path(unquote(urlsplit(link).path)).name
            if any(spec.matches(Path(name)) and spec.compiler is None
                   for spec in module.FILES):
                found.setdefault(name, link)
    return list(found.values())


def fetch(client: Client, source_id: str, pages: list[str], folder: Path,
          progress: Callable[[str, int, int | None], None] | None = None) -> list[Fetched]:
    """Download every current file of one source into ``folder``."""
    fetched = []
    links = files_on_pages(client, source_id, pages)
    if not links:
        raise UpdateError(f"no file this source reads is linked from {', '.join(pages)} "
                          "(the page may have changed)")
    for url in links:
        path = client.download(url, folder / source_id,
                               (lambda done, total, u=url: progress(u, done, total))
                               if progress else None)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        retrieved = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        fetched.append(Fetched(source_id, url, path, digest, path.stat().st_size, retrieved))
    return fetched
