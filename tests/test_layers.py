"""The package's imports point down the flow, and no modules import each other in a circle.

The flow, lowest first: ``config`` < ``corpus/`` < ``extract/`` < ``annotate/`` < ``analysis/``
< ``publish/`` < ``evaluate/`` < ``__main__``. A module may import its own layer or a lower one;
every import counts, also one inside a function or under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import corpus_utils

PACKAGE_DIR = Path(corpus_utils.__file__).resolve().parent
LAYERS = ("config", "corpus", "extract", "annotate", "analysis", "publish", "evaluate", "__main__")
#: Modules that stand on the ground floor beside ``config``.
GROUND = ("config", "vocabulary", "data")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE_DIR.rglob("*.py"))}


def layer(module: str) -> int:
    """A module's place in the flow (the package's own ``__init__`` is the ground, 0)."""
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in GROUND:
        return 0
    return LAYERS.index(parts[1])


def imports(module: str) -> set[str]:
    """The package modules that ``module`` imports, wherever in the file the import stands."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    [*package.split(".")[: len(package.split(".")) - node.level + 1], base]
                )
                base = base.rstrip(".")
            # `from package import module` imports the module; `from module import name` the module
            names = [
                f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names
            ]
        else:
            continue
        found.update(name for name in names if name in MODULES and name != module)
    return found


GRAPH = {module: imports(module) for module in MODULES}


def test_every_layer_is_a_folder_or_module_of_the_package():
    tops = {name.split(".")[1] for name in MODULES if "." in name}
    known = set(LAYERS) | set(GROUND)
    assert tops <= known, f"modules outside the layers: {tops - known}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_point_down_the_flow(module):
    against = sorted(other for other in GRAPH[module] if layer(other) > layer(module))
    assert not against, (
        f"{module} imports {', '.join(against)} against the flow ({' < '.join(LAYERS)})"
    )


def find_circle(graph: dict[str, set[str]]) -> list[str] | None:
    """One circle of imports (a list of modules, the first repeated at the end), or None."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for other in sorted(graph.get(node, ())):
            if state.get(other) == 1:
                return [*path[path.index(other) :], other]
            if other not in state and (circle := visit(other)):
                return circle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (circle := visit(node)):
            return circle
    return None


def test_no_import_circle():
    circle = find_circle(GRAPH)
    assert circle is None, "import circle: " + " -> ".join(circle or [])


def test_the_checks_catch_what_they_guard():
    assert find_circle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_circle({"a": {"b"}, "b": set()}) is None
    assert layer("corpus_utils.publish.plots") > layer("corpus_utils.analysis.outlets")
    assert "corpus_utils.extract.actors" in GRAPH["corpus_utils.extract.quotes"]
