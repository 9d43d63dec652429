"""Numbers in the news: find, parse, normalise and classify every numeric expression.

A *quantity* is one numeric expression in a document's text: "more than $18.2
billion", "6,655", "about two and a half hours", "February 24", "52". Each is
returned as a plain dict (see :func:`extract_quantities`) whose ``start_char`` and
``end_char`` index ``doc.text``; the span covers the qualifier, the currency and
the unit, and a conversion in parentheses ("15 km (10 mile)") belongs to the same
quantity.

Quantities are classified into *figures* (``FIGURE_CATEGORIES``: money, people,
count, distance, duration, percentage) and numbers that are not figures (date,
year, age, ordinal, time, other). The non-figures are kept and labelled, never
silently dropped, so that an analysis of figures can filter them out with
:func:`figures_only`.

Design choices:

* Candidates are found with regular expressions on the text (digits, number
  words, scale words, currency symbols, units from ``data/units.csv``); spaCy's
  parse then gives the sentence, the counted noun phrase, the claimant
  and the people/count decision.
* Names that contain digits never yield figures: a digit glued to letters
  (G7, T-72, F-16, S-300, Su-25, MiG-29, Covid-19, 9M723), a single bare digit
  after a capitalised name (Nord Stream 2, Leopard 2, Article 5), "24/7" and
  "9/11", phone numbers. Roman numerals (World War II, Minsk II) are never read.
* Ordinals ("first", "third round", "21st") are kept with category ``ordinal``;
  word ordinals count only when spaCy tags them as an ordinal adjective, so "at
  first" is skipped.
* Ranges of years ("1939-1945") give one ``year`` quantity per year; other
  ranges ("10-15 km", "eight or nine months", "$5-6 billion") give one quantity
  per end, sharing the unit and the scale.
* Fractions become percentages: "three-quarters" -> 75 percent, "nearly half of"
  -> 50 percent (qualifier nearly). "No. 10" is labelled ``other``.
* Vague amounts ("billions of dollars", "tens of thousands of troops", "several
  hundred") have ``value`` None and ``vague`` True; the span runs to the noun
  after "of".
* General news: glued units ("256GB", "50mph"), currency identity ("HK$", "A$",
  "RM23.50", "USD10m", "10.5 million Australian dollars"), compound units ("$58.24
  per barrel" is USD/barrel), negatives ("-1.3%", "minus-130 degrees"), "pc" for
  percent, "1/16 of"; a range's scale is shared only between its own ends, so in
  "dropped 7% to $2.3 billion" the 7% stays 7.
* A count without a noun of its own that follows a people figure in the same
  sentence ("more than six million internally displaced people and more than 7.8
  million to European countries") inherits the people category and counted noun.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

import pandas as pd
from spacy.tokens import Doc, Span, Token

from corpus_utils.config import DATA_DIR
from corpus_utils.data import read_data_file
from corpus_utils.extract.actors import common_first_names, load_people_words
from corpus_utils.extract.nlp import (
    DASHES,
    POSSESSIVE_ENDINGS,
    WEEKDAYS,
    doc_entities,
    doc_text,
    entity_at,
    noun_chunk_at,
)

#: Categories that are figures (amounts a researcher compares across outlets).
FIGURE_CATEGORIES = frozenset({"money", "people", "count", "distance", "duration", "percentage"})
#: Categories of numbers that are kept and labelled but are not figures.
NON_FIGURE_CATEGORIES = frozenset({"date", "year", "age", "ordinal", "time", "other"})
#: Every category a quantity can have.
CATEGORIES = FIGURE_CATEGORIES | NON_FIGURE_CATEGORIES

#: The keys of every dict returned by :func:`extract_quantities`, in order.
QUANTITY_KEYS = (
    "start_char",
    "end_char",
    "surface",
    "value",
    "unit",
    "qualifier",
    "category",
    "counted",
    "claimant_text",
    "claimant_start",
    "claimant_end",
    "claimant_id",
    "sentence",
    "vague",
    "alt_value",
    "alt_unit",
    "bound",
    "value_low",
    "value_high",
    "direction",
    "unit_text",
    "counted_lemma",
)
#: Bounds a quantity can have: equal, about, below, above, at most, at least.
BOUNDS = ("=", "~", "<", ">", "≤", "≥")

#: Data files (researcher-editable) read by this module.
UNITS_FILE = DATA_DIR / "units.csv"
QUALIFIERS_FILE = DATA_DIR / "quantity_qualifiers.csv"

#: Pronouns that may stand for a figure's claimant ("they said"), resolved like a speaker.
CLAIMANT_PRONOUNS = frozenset({"he", "she", "they", "it"})
#: Verbs whose subject is the claimant of a figure in the same sentence.
SOURCE_VERBS = frozenset(
    {
        "say", "tell", "report", "announce", "present", "estimate", "state", "claim",
        "confirm", "record", "count", "add", "note", "write", "publish", "show", "put",
        "cite", "document", "register", "verify", "tally", "calculate", "reveal", "assess",
        "disclose",
    }
)  # fmt: skip
#: Nouns that stand for a quantity of something named after "of".
AMOUNT_NOUNS = frozenset(
    {"amount", "total", "number", "sum", "value", "figure", "tally", "count", "level", "worth"}
)

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip
_SCALE_ABBREVIATIONS = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12, "mil": 1e6,
}  # fmt: skip
_FRACTION_CHARS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 1e6,
}  # fmt: skip
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# ---------------------------------------------------------------------------
# Regular expressions
# ---------------------------------------------------------------------------

_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_WORD_PART = rf"(?:{_NUMBER_WORD}|{_SCALE_WORD}|dozen|half|quarter)"
_WORD_NUMBER = (
    rf"(?:{_NUMBER_WORD}|an?(?=[ -]+(?:{_SCALE_WORD}|dozen)\b)"
    rf"|half(?=[ -]+an?[ -]+(?:{_SCALE_WORD}|dozen)\b))"  # 'half a million', 'half a dozen'
    rf"(?:(?:[ ]+|-(?![ ,])|,[ ]+(?=\w+[ -]+and\b))(?:and[ -]+)?(?:an?[ -]+)?{_WORD_PART}\b)*"
)
_SCALE_TAIL = (
    rf"(?:(?:(?:[ -]+|(?<=\d))(?:and[ -]+a[ -]+half[ -]+)?{_SCALE_WORD}\b"
    rf"(?:[ -]+{_SCALE_WORD}\b)*)"
    r"|(?:(?<=\d)(?:bn|mn|mln|bln|tn|trn|mil|m|k)\b)"
    r"|(?:[ ](?:bn|mln|bln|mn|tn|trn)\b))?"
)
#: Currency codes that may be glued to the digits after them ('RM23.50', 'USD10m', '$US55').
_GLUED_CURRENCY = (
    "RM", "USD", "EUR", "GBP", "$US", "AUD", "HKD", "SGD", "MYR", "JPY", "CNY", "INR", "PS", "R", "Y",
)  # fmt: skip
_AFTER_NUMBER_START = "|".join(
    ["(?<![\\w.,])"] + [f"(?<={re.escape(code)})" for code in _GLUED_CURRENCY]
)
_NUMBER_CORE_RE = re.compile(
    rf"(?:{_AFTER_NUMBER_START})(?:(?P<digits>{_DIGITS}(?:[ ]\d/\d{{1,2}}\b|[½¼¾⅓⅔])?)"
    rf"|(?P<words>(?i:{_WORD_NUMBER})(?![\w])))(?P<scale>(?i:{_SCALE_TAIL}))",
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?"
    r"|Dec\.?)"
)
_DATE_RES = (
    re.compile(
        rf"\b(?P<month>{_MONTH})[ ]+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
        r"(?:,?[ ]+(?P<year>(?:1[6-9]|20)\d\d)\b)?"
    ),
    re.compile(
        rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?[ ]+(?:of[ ]+)?(?P<month>{_MONTH})(?!\w)"
        r"(?:,?[ ]+(?P<year>(?:1[6-9]|20)\d\d)\b)?"
    ),
    re.compile(rf"\b(?P<month>{_MONTH})[ ]+(?P<year>(?:1[6-9]|20)\d\d)\b"),
    # a comma slipped after the month, with the year after the day: 'Aug, 22, 2022'
    re.compile(
        rf"\b(?P<month>{_MONTH}),[ ]+(?P<day>[0-3]?\d)\b,?[ ]+(?P<year>(?:1[6-9]|20)\d\d)\b"
    ),
    re.compile(
        r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
        r"(?:T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?\b"
    ),
    re.compile(r"(?<![\d/.])(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.](?P<year>\d{4})(?![\d/])"),
)
_TIME_ZONE = r"(?:GMT|UTC|CET|CEST|EET|EEST|ET|EST|EDT|BST|local time|Moscow time|Kyiv time)\b"
_TIME_RE = re.compile(
    r"(?<![\d:.])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?[ ]?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)"
    r"|(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])"
    r"(?:[ ]?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b))?"
    rf"(?:[ ]{_TIME_ZONE})?"
    # a time written with a stop is a time only before its zone: 'at 13.32 local time'
    rf"|(?<![\d:.])(?:[01]?\d|2[0-3])\.[0-5]\d[ ]{_TIME_ZONE}"
    # and one to the second, all with stops: '18.17.02, the plane hits the yard'
    r"|(?<![\d:.])(?:[01]?\d|2[0-3])[:.][0-5]\d\.[0-5]\d(?![\d.])"
    # and one of four digits, the military way: 'At 0738 GMT'
    rf"|(?<![\d:.,])(?:[01]\d|2[0-3])[0-5]\d[ ]{_TIME_ZONE}"
)
_PHONE_RE = re.compile(
    r"(?<![\w])(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]\d{2,4}){1,4}"
    r"|\(\d{2,4}\)[ .-]?\d{2,4}(?:[ .-]\d{2,4}){1,3}"
    r"|\d{2,4}(?:[ .-]\d{2,4}){2,4}(?=[^\w.,-]|$))(?![\w])"
)
_YEAR_RANGE_RE = re.compile(
    r"(?<![\w.,/-])(?P<first>1[5-9]\d\d|20\d\d)[ ]?[-–—][ ]?(?P<second>1[5-9]\d\d|20\d\d|\d\d)"
    r"(?![\w/-]|[.,]\d|\s?(?:%|per|percent))"
)
_DECADE_RE = re.compile(r"(?<![\w'’])(?:1[5-9]\d0|20\d0)s\b")
#: A year named with a part of it or a side of it: 'mid-2021', 'pre-2014', 'end-2022'.
_PART_OF_YEAR_RE = re.compile(
    r"\b(?i:mid|early|late|end|pre|post)-(?P<year>1[5-9]\d\d|20\d\d)(?![\w/-]|[.,]\d|\s?(?:%|per\b|percent))"
)
_AGE_SUFFIX_RE = re.compile(
    r"(?:-|[ ])(?:years?|months?)(?:(?:-|[ ])olds?|[ ]of[ ]age)\b", re.IGNORECASE
)
#: Years after "the age of" (:data:`_AGE_BEFORE_RE`) are an age: 'under the age of 5 years'.
_YEARS_AFTER_RE = re.compile(r"[ ](?:years?|months?)\b", re.IGNORECASE)
_ORDINAL_DIGIT_RE = re.compile(r"(?<![\w.,-])(?P<n>\d+)(?:st|nd|rd|th)\b")
_ORDINAL_WORD_RE = re.compile(
    r"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth"
    r"|thousandth|millionth)\b",
    re.IGNORECASE,
)
_VAGUE_RE = re.compile(
    r"\b(?:(?:tens|hundreds)[ ]+of[ ]+(?:thousands|millions|billions)"
    r"|(?:dozens|scores|hundreds|thousands|millions|billions|trillions)"
    r"(?:[ ]+(?:upon|and)[ ]+(?:dozens|hundreds|thousands|millions|billions)"
    # (not 'millions and hundreds of thousands': two amounts)
    r"(?![ ]+of[ ]+(?:thousands|millions|billions)))?"
    r"|(?:several|a[ ]+few|few|many|some)[ ]+(?:dozen|hundred|thousand|million|billion)"
    r"(?:[ ]+(?:thousand|million))?)\b",
    re.IGNORECASE,
)
_SECOND_DAY_RE = re.compile(
    r"[ ]?(?:-|–|and|or|to|&)[ ]?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![ ]?(?:%|[.,]\d))"
)
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
#: Days listed before a month ('on 5, 6, and 7 May'), or the first day of a span of them
#: ('from 4 to 9 July', '4-9 July'), the month's own day left to _DATE_RES.
_DAYS_BEFORE_MONTH_RE = re.compile(
    rf"(?<![\w.,])(?:{_DAY},[ ]?)*{_DAY}(?:,?[ ](?:and|or|&|to)[ ]|[ ]?[-–][ ]?)"
    rf"(?={_DAY}[ ]+(?:of[ ]+)?{_MONTH}(?!\w))"
)
#: Days listed after a month's first day: 'May 5, 6 and 7' (the list must end on 'and').
_DAYS_AFTER_DAY_RE = re.compile(
    rf"(?:,[ ]?{_DAY})+,?[ ](?:and|or|&)[ ]{_DAY}\b(?![ ]?(?:%|[.,]\d))"
)
_FOLD_RE = re.compile(
    rf"(?<![\w.,-])(?P<n>(?i:{_NUMBER_WORD})|\d+(?:\.\d+)?)[- ]?(?P<unit>(?i:fold))\b"
)
#: A ratio of shares ('a 50:50 split', 'a 60:40 ratio'): no amount of anything.
_RATIO_RE = re.compile(
    r"(?<![\w:.])\d{1,3}:\d{1,3}(?=[ ]+(?:split|ratio|basis|chance|division|share)s?\b)"
)
#: A web domain's ending right after digits ('1920.in', '112.ua'):
#: the digits name a site.
_WEB_DOMAIN_RE = re.compile(r"\.(?:[a-z]{2,3}|com|info|news|online)\b(?![.]?[\w-])")
#: 'twice as large', 'more than twice the average salary', 'thrice that': a multiple in a
#: word, before what it multiplies (not 'scored twice', 'twice a day', 'twice more since').
_TWICE_RE = re.compile(
    r"(?<![\w-])(?P<n>(?i:twice|thrice))"
    # (not a time it happened: 'twice that night', 'twice the next day')
    r"(?=[ ]+(?:the|that|its|their|his|her|what)\b"
    r"(?![ ]+(?:next|following|same|previous|last|first|day|night|week|month|year|morning"
    r"|evening|afternoon|weekend|season|time)\b)"
    # 'as' before a word in lower case that opens no clause ('twice as hard'; not 'scored
    # twice as United confirmed')
    r"|[ ]+as[ ]+(?!(?:a|an|the|he|she|it|they|we|i|you|his|her|its|their|this|that)\b)[a-z])"
)
_TWICE_VALUES = {"twice": 2.0, "thrice": 3.0}
_RANGE_GAP_RE = re.compile(r"[ ]?(?:-|–|—|to|or|and)[ ]?")
_STATE_VERBS = frozenset(
    {"be", "total", "reach", "exceed", "top", "stand", "hit", "rise", "climb", "surpass", "cost"}
)
#: A house number: '221 Baker Street', '10 Downing St', '1600 Pennsylvania Avenue NW'.
_STREET_RE = re.compile(
    r"[ ]+(?:[A-Z][\w'’.-]*[ ]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln"
    r"|Drive|Dr|Way|Place|Pl|Court|Ct|Terrace|Square|Parkway|Highway|Hwy"
    r"|Pereulok|Ulitsa|Prospekt|Vulytsia|Naberezhnaya|Strasse|Straße)\b"  # '8 Bolshoy ... Pereulok'
)
#: A number after 'No.' or '#', or listed after one: 'reactors No. 5 and 6', 'Nos 3, 4 and 5';
#: and a stage of a tournament, 'the round of 16'.
_LABEL_NUMBER_RE = re.compile(
    r"(?:\b(?:No|Nos|Number)\.?|(?<!who[ ])(?<!they[ ])(?<!which[ ])(?<!that[ ])\bnumber|#"
    r"|\bthe[ ]round[ ]of)[ ]?"
    r"(?:\d+[a-z]?(?:,[ ]?|,?[ ](?:and|or|&)[ ]))*$"
)  # not the verb: 'members, who number fewer than 200,000'
_QUOTE_MARKS = frozenset({"'", "‘"})
#: The shares a word names: 'half', 'a third', 'one-sixth'.
_SHARE_WORDS = "half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_HALF_OF_RE = re.compile(
    rf"\b(?:(?i:a|one)[ -])?(?P<d>(?i:{_SHARE_WORDS}))"
    r"(?=[ ]of\b|(?<=(?i:half))[ ]the[ ])"  # 'half the condos'
)
#: A share as the size of a change: 'cut by half', 'shrink by almost half', 'by about a third'
#: (the qualifier is taken by _extend_left).
_BY_SHARE_RE = re.compile(
    r"\bby[ ](?:(?:about|almost|nearly|roughly|around|more[ ]than|less[ ]than|over"
    rf"|at[ ]least|up[ ]to)[ ])?(?P<share>(?:(?i:a|one)[ -])?(?P<d>{_SHARE_WORDS}))"
    r"\b(?![ -]of\b|[ ]an?\b|[ ]the\b)"
)
_FRACTION_OF_UNIT_RE = re.compile(
    r"\b(?:(?i:a|one)[ -])?(?P<d>(?i:half|third|quarter))[ ](?:of[ ])?(?i:an?|one)[ ]"
    r"(?P<u>percentage[ ]point|per[ ]cent|[a-z]+)\b"
)
_AND_A_HALF_RE = re.compile(r"\b(?i:an?|one)[ ](?P<u>[a-z]+)[ ]and[ ]a[ ]half\b(?P<d>)")
_NOT_FRACTION_RE = re.compile(
    r"\b(?:the|first|second|last|latter|other|its|their|his|her|top|bottom|upper|lower)[ ]$", re.I
)
_FRACTION_WORD_RE = re.compile(
    r"[- ](?P<d>halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?"
    r"|tenths?)\b",
    re.I,
)
#: Words before 'three quarters' that make them periods, not a fraction ('the last three
#: quarters', 'the first two quarters').
_QUARTERS_OF_TIME_RE = re.compile(r"\b(?i:last|first|past|next|previous|recent)[ ]$")
_FRACTION_DENOMINATORS = {
    "half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_PREFIX_NAME_OK = frozenset(
    {"mid", "pre", "post", "late", "early", "over", "under", "top", "x", "minus"}
)


# ---------------------------------------------------------------------------
# Data files
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def load_units() -> pd.DataFrame:
    """Load ``data/units.csv``: currency symbols, currency words and units.

    Returns:
        A table with columns ``surface``, ``unit``, ``category`` and ``position``
        (``prefix`` for symbols written before the number, ``suffix`` after it,
        ``both`` for codes like USD).

    Raises:
        ValueError: If a row is incomplete or names an unknown category or position.
    """
    rows = read_data_file(
        UNITS_FILE,
        columns=("surface", "unit", "category", "position"),
        allowed={"category": FIGURE_CATEGORIES, "position": ("prefix", "suffix", "both")},
    )
    return pd.DataFrame(rows, columns=["surface", "unit", "category", "position"])


@functools.lru_cache(maxsize=1)
def load_qualifiers() -> dict[str, str]:
    """Load ``data/quantity_qualifiers.csv`` as {lower-cased surface: normalised qualifier}."""
    return {
        r["surface"].lower(): r["qualifier"]
        for r in read_data_file(
            QUALIFIERS_FILE, columns=("surface", "qualifier"), unique=("surface",)
        )
    }


@functools.lru_cache(maxsize=1)
def load_bounds() -> dict[str, str]:
    """The bound (one of ``BOUNDS``) of each normalised qualifier in the qualifiers file."""
    rows = read_data_file(
        QUALIFIERS_FILE, columns=("surface", "qualifier", "bound"), allowed={"bound": BOUNDS}
    )
    return {row["qualifier"]: row["bound"] for row in rows}


def _alternation(surfaces: Iterable[str]) -> str:
    """A regex alternation, longest first; lower-case surfaces match in any case."""
    parts = []
    for s in sorted(set(surfaces), key=lambda x: (-len(x), x)):
        pattern = re.escape(s).replace(r"\ ", "[ ]+")
        parts.append(f"(?i:{pattern})" if s == s.lower() and s.isalpha() else pattern)
    return "|".join(parts)


@functools.lru_cache(maxsize=1)
def _unit_patterns() -> dict[str, Any]:
    """Compiled prefix/suffix unit patterns and lookup tables from ``units.csv``."""
    units = load_units()
    prefix = units[units["position"].isin(["prefix", "both"])]
    suffix = units[units["position"].isin(["suffix", "both"])]
    prefix_lookup = {r.surface.lower(): (r.unit, r.category) for r in prefix.itertuples()}
    suffix_lookup = {r.surface.lower(): (r.unit, r.category) for r in suffix.itertuples()}
    # the forms the patterns also match: any case, compatibility forms ("µm", the micro
    # sign, for the Greek "μm"); see _unit_lookup
    for table, rows in ((prefix_lookup, prefix), (suffix_lookup, suffix)):
        for r in rows.itertuples():
            table.setdefault(_folded_unit(r.surface), (r.unit, r.category))
    # surfaces that differ only in case ('g' gram, 'G' generation): the exact one wins
    suffix_lookup.update({r.surface: (r.unit, r.category) for r in suffix.itertuples()})
    prefix_re = re.compile(
        rf"(?:(?<![\w$€£])|(?<=US))(?P<cur>{_alternation(prefix['surface'])})[ ]?$"
    )
    suffix_re = re.compile(
        rf"(?P<sep>[ ]?|-)(?P<unit>{_alternation(suffix['surface'])})(?:(?<=[%$€£₽₴²])|(?![\w]))"
    )
    return {
        "prefix_re": prefix_re,
        "suffix_re": suffix_re,
        "prefix": prefix_lookup,
        "suffix": suffix_lookup,
    }


def _folded_unit(surface: str) -> str:
    """A unit surface in the one form the lookup tables also hold: runs of spaces as one,
    compatibility forms folded, case-folded."""
    return unicodedata.normalize("NFKC", " ".join(surface.split())).casefold()


def _unit_lookup(position: str, surface: str) -> tuple[str, str]:
    """(unit, category) of a unit as the prefix or suffix pattern matched it: the exact
    case first, then any case or spacing or compatibility form (the pattern matches "US
    $" and the micro sign's "µm" as it matches "US $" and "μm")."""
    lookup = _unit_patterns()[position]
    surface = " ".join(surface.split())
    return lookup.get(surface) or lookup.get(surface.lower()) or lookup[_folded_unit(surface)]


def _suffix_unit(surface: str) -> tuple[str, str]:
    """(unit, category) of a unit as written after a number; the exact case first."""
    return _unit_lookup("suffix", surface)


#: What stands between a qualifier and its number: spaces, a closing mark after a quoted
#: qualifier ('"just below" 90%'), or nothing after a sign ('~90').
_QUALIFIER_GAP = r"""(?:(?<=[\w])["”’'][ ]+|[ ]+|(?<=[~≈<>]))"""


@functools.lru_cache(maxsize=1)
def _qualifier_re() -> re.Pattern[str]:
    """Regex matching a qualifier that ends right before a number, also one quoted ('has
    "just below" 90% of its combat power', "'well over' 100,000")."""
    alternation = "|".join(
        re.escape(q).replace(r"\ ", "[ ]+")
        for q in sorted(load_qualifiers(), key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w])(?P<q>{alternation}){_QUALIFIER_GAP}$", re.IGNORECASE)


def _qualifier_of(match: re.Match[str]) -> str:
    """The name of the qualifier a :func:`_qualifier_re` match found ("at least")."""
    return load_qualifiers()[re.sub(r"\s+", " ", match.group("q").lower())]


# ---------------------------------------------------------------------------
# Number parsing
# ---------------------------------------------------------------------------

_PLAIN_NUMBER_RE = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?")
_CURRENCY_STRIP_RE = re.compile(
    r"^(?:us\$|us|usd|eur|gbp|uah|rub|[$€£₽₴])\s*|\s*(?:usd|eur|gbp|uah|rub|[$€£₽₴])$"
)


def _parse_digits(text: str) -> float | None:
    """Parse '6,655', '-1.5', '1e+16', '.5'; None when the string is not such a number."""
    if not text or not any(c.isdigit() for c in text):
        return None
    if not _PLAIN_NUMBER_RE.fullmatch(text):
        return None
    value = float(text.replace(",", ""))
    return value if math.isfinite(value) else None


def _parse_words(text: str) -> float | None:
    """Parse number words ('two and a half', 'half a million', 'thirty-five', '1.5 million')."""
    tokens = re.findall(r"[a-z]+|\d[\d,]*(?:\.\d+)?|\S", text)
    if not tokens:
        return None
    total = 0.0
    current: float | None = None
    seen_number = False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in _UNITS_WORDS or tok in _TENS_WORDS:
            value = _UNITS_WORDS.get(tok, _TENS_WORDS.get(tok, 0))
            if current is not None and (
                current % 10 != 0 or (tok in _TENS_WORDS and current % 100 != 0)
            ):
                return None
            current = (current or 0) + value
            seen_number = True
        elif tok[0].isdigit():
            value = _parse_digits(tok)
            if value is None or current is not None or seen_number:
                return None
            current = value
            seen_number = True
        elif tok in {"a", "an"}:
            if nxt not in _SCALE_WORDS and nxt not in {"dozen", "half", "quarter"}:
                return None
            if current is None and nxt not in {"half", "quarter"}:
                current = 1.0
        elif tok in {"half", "quarter"}:
            fraction = 0.5 if tok == "half" else 0.25
            prev = tokens[i - 1] if i else ""
            if current is None:
                current = fraction
            elif prev in {"a", "an", "and"}:
                current += fraction
            else:
                return None
            seen_number = True
        elif tok == "and":
            if current is None and total == 0:
                return None
        elif tok == "dozen":
            current = (current or 1) * 12
            seen_number = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen_number = True
        elif tok in _SCALE_WORDS or tok in _SCALE_ABBREVIATIONS:
            scale = _SCALE_WORDS.get(tok) or _SCALE_ABBREVIATIONS[tok]
            if current is None and total == 0:
                return None
            total += (current if current is not None else 1) * scale
            current = None
            seen_number = True
        elif tok == ",":
            pass
        else:
            return None
        i += 1
    if not seen_number:
        return None
    result = total + (current or 0)
    return result if math.isfinite(result) else None


def parse_number(text: str) -> float | None:
    """Parse a number written in digits, words or both.

    Examples: "6,655" -> 6655, "18.2 billion" -> 1.82e10, "six million" -> 6e6,
    "two and a half" -> 2.5, "a dozen" -> 12, "1.5m" -> 1.5e6, "10bn" -> 1e10,
    "half a million" -> 5e5, "thirty-five" -> 35, "1 1/2" -> 1.5, "$400 million"
    -> 4e8 (a leading or trailing currency sign is ignored).

    Args:
        text: Any string.

    Returns:
        The value as a float, or None when the string is not a number. Never raises.
    """
    try:
        return _parse_number(text)
    except (ValueError, ArithmeticError, TypeError, IndexError, KeyError):
        return None


def _parse_number(text: str) -> float | None:
    if not isinstance(text, str):
        return None
    s = text.strip().replace("\u2212", "-").replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"\s+", " ", s).lower()
    s = _CURRENCY_STRIP_RE.sub("", s).strip()
    if not s:
        return None
    value = _parse_digits(s)
    if value is not None:
        return value
    sign = 1.0
    if s[0] in "+-" and len(s) > 1 and s[1].isdigit():
        sign, s = (-1.0 if s[0] == "-" else 1.0), s[1:]
    if s[-1] in _FRACTION_CHARS:
        whole = _parse_digits(s[:-1]) if s[:-1] else 0.0
        return None if whole is None else sign * (whole + _FRACTION_CHARS[s[-1]])
    mixed = re.fullmatch(r"(\d+)? ?(\d+)/(\d+)", s)
    if mixed:
        denominator = float(mixed.group(3))
        if denominator == 0:
            return None
        whole = float(mixed.group(1) or 0)
        return sign * (whole + float(mixed.group(2)) / denominator)
    abbreviated = re.fullmatch(r"([\d,.]+) ?(k|m|mn|mln|bn|b|bln|tn|trn|mil)", s)
    if abbreviated:
        base = _parse_digits(abbreviated.group(1))
        return None if base is None else sign * base * _SCALE_ABBREVIATIONS[abbreviated.group(2)]
    value = _parse_words(s.replace("-", " "))
    return None if value is None else sign * value


