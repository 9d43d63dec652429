"""Annotate a corpus once: spaCy over every document, the tidy tables, a cache.

The corpus is split into shards (consecutive documents of one file); each
shard is annotated independently by :func:`run_shard` and its tables are
written as Parquet parts into a cache folder keyed by everything that
determines them: the documents' content, the model and its version, spaCy's
version, the package's code and data files. The local engine (a process
pool) and the Dask engine (:mod:`corpus_utils.cluster`) run the same shard
function, so they give the same rows.

- A shard is written to a temporary folder and renamed into place when
  complete: a killed run never leaves a half-written shard that is read.
- A changed document changes its shard's key; the shard is rebuilt reusing
  the cached rows of every unchanged document (found by each document's own
  key), so only the changed document is annotated again.
- A cache written by another version of the code, data or model sits under
  another fingerprint and is never read.
- Each shard's marker file is a manifest of its parts' row counts and
  SHA-256 checksums. A part that fails it (swapped, truncated, emptied, or a
  manifest that cannot be read) is reported as a warning and annotated
  again: a damaged cache is never served and never stops a run.
- The source is read once: the count, the shards and the boilerplate
  statistics come from the same pass (shards are spooled to a private
  folder), so a file that changes during a run cannot make the count and
  the tables disagree; the change is reported with its file.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import re
import shutil
import tempfile
import threading
import time
import uuid
import weakref
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import spacy

import corpus_utils
from corpus_utils import clean as cleaning
from corpus_utils.config import CACHE_DIR, DATA_DIR
from corpus_utils.load import DOCUMENT_COLUMNS, MAX_DOC_CHARS, ColumnMap, LoadReport, iter_documents
from corpus_utils.spreadsheet import spreadsheet_safe, spreadsheet_unescape  # noqa: F401 (public here too)

#: The tables of one annotated corpus, in the order they are written.
TABLES = ("documents", "texts", "removals", "mentions", "quotes", "quantities", "lemmas")
#: Tables that `extract` exports (texts stay in the cache: they are the corpus itself).
EXPORT_TABLES = ("documents", "removals", "mentions", "quotes", "quantities", "lemmas", "problems")
#: Parts of speech whose lemmas count as content words.
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV"})
#: The modules whose code determines the tables (part of the cache fingerprint).
ANNOTATING_MODULES = (
    "annotate",
    "load",
    "clean",
    "metadata",
    "nlp",
    "actors",
    "quotes",
    "quantities",
)
#: Longest piece of text handed to spaCy at once; longer documents are parsed in pieces.
MAX_CHUNK_CHARS = 50_000
#: About how many characters spaCy parses in one batch (memory follows this, not the corpus).
BATCH_CHARS = 150_000
#: The environment that gives a worker process one BLAS/OpenMP thread (local pool and Dask).
ONE_THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
#: The most documents in a shard whose size is chosen from the corpus (see :func:`shard_size_for`).
DEFAULT_SHARD_SIZE = 100
#: The fewest documents in such a shard, and the step its size is chosen in.
MIN_SHARD_SIZE = 10
#: Shards per worker process a chosen size aims at: the last shards, running while other
#: workers have finished, are then short, so no core idles long while work remains.
SHARDS_PER_PROCESS = 4
_DONE = "_COMPLETE"

_COLUMNS = {
    "removals": ["doc_id", "start_char", "end_char", "line", "rule", "text"],
    "mentions": [
        "doc_id", "start_char", "end_char", "surface", "actor_id", "actor_name", "actor_type",
        "affiliation", "side", "source", "sentence_id", "evidence",
    ],
    "quotes": [
        "doc_id", "start_char", "end_char", "quote", "speaker_text", "speaker_start", "speaker_end",
        "speaker_id", "verb", "speaker_name", "kind", "cue",
    ],
    "quantities": [
        "doc_id", "start_char", "end_char", "surface", "value", "unit", "qualifier", "category",
        "counted", "source", "sentence", "vague", "alt_value", "alt_unit", "bound", "value_low",
        "value_high", "direction", "unit_text", "counted_lemma",
    ],
    "lemmas": ["doc_id", "lemma", "count"],
    "texts": ["doc_id", "raw_text", "text"],
}  # fmt: skip
_SIZE_COLUMNS = [
    "n_chars",
    "n_clean_chars",
    "n_tokens",
    "n_sentences",
    "n_removed_lines",
    "n_glued_splits",
]


@dataclass
class Shard:
    """Consecutive documents of one file, annotated as one unit of work."""

    name: str
    records: list[dict]
    boilerplate: dict[str, tuple[str, ...]] = field(default_factory=dict)
    doc_keys: list[str] = field(default_factory=list)
    key: str = ""


@dataclass
class Settings:
    """What determines the annotation (and so the cache fingerprint)."""

    model: str | None = None
    cache_dir: str = str(CACHE_DIR)
    batch_size: int = 32

    def fingerprint(self) -> dict[str, str]:
        """Everything that, changed, must invalidate the cache."""

        from corpus_utils.nlp import resolve_model

        resolved = resolve_model(self.model)
        model_meta = spacy.util.get_package_version(resolved) if "/" not in resolved else None
        return {
            "package_version": corpus_utils.__version__,
            "code": _hash_files(
                Path(corpus_utils.__file__).parent / f"{m}.py" for m in ANNOTATING_MODULES
            ),
            "data": _hash_files(sorted(DATA_DIR.glob("*"))),
            "model": resolved,
            "model_version": str(model_meta),
            "spacy_version": spacy.__version__,
        }


def _hash_files(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _fingerprint_dir(settings: Settings) -> tuple[Path, dict]:
    details = settings.fingerprint()
    key = hashlib.sha256(json.dumps(details, sort_keys=True).encode()).hexdigest()[:16]
    return Path(settings.cache_dir) / key, details


def document_key(
    record: dict, boilerplate: tuple[str, ...], fingerprint: str, *, realpath=os.path.realpath
) -> str:
    """A document's cache key: its metadata, its text, the boilerplate applied, the fingerprint.

    ``realpath`` resolves the file of the document's origin (a caller keying
    many documents of one file passes a memoised one).
    """
    digest = hashlib.sha256(fingerprint.encode())
    for column in DOCUMENT_COLUMNS:
        value = record.get(column)
        if column == "origin" and value:  # the file, however its path was spelled
            file, sep, rest = str(value).partition(", ")
            value = realpath(file) + sep + rest
        digest.update(b"\x1f" + str(value).encode())
    digest.update(b"\x1e" + record["raw_text"].encode("utf-8", "surrogatepass"))
    for passage in boilerplate:
        digest.update(b"\x1d" + passage.encode())
    return digest.hexdigest()[:32]


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


def iter_shards(
    source,
    *,
    columns: ColumnMap | None = None,
    outlet: str | None = None,
    encoding: str = "utf-8",
    shard_size: int | None = None,
    report: LoadReport | None = None,
    boilerplate_min_docs: int = 5,
    max_chars: int = MAX_DOC_CHARS,
    spool_dir: str | Path | None = None,
    timings: dict[str, float] | None = None,
    n_process: int | None = None,
) -> tuple[Iterator[Shard], LoadReport, int]:
    """Split a source into shards in one pass that also counts and finds repeated boilerplate.

    The source is read once. Each shard's documents are spooled to a private
    folder (under ``spool_dir``, default the system's temporary folder) as the
    pass goes, so memory stays flat; the shards are then read back from the
    spool with the boilerplate found over the whole corpus. The count, the
    shards and the tables therefore come from the same documents, even if a
    file changes while the run goes on.

    Args:
        shard_size: Documents per shard; default chosen once the documents
            are counted (:func:`shard_size_for` with ``n_process``). A shard
            never spans two files.
        n_process: The worker processes the shards are for (default: the
            machine's cores); only sizes the shards.
        timings: When given, the seconds this process spends reading
            (``read``), counting boilerplate (``boilerplate``), spooling
            (``spool``) and building shards from the spool (``shard setup``)
            are added to it.

    Returns:
        The shard iterator, the load report (complete after the pass) and the
        number of documents loaded.
    """
    report = report if report is not None else LoadReport()
    timings = timings if timings is not None else {}
    for phase in ("read", "boilerplate", "spool", "shard setup"):
        timings.setdefault(phase, 0.0)
    clock = time.perf_counter
    detector = cleaning.BoilerplateDetector(min_docs=boilerplate_min_docs)
    options = {"columns": columns, "outlet": outlet, "encoding": encoding, "max_chars": max_chars}
    spool = _Spool(spool_dir)
    # Documents are spooled in chunks of one file; a shard is then a run of chunks of one file.
    chunk_size = shard_size or MIN_SHARD_SIZE
    chunk_files: list[str] = []
    n_docs = 0
    batch: list[dict] = []
    current_file = None
    try:
        records = iter_documents(source, report=report, **options)
        while True:
            before = clock()
            record = next(records, None)
            read = clock()
            timings["read"] += read - before
            if record is None:
                break
            detector.add(record["outlet"], record["raw_text"])
            timings["boilerplate"] += clock() - read
            n_docs += 1
            file = record["origin"].split(", ")[0]
            file = str(Path(file).parent) if file.endswith(".txt") else file
            if batch and (file != current_file or len(batch) >= chunk_size):
                before = clock()
                spool.put(batch)
                chunk_files.append(current_file)
                timings["spool"] += clock() - before
                batch = []
            current_file = file
            batch.append(record)
        before = clock()
        if batch:
            spool.put(batch)
            chunk_files.append(current_file)
        timings["spool"] += clock() - before
    except BaseException:
        spool.close()
        raise
    before = clock()
    passages = detector.passages()
    timings["boilerplate"] += clock() - before

    size = shard_size or shard_size_for(n_docs, n_process or os.cpu_count() or 1)

    def runs() -> Iterator[list[dict]]:
        """Consecutive chunks of one file joined into shards of ``size`` documents."""
        records: list[dict] = []
        current = None
        for file, chunk in zip(chunk_files, spool):
            if records and (file != current or len(records) + len(chunk) > size):
                yield records
                records = []
            records, current = records + chunk, file
        if records:
            yield records

    def shards() -> Iterator[Shard]:
        try:
            joined = runs()
            while True:
                before = clock()
                records = next(joined, None)
                shard = None if records is None else _make_shard(records, passages)
                timings["shard setup"] += clock() - before
                if shard is None:
                    return
                yield shard
        finally:
            spool.close()

    return shards(), report, n_docs


class _Spool:
    """Batches of documents kept on disk between the one read and the annotation.

    The folder is private (mode 0700) and removed when the shards are read,
    when the iterator is dropped, or at exit; only this process writes what
    it reads back.
    """

    PREFIX = ".spool-"

    def __init__(self, folder: str | Path | None = None) -> None:
        if folder is not None:
            Path(folder).mkdir(parents=True, exist_ok=True)
        self.path = Path(tempfile.mkdtemp(prefix=self.PREFIX, dir=folder))
        self.count = 0
        self._finalizer = weakref.finalize(self, shutil.rmtree, str(self.path), True)

    def put(self, records: list[dict]) -> None:
        path = self.path / f"{self.count:08d}.pickle"
        try:
            with open(path, "wb") as handle:
                pickle.dump(records, handle, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError as error:
            raise OSError(
                error.errno, f"{path}: cannot spool documents ({error.strerror or error})"
            ) from None
        self.count += 1

    def __iter__(self) -> Iterator[list[dict]]:
        for index in range(self.count):
            path = self.path / f"{index:08d}.pickle"
            with open(path, "rb") as handle:
                records = pickle.load(handle)
            path.unlink()
            yield records

    def close(self) -> None:
        self._finalizer()


def shard_size_for(n_docs: int, n_process: int) -> int:
    """Documents per shard for a corpus of ``n_docs`` on ``n_process`` workers.

    About :data:`SHARDS_PER_PROCESS` shards per process, in steps of
    :data:`MIN_SHARD_SIZE`, between that and :data:`DEFAULT_SHARD_SIZE`:
    800 documents on 16 processes make 13-document shards rounded up to 20,
    not 8 shards of 100 that leave half the cores idle.
    """
    wanted = -(-n_docs // (SHARDS_PER_PROCESS * max(n_process, 1)))
    stepped = -(-wanted // MIN_SHARD_SIZE) * MIN_SHARD_SIZE
    return max(MIN_SHARD_SIZE, min(DEFAULT_SHARD_SIZE, stepped))


def _make_shard(records: list[dict], passages: dict) -> Shard:
    first, last = records[0]["origin"], records[-1]["origin"]
    name = first if first == last else f"{first} … {last}"
    outlets = {r["outlet"] or "" for r in records}
    return Shard(
        name=name, records=records, boilerplate={o: passages[o] for o in outlets if o in passages}
    )


def key_shard(shard: Shard, fingerprint_key: str) -> Shard:
    """Compute the keys of a shard's documents and of the shard itself."""
    realpath = functools.lru_cache(maxsize=64)(os.path.realpath)  # one file per shard, mostly
    shard.doc_keys = [
        document_key(
            r, shard.boilerplate.get(r["outlet"] or "", ()), fingerprint_key, realpath=realpath
        )
        for r in shard.records
    ]
    shard.key = hashlib.sha256("".join(shard.doc_keys).encode()).hexdigest()[:32]
    return shard


def run_shard(
    shard: Shard, settings: Settings, *, root: str, reuse: dict[str, str] | None = None
) -> dict:
    """Annotate one shard and write its tables atomically under ``root``.

    Args:
        shard: The shard, keyed by :func:`key_shard`.
        settings: The model and batch size.
        root: The fingerprint folder of the cache.
        reuse: For documents already annotated in other shards, their
            document key → that shard's folder; their rows are copied.

    Returns:
        A summary: shard key, documents annotated and reused, tokens; and
        when this process worked on it (``work_start`` and ``work_end`` on
        :func:`time.perf_counter`'s clock, which all processes of one Linux
        machine share) after ``load_seconds`` spent loading the pipeline.
    """
    final = Path(root) / "shards" / shard.key
    if (final / _DONE).exists():
        return {"key": shard.key, "annotated": 0, "reused": len(shard.records), "tokens": 0}
    started = time.perf_counter()
    reuse = reuse or {}
    reused_rows = _reused_rows(shard, reuse)
    todo = [i for i, key in enumerate(shard.doc_keys) if key not in reused_rows["documents"]]
    timings: dict[str, float] = {}
    fresh = annotate_records(
        [shard.records[i] for i in todo],
        [shard.doc_keys[i] for i in todo],
        shard,
        settings,
        timings=timings,
    )
    load_seconds = timings.get("load_seconds", 0.0)
    tables = {}
    for name in TABLES:
        frames = [f for f in (reused_rows[name].get(k) for k in shard.doc_keys) if f is not None]
        frames.append(fresh[name])
        frames = [f for f in frames if len(f)]
        tables[name] = pd.concat(frames, ignore_index=True) if frames else fresh[name]
    order = {key: i for i, key in enumerate(shard.doc_keys)}
    for name, frame in tables.items():
        if len(frame):
            frame = frame.assign(_order=frame["doc_key"].map(order)).sort_values(
                "_order", kind="stable"
            )
            tables[name] = frame.drop(columns="_order").reset_index(drop=True)
    _write_shard(final, tables)
    n_tokens = int(fresh["documents"]["n_tokens"].sum()) if len(fresh["documents"]) else 0
    return {
        "key": shard.key,
        "annotated": len(todo),
        "reused": len(shard.records) - len(todo),
        "tokens": n_tokens,
        "work_start": started + load_seconds,
        "work_end": time.perf_counter(),
        "load_seconds": load_seconds,
    }


def _reused_rows(shard: Shard, reuse: dict[str, str]) -> dict[str, dict[str, pd.DataFrame]]:
    rows: dict[str, dict[str, pd.DataFrame]] = {name: {} for name in TABLES}
    wanted: dict[str, set[str]] = {}
    for key in shard.doc_keys:
        if key in reuse:
            wanted.setdefault(reuse[key], set()).add(key)
    for folder, keys in wanted.items():
        for name in TABLES:
            frame = pd.read_parquet(Path(folder) / f"{name}.parquet")
            frame = frame[frame["doc_key"].isin(keys)]
            for key, group in frame.groupby("doc_key", sort=False):
                rows[name][key] = group
    return rows


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def shard_problem(folder: Path) -> str | None:
    """Why a complete shard folder cannot be served, or None when every part checks out.

    The marker file lists each part with its row count, size and SHA-256;
    a missing, resized or changed part, or a marker that cannot be read,
    is a problem.
    """
    marker = folder / _DONE
    try:
        manifest = json.loads(marker.read_text(encoding="utf-8"))
        parts = manifest["parts"]
        if set(parts) != set(TABLES):
            return f"{marker}: the manifest lists {sorted(parts)}, not the tables {sorted(TABLES)}"
    except (OSError, ValueError, KeyError, TypeError) as error:
        return f"{marker}: the manifest cannot be read ({type(error).__name__}: {error})"
    for name, expected in parts.items():
        path = folder / f"{name}.parquet"
        try:
            size = path.stat().st_size
            if size != expected["bytes"] or _sha256(path) != expected["sha256"]:
                return f"{path}: {size} bytes that do not match the checksum in {marker}"
        except (OSError, KeyError, TypeError) as error:
            return f"{path}: cannot be checked ({type(error).__name__}: {error})"
    return None


def _write_shard(final: Path, tables: dict[str, pd.DataFrame]) -> None:
    if (final / _DONE).exists():
        return
    tmp = final.parent / f".tmp-{final.name}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        parts = {}
        for name, frame in tables.items():
            path = tmp / f"{name}.parquet"
            frame.to_parquet(path, index=False)
            parts[name] = {
                "rows": len(frame),
                "bytes": path.stat().st_size,
                "sha256": _sha256(path),
            }
        (tmp / _DONE).write_text(json.dumps({"parts": parts}, indent=1, sort_keys=True) + "\n")
        try:
            os.rename(tmp, final)
        except OSError:
            if not (final / _DONE).exists():  # a half-written folder from a killed run
                shutil.rmtree(final, ignore_errors=True)
                os.rename(tmp, final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def annotate_records(
    records: list[dict],
    doc_keys: list[str],
    shard: Shard,
    settings: Settings,
    *,
    timings: dict[str, float] | None = None,
) -> dict:
    """Clean and annotate documents with spaCy; return the tables (with ``doc_key``).

    ``timings``, when given, gets ``load_seconds``: the time spent getting the
    pipeline (loading it, the first time in a process).
    """
    from corpus_utils import actors, quantities, quotes
    from corpus_utils.nlp import load_pipeline

    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    cleaned_docs = [
        cleaning.clean_text(r["raw_text"], boilerplate=shard.boilerplate.get(r["outlet"] or "", ()))
        for r in records
    ]
    if not records:
        return _frames(rows)
    before = time.perf_counter()
    nlp = load_pipeline(settings.model)
    if timings is not None:
        timings["load_seconds"] = time.perf_counter() - before
    pieces = (
        (cleaned.text[start:end], (index, start))
        for index, cleaned in enumerate(cleaned_docs)
        for start, end in chunk_spans(cleaned.text)
    )
    found = [_Found() for _ in records]
    for batch in _batches(pieces, max_docs=settings.batch_size, max_chars=BATCH_CHARS):
        for doc, (index, offset) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            found[index].add(doc, offset, actors, quotes, quantities)
    for record, key, cleaned, result in zip(records, doc_keys, cleaned_docs, found):
        raw = record["raw_text"]
        doc_id = record["doc_id"]
        for name in ("mentions", "quotes", "quantities"):
            for item in getattr(result, name):
                rows[name].append(
                    {"doc_id": doc_id, **_to_raw(item, cleaned.offsets, raw), "doc_key": key}
                )
        for removal in cleaned.removals:
            rows["removals"].append({"doc_id": doc_id, **removal, "doc_key": key})
        rows["lemmas"].extend(
            {"doc_id": doc_id, "lemma": lemma, "count": n, "doc_key": key}
            for lemma, n in sorted(result.lemmas.items())
        )
        rows["texts"].append(
            {"doc_id": doc_id, "raw_text": raw, "text": cleaned.text, "doc_key": key}
        )
        extra = {k: v for k, v in record.items() if k not in DOCUMENT_COLUMNS and k != "raw_text"}
        rows["documents"].append(
            {
                **{c: record.get(c) for c in DOCUMENT_COLUMNS},
                "n_chars": len(raw),
                "n_clean_chars": len(cleaned.text),
                "n_tokens": result.n_tokens,
                "n_sentences": result.n_sentences,
                "n_removed_lines": len(cleaned.removals),
                "n_glued_splits": cleaned.n_glued_splits,
                **{k: _scalar(v) for k, v in extra.items()},
                "doc_key": key,
            }
        )
    return _frames(rows)


def _batches(pieces, *, max_docs: int, max_chars: int) -> Iterator[list]:
    """Group texts into batches of at most ``max_docs`` texts and about ``max_chars`` characters.

    spaCy parses a batch at once, so its memory follows the batch's total
    length: a run of long articles in one batch of 32 took 4 GiB. A budget
    in characters keeps the peak flat whatever the documents' lengths.
    """
    batch: list = []
    size = 0
    for piece in pieces:
        if batch and (len(batch) >= max_docs or size + len(piece[0]) > max_chars):
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece[0])
    if batch:
        yield batch


class _Found:
    """What one document yields, accumulated over its chunks (offsets into the whole text)."""

    def __init__(self) -> None:
        self.mentions: list[dict] = []
        self.quotes: list[dict] = []
        self.quantities: list[dict] = []
        self.lemmas: Counter = Counter()
        self.n_tokens = 0
        self.n_sentences = 0

    def add(self, doc, offset: int, actors, quotes, quantities) -> None:
        mentions = actors.extract_mentions(doc)
        quoted = quotes.extract_quotes(doc, mentions)
        for item in mentions:
            item["sentence_id"] = item["sentence_id"] + self.n_sentences
        self.mentions.extend(_shift(item, offset) for item in mentions)
        self.quotes.extend(_shift(item, offset) for item in quoted)
        self.quantities.extend(_shift(item, offset) for item in quantities.extract_quantities(doc))
        self.lemmas.update(
            t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop and t.pos_ in CONTENT_POS
        )
        self.n_tokens += sum(1 for t in doc if not t.is_space)
        self.n_sentences += sum(1 for _ in doc.sents)


def _shift(item: dict, offset: int) -> dict:
    if offset:
        for key in ("start_char", "end_char", "speaker_start", "speaker_end"):
            if item.get(key) is not None:
                item[key] += offset
    return item


_SENTENCE_END = re.compile(r"[.!?][”\"’)]?\s")


def chunk_spans(text: str, *, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split a long text into pieces spaCy can parse, at paragraph or sentence ends.

    Args:
        text: The cleaned text.
        max_chars: The longest piece (spaCy's own limit is far higher, but
            its memory grows with the length of one text).

    Returns:
        ``(start, end)`` spans covering the text, in order.
    """
    spans, position = [], 0
    while len(text) - position > max_chars:
        low, high = position + max_chars // 2, position + max_chars
        cut = text.rfind("\n", low, high) + 1
        if cut <= 0:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, low, high)]
            cut = ends[-1] if ends else text.rfind(" ", low, high) + 1
        if cut <= position:
            cut = high
        spans.append((position, cut))
        position = cut
    spans.append((position, len(text)))
    return spans


def _frames(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    tables = {}
    for name in TABLES:
        columns = [*DOCUMENT_COLUMNS, *_SIZE_COLUMNS] if name == "documents" else _COLUMNS[name]
        frame = pd.DataFrame(rows[name])
        if frame.empty:
            frame = pd.DataFrame(columns=[*columns, "doc_key"])
        rest = [c for c in frame.columns if c not in columns and c != "doc_key"]
        for column in columns:
            if column not in frame.columns:
                frame[column] = None
        tables[name] = frame[[*columns, *rest, "doc_key"]]
    return tables


def _scalar(value):
    """Extra metadata columns are kept as text when they are not plain scalars."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _to_raw(item: dict, offsets: cleaning.OffsetMap, raw: str) -> dict:
    """Map an extracted item's offsets from the cleaned text to ``raw_text``."""
    item = dict(item)
    start, end = offsets.span_to_raw(item["start_char"], item["end_char"])
    item["start_char"], item["end_char"] = start, end
    if "surface" in item:
        item["surface"] = raw[start:end]
    if "quote" in item:
        item["quote"] = raw[start:end]
    if item.get("speaker_start") is not None and item.get("speaker_end") is not None:
        s, e = offsets.span_to_raw(item["speaker_start"], item["speaker_end"])
        item["speaker_start"], item["speaker_end"] = s, e
        item["speaker_text"] = raw[s:e]
    return item


def _index_cached_documents(root: Path) -> dict[str, str]:
    """Map each cached document key to the complete shard folder holding it."""
    index: dict[str, str] = {}
    shards = root / "shards"
    if not shards.exists():
        return index
    for folder in sorted(shards.iterdir()):
        if folder.name.startswith(".") or not (folder / _DONE).exists():
            continue
        if shard_problem(folder) is not None:
            continue  # never reused; its own shard, if still wanted, is rebuilt
        keys = pd.read_parquet(folder / "documents.parquet", columns=["doc_key"])["doc_key"]
        for key in keys:
            index.setdefault(key, str(folder))
    return index


def annotate_corpus(
    source=None,
    *,
    model: str | None = None,
    cache_dir: str | Path | None = None,
    n_process: int | None = None,
    shard_size: int | None = None,
    batch_size: int = 32,
    columns: ColumnMap | None = None,
    outlet: str | None = None,
    encoding: str = "utf-8",
    progress: bool | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    boilerplate_min_docs: int = 5,
    max_chars: int = MAX_DOC_CHARS,
) -> Annotation:
    """Annotate a corpus once (cached) and return its tables.

    Args:
        source: A corpus source (see :func:`corpus_utils.load.iter_documents`);
            default the seed corpus.
        model: The spaCy model name; default ``en_core_web_sm``.
        cache_dir: The cache folder; default :data:`corpus_utils.config.CACHE_DIR`.
        n_process: Worker processes (default: the machine's cores, no more
            than there are shards to annotate).
        shard_size: Documents per shard (default: chosen from the number of
            documents and ``n_process``, see :func:`shard_size_for`).
        batch_size: Documents per ``nlp.pipe`` batch.
        columns: Column names for table files.
        outlet: The outlet of documents whose metadata names none.
        encoding: How ``.txt`` files are decoded.
        progress: Show a tqdm progress bar (default: when stderr is a terminal).
        engine: ``local`` (a process pool) or ``dask``.
        scheduler: With ``engine="dask"``, a running scheduler's address;
            without it a local cluster of ``n_process`` workers is started.
        boilerplate_min_docs: Repetition threshold of the boilerplate detector.
        max_chars: Documents longer than this are reported, not analysed.

    Returns:
        The :class:`Annotation`, whose tables are read on demand.
    """
    started = time.perf_counter()
    cache_dir = cache_dir or CACHE_DIR
    if "://" in str(cache_dir):
        from corpus_utils.cluster import storage_path

        cache_dir = storage_path(cache_dir)
    settings = Settings(model=model, cache_dir=str(cache_dir), batch_size=batch_size)
    root, details = _fingerprint_dir(settings)
    (root / "shards").mkdir(parents=True, exist_ok=True)
    manifest = root / "manifest.json"
    if manifest.exists() and json.loads(manifest.read_text()) != details:
        shutil.rmtree(root / "shards", ignore_errors=True)  # never misread another version's cache
        (root / "shards").mkdir(parents=True)
    _atomic_write_text(manifest, json.dumps(details, indent=2, sort_keys=True) + "\n")
    _remove_stale_temporary_shards(root / "shards")
    _remove_stale_temporary_shards(root, pattern=f"{_Spool.PREFIX}*")
    clock = time.perf_counter
    phases = {"fingerprint and cache setup": clock() - started}
    pool = None
    workers = n_process or os.cpu_count() or 1
    if engine == "local" and workers > 1 and not _any_complete_shard(root / "shards"):
        # A cold cache: start the workers now, so they load the pipeline while this process reads.
        ready = min(workers, _expected_shards(source))
        if ready > 1:
            before = clock()
            pool = started_pool(workers, settings.model, start=ready)
            phases["starting workers"] = clock() - before
    connection = None
    if engine == "dask" and not _any_complete_shard(root / "shards"):
        from corpus_utils import cluster

        connection = cluster.Connection(settings, root, workers=n_process, scheduler=scheduler)
    try:
        reading: dict[str, float] = {}
        shards, report, n_docs = iter_shards(
            source,
            columns=columns,
            outlet=outlet,
            encoding=encoding,
            shard_size=shard_size,
            boilerplate_min_docs=boilerplate_min_docs,
            max_chars=max_chars,
            spool_dir=root,
            timings=reading,
            n_process=n_process,
        )
        phases.update({k: reading[k] for k in ("read", "boilerplate", "spool")})
        fingerprint_key = root.name
        phases["shard setup"] = 0.0

        def timed(shards: Iterator[Shard]) -> Iterator[Shard]:
            # Reading shards back, keying and checking them happen in this process between results.
            while True:
                before = clock()
                shard = next(shards, None)
                phases["shard setup"] += clock() - before
                if shard is None:
                    return
                yield shard

        keyed = timed(_verified((key_shard(s, fingerprint_key) for s in shards), root, report))
        bar = _progress_bar(n_docs, progress)
        stats = {"documents": n_docs, "annotated": 0, "reused": 0, "tokens": 0}
        if engine == "dask":
            from corpus_utils import cluster

            results = cluster.run_shards(
                keyed,
                settings,
                root=str(root),
                workers=n_process,
                scheduler=scheduler,
                connection=connection,
            )
        elif engine == "local":
            results = _run_local(keyed, settings, root, n_process, pool)
        else:
            raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
        shard_dirs = []
        intervals = []
        waiting = clock()
        last = None
        for result in results:
            if last is None:
                phases["waiting for the first result"] = clock() - waiting - phases["shard setup"]
            last = clock()
            if "work_start" in result:
                intervals.append((result["work_start"], result["work_end"]))
                stats["load_seconds"] = stats.get("load_seconds", 0.0) + result["load_seconds"]
            shard_dirs.append(root / "shards" / result["key"])
            for key in ("annotated", "reused", "tokens"):
                stats[key] += result[key]
            if bar is not None:
                bar.update(result["annotated"] + result["reused"])
                elapsed = max(time.perf_counter() - started, 1e-9)
                bar.set_postfix(tokens_per_s=f"{stats['tokens'] / elapsed:,.0f}", refresh=False)
        if bar is not None:
            bar.close()
        ended = clock()
        phases["after the last result"] = ended - (last if last is not None else waiting)
        stats["seconds"] = ended - started
        busy = _covered_seconds(intervals, started, ended)
        stats["serial_seconds"] = stats["seconds"] - busy
        stats["worker_seconds"] = sum(end - start for start, end in intervals)
        stats["phases"] = phases
        return Annotation(shard_dirs=shard_dirs, report=report, fingerprint=details, stats=stats)
    finally:
        if pool is not None:  # every result is in (or an error): do not wait for the workers
            pool.shutdown(wait=False, cancel_futures=True)
        if connection is not None:
            connection.close()


def _covered_seconds(intervals: list[tuple[float, float]], low: float, high: float) -> float:
    """Seconds of ``[low, high]`` during which at least one of the intervals was running."""
    covered, reach = 0.0, low
    for start, end in sorted(intervals):
        start, end = max(start, reach), min(end, high)
        if end > start:
            covered += end - start
            reach = end
    return covered


def _verified(shards: Iterator[Shard], root: Path, report: LoadReport) -> Iterator[Shard]:
    """Check each cached shard against its checksums; a damaged one is removed and rebuilt."""
    for shard in shards:
        folder = root / "shards" / shard.key
        if (folder / _DONE).exists():
            problem = shard_problem(folder)
            if problem is not None:
                report.warn(
                    folder,
                    "cache_damaged",
                    f"{problem}; the cached shard ({shard.name}) is not used and is annotated again",
                )
                shutil.rmtree(folder, ignore_errors=True)
        yield shard


def _remove_stale_temporary_shards(
    folder: Path, *, older_than: float = 3600.0, pattern: str = ".tmp-*"
) -> None:
    """Remove half-written shard folders a killed run left (never read; an hour old at least)."""
    now = time.time()
    for tmp in folder.glob(pattern):
        if now - tmp.stat().st_mtime > older_than:
            shutil.rmtree(tmp, ignore_errors=True)


def _run_local(
    shards: Iterator[Shard],
    settings: Settings,
    root: Path,
    n_process: int | None,
    pool=None,
) -> Iterator[dict]:
    """Run shards in this process (one worker) or in a process pool, in corpus order.

    ``pool``: a pool already started (:func:`started_pool`), used and left open.
    """
    index: dict[str, str] | None = None
    n_process = n_process or os.cpu_count() or 1

    def prepared() -> Iterator[tuple[Shard, dict]]:
        nonlocal index
        for shard in shards:
            if (root / "shards" / shard.key / _DONE).exists():
                yield shard, {}
                continue
            if index is None:
                index = _index_cached_documents(root)
            yield shard, {k: index[k] for k in shard.doc_keys if k in index}

    if n_process <= 1:
        for shard, reuse in prepared():
            yield run_shard(shard, settings, root=str(root), reuse=reuse)
        return
    yield from _run_pool(prepared(), settings, root, n_process, pool)


def process_pool(n_process: int, *, preload: bool = False, model: str | None = None):
    """The local engine's pool: spawned workers that exit when this process dies.

    With ``preload``, each worker loads the pipeline ``model`` as it starts.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        max_workers=n_process,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=start_worker,
        initargs=(os.getpid(), preload, model),
    )


def start_worker(parent_pid: int, preload: bool = False, model: str | None = None) -> None:
    """A pool worker's start: watch the parent (:func:`watch_parent`), load the pipeline."""
    watch_parent(parent_pid)
    if preload:
        from corpus_utils.nlp import load_pipeline

        load_pipeline(model)


def started_pool(n_process: int, model: str | None, *, start: int | None = None):
    """A pool of ``n_process`` workers of which ``start`` (default all) start now.

    Started before the corpus is read, the workers import spaCy and load the
    model while this process reads, counts the boilerplate and keys the
    first shards, instead of after. The others start (and load) when there
    is a shard for them. Each worker has one BLAS thread.
    """
    with _one_blas_thread():
        pool = process_pool(n_process, preload=True, model=model)
        for _ in range(min(start or n_process, n_process)):
            pool.submit(int)  # a spawn pool starts a worker for a task no idle worker takes
    return pool


def _any_complete_shard(folder: Path) -> bool:
    """Whether a cache's shard folder holds a complete shard (a warm or partial cache)."""
    return folder.is_dir() and any((d / _DONE).exists() for d in folder.iterdir())


#: Fewest source bytes per document, to bound a corpus's documents before it is read.
MIN_BYTES_PER_DOC = 1000


def _expected_shards(source) -> int:
    """At most about how many shards a source makes, from its files' sizes (before reading it).

    A source that cannot be scanned counts as one shard (reading it reports why).
    """
    from corpus_utils.load import scan_source

    try:
        size = sum(Path(f).stat().st_size for f in scan_source(source).files)
    except Exception:  # CorpusError, OSError...: the read that follows reports it
        return 1
    return -(-size // (MIN_BYTES_PER_DOC * MIN_SHARD_SIZE))


#: Seconds between a worker's checks that its parent still lives.
PARENT_CHECK_SECONDS = 0.5


def watch_parent(parent_pid: int, *, interval: float = PARENT_CHECK_SECONDS) -> bool:
    """Exit this worker process as soon as its parent ``parent_pid`` is gone (a watchdog thread).

    A worker whose parent was killed (``kill -9``) is adopted by another
    process; the watchdog sees its parent id change and exits at once, so no
    orphan keeps annotating or holding memory. Returns False (and watches
    nothing) when ``parent_pid`` is not this process's parent.
    """
    if os.getppid() != parent_pid:
        return False

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(interval)
        os._exit(70)

    threading.Thread(target=watch, name="corpus-utils-parent-watch", daemon=True).start()
    return True


def _run_pool(
    prepared, settings: Settings, root: Path, n_process: int, started=None
) -> Iterator[dict]:
    pending: list = []
    with _one_blas_thread():
        pool = started or process_pool(n_process)
        try:
            yield from _submit_in_order(prepared, pending, pool, settings, root, n_process)
        except BaseException:
            if started is None:
                pool.shutdown(wait=True)
            raise
        if started is None:  # every result is in: the workers exit without being waited for
            pool.shutdown(wait=False)


def _submit_in_order(
    prepared, pending: list, pool, settings: Settings, root: Path, n_process: int
) -> Iterator[dict]:
    """Submit each shard not yet cached; yield results in corpus order, a few in flight."""
    for shard, reuse in prepared:
        if (root / "shards" / shard.key / _DONE).exists():
            pending.append(
                {"key": shard.key, "annotated": 0, "reused": len(shard.records), "tokens": 0}
            )
            continue
        pending.append(pool.submit(run_shard, shard, settings, root=str(root), reuse=reuse))
        while len([p for p in pending if not isinstance(p, dict)]) > 2 * n_process:
            yield from _drain(pending, block_first=True)
    while pending:
        yield from _drain(pending, block_first=True)


def _drain(pending: list, *, block_first: bool) -> Iterator[dict]:
    """Yield finished results from the front of ``pending``, keeping corpus order."""
    while pending:
        head = pending[0]
        if isinstance(head, dict):
            yield pending.pop(0)
            continue
        if not block_first and not head.done():
            return
        pending.pop(0)
        yield head.result()
        block_first = False


class _one_blas_thread:
    """Worker processes use one BLAS/OpenMP thread each (they inherit the environment)."""

    names = tuple(ONE_THREAD_ENV)

    def __enter__(self):
        self.saved = {n: os.environ.get(n) for n in self.names}
        for name in self.names:
            os.environ[name] = "1"

    def __exit__(self, *exc):
        for name, value in self.saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _progress_bar(total: int, progress: bool | None):
    import sys

    if progress is None:
        progress = sys.stderr.isatty()
    if not progress:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="doc", desc="annotating", smoothing=0.1)


def _atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


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
    import ctypes
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
