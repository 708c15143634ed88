"""YAML from users (Markdown front matter): parsed without anchors, aliases or deep nesting.

`yaml.safe_load` constructs no Python objects, but it still expands aliases: a 1.6 KB
"billion laughs" block becomes a structure whose JSON is hundreds of megabytes.  Here the
composer refuses the first anchor (`&a`) or alias (`*a`) it meets, so such a block is refused
after reading a few lines (milliseconds), and a size cap and a nesting cap bound the rest.
"""

from __future__ import annotations

import yaml

MAX_YAML_BYTES = 64 * 1024  # a front matter larger than this is not read as YAML
MAX_YAML_DEPTH = 32  # nested collections deeper than this are refused


class UnsafeYAML(ValueError):
    """The YAML is refused for safety (aliases, anchors, size, depth); `str(e)` says why."""


class StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors, aliases and nesting deeper than MAX_YAML_DEPTH."""

    _depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise UnsafeYAML("YAML anchors and aliases (&, *) are not accepted")
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise UnsafeYAML(f"YAML nested more than {MAX_YAML_DEPTH} levels deep")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def load_untrusted(text: str, *, max_bytes: int = MAX_YAML_BYTES):
    """Parse user YAML safely. Raises UnsafeYAML (refused) or yaml.YAMLError (not YAML)."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise UnsafeYAML(f"YAML of {size / 1024:.0f} KB (the limit is {max_bytes // 1024} KB)")
    try:
        return yaml.load(text, Loader=StrictLoader)  # noqa: S506 - StrictLoader is a SafeLoader
    except RecursionError:  # pragma: no cover - the depth cap comes first
        raise UnsafeYAML("YAML nested too deeply") from None
