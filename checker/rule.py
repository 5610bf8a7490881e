"""The rule API: what a rule module declares. The engine does the rest.

A rule module in ``rules/`` defines one ``RULE = Rule(...)``: its code and name, its vocabulary (the
words for what its family counts, who, where, when: see lexicon.py), the metrics it names and its
examples. The engine reads every figure's frame from the words around it (framing.py) and derives the
claim's key from the frame (frames.py); a metric with a ``frame`` names the frames that are exactly it.

For a phrasing the frames cannot read, a rule may add patterns: a regular expression over a sentence in
which the tagger's quantities stand as placeholders, so a rule never parses a number itself:

- ``{count}``: a number, range or vague quantity ("more than 40,000", "dozens", "2.3 million")
- ``{share}``: a percentage or share ("90%", "most"); for a count metric the engine turns a share
  of a base into the count ("90% of Gaza's 2.3 million" -> 2,070,000)
- ``{duration}``: a duration ("60-day", "135 days")
- ``{date}``: a date or month/year ("Oct. 7", "October 2023")

The first placeholder is the claim's figure, unless ``figure`` names another kind; the others only
have to be there. Patterns run over the sentence with every quantity masked, so a date or number
in a pattern is written as its placeholder, never literally. Patterns match case-insensitively. Examples
are sentences with the claims they must give (or none); they run as tests and are printed in the rule docs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

import regex
from pydantic import BaseModel, ConfigDict, ValidationError

from .config import nearest
from .lexicon import MetricKind, Vocabulary
from .records import Mood, Quantity

Compiled = regex.Pattern
"""A compiled pattern (inside ``Pattern`` the name ``regex`` is its field, not the module)."""

ANY = "*"
"""In a metric's frame: any value of that part."""

PLACEHOLDERS = {
    "count": "\ue000",
    "share": "\ue001",
    "duration": "\ue002",
    "date": "\ue003",
}
"""Placeholder name -> the character the engine masks that kind of quantity with."""

_PLACEHOLDER = regex.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


@dataclass(frozen=True)
class Metric:
    """A measured thing. ``kind`` says how claims about it are compared over time."""

    key: str
    unit: str
    kind: MetricKind
    meaning: str
    at_most: str | None = None
    """Another metric this one can never exceed at the same time (held_alive <= held)."""
    window: int | None = None
    """Days within which two claims are taken to be of the same time (default 14)."""
    tolerance: float | None = None
    """How far an "about" figure may stray from its point, as a fraction (default 0.05)."""
    start: dt.date | None = None
    """For a cumulative metric, the day its count starts: "since" that day is the total, since any other
    day is a partial window that is not compared with the total."""
    frame: tuple[tuple[str, FramePart], ...] = ()
    """The frames that are exactly this metric: (part, value) pairs, ANY for any value, a tuple for any of some
    (None among them: the default); a part left out must be the default (see frames.matches). Made with
    ``frame(measure="killed", place="gaza")``."""


FRAME_PARTS = ("measure", "place", "subplace", "group", "nationality", "cause", "window", "event")
"""The parts of a frame a metric can require, in the order a key names them."""

FramePart = str | tuple[str | None, ...]
"""A metric's frame part: one value, ANY, or any of a tuple of values (None: the default)."""


def frame(**parts: FramePart) -> tuple[tuple[str, FramePart], ...]:
    """A metric's frame, written as keywords: ``frame(measure="held", group="hostages", place=ANY)``."""
    return tuple(sorted(parts.items()))


