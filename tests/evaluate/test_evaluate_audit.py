"""The audit of a user's own corpus: stratified sample, spreadsheet-safe file, verdicts, score."""

from __future__ import annotations

import math
import os
import re
import warnings

import numpy as np
import pandas as pd
import pytest

from corpus_utils.__main__ import main
from corpus_utils.evaluate.audit import (
    ITEM_COLUMNS,
    OVERALL,
    AuditError,
    allocate,
    audit_folder,
    draw_sample,
    find_latest_audit,
    mark_context,
    neutralise_cell,
    read_audit,
    restore_cell,
    sample_audit,
    score_audit,
    wilson_interval,
    would_be_read,
    write_audit,
)

# --- stratification -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sizes", "n", "expected"),
    [
        # one each, then 7 shared by 49:29:19 -> 3.54, 2.09, 1.37: floors 3, 2, 1, the last to A
        ({"A": 50, "B": 30, "C": 20}, 10, {"A": 5, "B": 3, "C": 2}),
        # a tie in the remainder goes to the larger outlet, then by name
        ({"A": 3, "B": 3}, 3, {"A": 2, "B": 1}),
        ({"B": 4, "A": 2}, 3, {"B": 2, "A": 1}),
        # fewer rows asked for than outlets: every outlet still gets one
        ({"A": 5, "B": 1, "C": 1}, 2, {"A": 1, "B": 1, "C": 1}),
        # an outlet without rows gets none
        ({"A": 0, "B": 4}, 2, {"A": 0, "B": 2}),
        # more asked for than there are: every row
        ({"A": 2, "B": 1}, 10, {"A": 2, "B": 1}),
        # exactly proportional
        ({"A": 101, "B": 51, "C": 1}, 103, {"A": 68, "B": 34, "C": 1}),
    ],
)
def test_allocate(sizes, n, expected):
    assert allocate(sizes, n) == expected


def test_allocate_holds_its_rules_on_many_random_tables():
    rng = np.random.default_rng(0)
    for _ in range(300):
        sizes = {f"o{i}": int(s) for i, s in enumerate(rng.integers(0, 40, rng.integers(1, 8)))}
        n = int(rng.integers(1, 120))
        shares = allocate(sizes, n)
        total, filled = sum(sizes.values()), sum(1 for s in sizes.values() if s)
        assert sum(shares.values()) == min(max(n, filled), total)
        for name, size in sizes.items():
            assert (shares[name] >= 1) == (size >= 1) and shares[name] <= size
        if filled <= n < total:  # proportional: no outlet more than one row off its quota
            rest, spare = n - filled, total - filled
            for name, size in sizes.items():
                if size:
                    assert abs(shares[name] - 1 - rest * (size - 1) / spare) < 1


def _rows(sizes: dict[str, int]) -> pd.DataFrame:
    rows = [
        {
            "outlet": outlet,
            "doc_id": f"{outlet}-{i // 3}",
            "start_char": 10 * i,
            "end_char": 10 * i + 4,
        }
        for outlet, size in sizes.items()
        for i in range(size)
    ]
    return pd.DataFrame(rows)


def test_draw_sample_is_stratified_and_reproducible():
    rows = _rows({"A": 50, "B": 30, "C": 20, "D": 1})
    first = draw_sample(rows, n=12, seed=42)
    assert first["outlet"].value_counts().to_dict() == allocate(
        {"A": 50, "B": 30, "C": 20, "D": 1}, 12
    )
    assert (
        first["outlet_rows"].tolist()
        == first["outlet"].map({"A": 50, "B": 30, "C": 20, "D": 1}).tolist()
    )
    again = draw_sample(rows, n=12, seed=42)
    pd.testing.assert_frame_equal(first, again)
    shuffled = rows.sample(frac=1, random_state=3)  # another order of the same rows
    pd.testing.assert_frame_equal(first, draw_sample(shuffled, n=12, seed=42))
    other = draw_sample(rows, n=12, seed=43)
    assert not first[["doc_id", "start_char"]].equals(other[["doc_id", "start_char"]])
    assert not first.duplicated(["doc_id", "start_char", "end_char"]).any()


