"""The annotation stage: provenance of every item, the cache and its invalidation."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import spacy

from corpus_utils import annotate
from corpus_utils.annotate import annotate_corpus
from corpus_utils.config import SEEDS_DIR


@pytest.fixture(scope="module")
def seeds_annotation(tmp_path_factory, nlp):
    return annotate_corpus(None, cache_dir=tmp_path_factory.mktemp("cache"), workers=1)


@pytest.mark.parametrize(
    ("table", "column"), [("mentions", "surface"), ("quantities", "surface"), ("quotes", "quote")]
)
def test_every_span_indexes_the_raw_text(seeds_annotation, table, column):
    texts = seeds_annotation.texts.set_index("doc_id")["raw_text"]
    rows = seeds_annotation.table(table)
    assert len(rows) > 0
    for row in rows.itertuples():
        assert texts[row.doc_id][row.start_char : row.end_char] == getattr(row, column)


def test_quote_speakers_index_the_raw_text(seeds_annotation):
    texts = seeds_annotation.texts.set_index("doc_id")["raw_text"]
    quotes = seeds_annotation.quotes.dropna(subset=["speaker_start"])
    assert len(quotes) > 0
    for row in quotes.itertuples():
        assert texts[row.doc_id][int(row.speaker_start) : int(row.speaker_end)] == row.speaker_text


def test_documents_table(seeds_annotation):
    documents = seeds_annotation.documents
    assert list(documents["doc_id"]) == sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))
    assert (documents["n_tokens"] > 300).all() and (documents["n_sentences"] > 10).all()
    assert list(documents["n_removed_lines"]) == [0, 6, 3, 4, 1]
    for column in ("outlet_source", "date_source", "n_chars"):
        assert documents[column].notna().all()


def test_lemma_counts_are_content_words(seeds_annotation):
    lemmas = seeds_annotation.lemmas
    assert {"the", "and", "of"}.isdisjoint(lemmas["lemma"])
    ukraine = lemmas[lemmas["lemma"] == "ukraine"]
    assert len(ukraine) == 5 and ukraine["count"].sum() >= 30


def _copy_seeds(folder: Path) -> Path:
    folder.mkdir()
    for path in SEEDS_DIR.iterdir():
        shutil.copy(path, folder / path.name)
    return folder


def test_warm_run_reads_the_cache(tmp_path, nlp):
    corpus = _copy_seeds(tmp_path / "corpus")
    cold = annotate_corpus(corpus, cache_dir=tmp_path / "cache", workers=1)
    warm = annotate_corpus(corpus, cache_dir=tmp_path / "cache", workers=1)
    assert cold.stats["annotated"] == 5 and warm.stats["annotated"] == 0
    assert warm.mentions.equals(cold.mentions)


def test_a_changed_document_is_the_only_one_annotated_again(tmp_path, nlp):
    corpus = _copy_seeds(tmp_path / "corpus")
    annotate_corpus(corpus, cache_dir=tmp_path / "cache", workers=1)
    path = corpus / "003_5d84f4cbed35a4a3.txt"
    path.write_text(
        path.read_text(encoding="utf-8") + "\nPutin said nothing more.", encoding="utf-8"
    )
    again = annotate_corpus(corpus, cache_dir=tmp_path / "cache", workers=1)
    assert again.stats["annotated"] == 1 and again.stats["reused"] == 4
    assert (
        "Putin said nothing more."
        in again.texts.set_index("doc_id").loc["003_5d84f4cbed35a4a3", "raw_text"]
    )


def test_another_version_gets_another_cache(tmp_path, nlp, monkeypatch):
    corpus = _copy_seeds(tmp_path / "corpus")
    first = annotate_corpus(corpus, cache_dir=tmp_path / "cache", workers=1)
    monkeypatch.setattr(annotate.cache.corpus_utils, "__version__", "999.0")
    second = annotate_corpus(corpus, cache_dir=tmp_path / "cache", workers=1)
    assert second.stats["annotated"] == 5
    assert first.shard_dirs[0].parent.parent != second.shard_dirs[0].parent.parent


def test_model_version_is_in_the_fingerprint(tmp_path, nlp, monkeypatch):
    settings = annotate.Settings(cache_dir=str(tmp_path))
    before = annotate.shards._fingerprint_dir(settings)[0]
    monkeypatch.setattr(spacy.util, "get_package_version", lambda name: "0.0.1")
    assert annotate.shards._fingerprint_dir(settings)[0] != before


def test_a_mismatched_manifest_is_rebuilt_not_misread(tmp_path, nlp):
    corpus = _copy_seeds(tmp_path / "corpus")
    first = annotate_corpus(corpus, cache_dir=tmp_path / "cache", workers=1)
    root = first.shard_dirs[0].parent.parent
    manifest = json.loads((root / "manifest.json").read_text())
    (root / "manifest.json").write_text(json.dumps({**manifest, "model_version": "tampered"}))
    second = annotate_corpus(corpus, cache_dir=tmp_path / "cache", workers=1)
    assert second.stats["annotated"] == 5


def test_a_half_written_shard_is_never_used(tmp_path, nlp):
    corpus = _copy_seeds(tmp_path / "corpus")
    first = annotate_corpus(corpus, cache_dir=tmp_path / "cache", workers=1)
    shard = first.shard_dirs[0]
    (shard / "_COMPLETE").unlink()  # as if the run was killed before the rename
    os.remove(shard / "mentions.parquet")
    second = annotate_corpus(corpus, cache_dir=tmp_path / "cache", workers=1)
    assert second.stats["annotated"] == 5
    assert len(second.mentions) == len(first.mentions)


def test_shards_stream_without_materialising_the_corpus(tmp_path, monkeypatch):
    from corpus_utils.corpus import load

    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(1000):
            handle.write(
                json.dumps({"id": str(i), "text": f"Kyiv said {i} things.", "outlet": "X"}) + "\n"
            )
    shards, report, n_docs = annotate.shards.iter_shards(path, shard_size=10)
    assert n_docs == 1000 and report.reconciles()
    read = []
    original = load._iter_jsonl

    def counting(*args, **kwargs):
        for row in original(*args, **kwargs):
            read.append(row)
            yield row

    monkeypatch.setattr(load, "_iter_jsonl", counting)
    first = next(shards)
    assert len(first.records) == 10
    assert len(read) <= 11, "the second pass read ahead of the shard it was building"


def test_shard_size_follows_the_corpus_and_the_processes():
    assert (
        annotate.shards.shard_size_for(800, 16) == 20
    )  # 8 shards of 100 would idle half the cores
    assert annotate.shards.shard_size_for(1600, 16) == 30
    assert annotate.shards.shard_size_for(500, 2) == 70
    assert annotate.shards.shard_size_for(500, 1) == annotate.shards.DEFAULT_SHARD_SIZE
    assert annotate.shards.shard_size_for(5, 64) == annotate.shards.MIN_SHARD_SIZE


def test_chosen_shards_are_the_shards_of_that_size(tmp_path):
    """Chunks joined after the count make exactly the shards one fixed size would, per file."""
    for name, n in (("a.jsonl", 137), ("b.jsonl", 9), ("c.jsonl", 64)):
        with open(tmp_path / name, "w", encoding="utf-8") as handle:
            for i in range(n):
                row = {"id": f"{name}-{i}", "text": f"Kyiv said {i} things.", "outlet": "X"}
                handle.write(json.dumps(row) + "\n")
    shards, _, n_docs = annotate.shards.iter_shards(tmp_path, workers=2)
    chosen = [[r["doc_id"] for r in s.records] for s in shards]
    size = annotate.shards.shard_size_for(n_docs, 2)
    assert n_docs == 210 and size == 30
    fixed, _, _ = annotate.shards.iter_shards(tmp_path, shard_size=size)
    assert chosen == [[r["doc_id"] for r in s.records] for s in fixed]
    assert [len(ids) for ids in chosen] == [30, 30, 30, 30, 17, 9, 30, 30, 4]
