"""The command line: extract writes the tidy tables; bad input gives a clear message."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from corpus_utils.__main__ import main
from corpus_utils.config import PROJECT_ROOT


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("tables")
    cache = tmp_path_factory.mktemp("cache")
    code = main(
        [
            "extract",
            "seeds",
            "--out",
            str(out),
            "--format",
            "csv",
            "--cache-dir",
            str(cache),
            "--workers",
            "1",
        ]
    )
    assert code == 0
    return out


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("documents", ["doc_id", "outlet", "outlet_source", "date", "date_source", "n_chars", "n_tokens", "n_sentences", "n_removed_lines"]),
        ("removals", ["doc_id", "start_char", "end_char", "rule", "text"]),
        ("mentions", ["doc_id", "start_char", "end_char", "surface", "actor_id", "actor_name", "actor_type", "affiliation", "source", "sentence_id"]),
        ("quotes", ["doc_id", "start_char", "end_char", "quote", "speaker_text", "speaker_id", "verb"]),
        ("quantities", ["doc_id", "start_char", "end_char", "surface", "value", "unit", "qualifier", "category", "counted", "claimant_text", "claimant_start", "claimant_end", "claimant_id", "sentence"]),
        ("lemmas", ["doc_id", "lemma", "count"]),
        ("problems", ["source", "doc_id", "location", "severity", "reason", "message"]),
    ],
)  # fmt: skip
def test_extract_writes_each_table(extracted, table, columns):
    frame = pd.read_csv(extracted / f"{table}.csv")
    assert set(columns) <= set(frame.columns)
    if table not in ("problems",):
        assert len(frame) > 0


def test_documents_csv_has_one_row_per_seed(extracted):
    frame = pd.read_csv(extracted / "documents.csv")
    assert len(frame) == 5 and "raw_text" not in frame.columns


def test_parquet_format(tmp_path, nlp):
    code = main(
        [
            "extract",
            "seeds",
            "--out",
            str(tmp_path),
            "--format",
            "parquet",
            "--cache-dir",
            str(tmp_path / "c"),
        ]
    )
    assert code == 0
    assert len(pd.read_parquet(tmp_path / "mentions.parquet")) > 0


def test_missing_source_is_a_clear_error(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "corpus_utils",
            "extract",
            str(tmp_path / "nowhere"),
            "--out",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
    )
    assert result.returncode == 2
    assert "nowhere: no such file or folder" in result.stderr
