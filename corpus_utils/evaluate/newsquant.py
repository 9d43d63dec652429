"""The NewsQuant benchmark: our extractor and quantulum3 scored on news of any subject.

NewsQuant is the news test set of CQE (Almasian et al., EMNLP 2023): sentences
with their quantities, each a ``change`` (``=``, ``~``, ``<``, ``>``, ``up``,
``down``), a ``value`` (a number, or ``"low-high"`` for a range), the ``unit`` as
written and its ``normalized_unit`` (``-`` for none). The data is not part of the
project; :data:`DEV_FILE` is where the development half lives.

Scoring (:func:`score`) follows the benchmark's own evaluation, quirks included:
for each sentence the gold quantities and the predictions are sorted by
normalised unit; each gold quantity walks the remaining predictions in order and,
for every prediction whose value equals its own (relative tolerance 1e-5,
absolute 1e-8; a range equals only a range with both ends equal), counts a
``value`` match while the sentence has counted fewer value matches than it has
gold quantities, a ``value+change`` match when the change symbols are equal, and,
when the lower-cased normalised units are equal, a ``value+unit`` match, after
which that prediction is used up and the next gold quantity begins. Precision
divides by the number of predictions, recall by the number of gold quantities,
over the whole file.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from corpus_utils.config import DATA_DIR, NEWSQUANT_DEV, SHARED_CORPUS
from corpus_utils.data import read_data_file

#: The development half of NewsQuant (outside the repository, never copied into it).
DEV_FILE = NEWSQUANT_DEV
#: Our own NewsQuant-format annotation of 720 sentences drawn from the shared war-news
#: corpus, stored as offsets and hashes (see ``docs/NEWSQUANT_PROBES.md``).
CORPUS_PROBES = DATA_DIR / "newsquant_corpus_probes.json"
#: The three scores the benchmark publishes, in its order.
METRICS = ("value", "value+unit", "value+change")
#: Columns of :func:`scores_table`.
SCORE_COLUMNS = ("system", "metric", "precision", "recall", "f1", "n_gold", "n_pred")
#: The change symbols of the format.
CHANGES = frozenset({"=", "~", "<", ">", "up", "down"})
#: Our units' names in the benchmark's vocabulary (researcher-editable).
UNIT_NAMES_FILE = DATA_DIR / "newsquant_units.csv"
#: Categories of ours that the benchmark does not count as quantities.
SKIPPED_CATEGORIES = frozenset({"date", "year", "ordinal", "time", "other"})

Value = float | tuple[float, float]


class BenchmarkError(ValueError):
    """A NewsQuant-format file that cannot be read."""


# ---------------------------------------------------------------------------
# Reading and writing the format
# ---------------------------------------------------------------------------


def _located_sentences(path: Path, data: dict, folder: Path) -> list[dict[str, Any]]:
    """The sentences of a located file with their text read from the shared corpus."""
    from corpus_utils.evaluate.gold import read_shared_texts, text_sha256

    if data.get("corpus") != "ukraine_media" or not isinstance(data.get("sentences"), list):
        raise BenchmarkError(
            f"{path}: expected {{'corpus': 'ukraine_media', 'sentences': [...]}} "
            "(sentences located in the shared corpus)"
        )
    entries = data["sentences"]
    for index, entry in enumerate(entries):
        fields = ("doc_id", "start_char", "end_char", "sha256")
        types = (str, int, int, str)
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(f), t) for f, t in zip(fields, types, strict=True)
        ):
            raise BenchmarkError(
                f"{path}: sentence {index} needs doc_id, start_char, end_char and sha256"
            )
    if not folder.is_dir():
        raise BenchmarkError(
            f"{path}: its sentences are offsets into the ukraine_media corpus, which is not "
            f"at {folder} (set CORPUS_UTILS_SHARED_CORPUS to its folder)"
        )
    texts = read_shared_texts({entry["doc_id"] for entry in entries}, folder)
    out = []
    for index, entry in enumerate(entries):
        doc_id = entry["doc_id"]
        if doc_id not in texts:
            raise BenchmarkError(f"{path}: sentence {index}: no document {doc_id} in {folder}")
        text = texts[doc_id]["text"][entry["start_char"] : entry["end_char"]]
        if text_sha256(text) != entry["sha256"]:
            raise BenchmarkError(
                f"{path}: sentence {index}: the text at {doc_id} "
                f"[{entry['start_char']}:{entry['end_char']}] is not the one annotated "
                "(its SHA-256 differs: has the corpus changed?)"
            )
        out.append({**entry, "text": text})
    return out


def parse_value(value: Any) -> Value:
    """A NewsQuant value as a float, or ``(low, high)`` for a range.

    Accepts numbers, numeric strings ("275.0", "-1.3", "1e6"), ``"low-high"``
    strings ("1000000-10000000", "-5--3") and two-item lists.

    Raises:
        ValueError: for anything else.
    """
    if isinstance(value, bool):
        raise ValueError(f"not a number: {value!r}")
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, list | tuple) and len(value) == 2:
        return (float(value[0]), float(value[1]))
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        number = r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"
        if re.fullmatch(number, text):
            return float(text)
        pair = re.fullmatch(rf"({number})\s*-\s*({number})", text)
        if pair:
            return (float(pair.group(1)), float(pair.group(2)))
    raise ValueError(f"not a number or a range: {value!r}")


def read_newsquant(
    path: str | Path, *, shared_corpus: str | Path | None = None
) -> list[dict[str, Any]]:
    """Read a NewsQuant-format JSON file, checking its shape.

    The file is either the benchmark's list of sentences or our located form
    (:data:`CORPUS_PROBES`): ``{"corpus": "ukraine_media", "sentences": [...]}``
    whose sentences are offsets into a document of the shared corpus
    (``doc_id``, ``start_char``, ``end_char``) with the SHA-256 of their text
    instead of the text, which is read from ``shared_corpus`` (default
    :data:`corpus_utils.config.SHARED_CORPUS`) and checked against the hash.

    Returns:
        A list of ``{"text", "quantities"}`` dicts; each quantity keeps its fields
        and gains ``parsed_value`` (see :func:`parse_value`).

    Raises:
        BenchmarkError: naming the file and the problem (missing file, bad JSON,
            a sentence without text, a quantity without a readable value, a
            located sentence whose document is missing or whose text changed...).
    """
    path = Path(path)
    if not path.is_file():
        raise BenchmarkError(f"{path}: no such file")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise BenchmarkError(f"{path}: not valid JSON ({error})") from error
    if isinstance(data, dict) and ("corpus" in data or "sentences" in data):
        data = _located_sentences(path, data, Path(shared_corpus or SHARED_CORPUS))
    if not isinstance(data, list):
        raise BenchmarkError(
            f"{path}: expected a JSON list of sentences, got {type(data).__name__}"
        )
    sentences = []
    for index, entry in enumerate(data):
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
            raise BenchmarkError(f"{path}: sentence {index} has no 'text' string")
        quantities = entry.get("quantities", [])
        if not isinstance(quantities, list):
            raise BenchmarkError(f"{path}: sentence {index} has 'quantities' that is not a list")
        parsed = []
        for number, quantity in enumerate(quantities):
            where = f"{path}: sentence {index}, quantity {number}"
            if not isinstance(quantity, dict) or "value" not in quantity:
                raise BenchmarkError(f"{where} has no 'value'")
            try:
                value = parse_value(quantity["value"])
            except (ValueError, TypeError) as error:
                raise BenchmarkError(f"{where}: {error}") from error
            change = quantity.get("change", "=")
            if change not in CHANGES:
                raise BenchmarkError(f"{where}: unknown change {change!r}")
            parsed.append({**quantity, "change": change, "parsed_value": value})
        sentences.append({"text": entry["text"], "quantities": parsed})
    return sentences


def write_newsquant(sentences: Sequence[dict[str, Any]], path: str | Path) -> Path:
    """Write predictions in the NewsQuant format (``parsed_value`` is left out)."""
    path = Path(path)
    out = [
        {
            "text": sentence["text"],
            "quantities": [
                {k: v for k, v in q.items() if k != "parsed_value"} for q in sentence["quantities"]
            ],
        }
        for sentence in sentences
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------


def values_equal(gold: Value, predicted: Value) -> bool:
    """The benchmark's value test: close numbers, or ranges with both ends close."""
    if isinstance(gold, tuple) != isinstance(predicted, tuple):
        return False
    if isinstance(gold, tuple):
        return all(
            math.isclose(g, p, rel_tol=1e-5, abs_tol=1e-8)
            for g, p in zip(gold, predicted, strict=True)
        )
    return math.isclose(gold, predicted, rel_tol=1e-5, abs_tol=1e-8)


