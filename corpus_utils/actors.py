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
for), ``side`` (one of :data:`SIDES`: the camp whose voice the actor carries;
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

import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pandas as pd
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from corpus_utils.config import DATA_DIR


def _words(text: str) -> list[str]:
    """Split a block of space-separated words (keeps word lists readable)."""
    return text.split()


#: The package's actor registry.
REGISTRY_PATH = DATA_DIR / "actors.csv"
#: Columns every registry file must have.
REGISTRY_COLUMNS = ("actor_id", "name", "type", "affiliation", "side", "aliases")
#: Columns a registry file may add.
OPTIONAL_COLUMNS = ("gender",)
#: Allowed values of the ``type`` column.
ACTOR_TYPES = ("person", "state", "organization", "place", "group")
#: Allowed values of the ``side`` column.
SIDES = ("russia", "ukraine", "united_states", "europe", "international", "other")
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
)
#: Words of titles and roles ("Foreign Minister", "spokesperson"), lower case.
#: They are stripped from the front of unregistered names and tell a role
#: ("the spokeswoman") from a name.
TITLE_WORDS = frozenset(
    _words(
        """
    president vice prime minister ministers foreign defence defense deputy secretary
    press spokesperson spokesman spokeswoman spokespeople ambassador ambassadors envoy
    chancellor general gen gen. lt lt. col col. colonel major maj. commander mayor
    governor gov. senator sen. sen rep. rep representative congressman congresswoman
    chief head director leader leaders official officials adviser advisor counselor
    chairman chairwoman chair speaker king queen prince princess pope patriarch
    mr mr. mrs mrs. ms ms. dr dr. sir lord dame lady first national security state
    interior justice finance economy energy health culture sports agriculture
    ombudsman prosecutor judge attorney commissioner representative diplomat diplomats
    premier monarch emperor sheikh colonel-general lieutenant sergeant captain admiral
    """
    )
)
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

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’", "s"})
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
            alias claimed by two actors; the message names the file and the
            line (the header is line 1).
    """
    path = Path(path) if path is not None else REGISTRY_PATH
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in REGISTRY_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)} in the header (line 1)")
    if "gender" not in frame.columns:
        frame["gender"] = ""
    frame = frame[[*REGISTRY_COLUMNS[:5], "gender", "aliases"]].copy()
    for column in frame.columns:
        frame[column] = frame[column].astype(str).str.strip()
    seen_ids: dict[str, int] = {}
    seen_aliases: dict[str, tuple[str, int]] = {}
    for i, row in enumerate(frame.itertuples(index=False)):
        line = i + 2

        def fail(message: str, line: int = line) -> None:
            raise ValueError(f"{path}: line {line}: {message}")

        if not row.actor_id:
            fail("empty actor_id")
        if not _SLUG.match(row.actor_id):
            fail(f"actor_id {row.actor_id!r} is not a lower-case slug (a-z, 0-9, _)")
        if row.actor_id in seen_ids:
            fail(f"duplicate actor_id {row.actor_id!r} (first on line {seen_ids[row.actor_id]})")
        seen_ids[row.actor_id] = line
        if not row.name:
            fail(f"empty name for actor {row.actor_id!r}")
        if row.type not in ACTOR_TYPES:
            fail(f"unknown type {row.type!r} (expected one of {', '.join(ACTOR_TYPES)})")
        if row.side not in SIDES:
            fail(f"unknown side {row.side!r} (expected one of {', '.join(SIDES)})")
        if row.gender not in GENDERS:
            fail(f"unknown gender {row.gender!r} (expected f, m or empty)")
        for alias in {_alias_key(a) for a in _split_aliases(row.name, row.aliases)}:
            owner = seen_aliases.get(alias)
            if owner and owner[0] != row.actor_id:
                fail(
                    f"alias {alias!r} of {row.actor_id!r} is already claimed by "
                    f"{owner[0]!r} (line {owner[1]})"
                )
            seen_aliases[alias] = (row.actor_id, line)
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

    @classmethod
    def build(cls, registry: pd.DataFrame) -> _Index:
        actors: dict[str, dict] = {}
        by_key: dict[str, str] = {}
        dotted: list[tuple[str, str]] = []
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
        dotted.sort(key=lambda item: (-len(item[0]), item[0]))
        return cls(actors, by_key, tuple(dotted))


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


def extract_mentions(doc: Doc, *, registry: pd.DataFrame | None = None) -> list[dict]:
    """List the actor mentions of a parsed document.

    Registry matches come first; the NER's PERSON and ORG entities that the
    registry does not know are kept as unregistered (``source="ner"``,
    ``actor_id=None``). A NER entity whose text is a registry alias in
    another case ("KIEV") is resolved to that actor, so a registry place is
    never a person. Titles, a leading "the" and a possessive are trimmed from
    unregistered names; a lone surname takes the full name used elsewhere in
    the document ("Sydorchuk" -> "Inna Sydorchuk").

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
    for ent in doc.ents:
        actor_id = ent.id_ if ent.id_ in index.actors else None
        if actor_id:
            add(ent.start_char, ent.end_char, actor_id, "", "", "registry")
        else:
            ner_ents.append(ent)
    for ent in ner_ents:
        token_span = _trim(ent)
        if token_span is None:
            continue
        text = token_span.text
        actor_id = index.by_key.get(_alias_key(text))
        if actor_id is not None:
            add(token_span.start_char, token_span.end_char, actor_id, "", "", "registry")
            continue
        dotted = _dotted_prefix(ent, index)
        if dotted is not None:
            add(*dotted, "", "", "registry")
            continue
        if ent.label_ not in NER_LABELS or not _looks_like_actor(token_span, ent.label_):
            continue
        add(
            token_span.start_char,
            token_span.end_char,
            None,
            _normal_name(text),
            NER_LABELS[ent.label_],
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
    found.sort()
    _complete_short_names(found)
    mentions = []
    for start, end, actor_id, name, type_, source in found:
        actor = index.actors.get(actor_id) if actor_id else None
        mentions.append(
            {
                "start_char": start,
                "end_char": end,
                "surface": doc.text[start:end],
                "actor_id": actor_id,
                "actor_name": actor["name"] if actor else name,
                "actor_type": actor["type"] if actor else type_,
                "affiliation": actor["affiliation"] if actor else None,
                "side": actor["side"] if actor else None,
                "source": source,
                "sentence_id": sentence_of(start),
            }
        )
    return mentions


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


def _trim(ent: Span) -> Span | None:
    """Strip a leading article, titles, punctuation and a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (
        doc[start].text in _DETERMINERS
        or doc[start].lower_ in TITLE_WORDS
        or doc[start].is_punct
        or doc[start].is_space
    ):
        start += 1
    while end > start and (
        doc[end - 1].text in _POSSESSIVES or doc[end - 1].is_punct or doc[end - 1].is_space
    ):
        end -= 1
    if start >= end:
        return None
    span = doc[start:end]
    if span.text.endswith(("’s", "'s")) and len(span) == 1:
        return None
    return span


def _looks_like_actor(span: Span, label: str) -> bool:
    """Reject NER entities that are titles, numbers, weapons or places."""
    text = span.text
    if text.casefold() in NOT_ACTORS or _normal_name(text).casefold() in NOT_ACTORS:
        return False
    if not span[0].text[:1].isupper() or "/" in text or span[-1].text in EVENT_WORDS:
        return False
    if all(t.lower_ in TITLE_WORDS or not t.is_alpha for t in span):
        return False
    if any(t.like_num for t in span) and label == "PERSON":
        return False
    if label == "PERSON" and len(span) == 1 and span.start > 0:
        before = span.doc[span.start - 1]
        after = span.doc[span.end] if span.end < len(span.doc) else None
        possessive = after is not None and after.text in _POSSESSIVES
        if before.lower_ in PLACE_PREPOSITIONS and not possessive:
            return False
    return True


def _dotted_prefix(ent: Span, index: _Index) -> tuple[int, int, str] | None:
    """A registry abbreviation glued to the next word ("U.S.shared")."""
    first = ent.doc[ent.start]
    for alias, actor_id in index.dotted:
        if first.text.startswith(alias) and len(first.text) > len(alias):
            return first.idx, first.idx + len(alias), actor_id
    return None


def _normal_name(text: str) -> str:
    """Normalise an unregistered name: one space, straight apostrophes."""
    return " ".join(text.translate(_APOSTROPHES).split())


def _propagate_surnames(doc: Doc, index: _Index, found: list, taken: set[int]) -> None:
    """Count a lone surname of a registered person named in full in the doc."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for start, end, actor_id, *_ in found:
        actor = index.actors.get(actor_id) if actor_id else None
        if not actor or actor["type"] != "person":
            continue
        words = doc.text[start:end].split()
        if len(words) > 1:
            surnames[words[-1]].add(actor_id)
    for surname, owners in surnames.items():
        if len(owners) != 1 or _alias_key(surname) in index.by_key:
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


def _complete_short_names(found: list) -> None:
    """Give a one-word unregistered name the full person name used in the document.

    The NER often labels a lone surname ORG ("Evers said"); when the document
    names a person with that surname in full, the mention becomes that person.
    """
    full: dict[str, set[str]] = defaultdict(set)
    for _, _, actor_id, name, type_, _ in found:
        if actor_id is None and type_ == "person" and " " in name:
            full[name.split()[-1]].add(name)
    for i, (start, end, actor_id, name, _, source) in enumerate(found):
        if actor_id is None and " " not in name:
            names = full.get(name)
            if names and len(names) == 1:
                found[i] = (start, end, actor_id, next(iter(names)), "person", source)


# --------------------------------------------------------------------------- tables


def actor_key(actor_id: object, actor_name: object) -> str:
    """A key for an actor: its registry id, or ``"unregistered:<name>"``."""
    if isinstance(actor_id, str) and actor_id:
        return actor_id
    return f"{_UNREGISTERED}{actor_name}"


def _with_outlet(frame: pd.DataFrame, documents: pd.DataFrame | None, by: str | None):
    if by is None or by in frame.columns:
        return frame
    if documents is None:
        raise ValueError(f"column {by!r} is not in the table; pass the documents table")
    return frame.merge(documents[["doc_id", by]], on="doc_id", how="left")


def count_mentions(
    mentions: pd.DataFrame,
    documents: pd.DataFrame | None = None,
    *,
    by: str | None = "outlet",
) -> pd.DataFrame:
    """Count mentions per actor, overall or per outlet (or another document column).

    Args:
        mentions: The mentions table (``doc_id`` plus the mention keys).
        documents: The documents table, needed when ``by`` is not a column of
            ``mentions``.
        by: The grouping column (``None`` counts over the whole corpus).

    Returns:
        Columns ``[by,] actor_key, actor_id, actor_name, actor_type, side,
        registered, n_mentions, n_documents, share`` (share of the group's
        mentions), sorted by group, most mentioned first, then name and key.
    """
    frame = _with_outlet(mentions, documents, by)
    groups = [by] if by else []
    columns = [*groups, "actor_key", "actor_id", "actor_name", "actor_type", "side", "registered"]
    if frame.empty:
        return pd.DataFrame(columns=[*columns, "n_mentions", "n_documents", "share"])
    frame = frame.assign(
        actor_key=[actor_key(i, n) for i, n in zip(frame["actor_id"], frame["actor_name"])],
        registered=frame["actor_id"].notna() & frame["actor_id"].astype(str).ne(""),
    )
    keys = [*groups, "actor_key"]
    counted = frame.groupby(keys, dropna=False, sort=False).agg(
        actor_id=("actor_id", "first"),
        actor_name=("actor_name", "first"),
        actor_type=("actor_type", "first"),
        side=("side", "first"),
        registered=("registered", "first"),
        n_mentions=("start_char", "size"),
        n_documents=("doc_id", "nunique"),
    )
    counted = counted.reset_index()
    totals = counted.groupby(groups)["n_mentions"].transform("sum") if groups else None
    total = totals if totals is not None else counted["n_mentions"].sum()
    counted["share"] = counted["n_mentions"] / total
    counted = counted.sort_values(
        [*groups, "n_mentions", "actor_name", "actor_key"],
        ascending=[*([True] * len(groups)), False, True, True],
        kind="mergesort",
    )
    return counted[[*columns, "n_mentions", "n_documents", "share"]].reset_index(drop=True)


def co_mentions(
    mentions: pd.DataFrame,
    *,
    types: Iterable[str] | None = None,
    include_unregistered: bool = True,
) -> nx.Graph:
    """Build the network of actors named in the same sentence of a document.

    Args:
        mentions: The mentions table (``doc_id``, ``sentence_id`` and actor keys).
        types: Keep only these actor types (default: all).
        include_unregistered: Keep unregistered (``source="ner"``) names.

    Returns:
        An undirected graph whose nodes are actor keys (see :func:`actor_key`)
        with ``name``, ``actor_type``, ``side``, ``registered`` and
        ``n_mentions`` attributes, and whose edges carry ``weight``: the number
        of sentences naming both. Nodes and edges are added in sorted order.
    """
    frame = mentions
    if types is not None:
        frame = frame[frame["actor_type"].isin(list(types))]
    keys = [actor_key(i, n) for i, n in zip(frame["actor_id"], frame["actor_name"])]
    frame = frame.assign(actor_key=keys)
    if not include_unregistered:
        frame = frame[~frame["actor_key"].str.startswith(_UNREGISTERED)]
    graph = nx.Graph()
    nodes = frame.groupby("actor_key", sort=True).agg(
        name=("actor_name", "first"),
        actor_type=("actor_type", "first"),
        side=("side", "first"),
        n_mentions=("actor_key", "size"),
    )
    for key, row in nodes.iterrows():
        graph.add_node(
            key,
            name=row["name"],
            actor_type=row["actor_type"],
            side=None if pd.isna(row["side"]) else row["side"],
            registered=not key.startswith(_UNREGISTERED),
            n_mentions=int(row["n_mentions"]),
        )
    weights: Counter[tuple[str, str]] = Counter()
    for _, group in frame.groupby(["doc_id", "sentence_id"], sort=True):
        for pair in itertools.combinations(sorted(set(group["actor_key"])), 2):
            weights[pair] += 1
    for (a, b), weight in sorted(weights.items()):
        graph.add_edge(a, b, weight=weight)
    return graph


def keyword_in_context(
    documents: pd.DataFrame,
    mentions: pd.DataFrame,
    actor_id: str,
    *,
    width: int = 60,
) -> pd.DataFrame:
    """Show every mention of one actor with the text around it.

    Args:
        documents: The documents table (``doc_id``, ``outlet``, ``raw_text``/``text``).
        mentions: The mentions table.
        actor_id: A registry id, or an unregistered name (``actor_name``).
        width: Characters of context on each side.

    Returns:
        Columns ``doc_id, outlet, start_char, end_char, left, surface, right``
        sorted by document and offset; line breaks in the context are spaces.
    """
    hits = mentions[(mentions["actor_id"] == actor_id) | (mentions["actor_name"] == actor_id)]
    texts = documents.set_index("doc_id")
    rows = []
    for hit in hits.itertuples(index=False):
        doc = texts.loc[hit.doc_id]
        text = next(
            (
                doc[c]
                for c in ("raw_text", "text")
                if c in texts.columns
                and isinstance(doc[c], str)
                and doc[c][hit.start_char : hit.end_char] == hit.surface
            ),
            None,
        )
        if text is None:
            continue
        rows.append(
            {
                "doc_id": hit.doc_id,
                "outlet": doc.get("outlet"),
                "start_char": int(hit.start_char),
                "end_char": int(hit.end_char),
                "left": _flat(text[max(0, hit.start_char - width) : hit.start_char]),
                "surface": hit.surface,
                "right": _flat(text[hit.end_char : hit.end_char + width]),
            }
        )
    columns = ["doc_id", "outlet", "start_char", "end_char", "left", "surface", "right"]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["doc_id", "start_char", "end_char"], kind="mergesort").reset_index(
        drop=True
    )


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


