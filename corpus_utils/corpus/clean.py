"""Conservative cleaning with a record of every removal and a map back to the raw text.

Cleaning only deletes page furniture (photo captions and credits, share
prompts, section labels, wire credits, a paragraph repeated word for word,
boilerplate repeated across an outlet's articles, control characters) and
inserts one space where two sentences were glued together ("said.The").
Every deletion is recorded with its rule, and :class:`OffsetMap` maps each
character of the cleaned text back to its index in ``raw_text``, so every
later extraction can point at the exact characters of the original file.
In hard-wrapped text (an archive's plain-text export: every paragraph broken
into lines of about the same width) a line break inside a paragraph is read as
the space it stands for, in place, so that a paragraph is one line as
everywhere else and the offsets do not move.

The rules live in ``data/boilerplate.csv``: a researcher can read and extend
them without touching code.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from corpus_utils.config import DATA_DIR
from corpus_utils.data import read_data_file

RULES_PATH = DATA_DIR / "boilerplate.csv"
RULE_SCOPES = ("line", "inline")

#: A paragraph repeated word for word is removed only when it is at least this long.
MIN_REPEATED_WORDS = 6
#: A short line before a photo credit is that photo's caption only up to this many words.
MAX_CAPTION_WORDS = 14
#: Hard-wrapped text: its lines are at most this long...
MAX_WRAP_WIDTH = 100
#: ...most lines inside a paragraph fill at least this share of the longest line...
WRAP_FILL = 0.75
#: ...and at least this many lines are broken inside a paragraph.
MIN_WRAPPED_LINES = 3

_LINE_END = re.compile(r"\r\n|\r|\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_GLUED = re.compile(r"(?<=[a-z]{2}[.!?])(?=[“‘]?[A-Z][a-z])|(?<=[a-z]{2}[.!?][”\"’])(?=[A-Z][a-z])")
_SENTENCE_SPLIT = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][”\"’)]))\s+(?=[“\"‘(]?[A-Z0-9])|\n+")
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class Rule:
    """One cleaning rule from the rules file."""

    name: str
    scope: str
    pattern: re.Pattern[str]
    description: str


def load_rules(path: Path | None = None) -> tuple[Rule, ...]:
    """Read the cleaning rules.

    Args:
        path: A CSV with columns ``rule``, ``scope`` (line or inline),
            ``pattern`` (a Python regex; line rules must match the whole
            stripped line) and ``description``. Defaults to the package file.

    Raises:
        DataFileError: Naming the file, line and column of a rule that cannot be used.
    """
    path = Path(path) if path else RULES_PATH
    return _load_rules_cached(str(path))


@functools.lru_cache(maxsize=8)
def _load_rules_cached(path: str) -> tuple[Rule, ...]:
    rows = read_data_file(
        path,
        columns=("rule", "scope", "pattern", "description"),
        required=("rule", "scope", "pattern"),
        allowed={"scope": RULE_SCOPES},
        patterns=("pattern",),
    )
    rules = [
        Rule(row["rule"], row["scope"], row.patterns["pattern"], row["description"]) for row in rows
    ]
    return tuple(rules)


class OffsetMap:
    """Maps offsets in the cleaned text back to offsets in ``raw_text``.

    The cleaned text is a sequence of segments, each a run of characters
    copied from ``raw_text`` (or one inserted space, which maps to the raw
    character after it).
    """

    def __init__(self, clean_starts: Iterable[int], raw_starts: Iterable[int]) -> None:
        self.clean_starts = np.asarray(list(clean_starts), dtype=np.int64)
        self.raw_starts = np.asarray(list(raw_starts), dtype=np.int64)

    @classmethod
    def identity(cls) -> OffsetMap:
        """The map of a text that cleaning left unchanged."""
        return cls([0], [0])

    def to_raw(self, index: int) -> int:
        """Return the raw offset of the cleaned character at ``index``."""
        segment = int(np.searchsorted(self.clean_starts, index, side="right")) - 1
        segment = max(segment, 0)
        return int(self.raw_starts[segment] + index - self.clean_starts[segment])

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Return the raw ``(start, end)`` of the cleaned span ``[start, end)``."""
        raw_start = self.to_raw(start)
        if end <= start:
            return raw_start, raw_start
        return raw_start, self.to_raw(end - 1) + 1


@dataclass
class Cleaned:
    """The result of cleaning one document."""

    text: str
    offsets: OffsetMap
    removals: list[dict] = field(default_factory=list)
    n_glued_splits: int = 0
    n_joined_lines: int = 0


