"""The command line: ``python -m corpus_utils extract|run|check``."""

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
    from corpus_utils.provenance import write_provenance_tables
    from corpus_utils.run import output_lock

    out = Path(args.out)
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
        written = write_tables(annotation, out, fmt=args.format)
        written += write_provenance_tables(annotation, out, fmt=args.format)
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

    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except (CorpusError, OSError, RuntimeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
