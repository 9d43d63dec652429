"""Audit the extraction on a researcher's own corpus: sample rows, check them by hand, score.

``python -m corpus_utils audit sample CORPUS --table quotes --n 100 --out FILE``
draws a stratified random sample of one table's rows and writes it as a CSV
that a spreadsheet or pandas opens; a person fills in the ``verdict`` column;
``python -m corpus_utils audit score FILE`` reads it back and reports precision
with a Wilson 95% interval per outlet and overall.

The sample
    Strata are the outlets (a document without one is the stratum
    ``(no outlet)``). Each outlet that has rows gets one row; the other
    ``n - outlets`` rows are shared in proportion to the rows each outlet has
    beyond that one, whole rows first and the rest by largest remainder (ties:
    the outlet with more rows, then by name). This is proportional allocation
    except that small outlets are never left out, so they are slightly
    over-represented in the overall figure. Asking for fewer rows than there
    are outlets still gives one row per outlet; asking for more than the table
    has gives every row. Within an outlet, rows (sorted by doc_id and offsets,
    so the draw does not depend on how the corpus was sharded) are drawn
    without replacement by NumPy's ``default_rng(seed)``, outlets in name order:
    the same table and seed give the same sample. Without ``--seed`` a seed is
    drawn and recorded.

The file
    One row per sampled item: ``outlet``, the provenance (``doc_id``,
    ``start_char``, ``end_char`` into ``raw_text``), the item's own columns
    (:data:`ITEM_COLUMNS`), ``context`` (the sentence around the item, the item
    between ⟦ ⟧ and a quote's speaker between ⟨ ⟩ when it is near, whitespace
    shown as single spaces, ``…`` where it was cut), the empty ``verdict``
    (``correct``, ``wrong`` or ``unsure``) and ``note``, then ``outlet_rows``
    (the outlet's rows in the whole table) and the ``audit_*`` columns: table,
    corpus, requested n, seed, the UTC time the sample was drawn, the package
    version. The record is kept in columns rather than a first comment line
    because a comment line becomes a bogus first row in a spreadsheet (the
    header lands on row two) and pandas needs ``comment="#"``, which would also
    cut every cell containing ``#``; columns survive sorting, filtering and
    re-saving in a spreadsheet. The file is UTF-8 with a byte-order mark, so
    Excel shows non-ASCII text correctly; pandas and the csv module read it.

What counts as correct
    quotes: the span is a direct quotation and the speaker (``speaker_name``,
    else ``speaker_text``) is who said it. mentions: the surface names that
    actor, of that type. quantities: ``value``, ``unit`` and ``counted`` are
    what the text says. ``unsure`` rows are counted beside the precision, not
    in it; a blank verdict is a row not yet checked.

Spreadsheet safety
    A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return would run as a formula when the file is opened in a spreadsheet; it
    is written with an apostrophe in front (as a cell that starts with an
    apostrophe is, so that reading the file back restores every value exactly).
"""

from __future__ import annotations

import csv
import datetime as dt
import fnmatch
import glob
import io
import math
import os
import re
import secrets
import uuid
import warnings
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd

import corpus_utils
from corpus_utils.annotate.spreadsheet import FORMULA_START

#: The tables that can be audited and the columns a checker needs from each.
ITEM_COLUMNS = {
    "quotes": ("quote", "speaker_name", "speaker_text", "verb"),
    "mentions": ("surface", "actor_name", "actor_type"),
    "quantities": ("surface", "value", "unit", "counted"),
}
#: The verdicts a checker writes (case and surrounding spaces do not matter).
VERDICTS = ("correct", "wrong", "unsure")
#: The audit record written into every row.
RECORD_COLUMNS = (
    "audit_table",
    "audit_corpus",
    "audit_n",
    "audit_seed",
    "audit_created",
    "audit_version",
)
#: The stratum of rows whose document names no outlet.
NO_OUTLET = "(no outlet)"
#: The label of the overall row in a score table.
OVERALL = "all outlets"
#: The folder, beside a corpus, where :func:`find_latest_audit` looks.
AUDIT_FOLDER = "audits"
#: Characters that make a spreadsheet cell run as a formula (one list, in corpus_utils.annotate.spreadsheet).
FORMULA_STARTS = FORMULA_START
#: z for a two-sided 95% interval.
Z_95 = 1.959963984540054
#: Characters of context at most on either side of an item.
CONTEXT_LIMIT = 300

