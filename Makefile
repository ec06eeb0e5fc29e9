# tomtat: `make run` sets up .venv and summarizes the bundled example; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := examples/cluster

.PHONY: run test train bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/tomtat summarize $(EXAMPLE) --words 120

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

train: $(VENV)/.installed-test
	$(BIN)/python scripts/train.py
	$(BIN)/python scripts/train_cluster.py
	$(BIN)/python scripts/train_entities.py

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/quality.py
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
