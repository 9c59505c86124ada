# Afterword: `make run` starts everything, `make test` runs every test.
# Every target sets up what it needs first (virtualenv, packages, front end).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY_STAMP := $(VENV)/.installed
FE := frontend
FE_STAMP := $(FE)/node_modules/.installed
FE_BUILD := $(FE)/dist/index.html
HOST ?= 127.0.0.1
PORT ?= 8000
PG_TEST_URL ?= postgresql+asyncpg://postgres@127.0.0.1:5432/test

.PHONY: run test test-python test-postgres test-frontend e2e fuzz bench install lint format typecheck \
	check migration openapi frontend clean

## Set up and start the API, worker and web app on SQLite; prints the URL.
run: $(PY_STAMP) $(FE_BUILD)
	$(BIN)/afterword serve --host $(HOST) --port $(PORT)

## Set up and run every test: Python (SQLite), front-end checks, browser tests.
test: test-python test-frontend e2e

test-python: $(PY_STAMP)
	$(BIN)/pytest

## The Python suite again on PostgreSQL (PG_TEST_URL).
test-postgres: $(PY_STAMP)
	AFTERWORD_TEST_DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest

test-frontend: $(FE_STAMP)
	cd $(FE) && npm run check:api && npm run typecheck && npm run lint && npm test
	cd $(FE) && npm run build && npm run check:size

## The benchmark (bench/README.md): SQLite, and PostgreSQL too with BENCH_DATABASE_URL.
bench: $(PY_STAMP)
	bench/run.sh $(BENCH_ARGS)

## A deeper run of the contract fuzzer (make test runs a short one).
fuzz: $(PY_STAMP)
	AFTERWORD_FUZZ_EXAMPLES=$(or $(FUZZ_EXAMPLES),60) $(BIN)/pytest tests/contract

## Browser tests in Chromium against a real server (skipped with a notice when no
## Chromium is installed, unless AFTERWORD_REQUIRE_BROWSER=1).
e2e: $(PY_STAMP) $(FE_BUILD)
	$(BIN)/python -m tests.e2e_server -- npm --prefix $(FE) run e2e

install: $(PY_STAMP) $(FE_STAMP)

$(PY_STAMP): pyproject.toml requirements.lock
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(FE_STAMP): $(FE)/package.json $(FE)/package-lock.json
	cd $(FE) && npm ci --no-audit --no-fund
	touch $@

$(FE_BUILD): $(FE_STAMP) $(shell find $(FE)/src $(FE)/index.html $(FE)/vite.config.ts -type f 2>/dev/null) openapi.json
	cd $(FE) && npm run build

frontend: $(FE_BUILD)

## Gates: formatting, lint, strict types, contract and migrations current.
check: lint typecheck
	$(BIN)/afterword openapi --output /tmp/afterword-openapi.json >/dev/null
	cmp -s openapi.json /tmp/afterword-openapi.json || (echo "openapi.json is stale: run make openapi" && exit 1)

lint: $(PY_STAMP) $(FE_STAMP)
	$(BIN)/ruff format --check api tests migrations bench
	$(BIN)/ruff check api tests migrations bench
	cd $(FE) && npm run lint

format: $(PY_STAMP)
	$(BIN)/ruff format api tests migrations bench
	$(BIN)/ruff check --fix api tests migrations bench

typecheck: $(PY_STAMP) $(FE_STAMP)
	$(BIN)/mypy api
	cd $(FE) && npm run typecheck

## New dated migration from the models: make migration m="what changes"
migration: $(PY_STAMP)
	$(BIN)/afterword db upgrade
	$(BIN)/afterword db revision -m "$(m)"

## Regenerate openapi.json and the web app's API types from it.
openapi: $(PY_STAMP) $(FE_STAMP)
	$(BIN)/afterword openapi
	cd $(FE) && npm run gen:api

clean:
	rm -rf $(VENV) $(FE)/node_modules $(FE)/dist
