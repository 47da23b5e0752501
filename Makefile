# The commands of README.md. Everything runs from the project's own virtual environment.
# `make demo` serves the collected static files (gzip copies included: plotly.min.js is 4.8 MB) rather
# than the source folders; `make run` serves the source folders, so edits show at once.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: demo test run worker lint format bench loadtest clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstalled whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/python manage.py create_demo_users
	$(BIN)/python manage.py ingest seeds --wait
	$(BIN)/python manage.py ingest --manifest demo/manifest.csv --wait
	@echo
	@echo "Serving http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)  Ctrl-C stops."
	WHITENOISE_USE_FINDERS=0 $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

run: $(VENV)/.installed
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# With its embedded scheduler (--beat), which re-sends parse tasks lost with a dead worker and expires
# old exports; it serves both queues (parses, and the large exports).
worker: $(VENV)/.installed
	$(BIN)/celery -A offshoring worker --beat -Q celery,exports --loglevel=INFO --concurrency=2

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(VENV)/.installed
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache

# gunicorn as in production (gunicorn.conf.py) on loopback against the benchmark database, under locust
# at 1, 10 and 50 users, then 5 full exports while 10 users browse; its last line is one JSON object.
loadtest: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[load]'
	$(BIN)/python -m bench.loadtest
