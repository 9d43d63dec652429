"""Helpers shared by the report and browser tests: sample notebooks, Chromium, JupyterLab.

The browser is Debian's ``/usr/bin/chromium`` (``scripts/install-browser``) driven by
Playwright's Python package; Playwright's own browser download is never used.
"""

from __future__ import annotations

import base64
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

#: Where the browser tests expect Chromium (the Debian package's binary).
CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
#: Flags for a headless Chromium as root on a machine with no network.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--no-first-run",
    "--no-default-browser-check",
    "--metrics-recording-only",
    "--mute-audio",
)
#: Article text that looks like markup: it must always render as text.
MARKUP_PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
)
#: A small article carrying every payload on a line of its own.
MARKUP_ARTICLE = (
    "Kyiv, Ukraine. Officials said on Monday that talks would resume.\n\n"
    f"{MARKUP_PAYLOADS[0]} was pasted into the page.\n\n"
    f"{MARKUP_PAYLOADS[1]} appeared in a caption.\n\n"
    f"Readers were told to {MARKUP_PAYLOADS[2]} for more.\n\n"
    "The ministry said the figures would be published later.\n"
)


def find_chromium() -> str | None:
    """The path of Debian's Chromium, or None when it is not installed."""
    for path in (os.environ.get("CHROMIUM"), *CHROMIUM_PATHS, shutil.which("chromium")):
        if path and os.access(path, os.X_OK):
            return path
    return None


def _png_base64(path: Path) -> str:
    return base64.b64encode(path.read_bytes()).decode("ascii")


def make_sample_project(root: Path) -> tuple[Path, Path, tuple[str, ...]]:
    """Write two small executed-looking notebooks and one figure, like a real run.

    Notebook ``01_sample.ipynb`` shows a pandas table of :data:`MARKUP_ARTICLE`'s lines and
    saves ``01_sample_lines`` (its title is the first payload, as data-derived titles are);
    ``02_second.ipynb`` has a heading cell of its own and no figure. Outputs are made in this
    process with the real code (pandas' HTML, ``plots.save_figure``), not typed by hand.

    Returns:
        ``(notebooks_dir, figures_dir, names)``.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    from corpus_utils.publish import plots

    notebooks_dir, figures_dir = root / "notebooks", root / "figures"
    notebooks_dir.mkdir(parents=True)
    lines = pd.DataFrame({"line": [p for p in MARKUP_ARTICLE.split("\n") if p]})
    with pd.option_context("display.max_colwidth", None):
        table_html = lines._repr_html_()
    plots.apply_style()
    fig, ax = plt.subplots(figsize=(plots.PAGE_WIDTH, 2.5))
    ax.barh(["a", "b", "c"], [3, 1, 2])
    ax.set_xlabel("lines (count)")
    ax.set_title(f"{MARKUP_PAYLOADS[0]} -- {MARKUP_PAYLOADS[1]}")
    plots.caption(fig, "Source: sample corpus (1 document)")
    png, _ = plots.save_figure(fig, "01_sample_lines", folder=figures_dir)
    plt.close(fig)

    first = new_notebook(
        cells=[
            new_markdown_cell(
                "# 01 · Sample lines: a < b & c > d\n\n"
                "This notebook shows **every line** of one [sample](https://example.org) "
                "article. It is made by the tests."
            ),
            new_code_cell(
                "lines = pd.DataFrame({'line': text.splitlines()})\nlines",
                execution_count=1,
                outputs=[
                    new_output(
                        "execute_result",
                        data={"text/html": table_html, "text/plain": lines.to_string()},
                        execution_count=1,
                    )
                ],
            ),
            new_markdown_cell("## How long the lines are\n\nOne bar per line."),
            new_code_cell(
                "fig, ax = plt.subplots()\nax.set_title(lines['line'].iloc[1])\n"
                'plots.save_figure(fig, "01_sample_lines", folder=figures_dir)\nplt.show()',
                execution_count=2,
                outputs=[
                    new_output(
                        "display_data",
                        data={"image/png": _png_base64(png), "text/plain": "<Figure>"},
                    )
                ],
            ),
        ]
    )
    second = new_notebook(
        cells=[
            new_markdown_cell("# 02 · Second notebook"),
            new_markdown_cell("It has no figure. Its summary is in a cell of its own."),
            new_code_cell("1 + 1", execution_count=1, outputs=[]),
        ]
    )
    names = ("01_sample.ipynb", "02_second.ipynb")
    for name, notebook in zip(names, (first, second)):
        notebook.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
        nbformat.write(notebook, notebooks_dir / name)
    return notebooks_dir, figures_dir, names


class MarkupScan(HTMLParser):
    """What an HTML page would run or load: scripts, event handlers, ``javascript:`` links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.handlers: list[tuple[str, str, str]] = []
        self.js_links: list[str] = []
        self.img_sources: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        if tag == "img":
            self.img_sources.append(dict(attrs).get("src") or "")
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append((tag, name, value or ""))
            if name in ("href", "src", "action") and re.match(
                r"\s*javascript:", value or "", re.IGNORECASE
            ):
                self.js_links.append(value)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)

    @classmethod
    def of(cls, page: str) -> MarkupScan:
        """Scan a whole page."""
        scan = cls()
        scan.feed(page)
        scan.close()
        return scan

    @property
    def all_text(self) -> str:
        """The page's text as a reader sees it (entities decoded)."""
        return "".join(self.text)


