"""Tests for corpus_utils.extract.actors: the registry, mentions and mention tables."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest
import spacy

from corpus_utils.analysis.actors import (
    co_mentions,
    count_mentions,
    keyword_in_context,
    quote_shares,
    render_keyword_in_context,
    surface_variants,
    unregistered_names,
)
from corpus_utils.extract import actors
from corpus_utils.extract.actors import (
    ACTOR_TYPES,
    _thing_like,
    add_actor_ruler,
    extract_mentions,
    load_registry,
)
from corpus_utils.vocabulary import REGISTRY_SIDES


def _seed(seed_texts: dict[str, str], prefix: str) -> str:
    (key,) = [k for k in seed_texts if k.startswith(prefix)]
    return key


@pytest.fixture(scope="module")
def seed_mentions(nlp, seed_texts) -> dict[str, list[dict]]:
    """Mentions of each seed, by doc_id prefix ("000" ... "004")."""
    return {key[:3]: extract_mentions(nlp(text)) for key, text in seed_texts.items()}


@pytest.fixture(scope="module")
def tables(nlp, seed_texts, seed_mentions):
    """documents, mentions and quotes tables of the seeds (one outlet per seed)."""
    from corpus_utils.extract.quotes import extract_quotes

    documents = pd.DataFrame(
        {
            "doc_id": list(seed_texts),
            "outlet": [f"outlet_{k[:3]}" for k in seed_texts],
            "text": list(seed_texts.values()),
            "raw_text": list(seed_texts.values()),
        }
    )
    mentions, quotes = [], []
    for key, text in seed_texts.items():
        doc = nlp(text)
        found = extract_mentions(doc)
        mentions += [{"doc_id": key, **m} for m in found]
        quotes += [{"doc_id": key, **q} for q in extract_quotes(doc, found)]
    return documents, pd.DataFrame(mentions), pd.DataFrame(quotes)


# --------------------------------------------------------------------------- registry


def test_registry_is_valid_and_large():
    registry = load_registry()
    assert len(registry) >= 150
    assert registry["actor_id"].is_unique
    assert set(registry["type"]) <= set(ACTOR_TYPES)
    assert set(registry["side"]) <= set(REGISTRY_SIDES)


@pytest.mark.parametrize(
    ("alias", "actor_id"),
    [
        ("Zelenskiy", "zelensky"),
        ("Zelenskyy", "zelensky"),
        ("Sergei Lavrov", "lavrov"),
        ("Anthony Blinken", "blinken"),
        ("Kiev", "kyiv"),
        ("Donbass", "donbas"),
        ("Kharkov", "kharkiv"),
        ("U.S.", "united_states"),
        ("USA", "united_states"),
        ("Kremlin", "russian_government"),
        ("White House", "us_administration"),
        ("State Department", "us_state_department"),
        ("Pentagon", "us_defense_department"),
        ("Nato", "nato"),
        ("Strelkov", "girkin"),
        ("United Nations High Commissioner for Refugees", "unhcr"),
    ],
)
def test_registry_aliases(alias, actor_id):
    index = actors.registry_index(load_registry())
    assert alias in index[actor_id]["aliases"]


_HEADER = "actor_id,name,type,affiliation,side,aliases\n"
_GOOD = "putin,Vladimir Putin,person,Russia,russia,Putin\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "actor_id,name,type,side,aliases\n" + _GOOD,
            "line 1, column 'affiliation': missing column.*affiliation",
        ),
        (
            _HEADER + _GOOD + "kyiv,Kyiv,city,Ukraine,ukraine,Kiev\n",
            "line 3, column 'type': unknown type 'city'",
        ),
        (
            _HEADER + _GOOD + "kyiv,Kyiv,place,Ukraine,west,Kiev\n",
            "line 3, column 'side': unknown side 'west'",
        ),
        (
            _HEADER + _GOOD + ",Kyiv,place,Ukraine,ukraine,Kiev\n",
            "line 3, column 'actor_id': empty cell",
        ),
        (
            _HEADER + _GOOD + "Kyiv City,Kyiv,place,Ukraine,ukraine,\n",
            "line 3, column 'actor_id': .*slug",
        ),
        (
            _HEADER + _GOOD + "putin,Putin,person,Russia,russia,\n",
            "line 3, column 'actor_id': duplicate actor_id",
        ),
        (
            _HEADER + _GOOD + "kremlin,Kremlin,place,Russia,russia,Putin\n",
            "line 3, column 'aliases': alias 'putin'",
        ),
        (
            _HEADER + _GOOD + "kyiv,,place,Ukraine,ukraine,Kiev\n",
            "line 3, column 'name': empty cell",
        ),
    ],
)
def test_registry_loader_names_the_bad_row(tmp_path, content, message):
    path = tmp_path / "bad_actors.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as error:
        load_registry(path)
    assert "bad_actors.csv" in str(error.value)


def test_add_actor_ruler_is_idempotent_and_precedes_ner(nlp):
    add_actor_ruler(nlp)
    add_actor_ruler(nlp)
    names = nlp.pipe_names
    assert names.count("actor_ruler") == 1
    assert names.index("actor_ruler") < names.index("ner")


# --------------------------------------------------------------------------- mentions


@pytest.mark.parametrize(
    ("seed", "people"),
    [
        (
            "000",
            {
                "biden": 6,
                "macron": 4,
                "putin": 4,
                "klitschko": 2,
                "lavrov": 2,
                "blinken": 2,
                "Inna Sydorchuk": 1,
            },
        ),
        ("001", {"putin": 2, "price": 2, "julie_smith": 1, "kirby": 2}),
        ("002", {"putin": 6, "zelensky": 4, "sullivan": 1}),
        ("003", {"jean_pierre": 4, "putin": 2, "peskov": 1, "lavrov": 1}),
        # "the Biden administration" names Biden too (docs/ANNOTATION.md: a name as a modifier)
        ("004", {"lavrov": 13, "putin": 3, "biden": 3, "blinken": 1, "whelan": 1}),
    ],
)
def test_people_named_per_seed(seed_mentions, seed, people):
    counts = Counter(
        m["actor_id"] or m["actor_name"] for m in seed_mentions[seed] if m["actor_type"] == "person"
    )
    for person, expected in people.items():
        assert counts[person] == expected, person
    registered = {k: v for k, v in counts.items() if k in actors.registry_index()}
    assert registered == {k: v for k, v in people.items() if k in actors.registry_index()}


@pytest.mark.parametrize(
    ("seed", "surface", "actor_id"),
    [
        ("003", "Kiev", "kyiv"),
        ("002", "Kyiv", "kyiv"),
        ("002", "KYIV", "kyiv"),
        ("003", "Donbass", "donbas"),
        ("000", "Kherson", "kherson"),
        ("002", "Kherson", "kherson"),
        ("004", "Crimea", "crimea"),
        ("004", "Moscow", "moscow"),
        ("001", "Brussels", "brussels"),
        ("001", "G7", "g7"),
    ],
)
def test_places_and_bodies_are_never_people(seed_mentions, seed, surface, actor_id):
    hits = [m for m in seed_mentions[seed] if m["surface"] == surface]
    assert hits, surface
    assert all(m["actor_type"] != "person" for m in hits)
    assert {m["actor_id"] for m in hits} == {actor_id}


def test_g7_leaders_is_not_a_person(seed_mentions, seed_texts):
    text = seed_texts[_seed(seed_texts, "001")]
    start = text.index("G7 Leaders said")
    people = [
        m
        for m in seed_mentions["001"]
        if m["actor_type"] == "person" and m["start_char"] < start + 10 and m["end_char"] > start
    ]
    assert people == []


@pytest.mark.parametrize(
    ("seed", "phrase", "surface", "actor_id"),
    [
        ("000", "Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov", "lavrov"),
        ("004", "Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov", "lavrov"),
        ("001", "U.S. Ambassador to NATO Julie Smith", "Julie Smith", "julie_smith"),
        ("002", "Ukrainian President Volodymyr Zelenskiy’s", "Volodymyr Zelenskiy", "zelensky"),
        ("003", "Presidential spokesman Dmitry Peskov", "Dmitry Peskov", "peskov"),
        ("003", "Kiev’s positions", "Kiev", "kyiv"),
        ("001", "NATO’s is", "NATO", "nato"),
        ("001", 'U.S.shared "an', "U.S.", "united_states"),
        (
            "002",
            "The White House National Security",
            "White House National Security Council",
            "us_nsc",
        ),
        ("004", "Anthony Blinken", "Anthony Blinken", "blinken"),
        ("004", "Organização do Tratado", "Organização do Tratado do Atlântico Norte", "nato"),
    ],
)
def test_titles_possessives_and_variants_resolve(
    seed_mentions, seed_texts, seed, phrase, surface, actor_id
):
    text = seed_texts[_seed(seed_texts, seed)]
    start = text.index(phrase)
    inside = [
        m
        for m in seed_mentions[seed]
        if start <= m["start_char"]
        and m["end_char"] <= start + len(phrase) + 40
        and m["surface"] == surface
    ]
    assert inside and inside[0]["actor_id"] == actor_id
    assert inside[0]["source"] == "registry"


def test_surname_alone_counts_after_full_name(seed_mentions):
    prices = [m for m in seed_mentions["001"] if m["actor_id"] == "price"]
    assert [m["surface"] for m in prices] == ["Ned Price", "Price"]


def test_unregistered_names_are_kept_and_countable(seed_mentions):
    names = [m for m in seed_mentions["000"] if m["source"] == "ner"]
    assert [(m["surface"], m["actor_id"], m["actor_type"]) for m in names] == [
        ("Inna Sydorchuk", None, "person")
    ]
    assert names[0]["affiliation"] is None and names[0]["side"] is None


def test_unregistered_short_name_takes_the_full_name(nlp):
    doc = nlp("Olga Petrenko, a nurse, fled the city. Petrenko said the shelling never stopped.")
    names = [m["actor_name"] for m in extract_mentions(doc) if m["source"] == "ner"]
    assert names and set(names) == {"Olga Petrenko"}


def test_lone_surname_labelled_org_becomes_the_person(nlp):
    doc = nlp("Governor Tony Evers vetoed the bill. In a statement, Evers said it was wrong.")
    people = [(m["surface"], m["actor_name"], m["actor_type"]) for m in extract_mentions(doc)]
    assert ("Evers", "Tony Evers", "person") in people


def test_a_family_name_first_counts_alone_after_the_full_name(nlp):
    text = (
        "Denis Pushilin sent a message to North Korean leader Kim Jong Un. Pushilin's "
        "message to Kim was timed for the anniversary."
    )
    found = [(m["surface"], m["actor_id"]) for m in extract_mentions(nlp(text))]
    assert ("Kim", "kim_jong_un") in found


def test_a_family_name_another_person_bears_is_not_counted_for_the_registered_one(nlp):
    text = (
        "Jaechun Kim, a professor at Sogang University, spoke about Kim Jong Un. “A unified "
        "front must be established,” Kim said."
    )
    lone = [m for m in extract_mentions(nlp(text)) if m["surface"] == "Kim"]
    assert all(m["actor_id"] != "kim_jong_un" for m in lone)


def test_holidays_are_no_people(nlp):
    text = (
        "Churches will be closed during the curfew for Orthodox Easter, taking place on "
        "Sunday. The consecration of Easter baskets will still be held."
    )
    assert [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"] == []


def test_a_nickname_in_quotation_marks_makes_a_person(nlp):
    text = "“We are in support of Russia,” said Eritha “Akile” Cainion after the announcement."
    found = {m["surface"]: (m["actor_type"], m["evidence"]) for m in extract_mentions(nlp(text))}
    assert found["Eritha “Akile” Cainion"] == ("person", "title")


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_mentions_have_consistent_offsets(nlp, seed_texts, seed_mentions, seed):
    text = seed_texts[_seed(seed_texts, seed)]
    doc = nlp(text)
    previous = (-1, -1)
    for m in seed_mentions[seed]:
        assert tuple(m) == actors.MENTION_KEYS
        assert text[m["start_char"] : m["end_char"]] == m["surface"]
        assert m["source"] in ("registry", "ner")
        assert (m["source"] == "ner") == (m["actor_id"] is None)
        assert m["actor_type"] in ACTOR_TYPES
        assert (m["start_char"], m["sentence_id"]) >= previous
        assert (
            doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand").sent.start_char
            == list(doc.sents)[m["sentence_id"]].start_char
        )
        previous = (m["start_char"], m["sentence_id"])


def test_no_dates_or_numbers_are_mentions(seed_mentions):
    surfaces = {m["surface"] for ms in seed_mentions.values() for m in ms}
    assert not {"Thursday", "Nov 6", "February 24", "2014", "$18.2 billion"} & surfaces


# --------------------------------------------------------------------------- tables


def test_count_mentions_per_outlet(tables):
    documents, mentions, _ = tables
    counted = count_mentions(mentions, documents, by="outlet")
    top = counted.groupby("outlet").head(1).set_index("outlet")["actor_id"].to_dict()
    assert top["outlet_004"] == "lavrov"
    assert top["outlet_003"] == "kyiv"
    row = counted[(counted["outlet"] == "outlet_000") & (counted["actor_id"] == "biden")].iloc[0]
    assert (row["n_mentions"], row["n_documents"]) == (6, 1)
    assert counted.groupby("outlet")["share"].sum().round(9).eq(1.0).all()
    unregistered = counted[~counted["registered"]]
    assert "Inna Sydorchuk" in set(unregistered["actor_name"])
    again = count_mentions(mentions.sample(frac=1, random_state=3), documents, by="outlet")
    pd.testing.assert_frame_equal(counted, again)


def test_count_mentions_overall(tables):
    _, mentions, _ = tables
    counted = count_mentions(mentions, by=None)
    assert list(counted.columns[:2]) == ["actor_key", "actor_id"]
    putin = counted[counted["actor_id"] == "putin"].iloc[0]
    assert (putin["n_mentions"], putin["n_documents"]) == (17, 5)


def test_co_mentions_network(tables):
    _, mentions, _ = tables
    graph = co_mentions(mentions)
    assert graph["biden"]["macron"]["weight"] == 4
    assert graph.nodes["lavrov"]["side"] == "russia"
    assert graph.nodes["unregistered:Inna Sydorchuk"]["registered"] is False
    people = co_mentions(mentions, types=["person"], include_unregistered=False)
    assert all(d["actor_type"] == "person" for _, d in people.nodes(data=True))
    assert not people.has_node("unregistered:Inna Sydorchuk")


@pytest.mark.parametrize("top_n", [1, 3, 8])
def test_co_mentions_top_n_keeps_the_most_mentioned(tables, top_n):
    _, mentions, _ = tables
    full = co_mentions(mentions)
    top = co_mentions(mentions, top_n=top_n)
    ranked = sorted(full.nodes, key=lambda n: (-full.nodes[n]["n_mentions"], n))[:top_n]
    assert list(top.nodes) == sorted(ranked)
    assert list(top.edges) == sorted(tuple(sorted(e)) for e in full.subgraph(ranked).edges)
    for a, b in top.edges:
        assert top[a][b]["weight"] == full[a][b]["weight"]
    assert top.nodes["ukraine"]["n_mentions"] == full.nodes["ukraine"]["n_mentions"]


def test_keyword_in_context(tables):
    documents, mentions, _ = tables
    kwic = keyword_in_context(documents, mentions, "zelensky", width=20)
    assert list(kwic.columns) == [
        "doc_id",
        "outlet",
        "start_char",
        "end_char",
        "left",
        "surface",
        "right",
    ]
    assert len(kwic) == 4
    assert kwic["surface"].tolist()[0] == "Volodymyr Zelenskiy"
    assert kwic["left"].str.len().max() <= 20
    assert kwic["start_char"].is_monotonic_increasing


def test_quote_shares_per_speaker(tables):
    documents, _, quotes = tables
    shares = quote_shares(quotes, documents, by="outlet")
    assert list(shares.columns) == [
        "outlet",
        "speaker_id",
        "speaker_name",
        "side",
        "n_quotes",
        "n_words",
        "quote_share",
        "word_share",
    ]
    lavrov = shares[(shares["outlet"] == "outlet_004") & (shares["speaker_id"] == "lavrov")]
    assert lavrov.iloc[0]["n_quotes"] >= 15
    assert shares.groupby("outlet")["quote_share"].sum().round(9).eq(1.0).all()
    assert shares.groupby("outlet")["word_share"].sum().round(9).eq(1.0).all()
    first = shares[shares["outlet"] == "outlet_003"].iloc[0]
    assert (first["speaker_id"], first["side"], first["quote_share"]) == (
        "jean_pierre",
        "united_states",
        1.0,
    )
    again = quote_shares(quotes.sample(frac=1, random_state=5), documents, by="outlet")
    pd.testing.assert_frame_equal(shares, again)


@pytest.mark.parametrize(
    ("speaker_text", "speaker_id", "name", "side"),
    [
        ("Lavrov", "lavrov", "Sergey Lavrov", "russia"),
        ("an unnamed U.S. official", None, "(unnamed source)", "unnamed"),
        ("A State Department spokesperson", None, "(unnamed source)", "unnamed"),
        ("Inna Sydorchuk", None, "(unresolved speaker)", "unresolved"),
        ("he", None, "(unresolved speaker)", "unresolved"),
        (None, None, "(no speaker found)", "unknown"),
    ],
)
def test_quote_shares_pools_speakers_outside_the_registry(speaker_text, speaker_id, name, side):
    quotes = pd.DataFrame(
        {
            "doc_id": ["d1"],
            "quote": ["We hasn't said it, twice."],
            "speaker_text": [speaker_text],
            "speaker_id": [speaker_id],
        }
    )
    row = quote_shares(quotes, by=None).iloc[0]
    assert (row["speaker_name"], row["side"], row["n_quotes"], row["n_words"]) == (name, side, 1, 5)
    assert row["speaker_id"] == speaker_id if speaker_id else pd.isna(row["speaker_id"])


@pytest.mark.parametrize(
    ("speaker_text", "span", "expected"),
    [
        ("Inna Sydorchuk", (0, 14), "Inna Sydorchuk"),
        ("military historian Mikhail Zhirohov", (19, 35), "Mikhail Zhirohov"),
        ("he", None, "(unresolved speaker)"),
        ("an unnamed official", None, "(unnamed source)"),
    ],
)
def test_quote_shares_names_unregistered_speakers(speaker_text, span, expected):
    quotes = pd.DataFrame(
        {
            "doc_id": ["d1"],
            "quote": ["We will win."],
            "speaker_text": [speaker_text],
            "speaker_start": [100],
            "speaker_end": [100 + len(speaker_text)],
            "speaker_id": [None],
        }
    )
    rows = []
    if span:
        start, end = 100 + span[0], 100 + span[1]
        rows.append(("d1", start, end, speaker_text[span[0] : span[1]], None, expected, "person"))
    rows.append(("d1", 300, 306, "Sumy", None, "Sumy", "person"))  # outside the span
    mentions = pd.DataFrame(
        rows,
        columns=[
            "doc_id",
            "start_char",
            "end_char",
            "surface",
            "actor_id",
            "actor_name",
            "actor_type",
        ],
    )
    named = quote_shares(quotes, by=None, mentions=mentions).iloc[0]
    pooled = quote_shares(quotes, by=None).iloc[0]
    assert named["speaker_name"] == expected
    assert named["side"] == pooled["side"]
    assert pd.isna(named["speaker_id"])


def test_quote_shares_add_up_to_quote_voices(tables):
    """The per-speaker table summed by side is the canonical per-side table."""
    from corpus_utils.analysis.outlets import quote_voices

    documents, _, quotes = tables
    _, mentions, _ = tables
    summed = (
        quote_shares(quotes, documents, by="outlet", mentions=mentions)
        .groupby(["outlet", "side"])[["n_quotes", "n_words"]]
        .sum()
    )
    voices = quote_voices(quotes, load_registry(), documents, by="outlet")
    voices = voices[voices["n_quotes"] > 0].set_index(["outlet", "side"])[["n_quotes", "n_words"]]
    pd.testing.assert_frame_equal(summed.sort_index(), voices.sort_index(), check_dtype=False)
    assert "unnamed" in set(summed.index.get_level_values("side"))


def test_quote_shares_has_no_side_level(tables):
    documents, _, quotes = tables
    with pytest.raises(TypeError, match="level"):
        quote_shares(quotes, documents, level="side")


def test_unregistered_names(tables):
    documents, mentions, _ = tables
    table = unregistered_names(mentions, documents)
    assert list(table.columns) == [
        "actor_name",
        "actor_type",
        "n_mentions",
        "n_documents",
        "n_groups",
        "surfaces",
    ]
    inna = table[table["actor_name"] == "Inna Sydorchuk"].iloc[0]
    assert inna.to_dict() == {
        "actor_name": "Inna Sydorchuk",
        "actor_type": "person",
        "n_mentions": 1,
        "n_documents": 1,
        "n_groups": 1,
        "surfaces": "Inna Sydorchuk",
    }
    assert table["n_mentions"].is_monotonic_decreasing
    assert len(table) == mentions["source"].eq("ner").groupby(mentions["actor_name"]).any().sum()


def test_unregistered_names_orders_by_frequency_and_merges_forms():
    mentions = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "b", "c"],
            "surface": ["Olga Petrenko", "Petrenko", "Olga Petrenko", "Azov", "Azov"],
            "actor_id": [None, None, None, None, "azov_regiment"],
            "actor_name": ["Olga Petrenko"] * 3 + ["Azov", "Azov Regiment"],
            "actor_type": ["person", "person", "person", "organization", "group"],
            "outlet": ["x", "x", "y", "y", "y"],
        }
    )
    table = unregistered_names(mentions)
    assert table[
        ["actor_name", "n_mentions", "n_documents", "n_groups", "surfaces"]
    ].values.tolist() == [
        ["Olga Petrenko", 3, 2, 2, "Olga Petrenko|Petrenko"],
        ["Azov", 1, 1, 1, "Azov"],
    ]


def test_surface_variants_merges_spellings(tables):
    _, mentions, _ = tables
    table = surface_variants(mentions).set_index("actor_id")
    kyiv = table.loc["kyiv"]
    assert kyiv["n_surfaces"] >= 3
    assert {"Kyiv", "Kiev", "KYIV"} <= {s.rsplit(" (", 1)[0] for s in kyiv["surfaces"].split("; ")}
    assert table.loc["zelensky", "n_mentions"] == sum(
        int(part.rsplit("(", 1)[1].rstrip(")"))
        for part in table.loc["zelensky", "surfaces"].split("; ")
    )
    assert table["n_surfaces"].is_monotonic_decreasing


@pytest.mark.parametrize(
    ("surface", "right", "expected"),
    [
        ("Lavrov", " <script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        (
            "AT&T",
            " said",
            '<td style="padding:1px 6px;font-family:monospace;white-space:pre;'
            'font-weight:bold;">AT&amp;T</td>',
        ),
    ],
)
def test_render_keyword_in_context_escapes_text(surface, right, expected):
    kwic = pd.DataFrame(
        {
            "doc_id": ["d<1>"],
            "outlet": ["R&R"],
            "start_char": [0],
            "end_char": [len(surface)],
            "left": ['"quoted" '],
            "surface": [surface],
            "right": [right],
        }
    )
    rendered = render_keyword_in_context(kwic)
    assert expected in rendered
    assert "<script>" not in rendered
    assert "R&amp;R · d&lt;1&gt;" in rendered
    assert "&quot;quoted&quot;" in rendered


# --------------------------------------------------------------------------- person evidence


@pytest.mark.parametrize(
    ("text", "surface", "actor_type", "evidence"),
    [
        ("Residents of Kramatorsk fled as shelling hit Chechnya and Kurgan.", "Kurgan", "place",
         "gazetteer"),
        ('"We will not stop," said Mr Kalachev, a resident of the town.', "Kalachev", "person",
         "title"),
        ("Inna Sydorchuk, 52, said her house was destroyed.", "Inna Sydorchuk", "person",
         "first_name"),
        ("Zarko Petrovic said the talks failed.", "Zarko Petrovic", "person", "ner_only"),
        # a first name of Faker's lists, not of the curated file
        ("Joy Black, 21, said she was scared.", "Joy Black", "person", "first_name"),
        ("Saudi Arabia's Crown Prince Mohammed bin Salman met the delegation.",
         "Mohammed bin Salman", "person", "title"),
        ("Satellite images from Maxar Technologies showed the damage.", "Maxar Technologies",
         "organization", "ner_only"),
        ("Kyiv was shelled, the Kremlin said.", "Kremlin", "organization", "registry"),
        # "Maros" a man's first name (draw 70)
        ("A delegation met European Commission vice-president Maros Sefcovic, who has been "
         "leading negotiations with the UK.", "Maros Sefcovic", "person", "first_name"),
    ],
)  # fmt: skip
def test_every_mention_carries_its_evidence(nlp, text, surface, actor_type, evidence):
    (found,) = [m for m in extract_mentions(nlp(text)) if m["surface"] == surface]
    assert (found["actor_type"], found["evidence"]) == (actor_type, evidence)
    assert found["evidence"] in actors.EVIDENCE


def _people(nlp, text: str) -> list[str]:
    """The surfaces of the person mentions found in ``text``."""
    return [m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("Photographs showed the aftermath. Strikes hit the city overnight.", "Photographs"),
        ("The PoWs were exchanged on Saturday, officials said.", "PoWs"),
        ("Residents of Kramatorsk fled as shelling hit Chechnya and Kurgan.", "Kurgan"),
        ("Satellite images from Maxar Technologies showed the damage.", "Maxar Technologies"),
        # words that Faker lists as first names somewhere (Kelvin, Marine, Sierra)
        ("They are at zero degrees Kelvin.", "Kelvin"),
        ("Steve Ganyard, a retired colonel in the United State Marine Corps, said so.",
         "Marine Corps"),
        ("The Sierra Leone-flagged ship Razoni, which left Odesa, was seen.", "Sierra Leone"),
        # a company the text calls by its first word, and "it"
        ("Warren Buffett's company has bought more Occidental Petroleum stock, giving "
         "Berkshire Hathaway control of 20% of the oil producer. Berkshire has repeatedly "
         "acquired shares of the driller. Berkshire will detail all its second-quarter stock "
         "purchases.", "Berkshire Hathaway"),
        ("Warren Buffett's company has bought more Occidental Petroleum stock, giving "
         "Berkshire Hathaway control of 20% of the oil producer. Berkshire has repeatedly "
         "acquired shares of the driller. Berkshire will detail all its second-quarter stock "
         "purchases.", "Berkshire"),
        # a role ending the sentence before is no title of the name after it
        ("Berkshire controls 20% of the oil producer. Occidental's stock rose more than 3.5% "
         "on Tuesday.", "Occidental"),
        # a line of advance
        ("The area returned to Ukrainian control in the Kharkiv and Pivdennyi Buh directions "
         "stands at more than 700 sq km.", "Pivdennyi Buh"),
    ],
)  # fmt: skip
def test_plural_nouns_places_and_companies_are_not_people(nlp, text, not_person):
    assert not_person not in _people(nlp, text)


def test_surname_that_is_a_verb_of_saying_elsewhere_is_a_name(nlp):
    # "said" in lower case is the verb, not a common noun "said": the name stays a person
    text = (
        "“Journalists are being targeted,” said Gulnoza Said, an official with the "
        "Committee to Protect Journalists."
    )
    assert "Gulnoza Said" in _people(nlp, text)
    # a verb of another kind does not vouch for a name ("bear the cost")
    text = "Hackers known as Fancy Bear attacked. Ukraine will bear the cost."
    assert "Fancy Bear" not in _people(nlp, text)


def _persons(nlp, text: str) -> list[tuple[str, str | None, str]]:
    """(surface, actor_id, actor_name) of the person mentions found in ``text``."""
    return [
        (m["surface"], m["actor_id"], m["actor_name"])
        for m in extract_mentions(nlp(text))
        if m["actor_type"] == "person"
    ]


def test_name_the_ner_cut_in_two_is_one_person(nlp):
    # the NER labels "Oleksandr" and "Zinchenko" as two people
    text = "Meanwhile, Manchester City defender Oleksandr Zinchenko said it."
    assert _persons(nlp, text) == [("Oleksandr Zinchenko", None, "Oleksandr Zinchenko")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative of a registered person: not that person
        ("Paul Whelan has been held since 2018. His sister Elizabeth Whelan said so.",
         [("Paul Whelan", "whelan", "Paul Whelan"),
          ("Elizabeth Whelan", None, "Elizabeth Whelan")]),
        # a namesake, and the surname alone is the namesake when the registered
        # person is never named in full
        ("House Speaker Mike Johnson said aid would pass. Johnson met the president.",
         [("Mike Johnson", None, "Mike Johnson"), ("Johnson", None, "Mike Johnson")]),
        # given names that are the registered person's, in another order or spelling
        ("Turkish President Tayyip Recep Erdogan spoke.",
         [("Tayyip Recep Erdogan", "erdogan", "Recep Tayyip Erdogan")]),
    ],
)  # fmt: skip
def test_first_name_before_a_registered_surname(nlp, text, expected):
    assert _persons(nlp, text) == expected


def test_first_name_completed_to_a_registered_person_takes_the_id(nlp):
    # the tokenizer glues "Biden?GIULIANI", so the registry does not match the second "Joe
    # Biden"; the NER's "Joe" takes the full name and, with it, the registered person
    text = "Trump pressed Joe Biden. CUOMO: So you did ask Ukraine to look into Joe Biden?GIULIANI"
    assert _persons(nlp, text)[1:] == [("Joe Biden", "biden", "Joe Biden")] * 2


def test_lone_first_name_of_a_registered_person_takes_no_id(nlp):
    # a first name alone is most often a private person's: the pensioner is not Putin
    text = (
        "Vladimir Putin ordered the strike. Vladimir, a pensioner who declined to give his "
        "surname, said the dam could burst."
    )
    lone = [m for m in extract_mentions(nlp(text)) if m["surface"] == "Vladimir"]
    assert lone and all(m["actor_id"] is None for m in lone)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        # the NER's "person" that the checks drop lends its name to no lone word
        ('That November, Binance informed traders in Iran it would no longer serve them. In '
         'December 2017, Angels announced the launch of a group called "Binance Persian" on '
         'the Telegram messaging app.', "Binance"),
        # an honorific is no first name: "Miss" of "Miss Vovk" is not Miss Shulman
        ("Analyst Yekaterina Shulman says the anger is real. Whoever was responsible, adds "
         "Miss Shulman, the killing could be used. According to the FSB, Miss Vovk entered "
         "Russia driving a Mini Cooper.", "Miss"),
        # a plural acronym names a group, though "Tory" is a first name
        ("Last night, Tory MPs were confident that letters had been submitted. Tory MPs said "
         "Truss must go.", "Tory MPs"),
        ("Last night, Tory MPs were confident that letters had been submitted. Tory MPs said "
         "Truss must go.", "Tory"),
        # a nationality word is no first name of a misread name ("Kyrgyz Barak", a village)
        ("Clashes erupted near Kyrgyz Barak on Friday. The Kyrgyz border service said Tajik "
         "troops had taken up positions.", "Kyrgyz"),
        # a people named by nationality words alone
        ("Crimean Tatars play an important role in the story of the peninsula's reabsorption "
         "by Russia. One of Ukraine's main propaganda tools is to accuse Russia of violating "
         "their rights. Crimean Tatars were deported in 1944, and many Crimean leaders "
         "objected.", "Crimean"),
    ],
)  # fmt: skip
def test_groups_and_dropped_names_lend_no_person(nlp, text, not_person):
    assert not_person not in _people(nlp, text)


def test_unregistered_name_without_evidence_is_dropped(nlp):
    """A one-word NER person with no title, first name, apposition or full name is no person."""
    doc = nlp("Photographs showed the aftermath.")
    assert any(e.label_ == "PERSON" for e in doc.ents)  # the NER's guess this guards against
    assert [m for m in extract_mentions(doc) if m["actor_type"] == "person"] == []


def test_gazetteer_knows_towns_of_the_war_offline():
    places = actors.gazetteer()
    assert {"kurgan", "bakhmut", "kharkiv", "ukraine"} <= places
    assert "zelensky" not in places


def test_first_names_the_ner_missed_are_people(nlp):
    text = (
        "They demanded that Mayor Oleksandr Yakovlev, who was taken prisoner, be released. "
        "Natalia wrote a post. "
        "Tetyana was a nurse in Sofia."
    )
    people = {
        m["surface"]: m["evidence"]
        for m in extract_mentions(nlp(text))
        if m["actor_type"] == "person"
    }
    assert people.get("Oleksandr Yakovlev") in ("title", "first_name")
    assert people.get("Natalia") == people.get("Tetyana") == "first_name"
    assert "Sofia" not in people  # a first name that is also a city needs a surname


def test_surname_of_an_unregistered_person_counts_alone(nlp):
    # (Igor Strelkov, once the example, is now in the registry as Igor Girkin)
    text = (
        "A top military blogger, Andrei Morozov, has gone to the front. Morozov, 51, fought in "
        "Bosnia. Morozov quit the FSB in 2013."
    )
    found = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    lone = [m for m in found if m["surface"] == "Morozov"]
    assert len(lone) == 2
    assert {m["actor_name"] for m in lone} == {"Andrei Morozov"}
    assert all(text[m["start_char"] : m["end_char"]] == m["surface"] for m in found)


# Issue 14: people the NER misses or types as a place, and names that are no people.
@pytest.mark.parametrize(
    ("text", "surface", "n", "actor_name", "evidence"),
    [
        # a Korean surname comes first: "Ban" alone is Ban Ki-moon, not the gazetteer's town
        ("Ban Ki-moon visited Bucha on Monday. Ban, a former diplomat, said the killings were a "
         "crime. Later, Ban told reporters he was shocked.", "Ban", 2, "Ban Ki-moon", "surname"),
        # a Chinese surname comes first: "Wang" alone is Wang Yi, the registered person
        ("Chinese Foreign Minister Wang Yi met Antony Blinken. Wang exchanged views on the war.",
         "Wang", 1, "Wang Yi", "registry"),
        # a lone first word of a two-word name (no first name of our list) is the person
        ("The volunteer Zlatoslava Ohnevych stayed in Kyiv. Sirens woke Zlatoslava every "
         "night.", "Zlatoslava", 1, "Zlatoslava Ohnevych", "first_name"),
        # a family word before a name that is also a place
        ("Thomas' mother Kimberley told the BBC her son was exhausted.", "Kimberley", 1,
         "Kimberley", "title"),
        # a surname of two full names (one a misread "Read Taylor"): the one named before
        ("Former ambassador Bill Taylor criticised the plan. Taylor wrote that Ukraine mattered. "
         "Read Taylor's op-ed here.", "Taylor", 1, "Bill Taylor", "surname"),
        # ... not a relative named to introduce the other, though named last
        ("Marine Le Pen is running for the third time. The name is notorious thanks to her "
         "father, Jean-Marie Le Pen, the leader of the party. Since her defeat, Le Pen has "
         "worked to soften her image.", "Pen", 1, "Marine Le Pen", "surname"),
        ("Conor Kennedy, the grandson of former U.S. Senator and Attorney General Robert F. "
         "Kennedy, revealed on Instagram that he enlisted. Kennedy says he was moved.",
         "Kennedy", 1, "Conor Kennedy", "surname"),
        # a surname the tagger took for a common noun, never written in lower case
        ("The host was David Speers. 'Prices will rise by 30 per cent.' Speers interrupted to "
         "ask when.", "Speers", 1, "David Speers", "surname"),
        # a title before the name is not part of it
        ("Treasurer Jim Chalmers spoke to the host on Sunday.", "Jim Chalmers", 1,
         "Jim Chalmers", "title"),
        ("Archbishop Paul Green prayed for peace.", "Paul Green", 1, "Paul Green", "title"),
        # ... nor a rank written as the army abbreviates it
        ("Alexander Vindman testified in 2019. “LTC Vindman was asked to leave,” attorney "
         "David Pressman said.", "Vindman", 1, "Alexander Vindman", "surname"),
        # a full name at the end of an organisation's or a nationality's entity
        ("Prices rose, with the governor of the Bank of England Andrew Bailey warning of more.",
         "Andrew Bailey", 1, "Andrew Bailey", "first_name"),
        ("The five, including Swede Matthias Gustafsson, pleaded not guilty.",
         "Matthias Gustafsson", 1, "Matthias Gustafsson", "first_name"),
        # a surname with a particle that a town also bears, after the full name: the full name
        ("Patrick De Haan of GasBuddy said prices would fall. \"They will go back up,\" De Haan "
         "said.", "De Haan", 1, "Patrick De Haan", "surname"),
        # a surname of two words the NER typed an organisation (gold draw 39)
        ("NASA astronaut Mark Vande Hei returned to Earth on Wednesday after a record-breaking "
         "355 days in low-Earth orbit. Vande Hei shared a spacecraft with two Russian "
         "cosmonauts.", "Vande Hei", 1, "Mark Vande Hei", "surname"),
        # a first name spelt as Ukrainian names are transliterated too (gold draw 40)
        ("The mother of a refugee family described her new home in Wales. Nataliiya and her "
         "daughters fled their home in the port city of Odesa.", "Nataliiya", 1, "Nataliiya",
         "first_name"),
        # a surname the tagger read as an adjective, opening a sentence (gold draw 39)
        ("Borna Coric will face Cameron Norrie in the other semifinal. Coric upset ninth-ranked "
         "Felix Auger-Aliassime.", "Coric", 1, "Borna Coric", "surname"),
        # a surname the tagger reads as a plural: a full name that names no place or people
        ("The former National Security Council official Jeffrey Edmonds told the Journal.",
         "Jeffrey Edmonds", 1, "Jeffrey Edmonds", "first_name"),
        # a bare name that is no common first name, the subject of a verb of saying
        ('"My mother was very scared at first," Ostap told ABC News. Ostap said they posted the '
         "coordinates.", "Ostap", 2, "Ostap", "speaker"),
        # "Andrii" is a first name of data/quote_first_names.csv: stronger evidence
        ('"My mother was very scared at first," Andrii told ABC News. Andrii said they posted the '
         "coordinates.", "Andrii", 2, "Andrii", "first_name"),
        # the NER labels only the surname: the name before it belongs to the person
        ("He spoke at the court where opposition figure Ilya Yashin was remanded into custody.",
         "Ilya Yashin", 1, "Ilya Yashin", "first_name"),
        # an apposition with "her" ("Alisa, her four-year-old, ...")
        ("Alisa, her four-year-old, had been living in the tunnels.", "Alisa", 1, "Alisa",
         "apposition"),
        # a name the NER types as a group or place, followed by "who"
        ("One of the refugees is Ohla, who fled to Poland with her children.", "Ohla", 1, "Ohla",
         "apposition"),
        # a name of several words the NER left unlabelled, the subject of a verb of saying
        ("“We refused,” Avital Chizhik-Goldschmidt, a journalist, wrote on Twitter.",
         "Avital Chizhik-Goldschmidt", 1, "Avital Chizhik-Goldschmidt", "apposition"),
    ],
)  # fmt: skip
def test_people_the_ner_misses_or_mistypes(nlp, text, surface, n, actor_name, evidence):
    found = [
        m
        for m in extract_mentions(nlp(text))
        if m["surface"] == surface and m["actor_type"] == "person"
    ]
    assert len(found) == n
    assert {(m["actor_name"], m["evidence"]) for m in found} == {(actor_name, evidence)}
    assert all(text[m["start_char"] : m["end_char"]] == surface for m in found)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("The report was leaked to the German magazine Der Spiegel on Friday.", "Der Spiegel"),
        ('He repeated the claim on CNBC\'s "Squawk Box" on Tuesday.', "Squawk Box"),
    ],
)
def test_titles_of_papers_and_programmes_are_not_people(nlp, text, not_person):
    assert not_person not in _people(nlp, text)


# Issue 14, second dev draw: the causes of lost and false persons, each a rule.
@pytest.mark.parametrize(
    ("text", "surface", "n", "actor_name", "evidence"),
    [
        # a first name that is also a town, labelled a person, stands for the full name used
        ("The blast was an attempt on Alexander Dugin. Many blamed Ukraine for the attack on "
         "Alexander.", "Alexander", 1, "Alexander Dugin", "first_name"),
        # a first name of the list the NER types an organisation
        ("Vitalii, a Kyiv man in his 20s, saw the attack. Later, Vitalii said he recognised the "
         "drone.", "Vitalii", 2, "Vitalii", "first_name"),
        # a body named after a registered person: the name is the person's mention
        ("The Biden administration said nothing.", "Biden", 1, "Joe Biden", "registry"),
        # a name the NER leaves unlabelled, now a first name of the list
        ("Vlad's lawyer said the delay was cruel.", "Vlad", 1, "Vlad", "first_name"),
    ],
)  # fmt: skip
def test_people_lost_on_the_second_dev_draw(nlp, text, surface, n, actor_name, evidence):
    found = [
        m
        for m in extract_mentions(nlp(text))
        if m["surface"] == surface and m["actor_type"] == "person"
    ]
    assert len(found) == n
    assert {(m["actor_name"], m["evidence"]) for m in found} == {(actor_name, evidence)}
    assert all(text[m["start_char"] : m["end_char"]] == surface for m in found)


def test_the_body_named_after_a_person_keeps_its_own_mention(nlp):
    text = "The Biden administration said nothing."
    found = {m["surface"]: m["actor_id"] for m in extract_mentions(nlp(text))}
    assert found == {"Biden": "biden", "administration": "us_administration"}


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        # a nationality word, even followed by "who"
        ("Two British citizens and a Moroccan, who were sentenced to death, appealed.",
         "Moroccan"),
        # an address and a sea: the last word names a place
        ("Lyndall Stein, 72, of Surrey Row, south London, was there.", "Surrey Row"),
        ("The submarine travelled to the Kara Sea and back.", "Kara Sea"),
        # a team is an organisation
        ("Telford charity shop Team Poundie has filled boxes.", "Team Poundie"),
        # a name the NER types an organisation elsewhere is not a speaker by the verb rule
        ("Saudi energy company Aramco said its profits jumped. Aramco says it will grow.",
         "Aramco"),
    ],
)  # fmt: skip
def test_nationalities_places_teams_and_companies_are_not_people(nlp, text, not_person):
    assert not_person not in _people(nlp, text)


def test_a_name_shown_to_be_a_person_is_one_at_each_mention(nlp):
    """One mention with evidence makes the others persons: the NER's organisation, a bare word."""
    text = "Ostapko, who fled, hid. Ostapko and others waited. Ostapko said it was over."
    doc = nlp(text)
    at = [i for i in range(len(text)) if text.startswith("Ostapko", i)]
    checked = [
        (at[0], at[0] + 7, None, "Ostapko", "person", "ner", "apposition"),
        (at[2], at[2] + 7, None, "Ostapko", "organization", "ner", "ner_only"),
        (text.index("hid"), text.index("hid") + 3, None, "hid", "organization", "ner", "ner_only"),
    ]
    out = actors._same_name_people(doc, checked)
    people = [(s, e, ev) for s, e, _, _, t, _, ev in out if t == "person"]
    assert people == [(s, s + 7, "apposition") for s in at]
    assert checked[2] in out  # another word keeps its type


