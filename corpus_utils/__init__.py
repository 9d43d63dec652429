"""Helpers for studying how news outlets cover the Russia–Ukraine war.

The package loads and cleans a corpus, annotates it once with spaCy and turns
the annotations into tidy tables (documents, removals, mentions, quotes,
quantities, lemma counts) that the notebooks in ``notebooks/`` analyse.
"""

__version__ = "0.1.0"
