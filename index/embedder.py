"""The embedding model of a store, chosen by one rule everywhere (ingest, index, search, review):
an explicit model (`--model`) first, then the model the store was embedded with, then
`$TELAAH_MODEL`, then the built multilingual-e5-small."""

from __future__ import annotations

from core.config import env_str
from nlp.embed import get_embedder

from .store import Store


def model_spec(store: Store | None, model: str | None = None) -> str | None:
    return model or (store.get_meta("embedding_model") if store is not None else None) or env_str("TELAAH_MODEL")


def store_embedder(store: Store, model: str | None = None):
    """The embedder of this store (see the module doc for the precedence)."""
    return get_embedder(model_spec(store, model))
