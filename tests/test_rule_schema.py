"""One rule schema: a TOML rule is validated into the rule types a Python rule is made of, and declares all a
Python rule does but a custom extractor; examples run one way, for pytest, ``checker test-rule`` and a
scaffolded rule's test alike."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

from checker.authoring import check_example, run_examples, with_builtins
from checker.cli import app
from checker.discovery import builtin_rules
from checker.lexicon import Measure, Vocabulary, Window
from checker.pipeline import run
from checker.rule import Anchor, Example, Expect, Metric, Pattern, Rule, frame
from checker.toml_rules import load_toml_rule

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def toml_of(rule: Rule) -> str:
    """A rule written as TOML, field for field (its tables inline)."""
    fields = {k: v for k, v in dataclasses.asdict(rule).items() if k not in ("extractor", "origin")}
    for metric in fields["metrics"]:
        metric["frame"] = dict(metric["frame"])
    return "".join(f"{key} = {_value(value)}\n" for key, value in fields.items() if value is not None)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join('""' if v is None else _value(v) for v in value) + "]"  # TOML writes None as ""
    assert isinstance(value, dict), value
    return "{" + ", ".join(f"{json.dumps(k)} = {_value(v)}" for k, v in value.items() if v is not None) + "}"


# --- a TOML rule declares what a Python rule does --------------------------------------------------------

FULL_TOML = textwrap.dedent("""\
    code = "VAX"
    name = "vaccination"
    summary = "Children vaccinated against polio."
    topic = "vaccin|immunis"

    [[vocabulary.measures]]
    name = "vaccinated"
    kind = "cumulative"
    after = ["vaccinated", "immunised"]

    [[vocabulary.windows]]
    name = "round"
    cues = ["in the second round"]

    [[metrics]]
    key = "vaccinated.polio"
    unit = "persons"
    kind = "cumulative"
    meaning = "Children vaccinated against polio."
    tolerance = 0.1
    window = 30
    start = 2024-09-01
    frame = {measure = "vaccinated", place = ["gaza", ""], group = "children", window = "*"}

    [[patterns]]
    regex = "{count} doses"
    metric = "vaccinated.polio"
    rejects = "planned"

    [[anchors]]
    name = "the campaign began"
    date = 2024-09-01
    pattern = "{duration} into the campaign"
    places = ["gaza"]

    [[examples]]
    text = "More than 560,000 children in Gaza have been vaccinated against polio, UNICEF said."
    claims = [{metric = "vaccinated.polio", quote = "560,000 children", low = 560000, by = "UNICEF", mood = "fact"}]
    structure = "people + passive predicate"

    [[examples]]
    text = "Teams resumed work on Sunday."
    """)

FULL_PYTHON = Rule(
    code="VAX",
    name="vaccination",
    summary="Children vaccinated against polio.",
    topic="vaccin|immunis",
    vocabulary=Vocabulary(
        measures=(Measure("vaccinated", "cumulative", after=("vaccinated", "immunised")),),
        windows=(Window("round", ("in the second round",)),),
    ),
    metrics=(
        Metric(
            "vaccinated.polio",
            "persons",
            "cumulative",
            "Children vaccinated against polio.",
            tolerance=0.1,
            window=30,
            start=dt.date(2024, 9, 1),
            frame=frame(measure="vaccinated", place=("gaza", None), group="children", window="*"),
        ),
    ),
    patterns=(Pattern("{count} doses", "vaccinated.polio", rejects="planned"),),
    anchors=(Anchor("the campaign began", dt.date(2024, 9, 1), "{duration} into the campaign", ("gaza",)),),
    examples=(
        Example(
            "More than 560,000 children in Gaza have been vaccinated against polio, UNICEF said.",
            (Expect("vaccinated.polio", "560,000 children", 560000, None, by="UNICEF", mood="fact"),),
            structure="people + passive predicate",
        ),
        Example("Teams resumed work on Sunday."),
    ),
)


def test_a_toml_rule_is_the_python_rule_it_spells(tmp_path):
    """Tolerance, a window and a start, a frame with any of several places (none among them), patterns,
    anchors, and expected claims with their source and mood: read from TOML into the same types."""
    (tmp_path / "vax.toml").write_text(FULL_TOML, encoding="utf-8")
    assert load_toml_rule(tmp_path / "vax.toml") == FULL_PYTHON
    assert FULL_PYTHON.problems() == []


@pytest.mark.parametrize("rule", builtin_rules(), ids=lambda r: r.code)
def test_every_builtin_rule_written_as_toml_is_the_same_rule(tmp_path, rule):
    (tmp_path / "rule.toml").write_text(toml_of(rule), encoding="utf-8")
    assert load_toml_rule(tmp_path / "rule.toml") == rule


@pytest.mark.parametrize("code", ["EVD", "HOS"])
def test_a_builtin_rule_as_toml_gives_the_same_claims(tmp_path, code):
    """The event-dates rule (anchors that date documents, expected claims attributed to no one) and the hostages
    rule (frames of several places, none among them; expected sources), read from TOML in place of their Python:
    the same claims on their examples and on the seed articles."""
    python = next(r for r in builtin_rules() if r.code == code)
    (tmp_path / "rule.toml").write_text(toml_of(python), encoding="utf-8")
    toml = load_toml_rule(tmp_path / "rule.toml")
    assert toml is not python
    claims = {}
    for name, rules in (("python", with_builtins(python)), ("toml", with_builtins(toml))):  # a reader for each
        results = [check_example(example, rules) for example in python.examples]
        assert all(r.ok for r in results)
        seeds = run([], rules=rules, compare_claims=False).claims
        claims[name] = [[c.model_dump() for c in r.got] for r in results], [c.model_dump() for c in seeds]
    assert claims["toml"] == claims["python"]
    assert any(c["rule"] == code for c in claims["python"][1])


# --- one example runner -----------------------------------------------------------------------------------

MISATTRIBUTED = """\
from checker.lexicon import Measure, Vocabulary
from checker.rule import Example, Expect, Rule

