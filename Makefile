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
.PHONY: help setup serve build test bench lighthouse offline new-testimony install-hooks clean translations takedown deploy-local

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 18

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The stamp is rebuilt whenever a pin changes, so a `git pull` never leaves a stale venv.
$(VENV)/.installed: $(BIN)/python requirements.txt requirements-test.txt constraints.txt pyproject.toml
	@echo "Installing pinned requirements into $(VENV) ..."
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -r requirements-test.txt -c constraints.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

setup: $(VENV)/.installed  ## create .venv and install the pinned requirements

serve: setup  ## preview with live reload on http://127.0.0.1:8000
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: setup  ## strict build into site/
	$(BIN)/mkdocs build --strict --site-dir site

test: setup  ## the whole test suite (strict build, guard, browser tests)
	$(BIN)/python -m pytest

bench: setup  ## N synthetic testimonies per language (N=1000): build times, bytes, search cost (JSON, last line)
	$(BIN)/python -m peoplefirst.bench --per-language $(N)

# Lighthouse needs Node 20 and Debian's chromium; the npm lockfile pins lighthouse 12.2.3.
lighthouse: setup  ## Lighthouse (mobile) on home, a testimony, a report; records the scores in README.md
	npm ci --prefix tools/lighthouse --no-audit --no-fund --loglevel=error
	$(BIN)/python -m peoplefirst.lighthouse

# LANG is also the shell's locale variable: only a LANG given on the command line is a language.
new-testimony: setup  ## LANG=uk [ID=T-2026-0007]: start a testimony file from the schema (never overwrites)
	$(BIN)/python scripts/new_testimony.py $(if $(filter command line,$(origin LANG)),--lang $(LANG)) $(if $(ID),--id $(ID))

translations: setup  ## table of which page exists in which language, and its translation status
	$(BIN)/python -m peoplefirst.translation_status

offline: setup  ## zip of the whole site that works from file:// (build/people-first-offline.zip)
	$(BIN)/python -m peoplefirst.offline --out build/people-first-offline.zip

# Releases (MAINTAINING.md). VERSION=2026.11 ALIAS=latest deploys a release; VERSION=dev the
# main branch. Commits to the local gh-pages branch only: pushing is the maintainer's step.
VERSION ?= dev
ALIAS   ?=
deploy-local: setup  ## mike deploy VERSION (and ALIAS) to the local gh-pages branch, root 404 page
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/mike deploy --update-aliases $(VERSION) $(ALIAS)
	@if [ "$(ALIAS)" = latest ]; then PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/mike set-default latest; fi
	$(BIN)/python -m peoplefirst.versions publish-404 --from latest --or $(VERSION)

takedown: setup  ## PAGE=testimonies/<id>.md: remove a page from the sources and every published version
	@if [ -z "$(PAGE)" ]; then echo "error: give the page: make takedown PAGE=testimonies/<id>.md" >&2; exit 2; fi
	$(BIN)/python -m peoplefirst.takedown "$(PAGE)"

install-hooks: setup  ## install the PII guard as this clone's git pre-commit hook
	install -m 755 scripts/git-hooks/pre-commit "$$(git rev-parse --git-path hooks)/pre-commit"
	@echo "pre-commit hook installed: staged files are scanned by the PII guard before each commit"

clean:  ## remove build output (keeps .venv)
	rm -rf site build .pytest_cache
