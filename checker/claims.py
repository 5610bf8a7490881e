"""Claims from figures: a rule's match (its metric) or the engine's reading (its frame's key), with the figure's
value in the metric's unit, its place in the document and who it is attributed to."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import regex

from .attribution import Speaker, attribution, sources
from .date_phrases import WEEKDAYS
from .framing import Reading, replace_frame
from .matching import KIND_OF_QUANTITY, Match
from .modality import PROPOSAL
from .quantities import share_of_base
from .records import Claim, Document, Frame, Quantity, Value
from .rule import Metric
from .vocabulary import UNIT_DAYS

if TYPE_CHECKING:
    from .extraction import Reader


def _value(q: Quantity, kind: str, unit: str) -> tuple[Value | None, Value | None, str]:
    """The claim's value, its share in percent when written as one, and its unit: a share of a counted base
    is the count it comes to ("90% of 2.3 million" is 2,070,000); a share of nothing counted stays a share."""
    if q.low is None and q.high is None:
        return None, None, unit  # "a small percentage": a share with no figure is no claim
    if kind == "share" and unit != "%":
        return _share(q, unit)
    if kind == "duration":
        return _convert(q.value, q.unit or "day", "day"), None, "day"
    if kind == "count":
        return _count(q, unit)
    return q.value, None, unit


def _share(q: Quantity, unit: str) -> tuple[Value | None, Value | None, str]:
    """A share as the count it comes to, with the share kept beside it; a share of nothing counted stays one."""
    counted = share_of_base(q)
    if counted is None:
        return q.value, None, "%"
    qualifier = "approx" if q.qualifier in ("exact", "approx") else q.qualifier
    return Value(low=counted[0], high=counted[1], qualifier=qualifier), q.value, unit


def _count(q: Quantity, unit: str) -> tuple[Value | None, Value | None, str]:
    if any(isinstance(b, (int, float)) and b < 0 for b in (q.low, q.high)):
        return None, None, unit  # a count below zero is none ("its -2.3 million residents": a stray dash)
    if isinstance(q.low, float) and 0 < q.low < 1 and not any(ch.isdigit() for ch in q.text):
        # "about a third who are dead": a word fraction of a whole named before it, a share in percent
        high = round(q.high * 100, 2) if isinstance(q.high, float) else q.high
        return Value(low=round(q.low * 100, 2), high=high, qualifier="approx"), None, "%"
    return q.value, None, unit


def frame_claim(
    doc: Document,
    found: Reader,
    sentence: tuple[int, int],
    reading: Reading,
    figures: list[int],
    shared: dict[tuple[int, int], str],
    said: dict[tuple[int, int], tuple[Speaker, ...]],
) -> Claim | None:
    """A claim from the engine's reading of a figure: its key from its frame."""
    frame = reading.frame
    assert frame is not None
    q = reading.quantity
    kind = KIND_OF_QUANTITY[q.kind]
    measure = found.lexicon.by_measure.get(frame.measure)
    unit = "date" if kind == "date" else "day" if kind == "duration" else measure.unit if measure else "persons"
    value, share, unit = _value(q, kind, unit)
    if value is None:
        return None
    key, metric = found.metric_of(frame, unit)
    owner = found.owner.get(key) or found.owner.get(frame.measure) or found.owner.get(f"event:{frame.event}") or ""
    return _record(
        doc,
        metric,
        unit,
        owner,
        f"frame:{reading.how}",
        q,
        value,
        share,
        frame,
        reading.start,
        reading.end,
        sentence,
        figures,
        shared,
        said,
    )


def rule_claim(
    doc: Document,
    found: Reader,
    m: Match,
    reading: Reading,
    figures: list[int],
    shared: dict[tuple[int, int], str],
    said: dict[tuple[int, int], tuple[Speaker, ...]],
) -> Claim | None:
    """A claim from a rule's pattern or extractor: its metric is the rule's; its frame the engine's reading
    (or the least the metric says), with the pattern's window and event."""
    metric = m.rule.metric(m.metric)
    q = m.quantity
    value, share, unit = _value(q, m.figure_kind, metric.unit)
    if value is None:
        return None
    if m.figure_kind == "duration":
        value = _convert(q.value, q.unit or metric.unit, metric.unit)
    base = reading.frame or Frame(measure=metric.key.split(".")[0])
    frame = replace_frame(
        base,
        window=m.window if m.window not in (None, PROPOSAL) else base.window,
        event=m.event or base.event,
        mood="proposal" if m.mood == PROPOSAL else base.mood,
    )
    return _record(
        doc,
        metric,
        unit if m.figure_kind != "duration" else metric.unit,
        m.rule.code,
        m.how,
        q,
        value,
        share,
        frame,
        m.start,
        m.end,
        m.sentence,
        figures,
        shared,
        said,
    )


def _record(
    doc: Document,
    metric: Metric,
    unit: str,
    rule: str,
    how: str,
    q: Quantity,
    value: Value,
    share: Value | None,
    frame: Frame,
    start: int,
    end: int,
    sentence: tuple[int, int],
    figures: list[int],
    shared: dict[tuple[int, int], str],
    said: dict[tuple[int, int], tuple[Speaker, ...]],
) -> Claim:
    span = doc.source_map.span(start, end)
    s, e = sentence
    if sentence not in said:
        said[sentence] = sources(doc.text, s, e)
    explicit = _AS_OF.search(doc.text, s, e)  # "as of Sunday" speaks for the whole sentence
    return Claim(
        id=f"{doc.id}:{f'p{span.page}:' if span.page else ''}{span.line}:{span.column}:{metric.key}",
        document=doc.id,
        rule=rule,
        pattern=how,
        metric=metric.key,
        value=value,
        unit=unit,
        quote=doc.text[start:end],
        figure=q.text,
        sentence=shared.setdefault(sentence, doc.text[s:e]),
        span=span,
        as_of_text=explicit.group() if explicit else None,
        frame=frame,
        share=share,
        attributed_to=attribution(  # (figures inside the claim's own quote stand between nothing: "N of Gaza's M")
            doc.text, sentence, (q.start, max(q.base.end if q.base else q.end, end)), figures, said[sentence]
        ),
    )


_WEEKDAYS = "|".join(day.capitalize() for day, _ in sorted(WEEKDAYS.items(), key=lambda d: -len(d[0])) if len(day) > 5)
_AS_OF = regex.compile(
    rf"\b[Aa]s of (?:(?:{_WEEKDAYS})|[A-Z][a-z]{{2,8}}\.? \d{{1,2}}(?:, \d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})"
)


@cache
def _units():
    import pint  # loaded on first use: most runs never convert a duration

    return pint.UnitRegistry()


def _convert(value: Value, unit: str, target: str) -> Value:
    if unit == target:
        return value
    if target == "day" and unit in UNIT_DAYS:
        factor = UNIT_DAYS[unit]  # the calendar convention: a month of 30 days, a year of 365
    else:
        factor = _units().Quantity(1, unit).to(target).magnitude

    def scaled(b):
        return None if b is None else round(b * factor, 4) if (b * factor) % 1 else int(b * factor)

    return Value(low=scaled(value.low), high=scaled(value.high), qualifier=value.qualifier)
