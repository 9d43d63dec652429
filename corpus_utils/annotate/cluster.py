"""The Dask engine: annotate shards on a cluster, and read tables too large for pandas.

The annotation runs the same shard function as the local engine
(:func:`corpus_utils.annotate.shards.run_shard`) as Dask tasks, so both engines give
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
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from distributed import WorkerPlugin

from corpus_utils.annotate.cache import PACKAGE_DIR, annotating_code
from corpus_utils.annotate.shards import (
    ONE_THREAD_ENV,
    Settings,
    Shard,
    _index_cached_documents,
    is_complete,
    run_shard,
    shard_folder,
    skipped,
    watch_parent,
)
from corpus_utils.config import ALL_CORES, worker_count

if TYPE_CHECKING:
    from distributed import Client

#: Tasks in flight per worker thread (more keeps workers busy, fewer keeps memory down).
TASKS_PER_THREAD = 2
#: Tries of a shard whose task raised an error, after the first.
RETRIES = 2
#: Seconds to wait for a first worker to join an existing scheduler.
WORKER_TIMEOUT = 60
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


def local_client(stack, workers: int = ALL_CORES) -> Client:
    """Start a local cluster (closed with ``stack``) whose workers die with this process."""
    from distributed import Client, LocalCluster

    cluster = stack.enter_context(
        LocalCluster(
            n_workers=worker_count(workers),
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
    workers: int = ALL_CORES,
    *,
    root: str | os.PathLike,
    scheduler: str | None = None,
    task=None,
    connection: Connection | None = None,
) -> Iterator[dict]:
    """Annotate shards on a Dask cluster; yield their summaries in corpus order.

    Args:
        shards: Shards keyed by :func:`corpus_utils.annotate.shards.key_shard`.
        settings: The model and batch size.
        root: The fingerprint folder of the cache (a path or ``file://`` URL
            that every worker reaches).
        workers: Worker processes of the local cluster (default: the
            machine's cores); ignored with ``scheduler``.
        scheduler: A running scheduler's address (``tcp://host:8786``);
            without it a local cluster is started on loopback and closed at
            the end, also on an error.
        task: The shard function (default :func:`corpus_utils.annotate.shards.run_shard`).
        connection: A cluster already being connected to (:class:`Connection`,
            started before the corpus was read); its owner closes it.

    Yields:
        What :func:`corpus_utils.annotate.shards.run_shard` returns, one per shard.

    Raises:
        RuntimeError: If a worker's code, data or model differ from the
            client's, or a shard failed on every try.
    """
    from contextlib import ExitStack

    folder = storage_path(root)
    if connection is not None:
        yield from _stream(connection.client, shards, settings, folder, task or run_shard)
        return
    with ExitStack() as stack:

        def connect() -> Client:
            return _connect(stack, settings, folder, workers, scheduler)

        yield from _stream(connect, shards, settings, folder, task or run_shard)


def _connect(stack, settings: Settings, folder: Path, workers: int, scheduler: str | None):
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
        workers: int = ALL_CORES,
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
        if is_complete(shard_folder(root, shard.key)):
            finished[position] = skipped(shard)
        else:
            if client is None:
                client = connect()
                running = as_completed()  # after connecting: it finds the client's loop
                index = _index_cached_documents(root)
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
        model: The model name (see :func:`corpus_utils.extract.nlp.resolve_model`).
    """
    for path in annotating_code():
        module = ".".join(path.relative_to(PACKAGE_DIR).with_suffix("").parts)
        importlib.import_module(f"corpus_utils.{module.removesuffix('.__init__')}")
    return Settings(model=model).fingerprint()


class ParentWatchPlugin(WorkerPlugin):
    """Exit a local cluster's worker process when the process that started the cluster dies.

    The local cluster's nannies run in the starting process, so a worker's
    parent is that process; :func:`corpus_utils.annotate.shards.watch_parent` exits
    the worker as soon as it is orphaned. A worker with another parent (on
    another machine) is not watched.
    """

    def __init__(self, parent_pid: int):
        self.parent_pid = parent_pid

    def setup(self, worker) -> None:
        """Start the watchdog thread in the worker process."""
        watch_parent(self.parent_pid)


class PipelinePlugin(WorkerPlugin):
    """Load the spaCy pipeline once when a worker starts (also a restarted one)."""

    def __init__(self, model: str | None = None):
        self.model = model

    async def setup(self, worker) -> None:
        """Load the pipeline into the process's cache (one numerical thread for what loads later)."""
        from corpus_utils.extract.pipeline import load_pipeline

        for name, value in ONE_THREAD_ENV.items():
            os.environ.setdefault(name, value)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, process_fingerprint, self.model)
        await loop.run_in_executor(None, load_pipeline, self.model)