def _value_of(quantity: dict[str, Any]) -> Value:
    if "parsed_value" in quantity:
        return quantity["parsed_value"]
    return parse_value(quantity["value"])


def _unit_key(quantity: dict[str, Any]) -> str:
    return str(quantity.get("normalized_unit", "-"))


def score_sentence(gold: Sequence[dict], predicted: Sequence[dict]) -> dict[str, int]:
    """Match counts of one sentence under the benchmark's greedy rules (see module doc)."""
    gold_sorted = sorted(gold, key=_unit_key)
    remaining = sorted(predicted, key=_unit_key)
    counts = dict.fromkeys(METRICS, 0)
    for g in gold_sorted:
        g_value = _value_of(g)
        for index, p in enumerate(remaining):
            if not values_equal(g_value, _value_of(p)):
                continue
            if counts["value"] < len(gold):
                counts["value"] += 1
            if g.get("change", "=") == p.get("change", "="):
                counts["value+change"] += 1
            if _unit_key(g).lower() == _unit_key(p).lower():
                counts["value+unit"] += 1
                del remaining[index]
                break
    return counts


def score(gold: Sequence[dict], predicted: Sequence[dict]) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 of predictions against gold, sentence by sentence.

    Args:
        gold: Sentences (``{"text", "quantities"}``) with the gold quantities.
        predicted: The same sentences, in the same order, with predicted quantities.

    Returns:
        ``{metric: {"precision", "recall", "f1", "matches", "n_gold", "n_pred"}}``
        for each of :data:`METRICS`.

    Raises:
        ValueError: when the two lists do not hold the same sentences.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    totals = dict.fromkeys(METRICS, 0)
    n_gold = n_pred = 0
    for index, (g, p) in enumerate(zip(gold, predicted, strict=True)):
        if g["text"] != p["text"]:
            raise ValueError(f"sentence {index} differs: {g['text'][:40]!r} / {p['text'][:40]!r}")
        n_gold += len(g["quantities"])
        n_pred += len(p["quantities"])
        for metric, count in score_sentence(g["quantities"], p["quantities"]).items():
            totals[metric] += count
    out = {}
    for metric in METRICS:
        precision = totals[metric] / n_pred if n_pred else 0.0
        recall = totals[metric] / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[metric] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "matches": totals[metric],
            "n_gold": n_gold,
            "n_pred": n_pred,
        }
    return out