_ESCAPED_STARTS = (*FORMULA_STARTS, "'")
_INT_COLUMNS = ("start_char", "end_char", "outlet_rows", "audit_n", "audit_seed")
_STOP = re.compile(
    r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z])"  # end of a sentence before a capital
    r"|\n[ \t]*\n"  # a blank line
)
_MARK_OPEN, _MARK_CLOSE = "⟦", "⟧"
_SPEAKER_OPEN, _SPEAKER_CLOSE = "⟨", "⟩"


class AuditError(ValueError):
    """An audit file or request that cannot be used; the message names the file and the problem."""


def neutralise_cell(value):
    """Return a text cell that a spreadsheet shows as text, never runs as a formula.

    A string starting with one of :data:`FORMULA_STARTS` or with an apostrophe
    gets an apostrophe in front; anything else is returned unchanged.
    :func:`restore_cell` undoes it exactly.
    """
    if isinstance(value, str) and value.startswith(_ESCAPED_STARTS):
        return "'" + value
    return value


def restore_cell(value):
    """Undo :func:`neutralise_cell` on a cell read back from an audit file."""
    if isinstance(value, str) and value.startswith("'") and value[1:2] in _ESCAPED_STARTS:
        return value[1:]
    return value


def allocate(sizes: Mapping[str, int], n: int) -> dict[str, int]:
    """Share ``n`` sample rows among strata: one each, the rest in proportion (largest remainder).

    Args:
        sizes: Rows per stratum; strata with no rows get none.
        n: Rows wanted in all.

    Returns:
        Rows to draw per stratum (at most its size), keyed like ``sizes``.
    """
    if n < 0:
        raise ValueError(f"n must be at least 0, not {n}")
    filled = {name: int(size) for name, size in sizes.items() if size > 0}
    total = sum(filled.values())
    if n >= total:
        return {name: int(sizes[name]) if name in filled else 0 for name in sizes}
    share = dict.fromkeys(filled, 1)
    rest = n - len(filled)
    spare = total - len(filled)
    if rest > 0 and spare > 0:
        quotas = {name: rest * (size - 1) / spare for name, size in filled.items()}
        for name, quota in quotas.items():
            share[name] += math.floor(quota)
        left = rest - sum(math.floor(q) for q in quotas.values())
        order = sorted(
            filled,
            key=lambda name: (-(quotas[name] - math.floor(quotas[name])), -filled[name], name),
        )
        for name in order[:left]:
            share[name] += 1
    return {name: share.get(name, 0) for name in sizes}


def draw_sample(rows: pd.DataFrame, *, n: int, seed: int) -> pd.DataFrame:
    """Draw a stratified random sample of ``rows`` by their ``outlet`` column.

    Args:
        rows: Table rows with ``outlet``, ``doc_id``, ``start_char``, ``end_char``.
        n: Rows wanted (see :func:`allocate`).
        seed: The seed of NumPy's generator; the same rows and seed give the same sample.

    Returns:
        The sampled rows sorted by outlet, doc_id and offsets, with ``outlet_rows``.
    """
    rows = rows.copy()
    rows["outlet"] = rows["outlet"].fillna(NO_OUTLET).astype(str)
    order = ["outlet", "doc_id", "start_char", "end_char"]
    rows = rows.sort_values(order, kind="mergesort").reset_index(drop=True)
    sizes = rows.groupby("outlet", sort=True).size()
    shares = allocate(sizes.to_dict(), n)
    rng = np.random.default_rng(seed)
    picked = []
    for outlet in sorted(shares):
        members = np.flatnonzero((rows["outlet"] == outlet).to_numpy())
        take = shares[outlet]
        if take:
            picked.extend(members[np.sort(rng.choice(len(members), size=take, replace=False))])
    sample = rows.iloc[sorted(picked)].copy()
    sample["outlet_rows"] = sample["outlet"].map(sizes).astype(int)
    return sample.reset_index(drop=True)


