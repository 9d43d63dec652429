"""The local engine: shards run in a pool of worker processes on this machine."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

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


def run_shards(
    shards: Iterable[Shard], settings: Settings, workers: int = ALL_CORES, *, root: str | Path
) -> Iterator[dict]:
    """Annotate shards in this process (one worker) or a process pool; yield summaries in order.

    The same interface as :func:`corpus_utils.annotate.cluster.run_shards`.
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
    yield from _run_pool(prepared(), settings, root, workers)


def process_pool(workers: int):
    """The local engine's pool: spawned workers that exit when this process dies."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=watch_parent,
        initargs=(os.getpid(),),
    )


def _run_pool(prepared, settings: Settings, root: Path, workers: int) -> Iterator[dict]:
    pending: list = []
    with _one_blas_thread(), process_pool(workers) as pool:
        for shard, reuse in prepared:
            if reuse is None:
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
