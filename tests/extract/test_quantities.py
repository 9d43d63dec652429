"""Tests for corpus_utils.extract.quantities: parsing, extraction on the seeds, tables."""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_utils.analysis import figures
from corpus_utils.analysis.figures import figures_only, summarise_quantities
from corpus_utils.evaluate import quantulum
from corpus_utils.evaluate.quantulum import compare_with_quantulum
from corpus_utils.extract import quantities as qty
from corpus_utils.extract.quantities import (
    FIGURE_CATEGORIES,
    QUANTITY_KEYS,
    extract_quantities,
    parse_number,
)


@pytest.fixture(scope="session")
def quantity_nlp():
    """The project pipeline; the bare model while the actor registry is not there yet."""
    try:
        from corpus_utils.extract.pipeline import load_pipeline

        return load_pipeline()
    except ImportError:
        import spacy

        from corpus_utils.extract.nlp import resolve_model

        return spacy.load(resolve_model())


@pytest.fixture(scope="session")
def seed_quantities(quantity_nlp, seed_texts) -> dict[str, list[dict]]:
    """Quantities of each seed, keyed by the three-digit prefix of its doc_id."""
    return {
        doc_id[:3]: extract_quantities(quantity_nlp(text)) for doc_id, text in seed_texts.items()
    }


def _find(found: list[dict], surface: str, occurrence: int = 0) -> dict:
    matches = [q for q in found if q["surface"] == surface]
    assert len(matches) > occurrence, f"{surface!r} not in {[q['surface'] for q in found]}"
    return matches[occurrence]


# --- parse_number ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6,655", 6655),
        ("18.2 billion", 1.82e10),
        ("six million", 6e6),
        ("two and a half", 2.5),
        ("a dozen", 12),
        ("two dozen", 24),
        ("1.5m", 1.5e6),
        ("10bn", 1e10),
        ("$400 million", 4e8),
        ("half a million", 5e5),
        ("two and a half million", 2.5e6),
        ("thirty-five", 35),
        ("one hundred and twenty", 120),
        ("one hundred and twenty thousand", 120_000),
        ("a million", 1e6),
        ("1 1/2", 1.5),
        ("3½", 3.5),
        ("0.5", 0.5),
        ("-12", -12),
        ("1e+16", 1e16),
        ("10,368", 10368),
        ("seven", 7),
        ("Nine", 9),
        ("300 k", 3e5),
        ("15million", 1.5e7),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    ["", "G7", "T-72", "hello", "a", "and", "1,2,3", "five six", "dozens", "1/0", "24/"],
)
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@given(st.text(max_size=60))
def test_parse_number_never_raises(text):
    value = parse_number(text)
    assert value is None or (isinstance(value, float) and math.isfinite(value))


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_parse_number_round_trips_integers(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False))
def test_parse_number_round_trips_decimals(d):
    n = float(d)
    assert parse_number(f"{n:,}") == n


# --- extraction on the seeds ----------------------------------------------------------

SEED_FIGURES = [
    # doc, surface, value, unit, qualifier, category
    ("000", "nine months", 9, "month", None, "duration"),
    ("000", "nearly three weeks", 3, "week", "nearly", "duration"),
    ("000", "52", 52, "year", None, "age"),
    ("000", "two", 2, None, None, "count"),
    ("000", "November 4", 4, None, None, "date"),
    ("001", "30", 30, None, None, "count"),
    ("001", "February 24th", 24, None, None, "date"),
    ("002", "$400 million", 4e8, "USD", None, "money"),
    ("002", "more than $18.2 billion", 1.82e10, "USD", "more than", "money"),
    ("002", "15 km (10 mile)", 15, "km", None, "distance"),
    ("002", "Nov 6", 6, None, None, "date"),
    ("002", "Oct. 4", 4, None, None, "date"),
    ("003", "February 24", 24, None, None, "date"),
    ("003", "February 28", 28, None, None, "date"),
    ("003", "July 6", 6, None, None, "date"),
    ("004", "more than 13 million", 1.3e7, "people", "more than", "people"),
    ("004", "more than six million", 6e6, "people", "more than", "people"),
    ("004", "more than 7.8 million", 7.8e6, "people", "more than", "people"),
    ("004", "6,655", 6655, "people", None, "people"),
    ("004", "10,368", 10368, "people", None, "people"),
    ("004", "about two and a half hours", 2.5, "hour", "about", "duration"),
    ("004", "2014", 2014, None, None, "year"),
    ("004", "1939", 1939, None, None, "year"),
    ("004", "1945", 1945, None, None, "year"),
    ("004", "June 2021", 2021, None, None, "date"),
]


