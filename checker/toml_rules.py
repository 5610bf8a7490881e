"""Rules written as TOML, no Python needed. A TOML rule has the fields of a Python one (checker/rule.py), named
alike and validated against the same types, except an ``extractor``, which TOML cannot express:

    code = "VAX"
    name = "polio-vaccination"
    summary = "Children vaccinated against polio."

    [[vocabulary.measures]]                # also: groups, places, events, windows, causes (checker/lexicon.py)
    name = "vaccinated"
    kind = "cumulative"                    # cumulative | fixed | level | per_event
    after = ["vaccinated", "immunised"]    # said after the figure: "N children were vaccinated"
    before = ["vaccinated", "immunised"]   # a verb before it: "vaccinated N children"

    [[metrics]]                            # optional: a series with a name of its own
    key = "vaccinated.gaza.polio"
    unit = "persons"
    kind = "cumulative"
    meaning = "Children vaccinated against polio in Gaza."
    tolerance = 0.1                        # also: at_most, window, start
    frame = {measure = "vaccinated", place = "gaza", group = "children", cause = "*"}

    [[patterns]]                           # optional: a phrasing frames cannot read
    regex = "{count} doses"
    metric = "vaccinated.gaza.polio"       # also: requires, rejects, event, window, figure

    [[anchors]]                            # optional: an event whose elapsed time dates a text
    name = "the campaign began"
    date = 2024-09-01
    pattern = "{duration} into the campaign"

    [[examples]]
    text = "More than 560,000 children in Gaza have been vaccinated against polio, UNICEF said."
    claims = [{metric = "vaccinated.gaza.polio", quote = "560,000 children", low = 560000, by = "UNICEF"}]
    structure = "people + passive predicate"

    [[examples]]
    text = "Vaccination teams resumed work on Sunday."   # a negative example: no claims

TOML has no None: where a Python rule writes None among a frame part's values (the default), TOML writes "".
An expected claim's ``by = ""`` or ``window = ""`` (none) is the same in both.
"""

from __future__ import annotations

import dataclasses
import tomllib
import typing
from pathlib import Path

import regex

from .config import nearest
from .rule import Rule, SchemaError, frame, validated

_NOT_IN_TOML = {
    "extractor": "a TOML rule cannot name a function: write the rule in Python (docs/writing-rules.md)",
    "origin": "is where the rule was found, set by the checker",
}


class TomlRuleError(Exception):
    """A TOML rule file that cannot be read, with the line, the key and what was wrong."""


def load_toml_rule(path: Path) -> Rule:
    """The rule a TOML file declares; raises TomlRuleError, in one line."""
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as e:
        raise TomlRuleError(f"cannot read: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise TomlRuleError(f"not valid TOML: {e}") from None
    for key, why in _NOT_IN_TOML.items():
        if key in data:
            raise TomlRuleError(f"{_at(text, (key,))}{key}: {why}")
    try:
        return validated(_frames(data))
    except SchemaError as e:
        raise TomlRuleError(_explained(e, text)) from None


def _frames(data: dict) -> dict:
    """Metrics' frames as TOML writes them (a table; "" for None among a part's values) as a Metric holds them."""
    metrics = data.get("metrics")
    if not isinstance(metrics, list):
        return data
    return {**data, "metrics": [_frame(m) if isinstance(m, dict) else m for m in metrics]}


def _frame(metric: dict) -> dict:
    parts = metric.get("frame")
    if not isinstance(parts, dict):
        return metric
    values = {k: tuple(x or None for x in v) if isinstance(v, list) else v for k, v in parts.items()}
    return {**metric, "frame": frame(**values)}


def _explained(error: SchemaError, text: str) -> str:
    """The first problem in one line: its line in the file, where in the rule, what, and the key meant."""
    first = error.errors[0]
    loc = tuple(first["loc"])
    hint = ""
    if first["type"] == "unexpected_keyword_argument":
        if len(loc) == 1 and loc[0] in _keys_at(("vocabulary",)):
            hint = f"; vocabulary is declared under its own table: [[vocabulary.{loc[0]}]]"
        else:
            hint = nearest(str(loc[-1]), _keys_at(loc[:-1]))
    return f"{_at(text, loc)}{error.where}: {error.what}{hint}{error.more}"


def _keys_at(loc: tuple) -> list[str]:
    """The keys the rule types allow at ``loc`` (("metrics", 0): a Metric's fields)."""
    cls: object = Rule
    for part in loc:
        if isinstance(part, str) and dataclasses.is_dataclass(cls):
            cls = _dataclass_in(typing.get_type_hints(cls).get(part))
    return [f.name for f in dataclasses.fields(cls)] if dataclasses.is_dataclass(cls) else []


def _dataclass_in(hint: object) -> object:
    """The dataclass a type hint holds (``tuple[Metric, ...]``: Metric), or None."""
    if dataclasses.is_dataclass(hint):
        return hint
    return next((c for c in map(_dataclass_in, typing.get_args(hint)) if c is not None), None)


def _at(text: str, loc: tuple) -> str:
    """``line N: `` for the key ``loc`` names (set, or heading a table): looked for after the header of its table
    (the Nth ``[[metrics]]`` for ("metrics", N - 1, ...)); the header's line when the key is not written."""
    start: int | None = None
    table: list[str] = []
    for part in loc:
        if isinstance(part, int):
            header = rf"(?m)^[ \t]*\[\[[ \t]*{regex.escape('.'.join(table))}[ \t]*\]\]"
            headers = list(regex.finditer(header, text))
            if part < len(headers):
                start, table = headers[part].start(), []
        else:
            table.append(part)
    key = next((p for p in reversed(loc) if isinstance(p, str)), None)
    written = rf"(?<![\w-]){regex.escape(key or '')}[ \t]*=|\[\[?[ \t]*{regex.escape(key or '')}[ \t]*\]"
    found = key and regex.compile(written).search(text, start or 0)
    at = found.start() if found else start
    return "" if at is None else f"line {text.count(chr(10), 0, at) + 1}: "
