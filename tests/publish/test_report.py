"""The static report: titles and summaries, captions, self-contained pages, safe rendering."""

from __future__ import annotations

import html
import re

import matplotlib
import nbformat
import pytest
from browser_helpers import MARKUP_ARTICLE, MARKUP_PAYLOADS, MarkupScan, make_sample_project
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from corpus_utils.config import FIGURES_DIR, NOTEBOOKS, NOTEBOOKS_DIR
from corpus_utils.publish import plots, report

matplotlib.use("Agg")
import matplotlib.pyplot as plt


def _notebook(*markdown: str) -> nbformat.NotebookNode:
    return new_notebook(cells=[new_markdown_cell(m) for m in markdown])


@pytest.mark.parametrize(
    ("cells", "title", "summary"),
    [
        (
            ["# 01 · Corpus overview\n\nThis notebook reads the corpus. It writes figures."],
            "01 · Corpus overview",
            "This notebook reads the corpus.",
        ),
        (
            ["# 02 · Actors", "Who is named, per outlet. More follows."],
            "02 · Actors",
            "Who is named, per outlet.",
        ),
        (
            ["Some preface.", "## Not a title\n\nText.", "# The **real** title\nIt starts here."],
            "The real title",
            "It starts here.",
        ),
        (
            ["# T\n\n## Sub\n\nRead [the docs](https://x.org) and *this* (e.g. the seeds). Next."],
            "T",
            "Read the docs and this (e.g. the seeds).",
        ),
        (
            ["# T\n\nIt writes `01_sizes.png` to `figures_dir`. Then `x.y` Done."],
            "T",
            "It writes `01_sizes.png` to `figures_dir`.",
        ),
        (["# Title only"], "Title only", ""),
        (["No heading at all. None."], "", ""),
    ],
)
def test_notebook_title_summary(cells, title, summary):
    assert report.notebook_title_summary(_notebook(*cells)) == (title, summary)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("One. Two.", "One."),
        ("Counts rose 3.5 times. Then fell.", "Counts rose 3.5 times."),
        ("Ask Mr. Smith what he thinks. He knows.", "Ask Mr. Smith what he thinks."),
        ("Is it so? Yes.", "Is it so?"),
        ("A quote “ends here.” Next one.", "A quote “ends here.”"),
        ("No full stop at all", "No full stop at all"),
        ("Uses `a. B` inside code. Out.", "Uses `a. B` inside code."),
    ],
)
def test_first_sentence(text, sentence):
    assert report.first_sentence(text) == sentence


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("**bold** and __strong__", "bold and strong"),
        ("a [link](http://x) here", "a link here"),
        ("a <b>tag</b> and a < b > c", "a tag and a < b > c"),
        ("keep `code_span` and snake_case", "keep `code_span` and snake_case"),
    ],
)
def test_plain_text(markdown, plain):
    assert report.plain_text(markdown) == plain


def _save(tmp_path, stem, *, title=None, metadata_title=None, fig_text="Source: test (1 document)"):
    plots.apply_style()
    fig, ax = plt.subplots(figsize=(4, 2))
    ax.plot([0, 1], [0, 1])
    ax.text(0.5, 0.5, "an annotation, not the title")
    if title is not None:
        ax.set_title(title)
    if fig_text:
        plots.caption(fig, fig_text)
    tmp_path.mkdir(parents=True, exist_ok=True)
    paths = [tmp_path / f"{stem}.png", tmp_path / f"{stem}.svg"]
    fig.savefig(paths[0], format="png", metadata={"Software": None})
    svg_metadata = {
        "Date": None,
        "Creator": None,
        **({"Title": metadata_title} if metadata_title else {}),
    }
    fig.savefig(paths[1], format="svg", metadata=svg_metadata)
    plt.close(fig)
    return paths


def test_save_figure_stores_the_title_the_gallery_shows(tmp_path):
    plots.apply_style()
    fig, ax = plt.subplots(figsize=(4, 2))
    ax.set_title("Kiev appears 7 times <only> in TASS")
    plots.save_figure(fig, "01_x", folder=tmp_path)
    plt.close(fig)
    _figure_notebook(tmp_path, 'ax.set_title("other")\nsave_figure(fig, "01_x", folder=d)')
    (figure,) = report.list_figures(tmp_path, tmp_path, names=("01_test.ipynb",))
    assert figure.caption == "Kiev appears 7 times <only> in TASS"


