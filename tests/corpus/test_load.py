"""Loading: every source form, metadata precedence, and each kind of bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from corpus_utils.config import SEEDS_DIR
from corpus_utils.corpus.load import (
    ColumnMap,
    CorpusError,
    LoadReport,
    iter_documents,
    load_corpus,
    origin_of,
    split_origin,
)

GOOD = "Kyiv said on Monday that talks would resume. Moscow did not comment."


def skipped(report: LoadReport) -> list[dict]:
    """The problems that kept a document out of the analysis (not the warnings)."""
    return [p for p in report.problems if p["severity"] == "skipped"]


@pytest.fixture(scope="module")
def seeds():
    return load_corpus()


def test_seeds_load_with_metadata(seeds):
    assert list(seeds["doc_id"]) == sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))
    by_id = seeds.set_index("doc_id")
    assert by_id.loc["003_5d84f4cbed35a4a3", "outlet"] == "TASS"
    assert by_id.loc["003_5d84f4cbed35a4a3", "outlet_source"] == "stated"
    assert by_id.loc["000_1c9e284dfd571a16", "outlet_source"] == "inferred"
    assert by_id.loc["002_2dcedc89ec299e08", "date"] == "2022-11-06"
    assert seeds.attrs["report"].summary() == "documents read 5 = loaded 5 + reported 0"


def test_raw_text_is_the_file_untouched(seeds):
    for row in seeds.itertuples():
        assert row.raw_text == (SEEDS_DIR / f"{row.doc_id}.txt").read_text(encoding="utf-8")


def test_loading_never_writes_the_input(tmp_path):
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in SEEDS_DIR.iterdir()}
    load_corpus()
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in SEEDS_DIR.iterdir()}
    assert before == after


def test_text_signals_fill_silent_metadata(tmp_path):
    for path in SEEDS_DIR.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    frame = load_corpus(tmp_path).set_index("doc_id")
    assert frame.loc["002_2dcedc89ec299e08", "outlet"] == "Reuters"
    assert frame.loc["002_2dcedc89ec299e08", "outlet_source"] == "inferred"
    assert frame.loc["003_5d84f4cbed35a4a3", "outlet"] == "TASS"
    assert pd.isna(frame.loc["000_1c9e284dfd571a16", "outlet"])


def test_metadata_wins_over_text_signals(tmp_path):
    (tmp_path / "a.txt").write_text("KYIV, Feb 24 (Reuters) - In 2022 war began.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,outlet,date\na,My Outlet,2022/03/01\n")
    row = load_corpus(tmp_path).iloc[0]
    assert (row.outlet, row.outlet_source, row.date, row.date_source) == (
        "My Outlet",
        "metadata",
        "2022-03-01",
        "metadata",
    )


def _write_tables(tmp_path):
    rows = [
        {"id": "r1", "articles": GOOD, "published": "2022/06/23", "headlines": "One", "extra": 1},
        {
            "id": "r2",
            "articles": GOOD + " More.",
            "published": "July 11, 2022",
            "headlines": "Two",
            "extra": 2,
        },
    ]
    frame = pd.DataFrame(rows)
    frame.to_csv(tmp_path / "c.csv", index=False)
    frame.to_parquet(tmp_path / "p.parquet", index=False)
    with open(tmp_path / "j.jsonl", "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    return ColumnMap(text="articles", date="published", title="headlines")


@pytest.mark.parametrize("name", ["c.csv", "p.parquet", "j.jsonl"])
def test_table_files_with_their_own_column_names(tmp_path, name):
    columns = _write_tables(tmp_path)
    frame = load_corpus(tmp_path / name, columns=columns, outlet="Daily Planet")
    assert list(frame["doc_id"]) == ["r1", "r2"]
    assert list(frame["date"]) == ["2022-06-23", "2022-07-11"]
    assert list(frame["title"]) == ["One", "Two"]
    assert set(frame["outlet"]) == {"Daily Planet"}
    assert [str(v) for v in frame["extra"]] == ["1", "2"]


@pytest.mark.parametrize("separator", [";", "\t", "|"])
def test_a_csv_file_separated_otherwise_than_by_commas(tmp_path, separator):
    # spreadsheets saved in other locales separate fields by ";" (and texts hold commas)
    columns = _write_tables(tmp_path)
    frame = pd.read_csv(tmp_path / "c.csv")
    frame.to_csv(tmp_path / "s.csv", index=False, sep=separator)
    loaded = load_corpus(tmp_path / "s.csv", columns=columns, outlet="Daily Planet")
    assert list(loaded["doc_id"]) == ["r1", "r2"]
    assert list(loaded["title"]) == ["One", "Two"]


def test_a_tab_separated_file_is_a_table(tmp_path):
    columns = _write_tables(tmp_path)
    pd.read_csv(tmp_path / "c.csv").to_csv(tmp_path / "export.tsv", index=False, sep="\t")
    loaded = load_corpus(tmp_path / "export.tsv", columns=columns, outlet="Daily Planet")
    assert list(loaded["doc_id"]) == ["r1", "r2"]


@pytest.mark.parametrize("name", ["feed.dat", "feed"])
def test_a_file_of_a_type_not_read_is_reported_with_the_types_that_are(tmp_path, name):
    (tmp_path / name).write_text("text\n" + GOOD + "\n")
    report = LoadReport()
    assert list(iter_documents(tmp_path / name, report=report)) == []
    (problem,) = skipped(report)
    assert problem["reason"] == "unsupported_type"
    assert name in problem["message"] and ".tsv" in problem["message"]


def test_articles_in_a_form_not_read_are_reported_and_a_folders_other_files_passed_over(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.docx").write_bytes(b"PK\x03\x04 a Word file")
    (tmp_path / "c.PDF").write_bytes(b"%PDF-1.4")
    (tmp_path / "feed.jsonl.gz").write_bytes(b"\x1f\x8b")
    for other in ("README.md", "summary.json", "photo.png", ".DS_Store", "archive.gz"):
        (tmp_path / other).write_bytes(b"not an article")
    report = LoadReport()
    assert [d["doc_id"] for d in iter_documents(tmp_path, report=report)] == ["a"]
    problems = skipped(report)
    assert [Path(p["source"]).name for p in problems] == ["b.docx", "c.PDF", "feed.jsonl.gz"]
    assert {p["reason"] for p in problems} == {"unsupported_type"}
    assert "unpack it" in problems[2]["message"] and ".jsonl" in problems[2]["message"]
    assert report.read == 4 and report.reconciles()


def test_a_folder_of_word_files_alone_reports_each_by_name(tmp_path):
    # not "the folder holds no .txt file": the reason names the file that is there
    (tmp_path / "report.docx").write_bytes(b"PK\x03\x04")
    report = LoadReport()
    assert list(iter_documents(tmp_path, report=report)) == []
    (problem,) = skipped(report)
    assert "report.docx: a .docx file, which is not read" in problem["message"]


def test_a_one_column_csv_file_keeps_the_comma(tmp_path):
    (tmp_path / "t.csv").write_text('text\n"A text; with a semicolon, and a comma."\n')
    frame = load_corpus(tmp_path / "t.csv")
    assert list(frame["raw_text"]) == ["A text; with a semicolon, and a comma."]


def test_missing_text_column_lists_the_columns(tmp_path):
    _write_tables(tmp_path)
    with pytest.raises(CorpusError, match=r"no text column 'text'.*id, articles, published"):
        load_corpus(tmp_path / "c.csv")


def test_glob_and_folder_of_jsonl(tmp_path):
    columns = _write_tables(tmp_path)
    (tmp_path / "k.jsonl").write_text(json.dumps({"id": "r3", "articles": GOOD}) + "\n")
    frame = load_corpus(str(tmp_path / "*.jsonl"), columns=columns)
    assert list(frame["doc_id"]) == ["r1", "r2", "r3"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t \n", "whitespace_only"),
        ("latin.txt", "Caf\xe9 talks in Kyiv.".encode("cp1252"), "not_utf8"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("page.txt", b"<!DOCTYPE html><html><body><p>Kyiv</p></body></html>", "html"),
    ],
)
def test_bad_files_are_reported_by_name(tmp_path, name, content, reason):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    frame = load_corpus(tmp_path)
    report = frame.attrs["report"]
    assert list(frame["doc_id"]) == ["good"]
    assert [p["reason"] for p in skipped(report)] == [reason]
    assert name in skipped(report)[0]["message"]
    assert report.read == 2 and report.loaded == 1 and report.reconciles()


def test_cp1252_can_be_decoded_when_asked(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks in Kyiv.".encode("cp1252"))
    frame = load_corpus(tmp_path, encoding="cp1252")
    assert frame["raw_text"].iloc[0] == "Café talks in Kyiv."


def test_bom_is_decoded(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffKyiv talks.".encode())
    assert load_corpus(tmp_path)["raw_text"].iloc[0] == "Kyiv talks."


def test_metadata_row_without_file_and_duplicate_ids(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,outlet,date\na,X,2022-03-01\nghost,Y,\n")
    frame = load_corpus(tmp_path)
    report = frame.attrs["report"]
    assert [p["reason"] for p in report.problems] == ["missing_file"]
    assert "ghost.txt" in report.problems[0]["message"]
    assert report.summary() == "documents read 2 = loaded 1 + reported 1 (1 missing_file)"


def test_duplicate_doc_id_in_a_table(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(json.dumps({"id": "x", "text": GOOD}) for _ in range(2)) + "\n")
    frame = load_corpus(path)
    problems = skipped(frame.attrs["report"])
    assert len(frame) == 1 and [p["reason"] for p in problems] == ["duplicate_id"]
    assert "duplicate doc_id 'x'" in problems[0]["message"]


def test_malformed_jsonl_line_is_reported_with_its_number(tmp_path):
    path = tmp_path / "m.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": GOOD})
        + "\n{not json\n"
        + json.dumps({"id": "b", "text": GOOD})
        + "\n"
    )
    frame = load_corpus(path)
    problems = skipped(frame.attrs["report"])
    assert list(frame["doc_id"]) == ["a", "b"]
    assert problems[0]["location"] == "line 2" and "m.jsonl, line 2" in problems[0]["message"]


def test_impossible_date_is_a_warning_not_a_loss(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": "a", "text": GOOD, "date": "2022-02-30"}) + "\n")
    frame = load_corpus(path)
    assert len(frame) == 1 and pd.isna(frame["date"].iloc[0])
    reasons = {(p["severity"], p["reason"]) for p in frame.attrs["report"].problems}
    assert reasons == {("warning", "bad_date"), ("warning", "unknown_outlet")}


def test_a_document_without_a_date_is_analysed_with_a_warning(tmp_path):
    path = tmp_path / "u.jsonl"
    rows = [
        {"id": "dated", "text": GOOD, "outlet": "X", "date": "2022-03-01"},
        {"id": "blank", "text": GOOD, "outlet": "X", "date": " "},
        {"id": "silent", "text": GOOD, "outlet": "X"},
        {"id": "dateline", "text": "KYIV, March 3, 2022 - " + GOOD, "outlet": "X"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    frame = load_corpus(path)
    report = frame.attrs["report"]
    assert list(frame["doc_id"]) == ["dated", "blank", "silent", "dateline"]
    warned = {p["doc_id"]: p for p in report.problems if p["reason"] == "no_date"}
    assert sorted(warned) == ["blank", "silent"]
    assert warned["silent"]["severity"] == "warning" and "u.jsonl" in warned["silent"]["message"]
    assert "no date" in warned["silent"]["message"] and report.reconciles()


@pytest.mark.parametrize("source", ["missing-folder", "empty-folder", "*.nothing"])
def test_unreadable_sources_are_clear_errors(tmp_path, source):
    (tmp_path / "empty-folder").mkdir()
    with pytest.raises(CorpusError, match=r"no such file|holds no|matches no"):
        load_corpus(str(tmp_path / source))


def test_streaming_never_materialises(tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "w") as handle:
        for i in range(1000):
            handle.write(json.dumps({"id": str(i), "text": GOOD}) + "\n")
    stream = iter_documents(path, report=LoadReport())
    first = next(stream)
    assert first["doc_id"] == "0"
    assert type(stream).__name__ == "generator"


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("corpus/feed.jsonl", "line 2"),
        ("corpus/table.csv", "row 14"),
        ("corpus/story.txt", None),
        ("corpus/Smith, Jones and Co/feed.jsonl", "line 3"),  # a ", " in the file's path
        ("corpus/Smith, Jones.txt", None),
    ],
)
def test_an_origin_is_read_back_into_its_file_and_line(path, location):
    assert split_origin(origin_of(Path(path), location)) == (path, location)


def test_a_duplicate_id_is_reported_at_its_line_like_other_problems(tmp_path):
    """The problems table names the file in ``source`` and the line in ``location`` for a
    duplicate id too, as for a bad date or a malformed line (it had both in ``source``)."""
    path = tmp_path / "feed.ndjson"
    path.write_text(
        json.dumps({"id": "a", "text": GOOD}) + "\n" + json.dumps({"id": "a", "text": GOOD}) + "\n"
    )
    frame = load_corpus(path)
    (problem,) = skipped(frame.attrs["report"])
    assert problem["reason"] == "duplicate_id"
    assert (problem["source"], problem["location"]) == (str(path), "line 2")


def _dated(tmp_path, name: str, dates: list[str]) -> pd.DataFrame:
    """A CSV file of one outlet's articles with these dates, loaded."""
    rows = [{"id": f"d{k}", "text": GOOD, "date": d} for k, d in enumerate(dates)]
    pd.DataFrame(rows).to_csv(tmp_path / name, index=False)
    return load_corpus(tmp_path / name, outlet="Daily Planet")


