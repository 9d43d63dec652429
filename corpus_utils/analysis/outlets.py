"""Compare outlets: naming choices, voices, attention, distinctive words, shared quotes and figures.

Every public function takes the project's tidy tables (``documents``,
``mentions``, ``quotes``, ``quantities``, lemma counts; see ``DESIGN.md``) and
returns a new :class:`pandas.DataFrame` sorted with a full tie-break, so the
same input always gives the same output. ``by`` names the ``documents`` column
that defines the groups compared (``"outlet"`` by default); a document whose
group is missing is put in the group ``"unknown"``.

Similarity between two short texts (two quotes, two counted phrases) is the
weighted Dice coefficient of their *content terms*: lower-cased words that are
not spaCy stop words, with a light suffix stripping (``weapons`` -> ``weapon``,
``pumping`` -> ``pump``) so inflected forms meet. Terms are weighted by their
inverse document frequency in the table being aligned, so shared rare words
(``battalions``) count for more than shared common ones (``Ukraine``). It is
meant to be explainable, not clever: the shared terms are returned with every
pair.
"""

from __future__ import annotations

import difflib
import functools
import html
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS

from corpus_utils.config import DATA_DIR
from corpus_utils.data import read_data_file
from corpus_utils.vocabulary import REGISTRY_SIDES, SPEAKER_SIDES

NAMING_PATH = DATA_DIR / "naming.csv"
NAMING_COLUMNS = ("choice", "form", "pattern", "case", "counts", "note")
NAMING_CASES = {"exact": 0, "ignore": re.IGNORECASE}
NAMING_COUNTS = ("yes", "no")

#: A speaker text without a registry actor is an anonymous source when it starts
#: with one of these words ...
UNNAMED_DETERMINERS = frozenset(
    ["a", "an", "one", "two", "three", "four", "several", "some", "many", "unnamed", "anonymous"]
)
#: ... or contains one of these words anywhere.
UNNAMED_WORDS = frozenset(
    [
        "unnamed",
        "anonymous",
        "anonymity",
        "unidentified",
        "source",
        "sources",
        "insider",
        "insiders",
    ]
)
#: ... or is "the" plus a role noun with no capitalised name after it ("the
#: spokesperson", "the quoted official").
UNNAMED_ROLES = frozenset(
    [
        "official",
        "officials",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "spokespeople",
        "aide",
        "aides",
        "diplomat",
        "diplomats",
        "officer",
        "officers",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "analyst",
        "analysts",
        "person",
        "people",
        "man",
        "woman",
        "resident",
        "residents",
        "source",
        "sources",
        "representative",
        "representatives",
    ]
)

#: Prefix of the key of an actor that is not in the registry (as in ``actors.actor_key``).
UNREGISTERED = "unregistered:"

#: Quantity categories that are not figures worth comparing across outlets.
UNSHARED_CATEGORIES = ("date", "year", "ordinal", "age")

_TERM_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_DIFF_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_WORD_RE = re.compile(r"\w+(?:['’]\w+)*")
_QUOTE_CHARS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


# --------------------------------------------------------------------------- selection


def select_groups(
    documents: pd.DataFrame, keep: list[str] | tuple[str, ...] | None = None, *, by: str = "outlet"
) -> pd.DataFrame:
    """Keep the documents of some groups (a notebook's outlet filter).

    Apply it once, to the documents table, and pass the result to every
    function of this module: they all take their groups from ``documents``,
    and :func:`keep_documents` trims the other tables to match.

    Args:
        documents: The documents table (``doc_id`` and ``by``).
        keep: The groups to keep, as named in ``by``; None keeps every
            document. A missing group is named ``"unknown"`` here too.
        by: The documents column that defines the groups.

    Returns:
        The kept rows of ``documents``, in their original order, index reset.

    Raises:
        ValueError: When ``keep`` is empty or names a group that has no
            document (the message lists the groups there are).
    """
    if keep is None:
        return documents.reset_index(drop=True)
    if isinstance(keep, str):
        keep = [keep]
    if not len(keep):
        raise ValueError(f"select_groups: keep names no {by}; use None to keep every document")
    labels = _group_labels(documents, by)[by] if by != "doc_id" else documents["doc_id"]
    known = set(labels)
    unknown = [g for g in keep if g not in known]
    if unknown:
        raise ValueError(
            f"select_groups: no document has {by} {', '.join(map(repr, unknown))}; "
            f"the {by} values are {', '.join(map(repr, sorted(known, key=str)))}"
        )
    mask = labels.isin(list(keep)).to_numpy()
    return documents[mask].reset_index(drop=True)


