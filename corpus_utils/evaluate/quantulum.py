"""Our figures beside quantulum3 on a corpus: the comparison, each difference explained.

quantulum3 is a development dependency (the baseline of notebook 03 and of the accuracy page).
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Iterable
from typing import Any

import pandas as pd

from corpus_utils.extract.quantities import (
    _NUMBER_WORD,
    _SCALE_WORD,
    FIGURE_CATEGORIES,
    _is_glued_name,
)

#: Columns of the table :func:`compare_with_quantulum` returns.
COMPARISON_COLUMNS = (
    "start_char",
    "end_char",
    "surface",
    "ours_value",
    "ours_unit",
    "ours_category",
    "quantulum_surface",
    "quantulum_value",
    "quantulum_unit",
    "verdict",
)


#: How quantulum3 names the units this module normalises.
QUANTULUM_UNITS = {
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "RUB": "russian ruble",
    "UAH": "ukrainian hryvnia",
    "km": "kilometre",
    "mile": "mile",
    "m": "metre",
    "hour": "hour",
    "minute": "minute",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "decade": "decade",
    "percent": "percentage",
    "tonne": "tonne",
    "kg": "kilogram",
    "m2": "square metre",
    "km2": "square kilometre",
    "mile2": "square mile",
    "ft": "foot",
    "acre": "acre",
    "ha": "hectare",
    "cent": "cent",
    "percentage point": "percentage point",
}


_QUANTULUM_ALIASES = {
    "ton": "tonne",
    "metric ton": "tonne",
    "short ton": "tonne",
    "per cent": "percentage",
}


def _values_agree(ours: Any, theirs: Any) -> bool:
    if ours is None or theirs is None or pd.isna(ours) or pd.isna(theirs):
        return False
    return math.isclose(float(ours), float(theirs), rel_tol=1e-6, abs_tol=1e-9)


def _units_agree(ours: Any, theirs: Any) -> bool:
    theirs = _QUANTULUM_ALIASES.get(str(theirs), theirs) or "dimensionless"
    if ours is None or (isinstance(ours, float) and pd.isna(ours)) or ours == "people":
        return theirs == "dimensionless"
    return QUANTULUM_UNITS.get(str(ours), str(ours)).lower() == str(theirs).lower()


def run_quantulum(text: str) -> list[dict[str, Any]]:
    """Run quantulum3 on ``text`` and return its quantities as plain dicts.

    Its warning that the optional classifier is not installed is silenced.

    Returns:
        Dicts with ``start_char``, ``end_char``, ``surface``, ``value`` and ``unit``
        (quantulum's unit name), offsets into ``text``, in text order.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parsed = parser.parse(text)
    out = []
    for quantity in parsed:
        start, end = quantity.span
        if text[start:end] != quantity.surface:
            found = text.find(quantity.surface, max(0, start - 20))
            if found >= 0:
                start, end = found, found + len(quantity.surface)
        out.append(
            {
                "start_char": int(start),
                "end_char": int(end),
                "surface": text[start:end],
                "value": float(quantity.value),
                "unit": quantity.unit.name,
            }
        )
    return sorted(out, key=lambda q: (q["start_char"], q["end_char"]))


def compare_with_quantulum(text: str, quantities: pd.DataFrame) -> pd.DataFrame:
    """Align our quantities with quantulum3's on the same text, by overlapping span.

    Each of our rows is paired with the overlapping quantulum3 quantity that starts
    inside it and overlaps it most (each quantulum3 quantity is used once);
    quantulum3 quantities left over become rows of their own, so a conversion that
    quantulum3 reads as a second claim ("(10 mile)") shows as ``only quantulum``.

    Args:
        text: The text both extractors read (``doc.text``).
        quantities: Our quantities for that text (offsets into ``text``).

    Returns:
        The columns ``COMPARISON_COLUMNS``. ``verdict`` is ``agree`` (a figure
        with the same value and a compatible unit), ``differ`` (including a date,
        year, age or ordinal that quantulum3 reads as a quantity), ``only ours`` or
        ``only quantulum``.
        Sorted by ``start_char``, ``end_char``, ``surface``.
    """
    theirs = run_quantulum(text)
    used: set[int] = set()
    rows = []
    ours = quantities.sort_values(["start_char", "end_char"], kind="mergesort")
    for row in ours.itertuples(index=False):
        best, best_score = None, (False, -math.inf, 0)
        for index, q in enumerate(theirs):
            overlap = min(row.end_char, q["end_char"]) - max(row.start_char, q["start_char"])
            offset = q["start_char"] - row.start_char
            score = (offset >= 0, -abs(offset), overlap)
            if index not in used and overlap > 0 and score > best_score:
                best, best_score = index, score
        record = {
            "start_char": int(row.start_char),
            "end_char": int(row.end_char),
            "surface": row.surface,
            "ours_value": row.value,
            "ours_unit": row.unit,
            "ours_category": row.category,
            "quantulum_surface": None,
            "quantulum_value": None,
            "quantulum_unit": None,
            "verdict": "only ours",
        }
        if best is not None:
            used.add(best)
            q = theirs[best]
            agree = (
                row.category in FIGURE_CATEGORIES
                and _values_agree(row.value, q["value"])
                and _units_agree(row.unit, q["unit"])
            )
            record.update(
                quantulum_surface=q["surface"],
                quantulum_value=q["value"],
                quantulum_unit=q["unit"],
                verdict="agree" if agree else "differ",
            )
        rows.append(record)
    for index, q in enumerate(theirs):
        if index not in used:
            rows.append(
                {
                    "start_char": q["start_char"],
                    "end_char": q["end_char"],
                    "surface": q["surface"],
                    "ours_value": None,
                    "ours_unit": None,
                    "ours_category": None,
                    "quantulum_surface": q["surface"],
                    "quantulum_value": q["value"],
                    "quantulum_unit": q["unit"],
                    "verdict": "only quantulum",
                }
            )
    table = pd.DataFrame(rows, columns=list(COMPARISON_COLUMNS))
    table = table.sort_values(["start_char", "end_char", "surface"], kind="mergesort")
    return table.reset_index(drop=True)


#: What :func:`explain_comparison` concludes about a row, in display order.
JUDGEMENTS = ("agree", "quantulum3 wrong", "ours wrong", "by design", "check by hand")


_NUMBER_WORD_RE = re.compile(
    rf"\b(?:{_NUMBER_WORD}|{_SCALE_WORD}|dozen|half|quarter|billions|millions|thousands)\b", re.I
)


def clean_offsets(
    quantities: pd.DataFrame, raw_text: str, text: str, removals: pd.DataFrame
) -> pd.DataFrame:
    """Move one document's quantities from ``raw_text`` offsets to cleaned-text offsets.

    Cleaning deletes the spans listed in ``removals``, inserts a single space
    between two glued sentences and reads a line break inside a hard-wrapped
    paragraph as a space in place; this inverts that, checking each step.

    Args:
        quantities: The document's quantities (offsets into ``raw_text``).
        raw_text: The document as read.
        text: Its cleaned text (what spaCy and quantulum3 read).
        removals: The document's removals (``start_char``, ``end_char`` into ``raw_text``).

    Returns:
        A copy of ``quantities`` whose ``start_char``, ``end_char`` and ``surface``
        index ``text``; rows wholly inside a removed span are dropped.

    Raises:
        ValueError: If ``text`` is not ``raw_text`` less the removals plus inserted spaces
            (and line breaks read as spaces).
    """
    kept = [True] * len(raw_text)
    for row in removals.itertuples(index=False):
        kept[int(row.start_char) : int(row.end_char)] = [False] * (
            int(row.end_char) - int(row.start_char)
        )
    to_clean = [-1] * (len(raw_text) + 1)
    j = 0
    for i, char in enumerate(raw_text):
        if not kept[i]:
            continue
        if char in "\r\n" and j < len(text) and text[j] == " ":
            to_clean[i] = j  # a line break of hard-wrapped text, read as a space
            j += 1
            continue
        while j < len(text) and text[j] != char and text[j] == " ":
            j += 1
        if j >= len(text) or text[j] != char:
            raise ValueError(f"cleaned text does not follow raw text at raw offset {i}")
        to_clean[i] = j
        j += 1
    if text[j:].strip(" "):
        raise ValueError(f"cleaned text has characters the raw text lacks at offset {j}")
    out = quantities.copy()
    starts, ends, surfaces, keep = [], [], [], []
    for row in quantities.itertuples(index=False):
        inside = [to_clean[i] for i in range(int(row.start_char), int(row.end_char))]
        inside = [i for i in inside if i >= 0]
        keep.append(bool(inside))
        start, end = (inside[0], inside[-1] + 1) if inside else (0, 0)
        starts.append(start)
        ends.append(end)
        surfaces.append(text[start:end])
    out["start_char"], out["end_char"], out["surface"] = starts, ends, surfaces
    # a Series mask: a plain empty list would select no columns, not no rows
    return out[pd.Series(keep, index=out.index, dtype=bool)].reset_index(drop=True)


def explain_comparison(comparison: pd.DataFrame, text: str) -> pd.DataFrame:
    """Say, for each row of :func:`compare_with_quantulum`, why the two extractors differ.

    The judgement is a rule applied to the row, not a hand annotation, and it trusts
    our category labels: ``agree`` (same value and unit); ``quantulum3 wrong`` (a
    date, year, age, ordinal or time read as an amount; a vague amount missed; a range
    read as its midpoint; an amount in parentheses read as negative; a conversion or
    part of one of our quantities read as a second claim; a name or short word read as
    a unit; a number inside or right after a name such as G7 or Article 5; a "number"
    with no digit or number word); ``ours wrong`` (a unit quantulum3 reads and we miss,
    a year we count as a figure); ``by design`` (a number we keep as a non-figure and
    quantulum3 skips, the same amount as a fraction or in dozens); ``check by hand``
    (anything else: a figure only one of them reads, a value or unit that differs).

    Args:
        comparison: The table :func:`compare_with_quantulum` returned for ``text``.
        text: The text both extractors read.

    Returns:
        ``comparison`` with the columns ``reason``, ``judged`` (one of ``JUDGEMENTS``)
        and ``context`` (up to 60 characters each side, on one line), in the same order.
    """
    ours = comparison[comparison["verdict"] != "only quantulum"]
    reasons, judged, contexts = [], [], []
    for row in comparison.itertuples(index=False):
        if row.verdict == "only quantulum":
            reason, judge = _explain_quantulum_only(row, ours, text)
        else:
            reason, judge = _explain_ours(row)
        reasons.append(reason)
        judged.append(judge)
        left = text[max(0, row.start_char - 60) : row.start_char]
        right = text[row.end_char : row.end_char + 60]
        contexts.append(re.sub(r"\s+", " ", f"{left}[{row.surface}]{right}").strip())
    out = comparison.copy()
    out["reason"], out["judged"], out["context"] = reasons, judged, contexts
    return out


def _explain_ours(row: Any) -> tuple[str, str]:
    """Reason and judgement for a row that holds one of our quantities."""
    category = row.ours_category
    ours, theirs = row.ours_value, row.quantulum_value
    if row.verdict == "agree":
        return "same value and unit", "agree"
    if category not in FIGURE_CATEGORIES:
        if row.verdict == "differ":
            return f"{category} read as an amount", "quantulum3 wrong"
        return f"{category}, kept as a non-figure", "by design"
    if pd.isna(ours):
        if row.verdict == "differ":
            return "vague amount given a value", "quantulum3 wrong"
        return "vague amount missed", "quantulum3 wrong"
    if row.verdict == "only ours":
        if category == "count" and re.fullmatch(r"(?:19|20)\d\d", row.surface):
            return "year counted as a figure", "ours wrong"
        return "figure only ours reads", "check by hand"
    surface, unit = str(row.quantulum_surface), str(row.quantulum_unit)
    if _values_agree(ours, -theirs):
        return "amount in parentheses read as negative", "quantulum3 wrong"
    if re.search(r"\d[ ]?(?:-|–|to)[ ]?\d", surface):
        return "range read as its midpoint", "quantulum3 wrong"
    if (row.ours_unit == "percent" and _values_agree(ours, theirs * 100)) or (
        "dozen" in unit and _values_agree(ours, theirs * 12)
    ):
        return "same amount, as a fraction or in dozens", "by design"
    if not _values_agree(ours, theirs):
        return "value differs", "check by hand"
    known = set(QUANTULUM_UNITS.values())
    if unit in known and (pd.isna(row.ours_unit) or row.ours_unit == "people"):
        return "unit ours misses", "ours wrong"
    numbers = list(re.finditer(rf"\d|{_NUMBER_WORD_RE.pattern}", surface, flags=re.I))
    words = surface[numbers[-1].end() :].strip(" ()") if numbers else surface
    if unit not in known and (words[:1].isupper() or len(words) <= 2):
        return "name or short word read as a unit", "quantulum3 wrong"
    return "unit differs", "check by hand"


def _explain_quantulum_only(row: Any, ours: pd.DataFrame, text: str) -> tuple[str, str]:
    """Reason and judgement for a quantity only quantulum3 reports."""
    hits = ours[(ours["start_char"] < row.end_char) & (ours["end_char"] > row.start_char)]
    if len(hits):
        category = hits.iloc[0]["ours_category"]
        if category in FIGURE_CATEGORIES:
            return "second reading inside one of our figures", "quantulum3 wrong"
        return f"part of a {category} read as an amount", "quantulum3 wrong"
    digits = re.search(r"\d+", row.surface)
    if digits and _is_glued_name(
        text, row.start_char + digits.start(), row.start_char + digits.end()
    ):
        return "number in a name", "quantulum3 wrong"
    if not digits and not _NUMBER_WORD_RE.search(row.surface):
        return "no number in the text", "quantulum3 wrong"
    before = text[max(0, row.start_char - 20) : row.start_char]
    bare = re.fullmatch(r"\d{1,3}|" + _NUMBER_WORD, row.surface, flags=re.IGNORECASE)
    if bare and re.search(r"\b[A-Z][A-Za-z]*[ ]$", before):
        return "number after a name", "quantulum3 wrong"
    return "number only quantulum3 reads", "check by hand"


def compare_corpus_with_quantulum(
    quantities: pd.DataFrame,
    texts: pd.DataFrame,
    removals: pd.DataFrame,
    *,
    doc_ids: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Run :func:`compare_with_quantulum` and :func:`explain_comparison` on each cleaned text.

    Args:
        quantities: The quantities table (offsets into ``raw_text``).
        texts: The texts table (``doc_id``, ``raw_text``, ``text``).
        removals: The removals table (``doc_id``, ``start_char``, ``end_char``).
        doc_ids: The documents to compare (default: all, in ``texts`` order).

    Returns:
        ``doc_id`` followed by ``COMPARISON_COLUMNS``, ``reason``, ``judged`` and
        ``context``; offsets and surfaces index the cleaned ``text``. Sorted by
        ``doc_id``, ``start_char``, ``end_char`` and ``surface``.
    """
    wanted = list(texts["doc_id"]) if doc_ids is None else list(doc_ids)
    by_doc = texts.set_index("doc_id")
    columns = ["doc_id", *COMPARISON_COLUMNS, "reason", "judged", "context"]
    frames = []
    for doc_id in wanted:
        raw_text, text = by_doc.at[doc_id, "raw_text"], by_doc.at[doc_id, "text"]
        ours = clean_offsets(
            quantities[quantities["doc_id"] == doc_id],
            raw_text,
            text,
            removals[removals["doc_id"] == doc_id],
        )
        table = explain_comparison(compare_with_quantulum(text, ours), text)
        table.insert(0, "doc_id", doc_id)
        frames.append(table)
    if not frames:
        return pd.DataFrame(columns=columns)
    table = pd.concat(frames, ignore_index=True)
    # text columns stay text when no document has a row (empty columns default to float)
    text_columns = ["surface", "quantulum_surface", "verdict", "reason", "judged", "context"]
    table = table.astype({c: object for c in text_columns})
    table = table.sort_values(["doc_id", "start_char", "end_char", "surface"], kind="mergesort")
    return table[columns].reset_index(drop=True)


def summarise_comparison(comparison: pd.DataFrame) -> pd.DataFrame:
    """Count the verdicts and the judgements of a comparison per document.

    Args:
        comparison: The table :func:`compare_corpus_with_quantulum` returns.

    Returns:
        One row per ``doc_id`` with ``n_ours``, ``n_quantulum``, the verdict counts
        (``agree``, ``differ``, ``only_ours``, ``only_quantulum``), the judgement counts
        (``quantulum3_wrong``, ``ours_wrong``, ``by_design``,
        ``check_by_hand``) and ``agreement`` (the
        share of rows that agree), sorted by ``doc_id``.
    """
    columns = [
        "doc_id", "n_ours", "n_quantulum", "agree", "differ", "only_ours", "only_quantulum",
        "quantulum3_wrong", "ours_wrong", "by_design", "check_by_hand", "agreement",
    ]  # fmt: skip
    if comparison.empty:
        return pd.DataFrame(columns=columns)
    frame = comparison.assign(
        _ours=comparison["verdict"] != "only quantulum",
        _theirs=comparison["verdict"] != "only ours",
    )
    verdicts = pd.crosstab(frame["doc_id"], frame["verdict"]).reindex(
        columns=["agree", "differ", "only ours", "only quantulum"], fill_value=0
    )
    judged = pd.crosstab(frame["doc_id"], frame["judged"]).reindex(
        columns=list(JUDGEMENTS[1:]), fill_value=0
    )
    table = frame.groupby("doc_id", sort=True).agg(
        n_ours=("_ours", "sum"), n_quantulum=("_theirs", "sum")
    )
    table = table.join(verdicts).join(judged).fillna(0).astype("int64")
    table.columns = [c.replace(" ", "_") for c in table.columns]
    table["agreement"] = (
        table["agree"] / (table[["agree", "differ", "only_ours", "only_quantulum"]].sum(axis=1))
    ).round(3)
    return table.reset_index()[columns]
