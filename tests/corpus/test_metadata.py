"""Dates in the forms researchers have; outlet and date from the text's own signals."""

from __future__ import annotations

import pytest

from corpus_utils.corpus.metadata import (
    DateError,
    infer_date,
    infer_outlet,
    numeric_date_order,
    parse_date,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022/06/23", "2022-06-23"),
        ("2022-08-01T16:23:25Z", "2022-08-01"),
        ("2022-08-01 16:23:25", "2022-08-01"),
        ("July 11, 2022", "2022-07-11"),
        ("11 July 2022", "2022-07-11"),
        ("Nov 6, 2022", "2022-11-06"),
        ("February 24th, 2022", "2022-02-24"),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2022-02-30", "3022-01-01", "not a date", "2022-13-01"])
def test_impossible_dates_are_errors(value):
    with pytest.raises(DateError):
        parse_date(value)


@pytest.mark.parametrize(
    ("doc_id", "outlet"),
    [
        ("001_81689793cf2fa09e", "TURAN"),
        ("002_2dcedc89ec299e08", "Reuters"),
        ("003_5d84f4cbed35a4a3", "TASS"),
        ("000_1c9e284dfd571a16", None),
        ("004_d91bd80e77f65c0e", None),
    ],
)
def test_infer_outlet_from_the_seeds(seed_texts, doc_id, outlet):
    found = infer_outlet(seed_texts[doc_id])
    assert (found[0] if found else None) == outlet


def test_infer_date_needs_a_year():
    assert infer_date("WASHINGTON, July 6. /TASS/. Talks went on.") is None
    found = infer_date("KYIV, Feb 24 (Reuters) - In 2022 the war began. 2022 again.")
    assert found[0] == "2022-02-24"
    assert "dateline" in found[1]


@pytest.mark.parametrize(
    ("value", "day_first", "expected"),
    [
        ("09/07/2022", True, "2022-07-09"),
        ("09/07/2022", False, "2022-09-07"),
        ("9-7-22", False, "2022-09-07"),
        ("25/12/2022", False, "2022-12-25"),  # its own numbers settle the order
        ("12/25/2022", True, "2022-12-25"),
        ("07.09.2022", False, "2022-09-07"),  # dots: always day first
    ],
)
def test_a_date_in_numbers_takes_its_files_order(value, day_first, expected):
    assert parse_date(value, day_first) == expected


def test_a_date_in_numbers_is_an_error_where_the_file_writes_both_orders():
    with pytest.raises(DateError, match="both orders"):
        parse_date("09/07/2022", None)
    assert parse_date("07/07/2022", None) == "2022-07-07"


def test_the_order_of_a_files_dates():
    assert numeric_date_order(["07/09/2022", "2022-09-10", None]) == (True, None)
    assert numeric_date_order(["07/09/2022", "12/25/2022"]) == (False, "12/25/2022")
    assert numeric_date_order(["25/12/2022", "07/09/2022"]) == (True, "25/12/2022")
    day_first, shown = numeric_date_order(["25/12/2022", "12/25/2022"])
    assert day_first is None and shown == "'25/12/2022' and '12/25/2022'"
