"""Tools for rule authors: scaffold a new rule, and run a rule's examples with a readable diff."""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from pathlib import Path

import regex

from .discovery import RuleProblem, RuleSet, discover, file_rules, sound
from .extraction import extract
from .loading import from_text
from .rule import ExpectedClaim, Rule
from .toml_rules import TomlRuleError, load_toml_rule

_PY = '''"""{summary}"""

from checker.rule import Example, Metric, Pattern, Rule

RULE = Rule(
    code="{code}",
    name="{name}",
    summary="{summary}",
    metrics=(
        Metric("{metric}", "persons", "cumulative", "What {metric} counts, in one line."),
    ),
    patterns=(
        # {{count}} stands for any number the tagger finds: "more than 40", "dozens", "2.3 million".
        Pattern(r"{{count}} (?:people|workers) (?:have been |were )?killed", "{metric}"),
    ),
    examples=(
        Example("At least 40 workers have been killed since the start of the year, the union said.",
                (("{metric}", "At least 40 workers have been killed", 40, None),)),
        Example("The union said two workers were injured on Monday."),
    ),
)
'''

_TOML = '''code = "{code}"
name = "{name}"
summary = "{summary}"

[[metrics]]
key = "{metric}"
unit = "persons"
kind = "cumulative"
meaning = "What {metric} counts, in one line."

# {{count}} stands for any number the tagger finds: "more than 40", "dozens", "2.3 million".
[[patterns]]
regex = "{{count}} (?:people|workers) (?:have been |were )?killed"
metric = "{metric}"

[[examples]]
text = "At least 40 workers have been killed since the start of the year, the union said."
claims = [{{metric = "{metric}", quote = "At least 40 workers have been killed", low = 40}}]

[[examples]]
text = "The union said two workers were injured on Monday."
'''

_TEST = '''"""Runs the examples of the {name} rule (scaffolded by checker new-rule)."""

from pathlib import Path

from checker.authoring import run_examples


def test_{ident}_examples():
    report = run_examples(Path(__file__).parent / "{file}")
    assert report.ok, report.text()
'''


def scaffold(name: str, directory: Path, toml: bool = False) -> list[Path]:
    """Write a new rule NAME (with one positive and one negative example) and a test that runs them."""
    ident = regex.sub(r"\W+", "_", name.strip().lower()).strip("_")
    if not ident or ident[0].isdigit() or keyword.iskeyword(ident):
        raise ValueError(f"{name!r} does not make a rule name: use letters, digits and dashes")
    taken = {r.code for r in discover().rules}
    stem = regex.sub(r"[^A-Z0-9]", "", ident.upper()).ljust(3, "X")
    code = next(c for c in (stem[:3], stem[:4], *(f"{stem[:2]}{i}" for i in range(10, 100))) if c not in taken)
    fields = {"code": code, "name": ident.replace("_", "-"), "metric": f"killed.{ident}",
              "summary": f"{ident.replace('_', ' ').capitalize()}: a rule scaffolded by checker new-rule."}
    directory.mkdir(parents=True, exist_ok=True)
    rule_file = directory / (f"{ident}.toml" if toml else f"{ident}.py")
    test_file = directory / f"test_{ident}.py"
    for f in (rule_file, test_file):
        if f.exists():
            raise FileExistsError(f"{f} exists already")
    rule_file.write_text((_TOML if toml else _PY).format(**fields), encoding="utf-8")
    test_file.write_text(_TEST.format(name=fields["name"], ident=ident, file=rule_file.name), encoding="utf-8")
    return [rule_file, test_file]


@dataclass
class ExampleResult:
    text: str
    expected: list[ExpectedClaim]
    got: list[ExpectedClaim]

    @property
    def ok(self) -> bool:
        return sorted(map(repr, self.expected)) == sorted(map(repr, self.got))


@dataclass
class ExampleReport:
    rule: Rule | None
    problems: list[str]
    results: list[ExampleResult]

    @property
    def ok(self) -> bool:
        return not self.problems and all(r.ok for r in self.results)

    def text(self) -> str:
        """Expected against got, example by example: what a rule author reads."""
        lines = []
        name = f"{self.rule.code} {self.rule.name}" if self.rule else "rule"
        lines += [f"{name}: {p}" for p in self.problems]
        for i, r in enumerate(self.results, 1):
            mark = "ok  " if r.ok else "FAIL"
            lines.append(f"{mark} example {i}: {r.text}")
            if not r.ok:
                for c in r.expected:
                    lines.append(f"       {'  ' if c in r.got else '- '}expected {_show(c)}")
                for c in r.got:
                    if c not in r.expected:
                        lines.append(f"       + got      {_show(c)}")
        passed = sum(r.ok for r in self.results)
        lines.append(f"{passed} passed, {len(self.results) - passed} failed")
        return "\n".join(lines)


def _show(c: ExpectedClaim) -> str:
    metric, quote, low, high = c
    return f"{metric} “{quote}” low={low!r} high={high!r}"


def load_rule(path: Path) -> RuleSet:
    """One rule from a .py or .toml file, with its problems."""
    if path.suffix == ".toml":
        try:
            rule = load_toml_rule(path)
        except TomlRuleError as e:
            return RuleSet((), [RuleProblem(str(path), str(e))])
        return sound([rule], [])
    found: list[Rule] = []
    problems: list = []
    file_rules(path, found, problems)
    if not found and not problems:
        problems.append(RuleProblem(str(path), "defines no RULE"))
    return sound(found, problems)


def run_examples(path: Path) -> ExampleReport:
    """Load the rule at ``path`` and run each of its examples."""
    loaded = load_rule(path)
    if not loaded.rules:
        return ExampleReport(None, [p.message for p in loaded.problems], [])
    rule = loaded.rules[0]
    results = []
    for ex in rule.examples:
        got = [(c.metric, c.quote, c.value.low, c.value.high) for c in extract(from_text(ex.text), (rule,))]
        results.append(ExampleResult(ex.text, list(ex.claims), got))
    return ExampleReport(rule, [], results)
