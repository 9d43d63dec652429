"""Parsing numbers in news of any subject: one table of cases per cause (issue 15)."""

from __future__ import annotations

import re

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
    ("It has a turbocharged 1.0l engine.", "1.0l", 1.0, "litre", "l"),
    ("The screen measures 25.5″ across.", "25.5″", 25.5, "inch", "″"),
    ("The storm brought 50mph winds to the coast.", "50mph", 50.0, "mph", "mph"),
    ("The company earned $US55,931,000 last year.", "$US55,931,000", 55931000.0, "USD", "$US"),
    ("Lunch costs RM23.50 in the city.", "RM23.50", 23.5, "MYR", "RM"),
    # a one-letter sign glued to an amount written like money
    ("The unit lost Y3.5 billion last year.", "Y3.5 billion", 3.5e9, "JPY", "Y"),
    ("The stake sold for R500 million.", "R500 million", 5e8, "ZAR", "R"),
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
    # the units vocabulary beyond war news (data/units.csv)
    ("The V10 makes 640bhp.", "640bhp", 640.0, "bhp", "bhp"),
    ("It makes 300 PS at the wheels.", "300 PS", 300.0, "hp", "PS"),
    ("Torque is 332 lb-ft.", "332 lb-ft", 332.0, "lbft", "lb-ft"),
    ("Shares closed at 118.5p.", "118.5p", 118.5, "penny", "p"),
    ("The flat has 850 square feet of space.", "850 square feet", 850.0, "ft2", "square feet"),
    ("The chip runs at 3.2GHz.", "3.2GHz", 3.2, "GHz", "GHz"),
    ("The plant produced 7.4 terawatt hours.", "7.4 terawatt hours", 7.4, "TWh", "terawatt hours"),
    ("The deal is worth Rs 500.", "Rs 500", 500.0, "INR", "Rs"),
    ("A pint costs £7 a pint.", "£7 a pint", 7.0, "GBP/pint", "£ a pint"),
    # '£' as ASCII transliteration (unidecode) writes it
    ("The package was worth up to PS2.7m.", "up to PS2.7m", 2.7e6, "GBP", "PS"),
    ("They paid PS21,700 for flights.", "PS21,700", 21700.0, "GBP", "PS"),
    # a currency before a minus sign
    ("The balance fell to $-50.8bn in April.", "$-50.8bn", -50.8e9, "USD", "$"),
    ("Revenue grew more than sixfold last year.", "more than sixfold", 6.0, "times", "fold"),
    ("Sales rose 2.5-fold.", "2.5-fold", 2.5, "times", "fold"),
    # a currency named with its country's adjective
    ("The fine was 500 Russian roubles.", "500 Russian roubles", 500.0, "RUB", "Russian roubles"),
    ("Tickets cost 300 Indian rupees.", "300 Indian rupees", 300.0, "INR", "Indian rupees"),
    ("He paid 12 U.S. dollars for it.", "12 U.S. dollars", 12.0, "USD", "U.S. dollars"),
    ("A loaf costs 40 Mexican pesos.", "40 Mexican pesos", 40.0, "MXN", "Mexican pesos"),
    ("It sold for 99¢ a bottle.", "99¢", 99.0, "cent", "¢"),
]


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # the patterns match these in any case and spacing: so does the lookup of the unit
        ("The particles are 12 µm across.", "12 µm", "micrometre"),  # the micro sign
        ("The grant was US  $5 million.", "US  $5 million", "USD"),
        ("The grant was 5 million US   dollars.", "5 million US   dollars", "USD"),
    ],
)
def test_unit_forms_the_patterns_match_are_looked_up(found, text, surface, unit):
    assert _one(found, text, surface)["unit"] == unit


# (sentence, surface, value, unit)
MORE_UNITS = [
    ("Temperatures hit 40C in London.", "40C", 40.0, "celsius"),
    ("The phone has a 48MP camera.", "48MP", 48.0, "megapixel"),
    ("They built a 2,000-square-foot home.", "2,000-square-foot", 2000.0, "ft2"),
    ("Output rose to 1.2 million bpd.", "1.2 million bpd", 1.2e6, "barrel/day"),
    ("Workers want $15-an-hour wages.", "$15-an-hour", 15.0, "USD/hour"),
    ("Beef costs $3 per kilo.", "$3 per kilo", 3.0, "USD/kg"),
    ("It will cost Rs 5,000 crore.", "Rs 5,000 crore", 5e10, "INR"),
    ("It costs 2 lakh rupees.", "2 lakh rupees", 2e5, "INR"),
    ("The plane can fly 8,000 nautical miles.", "8,000 nautical miles", 8000.0, "nmi"),
    ("The baby weighs 12 pounds.", "12 pounds", 12.0, "lb"),
    ("The club lost 30 pounds on the deal.", "30 pounds", 30.0, "GBP"),
]


def test_a_change_restated_in_parentheses_goes_the_same_way(found):
    text = "The index fell 500 points (1.5%) to 33,000."
    assert [q["direction"] for q in found(text)] == ["down", "down", ""]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), MORE_UNITS)
def test_more_units(found, text, surface, value, unit):
    q = _one(found, text, surface)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text", ["Take vitamin C, 5 C is not a unit.", "One MP said 3 MPs left.", "Group 5 F won."]
)
def test_glued_only_symbols_need_their_digits(found, text):
    assert all(q["unit"] is None for q in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bristol City beat Charlton 2-1 thanks to a late goal.",
        "The game was tied at 2-2.",
        "They won a 3-0 victory.",
        "Some 3,000 fans watched the match, which Arsenal won 3-1.",
    ],
)
def test_match_scores_are_not_figures(found, text):
    score = re.search(r"\d-\d", text)
    inside = [q for q in found(text) if score.start() <= q["start_char"] < score.end()]
    assert inside and all(q["category"] == "other" for q in inside)


def test_ranges_are_not_scores(found):
    text = "Between 10-15 people died and 3-4 tanks were lost."
    assert {q["category"] for q in found(text)} == {"people", "count"}
    assert {q["category"] for q in found("Russia lost 10-15 soldiers there.")} == {"people"}


@pytest.mark.parametrize(
    "text", ["He bought a PS4 and a PS5.", "The Sony PS5 Pro sold out.", "She taught at PS 118."]
)
def test_console_names_are_not_pounds(found, text):
    assert all(q["unit"] != "GBP" for q in found(text))


@pytest.mark.parametrize(
    ("text", "surface"),
    [("They met at 3p.m. on Friday.", "3"), ("Group 5 p is next.", "5")],
)
def test_one_letter_units_only_glued(found, text, surface):
    assert all(q["unit"] != "penny" for q in found(text))


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
    # probe 65: a dash spaced after it only
    ("The shells were scattered 1.5- 2km away.", "1.5", 1.5, 2.0),
    # probe 66: 'a few' of a unit spans an order of magnitude, as the plural does
    ("There were armed people everywhere, a few dozen of them.", "a few dozen", 12.0, 120.0),
    (
        "Each rocket can cost a few hundred thousand dollars.",
        "a few hundred thousand dollars",
        1e5,
        1e6,
    ),
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
    ("Rates were cut by 25bps.", "25bps", 25.0, "down"),
    ("The firm cut 1,200 jobs.", "1,200", 1200.0, ""),
    ("Shares dived 11pc to 132p.", "11pc", 11.0, "down"),
    ("The economy shrank 0.3% last quarter.", "0.3%", 0.3, "down"),
    # a verb of change, its object, then 'by'
    ("The pill cut the risk of a stroke by 30 percent.", "30 percent", 30.0, "down"),
    ("The bank raised its growth forecast by 0.5 points.", "0.5", 0.5, "up"),
    ("Deaths were cut by 2024 to 40.", "40", 40.0, ""),
    ("The licence fee was hiked 54 per cent to £1,971.", "54 per cent", 54.0, "up"),
    # 'up' or 'down' ending a phrasal verb before a count of things is no change
    ("Troops will help open up three refugee centres.", "three", 3.0, ""),
    ("Sberbank makes up over a third of Russia's banking sector.", "over a third", 33.33, ""),
    ("The Dow was up 58.06 points.", "58.06", 58.06, "up"),
    # a share as the size of a change
    ("Prices were cut by half.", "half", 50.0, "down"),
    # probe 65: 'soar', a share of a percentage point, a change 'by a whopping' amount
    ("Energy bills will soar by £2,270 in the same period.", "£2,270", 2270.0, "up"),
    ("The bank raised its rate by half a percentage point.", "half a percentage point", 0.5, "up"),
    ("The price has gone up by a whopping £25.", "£25", 25.0, "up"),
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
    ("He has averaged 7.3 points a game.", "averaged 7.3", "~"),
    ("Hosmer entered the game averaging 15.9 degrees.", "averaging 15.9 degrees", "~"),
    # an average is a statistic given as it is (NewsQuant writes 'an average of' as =)
    ("Prices went up by an average of 1,500 euros.", "an average of 1,500 euros", "="),
    ("It was above 45 degrees Celsius.", "above 45 degrees Celsius", ">"),
    ("The deal is worth north of $2bn.", "north of $2bn", ">"),
    ("It costs in the region of £400.", "in the region of £400", "~"),
    # a verb of going past the figure
    ("Refugees now topping 2.8 million have left.", "topping 2.8 million", ">"),
    ("With a gallon eclipsing $4, drivers complained.", "eclipsing $4", ">"),
    ("It will be over within two weeks.", "within two weeks", "≤"),
    # probe 64
    ("Profits peaked just shy of $88 billion.", "just shy of $88 billion", "<"),
    # probe 65: a plus after the figure, a level risen past, a number neared
    ("Some briefly chanted before police found them. 523+ arrested.", "523+", "≥"),
    ("Oil is down from the $100-plus cost it hit in spring.", "$100-plus", "≥"),
    ("He brings 20-plus years of experience.", "20-plus years", "≥"),
    ("Energy bills will rise past £4,000 by next January.", "£4,000", ">"),
    ("Inflation climbed beyond 10% in May.", "10%", ">"),
    ("The number of missiles sent is nearing 30,000.", "nearing 30,000", "~"),
    # ... but not a level gone up to, nor a sum of two and two
    ("Feed has gone up to around £400 a tonne.", "around £400 a tonne", "~"),
    ("They agreed to pursue two-plus-two talks.", "two", "="),
    ("In the past 24 hours, 12 people died.", "24 hours", "="),
]


