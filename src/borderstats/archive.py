"""The raw files beside a store: the archive of every file ingested, and the quarantine of
files the drift guards held back.

Both live in one folder beside the store file (``borderstats.duckdb.files/``):

- ``archive/<sha256>/<file name>`` with ``meta.json`` (size, official URL, when it was
  retrieved and archived): every file a release was made from, so the store can be rebuilt
  from its archive (``borderstats rebuild``);
- ``quarantine/<sha256>/<file name>`` with ``report.json`` (the source, the previous vintage
  compared with, and each failed check): files not ingested until a person accepts them
  (``borderstats quarantine --accept``).

Files are written to a temporary name and renamed, so an interrupted copy leaves nothing
that looks whole.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from borderstats.errors import BorderstatsError
from borderstats.guards import Finding
from borderstats.sources.base import DIMENSIONS
from borderstats.store import RELEASE_COLUMNS, Store, WriteLock, open_store


def folder(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".files")


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _place(source: Path, target_dir: Path, name: str, meta_name: str,
           meta: dict[str, Any]) -> Path:
    """Copy ``source`` into ``target_dir/name`` and write its metadata, each atomically."""
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / name
        if not target.exists():
            temp = target_dir / f".{name}.part"
            shutil.copyfile(source, temp)
            os.replace(temp, target)
        temp = target_dir / f".{meta_name}.part"
        temp.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
        os.replace(temp, target_dir / meta_name)
    except OSError as exc:
        raise BorderstatsError(f"{target_dir}: cannot keep {name} ({exc.strerror})") from None
    return target


def archive_file(store_path: Path, path: Path, *, sha256: str | None = None,
                 url: str | None = None, retrieved_at: str | None = None) -> Path:
    """Keep ``path`` in the store's archive under its sha256; returns the archived copy."""
    sha256 = sha256 or _sha256(path)
    target_dir = folder(store_path) / "archive" / sha256
    meta_path = target_dir / "meta.json"
    meta: dict[str, Any] = {}
    if meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({"file": path.name, "sha256": sha256, "size_bytes": path.stat().st_size,
                 "archived_at": meta.get("archived_at") or _now()})
    if url:
        meta["url"] = url
    if retrieved_at:
        meta["retrieved_at"] = retrieved_at
    return _place(path, target_dir, path.name, "meta.json", meta)


def ingest_and_keep(store_path: Path, store: Store, files: list[Path], *,
                    guard: bool = True, urls: dict[Path, tuple[str, str]] | None = None,
                    progress: Callable[[Path], None] | None = None) -> list:
    """Ingest ``files`` into ``store`` (a writer on the store at ``store_path``), keep each
    new release's file in the archive and each file a drift guard held back in the
    quarantine. ``urls`` gives the URL and retrieval time of downloaded files (a download
    that does not parse is quarantined too). Returns the outcomes."""
    urls = urls or {}
    outcomes = store.ingest(files, progress, guard=guard, hold_errors=bool(urls))
    for o in outcomes:
        url, retrieved = urls.get(o.path, (None, None))
        if o.status == "added":
            archive_file(store_path, o.path, sha256=o.sha256, url=url, retrieved_at=retrieved)
        elif o.status == "quarantined":
            quarantine_file(store_path, o.path, sha256=o.sha256, source=o.source,
                            findings=o.findings, compared_with=o.compared_with, url=url)
    return outcomes


def archived(store_path: Path) -> list[dict[str, Any]]:
    """Every archived file's metadata, with ``path``, oldest first."""
    return _listing(folder(store_path) / "archive", "meta.json", "archived_at")


def quarantine_file(store_path: Path, path: Path, *, sha256: str, source: str | None,
                    findings: tuple[Finding, ...], compared_with: str,
                    url: str | None = None) -> Path:
    """Hold ``path`` back with the report of the guards it failed; returns the copy."""
    report = {"file": path.name, "sha256": sha256, "size_bytes": path.stat().st_size,
              "source": source, "compared_with": compared_with,
              "findings": [f.to_dict() for f in findings], "quarantined_at": _now(),
              "from": url or str(path.resolve())}
    return _place(path, folder(store_path) / "quarantine" / sha256, path.name, "report.json",
                  report)


