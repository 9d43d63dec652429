"""The cache fingerprint covers exactly the code and data that decide the cached rows.

Editing a table or chart helper (``analysis/``, ``publish/``) must leave the cache valid;
editing the annotating code (``corpus/``, ``extract/``, the data-file reader ``data/__init__.py``)
or a data file it reads must not.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from corpus_utils.annotate import cache
from corpus_utils.annotate.shards import Settings

PACKAGE = cache.PACKAGE_DIR


def _python_files(*folders: str) -> list[str]:
    return sorted(str(p.relative_to(PACKAGE)) for f in folders for p in (PACKAGE / f).rglob("*.py"))


@pytest.fixture
def package_copy(tmp_path) -> Path:
    copy = tmp_path / "corpus_utils"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _fingerprint(copy: Path) -> dict[str, str]:
    return cache.fingerprint(None, package_dir=copy, data_dir=copy / "data")


def _edit_a_function(path: Path) -> None:
    """Add a statement to the body of the file's first function (or append one)."""
    text = path.read_text(encoding="utf-8")
    header = re.search(r"^def \w+\(.*?\).*?:\n", text, flags=re.M | re.S)
    if header:
        text = text[: header.end()] + "    _edited = True  # noqa\n" + text[header.end() :]
    else:
        text += "\n\ndef _edited():\n    return True\n"
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    "module", [*_python_files("analysis", "publish", "evaluate", "annotate"), "vocabulary.py"]
)
def test_editing_code_above_extract_keeps_the_cache(package_copy, module):
    before = _fingerprint(package_copy)
    _edit_a_function(package_copy / module)
    assert _fingerprint(package_copy) == before


@pytest.mark.parametrize("module", [*_python_files("corpus", "extract"), "data/__init__.py"])
def test_editing_the_annotating_code_invalidates_the_cache(package_copy, module):
    before = _fingerprint(package_copy)
    _edit_a_function(package_copy / module)
    after = _fingerprint(package_copy)
    assert after["code"] != before["code"]
    assert {k: v for k, v in after.items() if k != "code"} == {
        k: v for k, v in before.items() if k != "code"
    }


@pytest.mark.parametrize("name", cache.ANNOTATING_DATA)
def test_editing_a_data_file_the_annotation_reads_invalidates_the_cache(package_copy, name):
    before = _fingerprint(package_copy)
    with open(package_copy / "data" / name, "a", encoding="utf-8") as handle:
        handle.write("\n")
    assert _fingerprint(package_copy)["data"] != before["data"]


@pytest.mark.parametrize("name", ["naming.csv", "newsquant_units.csv"])
def test_editing_a_data_file_read_later_in_the_flow_keeps_the_cache(package_copy, name):
    before = _fingerprint(package_copy)
    with open(package_copy / "data" / name, "a", encoding="utf-8") as handle:
        handle.write("\n")
    assert _fingerprint(package_copy) == before


def test_the_fingerprint_lists_exactly_the_data_files_the_annotating_code_names():
    named = set()
    for module in _python_files("corpus", "extract"):
        named |= set(re.findall(r"[\"']([\w.-]+\.csv)[\"']", (PACKAGE / module).read_text()))
    named &= {p.name for p in (PACKAGE / "data").iterdir()}
    assert named == set(cache.ANNOTATING_DATA)


def test_settings_use_the_package_fingerprint():
    assert Settings().fingerprint() == cache.fingerprint(None)


def test_the_data_readme_lists_every_data_file_and_whether_it_changes_the_cache():
    readme = (cache.DATA_DIR / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([^`]+\.csv)` \|.*\| (yes|no) \|$", readme, flags=re.M))
    on_disk = {p.name for p in cache.DATA_DIR.glob("*.csv")}
    assert set(rows) == on_disk, "corpus_utils/data/README.md must have one row per data file"
    said_yes = {name for name, changes in rows.items() if changes == "yes"}
    assert said_yes == set(cache.ANNOTATING_DATA)


def test_the_data_file_reader_is_hashed_with_the_annotating_code():
    """``corpus/`` and ``extract/`` read their data files through ``data/__init__.py``."""
    hashed = {str(p.relative_to(PACKAGE)) for p in cache.annotating_code()}
    assert "data/__init__.py" in hashed
    assert hashed == {*_python_files("corpus", "extract"), "data/__init__.py"}