def test_figures_in_parentheses_share_the_bound(found):
    text = "The engine makes just under 296 hp (224 kW / 300 PS) and 450 Nm of torque."
    bounds = {q["surface"]: q["bound"] for q in found(text)}
    assert bounds == {"just under 296 hp": "<", "224 kW": "<", "300 PS": "<", "450 Nm": "="}


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
    # the modifiers are part of the name, a participle before the noun too (as the stored
    # probes' annotators name them: "captured fighter", "suspected collaborator"); verb
    # forms after it and 'and' are not
    ("Nine other workers quit the firm.", "Nine", "other worker"),
    ("Officials counted 500 damaged buildings.", "500", "damaged building"),
    ("The game sold 4.2m combined boxed and digital copies.", "4.2m", "boxed digital copy"),
    (
        "He shelled two Russian-backed separatist regions.",
        "two",
        "russian-backed separatist region",
    ),
    ("The two bemused-looking brothers left.", "two", "bemused-looking brother"),
    # a modifier before the number, a compound noun, a noun before the number
    ("Fans expect wins from the top four seeds this season.", "four", "top seed"),
    ("The 12 nation trade pact covers the region.", "12", "nation trade pact"),
    ("Forecasters said it may become a category two storm.", "two", "category storm"),
    ("She shot 40% from three-point range.", "three", "point"),
    # an adjective that judges the amount is not part of the name; superlatives lemmatised
    ("It took a whopping 40 shots.", "40", "shot"),
    ("A staggering 1,000 people attended.", "1,000", "people"),
    ("Only 3 of the 10 largest banks passed.", "10", "large bank"),
    # 'N of X' and a rate
    ("Two of the mayor's aides resigned on Monday.", "Two", "mayor aide"),
    ("The clinic can process 800 samples per day.", "800", "sample per day"),
    # an adverb on a modifier: kept when joined by a hyphen, else left out
    ("Shetland ponies are two well-known animal breeds.", "two", "well-known animal breed"),
    ("Treaties on four formerly Ukrainian regions were sent.", "four", "ukrainian region"),
    # a share in words counts the noun after it
    ("Half the condos have sold since spring.", "Half", "condo"),
    ("It needs at least two-thirds of senators present.", "at least two-thirds", "senator"),
    (
        "In a poll, almost half the city's population identified themselves as Russian.",
        "almost half",
        "city population",
    ),
    # 'more' judges the amount; 'N of my X' counts X
    ("The second stage will add two more modules.", "two", "module"),
    ("He knocked out two of my teeth.", "two", "tooth"),
    # ... and the number's own possessive noun is still what it counts
    ("No one will recognise the four regions' accession.", "four", "region"),
    # probe 65: a model's name before a noun with no plural form
    (
        "Three Mig-31 supersonic interceptor aircraft carrying Kinzhal missiles have been "
        "deployed.",
        "Three",
        "mig-31 supersonic interceptor aircraft",
    ),
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
        "The labs ran COVID -19 tests.",  # a name's number set off by a stray space
        "Shoppers returned Windows 10 laptops.",
        "Traders bought Nasdaq 100 futures.",
        "It joined the Fortune 500 companies.",
        "Workers may save more in a 401(k) account.",
        "The set shows 8K video.",
        # 'one' in adjectives of kind
        "Households get a one-off payment in May.",
        "It was a one-time fee.",
        "They resettle refugees on a one-to-one basis.",
        "He held one-on-one talks with Biden.",
        # a position, not a share
        "The top half of the women's field will play on Tuesday.",
    ],
)
def test_numbers_in_names_and_pronoun_one_are_not_quantities(found, text):
    figures = [q for q in found(text) if q["category"] not in {"other", "ordinal"}]
    assert figures == []


def test_a_spaced_minus_after_a_capitalised_word_with_a_unit_is_a_change(found):
    assert _one(found, "The FTSE -0.5% on the day.", "-0.5%")["value"] == -0.5


@pytest.mark.parametrize(
    "text", ["He lives at 221 Baker Street.", "Staff at 10 Downing St were told."]
)
def test_house_numbers_are_not_quantities(found, text):
    assert [q["category"] for q in found(text)] == ["other"]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The ship is 300m long.", "300m", 300.0, "m"),
        ("A 100m-high tower.", "100m", 100.0, "m"),
        ("It has a 5m budget.", "5m", 5e6, None),
        ("She won the 400m hurdles in Rome.", "400m", 400.0, "m"),
        ("He ran the 100m final twice.", "100m", 100.0, "m"),
        ("The firm won a $10m race for the contract.", "$10m", 1e7, "USD"),
    ],
)
def test_metres_or_millions(found, text, surface, value, unit):
    q = _one(found, text, surface)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


def test_between_starts_a_range_in_any_case(found):
    q = _one(found, "Between 300 and 400 people attended.", "300")
    assert (q["value_low"], q["value_high"]) == (300.0, 400.0)


@pytest.mark.parametrize(
    ("text", "surface", "category"),
    [
        ("Prices rose by an average of 1500.", "an average of 1500", "count"),
        ("More than 1800 people fled.", "More than 1800", "people"),
        ("Built around 1850, the house stands.", "around 1850", "year"),
        ("Over 2022 the army grew.", "Over 2022", "year"),
    ],
)
def test_amount_qualifiers_make_a_four_digit_number_an_amount(found, text, surface, category):
    assert _one(found, text, surface)["category"] == category


def test_fractions(found):
    q = _one(found, "Stir in 1/16 of a pint of milk.", "1/16")
    assert q["value"] == pytest.approx(1 / 16)
    # a slash before "of" a whole is a share, as "a third of" is (probe 43)
    about = _one(found, "About 1/3 of the crop was lost.", "About 1/3")
    assert (about["value"], about["unit"], about["bound"]) == (pytest.approx(33.33), "percent", "~")
    third = _one(found, "About a third of voters stayed home.", "About a third")
    assert (third["value"], third["unit"], third["bound"]) == (pytest.approx(33.33), "percent", "~")


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The recipe needs 1/2 pound of butter.", "1/2 pound", 0.5, "lb"),
        ("Cut a 3/4 inch slice.", "3/4 inch", 0.75, "inch"),
        ("The ponies ran on a 1/4-mile oval.", "1/4-mile", 0.25, "mile"),
    ],
)
def test_a_slash_fraction_before_a_unit(found, text, surface, value, unit):
    q = _one(found, text, surface)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


def test_a_pound_before_a_conversion_to_dollars_is_not_a_weight(found):
    text = "She signed off on a 400 pound ($490) payment."
    assert _one(found, text, "$490")["unit"] == "USD"
    assert _one(found, text, "400")["unit"] != "lb"


@pytest.mark.parametrize("text", ["The 24/7 news cycle goes on.", "The 9/11 attacks began it."])
def test_slashes_that_are_not_fractions(found, text):
    assert [q for q in found(text) if q["category"] not in {"other", "ordinal"}] == []


def test_war_news_still_reads(found):
    text = "Russia has lost more than 300,000 troops and 10-15 km of ground near Bakhmut."
    troops = _one(found, text, "more than 300,000")
    assert (troops["value"], troops["category"], troops["bound"]) == (300000.0, "people", ">")
    low = _one(found, text, "10")
    assert (low["value_low"], low["value_high"], low["unit"]) == (10.0, 15.0, "km")


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Wheat closed at $6.10 a bushel on Monday.", "$6.10 a bushel", "USD/bushel"),
        ("Crude settled at $71.40 a barrel on Friday.", "$71.40 a barrel", "USD/barrel"),
        ("Copper fetched $9,000 a tonne on the exchange.", "$9,000 a tonne", "USD/tonne"),
    ],
)
def test_a_rate_before_on_a_weekday(found, text, surface, unit):
    assert _one(found, text, surface)["unit"] == unit


def test_a_year_on_is_not_a_rate(found):
    q = _one(found, "He earned $5,000, and a year on he was broke.", "$5,000")
    assert q["unit"] == "USD"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [("He clocked 9.9sec in the heat.", "9.9sec", 9.9), ("A 2 hr wait.", "2 hr", 2.0)],
)
def test_short_time_units(found, text, surface, value):
    q = _one(found, text, surface)
    assert (q["value"], q["category"]) == (value, "duration")


@pytest.mark.parametrize(
    "text",
    [
        "The Bulls beat the Knicks 104-99 at home.",
        "The House voted 220-212 to pass the measure.",
        "The hosts won 3-1 thanks to a late goal.",
        "They went through by beating Norway 2-0 at home.",
        # probe 49: a tally before the word for what it gave
        "With a 53-47 majority in the Senate, the party controls the agenda.",
        # probe 50: the sets of a score before the word for what it gave
        "Medvedev stopped Djokovic's bid with a 6-4, 6-4, 6-4 victory in the final.",
        # probe 54: a tennis match's sets, whatever words stand around them
        "Also Tuesday, Naomi Osaka was eliminated by Shuai Zhang, 6-4, 7-5.",
    ],
)
def test_scores_and_vote_tallies_are_not_figures(found, text):
    assert [q for q in found(text) if q["category"] not in {"other", "ordinal"}] == []


def test_a_rising_pair_before_a_plural_noun_is_a_range_after_won(found):
    q = _one(found, "The party won 140-160 seats in the poll.", "140")
    assert (q["value_low"], q["value_high"]) == (140.0, 160.0)


def test_a_falling_pair_is_two_numbers_not_a_range(found):
    text = "The bill passed by a vote of 232 to 197."
    first, second = _one(found, text, "232"), _one(found, text, "197")
    assert (first["value_low"], first["value_high"]) == (232.0, 232.0)
    assert (second["value_low"], second["value_high"]) == (197.0, 197.0)


def test_a_fall_from_one_price_to_another_is_one_range(found):
    q = _one(found, "The coin slid from $1,900 to $1,850 on Monday.", "$1,900")
    assert (q["value_low"], q["value_high"], q["direction"]) == (1900.0, 1850.0, "down")


def test_a_count_after_a_place_is_kept(found):
    q = _one(found, "In Kharkiv 30 buildings were damaged.", "30")
    assert (q["value"], q["category"]) == (30.0, "count")


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("A bar holds 9g of fibre.", "9g", 9.0, "g"),
        ("The set has a 55in display.", "55in", 55.0, "inch"),
        ("The 5G rollout began.", "5G", 5.0, "G"),  # upper-case G stays its own unit
    ],
)
def test_glued_gram_and_inch(found, text, surface, value, unit):
    q = _one(found, text, surface)
    assert (q["value"], q["unit"]) == (value, unit)


@pytest.mark.parametrize("text", ["She ranked in the top 5 in Europe.", "He lost 12 g a day."])
def test_spaced_g_and_in_are_not_units(found, text):
    assert all(q["unit"] not in {"g", "inch"} for q in found(text))


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Lows will be from -4C to 2C tonight.", "-4C", -4.0, 2.0),
        ("Expect minus 8 to minus 3 degrees.", "minus 8", -8.0, -3.0),
        ("Futures swung between -0.8% and 1.1%.", "-0.8%", -0.8, 1.1),
    ],
)
def test_negative_ends_of_ranges(found, text, surface, low, high):
    q = _one(found, text, surface)
    assert (q["value"], q["value_low"], q["value_high"]) == (low, low, high)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Nearly a fifth of homes lack heating.", "Nearly a fifth", 20.0),
        ("A tenth of the crew fell ill.", "A tenth", 10.0),
    ],
)
def test_a_fifth_and_a_tenth_of(found, text, surface, value):
    q = _one(found, text, surface)
    assert (q["value"], q["unit"]) == (value, "percent")


def test_the_fifth_of_a_month_is_no_fraction(found):
    assert all(q["unit"] != "percent" for q in found("We met on the fifth of May."))


