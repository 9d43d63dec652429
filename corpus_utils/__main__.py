"""The command line: ``python -m corpus_utils extract|run|check|evaluate``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from corpus_utils.config import ALL_CORES, NOTEBOOKS
from corpus_utils.corpus.load import MAX_DOC_CHARS, ColumnMap, CorpusError

#: The corpus options shared by ``extract``, ``run`` and ``make all CORPUS_ARGS=...``:
#: flag → (the notebooks' parameter of the same name, help).
SOURCE_OPTIONS = {
    "--text-column": ("text_column", "column holding the article text (default: text)"),
    "--id-column": ("id_column", "column holding a document id (default: doc_id or id)"),
    "--date-column": ("date_column", "column holding the date (default: date)"),
    "--title-column": ("title_column", "column holding the title (default: title)"),
    "--outlet-column": ("outlet_column", "column holding the outlet (default: outlet)"),
    "--url-column": ("url_column", "column holding the URL (default: url)"),
    "--outlet": ("outlet", "the outlet of documents that name none"),
    "--encoding": ("encoding", "encoding of .txt files (default utf-8; e.g. cp1252)"),
    "--max-chars": ("max_chars", "longer documents are reported, not analysed"),
}
_SOURCE_DEFAULTS = {
    "text_column": "text",
    "id_column": None,
    "date_column": "date",
    "title_column": "title",
    "outlet_column": "outlet",
    "url_column": "url",
    "outlet": None,
    "encoding": "utf-8",
    "max_chars": MAX_DOC_CHARS,
}


def _whole_number(flag: str, minimum: int, meaning: str = "", example: int = 4):
    """An argparse type: a whole number of at least ``minimum``, refused with the fix named."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or value < minimum:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a whole number of at least {minimum}{meaning}; "
                f"give e.g. {flag} {example}"
            )
        return value

    return parse


def _encoding(text: str) -> str:
    import codecs

    try:
        return codecs.lookup(text).name
    except LookupError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an encoding Python knows; give e.g. --encoding utf-8, "
            "--encoding cp1252 or --encoding latin-1"
        ) from None