#: Labels of quotes whose speaker is not a registered actor.
NO_SPEAKER = "(no speaker found)"
UNREGISTERED_SPEAKER = "(unregistered speaker)"


def quote_shares(
    quotes: pd.DataFrame,
    documents: pd.DataFrame | None = None,
    *,
    by: str | None = "outlet",
    level: str = "speaker",
    registry: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Count quotes and quoted words per speaker (or side) per outlet.

    Args:
        quotes: The quotes table (``doc_id``, ``quote``, ``speaker_id``, ``speaker_text``).
        documents: The documents table, needed when ``by`` is not in ``quotes``.
        by: The grouping column (``None``: the whole corpus).
        level: ``"speaker"`` (one row per speaker) or ``"side"``.
        registry: The registry giving names and sides (default: the package's).

    Returns:
        Columns ``[by,] speaker_id, speaker_name, side, n_quotes, n_words,
        quote_share, word_share`` (``speaker_id``/``speaker_name`` dropped at
        the side level). Quotes without a registered speaker are grouped as
        :data:`UNREGISTERED_SPEAKER` (a speaker text was found) or
        :data:`NO_SPEAKER`, side ``"unknown"``. Sorted by group, most quoted
        words first, then quotes and name.
    """
    if level not in ("speaker", "side"):
        raise ValueError(f"level must be 'speaker' or 'side', not {level!r}")
    actors = _index(registry).actors
    frame = _with_outlet(quotes, documents, by)
    groups = [by] if by else []
    keys = ["speaker_id", "speaker_name", "side"] if level == "speaker" else ["side"]
    columns = [*groups, *keys, "n_quotes", "n_words", "quote_share", "word_share"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    ids, names, sides = [], [], []
    for speaker_id, speaker_text in zip(frame["speaker_id"], frame["speaker_text"]):
        actor = actors.get(speaker_id) if isinstance(speaker_id, str) else None
        if actor:
            ids.append(speaker_id)
            names.append(actor["name"])
            sides.append(actor["side"])
        else:
            ids.append("")
            has_text = isinstance(speaker_text, str) and speaker_text.strip()
            names.append(UNREGISTERED_SPEAKER if has_text else NO_SPEAKER)
            sides.append("unknown")
    frame = frame.assign(
        speaker_id=ids,
        speaker_name=names,
        side=sides,
        n_words=[len(re.findall(r"\w+", q or "")) for q in frame["quote"]],
    )
    table = (
        frame.groupby([*groups, *keys], sort=False)
        .agg(n_quotes=("quote", "size"), n_words=("n_words", "sum"))
        .reset_index()
    )
    if groups:
        table["quote_share"] = table["n_quotes"] / table.groupby(groups)["n_quotes"].transform(
            "sum"
        )
        table["word_share"] = table["n_words"] / table.groupby(groups)["n_words"].transform("sum")
    else:
        table["quote_share"] = table["n_quotes"] / table["n_quotes"].sum()
        table["word_share"] = table["n_words"] / table["n_words"].sum()
    table["word_share"] = table["word_share"].fillna(0.0)
    if level == "speaker":
        table["speaker_id"] = table["speaker_id"].replace("", None)
    table = table.sort_values(
        [*groups, "n_words", "n_quotes", *keys],
        ascending=[*([True] * len(groups)), False, False, *([True] * len(keys))],
        kind="mergesort",
        na_position="first",
    )
    return table[columns].reset_index(drop=True)
