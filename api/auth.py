"""Bearer tokens, roles and the per-token rate limit.

Every `/v1` route depends on `require(role)`: no or a wrong token is 401, a token whose role is
below the route's is 403 (reader < reviewer < admin: uploads need a reviewer, deletes an
admin), a token over its rate is 429 with `Retry-After`. Tokens are checked against their
SHA-256 in the store (service.tokens), with a 5-second cache so that a request does not cost a
database look-up (a revoked token stops working within 5 seconds).
"""

from __future__ import annotations

import math
import threading
import time

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from service import Telaah
from service import tokens as tokens_mod
from service.tokens import Identity

from .errors import ApiError

bearer = HTTPBearer(auto_error=False, description="a token from 'telaah tokens add NAME --role ROLE'")
CACHE_SECONDS = 5.0


class RateLimiter:
    """A token bucket per token name: `per_minute` requests a minute, bursts up to the same
    number (0: no limit). Per worker process."""

    def __init__(self, per_minute: int):
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def check(self, name: str) -> float:
        """0 when the request may go on, else the seconds until it may."""
        if self.capacity <= 0:
            return 0.0
        now = time.monotonic()
        with self._lock:
            level, last = self._buckets.get(name, (self.capacity, now))
            level = min(self.capacity, level + (now - last) * self.rate)
            if level < 1.0:
                self._buckets[name] = (level, now)
                return (1.0 - level) / self.rate
            self._buckets[name] = (level - 1.0, now)
            return 0.0


class TokenCache:
    def __init__(self):
        self._items: dict[str, tuple[Identity, float]] = {}
        self._lock = threading.Lock()

    def get(self, token: str) -> Identity | None:
        with self._lock:
            hit = self._items.get(token)
        if hit and hit[1] > time.monotonic():
            return hit[0]
        return None

    def put(self, token: str, ident: Identity) -> None:
        with self._lock:
            if len(self._items) > 1000:
                self._items.clear()
            self._items[token] = (ident, time.monotonic() + CACHE_SECONDS)


def identify(request: Request, token: str | None) -> Identity:
    if not token:
        raise ApiError(
            401,
            "missing token: send 'Authorization: Bearer <token>' (create one with "
            "'telaah tokens add NAME --role reader')",
            headers={"WWW-Authenticate": "Bearer"},
        )
    cache: TokenCache = request.app.state.tokens
    ident = cache.get(token)
    if ident is None:
        with Telaah(request.app.state.settings.store) as t:
            ident = tokens_mod.authenticate(t, token)
        if ident is None:
            raise ApiError(401, "unknown or revoked token", headers={"WWW-Authenticate": "Bearer"})
        cache.put(token, ident)
    return ident


def require(role: str):
    """A dependency: the caller's identity, when its token may do what needs `role`."""

    def dependency(request: Request, creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Identity:
        ident = identify(request, creds.credentials if creds else None)
        request.state.token_name = ident.name
        wait = request.app.state.limiter.check(ident.name)
        if wait:
            raise ApiError(
                429,
                f"too many requests for the token '{ident.name}' (limit "
                f"{request.app.state.settings.rate_per_minute} a minute); retry in {math.ceil(wait)} s",
                headers={"Retry-After": str(math.ceil(wait))},
            )
        if not tokens_mod.allowed(ident.role, role):
            raise ApiError(403, f"the token '{ident.name}' has the role {ident.role}; this needs {role} or above")
        return ident

    return dependency


reader = require("reader")
reviewer = require("reviewer")
admin = require("admin")
