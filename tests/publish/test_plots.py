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


def _cell_texts(ax):
    return {(round(t.get_position()[1]), round(t.get_position()[0])): t for t in ax.texts}


def test_annotated_heatmap_writes_percentages_with_contrasting_colours():
    import matplotlib.pyplot as plt
    import numpy as np

    fig, ax = plt.subplots()
    values = np.array([[0.5, 0.1], [np.nan, 0.02]])
    image = plots.annotated_heatmap(ax, values, row_labels=["a", "b"], column_labels=["x", "y"])
    texts = _cell_texts(ax)
    assert {k: t.get_text() for k, t in texts.items()} == {
        (0, 0): "50%",
        (0, 1): "10%",
        (1, 1): "2%",
    }
    assert texts[0, 0].get_color() == "black"  # the top of the scale is light
    assert texts[0, 1].get_color() == "white"
    assert bool(image.get_array().mask[1, 0])  # NaN is grey, off the scale
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "b"]
    plt.close(fig)


def test_annotated_heatmap_masks_bolds_boxes_and_limits_texts():
    import matplotlib.pyplot as plt
    import numpy as np

    fig, ax = plt.subplots()
    values = np.array([[0.9, 0.2, 0.7], [0.1, 0.3, 0.4]])
    masked = np.zeros_like(values, dtype=bool)
    masked[:, -1] = True
    texts = [["9", "", "7"], ["1", "3", "4"]]
    bold = [[True, False, False], [False, False, False]]
    boxed = [[False, True, False], [False, False, False]]
    plots.annotated_heatmap(
        ax,
        values,
        row_labels=["a", "b"],
        column_labels=["x", "y", "z"],
        texts=texts,
        masked=masked,
        vmax=1,
        bold=bold,
        boxed=boxed,
        row_breaks=[1],
    )
    cells = _cell_texts(ax)
    assert (0, 1) not in cells
    assert cells[0, 0].get_fontweight() == "bold" and cells[1, 0].get_fontweight() == "normal"
    assert cells[0, 2].get_color() == "black"  # masked: grey background, black text
    assert cells[1, 1].get_color() == "white"  # 0.3 is below 0.6 of vmax 1
    assert len(ax.patches) == 1 and ax.patches[0].get_xy() == (0.5, -0.5)
    assert len(ax.lines) == 1
    plt.close(fig)

    fig, ax = plt.subplots()
    plots.annotated_heatmap(ax, values, row_labels="ab", column_labels="xyz", max_cells=4)
    assert len(ax.texts) == 0
    plt.close(fig)
