"""Every rule's examples run as tests, and meta-tests guard the conventions of rule modules."""

from __future__ import annotations

import pytest
import regex

from checker.authoring import ExampleReport, check_example, with_builtins
from checker.discovery import builtin_rules, metrics
from checker.lexicon import Lexicon
from checker.rule import ANY, PLACEHOLDERS

RULES = builtin_rules()
EXAMPLES = [(r, i, ex) for r in RULES for i, ex in enumerate(r.examples)]

BUILTIN_METRICS = {
    "killed.gaza": "cumulative",
    "injured.gaza": "cumulative",
    "killed.westbank": "cumulative",
    "killed.israel.oct7": "fixed",
    "hostages.taken": "fixed",
    "hostages.held": "level",
    "hostages.held_alive": "level",
    "hostages.dead_in_captivity": "level",
    "displaced.gaza": "level",
    "population.gaza": "level",
    "hostages.released": "per_event",
    "prisoners.released": "per_event",
    "aid.trucks": "per_event",
    "truce.duration": "per_event",
    "event.date": "fixed",
    "killed.journalists": "cumulative",
    "killed.aid_workers": "cumulative",  # the second subject's pack
}


@pytest.mark.parametrize("rule,index,example", EXAMPLES, ids=[f"{r.code}-{i}" for r, i, _ in EXAMPLES])
def test_example(rule, index, example):
    """Every example of every rule, run as ``checker test-rule`` runs it: with the other built-in rules (vocabulary
    is shared: places, groups)."""
    result = check_example(example, with_builtins(rule))
    assert result.ok, ExampleReport(rule, [], [result]).text()


def test_examples_number_at_least_two_hundred():
    assert len(EXAMPLES) >= 200


def test_rules_are_discovered():
    assert {r.origin for r in RULES} == {
        f"rules.{name}"
        for name in (
            "aid",
            "attacks",
            "casualties",
            "damage",
            "displacement",
            "event_dates",
            "hostages",
            "hunger",
            "media_aid_workers",
            "oct7_attack",
            "people",
            "places",
            "prisoners",
            "relief",
            "truce",
        )
    }


def test_builtin_metrics_exactly():
    assert {k: m.kind for k, m in metrics(RULES).items()} == BUILTIN_METRICS


def test_codes_and_names_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


def test_metric_declared_once():
    keys = [m.key for r in RULES for m in r.metrics]
    assert len(keys) == len(set(keys))


LEXICON = Lexicon.of(r.vocabulary for r in RULES)


def _grammatical(key: str) -> bool:
    """Whether a key is one the grammar builds: its first part (or two) a measure of the lexicon, then lower-case
    parts (docs/keys.md)."""
    heads = (
        {m.key or m.name for m in LEXICON.measures}
        | {k for m in LEXICON.measures for _, k in m.keys}
        | {"duration", "date"}
    )
    parts = key.split(".")
    return any(".".join(parts[:n]) in heads for n in (1, 2)) and all(regex.fullmatch(r"[a-z0-9_]+", p) for p in parts)


def test_every_declared_metric_is_a_frame_and_every_frame_part_is_known():
    """A built-in metric names the frames that are exactly it, by parts the lexicon knows; the grammar then never
    gives another frame that key."""
    places, groups = {p.name for p in LEXICON.places}, {g.name for g in LEXICON.groups}
    for key, metric in metrics(RULES).items():
        parts = dict(metric.frame)
        assert parts.get("measure") in LEXICON.by_measure or parts.get("measure") in ("duration", "date"), key
        for part, known in (("place", places), ("group", groups)):
            values = parts.get(part) if isinstance(parts.get(part), tuple) else (parts.get(part),)
            assert all(v in (None, ANY) or v in known for v in values), key


def test_vocabulary_names_are_unique_within_their_kind():
    for kind in ("measures", "groups", "events", "windows"):
        names = [x.name for r in RULES for x in getattr(r.vocabulary, kind)]
        assert len(names) == len(set(names)), kind


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_conventions(rule):
    assert rule.problems() == []
    assert rule.summary and rule.examples
    for ex in rule.examples:
        for claim in ex.claims:
            assert claim.metric in BUILTIN_METRICS or _grammatical(claim.metric), (
                f"{claim.metric} is neither declared nor built by the grammar"
            )
    all_metrics = metrics(RULES)
    for m in rule.metrics:
        assert m.at_most is None or m.at_most in all_metrics
    for p in rule.patterns:  # compiled as the engine compiles them (problems() checks only their syntax)
        assert p.compiled and p.figure_kind in PLACEHOLDERS
        assert all(c is None or c.pattern for c in (p.compiled_requires, p.compiled_rejects))
    assert rule.topic is None or rule.compiled_topic
