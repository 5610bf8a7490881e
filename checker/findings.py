"""The one way a Finding is made: its name and severity from its code, its fingerprint from its content."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .codes import CODES
from .records import Finding, Severity


def fingerprint(content: dict[str, Any]) -> str:
    """The sha256 of a finding's content (code, metric, sentences, values; never a path or an offset), so a
    finding keeps its fingerprint when its file moves and when unrelated documents change."""
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()


def make_finding(code: str, content: dict[str, Any], severity: Severity | None = None, **fields: Any) -> Finding:
    """A finding of ``code`` with ``fields``; ``content`` is what its fingerprint hashes (the code added)."""
    spec = CODES[code]
    return Finding(
        code=code,
        name=spec.name,
        severity=severity or spec.severity,
        fingerprint=fingerprint({"code": code, **content}),
        **fields,
    )
