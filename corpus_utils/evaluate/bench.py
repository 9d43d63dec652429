"""Benchmark the annotation stage on a slice of a real corpus: ``make bench``.

Prints a table and ends with one summary line::

    bench: ours/plain ratio R1 (1 process), R2 (N processes); warm speedup W; memory growth M;
    ours/plain at equal processes R (N processes); serial S s per 1,000 documents;
    Amdahl limit A16x at 16 cores, A64x at 64

Every ratio compares two measurements made in the same run on the same
texts: our annotation stage (all tables, cached) against plain
``spacy.load(model)`` + ``nlp.pipe(texts, n_process=N, batch_size=B)`` with
every default component (R1 and R2 against plain in one process, R at the
same process count). Plain spaCy and our workers each use one BLAS thread.

The serial seconds are those of a cold run in one process during which no
shard was being annotated (reading, the boilerplate pass, fingerprinting,
shard setup, loading the pipeline, waiting, writing): wall time less the
time covered by the workers' own reports of when they worked. Amdahl's law
then bounds the speed-up on N cores at ``1 / (s + (1 - s) / N)`` with ``s``
that share of the one-process run. Benchmarks print; they assert nothing
about time.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus_utils.config import ALL_CORES, NOTEBOOKS, SHARED_CORPUS, worker_count
from corpus_utils.corpus.load import LoadReport, iter_documents

SLICE_KEEP = ("id", "outlet", "date", "title", "url", "text")


def write_slice(corpus: Path, out: Path, *, n_docs: int | None, repeat: int = 1) -> int:
    """Write a stated slice of a corpus as one JSONL file.

    The slice takes every k-th document in file order so that each outlet is
    represented; ``repeat`` copies it under new ids (the 4× memory run).

    Returns:
        The number of documents written.
    """
    records = list(iter_documents(corpus, report=LoadReport()))
    if n_docs and n_docs < len(records):
        step = len(records) / n_docs
        records = [records[int(i * step)] for i in range(n_docs)]
    written = 0
    with open(out, "w", encoding="utf-8") as handle:
        for copy in range(repeat):
            for record in records:
                row = {"id": f"{record['doc_id']}#{copy}", "text": record["raw_text"]}
                row.update({k: record.get(k) for k in ("outlet", "date", "title", "url")})
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                written += 1
    return written


def plain_spacy(
    path: Path, model: str | None, *, workers: int = 1, batch_sizes: tuple[int, ...] = (32,)
) -> dict:
    """Tokens per second of plain ``spacy.load`` + ``nlp.pipe`` (all default components).

    Each measurement runs in a fresh process with one BLAS thread (as our
    workers have), ``nlp.pipe(texts, n_process=workers, batch_size=b)``;
    with several batch sizes the fastest is kept, as a user tuning it would.
    The time is that of ``nlp.pipe`` (it starts its own worker processes);
    loading the model is reported apart.
    """
    from corpus_utils.annotate.shards import ONE_THREAD_ENV

    best = None
    for batch_size in batch_sizes:
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from corpus_utils.evaluate.bench import plain_child; plain_child(sys.argv[1:])",
                str(path),
                model or "",
                str(workers),
                str(batch_size),
            ],
            capture_output=True,
            text=True,
            env={**os.environ, **ONE_THREAD_ENV},
        )
        if result.returncode != 0:
            raise RuntimeError(f"plain spaCy on {path} failed:\n{result.stderr[-2000:]}")
        found = json.loads(result.stdout.strip().splitlines()[-1])
        if best is None or found["tokens_per_s"] > best["tokens_per_s"]:
            best = found
    return best


def plain_child(argv: list[str]) -> None:
    """The process :func:`plain_spacy` starts: time ``nlp.pipe`` and print one JSON line."""
    import spacy

    from corpus_utils.extract.nlp import resolve_model

    path, model, workers, batch_size = argv
    texts = [r["raw_text"] for r in iter_documents(Path(path), report=LoadReport())]
    started = time.perf_counter()
    nlp = spacy.load(resolve_model(model or None))
    loaded = time.perf_counter()
    docs = nlp.pipe(texts, n_process=int(workers), batch_size=int(batch_size))
    tokens = sum(sum(1 for t in doc if not t.is_space) for doc in docs)
    seconds = time.perf_counter() - loaded
    result = {
        "tokens": tokens,
        "seconds": seconds,
        "tokens_per_s": tokens / seconds,
        "load_seconds": loaded - started,
        "workers": int(workers),
        "batch_size": int(batch_size),
    }
    print(json.dumps(result))


def amdahl(serial_share: float, cores: int) -> float:
    """The speed-up Amdahl's law allows on ``cores`` when ``serial_share`` of the work is serial."""
    return 1.0 / (serial_share + (1.0 - serial_share) / cores)