def test_dates_in_numbers_are_read_in_the_order_their_file_shows(tmp_path):
    """ "09/07/2022" is 7 September in a file that also has "12/25/2022" (month first) and 9
    July in one that has "25/12/2022" (day first): one order for the whole file."""
    us = _dated(tmp_path, "us.csv", ["09/07/2022", "12/25/2022", "9/7/22"])
    assert list(us["date"]) == ["2022-09-07", "2022-12-25", "2022-09-07"]
    uk = _dated(tmp_path, "uk.csv", ["09/07/2022", "25/12/2022", "9-7-22"])
    assert list(uk["date"]) == ["2022-07-09", "2022-12-25", "2022-07-09"]
    assert not [p for p in us.attrs["report"].problems if "date" in p["reason"]]


def test_dates_whose_order_no_date_settles_are_read_day_first_with_a_warning(tmp_path):
    frame = _dated(tmp_path, "a.csv", ["07/09/2022", "08/09/2022", "2022-09-10"])
    assert list(frame["date"]) == ["2022-09-07", "2022-09-08", "2022-09-10"]
    (warning,) = [p for p in frame.attrs["report"].problems if "date" in p["reason"]]
    assert warning["reason"] == "ambiguous_date_order" and "a.csv" in warning["source"]
    assert "'07/09/2022'" in warning["message"] and "day first" in warning["message"]


def test_dates_written_in_both_orders_leave_the_unsettled_ones_empty(tmp_path):
    frame = _dated(tmp_path, "m.csv", ["25/12/2022", "12/25/2022", "07/09/2022"])
    assert list(frame["date"][:2]) == ["2022-12-25", "2022-12-25"]
    assert pd.isna(frame["date"].iloc[2])
    reasons = [p["reason"] for p in frame.attrs["report"].problems if "date" in p["reason"]]
    assert reasons == ["mixed_date_order", "bad_date"]


def test_a_folders_metadata_dates_share_one_order(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,outlet,date\na,X,03/04/2022\nb,X,03/14/2022\n")
    frame = load_corpus(tmp_path).set_index("doc_id")
    assert frame.loc["a", "date"] == "2022-03-04" and frame.loc["b", "date"] == "2022-03-14"