def test_draw_sample_puts_documents_without_outlet_in_their_own_stratum():
    rows = _rows({"A": 4, "B": 4})
    rows.loc[rows["outlet"] == "B", "outlet"] = None
    sample = draw_sample(rows, n=2, seed=1)
    assert sorted(sample["outlet"]) == ["(no outlet)", "A"]


# --- the Wilson interval ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("successes", "trials", "low", "high"),
    [
        # Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score)
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
        (29, 29, 0.8830, 1.0),
        (0, 10, 0.0, 0.2775),
    ],
)
def test_wilson_interval_matches_published_values(successes, trials, low, high):
    got = wilson_interval(successes, trials)
    assert got == pytest.approx((low, high), abs=5e-5)


def test_wilson_interval_of_nothing_and_of_nonsense():
    assert all(math.isnan(x) for x in wilson_interval(0, 0))
    with pytest.raises(ValueError, match="between 0 and trials"):
        wilson_interval(5, 3)


# --- spreadsheet safety -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+7 per cent", "'+7 per cent"),
        ("-40 C", "'-40 C"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("'quoted'", "''quoted'"),  # the escape itself is escaped, so reading back is exact
        ("plain text", "plain text"),
        ("a=b", "a=b"),
        ("", ""),
        (5, 5),
        (None, None),
    ],
)
def test_neutralise_cell_and_restore(value, written):
    assert neutralise_cell(value) == written
    assert restore_cell(neutralise_cell(value)) == value