def test_a_glued_k_is_still_thousands(found):
    assert _one(found, "She earns $95K in salary.", "$95K")["value"] == 95000.0


def test_blood_pressure_in_mmhg(found):
    q = _one(found, "Her reading was 150mmHg at the clinic.", "150mmHg")
    assert (q["value"], q["unit"]) == (150.0, "mmHg")


@pytest.mark.parametrize(
    "text",
    [
        "The page was updated at 2024-03-05T09:41:12.503Z by the desk.",
        "Ministers will not bring Part 3 of the act into force.",
        "A category 5 storm is expected on the coast.",
        "NATO members discussed Article 5 at the summit.",
        "In the S P 500 energy names led the way.",
        "Futures on the sp 500 were flat in early trade.",
        "Shares in the FTSE 100 were unchanged.",
    ],
)
def test_labels_indices_and_timestamps_are_not_quantities(found, text):
    assert [q for q in found(text) if q["category"] not in {"date", "time", "year"}] == []


def test_a_phrasal_up_to_is_not_a_bound(found):
    text = "Prices climbed in the run up to 5G networks; they could face up to 40 years in jail."
    assert _one(found, text, "5G")["bound"] == "="
    assert _one(found, text, "up to 40 years")["bound"] == "≤"


def test_a_qualifier_before_minus(found):
    q = _one(found, "The surface is about minus 180 Celsius at night.", "about minus 180 Celsius")
    assert (q["value"], q["bound"], q["unit"]) == (-180.0, "~", "celsius")


@pytest.mark.parametrize(
    ("text", "surface", "lemma"),
    [
        ("The team may sign a striker or two before the deadline.", "two", "striker"),
        ("Four-, five- and six-door models are on sale.", "Four", "door"),
        ("Four-, five- and six-door models are on sale.", "five", "door"),
        ("The firm went from 1000 to 2000 drivers in a year.", "2000", "driver"),
    ],
)
def test_counted_nouns_of_elided_and_ranged_numbers(found, text, surface, lemma):
    assert _one(found, text, surface)["counted_lemma"] == lemma


def test_a_unit_word_before_or_two(found):
    q = _one(found, "The repair may take a week or two.", "two")
    assert (q["unit"], q["category"]) == ("week", "duration")


def test_an_amount_range_may_end_on_a_year_shaped_number(found):
    q = _one(found, "The firm went from 1000 to 2000 drivers in a year.", "1000")
    assert (q["value_low"], q["value_high"]) == (1000.0, 2000.0)
    years = found("The dynasty ruled from 1644 to 1912.")
    assert {q["category"] for q in years} == {"year"}


def test_yen_written_as_y_equals(found):
    q = _one(found, "It expects a profit of Y=250 million this year.", "Y=250 million")
    assert (q["value"], q["unit"]) == (2.5e8, "JPY")


def test_an_age_said_in_a_relative_clause(found):
    q = _one(found, "They moved with their son Pavel, who was 9, to Lviv.", "9")
    assert q["category"] == "age"


def test_a_range_whose_upper_end_carries_a_rate(found):
    q = _one(found, "Rights can fetch from $200,000 to $2 million a year.", "$200,000")
    assert (q["unit"], q["value_low"], q["value_high"]) == ("USD/year", 2e5, 2e6)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The Dax rose by 2 percent but the CAC fell by 1.", "1", "percent"),
        ("The best bid was 84.75 cents, while the worst was 74.07.", "74.07", "cent"),
        ("Training lasts as few as 10 days and as many as 25.", "as many as 25", "day"),
    ],
)
def test_a_bare_number_side_by_side_with_a_measure_takes_its_unit(found, text, surface, unit):
    assert _one(found, text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Three months into the war, its audience has grown to 23,000.", "23,000"),
        ("Those with more than $1m in assets rose to 738,000.", "738,000"),
    ],
)
def test_a_bare_number_not_set_beside_a_measure_keeps_no_unit(found, text, surface):
    assert _one(found, text, surface)["unit"] is None


def test_every_unit_surface_in_any_case_and_spacing_is_read_without_error(nlp):
    """No surface of ``units.csv``, in its own case, upper or lower case, its compatibility
    form or with a space doubled, before or after a number, stops the extraction."""
    import unicodedata

    from corpus_utils.extract.quantities import load_units

    texts = set()
    for surface in load_units()["surface"]:
        forms = {
            surface,
            surface.upper(),
            surface.lower(),
            surface.replace(" ", "  "),
            unicodedata.normalize("NFKD", surface),
        }
        for form in forms:
            texts.add(f"The figure reached 12 {form} on Monday.")
            texts.add(f"The figure reached {form}12 on Monday.")
    for doc in nlp.pipe(sorted(texts)):
        for q in extract_quantities(doc):
            assert doc.text[q["start_char"] : q["end_char"]] == q["surface"]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("It may not be safe half an hour later.", "half an hour", 0.5, "hour"),
        ("A third of an ounce was found in her bag.", "A third of an ounce", 1 / 3, "oz"),
        ("It arrived almost a month and a half later.", "almost a month and a half", 1.5, "month"),
        ("The shop is half a mile away.", "half a mile", 0.5, "mile"),
    ],
)
def test_a_share_of_one_unit_is_that_unit(found, text, surface, value, unit):
    q = _one(found, text, surface)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


def test_the_wounded_after_a_count_of_things_are_people(found):
    text = (
        "During his visit, two blasts rocked central Kyiv, with local authorities "
        "reporting at least three injured."
    )
    q = _one(found, text, "at least three")
    assert (q["category"], q["unit"], q["counted_lemma"]) == ("people", "people", "people")


def test_a_share_in_words_after_by_is_a_change(found):
    q = _one(found, "Ukraine's economy is set to shrink by almost half this year.", "almost half")
    assert (q["value"], q["unit"], q["bound"], q["direction"]) == (50.0, "percent", "~", "down")


def test_a_rate_after_a_parenthesis_of_conversions_is_every_figures_rate(found):
    text = "Germans can travel the country for just €9 (£7.50; $9.50) a month."
    rates = [(q["surface"], q["unit"], q["unit_text"]) for q in found(text)]
    assert rates == [
        ("€9", "EUR/month", "€ a month"),
        ("£7.50", "GBP/month", "£ a month"),
        ("$9.50", "USD/month", "$ a month"),
    ]


def test_a_conversion_in_parentheses_keeps_the_rate_of_its_figure(found):
    q = _one(found, "Brent traded at $52 a barrel (£40) on Monday.", "$52 a barrel (£40)")
    assert (q["unit"], q["alt_unit"]) == ("USD/barrel", "GBP/barrel")
    q = _one(found, "Tickets cost €9 (£7.50) a month.", "€9 (£7.50)")
    assert (q["unit"], q["alt_unit"]) == ("EUR/month", "GBP/month")


def test_a_parenthesis_of_another_kind_of_figure_takes_no_rate(found):
    text = "They paid €9 (for 12 people) a month."
    assert [(q["surface"], q["unit"]) for q in found(text)] == [("€9", "EUR"), ("12", "people")]


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "For every one degree Celsius a baby loses, the risk rises.",
            "one degree Celsius",
            "celsius",
        ),
        ("It was 25 degrees C outside.", "25 degrees C", "celsius"),
        ("Flows were at 4,803,874 kWh/h on Monday.", "4,803,874 kWh/h", "kWh/hour"),
    ],
)
def test_singular_degrees_and_an_hourly_rate_after_a_slash(found, text, surface, unit):
    assert _one(found, text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "lemma"),
    [
        ("The battalion had destroyed nine of 11 Shaheds.", "nine", "shahed"),
        ("Three out of 10 voters backed him.", "Three", "voter"),
        ("Two of the 12 injured soldiers died.", "Two", "injured soldier"),
    ],
)
def test_a_count_of_a_total_counts_what_the_total_counts(found, text, surface, lemma):
    assert _one(found, text, surface)["counted_lemma"] == lemma


@pytest.mark.parametrize(
    ("text", "surface", "lemma"),
    [
        ("The army retook dozens of towns and villages.", "dozens of towns", "town village"),
        (
            "The UK has sanctioned over 1,600 individuals and entities.",
            "over 1,600",
            "individual entity",
        ),
        ("One such account had drawn nearly 30 million views.", "One", "account"),
        # guards: a noun with its own determiner, a singular mass noun
        ("Two soldiers and a civilian died.", "Two", "soldier"),
        ("Russia lost 40 tanks and artillery.", "40", "tank"),
        ("The warship sank with nearly 100 sailors and dozens of marines.", "nearly 100", "sailor"),
        (
            "It stationed hundreds of troops and stores of weapons there.",
            "hundreds of troops",
            "troop",
        ),
    ],
)
def test_coordinated_plurals_and_such_in_a_counted_name(found, text, surface, lemma):
    assert _one(found, text, surface)["counted_lemma"] == lemma


@pytest.mark.parametrize(
    "text", ["In 1932-33, about 4 million people died.", "It happened in 1932-33."]
)
def test_a_year_range_before_a_comma_or_full_stop_is_years(found, text):
    assert [q["value"] for q in found(text) if q["category"] != "year"] in ([4000000.0], [])
    assert 33.0 not in [q["value"] for q in found(text)]


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "South Korea signed a 3 trillion won ($2.25 billion) contract.",
            "3 trillion won ($2.25 billion)",
            "KRW",
        ),
        ("It paid 50,000 won ($40) for the ticket.", "50,000 won ($40)", "KRW"),
    ],
)
def test_won_after_a_scale_word_or_before_a_conversion_is_korean_money(found, text, surface, unit):
    assert _one(found, text, surface)["unit"] == unit


def test_won_after_a_bare_number_is_no_currency(found):
    assert [q["unit"] for q in found("The team, which had 3 won, lost the final.")] == [None]


def test_no_more_than_is_at_most(found):
    q = _one(found, "It limits each side to no more than 1,550 warheads.", "no more than 1,550")
    assert (q["bound"], q["value"]) == ("≤", 1550.0)


def test_a_rate_per_gal_after_a_slash(found):
    q = _one(found, "The average fell to $4.06/gal on Monday.", "$4.06/gal")
    assert q["unit"] == "USD/gallon"


def test_numbers_in_words_listed_before_a_measure_share_its_unit(found):
    text = "They shell for several hours, for three, four, five hours in a row."
    assert [(q["surface"], q["unit"]) for q in found(text)] == [
        ("three", "hour"),
        ("four", "hour"),
        ("five hours", "hour"),
    ]


def test_a_year_and_a_distance_are_no_list(found):
    text = "By 2022, 40 km of trenches had been dug."
    assert [(q["surface"], q["unit"]) for q in found(text)] == [("2022", None), ("40 km", "km")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Children as young as four have been hurt.", "four"),
        ("He was appointed two years ago, aged just 34.", "34"),
        ("She came with her four children, aged three, five, 10 and 15.", "five"),
        ("She came with her four children, aged three, five, 10 and 15.", "15"),
        # probe 66
        ("Putin signed a law that removed the upper age limit of 40 for recruits.", "40"),
    ],
)
def test_ages_said_with_as_young_as_and_aged_just(found, text, surface):
    q = _one(found, text, surface)
    assert (q["category"], q["unit"]) == ("age", "year")


