"""Reading a corpus source into documents, reporting every document that cannot be used.

A source is a folder of ``.txt`` files (with an optional ``metadata.csv``), a
CSV (``.csv`` or ``.tsv``), JSONL or Parquet file with a text column, a folder of
such files, or a glob pattern matching several. A file of another type is reported when it is
named as the source or matched by the pattern, and in a folder when it is a form articles are
saved in (a Word, PDF, HTML or spreadsheet file, a compressed table); a folder's other files
(notes, images, a README) are passed over. :func:`iter_documents` streams the documents
one at a time (memory stays flat however large the corpus); :func:`load_corpus`
collects and cleans them into one DataFrame. No input is ever written.

Every document read ends either loaded or reported in a :class:`LoadReport`
with its file, its line or row, and the reason: read = loaded + reported.
"""

from __future__ import annotations

import contextlib
import csv
import fnmatch
import json
import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from corpus_utils.config import SEEDS_DIR
from corpus_utils.corpus import metadata as meta

TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".parquet")
#: Longer documents are reported, not analysed (raise ``max_chars`` to analyse them in pieces).
MAX_DOC_CHARS = 5_000_000
METADATA_FILE = "metadata.csv"
#: Formats that articles are saved in but that are not read. Such a file in a corpus
#: folder is reported as a document not read; other files there (notes, images,
#: ``summary.json``, ``README.md``) are passed over.
ARTICLE_SUFFIXES_NOT_READ = frozenset(
    {".docx", ".doc", ".odt", ".rtf", ".pdf", ".html", ".htm", ".xhtml", ".epub"}
    | {".xlsx", ".xls", ".ods"}  # spreadsheets
)
#: Compression suffixes: ``feed.jsonl.gz`` in a corpus folder is reported, not passed over.
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zst", ".zip", ".7z")
#: The documents table's metadata columns, in order, before any extra columns.
DOCUMENT_COLUMNS = (
    "doc_id",
    "outlet",
    "outlet_source",
    "outlet_evidence",
    "date",
    "date_source",
    "date_evidence",
    "title",
    "url",
    "origin",
)
_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<\?xml)", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|script|style|head|body|meta|link|br|li|ul|table|tr|td)\b[^>]*>", re.I
)


class CorpusError(ValueError):
    """A corpus source that cannot be read at all (not one bad document)."""


@dataclass
class ColumnMap:
    """Which column of a table file holds what (researchers name them their own way)."""

    text: str = "text"
    doc_id: str | None = None
    date: str = "date"
    title: str = "title"
    outlet: str = "outlet"
    url: str = "url"


@dataclass
class LoadReport:
    """What happened to every document read: loaded, or reported with a reason.

    ``problems`` holds one dict per reported issue with ``source`` (file),
    ``doc_id``, ``location`` (line or row), ``severity`` (``skipped``: the
    document is not analysed; ``warning``: it is, with the stated caveat),
    ``reason`` (a short code) and ``message``.
    """

    read: int = 0
    loaded: int = 0
    problems: list[dict] = field(default_factory=list)

    def skip(self, source, reason: str, message: str, *, doc_id=None, location=None) -> None:
        """Record a document that cannot be used."""
        self._add(source, doc_id, location, "skipped", reason, message)

    def warn(self, source, reason: str, message: str, *, doc_id=None, location=None) -> None:
        """Record a caveat about a document that is still analysed."""
        self._add(source, doc_id, location, "warning", reason, message)

    def _add(self, source, doc_id, location, severity, reason, message) -> None:
        self.problems.append(
            {
                "source": str(source),
                "doc_id": doc_id,
                "location": location,
                "severity": severity,
                "reason": reason,
                "message": message,
            }
        )

    @property
    def skipped(self) -> int:
        """The number of documents read but not analysed."""
        return sum(1 for p in self.problems if p["severity"] == "skipped")

    def reconciles(self) -> bool:
        """True when every document read was either loaded or reported."""
        return self.read == self.loaded + self.skipped

    def summary(self) -> str:
        """One line: documents read = loaded + reported, with reasons."""
        reasons: dict[str, int] = {}
        for problem in self.problems:
            if problem["severity"] == "skipped":
                reasons[problem["reason"]] = reasons.get(problem["reason"], 0) + 1
        detail = ", ".join(f"{n} {reason}" for reason, n in sorted(reasons.items()))
        return (
            f"documents read {self.read} = loaded {self.loaded} + reported {self.skipped}"
            + (f" ({detail})" if detail else "")
            + ("" if self.reconciles() else "  [DOES NOT RECONCILE]")
        )

    def to_frame(self) -> pd.DataFrame:
        """The problems as a table (empty with its columns when there are none)."""
        columns = ["source", "doc_id", "location", "severity", "reason", "message"]
        return pd.DataFrame(self.problems, columns=columns)