@dataclass(frozen=True)
class Pattern:
    """One way a claim is written."""

    regex: str
    metric: str
    requires: str | None = None
    """A regex that must match the sentence or the one before it (the subject: "Gaza|Palestinian")."""
    rejects: str | None = None
    """A regex that must not match the figure's clause: the sentence up to the match, the match, and what
    follows it up to the next comma, semicolon or full stop (another subject: "Israelis", "West Bank")."""
    event: str | None = None
    window: str | None = None
    """The frame's window for a figure this pattern claims ("incident", "exchange", "daily")."""
    figure: str | None = None
    """The placeholder kind that is the claim's figure when it is not the first one."""

    @cached_property
    def source(self) -> str:
        """The regex the engine runs: placeholders as runs of their mask character, the figure's as a group.
        Raises ValueError when the pattern has no placeholder for its figure."""
        kind, done = self.figure_kind, False

        def sub(m: regex.Match) -> str:
            nonlocal done
            char = regex.escape(PLACEHOLDERS[m[1]])
            if not done and m[1] == kind:
                done = True
                return f"(?P<figure>{char}+)"
            return f"{char}+"

        return _spaces(_PLACEHOLDER.sub(sub, self.regex))

    @cached_property
    def compiled(self) -> Compiled:
        return regex.compile(self.source, regex.I | regex.V1)

    @cached_property
    def figure_kind(self) -> str:
        kinds = _PLACEHOLDER.findall(self.regex)
        if not kinds:
            raise ValueError(f"pattern has no placeholder: {self.regex!r}")
        if self.figure is not None and self.figure not in kinds:
            raise ValueError(f"pattern has no {{{self.figure}}} placeholder: {self.regex!r}")
        return self.figure or kinds[0]

    @cached_property
    def figure_first(self) -> bool:
        """Whether the pattern starts with its figure, so the engine need only try it where figures start."""
        return self.regex.startswith("{" + self.figure_kind + "}")

    @cached_property
    def compiled_requires(self) -> Compiled | None:
        return regex.compile(self.requires, regex.I | regex.V1) if self.requires else None

    @cached_property
    def compiled_rejects(self) -> Compiled | None:
        return regex.compile(self.rejects, regex.I | regex.V1) if self.rejects else None


def _check_syntax(source: str | None) -> None:
    """Raise regex.error when ``source`` is not a valid pattern. Compiled without the case folding the engine
    matches with (over half the cost of compiling; it changes how letters match, not what parses, and the
    rule tests compile every built-in pattern as the engine does), so a run whose claims all come from the
    cache never compiles the rules for matching."""
    if source:
        regex.compile(source, regex.V1)


def _spaces(pattern: str) -> str:
    """A literal space in a pattern matches any run of white space (the engine folds line breaks to spaces)."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        elif ch == " " and not in_class:
            out.append("(?: +)")
            continue
        out.append(ch)
    return "".join(out)


@dataclass(frozen=True)
class Anchor:
    """A known event that dates a text: "{duration} of war" after the war began on 2023-10-07 means the
    text was written about that long after. The pattern holds one {duration} placeholder."""

    name: str
    date: dt.date
    pattern: str
    places: tuple[str, ...] = ()
    """The places of the conflict the event belongs to: the clue dates only documents mainly about one of them
    ("18 months of war" dates a Gaza article from October 7, 2023, never a Sudan one). Empty: any document."""
    anniversaries: bool = False
    """Whether "on the first anniversary" or "marks two years since" in a document of its conflict is the event's:
    such a text is written within days of that anniversary."""
    event: str | None = None
    """The event whose length, as the engine reads it in a figure's frame ("the war, for the past two years"),
    counts from this date in the anchor's places; None: only the pattern dates."""

    @cached_property
    def compiled(self) -> regex.Pattern:
        return Pattern(self.pattern, metric="").compiled


@dataclass(frozen=True)
class Sentence:
    """What a custom extractor sees: one sentence, its offsets in the document, and its quantities."""

    text: str
    start: int
    end: int
    quantities: tuple[Quantity, ...]


@dataclass(frozen=True)
class Hit:
    """A claim a custom extractor found: the metric, the figure (one of the sentence's quantities), and
    the quote's offsets in the document (it must contain the figure)."""

    metric: str
    quantity: Quantity
    start: int
    end: int
    event: str | None = None
    window: str | None = None


Bound = int | float | str | None
"""A bound of an expected value: a number, a date ("2024-01-05"; "--09-09" for a day of no year), or None: open."""


@dataclass(frozen=True)
class Expect:
    """A claim an example must give: its metric (key), a stretch of the example's text that holds its figure
    (where the stretch first occurs), and its value's bounds (None: open, as "at least 3,500" has no upper
    bound). ``by``, ``window`` and ``mood`` are the claim's attribution, frame window and mood ("" for none);
    left out, they are not checked."""

    metric: str
    quote: str
    low: Bound = None
    high: Bound = None
    by: str | None = None
    window: str | None = None
    mood: Mood | None = None


@dataclass(frozen=True)
class Example:
    """A sentence and the claims it must give, and no others (none: a negative example). ``structure`` names
    the way of writing it stands for, as met in real news."""

    text: str
    claims: tuple[Expect, ...] = ()
    structure: str = ""