# --------------------------------------------------------------------------- the fifth probe


def test_two_numbers_in_words_joined_by_and_are_a_range(found):
    text = "Unregistered firearms amounted to between three million and five million."
    ends = [(q["surface"], q["value_low"], q["value_high"]) for q in found(text)]
    assert ends == [("three million", 3e6, 5e6), ("five million", 3e6, 5e6)]
    # one number with "and" inside it stays one
    assert [q["value"] for q in found("About two hundred and fifty thousand people fled.")] == [
        250000.0
    ]


@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [
        ("Attacks skyrocketed, growing by 126% from a year earlier.", "126%", "up"),
        ("Global growth is projected to slow by 2.7 percentage points.", "2.7 percentage points",
         "down"),
        ("Russia's economy would contract by at least 4.5% in 2022.", "at least 4.5%", "down"),
        # 'up' as a particle of the verb before it is no change
        ("The company aims to pick up 1 million tons of grain.", "1 million tons", ""),
        ("They plan to ramp up by 5% next year.", "5%", "up"),
    ],
)  # fmt: skip
def test_directions_of_the_fifth_probe(found, text, surface, direction):
    assert _one(found, text, surface)["direction"] == direction


@pytest.mark.parametrize(
    ("text", "surface", "direction", "bound"),
    [
        # a verb of change, a long object, then 'by'
        ("Gazprom reduced gas deliveries through the Nord Stream 1 pipeline to Germany by 60% "
         "in June.", "60%", "down", "="),
        ("Sanctions could cut the amount of oil it buys from Russia by 90%.", "90%", "down", "="),
        ("They would boost defence spending by three billion kronas.", "three billion",
         "up", "="),
        ("The E.U. set a goal of cutting the imports by two-thirds.", "two-thirds", "down", "="),
        # 'more' after a figure is a comparison, no change (the benchmark's "finished 34.4%
        # higher" is '='; probes 13 and 14 read "$400 million more in military aid" so)
        ("The U.S. will send $400 million more in military aid.", "$400 million", "", "="),
        ("Five more soldiers were killed.", "Five", "", "="),
        # 'knock down' is a verb and its particle
        ("We cannot knock down 100% of the Russian missiles.", "100%", "", "="),
        # a distance covered is no change
        ("Ukrainian troops have advanced 70 kilometers in a week.", "70 kilometers", "", "="),
        ("Shares advanced 2% on Friday.", "2%", "up", "="),
        # a verb that moves up to a level gives no bound
        ("Flights shot up to 70,000 roubles from 22,000 roubles.", "70,000 roubles", "", "="),
        ("Fines of up to $6,500 are planned.", "up to $6,500", "", "≤"),
        # verbs of surpassing are a lower bound
        ("Costs were estimated to surpass £8.6billion.", "surpass £8.6billion", "", ">"),
        ("Losses exceeded $2 billion.", "exceeded $2 billion", "", ">"),
    ],
)  # fmt: skip
def test_directions_and_bounds_of_the_twelfth_probe(found, text, surface, direction, bound):
    q = _one(found, text, surface)
    assert (q["direction"], q["bound"]) == (direction, bound)


@pytest.mark.parametrize(
    ("text", "surface", "direction", "bound"),
    [
        ("Finland plans to slash the number of visas issued to Russians by 90 percent.",
         "90 percent", "down", "="),
        ("Butter and milk powder prices rose by 80 percent and 55 percent respectively.",
         "55 percent", "up", "="),
        ("Some systems are going up to $10,000.", "up to $10,000", "", "≤"),
        ("Trump held up $390 million in military aid.", "$390 million", "", "="),
        ("The economy is growing just 3.2% this year.", "3.2%", "up", "="),
        ("We are ready to increase this volume to 50 million tons or more.", "50 million tons",
         "", "≥"),
    ],
)  # fmt: skip
def test_directions_and_bounds_of_the_thirteenth_probe(found, text, surface, direction, bound):
    q = _one(found, text, surface)
    assert (q["direction"], q["bound"]) == (direction, bound)


def test_a_change_from_one_level_to_another_after_its_object_has_a_direction(found):
    text = "The bank decided to reduce the policy rate from 14% to 13%."
    assert _one(found, text, "14%")["direction"] == "down"  # the range's first end


def test_a_year_before_levels_is_a_year(found):
    text = "The goal was 26% to 28% below 2005 levels."
    assert [q["category"] for q in found(text) if q["surface"].endswith("2005")] == ["year"]


def test_sets_of_a_tennis_score_are_no_figures(found):
    text = "Coric upset ninth-ranked Felix Auger-Aliassime, 6-4, 6-4 to reach the semifinal."
    assert {q["category"] for q in found(text) if q["surface"] in {"6", "4"}} == {"other"}


def test_one_way_or_another_is_no_count(found):
    assert found("One way or another, Russia will have to keep fighting.") == []
    assert found("They left the shelter one by one.") == []


def test_a_count_of_one_gives_its_noun_only_to_a_count_close_after_it(found):
    text = (
        "One presidential adviser, Oleksiy Arestovych, told the Guardian this week it was 150 "
        "killed and 800 wounded daily."
    )
    assert _one(found, text, "150")["counted_lemma"] is None
    text = "The explosions killed one person and wounded 14."
    assert _one(found, text, "14")["counted_lemma"] == "person"


def test_an_age_given_by_its_decade_is_a_range_of_ten_years(found):
    age = _one(found, "Vitalii, a Kyiv man in his 20s, witnessed one attack.", "20s")
    assert (age["category"], age["unit"], age["value_low"], age["value_high"]) == (
        "age",
        "year",
        20.0,
        29.0,
    )
    assert _one(found, "A woman in her early 30s was hurt.", "30s")["value_low"] == 30.0
    assert found("Inflation was last this high in the 1970s.")[0]["category"] == "year"


def test_a_score_while_ahead_or_behind_is_no_figure(found):
    text = "While Argentina was ahead by 2-0, two goals by Mbappe turned the game around."
    assert {q["category"] for q in found(text) if q["surface"] in {"2", "0"}} == {"other"}


def test_a_glued_m_after_a_distance_of_is_metres(found):
    text = "He killed two fighters at a distance of 2,475m in Helmand Province."
    assert (_one(found, text, "2,475m")["value"], _one(found, text, "2,475m")["unit"]) == (
        2475.0,
        "m",
    )
    assert _one(found, "It raised £2,475m last year.", "£2,475m")["value"] == 2.475e9


def test_one_worth_an_amount_is_no_count(found):
    text = "Congress approved two packages, one worth $40 billion and one worth $13.6 billion."
    assert [q["surface"] for q in found(text) if q["value"] == 1.0] == []


def test_a_conversion_of_a_weight_into_pounds_is_a_weight(found):
    bear = _one(found, "The bear weighed 90 kilograms (198 pounds).", "90 kilograms (198 pounds)")
    assert (bear["alt_value"], bear["alt_unit"]) == (198.0, "lb")
    price = _one(found, "It cost 90 euros (80 pounds).", "90 euros (80 pounds)")
    assert price["alt_unit"] == "GBP"


def test_bases_and_motives_are_counted_as_written(found):
    text = "The training is taking place at four bases, for one of his motives."
    assert _one(found, text, "four")["counted_lemma"] == "base"


def test_periods_counted_as_quarters_are_no_fraction(found):
    text = "GDP rose for the last three quarters of 2021."
    assert _one(found, text, "three")["category"] == "count"
    assert _one(found, "Three quarters of the population fled.", "Three quarters")["value"] == 75.0


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("They captured 3,000 sq. miles of territory.", "3,000 sq. miles", "mile2"),
        ("The field produced 1 million barrels of oil.", "1 million barrels of oil",
         "barrel of oil"),
        ("They cut output by 2 million barrels of oil per day.", "2 million barrels of oil per day",
         "barrel of oil/day"),
    ],
)  # fmt: skip
def test_units_written_with_abbreviations_and_of_oil(found, text, surface, unit):
    assert _one(found, text, surface)["unit"] == unit


@pytest.mark.parametrize(
    "text",
    [
        "The corridors would open from 08:00 to 18:00 on 5, 6, and 7 May.",
        "The corridors would open on May 5, 6 and 7 near the plant.",
        "Engineers are working to restart reactors No. 5 and 6 of the plant.",
        "He wrote: '1) There is a big risk of an attack '2) A risk of a coup.'",
        "The demands ended: 8) Replace fossil gas with grass.",
    ],
)
def test_lists_of_days_labels_and_points_are_not_quantities(found, text):
    assert [q for q in found(text) if q["category"] not in {"date", "time", "year", "other"}] == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("On May 5, 12 people died in the strike.", "12", 12.0),
        ("Reactor No. 4 and 300 workers were hit.", "300", 300.0),
        ("Sales rose (up 2) in May.", "2", 2.0),
    ],
)
def test_numbers_beside_lists_still_count(found, text, surface, value):
    assert _one(found, text, surface)["value"] == value


def test_more_times_is_a_count_of_times(found):
    q = _one(found, "She was fined two more times in recent weeks.", "two more times")
    assert (q["value"], q["unit"]) == (2.0, "times")


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "Denmark said it would give Ukraine an extra 820 million kroner.",
            "820 million kroner",
            "DKK",
        ),
        ("Statistics Norway said exports reached 128 billion kroner.", "128 billion kroner", "NOK"),
        ("Each camera cost 250,000 Swedish kronor.", "250,000 Swedish kronor", "SEK"),
        ("The fund paid 5 million Danish kroner.", "5 million Danish kroner", "DKK"),
    ],
)
def test_kroner_of_the_country_named(found, text, surface, unit):
    assert _one(found, text, surface)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # 'one day' to come is no day counted
        ("Its backing of the Ukrainian government may one day reap a whirlwind.", []),
        ("The Imam will reappear one day to end injustice.", []),
        ("Ukraine could one day join NATO.", []),
        # a day counted stays
        ("He left one day after the attack.", ["one day"]),
        ("The talks will last one day.", ["one day"]),
        ("Russian forces destroyed 48 tanks in one day.", ["48", "one day"]),
        # 'one' in phrases of degree and contrast
        ("They put up one hell of a fight.", []),
        ("It would on the one hand support Europe.", []),
        ("He lifted it with one hand.", ["one"]),
        # probe 51: 'in one sense' is a manner of speaking
        ('Hosting a family was "in one sense... an instinctive decision", he said.', []),
        # probe 53: 'to one day join', 'to' taken for a preposition; a plant's sector 12
        ("Ukraine should be granted candidate status to one day join the bloc.", []),
        ("There was an explosion in the large plant sector 12.", []),
        ("The EU said it would block 19 oligarchs.", ["19"]),  # a verb, no label
    ],
)
def test_one_that_counts_nothing(found, text, surfaces):
    assert [q["surface"] for q in found(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Civil disorder continued for two entire days.", "two entire days", "day"),
        ("Shelling went on for three consecutive weeks.", "three consecutive weeks", "week"),
        ("They fought for three long years.", "three long years", "year"),
    ],
)
def test_an_adjective_between_a_number_and_a_unit_of_time(found, text, surface, unit):
    q = _one(found, text, surface)
    assert (q["unit"], q["category"]) == (unit, "duration")


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        # the parser hung the number on the noun before it
        ("Rafael Nadal is No. 2 after winning the Australian Open and French Open this year "
         "to give him a men's-record 22 Grand Slam singles titles.", "22",
         "Grand Slam singles titles"),
        # the first number of 'one or two' holds the noun
        ("It now appears one or two Russian-made S-300 air-defence missiles landed in Poland.",
         "two", "Russian-made S-300 air-defence missiles"),
        # an adjective for people after 'the'
        ("Investigators said later two of the dead were journalists.", "two", "dead"),
    ],
)  # fmt: skip
def test_the_noun_counted(found, text, surface, counted):
    assert _one(found, text, surface)["counted"] == counted


