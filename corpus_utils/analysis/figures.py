"""Figure tables for the notebooks: figures only, summaries, category counts, the trace.

They read the ``quantities`` table of :mod:`corpus_utils.extract.quantities`.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from corpus_utils.extract.quantities import (
    FIGURE_CATEGORIES,
    NON_FIGURE_CATEGORIES,
)

#: Columns of the table :func:`summarise_quantities` returns (after the ``by`` column).
SUMMARY_COLUMNS = (
    "category",
    "unit",
    "n_quantities",
    "n_documents",
    "n_vague",
    "n_with_qualifier",
    "n_with_claimant",
    "median_value",
    "max_value",
)


def _sort_quantities(frame: pd.DataFrame) -> pd.DataFrame:
    keys = [c for c in ("doc_id", "start_char", "end_char", "surface") if c in frame.columns]
    return frame.sort_values(keys, kind="mergesort").reset_index(drop=True) if keys else frame


def figures_only(quantities: pd.DataFrame) -> pd.DataFrame:
    """Keep the figures: drop dates, years, ages, ordinals, times, other numbers and vague amounts.

    Args:
        quantities: A quantities table (columns as in :func:`extract_quantities`,
            optionally with ``doc_id``).

    Returns:
        The rows whose category is in ``FIGURE_CATEGORIES`` and that are not vague,
        sorted by ``doc_id``, ``start_char``, ``end_char``, ``surface``.
    """
    keep = quantities["category"].isin(FIGURE_CATEGORIES)
    if "vague" in quantities.columns:
        keep &= ~quantities["vague"].fillna(False).astype(bool)
    else:
        keep &= quantities["value"].notna()
    return _sort_quantities(quantities[keep].copy())


def summarise_quantities(
    quantities: pd.DataFrame, documents: pd.DataFrame, *, by: str = "outlet"
) -> pd.DataFrame:
    """Count quantities by a document attribute, category and unit.

    Args:
        quantities: A quantities table with ``doc_id``, ``category``, ``unit``,
            ``value``, ``qualifier``, ``claimant_text`` (and optionally ``vague``).
        documents: The documents table with ``doc_id`` and the column ``by``.
        by: The document column to group by (``outlet``, ``doc_id``, ``date``...).

    Returns:
        One row per (``by``, category, unit) with the columns ``by`` followed by
        ``SUMMARY_COLUMNS``; a missing unit is shown as the empty string. Sorted
        by ``by``, category and unit.

    Raises:
        KeyError: If ``by`` or ``doc_id`` is missing from a table.
    """
    if by not in documents.columns and by != "doc_id":
        raise KeyError(f"documents table has no column {by!r}")
    for name, frame in (("quantities", quantities), ("documents", documents)):
        if "doc_id" not in frame.columns:
            raise KeyError(f"{name} table has no column 'doc_id'")
    columns = [by, *SUMMARY_COLUMNS]
    if quantities.empty:
        return pd.DataFrame(columns=columns)
    meta = documents[["doc_id"]] if by == "doc_id" else documents[["doc_id", by]]
    merged = quantities.merge(meta.drop_duplicates("doc_id"), on="doc_id", how="left")
    merged["unit"] = merged["unit"].fillna("").astype(str)
    merged[by] = merged[by].astype("string").fillna("")
    vague = merged["vague"] if "vague" in merged.columns else merged["value"].isna()
    merged["_vague"] = vague.fillna(False).astype(bool)
    merged["_qualified"] = merged["qualifier"].notna()
    merged["_claimed"] = merged["claimant_text"].notna()
    merged["value"] = pd.to_numeric(merged["value"], errors="coerce")
    grouped = merged.groupby([by, "category", "unit"], sort=True, dropna=False)
    table = grouped.agg(
        n_quantities=("doc_id", "size"),
        n_documents=("doc_id", "nunique"),
        n_vague=("_vague", "sum"),
        n_with_qualifier=("_qualified", "sum"),
        n_with_claimant=("_claimed", "sum"),
        median_value=("value", "median"),
        max_value=("value", "max"),
    ).reset_index()
    for column in ("n_quantities", "n_documents", "n_vague", "n_with_qualifier", "n_with_claimant"):
        table[column] = table[column].astype("int64")
    table = table.sort_values([by, "category", "unit"], kind="mergesort").reset_index(drop=True)
    return table[columns]


#: Figure categories, then the non-figure categories, in the order tables and charts show them.
CATEGORY_ORDER = (
    "money", "people", "count", "distance", "duration", "percentage",
    "date", "year", "age", "ordinal", "time", "other",
)  # fmt: skip


#: Columns of the table :func:`trace_figures` returns.
TRACE_COLUMNS = (
    "doc_id", "outlet", "start_char", "end_char", "surface", "value", "unit", "qualifier",
    "category", "counted", "claimant_text", "claimant_id", "sentence",
)  # fmt: skip


def category_counts(
    quantities: pd.DataFrame, documents: pd.DataFrame, *, by: str = "outlet"
) -> pd.DataFrame:
    """Count quantities per category for each value of a document column.

    Args:
        quantities: A quantities table with ``doc_id``, ``category`` and ``vague``.
        documents: The documents table with ``doc_id`` and the column ``by``; documents
            without any quantity are counted with zeros.
        by: The document column to group by (``doc_id``, ``outlet``...).

    Returns:
        One row per ``by`` value with ``by``, ``n_documents``, one column per category in
        ``CATEGORY_ORDER``, ``figures`` (the figure categories, vague amounts included),
        ``vague`` and ``non_figures``. Sorted by ``figures`` descending, then ``by``.

    Raises:
        KeyError: If ``by`` is not a column of ``documents``.
    """
    if by not in documents.columns:
        raise KeyError(f"documents table has no column {by!r}")
    meta = documents.drop_duplicates("doc_id")
    meta = pd.DataFrame(
        {"doc_id": meta["doc_id"], "_key": meta[by].astype("string").fillna("(unknown)")}
    )
    merged = quantities[["doc_id", "category", "vague"]].merge(meta, on="doc_id", how="inner")
    counts = pd.crosstab(merged["_key"], merged["category"]) if len(merged) else pd.DataFrame()
    table = meta.groupby("_key", sort=True).size().rename("n_documents").to_frame()
    table = table.join(counts.reindex(columns=list(CATEGORY_ORDER)), how="left")
    table = table.fillna(0).astype("int64")
    vague = merged[merged["vague"].fillna(False).astype(bool)].groupby("_key").size()
    table["figures"] = table[[c for c in CATEGORY_ORDER if c in FIGURE_CATEGORIES]].sum(axis=1)
    table["vague"] = vague.reindex(table.index).fillna(0).astype("int64")
    table["non_figures"] = table[[c for c in CATEGORY_ORDER if c in NON_FIGURE_CATEGORIES]].sum(
        axis=1
    )
    table.index.name = by
    table = table.reset_index()
    table = table.sort_values(["figures", by], ascending=[False, True], kind="mergesort")
    return table.reset_index(drop=True)


def trace_figures(
    quantities: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    categories: Iterable[str] = ("money", "people"),
) -> pd.DataFrame:
    """The figures of some categories, each with its outlet, offsets and sentence.

    Args:
        quantities: A quantities table (offsets into ``raw_text``).
        documents: The documents table with ``doc_id`` and ``outlet``.
        categories: The figure categories to keep.

    Returns:
        The columns ``TRACE_COLUMNS``, one row per figure with a value (vague amounts
        are left out), sorted by category, unit, value descending, ``doc_id`` and
        ``start_char``.
    """
    keep = set(categories)
    figures = figures_only(quantities)
    figures = figures[figures["category"].isin(keep)]
    meta = documents[["doc_id", "outlet"]].drop_duplicates("doc_id")
    table = figures.merge(meta, on="doc_id", how="left")
    table["unit"] = table["unit"].fillna("")
    table = table.sort_values(
        ["category", "unit", "value", "doc_id", "start_char", "end_char"],
        ascending=[True, True, False, True, True, True],
        kind="mergesort",
    )
    return table[list(TRACE_COLUMNS)].reset_index(drop=True)