class PageWatch:
    """Record a page's console errors, uncaught errors, dialogs and requests.

    Requests to an address not allowed are aborted (nothing leaves the machine) and
    recorded in ``blocked``.
    """

    def __init__(self, page, *, allowed=("file:", "data:")) -> None:
        self.page = page
        self.allowed = tuple(allowed)
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.blocked: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        page.on("dialog", self._dialog)
        page.route("**/*", self._route)

    def _console(self, message) -> None:
        if message.type == "error":
            self.console_errors.append(f"{message.text} ({message.location.get('url', '')})")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def _route(self, route) -> None:
        url = route.request.url
        self.requests.append(url)
        if url.startswith(self.allowed):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def images(self) -> list[dict]:
        """Every ``<img>`` on the page with its natural size."""
        return self.page.evaluate(
            """() => Array.from(document.images).map(img => ({
                src: img.currentSrc.slice(0, 120), width: img.naturalWidth,
                height: img.naturalHeight, complete: img.complete}))"""
        )


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


#: JupyterLab user settings for a quiet, predictable test profile: no news pop-up, no
#: update check, and every cell attached to the page (so all outputs can be inspected).
LAB_USER_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


@contextmanager
def running_jupyterlab(root_dir: Path, work_dir: Path, *, timeout: float = 60.0):
    """Start JupyterLab from this interpreter on 127.0.0.1, a free port and a random token.

    The profile is throw-away: ``JUPYTERLAB_SETTINGS_DIR`` (user settings, see
    :data:`LAB_USER_SETTINGS`), ``JUPYTERLAB_WORKSPACES_DIR``, ``JUPYTER_CONFIG_DIR`` and
    ``JUPYTER_RUNTIME_DIR`` all point under ``work_dir``, so nothing is written to the
    user's profile or the venv. The server is always stopped on exit: first through its
    shutdown API (which shuts its kernels down), then SIGTERM, then SIGKILL.

    Yields:
        ``(base_url, token)``.
    """
    settings = work_dir / "lab-user-settings"
    for name, values in LAB_USER_SETTINGS.items():
        path = settings / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")
    env = dict(os.environ)
    env.update(
        JUPYTERLAB_SETTINGS_DIR=str(settings),
        JUPYTERLAB_WORKSPACES_DIR=str(work_dir / "lab-workspaces"),
        JUPYTER_CONFIG_DIR=str(work_dir / "jupyter-config"),
        JUPYTER_RUNTIME_DIR=str(work_dir / "jupyter-runtime"),
        PYTHONUNBUFFERED="1",
    )
    env.pop("MPLBACKEND", None)
    port, token = free_port(), secrets.token_hex(16)
    base = f"http://127.0.0.1:{port}"
    log_path = work_dir / "jupyterlab.log"
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--allow-root",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root_dir}",
    ]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command,
            cwd=root_dir,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    try:
        _wait_until_up(process, base, token, log_path, timeout=timeout)
        yield base, token
    finally:
        _stop_jupyterlab(process, base, token)


def _wait_until_up(process, base: str, token: str, log_path: Path, *, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"JupyterLab exited with {process.returncode}:\n{log_path.read_text()[-3000:]}"
            )
        try:
            request = urllib.request.Request(
                f"{base}/api/status", headers={"Authorization": f"token {token}"}
            )
            with urllib.request.urlopen(request, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(f"JupyterLab did not answer in {timeout} s:\n{log_path.read_text()[-3000:]}")


def _stop_jupyterlab(process, base: str, token: str) -> None:
    if process.poll() is None:
        try:
            request = urllib.request.Request(
                f"{base}/api/shutdown",
                method="POST",
                headers={"Authorization": f"token {token}"},
            )
            urllib.request.urlopen(request, timeout=5).close()
        except OSError:
            pass
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