def scores_table(results: dict[str, dict[str, dict[str, float]]]) -> pd.DataFrame:
    """``{system: score(...)}`` as a tidy table with :data:`SCORE_COLUMNS` (percent)."""
    rows = [
        {
            "system": system,
            "metric": metric,
            "precision": round(100 * numbers["precision"], 1),
            "recall": round(100 * numbers["recall"], 1),
            "f1": round(100 * numbers["f1"], 1),
            "n_gold": numbers["n_gold"],
            "n_pred": numbers["n_pred"],
        }
        for system, scored in results.items()
        for metric, numbers in scored.items()
    ]
    return pd.DataFrame(rows, columns=list(SCORE_COLUMNS))


def fold_of(text: str, k: int = 5) -> int:
    """A sentence's fold among ``k``, from a hash of its text (stable across runs)."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % k


def fold_scores(
    gold: Sequence[dict], predictions: dict[str, Sequence[dict]], k: int = 5
) -> pd.DataFrame:
    """F1 of each system on each of ``k`` folds of the sentences (system, fold, metric, f1).

    A rule that helps on one fold only is fitted to those sentences; one that
    helps on every fold generalises.
    """
    rows = []
    for fold in range(k):
        keep = [i for i, g in enumerate(gold) if fold_of(g["text"], k) == fold]
        g_fold = [gold[i] for i in keep]
        for system, predicted in predictions.items():
            scored = score(g_fold, [predicted[i] for i in keep])
            for metric in METRICS:
                f1 = round(100 * scored[metric]["f1"], 1)
                rows.append({"system": system, "fold": fold, "metric": metric, "f1": f1})
    return pd.DataFrame(rows, columns=["system", "fold", "metric", "f1"])


# ---------------------------------------------------------------------------
# Systems in the benchmark's format
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def load_unit_names() -> dict[str, str]:
    """Our unit codes (``units.csv``) mapped to the benchmark's unit names."""
    rows = read_data_file(UNIT_NAMES_FILE, columns=("unit", "normalized_unit"))
    return {row["unit"]: row["normalized_unit"] for row in rows}


def _unit_patterns() -> dict[str, Any]:
    from corpus_utils.extract.quantities import _unit_patterns as patterns

    return patterns()


#: The unit's words "ton" or "tons", without "metric" or "tonne".
_TONS_RE = re.compile(r"(?i)\s*tons?\s*")
#: A rate by the ton, unqualified ("$25,000 per ton"): the benchmark's ton, as above.
_PER_TON_RE = re.compile(r"(?i)(?:\bper|\ban?|\beach|/)\s*tons?\s*$")


def normalized_unit(quantity: dict[str, Any]) -> str:
    """The benchmark's name for the unit of one of our quantities.

    Units are named through :data:`UNIT_NAMES_FILE` (compound units part by part:
    ``USD/barrel`` is "dollar per barrel"); a count or a people figure is named by
    its counted noun (``counted_lemma``: "13,000 workers" is "worker"); ``-`` when
    there is neither.
    """
    names = load_unit_names()
    unit = quantity.get("unit")
    if quantity.get("category") == "age":
        # 'a 15-year-old' is "year of age"; 'the four-month-old war' is months, not years,
        # but 'their 7-month-old child', 'a 10-month-old bear' are months of age
        if unit in {None, "year"}:
            return "year of age"
        name = names.get(unit, unit)
        return name if _age_of_a_thing(quantity) else f"{name} of age"
    # the unit's words, or the last word of a range ("22-25 million tons") that has none
    words = quantity.get("unit_text") or " ".join((quantity.get("surface") or "").split()[-1:])
    if unit == "penny" and words.strip() == "p":
        # a price glued to "p" ("118.5p", "200p") is the benchmark's point, as dev.json writes
        # it (its shares' prices); "5 pence" stays a penny
        return "point"
    if unit == "tonne" and _TONS_RE.fullmatch(words):
        # "tons" unqualified is the benchmark's ton (its "tonnes" a metric ton), as the
        # stored probes' annotators name it two times in three
        return "ton"
    if unit and unit != "people":
        parts = str(unit).split("/")
        if parts[-1] == "tonne" and _PER_TON_RE.search(words):
            return " per ".join([*(names.get(part, part.lower()) for part in parts[:-1]), "ton"])
        return " per ".join(names.get(part, part.lower()) for part in parts)
    lemma = quantity.get("counted_lemma")
    if lemma:
        # ('an 8-time All-Star' counts times, as '6.5 times' does); a unit only as the
        # vocabulary writes it: "two MPs" count members of parliament, no megapixels ("MP")
        key = "times" if lemma == "time" else lemma
        known = _unit_patterns()["suffix"].get(key) if key in _unit_surfaces() else None
        if known:
            return names.get(known[0], known[0])
        counted, per, denominator = lemma.rpartition(" per ")
        if per and denominator in names:
            # '650 people per square kilometer' -> people per square kilometre
            return f"{counted} per {names[denominator]}"
        return lemma
    return "people" if unit == "people" else "-"