def clean_text(
    raw_text: str,
    *,
    rules: tuple[Rule, ...] | None = None,
    boilerplate: Iterable[str] = (),
) -> Cleaned:
    """Remove page furniture from one document, recording every removal.

    Args:
        raw_text: The document as decoded from its file.
        rules: The rules to apply (default: :func:`load_rules`).
        boilerplate: Exact passages to delete wherever they occur, found by
            :class:`BoilerplateDetector` from their repetition across an
            outlet's articles.

    The line rules read the text after :func:`join_wrapped_lines`, so that in
    hard-wrapped text a rule sees a whole paragraph, as it does elsewhere.

    Returns:
        The cleaned text, its offsets map and the removals, each a dict with
        ``start_char``, ``end_char`` (raw offsets), ``line`` (1-based, of the raw
        text), ``rule`` and ``text`` (raw).
    """
    rules = load_rules() if rules is None else rules
    text, n_joined = join_wrapped_lines(raw_text)
    line_rules = [r for r in rules if r.scope == "line"]
    inline_rules = [r for r in rules if r.scope == "inline"]
    lines = _split_lines(text)
    boilerplate = tuple(boilerplate)
    whole_lines = set(boilerplate)

    verdicts: list[str | None] = []
    for start, end, _ in lines:
        content = text[start:end].strip()
        verdict = _line_rule(content, line_rules) if content else None
        if verdict is None and content in whole_lines:
            verdict = "repeated_line"
        verdicts.append(verdict)
    _mark_captions(text, lines, verdicts)
    _mark_repeated_paragraphs(text, lines, verdicts)

    deletions: list[tuple[int, int, int, str]] = []
    for number, ((start, end, line_end), verdict) in enumerate(zip(lines, verdicts), start=1):
        if verdict:
            deletions.append((start, line_end, number, verdict))
            continue
        deletions.extend(_inline_deletions(text, start, end, number, inline_rules))
        deletions.extend(_boilerplate_deletions(text, start, end, number, boilerplate))
    cleaned = _apply(text, deletions)
    cleaned.n_joined_lines = n_joined
    if n_joined:  # the removals as they stand in the raw text: its characters, its lines
        starts = [start for start, _, _ in _split_lines(raw_text)]
        for removal in cleaned.removals:
            removal["text"] = raw_text[removal["start_char"] : removal["end_char"]]
            removal["line"] = bisect.bisect_right(starts, removal["start_char"])
    return cleaned


def _split_lines(raw_text: str) -> list[tuple[int, int, int]]:
    """Return ``(start, end_of_content, end_with_line_break)`` for each line."""
    lines, position = [], 0
    for match in _LINE_END.finditer(raw_text):
        lines.append((position, match.start(), match.end()))
        position = match.end()
    if position < len(raw_text) or not lines:
        lines.append((position, len(raw_text), len(raw_text)))
    return lines


def _line_rule(content: str, line_rules: list[Rule]) -> str | None:
    for rule in line_rules:
        if rule.pattern.fullmatch(content):
            return rule.name
    return None


def _mark_captions(raw_text: str, lines: list, verdicts: list[str | None]) -> None:
    """A short line without final punctuation right before a photo credit is its caption."""
    for index, verdict in enumerate(verdicts):
        if verdict != "photo_credit":
            continue
        previous = index - 1
        while previous >= 0 and not raw_text[lines[previous][0] : lines[previous][1]].strip():
            previous -= 1
        if previous < 0 or verdicts[previous]:
            continue
        content = raw_text[lines[previous][0] : lines[previous][1]].strip()
        if len(content.split()) <= MAX_CAPTION_WORDS and not content.endswith(
            (".", "!", "?", "”", '"', ":")
        ):
            verdicts[previous] = "photo_caption"


def _mark_repeated_paragraphs(raw_text: str, lines: list, verdicts: list[str | None]) -> None:
    seen: set[str] = set()
    for index, (start, end, _) in enumerate(lines):
        if verdicts[index]:
            continue
        normalised = _WS.sub(" ", raw_text[start:end]).strip()
        if len(normalised.split()) < MIN_REPEATED_WORDS:
            continue
        if normalised in seen:
            verdicts[index] = "repeated_paragraph"
        seen.add(normalised)


def _inline_deletions(raw_text, start, end, number, inline_rules):
    line = raw_text[start:end]
    found = []
    for match in _CONTROL.finditer(line):
        if "\t" not in match.group():
            found.append((start + match.start(), start + match.end(), number, "control_characters"))
    for rule in inline_rules:
        for match in rule.pattern.finditer(line):
            if match.end() > match.start():
                found.append((start + match.start(), start + match.end(), number, rule.name))
    return found


def _boilerplate_deletions(raw_text, start, end, number, boilerplate):
    """Spans of the boilerplate passages in one line; a passage inside a longer one found is skipped."""
    found = []
    line = raw_text[start:end]
    for passage in boilerplate:
        position = line.find(passage)
        while position >= 0:
            span = (start + position, start + position + len(passage))
            if not any(a < span[1] and span[0] < b for a, b, _, _ in found):
                found.append((*span, number, "repeated_line"))
            position = line.find(passage, position + len(passage))
    return sorted(found)


