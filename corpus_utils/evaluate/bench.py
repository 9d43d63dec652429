"""Benchmark the annotation stage on a slice of a real corpus: ``make bench``.

Prints a table and ends with one summary line::

    bench: ours/plain ratio R1 (1 process), R2 (N processes); warm speedup W; memory growth M

Every ratio compares two measurements made in the same run on the same
texts: our annotation stage (all tables, cached) against plain
``spacy.load(model)`` + ``nlp.pipe`` with every default component in one
process. Benchmarks print; they assert nothing about time.
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

from corpus_utils.config import NOTEBOOKS, SHARED_CORPUS
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


def plain_spacy(path: Path, model: str | None) -> dict:
    """Tokens per second of plain ``spacy.load`` + ``nlp.pipe`` (all default components)."""
    import spacy

    from corpus_utils.extract.nlp import resolve_model

    texts = [r["raw_text"] for r in iter_documents(path, report=LoadReport())]
    nlp = spacy.load(resolve_model(model))
    started = time.perf_counter()
    tokens = sum(sum(1 for t in doc if not t.is_space) for doc in nlp.pipe(texts))
    seconds = time.perf_counter() - started
    return {"tokens": tokens, "seconds": seconds, "tokens_per_s": tokens / seconds}


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
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-notebooks", action="store_true", help="skip timing the notebooks")
    parser.add_argument(
        "--dask",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also time the Dask engine",
    )
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"error: {corpus}: no such corpus (pass --corpus)", file=sys.stderr)
        return 2
    n_docs = None if args.full else args.docs
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        tmp = Path(tmp)
        one, four = tmp / "slice.jsonl", tmp / "slice4x.jsonl"
        n1 = write_slice(corpus, one, n_docs=n_docs)
        n4 = write_slice(corpus, four, n_docs=n_docs, repeat=4)
        rows.append(
            ("slice", f"{n1} documents of {corpus.name} (every k-th in file order); 4x = {n4}")
        )
        plain = plain_spacy(one, args.model)
        rows.append(
            (
                "plain spaCy, 1 process",
                f"{plain['tokens_per_s']:,.0f} tokens/s ({plain['seconds']:.1f} s)",
            )
        )
        single = ours(one, tmp / "cache1", workers=1, model=args.model)
        rows.append(
            (
                "ours, 1 process (cold)",
                f"{single['tokens_per_s']:,.0f} tokens/s ({single['seconds']:.1f} s)",
            )
        )
        multi = ours(one, tmp / "cacheN", workers=args.workers, model=args.model)
        rows.append(
            (
                f"ours, {args.workers} processes (cold)",
                f"{multi['tokens_per_s']:,.0f} tokens/s ({multi['seconds']:.1f} s)",
            )
        )
        warm = ours(one, tmp / "cacheN", workers=args.workers, model=args.model)
        rows.append(
            (
                "ours, warm rerun (cached)",
                f"{warm['seconds']:.2f} s, {warm['annotated']} documents annotated",
            )
        )
        if args.dask:
            dask = ours(one, tmp / "cacheD", workers=args.workers, model=args.model, engine="dask")
            rows.append(
                (
                    f"ours, Dask engine, {args.workers} local workers (cold)",
                    f"{dask['tokens_per_s']:,.0f} tokens/s ({dask['seconds']:.1f} s), "
                    f"{dask['tokens_per_s'] / multi['tokens_per_s']:.2f}x the local engine",
                )
            )
        mem1 = peak_memory(one, tmp / "mem1", args.model)
        mem4 = peak_memory(four, tmp / "mem4", args.model)
        rows.append(("peak memory, 1 process", f"{mem1:,.0f} MiB at 1x, {mem4:,.0f} MiB at 4x"))
        if not args.no_notebooks:
            os.environ.setdefault("CORPUS_UTILS_CACHE", str(tmp / "cacheN"))
            for name, seconds in notebook_times(one).items():
                rows.append((f"notebook {name}", f"{seconds:.1f} s"))
    r1 = single["tokens_per_s"] / plain["tokens_per_s"]
    r2 = multi["tokens_per_s"] / plain["tokens_per_s"]
    speedup = multi["seconds"] / max(warm["seconds"], 1e-9)
    growth = mem4 / mem1
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    print(
        f"bench: ours/plain ratio {r1:.2f} (1 process), {r2:.2f} ({args.workers} processes); "
        f"warm speedup {speedup:.0f}x; memory growth {growth:.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
