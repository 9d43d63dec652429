"""The report and JupyterLab as a reader uses them: in a real (headless) Chromium.

Chromium is Debian's package (``scripts/install-browser`` installs it), driven by Playwright's
Python package through ``executable_path``. The tests skip, saying why, only when no Chromium
binary can be found. Screenshots go to ``test-artifacts/`` (gitignored).
"""

from __future__ import annotations

import hashlib
import re
import shutil

import pytest
from browser_helpers import (
    CHROMIUM_ARGS,
    MARKUP_PAYLOADS,
    PageWatch,
    find_chromium,
    make_sample_project,
    running_jupyterlab,
)

from corpus_utils.config import FIGURES_DIR, NOTEBOOKS, NOTEBOOKS_DIR, PROJECT_ROOT
from corpus_utils.publish.report import build_report, list_figures

pytestmark = pytest.mark.browser

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
LAB_NOTEBOOK = "01_corpus_overview.ipynb"
#: Seconds JupyterLab may take to run every cell of the notebook.
RUN_ALL_TIMEOUT = 60


@pytest.fixture(scope="module")
def browser():
    """A headless Debian Chromium, shared by the module's tests."""
    executable = find_chromium()
    if executable is None:
        pytest.skip(
            "Chromium is not installed (/usr/bin/chromium missing): run scripts/install-browser "
            "as root to install the Debian packages chromium and chromium-driver"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable, headless=True, args=list(CHROMIUM_ARGS)
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page in its own context (no shared cache or storage between tests)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        yield context.new_page()
    finally:
        context.close()


#: Error and stderr outputs in JupyterLab (tracebacks render with this MIME type).
STDERR_OUTPUTS = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
#: The kernel has started and is idle: the status bar reads "Python 3 (ipykernel) | Idle".
KERNEL_IDLE_JS = """() => [...document.querySelectorAll('.jp-StatusBar-TextItem')]
    .some(e => /^(?!No Kernel).+ \\| Idle$/.test(e.textContent.trim()))"""
#: The kernel is idle again and every code cell has an execution count, or a cell failed
#: (Run All stops at the first error, leaving the later prompts empty).
ALL_CELLS_RUN_JS = """() => {
    const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
    const idle = [...document.querySelectorAll('.jp-StatusBar-TextItem')]
        .some(e => /^(?!No Kernel).+ \\| Idle$/.test(e.textContent.trim()));
    const failed = [...document.querySelectorAll(STDERR)]
        .some(e => /Traceback|^\\w*(Error|Exception)\\b/m.test(e.textContent));
    const done = prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
    return idle && (done || failed);
}""".replace("STDERR", repr(STDERR_OUTPUTS))


def _menu(page, menu: str, item: str) -> None:
    """Click a top menu, then one of its items (matched exactly: items share words)."""
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(f"^{menu}$")).click()
    page.get_by_role("menuitem", name=item, exact=True).click()


def _report_sources(tmp_path):
    """The committed notebooks and figures, or a sample project while there are no figures."""
    existing = [name for name in NOTEBOOKS if (NOTEBOOKS_DIR / name).exists()]
    if existing and list_figures(FIGURES_DIR, NOTEBOOKS_DIR):
        return NOTEBOOKS_DIR, FIGURES_DIR, tuple(NOTEBOOKS)
    return make_sample_project(tmp_path / "sample")


def _assert_page_clean(watch: PageWatch, label: str) -> None:
    assert watch.blocked == [], f"{label} tried to reach the network: {watch.blocked}"
    assert all(u.startswith(("file:", "data:")) for u in watch.requests), watch.requests
    assert watch.console_errors == [], f"{label} logged console errors: {watch.console_errors}"
    assert watch.page_errors == [], f"{label} raised: {watch.page_errors}"
    assert watch.dialogs == [], f"{label} opened a dialog (a script ran): {watch.dialogs}"
    broken = [image for image in watch.images() if image["width"] <= 0]
    assert broken == [], f"{label} has images that did not load: {broken}"


