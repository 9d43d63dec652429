"""Annotate a corpus once: spaCy over every document, the tidy tables, a cache.

The corpus is split into shards (consecutive documents of one file); each
shard is annotated independently by :func:`run_shard` and its tables are
written as Parquet parts into a cache folder keyed by everything that
determines them: the documents' content, the model and its version, spaCy's
version, the package's code and data files. The local engine (a process
pool) and the Dask engine (:mod:`corpus_utils.annotate.cluster`) run the same shard
function, so they give the same rows.

- A shard is written to a temporary folder and renamed into place when
  complete: a killed run never leaves a half-written shard that is read.
- A changed document changes its shard's key; the shard is rebuilt reusing
  the cached rows of every unchanged document (found by each document's own
  key), so only the changed document is annotated again.
- A cache written by another version of the code, data or model sits under
  another fingerprint and is never read.
- Each shard's marker file is a manifest of its parts' row counts and
  SHA-256 checksums. A part that fails it (swapped, truncated, emptied, or a
  manifest that cannot be read) is reported as a warning and annotated
  again: a damaged cache is never served and never stops a run.
- The source is read once: the count, the shards and the boilerplate
  statistics come from the same pass (shards are spooled to a private
  folder), so a file that changes during a run cannot make the count and
  the tables disagree; the change is reported with its file.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import shutil
import tempfile
import threading
import time
import uuid
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from corpus_utils.annotate.cache import document_key, fingerprint
from corpus_utils.config import ALL_CORES, CACHE_DIR, worker_count
from corpus_utils.corpus import clean as cleaning
from corpus_utils.corpus.load import (
    MAX_DOC_CHARS,
    ColumnMap,
    LoadReport,
    iter_documents,
    split_origin,
)
from corpus_utils.extract.document import TABLES, annotate_records

#: The environment that gives a worker process one BLAS/OpenMP thread (local pool and Dask).
ONE_THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
#: The most documents in a shard whose size is chosen from the corpus (see :func:`shard_size_for`).
DEFAULT_SHARD_SIZE = 100
#: The fewest documents in such a shard, and the step its size is chosen in.
MIN_SHARD_SIZE = 10
#: Shards per worker process a chosen size aims at: the last shards, running while other
#: workers have finished, are then short, so no core idles long while work remains.
SHARDS_PER_PROCESS = 4
_DONE = "_COMPLETE"


def shard_folder(root: str | os.PathLike, key: str) -> Path:
    """Where the shard with this key is cached, under a fingerprint folder."""
    return Path(root) / "shards" / key


def is_complete(folder: Path) -> bool:
    """Whether a shard folder was committed: its marker is written last and renamed in whole."""
    return (folder / _DONE).exists()


def skipped(shard: Shard) -> dict:
    """The summary of a shard served whole from the cache (what :func:`run_shard` returns)."""
    return {"key": shard.key, "annotated": 0, "reused": len(shard.records), "tokens": 0}


@dataclass
class Shard:
    """Consecutive documents of one file, annotated as one unit of work."""

    name: str
    records: list[dict]
    boilerplate: dict[str, tuple[str, ...]] = field(default_factory=dict)
    doc_keys: list[str] = field(default_factory=list)
    key: str = ""


@dataclass
class Settings:
    """What determines the annotation (and so the cache fingerprint)."""

    model: str | None = None
    cache_dir: str = str(CACHE_DIR)
    batch_size: int = 32

    def fingerprint(self) -> dict[str, str]:
        """Everything that, changed, must invalidate the cache (see :mod:`.cache`)."""
        return fingerprint(self.model)


def _fingerprint_dir(settings: Settings) -> tuple[Path, dict]:
    details = settings.fingerprint()
    key = hashlib.sha256(json.dumps(details, sort_keys=True).encode()).hexdigest()[:16]
    return Path(settings.cache_dir) / key, details


def iter_shards(
    source,
    *,
    columns: ColumnMap | None = None,
    outlet: str | None = None,
    encoding: str = "utf-8",
    shard_size: int | None = None,
    report: LoadReport | None = None,
    boilerplate_min_docs: int = 5,
    max_chars: int = MAX_DOC_CHARS,
    spool_dir: str | Path | None = None,
    timings: dict[str, float] | None = None,
    workers: int = ALL_CORES,
) -> tuple[Iterator[Shard], LoadReport, int]:
    """Split a source into shards in one pass that also counts and finds repeated boilerplate.

    The source is read once. Each shard's documents are spooled to a private
    folder (under ``spool_dir``, default the system's temporary folder) as the
    pass goes, so memory stays flat; the shards are then read back from the
    spool with the boilerplate found over the whole corpus. The count, the
    shards and the tables therefore come from the same documents, even if a
    file changes while the run goes on.

    Args:
        shard_size: Documents per shard; default chosen once the documents
            are counted (:func:`shard_size_for` with ``workers``). A shard
            never spans two files.
        workers: The worker processes the shards are for (0, the default:
            the machine's cores); only sizes the shards.
        timings: When given, the seconds this process spends reading
            (``read``), counting boilerplate (``boilerplate``), spooling
            (``spool``) and building shards from the spool (``shard setup``)
            are added to it.

    Returns:
        The shard iterator, the load report (complete after the pass) and the
        number of documents loaded.
    """
    report = report if report is not None else LoadReport()
    timings = timings if timings is not None else {}
    for phase in ("read", "boilerplate", "spool", "shard setup"):
        timings.setdefault(phase, 0.0)
    clock = time.perf_counter
    detector = cleaning.BoilerplateDetector(min_docs=boilerplate_min_docs)
    options = {"columns": columns, "outlet": outlet, "encoding": encoding, "max_chars": max_chars}
    spool = _Spool(spool_dir)
    # Documents are spooled in chunks of one file; a shard is then a run of chunks of one file.
    chunk_size = shard_size or MIN_SHARD_SIZE
    chunk_files: list[str] = []
    n_docs = 0
    batch: list[dict] = []
    current_file = None
    try:
        records = iter_documents(source, report=report, **options)
        while True:
            before = clock()
            record = next(records, None)
            read = clock()
            timings["read"] += read - before
            if record is None:
                break
            detector.add(record["outlet"], record["raw_text"])
            timings["boilerplate"] += clock() - read
            n_docs += 1
            file, _ = split_origin(record["origin"])
            file = str(Path(file).parent) if file.endswith(".txt") else file
            if batch and (file != current_file or len(batch) >= chunk_size):
                before = clock()
                spool.put(batch)
                chunk_files.append(current_file)
                timings["spool"] += clock() - before
                batch = []
            current_file = file
            batch.append(record)
        before = clock()
        if batch:
            spool.put(batch)
            chunk_files.append(current_file)
        timings["spool"] += clock() - before
    except BaseException:
        spool.close()
        raise
    before = clock()
    passages = detector.passages()
    timings["boilerplate"] += clock() - before
    size = shard_size or shard_size_for(n_docs, worker_count(workers))

    def runs() -> Iterator[list[dict]]:
        """Consecutive chunks of one file joined into shards of ``size`` documents."""
        records: list[dict] = []
        current = None
        for file, chunk in zip(chunk_files, spool):
            if records and (file != current or len(records) + len(chunk) > size):
                yield records
                records = []
            records, current = records + chunk, file
        if records:
            yield records

    def shards() -> Iterator[Shard]:
        try:
            joined = runs()
            while True:
                before = clock()
                records = next(joined, None)
                shard = None if records is None else _make_shard(records, passages)
                timings["shard setup"] += clock() - before
                if shard is None:
                    return
                yield shard
        finally:
            spool.close()

    return shards(), report, n_docs


class _Spool:
    """Batches of documents kept on disk between the one read and the annotation.

    The folder is private (mode 0700) and removed when the shards are read,
    when the iterator is dropped, or at exit; only this process writes what
    it reads back.
    """

    PREFIX = ".spool-"

    def __init__(self, folder: str | Path | None = None) -> None:
        if folder is not None:
            Path(folder).mkdir(parents=True, exist_ok=True)
        self.path = Path(tempfile.mkdtemp(prefix=self.PREFIX, dir=folder))
        self.count = 0
        self._finalizer = weakref.finalize(self, shutil.rmtree, str(self.path), True)

    def put(self, records: list[dict]) -> None:
        path = self.path / f"{self.count:08d}.pickle"
        try:
            with open(path, "wb") as handle:
                pickle.dump(records, handle, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError as error:
            raise OSError(
                error.errno, f"{path}: cannot spool documents ({error.strerror or error})"
            ) from None
        self.count += 1

    def __iter__(self) -> Iterator[list[dict]]:
        for index in range(self.count):
            path = self.path / f"{index:08d}.pickle"
            with open(path, "rb") as handle:
                records = pickle.load(handle)
            path.unlink()
            yield records

    def close(self) -> None:
        self._finalizer()


def shard_size_for(n_docs: int, workers: int) -> int:
    """Documents per shard for a corpus of ``n_docs`` on ``workers`` worker processes.

    About :data:`SHARDS_PER_PROCESS` shards per process, in steps of
    :data:`MIN_SHARD_SIZE`, between that and :data:`DEFAULT_SHARD_SIZE`:
    800 documents on 16 processes make 13-document shards rounded up to 20,
    not 8 shards of 100 that leave half the cores idle.
    """
    wanted = -(-n_docs // (SHARDS_PER_PROCESS * max(workers, 1)))
    stepped = -(-wanted // MIN_SHARD_SIZE) * MIN_SHARD_SIZE
    return max(MIN_SHARD_SIZE, min(DEFAULT_SHARD_SIZE, stepped))


def _make_shard(records: list[dict], passages: dict) -> Shard:
    first, last = records[0]["origin"], records[-1]["origin"]
    name = first if first == last else f"{first} … {last}"
    outlets = {r["outlet"] or "" for r in records}
    return Shard(
        name=name, records=records, boilerplate={o: passages[o] for o in outlets if o in passages}
    )


def key_shard(shard: Shard, fingerprint_key: str) -> Shard:
    """Compute the keys of a shard's documents and of the shard itself."""
    realpath = functools.lru_cache(maxsize=64)(os.path.realpath)  # one file per shard, mostly
    shard.doc_keys = [
        document_key(
            r, shard.boilerplate.get(r["outlet"] or "", ()), fingerprint_key, realpath=realpath
        )
        for r in shard.records
    ]
    shard.key = hashlib.sha256("".join(shard.doc_keys).encode()).hexdigest()[:32]
    return shard


def run_shard(
    shard: Shard, settings: Settings, *, root: str, reuse: dict[str, str] | None = None
) -> dict:
    """Annotate one shard and write its tables atomically under ``root``.

    Args:
        shard: The shard, keyed by :func:`key_shard`.
        settings: The model and batch size.
        root: The fingerprint folder of the cache.
        reuse: For documents already annotated in other shards, their
            document key → that shard's folder; their rows are copied.

    Returns:
        A summary: shard key, documents annotated and reused, tokens; and
        when this process worked on it (``work_start`` and ``work_end`` on
        :func:`time.perf_counter`'s clock, which all processes of one Linux
        machine share) after ``load_seconds`` spent loading the pipeline.
    """
    final = shard_folder(root, shard.key)
    if is_complete(final):
        return skipped(shard)
    from corpus_utils.extract.pipeline import load_pipeline

    started = time.perf_counter()
    reuse = reuse or {}
    reused_rows = _reused_rows(shard, reuse)
    todo = [i for i, key in enumerate(shard.doc_keys) if key not in reused_rows["documents"]]
    before = time.perf_counter()
    if todo and not load_pipeline.cache_info().currsize:
        load_pipeline(settings.model)  # this process's first: timed apart from the work
    load_seconds = time.perf_counter() - before
    fresh = annotate_records(
        [shard.records[i] for i in todo],
        [shard.doc_keys[i] for i in todo],
        boilerplate=shard.boilerplate,
        model=settings.model,
        batch_size=settings.batch_size,
    )
    tables = {}
    for name in TABLES:
        frames = [f for f in (reused_rows[name].get(k) for k in shard.doc_keys) if f is not None]
        frames.append(fresh[name])
        frames = [f for f in frames if len(f)]
        tables[name] = pd.concat(frames, ignore_index=True) if frames else fresh[name]
    order = {key: i for i, key in enumerate(shard.doc_keys)}
    for name, frame in tables.items():
        if len(frame):
            frame = frame.assign(_order=frame["doc_key"].map(order)).sort_values(
                "_order", kind="stable"
            )
            tables[name] = frame.drop(columns="_order").reset_index(drop=True)
    _write_shard(final, tables)
    n_tokens = int(fresh["documents"]["n_tokens"].sum()) if len(fresh["documents"]) else 0
    return {
        "key": shard.key,
        "annotated": len(todo),
        "reused": len(shard.records) - len(todo),
        "tokens": n_tokens,
        "work_start": started + load_seconds,
        "work_end": time.perf_counter(),
        "load_seconds": load_seconds,
    }


def _reused_rows(shard: Shard, reuse: dict[str, str]) -> dict[str, dict[str, pd.DataFrame]]:
    rows: dict[str, dict[str, pd.DataFrame]] = {name: {} for name in TABLES}
    wanted: dict[str, set[str]] = {}
    for key in shard.doc_keys:
        if key in reuse:
            wanted.setdefault(reuse[key], set()).add(key)
    for folder, keys in wanted.items():
        for name in TABLES:
            frame = pd.read_parquet(Path(folder) / f"{name}.parquet")
            frame = frame[frame["doc_key"].isin(keys)]
            for key, group in frame.groupby("doc_key", sort=False):
                rows[name][key] = group
    return rows


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def shard_problem(folder: Path) -> str | None:
    """Why a complete shard folder cannot be served, or None when every part checks out.

    The marker file lists each part with its row count, size and SHA-256;
    a missing, resized or changed part, or a marker that cannot be read,
    is a problem.
    """
    marker = folder / _DONE
    try:
        manifest = json.loads(marker.read_text(encoding="utf-8"))
        parts = manifest["parts"]
        if set(parts) != set(TABLES):
            return f"{marker}: the manifest lists {sorted(parts)}, not the tables {sorted(TABLES)}"
    except (OSError, ValueError, KeyError, TypeError) as error:
        return f"{marker}: the manifest cannot be read ({type(error).__name__}: {error})"
    for name, expected in parts.items():
        path = folder / f"{name}.parquet"
        try:
            size = path.stat().st_size
            if size != expected["bytes"] or _sha256(path) != expected["sha256"]:
                return f"{path}: {size} bytes that do not match the checksum in {marker}"
        except (OSError, KeyError, TypeError) as error:
            return f"{path}: cannot be checked ({type(error).__name__}: {error})"
    return None


def _write_shard(final: Path, tables: dict[str, pd.DataFrame]) -> None:
    if is_complete(final):
        return
    tmp = final.parent / f".tmp-{final.name}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        parts = {}
        for name, frame in tables.items():
            path = tmp / f"{name}.parquet"
            frame.to_parquet(path, index=False)
            parts[name] = {
                "rows": len(frame),
                "bytes": path.stat().st_size,
                "sha256": _sha256(path),
            }
        (tmp / _DONE).write_text(json.dumps({"parts": parts}, indent=1, sort_keys=True) + "\n")
        try:
            os.rename(tmp, final)
        except OSError:
            if not is_complete(final):  # a half-written folder from a killed run
                shutil.rmtree(final, ignore_errors=True)
                os.rename(tmp, final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _index_cached_documents(root: Path) -> dict[str, str]:
    """Map each cached document key to the complete shard folder holding it."""
    index: dict[str, str] = {}
    shards = root / "shards"
    if not shards.exists():
        return index
    for folder in sorted(shards.iterdir()):
        if folder.name.startswith(".") or not is_complete(folder):
            continue
        if shard_problem(folder) is not None:
            continue  # never reused; its own shard, if still wanted, is rebuilt
        keys = pd.read_parquet(folder / "documents.parquet", columns=["doc_key"])["doc_key"]
        for key in keys:
            index.setdefault(key, str(folder))
    return index


#: Seconds between a worker's checks that its parent still lives.
PARENT_CHECK_SECONDS = 0.5


def watch_parent(parent_pid: int, *, interval: float = PARENT_CHECK_SECONDS) -> bool:
    """Exit this worker process as soon as its parent ``parent_pid`` is gone (a watchdog thread).

    A worker whose parent was killed (``kill -9``) is adopted by another
    process; the watchdog sees its parent id change and exits at once, so no
    orphan keeps annotating or holding memory. Returns False (and watches
    nothing) when ``parent_pid`` is not this process's parent.
    """
    if os.getppid() != parent_pid:
        return False

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(interval)
        os._exit(70)

    threading.Thread(target=watch, name="corpus-utils-parent-watch", daemon=True).start()
    return True


def _atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