def sentence_bounds(text: str, start: int, end: int, *, limit: int = CONTEXT_LIMIT):
    """The sentence(s) around ``text[start:end]``: ``(from, to, cut_before, cut_after)``.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with closing quotes or
    brackets) before a capital letter, or at a blank line. At most ``limit``
    characters are taken on either side, cut at a space; ``cut_before`` and
    ``cut_after`` say whether the context was cut there.
    """
    low, high = max(0, start - limit), min(len(text), end + limit)
    begin, finish = None, None
    for match in _STOP.finditer(text, low, high):
        if match.end() <= start:
            begin = match.end()
        elif match.start() >= end and finish is None:
            finish = match.start() if not match.group().strip() else match.end()
            break
    cut_before = begin is None and low > 0
    if begin is None:
        begin = low
        if cut_before:
            space = text.find(" ", low, start)
            begin = space + 1 if space >= 0 else low
    cut_after = finish is None and high < len(text)
    if finish is None:
        finish = high
        if cut_after:
            space = text.rfind(" ", end, high)
            finish = space if space >= 0 else high
    return begin, finish, cut_before, cut_after


def mark_context(
    text: str,
    start: int,
    end: int,
    *,
    speaker: tuple[int, int] | None = None,
    limit: int = CONTEXT_LIMIT,
) -> str:
    """The sentence around ``text[start:end]`` on one line, the item between ⟦ ⟧.

    A ``speaker`` span (a quote's speaker) within ``limit`` characters of the
    item that does not overlap it is brought into the context and marked ⟨ ⟩.
    """
    marks = [(start, _MARK_OPEN), (end, _MARK_CLOSE)]
    low, high = start, end
    if speaker is not None:
        s_start, s_end = speaker
        near = s_end >= start - limit and s_start <= end + limit
        if near and (s_end <= start or s_start >= end) and s_start < s_end:
            marks += [(s_start, _SPEAKER_OPEN), (s_end, _SPEAKER_CLOSE)]
            low, high = min(low, s_start), max(high, s_end)
    begin, finish, cut_before, cut_after = sentence_bounds(text, low, high, limit=limit)
    pieces, at = [], begin
    for position, mark in sorted(marks, key=lambda pair: pair[0]):
        pieces += [text[at:position], mark]
        at = position
    pieces.append(text[at:finish])
    shown = re.sub(r"\s+", " ", "".join(pieces)).strip()
    return ("… " if cut_before else "") + shown + (" …" if cut_after else "")


