"""The Dask engine: annotate shards on a cluster, and read tables too large for pandas.

The annotation runs the same shard function as the local engine
(:func:`corpus_utils.annotate.run_shard`) as Dask tasks, so both engines give
the same rows. Nothing of our own is deployed: a worker needs this package and
the spaCy model installed, and a cache folder it shares with the client.

- Each shard is one task (``retries``, and Dask reschedules the task of a
  worker that dies); a shard is written to a temporary folder and renamed into
  place, so a retried shard never duplicates rows, and a shard already
  complete in the cache is skipped without a task.
- At most a few tasks per worker thread are in flight, so the client's memory
  stays flat however long the corpus; results come back in corpus order.
- A worker plugin loads the pipeline once per worker process (the loader is
  cached per process). Before any shard is sent, each worker's code (as it
  imported it), data and model are checked against the cache's fingerprint.
- The cluster is started (or connected to) only when a shard needs
  annotating: a rerun over a complete cache starts no process.
- The workers of a local cluster exit when the process that started them
  dies (a watchdog per worker, :class:`ParentWatchPlugin`), so a killed run
  leaves no orphan annotating on.

The second half reads an annotation's tables through pandas when their Parquet
parts are small and through ``dask.dataframe`` above a size, with aggregations
(:func:`count_by`) that give the same table either way.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import json
import os
import uuid
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from distributed import WorkerPlugin

from corpus_utils import annotate
from corpus_utils.annotate import ONE_THREAD_ENV, Annotation, Settings, Shard

if TYPE_CHECKING:
    import dask.dataframe as dd
    from distributed import Client

#: Tasks in flight per worker thread (more keeps workers busy, fewer keeps memory down).
TASKS_PER_THREAD = 2
#: Tries of a shard whose task raised an error, after the first.
RETRIES = 2
#: Seconds to wait for a first worker to join an existing scheduler.
WORKER_TIMEOUT = 60
#: Parquet bytes above which :func:`read_table` returns a ``dask.dataframe``.
MAX_PANDAS_BYTES = 256 * 2**20
#: The name of the worker plugin (registering it again replaces it).
PLUGIN_NAME = "corpus-utils-pipeline"
#: The name of the plugin that makes a local cluster's workers exit with their parent.
PARENT_WATCH_NAME = "corpus-utils-parent-watch"
#: The protocols a cache folder may be given in.
LOCAL_PROTOCOLS = ("file", "local")


def storage_path(location: str | os.PathLike) -> Path:
    """Return the local folder that a cache location names.

    Args:
        location: A path, or a ``file://`` URL (fsspec's spelling of a local
            folder; on a cluster, one that every worker mounts).

    Raises:
        ValueError: For an object-store URL (``s3://``, ``gs://``...): shards
            are committed by renaming a folder, which object stores lack.
    """
    text = os.fspath(location)
    if "://" not in text:
        return Path(text)
    parts = urlsplit(text)
    if parts.scheme not in LOCAL_PROTOCOLS:
        raise ValueError(
            f"{text}: the annotation cache must be a folder every worker mounts (a path or a "
            f"file:// URL); {parts.scheme}:// storage is not supported"
        )
    if parts.netloc not in ("", "localhost"):
        raise ValueError(
            f"{text}: a file:// URL names a folder on this machine, not on {parts.netloc}"
        )
    return Path(url2pathname(unquote(parts.path)))


def local_client(stack, workers: int | None = None) -> Client:
    """Start a local cluster (closed with ``stack``) whose workers die with this process."""
    from distributed import Client, LocalCluster

    cluster = stack.enter_context(
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            env=ONE_THREAD_ENV,
        )
    )
    client = stack.enter_context(Client(cluster))
    client.register_plugin(ParentWatchPlugin(os.getpid()), name=PARENT_WATCH_NAME)
    return client


def run_shards(
    shards: Iterable[Shard],
    settings: Settings,
    *,
    root: str | os.PathLike,
    workers: int | None = None,
    scheduler: str | None = None,
    task=None,
    connection: Connection | None = None,
) -> Iterator[dict]:
    """Annotate shards on a Dask cluster; yield their summaries in corpus order.

    Args:
        shards: Shards keyed by :func:`corpus_utils.annotate.key_shard`.
        settings: The model and batch size.
        root: The fingerprint folder of the cache (a path or ``file://`` URL
            that every worker reaches).
        workers: Worker processes of the local cluster (default: the
            machine's cores); ignored with ``scheduler``.
        scheduler: A running scheduler's address (``tcp://host:8786``);
            without it a local cluster is started on loopback and closed at
            the end, also on an error.
        task: The shard function (default :func:`corpus_utils.annotate.run_shard`).
        connection: A cluster already being connected to (:class:`Connection`,
            started before the corpus was read); its owner closes it.

    Yields:
        What :func:`corpus_utils.annotate.run_shard` returns, one per shard.

    Raises:
        RuntimeError: If a worker's code, data or model differ from the
            client's, or a shard failed on every try.
    """
    from contextlib import ExitStack

    folder = storage_path(root)
    if connection is not None:
        yield from _stream(connection.client, shards, settings, folder, task or annotate.run_shard)
        return
    with ExitStack() as stack:

        def connect() -> Client:
            return _connect(stack, settings, folder, workers, scheduler)

        yield from _stream(connect, shards, settings, folder, task or annotate.run_shard)


def _connect(stack, settings: Settings, folder: Path, workers: int | None, scheduler: str | None):
    """Connect to a scheduler (or start a local cluster), check its workers, load the pipeline."""
    from distributed import Client

    if scheduler:
        client = stack.enter_context(Client(scheduler))
        client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
    else:
        client = local_client(stack, workers)
    check_workers(client, settings, expected=_manifest(folder))
    client.register_plugin(PipelinePlugin(settings.model), name=PLUGIN_NAME)
    return client


class Connection:
    """A cluster connected to (or started) in a background thread while the corpus is read.

    On a cold cache every shard needs the cluster, so its workers start and
    load the pipeline while the client reads, counts the boilerplate and
    keys the first shards; :func:`run_shards` then waits for it, if at all,
    when the first shard is ready. :meth:`close` closes what it started.
    """

    def __init__(
        self,
        settings: Settings,
        root: str | os.PathLike,
        *,
        workers: int | None = None,
        scheduler: str | None = None,
    ):
        from concurrent.futures import ThreadPoolExecutor
        from contextlib import ExitStack

        self._stack = ExitStack()
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="corpus-utils-connect")
        self._future = self._thread.submit(
            _connect, self._stack, settings, storage_path(root), workers, scheduler
        )

    def client(self) -> Client:
        """The connected client (waits for the connection; raises what connecting raised)."""
        return self._future.result()

    def close(self) -> None:
        """Close the client and any local cluster, once connecting has ended."""
        try:
            self._future.result()
        except Exception:  # already raised to the caller that needed the client, or moot
            pass
        finally:  # closed in the thread that opened it (the client's context lives there)
            try:
                self._thread.submit(self._stack.close).result()
            finally:
                self._thread.shutdown(wait=True)


def _stream(
    connect, shards: Iterable[Shard], settings: Settings, root: Path, task
) -> Iterator[dict]:
    """Submit shards with a bounded number in flight; yield results in corpus order.

    The cluster is connected to (or started) only when a first shard needs
    annotating: a rerun over a complete cache starts no process.
    """
    from distributed import as_completed

    client = running = None
    index: dict[str, str] = {}
    positions: dict[Any, tuple[int, str]] = {}
    finished: dict[int, dict] = {}
    next_out = 0

    def collect(future) -> None:
        position, name = positions.pop(future)
        try:
            finished[position] = future.result()
        except Exception as error:
            raise RuntimeError(f"shard {name} failed on every try: {error!r}") from error
        finally:
            future.release()

    def ready() -> Iterator[dict]:
        nonlocal next_out
        while next_out in finished:
            yield finished.pop(next_out)
            next_out += 1

    for position, shard in enumerate(shards):
        if (root / "shards" / shard.key / annotate._DONE).exists():
            finished[position] = _skipped(shard)
        else:
            if client is None:
                client = connect()
                running = as_completed()  # after connecting: it finds the client's loop
                index = annotate._index_cached_documents(root)
            reuse = {k: index[k] for k in shard.doc_keys if k in index}
            future = client.submit(
                task,
                shard,
                settings,
                root=str(root),
                reuse=reuse,
                key=f"annotate-shard-{shard.key[:16]}-{uuid.uuid4().hex[:8]}",
                pure=False,
                retries=RETRIES,
            )
            positions[future] = (position, shard.name)
            running.add(future)
            if len(positions) >= _window(client):
                collect(next(running))
        yield from ready()
    for future in running if running is not None else ():
        collect(future)
        yield from ready()


def _skipped(shard: Shard) -> dict:
    return {"key": shard.key, "annotated": 0, "reused": len(shard.records), "tokens": 0}


def _window(client) -> int:
    return TASKS_PER_THREAD * max(sum(client.nthreads().values()), 1)


def check_workers(client: Client, settings: Settings, *, expected: dict | None = None) -> None:
    """Check that every worker annotates as the cache folder says, before any shard is sent.

    Args:
        client: A connected ``distributed.Client``.
        settings: The model and batch size.
        expected: The fingerprint that names the cache folder (its
            ``manifest.json``); default the client's own.

    Raises:
        RuntimeError: If a worker's package version, code, data files or
            model differ from the client's (its rows would be cached under a
            fingerprint that does not describe them).
    """
    expected = expected or settings.fingerprint()
    for address, found in client.run(_worker_fingerprint, settings).items():
        differs = {k: (found.get(k), v) for k, v in expected.items() if found.get(k) != v}
        if differs:
            detail = "; ".join(f"{k}: worker {w!r}, cache {c!r}" for k, (w, c) in differs.items())
            raise RuntimeError(f"worker {address} would annotate differently ({detail})")
    threaded = sorted(a for a, n in client.nthreads().items() if n > 1)
    if threaded:
        warnings.warn(
            f"workers {', '.join(threaded)} run several threads, which then share one spaCy "
            "pipeline; start workers with `--nthreads 1`",
            RuntimeWarning,
            stacklevel=2,
        )


def _manifest(root: Path) -> dict | None:
    """The fingerprint :func:`corpus_utils.annotate.annotate_corpus` wrote for this folder."""
    path = root / "manifest.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _worker_fingerprint(settings: Settings) -> dict[str, str]:
    return process_fingerprint(settings.model)


@functools.lru_cache(maxsize=4)
def process_fingerprint(model: str | None = None) -> dict[str, str]:
    """The fingerprint of the code this process imported, taken once per process.

    The annotating modules are imported first and the files hashed right
    after, so a long-running worker whose files were updated on disk since
    it started still reports the code it runs.

    Args:
        model: The model name (see :func:`corpus_utils.nlp.resolve_model`).
    """
    for module in annotate.ANNOTATING_MODULES:
        importlib.import_module(f"corpus_utils.{module}")
    return Settings(model=model).fingerprint()


class ParentWatchPlugin(WorkerPlugin):
    """Exit a local cluster's worker process when the process that started the cluster dies.

    The local cluster's nannies run in the starting process, so a worker's
    parent is that process; :func:`corpus_utils.annotate.watch_parent` exits
    the worker as soon as it is orphaned. A worker with another parent (on
    another machine) is not watched.
    """

    def __init__(self, parent_pid: int):
        self.parent_pid = parent_pid

    def setup(self, worker) -> None:
        """Start the watchdog thread in the worker process."""
        annotate.watch_parent(self.parent_pid)


class PipelinePlugin(WorkerPlugin):
    """Load the spaCy pipeline once when a worker starts (also a restarted one)."""

    def __init__(self, model: str | None = None):
        self.model = model

    async def setup(self, worker) -> None:
        """Load the pipeline into the process's cache (one numerical thread for what loads later)."""
        from corpus_utils.nlp import load_pipeline

        for name, value in ONE_THREAD_ENV.items():
            os.environ.setdefault(name, value)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, process_fingerprint, self.model)
        await loop.run_in_executor(None, load_pipeline, self.model)


