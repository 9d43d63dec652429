"""The project's spaCy pipeline: the model with the actor registry's ruler in front of its NER.

Apart from :mod:`corpus_utils.extract.nlp` (the model and the cached accessors of a Doc) so that
the accessors, which every extractor uses, do not import the registry.
"""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from corpus_utils.extract import actors
from corpus_utils.extract.nlp import resolve_model


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load a spaCy pipeline once per process, with the actor registry added.

    Args:
        name: The model name (see :func:`resolve_model`).

    Returns:
        The pipeline, with the registry's entity ruler in front of the
        statistical NER so that registry matches take precedence.
    """

    nlp = spacy.load(resolve_model(name))
    actors.add_actor_ruler(nlp)
    return nlp
