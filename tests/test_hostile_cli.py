"""Issue 19, the command line's part: nothing executed from input, every option checked.

Group 8: no value reaches a shell or Python source unquoted (the Makefile, ``run -p``).
Group 9: every numeric and path option is checked by argparse with the fix named.
Group 4: text placed in figures is never mathtext; a tie at a top-N cut gives no NaN label.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess

import pytest

from corpus_utils.__main__ import main
from corpus_utils.config import PROJECT_ROOT
from corpus_utils.corpus.load import CorpusError
from corpus_utils.publish.run import check_corpus_columns, check_parameter_values

SEEDS = str(PROJECT_ROOT / "seeds")


def _refused(argv, capsys) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    return capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--workers", "-3"], "argument --workers: '-3' is not a whole number of at least 0"),
        (["--workers", "two"], "argument --workers: 'two' is not a whole number"),
        (["--shard-size", "0"], "argument --shard-size: '0' is not a whole number of at least 1"),
        (["--max-chars", "-1"], "argument --max-chars: '-1' is not a whole number of at least 1"),
        (["--encoding", "bogus"], "argument --encoding: 'bogus' is not an encoding Python knows"),
        (["--cache-dir", str(PROJECT_ROOT / "README.md")], "--cache-dir names a file"),
    ],
)
def test_extract_refuses_bad_options_with_the_fix(argv, expected, capsys, tmp_path):
    err = _refused(["extract", SEEDS, "--out", str(tmp_path / "out"), *argv], capsys)
    assert expected in err
    assert "give" in err.split(expected)[1]  # the fix is named
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_extract_refuses_a_missing_source_and_an_out_that_is_a_file(capsys, tmp_path):
    err = _refused(["extract", str(tmp_path / "nothing"), "--out", str(tmp_path)], capsys)
    assert "nothing: no such file or folder" in err
    afile = tmp_path / "f.txt"
    afile.write_text("x")
    err = _refused(["extract", SEEDS, "--out", str(afile)], capsys)
    assert "--out names a file" in err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--workers", "-3"], "'-3' is not a whole number of at least 0"),
        (["--max-chars", "0"], "'0' is not a whole number of at least 1"),
        (["--encoding", "bogus"], "'bogus' is not an encoding Python knows"),
        (["--corpus", "/no/such/corpus.csv"], "/no/such/corpus.csv: no such file or folder"),
        (["--notebook", "05_nothing.ipynb"], "invalid choice: '05_nothing.ipynb'"),
    ],
)
def test_run_refuses_bad_options_before_any_notebook(argv, expected, capsys):
    assert expected in _refused(["run", *argv], capsys)


def test_run_accepts_the_corpus_options_of_extract():
    from corpus_utils.__main__ import SOURCE_OPTIONS
    from corpus_utils.publish.run import notebook_parameters

    for name in ("01_corpus_overview.ipynb", "04_outlet_comparison.ipynb"):
        declared = notebook_parameters(name)
        for _, (parameter, _) in SOURCE_OPTIONS.items():
            assert parameter in declared, (name, parameter)
            assert declared[parameter]["inferred_type_name"] not in ("None", "Unknown type")


def test_a_parameter_name_is_checked_against_the_notebooks(capsys):
    hostile = "import os;os.system('touch pwned');top_n=20"
    assert main(["run", "-p", hostile]) == 2
    err = capsys.readouterr().err
    assert "no notebook run has a parameter named" in err
    assert "the parameters are: " in err and "top_n" in err and "kwic_actor" in err
    assert main(["run", "--notebook", "01_corpus_overview.ipynb", "-p", "kwic_actor=x"]) == 2
    assert "kwic_actor" in capsys.readouterr().err  # 01 has no such parameter
    assert main(["run", "-p", "top_n"]) == 2
    assert "give a parameter as NAME=VALUE" in capsys.readouterr().err
    assert main(["run", "-p", "figures_dir=/etc"]) == 2
    assert "the runner sets figures_dir" in capsys.readouterr().err


def test_a_parameter_value_is_plain_data_never_code(capsys, tmp_path):
    marker = tmp_path / "pwned"
    # str() of a tuple is what papermill writes for a type it does not know: unquoted
    value = f'("\\"+__import__(\\"os\\").system(\\"touch {marker}\\")+\\"",)'
    assert main(["run", "-p", f"top_n={value}"]) == 2
    assert "a value is a number, a string" in capsys.readouterr().err
    assert not marker.exists()
    with pytest.raises(ValueError, match="cannot be passed to a notebook as a literal"):
        check_parameter_values({"top_n": ("x",)})
    with pytest.raises(ValueError, match="not a Python name"):
        check_parameter_values({"a=1;b": 1})


@pytest.mark.parametrize(
    "value",
    [
        'x"; import os #',
        '\\"; __import__("os").system("touch pwned") #',
        "a\\",
        "line\nbreak ''' \"\"\"",
        "\ud800 lone surrogate",
        ["a", {"b": "c\"'"}],
    ],
)
def test_strings_reach_the_notebook_as_the_same_literal(value):
    import nbformat
    from papermill.parameterize import parameterize_notebook

    check_parameter_values({"kwic_actor": value})
    notebook = nbformat.read(PROJECT_ROOT / "notebooks" / "02_actor_mentions.ipynb", as_version=4)
    notebook.metadata["papermill"] = {}
    injected = parameterize_notebook(notebook, {"kwic_actor": value}, kernel_name="python3")
    cell = next(c for c in injected.cells if "injected-parameters" in c.metadata.get("tags", []))
    tree = ast.parse(cell.source)
    assert [type(node) for node in tree.body] == [ast.Assign]
    assert ast.literal_eval(tree.body[0].value) == value


def test_a_missing_text_column_names_the_fix_in_the_form_typed(tmp_path):
    path = tmp_path / "paper.csv"
    path.write_text("published,headlines,articles\n2022-03-01,Title,Some text.\n")
    with pytest.raises(CorpusError, match=r"no text column 'text'.*--text-column articles$"):
        check_corpus_columns(str(path), {})
    with pytest.raises(CorpusError, match=r'CORPUS_ARGS="--text-column articles"'):
        check_corpus_columns(str(path), {}, via_make=True)
    check_corpus_columns(str(path), {"text_column": "articles"})  # no error


def test_a_text_column_with_a_space_is_named_quoted_so_the_fix_can_be_pasted(tmp_path):
    """A spreadsheet's export ("Body text"): the fix quotes the name as CORPUS_ARGS reads it."""
    path = tmp_path / "guardian export.csv"
    path.write_text("Headline,Body text,Date published\nTitle,Some longer text here.,27/05/2022\n")
    with pytest.raises(CorpusError, match=r"--text-column 'Body text'$"):
        check_corpus_columns(str(path), {})
    with pytest.raises(CorpusError) as raised:
        check_corpus_columns(str(path), {}, via_make=True)
    assert f"CORPUS='{path}' CORPUS_ARGS=\"--text-column 'Body text'\"" in str(raised.value)