@pytest.mark.parametrize(
    "title",
    [
        "“attack” is the most frequent content word",
        "a -- b --- c & <b>d</b>",
        "<script>alert(1)</script>",
        "Documents run from 544 to 931 tokens",
    ],
)
def test_svg_texts_reads_the_axes_title_as_drawn(tmp_path, title):
    _, svg = _save(tmp_path, "01_x", title=title)
    dc_title, axes_titles, figure_texts = report.svg_texts(svg)
    assert (dc_title, axes_titles, figure_texts) == ("", [title], ["Source: test (1 document)"])


def test_svg_texts_of_a_broken_file(tmp_path):
    path = tmp_path / "01_bad.svg"
    path.write_text("<svg><g id='figure_1'>", encoding="utf-8")
    assert report.svg_texts(path) == ("", [], [])


def _figure_notebook(tmp_path, code: str) -> None:
    notebook = new_notebook(
        cells=[
            new_markdown_cell("# 01 · Test\n\nA test notebook."),
            new_markdown_cell("## Where the numbers come from\n\nProse."),
            new_code_cell("x = 1"),
            new_code_cell(code),
        ]
    )
    nbformat.write(notebook, tmp_path / "01_test.ipynb")


@pytest.mark.parametrize(
    ("code", "metadata_title", "caption"),
    [
        # the saving cell sets a title: the title as drawn (an f-string's value too)
        ('ax.set_title(f"{n} is high")\nsave_figure(fig, "01_x", folder=d)', None, "7 is high"),
        # no set_title in the saving cell: the section heading, never the annotation text
        ('save_figure(fig, "01_x", folder=d)', None, "Where the numbers come from"),
        # an explicit SVG metadata title wins
        ('ax.set_title("x")\nsave_figure(fig, "01_x", folder=d)', "Stated title", "Stated title"),
        # no cell names the figure: its stem in words
        ("save_figure(fig, name, folder=d)", None, "x"),
    ],
)
def test_figure_caption(tmp_path, code, metadata_title, caption):
    _save(tmp_path, "01_x", title="7 is high", metadata_title=metadata_title)
    _figure_notebook(tmp_path, code)
    (figure,) = report.list_figures(tmp_path, tmp_path, names=("01_test.ipynb",))
    assert figure.caption == caption
    assert figure.source == "Source: test (1 document)"
    assert figure.notebook == "01_test.ipynb"


def test_list_figures_orders_and_matches_notebooks(tmp_path):
    figures, notebooks = tmp_path / "figures", tmp_path / "notebooks"
    notebooks.mkdir()
    for stem in ("02_b", "01_z", "01_a", "09_orphan"):
        _save(figures, stem, title=stem)
    (figures / "02_only.svg").write_text((figures / "02_b.svg").read_text())
    (figures / "README.md").write_text("not a figure")
    (figures / "notes.png").write_bytes((figures / "01_a.png").read_bytes())
    nbformat.write(
        new_notebook(cells=[new_code_cell('save("01_z")\nsave("01_a")')]),
        notebooks / "01_one.ipynb",
    )
    found = report.list_figures(figures, notebooks, names=("01_one.ipynb", "02_two.ipynb"))
    assert [(f.stem, f.notebook, f.cell_index) for f in found] == [
        ("01_z", "01_one.ipynb", 0),
        ("01_a", "01_one.ipynb", 0),
        ("02_b", "02_two.ipynb", None),
        ("02_only", "02_two.ipynb", None),
        ("09_orphan", None, None),
    ]
    only = found[3]
    assert only.png is None and only.svg == figures / "02_only.svg"


