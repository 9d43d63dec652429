"""The command line: ``python -m corpus_utils extract|run|check|evaluate``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from corpus_utils.load import MAX_DOC_CHARS, ColumnMap, CorpusError


def _add_source_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--text-column", default="text", help="column holding the article text")
    parser.add_argument(
        "--id-column", default=None, help="column holding a document id (default: doc_id or id)"
    )
    parser.add_argument("--date-column", default="date", help="column holding the date")
    parser.add_argument("--title-column", default="title", help="column holding the title")
    parser.add_argument("--outlet-column", default="outlet", help="column holding the outlet")
    parser.add_argument("--url-column", default="url", help="column holding the URL")
    parser.add_argument("--outlet", default=None, help="the outlet of documents that name none")
    parser.add_argument("--encoding", default="utf-8", help="encoding of .txt files (e.g. cp1252)")
    parser.add_argument(
        "--max-chars",
        type=int,
        default=MAX_DOC_CHARS,
        help="longer documents are reported, not analysed",
    )


def _columns(args: argparse.Namespace) -> ColumnMap:
    return ColumnMap(
        text=args.text_column,
        doc_id=args.id_column,
        date=args.date_column,
        title=args.title_column,
        outlet=args.outlet_column,
        url=args.url_column,
    )


def _extract(args: argparse.Namespace) -> int:
    from corpus_utils.annotate import annotate_corpus, write_tables
    from corpus_utils.load import check_output_folder
    from corpus_utils.provenance import provenance_tables
    from corpus_utils.run import output_lock

    out = Path(args.out)
    check_output_folder(args.source, out)
    with output_lock(out):
        annotation = annotate_corpus(
            args.source,
            model=args.model,
            cache_dir=args.cache_dir,
            n_process=args.workers,
            shard_size=args.shard_size,
            columns=_columns(args),
            outlet=args.outlet,
            encoding=args.encoding,
            progress=args.progress,
            engine=args.engine,
            scheduler=args.scheduler,
            max_chars=args.max_chars,
        )
        written = write_tables(
            annotation, out, fmt=args.format, derived=provenance_tables(annotation)
        )
    for problem in annotation.report.problems:
        print(f"{problem['severity']}: {problem['message']}", file=sys.stderr)
    print(annotation.report.summary(), file=sys.stderr)
    stats = annotation.stats
    print(
        f"annotated {stats['annotated']} documents, reused {stats['reused']} from the cache "
        f"in {stats['seconds']:.1f} s; wrote {', '.join(p.name for p in written)} to {out}",
        file=sys.stderr,
    )
    return 0


def _run(args: argparse.Namespace) -> int:
    from corpus_utils.config import NOTEBOOKS
    from corpus_utils.run import NotebookFailed, run_all

    parameters = {}
    for item in args.parameter or []:
        key, _, value = item.partition("=")
        parameters[key] = _parse_value(value)
    names = args.notebooks or NOTEBOOKS
    try:
        run_all(corpus=args.corpus, names=names, parameters=parameters)
    except NotebookFailed as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


def _parse_value(value: str):
    import ast

    try:
        return ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return value


def _check(args: argparse.Namespace) -> int:
    from corpus_utils.env import check_environment

    problems = check_environment(verbose=True)
    return 1 if problems else 0


# --- audit: sample rows of the user's own corpus for a hand check, then score the verdicts ---


def _add_audit_commands(commands) -> None:
    """``audit sample`` and ``audit score`` (see :mod:`corpus_utils.evaluate.audit`)."""
    from corpus_utils.evaluate.audit import ITEM_COLUMNS

    audit = commands.add_parser("audit", help="hand-check a sample of a table: sample, then score")
    steps = audit.add_subparsers(dest="step", required=True)
    sample = steps.add_parser(
        "sample", help="draw a stratified random sample of rows into a CSV to fill in"
    )
    sample.add_argument("source", help="a folder, a CSV/JSONL/Parquet file, or a glob")
    sample.add_argument("--table", required=True, choices=tuple(ITEM_COLUMNS))
    sample.add_argument("--n", type=int, default=100, help="rows to sample (default 100)")
    sample.add_argument(
        "--out", required=True, help="the audit CSV to write (e.g. CORPUS/audits/audit_quotes.csv)"
    )
    sample.add_argument(
        "--seed", type=int, default=None, help="random seed (default: drawn and recorded)"
    )
    sample.add_argument("--force", action="store_true", help="overwrite an existing --out file")
    sample.add_argument("--model", default=None, help="spaCy model (default en_core_web_sm)")
    sample.add_argument("--cache-dir", default=None, help="annotation cache folder")
    sample.add_argument("--shard-size", type=int, default=100, help="documents per shard")
    sample.add_argument(
        "--workers", type=int, default=None, help="worker processes (default: all cores)"
    )
    sample.add_argument("--engine", choices=("local", "dask"), default="local")
    sample.add_argument("--scheduler", default=None, help="address of a running Dask scheduler")
    sample.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None)
    _add_source_options(sample)
    sample.set_defaults(handler=_audit_sample)
    score = steps.add_parser(
        "score", help="precision with a Wilson 95%% interval from the verdicts"
    )
    score.add_argument("audit_file", help="an audit CSV with its verdict column filled in")
    score.set_defaults(handler=_audit_score)


def _audit_sample(args: argparse.Namespace) -> int:
    from corpus_utils.annotate import annotate_corpus
    from corpus_utils.evaluate.audit import AuditError, sample_audit, would_be_read, write_audit

    try:
        if would_be_read(args.out, args.source):
            raise AuditError(
                f"{args.out}: loading {args.source} would read this file as corpus text; "
                "write the audit elsewhere (e.g. an audits/ subfolder)"
            )
        if Path(args.out).exists() and not args.force:
            raise AuditError(
                f"{args.out}: the file exists (it may hold verdicts); "
                "choose another --out or pass --force"
            )
        annotation = annotate_corpus(
            args.source,
            model=args.model,
            cache_dir=args.cache_dir,
            n_process=args.workers,
            shard_size=args.shard_size,
            columns=_columns(args),
            outlet=args.outlet,
            encoding=args.encoding,
            progress=args.progress,
            engine=args.engine,
            scheduler=args.scheduler,
            max_chars=args.max_chars,
        )
        frame = sample_audit(
            annotation, table=args.table, n=args.n, seed=args.seed, corpus=args.source
        )
        write_audit(frame, args.out, overwrite=args.force)
    except AuditError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(annotation.report.summary(), file=sys.stderr)
    print(
        f"wrote {len(frame)} {args.table} rows from {frame['outlet'].nunique()} outlets "
        f"(seed {frame['audit_seed'].iloc[0] if len(frame) else args.seed}) to {args.out}; "
        "fill in the verdict column (correct, wrong, unsure), then run audit score",
        file=sys.stderr,
    )
    return 0


def _audit_score(args: argparse.Namespace) -> int:
    from corpus_utils.evaluate.audit import AuditError, describe_audit, read_audit, score_audit

    try:
        frame = read_audit(args.audit_file)
    except AuditError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(describe_audit(frame, score_audit(frame)))
    return 0


# --- end of audit ---
# --- evaluate: score our extraction (gold annotations; public benchmarks beside it) ---


def _evaluate_gold(args: argparse.Namespace) -> int:
    from corpus_utils.evaluate.gold import GoldError, evaluate_gold

    try:
        result = evaluate_gold(
            args.corpus,
            gold_dir=args.gold_dir,
            cache_dir=args.cache_dir,
            model=args.model,
            n_process=args.workers,
        )
    except GoldError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(result.to_text())
    if args.errors:
        import pandas as pd

        with pd.option_context("display.max_rows", None, "display.max_colwidth", 120):
            print(result.errors.to_string(index=False))
    return 0


def _evaluate_newsquant(args: argparse.Namespace) -> int:
    from corpus_utils.evaluate.newsquant import BenchmarkError, evaluate_newsquant

    try:
        table = evaluate_newsquant(args.gold, predictions_path=args.predictions)
    except BenchmarkError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(table.to_string(index=False))
    if args.predictions:
        print(f"wrote our predictions to {args.predictions}", file=sys.stderr)
    return 0


def _add_evaluate(commands) -> None:
    evaluate = commands.add_parser("evaluate", help="score our extraction")
    actions = evaluate.add_subparsers(dest="action", required=True)
    gold = actions.add_parser("gold", help="against the hand-annotated gold (docs/ANNOTATION.md)")
    gold.add_argument("--corpus", choices=("seeds", "ukraine_media", "all"), default="seeds")
    gold.add_argument("--gold-dir", default=None, help="gold folder (default the package's)")
    gold.add_argument("--cache-dir", default=None, help="annotation cache folder")
    gold.add_argument("--model", default=None, help="spaCy model (default en_core_web_sm)")
    gold.add_argument("--workers", type=int, default=1, help="worker processes")
    gold.add_argument("--errors", action="store_true", help="also print every error")
    gold.set_defaults(handler=_evaluate_gold)
    newsquant = actions.add_parser(
        "newsquant", help="P/R/F1 on a NewsQuant-format file, ours beside quantulum3"
    )
    newsquant.add_argument("gold", help="a NewsQuant-format JSON file (e.g. dev.json)")
    newsquant.add_argument(
        "--predictions", default=None, help="write our predictions in the same format here"
    )
    newsquant.set_defaults(handler=_evaluate_newsquant)


# --- end of evaluate ---


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m corpus_utils``."""
    parser = argparse.ArgumentParser(prog="python -m corpus_utils", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="annotate a corpus and write its tidy tables")
    extract.add_argument("source", help="a folder, a CSV/JSONL/Parquet file, or a glob")
    extract.add_argument("--out", required=True, help="output folder")
    extract.add_argument("--format", choices=("csv", "parquet"), default="csv")
    extract.add_argument("--model", default=None, help="spaCy model (default en_core_web_sm)")
    extract.add_argument("--cache-dir", default=None, help="annotation cache folder")
    extract.add_argument("--shard-size", type=int, default=100, help="documents per shard")
    extract.add_argument(
        "--workers", type=int, default=None, help="worker processes (default: all cores)"
    )
    extract.add_argument("--engine", choices=("local", "dask"), default="local")
    extract.add_argument("--scheduler", default=None, help="address of a running Dask scheduler")
    extract.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None)
    _add_source_options(extract)
    extract.set_defaults(handler=_extract)

    run = commands.add_parser("run", help="execute the notebooks with papermill")
    run.add_argument(
        "--corpus", default=None, help="a corpus other than the seeds (output goes to output/)"
    )
    run.add_argument("--notebook", dest="notebooks", action="append", help="run only this notebook")
    run.add_argument("-p", "--parameter", action="append", help="a notebook parameter, NAME=VALUE")
    run.set_defaults(handler=_run)

    check = commands.add_parser(
        "check", help="report the environment and check it is the pinned one"
    )
    check.set_defaults(handler=_check)

    _add_audit_commands(commands)
    _add_evaluate(commands)

    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except (CorpusError, OSError, RuntimeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
