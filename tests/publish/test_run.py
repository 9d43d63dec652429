"""Running notebooks: honest failure, the last good outputs kept, locks, nbval that bites."""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from corpus_utils.config import NOTEBOOKS_DIR, OUTPUT_DIR, PROJECT_ROOT
from corpus_utils.publish.run import (
    NotebookFailed,
    normalise_notebook,
    output_lock,
    run_all,
    run_notebook,
)

FIGURE_CELL = """
import matplotlib.pyplot as plt
from corpus_utils.publish import plots
fig, ax = plt.subplots()
ax.plot([1, 2, 3])
ax.set_title("A new chart")
plots.save_figure(fig, "99_chart", folder=figures_dir)
"""


def _notebook(path, *cells):
    parameters = new_code_cell('figures_dir = "figures"  # where figures go')
    parameters.metadata["tags"] = ["parameters"]
    notebook = new_notebook(cells=[new_markdown_cell("# 99 · Test"), parameters, *cells])
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(notebook, path)
    return path


@pytest.fixture
def places(tmp_path):
    figures = tmp_path / "figures"
    figures.mkdir()
    (figures / "99_chart.png").write_bytes(b"last good chart")
    return {
        "out_dir": tmp_path / "published",
        "figures_dir": figures,
        "failed_dir": tmp_path / "failed",
    }


def test_a_failing_notebook_names_the_cell_and_keeps_the_last_good_outputs(tmp_path, places):
    source = _notebook(
        tmp_path / "99_test.ipynb",
        new_code_cell(FIGURE_CELL),
        new_code_cell("raise ValueError('bad corpus')"),
    )
    published = places["out_dir"] / "99_test.ipynb"
    published.parent.mkdir()
    published.write_text("last good notebook")
    with pytest.raises(
        NotebookFailed, match=r"99_test.ipynb failed in cell 4 .*ValueError: bad corpus"
    ):
        run_notebook(source, **places)
    assert (places["figures_dir"] / "99_chart.png").read_bytes() == b"last good chart"
    assert sorted(p.name for p in places["figures_dir"].iterdir()) == ["99_chart.png"]
    assert published.read_text() == "last good notebook"
    partial = nbformat.read(places["failed_dir"] / "99_test.ipynb", as_version=4)
    assert partial.cells[-1].outputs[0]["ename"] == "ValueError"


def test_a_good_notebook_publishes_its_figures_byte_stably(tmp_path, places):
    source = _notebook(tmp_path / "99_test.ipynb", new_code_cell(FIGURE_CELL))
    first = run_notebook(source, **places).read_bytes()
    chart = (places["figures_dir"] / "99_chart.png").read_bytes()
    svg = (places["figures_dir"] / "99_chart.svg").read_bytes()
    assert chart != b"last good chart"
    assert run_notebook(source, **places).read_bytes() == first
    assert (places["figures_dir"] / "99_chart.png").read_bytes() == chart
    assert (places["figures_dir"] / "99_chart.svg").read_bytes() == svg
    notebook = nbformat.read(places["out_dir"] / "99_test.ipynb", as_version=4)
    assert "papermill" not in notebook.metadata
    assert all("execution" not in cell.metadata for cell in notebook.cells)


def test_a_second_run_on_the_same_output_gets_a_clear_message(tmp_path):
    with output_lock(OUTPUT_DIR), pytest.raises(RuntimeError, match="another run is writing"):
        run_all(names=[])


def test_normalise_notebook_is_idempotent(tmp_path):
    path = tmp_path / "n.ipynb"
    shutil.copy(NOTEBOOKS_DIR / "01_corpus_overview.ipynb", path)
    normalise_notebook(path)
    once = path.read_bytes()
    normalise_notebook(path)
    assert path.read_bytes() == once == (NOTEBOOKS_DIR / "01_corpus_overview.ipynb").read_bytes()


def _nbval(path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--nbval",
            "--nbval-current-env",
            "-q",
            "-p",
            "no:cacheprovider",
            str(path),
        ],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
    )


def _tampered_copy(change) -> object:
    folder = OUTPUT_DIR / "nbval-check" / "notebooks"
    folder.mkdir(parents=True, exist_ok=True)
    notebook = nbformat.read(NOTEBOOKS_DIR / "01_corpus_overview.ipynb", as_version=4)
    change(notebook)
    path = folder / "01_corpus_overview.ipynb"
    nbformat.write(notebook, path)
    return path


def _change_text(notebook):
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("name") == "stdout" and "documents read 5" in output["text"]:
                output["text"] = output["text"].replace("documents read 5", "documents read 6")
                return
    raise AssertionError("no reconciliation line found")


