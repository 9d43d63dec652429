"""The project's spaCy pipeline: the model with the actor registry's ruler in front of its NER.

Apart from :mod:`corpus_utils.extract.nlp` (the model and the cached accessors of a Doc) so that
the accessors, which every extractor uses, do not import the registry.
"""

from __future__ import annotations

import functools
import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from corpus_utils.extract import actors
from corpus_utils.extract.nlp import APOSTROPHES, resolve_model


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load a spaCy pipeline once per process, with the actor registry added.

    Args:
        name: The model name (see :func:`resolve_model`).

    Returns:
        The pipeline, with the registry's entity ruler in front of the
        statistical NER so that registry matches take precedence,
        :func:`paragraph_starts` in front of the parser so that a paragraph
        starts a sentence, and :func:`name_apostrophes` first of all.
    """

    nlp = spacy.load(resolve_model(name))
    read_apostrophe_lookalikes(nlp)
    split_glued_sentences(nlp)
    split_suffixes(nlp)
    keep_rank_abbreviations(nlp)
    unshadow_plural_lemmas(nlp)
    nlp.add_pipe(NAME_APOSTROPHES, first=True)
    mark_paragraph_starts(nlp)
    actors.add_actor_ruler(nlp)
    return nlp


#: Words in the English rule lemmatizer's noun index that shadow the singular of a common
#: plural: of the forms its rules make from "doses" ("dos", "dose") it takes the last found
#: in the index, so "40,000 doses" counted "dos" (and "vases" "vas", "200 graves" "graf").
#: Not "us" ("uses" -> "us"): without it in the index, "us" that the tagger takes for a
#: noun becomes "u".
SHADOWING_NOUNS = ("dos", "vas", "graf")


def unshadow_plural_lemmas(nlp: Language) -> None:
    """Take :data:`SHADOWING_NOUNS` out of the rule lemmatizer's noun index, so that the
    plural's own singular is its lemma ("doses" -> "dose"). Nothing for a pipeline without
    a rule lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule":
        return
    nouns = lemmatizer.lookups.get_table("lemma_index", {}).get("noun")
    if not nouns:
        return
    for word in SHADOWING_NOUNS:
        while word in nouns:
            nouns.remove(word)


#: Characters some outlets type for an apostrophe, which the tokenizer would otherwise keep
#: inside one token, hiding "Russia" and "Putin" from the registry and the NER: the acute
#: accent ("Russia´s", "didn´t": the AP's stories as the Daily Mail publishes them), the
#: modifier letter apostrophe of Ukrainian transliteration ("Zelenskyyʼs") and the backtick.
APOSTROPHE_LOOKALIKES = tuple(mark for mark in APOSTROPHES if mark not in "'’")


def read_apostrophe_lookalikes(nlp: Language) -> None:
    """Make the tokenizer read an apostrophe look-alike as an apostrophe.

    The possessive ("Russia´s") splits off as a suffix and the contractions the
    tokenizer knows ("didn´t") split as they do with "'"; each split piece takes the
    lexical features of its apostrophe form ("'s", "n't": norm, prefix, suffix, shape),
    which are what the model reads, so the tagger and parser see what they were trained
    on. Offsets and text are untouched. The possessive's split is one of
    :data:`APOSTROPHE_SUFFIXES`, which :func:`split_suffixes` adds.
    """
    from spacy.attrs import ORTH

    for mark in APOSTROPHE_LOOKALIKES:
        for twin in ("'s", "'S", "'"):
            _read_as(nlp, twin.replace("'", mark), twin)
        for text, pieces in list(nlp.tokenizer.rules.items()):
            if "'" not in text:
                continue
            for piece in pieces:
                if "'" in piece[ORTH]:
                    _read_as(nlp, piece[ORTH].replace("'", mark), piece[ORTH])
            nlp.tokenizer.add_special_case(
                text.replace("'", mark),
                [{**piece, ORTH: piece[ORTH].replace("'", mark)} for piece in pieces],
            )


def _read_as(nlp: Language, piece: str, twin: str) -> None:
    """Give the word ``piece`` the lexical features of ``twin`` (norm, prefix, suffix,
    shape), which are what the model reads."""
    lexeme, model = nlp.vocab[piece], nlp.vocab[twin]
    lexeme.norm_, lexeme.prefix_ = model.norm_, model.prefix_
    lexeme.suffix_, lexeme.shape_ = model.suffix_, model.shape_


#: An apostrophe other than "'" between two capitals, as in names ("O’Brien", "D’Agata").
_NAME_APOSTROPHE_RE = re.compile(
    "[A-Z][" + "".join(mark for mark in APOSTROPHES if mark != "'") + "][A-Z]"
)
_OTHER_APOSTROPHES_RE = re.compile("[" + "".join(m for m in APOSTROPHES if m != "'") + "]")

NAME_APOSTROPHES = "corpus_utils_name_apostrophes"


@Language.component(NAME_APOSTROPHES)
def name_apostrophes(doc: Doc) -> Doc:
    """Give a name written with a typographic apostrophe ("O’Brien", "O’Connell") the shape
    of its twin with "'" ("X'Xxxxx"), which the model learnt names by: with its own shape
    ("X’Xxxxx") the small model read most such names as nouns or places ("Marina O’Connell"
    a LOC, "National Security Advisor O’Brien" no entity). Only the shape, which the
    model reads beside the word's norm, prefix and suffix: giving the name all its twin's
    features named fewer people. Offsets and text are untouched."""
    vocab = doc.vocab
    for token in doc:
        if _NAME_APOSTROPHE_RE.search(token.text):
            twin = _OTHER_APOSTROPHES_RE.sub("'", token.text)
            vocab[token.text].shape_ = vocab[twin].shape_
    return doc


