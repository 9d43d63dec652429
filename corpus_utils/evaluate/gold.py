"""Scoring our extraction against the hand-annotated gold documents.

The gold lives in ``corpus_utils/data/gold/<corpus>/<doc_id>.json`` (the
rules and the format are in ``docs/ANNOTATION.md``): offsets into each text,
our labels, and the text's sha256, never the text itself. :func:`evaluate_gold`
reads the gold files of a corpus, finds each text (``seeds``: the seed files;
``ukraine_media``: the shared corpus, by id), refuses a text whose sha256 is not
the one annotated, runs our annotation on a source holding just those
documents (:func:`corpus_utils.annotate.annotate_corpus`, the function behind
``python -m corpus_utils extract``, with its cache) and scores it:

- **persons**: mentions with ``actor_type == "person"`` against gold person
  spans, matched one to one by overlap;
- **direct quotes**: quote spans against gold ``direct`` spans, a match being a
  character-range Jaccard of at least 0.8 after trimming whitespace and
  punctuation at both ends; a predicted quote that matches a gold ``term`` is a
  false positive like any other;
- **speaker accuracy**: on matched direct quotes whose gold has a speaker, the
  share whose predicted speaker names the same source (:func:`speaker_matches`),
  by its displayed name or, for a registered actor, by any of the registry's
  names for it (the gold writes a body as the text names it);
- **indirect quotes** (``indirect`` and ``mixed`` together): overlap Jaccard of
  at least 0.5, when the quotes table has a ``kind`` column; otherwise the row
  says it is not available.

Predictions lying mostly (half or more of their span) in gold furniture are
ignored. Each measure gets precision, recall, F1, its counts and a bootstrap
95% interval over documents with a fixed seed.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from corpus_utils.config import CACHE_DIR, DATA_DIR, SEEDS_DIR, SHARED_CORPUS
from corpus_utils.corpus.load import origin_of

#: Where the gold files are, one folder per corpus.
GOLD_DIR = DATA_DIR / "gold"
#: The corpora that have gold annotations.
CORPORA = ("seeds", "ukraine_media")
#: Direct quotes match at this character-range Jaccard or above (after trimming).
DIRECT_JACCARD = 0.8
#: Indirect and mixed quotes match at this character-range Jaccard or above.
INDIRECT_JACCARD = 0.5
#: The bootstrap's fixed seed and number of resamples of the documents.
BOOTSTRAP_SEED = 14
BOOTSTRAP_SAMPLES = 2000
#: Characters of text shown either side of an error.
CONTEXT_CHARS = 40

QUOTE_KINDS = ("direct", "indirect", "mixed", "term")
SPEAKER_TYPES = ("person", "organisation", "unnamed", None)
SCORE_COLUMNS = [
    "corpus", "measure", "n_docs", "n_gold", "n_predicted", "n_matched",
    "precision", "precision_low", "precision_high", "recall", "recall_low", "recall_high",
    "f1", "f1_low", "f1_high", "accuracy", "accuracy_low", "accuracy_high", "note",
]  # fmt: skip
ERROR_COLUMNS = [
    "corpus", "doc_id", "item", "error", "start_char", "end_char", "gold", "predicted", "context",
]  # fmt: skip
MEASURES = ("persons", "direct quotes", "speaker accuracy", "indirect quotes")


class GoldError(ValueError):
    """A gold file that cannot be used, or a text that is not the one annotated."""


@dataclass
class GoldDocument:
    """One gold file: offsets into a text, our labels and the text's hash."""

    doc_id: str
    corpus: str
    outlet: str | None
    text_sha256: str
    n_chars: int
    furniture: list[tuple[int, int]]
    persons: list[dict]
    quotes: list[dict]
    path: Path

    def quotes_of(self, *kinds: str) -> list[dict]:
        """The gold quotes of the given kinds."""
        return [q for q in self.quotes if q["kind"] in kinds]


@dataclass
class GoldScores:
    """The scores (one row per corpus and measure) and every error, as tidy tables."""

    scores: pd.DataFrame
    errors: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=ERROR_COLUMNS))
    seed: int = BOOTSTRAP_SEED
    n_boot: int = BOOTSTRAP_SAMPLES

    def to_text(self) -> str:
        """The scores as a plain-text table for the console."""
        return format_scores(self.scores, seed=self.seed, n_boot=self.n_boot)


# --------------------------------------------------------------------------- gold files


def read_gold(corpus: str, *, gold_dir: str | Path | None = None) -> list[GoldDocument]:
    """Read and check every gold file of one corpus, sorted by doc_id.

    Args:
        corpus: ``seeds`` or ``ukraine_media``.
        gold_dir: The folder holding one sub-folder per corpus; default :data:`GOLD_DIR`.

    Raises:
        GoldError: A file that is not valid gold, naming the file and the problem.
    """
    folder = Path(gold_dir or GOLD_DIR) / corpus
    return [read_gold_file(path) for path in sorted(folder.glob("*.json"))]


