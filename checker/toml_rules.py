"""Rules written as TOML, no Python needed. The file's keys mirror the Rule API (see docs/writing-rules.md):

    code = "JOU"
    name = "journalists-killed"
    summary = "Journalists killed in the Gaza war."
    topic = "journalist|reporter"          # optional

    [[metrics]]
    key = "killed.journalists"
    unit = "persons"
    kind = "cumulative"                    # cumulative | fixed | level | per_event
    meaning = "Journalists killed since October 7, 2023."

    [[patterns]]
    regex = "{count} journalists (?:have been |were )?killed"
    metric = "killed.journalists"          # also: requires, rejects, event, scope, figure

    [[examples]]
    text = "At least 178 journalists have been killed, the CPJ said."
    claims = [{metric = "killed.journalists", quote = "At least 178 journalists have been killed", low = 178}]

    [[examples]]
    text = "Two journalists were injured."   # a negative example: no claims
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from .rule import Example, Metric, Pattern, Rule


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Metric(_Strict):
    key: str
    unit: str
    kind: Literal["cumulative", "fixed", "level", "per_event"]
    meaning: str
    at_most: str | None = None
    window: int | None = None
    start: dt.date | None = None


class _Pattern(_Strict):
    regex: str
    metric: str
    requires: str | None = None
    rejects: str | None = None
    event: str | None = None
    scope: str | None = None
    figure: Literal["count", "share", "duration", "date"] | None = None


class _Claim(_Strict):
    metric: str
    quote: str
    low: int | float | str | None = None
    high: int | float | str | None = None


class _Example(_Strict):
    text: str
    claims: list[_Claim] = []


class _Rule(_Strict):
    code: str
    name: str
    summary: str
    topic: str | None = None
    metrics: list[_Metric]
    patterns: list[_Pattern]
    examples: list[_Example]


class TomlRuleError(Exception):
    """A TOML rule file that cannot be read, with the key and what was wrong."""


def load_toml_rule(path: Path) -> Rule:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        spec = _Rule.model_validate(data)
    except (OSError, UnicodeDecodeError) as e:
        raise TomlRuleError(f"cannot read: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise TomlRuleError(f"not valid TOML: {e}") from None
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise TomlRuleError(f"{where}: {first['msg']} ({len(e.errors())} problem(s) in all)") from None
    return Rule(
        code=spec.code, name=spec.name, summary=spec.summary, topic=spec.topic,
        metrics=tuple(Metric(**m.model_dump()) for m in spec.metrics),
        patterns=tuple(Pattern(**p.model_dump()) for p in spec.patterns),
        examples=tuple(Example(ex.text, tuple((c.metric, c.quote, c.low, c.high) for c in ex.claims))
                       for ex in spec.examples),
    )
