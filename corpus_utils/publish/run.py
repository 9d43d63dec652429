"""Run the numbered notebooks headlessly with papermill, byte-stably.

For the seed corpus the executed notebooks replace the committed ones in
``notebooks/`` and their figures go to ``figures/``, except a notebook that also
measures on data beside the checkout (``../shared``) on a machine without it: that
one goes to ``output/without_shared/``, so the published one, rendered with the data,
is kept and a fresh clone reproduces the repository byte for byte. For any other
corpus they go to ``output/<name>/`` and the committed outputs are left untouched.

A notebook that fails stops the run with a message naming the notebook and
the cell; its partial executed copy is kept in ``output/failed/`` for
inspection, and the last good notebook and figures are not overwritten
(figures are rendered into a staging folder and moved into place only when
their notebook succeeded).
"""

from __future__ import annotations

import fcntl
import os
import re
import shlex
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

import nbformat

from corpus_utils.config import (
    DEFAULT_MODEL,
    FIGURES_DIR,
    NOTEBOOKS,
    NOTEBOOKS_DIR,
    OUTPUT_DIR,
    PROJECT_ROOT,
    SHARED_INPUTS,
)

#: Seconds one cell may take before the run is stopped.
CELL_TIMEOUT = 3600


def notebook_parameters(name: str) -> dict[str, dict]:
    """The parameters a notebook declares (name → papermill's type, default and help)."""
    import papermill as pm

    return dict(pm.inspect_notebook(str(NOTEBOOKS_DIR / name)))


def check_parameter_values(parameters: dict) -> None:
    """Refuse a value that papermill would not write into the notebook as the same literal.

    Raises:
        ValueError: Naming the parameter; nothing reaches the notebook's source.
    """
    import ast

    from papermill.translators import PythonTranslator

    for name, value in parameters.items():
        if not name.isidentifier():
            raise ValueError(f"parameter name {name!r} is not a Python name")
        source = PythonTranslator.translate(value)
        try:
            same = ast.literal_eval(source) == value
        except (ValueError, SyntaxError):
            same = False
        if not same:
            raise ValueError(
                f"parameter {name}: the value {value!r} cannot be passed to a notebook as a "
                "literal; give a number, a string, True/False/None, or a list or dict of those"
            )


def check_corpus_columns(corpus: str, parameters: dict, *, via_make: bool = False) -> None:
    """Before any notebook starts: a table file must have the text column the options name.

    Raises:
        CorpusError: Naming the file, the columns found and the fix in the form of the
            command the user typed (``CORPUS_ARGS="--text-column ..."`` under ``make``),
            a name with spaces quoted so that it can be pasted.
    """
    from corpus_utils.corpus.load import TABLE_SUFFIXES, CorpusError, LoadReport, _iter_table_rows

    text_column = parameters.get("text_column", "text")
    for path in resolve_table_files(corpus, TABLE_SUFFIXES):
        first = next(_iter_table_rows(path, LoadReport()), None)
        if first is None or text_column in first[1]:
            continue
        found = [str(c) for c in first[1]]
        # quoted as a shell (and CORPUS_ARGS) reads it: "--text-column 'Body text'"
        guess = shlex.quote(_guess_text_column(first[1]))
        fix = (
            f'make all CORPUS={shlex.quote(corpus)} CORPUS_ARGS="--text-column {guess}"'
            if via_make
            else f"--text-column {guess}"
        )
        raise CorpusError(
            f"{path}: no text column {text_column!r}; the columns found are: {', '.join(found)}. "
            f"Name the text column: {fix}"
        )


#: Words that name a column of article text ("text", "story_text", "body").
_TEXT_COLUMN_WORDS = frozenset({"text", "article", "articles", "body", "content", "copy"})


def _guess_text_column(row: dict) -> str:
    """The column of ``row`` most likely to hold the article text: of the columns named
    so ("articles") or with such a word in their name ("story_text", "headline_text",
    "full_text"), the one whose value in this row is longest; with none, the longest."""
    names = [str(c) for c in row]
    lengths = {str(c): len(str(value or "")) for c, value in row.items()}
    named = [c for c in names if _TEXT_COLUMN_WORDS & set(re.split(r"[^a-z]+", c.lower()))]
    return max(named or names, key=lengths.__getitem__, default="NAME")


def resolve_table_files(corpus: str, suffixes) -> list[Path]:
    from corpus_utils.corpus.load import METADATA_FILE, resolve_source

    return [
        f
        for f in resolve_source(corpus)
        if f.suffix.lower() in suffixes and f.name != METADATA_FILE
    ]


class NotebookFailed(RuntimeError):
    """A notebook raised an error; the message names the notebook and the cell."""