def _change_png(notebook):
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if "image/png" in output.get("data", {}):
                data = bytearray(base64.b64decode(output["data"]["image/png"]))
                data[len(data) // 2] ^= 0xFF
                output["data"]["image/png"] = base64.b64encode(bytes(data)).decode()
                return
    raise AssertionError("no PNG output found")


@pytest.mark.parametrize("change", [_change_text, _change_png], ids=["text", "png"])
def test_nbval_fails_on_a_changed_result(change):
    result = _nbval(_tampered_copy(change))
    assert result.returncode != 0, result.stdout[-2000:]
    assert "1 failed" in result.stdout


def test_nbval_passes_on_the_committed_notebook_copy():
    result = _nbval(_tampered_copy(lambda notebook: None))
    assert result.returncode == 0, result.stdout[-3000:]


def test_a_notebook_opens_its_corpus_from_its_parameters(monkeypatch):
    from corpus_utils.publish import notebook

    seen = {}
    monkeypatch.setattr(notebook, "open_corpus", lambda **options: seen.update(options) or "opened")
    parameters = {"corpus": "x.csv", "text_column": "body", "workers": 0, "top_n": 15, "plt": None}
    assert notebook.open_from_parameters(parameters) == "opened"
    assert seen == {"corpus": "x.csv", "text_column": "body", "workers": 0}
    assert "top_n" not in notebook.CORPUS_PARAMETERS and "workers" in notebook.CORPUS_PARAMETERS


def test_a_notebook_without_its_shared_data_keeps_the_published_one(tmp_path, monkeypatch):
    from corpus_utils.publish import run

    present, absent = tmp_path / "dev.json", tmp_path / "missing" / "dev.json"
    present.write_text("[]")
    monkeypatch.setitem(run.SHARED_INPUTS, "03_figure_extraction.ipynb", (present,))
    monkeypatch.setitem(run.SHARED_INPUTS, "06_accuracy.ipynb", (present, absent))
    assert run.missing_shared_inputs("03_figure_extraction.ipynb") == []
    assert run.missing_shared_inputs("06_accuracy.ipynb") == [absent]
    assert run.missing_shared_inputs("01_corpus_overview.ipynb") == []
    routed = []
    monkeypatch.setattr(run, "annotate_first", lambda parameters: None)
    monkeypatch.setattr(
        run, "run_notebook", lambda source, **places: routed.append((source.name, places))
    )
    run.run_all(names=["03_figure_extraction.ipynb", "06_accuracy.ipynb"])
    (_, kept), (_, moved) = routed
    assert kept["out_dir"] == NOTEBOOKS_DIR
    assert moved["out_dir"] == OUTPUT_DIR / "without_shared" / "notebooks"
    assert moved["figures_dir"] == OUTPUT_DIR / "without_shared" / "figures"


def test_a_relative_glob_reaches_the_notebooks_absolute(tmp_path, monkeypatch):
    """The notebooks run in notebooks/, so a glob given relative to where `make all` runs
    ('../mine/paper_*.jsonl') must reach them as an absolute pattern, as a path does."""
    from corpus_utils.publish import run

    seen = {}
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(run, "OUTPUT_DIR", tmp_path / "output")
    monkeypatch.setattr(run, "annotate_first", lambda parameters: seen.update(parameters))
    monkeypatch.setattr(run, "run_notebook", lambda source, **places: None)
    run.run_all(corpus="../mine/paper_*.jsonl", names=["01_corpus_overview.ipynb"])
    assert seen["corpus"] == str(tmp_path.parent / "mine" / "paper_*.jsonl")
    run.run_all(corpus="mine.csv", names=["01_corpus_overview.ipynb"])
    assert seen["corpus"] == str((tmp_path / "mine.csv").resolve())


def test_nbval_skips_a_notebook_whose_shared_data_is_missing(tmp_path, monkeypatch):
    import importlib.util
    from types import SimpleNamespace

    from corpus_utils.publish import run

    spec = importlib.util.spec_from_file_location("root_conftest", PROJECT_ROOT / "conftest.py")
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    monkeypatch.setitem(run.SHARED_INPUTS, "06_accuracy.ipynb", (tmp_path / "absent",))
    monkeypatch.setitem(run.SHARED_INPUTS, "03_figure_extraction.ipynb", (tmp_path,))
    marked = {}

    def item(name):
        return SimpleNamespace(
            path=NOTEBOOKS_DIR / name, add_marker=lambda mark: marked.setdefault(name, mark)
        )

    names = ["01_corpus_overview.ipynb", "03_figure_extraction.ipynb", "06_accuracy.ipynb"]
    hooks.pytest_collection_modifyitems(None, [item(name) for name in names])
    assert list(marked) == ["06_accuracy.ipynb"]
    assert "absent, which is not here" in marked["06_accuracy.ipynb"].kwargs["reason"]


def test_a_corpus_with_no_usable_document_stops_with_the_reasons(tmp_path):
    # notebooks over nothing would fail on an empty table; the run names the file and why
    from corpus_utils.annotate import annotate_corpus
    from corpus_utils.corpus.load import CorpusError
    from corpus_utils.publish.run import raise_if_no_documents

    source = tmp_path / "empty.csv"
    source.write_text("id,text\n1,\n2,   \n")
    annotation = annotate_corpus(source, cache_dir=tmp_path / "cache", workers=1, progress=False)
    with pytest.raises(
        CorpusError, match=r"empty.csv: no document could be used: .*row 2: the text"
    ):
        raise_if_no_documents(annotation, str(source))
