"""Every extractor over a batch of documents: the per-document step of the annotation.

:func:`annotate_records` runs spaCy over the cleaned text (in pieces for long documents) and
then mentions, quotes, quantities and lemmas, and maps every offset back to ``raw_text``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator

import pandas as pd

from corpus_utils.corpus import clean as cleaning
from corpus_utils.corpus.load import DOCUMENT_COLUMNS

#: Parts of speech whose lemmas count as content words.
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV"})


#: Longest piece of text handed to spaCy at once; longer documents are parsed in pieces.
MAX_CHUNK_CHARS = 50_000


#: About how many characters spaCy parses in one batch (memory follows this, not the corpus).
BATCH_CHARS = 150_000


def annotate_records(
    records: list[dict],
    doc_keys: list[str],
    *,
    boilerplate: dict[str, tuple[str, ...]],
    model: str | None,
    batch_size: int,
) -> dict:
    """Clean and annotate documents with spaCy; return the tables (with ``doc_key``)."""
    from corpus_utils.extract import actors, quantities, quotes
    from corpus_utils.extract.pipeline import load_pipeline

    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    cleaned_docs = [
        cleaning.clean_text(r["raw_text"], boilerplate=boilerplate.get(r["outlet"] or "", ()))
        for r in records
    ]
    if not records:
        return _frames(rows)
    nlp = load_pipeline(model)
    pieces = (
        (cleaned.text[start:end], (index, start))
        for index, cleaned in enumerate(cleaned_docs)
        for start, end in chunk_spans(cleaned.text)
    )
    found = [_Found() for _ in records]
    for batch in _batches(pieces, max_docs=batch_size, max_chars=BATCH_CHARS):
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
                "n_joined_lines": cleaned.n_joined_lines,
                "extract_error": "; ".join(result.errors) or None,
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
        self.errors: list[str] = []

    def add(self, doc, offset: int, actors, quotes, quantities) -> None:
        passage = (offset, offset + len(doc.text))
        mentions = self._attempt(
            passage, "mention", "mentions, quotes and figures", actors.extract_mentions, doc
        )
        if mentions is None:
            mentions = quoted = found = []
        else:
            quoted = self._attempt(passage, "quote", "quotes", quotes.extract_quotes, doc, mentions)
            found = self._attempt(  # before the shifts
                passage,
                "figure",
                "figures",
                quantities.extract_quantities,
                doc,
                mentions,
                quoted or [],
            )
        for item in mentions:
            item["sentence_id"] = item["sentence_id"] + self.n_sentences
        self.mentions.extend(_shift(item, offset) for item in mentions)
        self.quotes.extend(_shift(item, offset) for item in quoted or [])
        self.quantities.extend(_shift(item, offset) for item in found or [])
        self.lemmas.update(
            t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop and t.pos_ in CONTENT_POS
        )
        self.n_tokens += sum(1 for t in doc if not t.is_space)
        self.n_sentences += sum(1 for _ in doc.sents)

    def _attempt(self, passage: tuple[int, int], extractor: str, lost: str, extract, *args):
        """Run one extractor over one passage; when it fails, note why and what is missing.

        A document the extractors cannot read stays in the tables with ``extract_error``
        and is listed in ``problems``; it does not stop the annotation of the others.
        """
        try:
            return extract(*args)
        except MemoryError:
            raise
        except Exception as error:
            start, end = passage
            self.errors.append(
                f"the {extractor} extractor failed on characters"
                f" {start}-{end} of the cleaned text ({type(error).__name__}: {error});"
                f" the {lost} of that passage are missing"
            )
            return None


def _shift(item: dict, offset: int) -> dict:
    if offset:
        for key in (
            "start_char",
            "end_char",
            "speaker_start",
            "speaker_end",
            "claimant_start",
            "claimant_end",
        ):
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
        columns = (
            [*DOCUMENT_COLUMNS, *_ANNOTATION_COLUMNS] if name == "documents" else _COLUMNS[name]
        )
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
    if item.get("claimant_start") is not None and item.get("claimant_end") is not None:
        s, e = offsets.span_to_raw(item["claimant_start"], item["claimant_end"])
        item["claimant_start"], item["claimant_end"] = s, e
        item["claimant_text"] = raw[s:e]
    return item


#: The tables of one annotated corpus, in the order they are written.
TABLES = ("documents", "texts", "removals", "mentions", "quotes", "quantities", "lemmas")


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
        "counted", "claimant_text", "claimant_start", "claimant_end", "claimant_id", "sentence", "vague", "alt_value", "alt_unit", "bound", "value_low",
        "value_high", "direction", "unit_text", "counted_lemma",
    ],
    "lemmas": ["doc_id", "lemma", "count"],
    "texts": ["doc_id", "raw_text", "text"],
}  # fmt: skip


_ANNOTATION_COLUMNS = [
    "n_chars",
    "n_clean_chars",
    "n_tokens",
    "n_sentences",
    "n_removed_lines",
    "n_glued_splits",
    "n_joined_lines",
    "extract_error",
]