@pytest.mark.parametrize(
    ("header", "row", "guess"),
    [
        (
            "story_id,pub_date,story_title,story_text",
            "a1,2022-03-01,Title,Some text.",
            "story_text",
        ),
        ("uid,hed,dateline,copy", "a1,Title,2022-03-01,Some text.", "copy"),
        # two named so: the longer, not the first ("headline_text" is a title)
        (
            "ref,headline_text,pub_ts,full_text",
            "m1,Russia denies blast,2022-11-15T09:30:00Z,Russia has denied reports of a blast.",
            "full_text",
        ),
        # no name says so: the longest value
        ("uid,hed,when,words", "a1,Title,2022-03-01,Kyiv was shelled on Monday.", "words"),
    ],
)
def test_a_missing_text_column_is_guessed_from_names_then_lengths(tmp_path, header, row, guess):
    path = tmp_path / "paper.csv"
    path.write_text(f"{header}\n{row}\n")
    with pytest.raises(CorpusError, match=rf"--text-column {guess}$"):
        check_corpus_columns(str(path), {})


def _make_ready() -> str | None:
    if shutil.which("make") is None:
        return "make is not installed"
    up_to_date = subprocess.run(
        ["make", "-q", ".venv/.installed"], cwd=PROJECT_ROOT, capture_output=True
    )
    if up_to_date.returncode != 0:
        return "the .venv is not installed or not up to date (run make install)"
    return None


