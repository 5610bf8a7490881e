"""The typed records that flow through the checker: Document, Span, Value, Quantity, Claim, Finding.

All records are immutable pydantic models. Offsets are character offsets (not bytes) into the
decoded source file; lines and columns are 1-based.
"""

from __future__ import annotations

import bisect
import datetime as dt
import gc
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from enum import StrEnum
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field

Number = int | float
Bound = Number | str | None
"""An interval bound: a number, an ISO date ("2023-10-07"), a year-less ISO date ("--10-07"), or open."""

APPROX_TOLERANCE = 0.05
"""How far an "about" figure may be from its point and still agree (a fraction of the figure)."""
Qualifier = Literal["exact", "approx", "at_least", "more_than", "at_most", "less_than", "range", "vague"]


class Severity(StrEnum):
    """How much a finding matters; ``rank`` orders them (a higher rank is more severe)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}
SEVERITY_ORDER: dict[str, int] = {s.value: s.rank for s in Severity}


class _Names(set):
    """A set of field names shared by many records: it cannot be changed (pydantic needs a ``set``)."""

    def _refuse(self, *args: Any) -> None:
        raise TypeError("a shared set of field names cannot be changed")

    add = discard = remove = pop = clear = update = difference_update = intersection_update = _refuse
    symmetric_difference_update = __ior__ = __iand__ = __isub__ = __ixor__ = _refuse  # type: ignore[assignment]


_FIELD_SETS: dict[frozenset[str], _Names] = {}
_LAST: dict[type | None, _Names] = {}  # the set each kind of record was last given: most often the same again


def _shared(fields: set[str], kind: type | None = None) -> _Names:
    """One shared set per distinct set of field names."""
    last = _LAST.get(kind)
    if last is not None and last == fields:
        return last
    key = frozenset(fields)
    found = _FIELD_SETS.get(key)
    if found is None:
        found = _FIELD_SETS[key] = _Names(key)
    _LAST[kind] = found
    return found


def _share(record: BaseModel) -> None:
    object.__setattr__(record, "__pydantic_fields_set__", _shared(record.__pydantic_fields_set__, type(record)))


class Record(BaseModel):
    """An immutable record. Claims and documents, the records kept by the hundred thousand, share the set
    of the names of the fields they were given (pydantic keeps it for ``exclude_unset``): one unchangeable
    set per distinct set, not one per record; for a claim those sets took more memory than its values
    (about 1.2 of 1.9 KB). Copies and unpickled records share theirs too."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy with ``update`` applied (not validated, as pydantic's own)."""
        copied = super().model_copy(deep=deep)
        if update:
            copied.__dict__.update(update)
            object.__setattr__(
                copied, "__pydantic_fields_set__", _shared(copied.__pydantic_fields_set__ | update.keys())
            )
        return copied

    def __setstate__(self, state: dict[Any, Any]) -> None:
        super().__setstate__(state)  # unpickled (from another process): share the set again
        _share(self)


class Span(Record):
    start: int
    end: int
    line: int = Field(description="The line in the file; in a PDF, the line on its page.")
    column: int
    page: int | None = Field(None, description="In a PDF, the page (from 1); else None.")

    def at(self, path: str) -> str:
        """Where it is, for people: "a.md:12:5"; in a PDF, "a.pdf (page 3, line 12)"."""
        return (
            f"{path}:{self.line}:{self.column}" if self.page is None else f"{path} (page {self.page}, line {self.line})"
        )


class SourceMap(Record):
    """Maps offsets in a document's visible text back to offsets in its source file.

    ``text_starts[i]`` in the text corresponds to ``source_starts[i]`` in the source; offsets in
    between move in step. ``line_starts`` are the source offsets where each line begins.
    """

    text_starts: tuple[int, ...] = (0,)
    source_starts: tuple[int, ...] = (0,)
    line_starts: tuple[int, ...] = (0,)
    page_starts: tuple[int, ...] = ()
    """In a PDF, the source offsets where each page's text begins (else empty: no pages)."""

    def source_offset(self, offset: int) -> int:
        i = bisect.bisect_right(self.text_starts, offset) - 1
        return self.source_starts[i] + offset - self.text_starts[i]

    def text_offset(self, source_offset: int) -> int:
        """The offset in the visible text that lies at ``source_offset`` in the file (the inverse map)."""
        i = max(0, bisect.bisect_right(self.source_starts, source_offset) - 1)
        return self.text_starts[i] + source_offset - self.source_starts[i]

    def span(self, start: int, end: int) -> Span:
        src_start = self.source_offset(start)
        src_end = max(src_start, self.source_offset(end - 1) + 1) if end > start else src_start
        line = bisect.bisect_right(self.line_starts, src_start)
        column = src_start - self.line_starts[line - 1] + 1
        if not self.page_starts:
            return Span(start=src_start, end=src_end, line=line, column=column, page=None)
        page = bisect.bisect_right(self.page_starts, src_start)
        first = bisect.bisect_right(self.line_starts, self.page_starts[page - 1])  # the page's first line
        return Span(start=src_start, end=src_end, line=line - first + 1, column=column, page=page)


