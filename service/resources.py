"""Heavy resources loaded once per process and shared by every caller of a store: the search
indexes (with a lock: one search at a time per store), the store's embedding model. The CLI
uses them once; the app and the API keep them warm across requests."""

from __future__ import annotations

import threading
from pathlib import Path

from index.embedder import store_embedder
from index.search import Searcher
from index.store import Store

_LOCK = threading.Lock()
_SEARCHERS: dict[tuple, tuple[Searcher, threading.Lock]] = {}
_EMBEDDERS: dict[str, object] = {}
_TOLD: dict[int, int] = {}


def searcher(store_dir: Path, *, model: str | None = None, dense: bool = True) -> tuple[Searcher, threading.Lock]:
    """The store's searcher (its own connection, used under the returned lock)."""
    key = (str(store_dir), model, dense)
    with _LOCK:
        if key not in _SEARCHERS:
            s = Searcher(Store(store_dir, create=True), model=model, dense=dense)
            _SEARCHERS[key] = (s, threading.Lock())
        return _SEARCHERS[key]


def untold_notes(s: Searcher) -> list[str]:
    """The searcher's notes (repairs, rebuilds) that no caller of this process has been told yet:
    each is said once (call under the searcher's lock)."""
    told = _TOLD.get(id(s), 0)
    _TOLD[id(s)] = len(s.notes)
    return s.notes[told:]


def embedder(store_dir: Path, model: str | None = None):
    key = f"{store_dir}|{model}"
    with _LOCK:
        if key not in _EMBEDDERS:
            with Store(store_dir, create=False) as s:
                _EMBEDDERS[key] = store_embedder(s, model)
        return _EMBEDDERS[key]


def invalidate(store_dir: Path) -> None:
    """Forget the embedder choice after the store's model may have changed (first embedding,
    re-embedding). Searchers notice new data by themselves (Searcher.refresh)."""
    with _LOCK:
        for k in [k for k in _EMBEDDERS if k.startswith(f"{store_dir}|")]:
            del _EMBEDDERS[k]