@functools.lru_cache(maxsize=1)
def _unit_surfaces() -> frozenset[str]:
    """The unit surfaces of the vocabulary as it writes them (case kept)."""
    from corpus_utils.extract.quantities import load_units

    return frozenset(load_units()["surface"])


#: Nouns whose age in months or weeks is how long they have lasted, not an age of life.
_LASTING_THINGS = frozenset(
    {
        "war", "wars", "conflict", "invasion", "campaign", "offensive", "operation", "siege",
        "blockade", "crisis", "ceasefire", "truce", "occupation", "government", "regime",
        "deal", "agreement", "pandemic", "lockdown", "strike",
    }
)  # fmt: skip


def _age_of_a_thing(quantity: dict[str, Any]) -> bool:
    """Whether the noun after an age ("the 6-month-old war") is a thing that lasts."""
    surface, sentence = quantity.get("surface") or "", quantity.get("sentence") or ""
    after = re.search(re.escape(surface) + r"[ ]+([a-z]+)", sentence) if surface else None
    return after is not None and after.group(1) in _LASTING_THINGS


def change_symbol(quantity: dict[str, Any]) -> str:
    """The benchmark's change: the direction when there is one, else the bound."""
    bound = quantity.get("bound") or "="
    if re.match(
        r"(?i)as[ ]+(?:many|much|high|low|few|little)[ ]+as\b", quantity.get("surface") or ""
    ):
        # the benchmark's 'As many as 14 first-team players' (and our probes' 'as high as
        # 150', 'as few as 10', 'as little as 30%')
        bound = "="
    if bound == "=" and quantity.get("direction") in {"up", "down"}:
        return quantity["direction"]
    return {"≤": "<", "≥": ">"}.get(bound, bound)