def test_a_number_word_set_off_after_a_person_is_an_age(found):
    assert _one(found, "Her son, eight, was injured.", "eight")["category"] == "age"
    assert _one(found, "Russia, two, and Ukraine, three, voted.", "two")["category"] != "age"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Shakhtar Donetsk and Metalist 1925 were drawing 0-0 inside the stadium.", "0"),
        ("The former address – 8 Bolshoy Deviatinsky Pereulok – can still be found.", "8"),
    ],
)
def test_a_score_after_drawing_and_a_russian_house_number_are_no_figures(found, text, surface):
    assert all(q["category"] == "other" for q in found(text) if q["surface"] == surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The festival runs from 4 to 9 July.", "4"),
        ("Talks were held in Belgrade on 6-7 June.", "6"),
    ],
)
def test_the_first_day_of_a_span_before_a_month_is_a_date(found, text, surface):
    assert _one(found, text, surface)["category"] == "date"


@pytest.mark.parametrize(
    "text",
    [
        "Divers inspected the Nord Stream 1 and 2 pipelines.",
        "The Apollo 11 and 13 missions flew.",
    ],
)
def test_a_number_joined_to_a_names_number_names_too(found, text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "direction", "bound"),
    [
        # 'up' or 'down' then 'by' is a change, though 'shot up' is a particle verb
        ("The price of mustard has shot up by 10% in France.", "10%", "up", "="),
        ("Cases ramped up by 5% in a week.", "5%", "up", "="),
        ("They picked up 1 million tons of grain.", "1 million tons", "", "="),
        # 'expand' with its object then 'by'
        ("I have decided to expand the evacuation zone by 15 kilometres.", "15 kilometres",
         "up", "="),
        # 'top' as a verb is a lower bound; 'the top 10' is a rank
        ("The expenses will top $100 million by the end of the year.",
         "will top $100 million", "", ">"),
        ("Temperatures topped 113 degrees.", "topped 113 degrees", "", ">"),
        ("He moved into the top 10 of the rankings.", "10", "", "="),
    ],
)  # fmt: skip
def test_directions_and_bounds_of_the_sixteenth_probe(found, text, surface, direction, bound):
    q = _one(found, text, surface)
    assert (q["direction"], q["bound"]) == (direction, bound)


@pytest.mark.parametrize(
    ("text", "surface", "bound"),
    [
        # a negated lower bound is an upper one
        ("The total number of strategic nuclear delivery vehicles must not exceed 800.",
         "exceed 800", "≤"),
        ("The deficit can't exceed 3% this year.", "exceed 3%", "≤"),
        ("Losses exceeded 800 tanks.", "exceeded 800", ">"),
    ],
)  # fmt: skip
def test_a_negated_bound_of_the_seventeenth_probe(found, text, surface, bound):
    assert _one(found, text, surface)["bound"] == bound


@pytest.mark.parametrize(
    ("text", "surface", "lemma"),
    [
        # probe 17
        # 'every day' is a rate, as 'a day' is
        ("Ukraine loses about 50 service members every day.", "about 50",
         "service member per day"),
        # whose share it is says nothing of what is counted
        ("Some 144 of their respective inmates were transferred from each side.", "Some 144",
         "inmate"),
        # past 'more' to the noun, where the parser hung the number on the name before it
        ("Washington would send Kiev four more HIMARS systems.", "four", "himars system"),
        # the number of X moved to N counts X
        ("The number of European partners has now fallen to 14.", "14", "european partner"),
        # 'a total of' counts what was counted before
        ("Russia lost 5 tanks on Monday and a total of 14 this week.", "14", "tank"),
        # probe 19
        # five words between the number and its noun, the hyphens not counted
        ("The war cost Kiev 12 warplanes, six long-range air defense missile systems and 97 "
         "rocket artillery launchers.", "six", "long-range air defense missile system"),
        # names set off by a dash are no counted noun
        ("The three — Aiden Aslin, Shaun Pinner and Saaudun Brahim — had been captured.",
         "three", None),
        # ... but a dash that closes a phrase the number stands in does not
        ("The UK will supply a handful of – perhaps three – multiple rocket launchers.",
         "perhaps three", "multiple rocket launcher"),
        # probe 20
        # 'own' says whose, not what
        ("Kyiv knew dozens of its own POWs were being held there.", "dozens of its own POWs",
         "pow"),
        # a plural joined by 'and' with adjectives of its own is counted with them
        ("Dozens of Russian tanks and armoured cars were seen arriving in Crimea.",
         "Dozens of Russian tanks", "russian tank armoured car"),
        # probe 22
        # the number of X raised (or cut) to N counts X, as when it falls to N
        ("We will increase the number of our high readiness forces to well over 300,000.",
         "well over 300,000", "high readiness force"),
        ("The ministry cut the number of troops by 2,000.", "2,000", "troop"),
        # a run of spaces breaks scraped text as a full stop would
        ("Thank you @JenGriffinFNC  Two journalists working with Fox News were killed.",
         "Two", "journalist"),
        # probe 23
        # bare counts listed before a count with a noun count that noun too
        ("He trained groups of 10, 20, 30, 50 guys at a time.", "20", "guy"),
        ("Five or six tanks were seen.", "Five", "tank"),
        # probe 25
        # a model's name between a count and its noun is part of the name
        ("Poland may send four F-16 jets.", "four", "f-16 jet"),
        ("Russia has ordered 2,400 Shahed-136 drones from Iran.", "2,400", "shahed-136 drone"),
        # a plural the lemmatiser leaves alone
        ("There were some ten rocket salvos.", "some ten", "rocket salvo"),
        # the low end of a range counts what its high end counts, not a noun before
        ("Elvis described one incident where he saw between 20 and 30 Ukrainian fighters "
         "burning.", "20", "ukrainian fighter"),
        # probe 26
        # the noun after two modifiers joined by 'and' or 'or', which the parser broke apart
        ("It was based on the testimony of the 17 present and former administration officials "
         "who appeared.", "17", "present former administration official"),
        ("There are more than 150,000 damaged or destroyed structures in Ukraine.",
         "more than 150,000", "structure"),
        # ... not a clause of its own after a plural or before a word of amount
        ("With thousands dead and cities demolished, one organization is keeping track.",
         "thousands", None),
        ("With 1,000 dead and many cities demolished, one organization is keeping track.",
         "1,000", None),
    ],
)  # fmt: skip
def test_counted_nouns_of_the_probes(found, text, surface, lemma):
    assert _one(found, text, surface).get("counted_lemma") == lemma


def test_a_family_of_four_counts_its_members(found):
    """'a family of four' borrows no noun from a count before it (the caravan's bedrooms)."""
    text = "She offered the two-bedroom caravan to a family of four who are squatting in a room."
    assert _one(found, text, "four").get("counted_lemma") is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # years of age, and years after "the age of", are an age
        (
            "Authorities banned anyone under 18 years of age from attending.",
            "under 18 years of age",
        ),
        ("An estimated 5 million children under the age of 5 years died.", "5 years"),
    ],
)
def test_an_age_in_years_of_the_eighteenth_probe(found, text, surface):
    q = _one(found, text, surface)
    assert (q["category"], q["unit"]) == ("age", "year")


def test_years_without_age_stay_a_duration(found):
    q = _one(found, "She waited 18 years for this.", "18 years")
    assert q["category"] == "duration"


def test_a_number_word_opening_a_sentence_run_on_counts(found):
    """'distressing Nine days into the war': a sentence run on after a lead without its
    full stop; a capital number word inside a name stays no quantity."""
    text = (
        "The following account contains graphic detail which some may find distressing Nine "
        "days into the war, they fled."
    )
    q = _one(found, text, "Nine days")
    assert (q["value"], q["unit"]) == (9.0, "day")
    assert not found("Leaders of the Group of Seven nations met in Germany.")


@pytest.mark.parametrize(
    "text",
    [
        # probe 20
        # a number that labels one of a series, a range of them too
        "Russian language was taught for grades 5-9 in the occupied schools.",
        "This is day 244 of Putin's war, yet there is still no contract signed.",
        # a name, not a count of one
        "Putin reiterated Russia's support of the 'one China' policy on Taiwan.",
        # probe 23
        # 'one' standing for someone or something
        "Why would you shorten a word that no one shortens like that?",
        "Graham’s view is not a consensus one.",
        "They want a Russian one that works.",
    ],
)
def test_labels_names_and_pronouns_of_the_probes_count_nothing(found, text):
    assert not found(text)


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("The family, ranging in age from 10 to 90, arrived last month.", "90", 10.0, 90.0),
        ("All males, aged between 18 and 60, have been told to stay.", "60", 18.0, 60.0),
        ("Since February, men aged from 18 to 60 have been banned from leaving.", "60", 18.0,
         60.0),
    ],
)  # fmt: skip
def test_a_range_of_ages(found, text, surface, low, high):
    q = _one(found, text, surface)
    assert (q["category"], q["value_low"], q["value_high"]) == ("age", low, high)


def test_a_list_of_plural_nouns_is_counted_whole(found):
    """'440 men, women and children' counts all three, as NewsQuant names them."""
    text = "Investigators found over 440 men, women and children at the grave."
    assert _one(found, text, "over 440")["counted_lemma"] == "man woman child"


def test_a_number_alone_in_quotation_marks_is_a_title(found):
    """'the “90210” reboot' names a show; '“144 for 144”' holds two counts."""
    assert not found("The former star of last decade’s “90210” reboot is explaining why.")
    assert len(found("The “144 for 144” prisoner exchange was first announced.")) == 2


def test_two_numbers_in_words_side_by_side_are_two(found):
    """'three five-year-olds': three children, each five years old; the two number words
    are no one number, and the first is not lost."""
    text = "There are three five-year-olds in one house."
    assert _one(found, text, "three")["value"] == 3.0
    assert _one(found, "The ministry offered eight three-hour slots.", "eight")["value"] == 8.0
    text = "Katya and her two children, aged six and nine, fled their home."
    assert [q["value"] for q in found(text)] == [2.0, 6.0, 9.0]
    # but a word said twice is a slip, and 'one quarter', 'fifty-fifty' are one expression
    assert [q["value"] for q in found("Without cooling for one one hour and a half.")] == [1.5]
    assert not found("It will add customers from one quarter to the next.")
    assert not found("“Fifty-fifty, because it is old,” she said.")


