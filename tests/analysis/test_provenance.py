"""Provenance: wire copies (planted in the test), quote chains (the seeds' Lavrov chain), naming switches."""

from __future__ import annotations

import itertools
import json
import random
import re

import numpy as np
import pandas as pd
import pytest

from corpus_utils.analysis import provenance as pv
from corpus_utils.analysis.outlets import find_naming_forms, load_naming_lexicon

SEED_OUTLETS = {
    "000_1c9e284dfd571a16": ("Al Jazeera", "2022-12-01"),
    "001_81689793cf2fa09e": ("TURAN", "2022-10-12"),
    "002_2dcedc89ec299e08": ("Reuters", "2022-10-31"),
    "003_5d84f4cbed35a4a3": ("TASS", "2022-07-04"),
    "004_d91bd80e77f65c0e": ("Portuguese-language outlet", "2022-12-01"),
}
#: 000 and 004 are two distinct stories on one event (Lavrov's press conference of 1 December).
SAME_EVENT = ("000_1c9e284dfd571a16", "004_d91bd80e77f65c0e")

_SENTENCE_RE = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def _reorder_sentences(text: str, rng: random.Random) -> str:
    out = []
    for paragraph in _paragraphs(text):
        sentences = _SENTENCE_RE.split(paragraph)
        rng.shuffle(sentences)
        out.append(" ".join(sentences))
    rng.shuffle(out)
    return "\n\n".join(out)


def _drop_paragraph(text: str, rng: random.Random) -> str:
    paragraphs = _paragraphs(text)
    paragraphs.pop(rng.randrange(1, len(paragraphs)))
    return "\n\n".join(paragraphs)


def _change_byline(text: str, rng: random.Random) -> str:
    byline = rng.choice(["By Jane Doe, staff writer", "From our correspondent in Brussels", "AFP"])
    lines = text.split("\n")
    return "\n".join([byline, *lines[1:]]) if len(lines[0].split()) < 8 else f"{byline}\n{text}"


EDITS = {
    "reordered": [_reorder_sentences],
    "dropped": [_drop_paragraph],
    "byline": [_change_byline],
    "all": [_change_byline, _drop_paragraph, _reorder_sentences],
}


@pytest.fixture(scope="module")
def planted(seed_texts):
    """The five seeds plus four edited copies of each under other outlets, and the truth."""
    rng = random.Random(18)
    texts, docs, story = [], [], {}
    for doc_id, text in seed_texts.items():
        outlet, date = SEED_OUTLETS[doc_id]
        texts.append((doc_id, text))
        docs.append((doc_id, outlet, date))
        story[doc_id] = doc_id
        for k, (name, edits) in enumerate(EDITS.items()):
            copy = text
            for edit in edits:
                copy = edit(copy, rng)
            copy_id = f"{doc_id}_{name}"
            texts.append((copy_id, copy))
            docs.append((copy_id, f"Copier {k}", f"2022-12-{10 + k:02d}"))
            story[copy_id] = doc_id
    texts = pd.DataFrame(texts, columns=["doc_id", "text"])
    documents = pd.DataFrame(docs, columns=["doc_id", "outlet", "date"])
    return documents, texts, story


def _pairs(groups: dict[str, str]) -> set[tuple[str, str]]:
    by_group: dict[str, list[str]] = {}
    for doc_id, group in groups.items():
        by_group.setdefault(group, []).append(doc_id)
    return {tuple(sorted(p)) for m in by_group.values() for p in itertools.combinations(m, 2)}


def test_planted_copies_precision_recall_and_no_same_event_join(planted):
    documents, texts, story = planted
    copies = pv.find_copies(documents, texts)
    found = _pairs(dict(zip(copies["doc_id"], copies["cluster_id"], strict=True)))
    truth = _pairs(story)
    true_positive = len(found & truth)
    precision = true_positive / len(found)
    recall = true_positive / len(truth)
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)
    cluster_of = dict(zip(copies["doc_id"], copies["cluster_id"], strict=True))
    assert cluster_of[SAME_EVENT[0]] != cluster_of[SAME_EVENT[1]]
    # the earliest document of each cluster is the original seed, and it is similar to itself
    earliest = copies.drop_duplicates("cluster_id").set_index("cluster_id")["earliest_doc_id"]
    assert set(earliest) == set(SEED_OUTLETS)
    firsts = copies[copies["doc_id"] == copies["earliest_doc_id"]]
    assert (firsts["similarity"] == 1.0).all()
    assert copies["n_docs"].eq(1 + len(EDITS)).all()