def read_gold_file(path: str | Path) -> GoldDocument:
    """Read one gold file and check its structure and spans."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldError(f"{path}: not a JSON gold file ({error})") from error
    if not isinstance(data, dict):
        raise GoldError(f"{path}: a gold file holds one JSON object")
    missing = [
        key
        for key in ("doc_id", "corpus", "text_sha256", "n_chars", "furniture", "persons", "quotes")
        if key not in data
    ]
    if missing:
        raise GoldError(f"{path}: missing {', '.join(missing)}")
    if data["doc_id"] != path.stem:
        raise GoldError(f"{path}: doc_id {data['doc_id']!r} is not the file name")
    n_chars = data["n_chars"]

    def check_span(start, end, what):
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= n_chars):
            raise GoldError(f"{path}: {what} [{start}, {end}) is not a span of the {n_chars} chars")

    furniture = []
    for item in data["furniture"]:
        check_span(item[0], item[1], "furniture")
        furniture.append((item[0], item[1]))
    for person in data["persons"]:
        check_span(person.get("start"), person.get("end"), "person")
        if not person.get("person"):
            raise GoldError(f"{path}: person at {person['start']} has no canonical name")
    for quote in data["quotes"]:
        check_span(quote.get("start"), quote.get("end"), "quote")
        if quote.get("kind") not in QUOTE_KINDS:
            raise GoldError(f"{path}: quote at {quote['start']} has kind {quote.get('kind')!r}")
        if quote.get("speaker_type") not in SPEAKER_TYPES:
            raise GoldError(
                f"{path}: quote at {quote['start']} has speaker_type {quote.get('speaker_type')!r}"
            )
    return GoldDocument(
        doc_id=data["doc_id"],
        corpus=data["corpus"],
        outlet=data.get("outlet"),
        text_sha256=data["text_sha256"],
        n_chars=n_chars,
        furniture=furniture,
        persons=list(data["persons"]),
        quotes=list(data["quotes"]),
        path=path,
    )


def text_sha256(text: str) -> str:
    """The sha256 hex digest of a text encoded as UTF-8 (what a gold file records)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_gold_documents(
    golds: list[GoldDocument],
    *,
    corpus: str,
    seeds_dir: str | Path | None = None,
    shared_corpus: str | Path | None = None,
) -> dict[str, dict]:
    """Find the text and metadata of every gold document and check its sha256.

    Returns:
        ``{doc_id: {"text", "outlet", "date", "title", "url"}}``.

    Raises:
        GoldError: A document that cannot be found, or whose text is not the
            one annotated (a different sha256): its offsets would not fit.
    """
    if corpus == "seeds":
        found = _read_seeds(golds, Path(seeds_dir or SEEDS_DIR))
        where = "the seed file"
    elif corpus == "ukraine_media":
        found = _read_shared(golds, Path(shared_corpus or SHARED_CORPUS))
        where = "the shared corpus"
    else:
        raise GoldError(f"no gold corpus {corpus!r}; the corpora are {', '.join(CORPORA)}")
    for gold in golds:
        actual = text_sha256(found[gold.doc_id]["text"])
        if actual != gold.text_sha256:
            raise GoldError(
                f"{gold.path}: the text of {gold.doc_id} in {where} "
                f"({found[gold.doc_id]['origin']}) has sha256 {actual}, but the gold was "
                f"annotated on a text with sha256 {gold.text_sha256}; its offsets would not fit, "
                "so it is not scored. Restore the annotated text or annotate the new one."
            )
    return found


def _read_seeds(golds: list[GoldDocument], seeds_dir: Path) -> dict[str, dict]:
    metadata = {}
    if (seeds_dir / "metadata.csv").exists():
        with open(seeds_dir / "metadata.csv", encoding="utf-8", newline="") as handle:
            metadata = {row["doc_id"]: row for row in csv.DictReader(handle)}
    found = {}
    for gold in golds:
        path = seeds_dir / f"{gold.doc_id}.txt"
        if not path.exists():
            raise GoldError(f"{gold.path}: no seed file {path} for {gold.doc_id}")
        row = metadata.get(gold.doc_id, {})
        found[gold.doc_id] = {
            "text": path.read_bytes().decode("utf-8"),
            "origin": str(path),
            "metadata": row,
        }
    return found