@pytest.mark.parametrize(("doc", "surface", "value", "unit", "qualifier", "category"), SEED_FIGURES)
def test_seed_figures(seed_quantities, doc, surface, value, unit, qualifier, category):
    found = _find(seed_quantities[doc], surface)
    assert found["value"] == pytest.approx(value)
    assert (found["unit"], found["qualifier"], found["category"]) == (unit, qualifier, category)


@pytest.mark.parametrize(
    ("doc", "surface", "counted", "claimant_text", "claimant_id"),
    [
        ("002", "$400 million", "additional security assistance", "The United States", "united_states"),
        ("002", "more than $18.2 billion", "US military aid", None, None),
        ("002", "15 km (10 mile)", "buffer zone", "Russia", "russia"),
        ("004", "6,655", "civilian deaths", "the UN", "un"),
        ("004", "10,368", "injured civilians", "the UN", "un"),
        ("004", "more than 13 million", "people", "the UN", "un"),
        ("004", "more than six million", "internally displaced people", "the UN", "un"),
        ("001", "30", "allies", "she", "julie_smith"),  # "I see 30 allies ...," she said
        ("000", "two", "countries", None, None),
    ],
)  # fmt: skip
def test_seed_counted_and_claimant(
    seed_quantities, doc, surface, counted, claimant_text, claimant_id
):
    found = _find(seed_quantities[doc], surface)
    assert (found["counted"], found["claimant_text"]) == (counted, claimant_text)
    assert found["claimant_id"] == claimant_id


def test_seed_claimant_offsets(seed_quantities, seed_texts):
    """Every claimant's offsets give its text in the document, and only figures have one."""
    texts = {doc_id[:3]: text for doc_id, text in seed_texts.items()}
    n_claimed = 0
    for doc, found in seed_quantities.items():
        for q in found:
            if q["claimant_text"] is None:
                assert (q["claimant_start"], q["claimant_end"], q["claimant_id"]) == (None,) * 3
                continue
            n_claimed += 1
            assert q["category"] in FIGURE_CATEGORIES
            assert texts[doc][q["claimant_start"] : q["claimant_end"]] == q["claimant_text"]
    assert n_claimed >= 7


def test_conversion_is_one_figure(seed_quantities):
    found = _find(seed_quantities["002"], "15 km (10 mile)")
    assert (found["alt_value"], found["alt_unit"]) == (10, "mile")
    assert not [q for q in seed_quantities["002"] if q["surface"].startswith("10 mile")]


@pytest.mark.parametrize(
    ("doc", "surface", "unit", "category"),
    [
        ("003", "billions of dollars", "USD", "money"),
        ("004", "millions of people", "people", "people"),
    ],
)
def test_seed_vague(seed_quantities, doc, surface, unit, category):
    found = _find(seed_quantities[doc], surface)
    assert found["vague"] is True and found["value"] is None
    assert (found["unit"], found["category"]) == (unit, category)


@pytest.mark.parametrize(
    ("doc", "name"),
    [
        ("000", "G7"),
        ("001", "G7"),
        ("002", "T-72"),
        ("002", "HIMARS"),
        ("004", "World War II"),
        ("002", "one of the most"),
    ],
)
def test_seed_names_yield_no_figures(seed_quantities, seed_texts, doc, name):
    text = next(t for d, t in seed_texts.items() if d.startswith(doc))
    start = text.index(name)
    end = start + len(name)
    assert not [q for q in seed_quantities[doc] if q["start_char"] < end and start < q["end_char"]]


def test_seed_dict_shape(seed_quantities, seed_texts):
    for doc_id, text in seed_texts.items():
        for found in seed_quantities[doc_id[:3]]:
            assert tuple(found) == QUANTITY_KEYS
            assert text[found["start_char"] : found["end_char"]] == found["surface"]
            assert found["category"] in qty.CATEGORIES
            assert found["sentence"] and found["surface"] in found["sentence"]


# --- extraction on short sentences ----------------------------------------------------

