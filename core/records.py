"""Typed records that cross a layer boundary, and their JSON.

A record is a dataclass that mixes in `Record`: `to_json()` gives a plain dict in field order
(the JSON contracts of the CLI and the API are exactly these dicts), `from_json()` builds the
record back, nested records, lists and dicts of records included. A field declared with
`omit_none()` is left out of the JSON when it is None (keys such as a gap's `dimension` exist
only for some gap types).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any, TypeVar, Union

R = TypeVar("R", bound="Record")


def omit_none(default: Any = None) -> Any:
    """A field that is absent from the JSON when its value is None."""
    return dataclasses.field(default=default, metadata={"omit_none": True})


def to_json(v: Any) -> Any:
    """Plain JSON-able data from records, lists, tuples and dicts (order kept)."""
    if isinstance(v, Record):
        return v.to_json()
    if isinstance(v, list):
        return [to_json(x) for x in v]
    if isinstance(v, tuple):
        return [to_json(x) for x in v]
    if isinstance(v, dict):
        return {k: to_json(x) for k, x in v.items()}
    return v


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(tp: Any, v: Any) -> Any:
    """`v` (parsed JSON) as type `tp`: records, list[...], dict[str, ...], X | None; anything
    else is kept as it is."""
    if v is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(args[0], v) if len(args) == 1 else v
    if origin is list:
        (arg,) = typing.get_args(tp) or (Any,)
        return [_build(arg, x) for x in v]
    if origin is dict:
        args = typing.get_args(tp)
        return {k: _build(args[1], x) for k, x in v.items()} if args else dict(v)
    if isinstance(tp, type) and issubclass(tp, Record):
        return tp.from_json(v)
    return v


class Record:
    """Mixin for dataclasses: ordered JSON out, typed records back in."""

    def to_json(self) -> dict:
        out = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            v = getattr(self, f.name)
            if v is None and f.metadata.get("omit_none"):
                continue
            out[f.name] = to_json(v)
        return out

    @classmethod
    def from_json(cls: type[R], d: dict) -> R:
        hints = _hints(cls)
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        unknown = set(d) - names
        if unknown:
            raise ValueError(f"{cls.__name__}: unknown fields {sorted(unknown)}")
        return cls(**{k: _build(hints[k], v) for k, v in d.items()})