def _site_files(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_build_report_from_a_sample_project(tmp_path):
    notebooks_dir, figures_dir, names = make_sample_project(tmp_path / "sample")
    out = tmp_path / "site"
    index = report.build_report(
        notebooks_dir=notebooks_dir, figures_dir=figures_dir, out_dir=out, names=names
    )
    assert index == out / "index.html"
    assert sorted(_site_files(out)) == [
        ".corpus-utils-report",
        "figures/01_sample_lines.png",
        "figures/01_sample_lines.svg",
        "index.html",
        "notebooks/01_sample.html",
        "notebooks/01_sample.ipynb",
        "notebooks/02_second.html",
        "notebooks/02_second.ipynb",
    ]
    page = index.read_text(encoding="utf-8")
    # the notebooks in order, with title and summary as text
    assert page.index("01 · Sample lines") < page.index("02 · Second notebook")
    assert "01 · Sample lines: a &lt; b &amp; c &gt; d" in page
    assert "This notebook shows every line of one sample article." in page
    assert "It has no figure." in page
    # the figure, its caption (data!) escaped, its source line and its notebook
    caption = f"{MARKUP_PAYLOADS[0]} -- {MARKUP_PAYLOADS[1]}"
    assert f'<span class="caption">{html.escape(caption)}</span>' in page
    assert "Source: sample corpus (1 document)" in page
    assert 'href="figures/01_sample_lines.svg"' in page
    assert 'src="figures/01_sample_lines.png"' in page
    assert 'from <a href="notebooks/01_sample.html">' in page
    assert "section “How long the lines are”" in page
    scan = MarkupScan.of(page)
    assert (scan.scripts, scan.handlers, scan.js_links) == ([], [], [])
    assert caption in scan.all_text
    for name in ("index.html", "notebooks/01_sample.html", "notebooks/02_second.html"):
        assert report.external_loads((out / name).read_text(encoding="utf-8")) == []
    # copied byte for byte
    assert (out / "figures/01_sample_lines.png").read_bytes() == (
        figures_dir / "01_sample_lines.png"
    ).read_bytes()


def test_build_report_is_deterministic_and_replaces_stale_pages(tmp_path):
    notebooks_dir, figures_dir, names = make_sample_project(tmp_path / "sample")
    out = tmp_path / "site"
    report.build_report(
        notebooks_dir=notebooks_dir, figures_dir=figures_dir, out_dir=out, names=names
    )
    first = _site_files(out)
    (out / "notebooks" / "stale.html").write_text("old page")
    report.build_report(
        notebooks_dir=notebooks_dir, figures_dir=figures_dir, out_dir=out, names=names
    )
    assert _site_files(out) == first
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_build_report_refuses_a_folder_it_did_not_write(tmp_path):
    notebooks_dir, figures_dir, names = make_sample_project(tmp_path / "sample")
    keep = tmp_path / "precious"
    keep.mkdir()
    (keep / "thesis.tex").write_text("years of work")
    with pytest.raises(report.ReportError, match="not a report"):
        report.build_report(
            notebooks_dir=notebooks_dir, figures_dir=figures_dir, out_dir=keep, names=names
        )
    assert (keep / "thesis.tex").read_text() == "years of work"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["precious", "sample"]


def test_build_report_lists_missing_and_unexecuted_notebooks(tmp_path):
    notebooks_dir = tmp_path / "notebooks"
    notebooks_dir.mkdir()
    nbformat.write(
        new_notebook(cells=[new_markdown_cell("# 01 · Not run yet"), new_code_cell("x = 1")]),
        notebooks_dir / "01_a.ipynb",
    )
    index = report.build_report(
        notebooks_dir=notebooks_dir,
        figures_dir=tmp_path / "no-figures",
        out_dir=tmp_path / "site",
        names=("01_a.ipynb", "02_b.ipynb"),
    )
    page = index.read_text(encoding="utf-8")
    assert "not executed: no outputs" in page
    assert '<span class="title">02_b</span>' in page and "not written yet" in page
    assert "No figures yet" in page
    assert not (index.parent / "notebooks" / "02_b.html").exists()


@pytest.mark.parametrize(
    ("data", "loads"),
    [
        ({"application/javascript": "alert(1)", "text/plain": "<js>"}, False),
        ({"text/html": '<img src="https://example.org/x.png">'}, True),
        ({"text/html": '<link rel="stylesheet" href="//cdn.example/x.css">'}, True),
        ({"text/html": "<div style=\"background: url('http://x/y.png')\">x</div>"}, True),
        ({"text/html": '<a href="https://example.org">a link to follow is fine</a>'}, False),
    ],
)
def test_render_notebook_never_loads_from_the_network(tmp_path, data, loads):
    notebook = new_notebook(
        cells=[new_code_cell("x", execution_count=1, outputs=[new_output("display_data", data)])]
    )
    path = tmp_path / "01_n.ipynb"
    nbformat.write(notebook, path)
    if loads:
        with pytest.raises(report.ReportError, match="from the network"):
            report.render_notebook(path)
    else:
        page = report.render_notebook(path)
        assert "alert(1)" not in page
        assert "require.min.js" not in page and "mathjax" not in page.lower()
        assert report.external_loads(page) == []


@pytest.mark.parametrize(
    ("page", "urls"),
    [
        ('<script src="https://cdn/x.js"></script>', ["https://cdn/x.js"]),
        ('<img src="data:image/png;base64,AAAA">', []),
        ('<img srcset="a.png 1x, http://x/b.png 2x">', ["http://x/b.png"]),
        ("<style>@import 'https://fonts/x.css';</style>", ["https://fonts/x.css"]),
        ('<a href="http://x">x</a><img src="figures/a.png">', []),
    ],
)
def test_external_loads(page, urls):
    assert report.external_loads(page) == urls


def test_figures_readme_lists_figures_and_escapes_markdown(tmp_path):
    notebooks_dir, figures_dir, names = make_sample_project(tmp_path / "sample")
    path = report.write_figures_readme(figures_dir, notebooks_dir, names=names)
    text = path.read_text(encoding="utf-8")
    assert path == figures_dir / "README.md"
    row = next(line for line in text.splitlines() if line.startswith("| `01_sample_lines`"))
    assert "\\<script\\>alert(1)\\</script\\>" in row
    assert "[01 · Sample lines: a \\< b \\& c \\> d](<../notebooks/01_sample.ipynb>)" in row
    assert "[SVG](<01_sample_lines.svg>) · [PNG](<01_sample_lines.png>)" in row
    assert "<script>" not in text
    before = path.read_bytes()
    report.write_figures_readme(figures_dir, notebooks_dir, names=names)
    assert path.read_bytes() == before
    # the README itself is not a figure
    assert [f.stem for f in report.list_figures(figures_dir, notebooks_dir, names=names)] == [
        "01_sample_lines"
    ]


def test_command_line(tmp_path, capsys):
    notebooks_dir, figures_dir, _ = make_sample_project(tmp_path / "sample")
    out = tmp_path / "site"
    argv = ["--notebooks", str(notebooks_dir), "--figures", str(figures_dir), "--out", str(out)]
    assert report.main([*argv, "--title", "My <report>"]) == 0
    assert "<h1>My &lt;report&gt;</h1>" in (out / "index.html").read_text(encoding="utf-8")
    assert "open it in a browser" in capsys.readouterr().err
    assert not (figures_dir / "README.md").exists()
    assert report.main([*argv, "--figures-readme"]) == 0
    assert (figures_dir / "README.md").exists()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "keep.txt").write_text("x")
    assert report.main([*argv[:4], "--out", str(tmp_path / "other")]) == 2
    assert "not a report" in capsys.readouterr().err


