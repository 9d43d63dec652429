"""Issue 12: a researcher's own corpus, end to end, in every shape.

The unit tests check the pieces (boilerplate listed, non-actor words, ties stated, one colour
per outlet, the quantulum3 comparison on documents without numbers); the slow test runs every
notebook with papermill on each corpus of :mod:`corpus_shapes` through the command line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import corpus_shapes  # tests/corpus_shapes.py (pytest puts tests/ on the path)
import nbformat
import pandas as pd
import pytest
import spacy

from corpus_utils.analysis import overview
from corpus_utils.config import NOTEBOOKS, OUTPUT_DIR, PROJECT_ROOT
from corpus_utils.evaluate import quantulum
from corpus_utils.extract import quantities as qty
from corpus_utils.extract.actors import _is_non_actor
from corpus_utils.publish import plots


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BST", True),
        ("7am BST", True),
        ("March", True),
        ("Tuesday", True),
        ("First Edition", True),
        ("Edition", True),
        ("Theresa May", False),
        ("Volodymyr Zelenskyy", False),
        ("Kremlin", False),
    ],
)
def test_time_zones_months_and_newsletters_are_not_actors(text, expected):
    doc = spacy.blank("en")(text)
    assert _is_non_actor(doc[:]) is expected


def test_ties_are_stated_as_ties():
    assert plots.leaders(pd.Series({"photo_caption": 3, "share_prompt": 3, "x": 1})) == (
        "photo_caption and share_prompt (tied, 3 each)"
    )
    assert plots.leaders(pd.Series({"a": 1, "b": 5})) == "b"
    assert plots.leaders(pd.Series(dtype=int)) == "none"


def test_outlet_colours_are_keyed_by_name():
    one = plots.outlet_colours(["Reuters", "BBC", None, "TASS"])
    other = plots.outlet_colours(["TASS", "Reuters", "BBC", "BBC"])
    assert one == other
    assert len({one[o] for o in ("Reuters", "BBC", "TASS")}) == 3
    assert one["(unknown)"] not in {one["Reuters"], one["BBC"], one["TASS"]}


def test_ranked_grid_labels_every_row_even_on_a_tie_at_the_cut():
    grid = pd.DataFrame(
        {
            "outlet": ["A", "B", "A", "B", "A", "B"],
            "actor_id": ["lavrov", "lavrov", "unregistered:Kyiv", "unregistered:Kyiv", "un", "un"],
            "actor_name": ["Sergei Lavrov", "Sergei Lavrov", "Kyiv", "Kyiv", None, None],
            "n_mentions": [2, 1, 3, 0, 2, 1],
            "share": [0.4, 0.5, 0.6, 0.0, 0.4, 0.5],
        }
    )
    matrix, labels = plots.ranked_grid(grid)
    assert list(matrix.index) == ["lavrov", "un", "unregistered:Kyiv"]  # 3, 3, 3: a tie
    assert labels == ["Sergei Lavrov", "un", "Kyiv"]
    assert all(isinstance(label, str) for label in labels)


def test_repeated_lines_are_listed_with_their_counts():
    removals = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "a"],
            "start_char": [0, 0, 0, 50],
            "end_char": [10, 10, 10, 60],
            "line": [1, 1, 1, 3],
            "rule": ["repeated_line", "repeated_line", "repeated_line", "photo_credit"],
            "text": ["Sign up\n", "Sign up\n", "Sign up\n", "Photo: AP"],
        }
    )
    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["G", "G", "G"]})
    table = overview.repeated_lines(removals, documents)
    assert table.to_dict("records") == [
        {"outlet": "G", "text": "Sign up", "n_documents": 3, "removed": 3}
    ]
    assert overview.repeated_lines(removals.iloc[3:], documents).empty


def test_quantulum_comparison_of_a_document_without_numbers():
    pytest.importorskip("quantulum3")
    text = "No figure stands in this sentence."
    texts = pd.DataFrame({"doc_id": ["d"], "raw_text": [text], "text": [text]})
    quantities = pd.DataFrame(columns=["doc_id", *qty.QUANTITY_KEYS])
    removals = pd.DataFrame(columns=["doc_id", "start_char", "end_char", "rule", "text"])
    comparison = quantulum.compare_corpus_with_quantulum(quantities, texts, removals, doc_ids=["d"])
    assert comparison.empty and "verdict" in comparison.columns
    assert comparison["reason"].str.startswith("part of a").sum() == 0  # text, even when empty
    none = quantulum.compare_corpus_with_quantulum(quantities, texts, removals, doc_ids=[])
    assert none.empty and "doc_id" in quantulum.summarise_comparison(none).columns


def test_clean_offsets_keeps_its_columns_when_nothing_is_left():
    frame = pd.DataFrame(columns=["doc_id", "start_char", "end_char", "surface"])
    out = quantulum.clean_offsets(
        frame, "abc", "abc", pd.DataFrame(columns=["start_char", "end_char"])
    )
    assert list(out.columns) == ["doc_id", "start_char", "end_char", "surface"]


def _errors(path: Path) -> list[str]:
    notebook = nbformat.read(path, as_version=4)
    return [
        f"{path.name} cell {i}: {output.get('ename')}: {output.get('evalue')}"
        for i, cell in enumerate(notebook.cells)
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(corpus_shapes.SHAPES))
def test_every_notebook_runs_on_every_corpus_shape(shape, tmp_path):
    folder = tmp_path / f"shape_test_{shape}"
    folder.mkdir()
    source, options = corpus_shapes.SHAPES[shape](folder)
    name = source.stem
    out_root = OUTPUT_DIR / name
    shutil.rmtree(out_root, ignore_errors=True)
    env = {**os.environ, "CORPUS_UTILS_CACHE": str(tmp_path / "cache")}
    try:
        result = subprocess.run(
            [sys.executable, "-m", "corpus_utils", "run", "--corpus", str(source), *options],
            cwd=PROJECT_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        executed = [out_root / "notebooks" / nb for nb in NOTEBOOKS]
        assert all(path.exists() for path in executed)
        assert [e for path in executed for e in _errors(path)] == []
        figures = {p.stem for p in (out_root / "figures").glob("*.png")}
        assert {"01_document_sizes", "01_removals", "02_top_actors"} <= figures
        if shape == "one_outlet":
            assert "04_attention" in figures  # the comparison needs two outlets, the rest runs
            overview_nb = (out_root / "notebooks" / "01_corpus_overview.ipynb").read_text()
            assert corpus_shapes.GUIDE[:30] in overview_nb  # listed as a learned removal
            actors_nb = (out_root / "notebooks" / "02_actor_mentions.ipynb").read_text()
            assert "BST" not in actors_nb.split("## Names the registry does not know")[1]
    finally:
        shutil.rmtree(out_root, ignore_errors=True)


def test_cache_keys_do_not_depend_on_how_the_path_was_spelled(monkeypatch):
    from corpus_utils.annotate.cache import document_key

    monkeypatch.chdir(PROJECT_ROOT)
    record = {"doc_id": "a", "outlet": "X", "raw_text": "Text.", "origin": "seeds/a.txt"}
    spelled = [
        "seeds/a.txt",
        "./seeds/a.txt",
        str(PROJECT_ROOT / "seeds" / "a.txt"),
        "seeds/../seeds/a.txt",
    ]
    keys = {document_key({**record, "origin": origin}, (), "fp") for origin in spelled}
    assert len(keys) == 1
    table_row = {**record, "origin": "seeds/t.csv, line 3"}
    other_row = {**record, "origin": "./seeds/t.csv, line 4"}
    assert document_key(table_row, (), "fp") != document_key(other_row, (), "fp")
    assert document_key(table_row, (), "fp") == document_key(
        {**record, "origin": "./seeds/t.csv, line 3"}, (), "fp"
    )


def test_committed_notebooks_carry_the_kernelspec_jupyterlab_writes():
    from corpus_utils.publish.run import kernelspec

    for name in NOTEBOOKS:
        notebook = nbformat.read(PROJECT_ROOT / "notebooks" / name, as_version=4)
        assert notebook.metadata["kernelspec"] == kernelspec(), name
        assert kernelspec()["display_name"] == "Python 3 (ipykernel)"