def _apply(raw_text: str, deletions: list[tuple[int, int, int, str]]) -> Cleaned:
    """Delete the (possibly overlapping) spans and build the offsets map."""
    deletions.sort()
    merged: list[list] = []
    removals = []
    for start, end, number, rule in deletions:
        if merged and start < merged[-1][1]:
            if end <= merged[-1][1]:
                continue
            start = merged[-1][1]
        merged.append([start, end])
        removals.append(
            {
                "start_char": start,
                "end_char": end,
                "line": number,
                "rule": rule,
                "text": raw_text[start:end],
            }
        )
    pieces, clean_starts, raw_starts = [], [], []
    length, position = 0, 0
    for start, end in [*merged, [len(raw_text), len(raw_text)]]:
        if start > position:
            clean_starts.append(length)
            raw_starts.append(position)
            pieces.append(raw_text[position:start])
            length += start - position
        position = max(position, end)
    text = "".join(pieces)
    if not clean_starts:
        clean_starts, raw_starts = [0], [len(raw_text)]
    offsets = OffsetMap(clean_starts, raw_starts)
    text, offsets, n_glued = _split_glued(text, offsets)
    return Cleaned(text=text, offsets=offsets, removals=removals, n_glued_splits=n_glued)


def _split_glued(text: str, offsets: OffsetMap) -> tuple[str, OffsetMap, int]:
    """Insert a space between two sentences glued together ("said.The"); a straight
    double mark between them goes with the sentence it belongs to: it closes a quotation
    left open in its line ('... squeeze."The') and opens one otherwise ('told
    reporters."We want ...', the space before the mark)."""
    points = [_glued_point(text, m.start()) for m in _GLUED.finditer(text)]
    if not points:
        return text, offsets, 0
    boundaries = sorted(set(offsets.clean_starts.tolist()) | set(points))
    clean_starts, raw_starts, pieces = [], [], []
    shift = 0
    point_set = set(points)
    ends = [*boundaries[1:], len(text)]
    for start, end in zip(boundaries, ends):
        if start in point_set:
            clean_starts.append(start + shift)
            raw_starts.append(offsets.to_raw(start))
            pieces.append(" ")
            shift += 1
        clean_starts.append(start + shift)
        raw_starts.append(offsets.to_raw(start))
        pieces.append(text[start:end])
    return "".join(pieces), OffsetMap(clean_starts, raw_starts), len(points)


def _glued_point(text: str, point: int) -> int:
    """Where the space goes between glued sentences found at ``point``: before a straight
    double mark that opens the second sentence's quotation (an even number of such marks
    before it in its line), else at ``point``."""
    mark = point - 1
    if mark < 0 or text[mark] != '"':
        return point
    line_start = text.rfind("\n", 0, mark) + 1
    return mark if text.count('"', line_start, mark) % 2 == 0 else point


_LIST_ITEM = re.compile(r"[ \t]*(?:[•·*▪◦‣–—-]|\d{1,3}[.)])\s")
_SENTENCE_END = tuple('.!?:;"”’)]…')


def join_wrapped_lines(text: str) -> tuple[str, int]:
    """Read the line breaks inside the paragraphs of hard-wrapped text as spaces.

    A text is hard-wrapped when no line is longer than :data:`MAX_WRAP_WIDTH`, at
    least :data:`MIN_WRAPPED_LINES` lines run on into the next line (no blank line
    between), and most of those both fill :data:`WRAP_FILL` of the longest line and
    end inside a sentence (no full stop, colon or closing mark). Text written a
    paragraph per line (the seeds, a JSONL export), a list of short items and one
    sentence per line are not. In a hard-wrapped text a break after a line that fills
    the width joins the next line, unless that line opens a list item; a short line
    ends its paragraph. Each joined break becomes spaces in place (one for "\\n", two
    for "\\r\\n"), so offsets stay those of the raw text.

    Returns:
        The text and the number of line breaks joined.
    """
    lines = _split_lines(text)
    contents = [text[start:end].rstrip() for start, end, _ in lines]
    width = max(len(content) for content in contents)
    if width > MAX_WRAP_WIDTH:
        return text, 0
    running = [i for i in range(len(lines) - 1) if contents[i].strip() and contents[i + 1].strip()]
    full = {i for i in running if len(contents[i]) >= WRAP_FILL * width}
    open_ended = [i for i in running if not contents[i].endswith(_SENTENCE_END)]
    if len(running) < MIN_WRAPPED_LINES or 2 * min(len(full), len(open_ended)) <= len(running):
        return text, 0
    joined = [i for i in sorted(full) if not _LIST_ITEM.match(contents[i + 1])]
    characters = list(text)
    for i in joined:
        _, end, after = lines[i]
        characters[end:after] = " " * (after - end)
    return "".join(characters), len(joined)