def _folder(flag: str):
    """An argparse type: a folder path that is not an existing file."""

    def parse(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError(f"{flag} is empty; give a folder path")
        if Path(text).exists() and not Path(text).is_dir():
            raise argparse.ArgumentTypeError(f"{text}: {flag} names a file; give a folder")
        return text

    return parse


def _source(flag: str):
    """An argparse type: a corpus source that exists (a folder, a file or a glob)."""

    def parse(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError(f"{flag} is empty; give a folder, a file or a glob")
        if not any(ch in text for ch in "*?[") and not Path(text).exists():
            raise argparse.ArgumentTypeError(
                f"{text}: no such file or folder (give a folder of .txt files, a CSV, TSV, "
                "JSONL or Parquet file, or a quoted glob)"
            )
        return text

    return parse


def _add_source_options(parser: argparse.ArgumentParser, *, defaults: bool = True) -> None:
    """The corpus options; without ``defaults`` only the flags given appear in the namespace."""
    types = {
        "--encoding": _encoding,
        "--max-chars": _whole_number("--max-chars", 1, " (characters)", 1_000_000),
    }
    for flag, (dest, text) in SOURCE_OPTIONS.items():
        default = _SOURCE_DEFAULTS[dest] if defaults else argparse.SUPPRESS
        parser.add_argument(flag, dest=dest, default=default, type=types.get(flag), help=text)


def _columns(args: argparse.Namespace) -> ColumnMap:
    return ColumnMap(
        text=args.text_column,
        doc_id=args.id_column,
        date=args.date_column,
        title=args.title_column,
        outlet=args.outlet_column,
        url=args.url_column,
    )


def _add_annotation_options(parser: argparse.ArgumentParser) -> None:
    """The options of every command that annotates a corpus: the cache, the engine, the source."""
    parser.add_argument("--model", default=None, help="spaCy model (default en_core_web_sm)")
    parser.add_argument(
        "--cache-dir", type=_folder("--cache-dir"), default=None, help="annotation cache folder"
    )
    parser.add_argument(
        "--shard-size",
        type=_whole_number("--shard-size", 1, " (documents)", 100),
        default=None,
        help="documents per shard (default: about 4 shards per worker, 10 to 100 documents)",
    )
    parser.add_argument(
        "--workers",
        type=_whole_number("--workers", 0, " (0: all cores)"),
        default=ALL_CORES,
        help="worker processes (default 0: all cores)",
    )
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--scheduler", default=None, help="address of a running Dask scheduler")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None)
    _add_source_options(parser)


def _annotate(args: argparse.Namespace):
    """Annotate (or read from the cache) the corpus the command line names."""
    from corpus_utils.annotate import annotate_corpus

    return annotate_corpus(
        args.source,
        model=args.model,
        cache_dir=args.cache_dir,
        workers=args.workers,
        shard_size=args.shard_size,
        columns=_columns(args),
        outlet=args.outlet,
        encoding=args.encoding,
        progress=args.progress,
        engine=args.engine,
        scheduler=args.scheduler,
        max_chars=args.max_chars,
    )


def _extract(args: argparse.Namespace) -> int:
    from corpus_utils.analysis.provenance import provenance_tables
    from corpus_utils.annotate import write_tables
    from corpus_utils.corpus.load import check_output_folder
    from corpus_utils.publish.run import output_lock

    out = Path(args.out)
    check_output_folder(args.source, out)
    with output_lock(out):
        annotation = _annotate(args)
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


#: Options of ``run`` that become notebook parameters of the same name.
_RUN_PARAMETERS = ("workers", "model", *(dest for dest, _ in SOURCE_OPTIONS.values()))


def _run(args: argparse.Namespace) -> int:
    from corpus_utils.publish.run import (
        NotebookFailed,
        check_corpus_columns,
        notebook_parameters,
        run_all,
    )

    names = args.notebooks or NOTEBOOKS
    declared = {}
    for name in names:
        declared.update(notebook_parameters(name))
    parameters = {key: getattr(args, key) for key in _RUN_PARAMETERS if hasattr(args, key)}
    for item in args.parameter or []:
        key, equals, value = item.partition("=")
        key = key.strip()
        if not equals or not key:
            raise CorpusError(f"-p {item!r}: give a parameter as NAME=VALUE, e.g. -p top_n=20")
        if key in ("corpus", "figures_dir"):
            raise CorpusError(
                f"-p {key}=...: the runner sets {key}; give the corpus with --corpus PATH "
                "(under make: CORPUS=PATH), and the figures go to output/<name>/figures/"
            )
        if key not in declared:
            raise CorpusError(
                f"-p {key}=...: no notebook run has a parameter named {key!r}; "
                f"the parameters are: {', '.join(sorted(set(declared) - {'corpus', 'figures_dir'}))}"
            )
        parameters[key] = _parse_value(value, key)
    if args.corpus:
        check_corpus_columns(args.corpus, parameters, via_make=args.from_make)
    try:
        run_all(corpus=args.corpus, names=names, parameters=parameters)
    except NotebookFailed as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


def _parse_value(value: str, name: str = "value"):
    """A parameter value: a Python literal (number, list, dict, None, ...) or else the string.

    Only plain data comes back (no tuple, set or bytes, which papermill would write into the
    notebook's source unquoted); a string is always written quoted.
    """
    import ast

    try:
        parsed = ast.literal_eval(value)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return value
    if not _plain(parsed):
        raise CorpusError(
            f"-p {name}={value}: a value is a number, a string, True/False/None, or a list or "
            "dict of those; quote it to pass it as a string"
        )
    return parsed


def _plain(value) -> bool:
    if value is None or isinstance(value, str | bool | int | float):
        return True
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    return False


def _from_make(argv: list[str]) -> list[str]:
    """``make``'s CORPUS and CORPUS_ARGS, read from the environment, never through a shell."""
    import os
    import shlex

    corpus = os.environ.get("CORPUS_UTILS_CORPUS", "")
    extra = os.environ.get("CORPUS_UTILS_ARGS", "")
    try:
        words = shlex.split(extra)
    except ValueError as error:
        raise SystemExit(
            f"error: CORPUS_ARGS={extra!r} cannot be split into options ({error}); "
            "quote a value with spaces like this: CORPUS_ARGS=\"--outlet 'The Guardian'\""
        ) from None
    return [*argv, *(["--corpus", corpus] if corpus else []), *words]


def _check(args: argparse.Namespace) -> int:
    from corpus_utils.publish.env import check_environment

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
    sample.add_argument(
        "source", type=_source("source"), help="a folder, a CSV/TSV/JSONL/Parquet file, or a glob"
    )
    sample.add_argument("--table", required=True, choices=tuple(ITEM_COLUMNS))
    sample.add_argument("--n", type=int, default=100, help="rows to sample (default 100)")
    sample.add_argument(
        "--out", required=True, help="the audit CSV to write (e.g. CORPUS/audits/audit_quotes.csv)"
    )
    sample.add_argument(
        "--seed", type=int, default=None, help="random seed (default: drawn and recorded)"
    )
    sample.add_argument("--force", action="store_true", help="overwrite an existing --out file")
    _add_annotation_options(sample)
    sample.set_defaults(handler=_audit_sample)
    score = steps.add_parser(
        "score", help="precision with a Wilson 95%% interval from the verdicts"
    )
    score.add_argument("audit_file", help="an audit CSV with its verdict column filled in")
    score.set_defaults(handler=_audit_score)


def _audit_sample(args: argparse.Namespace) -> int:
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
        annotation = _annotate(args)
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
            workers=args.workers,
            second_annotator=args.second_annotator,
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
    gold.add_argument(
        "--workers",
        type=_whole_number("--workers", 0, " (0: all cores)"),
        default=1,
        help="worker processes (0: all cores)",
    )
    gold.add_argument("--errors", action="store_true", help="also print every error")
    gold.add_argument(
        "--second-annotator",
        default=None,
        metavar="DIR",
        help="score a second annotator's gold folder (same layout) instead of our extraction",
    )
    gold.set_defaults(handler=_evaluate_gold)
    newsquant = actions.add_parser(
        "newsquant", help="P/R/F1 on a NewsQuant-format file, ours beside quantulum3"
    )
    newsquant.add_argument(
        "gold",
        help="a NewsQuant-format JSON file (e.g. dev.json, or our war-news probes located in "
        "the shared corpus: corpus_utils/data/newsquant_corpus_probes.json)",
    )
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
    extract.add_argument(
        "source", type=_source("source"), help="a folder, a CSV/TSV/JSONL/Parquet file, or a glob"
    )
    extract.add_argument("--out", required=True, type=_folder("--out"), help="output folder")
    extract.add_argument("--format", choices=("csv", "parquet"), default="csv")
    _add_annotation_options(extract)
    extract.set_defaults(handler=_extract)

    run = commands.add_parser("run", help="execute the notebooks with papermill")
    run.add_argument(
        "--corpus",
        type=_source("--corpus"),
        default=None,
        help="a corpus other than the seeds (output goes to output/<name>/)",
    )
    run.add_argument(
        "--notebook",
        dest="notebooks",
        action="append",
        choices=NOTEBOOKS,
        help="run only this notebook (repeat for several)",
    )
    run.add_argument(
        "-p",
        "--parameter",
        action="append",
        help="a notebook parameter, NAME=VALUE (a Python literal, else a string); "
        "`papermill --help-notebook notebooks/NAME.ipynb` lists them",
    )
    run.add_argument(
        "--workers",
        type=_whole_number("--workers", 0, " (0: all cores)"),
        default=argparse.SUPPRESS,
        help="worker processes for the annotation (the workers parameter; 0: all cores)",
    )
    run.add_argument("--model", default=argparse.SUPPRESS, help="spaCy model (the model parameter)")
    run.add_argument(
        "--from-make",
        action="store_true",
        help=argparse.SUPPRESS,  # CORPUS and CORPUS_ARGS come from the environment, unparsed
    )
    _add_source_options(run, defaults=False)
    run.set_defaults(handler=_run)

    check = commands.add_parser(
        "check", help="report the environment and check it is the pinned one"
    )
    check.set_defaults(handler=_check)

    _add_audit_commands(commands)
    _add_evaluate(commands)

    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["run"] and "--from-make" in argv:
        argv = _from_make(argv)
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except (CorpusError, OSError, RuntimeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
