"""The pipeline's own component: a paragraph starts a sentence, which the parser keeps."""

from __future__ import annotations

import pytest
import spacy

from corpus_utils.extract.actors import extract_mentions
from corpus_utils.extract.pipeline import PARAGRAPH_STARTS
from corpus_utils.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def starts():
    """A tokenizer and the component alone: which tokens it marks, before any parser."""
    nlp = spacy.blank("en")
    nlp.add_pipe(PARAGRAPH_STARTS)
    return lambda text: [t.text for t in nlp(text) if t.is_sent_start and t.i > 0]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        # a blank line, whatever ends the line above it
        ("Sign up to our newsletter at 7am BST\n \n\nBritain’s Ministry of Defence said so.",
         ["Britain"]),
        # a single line break after the end of a sentence, also behind a closing mark
        ("Russian artillery kept pushing forwards.”\nRussian firepower was decisive.", ["Russian"]),
        ("He was captured in June 2021.\n“It works,” he said.", ["“"]),
        # a line broken inside a sentence (hard-wrapped text) is left to the parser
        ("But the talks went on after\nthe summit in Geneva.", []),
        ("The U.S.\nsaid nothing.", []),
        # ...and so is a line after a colon, above the words it announces
        ("She added:\n\n“We will win.”", []),
    ],
)  # fmt: skip
def test_a_paragraph_starts_a_sentence(starts, text, marked):
    assert starts(text) == marked


def test_the_parser_keeps_the_paragraph_a_sentence(nlp):
    text = (
        "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST"
        "\n \n\nBritain’s Ministry of Defence said Russia was relying on “poorly equipped and "
        "trained” separatist forces."
    )
    doc = nlp(text)
    assert [s.text.strip()[:7] for s in doc.sents] == ["Sign up", "Britain"]
    quotes = extract_quotes(doc, extract_mentions(doc))
    assert {q["speaker_text"] for q in quotes} == {"Britain’s Ministry of Defence"}


def test_a_quotation_after_a_paragraph_is_a_sentence_of_its_own(nlp):
    text = (
        "Lavrov said that Putin and Biden agreed to set up a separate communication channel to "
        "discuss the issue during their meeting in Geneva. in June 2021.\n“It works, and I hope "
        "that some results will be achieved,” he said."
    )
    doc = nlp(text)
    assert list(doc.sents)[-1].text.startswith("“It works")
    (quote,) = [q for q in extract_quotes(doc, extract_mentions(doc)) if q["kind"] == "direct"]
    assert quote["speaker_id"] == "lavrov"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a headline above the article has no full stop to end it
        ("Russia pounds Kharkiv as talks stall\n\nUkraine's foreign minister said on Monday "
         "that the talks had failed.", "Ukraine's foreign minister"),
        # nor has a photo caption left in the text
        ("Kyiv residents queue for water in the Podil district\n\nThe mayor warned that “the "
         "winter will be hard”.", "The mayor"),
    ],
)  # fmt: skip
def test_a_line_without_a_full_stop_is_not_part_of_the_speaker(nlp, text, speaker):
    doc = nlp(text)
    assert {q["speaker_text"] for q in extract_quotes(doc, extract_mentions(doc))} == {speaker}


def test_hard_wrapped_text_gives_the_quotes_of_the_same_text_unwrapped(nlp, seed_texts):
    import textwrap

    from corpus_utils.corpus.clean import clean_text

    paragraphs = [p for p in seed_texts["000_1c9e284dfd571a16"].split("\n") if p.strip()]

    def quotes(raw: str) -> list[tuple]:
        text = clean_text(raw).text
        doc = nlp(text)
        found = extract_quotes(doc, extract_mentions(doc))
        return [(" ".join(text[q["start_char"] : q["end_char"]].split()), q["kind"],
                 q["speaker_id"]) for q in found]  # fmt: skip

    unwrapped = quotes("\n\n".join(paragraphs))
    assert len(unwrapped) > 10
    assert quotes("\n\n".join(textwrap.fill(p, 72) for p in paragraphs)) == unwrapped


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a full stop after a word in mixed case that ends in a capital ends the sentence
        ("Musk is the biggest shareholder of SpaceX. In May, it grew.", ["SpaceX", "."]),
        ("Their attacks grew, according to the MoD. The officials tweeted.", ["MoD", "."]),
        # abbreviations the model keeps whole stay whole
        ("It went to the U.S. The talks ended.", ["U.S."]),
    ],
)  # fmt: skip
def test_a_full_stop_after_a_capital_in_a_mixed_case_word_is_split_off(nlp, text, words):
    tokens = [t.text for t in nlp(text)]
    start = tokens.index(words[0])
    assert tokens[start : start + len(words)] == words


def test_content_reported_after_a_mixed_case_name_does_not_reach_into_the_sentence_before(nlp):
    text = (
        "Musk is the biggest shareholder of the privately-held SpaceX. In May, SpaceX "
        "disclosed that its valuation had risen to $127 billion."
    )
    doc = nlp(text)
    reported = [q["quote"] for q in extract_quotes(doc, extract_mentions(doc))]
    assert reported == ["its valuation had risen to $127 billion"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("From the top of a hill, Marina O’Connell can survey most of the 15 hectares.",
         "Marina O’Connell"),
        ("National Security Advisor O’Brien and White House Counsel Cipollone meet with the "
         "President frequently.", "O’Brien"),
        ("Back at Huxhams Cross, O’Connell is taking stock of all they have achieved.",
         "O’Connell"),
    ],
)  # fmt: skip
def test_a_name_with_a_typographic_apostrophe_is_a_person(nlp, text, name):
    """The model learnt such names with "'": given that shape, it reads "O’Brien" as one."""
    assert (name, "PERSON") in [(e.text, e.label_) for e in nlp(text).ents]


def test_an_apostrophe_keeps_its_text_and_offsets(nlp):
    text = "Ambassador O’Brien said it didn’t matter."
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc][:2] == ["Ambassador", "O’Brien"]
