"""One vocabulary of sides: every side has a label and a colour, and the registry uses it."""

from __future__ import annotations

from corpus_utils import vocabulary
from corpus_utils.extract.actors import load_registry
from corpus_utils.publish.plots import PALETTE


def test_every_side_has_one_label_and_one_palette_colour():
    assert list(vocabulary.SIDE_LABELS) == list(vocabulary.SPEAKER_SIDES)
    assert list(vocabulary.SIDE_COLOURS) == list(vocabulary.SPEAKER_SIDES)
    assert set(vocabulary.SIDE_COLOURS.values()) <= set(PALETTE)
    assert len(set(vocabulary.SIDE_COLOURS.values())) == len(vocabulary.SIDE_COLOURS)


def test_the_registry_sides_come_first_among_the_speaker_sides():
    n = len(vocabulary.REGISTRY_SIDES)
    assert vocabulary.SPEAKER_SIDES[:n] == vocabulary.REGISTRY_SIDES
    assert set(load_registry()["side"]) <= set(vocabulary.REGISTRY_SIDES)
