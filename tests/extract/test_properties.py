"""Property tests: cleaning, the offsets map, quote finding and extraction on arbitrary text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_utils.corpus.clean import clean_text
from corpus_utils.extract import actors, quantities, quotes

# Text that looks like news furniture and reporting, mixed with anything at all.
PIECES = st.sampled_from(
    [
        "Kyiv said.", "“We will win,” he said.", "Share this article", "© AP Photo/X", "All news",
        "\n", "\r\n", "\r", " ", "said.The", "$18.2 billion", "“", "”", '"', "‘", "’", "<…>",
        "Lavrov told reporters: “", "Comments are closed.", "\x07", "\u200f", "🇺🇦", "e\u0301",
    ]
)  # fmt: skip
NEWSY = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=30).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(NEWSY)
def test_cleaning_never_crashes_and_maps_every_character_back(raw):
    cleaned = clean_text(raw)
    for index, char in enumerate(cleaned.text):
        mapped = cleaned.offsets.to_raw(index)
        assert (
            raw[mapped] == char
            or (char == " " and cleaned.n_glued_splits)
            or _joined(raw, mapped, char, cleaned)
        )


def _joined(raw: str, mapped: int, char: str, cleaned) -> bool:
    """A line break of hard-wrapped text read as a space, in place."""
    return char == " " and raw[mapped] in "\r\n" and cleaned.n_joined_lines > 0


@SETTINGS
@given(NEWSY)
def test_cleaning_removes_only_what_its_rules_record(raw):
    cleaned = clean_text(raw)
    kept = {
        cleaned.offsets.to_raw(i)
        for i in range(len(cleaned.text))
        if raw[cleaned.offsets.to_raw(i)] == cleaned.text[i]
        or _joined(raw, cleaned.offsets.to_raw(i), cleaned.text[i], cleaned)
    }
    removed = set()
    for removal in cleaned.removals:
        assert raw[removal["start_char"] : removal["end_char"]] == removal["text"]
        assert removal["rule"]
        removed.update(range(removal["start_char"], removal["end_char"]))
    assert kept | removed == set(range(len(raw)))
    assert not kept & removed


@SETTINGS
@given(NEWSY)
def test_spans_map_to_raw_exactly(raw):
    cleaned = clean_text(raw)
    n = len(cleaned.text)
    for start in range(0, n, 3):
        end = min(n, start + 5)
        raw_start, raw_end = cleaned.offsets.span_to_raw(start, end)
        assert 0 <= raw_start <= raw_end <= len(raw)


@SETTINGS
@given(NEWSY)
def test_quote_spans_are_inside_the_text(text):
    for start, end in quotes.find_quote_spans(text):
        assert 0 <= start <= end <= len(text)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(NEWSY)
def test_extraction_on_arbitrary_text_keeps_exact_surfaces(nlp, text):
    doc = nlp(clean_text(text).text)
    mentions = actors.extract_mentions(doc)
    for item in mentions + quantities.extract_quantities(doc):
        assert doc.text[item["start_char"] : item["end_char"]] == item["surface"]
    for item in quotes.extract_quotes(doc, mentions):
        assert doc.text[item["start_char"] : item["end_char"]] == item["quote"]
