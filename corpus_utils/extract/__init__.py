"""The annotating code: the spaCy pipeline, the actor registry and mentions, quotes, quantities.

Everything in this folder, and the data files it reads, is part of the cache fingerprint
(:mod:`corpus_utils.annotate.cache`): change it and the corpus is annotated again.
"""