@pytest.mark.parametrize(
    ("words", "label", "name"),
    [
        ("Riga Mayor Martins Stakis", "ORG", "Martins Stakis"),
        ("Kyiv City Council", "ORG", None),
        ("Defence Minister Office", "ORG", None),
        ("Foreign Minister of Ukraine", "ORG", None),
    ],
)
def test_the_name_after_a_title_inside_an_entity(words, label, name):
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("en")(words)
    found = actors._name_inside_entity(Span(doc, 0, len(doc), label=label))
    assert (found.text if found is not None else None) == name


@pytest.mark.parametrize(
    ("text", "surface", "n", "actor_name", "evidence"),
    [
        # the full name is typed an organisation, the lone surname too: the later mention
        # by surname is the person once the full name has evidence
        ("Foreign Ministry spokesman Oleg Nikolenko said Saturday. The stance is cynical, "
         "Nikolenko noted in a Facebook post.", "Nikolenko", 1, "Oleg Nikolenko", "surname"),
        # a surname that is also a town (the gazetteer's Kirillov)
        ("At a briefing, Lieutenant General Igor Kirillov, who heads the protection troops, "
         "spoke. Kirillov noted that such a scenario was likely.", "Kirillov", 1, "Igor Kirillov",
         "surname"),
        # a role noun before a name the NER types an organisation
        ("In this piece, BBC reporter and cricket historian Mo Allie considers sanctions.",
         "Mo Allie", 1, "Mo Allie", "title"),
        # "Fr." is a title, not part of the name
        ('"We are one family," said the pastor, Fr. Robert Hitchens.', "Robert Hitchens", 1,
         "Robert Hitchens", "title"),
        # a name the NER types an organisation in apposition to a noun of a person ...
        ("Ukraine's richest man, Rinat Akhmetov, said on Monday his company would exit. In a "
         "statement, Akhmetov said it would go.", "Rinat Akhmetov", 1, "Rinat Akhmetov",
         "apposition"),
        ("Ukraine's richest man, Rinat Akhmetov, said on Monday his company would exit. In a "
         "statement, Akhmetov said it would go.", "Akhmetov", 1, "Rinat Akhmetov", "surname"),
        # ... or after the office of chief of staff
        ("Last month, Orban's chief of staff Gergely Gulyas said he expected the parliament "
         "to approve it.", "Gergely Gulyas", 1, "Gergely Gulyas", "title"),
    ],
)  # fmt: skip
def test_later_mentions_and_roles_make_people(nlp, text, surface, n, actor_name, evidence):
    found = [
        m
        for m in extract_mentions(nlp(text))
        if m["surface"] == surface and m["actor_type"] == "person"
    ]
    assert len(found) == n
    assert {(m["actor_name"], m["evidence"]) for m in found} == {(actor_name, evidence)}