def keep_rank_abbreviations(nlp: Language) -> None:
    """Keep each abbreviated rank of :data:`corpus_utils.extract.actors.RANK_ABBREVIATIONS`
    one token with its full stop, as the tokenizer keeps "Gen." and "Mr.", so that "Lt. Col.
    Alexander Vindman said" stays one sentence with its speaker. Each reads as "Gen.", a
    title the model knows before names (a rank it rarely saw whole was a place, "Brig.", or
    a person, "Maj."). Offsets and text are untouched."""
    from spacy.attrs import ORTH

    for rank in actors.RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])
        _read_as(nlp, rank, "Gen.")


#: Where scraped text lost the space after a sentence or a quotation, splits that the
#: model's own rules miss: a full stop after a bracket before a capital ("(DPR).Aslin") and a
#: closing quote mark after punctuation before a word ("means.”Clinton", "terror,”Kuleba"),
#: and a semicolon between two words ("journalist;John Witherow", the model splitting only
#: commas and colons so).
GLUED_SENTENCE_INFIXES = (
    r"(?<=\w)[)\]](?=\.[A-Z])",
    r"(?<=[)\]])\.(?=[A-Z])",
    r"(?<=\w)[.!?,;:](?=[”\"’][A-Za-z])",
    r"(?<=[.!?,;:])[”\"’](?=[A-Za-z])",
    r"(?<=[^\W\d_]);(?=[^\W\d_])",
)


def split_glued_sentences(nlp: Language) -> None:
    """Split the tokens of sentences and quotations glued together by a lost space (see
    :data:`GLUED_SENTENCE_INFIXES`), so that the name after the break is a word of its
    own for the registry and the NER. Offsets and text are untouched."""
    from spacy.util import compile_infix_regex

    infixes = [*(nlp.Defaults.infixes or []), *GLUED_SENTENCE_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


#: The possessive written with an apostrophe look-alike ("Russia´s", "Ukrainians´").
APOSTROPHE_SUFFIXES = tuple(
    suffix for mark in APOSTROPHE_LOOKALIKES for suffix in (f"{mark}[sS]", f"(?<=[sS]){mark}")
)
#: A full stop after a word in mixed case that ends in a capital ("SpaceX.", "the MoD.",
#: "OilX."): the model's suffix rules split a stop only after a small letter (or a word all
#: in capitals), so the stop stayed in the word and the sentence ran on into the next.
STOP_AFTER_CAPITAL_SUFFIXES = (r"(?<=[a-z][A-Z])\.", r"(?<=[a-z][A-Z][A-Z])\.")


def split_suffixes(nlp: Language) -> None:
    """Add the project's suffixes to the model's, in one set of rules: the possessive
    after an apostrophe look-alike (:data:`APOSTROPHE_SUFFIXES`, see
    :func:`read_apostrophe_lookalikes`) and the full stop after a word in mixed case that
    ends in a capital (:data:`STOP_AFTER_CAPITAL_SUFFIXES`), so that "... from SpaceX. In
    May, SpaceX disclosed" is two sentences. Offsets and text are untouched."""
    from spacy.util import compile_suffix_regex

    suffixes = [*(nlp.Defaults.suffixes or []), *APOSTROPHE_SUFFIXES]
    suffixes += STOP_AFTER_CAPITAL_SUFFIXES
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


#: Marks that end a sentence, and marks that may follow them in the same sentence (closing
#: quotation marks and brackets): a line that ends so ends a paragraph's last sentence.
SENTENCE_END_MARKS = frozenset({".", "!", "?", "…", "..."})
SENTENCE_END_CLOSERS = frozenset({'"', "”", "’", "'", "»", ")", "]"})

PARAGRAPH_STARTS = "corpus_utils_paragraph_starts"


@Language.component(PARAGRAPH_STARTS)
def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at each paragraph, which the parser keeps.

    A line after a blank line starts a paragraph; so does a line after one that ends a
    sentence ("... forwards.”" then "Russian firepower ..."), which the model's parser
    otherwise often glues together, and a line under a headline, a byline or a newsletter
    promotion ("... at 7am BST", a blank line, "Britain's Ministry of Defence said ...")
    that has no full stop to end it. A single line break inside a sentence (hard-wrapped
    text) and a line after a colon ("She added:" above the quotation) are left to the
    parser.
    """
    for token in doc[1:]:
        gap = doc[token.i - 1]
        if not gap.is_space or "\n" not in gap.text or token.is_space:
            continue
        if gap.i == 0:
            continue
        last = doc[gap.i - 1]  # spaCy keeps a run of whitespace one token
        if last.text == ":":
            continue
        if gap.text.count("\n") > 1 or _ends_sentence(doc, last):
            token.is_sent_start = True
    return doc


def _ends_sentence(doc: Doc, token: Token) -> bool:
    """Whether ``token`` ends a sentence: a full stop, question or exclamation mark, or a
    closing mark after one ('forwards.”')."""
    while token.text in SENTENCE_END_CLOSERS and token.i > 0:
        token = doc[token.i - 1]
    return token.text in SENTENCE_END_MARKS


def mark_paragraph_starts(nlp: Language) -> None:
    """Add :func:`paragraph_starts` in front of the component that splits sentences (the
    parser, or a sentence recogniser in a model without one)."""
    where = next((name for name in ("parser", "senter") if name in nlp.pipe_names), None)
    if where is None:
        nlp.add_pipe(PARAGRAPH_STARTS)
    else:
        nlp.add_pipe(PARAGRAPH_STARTS, before=where)