@contextmanager
def output_lock(folder: Path):
    """Hold an exclusive lock on an output folder; a second run gets a clear message."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ".lock"
    with open(path, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RuntimeError(
                f"another run is writing to {folder} (lock {path} is held); wait for it to finish"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def kernelspec(name: str = "python3") -> dict:
    """The notebook metadata JupyterLab writes for the kernel ``name`` of this environment."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:  # pragma: no cover - ipykernel always installs python3
        return {"display_name": "Python 3", "language": "python", "name": name}
    return {"display_name": spec.display_name, "language": spec.language, "name": name}


def normalise_notebook(path: Path) -> None:
    """Strip volatile execution metadata so reruns are byte-identical."""
    notebook = nbformat.read(path, as_version=4)
    notebook.metadata.pop("papermill", None)
    notebook.metadata.pop("widgets", None)
    # JupyterLab rewrites kernelspec to the kernel's own spec when it opens a notebook, which
    # marks it modified: store that spec ("Python 3 (ipykernel)"), not papermill's "Python 3"
    notebook.metadata["kernelspec"] = kernelspec()
    for index, cell in enumerate(notebook.cells):
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"
        elif not cell.get("id"):
            cell["id"] = f"cell-{index:02d}"
        if cell.cell_type == "code":
            for output in cell.get("outputs", []):
                output.get("metadata", {}).pop("papermill", None)
    nbformat.write(notebook, path)


def run_notebook(
    source: Path,
    *,
    parameters: dict | None = None,
    out_dir: Path,
    figures_dir: Path,
    failed_dir: Path,
) -> Path:
    """Execute one notebook; on success move it and its figures into place.

    Raises:
        NotebookFailed: Naming the notebook and the failing cell.
    """
    import papermill as pm

    source = Path(source)
    name = source.name
    (OUTPUT_DIR / ".staging").mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f"{Path(name).stem}-", dir=OUTPUT_DIR / ".staging"))
    staged_figures = stage / "figures"
    staged_figures.mkdir()
    executed = stage / name
    declared = dict(pm.inspect_notebook(str(source)))
    # Each notebook gets the parameters it declares; papermill would add others as code.
    params = {k: v for k, v in (parameters or {}).items() if k in declared}
    params["figures_dir"] = str(staged_figures)
    check_parameter_values(params)
    try:
        pm.execute_notebook(
            str(source),
            str(executed),
            parameters=params,
            kernel_name="python3",
            cwd=str(source.parent),
            progress_bar=False,
            request_save_on_cell_execute=False,
            # the kernel's own log (TCP transport warning, the interrupt at shutdown) is noise
            # on a run that succeeds; errors still reach the executed notebook and the message
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
            record_timing=False,
            execution_timeout=CELL_TIMEOUT,
        )
    except pm.PapermillExecutionError as error:
        kept = _keep_partial(executed, failed_dir, stage)
        raise NotebookFailed(
            f"{name} failed in cell {error.cell_index} (execution count {error.exec_count}): "
            f"{error.ename}: {error.evalue}; the partial executed copy is {kept}; "
            "the last good notebook and figures are unchanged"
        ) from None
    except BaseException as error:
        kept = _keep_partial(executed, failed_dir, stage)
        raise NotebookFailed(
            f"{name} did not finish ({type(error).__name__}: {error}); partial copy: {kept}; "
            "the last good notebook and figures are unchanged"
        ) from error
    _unstage_figure_paths(executed, staged_figures, figures_dir)
    normalise_notebook(executed)
    out_dir.mkdir(parents=True, exist_ok=True)
    figures_dir.mkdir(parents=True, exist_ok=True)
    for figure in sorted(staged_figures.iterdir()):
        os.replace(figure, figures_dir / figure.name)
    target = out_dir / name
    os.replace(executed, target)
    shutil.rmtree(stage, ignore_errors=True)
    return target


def _keep_partial(executed: Path, failed_dir: Path, stage: Path) -> Path | None:
    """Keep a failed run's executed copy for inspection, apart from the published one."""
    kept = None
    if executed.exists():
        failed_dir.mkdir(parents=True, exist_ok=True)
        kept = failed_dir / executed.name
        shutil.copyfile(executed, kept)
    shutil.rmtree(stage, ignore_errors=True)
    return kept


def _unstage_figure_paths(executed: Path, staged: Path, final: Path) -> None:
    """Replace the staging folder's path by the final one in the injected parameters."""
    text = executed.read_text(encoding="utf-8")
    text = text.replace(str(staged), _display_path(final))
    executed.write_text(text, encoding="utf-8")


def _display_path(path: Path) -> str:
    try:
        return os.path.relpath(path, NOTEBOOKS_DIR)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(path)


