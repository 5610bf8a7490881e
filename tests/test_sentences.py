"""Regression sentences in our own words, one per structure met in real news (tests/sentences/*.jsonl): each
names the development-set structure it stands for ("(dev: b24)") and the claims it must give, and is checked
by the one example runner (authoring.check_example) with all the built-in rules.

A line with a "gap" is a structure the engine does not read right yet; the gap says what it gives instead.
It is an expected failure that turns red once the engine reads it (then drop the gap): refresh the gaps
with ``python tests/test_sentences.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from checker.authoring import check_example
from checker.discovery import builtin_rules
from checker.rule import Example, Expect

FOLDER = Path(__file__).parent / "sentences"


def lines() -> list[tuple[str, int, dict]]:
    out = []
    for path in sorted(FOLDER.glob("*.jsonl")):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip():
                out.append((path.name, n, json.loads(line)))
    return out


def example(line: dict) -> Example:
    """A line as an example: its claims (metric, quote, low, high), each with the line's by, window and mood."""
    checks = {k: line[k] for k in ("by", "window", "mood") if k in line}
    return Example(line["text"], tuple(Expect(*c, **checks) for c in line.get("claims", ())), line["structure"])


def gap(result) -> str:
    """What the engine gives instead of what a sentence wants, in one line."""
    parts = [f"misses {m.metric} {m.quote!r}" for m in result.missing]
    return "; ".join(parts + [f"gives {g.metric} {g.quote!r}" for g in result.extra])


LINES = lines()


def test_there_are_at_least_250_sentences_naming_their_structure():
    assert len(LINES) >= 250
    names = {r.name for r in builtin_rules()}
    for file, n, line in LINES:
        assert "(dev: " in line["structure"], f"{file}:{n} names no development-set structure"
        assert line["rule"] in names, f"{file}:{n}: unknown rule {line['rule']!r}"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            line, id=f"{file}:{n}", marks=[pytest.mark.xfail(strict=True, reason=line["gap"])] if "gap" in line else []
        )
        for file, n, line in LINES
    ],
)
def test_sentence(line):
    result = check_example(example(line), builtin_rules())
    assert result.ok, gap(result)


def refresh() -> None:
    """Rewrite each file's gaps from what the engine gives now."""
    rules = builtin_rules()
    for path in sorted(FOLDER.glob("*.jsonl")):
        out = []
        for raw in path.read_text("utf-8").splitlines():
            if not raw.strip():
                continue
            line = {k: v for k, v in json.loads(raw).items() if k != "gap"}
            result = check_example(example(line), rules)
            if not result.ok:
                line["gap"] = gap(result)
            out.append(json.dumps(line, ensure_ascii=False))
        path.write_text("\n".join(out) + "\n", "utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    refresh()
