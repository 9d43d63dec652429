"""Publish the executed notebooks and their figures as a static site that works from disk.

``build_report`` writes ``report/`` (generated, never committed)::

    report/index.html                 the notebooks in order (title, one-line summary, link)
                                      and a gallery of every figure with its caption
    report/notebooks/NN_name.html     each notebook rendered by nbconvert, images embedded
    report/notebooks/NN_name.ipynb    the executed notebook itself, to download
    report/figures/NN_name.png|svg    the figures, copied byte for byte

The pages load nothing from the network: nbconvert's lab template is used with its
require.js, MathJax, Mermaid and widget scripts left out (formulas show as TeX source),
JavaScript and widget outputs are dropped (their plain-text form is shown), all CSS is
inlined, and every page is checked for a ``src`` or stylesheet that would load from
``http(s)://`` before it is written. The site is built in a temporary folder and moved into
place, so a reader never sees half a report; the output is deterministic (no dates).

Text taken from notebooks, figures or article data is always HTML-escaped: article text is
data, never markup. (Notebook markdown cells are authored prose and are rendered as
markdown; table outputs are pandas' HTML, which escapes every cell.)

How a figure's caption is chosen, first match wins:

1. the SVG's ``<dc:title>`` (``savefig(..., metadata={"Title": ...})``);
2. if the code cell that saves the figure (the first cell naming its file stem in quotes)
   calls ``set_title``: the axes title as drawn, read from the SVG (matplotlib writes every
   text as an XML comment; the title is the last text drawn directly in the first axes), so
   f-string titles that state a finding from the data are captured exactly;
3. the heading of the nearest markdown cell above the saving cell;
4. the file stem in words.

The figure-level text of the SVG (the small source caption ``plots.caption`` writes) is
shown as the figure's source line. Figures are matched to notebooks by their number prefix
(``01_removals`` belongs to ``01_*.ipynb``).
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import sys
import tempfile
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import nbformat

from corpus_utils.config import FIGURES_DIR, NOTEBOOKS, NOTEBOOKS_DIR, OUTPUT_DIR, PROJECT_ROOT

#: Where the report goes by default (generated, gitignored).
REPORT_DIR = PROJECT_ROOT / "report"
#: The index page's heading unless told otherwise.
DEFAULT_TITLE = "How outlets cover the same war: research notebooks"
#: A file marking a folder as a generated report, so a rebuild may replace it.
MARKER = ".corpus-utils-report"
#: Output MIME types dropped before rendering: they need scripts the pages do not load.
SCRIPT_MIME_TYPES = (
    "application/javascript",
    "application/vnd.jupyter.widget-view+json",
    "application/vnd.jupyter.widget-state+json",
)
#: Image formats of a figure, in the order the gallery prefers them for display.
FIGURE_SUFFIXES = (".png", ".svg")

_SVG_NS = "{http://www.w3.org/2000/svg}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_FIGURE_NAME = re.compile(r"^(\d+)_[A-Za-z0-9_.-]+$")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"”')\]]*)\s+(?=[\"“'(\[]*[A-Z0-9`*_])")

#: nbconvert's lab template without anything that loads from a CDN, plus a link home.
_TEMPLATE = """\
{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block html_head_css -%}
<style type="text/css">
nav.report-nav { max-width: 1100px; margin: 0.5em auto; font: 14px sans-serif; }
</style>
{%- endblock html_head_css -%}
{%- block body_header -%}
{{ super() }}
<nav class="report-nav"><a href="../index.html">&larr; All notebooks and figures</a></nav>
{%- endblock body_header -%}
"""

_INDEX_CSS = """\
body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #222; background: #fff;
       max-width: 1100px; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { border-bottom: 1px solid #ddd; padding-bottom: 0.2em; margin-top: 2em; }
.lead, .meta, figcaption .source, figcaption .files { color: #555; font-size: 0.9em; }
ol.notebooks { padding-left: 1.2em; }
ol.notebooks li { margin-bottom: 1em; }
ol.notebooks .title { font-weight: bold; font-size: 1.1em; }
ol.notebooks p { margin: 0.2em 0; }
.missing { color: #a00; }
code { background: #f3f3f3; padding: 0 0.2em; border-radius: 3px; }
.gallery { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
           align-items: start; gap: 1.5em; }
figure { margin: 0; border: 1px solid #e3e3e3; border-radius: 4px; padding: 0.6em; }
figure img { width: 100%; height: auto; display: block; }
figcaption { margin-top: 0.5em; }
figcaption .caption { font-weight: bold; display: block; }
figcaption span { display: block; margin-top: 0.2em; }
"""


class ReportError(RuntimeError):
    """The report cannot be built as asked (the message says why)."""


@dataclass(frozen=True)
class NotebookEntry:
    """One notebook as the index lists it.

    Attributes:
        name: The file name (``01_corpus_overview.ipynb``).
        path: Where it was read from.
        title: The text of its first ``# `` heading (the file stem if it has none).
        summary: The first sentence of its first paragraph after that heading.
        exists: Whether the file exists.
        executed: Whether any code cell carries an execution count.
    """

    name: str
    path: Path
    title: str
    summary: str
    exists: bool
    executed: bool

    @property
    def html_name(self) -> str:
        """The rendered page's file name."""
        return f"{Path(self.name).stem}.html"


@dataclass(frozen=True)
class FigureEntry:
    """One figure (a PNG and/or SVG sharing a stem) as the gallery shows it.

    Attributes:
        stem: The file stem (``01_removals``).
        png: The PNG file, if there is one.
        svg: The SVG file, if there is one.
        notebook: The name of the notebook that produced it (None if none matches).
        caption: Its caption (see the module docstring for how it is chosen).
        source: The figure's own small print (the corpus it was drawn from), or "".
        section: The heading of the notebook section that saves it, or "".
        cell_index: The index of the saving cell (None when no cell names the stem).
    """

    stem: str
    png: Path | None
    svg: Path | None
    notebook: str | None
    caption: str
    source: str
    section: str
    cell_index: int | None


def read_notebook_entry(path: str | Path) -> NotebookEntry:
    """Read a notebook's title, one-line summary and whether it has been executed.

    The title is the first ``# `` heading in any markdown cell; the summary is the first
    sentence of the first paragraph after it (in the same cell, else in the next markdown
    cells), with markdown emphasis and links reduced to their text.

    Args:
        path: The ``.ipynb`` file; a missing file gives an entry with ``exists=False``.
    """
    path = Path(path)
    if not path.exists():
        return NotebookEntry(path.name, path, path.stem, "", exists=False, executed=False)
    notebook = nbformat.read(path, as_version=4)
    title, summary = notebook_title_summary(notebook)
    executed = any(
        cell.cell_type == "code" and cell.get("execution_count") is not None
        for cell in notebook.cells
    )
    return NotebookEntry(
        path.name, path, title or path.stem, summary, exists=True, executed=executed
    )


def notebook_title_summary(notebook: nbformat.NotebookNode) -> tuple[str, str]:
    """The first ``# `` heading of a notebook and the first sentence that follows it.

    Returns:
        ``(title, summary)``; either is "" when the notebook has none.
    """
    title, paragraphs = "", []
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        blocks = _paragraphs(cell.source)
        if not title:
            for index, block in enumerate(blocks):
                match = _HEADING.match(block)
                if match and len(match.group(1)) == 1:
                    title = plain_text(match.group(2))
                    blocks = blocks[index + 1 :]
                    break
            else:
                continue
        paragraphs.extend(b for b in blocks if not _HEADING.match(b))
        if paragraphs:
            break
    summary = first_sentence(plain_text(paragraphs[0])) if paragraphs else ""
    return title, summary


def _paragraphs(source: str) -> list[str]:
    """Split markdown into blocks: a heading line is a block of its own."""
    blocks, current = [], []
    for line in source.splitlines():
        if _HEADING.match(line) or not line.strip():
            if current:
                blocks.append(" ".join(current))
                current = []
            if line.strip():
                blocks.append(line.strip())
        else:
            current.append(line.strip())
    if current:
        blocks.append(" ".join(current))
    return blocks


def plain_text(markdown: str) -> str:
    """Reduce inline markdown to its text: links to their label, no emphasis markers.

    Inline code keeps its backticks (the index renders it as ``<code>``); nothing is
    HTML-escaped here.
    """
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"<[^>\s][^>]*>", "", text)
    return re.sub(r"\s+", " ", text).strip()


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph (a full stop, ! or ? before a capital)."""
    text = re.sub(r"\s+", " ", text).strip()
    code_spans = [(m.start(), m.end()) for m in re.finditer(r"`[^`]*`", text)]
    for match in _SENTENCE_END.finditer(text):
        if any(start < match.start() < end for start, end in code_spans):
            continue
        if re.search(r"\b(?:e\.g|i\.e|etc|vs|cf|no|Mr|Mrs|Dr|St)\.$", text[: match.start()]):
            continue
        return text[: match.end(1)].rstrip()
    return text


def svg_texts(path: str | Path) -> tuple[str, list[str], list[str]]:
    """Read what a matplotlib SVG says: its title, its axes titles and figure-level text.

    matplotlib writes each text it draws as an XML comment inside a ``text_N`` group. The
    title of an axes is drawn last among that axes' texts (before its legend); figure-level
    texts (``fig.text``, ``fig.suptitle``) are direct children of the figure group.

    Returns:
        ``(dc_title, axes_titles, figure_texts)``: the metadata title ("" if none), the last
        text drawn directly in each axes, in order, and the figure-level texts, in order.
        An unreadable file gives ``("", [], [])``.
    """
    try:
        parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
        root = ET.parse(path, parser=parser).getroot()
    except (ET.ParseError, OSError):
        return "", [], []
    dc_title = next((e.text or "" for e in root.iter(_DC_TITLE)), "").strip()
    figure = next((g for g in root.iter(f"{_SVG_NS}g") if g.get("id") == "figure_1"), None)
    if figure is None:
        return dc_title, [], []
    axes_titles, figure_texts = [], []
    for child in figure:
        group_id = child.get("id") or ""
        if group_id.startswith("axes_"):
            texts = [_comment_text(g) for g in child if (g.get("id") or "").startswith("text_")]
            texts = [t for t in texts if t]
            if texts:
                axes_titles.append(texts[-1])
        elif group_id.startswith("text_"):
            text = _comment_text(child)
            if text:
                figure_texts.append(text)
    return dc_title, axes_titles, figure_texts


def _comment_text(group: ET.Element) -> str:
    """Undo matplotlib's comment escaping (``&lt;`` and ``- -`` for ``--``)."""
    for node in group:
        if node.tag is ET.Comment:
            text = re.sub(r"- (?=-)", "-", node.text or "")
            return re.sub(r"\s+", " ", html.unescape(text)).strip()
    return ""


def list_figures(
    figures_dir: str | Path,
    notebooks_dir: str | Path,
    *,
    names: Sequence[str] = NOTEBOOKS,
) -> list[FigureEntry]:
    """Every figure in a folder, with its notebook, caption and source line.

    Files count as figures when their name is ``NN_name.png`` or ``NN_name.svg``. They are
    ordered by notebook (in the order of ``names``), then by the cell that saves them, then
    by stem; figures of no listed notebook come last.
    """
    figures_dir, notebooks_dir = Path(figures_dir), Path(notebooks_dir)
    files: dict[str, dict[str, Path]] = {}
    if figures_dir.is_dir():
        for path in sorted(figures_dir.iterdir()):
            if path.suffix in FIGURE_SUFFIXES and _FIGURE_NAME.match(path.stem) and path.is_file():
                files.setdefault(path.stem, {})[path.suffix] = path
    by_number = {}
    for name in names:
        match = re.match(r"^(\d+)_", name)
        if match:
            by_number.setdefault(match.group(1), name)
    cells_cache: dict[str, list] = {}
    entries = []
    for stem, paths in files.items():
        number = _FIGURE_NAME.match(stem).group(1)
        notebook_name = by_number.get(number)
        cells = []
        if notebook_name:
            if notebook_name not in cells_cache:
                path = notebooks_dir / notebook_name
                cells_cache[notebook_name] = (
                    nbformat.read(path, as_version=4).cells if path.exists() else []
                )
            cells = cells_cache[notebook_name]
        entries.append(_figure_entry(stem, paths, notebook_name, cells))
    order = {name: index for index, name in enumerate(names)}

    def key(entry: FigureEntry):
        offset = 0
        if entry.cell_index is not None:
            offset = _stem_offset(cells_cache[entry.notebook][entry.cell_index].source, entry.stem)
        return (
            order.get(entry.notebook, len(order)),
            entry.cell_index is None,
            entry.cell_index or 0,
            offset,
            entry.stem,
        )

    return sorted(entries, key=key)


def _stem_offset(source: str, stem: str) -> int:
    """Where a cell names a figure's stem in quotes (-1 if it does not)."""
    offsets = [source.find(f"{quote}{stem}{quote}") for quote in "\"'"]
    found = [o for o in offsets if o >= 0]
    return min(found) if found else -1


def _figure_entry(stem: str, paths: dict[str, Path], notebook: str | None, cells) -> FigureEntry:
    cell_index = next(
        (
            i
            for i, cell in enumerate(cells)
            if cell.cell_type == "code" and _stem_offset(cell.source, stem) >= 0
        ),
        None,
    )
    section = ""
    if cell_index is not None:
        for cell in reversed(cells[:cell_index]):
            if cell.cell_type != "markdown":
                continue
            headings = [b for b in _paragraphs(cell.source) if _HEADING.match(b)]
            if headings:
                section = plain_text(_HEADING.match(headings[-1]).group(2))
                break
    svg = paths.get(".svg")
    dc_title, axes_titles, figure_texts = svg_texts(svg) if svg else ("", [], [])
    saves_title = cell_index is not None and ".set_title(" in cells[cell_index].source
    if dc_title:
        caption = dc_title
    elif saves_title and axes_titles:
        caption = " · ".join(axes_titles)
    elif section:
        caption = section
    else:
        caption = stem.split("_", 1)[1].replace("_", " ")
    return FigureEntry(
        stem=stem,
        png=paths.get(".png"),
        svg=svg,
        notebook=notebook,
        caption=caption,
        source=" · ".join(figure_texts),
        section=section,
        cell_index=cell_index,
    )


def render_notebook(path: str | Path, *, title: str | None = None) -> str:
    """Render a notebook to one self-contained HTML page (images embedded, no scripts).

    Raises:
        ReportError: If the page would still load something from the network.
    """
    import jinja2
    from nbconvert import HTMLExporter

    path = Path(path)
    notebook = nbformat.read(path, as_version=4)
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data")
            if data:
                for mime in SCRIPT_MIME_TYPES:
                    data.pop(mime, None)
    exporter = HTMLExporter(
        extra_loaders=[jinja2.DictLoader({"corpus_utils_report.html.j2": _TEMPLATE})],
        template_file="corpus_utils_report.html.j2",
        embed_images=True,
        sanitize_html=False,
    )
    resources = {"metadata": {"name": title or path.stem, "path": str(path.parent)}}
    body, _ = exporter.from_notebook_node(notebook, resources=resources)
    remote = external_loads(body)
    if remote:
        raise ReportError(
            f"{path.name} would load {remote[0]!r} from the network when opened; "
            "the report must work offline (display the resource inline instead)"
        )
    return body


class _LoadCollector(HTMLParser):
    """Collect the URLs a page loads by itself (not links a reader may follow)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name in ("src", "data", "poster", "background"):
            if values.get(name):
                self.urls.append(values[name])
        if values.get("srcset"):
            self.urls.extend(part.split()[0] for part in values["srcset"].split(",") if part)
        if tag == "link" and values.get("href"):
            self.urls.append(values["href"])
        if values.get("style"):
            self.urls.extend(_css_urls(values["style"]))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.urls.extend(_css_urls(data))


def _css_urls(css: str) -> list[str]:
    found = re.findall(r"url\(\s*['\"]?([^'\")]+)", css)
    found += re.findall(r"@import\s+['\"]([^'\"]+)", css)
    return found


def external_loads(page: str) -> list[str]:
    """The URLs an HTML page would fetch from the network (``http(s)://`` or ``//``)."""
    collector = _LoadCollector()
    collector.feed(page)
    collector.close()
    return [u for u in collector.urls if re.match(r"^\s*(?:https?:)?//", u, flags=re.IGNORECASE)]


def _inline_markup(text: str) -> str:
    """HTML-escape text, then show its backtick spans as ``<code>``."""
    escaped = html.escape(text, quote=True)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)


def render_index(
    notebooks: Sequence[NotebookEntry],
    figures: Sequence[FigureEntry],
    *,
    title: str = DEFAULT_TITLE,
) -> str:
    """The index page: the notebooks in order, then a gallery of the figures by notebook."""
    esc = html.escape
    titles = {n.name: n.title for n in notebooks}
    counts: dict[str | None, int] = {}
    for figure in figures:
        counts[figure.notebook] = counts.get(figure.notebook, 0) + 1
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f"<style>\n{_INDEX_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{esc(title)}</h1>",
        '<p class="lead">The executed notebooks, rendered, and every figure they wrote. '
        "Built by <code>python -m corpus_utils.publish.report</code>; it opens from disk and loads "
        "nothing from the network.</p>",
        "</header>",
        "<main>",
        '<section id="notebooks">',
        "<h2>Notebooks</h2>",
        '<ol class="notebooks">',
    ]
    for entry in notebooks:
        lines.append(f'<li id="nb-{esc(Path(entry.name).stem)}">')
        if entry.exists:
            lines.append(
                f'<a class="title" href="notebooks/{esc(entry.html_name)}">'
                f"{_inline_markup(entry.title)}</a>"
            )
        else:
            lines.append(f'<span class="title">{_inline_markup(entry.title)}</span>')
        if entry.summary:
            lines.append(f'<p class="summary">{_inline_markup(entry.summary)}</p>')
        meta = [f"<code>{esc(entry.name)}</code>"]
        if not entry.exists:
            meta.append('<span class="missing">not written yet</span>')
        else:
            if not entry.executed:
                meta.append('<span class="missing">not executed: no outputs</span>')
            n_figures = counts.get(entry.name, 0)
            if n_figures:
                meta.append(
                    f'<a href="#figures-{esc(Path(entry.name).stem)}">'
                    f"{n_figures} figure{'s' if n_figures != 1 else ''}</a>"
                )
            meta.append(f'<a href="notebooks/{esc(entry.name)}">download .ipynb</a>')
        lines.append(f'<p class="meta">{" · ".join(meta)}</p>')
        lines.append("</li>")
    lines += ["</ol>", "</section>", '<section id="figures">', "<h2>Figures</h2>"]
    if not figures:
        lines.append("<p>No figures yet: run the notebooks (<code>make all</code>).</p>")
    groups: list[tuple[str | None, list[FigureEntry]]] = []
    for figure in figures:
        if not groups or groups[-1][0] != figure.notebook:
            groups.append((figure.notebook, []))
        groups[-1][1].append(figure)
    for notebook, members in groups:
        if notebook is None:
            lines.append('<h3 id="figures-other">Figures of no listed notebook</h3>')
        else:
            anchor = esc(Path(notebook).stem)
            heading = _inline_markup(titles.get(notebook, notebook))
            lines.append(f'<h3 id="figures-{anchor}">{heading}</h3>')
        lines.append('<div class="gallery">')
        for figure in members:
            lines.extend(_figure_html(figure, titles))
        lines.append("</div>")
    lines += ["</section>", "</main>", "</body>", "</html>", ""]
    return "\n".join(lines)


def _figure_html(figure: FigureEntry, titles: dict[str, str]) -> list[str]:
    esc = html.escape
    shown = figure.png or figure.svg
    big = figure.svg or figure.png
    lines = [f'<figure id="fig-{esc(figure.stem)}">']
    lines.append(
        f'<a href="figures/{esc(big.name)}"><img src="figures/{esc(shown.name)}" '
        f'alt="{esc(figure.caption)}"></a>'
    )
    lines.append("<figcaption>")
    lines.append(f'<span class="caption">{esc(figure.caption)}</span>')
    if figure.source:
        lines.append(f'<span class="source">{esc(figure.source)}</span>')
    files = [f'<a href="figures/{esc(p.name)}">{p.suffix[1:].upper()}</a>' for p in _files(figure)]
    origin = ""
    if figure.notebook:
        page = f"notebooks/{Path(figure.notebook).stem}.html"
        origin = f' · from <a href="{esc(page)}">{_inline_markup(titles[figure.notebook])}</a>'
        if figure.section:
            origin += f", section “{esc(figure.section)}”"
    lines.append(
        f'<span class="files"><code>{esc(figure.stem)}</code> · {" · ".join(files)}{origin}</span>'
    )
    lines += accuracy_note(figure)
    lines += ["</figcaption>", "</figure>"]
    return lines


def accuracy_note(figure: FigureEntry, *, notes_name: str = "06_accuracy.csv") -> list[str]:
    """The gallery line giving the accuracy of the component a figure rests on.

    The scores come from notebook 06's ``06_accuracy.csv`` beside the figure (columns
    ``component``, ``measure``, ``value``, ``low``, ``high``, ``n_gold``, ``unit``, ``note``);
    the component is chosen by the figure's notebook and name: quotes, speakers and voices
    rest on the speakers; other 02 figures and ``04_attention`` on the person mentions (the
    line adds that core actors are not scored when the file says so);
    03 figures on the figures (NewsQuant value); ``04_naming*`` and the other 01 and 04
    figures on no scored component (said so). No file, or notebook 06's own figures: no line.
    """
    import csv

    path = next((p.parent / notes_name for p in _files(figure)), None)
    if path is None or not path.is_file() or figure.stem.startswith("06_"):
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        notes = {row["component"]: row for row in csv.DictReader(handle)}
    stem = figure.stem
    if re.search(r"quote|speaker|voices", stem):
        component = "speakers"
    elif stem.startswith("02_") or stem.startswith("04_attention"):
        component = "persons"
    elif stem.startswith("03_"):
        component = "figures: value" if "figures: value" in notes else "figures"
    elif stem.startswith("04_naming"):
        component, text = None, "naming: not scored (counts of chosen words, no extraction)"
    else:
        component, text = None, "not scored: rests on the text and metadata, no extraction"
    if component is not None:
        row = notes.get(component)
        if row is None:
            return []
        if row["value"]:
            text = (
                f"{component}: {row['measure']} {float(row['value']):.2f} "
                f"[{float(row['low']):.2f}, {float(row['high']):.2f}] "
                f"on {row['n_gold']} {row['unit']}"
            )
        else:
            text = f"{component}: {row['note']}"
        if component == "persons" and "core actors" in notes:
            text += "; core actors (countries, organisations) not scored"
    page = f"notebooks/{Path(path.stem).stem}.html"
    return [f'<span class="accuracy"><a href="{html.escape(page)}">{html.escape(text)}</a></span>']


def _files(figure: FigureEntry) -> list[Path]:
    return [p for p in (figure.svg, figure.png) if p is not None]


def build_report(
    *,
    notebooks_dir: str | Path = NOTEBOOKS_DIR,
    figures_dir: str | Path = FIGURES_DIR,
    out_dir: str | Path = REPORT_DIR,
    names: Sequence[str] = NOTEBOOKS,
    title: str = DEFAULT_TITLE,
) -> Path:
    """Write the static report: index, one HTML page per notebook, and the figures.

    The site is built in a temporary folder beside ``out_dir`` and moved into place, so
    ``out_dir`` is replaced whole (stale pages go) and never seen half written.

    Args:
        notebooks_dir: Where the executed notebooks are.
        figures_dir: Where their figures are.
        out_dir: The site's folder; replaced if it holds an earlier report, refused if it
            holds anything else.
        names: The notebooks, in the order the index lists them.
        title: The index page's heading.

    Returns:
        The path of ``index.html``.

    Raises:
        ReportError: If ``out_dir`` holds something other than a report, or a page would
            load from the network.
    """
    notebooks_dir, figures_dir, out_dir = Path(notebooks_dir), Path(figures_dir), Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise ReportError(
            f"{out_dir} exists and is not a report written by corpus_utils.publish.report "
            f"(no {MARKER} in it); choose another --out or empty it"
        )
    entries = [read_notebook_entry(notebooks_dir / name) for name in names]
    figures = list_figures(figures_dir, notebooks_dir, names=names)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        stage.chmod(0o755)
        (stage / "notebooks").mkdir()
        (stage / "figures").mkdir()
        for entry in entries:
            if entry.exists:
                page = render_notebook(entry.path, title=entry.title)
                (stage / "notebooks" / entry.html_name).write_text(page, encoding="utf-8")
                shutil.copyfile(entry.path, stage / "notebooks" / entry.name)
        for figure in figures:
            for path in _files(figure):
                shutil.copyfile(path, stage / "figures" / path.name)
        index = render_index(entries, figures, title=title)
        (stage / "index.html").write_text(index, encoding="utf-8")
        (stage / MARKER).write_text("generated by python -m corpus_utils.publish.report\n")
        _swap_into_place(stage, out_dir)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return out_dir / "index.html"


def _swap_into_place(stage: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        os.replace(stage, out_dir)
        return
    old = out_dir.with_name(f".{out_dir.name}-old-{uuid.uuid4().hex[:8]}")
    os.replace(out_dir, old)
    os.replace(stage, out_dir)
    shutil.rmtree(old, ignore_errors=True)


def _markdown_text(text: str) -> str:
    """Escape text for a markdown table cell (data never becomes links or markup)."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"([\\`*_\[\]<>|!&#])", r"\\\1", text)


def figures_readme(
    figures_dir: str | Path,
    notebooks_dir: str | Path,
    *,
    names: Sequence[str] = NOTEBOOKS,
) -> str:
    """The text of ``figures/README.md``: every figure with its caption and notebook."""
    from corpus_utils.publish.plots import DPI

    figures_dir, notebooks_dir = Path(figures_dir), Path(notebooks_dir)
    figures = list_figures(figures_dir, notebooks_dir, names=names)
    titles = {name: read_notebook_entry(notebooks_dir / name).title for name in names}
    link_base = Path(os.path.relpath(notebooks_dir.resolve(), figures_dir.resolve())).as_posix()
    lines = [
        "# Figures",
        "",
        "Generated by `python -m corpus_utils.publish.report --figures-readme` from the figures the",
        f"notebooks wrote; do not edit by hand. Each figure is a PNG ({DPI} dpi, for the web) and",
        "an SVG (for print), named after the notebook that produced it.",
        "",
    ]
    if not figures:
        lines += ["No figures yet: run the notebooks (`make all`).", ""]
        return "\n".join(lines)
    lines += ["| figure | caption | notebook | files |", "| --- | --- | --- | --- |"]
    for figure in figures:
        if figure.notebook:
            notebook = (
                f"[{_markdown_text(titles[figure.notebook])}](<{link_base}/{figure.notebook}>)"
            )
        else:
            notebook = "(none)"
        files = " · ".join(f"[{p.suffix[1:].upper()}](<{p.name}>)" for p in _files(figure))
        lines.append(
            f"| `{figure.stem}` | {_markdown_text(figure.caption)} | {notebook} | {files} |"
        )
    lines.append("")
    return "\n".join(lines)


def write_figures_readme(
    figures_dir: str | Path = FIGURES_DIR,
    notebooks_dir: str | Path = NOTEBOOKS_DIR,
    *,
    names: Sequence[str] = NOTEBOOKS,
) -> Path:
    """Write ``README.md`` in the figures folder (atomically; same input, same bytes).

    Returns:
        The path written.
    """
    figures_dir = Path(figures_dir)
    figures_dir.mkdir(parents=True, exist_ok=True)
    text = figures_readme(figures_dir, notebooks_dir, names=names)
    path = figures_dir / "README.md"
    tmp = figures_dir / f".README.{uuid.uuid4().hex[:8]}.md"
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m corpus_utils.publish.report``."""
    parser = argparse.ArgumentParser(
        prog="python -m corpus_utils.publish.report",
        description="Build the static report (notebooks rendered to HTML, figure gallery).",
    )
    parser.add_argument(
        "--corpus",
        default=None,
        help="report on the run of another corpus (output/<name>/, as `corpus_utils run`)",
    )
    parser.add_argument("--out", default=None, help="site folder (default report/)")
    parser.add_argument("--notebooks", default=None, help="executed notebooks (default notebooks/)")
    parser.add_argument("--figures", default=None, help="figures folder (default figures/)")
    parser.add_argument("--title", default=None, help="the index page's heading")
    parser.add_argument(
        "--figures-readme",
        action="store_true",
        help="also (re)write README.md in the figures folder",
    )
    parser.add_argument(
        "--from-make",
        action="store_true",
        help=argparse.SUPPRESS,  # the corpus is make's CORPUS, read from the environment
    )
    args = parser.parse_args(argv)
    if args.from_make and not args.corpus:
        args.corpus = os.environ.get("CORPUS_UTILS_CORPUS") or None
    notebooks_dir, figures_dir, out_dir = NOTEBOOKS_DIR, FIGURES_DIR, REPORT_DIR
    title = args.title or DEFAULT_TITLE
    if args.corpus:
        from corpus_utils.publish.run import corpus_name

        root = OUTPUT_DIR / corpus_name(args.corpus)
        notebooks_dir, figures_dir, out_dir = root / "notebooks", root / "figures", root / "report"
        title = args.title or f"{DEFAULT_TITLE} ({corpus_name(args.corpus)})"
        if not args.notebooks and not notebooks_dir.is_dir():
            print(
                f"error: {notebooks_dir} does not exist: run the notebooks on {args.corpus} first "
                "(make notebooks CORPUS=... or python -m corpus_utils run --corpus ...)",
                file=sys.stderr,
            )
            return 2
    notebooks_dir = Path(args.notebooks) if args.notebooks else notebooks_dir
    figures_dir = Path(args.figures) if args.figures else figures_dir
    out_dir = Path(args.out) if args.out else out_dir
    try:
        index = build_report(
            notebooks_dir=notebooks_dir, figures_dir=figures_dir, out_dir=out_dir, title=title
        )
        if args.figures_readme:
            readme = write_figures_readme(figures_dir, notebooks_dir)
            print(f"wrote {readme}", file=sys.stderr)
    except (ReportError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"wrote {index} (open it in a browser: file://{index.resolve()})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