def sample_audit(
    annotation,
    *,
    table: str,
    n: int,
    seed: int | None = None,
    corpus: str | None = None,
    created: str | None = None,
) -> pd.DataFrame:
    """Draw the audit sample of one table of an annotated corpus.

    Args:
        annotation: An :class:`corpus_utils.annotate.Annotation`.
        table: ``quotes``, ``mentions`` or ``quantities``.
        n: Rows wanted.
        seed: The seed; default a random one, recorded in the result.
        corpus: The corpus as the user named it (recorded).
        created: The UTC time recorded as drawn (default now).

    Returns:
        The audit rows in the column order of the file (see the module docstring).
    """
    if table not in ITEM_COLUMNS:
        raise AuditError(f"cannot audit table {table!r}: use one of {', '.join(ITEM_COLUMNS)}")
    if n < 1:
        raise AuditError(f"--n must be at least 1, not {n}")
    seed = secrets.randbelow(2**32) if seed is None else int(seed)
    if seed < 0:
        raise AuditError(f"--seed must be at least 0, not {seed}")
    items = annotation.table(table)
    documents = annotation.table("documents", columns=["doc_id", "outlet"])
    if items.empty:
        raise AuditError(f"{corpus or 'the corpus'}: the {table} table has no rows to audit")
    rows = items.merge(documents, on="doc_id", how="left", validate="many_to_one")
    sample = draw_sample(rows, n=n, seed=seed)
    texts = annotation.table("texts", columns=["doc_id", "raw_text"])
    wanted = set(sample["doc_id"])
    raw = dict(
        texts.loc[texts["doc_id"].isin(wanted), ["doc_id", "raw_text"]].itertuples(index=False)
    )
    speakers = [None] * len(sample)
    if {"speaker_start", "speaker_end"} <= set(sample.columns):
        speakers = [
            None if pd.isna(s) or pd.isna(e) else (int(s), int(e))
            for s, e in zip(sample["speaker_start"], sample["speaker_end"], strict=True)
        ]
    sample["context"] = [
        mark_context(raw[doc_id], int(start), int(end), speaker=speaker)
        for doc_id, start, end, speaker in zip(
            sample["doc_id"], sample["start_char"], sample["end_char"], speakers, strict=True
        )
    ]
    sample["verdict"] = ""
    sample["note"] = ""
    record = {
        "audit_table": table,
        "audit_corpus": "" if corpus is None else str(corpus),
        "audit_n": n,
        "audit_seed": seed,
        "audit_created": created or _now(),
        "audit_version": corpus_utils.__version__,
    }
    for key, value in record.items():
        sample[key] = value
    columns = [
        "outlet",
        "doc_id",
        "start_char",
        "end_char",
        *ITEM_COLUMNS[table],
        "context",
        "verdict",
        "note",
        "outlet_rows",
        *RECORD_COLUMNS,
    ]
    return sample[columns].reset_index(drop=True)


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_audit(frame: pd.DataFrame, path: str | Path, *, overwrite: bool = False) -> Path:
    """Write an audit sample as a spreadsheet-safe UTF-8 CSV, atomically.

    Raises:
        AuditError: If the file exists (a filled-in audit is never overwritten
            unless ``overwrite``).
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise AuditError(
            f"{path}: the file exists (it may hold verdicts); choose another --out or pass --force"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    safe = frame.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]):  # text, whatever its dtype
            safe[column] = safe[column].map(neutralise_cell)
    tmp = path.parent / f".{path.name}.{uuid.uuid4().hex[:8]}.tmp"
    safe.to_csv(tmp, index=False, encoding="utf-8-sig", lineterminator="\n")
    os.replace(tmp, path)
    return path


def read_audit(path: str | Path) -> pd.DataFrame:
    """Read an audit file back (as written, or re-saved by a spreadsheet with ``,``/``;``/tab).

    Returns:
        The rows with cells restored, a ``line`` column (the file line each row
        starts on) and ``verdict`` normalised to lower case, ``""`` when blank.

    Raises:
        AuditError: Naming the file, the line and the value, for a missing
            file, a missing column, a ragged row or an unknown verdict.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise AuditError(f"{path}: no such file") from None
    except UnicodeDecodeError as error:
        raise AuditError(
            f"{path}: not UTF-8 text (byte {error.start}); save it as CSV UTF-8"
        ) from None
    first = text.split("\n", 1)[0]
    delimiter = next((d for d in (",", ";", "\t") if "verdict" in first.split(d)), ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if not header:
        raise AuditError(f"{path}: the file is empty")
    header = [name.strip() for name in header]
    missing = [name for name in ("outlet", "verdict") if name not in header]
    if missing:
        raise AuditError(
            f"{path}, line 1: no {' or '.join(missing)} column; is this a file from audit sample?"
        )
    records, lines = [], []
    last = reader.line_num
    for record in reader:
        line, last = last + 1, reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            raise AuditError(
                f"{path}, line {line}: {len(record)} cells where the header has {len(header)}"
            )
        records.append([restore_cell(cell) for cell in record])
        lines.append(line)
    frame = pd.DataFrame(records, columns=header)
    frame.insert(0, "line", lines)
    for column in _INT_COLUMNS:
        if column in frame.columns:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    verdicts = frame["verdict"].str.strip().str.lower()
    for line, given, verdict in zip(frame["line"], frame["verdict"], verdicts, strict=True):
        if verdict and verdict not in VERDICTS:
            raise AuditError(
                f"{path}, line {line}: unknown verdict {given!r}; "
                f"write {', '.join(VERDICTS)} or leave it blank"
            )
    frame["verdict"] = verdicts
    if "audit_table" in frame.columns and frame["audit_table"].nunique() > 1:
        raise AuditError(
            f"{path}: rows from several tables ({', '.join(sorted(frame['audit_table'].unique()))}); "
            "score one table's audit at a time"
        )
    return frame


def wilson_interval(successes: int, trials: int, *, z: float = Z_95) -> tuple[float, float]:
    """Wilson score interval of a proportion (95% by default); ``(nan, nan)`` for no trials."""
    if trials <= 0:
        return math.nan, math.nan
    if not 0 <= successes <= trials:
        raise ValueError(f"successes {successes} must lie between 0 and trials {trials}")
    p = successes / trials
    z2 = z * z
    centre = (p + z2 / (2 * trials)) / (1 + z2 / trials)
    half = z / (1 + z2 / trials) * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials))
    return max(0.0, centre - half), min(1.0, centre + half)


