"""The local engine: shards run in a pool of worker processes on this machine."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from corpus_utils.annotate.shards import (
    MIN_SHARD_SIZE,
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


def run_shards(
    shards: Iterable[Shard],
    settings: Settings,
    workers: int = ALL_CORES,
    *,
    root: str | Path,
    pool=None,
) -> Iterator[dict]:
    """Annotate shards in this process (one worker) or a process pool; yield summaries in order.

    The same interface as :func:`corpus_utils.annotate.cluster.run_shards`,
    whose ``connection`` is this engine's ``pool``: a pool already started
    (:func:`started_pool`, before the corpus was read), used and left open
    for its owner to shut down.
    """
    root = Path(root)
    workers = worker_count(workers)
    index: dict[str, str] | None = None

    def prepared() -> Iterator[tuple[Shard, dict | None]]:
        nonlocal index
        for shard in shards:
            if is_complete(shard_folder(root, shard.key)):
                yield shard, None  # served whole from the cache
                continue
            if index is None:
                index = _index_cached_documents(root)
            yield shard, {k: index[k] for k in shard.doc_keys if k in index}

    if workers <= 1:
        for shard, reuse in prepared():
            yield (
                skipped(shard)
                if reuse is None
                else run_shard(shard, settings, root=str(root), reuse=reuse)
            )
        return
    yield from _run_pool(prepared(), settings, root, workers, pool)


def process_pool(workers: int, *, preload: bool = False, model: str | None = None):
    """The local engine's pool: spawned workers that exit when this process dies.

    With ``preload``, each worker loads the pipeline ``model`` as it starts.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=start_worker,
        initargs=(os.getpid(), preload, model),
    )


def start_worker(parent_pid: int, preload: bool = False, model: str | None = None) -> None:
    """A pool worker's start: watch the parent (:func:`watch_parent`), load the pipeline.

    A spawned worker is the child of the process that made the pool; if that
    process is no longer its parent when the worker starts, it was killed while
    the worker was starting, and the worker exits at once instead of waiting on
    a queue no one will write to.
    """
    if not watch_parent(parent_pid):
        os._exit(70)
    if preload:
        from corpus_utils.extract.pipeline import load_pipeline

        load_pipeline(model)


def started_pool(workers: int, model: str | None, *, start: int | None = None):
    """A pool of ``workers`` worker processes of which ``start`` (default all) start now.

    Started before the corpus is read, the workers import spaCy and load the
    model while this process reads, counts the boilerplate and keys the
    first shards, instead of after. The others start (and load) when there
    is a shard for them. Each worker has one BLAS thread.
    """
    with _one_blas_thread():
        pool = process_pool(workers, preload=True, model=model)
        for _ in range(min(start or workers, workers)):
            pool.submit(int)  # a spawn pool starts a worker for a task no idle worker takes
    return pool


def _any_complete_shard(folder: Path) -> bool:
    """Whether a cache's shard folder holds a complete shard (a warm or partial cache)."""
    return folder.is_dir() and any(is_complete(d) for d in folder.iterdir())


#: Fewest source bytes per document, to bound a corpus's documents before it is read.
MIN_BYTES_PER_DOC = 1000


def _expected_shards(source) -> int:
    """At most about how many shards a source makes, from its files' sizes (before reading it).

    A source that cannot be scanned counts as one shard (reading it reports why).
    """
    from corpus_utils.corpus.load import scan_source

    try:
        size = sum(Path(f).stat().st_size for f in scan_source(source).files)
    except Exception:  # CorpusError, OSError...: the read that follows reports it
        return 1
    return -(-size // (MIN_BYTES_PER_DOC * MIN_SHARD_SIZE))


def _run_pool(
    prepared, settings: Settings, root: Path, workers: int, started=None
) -> Iterator[dict]:
    pending: list = []
    with _one_blas_thread():
        pool = started or process_pool(workers)
        try:
            yield from _submit_in_order(prepared, pending, pool, settings, root, workers)
        except BaseException:
            if started is None:
                pool.shutdown(wait=True)
            raise
        if started is None:  # every result is in: the workers exit without being waited for
            pool.shutdown(wait=False)


def _submit_in_order(
    prepared, pending: list, pool, settings: Settings, root: Path, workers: int
) -> Iterator[dict]:
    """Submit each shard not yet cached; yield results in corpus order, a few in flight."""
    for shard, reuse in prepared:
        if reuse is None:  # served whole from the cache
            pending.append(skipped(shard))
            continue
        pending.append(pool.submit(run_shard, shard, settings, root=str(root), reuse=reuse))
        while len([p for p in pending if not isinstance(p, dict)]) > 2 * workers:
            yield from _drain(pending, block_first=True)
    while pending:
        yield from _drain(pending, block_first=True)


def _drain(pending: list, *, block_first: bool) -> Iterator[dict]:
    """Yield finished results from the front of ``pending``, keeping corpus order."""
    while pending:
        head = pending[0]
        if isinstance(head, dict):
            yield pending.pop(0)
            continue
        if not block_first and not head.done():
            return
        pending.pop(0)
        yield head.result()
        block_first = False


class _one_blas_thread:
    """Worker processes use one BLAS/OpenMP thread each (they inherit the environment)."""

    names = tuple(ONE_THREAD_ENV)

    def __enter__(self):
        self.saved = {n: os.environ.get(n) for n in self.names}
        for name in self.names:
            os.environ[name] = "1"

    def __exit__(self, *exc):
        for name, value in self.saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
