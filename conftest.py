"""nbval settings for the notebooks: compare PNG outputs too, so a changed chart fails."""

from __future__ import annotations


def pytest_collectstart(collector):
    """Remove ``image/png`` from nbval's skip list (it skips PNG outputs by default)."""
    skip = getattr(collector, "skip_compare", None)
    if skip is not None:
        collector.skip_compare = tuple(key for key in skip if key != "image/png")