def test_copies_are_deterministic_and_ids_do_not_depend_on_order(planted):
    documents, texts, _ = planted
    once = pv.find_copies(documents, texts)
    shuffled = pv.find_copies(documents.iloc[::-1], texts.sample(frac=1.0, random_state=3))
    pd.testing.assert_frame_equal(once, shuffled)
    assert once["cluster_id"].str.fullmatch(r"copy-[0-9a-f]{12}").all()


def test_short_texts_are_never_linked():
    texts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Russia said so.", "Russia said so."]})
    documents = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "date": [None, None]})
    assert pv.find_copies(documents, texts).empty


def test_dedupe_counts_a_cluster_once_for_its_earliest_outlet(planted):
    documents, texts, _ = planted
    copies = pv.find_copies(documents, texts)
    kept = pv.dedupe(documents, copies, mode="cluster")
    assert sorted(kept["doc_id"]) == sorted(SEED_OUTLETS)
    assert len(pv.dedupe(documents, copies, mode="none")) == len(documents)
    with pytest.raises(ValueError, match="unknown mode 'twice'"):
        pv.dedupe(documents, copies, mode="twice")
    shares = pv.copy_shares(copies, documents)
    assert set(shares["outlet"]) == {f"Copier {k}" for k in range(len(EDITS))}
    assert shares.groupby("outlet")["share"].sum().eq(1.0).all()


# --------------------------------------------------------------------------- quote chains


@pytest.fixture(scope="module")
def seed_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def seed_annotation(seed_cache):
    from corpus_utils.annotate import annotate_corpus

    return annotate_corpus(None, cache_dir=seed_cache, workers=1)


def test_extract_writes_copies_and_quote_chains(seed_annotation, seed_cache, tmp_path):
    from corpus_utils.__main__ import main

    args = ["extract", "seeds", "--out", str(tmp_path), "--cache-dir", str(seed_cache)]
    assert main([*args, "--workers", "1"]) == 0
    copies = pd.read_csv(tmp_path / "copies.csv")
    assert list(copies.columns) == pv.COPIES_COLUMNS and copies.empty  # five distinct stories
    chains = pd.read_csv(tmp_path / "quote_chains.csv")
    assert list(chains.columns) == pv.QUOTE_CHAIN_COLUMNS
    assert set(chains["doc_id"]) == set(SAME_EVENT)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert {"copies", "quote_chains", "documents"} <= set(manifest["tables"])  # one set


def test_seed_lavrov_chain_is_found(seed_annotation):
    documents = seed_annotation.table("documents")
    quotes = seed_annotation.table("quotes")
    texts = seed_annotation.table("texts").set_index("doc_id")["raw_text"]
    chains = pv.quote_chains(quotes, documents)
    # two statements of Lavrov's, each translated independently by both outlets
    assert chains["chain_id"].nunique() == 2
    assert chains.groupby("chain_id")["doc_id"].apply(set).eq(set(SAME_EVENT)).all()
    assert set(chains["speaker_id"]) == {"lavrov"}
    joined = chains.groupby("chain_id")["quote"].apply(" | ".join).tolist()
    assert any(t.count("combat") == 2 for t in joined)
    assert any(t.count("deadly weapons") == 2 for t in joined)
    assert chains["order"].tolist() == [0, 1, 0, 1]
    later = chains[chains["order"] == 1]
    assert (chains.loc[chains["order"] == 0, "similarity"] == 1.0).all()
    assert later["similarity"].between(0.35, 0.99).all()
    assert (
        later["words_dropped"].str.len().gt(0).all() and later["words_added"].str.len().gt(0).all()
    )
    for row in chains.itertuples():
        assert texts[row.doc_id][row.start_char : row.end_char] == row.quote
        assert row.quote_key == f"{row.doc_id}:{row.start_char}-{row.end_char}"


