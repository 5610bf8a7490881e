"""Tools for rule authors: scaffold a new rule, and run a rule's examples with a readable diff."""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from pathlib import Path

import regex

from .discovery import RuleProblem, RuleSet, builtin_rules, discover, file_rules, sound
from .extraction import extract
from .loading import from_text
from .records import Claim
from .rule import Bound, Example, Expect, Rule
from .toml_rules import TomlRuleError, load_toml_rule

_PY = '''"""{summary}"""

from checker.lexicon import Measure, Vocabulary
from checker.rule import Example, Expect, Rule

RULE = Rule(
    code="{code}",
    name="{name}",
    summary="{summary}",
    vocabulary=Vocabulary(
        measures=(
            # How news says what is counted: after the figure ("40 {words} were recorded") and as a verb before
            # it ("recorded 40 ..."). The engine finds who, where, when and by whose count; the key follows.
            Measure("{ident}", "cumulative", after=("{words}",), before=()),
        )
    ),
    examples=(
        Example(
            "At least 40 {words} were recorded in Khartoum this year, the union said.",
            # the claim's key, a stretch of the text holding its figure, its bounds (None: open), its source
            (Expect("{key}", "At least 40 {words}", 40, None, by="{by}"),),
        ),
        Example("The union said the talks would resume on Monday."),
    ),
)
'''

_TOML = """code = "{code}"
name = "{name}"
summary = "{summary}"

# How news says what is counted: after the figure ("40 {words} were recorded") and as a verb before it.
# The engine finds who, where, when and by whose count; the claim's key follows (docs/keys.md).
[[vocabulary.measures]]
name = "{ident}"
kind = "cumulative"
after = ["{words}"]

[[examples]]
text = "At least 40 {words} were recorded in Khartoum this year, the union said."
# the claim's key, a stretch of the text holding its figure, its bounds (high left out: open), its source
claims = [{{metric = "{key}", quote = "At least 40 {words}", low = 40, by = "{by}"}}]

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
    fields = {
        "code": _free_code(ident),
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
    rule_file.write_text(template.format(**fields, key=ident, by=""), encoding="utf-8")
    written = load_rule(rule_file).rules
    if written:  # the example's key and source are the ones the engine gives in its sentence (docs/keys.md)
        claims = extract(from_text(written[0].examples[0].text), with_builtins(written[0]))
        claim = next((c for c in claims if c.figure == "At least 40"), None)
        if claim is not None:
            rule_file.write_text(template.format(**fields, key=claim.metric, by=claim.attributed_to or ""), "utf-8")
    test_file.write_text(_TEST.format(name=fields["name"], ident=ident, file=rule_file.name), encoding="utf-8")
    return [rule_file, test_file]


def _free_code(ident: str) -> str:
    """A rule code made from a name that no rule has yet: its first three or four letters, else two and a number."""
    taken = {r.code for r in discover().rules}
    stem = regex.sub(r"[^A-Z0-9]", "", ident.upper()).ljust(3, "X")
    return next(c for c in (stem[:3], stem[:4], *(f"{stem[:2]}{i}" for i in range(10, 100))) if c not in taken)


@dataclass
class ExampleResult:
    """One example run: the claims it expects, those it gave, the expected ones no claim gave and the claims no
    expectation asked for."""

    text: str
    expected: tuple[Expect, ...]
    got: list[Claim]
    missing: list[Expect]
    extra: list[Claim]

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra)


def check_example(example: Example, rules: tuple[Rule, ...]) -> ExampleResult:
    """Run one example with the rules: each expected claim must be given (see ``gives``), and no other claim. The
    one way examples are checked: by the test suite, ``checker test-rule`` and a scaffolded rule's test."""
    claims = extract(from_text(example.text), rules)
    unmatched = list(claims)
    missing = []
    for want in example.claims:
        hit = next((c for c in unmatched if gives(c, want, example.text)), None)
        if hit is None:
            missing.append(want)
        else:
            unmatched.remove(hit)
    return ExampleResult(example.text, example.claims, claims, missing, unmatched)


def gives(claim: Claim, want: Expect, text: str) -> bool:
    """Whether a claim is the one expected: its metric and bounds, its figure inside the expected quote (where
    the quote first occurs in the text), and the attribution, window and mood the expectation names."""
    at = text.find(want.quote)
    checked = ((want.by, claim.attributed_to), (want.window, claim.frame.window), (want.mood, claim.frame.mood))
    return (
        claim.metric == want.metric
        and (claim.value.low, claim.value.high) == (want.low, want.high)
        and at <= _figure_at(claim) < at + len(want.quote)
        and all(wanted is None or wanted == (have or "") for wanted, have in checked)
    )


def _figure_at(claim: Claim) -> int:
    """Where a claim's figure starts in its text (examples are plain text: spans are text offsets)."""
    inside = claim.quote.find(claim.figure)
    return claim.span.start + (max(inside, 0))


@dataclass
class ExampleReport:
    """A rule's examples run: the rule and each example's result; the rule None, and why, when it cannot be loaded
    (one line each, naming its file)."""

    rule: Rule | None
    problems: list[str]
    results: list[ExampleResult]

    @property
    def ok(self) -> bool:
        return not self.problems and all(r.ok for r in self.results)

    def text(self) -> str:
        """Expected against got, example by example: what a rule author reads."""
        lines = list(self.problems)
        for i, r in enumerate(self.results, 1):
            lines.append(f"{'ok  ' if r.ok else 'FAIL'} example {i}: {r.text}")
            if not r.ok:
                lines += [f"       {'- ' if c in r.missing else '  '}expected {_expected(c)}" for c in r.expected]
                lines += [f"       + got      {_given(c)}" for c in r.extra]
        passed = sum(r.ok for r in self.results)
        lines.append(f"{passed} passed, {len(self.results) - passed} failed")
        return "\n".join(lines)


def _expected(e: Expect) -> str:
    """An expected claim, with the attribution, window and mood it names."""
    return _shown(e.metric, e.quote, e.low, e.high, by=e.by, window=e.window, mood=e.mood)


def _given(c: Claim) -> str:
    """A claim given, with its attribution and window when it has them, and its mood when not a fact."""
    mood = None if c.frame.mood == "fact" else c.frame.mood
    return _shown(c.metric, c.quote, c.value.low, c.value.high, by=c.attributed_to, window=c.frame.window, mood=mood)


def _shown(metric: str, quote: str, low: Bound, high: Bound, **named: str | None) -> str:
    checks = "".join(f" {label}={value!r}" for label, value in named.items() if value is not None)
    return f"{metric} “{quote}” low={low!r} high={high!r}{checks}"


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


def with_builtins(rule: Rule) -> tuple[Rule, ...]:
    """The rules a rule's examples run with: the built-in ones (vocabulary is shared: places, groups), ``rule`` in
    the place of the one with its code, else last."""
    builtins = builtin_rules()
    if any(r is rule for r in builtins):
        return builtins  # the same tuple each time, so the engine reads with the same reader (extraction.reader)
    if any(r.code == rule.code for r in builtins):
        return tuple(rule if r.code == rule.code else r for r in builtins)
    return (*builtins, rule)


def run_examples(path: Path) -> ExampleReport:
    """Load the rule at ``path`` and run each of its examples."""
    loaded = load_rule(path)
    if not loaded.rules:
        return ExampleReport(None, [f"{p.origin}: {p.message}" for p in loaded.problems], [])
    rule = loaded.rules[0]
    rules = with_builtins(rule)
    return ExampleReport(rule, [], [check_example(ex, rules) for ex in rule.examples])