def score_audit(audit: str | Path | pd.DataFrame) -> pd.DataFrame:
    """Precision with a Wilson 95% interval per outlet and overall.

    Args:
        audit: An audit file or the frame :func:`read_audit` returned.

    Returns:
        One row per outlet (by name) and a last row :data:`OVERALL`: ``rows``,
        ``correct``, ``wrong``, ``unsure``, ``unchecked`` (blank verdict),
        ``precision`` = correct / (correct + wrong), ``ci_low``, ``ci_high``.
    """
    frame = audit if isinstance(audit, pd.DataFrame) else read_audit(audit)
    outlets = frame["outlet"].fillna(NO_OUTLET).replace("", NO_OUTLET)
    groups = [(name, frame[outlets == name]) for name in sorted(outlets.unique())]
    rows = [_score_row(name, part) for name, part in (*groups, (OVERALL, frame))]
    return pd.DataFrame(rows)


def _score_row(name: str, part: pd.DataFrame) -> dict:
    counts = part["verdict"].value_counts()
    correct, wrong = int(counts.get("correct", 0)), int(counts.get("wrong", 0))
    low, high = wilson_interval(correct, correct + wrong)
    return {
        "outlet": name,
        "rows": len(part),
        "correct": correct,
        "wrong": wrong,
        "unsure": int(counts.get("unsure", 0)),
        "unchecked": int(counts.get("", 0)),
        "precision": correct / (correct + wrong) if correct + wrong else math.nan,
        "ci_low": low,
        "ci_high": high,
    }