# ---------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------


def _item(start: int, end: int, text: str, **fields: Any) -> dict[str, Any]:
    """A quantity dict with every key, defaults filled in."""
    item: dict[str, Any] = dict.fromkeys(QUANTITY_KEYS)
    item.update(start_char=start, end_char=end, surface=text[start:end], vague=False)
    item.update(fields)
    return item


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)


def _find_fixed_forms(text: str) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """Dates, times, year ranges, decades and phone numbers (consumed before numbers)."""
    items: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    for match in _PHONE_RE.finditer(text):
        digits = sum(c.isdigit() for c in match.group())
        if digits >= 7 and not re.fullmatch(
            r"(?:1[5-9]|20)\d\d[ -](?:1[5-9]|20)\d\d", match.group()
        ):
            taken.append(match.span())
    for pattern in _DATE_RES:
        for match in pattern.finditer(text):
            if _overlaps(*match.span(), taken):
                continue
            groups = match.groupdict()
            day = groups.get("day")
            month = groups.get("month") or ""
            if day is not None and not 1 <= int(day) <= 31:
                continue
            if month[:1].isdigit() and not 1 <= int(month) <= 12:
                continue
            if month.startswith("May") and day is None and groups.get("year") is None:
                continue
            value = float(day) if day is not None else float(groups["year"])
            items.append(_item(*match.span(), text, value=value, category="date"))
            taken.append(match.span())
            if day is None or groups.get("year") is not None:
                continue
            days = _DAYS_AFTER_DAY_RE.match(text, match.end()) or _SECOND_DAY_RE.match(
                text, match.end()
            )
            if days:
                _take_days(days.group(), days.start(), text, items, taken)
    for match in _DAYS_BEFORE_MONTH_RE.finditer(text):
        if not _overlaps(*match.span(), taken):
            _take_days(match.group(), match.start(), text, items, taken)
    for match in _TIME_RE.finditer(text):
        if not _overlaps(*match.span(), taken):
            hours = parse_number(re.match(r"\d+", match.group()).group())
            items.append(_item(*match.span(), text, value=hours, category="time"))
            taken.append(match.span())
    for match in _YEAR_RANGE_RE.finditer(text):
        if _overlaps(*match.span(), taken):
            continue
        first, second = match.group("first"), match.group("second")
        second_year = int(first[:2] + second) if len(second) == 2 else int(second)
        if second_year <= int(first):
            continue
        for group, year in (("first", int(first)), ("second", second_year)):
            items.append(_item(*match.span(group), text, value=float(year), category="year"))
        taken.append(match.span())
    for match in _DECADE_RE.finditer(text):
        if not _overlaps(*match.span(), taken):
            items.append(
                _item(*match.span(), text, value=float(match.group()[:4]), category="year")
            )
            taken.append(match.span())
    for match in _PART_OF_YEAR_RE.finditer(text):
        if not _overlaps(*match.span("year"), taken):
            year = float(match.group("year"))
            items.append(_item(*match.span("year"), text, value=year, category="year"))
            taken.append(match.span("year"))
    return items, taken


def _is_list_marker(text: str, start: int, end: int) -> bool:
    """'1)' or '8)' numbering the points of a list: a small whole number before a closing
    parenthesis that no opening one before it pairs with ('(up 2)' is a figure); '2.' standing
    alone between sentences ('... to respond in some form. 2. The next')."""
    if not re.fullmatch(r"\d{1,2}", text[start:end]):
        return False
    if (
        re.match(r"\.(?:\s|$)", text[end : end + 2])
        and (not text[:start].strip() or _AFTER_SENTENCE_RE.search(text, max(0, start - 6), start))
        and not _LABEL_NUMBER_RE.search(text, max(0, start - 12), start)  # 'was No. 2.'
    ):
        return True
    if text[end : end + 1] != ")":
        return False
    return text.rfind("(", 0, start) <= text.rfind(")", 0, start)


#: The end of a sentence, or of a line, right before a word.
_AFTER_SENTENCE_RE = re.compile(r"(?:[.!?][\"”’']?[ \t]+|\n\s*)$")


def _take_days(listed: str, offset: int, text: str, items: list, taken: list) -> None:
    """The days of a list of a month's days ('5, 6, and' before '7 May', ', 6 and 7' after
    'May 5') as dates; a list with a number that is no day of a month is left alone."""
    days = [(m.start() + offset, m.end() + offset) for m in re.finditer(r"\d+", listed)]
    if all(1 <= int(text[start:end]) <= 31 for start, end in days):
        for start, end in days:
            items.append(_item(start, end, text, value=float(text[start:end]), category="date"))
            taken.append((start, end))


def _is_glued_name(text: str, start: int, end: int) -> bool:
    """True for digits glued to letters (G7, T-72, F-16, Covid-19, 9M723), '24/7' or '§4'."""
    before = text[max(0, start - 12) : start]
    after = text[end : end + 3]
    if re.match(
        r"K[ ](?i:resolution|TV|video|display|screen|monitor|camera|content)\b", text[end:]
    ):
        return True  # '4K resolution' names a format, not 4,000
    units = _unit_patterns()
    if _currency_before(text, start):
        return False
    unit = units["suffix_re"].match(text, end)
    if (
        unit
        and unit.group("sep") == ""
        and re.match(r"(?:\W|$)", text[unit.end() : unit.end() + 1])
    ):
        after = text[unit.end() : unit.end() + 3]
    elif re.match(r"(?i:bn|mn|mln|bln|tn|trn|mil|m|k)\b", after):
        after = ""
    if before[-1:].isalpha() or re.search(r"[§¶][ ]?$", before):
        return True  # (or a section of a text: '§4', '§ 12')
    if not unit and re.search(r"(?<!\w)[A-Z]{3,}[ ][-‑]$", before):
        return True  # 'COVID -19': a name's number set off by a stray space
    glued = re.search(r"([A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)[-‑]$", before)
    measured = glued and re.fullmatch(r"\d[\d.,]*([A-Za-z]+)", glued.group(1))
    if measured and measured.group(1).lower() in units["suffix"]:
        glued = None  # '110km-120km range': the high end of a range, each end with its unit
    if glued and (glued.group(1).lower() not in _PREFIX_NAME_OK or not glued.group(1).islower()):
        return True
    if re.search(r"\w[/+]$", before) or re.match(r"[/+]\w|\([a-z]\)", after):
        return True  # '24/7', 'Covid+', '401(k)'
    return bool(re.match(r"[-‑]?[A-Z]", after)) and not re.match(r"-[A-Z][a-z]", after)


def _scan_numbers(text: str, taken: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Numeric expressions in digits or words, with currency, qualifier, unit and conversion."""
    units = _unit_patterns()
    items: list[dict[str, Any]] = []
    last_end = 0
    for match in _number_matches(text):
        start, end = match.span()
        if start < last_end or _overlaps(start, end, taken):
            continue
        core = match.group()
        fraction = _fraction_after(match, text)
        if fraction is not None:
            value = parse_number(core) / int(fraction.group("d"))
            item = _item(start, end + fraction.end(), text, value=value, category="count")
            if _SHARE_OF_RE.match(text, end + fraction.end()):
                # '2/3 of oil imports', 'about 1/3 of the country's energy infrastructure': a
                # share, as 'a third of' is (not '1/16 of a pint')
                item.update(value=round(100 * value, 2), unit="percent", category="percentage")
            item.update(num_start=start, core_end=end + fraction.end(), is_words=False)
            item.update(has_scale=False, scale_factor=1.0)
            _extend_left(item, text)
            pound = re.match(r"[ ]+pounds?\b", text[item["end_char"] :])
            if pound:  # 'half a pound' is a weight, not sterling
                item.update(unit="lb", end_char=item["end_char"] + pound.end())
                item["unit_end"] = item["end_char"]
            elif not re.match(r"[ ]+of\b", text[item["end_char"] : item["end_char"] + 4]):
                _extend_right(item, text)
            item["surface"] = text[item["start_char"] : item["end_char"]]
            last_end = item["end_char"]
            items.append(item)
            continue
        if match.group("digits"):
            if _is_glued_name(text, start, match.start("scale")):
                continue
            if text[max(0, start - 2) : start] == "PS" and not _is_transliterated_pound(match):
                continue
            following = text[end : end + 12]
            if re.match(r"(?:st|nd|rd|th)\b", following) or re.match(r"s\b", following):
                continue
            if re.match(r"[A-Za-z]", following) and not units["suffix_re"].match(following):
                continue
            if _WEB_DOMAIN_RE.match(following):
                continue  # 'the website 1920.in stated': a name of a site
            if _is_list_marker(text, start, end):
                continue
        else:
            words = core.lower().split()
            if words[0] in {"a", "an", "half"} and len(words) == 1:
                continue
            fraction = _FRACTION_WORD_RE.match(text, end)
            if fraction and _QUARTERS_OF_TIME_RE.search(text, 0, start):
                fraction = None  # 'the last three quarters of 2021': a count of quarters
            if fraction and fraction.group("d").lower() == "quarters" and core.lower() != "three":
                fraction = None  # 'two quarters of economic contraction': a half is "half"
            if fraction:
                numerator = parse_number(core)
                denominator = _FRACTION_DENOMINATORS[fraction.group("d").lower().rstrip("s")]
                if numerator is not None and not match.group("scale"):
                    value = round(100 * numerator / denominator, 2)
                    item = _item(start, fraction.end(), text, value=value, category="percentage")
                    item.update(unit="percent", is_words=True, has_scale=False)
                    item["core_end"] = fraction.end()
                    _extend_left(item, text)
                    item["surface"] = text[item["start_char"] : item["end_char"]]
                    last_end = item["end_char"]
                    items.append(item)
                continue
        metres = _metres_not_millions(match, text)
        if metres is not None:
            core, end = core[: match.start("scale") - start], metres
        value = parse_number(core.replace("-", " ") if match.group("words") else core)
        if value is None:
            continue
        item = _item(start, end, text, value=value, category="count", core_end=end)
        if metres is not None:
            item.update(unit="m", category="distance", core_end=match.start("scale"))
        item["num_start"] = start
        item["is_words"] = bool(match.group("words"))
        item["has_scale"] = bool(match.group("scale"))
        base = parse_number(core[: match.start("scale") - start]) if item["has_scale"] else None
        item["scale_factor"] = value / base if base else 1.0
        _extend_left(item, text)
        _extend_right(item, text)
        last_end = item["end_char"]
        items.append(item)
    return items


def _number_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_NUMBER_CORE_RE`, with two numbers in words joined by "and"
    told apart ("between three million and five million": 3 million, then 5 million, not
    one number; "two hundred and fifty thousand" stays one)."""
    pos = 0
    while (match := _NUMBER_CORE_RE.search(text, pos)) is not None:
        if match.group("words") and parse_number(match.group().replace("-", " ")) is None:
            match = _parsed_prefix(match)  # 'three five-year-olds': three, then five
        second = _second_number_at(match) if match.group("words") else None
        if second is None:
            yield match
            pos = match.end()
            continue
        joint, resume = second
        first = _NUMBER_CORE_RE.match(text, match.start(), joint)
        if first is not None:
            yield first
        pos = resume


def _parsed_prefix(match: re.Match[str]) -> re.Match[str]:
    """The longest run of a match's first words that reads as one number where the rest
    reads as another ('three' of 'three five-year-olds', 'six' of 'aged six and nine'), or
    the match itself (a word said twice, 'for one one hour', is a slip; 'one quarter' is
    no two numbers)."""
    for gap in reversed(list(re.finditer(r"[ -]+(?:and[ ]+)?", match.group()))):
        end = match.start() + gap.start()
        prefix = _NUMBER_CORE_RE.match(match.string, match.start(), end)
        rest = match.group()[gap.end() :]
        first = rest.lower().split()[0].split("-")[0]
        if first in _FRACTION_DENOMINATORS or first in _SCALE_WORDS or first == "dozen":
            continue  # 'one quarter', 'two hundred': one number
        if prefix is None or prefix.end() != end or rest.lower() == prefix.group().lower():
            continue
        if (
            parse_number(prefix.group().replace("-", " ")) is not None
            and parse_number(rest.replace("-", " ")) is not None
        ):
            return prefix
    return match


def _second_number_at(match: re.Match[str]) -> tuple[int, int] | None:
    """Where "and" starts and the second number begins in a match of two numbers in words
    joined by "and", each with a scale of a thousand or more, the second's not smaller."""
    core = match.group().lower()
    for joint in re.finditer(r"[ ]+and[ ]+", core):
        before = re.findall(_SCALE_WORD, core[: joint.start()])
        after = re.findall(_SCALE_WORD, core[joint.end() :])
        if not before or not after or before[-1] not in _BIG_SCALES:
            continue
        if _SCALE_WORDS.get(after[0], 0) >= _SCALE_WORDS[before[-1]]:
            return match.start() + joint.start(), match.start() + joint.end()
    return None


#: Scale words that end a number of their own before "and" ("three million and ...").
_BIG_SCALES = frozenset({"thousand", "million", "billion", "trillion"})


#: "of" after a fraction and no "a", "an" or "one" after it: the fraction is a share of what
#: follows ('2/3 of oil imports'; not '1/16 of a pint').
_SHARE_OF_RE = re.compile(r"[ ]+of[ ]+(?!(?i:an?|one)\b)")
#: A share written with a slash ('2/3').
SLASH_SHARE_RE = re.compile(r"\b\d{1,3}/\d{1,3}\b")
#: Denominators of a fraction written with a slash before a unit ('1/2 pound', '3/4 inch').
_SLASH_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32, 64})


def _fraction_after(match: re.Match[str], text: str) -> re.Match[str] | None:
    """'/16' before 'of' or '/2' before a unit, after the digits: a fraction.

    Before 'of' any denominator counts ('1/16 of a pint'); before a unit from the
    vocabulary, only a proper fraction of a usual denominator does ('1/2 pound',
    '3/4 inch', 'a 1/4-mile track'; not '24/7 news' or '9/11 attacks').
    """
    core = match.group()
    if not match.group("digits") or match.group("scale") or "." in core or "," in core:
        return None
    end = match.end()
    fraction = re.match(r"/(?P<d>\d{1,3})(?=(?:[ ]+|-)[a-z])", text[end : end + 12])
    if fraction is None or int(fraction.group("d")) == 0:
        return None
    after = end + fraction.end()
    if re.match(r"[ ]+of\b", text[after : after + 4]):
        return fraction
    numerator, denominator = int(core), int(fraction.group("d"))
    unit = _unit_patterns()["suffix_re"].match(text, after) or re.match(
        r"[ ]+pounds?\b", text[after : after + 8]
    )
    if denominator in _SLASH_DENOMINATORS and numerator < denominator and unit:
        return fraction
    return None


_DIMENSION_AFTER_RE = re.compile(
    r"(?:[ -](?:long|wide|high|tall|deep|thick|across|away|below|above|underground"
    r"|in[ ](?:length|height|diameter|depth|width))\b)"
    r"|(?:[ ](?:individual[ ]medley|freestyle|backstroke|breaststroke|butterfly|medley"
    r"|hurdles|relay|sprint|dash|steeplechase|race|final)\b)"
)


def _metres_not_millions(match: re.Match[str], text: str) -> int | None:
    """'300m long', 'a 100m-high tower', '200m freestyle': 'm' is metres, not million.

    Only a digit number with a glued 'm', no currency before it, and a word of size
    or a race after it ('the 400m hurdles'; not 'a $10m race') or a noun of size and
    'of' before it ('at a distance of 2,475m') counts. Returns the end of the unit.
    """
    if not match.group("digits") or match.group("scale") != "m":
        return None
    if re.search(
        r"[$€£¥₹][ ]?$|\b[A-Z]{2,3}[ ]?$", text[max(0, match.start() - 4) : match.start()]
    ):
        return None
    before = text[max(0, match.start() - 40) : match.start()]
    if not (_DIMENSION_AFTER_RE.match(text, match.end()) or _DIMENSION_BEFORE_RE.search(before)):
        return None
    return match.end()


#: A word of size before a number: 'at a distance of 2,475m', 'an altitude of about 500m'; a
#: shot's distance ('a kill at 3,540m').
_DIMENSION_BEFORE_RE = re.compile(
    r"\b(?:(?:distance|range|depth|height|altitude|elevation|radius|length|width|diameter)"
    r"[ ]+of"
    # a shot's distance: 'the longest combat kill at 3,540m', 'a shot from 2,000m'
    r"|(?:kill|shot)[ ]+(?:at|from))"
    r"[ ]+(?:(?:about|around|some|nearly|almost|over|up[ ]+to|more[ ]+than)[ ]+)?$",
    re.IGNORECASE,
)
#: Units of weight whose conversion in parentheses into 'pounds' is a weight too.
_MASS_UNITS_RE = re.compile(r"kg|g|tonne|t|mg|lb|oz|stone")


def _is_transliterated_pound(match: re.Match[str]) -> bool:
    """'PS2.7m', 'PS21,700': '£' as ASCII transliteration writes it; not 'PS4' or 'PS5'.

    A console name is one digit; a price has a scale, decimals, a thousands comma or
    at least two digits.
    """
    digits = match.group("digits")
    return bool(match.group("scale")) or len(re.sub(r"\D", "", digits)) >= 2


