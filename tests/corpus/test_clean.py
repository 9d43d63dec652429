"""Cleaning: lines that must go, sentences that must stay, the offsets map."""

from __future__ import annotations

import pytest

from corpus_utils.corpus.clean import BoilerplateDetector, OffsetMap, clean_text, load_rules

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
        # a straight mark opening the next sentence's quotation keeps to it (gold draw 40)
        (
            'Psaki told reporters."We want him to feel the squeeze." Biden spoke.',
            'Psaki told reporters. "We want him to feel the squeeze." Biden spoke.',
        ),
        # ... and one closing a quotation keeps to it
        ('"We are done."The minister left.', '"We are done." The minister left.'),
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
    with pytest.raises(
        ValueError, match=r"rules.csv, line 3, column 'pattern': bad regular expression"
    ):
        load_rules(path)


PROMO = "Our visual guide to the invasion is updated regularly and can be found here."


def _story(i: int, promo: bool) -> str:
    body = (
        f"Story number {i} has its own facts about event {i}.\n\nOfficials said {i} things today."
    )
    return f"{body}\n{PROMO}\n \nMore on event {i} follows here." if promo else body


def test_boilerplate_detector_finds_a_repeated_line_anywhere():
    detector = BoilerplateDetector(min_docs=3, min_share=0.2)
    texts = [_story(i, promo=i % 3 == 0) for i in range(30)]  # the promo in 10 of 30
    for text in texts:
        detector.add("The Guardian", text)
    passages = detector.passages()
    assert passages == {"The Guardian": (PROMO,)}
    assert detector.counts() == {"The Guardian": {PROMO: 10}}
    raw = texts[0]
    doc = clean_text(raw, boilerplate=passages["The Guardian"])
    assert PROMO not in doc.text and "More on event 0 follows here." in doc.text
    assert [r["rule"] for r in doc.removals] == ["repeated_line"]
    removal = doc.removals[0]
    assert raw[removal["start_char"] : removal["end_char"]].strip() == PROMO
    assert "Story number 0 has its own facts" in doc.text


def test_boilerplate_detector_removes_a_repeated_sentence_inside_a_line():
    footer = "Moscow launched its military operation in Ukraine in late February 2022."
    detector = BoilerplateDetector(min_docs=3, min_share=0.5)
    texts = [f"Story number {i} has its own facts about event {i}. {footer}" for i in range(6)]
    texts.append("A different story without the footer about something else entirely.")
    for text in texts:
        detector.add("RT", text)
    detector.add("BBC", "An unrelated BBC story about a football match in Leeds.")
    passages = detector.passages()
    assert passages == {"RT": (footer,)}
    doc = clean_text(texts[0], boilerplate=passages["RT"])
    assert footer not in doc.text
    assert doc.removals[0]["rule"] == "repeated_line"
    assert "Story number 0 has its own facts" in doc.text


def test_text_shared_by_two_outlets_is_not_boilerplate():
    wire = "Reporting by Tom Balmforth in Kyiv; Editing by Alex Richardson"
    detector = BoilerplateDetector(min_docs=3, min_share=0.1)
    for i in range(20):
        detector.add("Reuters", f"Reuters story {i} about the front line.\n{wire}")
    assert detector.passages() == {"Reuters": (wire,)}
    detector.add("Yahoo News", f"A reprint of a Reuters story.\n{wire}")
    assert detector.passages() == {}


def test_documents_without_an_outlet_are_not_one_outlet():
    detector = BoilerplateDetector(min_docs=3, min_share=0.1)
    for i in range(10):
        detector.add(
            None, f"Story {i}.\nUkrainian President Volodymyr Zelenskyy spoke in Kyiv today."
        )
    assert detector.passages() == {}


def test_boilerplate_threshold_scales_with_the_outlet():
    detector = BoilerplateDetector()
    for i in range(100):
        detector.add("A", f"Story {i} of outlet A, with its own words.")
    detector._docs["B"] = 100_000  # the threshold reads only the document count
    assert detector.threshold("A") == 5
    assert detector.threshold("B") == 1000
    assert detector.threshold("C") == 5


def test_boilerplate_detector_memory_is_bounded_and_keeps_the_promo():
    detector = BoilerplateDetector(min_docs=5, min_share=0.01, bucket=200)
    for i in range(3000):
        promo = f"\n{PROMO}" if i % 40 == 0 else ""  # 75 of 3,000: 2.5 %
        detector.add("G", f"Unique sentence number {i} about the war in Ukraine.{promo}")
    assert len(detector._counts["G"]) < 400  # 3,000 unique sentences seen, most forgotten
    assert detector.passages() == {"G": (PROMO,)}
    assert detector.counts()["G"][PROMO] >= 75 - 3000 // 200


