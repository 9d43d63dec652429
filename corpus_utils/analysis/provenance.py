"""Provenance across outlets: wire copies, quote chains, whose numbers, when names changed.

Every public function takes the project's tidy tables (``documents``,
``texts``, ``quotes``, naming forms; see ``DESIGN.md``) and returns a new
:class:`pandas.DataFrame` sorted with a full tie-break, so the same input
always gives the same output.

**Wire copies.** Each document's cleaned text is cut into word shingles (runs
of ``shingle`` lower-cased words) and summarised by a MinHash signature
(``datasketch``, fixed seed), computed per document, so signatures can be
computed shard by shard and cached like the annotation. One pass inserts them
into a locality-sensitive hashing index that proposes candidate pairs without
comparing every pair; a candidate becomes a link when its estimated Jaccard
similarity reaches ``min_jaccard`` or when one document is mostly contained in
the other (``min_containment``: a copy with paragraphs cut) and not much
smaller (``min_size_ratio``). Clusters gather copies of an earliest
document: in order of date, each document joins the cluster of the earlier
document it is most similar to among those that lead a cluster, or leads
its own. Every member is thus a copy of its cluster's earliest document
itself, not of a chain of versions drifting away from it. A cluster's id is
a hash of its earliest document's text, so it does not depend on the order
documents are read in.

**Quote chains.** Quotes of different documents are paired by
:func:`corpus_utils.analysis.outlets.align_quotes`, then kept only when they share a
run of words in the same order, not just a bag of content words (see
:func:`quote_chains`); chains are the connected components of kept pairs.

**Whose numbers.** Each figure carries its claimant (``claimant_text``,
``claimant_id``: see :func:`corpus_utils.extract.quantities.extract_quantities`);
:func:`claimed_figures` keeps the casualty, refugee and equipment counts and
gives each claimant its side from the registry, and :func:`claimant_sides`
counts, per outlet, whose numbers it repeats.

**Naming over time.** The share of a naming form among an outlet's uses of
its choice, per week, with a Wilson interval, and a test for one change point
(a binomial likelihood-ratio statistic maximised over the weeks, with a
permutation p-value that shuffles whole documents, so the many matches of one
article are not taken for independent evidence).
"""

from __future__ import annotations

import difflib
import hashlib
import math
import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from corpus_utils.analysis import outlets as compare

#: Seed of the MinHash permutations: fixed, so signatures and clusters are reproducible.
MINHASH_SEED = 20221
#: datasketch's permutation scheme, named so a library default cannot change the signatures.
MINHASH_SCHEME = "affine32"
#: Number of MinHash permutations (the estimate's standard error is about 1/sqrt(n)).
NUM_PERM = 128
#: Words per shingle.
SHINGLE_WORDS = 5

COPIES_COLUMNS = [
    "doc_id",
    "cluster_id",
    "similarity",
    "containment",
    "earliest_doc_id",
    "outlet",
    "date",
    "n_docs",
]
QUOTE_CHAIN_COLUMNS = [
    "chain_id",
    "doc_id",
    "start_char",
    "end_char",
    "quote_key",
    "outlet",
    "date",
    "order",
    "first",
    "similarity",
    "words_added",
    "words_dropped",
    "speaker_text",
    "speaker_id",
    "quote",
]
DEDUPE_MODES = ("none", "cluster")

_WORD_RE = re.compile(r"\w+(?:['’]\w+)*")


# --------------------------------------------------------------------------- copies