def split_passages(text: str) -> list[str]:
    """Split text into sentence-like passages (for boilerplate detection)."""
    return [p.strip() for p in _SENTENCE_SPLIT.split(text) if p and p.strip()]


class BoilerplateDetector:
    """Finds the lines and sentences that repeat across many of one outlet's documents.

    Newsletter promos ("Sign up to First Edition ..."), wire credits ("Reporting
    by ..."), photo credits and bylines are found by frequency, wherever they
    stand in a document. Feed every document with :meth:`add`, then read
    :meth:`passages`; cleaning removes them with the rule ``repeated_line``.

    A passage (a whole line, or one sentence of a line, at least ``min_chars``
    long) is boilerplate for an outlet when it occurs in at least
    ``max(min_docs, min_share * n)`` of that outlet's ``n`` documents, so the
    threshold is 5 documents of 100 and 1,000 of 100,000. A passage that also
    occurs in another outlet's documents is never boilerplate: text shared
    across outlets is wire copy or a shared quote, and it stays. Documents
    without an outlet are not one outlet: nothing is learned from them (their
    passages still count as "another outlet" for the others).

    Memory is bounded by lossy counting (Manku and Motwani, 2002): every
    ``bucket`` documents of an outlet, passages seen too rarely to ever reach
    the threshold are forgotten. A count is low by at most ``n / bucket``,
    a tenth of the share threshold, so no passage that reaches
    ``min_share`` is missed; below ``bucket`` documents the count is exact.
    """

    def __init__(
        self,
        *,
        min_docs: int = 5,
        min_share: float = 0.01,
        min_chars: int = 20,
        max_chars: int = 400,
        bucket: int | None = None,
    ) -> None:
        if min_docs < 2:
            raise ValueError(f"min_docs must be at least 2 (a passage repeated), got {min_docs}")
        if not 0 < min_share <= 1:
            raise ValueError(f"min_share must be in (0, 1], got {min_share}")
        self.min_docs, self.min_share = min_docs, min_share
        self.min_chars, self.max_chars = min_chars, max_chars
        self.bucket = bucket or max(1000, int(10 / min_share))
        self._counts: dict[str, dict[bytes, list[int]]] = defaultdict(dict)
        self._texts: dict[bytes, str] = {}
        self._docs: Counter = Counter()

    def units(self, text: str) -> set[str]:
        """The distinct lines and sentences of a text that the detector counts."""
        found = set()
        for line in _LINE_END.split(join_wrapped_lines(text)[0]):
            line = line.strip()
            if not line:
                continue
            for unit in (line, *split_passages(line)):
                if self.min_chars <= len(unit) <= self.max_chars:
                    found.add(unit)
        return found

    def add(self, outlet: str | None, text: str) -> None:
        """Count the distinct lines and sentences of one document."""
        outlet = outlet or ""
        self._docs[outlet] += 1
        n = self._docs[outlet]
        bucket_id = (n - 1) // self.bucket
        counts = self._counts[outlet]
        for unit in self.units(text):
            key = hashlib.blake2b(unit.encode("utf-8", "surrogatepass"), digest_size=12).digest()
            entry = counts.get(key)
            if entry is None:
                counts[key] = [1, bucket_id]
            else:
                entry[0] += 1
                self._texts.setdefault(key, unit)
        if n % self.bucket == 0:
            for key in [
                k for k, (count, delta) in counts.items() if count + delta <= n // self.bucket
            ]:
                del counts[key]
            live = set().union(*(c.keys() for c in self._counts.values()))
            for key in [k for k in self._texts if k not in live]:
                del self._texts[key]

    def threshold(self, outlet: str | None) -> float:
        """How many of the outlet's documents a passage must occur in to be boilerplate."""
        return max(self.min_docs, self.min_share * self._docs[outlet or ""])

    def counts(self) -> dict[str, dict[str, int]]:
        """Boilerplate passage → number of documents, per outlet (what :meth:`passages` removes)."""
        found = {}
        for outlet, counts in self._counts.items():
            if not outlet:  # documents without an outlet are not one outlet's: never boilerplate
                continue
            threshold = self.threshold(outlet)
            others = [c for o, c in self._counts.items() if o != outlet]
            repeated = {
                self._texts[key]: entry[0]
                for key, entry in counts.items()
                if entry[0] >= threshold and not any(key in other for other in others)
            }
            if repeated:
                found[outlet] = repeated
        return found

    def passages(self) -> dict[str, tuple[str, ...]]:
        """The boilerplate passages per outlet, longest first (longer ones are removed first)."""
        return {
            outlet: tuple(sorted(repeated, key=lambda p: (-len(p), p)))
            for outlet, repeated in self.counts().items()
        }
