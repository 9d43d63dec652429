"""The Dask engine gives the local engine's tables; large tables read through dask.dataframe."""

from __future__ import annotations

import collections
import functools
import itertools
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import cloudpickle
import pandas as pd
import pytest

from corpus_utils import annotate
from corpus_utils.annotate import TABLES, Annotation, annotate_corpus, cluster, tables
from corpus_utils.config import SHARED_CORPUS
from corpus_utils.corpus.load import LoadReport

# Tasks defined here run in worker processes, which cannot import this file.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

#: Columns that order each table's rows (ties keep the engine's corpus order).
SORT_KEYS = {
    "documents": ["doc_id"],
    "texts": ["doc_id"],
    "removals": ["doc_id", "start_char", "end_char"],
    "mentions": ["doc_id", "start_char", "end_char"],
    "quotes": ["doc_id", "start_char", "end_char"],
    "quantities": ["doc_id", "start_char", "end_char"],
    "lemmas": ["doc_id", "lemma"],
}
REUTERS = SHARED_CORPUS / "Reuters.jsonl"
N_REUTERS = 40


def _stable(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    return frame.sort_values(SORT_KEYS[name], kind="stable").reset_index(drop=True)


def _assert_same_tables(expected: Annotation, found: Annotation) -> None:
    assert found.fingerprint == expected.fingerprint, "the code or data changed between the runs"
    for name in TABLES:
        pd.testing.assert_frame_equal(
            _stable(found.table(name), name), _stable(expected.table(name), name), obj=name
        )


@pytest.fixture(scope="module")
def seeds_local(tmp_path_factory, nlp) -> Annotation:
    """The seeds through the local engine, three shards (the reference)."""
    return annotate_corpus(
        None, cache_dir=tmp_path_factory.mktemp("local"), shard_size=2, workers=1
    )


@pytest.fixture(scope="module")
def reuters_slice(tmp_path_factory) -> Path:
    if not REUTERS.exists():
        pytest.skip(f"the shared corpus is absent ({REUTERS})")
    path = tmp_path_factory.mktemp("slice") / "reuters.jsonl"
    with open(REUTERS, encoding="utf-8") as source:
        path.write_text("".join(itertools.islice(source, N_REUTERS)), encoding="utf-8")
    return path


def _as_file_url(run_shards):
    """Pass the cache folder to the Dask engine as a ``file://`` URL."""

    @functools.wraps(run_shards)
    def wrapper(shards, settings, workers=0, *, root, **options):
        return run_shards(shards, settings, workers, root=Path(root).as_uri(), **options)

    return wrapper


@pytest.mark.cluster
def test_local_cluster_gives_the_local_tables_on_the_seeds(tmp_path, seeds_local, monkeypatch):
    monkeypatch.setattr(cluster, "run_shards", _as_file_url(cluster.run_shards))
    found = annotate_corpus(
        None, cache_dir=tmp_path, shard_size=2, workers=2, engine="dask", progress=False
    )
    assert found.stats["annotated"] == 5 and found.stats["tokens"] == seeds_local.stats["tokens"]
    assert [d.name for d in found.shard_dirs] == [d.name for d in seeds_local.shard_dirs]
    _assert_same_tables(seeds_local, found)


@pytest.mark.cluster
def test_local_cluster_gives_the_local_tables_on_a_reuters_slice(tmp_path, reuters_slice, nlp):
    local = annotate_corpus(reuters_slice, cache_dir=tmp_path / "local", shard_size=10, workers=1)
    found = annotate_corpus(
        reuters_slice, cache_dir=tmp_path / "dask", shard_size=10, workers=2, engine="dask"
    )
    assert len(found.shard_dirs) == 4 and found.stats["annotated"] == N_REUTERS
    assert len(local.mentions) > 100 and len(local.quotes) > 10
    _assert_same_tables(local, found)


def _die_once(marker: str, shard, settings, *, root, reuse):
    """Run a shard, except that the first task to take the marker kills its worker mid-write."""
    try:
        os.rename(marker, marker + ".taken")
    except FileNotFoundError:
        return annotate.shards.run_shard(shard, settings, root=root, reuse=reuse)
    half = Path(root) / "shards" / f".tmp-{shard.key}-killed"
    half.mkdir(parents=True)
    (half / "mentions.parquet").write_bytes(b"PAR1 half written")
    os._exit(1)


@pytest.mark.cluster
def test_a_worker_killed_mid_run_still_gives_the_local_tables(tmp_path, seeds_local, monkeypatch):
    marker = tmp_path / "kill-a-worker"
    marker.write_text("the first task to rename this file exits its worker\n")
    monkeypatch.setattr(
        cluster,
        "run_shards",
        functools.partial(cluster.run_shards, task=functools.partial(_die_once, str(marker))),
    )
    found = annotate_corpus(
        None, cache_dir=tmp_path / "cache", shard_size=2, workers=2, engine="dask"
    )
    assert (tmp_path / "kill-a-worker.taken").exists()  # a worker did die
    assert len(found.shard_dirs) == 3 and found.stats["annotated"] == 5
    assert all((d / "_COMPLETE").exists() for d in found.shard_dirs)
    _assert_same_tables(seeds_local, found)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _pipeline_loads() -> tuple[int, int]:
    """Runs on a worker: how often the cached loader loaded a pipeline, and was reused."""
    from corpus_utils.extract.pipeline import load_pipeline

    info = load_pipeline.cache_info()
    return info.misses, info.hits


@pytest.mark.cluster
def test_an_existing_scheduler_with_its_workers(tmp_path, seeds_local):
    from distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = [
        sys.executable,
        "-m",
        "distributed.cli.dask_scheduler",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--no-dashboard",
    ]
    worker = [
        sys.executable,
        "-m",
        "distributed.cli.dask_worker",
        address,
        "--nthreads",
        "1",
        "--host",
        "127.0.0.1",
        "--no-dashboard",
        "--local-directory",
        str(tmp_path / "space"),
    ]
    commands = [scheduler, worker, worker]  # fmt: skip
    processes = []
    try:
        for command in commands:
            processes.append(
                subprocess.Popen(
                    command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
            )
            time.sleep(0.5 if len(processes) == 1 else 0)
        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=90)
            cache = tmp_path / "cache"
            run = functools.partial(
                annotate_corpus,
                None,
                cache_dir=cache,
                shard_size=2,
                engine="dask",
                scheduler=address,
            )
            found = run()
            _assert_same_tables(seeds_local, found)
            loads = client.run(_pipeline_loads)
            assert [misses for misses, _ in loads.values()] == [1, 1]  # once per worker
            assert sum(hits for _, hits in loads.values()) == 3  # then reused by every shard
            assert set(client.run(os.environ.get, "OMP_NUM_THREADS").values()) == {"1"}

            lost = found.shard_dirs[1]
            for path in lost.iterdir():
                path.unlink()
            lost.rmdir()  # as if the run had been interrupted before this shard
            again = run()
            assert again.fingerprint == found.fingerprint, "the code changed during the test"
            assert (again.stats["annotated"], again.stats["reused"]) == (2, 3)
            _assert_same_tables(seeds_local, again)
            assert run().stats["annotated"] == 0
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_a_complete_cache_starts_no_cluster(seeds_local):
    root = seeds_local.shard_dirs[0].parent.parent
    shards, _, _ = annotate.shards.iter_shards(None, shard_size=2)
    keyed = [annotate.shards.key_shard(s, root.name) for s in shards]
    settings = annotate.Settings(cache_dir=str(root.parent))
    results = cluster.run_shards(keyed, settings, root=root, scheduler="tcp://127.0.0.1:9")
    assert [r["key"] for r in results] == [d.name for d in seeds_local.shard_dirs]


class _FakeClient:
    """Answers like a ``distributed.Client`` whose one worker has other code."""

    def __init__(self, fingerprint: dict, nthreads: int = 1):
        self.fingerprint = fingerprint
        self.threads = nthreads

    def run(self, function, *args):
        return {"tcp://127.0.0.1:1": self.fingerprint}

    def nthreads(self):
        return {"tcp://127.0.0.1:1": self.threads}


def test_a_worker_with_other_code_is_refused(tmp_path, nlp):
    settings = annotate.Settings(cache_dir=str(tmp_path))
    expected = settings.fingerprint()
    cluster.check_workers(_FakeClient(expected), settings)
    with pytest.raises(RuntimeError, match=r"tcp://127.0.0.1:1 would annotate differently \(code"):
        cluster.check_workers(_FakeClient({**expected, "code": "0" * 16}), settings)
    with pytest.warns(RuntimeWarning, match="--nthreads 1"):
        cluster.check_workers(_FakeClient(expected, nthreads=4), settings)


def test_a_process_reports_the_code_it_imported(monkeypatch):
    cluster.process_fingerprint.cache_clear()
    imported = cluster.process_fingerprint(None)
    monkeypatch.setattr(annotate.cache, "_hash_files", lambda paths, root=None: "edited since")
    assert cluster.process_fingerprint(None) == imported
    assert annotate.Settings().fingerprint()["code"] == "edited since" != imported["code"]


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("cache", Path("cache")),
        ("/data/cache", Path("/data/cache")),
        (Path("/data/cache"), Path("/data/cache")),
        ("file:///data/cache", Path("/data/cache")),
        ("file://localhost/data/my%20cache", Path("/data/my cache")),
        ("local:///data/cache", Path("/data/cache")),
    ],
)
def test_storage_path(location, expected):
    assert cluster.storage_path(location) == expected


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("s3://bucket/cache", "s3:// storage is not supported"),
        ("gs://bucket/cache", "gs:// storage is not supported"),
        ("file://other-host/cache", "not on other-host"),
    ],
)
def test_storage_path_refuses_what_workers_cannot_share(location, message):
    with pytest.raises(ValueError, match=message):
        cluster.storage_path(location)


