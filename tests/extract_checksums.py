"""Checksums of the tables that ``extract`` writes: the guard that a refactoring changes no result.

``tests/data/extract_checksums.json`` holds, for each corpus below, a SHA-256 of every table's
content in a canonical form (all cells as text, rows sorted, written as CSV; the source folder's
path replaced by ``<SOURCE>``), so file bytes, row order and timestamps do not matter.

Corpora:

- ``seeds``: the five seed articles in ``seeds/``.
- ``ukraine_media_300``: a deterministic slice of ``../shared/corpora/ukraine_media``: the
  ``.jsonl`` files in name order, their lines numbered across files from 0, every 16th line
  (0, 16, 32, ...), at most 300; each kept line is written to a file of the same name.

After an intended change to extraction, rewrite the file and see which tables changed with::

    .venv/bin/python tests/extract_checksums.py --update          # add --seeds-only without ../shared

``tests/extract/test_extract_checksums.py`` recomputes and compares.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
CHECKSUMS = ROOT / "tests" / "data" / "extract_checksums.json"
SEEDS = ROOT / "seeds"
SHARED_CORPUS = ROOT.parent / "shared" / "corpora" / "ukraine_media"
SLICE_STEP = 16
SLICE_SIZE = 300


def write_slice(corpus: Path, out: Path, *, step: int = SLICE_STEP, size: int = SLICE_SIZE) -> int:
    """Write every ``step``-th line of the corpus's ``.jsonl`` files (at most ``size``) to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    number = kept = 0
    for path in sorted(corpus.glob("*.jsonl")):
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
            if number % step == 0 and kept < size:
                lines.append(line)
                kept += 1
            number += 1
        if lines:
            (out / path.name).write_text("".join(lines), encoding="utf-8")
    return kept


def canonical_checksum(path: Path, source: Path) -> tuple[str, int]:
    """SHA-256 of a CSV table's content (cells as text, rows sorted), and its row count."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table = table.map(lambda cell: cell.replace(str(source), "<SOURCE>"))
    table = table.sort_values(list(table.columns), kind="stable").reset_index(drop=True)
    buffer = io.StringIO()
    table.to_csv(buffer, index=False, lineterminator="\n")
    return hashlib.sha256(buffer.getvalue().encode("utf-8")).hexdigest(), len(table)


def extract_checksums(source: Path) -> dict[str, dict]:
    """Run ``python -m corpus_utils extract`` on ``source`` (fresh cache) and checksum each table."""
    with tempfile.TemporaryDirectory(prefix="extract-checksums-") as tmp:
        out, cache = Path(tmp) / "tables", Path(tmp) / "cache"
        command = [sys.executable, "-m", "corpus_utils", "extract", str(source), "--out", str(out)]
        command += ["--format", "csv", "--cache-dir", str(cache)]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"extract {source} failed:\n{done.stderr}")
        result = {}
        for table in sorted(out.glob("*.csv")):
            digest, rows = canonical_checksum(table, source)
            result[table.stem] = {"rows": rows, "sha256": digest}
        return result


def corpus_checksums(name: str) -> dict[str, dict]:
    """The checksums of one named corpus (``seeds`` or ``ukraine_media_300``)."""
    if name == "seeds":
        return extract_checksums(SEEDS)
    with tempfile.TemporaryDirectory(prefix="ukraine-slice-") as tmp:
        source = Path(tmp) / "ukraine_media_300"
        write_slice(SHARED_CORPUS, source)
        return extract_checksums(source)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite " + str(CHECKSUMS.name))
    parser.add_argument("--seeds-only", action="store_true", help="leave the shared slice as is")
    args = parser.parse_args(argv)
    recorded = json.loads(CHECKSUMS.read_text(encoding="utf-8")) if CHECKSUMS.exists() else {}
    names = (
        ["seeds"]
        if args.seeds_only or not SHARED_CORPUS.is_dir()
        else ["seeds", "ukraine_media_300"]
    )
    fresh = dict(recorded)
    changed = 0
    for name in names:
        fresh[name] = corpus_checksums(name)
        before = recorded.get(name, {})
        for table in sorted(set(before) | set(fresh[name])):
            old, new = before.get(table), fresh[name].get(table)
            if old != new:
                changed += 1
                rows = f"{(old or {}).get('rows', '-')} -> {(new or {}).get('rows', '-')} rows"
                print(f"changed: {name}/{table} ({rows})")
    print(f"{changed} table(s) differ from {CHECKSUMS.relative_to(ROOT)}")
    if args.update:
        CHECKSUMS.parent.mkdir(parents=True, exist_ok=True)
        CHECKSUMS.write_text(json.dumps(fresh, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {CHECKSUMS.relative_to(ROOT)}")
    return 1 if changed and not args.update else 0


if __name__ == "__main__":
    sys.exit(main())
