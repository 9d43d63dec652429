"""No network, and interrupted runs: the whole local pipeline offline; a killed run resumes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from corpus_utils.annotate import annotate_corpus
from corpus_utils.config import NOTEBOOKS, OUTPUT_DIR, PROJECT_ROOT, SEEDS_DIR

GUARD = """
import ipaddress, os, socket

_connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex


def _check(sock, address):
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0]
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = host == "localhost"
        if not loopback:
            with open(os.environ["NETWORK_LOG"], "a") as log:
                log.write(f"{os.getpid()} {address!r}\\n")
            raise ConnectionRefusedError(f"outbound connection refused by the test: {address!r}")


def connect(self, address):
    _check(self, address)
    return _connect(self, address)


def connect_ex(self, address):
    _check(self, address)
    return _connect_ex(self, address)


socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
"""


def _offline_env(tmp_path: Path) -> dict:
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(guard), env.get("PYTHONPATH")]))
    env["NETWORK_LOG"] = str(tmp_path / "network.log")
    env["CORPUS_UTILS_CACHE"] = str(tmp_path / "cache")
    return env


def test_the_guard_refuses_outbound_connections(tmp_path):
    env = _offline_env(tmp_path)
    code = "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 80), timeout=1)\nexcept ConnectionRefusedError as e:\n    print('refused', e)"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert "refused" in result.stdout
    assert "192.0.2.1" in (tmp_path / "network.log").read_text()


def test_the_whole_local_pipeline_runs_offline(tmp_path):
    env = _offline_env(tmp_path)
    corpus = tmp_path / "offline_seeds"
    shutil.copytree(SEEDS_DIR, corpus)
    commands = [
        ["extract", str(corpus), "--out", str(tmp_path / "tables"), "--workers", "1"],
        ["run", "--corpus", str(corpus)],
    ]
    for command in commands:
        result = subprocess.run(
            [sys.executable, "-m", "corpus_utils", *command],
            env=env,
            capture_output=True,
            text=True,
            cwd=PROJECT_ROOT,
        )
        assert result.returncode == 0, result.stderr[-3000:]
    result = subprocess.run(
        [sys.executable, "-m", "corpus_utils.publish.report", "--corpus", str(corpus)],
        env=env,
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    log = tmp_path / "network.log"
    assert not log.exists() or log.read_text() == ""
    published = OUTPUT_DIR / "offline_seeds" / "notebooks"
    assert sorted(p.name for p in published.glob("*.ipynb")) == sorted(NOTEBOOKS)
    assert (tmp_path / "tables" / "mentions.csv").exists()


def _many_documents(folder: Path, n: int) -> Path:
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    with open(folder / "docs.jsonl", "w", encoding="utf-8") as handle:
        for i in range(n):
            text = (
                texts[i % len(texts)]
                + f"\nEditor's note {i}: Kyiv and Moscow were asked for comment."
            )
            handle.write(
                json.dumps({"id": f"d{i:03d}", "text": text, "outlet": f"O{i % 3}"}) + "\n"
            )
    return folder / "docs.jsonl"


def test_a_killed_annotation_run_resumes_and_gives_the_same_tables(tmp_path, nlp):
    source = _many_documents(tmp_path / "corpus", 40)
    cache = tmp_path / "cache"
    command = [
        sys.executable,
        "-m",
        "corpus_utils",
        "extract",
        str(source),
        "--out",
        str(tmp_path / "out"),
    ]
    command += ["--cache-dir", str(cache), "--workers", "1", "--shard-size", "8"]
    process = subprocess.Popen(
        command, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and not list(cache.glob("*/shards/*/_COMPLETE")):
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait()
    done_before = len(list(cache.glob("*/shards/*/_COMPLETE")))
    assert 1 <= done_before < 5, "the run was not interrupted in the middle"
    resumed = annotate_corpus(source, cache_dir=cache, workers=1, shard_size=8)
    assert resumed.stats["reused"] >= 8 and resumed.stats["annotated"] <= 32
    fresh = annotate_corpus(source, cache_dir=tmp_path / "fresh", workers=1, shard_size=8)
    for table in ("documents", "mentions", "quotes", "quantities", "lemmas"):
        pd.testing.assert_frame_equal(resumed.table(table), fresh.table(table))
    assert not list(cache.glob("*/shards/.tmp-*")), (
        "a temporary shard folder was left behind and not cleaned"
    )


@pytest.mark.parametrize("workers", [2])
def test_process_pool_gives_the_same_tables(tmp_path, nlp, workers):
    source = _many_documents(tmp_path / "corpus", 16)
    pooled = annotate_corpus(source, cache_dir=tmp_path / "a", workers=workers, shard_size=4)
    single = annotate_corpus(source, cache_dir=tmp_path / "b", workers=1, shard_size=4)
    for table in ("documents", "mentions", "quotes", "quantities", "lemmas"):
        pd.testing.assert_frame_equal(pooled.table(table), single.table(table))