def test_quote_pairs_drop_bags_of_generic_words_and_quoted_terms():
    quotes = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "start_char": [0, 0, 0],
            "end_char": [10, 10, 10],
            "quote": [
                "Russia will continue its offensive in Ukraine until the goals are met",
                "Ukraine says Russia lost its offensive momentum and the goals moved",
                "Russia will continue the offensive in Ukraine until all its goals are met",
            ],
            "speaker_text": [None, None, None],
            "speaker_id": [None, None, None],
        }
    )
    documents = pd.DataFrame(
        {"doc_id": ["a", "b", "c"], "outlet": ["A", "B", "C"], "date": ["2022-05-01"] * 3}
    )
    loose = pv.compare.align_quotes(quotes, documents)
    strict = pv.quote_pairs(quotes, documents)
    assert ("a", "b") in set(zip(loose["doc_id_a"], loose["doc_id_b"], strict=True))
    assert set(zip(strict["doc_id_a"], strict["doc_id_b"], strict=True)) == {("a", "c")}
    terms = quotes.assign(quote=["special military operation"] * 3)
    assert len(pv.compare.align_quotes(terms, documents)) == 3
    assert pv.quote_pairs(terms, documents).empty


# --------------------------------------------------------------------------- naming over time


def test_wilson_interval_matches_the_formula():
    low, high = pv.wilson_interval([0, 5, 10], [10, 10, 10])
    assert low[0] == pytest.approx(0.0, abs=1e-12) and high[0] == pytest.approx(0.2775, abs=1e-4)
    assert low[1] == pytest.approx(0.2366, abs=1e-4) and high[1] == pytest.approx(0.7634, abs=1e-4)
    assert np.isnan(pv.wilson_interval([0], [0])[0][0])


def _weekly_units(shares: list[float], *, docs_per_week: int = 4, uses: int = 3):
    k, n, week = [], [], []
    for w, p in enumerate(shares):
        for _ in range(docs_per_week):
            k.append(round(p * uses))
            n.append(uses)
            week.append(w)
    return np.array(k), np.array(n), np.array(week)


def test_change_point_finds_a_switch_in_synthetic_weekly_counts():
    k, n, week = _weekly_units([0.0] * 10 + [1.0] * 10)
    result = pv.change_point(k, n, week, n_permutations=199, seed=1)
    assert result["split"] == 10
    assert result["p_value"] <= 0.01
    assert result["before"] == 0.0 and result["after"] == 1.0


def test_change_point_finds_no_switch_in_a_steady_share():
    rng = np.random.default_rng(5)
    n = np.full(80, 3)
    k = rng.binomial(3, 0.5, size=80)
    week = np.repeat(np.arange(20), 4)
    result = pv.change_point(k, n, week, n_permutations=199, seed=1)
    assert result["p_value"] > 0.05


def test_naming_switches_dates_a_kiev_to_kyiv_switch_and_warns_on_short_coverage():
    weeks = pd.date_range("2022-01-03", periods=16, freq="7D")
    rows, docs = [], []
    for i, day in enumerate(weeks):
        for j in range(3):
            doc_id = f"x{i}_{j}"
            docs.append((doc_id, "Switcher", day.strftime("%Y-%m-%d")))
            text = ("Kiev " if i < 9 else "Kyiv ") * 2
            rows.append((doc_id, text))
    docs.append(("short", "Brief", "2022-01-03"))
    rows.append(("short", "Kiev Kyiv Kiev"))
    documents = pd.DataFrame(docs, columns=["doc_id", "outlet", "date"])
    texts = pd.DataFrame(rows, columns=["doc_id", "raw_text"])
    lexicon = load_naming_lexicon()
    forms = pv.counted_forms(find_naming_forms(texts, lexicon), lexicon)
    switches = pv.naming_switches(forms, documents, n_permutations=199).set_index(
        ["outlet", "form"]
    )
    kyiv = switches.loc[("Switcher", "Kyiv")]
    assert kyiv["switch_week"] == pd.Timestamp("2022-03-07")
    assert kyiv["share_before"] == 0.0 and kyiv["share_after"] == 1.0
    assert kyiv["caveat"] == ""
    assert pd.isna(switches.loc[("Brief", "Kyiv"), "switch_week"])
    assert "too short" in switches.loc[("Brief", "Kyiv"), "caveat"]
    weekly = pv.naming_weekly(forms, documents)
    first = weekly[(weekly["outlet"] == "Switcher") & (weekly["form"] == "Kiev")].iloc[0]
    assert first["share"] == 1.0 and first["total"] == 6 and first["low"] < 1.0 == first["high"]


