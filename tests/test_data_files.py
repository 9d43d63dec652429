"""The one reader of the data files: every problem names the file, the line and the column."""

from __future__ import annotations

import re

import pytest

from corpus_utils.config import DATA_DIR
from corpus_utils.data import DataFileError, read_data_file

SPEC = {
    "columns": ("actor_id", "side", "pattern"),
    "allowed": {"side": ("russia", "ukraine")},
    "unique": ("actor_id",),
    "patterns": ("pattern",),
}
HEADER = b"actor_id,side,pattern\n"
GOOD = b"putin,russia,\\bPutin\\b\n"


@pytest.mark.parametrize(
    ("content", "line", "column", "problem"),
    [
        (b"actor_id,pattern\n" + GOOD, 1, "side", "missing column(s) side"),
        (HEADER + GOOD + b"kyiv,west,Kyiv\n", 3, "side", "unknown side 'west'"),
        (HEADER + GOOD + b"putin,russia,Putin\n", 3, "actor_id", "duplicate actor_id='putin'"),
        (HEADER + GOOD + b"kyiv,ukraine,(Kyiv\n", 3, "pattern", "bad regular expression '(Kyiv'"),
        (HEADER + b",russia,Putin\n", 2, "actor_id", "empty cell"),
        (HEADER + b"putin,  ,Putin\n", 2, "side", "empty cell"),
        (HEADER + b"putin,russia\n", 2, "pattern", "2 fields where the header has 3"),
        (b"# a comment\n# another\n" + HEADER + GOOD + b"kyiv,west,Kyiv\n", 5, "side", "unknown"),
        (HEADER + b'putin,russia,"a\nb"\nkyiv,west,Kyiv\n', 4, "side", "unknown side"),
        (b"\xef\xbb\xbf" + HEADER + GOOD, 1, None, "byte-order mark"),
        (HEADER + GOOD + b"kyiv,ukraine,Ky\xefv\n", 3, None, "byte 0xef at character 16"),
    ],
    ids=[
        "missing-column",
        "bad-value",
        "duplicate-id",
        "bad-regex",
        "empty-required-cell",
        "blank-required-cell",
        "too-few-fields",
        "comments-counted-in-lines",
        "multiline-cell-counted",
        "bom",
        "not-utf8",
    ],
)
def test_bad_file_names_file_line_column_and_problem(tmp_path, content, line, column, problem):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(DataFileError) as error:
        read_data_file(path, **SPEC)
    message = str(error.value)
    where = f"{path}, line {line}" + (f", column {column!r}" if column else "") + ": "
    assert message.startswith(where), message
    assert problem in message
    assert (error.value.line, error.value.column) == (line, column)
    assert isinstance(error.value, ValueError)  # callers catching ValueError keep working


def test_good_file_rows_keep_lines_patterns_and_raw_columns(tmp_path):
    path = tmp_path / "good.csv"
    path.write_bytes(b"# note\n" + HEADER + GOOD + b"\n zelensky , ukraine , Zelensky \n")
    rows = read_data_file(path, **SPEC)
    assert [dict(row) for row in rows] == [
        {"actor_id": "putin", "side": "russia", "pattern": r"\bPutin\b"},
        {"actor_id": "zelensky", "side": "ukraine", "pattern": " Zelensky "},
    ]
    assert [row.line for row in rows] == [3, 5]
    assert rows[0].patterns["pattern"] == re.compile(r"\bPutin\b")


def test_optional_columns_default_empty_and_composite_keys(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text("choice,form\na,x\na,y\nb,x\na,x\n", encoding="utf-8")
    with pytest.raises(
        DataFileError, match=r"line 5, column 'form': duplicate choice='a', form='x'"
    ):
        read_data_file(path, columns=("choice", "form"), unique=(("choice", "form"),))
    rows = read_data_file(path.with_name("pairs.csv"), columns=("choice",), optional=("note",))
    assert rows[0]["note"] == ""


def test_empty_file_and_missing_file_are_named(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("# only a comment\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"empty\.csv: no header line"):
        read_data_file(empty, columns=("a",))
    only_header = tmp_path / "header.csv"
    only_header.write_text("a\n", encoding="utf-8")
    assert read_data_file(only_header, columns=("a",)) == []
    with pytest.raises(DataFileError, match=r"header\.csv: no rows"):
        read_data_file(only_header, columns=("a",), nonempty=True)
    with pytest.raises(DataFileError, match=r"absent\.csv: cannot read the file"):
        read_data_file(tmp_path / "absent.csv", columns=("a",))


@pytest.mark.parametrize("name", sorted(p.name for p in DATA_DIR.glob("*.csv")))
def test_every_package_data_file_is_read_by_the_reader(name):
    """Every reader of ``data/*.csv`` goes through :func:`read_data_file` (no other CSV code)."""
    from corpus_utils.annotate.cache import PACKAGE_DIR

    readers = [
        path
        for path in PACKAGE_DIR.rglob("*.py")
        if f'"{name}"' in path.read_text(encoding="utf-8") and path.parent.name != "annotate"
    ]
    assert readers, name
    for path in readers:
        text = path.read_text(encoding="utf-8")
        assert "read_data_file" in text, path
