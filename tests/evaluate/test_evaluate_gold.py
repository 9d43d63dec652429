"""Scoring against gold annotations: matching rules, the bootstrap, refusing a changed text."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from corpus_utils.__main__ import main
from corpus_utils.config import SEEDS_DIR
from corpus_utils.evaluate.gold import (
    GOLD_DIR,
    GoldDocument,
    GoldError,
    bootstrap_sums,
    evaluate_gold,
    gold_as_predictions,
    jaccard,
    load_gold_documents,
    match_spans,
    normalise_name,
    read_gold,
    read_gold_file,
    score_documents,
    speaker_matches,
    text_sha256,
    trim_span,
)

TEXT = (
    'President Joe Biden said "We will win," in Kyiv. Putin\'s army called it a "special '
    'operation". Zelensky said "No." (Photo: Jane Doe)'
)


def _span(surface: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = TEXT.index(surface, start + 1)
    return start, start + len(surface)


def _gold(**changes) -> GoldDocument:
    biden, putin = _span("Joe Biden"), _span("Putin")
    win, term, no = _span("We will win,"), _span("special operation"), _span("No.")
    fields = {
        "doc_id": "d1",
        "corpus": "test",
        "outlet": "Test",
        "text_sha256": text_sha256(TEXT),
        "n_chars": len(TEXT),
        "furniture": [_span("(Photo: Jane Doe)")],
        "persons": [
            {"start": biden[0], "end": biden[1], "person": "Joe Biden"},
            {"start": putin[0], "end": putin[1], "person": "Vladimir Putin"},
        ],
        "quotes": [
            {"kind": "direct", "start": win[0], "end": win[1], "speaker": "Joe Biden",
             "speaker_type": "person", "cue": "said"},
            {"kind": "term", "start": term[0], "end": term[1], "speaker": None,
             "speaker_type": None, "cue": None},
            {"kind": "direct", "start": no[0], "end": no[1], "speaker": "Volodymyr Zelensky",
             "speaker_type": "person", "cue": "said"},
        ],
        "path": "d1.json",
    }  # fmt: skip
    fields.update(changes)
    return GoldDocument(**fields)


def _mentions(*rows) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"doc_id": "d1", "start_char": s, "end_char": e, "surface": TEXT[s:e],
             "actor_type": kind, "actor_name": TEXT[s:e]}
            for (s, e), kind in rows
        ],
        columns=["doc_id", "start_char", "end_char", "surface", "actor_type", "actor_name"],
    )  # fmt: skip


def _quotes(*rows, kind: bool = False) -> pd.DataFrame:
    columns = ["doc_id", "start_char", "end_char", "quote", "speaker_text", "speaker_name"]
    records = []
    for row in rows:
        (s, e), speaker, *rest = row
        record = {"doc_id": "d1", "start_char": s, "end_char": e, "quote": TEXT[s:e],
                  "speaker_text": speaker, "speaker_name": speaker}  # fmt: skip
        if kind:
            record["kind"] = rest[0]
        records.append(record)
    return pd.DataFrame(records, columns=[*columns, "kind"] if kind else columns)


def _row(result, measure):
    return result.scores.set_index("measure").loc[measure]


def test_persons_match_one_to_one_by_overlap_and_ignore_furniture():
    biden_with_title = (_span("President Joe Biden")[0], _span("Joe Biden")[1])
    mentions = _mentions(
        (biden_with_title, "person"),
        (_span("Joe"), "person"),  # a second prediction on the same gold: a false positive
        (_span("Kyiv"), "place"),  # not a person: not scored
        (_span("Jane Doe"), "person"),  # inside furniture: ignored
    )
    result = score_documents([_gold()], {"d1": TEXT}, mentions, _quotes())
    persons = _row(result, "persons")
    assert (persons.n_gold, persons.n_predicted, persons.n_matched) == (2, 2, 1)
    assert persons.precision == 0.5 and persons.recall == 0.5
    missed = result.errors[(result.errors.item == "person") & (result.errors.error == "missed")]
    assert missed.gold.tolist() == ["Putin (Vladimir Putin)"]


def test_direct_quotes_match_at_jaccard_08_after_trimming_marks_and_punctuation():
    win = _span('"We will win,"')  # with its marks and comma: trimmed to the same span
    no = _span("No.")
    too_short = (no[0], no[0] + 1)  # "N" against "No": Jaccard 0.5, no match
    quotes = _quotes((win, "Joe Biden"), (too_short, "Volodymyr Zelensky"))
    result = score_documents([_gold()], {"d1": TEXT}, _mentions(), quotes)
    direct = _row(result, "direct quotes")
    assert (direct.n_gold, direct.n_predicted, direct.n_matched) == (2, 2, 1)
    assert trim_span(TEXT, *win) == _span("We will win")
    assert jaccard((0, 10), (0, 8)) == pytest.approx(0.8)
    assert match_spans([(0, 10)], [(0, 8)], min_jaccard=0.8) == [(0, 0)]
    assert match_spans([(0, 10)], [(0, 7)], min_jaccard=0.8) == []


def test_a_predicted_quote_on_a_gold_term_is_a_false_positive():
    quotes = _quotes((_span("We will win,"), "Joe Biden"), (_span("special operation"), "Putin"))
    result = score_documents([_gold()], {"d1": TEXT}, _mentions(), quotes)
    direct = _row(result, "direct quotes")
    assert (direct.n_predicted, direct.n_matched) == (2, 1)
    assert direct.precision == 0.5
    assert "a term given as a quote" in result.errors.error.tolist()


def test_speaker_accuracy_folds_names_and_accepts_the_surname():
    assert normalise_name("The  Kremlin") == "kremlin"
    assert normalise_name("Zelénskiy, Jr.") == "zelenskiy jr"
    assert normalise_name("UK Ministry of Defence") == "uk ministry of defense"
    assert speaker_matches("Vladimir Putin", "Mr Putin", person=True)
    assert speaker_matches("Sergey Lavrov", "SERGEY LAVROV", person=True)
    # transliterations of one surname agree; other surnames and first names do not
    assert speaker_matches("Volodymyr Zelensky", "Zelenskiy", person=True)
    assert speaker_matches("Andriy Melnyk", "Andrey Melnik", person=True)
    assert speaker_matches("Anton Gerashchenko", "Anton Herashchenko", person=True)
    assert not speaker_matches("Anton Gerashchenko", "Anton Gerashchuk", person=True)
    assert speaker_matches("Oleh Syniehubov", "Oleh Synehubov", person=True)
    assert not speaker_matches("Andriy Melnyk", "Andriy Melnichenko", person=True)
    assert not speaker_matches("Sergei Shoigu", "Sergei Lavrov", person=True)
    assert not speaker_matches("Joe Biden", "Joe", person=True)
    assert speaker_matches("the Kremlin", "Russian government (the Kremlin)", person=False)
    assert not speaker_matches("Russian Defence Ministry", "Kremlin", person=False)
    # a country's possessive names what its nationality word names
    assert speaker_matches(
        "the Ukrainian embassy in Beirut", "Ukraine´s embassy in Beirut", person=False
    )
    assert speaker_matches("Russian Defence Ministry", "Russia's Defense Ministry", person=False)
    assert speaker_matches("British government", "Britain's government", person=False)
    assert not speaker_matches("Austrian embassy", "Australia's embassy", person=False)
    # ... as well as before: the country alone, and a possessive of no country
    assert speaker_matches("Germany’s Economy Ministry", "Germany", person=False)
    assert speaker_matches("Moody's", "Moody", person=False)
    assert not speaker_matches("Joe Biden", None, person=True)

    quotes = _quotes((_span("We will win,"), "Biden"), (_span("No."), "Joe Biden"))
    result = score_documents([_gold()], {"d1": TEXT}, _mentions(), quotes)
    speaker = _row(result, "speaker accuracy")
    assert (speaker.n_gold, speaker.n_matched, speaker.accuracy) == (2, 1, 0.5)
    wrong = result.errors[result.errors.error == "wrong speaker"]
    assert wrong.gold.tolist() == ["Volodymyr Zelensky (person)"]
    assert wrong.predicted.tolist() == ["Joe Biden"]


def test_a_registered_speaker_matches_by_any_of_its_registered_names():
    # the gold writes the speaker as the article names him; the table by another of the
    # registry's names for him: the same registered actor is the right speaker
    quotes = _quotes((_span("We will win,"), "Biden"), (_span("No."), "Ukraine's president"))
    unregistered = _row(
        score_documents([_gold()], {"d1": TEXT}, _mentions(), quotes), "speaker accuracy"
    )
    assert unregistered.n_matched == 1
    registered = quotes.assign(speaker_id=["biden", "zelensky"])
    speaker = _row(
        score_documents([_gold()], {"d1": TEXT}, _mentions(), registered), "speaker accuracy"
    )
    assert (speaker.n_gold, speaker.n_matched) == (2, 2)
    # another registered actor's names do not help
    wrong = quotes.assign(speaker_id=["biden", "putin"])
    assert (
        _row(
            score_documents([_gold()], {"d1": TEXT}, _mentions(), wrong), "speaker accuracy"
        ).n_matched
        == 1
    )


def test_gold_quotes_without_a_speaker_are_left_out_of_speaker_accuracy():
    gold = _gold()
    gold.quotes[2] = {**gold.quotes[2], "speaker": None, "speaker_type": None}
    quotes = _quotes((_span("We will win,"), "Joe Biden"), (_span("No."), "Someone"))
    speaker = _row(score_documents([gold], {"d1": TEXT}, _mentions(), quotes), "speaker accuracy")
    assert (speaker.n_gold, speaker.n_matched) == (1, 1)


def test_indirect_quotes_are_scored_only_when_the_quotes_table_has_a_kind():
    said = _span("it a")
    gold = _gold()
    gold.quotes.append(
        {"kind": "indirect", "start": said[0], "end": said[1], "speaker": "Putin's army",
         "speaker_type": "organisation", "cue": "called"}
    )  # fmt: skip
    plain = score_documents([gold], {"d1": TEXT}, _mentions(), _quotes())
    row = _row(plain, "indirect quotes")
    assert row.note.startswith("not available") and row.n_gold == 1 and math.isnan(row.recall)

    near = (said[0], said[1] + 1)  # Jaccard 4/5 >= 0.5
    quotes = _quotes(
        (_span("We will win,"), "Joe Biden", "direct"),
        (near, "Putin", "indirect"),
        (_span("special operation"), None, "term"),  # a term is not a quote of any kind
        kind=True,
    )
    kinded = score_documents([gold], {"d1": TEXT}, _mentions(), quotes)
    indirect = _row(kinded, "indirect quotes")
    assert (indirect.n_gold, indirect.n_predicted, indirect.n_matched) == (1, 1, 1)
    assert _row(kinded, "direct quotes").n_predicted == 1


def test_the_bootstrap_interval_is_reproducible_and_depends_on_the_seed():
    golds, mentions = [], []
    texts = {}
    for i in range(12):
        doc = f"d{i}"
        gold = _gold(doc_id=doc)
        golds.append(gold)
        texts[doc] = TEXT
        found = _mentions((_span("Joe Biden"), "person"))
        if i % 3 == 0:
            found = _mentions((_span("Joe Biden"), "person"), (_span("Putin"), "person"))
        mentions.append(found.assign(doc_id=doc))
    mentions = pd.concat(mentions, ignore_index=True)

    def interval(seed):
        row = _row(score_documents(golds, texts, mentions, _quotes(), seed=seed), "persons")
        return row.recall_low, row.recall_high

    assert interval(1) == interval(1)
    low, high = interval(1)
    assert low < 2 / 3 < high
    per_doc = [[2, 0, 0] if i % 3 == 0 else [1, 0, 1] for i in range(12)]
    same = bootstrap_sums(per_doc, seed=1, n_boot=50)
    assert (same == bootstrap_sums(per_doc, seed=1, n_boot=50)).all()
    assert (same != bootstrap_sums(per_doc, seed=2, n_boot=50)).any()


def test_a_gold_file_whose_text_changed_is_refused(tmp_path):
    seed = sorted(SEEDS_DIR.glob("*.txt"))[0]
    text = seed.read_bytes().decode("utf-8")
    folder = tmp_path / "gold" / "seeds"
    folder.mkdir(parents=True)
    gold_file = folder / f"{seed.stem}.json"
    gold_file.write_text(
        json.dumps(
            {"doc_id": seed.stem, "corpus": "seeds", "outlet": "X", "n_chars": len(text),
             "text_sha256": text_sha256(text + " "), "furniture": [], "persons": [],
             "quotes": []}
        ),
        encoding="utf-8",
    )  # fmt: skip
    with pytest.raises(GoldError, match=r"sha256.*not scored") as caught:
        load_gold_documents(read_gold("seeds", gold_dir=tmp_path / "gold"), corpus="seeds")
    assert seed.stem in str(caught.value) and str(gold_file) in str(caught.value)


def test_the_command_line_refuses_a_changed_text_with_the_message(tmp_path, capsys):
    test_gold = tmp_path / "gold"
    (test_gold / "seeds").mkdir(parents=True)
    committed = sorted((GOLD_DIR / "seeds").glob("*.json"))[0]
    data = json.loads(committed.read_text(encoding="utf-8"))
    data["text_sha256"] = "0" * 64
    (test_gold / "seeds" / committed.name).write_text(json.dumps(data), encoding="utf-8")
    code = main(["evaluate", "gold", "--gold-dir", str(test_gold), "--cache-dir", str(tmp_path)])
    assert code == 2
    assert "sha256" in capsys.readouterr().err


def test_a_gold_span_outside_the_text_is_refused(tmp_path):
    path = tmp_path / "doc.json"
    path.write_text(
        json.dumps(
            {"doc_id": "doc", "corpus": "seeds", "n_chars": 10, "text_sha256": "0",
             "furniture": [[5, 12]], "persons": [], "quotes": []}
        ),
        encoding="utf-8",
    )  # fmt: skip
    with pytest.raises(GoldError, match=r"doc\.json: furniture \[5, 12\)"):
        read_gold_file(path)


def test_the_committed_gold_files_are_valid_and_fit_their_texts():
    golds = read_gold("seeds")
    assert len(golds) == len(list(SEEDS_DIR.glob("*.txt")))
    found = load_gold_documents(golds, corpus="seeds")
    for gold in golds:
        text = found[gold.doc_id]["text"]
        for start, end in gold.furniture:
            assert not any(
                start < item["end"] and item["start"] < end for item in gold.persons + gold.quotes
            )
        for quote in gold.quotes:
            surface = text[quote["start"] : quote["end"]]
            assert surface == surface.strip()
    assert read_gold("ukraine_media")  # the drawn test set is committed beside the seeds


@pytest.fixture(scope="module")
def seeds_scored(tmp_path_factory, nlp):
    return evaluate_gold("seeds", cache_dir=tmp_path_factory.mktemp("cache"), n_boot=500)


def test_scoring_the_seeds_end_to_end(seeds_scored):
    scores = seeds_scored.scores.set_index("measure")
    n_persons = sum(len(g.persons) for g in read_gold("seeds"))
    assert scores.loc["persons"].n_gold == n_persons
    assert scores.loc["persons", "n_docs"] == 5
    # the bar for the seeds: persons and quotes stay at or above 0.95
    assert scores.loc["persons"].f1 >= 0.95
    assert scores.loc["direct quotes"].f1 >= 0.95
    assert scores.loc["speaker accuracy"].accuracy >= 0.9
    assert scores.loc["persons"].precision_low <= scores.loc["persons"].precision
    assert list(seeds_scored.errors.columns[:4]) == ["corpus", "doc_id", "item", "error"]
    for row in seeds_scored.errors.itertuples():
        assert row.context and row.start_char < row.end_char
    assert "(500 resamples, seed 14)" in seeds_scored.to_text()


def test_the_command_line_prints_the_table(tmp_path, capsys, nlp):
    code = main(["evaluate", "gold", "--corpus", "seeds", "--cache-dir", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "direct quotes" in out and "speaker accuracy" in out
    assert "indirect quotes" in out and "not available" not in out  # quotes have a kind


def test_a_second_annotator_scored_as_predictions():
    # the same annotation twice agrees everywhere; a second annotator who missed a
    # person and named another speaker lowers just those two figures
    gold = _gold()
    mentions, quotes = gold_as_predictions([gold])
    same = score_documents([gold], {"d1": TEXT}, mentions, quotes).scores.set_index("measure")
    assert same.loc[["persons", "direct quotes"], "f1"].tolist() == [1.0, 1.0]
    assert same.loc["speaker accuracy", "accuracy"] == 1.0
    other = _gold()
    other.persons = other.persons[:-1]
    other.quotes = [dict(q) for q in other.quotes]
    other.quotes[0]["speaker"] = "Vladimir Putin"
    mentions, quotes = gold_as_predictions([other])
    assert set(quotes.kind) == {"direct", "term"}
    scores = score_documents([gold], {"d1": TEXT}, mentions, quotes).scores.set_index("measure")
    assert scores.loc["persons", "recall"] == 0.5
    assert scores.loc["speaker accuracy", "accuracy"] == 0.5
