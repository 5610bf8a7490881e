"""Text from documents and file names made inert for terminals and line-based output: control characters
(C0, DEL, C1: escape sequences, OSC titles, bells, line breaks), bidi overrides and isolates, line and
paragraph separators, noncharacters and lone surrogates are shown as Python-style escapes (``\\x1b``,
``\\u202e``, ``\\n``), so a quote or a name can neither drive the terminal nor forge a line of output."""

from __future__ import annotations

import re

_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match[str]) -> str:
    ch = m[0]
    return _NAMED.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def printable(text: str) -> str:
    """``text`` with every unsafe character escaped (see the module); the rest, backslashes included, as is."""
    return _UNSAFE.sub(_escape, text)