def test_one_joined_to_its_noun_still_counts(found):
    text = "While the average one-bed, at £929pcm, is now worth what a two-bed cost."
    assert _one(found, text, "one")["value"] == 1.0


def test_a_section_of_a_law_is_no_quantity(found):
    assert not found("He is charged with violating the Sanction Act §4 for flying a drone.")


@pytest.mark.parametrize(
    "text",
    [
        # probe 24
        # two digits after an apostrophe that opens a word are a year cut short
        "I’ll never forget our engagement there in ‘14, & taking our children there, Shavuos ‘18…",
        "He graduated in the class of '92 and came back in '05.",
    ],
)
def test_a_year_cut_to_two_digits(found, text):
    assert [q["category"] for q in found(text)] == ["year", "year"]


def test_a_number_in_quotation_marks_or_a_height_is_no_short_year(found):
    """ "'40 people'" in quotation marks and the 2 of "6'2" are no years."""
    assert _one(found, "They say '40 people' came.", "40")["category"] == "people"
    assert _one(found, "He stood 6'2 in his boots.", "6")["category"] != "year"


@pytest.mark.parametrize(
    ("text", "surface", "unit", "lemma"),
    [
        # probe 24
        # an adverb of rate after a count or an amount divides it
        ("The Ukrainian forces were firing over 100 missiles daily, targeting the plant.",
         "over 100", None, "missile per day"),
        ("Russia earns $1 billion daily from oil sales.", "$1 billion daily", "USD/day", None),
    ],
)  # fmt: skip
def test_an_adverb_of_rate(found, text, surface, unit, lemma):
    q = _one(found, text, surface)
    assert (q["unit"], q.get("counted_lemma")) == (unit, lemma)


def test_an_adjective_of_rate_before_a_noun_divides_nothing(found):
    """'20 daily briefings': 'daily' describes the briefings."""
    assert _one(found, "They gave 20 daily briefings.", "20")["counted_lemma"] == "daily briefing"


def test_a_noun_the_tagger_took_for_an_adjective_is_counted(found):
    """'more than one counteroffensive is taking place' counts counteroffensives; an
    adjective coordinated with another before the noun does not ('nine aerial and seven
    naval drones')."""
    text = "However, Zelenskyy hinted to Muir that more than one counteroffensive is taking place."
    assert _one(found, text, "more than one")["counted_lemma"] == "counteroffensive"
    text = "The attack involved nine aerial and seven naval drones."
    assert _one(found, text, "nine").get("counted_lemma") != "aerial"


def test_a_glued_abbreviation_of_years(found):
    q = _one(found, "It was voted down twice in 20yrs by UN membership.", "20yrs")
    assert (q["value"], q["unit"]) == (20.0, "year")


def test_a_day_of_the_month_after_a_weekday_is_a_date(found):
    """'on Wednesday, 11, and Thursday, 12 May': no age after a name and a comma."""
    text = "Watch it on Wednesday, 11, and Thursday, 12 May."
    assert _one(found, text, "11")["category"] == "date"
    q = _one(found, "On Saturday, 3 loud explosions were heard in Odesa.", "3")
    assert q.get("counted_lemma") == "loud explosion"


def test_over_a_duration_opening_a_sentence_is_during(found):
    """'Over 24 hours, there were ...' says when, not more than 24 hours; 'lasted over 24
    hours' is more."""
    q = _one(found, "Over 24 hours, there were some ten rocket salvos.", "24 hours")
    assert (q["bound"], q.get("qualifier")) == ("=", None)
    q = _one(found, "The fighting lasted over 24 hours, officials said.", "over 24 hours")
    assert q["bound"] == ">"


def test_one_thing_after_another_counts_nothing(found):
    assert not found("They conducted one military operation after another.")


def test_a_count_named_by_a_model_is_of_machines(found):
    """'10 FA-18 fighters' are aircraft, not fighters counted as people."""
    q = _one(found, "The Marine units included 10 FA-18 fighters.", "10")
    assert (q["category"], q.get("counted_lemma")) == ("count", "fa-18 fighter")


def test_a_thing_or_two_is_from_one_to_the_number(found):
    """'a day or two of training' is one or two days; 'another pick or two' keeps its two."""
    q = _one(found, "Mobilized men with a day or two of training are unlikely to help.", "two")
    assert (q["value_low"], q["value_high"], q["unit"]) == (1.0, 2.0, "day")
    q = _one(found, "They played a game or two.", "two")
    assert (q["value_low"], q["value_high"], q.get("counted_lemma")) == (1.0, 2.0, "game")
    q = _one(found, "He got another pick or two.", "two")
    assert (q["value_low"], q["value_high"]) == (2.0, 2.0)


def test_a_one_liner_counts_nothing(found):
    assert not found("Stephen Colbert had a scathing one-liner for Tucker Carlson.")


def test_an_age_in_the_plural_and_a_rate_per_annum(found):
    """'the 20-year-olds' are of an age, as 'a 20-year-old' is; 'per annum' is per year."""
    q = _one(found, "That's the 20-year-olds, the same age cohort.", "20-year-olds")
    assert (q["category"], q["unit"]) == ("age", "year")
    q = _one(found, "It makes 22 million tonnes per annum.", "22 million tonnes per annum")
    assert q["unit"] == "tonne/year"


def test_an_age_shared_and_a_count_of_them(found):
    """'Oleana and Gilana, both 38,' is one age of the two; '40 of them children' counts
    children (not the civilians before it); no age without a person's name or noun."""
    q = _one(found, "Mothers Oleana and Gilana, both 38, fled Lviv with their sons.", "38")
    assert (q["category"], q["unit"]) == ("age", "year")
    q = _one(found, "Their sons, both 12, were killed.", "12")
    assert q["category"] == "age"
    q = _one(found, "Kyiv and Kharkiv, both 20 miles away, were hit.", "20 miles")
    assert q["category"] == "distance"
    q = _one(found, "About 500 civilians, 40 of them children, were sheltering.", "40")
    assert q["counted_lemma"] == "child"


def test_a_time_written_with_a_stop_before_its_zone_is_no_figure(found):
    """'at 13.32 local time' is a time of day; '13.32 percent' stays a figure."""
    q = _one(found, "The footage shows her at 13.32 local time on Wednesday.", "13.32 local time")
    assert q["category"] == "time"
    assert _one(found, "Oil rose 13.32 percent.", "13.32 percent")["value"] == 13.32


def test_the_other_two_and_four_of_her_companions_count_the_noun(found):
    """'the other two participants' counts participants ('other' says which, not what);
    'the empress and four of her companions' counts companions (the parser hung 'of' on
    the empress)."""
    q = _one(found, "Putin will hold talks with the other two participants.", "two")
    assert q["counted_lemma"] == "participant"
    q = _one(found, "Depicting the empress and four of her companions, it was erected.", "four")
    assert q["counted_lemma"] == "companion"


def test_an_older_year_and_a_bound_over_an_approximation(found):
    """'in 1492.' is a year; 'in 1200 cases' a count; 'up to about 185 miles' at most 185;
    'as high as roughly 352' roughly 352, as NewsQuant writes it."""
    assert _one(found, "It was built by a Grand Prince in 1492.", "1492")["category"] == "year"
    assert _one(found, "They found it in 1200 cases.", "1200")["category"] == "count"
    q = _one(found, "The rockets have a range of up to about 185 miles.", "up to about 185 miles")
    assert (q["bound"], q["unit_text"]) == ("≤", "miles")
    q = _one(found, "It has a pixel pitch as high as roughly 352 μm.", "roughly 352 μm")
    assert q["bound"] == "~"
    q = _one(found, "There were 100 cars, which got us up to about 1,000 people.", "about 1,000")
    assert q["bound"] == "~"


def test_things_lost_are_counted_and_an_estimate_of_is_approximate(found):
    """'has lost two state elections' counts what was lost, no level that went down ('lost
    190 points' and 'lost half of its value' stay changes); 'an estimated net worth of 902
    million pounds' and 'something like 150 families' are approximate."""
    q = _one(found, "His party has lost two major state elections this month.", "two")
    assert (q["direction"], q["counted_lemma"]) == ("", "major state election")
    assert _one(found, "The index lost 190 points.", "190")["direction"] == "down"
    assert _one(found, "The company lost half of its value.", "half")["direction"] == "down"
    q = _one(
        found, "Shaimiev has an estimated net worth of 902 million pounds.", "902 million pounds"
    )
    assert q["bound"] == "~"
    q = _one(found, "They helped something like 150 families.", "something like 150")
    assert q["bound"] == "~"


def test_a_rate_per_acre_roughly_every_and_over_a_period(found):
    """'$25,000 an acre' is per acre; 'roughly every two weeks' is roughly two weeks; 'over
    three month period' is during it, not more than three months ('over 3 months' is)."""
    assert (
        _one(found, "Each fire costs about $25,000 an acre.", "about $25,000 an acre")["unit"]
        == "USD/acre"
    )
    q = _one(found, "We produce a new company roughly every two weeks.", "two weeks")
    assert q["bound"] == "~"
    q = _one(found, "It looks at the weather over three month period.", "three month")
    assert q["bound"] == "="
    assert _one(found, "It took over 3 months.", "over 3 months")["bound"] == ">"


def test_doses_are_counted_as_doses(found):
    """The lemmatiser's 'dos' for 'doses' (its noun index shadows 'dose')."""
    q = _one(found, "It will receive a first batch of 40,000 doses on Tuesday.", "40,000")
    assert q["counted_lemma"] == "dose"


def test_a_year_before_to_and_a_second_change_after_a_time_phrase(found):
    """'sentenced in 2020 to 16 years' is a year and a term, no range ('fell from 30 to 16
    degrees' is one); 'falling 15 cents in the past week and 69 cents in the last month'
    is two falls ('rose 5% in March and employed 3% of workers' one)."""
    text = "He was sentenced in 2020 to 16 years in prison."
    assert [q["surface"] for q in found(text) if q["category"] == "duration"] == ["16 years"]
    q = _one(found, "Temperatures fell from 30 to 16 degrees.", "16 degrees")
    assert (q["value_low"], q["value_high"]) == (30.0, 16.0)
    text = "Gas prices fell, falling 15 cents in the past week and 69 cents in the last month."
    assert _one(found, text, "69 cents")["direction"] == "down"
    text = "Prices rose 5% in March and employed 3% of workers."
    assert _one(found, text, "3%")["direction"] == ""


def test_a_change_from_the_current_level_and_its_restatement(found):
    """'increase from the current £400 to £1,000 - or from £67 to £167 per month' is one
    rise, restated; 'a jump from 9.4% in June' names the level it started at, no change;
    'from 120mm to at least 270mm' is a level, then a bound, no range."""
    text = (
        "Support must increase from the current £400 to £1,000 - or from £67 to £167 per "
        "month from October to March."
    )
    assert _one(found, text, "£400")["direction"] == "up"
    assert _one(found, text, "£67")["direction"] == "up"
    q = _one(found, "Inflation hit double digits, a jump from 9.4% in June.", "9.4%")
    assert q["direction"] == ""
    assert _one(found, "Prices rose from 5%-10%.", "5%")["direction"] == "up"
    text = "Topping up from 120mm to at least 270mm of insulation will help."
    q = _one(found, text, "120mm")
    assert (q["value_low"], q["value_high"]) == (120.0, 120.0)
    assert _one(found, text, "at least 270mm")["bound"] == "≥"