def resolve_source(source: str | Path | None = None) -> list[Path]:
    """Return the files a source names, sorted by path (see :func:`scan_source`).

    Raises:
        CorpusError: For a missing path, an empty folder or a glob that
            matches nothing.
    """
    return scan_source(source).files


@dataclass
class SourceScan:
    """The files a source names, and every entry that looks like one but cannot be read.

    ``unread`` holds ``(path, reason, message)`` for a dangling link, a
    folder named like a document, a FIFO or other special file.
    ``outside`` holds ``(path, message)`` for a link that leads out of the
    corpus folder (read, and reported as a warning).
    """

    files: list[Path]
    unread: list[tuple[Path, str, str]] = field(default_factory=list)
    outside: list[tuple[Path, str]] = field(default_factory=list)
    root: Path | None = None


def _is_document_name(path: Path) -> bool:
    return path.suffix.lower() == ".txt" or path.suffix.lower() in TABLE_SUFFIXES


def _is_article_not_read(path: Path) -> bool:
    """A file in a folder that holds articles in a form not read: a Word file, a compressed table."""
    suffix = path.suffix.lower()
    if suffix in ARTICLE_SUFFIXES_NOT_READ:
        return True
    return suffix in COMPRESSED_SUFFIXES and _is_document_name(Path(path.stem))


def source_root(source: str | Path | None) -> Path | None:
    """The folder a source lies in: the folder itself, or a glob's fixed leading folders."""
    if source is None:
        source = SEEDS_DIR
    text = str(source)
    if any(ch in text for ch in "*?["):
        fixed = []
        for part in Path(text).parts:
            if any(ch in part for ch in "*?["):
                break
            fixed.append(part)
        return Path(*fixed) if fixed else Path(".")
    path = Path(text)
    return path if path.is_dir() else None


def scan_source(source: str | Path | None = None) -> SourceScan:
    """Find a source's files without following linked folders, noting every entry not read.

    A glob's ``**`` never descends into a symbolic link to a folder (so a
    link loop cannot hang the scan); a link to a file is followed, and noted
    when its target lies outside the corpus folder.

    Raises:
        CorpusError: For a missing path, an empty folder or a glob that
            matches nothing.
    """
    if source is None:
        source = SEEDS_DIR
    text = str(source)
    root = source_root(source)
    if any(ch in text for ch in "*?["):
        candidates = _glob_without_linked_folders(text)
        scan = _classify(candidates, root, every_name=True)
        if not scan.files and not scan.unread:
            raise CorpusError(f"{text}: the pattern matches no file")
        return scan
    path = Path(text)
    if not path.exists():
        if path.is_symlink():
            raise CorpusError(f"{path}: a link to {os.readlink(path)}, which does not exist")
        raise CorpusError(f"{path}: no such file or folder")
    if path.is_file():
        return SourceScan(files=[path])
    if not path.is_dir():
        raise CorpusError(f"{path}: not a regular file or folder (a FIFO or device?)")
    scan = _classify(sorted(path.iterdir()), root, every_name=False)
    if not scan.files and not scan.unread:
        raise CorpusError(f"{path}: the folder holds no .txt, .csv, .tsv, .jsonl or .parquet file")
    return scan


def _classify(paths: list[Path], root: Path | None, *, every_name: bool) -> SourceScan:
    """Sort entries into files to read and entries not read (with the reason)."""
    scan = SourceScan(files=[], root=root)
    real_root = root.resolve() if root is not None else None
    for path in sorted(paths):
        if path.is_file():
            if not every_name and not _is_document_name(path) and not _is_article_not_read(path):
                continue
            scan.files.append(path)
            if path.is_symlink() and real_root is not None:
                target = path.resolve()
                if not target.is_relative_to(real_root):
                    scan.outside.append(
                        (
                            path,
                            f"{path}: a link to {target}, outside the corpus folder {root}; "
                            "it is read, check that it belongs to this corpus",
                        )
                    )
            continue
        if not _is_document_name(path):
            continue
        if path.is_symlink() and not path.exists():
            reason = "dangling_link"
            message = f"{path}: a link to {os.readlink(path)}, which does not exist; not read"
        elif path.is_dir():
            reason = "folder"
            message = (
                f"{path}: a folder, not a file, though its name ends in {path.suffix}; not read"
            )
        else:
            reason = "not_a_regular_file"
            try:
                mode = path.stat().st_mode
                kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket or device"
            except OSError as error:
                kind = f"unreadable ({error.strerror})"
            message = f"{path}: {kind}, not a regular file; not read"
        scan.unread.append((path, reason, message))
    return scan