def test_a_role_that_also_describes_a_company_makes_no_person(nlp):
    """A name typed an organisation in apposition to "producer" or "partner" stays one."""
    text = (
        "In Greece, Selected Textiles, a small cotton yarn producer, has cut output. Bill "
        "Hare, chief executive of Climate Analytics, also a partner in the Climate Action "
        "Tracker, said the world was compounding the mistake."
    )
    people = [m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert "Selected Textiles" not in people
    assert "Climate Analytics" not in people


def test_a_lower_case_title_word_is_no_evidence(nlp):
    """ "major" before a name the NER types an organisation is an adjective, not a rank."""
    text = "Because major DDoS attacks are usually conducted with hacked devices, it failed."
    people = [m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert "DDoS" not in people


@pytest.mark.parametrize(
    ("text", "surface", "evidence"),
    [
        # listed with a person: the NER's one-word person has no other evidence
        ("Torquil and Margaret Pepper from Dromore are hosting a family.", "Torquil",
         "coordination"),
        ("Maria Taratyla gave birth to triplets Vicheslav, Sviatoslav and Vladyslav in "
         "hospital.", "Sviatoslav", "coordination"),
        # a role after the name and a comma (which vouches too for the word opening the
        # sentence before the surname the NER took alone)
        ("The aid is too little. Enver Solomon, CEO of the Refugee Council, said so.",
         "Enver Solomon", "first_name"),
        # the NER's span runs on over a dash into the next clause
        ("The hosts are Mo Gibson and Nichola Merrick - who both worked in a bureau.",
         "Nichola Merrick", "first_name"),
        # a hyphenated given name keeps its lower-case part
        ("Ban Ki-moon visited the town.", "Ban Ki-moon", "ner_only"),
        # draw 85: a full name the NER left unlabelled in a list with the people it labelled,
        # and a lone name further down the list, each joined to the one before it
        ("The rally also featured several other celebrities, including Bruce Springsteen, "
         "Elton John, Billie Eilish and Madonna.", "Billie Eilish", "first_name"),
        ("The rally also featured several other celebrities, including Bruce Springsteen, "
         "Elton John, Billie Eilish and Madonna.", "Madonna", "coordination"),
    ],
)  # fmt: skip
def test_lists_roles_after_names_and_cut_spans(nlp, text, surface, evidence):
    found = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert (surface, evidence) in {(m["surface"], m["evidence"]) for m in found}
    assert "coordination" in actors.EVIDENCE


@pytest.mark.parametrize(
    ("text", "surface", "evidence"),
    [
        # draw 74: a particle inside a name the NER typed an organisation; a name set off
        # after a noun of a person
        ("Theirworld plans more funding, the organization's president, Justin van Fleet, said "
         "in a statement.", "Justin van Fleet", "first_name"),
        ("One man, Mitra, just shrugged when asked if he would leave.", "Mitra", "apposition"),
    ],
)  # fmt: skip
def test_people_of_draw_74(nlp, text, surface, evidence):
    found = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert (surface, evidence) in {(m["surface"], m["evidence"]) for m in found}


@pytest.mark.parametrize(
    ("text", "surface", "evidence"),
    [
        # draw 89: names the NER left unlabelled after a capitalised title, and set off by
        # commas after the role of a place; their surnames later are the same people
        ("A street named in honor of Soviet Marshal Rodion Malinovsky was renamed. Malinovsky, "
         "a Ukrainian by origin, liberated much of Europe.", "Rodion Malinovsky", "title"),
        ("A street named in honor of Soviet Marshal Rodion Malinovsky was renamed. Malinovsky, "
         "a Ukrainian by origin, liberated much of Europe.", "Malinovsky", "surname"),
        ("Putin did not ask the visiting head of Guinea-Bissau, Umaro Sissoco Embalo, to relay "
         "any message. During Embalo's visit to Moscow, Putin briefed him.",
         "Umaro Sissoco Embalo", "apposition"),
        ("Putin did not ask the visiting head of Guinea-Bissau, Umaro Sissoco Embalo, to relay "
         "any message. During Embalo's visit to Moscow, Putin briefed him.", "Embalo",
         "surname"),
    ],
)  # fmt: skip
def test_people_of_draw_89(nlp, text, surface, evidence):
    found = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert (surface, evidence) in {(m["surface"], m["evidence"]) for m in found}


@pytest.mark.parametrize(
    "text",
    [
        # guards: one word after a title, a body set off after the role of one, a company
        # after initials that spell a title ("LT")
        "The plan was drafted by General Staff officers.",
        "The head of the company, Acme Holdings, declined to comment.",
        "It was inconsistent with the purported line of business of LT Trading Limited.",
    ],
)
def test_what_draw_89_adds_no_person_to(nlp, text):
    found = {m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"}
    assert not found & {"Staff", "General Staff", "Acme Holdings", "Trading", "Trading Limited"}


def test_a_body_named_after_a_body_word_is_that_body_where_it_speaks(nlp):
    """Draw 92: "The social media analytics firm Graphika" names a firm, and so does
    "Graphika said" later, though the NER calls every "Graphika" a person."""
    text = (
        "The social media analytics firm Graphika, which worked with Facebook, said the site "
        "was fake. \u201cThe site paid attention to tensions,\u201d Graphika said in a report "
        "released Tuesday. Graphika said the content appeared to be crafted."
    )
    found = [m for m in extract_mentions(nlp(text)) if m["surface"] == "Graphika"]
    assert [m["actor_type"] for m in found] == ["organization"] * 3


def test_people_and_bodies_of_draw_93(nlp):
    """Draw 93: a square named after a person is a place; a surname said to be a politician
    is a person though the NER calls it an organisation; a name listed between companies is
    one too."""
    text = (
        "In 2018 the square in front of the Russian embassy was renamed Boris Nemtsov Plaza. "
        "Nemtsov was a Russian opposition politician who was killed in 2015. Among them are "
        "big names like Coca-Cola, Kraft Heinz, and Pepsi."
    )
    found = {m["surface"]: m["actor_type"] for m in extract_mentions(nlp(text))}
    assert "Boris Nemtsov Plaza" not in found
    assert (found["Nemtsov"], found["Kraft Heinz"]) == ("person", "organization")


def test_where_a_person_comes_from_is_no_person(nlp):
    """Draw 75: "Dr de Rijk from Nant Peris" names a village the gazetteer does not know;
    "a letter from John Smith" still names a person."""
    text = (
        "Another had to be persuaded to leave. Dr de Rijk from Nant Peris decided to act "
        "after talking to a Polish psychotherapist."
    )
    assert "Nant Peris" not in {m["surface"] for m in extract_mentions(nlp(text))}
    people = {m["surface"] for m in extract_mentions(nlp("She got a letter from John Smith."))}
    assert "John Smith" in people


def test_a_first_name_after_a_determiner_is_a_thing(nlp):
    """Draw 74: "his Oscar statuette", "which Oscar he parted with" name an award; "Oscar
    Jonsson" and "She met Oscar" still name people."""
    doc = nlp(
        "Sean brought his Oscar statuette as a symbol of faith. While it is unclear which "
        "Oscar he parted with, he stayed."
    )
    assert "Oscar" not in {m["surface"] for m in extract_mentions(doc)}
    people = {m["surface"] for m in extract_mentions(nlp("She met Oscar in Kyiv."))}
    assert "Oscar" in people


def test_a_list_does_not_make_a_plural_a_person(nlp):
    text = "Britons and Aiden Aslin were captured."
    people = [m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert "Britons" not in people


@pytest.mark.parametrize(
    ("text", "surface", "evidence"),
    [
        # the NER labels the name a place: a family word or a role says it is a person
        ("His mum, Marina, was scared for his life.", "Marina", "title"),
        ("She was trying to focus on baby Victoria, named after victory.", "Victoria", "title"),
        # (the role after the name vouches for the word opening the sentence: German is the
        # minister's first name)
        ("German Galushchenko, Ukraine's energy minister, said the plant was safe.",
         "German Galushchenko", "first_name"),
    ],
)  # fmt: skip
def test_a_place_label_in_a_person_context_is_a_person(nlp, text, surface, evidence):
    found = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert (surface, evidence) in {(m["surface"], m["evidence"]) for m in found}


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("Groups hoping to host Ukrainians plan to act.", "Ukrainians"),
        ("It is unusual for a major Chinese company to do so.", "Chinese"),
        ("Last Friday, the Ukrainian president spoke.", "Last Friday"),
        # a people with a word before it, and the people alone after it (draw 38)
        (
            "Ukraine takes its toll on the country. Furious Russians blasted their country's "
            "leaders for going to war. A poll shows that 88 percent of Russians are concerned.",
            "Furious Russians",
        ),
        (
            "Ukraine takes its toll on the country. Furious Russians blasted their country's "
            "leaders for going to war. A poll shows that 88 percent of Russians are concerned.",
            "Russians",
        ),
        (
            "Jubilant Ukrainians said they expected their team to win. Because we are Ukrainians!",
            "Jubilant Ukrainians",
        ),
        # a nationality in the singular after a word that is no first name (draw 39)
        (
            "Keys beat Petra Kvitova on Friday in Mason, Ohio. (AP Photo/Jeff Dean) Unseeded "
            "American Madison Keys, also a 2019 winner in the event, reached the final.",
            "Unseeded American",
        ),
        (
            'However, the attack seems to be ongoing. "Coordinated Russian services are behind '
            'the cyber attack," the ANB said in a statement.',
            "Coordinated Russian",
        ),
        # words of a quoted title (draw 39)
        (
            "The summit will take place in Bali, focusing on the theme “Recover Together, Recover "
            "Stronger.” Russia’s ambassador, Lyudmila Vorobieva, said Putin would attend.",
            "Recover Stronger",
        ),
    ],
)
def test_plurals_nationalities_and_dates_stay_no_people(nlp, text, not_person):
    assert not_person not in _people(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        # a region word anywhere in the name
        ("Belgorod Oblast and Kurgan Oblast in Siberia announced restrictions. Kurgan Oblast "
         "officials agreed.", "Kurgan Oblast"),
        ("The men were held in Scott County jail.", "Scott County"),
        ("The messages came from the pro-Wagner Grey Zone channel.", "Grey Zone"),
        # a weapon the NER labels a person again and again
        ("Poseidon is a nuclear torpedo. Poseidon can travel far. Experts say Poseidon is "
         "a threat.", "Poseidon"),
        # a one-word name the document places: "the town of ..."
        ("There was fighting around the town of Balakleiia. Troops surprised defenders at "
         "Balakleiia. Balakleiia is encircled.", "Balakleiia"),
        # a one-word name the document makes a group: "the X"
        ("Petrukova said. The Kovalchuks died at home in their apartment. The Kovalchuks "
         "were among at least five people killed. Together since their university days, the "
         "Kovalchuks were inseparable.", "Kovalchuks"),
    ],
)  # fmt: skip
def test_regions_weapons_and_placed_names_are_not_people(nlp, text, not_person):
    assert not_person not in _people(nlp, text)


def test_a_name_typed_an_organisation_elsewhere_is_no_speaker(nlp):
    """ "Stern said": the verb rule does not make a person of a name typed an organisation;
    the speaking name is that organisation."""
    text = "The Stern magazine said so. Stern said more."
    doc = nlp(text)
    second = text.index("Stern", 5)
    found = [
        (4, 9, None, "Stern", "organization", "ner"),
        (second, second + 5, None, "Stern", "person", "ner"),
    ]
    checked = actors.check_people(doc, found)
    assert [row[4] for row in checked] == ["organization", "organization"]
    alone = actors.check_people(doc, found[1:])
    assert [(row[4], row[6]) for row in alone] == [("person", "speaker")]


def test_a_general_staff_is_no_person(nlp):
    text = "In a post on Monday, Ukraine's General Staff called the troops heroes."
    people = [m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert "Staff" not in people


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        # a first name ending the sentence before is no evidence for the next word
        ("I never heard anything so outrageous, said Kelly. NASA has remained silent. NASA "
         "trains cosmonauts.", "NASA"),
        # a noun for an outlet or a company right before the name
        ("According to Russian news outlet Mash, the truck crossed the bridge.", "Mash"),
        # a vessel: the flag it sails under before its name
        ("Satellite images showed the Russian-flagged Matros Pozynich at dockside in Latakia.",
         "Matros Pozynich"),
        # a place after a place and a comma, then "who"
        ("Ms Dawes Knowles, from Bluntisham, Cambridgeshire, who started the charity, spoke.",
         "Cambridgeshire"),
        # an adjective of a people before a plural
        ("Sweden was accused of willingness to host Kurdish militants.", "Kurdish"),
    ],
)  # fmt: skip
def test_outlets_addresses_and_adjectives_are_not_people(nlp, text, not_person):
    assert not_person not in _people(nlp, text)


