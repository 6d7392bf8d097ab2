# People First site: every command works on a fresh clone with only python3, make and git.
# `make help` lists the targets.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
N      ?= 1000

# Material 9.8 prints an end-of-life banner on every build; it says nothing about this
# build and buries real warnings, so it is silenced (see README, "Exit path").
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help setup serve build test bench offline new-testimony install-hooks clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 18

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The stamp is rebuilt whenever a pin changes, so a `git pull` never leaves a stale venv.
$(VENV)/.installed: $(BIN)/python requirements.txt requirements-test.txt pyproject.toml
	@echo "Installing pinned requirements into $(VENV) ..."
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -r requirements-test.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

setup: $(VENV)/.installed  ## create .venv and install the pinned requirements

serve: setup  ## preview with live reload on http://127.0.0.1:8000
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: setup  ## strict build into site/
	$(BIN)/mkdocs build --strict --site-dir site

test: setup  ## the whole test suite (strict build, guard, browser tests)
	$(BIN)/python -m pytest

clean:  ## remove build output (keeps .venv)
	rm -rf site build .pytest_cache
