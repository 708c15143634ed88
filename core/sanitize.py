"""Text that reaches a terminal: document text, titles and file names are untrusted.

`clean(s)` removes what a terminal would interpret: ESC/CSI/OSC sequences (clear screen, window
titles, OSC 8 links), C0 and C1 control characters and the bidirectional overrides and isolates
(U+202A-U+202E, U+2066-U+2069) that can reorder what a reader sees. Each becomes "?" so that a
reader can tell something was there; newlines and tabs are kept only where the caller allows.
"""

from __future__ import annotations

import re

# ESC [ ... final byte; ESC ] ... BEL or ESC \ (OSC); ESC followed by one character; C1 CSI/OSC forms
_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|"
    r"\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x9c]*(?:\x07|\x9c)?"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_CONTROLS_NO_NL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def clean(s: object, *, newlines: bool = False) -> str:
    """`s` as text safe to print: sequences and controls shown as "?"; newlines and tabs kept
    only when `newlines` is true."""
    text = "" if s is None else str(s)
    text = _SEQUENCES.sub("?", text)
    return (_CONTROLS if newlines else _CONTROLS_NO_NL).sub("?", text)