@pytest.mark.parametrize(
    ("text", "surface", "field", "expected"),
    [
        # a year with a bound after "since"
        ("It had operated since at least 2015.", "at least 2015", "category", "year"),
        # "ages" without "of"; a first name the tagger took for an adjective
        ("The government banned men ages 18 to 60 from leaving.", "18", "category", "age"),
        ("Andrii, 15, helped by his father, put his life in danger.", "15", "category", "age"),
        # a singular counted noun after "one"; a hyphenated modifier; a count in brackets
        ("He is charged with one count of attempted kidnapping.", "one", "counted_lemma",
         "count"),
        ("Councils must make at least one in-person visit.", "at least one", "counted_lemma",
         "in-person visit"),
        ("Belfast has the highest number of visa sponsors (95).", "95", "counted_lemma",
         "visa sponsor"),
        # the closing mark between an amount and "of"
        ("Russia plans to import “hundreds” of drones from Iran.", "hundreds", "counted_lemma",
         "drone"),
        # "hand over" gives four, no more
        ("Skopje plans to hand over four Su-25 aircraft to Kiev.", "four", "bound", "="),
        # probe 33: a rate "a month" before "on" and what it is spent on (not "a year on, ...")
        ("These people will spend around £243 a month on energy bills.", "around £243 a month",
         "unit", "GBP/month"),
        # comparatives of length and age bound a figure
        ("Visitors may not stay longer than 90 days.", "longer than 90 days", "bound", ">"),
        ("Men younger than 60 may not leave.", "younger than 60", "bound", "<"),
        # three digits after the "In" that opens a sentence: an early year
        ("In 988, Prince Volodymyr converted the Kyiv Rus.", "988", "category", "year"),
        # four digits before a time zone: a time of day
        ("At 0738 GMT, the rouble was weaker.", "0738 GMT", "category", "time"),
        # a figure measured "against the dollar" takes no unit of the one before
        ("The rouble was 0.4% weaker against the dollar at 61.50.", "61.50", "unit", None),
        # basis points glued; the oil company in capitals is none
        ("We expect another 50bp rate hike.", "50bp", "unit", "basis point"),
        ("Some 50 BP workers left.", "Some 50", "category", "people"),
        # the lemmatiser's "graf" of "graves"
        ("A site containing about 200 graves was found.", "about 200", "counted_lemma", "grave"),
        # probe 34: a bound after the figure; "closer to"; a negated "exceed"; a bound symbol
        ("We had 30 minutes tops before they came.", "30 minutes", "bound", "≤"),
        ("Recruits go through closer to six months of training.", "closer to six months",
         "bound", "~"),
        ("The flow was not expected to exceed 33 million cubic meters per day.",
         "exceed 33 million cubic meters per day", "bound", "≤"),
        ("Russia has >3 times the population of Ukraine.", ">3 times", "bound", ">"),
        ("It was <5% of the total.", "<5%", "bound", "<"),
        # probe 35: a participle and a word of what is added name what is counted
        ("Kherson was among four key occupied regions in which proxy referendums were "
         "conducted among the population.", "four", "counted_lemma", "key occupied region"),
        ("The package includes 18 additional howitzers.", "18", "counted_lemma",
         "additional howitzer"),
        ("25 killed in the strike and 20 injured.", "25", "counted_lemma", None),
        # a unit after "more"; kilovolts; the amount's own "of" inside its quotation marks
        ("The president is releasing 15 million more barrels of oil.",
         "15 million more barrels of oil", "unit", "barrel of oil"),
        ("It supplies power through three 750 kV lines.", "750 kV", "unit", "kV"),
        ("“Tens of thousands” of Ukrainians who were evacuated from the Donetsk region at "
         "the start of the conflict have since returned, Euronews reported.",
         "Tens of thousands", "counted_lemma", "ukrainians"),
        # probe 36: "per-day" after a unit; "per household"; "used up" is no rise; a
        # participle in -ing names what is counted
        ("OPEC+ agreed a 100,000 barrel per-day reduction.", "100,000 barrel per-day", "unit",
         "barrel/day"),
        ("It was worth £400 per household.", "£400 per household", "unit",
         "GBP/household"),
        ("The agency has used up 76% of its fuel budget.", "76%", "direction", ""),
        ("NATO needs the consent of all of its 30 existing members.", "30", "counted_lemma",
         "existing member"),
        # probe 37: a rate after what the amount is of; "per megawatt"; "one-fourth"; the
        # verb "number" is no label; a comma slipped after a month's abbreviation
        ("Azovstal was producing 4m tonnes of steel a year.", "4m tonnes of steel a year",
         "unit", "tonne/year"),
        ("Gas cost 126 euros per megawatt.", "126 euros per megawatt", "unit", "EUR/MW"),
        ("Siemens has fixed only one-fourth of the malfunctions.", "one-fourth", "value", 25.0),
        ("The members, who number fewer than 200,000, will vote.", "fewer than 200,000",
         "category", "count"),
        ("A man walks in Nikopol, Ukraine, Aug, 22, 2022.", "Aug, 22, 2022", "category",
         "date"),
        # probe 38: people over an age; "Ukrainian hryvnas"; per therm; "one-sixth", and
        # "ruling over" no bound; "less" before a rate; a figure "up from" another takes its
        # unit
        ("President Vladimir Putin has signed a law enabling people over 40 to enlist for the "
         "armed forces.", "over 40", "category", "age"),
        ("The new budget was published on the Ukrainian parliament’s (Rada) website on "
         "Thursday and states that a total of 386.9 billion Ukrainian hryvnas ($10.5 billion) "
         "would be allocated to the country’s national security and defense sectors.",
         "386.9 billion Ukrainian hryvnas ($10.5 billion)", "unit", "UAH"),
        ("UK gas contracts for delivery in July are up about 25% to £1.97 per therm.",
         "£1.97 per therm", "unit", "GBP/therm"),
        ("For this thriving and prosperous island nation that sits just off their shore is the "
         "ultimate riposte to the brutes ruling over one-sixth of the world’s population after "
         "it successfully navigated the difficult path from dictatorship to democracy.",
         "one-sixth", "bound", "="),
        ("Americans are spending $190 million less per day at current gas prices "
         "economy-wide, Bernstein said.", "$190 million less per day", "unit", "USD/day"),
        ("Household bills will cost about 80% more a year.", "about 80%", "unit", "percent"),
        ("Consultancy Sovecon on Monday estimated that Russia would export 4.5 million tonnes "
         "of wheat in October, up from 2.8 million in the same month last year.",
         "2.8 million", "unit", "tonne"),
        # probe 39: "half a dozen"; a bare count before a count of people counts them
        ("In the basement of one building, half a dozen locals have been detained, suspected "
         "of aiding the enemy.", "half a dozen", "value", 6.0),
        ("“Parliament also banned the import of books,” Zheleznyak wrote, adding that this move "
         "was supported by 306 out of the 450 members of parliament.", "306", "counted_lemma",
         "member"),
        ("US officials have estimated that some 93 Russian battalion tactical groups were "
         "operating in the east, each numbering 700 to 900 men.", "700", "counted_lemma",
         "man"),
        # probe 40: a place in a sequence names no part of what is counted; "the round of 16"
        # is a stage of a tournament
        ("Like the first two companies, Sasha’s unit was eventually rotated out.", "two",
         "counted_lemma", "company"),
        ("Keys has not dropped a set in four matches, including her upset of top-ranked Iga "
         "Swiatek in the round of 16.", "16", "category", "other"),
        # probe 41: per child
        ("Germany is giving €300 (£250) off, plus a further €100 (£85) per child.",
         "€100 (£85)", "unit", "EUR/child"),
        # probe 42: a second day after "or"; "and above"; "the other five" of one counted
        ("An unnamed woman said Russian troops entered her village on March 7 or 8.", "8",
         "category", "date"),
        ("Several of the drones (batches of five and above) are launched at once.", "five",
         "bound", "≥"),
        ("Those aged 65 and over will get the payment.", "65", "bound", "≥"),
        ("\"One projectile fell in the area of the sixth power unit, and the other five in "
         "front of the sixth unit pumping station,\" Konashenkov said.", "five",
         "counted_lemma", "projectile"),
        # probe 43: a share with a slash; a "noun" with a particle is a verb; an age after
        # "now"; "deteriorated by" is a fall; "Mach 12"
        ("This immediately covers more than 2/3 of oil imports from Russia.", "more than 2/3",
         "unit", "percent"),
        ("The air force command earlier had said 33 missiles had been fired at Ukraine, with "
         "18 shot down.", "18", "counted_lemma", "missile"),
        ("'The father of my daughter,' alleged Borisova, now 46.", "46", "category", "age"),
        ("Now 83, Olga was only two years old when the soldiers arrived in her village.", "83",
         "category", "age"),
        ("In less than two weeks of daily attacks, Ukraine's power grid deteriorated by "
         "10-30%.", "10", "direction", "down"),
        ("Kinzhal can travel at a speed of Mach 12 (around 14,800kph).",
         "Mach 12 (around 14,800kph)", "unit", "mach"),
        # probe 44: a year cut to two digits before an election
        ("It will not impact a single vote in the \u201922 election.", "22", "category",
         "year"),
        # probe 45: a level "higher than one month ago" says nothing of the month; a bare
        # count compared with one before takes no unit from the time that one took; the
        # count after a passive and "by" is who did it
        ("The national average is 20 cents higher than one month ago.", "one month",
         "bound", "="),
        ("It happened more than two years ago.", "more than two years", "bound", ">"),
        ("'That\u2019s 80,000 in six months compared to 15,000 they lost in a decade.",
         "15,000", "unit", None),
        ("Sales rose 5% in three months, compared with 2 a year earlier.", "2", "unit",
         "percent"),
        ("It was a cause important to her after being raised by two mothers.", "two",
         "direction", ""),
        ("Rates were cut by 25 points on Tuesday.", "25", "direction", "down"),
        # probe 46: things dropped; "quid"; an estimate said with its verb; the age of one
        # named by an office; a count after the one it was sent to
        ("He said the United States dropped two atomic bombs on Japan.", "two", "direction",
         ""),
        ("Unemployment dropped 20,000 in May.", "20,000", "direction", "down"),
        ("It cost him 20 quid.", "20 quid", "unit", "GBP"),
        ("The REPowerEU plan is estimated to cost \u20ac210 billion over the next five years.",
         "\u20ac210 billion", "bound", "~"),
        ("Kommersant used the slur against the prime minister, 42, as well as dubbing him "
         "the first.", "42", "category", "age"),
        ("The US sent Ukraine 20 tanks last year.", "20", "counted_lemma", "tank"),
        ("So far, the Pentagon has sent Ukraine 16 High Mobility Artillery Rocket Systems "
         "(HIMARS), along with munitions.", "16", "counted_lemma",
         "high mobility artillery rocket system"),
        # probe 48: the part counts the whole's noun past the whole's own count
        ("Ten of Ukraine's 24 regions had power cuts yesterday.", "Ten", "counted_lemma",
         "ukraine region"),
        # the people a verb leaves harmed; the kind a brand's possessive names
        ("The shelling killed an elderly woman and left four injured, he said.", "four",
         "counted_lemma", "people"),
        # probe 49: a temperature's spaced "F"; a quoted bound; quarters of a year; a
        # currency named with its country; a hyphenated square unit
        ("The mercury reached a record 104 F in the U.K. this week.", "104 F", "unit",
         "fahrenheit"),
        ("The invading force has \"just below\" 90% of its combat power intact.", "90%",
         "bound", "<"),
        ("The United States has already seen two quarters of economic contraction.", "two",
         "counted_lemma", "quarter"),
        ("The currency has slid to more than 19 Egyptian pounds to the dollar.",
         "more than 19 Egyptian pounds", "unit", "EGP"),
        ("The plant is a massive, four sq-mile site.", "four sq-mile", "unit", "mile2"),
        # probe 50: "as far as" bounds a distance
        ("The systems can hit targets as far as 70km away.", "as far as 70km", "bound", "≤"),
        ("Alexander Govor, who operates 25 McDonald's restaurants in Siberia, takes them on.",
         "25", "counted_lemma", "mcdonald restaurant"),
        # probe 51: "within just" bounds a distance; a time to the second, all with stops;
        # the plural after a participle the parser made a verb of it
        ("Ukraine's army is now within just 15 miles of the border.", "within just 15 miles",
         "bound", "≤"),
        ("18.17.02, the plane hits the yard of the apartment block.", "18.17.02", "category",
         "time"),
        ("Moscow claimed to have annexed four occupied Ukrainian regions in a series of rigged "
         "referendums.", "four", "counted_lemma", "ukrainian region"),
        # probe 52: a shot's distance glued to 'm'; 'about' after 'talk' is what is talked
        # of; another group joined to the counted noun is not counted
        ("He holds the record for the longest combat kill at 3,540m.", "3,540m", "unit", "m"),
        ("I came to talk about two very, very, very important programs.", "two", "bound", "="),
        ("\u201cWe\u2019re talking about 40,000 men,\u201d the official said.",
         "about 40,000", "bound", "~"),
        ("Satellite photos showed at least two Russian submarines and other warships.",
         "at least two", "counted_lemma", "russian submarine"),
        # probe 53: things sunk are counted, no level that went down
        ("Russian forces attacked and sank two watercraft carrying Ukrainian teams.", "two",
         "direction", ""),
        # probe 54: how long a fall went on is no change; a range with its unit at both ends;
        # 'perhaps' rounds; a count of people per square kilometre
        ("The average gas price has dropped 58 straight days.", "58 straight days",
         "direction", ""),
        ("Fighters were finding pieces of missiles with 110km-120km range.", "110km",
         "value_high", 120.0),
        ("She makes perhaps 1,000 shillings a week.", "perhaps 1,000", "bound", "~"),
        ("The density is about 650 people per square kilometer.", "about 650", "counted_lemma",
         "people per km2"),
        # probe 56: a multiple in a word before what it multiplies; a bound on an age set
        # apart by "the age of"
        ("The site is already twice as large as the nearby cemetery.", "twice", "unit", "times"),
        ("Troops are offered more than twice the average civilian salary.", "more than twice",
         "bound", ">"),
        ("Reservists can be mobilised up to the age of 35.", "35", "bound", "≤"),
        ("Children under the age of 5 were among the dead.", "5", "bound", "<"),
        # (and a participle of no object before the noun counted, read as a gerund)
        ("Rail workers provided a lifeline for millions of fleeing refugees.", "millions",
         "counted_lemma", "refugee"),
        # probe 58: a rise "by a record" amount; a conversion already a speed takes no rate
        ("Annual energy bills have already risen by a record 54% so far this year.",
         "54%", "direction", "up"),
        ("It reaches speeds of up to 7,680 miles per hour (12,360 kph).",
         "up to 7,680 miles per hour (12,360 kph)", "alt_unit", "kmh"),
        # probe 59: a bound in marks; a rate per kilowatt hour, and one after four words of
        # what is counted
        ("Milley has estimated that 'well over' 100,000 Russian soldiers have been killed.",
         "well over' 100,000", "bound", ">"),
        ("Milley has estimated that 'well over' 100,000 Russian soldiers have been killed.",
         "well over' 100,000", "category", "people"),
        ("The level was set at 2.4 euro cents per kilowatt hour.",
         "2.4 euro cents per kilowatt hour", "unit", "cent/kWh"),
        ("It would have transported some 830,000 barrels of dirty tar sands oil per day.",
         "some 830,000 barrels of dirty tar sands oil per day", "unit", "barrel/day"),
        # probe 61: a rate per kilogramme; a dirham in the singular
        ("Currently, it's about $10 per kilogramme to produce green hydrogen.",
         "about $10 per kilogramme", "unit", "USD/kg"),
        ("The cone long worth 1 dirham recently spiked.", "1 dirham", "unit", "AED"),
    ],
)  # fmt: skip
def test_figures_of_probes_32_to_61(found, text, surface, field, expected):
    """The misses of probes 32 to 61: each figure's category, unit, counted noun or bound."""
    assert _one(found, text, surface)[field] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The party built a state to implement its zero-COVID measures.",
        "Kyiv claims success across the two-pronged fronts of Kherson and Kharkiv.",
        "Poseidon is a one-of-a-kind Russian weapon.",
        "He pledged to cut greenhouse gas emissions to net-zero by midcentury.",
        "The UK aims to reach net zero by the middle of the century.",
        "He also said that Yerevan had invoked Article four of the Collective Security Treaty.",
        "If you cannot access 999 by phone you should go to your nearest police station.",
        "Police said it was Paul Pelosi who called 911, and that the dispatcher came.",
        "Nothing like this has happened since world war two, he told donors.",
        "After day four, I ask about school again and I get a smile.",
        "Putin would be under pressure to respond in some form. 2.",
        "He would respond in some form. 2. The next step is unclear.",
        "Anyone paying on receipt of a three-monthly bill will pay more.",
        "On the one hand, Putin was no longer ready for a summit.",
        "Biden is due to meet Xi ahead of the Group of 20 leaders summit in Bali.",
        # probe 56: digits before a web domain's ending name a site; "twice" how often
        "The website 1920.in was developed by programmers who call themselves a squad.",
        "Greenwood scored twice as United confirmed their status as group winners.",
        "He was hit twice that night and once the next day.",
        # probe 57: a ratio of shares
        "Mr Hunt is looking at a 50:50 split between spending cuts and tax rises.",
    ],
)
def test_a_number_word_joined_to_a_kind_is_no_count(found, text):
    """Probes 36, 37, 42 to 44, 48: 'zero-COVID', 'two-pronged', 'one-of-a-kind' name a kind
    of thing, 'net zero' a target, 'Article four' one of a series, 'call 911' a line, 'world
    war two' a war, 'day four' a day in a series, '2.' alone between sentences the point
    of a list, 'three-monthly' how often, 'On the one hand' a side of an argument, 'the Group
    of 20' a body; nothing is counted."""
    assert found(text) == []


