"""Reading and writing the tables of an annotated corpus.

:class:`Annotation` reads a table from its shard folders; :func:`read_table` and
:func:`count_by` go through pandas or dask.dataframe by size; :func:`write_tables` writes the
set that ``extract`` exports, with a manifest, swapped into place as a whole.
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from corpus_utils.annotate.shards import _sha256
from corpus_utils.annotate.spreadsheet import spreadsheet_safe
from corpus_utils.corpus.load import LoadReport
from corpus_utils.extract.document import _COLUMNS, TABLES

if TYPE_CHECKING:
    import dask.dataframe as dd

#: Tables that `extract` exports (texts stay in the cache: they are the corpus itself).
EXPORT_TABLES = ("documents", "removals", "mentions", "quotes", "quantities", "lemmas", "problems")


@dataclass
class Annotation:
    """An annotated corpus: the shard folders and the load report; tables read on demand."""

    shard_dirs: list[Path]
    report: LoadReport
    fingerprint: dict
    stats: dict = field(default_factory=dict)
    _cache: dict = field(default_factory=dict, repr=False)

    def parts(self, name: str) -> list[Path]:
        """The Parquet parts of one table, in corpus order (for dask.dataframe)."""
        return [d / f"{name}.parquet" for d in self.shard_dirs]

    def table(self, name: str, *, columns: list[str] | None = None) -> pd.DataFrame:
        """Read one table into pandas (``problems`` comes from the load report)."""
        if name == "problems":
            return self.report.to_frame()
        if name not in TABLES:
            raise KeyError(f"no table {name!r}; the tables are {', '.join((*TABLES, 'problems'))}")
        key = (name, tuple(columns) if columns else None)
        if key not in self._cache:
            self._cache[key] = _read_parts(self.parts(name), columns=columns, name=name)
        return self._cache[key].copy()

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name in TABLES or name == "problems":
            return self.table(name)
        raise AttributeError(name)


def _read_parts(paths: list[Path], *, columns: list[str] | None, name: str) -> pd.DataFrame:
    """Concatenate Parquet parts into one frame, with one schema whatever the shard sizes.

    A column that is empty in one shard is stored with Arrow's null type; the
    parts are promoted to a common schema before converting to pandas, so the
    result does not depend on how the corpus was split into shards.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not paths:
        return pd.DataFrame(columns=columns or _COLUMNS.get(name, ["doc_id"]))
    tables = [pq.read_table(path, columns=columns) for path in paths]
    table = pa.concat_tables(tables, promote_options="permissive")
    frame = table.to_pandas()
    return frame.drop(columns="doc_key") if "doc_key" in frame.columns else frame


#: The file beside the tables that lists them with row counts and checksums.
TABLE_MANIFEST = "manifest.json"


def _spreadsheet_safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = frame[column].map(spreadsheet_safe)
    return frame


def _named_os_error(error: OSError, path: Path, doing: str) -> OSError:
    """The same error, saying which path failed (``No space left on device`` names none)."""
    return OSError(error.errno, f"{path}: cannot {doing} ({error.strerror or error})")


