"""What every notebook does first: open the annotated corpus its parameters name."""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from pathlib import Path

from corpus_utils.annotate import Annotation, annotate_corpus
from corpus_utils.corpus.load import MAX_DOC_CHARS, ColumnMap


def open_corpus(
    corpus: str | None = None,
    *,
    model: str | None = None,
    text_column: str = "text",
    date_column: str = "date",
    title_column: str = "title",
    outlet_column: str = "outlet",
    id_column: str | None = None,
    url_column: str = "url",
    outlet: str | None = None,
    encoding: str = "utf-8",
    max_chars: int = MAX_DOC_CHARS,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool = False,
) -> Annotation:
    """Annotate (or read from the cache) the corpus a notebook's parameters name.

    Args:
        corpus: A corpus source; None is the seed corpus.
        model: The spaCy model.
        text_column: Column of the article text in table files.
        date_column: Column of the date.
        title_column: Column of the title.
        outlet_column: Column of the outlet.
        id_column: Column of a document id (None: ``doc_id`` or ``id``).
        url_column: Column of the URL.
        outlet: Outlet of documents whose metadata names none.
        encoding: How ``.txt`` files are decoded.
        max_chars: Longer documents are reported, not analysed.
        workers: Worker processes (0: all cores).
        engine: ``local`` or ``dask``.
        scheduler: A Dask scheduler address (with ``engine="dask"``).
        progress: Show a progress bar.
    """
    columns = ColumnMap(
        text=text_column,
        doc_id=id_column,
        date=date_column,
        title=title_column,
        outlet=outlet_column,
        url=url_column,
    )
    return annotate_corpus(
        corpus,
        model=model,
        workers=workers,
        columns=columns,
        outlet=outlet,
        encoding=encoding,
        max_chars=max_chars,
        engine=engine,
        scheduler=scheduler,
        progress=progress,
    )


#: The notebook parameters that say which corpus to open and how: :func:`open_corpus`'s own.
CORPUS_PARAMETERS = tuple(inspect.signature(open_corpus).parameters)


def open_from_parameters(parameters: Mapping[str, object]) -> Annotation:
    """Open the corpus a notebook's parameters cell names: ``open_from_parameters(globals())``.

    Takes the names of :data:`CORPUS_PARAMETERS` that ``parameters`` holds (the rest keep
    :func:`open_corpus`'s defaults), so each notebook opens its corpus in one line and a new
    corpus option needs no edit of every notebook.
    """
    return open_corpus(**{k: parameters[k] for k in CORPUS_PARAMETERS if k in parameters})


def source_label(corpus: str | None, annotation: Annotation) -> str:
    """How figure captions name the corpus: its folder or file name and its size."""
    name = "seed corpus" if corpus is None else Path(str(corpus).rstrip("/")).name
    n_docs = annotation.stats.get("documents", 0)
    return f"Source: {name} ({n_docs:,} documents)"


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """A count with its noun in the right number: "1 outlet", "2,316 documents"."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