def test_report_of_the_committed_notebooks(tmp_path):
    index = report.build_report(out_dir=tmp_path / "site")
    page = index.read_text(encoding="utf-8")
    scan = MarkupScan.of(page)
    assert (scan.scripts, scan.handlers, scan.js_links) == ([], [], [])
    for name in NOTEBOOKS:
        entry = report.read_notebook_entry(NOTEBOOKS_DIR / name)
        if entry.exists:
            assert entry.title and entry.summary, f"{name} needs a # title and a first sentence"
            assert entry.title.startswith(name[:2]), f"{name}: title should start with its number"
            assert f'href="notebooks/{entry.html_name}"' in page
            rendered = (index.parent / "notebooks" / entry.html_name).read_text(encoding="utf-8")
            assert report.external_loads(rendered) == []
    for figure in report.list_figures(FIGURES_DIR, NOTEBOOKS_DIR):
        assert f'id="fig-{figure.stem}"' in page
        assert figure.notebook is not None, f"{figure.stem} matches no notebook"


# -- safe rendering: a corpus document that looks like markup, through a real kernel ----------

_SAFETY_CODE = """\
import matplotlib.pyplot as plt
import pandas as pd

from corpus_utils.publish import plots
from corpus_utils.corpus.load import load_corpus

plots.setup_notebook()
pd.set_option("display.max_colwidth", None)
documents = load_corpus(CORPUS)
lines = pd.DataFrame({"line": [l for l in documents.loc[0, "text"].splitlines() if l.strip()]})
"""