def read_table(
    annotation: Annotation,
    name: str,
    *,
    columns: Sequence[str] | None = None,
    max_pandas_bytes: int = MAX_PANDAS_BYTES,
) -> pd.DataFrame | dd.DataFrame:
    """Read one table of an annotation: pandas when small, ``dask.dataframe`` when large.

    Every Parquet part is read to one schema (the union of the parts'
    columns, their types unified), so both kinds of frame hold the same
    columns with the same types, in corpus order.

    Args:
        annotation: The annotated corpus.
        name: A table name (see :data:`corpus_utils.annotate.TABLES`).
        columns: Only these columns (reading fewer is what keeps large tables cheap).
        max_pandas_bytes: Parquet bytes on disk up to which a pandas frame
            is returned.

    Returns:
        A ``pandas.DataFrame`` or a lazy ``dask.dataframe.DataFrame``.
    """
    if name == "problems":
        frame = annotation.report.to_frame()
        return frame[list(columns)] if columns else frame
    if name not in annotate.TABLES:
        raise KeyError(f"no table {name!r}; the tables are {', '.join(annotate.TABLES)}")
    parts = [str(p) for p in annotation.parts(name)]
    schema = _table_schema(parts, columns)
    meta = schema.empty_table().to_pandas()
    if sum(os.path.getsize(p) for p in parts) <= max_pandas_bytes:
        frames = [_read_part(p, schema) for p in parts]
        frames = [f for f in frames if len(f)]
        return pd.concat(frames, ignore_index=True) if frames else meta
    import dask
    import dask.dataframe as dd

    with dask.config.set({"dataframe.convert-string": False}):  # keep pandas' own str dtype
        return dd.from_map(_read_part, parts, schema=schema, meta=meta, label=f"read-{name}")


