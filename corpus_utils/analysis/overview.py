"""Tables for the corpus overview: provenance, removals, sizes, frequent words."""

from __future__ import annotations

import pandas as pd

#: Columns that show where a document's metadata came from.
PROVENANCE_COLUMNS = ["doc_id", "outlet", "outlet_source", "date", "date_source", "title"]


def provenance(documents: pd.DataFrame) -> pd.DataFrame:
    """The documents with their metadata and where each value came from, sorted by doc_id."""
    columns = [c for c in PROVENANCE_COLUMNS if c in documents.columns]
    return documents[columns].sort_values("doc_id", kind="stable").reset_index(drop=True)


def removals_by_rule(removals: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Count removed lines and characters per outlet and cleaning rule.

    Returns:
        Columns ``outlet``, ``rule``, ``removed`` (spans), ``chars``; sorted by
        outlet, then most removals first, then rule.
    """
    merged = removals.merge(documents[["doc_id", "outlet"]], on="doc_id", how="left")
    merged["outlet"] = merged["outlet"].fillna("(unknown)")
    merged["chars"] = merged["end_char"] - merged["start_char"]
    table = (
        merged.groupby(["outlet", "rule"], as_index=False)
        .agg(removed=("rule", "size"), chars=("chars", "sum"))
        .sort_values(["outlet", "removed", "rule"], ascending=[True, False, True], kind="stable")
    )
    return table.reset_index(drop=True)


def repeated_lines(removals: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The boilerplate learned from the corpus (rule ``repeated_line``), with its counts.

    Returns:
        Columns ``outlet``, ``text`` (the line or sentence, as removed), ``n_documents``
        and ``removed`` (spans); most documents first, then outlet and text.
    """
    columns = ["outlet", "text", "n_documents", "removed"]
    found = removals[removals["rule"] == "repeated_line"]
    if found.empty:
        return pd.DataFrame(columns=columns)
    merged = found.merge(documents[["doc_id", "outlet"]], on="doc_id", how="left")
    merged["outlet"] = merged["outlet"].fillna("(unknown)")
    merged["text"] = merged["text"].str.strip()
    table = merged.groupby(["outlet", "text"], as_index=False).agg(
        n_documents=("doc_id", "nunique"), removed=("doc_id", "size")
    )
    table = table.sort_values(
        ["n_documents", "outlet", "text"], ascending=[False, True, True], kind="stable"
    )
    return table[columns].reset_index(drop=True)


def sizes_by_outlet(documents: pd.DataFrame) -> pd.DataFrame:
    """Documents, characters, tokens and sentences per outlet (totals and medians).

    Returns:
        One row per outlet, largest by tokens first, ties by outlet name.
    """
    frame = documents.assign(outlet=documents["outlet"].fillna("(unknown)"))
    table = frame.groupby("outlet", as_index=False).agg(
        documents=("doc_id", "size"),
        chars=("n_chars", "sum"),
        tokens=("n_tokens", "sum"),
        sentences=("n_sentences", "sum"),
        median_tokens=("n_tokens", "median"),
        removed_lines=("n_removed_lines", "sum"),
    )
    table = table.sort_values(["tokens", "outlet"], ascending=[False, True], kind="stable")
    return table.reset_index(drop=True)


def top_lemmas(
    lemmas: pd.DataFrame, *, n: int = 20, documents: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The most frequent content-word lemmas, with the number of documents using each.

    Args:
        lemmas: The lemma counts table (``doc_id``, ``lemma``, ``count``).
        n: How many to return.
        documents: If given, also the share of documents using each lemma.

    Returns:
        Columns ``lemma``, ``count``, ``documents`` (and ``share_of_documents``);
        most frequent first, ties broken alphabetically.
    """
    table = lemmas.groupby("lemma", as_index=False).agg(
        count=("count", "sum"), documents=("doc_id", "nunique")
    )
    table = table.sort_values(["count", "lemma"], ascending=[False, True], kind="stable").head(n)
    if documents is not None and len(documents):
        table["share_of_documents"] = (table["documents"] / len(documents)).round(3)
    return table.reset_index(drop=True)
