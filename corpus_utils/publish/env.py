"""The environment reports and checks itself against the lock file."""

from __future__ import annotations

import platform
import re
from importlib import metadata

from corpus_utils.config import PROJECT_ROOT

LOCK_FILE = PROJECT_ROOT / "requirements.lock"


def locked_versions(path=LOCK_FILE) -> dict[str, str]:
    """Read ``name==version`` pins from the lock file."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;\\]+)", line)
        if match:
            pins[_normalise(match.group(1).split("[")[0])] = match.group(2)
    return pins


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def check_environment(*, verbose: bool = False) -> list[str]:
    """Compare installed packages with the lock file.

    Returns:
        One message per package that is missing or at another version.
    """
    problems = []
    pins = locked_versions()
    for name, version in sorted(pins.items()):
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            problems.append(f"{name}: not installed (locked {version})")
            continue
        if installed != version:
            problems.append(f"{name}: {installed} installed, {version} locked")
    if verbose:
        from corpus_utils.extract.nlp import resolve_model

        print(f"python {platform.python_version()} on {platform.machine()}")
        for name in ("spacy", "pandas", "matplotlib", "papermill", "nbval"):
            print(f"{name} {metadata.version(name)}")
        print(f"spaCy model: {resolve_model(None)}")
        print(f"{len(pins)} locked packages, {len(problems)} differ")
        for problem in problems:
            print(f"  {problem}")
    return problems