def test_a_full_name_after_a_body_noun_stays_a_person(nlp):
    text = "The chief designer of the spacecraft manufacturer Vladimir Solovyov said so."
    people = [m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert "Vladimir Solovyov" in people


def test_a_lower_case_registry_name_is_not_cut(nlp):
    text = "And never forget that when donald trump withheld military aid, nobody spoke."
    found = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert [(m["surface"], m["actor_name"]) for m in found] == [("donald trump", "Donald Trump")]


def test_only_vouching_evidence_spreads_to_other_mentions(nlp):
    """The NER's label alone, or a bare "the ..." apposition, does not make other mentions people."""
    text = "Visa and Mastercard acted. Mastercard said so. Cards of Mastercard failed."
    doc = nlp(text)
    at = [i for i in range(len(text)) if text.startswith("Mastercard", i)]
    checked = [
        (at[0], at[0] + 10, None, "Mastercard", "person", "ner", "ner_only"),
        (at[1], at[1] + 10, None, "Mastercard", "organization", "ner", "ner_only"),
    ]
    out = actors._same_name_people(doc, checked)
    assert [row[4] for row in out] == ["person", "organization"]
    vouched = [(at[0], at[0] + 10, None, "Mastercard", "person", "ner", "title"), checked[1]]
    assert [row[4] for row in actors._same_name_people(doc, vouched)] == ["person"] * 3


@pytest.mark.parametrize(
    ("right", "expected"),
    [
        (", CEO of the Refugee Council, said", True),
        (", Ukraine's energy minister, said", True),
        # two roles joined: the second, of four words, still names the first
        (", the founder and executive director of the Wildcat Sanctuary, said", True),
        (", a town in the east of the country, was shelled", False),
        (", President of Russia Vladimir Putin, had", False),  # the role of the next name
        (", the capital, was shelled", False),
    ],
)
def test_a_role_after_a_name(right, expected):
    assert actors._role_after(right) is expected


@pytest.mark.parametrize(
    ("text", "word", "thing"),
    [
        ("Shakhtar, which was top of the league, left Donetsk.", "Shakhtar", True),
        ("A bullet from the Sumrak traveled 4,210 meters.", "Sumrak", True),
        ("Nazarii, 17, fled. Nazarii is safe now, and Nazarii says so.", "Nazarii", False),
    ],
)
def test_a_lone_word_the_text_makes_a_thing(text, word, thing):
    assert _thing_like(text, word) is thing


@pytest.mark.parametrize("mark", ["\u00b4", "\u02bc", "`"])
def test_a_character_typed_for_an_apostrophe_is_read_as_one(nlp, mark):
    # the AP's stories as one outlet publishes them write "Russia´s" and "didn´t"
    text = "Russia's President Vladimir Putin's spokesman said the troops' morale didn't fall."
    text = text.replace("'", mark)
    doc = nlp(text)
    found = {m["actor_id"] for m in extract_mentions(doc)}
    assert {"russia", "putin"} <= found
    words = [t.text for t in doc]
    assert words[:2] == ["Russia", f"{mark}s"] and f"n{mark}t" in words and mark in words
    # the pieces are read as their apostrophe forms: the same parse as with "'"
    same = nlp(text.replace(mark, "'"))
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in same]
    assert doc.text == text


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # a first name joined by "and" to a full name shares its surname, here and later
        ("The ruins belonged to Oksana and Nicola Laba. Oksana said it was home.", "Oksana",
         "Oksana Laba"),
        ("John and Mary Smith said they left. John said it was sad.", "John", "John Smith"),
        # a surname before the "and" is no first name: Kuleba stays Kuleba
        ("Kuleba and John Smith met on Monday.", "Kuleba", "Dmytro Kuleba"),
        # draw 72 (from draw 71's errors): "Wallace" a first name; "Mr" the husband's title,
        # "Mrs" the wife's
        ("Wallace and Margaret Pepper from Dromore are hosting the family. Mr Pepper said it "
         "was a privilege.", "Wallace", "Wallace Pepper"),
    ],
)  # fmt: skip
def test_a_first_name_before_and_shares_the_full_names_surname(nlp, text, surface, name):
    names = {m["actor_name"] for m in extract_mentions(nlp(text)) if m["surface"] == surface}
    assert names == {name}


