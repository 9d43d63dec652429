"""Parsing numbers in news of any subject: one table of cases per cause (issue 15)."""

from __future__ import annotations

import pytest

from corpus_utils.extract.quantities import BOUNDS, extract_quantities, load_bounds


@pytest.fixture(scope="module")
def found(nlp):
    """Quantities of a sentence, cached per sentence."""
    cache: dict[str, list[dict]] = {}

    def run(text: str) -> list[dict]:
        if text not in cache:
            cache[text] = extract_quantities(nlp(text))
            for q in cache[text]:
                assert text[q["start_char"] : q["end_char"]] == q["surface"]
        return cache[text]

    return run


def _one(found, text: str, surface: str) -> dict:
    matches = [q for q in found(text) if q["surface"] == surface]
    assert matches, f"{surface!r} not in {[q['surface'] for q in found(text)]}"
    return matches[0]


# (sentence, surface, value, unit, unit_text)
GLUED_AND_CURRENCY = [
    ("Samsung doubled storage to 256GB this year.", "256GB", 256.0, "GB", "GB"),
    ("The storm brought 50mph winds to the coast.", "50mph", 50.0, "mph", "mph"),
    ("The company earned $US55,931,000 last year.", "$US55,931,000", 55931000.0, "USD", "$US"),
    ("Lunch costs RM23.50 in the city.", "RM23.50", 23.5, "MYR", "RM"),
    ("The fund raised USD10m from investors.", "USD10m", 1e7, "USD", "USD"),
    (
        "They were fined 10.5 million Australian dollars.",
        "10.5 million Australian dollars",
        10.5e6,
        "AUD",
        "Australian dollars",
    ),
    ("Prices rose to HK$3.7 billion.", "HK$3.7 billion", 3.7e9, "HKD", "HK$"),
    ("Inflation was 2.5pc in May.", "2.5pc", 2.5, "percent", "pc"),
    ("Oil traded at $58.24 per barrel.", "$58.24 per barrel", 58.24, "USD/barrel", "$ per barrel"),
    (
        "The car reached 120 miles per hour.",
        "120 miles per hour",
        120.0,
        "mile/hour",
        "miles per hour",
    ),
    ("The engine makes 938 horsepower.", "938 horsepower", 938.0, "hp", "horsepower"),
    ("It was a shot from 30 yards.", "30 yards", 30.0, "yard", "yards"),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit", "unit_text"), GLUED_AND_CURRENCY)
def test_glued_units_and_currency_identity(found, text, surface, value, unit, unit_text):
    q = _one(found, text, surface)
    assert q["value"] == pytest.approx(value)
    assert (q["unit"], q["unit_text"]) == (unit, unit_text)


# (sentence, surface of one end, low, high)
RANGES = [
    ("There are four to five thousand people in the square.", "four", 4000.0, 5000.0),
    ("The hike costs between $5 and $6 a ticket.", "$5", 5.0, 6.0),
    ("He was traveling at a speed of 15-22 miles per hour.", "15", 15.0, 22.0),
    ("Dozens of people were injured.", "Dozens of people", 12.0, 120.0),
    ("Tens of thousands of students protested.", "Tens of thousands of students", 1e4, 1e5),
]


@pytest.mark.parametrize(("text", "surface", "low", "high"), RANGES)
def test_ranges_and_vague_amounts(found, text, surface, low, high):
    q = _one(found, text, surface)
    assert (q["value_low"], q["value_high"]) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    "text",
    [
        "Sales dropped 7% to $2.3 billion.",  # a change and the level reached
        "Shares rose 9.4 per cent to $84.",
        "He has 81% of the votes and 70% of the seats.",  # 'and' without 'between'
    ],
)
def test_not_ranges(found, text):
    for q in found(text):
        assert q["value_low"] == q["value_high"] == q["value"]


def test_wrong_scale_is_gone(found):
    assert _one(found, "Sales dropped 7% to $2.3 billion.", "7%")["value"] == 7.0


# (sentence, surface, value, direction)
SIGNS_AND_CHANGES = [
    ("The index closed -1.3% lower.", "-1.3%", -1.3, "down"),
    ("The surface can reach minus-130 degrees.", "minus-130 degrees", -130.0, ""),
    ("Shares were up 19 cents.", "19 cents", 19.0, "up"),
    ("Profits rose 7% last year.", "7%", 7.0, "up"),
    ("Sales dropped 7% to $2.3 billion.", "$2.3 billion", 2.3e9, ""),
    ("The Dow lost 190 points on Friday.", "190", 190.0, "down"),
    ("Exports increased by 2 percent.", "2 percent", 2.0, "up"),
]


@pytest.mark.parametrize(("text", "surface", "value", "direction"), SIGNS_AND_CHANGES)
def test_negatives_and_directions(found, text, surface, value, direction):
    q = _one(found, text, surface)
    assert q["value"] == pytest.approx(value)
    assert q["direction"] == direction


# (sentence, surface, bound)
BOUND_CASES = [
    ("At least 5,000 people marched.", "At least 5,000", "≥"),
    ("Up to 400 people will be hired.", "Up to 400", "≤"),
    ("More than 60 per cent of revenue comes from ads.", "More than 60 per cent", ">"),
    ("The trip takes about 8 seconds.", "about 8 seconds", "~"),
    ("Cooking takes ~25 minutes.", "~25 minutes", "~"),
    ("Fewer than 3.5 seconds.", "Fewer than 3.5 seconds", "<"),
    ("The team scored 17 goals.", "17", "="),
]


@pytest.mark.parametrize(("text", "surface", "bound"), BOUND_CASES)
def test_bounds(found, text, surface, bound):
    assert _one(found, text, surface)["bound"] == bound


def test_bounds_file_uses_known_bounds():
    assert set(load_bounds().values()) <= set(BOUNDS)
    assert load_bounds()["at least"] == "≥"


# (sentence, surface, counted_lemma)
COUNTED = [
    ("13,000 workers went on strike.", "13,000", "worker"),
    ("There are four different bosses to battle.", "four", "different boss"),
    ("Officials confirmed 124 cases on Monday.", "124", "case"),
    ("Sales reached 3.9 million headsets, up from 2.4 million.", "2.4 million", "headset"),
    ("The Dow closed at 27,349.19 points.", "27,349.19", "point"),
]


@pytest.mark.parametrize(("text", "surface", "lemma"), COUNTED)
def test_counted_noun_is_the_unit_of_counts(found, text, surface, lemma):
    assert _one(found, text, surface)["counted_lemma"] == lemma


@pytest.mark.parametrize(
    "text",
    [
        "The iPhone 11 sold well.",
        "The S&P 500 gained on Friday.",
        "He was one of the players who left.",
    ],
)
def test_numbers_in_names_and_pronoun_one_are_not_quantities(found, text):
    figures = [q for q in found(text) if q["category"] not in {"other", "ordinal"}]
    assert figures == []


def test_fractions(found):
    q = _one(found, "Stir in 1/16 of a pint of milk.", "1/16")
    assert q["value"] == pytest.approx(1 / 16)
    third = _one(found, "About a third of voters stayed home.", "About a third")
    assert (third["value"], third["unit"], third["bound"]) == (pytest.approx(33.33), "percent", "~")


def test_war_news_still_reads(found):
    text = "Russia has lost more than 300,000 troops and 10-15 km of ground near Bakhmut."
    troops = _one(found, text, "more than 300,000")
    assert (troops["value"], troops["category"], troops["bound"]) == (300000.0, "people", ">")
    low = _one(found, text, "10")
    assert (low["value_low"], low["value_high"], low["unit"]) == (10.0, 15.0, "km")