@dataclass(frozen=True)
class Rule:
    """One claim family."""

    code: str
    name: str
    summary: str
    metrics: tuple[Metric, ...] = ()
    patterns: tuple[Pattern, ...] = ()
    examples: tuple[Example, ...] = ()
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    """The words the engine reads this family's frames with (measures, groups, places, events, windows)."""
    topic: str | None = None
    """A regex the document must match somewhere for the rule to run (the subject of the family)."""
    anchors: tuple[Anchor, ...] = ()
    """Known events whose elapsed time in a text dates the text (see dating.py)."""
    extractor: Callable[[Sentence], Iterable[Hit]] | None = field(default=None, compare=False)
    """A hook for what patterns cannot express: called with each sentence that holds quantities, it
    returns Hits (metric, quantity, quote span). Hits compete with pattern matches like any other."""
    origin: str = field(default="", compare=False)

    @cached_property
    def compiled_topic(self) -> regex.Pattern | None:
        return regex.compile(self.topic, regex.I | regex.V1) if self.topic else None

    def problems(self) -> list[str]:
        """What is wrong with this rule's declarations, one line each (empty when it is sound)."""
        invalid = schema_problems(self)
        if invalid:
            return invalid
        out = []
        if not CODE.fullmatch(self.code):
            out.append(f"code {self.code!r} must be 2-8 capital letters or digits, starting with a letter")
        if not self.metrics and not self.vocabulary:
            out.append("declares neither metrics nor vocabulary")
        out += [
            f"metric {m.key}: frame part {part!r} is none of {', '.join(FRAME_PARTS)}{nearest(part, FRAME_PARTS)}"
            for m in self.metrics
            for part, _ in m.frame
            if part not in FRAME_PARTS
        ]
        if not self.patterns and self.extractor is None and not self.vocabulary:
            out.append("has neither vocabulary, patterns nor an extractor")
        try:
            _check_syntax(self.topic)
        except regex.error as e:
            out.append(f"topic {self.topic!r}: {e}")
        return out + self._pattern_problems() + self._example_problems()

    def _pattern_problems(self) -> list[str]:
        keys = {m.key for m in self.metrics}
        out = []
        for i, p in enumerate(self.patterns, 1):
            if p.metric not in keys:
                out.append(f"pattern {i} produces {p.metric!r}, which the rule does not declare")
            try:
                for source in (p.source, p.requires, p.rejects):
                    _check_syntax(source)
            except (ValueError, regex.error) as e:
                out.append(f"pattern {i} ({p.regex!r}): {e}")
        return out

    def _example_problems(self) -> list[str]:
        out = []
        if not any(ex.claims for ex in self.examples) or all(ex.claims for ex in self.examples):
            out.append("needs at least one positive and one negative example")
        for ex in self.examples:
            out += [f"an example's quote {c.quote!r} is not in its text" for c in ex.claims if c.quote not in ex.text]
        return out

    def metric(self, key: str) -> Metric:
        for m in self.metrics:
            if m.key == key:
                return m
        raise KeyError(f"rule {self.code} has no metric {key!r}")


CODE = regex.compile(r"[A-Z][A-Z0-9]{1,7}")
"""A rule's code: 2-8 capital letters or digits, starting with a letter."""


class _Schema(BaseModel):
    """The rule types above as a schema: validates a rule read from a file (a TOML table) or written in Python."""

    model_config = ConfigDict(extra="forbid", revalidate_instances="always")
    rule: Rule


class SchemaError(ValueError):
    """A rule whose fields are not of the rule types. ``errors`` are pydantic's, located inside the rule
    (("metrics", 0, "kind")); the message is the first, in one line, and how many more there are."""

    def __init__(self, errors: list[dict]) -> None:
        self.errors = sorted(errors, key=lambda e: e["type"] != "unexpected_keyword_argument")  # a misspelt key first
        first = self.errors[0]
        self.where = ".".join(str(x) for x in first["loc"]) or "(top level)"
        what = "unknown key" if first["type"] == "unexpected_keyword_argument" else first["msg"]
        self.what = what[:1].lower() + what[1:]
        self.more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"{self.where}: {self.what}{self.more}")


def validated(data: object) -> Rule:
    """A Rule from ``data``, the fields of one (as a TOML file's tables) or a Rule, checked against the rule
    types; raises SchemaError."""
    try:
        return _Schema.model_validate({"rule": data}).rule
    except ValidationError as e:
        raise SchemaError([{**err, "loc": err["loc"][1:]} for err in e.errors()]) from None


def schema_problems(rule: Rule) -> list[str]:
    """Where a rule's fields are not of the rule types, in one line (empty when they are)."""
    try:
        validated(rule)
    except SchemaError as e:
        return [str(e)]
    return []