def test_a_couples_surname_after_a_title_is_the_one_of_that_gender(nlp):
    """Draw 72 (from draw 71's errors): "Mr Pepper" is Wallace, "Mrs Pepper" Margaret."""
    doc = nlp(
        "Wallace and Margaret Pepper from Dromore are hosting the family. Mr Pepper said it "
        "was a privilege. Mrs Pepper says having a new born in the house was wonderful."
    )
    titled = [m["actor_name"] for m in extract_mentions(doc) if m["surface"] == "Pepper"]
    assert titled == ["Wallace Pepper", "Margaret Pepper"]


def test_an_acronym_names_the_body_the_text_spells_out(nlp):
    """Draw 72: "GAO" is the Government Accountability Office whose name the registry's "U.S."
    cut off before the NER could take it, and "OMB", which the NER left, the Office of
    Management and Budget; a name that ends on no body's word lends nothing ("ROC")."""
    doc = nlp(
        "The U.S. Government Accountability Office found that the Office of Management and "
        "Budget violated federal law. \u201cOMB withheld funds for a policy reason,\u201d "
        "the report reads. OMB rejected GAO\u2019s findings. The Resistance Operating "
        "Concept was developed in 2013, CNN said. The ROC represents a new approach."
    )
    named = {(m["surface"], m["actor_name"]) for m in extract_mentions(doc)}
    assert ("OMB", "Office of Management and Budget") in named
    assert ("GAO", "Government Accountability Office") in named
    assert ("Government Accountability Office", "Government Accountability Office") in named
    assert not [m for m in extract_mentions(doc) if m["surface"] == "ROC"]


def test_a_surname_the_text_titles_elsewhere_completes_a_first_name(nlp):
    doc = nlp("They are staying with their host Serena Last in Bury St Edmunds. Ms Last said "
              "she had met Dalia.")  # fmt: skip
    people = [(m["surface"], m["actor_name"]) for m in extract_mentions(doc)]
    assert ("Serena Last", "Serena Last") in people and ("Last", "Serena Last") in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # scraped text that lost the space after a bracket and a full stop
        ("He was captured in the Donetsk People's Republic (DPR).Aslin, 28, was sentenced.",
         "Aslin"),
        # ...or after a closing quote mark
        ("“Putin does not like critics,” she said.“He is afraid.”Clinton said she had met him.",
         "Clinton"),
        ("It is “a new state of terror,”Kuleba said on Monday.", "Kuleba"),
        # ...or after a semicolon in a list
        ("Those banned include Mark Galeotti, political scientist;Joseph Barnes, Daily "
         "Telegraph correspondent.", "Joseph Barnes"),
    ],
)  # fmt: skip
def test_a_name_glued_to_the_sentence_before_is_a_word_of_its_own(nlp, text, name):
    doc = nlp(text)
    assert name.split()[0] in [t.text for t in doc]
    assert doc.text == text
    assert any(m["surface"] == name for m in extract_mentions(doc))


@pytest.mark.parametrize(
    "text",
    [
        "But Kosovo Serbs responded furiously to the measures.",
        "Talking to Ukrainian MPs, the paper was told of losses.",
        "The jets have better tech than Russian Migs.",
    ],
)
def test_a_plural_after_a_place_or_people_is_no_person(nlp, text):
    assert not [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]


@pytest.mark.parametrize(
    ("word", "actor_id"),
    [("Zelenksyy", "zelensky"), ("Guiliani", "giuliani"), ("Klitshcko", "klitschko")],
)
def test_a_registered_name_with_two_letters_swapped_is_that_person(nlp, word, actor_id):
    doc = nlp(f"“The state will not change anything,” {word} said in another message.")
    assert [(m["surface"], m["actor_id"]) for m in extract_mentions(doc)] == [(word, actor_id)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a building or site, not a person
        ("A famous monastery in eastern Ukraine, Svyatohirsk Lavra, caught fire. Russians "
         "hung bells near St Sophia Cathedral in Kyiv.", []),
        ("Charlotte Church sang at the concert.", ["Charlotte Church"]),
        # a name the NER types an organisation elsewhere in the article is one
        # ...but not a photo caption's "FILE - Edith Stein" the NER took for one
        ("Pope Francis made Edith Stein a saint. FILE - Edith Stein is shown in an undated "
         "photo.", ["Pope Francis", "Edith Stein"]),
        ("Prices rose, according to energy consultant Cornwall Insight. Cornwall Insight "
         "expects more.", []),
        # a gate is a site ("Berlin's Brandenburg Gate"), a band a body set off as one
        ("The band played a concert at Berlin's Brandenburg Gate on Sunday.", []),
        ("Kalush Orchestra, the Ukrainian band which won this year's Eurovision Song Contest, "
         "played in Berlin.", []),
        # a name with a word in capitals the NER guessed is an acronym's ("Benchmark CBOT")
        ("Chicago Board of Trade wheat rose on Monday. Benchmark CBOT wheat futures hit a "
         "record high of $13.63 a bushel in March. CBOT "
         "December corn ended up 10 cents at $6.90 a bushel. After the close of the CBOT, the "
         "USDA rated the crop.", []),
        # a region or a venue named after the name, an orchestra named by its city
        ("The animals were quarantined in the city of Suzdal, Vladimir region, and then "
         "arrived at the Khasan railway checkpoint.", []),
        ("About 50 people were killed in a blaze at the Lame Horse nightclub in the city of "
         "Perm.", []),
        ("There were concerts by Sydney Symphony, Keith Urban, Tina Arena and others.",
         ["Keith Urban", "Tina Arena"]),
        # a role in the next sentence is no apposition of a name ending its own
        ("The Ukrainian military said early on Friday Russian forces were trying to evacuate "
         "wounded personnel and damaged military equipment in the areas of Vilkhuvatka "
         "village, southwest of Kharkiv, and Borodyansky, to the southeast. US secretary of "
         "state Antony Blinken said Ukrainian troops had advanced.", ["Antony Blinken"]),
    ],
)  # fmt: skip
def test_buildings_and_companies_are_no_persons(nlp, text, people):
    mentions = extract_mentions(nlp(text))
    assert [m["surface"] for m in mentions if m["actor_type"] == "person"] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The Independent MP for Islington North, formerly Labour MP, will join a panel. "
         "Instead, the Islington North MP advocated using the money.", []),
        ("Oliver North said nothing to the committee.", ["Oliver North"]),
    ],
)  # fmt: skip
def test_a_name_ending_in_a_compass_point_is_a_place_unless_it_starts_with_a_first_name(
    nlp, text, people
):
    mentions = extract_mentions(nlp(text))
    assert [m["surface"] for m in mentions if m["actor_type"] == "person"] == people


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # two first names are one person's, not a first name inside a name
        ("An angry Pompeo asked Mary Louise Kelly, host of the show, about it.",
         "Mary Louise Kelly"),
        ("The court heard from Juan Fernando Serrano on Monday.", "Juan Fernando Serrano"),
        # a surname that is also a word of shops stays a name
        ("Prime Minister Jonas Gahr Store said Norway would help.", "Jonas Gahr Store"),
    ],
)  # fmt: skip
def test_full_names_are_not_cut_at_an_inner_first_name(nlp, text, kept):
    people = [m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert kept in people


def test_another_spelling_of_a_registered_name_is_the_registered_person(nlp):
    found = extract_mentions(nlp("A court convicted Yanukovitch of treason in 2019."))
    assert [m["actor_id"] for m in found if m["surface"] == "Yanukovitch"] == ["yanukovych"]


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        # the surname alone is no alias (many Johnsons), but Britain's Johnson is Boris
        ("Britain’s Johnson urged Western allies to stand by Ukraine.", "Johnson", "johnson"),
        ("The United Kingdom's Johnson spoke first.", "Johnson", "johnson"),
        # no registered American is called Johnson
        ("America's Johnson won the race.", "Johnson", None),
    ],
)  # fmt: skip
def test_a_surname_after_its_state_is_that_states_registered_person(nlp, text, surface, actor_id):
    found = [m for m in extract_mentions(nlp(text)) if m["surface"] == surface]
    assert [m["actor_id"] for m in found if m["actor_id"]] == ([actor_id] if actor_id else [])


@pytest.mark.parametrize(
    ("text", "surface", "person"),
    [
        # an age after a name, at the end of a list, makes the NER's organisation a person
        ("The dead were named as Svetlana Bardakova, 59, Olga Savishchenko, 43, and Ulyana "
         "Frants, 36.", "Ulyana Frants", True),
        # "whose" follows bodies too, and a word after an article is a noun, not a name
        ("Among them is an NGO called Truth Hounds, whose staff have been trained.",
         "Truth Hounds", False),
        ("She wrote of the former Marine, who began a 16-year sentence in 2020.", "Marine", False),
    ],
)  # fmt: skip
def test_who_or_an_age_after_an_organisation_label(nlp, text, surface, person):
    people = {m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"}
    assert (surface in people) is person


@pytest.mark.parametrize(
    ("text", "acronym", "name"),
    [
        # the acronym of a body the document spells out is that body, wherever it stands
        ("The cubs were found in Kyiv, the International Fund for Animal Welfare said. They "
         "were moved to Poland, according to the IFAW.", "IFAW",
         "International Fund for Animal Welfare"),
        ("Armenia may leave the CSTO, officials said. The Collective Security Treaty "
         "Organization has six members.",
         "CSTO", "Collective Security Treaty Organization"),
        # two bodies with those initials: the acronym stays as written
        ("The International Fund for Animal Welfare and the Irish Federation of Athletics and "
         "Wrestling met. The IFAW said so.", "IFAW", "IFAW"),
    ],
)  # fmt: skip
def test_an_acronym_is_named_by_the_body_the_document_spells_out(nlp, text, acronym, name):
    found = [m for m in extract_mentions(nlp(text)) if m["surface"] == acronym]
    assert found and {m["actor_name"] for m in found} == {name}
    assert {m["actor_id"] for m in found} == {None}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the NER labels neither "Stansilaw Iwanejko" nor "Iwanejko"
        ('Stansilaw Iwanejko lamented as he recalled his friends. "It was very loud," '
         "Mr Iwanejko added.", ["Iwanejko", "Iwanejko"]),
        ("Mrs Gatley said a member of the regiment told her.", ["Gatley"]),
        # a place or a registered name after an honorific stays what it is
        ("Mr Kyiv is not a person here.", []),
    ],
)  # fmt: skip
def test_a_name_after_an_honorific_is_a_person_titled(nlp, text, names):
    people = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert [m["surface"] for m in people] == names
    assert all(m["evidence"] in ("title", "surname") for m in people)