def test_naming_weekly_with_the_lexicon_gives_zero_shares_to_forms_not_written():
    documents = pd.DataFrame({"doc_id": ["r"], "outlet": ["Reuters"], "date": ["2022-10-31"]})
    texts = pd.DataFrame({"doc_id": ["r"], "raw_text": ["Zelenskiy said. Zelenskiy left."]})
    lexicon = load_naming_lexicon()
    forms = pv.counted_forms(find_naming_forms(texts, lexicon), lexicon)
    assert list(pv.naming_weekly(forms, documents)["form"]) == ["Zelenskiy"]
    full = pv.naming_weekly(forms, documents, lexicon=lexicon).set_index("form")
    assert list(full.index) == ["Zelenskiy", "Zelensky", "Zelenskyy"]
    assert full["share"].tolist() == [1.0, 0.0, 0.0] and full["total"].eq(2).all()


def test_quote_pairs_need_four_shared_terms_without_a_shared_run():
    """A spurious pair seen on a slice of the shared corpus (Guterres vs an energy quote)."""
    quotes = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "start_char": [0, 0],
            "end_char": [10, 10],
            "quote": [
                "And the nuclear risk has climbed to its highest point in decades,",
                "at the highest risk of loss of energy supply in decades",
            ],
            "speaker_text": [None, None],
            "speaker_id": [None, None],
        }
    )
    documents = pd.DataFrame(
        {"doc_id": ["a", "b"], "outlet": ["A", "B"], "date": ["2022-08-22", "2022-08-24"]}
    )
    assert len(pv.compare.align_quotes(quotes, documents)) == 1
    lenient = {"min_similarity_no_run": 0.3}  # on two quotes alone the IDF weights are flat
    assert pv.quote_pairs(quotes, documents, **lenient).empty
    assert len(pv.quote_pairs(quotes, documents, **lenient, min_shared_no_run=3)) == 1


# --------------------------------------------------------------------------- whose numbers


def test_seed_claimed_figures_carry_the_un_and_its_side(seed_annotation):
    quantities = seed_annotation.table("quantities")
    documents = seed_annotation.table("documents")
    raw = seed_annotation.table("texts").set_index("doc_id")["raw_text"]
    claimed = pv.claimed_figures(quantities, documents, mentions=seed_annotation.table("mentions"))
    assert list(claimed.columns) == pv.CLAIMED_COLUMNS
    # the Portuguese-language outlet's UN casualty and refugee counts, and nothing else
    assert set(claimed["doc_id"]) == {"004_d91bd80e77f65c0e"}
    assert claimed.groupby("topic")["surface"].apply(sorted).to_dict() == {
        "casualties": ["10,368", "6,655"],
        "refugees": ["more than 13 million", "more than 7.8 million", "more than six million"],
    }
    assert set(claimed["claimant_id"]) == {"un"} and set(claimed["side"]) == {"international"}
    sourced = quantities[quantities["claimant_text"].notna()]
    assert len(sourced) >= 7
    for row in sourced.itertuples():  # the claimant's offsets index the original text
        assert raw[row.doc_id][int(row.claimant_start) : int(row.claimant_end)] == row.claimant_text
    sides = pv.claimant_sides(claimed)
    assert sides[["topic", "side", "n_figures", "n_claimed", "share"]].values.tolist() == [
        ["casualties", "international", 2, 2, 1.0],
        ["refugees", "international", 3, 3, 1.0],
    ]


def _figure(doc_id, surface, counted, sentence, claimant_text=None, claimant_id=None, at=None):
    start = sentence.find(surface)
    claimant_start = sentence.find(claimant_text) if claimant_text else None
    return {
        "doc_id": doc_id,
        "start_char": start,
        "end_char": start + len(surface),
        "surface": surface,
        "value": 1.0,
        "category": "count" if counted in ("tanks", "drones") else "people",
        "counted": counted,
        "sentence": sentence,
        "vague": False,
        "claimant_text": claimant_text,
        "claimant_start": claimant_start,
        "claimant_end": claimant_start + len(claimant_text) if claimant_text else None,
        "claimant_id": claimant_id,
    }


