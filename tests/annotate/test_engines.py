"""Both engines behind one interface; one worker count; one test of a complete shard."""

from __future__ import annotations

import inspect
import os

import pytest

from corpus_utils.annotate import cluster, local
from corpus_utils.annotate.shards import Shard, is_complete, shard_folder, skipped
from corpus_utils.config import ALL_CORES, worker_count


def _head(function) -> list[tuple[str, object, object]]:
    parameters = list(inspect.signature(function).parameters.values())[:4]
    return [(p.name, p.kind, p.default) for p in parameters]


def test_the_engines_take_the_same_arguments():
    assert _head(local.run_shards) == _head(cluster.run_shards)
    assert [name for name, _, _ in _head(local.run_shards)] == [
        "shards",
        "settings",
        "workers",
        "root",
    ]


def test_workers_zero_means_every_core():
    assert ALL_CORES == 0
    assert worker_count(ALL_CORES) == (os.cpu_count() or 1)
    assert worker_count(3) == 3
    with pytest.raises(ValueError, match="0 for all cores"):
        worker_count(-1)


def test_a_shard_is_complete_once_its_marker_is_there(tmp_path):
    folder = shard_folder(tmp_path, "abc")
    assert folder == tmp_path / "shards" / "abc"
    folder.mkdir(parents=True)
    assert not is_complete(folder)
    (folder / "_COMPLETE").write_text("{}")
    assert is_complete(folder)


def test_a_skipped_shard_reports_its_documents_as_reused():
    shard = Shard(name="s", records=[{}, {}], key="k")
    assert skipped(shard) == {"key": "k", "annotated": 0, "reused": 2, "tokens": 0}
