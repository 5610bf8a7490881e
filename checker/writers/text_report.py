"""The human summary: one ``path:line:col CODE message`` line per finding (shown escaped, see terminal.py),
then the counts."""

from __future__ import annotations

from ..pipeline import Result
from ..progress import plural
from .terminal import printable
from .view import counts, locator
from .wording import wording


def render(result: Result) -> str:
    locate = locator(result)
    say = wording(result.claims)
    lines = [printable(f"{locate(f)}: {f.code} [{f.severity}] {f.name}: {say(f)}") for f in result.findings]
    c = counts(result)
    lines.append(
        f"{plural(len(result.documents), 'document')}, {plural(len(result.claims), 'claim')}, "
        f"{plural(len(result.findings), 'finding')} ({plural(c['error'], 'error')}, "
        f"{plural(c['warning'], 'warning')}, {c['info']} info)"
    )
    return "\n".join(lines) + "\n"
