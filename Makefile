# The two commands a fresh machine needs: `make run` and `make test`.
SHELL := /bin/bash
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PORT

.PHONY: run test prepare venv services migrate demo bench lint fmt clean-test-db

$(BIN)/python:
	$(PY) -m venv $(VENV) || python3 -m venv $(VENV)

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

venv: $(VENV)/.installed

services:
	NEED_CHROMIUM=$(NEED_CHROMIUM) bash scripts/ensure_services.sh

migrate: venv services
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_sources

prepare: migrate
	mkdir -p var
	$(BIN)/python manage.py collectstatic --noinput -v 0

demo: prepare
	$(BIN)/python manage.py load_demo

run: demo
	@echo "==> the workbench: http://127.0.0.1:$(PORT)/  (Ctrl-C stops web, worker and beat)"
	$(BIN)/honcho start -f Procfile

test: NEED_CHROMIUM=1
# Every check runs even when an earlier one fails, so one run shows everything; any failure fails.
test: prepare
	@status=0; \
	$(BIN)/python manage.py makemigrations --check --dry-run || status=1; \
	$(BIN)/ruff check . || status=1; \
	$(BIN)/ruff format --check . || status=1; \
	$(BIN)/python -m pytest $(PYTEST_ARGS) || status=1; \
	exit $$status

bench: prepare
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/entities.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/pages.py

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt:
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
