"""Tables the notebooks analyse, computed from the annotation; editing them keeps the cache valid."""
