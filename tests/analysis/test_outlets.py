"""Tests for corpus_utils.analysis.outlets: naming, voices, attention, log-odds, alignment, figures."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from corpus_utils.analysis import outlets
from corpus_utils.analysis.outlets import (
    actor_attention,
    align_quotes,
    classify_speaker,
    content_terms,
    find_naming_forms,
    lemma_counts_by,
    load_naming_lexicon,
    log_odds,
    naming_choices,
    quote_voices,
    render_quote_pairs,
    render_word_diff,
    shared_quantities,
    word_diff,
)
from corpus_utils.vocabulary import SPEAKER_SIDES

#: Outlet and date of each seed, from seeds/SOURCES.md (metadata, not annotations).
SEED_META = {
    "000_1c9e284dfd571a16": ("Al Jazeera", "2022-12-01"),
    "001_81689793cf2fa09e": ("TURAN", "2022-10-11"),
    "002_2dcedc89ec299e08": ("Reuters", "2022-11-06"),
    "003_5d84f4cbed35a4a3": ("TASS", "2022-07-06"),
    "004_d91bd80e77f65c0e": ("Portuguese outlet", "2022-12-01"),
}
AJ, TURAN, REUTERS, TASS, PT = SEED_META


@pytest.fixture(scope="module")
def seed_documents(seed_texts) -> pd.DataFrame:
    rows = []
    for doc_id, text in seed_texts.items():
        outlet, date = SEED_META[doc_id]
        rows.append(
            {"doc_id": doc_id, "outlet": outlet, "date": date, "title": "", "raw_text": text}
        )
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def seed_forms(seed_documents) -> pd.DataFrame:
    return find_naming_forms(seed_documents)


def _documents(texts: dict[str, str], outlet_of: dict[str, str] | None = None) -> pd.DataFrame:
    outlet_of = outlet_of or {}
    return pd.DataFrame(
        {
            "doc_id": list(texts),
            "outlet": [outlet_of.get(d, d) for d in texts],
            "date": "2022-12-01",
            "raw_text": list(texts.values()),
        }
    )


# --------------------------------------------------------------------------- lexicon

HEADER = "choice,form,pattern,case,counts,note\n"
GOOD = "capital_name,Kyiv,\\bKyiv\\b,exact,yes,fine\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "choice,form,pattern,case,note\n" + GOOD,
            "line 1, column 'counts': missing column(s) counts",
        ),
        (
            HEADER + GOOD + "capital_name,,\\bKiev\\b,exact,yes,\n",
            "line 3, column 'form': empty cell",
        ),
        (
            HEADER + "capital_name,Kiev,\\bKiev\\b,upper,yes,\n",
            "line 2, column 'case': unknown case 'upper'",
        ),
        (
            HEADER + "capital_name,Kiev,\\bKiev\\b,exact,maybe,\n",
            "line 2, column 'counts': unknown counts 'maybe'",
        ),
        (
            HEADER + GOOD + GOOD.replace("fine", "again"),
            "line 3, column 'form': duplicate choice='capital_name', form='Kyiv' (first on line 2)",
        ),
        (
            HEADER + "capital_name,Kiev,(Kiev,exact,yes,\n",
            "line 2, column 'pattern': bad regular expression",
        ),
        (
            HEADER + "capital_name,Kiev,(?:Kiev)?,exact,yes,\n",
            "line 2, column 'pattern': pattern '(?:Kiev)?' matches",
        ),
        (
            HEADER + "Capital Name,Kiev,\\bKiev\\b,exact,yes,\n",
            "line 2, column 'choice': choice 'Capital Name'",
        ),
        (
            HEADER + "capital_name,Kiev,\\bKiev\\b,exact\n",
            "line 2, column 'counts': 4 fields where the header has 6",
        ),
        (HEADER, "no rows"),
    ],
)
def test_lexicon_errors_name_file_line_and_column(tmp_path, content, message):
    path = tmp_path / "naming.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError) as error:
        load_naming_lexicon(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)


def test_package_lexicon_is_documented():
    lexicon = load_naming_lexicon()
    assert list(lexicon.columns) == list(outlets.NAMING_COLUMNS)
    assert (lexicon["note"].str.len() > 0).all()
    assert {"capital_name", "president_name", "region_name", "war_name"} <= set(lexicon["choice"])
    war = set(lexicon.loc[lexicon["choice"] == "war_name", "form"])
    assert {"war", "invasion", "special military operation", "conflict", "crisis"} <= war
    assert {"aggression", "operation"} <= war


# --------------------------------------------------------------------------- naming


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin launched a special military operation.",
            [("war_name", "special military operation")],
        ),
        ("the military operation in Ukraine began", [("war_name", "operation")]),
        ("a rescue operation in the mine", []),
        ("special operations forces trained there", []),
        ("documented war crimes and a war criminal", []),
        ("the worst crisis since World War II (1939-1945)", []),
        ("the Second World War and the Cold War", []),
        ("Russia's illegal war of aggression", [("war_name", "war of aggression")]),
        ("anti-war protests in the war-torn country", []),
        ("prisoners of war were exchanged", []),
        (
            "the war in Ukraine and its aggression",
            [("war_name", "war"), ("war_name", "aggression")],
        ),
        ("the Ukrainian crisis deepened", [("war_name", "crisis")]),
        ("the humanitarian crisis in Ukraine", []),
        ("a conflict of interest", []),
        (
            "Zelenskyy met Zelensky's aide",
            [("president_name", "Zelenskyy"), ("president_name", "Zelensky")],
        ),
        ("Kievan Rus and chicken kiev", []),
        ("WASHINGTON/KYIV, Nov 6", [("capital_name", "Kyiv")]),
        ("Sergei Lavrov and Sergei Shoigu", [("foreign_minister_first_name", "Sergei")]),
        (
            "U.S.shared intelligence; the US said",
            [("us_abbreviation", "U.S."), ("us_abbreviation", "US")],
        ),
        ("let us talk", []),
    ],
)
def test_naming_forms_longest_match_and_exclusions(text, expected):
    forms = find_naming_forms(_documents({"d": text}))
    assert list(zip(forms["choice"], forms["form"], strict=True)) == expected
    for row in forms.itertuples():
        assert text[row.start_char : row.end_char] == row.surface


@pytest.mark.parametrize(
    ("doc_id", "choice", "form", "count"),
    [
        (TASS, "capital_name", "Kiev", 7),
        (TASS, "capital_name", "Kyiv", 0),
        (AJ, "capital_name", "Kyiv", 1),
        (REUTERS, "capital_name", "Kyiv", 5),
        (PT, "capital_name", "Kyiv", 1),
        (REUTERS, "capital_name", "Kiev", 0),
        (REUTERS, "president_name", "Zelenskiy", 4),
        (REUTERS, "president_name", "Zelensky", 0),
        (TASS, "region_name", "Donbass", 2),
        (TASS, "war_name", "special military operation", 1),
        (TASS, "war_name", "operation", 0),
        (TASS, "war_name", "crisis", 2),
        (AJ, "war_name", "war", 2),
        (AJ, "war_name", "war of aggression", 1),
        (AJ, "war_name", "invasion", 2),
        (TURAN, "war_name", "war", 3),
        (PT, "war_name", "war", 2),
        (PT, "war_name", "conflict", 2),
        (PT, "war_name", "crisis", 0),
        (AJ, "foreign_minister_first_name", "Sergey", 1),
        (PT, "foreign_minister_first_name", "Sergei", 1),
        (PT, "secretary_of_state_first_name", "Anthony", 1),
        (TURAN, "us_abbreviation", "U.S.", 4),
        (TURAN, "us_abbreviation", "US", 0),
    ],
)
def test_naming_forms_on_seeds(seed_forms, doc_id, choice, form, count):
    hits = seed_forms[
        (seed_forms["doc_id"] == doc_id)
        & (seed_forms["choice"] == choice)
        & (seed_forms["form"] == form)
    ]
    assert len(hits) == count


def test_naming_offsets_index_raw_text(seed_forms, seed_texts):
    assert len(seed_forms) > 50
    for row in seed_forms.itertuples():
        assert seed_texts[row.doc_id][row.start_char : row.end_char] == row.surface


@pytest.mark.parametrize(
    ("outlet", "choice", "form", "count", "share", "only_form", "only_group"),
    [
        ("TASS", "capital_name", "Kiev", 7, 1.0, True, True),
        ("TASS", "capital_name", "Kyiv", 0, 0.0, False, False),
        ("TASS", "war_name", "special military operation", 1, 0.25, False, True),
        ("TASS", "region_name", "Donbass", 2, 1.0, True, True),
        ("Reuters", "president_name", "Zelenskiy", 4, 1.0, True, True),
        ("Reuters", "capital_name", "Kyiv", 5, 1.0, True, False),
        ("Al Jazeera", "capital_name", "Kyiv", 1, 1.0, True, False),
        ("Portuguese outlet", "capital_name", "Kyiv", 1, 1.0, True, False),
        ("Reuters", "war_name", "war", 5, 0.625, False, False),
        ("TURAN", "us_abbreviation", "U.S.", 4, 1.0, True, False),
    ],
)
def test_naming_choices_on_seeds(
    seed_forms, seed_documents, outlet, choice, form, count, share, only_form, only_group
):
    table = naming_choices(seed_forms, seed_documents)
    row = table[(table["outlet"] == outlet) & (table["choice"] == choice) & (table["form"] == form)]
    assert len(row) == 1
    row = row.iloc[0]
    assert (row["count"], row["only_form"], row["only_group"]) == (count, only_form, only_group)
    assert row["share"] == pytest.approx(share)


def test_naming_choices_grid_and_determinism(seed_forms, seed_documents):
    table = naming_choices(seed_forms, seed_documents)
    pairs = seed_forms[["choice", "form"]].drop_duplicates()
    assert len(table) == len(pairs) * seed_documents["outlet"].nunique()
    made = table[table["choice_total"] > 0]
    assert made.groupby(["outlet", "choice"])["share"].sum().round(9).eq(1.0).all()
    assert table[table["choice_total"] == 0]["share"].isna().all()
    shuffled = naming_choices(seed_forms.sample(frac=1, random_state=3), seed_documents[::-1])
    pd.testing.assert_frame_equal(table, shuffled)


# --------------------------------------------------------------------------- voices

REGISTRY = pd.DataFrame(
    {
        "actor_id": ["lavrov", "biden", "zelensky", "un", "macron", "nobody"],
        "name": ["Sergey Lavrov", "Joe Biden", "Volodymyr Zelensky", "UN", "Macron", "X"],
        "side": ["russia", "united_states", "ukraine", "international", "europe", None],
    }
)
SIDE_OF = dict(zip(REGISTRY["actor_id"], REGISTRY["side"], strict=True))


@pytest.mark.parametrize(
    ("speaker_text", "speaker_id", "side"),
    [
        ("Lavrov", "lavrov", "russia"),
        ("he", "biden", "united_states"),
        ("the body", "un", "international"),
        ("someone", "nobody", "other"),
        ("Mystery Man", "not_in_registry", "unresolved"),
        ("an unnamed U.S. official", None, "unnamed"),
        ("A State Department spokesperson", None, "unnamed"),
        ("The spokesperson", None, "unnamed"),
        ("The quoted official", None, "unnamed"),
        ("sources familiar with the matter", None, "unnamed"),
        ("two officials", None, "unnamed"),
        ("the two officials", None, "unnamed"),
        ("the two countries", None, "unresolved"),
        ("the Ambassador", None, "unresolved"),
        ("Inna Sydorchuk", None, "unresolved"),
        ("she", None, "unresolved"),
        ("The Kremlin", None, "unresolved"),
        (None, None, "unknown"),
        ("", None, "unknown"),
        (float("nan"), float("nan"), "unknown"),
    ],
)
def test_classify_speaker(speaker_text, speaker_id, side):
    assert classify_speaker(speaker_text, speaker_id, SIDE_OF) == side


def test_quote_voices_counts_and_shares():
    documents = _documents({"a1": "", "a2": "", "b1": "", "c1": ""}, {"a1": "A", "a2": "A"})
    documents.loc[documents["doc_id"] == "b1", "outlet"] = "B"
    documents.loc[documents["doc_id"] == "c1", "outlet"] = "C"
    quotes = pd.DataFrame(
        {
            "doc_id": ["a1", "a1", "a2", "b1"],
            "quote": ["one two three four", "five six", "it’s seven", "x y"],
            "speaker_text": ["Lavrov", "an unnamed official", None, "Biden"],
            "speaker_id": ["lavrov", None, None, "biden"],
        }
    )
    table = quote_voices(quotes, REGISTRY, documents)
    assert len(table) == 3 * len(SPEAKER_SIDES)
    assert list(table["side"][: len(SPEAKER_SIDES)]) == list(SPEAKER_SIDES)
    got = table.set_index(["outlet", "side"])
    # A: 3 quotes (russia 4 words, unnamed 2 words, unknown 2 words: "it’s" is one word).
    assert got.loc[("A", "russia"), "n_quotes"] == 1
    assert got.loc[("A", "russia"), "share_quotes"] == pytest.approx(1 / 3)
    assert got.loc[("A", "russia"), "share_words"] == pytest.approx(4 / 8)
    assert got.loc[("A", "unnamed"), "n_words"] == 2
    assert got.loc[("A", "unknown"), "n_words"] == 2
    assert got.loc[("B", "united_states"), "share_quotes"] == 1.0
    assert got.loc[("B", "russia"), "share_quotes"] == 0.0
    assert got.loc[("C", "russia"), ["share_quotes", "share_words"]].isna().all()
    stale = quote_voices(quotes.assign(outlet="stale"), REGISTRY, documents)
    pd.testing.assert_frame_equal(stale, table)


# --------------------------------------------------------------------------- attention


@pytest.fixture()
def mentions() -> pd.DataFrame:
    rows = [
        ("a1", 0, "lavrov", "Sergey Lavrov", "russia"),
        ("a1", 10, "lavrov", "Sergey Lavrov", "russia"),
        ("a1", 20, "biden", "Joe Biden", "united_states"),
        ("a2", 0, "zelensky", "Volodymyr Zelensky", "ukraine"),
        ("b1", 0, "biden", "Joe Biden", "united_states"),
        ("b1", 5, "biden", "Joe Biden", "united_states"),
        ("b1", 9, None, "Inna Sydorchuk", None),
    ]
    table = pd.DataFrame(rows, columns=["doc_id", "start_char", "actor_id", "actor_name", "side"])
    table["end_char"] = table["start_char"] + 3
    table["surface"] = table["actor_name"]
    table["actor_type"] = "person"
    return table


def test_actor_attention_shares(mentions):
    documents = _documents({"a1": "", "a2": "", "b1": ""}, {"a1": "A", "a2": "A", "b1": "B"})
    table = actor_attention(mentions, documents)
    got = table.set_index(["outlet", "actor_id"])
    assert got.loc[("A", "lavrov"), ["n_mentions", "n_docs", "rank"]].tolist() == [2, 1, 1]
    assert got.loc[("A", "lavrov"), "share"] == pytest.approx(0.5)
    assert got.loc[("B", "unregistered:Inna Sydorchuk"), "share"] == pytest.approx(1 / 3)
    assert table.groupby("outlet")["share"].sum().round(9).eq(1.0).all()
    registry_only = actor_attention(mentions, documents, include_unregistered=False)
    assert not registry_only["actor_id"].str.startswith("unregistered:").any()


def test_actor_attention_top_n_pools_the_rest(mentions):
    documents = _documents({"a1": "", "a2": "", "b1": ""}, {"a1": "A", "a2": "A", "b1": "B"})
    table = actor_attention(mentions, documents, top_n=1)
    # biden has 3 mentions in all, lavrov 2: biden is the top actor everywhere.
    assert list(zip(table["outlet"], table["actor_id"], table["n_mentions"], strict=True)) == [
        ("A", "biden", 1),
        ("A", "other", 3),
        ("B", "biden", 2),
        ("B", "other", 1),
    ]
    assert table.groupby("outlet")["share"].sum().round(9).eq(1.0).all()


# --------------------------------------------------------------------------- log-odds


def test_log_odds_worked_example():
    counts = pd.DataFrame(
        {
            "outlet": ["A", "A", "B", "B", "C"],
            "lemma": ["x", "y", "x", "y", "y"],
            "count": [3, 1, 1, 1, 2],
        }
    )
    # Corpus: x = 4, y = 4, n = 8. With alpha_0 = 8 the prior is a_x = a_y = 8 * 4/8 = 4.
    table = log_odds(counts, alpha_0=8).set_index(["outlet", "lemma"])
    # A, x: y_i = 3, n_i = 4; rest (B + C): y_j = 1, n_j = 4.
    #   delta = log((3+4)/(4+8-3-4)) - log((1+4)/(4+8-1-4)) = log(7/5) - log(5/7) = 0.672944
    #   variance = 1/(3+4) + 1/(1+4) = 0.342857;  z = 0.672944 / sqrt(0.342857) = 1.149271
    row = table.loc[("A", "x")]
    assert (row["count"], row["count_rest"], row["count_total"]) == (3, 1, 4)
    assert (row["n_group"], row["n_rest"], row["prior"]) == (4, 4, 4.0)
    assert row["delta"] == pytest.approx(0.6729444732)
    assert row["variance"] == pytest.approx(0.3428571429)
    assert row["zscore"] == pytest.approx(1.1492714809)
    # A, y mirrors A, x: delta = log(5/7) - log(7/5) = -0.672944.
    assert table.loc[("A", "y"), "zscore"] == pytest.approx(-1.1492714809)
    # C, x: y_i = 0, n_i = 2; rest: y_j = 4, n_j = 6.
    #   delta = log(4/(2+8-0-4)) - log(8/(6+8-4-4)) = log(2/3) - log(4/3) = log(1/2) = -0.693147
    #   variance = 1/4 + 1/8 = 0.375;  z = -0.693147 / sqrt(0.375) = -1.131905
    assert table.loc[("C", "x"), "delta"] == pytest.approx(math.log(0.5))
    assert table.loc[("C", "x"), "zscore"] == pytest.approx(-1.1319046060)
    # B, x: log(5/5) - log(7/7) = 0: B uses x exactly as the rest does, after the prior.
    assert table.loc[("B", "x"), "delta"] == pytest.approx(0.0)


def test_log_odds_default_prior_is_corpus_counts_and_sorted():
    counts = pd.DataFrame(
        {"outlet": ["A", "A", "B", "B"], "lemma": ["x", "y", "x", "y"], "count": [3, 1, 1, 3]}
    )
    table = log_odds(counts)
    # alpha_0 defaults to n = 8, so the prior of each word is its corpus count (4).
    assert table["prior"].tolist() == [4.0] * 4
    # A, x: log((3+4)/(4+8-7)) - log((1+4)/(4+8-5)) = log(7/5) - log(5/7)
    assert table.iloc[0][["outlet", "lemma"]].tolist() == ["A", "x"]
    assert table.iloc[0]["delta"] == pytest.approx(2 * math.log(7 / 5))
    assert list(table["outlet"]) == ["A", "A", "B", "B"]
    assert table.groupby("outlet")["zscore"].is_monotonic_decreasing.all()
    assert log_odds(counts.sample(frac=1, random_state=1)).equals(table)


def test_log_odds_uninformative_prior_and_errors():
    counts = pd.DataFrame(
        {"outlet": ["A", "A", "B", "B"], "lemma": ["x", "y", "x", "y"], "count": [3, 1, 1, 3]}
    )
    table = log_odds(counts, prior=0.5).set_index(["outlet", "lemma"])
    # a_w = 0.5, a_0 = 1: log(3.5/(4+1-3.5)) - log(1.5/(4+1-1.5)) = log(3.5/1.5) - log(1.5/3.5)
    assert table.loc[("A", "x"), "delta"] == pytest.approx(2 * math.log(3.5 / 1.5))
    with pytest.raises(ValueError, match="two groups"):
        log_odds(counts[counts["outlet"] == "A"])
    with pytest.raises(ValueError, match="negative"):
        log_odds(counts.assign(count=-1))


def test_lemma_counts_by_sums_documents():
    documents = _documents({"d1": "", "d2": "", "d3": ""}, {"d1": "A", "d2": "A", "d3": "B"})
    lemma_counts = pd.DataFrame(
        {"doc_id": ["d1", "d2", "d3"], "lemma": ["war", "war", "war"], "count": [2, 3, 1]}
    )
    table = lemma_counts_by(lemma_counts, documents)
    assert table.to_dict("records") == [
        {"outlet": "A", "lemma": "war", "count": 5},
        {"outlet": "B", "lemma": "war", "count": 1},
    ]


# --------------------------------------------------------------------------- quote alignment

#: (doc_id, quoted text as in the seed, speaker_text, speaker_id)
SEED_QUOTES = [
    (
        AJ,
        "supports the combat capability of the Ukrainian armed forces and nationalist battalions",
        "Lavrov",
        "lavrov",
    ),
    (
        AJ,
        "knock out energy facilities that allow you to keep pumping deadly weapons into Ukraine "
        "in order to kill the Russians",
        "Lavrov",
        "lavrov",
    ),
    (AJ, "Ukraine will win. We will get through it,", "Inna Sydorchuk", None),
    (
        AJ,
        "President Putin seems to have decided that if he can’t seize Ukraine by force, "
        "he will try to freeze it into submission,",
        "Blinken",
        "blinken",
    ),
    (
        AJ,
        "We reaffirm that France and the United States together, with all our NATO allies and the "
        "European Union and the G7, stand as strong as ever against Russia’s brutal war against "
        "Ukraine,",
        "Biden",
        "biden",
    ),
    (PT, "destroying power plants,", "Lavrov", "lavrov"),
    (
        PT,
        "allow them to continue to send deadly weapons to Ukraine to destroy the Russians.",
        "Lavrov",
        "lavrov",
    ),
    (
        PT,
        "The infrastructure targeted by the attacks is used to ensure the combat potential of the "
        "Armed Forces of Ukraine and nationalist battalions,",
        "Lavrov",
        "lavrov",
    ),
    (
        PT,
        "We have never asked for negotiations, but we have always said that we are ready to "
        "listen to those who are interested in concluding an agreement,",
        "Lavrov",
        "lavrov",
    ),
    (PT, "making it impossible to send Western weapons.", None, None),
    (
        TURAN,
        "I see really no change in the allies' commitment to support Ukraine through humanitarian "
        "economic and security assistance",
        "she",
        None,
    ),
    (TURAN, "stand firmly with Ukraine for as long as it takes.", "G7 Leaders", None),
    (
        REUTERS,
        "We are ready for peace, for a just and just peace, the formula of which we have "
        "repeatedly expressed.",
        "he",
        "zelensky",
    ),
    (
        REUTERS,
        "Ukraine fatigue is a reality for some of our partners,",
        "an unnamed U.S. official",
        None,
    ),
    (
        TASS,
        "Our approach does not change. We are going to continue to support Ukraine. We’re going to "
        "continue to help Ukraine fight for their democracy, fight for their territorial integrity.",
        "she",
        "jean_pierre",
    ),
]


@pytest.fixture(scope="module")
def seed_quotes(seed_texts) -> pd.DataFrame:
    rows = []
    for doc_id, quote, speaker_text, speaker_id in SEED_QUOTES:
        text, start = seed_texts[doc_id], 0
        while (start := text.find(quote, start)) >= 0:  # every occurrence (004 repeats one)
            rows.append((doc_id, start, start + len(quote), quote, speaker_text, speaker_id))
            start += len(quote)
    columns = ["doc_id", "start_char", "end_char", "quote", "speaker_text", "speaker_id"]
    table = pd.DataFrame(rows, columns=columns)
    table["verb"] = "said"
    return table


def test_seed_quotes_fixture_offsets(seed_quotes, seed_texts):
    assert len(seed_quotes) == len(SEED_QUOTES) + 2  # 004 prints two Lavrov quotes twice
    for row in seed_quotes.itertuples():
        assert seed_texts[row.doc_id][row.start_char : row.end_char] == row.quote


def test_align_quotes_finds_the_lavrov_pairs_and_nothing_else(seed_quotes, seed_documents):
    pairs = align_quotes(seed_quotes, seed_documents)
    found = {(row.quote_a[:20], row.quote_b[:20], row.start_char_b) for row in pairs.itertuples()}
    starts = seed_quotes[seed_quotes["quote"].str.startswith("allow them")]["start_char"]
    (infrastructure,) = seed_quotes[seed_quotes["quote"].str.startswith("The infra")]["start_char"]
    assert found == {
        ("supports the combat ", "The infrastructure t", infrastructure),
        *{("knock out energy fac", "allow them to contin", start) for start in starts},
    }
    assert (pairs["outlet_a"] == "Al Jazeera").all()
    assert (pairs["outlet_b"] == "Portuguese outlet").all()
    assert (pairs["speaker_id_a"] == "lavrov").all()
    assert pairs["similarity"].between(0.35, 1).all()
    combat = pairs[pairs["quote_a"].str.startswith("supports")].iloc[0]
    assert set(combat["shared"].split()) == {"arm", "battalion", "combat", "force", "nationalist"}


@pytest.mark.parametrize(
    ("change", "paired"),
    [
        ({}, True),
        ({"speaker_id_b": "biden"}, False),  # two known, different speakers
        ({"speaker_id_b": None}, True),  # one speaker unknown
        ({"date_b": "2022-12-20"}, False),  # outside the date window
        ({"date_b": None}, True),  # date unknown
        ({"doc_b": "a"}, False),  # same document
        ({"outlet_b": "X"}, False),  # same outlet
    ],
)
def test_align_quotes_rules(change, paired):
    quote = "allow them to continue to send deadly weapons to Ukraine to destroy the Russians"
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "outlet": ["X", change.get("outlet_b", "Y"), "Z"],
            "date": ["2022-12-01", change.get("date_b", "2022-12-02"), "2022-12-01"],
        }
    )
    quotes = pd.DataFrame(
        {
            "doc_id": ["a", change.get("doc_b", "b"), "c"],
            "start_char": [0, 100, 0],
            "end_char": [len(quote), 100 + len(quote), 20],
            "quote": [quote, quote.replace("destroy", "kill"), "an unrelated remark about grain"],
            "speaker_text": ["Lavrov", "he", "Guterres"],
            "speaker_id": ["lavrov", change.get("speaker_id_b", "lavrov"), "guterres"],
        }
    )
    pairs = align_quotes(quotes, docs)
    assert len(pairs) == int(paired)


def test_align_quotes_is_deterministic(seed_quotes, seed_documents):
    pairs = align_quotes(seed_quotes, seed_documents)
    shuffled = align_quotes(seed_quotes.sample(frac=1, random_state=7), seed_documents)
    pd.testing.assert_frame_equal(pairs, shuffled)


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("knock out energy facilities", ["knock", "energy", "facility"]),
        ("keep pumping deadly weapons", ["pump", "deadly", "weapon"]),
        ("Russia’s armed forces", ["russia", "arm", "force"]),
        ("$18.2 billion since 2,014", ["18.2", "billion", "2014"]),
    ],
)
def test_content_terms(text, terms):
    assert content_terms(text) == terms


# --------------------------------------------------------------------------- word diff


@pytest.mark.parametrize(
    ("a", "b", "ops"),
    [
        ("the same words", "The same words", [("equal", "the same words", "The same words")]),
        (
            "to kill the Russians",
            "to destroy the Russians",
            [
                ("equal", "to", "to"),
                ("replace", "kill", "destroy"),
                ("equal", "the Russians", "the Russians"),
            ],
        ),
        ("deadly weapons", "weapons", [("delete", "deadly", ""), ("equal", "weapons", "weapons")]),
        ("“Kyiv”", '"Kyiv" now', [("equal", "“Kyiv”", '"Kyiv"'), ("insert", "", "now")]),
    ],
)
def test_word_diff(a, b, ops):
    assert word_diff(a, b) == ops


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "say <script>alert(1)</script> now",
            "say now",
            '<p class="word-diff"><span class="eq">say</span> '
            '<del class="del">&lt;script&gt;alert(1)&lt;/script&gt;</del> '
            '<span class="eq">now</span></p>',
        ),
        (
            "to kill the Russians.",
            "to destroy the Russians",
            '<p class="word-diff"><span class="eq">to</span> <del class="del">kill</del> '
            '<ins class="ins">destroy</ins> <span class="eq">the Russians</span> '
            '<del class="del">.</del></p>',
        ),
        (
            "Tom & Jerry’s",
            "Tom &amp; Jerry's",
            '<p class="word-diff"><span class="eq">Tom &amp;</span> <ins class="ins">amp;</ins> '
            '<span class="eq">Jerry’s</span></p>',
        ),
    ],
)
def test_render_word_diff_escapes_markup(a, b, expected):
    assert render_word_diff(a, b) == expected


def test_render_quote_pairs_escapes_and_lists_pairs(seed_quotes, seed_documents):
    pairs = align_quotes(seed_quotes, seed_documents)
    pairs.loc[0, "quote_a"] = "<img src=x onerror=alert(1)>"
    html = render_quote_pairs(pairs)
    assert html.count("<tr>") == len(pairs) + 1
    assert "<img" not in html and "&lt;img" in html


# --------------------------------------------------------------------------- figures


@pytest.fixture()
def quantity_docs() -> pd.DataFrame:
    docs = _documents({"r": "", "a": "", "t": "", "late": ""}, {"r": "Reuters", "a": "AP"})
    docs.loc[docs["doc_id"] == "t", "outlet"] = "TASS"
    docs.loc[docs["doc_id"] == "late", "outlet"] = "Late"
    docs.loc[docs["doc_id"] == "late", "date"] = "2023-03-01"
    return docs


def _quantities(rows):
    columns = ["doc_id", "start_char", "surface", "value", "unit", "category", "counted"]
    table = pd.DataFrame(rows, columns=columns)
    table["end_char"] = table["start_char"] + table["surface"].str.len()
    table["sentence"] = table["surface"] + " " + table["counted"].fillna("")
    return table


def test_shared_quantities_groups_same_figure(quantity_docs):
    quantities = _quantities(
        [
            ("r", 0, "$400 million", 400e6, "USD", "money", "security assistance for Ukraine"),
            ("a", 5, "$400m", 400e6, "USD", "money", "new security assistance"),
            ("t", 9, "$401 million", 401e6, "USD", "money", "security assistance"),
            ("late", 9, "$400 million", 400e6, "USD", "money", "security assistance"),
            ("t", 50, "$18.2 billion", 18.2e9, "USD", "money", "security assistance"),
            ("r", 60, "6,655", 6655, "", "people", "civilian deaths"),
            ("a", 60, "6,700", 6700, "", "people", "refugees displaced"),
            ("r", 90, "24", 24, "", "date", "February"),
            ("a", 90, "24", 24, "", "date", "February"),
        ]
    )
    table = shared_quantities(quantities, quantity_docs)
    assert len(table) == 1
    row = table.iloc[0]
    assert (row["category"], row["unit"], row["n_groups"], row["n_mentions"]) == (
        "money",
        "USD",
        3,
        3,
    )
    assert (row["Reuters"], row["AP"], row["TASS"]) == (400e6, 400e6, 401e6)
    assert row["spread"] == pytest.approx(1 / 401)
    assert row["counted"] == "security assistance"  # all counted once: the shortest
    assert "TASS: $401 million" in row["surfaces"]
    assert "Late" not in table.columns  # outside the date window
    members = shared_quantities(quantities, quantity_docs, wide=False)
    assert list(members["outlet"]) == ["AP", "Reuters", "TASS"]
    everything = shared_quantities(quantities, quantity_docs, max_days=None)
    assert everything.iloc[0]["n_groups"] == 4


def test_shared_quantities_tolerance_and_counted(quantity_docs):
    quantities = _quantities(
        [
            ("r", 0, "100 people", 100, "", "people", "people killed"),
            ("a", 0, "110 people", 110, "", "people", "people killed"),
            ("t", 0, "100 people", 100, "", "people", "people evacuated from Kherson"),
        ]
    )
    assert shared_quantities(quantities, quantity_docs).empty
    loose = shared_quantities(quantities, quantity_docs, rel_tol=0.1)
    assert loose[["Reuters", "AP"]].iloc[0].tolist() == [100, 110]
    assert "TASS" not in loose.columns


@pytest.mark.parametrize(
    ("sentence_b", "value_b", "grouped"),
    [
        ("About 3,500 people live in Chaplyne, the town hit by the strike.", 3500, True),
        ("Russia is ready to lose 3,500 of its people to prove a point.", 3500, False),
        ("About 5 people live in Chaplyne, the town hit by the strike.", 5, False),
    ],
)
def test_shared_quantities_needs_related_sentences(quantity_docs, sentence_b, value_b, grouped):
    quantities = _quantities(
        [
            ("r", 0, "3,500", 3500, "", "people", "people"),
            ("a", 0, str(value_b), value_b, "", "people", "people"),
        ]
    )
    quantities["sentence"] = [
        "Chaplyne, a town of about 3,500 people, was hit by a strike.",
        sentence_b,
    ]
    minimum = 1 if value_b < 10 else 10
    assert len(shared_quantities(quantities, quantity_docs, min_value=minimum)) == int(grouped)


def test_groupings_by_document(seed_forms, seed_documents):
    table = naming_choices(seed_forms, seed_documents, by="doc_id")
    assert set(table["doc_id"]) == set(seed_documents["doc_id"])
    kiev = table[(table["form"] == "Kiev") & (table["count"] > 0)]
    assert list(kiev["doc_id"]) == [TASS]


# --------------------------------------------------------------------------- selection and coverage


@pytest.mark.parametrize(
    ("keep", "expected"),
    [
        (None, [AJ, TURAN, REUTERS, TASS, PT]),
        (["TASS"], [TASS]),
        ("TASS", [TASS]),
        (["TASS", "Al Jazeera"], [AJ, TASS]),
    ],
)
def test_select_groups_keeps_named_outlets(seed_documents, keep, expected):
    kept = outlets.select_groups(seed_documents, keep)
    assert list(kept["doc_id"]) == expected
    assert list(kept.index) == list(range(len(expected)))


@pytest.mark.parametrize(
    ("keep", "message"),
    [
        (["Tass"], "no document has outlet 'Tass'; the outlet values are 'Al Jazeera'"),
        ([], "keep names no outlet"),
    ],
)
def test_select_groups_rejects_unknown_outlets(seed_documents, keep, message):
    with pytest.raises(ValueError, match=message):
        outlets.select_groups(seed_documents, keep)


def test_select_groups_names_missing_outlet_unknown(seed_documents):
    documents = seed_documents.assign(outlet=[None, "A", "A", None, "B"])
    kept = outlets.select_groups(documents, ["unknown"])
    assert list(kept["doc_id"]) == [AJ, TASS]


def test_keep_documents_trims_any_table(seed_documents):
    kept = outlets.select_groups(seed_documents, ["Reuters", "TASS"])
    lemmas = pd.DataFrame(
        {"doc_id": [AJ, TASS, REUTERS, TASS], "lemma": ["a", "b", "c", "d"], "count": 1}
    )
    trimmed = outlets.keep_documents(lemmas, kept)
    assert list(trimmed["lemma"]) == ["b", "c", "d"]
    assert list(trimmed.index) == [0, 1, 2]


def test_date_coverage_on_the_seeds(seed_documents):
    table = outlets.date_coverage(seed_documents)
    assert list(table["outlet"]) == sorted(o for o, _ in SEED_META.values())
    by_outlet = table.set_index("outlet")
    # Al Jazeera and the Portuguese outlet report the same day; the rest stand alone.
    assert by_outlet.loc["Al Jazeera", "share_shared"] == 1.0
    assert by_outlet.loc["Portuguese outlet", "share_shared"] == 1.0
    assert by_outlet.loc["TASS", "share_shared"] == 0.0
    assert by_outlet.loc["TASS", "first_date"] == pd.Timestamp("2022-07-06")
    assert (table["span_days"] == 0).all() and (table["n_docs"] == 1).all()


@pytest.mark.parametrize(
    ("freq", "shared_a"),
    [("D", 0.5), ("W", 1.0), ("M", 1.0)],
)
def test_date_coverage_periods(freq, shared_a):
    documents = pd.DataFrame(
        {
            "doc_id": ["a1", "a2", "a3", "b1"],
            "outlet": ["A", "A", "A", "B"],
            # 2022-03-07 is a Monday: a1 and a2 fall in b1's week, a2 on its day.
            "date": ["2022-03-07", "2022-03-09", "not a date", "2022-03-09"],
        }
    )
    table = outlets.date_coverage(documents, freq=freq).set_index("outlet")
    assert table.loc["A", "n_docs"] == 3 and table.loc["A", "n_dated"] == 2
    assert table.loc["A", "span_days"] == 2
    assert table.loc["A", "share_shared"] == pytest.approx(shared_a)
    assert table.loc["B", "share_shared"] == 1.0


def test_log_odds_summary_counts_the_evidence():
    counts = pd.DataFrame(
        {
            "outlet": ["A", "A", "A", "B", "B", "B"],
            "lemma": ["kiev", "war", "talk", "kyiv", "war", "talk"],
            "count": [30, 10, 0, 30, 10, 5],
        }
    )
    documents = pd.DataFrame({"doc_id": ["a1", "a2", "b1"], "outlet": ["A", "A", "B"]})
    scores = log_odds(counts)
    table = outlets.log_odds_summary(scores, documents)
    assert list(table.columns) == [
        "outlet",
        "n_docs",
        "n_words",
        "n_types",
        "n_scored",
        "n_above",
        "expected_by_chance",
        "max_zscore",
        "top_word",
        "top_count",
    ]
    a, b = table.iloc[0], table.iloc[1]
    assert (a["n_docs"], a["n_words"], a["n_types"], a["n_scored"]) == (2, 40, 2, 4)
    assert (b["n_docs"], b["n_words"], b["n_types"]) == (1, 45, 3)
    assert (a["top_word"], a["top_count"], b["top_word"]) == ("kiev", 30, "kyiv")
    expected_z = scores[(scores["outlet"] == "A") & (scores["lemma"] == "kiev")]["zscore"]
    assert a["max_zscore"] == pytest.approx(float(expected_z.iloc[0]))
    assert a["n_above"] == int((scores[scores["outlet"] == "A"]["zscore"] > 1.96).sum())
    assert a["n_above"] >= 1
    assert a["expected_by_chance"] == pytest.approx(round(4 * 0.0249979, 1))


def test_quote_voices_count_direct_and_indirect_speech_separately():
    from corpus_utils.analysis.actors import quote_shares

    documents = _documents({"a1": ""}, {"a1": "A"})
    quotes = pd.DataFrame(
        {
            "doc_id": ["a1", "a1", "a1", "a1"],
            "quote": ["we will win", "the war would end soon", "the strikes were barbaric", "x"],
            "speaker_text": ["Lavrov", "Biden", "Biden", None],
            "speaker_id": ["lavrov", "biden", "biden", None],
            "kind": ["direct", "indirect", "mixed", "term"],
        }
    )
    direct = quote_voices(quotes, REGISTRY, documents).set_index("side")
    assert direct.loc["russia", "n_quotes"] == 1
    assert direct["n_quotes"].sum() == 1  # the term is nobody's voice
    reported = quote_voices(quotes, REGISTRY, documents, kinds=outlets.INDIRECT_KINDS)
    reported = reported.set_index("side")
    assert (reported.loc["united_states", "n_quotes"], reported["n_quotes"].sum()) == (2, 2)
    assert quote_voices(quotes, REGISTRY, documents, kinds=None)["n_quotes"].sum() == 4
    shares = quote_shares(quotes, documents, kinds=outlets.INDIRECT_KINDS)
    assert list(shares["speaker_id"]) == ["biden"]
    with pytest.raises(ValueError, match="unknown quote kind"):
        quote_voices(quotes, REGISTRY, documents, kinds=["indirekt"])


def test_tables_without_a_kind_column_count_as_direct():
    documents = _documents({"a1": ""}, {"a1": "A"})
    quotes = pd.DataFrame(
        {
            "doc_id": ["a1"],
            "quote": ["we win"],
            "speaker_text": ["Lavrov"],
            "speaker_id": ["lavrov"],
        }
    )
    assert quote_voices(quotes, REGISTRY, documents)["n_quotes"].sum() == 1
    assert quote_voices(quotes, REGISTRY, documents, kinds="indirect")["n_quotes"].sum() == 0


def test_voices_by_speech_counts_direct_and_indirect_apart():
    documents = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["One", "Two"]})
    quotes = pd.DataFrame(
        {
            "doc_id": ["a", "a", "a", "b"],
            "quote": ["we will win", "the war goes on", "they said 'no'", "rebirth"],
            "speaker_text": ["Putin", "Putin", "a senior official", None],
            "speaker_id": ["putin", "putin", None, None],
            "kind": ["direct", "indirect", "mixed", "term"],
        }
    )
    registry = pd.DataFrame({"actor_id": ["putin"], "side": ["russia"]})
    table = outlets.voices_by_speech(quotes, registry, documents)
    one = table[table["outlet"] == "One"].set_index("side")
    assert one.loc["russia", "n_direct"] == 1 and one.loc["russia", "share_direct"] == 1.0
    assert one.loc["russia", "n_indirect"] == 1 and one.loc["unnamed", "n_indirect"] == 1
    assert one.loc["russia", "share_indirect"] == 0.5
    two = table[table["outlet"] == "Two"]
    assert two["n_direct"].sum() == 0 and two["n_indirect"].sum() == 0  # a term is no voice
    assert two["share_direct"].isna().all()
