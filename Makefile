# The two commands of the README:
#   make example   set everything up in .venv and run recoupe on the shipped example
#   make test      set everything up in .venv and run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: example test setup clean

$(BIN)/recoupe: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

setup: $(BIN)/recoupe

example: setup
	$(BIN)/recoupe run examples/karabakh

test: setup
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) recoupe-out