def _scan_folds(text: str, taken: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """'sixfold', '2.5-fold', 'ten-fold', 'twice as large': a multiple, in ``times``."""
    items = []
    for match in [*_FOLD_RE.finditer(text), *_TWICE_RE.finditer(text)]:
        if _overlaps(*match.span(), taken):
            continue
        word = match.group("n").lower()
        value = _TWICE_VALUES.get(word) or parse_number(word)
        if value is None:
            continue
        item = _item(*match.span(), text, value=value, unit="times", category="count")
        item.update(is_words=not word[:1].isdigit(), has_scale=False)
        if word in _TWICE_VALUES:
            # the word is number and unit at once: its unit's words are the word itself
            item.update(core_end=match.start(), num_start=match.start(), unit_end=match.end())
        else:
            item.update(core_end=match.start("unit"), num_start=match.start())
            item["unit_end"] = match.end()
        _extend_left(item, text)
        item["surface"] = text[item["start_char"] : item["end_char"]]
        items.append(item)
    return items


def _year_then_to(first: dict[str, Any], second: dict[str, Any], gap: str, text: str) -> bool:
    """'sentenced in 2020 to 16 years': four digits that may be a year, a bare number
    larger than the number 'to' leads to, are no end of a range with it."""
    surface = text[first["start_char"] : first["end_char"]]
    return (
        gap.strip() == "to"
        and re.fullmatch(r"(?:1[89]|20)\d\d", surface) is not None
        and second["value"] is not None
        and second["value"] < first["value"]
    )


def _share_range_units(items: list[dict[str, Any]], text: str) -> None:
    """'10-15 km', 'eight or nine months', '$5-6 billion': both ends share unit and scale."""
    for first, second in itertools.pairwise(items):
        gap = text[first["end_char"] : second["start_char"]]
        # 'minus 5 to minus 2': the second end's own minus is not part of the gap
        gap = re.sub(r"(?<=\S)[ ](?:(?i:minus)[ -]?|[-\u2212])$", " ", gap)
        if not _RANGE_GAP_RE.fullmatch(gap) or first["vague"] or second["vague"]:
            continue
        if gap.strip() in {"-", "–", "—"} and gap[:1] == " " and gap[-1:] != " ":
            continue  # '2019 -5': a sign on the second, no range ('1.5- 2km' is one)
        if _year_then_to(first, second, gap, text):
            continue  # 'sentenced in 2020 to 16 years': a year, then the term
        if _is_range(first, second, gap, text):
            first["range_with"], second["range_with"] = second, first
        if first["unit"] is None and second["unit"] is not None:
            first.update(unit=second["unit"], category=second["category"])
        elif second["unit"] is None and first["category"] == "money":
            second.update(unit=first["unit"], category=first["category"])
        same_unit = first["unit"] is None or first["unit"] == second["unit"]
        factor = second.get("scale_factor", 1.0) if second["has_scale"] else 1.0
        last_word = text[second["start_char"] : second.get("core_end", 0)].lower().split()[-1:]
        if second.get("is_words") and last_word and last_word[0] in _SCALE_WORDS:
            factor = _SCALE_WORDS[last_word[0]]
        if (
            factor != 1.0
            and not first["has_scale"]
            and first["value"] < 1000
            and (first.get("range_with") is second or same_unit)
        ):
            first["value"] *= factor
            first["has_scale"] = True
    for item in items:
        other = item.pop("range_with", None)
        if other is not None and item["unit"] and str(other["unit"]).startswith(item["unit"] + "/"):
            item["unit"] = other["unit"]
        if other is not None and item["end_char"] <= other["start_char"]:
            _range_end_sign(item, text)
            _range_end_sign(other, text)
            low, high = item["value"], other["value"]
            item.update(value_low=low, value_high=high)
            other.update(value_low=low, value_high=high)


def _share_list_units(items: list[dict[str, Any]], text: str) -> None:
    """'for three, four, five hours': numbers in words listed before a measure share its unit.

    Only numbers spelled out and separated by a comma alone take it, from the last
    of the list backwards ('By 2022, 40 km' has no list).
    """
    for first, second in reversed(list(itertools.pairwise(items))):
        if (
            first["unit"] is None
            and second["unit"] is not None
            and first.get("is_words")
            and second.get("is_words")
            and not first["vague"]
            and text[first["end_char"] : second["start_char"]] == ", "
        ):
            first.update(unit=second["unit"], category=second["category"])


def _range_end_sign(item: dict[str, Any], text: str) -> None:
    """'from -3C to 4C', 'between minus 5 and minus 10': a minus before a range's end.

    Only a minus not right after a digit counts ('10-15' has none).
    """
    minus = _range_end_minus(item, text)
    if minus is None or item.get("signed"):
        return
    item["value"] = -item["value"]
    item["signed"] = True
    if item["start_char"] == item["num_start"]:
        item["start_char"] = minus.start()
        item["surface"] = text[item["start_char"] : item["end_char"]]


def _range_end_minus(item: dict[str, Any], text: str) -> re.Match[str] | None:
    """The minus written before a positive number, when not right after a digit."""
    num_start = item.get("num_start")
    if num_start is None or item["value"] is None or item["value"] <= 0:
        return None
    minus = _MINUS_RE.search(text, max(0, num_start - 7), num_start)
    if minus is None or re.search(r"\d[ ]?$", text[max(0, minus.start() - 2) : minus.start()]):
        return None
    return minus


def _is_range(first: dict[str, Any], second: dict[str, Any], gap: str, text: str) -> bool:
    """Two numbers that are the ends of one range ('four to five thousand', '$5-6 billion').

    Not a range: 'X and Y' without 'between'; 'X or Y' with scale words ('25k or
    40k'); a dash before a qualified amount ('four weeks - around 130 people'); ends with
    different units; a falling pair not after 'from' ('a vote of 232
    to 197'); a change and the level reached ('rose 7% to
    $84', 'increased by $43.6 billion to $419.2 billion'); a year and a number
    ('1990 to 5', '5 to 2000'; but 'from 1000 to 2000 hires' is a range).
    """
    word = gap.strip()
    before = text[max(0, first["start_char"] - 40) : first["start_char"]]
    if word in {"-", "–", "—"} and second["qualifier"]:
        return False  # 'for four weeks - around 130 people': a dash between two amounts
    if word == "to" and _bounded(second) and not first["qualifier"]:
        return False  # 'from 120mm to at least 270mm': a level, then a bound on the next
    if word == "and" and not re.search(
        r"\b(?i:between)[ ]+(?:(?i:minus)[ -]?|[-\u2212])?$", before
    ):
        return False
    if word == "or" and (first["has_scale"] or second["has_scale"]):
        return False
    if (
        first["unit"]
        and second["unit"]
        and first["unit"] != second["unit"]
        and not str(second["unit"]).startswith(first["unit"] + "/")  # '$5 to $8 a day'
    ):
        return False
    low, high = (
        -item["value"] if _range_end_minus(item, text) else item["value"]
        for item in (first, second)
    )
    # 'a vote of 232 to 197' (not 'minus 5 to minus 2'; 'fell from $2,415 to $2,315' is
    # one range, as NewsQuant writes it)
    if low > high and not re.search(r"\bfrom[ ]+(?:[-\u2212]|(?i:minus)[ -]?)?$", before):
        return False
    if (
        word == "to"
        and first["unit"]
        and _DIRECTION_RE.search(before)
        and not re.search(r"\b" + _FROM_LEVEL + r"[ ]+$", before)
    ):
        return False
    first_year, second_year = (
        re.fullmatch(r"(?:1[89]|20)\d\d", text[item["start_char"] : item["end_char"]])
        for item in (first, second)
    )
    # a year and a number, unless an amount of the same size opens it ('from 1000 to 2000')
    return not first_year and not (second_year and first["value"] < 100)


#: Currency signs that are letters: they count only glued to the digits ('PS118' is a
#: transliterated '£118', 'PS 118' a school), and a single letter only before an amount
#: written like money ('R500 million', 'Y3.5bn'; not 'R2-D2', 'Y2K' or 'Generation Y').
_GLUED_ONLY_CURRENCIES = frozenset({"PS", "R", "Y"})
_MONEY_DIGITS_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?[ ]?(?i:million|billion|trillion|bn|mn|m|tn)\b"
    r"|\d+\.\d\d(?!\d)"
)


def _currency_before(text: str, end: int, *, number_start: int | None = None) -> re.Match | None:
    """The currency sign written right before ``end`` (the number's start), or None."""
    window = text[max(0, end - 6) : end]
    cur = _unit_patterns()["prefix_re"].search(window)
    if cur and cur.group("cur") in _GLUED_ONLY_CURRENCIES:
        digits = end if number_start is None else number_start
        if cur.end("cur") != len(window):
            return None
        if len(cur.group("cur")) == 1 and not _MONEY_DIGITS_RE.match(text, digits):
            return None
    return cur


#: Comparatives of a level ('higher than'), which before a time ago compare the level then,
#: not the time ('20 cents higher than one month ago').
_LEVEL_COMPARATIVES = frozenset(
    {"higher than", "lower than", "greater than", "larger than", "bigger than", "smaller than"}
)
#: A time reckoned back from now or from then, right after a number ('one month ago').
_AGO_AFTER_RE = re.compile(
    r"[ -]+(?:second|minute|hour|day|week|month|year|decade)s?[ ]+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)
#: A span of time a number sizes ('over three month period', 'over 10-year span'): 'over'
#: before it says during, not more than.
_PERIOD_AFTER_RE = re.compile(
    r"[ -]+(?:hour|day|week|month|year|decade)[ -]+(?:period|span|window|stretch|spell)\b",
    re.IGNORECASE,
)
#: An estimate named before its amount ('an estimated net worth of', 'an estimated death
#: toll of'): the amount is approximate.
_ESTIMATED_OF_RE = re.compile(
    r"(?<![\w])(?:an|the|its|their|his|her)[ ]+estimated(?:[ ]+[a-z-]+){1,3}[ ]+of[ ]+$",
    re.IGNORECASE,
)
#: An estimate said with its verb right before the amount ('is estimated to cost', 'was
#: estimated to be worth'): the amount is approximate.
_ESTIMATED_TO_RE = re.compile(
    r"\bestimated[ ]+to[ ]+(?:cost|be|reach|total|number)(?:[ ]+worth)?[ ]+$", re.IGNORECASE
)
#: 'every' right before a number ('roughly every two weeks').
_EVERY_RE = re.compile(r"(?<![\w])every[ ]+$", re.IGNORECASE)


def _approximation_apart(text: str, end: int) -> str | None:
    """An approximation that does not stand right before the number ending the text at
    ``end``, which it qualifies all the same: 'an estimated net worth of 902 million pounds'
    (about), 'roughly every two weeks' (over 'every'); None when there is none."""
    if _ESTIMATED_OF_RE.search(text, max(0, end - 50), end):
        return "about"
    if _ESTIMATED_TO_RE.search(text, max(0, end - 40), end):
        return "about"  # 'is estimated to cost €210 billion'
    every = _EVERY_RE.search(text, max(0, end - 30), end)
    rough = every and _qualifier_re().search(text[max(0, every.start() - 24) : every.start()])
    if not rough:
        return None
    approximation = _qualifier_of(rough)
    return approximation if load_bounds().get(approximation) == "~" else None


#: A verb of rising or going and 'past' or 'beyond' right before a number: 'bills will rise
#: past £4,000', 'inflation climbed beyond 10%' (not 'the past 24 hours').
_RISEN_PAST_RE = re.compile(
    r"\b(?i:ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?|push(?:es|ed|ing)?|surg(?:e|es|ed|ing)"
    r"|soar(?:s|ed|ing)?|jump(?:s|ed|ing)?|go|goes|going|gone|went|creep(?:s|ing)?|crept"
    r"|edg(?:e|es|ed|ing)|shot|shoots?)[ ]+(?i:past|beyond)[ ]+$"
)


def _risen_past(text: str, end: int) -> str | None:
    """'more than' for a number that a level rises or goes past or beyond ('rise past
    £4,000'); None otherwise."""
    return "more than" if _RISEN_PAST_RE.search(text, max(0, end - 24), end) else None


#: "the age of" right before a number, after which a qualifier before it bounds the age.
_THE_AGE_OF_RE = re.compile(r"\bthe[ ]+age[ ]+of[ ]+$", re.IGNORECASE)


def _age_bound(text: str, end: int) -> str | None:
    """The qualifier before "the age of" that ends at ``end``: 'up to the age of 35' is at
    most 35, 'under the age of 5' below 5 (the words stay out of the surface)."""
    aged = _THE_AGE_OF_RE.search(text, max(0, end - 16), end)
    if aged is None:
        return None
    qual = _qualifier_re().search(text[max(0, aged.start() - 24) : aged.start()])
    return _qualifier_of(qual) if qual else None


def _extend_left(item: dict[str, Any], text: str) -> None:
    """Attach a currency symbol and a qualifier written before the number."""
    start = item["start_char"]
    window = text[max(0, start - 6) : start]
    cur = _currency_before(text, start)
    if cur is None and window.endswith(("-", "\u2212")):
        cur = _currency_before(text, start - 1, number_start=start)
        if cur:
            start -= 1
            window = text[max(0, start - 6) : start]
    if cur:
        unit, category = _unit_lookup("prefix", cur.group("cur"))
        if cur.group("cur") == "$" and text[max(0, start - 3) : start].upper().startswith("US"):
            start -= 3 if text[start - 3 : start - 1].upper() == "US" else 0
        start = start - (len(window) - cur.start())
        item.update(unit=unit, category=category)
    minus = None if cur else _MINUS_RE.search(text, max(0, start - 7), start)
    end = minus.start() if minus else start  # 'about minus 387 Fahrenheit'
    qual = _qualifier_re().search(text[max(0, end - 24) : end])
    if qual and _PHRASAL_UP_TO_RE.search(text[max(0, end - 40) : end]):
        qual = None  # 'the lead up to 3G', 'lives up to 5 stars'
    if qual and _HANDED_OVER_RE.search(text[max(0, end - 40) : end]):
        qual = None  # 'to hand over four Soviet-made Su-25 military aircraft'
    if qual and _SPOKEN_ABOUT_RE.search(text[max(0, end - 40) : end]):
        qual = None  # 'to talk about two very important programs': what is talked of
    if (
        qual
        and qual.group("q").lower() == "over"
        and _PERIOD_AFTER_RE.match(text, item["end_char"])
    ):
        qual = None  # 'over three month period' is during it
    back_to_a_year = re.fullmatch(r"(?:1[89]|20)\d\d", text[end : item["end_char"]])
    if qual and qual.group("q").lower() == "as far as" and back_to_a_year:
        qual = None  # 'going back as far as 2013': back to a year
    if (
        qual
        and qual.group("q").lower() in _LEVEL_COMPARATIVES
        and _AGO_AFTER_RE.match(text, item["end_char"])
    ):
        qual = None  # '20 cents higher than one month ago': the time compared with
    if not qual:
        item["qualifier"] = (
            _approximation_apart(text, end)
            or _age_bound(text, end)
            or _risen_past(text, end)
            or item["qualifier"]
        )
    if qual:
        item["qualifier"] = _qualifier_of(qual)
        if not re.search(r"[\"”’]", qual.group()):  # a quoted one stays out of the surface
            start = end - (len(text[max(0, end - 24) : end]) - qual.start())
        if item["qualifier"] == "more than" and _NOT_BEFORE_RE.search(text, 0, start):
            item["qualifier"] = "up to"  # 'must not exceed 800' is at most 800
        window = text[max(0, start - 24) : start]
        outer = _qualifier_re().search(window)
        # (not 'as high as roughly 352 μm', which NewsQuant writes as roughly 352, nor 'got
        # us up to about 1,000 people')
        if outer and outer.group("q").lower().startswith("as "):
            outer = None
        if outer and _PHRASAL_UP_TO_RE.search(text[max(0, start - 40) : start]):
            outer = None
        if outer and load_bounds().get(item["qualifier"]) == "~":
            bounding = _qualifier_of(outer)
            if load_bounds().get(bounding) in {"<", ">", "≤", "≥"}:
                # 'a range of up to about 185 miles': at most, however roughly
                item["qualifier"] = bounding
                start -= len(window) - outer.start()
    item["start_char"] = start


#: What a qualifier opening a sentence or clause follows: its start, a stop, a colon, an
#: opening quotation mark.
_OPENS_CLAUSE_RE = re.compile(r"(?:^|[.!?:;]\s+|[“\"‘]\s*|\n\s*)$")


#: A negation right before a qualifier: 'must not exceed 800', 'cannot top 5%'.
_NOT_BEFORE_RE = re.compile(
    r"(?:\bnot|n[’']t|\bcannot|\bnever)[ ]+(?:(?:expected|likely|set|going|allowed)[ ]+to[ ]+)?$",
    re.IGNORECASE,
)  # 'must not exceed', 'was not expected to exceed'


#: Verbs of speaking, hearing and writing whose 'about' is a preposition of what they are
#: about ('to talk about two very important programs'); not 'I think about 70 percent ...'
#: nor "we're talking about 40,000 men", whose 'about' rounds the figure.
_SPOKEN_ABOUT_RE = re.compile(
    r"\b(?:talk|talks|talked|speak|speaks|spoke|complain|complains"
    r"|complained|complaining|hear|hears|heard|hearing|write|writes|wrote|written|writing"
    r"|learn|learns|learned|learnt|learning|information|news|details|data|story|stories"
    r"|question|questions)[ ]+about[ ]+$",
    re.IGNORECASE,
)
#: Verbs whose 'over' is a particle before what they give ('hand over four aircraft') or a
#: preposition of what they hold ('the brutes ruling over one-sixth of the world's population').
_HANDED_OVER_RE = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing"
    r"|rule|rules|ruled|ruling|reign|reigns|reigned|reigning|preside|presides|presided"
    r"|presiding)"
    r"[ ]+over[ ]+$",
    re.IGNORECASE,
)
#: 'up to' in 'the lead-up to' or 'lives up to', not a bound ('could face up to 15 years'
#: is one); nor after a verb that moves up to a level ('flights shot up to 70,000 roubles
#: from 22,000', 'which got us up to about 1,000 people'; 'some systems going up to $10,000'
#: is a most).
_PHRASAL_UP_TO_RE = re.compile(
    r"\b(?:(?:the|a|its|their)[ ]+(?:lead|run|build)|live|lives|living|lived"
    r"|shot|shoots|shooting|crept|creeps|ramped|ramps|ratcheted|gone|went"
    r"|(?:got|brought)[ ]+(?:us|them|it|him|her|me))"
    r"[ -]up[ ]+to[ ]+$",
    re.IGNORECASE,
)


#: A plus glued after a figure, written as a sign or a word: 'at least so many'.
_PLUS_AFTER_RE = re.compile(r"(?:\+|-plus\b)(?![\w+=-])")


def _extend_right(item: dict[str, Any], text: str) -> None:
    """Attach an age marker, a currency word or unit, and a conversion in parentheses."""
    units = _unit_patterns()
    end = item["end_char"]
    plus = _PLUS_AFTER_RE.match(text, end)
    if plus:
        item["plus"] = True  # '523+ arrested', 'the $100-plus cost', '20-plus years'
        end = item["end_char"] = plus.end()
    rest = text[end : end + 40]
    age = _AGE_SUFFIX_RE.match(rest)
    if age is None and _AGE_BEFORE_RE.search(
        text, max(0, item["start_char"] - 80), item["start_char"]
    ):
        age = _YEARS_AFTER_RE.match(rest)  # 'under the age of 5 years'
    if age:
        item.update(category="age", unit="year" if "year" in age.group().lower() else "month")
        item["end_char"] = end + age.end()
        return
    unit_match = units["suffix_re"].match(rest)
    loose = unit_match and _loose_letter_unit(unit_match, rest)
    if loose and not _degrees_spaced(unit_match, rest, text, item["start_char"]):
        unit_match = None
    more_times = _MORE_TIMES_RE.match(rest)
    if unit_match is None and more_times and item["unit"] is None:
        unit_match = more_times  # 'fined two more times': a count of times
    lasting = _LASTING_ADJECTIVE_RE.match(rest)
    if unit_match is None and lasting and item["unit"] is None:
        after = units["suffix_re"].match(rest, lasting.end())
        added = lasting.group().strip().lower() in {"more", "additional", "further", "extra"}
        surface = after.group("unit").lower() if after else ""
        added = added and len(surface) > 1 and surface != "in"  # not "Millions more in aid"
        if after and (added or _suffix_unit(after.group("unit"))[1] == "duration"):
            # 'for two entire days', 'three consecutive weeks', '15 million more barrels'
            unit_match = after
    if (
        unit_match
        and unit_match.group("unit").lower() == "won"
        and not (item.get("has_scale") or re.match(r"[ ]?\(", rest[unit_match.end() :]))
    ):
        unit_match = None  # '3 trillion won' is money, 'the 3 won' a tally
    if (
        unit_match
        and not (
            unit_match.group("unit").lower() == "pounds"
            and re.match(r"\s+of\b", rest[unit_match.end() :])
        )
        and (item["unit"] is None or unit_match.group("unit").lower() in {"us dollars", "dollars"})
    ):
        unit, category = _suffix_unit(unit_match.group("unit"))
        if _pounds_of_weight(unit_match, text, item["start_char"]):
            unit, category = "lb", "count"
        if unit == "NOK" and _danish_kroner(unit_match, text, item["start_char"]):
            unit = "DKK"
        item.update(unit=unit, category=category)
        end += unit_match.end()
    per = _PER_UNIT_RE.match(text, end) if item["unit"] is not None else None
    # '$190 million less per day' (not 'about 80% more a year': no share is a rate)
    less = None if per or item["unit"] in (None, "percent") else _LESS_OR_MORE_RE.match(text, end)
    if less:
        per = _PER_UNIT_RE.match(text, less.end())
    stuff = _OF_STUFF_RE.match(text, end) if item["unit"] is not None and not per else None
    if stuff:
        per = _PER_UNIT_RE.match(text, stuff.end())  # '4m tonnes of steel a year'
        if per and _per_unit(per) not in _TIME_DENOMINATORS:
            per = None  # not 'one cubic meter of water weighs a ton'
    if per and "/" not in item["unit"]:
        item["unit"] += "/" + _per_unit(per)
        end = per.end()
    item["unit_end"] = end
    if (
        item.get("qualifier") == "over"
        and item["category"] == "duration"
        and text[end : end + 1] == ","
        and _OPENS_CLAUSE_RE.search(text, 0, item["start_char"])
    ):
        # 'Over 24 hours, there were ten salvos': during, not more, and no part of the figure
        item.update(qualifier=None, start_char=item["num_start"])
    conversion = re.match(
        rf"[ ]?\((?:{CONVERSION_ABOUT})?[ ]?([^()]{{1,30}})\)", text[end : end + 40]
    )
    if conversion and item["unit"] is not None:
        inner = conversion.group(1)
        inner_item = _parse_conversion(inner)
        if inner_item is not None:
            item["alt_value"], item["alt_unit"] = inner_item
            if item["alt_unit"] == "GBP" and _MASS_UNITS_RE.fullmatch(item["unit"]):
                item["alt_unit"] = "lb"  # '90 kilograms (198 pounds)': a weight, no money
            if per and "/" in item["unit"] and not _is_rate(item["alt_unit"]):
                item["alt_unit"] += item["unit"][item["unit"].index("/") :]
            end += conversion.end()
    item["end_char"] = end
    item["surface"] = text[item["start_char"] : end]


#: Words of approximation a conversion in parentheses may open with: '300,000 rubles (about
#: $4,860)'.
CONVERSION_ABOUT = r"about|approx\.?|around|roughly|some|~"

#: The country last named before a bare 'kroner': Norway's and Denmark's share the name.
_KRONER_COUNTRY_RE = re.compile(r"\b(?:Denmark|Danish|Danes|Norway|Norwegian|Norwegians)\b")


def _danish_kroner(unit_match: re.Match[str], text: str, start: int) -> bool:
    """Bare 'kroner' or 'krone' after a mention of Denmark nearer than one of Norway."""
    if unit_match.group("unit").lower() not in {"kroner", "krone"}:
        return False
    named = _KRONER_COUNTRY_RE.findall(text, max(0, start - 600), start)
    return bool(named) and named[-1][:2] in {"De", "Da"}


_MORE_TIMES_RE = re.compile(r"(?P<sep>[ ](?:more|other|further|extra)[ ])(?P<unit>times)\b")
#: Adjectives between a number and a unit of time: 'two entire days', 'three long years'.
_LASTING_ADJECTIVE_RE = re.compile(
    r"[ ](?:consecutive|straight|successive|full|whole|entire|long|more|additional|further"
    r"|extra|previous|remaining)(?=[ ])"
)
_WEIGHT_BEFORE_RE = re.compile(r"\b(?:weigh\w*|heavy|heavier)\b[^.;$£€]{0,30}$", re.I)


def _pounds_of_weight(unit_match: re.Match[str], text: str, start: int) -> bool:
    """'weighs 12 pounds', 'lost 30 pounds': pounds of weight (lb), not sterling.

    Money has its own verbs and symbols; a weight verb before the number decides.
    """
    if unit_match.group("unit").lower() not in {"pounds", "pound"}:
        return False
    return bool(_WEIGHT_BEFORE_RE.search(text[max(0, start - 40) : start]))


def _loose_letter_unit(unit_match: re.Match[str], rest: str) -> bool:
    """A unit that needs its digits glued to it but is not ('5 p', 'vitamin C'), or 'p.m.'.

    One-lower-case-letter units ('p' for pence, 'g' gram), 'in' (inch) and
    :data:`_GLUED_ONLY_UNITS` count only glued: '118.5p' is pence, '12g' grams, '65in'
    inches, '40C' Celsius, '48MP' megapixels; '5 p', '3p.m.', 'top 5 in' and 'one MP'
    are not units, nor 'BP' in capitals.
    """
    unit = unit_match.group("unit")
    if unit == "BP":
        return True  # '50 BP workers': the oil company; '50bp' and '25 bp' are basis points
    lower_letter = (
        len(unit) == 1
        and unit.isalpha()
        and unit.lower() in _lower_surfaces()
        and unit not in _upper_surfaces()  # 'G' (5G) is a unit of its own, not 'g'
    )
    if not lower_letter and unit not in _GLUED_ONLY_UNITS and unit.lower() != "in":
        return False
    glued = unit_match.group("sep") == "" and (unit.islower() or unit in _GLUED_ONLY_UNITS)
    return not glued or bool(re.match(r"\.\w", rest[unit_match.end() :]))