class Evidence(Record):
    quote: str = Field(description="The text (or metadata) the date rests on.")
    reason: str = Field(description="What it says about the date.")


class DocDate(Record):
    """When a document was written: given by metadata, or inferred from its text as an interval."""

    earliest: dt.date | None = None
    latest: dt.date | None = None
    estimate: dt.date | None = Field(None, description="The earliest possible date when known, else the latest.")
    source: Literal["given", "inferred", "none"] = "none"
    evidence: tuple[Evidence, ...] = ()

    @staticmethod
    def given(day: dt.date, quote: str, where: str) -> DocDate:
        return DocDate(
            earliest=day,
            latest=day,
            estimate=day,
            source="given",
            evidence=(Evidence(quote=quote, reason=f"given in {where}"),),
        )


class InlineSuppression(Record):
    """<!-- claim-checker: ignore CODE [METRIC] --> in a .md or .html document."""

    code: str
    metric: str | None = None
    line: int


class InlineRejection(Record):
    """<!-- claim-checker: reject "QUOTE": REASON --> in a .md or .html document: a claim marked as wrong."""

    quote: str
    reason: str
    line: int


class Document(Record):
    id: str = Field(description="Path relative to the checked root, without extension.")
    path: str = Field(description="Path as shown to people (relative to the working directory when inside it).")
    format: Literal["txt", "md", "html", "pdf"]
    encoding: str = "utf-8"
    title: str | None = None
    date: DocDate = Field(default_factory=DocDate)
    outlet: str | None = Field(None, description="The publication, from the manifest.")
    url: str | None = Field(None, description="Where the document was published, from the manifest.")
    suppressions: tuple[InlineSuppression, ...] = ()
    rejections: tuple[InlineRejection, ...] = ()
    sha256: str
    text: str = Field(
        exclude=True,
        description="The visible text (never serialised); offsets into it map to the source through source_map.",
    )
    source_map: SourceMap = Field(default_factory=SourceMap, exclude=True, repr=False)

    def model_post_init(self, context: Any, /) -> None:
        _share(self)


class Value(Record):
    """An interval with a qualifier. ``None`` bounds are open; equal bounds are a point."""

    low: Bound = None
    high: Bound = None
    qualifier: Qualifier = "exact"

    def describe(self, unit: str = "") -> str:
        """The value in words: "more than 40,000", "about 1,200", "vaguely 2,000–9,999", "--10-07"."""
        lo, hi = _show(self.low), _show(self.high)
        if self.low is not None and self.low == self.high:
            text = {"approx": f"about {lo}", "vague": f"vaguely {lo}"}.get(self.qualifier, lo)
        elif self.high is None:
            text = f"{_WORDS.get(self.qualifier, 'at least')} {lo}"
        elif self.low is None:
            text = f"{_WORDS.get(self.qualifier, 'at most')} {hi}"
        else:
            text = ("vaguely " if self.qualifier == "vague" else "") + f"{lo}–{hi}"
        if unit == "%":
            text += "%"
        elif unit in _TIME_UNITS:
            text += f" {unit}" + ("" if self.low == self.high == 1 else "s")
        elif unit and unit not in ("persons", "date"):
            text += f" {unit}"
        return text


_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
_WORDS = {"at_least": "at least", "more_than": "more than", "at_most": "up to", "less_than": "fewer than"}


def _show(b: Bound) -> str:
    if isinstance(b, str):
        return b
    if b is None:
        return "?"
    return f"{b:,}" if isinstance(b, int) else f"{b:,.6g}" if abs(b) < 1e6 else f"{b:,.0f}"


class Quantity(Record):
    """One quantity the tagger found in a text, independent of subject."""

    text: str
    start: int
    end: int = Field(description="Exclusive.")
    kind: Literal["number", "range", "percent", "duration", "date", "daterange"]
    low: Bound = None
    high: Bound = None
    qualifier: Qualifier = "exact"
    unit: str | None = None
    base: Quantity | None = Field(None, description="For a share: the quantity it is a share of.")

    @property
    def value(self) -> Value:
        return Value(low=self.low, high=self.high, qualifier=self.qualifier)


Mood = Literal["fact", "estimate", "proposal", "superseded"]


class Frame(Record):
    """What a figure counts, found by the engine from the words around it (see docs/keys.md). None is the
    default of each part: the whole population, the whole place, the count since the start or the level now."""

    measure: str = Field(description='What is counted: "killed", "injured", "held", "released", "duration", ...')
    place: str | None = Field(None, description='The territory: "gaza", "westbank", "sudan"; None when unknown.')
    subplace: str | None = Field(None, description='A city, camp or region inside it: "rafah", "el_fasher".')
    group: str | None = Field(None, description='Who is counted: "children", "journalists", "hostages"; None: people.')
    nationality: str | None = Field(
        None, description='Whose nationals, when a breakdown names it: "israelis", "thais".'
    )
    cause: str | None = Field(None, description='The cause, where the figure names one: "starvation".')
    window: str | None = Field(
        None,
        description='The span counted over: "24h", "day", "since", "incident", '
        '"exchange"; None: since the start, or the level now.',
    )
    event: str | None = Field(None, description='The named event: "oct7", "truce"; None when none.')
    mood: Mood = Field(
        "fact",
        description="fact, estimate (hedged by its source), proposal (a plan, a possibility) or "
        "superseded (an earlier value the text says was replaced).",
    )

    def model_post_init(self, context: Any, /) -> None:
        _share(self)