def _int_list(text: str) -> tuple[int, ...]:
    try:
        values = tuple(int(v) for v in text.split(",") if v.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r}: give whole numbers separated by commas"
        ) from None
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give positive whole numbers")
    return values


def ours(
    path: Path, cache: Path, *, workers: int, model: str | None, engine: str = "local"
) -> dict:
    """Tokens per second of our annotation stage (cold unless the cache is warm)."""
    from corpus_utils.annotate import annotate_corpus

    started = time.perf_counter()
    annotation = annotate_corpus(
        path, model=model, cache_dir=cache, workers=workers, engine=engine, progress=False
    )
    seconds = time.perf_counter() - started
    tokens = int(annotation.table("documents", columns=["n_tokens"])["n_tokens"].sum())
    return {
        "tokens": tokens,
        "seconds": seconds,
        "tokens_per_s": tokens / seconds,
        **annotation.stats,
    }


def peak_memory(path: Path, cache: Path, model: str | None) -> float:
    """Peak resident memory (MiB) of a fresh process annotating ``path`` in one process."""
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork and exec, so a child started
    # by a process that once held 4 GiB would report 4 GiB whatever it used itself.
    code = (
        "from corpus_utils.annotate import annotate_corpus\n"
        f"annotate_corpus({str(path)!r}, model={model!r}, cache_dir={str(cache)!r}, workers=1, progress=False)\n"
        "print(next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM:')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return int(result.stdout.strip().splitlines()[-1]) / 1024


def notebook_times(path: Path) -> dict[str, float]:
    """Wall time of each notebook on the annotated slice (output under output/)."""
    from corpus_utils.publish.run import run_all

    times = {}
    for name in NOTEBOOKS:
        started = time.perf_counter()
        run_all(corpus=str(path), names=[name])
        times[name] = time.perf_counter() - started
    return times


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table and summary line."""
    parser = argparse.ArgumentParser(
        prog="python -m corpus_utils.evaluate.bench", description=__doc__
    )
    parser.add_argument("--corpus", default=str(SHARED_CORPUS), help="the corpus to slice")
    parser.add_argument("--docs", type=int, default=500, help="documents in the slice")
    parser.add_argument("--full", action="store_true", help="use the whole corpus")
    parser.add_argument("--model", default=None)
    parser.add_argument(
        "--workers",
        type=int,
        default=ALL_CORES,
        help="worker processes, 0 for all cores (the default)",
    )
    parser.add_argument(
        "--processes",
        type=_int_list,
        default=None,
        help="process counts to compare ours and plain spaCy at, e.g. 1,2,4,8,16 "
        "(default: 1 and --workers; 1 is always included)",
    )
    parser.add_argument(
        "--plain-batch-size",
        type=_int_list,
        default=(32,),
        help="nlp.pipe batch sizes to try for plain spaCy, the fastest kept (default: 32)",
    )
    parser.add_argument("--no-notebooks", action="store_true", help="skip timing the notebooks")
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-memory runs")
    parser.add_argument(
        "--dask",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also time the Dask engine",
    )
    parser.add_argument("--json", default=None, help="also write every measurement to this file")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"error: {corpus}: no such corpus (pass --corpus)", file=sys.stderr)
        return 2
    counts = sorted({1, *map(worker_count, args.processes or (args.workers,))})
    top = counts[-1]
    n_docs = None if args.full else args.docs
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        tmp = Path(tmp)
        one, four = tmp / "slice.jsonl", tmp / "slice4x.jsonl"
        n1 = write_slice(corpus, one, n_docs=n_docs)
        n4 = write_slice(corpus, four, n_docs=n_docs, repeat=4) if not args.no_memory else 0
        rows.append(
            ("slice", f"{n1} documents of {corpus.name} (every k-th in file order); 4x = {n4}")
        )
        plain, cold = {}, {}
        for n in counts:
            plain[n] = plain_spacy(one, args.model, workers=n, batch_sizes=args.plain_batch_size)
            rows.append(
                (
                    f"plain spaCy, {_processes(n)}",
                    f"{plain[n]['tokens_per_s']:,.0f} tokens/s ({plain[n]['seconds']:.1f} s, "
                    f"batch_size {plain[n]['batch_size']}; model load {plain[n]['load_seconds']:.1f} s)",
                )
            )
        for n in counts:
            cold[n] = ours(one, tmp / f"cache{n}", workers=n, model=args.model)
            run = cold[n]
            rows.append(
                (
                    f"ours, {_processes(n)} (cold)",
                    f"{run['tokens_per_s']:,.0f} tokens/s ({run['seconds']:.1f} s), "
                    f"{run['tokens_per_s'] / plain[n]['tokens_per_s']:.2f}x plain at {n}",
                )
            )
            rows.append(
                (
                    f"  serial, {_processes(n)}",
                    f"{run['serial_seconds']:.2f} s with no shard annotated "
                    f"({run['serial_seconds'] / n1 * 1000:.2f} s per 1,000 documents); "
                    f"workers busy {run['worker_seconds'] / (run['seconds'] * n):.0%} of "
                    f"{n} x {run['seconds']:.1f} s; pipeline loads {run.get('load_seconds', 0):.1f} s",
                )
            )
            rows.append((f"  parent, {_processes(n)}", _phases(run["phases"], n1)))
        multi, single = cold[top], cold[1]
        warm = ours(one, tmp / f"cache{top}", workers=top, model=args.model)
        rows.append(
            (
                "ours, warm rerun (cached)",
                f"{warm['seconds']:.2f} s, {warm['annotated']} documents annotated",
            )
        )
        if args.dask:
            dask = ours(one, tmp / "cacheD", workers=top, model=args.model, engine="dask")
            rows.append(
                (
                    f"ours, Dask engine, {top} local workers (cold)",
                    f"{dask['tokens_per_s']:,.0f} tokens/s ({dask['seconds']:.1f} s), "
                    f"{dask['tokens_per_s'] / multi['tokens_per_s']:.2f}x the local engine, "
                    f"{dask['tokens_per_s'] / plain[top]['tokens_per_s']:.2f}x plain at {top}",
                )
            )
        share = single["serial_seconds"] / single["seconds"]
        rows.append(
            (
                "Amdahl's law (1-process run)",
                f"serial share {share:.1%}: at most {amdahl(share, 16):.1f}x on 16 cores, "
                f"{amdahl(share, 64):.1f}x on 64, {1 / max(share, 1e-9):.0f}x on any number",
            )
        )
        growth = None
        if not args.no_memory:
            mem1 = peak_memory(one, tmp / "mem1", args.model)
            mem4 = peak_memory(four, tmp / "mem4", args.model)
            growth = mem4 / mem1
            rows.append(("peak memory, 1 process", f"{mem1:,.0f} MiB at 1x, {mem4:,.0f} MiB at 4x"))
        if not args.no_notebooks:
            os.environ.setdefault("CORPUS_UTILS_CACHE", str(tmp / f"cache{top}"))
            for name, seconds in notebook_times(one).items():
                rows.append((f"notebook {name}", f"{seconds:.1f} s"))
    r1 = single["tokens_per_s"] / plain[1]["tokens_per_s"]
    r2 = multi["tokens_per_s"] / plain[1]["tokens_per_s"]
    equal = multi["tokens_per_s"] / plain[top]["tokens_per_s"]
    speedup = multi["seconds"] / max(warm["seconds"], 1e-9)
    serial_per_1000 = single["serial_seconds"] / n1 * 1000
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    print(
        f"bench: ours/plain ratio {r1:.2f} (1 process), {r2:.2f} ({top} processes); "
        f"warm speedup {speedup:.0f}x; memory growth "
        + (f"{growth:.2f}x" if growth is not None else "not measured")
        + f"; ours/plain at equal processes {equal:.2f} ({top} processes); "
        f"serial {serial_per_1000:.2f} s per 1,000 documents; "
        f"Amdahl limit {amdahl(share, 16):.1f}x at 16 cores, {amdahl(share, 64):.1f}x at 64"
    )
    if args.json:
        measured = {
            "documents": n1,
            "processes": counts,
            "plain": plain,
            "ours": cold,
            "warm": warm,
            "dask": dask if args.dask else None,
            "serial_share": share,
        }
        Path(args.json).write_text(json.dumps(measured, indent=1, default=str) + "\n")
    return 0


def _processes(n: int) -> str:
    return "1 process" if n == 1 else f"{n} processes"


def _phases(phases: dict[str, float], n_docs: int) -> str:
    """The parent's seconds per phase, per 1,000 documents."""
    return (
        ", ".join(f"{name} {seconds / n_docs * 1000:.2f}" for name, seconds in phases.items())
        + " (s per 1,000 documents)"
    )


if __name__ == "__main__":
    sys.exit(main())