def _degrees_spaced(unit_match: re.Match[str], rest: str, text: str, start: int) -> bool:
    """'a record 104 F', 'is 75 F so far': a temperature's "F" or "C" set off by one space,
    no word going on from it, in a sentence about the weather (:data:`_TEMPERATURE_RE`
    within 80 characters before the number)."""
    if unit_match.group("unit") not in {"C", "F"} or unit_match.group("sep") != " ":
        return False
    if re.match(r"[\w.'’-]", rest[unit_match.end() :]):
        return False  # 'F-16', 'C.' of an initial, "F's"
    return bool(_TEMPERATURE_RE.search(text, max(0, start - 80), start))


#: Words of the weather before a temperature written "104 F".
_TEMPERATURE_RE = re.compile(
    r"\b(?:temperatures?|mercury|thermometers?|heat(?:wave)?|degrees|hottest|coldest|warmest)\b",
    re.IGNORECASE,
)


#: Unit symbols that name a unit only glued to digits: '40C', '48MP' (not 'vitamin C', 'an MP').
_GLUED_ONLY_UNITS = frozenset({"C", "F", "MP"})


@functools.lru_cache(maxsize=1)
def _lower_surfaces() -> frozenset[str]:
    return frozenset(s for s in load_units()["surface"] if s.islower())


@functools.lru_cache(maxsize=1)
def _upper_surfaces() -> frozenset[str]:
    return frozenset(s for s in load_units()["surface"] if s.isupper())


#: Units that follow 'per', 'a' or '/' in a compound unit ('$58.24 per barrel', 'miles per hour').
_PER_UNITS = {
    "hr": "hour", "h": "hour", "tonnes": "tonne", "ton": "tonne", "tons": "tonne",
    "liter": "litre", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg",
    "kilogrammes": "kg", "kilo": "kg", "people": "person",
    "square foot": "ft2", "sq ft": "ft2", "pounds": "lb", "pound": "lb", "gal": "gallon",
    "annum": "year", "kwh": "kWh", "mwh": "MWh", "kilowatt hour": "kWh", "kilowatt-hour": "kWh",
    "megawatt hour": "MWh", "megawatt-hour": "MWh", "megawatt": "MW", "megawatts": "MW", "mw": "MW",
    "square kilometre": "km2", "square kilometres": "km2", "square kilometer": "km2",
    "square kilometers": "km2", "sq km": "km2",
}  # fmt: skip
#: Adverbs of a rate after a count or an amount ("over 100 missiles daily") and the unit
#: they divide by.
_RATE_ADVERBS = {
    "hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
    "yearly": "year", "annually": "year",
}  # fmt: skip
_PER_UNIT_RE = re.compile(
    r"[ ]+(?-i:(?P<adverb>hourly|daily|weekly|monthly|yearly|annually))\b(?![ ]+[a-z]+s\b)"
    r"|(?:[ ]+(?:per|a|an|each|every)[ ]+|-(?:a|an|per)-|[ ]+per-|[ ]?/[ ]?)(?P<den>barrels?|hours?|hr|weeks?"
    r"|years?|annum|months?|days?|shares?|tonnes?|tons?|minutes?|seconds?|kg|kilo|kilogra(?:m|mme)s?|litres?"
    r"|liters?|gallons?|gal|bushels?|square[ ]foot|sq[ ]ft|pounds?"
    r"|person|people|head|households?|(?:kilo|mega)watt[ -]hour|kWh|MWh|megawatts?|MW|ounces?|pints?|night|game|mile|km"
    r"|acres?|hectares?|therms?|child|square[ ]kilomet(?:re|er)s?|sq[ ]km"
    r"|(?<=/)h)\b"
    r"(?![ ]+(?:earlier|ago|later|before|after|old)\b)"
    # 'a year on, ...', 'a year on from the invasion' (but '£243 a month on energy bills',
    # '£20 a year on average')
    r"(?!(?:(?<=[Yy]ear)|(?<=[Mm]onth)|(?<=[Ww]eek)|(?<=[Dd]ay))[ ]+on"
    r"(?:[ ]*(?:[,.;:)]|$)|[ ]+(?:from|since|after|and)\b))",
    re.IGNORECASE,
)


#: 'less' or 'more' between an amount and the rate it comes at: '$190 million less per day'.
_LESS_OR_MORE_RE = re.compile(r"[ ]+(?:less|more)(?=[ ]+(?:per|a|an|each|every)[ ])")
#: The units of time a rate after what an amount is of may come at: those of the rate adverbs,
#: and the night.
_TIME_DENOMINATORS = frozenset(_RATE_ADVERBS.values()) | {"night"}
#: What an amount is of, before the rate it comes at: '4m tonnes of steel a year', '$10 trillion
#: of financial deals a day', '830,000 barrels of dirty tar sands oil per day' (words in lower
#: case, at most four).
_OF_STUFF_RE = re.compile(r"[ ]+of[ ]+(?:[a-z][a-z-]*[ ]+){0,3}[a-z][a-z-]*(?=[ ]+(?:a|an|per)[ ])")


def _per_unit(match: re.Match[str]) -> str:
    """The unit a :data:`_PER_UNIT_RE` match divides by, in its canonical form ("hour")."""
    if match.group("adverb"):
        return _RATE_ADVERBS[match.group("adverb").lower()]
    denominator = match.group("den").lower()
    return _PER_UNITS.get(denominator, denominator.rstrip("s"))


def _parse_conversion(inner: str) -> tuple[float, str] | None:
    """Parse '10 mile', '$1.2bn' or '€95' inside parentheses into (value, unit)."""
    units = _unit_patterns()
    match = _NUMBER_CORE_RE.search(inner)
    if not match:
        return None
    value = parse_number(match.group())
    before, after = inner[: match.start()].strip(), inner[match.end() :]
    unit = None
    if before:
        cur = units["prefix_re"].search(before)
        if cur and cur.end() == len(before):
            unit = _unit_lookup("prefix", cur.group("cur"))[0]
        else:
            return None
    suffix = units["suffix_re"].match(after)
    if suffix:
        unit = _suffix_unit(suffix.group("unit"))[0]
        after = after[suffix.end() :]
    metres = re.fullmatch(r"([\d.,]+)[ ]?m", inner.strip())
    if metres and unit is None:
        value, unit = _parse_digits(metres.group(1)), "m"
    if value is None or unit is None or after.strip():
        return None
    return value, unit


