"""Cleaning: lines that must go, sentences that must stay, the offsets map."""

from __future__ import annotations

import pytest

from corpus_utils.clean import BoilerplateDetector, OffsetMap, clean_text, load_rules

# (doc_id, exact raw line removed, rule)
MUST_GO = [
    ("001_81689793cf2fa09e", "Açiq mənbələrdən foto.", "photo_caption"),
    ("001_81689793cf2fa09e", "Leave a review", "review_prompt"),
    ("001_81689793cf2fa09e", "Follow us on social networks", "share_prompt"),
    ("001_81689793cf2fa09e", "Politics", "section_label"),
    ("001_81689793cf2fa09e", "News Line", "section_label"),
    (
        "002_2dcedc89ec299e08",
        "Reports from Reuters offices; Written by Michael Perry; Editing by William Mallard, William Maclean",
        "wire_credits",
    ),
    (
        "002_2dcedc89ec299e08",
        "Our standards: The Thomson Reuters Trust Principles.",
        "wire_standards",
    ),
    ("002_2dcedc89ec299e08", "Comments are closed.", "comments_closed"),
    ("003_5d84f4cbed35a4a3", "All news", "section_label"),
    ("003_5d84f4cbed35a4a3", "© AP Photo/Evan Vucci", "photo_credit"),
    (
        "003_5d84f4cbed35a4a3",
        "White House press secretary Karine Jean-Pierre AP Photo/Evan Vucci",
        "photo_credit",
    ),
    ("003_5d84f4cbed35a4a3", "White House press secretary Karine Jean-Pierre", "photo_caption"),
]

# (doc_id, a sentence of reporting that must survive cleaning)
MUST_STAY = [
    (
        "000_1c9e284dfd571a16",
        "“Ukraine will win. We will get through it,” said Inna Sydorchuk, 52,",
    ),
    ("001_81689793cf2fa09e", "TURAN's Washington correspondent reports."),
    (
        "001_81689793cf2fa09e",
        "Kirby did not provide a specific date for when the NASAMs would be sent",
    ),
    (
        "002_2dcedc89ec299e08",
        "WASHINGTON/KYIV, Nov 6 (Reuters) – The United States is privately encouraging",
    ),
    ("002_2dcedc89ec299e08", "RIA quoted Khersonoblenergo’s press service as saying"),
    ("003_5d84f4cbed35a4a3", "WASHINGTON, July 6. /TASS/. The US approach to the Ukrainian crisis"),
    (
        "003_5d84f4cbed35a4a3",
        "US seeks to reinforce Kiev’s positions at talks with Russia — White House",
    ),
    ("004_d91bd80e77f65c0e", "Until Wednesday, the UN had presented 6,655 civilian deaths"),
    ("004_d91bd80e77f65c0e", "Lavrov stressed that the increase in Russian missile strikes"),
]


@pytest.fixture(scope="module")
def cleaned(seed_texts):
    return {doc_id: clean_text(text) for doc_id, text in seed_texts.items()}


@pytest.mark.parametrize(("doc_id", "line", "rule"), MUST_GO)
def test_furniture_is_removed_with_its_rule(cleaned, seed_texts, doc_id, line, rule):
    removed = [(r["text"].strip(), r["rule"]) for r in cleaned[doc_id].removals]
    assert (line, rule) in removed
    for r in cleaned[doc_id].removals:
        assert seed_texts[doc_id][r["start_char"] : r["end_char"]] == r["text"]


@pytest.mark.parametrize(("doc_id", "sentence"), MUST_STAY)
def test_reporting_stays(cleaned, doc_id, sentence):
    assert sentence in cleaned[doc_id].text


def test_repeated_paragraph_removed_once(cleaned, seed_texts):
    first = "Lavrov stressed that the increase in Russian missile strikes is aimed at"
    doc = cleaned["004_d91bd80e77f65c0e"]
    assert seed_texts["004_d91bd80e77f65c0e"].count(first) == 2
    assert doc.text.count(first) == 1
    assert [r["rule"] for r in doc.removals] == ["repeated_paragraph"]
    assert [r["line"] for r in doc.removals] == [6]