SENTENCES = [
    # text, surface, value, unit, qualifier, category
    ("Britain pledged £1.5bn in aid to Kyiv.", "£1.5bn", 1.5e9, "GBP", None, "money"),
    ("The EU gave €2 billion to Ukraine.", "€2 billion", 2e9, "EUR", None, "money"),
    ("Prices rose by 12 percent in May.", "12 percent", 12, "percent", None, "percentage"),
    ("Inflation hit 14.3% last month.", "14.3%", 14.3, "percent", None, "percentage"),
    ("At least 12 people were killed.", "At least 12", 12, "people", "at least", "people"),
    ("Shelling killed 14 and wounded 30.", "14", 14, "people", None, "people"),
    ("A 52-year-old woman died.", "52-year-old", 52, "year", None, "age"),
    ("The fee was 5,000 hryvnias each.", "5,000 hryvnias", 5000, "UAH", None, "money"),
    ("Moscow spent 3 trillion rubles.", "3 trillion rubles", 3e12, "RUB", None, "money"),
    ("They walked for 20 miles.", "20 miles", 20, "mile", None, "distance"),
    ("The sirens sounded at 10:30 am.", "10:30 am", 10, None, None, "time"),
    ("Up to 40,000 troops massed nearby.", "Up to 40,000", 40000, "people", "up to", "people"),
    ("He served almost a dozen years.", "almost a dozen years", 12, "year", "almost", "duration"),
    ("Tens of thousands of troops massed.", "Tens of thousands of troops", None, "people", None,
     "people"),
    ("The talks were held on Feb. 24th, 2022.", "Feb. 24th, 2022", 24, None, None, "date"),
    ("It was the third round of talks.", "third", 3, None, None, "ordinal"),
    ("Ukraine received US$ 5 million.", "US$ 5 million", 5e6, "USD", None, "money"),
    ("He left No. 10 on Thursday.", "10", 10, None, None, "other"),
    ("Nearly half of US households use gas.", "Nearly half", 50, "percent", "nearly",
     "percentage"),
    ("Biden will release up to 15million barrels of oil.", "up to 15million barrels of oil", 1.5e7,
     "barrel of oil", "up to", "count"),
    ("The war lasted eight or nine months.", "eight", 8, "month", None, "duration"),
    ("It costs $5-6 billion a year.", "$5", 5e9, "USD", None, "money"),
    ("It costs $5-6 billion a year.", "6 billion", 6e9, "USD", None, "money"),
    ("Rates rose by three-quarters of a point.", "three-quarters", 75, "percent", None,
     "percentage"),
    ("Voting ran from September 23 to 27 in four regions.", "27", 27, None, None, "date"),
    # "tops" is a lower bound (NewsQuant probe 16; the stored probes read "now top 40p" so)
    ("The Russian death toll now tops 60,400.", "tops 60,400", 60400, "people", "more than",
     "people"),
    ("The 8,000-acre (3,200-hectare) farm was shelled.", "8,000-acre (3,200-hectare)", 8000,
     "acre", None, "distance"),
    ("The trucks are 100ft (30m) from a reactor.", "100ft (30m)", 100, "ft", None, "distance"),
    ("Each soldier cost around $300,000 to train.", "around $300,000", 3e5, "USD", "around",
     "money"),
    # a year is not "nearly" or "almost" anything; "about 1990" may still be a year
    ("Nearly 2000 soldiers rioted in Kazan.", "Nearly 2000", 2000, "people", "nearly",
     "people"),
    ("Almost 1600 came to the rally.", "Almost 1600", 1600, None, "almost", "count"),
    ("Firms have moved there since about 1990.", "about 1990", 1990, None, None, "year"),
    # a year with a part or a side of it is still a year, not a count of 2021
    ("By mid-2021 the army had moved.", "2021", 2021, None, None, "year"),
    ("Kyiv wants its pre-2014 borders back.", "2014", 2014, None, None, "year"),
    ("Output will recover by end-2023.", "2023", 2023, None, None, "year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "value", "unit", "qualifier", "category"), SENTENCES)
def test_sentences(quantity_nlp, text, surface, value, unit, qualifier, category):
    found = _find(extract_quantities(quantity_nlp(text)), surface)
    assert found["value"] == (pytest.approx(value) if value is not None else None)
    assert (found["unit"], found["qualifier"], found["category"]) == (unit, qualifier, category)


@pytest.mark.parametrize(
    "text",
    [
        "Germany will send F-16 jets and S-300 systems.",
        "Russia used Su-25 and MiG-29 aircraft.",
        "The Covid-19 pandemic slowed trade.",
        "Leaders of the G7 met in Germany.",
        "The pipeline Nord Stream 2 was never opened.",
        "The hotline works 24/7 for refugees.",
        "Call +380 44 256 7890 for help.",
        "The Minsk II accords collapsed after World War II memories resurfaced.",
        "Old T-72 tanks and HIMARS launchers were seen.",
        "The 9/11 attacks changed everything.",
    ],
)
def test_names_yield_no_quantities(quantity_nlp, text):
    assert extract_quantities(quantity_nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("One of the most severe blows.", "One"),
        ("No one came to the talks, Air Force One landed.", "One"),
        ("The Russians retreated at first.", "first"),
        ("In the second half of the year prices fell.", "half"),
        ("The third of the series aired.", "third"),
    ],
)
def test_words_that_are_not_numbers(quantity_nlp, text, surface):
    found = extract_quantities(quantity_nlp(text))
    assert surface not in [q["surface"] for q in found]


def test_age_after_name(quantity_nlp):
    found = extract_quantities(quantity_nlp("Bogusław Wos, 62, and Bogdan Ciupek, 60, died."))
    assert [(q["surface"], q["category"]) for q in found] == [("62", "age"), ("60", "age")]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # one person named by a noun, the age between commas
        ("The boy, 12, was injured in the strike.", "age"),
        # an age said of a person with "be" or "turn"
        ("He will be 35 by the end of the year.", "age"),
        ("She turned 60 last week.", "age"),
        # a plural is a count, a thing is no person, a noun after it is counted
        ("The civilians, 12, were killed.", "count"),
        ("Inflation will be 3 by the end of the year.", "count"),
        ("He was 35 points behind.", "count"),
    ],
)
def test_age_of_a_person_named_by_a_noun_or_a_copula(quantity_nlp, text, category):
    (found,) = [q for q in extract_quantities(quantity_nlp(text)) if q["category"] != "year"]
    assert found["category"] == category


