"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import pytest

from corpus_utils.config import SEEDS_DIR


@pytest.fixture(scope="session")
def nlp():
    """The project's pipeline (model plus actor registry), loaded once."""
    from corpus_utils.extract.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The raw seed files by doc_id (file stem), decoded as UTF-8."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))}