def to_newsquant(quantities: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Our quantities (:func:`corpus_utils.extract.quantities.extract_quantities`) in the format.

    Dates, years, times, ordinals and labels are left out (the benchmark does not
    count them), and so are vague amounts without a range. The two ends of a range
    ("four to five thousand") become one quantity with value ``[low, high]`` and the
    unit of whichever end names one; a conversion in parentheses ("87 mph (140
    km/h)") is a quantity of its own, as the benchmark counts it.
    """
    out = []
    seen_ranges: dict[tuple, tuple[int, int]] = {}
    for q in quantities:
        if q["category"] in SKIPPED_CATEGORIES:
            continue
        if q["category"] == "duration" and _SPELLED_DURATION_RE.fullmatch(q.get("surface") or ""):
            continue
        if q["category"] == "age" and _SPELLED_AGE_NOUN_RE.fullmatch(q.get("surface") or ""):
            continue  # 'three five-year-olds' counts children named by their age
        if _spelled_times(q):
            continue
        low, high = q.get("value_low"), q.get("value_high")
        is_range = low is not None and high is not None and not _same(low, high)
        share = None
        if is_range:
            key = (low, high)
            earlier_index, earlier_end = seen_ranges.get(key, (-1, -1))
            # the other end of the same range, a few characters on ('10-15C and 10-15%' is two)
            if earlier_index >= 0 and 0 <= q.get("start_char", earlier_end) - earlier_end < 12:
                earlier = out[earlier_index]
                # the unit the range's words name at its other end ("22-25 million tons")
                if earlier["normalized_unit"] == "-" or (
                    earlier["unit"] == "-" and q.get("unit_text")
                ):
                    earlier.update(
                        unit=q.get("unit_text") or "-", normalized_unit=normalized_unit(q)
                    )
                continue
            seen_ranges[key] = (len(out), q.get("end_char", -1))
            value: Any = [float(low), float(high)]
        elif q["value"] is not None:
            share = _fraction(q)
            value = share or float(q["value"])
        else:
            continue
        unit_name = normalized_unit(q)
        if share is not None:
            # 'half the condos': "% condo", as the gold; a possessor is left out ('a third of
            # Ukraine's power plants' -> "% power plant"), as in 'one of' (one_of_quantities);
            # a share of nothing named has no unit ("dropped by half")
            unit_name = f"% {_without_possessor(q)}" if q.get("counted_lemma") else "-"
        out.append(
            {
                "value": value,
                "unit": q.get("unit_text") or "-",
                "normalized_unit": unit_name,
                "change": change_symbol(q),
            }
        )
        if q.get("alt_value") is not None and q.get("alt_unit"):
            alt = {**q, "unit": q["alt_unit"], "counted_lemma": None}
            # '300,000 rubles (about $4,860)': the conversion's own word of approximation
            about = _about_conversion_re().search(q.get("surface") or "")
            change = "~" if about else change_symbol(q)
            if change == "~" and not about and q["category"] == "money":
                # a sum converted, approximate only through the sum before it: 'almost S
                # $1mil (RM3.06mil)' writes RM3.06mil as it is; a bound carries over ('more
                # than $3.7bn (£2.9bn)')
                change = "="
            out.append(
                {
                    "value": float(q["alt_value"]),
                    "unit": q["alt_unit"],
                    "normalized_unit": normalized_unit(alt),
                    "change": change,
                }
            )
    return out


def _without_possessor(quantity: dict[str, Any]) -> str:
    """The counted noun's lemma without the possessor its words open with ("Ukraine's power
    plants" -> "power plant"; "the world's population" -> "population")."""
    lemma = quantity["counted_lemma"]
    words = (quantity.get("counted") or "").split()
    owner = next((k for k, w in enumerate(words[:3]) if re.search(r"\w(?:['’]s|s['’])$", w)), None)
    lemmas = lemma.split()
    if owner is None or len(lemmas) <= owner + 1:
        return lemma
    return " ".join(lemmas[owner + 1 :])


@functools.lru_cache(maxsize=1)
def _about_conversion_re() -> re.Pattern[str]:
    """A conversion in parentheses with a word of approximation of its own, the words the
    extractor reads there."""
    from corpus_utils.extract.quantities import CONVERSION_ABOUT

    return re.compile(rf"\((?:{CONVERSION_ABOUT})[ ]?[^()]*\)$", re.I)


#: A duration spelled out and joined to the noun it describes ('a five-year award', 'a
#: two-month contract'): the benchmark's gold leaves these out.
_SPELLED_DURATION_RE = re.compile(
    r"[a-z]+(?:-[a-z]+)?-(?:second|minute|hour|day|week|month|year|decade|century)",
    re.IGNORECASE,
)


#: An age spelled out as a plural noun ('five-year-olds'), which the gold reads as the noun
#: a count counts ('three five-year-olds'), not as an age; '20-year-olds' is one.
_SPELLED_AGE_NOUN_RE = re.compile(r"[a-z]+(?:-[a-z]+)?-(?:year|month)-olds", re.IGNORECASE)


#: Nouns of staff, which a spelled count joined to them counts only with a noun after them
#: ('one-man shops', not 'one man was killed').
_STAFF = frozenset({"man", "woman", "person", "member"})
#: Nouns of a count spelled out and joined to the noun it describes: 'a two-time Olympic
#: champion', 'four-way talks', 'one-man shops', 'the three-member commission'.
_SPELLED_COUNTS = frozenset({"time", "way"}) | _STAFF


def _spelled_times(quantity: dict[str, Any]) -> bool:
    """'a two-time Olympic champion', 'four-way talks', 'one-man shops': a count of wins, of
    sides or of staff spelled out and joined to the noun it describes, which the
    benchmark's gold leaves out as it does 'a five-year award'."""
    surface = quantity.get("surface") or ""
    counted = quantity.get("counted_lemma")
    words = (quantity.get("counted") or "").split()
    return (
        surface.isalpha()
        and quantity.get("unit") in (None, "", "people")
        and counted in _SPELLED_COUNTS
        and words[:1] == [counted]
        and not (counted == "way" and surface.lower() == "one")  # 'only one way to stop him'
        and (counted not in _STAFF or len(words) > 1)  # not 'one man was killed'
    )


def _spelled_modifier(quantity: dict[str, Any], text: str) -> bool:
    """'a three-country trip', 'a five-storey apartment building', 'the nine-dash line': a
    count spelled out and joined by a hyphen to the singular noun that describes another,
    which the benchmark's gold leaves out as it does 'a five-year award' and 'a three-bed
    apartment' (not the last of 'four-, five- and six-cylinder engines', which it counts)."""
    from corpus_utils.extract.quantities import SUSPENDED_GAP_RE

    surface = quantity.get("surface") or ""
    words = (quantity.get("counted") or "").split()
    return (
        surface.isalpha()
        and not quantity.get("unit")
        and text[quantity["end_char"] : quantity["end_char"] + 1] == "-"
        and text[quantity["end_char"] + 1 : quantity["end_char"] + 2].isalpha()
        and len(words) > 1
        and words[0].lower() == quantity.get("counted_lemma")
        and not re.search(rf"(?:{SUSPENDED_GAP_RE.pattern})$", text[: quantity["start_char"]])
    )


_PERCENT_WORD_RE = re.compile(r"\d|%|\bper[ ]?cent\b|\bpc\b|\bpercent", re.IGNORECASE)


def _fraction(quantity: dict[str, Any]) -> float | None:
    """A fraction in words ('half of', 'a third of', 'three-quarters') or with a slash
    ('2/3 of oil imports') as the benchmark writes it.

    Our tables give it in percent (a third is 33.33 percent); the benchmark gives
    the fraction itself (0.5 for 'half the flats', '1/2 pound'). The fraction is
    the simplest one (denominator up to 12) within rounding of the percentage.
    """
    from corpus_utils.extract.quantities import SLASH_SHARE_RE

    # a slash names a share as 'two thirds' does: its digits are no percentage's
    surface = SLASH_SHARE_RE.sub("", quantity.get("surface") or "")
    if quantity.get("unit") != "percent" or not surface or _PERCENT_WORD_RE.search(surface):
        return None
    share = float(quantity["value"]) / 100
    for denominator in range(1, 13):
        numerator = round(share * denominator)
        if numerator and abs(numerator / denominator - share) < 1e-3:
            return numerator / denominator
    return None


def _same(a: Any, b: Any) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)


#: "at least" right before a number (the benchmark writes it ">").
_AT_LEAST_BEFORE_RE = re.compile(r"\b(?i:at[ ]+least)[ ]+$")
_ONE_OF_RE = re.compile(
    r"\b(?i:one)[ ]+of[ ]+(?:the|its|his|her|their|our|my|your|these|those|several|many"
    r"|(?:[A-Z][\w.-]*[ ]){0,3}[A-Z][\w.-]*['’]s?)[ ]+(?=\w)"  # 'one of Putin's closest aides'
)