def _glob_without_linked_folders(pattern: str) -> list[Path]:
    """Expand a glob like :func:`glob.glob` (``recursive=True``) without entering linked folders."""
    root = source_root(pattern) or Path(".")
    rest = Path(pattern).parts[len(root.parts) if str(root) != "." else 0 :]
    if not rest:
        return []
    found: list[Path] = []
    if not root.is_dir():
        return found
    depth = None if "**" in rest else len(rest) - 1  # folders deeper than this cannot match
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        relative = Path(folder).relative_to(root).parts
        if depth is not None and len(relative) >= depth:
            dirnames_to_walk: list[str] = []
        else:
            dirnames_to_walk = list(dirnames)
        for name in [*dirnames, *filenames]:
            if _match_parts([*relative, name], list(rest)):
                found.append(Path(folder) / name)
        dirnames[:] = sorted(dirnames_to_walk)
    return sorted(found)


def _match_parts(names: list[str], segments: list[str]) -> bool:
    """Match path components against glob segments, ``**`` standing for any number of folders."""
    if not segments:
        return not names
    head, tail = segments[0], segments[1:]
    if head == "**":
        return any(
            _match_parts(names[i:], tail)
            for i in range(len(names) + 1)
            if all(not n.startswith(".") for n in names[:i])
        )
    if not names:
        return False
    name = names[0]
    if name.startswith(".") and not head.startswith("."):
        return False
    return fnmatch.fnmatchcase(name, head) and _match_parts(names[1:], tail)


def iter_documents(
    source: str | Path | None = None,
    *,
    columns: ColumnMap | None = None,
    outlet: str | None = None,
    encoding: str = "utf-8",
    report: LoadReport | None = None,
    max_chars: int = MAX_DOC_CHARS,
) -> Iterator[dict]:
    """Stream the documents of a source, one dict each, with metadata and ``raw_text``.

    Args:
        source: A folder, a file or a glob; default the seed corpus.
        columns: Column names for table files.
        outlet: The outlet of every document whose own metadata names none
            (a file that is all one outlet).
        encoding: How ``.txt``, CSV and JSONL files are decoded. The default
            refuses text that is not valid UTF-8 (the file is reported, never
            garbled, and the files beside it load); name another encoding
            (``cp1252``) to decode such files with it.
        report: Collects the counts and problems; pass one to read them.
        max_chars: Documents longer than this are reported as too long.

    Yields:
        Dicts with the keys of :data:`DOCUMENT_COLUMNS`, ``raw_text`` and any
        extra columns of a table file.
    """
    columns = columns or ColumnMap()
    report = report if report is not None else LoadReport()
    scan = scan_source(source)
    files = scan.files
    for path, reason, message in scan.unread:
        report.read += 1
        report.skip(path, reason, message, doc_id=path.stem)
    for path, message in scan.outside:
        report.warn(path, "outside_corpus", message, doc_id=path.stem)
    for path in files:
        if not _is_document_name(path):
            # a file named on its own or matched by a pattern, of a type not read
            report.read += 1
            kind = f"a {path.suffix} file" if path.suffix else "a file without a suffix"
            if path.suffix.lower() in COMPRESSED_SUFFIXES:
                kind = f"a compressed file ({path.suffix}; unpack it to read it)"
            report.skip(
                path,
                "unsupported_type",
                f"{path}: {kind}, which is not read: a corpus is .txt files (with an optional "
                "metadata.csv) or a table (.csv, .tsv, .jsonl, .ndjson, .parquet); not read",
                doc_id=path.stem,
            )
    files = [f for f in files if _is_document_name(f)]
    metadata_file = [f for f in files if f.name == METADATA_FILE]
    text_files = [f for f in files if f.suffix.lower() == ".txt"]
    table_files = [
        f for f in files if f.suffix.lower() in TABLE_SUFFIXES and f.name != METADATA_FILE
    ]
    seen: dict[str, str] = {}
    if text_files or (metadata_file and not table_files):
        folder_metadata = _read_folder_metadata(metadata_file[0], report) if metadata_file else {}
        day_first = True
        if metadata_file:
            dates = [row.get("date") for row in folder_metadata.values()]
            day_first = _date_order(metadata_file[0], dates, report)
        yield from _iter_text_files(
            text_files, folder_metadata, outlet, encoding, report, seen, max_chars, day_first
        )
    for path in table_files:
        before = _file_state(path)
        yield from _iter_table_file(path, columns, outlet, report, seen, max_chars, encoding)
        _check_unchanged(path, before, report)