@pytest.mark.parametrize("name", TABLES)
def test_read_table_through_pandas_and_dask(seeds_local, name):
    small = tables.read_table(seeds_local, name)
    large = tables.read_table(seeds_local, name, max_pandas_bytes=0)
    assert isinstance(small, pd.DataFrame) and not isinstance(large, pd.DataFrame)
    assert large.npartitions == 3
    pd.testing.assert_frame_equal(large.compute().reset_index(drop=True), small)
    assert list(small.columns) == list(seeds_local.table(name).columns)
    assert len(small) == len(seeds_local.table(name))


def _write_parts(folder: Path, frames: list[pd.DataFrame]) -> Annotation:
    dirs = []
    for i, frame in enumerate(frames):
        (folder / str(i)).mkdir(parents=True)
        frame.to_parquet(folder / str(i) / "quotes.parquet", index=False)
        dirs.append(folder / str(i))
    return Annotation(shard_dirs=dirs, report=LoadReport(), fingerprint={})


def test_read_table_unifies_the_parts_types(tmp_path):
    annotation = _write_parts(
        tmp_path,
        [
            pd.DataFrame({"doc_id": ["a"], "speaker_start": [None], "doc_key": ["k1"]}),
            pd.DataFrame(
                {
                    "doc_id": pd.Series([], dtype=object),
                    "speaker_start": pd.Series([], dtype=object),
                }
            ),
            pd.DataFrame(
                {"doc_id": ["b", "b"], "speaker_start": [3, 7], "speaker_id": ["x", None]}
            ),
        ],
    )
    small = tables.read_table(annotation, "quotes")
    large = tables.read_table(annotation, "quotes", max_pandas_bytes=0).compute()
    pd.testing.assert_frame_equal(large.reset_index(drop=True), small)
    assert list(small.columns) == ["doc_id", "speaker_start", "speaker_id"]
    assert list(small["doc_id"]) == ["a", "b", "b"]
    assert small["speaker_start"].tolist()[1:] == [3, 7] and pd.isna(small["speaker_start"][0])
    assert small["speaker_id"].tolist()[1] == "x" and small["speaker_id"].isna().tolist() == [
        True,
        False,
        True,
    ]
    with pytest.raises(KeyError, match="no column verb"):
        tables.read_table(annotation, "quotes", columns=["verb"])
    with pytest.raises(KeyError, match="no table 'tokens'"):
        tables.read_table(annotation, "tokens")