def corpus_name(corpus: str | None) -> str:
    """A folder name for a corpus source (``ukraine_media`` for ``../x/ukraine_media``)."""
    stem = Path(str(corpus).rstrip("/*")).name or "corpus"
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(stem).stem if "." in stem else stem)


#: Where the seed run renders a notebook whose data beside the checkout is missing.
WITHOUT_SHARED = OUTPUT_DIR / "without_shared"


def missing_shared_inputs(name: str) -> list[Path]:
    """The inputs beside the checkout that a published notebook measures on and that are
    missing here (:data:`corpus_utils.config.SHARED_INPUTS`); empty when all are present."""
    return [path for path in SHARED_INPUTS.get(name, ()) if not path.exists()]


def run_all(
    *,
    corpus: str | None = None,
    names: Sequence[str] = NOTEBOOKS,
    parameters: dict | None = None,
) -> list[Path]:
    """Run the notebooks in order; seeds → ``notebooks/`` and ``figures/`` (a notebook whose
    data beside the checkout is missing → ``output/without_shared/``), others → ``output/``."""
    parameters = dict(parameters or {})
    if corpus:
        out_root = OUTPUT_DIR / corpus_name(corpus)
        out_dir, figures_dir = out_root / "notebooks", out_root / "figures"
        # the notebooks run in notebooks/: a relative path or glob is made absolute from here
        # ('../mine/paper_*.jsonl'), a glob by its words alone, as it names no one file
        parameters["corpus"] = (
            os.path.abspath(corpus) if "*" in corpus else str(Path(corpus).resolve())
        )
        parameters.setdefault("workers", 0)  # a researcher's corpus: annotate on every core
    else:
        out_root, out_dir, figures_dir = PROJECT_ROOT, NOTEBOOKS_DIR, FIGURES_DIR
    failed_dir = OUTPUT_DIR / "failed"
    done = []
    lock_folder = OUTPUT_DIR if corpus is None else out_root
    with output_lock(lock_folder):
        annotate_first(parameters)
        for name in names:
            started = time.monotonic()
            places = (out_dir, figures_dir)
            missing = [] if corpus else missing_shared_inputs(name)
            if missing:
                places = (WITHOUT_SHARED / "notebooks", WITHOUT_SHARED / "figures")
                shown = ", ".join(os.path.relpath(path, PROJECT_ROOT) for path in missing)
                print(
                    f"{name}: {shown} not found, so it is rendered to "
                    f"{os.path.relpath(places[0], PROJECT_ROOT)} and the published notebook "
                    "and figures (rendered beside ../shared) are kept",
                    file=sys.stderr,
                    flush=True,
                )
            done.append(
                run_notebook(
                    NOTEBOOKS_DIR / name,
                    parameters=parameters,
                    out_dir=places[0],
                    figures_dir=places[1],
                    failed_dir=failed_dir,
                )
            )
            print(
                f"{name}: done in {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True
            )
    return done


def annotate_first(parameters: dict) -> None:
    """Annotate the corpus here, before the notebooks, so its progress bar is on the console.

    The notebooks then read the same cache (the same options give the same keys) and no
    progress bar is frozen into a stored output.
    """
    from corpus_utils.publish.notebook import open_from_parameters

    # the notebooks' default model, so the keys agree; the bar on the console, not in a notebook
    options = {"model": DEFAULT_MODEL, **parameters, "progress": None}
    started = time.monotonic()
    annotation = open_from_parameters(options)
    stats = annotation.stats
    print(
        f"corpus: {stats.get('documents', 0):,} documents, {stats.get('annotated', 0):,} annotated, "
        f"{stats.get('reused', 0):,} from the cache, in {time.monotonic() - started:.1f} s",
        file=sys.stderr,
        flush=True,
    )
    if not stats.get("documents"):
        raise_if_no_documents(annotation, parameters.get("corpus"))


#: How many of the reasons documents were dropped an empty corpus's error repeats.
SHOWN_REASONS = 3


def raise_if_no_documents(annotation, corpus) -> None:
    """Stop before any notebook when no document of the corpus could be used, with the
    reasons the loader gave (the first :data:`SHOWN_REASONS` and their count): notebooks
    over nothing would fail on an empty table instead.

    Raises:
        CorpusError: Naming the source and why its documents were dropped.
    """
    from corpus_utils.corpus.load import CorpusError

    if annotation.stats.get("documents"):
        return
    problems = annotation.table("problems")
    reasons = list(problems["message"]) if "message" in problems else []
    shown = "; ".join(reasons[:SHOWN_REASONS])
    more = f" (and {len(reasons) - SHOWN_REASONS:,} more)" if len(reasons) > SHOWN_REASONS else ""
    why = f": {shown}{more}" if reasons else ": it holds no document"
    raise CorpusError(f"{corpus or 'the corpus'}: no document could be used{why}")