def test_a_surname_with_two_letters_swapped_is_the_person_named_in_full(nlp):
    text = (
        "Treasurer Jim Chalmers spoke on Sunday. Mr Chamlers told the host that the "
        "government was making progress."
    )
    people = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert [(m["surface"], m["actor_name"]) for m in people] == [
        ("Jim Chalmers", "Jim Chalmers"),
        ("Chamlers", "Jim Chalmers"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # one letter dropped, of the one person so named
        ("21-year-old Russian serviceman Vadim Shishimarin is accused of killing a civilian, "
         "according to Iryna Venediktova, Ukraine's prosecutor general. The civilian was shot, "
         "Venediktova alleged. Shishmarin is charged with murder.", "Shishmarin",
         "Vadim Shishimarin"),
        # one letter added, of two people so named the one named last before
        ("Ksenia Sobchak fled to Lithuania. Foreign Minister Gabrielius Landsbergis said it "
         "could not occur. Landsbergis said Sobschak might already have left Lithuania. Her "
         "father, Anatoly Sobchak, was mayor.", "Sobschak", "Ksenia Sobchak"),
        # two letters side by side swapped
        ("Pavlo Kukhta, an adviser to the energy minister, spoke on Monday. But while "
         "Kuktha stressed that Ukrainians have been repairing the damage, there is potential "
         "for things to get worse.", "Kuktha", "Pavlo Kukhta"),
    ],
)  # fmt: skip
def test_a_surname_misspelt_by_one_letter_is_the_person_named_in_full(nlp, text, surface, name):
    people = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert (surface, name) in [(m["surface"], m["actor_name"]) for m in people]


def test_a_surname_with_an_s_for_the_family_is_no_misspelling(nlp):
    text = (
        "Oleksandr Zamchenko and his wife left Kharkiv in March. The Zamchenkos now live in "
        "a flat in Lviv, where the Zamchenkos opened a bakery."
    )
    people = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert "Zamchenkos" not in [m["surface"] for m in people]


def test_a_titled_surname_with_a_stray_s_is_the_person_named_in_full(nlp):
    text = (
        "Andrew Crook, president of the Fish Friers, said prices rose. Mr Crook wants more "
        "stocks. With VAT returning to 20%, Mr Crooks is calling on the government to act."
    )
    people = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert [(m["surface"], m["actor_name"]) for m in people][-1] == ("Crooks", "Andrew Crook")


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # an abbreviated rank with a full stop is one word, not the end of a sentence
        ("On Tuesday, Brig. Gen. Pat Ryder told reporters the war was far from over.",
         "Pat Ryder", "Pat Ryder"),
        ("Capt. John Smith and Sgt. Mary Jones spoke to reporters on Monday.", "Mary Jones",
         "Mary Jones"),
        # ... and a rank written without one is a title: the surname after it is the person
        # named in full before, not a person called "Capt Palamar"
        ("Speaking from the plant, Svyatoslav Palamar from the Azov regiment said the city "
         "was surrounded. Capt Palamar said the Russians had fired on the steel plant from "
         "warships.", "Palamar", "Svyatoslav Palamar"),
        ('Major Oleg Kravchenko drove towards a forward medical post. "Every day it is '
         'blood," said Maj Kravchenko, a burly figure who heads the medical teams.',
         "Kravchenko", "Oleg Kravchenko"),
    ],
)  # fmt: skip
def test_an_abbreviated_rank_is_a_title(nlp, text, surface, name):
    doc = nlp(text)
    assert doc.text == text
    ranks = ("Brig.", "Capt.", "Sgt.")
    assert not any(s.text.rstrip().endswith(ranks) for s in doc.sents)
    people = [(m["surface"], m["actor_name"]) for m in extract_mentions(doc)]
    assert (surface, name) in people
    assert not [m for m in extract_mentions(doc) if m["surface"].split()[0] in ("Capt", "Maj")]


def test_retired_is_no_title_of_its_own(nlp):
    doc = nlp("The Arizona Alliance for Retired Americans filed the complaint on Monday.")
    assert not [m for m in extract_mentions(doc) if m["actor_type"] == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "One survivor, who gave her name as Venera, said she had wanted to save her kittens.",
        "A soldier who asked to be identified as Taras said the shelling went on all night.",
    ],
)
def test_a_name_someone_gives_is_a_person(nlp, text):
    people = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert [(m["surface"], m["evidence"]) for m in people] in (
        [("Venera", "apposition")],
        [("Taras", "apposition")],
    )


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        # animals, wherever the text names them after introducing them
        ("He gave the example of his dog Dilyn and Downing Street cat Larry. If Dilyn and "
         "Larry can put their differences behind them, so can we, Boris Johnson said.",
         {"Dilyn", "Larry"}),
        # ... also after a comma, though the name is a first name too (dev/)
        ("One thing was still missing — their beloved cat, Arsenii. She flew to pick up "
         "Arsenii, bringing him home.", {"Arsenii"}),
        # a firm named after "the firm of"
        ("Jay S. Auslander, a top debt lawyer at the firm of Wilk Auslander in New York, said "
         "creditors would wait.", {"Wilk Auslander"}),
        # places listed after "the villages of"
        ("Russia said it captured the villages of Verbivka and Volokhiv Yar on Friday.",
         {"Volokhiv Yar"}),
        # a speaker the text makes a thing with "which"
        ("Kwasi Kwarteng wrote to EDF, Drax and Uniper. Drax, which mothballed two "
         "coal-fired units, said it was talking to the government.", {"Drax"}),
        # a ship named a person's name by the NER, a ship where the text says so
        ("Research ship Akademik Boris Petrov travelled through the gap on Friday. A warship "
         "moved to escort Akademik Boris Petrov if it continued.", {"Akademik Boris Petrov"}),
    ],
)  # fmt: skip
def test_animals_firms_places_and_ships_are_no_people(nlp, text, not_person):
    people = {m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"}
    assert not people & not_person


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a person named after a kinship word stays one; a name after "a dog" is not
        ("Her daughter Larisa and the dog Bim left the city.", "Larisa"),
        # a person who speaks is one when no "which" follows
        ("Kovalenko, 45, said the city was quiet.", "Kovalenko"),
        # a full name after "the firm of" is its founder's name too
        ("He joined the firm of John Smith in 1990.", "John Smith"),
        # "bear" before a name is a verb, not an animal
        (
            "Documents that bear Zelensky's name were forged, Tkachenko said. The papers did "
            "not bear Tkachenko's seal.",
            "Tkachenko",
        ),
    ],
)
def test_people_near_the_new_exclusions_stay_people(nlp, text, person):
    people = {m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"}
    assert person in people


def test_a_first_name_labelled_an_organisation_once_stays_a_person():
    # the organisation a row of the check made spreads to the same words the NER alone
    # calls a person, but not to a common first name
    text = "Tania says. The allegations against Tania. Ship Akademik Petrov sailed. Akademik Petrov"
    tania, ship = text.rfind("Tania"), text.find("Akademik")
    rows = [
        (0, 5, None, "Tania", "person", "ner", "ner_only"),
        (tania, tania + 5, None, "Tania", "organization", "ner", "ner_only"),
        (ship, ship + 15, None, "Akademik Petrov", "organization", "ner", "ner_only"),
        (len(text) - 15, len(text), None, "Akademik Petrov", "person", "ner", "ner_only"),
    ]
    assert [text[r[0] : r[1]] for r in rows] == ["Tania"] * 2 + ["Akademik Petrov"] * 2
    types = [r[4] for r in actors._bodies_elsewhere(text, rows)]
    assert types == ["person", "organization", "organization", "organization"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "Volokhiv Yar" is a village; a misspelt "Volokiv Yar" the NER calls a person does
        # not make "Yar" in it that person's surname
        ("Russia said Ukraine captured the villages of Verbivka and Volokhiv Yar. Bloggers "
         "claimed troops were in the centre of Volokiv Yar on Friday.", "Yar"),
        # a generational suffix alone is no one
        ("Duterte was succeeded by Ferdinand Marcos Jr. in June. After the meeting, Marcos "
         "Jr. said he looked forward to it. Calls grew for the Marcos Jr. administration to "
         "act.", "Jr."),
    ],
)  # fmt: skip
def test_a_word_that_is_no_ones_surname(nlp, text, word):
    assert word not in {m["surface"] for m in extract_mentions(nlp(text))}


def test_a_surname_before_a_generational_suffix_stands_for_the_full_name(nlp):
    text = (
        "Gen. Charles Q. Brown Jr., chief of the Air Force, said the decision was the "
        "president's. \u201cI can\u2019t tell you how we should respond,\u201d Brown told reporters."
    )
    names = {m["surface"]: m["actor_name"] for m in extract_mentions(nlp(text))}
    assert names["Brown"] == "Charles Q. Brown Jr."


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a body noun before the name, commas on both sides
        ("Russian tabloid newspaper, Moskovsky Komsomolets, quoted a military analyst.",
         "Moskovsky Komsomolets"),
        # a body noun heading the apposition after it
        ("Rossiyskaya Gazeta, a newspaper published by the Russian government, gave the same "
         "version of events.", "Rossiyskaya Gazeta"),
        # a body noun right after a one-word name
        ("Svitlana Tsybak, the chief executive of Beykush winery and president of the Ukrainian "
         "association of craft winemakers, said the harvest went on.", "Beykush"),
        # the phrase's last noun is its head: a group, though "hacker" is a role (draw 38)
        ("The Treasury attributed the attacks to Killnet, the Russian hacker group that "
         "claimed them. Killnet claimed on Oct. 11 that it had attacked.", "Killnet"),
        # a name set beside a body once is that body where it speaks alone
        ("Ukraine takes its toll. Ukrposhta, the country's postal service, announced a stamp. "
         "\"We will send letters,\" Ukrposhta wrote.", "Ukrposhta"),
    ],
)  # fmt: skip
def test_a_name_in_apposition_to_a_body_noun_is_that_body(nlp, text, body):
    types = {m["surface"]: m["actor_type"] for m in extract_mentions(nlp(text))}
    assert types.get(body) == "organization"


@pytest.mark.parametrize(
    ("text", "surface", "actor_type"),
    [
        # a body whose name ends in a people stays a body
        ("Hannah Beaton-Hawryluk, the chair of the Edinburgh branch of the Association of "
         "Ukrainians in Great Britain, spoke.", "Association of Ukrainians", "organization"),
        # a role before a preposition heads the apposition: a person at a foundation
        ("Lawmakers met Mitch McConnell and Bradley Bowman, a scholar at the Foundation for "
         "Defense of Democracies, on Tuesday.", "Bradley Bowman", "person"),
        # adjectives set off by a comma before the body noun
        ("Ohio asked stores to stop selling vodka made by Russian Standard, the only overseas, "
         "Russian-owned distillery with vodka sold in Ohio.", "Russian Standard",
         "organization"),
    ],
)  # fmt: skip
def test_the_head_of_an_apposition_decides_a_name(nlp, text, surface, actor_type):
    types = {m["surface"]: m["actor_type"] for m in extract_mentions(nlp(text))}
    assert types.get(surface) == actor_type


def test_a_body_noun_before_a_role_leaves_the_person():
    # "a newspaper editor" is a person's role, not a newspaper
    text = "Kuzmenko, a newspaper editor, said no."
    doc = spacy.blank("en")(text)
    doc[4].pos_ = "NOUN"  # "editor"
    assert not actors._apposed_body(doc, text, 0, len("Kuzmenko"), frozenset())
    text = "Kuzmenko, a newspaper, said no."
    assert actors._apposed_body(spacy.blank("en")(text), text, 0, len("Kuzmenko"), frozenset())