def test_write_audit_neutralises_formulas_and_reading_restores_them(tmp_path):
    frame = pd.DataFrame(
        {
            "outlet": ["=cmd|' /C calc'!A0", "B"],
            "doc_id": ["d1", "-d2"],
            "start_char": [0, 5],
            "end_char": [3, 9],
            "surface": ["@x", "'quoted"],
            "value": [-40.0, 2.0],
            "verdict": ["", ""],
            "note": ["", ""],
        }
    )
    path = write_audit(frame, tmp_path / "audit.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert "'=cmd|' /C calc'!A0" in text and ",'-d2," in text and ",'@x," in text
    assert ",''quoted," in text and ",-40.0," in text  # numbers are numbers to a spreadsheet
    for line in text.splitlines()[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in line.split(",")[:5])
    back = read_audit(path)
    assert back["outlet"].tolist() == frame["outlet"].tolist()
    assert back["doc_id"].tolist() == ["d1", "-d2"]
    assert back["surface"].tolist() == ["@x", "'quoted"]


def test_write_audit_never_overwrites_unless_told(tmp_path):
    frame = pd.DataFrame({"outlet": ["A"], "verdict": ["correct"]})
    path = write_audit(frame, tmp_path / "audit.csv")
    with pytest.raises(AuditError, match="exists"):
        write_audit(frame.assign(verdict=""), path)
    assert read_audit(path)["verdict"].tolist() == ["correct"]
    write_audit(frame.assign(verdict=""), path, overwrite=True)
    assert read_audit(path)["verdict"].tolist() == [""]


# --- reading verdicts -------------------------------------------------------------------

_HEADER = "outlet,doc_id,start_char,end_char,surface,context,verdict,note,audit_table\n"


def _write(tmp_path, body: str, *, name: str = "audit.csv", header: str = _HEADER):
    path = tmp_path / name
    path.write_text(header + body, encoding="utf-8")
    return path


def test_unknown_verdict_names_file_line_and_value(tmp_path):
    body = (
        'A,d1,0,3,abc,"a ⟦abc⟧ b",correct,"a note\nover two lines",mentions\n'
        "A,d1,5,8,def,x,  Wrong ,,mentions\n"
        "B,d2,0,3,ghi,y,maybe,,mentions\n"
    )
    path = _write(tmp_path, body)
    with pytest.raises(AuditError) as error:
        read_audit(path)
    message = str(error.value)
    assert str(path) in message and "line 5" in message and "'maybe'" in message
    assert "correct, wrong, unsure" in message


@pytest.mark.parametrize(
    ("header", "body", "expected"),
    [
        ("outlet,doc_id\n", "A,d1\n", "line 1: no verdict column"),
        (
            _HEADER,
            "A,d1,0,3,abc,x,correct,,mentions,extra\n",
            "line 2: 10 cells where the header has 9",
        ),
        (
            _HEADER,
            "A,d1,0,3,abc,x,correct,,mentions\nB,d2,0,3,abc,x,wrong,,quotes\n",
            "several tables",
        ),
        ("", "", "the file is empty"),
    ],
)
def test_unusable_audit_files_are_refused_clearly(tmp_path, header, body, expected):
    path = _write(tmp_path, body, header=header)
    with pytest.raises(AuditError, match=re.escape(expected)) as error:
        read_audit(path)
    assert str(path) in str(error.value)


def test_missing_and_undecodable_files(tmp_path):
    with pytest.raises(AuditError, match="no such file"):
        read_audit(tmp_path / "nope.csv")
    bad = tmp_path / "latin.csv"
    bad.write_bytes(_HEADER.encode() + "A,d1,0,3,caf\xe9,x,correct,,mentions\n".encode("latin-1"))
    with pytest.raises(AuditError, match="not UTF-8"):
        read_audit(bad)


def test_blank_verdicts_count_as_unchecked_and_case_does_not_matter(tmp_path):
    body = (
        "A,d1,0,3,abc,x,Correct,,mentions\n"
        "A,d1,5,8,def,x,correct,,mentions\n"
        "A,d1,9,12,ghi,x,WRONG,,mentions\n"
        "B,d2,0,3,abc,x,unsure,,mentions\n"
        "B,d2,4,6,abc,x,,,mentions\n"
        "B,d2,7,9,abc,x, ,,mentions\n"
        ",,,,,,,,\n"  # a blank row a spreadsheet left at the end
    )
    scores = score_audit(_write(tmp_path, body)).set_index("outlet")
    assert scores.loc["A", ["rows", "correct", "wrong", "unsure", "unchecked"]].tolist() == [
        3,
        2,
        1,
        0,
        0,
    ]
    assert scores.loc["B", ["rows", "correct", "wrong", "unsure", "unchecked"]].tolist() == [
        3,
        0,
        0,
        1,
        2,
    ]
    assert math.isnan(scores.loc["B", "precision"])
    overall = scores.loc[OVERALL]
    assert overall[["rows", "correct", "wrong", "unsure", "unchecked"]].tolist() == [6, 2, 1, 1, 2]
    assert overall["precision"] == pytest.approx(2 / 3)
    assert (overall["ci_low"], overall["ci_high"]) == pytest.approx(wilson_interval(2, 3))


def test_a_file_resaved_with_semicolons_is_read(tmp_path):
    header = _HEADER.replace(",", ";")
    path = _write(tmp_path, "A;d1;0;3;abc;x;correct;;mentions\n", header=header)
    assert read_audit(path)["verdict"].tolist() == ["correct"]


# --- context ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item", "speaker", "expected"),
    [
        (
            "First one. He said the war would end. Then more.",
            "the war",
            None,
            "He said ⟦the war⟧ would end.",
        ),
        (
            "Headline without stop\n\nBiden spoke on Oct. 4 about\nthe aid. Next one.",
            "the aid",
            None,
            "Biden spoke on Oct. 4 about ⟦the aid⟧.",
        ),
        (
            'Intro here. "We will win," she said. After.',
            "We will win,",
            "she",
            '"⟦We will win,⟧" ⟨she⟩ said.',
        ),
    ],
)
def test_mark_context(text, item, speaker, expected):
    start = text.index(item)
    span = None
    if speaker:
        s = text.index(speaker, start + len(item))
        span = (s, s + len(speaker))
    assert mark_context(text, start, start + len(item), speaker=span) == expected