def describe_audit(frame: pd.DataFrame, scores: pd.DataFrame) -> str:
    """The score table as printed by ``audit score``: what was audited, the table, unchecked rows."""
    first = frame.iloc[0] if len(frame) else {}
    head = (
        f"audit of {first.get('audit_table', '?')} in {first.get('audit_corpus', '?') or '?'}: "
        f"{len(frame)} rows drawn {first.get('audit_created', '?')} with seed "
        f"{first.get('audit_seed', '?')}"
    )
    body = scores.to_string(
        index=False,
        formatters={c: "{:.3f}".format for c in ("precision", "ci_low", "ci_high")},
        na_rep="-",
    )
    overall = scores.iloc[-1]
    lines = [head, body]
    if overall["unchecked"]:
        lines.append(
            f"{overall['unchecked']} of {overall['rows']} rows not yet checked (blank verdict); "
            "precision counts the checked rows only"
        )
    if not math.isnan(overall["precision"]):
        lines.append(
            f"precision {overall['precision']:.3f} [{overall['ci_low']:.3f}, "
            f"{overall['ci_high']:.3f}] (Wilson 95%) on {overall['correct'] + overall['wrong']} "
            f"checked rows; {overall['unsure']} unsure"
        )
    return "\n".join(lines)


def audit_folder(corpus: str | Path) -> Path:
    """Where the audits of a corpus live: ``audits/`` in its folder, or beside its file.

    For a folder source, ``FOLDER/audits``; for a file, ``audits`` beside it;
    for a glob, ``audits`` in the folder before the first wildcard. A subfolder,
    because the loader reads every CSV directly in a corpus folder as corpus
    text, and never looks into subfolders.
    """
    text = str(corpus)
    if any(ch in text for ch in "*?["):
        fixed = re.split(r"[*?\[]", text, maxsplit=1)[0]
        base = Path(fixed) if fixed.endswith(("/", os.sep)) else Path(fixed).parent
        return base / AUDIT_FOLDER
    path = Path(text)
    return (path if path.is_dir() else path.parent) / AUDIT_FOLDER


def would_be_read(out: str | Path, corpus: str | Path) -> bool:
    """Whether loading ``corpus`` would read a file at ``out`` as corpus text."""
    out = Path(out)
    text = str(corpus)
    if any(ch in text for ch in "*?["):
        matched = {Path(p).resolve() for p in glob.glob(text, recursive=True)}
        return out.resolve() in matched or _glob_matches(
            os.path.abspath(out), os.path.abspath(text)
        )
    source = Path(text)
    if source.is_dir():
        return out.resolve().parent == source.resolve() and out.suffix.lower() in (
            ".txt",
            ".csv",
            ".jsonl",
            ".parquet",
        )
    return out.resolve() == source.resolve()


def _glob_matches(path: str, pattern: str) -> bool:
    """Whether ``glob`` would match ``path`` (``*`` within one folder; ``**`` anywhere below)."""
    if "**" in pattern:
        return fnmatch.fnmatchcase(path, pattern)  # errs towards matching: a refusal, not a loss
    parts, wanted = Path(path).parts, Path(pattern).parts
    return len(parts) == len(wanted) and all(
        fnmatch.fnmatchcase(part, want) for part, want in zip(parts, wanted, strict=True)
    )


def find_latest_audit(corpus: str | Path, *, table: str | None = None) -> Path | None:
    """The latest filled-in audit of a corpus, or ``None``.

    Looks at the files named ``audit*.csv`` in :func:`audit_folder`; of those
    that have at least one verdict (and audit ``table``, when given) it returns
    the one drawn last by the ``audit_created`` time recorded in it (ties: the
    later file name), not by modification time, so the choice does not depend
    on copying or touching files. A file that cannot be read is skipped with a
    warning naming it and the problem.
    """
    folder = audit_folder(corpus)
    if not folder.is_dir():
        return None
    best: tuple[str, str, Path] | None = None
    for path in sorted(folder.glob("audit*.csv")):
        try:
            frame = read_audit(path)
        except AuditError as error:
            warnings.warn(f"skipping an audit file: {error}", stacklevel=2)
            continue
        if "audit_created" not in frame.columns or not frame["verdict"].ne("").any():
            continue
        if table is not None and (
            "audit_table" not in frame.columns or not frame["audit_table"].eq(table).all()
        ):
            continue
        key = (str(frame["audit_created"].max()), path.name, path)
        if best is None or key[:2] > best[:2]:
            best = key
    return None if best is None else best[2]