def test_according_to_source(quantity_nlp):
    doc = quantity_nlp("More than 300 civilians died, according to the UN human rights office.")
    found = _find(extract_quantities(doc), "More than 300")
    assert found["category"] == "people"
    assert found["claimant_text"] == "the UN human rights office"
    assert found["claimant_id"] == "un_human_rights"


@pytest.mark.parametrize(
    ("text", "surface", "claimant_text", "claimant_id"),
    [
        # a body the registry does not know keeps its words as an unregistered id
        (
            "Ukraine's general staff said 1,200 Russian soldiers were killed in the past day.",
            "1,200",
            "Ukraine's general staff",
            "unregistered:Ukraine's general staff",
        ),
        # a registered body written in lower case still resolves
        (
            "The Russian defence ministry claimed 45 Ukrainian tanks had been destroyed.",
            "45",
            "The Russian defence ministry",
            "russian_defence_ministry",
        ),
        # "he" takes the person named just before, as a quote's speaker does
        (
            "Oleksiy Reznikov spoke on Monday. He said 500 shells fell on the city.",
            "500",
            "He",
            "reznikov",
        ),
        # "it" takes the body that spoke last
        (
            "The Kremlin said talks had stalled. It said 2,000 people left.",
            "2,000",
            "It",
            "russian_government",
        ),
        # an unnamed source has its words and no id
        (
            "A senior US official said 3,000 troops were deployed.",
            "3,000",
            "A senior US official",
            None,
        ),
        ("More than 6 million refugees have fled, the UNHCR said.", "More than 6 million", "the UNHCR", "unhcr"),
        # a figure inside a quotation takes the quote's speaker, not a subject inside the quote
        (
            '"Mr. Putin has shown no indications -- zero, none -- that he is willing," Kirby said.',
            "zero",
            "Kirby",
            "kirby",
        ),
        # ... and inside a report of speech: the relative pronoun's antecedent reported it
        (
            "Many fled to Kazakhstan, which reported Tuesday that about 98,000 Russians have crossed.",
            "about 98,000",
            "Kazakhstan",
            "kazakhstan",
        ),
        # a registered agency named in a phrase about it
        (
            "According to the state-run TASS agency, an estimated 5,500 cars were lining up.",
            "an estimated 5,500",
            "the state-run TASS agency",
            "tass",
        ),
        # no attribution: no claimant
        ("Some 40 tanks were seen near the border.", "Some 40", None, None),
    ],
)  # fmt: skip
def test_claimant_resolution(quantity_nlp, text, surface, claimant_text, claimant_id):
    found = _find(extract_quantities(quantity_nlp(text)), surface)
    assert (found["claimant_text"], found["claimant_id"]) == (claimant_text, claimant_id)
    if claimant_text is not None:
        assert text[found["claimant_start"] : found["claimant_end"]] == claimant_text


