"""``annotate_corpus``: the entry to the annotation, from a source to an :class:`Annotation`.

It reads the source once into shards, serves the shards the cache holds and runs the others
on one engine: the local process pool (:mod:`.local`) or Dask (:mod:`.cluster`).
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from corpus_utils.annotate import local
from corpus_utils.annotate.shards import (
    Settings,
    Shard,
    _atomic_write_text,
    _fingerprint_dir,
    _Spool,
    is_complete,
    iter_shards,
    key_shard,
    shard_folder,
    shard_problem,
)
from corpus_utils.annotate.tables import Annotation
from corpus_utils.config import ALL_CORES, CACHE_DIR, worker_count
from corpus_utils.corpus.load import MAX_DOC_CHARS, ColumnMap, LoadReport, split_origin


def annotate_corpus(
    source=None,
    *,
    model: str | None = None,
    cache_dir: str | Path | None = None,
    workers: int = ALL_CORES,
    shard_size: int | None = None,
    batch_size: int = 32,
    columns: ColumnMap | None = None,
    outlet: str | None = None,
    encoding: str = "utf-8",
    progress: bool | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    boilerplate_min_docs: int = 5,
    max_chars: int = MAX_DOC_CHARS,
) -> Annotation:
    """Annotate a corpus once (cached) and return its tables.

    Args:
        source: A corpus source (see :func:`corpus_utils.corpus.load.iter_documents`);
            default the seed corpus.
        model: The spaCy model name; default ``en_core_web_sm``.
        cache_dir: The cache folder; default :data:`corpus_utils.config.CACHE_DIR`.
        workers: Worker processes (default: the machine's cores, no more
            than there are shards to annotate).
        shard_size: Documents per shard (default: chosen from the number of
            documents and ``workers``, see
            :func:`corpus_utils.annotate.shards.shard_size_for`).
        batch_size: Documents per ``nlp.pipe`` batch.
        columns: Column names for table files.
        outlet: The outlet of documents whose metadata names none.
        encoding: How ``.txt`` files are decoded.
        progress: Show a tqdm progress bar (default: when stderr is a terminal).
        engine: ``local`` (a process pool) or ``dask``.
        scheduler: With ``engine="dask"``, a running scheduler's address;
            without it a local cluster of ``workers`` workers is started.
        boilerplate_min_docs: Repetition threshold of the boilerplate detector.
        max_chars: Documents longer than this are reported, not analysed.

    Returns:
        The :class:`Annotation`, whose tables are read on demand. Its
        ``stats`` also hold ``seconds``, ``serial_seconds`` (wall time during
        which no shard was being annotated, from the workers' own reports of
        when they worked: meaningful where they share this machine's clock),
        ``worker_seconds`` and ``phases`` (this process's seconds reading,
        counting boilerplate, keying shards, waiting...).
    """
    started = time.perf_counter()
    cache_dir = cache_dir or CACHE_DIR
    if "://" in str(cache_dir):
        from corpus_utils.annotate.cluster import storage_path

        cache_dir = storage_path(cache_dir)
    settings = Settings(model=model, cache_dir=str(cache_dir), batch_size=batch_size)
    root, details = _fingerprint_dir(settings)
    (root / "shards").mkdir(parents=True, exist_ok=True)
    manifest = root / "manifest.json"
    if manifest.exists() and json.loads(manifest.read_text()) != details:
        shutil.rmtree(root / "shards", ignore_errors=True)  # never misread another version's cache
        (root / "shards").mkdir(parents=True)
    _atomic_write_text(manifest, json.dumps(details, indent=2, sort_keys=True) + "\n")
    _remove_stale_temporary_shards(root / "shards")
    _remove_stale_temporary_shards(root, pattern=f"{_Spool.PREFIX}*")
    clock = time.perf_counter
    phases = {"fingerprint and cache setup": clock() - started}
    pool = connection = None
    cold = not local._any_complete_shard(root / "shards")
    count = worker_count(workers)
    if engine == "local" and count > 1 and cold:
        # A cold cache: start the workers now, so they load the pipeline while this process reads.
        ready = min(count, local._expected_shards(source))
        if ready > 1:
            before = clock()
            pool = local.started_pool(count, settings.model, start=ready)
            phases["starting workers"] = clock() - before
    elif engine == "dask" and cold:
        from corpus_utils.annotate import cluster

        connection = cluster.Connection(settings, root, workers=workers, scheduler=scheduler)
    try:
        reading: dict[str, float] = {}
        shards, report, n_docs = iter_shards(
            source,
            columns=columns,
            outlet=outlet,
            encoding=encoding,
            shard_size=shard_size,
            boilerplate_min_docs=boilerplate_min_docs,
            max_chars=max_chars,
            spool_dir=root,
            timings=reading,
            workers=workers,
        )
        phases.update({k: reading[k] for k in ("read", "boilerplate", "spool")})
        fingerprint_key = root.name
        phases["shard setup"] = 0.0

        def timed(shards: Iterator[Shard]) -> Iterator[Shard]:
            # Reading shards back, keying and checking them happen here, between results.
            while True:
                before = clock()
                shard = next(shards, None)
                phases["shard setup"] += clock() - before
                if shard is None:
                    return
                yield shard

        keyed = timed(_verified((key_shard(s, fingerprint_key) for s in shards), root, report))
        bar = _progress_bar(n_docs, progress)
        stats = {"documents": n_docs, "annotated": 0, "reused": 0, "tokens": 0}
        if engine == "dask":
            from corpus_utils.annotate import cluster

            results = cluster.run_shards(
                keyed,
                settings,
                workers,
                root=str(root),
                scheduler=scheduler,
                connection=connection,
            )
        elif engine == "local":
            results = local.run_shards(keyed, settings, workers, root=root, pool=pool)
        else:
            raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
        shard_dirs = []
        intervals = []
        waiting = clock()
        last = None
        for result in results:
            if last is None:
                phases["waiting for the first result"] = clock() - waiting - phases["shard setup"]
            last = clock()
            if "work_start" in result:
                intervals.append((result["work_start"], result["work_end"]))
                stats["load_seconds"] = stats.get("load_seconds", 0.0) + result["load_seconds"]
            shard_dirs.append(shard_folder(root, result["key"]))
            for key in ("annotated", "reused", "tokens"):
                stats[key] += result[key]
            if bar is not None:
                bar.update(result["annotated"] + result["reused"])
                elapsed = max(time.perf_counter() - started, 1e-9)
                bar.set_postfix(tokens_per_s=f"{stats['tokens'] / elapsed:,.0f}", refresh=False)
        if bar is not None:
            bar.close()
        ended = clock()
        phases["after the last result"] = ended - (last if last is not None else waiting)
        stats["seconds"] = ended - started
        stats["serial_seconds"] = stats["seconds"] - _covered_seconds(intervals, started, ended)
        stats["worker_seconds"] = sum(end - start for start, end in intervals)
        stats["phases"] = phases
        annotation = Annotation(
            shard_dirs=shard_dirs, report=report, fingerprint=details, stats=stats
        )
        _report_extraction_errors(annotation)
        return annotation
    finally:
        if pool is not None:  # every result is in (or an error): do not wait for the workers
            pool.shutdown(wait=False, cancel_futures=True)
        if connection is not None:
            connection.close()


def _report_extraction_errors(annotation: Annotation) -> None:
    """List in ``problems`` each document an extractor failed on (its ``extract_error``).

    Read from the tables, not from the run, so a rerun served from the cache reports them too.
    """
    documents = annotation.table("documents", columns=["doc_id", "origin", "extract_error"])
    for row in documents[documents["extract_error"].notna()].itertuples(index=False):
        source, location = split_origin(row.origin)
        annotation.report.warn(
            source,
            "extraction_error",
            f"{row.origin}: {row.extract_error}; the document is analysed without them",
            doc_id=row.doc_id,
            location=location,
        )


def _covered_seconds(intervals: list[tuple[float, float]], low: float, high: float) -> float:
    """Seconds of ``[low, high]`` during which at least one of the intervals was running."""
    covered, reach = 0.0, low
    for start, end in sorted(intervals):
        start, end = max(start, reach), min(end, high)
        if end > start:
            covered += end - start
            reach = end
    return covered


def _verified(shards: Iterator[Shard], root: Path, report: LoadReport) -> Iterator[Shard]:
    """Check each cached shard against its checksums; a damaged one is removed and rebuilt."""
    for shard in shards:
        folder = shard_folder(root, shard.key)
        if is_complete(folder):
            problem = shard_problem(folder)
            if problem is not None:
                report.warn(
                    folder,
                    "cache_damaged",
                    f"{problem}; the cached shard ({shard.name}) is not used and is annotated again",
                )
                shutil.rmtree(folder, ignore_errors=True)
        yield shard


def _remove_stale_temporary_shards(
    folder: Path, *, older_than: float = 3600.0, pattern: str = ".tmp-*"
) -> None:
    """Remove half-written shard folders a killed run left (never read; an hour old at least)."""
    now = time.time()
    for tmp in folder.glob(pattern):
        if now - tmp.stat().st_mtime > older_than:
            shutil.rmtree(tmp, ignore_errors=True)


def _progress_bar(total: int, progress: bool | None):
    import sys

    if progress is None:
        progress = sys.stderr.isatty()
    if not progress:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="doc", desc="annotating", smoothing=0.1)