def _read_shared(golds: list[GoldDocument], folder: Path) -> dict[str, dict]:
    if not folder.is_dir():
        raise GoldError(
            f"the ukraine_media corpus is not at {folder}: its gold cannot be scored "
            "(set CORPUS_UTILS_SHARED_CORPUS to its folder)"
        )
    found = read_shared_texts({gold.doc_id for gold in golds}, folder)
    missing = sorted({gold.doc_id for gold in golds} - set(found))
    if missing:
        paths = {gold.doc_id: gold.path for gold in golds}
        raise GoldError(
            f"{paths[missing[0]]}: no document with id {', '.join(missing)} in {folder}/*.jsonl"
        )
    return found


def read_shared_texts(doc_ids: set[str], folder: Path) -> dict[str, dict]:
    """The documents with these ids in the ``*.jsonl`` files of ``folder``: their
    ``text``, ``origin`` (file and line) and ``metadata``; an id not found is left out."""
    wanted = set(doc_ids)
    found = {}
    for path in sorted(folder.glob("*.jsonl")):
        with open(path, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                hits = [doc_id for doc_id in wanted if doc_id.encode() in line]
                if not hits:
                    continue
                row = json.loads(line.decode("utf-8"))
                doc_id = row.get("id") or row.get("doc_id")
                if doc_id in wanted and isinstance(row.get("text"), str):
                    found[doc_id] = {
                        "text": row["text"],
                        "origin": origin_of(path, f"line {number}"),
                        "metadata": {
                            key: row.get(key) for key in ("outlet", "date", "title", "url")
                        },
                    }
                    wanted.discard(doc_id)
        if not wanted:
            break
    return found


# --------------------------------------------------------------------------- predictions


def predict(
    found: dict[str, dict],
    *,
    corpus: str,
    cache_dir: str | Path | None = None,
    model: str | None = None,
    workers: int = 1,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Run our annotation on a source holding just these documents; return mentions and quotes.

    The source is written under ``<cache_dir>/gold_sources/<corpus>/`` (a scratch
    folder rewritten on every call, at a fixed place so the annotation cache is
    reused between runs) in the corpus's own form: ``.txt`` files and a
    ``metadata.csv`` for the seeds, one JSONL file for the shared corpus.
    """
    from corpus_utils.annotate import annotate_corpus

    cache_dir = Path(cache_dir or CACHE_DIR)
    source = cache_dir / "gold_sources" / corpus
    source.mkdir(parents=True, exist_ok=True)
    for old in source.iterdir():
        if old.is_file():
            old.unlink()
    if corpus == "seeds":
        rows = [entry["metadata"] for entry in found.values() if entry["metadata"]]
        for doc_id, entry in found.items():
            (source / f"{doc_id}.txt").write_bytes(entry["text"].encode("utf-8"))
        if rows:
            with open(source / "metadata.csv", "w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
                writer.writeheader()
                writer.writerows(rows)
    else:
        with open(source / f"{corpus}.jsonl", "w", encoding="utf-8") as handle:
            for doc_id, entry in found.items():
                row = {"id": doc_id, **entry["metadata"], "text": entry["text"]}
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    annotation = annotate_corpus(
        str(source), model=model, cache_dir=cache_dir, workers=workers, progress=False
    )
    texts = annotation.table("texts")
    loaded = dict(zip(texts["doc_id"], texts["raw_text"], strict=True))
    for doc_id, entry in found.items():
        if loaded.get(doc_id) != entry["text"]:
            raise GoldError(
                f"the annotation did not keep the text of {doc_id} as read "
                f"({'not loaded' if doc_id not in loaded else 'changed'}): it cannot be scored"
            )
    return annotation.table("mentions"), annotation.table("quotes")


# --------------------------------------------------------------------------- matching


def gold_as_predictions(golds: list[GoldDocument]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A second annotator's gold as the ``mentions`` and ``quotes`` tables an
    extraction would give (the speaker as ``speaker_name``, terms as kind ``term``)."""
    mentions = [
        {"doc_id": g.doc_id, "start_char": p["start"], "end_char": p["end"],
         "actor_type": "person", "actor_name": p["person"]}
        for g in golds
        for p in g.persons
    ]  # fmt: skip
    quotes = [
        {"doc_id": g.doc_id, "start_char": q["start"], "end_char": q["end"],
         "speaker_text": q.get("speaker"), "speaker_name": q.get("speaker"), "kind": q["kind"]}
        for g in golds
        for q in g.quotes
    ]  # fmt: skip
    return (
        pd.DataFrame(mentions, columns=["doc_id", "start_char", "end_char", "actor_type",
                                        "actor_name"]),
        pd.DataFrame(quotes, columns=["doc_id", "start_char", "end_char", "speaker_text",
                                      "speaker_name", "kind"]),
    )  # fmt: skip


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past whitespace and punctuation at both ends (unchanged if nothing is left)."""

    def skip(ch: str) -> bool:
        return ch.isspace() or unicodedata.category(ch).startswith("P")

    s, e = start, end
    while s < e and skip(text[s]):
        s += 1
    while e > s and skip(text[e - 1]):
        e -= 1
    return (s, e) if s < e else (start, end)


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Character-range Jaccard of two spans ``[start, end)``."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match_spans(
    gold: list[tuple[int, int]], predicted: list[tuple[int, int]], *, min_jaccard: float = 0.0
) -> list[tuple[int, int]]:
    """Match gold and predicted spans one to one, best pairs first.

    With ``min_jaccard == 0`` any overlap qualifies and pairs are taken by the
    length of their overlap; otherwise pairs need that Jaccard and are taken by
    Jaccard. Returns ``(gold_index, predicted_index)`` pairs.
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            overlap = min(g[1], p[1]) - max(g[0], p[0])
            if overlap <= 0:
                continue
            score = jaccard(g, p)
            if min_jaccard and score < min_jaccard:
                continue
            candidates.append((-(score if min_jaccard else overlap), -score, i, j))
    used_gold, used_pred, pairs = set(), set(), []
    for *_, i, j in sorted(candidates):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def normalise_name(name: str | None) -> str:
    """A name folded for comparison: accents, case and punctuation removed, no leading "the",
    British spellings of :data:`_SPELLINGS` read as American ones."""
    if not isinstance(name, str):
        return ""
    decomposed = unicodedata.normalize("NFKD", name)
    chars = [
        " " if not (ch.isalnum() or ch.isspace()) else ch.casefold()
        for ch in decomposed
        if not unicodedata.combining(ch)
    ]
    words = [_SPELLINGS.get(w, w) for w in "".join(chars).split()]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


#: British spellings folded to American ones in names ("Ministry of Defence" is the
#: "ministry of defense" an annotator wrote), so that one body is one name.
_SPELLINGS = {
    "defence": "defense",
    "organisation": "organization",
    "centre": "center",
    "programme": "program",
}


def speaker_matches(gold: str, predicted: str | None, *, person: bool) -> bool:
    """Whether a predicted speaker names the gold speaker.

    Both names are folded by :func:`normalise_name`. They match when equal.
    For a gold person they also match when the gold's surname (its last word)
    is the prediction's last word, up to the vowels transliterations disagree on
    ("Mr Putin" for "Vladimir Putin" does; so does "Zelenskiy" for "Volodymyr
    Zelensky", and "Andrey Melnik" for "Andriy Melnyk"; "Kuleba" for "Dmytro
    Kuleba" does, as for any shared surname). For
    an organisation or unnamed source they also match when the words of one
    stand in a row inside the other ("G7" and "G7 Leaders"; "Russian
    government (the Kremlin)" and "the Kremlin"), a country's possessive read as
    its nationality word ("Ukraine's embassy in Beirut" is "the Ukrainian embassy in
    Beirut", :func:`_origin_fold`).
    """
    g, p = normalise_name(gold), normalise_name(predicted)
    if not g or not p:
        return False
    if g == p:
        return True
    if person:
        return _transliteration_fold(g.split()[-1]) == _transliteration_fold(p.split()[-1])
    if f" {g} " in f" {p} " or f" {p} " in f" {g} ":
        return True
    g, p = _origin_fold(g), _origin_fold(p)
    return f" {g} " in f" {p} " or f" {p} " in f" {g} "


def _origin_fold(name: str) -> str:
    """A folded name with a country's possessive ("ukraine s", as :func:`normalise_name`
    leaves "Ukraine's") and its nationality word ("ukrainian") written alike: the
    country without a final vowel or "y" when the nationality word starts with that
    ("ukrain", "russi", "chin"), else as :data:`_NATIONALITIES` lists it."""
    words = name.split()
    out: list[str] = []
    k = 0
    while k < len(words):
        word = words[k]
        stem = word[:-1] if word[-1] in "aeiouy" else word
        country = word in _NATIONALITIES or stem in _COUNTRY_STEMS
        if k + 1 < len(words) and words[k + 1] == "s" and country:
            out.append(_NATIONALITIES.get(word, stem))
            k += 2
            continue
        stem = next((n for n in _NATIONALITIES.values() if word == n), None)
        if stem is None:
            stem = next(
                (
                    word[: len(c)]
                    for c in _COUNTRY_STEMS
                    if word.startswith(c) and word[len(c) :] in _NATIONALITY_ENDINGS
                ),
                word,
            )
        out.append(stem)
        k += 1
    return " ".join(out)


#: Countries whose nationality word is no ending on the country's stem.
_NATIONALITIES = {
    "britain": "british",
    "uk": "british",
    "turkey": "turkish",
    "poland": "polish",
    "france": "french",
    "finland": "finnish",
    "sweden": "swedish",
    "spain": "spanish",
    "netherlands": "dutch",
    "us": "american",
    "america": "american",
}
#: Endings that make a nationality word of a country's stem ("ukrain-ian", "chin-ese").
_NATIONALITY_ENDINGS = frozenset({"ian", "an", "n", "ese", "i", "ish"})
#: Stems of countries named in the news (the country without a final vowel or "y").
_COUNTRY_STEMS = frozenset(
    (
        *("ukrain", "russi", "chin", "german", "iran", "israel", "japan", "syri", "georgi"),
        *("moldov", "lithuani", "latvi", "estoni", "hungar", "ital", "kore", "belarus"),
        *("indi", "austri", "australi", "canad", "mexic", "brazil", "egypt"),
    )
)


def _transliteration_fold(surname: str) -> str:
    """A surname with the letters English transliterations of one Slavic name disagree on
    folded together: "Zelenskiy", "Zelenskyy" and "Zelensky" are one surname; so are
    "Melnik"/"Melnyk", "Synehubov"/"Syniehubov" and "Herashchenko"/"Gerashchenko" (the
    Ukrainian letter written "h", the Russian "g"; not the "h" of "kh", "sh", "ch", "zh").
    Other consonants are kept as written."""
    folded = surname.replace("y", "i")
    folded = re.sub(r"i+", "i", folded)
    folded = re.sub(r"(?<![kcsz])h", "g", folded)
    return folded.replace("ie", "e")


def _in_furniture(span: tuple[int, int], furniture: list[tuple[int, int]]) -> bool:
    length = span[1] - span[0]
    covered = sum(max(0, min(span[1], f[1]) - max(span[0], f[0])) for f in furniture)
    return length > 0 and covered * 2 >= length


def _context(text: str, start: int, end: int) -> str:
    inner = text[start:end]
    if len(inner) > 100:
        inner = inner[:60] + " … " + inner[-30:]
    left = text[max(0, start - CONTEXT_CHARS) : start]
    right = text[end : end + CONTEXT_CHARS]
    return " ".join(f"{left}[{inner}]{right}".split())


def _registered_names(row: pd.Series) -> tuple[str, ...]:
    """Every name the registry gives the predicted speaker's actor ("Russia's Defense
    Ministry" is the registered Russian Defence Ministry); none for an unregistered one."""
    from corpus_utils.extract.actors import registry_index

    actor = registry_index().get(row.get("speaker_id") or "")
    return tuple(actor["aliases"]) if actor else ()


def _predicted_speaker(row: pd.Series) -> str | None:
    for column in ("speaker_name", "speaker_text"):
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            return value
    return None


# --------------------------------------------------------------------------- scoring


def score_documents(
    golds: list[GoldDocument],
    texts: dict[str, str],
    mentions: pd.DataFrame,
    quotes: pd.DataFrame,
    *,
    corpus: str | None = None,
    seed: int = BOOTSTRAP_SEED,
    n_boot: int = BOOTSTRAP_SAMPLES,
) -> GoldScores:
    """Score predicted mentions and quotes against gold documents.

    Args:
        golds: The gold documents.
        texts: Each gold document's text by doc_id (for trimming and context).
        mentions: The ``mentions`` table (``doc_id``, ``start_char``,
            ``end_char``, ``surface``, ``actor_type``, ...).
        quotes: The ``quotes`` table (``doc_id``, ``start_char``, ``end_char``,
            ``speaker_name``/``speaker_text``; ``kind`` when the extractor has it).
        corpus: The corpus name shown in the tables (default the gold's).
        seed: The bootstrap's random seed.
        n_boot: The number of bootstrap resamples.
        second_annotator: A second annotator's gold folder, scored in place of
            our extraction.

    Returns:
        :class:`GoldScores` with one score row per measure and the errors.
    """
    has_kind = "kind" in quotes.columns
    corpus = corpus or (golds[0].corpus if golds else "")
    counts = {m: [] for m in MEASURES}
    errors: list[dict] = []
    mentions_by_doc = dict(tuple(mentions.groupby("doc_id"))) if len(mentions) else {}
    quotes_by_doc = dict(tuple(quotes.groupby("doc_id"))) if len(quotes) else {}
    for gold in golds:
        text = texts[gold.doc_id]

        def error(item, kind, span, gold_label, predicted_label, gold=gold, text=text):
            errors.append(
                {
                    "corpus": corpus,
                    "doc_id": gold.doc_id,
                    "item": item,
                    "error": kind,
                    "start_char": span[0],
                    "end_char": span[1],
                    "gold": gold_label,
                    "predicted": predicted_label,
                    "context": _context(text, *span),
                }
            )

        # persons
        pm = mentions_by_doc.get(gold.doc_id, mentions.iloc[0:0])
        pm = pm[pm["actor_type"] == "person"]
        pred = [
            (int(r.start_char), int(r.end_char), r)
            for r in pm.itertuples()
            if not _in_furniture((int(r.start_char), int(r.end_char)), gold.furniture)
        ]
        gold_spans = [(p["start"], p["end"]) for p in gold.persons]
        pairs = match_spans(gold_spans, [p[:2] for p in pred])
        counts["persons"].append((len(pairs), len(pred) - len(pairs), len(gold_spans) - len(pairs)))
        matched_g, matched_p = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, person in enumerate(gold.persons):
            if i not in matched_g:
                span = (person["start"], person["end"])
                error("person", "missed", span, f"{text[slice(*span)]} ({person['person']})", "")
        for j, (s, e, r) in enumerate(pred):
            if j not in matched_p:
                label = f"{text[s:e]} ({getattr(r, 'actor_name', None) or 'no name'})"
                error("person", "not a gold person", (s, e), "", label)

        # quotes
        pq = quotes_by_doc.get(gold.doc_id, quotes.iloc[0:0])
        kinds = pq["kind"] if has_kind else pd.Series("direct", index=pq.index)
        direct_rows = [
            row
            for _, row in pq[kinds == "direct"].iterrows()
            if not _in_furniture((int(row.start_char), int(row.end_char)), gold.furniture)
        ]
        pred_spans = [trim_span(text, int(r.start_char), int(r.end_char)) for r in direct_rows]
        direct_gold = gold.quotes_of("direct")
        gold_spans = [trim_span(text, q["start"], q["end"]) for q in direct_gold]
        pairs = match_spans(gold_spans, pred_spans, min_jaccard=DIRECT_JACCARD)
        counts["direct quotes"].append(
            (len(pairs), len(pred_spans) - len(pairs), len(gold_spans) - len(pairs))
        )
        matched_g, matched_p = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, q in enumerate(direct_gold):
            if i not in matched_g:
                error("direct quote", "missed", gold_spans[i], _gold_speaker(q), "")
        terms = [trim_span(text, q["start"], q["end"]) for q in gold.quotes_of("term")]
        for j, span in enumerate(pred_spans):
            if j not in matched_p:
                is_term = any(jaccard(span, t) >= DIRECT_JACCARD for t in terms)
                speaker = _predicted_speaker(direct_rows[j]) or "no speaker"
                kind = "a term given as a quote" if is_term else "not a gold direct quote"
                error("direct quote", kind, span, "term" if is_term else "", speaker)
        correct = n = 0
        for i, j in pairs:
            q = direct_gold[i]
            if q.get("speaker") is None:
                continue
            n += 1
            predicted = _predicted_speaker(direct_rows[j])
            person = q.get("speaker_type") == "person"
            if any(
                speaker_matches(q["speaker"], name, person=person)
                for name in [predicted, *_registered_names(direct_rows[j])]
            ):
                correct += 1
            else:
                error("speaker", "wrong speaker", gold_spans[i], _gold_speaker(q), predicted or "")
        counts["speaker accuracy"].append((correct, n))

        # indirect and mixed quotes
        if has_kind:
            rows = [
                row
                for _, row in pq[pq["kind"].isin(["indirect", "mixed"])].iterrows()
                if not _in_furniture((int(row.start_char), int(row.end_char)), gold.furniture)
            ]
            p_spans = [trim_span(text, int(r.start_char), int(r.end_char)) for r in rows]
            g_quotes = gold.quotes_of("indirect", "mixed")
            g_spans = [trim_span(text, q["start"], q["end"]) for q in g_quotes]
            pairs = match_spans(g_spans, p_spans, min_jaccard=INDIRECT_JACCARD)
            counts["indirect quotes"].append(
                (len(pairs), len(p_spans) - len(pairs), len(g_spans) - len(pairs))
            )
            matched_g, matched_p = {i for i, _ in pairs}, {j for _, j in pairs}
            for i, q in enumerate(g_quotes):
                if i not in matched_g:
                    error(f"{q['kind']} quote", "missed", g_spans[i], _gold_speaker(q), "")
            for j, span in enumerate(p_spans):
                if j not in matched_p:
                    speaker = _predicted_speaker(rows[j]) or "no speaker"
                    error("indirect quote", "not a gold indirect quote", span, "", speaker)

    n_docs = len(golds)
    rows = [
        _prf_row(corpus, "persons", counts["persons"], n_docs, seed=seed, n_boot=n_boot),
        _prf_row(
            corpus, "direct quotes", counts["direct quotes"], n_docs, seed=seed, n_boot=n_boot
        ),
        _accuracy_row(corpus, counts["speaker accuracy"], n_docs, seed=seed, n_boot=n_boot),
    ]
    if has_kind:
        rows.append(
            _prf_row(
                corpus,
                "indirect quotes",
                counts["indirect quotes"],
                n_docs,
                seed=seed,
                n_boot=n_boot,
            )
        )
    else:
        n_gold = sum(len(g.quotes_of("indirect", "mixed")) for g in golds)
        rows.append(
            _empty_row(
                corpus,
                "indirect quotes",
                n_docs,
                n_gold,
                note="not available: the quotes table has no kind column",
            )
        )
    scores = pd.DataFrame(rows, columns=SCORE_COLUMNS)
    return GoldScores(
        scores=scores, errors=pd.DataFrame(errors, columns=ERROR_COLUMNS), seed=seed, n_boot=n_boot
    )


def _gold_speaker(quote: dict) -> str:
    if quote.get("speaker") is None:
        return "no speaker"
    return f"{quote['speaker']} ({quote.get('speaker_type')})"


def _ratio(numerator, denominator):
    numerator = np.asarray(numerator, dtype=float)
    denominator = np.asarray(denominator, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(
            denominator > 0, numerator / np.where(denominator > 0, denominator, 1), np.nan
        )


def bootstrap_sums(per_doc: np.ndarray, *, seed: int, n_boot: int) -> np.ndarray:
    """Column sums of ``n_boot`` resamples (with replacement) of the rows (documents)."""
    per_doc = np.asarray(per_doc, dtype=float)
    if len(per_doc) == 0:
        return np.zeros((n_boot, per_doc.shape[1] if per_doc.ndim == 2 else 0))
    rng = np.random.default_rng(seed)
    index = rng.integers(0, len(per_doc), size=(n_boot, len(per_doc)))
    return per_doc[index].sum(axis=1)


def _interval(values: np.ndarray) -> tuple[float, float]:
    values = values[~np.isnan(values)]
    if len(values) == 0:
        return (np.nan, np.nan)
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


def _prf(tp, fp, fn):
    precision = _ratio(tp, np.asarray(tp) + np.asarray(fp))
    recall = _ratio(tp, np.asarray(tp) + np.asarray(fn))
    f1 = _ratio(2 * np.asarray(tp), 2 * np.asarray(tp) + np.asarray(fp) + np.asarray(fn))
    return precision, recall, f1


def _prf_row(corpus, measure, counts: list[tuple], n_docs: int, *, seed, n_boot) -> dict:
    per_doc = np.array(counts, dtype=float).reshape(-1, 3)
    tp, fp, fn = per_doc.sum(axis=0)
    precision, recall, f1 = (float(v) for v in _prf(tp, fp, fn))
    sums = bootstrap_sums(per_doc, seed=seed, n_boot=n_boot)
    b_precision, b_recall, b_f1 = _prf(sums[:, 0], sums[:, 1], sums[:, 2])
    row = _empty_row(corpus, measure, n_docs, int(tp + fn))
    row.update(
        n_predicted=int(tp + fp),
        n_matched=int(tp),
        precision=precision,
        recall=recall,
        f1=f1,
        note="",
    )
    row["precision_low"], row["precision_high"] = _interval(b_precision)
    row["recall_low"], row["recall_high"] = _interval(b_recall)
    row["f1_low"], row["f1_high"] = _interval(b_f1)
    return row


def _accuracy_row(corpus, counts: list[tuple], n_docs: int, *, seed, n_boot) -> dict:
    per_doc = np.array(counts, dtype=float).reshape(-1, 2)
    correct, n = per_doc.sum(axis=0)
    sums = bootstrap_sums(per_doc, seed=seed, n_boot=n_boot)
    row = _empty_row(corpus, "speaker accuracy", n_docs, int(n))
    row.update(
        n_matched=int(correct),
        accuracy=float(_ratio(correct, n)),
        note="matched direct quotes whose gold has a speaker; n_matched = right speaker",
    )
    row["accuracy_low"], row["accuracy_high"] = _interval(_ratio(sums[:, 0], sums[:, 1]))
    return row


def _empty_row(corpus, measure, n_docs, n_gold, *, note: str = "") -> dict:
    row = {column: np.nan for column in SCORE_COLUMNS}
    row.update(
        corpus=corpus, measure=measure, n_docs=n_docs, n_gold=n_gold, n_predicted=pd.NA, note=note
    )
    row["n_matched"] = pd.NA
    return row


# --------------------------------------------------------------------------- entry points


def evaluate_gold(
    corpus: str = "seeds",
    *,
    gold_dir: str | Path | None = None,
    seeds_dir: str | Path | None = None,
    shared_corpus: str | Path | None = None,
    cache_dir: str | Path | None = None,
    model: str | None = None,
    workers: int = 1,
    seed: int = BOOTSTRAP_SEED,
    n_boot: int = BOOTSTRAP_SAMPLES,
    second_annotator: str | Path | None = None,
) -> GoldScores:
    """Annotate the gold documents of a corpus with our extractor and score it.

    With ``second_annotator``, a second gold folder of the same layout is scored
    instead of our extractor, on the documents both folders annotate: the
    agreement of two annotators, the ceiling any extractor is measured under.

    Args:
        corpus: ``seeds``, ``ukraine_media`` or ``all`` (each corpus that has
            gold files, scored separately).
        gold_dir: The gold folder; default :data:`GOLD_DIR`.
        seeds_dir: The seed corpus; default :data:`corpus_utils.config.SEEDS_DIR`.
        shared_corpus: The ukraine_media folder; default
            :data:`corpus_utils.config.SHARED_CORPUS`.
        cache_dir: The annotation cache; default :data:`corpus_utils.config.CACHE_DIR`.
        model: The spaCy model (default the package's).
        workers: Worker processes for the annotation.
        seed: The bootstrap's random seed.
        n_boot: The number of bootstrap resamples.
        second_annotator: A second annotator's gold folder, scored in place of
            our extraction.

    Returns:
        :class:`GoldScores`: ``scores`` (one row per corpus and measure) and ``errors``.

    Raises:
        GoldError: No gold files, a bad gold file, a missing document or a text
            whose sha256 is not the one annotated.
    """
    names = CORPORA if corpus == "all" else (corpus,)
    if corpus != "all" and corpus not in CORPORA:
        raise GoldError(f"no gold corpus {corpus!r}; choose one of {', '.join(CORPORA)} or all")
    results = []
    for name in names:
        golds = read_gold(name, gold_dir=gold_dir)
        second = read_gold(name, gold_dir=second_annotator) if second_annotator else None
        if second is not None:
            both = {g.doc_id for g in second}
            golds = [g for g in golds if g.doc_id in both]
        if not golds:
            if corpus == "all":
                continue
            raise GoldError(f"no gold files in {Path(gold_dir or GOLD_DIR) / name}")
        found = load_gold_documents(
            golds, corpus=name, seeds_dir=seeds_dir, shared_corpus=shared_corpus
        )
        if second is not None:
            mentions, quotes = gold_as_predictions([g for g in second if g.doc_id in found])
        else:
            mentions, quotes = predict(
                found, corpus=name, cache_dir=cache_dir, model=model, workers=workers
            )
        texts = {doc_id: entry["text"] for doc_id, entry in found.items()}
        results.append(
            score_documents(golds, texts, mentions, quotes, corpus=name, seed=seed, n_boot=n_boot)
        )
    if not results:
        raise GoldError(f"no gold files in {Path(gold_dir or GOLD_DIR)}")
    return GoldScores(
        scores=pd.concat([r.scores for r in results], ignore_index=True),
        errors=pd.concat([r.errors for r in results], ignore_index=True),
        seed=seed,
        n_boot=n_boot,
    )


def format_scores(
    scores: pd.DataFrame, *, seed: int = BOOTSTRAP_SEED, n_boot: int = BOOTSTRAP_SAMPLES
) -> str:
    """A plain-text table of the scores, one line per corpus and measure."""

    def value(row, name):
        v = row[name]
        if pd.isna(v):
            return "-"
        return f"{v:.3f} [{row[name + '_low']:.2f}, {row[name + '_high']:.2f}]"

    def count(v):
        return "-" if pd.isna(v) else str(int(v))

    header = (
        f"{'corpus':<14} {'measure':<17} {'docs':>4} {'gold':>5} {'pred':>5} {'match':>5}  "
        f"{'precision':<20} {'recall':<20} {'F1 / accuracy'}"
    )
    lines = [header, "-" * len(header)]
    for _, row in scores.iterrows():
        start = (
            f"{row['corpus']:<14} {row['measure']:<17} {count(row['n_docs']):>4} "
            f"{count(row['n_gold']):>5} {count(row['n_predicted']):>5} {count(row['n_matched']):>5}  "
        )
        if row["measure"] == "speaker accuracy":
            body = f"{'-':<20} {'-':<20} {value(row, 'accuracy'):<20}"
        elif pd.isna(row["precision"]) and row["note"]:
            body = row["note"]
        else:
            body = (
                f"{value(row, 'precision'):<20} {value(row, 'recall'):<20} {value(row, 'f1'):<20}"
            )
        lines.append((start + body).rstrip())
    lines.append(
        f"95% intervals: bootstrap over documents ({n_boot} resamples, seed {seed}); "
        "rules in docs/ANNOTATION.md"
    )
    return "\n".join(lines)
