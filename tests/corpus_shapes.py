"""Small corpora of every shape a researcher brings (issue 12), written on demand, never committed.

Each builder writes one corpus under a folder and returns ``(source, options)``: the path and
the ``run`` options it needs (its own column names, ``--outlet``...).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

WAR = (
    "Russian forces shelled Kharkiv overnight, Ukrainian officials said. "
    '"We will not give up," Volodymyr Zelenskyy said in Kyiv on Tuesday. '
    "More than 6,000 civilians have been killed since February, the United Nations said."
)
PROMO = "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST"
#: A line the outlet repeats that no furniture rule knows: learned from its repetition.
GUIDE = "Our visual guide to the invasion is updated regularly and can be found here."
SPORT = (
    "Leeds beat Burnley 3-1 at Elland Road on Saturday. "
    '"The lads were brilliant," the manager said after the match. '
    "The club has won 12 of its last 20 games and sits fourth in the table."
)
PLAIN = (
    "the weather was mild and the streets were quiet. people walked along the river "
    "and the shops opened late. nothing else happened in the afternoon."
)


def _write_csv(path: Path, header: list[str], rows: list[list]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def one_document(folder: Path):
    path = _write_csv(folder / "one_document.csv", ["date", "outlet", "text"], [
        ["2022-03-01", "Daily Planet", WAR],
    ])  # fmt: skip
    return path, []


def one_outlet(folder: Path):
    """A newspaper export: its own column names, no outlet column, a newsletter promo and a
    repeated line."""
    path = folder / "one_outlet.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(12):
            war = WAR.replace("6,000", f"{6000 + 37 * i:,}").replace("Tuesday", f"day {i}")
            war = war.replace("overnight", f"for {i + 2} hours")
            body = (
                f"Report {i}: {war}\n{PROMO}\n\nDay {i} of the story, in Kyiv and Moscow.\n{GUIDE}"
            )
            record = {"published": f"2022-03-{i + 1:02d}", "headline": f"Day {i}", "body": body}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    options = ["--text-column", "body", "--date-column", "published", "--title-column", "headline"]
    return path, [*options, "--outlet", "The Guardian"]


def no_numbers_quotes_names(folder: Path):
    rows = [[f"2022-03-0{i + 1}", o, PLAIN] for i, o in enumerate(["Alpha", "Beta", "Gamma"])]
    return _write_csv(folder / "plain.csv", ["date", "outlet", "text"], rows), []


def other_subject_no_dates(folder: Path):
    """Sport, not war, and no date column (two shapes in one corpus, to keep the test short)."""
    rows = [
        [o, f"Match report {i}. {SPORT}"]
        for i, o in enumerate(["Sport Daily", "Goal Weekly", "Sport Daily", "Goal Weekly"])
    ]
    return _write_csv(folder / "sport.csv", ["outlet", "text"], rows), []


def many_short(folder: Path, n: int = 10_000):
    """``n`` very short documents from four outlets (a size test that stays fast)."""
    outlets = ["Alpha News", "Beta Times", "Gamma Post", "Delta Wire"]
    rows = [
        [f"2022-{1 + i % 12:02d}-{1 + i % 28:02d}", outlets[i % 4], f"Kyiv said {i} shells fell."]
        for i in range(n)
    ]
    return _write_csv(folder / "many_short.csv", ["date", "outlet", "text"], rows), []


def hard_wrapped(folder: Path):
    """A folder of plain-text files with a ``metadata.csv``, every paragraph broken into
    lines of 70 characters (an archive's plain-text export)."""
    import textwrap

    corpus = folder / "hard_wrapped"
    corpus.mkdir()
    rows = []
    for i in range(6):
        war = WAR.replace("6,000", f"{6000 + 41 * i:,}").replace("Tuesday", f"day {i}")
        paragraphs = [f"Report {i} from the front. {war}", f"{SPORT} {war}"]
        text = "\n\n".join(textwrap.fill(p, 70) for p in paragraphs) + "\n"
        (corpus / f"article_{i}.txt").write_text(text, encoding="utf-8")
        rows.append([f"article_{i}", ["Alpha News", "Beta Times"][i % 2], f"2022-04-{i + 1:02d}"])
    _write_csv(corpus / "metadata.csv", ["doc_id", "outlet", "date"], rows)
    return corpus, []


SHAPES = {
    "one_document": one_document,
    "one_outlet": one_outlet,
    "no_numbers_quotes_names": no_numbers_quotes_names,
    "other_subject_no_dates": other_subject_no_dates,
    "many_short": many_short,
    "hard_wrapped": hard_wrapped,
}
