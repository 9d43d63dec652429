"""The one reader of the package's data files (``data/*.csv``), with one kind of error.

Every registry and lexicon in this folder is read by :func:`read_data_file`: it checks
the encoding, the header, the number of fields, empty cells, allowed values, unique
keys and regular expressions, and a failure raises :class:`DataFileError` whose message
names the file, the line (the physical line in the file, comments counted) and the
column. Lines starting with ``#`` before the header are comments.

The module sits on the ground floor beside ``config``: every layer may import it. The
cache fingerprint hashes it with the annotating code, since it decides what those read.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

_BOM = "\ufeff"


class DataFileError(ValueError):
    """A data file that cannot be used; the message names file, line, column and problem."""

    def __init__(
        self, path: Path | str, problem: str, *, line: int | None = None, column: str | None = None
    ) -> None:
        where = str(path)
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column {column!r}"
        super().__init__(f"{where}: {problem}")
        self.path, self.line, self.column, self.problem = str(path), line, column, problem


class DataRow(dict):
    """One row of a data file: ``{column: cell}``, plus its ``line`` and compiled ``patterns``."""

    path: str
    line: int
    patterns: dict[str, re.Pattern[str]]

    def fail(self, problem: str, column: str | None = None) -> DataFileError:
        """The error for a problem on this row (raise it): names the file, line and column."""
        return DataFileError(self.path, problem, line=self.line, column=column)


def read_data_file(
    path: Path | str,
    *,
    columns: Sequence[str],
    optional: Sequence[str] = (),
    required: Sequence[str] | None = None,
    allowed: Mapping[str, Sequence[str]] | None = None,
    unique: Sequence[str | tuple[str, ...]] = (),
    patterns: Mapping[str, int] | Sequence[str] = (),
    raw: Sequence[str] = (),
    nonempty: bool = False,
) -> list[DataRow]:
    """Read and check a CSV data file.

    Args:
        path: The file (UTF-8 without a byte-order mark).
        columns: Columns the header must hold; other columns are allowed and kept.
        optional: Columns that may be missing from the header (their cells are then ``""``).
        required: Columns whose cells must not be empty; ``None`` means all of ``columns``.
        allowed: ``{column: values}``: the only values a cell of that column may hold.
        unique: Columns (or tuples of columns) whose value may appear on one row only.
        patterns: Columns holding regular expressions, compiled (as ``{column: flags}``,
            or a list of columns for no flags) into ``row.patterns``; a bad one is an error.
        raw: Columns kept as written; the cells of the others are stripped of outer spaces.
            Pattern columns are always kept as written.
        nonempty: Whether a file without rows is an error.

    Returns:
        The rows in file order, each a :class:`DataRow`.

    Raises:
        DataFileError: Naming the file, the line and the column of the first problem.
    """
    path = Path(path)
    allowed = allowed or {}
    flags = dict(patterns) if isinstance(patterns, Mapping) else dict.fromkeys(patterns, 0)
    required = tuple(columns) if required is None else tuple(required)
    keep = set(raw) | set(flags)
    text = _read_text(path)
    lines = text.splitlines(keepends=True)
    skipped = 0
    while skipped < len(lines) and (lines[skipped].startswith("#") or not lines[skipped].strip()):
        skipped += 1
    if skipped == len(lines):
        raise DataFileError(path, "no header line (the file is empty or only comments)")
    reader = csv.reader(lines[skipped:], strict=True)
    try:
        header = [name.strip() for name in next(reader)]
    except csv.Error as error:
        raise DataFileError(path, f"unreadable header: {error}", line=skipped + 1) from None
    missing = [c for c in columns if c not in header]
    if missing:
        raise DataFileError(
            path,
            f"missing column(s) {', '.join(missing)} in the header (found {', '.join(header)})",
            line=skipped + 1,
            column=missing[0],
        )
    for name in [*columns, *optional]:
        if header.count(name) > 1:
            raise DataFileError(
                path, "the header names this column twice", line=skipped + 1, column=name
            )
    rows: list[DataRow] = []
    seen: dict[tuple[str, ...], dict[tuple[str, ...], int]] = {}
    keys = [(key,) if isinstance(key, str) else tuple(key) for key in unique]
    previous_end = skipped + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise DataFileError(path, f"unreadable row: {error}", line=previous_end + 1) from None
        line = previous_end + 1
        previous_end = skipped + reader.line_num
        if not cells or (len(cells) == 1 and not cells[0].strip()):
            continue  # a blank line
        if len(cells) != len(header):
            raise DataFileError(
                path,
                f"{len(cells)} fields where the header has {len(header)}",
                line=line,
                column=header[len(cells)] if len(cells) < len(header) else None,
            )
        row = DataRow()
        row.path, row.line, row.patterns = str(path), line, {}
        for name, cell in zip(header, cells, strict=True):
            row[name] = cell if name in keep else cell.strip()
        for name in optional:
            row.setdefault(name, "")
        for name in required:
            if not row[name].strip():
                raise row.fail("empty cell", name)
        for name, values in allowed.items():
            if row[name] not in values:
                shown = ", ".join(repr(v) for v in values)
                raise row.fail(f"unknown {name} {row[name]!r} (expected one of {shown})", name)
        for name, flag in flags.items():
            try:
                row.patterns[name] = re.compile(row[name], flag)
            except re.error as error:
                raise row.fail(f"bad regular expression {row[name]!r}: {error}", name) from None
        for key in keys:
            value = tuple(row[name] for name in key)
            first = seen.setdefault(key, {}).get(value)
            if first is not None:
                shown = ", ".join(f"{n}={v!r}" for n, v in zip(key, value, strict=True))
                raise row.fail(f"duplicate {shown} (first on line {first})", key[-1])
            seen[key][value] = line
        rows.append(row)
    if nonempty and not rows:
        raise DataFileError(path, "no rows")
    return rows


def _read_text(path: Path) -> str:
    """The file's text, strictly UTF-8; a byte-order mark or a bad byte is an error."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DataFileError(path, f"cannot read the file: {error.strerror or error}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise DataFileError(
            path,
            f"byte {data[error.start]:#04x} at character {column} of the line is not UTF-8 "
            "(save the file as UTF-8)",
            line=line,
        ) from None
    if text.startswith(_BOM):
        raise DataFileError(
            path,
            "the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM",
            line=1,
        )
    return text