@pytest.mark.parametrize("target", ["notebooks", "report"])
def test_make_passes_corpus_without_shell_or_make_expansion(target, tmp_path):
    reason = _make_ready()
    if reason:
        pytest.skip(reason)
    markers = [tmp_path / f"pwned{i}" for i in range(4)]
    corpus = (
        f"{tmp_path}/nothing`touch {markers[0]}`$(shell touch {markers[1]})"
        f"$(touch {markers[2]});touch {markers[3]}"
    )
    args = f"--outlet `touch {markers[0]}` --title-column $(shell touch {markers[1]})"
    result = subprocess.run(
        ["make", "-s", target, f"CORPUS={corpus}", f"CORPUS_ARGS={args}"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert corpus in result.stderr  # the path arrives as typed, and is named in the error
    assert [m for m in markers if m.exists()] == []
    assert not list((PROJECT_ROOT / "output").glob("nothing*"))


def test_make_passes_corpus_args_as_options(tmp_path):
    reason = _make_ready()
    if reason:
        pytest.skip(reason)
    path = tmp_path / "paper.jsonl"
    path.write_text(json.dumps({"body": "Some text about Kyiv."}) + "\n")
    result = subprocess.run(
        ["make", "-s", "notebooks", f"CORPUS={path}", "CORPUS_ARGS=--encoding bogus"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "argument --encoding: 'bogus' is not an encoding" in result.stderr
    result = subprocess.run(
        ["make", "-s", "notebooks", f"CORPUS={path}", "CORPUS_ARGS=--outlet 'The Guardian"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "cannot be split into options" in result.stderr
    result = subprocess.run(
        ["make", "-s", "notebooks", f"CORPUS={path}", "CORPUS_ARGS=--outlet 'The Guardian'"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert 'CORPUS_ARGS="--text-column body"' in result.stderr


@pytest.mark.parametrize(
    "text", ["Price $\\undefinedmacro{x}$ Daily", "US$ 5 and US$ 6", "$x^2$ Times", "a $ b"]
)
def test_text_in_figures_is_never_mathtext(text, tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from corpus_utils.publish import plots

    plots.apply_style()
    fig, ax = plt.subplots()
    ax.barh([text], [1])
    ax.set_title(f"{text} is the most named outlet")
    plots.caption(fig, f"Source: {text}")
    written = plots.save_figure(fig, "hostile", folder=tmp_path)  # mathtext would raise here
    plt.close(fig)
    assert [p.suffix for p in written] == [".png", ".svg"]
    label = ax.get_yticklabels()[0]
    assert label.get_text() == text
    assert not label._preprocess_math(label.get_text())[1]  # shown as typed, not as math


def test_a_tie_at_the_top_n_cut_gives_every_heatmap_row_a_label():
    import pandas as pd

    from corpus_utils.analysis import outlets
    from corpus_utils.publish import plots

    # Lavrov and an unregistered name tie at the cut of two; the registry order differs
    mentions = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "b", "a", "b"],
            "start_char": [0, 10, 0, 10, 20, 20],
            "actor_id": ["lavrov", "lavrov", None, None, "kyiv", "kyiv"],
            "actor_name": ["Sergei Lavrov", "Sergei Lavrov", None, None, "Kyiv", "Kyiv"],
            "actor_type": ["person", "person", "person", "person", "place", "place"],
            "side": ["russia", "russia", None, None, "ukraine", "ukraine"],
            "surface": ["Lavrov", "Lavrov", "We", "We", "Kyiv", "Kyiv"],
            "source": ["registry", "registry", "ner", "ner", "registry", "registry"],
        }
    )
    documents = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"]})
    grid = outlets.actor_attention(mentions, documents, top_n=2)
    named = grid[grid["actor_id"] != "other"]
    heat, labels = plots.ranked_grid(named)
    assert len(labels) == len(heat) == 2
    assert all(isinstance(label, str) and label.strip() for label in labels)
