"""Rules written as TOML, no Python needed. The file's keys mirror the Rule API (see docs/writing-rules.md):
vocabulary first, then metrics that name exact frames, then patterns for what frames cannot read.

    code = "VAX"
    name = "polio-vaccination"
    summary = "Children vaccinated against polio."

    [[measures]]                           # also: groups, places, events, windows, causes
    name = "vaccinated"
    kind = "cumulative"                    # cumulative | fixed | level | per_event
    after = ["vaccinated", "immunised"]    # said after the figure: "N children were vaccinated"
    before = ["vaccinated", "immunised"]   # a verb before it: "vaccinated N children"

    [[metrics]]                            # optional: a series with a name of its own
    key = "vaccinated.gaza.polio"
    unit = "persons"
    kind = "cumulative"
    meaning = "Children vaccinated against polio in Gaza."
    frame = {measure = "vaccinated", place = "gaza", group = "children", cause = "*"}

    [[patterns]]                           # optional: a phrasing frames cannot read
    regex = "{count} doses"
    metric = "vaccinated.gaza.polio"       # also: requires, rejects, event, window, figure

    [[examples]]
    text = "More than 560,000 children in Gaza have been vaccinated against polio, UNICEF said."
    claims = [{metric = "vaccinated.gaza.children", quote = "560,000 children", low = 560000}]
    structure = "people + passive predicate"   # also: by, window, mood

    [[examples]]
    text = "Vaccination teams resumed work on Sunday."   # a negative example: no claims
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from .lexicon import Event, Group, Measure, Place, Vocabulary, Window
from .rule import UNCHECKED, Example, Metric, Pattern, Rule


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Metric(_Strict):
    key: str
    unit: str
    kind: Literal["cumulative", "fixed", "level", "per_event"]
    meaning: str
    at_most: str | None = None
    window: int | None = None
    tolerance: float | None = None
    start: dt.date | None = None
    frame: dict[Literal["measure", "place", "subplace", "group", "cause", "window", "event"], str] = {}


class _Measure(_Strict):
    name: str
    kind: Literal["cumulative", "fixed", "level", "per_event"]
    unit: str = "persons"
    after: list[str] = []
    before: list[str] = []
    of: list[str] = []
    toll: list[str] = []
    adjectives: list[str] = []
    groups: list[str] = []
    state: bool = False


class _Group(_Strict):
    name: str
    nouns: list[str] = []
    context: list[str] = []
    measure: str | None = None
    place: str | None = None
    default: bool = False
    measures: list[str] = []


class _Place(_Strict):
    name: str
    names: list[str] = []
    people: list[str] = []
    within: str | None = None
    hints: list[str] = []


class _Event(_Strict):
    name: str
    cues: list[str] = []
    nouns: list[str] = []
    place: str | None = None
    date: dt.date | None = None
    topic: list[str] = []
    tolls: bool = False
    theatre: str | None = None
    measures: list[str] = []


class _Window(_Strict):
    name: str
    cues: list[str] = []


class _Pattern(_Strict):
    regex: str
    metric: str
    requires: str | None = None
    rejects: str | None = None
    event: str | None = None
    window: str | None = None
    figure: Literal["count", "share", "duration", "date"] | None = None


class _Claim(_Strict):
    metric: str
    quote: str
    low: int | float | str | None = None
    high: int | float | str | None = None


class _Example(_Strict):
    text: str
    claims: list[_Claim] = []
    by: str | None = UNCHECKED
    window: str | None = UNCHECKED
    mood: str | None = UNCHECKED
    structure: str = ""


class _Rule(_Strict):
    code: str
    name: str
    summary: str
    topic: str | None = None
    measures: list[_Measure] = []
    groups: list[_Group] = []
    places: list[_Place] = []
    events: list[_Event] = []
    windows: list[_Window] = []
    causes: list[_Window] = []
    metrics: list[_Metric] = []
    patterns: list[_Pattern] = []
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
    vocabulary = Vocabulary(
        measures=tuple(Measure(**_tuples(m.model_dump())) for m in spec.measures),
        groups=tuple(Group(**_tuples(g.model_dump())) for g in spec.groups),
        places=tuple(Place(**_tuples(p.model_dump())) for p in spec.places),
        events=tuple(Event(**_tuples(e.model_dump())) for e in spec.events),
        windows=tuple(Window(**_tuples(w.model_dump())) for w in spec.windows),
        causes=tuple(Window(**_tuples(c.model_dump())) for c in spec.causes),
    )
    return Rule(
        code=spec.code,
        name=spec.name,
        summary=spec.summary,
        topic=spec.topic,
        vocabulary=vocabulary,
        metrics=tuple(Metric(**{**m.model_dump(), "frame": tuple(sorted(m.frame.items()))}) for m in spec.metrics),
        patterns=tuple(Pattern(**p.model_dump()) for p in spec.patterns),
        examples=tuple(
            Example(
                ex.text,
                tuple((c.metric, c.quote, c.low, c.high) for c in ex.claims),
                by=ex.by,
                window=ex.window,
                mood=ex.mood,
                structure=ex.structure,
            )
            for ex in spec.examples
        ),
    )


def _tuples(fields: dict) -> dict:
    """TOML lists as the tuples the vocabulary records hold."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()}
