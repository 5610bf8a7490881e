"""Tools for rule authors: scaffold a new rule, and run a rule's examples with a readable diff."""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from pathlib import Path

import regex

from .discovery import RuleProblem, RuleSet, builtin_rules, discover, file_rules, sound
from .extraction import extract
from .loading import from_text
from .rule import UNCHECKED, Example, ExpectedClaim, Rule
from .toml_rules import TomlRuleError, load_toml_rule

_PY = '''"""{summary}"""

from checker.lexicon import Measure, Vocabulary
from checker.rule import Example, Rule

RULE = Rule(
    code="{code}",
    name="{name}",
    summary="{summary}",
    vocabulary=Vocabulary(measures=(
        # How news says what is counted: after the figure ("40 {words} were recorded") and as a verb before
        # it ("recorded 40 ..."). The engine finds who, where, when and by whose count; the key follows.
        Measure("{ident}", "cumulative", after=("{words}",), before=()),
    )),
    examples=(
        Example("At least 40 {words} were recorded in Khartoum this year, the union said.",
                (("{key}", "At least 40 {words}", 40, None),)),
        Example("The union said the talks would resume on Monday."),
    ),
)
'''

_TOML = """code = "{code}"
name = "{name}"
summary = "{summary}"

# How news says what is counted: after the figure ("40 {words} were recorded") and as a verb before it.
# The engine finds who, where, when and by whose count; the claim's key follows (docs/keys.md).
[[measures]]
name = "{ident}"
kind = "cumulative"
after = ["{words}"]

[[examples]]
text = "At least 40 {words} were recorded in Khartoum this year, the union said."
claims = [{{metric = "{key}", quote = "At least 40 {words}", low = 40}}]

[[examples]]
text = "The union said the talks would resume on Monday."
"""

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
    fields = {
        "code": code,
        "name": ident.replace("_", "-"),
        "ident": ident,
        "words": ident.replace("_", " "),
        "summary": f"{ident.replace('_', ' ').capitalize()}: a rule scaffolded by checker new-rule.",
    }
    directory.mkdir(parents=True, exist_ok=True)
    rule_file = directory / (f"{ident}.toml" if toml else f"{ident}.py")
    test_file = directory / f"test_{ident}.py"
    for f in (rule_file, test_file):
        if f.exists():
            raise FileExistsError(f"{f} exists already")
    template = _TOML if toml else _PY
    rule_file.write_text(template.format(**fields, key=ident), encoding="utf-8")
    written = load_rule(rule_file).rules
    if written:  # the example's key is the one the engine gives the new measure in its sentence (docs/keys.md)
        claims = extract(from_text(written[0].examples[0].text), (*builtin_rules(), written[0]))
        key = next((c.metric for c in claims if c.figure == "At least 40"), ident)
        rule_file.write_text(template.format(**fields, key=key), encoding="utf-8")
    test_file.write_text(_TEST.format(name=fields["name"], ident=ident, file=rule_file.name), encoding="utf-8")
    return [rule_file, test_file]


@dataclass
class ExampleResult:
    """One example run: the claims it expects, those it gave, and what else did not hold (its source, window or
    mood)."""

    text: str
    expected: list[ExpectedClaim]
    got: list[ExpectedClaim]
    missing: list[ExpectedClaim]
    extra: list[ExpectedClaim]
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra or self.problems)


def check_example(example: Example, rules: tuple[Rule, ...]) -> ExampleResult:
    """Run one example with the rules: each expected claim must be given with its metric and bounds, its figure
    inside the expected quote (its first occurrence in the text), and no other claim may be given. The one way
    examples are checked, by the test suite and by ``checker test-rule``."""
    claims = extract(from_text(example.text), rules)
    got = [(c.metric, c.quote, c.value.low, c.value.high) for c in claims]
    unmatched = list(range(len(claims)))
    missing = []
    for want in example.claims:
        metric, quote, low, high = want
        at = example.text.find(quote)
        hit = next(
            (
                i
                for i in unmatched
                if claims[i].metric == metric
                and claims[i].value.low == low
                and claims[i].value.high == high
                and at <= _figure_at(claims[i]) < at + len(quote)
            ),
            None,
        )
        if hit is None:
            missing.append(want)
        else:
            unmatched.remove(hit)
    problems = []
    for label, wanted, have in (
        ("source", example.by, [c.attributed_to for c in claims]),
        ("window", example.window, [c.frame.window for c in claims]),
        ("mood", example.mood, [c.frame.mood for c in claims]),
    ):
        if wanted != UNCHECKED and any(h != wanted for h in have):
            problems.append(f"{label}: expected {wanted!r}, got {', '.join(repr(h) for h in have)}")
    return ExampleResult(example.text, list(example.claims), got, missing, [got[i] for i in unmatched], problems)


def _figure_at(claim) -> int:
    """Where a claim's figure starts in its text (examples are plain text: spans are text offsets)."""
    inside = claim.quote.find(claim.figure)
    return claim.span.start + (max(inside, 0))


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
                    lines.append(f"       {'- ' if c in r.missing else '  '}expected {_show(c)}")
                for c in r.extra:
                    lines.append(f"       + got      {_show(c)}")
                for p in r.problems:
                    lines.append(f"       ! {p}")
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
    rules = (*(r for r in builtin_rules() if r.code != rule.code), rule)  # the built-in vocabulary, and this rule
    return ExampleReport(rule, [], [check_example(ex, rules) for ex in rule.examples])
