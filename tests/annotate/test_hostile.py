"""A hostile corpus: every kind of bad or strange input gets a clear message, nothing is lost.

The files are generated here, never committed. For each one the test checks what the user
sees: the document is either analysed (with every extracted span still indexing its original
text) or reported with its file and reason, and the run reconciles (read = analysed + reported).
"""

from __future__ import annotations

import itertools
import json

import pytest

from corpus_utils.annotate import annotate_corpus
from corpus_utils.extract.document import chunk_spans

STORY = (
    "Ukrainian President Volodymyr Zelenskyy said on Monday that Kyiv would not cede territory. "
    "“We will fight,” he said. Russian Foreign Minister Sergei Lavrov said Moscow was ready "
    "to talk, and more than 6,000 civilians have been killed, according to the UN."
)

# name: (bytes, expected outcome: a skip reason, or "analysed")
HOSTILE_FILES = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \n\t\r\n  ", "whitespace_only"),
    "huge.txt": (("Kyiv said more. " * 3_300_000).encode(), "too_long"),
    "long_line.txt": ((STORY + " ") * 420, "analysed"),
    "nul.txt": (STORY.encode()[:50] + b"\x00\x00" + STORY.encode()[50:], "binary"),
    "control.txt": (STORY.replace("Kyiv", "\x07Kyiv\x0c").encode(), "analysed"),
    "latin1.txt": (
        STORY.replace("Zelenskyy", "Zelensky\xe9")
        .encode("utf-8")
        .replace("\xe9".encode(), b"\xe9"),
        "not_utf8",
    ),
    "cp1252.txt": ("“Smart quotes” in Kyiv – €5 bn".encode("cp1252"), "not_utf8"),
    "bom.txt": (b"\xef\xbb\xbf" + STORY.encode(), "analysed"),
    "crlf.txt": (STORY.replace(". ", ".\r\n").encode(), "analysed"),
    "cr.txt": (STORY.replace(". ", ".\r").encode(), "analysed"),
    "rtl.txt": (("مرحبا שלום Zelenskyy\u0301 said. " + STORY).encode(), "analysed"),
    "emoji.txt": (("🇺🇦🔥 " + STORY.replace("Kyiv", "Kyiv 🙏")).encode(), "analysed"),
    "page.txt": (
        b"<!DOCTYPE html><html><head><script>x()</script></head><body><p>Kyiv</p></body></html>",
        "html",
    ),
}
HOSTILE_FILES["long_line.txt"] = (HOSTILE_FILES["long_line.txt"][0].encode(), "analysed")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("hostile")
    for name, (data, _) in HOSTILE_FILES.items():
        (folder / name).write_bytes(data)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    annotation = annotate_corpus(folder, cache_dir=tmp_path_factory.mktemp("cache"), workers=1)
    after = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert before == after, "an input file was modified"
    return annotation


@pytest.mark.parametrize(("name", "expected"), [(n, e) for n, (_, e) in HOSTILE_FILES.items()])
def test_each_hostile_file(hostile, name, expected):
    stem = name.removesuffix(".txt")
    skipped = {p["doc_id"]: p for p in hostile.report.problems if p["severity"] == "skipped"}
    if expected == "analysed":
        assert stem in set(hostile.documents["doc_id"])
        assert stem not in skipped
    else:
        assert skipped[stem]["reason"] == expected
        assert name in skipped[stem]["message"]


def test_the_run_reconciles(hostile):
    report = hostile.report
    n_analysed = sum(1 for e in HOSTILE_FILES.values() if e[1] == "analysed")
    assert report.read == len(HOSTILE_FILES)
    assert len(hostile.documents) == report.loaded == n_analysed
    assert report.reconciles()
    assert report.summary().startswith(
        f"documents read {len(HOSTILE_FILES)} = loaded {n_analysed} + reported"
    )


@pytest.mark.parametrize("table", ["mentions", "quotes", "quantities"])
def test_spans_index_the_original_text_whatever_the_line_ends(hostile, table):
    texts = hostile.texts.set_index("doc_id")["raw_text"]
    rows = hostile.table(table)
    column = "quote" if table == "quotes" else "surface"
    for stem in ("crlf", "cr", "rtl", "emoji", "bom", "control", "long_line"):
        found = rows[rows["doc_id"] == stem]
        assert len(found) > 0, (table, stem)
        for row in found.itertuples():
            assert texts[stem][row.start_char : row.end_char] == getattr(row, column)


def test_the_long_line_is_parsed_whole(hostile):
    row = hostile.documents.set_index("doc_id").loc["long_line"]
    assert row["n_chars"] > 100_000
    mentions = hostile.mentions
    assert (mentions[mentions["doc_id"] == "long_line"]["actor_id"] == "lavrov").sum() == 420
    spans = chunk_spans("x " * 150_000, max_chars=100_000)
    assert len(spans) == 3 and spans[0][0] == 0 and spans[-1][1] == 300_000
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))


def test_control_characters_are_removed_with_a_record(hostile):
    removals = hostile.removals
    rules = set(removals[removals["doc_id"] == "control"]["rule"])
    assert rules == {"control_characters"}


def test_bom_is_not_part_of_the_text(hostile):
    assert hostile.texts.set_index("doc_id").loc["bom", "raw_text"].startswith("Ukrainian")


def test_jsonl_csv_and_metadata_problems(tmp_path, nlp):
    good = {"text": STORY, "outlet": "X", "date": "2022-03-01"}
    lines = [
        json.dumps({"id": "a", **good}),
        '{"id": "b", "text": "broken',
        json.dumps({"id": "c", **good, "date": "2022-02-30"}),
        json.dumps({"id": "a", **good}),
        json.dumps({"id": "d", "text": STORY}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "sheet.csv").write_text(
        'id,text,outlet\ne,"He said: ""We stay.""\nNew paragraph in Kyiv.",Y\n', encoding="utf-8"
    )
    annotation = annotate_corpus(tmp_path, cache_dir=tmp_path / "cache", workers=1)
    problems = {(p["doc_id"], p["reason"]): p for p in annotation.report.problems}
    assert problems[(None, "malformed_line")]["location"] == "line 2"
    assert "feed.jsonl, line 2" in problems[(None, "malformed_line")]["message"]
    assert "impossible date '2022-02-30'" in problems[("c", "bad_date")]["message"]
    assert "duplicate doc_id 'a'" in problems[("a", "duplicate_id")]["message"]
    assert ("d", "unknown_outlet") in problems
    documents = annotation.documents.set_index("doc_id")
    assert sorted(documents.index) == ["a", "c", "d", "e"]
    assert (
        annotation.texts.set_index("doc_id").loc["e", "raw_text"]
        == 'He said: "We stay."\nNew paragraph in Kyiv.'
    )
    assert (
        annotation.report.summary()
        == "documents read 6 = loaded 4 + reported 2 (1 duplicate_id, 1 malformed_line)"
    )