def test_mark_context_cuts_long_sentences_at_a_space():
    text = "word " * 200 + "ITEM" + " word" * 200 + "."
    start = text.index("ITEM")
    shown = mark_context(text, start, start + 4, limit=30)
    assert shown.startswith("… word") and shown.endswith("word …") and "⟦ITEM⟧" in shown
    assert len(shown) < 80


# --- where audits live ------------------------------------------------------------------


def test_audit_folder_and_what_the_loader_would_read(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("text", encoding="utf-8")
    table = tmp_path / "articles.csv"
    table.write_text("text\nx\n", encoding="utf-8")
    assert audit_folder(corpus) == corpus / "audits"
    assert audit_folder(table) == tmp_path / "audits"
    assert audit_folder(f"{tmp_path}/data/*.csv") == tmp_path / "data" / "audits"
    assert would_be_read(corpus / "audit.csv", corpus)
    assert not would_be_read(corpus / "audits" / "audit.csv", corpus)
    assert would_be_read(table, table) and not would_be_read(tmp_path / "audits" / "a.csv", table)
    assert would_be_read(tmp_path / "data" / "audit.csv", f"{tmp_path}/data/*.csv")
    assert not would_be_read(tmp_path / "data" / "audits" / "audit.csv", f"{tmp_path}/data/*.csv")


def _audit_file(folder, name, *, created, verdicts, table="quotes"):
    frame = pd.DataFrame(
        {
            "outlet": ["A"] * len(verdicts),
            "doc_id": ["d"] * len(verdicts),
            "verdict": verdicts,
            "audit_table": table,
            "audit_created": created,
        }
    )
    return write_audit(frame, folder / name)


def test_find_latest_audit_goes_by_the_recorded_date_not_the_file_time(tmp_path):
    corpus = tmp_path / "corpus"
    audits = corpus / "audits"
    audits.mkdir(parents=True)
    assert find_latest_audit(corpus) is None
    older = _audit_file(audits, "audit_b.csv", created="2026-01-02T00:00:00Z", verdicts=["correct"])
    newer = _audit_file(
        audits, "audit_a.csv", created="2026-03-01T00:00:00Z", verdicts=["wrong", ""]
    )
    _audit_file(
        audits, "audit_c.csv", created="2026-05-01T00:00:00Z", verdicts=["", ""]
    )  # not filled
    _audit_file(
        audits,
        "audit_m.csv",
        created="2026-04-01T00:00:00Z",
        verdicts=["correct"],
        table="mentions",
    )
    _audit_file(
        audits, "other.csv", created="2027-01-01T00:00:00Z", verdicts=["correct"]
    )  # not audit*
    os.utime(older, (2_000_000_000, 2_000_000_000))  # touched last: must not matter
    assert find_latest_audit(corpus) == audits / "audit_m.csv"
    assert find_latest_audit(corpus, table="quotes") == newer
    assert find_latest_audit(corpus, table="quantities") is None
    untyped = pd.DataFrame({"outlet": ["A"], "verdict": ["correct"], "audit_created": "2028"})
    write_audit(untyped, audits / "audit_untyped.csv")  # no audit_table: not an audit of quotes
    assert find_latest_audit(corpus, table="quotes") == newer
    assert find_latest_audit(corpus) == audits / "audit_untyped.csv"
    (audits / "audit_z.csv").write_text("no,header\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert find_latest_audit(corpus, table="quotes") == newer
    assert any("audit_z.csv" in str(w.message) for w in caught)


class _FakeAnnotation:
    """Tables in memory, answering like :class:`corpus_utils.annotate.Annotation`."""

    def __init__(self, **tables: pd.DataFrame) -> None:
        self.tables = tables

    def table(self, name: str, *, columns: list[str] | None = None) -> pd.DataFrame:
        frame = self.tables[name]
        return (frame[columns] if columns else frame).copy()


def test_sample_audit_without_rows_or_with_bad_requests_is_refused():
    documents = pd.DataFrame({"doc_id": ["d1"], "outlet": ["A"]})
    texts = pd.DataFrame({"doc_id": ["d1"], "raw_text": ["Some text here."]})
    empty = pd.DataFrame(
        columns=["doc_id", "start_char", "end_char", "surface", "value", "unit", "counted"]
    )
    annotation = _FakeAnnotation(documents=documents, texts=texts, quantities=empty)
    with pytest.raises(AuditError, match="the quantities table has no rows"):
        sample_audit(annotation, table="quantities", n=5, seed=1, corpus="mine")
    with pytest.raises(AuditError, match="cannot audit table 'lemmas'"):
        sample_audit(annotation, table="lemmas", n=5)
    with pytest.raises(AuditError, match="at least 1"):
        sample_audit(annotation, table="quantities", n=0)


def test_sample_audit_records_a_drawn_seed_that_repeats_the_draw():
    raw = "The army lost 40 tanks. It also lost 3 jets. Later 12 drones came."
    documents = pd.DataFrame({"doc_id": ["d1", "d2"], "outlet": ["A", "B"]})
    texts = pd.DataFrame({"doc_id": ["d1", "d2"], "raw_text": [raw, raw]})
    rows = [
        {"doc_id": d, "start_char": raw.index(s), "end_char": raw.index(s) + len(s), "surface": s,
         "value": float(s.split()[0]), "unit": None, "counted": s.split()[1]}
        for d in ("d1", "d2") for s in ("40 tanks", "3 jets", "12 drones")
    ]  # fmt: skip
    annotation = _FakeAnnotation(documents=documents, texts=texts, quantities=pd.DataFrame(rows))
    first = sample_audit(
        annotation, table="quantities", n=3, corpus="mine", created="2026-01-01T00:00:00Z"
    )
    seed = int(first["audit_seed"].iloc[0])
    again = sample_audit(
        annotation,
        table="quantities",
        n=3,
        seed=seed,
        corpus="mine",
        created="2026-01-01T00:00:00Z",
    )
    pd.testing.assert_frame_equal(first, again)
    assert sorted(first["outlet"].value_counts().tolist()) == [1, 2]
    assert all(f"⟦{s}⟧" in c for s, c in zip(first["surface"], first["context"], strict=True))


# --- sample then score on the seeds -----------------------------------------------------


@pytest.fixture(scope="module")
def seed_audits(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("audits")
    cache = tmp_path_factory.mktemp("cache")
    paths = {}
    for table in ITEM_COLUMNS:
        path = out / f"audit_{table}.csv"
        args = ["audit", "sample", "seeds", "--table", table, "--n", "12", "--out", str(path)]
        code = main([*args, "--seed", "7", "--cache-dir", str(cache), "--workers", "1"])
        assert code == 0
        paths[table] = path
    return out, cache, paths


@pytest.mark.parametrize("table", list(ITEM_COLUMNS))
def test_seed_sample_keeps_provenance_and_context(seed_audits, seed_texts, table):
    _, _, paths = seed_audits
    frame = read_audit(paths[table])
    assert len(frame) == 12 and frame["outlet"].nunique() == 5  # every seed outlet has rows
    assert set(ITEM_COLUMNS[table]) <= set(frame.columns)
    item = "quote" if table == "quotes" else "surface"
    for row in frame.itertuples():
        raw = seed_texts[row.doc_id]
        assert raw[row.start_char : row.end_char] == getattr(row, item)
        flat = re.sub(r"\s+", " ", getattr(row, item))
        assert f"⟦{flat}⟧" in row.context
    assert (frame["verdict"] == "").all() and (frame["note"] == "").all()
    record = frame[["audit_table", "audit_corpus", "audit_n", "audit_seed"]].drop_duplicates()
    assert record.values.tolist() == [[table, "seeds", 12, 7]]
    assert frame["audit_created"].str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ").all()
    plain = pd.read_csv(paths[table])  # pandas reads the file as it is: header first, no comment
    assert list(plain.columns[:4]) == ["outlet", "doc_id", "start_char", "end_char"]
    assert len(plain) == 12


def test_seed_sample_is_reproducible_from_its_seed(seed_audits, nlp):
    out, cache, paths = seed_audits
    again = out / "again.csv"
    args = ["audit", "sample", "seeds", "--table", "quotes", "--n", "12", "--out", str(again)]
    assert main([*args, "--seed", "7", "--cache-dir", str(cache), "--workers", "1"]) == 0
    keep = ["outlet", "doc_id", "start_char", "end_char", "context"]
    pd.testing.assert_frame_equal(read_audit(paths["quotes"])[keep], read_audit(again)[keep])
    other = out / "other.csv"
    assert (
        main([*args[:-1], str(other), "--seed", "8", "--cache-dir", str(cache), "--workers", "1"])
        == 0
    )
    assert not read_audit(other)[keep].equals(read_audit(again)[keep])


def test_seed_sample_then_score_round_trip(seed_audits, capsys):
    _, _, paths = seed_audits
    frame = pd.read_csv(paths["quotes"], dtype={"verdict": str, "note": str}, keep_default_na=False)
    pattern = ["correct", "correct", "wrong", "unsure", ""]
    frame["verdict"] = [pattern[i % len(pattern)] for i in range(len(frame))]
    filled = paths["quotes"].with_name("audit_quotes_filled.csv")
    frame.to_csv(filled, index=False)
    capsys.readouterr()
    assert main(["audit", "score", str(filled)]) == 0
    printed = capsys.readouterr().out
    scores = score_audit(filled)
    overall = scores.iloc[-1]
    correct, wrong = (
        sum(v == "correct" for v in frame["verdict"]),
        sum(v == "wrong" for v in frame["verdict"]),
    )
    assert (overall["correct"], overall["wrong"]) == (correct, wrong)
    assert overall["unchecked"] == sum(v == "" for v in frame["verdict"])
    low, high = wilson_interval(correct, correct + wrong)
    assert f"precision {correct / (correct + wrong):.3f} [{low:.3f}, {high:.3f}]" in printed
    assert "not yet checked" in printed and "audit of quotes in seeds" in printed
    assert scores["outlet"].tolist()[-1] == OVERALL and len(scores) == 6


def test_score_refuses_an_unknown_verdict_on_the_command_line(seed_audits, capsys):
    _, _, paths = seed_audits
    frame = pd.read_csv(paths["mentions"], dtype=str, keep_default_na=False)
    assert not frame.apply(lambda column: column.str.contains("\n")).any().any()
    frame.loc[2, "verdict"] = "yes"  # the fourth line of the file
    broken = paths["mentions"].with_name("broken.csv")
    frame.to_csv(broken, index=False)
    assert main(["audit", "score", str(broken)]) == 2
    err = capsys.readouterr().err
    assert f"{broken}, line 4: unknown verdict 'yes'" in err


def test_sample_refuses_to_write_where_it_would_be_read_or_overwrite(seed_audits, tmp_path, capsys):
    _, cache, paths = seed_audits
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Some text.", encoding="utf-8")
    args = ["audit", "sample", str(corpus), "--table", "quotes", "--cache-dir", str(cache)]
    assert main([*args, "--out", str(corpus / "audit.csv")]) == 2
    assert "would read this file as corpus text" in capsys.readouterr().err
    assert not (corpus / "audit.csv").exists()
    before = paths["quotes"].read_bytes()
    assert main([*args[:2], "seeds", *args[3:], "--out", str(paths["quotes"])]) == 2
    assert "exists" in capsys.readouterr().err
    assert paths["quotes"].read_bytes() == before