def one_of_quantities(
    doc: Any, quantities: Sequence[dict[str, Any]], shared: Sequence[dict[str, Any]] = ()
) -> list[dict[str, Any]]:
    """'one of the students' as the benchmark counts it: 1 student.

    Our extractor reads 'one of' as a pronoun by design (war-news tables do not
    count it); the benchmark annotates it as a quantity whose unit is the noun
    after the determiner, named by its content words with the phrases that say
    which ('one of the oldest stadiums in Europe' -> old stadium europe; a possessor is
    left out: 'one of the world's largest producers' -> large producer), so the adapter
    adds it; not where ``shared`` (the wholes :func:`share_quantities` took) starts right
    after it ('one of the five rockets' is a share).
    """
    from corpus_utils.extract.quantities import glued_hyphen, singular

    text = doc.text
    out = []
    for match in _ONE_OF_RE.finditer(text):
        if not _one_alone(match, text, quantities):
            continue
        if any(q["start_char"] == match.end() for q in shared):
            continue  # 'one of the five rockets' is a share (share_quantities)
        tokens = doc.char_span(match.end(), len(text), alignment_mode="expand")
        if tokens is None:
            continue
        head = next(
            (
                t
                for t in tokens
                if t.pos_ in {"NOUN", "PROPN"}
                and not (t.i + 1 < len(doc) and glued_hyphen(doc[t.i + 1]))  # 'self-declared'
            ),
            None,
        )
        owner = None
        if head is not None and head.dep_ == "poss" and head.i < head.head.i <= head.i + 8:
            owner, head = head, head.head  # 'one of the world's largest producers'
        if (
            head is None
            or not all(
                _modifies(t)
                or t.dep_ in {"advmod", "nummod"}  # 'one of his two grenades'
                or (t.dep_ == "cc" and _modifies(t.head))  # 'the fastest and biggest schemes'
                or t.tag_ == "HYPH"  # 'Moscow-ruled'
                or (owner is not None and t.head == owner)
                for t in tokens[: head.i - tokens.start]
                if t != owner
            )
        ):
            continue
        while head.dep_ in {"compound", "nmod"} and head.i < head.head.i <= head.i + 3:
            head = head.head
        if owner is None and head.dep_ == "poss" and head.i < head.head.i <= head.i + 8:
            # 'one of the anonymous British street artist's murals': the owner's words came
            # first
            owner, head = head, head.head
        before = [t for t in doc[tokens.start : head.i] if t != owner and t.head != owner]
        name = _content_word(head)
        if head.tag_ == "NN" and name == head.lower_ and not _OWN_PLURAL_RE.search(name):
            name = singular(name)  # after 'one of' a plural the lemmatiser left: 'oligarchs'
        words = [*_content_words(before), name]
        words += _which_words(head)
        # 'At least one of the Iranian training teams': the bound before "one" is its change
        bound = ">" if _AT_LEAST_BEFORE_RE.search(text, 0, match.start()) else "="
        out.append({"value": 1.0, "unit": "-", "normalized_unit": " ".join(words), "change": bound})
    return out


#: The words before a count that make it the whole of a share: 'three out of four', 'one
#: of four'; the part is the word before. Not 'three of the five permanent members', which
#: counts both, as the stored probes' annotators write it.
_SHARE_BEFORE_RE = re.compile(
    r"(?<![\w.,])(?P<part>[\w.,]+)[ ]+(?:(?:out[ ]+)?of[ ]+|(?P<in>in)[ ]+)$"
)
#: The largest whole of a share ('one of four concepts'); 'one of 130 people' counts.
_SHARE_MOST = 12
#: Words before the part that make 'four of 14' a first batch, not a share.
_NO_SHARE_BEFORE_RE = re.compile(r"\b(?i:first|last|top|next|final|other)[ ]+$")