def test_a_name_with_a_hyphenated_particle_is_a_person(nlp):
    text = (
        "In a message aimed at 'the West,' Saud al-Shaalan is seen in a video saying "
        "'anybody who challenges the existence of this kingdom, we are all projects of martyrdom'."
    )
    people = {m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"}
    assert "Saud al-Shaalan" in people


def test_a_word_after_a_name_particle_is_no_first_name(nlp):
    text = (
        "Saud al-Shaalan is seen in a video. 'The Government of the Kingdom of Saudi Arabia "
        "would first like to express its total rejection of these statements,' bin Farhan Al "
        "Saud said in a statement."
    )
    names = {m["actor_name"] for m in extract_mentions(nlp(text)) if m["start_char"] > 40}
    assert "Saud al-Shaalan" not in names


def test_a_surname_after_a_name_particle_stays_a_surname(nlp):
    text = (
        "Shell chief executive Ben van Beurden will step down. Mr van Beurden said he was "
        "proud of the company."
    )
    names = {m["actor_name"] for m in extract_mentions(nlp(text)) if m["start_char"] > 50}
    assert names == {"Ben van Beurden"}


@pytest.mark.parametrize(
    ("text", "name", "actor_type"),
    [
        # the name is apposed to the editor, not to the magazine of the editor
        ("The authorities detained the former editor-in-chief of Tatler Russia magazine, "
         "Arian Romanovsky. He has been charged with extortion.", "Arian Romanovsky", "person"),
        # a place before a body noun is where the body is, not its name
        ("The ambulances were converted by a Yorkshire company and sent to Lviv.",
         "Yorkshire", "place"),
    ],
)  # fmt: skip
def test_names_near_a_body_noun_keep_their_type(nlp, text, name, actor_type):
    types = {m["surface"]: m["actor_type"] for m in extract_mentions(nlp(text))}
    assert types.get(name) == actor_type


def test_the_first_word_of_a_body_alone_is_that_body(nlp):
    # "Henley said" after "Henley & Partners"; "Tania says" stays a person, a first name
    text = (
        "The migration data came from Henley & Partners, a London-based firm. Henley said the "
        "United Arab Emirates is expected to gain. Tania says the Tania Foundation is new."
    )
    types = {m["surface"]: m["actor_type"] for m in extract_mentions(nlp(text))}
    assert types["Henley"] == "organization"
    assert types["Tania"] == "person"


def test_a_first_name_that_is_also_a_place_is_the_person_named_in_full_with_it(nlp):
    text = (
        "Nina Malenok's home is just by the side of a road that Russian troops used. "
        "Wedged into the yard of Nina's home is the tail of a rocket. \"I heard it land "
        'in my yard," said Nina. Even after the withdrawal, Nina does not feel safe.'
    )
    people = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert [(m["surface"], m["actor_name"]) for m in people] == [
        ("Nina Malenok", "Nina Malenok"),
        ("Nina", "Nina Malenok"),
        ("Nina", "Nina Malenok"),
        ("Nina", "Nina Malenok"),
    ]


def test_lidiya_is_a_first_name(nlp):
    text = (
        "For Lidiya Bilousova, it's the second time in her life she sees war. "
        '"There is nothing good about war," Lidiya said.'
    )
    people = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert [(m["surface"], m["actor_name"]) for m in people] == [
        ("Lidiya Bilousova", "Lidiya Bilousova"),
        ("Lidiya", "Lidiya Bilousova"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a place before a weekday is no full name of a person
        "Protesters rallied in Sofia Wednesday. Crowds gathered in downtown Sofia in front "
        "of the presidency, and Sofia's stance angered Moscow.",
        # a first name inside an organisation's name is no person
        "Martin Sixsmith wrote about it. One of Lockheed Martin's concepts is to fire it "
        "from a ship, Lockheed Martin said.",
    ],
)
def test_a_first_name_of_a_place_or_a_firm_stays_no_person(nlp, text):
    people = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert "Sofia" not in [m["surface"] for m in people]
    assert "Martin" not in [m["surface"] for m in people]


def test_a_place_named_after_someone_is_no_misspelling_of_his_name(nlp):
    text = (
        "A polar bear was saved in the Arctic settlement of Dikson on Thursday. The "
        "settlement was named after Oscar Dickson, a Swedish patron of Arctic exploration."
    )
    people = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert "Dikson" not in [m["surface"] for m in people]


def test_a_first_name_after_a_title_is_still_a_person(nlp):
    text = "One of Prince Charles's charities received the money, a spokesman said."
    people = [m for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert "Charles" in [m["surface"] for m in people]


def test_a_person_called_by_the_first_name_stays_a_person(nlp):
    # the BBC calls ordinary people by their first names, and "she", never "it"
    text = (
        "Anubhav Bhasin, a student, waited at the border. Anubhav said she had been there "
        "for days. Anubhav said the queue did not move."
    )
    assert "Anubhav Bhasin" in _people(nlp, text)
    assert "Warren Buffett" in _people(nlp, "Warren Buffett bought stock. Buffett said so.")


# --------------------------------------------------------------------------- draw 24


def _types(nlp, text: str) -> dict[str, str]:
    return {m["surface"]: m["actor_type"] for m in extract_mentions(nlp(text))}


def test_a_capitalised_role_after_a_name_makes_it_a_person(nlp):
    # the NER took "Tammy Thies" for a title and "Founder" for a person
    text = (
        '"They were bred for the pet trade," Tammy Thies, Founder and Executive Director of '
        'the Wildcat Sanctuary, said. "They were surrendered." Thies says they are safe.'
    )
    types = _types(nlp, text)
    assert types["Tammy Thies"] == "person" and types["Thies"] == "person"
    assert "Founder" not in types


def test_a_name_the_ner_called_an_organisation_with_a_head_of_role_is_a_person(nlp):
    text = (
        "A Human Rights Monitoring Mission documented at least 300 unlawful killings of "
        "civilians in Bucha and the surrounding towns. Matilda Bogner, head of the UN mission, "
        "explained such activity would violate international law."
    )
    assert _types(nlp, text)["Matilda Bogner"] == "person"


def test_a_name_after_a_body_noun_that_speaks_is_that_body(nlp):
    text = (
        "Gazprom said it would cut off gas flows to the Danish energy firm Ørsted and to Shell "
        "Energy. However, Ørsted said on Monday that a gas cut would not affect supplies."
    )
    types = [m["actor_type"] for m in extract_mentions(nlp(text)) if m["surface"] == "Ørsted"]
    assert types == ["organization", "organization"]
    text = (
        "Poland's national gas company PGNiG said Russia was suspending a contract. Polish "
        "state gas company PGNiG, which bought half its gas from Russia, said it was ready."
    )
    bodies = [m for m in extract_mentions(nlp(text)) if m["surface"] == "PGNiG"]
    assert len(bodies) == 2 and {m["actor_type"] for m in bodies} == {"organization"}


def test_a_first_name_introduced_with_an_apposition_is_no_public_figure(nlp):
    text = (
        "Vladimir Putin announced the annexation. Vladimir, a pensioner who declined to give "
        "his surname, said he would stay. Her husband, Volodymyr, a theater actor, is fighting. "
        "Volodymyr Zelensky thanked them."
    )
    lone = {m["surface"]: m for m in extract_mentions(nlp(text)) if " " not in m["surface"]}
    assert (lone["Vladimir"]["actor_id"], lone["Vladimir"]["actor_name"]) == (None, "Vladimir")
    assert lone["Volodymyr"]["actor_type"] == "person"
    assert lone["Volodymyr"]["actor_name"] == "Volodymyr"


def test_the_place_of_a_dateline_is_no_person(nlp):
    text = "Kryviy Rhi, Ukraine — Ukraine has been subjected to days of Russian strikes."
    assert "Kryviy Rhi" not in _people(nlp, text)


def test_a_verb_of_speaking_before_a_name_is_no_part_of_it(nlp):
    text = 'Chief Darren Gerhardt spoke first. Added Gerhardt, "This is our home."'
    people = [m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert people == ["Darren Gerhardt", "Gerhardt"]


# --------------------------------------------------------------------------- draw 25


def test_an_occupation_before_a_name_makes_it_a_person(nlp):
    text = "And delivery driver Michaela says she's putting £30 of diesel in her car every day."
    assert _types(nlp, text)["Michaela"] == "person"


def test_a_given_name_in_brackets_is_one_mention_with_the_surname(nlp):
    text = (
        "It was a warning to opposition figures like [Alexei] Navalny. They support "
        "President [Joe] Biden's efforts."
    )
    people = [(m["surface"], m["actor_id"]) for m in extract_mentions(nlp(text))]
    assert people == [("[Alexei] Navalny", "navalny"), ("[Joe] Biden", "biden")]


def test_a_day_after_a_place_named_like_a_woman_is_no_surname(nlp):
    text = "Thousands took to the streets of the capital Sofia Wednesday, voicing fears."
    assert "Sofia Wednesday" not in _people(nlp, text)


def test_a_name_typed_an_organisation_with_an_occupation_after_it_is_a_person(nlp):
    assert "Murat Kocak" in _people(nlp, "Murat Kocak, a retired banker, questioned the decision.")
    text = "This week Marie-Agnes Strack-Zimmermann, chair of the defence committee, said so."
    assert "Marie-Agnes Strack-Zimmermann" in _people(nlp, text)
    # ", according to her lawyer," is no apposition of the place before it
    text = "She was held in Metropolitan Manila, according to her lawyer, Filibon Tacardon."
    assert "Metropolitan Manila" not in _people(nlp, text)


def test_a_place_after_from_is_no_person_before_who(nlp):
    # "who" follows the place, but stands for the woman named before it
    text = "Shoigu selected Anna Shcherbakova, from Perm, who had initially been refused."
    people = _people(nlp, text)
    assert "Anna Shcherbakova" in people and "Perm" not in people


def test_a_family_and_a_vessel_named_after_people_are_no_people(nlp):
    text = (
        "As the President and I have told the Whelan family, Paul Whelan will come home. "
        "The landing ship Ivan Pasko sailed, and the frigate Admiral Gorshkov fired."
    )
    assert _persons(nlp, text) == [("Paul Whelan", "whelan", "Paul Whelan")]
    # a person after a vessel named by its name is its captain
    text = "The captain of the Admiral Gorshkov frigate Igor Krokhmal said no one would see it."
    assert "Igor Krokhmal" in _people(nlp, text)


def test_an_epithet_is_no_surname(nlp):
    text = (
        "The landing ship was carried aboard Peter the Great's wooden sailboat. Russia "
        "fought the Great Northern War for 21 years."
    )
    assert [p[0] for p in _persons(nlp, text)] == ["Peter the Great"]


def test_an_acronym_defined_in_brackets_names_the_body_everywhere(nlp):
    text = (
        "The head of the National Cyber Security Centre (NCSC) spoke on Monday. Later the "
        "NCSC warned of an acute threat."
    )
    bodies = [
        (m["surface"], m["actor_name"])
        for m in extract_mentions(nlp(text))
        if m["actor_type"] == "organization"
    ]
    assert (
        bodies
        == [("National Cyber Security Centre", "National Cyber Security Centre")]
        + [("NCSC", "National Cyber Security Centre")] * 2
    )
    # a thing spelt out before its acronym is no body named everywhere
    text = "The package includes Joint Direct Attack Munitions (JDAM) kits. JDAM kits help."
    assert "JDAM" not in [m["surface"] for m in extract_mentions(nlp(text))]


def test_a_lone_name_typed_a_person_at_most_mentions_is_that_person_where_typed_a_place(nlp):
    text = (
        "SEOUL, South Korea -- Yoon Suk-yeol won the presidential race. Results show a deeply "
        "divided country with 48.56% of ballots going to Yoon, and his rival Lee Jae-myung "
        "garnering 47.83%. Yoon, set to serve a five-year term, will lead Asia's "
        "fourth-largest economy. A newcomer into politics, Yoon spent 27 years as a "
        "prosecutor. Yoon will make a rational decision, an expert said. Yoon was also open "
        "to seeking additional deployment of the U.S. THAAD system. Instead of pursuing "
        "dialogue, Yoon intends to deploy additional units."
    )
    surfaces = [p[0] for p in _persons(nlp, text)]
    assert surfaces.count("Yoon") == text.count("Yoon")
    # a word the NER typed a person as often as a place is no person where typed a place
    text = (
        '"The one certain thing you can say is that his legacy is Brexit," said Steven '
        "Fielding, professor of political history at the University of Nottingham. When "
        "wrangling in Parliament over the departure terms brought down Prime Minister "
        'Theresa May three years later, Johnson succeeded her with a vow to "get Brexit '
        'done." The benefits of Brexit touted by Johnson and other supporters have not yet '
        "materialized. His successor inherits a deflating economy and a cost-of-living "
        "crisis sparked by such factors as Brexit and Russia´s invasion of Ukraine. Apart "
        "from Brexit, Johnson´s main international cause has been Ukraine. British Prime "
        "Minister Boris Johnson outlines his government's negotiating stance with the "
        "European Union after Brexit, during a key speech at the Old Naval College."
    )
    assert [p[0] for p in _persons(nlp, text)].count("Brexit") <= 3


def test_the_preposition_the_ner_ended_a_name_with_is_no_part_of_it(nlp):
    text = (
        '"Yoon will make a rational decision," Bong Youngshik of Yonsei Institute for North '
        "Korean Studies told ABC News."
    )
    assert "Bong Youngshik" in [m["surface"] for m in extract_mentions(nlp(text))]
    assert "Bong Youngshik of" not in [m["surface"] for m in extract_mentions(nlp(text))]


def test_a_word_typed_twice_in_a_long_name_is_dropped_from_the_name(nlp):
    text = (
        "Russia sentenced Aiden Aslin and Shaun Pinner. Shaun Pinner Pinner, 48, has been "
        "in Ukraine since 2014."
    )
    names = {p[2] for p in _persons(nlp, text)}
    assert "Shaun Pinner Pinner" not in names and "Shaun Pinner" in names
    assert actors.normal_name("Lin Lin") == "Lin Lin"


def test_a_club_named_by_its_town_is_no_person(nlp):
    """ "Sturm Graz", "Maccabi Haifa", "Viktoria Plzen": a club's word before a town is a
    club (gold draw 41); a surname that is also a town keeps a person ("Munro Anderson")."""
    text = (
        "Dynamo beat Fenerbahce and Sturm Graz to reach the final round. Maccabi Haifa and "
        "Viktoria Plzen also qualified. Munro Anderson watched the match."
    )
    names = {p[2] for p in _persons(nlp, text)}
    assert not names & {"Sturm Graz", "Maccabi Haifa", "Viktoria Plzen"}
    assert "Munro Anderson" in names


def test_a_place_before_whose_is_no_person(nlp):
    """ "the people of Sri Lanka, whose government recently collapsed": "whose" follows
    places too (gold draw 42); "Anna Kovalenko, whose husband died" stays a person."""
    text = (
        "He called on them to pray for the people of Sri Lanka, whose government recently "
        "collapsed. Then Anna Kovalenko, whose husband died, spoke."
    )
    names = {p[2] for p in _persons(nlp, text)}
    assert "Sri Lanka" not in names and "Anna Kovalenko" in names


def test_a_name_after_a_bodys_possessive_that_acts_is_its_person(nlp):
    """ "The refugee agency's Shabia Mantoo thinks": one of the body's people, whatever the
    NER's label (gold draw 44); "the company's Nord Stream pipeline" stays a thing."""
    text = (
        "The refugee agency's Shabia Mantoo thinks the war could be an opportunity. The "
        "company's Nord Stream pipeline was shut."
    )
    names = {p[2] for p in _persons(nlp, text)}
    assert "Shabia Mantoo" in names and "Nord Stream" not in names


def test_a_name_whose_first_word_speaks_alone_is_a_person(nlp):
    """ "Ajay Spence travelled ..." typed an organisation, "'...,' Ajay tells me" elsewhere:
    the first word speaks, so the name is a person's (gold draw 45); "Griner's wife, Cherelle
    Griner" is not Brittney Griner when "Cherelle explained" (a given name no list has)."""
    text = (
        '"I\'m not a war tourist or anything like that," Ajay tells me. "I was quite '
        'comfortable back home," he says. Ajay Spence travelled to the war in Ukraine from '
        "Northern Ireland a month ago. Brittney Griner was detained in February. In an "
        "interview, Griner's wife, Cherelle Griner, said she feels as if her wife is a hostage. "
        "\u201cIt's like a movie for me,\u201d Cherelle explained."
    )
    found = {(p[0], p[2]) for p in _persons(nlp, text)}
    assert ("Ajay Spence", "Ajay Spence") in found
    assert ("Cherelle Griner", "Cherelle Griner") in found
    assert ("Griner", "Brittney Griner") in found


def test_a_registered_name_before_a_surname_is_no_given_name(nlp):
    """ "Prime minister of Ukraine Shmyhal is here", though "Ukraine says" elsewhere."""
    text = "Ukraine says the talks are over. Prime minister of Ukraine Shmyhal is here."
    names = {p[2] for p in _persons(nlp, text)}
    assert "Denys Shmyhal" in names and "Ukraine Shmyhal" not in names


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # draw 87: a generational suffix names the son, not the registered father
        ("Donald Trump Jr. echoed his father with his own post.", ("Donald Trump Jr.", None)),
        # ... unless the registered person bears it ("Joseph R. Biden Jr.")
        ("Russia is to blame, US President Joseph Robinette Biden Jr. occasionally says.",
         ("Biden", "biden")),
    ],
)  # fmt: skip
def test_a_registered_name_before_jr_is_the_son(nlp, text, mention):
    found = {(m["surface"], m["actor_id"]) for m in extract_mentions(nlp(text))}
    assert mention in found
    assert ("Donald Trump", "trump") not in found


def test_a_chamber_is_no_person(nlp):
    """Draw 87: "Russia's Civic Chamber", which the NER labels a person, is a body."""
    text = "Aleksandr Malkevich, a member of Russia\u2019s Civic Chamber, has said so."
    people = [m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"]
    assert people == ["Aleksandr Malkevich"]


def test_a_surname_the_ner_took_for_a_place_after_a_preposition_owns_what_follows(nlp):
    """Draw 85: "on Hannity's program" names no place "on" leads to: the possessor the NER
    labelled a place (and the tagger a common noun) is Sean Hannity, named before."""
    text = (
        "The report singles out John Solomon, a frequent guest of Sean Hannity. About 203 of "
        "them were on Hannity\u2019s program alone."
    )
    found = {(m["surface"], m["actor_name"]) for m in extract_mentions(nlp(text))}
    assert ("Hannity", "Sean Hannity") in found


def test_a_surname_with_a_typographic_apostrophe_is_the_person_named_in_full(nlp):
    """The full name is kept with a straight apostrophe; its surname, typed "O’Brien",
    still stands for it."""
    doc = nlp(
        "National Security Advisor Robert O’Brien met the President on Monday. O’Brien said "
        "the meeting went well."
    )
    found = [(m["surface"], m["actor_name"]) for m in extract_mentions(doc)]
    assert found == [("Robert O’Brien", "Robert O'Brien"), ("O’Brien", "Robert O'Brien")]


@pytest.mark.parametrize(
    ("text", "animal"),
    [
        # an animal named in apposition is no person, though the NER takes it for one
        ("KYIV, Ukraine — The risks of wandering in war-torn Kharkiv alone did not seem to faze "
         "Chichi, the runaway chimpanzee whose escapades this week have made her famous on "
         "social media. The 13-year-old female chimpanzee escaped from Kharkiv Zoo on Monday. "
         "Video shows Chichi eventually being persuaded to put on a yellow hooded rain jacket. "
         "Victoria Kozyreva, a zookeeper who helped persuade Chichi to return home, told NBC "
         "News on Wednesday. Kozyreva, who has known Chichi since the primate's childhood, can "
         "be seen in the video. Chichi's escape from her enclosure at Kharkiv Zoo was not her "
         "first.", "Chichi"),
        # nor one named after its kind
        ("Downing Street cat Larry was seen with his rival, the Foreign Office cat Palmerston.",
         "Palmerston"),
    ],
)  # fmt: skip
def test_animals_named_are_no_people(nlp, text, animal):
    people = {m["surface"] for m in extract_mentions(nlp(text)) if m["actor_type"] == "person"}
    assert animal not in people


def test_a_short_name_in_brackets_names_the_body_it_is_made_of(nlp):
    """'Stratcom', run together from 'Strategic Communications', stands for the centre
    wherever it is written, though the NER found neither the name nor the body."""
    doc = nlp(
        "According to Ukraine’s Centre for Strategic Communications (Stratcom), it creates an "
        "opportunity. Stratcom added that the defence would be difficult."
    )
    found = {(m["surface"], m["actor_type"], m["actor_name"]) for m in extract_mentions(doc)}
    assert ("Stratcom", "organization", "Centre for Strategic Communications") in found
    assert not any(kind == "person" for _, kind, _ in found)


def test_a_surname_that_begins_a_body_named_elsewhere_is_that_body(nlp):
    """'Source: Forbes Mansfield Energy first mentioned ...': with its chief executive
    Michael Mansfield named, the lone 'Mansfield' is the company named elsewhere."""
    text = (
        "Mansfield Energy, a fuel supplier, is run by chief executive Michael Mansfield. Most "
        "imports were finished products. Source: Forbes Mansfield Energy first mentioned the "
        "potential diesel shortage last week."
    )
    at = text.index("Mansfield Energy first")
    found = {(m["start_char"], m["actor_type"]) for m in extract_mentions(nlp(text))}
    assert (at, "organization") in found and (at, "person") not in found


def test_a_first_name_and_a_lone_first_name_share_no_surname(nlp):
    """'Yuliia and Nataliia' shares no surname: Nataliia was named Nataliia Roberts before,
    but the pair names no surname itself (as 'Oksana and Nicola Laba' does)."""
    text = (
        "Nataliia Roberts wants her friend in the UK. Yuliia and her three daughters used to "
        "run out of their basement. Yuliia and Nataliia, who moved from Ukraine to Wales, spoke "
        "every day."
    )
    names = {name for surface, _, name in _persons(nlp, text) if surface == "Yuliia"}
    assert names == {"Yuliia"}


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # draw 52
        # a first name of the curated list overrules the NER's organisation label
        ("Olga and her eight-year-old daughter Alexa left their home in Kyiv.", "Alexa",
         "Alexa"),
        # ... and with a role after it, though a village bears the name
        ("In the shopping centre, I get chatting to Nadezhda, a doctor. \"Prices are so "
         "high,\" Nadezhda tells me.", "Nadezhda", "Nadezhda"),
        # the given name before a surname the NER alone took for a body is the name's
        ("In the south, Oleksandr Senkevych, mayor of Mykolaiv near the Black Sea, said the "
         "city was shelled.", "Oleksandr Senkevych", "Oleksandr Senkevych"),
        # draw 53
        # a verb the NER ran into a name it took for a body is no part of the name
        ("Ukraine-born Oksana Masters won America’s first gold at the 2022 Winter "
         "Paralympics in Beijing on Saturday.", "Oksana Masters", "Oksana Masters"),
        # a family word before the comma that sets a name off makes it a person's
        ("The State Department failed to put Griner in touch with her wife, Cherelle, on "
         "their wedding anniversary.", "Cherelle", "Cherelle"),
        # a given name that is not hers makes another person of the registry's surname
        ("WNBA star Brittney Griner is held in Russia. Biden spoke with Cherelle Griner on "
         "the phone on Wednesday.", "Cherelle Griner", "Cherelle Griner"),
        # draw 55
        # the full name after the portfolio of a title, which the NER ran into a body
        ("Former Israeli Minister of Diaspora Affairs Nachman Shai stated it was time.",
         "Nachman Shai", "Nachman Shai"),
    ],
)  # fmt: skip
def test_persons_of_draws_52_to_55(nlp, text, surface, name):
    assert (surface, None, name) in _persons(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_person", "person"),
    [
        # a pastor's title is no person of its own
        ('"We are grateful," he said. Pastor Valentine Pavlenkov is part of a group of '
         "Ukrainian families.", "Pastor", "Valentine Pavlenkov"),
        # a first name the NER took for a body, in the curated list
        ("She fears for her 26-year-old cousin Maksim, or Maks for short, fighting in "
         "Mariupol.", None, "Maksim"),
    ],
)  # fmt: skip
def test_persons_of_draw_62(nlp, text, not_person, person):
    people = _people(nlp, text)
    assert person in people and not_person not in people


