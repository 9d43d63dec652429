"""The local engine: shards run in a pool of worker processes on this machine."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from corpus_utils.annotate.shards import (
    _DONE,
    ONE_THREAD_ENV,
    Settings,
    Shard,
    _index_cached_documents,
    run_shard,
    watch_parent,
)


def _run_local(
    shards: Iterator[Shard], settings: Settings, root: Path, n_process: int | None
) -> Iterator[dict]:
    """Run shards in this process (one worker) or in a process pool, in corpus order."""
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
    yield from _run_pool(prepared(), settings, root, n_process)


def process_pool(n_process: int):
    """The local engine's pool: spawned workers that exit when this process dies."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        max_workers=n_process,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=watch_parent,
        initargs=(os.getpid(),),
    )


def _run_pool(prepared, settings: Settings, root: Path, n_process: int) -> Iterator[dict]:
    pending: list = []
    with _one_blas_thread(), process_pool(n_process) as pool:
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
