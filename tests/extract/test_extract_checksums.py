"""The tables ``extract`` writes are those recorded in ``tests/data/extract_checksums.json``.

After an intended change to extraction, rewrite the record (it prints which tables changed)::

    .venv/bin/python tests/extract_checksums.py --update
"""

from __future__ import annotations

import json

import pytest
from extract_checksums import CHECKSUMS, SHARED_CORPUS, corpus_checksums

RECORDED = json.loads(CHECKSUMS.read_text(encoding="utf-8"))
UPDATE = "rewrite with `.venv/bin/python tests/extract_checksums.py --update` if intended"


def _assert_same(name: str) -> None:
    fresh = corpus_checksums(name)
    changed = sorted(
        t for t in set(fresh) | set(RECORDED[name]) if fresh.get(t) != RECORDED[name].get(t)
    )
    assert not changed, f"{name}: tables {', '.join(changed)} differ from the record; {UPDATE}"


def test_the_seed_tables_are_unchanged():
    _assert_same("seeds")


@pytest.mark.slow
@pytest.mark.skipif(
    not SHARED_CORPUS.is_dir(), reason=f"needs the shared corpus at {SHARED_CORPUS}"
)
def test_the_tables_of_a_300_article_slice_are_unchanged():
    _assert_same("ukraine_media_300")


def test_the_canonical_form_ignores_row_order_and_the_source_path(tmp_path):
    from extract_checksums import canonical_checksum

    source = tmp_path / "corpus"
    (tmp_path / "a.csv").write_text(f"doc_id,origin\n2,{source}/b.txt\n1,{source}/a.txt\n")
    (tmp_path / "b.csv").write_text("doc_id,origin\n1,<SOURCE>/a.txt\n2,<SOURCE>/b.txt\n")
    (tmp_path / "c.csv").write_text("doc_id,origin\n1,<SOURCE>/a.txt\n2,<SOURCE>/c.txt\n")
    a, b, c = (canonical_checksum(tmp_path / f"{n}.csv", source) for n in "abc")
    assert a == b and a != c
