"""Finding the rules: every module of the ``rules`` package that defines ``RULE``. No list is kept by hand."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from functools import cache

from .rule import Metric, Rule


class RuleError(Exception):
    """A rule that could not be loaded, named with the reason."""


@cache
def builtin_rules() -> tuple[Rule, ...]:
    import rules as package

    found = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        name = f"{package.__name__}.{info.name}"
        try:
            module = importlib.import_module(name)
        except Exception as e:  # a broken rule module must not take the others down
            raise RuleError(f"{name}: failed to import: {type(e).__name__}: {e}") from e
        rule = getattr(module, "RULE", None)
        if isinstance(rule, Rule):
            found.append(dataclasses.replace(rule, origin=name))
    return tuple(found)


def metrics(rules: tuple[Rule, ...]) -> dict[str, Metric]:
    """Every metric the rules declare, by key."""
    return {m.key: m for r in rules for m in r.metrics}
