"""Every rule's examples run as tests, and meta-tests guard the conventions of rule modules."""

from __future__ import annotations

import pytest
import regex

from checker.discovery import builtin_rules, metrics
from checker.extraction import extract
from checker.loading import from_text
from checker.rule import PLACEHOLDERS, UNCHECKED

RULES = builtin_rules()
EXAMPLES = [(r, i, ex) for r in RULES for i, ex in enumerate(r.examples)]

BUILTIN_METRICS = {
    "killed.gaza": "cumulative", "injured.gaza": "cumulative", "killed.westbank": "cumulative",
    "killed.israel.oct7": "fixed", "hostages.taken": "fixed",
    "hostages.held": "level", "hostages.held_alive": "level", "hostages.dead_in_captivity": "level",
    "displaced.gaza": "level", "population.gaza": "level",
    "hostages.released": "per_event", "prisoners.released": "per_event", "aid.trucks": "per_event",
    "truce.duration": "per_event", "event.date": "fixed",
    "killed.journalists": "cumulative", "killed.aid_workers": "cumulative",  # the second subject's pack
}


@pytest.mark.parametrize("rule,index,example", EXAMPLES, ids=[f"{r.code}-{i}" for r, i, _ in EXAMPLES])
def test_example(rule, index, example):
    claims = extract(from_text(example.text), (rule,))
    got = sorted((c.metric, c.quote, c.value.low, c.value.high) for c in claims)
    assert got == sorted(example.claims), f"{rule.code} example {index}: {example.text}"
    if example.by != UNCHECKED:
        assert [c.attributed_to for c in claims] == [example.by] * len(claims), f"{rule.code} example {index}: source"
    if example.scope != UNCHECKED:
        assert [c.scope for c in claims] == [example.scope] * len(claims), f"{rule.code} example {index}: scope"


def test_examples_number_at_least_two_hundred():
    assert len(EXAMPLES) >= 200


def test_rules_are_discovered():
    assert {r.origin for r in RULES} == {f"rules.{name}" for name in (
        "aid", "casualties", "displacement", "event_dates", "hostages", "media_aid_workers", "oct7_attack", "prisoners",
        "truce")}


def test_builtin_metrics_exactly():
    assert {k: m.kind for k, m in metrics(RULES).items()} == BUILTIN_METRICS


def test_codes_and_names_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


def test_metric_declared_once():
    keys = [m.key for r in RULES for m in r.metrics]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_conventions(rule):
    assert regex.fullmatch(r"[A-Z]{3}", rule.code)
    assert rule.summary and rule.examples
    assert any(ex.claims for ex in rule.examples), "needs a positive example"
    assert any(not ex.claims for ex in rule.examples), "needs a negative example"
    produced = {m for ex in rule.examples for m, *_ in ex.claims}
    declared = {m.key for m in rule.metrics}
    assert produced <= declared
    all_metrics = metrics(RULES)
    for m in rule.metrics:
        assert m.at_most is None or m.at_most in all_metrics
    for p in rule.patterns:
        assert p.metric in declared, p.regex
        assert p.figure_kind in PLACEHOLDERS
        p.compiled, p.compiled_requires, p.compiled_rejects  # compile, or fail here
    if rule.topic:
        rule.compiled_topic
