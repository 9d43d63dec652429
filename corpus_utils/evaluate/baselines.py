"""Accuracy beside every result: our components and plain baselines scored in one run.

Each component is scored against the hand-annotated gold (:mod:`corpus_utils.evaluate.gold`)
or, for figures, against NewsQuant (:mod:`corpus_utils.evaluate.newsquant`), and beside it a
baseline measured on the same documents in the same run:

- **persons**: plain spaCy NER ``PERSON`` entities (the statistical model alone, without
  our actor registry), scored by the same one-to-one overlap matcher as ours;
- **direct quotes** and **speakers**: a plain regex (:func:`regex_quotes`: text between
  paired double quotes, the speaker a capitalised name beside a reporting verb), scored by
  the same Jaccard matcher and the same speaker test as ours. textacy's
  ``direct_quotations`` was the intended baseline, but textacy 0.13 requires
  scikit-learn, and with scikit-learn installed quantulum3 (our figures baseline and
  notebook 03's comparison) switches to its pickled unit classifier, which does not load
  under current scikit-learn (``No module named '_loss'``): adding textacy would break the
  figures baseline, so it is not a dependency;
- **figures**: quantulum3, under NewsQuant's own rules, with a bootstrap interval over
  sentences.

:func:`accuracy_table` puts the rows of both systems together, one per component, system
and measure; :func:`accuracy_notes` turns it into the small file the report reads
(``06_accuracy.csv``): one line per component for the figure gallery.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from corpus_utils.evaluate import gold as gold_module
from corpus_utils.evaluate import newsquant
from corpus_utils.evaluate.gold import (
    BOOTSTRAP_SAMPLES,
    BOOTSTRAP_SEED,
    CORPORA,
    GoldDocument,
    GoldError,
)

#: The systems of the table: ours and the baseline of each component.
OURS = "ours"
#: The quote baseline's name (textacy's ``direct_quotations`` could not be used: see the module doc).
REGEX_BASELINE = "regex quotes"
#: The baseline of each gold measure, as the table names it.
GOLD_BASELINES = {
    "persons": "spaCy NER (PERSON)",
    "direct quotes": REGEX_BASELINE,
    "speaker accuracy": REGEX_BASELINE,
    "indirect quotes": REGEX_BASELINE,
}
#: The table's component for each gold measure.
COMPONENTS = {
    "persons": "persons",
    "direct quotes": "direct quotes",
    "speaker accuracy": "speakers",
    "indirect quotes": "indirect quotes",
}
#: The NewsQuant baseline's name in the table.
NEWSQUANT_BASELINE = "quantulum3"
#: Columns of :func:`accuracy_table` (the gold score columns after component and system).
ACCURACY_COLUMNS = ["component", "system", *gold_module.SCORE_COLUMNS]
#: Columns of :func:`accuracy_notes` (the file ``06_accuracy.csv``).
NOTE_COLUMNS = ["component", "measure", "value", "low", "high", "n_gold", "unit", "note"]
CORE_ACTORS_NOTE = (
    "not scored: the gold annotates persons only; the registry actors "
    "(countries, organisations, places: actor_type other than person) have no gold"
)


# --------------------------------------------------------------------------- baselines


def _plain_pipeline(model: str | None):
    import spacy

    from corpus_utils.extract.nlp import resolve_model

    return spacy.load(resolve_model(model))


#: Curly quotations within a line; straight double quotes are paired left to right per line.
CURLY_QUOTE = re.compile(r"“[^”\n]*”")
STRAIGHT_QUOTE = re.compile(r"\"")
#: Reporting verbs the regex baseline looks for beside a quotation.
REPORTING_VERB_PATTERN = (
    "said|says|told|added|asked|stated|wrote|declared|explained|warned|insisted|"
    "noted|continued|argued|claimed|announced|replied|tweeted|according to"
)
_NAME = r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"
#: The speaker after the quotation (``," said Jane Doe`` or ``," Jane Doe said``).
SPEAKER_AFTER = re.compile(
    rf"^\s*(?:(?:{REPORTING_VERB_PATTERN})\s+{_NAME}|{_NAME}\s+(?:{REPORTING_VERB_PATTERN})\b)"
)
#: The speaker before the quotation (``Jane Doe said: "``).
SPEAKER_BEFORE = re.compile(rf"{_NAME}\s+(?:{REPORTING_VERB_PATTERN})\s*[:,]?\s*$")


def regex_quotes(text: str) -> list[dict]:
    """The plain regex quote baseline: every quotation with the speaker a pattern names.

    A quotation is text between paired double quotes (curly, or straight ones paired left
    to right) holding at least two words, within one paragraph: no syntax, no list of
    speakers. Its speaker is a run of one to four capitalised words either right after it
    with a reporting verb (``," said Jane Doe``, ``," Jane Doe said``) or right before it
    (``Jane Doe said: "``); otherwise none.

    Returns:
        ``{"start_char", "end_char", "surface", "speaker_text"}`` per quotation, the span
        being the quotation marks and what they hold.
    """
    spans, offset = [], 0
    for line in text.split("\n"):
        spans += [(offset + m.start(), offset + m.end()) for m in CURLY_QUOTE.finditer(line)]
        marks = [offset + m.start() for m in STRAIGHT_QUOTE.finditer(line)]
        spans += [(marks[i], marks[i + 1] + 1) for i in range(0, len(marks) - 1, 2)]
        offset += len(line) + 1
    out = []
    for start, end in sorted(spans):
        if len(text[start + 1 : end - 1].split()) < 2:
            continue
        after = SPEAKER_AFTER.match(text[end : end + 80])
        before = SPEAKER_BEFORE.search(text[max(0, start - 80) : start])
        speaker = None
        if after:
            speaker = after.group(1) or after.group(2)
        elif before:
            speaker = before.group(1)
        out.append(
            {
                "start_char": start,
                "end_char": end,
                "surface": text[start:end],
                "speaker_text": speaker,
            }
        )
    return out


def run_baselines(texts: dict[str, str], *, model: str | None = None) -> tuple:
    """Run the plain baselines over documents: spaCy PERSON entities and regex quotes.

    Args:
        texts: Each document's text by doc_id.
        model: The spaCy model (default the package's), loaded WITHOUT our actor ruler.

    Returns:
        ``(mentions, quotes)``: tables in the shape of ours (``doc_id``, ``start_char``,
        ``end_char``, ``surface``; ``actor_type`` = person and ``actor_name`` for the
        mentions, ``speaker_text`` for the quotes), so :func:`gold.score_documents`
        scores them with the same rules. Every span satisfies
        ``text[start_char:end_char] == surface``.
    """
    nlp = _plain_pipeline(model)
    mentions, quotes = [], []
    ids = list(texts)
    for doc_id, doc in zip(ids, nlp.pipe(texts[i] for i in ids), strict=True):
        text = texts[doc_id]
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                mentions.append(
                    {
                        "doc_id": doc_id,
                        "start_char": ent.start_char,
                        "end_char": ent.end_char,
                        "surface": text[ent.start_char : ent.end_char],
                        "actor_type": "person",
                        "actor_name": ent.text,
                    }
                )
        quotes.extend({"doc_id": doc_id, **quote} for quote in regex_quotes(text))
    mention_columns = ["doc_id", "start_char", "end_char", "surface", "actor_type", "actor_name"]
    quote_columns = ["doc_id", "start_char", "end_char", "surface", "speaker_text"]
    return (
        pd.DataFrame(mentions, columns=mention_columns),
        pd.DataFrame(quotes, columns=quote_columns),
    )


# --------------------------------------------------------------------------- gold scoring


@dataclass
class Accuracy:
    """Ours and the baselines on the gold: the score rows and the errors of each system.

    Attributes:
        scores: One row per corpus (each, and ``all`` pooled), system and measure,
            with :data:`ACCURACY_COLUMNS`.
        errors: Every error of every system (``system`` first, then the gold error columns).
        skipped: Why a gold corpus was not scored (e.g. the shared corpus is absent).
        n_docs: The number of gold documents scored.
    """

    scores: pd.DataFrame
    errors: pd.DataFrame
    skipped: list[str]
    n_docs: int


def load_gold(
    corpora: Sequence[str] = CORPORA,
    *,
    gold_dir: str | Path | None = None,
    seeds_dir: str | Path | None = None,
    shared_corpus: str | Path | None = None,
) -> tuple[dict[str, list[GoldDocument]], dict[str, dict[str, dict]], list[str]]:
    """Read the gold of each corpus and find its texts; a corpus whose texts are absent is skipped.

    Returns:
        ``(golds, found, skipped)``: the gold documents and the texts by corpus, and a
        message for each corpus left out (no gold files, or its texts cannot be found).
        A text whose sha256 differs from the annotated one still raises :class:`GoldError`.
    """
    golds, found, skipped = {}, {}, []
    for corpus in corpora:
        documents = gold_module.read_gold(corpus, gold_dir=gold_dir)
        if not documents:
            skipped.append(f"{corpus}: no gold files")
            continue
        try:
            texts = gold_module.load_gold_documents(
                documents, corpus=corpus, seeds_dir=seeds_dir, shared_corpus=shared_corpus
            )
        except GoldError as error:
            if "sha256" in str(error):
                raise
            skipped.append(f"{corpus}: {error}")
            continue
        golds[corpus], found[corpus] = documents, texts
    return golds, found, skipped


def evaluate_accuracy(
    corpora: Sequence[str] = CORPORA,
    *,
    gold_dir: str | Path | None = None,
    seeds_dir: str | Path | None = None,
    shared_corpus: str | Path | None = None,
    cache_dir: str | Path | None = None,
    model: str | None = None,
    workers: int = 1,
    seed: int = BOOTSTRAP_SEED,
    n_boot: int = BOOTSTRAP_SAMPLES,
) -> Accuracy:
    """Score ours and the baselines on the gold of each corpus, and on all of them pooled.

    Ours is :func:`gold.predict` (the cached annotation behind ``extract``); the baselines
    are :func:`run_baselines` on the same texts. Both are scored by
    :func:`gold.score_documents`, so matching rules and bootstrap are the same.

    Raises:
        GoldError: No corpus could be scored, a bad gold file, or a changed text.
    """
    golds, found, skipped = load_gold(
        corpora, gold_dir=gold_dir, seeds_dir=seeds_dir, shared_corpus=shared_corpus
    )
    if not golds:
        raise GoldError("no gold corpus could be scored: " + "; ".join(skipped))
    texts: dict[str, str] = {}
    ours_mentions, ours_quotes = [], []
    for corpus, entries in found.items():
        m, q = gold_module.predict(
            entries, corpus=corpus, cache_dir=cache_dir, model=model, workers=workers
        )
        ours_mentions.append(m)
        ours_quotes.append(q)
        texts.update({doc_id: entry["text"] for doc_id, entry in entries.items()})
    predictions = {
        OURS: (
            pd.concat(ours_mentions, ignore_index=True),
            pd.concat(ours_quotes, ignore_index=True),
        ),
        "baseline": run_baselines(texts, model=model),
    }
    groups = dict(golds)
    if len(golds) > 1:
        groups["all"] = [g for documents in golds.values() for g in documents]
    score_rows, error_rows = [], []
    for system, (mentions, quotes) in predictions.items():
        for corpus, documents in groups.items():
            result = gold_module.score_documents(
                documents, texts, mentions, quotes, corpus=corpus, seed=seed, n_boot=n_boot
            )
            table = result.scores.copy()
            table.insert(
                0, "system", table["measure"].map(GOLD_BASELINES) if system != OURS else OURS
            )
            table.insert(0, "component", table["measure"].map(COMPONENTS))
            if system != OURS:
                indirect = table["measure"] == "indirect quotes"
                for column in gold_module.SCORE_COLUMNS[4:-1]:
                    table.loc[indirect, column] = pd.NA
                table.loc[indirect, "note"] = (
                    "no baseline: the regex baseline finds direct quotes only"
                )
            score_rows.append(table)
            if corpus != "all":
                errors = result.errors.copy()
                errors.insert(0, "system", OURS if system == OURS else "baseline")
                error_rows.append(errors)
    scores = pd.concat(score_rows, ignore_index=True)[ACCURACY_COLUMNS]
    return Accuracy(
        scores=scores,
        errors=pd.concat(error_rows, ignore_index=True),
        skipped=skipped,
        n_docs=sum(len(documents) for documents in golds.values()),
    )


# --------------------------------------------------------------------------- figures (NewsQuant)


def newsquant_accuracy(
    path: str | Path = newsquant.DEV_FILE,
    *,
    seed: int = BOOTSTRAP_SEED,
    n_boot: int = BOOTSTRAP_SAMPLES,
    nlp=None,
) -> pd.DataFrame:
    """Ours and quantulum3 on a NewsQuant-format file, with a bootstrap interval over sentences.

    Counts follow :func:`newsquant.score_sentence` sentence by sentence, so the point
    scores equal :func:`newsquant.score` (as fractions, not percent).

    Returns:
        Rows with :data:`ACCURACY_COLUMNS`: component ``figures: value``,
        ``figures: value+unit``, ``figures: value+change``; corpus ``NewsQuant``.
    """
    gold = newsquant.read_newsquant(path)
    texts = [g["text"] for g in gold]
    systems = {
        OURS: newsquant.predict_ours(texts, nlp=nlp),
        NEWSQUANT_BASELINE: newsquant.predict_quantulum(texts),
    }
    rows = []
    for system, predicted in systems.items():
        counts = {metric: [] for metric in newsquant.METRICS}
        for g, p in zip(gold, predicted, strict=True):
            matched = newsquant.score_sentence(g["quantities"], p["quantities"])
            for metric in newsquant.METRICS:
                tp = matched[metric]
                counts[metric].append((tp, len(p["quantities"]) - tp, len(g["quantities"]) - tp))
        for metric in newsquant.METRICS:
            row = gold_module._prf_row(
                "NewsQuant", metric, counts[metric], len(gold), seed=seed, n_boot=n_boot
            )
            rows.append({"component": f"figures: {metric}", "system": system, **row})
    return pd.DataFrame(rows, columns=ACCURACY_COLUMNS)


# --------------------------------------------------------------------------- the table


def accuracy_table(
    gold_scores: pd.DataFrame,
    figure_scores: pd.DataFrame | None = None,
    *,
    figures_note: str = "",
) -> pd.DataFrame:
    """One table: every component, ours and its baseline, with intervals and gold counts.

    Args:
        gold_scores: :attr:`Accuracy.scores`.
        figure_scores: :func:`newsquant_accuracy`, or ``None`` when the benchmark is absent.
        figures_note: Why the figures are not scored (shown when ``figure_scores`` is None).

    Returns:
        :data:`ACCURACY_COLUMNS`, with a ``core actors`` row saying why it is not scored
        and, without NewsQuant, one ``figures`` row saying why.
    """
    pooled = "all" if (gold_scores["corpus"] == "all").any() else None
    frames = [gold_scores if pooled is None else gold_scores[gold_scores["corpus"] == pooled]]
    corpus = pooled or ", ".join(dict.fromkeys(gold_scores["corpus"]))
    extra = [
        _note_row("core actors", OURS, corpus, CORE_ACTORS_NOTE),
    ]
    if figure_scores is not None:
        frames.append(figure_scores)
    else:
        extra.append(_note_row("figures", OURS, "NewsQuant", figures_note or "not scored"))
    table = pd.concat([*frames, pd.DataFrame(extra, columns=ACCURACY_COLUMNS)], ignore_index=True)
    return table[ACCURACY_COLUMNS].reset_index(drop=True)


def _note_row(component: str, system: str, corpus: str, note: str) -> dict:
    row = {column: pd.NA for column in ACCURACY_COLUMNS}
    row.update(component=component, system=system, corpus=corpus, measure=component, note=note)
    return row


def accuracy_notes(table: pd.DataFrame) -> pd.DataFrame:
    """Our headline score of each component, for the report's gallery (``06_accuracy.csv``).

    F1 for span components, accuracy for speakers; ``unit`` names what ``n_gold``
    counts. A component without a score keeps its note and empty values.
    """
    units = {
        "persons": "hand-checked person mentions",
        "direct quotes": "hand-checked direct quotes",
        "speakers": "hand-checked quotes with a speaker",
        "indirect quotes": "hand-checked indirect quotes",
    }
    rows = []
    for row in table[table["system"] == OURS].itertuples(index=False):
        measure = "accuracy" if row.component == "speakers" else "F1"
        column = "accuracy" if measure == "accuracy" else "f1"
        value = getattr(row, column)
        scored = not pd.isna(value)
        unit = units.get(row.component, "NewsQuant quantities")
        rows.append(
            {
                "component": row.component,
                "measure": measure if scored else "",
                "value": round(float(value), 3) if scored else pd.NA,
                "low": round(float(getattr(row, f"{column}_low")), 3) if scored else pd.NA,
                "high": round(float(getattr(row, f"{column}_high")), 3) if scored else pd.NA,
                "n_gold": int(row.n_gold) if not pd.isna(row.n_gold) else pd.NA,
                "unit": unit if scored else "",
                "note": "" if scored else str(row.note),
            }
        )
    return pd.DataFrame(rows, columns=NOTE_COLUMNS)


def write_notes(notes: pd.DataFrame, path: str | Path) -> Path:
    """Write :func:`accuracy_notes` as CSV (LF line ends, fixed float format), atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    notes.to_csv(tmp, index=False, lineterminator="\n")
    tmp.replace(path)
    return path


# --------------------------------------------------------------------------- the chart


def headline(table: pd.DataFrame) -> pd.DataFrame:
    """Each scored row's headline value and interval: F1, or accuracy for speakers.

    Returns:
        ``component``, ``system``, ``measure`` (F1 or accuracy), ``value``, ``low``,
        ``high``, ``n_gold``, in the table's order; rows without a score are left out.
    """
    rows = []
    for row in table.itertuples(index=False):
        column = "accuracy" if row.component == "speakers" else "f1"
        value = getattr(row, column)
        if pd.isna(value):
            continue
        rows.append(
            {
                "component": row.component,
                "system": row.system,
                "measure": "accuracy" if column == "accuracy" else "F1",
                "value": float(value),
                "low": float(getattr(row, f"{column}_low")),
                "high": float(getattr(row, f"{column}_high")),
                "n_gold": int(row.n_gold),
            }
        )
    return pd.DataFrame(
        rows, columns=["component", "system", "measure", "value", "low", "high", "n_gold"]
    )


def accuracy_chart(table: pd.DataFrame, *, title: str | None = None):
    """Ours against the baseline of each component: points with their 95% intervals.

    Args:
        table: :func:`accuracy_table`.
        title: The chart's title (default one naming the measures).

    Returns:
        The matplotlib figure (save it with :func:`corpus_utils.publish.plots.save_figure`).
    """
    import matplotlib.pyplot as plt

    from corpus_utils.publish.plots import PALETTE, legend_outside

    data = headline(table)
    components = list(dict.fromkeys(data["component"]))
    fig, ax = plt.subplots(figsize=(7.5, 0.45 * len(components) + 1.2))
    ours = data[data["system"] == OURS].set_index("component")
    base = data[data["system"] != OURS].set_index("component")
    for offset, frame, label, colour, marker in (
        (-0.15, ours, "ours", PALETTE[0], "o"),
        (0.15, base, "baseline", PALETTE[1], "s"),
    ):
        ys = [i + offset for i, c in enumerate(components) if c in frame.index]
        rows = frame.loc[[c for c in components if c in frame.index]]
        ax.errorbar(
            rows["value"],
            ys,
            xerr=[rows["value"] - rows["low"], rows["high"] - rows["value"]],
            fmt=marker,
            color=colour,
            capsize=3,
            label=label,
        )
    labels = []
    for component in components:
        names = ", ".join(base.loc[[component], "system"]) if component in base.index else "none"
        measure = data.loc[data["component"] == component, "measure"].iloc[0]
        labels.append(f"{component} ({measure})\nbaseline: {names}")
    ax.set_yticks(range(len(components)), labels, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("score (bootstrap 95% interval over documents or sentences)")
    ax.set_title(title or "Accuracy of each component: ours against a plain baseline")
    legend_outside(ax)
    return fig


def display_table(table: pd.DataFrame) -> pd.DataFrame:
    """The accuracy table for reading: each score as ``0.812 [0.75, 0.86]``, counts, the note."""

    def cell(row, name):
        value = row[name]
        if pd.isna(value):
            return ""
        return f"{value:.3f} [{row[name + '_low']:.2f}, {row[name + '_high']:.2f}]"

    def count(value):
        return "" if pd.isna(value) else str(int(value))

    rows = [
        {
            "component": row["component"],
            "system": row["system"],
            "corpus": row["corpus"],
            "docs": count(row["n_docs"]),
            "gold": count(row["n_gold"]),
            "predicted": count(row["n_predicted"]),
            "matched": count(row["n_matched"]),
            "precision": cell(row, "precision"),
            "recall": cell(row, "recall"),
            "F1 / accuracy": cell(row, "accuracy" if row["component"] == "speakers" else "f1"),
            "note": "" if pd.isna(row["note"]) else str(row["note"]),
        }
        for _, row in table.iterrows()
    ]
    return pd.DataFrame(rows)