def keep_documents(table: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Keep the rows of a per-document table whose ``doc_id`` is in ``documents``.

    Args:
        table: Any table with a ``doc_id`` column (mentions, quotes, lemmas...).
        documents: The documents kept (for instance by :func:`select_groups`).

    Returns:
        The kept rows, in their original order, index reset.
    """
    return table[table["doc_id"].isin(documents["doc_id"])].reset_index(drop=True)


def date_coverage(documents: pd.DataFrame, *, by: str = "outlet", freq: str = "W") -> pd.DataFrame:
    """When each group's documents were published, and how much the groups overlap in time.

    A comparison of outlets is also a comparison of the dates they cover: if
    one outlet's articles come from spring and another's from autumn, every
    difference between them may be a difference between the two seasons of
    the war. ``share_shared`` measures how far this is avoided: the share of
    a group's dated documents published in a period (a week by default) in
    which at least one other group also has a document.

    Args:
        documents: The documents table (``doc_id``, ``by``, ``date``).
        by: The documents column that defines the groups.
        freq: A pandas period frequency (``"W"`` weeks, ``"D"`` days, ``"M"``
            months).

    Returns:
        One row per group: ``by``, ``n_docs``, ``n_dated`` (with a readable
        date), ``first_date``, ``last_date``, ``span_days`` (last minus
        first), ``n_periods`` (distinct periods with a document),
        ``share_shared`` (NaN without dated documents), sorted by group.
    """
    table = _with_dates(documents[["doc_id"]], documents, by)
    table["period"] = table["date"].dt.to_period(freq)
    dated = table[table["date"].notna()]
    groups_per_period = dated.groupby("period")[by].nunique()
    dated = dated.assign(shared=dated["period"].map(groups_per_period).to_numpy() >= 2)
    summary = table.groupby(by).agg(n_docs=("doc_id", "size"))
    stats = dated.groupby(by).agg(
        n_dated=("doc_id", "size"),
        first_date=("date", "min"),
        last_date=("date", "max"),
        n_periods=("period", "nunique"),
        share_shared=("shared", "mean"),
    )
    summary = summary.join(stats).reset_index()
    summary["n_dated"] = summary["n_dated"].fillna(0).astype("int64")
    summary["n_periods"] = summary["n_periods"].fillna(0).astype("int64")
    summary["span_days"] = (summary["last_date"] - summary["first_date"]).dt.days
    summary["share_shared"] = summary["share_shared"].astype(float)
    columns = [by, "n_docs", "n_dated", "first_date", "last_date", "span_days", "n_periods"]
    return _sorted(summary[[*columns, "share_shared"]], [by])


# --------------------------------------------------------------------------- naming


@dataclass(frozen=True)
class _NamingRule:
    choice: str
    form: str
    regex: re.Pattern[str]
    counts: bool
    order: int


def load_naming_lexicon(path: str | Path | None = None) -> pd.DataFrame:
    """Read the naming lexicon, the researcher-editable list of naming forms.

    Each row is one way of writing one choice (``capital_name``: ``Kyiv`` or
    ``Kiev``). ``pattern`` is a Python regex (write the word boundaries in
    it); ``case`` is ``exact`` (the pattern spells out the capitalisations it
    accepts) or ``ignore``; ``counts`` is ``yes`` for a form, ``no`` for an
    exclusion: a phrase that contains a form but must not count as one
    ("war crimes", "World War II"). Exclusions take part in the longest-match
    rule of :func:`find_naming_forms` and are then dropped.

    Args:
        path: A CSV with columns ``choice``, ``form``, ``pattern``, ``case``,
            ``counts`` and ``note``. Defaults to ``data/naming.csv``.

    Returns:
        The lexicon, one row per form, in file order.

    Raises:
        DataFileError: Naming the file, line and column of a row that cannot be used.
    """
    return _load_naming_cached(str(Path(path) if path else NAMING_PATH)).copy()


@functools.lru_cache(maxsize=8)
def _load_naming_cached(path: str) -> pd.DataFrame:
    rows = read_data_file(
        path,
        columns=NAMING_COLUMNS,
        required=("choice", "form", "pattern"),
        allowed={"case": tuple(NAMING_CASES), "counts": NAMING_COUNTS},
        unique=(("choice", "form"),),
        raw=("pattern",),
        nonempty=True,
    )
    for row in rows:
        choice, pattern = row["choice"], row["pattern"]
        if not re.fullmatch(r"[a-z][a-z0-9_]*", choice):
            raise row.fail(f"choice {choice!r} must be snake_case", "choice")
        try:
            regex = re.compile(pattern, NAMING_CASES[row["case"]])
        except re.error as error:
            raise row.fail(f"bad regular expression {pattern!r}: {error}", "pattern") from None
        if regex.search("") is not None:
            raise row.fail(f"pattern {pattern!r} matches the empty string", "pattern")
    return pd.DataFrame(rows, columns=list(NAMING_COLUMNS))


def _naming_rules(lexicon: pd.DataFrame) -> list[_NamingRule]:
    rules = []
    for order, row in enumerate(lexicon.itertuples(index=False)):
        flags = NAMING_CASES[row.case]
        rules.append(
            _NamingRule(
                row.choice, row.form, re.compile(row.pattern, flags), row.counts == "yes", order
            )
        )
    return rules


def _match_naming(text: str, rules: list[_NamingRule]) -> list[tuple[int, int, str, str]]:
    """Leftmost-longest matches per choice; exclusions are matched, then dropped."""
    by_choice: dict[str, list[tuple[int, int, int, _NamingRule]]] = {}
    for rule in rules:
        for match in rule.regex.finditer(text):
            if match.end() > match.start():
                by_choice.setdefault(rule.choice, []).append(
                    (match.start(), -(match.end() - match.start()), rule.order, rule)
                )
    found = []
    for candidates in by_choice.values():
        candidates.sort(key=lambda c: (c[0], c[1], c[2]))
        end = -1
        for start, neg_len, _, rule in candidates:
            if start < end:
                continue
            end = start - neg_len
            if rule.counts:
                found.append((start, end, rule.choice, rule.form))
    return found


def find_naming_forms(
    documents: pd.DataFrame,
    lexicon: pd.DataFrame | None = None,
    *,
    column: str = "raw_text",
) -> pd.DataFrame:
    """Find every naming form of the lexicon in each document.

    The search runs on ``raw_text`` (so offsets are the table contract's),
    including page furniture such as headlines and captions: how an outlet
    spells a name there is still its choice. Within one choice the
    leftmost-longest match wins ("special military operation" is not also an
    "operation"; "war crimes" is an exclusion and does not count as "war");
    ties in length go to the earlier lexicon row. Different choices do not
    compete ("Kyiv" inside "the Kyiv regime" does not block anything else).

    Args:
        documents: The documents table (``doc_id`` and ``column``).
        lexicon: A lexicon as returned by :func:`load_naming_lexicon`
            (defaults to the package file).
        column: The text column to search.

    Returns:
        One row per match: ``doc_id``, ``start_char``, ``end_char``,
        ``surface`` (``text[start_char:end_char]``), ``choice``, ``form``,
        sorted by document and position.
    """
    rules = _naming_rules(load_naming_lexicon() if lexicon is None else lexicon)
    rows = []
    for doc_id, text in zip(documents["doc_id"], documents[column], strict=True):
        if not isinstance(text, str):
            continue
        for start, end, choice, form in _match_naming(text, rules):
            rows.append((doc_id, start, end, text[start:end], choice, form))
    columns = ["doc_id", "start_char", "end_char", "surface", "choice", "form"]
    table = pd.DataFrame(rows, columns=columns).astype({"start_char": "int64", "end_char": "int64"})
    return _sorted(table, ["doc_id", "start_char", "end_char", "choice", "form"])


def naming_choices(
    forms: pd.DataFrame, documents: pd.DataFrame, *, by: str = "outlet"
) -> pd.DataFrame:
    """Count naming forms per group and choice, with shares and one-form flags.

    The table is a full grid: every group of ``documents`` times every
    (choice, form) found anywhere in ``forms``, with zero counts where a group
    does not use a form, so charts and comparisons need no reindexing.

    Args:
        forms: The output of :func:`find_naming_forms`.
        documents: The documents table (``doc_id`` and ``by``).
        by: The documents column that defines the groups.

    Returns:
        Columns ``by``, ``choice``, ``form``, ``count`` (matches),
        ``n_docs`` (documents of the group using the form), ``choice_total``
        (the group's matches of any form of the choice), ``share``
        (``count / choice_total``, NaN when the group never makes the choice),
        ``only_form`` (True on the single form a group uses for a choice it
        makes: "TASS writes only Kiev") and ``only_group`` (True when this
        group is the only one using the form: "TASS alone writes Kiev"),
        sorted by group, choice and form.
    """
    groups = _group_labels(documents, by)
    columns = [by, "choice", "form", "count", "n_docs", "choice_total", "share"]
    columns += ["only_form", "only_group"]
    if forms.empty:
        return pd.DataFrame(columns=columns)
    table = _attach_group(forms, groups, by)
    counts = (
        table.groupby([by, "choice", "form"])
        .agg(count=("doc_id", "size"), n_docs=("doc_id", "nunique"))
        .reset_index()
    )
    pairs = counts[["choice", "form"]].drop_duplicates()
    grid = pd.DataFrame({by: sorted(groups[by].unique())}).merge(pairs, how="cross")
    grid = grid.merge(counts, on=[by, "choice", "form"], how="left")
    grid[["count", "n_docs"]] = grid[["count", "n_docs"]].fillna(0).astype("int64")
    grid["choice_total"] = grid.groupby([by, "choice"])["count"].transform("sum")
    grid["share"] = grid["count"] / grid["choice_total"].where(grid["choice_total"] > 0)
    used = grid["count"] > 0
    n_used = used.groupby([grid[by], grid["choice"]]).transform("sum")
    grid["only_form"] = used & (n_used == 1)
    n_groups = used.groupby([grid["choice"], grid["form"]]).transform("sum")
    grid["only_group"] = used & (n_groups == 1)
    return _sorted(grid[columns], [by, "choice", "form"])


# --------------------------------------------------------------------------- voices


def classify_speaker(speaker_text: object, speaker_id: object, registry_sides: dict) -> str:
    """Return the side of one quote's speaker (one of :data:`corpus_utils.vocabulary.SPEAKER_SIDES`).

    The rule, in order: a ``speaker_id`` found in the registry gives the
    registry's side (``other`` when the registry leaves it empty); an unknown
    ``speaker_id`` or a speaker text that names someone ("Inna Sydorchuk",
    "he") is ``unresolved``; a speaker text that describes an anonymous source
    is ``unnamed``: it starts with an indefinite word ("an unnamed U.S.
    official", "a State Department spokesperson", "two officials"), contains
    "unnamed", "anonymous", "source(s)"..., or is "the" and a role noun with
    no capitalised word ("the spokesperson", "the two officials"; but "the
    two countries" and "the Ambassador" are ``unresolved``); no
    speaker text at all is ``unknown``.

    Args:
        speaker_text: The speaker as written in the article, or None.
        speaker_id: The registry actor id, or None.
        registry_sides: Actor id -> side.
    """
    if _present(speaker_id):
        if speaker_id not in registry_sides:
            return "unresolved"
        side = registry_sides[speaker_id]
        return side if isinstance(side, str) and side in REGISTRY_SIDES else "other"
    if not _present(speaker_text) or not str(speaker_text).strip():
        return "unknown"
    words = _WORD_RE.findall(str(speaker_text))
    lowered = [w.lower() for w in words]
    if not lowered:
        return "unknown"
    if lowered[0] in UNNAMED_DETERMINERS or UNNAMED_WORDS.intersection(lowered):
        return "unnamed"
    rest = words[1:]
    if (
        lowered[0] == "the"
        and any(w.lower() in UNNAMED_ROLES for w in rest)
        and not any(w[0].isupper() for w in rest)
    ):
        return "unnamed"
    return "unresolved"


#: The quote kinds counted as voices unless told otherwise: words in marks
#: reported as said (``corpus_utils.extract.quotes.QUOTE_KINDS``; terms are no voice).
DIRECT_KINDS = ("direct",)
#: Reported speech without marks, with or without a quoted fragment.
INDIRECT_KINDS = ("indirect", "mixed")


def select_kinds(quotes: pd.DataFrame, kinds) -> pd.DataFrame:
    """The quotes of the given kinds (all of them for ``kinds=None``).

    A table written before quotes had a ``kind`` column holds only direct
    quotes and scare quotes, all counted as ``direct``.

    Raises:
        ValueError: On a kind that ``corpus_utils.extract.quotes.QUOTE_KINDS`` does not list.
    """
    if kinds is None:
        return quotes
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    unknown = sorted(set(kinds) - {"direct", "indirect", "mixed", "term"})
    if unknown:
        raise ValueError(
            f"unknown quote kind(s) {', '.join(map(repr, unknown))}: "
            "expected direct, indirect, mixed or term"
        )
    if "kind" not in quotes.columns:
        return quotes if "direct" in kinds else quotes.iloc[0:0]
    return quotes[quotes["kind"].isin(kinds)]


def quote_voices(
    quotes: pd.DataFrame,
    registry: pd.DataFrame | None,
    documents: pd.DataFrame,
    *,
    by: str = "outlet",
    kinds=DIRECT_KINDS,
) -> pd.DataFrame:
    """Share of quotes and of quoted words by the speaker's side, per group.

    Sides follow :func:`classify_speaker`. Quoted words are the word tokens
    of ``quote`` (letters or digits, with inner apostrophes).

    Args:
        quotes: The quotes table (``doc_id``, ``quote``, ``speaker_text``,
            ``speaker_id``).
        registry: The actor registry (``actor_id``, ``side``); None loads the
            package registry with ``corpus_utils.extract.actors.load_registry()``.
        documents: The documents table (``doc_id`` and ``by``).
        by: The documents column that defines the groups.
        kinds: The quote kinds counted (:data:`DIRECT_KINDS` by default;
            :data:`INDIRECT_KINDS` for reported speech; None for all), so
            direct and indirect voices can be shown side by side.

    Returns:
        A full grid of groups times :data:`corpus_utils.vocabulary.SPEAKER_SIDES`: ``by``, ``side``,
        ``n_quotes``, ``share_quotes``, ``n_words``, ``share_words`` (shares
        within the group; NaN for a group without quotes), sorted by group
        and the order of :data:`corpus_utils.vocabulary.SPEAKER_SIDES`.
    """
    if registry is None:
        from corpus_utils.extract.actors import load_registry

        registry = load_registry()
    sides = dict(zip(registry["actor_id"], registry["side"], strict=True))
    groups = _group_labels(documents, by)
    table = _attach_group(select_kinds(quotes, kinds), groups, by)
    table["side"] = [
        classify_speaker(text, sid, sides)
        for text, sid in zip(table["speaker_text"], table["speaker_id"], strict=True)
    ]
    table["n_words"] = [
        len(_WORD_RE.findall(q)) if isinstance(q, str) else 0 for q in table["quote"]
    ]
    counts = (
        table.groupby([by, "side"])
        .agg(n_quotes=("doc_id", "size"), n_words=("n_words", "sum"))
        .reset_index()
    )
    labels = sorted(set(groups[by]) | set(table[by]))
    grid = pd.DataFrame({by: labels}).merge(pd.DataFrame({"side": SPEAKER_SIDES}), how="cross")
    grid = grid.merge(counts, on=[by, "side"], how="left")
    grid[["n_quotes", "n_words"]] = grid[["n_quotes", "n_words"]].fillna(0).astype("int64")
    for name in ("quotes", "words"):
        total = grid.groupby(by)[f"n_{name}"].transform("sum")
        grid[f"share_{name}"] = grid[f"n_{name}"] / total.where(total > 0)
    grid["_side_order"] = grid["side"].map({s: i for i, s in enumerate(SPEAKER_SIDES)})
    grid = _sorted(grid, [by, "_side_order"]).drop(columns="_side_order")
    return grid[[by, "side", "n_quotes", "share_quotes", "n_words", "share_words"]]


#: The two kinds of speech that voices are shown for, with the quote kinds each counts.
SPEECH = {"direct": DIRECT_KINDS, "indirect": INDIRECT_KINDS}


def voices_by_speech(
    quotes: pd.DataFrame,
    registry: pd.DataFrame | None,
    documents: pd.DataFrame,
    *,
    by: str = "outlet",
) -> pd.DataFrame:
    """Each side's share of a group's direct and of its indirect speech, side by side.

    Direct speech is quotations in marks; indirect speech is reported content
    without marks (``indirect`` and ``mixed`` quotes). Shares are computed
    within each kind of speech, so the two can be compared per side.

    Args:
        quotes: The quotes table (with ``kind``; without it every quote is direct).
        registry: The actor registry; None loads the package registry.
        documents: The documents table (``doc_id`` and ``by``).
        by: The documents column that defines the groups.

    Returns:
        One row per group and side: ``by``, ``side``, then ``n_direct``,
        ``share_direct``, ``n_indirect``, ``share_indirect`` (counts of
        quotes; shares NaN where a group has none of that kind), in the
        order of :func:`quote_voices`.
    """
    frames = []
    for speech, kinds in SPEECH.items():
        voices = quote_voices(quotes, registry, documents, by=by, kinds=kinds)
        frames.append(
            voices[[by, "side", "n_quotes", "share_quotes"]].rename(
                columns={"n_quotes": f"n_{speech}", "share_quotes": f"share_{speech}"}
            )
        )
    return frames[0].merge(frames[1], on=[by, "side"], how="outer", sort=False)


# --------------------------------------------------------------------------- attention


def actor_attention(
    mentions: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    by: str = "outlet",
    top_n: int | None = None,
    include_unregistered: bool = True,
) -> pd.DataFrame:
    """Each actor's share of a group's actor mentions.

    An actor is its ``actor_id``; a mention without one (an NER entity not in
    the registry) is keyed by ``unregistered:`` plus its ``actor_name`` (or
    surface), the key ``corpus_utils.analysis.actors.actor_key`` uses.

    Args:
        mentions: The mentions table.
        documents: The documents table (``doc_id`` and ``by``).
        by: The documents column that defines the groups.
        top_n: Keep the ``top_n`` actors with the most mentions in the whole
            table (ties by id) for every group, as a full grid with zeros,
            and pool the others in one row with ``actor_id`` ``"other"``.
            None keeps every actor a group mentions (no zero rows).
        include_unregistered: Count mentions without a registry actor.

    Returns:
        Columns ``by``, ``actor_id``, ``actor_name``, ``actor_type``,
        ``side``, ``n_mentions``, ``n_docs`` (documents of the group that
        mention the actor), ``share`` (of the group's mentions) and ``rank``
        (1 = most mentioned in the group; "other" ranks last), sorted by
        group and rank.
    """
    groups = _group_labels(documents, by)
    table = mentions.copy()
    for column in ("actor_id", "actor_name", "actor_type", "side"):
        if column not in table.columns:
            table[column] = None
    registered = table["actor_id"].map(_present)
    if not include_unregistered:
        table = table[registered].copy()
        registered = registered[registered]
    fallback = table["actor_name"].where(table["actor_name"].map(_present), table["surface"])
    table["actor_id"] = table["actor_id"].where(registered, UNREGISTERED + fallback.astype(str))
    table["actor_name"] = table["actor_name"].where(table["actor_name"].map(_present), fallback)
    table = _attach_group(table, groups, by)
    info = (
        table.sort_values(["actor_id", "doc_id", "start_char"], kind="mergesort")
        .groupby("actor_id")[["actor_name", "actor_type", "side"]]
        .first()
    )
    counts = (
        table.groupby([by, "actor_id"])
        .agg(n_mentions=("doc_id", "size"), n_docs=("doc_id", "nunique"))
        .reset_index()
    )
    if top_n is not None:
        totals = counts.groupby("actor_id")["n_mentions"].sum().reset_index()
        totals = _sorted(totals, ["n_mentions", "actor_id"], ascending=[False, True])
        keep = list(totals["actor_id"].head(top_n))
        pooled = counts[~counts["actor_id"].isin(keep)]
        n_docs_other = (
            table[~table["actor_id"].isin(keep)].groupby(by)["doc_id"].nunique().rename("n_docs")
        )
        other = pooled.groupby(by)["n_mentions"].sum().to_frame().join(n_docs_other).reset_index()
        other["actor_id"] = "other"
        labels = sorted(set(groups[by]) | set(table[by]))
        grid = pd.DataFrame({by: labels}).merge(pd.DataFrame({"actor_id": keep}), how="cross")
        grid = grid.merge(counts, on=[by, "actor_id"], how="left")
        counts = pd.concat([grid, other], ignore_index=True)
        counts[["n_mentions", "n_docs"]] = counts[["n_mentions", "n_docs"]].fillna(0)
        info.loc["other", ["actor_name", "actor_type", "side"]] = ["other", None, None]
    counts = counts.astype({"n_mentions": "int64", "n_docs": "int64"})
    counts = counts.join(info, on="actor_id")
    total = counts.groupby(by)["n_mentions"].transform("sum")
    counts["share"] = counts["n_mentions"] / total.where(total > 0)
    counts["_other"] = counts["actor_id"] == "other"
    counts = _sorted(
        counts, [by, "_other", "n_mentions", "actor_id"], ascending=[True, True, False, True]
    )
    counts["rank"] = counts.groupby(by).cumcount() + 1
    columns = [by, "actor_id", "actor_name", "actor_type", "side", "n_mentions", "n_docs"]
    return counts[[*columns, "share", "rank"]].reset_index(drop=True)


# --------------------------------------------------------------------------- log-odds


def lemma_counts_by(
    lemma_counts: pd.DataFrame, documents: pd.DataFrame, *, by: str = "outlet"
) -> pd.DataFrame:
    """Sum a document x lemma count table into a group x lemma table.

    Args:
        lemma_counts: Columns ``doc_id``, ``lemma``, ``count``.
        documents: The documents table (``doc_id`` and ``by``).
        by: The documents column that defines the groups.

    Returns:
        Columns ``by``, ``lemma``, ``count``, sorted by group and lemma.
    """
    table = _attach_group(lemma_counts, _group_labels(documents, by), by)
    summed = table.groupby([by, "lemma"], as_index=False)["count"].sum()
    return _sorted(summed, [by, "lemma"])


def log_odds(
    counts: pd.DataFrame,
    *,
    group_col: str = "outlet",
    word_col: str = "lemma",
    count_col: str = "count",
    prior: str | float | pd.Series = "corpus",
    alpha_0: float | None = None,
    min_count: int = 1,
) -> pd.DataFrame:
    """Weighted log-odds ratio with an informative Dirichlet prior, each group against the rest.

    Monroe, Colaresi and Quinn (2008), "Fightin' Words". For group
    *i*, the rest *j* (all other groups pooled), word *w*, counts *y*, totals
    *n* and prior pseudo-counts *a_w* summing to *a_0*::

        delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w))
                - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
        variance_w = 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
        zscore_w = delta_w / sqrt(variance_w)

    Computed on the whole group x word matrix at once (numpy), so thousands
    of lemmas take milliseconds. With a handful of short documents most
    counts are 1 or 2 and no z-score means much: read the counts too.

    Args:
        counts: One row per group and word (duplicates are summed).
        group_col: The group column.
        word_col: The word (lemma) column.
        count_col: The count column.
        prior: ``"corpus"`` (the informative prior: *a_w* proportional to the
            word's count in ``counts`` itself), a number (the uninformative
            prior: the same *a_w* for every word; ``alpha_0`` is ignored), or
            a Series of background counts indexed by word (words missing from
            it get a count of 1 before scaling).
        alpha_0: The prior's total weight *a_0* for ``"corpus"`` or a
            Series; None uses the corpus size, i.e. *a_w* equals the word's
            corpus count (a prior as strong as the data).
        min_count: Leave out of the output words seen fewer times in total
            (the scores are computed on all words first).

    Returns:
        One row per group and word: ``group_col``, ``word_col``, ``count``
        (in the group), ``count_rest``, ``count_total``, ``n_group``,
        ``n_rest`` (all words of the group / the rest), ``prior`` (*a_w*),
        ``delta``, ``variance``, ``zscore``; sorted by group, z-score
        (highest first) and word.

    Raises:
        ValueError: With fewer than two groups or two words, or negative
            counts.
    """
    summed = counts.groupby([group_col, word_col])[count_col].sum()
    if (summed < 0).any():
        raise ValueError("log_odds: counts must not be negative")
    matrix = summed.unstack(word_col, fill_value=0).sort_index().sort_index(axis=1)
    if matrix.shape[0] < 2 or matrix.shape[1] < 2:
        raise ValueError("log_odds needs at least two groups and two words")
    y = matrix.to_numpy(dtype=float)
    words = matrix.columns
    y_w = y.sum(axis=0)
    n = y_w.sum()
    if isinstance(prior, str):
        if prior != "corpus":
            raise ValueError(f"log_odds: unknown prior {prior!r}")
        a_0 = n if alpha_0 is None else float(alpha_0)
        a_w = a_0 * y_w / n
    elif isinstance(prior, pd.Series):
        background = prior.reindex(words).fillna(1.0).to_numpy(dtype=float)
        a_0 = background.sum() if alpha_0 is None else float(alpha_0)
        a_w = a_0 * background / background.sum()
    else:
        a_w = np.full(len(words), float(prior))
        a_0 = a_w.sum()
    n_i = y.sum(axis=1, keepdims=True)
    y_j = y_w - y
    n_j = n - n_i
    delta = np.log((y + a_w) / (n_i + a_0 - y - a_w)) - np.log(
        (y_j + a_w) / (n_j + a_0 - y_j - a_w)
    )
    variance = 1.0 / (y + a_w) + 1.0 / (y_j + a_w)
    shape = y.shape
    table = pd.DataFrame(
        {
            group_col: np.repeat(matrix.index.to_numpy(), shape[1]),
            word_col: np.tile(words.to_numpy(), shape[0]),
            "count": y.ravel().astype("int64"),
            "count_rest": y_j.ravel().astype("int64"),
            "count_total": np.tile(y_w, shape[0]).astype("int64"),
            "n_group": np.repeat(n_i.ravel(), shape[1]).astype("int64"),
            "n_rest": np.repeat(n_j.ravel(), shape[1]).astype("int64"),
            "prior": np.tile(a_w, shape[0]),
            "delta": delta.ravel(),
            "variance": variance.ravel(),
            "zscore": (delta / np.sqrt(variance)).ravel(),
        }
    )
    table = table[table["count_total"] >= min_count]
    return _sorted(table, [group_col, "zscore", word_col], ascending=[True, False, True])


def log_odds_summary(
    scores: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    by: str = "outlet",
    word_col: str = "lemma",
    threshold: float = 1.96,
) -> pd.DataFrame:
    """How much evidence is behind the log-odds scores of each group.

    A z-score above 1.96 is "significant at 5 %" for one word tested alone.
    Hundreds or thousands of words are scored at once, so a calibrated test
    would let about 2.5 % of them past that line in each direction by chance
    even when the groups do not differ: ``expected_by_chance``. The corpus
    prior of :func:`log_odds` shrinks rare words hard, so on a small corpus
    fewer than that usually pass; either way a score above the line ranks a
    word, it does not establish a difference. ``top_count`` shows how few
    occurrences the top word rests on.

    Args:
        scores: The output of :func:`log_odds` (``group_col`` = ``by``).
        documents: The documents table (``doc_id`` and ``by``).
        by: The group column of ``scores`` and ``documents``.
        word_col: The word column of ``scores``.
        threshold: The z-score line.

    Returns:
        One row per group: ``by``, ``n_docs``, ``n_words`` (word tokens of
        the group), ``n_types`` (distinct words it uses), ``n_scored``
        (words scored), ``n_above`` (z-score above ``threshold``),
        ``expected_by_chance`` (the one-sided normal tail times ``n_scored``),
        ``max_zscore``, ``top_word`` and ``top_count`` (its count in the
        group), sorted by group.
    """
    groups = _group_labels(documents, by)
    n_docs = groups.groupby(by)["doc_id"].nunique().rename("n_docs")
    tail = 0.5 * math.erfc(threshold / math.sqrt(2))
    ordered = _sorted(scores, [by, "zscore", word_col], ascending=[True, False, True])
    summary = ordered.groupby(by).agg(
        n_words=("n_group", "first"),
        n_types=("count", lambda c: int((c > 0).sum())),
        n_scored=(word_col, "size"),
        n_above=("zscore", lambda z: int((z > threshold).sum())),
        max_zscore=("zscore", "first"),
        top_word=(word_col, "first"),
        top_count=("count", "first"),
    )
    summary["expected_by_chance"] = (summary["n_scored"] * tail).round(1)
    summary = summary.join(n_docs, how="left").reset_index()
    summary["n_docs"] = summary["n_docs"].fillna(0).astype("int64")
    columns = [by, "n_docs", "n_words", "n_types", "n_scored", "n_above", "expected_by_chance"]
    return _sorted(summary[[*columns, "max_zscore", "top_word", "top_count"]], [by])


# --------------------------------------------------------------------------- quotes


def content_terms(text: str) -> list[str]:
    """Return the content terms of a text, in order (see the module docstring).

    Args:
        text: Any text.

    Returns:
        Lower-cased, lightly stemmed words that are not stop words, and numbers.
    """
    terms = []
    for token in _TERM_RE.findall(text.translate(_QUOTE_CHARS).lower()):
        if token.endswith("'s"):
            token = token[:-2]
        if token in STOP_WORDS or len(token) < 2:
            continue
        terms.append(_stem(token))
    return terms


def _stem(word: str) -> str:
    if word[0].isdigit():
        return word.replace(",", "")
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif (word.endswith("es") and word[-3:-2] in ("s", "x", "z")) or word.endswith(
        ("ches", "shes")
    ):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    return word


def align_quotes(
    quotes: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    by: str = "outlet",
    min_similarity: float = 0.35,
    min_containment: float = 0.6,
    min_shared: int = 3,
    max_days: float | None = 3,
    same_group: bool = False,
    max_term_docs: int = 500,
    kinds=DIRECT_KINDS,
) -> pd.DataFrame:
    """Pair quotes from different documents that render the same statement.

    Two quotes are paired when they come from different documents (and,
    unless ``same_group``, different groups), their speakers agree when both
    have a ``speaker_id``, their documents' dates are at most ``max_days``
    apart when both are known, they share at least ``min_shared`` content
    terms, and either their ``similarity`` (IDF-weighted Dice of content
    terms) reaches ``min_similarity``, or their ``containment`` (the shared
    weight over the lighter quote's weight: one outlet quotes part of what
    the other quotes) reaches ``min_containment`` with a similarity of at
    least half ``min_similarity``. Every quote may pair with
    several (an outlet may print the same quote twice).

    Args:
        quotes: The quotes table (``doc_id``, ``start_char``, ``end_char``,
            ``quote``, ``speaker_text``, ``speaker_id``).
        documents: The documents table (``doc_id``, ``by``, ``date``).
        by: The documents column that defines the groups.
        min_similarity: Threshold on ``similarity``.
        min_containment: Threshold on ``containment``.
        min_shared: Minimum number of distinct shared content terms.
        max_days: Largest gap between the two documents' dates; None for any.
        same_group: Also pair quotes of two documents of the same group.
        max_term_docs: Terms in more quotes than this do not propose
            candidate pairs (they still count in the scores); keeps large
            corpora fast.
        kinds: The quote kinds paired (direct quotations by default: an
            indirect quote is the outlet's paraphrase; see :func:`select_kinds`).

    Returns:
        One row per pair, the side with the smaller (group, doc_id,
        start_char) first: for each side ``a``/``b``: ``doc_id``, ``by``,
        ``date``, ``start_char``, ``end_char``, ``quote``, ``speaker_text``,
        ``speaker_id``; then ``similarity``, ``containment``, ``n_shared``
        and ``shared`` (the shared terms, space-separated); sorted by
        similarity (highest first) and the positions.
    """
    side_cols = ["doc_id", by, "date", "start_char", "end_char", "quote"]
    side_cols += ["speaker_text", "speaker_id"]
    out_cols = [f"{c}_{s}" for s in ("a", "b") for c in side_cols]
    out_cols += ["similarity", "containment", "n_shared", "shared"]
    items = _with_dates(select_kinds(quotes, kinds), documents, by)
    for column in ("speaker_text", "speaker_id"):
        if column not in items.columns:
            items[column] = None
    items = _sorted(items, [by, "doc_id", "start_char", "end_char"]).reset_index(drop=True)
    terms = [set(content_terms(q)) if isinstance(q, str) else set() for q in items["quote"]]
    pairs = _candidate_pairs(terms, min_shared=min_shared, max_docs=max_term_docs)
    if pairs.empty:
        return pd.DataFrame(columns=out_cols)
    a, b = pairs["a"].to_numpy(), pairs["b"].to_numpy()
    keep = items["doc_id"].to_numpy()[a] != items["doc_id"].to_numpy()[b]
    if not same_group:
        keep &= items[by].to_numpy()[a] != items[by].to_numpy()[b]
    sid = items["speaker_id"]
    known = sid.map(_present).to_numpy()
    sid_values = sid.astype(object).to_numpy()
    keep &= ~(known[a] & known[b]) | (sid_values[a] == sid_values[b])
    keep &= _within_days(items["date"], a, b, max_days)
    pairs = pairs[keep]
    weights = _idf(terms)
    rows = []
    for i, j in zip(pairs["a"], pairs["b"], strict=True):
        similarity, containment, shared = _weighted_overlap(terms[i], terms[j], weights)
        if len(shared) < min_shared:
            continue
        if similarity >= min_similarity or (
            containment >= min_containment and similarity >= min_similarity / 2
        ):
            rows.append((i, j, similarity, containment, len(shared), " ".join(sorted(shared))))
    if not rows:
        return pd.DataFrame(columns=out_cols)
    found = pd.DataFrame(
        rows, columns=["a", "b", "similarity", "containment", "n_shared", "shared"]
    )
    left = items.loc[found["a"], side_cols].add_suffix("_a").reset_index(drop=True)
    right = items.loc[found["b"], side_cols].add_suffix("_b").reset_index(drop=True)
    table = pd.concat([left, right, found.drop(columns=["a", "b"])], axis=1)
    table["similarity"] = table["similarity"].round(6)
    table["containment"] = table["containment"].round(6)
    keys = ["similarity", "doc_id_a", "start_char_a", "doc_id_b", "start_char_b"]
    return _sorted(table[out_cols], keys, ascending=[False, True, True, True, True])


def word_diff(a: str, b: str) -> list[tuple[str, str, str]]:
    """Word-level differences between two renderings of a statement.

    Words and punctuation marks are compared case-insensitively, with curly
    and straight quotes treated alike; the returned text keeps the original
    characters (and the spacing inside each run).

    Args:
        a: The first text.
        b: The second text.

    Returns:
        A list of ``(op, text_a, text_b)``, ``op`` one of ``equal``,
        ``delete`` (``text_b`` empty), ``insert`` (``text_a`` empty) or
        ``replace``, in reading order.
    """
    tokens_a, tokens_b, opcodes = _diff_opcodes(a, b)
    return [
        (op, _span(a, tokens_a, i1, i2), _span(b, tokens_b, j1, j2))
        for op, i1, i2, j1, j2 in opcodes
    ]


def render_word_diff(a: str, b: str) -> str:
    """Render :func:`word_diff` as HTML: ``<del>`` for ``a`` only, ``<ins>`` for ``b`` only.

    All article text is escaped (it is data, never markup), so a quote
    containing ``<script>`` shows those characters. Runs are separated by a
    space where the original text has one.

    Args:
        a: The first text (its words that differ are struck through).
        b: The second text (its words that differ are underlined).

    Returns:
        One ``<p class="word-diff">`` element.
    """
    tokens_a, tokens_b, opcodes = _diff_opcodes(a, b)
    parts: list[str] = []

    def add(tag: str, css: str, text: str, tokens: list[re.Match[str]], i1: int, i2: int) -> None:
        spaced = tokens[i1].start() > 0 and text[tokens[i1].start() - 1].isspace()
        if parts and (spaced or tag != "span"):
            parts.append(" ")
        parts.append(f'<{tag} class="{css}">{html.escape(_span(text, tokens, i1, i2))}</{tag}>')

    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            add("span", "eq", a, tokens_a, i1, i2)
            continue
        if i2 > i1:
            add("del", "del", a, tokens_a, i1, i2)
        if j2 > j1:
            add("ins", "ins", b, tokens_b, j1, j2)
    return '<p class="word-diff">' + "".join(parts) + "</p>"


def _diff_opcodes(a: str, b: str):
    tokens_a = list(_DIFF_TOKEN_RE.finditer(a))
    tokens_b = list(_DIFF_TOKEN_RE.finditer(b))
    keys_a = [m.group().translate(_QUOTE_CHARS).lower() for m in tokens_a]
    keys_b = [m.group().translate(_QUOTE_CHARS).lower() for m in tokens_b]
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    return tokens_a, tokens_b, matcher.get_opcodes()


def render_quote_pairs(pairs: pd.DataFrame, *, by: str = "outlet") -> str:
    """Render aligned quotes (from :func:`align_quotes`) as an escaped HTML table.

    Args:
        pairs: The output of :func:`align_quotes`.
        by: The group column used there.

    Returns:
        A ``<table>`` with one row per pair: each side's group and quote,
        the similarity, and the word-level difference.
    """
    head = f"<tr><th>{html.escape(by)} A</th><th>quote A</th><th>{html.escape(by)} B</th>"
    head += "<th>quote B</th><th>similarity</th><th>difference</th></tr>"
    rows = []
    for row in pairs.to_dict("records"):
        cells = [
            html.escape(str(row[f"{by}_a"])),
            html.escape(str(row["quote_a"])),
            html.escape(str(row[f"{by}_b"])),
            html.escape(str(row["quote_b"])),
            f"{row['similarity']:.2f}",
            render_word_diff(str(row["quote_a"]), str(row["quote_b"])),
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return '<table class="quote-pairs">' + head + "".join(rows) + "</table>"


# --------------------------------------------------------------------------- quantities


def shared_quantities(
    quantities: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    by: str = "outlet",
    rel_tol: float = 0.05,
    min_similarity: float = 0.5,
    min_sentence_similarity: float = 0.15,
    max_days: float | None = 7,
    exclude_categories: tuple[str, ...] = UNSHARED_CATEGORIES,
    min_value: float = 10,
    wide: bool = True,
    max_term_docs: int = 500,
) -> pd.DataFrame:
    """Group the same figure reported by several outlets, values side by side.

    Two quantities are linked when they come from different documents, have
    the same ``category`` and ``unit``, values within ``rel_tol`` of the
    larger one, dates at most ``max_days`` apart (when both known) and
    similar ``counted`` phrases (IDF-weighted Dice of content terms at least
    ``min_similarity``; when either has no counted phrase, their sentences
    are compared instead) and sentences that share some content besides the
    number and the counted phrase (``min_sentence_similarity``). Groups are the connected components of these
    links that span at least two groups of ``by``, so a chain of close values
    can make a group wider than ``rel_tol``: ``spread`` shows it.

    Args:
        quantities: The quantities table (``doc_id``, ``start_char``,
            ``end_char``, ``surface``, ``value``, ``unit``, ``category``,
            ``counted``, ``sentence``).
        documents: The documents table (``doc_id``, ``by``, ``date``).
        by: The documents column that defines the groups.
        rel_tol: Relative tolerance on values.
        min_similarity: Threshold on the similarity of counted phrases.
        min_sentence_similarity: Threshold on the similarity of the two
            sentences (when both are known): a generic counted phrase
            ("people") links only figures told in related sentences.
        max_days: Largest gap between two documents' dates; None for any.
        exclude_categories: Categories never compared (dates, years,
            ordinals, ages).
        min_value: Smaller absolute values are not compared: "two
            countries" in two outlets is a coincidence of wording, not a
            shared figure.
        wide: One row per figure group with a value column per outlet;
            False returns the member quantities with their ``group_id``.
        max_term_docs: Terms in more quantities than this do not propose
            candidate links.

    Returns:
        Wide: ``group_id``, ``category``, ``unit``, ``counted`` (the most
        frequent counted phrase), ``n_groups`` (outlets), ``n_mentions``,
        ``value_min``, ``value_max``, ``spread`` (``(max - min) / max``),
        ``surfaces`` ("outlet: surface (2x); ..."), then one column per group of
        ``by`` holding the value it reported (its most frequent, then first).
        Long: the member rows (``group_id``, ``doc_id``, ``by``, ``date``,
        ``start_char``, ``end_char``, ``surface``, ``value``, ``unit``,
        ``category``, ``counted``). Sorted by ``group_id``, which numbers the
        groups by outlets (most first), category, unit and smallest value.
    """
    base = ["group_id", "category", "unit", "counted", "n_groups", "n_mentions"]
    base += ["value_min", "value_max", "spread", "surfaces"]
    long_cols = ["group_id", "doc_id", by, "date", "start_char", "end_char", "surface"]
    long_cols += ["value", "unit", "category", "counted"]
    items = _with_dates(quantities, documents, by)
    for column in ("counted", "sentence", "unit"):
        if column not in items.columns:
            items[column] = None
    items = items[~items["category"].isin(exclude_categories)]
    items = items[pd.to_numeric(items["value"], errors="coerce").notna()].copy()
    items["value"] = items["value"].astype(float)
    items = items[items["value"].abs() >= min_value].copy()
    items["unit"] = items["unit"].fillna("")
    items = _sorted(items, ["doc_id", "start_char", "end_char"]).reset_index(drop=True)
    empty = pd.DataFrame(columns=base if wide else long_cols)
    if items.empty:
        return empty
    counted_terms = [
        set(content_terms(c)) if _present(c) else set() for c in items["counted"].astype(object)
    ]
    sentence_terms = [
        {t for t in content_terms(s) if not t[0].isdigit()} - counted if _present(s) else set()
        for s, counted in zip(items["sentence"].astype(object), counted_terms, strict=True)
    ]
    blocks = [
        f"{cat}\x1f{unit}"
        for cat, unit in zip(items["category"].astype(str), items["unit"], strict=True)
    ]
    keyed = [
        {f"{blk}\x1f{t}" for t in (ct or st)}
        for blk, ct, st in zip(blocks, counted_terms, sentence_terms, strict=True)
    ]
    pairs = _candidate_pairs(keyed, min_shared=1, max_docs=max_term_docs)
    if pairs.empty:
        return empty
    a, b = pairs["a"].to_numpy(), pairs["b"].to_numpy()
    values = items["value"].to_numpy()
    blocks_arr = np.array(blocks, dtype=object)
    keep = blocks_arr[a] == blocks_arr[b]
    keep &= items["doc_id"].to_numpy()[a] != items["doc_id"].to_numpy()[b]
    scale = np.maximum(np.abs(values[a]), np.abs(values[b]))
    keep &= np.abs(values[a] - values[b]) <= rel_tol * scale
    keep &= _within_days(items["date"], a, b, max_days)
    pairs = pairs[keep]
    counted_weights, sentence_weights = _idf(counted_terms), _idf(sentence_terms)
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(pairs["a"], pairs["b"], strict=True):
        context = 1.0
        if sentence_terms[i] and sentence_terms[j]:
            context, _, _ = _weighted_overlap(
                sentence_terms[i], sentence_terms[j], sentence_weights
            )
        if counted_terms[i] and counted_terms[j]:
            score, _, _ = _weighted_overlap(counted_terms[i], counted_terms[j], counted_weights)
        else:
            score = context
        if score >= min_similarity and context >= min_sentence_similarity:
            parent[find(i)] = find(j)
    items["_root"] = [find(i) for i in range(len(items))]
    n_outlets = items.groupby("_root")[by].transform("nunique")
    members = items[n_outlets >= 2].copy()
    if members.empty:
        return empty
    summary = members.groupby("_root").agg(
        category=("category", "first"),
        unit=("unit", "first"),
        n_groups=(by, "nunique"),
        n_mentions=("doc_id", "size"),
        value_min=("value", "min"),
        value_max=("value", "max"),
    )
    summary["counted"] = members.groupby("_root")["counted"].agg(_most_common_text)
    summary = _sorted(
        summary.reset_index(),
        ["n_groups", "category", "unit", "value_min", "counted", "_root"],
        ascending=[False, True, True, True, True, True],
    )
    summary["group_id"] = np.arange(1, len(summary) + 1)
    members = members.merge(summary[["_root", "group_id"]], on="_root")
    members = _sorted(members, ["group_id", by, "doc_id", "start_char", "end_char"])
    if not wide:
        return members[long_cols].reset_index(drop=True)
    summary["spread"] = (summary["value_max"] - summary["value_min"]) / summary[
        "value_max"
    ].abs().where(summary["value_max"] != 0)
    summary["spread"] = summary["spread"].fillna(0.0)
    summary["surfaces"] = summary["group_id"].map(
        members.groupby("group_id").apply(
            lambda g: _describe_surfaces(g[by], g["surface"]), include_groups=False
        )
    )
    per_group = members.groupby(["group_id", by])["value"].agg(_most_common_value).unstack(by)
    per_group = per_group.reindex(columns=sorted(per_group.columns))
    table = summary[base].merge(per_group, left_on="group_id", right_index=True, how="left")
    return table.reset_index(drop=True)


# --------------------------------------------------------------------------- helpers


def _present(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return value is not pd.NA and value is not pd.NaT and value != ""


def _group_labels(documents: pd.DataFrame, by: str) -> pd.DataFrame:
    if by == "doc_id":
        return documents[["doc_id"]].drop_duplicates().reset_index(drop=True)
    if by not in documents.columns:
        raise KeyError(f"documents has no column {by!r}")
    groups = documents[["doc_id", by]].drop_duplicates("doc_id").copy()
    groups[by] = groups[by].astype(object).where(groups[by].map(_present), "unknown")
    return groups


def _attach_group(table: pd.DataFrame, groups: pd.DataFrame, by: str) -> pd.DataFrame:
    """Add the group of each row's document (replacing a ``by`` column already there)."""
    if by == "doc_id":
        return table.copy()
    merged = table.drop(columns=[by], errors="ignore").merge(
        groups, on="doc_id", how="left", validate="many_to_one"
    )
    merged[by] = merged[by].fillna("unknown")
    return merged


def _with_dates(table: pd.DataFrame, documents: pd.DataFrame, by: str) -> pd.DataFrame:
    columns = ["doc_id"] if by == "doc_id" else ["doc_id", by]
    if "date" in documents.columns:
        columns.append("date")
    meta = documents[columns].drop_duplicates("doc_id").copy()
    if by != "doc_id":
        meta[by] = meta[by].astype(object).where(meta[by].map(_present), "unknown")
    meta["date"] = (
        pd.to_datetime(meta["date"], errors="coerce") if "date" in meta.columns else pd.NaT
    )
    merged = table.drop(columns=[c for c in (by, "date") if c in table.columns and c != "doc_id"])
    merged = merged.merge(meta, on="doc_id", how="left", validate="many_to_one")
    if by != "doc_id":
        merged[by] = merged[by].fillna("unknown")
    return merged


def _within_days(dates: pd.Series, a: np.ndarray, b: np.ndarray, max_days: float | None):
    if max_days is None:
        return np.ones(len(a), dtype=bool)
    values = pd.to_datetime(dates, errors="coerce").to_numpy(dtype="datetime64[ns]")
    gap = np.abs(values[a] - values[b]) / np.timedelta64(1, "D")
    unknown = np.isnat(values[a]) | np.isnat(values[b])
    return unknown | (gap <= max_days)


def _candidate_pairs(terms: list[set[str]], *, min_shared: int, max_docs: int) -> pd.DataFrame:
    """Pairs (a < b) of items sharing at least ``min_shared`` proposing terms."""
    flat = pd.DataFrame(
        [(i, t) for i, ts in enumerate(terms) for t in ts], columns=["item", "term"]
    )
    if flat.empty:
        return pd.DataFrame(columns=["a", "b"])
    df = flat.groupby("term")["item"].transform("size")
    flat = flat[(df >= 2) & (df <= max_docs)]
    joined = flat.merge(flat, on="term", suffixes=("_a", "_b"))
    joined = joined[joined["item_a"] < joined["item_b"]]
    shared = joined.groupby(["item_a", "item_b"]).size()
    shared = shared[shared >= min_shared].reset_index()
    return shared.rename(columns={"item_a": "a", "item_b": "b"})[["a", "b"]]


def _idf(terms: list[set[str]]) -> dict[str, float]:
    n = len(terms)
    df = Counter(t for ts in terms for t in ts)
    return {t: math.log(1 + n / d) for t, d in df.items()}


def _weighted_overlap(
    a: set[str], b: set[str], weights: dict[str, float]
) -> tuple[float, float, set[str]]:
    shared = a & b
    weight_a = sum(weights.get(t, 1.0) for t in a)
    weight_b = sum(weights.get(t, 1.0) for t in b)
    weight_shared = sum(weights.get(t, 1.0) for t in shared)
    if not weight_a or not weight_b:
        return 0.0, 0.0, shared
    dice = 2 * weight_shared / (weight_a + weight_b)
    return dice, weight_shared / min(weight_a, weight_b), shared


def _span(text: str, tokens: list[re.Match[str]], start: int, end: int) -> str:
    return text[tokens[start].start() : tokens[end - 1].end()] if end > start else ""


def _describe_surfaces(groups: pd.Series, surfaces: pd.Series) -> str:
    counts = Counter(zip(groups, surfaces, strict=True))
    return "; ".join(
        f"{group}: {surface}" + (f" ({n}x)" if n > 1 else "")
        for (group, surface), n in counts.items()
    )


def _most_common_text(values: pd.Series) -> str:
    texts = [v for v in values if _present(v)]
    if not texts:
        return ""
    counts = Counter(texts)
    return min(counts, key=lambda t: (-counts[t], len(t), t))


def _most_common_value(values: pd.Series) -> float:
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], -list(values).index(v)))


def _sorted(
    table: pd.DataFrame, keys: list[str], ascending: bool | list[bool] = True
) -> pd.DataFrame:
    return table.sort_values(keys, ascending=ascending, kind="mergesort").reset_index(drop=True)