def test_claimant_uses_given_mentions(quantity_nlp):
    """Mentions passed in are the ones resolution uses (the annotation passes its own)."""
    doc = quantity_nlp("Oleksiy Reznikov spoke on Monday. He said 500 shells fell on the city.")
    assert _find(extract_quantities(doc, []), "500")["claimant_id"] is None
    assert _find(extract_quantities(doc), "500")["claimant_id"] == "reznikov"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            ["6,655", "$18.2 billion", "two and a half", "hours", "(10 mile)", "15 km", "G7",
             "more than", "Feb.", "24th", "1939-1945", "millions of", "people", "a", "-", "/",
             "Nord Stream 2", ",", "52,", "Ukraine", "%", "€", "1.5m", "\n", "one"]
        ) | st.text(max_size=8),
        max_size=14,
    ).map(" ".join)
)  # fmt: skip
def test_extract_keeps_offsets(quantity_nlp, text):
    doc = quantity_nlp(text)
    found = extract_quantities(doc)
    starts = [q["start_char"] for q in found]
    assert starts == sorted(starts)
    for q in found:
        assert doc.text[q["start_char"] : q["end_char"]] == q["surface"]
        assert q["category"] in qty.CATEGORIES
        assert q["value"] is None or math.isfinite(q["value"])


# --- tables ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def seed_table(seed_quantities) -> pd.DataFrame:
    frames = [
        pd.DataFrame(found, columns=list(QUANTITY_KEYS)).assign(doc_id=doc)
        for doc, found in sorted(seed_quantities.items())
    ]
    return pd.concat(frames, ignore_index=True)


def test_figures_only(seed_table):
    figures = figures_only(seed_table)
    assert set(figures["category"]) <= FIGURE_CATEGORIES
    assert not figures["vague"].any()
    assert "more than $18.2 billion" in set(figures["surface"])
    assert "February 24" not in set(figures["surface"])
    assert figures.equals(figures_only(seed_table.sample(frac=1, random_state=1)))


def test_summarise_quantities(seed_table):
    documents = pd.DataFrame(
        {"doc_id": ["000", "001", "002", "003", "004"], "outlet": ["A", "B", "C", "D", "E"]}
    )
    table = summarise_quantities(seed_table, documents, by="outlet")
    assert list(table.columns) == ["outlet", *figures.SUMMARY_COLUMNS]
    money = table[(table["outlet"] == "C") & (table["category"] == "money")]
    assert money[["unit", "n_quantities", "max_value"]].values.tolist() == [["USD", 2, 1.82e10]]
    people = table[(table["outlet"] == "E") & (table["category"] == "people")].iloc[0]
    assert (people["n_quantities"], people["n_vague"], people["n_with_claimant"]) == (6, 1, 6)
    shuffled = seed_table.sample(frac=1, random_state=3)
    assert table.equals(summarise_quantities(shuffled, documents, by="outlet"))
    with pytest.raises(KeyError, match="nope"):
        summarise_quantities(seed_table, documents, by="nope")


def test_compare_with_quantulum(seed_texts, seed_quantities):
    text = next(t for d, t in seed_texts.items() if d.startswith("002"))
    ours = pd.DataFrame(seed_quantities["002"], columns=list(QUANTITY_KEYS))
    table = compare_with_quantulum(text, ours)
    assert list(table.columns) == list(quantulum.COMPARISON_COLUMNS)
    by_surface = table.set_index("surface")["verdict"].to_dict()
    assert by_surface["$400 million"] == "agree"
    assert by_surface["15 km (10 mile)"] == "agree"
    assert set(table["verdict"]) <= {"agree", "differ", "only ours", "only quantulum"}
    for row in table.itertuples():
        assert text[row.start_char : row.end_char] == row.surface
    assert table["start_char"].is_monotonic_increasing


# --- data files -----------------------------------------------------------------------


def test_bad_units_row_names_file_and_row(tmp_path, monkeypatch):
    bad = tmp_path / "units.csv"
    bad.write_text("surface,unit,category,position\n$,USD,money,prefix\nkm,km,lengthy,suffix\n")
    monkeypatch.setattr(qty, "UNITS_FILE", bad)
    qty.load_units.cache_clear()
    try:
        with pytest.raises(
            ValueError, match=r"units\.csv, line 3, column 'category': unknown category 'lengthy'"
        ):
            qty.load_units()
    finally:
        qty.load_units.cache_clear()


