# The few commands people type. `make demo` and `make test` do all set-up on a fresh machine.
VENV    ?= .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=

.PHONY: demo test test-fast lint serve package bench clean

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || "$$(.ci/python312)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.txt
	@touch $(STAMP)

demo: $(STAMP)  ## replay the sample webhooks through the app and worker (embedded default)
	$(PY) -m plugin demo

test: $(STAMP)  ## the whole suite, as CI runs it
	$(PY) -m pytest -q -n 2 --dist loadfile

test-fast: $(STAMP)  ## unit tests only
	$(PY) -m pytest -q tests/unit

lint: $(STAMP)  ## ruff, and mypy (strict for plugin/core; configured in pyproject.toml)
	$(PY) -m ruff check plugin handlers tests benchmarks training eval infra
	$(PY) -m mypy

serve: $(STAMP)  ## webhook server + worker on 127.0.0.1:8080 (embedded default)
	$(PY) -m plugin serve

package: $(STAMP)  ## the Lambda package, built offline with python3.12; fails over 150 MB unzipped
	CANDOR_DEV_PYTHON="$(abspath $(PY))" bash infra/package.sh prod

bench: $(STAMP)  ## reproducible measurements, see benchmarks/README.md
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-bench.txt
	bash benchmarks/run_all.sh

clean:
	rm -rf $(VENV) .candor build dist .pytest_cache
