"""Baselines beside ours: spaCy PERSON and regex quotes, the accuracy table and its notes."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from corpus_utils.evaluate import baselines, newsquant
from corpus_utils.evaluate.baselines import (
    ACCURACY_COLUMNS,
    CORE_ACTORS_NOTE,
    NOTE_COLUMNS,
    accuracy_notes,
    accuracy_table,
    evaluate_accuracy,
    newsquant_accuracy,
    run_baselines,
    write_notes,
)
from corpus_utils.evaluate.gold import (
    GoldDocument,
    GoldError,
    score_documents,
    text_sha256,
)

TEXT = (
    'Ukrainian President Volodymyr Zelensky met Joe Biden in Kyiv on Monday. "We will '
    'never surrender to anyone," Zelensky said. The talks lasted two hours.'
)


def _gold(doc_id: str = "d1", **changes) -> GoldDocument:
    start = TEXT.index("We will")
    end = TEXT.index(',"') + 1
    fields = {
        "doc_id": doc_id,
        "corpus": "seeds",
        "outlet": None,
        "text_sha256": text_sha256(TEXT),
        "n_chars": len(TEXT),
        "furniture": [],
        "persons": [
            {"start": TEXT.index("Volodymyr"), "end": TEXT.index(" met"), "person": "Zelensky"},
            {"start": TEXT.index("Joe"), "end": TEXT.index(" in Kyiv"), "person": "Joe Biden"},
            {
                "start": TEXT.index("Zelensky said"),
                "end": TEXT.index(" said"),
                "person": "Zelensky",
            },
        ],
        "quotes": [
            {
                "start": start,
                "end": end,
                "kind": "direct",
                "speaker": "Volodymyr Zelensky",
                "speaker_type": "person",
            }
        ],
        "path": None,
    }
    fields.update(changes)
    return GoldDocument(**fields)


@pytest.fixture(scope="module")
def baseline_tables():
    return run_baselines({"d1": TEXT})


def test_the_baselines_keep_offsets_into_the_text(baseline_tables):
    mentions, quotes = baseline_tables
    assert len(mentions) >= 2
    for table in (mentions, quotes):
        for row in table.itertuples():
            assert TEXT[row.start_char : row.end_char] == row.surface
    assert set(mentions["actor_type"]) == {"person"}
    assert "Joe Biden" in set(mentions["surface"])


def test_the_regex_baseline_finds_the_direct_quote_and_its_speaker(baseline_tables):
    _, quotes = baseline_tables
    assert len(quotes) == 1
    quote = quotes.iloc[0]
    assert "We will never surrender" in quote["surface"]
    assert quote["speaker_text"] == "Zelensky"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win," said Joe Biden.', [("We will win,", "Joe Biden")]),
        ("Joe Biden said: “We will win.” Then he left.", [("We will win.", "Joe Biden")]),
        ('"Not now," a source said.', [("Not now,", None)]),
        ('A "special operation" began.', [("special operation", None)]),
        ('A "term" then "fine by me," Kim Jong Un told reporters.',
         [("fine by me,", "Kim Jong Un")]),
        ('He said "yes and\nno" today.', []),
    ],
)  # fmt: skip
def test_regex_quotes_pairs_marks_and_names_a_speaker_beside_a_reporting_verb(text, expected):
    found = baselines.regex_quotes(text)
    for quote in found:
        assert text[quote["start_char"] : quote["end_char"]] == quote["surface"]
    assert [(q["surface"][1:-1], q["speaker_text"]) for q in found] == expected


def test_baselines_are_scored_by_the_gold_rules(baseline_tables):
    mentions, quotes = baseline_tables
    result = score_documents([_gold()], {"d1": TEXT}, mentions, quotes, n_boot=200)
    rows = result.scores.set_index("measure")
    assert rows.loc["direct quotes", "n_matched"] == 1
    assert rows.loc["speaker accuracy", "accuracy"] == 1.0
    assert rows.loc["persons", "n_gold"] == 3
    assert rows.loc["indirect quotes", "note"].startswith("not available")


def _scores(system_rows: dict[str, float]) -> pd.DataFrame:
    rows = []
    for (component, system), f1 in system_rows.items():
        row = dict.fromkeys(ACCURACY_COLUMNS, math.nan)
        measure = "speaker accuracy" if component == "speakers" else component
        row.update(component=component, system=system, corpus="all", measure=measure, note="")
        row.update(n_docs=4, n_gold=10)
        key = "accuracy" if component == "speakers" else "f1"
        row.update({key: f1, f"{key}_low": f1 - 0.1, f"{key}_high": f1 + 0.05})
        rows.append(row)
    return pd.DataFrame(rows, columns=ACCURACY_COLUMNS)


def test_the_table_says_why_core_actors_and_absent_figures_are_not_scored():
    scores = _scores({("persons", "ours"): 0.8, ("persons", "spaCy NER (PERSON)"): 0.6})
    table = accuracy_table(scores, None, figures_note="no NewsQuant file at /x/dev.json")
    assert list(table.columns) == ACCURACY_COLUMNS
    notes = table.set_index("component")["note"]
    assert notes["core actors"] == CORE_ACTORS_NOTE
    assert notes["figures"] == "no NewsQuant file at /x/dev.json"
    assert len(table) == 4


def test_the_table_keeps_the_pooled_rows_when_there_are_several_corpora():
    scores = pd.concat(
        [
            _scores({("persons", "ours"): 0.8}).assign(corpus="seeds"),
            _scores({("persons", "ours"): 0.7}).assign(corpus="all"),
        ]
    )
    table = accuracy_table(scores, None)
    persons = table[table["component"] == "persons"]
    assert list(persons["f1"]) == [0.7]


def test_the_notes_carry_our_score_its_interval_and_gold_count(tmp_path):
    scores = _scores(
        {
            ("persons", "ours"): 0.8,
            ("persons", "spaCy NER (PERSON)"): 0.6,
            ("speakers", "ours"): 0.9,
        }
    )
    notes = accuracy_notes(accuracy_table(scores, None, figures_note="absent"))
    assert list(notes.columns) == NOTE_COLUMNS
    by = notes.set_index("component")
    assert by.loc["persons", "value"] == 0.8
    assert by.loc["persons", "low"] == 0.7
    assert by.loc["persons", "measure"] == "F1"
    assert by.loc["speakers", "measure"] == "accuracy"
    assert by.loc["speakers", "high"] == 0.95
    assert by.loc["speakers", "n_gold"] == 10
    assert pd.isna(by.loc["figures", "value"]) and by.loc["figures", "note"] == "absent"
    assert "spaCy NER (PERSON)" not in set(notes["component"])
    path = write_notes(notes, tmp_path / "06_accuracy.csv")
    first = path.read_bytes()
    write_notes(notes, path)
    assert path.read_bytes() == first and b"\r\n" not in first
    assert pd.read_csv(path)["component"].tolist() == notes["component"].tolist()


def test_newsquant_accuracy_equals_the_benchmark_score_and_has_intervals(tmp_path, nlp):
    sentences = [
        {"text": "Prices rose 5% to $3 billion.", "quantities": [
            {"value": 5, "unit": "%", "normalized_unit": "percentage", "change": "up"},
            {"value": 3e9, "unit": "$", "normalized_unit": "dollar", "change": "="},
        ]},
        {"text": "About 200 people came.", "quantities": [
            {"value": 200, "unit": "people", "normalized_unit": "-", "change": "~"},
        ]},
        {"text": "Nothing here.", "quantities": []},
    ]  # fmt: skip
    path = tmp_path / "dev.json"
    path.write_text(json.dumps(sentences), encoding="utf-8")
    table = newsquant_accuracy(path, n_boot=200, nlp=nlp)
    assert list(table.columns) == ACCURACY_COLUMNS
    assert set(table["system"]) == {"ours", "quantulum3"}
    gold = newsquant.read_newsquant(path)
    texts = [g["text"] for g in gold]
    expected = newsquant.score(gold, newsquant.predict_quantulum(texts))
    rows = table[table["system"] == "quantulum3"].set_index("measure")
    for metric in newsquant.METRICS:
        assert rows.loc[metric, "f1"] == pytest.approx(expected[metric]["f1"])
        assert rows.loc[metric, "n_gold"] == 3
        low, high = rows.loc[metric, "f1_low"], rows.loc[metric, "f1_high"]
        assert low <= rows.loc[metric, "f1"] + 1e-9 and rows.loc[metric, "f1"] <= high + 1e-9


def test_a_corpus_without_its_texts_is_skipped_with_the_reason(tmp_path):
    with pytest.raises(GoldError, match="no gold corpus could be scored"):
        evaluate_accuracy(["ukraine_media"], shared_corpus=tmp_path / "absent")


@pytest.fixture(scope="module")
def seeds_accuracy(tmp_path_factory):
    return evaluate_accuracy(
        ["seeds", "ukraine_media"],
        shared_corpus=tmp_path_factory.mktemp("no-shared") / "absent",
        cache_dir=tmp_path_factory.mktemp("cache"),
        n_boot=200,
    )


def test_the_seeds_score_ours_and_the_baselines_side_by_side(seeds_accuracy):
    scores = seeds_accuracy.scores
    assert seeds_accuracy.n_docs == 5
    assert seeds_accuracy.skipped and seeds_accuracy.skipped[0].startswith("ukraine_media:")
    assert set(scores["system"]) == {"ours", "spaCy NER (PERSON)", "regex quotes"}
    ours = scores[scores["system"] == "ours"].set_index("measure")
    base = scores[scores["system"] != "ours"].set_index("measure")
    for measure in ("persons", "direct quotes"):
        assert ours.loc[measure, "n_gold"] == base.loc[measure, "n_gold"] > 0
        assert 0 <= base.loc[measure, "f1"] <= 1
    assert base.loc["indirect quotes", "note"].startswith("no baseline")
    errors = seeds_accuracy.errors
    assert {"ours", "baseline"} >= set(errors["system"])
    assert errors["context"].str.contains(r"\[").all()
