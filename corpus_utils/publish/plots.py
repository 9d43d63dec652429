"""One figure style for every notebook, and byte-stable saving.

Every chart is written by the notebook that computes it, named after it
(``02_actor_outlet_heatmap``), in PNG (for the web, 200 dpi) and SVG (for
print), with no dates or version strings in its metadata so that a rerun on
the same inputs and versions gives the same bytes.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt

#: Okabe–Ito, a palette that stays distinct for colour-blind readers, extended by two of
#: Paul Tol's muted colours for charts with up to ten categories (more are grouped as "other").
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7",
    "#56B4E9", "#F0E442", "#000000", "#999999", "#882255",
)  # fmt: skip
#: Sequential colour map for heatmaps (perceptually uniform, colour-blind safe).
SEQUENTIAL_CMAP = "cividis"
DPI = 200
PAGE_WIDTH = 7.5  # inches: a page with margins
SVG_SALT = "corpus-utils"
_PNG_METADATA = {"Software": None}
_SVG_METADATA = {"Date": None, "Creator": None}


def apply_style() -> None:
    """Set the shared style (fonts, colours, hash salt) for every later figure."""
    mpl.rcParams.update(
        {
            "font.family": "DejaVu Sans",
            "font.size": 9,
            "axes.titlesize": 10,
            "axes.titleweight": "bold",
            "axes.labelsize": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.prop_cycle": mpl.cycler(color=PALETTE),
            "figure.dpi": 100,
            "figure.figsize": (PAGE_WIDTH, 4.0),
            "savefig.dpi": DPI,
            "savefig.bbox": "tight",
            "svg.hashsalt": SVG_SALT,
            "svg.fonttype": "path",
            "image.cmap": SEQUENTIAL_CMAP,
            # Text in figures comes from the data (outlet and actor names, "US$ 5"): never
            # parse it as mathtext, where "$...$" would be typeset or raise an error.
            "text.parse_math": False,
        }
    )


def setup_notebook() -> None:
    """Apply the style and make inline figures byte-stable in a Jupyter kernel."""
    apply_style()
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return
    shell = get_ipython()
    if shell is not None:
        shell.run_line_magic("matplotlib", "inline")
        shell.run_line_magic(
            "config",
            "InlineBackend.print_figure_kwargs = "
            "{'bbox_inches': 'tight', 'metadata': {'Software': None}}",
        )
        shell.run_line_magic("config", "InlineBackend.figure_formats = ['png']")


def outlet_colours(outlets) -> dict[str, str]:
    """One colour per outlet, the same in every figure of a run: keyed by the outlet's name.

    The outlets are sorted by name and take :data:`PALETTE` in turn (cycling when there are
    more than ten), so an outlet keeps its colour whichever subset a figure shows.
    Missing names (None, NaN) are shown as ``(unknown)``, in grey.
    """
    import pandas as pd

    names = sorted({str(o) for o in outlets if not pd.isna(o)})
    colours = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}
    colours["(unknown)"] = "#BBBBBB"
    return colours


def placeholder(message: str, *, title: str, source: str, name: str, folder) -> plt.Figure:
    """A figure that says what it cannot show and why (no data of its kind in this corpus).

    It is written under the usual name, so a run always has the same set of figures and a
    stale one from an earlier run is never left in place.
    """
    fig, ax = plt.subplots(figsize=(PAGE_WIDTH, 1.6))
    ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True, transform=ax.transAxes)
    ax.set_axis_off()
    ax.set_title(title)
    caption(fig, source)
    save_figure(fig, name, folder=folder)
    return fig


def document_labels(doc_ids, outlets, *, width: int = 20, outlet_width: int = 28) -> list[str]:
    """Short, unique row labels "doc id · outlet" for charts with one row per document.

    A long id keeps its start and its end ("Guardians_R…_0012"), where ids of one
    export differ; where two ids would still read the same, both keep the whole id.

    Args:
        doc_ids: The documents' ids, in row order.
        outlets: Their outlets (missing: "(unknown)").
        width: Longest id shown before it is shortened.
        outlet_width: Longest outlet name shown before it is shortened.
    """

    def cut(text: str, limit: int) -> str:
        if len(text) <= limit:
            return text
        tail = max(limit // 3, 1)
        return text[: limit - tail - 1] + "…" + text[-tail:]

    ids = [str(doc_id) for doc_id in doc_ids]
    short = [cut(doc_id, width) for doc_id in ids]
    seen: dict[str, set[str]] = {}
    for doc_id, label in zip(ids, short, strict=True):
        seen.setdefault(label, set()).add(doc_id)
    shown = [label if len(seen[label]) == 1 else doc_id for doc_id, label in zip(ids, short)]
    names = [
        "(unknown)"
        if _missing(o)
        else (str(o) if len(str(o)) <= outlet_width else str(o)[: outlet_width - 1] + "…")
        for o in outlets
    ]
    return [f"{label} · {name}" for label, name in zip(shown, names, strict=True)]


def leaders(counts) -> str:
    """The label(s) with the highest count, ties stated as ties ("a and b (tied, 3 each)").

    Args:
        counts: A Series of counts indexed by label.
    """
    if len(counts) == 0:
        return "none"
    top = counts.max()
    names = sorted(str(name) for name in counts.index[counts == top])
    if len(names) == 1:
        return names[0]
    shown = names if len(names) <= 3 else [*names[:3], f"{len(names) - 3} more"]
    listed = ", ".join(shown[:-1]) + " and " + shown[-1]
    value = int(top) if float(top).is_integer() else top
    return f"{listed} (tied, {value:,} each)"


def ranked_grid(grid, *, index: str = "actor_id", columns: str = "outlet", values: str = "share"):
    """The rows of a long table as a matrix, most ``n_mentions`` first, with a label per row.

    The order and the labels come from the same rows, so a tie at a top-N cut can never
    leave a row without a label (issue 19: a NaN label crashed notebook 02).

    Returns:
        ``(matrix, labels)``: the pivoted values, rows ordered by total ``n_mentions``
        (descending, then ``index``); and the ``actor_name`` of each row (its key when
        it has none).
    """
    totals = grid.groupby(index)["n_mentions"].sum()
    order = sorted(totals.index, key=lambda key: (-totals[key], str(key)))
    matrix = grid.pivot(index=index, columns=columns, values=values).reindex(order)
    names = grid.drop_duplicates(index).set_index(index)["actor_name"].reindex(order)
    labels = [str(key) if _missing(name) else str(name) for key, name in names.items()]
    return matrix, labels


def annotated_heatmap(
    ax: plt.Axes,
    values,
    *,
    row_labels,
    column_labels,
    texts=None,
    masked=None,
    vmin: float = 0,
    vmax: float | None = None,
    light_above: float = 0.6,
    fontsize: float = 6,
    bold=None,
    boxed=None,
    row_breaks=(),
    max_cells: int | None = None,
    bad_colour: str = "#eeeeee",
    column_rotation: float = 40,
    tick_fontsize: float | None = None,
):
    """A heatmap with a number in each cell, the one chart notebooks 02 and 04 draw three times.

    Args:
        ax: The axes to draw on.
        values: The cell values (rows x columns); NaN cells are shown grey.
        row_labels: One label per row.
        column_labels: One label per column.
        texts: The text of each cell ("" for none); ``None`` writes each value as a percentage.
        masked: Cells (booleans) shown grey, off the colour scale, with black text.
        vmin: The bottom of the colour scale.
        vmax: The top of the colour scale; ``None`` is the largest value shown.
        light_above: A cell above this share of the scale's top is light, so its text is
            black; below, the text is white.
        fontsize: The size of the cell texts.
        bold: Cells (booleans) whose text is bold.
        boxed: Cells (booleans) framed in the palette's vermilion.
        row_breaks: Row indices above which a white line separates groups of rows.
        max_cells: Above this many cells no text is written (it would not be legible).
        bad_colour: The grey of NaN and masked cells.
        column_rotation: The angle of the column labels.
        tick_fontsize: The size of the row and column labels (``None``: the style's).

    Returns:
        The image, for a colour bar.
    """
    import numpy as np

    shown = np.asarray(values, dtype=float)
    mask = np.isnan(shown)
    if masked is not None:
        mask = mask | np.asarray(masked, dtype=bool)
    image = ax.imshow(
        np.ma.masked_array(shown, mask=mask),
        cmap=mpl.colormaps[SEQUENTIAL_CMAP].with_extremes(bad=bad_colour),
        vmin=vmin,
        vmax=vmax,
        aspect="auto",
    )
    on_scale = shown[~mask]
    top = vmax if vmax is not None else float(on_scale.max() if on_scale.size else 0) or 1.0
    if texts is None:
        texts = np.vectorize(lambda v: "" if np.isnan(v) else f"{v:.0%}", otypes=[str])(shown)
    texts = np.asarray(texts, dtype=object)
    n_rows, n_columns = shown.shape
    if max_cells is None or shown.size <= max_cells:
        for i in range(n_rows):
            for j in range(n_columns):
                if texts[i, j]:
                    light = mask[i, j] or shown[i, j] > light_above * top
                    ax.text(
                        j,
                        i,
                        texts[i, j],
                        ha="center",
                        va="center",
                        fontsize=fontsize,
                        color="black" if light else "white",
                        fontweight="bold" if bold is not None and bold[i][j] else "normal",
                    )
    if boxed is not None:
        for i in range(n_rows):
            for j in range(n_columns):
                if boxed[i][j]:
                    frame = plt.Rectangle(
                        (j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor=PALETTE[3], linewidth=1.6
                    )
                    ax.add_patch(frame)
    for row in row_breaks:
        ax.axhline(row - 0.5, color="white", linewidth=2)
    size = {} if tick_fontsize is None else {"fontsize": tick_fontsize}
    ax.set_xticks(
        range(n_columns), list(column_labels), rotation=column_rotation, ha="right", **size
    )
    ax.set_yticks(range(n_rows), list(row_labels), **size)
    ax.tick_params(length=0)
    ax.spines[:].set_visible(False)
    return image


def _missing(value) -> bool:
    import pandas as pd

    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def legend_outside(ax: plt.Axes, *, title: str | None = None) -> None:
    """Place the legend to the right of the axes, where it hides no data."""
    ax.legend(
        title=title,
        fontsize=7,
        title_fontsize=8,
        frameon=False,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
    )


def caption(fig: plt.Figure, text: str) -> None:
    """Write a small source caption in the bottom-left corner, below every tick and axis label.

    The caption is placed when the figure is drawn, under the union of the axes' tight
    boxes, so it never overlaps tick labels however many lines they take.
    """
    from matplotlib.text import Annotation
    from matplotlib.transforms import Bbox

    def below_everything(renderer):
        boxes = [ax.get_tightbbox(renderer) for ax in fig.axes if ax.get_visible()]
        boxes = [box for box in boxes if box is not None and box.width > 0]
        if not boxes:
            return fig.bbox
        return Bbox.union(boxes)

    note = Annotation(
        text,
        xy=(0, 0),
        xycoords=below_everything,
        xytext=(0, -4),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=7,
        color="#555555",
        annotation_clip=False,
    )
    fig.add_artist(note)


def figure_title(fig: plt.Figure) -> str | None:
    """The figure's title (its suptitle, else the first axes' title): the report's caption."""
    if fig._suptitle is not None and fig._suptitle.get_text():
        return fig._suptitle.get_text()
    for ax in fig.axes:
        if ax.get_title():
            return ax.get_title()
    return None


def save_figure(fig: plt.Figure, name: str, *, folder: str | Path) -> list[Path]:
    """Save a figure as PNG and SVG, byte-stable, each file written atomically.

    Args:
        fig: The figure.
        name: The file stem, the notebook's number first (``01_document_sizes``).
        folder: Where to write (the notebook's ``figures_dir`` parameter).

    Returns:
        The two paths written.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    title = figure_title(fig)
    for suffix, metadata in (("png", _PNG_METADATA), ("svg", _SVG_METADATA)):
        metadata = {**metadata, "Title": title} if title else metadata
        path = folder / f"{name}.{suffix}"
        tmp = folder / f".{name}.{uuid.uuid4().hex[:8]}.{suffix}"
        with mpl.rc_context({"svg.hashsalt": SVG_SALT}):
            fig.savefig(tmp, format=suffix, metadata=metadata, dpi=DPI, bbox_inches="tight")
        os.replace(tmp, path)
        written.append(path)
    return written