def test_a_person_noun_named_so_makes_a_person_of_a_town_name(nlp):
    """Draw 63: "an ensign named Semyonov" is a person though a Russian town has the name,
    and so is each later "Semyonov"; "a village called Bucha" stays a place."""
    text = (
        "The two shooters were killed by an ensign named Semyonov, according to the account. "
        "'Semyonov at that moment was in the room,' said the source. A village called Bucha "
        "was hit."
    )
    assert _people(nlp, text) == ["Semyonov", "Semyonov"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # draw 64: a name with a generation's suffix, whatever the NER's label
        ("'He felt that he shouldn't be arguing about it,' RFK Jr. said of his son.", "RFK Jr."),
        # a first name that a town has too, set off with where she comes from
        ("Local supporters intervened. Viktoria, from Kyiv, has been in Livingston.", "Viktoria"),
    ],
)  # fmt: skip
def test_persons_of_draw_64(nlp, text, person):
    assert person in _people(nlp, text)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # draw 78: a title only a person holds, before a name the NER took for a body
        ("Zaluzhny\u2019s order became the target of criticism. Member of parliament "
         "Roksolana Pidlasa took to Facebook to condemn the \u201cnonsense.\u201d",
         ["Zaluzhny", "Roksolana Pidlasa"]),
        # a name the NER took for a person, with the acronym of its initials after it in
        # brackets, is a body's ("Action Tracker" of "Climate Action Tracker (CAT)")
        ("The world is witnessing a rush, according to a new report. Climate Action Tracker "
         "(CAT) says new gas facilities are now proposed.", []),
        # draw 79: news outlets the NER takes for people are in the registry
        ("The bomb will be delivered this December, according to a diplomatic cable seen by "
         "Politico. Politico said the contents of the cable had been confirmed.", []),
        ("Bild reported that the army was short of ammunition, Bild said.", []),
        # draw 81: a name written only as the whole of a quotation is a title (its first word
        # a first name elsewhere); "the average Joe" is anyone, not Joe Biden
        ('Rogoff wrote a book. The Russian co-production of "Sesame Street," translated as '
         '"Ulitsa Sezam," first aired in 1996. She loved "Ulitsa Sezam."', ["Rogoff"]),
        ("Joe Biden spoke on Sunday. \u201cThe average Joe hears that and says that sounds "
         "fishy,\u201d he said.", ["Joe Biden"]),
        # draw 82: a role set off after a name the NER cut short, and a town has the
        # surname: the person, with the word that opens the sentence
        ("The talks failed. Alar Karis, the president of Estonia, tweeted about it.",
         ["Alar Karis"]),
        # draw 83: a name the NER took for a place, after a role to a place set off by a comma
        ("He is accompanied by Ireland's ambassador to Ukraine, Therese Healy, a political "
         "adviser and a protection team.", ["Therese Healy"]),
        # ... but a place before a role that the name after it holds stays a place
        ("In the central city of Kryvyi Rih, the mayor, Oleksandr Vilkul, spoke to us.",
         ["Oleksandr Vilkul"]),
    ],
)  # fmt: skip
def test_persons_of_draws_78_to_83(nlp, text, people):
    assert _people(nlp, text) == people


def test_a_first_name_opening_the_sentence_joins_the_surname_after_it(nlp):
    """Draw 67: the NER took only "Davidoff"; the curated first name before it, opening the
    sentence, is part of the name, and the lone first name later stands for him."""
    text = (
        "In just a few weeks, Bucha locals have become accustomed to death. Denys Davidoff "
        "stayed in the town throughout the occupation. Denys witnessed the killings himself."
    )
    people = [(m["surface"], m["actor_name"]) for m in extract_mentions(nlp(text))]
    assert ("Denys Davidoff", "Denys Davidoff") in people
    assert ("Denys", "Denys Davidoff") in people


def test_a_transcript_label_is_the_person_of_that_surname(nlp):
    """Draw 63: an interview's speaker labels in capitals are the person of that surname
    named last before them (the son interviewed, not his father named first)."""
    text = (
        "Saad Ibrahim Almadi was detained in Saudi Arabia. His son Ibrahim Almadi spoke to "
        "Linsey Davis. DAVIS: What did you hear? ALMADI: Nothing at all. DAVIS: And then? "
        "ALMADI: We waited."
    )
    people = [(m["surface"], m["actor_name"]) for m in extract_mentions(nlp(text))]
    assert people.count(("ALMADI", "Ibrahim Almadi")) == 2
    assert people.count(("DAVIS", "Linsey Davis")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "He stayed at Trump Tower on his visit.",
        "During the dinner at the Trump International Hotel in Washington, guests arrived.",
        "They met at the Gorbachev Foundation last year.",
        # draw 56: a firm of partners, a breed of dog
        "British lawyers McCue Jury and Partners on Tuesday announced they would sue.",
        "Patron, a Jack Russell terrier, was presented with the award.",
    ],
)
def test_a_site_or_body_named_after_a_person_is_no_mention_of_them(nlp, text):
    assert not _persons(nlp, text)


def test_a_person_whose_body_it_is_is_still_named(nlp):
    """'Milner’s Breakthrough Prize Foundation' is his foundation: Milner is named."""
    text = "Yuri Milner is a billionaire. Milner’s Breakthrough Prize Foundation accused Russia."
    at = text.index("Milner’s")
    assert any(m["start_char"] == at for m in extract_mentions(nlp(text)))


def test_every_name_of_a_litter_is_an_animal(nlp):
    """'four lion cubs, Taras, Stefania, Lesya and Prada': Lesya is a first name, but a cub's."""
    text = (
        "The Wildcat Sanctuary in Sandstone, Minnesota, welcomed four lion cubs, Taras, "
        "Stefania, Lesya and Prada, on Wednesday."
    )
    assert not _persons(nlp, text)


def test_a_family_word_makes_a_person_only_as_someones(nlp):
    """'were husband and wife, Mash wrote' (a news outlet), 'its partner Exxon' (a company)
    stay bodies; 'said Father Andriy' is Andriy, the priest's title no given name."""
    for text in (
        "The victims were Eduard, 53, and Zoya, 33, who were husband and wife, Mash wrote.",
        "Shell and its partner Exxon reduced their production.",
    ):
        assert not any(surface in ("Mash", "Exxon") for surface, _, _ in _persons(nlp, text))
    text = '"We are praying for the souls," said Father Andriy, an Orthodox priest.'
    assert [surface for surface, _, _ in _persons(nlp, text)] == ["Andriy"]


@pytest.mark.parametrize(
    "text",
    [
        # a first name after a word that only qualifies a title ends a law's name
        "The report was required by the 2022 Defense Bill that mandated an assessment.",
        "The Economic Crime Bill will be paired with a National Security Bill.",
        "A first-of-its-kind Agriculture Bill for Wales is set to follow in September.",
        # such a word before a plural is part of a body's name
        "Jozef Kubica is acting Director General of the State Forests, who also spoke.",
    ],
)
def test_no_person_in_a_law_or_a_body_named_with_a_word_of_titles(nlp, text):
    assert not any(surface in ("Bill", "Forests") for surface, _, _ in _persons(nlp, text))


def test_a_first_name_after_a_persons_title_is_still_a_name(nlp):
    """'Attorney General Bill Barr', 'NASA Administrator Bill Nelson' name people; the
    body 'State Forests' keeps its title word."""
    text = "Attorney General Bill Barr said it. NASA Administrator Bill Nelson said it too."
    assert {surface for surface, _, _ in _persons(nlp, text)} == {"Bill Barr", "Bill Nelson"}
    text = "However, the State Forests shot back at the embassy."
    assert any(m["surface"] == "State Forests" for m in extract_mentions(nlp(text)))


def test_a_surname_the_ner_cut_off_a_common_first_name_is_joined_again(nlp):
    """Draw 95: the NER labels "Emanuel" of "pianist Emanuel Ax" alone; the proper noun
    the first name belongs to is the surname."""
    text = (
        "World-renowned cellist Yo-Yo Ma, pianist Emanuel Ax and violinist Leonidas Kavakos "
        "showed solidarity with Ukraine."
    )
    assert "Emanuel Ax" in [surface for surface, _, _ in _persons(nlp, text)]


def test_wh_is_the_white_house(nlp):
    """Draw 95: a posted letter's "WH LETTER to Bolton lawyer" names the White House."""
    mentions = extract_mentions(nlp("WH LETTER to Bolton lawyer claims his book has secrets."))
    assert [m["actor_id"] for m in mentions if m["surface"] == "WH"] == ["us_administration"]


def test_hitler_and_stalin_are_registered_people(nlp):
    """Draw 97: "patriotic sentiment over Hitler's defeat", which the NER leaves unlabelled;
    `dev/` annotates both dictators as people (and "Stalin" was typed a place by the
    gazetteer's town)."""
    text = "Putin tried to mobilise sentiment over Hitler's defeat. Stalin used barrier troops."
    ids = {m["surface"]: m["actor_id"] for m in extract_mentions(nlp(text))}
    assert (ids.get("Hitler"), ids.get("Stalin")) == ("hitler", "stalin")