# --- corpus tables for notebook 03 ----------------------------------------------------


@pytest.fixture(scope="session")
def seed_documents(seed_texts) -> pd.DataFrame:
    doc_ids = sorted(d[:3] for d in seed_texts)
    return pd.DataFrame({"doc_id": doc_ids, "outlet": ["A", "B", "C", "C", "E"]})


def test_category_counts(seed_table, seed_documents):
    documents = pd.concat(
        [seed_documents, pd.DataFrame({"doc_id": ["999"], "outlet": ["F"]})], ignore_index=True
    )
    table = figures.category_counts(seed_table, documents, by="outlet")
    assert list(table.columns) == [
        "outlet", "n_documents", *figures.CATEGORY_ORDER, "figures", "vague", "non_figures",
    ]  # fmt: skip
    rows = table.set_index("outlet")
    assert rows.loc["C", ["n_documents", "money", "distance"]].tolist() == [2, 3, 1]
    assert rows.loc["F"].drop("n_documents").sum() == 0
    assert rows.loc["E", "people"] == 6 and rows.loc["E", "vague"] == 1
    total = rows["figures"] + rows["non_figures"]
    assert total.sum() == len(seed_table)
    assert table["figures"].is_monotonic_decreasing
    shuffled = seed_table.sample(frac=1, random_state=5)
    assert table.equals(figures.category_counts(shuffled, documents, by="outlet"))
    with pytest.raises(KeyError, match="nope"):
        figures.category_counts(seed_table, documents, by="nope")
    per_document = figures.category_counts(seed_table, documents, by="doc_id")
    assert per_document.set_index("doc_id").loc["002", "money"] == 2
    assert per_document["doc_id"].tolist()[-1] == "999"


@pytest.mark.parametrize(
    ("categories", "expected"),
    [
        (("money",), [("002", "more than $18.2 billion"), ("002", "$400 million"), ("003", None)]),
        (("distance",), [("002", "15 km (10 mile)")]),
        (("age",), []),
    ],
)
def test_trace_figures(seed_table, seed_documents, categories, expected):
    table = figures.trace_figures(seed_table, seed_documents, categories=categories)
    assert list(table.columns) == list(figures.TRACE_COLUMNS)
    pairs = list(zip(table["doc_id"], table["surface"], strict=True))
    assert pairs == [p for p in expected if p[1] is not None]
    for row in table.itertuples():
        assert row.surface in row.sentence


def test_trace_figures_people_sorted_by_value(seed_table, seed_documents):
    table = figures.trace_figures(seed_table, seed_documents, categories=["people"])
    assert table["value"].tolist() == [1.3e7, 7.8e6, 6e6, 10368, 6655]
    assert set(table["claimant_text"]) == {"the UN"}
    assert set(table["claimant_id"]) == {"un"}


@pytest.mark.parametrize(
    ("raw", "removed", "text", "surfaces"),
    [
        ("Photo: AP\nHe said 52 died.", [(0, 10)], "He said 52 died.", ["52"]),
        ("Kyiv said.The 15 km zone", [], "Kyiv said. The 15 km zone", ["15 km"]),
        ("A 3 b\nShare 7\nC 9", [(6, 14)], "A 3 b\nC 9", ["3", "9"]),
        # line breaks of hard-wrapped text, read as spaces in place
        ("About 40 people\nwere hurt on 3 May\r\nin Kyiv", [],
         "About 40 people were hurt on 3 May  in Kyiv", ["40", "3"]),
    ],
)  # fmt: skip
def test_clean_offsets(raw, removed, text, surfaces):
    numbers = [m for m in re.finditer(r"\d+(?: km)?", raw)]
    quantities = pd.DataFrame(
        {
            "start_char": [m.start() for m in numbers],
            "end_char": [m.end() for m in numbers],
            "surface": [m.group() for m in numbers],
        }
    )
    removals = pd.DataFrame(removed, columns=["start_char", "end_char"])
    moved = quantulum.clean_offsets(quantities, raw, text, removals)
    assert moved["surface"].tolist() == surfaces
    for row in moved.itertuples():
        assert text[row.start_char : row.end_char] == row.surface


def test_clean_offsets_rejects_a_text_that_is_not_the_cleaned_raw_text():
    empty = pd.DataFrame(columns=["start_char", "end_char", "surface"])
    removals = pd.DataFrame(columns=["start_char", "end_char"])
    with pytest.raises(ValueError, match="raw offset 4"):
        quantulum.clean_offsets(empty, "abc def", "abc xdef", removals)
    with pytest.raises(ValueError, match="lacks at offset 3"):
        quantulum.clean_offsets(empty, "abc", "abc.", removals)


