"""Helpers the notebooks print with."""

import pytest

from corpus_utils.publish.notebook import counted


@pytest.mark.parametrize(
    ("n", "noun", "plural", "expected"),
    [
        (1, "outlet", None, "1 outlet"),
        (0, "outlet", None, "0 outlets"),
        (2316, "document", None, "2,316 documents"),
        (3, "speech", "speeches", "3 speeches"),
        (1, "speech", "speeches", "1 speech"),
    ],
)
def test_counted_puts_the_noun_in_the_number_of_the_count(n, noun, plural, expected):
    assert counted(n, noun, plural) == expected