def _counted(annotation: Annotation, table: str, keys: list[str], weight: str | None) -> dict:
    """The same counts, by a plain loop over the rows (the reference)."""
    frame = annotation.table(table)
    outlets = annotation.documents.set_index("doc_id")["outlet"].to_dict()
    counts: collections.Counter = collections.Counter()
    for row in frame.to_dict("records"):
        row["outlet"] = outlets[row["doc_id"]]
        group = tuple(row[k] for k in keys)
        if any(pd.isna(v) for v in group):
            continue
        counts[group] += row[weight] if weight else 1
    return dict(counts)


@pytest.mark.parametrize(
    ("table", "keys", "weight"),
    [
        ("documents", ["outlet"], None),
        ("mentions", ["outlet"], None),
        ("mentions", ["outlet", "actor_id"], None),
        ("mentions", ["actor_type", "side"], None),
        ("quotes", ["outlet", "speaker_id"], None),
        ("quantities", ["category", "unit"], None),
        ("lemmas", ["lemma"], "count"),
        ("lemmas", ["outlet", "lemma"], "count"),
    ],
)
def test_count_by_gives_the_same_counts_through_pandas_and_dask(seeds_local, table, keys, weight):
    small = tables.count_by(seeds_local, keys, table=table, weight=weight)
    large = tables.count_by(seeds_local, keys, table=table, weight=weight, max_pandas_bytes=0)
    pd.testing.assert_frame_equal(large, small)
    assert list(small.columns) == [*keys, "n", *([weight] if weight else [])]
    column = weight or "n"
    rows = small[[*keys, column]].itertuples(index=False)
    found = {tuple(row[:-1]): row[-1] for row in rows}
    assert found == _counted(seeds_local, table, keys, weight)
    ranks = list(zip(-small[column], *(small[k] for k in keys)))
    assert ranks == sorted(ranks)  # by the count, then the keys: a full order


def test_count_by_on_frames_and_its_table_of_results(seeds_local):
    import dask.dataframe as dd

    lemmas = seeds_local.lemmas
    expected = tables.count_by(lemmas, "lemma", weight="count")
    pd.testing.assert_frame_equal(
        tables.count_by(dd.from_pandas(lemmas, npartitions=4), "lemma", weight="count"), expected
    )
    top = expected.iloc[0]
    assert (top["lemma"], top["n"]) == ("ukraine", 5) and top["count"] >= 30
    per_outlet = tables.count_by(seeds_local, "outlet", table="documents")
    assert per_outlet["n"].sum() == 5 and per_outlet["n"].is_monotonic_decreasing
    with pytest.raises(TypeError, match="table="):
        tables.count_by(seeds_local, "lemma")