def _run_safety_notebook(tmp_path):
    from nbclient import NotebookClient

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "markup.txt").write_text(MARKUP_ARTICLE, encoding="utf-8")
    (corpus / "metadata.csv").write_text(
        "doc_id,outlet,date,title\n"
        f'markup,The <b>Outlet</b>,2024-03-01,"{MARKUP_PAYLOADS[1]} in a headline"\n',
        encoding="utf-8",
    )
    notebooks_dir, figures_dir = tmp_path / "notebooks", tmp_path / "figures"
    notebooks_dir.mkdir()
    notebook = new_notebook(
        cells=[
            new_markdown_cell("# 01 · Markup in articles\n\nArticle text is shown as text."),
            new_code_cell(f"CORPUS = {str(corpus)!r}\nFIGURES = {str(figures_dir)!r}"),
            new_code_cell(_SAFETY_CODE),
            new_code_cell('documents[["doc_id", "outlet", "title"]]'),
            new_code_cell("lines"),
            new_code_cell('print(documents.loc[0, "text"])'),
            new_markdown_cell("## Line lengths"),
            new_code_cell(
                "fig, ax = plt.subplots()\n"
                'ax.barh(lines["line"].str[:30], lines["line"].str.len())\n'
                'ax.set_title(lines["line"].iloc[1])\n'
                'plots.save_figure(fig, "01_markup_lines", folder=FIGURES)\n'
                "plt.show()"
            ),
        ]
    )
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    NotebookClient(notebook, kernel_name="python3", timeout=120).execute(cwd=str(notebooks_dir))
    nbformat.write(notebook, notebooks_dir / "01_markup.ipynb")
    return notebook, notebooks_dir, figures_dir


def test_markup_in_a_corpus_document_renders_as_text(tmp_path):
    notebook, notebooks_dir, figures_dir = _run_safety_notebook(tmp_path)
    # pandas escapes table cells by default: the stored output has no live markup
    table = notebook.cells[4].outputs[0]["data"]["text/html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in table
    assert "&lt;img src=x onerror=alert(1)&gt;" in table
    scan = MarkupScan.of(table)
    assert (scan.scripts, scan.handlers, scan.img_sources) == ([], [], [])

    index = report.build_report(
        notebooks_dir=notebooks_dir,
        figures_dir=figures_dir,
        out_dir=tmp_path / "site",
        names=("01_markup.ipynb",),
    )
    page = (index.parent / "notebooks" / "01_markup.html").read_text(encoding="utf-8")
    scan = MarkupScan.of(page)
    assert scan.scripts == [], "a <script> element reached the notebook page"
    assert scan.handlers == [] and scan.js_links == []
    assert all(src.startswith("data:image/png;base64,") for src in scan.img_sources)
    shown = scan.all_text
    for payload in MARKUP_PAYLOADS:
        # as a table cell, in the printed text, and in the title column
        assert shown.count(payload) >= 2, payload
    assert f"{MARKUP_PAYLOADS[1]} in a headline" in shown
    assert "The <b>Outlet</b>" in shown

    index_page = index.read_text(encoding="utf-8")
    scan = MarkupScan.of(index_page)
    assert (scan.scripts, scan.handlers, scan.js_links) == ([], [], [])
    caption = re.search(r'<span class="caption">(.*?)</span>', index_page).group(1)
    assert html.unescape(caption) == f"{MARKUP_PAYLOADS[0]} was pasted into the page."


@pytest.mark.parametrize(
    ("page", "live"),
    [
        ("<p>Kyiv <script>alert(1)</script></p>", True),
        ('<p><img src="x" onerror="alert(1)"></p>', True),
        ('<p><a href="javascript:alert(1)">click</a></p>', True),
        ("<p>Kyiv &lt;script&gt;alert(1)&lt;/script&gt;</p>", False),
        ("<pre>[click](javascript:alert(1))</pre>", False),
    ],
)
def test_markup_scan_tells_live_markup_from_text(page, live):
    """The check the safe-rendering tests rely on catches live markup (it can fail)."""
    scan = MarkupScan.of(page)
    assert bool(scan.scripts or scan.handlers or scan.js_links) is live
