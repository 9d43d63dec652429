"""Actor tables for the notebooks: counts, co-mentions, keywords in context, quote shares.

They read the ``mentions`` and ``quotes`` tables that :mod:`corpus_utils.extract.actors` and
:mod:`corpus_utils.extract.quotes` produce; nothing here changes an annotation.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import networkx as nx
import pandas as pd

from corpus_utils.analysis.outlets import classify_speaker, select_kinds
from corpus_utils.extract.actors import _UNREGISTERED, _index, normal_name


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
    top_n: int | None = None,
) -> nx.Graph:
    """Build the network of actors named in the same sentence of a document.

    The graph is built in sorted order (nodes by key, edges by key pair), so
    iterating it, and drawing it, gives the same result in every process.
    (A ``Graph.subgraph`` view does not: it iterates a set.)

    Args:
        mentions: The mentions table (``doc_id``, ``sentence_id`` and actor keys).
        types: Keep only these actor types (default: all).
        include_unregistered: Keep unregistered (``source="ner"``) names.
        top_n: Keep only the ``top_n`` most mentioned actors (ties by key)
            and the links between them (default: all).

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
    if top_n is not None:
        ranked = nodes.reset_index().sort_values(
            ["n_mentions", "actor_key"], ascending=[False, True], kind="mergesort"
        )
        keep = sorted(ranked["actor_key"].head(top_n))
        nodes = nodes.loc[keep]
        frame = frame[frame["actor_key"].isin(keep)]
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


#: Speaker label of the pooled quotes of each non-registry side of
#: ``outlets.classify_speaker``: anonymous sources, named-but-unregistered
#: speakers (or pronouns left unresolved) and quotes without any speaker.
POOLED_SPEAKERS = {
    "unnamed": "(unnamed source)",
    "unresolved": "(unresolved speaker)",
    "unknown": "(no speaker found)",
}


#: What a quoted word is: letters or digits with inner apostrophes ("hasn't"
#: is one word), the rule of ``outlets.quote_voices``.
_QUOTE_WORD = re.compile(r"\w+(?:['’]\w+)*")


