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
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
import uuid
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
#: Documents per shard unless told otherwise.
DEFAULT_SHARD_SIZE = 100
_DONE = "_COMPLETE"

_COLUMNS = {
    "removals": ["doc_id", "start_char", "end_char", "line", "rule", "text"],
    "mentions": [
        "doc_id", "start_char", "end_char", "surface", "actor_id", "actor_name", "actor_type",
        "affiliation", "side", "source", "sentence_id",
    ],
    "quotes": [
        "doc_id", "start_char", "end_char", "quote", "speaker_text", "speaker_start", "speaker_end",
        "speaker_id", "verb", "speaker_name",
    ],
    "quantities": [
        "doc_id", "start_char", "end_char", "surface", "value", "unit", "qualifier", "category",
        "counted", "source", "sentence", "vague", "alt_value", "alt_unit",
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


def document_key(record: dict, boilerplate: tuple[str, ...], fingerprint: str) -> str:
    """A document's cache key: its metadata, its text, the boilerplate applied, the fingerprint."""
    digest = hashlib.sha256(fingerprint.encode())
    for column in DOCUMENT_COLUMNS:
        value = record.get(column)
        if column == "origin" and value:  # the file, however its path was spelled
            file, sep, rest = str(value).partition(", ")
            value = os.path.realpath(file) + sep + rest
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
    shard_size: int = DEFAULT_SHARD_SIZE,
    report: LoadReport | None = None,
    boilerplate_min_docs: int = 5,
    max_chars: int = MAX_DOC_CHARS,
) -> tuple[Iterator[Shard], LoadReport, int]:
    """Split a source into shards, after one pass that finds repeated boilerplate.

    Returns:
        The shard iterator, the load report (complete after the first pass)
        and the number of documents loaded.
    """
    report = report if report is not None else LoadReport()
    detector = cleaning.BoilerplateDetector(min_docs=boilerplate_min_docs)
    options = {"columns": columns, "outlet": outlet, "encoding": encoding, "max_chars": max_chars}
    n_docs = 0
    for record in iter_documents(source, report=report, **options):
        detector.add(record["outlet"], record["raw_text"])
        n_docs += 1
    passages = detector.passages()

    def shards() -> Iterator[Shard]:
        batch: list[dict] = []
        current_file = None
        for record in iter_documents(source, report=LoadReport(), **options):
            file = record["origin"].split(", ")[0]
            file = str(Path(file).parent) if file.endswith(".txt") else file
            if batch and (file != current_file or len(batch) >= shard_size):
                yield _make_shard(batch, passages)
                batch = []
            current_file = file
            batch.append(record)
        if batch:
            yield _make_shard(batch, passages)

    return shards(), report, n_docs


def _make_shard(records: list[dict], passages: dict) -> Shard:
    first, last = records[0]["origin"], records[-1]["origin"]
    name = first if first == last else f"{first} … {last}"
    outlets = {r["outlet"] or "" for r in records}
    return Shard(
        name=name, records=records, boilerplate={o: passages[o] for o in outlets if o in passages}
    )


def key_shard(shard: Shard, fingerprint_key: str) -> Shard:
    """Compute the keys of a shard's documents and of the shard itself."""
    shard.doc_keys = [
        document_key(r, shard.boilerplate.get(r["outlet"] or "", ()), fingerprint_key)
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
        A summary: shard key, documents annotated and reused, tokens.
    """
    final = Path(root) / "shards" / shard.key
    if (final / _DONE).exists():
        return {"key": shard.key, "annotated": 0, "reused": len(shard.records), "tokens": 0}
    reuse = reuse or {}
    reused_rows = _reused_rows(shard, reuse)
    todo = [i for i, key in enumerate(shard.doc_keys) if key not in reused_rows["documents"]]
    fresh = annotate_records(
        [shard.records[i] for i in todo], [shard.doc_keys[i] for i in todo], shard, settings
    )
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


def _write_shard(final: Path, tables: dict[str, pd.DataFrame]) -> None:
    if (final / _DONE).exists():
        return
    tmp = final.parent / f".tmp-{final.name}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        for name, frame in tables.items():
            frame.to_parquet(tmp / f"{name}.parquet", index=False)
        (tmp / _DONE).write_text("complete\n")
        try:
            os.rename(tmp, final)
        except OSError:
            if not (final / _DONE).exists():  # a half-written folder from a killed run
                shutil.rmtree(final, ignore_errors=True)
                os.rename(tmp, final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def annotate_records(
    records: list[dict], doc_keys: list[str], shard: Shard, settings: Settings
) -> dict:
    """Clean and annotate documents with spaCy; return the tables (with ``doc_key``)."""
    from corpus_utils import actors, quantities, quotes
    from corpus_utils.nlp import load_pipeline

    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    cleaned_docs = [
        cleaning.clean_text(r["raw_text"], boilerplate=shard.boilerplate.get(r["outlet"] or "", ()))
        for r in records
    ]
    if not records:
        return _frames(rows)
    nlp = load_pipeline(settings.model)
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
    shard_size: int = DEFAULT_SHARD_SIZE,
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
        shard_size: Documents per shard.
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
    shards, report, n_docs = iter_shards(
        source,
        columns=columns,
        outlet=outlet,
        encoding=encoding,
        shard_size=shard_size,
        boilerplate_min_docs=boilerplate_min_docs,
        max_chars=max_chars,
    )
    fingerprint_key = root.name
    keyed = (key_shard(s, fingerprint_key) for s in shards)
    bar = _progress_bar(n_docs, progress)
    stats = {"documents": n_docs, "annotated": 0, "reused": 0, "tokens": 0}
    if engine == "dask":
        from corpus_utils import cluster

        results = cluster.run_shards(
            keyed, settings, root=str(root), workers=n_process, scheduler=scheduler
        )
    elif engine == "local":
        results = _run_local(keyed, settings, root, n_process)
    else:
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    shard_dirs = []
    for result in results:
        shard_dirs.append(root / "shards" / result["key"])
        for key in ("annotated", "reused", "tokens"):
            stats[key] += result[key]
        if bar is not None:
            bar.update(result["annotated"] + result["reused"])
            elapsed = max(time.perf_counter() - started, 1e-9)
            bar.set_postfix(tokens_per_s=f"{stats['tokens'] / elapsed:,.0f}", refresh=False)
    if bar is not None:
        bar.close()
    stats["seconds"] = time.perf_counter() - started
    return Annotation(shard_dirs=shard_dirs, report=report, fingerprint=details, stats=stats)


def _remove_stale_temporary_shards(folder: Path, *, older_than: float = 3600.0) -> None:
    """Remove half-written shard folders a killed run left (never read; an hour old at least)."""
    now = time.time()
    for tmp in folder.glob(".tmp-*"):
        if now - tmp.stat().st_mtime > older_than:
            shutil.rmtree(tmp, ignore_errors=True)


def _run_local(
    shards: Iterator[Shard], settings: Settings, root: Path, n_process: int | None
) -> Iterator[dict]:
    """Run shards in this process (one worker) or in a process pool, in corpus order."""
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
    yield from _run_pool(prepared(), settings, root, n_process)


def _run_pool(prepared, settings: Settings, root: Path, n_process: int) -> Iterator[dict]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pending: list = []
    context = multiprocessing.get_context("spawn")
    with _one_blas_thread(), ProcessPoolExecutor(max_workers=n_process, mp_context=context) as pool:
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


def write_tables(
    annotation: Annotation, out_dir: str | Path, *, fmt: str = "csv", tables=EXPORT_TABLES
) -> list[Path]:
    """Write the tidy tables a researcher can take to R or Stata, each file atomically.

    Args:
        annotation: The annotated corpus.
        out_dir: The output folder (created if missing).
        fmt: ``csv`` or ``parquet``.
        tables: Which tables to write.

    Returns:
        The paths written.
    """
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"unknown format {fmt!r}: use csv or parquet")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in tables:
        frame = annotation.table(name)
        path = out / f"{name}.{fmt}"
        tmp = out / f".{name}.{uuid.uuid4().hex[:8]}.tmp"
        if fmt == "csv":
            frame.to_csv(tmp, index=False, lineterminator="\n")
        else:
            frame.to_parquet(tmp, index=False)
        os.replace(tmp, path)
        written.append(path)
    return written
