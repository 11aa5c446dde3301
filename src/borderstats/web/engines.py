"""Read-only query engines shared by a server's requests.

An engine keeps caches and one DuckDB connection, neither of which may be used by two threads
at once, so a request borrows a whole engine from a small pool and gives it back. Each engine
holds its own read-only connection: CLI sessions and other servers read the same store at the
same time, and a writer replaces the file under them (an engine opened before the write is
closed and reopened on its next loan)."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from borderstats.errors import StoreError
from borderstats.query import Engine
from borderstats.store import file_identity, open_reader


class Busy(StoreError):
    """Every engine stayed busy for the whole time a request may wait."""


class EnginePool:
    """Up to ``size`` engines on the store at ``path``, opened as requests need them."""

    def __init__(self, path: Path, size: int = 4) -> None:
        self.path = path
        self.size = size
        self._idle: queue.LifoQueue[tuple[Engine, tuple | None]] = queue.LifoQueue()
        self._opened = 0
        self._guard = threading.Lock()
        # Opening once here fills a missing store from the bundled snapshot before the
        # first request, and fails at start-up (not on a request) if the store cannot be read.
        self._idle.put(self._open())

    def _open(self) -> tuple[Engine, tuple | None]:
        with self._guard:
            self._opened += 1
        identity = file_identity(self.path)  # before opening: a write in between reopens it
        try:
            return Engine(open_reader(self.path)), identity
        except BaseException:
            with self._guard:
                self._opened -= 1
            raise

    @contextmanager
    def engine(self, wait: float) -> Iterator[Engine]:
        """An engine for one request; waits up to ``wait`` seconds when all are busy."""
        try:
            engine, identity = self._idle.get_nowait()
        except queue.Empty:
            with self._guard:
                may_open = self._opened < self.size
            if may_open:
                engine, identity = self._open()
            else:
                try:
                    engine, identity = self._idle.get(timeout=wait)
                except queue.Empty:
                    raise Busy(f"the server is busy: all {self.size} store readers stayed "
                               f"in use for {wait:g} s; try again") from None
        if identity != file_identity(self.path):  # a writer replaced the store since
            engine.store.close()
            with self._guard:
                self._opened -= 1
            engine, identity = self._open()
        try:
            yield engine
        finally:
            self._idle.put((engine, identity))

    def close(self, wait: float = 120.0) -> None:
        """Close every engine, waiting up to ``wait`` seconds for requests still running
        (one past its time limit goes on in its thread): a store closed under a running
        query, or a process that exits while a thread is inside DuckDB, can abort."""
        deadline = time.monotonic() + wait
        while True:
            with self._guard:
                if self._opened <= 0:
                    return
            try:
                engine, _ = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                return
            engine.store.close()
            with self._guard:
                self._opened -= 1
