# The two commands: `make all` renders every notebook and figure, `make test` passes the tests.
# Both set up .venv from the pinned lock file on a fresh machine.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?=
CORPUS_ARGS ?=
# CORPUS and CORPUS_ARGS reach the command through the environment, unexpanded ($(value ...))
# and never through a shell: backticks, $(...) or ; in them are text, never run.
# CORPUS_ARGS takes the corpus options of `python -m corpus_utils run` (--text-column NAME ...).
export CORPUS_UTILS_CORPUS := $(value CORPUS)
export CORPUS_UTILS_ARGS := $(value CORPUS_ARGS)
unexport CORPUS CORPUS_ARGS  # else make expands them to export them
BENCH_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help all install notebooks report browser test lint unit nbval lab kernel bench lock check clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

all: install notebooks report ## Set up, run every notebook, write figures/ and report/ (CORPUS=path CORPUS_ARGS="--text-column ..." for another corpus)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python -c "import matplotlib.pyplot"  # build the font cache once, not in a notebook
	touch $(STAMP)

install: $(STAMP) ## Create .venv with the pinned versions (requirements.lock)

notebooks: install ## Execute the notebooks in order with papermill
	$(BIN)/python -m corpus_utils run --from-make

report: install ## Build the static report in report/ (open report/index.html) and figures/README.md
	$(BIN)/python -m corpus_utils.publish.report --figures-readme --from-make

browser: ## Install Debian's Chromium for the browser tests (as root; otherwise they skip and say why)
	bash scripts/install-browser

test: install browser lint unit nbval ## Lint, unit and browser tests, and nbval over every notebook

lint: install ## ruff check and format check (fails on findings)
	$(BIN)/ruff check corpus_utils tests conftest.py
	$(BIN)/ruff format --check corpus_utils tests conftest.py

unit: install ## Unit tests
	$(BIN)/python -m pytest tests

nbval: install ## Re-execute the committed notebooks and compare every output
	$(BIN)/python -m pytest --nbval --nbval-current-env notebooks

lab: install ## Start JupyterLab on the project's kernel
	$(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root,)

kernel: install ## Register this environment as a Jupyter kernel for a central JupyterLab
	$(BIN)/python -m ipykernel install --user --name corpus-utils --display-name "Python (corpus-utils)"

bench: install ## Benchmark the annotation stage (BENCH_ARGS=--full for the whole corpus)
	$(BIN)/python -m corpus_utils.evaluate.bench $(BENCH_ARGS)

check: install ## Report the environment and check it against the lock file
	$(BIN)/python -m corpus_utils check

lock: ## Re-resolve requirements.lock from pyproject.toml and requirements.in
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml requirements.in --extra dev --generate-hashes --no-strip-extras --python-version 3.11 --python-platform x86_64-manylinux_2_28 --no-header --output-file requirements.lock

clean: ## Remove generated output and the cache (never seeds/, notebooks/ or figures/)
	rm -rf output cache tables report test-artifacts .pytest_cache
