"""The human summary: one ``path:line:col CODE message`` line per finding, then the counts."""

from __future__ import annotations

from ..pipeline import Result
from .view import counts, locator


def render(result: Result) -> str:
    locate = locator(result)
    lines = [f"{locate(f)}: {f.code} [{f.severity}] {f.name}: {f.message}" for f in result.findings]
    c = counts(result)
    lines.append(
        f"{len(result.documents)} documents, {len(result.claims)} claims, {len(result.findings)} findings "
        f"({c['error']} errors, {c['warning']} warnings, {c['info']} info)"
    )
    return "\n".join(lines) + "\n"
