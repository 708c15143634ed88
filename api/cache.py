"""Reviews (and their reports) kept per worker, as the app's `cached_review`: a review is
computed once per (city, masterplan, rpjmd) and store version (`Telaah.data_version()`) and shared
by every request; concurrent first requests for one review wait for one computation (single
flight) instead of all computing it.

While an ingest job writes, the store's version changes with every batch of vectors or labels it
commits, and a review recomputed for each would take the CPU from every other request. So while
the writer is busy a review up to `stale_seconds` old is served as it is, and when it is older
one request recomputes it while the others still get the previous one; once no job runs, every
answer is for the current version again (a client that waited for its job sees its documents).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any


class VersionedCache:
    def __init__(self, size: int, stale_seconds: float = 30.0):
        self.size = max(1, size)
        self.stale_seconds = stale_seconds
        self._items: OrderedDict[tuple, tuple[Any, float, Any]] = OrderedDict()  # key -> (version, time, value)
        self._lock = threading.Lock()
        self._flight: dict[tuple, threading.Lock] = {}

    def _usable(self, entry, version, writer_busy: bool) -> bool:
        if entry is None:
            return False
        return entry[0] == version or (writer_busy and time.monotonic() - entry[1] < self.stale_seconds)

    def get(
        self, key: tuple, version: Any, compute: Callable[[], Any], *, writer_busy: bool = False
    ) -> tuple[Any, Any]:
        """(the version of the value, the value) for `key`."""
        with self._lock:
            entry = self._items.get(key)
            if self._usable(entry, version, writer_busy):
                self._items.move_to_end(key)
                return entry[0], entry[2]
            flight = self._flight.setdefault(key, threading.Lock())
        if entry is not None and writer_busy:
            if not flight.acquire(blocking=False):
                return entry[0], entry[2]  # another request is recomputing it: the previous one meanwhile
        else:
            flight.acquire()
        try:
            with self._lock:
                entry = self._items.get(key)
                if self._usable(entry, version, writer_busy):
                    return entry[0], entry[2]
            value = compute()
            with self._lock:
                self._items[key] = (version, time.monotonic(), value)
                self._items.move_to_end(key)
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
            return version, value
        finally:
            flight.release()


class LRU:
    """A plain LRU with single flight (the reports of a review version)."""

    def __init__(self, size: int):
        self._cache = VersionedCache(size)

    def get_or_compute(self, key: tuple, compute: Callable[[], Any]) -> Any:
        return self._cache.get(key, None, compute)[1]