def test_clean_seed_000_is_untouched(cleaned, seed_texts):
    assert cleaned["000_1c9e284dfd571a16"].text == seed_texts["000_1c9e284dfd571a16"]
    assert cleaned["000_1c9e284dfd571a16"].removals == []


@pytest.mark.parametrize("doc_id", sorted(MUST_GO_DOCS := {d for d, _, _ in MUST_GO}))
def test_offsets_map_every_cleaned_character_back(cleaned, seed_texts, doc_id):
    doc = cleaned[doc_id]
    raw = seed_texts[doc_id]
    for index, char in enumerate(doc.text):
        assert raw[doc.offsets.to_raw(index)] == char


def test_cleaning_removes_nothing_outside_the_rules(cleaned, seed_texts):
    for doc_id, doc in cleaned.items():
        raw = seed_texts[doc_id]
        kept = [False] * len(raw)
        for index in range(len(doc.text)):
            kept[doc.offsets.to_raw(index)] = True
        removed = [False] * len(raw)
        for r in doc.removals:
            for i in range(r["start_char"], r["end_char"]):
                removed[i] = True
        assert all(k != r for k, r in zip(kept, removed)), doc_id


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("He said.The war goes on.", "He said. The war goes on."),
        ("the U.S.shared intelligence", "the U.S.shared intelligence"),
        (
            "“We will win,” he said.“Never,” she replied.",
            "“We will win,” he said. “Never,” she replied.",
        ),
        ("visit rt.com today", "visit rt.com today"),
    ],
)
def test_glued_sentences_are_split_and_mapped(raw, expected):
    doc = clean_text(raw)
    assert doc.text == expected
    start = doc.text.index("The") if "The" in doc.text else 0
    assert raw[doc.offsets.to_raw(start)] == doc.text[start]


def test_inline_photo_credit_and_control_characters():
    raw = "Troops advanced (AP Photo/Efrem Lukatsky) near Kharkiv.\x07 Shelling continued."
    doc = clean_text(raw)
    assert doc.text == "Troops advanced  near Kharkiv. Shelling continued."
    assert sorted(r["rule"] for r in doc.removals) == ["control_characters", "photo_credit"]


def test_span_mapping_across_a_removed_line():
    raw = "First line.\nShare this article\nSecond line here."
    doc = clean_text(raw)
    assert doc.text == "First line.\nSecond line here."
    start = doc.text.index("Second")
    assert doc.offsets.span_to_raw(start, start + 6) == (
        raw.index("Second"),
        raw.index("Second") + 6,
    )


def test_identity_map():
    assert OffsetMap.identity().span_to_raw(3, 7) == (3, 7)


def test_bad_rules_file_names_the_row(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text('rule,scope,pattern,description\nok,line,"x",d\nbroken,line,"(unclosed",d\n')
    with pytest.raises(ValueError, match=r"rules.csv, row 3: bad pattern"):
        load_rules(path)


def test_boilerplate_detector_finds_repeated_tail():
    footer = "Moscow launched its military operation in Ukraine in late February 2022."
    detector = BoilerplateDetector(min_docs=3, min_share=0.5)
    texts = [f"Story number {i} has its own facts about event {i}. {footer}" for i in range(6)]
    texts.append("A different story without the footer about something else entirely.")
    for text in texts:
        detector.add("RT", text)
    detector.add("BBC", texts[0])
    passages = detector.passages()
    assert passages == {"RT": (footer,)}
    doc = clean_text(texts[0], boilerplate=passages["RT"])
    assert footer not in doc.text
    assert doc.removals[0]["rule"] == "repeated_boilerplate"
    assert "Story number 0 has its own facts" in doc.text