def _comparison_row(**fields) -> dict:
    row = dict.fromkeys(quantulum.COMPARISON_COLUMNS)
    row.update(fields)
    return row


@pytest.mark.parametrize(
    ("text", "row", "reason", "judged"),
    [
        (
            "It was November 4.",
            _comparison_row(start_char=7, end_char=17, surface="November 4", ours_value=4.0,
                            ours_category="date", quantulum_value=4.0, verdict="differ"),
            "date read as an amount",
            "quantulum3 wrong",
        ),
        (
            "at a G7 meeting",
            _comparison_row(start_char=3, end_char=7, surface="a G7", quantulum_value=1.0,
                            verdict="only quantulum"),
            "number in a name",
            "quantulum3 wrong",
        ),
        (
            "a key role",
            _comparison_row(start_char=0, end_char=5, surface="a key", quantulum_value=1000.0,
                            verdict="only quantulum"),
            "no number in the text",
            "quantulum3 wrong",
        ),
        (
            "it fired 12 shells",
            _comparison_row(start_char=9, end_char=11, surface="12", quantulum_value=12.0,
                            verdict="only quantulum"),
            "number only quantulum3 reads",
            "check by hand",
        ),
        (
            "fined 30,000 rubles ($270 at the time)",
            _comparison_row(start_char=21, end_char=25, surface="$270", ours_value=270.0,
                            ours_category="money", ours_unit="USD", quantulum_value=-270.0,
                            quantulum_surface="($270)", quantulum_unit="dollar",
                            verdict="differ"),
            "amount in parentheses read as negative",
            "quantulum3 wrong",
        ),
        (
            "in the next 24 to 48 hours",
            _comparison_row(start_char=12, end_char=14, surface="24", ours_value=24.0,
                            ours_category="duration", ours_unit="hour", quantulum_value=36.0,
                            quantulum_surface="24 to 48 hours", quantulum_unit="hour",
                            verdict="differ"),
            "range read as its midpoint",
            "quantulum3 wrong",
        ),
        (
            "a 400 pound payment",
            _comparison_row(start_char=2, end_char=5, surface="400", ours_value=400.0,
                            ours_category="count", quantulum_value=400.0,
                            quantulum_surface="400 pound", quantulum_unit="pound sterling",
                            verdict="differ"),
            "unit ours misses",
            "ours wrong",
        ),
        (
            "putting 8,500 U.S. troops on alert",
            _comparison_row(start_char=8, end_char=13, surface="8,500", ours_value=8500.0,
                            ours_category="people", ours_unit="people", quantulum_value=8500.0,
                            quantulum_surface="8,500 U", quantulum_unit="atomic mass unit",
                            verdict="differ"),
            "name or short word read as a unit",
            "quantulum3 wrong",
        ),
        (
            "more than half of Donetsk",
            _comparison_row(start_char=0, end_char=14, surface="more than half", ours_value=50.0,
                            ours_category="percentage", ours_unit="percent",
                            quantulum_value=0.5, quantulum_surface="half",
                            quantulum_unit="dimensionless", verdict="differ"),
            "same amount, as a fraction or in dozens",
            "by design",
        ),
        (
            "That changed in mid-2021.",
            _comparison_row(start_char=20, end_char=24, surface="2021", ours_value=2021.0,
                            ours_category="count", verdict="only ours"),
            "year counted as a figure",
            "ours wrong",
        ),
        (
            "the Nord Stream 2 gas pipeline",
            _comparison_row(start_char=16, end_char=17, surface="2", quantulum_value=2.0,
                            quantulum_surface="2", verdict="only quantulum"),
            "number after a name",
            "quantulum3 wrong",
        ),
        (
            "billions of dollars",
            _comparison_row(start_char=0, end_char=19, surface="billions of dollars",
                            ours_category="money", verdict="only ours"),
            "vague amount missed",
            "quantulum3 wrong",
        ),
        (
            "the first time",
            _comparison_row(start_char=4, end_char=9, surface="first", ours_value=1.0,
                            ours_category="ordinal", verdict="only ours"),
            "ordinal, kept as a non-figure",
            "by design",
        ),
        (
            "some 40 tanks",
            _comparison_row(start_char=5, end_char=7, surface="40", ours_value=40.0,
                            ours_category="count", quantulum_value=4.0, verdict="differ"),
            "value differs",
            "check by hand",
        ),
        (
            "$5 sent",
            _comparison_row(start_char=0, end_char=2, surface="$5", ours_value=5.0,
                            ours_category="money", ours_unit="USD", quantulum_value=5.0,
                            quantulum_unit="dimensionless", quantulum_surface="$5 sent",
                            verdict="differ"),
            "unit differs",
            "check by hand",
        ),
    ],
)  # fmt: skip
def test_explain_comparison(text, row, reason, judged):
    comparison = pd.DataFrame([row], columns=list(quantulum.COMPARISON_COLUMNS))
    explained = quantulum.explain_comparison(comparison, text)
    assert explained[["reason", "judged"]].iloc[0].tolist() == [reason, judged]
    assert f"[{row['surface']}]" in explained["context"].iloc[0]