def quarantined(store_path: Path) -> list[dict[str, Any]]:
    """Every quarantined file's report, with ``path``, oldest first."""
    return _listing(folder(store_path) / "quarantine", "report.json", "quarantined_at")


def find_quarantined(store_path: Path, ident: str) -> dict[str, Any]:
    """The quarantined file whose sha256 starts with ``ident`` (6 characters at least) or
    whose file name is ``ident``."""
    items = quarantined(store_path)
    matches = [q for q in items if q["file"] == ident
               or (len(ident) >= 6 and q["sha256"].startswith(ident.lower()))]
    if len(matches) == 1:
        return matches[0]
    if not items:
        raise BorderstatsError("the quarantine is empty")
    known = ", ".join(f"{q['sha256'][:12]} ({q['file']})" for q in items)
    problem = "matches several files" if matches else "matches no quarantined file"
    raise BorderstatsError(f"{ident!r} {problem}; quarantined: {known}")


def release_quarantined(item: dict[str, Any]) -> None:
    """Remove a file from the quarantine (after it was accepted, or to drop it)."""
    shutil.rmtree(Path(item["path"]).parent, ignore_errors=True)


def _listing(base: Path, meta_name: str, order: str) -> list[dict[str, Any]]:
    items = []
    if not base.is_dir():
        return items
    for meta_path in sorted(base.glob(f"*/{meta_name}")):
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a half-written entry: its file is not listed
        path = meta_path.parent / meta.get("file", "")
        if path.is_file():
            items.append({**meta, "path": str(path)})
    return sorted(items, key=lambda m: (m.get(order) or "", m["sha256"]))


def content_digest(store: Store) -> dict[str, Any]:
    """What a store holds, independent of release ids, ingest times and paths: each
    release's metadata and every observation, as counts and order-free checksums."""
    columns = ", ".join(c for c in RELEASE_COLUMNS if c != "release_id")
    dims = ", ".join(f"o.{d}" for d in DIMENSIONS)
    releases = store.con.execute(
        f"SELECT count(*), coalesce(sum(hash({columns})::HUGEINT), 0)::VARCHAR "
        "FROM releases").fetchone()
    observations = store.con.execute(
        f"SELECT count(*), coalesce(sum(hash(r.sha256, o.table_id, o.fiscal_year, o.month, "
        f"{dims}, o.value)::HUGEINT), 0)::VARCHAR FROM observations o JOIN releases r "
        "USING (release_id)").fetchone()
    return {"releases": releases[0], "release_checksum": releases[1],
            "observations": observations[0], "observation_checksum": observations[1]}


def rebuild(store_path: Path, *, timeout: float | None = None,
            on_wait: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Recreate the store at ``store_path`` from the bundled snapshot and the archived
    files (in the order they were archived), write it in place of the store in one rename,
    and say whether its content equals the store it replaces (when that one can be read)."""
    items = archived(store_path)
    lock = WriteLock(store_path)
    lock.acquire(timeout, on_wait)
    work = store_path.with_name(f"{store_path.name}.tmp-{os.getpid()}")
    try:
        for leftover in store_path.parent.glob(f"{store_path.name}.tmp-*"):
            leftover.unlink(missing_ok=True)
        with open_store(work) as fresh:
            outcomes = fresh.ingest([Path(i["path"]) for i in items], guard=False)
            rebuilt = content_digest(fresh)
            fresh.con.execute("CHECKPOINT")
        before: dict[str, Any] | None = None
        if store_path.exists():
            try:
                with open_store(store_path, read_only=True) as old:
                    before = content_digest(old)
            except BorderstatsError:
                before = None  # damaged: the rebuild is what is left
        os.replace(work, store_path)
    finally:
        for leftover in (work, work.with_name(work.name + ".wal"),
                         work.with_name(work.name + ".lock")):
            leftover.unlink(missing_ok=True)
        lock.release()
    return {"archived_files": len(items),
            "added": sum(1 for o in outcomes if o.status == "added"),
            "content": rebuilt, "previous_content": before,
            "identical": before == rebuilt if before is not None else None}
