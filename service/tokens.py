"""API tokens: who may call the HTTP API, and as what.

    telaah tokens add NAME --role reader|reviewer|admin   # prints the token once
    telaah tokens list
    telaah tokens revoke NAME

A token is 32 random bytes (URL-safe base64 behind the prefix `tlh_`); the store keeps only its
SHA-256 (a token has 256 bits of entropy, so a fast hash is enough: nothing to brute-force).
For a one-person set-up the environment variable `TELAAH_API_TOKEN` is an admin token named
`env`. Roles are ordered: a reviewer may do what a reader may, an admin what a reviewer may.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from dataclasses import dataclass

from core.errors import NotFoundError, UsageError
from core.records import Record
from index import jobs as tables
from index.store import Store

ROLES = tables.ROLES
RANK = {r: i for i, r in enumerate(ROLES)}
ENV_TOKEN = "TELAAH_API_TOKEN"
ENV_NAME = "env"
PREFIX = "tlh_"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")

__all__ = ["ROLES", "TokenInfo", "Identity", "add", "list_tokens", "revoke", "authenticate", "allowed", "token_hash"]


@dataclass
class TokenInfo(Record):
    """A token as `telaah tokens list --json` shows it (never the token itself)."""

    name: str
    role: str
    created_at: str
    revoked_at: str | None = None


@dataclass(frozen=True)
class Identity:
    """Who is calling: the token's name and role."""

    name: str
    role: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def allowed(role: str, needed: str) -> bool:
    return RANK.get(role, -1) >= RANK[needed]


def _open(store_dir: str | os.PathLike | None, create: bool = False) -> Store:
    from core.config import store_dir as resolve

    s = Store(resolve(store_dir), create=create)
    tables.ensure_tables(s)
    return s


def add(store_dir: str | os.PathLike | None, name: str, role: str) -> str:
    """A new token for `name` with `role`; returns the token (shown once, stored as a hash)."""
    if not _NAME.match(name or ""):
        raise UsageError(f"token name '{name}' is not valid (letters, digits, . _ @ -; at most 64 characters)")
    if name == ENV_NAME:
        raise UsageError(f"'{ENV_NAME}' is the name of the ${ENV_TOKEN} token; choose another name")
    if role not in ROLES:
        raise UsageError(f"unknown role '{role}' (choose from {', '.join(ROLES)})")
    token = PREFIX + secrets.token_urlsafe(32)
    with _open(store_dir, create=True) as s:
        if not tables.add_token(s, name, role, token_hash(token)):
            raise UsageError(f"a token named '{name}' exists; revoke it first ('telaah tokens revoke {name}')")
    return token


def list_tokens(store_dir: str | os.PathLike | None) -> list[TokenInfo]:
    with _open(store_dir) as s:
        return [TokenInfo(**r) for r in tables.list_tokens(s)]


def revoke(store_dir: str | os.PathLike | None, name: str) -> None:
    with _open(store_dir) as s:
        if not tables.revoke_token(s, name):
            raise NotFoundError(f"no active token named '{name}' (see 'telaah tokens list')")


def authenticate(store, token: str | None) -> Identity | None:
    """The identity of a presented token, or None (unknown, revoked, empty). `store` is an
    open `Telaah` (the caller's connection) or a store directory."""
    if not token:
        return None
    env = os.environ.get(ENV_TOKEN, "")
    if env and hmac.compare_digest(env.encode("utf-8"), token.encode("utf-8")):
        return Identity(ENV_NAME, "admin")
    h = token_hash(token)
    store = getattr(store, "store", store)  # a Telaah: its Store
    if isinstance(store, Store):
        row = tables.token_by_hash(store, h)
    else:
        with _open(store) as s:
            row = tables.token_by_hash(s, h)
    return Identity(row["name"], row["role"]) if row else None