def test_a_year_cut_short_after_an_acute_accent_is_a_year(found):
    """Probe 57: "in 1961 and \u00b462 -": the second year cut short, before a dash."""
    text = "Benfica - the European champion in 1961 and \u00b462 - will be part of the draw."
    assert _one(found, text, "62")["category"] == "year"


def test_a_number_after_no_is_no_point_of_a_list(found):
    """'was No. 2.' ends a sentence with a rank, not a list's point standing alone."""
    assert "2" in [q["surface"] for q in found("Ukraine was No. 2. In the past, Denmark helped.")]


def test_day_one_is_no_count(found):
    """'from day one' is from the start; 'One day one soldier died' still counts a soldier."""
    assert not found("They can apply for Universal Credit from day one.")
    assert [q["surface"] for q in found("One day one soldier died.")][-1] == "one"


def test_a_year_on_is_no_rate(found):
    q = _one(found, "It cost £20bn. A year on, £5bn a year on from the start of it.", "£5bn")
    assert q["unit"] == "GBP"


def test_the_middle_ages_are_no_age(found):
    assert not [q for q in found("In the Middle Ages 30 people lived.") if q["category"] == "age"]


def test_a_couple_of_is_two(found):
    """'a couple of days' is two days, 'the last couple of weeks' two weeks; 'a couple of
    hundred metres' is no couple of its own."""
    q = _one(found, "They spent a couple of days there.", "couple of days")
    assert (q["value"], q["unit"]) == (2.0, "day")
    q = _one(found, "Hundreds were wounded in the last couple of weeks.", "couple of weeks")
    assert (q["value"], q["unit"]) == (2.0, "week")
    q = _one(found, "They met a couple of officials.", "couple")
    assert q["counted_lemma"] == "official"
    assert not [q for q in found("Bursts a couple of hundred metres away.") if q["value"] == 2]


def test_a_duration_after_a_word_of_order(found):
    """Probe 66: 'the four previous days' is a duration of days."""
    q = _one(found, "The stations were shut during the four previous days.", "four previous days")
    assert (q["unit"], q["category"]) == ("day", "duration")


def test_a_time_after_a_count_is_no_duration_of_it(found):
    """Guard for probe 66's rule: '65 last week' counts something, not weeks."""
    assert _one(found, "The school received 65 last week.", "65")["unit"] is None


@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [
        # probe 67: people plunged into poverty or things added are counted, no level
        ("Prices threaten to plunge millions of people into poverty.", "millions of people", ""),
        ("The EU adopted sanctions, adding 30 individuals to the blacklist.", "30", ""),
        # ... but points and jobs added are a level that went up
        ("The Dow added 200 points.", "200", "up"),
        ("U.S. employers added 431,000 jobs in March.", "431,000", "up"),
    ],
)
def test_things_plunged_or_added_are_no_change(found, text, surface, direction):
    assert _one(found, text, surface)["direction"] == direction


def test_information_about_a_number_is_no_approximation(found):
    """Probe 67: "information about three fatalities" is what the information is about."""
    q = _one(found, "We currently have information about three fatalities.", "three")
    assert q["bound"] == "="


def test_barrels_of_oil_equivalent_a_day_and_an_age_limits_range(found):
    """Probe 68: 'boed' is barrels of oil equivalent a day; 'age limits of 18-40 years' an
    age range."""
    text = "Shell produced around 100,000 boed in 2021."
    assert _one(found, text, "around 100,000 boed")["unit"] == "boe/day"
    q = _one(found, "The army had age limits of 18-40 years for Russians.", "40 years")
    assert (q["category"], q["value_low"], q["value_high"]) == ("age", 18.0, 40.0)