class Claim(Record):
    id: str
    document: str
    rule: str
    pattern: str = Field("", description='The pattern that matched (its regex), or "extractor".')
    metric: str
    value: Value
    unit: str
    quote: str = Field(description="The exact text the rule's pattern matched.")
    figure: str = Field(description='The figure within the quote, as written: "more than 40,000".')
    sentence: str
    span: Span
    as_of: dt.date | None = Field(None, description="The best date the figure is true at (the document's estimate).")
    as_of_earliest: dt.date | None = Field(None, description="The earliest date it can be true at; None: open.")
    as_of_latest: dt.date | None = Field(None, description="The latest date it can be true at; None: open.")
    as_of_text: str | None = Field(None, description='An explicit as-of in the text ("as of Sunday"), which wins.')
    frame: Frame = Field(description="What the figure counts: measure, who, where, window, event, mood.")
    share: Value | None = Field(
        None,
        description="For a figure written as a share of a whole, the share in percent "
        "(the value is then the count it comes to).",
    )
    attributed_to: str | None = None

    @property
    def event(self) -> str | None:
        return self.frame.event

    def model_post_init(self, context: Any, /) -> None:
        _share(self)  # and its value's, span's and frame's, made just before it
        _share(self.value)
        _share(self.span)


class ReferencePoint(Record):
    """A reference series' value on a day (what T401 and T402 set a claim against)."""

    source: str
    day: dt.date
    value: float


Reason = Literal[
    "vague-figure",
    "time-unknown",
    "one-occasion",
    "one-incident",
    "stale-after-revision",
    "quoted-before-revision",
    "rejection",
]
"""Why a finding says what it says, beyond its code: a vague figure or times not known to overlap (why it is
only info), one occasion or incident identified by place and time, a revised figure quoted after or before the revision;
for an unused suppression, that it is a rejection of a claim."""


class Finding(Record):
    """What comparison (or reading the inputs) found, as data: which claims, against which, the interval they
    miss, the reference value, the dates compared. Writers put it into words (checker/writers/wording.py)."""

    code: str
    name: str
    severity: Severity
    metric: str = Field(description="The metric compared; empty for a finding about an input file.")
    event: str | None = Field(None, description="The event of the claims compared (their frame's).")
    window: str | None = Field(None, description="The window of the claims compared (their frame's).")
    claims: tuple[str, ...] = Field(
        (), description="Ids of every claim concerned: the subject, those set against it, then the rest."
    )
    subject: tuple[str, ...] = Field((), description="Ids of the claims the finding is about, as cited.")
    against: tuple[str, ...] = Field((), description="Ids of the claims they are set against, as cited.")
    uncited: int = Field(0, description="How many more claims on the side set against are not cited.")
    consensus: tuple[float | None, float | None] | None = Field(
        None, description="For a disagreement: the interval the claims set against share (None: an open end)."
    )
    reference: ReferencePoint | None = None
    dates: tuple[tuple[str, dt.date], ...] = Field(
        (), description="(document, day) of the dated claims compared, earliest first."
    )
    moves: tuple[Literal["rose", "fell"], ...] = Field(
        (), description="For a level's drift (D201): how each cited figure moved from the one before."
    )
    rate: float | None = Field(None, description="For a running total's drift (D201): its growth per day.")
    ratio: float | None = Field(None, description="For a sharp disagreement (D203): the later figure over the earlier.")
    known_within: int | None = Field(None, description="The days claims' times must be known within to be compared.")
    replaced: str | None = Field(None, description="For a revised figure (C105): the id of the figure replaced.")
    reasons: tuple[Reason, ...] = ()
    location: str | None = Field(None, description="For an unused suppression (S601): the file and line of it.")
    target: str | None = Field(None, description="For an unused suppression: what it suppresses or rejects.")
    detail: str | None = Field(None, description="For a finding about an input file: the problem, as its reader says.")
    fingerprint: str = Field(description="sha256 of the code, metric, documents and values: stable across edits.")
    path: str | None = Field(None, description="The file, for a finding about an input file.")


@contextmanager
def in_bulk() -> Iterator[None]:
    """While records are made by the hundred thousand and kept. Python's cycle collector runs each time 700
    more objects are alive, and its fuller passes walk every record kept so far; records form no cycles, so
    here it waits for 100,000 (the setting is restored on the way out). Measured: parsing and keeping 10,000
    cached entries 0.58 s against 0.8-1.1 s; comparing 600,000 claims about a seventh faster."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], 100_000), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets where each line of ``text`` begins (\\n, \\r\\n and lone \\r all end a line)."""
    return (0, *(m.end() for m in _LINE_END.finditer(text)))


_LINE_END = re.compile(r"\r\n|\r|\n")