def test_report_pages_load_offline(tmp_path, page):
    notebooks_dir, figures_dir, names = _report_sources(tmp_path)
    index = build_report(
        notebooks_dir=notebooks_dir,
        figures_dir=figures_dir,
        out_dir=tmp_path / "report",
        names=names,
    )
    watch = PageWatch(page)
    page.goto(index.as_uri())
    _assert_page_clean(watch, "index.html")
    n_figures = len(list_figures(figures_dir, notebooks_dir, names=names))
    assert len(watch.images()) == n_figures > 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "report-index.png", full_page=True)

    links = page.eval_on_selector_all(
        "ol.notebooks a.title", "links => links.map(a => a.getAttribute('href'))"
    )
    expected = [f"notebooks/{name.removesuffix('.ipynb')}.html" for name in names]
    assert links == [e for e in expected if (index.parent / e).exists()]
    assert links, "the index links no notebook page"
    for link in links:
        watch = PageWatch(page)
        page.goto((index.parent / link).as_uri())
        _assert_page_clean(watch, link)
        assert page.locator("h1").first.inner_text().strip()


def test_sample_report_shows_markup_as_text(tmp_path, page):
    notebooks_dir, figures_dir, names = make_sample_project(tmp_path / "sample")
    index = build_report(
        notebooks_dir=notebooks_dir,
        figures_dir=figures_dir,
        out_dir=tmp_path / "report",
        names=names,
    )
    for target in (index, index.parent / "notebooks" / "01_sample.html"):
        watch = PageWatch(page)
        page.goto(target.as_uri())
        _assert_page_clean(watch, target.name)
        text = page.locator("body").inner_text()
        shown = [payload for payload in MARKUP_PAYLOADS if payload in text]
        expected = MARKUP_PAYLOADS if target.name != "index.html" else MARKUP_PAYLOADS[:2]
        assert shown == list(expected), f"{target.name} does not show the payloads as text"
        assert page.locator("script").count() == 0
        assert page.locator("img[onerror], [onclick], a[href^='javascript:']").count() == 0


def test_jupyterlab_runs_notebook(tmp_path, page, monkeypatch):
    source = NOTEBOOKS_DIR / LAB_NOTEBOOK
    if not source.exists():
        pytest.fail(f"{source} is missing: the browser test opens it in JupyterLab")
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    root = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS_DIR, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    work = tmp_path / "lab"
    work.mkdir()
    monkeypatch.setenv("CORPUS_UTILS_CACHE", str(work / "cache"))  # the kernel's annotation cache
    with running_jupyterlab(root, work) as (base, token):
        watch = PageWatch(page, allowed=(base + "/", "data:", "blob:"))
        page.goto(f"{base}/lab/tree/{LAB_NOTEBOOK}?token={token}")
        page.wait_for_function(KERNEL_IDLE_JS, timeout=60_000)
        _menu(page, "Edit", "Clear Outputs of All Cells")
        page.wait_for_function(
            "() => document.querySelectorAll('.jp-OutputArea-output').length === 0"
        )
        _menu(page, "Run", "Run All Cells")
        page.wait_for_function(ALL_CELLS_RUN_JS, timeout=RUN_ALL_TIMEOUT * 1000)
        errors = page.eval_on_selector_all(STDERR_OUTPUTS, "nodes => nodes.map(n => n.innerText)")
        tracebacks = [
            e for e in errors if "Traceback" in e or re.search(r"^\w*(Error|Exception)\b", e, re.M)
        ]
        assert tracebacks == [], f"the notebook raised in JupyterLab: {tracebacks[0][-2000:]}"
        prompts = page.locator(".jp-CodeCell .jp-InputArea-prompt").all_inner_texts()
        assert len(prompts) >= 3
        assert all(re.fullmatch(r"\[\d+\]:", p.strip()) for p in prompts), prompts
        images = page.eval_on_selector_all(
            ".jp-OutputArea-output img", "imgs => imgs.map(i => i.naturalWidth)"
        )
        assert images and all(width > 0 for width in images), images
        assert watch.blocked == [], f"JupyterLab tried to reach the network: {watch.blocked}"
        assert watch.dialogs == []
        page.locator(".jp-OutputArea-output img").first.scroll_into_view_if_needed()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / "jupyterlab-01_corpus_overview.png")
    after = hashlib.sha256(source.read_bytes()).hexdigest()
    assert after == before, "running the copy in JupyterLab changed the committed notebook"