def _scan_vague(text: str, taken: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Vague amounts: 'billions of dollars', 'tens of thousands', 'several hundred'."""
    items = []
    for match in _VAGUE_RE.finditer(text):
        if _overlaps(*match.span(), taken):
            continue
        item = _item(*match.span(), text, value=None, category="count", vague=True)
        bounds = _vague_range(match.group())
        if bounds is not None:
            item["value_low"], item["value_high"] = bounds
        item["core_end"] = match.end()
        item["num_start"] = match.start()
        item["is_words"] = True
        item["has_scale"] = True
        _extend_left(item, text)
        of_unit = re.match(r"[ ]+of[ ]+", text[item["end_char"] :])
        unit_match = (
            _unit_patterns()["suffix_re"].match(text, item["end_char"] + of_unit.end())
            if of_unit
            else None
        )
        of_currency = re.match(
            r"[ ]+of[ ]+(?P<unit>(?:US[ ]+)?(?i:dollars|euros|pounds|rubles|roubles|hryvnias))\b",
            text[item["end_char"] :],
        )
        if of_currency:
            unit, category = _suffix_unit(of_currency.group("unit"))
            item.update(unit=unit, category=category, end_char=item["end_char"] + of_currency.end())
        elif unit_match and unit_match.group("sep") == "":
            unit, category = _suffix_unit(unit_match.group("unit"))
            item.update(unit=unit, category=category, end_char=unit_match.end())
        else:
            _extend_right(item, text)
        item["surface"] = text[item["start_char"] : item["end_char"]]
        items.append(item)
    return items


_VAGUE_SIZES = {"dozens": 12.0, "scores": 20.0, **{f"{w}s": v for w, v in _SCALE_WORDS.items()}}


def _vague_range(words: str) -> tuple[float, float] | None:
    """'dozens' -> (12, 120), 'thousands' -> (1e3, 1e4), 'tens of millions' -> (1e7, 1e8),
    'a few hundred' -> (100, 1000).

    Plural amounts and 'a few' of a unit span one order of magnitude from their unit (as
    the stored probes write "a few dozen miles", "a few thousand foreign soldiers");
    'several', 'few' and 'many' amounts have no range.
    """
    parts = re.sub(r"\s+", " ", words.lower()).split(" ")
    if parts[:2] == ["a", "few"] and len(parts) > 2:
        low = math.prod(_VAGUE_SIZES[f"{part}s"] for part in parts[2:])
        return low, 10 * low
    if parts[0] in {"tens", "hundreds"} and len(parts) == 3 and parts[2] in _VAGUE_SIZES:
        low = (10.0 if parts[0] == "tens" else 100.0) * _VAGUE_SIZES[parts[2]]
        return low, 10 * low
    if len(parts) == 1 and parts[0] in _VAGUE_SIZES:
        low = _VAGUE_SIZES[parts[0]]
        return low, 10 * low
    return None


#: 'a couple of days', 'the last couple of weeks': two of a plural noun (not 'a couple of
#: hundred metres', whose number is its own).
_COUPLE_RE = re.compile(
    r"\b(?:a|the[ ]+(?:last|past|next|first))[ ]+(?P<n>couple)[ ]+of[ ]+"
    r"(?!(?:hundreds?|thousands?|millions?|billions?|dozens?)\b)(?=[a-z]+s\b)",
    re.IGNORECASE,
)


def _scan_couples(text: str, taken: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """'a couple of days' as two days, 'a couple of Fridays ago' as two Fridays."""
    items = []
    for match in _COUPLE_RE.finditer(text):
        start, end = match.span("n")
        if _overlaps(start, end, taken):
            continue
        item = _item(start, end, text, value=2.0, category="count", core_end=end)
        item.update(num_start=start, is_words=True, has_scale=False, scale_factor=1.0)
        unit = _unit_patterns()["suffix_re"].match(text, match.end())
        if unit and unit.group("sep") == "" and unit.start() == match.end():
            kind, category = _suffix_unit(unit.group("unit"))
            item.update(unit=kind, category=category, end_char=unit.end())
        item["surface"] = text[item["start_char"] : item["end_char"]]
        items.append(item)
    return items


def _scan_halves(text: str, taken: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """'half of', 'a third of', 'a fifth of' as percentages ('nearly half of households'),
    and after 'by' ('cut by half'); a share of one unit as that unit ('half an hour', 'a
    third of an ounce', 'a month and a half')."""
    items: list[dict[str, Any]] = []
    taken = list(taken)  # the caller's list stays as it was

    def add(start: int, end: int, value: float, unit: str, category: str) -> None:
        item = _item(start, end, text, value=value, unit=unit, category=category)
        item.update(is_words=True, has_scale=False, core_end=end)
        _extend_left(item, text)
        item["surface"] = text[item["start_char"] : item["end_char"]]
        items.append(item)
        taken.append((item["start_char"], item["end_char"]))

    units = _unit_patterns()["suffix"]
    for pattern, whole in ((_FRACTION_OF_UNIT_RE, 0.0), (_AND_A_HALF_RE, 1.0)):
        for match in pattern.finditer(text):
            unit = units.get(match.group("u").lower())
            if unit is None or _overlaps(*match.span(), taken):
                continue
            word = (match.group("d") or "half").lower()
            if word != "half" and match.start("d") == match.start():
                continue  # 'third of an ounce' without 'a' is an ordinal
            add(*match.span(), whole + 1 / _FRACTION_DENOMINATORS[word], *unit)
    for match in _BY_SHARE_RE.finditer(text):
        start, end = match.span("share")
        word = match.group("d")
        if _overlaps(start, end, taken) or (word != "half" and start == match.start("d")):
            continue
        add(start, end, round(100 / _FRACTION_DENOMINATORS[word], 2), "percent", "percentage")
    for match in _HALF_OF_RE.finditer(text):
        if _overlaps(*match.span(), taken):
            continue
        word = match.group("d").lower()
        before = text[max(0, match.start() - 12) : match.start()]
        if (word != "half" and match.start("d") == match.start()) or _NOT_FRACTION_RE.search(
            before
        ):
            continue
        denominator = _FRACTION_DENOMINATORS[word.rstrip("s")]
        add(*match.span(), round(100 / denominator, 2), "percent", "percentage")
    return items


#: An age given by its decade: 'a man in his 20s', 'in her early 30s', 'in their mid-40s'.
_AGE_DECADE_RE = re.compile(
    r"\b(?i:in[ ]+(?:his|her|their)[ ]+(?:(?:early|mid|late)[- ])?)(?P<decade>[1-9]0)s\b"
)


def _scan_age_decades(text: str, taken: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """'in his 20s' as an age from 20 to 29 years ('early', 'mid' and 'late' keep the
    whole decade)."""
    items = []
    for match in _AGE_DECADE_RE.finditer(text):
        start, end = match.span("decade")
        if _overlaps(start, end + 1, taken):
            continue
        low = float(match.group("decade"))
        item = _item(start, end + 1, text, value=None, unit="year", category="age")
        item.update(value_low=low, value_high=low + 9, is_words=False, has_scale=False)
        item.update(core_end=end + 1, num_start=start)
        items.append(item)
    return items


def _scan_ordinals(text: str, taken: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Ordinals in digits ('21st') or words ('third'); words are checked against the parse."""
    items = []
    for match in _ORDINAL_DIGIT_RE.finditer(text):
        if not _overlaps(*match.span(), taken) and not _is_glued_name(text, *match.span("n")):
            items.append(
                _item(*match.span(), text, value=float(match.group("n")), category="ordinal")
            )
    for match in _ORDINAL_WORD_RE.finditer(text):
        if _overlaps(*match.span(), taken):
            continue
        word = match.group().lower()
        tens, _, unit = word.rpartition("-")
        value = _TENS_WORDS.get(tens, 0) + _ORDINAL_WORDS[unit]
        item = _item(*match.span(), text, value=float(value), category="ordinal")
        item["check_ordinal"] = True
        items.append(item)
    return items


# ---------------------------------------------------------------------------
# Enrichment with the parse
# ---------------------------------------------------------------------------


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _number_span(doc: Doc, item: dict[str, Any]) -> Span | None:
    """The tokens of the number and its unit, without the qualifier."""
    start = item["start_char"]
    if item["qualifier"]:
        head = _qualifier_head_re().match(item["surface"])
        if head:
            start += head.end()
    return _span(doc, start, item["end_char"])


@functools.lru_cache(maxsize=1)
def _qualifier_head_re() -> re.Pattern[str]:
    """Regex matching a qualifier at the start of a surface."""
    alternation = "|".join(
        re.escape(q).replace(r"\ ", "[ ]+")
        for q in sorted(load_qualifiers(), key=len, reverse=True)
    )
    return re.compile(rf"(?:{alternation}){_QUALIFIER_GAP}", re.IGNORECASE)


def _token_is_people(token: Token, people: dict[str, frozenset[str]]) -> bool:
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma in people["noun"] or lower in people["noun"]:
        return True
    return token.ent_type_ == "NORP" and lower.endswith("s")


def _chunk_text(doc: Doc, token: Token, exclude: Span | None) -> str | None:
    """The noun phrase around ``token`` without the quantity, determiners or punctuation."""
    excluded = set(range(exclude.start, exclude.end)) if exclude is not None else set()
    chunk = noun_chunk_at(doc, token.i)
    if chunk is None:
        tokens = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod"}] + [token]
    else:
        tokens = list(chunk)
    if excluded and token.i > max(excluded):
        tokens = [t for t in tokens if t.i > max(excluded)]
    elif excluded and token.i < min(excluded):
        tokens = [t for t in tokens if t.i < min(excluded)]
    tokens = [t for t in tokens if t.i not in excluded]
    while tokens and (
        tokens[0].pos_ in {"DET", "PUNCT", "NUM", "ADP", "CCONJ"}
        or tokens[0].tag_ in {"PRP$", "POS"}
        or tokens[0].lower_ in load_qualifiers()
        or tokens[0].like_num
    ):
        tokens = tokens[1:]
    while tokens and tokens[-1].pos_ == "PUNCT":
        tokens = tokens[:-1]
    if not tokens:
        return None
    return doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]


def _through_amount(token: Token) -> Token:
    """Follow 'the amount of X' / 'the number of X' to X."""
    if token.lemma_.lower() in AMOUNT_NOUNS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return token


#: Words between a number and its noun that count it on top of others ("800 more fighters").
_MORE_WORDS = frozenset({"more", "fewer", "additional", "extra", "further", "new"})


def _counted_token(item: dict[str, Any], nspan: Span) -> Token | None:
    """The head noun the quantity counts, from the dependency parse."""
    root = nspan.root
    if item["unit"] in {None, "people"}:
        root = _first_joined_number(root)  # 'one or two Russian-made missiles': the first's
    head = root.head
    nominal = {"NOUN", "PROPN"}
    before_or = _noun_before_or(nspan)
    if not item["unit"] and before_or is not None:
        return before_or
    set_off = _plural_set_off_before(root)
    if set_off is not None and not item["unit"]:
        return set_off  # 'a swarm of drones, nine in the air and seven at sea'
    bracketed = _plural_before_brackets(nspan)
    if bracketed is not None and not item["unit"]:
        return bracketed  # 'the highest number of visa sponsors (95)'
    coordinated = _noun_after_joined_modifiers(nspan) or _noun_after_participle(nspan)
    if coordinated is not None and not item["unit"]:
        return coordinated  # '150,000 damaged or destroyed structures'
    owner = head.head
    if (
        root.dep_ == "nummod"
        and head.i == nspan.end
        and head.pos_ == "PROPN"
        and head.dep_ == "poss"
        and owner.tag_ == "NNS"
        and not item["unit"]
    ):
        return owner  # '25 McDonald's restaurants': the brand's possessive names the kind
    if root.dep_ == "nummod" and head.dep_ == "poss" and owner.lemma_.lower() == "republic":
        return owner  # 'two self-proclaimed people's republics': republics of a name
    model_after = head.i == nspan.end and _model_name(head) and not item["unit"]
    if model_after:
        # '2,400 Shahed-136 drones', the model taken for a mark, and '110 UH-60 Black Hawk
        # combat helicopters', the words of the model's name between
        for token in head.doc[head.i + 1 : head.i + 5]:
            if token.tag_ == "NNS" or (token.i == head.head.i and token.pos_ == "NOUN"):
                return token  # (or a noun with no plural form: 'Three Mig-31 ... aircraft')
            if token.dep_ not in {"compound", "amod"}:
                break
    if (
        root.dep_ == "npadvmod"
        and head.i == nspan.end
        and head.lower_ in _MORE_WORDS
        and head.head.i == head.i + 1
        and head.head.pos_ in nominal
        and not item["unit"]
    ):
        return _through_amount(head.head)  # 'nearly 800 more fighters'
    if root.dep_ == "nummod" and head.i < root.i and not item["unit"]:
        after = _noun_after(nspan)
        if after is not None:
            return _through_amount(after)  # "a men's-record 22 Grand Slam singles titles"
    # a noun the tagger took for an adjective, where a noun stands ('more than one
    # counteroffensive is taking place')
    noun_place = (
        root.dep_ == "nummod"
        and not item["unit"]
        and head.tag_ == "JJ"
        and head.dep_ in _NOUN_PLACES
        and not any(c.dep_ in {"conj", "cc"} for c in head.children)  # 'nine aerial and ...'
        and not (  # 'one symbolic rouble', 'one real, rather than virtual, offensive'
            head.i + 1 < len(head.doc)
            and (head.nbor().pos_ in {"NOUN", "PROPN", "ADJ"} or head.nbor().text == ",")
        )
    )
    # a "noun" with a particle is a verb the tagger misread ('with 18 shot down')
    particle = any(c.dep_ == "prt" for c in head.children)
    if (
        root.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "predet"}
        and (head.pos_ in nominal or noun_place)
        and not (nspan.start <= head.i < nspan.end)
        and not particle
    ) and not (root.dep_ == "npadvmod" and item["category"] == "duration"):
        return _through_amount(head)
    after = nspan.doc[nspan.end] if nspan.end < len(nspan.doc) else None
    if after is not None and after.lower_ == "worth":
        for child in after.children:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if child.lower_ == "of" and pobj is not None:
                return _through_amount(pobj)
    # '“Tens of thousands” of Ukrainians': an "of" after the number comes before its own
    for child in sorted(root.children, key=lambda c: not (c.lower_ == "of" and c.i >= nspan.end)):
        if (
            child.dep_ == "prep"
            and child.lower_ in {"of", "in", "for"}
            and (item["category"] != "duration" or child.lower_ == "of")
        ):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ in nominal or _adjective_as_noun(pobj)):
                counted = _through_amount(pobj)
                if counted.like_num or counted.lemma_.lower() in _SCALE_WORDS:
                    return None  # 'Hundreds of thousands have been ...': the amount's own word
                return counted
    if after is not None and after.lower_ == "of" and root.dep_ == "conj" and not item["unit"]:
        # 'the empress and four of her companions': the parser hung 'of' on the noun the
        # count is joined to
        pobj = next((c for c in after.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ in nominal and pobj.tag_ in {"NNS", "NNPS"}:
            return _through_amount(pobj)
    stated = item["category"] not in {"distance", "duration"}
    if stated and root.dep_ in {"attr", "dobj"} and head.lemma_ in _STATE_VERBS:
        subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.pos_ == "NOUN":
            return _through_amount(subj)
    # (and 'the number of Russian missiles fired ... remains above 1,100')
    moved = root.dep_ == "pobj" and head.lower_ in {"to", "from", "by", "above", "below", "at"}
    if moved and head.head.pos_ == "VERB" and not item["unit"]:
        # 'the number of European partners has now fallen to 14' counts partners, and so
        # does 'increase the number of our high readiness forces to well over 300,000'
        for dep in ({"nsubj", "nsubjpass"}, {"dobj"}):
            moving = next((c for c in head.head.children if c.dep_ in dep), None)
            counted = _through_amount(moving) if moving is not None else None
            if counted is not None and counted is not moving:
                if counted.pos_ not in {"PRON", "DET"}:
                    return counted  # not "the number of those expected ... might amount to"
                break
    if item["category"] == "money":
        if root.dep_ == "pobj" and head.lower_ in {"to", "at", "by"} and head.head.pos_ == "VERB":
            verb = head.head
            obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
            if obj is not None and obj.pos_ in nominal:
                return _through_amount(obj)
            if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in nominal:
                return _through_amount(verb.head)
        if root.dep_ == "pobj" and head.lower_ in {"worth", "of"} and head.head.pos_ == "NOUN":
            return _through_amount(head.head)
        if root.dep_ in {"attr", "dobj"} and head.lemma_ in {
            "be",
            "total",
            "reach",
            "exceed",
            "top",
            "cost",
        }:
            subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and subj.pos_ in nominal:
                return _through_amount(subj)
    return None


#: Tags of the words that modify a counted noun between it and the number.
_MODIFIER_TAGS = frozenset({"JJ", "VBN", "VBD"})
#: Dependencies of a noun's place in a clause.
_NOUN_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _plural_before_brackets(nspan: Span) -> Token | None:
    """The plural noun a number alone in brackets right after it counts: 'visa sponsors
    (95)' (not 'Putin (70)', an age)."""
    doc = nspan.doc
    if nspan.start < 2 or nspan.end >= len(doc) or doc[nspan.end].text != ")":
        return None
    noun = doc[nspan.start - 2]
    if doc[nspan.start - 1].text != "(" or noun.tag_ != "NNS":
        return None
    return noun


def _adjective_as_noun(token: Token) -> bool:
    """An adjective standing for people after "the": "two of the dead", "the wounded"."""
    return (
        token.pos_ == "ADJ"
        and token.tag_ in {"JJ", "VBN"}
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not any(c.dep_ == "amod" or c.pos_ == "NOUN" for c in token.children)
    )


def _noun_after(nspan: Span) -> Token | None:
    """The noun whose compound words start right after a number, where the parser hung the
    number on a noun before it: "a men's-record 22 Grand Slam singles titles" counts
    titles (a number comes before what it counts); past a word that judges the amount
    ("send Kiev four more HIMARS systems")."""
    doc = nspan.doc
    if nspan.end >= len(doc):
        return None
    token = doc[nspan.end]
    if token.lower_ in _AMOUNT_ADJECTIVES and token.i < token.head.i <= token.i + 4:
        token = doc[token.i + 1]  # 'send Kiev four more HIMARS systems'
    # (a capitalised word of a name the parser made an adjective: 'High Mobility Artillery
    # Rocket Systems')
    while (
        token.dep_ == "compound" or (token.dep_ == "amod" and token.pos_ == "PROPN")
    ) and token.i < token.head.i <= token.i + 4:
        token = token.head
    return token if token.pos_ in {"NOUN", "PROPN"} and token.dep_ != "compound" else None


def _counts_a_participle(nspan: Span, people: dict[str, frozenset[str]]) -> bool:
    """'three injured', 'five killed': a number counting a participle of harm to people;
    also the object a verb leaves in that state ('left four injured', 'left two dead')."""
    root = nspan.root
    if root.dep_ == "dobj" and nspan.end < len(nspan.doc):
        state = nspan.doc[nspan.end]
        harmed = state.lemma_.lower() in people["verb"] or state.lower_ in people["noun"]
        if state.head == root.head and state.dep_ in {"oprd", "xcomp", "acomp"} and harmed:
            return True
    return (
        root.dep_ == "nummod"
        and root.head.tag_ == "VBN"
        and root.head.lemma_.lower() in people["verb"]
    )


def _first_joined_number(number: Token) -> Token:
    """The first of numbers joined by "and" or "or" ("nine in the air and seven at sea"),
    whose noun they share; else the number itself."""
    joined = number.dep_ == "conj" and number.head.pos_ == "NUM" and number.head.i < number.i
    return number.head if joined else number


def _plural_set_off_before(number: Token) -> Token | None:
    """The plural noun right before a comma or a dash that sets off a number standing
    alone before a preposition: 'a swarm of drones, nine in the air', 'waves of Shahed-136
    drones - 28 in total' count drones (not 'about 500 civilians, 40 of them children')."""
    doc = number.doc
    k = number.i
    if k < 2 or k + 1 >= len(doc):
        return None
    mark = doc[k - 1]
    spaced_hyphen = mark.text == "-" and mark.whitespace_ and doc[k - 2].whitespace_
    if not (mark.text == "," or mark.text in DASHES or spaced_hyphen):
        return None
    after = doc[k + 1]
    if after.pos_ != "ADP" or after.lower_ == "of":
        return None
    before = doc[k - 2]
    # not the noun of the part of a list before ('including 48,745 from the regular forces,
    # 2,366 from the country's national guard')
    if before.head.pos_ == "ADP" and before.head.head.pos_ == "NUM":
        return None
    return before if before.tag_ in {"NNS", "NNPS"} else None


def _noun_before_or(nspan: Span) -> Token | None:
    """'another pick or two', 'a week or two': the singular noun before 'or' and the number."""
    doc = nspan.doc
    if nspan.start < 2 or doc[nspan.start - 1].lower_ != "or":
        return None
    before = doc[nspan.start - 2]
    if before.tag_ != "NN" or (nspan.end < len(doc) and doc[nspan.end].pos_ == "NOUN"):
        return None
    return before


def _noun_after_joined_modifiers(nspan: Span) -> Token | None:
    """The noun after two modifiers joined by "and" or "or" right after the number, which
    the parser often breaks apart: '17 present and former administration officials', '150,000
    damaged or destroyed structures'."""
    doc = nspan.doc
    k = nspan.end
    if nspan.root.tag_ == "NNS":
        return None  # 'with thousands dead and cities demolished': no modifier after a plural
    if (
        k + 2 >= len(doc)
        or doc[k].tag_ not in _MODIFIER_TAGS
        or doc[k + 1].lower_ not in ("and", "or")
    ):
        return None
    found = None
    for token in doc[k + 2 : k + 7]:
        if token.tag_ in {"NN", "NNS"}:
            found = token
            continue
        if found is not None or token.tag_ not in _MODIFIER_TAGS | {"HYPH", "NNP"}:
            break
        if token.lower_ in NOT_NAMING:
            return None  # '1,000 dead and many cities demolished': a phrase of its own
    return found if found is not None and found.tag_ == "NNS" else None


#: Verbs whose present participle before a plural noun describes it ('fleeing refugees',
#: 'returning soldiers'): they take no object for the parser to read the noun as.
_INTRANSITIVE_PARTICIPLES = frozenset(
    {"flee", "return", "remain", "arrive", "serve", "starve", "retreat", "advance", "die"}
)


def _noun_after_participle(nspan: Span) -> Token | None:
    """The plural noun after a participle right after a number that the parser made an
    object on its own, reading the participle as a verb of the noun: 'annexed four
    occupied Ukrainian regions', 'millions of fleeing refugees' (not '30 attended protests',
    whose number is a subject)."""
    doc = nspan.doc
    k = nspan.end
    if k + 1 < len(doc) and doc[k].lower_ == "of":
        k += 1  # 'millions of fleeing refugees', with 'fleeing' read as a gerund
        if doc[k].tag_ != "VBG" or doc[k].lemma_.lower() not in _INTRANSITIVE_PARTICIPLES:
            return None
    elif nspan.root.dep_ not in {"dobj", "pobj"} or k + 1 >= len(doc):
        return None
    participle = doc[k]
    present = participle.tag_ == "VBG" and participle.lemma_.lower() in _INTRANSITIVE_PARTICIPLES
    if participle.tag_ not in {"VBN", "VBD"} and not present:
        return None
    for token in doc[k + 1 : k + 5]:
        if token.tag_ == "NNS":
            return token if token.head.i == participle.i and token.dep_ == "dobj" else None
        if token.tag_ not in {"JJ", "NNP", "HYPH", "NN"}:
            return None
    return None


def _people_verb(nspan: Span, people: dict[str, frozenset[str]]) -> bool:
    """True when the number is the subject or object of a verb such as kill, wound, flee."""
    root = nspan.root
    if root.dep_ in {"dobj", "nsubj", "nsubjpass"} and root.head.lemma_.lower() in people["verb"]:
        return True
    return any(
        c.dep_ in {"amod", "acl"} and c.lemma_.lower() in people["verb"] for c in root.children
    )


def _entity_span(doc: Doc, token: Token, *, pronoun: bool = False) -> Span | None:
    """The entity or noun phrase headed by ``token``, with its determiner ('the UN').

    A pronoun ("he", "they") is its own phrase when ``pronoun`` is set (a
    claimant resolved later, as a quote's speaker is), else None.
    """
    if token.pos_ == "PRON" or token.lower_ in CLAIMANT_PRONOUNS:
        return doc[token.i : token.i + 1] if pronoun and token.lower_ in CLAIMANT_PRONOUNS else None
    if token.ent_type_ in {"ORDINAL", "CARDINAL"} or token.like_num:
        return None
    chunk = noun_chunk_at(doc, token.i)
    if chunk is not None and chunk.root.pos_ == "PRON":
        return None
    if chunk is not None and len(chunk) <= 6:
        return chunk
    ent = entity_at(doc, token.i)
    if ent is not None:
        start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.start
        return doc[start : ent.end]
    return chunk if chunk is not None else doc[token.i : token.i + 1]


def _entity_text(doc: Doc, token: Token) -> str | None:
    """The text of :func:`_entity_span`, or None."""
    span = _entity_span(doc, token)
    return span.text if span is not None else None


def _claimant(doc: Doc, nspan: Span) -> tuple[Span, int] | None:
    """The phrase the sentence names as the figure's claimant, and its head token index.

    None when the sentence names none, or when the phrase found is part of
    the figure's own noun phrase ("the UN's 300 staff").
    """
    own = {t.i for t in nspan.root.subtree} | {nspan.root.head.i}
    found = _find_claimant(doc, nspan)
    if found is None or found[1] in own:
        return None
    return found


def _find_claimant(doc: Doc, nspan: Span) -> tuple[Span, int] | None:
    """The claimant phrase and its head token index, or None.

    "according to X" in the figure's sentence gives X (the named body or
    person in it, or the thing an amount noun stands for); otherwise the
    subject (or passive agent) of a reporting verb (:data:`SOURCE_VERBS`)
    the figure depends on, or of the sentence's root verb unless the figure
    sits in a relative clause. A pronoun subject ("they said") is kept, to be
    resolved like a quote's speaker.
    """
    sent = nspan.sent
    for token in sent:
        if token.lower_ == "according":
            prep = next((c for c in token.children if c.lower_ == "to"), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if pobj is None:
                continue
            ents = [
                e
                for e in doc_entities(doc)
                if pobj.left_edge.i <= e.start
                and e.end <= pobj.right_edge.i + 1
                and e.label_ in {"ORG", "PERSON", "GPE"}
                and (e.root.dep_ == "pobj" or e.start <= pobj.i < e.end)
            ]
            target = ents[0].root if ents else _through_amount(pobj)
            span = _entity_span(doc, target)
            return (span, target.i) if span is not None else None
    candidates = []
    crossed_clause = False
    for token in [nspan.root, *nspan.root.ancestors]:
        if token.lemma_.lower() in SOURCE_VERBS and token.pos_ in {"VERB", "AUX"}:
            candidates.append(token)
        if token.dep_ in {"relcl", "acl"} and not candidates:
            crossed_clause = True
            break
    root = sent.root
    if not crossed_clause and root.lemma_.lower() in SOURCE_VERBS and root not in candidates:
        candidates.append(root)
    for verb in candidates:
        for child in verb.children:
            if child.dep_ == "nsubj":
                span = _entity_span(doc, child, pronoun=True)
                if span is not None:
                    return span, child.i
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    span = _entity_span(doc, pobj)
                    if span is not None:
                        return span, pobj.i
    return None


def _set_claimants(doc: Doc, figures: list[tuple[dict[str, Any], Span]], mentions, quoted) -> None:
    """Fill each figure's claimant columns, as quote speakers are found and resolved.

    A figure inside a quotation or a report of speech with a speaker (a row
    of :func:`corpus_utils.extract.quotes.extract_quotes`: "'... some 651 cases ...,'
    Zelensky stated", "Kazakhstan, which reported that about 98,000 ...")
    takes that speaker; otherwise the claimant its own sentence names
    (:func:`_claimant`). The id comes from
    :func:`corpus_utils.extract.quotes.resolve_claimants`.
    """
    if not figures:
        return
    from corpus_utils.extract import quotes

    if mentions is None:
        from corpus_utils.extract.actors import extract_mentions

        mentions = extract_mentions(doc)
    if quoted is None:
        quoted = quotes.extract_quotes(doc, mentions)
    spoken = sorted(
        (
            q
            for q in quoted
            if q["kind"] != "term"
            and q["speaker_text"]
            and q["speaker_start"] is not None
            and q["cue"] != "according to"  # the sentence's own rule names X, not "figures from X"
        ),
        key=lambda q: (q["end_char"] - q["start_char"], q["start_char"]),
    )
    requests, claimed = [], []
    for item, span in figures:
        quote = next(
            (
                q
                for q in spoken
                if q["start_char"] <= item["start_char"] and item["end_char"] <= q["end_char"]
            ),
            None,
        )
        speaker = (
            doc.char_span(quote["speaker_start"], quote["speaker_end"], alignment_mode="expand")
            if quote is not None
            else None
        )
        if speaker is not None and len(speaker):
            bounds = (quote["speaker_start"], quote["speaker_end"])
            requests.append((speaker.root.i, bounds, quote["speaker_id"]))
        else:
            found = _claimant(doc, span)
            if found is None:
                continue
            requests.append((found[1], None, None))
        claimed.append(item)
    resolved = quotes.resolve_claimants(doc, mentions, requests)
    text = doc_text(doc)
    for item, (start, end, claimant_id) in zip(claimed, resolved, strict=True):
        item["claimant_text"] = text[start:end]
        item["claimant_start"] = start
        item["claimant_end"] = end
        item["claimant_id"] = claimant_id


def _alone_in_quotation_marks(doc: Doc, nspan: Span) -> bool:
    """Whether a number stands alone between quotation marks, with no space inside them."""
    if nspan.start == 0 or nspan.end >= len(doc):
        return False
    opening, closing = doc[nspan.start - 1], doc[nspan.end]
    return (
        opening.is_quote
        and closing.is_quote
        and not opening.whitespace_
        and not nspan[-1].whitespace_
    )


def _is_bare_name_number(doc: Doc, item: dict[str, Any], nspan: Span) -> bool:
    """A bare number that is part of a name: Nord Stream 2, Leopard 2, Resolution 2202,
    Windows 10 laptops; or that labels one of a series: Part 3, a category 4 hurricane,
    Article Five (in words after a capitalised label word)."""
    if item["has_scale"] or item["unit"] or item["qualifier"]:
        return False
    if _WORLD_WAR_RE.search(doc_text(doc), 0, item["start_char"]):
        return True  # 'since world war two', 'World War 2': the war's name
    if item["is_words"]:
        before = nspan[0].nbor(-1) if nspan[0].i > 0 else None
        titled = before is not None and before.text[:1].isupper()
        return titled and before.lower_ in _LABEL_WORDS and len(nspan) == 1
    text = doc_text(doc)
    if nspan.text in _PHONE_NUMBERS and (
        _DIALLED_BEFORE_RE.search(text, max(0, item["start_char"] - 16), item["start_char"])
        or _PHONE_AFTER_RE.match(text, item["end_char"])
    ):
        return True  # 'call 911', 'cannot access 999 by phone', 'NHS 111', '999 callers'
    if _INDEX_NAME_RE.search(text[max(0, item["start_char"] - 12) : item["start_char"]]):
        return True
    if _alone_in_quotation_marks(doc, nspan):
        return True  # a title: 'the "90210" reboot'
    first = nspan[0]
    if first.i == 0 or first.is_sent_start:
        return False
    prev = doc[first.i - 1]
    labelled = prev.lower_ in _LABEL_WORDS and prev.pos_ != "VERB"  # not 'block 19 oligarchs'
    if labelled and re.fullmatch(r"\d+[a-z]?", nspan.text):
        return True  # 'Part 3'
    ranged = prev.text in {"-", "–"} and first.i >= 3 and doc[first.i - 2].like_num
    if ranged and doc[first.i - 3].lower_ in _LABEL_WORDS:
        return True  # the high end of 'grades 5-9'
    after = doc[nspan.end] if nspan.end < len(doc) else None
    if prev.lower_ == "day" and after is not None and after.lower_ == "of":
        return True  # 'day 244 of Putin's war'
    if _second_of_names(doc, first):
        return True
    if prev.lower_ == "of" and prev.i > 0 and doc[prev.i - 1].text == "Group":
        return True  # 'the Group of 20 leaders summit': a body's name
    if not any(c.isupper() for c in prev.text) or (prev.is_sent_start and prev.is_stop):
        return False
    if (
        prev.i > 0
        and doc[prev.i - 1].lemma_.lower() in _GIVING_VERBS
        and (prev.dep_ == "dative" or prev.ent_type_ == "GPE")
    ):
        return False  # 'sent Ukraine 20 tanks': the one it went to, then a count
    if (
        prev.is_stop
        or prev.lower_ in _MONTHS
        or prev.lower_ in WEEKDAYS
        or prev.lower_ in load_qualifiers()
    ):
        return False
    if item["value"] is not None and item["value"] < 10:
        return True
    nxt = doc[nspan.end] if nspan.end < len(doc) else None
    if nxt is None or nxt.pos_ not in {"NOUN", "PROPN"} or nxt.tag_ != "NNS":
        return True
    # 'Windows 10 laptops', 'Section 230 reforms', 'Fortune 500 companies': a name's
    # number before a plural noun; a count would not sit right after a proper noun
    # ('In Kharkiv 30 civilians died': a place after a preposition, then a count)
    before = doc[prev.i - 1] if prev.i else None
    return (
        prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and re.fullmatch(r"\d+", nspan.text) is not None
        and (before is None or before.dep_ != "prep")
    )


#: Verbs that give something to someone named right after them ('sent Ukraine 20 tanks'; not
#: 'told Russia 24 TV', a channel's name).
_GIVING_VERBS = frozenset(
    {
        "give", "send", "supply", "provide", "deliver", "hand", "offer", "promise", "sell",
        "lend", "grant", "ship", "pledge", "owe", "pay", "donate", "loan",
    }
)  # fmt: skip


def _second_of_names(doc: Doc, first: Token) -> bool:
    """A number joined by "and"/"or" to a number that ends a name: "the Nord Stream 1 and 2
    pipelines", "the Apollo 11 and 13 missions" (both numbers name)."""
    if first.i < 3 or doc[first.i - 1].lower_ not in {"and", "or", "&"}:
        return False
    number, name = doc[first.i - 2], doc[first.i - 3]
    return (
        re.fullmatch(r"\d{1,4}[a-z]?", number.text) is not None
        and name.pos_ == "PROPN"
        and name.text[:1].isupper()
        and not name.is_sent_start
        and name.lower_ not in _MONTHS
        and name.lower_ not in WEEKDAYS
        and not (name.i > 0 and doc[name.i - 1].dep_ == "prep")  # "In Kharkiv 30 and 40 people"
    )


#: Stock indices and lists named by a number, however the name is written:
#: 'S&P 500', 'the S P 500', 'the sp 500', 'FTSE 100', 'Russell 2000', 'Fortune 500'.
_INDEX_NAME_RE = re.compile(
    r"(?<![\w&])(?i:s[ ]?&?[ ]?p|ftse|stoxx|russell|nikkei|cac|asx|dax|kospi|tsx|nifty|ibex"
    r"|topix|fortune|forbes)[ ]$"
)


#: "world war" before a number: the name of a war ('world war two'), in any case.
_WORLD_WAR_RE = re.compile(r"\b(?i:world[ ]+war)[ ]+$")
#: Telephone numbers of emergency and health services, named, not counted.
_PHONE_NUMBERS = frozenset({"911", "999", "112", "111", "101"})
#: Words before such a number that dial it: 'call 911', 'access 999', 'NHS 111'.
_DIALLED_BEFORE_RE = re.compile(
    r"\b(?:(?i:call(?:s|ed|ing)?|dial(?:s|l?ed|l?ing)?|ring(?:s|ing)?|access)|NHS(?:[ ]line)?)"
    r"[ ]+$"
)
#: Words after such a number that make it the line: '999 callers', 'a 911 dispatcher'.
_PHONE_AFTER_RE = re.compile(r"[ ]+(?i:calls?|callers?|lines?|operators?|dispatchers?|dispatch)\b")
#: Nouns whose number names one of a series rather than counting: 'Part 3 of the Act',
#: 'a category 4 hurricane', 'Article 5', 'Chapter 11', 'the plant's sector 12'.
_LABEL_WORDS = frozenset(
    {"part", "category", "chapter", "article", "section", "clause", "paragraph", "annex",
     "appendix", "phase", "stage", "tier", "episode", "gate", "platform", "terminal", "route",
     "flight", "room", "page", "figure", "table", "exhibit", "amendment", "resolution",
     "grade", "grades", "sector", "block", "reactor", "unit", "ward", "zone", "hall"}
)  # fmt: skip


#: "since" right before a year's qualifier: "since at least 2015" is a year.
_SINCE_BEFORE_RE = re.compile(r"\b(?i:since)[ ]+$")


def _bounded(item: dict[str, Any]) -> bool:
    """Whether a qualifier bounds the amount ('at least', 'more than', 'up to')."""
    return load_bounds().get(item["qualifier"] or "", "=") in {"<", ">", "≤", "≥"}


def _amount_qualifier(item: dict[str, Any]) -> bool:
    """A qualifier that a year does not take: 'more than 1500', 'an average of 1500'.

    'about 1850' and 'around 1900' may be years; 'at least', 'up to', 'more than',
    'fewer than', 'an average of', 'on average', 'nearly' and 'almost' qualify amounts
    ('nearly 2000 soldiers').
    """
    qualifier = item["qualifier"]
    if not qualifier or qualifier == "over":  # 'over 2022' may be 'during 2022'
        return False
    if qualifier in {"on average", "an average of", "nearly", "almost"}:
        return True
    return _bounded(item)


#: 'aged 52', 'aged just 34', 'as young as four', 'aged three, five, 10 and 15', 'aged
#: between 18 and 60', 'aged from 18 to 60'.
_AGE_BEFORE_RE = re.compile(
    rf"\b(?:aged(?:[ ]+(?:just|only|between|from))?"
    rf"|ages?[ ]+(?:(?:limits?|caps?|thresholds?)[ ]+)?of|(?-i:ages?)|as[ ]+(?:young|old)[ ]+as"
    rf"|in[ ]+age[ ]+from)[ ]+"  # 'ranging in age from 10 to 90', 'men ages 18 to 60'
    rf"(?:(?:\d{{1,3}}|{_NUMBER_WORD})(?:,?[ ]+(?:(?:and|or|to)[ ]+)?|[-–])){{0,6}}$",
    re.IGNORECASE,
)


#: People of an age above or below a number: 'people over 40', 'men under 60', 'those older
#: than 65'.
_PEOPLE_OVER_RE = re.compile(
    r"\b(?:people|persons|men|women|those|anyone|adults|citizens|males|females|voters"
    r"|residents|workers)[ ]+(?:aged[ ]+)?(?:over|under|above|below|(?:older|younger)[ ]+than)[ ]+$",
    re.IGNORECASE,
)


def _is_age(doc: Doc, item: dict[str, Any], nspan: Span) -> bool:
    """'Inna Sydorchuk, 52,' / 'Borisova, now 46' / 'aged (just) 52' / 'Putin (70)' / 'as
    young as four'."""
    value = item["value"]
    if item["unit"] or value is None or not 1 <= value <= 120 or value != int(value):
        return False
    text = doc_text(doc)
    before = text[max(0, item["start_char"] - 30) : item["start_char"]]
    after = text[item["end_char"] : item["end_char"] + 2]
    if _AGE_BEFORE_RE.search(text, max(0, item["start_char"] - 80), item["start_char"]):
        return True
    first = nspan[0]
    if _PEOPLE_OVER_RE.search(text, max(0, first.idx - 40), first.idx) and (
        nspan.end == len(doc) or doc[nspan.end].pos_ not in ("NOUN", "PROPN", "NUM")
    ):
        return True  # 'enabling people over 40 to enlist'
    lead = doc[first.i - 1] if first.i >= 1 else None
    now = lead is not None and lead.lower_ in {"now", "then"}
    if now and lead.is_sent_start and after.startswith(",") and nspan.end + 1 < len(doc):
        named_after = doc[nspan.end + 1]
        if named_after.ent_type_ == "PERSON" or named_after.pos_ == "PROPN":
            return True  # 'Now 83, Olga was only two years old'
    if now:  # 'alleged Borisova, now 46.': the age of the name before "now"
        first = lead
        before = text[max(0, first.idx - 30) : first.idx]
    prev = doc[first.i - 2] if first.i >= 2 else None
    named = prev is not None and (
        prev.ent_type_ == "PERSON"
        or prev.pos_ == "PROPN"
        or (prev.is_title and not prev.ent_type_ and prev.text in common_first_names())
    )
    # ("Andrii, 15," with the name tagged "JJ"); "the boy, 12, was injured": one person named
    # by a noun
    one_person = prev is not None and prev.tag_ == "NN" and prev.lemma_.lower() in _ONE_PERSON
    if item["is_words"]:
        # "her sons Oleg, eight, and Volodymyr, three": a person's name, not any proper noun
        named = prev is not None and prev.ent_type_ == "PERSON"
        if not after.startswith(","):
            return False  # set off by commas on both sides, as ages in words are
    if (named or one_person) and re.search(r",[ ]$", before) and re.match(r"[,;.)]|$", after):
        return True
    if named and before.endswith("(") and after.startswith(")"):
        return True
    if _shared_age(doc, first) and re.match(r"[,;.)]|$", after):
        return True
    return _age_by_copula(doc, nspan)


def _shared_age(doc: Doc, first: Token) -> bool:
    """'Mothers Oleana and Gilana, both 38,', 'their sons, both 12,': the one age of the
    people named before 'both' or 'all' and a comma."""
    if first.i < 3 or doc[first.i - 1].lower_ not in {"both", "all"}:
        return False
    if doc[first.i - 2].text != ",":
        return False
    owner = doc[first.i - 3]
    return (
        owner.ent_type_ == "PERSON" or owner.pos_ == "PROPN" or owner.lemma_.lower() in _ONE_PERSON
    )


#: What follows a day of the month after a weekday and a comma: a comma or the month
#: ("Wednesday, 11, and Thursday, 12 May"; not "On Friday, 10 people died").
_DAY_OF_MONTH_AFTER_RE = re.compile(
    r",|[ ]+(?:"
    + "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True))
    + r")\b"
)


#: Nouns of one person whose age may follow them ("the boy, 12,") or be said of them.
_ONE_PERSON = frozenset(
    {
        "man", "woman", "boy", "girl", "child", "kid", "baby", "infant", "teenager", "toddler",
        "son", "daughter", "mother", "father", "wife", "husband", "grandmother", "grandfather",
        "soldier", "student", "resident", "pensioner", "victim",
        # one person by an office or a trade ("the prime minister, 42,")
        "minister", "president", "chancellor", "premier", "leader", "mayor", "governor",
        "senator", "actor", "actress", "singer", "journalist", "businessman", "businesswoman",
        "billionaire", "tycoon",
    }
)  # fmt: skip


_AGE_VERBS = frozenset({"be", "turn"})


def _age_by_copula(doc: Doc, nspan: Span) -> bool:
    """ "He will be 35 by the end of the year", "she turned 60", "their son, who was 9": a
    bare number said of a person with "be" or "turn" and no noun after it."""
    head = nspan.root.head
    nxt = doc[nspan.end] if nspan.end < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return False
    if nspan.root.dep_ not in ("attr", "acomp", "dobj") or head.lemma_.lower() not in _AGE_VERBS:
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.lower_ == "who" and head.dep_ == "relcl":
        subject = head.head  # 'their daughter Maria, who was 10'
    return (
        subject.lower_ in ("he", "she")
        or subject.ent_type_ == "PERSON"
        or (subject.tag_ == "NN" and subject.lemma_.lower() in _ONE_PERSON)
    )


def _older_year(doc: Doc, item: dict[str, Any], nspan: Span) -> bool:
    """A year before 1500 after "in", "since" or "until" that ends its clause: four digits
    and a comma, a stop or nothing after them ("in 1492."; not "in 1200 cases"); three
    digits after the "In" that opens a sentence ("In 988, Prince Volodymyr converted")."""
    value = item["value"]
    if value is None or item["is_words"] or item["has_scale"] or not 100 <= value < 1500:
        return False
    first = nspan[0]
    if not re.fullmatch(r"\d{3,4}", first.text) or first.i == 0:
        return False
    if doc[first.i - 1].lower_ not in {"in", "since", "until"}:
        return False
    if len(first.text) == 3 and not (
        doc[first.i - 1].text == "In" and doc[first.i - 1].is_sent_start
    ):
        return False
    return nspan.end >= len(doc) or doc[nspan.end].text in {",", ".", ";", ":", ")"}


#: Two digits after an apostrophe that opens a word, from the character before it, and
#: before a stop, a comma, a dash or "and": a year cut short ("in ‘14,", "the class of '92
#: and", "in 1961 and ´62 - will"; not "'40 people'" in quotation marks, nor "6'2").
_SHORT_YEAR_RE = re.compile(
    r"(?:^|[\s(])['‘’´`]\d{2}(?=[ ]?(?:[,;:!?)&–—…]|-(?=\s)|\.(?!\d)|(?:and|or)\b|$)"
    r"|[ ](?i:elections?|midterms?|race|campaign|season|vote|cycle|census|budget)\b)"
)


def _classify(doc: Doc, item: dict[str, Any], nspan: Span) -> None:
    """Set category, unit and counted from the parse."""
    people = load_people_words()
    if item["category"] in {"age", "date", "time", "year"}:
        return
    if item["category"] == "count" and not item["unit"]:
        value = item["value"]
        label = _LABEL_NUMBER_RE.search(doc_text(doc), 0, item["start_char"])
        after = doc[nspan.end] if nspan.end < len(doc) else None
        # one listed after a label is a label too, unless it counts ('No. 4 and 300 workers')
        listed = label is not None and any(c.isdigit() for c in label.group())
        if label and not item["has_scale"] and not (listed and after and after.tag_ == "NNS"):
            item.update(category="other", qualifier=None)
            return
        if not item["is_words"] and _STREET_RE.match(doc_text(doc), item["end_char"]):
            item.update(category="other", qualifier=None)
            return
        day = doc[nspan.start - 2] if nspan.start >= 2 else None
        after_weekday = (
            day is not None
            and day.lower_ in WEEKDAYS
            and doc[nspan.start - 1].text == ","
            and not item["is_words"]
            and _DAY_OF_MONTH_AFTER_RE.match(doc_text(doc), item["end_char"]) is not None
        )
        if after_weekday and value is not None and 1 <= value <= 31 and value == int(value):
            item.update(category="date", qualifier=None)
            return  # "on Wednesday, 11, and Thursday, 12 May": a day of the month
        if _is_age(doc, item, nspan):
            item.update(category="age", unit="year")
            return
        first = nspan[0]
        nxt = doc[nspan.end] if nspan.end < len(doc) else None
        level = nxt is not None and nxt.lemma_.lower() == "level" and 1900 <= (value or 0) <= 2100
        if level and re.fullmatch(r"\d{4}", first.text):
            item.update(category="year", qualifier=None)
            return  # 'below 2005 levels': the level of a year
        year_like = (
            value is not None
            and not item["is_words"]
            and not item["has_scale"]
            and re.fullmatch(
                r"\d{4}",
                doc_text(doc)[first.idx : first.idx + len(first.text)] if len(nspan) else "",
            )
            and 1500 <= value <= 2100
            and (
                not _amount_qualifier(item)
                or _SINCE_BEFORE_RE.search(doc_text(doc), 0, item["start_char"])
            )
            # 'from 1000 to 2000 hires': the high end of a range opened by an amount
            and not (item["value_low"] is not None and item["value_low"] < 1500)
        )
        if (year_like and 1900 <= value <= 2100) or (year_like and not (nxt and nxt.tag_ == "NNS")):
            item.update(category="year", qualifier=None)
            return
        if _older_year(doc, item, nspan):
            item.update(category="year", qualifier=None)
            return  # 'built by a Muscovite Grand Prince in 1492.'
        if _SHORT_YEAR_RE.match(doc_text(doc), max(0, item["start_char"] - 2)):
            item.update(category="year", qualifier=None)
            return  # 'in ‘14', 'the class of '92': a year cut to its last two digits
    counted = _counted_token(item, nspan)
    if counted is not None and _dash_opens_after(doc, nspan, counted):
        counted = None  # 'The three — Aiden Aslin, Shaun Pinner and ...': names set off
    if (
        counted is not None
        and _word_fraction(item)
        and counted.dep_ == "poss"
        and counted.i < counted.head.i
    ):
        counted = counted.head  # 'half the city's population' is a share of the population
    if (
        counted is not None
        and counted.i < nspan.start
        and counted == _noun_before_or(nspan)
        and counted.i > 0
        and doc[counted.i - 1].lower_ in {"a", "an"}
        and item["value"] is not None
        and item["value"] > 1
    ):
        # 'a day or two', 'a game or three': from one to the number
        item.update(value_low=1.0, value_high=float(item["value"]))
    if (
        counted is not None
        and counted.lower_ in _unit_patterns()["suffix"]
        # 'one MP who backed him' counts an MP (a glued-only word, not a letter: '40 C')
        and not (counted.text in _GLUED_ONLY_UNITS and len(counted.text) > 1)
    ):
        if counted.i < nspan.start and not item["unit"]:  # 'a day or two'
            unit, category = _unit_patterns()["suffix"][counted.lower_]
            item.update(unit=unit, category=category)
        counted = None
    if counted is not None:
        whole = _span(doc, item["start_char"], item["end_char"]) or nspan
        if whole.start <= counted.i < whole.end:
            whole = _span(doc, item["start_char"], item["core_end"]) or nspan
        item["counted"] = _chunk_text(doc, counted, whole)
        item["counted_head"] = counted.text
        name = _counted_name(doc, item, nspan, counted)
        if name:
            item["counted_lemma"] = name
    nxt = doc[nspan.end] if nspan.end < len(doc) else None
    if (
        item.get("counted_lemma") is None
        and nxt is not None
        and (nxt.tag_ == "NNS" or (nxt.tag_ == "NN" and item["value"] == 1))  # 'one count of'
        and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ in {"NOUN", "PROPN"})
    ):
        item["counted_lemma"] = nxt.lemma_.lower()
    if item["category"] == "count" and not item["unit"]:
        people_verb = counted is not None and any(
            c.dep_ in {"acl", "amod", "relcl"} and c.lemma_.lower() in people["verb"]
            for c in counted.children
        )
        # a model's name says the count is of machines: '10 FA-18 fighters' are aircraft
        machine = counted is not None and any(_model_name(t) for t in doc[nspan.end : counted.i])
        if not machine and (
            (counted is not None and _token_is_people(counted, people))
            or _people_verb(nspan, people)
            or (people_verb and counted.pos_ != "PROPN")
        ):
            item.update(category="people", unit="people")
        elif not machine and _counts_a_participle(nspan, people):
            # 'reporting at least three injured': the people the participle names
            item.update(category="people", unit="people", counted_lemma="people")


#: Parts of speech that may stand between a number and the noun it counts.
_NAME_MODIFIERS = frozenset({"ADJ", "NOUN", "PROPN", "PUNCT", "VERB", "CCONJ", "PART", "DET"})


def _counted_name(doc: Doc, item: dict[str, Any], nspan: Span, counted: Token) -> str | None:
    """The counted noun named as a unit, the way NewsQuant names it.

    The head noun's lemma with the adjectives and nouns that modify it, before
    the number after a determiner ('the top four seeds' -> top seed, 'a category
    two storm' -> category storm) or between the number and the noun ('nine
    other workers' -> other worker, 'the 12 nation trade pact' -> nation trade
    pact, 'two of the mayor's aides' -> mayor aide); verb forms, conjunctions,
    determiners and adjectives that judge the amount are left out ('500 damaged
    buildings' -> building, '4.2m combined boxed and digital copies' -> boxed
    digital copy, 'a whopping 40 shots' -> shot) unless hyphenated ('two
    Russian-backed regions'), superlatives are lemmatised ('the 10 largest
    banks' -> large bank), a number joined to its noun by a hyphen counts that
    noun only ('three-point range' -> point), and a rate is kept ('800 samples
    per day' -> sample per day). None when the noun is too far from the number.
    """
    number = _first_joined_number(nspan.root)
    if counted in (_noun_before_or(nspan), _plural_set_off_before(number)):
        return counted.lemma_.lower()  # 'a game or two', 'drones, nine in the air'
    of = counted.head
    amount_of = of.lower_ == "of" and of.head.lemma_.lower() in AMOUNT_NOUNS
    if amount_of and counted.i < nspan.start and not item["unit"]:
        # 'the number of European partners has now fallen to 14'
        left = [t for t in counted.lefts if t.dep_ in {"amod", "compound"} and _names_counted(t)]
        # (a hyphenated modifier stays whole: 'registered pro-Ukrainian agents')
        return _spelled([*left, counted], [*(t.text for t in left), _lemma(counted)]).lower()
    if (
        counted.i < nspan.start
        and counted.dep_ in {"compound", "nmod"}
        and nspan.end <= counted.head.i <= nspan.end + 2
        and counted.head.pos_ == "NOUN"
    ):
        counted = counted.head
    first = nspan.end
    if first < counted.i and nspan.doc[first].is_quote:
        first += 1  # 'import “hundreds” of drones'
    if item["vague"] and nspan.start <= counted.i < nspan.end:
        of = next((t.i for t in nspan if t.lower_ == "of"), None)
        first = of + 1 if of is not None else counted.i
    elif (
        first < counted.i
        and doc[first].lower_ == "of"
        and (item["vague"] or item["unit"] in {None, "people"} or _word_fraction(item))
    ):
        first += 1
        if first < counted.i and doc[first].lower_ == "them":
            first += 1  # 'about 500 civilians, 40 of them children' counts children
    # at most five words between, hyphens not counted ('six long-range air defense missile
    # systems')
    if counted.i < first or sum(not t.is_punct for t in doc[first : counted.i]) > 5:
        return None
    if not all(
        (t.pos_ in _NAME_MODIFIERS and t.tag_ != "VBD")
        or _model_name(t)  # 'four F-16 jets'
        or t.tag_ == "PRP$"  # 'two of my teeth'
        or (t.pos_ == "ADV" and t.dep_ == "advmod" and nspan.start <= t.head.i < counted.i)
        or glued_hyphen(t)
        or (t.pos_ == "ADP" and _hyphen_joined(t))  # 'one in-person visit'
        # the whole's own count after "of": 'Ten of Ukraine's 24 regions' -> ukraine region
        or (t.like_num and t.head.i == counted.i and doc[nspan.end].lower_ == "of")
        for t in doc[first : counted.i]
    ):
        return None  # an adverb may qualify a modifier: 'two well-known breeds', 'formerly'

    head = counted
    hyphenated = doc_text(doc)[nspan.end_char : counted.idx] in {"-", "‑"}
    while (
        not hyphenated
        # a singular noun the parser made a modifier ('17 battalion tactical groups'), not a
        # plural ('give the two regions special status')
        and (head.dep_ == "compound" or (head.dep_ == "nmod" and head.tag_ == "NN"))
        and head.i < head.head.i <= head.i + 3
        and head.head.pos_ == "NOUN"
        # 'up to 17 battalion tactical groups': an adjective of the head may stand between
        and all(
            t.dep_ == "compound" or (t.dep_ == "amod" and t.head == head.head)
            for t in doc[head.i + 1 : head.head.i]
        )
    ):
        head = head.head
    left = []
    index = nspan.start - 1
    while (
        index >= 0
        and doc[index].pos_ in {"ADJ", "NOUN", "PROPN"}
        and doc[index].tag_ not in {"VBN", "VBG"}
        and doc[index].dep_ in {"amod", "compound", "nmod"}
        and doc[index].head.i in {counted.i, head.i}
        and doc[index].lower_ not in load_qualifiers()
        and doc[index].lower_ not in _AMOUNT_ADJECTIVES
        and doc[index].lower_ != "other"  # 'the other two participants' -> participant
        # 'the first two companies', 'the final two units': a place in a sequence
        and doc[index].lower_ not in _SEQUENCE_WORDS
        and doc[index].ent_type_ != "ORDINAL"
        and doc[index].idx + len(doc[index]) <= item["start_char"]
    ):
        left.insert(0, doc[index])
        index -= 1
    if not (index >= 0 and (doc[index].pos_ == "DET" or doc[index].tag_ == "PRP$")):
        left = []
    middle = [
        t
        for t in doc[first : head.i]
        if (_names_counted(t) or _hyphen_joined(t))
        and not (t.like_num and t.head == counted and doc[nspan.end].lower_ == "of")
    ]
    kept = [*left, *middle, head, *_coordinated_counted(head)]
    while kept and kept[0].pos_ == "PUNCT" and not _model_name(kept[0]):
        kept = kept[1:]
    words = []
    for token in kept:
        lemma = _lemma(token)
        word = lemma if token.i >= head.i or token.tag_ in {"JJR", "JJS"} else token.text
        if token is head and token.tag_ == "NNPS" and word == token.text and len(kept) > 1:
            word = singular(word)  # "World Cups" (a demonym alone, "Americans", stays)
        words.append(word)
    name = _spelled(kept, words)
    rate = _PER_UNIT_RE.match(doc_text(doc), head.idx + len(head.text))
    if rate:
        name += " per " + _per_unit(rate)
    return name.strip().lower() or None


def _spelled(tokens: list[Token], words: list[str]) -> str:
    """The ``words`` of ``tokens`` joined as the text joins them: with no space between
    tokens written together ('pro-Ukrainian'), else with one."""
    name = ""
    for position, (token, word) in enumerate(zip(tokens, words, strict=True)):
        before = tokens[position - 1] if position else None
        joined = before is not None and before.i + 1 == token.i and not before.whitespace_
        name += word if joined else f" {word}"
    return name.strip()


def _dash_opens_after(doc: Doc, nspan: Span, counted: Token) -> bool:
    """Whether a dash after the number opens a phrase that the counted noun lies in ('The
    three — Aiden Aslin, Shaun Pinner and ...'), not one that closes a phrase the number
    stands in ('a handful of – perhaps three – multiple rocket launchers', 'a third – 36% –
    of the population') or a phrase set off whole ('7,800 – mostly temporary – visas')."""
    between = sum(t.text in DASHES for t in doc[nspan.end : counted.i])
    opened = any(t.text in DASHES for t in doc[max(0, nspan.start - 3) : nspan.start])
    return between % 2 == 1 and not opened


#: Plurals the lemmatiser reads as another noun's: "four bases" are military bases, not
#: bases of argument ("basis"); "motives" are no "motif", "corpses" no "corps"; "salvos" it
#: leaves alone.
_LEMMA_FIXES = {"bases": "base", "motives": "motive", "salvos": "salvo", "corpses": "corpse"}


def _lemma(token: Token) -> str:
    """A noun's lemma, mended where the lemmatiser leaves a plural in "-men" ("servicemen"
    -> serviceman, "gunmen" -> gunman) or reads it as another noun (:data:`_LEMMA_FIXES`)."""
    lemma = _LEMMA_FIXES.get(token.lower_, token.lemma_)
    men = token.pos_ == "NOUN" and token.lower_.endswith("men") and token.lower_ not in _NOT_MEN
    if men and lemma.lower() == token.lower_:
        return lemma[:-3] + "man"
    return lemma


#: Nouns ending in "men" that are no plural of "-man".
_NOT_MEN = frozenset(
    {"amen", "omen", "specimen", "regimen", "abdomen", "acumen", "stamen", "semen", "ramen"}
)


def _coordinated_counted(head: Token) -> list[Token]:
    """A plural noun joined to the counted plural by 'and' or 'or' is counted too.

    'dozens of towns and villages' -> town village, 'over 1,600 individuals and
    entities' -> individual entity: content words only, as NewsQuant names 'dozens
    of Kia and Hyundai vehicles' (Kia Hyundai vehicle). Not a noun with its own
    determiner, number or 'of' ('two soldiers and a civilian', '100 sailors and
    dozens of marines', 'troops and stores of weapons'), nor one that is another group
    ('two submarines and other warships'), nor a singular mass noun ('40 tanks and
    artillery').
    """
    if head.tag_ != "NNS":
        return []
    for token in head.rights:
        if token.dep_ != "conj" or token.i > head.i + 4:
            continue
        # its own adjectives and nouns before it are named too ('Russian tanks and armoured
        # cars' -> Russian tank armoured car)
        own = [t for t in token.lefts if t.dep_ in {"amod", "compound"} and _names_counted(t)]
        between = head.doc[head.i + 1 : own[0].i if own else token.i]
        if (
            token.tag_ == "NNS"
            and token.lower_ not in _VAGUE_SIZES
            and not any(c.dep_ in {"det", "nummod", "prep", "quantmod"} for c in token.children)
            # not a group of its own: 'two Russian submarines and other warships'
            and not any(c.lower_ in {"other", "another"} for c in token.lefts)
            and between
            and all(t.dep_ == "cc" or t.lower_ == "," for t in between)
            and (not own or own[-1].i + 1 == token.i)
        ):
            if between[-1].lower_ in {"and", "or"}:
                return [*own, token]
            if between[-1].lower_ == ",":
                # a list: 'men, women and children' -> man woman child
                rest = _coordinated_counted(token)
                return [*own, token, *rest] if rest else []
    return []


def _word_fraction(item: dict[str, Any]) -> bool:
    """A share in words ('half of the fleet', 'two-thirds of senators') or with a slash ('2/3
    of oil imports'), which counts a noun."""
    slash = SLASH_SHARE_RE.search(item["surface"]) is not None
    words = item["is_words"] or slash
    return item["unit"] == "percent" and words and "%" not in item["surface"]


def singular(word: str) -> str:
    """The singular of a plural the lemmatiser leaves alone ("Cups", "Ferraris", "oligarchs")."""
    lower = word.lower()
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if lower.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


#: Adjectives that judge the amount or say whose share it is, not what is counted ('a
#: staggering 1,000 people', '144 of their respective inmates').
_AMOUNT_ADJECTIVES = frozenset(
    {
        "staggering", "whopping", "additional", "further", "extra", "mere", "total",
        "massive", "huge", "modest", "paltry", "impressive", "cool", "healthy", "full",
        "whole", "average", "estimated", "reported", "approximate", "combined", "overall",
        "more", "respective",
    }
)  # fmt: skip


#: Adjectives of what is added, which name what is counted after the number ('18 additional
#: howitzers'), though not before it ('an additional 18 howitzers').
_ADDED = frozenset({"additional", "extra"})


def _hyphen_joined(token: Token) -> bool:
    """A word joined by a hyphen to the word before it ('backed' in 'Russian-backed')."""
    if token.pos_ in {"PUNCT", "CCONJ", "DET"}:
        return False
    doc = token.doc
    if token.i + 2 < len(doc) and glued_hyphen(doc[token.i + 1]):
        return True  # 'bemused' in 'bemused-looking'
    return token.i >= 2 and glued_hyphen(doc[token.i - 1])


def glued_hyphen(token: Token) -> bool:
    """A hyphen with no space on either side ('Russian-backed', 'self-declared')."""
    return (
        token.tag_ == "HYPH"
        and token.i > 0
        and not token.whitespace_
        and not token.nbor(-1).whitespace_
    )


#: Words before a counted noun that say which, whose or how many, not what: 'one such
#: account', 'its own POWs', 'one of the many evacuees'.
NOT_NAMING = frozenset({"such", "own", "many", "few", "several", "numerous"})


#: Words of a place in a sequence before a count, which name no part of what it counts.
_SEQUENCE_WORDS = frozenset({"first", "last", "final", "next", "past", "previous", "latest"})


def _names_counted(token: Token) -> bool:
    """A word that belongs to a counted noun's name: not a verb form, 'and', 'the', "'s";
    but a participle describing the noun names it ('three captured fighters', 'four key
    occupied regions', 'its 30 existing members'), and so does a word of what is added
    ('18 additional howitzers', '200 extra vehicles'), as NewsQuant's annotators name them."""
    described = token.tag_ in {"VBN", "VBG"} and token.dep_ == "amod" and token.i < token.head.i
    if token.pos_ in {"CCONJ", "DET", "PART", "ADV", "PRON"} or token.tag_ == "POS":
        return False
    if token.tag_ in {"VBN", "VBG"} and not described:
        return False
    if token.lower_ in _AMOUNT_ADJECTIVES - _ADDED or token.lower_ in NOT_NAMING:
        return False  # 'one such account' counts accounts, 'dozens of its own POWs' POWs
    return token.pos_ != "PUNCT" or token.tag_ == "HYPH" or _model_name(token)


def _model_name(token: Token) -> bool:
    """A model's name of letters and digits that the tagger took for a number or a mark
    ('F-16', 'T-72B3', 'Shahed-136'), which names what a count before it counts; not one
    that a hyphen joins to more ('COVID-19-related deaths')."""
    joined = token.i + 1 < len(token.doc) and token.nbor().tag_ == "HYPH"
    return not joined and bool(_MODEL_NAME_RE.fullmatch(token.text))


#: A name of a weapon or machine model: letters, then a hyphen and digits, maybe letters.
_MODEL_NAME_RE = re.compile(r"[A-Z][A-Za-z]*-\d+[A-Za-z0-9]*")


def extract_quantities(
    doc: Doc, mentions: list[dict] | None = None, quoted: list[dict] | None = None
) -> list[dict[str, Any]]:
    """Every numeric expression in a parsed document, normalised and classified.

    Args:
        doc: A spaCy ``Doc`` with a dependency parse (sentences) and entities.
        mentions: Its actor mentions (:func:`corpus_utils.extract.actors.extract_mentions`),
            which resolve claimants; found here when not given.
        quoted: Its quotes (:func:`corpus_utils.extract.quotes.extract_quotes`): a figure
            inside one takes its speaker as claimant; found here when not given.

    Returns:
        One dict per expression, in text order, with the keys ``QUANTITY_KEYS``:
        ``start_char``/``end_char`` (offsets into ``doc.text``), ``surface``,
        ``value`` (float, None when vague), ``unit`` (USD, EUR, GBP, RUB, UAH, km,
        mile, hour, day, week, month, year, percent, people... or None),
        ``qualifier`` (normalised: more than, over, nearly, about, around, at
        least, up to, less than, almost... or None), ``category`` (see
        ``CATEGORIES``), ``counted`` (the noun phrase quantified), ``claimant_text``
        (who the sentence says gives the figure: "the UN", "Ukraine's general
        staff", "they"; None when it names no one) with its offsets
        ``claimant_start``/``claimant_end``, ``claimant_id`` (the actor it
        resolves to, as a quote's speaker: registry id or
        ``unregistered:<name>``, None when unnamed or unresolved),
        ``sentence``, ``vague``,
        ``alt_value``/``alt_unit`` (a conversion in parentheses), ``bound`` (one of
        ``BOUNDS``, from the qualifier: "at least 5,000" is ≥), ``value_low``/
        ``value_high`` (both ends of a range, the span of a vague amount such as
        "dozens" = 12-120, else the value twice), ``direction`` ("up" or "down"
        for a change such as "rose 7%", "-1.3%", else ""), ``unit_text`` (the
        unit's words as written: "HK$", "per cent", "$ per barrel") and
        ``counted_lemma`` (the counted noun as a unit: "13,000 workers" -> worker).
        Units may be compound (``USD/barrel``, ``mile/hour``); the vocabulary is
        ``data/units.csv``.
    """
    text = doc_text(doc)
    fixed, taken = _find_fixed_forms(text)
    taken = taken + [m.span() for m in _RATIO_RE.finditer(text)]
    folds = _scan_folds(text, taken)
    taken = taken + [(i["start_char"], i["end_char"]) for i in folds]
    numbers = _scan_numbers(text, taken) + folds
    numbers.sort(key=lambda i: i["start_char"])
    _share_range_units(numbers, text)
    _share_list_units(numbers, text)
    taken_numbers = taken + [(i["start_char"], i["end_char"]) for i in numbers]
    vague = _scan_vague(text, taken_numbers)
    taken_all = taken_numbers + [(i["start_char"], i["end_char"]) for i in vague]
    halves = _scan_halves(text, taken_all) + _scan_couples(text, taken_all)
    taken_all += [(i["start_char"], i["end_char"]) for i in halves]
    ordinals = _scan_ordinals(text, taken_all)
    taken_all += [(i["start_char"], i["end_char"]) for i in ordinals]
    decades = _scan_age_decades(text, taken_all)
    out: list[dict[str, Any]] = list(fixed)
    has_parse = doc.has_annotation("DEP")
    for item in sorted(
        numbers + vague + halves + ordinals + decades,
        key=lambda i: (i["start_char"], -i["end_char"]),
    ):
        nspan = _number_span(doc, item)
        if nspan is None or not len(nspan):
            continue
        if item.pop("check_ordinal", False):
            token = nspan[0]
            if token.pos_ != "ADJ":
                continue
        if item["category"] == "ordinal":
            if (
                has_parse
                and nspan.root.head.pos_ in {"NOUN", "PROPN"}
                and nspan.root.dep_ == "amod"
            ):
                item["counted"] = _chunk_text(doc, nspan.root.head, nspan)
        elif has_parse:
            if (
                item.get("is_words")
                and not item.get("vague")
                and not _word_number_ok(doc, item, nspan)
            ):
                continue
            if _is_bare_name_number(doc, item, nspan):
                continue
            if item["vague"] and item["unit"] is None:
                _extend_vague_of(doc, item, nspan)
            _classify(doc, item, nspan)
        out.append(item)
    out.sort(key=lambda i: (i["start_char"], i["end_char"]))
    for item in out:
        span = _number_span(doc, item) or _span(doc, item["start_char"], item["end_char"])
        item["sentence"] = span.sent.text if span is not None and has_parse else None
    _share_list_counted(out, text)
    _inherit_people(out)
    _inherit_counted(out, text)
    _share_suspended_hyphen(out, text)
    _inherit_elided_unit(out, text)
    claimed = []
    for item in out:
        _describe(item, text)
    _inherit_bound_in_parentheses(out, text)
    _rate_after_parentheses(out, text)
    _inherit_direction_of_restatement(out, text)
    _mark_scores(out, text)
    for item in out:
        span = _number_span(doc, item) or _span(doc, item["start_char"], item["end_char"])
        if item["category"] in FIGURE_CATEGORIES and span is not None and has_parse:
            claimed.append((item, span))
        if item["value"] is not None:
            item["value"] = float(item["value"])
        for key in (
            "core_end",
            "is_words",
            "has_scale",
            "check_ordinal",
            "counted_head",
            "scale_factor",
            "num_start",
            "unit_end",
            "signed",
        ):
            item.pop(key, None)
        item["surface"] = text[item["start_char"] : item["end_char"]]
    _set_claimants(doc, claimed, mentions, quoted)
    return [{k: item[k] for k in QUANTITY_KEYS} for item in out]


_MINUS_RE = re.compile(r"(?:(?<![\w.,%])[-\u2212]|\b(?i:minus)[ -]?)$")
#: "from" and the level a change starts at ("from the current £400 to £1,000").
_FROM_LEVEL = r"from(?:[ ]+(?:the|its|their)[ ]+(?:current|present|previous))?"
_DIRECTION_RE = re.compile(
    r"\b(?P<verb>up|down|rose|risen|rises|rising|increased|increases|gained|gains|jumped|jumps"
    r"|climbed|climbs|grew|grown|soared|surged|added|adds|advanced|fell|fallen|falls|dropped|drops"
    r"|declined|declines|decreased|decreases|lost|loses|slid|slipped|plunged|plummeted"
    r"|tumbled|sank|shed|eased|dipped|sagged|retreated|gaining|losing|falling|dropping"
    r"|rise|fall|drop|increase|decrease|gain|lose|climb|jump|decline|grow|slip|plunge"
    r"|dived|dove|slumped|slumps|rallied|rallies|rebounded|spiked|tanked|crashed|skidded"
    r"|shrank|shrunk|shrink|shrinks|contracted|expanded|hiked|growing|increasing|decreasing"
    r"|declining|climbing|soaring|surging|shrinking|soar|soars|surges)"
    r"(?:[ ]+by|(?<!up|wn)[ ]+" + _FROM_LEVEL + r")?"
    r"(?P<adverb>[ ]+(?:just|only|another|a[ ]+(?:further|record|whopping)))?[ ]+$",
    re.IGNORECASE,
)
#: Verbs that give a direction only with 'by': 'cut by 25bps' (not 'cut 1,200 jobs'),
#: 'the power grid deteriorated by 10-30%'.
_BY_DIRECTION_RE = re.compile(
    r"\b(?P<verb>cut|raised|reduced|lowered|hiked|boosted|trimmed|slashed|lifted|contract"
    r"|contracts|contracting|slow|slows|slowed|slowing|expand|expands|expanding|up|down"
    r"|deteriorated|deteriorates|deteriorating|deteriorate)"
    r"[ ]+by[ ]+$",
    re.IGNORECASE,
)
#: A verb of change, its object, then 'by' ('cut the risk of death by 30%', 'raised its
#: forecast by $2bn', 'reduced gas deliveries through the Nord Stream 1 pipeline to Germany
#: by 60%', 'reduce the policy rate from 14% to 13%'); no punctuation and at most ten words
#: between verb and 'by' or 'from'.
_OBJECT_BY_DIRECTION_RE = re.compile(
    r"\b(?P<verb>increased|increases|increase|raised|raises|raise|boosted|lifted|grew|expanded"
    r"|expand|expands|expanding"
    r"|cut|cuts|cutting|reduced|reduces|reduce|reducing|lowered|lowers|lower|trimmed|slashed"
    r"|decreased|decreases|decrease|shrank|narrowed|widened|boost|boosts|boosting|raising"
    r"|increasing|lowering|slashing|slash|slashes)(?:[ ]+[\w'’-]+){1,10}?[ ]+(?P<prep>by|from)[ ]+$",
    re.IGNORECASE,
)
#: A change's match that ends with the level it starts from ('rose from the current ').
_FROM_END_RE = re.compile(r"(?i)\b" + _FROM_LEVEL + r"[ ]+$")
#: The words that go on from a range's first end to its second ('to', a dash).
_RANGE_ON_RE = re.compile(r"[ ]*(?:to[ ]|[-–—])")
_DOWN_WORDS = frozenset(
    {"down", "fall", "drop", "decrease", "lose", "decline", "slip", "plunge", "fell", "fallen", "falls", "dropped", "drops", "declined", "declines", "decreased",
     "decreases", "lost", "loses", "slid", "slipped", "plunged", "plummeted", "tumbled", "sank",
     "shed", "eased", "dipped", "sagged", "retreated", "losing", "falling", "dropping", "dived",
     "dove", "slumped", "slumps", "tanked", "crashed", "skidded", "shrank", "shrunk",
     "contracted", "shrink", "shrinks", "cut", "reduced", "lowered", "trimmed", "slashed", "cuts", "reduces",
     "reduce", "lowers", "lower", "narrowed", "decreasing", "declining", "shrinking",
     "contract", "contracts", "contracting", "slow", "slows", "slowed", "slowing", "cutting",
     "reducing", "lowering", "slashing", "slash", "slashes", "deteriorated", "deteriorates",
     "deteriorating", "deteriorate"}
)  # fmt: skip


#: A bound written after the figure: 'or more', 'or fewer', '30 minutes tops', '$5 max'.
_OR_MORE_RE = re.compile(
    r"[ ]+or[ ]+(more|above|higher|over|less|fewer|below|under)\b(?![ ]+than)"
    r"|[ ]+(tops|max)\b(?![ ]+(?:of|on)\b)"
    r"|[ ]+and[ ]+(above|over|under|below|up|upwards)\b(?![ ]+(?:(?:than|the|a|an)\b|\d))",
    re.I,
)


def _moved_distance(verb: str, item: dict[str, Any]) -> bool:
    """'Ukrainian troops have advanced 70 kilometers': a distance covered, not a change."""
    return verb.lower() in {"advanced", "retreated"} and item["category"] == "distance"


def _things_lost(verb: str, item: dict[str, Any]) -> bool:
    """'has lost two state elections', 'Russia has lost 5,937 troops', 'dropped two atomic
    bombs', 'sank two watercraft', 'threatening to plunge millions of people into poverty',
    'will add two more modules': things counted that were lost, dropped, sunk, plunged or
    added, not a level that went down or up ('lost 190 points', 'lost 1.1%', 'lost half of
    its value', 'dropped 20,000', 'added 200 points' and 'employers added 431,000 jobs', a
    level of employment, stay changes)."""
    lost = {"lost", "lose", "loses", "losing", "dropped", "drop", "drops", "sank"}
    lost |= {"plunge", "plunges", "plunged", "plunging"}
    added = {"add", "adds", "added", "adding"}
    if verb.lower() not in lost | added:
        return False
    counted = item.get("counted_lemma")
    if verb.lower() in added and counted == "job":
        return False
    return item["category"] in {"count", "people"} and counted not in (None, "point")


#: A passive's auxiliary right before its verb ('being raised', 'was cut', 'have been slowed').
_PASSIVE_AUX_RE = re.compile(
    r"\b(?:be|been|being|is|are|was|were|get|gets|got|getting)[ ]+(?:[a-z]+ly[ ]+)?$",
    re.IGNORECASE,
)


def _passive_agent(verb: re.Match[str], item: dict[str, Any], text: str) -> bool:
    """'after being raised by two mothers': the count after a passive verb and 'by' names
    who did it, not an amount ('was cut by 25 points' and 'was cut by 3%' stay changes)."""
    if not re.search(r"(?i)\bby[ ]+$", verb.group(0)):
        return False
    if not _PASSIVE_AUX_RE.search(text, max(0, verb.start() - 30), verb.start()):
        return False
    counted = item.get("counted_lemma")
    return item["category"] in {"count", "people"} and counted not in (None, "point")


def _particle_before_count(word: str, item: dict[str, Any], before: str = "") -> bool:
    """'open up three refugee centres', 'shut down two plants': 'up' or 'down' ends a phrasal
    verb whose object is counted, not a change ('up 58 points', 'down 3%' stay changes);
    after a verb that takes it as a particle ('pick up 1 million tons', 'set up', 'take
    down', 'has used up 76% of its budget'), whatever it counts ('ramp up by 5%' stays a
    change)."""
    if word.lower() not in {"up", "down"}:
        return False
    if _PARTICLE_VERB_RE.search(before):
        return True
    return (item["category"] in {"count", "people"} or _word_fraction(item)) and item.get(
        "counted_lemma"
    ) not in {None, "point"}


#: Verbs whose 'up' or 'down' is a particle, not a change ('pick up', 'shut down').
_PARTICLE_VERB_RE = re.compile(
    r"\b(?i:pick|picks|picked|picking|set|sets|setting|open|opens|opened|opening|shut|shuts"
    r"|shutting|take|takes|took|taking|taken|make|makes|made|making|build|builds|built|building"
    r"|sign|signs|signed|signing|break|breaks|broke|broken|put|puts|putting|close|closes|closed"
    r"|line|lined|tot|totted|shot|shoot|shooting|bring|brought|turn|turned|back|backed"
    r"|hold|holds|holding|held|knock|knocks|knocking|knocked|use|uses|used|using|eat|eats"
    r"|eaten|eating|ate|soak|soaks|soaked|soaking|snap|snaps|snapped|snapping)[ ]+$"
)


def _describe(item: dict[str, Any], text: str) -> None:
    """Set sign, ``bound``, ``direction``, ``unit_text`` and the range ends of one quantity.

    A minus glued to the number ('-1.3%', 'minus-130 degrees') makes the value
    negative; a percentage with a sign ('-1.3%', '+2%') is a change down or up, and
    so is a number right after a verb of change ('rose 7%', 'up 19 cents', 'lost
    190 points'; not 'rose to $2.3 billion', which is the level reached), or after the
    verb's object and 'by' ('cut the risk of a stroke by 30 percent'). The bound comes
    from the qualifier before the number, or from 'or more' / 'or fewer' after it.
    """
    num_start = item.get("num_start")
    category = item["category"]
    if category in {"date", "year", "time", "ordinal", "other"}:
        item.update(bound="=", direction="", unit_text="")
        return
    sign = ""
    if num_start is not None and item["value"] is not None and item["value_low"] is None:
        prefix_end = item["start_char"] if item["start_char"] == num_start else num_start
        minus = _MINUS_RE.search(text, max(0, prefix_end - 7), prefix_end)
        plus = prefix_end > 0 and text[prefix_end - 1] == "+"
        before_minus = text[max(0, prefix_end - 3) : prefix_end - 1] if minus else ""
        after_number = minus and (
            not re.search(r"\d[ ]?$", before_minus) or item["unit"] == "percent"
        )
        if after_number and item["value"] > 0:
            item["value"] = -item["value"]
            sign = "-"
            if item["start_char"] == num_start:
                item["start_char"] = minus.start()
        elif plus:
            sign = "+"
            if item["start_char"] == num_start:
                item["start_char"] -= 1
    direction = ""
    if sign and item["unit"] in {"percent", "percentage point"}:
        direction = "down" if sign == "-" else "up"
    else:
        verb = _DIRECTION_RE.search(text, max(0, item["start_char"] - 40), item["start_char"])
        if (
            verb
            and verb.group("adverb")
            and not (item["unit"] in {"percent", "percentage point"} or item["category"] == "money")
        ):
            verb = None  # 'growing just 3.2%', 'rise by a further £1,000'; not 'lost only one war'
        verb = verb or _BY_DIRECTION_RE.search(
            text, max(0, item["start_char"] - 40), item["start_char"]
        )
        by_object = _OBJECT_BY_DIRECTION_RE.search(
            text, max(0, item["start_char"] - 100), item["start_char"]
        )
        ranged = item["value_low"] is not None and item["value_low"] != item["value_high"]
        if by_object and by_object.group("prep") == "from" and not ranged:
            by_object = None  # only a range from one level to another: not "cut off as
            # Russian forces push in from three different directions"
        started_at = verb is not None and verb is not by_object and _FROM_END_RE.search(verb[0])
        if started_at and not _RANGE_ON_RE.match(text, item["end_char"]):
            verb = None  # 'a jump from 9.4% in June': the level it started at
        verb = verb or by_object
        before = text[max(0, verb.start() - 20) : verb.start()] if verb else ""
        if verb and (
            _moved_distance(verb.group("verb"), item)
            # 'has dropped 58 straight days': how long it went on, no level
            or (item["category"] == "duration" and verb is not by_object)
            or (verb is not by_object and _things_lost(verb.group("verb"), item))
            or (verb is not by_object and _passive_agent(verb, item, text))
        ):
            verb = None  # a distance covered, a time, things lost, who did it: no level changed
        # 'shot up by 10%': 'up' or 'down' then 'by' is a change, whatever the verb
        by_change = verb is not None and re.search(r"(?i)\bby[ ]+$", verb.group(0)) is not None
        if verb and (by_change or not _particle_before_count(verb.group("verb"), item, before)):
            direction = "down" if verb.group("verb").lower() in _DOWN_WORDS else "up"
    item["direction"] = direction
    item["bound"] = load_bounds().get(item["qualifier"], "=") if item["qualifier"] else "="
    trailing = _OR_MORE_RE.match(text, item["end_char"])
    if item["bound"] == "=" and item.get("plus"):
        item["bound"] = "≥"  # '523+', '20-plus years'
    elif item["bound"] == "=" and trailing:
        # '50 million tons or more', 'ten or fewer', '30 minutes tops', 'batches of five
        # and above', 'those aged 65 and over'
        word = next(g for g in trailing.groups() if g).lower()
        item["bound"] = "≤" if word in {"less", "fewer", "below", "under", "tops", "max"} else "≥"
    if item["value_low"] is None and item["value"] is not None:
        item["value_low"] = item["value_high"] = item["value"]
    words = []
    if num_start is not None and item["unit"]:
        qualifier_end = item["start_char"]
        if item["qualifier"]:
            # every qualifier before the number: 'up to about 185 miles'
            head = _qualifier_head_re().match(text, item["start_char"], num_start)
            while head and head.end() > qualifier_end:
                qualifier_end = head.end()
                head = _qualifier_head_re().match(text, qualifier_end, num_start)
        prefix = re.sub(r"(?i)\bminus\b", "", text[qualifier_end:num_start])
        words.append(prefix.strip(" -\u2212+"))
        core_end = item.get("core_end") or num_start
        after = text[core_end : item.get("unit_end") or item["end_char"]].strip()
        words.append(_PLUS_AFTER_RE.sub("", after, count=1).strip() if item.get("plus") else after)
    elif item["unit"] and category == "age":
        words.append(text[item.get("core_end") or item["end_char"] : item["end_char"]].strip(" -"))
    item["unit_text"] = " ".join(w for w in words if w)


def _extend_vague_of(doc: Doc, item: dict[str, Any], nspan: Span) -> None:
    """Run a vague amount's span on to the noun after 'of' ('millions of people')."""
    if nspan.end >= len(doc) or doc[nspan.end].lower_ != "of":
        return
    prep = doc[nspan.end]
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.i - prep.i > 4 or pobj.pos_ not in {"NOUN", "PROPN"}:
        return
    item["end_char"] = pobj.idx + len(pobj.text)
    item["surface"] = doc_text(doc)[item["start_char"] : item["end_char"]]


def _word_number_ok(doc: Doc, item: dict[str, Any], nspan: Span) -> bool:
    """Reject number words that are pronouns or part of names ('one of', 'Air Force One')."""
    first = nspan[0]
    lower = first.lower_
    kind = _KIND_HYPHEN_RE.match(doc_text(doc), nspan[-1].idx + len(nspan[-1].text))
    if kind and len(nspan) == 1 and lower in _KIND_NUMBER_WORDS:
        return False  # 'zero-COVID measures', 'the two-pronged fronts': kinds, no count
    if lower == "zero" and _NET_BEFORE_RE.search(doc_text(doc), 0, first.idx):
        return False  # 'to net zero by 2050', 'net-zero emissions': a target's name
    if lower == "zero" and _SUB_BEFORE_RE.search(doc_text(doc), 0, first.idx):
        return False  # 'sub-zero temperatures': below freezing, no amount
    # a run of spaces breaks scraped text as a sentence start would ("Thank you
    # @JenGriffinFNC  Two journalists working with Fox News were killed")
    broken = first.i > 0 and doc[first.i - 1].is_space
    if first.text[:1].isupper() and not first.is_sent_start and not broken:
        prev = doc[first.i - 1] if first.i else None
        nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
        lower_next = nxt is not None and nxt.text[:1].islower()
        if prev is not None and prev.text in _QUOTE_MARKS and lower_next:
            return True
        if (
            prev is not None
            and prev.is_lower
            and prev.pos_ in {"VERB", "NOUN", "ADJ", "ADV"}  # not 'the Group of Seven nations'
            and lower_next
            and nxt.tag_ == "NNS"
        ):
            return True  # a sentence run on after a lead with no full stop: 'distressing Nine days'
        if prev is not None and prev.text not in {'"', "“", "(", "-", "–", "—", ":"}:
            return False
    worth = first.i + 1 < len(doc) and doc[first.i + 1].lower_ == "worth"
    if lower == "one" and len(nspan) == 1 and worth:
        return False  # 'two packages, one worth $40 billion': the one package
    if lower == "one" and _someday(doc, first):
        return False
    if len(nspan) == 1 and first.i > 0 and doc[first.i - 1].lower_ == "day":
        counts = first.i + 1 < len(doc) and doc[first.i + 1].pos_ in {"NOUN", "PROPN", "ADJ"}
        if not counts:
            # 'from day one': from the start, 'After day four': the fourth day (but 'One day
            # one soldier died')
            return False
    if lower == "one" and len(nspan) == 1 and _pronoun_one(doc, first):
        return False
    if lower == "one" and len(nspan) == 1 and not item["unit"]:
        nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in {"of", "another", "or", "side", *POSSESSIVE_ENDINGS}:
            return False
        after = first.idx + len(first.text)
        if _ONE_IDIOM_RE.match(doc_text(doc), after) or _ONE_PHRASE_RE.match(doc_text(doc), after):
            return False
        if re.match(r"[ ]+hand\b", doc_text(doc)[after:]) and re.search(
            r"\bon[ ]+the[ ]+$", doc_text(doc)[max(0, first.idx - 10) : first.idx], re.IGNORECASE
        ):
            return False  # 'on the one hand'
        if re.match(r"[ ]+(?:sense|respect)\b", doc_text(doc)[after:]) and re.search(
            r"\bin[ ]+$", doc_text(doc)[max(0, first.idx - 6) : first.idx], re.IGNORECASE
        ):
            return False  # 'in one sense', 'in one respect': a manner of speaking

        if _last_of_parts(first):
            return True
        if first.pos_ == "PRON" or first.dep_ not in {"nummod", "quantmod"}:
            return False
    # not 'could half the electricity bill' (halve)
    return not (
        lower == "half" and (first.pos_ == "VERB" or (first.i and doc[first.i - 1].tag_ == "MD"))
    )


def _last_of_parts(one: Token) -> bool:
    """Whether 'one' ends a list of parts of a count, joined to the count of another part
    and placed as it is ('three men, two from the U.K. and one from Morocco', 'four in
    Bishkek and one in Osh'): one of the things counted."""
    part = one.head
    if one.dep_ != "conj" or part.i > one.i or not part.like_num or part.lower_ == "one":
        return False
    if not any(c.dep_ == "cc" for c in part.children):
        return False
    placed = [c.lower_ for c in part.children if c.dep_ == "prep" and c.i < one.i]
    return bool(placed) and any(c.dep_ == "prep" and c.lower_ in placed for c in one.children)


def _pronoun_one(doc: Doc, one: Token) -> bool:
    """'one' standing for a person or thing, no count: 'no one shortens', 'a loved one',
    'a consensus one.', 'a Russian one that ...' (an article and a word that describes, then
    the end of the phrase)."""
    before = doc[one.i - 1] if one.i else None
    after = doc[one.i + 1] if one.i + 1 < len(doc) else None
    if before is None or (after is not None and after.tag_ == "HYPH"):
        return False  # 'the average one-bed', 'no one-size-fits-all'
    if before.lower_ in ("no", "loved"):
        return True  # 'no one shortens', 'lost a loved one fighting in Ukraine'
    ends = after is None or after.is_punct or after.lower_ in {"that", "which", "who"}
    described = before.pos_ in {"ADJ", "NOUN"} and one.i >= 2
    return ends and described and doc[one.i - 2].lower_ in {"a", "an", "the", "this", "that"}


def _someday(doc: Doc, one: Token) -> bool:
    """Whether 'one day' means some day to come: 'may one day reap a whirlwind', 'will
    reappear one day', 'hopes to one day return'; not a day counted ('one day after', 'in
    one day', 'just one day', 'will last one day')."""
    day = doc[one.i + 1] if one.i + 1 < len(doc) else None
    if day is None or day.lower_ != "day":
        return False
    after = doc[day.i + 1] if day.i + 1 < len(doc) else None
    if after is not None and after.lower_ in _DAY_COUNTED_AFTER:
        return False
    before = doc[one.i - 1] if one.i else None
    if before is not None and before.lower_ == "to" and after is not None and after.tag_ == "VB":
        return True  # 'candidate status to one day join the bloc' ('to' taken for a preposition)
    if before is None or before.pos_ == "ADP" or before.lower_ in {"than", "just", "only"}:
        return False
    if before.tag_ in {"MD", "TO"}:
        return True  # 'could one day join', 'hopes to one day return'
    verb = day.head
    if day.dep_ != "npadvmod" or verb.lemma_.lower() in _LASTING_VERBS:
        return False  # 'could take one day', 'will last one day': how long
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


#: Words after 'one day' that make it a day counted: 'one day after', 'one day of talks'.
_DAY_COUNTED_AFTER = frozenset(
    {"after", "before", "ahead", "later", "earlier", "of", "in", "into", "'s", "’s"}
)
#: Verbs whose 'one day' says how long: 'the talks will last one day'.
_LASTING_VERBS = frozenset(
    {"last", "take", "stay", "wait", "spend", "remain", "run", "need", "require", "be", "go"}
)

#: A hyphen and the word after a number word that make a kind, not a count: 'zero-COVID',
#: 'zero-tolerance', 'zero-sum', 'a two-pronged attack', 'two-faced', 'a two-edged sword', 'a
#: three-monthly bill' (how often).
_KIND_HYPHEN_RE = re.compile(
    r"[-‑](?:(?<=zero-)(?:covid|tolerance|sum|emission|emissions|carbon|hour)"
    r"|pronged|faced|headed|edged|hourly|daily|weekly|monthly|yearly)\b",
    re.IGNORECASE,
)
#: "net" before "zero" ('net zero', 'net-zero'): the name of a climate target, no amount.
_NET_BEFORE_RE = re.compile(r"(?<![\w-])net[ ‑-]?$", re.IGNORECASE)
#: 'sub-' before 'zero' ('sub-zero temperatures').
_SUB_BEFORE_RE = re.compile(r"(?<![\w-])sub[‑-]$", re.IGNORECASE)
#: Number words a kind may open.
_KIND_NUMBER_WORDS = frozenset({"zero", "one", "two", "three", "four", "five", "six"})
#: 'one-off payment', 'a one-time fee', 'one-to-one basis', 'one-on-one talks', 'a one-sided
#: game', 'a scathing one-liner', 'a one-of-a-kind weapon': adjectives of kind or words of
#: their own, not a count of one.
_ONE_IDIOM_RE = re.compile(
    r"[-‑](?:off|time|to-one|on-one|sided|liners?|of-a-kind)\b", re.IGNORECASE
)
#: 'one way or another', 'one by one', 'one (military operation) after another': phrases of
#: manner, no count;
#: 'one hell of a fight' says how much, counts nothing; 'the "one China" policy' is a name.
_ONE_PHRASE_RE = re.compile(
    r"[ ]+(?:way[ ]+or[ ]+(?:another|the[ ]+other)|by[ ]+one"
    r"|(?:[a-z-]+[ ]+){0,3}after[ ]+(?:another|the[ ]+other)"
    r"|hell[ ]+of|China\W{0,2}[ ]+(?:policy|principle))\b",
    re.IGNORECASE,
)

#: The gap after a hyphen left hanging: 'four-, five- and six-cylinder engines'.
SUSPENDED_GAP_RE = re.compile(r"-,?[ ]+(?:(?:and|or|to)[ ]+)?")


def _share_suspended_hyphen(items: list[dict[str, Any]], text: str) -> None:
    """'four-, five- and six-cylinder engines', 'two- or three-day trips': a number whose
    hyphen is left hanging takes the unit and counted noun of the next one."""
    for item, nxt in reversed(list(itertools.pairwise(items))):
        gap = text[item["end_char"] : nxt["start_char"]]
        if not SUSPENDED_GAP_RE.fullmatch(gap) or item["unit"] or item.get("counted_lemma"):
            continue
        if item["category"] != "count" or nxt["category"] in NON_FIGURE_CATEGORIES:
            continue
        for key in ("unit", "category", "counted", "counted_lemma", "unit_text"):
            if key in nxt:
                item[key] = nxt[key]


#: Words that set two figures side by side, so that the second may leave its unit out ('4.5
#: million tonnes of wheat in October, up from 2.8 million').
_PARALLEL_RE = re.compile(
    r"\b(?:but|while|whereas|and|or|versus|vs|against|compared|(?:up|down)[ ]+from)\b"
)


#: Words of comparison that set a figure beside another only right before it ("2%
#: against 1.5"); before a noun they name what the figure is measured against ("0.4%
#: weaker against the dollar at 61.50").
_AGAINST_WORDS = frozenset({"versus", "vs", "against", "compared"})


def _sets_side_by_side(gap: str) -> bool:
    """Whether the words between two figures set them side by side (:data:`_PARALLEL_RE`)."""
    words = list(_PARALLEL_RE.finditer(gap))
    if not words:
        return False
    last = words[-1]
    if last.group() not in _AGAINST_WORDS:
        return True
    return re.fullmatch(r"\W*(?:(?:with|to)\W+)?", gap[last.end() :]) is not None


#: A preposition that makes the duration after it the time a figure took ('in six months').
_TIME_FRAME_BEFORE_RE = re.compile(
    r"\b(?:in|over|within|during|across)[ ]+(?:(?:the|a|just|only)[ ]+)?(?:(?:past|last|first|next)[ ]+)?$",
    re.IGNORECASE,
)


def _inherit_elided_unit(items: list[dict[str, Any]], text: str) -> None:
    """'rose by 2 percent but the Nasdaq fell by 1', 'the highest is 84.75 cents, the
    lowest 74.07': a bare number with nothing counted takes the unit of the last
    measured figure of its sentence (not one restated in parentheses) when a word
    such as 'but', 'while' or 'and' sets the two side by side ('three months into the
    war, its audience grew to 23,000' is no duration)."""
    for index, item in enumerate(items):
        if (
            item["category"] != "count"
            or item["unit"]
            or item.get("counted")
            or item.get("counted_lemma")
            or item["vague"]
            or item.get("is_words")
        ):
            continue
        for prev in reversed(items[:index]):
            if prev["sentence"] != item["sentence"] or prev["category"] in NON_FIGURE_CATEGORIES:
                continue
            if text.rfind("(", 0, prev["start_char"]) > text.rfind(")", 0, prev["start_char"]):
                continue
            if prev["category"] == "duration" and _TIME_FRAME_BEFORE_RE.search(
                text, max(0, prev["start_char"] - 30), prev["start_char"]
            ):
                continue  # '80,000 in six months compared to 15,000': the time it took
            gap = text[prev["end_char"] : item["start_char"]]
            if (
                prev["unit"]
                and prev["unit"] != "people"
                and prev.get("value_low") is None
                and _sets_side_by_side(gap)
            ):
                item.update(unit=prev["unit"], category=prev["category"])
            break


_OF_TOTAL_RE = re.compile(r"[ ]+(?:out[ ]+)?of[ ]+(?:the[ ]+|a[ ]+total[ ]+of[ ]+)?")


def _inherit_counted(items: list[dict[str, Any]], text: str) -> None:
    """A bare count after a count of something in the same sentence counts the same thing.

    '3.9 million headsets, up from 2.4 million', '6 million homes including 1.5
    million', 'lost 162.31 points ... to 7,425.81': only ``counted_lemma`` is set.
    A count before 'of' or 'out of' another counts what that one counts ('nine of
    11 Shaheds', 'three out of 10 voters'), and so does the low end of a range ('between
    20 and 30 Ukrainian fighters'); a bare count so placed before a count of people is one
    of people ('306 out of the 450 members', 'each numbering 700 to 900 men'). A count of
    one lends its noun only to a count close after it in the same clause, or to "the
    other" count of its sentence ('One projectile fell ..., and the other five ...').
    """
    for index, item in enumerate(items):
        if (
            item["category"] not in {"count", "people"}
            or item["unit"] not in {None, "people"}
            or item.get("counted_lemma")
            # a noun of its own right after it, if too long to name as a unit
            or (
                item.get("counted")
                and text[item["end_char"] :].lstrip().startswith(item["counted"])
            )
            or item["vague"]
        ):
            continue
        if _MEMBERS_OF_RE.search(text, 0, item["start_char"]):
            continue  # 'a family of four' counts its members, not the caravan's bedrooms
        following = items[index + 1] if index + 1 < len(items) else None
        same_range = (
            following is not None
            and item.get("value_low") is not None
            and item["value_low"] != item.get("value_high")
            and (following.get("value_low"), following.get("value_high"))
            == (item["value_low"], item["value_high"])
        )
        # a bare count before a count of people counts people too ('306 out of the 450
        # members', 'each numbering 700 to 900 men')
        of_people = (
            following is not None
            and item["category"] == "count"
            and item["unit"] is None
            and following["category"] == "people"
        )
        if (
            following is not None
            and (following["category"] == item["category"] or of_people)
            and following.get("counted_lemma")
            and (following["unit"] == item["unit"] or of_people)
            and (
                same_range  # 'between 20 and 30 Ukrainian fighters': the high end's noun
                or _OF_TOTAL_RE.fullmatch(text[item["end_char"] : following["start_char"]])
            )
        ):
            item["counted_lemma"] = following["counted_lemma"]
            if of_people:
                item.update(category="people", unit=following["unit"])
            continue
        for prev in reversed(items[:index]):
            if prev["sentence"] != item["sentence"] or prev["category"] in NON_FIGURE_CATEGORIES:
                continue
            if prev["unit"] not in {None, "people"}:
                continue
            # a count of one lends its noun only to a count right after it ("killed one
            # person and wounded 14"), not to one further on ("One presidential adviser,
            # Oleksiy Arestovych, told the Guardian this week it was 150 killed")
            between = text[prev["end_char"] : item["start_char"]]
            near = prev["value"] != 1 or (
                len(between) <= _ONE_LENDS and not _CLAUSE_MARKS & set(between)
            )
            # "One projectile fell in the area of the sixth power unit, and the other five
            # in front of ...": the rest of what the one was counted among
            near = near or _THE_OTHER_RE.search(text, 0, item["start_char"]) is not None
            if prev.get("counted_lemma") and near:
                item["counted_lemma"] = prev["counted_lemma"]
            break


#: A count of the members of a group named before it: 'a family of four', 'a crew of three'
#: (not 'a total of 14', which counts what was counted before).
_MEMBERS_OF_RE = re.compile(
    rf"\b(?i:a|an)[ ]+(?!(?:{'|'.join(sorted(AMOUNT_NOUNS))}|maximum|minimum|record|high|low"
    r"|further|additional|combined|peak)\b)[a-z]+[ ]+of[ ]+$"
)
#: Most characters between a count of one and a count that takes its noun, and the marks
#: that end the clause between them.
_ONE_LENDS = 60
#: "the other" right before a count: the rest of a group whose one was counted before.
_THE_OTHER_RE = re.compile(r"\b(?i:the)[ ]+other[ ]+$")
_CLAUSE_MARKS = frozenset(";:")

_SCORE_RE = re.compile(r"(?<![\w.,/-])\d{1,3}[-–]\d{1,3}(?![\w/%-]|,\d|\.\d)")
_SCORE_BEFORE_RE = re.compile(
    r"\b(?:beat|beats|beaten|beating|won|win|wins|winning|lost|lose|loses|losing|defeated"
    r"|defeat|defeating|drew|drawing|drawn|draws"
    r"|draw|tied|tie|ties|led|lead|leads|leading|trailed|trail|trails|trailing|edged|thrashed"
    r"|routed|upset|upsets|outlasted|ahead|behind|score|scored|scoreline|victory|goals?"
    r"|voted|vote|votes"
    r"|passed|approved|rejected)\b"
    r"[^.;:]{0,40}$",
    re.IGNORECASE,
)
_SCORE_AFTER_RE = re.compile(
    r"[ ]+(?:home[ ]+|away[ ]+)?(?:win|victory|defeat|loss|draw|lead|triumph|thrashing"
    r"|majority|vote|split|decision|ruling|margin)\b",
    re.IGNORECASE,
)


#: The further sets of a score before the word for what it gave ('a 6-4, 6-4, 6-4 victory').
_MORE_SETS_RE = re.compile(r"(?:,[ ]*\d{1,3}[-–]\d{1,3}(?:[ ]\(\d{1,2}\))?)*")


#: Words ending in 's' after a score that are not counted nouns ('won 2-1 thanks to').
_NOT_PLURAL_WORDS = frozenset({"as", "is", "was", "has", "this", "thanks", "plus", "across"})


def _mark_scores(items: list[dict[str, Any]], text: str) -> None:
    """Match scores and vote tallies ('beat Charlton 2-1', 'a 3-0 win', 'beat Boston
    110-102', 'the Senate voted 52-48', 'a 53-47 majority') are not figures.

    Two bare numbers of one to three digits joined by a dash, with no unit and not
    before a word for people (nor, rising, before a plural noun: 'won 100-120 seats'
    is a range), after a word of winning, losing, scoring or voting, or before 'win',
    'defeat', 'majority'..., or right after such a score and a comma (the next set: 'upset
    Auger-Aliassime, 6-4, 6-4'): both become ``other``.
    """
    sets: set[int] = set()  # where a score that follows a score would start ('6-4, 6-4')
    for match in _SCORE_RE.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()]
        sets_after = _MORE_SETS_RE.match(text, match.end())  # 'a 6-4, 6-4, 6-4 victory'
        scored = _SCORE_BEFORE_RE.search(before) or _SCORE_AFTER_RE.match(text, sets_after.end())
        # two sets or more of a tennis match, whatever words stand around them ('was
        # eliminated by Shuai Zhang, 6-4, 7-5'): each set won with six or seven games
        games = re.findall(r"(\d{1,3})[-–](\d{1,3})", match.group() + sets_after.group())
        won = [max(int(a), int(b)) in (6, 7) and a != b for a, b in games]
        tennis = len(games) >= 2 and all(won)
        scored = scored or tennis
        if not scored and match.start() not in sets:
            continue
        comma = re.match(r",[ ]*", text[match.end() :])
        if comma is not None:
            sets.add(match.end() + comma.end())
        inside = [i for i in items if match.start() <= i["start_char"] < match.end()]
        if any(i["category"] not in {"count", "people"} for i in inside):
            continue
        if any(i["unit"] not in {None, "people"} for i in inside):
            continue
        after = re.match(r"[ ]+(\w+)", text[match.end() : match.end() + 30])
        word = after.group(1).lower() if after else ""
        forms = {word, word[:-1], word[:-2], re.sub(r"men$", "man", word)}
        if word and forms & load_people_words()["noun"]:
            continue
        low, high = (int(n) for n in re.split(r"[-–]", match.group()))
        if low < high and re.fullmatch(r"[a-z]+s", word) and word not in _NOT_PLURAL_WORDS:
            continue
        for item in inside:
            item.update(category="other", bound="=", direction="", unit_text="")
            item.update(counted=None, counted_lemma=None, qualifier=None)


def _inherit_direction_of_restatement(items: list[dict[str, Any]], text: str) -> None:
    """'fell 500 points (1.5%)': a change restated in parentheses goes the same way, and so
    does a second change joined by 'and' ('rose by 80 percent and 55 percent') and a second
    range from one level to another after ' - or from' ('increase from £400 to £1,000 - or
    from £67 to £167 per month').

    ('fell 500 points, or 1.5%' is left alone: NewsQuant marks such a restatement
    now with the direction, now without, and the rule lowered value+change on the
    half of the development sentences kept for checking.)
    """
    figures = [i for i in items if i["category"] not in NON_FIGURE_CATEGORIES]
    for prev, item in itertools.pairwise(figures):
        gap = text[prev["end_char"] : item["start_char"]]
        if prev["direction"] and not item["direction"] and _RESTATED_RE.fullmatch(gap):
            item["direction"] = prev["direction"]
        # 'rose by 80 percent and 55 percent respectively', 'falling 15 cents in the past
        # week and 69 cents in the last month': a second change of the same unit
        same = prev["unit"] == item["unit"] and not item["qualifier"]
        joined = gap == " and " or _TIME_THEN_AND_RE.fullmatch(gap)
        if prev["direction"] and not item["direction"] and same and joined:
            item["direction"] = prev["direction"]
    for k, item in enumerate(figures[1:], 1):
        # 'increase from the current £400 to £1,000 - or from £67 to £167 per month': the
        # same move from one level to another, restated
        prev = figures[k - 1]
        gap = text[prev["end_char"] : item["start_char"]]
        if item["direction"] or not _OR_FROM_RE.fullmatch(gap):
            continue
        start = figures[k - 2] if k >= 2 else prev
        if text[start["end_char"] : prev["start_char"]] != " to ":
            start = prev
        item["direction"] = start["direction"]


_RESTATED_RE = re.compile(r"(?:[ ]+[a-z]+){0,2}[ ]?\(")
#: A second range from one level to another, set off as a restatement (' - or from ').
_OR_FROM_RE = re.compile(r"[ ]*[-–—,][ ]*or[ ]+from[ ]+")
#: A time phrase after a change, then 'and' before a second ('in the past week and').
_TIME_THEN_AND_RE = re.compile(
    r"[ ]+(?:in|over|during|on)[ ]+(?:the[ ]+)?(?:(?:past|last|previous|first|second)[ ]+)?"
    r"(?:day|week|month|quarter|year|session|[A-Z][a-z]+)[ ]+and[ ]+"
)


def _inherit_bound_in_parentheses(items: list[dict[str, Any]], text: str) -> None:
    """Figures in parentheses right after a figure restate it and share its bound.

    'just under 296 hp (224 kW / 300 PS)': all three are below, not only the first.
    Only figures without a bound of their own inherit, and only inside the
    parenthesis opened right after the figure.
    """
    anchor = None
    for item in items:
        if item["category"] in NON_FIGURE_CATEGORIES:
            continue
        if anchor is not None:
            between = text[anchor["end_char"] : item["start_char"]]
            inside = re.fullmatch(r"[ ]?\([^()]*", between) is not None
            if inside and item["bound"] == "=" and not item["qualifier"]:
                item["bound"] = anchor["bound"]
                continue
        opens = re.match(r"[ ]?\(", text[item["end_char"] : item["end_char"] + 2])
        anchor = item if opens and item["bound"] != "=" else None


#: Units that are rates of their own, with no "/" in their names ("12,360 kph").
_SPEED_UNITS = frozenset({"mph", "kmh", "knot"})


def _is_rate(unit: str) -> bool:
    """Whether a unit is a rate already ("USD/barrel", "kmh"): no rate is added to it."""
    return "/" in unit or unit in _SPEED_UNITS


def _rate_after_parentheses(items: list[dict[str, Any]], text: str) -> None:
    """A rate written once after a parenthesis of conversions is the rate of every figure.

    '€9 (£7.50; $9.50) a month': all three are per month, not only the last
    written before 'a month'. Only figures with a unit and no rate of their own
    take it, and only when every figure inside the parenthesis has a unit.
    """
    for i, item in enumerate(items):
        if item["unit"] is None or "/" in item["unit"] or item["category"] in NON_FIGURE_CATEGORIES:
            continue
        end = item["end_char"]
        paren = (
            None
            if item.get("alt_value") is not None
            else re.match(r"[ ]?\([^()]{1,60}\)", text[end:])
        )
        paren_end = end + paren.end() if paren else end
        if paren is None and not re.search(r"\)$", text[item["start_char"] : end]):
            continue
        per = _PER_UNIT_RE.match(text, paren_end)
        if per is None:
            continue
        inside = [
            other
            for other in items[i + 1 :]
            if end <= other["start_char"] and other["end_char"] <= paren_end
        ]
        if any(
            o["unit"] is None or "/" in o["unit"] or o["category"] != item["category"]
            for o in inside
        ):
            continue
        rate = "/" + _per_unit(per)
        words = per.group().strip(" -/")
        for figure in (item, *inside):
            figure["unit"] += rate
            figure["unit_text"] = f"{figure['unit_text']} {words}".strip()
        if item.get("alt_unit") and not _is_rate(item["alt_unit"]):
            item["alt_unit"] += rate


#: The first number and dash of a score right before a number: the "7-" of "7-5, 6-1".
_SCORE_END_BEFORE_RE = re.compile(r"\d[-–]$")
#: What stands between the numbers of a list that share the noun after the last: "10, 20,
#: 30, 50 guys", "five or six tanks".
_LIST_SEPARATORS = frozenset({", ", " or ", ", or ", " and ", ", and "})


def _share_list_counted(items: list[dict[str, Any]], text: str) -> None:
    """'groups of 10, 20, 30, 50 guys': bare counts listed before a count with a noun
    count that noun too (from the last of the list backwards)."""
    for first, second in reversed(list(itertools.pairwise(items))):
        if (
            first["category"] == "count"
            and first["unit"] is None
            and first["counted"] in {None, second["counted"]}
            and not first.get("counted_lemma")
            and not first["vague"]
            and second["category"] in {"count", "people"}
            and second["unit"] in {None, "people"}
            and second["counted"] is not None
            and second["counted"][:1].isalpha()  # not a score: '7-5, 6-1 win'
            and not _SCORE_END_BEFORE_RE.search(
                text, max(0, first["start_char"] - 2), first["start_char"]
            )
            and first["sentence"] == second["sentence"]
            and text[first["end_char"] : second["start_char"]] in _LIST_SEPARATORS
        ):
            first.update(
                {k: second.get(k) for k in ("category", "unit", "counted", "counted_head")}
            )
            if second.get("counted_lemma"):
                first["counted_lemma"] = second["counted_lemma"]


def _inherit_people(items: list[dict[str, Any]]) -> None:
    """A bare count after a people figure in the same sentence is a people count too."""
    for prev, item in itertools.pairwise(items):
        if (
            item["category"] == "count"
            and item["unit"] is None
            and item["counted"] is None
            and prev["category"] == "people"
            and prev["vague"] is item["vague"]
            and item["sentence"] == prev["sentence"]
            and item["start_char"] - prev["end_char"] < 120
        ):
            head = prev.get("counted_head")
            item.update(category="people", unit="people", counted=head, counted_head=head)


# ---------------------------------------------------------------------------
# Tables for the notebooks
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# Corpus tables for notebook 03
# ---------------------------------------------------------------------------
