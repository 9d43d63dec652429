"""The cache's fingerprint: what, changed, makes every cached annotation stale.

It covers the code that decides the cached rows (the ``corpus/`` and ``extract/`` folders and the
data-file reader ``data/__init__.py``), the data files those read, the model and spaCy; a document's key adds its metadata and text.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

import corpus_utils
from corpus_utils.config import DATA_DIR
from corpus_utils.corpus.load import DOCUMENT_COLUMNS

#: The folders whose code decides the cached rows (documents, removals, mentions, ...).
ANNOTATING_PACKAGES = ("corpus", "extract")
#: Single modules those folders use to decide the cached rows: the data-file reader.
ANNOTATING_MODULES = ("data/__init__.py",)
#: The data files that code reads. ``naming.csv`` (outlet statistics) and
#: ``newsquant_units.csv`` (evaluation) are read later in the flow and are not here.
ANNOTATING_DATA = (
    "actors.csv",
    "boilerplate.csv",
    "non_actor_words.csv",
    "outlet_signals.csv",
    "quantity_people.csv",
    "quantity_qualifiers.csv",
    "quote_first_names.csv",
    "units.csv",
)
PACKAGE_DIR = Path(corpus_utils.__file__).resolve().parent


def annotating_code(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """The Python files of the annotating folders and modules, in a stable order."""
    folders = [path for name in ANNOTATING_PACKAGES for path in (package_dir / name).rglob("*.py")]
    return sorted([*folders, *(package_dir / name for name in ANNOTATING_MODULES)])


def fingerprint(
    model: str | None, *, package_dir: Path = PACKAGE_DIR, data_dir: Path = DATA_DIR
) -> dict[str, str]:
    """Everything that, changed, must invalidate the cache: code, data files, model, spaCy.

    Args:
        model: The model name (see :func:`corpus_utils.extract.nlp.resolve_model`).
        package_dir: The package folder whose annotating code is hashed.
        data_dir: The folder of the data files in :data:`ANNOTATING_DATA`.
    """
    import spacy

    from corpus_utils.extract.nlp import resolve_model

    resolved = resolve_model(model)
    model_meta = spacy.util.get_package_version(resolved) if "/" not in resolved else None
    return {
        "package_version": corpus_utils.__version__,
        "code": _hash_files(annotating_code(package_dir), root=package_dir),
        "data": _hash_files(data_dir / name for name in ANNOTATING_DATA),
        "model": resolved,
        "model_version": str(model_meta),
        "spacy_version": spacy.__version__,
    }


def _hash_files(paths: Iterable[Path], *, root: Path | None = None) -> str:
    digest = hashlib.sha256()
    for path in paths:
        if path.is_file():
            digest.update(str(path.relative_to(root) if root else path.name).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def document_key(
    record: dict, boilerplate: tuple[str, ...], fingerprint: str, *, realpath=os.path.realpath
) -> str:
    """A document's cache key: its metadata, its text, the boilerplate applied, the fingerprint.

    ``realpath`` resolves the file of the document's origin (a caller keying
    many documents of one file passes a memoised one).
    """
    digest = hashlib.sha256(fingerprint.encode())
    for column in DOCUMENT_COLUMNS:
        value = record.get(column)
        if column == "origin" and value:  # the file, however its path was spelled
            file, sep, rest = str(value).partition(", ")
            value = realpath(file) + sep + rest
        digest.update(b"\x1f" + str(value).encode())
    digest.update(b"\x1e" + record["raw_text"].encode("utf-8", "surrogatepass"))
    for passage in boilerplate:
        digest.update(b"\x1d" + passage.encode())
    return digest.hexdigest()[:32]