def write_tables(
    annotation: Annotation,
    out_dir: str | Path,
    *,
    fmt: str = "csv",
    tables=EXPORT_TABLES,
    derived: dict[str, pd.DataFrame] | None = None,
) -> list[Path]:
    """Write the tidy tables a researcher can take to R or Stata, as one consistent set.

    The tables and a ``manifest.json`` (row counts and SHA-256 of each file)
    are written into a temporary folder beside ``out_dir``, which then
    replaces ``out_dir`` as a whole; other files and folders in ``out_dir`` are
    carried over as hard links (a folder holding the current folder is
    refused). After any failure (an error, a full
    disk, a kill) the previous set is intact, and no temporary file is left
    (one left by a killed run is removed by the next). Files in ``out_dir``
    that are not tables of this package are kept. In CSV, a text cell a
    spreadsheet would run as a formula is neutralised (see
    :func:`spreadsheet_safe`); Parquet keeps every value exactly.

    Args:
        annotation: The annotated corpus.
        out_dir: The output folder (created if missing).
        fmt: ``csv`` or ``parquet``.
        tables: Which tables to write.
        derived: Further tables computed from the annotation (e.g. the provenance
            tables), written in the same set under their names.

    Returns:
        The paths written.

    Raises:
        OSError: Naming the path that could not be written.
    """
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"unknown format {fmt!r}: use csv or parquet")
    out = Path(out_dir)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _named_os_error(error, out.parent, "create the folder") from None
    here = Path.cwd().resolve()
    if here == out.resolve() or here.is_relative_to(out.resolve()):
        raise RuntimeError(
            f"{out} holds the current folder {here}; write the tables to a folder of their own"
        )
    for stale in out.parent.glob(f".{out.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    tmp = out.parent / f".{out.name}.tmp-{uuid.uuid4().hex[:8]}"
    try:
        try:
            tmp.mkdir()
        except OSError as error:
            raise _named_os_error(error, tmp, "create the folder") from None
        manifest = {"format": fmt, "tables": {}}
        derived = dict(derived or {})
        frames = [(name, lambda name=name: annotation.table(name)) for name in tables]
        frames += [(name, lambda frame=frame: frame) for name, frame in derived.items()]
        for name, read in frames:
            frame = read()
            path = tmp / f"{name}.{fmt}"
            try:
                if fmt == "csv":
                    _spreadsheet_safe_frame(frame).to_csv(path, index=False, lineterminator="\n")
                else:
                    frame.to_parquet(path, index=False)
                manifest["tables"][name] = {
                    "file": path.name,
                    "rows": len(frame),
                    "bytes": path.stat().st_size,
                    "sha256": _sha256(path),
                }
            except OSError as error:
                raise _named_os_error(error, out / path.name, "write") from None
        if fmt == "csv":
            manifest["csv"] = (
                "text cells starting with = + - @ TAB or CR (after any apostrophes) carry one "
                "more leading apostrophe; corpus_utils.annotate.spreadsheet_unescape removes it"
            )
        try:
            (tmp / TABLE_MANIFEST).write_text(
                json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
            )
        except OSError as error:
            raise _named_os_error(error, out / TABLE_MANIFEST, "write") from None
        ours = (*TABLES, "problems", *derived)
        _keep_other_files(out, tmp, {f"{n}.{f}" for n in ours for f in ("csv", "parquet")})
        _replace_folder(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return [out / f"{name}.{fmt}" for name in (*tables, *derived)]


def _keep_other_files(out: Path, tmp: Path, ours: set[str]) -> None:
    """Carry what is not our tables (a lock, a cache folder, notes) into the new set.

    Files are hard-linked, folders rebuilt of hard links: nothing is copied or
    moved, so a kill at any moment leaves the originals in place (and a lock
    held on a file stays held).

    Files are hard-linked (the same file, so a lock held on it stays held);
    where links are not possible they are copied.
    """
    if not out.is_dir():
        return
    for entry in out.iterdir():
        if entry.name in ours or entry.name == TABLE_MANIFEST:
            continue
        target = tmp / entry.name
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.copytree(entry, target, symlinks=True, copy_function=_link_or_copy)
            elif entry.is_symlink():
                os.symlink(os.readlink(entry), target)
            else:
                _link_or_copy(entry, target)
        except (OSError, shutil.Error) as error:
            if isinstance(error, shutil.Error):
                raise OSError(f"{entry}: cannot carry over ({error})") from None
            raise _named_os_error(error, entry, "carry over") from None


def _link_or_copy(source, target) -> None:
    """Hard-link a file (the same file, nothing copied); copy it where links fail."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


_RENAME_EXCHANGE = 2


def _replace_folder(new: Path, out: Path) -> None:
    """Put folder ``new`` in the place of ``out`` as a whole; ``new`` then holds the old set."""
    if not out.exists():
        try:
            os.rename(new, out)
        except OSError as error:
            raise _named_os_error(error, out, "rename the new tables into place") from None
        new.mkdir()  # the caller removes it
        return
    if _exchange(new, out):
        return
    old = out.parent / f".{out.name}.tmp-old-{uuid.uuid4().hex[:8]}"
    try:
        os.rename(out, old)
    except OSError as error:
        raise _named_os_error(error, out, "move the previous tables aside") from None
    try:
        os.rename(new, out)
    except OSError as error:
        os.rename(old, out)
        raise _named_os_error(error, out, "rename the new tables into place") from None
    os.rename(old, new)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one atomic step (Linux ``renameat2``); False where unavailable."""
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


#: Parquet bytes above which :func:`read_table` returns a ``dask.dataframe``.
MAX_PANDAS_BYTES = 256 * 2**20


def read_table(
    annotation: Annotation,
    name: str,
    *,
    columns: Sequence[str] | None = None,
    max_pandas_bytes: int = MAX_PANDAS_BYTES,
) -> pd.DataFrame | dd.DataFrame:
    """Read one table of an annotation: pandas when small, ``dask.dataframe`` when large.

    Every Parquet part is read to one schema (the union of the parts'
    columns, their types unified), so both kinds of frame hold the same
    columns with the same types, in corpus order.

    Args:
        annotation: The annotated corpus.
        name: A table name (see :data:`corpus_utils.extract.document.TABLES`).
        columns: Only these columns (reading fewer is what keeps large tables cheap).
        max_pandas_bytes: Parquet bytes on disk up to which a pandas frame
            is returned.

    Returns:
        A ``pandas.DataFrame`` or a lazy ``dask.dataframe.DataFrame``.
    """
    if name == "problems":
        frame = annotation.report.to_frame()
        return frame[list(columns)] if columns else frame
    if name not in TABLES:
        raise KeyError(f"no table {name!r}; the tables are {', '.join(TABLES)}")
    parts = [str(p) for p in annotation.parts(name)]
    schema = _table_schema(parts, columns)
    meta = schema.empty_table().to_pandas()
    if sum(os.path.getsize(p) for p in parts) <= max_pandas_bytes:
        frames = [_read_part(p, schema) for p in parts]
        frames = [f for f in frames if len(f)]
        return pd.concat(frames, ignore_index=True) if frames else meta
    import dask
    import dask.dataframe as dd

    with dask.config.set({"dataframe.convert-string": False}):  # keep pandas' own str dtype
        return dd.from_map(_read_part, parts, schema=schema, meta=meta, label=f"read-{name}")


def _table_schema(parts: list[str], columns: Sequence[str] | None) -> pa.Schema:
    """One schema for all parts: their columns in first-seen order, types unified."""
    schemas = [pq.read_schema(p).remove_metadata() for p in parts]
    schemas = [pa.schema([f for f in s if f.name != "doc_key"]) for s in schemas]
    schema = pa.unify_schemas(schemas, promote_options="permissive") if schemas else pa.schema([])
    if columns is None:
        return schema
    missing = [c for c in columns if c not in schema.names]
    if missing:
        raise KeyError(f"no column {', '.join(missing)}; the columns are {', '.join(schema.names)}")
    return pa.schema([schema.field(c) for c in columns])


def _read_part(path: str, schema: pa.Schema) -> pd.DataFrame:
    present = set(pq.read_schema(path).names)
    table = pq.read_table(path, columns=[c for c in schema.names if c in present])
    arrays = [
        table[f.name].cast(f.type) if f.name in present else pa.nulls(len(table), f.type)
        for f in schema
    ]
    return pa.Table.from_arrays(arrays, schema=schema).to_pandas()


def count_by(
    data: Annotation | pd.DataFrame | dd.DataFrame,
    keys: str | Sequence[str],
    *,
    table: str | None = None,
    weight: str | None = None,
    dropna: bool = True,
    max_pandas_bytes: int = MAX_PANDAS_BYTES,
) -> pd.DataFrame:
    """Count rows per combination of ``keys`` (and sum a weight), through pandas or Dask.

    With an annotation, only the needed columns are read (see
    :func:`read_table`); a key the table lacks but the documents table has
    (``outlet``, ``date``...) is joined from it on ``doc_id``.

    Args:
        data: An :class:`~corpus_utils.annotate.Annotation` (then ``table``
            names the table), or a pandas or Dask frame.
        keys: The grouping column or columns.
        table: The table to count in, with an annotation.
        weight: A numeric column to sum per group (the lemmas' ``count``).
        dropna: Leave out rows whose key is missing.
        max_pandas_bytes: See :func:`read_table`.

    Returns:
        One row per group: the keys, ``n`` (rows) and the summed weight,
        sorted by the weight (or ``n``) descending, then by the keys.

    Examples:
        Mentions per outlet and actor, and lemma frequencies per outlet::

            count_by(annotation, ["outlet", "actor_id"], table="mentions")
            count_by(annotation, ["outlet", "lemma"], table="lemmas", weight="count")
    """
    keys = [keys] if isinstance(keys, str) else list(keys)
    if isinstance(data, Annotation):
        if table is None:
            raise TypeError("count_by on an annotation needs table=")
        frame = _frame_with_keys(data, table, keys, weight, max_pandas_bytes)
    else:
        frame = data[[*keys, *([weight] if weight else [])]]
    values = ["n", *([weight] if weight else [])]
    grouped = frame.assign(n=1).groupby(keys, dropna=dropna)[values].sum()
    if not isinstance(grouped, pd.DataFrame):
        grouped = grouped.compute()
    counts = grouped.reset_index()
    for key in keys:  # a Dask frame built elsewhere may hold strings with pd.NA for missing
        dtype = counts[key].dtype
        if isinstance(dtype, pd.StringDtype) and dtype.na_value is pd.NA:
            counts[key] = counts[key].astype("str")
    counts["n"] = counts["n"].astype("int64")
    order = weight or "n"
    counts = counts.sort_values(
        [order, *keys], ascending=[False, *[True] * len(keys)], kind="stable", na_position="last"
    )
    return counts.reset_index(drop=True)[[*keys, *values]]


def _frame_with_keys(annotation, table, keys, weight, max_pandas_bytes):
    """The columns a count needs, with document-level keys joined on ``doc_id``."""
    available = _table_schema([str(p) for p in annotation.parts(table)], None).names
    own = [k for k in keys if k in available]
    joined = [k for k in keys if k not in available]
    needed = [*own, *([weight] if weight else []), *(["doc_id"] if joined else [])]
    frame = read_table(annotation, table, columns=needed, max_pandas_bytes=max_pandas_bytes)
    if not joined:
        return frame
    documents = read_table(
        annotation, "documents", columns=["doc_id", *joined], max_pandas_bytes=max_pandas_bytes
    )
    if isinstance(frame, pd.DataFrame) and not isinstance(documents, pd.DataFrame):
        documents = documents.compute()
    return frame.merge(documents, on="doc_id", how="left")