RULE = Rule(
    code="VAX",
    name="vaccination",
    summary="Children vaccinated.",
    vocabulary=Vocabulary(measures=(Measure("vaccinated", "cumulative", after=("vaccinated",)),)),
    examples=(
        Example(
            "More than 560,000 children in Gaza have been vaccinated, UNICEF said.",
            (Expect("vaccinated.gaza.children", "More than 560,000 children", 560000, None, by=BY, window=WINDOW),),
        ),
        Example("Teams resumed work on Sunday."),
    ),
)
"""


@pytest.mark.parametrize(
    "by,window,ok",
    [("Nobody", "bogus", False), ("UNICEF", "bogus", False), ("Nobody", "", False), ("UNICEF", "", True)],
)
def test_test_rule_and_pytest_agree_on_an_example_of_the_wrong_source_or_window(tmp_path, by, window, ok):
    """An example whose claim is right but for its source or window fails ``checker test-rule``, the pytest runner
    the built-in rules' examples go through, and a scaffolded test, in Python and in TOML; the right one passes."""
    python = tmp_path / "vaccination.py"
    python.write_text(MISATTRIBUTED.replace("BY", repr(by)).replace("WINDOW", repr(window)), encoding="utf-8")
    toml = tmp_path / "vaccination.toml"
    toml.write_text(toml_of(run_examples(python).rule), encoding="utf-8")
    for path in (python, toml):
        shown = runner.invoke(app, ["test-rule", str(path)])
        assert shown.exit_code == (0 if ok else 1), shown.stdout
        rule = run_examples(path).rule
        assert check_example(rule.examples[0], with_builtins(rule)).ok is ok  # test_rules.test_example's call
        assert run_examples(path).ok is ok  # the scaffolded test's
    if not ok:
        assert f"- expected vaccinated.gaza.children “More than 560,000 children” low=560000 high=None by={by!r}" in (
            shown.stdout
        )
        got = "vaccinated.gaza.children “More than 560,000 children in Gaza have been vaccinated” low=560000 high=None"
        assert f"+ got      {got} by='UNICEF'\n" in shown.stdout


@pytest.mark.parametrize("rule", builtin_rules(), ids=lambda r: r.code)
def test_test_rule_and_pytest_agree_on_every_builtin_example(rule):
    """``checker test-rule rules/X.py`` passes every example of the rule, as tests/test_rules.py does."""
    path = ROOT / (rule.origin.replace(".", "/") + ".py")
    shown = runner.invoke(app, ["test-rule", str(path)])
    verdicts = [
        line.startswith("ok") for line in shown.stdout.splitlines() if regex.match(r"(ok  |FAIL) example", line)
    ]
    assert (
        verdicts == [check_example(ex, with_builtins(rule)).ok for ex in rule.examples] == [True] * len(rule.examples)
    ), shown.stdout
    assert shown.exit_code == 0