def quote_shares(
    quotes: pd.DataFrame,
    documents: pd.DataFrame | None = None,
    *,
    by: str | None = "outlet",
    registry: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    kinds: Iterable[str] | str | None = ("direct",),
) -> pd.DataFrame:
    """Count quotes and quoted words per speaker, per outlet (or overall).

    A speaker is a registry actor. Quotes without one are pooled by the side
    ``outlets.classify_speaker`` gives them, under the labels of
    :data:`POOLED_SPEAKERS`, so summing this table by ``side`` gives the
    counts of ``outlets.quote_voices``, the per-side table. With
    ``mentions``, an ``unresolved`` quote whose speaker text holds an
    unregistered person ("military historian Mikhail Zhirohov", "Fetterman")
    is credited to that name instead of the pool (its side stays
    ``unresolved``); so is a quote whose ``speaker_id`` is an unregistered
    person's stable id (``unregistered:<name>``).

    Args:
        quotes: The quotes table (``doc_id``, ``quote``, ``speaker_id``,
            ``speaker_text``; ``speaker_start``/``speaker_end`` to use ``mentions``).
        documents: The documents table, needed when ``by`` is not in ``quotes``.
        by: The grouping column (``None``: the whole corpus).
        registry: The registry giving names and sides (default: the one the
            pipeline uses).
        mentions: The mentions table of the same documents (optional).
        kinds: The quote kinds counted (``("direct",)`` by default;
            ``("indirect", "mixed")`` for reported speech, None for all; see
            ``outlets.select_kinds``).

    Returns:
        Columns ``[by,] speaker_id, speaker_name, side, n_quotes, n_words,
        quote_share, word_share`` (shares within the group; ``speaker_id``
        is missing for the pooled rows). Sorted by group, most quoted words
        first, then quotes, name and id.
    """

    actors = _index(registry).actors
    sides = {actor_id: actor["side"] for actor_id, actor in actors.items()}
    frame = _with_outlet(select_kinds(quotes, kinds), documents, by)
    groups = [by] if by else []
    keys = ["speaker_id", "speaker_name", "side"]
    columns = [*groups, *keys, "n_quotes", "n_words", "quote_share", "word_share"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    named = _unregistered_speakers(frame, mentions)
    ids, names, speaker_sides = [], [], []
    for speaker_id, speaker_text, name in zip(
        frame["speaker_id"], frame["speaker_text"], named, strict=True
    ):
        side = classify_speaker(speaker_text, speaker_id, sides)
        actor = actors.get(speaker_id) if isinstance(speaker_id, str) else None
        ids.append(speaker_id if actor else "")
        if actor:
            names.append(actor["name"])
        elif side == "unresolved" and name:
            names.append(name)
        elif isinstance(speaker_id, str) and speaker_id.startswith(_UNREGISTERED):
            names.append(speaker_id[len(_UNREGISTERED) :])
        else:
            names.append(POOLED_SPEAKERS[side])
        speaker_sides.append(side)
    frame = frame.assign(
        speaker_id=ids,
        speaker_name=names,
        side=speaker_sides,
        n_words=[len(_QUOTE_WORD.findall(q)) if isinstance(q, str) else 0 for q in frame["quote"]],
    )
    table = (
        frame.groupby([*groups, *keys], sort=False)
        .agg(n_quotes=("quote", "size"), n_words=("n_words", "sum"))
        .reset_index()
    )
    for name, share in (("n_quotes", "quote_share"), ("n_words", "word_share")):
        total = table.groupby(groups)[name].transform("sum") if groups else table[name].sum()
        table[share] = (table[name] / total).fillna(0.0)
    table = table.sort_values(
        [*groups, "n_words", "n_quotes", "speaker_name", "speaker_id"],
        ascending=[*([True] * len(groups)), False, False, True, True],
        kind="mergesort",
    )
    table["speaker_id"] = table["speaker_id"].replace("", None)
    return table[columns].reset_index(drop=True)


def _unregistered_speakers(quotes: pd.DataFrame, mentions: pd.DataFrame | None) -> list:
    """The unregistered person named in each quote's speaker span, or None.

    The last such mention inside ``speaker_start:speaker_end`` wins (the name
    after a title: "Ukrainian military historian Mikhail Zhirohov").
    """
    needed = {"speaker_start", "speaker_end"}
    if mentions is None or mentions.empty or not needed <= set(quotes.columns):
        return [None] * len(quotes)
    people = mentions[
        (mentions["actor_id"].isna() | mentions["actor_id"].astype(str).eq(""))
        & mentions["actor_type"].eq("person")
    ]
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for doc_id, start, end, name in zip(
        people["doc_id"],
        people["start_char"],
        people["end_char"],
        people["actor_name"],
        strict=True,
    ):
        by_doc[doc_id].append((int(start), int(end), name))
    names = []
    for doc_id, start, end in zip(
        quotes["doc_id"], quotes["speaker_start"], quotes["speaker_end"], strict=True
    ):
        inside = (
            [m for m in sorted(by_doc.get(doc_id, ())) if start <= m[0] and m[1] <= end]
            if pd.notna(start) and pd.notna(end)
            else []
        )
        names.append(inside[-1][2] if inside else None)
    return names


def unregistered_names(
    mentions: pd.DataFrame,
    documents: pd.DataFrame | None = None,
    *,
    by: str = "outlet",
) -> pd.DataFrame:
    """List the names the NER found that the registry does not know.

    These are the candidates for new registry rows: the ``surfaces`` column
    is written as the registry's ``aliases`` field.

    Args:
        mentions: The mentions table.
        documents: The documents table, needed when ``by`` is not in ``mentions``.
        by: The grouping column whose distinct values are counted (``n_groups``).

    Returns:
        One row per unregistered ``actor_name``: ``actor_name, actor_type,
        n_mentions, n_documents, n_groups, surfaces`` (distinct written forms,
        ``|``-separated, most frequent first), sorted most mentioned first,
        then by documents, groups and name.
    """
    columns = ["actor_name", "actor_type", "n_mentions", "n_documents", "n_groups", "surfaces"]
    registered = mentions["actor_id"].notna() & mentions["actor_id"].astype(str).ne("")
    frame = _with_outlet(mentions[~registered], documents, by)
    if frame.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for name, group in frame.groupby("actor_name", sort=True):
        types = group["actor_type"].value_counts()
        forms = group["surface"].map(normal_name).value_counts()
        forms = sorted(forms.items(), key=lambda item: (-item[1], item[0]))
        rows.append(
            {
                "actor_name": name,
                "actor_type": sorted(types.items(), key=lambda item: (-item[1], item[0]))[0][0],
                "n_mentions": len(group),
                "n_documents": group["doc_id"].nunique(),
                "n_groups": group[by].nunique(),
                "surfaces": "|".join(form for form, _ in forms),
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    table = table.sort_values(
        ["n_mentions", "n_documents", "n_groups", "actor_name"],
        ascending=[False, False, False, True],
        kind="mergesort",
    )
    return table.reset_index(drop=True)


def surface_variants(mentions: pd.DataFrame) -> pd.DataFrame:
    """Show the written forms the registry merges into each actor.

    Plain NER counts "Kiev", "Kyiv" and "KYIV" as three names; the registry
    counts one place. This table lists, per registered actor, the forms it
    gathered.

    Args:
        mentions: The mentions table.

    Returns:
        One row per registered actor: ``actor_id, actor_name, actor_type,
        n_mentions, n_surfaces, surfaces`` (``"form (count)"`` joined by
        ``"; "``, most frequent first), sorted by number of forms, then
        mentions (both descending) and id.
    """
    columns = ["actor_id", "actor_name", "actor_type", "n_mentions", "n_surfaces", "surfaces"]
    registered = mentions["actor_id"].notna() & mentions["actor_id"].astype(str).ne("")
    frame = mentions[registered]
    rows = []
    for actor_id, group in frame.groupby("actor_id", sort=True):
        forms = group["surface"].map(normal_name).value_counts()
        forms = sorted(forms.items(), key=lambda item: (-item[1], item[0]))
        rows.append(
            {
                "actor_id": actor_id,
                "actor_name": group["actor_name"].iloc[0],
                "actor_type": group["actor_type"].iloc[0],
                "n_mentions": len(group),
                "n_surfaces": len(forms),
                "surfaces": "; ".join(f"{form} ({n})" for form, n in forms),
            }
        )
    table = pd.DataFrame(rows, columns=columns)
    if table.empty:
        return table
    table = table.sort_values(
        ["n_surfaces", "n_mentions", "actor_id"], ascending=[False, False, True], kind="mergesort"
    )
    return table.reset_index(drop=True)


def render_keyword_in_context(kwic: pd.DataFrame) -> str:
    """Render a :func:`keyword_in_context` table as an HTML concordance.

    Every piece of article text is escaped, so markup in an article shows
    as text. The keyword is bold and centred between its contexts.

    Args:
        kwic: The table returned by :func:`keyword_in_context` (rows in the
            order they should appear).

    Returns:
        An HTML ``<table>`` string (one row per mention: source, left context,
        keyword, right context).
    """
    cell = "padding:1px 6px;font-family:monospace;white-space:pre;"
    lines = [
        '<table class="kwic" style="border-collapse:collapse;font-size:12px;">',
        "<thead><tr><th>source</th><th style='text-align:right'>left</th>"
        "<th>keyword</th><th style='text-align:left'>right</th></tr></thead>",
        "<tbody>",
    ]
    for row in kwic.itertuples(index=False):
        outlet = row.outlet if isinstance(row.outlet, str) else ""
        source = f"{outlet} · {row.doc_id}" if outlet else str(row.doc_id)
        lines.append(
            "<tr>"
            f'<td style="{cell}color:#555555;">{html.escape(source)}</td>'
            f'<td style="{cell}text-align:right;">{html.escape(row.left)}</td>'
            f'<td style="{cell}font-weight:bold;">{html.escape(row.surface)}</td>'
            f'<td style="{cell}text-align:left;">{html.escape(row.right)}</td>'
            "</tr>"
        )
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)
