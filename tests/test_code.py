"""The code's own conventions, checked on every run: no function of the engine too complex to read."""

from __future__ import annotations

from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Class, Function

ENGINE = Path(__file__).resolve().parent.parent / "checker"
MOST = 15
"""The highest cyclomatic complexity (radon's count) a function or method of checker/ may have."""


def _functions(code: str) -> list[Function]:
    """The functions and methods of a module, each once."""
    found: list[Function] = []
    for block in cc_visit(code):
        found += block.methods if isinstance(block, Class) else [block]
    return found


def test_no_function_of_the_engine_is_above_complexity_15():
    over = sorted(
        {
            (f"{path.relative_to(ENGINE.parent).as_posix()}:{fn.lineno}", fn.fullname, fn.complexity)
            for path in ENGINE.rglob("*.py")
            for fn in _functions(path.read_text("utf-8"))
            if fn.complexity > MOST
        }
    )
    assert not over, f"above complexity {MOST} (split them): {over}"
