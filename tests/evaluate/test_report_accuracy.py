"""The gallery's accuracy notes: each figure gets the score of the component it rests on."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from corpus_utils.publish import report
from corpus_utils.publish.report import FigureEntry

NOTES = """component,measure,value,low,high,n_gold,unit,note
persons,F1,0.886,0.832,0.932,402,hand-checked person mentions,
speakers,accuracy,0.721,0.606,0.827,323,hand-checked quotes with a speaker,
indirect quotes,,,,,310,,not available: the quotes table has no kind column
core actors,,,,,,,"not scored: the gold annotates persons only"
figures: value,F1,0.923,0.898,0.946,431,NewsQuant quantities,
"""


def _figure(folder: Path, stem: str) -> FigureEntry:
    png = folder / f"{stem}.png"
    png.write_bytes(b"png")
    notebook = f"{stem[:2]}_x.ipynb"
    return FigureEntry(stem, png, None, notebook, stem, "", "", None)


@pytest.mark.parametrize(
    ("stem", "text"),
    [
        ("02_top_speakers", "speakers: accuracy 0.72 [0.61, 0.83] on 323 hand-checked quotes"),
        ("02_quote_sides", "speakers: accuracy 0.72 [0.61, 0.83]"),
        ("04_voices", "speakers: accuracy 0.72"),
        ("02_top_actors", "persons: F1 0.89 [0.83, 0.93] on 402 hand-checked person mentions"),
        ("02_co_mentions", "persons: F1 0.89"),
        ("04_attention", "persons: F1 0.89"),
        ("03_numbers_by_document", "figures: value: F1 0.92 [0.90, 0.95] on 431 NewsQuant"),
        ("04_naming_shares", "naming: not scored"),
        ("01_document_sizes", "not scored: rests on the text and metadata"),
    ],
)
def test_each_figure_gets_the_note_of_its_component(tmp_path, stem, text):
    (tmp_path / "06_accuracy.csv").write_text(NOTES, encoding="utf-8")
    (line,) = report.accuracy_note(_figure(tmp_path, stem))
    assert text in line
    assert 'href="notebooks/06_accuracy.html"' in line
    assert ("core actors (countries, organisations) not scored" in line) == text.startswith(
        "persons"
    )


def test_no_notes_file_or_notebook_06_itself_gives_no_line(tmp_path):
    assert report.accuracy_note(_figure(tmp_path, "02_top_speakers")) == []
    (tmp_path / "06_accuracy.csv").write_text(NOTES, encoding="utf-8")
    assert report.accuracy_note(_figure(tmp_path, "06_accuracy")) == []


def test_an_unscored_component_shows_its_reason_and_figures_fall_back(tmp_path):
    notes = NOTES.replace("figures: value,F1,0.923,0.898,0.946,431,NewsQuant quantities,\n", "")
    notes += "figures,,,,,,,not scored: no NewsQuant file (dev.json) beside the checkout or given\n"
    (tmp_path / "06_accuracy.csv").write_text(notes, encoding="utf-8")
    (line,) = report.accuracy_note(_figure(tmp_path, "03_money_people_log"))
    assert "figures: not scored: no NewsQuant file (dev.json)" in line


def test_the_note_is_escaped_and_shown_in_the_gallery(tmp_path):
    notes = NOTES.replace("hand-checked person mentions", "<b>mentions</b>")
    (tmp_path / "06_accuracy.csv").write_text(notes, encoding="utf-8")
    figure = dataclasses.replace(_figure(tmp_path, "02_top_actors"), notebook=None)
    page = report.render_index([], [figure])
    assert "&lt;b&gt;mentions&lt;/b&gt;" in page and "<b>mentions</b>" not in page
    assert 'class="accuracy"' in page


def test_the_committed_figures_have_their_notes():
    from corpus_utils.config import FIGURES_DIR, NOTEBOOKS, NOTEBOOKS_DIR

    if not (FIGURES_DIR / "06_accuracy.csv").exists():
        pytest.skip("notebook 06 has not written figures/06_accuracy.csv")
    figures = report.list_figures(FIGURES_DIR, NOTEBOOKS_DIR, names=NOTEBOOKS)
    for figure in figures:
        lines = report.accuracy_note(figure)
        assert (lines == []) == figure.stem.startswith("06_"), figure.stem