def test_boilerplate_detector_refuses_a_threshold_of_one():
    with pytest.raises(ValueError, match="min_docs must be at least 2"):
        BoilerplateDetector(min_docs=1)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Photograph: Tom Jenkins/The Guardian", "photo_credit"),
        ("Photograph: Handout", "photo_credit"),
        ("Related: Putin compares himself to Peter the Great in quest to take back Russian lands ",
         "related_link"),
        ("RELATED: Ukraine says it retook a village", "related_link"),
        ("  Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST",
         "newsletter_prompt"),
        ("Sign up for Global Dispatch – please check your spam folder for the confirmation email",
         "newsletter_prompt"),
        ("Interactive", "embed_placeholder"),
        ("Advertisement", "embed_placeholder"),
        ("Reuters contributed to this report", "contributor_credit"),
        ("Artem Mazhulin contributed to this report.", "contributor_credit"),
        ("With Agence France-Presse", "contributor_credit"),
    ],
)  # fmt: skip
def test_web_page_furniture_on_a_line_of_its_own_is_removed(line, rule):
    raw = f"The ministry said the strikes went on.\n{line}\n\nHe added that talks had stalled."
    doc = clean_text(raw)
    assert [(r["text"].strip(), r["rule"]) for r in doc.removals] == [(line.strip(), rule)]
    assert doc.text == "The ministry said the strikes went on.\n\nHe added that talks had stalled."


@pytest.mark.parametrize(
    "line",
    [
        # prose that shares words with the furniture rules
        "Officials urged residents to sign up for air-raid alerts on the government's app.",
        "Sanctions contributed to this report's bleak forecast, the central bank said.",
        "With the Associated Press barred from the briefing, reporters waited outside.",
        "Interactive maps of the front line were shared by the ministry.",
        "Related talks in Istanbul produced no agreement.",
    ],
)
def test_prose_like_the_furniture_stays(line):
    raw = f"The ministry said the strikes went on.\n{line}\nHe added that talks had stalled."
    assert clean_text(raw).removals == []


def _wrapped(paragraphs: list[str], *, width: int = 72, between: str = "\n\n") -> str:
    import textwrap

    return between.join(textwrap.fill(p, width) for p in paragraphs) + "\n"


def _distinct_paragraphs(n: int) -> list[str]:
    return [
        " ".join(f"Officials said strike {p}.{i} went on through the night" for i in range(6))
        for p in range(n)
    ]


def test_hard_wrapped_text_is_read_a_paragraph_per_line(seed_texts):
    paragraphs = [p for p in seed_texts["000_1c9e284dfd571a16"].split("\n") if p.strip()]
    raw = _wrapped(paragraphs)
    doc = clean_text(raw)
    assert doc.n_joined_lines == raw.count("\n") - 2 * (len(paragraphs) - 1) - 1
    assert doc.text.split("\n\n") == [*paragraphs[:-1], paragraphs[-1] + "\n"]
    for index, char in enumerate(doc.text):  # in place: offsets are those of the raw text
        assert doc.offsets.to_raw(index) == index
        assert raw[index] == char or (raw[index] == "\n" and char == " ")


def test_a_wrapped_paragraph_ends_at_a_short_line_and_before_a_list_item():
    body = "Officials in the region said that the shelling had continued through the night"
    raw = (
        f"{body}\nand that {body.lower()}\nwhile the talks stalled.\nIt went on for days and "
        f"officials in the region said that the shelling had continued\nthrough the night.\n"
        f"Officials listed the damage to the town's water supply and its two bridges:\n"
        f"- the main bridge\n- the railway bridge"
    )
    doc = clean_text(raw)
    assert doc.n_joined_lines == 3
    assert doc.text.split("\n") == [
        f"{body} and that {body.lower()} while the talks stalled.",
        "It went on for days and officials in the region said that the shelling had continued "
        "through the night.",
        "Officials listed the damage to the town's water supply and its two bridges:",
        "- the main bridge",
        "- the railway bridge",
    ]


def test_windows_line_ends_are_joined_in_place():
    raw = _wrapped(_distinct_paragraphs(2), between="\n\n")
    raw = raw.replace("\n", "\r\n")
    doc = clean_text(raw)
    assert doc.n_joined_lines > 3 and len(doc.text) == len(raw)
    assert "\r\n" not in doc.text.split("\r\n\r\n")[0]


@pytest.mark.parametrize(
    "raw",
    [
        # a paragraph per line, as the seeds and JSONL exports are
        "The ministry said the strikes went on through the night in the east of the country, "
        "and that the talks had stalled.\nHe added that nothing had changed.\nA third line.",
        # one sentence per line, each a paragraph
        "The ministry said the strikes went on through the night.\n"
        "Officials in the region said the shelling had continued.\n"
        "The governor said two people were killed and five were injured.\n"
        "Talks between the two sides have stalled since the spring.\n",
        # a list of short items
        "Sanctions announced on Monday:\nGazprombank\nSberbank\nVTB\nAlfa-Bank\n",
    ],
)
def test_text_that_is_not_hard_wrapped_keeps_its_lines(raw):
    doc = clean_text(raw)
    assert doc.n_joined_lines == 0 and doc.text == raw


def test_furniture_wrapped_over_two_lines_goes_whole_with_its_raw_line():
    paragraphs = _distinct_paragraphs(2)
    credits = (
        "Reports from Reuters offices; Written by Michael Perry; Editing by William "
        "Mallard, William Maclean"
    )
    raw = _wrapped([*paragraphs, credits])
    doc = clean_text(raw)
    ((removal),) = doc.removals
    assert removal["rule"] == "wire_credits"
    assert " ".join(removal["text"].split()) == credits
    assert raw[removal["start_char"] : removal["end_char"]] == removal["text"]
    assert removal["line"] == raw[: removal["start_char"]].count("\n") + 1