def shingles(text: str, *, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of word shingles of a text (runs of ``size`` lower-cased words).

    A text shorter than ``size`` words gives one shingle, the whole text.
    """
    words = [w.lower() for w in _WORD_RE.findall(text or "")]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def minhash_signatures(
    texts: Iterable[str],
    *,
    num_perm: int = NUM_PERM,
    seed: int = MINHASH_SEED,
    size: int = SHINGLE_WORDS,
) -> tuple[list, np.ndarray]:
    """MinHash signatures of texts, one per text, computed independently.

    Args:
        texts: The cleaned texts.
        num_perm: Number of permutations.
        seed: Seed of the permutations.
        size: Words per shingle.

    Returns:
        The signatures (``datasketch.LeanMinHash``) and the number of
        distinct shingles of each text.
    """
    from datasketch import LeanMinHash, MinHash

    template = MinHash(num_perm=num_perm, seed=seed, scheme=MINHASH_SCHEME)
    signatures, sizes = [], []
    for text in texts:
        grams = shingles(text if isinstance(text, str) else "", size=size)
        minhash = MinHash(
            num_perm=num_perm, seed=seed, permutations=template.permutations, scheme=MINHASH_SCHEME
        )
        minhash.update_batch([g.encode("utf-8") for g in sorted(grams)])
        signatures.append(LeanMinHash(minhash))
        sizes.append(len(grams))
    return signatures, np.array(sizes, dtype=np.int64)


def find_copies(
    documents: pd.DataFrame,
    texts: pd.DataFrame,
    *,
    min_jaccard: float = 0.5,
    min_containment: float = 0.8,
    min_size_ratio: float = 0.6,
    lsh_threshold: float = 0.3,
    min_shingles: int = 20,
    num_perm: int = NUM_PERM,
    seed: int = MINHASH_SEED,
    size: int = SHINGLE_WORDS,
) -> pd.DataFrame:
    """Cluster documents that are copies of one story (wire copies, edited republications).

    Args:
        documents: The documents table (``doc_id``, ``outlet``, ``date``).
        texts: The texts table (``doc_id``, ``text``: the cleaned text).
        min_jaccard: Estimated Jaccard similarity of two documents' shingle
            sets that makes them copies.
        min_containment: Or: estimated share of the smaller document's
            shingles found in the larger one (a copy with paragraphs cut).
        min_size_ratio: A containment link needs the smaller document to
            have at least this share of the larger one's shingles: an old
            story pasted in full under a new lead twice its length is text
            reuse, not a copy of one story (seen in the Daily Mail).
        lsh_threshold: Jaccard threshold of the LSH index that proposes
            candidates (below ``min_jaccard``, so that containment links are
            proposed too).
        min_shingles: Documents with fewer distinct shingles are never linked
            (a few words match too easily).
        num_perm: MinHash permutations.
        seed: MinHash seed.
        size: Words per shingle.

    Returns:
        One row per document in a cluster of two or more: ``doc_id``,
        ``cluster_id`` (``copy-`` and a hash of the earliest document's text),
        ``similarity`` and ``containment`` (estimated, to the cluster's
        earliest document), ``earliest_doc_id`` (earliest by date, then
        doc_id; undated documents count as latest), ``outlet``, ``date``,
        ``n_docs`` (the cluster's size), sorted by cluster and date.
    """
    from datasketch import MinHashLSH

    docs = documents[["doc_id", "outlet", "date"]].drop_duplicates("doc_id")
    items = texts[["doc_id", "text"]].merge(docs, on="doc_id", how="left")
    items = items.sort_values("doc_id", kind="mergesort").reset_index(drop=True)
    if items.empty:
        return pd.DataFrame(columns=COPIES_COLUMNS)
    signatures, sizes = minhash_signatures(items["text"], num_perm=num_perm, seed=seed, size=size)
    lsh = MinHashLSH(threshold=lsh_threshold, num_perm=num_perm)
    usable = sizes >= min_shingles
    for i in np.flatnonzero(usable):
        lsh.insert(str(i), signatures[i], check_duplication=False)
    links: dict[int, dict[int, float]] = {}
    for i in np.flatnonzero(usable):
        for key in sorted(int(k) for k in lsh.query(signatures[i])):
            if key <= i:
                continue
            jaccard, containment = _estimate(signatures, sizes, i, key)
            ratio = min(sizes[i], sizes[key]) / max(sizes[i], sizes[key])
            if jaccard >= min_jaccard or (
                containment >= min_containment and ratio >= min_size_ratio
            ):
                links.setdefault(int(i), {})[key] = jaccard
                links.setdefault(key, {})[int(i)] = jaccard
    dates = pd.to_datetime(items["date"], errors="coerce")
    order = sorted(
        range(len(items)),
        key=lambda i: (
            pd.isna(dates[i]),
            dates[i] if not pd.isna(dates[i]) else 0,
            items["doc_id"][i],
        ),
    )
    rank = {i: r for r, i in enumerate(order)}
    leader: dict[int, int] = {}
    for i in order:
        earlier = [j for j in links.get(i, {}) if rank[j] < rank[i] and leader[j] == j]
        leader[i] = max(earlier, key=lambda j: (links[i][j], -rank[j])) if earlier else i
    items["_root"] = [leader[i] for i in range(len(items))]
    items["_n"] = items.groupby("_root")["doc_id"].transform("size")
    members = items[items["_n"] >= 2].copy()
    if members.empty:
        return pd.DataFrame(columns=COPIES_COLUMNS)
    members["_date"] = pd.to_datetime(members["date"], errors="coerce")
    members = members.sort_values(
        ["_root", "_date", "doc_id"], na_position="last", kind="mergesort"
    )
    earliest = members.groupby("_root").head(1).set_index("_root")
    members["earliest_doc_id"] = members["_root"].map(earliest["doc_id"])
    members["cluster_id"] = members["_root"].map(
        earliest["text"].map(
            lambda t: "copy-" + hashlib.sha1(str(t).encode("utf-8")).hexdigest()[:12]
        )
    )
    first_row = dict(
        zip(
            members.groupby("_root").head(1)["_root"],
            members.groupby("_root").head(1).index,
            strict=True,
        )
    )
    estimates = [
        _estimate(signatures, sizes, int(row), int(first_row[root]))
        for row, root in zip(members.index, members["_root"], strict=True)
    ]
    members["similarity"] = [round(j, 4) for j, _ in estimates]
    members["containment"] = [round(c, 4) for _, c in estimates]
    members["n_docs"] = members["_n"].astype("int64")
    members = members.sort_values(
        ["cluster_id", "_date", "doc_id"], na_position="last", kind="mergesort"
    )
    return members[COPIES_COLUMNS].reset_index(drop=True)


def _estimate(signatures: list, sizes: np.ndarray, i: int, j: int) -> tuple[float, float]:
    """Estimated Jaccard similarity and containment (in the smaller set) of two documents."""
    if i == j:
        return 1.0, 1.0
    jaccard = float(signatures[i].jaccard(signatures[j]))
    smaller = min(sizes[i], sizes[j])
    if not smaller:
        return jaccard, 0.0
    intersection = jaccard * (sizes[i] + sizes[j]) / (1 + jaccard)
    return jaccard, float(min(1.0, intersection / smaller))


def dedupe(table: pd.DataFrame, copies: pd.DataFrame, *, mode: str = "none") -> pd.DataFrame:
    """Drop the rows of copies, so a story told by several outlets counts once.

    Args:
        table: Any table with a ``doc_id`` column (documents, mentions,
            quotes, naming forms...).
        copies: The output of :func:`find_copies`.
        mode: ``none`` keeps every row; ``cluster`` keeps, of each cluster of
            copies, only the rows of its earliest document (so the story is
            counted once, for the outlet that published it first).

    Returns:
        The kept rows, in their original order, index reset.

    Raises:
        ValueError: For an unknown mode.
    """
    if mode not in DEDUPE_MODES:
        raise ValueError(f"dedupe: unknown mode {mode!r}; use one of {', '.join(DEDUPE_MODES)}")
    if mode == "none" or copies.empty:
        return table.reset_index(drop=True)
    later = set(copies.loc[copies["doc_id"] != copies["earliest_doc_id"], "doc_id"])
    return table[~table["doc_id"].isin(later)].reset_index(drop=True)


def describe_dedupe(documents: pd.DataFrame, copies: pd.DataFrame, *, mode: str) -> str:
    """One line saying what :func:`dedupe` with ``mode`` does to a corpus's counts."""
    kept = dedupe(documents, copies, mode=mode)
    n_later = int((copies["doc_id"] != copies["earliest_doc_id"]).sum()) if len(copies) else 0
    n_clusters = copies["cluster_id"].nunique() if len(copies) else 0
    what = (
        "each counted once, for the outlet that published it first"
        if mode == "cluster"
        else "every document counted"
    )
    return (
        f"dedupe={mode}: {len(documents):,} documents, {n_later:,} of them copies of an earlier "
        f"one ({n_clusters:,} clusters of copies, {what}); counting statistics below rest on "
        f"{len(kept):,} documents"
    )


def copy_shares(
    copies: pd.DataFrame, documents: pd.DataFrame, *, by: str = "outlet"
) -> pd.DataFrame:
    """How much of each outlet's output is a copy of an earlier document, and of whose.

    Returns:
        One row per (``by``, ``source``) pair: ``n_docs`` (the group's
        documents), ``n_copies`` (of them, copies whose cluster's earliest
        document is from ``source``), ``share``; sorted by group and source.
    """
    columns = [by, "source", "n_docs", "n_copies", "share"]
    totals = documents.groupby(documents[by].fillna("unknown"))["doc_id"].nunique()
    later = copies[copies["doc_id"] != copies["earliest_doc_id"]]
    if later.empty:
        return pd.DataFrame(columns=columns)
    source = copies.drop_duplicates("doc_id").set_index("doc_id")[by]
    table = pd.DataFrame(
        {
            by: later[by].fillna("unknown").to_numpy(),
            "source": later["earliest_doc_id"].map(source).fillna("unknown").to_numpy(),
        }
    )
    table = table.groupby([by, "source"]).size().rename("n_copies").reset_index()
    table["n_docs"] = table[by].map(totals).astype("int64")
    table["share"] = table["n_copies"] / table["n_docs"]
    return table[columns].sort_values([by, "source"], kind="mergesort").reset_index(drop=True)


# --------------------------------------------------------------------------- quote chains


def quote_key(doc_id: str, start_char: int, end_char: int) -> str:
    """The key of a quote row: ``doc_id:start_char-end_char``."""
    return f"{doc_id}:{int(start_char)}-{int(end_char)}"


def longest_common_run(a: str, b: str) -> int:
    """Length in words of the longest run of words two texts share in the same order."""
    words_a = [w.lower() for w in _WORD_RE.findall(a)]
    words_b = [w.lower() for w in _WORD_RE.findall(b)]
    if not words_a or not words_b:
        return 0
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    return matcher.find_longest_match(0, len(words_a), 0, len(words_b)).size


def quote_pairs(
    quotes: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    max_days: float | None = 3,
    min_words: int = 6,
    min_similarity: float = 0.35,
    min_run: int = 3,
    min_similarity_no_run: float = 0.45,
    min_shared_no_run: int = 4,
) -> pd.DataFrame:
    """Pairs of quotes of different outlets that render the same statement, strictly.

    Candidates come from :func:`corpus_utils.analysis.outlets.align_quotes` (shared
    rare content words, same speaker when both are linked, dates close).
    A candidate is kept only when the shorter quote has at least
    ``min_words`` words: a quoted term or idiom ("special military
    operation", "hit the ground running") is a phrase many outlets put in
    quotation marks, not one statement travelling. It is then kept when both
    quotes share a run of at least ``min_run`` words in the same order (a
    shortened quote keeps its words in order) and reach ``min_similarity``;
    or, without such a run (a re-translation changes the words), when their
    similarity reaches ``min_similarity_no_run`` with at least ``min_shared_no_run`` shared
    content terms (three shared words such as "highest", "risk", "decades"
    are a coincidence of phrasing).

    Returns:
        The rows of ``align_quotes`` that are kept, with ``n_words`` (of the
        shorter quote) and ``run`` (the longest shared run of words) added.
    """
    pairs = compare.align_quotes(quotes, documents, max_days=max_days)
    if pairs.empty:
        return pairs.assign(n_words=pd.Series(dtype="int64"), run=pd.Series(dtype="int64"))
    pairs = pairs.copy()
    pairs["n_words"] = [
        min(len(_WORD_RE.findall(a)), len(_WORD_RE.findall(b)))
        for a, b in zip(pairs["quote_a"], pairs["quote_b"], strict=True)
    ]
    pairs["run"] = [
        longest_common_run(a, b) for a, b in zip(pairs["quote_a"], pairs["quote_b"], strict=True)
    ]
    similar = (pairs["run"] >= min_run) & (pairs["similarity"] >= min_similarity)
    similar |= (pairs["similarity"] >= min_similarity_no_run) & (
        pairs["n_shared"] >= min_shared_no_run
    )
    return pairs[(pairs["n_words"] >= min_words) & similar].reset_index(drop=True)


def quote_chains(
    quotes: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    pairs: pd.DataFrame | None = None,
    max_days: float | None = 3,
) -> pd.DataFrame:
    """Chains of quotes: one statement as several outlets quote it, in order of appearance.

    A chain is a connected component of the pairs of :func:`quote_pairs`.
    Its first member is the earliest by date (then doc_id and position);
    every member is compared with it.

    Args:
        quotes: The quotes table (``doc_id``, ``start_char``, ``end_char``,
            ``quote``, ``speaker_text``, ``speaker_id``).
        documents: The documents table (``doc_id``, ``outlet``, ``date``).
        pairs: Pairs already computed by :func:`quote_pairs` (else computed).
        max_days: Passed to :func:`quote_pairs`.

    Returns:
        One row per quote in a chain: ``chain_id`` (``quote-`` and a hash of
        the first quote's key), ``doc_id``, ``start_char``, ``end_char``,
        ``quote_key``, ``outlet``, ``date``, ``order`` (0 for the first),
        ``first`` (the first quote's key), ``similarity`` (IDF-weighted Dice
        of content terms with the first quote, 1 for the first),
        ``words_added`` and ``words_dropped`` (words of this quote not in the
        first, and of the first not in this one, by word diff),
        ``speaker_text`` and ``speaker_id`` as this outlet gives them,
        ``quote``; sorted by chain and order.
    """
    if pairs is None:
        pairs = quote_pairs(quotes, documents, max_days=max_days)
    if pairs.empty:
        return pd.DataFrame(columns=QUOTE_CHAIN_COLUMNS)
    keys_a = [
        quote_key(d, s, e)
        for d, s, e in zip(
            pairs["doc_id_a"], pairs["start_char_a"], pairs["end_char_a"], strict=True
        )
    ]
    keys_b = [
        quote_key(d, s, e)
        for d, s, e in zip(
            pairs["doc_id_b"], pairs["start_char_b"], pairs["end_char_b"], strict=True
        )
    ]
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in sorted(zip(keys_a, keys_b, strict=True)):
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)
    items = quotes.copy()
    items["quote_key"] = [
        quote_key(d, s, e)
        for d, s, e in zip(items["doc_id"], items["start_char"], items["end_char"], strict=True)
    ]
    items = items[items["quote_key"].isin(parent)].drop_duplicates("quote_key")
    for column in ("speaker_text", "speaker_id"):
        if column not in items.columns:
            items[column] = None
    meta = documents[["doc_id", "outlet", "date"]].drop_duplicates("doc_id")
    items = items.drop(columns=[c for c in ("outlet", "date") if c in items.columns])
    items = items.merge(meta, on="doc_id", how="left")
    items["_root"] = items["quote_key"].map(find)
    items["_date"] = pd.to_datetime(items["date"], errors="coerce")
    items = items.sort_values(
        ["_root", "_date", "doc_id", "start_char"], na_position="last", kind="mergesort"
    )
    items["order"] = items.groupby("_root").cumcount().astype("int64")
    first = items[items["order"] == 0].set_index("_root")
    items["first"] = items["_root"].map(first["quote_key"])
    items["chain_id"] = items["first"].map(
        lambda k: "quote-" + hashlib.sha1(k.encode("utf-8")).hexdigest()[:12]
    )
    first_quote = items["_root"].map(first["quote"])
    terms = [set(compare.content_terms(q)) for q in items["quote"]]
    weights = compare._idf(terms)
    similarity, added, dropped = [], [], []
    for quote, reference, these in zip(items["quote"], first_quote, terms, strict=True):
        score, _, _ = compare._weighted_overlap(
            these, set(compare.content_terms(reference)), weights
        )
        similarity.append(round(float(score), 4))
        diff = compare.word_diff(reference, quote)
        added.append(
            " ".join(text for tag, _, text in diff if tag in ("insert", "replace") and text)
        )
        dropped.append(
            " ".join(text for tag, text, _ in diff if tag in ("delete", "replace") and text)
        )
    items["similarity"] = similarity
    items["words_added"] = added
    items["words_dropped"] = dropped
    items = items.sort_values(["chain_id", "order"], kind="mergesort")
    return items[QUOTE_CHAIN_COLUMNS].reset_index(drop=True)


# --------------------------------------------------------------------------- naming over time


def wilson_interval(successes, trials, *, z: float = 1.959964) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval of binomial proportions (NaN where there are no trials).

    The bounds are clipped to [0, share] and [share, 1]: at a share of 0 or 1
    rounding would otherwise put a bound a hair outside.
    """
    k = np.asarray(successes, dtype=float)
    n = np.asarray(trials, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = k / n
        centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return np.clip(centre - half, 0.0, p), np.clip(centre + half, p, 1.0)


def naming_weekly(
    forms: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    lexicon: pd.DataFrame | None = None,
    freq: str = "W",
) -> pd.DataFrame:
    """Each naming form's share of an outlet's uses of its choice, per week, with a Wilson interval.

    Args:
        forms: The output of :func:`corpus_utils.analysis.outlets.find_naming_forms`
            (only counted forms are used: exclusions are dropped first when
            the lexicon marks them; pass the counted rows).
        documents: The documents table (``doc_id``, ``outlet``, ``date``).
        lexicon: The naming lexicon: when given, every counted form of a
            choice gets a row (a zero share for a form nobody writes), not
            only the forms found.
        freq: A pandas period frequency (``"W"`` weeks).

    Returns:
        Columns ``outlet``, ``choice``, ``form``, ``week`` (the period's
        start date), ``count``, ``total`` (the outlet's uses of the choice
        that week), ``n_docs`` (documents using the choice that week),
        ``share``, ``low``, ``high``; undated documents are left out; sorted
        by outlet, choice, form and week.
    """
    columns = [
        "outlet",
        "choice",
        "form",
        "week",
        "count",
        "total",
        "n_docs",
        "share",
        "low",
        "high",
    ]
    table = _dated_forms(forms, documents, freq)
    if table.empty:
        return pd.DataFrame(columns=columns)
    counts = (
        table.groupby(["outlet", "choice", "form", "week"]).size().rename("count").reset_index()
    )
    totals = table.groupby(["outlet", "choice", "week"]).agg(
        total=("doc_id", "size"), n_docs=("doc_id", "nunique")
    )
    pairs = table[["choice", "form"]]
    if lexicon is not None:
        pairs = pd.concat([pairs, lexicon.loc[lexicon["counts"] == "yes", ["choice", "form"]]])
    grid = totals.reset_index().merge(pairs.drop_duplicates(), on="choice", how="inner")
    grid = grid.merge(counts, on=["outlet", "choice", "form", "week"], how="left")
    grid["count"] = grid["count"].fillna(0).astype("int64")
    grid["share"] = grid["count"] / grid["total"]
    grid["low"], grid["high"] = wilson_interval(grid["count"], grid["total"])
    return (
        grid[columns]
        .sort_values(["outlet", "choice", "form", "week"], kind="mergesort")
        .reset_index(drop=True)
    )


def change_point(
    successes: np.ndarray,
    trials: np.ndarray,
    groups: np.ndarray,
    *,
    n_permutations: int = 999,
    seed: int = 0,
) -> dict:
    """Test for one change in a binomial proportion over ordered periods.

    The statistic is the likelihood ratio of "one proportion before period t
    and another from t on" against "one proportion throughout", maximised
    over t (every boundary between two periods that have uses). Its null
    distribution is not chi-square (the maximum over t), so the p-value comes
    from permutations that shuffle the units (documents: each keeps its own
    successes and trials) over the periods, keeping how many units each
    period has.

    Args:
        successes: Per unit (document), the uses of the form.
        trials: Per unit, the uses of the choice.
        groups: Per unit, the index of its period (ordered in time).
        n_permutations: Number of permutations.
        seed: Seed of the permutations.

    Returns:
        ``split`` (the index of the first period after the change, or None),
        ``lr`` (twice the log-likelihood ratio), ``p_value``, ``before`` and
        ``after`` (the proportions on both sides).
    """
    successes = np.asarray(successes, dtype=float)
    trials = np.asarray(trials, dtype=float)
    groups = np.asarray(groups)
    order = np.argsort(groups, kind="stable")
    successes, trials, groups = successes[order], trials[order], groups[order]
    periods = np.unique(groups)
    if len(periods) < 2 or trials.sum() == 0:
        return {"split": None, "lr": 0.0, "p_value": 1.0, "before": math.nan, "after": math.nan}
    index = np.searchsorted(periods, groups)

    def statistic(k: np.ndarray, n: np.ndarray) -> tuple[float, int, float, float]:
        k_period = np.bincount(index, weights=k, minlength=len(periods))
        n_period = np.bincount(index, weights=n, minlength=len(periods))
        ck, cn = np.cumsum(k_period)[:-1], np.cumsum(n_period)[:-1]
        tk, tn = k_period.sum(), n_period.sum()
        valid = (cn > 0) & (tn - cn > 0)
        if not valid.any():
            return 0.0, -1, math.nan, math.nan
        ll = _binom_ll(ck, cn) + _binom_ll(tk - ck, tn - cn) - _binom_ll(tk, tn)
        ll = np.where(valid, ll, -np.inf)
        best = int(np.argmax(ll))
        return 2 * float(ll[best]), best + 1, ck[best] / cn[best], (tk - ck[best]) / (tn - cn[best])

    lr, split, before, after = statistic(successes, trials)
    if split < 0:
        return {"split": None, "lr": 0.0, "p_value": 1.0, "before": math.nan, "after": math.nan}
    rng = np.random.default_rng(seed)
    exceed = 0
    for _ in range(n_permutations):
        shuffle = rng.permutation(len(successes))
        if statistic(successes[shuffle], trials[shuffle])[0] >= lr - 1e-9:
            exceed += 1
    return {
        "split": split,
        "lr": lr,
        "p_value": (exceed + 1) / (n_permutations + 1),
        "before": before,
        "after": after,
    }


def _binom_ll(k, n):
    k, n = np.asarray(k, dtype=float), np.asarray(n, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(n > 0, k / n, 0.0)
        a = np.where(k > 0, k * np.log(np.where(p > 0, p, 1.0)), 0.0)
        b = np.where(n - k > 0, (n - k) * np.log(np.where(p < 1, 1 - p, 1.0)), 0.0)
    return a + b


def naming_switches(
    forms: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    choices: Iterable[str] | None = ("capital_name", "president_name", "war_name"),
    freq: str = "W",
    min_weeks: int = 8,
    min_uses: int = 20,
    alpha: float = 0.01,
    n_permutations: int = 999,
    seed: int = 0,
) -> pd.DataFrame:
    """When an outlet switched naming forms: one change-point test per outlet, choice and form.

    For each form of a choice that an outlet uses (Kiev, Kyiv, ...), the
    test of :func:`change_point` on that form's share of the outlet's uses
    of the choice, week by week. ``switch_week`` is the first week after the
    change when the p-value is below ``alpha``.

    Args:
        forms: Counted naming forms (``doc_id``, ``choice``, ``form``).
        documents: The documents table (``doc_id``, ``outlet``, ``date``).
        choices: The choices tested (None: every choice in ``forms``).
        freq: The period (``"W"``: weeks).
        min_weeks: An outlet whose dated uses span fewer weeks gets a caveat.
        min_uses: An outlet with fewer dated uses of the choice gets a caveat.
        alpha: Significance level of a switch.
        n_permutations: Permutations of the test.
        seed: Seed of the permutations.

    Returns:
        Columns ``outlet``, ``choice``, ``form``, ``n_docs``, ``n_uses``
        (of the choice), ``n_weeks`` (weeks with a use), ``span_weeks``
        (first to last), ``first_week``, ``last_week``, ``share``,
        ``share_before``, ``share_after``, ``change_week`` (the best split),
        ``lr``, ``p_value``, ``switch_week`` (``change_week`` when
        significant, else empty), ``caveat``; sorted by outlet, choice, form.
    """
    columns = ["outlet", "choice", "form", "n_docs", "n_uses", "n_weeks", "span_weeks"]
    columns += ["first_week", "last_week", "share", "share_before", "share_after"]
    columns += ["change_week", "lr", "p_value", "switch_week", "caveat"]
    table = _dated_forms(forms, documents, freq)
    if choices is not None:
        table = table[table["choice"].isin(list(choices))]
    if table.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for (outlet, choice), group in table.groupby(["outlet", "choice"], sort=True):
        per_doc = group.groupby(["doc_id", "week"]).size().rename("n").reset_index()
        weeks = sorted(per_doc["week"].unique())
        span = (weeks[-1] - weeks[0]).days // 7 + 1
        caveat = []
        if span < min_weeks:
            caveat.append(
                f"dates span {span} week(s), fewer than {min_weeks}: too short to see a switch"
            )
        if len(group) < min_uses:
            caveat.append(f"{len(group)} use(s), fewer than {min_uses}")
        week_index = np.searchsorted(np.array(weeks), per_doc["week"].to_numpy())
        for form in sorted(group["form"].unique()):
            hits = group[group["form"] == form].groupby("doc_id").size()
            k = per_doc["doc_id"].map(hits).fillna(0).to_numpy()
            result = change_point(
                k, per_doc["n"].to_numpy(), week_index, n_permutations=n_permutations, seed=seed
            )
            change = weeks[result["split"]] if result["split"] is not None else pd.NaT
            significant = result["split"] is not None and result["p_value"] < alpha
            rows.append(
                {
                    "outlet": outlet,
                    "choice": choice,
                    "form": form,
                    "n_docs": int(per_doc["doc_id"].nunique()),
                    "n_uses": len(group),
                    "n_weeks": len(weeks),
                    "span_weeks": span,
                    "first_week": weeks[0],
                    "last_week": weeks[-1],
                    "share": float(k.sum() / per_doc["n"].sum()),
                    "share_before": result["before"],
                    "share_after": result["after"],
                    "change_week": change,
                    "lr": round(result["lr"], 4),
                    "p_value": result["p_value"],
                    "switch_week": change if significant else pd.NaT,
                    "caveat": "; ".join(caveat),
                }
            )
    return pd.DataFrame(rows, columns=columns)


def _dated_forms(forms: pd.DataFrame, documents: pd.DataFrame, freq: str) -> pd.DataFrame:
    meta = documents[["doc_id", "outlet", "date"]].drop_duplicates("doc_id").copy()
    meta["outlet"] = meta["outlet"].astype(object).where(meta["outlet"].notna(), "unknown")
    meta["date"] = pd.to_datetime(meta["date"], errors="coerce")
    table = forms[["doc_id", "choice", "form"]].merge(meta, on="doc_id", how="inner")
    table = table[table["date"].notna()].copy()
    table["week"] = table["date"].dt.to_period(freq).dt.start_time
    return table


def counted_forms(forms: pd.DataFrame, lexicon: pd.DataFrame) -> pd.DataFrame:
    """Keep the naming matches whose form the lexicon counts (drop the exclusions)."""
    counted = lexicon.loc[lexicon["counts"] == "yes", ["choice", "form"]]
    return forms.merge(counted, on=["choice", "form"], how="inner").reset_index(drop=True)


# --------------------------------------------------------------------------- whose numbers

#: Words that make a figure a casualty, refugee or equipment count. A word of the figure's
#: counted noun phrase decides first ("6,655 civilian deaths", "45 tanks"); else, for a count of
#: people, the topic word of the sentence nearest the figure ("300 civilians died").
FIGURE_TOPICS = {
    "casualties": re.compile(
        r"\b(?:kill\w*|dead|deaths?|die[ds]?|dying|casualt\w*|fatalit\w*|wound\w*|injur\w*|"
        r"lives|bodies|perish\w*)\b",
        re.I,
    ),
    "refugees": re.compile(
        r"\b(?:refugees?|displaced|displacement|evacuee\w*|asylum|fle[de]|fleeing|"
        r"border crossings?)\b",
        re.I,
    ),
    "equipment": re.compile(
        r"\b(?:tanks?|aircraft|planes?|jets?|helicopters?|drones?|missiles?|rockets?|"
        r"artillery|howitzers?|launchers?|vehicles?|armou?red|ships?|warships?|vessels?|"
        r"guns?|weapons?|equipment|systems?|shells?|HIMARS)\b",
        re.I,
    ),
}
#: Categories of figures the topics apply to: counts of people, and other counts.
TOPIC_CATEGORIES = ("people", "count")
CLAIMED_COLUMNS = [
    "doc_id",
    "outlet",
    "date",
    "start_char",
    "end_char",
    "surface",
    "value",
    "category",
    "counted",
    "topic",
    "claimant_text",
    "claimant_id",
    "side",
    "side_from",
]


def figure_topic(quantities: pd.DataFrame, topics: dict | None = None) -> pd.Series:
    """The topic of each figure (``casualties``, ``refugees``, ``equipment``), or None.

    Only counts of people and other counts (:data:`TOPIC_CATEGORIES`) get
    one. Equipment is read from the counted noun phrase only (a count of
    tanks); casualties and refugees also from the sentence, for a count of
    people ("300 civilians died"), taking the topic word nearest the figure.
    """
    topics = FIGURE_TOPICS if topics is None else topics
    out = []
    for row in quantities.itertuples(index=False):
        topic = None
        if row.category in TOPIC_CATEGORIES:
            counted = row.counted if isinstance(row.counted, str) else ""
            found = [name for name, pattern in topics.items() if pattern.search(counted)]
            if found:
                topic = found[0]
            elif row.category == "people" and isinstance(row.sentence, str):
                at = row.sentence.find(str(row.surface))
                best = None
                for name, pattern in topics.items():
                    if name == "equipment":
                        continue
                    for match in pattern.finditer(row.sentence):
                        distance = abs(match.start() - at) if at >= 0 else match.start()
                        if best is None or distance < best[0]:
                            best = (distance, name)
                topic = best[1] if best else None
        out.append(topic)
    return pd.Series(out, index=quantities.index, dtype=object)


def claimed_figures(
    quantities: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    mentions: pd.DataFrame | None = None,
    registry: pd.DataFrame | None = None,
    topics: dict | None = None,
) -> pd.DataFrame:
    """Casualty, refugee and equipment counts with their claimant and the claimant's side.

    Args:
        quantities: The quantities table (with ``claimant_text``, ``claimant_id``).
        documents: The documents table (``doc_id``, ``outlet``, ``date``).
        mentions: The mentions table: a claimant the registry does not know
            ("Ukraine's general staff", "a senior US official") takes the side
            of the registered actors named inside its words, when they all
            have one side.
        registry: The actor registry (default: the package's).
        topics: Topic patterns (default :data:`FIGURE_TOPICS`).

    Returns:
        One row per figure with a topic and a value: the columns
        :data:`CLAIMED_COLUMNS`. ``side`` is the registry side of
        ``claimant_id``, or the side named inside the claimant's words
        (``side_from`` ``named in claimant``), else ``unresolved`` for a
        named claimant of no known side, ``unnamed`` for a claimant without
        an id, and ``none`` when the sentence names no claimant. Sorted by
        outlet, topic, doc_id and position.
    """
    from corpus_utils.extract.actors import load_registry

    registry = load_registry() if registry is None else registry
    sides = dict(zip(registry["actor_id"], registry["side"], strict=True))
    figures = quantities[quantities["category"].isin(TOPIC_CATEGORIES)].copy()
    if "vague" in figures.columns:
        figures = figures[~figures["vague"].fillna(False).astype(bool)]
    figures = figures[figures["value"].notna()]
    figures["topic"] = figure_topic(figures, topics)
    figures = figures[figures["topic"].notna()]
    meta = documents[["doc_id", "outlet", "date"]].drop_duplicates("doc_id")
    figures = figures.merge(meta, on="doc_id", how="left")
    if figures.empty:
        return pd.DataFrame(columns=CLAIMED_COLUMNS)
    named_sides = _sides_named_in(figures, mentions, sides)
    side, side_from = [], []
    for row, inside in zip(figures.itertuples(index=False), named_sides, strict=True):
        claimant_id = row.claimant_id if isinstance(row.claimant_id, str) else None
        if claimant_id in sides:
            side.append(sides[claimant_id])
            side_from.append("registry")
        elif not isinstance(row.claimant_text, str):
            side.append("none")
            side_from.append("")
        elif inside is not None:
            side.append(inside)
            side_from.append("named in claimant")
        else:
            side.append("unresolved" if claimant_id else "unnamed")
            side_from.append("")
    figures["side"], figures["side_from"] = side, side_from
    figures["outlet"] = figures["outlet"].astype(object).where(figures["outlet"].notna(), "unknown")
    figures = figures.sort_values(
        ["outlet", "topic", "doc_id", "start_char", "end_char"], kind="mergesort"
    )
    return figures[CLAIMED_COLUMNS].reset_index(drop=True)


def _sides_named_in(
    figures: pd.DataFrame, mentions: pd.DataFrame | None, sides: dict[str, str]
) -> list[str | None]:
    """Per figure: the one side of the registered actors named inside its claimant's words."""
    if mentions is None or mentions.empty or "claimant_start" not in figures.columns:
        return [None] * len(figures)
    registered = mentions[mentions["actor_id"].isin(list(sides))]
    by_doc = {doc: group for doc, group in registered.groupby("doc_id")}
    out: list[str | None] = []
    for row in figures.itertuples(index=False):
        group = by_doc.get(row.doc_id)
        if group is None or pd.isna(row.claimant_start):
            out.append(None)
            continue
        inside = group[
            (group["start_char"] >= row.claimant_start) & (group["end_char"] <= row.claimant_end)
        ]
        found = {sides[a] for a in inside["actor_id"]}
        out.append(found.pop() if len(found) == 1 else None)
    return out


def claimant_sides(claimed: pd.DataFrame, *, by: str = "outlet") -> pd.DataFrame:
    """Whose numbers each outlet repeats: figures per outlet, topic and claimant's side.

    Args:
        claimed: The output of :func:`claimed_figures`.
        by: The grouping column (``outlet``).

    Returns:
        Columns ``by``, ``topic``, ``side``, ``n_figures``, ``n_claimed``
        (the group's figures that name a claimant) and ``share`` (of
        ``n_claimed``; empty for ``side`` ``none``); sorted by group, topic and side.
    """
    columns = [by, "topic", "side", "n_figures", "n_claimed", "share"]
    if claimed.empty:
        return pd.DataFrame(columns=columns)
    table = claimed.groupby([by, "topic", "side"]).size().rename("n_figures").reset_index()
    claimed_only = claimed[claimed["side"] != "none"]
    n_claimed = claimed_only.groupby([by, "topic"]).size()
    keys = list(zip(table[by], table["topic"], strict=True))
    table["n_claimed"] = [int(n_claimed.get(k, 0)) for k in keys]
    table["share"] = (table["n_figures"] / table["n_claimed"].where(table["n_claimed"] > 0)).where(
        table["side"] != "none"
    )
    return (
        table[columns].sort_values([by, "topic", "side"], kind="mergesort").reset_index(drop=True)
    )


# --------------------------------------------------------------------------- tables


def provenance_tables(annotation) -> dict[str, pd.DataFrame]:
    """The ``copies`` and ``quote_chains`` tables of an annotated corpus."""
    documents = annotation.table("documents")
    copies = find_copies(documents, annotation.table("texts"))
    chains = quote_chains(annotation.table("quotes"), documents)
    return {"copies": copies, "quote_chains": chains}