def test_claimed_figures_topics_and_sides():
    rows = [
        _figure("a", "45", "tanks", "The Russian defence ministry said 45 tanks were destroyed.",
                "The Russian defence ministry", "russian_defence_ministry"),
        _figure("a", "1,200", "Russian soldiers", "Ukraine's general staff said 1,200 Russian soldiers died.",
                "Ukraine's general staff", "unregistered:Ukraine's general staff"),
        _figure("b", "6 million", "people", "6 million people have fled, a UN official said.",
                "a UN official", None),
        _figure("b", "300", "civilians", "At least 300 civilians were killed in the city."),
        _figure("b", "40", "Kalibr bits", "The Blah Institute counted 40 Kalibr bits.",
                "The Blah Institute", "unregistered:Blah Institute"),
        _figure("b", "12", "delegates", "The talks drew 12 delegates, the Kremlin said."),
    ]  # fmt: skip
    quantities = pd.DataFrame(rows)
    documents = pd.DataFrame(
        {"doc_id": ["a", "b"], "outlet": ["X", "Y"], "date": ["2022-03-01"] * 2}
    )
    # the mention of Ukraine inside "Ukraine's general staff" and of the UN inside "a UN official"
    mentions = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "start_char": [0, rows[2]["claimant_start"] + 2],
            "end_char": [7, rows[2]["claimant_start"] + 4],
            "actor_id": ["ukraine", "un"],
        }
    )
    claimed = pv.claimed_figures(quantities, documents, mentions=mentions)
    got = claimed.set_index("surface")[["topic", "side", "side_from"]].T.to_dict("list")
    assert got == {
        "45": ["equipment", "russia", "registry"],
        "1,200": ["casualties", "ukraine", "named in claimant"],
        "6 million": ["refugees", "international", "named in claimant"],
        "300": ["casualties", "none", ""],
    }  # "40 Kalibr bits" and "12 delegates" are no casualty, refugee or equipment count
    without = pv.claimed_figures(quantities, documents)  # no mentions: no side from the words
    assert without.set_index("surface").loc["1,200", "side"] == "unresolved"
    assert without.set_index("surface").loc["6 million", "side"] == "unnamed"
    sides = pv.claimant_sides(claimed)
    casualties_y = sides[(sides["outlet"] == "Y") & (sides["topic"] == "casualties")]
    assert casualties_y[["side", "n_figures", "n_claimed"]].values.tolist() == [["none", 1, 0]]
    assert casualties_y["share"].isna().all()
    shuffled = quantities.sample(frac=1, random_state=2)
    assert claimed.equals(pv.claimed_figures(shuffled, documents, mentions=mentions))


def test_describe_dedupe_counts_what_is_dropped(planted):
    documents, texts, _truth = planted
    copies = pv.find_copies(documents, texts)
    n_later = int((copies["doc_id"] != copies["earliest_doc_id"]).sum())
    line = pv.describe_dedupe(documents, copies, mode="cluster")
    assert f"{len(documents):,} documents, {n_later:,} of them copies" in line
    assert f"rest on {len(documents) - n_later:,} documents" in line
    assert f"rest on {len(documents):,} documents" in pv.describe_dedupe(
        documents, copies, mode="none"
    )


@pytest.mark.parametrize(
    "name",
    [
        "01_corpus_overview.ipynb",
        "02_actor_mentions.ipynb",
        "03_figure_extraction.ipynb",
        "04_outlet_comparison.ipynb",
        "05_provenance.ipynb",
    ],
)
def test_counting_notebooks_take_dedupe(name):
    import nbformat

    from corpus_utils.config import NOTEBOOKS_DIR
    from corpus_utils.publish.run import notebook_parameters

    declared = notebook_parameters(name)
    assert declared["dedupe"]["default"] == '"cluster"'
    code = "\n".join(
        c.source
        for c in nbformat.read(NOTEBOOKS_DIR / name, as_version=4).cells
        if c.cell_type == "code"
    )
    assert "provenance.dedupe(" in code and "mode=dedupe" in code