def _file_state(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _check_unchanged(path: Path, before, report: LoadReport) -> None:
    """Report a file that changed while it was read (its documents are those read, once)."""
    after = _file_state(path)
    if after != before:
        size_before = before[0] if before else "?"
        size_after = after[0] if after else "gone"
        report.warn(
            path,
            "changed_while_read",
            f"{path}: the file changed while it was read ({size_before} bytes, then "
            f"{size_after}); the documents analysed are those read in this one pass. "
            "Rerun when the file is complete.",
        )


def _read_folder_metadata(path: Path, report: LoadReport) -> dict[str, dict]:
    """Read a folder's ``metadata.csv`` (``doc_id`` = the file stem) into rows by doc_id."""
    rows: dict[str, dict] = {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if "doc_id" not in (reader.fieldnames or []):
            raise CorpusError(
                f"{path}: no doc_id column (found: {', '.join(reader.fieldnames or [])})"
            )
        for row in reader:
            doc_id = (row.get("doc_id") or "").strip()
            location = f"row {reader.line_num}"
            if not doc_id:
                report.warn(
                    path, "metadata_row_without_id", f"{path}, {location}: no doc_id; row ignored"
                )
                continue
            if doc_id in rows:
                report.warn(
                    path,
                    "duplicate_metadata_row",
                    f"{path}, {location}: doc_id {doc_id!r} appears twice; the first row is used",
                    doc_id=doc_id,
                    location=location,
                )
                continue
            rows[doc_id] = {**row, "_location": location, "_metadata_path": str(path)}
    return rows


def _iter_text_files(
    files, folder_metadata, outlet, encoding, report, seen, max_chars, day_first=True
) -> Iterator[dict]:
    stems = {f.stem for f in files}
    for doc_id, row in folder_metadata.items():
        if doc_id not in stems:
            report.read += 1
            report.skip(
                row["_metadata_path"],
                "missing_file",
                f"{row['_metadata_path']}, {row['_location']}: names {doc_id!r} but there is no file {doc_id}.txt",
                doc_id=doc_id,
                location=row["_location"],
            )
    for path in files:
        report.read += 1
        doc_id = path.stem
        before = _file_state(path)
        raw_text = _decode_file(path, encoding, report)
        _check_unchanged(path, before, report)
        if raw_text is None or not _usable(raw_text, path, doc_id, None, report, max_chars):
            continue
        row = folder_metadata.get(doc_id, {})
        record = _document(
            doc_id,
            raw_text,
            origin=origin_of(path),
            given={
                "outlet": row.get("outlet") or outlet,
                "outlet_source": row.get("outlet_source") if row.get("outlet") else None,
                "outlet_evidence": row.get("outlet_evidence"),
                "date": row.get("date"),
                "date_source": row.get("date_source"),
                "date_evidence": row.get("date_evidence"),
                "title": row.get("title"),
                "url": row.get("url"),
            },
            report=report,
            day_first=day_first,
        )
        if _is_duplicate(record, seen, report):
            continue
        report.loaded += 1
        yield record


def _decode_file(path: Path, encoding: str, report: LoadReport) -> str | None:
    try:
        data = path.read_bytes()
    except OSError as error:
        report.skip(
            path, "unreadable", f"{path}: cannot be read ({error.strerror})", doc_id=path.stem
        )
        return None
    if not data:
        report.skip(path, "empty", f"{path}: the file is empty", doc_id=path.stem)
        return None
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        report.skip(
            path,
            "binary",
            f"{path}: binary file (it contains NUL bytes), not text",
            doc_id=path.stem,
        )
        return None
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        if encoding.lower().replace("-", "") in {"utf8", "utf8sig"}:
            return data.decode("utf-8-sig")
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        report.skip(
            path,
            "not_utf8" if encoding.lower().startswith("utf") else "undecodable",
            f"{path}: not valid {encoding} (byte 0x{bad} at offset {error.start}); "
            "the file was not loaded. If it is Latin-1/Windows-1252 text, load it with "
            "encoding='cp1252' (--encoding cp1252).",
            doc_id=path.stem,
        )
        return None


def _usable(
    text, source, doc_id, location, report: LoadReport, max_chars: int = MAX_DOC_CHARS
) -> bool:
    """Check a document's text; report it and return False when it cannot be analysed."""
    where = f"{source}" + (f", {location}" if location else "")
    if not isinstance(text, str):
        report.skip(source, "no_text", f"{where}: no text", doc_id=doc_id, location=location)
        return False
    if not text.strip():
        reason = "empty" if not text else "whitespace_only"
        message = "the text is empty" if not text else "the text is whitespace only"
        report.skip(source, reason, f"{where}: {message}", doc_id=doc_id, location=location)
        return False
    if len(text) > max_chars:
        report.skip(
            source,
            "too_long",
            f"{where}: {len(text):,} characters, more than the limit of {max_chars:,}; not analysed "
            "(raise max_chars / --max-chars to analyse it in pieces, or split the document)",
            doc_id=doc_id,
            location=location,
        )
        return False
    if "\x00" in text:
        report.skip(
            source,
            "binary",
            f"{where}: the text contains NUL bytes (binary data, not text)",
            doc_id=doc_id,
            location=location,
        )
        return False
    if _HTML_START.match(text) or len(_HTML_TAG.findall(text[:20000])) >= 20:
        report.skip(
            source,
            "html",
            f"{where}: this is an HTML page, not article text; extract the article text first",
            doc_id=doc_id,
            location=location,
        )
        return False
    return True


def origin_of(path: Path, location: str | None = None) -> str:
    """Where a document was read: its file, and its line or row in a table file
    ("feed.jsonl, line 2"); :func:`split_origin` reads it back."""
    return f"{path}, {location}" if location else str(path)


#: The line or row an ``origin`` ends with, after its file.
_ORIGIN_LOCATION = re.compile(r", ((?:line|row) \d+)$")


def split_origin(origin: str) -> tuple[str, str | None]:
    """The file and the line or row (None for a whole file) of an ``origin``; a file name with
    ", " in it stays whole."""
    found = _ORIGIN_LOCATION.search(origin)
    if found is None:
        return origin, None
    return origin[: found.start()], found.group(1)


def _document(
    doc_id: str,
    raw_text: str,
    *,
    origin: str,
    given: dict,
    report: LoadReport,
    extra=None,
    day_first: bool | None = True,
) -> dict:
    """Build one document record, filling outlet and date from the text where metadata is silent.

    ``day_first`` is the order of day and month in its file's dates written all in numbers
    (:func:`_date_order`)."""
    record = {key: None for key in DOCUMENT_COLUMNS}
    # the file and the line or row apart, as for a document skipped
    source, location = split_origin(origin)
    record.update(doc_id=doc_id, origin=origin, title=_blank_to_none(given.get("title")))
    record["url"] = _blank_to_none(given.get("url"))
    outlet = _blank_to_none(given.get("outlet"))
    if outlet:
        record["outlet"] = outlet
        record["outlet_source"] = _blank_to_none(given.get("outlet_source")) or "metadata"
        record["outlet_evidence"] = _blank_to_none(given.get("outlet_evidence"))
    else:
        inferred = meta.infer_outlet(raw_text)
        if inferred:
            record["outlet"], record["outlet_evidence"] = inferred
            record["outlet_source"] = "inferred"
        else:
            report.warn(
                source,
                "unknown_outlet",
                f"{origin}: no outlet in the metadata and none named in the text; "
                "it is analysed and shown as (unknown)",
                doc_id=doc_id,
                location=location,
            )
    date_value = _blank_to_none(given.get("date"))
    if date_value:
        try:
            record["date"] = meta.parse_date(date_value, day_first)
            record["date_source"] = _blank_to_none(given.get("date_source")) or "metadata"
            record["date_evidence"] = _blank_to_none(given.get("date_evidence"))
        except meta.DateError as error:
            report.warn(
                source,
                "bad_date",
                f"{origin}: {error}; the date is left empty",
                doc_id=doc_id,
                location=location,
            )
    if record["date"] is None:
        inferred_date = meta.infer_date(raw_text)
        if inferred_date:
            record["date"], record["date_evidence"] = inferred_date
            record["date_source"] = "inferred"
        elif not date_value:
            report.warn(
                source,
                "no_date",
                f"{origin}: no date in the metadata and none found in the text; it is analysed "
                "but cannot be placed in time (counts and charts by week or month leave it out)",
                doc_id=doc_id,
                location=location,
            )
    record["raw_text"] = raw_text
    if extra:
        record.update({k: v for k, v in extra.items() if k not in record})
    return record


def _blank_to_none(value):
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    value = str(value).strip()
    return value or None


def _is_duplicate(record: dict, seen: dict[str, str], report: LoadReport) -> bool:
    doc_id = record["doc_id"]
    if doc_id in seen:
        source, location = split_origin(record["origin"])
        report.skip(
            source,
            "duplicate_id",
            f"{record['origin']}: duplicate doc_id {doc_id!r} (first read from {seen[doc_id]}); "
            "this copy is not analysed",
            doc_id=doc_id,
            location=location,
        )
        return True
    seen[doc_id] = record["origin"]
    return False


def _iter_table_file(
    path: Path, columns: ColumnMap, outlet, report: LoadReport, seen, max_chars, encoding="utf-8"
) -> Iterator[dict]:
    rows = _iter_table_rows(path, report, encoding)
    first = next(rows, None)
    if first is None:
        return
    location, row = first
    if columns.text not in row:
        raise CorpusError(
            f"{path}: no text column {columns.text!r}; the columns found are: {', '.join(map(str, row))}. "
            "Name the text column with --text-column (text_column in the notebooks)."
        )
    id_column = columns.doc_id or next((c for c in ("doc_id", "id") if c in row), None)
    # the file's dates are read twice only where it has a date column (its first row says)
    day_first = True
    if columns.date in row:
        day_first = _date_order(path, _date_values(path, columns.date, encoding), report)
    mapped = {columns.text, columns.date, columns.title, columns.outlet, columns.url, id_column}
    for location, row in _chain(first, rows):
        report.read += 1
        doc_id = _blank_to_none(row.get(id_column)) if id_column else None
        doc_id = doc_id or f"{path.stem}:{location.split()[-1]}"
        text = row.get(columns.text)
        if not _usable(text, path, doc_id, location, report, max_chars):
            continue
        extra = {k: v for k, v in row.items() if k not in mapped and k is not None}
        try:
            record = _document(
                doc_id,
                text,
                origin=origin_of(path, location),
                given={
                    "outlet": row.get(columns.outlet) or outlet,
                    "date": row.get(columns.date),
                    "title": row.get(columns.title),
                    "url": row.get(columns.url),
                },
                report=report,
                extra=extra,
                day_first=day_first,
            )
        except (ValueError, TypeError, RecursionError) as error:
            report.skip(
                path,
                "unusable_row",
                f"{path}, {location}: cannot be used ({type(error).__name__}: {error})",
                doc_id=doc_id,
                location=location,
            )
            continue
        if _is_duplicate(record, seen, report):
            continue
        report.loaded += 1
        yield record


def _date_values(path: Path, column: str, encoding: str) -> list:
    """The values of a table file's date column, read in a quiet pass of their own: the order
    of day and month is settled for the whole file before its first document is built. The
    documents themselves come from the one pass that reports every problem (a line that is no
    JSON, bytes the encoding cannot read are passed over here)."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        if column not in pq.ParquetFile(path).schema_arrow.names:
            return []
        return pq.read_table(path, columns=[column]).column(column).to_pylist()
    values = []
    with open(path, encoding=_text_encoding(encoding), errors="replace", newline="") as handle:
        if suffix in (".jsonl", ".ndjson"):
            for line in handle:
                try:
                    row = json.loads(line)
                except (ValueError, RecursionError):
                    continue
                if isinstance(row, dict):
                    values.append(row.get(column))
            return values
        csv.field_size_limit(sys.maxsize)
        # the documents' pass reports where the file stops being CSV
        with contextlib.suppress(csv.Error):
            reader = csv.DictReader(handle, delimiter=_delimiter(handle))
            values.extend(row.get(column) for row in reader)
    return values


def _date_order(path: Path, dates: list, report: LoadReport) -> bool | None:
    """Whether a file's dates written all in numbers put the day first
    (:func:`~corpus_utils.corpus.metadata.numeric_date_order`), reported where no date settles
    it ("07/09/2022" alone) or two contradict each other ("25/12/2022" and "12/25/2022")."""
    day_first, shown = meta.numeric_date_order(dates)
    if day_first is None:
        report.warn(
            path,
            "mixed_date_order",
            f"{path}: the dates written in numbers put the day first and the month first "
            f"({shown}); those whose numbers do not show the order are left empty",
        )
    elif shown is None:
        example = next((d for d in dates if meta.is_ambiguous_date(d)), None)
        if example is not None:
            report.warn(
                path,
                "ambiguous_date_order",
                f"{path}: dates written in numbers such as {str(example).strip()!r} do not show "
                "whether the day or the month comes first, and no date in the file has a number "
                f"over 12 to settle it; they are read day first ({meta.parse_date(example)}). "
                "Write them as YYYY-MM-DD to have them read as you mean them",
            )
    return day_first


def _chain(first, rest):
    yield first
    yield from rest


def _iter_table_rows(
    path: Path, report: LoadReport, encoding: str = "utf-8"
) -> Iterator[tuple[str, dict]]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from _iter_jsonl(path, report, encoding)
    elif suffix in (".csv", ".tsv"):  # the delimiter is read from the header line
        yield from _iter_csv(path, report, encoding)
    elif suffix == ".parquet":
        yield from _iter_parquet(path)
    else:  # pragma: no cover - resolve_source filters suffixes
        raise CorpusError(f"{path}: unsupported file type {suffix}")


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]", re.ASCII)


def _text_encoding(encoding: str) -> str:
    """UTF-8 also accepts a byte-order mark at the start of a file."""
    return "utf-8-sig" if encoding.lower().replace("-", "").replace("_", "") == "utf8" else encoding


def _iter_jsonl(
    path: Path, report: LoadReport, encoding: str = "utf-8"
) -> Iterator[tuple[str, dict]]:
    """Yield one row per JSON line; a line that cannot be used is reported and the rest read on."""
    first_encoding = _text_encoding(encoding)
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            location = f"line {number}"
            problem = None
            try:
                row = json.loads(line.decode(first_encoding if number == 1 else encoding))
                if _SURROGATE_ESCAPE.search(line):
                    # an escaped lone surrogate decodes but is not text: it cannot be written
                    json.dumps(row, ensure_ascii=False).encode("utf-8")
            except UnicodeEncodeError:
                problem = "a lone surrogate escape (\\ud800-\\udfff), which is not text"
            except UnicodeDecodeError as error:
                problem = f"not valid {encoding} ({error.reason} at byte {error.start})"
            except json.JSONDecodeError as error:
                problem = f"not a JSON object ({error})"
            except RecursionError:
                problem = "nested too deeply to read"
            except ValueError as error:  # e.g. an integer of more than 4,300 digits
                problem = f"a value that cannot be read ({error})"
            else:
                if not isinstance(row, dict):
                    problem = "not a JSON object"
            if problem is not None:
                report.read += 1
                report.skip(
                    path, "malformed_line", f"{path}, {location}: {problem}", location=location
                )
                continue
            yield location, row


def _iter_csv(
    path: Path, report: LoadReport, encoding: str = "utf-8"
) -> Iterator[tuple[str, dict]]:
    """Yield one row per CSV record; a file that stops decoding is reported from that row on."""
    csv.field_size_limit(sys.maxsize)
    row_number = 1
    try:
        with open(path, encoding=_text_encoding(encoding), newline="") as handle:
            reader = csv.DictReader(handle, delimiter=_delimiter(handle))
            for row in reader:
                row_number += 1
                if None in row:
                    report.read += 1
                    report.skip(
                        path,
                        "malformed_row",
                        f"{path}, row {row_number} (ending on line {reader.line_num}): more fields than columns",
                        location=f"row {row_number}",
                    )
                    continue
                yield f"row {row_number}", row
    except UnicodeDecodeError as error:
        bad = error.object[error.start : error.start + 1].hex()
        where = "the file" if row_number <= 2 else f"the file from row {row_number}"
        report.read += 1
        report.skip(
            path,
            "not_utf8" if encoding.lower().startswith("utf") else "undecodable",
            f"{path}: not valid {encoding} (byte 0x{bad}); {where} was not loaded. "
            "If it is Latin-1/Windows-1252 text, load it with encoding='cp1252' "
            "(--encoding cp1252).",
            location=f"row {row_number}",
        )
    except csv.Error as error:
        report.read += 1
        report.skip(
            path,
            "malformed_file",
            f"{path}, row {row_number}: not a readable CSV file ({error}); "
            "the rest of the file was not loaded",
            location=f"row {row_number}",
        )


#: Field separators a CSV file may use: the comma, and the semicolon, tab and bar of
#: spreadsheets saved in other locales.
CSV_DELIMITERS = ",;\t|"


def _delimiter(handle) -> str:
    """The field separator of a CSV file, read from its header line (its column names), which
    is left unread: a comma unless the header is clearly split by one of
    :data:`CSV_DELIMITERS` ("id;date;text")."""
    header = handle.readline()
    handle.seek(0)
    try:
        return csv.Sniffer().sniff(header, delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:
        return ","


def _iter_parquet(path: Path) -> Iterator[tuple[str, dict]]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises several types for a bad file
        raise CorpusError(f"{path}: not a readable Parquet file ({error})") from None
    row_number = 0
    for batch in parquet.iter_batches(batch_size=1000):
        for row in batch.to_pylist():
            row_number += 1
            yield f"row {row_number}", row


def load_corpus(
    source: str | Path | None = None,
    *,
    columns: ColumnMap | None = None,
    outlet: str | None = None,
    encoding: str = "utf-8",
    clean: bool = True,
    boilerplate_min_docs: int = 5,
    max_chars: int = MAX_DOC_CHARS,
) -> pd.DataFrame:
    """Load a corpus source into a DataFrame with one row per usable document.

    Args:
        source: See :func:`iter_documents`; default the seed corpus.
        columns: Column names for table files.
        outlet: The outlet of documents whose metadata names none.
        encoding: How ``.txt`` files are decoded (see :func:`iter_documents`).
        clean: Add the cleaned ``text`` (else ``text`` is ``raw_text``).
        boilerplate_min_docs: A passage ending at least this many of an
            outlet's documents is removed as repeated boilerplate.
        max_chars: Documents longer than this are reported as too long.

    Returns:
        Columns :data:`DOCUMENT_COLUMNS`, ``raw_text``, ``text``,
        ``n_removed_lines`` and any extra columns. ``attrs["removals"]``
        holds what cleaning removed, ``attrs["problems"]`` the documents
        reported, ``attrs["report"]`` the :class:`LoadReport`.
    """
    from corpus_utils.corpus import clean as cleaning

    report = LoadReport()
    records = list(
        iter_documents(source, columns=columns, outlet=outlet, encoding=encoding, report=report)
    )
    frame = (
        pd.DataFrame.from_records(records)
        if records
        else pd.DataFrame(columns=[*DOCUMENT_COLUMNS, "raw_text"])
    )
    removals = []
    if clean and records:
        detector = cleaning.BoilerplateDetector(min_docs=boilerplate_min_docs)
        for record in records:
            detector.add(record["outlet"], record["raw_text"])
        passages = detector.passages()
        texts, counts = [], []
        for record in records:
            cleaned = cleaning.clean_text(
                record["raw_text"], boilerplate=passages.get(record["outlet"] or "", ())
            )
            texts.append(cleaned.text)
            counts.append(len(cleaned.removals))
            removals.extend({"doc_id": record["doc_id"], **r} for r in cleaned.removals)
        frame["text"] = texts
        frame["n_removed_lines"] = counts
    else:
        frame["text"] = frame["raw_text"]
        frame["n_removed_lines"] = 0
    frame.attrs["removals"] = pd.DataFrame(
        removals, columns=["doc_id", "start_char", "end_char", "line", "rule", "text"]
    )
    frame.attrs["problems"] = report.to_frame()
    frame.attrs["report"] = report
    return frame


def check_output_folder(source: str | Path | None, out: str | Path) -> None:
    """Refuse an output folder that is the source, or lies inside it (tables never go into a corpus).

    Raises:
        CorpusError: Naming both folders.
    """
    root = source_root(source)
    if root is None:
        root = Path(source if source is not None else SEEDS_DIR)
    source_path, out_path = root.resolve(), Path(out).resolve()
    if out_path == source_path or out_path.is_relative_to(source_path):
        raise CorpusError(
            f"--out {out} is {'the source' if out_path == source_path else 'inside the source'} "
            f"{root}; the tables would be written into the corpus. Choose a folder outside it."
        )
