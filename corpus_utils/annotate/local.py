"""The local engine: shards run in a pool of worker processes on this machine."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from corpus_utils.annotate.shards import (
    _DONE,
    MIN_SHARD_SIZE,
    ONE_THREAD_ENV,
    Settings,
    Shard,
    _index_cached_documents,
    run_shard,
    watch_parent,
)


def _run_local(
    shards: Iterator[Shard],
    settings: Settings,
    root: Path,
    n_process: int | None,
    pool=None,
) -> Iterator[dict]:
    """Run shards in this process (one worker) or in a process pool, in corpus order.

    ``pool``: a pool already started (:func:`started_pool`), used and left open.
    """
    index: dict[str, str] | None = None
    n_process = n_process or os.cpu_count() or 1

    def prepared() -> Iterator[tuple[Shard, dict]]:
        nonlocal index
        for shard in shards:
            if (root / "shards" / shard.key / _DONE).exists():
                yield shard, {}
                continue
            if index is None:
                index = _index_cached_documents(root)
            yield shard, {k: index[k] for k in shard.doc_keys if k in index}

    if n_process <= 1:
        for shard, reuse in prepared():
            yield run_shard(shard, settings, root=str(root), reuse=reuse)
        return
    yield from _run_pool(prepared(), settings, root, n_process, pool)


def process_pool(n_process: int, *, preload: bool = False, model: str | None = None):
    """The local engine's pool: spawned workers that exit when this process dies.

    With ``preload``, each worker loads the pipeline ``model`` as it starts.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        max_workers=n_process,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=start_worker,
        initargs=(os.getpid(), preload, model),
    )


def start_worker(parent_pid: int, preload: bool = False, model: str | None = None) -> None:
    """A pool worker's start: watch the parent (:func:`watch_parent`), load the pipeline."""
    watch_parent(parent_pid)
    if preload:
        from corpus_utils.extract.pipeline import load_pipeline

        load_pipeline(model)


def started_pool(n_process: int, model: str | None, *, start: int | None = None):
    """A pool of ``n_process`` workers of which ``start`` (default all) start now.

    Started before the corpus is read, the workers import spaCy and load the
    model while this process reads, counts the boilerplate and keys the
    first shards, instead of after. The others start (and load) when there
    is a shard for them. Each worker has one BLAS thread.
    """
    with _one_blas_thread():
        pool = process_pool(n_process, preload=True, model=model)
        for _ in range(min(start or n_process, n_process)):
            pool.submit(int)  # a spawn pool starts a worker for a task no idle worker takes
    return pool


def _any_complete_shard(folder: Path) -> bool:
    """Whether a cache's shard folder holds a complete shard (a warm or partial cache)."""
    return folder.is_dir() and any((d / _DONE).exists() for d in folder.iterdir())


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
    prepared, settings: Settings, root: Path, n_process: int, started=None
) -> Iterator[dict]:
    pending: list = []
    with _one_blas_thread():
        pool = started or process_pool(n_process)
        try:
            yield from _submit_in_order(prepared, pending, pool, settings, root, n_process)
        except BaseException:
            if started is None:
                pool.shutdown(wait=True)
            raise
        if started is None:  # every result is in: the workers exit without being waited for
            pool.shutdown(wait=False)


def _submit_in_order(
    prepared, pending: list, pool, settings: Settings, root: Path, n_process: int
) -> Iterator[dict]:
    """Submit each shard not yet cached; yield results in corpus order, a few in flight."""
    for shard, reuse in prepared:
        if (root / "shards" / shard.key / _DONE).exists():
            pending.append(
                {"key": shard.key, "annotated": 0, "reused": len(shard.records), "tokens": 0}
            )
            continue
        pending.append(pool.submit(run_shard, shard, settings, root=str(root), reuse=reuse))
        while len([p for p in pending if not isinstance(p, dict)]) > 2 * n_process:
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