def share_quantities(
    doc: Any, quantities: Sequence[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """'one of four separate mission concepts', 'three out of four of the criteria' as the
    benchmark writes them: one share (0.25 of "% separate mission concept"), not two counts.

    Returns the quantities left (without the part and the whole of each share) and the
    shares in the format. A share is a smaller count (or "one") before a count of up to
    :data:`_SHARE_MOST` things, neither with a bound of its own; not a first batch ('the
    first four of 14') nor one of a ranking ('one of the 10 biggest stations').
    """
    text = doc.text
    kept = list(quantities)
    shares = []
    for whole in quantities:
        if not _bare_count(whole) or not whole.get("value"):
            continue
        if float(whole["value"]) > _SHARE_MOST:
            continue  # 'one of 130 people': counts, no share ('seven of some 29': a bound)
        found = _SHARE_BEFORE_RE.search(text, 0, whole["start_char"])
        if found is None or _NO_SHARE_BEFORE_RE.search(text, 0, found.start()):
            continue
        # 'one of four concepts' names what it counts; 'seven in ten (saying)' need not
        exact = _bare_count if found.group("in") else _exact_count
        if not exact(whole):
            continue
        number = doc.char_span(whole["start_char"], whole["end_char"], alignment_mode="expand")
        after = doc[number.end : number.end + 3] if number is not None else []
        if any(t.tag_ == "JJS" or t.lower_ == "most" for t in after):
            continue
        part = next((q for q in kept if q.get("end_char") == found.end("part")), None)
        if part is not None and not exact(part):
            continue  # not 'at least 100 of the 357 Tory MPs': a bound count of its own
        value = float(part["value"]) if part is not None else None
        if part is None and found.group("part").lower() == "one":
            value = 1.0  # 'one of' is read as a pronoun
        if value is None or not 0 < value < float(whole["value"]):
            continue
        counted = whole.get("counted_lemma")
        shares.append(
            {
                "value": value / float(whole["value"]),
                "unit": f"% {whole.get('counted') or counted}" if counted else "-",
                "normalized_unit": f"% {counted}" if counted else "-",
                "change": "=",
            }
        )
        kept = [q for q in kept if q is not whole and q is not part]
    return kept, shares


def _exact_count(quantity: dict[str, Any]) -> bool:
    """A bare count of things or people ('four concepts', 'two Russians'), no measure and
    no bound ('some 29 targets', 'at least 100 MPs')."""
    return bool(quantity.get("counted_lemma")) and _bare_count(quantity)


def _bare_count(quantity: dict[str, Any]) -> bool:
    """A count with no measure and no bound, whether or not it names what it counts."""
    return quantity.get("unit") in (None, "people") and quantity.get("bound") in ("=", None)


#: Nouns the same in the singular and the plural, which the lemmatiser cuts ('means').
_SAME_IN_PLURAL = r"news|series|species|means|headquarters|crossroads"
_SAME_IN_PLURAL_RE = re.compile(_SAME_IN_PLURAL)
#: Nouns whose singular ends in 's' ('one of the news', 'one of the species').
_OWN_PLURAL_RE = re.compile(rf"(?:ics|{_SAME_IN_PLURAL}|gas|lens)$")

#: The dependencies of a verb's subject and object.
_CORE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: 'one of them', 'only one of which', 'one of whom': one of things named before.
_ONE_OF_PRONOUN_RE = re.compile(r"\b(?i:one)[ ]+of[ ]+(?P<pronoun>them|which|whom)\b")


def one_of_them_quantities(doc: Any, quantities: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """'only one of them had been injured', '144 UAP incidents, only one of which could be
    explained' as the benchmark counts them: 1 of the plural noun named before (the noun
    a 'which' or 'whom' clause hangs on, else the last plural noun of the sentence before
    'one'), with the adjectives and nouns before it ('a lot of common goals, one of them
    being ...' -> common goal); '-' where the sentence names none ('We carried one of
    them')."""
    text = doc.text
    out = []
    for match in _ONE_OF_PRONOUN_RE.finditer(text):
        if not _one_alone(match, text, quantities):
            continue
        one = doc.char_span(match.start(), match.start() + 3)
        pronoun = doc.char_span(*match.span("pronoun"))
        if one is None or pronoun is None:
            continue
        antecedent = None
        if match.group("pronoun") != "them":
            clause = next((t for t in pronoun[0].ancestors if t.dep_ == "relcl"), None)
            if clause is not None and clause.head.tag_ in {"NNS", "NNPS"}:
                antecedent = clause.head
        if antecedent is None:
            plurals = [
                t
                for t in reversed(doc[one[0].sent.start : one[0].i])
                if t.tag_ in {"NNS", "NNPS"} and t.pos_ in {"NOUN", "PROPN"}
            ]
            # the last plural a verb takes or has for subject before one in a phrase of
            # place: 'shot three captured soldiers in the legs ... and beat one of them'
            core = [t for t in plurals if t.dep_ in _CORE_ARGUMENTS]
            antecedent = (core or plurals or [None])[0]
        if antecedent is None:
            unit = "-"
        else:
            # with the words of a compound name ('Nord' of 'the Nord Stream pipelines')
            left = [
                w
                for t in antecedent.lefts
                if t.dep_ in {"compound", "amod"}
                for w in t.subtree
                if w.dep_ in {"compound", "amod"}
            ]
            unit = " ".join([*_content_words(left), _content_word(antecedent)])
        out.append({"value": 1.0, "unit": "-", "normalized_unit": unit, "change": "="})
    return out


def _one_alone(match: re.Match[str], text: str, quantities: Sequence[dict[str, Any]]) -> bool:
    """Whether the 'one of' of ``match`` is in no quantity the extractor found and counts
    one ('every one of its opponents', 'each one of them' are all of them; 'day one of the
    invasion' is a day)."""
    if any(q["start_char"] < match.end() and match.start() < q["end_char"] for q in quantities):
        return False
    if re.search(r"\b(?i:day)[ ]$", text[: match.start()]):
        return False  # 'on day one of the invasion': its first day
    return not _EVERY_BEFORE_RE.search(text, 0, match.start())


#: "every one of", "each one of": all of them, no count of one.
_EVERY_BEFORE_RE = re.compile(r"\b(?i:every|each|any|no)[ ]$")

#: Prepositions whose phrase says which thing is counted ('in the world', 'of the league').
_WHICH_PREPOSITIONS = frozenset({"in", "of", "for"})


def _content_word(token: Any) -> str:
    if token.pos_ == "VERB" or _SAME_IN_PLURAL_RE.fullmatch(token.lower_):
        return token.lower_  # a participle as written: 'guided', not 'guide'; 'the only means'
    return token.text if token.pos_ == "PROPN" else token.lemma_.lower()


def _content_words(tokens: Any) -> list[str]:
    """Content words, a hyphenated compound kept whole ('first-team', 'self-declared')."""
    from corpus_utils.extract.quantities import NOT_NAMING, glued_hyphen

    words: list[str] = []
    glue = False
    for t in tokens:
        if glued_hyphen(t) and words:
            words[-1] += "-"
            glue = True
        elif glue:
            words[-1] += _content_word(t)
            glue = False
        elif _modifies(t) and t.lower_ not in NOT_NAMING:
            words.append(_content_word(t))
    return words


def _modifies(token: Any) -> bool:
    """An adjective, a noun, or a participle used as one ('the leading figures', 'guided missiles')."""
    return token.pos_ in {"ADJ", "NOUN", "PROPN"} or (token.pos_ == "VERB" and token.dep_ == "amod")


def _which_words(head: Any) -> list[str]:
    """Content words of the adjectives and 'in'/'of'/'for' phrases after a noun, and of
    the 'with' phrase of such an adjective."""
    from corpus_utils.extract.nlp import DASHES

    words: list[str] = []
    for child in head.rights:
        if any(t.is_quote for t in head.doc[head.i + 1 : child.i]):
            break  # '"one of the most effective and safe tools" against Covid-19 both in
            # Russia': the quotation closed on the noun
        if child.dep_ == "amod" and child.pos_ == "ADJ":
            words.append(_content_word(child))
            words += _which_words(child)
        elif child.dep_ == "prep" and (
            child.lower_ in _WHICH_PREPOSITIONS or (child.lower_ == "with" and head.pos_ == "ADJ")
        ):  # (and the 'with' of an adjective: 'the people familiar with the matter')
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            # not past a dash the parser ran over: 'one of the world's largest exporters of
            # grain - dubbed Russia's claims a "false pretext"'
            cut = pobj is not None and any(
                t.text in DASHES or (t.text == "-" and t.whitespace_)
                for t in head.doc[child.i + 1 : pobj.i]
            )
            # nor the idiom 'in the face of' ("one of Kyiv's staunchest supporters in the face
            # of Putin's invasion")
            cut = cut or (pobj is not None and child.lower_ == "in" and pobj.lower_ == "face")
            if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"} and not cut:
                words += _content_words(t for t in pobj.lefts if t.dep_ != "det")
                words.append(_content_word(pobj))
                words += _which_words(pobj)
    return words


def predict_ours(texts: Sequence[str], nlp: Any = None) -> list[dict[str, Any]]:
    """Our extractor on each sentence, as NewsQuant-format sentences."""
    from corpus_utils.extract.pipeline import load_pipeline
    from corpus_utils.extract.quantities import extract_quantities

    nlp = nlp or load_pipeline()
    out = []
    for text, doc in zip(texts, nlp.pipe(texts), strict=True):
        found = extract_quantities(doc)
        found = [q for q in found if not _spelled_modifier(q, text)]
        kept, shares = share_quantities(doc, found)
        shared = [q for q in found if not any(q is k for k in kept)]
        quantities = to_newsquant(kept) + shares + one_of_quantities(doc, found, shared)
        quantities += one_of_them_quantities(doc, found)
        out.append({"text": text, "quantities": quantities})
    return out


@functools.lru_cache(maxsize=1)
def _quantulum_parser() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    return parser


def quantulum_to_newsquant(text: str) -> list[dict[str, Any]]:
    """quantulum3 on one sentence, in the format (its unit names, its ranges kept whole)."""
    parser = _quantulum_parser()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = parser.parse(text)
    out = []
    for quantity in parsed:
        unit = quantity.unit.name
        uncertainty = getattr(quantity, "uncertainty", None)
        out.append(
            {
                "value": float(quantity.value),
                "unit": quantity.unit.name if unit != "dimensionless" else "-",
                "normalized_unit": "-" if unit == "dimensionless" else unit,
                "change": "~" if uncertainty else "=",
            }
        )
    return out


def predict_quantulum(texts: Sequence[str]) -> list[dict[str, Any]]:
    """quantulum3 on each sentence, as NewsQuant-format sentences."""
    return [{"text": text, "quantities": quantulum_to_newsquant(text)} for text in texts]


#: The systems :func:`evaluate_newsquant` measures, by name.
SYSTEMS: dict[str, Callable[[Sequence[str]], list[dict[str, Any]]]] = {
    "ours": predict_ours,
    "quantulum3": predict_quantulum,
}


def evaluate_newsquant(
    gold_path: str | Path = DEV_FILE,
    *,
    predictions_path: str | Path | None = None,
    systems: Sequence[str] = ("ours", "quantulum3"),
    shared_corpus: str | Path | None = None,
) -> pd.DataFrame:
    """Run each system over a NewsQuant-format file and score it (:func:`scores_table`).

    Args:
        gold_path: The gold file (default: the development half), or a located one
            such as :data:`CORPUS_PROBES` (see :func:`read_newsquant`).
        predictions_path: Where to write our predictions in the same format.
        systems: Names from :data:`SYSTEMS`.
        shared_corpus: The ukraine_media folder a located file points into.

    Returns:
        The tidy score table, one row per system and metric.
    """
    gold = read_newsquant(gold_path, shared_corpus=shared_corpus)
    texts = [g["text"] for g in gold]
    results = {}
    for name in systems:
        if name not in SYSTEMS:
            raise ValueError(f"unknown system {name!r}; known: {', '.join(SYSTEMS)}")
        predicted = SYSTEMS[name](texts)
        if name == "ours" and predictions_path is not None:
            write_newsquant(predicted, predictions_path)
        results[name] = score(gold, predicted)
    return scores_table(results)