def _table_schema(parts: list[str], columns: Sequence[str] | None) -> pa.Schema:
    """One schema for all parts: their columns in first-seen order, types unified."""
    schemas = [pq.read_schema(p).remove_metadata() for p in parts]
    schemas = [pa.schema([f for f in s if f.name != "doc_key"]) for s in schemas]
    schema = pa.unify_schemas(schemas, promote_options="permissive") if schemas else pa.schema([])
    if columns is None:
        return schema
    missing = [c for c in columns if c not in schema.names]
    if missing:
        raise KeyError(f"no column {', '.join(missing)}; the columns are {', '.join(schema.names)}")
    return pa.schema([schema.field(c) for c in columns])


def _read_part(path: str, schema: pa.Schema) -> pd.DataFrame:
    present = set(pq.read_schema(path).names)
    table = pq.read_table(path, columns=[c for c in schema.names if c in present])
    arrays = [
        table[f.name].cast(f.type) if f.name in present else pa.nulls(len(table), f.type)
        for f in schema
    ]
    return pa.Table.from_arrays(arrays, schema=schema).to_pandas()


def count_by(
    data: Annotation | pd.DataFrame | dd.DataFrame,
    keys: str | Sequence[str],
    *,
    table: str | None = None,
    weight: str | None = None,
    dropna: bool = True,
    max_pandas_bytes: int = MAX_PANDAS_BYTES,
) -> pd.DataFrame:
    """Count rows per combination of ``keys`` (and sum a weight), through pandas or Dask.

    With an annotation, only the needed columns are read (see
    :func:`read_table`); a key the table lacks but the documents table has
    (``outlet``, ``date``...) is joined from it on ``doc_id``.

    Args:
        data: An :class:`~corpus_utils.annotate.Annotation` (then ``table``
            names the table), or a pandas or Dask frame.
        keys: The grouping column or columns.
        table: The table to count in, with an annotation.
        weight: A numeric column to sum per group (the lemmas' ``count``).
        dropna: Leave out rows whose key is missing.
        max_pandas_bytes: See :func:`read_table`.

    Returns:
        One row per group: the keys, ``n`` (rows) and the summed weight,
        sorted by the weight (or ``n``) descending, then by the keys.

    Examples:
        Mentions per outlet and actor, and lemma frequencies per outlet::

            count_by(annotation, ["outlet", "actor_id"], table="mentions")
            count_by(annotation, ["outlet", "lemma"], table="lemmas", weight="count")
    """
    keys = [keys] if isinstance(keys, str) else list(keys)
    if isinstance(data, Annotation):
        if table is None:
            raise TypeError("count_by on an annotation needs table=")
        frame = _frame_with_keys(data, table, keys, weight, max_pandas_bytes)
    else:
        frame = data[[*keys, *([weight] if weight else [])]]
    values = ["n", *([weight] if weight else [])]
    grouped = frame.assign(n=1).groupby(keys, dropna=dropna)[values].sum()
    if not isinstance(grouped, pd.DataFrame):
        grouped = grouped.compute()
    counts = grouped.reset_index()
    for key in keys:  # a Dask frame built elsewhere may hold strings with pd.NA for missing
        dtype = counts[key].dtype
        if isinstance(dtype, pd.StringDtype) and dtype.na_value is pd.NA:
            counts[key] = counts[key].astype("str")
    counts["n"] = counts["n"].astype("int64")
    order = weight or "n"
    counts = counts.sort_values(
        [order, *keys], ascending=[False, *[True] * len(keys)], kind="stable", na_position="last"
    )
    return counts.reset_index(drop=True)[[*keys, *values]]


def _frame_with_keys(annotation, table, keys, weight, max_pandas_bytes):
    """The columns a count needs, with document-level keys joined on ``doc_id``."""
    available = _table_schema([str(p) for p in annotation.parts(table)], None).names
    own = [k for k in keys if k in available]
    joined = [k for k in keys if k not in available]
    needed = [*own, *([weight] if weight else []), *(["doc_id"] if joined else [])]
    frame = read_table(annotation, table, columns=needed, max_pandas_bytes=max_pandas_bytes)
    if not joined:
        return frame
    documents = read_table(
        annotation, "documents", columns=["doc_id", *joined], max_pandas_bytes=max_pandas_bytes
    )
    if isinstance(frame, pd.DataFrame) and not isinstance(documents, pd.DataFrame):
        documents = documents.compute()
    return frame.merge(documents, on="doc_id", how="left")
