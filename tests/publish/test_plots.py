"""Chart helpers: labels a reader can tell apart."""

from __future__ import annotations

import pytest

from corpus_utils.publish import plots


@pytest.mark.parametrize(
    ("doc_ids", "outlets", "expected"),
    [
        (["000_1c9e284dfd571a16"], ["TASS"], ["000_1c9e284dfd571a16 · TASS"]),
        (
            ["Guardians_Russia_Ukraine_0012", "Guardians_Russia_Ukraine_0013"],
            ["The Guardian", None],
            ["Guardians_Rus…e_0012 · The Guardian", "Guardians_Rus…e_0013 · (unknown)"],
        ),
        (  # same start and end: the whole ids, so the two rows still differ
            ["Guardians_Russia_A_Ukr_0012", "Guardians_Russia_B_Ukr_0012"],
            ["G", "G"],
            ["Guardians_Russia_A_Ukr_0012 · G", "Guardians_Russia_B_Ukr_0012 · G"],
        ),
        (
            ["a"],
            ["An outlet with a name longer than the limit"],
            ["a · An outlet with a name longe…"],
        ),
    ],
)
def test_document_labels_are_short_and_unique(doc_ids, outlets, expected):
    labels = plots.document_labels(doc_ids, outlets)
    assert labels == expected
    assert len(set(labels)) == len(labels)
