"""nbval settings for the notebooks: compare PNG outputs too, so a changed chart fails; a
notebook that also measures on data beside the checkout is skipped, saying why, where that
data is missing (its stored outputs were rendered with it)."""

from __future__ import annotations

import pytest


def pytest_collectstart(collector):
    """Remove ``image/png`` from nbval's skip list (it skips PNG outputs by default)."""
    skip = getattr(collector, "skip_compare", None)
    if skip is not None:
        collector.skip_compare = tuple(key for key in skip if key != "image/png")


def pytest_collection_modifyitems(config, items):
    """Skip the cells of a published notebook whose data beside the checkout is missing here
    (:data:`corpus_utils.config.SHARED_INPUTS`): re-executed without it, its outputs differ
    from the published ones by design; beside ``../shared`` every cell is compared."""
    import os

    from corpus_utils.config import PROJECT_ROOT
    from corpus_utils.publish.run import missing_shared_inputs

    for item in items:
        path = getattr(item, "path", None)
        if path is None or path.suffix != ".ipynb":
            continue
        missing = missing_shared_inputs(path.name)
        if missing:
            shown = ", ".join(os.path.relpath(p, PROJECT_ROOT) for p in missing)
            reason = f"{path.name} measures on {shown}, which is not here"
            item.add_marker(pytest.mark.skip(reason=reason))