def test_explain_comparison_second_reading_inside_our_figure():
    text = "a 15 km (10 mile) zone"
    ours = _comparison_row(start_char=2, end_char=17, surface="15 km (10 mile)",
                           ours_value=15.0, ours_category="distance", verdict="agree")  # fmt: skip
    theirs = _comparison_row(start_char=9, end_char=16, surface="10 mile", verdict="only quantulum")
    comparison = pd.DataFrame([ours, theirs], columns=list(quantulum.COMPARISON_COLUMNS))
    explained = quantulum.explain_comparison(comparison, text)
    assert explained["judged"].tolist() == ["agree", "quantulum3 wrong"]
    assert explained["reason"].iloc[1] == "second reading inside one of our figures"


@pytest.fixture(scope="session")
def seed_comparison(quantity_nlp, seed_texts) -> pd.DataFrame:
    """The seed comparison, built the way the notebook builds it (raw offsets, no removals)."""
    frames, texts = [], []
    for doc_id, text in sorted(seed_texts.items()):
        found = pd.DataFrame(extract_quantities(quantity_nlp(text)), columns=list(QUANTITY_KEYS))
        frames.append(found.assign(doc_id=doc_id[:3]))
        texts.append({"doc_id": doc_id[:3], "raw_text": text, "text": text})
    removals = pd.DataFrame(columns=["doc_id", "start_char", "end_char"])
    return quantulum.compare_corpus_with_quantulum(
        pd.concat(frames, ignore_index=True), pd.DataFrame(texts), removals
    )


def test_compare_corpus_with_quantulum(seed_comparison, seed_texts):
    assert list(seed_comparison.columns) == [
        "doc_id", *quantulum.COMPARISON_COLUMNS, "reason", "judged", "context",
    ]  # fmt: skip
    assert set(seed_comparison["judged"]) <= set(quantulum.JUDGEMENTS)
    texts = {d[:3]: t for d, t in seed_texts.items()}
    for row in seed_comparison.itertuples():
        assert texts[row.doc_id][row.start_char : row.end_char] == row.surface
    reasons = seed_comparison.set_index(["doc_id", "surface"])["reason"]
    assert reasons[("000", "a G7")] == "number in a name"
    assert reasons[("002", "10 mile")] == "second reading inside one of our figures"
    assert reasons[("002", "$400 million")] == "same value and unit"


def test_summarise_comparison(seed_comparison):
    table = quantulum.summarise_comparison(seed_comparison)
    assert table["doc_id"].tolist() == ["000", "001", "002", "003", "004"]
    verdicts = table[["agree", "differ", "only_ours", "only_quantulum"]].sum(axis=1)
    judged = table[["agree", "quantulum3_wrong", "ours_wrong", "by_design", "check_by_hand"]]
    judged = judged.sum(axis=1)
    assert (verdicts == judged).all()
    assert (table["n_ours"] == table["agree"] + table["differ"] + table["only_ours"]).all()
    row = table.set_index("doc_id").loc["002"]
    assert (row["agree"], row["only_quantulum"]) == (3, 1)
    assert quantulum.summarise_comparison(seed_comparison.iloc[0:0]).empty


def test_compare_with_quantulum_reads_per_cent_as_percent(quantity_nlp):
    text = "Inflation rose to 10 per cent in July."
    ours = pd.DataFrame(extract_quantities(quantity_nlp(text)), columns=list(QUANTITY_KEYS))
    table = compare_with_quantulum(text, ours)
    assert table[["surface", "quantulum_unit", "verdict"]].values.tolist() == [
        ["10 per cent", "per cent", "agree"]
    ]
