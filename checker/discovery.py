"""Finding the rules. No list is kept by hand: rules are the modules of the built-in ``rules`` package
that define ``RULE``, the Python modules and TOML files of extra directories (``--rules-dir``), and the
entry points of installed packages in the group ``claim_checker.rules``.

A rule that fails to import, fails to parse or declares something unsound is left out and reported once,
with its origin and the problem; the others still run.
"""

from __future__ import annotations

import dataclasses
import difflib
import importlib
import importlib.metadata
import importlib.util
import pkgutil
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .rule import Metric, Rule

ENTRY_POINT_GROUP = "claim_checker.rules"


class RuleError(Exception):
    """Rules that could not be loaded; the message names each with its problem."""


@dataclass(frozen=True)
class RuleProblem:
    origin: str
    message: str


@dataclass
class RuleSet:
    rules: tuple[Rule, ...] = ()
    problems: list[RuleProblem] = field(default_factory=list)


def discover(dirs: tuple[Path, ...] = (), entry_points: bool = True, disabled: tuple[str, ...] = ()) -> RuleSet:
    """Built-in rules (by module name), then each directory's (by file name), then installed packages'; without
    the rules ``disabled`` names (by code or name; a name no rule has raises RuleError, with the nearest)."""
    found: list[Rule] = []
    problems: list[RuleProblem] = []
    import rules as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if not info.name.startswith("_"):
            _module_rules(f"{package.__name__}.{info.name}", f"rules.{info.name}", found, problems)
    for d in dirs:
        _directory_rules(d, found, problems)
    if entry_points:
        _installed_rules(found, problems)
    return switched_off(sound(found, problems), disabled)


def _directory_rules(directory: Path, found: list[Rule], problems: list[RuleProblem]) -> None:
    """The rules of a directory's .py and .toml files (by file name), appended to ``found``."""
    if not directory.is_dir():
        problems.append(RuleProblem(str(directory), "rules directory not found"))
        return
    for f in sorted(directory.iterdir()):
        if f.name.startswith(("_", ".")) or f.name.startswith("test_"):
            continue
        if f.suffix == ".py":
            file_rules(f, found, problems)
        elif f.suffix == ".toml":
            from .toml_rules import TomlRuleError, load_toml_rule  # (pydantic models: only for TOML rules)

            try:
                found.append(dataclasses.replace(load_toml_rule(f), origin=str(f)))
            except TomlRuleError as e:
                problems.append(RuleProblem(str(f), str(e)))


def _installed_rules(found: list[Rule], problems: list[RuleProblem]) -> None:
    """The rules installed packages declare (entry points of ENTRY_POINT_GROUP, by name), appended to ``found``."""
    for ep in sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        origin = f"entry point {ep.name} ({ep.value})"
        try:
            loaded = ep.load()
        except (Exception, SystemExit) as e:  # an installed package's bug must not take the others down
            problems.append(RuleProblem(origin, f"failed to load: {type(e).__name__}: {e}"))
            continue
        rules = (
            [loaded]
            if isinstance(loaded, Rule)
            else list(getattr(loaded, "RULES", ()))
            or ([loaded.RULE] if isinstance(getattr(loaded, "RULE", None), Rule) else [])
        )
        if not rules:
            problems.append(RuleProblem(origin, "names neither a Rule nor a module with RULE or RULES"))
        found += [dataclasses.replace(r, origin=origin) for r in rules]


def switched_off(found: RuleSet, disabled: tuple[str, ...]) -> RuleSet:
    """The rule set without the rules named (by code or name, any case)."""
    if not disabled:
        return found
    names = {n.lower(): r for r in found.rules for n in (r.code, r.name)}
    unknown = [d for d in disabled if d.lower() not in names]
    if unknown:
        near = difflib.get_close_matches(unknown[0].lower(), list(names), n=1)
        hint = (
            f"; did you mean {near[0]!r}?"
            if near
            else f"; the rules are {', '.join(sorted(r.name for r in found.rules))}"
        )
        raise RuleError(f"no rule is named {unknown[0]!r} (a rule to switch off, by code or name){hint}")
    off = {id(names[d.lower()]) for d in disabled}
    return RuleSet(tuple(r for r in found.rules if id(r) not in off), found.problems)


def _module_rules(module_name: str, origin: str, found: list[Rule], problems: list[RuleProblem]) -> None:
    try:
        module = importlib.import_module(module_name)
    except (Exception, SystemExit) as e:  # a broken rule module must not take the others down (nor end the run)
        problems.append(RuleProblem(origin, f"failed to import: {type(e).__name__}: {e}"))
        return
    _collect(module, origin, found, problems)


def file_rules(path: Path, found: list[Rule], problems: list[RuleProblem]) -> None:
    """The rule a Python file defines, appended to ``found`` (or its problem to ``problems``)."""
    name = f"claim_checker_user_rules.{path.stem}"
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise ImportError(f"no loader for {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    except (Exception, SystemExit) as e:  # sys.exit() in a rule file is its failure, not the run's end
        problems.append(RuleProblem(str(path), f"failed to import: {type(e).__name__}: {e}"))
        return
    _collect(module, str(path), found, problems)


def _collect(module, origin: str, found: list[Rule], problems: list[RuleProblem]) -> None:
    rule = getattr(module, "RULE", None)
    if isinstance(rule, Rule):
        found.append(dataclasses.replace(rule, origin=origin))
    elif rule is not None:
        problems.append(RuleProblem(origin, "RULE is not a checker.rule.Rule"))


def sound(found: list[Rule], problems: list[RuleProblem]) -> RuleSet:
    """The rules with no problems, codes and names unique, and each metric declared alike everywhere."""
    kept: list[Rule] = []
    codes: dict[str, str] = {}
    declared: dict[str, Metric] = {}
    for r in found:
        bad = r.problems()
        if r.code in codes:
            bad.append(f"code {r.code} is already used by {codes[r.code]}")
        for m in r.metrics:
            if m.key in declared and declared[m.key] != m:
                bad.append(f"metric {m.key} is declared differently by another rule")
        if bad:
            problems += [RuleProblem(f"{r.origin} ({r.code})", b) for b in bad]
            continue
        codes[r.code] = r.origin
        declared.update({m.key: m for m in r.metrics})
        kept.append(r)
    return RuleSet(tuple(kept), problems)


@cache
def builtin_rules() -> tuple[Rule, ...]:
    """The built-in rules only; raises RuleError if any is broken (they are tested to be sound)."""
    found = discover(entry_points=False)
    if found.problems:
        raise RuleError("; ".join(f"{p.origin}: {p.message}" for p in found.problems))
    return found.rules


def metrics(rules: tuple[Rule, ...]) -> dict[str, Metric]:
    """Every metric the rules declare, by key."""
    return {m.key: m for r in rules for m in r.metrics}
