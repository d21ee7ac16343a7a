# Everything runs from a local virtual environment, made from python3 on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench regen clean chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

# The release job on the example history in specs/: client, stubs, docs and changelog into build/.
demo: $(VENV)/.installed
	$(BIN)/specgen build

# The docs tests open the built site in Debian's chromium (driven through chromium-driver) and run
# the pages' curl samples; all are installed once, only when missing.
chromium:
	@test -x /usr/bin/chromium -a -x /usr/bin/chromedriver -a -x /usr/bin/curl || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver curl)

test: $(VENV)/.installed-test chromium
	$(BIN)/python -m pytest; status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests" >&2; exit 1; fi; \
	exit $$status

lint: $(VENV)/.installed-test
	$(BIN)/ruff check generator tests bench
	$(BIN)/black --check generator tests bench
	$(BIN)/mypy

# Golden records: after an intended change to generation, regenerate tests/golden and review the diff.
regen: $(VENV)/.installed-test
	$(BIN)/python -m tests.support.regen_golden

# Speed, side by side with the peer tools (installed into bench/.cache on first use).
# Bytecode is compiled first, as an installed wheel would have it (the peers' packages have it too).
bench: $(VENV)/.installed-test
	$(BIN)/python -m compileall -q generator
	$(BIN)/python bench/validate_speed.py
	$(BIN)/python bench/diff_speed.py
	$(BIN)/python bench/generate_speed.py
	$(BIN)/python bench/docs_speed.py
	$(BIN)/python bench/chain_speed.py
	$(BIN)/python bench/lock_check.py

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
