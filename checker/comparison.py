"""Claims to Findings: group claims by metric, unit, the frame's window and event, and mood, and compare them
by the metric's kind. A proposal is compared only with proposals; a share only with shares.

- fixed: every claim must overlap the others (after tolerance), whatever its date.
- level: claims of the same time (as-of dates within the metric's window, 2 days unless it says, or
  undated) must overlap; a change between times further apart is drift.
- cumulative: ordered by as-of date, a later figure must not be lower (regression: the later figures below
  one earlier figure make one finding); growth is drift.
  Undated cumulative figures that do not overlap are reported as a spread of unknown order.
- per_event: compared only among claims that name the same event (window "total" compares as cumulative).
  A cumulative metric's claims with another window ("incident", "24h") are compared per event too.
- invariants: a metric declared ``at_most`` another never exceeds it at the same time; a share <= 100%.

Disagreement is found without comparing every pair: the point most claims agree on is the consensus,
and each claim that misses it is reported against the consensus claims.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Literal, NamedTuple

from .findings import make_finding
from .records import APPROX_TOLERANCE, Claim, Finding, Reason, ReferencePoint, Severity, Value, in_bulk
from .reference import Series
from .rule import ANY, Metric
from .syndication import source_key

LEVEL_WINDOW = dt.timedelta(days=2)
"""Claims whose as-of dates are this close are taken to be of the same time (a metric may set its own). A level
(hostages held, people displaced, missing or stranded) moves from day to day while a crisis unfolds, so figures
some days apart are two times, not one: two days allow for a figure of one day reported the next."""

_INF = float("inf")
_ID = attrgetter("id")
_START = attrgetter("span.start")
Interval = tuple[float, float]


def compare(
    claims: Sequence[Claim],
    metrics: dict[str, Metric],
    series: dict[str, Series] | None = None,
    events: frozenset[str] | None = None,
    occasions: frozenset[str] = frozenset(),
) -> list[Finding]:
    """Every finding about the claims, most severe first, then by metric and first claim. ``series`` are
    the reference series, by metric, that dated cumulative claims are checked against. ``events`` are the
    event names that each name one happening (the October 7 attack); other names are kinds of event ("truce",
    "strike"), and claims of one kind are not of one event, so per-event claims are compared only within a
    named event (None: every name is one event). ``occasions`` are kinds of event that strike a place once at a
    time (an earthquake, a flood): the days two documents give for one are compared (see ``_occasion_days``)."""
    with in_bulk():
        return _compare(claims, metrics, series, events, occasions)


class _Key(NamedTuple):
    """What a group of claims shares: they are compared only with each other."""

    metric: str
    unit: str
    event: str | None
    window: str | None
    proposed: bool


def _compare(
    claims: Sequence[Claim],
    metrics: dict[str, Metric],
    series: dict[str, Series] | None,
    events: frozenset[str] | None = None,
    occasions: frozenset[str] = frozenset(),
) -> list[Finding]:
    groups: dict[_Key, list[Claim]] = defaultdict(list)
    for c in sorted(claims, key=_ID):  # every list of claims below keeps this order: sorts on a number are stable
        groups[_Key(c.metric, c.unit, c.frame.event, c.frame.window, c.frame.mood == "proposal")].append(c)
    findings: list[Finding] = []
    for key, group in sorted(groups.items(), key=lambda kv: (*(x or "" for x in kv[0][:4]), kv[0].proposed)):
        metric = metrics[key.metric]
        how = _how_compared(key, metric, events, occasions)
        if how == "occasion":
            findings += _occasion_days(group, metric)
        elif how == "incident":
            findings += _incident_tolls(group, metric)
        elif how is not None:
            findings += _compared(how, group, key, metric, (series or {}).get(key.metric))
    findings += _invariants(claims, metrics)
    return ranked(findings)


def ranked(findings: Iterable[Finding]) -> list[Finding]:
    """The findings each once (by fingerprint, the last given kept), most severe first, then by metric, code and
    claims; ties keep the order given."""
    unique = {f.fingerprint: f for f in findings}
    return sorted(unique.values(), key=lambda f: (-f.severity.rank, f.metric, f.code, f.claims))


def _how_compared(key: _Key, metric: Metric, events: frozenset[str] | None, occasions: frozenset[str]) -> str | None:
    """How a group is compared: "fixed", "level" or "cumulative" (the metric's kind, as its window and mood
    make it), "occasion" or "incident" (an event whose identity comes from place and time), or None (not at
    all: a kind of event, not one event; figures of unnamed events)."""
    kind = metric.kind
    if kind == "cumulative" and key.window not in (None, "total"):
        kind = "per_event"  # one incident's or one day's count is not the running total
    if kind == "cumulative" and key.unit == "%":
        kind = "level"  # a share of a running total ("half of them were women and children") need not grow
    if key.proposed:
        kind = "per_event"  # a plan is compared only with the same plan
    unnamed = events is not None and key.event not in events
    if kind == "fixed" and unnamed and (key.event is not None or dict(metric.frame).get("event") == ANY):
        # "a truce", "a strike": a kind of event, not one event; a day of no named event has no identity
        return "occasion" if key.unit == "date" and key.event in occasions and not key.proposed else None
    return _per_event(key, unnamed) if kind == "per_event" else kind


def _per_event(key: _Key, unnamed: bool) -> str | None:
    """How figures of one event are compared: all of them as a running total, one exchange's as fixed, an
    unnamed incident's by place and time; figures of other unnamed events, or not said to be of one exchange or
    of all, are not comparable."""
    if key.window == "total":
        return "cumulative"
    if key.window is None or key.event is None or unnamed:
        return "incident" if key.window == "incident" and not key.proposed else None
    return "fixed"


def _compared(how: str, group: list[Claim], key: _Key, metric: Metric, series: Series | None) -> list[Finding]:
    """The findings of one group compared as ``how`` says."""
    spans = _spans(group, tolerance(metric))
    earlier = [c for c in group if c.frame.mood == "superseded"]
    group = [c for c in group if c.frame.mood != "superseded"]  # a value the text says was replaced: no claim of now
    if how == "fixed":
        revised, group = _revised(group, earlier, metric, spans)
        return revised + _disagreements("C101", [group], metric, spans)
    if how == "level":
        return _level(_concurrent(group, metric.window or LEVEL_WINDOW.days), metric, spans)
    findings = _cumulative(group, metric, spans)
    if series and key.window in (None, "total") and not key.proposed and key.unit == metric.unit:
        findings += _against_reference(group, metric, series, spans)
    return findings


def interval(value: Value, yearless: bool = False, tolerance: float = APPROX_TOLERANCE) -> Interval:
    """A value as a numeric interval, widened by the tolerance of its qualifier.

    Dates become day numbers; with ``yearless`` they become days of the year, so "Oct. 7" with no
    year can be set against "October 2023".
    """
    if isinstance(value.low, str) or isinstance(value.high, str):
        return _date_interval(value, yearless)
    lo = -_INF if value.low is None else float(value.low)
    hi = _INF if value.high is None else float(value.high)
    if value.qualifier == "approx":
        lo, hi = lo - abs(lo) * tolerance, hi + abs(hi) * tolerance
    return lo, hi


def _date_interval(value: Value, yearless: bool) -> Interval:
    lo, hi = _date_point(value.low, yearless, -_INF), _date_point(value.high, yearless, _INF)
    if yearless and isinstance(value.low, str) and isinstance(value.high, str) and not value.low.startswith("--"):
        if value.low[:4] != value.high[:4]:
            return 1, 366  # spans a new year: any day of the year may match
    return lo, hi


def _date_point(b, yearless: bool, missing: float) -> float:
    if not isinstance(b, str):
        return missing
    if b.startswith("--"):
        month, day = int(b[2:4]), int(b[5:7])
        return dt.date(2000, month, day).timetuple().tm_yday
    d = dt.date.fromisoformat(b)
    return dt.date(2000, d.month, d.day).timetuple().tm_yday if yearless else d.toordinal()


def _is_yearless(group: Iterable[Claim], metric: Metric) -> bool:
    """Whether the claims hold a year-less date ("--10-07"); never for a metric that is not of dates."""
    if metric.unit != "date":
        return False
    return any(isinstance(b, str) and b.startswith("--") for c in group for b in (c.value.low, c.value.high))


Spans = dict[int, Interval]
"""Claims' intervals by ``id(claim)``: computed once per group, looked up by every check of it."""


def _spans(claims: Iterable[Claim], tol: float, yearless: bool = False) -> Spans:
    return {id(c): interval(c.value, yearless, tol) for c in claims}


def _consensus(group: list[Claim], spans: Spans) -> tuple[list[Claim], list[Claim]]:
    """(the claims that share the point most reports cover, the rest): the first low bound where the most
    intervals are open, found by one sweep over the sorted bounds. Copies of one report (the same sentence and
    figure in several documents: wire copy) count once (see syndication.py)."""
    bounds = [spans[id(c)] for c in group]
    unique = {source_key(c): b for c, b in zip(group, bounds, strict=True)}.values()
    lows = sorted(lo for lo, _ in unique)
    highs = sorted(hi for _, hi in unique)
    best, point, ended = 0, 0.0, 0
    for opened, x in enumerate(lows, 1):
        while ended < len(highs) and highs[ended] < x:
            ended += 1
        if opened - ended > best:
            best, point = opened - ended, x
    inside: list[Claim] = []
    outside: list[Claim] = []
    for c, (lo, hi) in zip(group, bounds, strict=True):
        (inside if lo <= point <= hi else outside).append(c)
    return inside, outside


def _bucket_spans(bucket: list[Claim], metric: Metric, spans: Spans, yearless: bool) -> Spans:
    """The spans to compare a bucket by: day-of-year ones if it holds a year-less date, else the group's."""
    return _spans(bucket, tolerance(metric), True) if yearless and _is_yearless(bucket, metric) else spans


def _disagreements(code: str, buckets: list[list[Claim]], metric: Metric, spans: Spans) -> list[Finding]:
    """The outliers of each bucket (see ``_outliers``)."""
    findings = []
    any_yearless = _is_yearless((c for b in buckets for c in b), metric)  # once, not per bucket
    for bucket in buckets:
        here = _bucket_spans(bucket, metric, spans, any_yearless)
        findings += _outliers(code, metric, *_consensus(bucket, here), here)
    return findings


def _outliers(
    code: str, metric: Metric, inside: list[Claim], outside: list[Claim], spans: Spans, window: int | None = None
) -> list[Finding]:
    """One finding per document whose claims miss the consensus, citing a few of the consensus claims
    they contradict and counting the rest (sorted bounds make this n log n, never pairwise). For a level
    (``window``: how close in days figures must be to be of one time) the finding is an error only when every
    claim's time is known that closely; else info, saying why."""
    if not outside:
        return []
    findings = []
    consensus = _shared_interval(inside, spans)
    sides, odds = _Sorted.of(inside, spans), _Sorted.of(outside, spans)  # (the other outliers it may contradict)
    majority = len(inside) > len(outside)  # else which side is "the outlier" is arbitrary: key on both
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in outside:
        by_doc[c.document].append(c)
    for doc_claims in by_doc.values():
        doc_claims.sort(key=_START)  # in the order of its text
        first = doc_claims[0]
        lo, hi = spans[id(first)]
        near, apart = sides.apart(lo, hi)
        pool = [
            c
            for c in near
            if c.document != first.document
            and (_same_series(spans[id(c)], (lo, hi)) or "vague" in (c.value.qualifier, first.value.qualifier))
        ]  # ("thousands" against millions: an understatement)
        if not pool:
            continue  # sources contradict each other; two figures of one text, or of other orders, are no such case
        shown = _representatives(pool)
        involved = [*doc_claims[:CITED], *shown]
        severity, reasons = _only_info(code, window, doc_claims[:CITED], shown)
        odd = [
            c for c in odds.apart(lo, hi)[0] if c.document != first.document and _same_series(spans[id(c)], (lo, hi))
        ]
        findings.append(
            _finding(
                code,
                metric,
                [*involved, *_unseen([*pool, *odd], involved)],
                doc_claims[:CITED],
                shown,
                key=doc_claims if majority else involved,
                severity=severity,
                uncited=apart - len(shown),
                consensus=consensus,
                dates=_dates(involved),
                known_within=window if "time-unknown" in reasons else None,
                reasons=tuple(reasons),
            )
        )
    return findings


@dataclass(frozen=True)
class _Sorted:
    """Claims sorted by the ends and by the starts of their spans, to find those wholly below or above one."""

    by_high: list[Claim]
    highs: list[float]
    by_low: list[Claim]
    lows: list[float]

    @classmethod
    def of(cls, claims: list[Claim], spans: Spans) -> _Sorted:
        by_high = sorted(claims, key=lambda c: spans[id(c)][1])
        by_low = sorted(claims, key=lambda c: spans[id(c)][0])
        return cls(by_high, [spans[id(c)][1] for c in by_high], by_low, [spans[id(c)][0] for c in by_low])

    def apart(self, lo: float, hi: float) -> tuple[list[Claim], int]:
        """The nearest POOL claims wholly below ``lo`` and the nearest POOL wholly above ``hi`` (without copying
        the sides), and how many are apart from the interval in all."""
        below = bisect.bisect_left(self.highs, lo)
        first_above = bisect.bisect_right(self.lows, hi)
        near = self.by_high[max(0, below - POOL) : below] + self.by_low[first_above : first_above + POOL]
        return near, below + len(self.lows) - first_above


def _only_info(
    code: str, window: int | None, cited: list[Claim], shown: list[Claim]
) -> tuple[Severity | None, list[Reason]]:
    """A disagreement's severity when it is only info, and why: a vague figure ("thousands" beside 70,000
    understates, it contradicts no count), or figures of a level whose times are not known to overlap."""
    severity: Severity | None = None
    reasons: list[Reason] = []
    if all(c.value.qualifier == "vague" for c in cited) or all(c.value.qualifier == "vague" for c in shown):
        severity = Severity.INFO
        reasons.append("vague-figure")
    if code == "C102" and window is not None and any(not _known(c, window) for c in [*cited, *shown]):
        severity = Severity.INFO
        reasons.append("time-unknown")
    return severity, reasons


def _unseen(claims: list[Claim], named: list[Claim]) -> list[Claim]:
    """``claims`` not among ``named``, each once, in order: the rest a finding carries as data."""
    seen = {id(c) for c in named}
    rest = []
    for c in claims:
        if id(c) not in seen:
            seen.add(id(c))
            rest.append(c)
    return rest


INCIDENT_DAYS = 1
"""The toll of an unnamed incident at one place inside a territory (a raid on Nuseirat, a strike on Kryvyi Rih)
given by documents dated within this many days of each other (each date known that closely) is of one incident:
places are struck again, so documents further apart may speak of another."""


def _incident_tolls(group: list[Claim], metric: Metric) -> list[Finding]:
    """The toll of one incident given differently by two documents: a warning (C101), since its identity is only
    inferred from its place and time. Only places inside a territory (the frame's subplace: a camp, a city) and
    facts of documents whose dates are known to within INCIDENT_DAYS count; a text's own figures are never set
    against each other."""
    by_place: dict[str, list[Claim]] = defaultdict(list)
    for c in group:
        if c.frame.subplace and c.frame.mood == "fact" and _dated(c) and _known(c, INCIDENT_DAYS):
            by_place[c.frame.subplace].append(c)
    findings = []
    for claims in by_place.values():
        if len({c.document for c in claims}) < 2:
            continue
        spans = _spans(claims, tolerance(metric))
        findings += [
            f.model_copy(update={"severity": Severity.WARNING, "reasons": (*f.reasons, "one-incident")})
            for f in _disagreements("C101", _concurrent(claims, INCIDENT_DAYS), metric, spans)
        ]
    return findings


OCCASION_DAYS = 30
"""Documents about one place dated within this many days of each other that give the day of an earthquake (a
flood, a storm) there speak of one, ..."""
OCCASION_GAP = 7
"""... when the days they give are within this many days of each other; farther apart, they are two quakes."""


def _occasion_days(group: list[Claim], metric: Metric) -> list[Finding]:
    """The day of one occasion (an earthquake in Afghanistan) given differently by two documents: C101. Its
    identity comes from its frame and time: the same kind of event, the same place, documents known to be
    written within OCCASION_DAYS, days given within OCCASION_GAP of each other. Claims of unknown time say
    nothing."""
    findings = []
    by_place: dict[str | None, list[Claim]] = defaultdict(list)
    for c in group:
        if c.frame.mood == "fact" and _dated(c) and _known(c, OCCASION_DAYS):
            by_place[c.frame.place].append(c)
    for place, claims in by_place.items():
        if place is None or len({c.document for c in claims}) < 2:
            continue
        spans = _spans(claims, tolerance(metric), _is_yearless(claims, metric))
        for bucket in _concurrent(claims, OCCASION_DAYS):
            for cluster in _clusters(bucket, spans, OCCASION_GAP):
                if len({x.document for x in cluster}) > 1:
                    findings += [
                        f.model_copy(update={"reasons": (*f.reasons, "one-occasion")})
                        for f in _disagreements("C101", [sorted(cluster, key=_ID)], metric, spans)
                    ]
    return findings


def _clusters(claims: list[Claim], spans: Spans, gap: float) -> list[list[Claim]]:
    """Claims in runs whose values (days) lie within ``gap`` of the run's latest one so far."""
    clusters: list[list[Claim]] = []
    reach = -_INF  # the latest value the current run's claims give
    for c in sorted(claims, key=lambda c: spans[id(c)]):
        if not clusters or spans[id(c)][0] > reach + gap:
            clusters.append([])
            reach = -_INF
        clusters[-1].append(c)
        reach = max(reach, spans[id(c)][1])
    return clusters


def _revised(
    group: list[Claim], earlier: list[Claim], metric: Metric, spans: Spans
) -> tuple[list[Finding], list[Claim]]:
    """A fixed figure a document says was revised ("revised down from 1,400 to about 1,200"): each claim of
    another document that gives the old value and not the new one is a revised figure (C105), stale when its
    document is known to be later than the revision, not a contradiction; the rest go on to be compared."""
    revisions = _revisions(group, earlier, spans)
    if not revisions:
        return [], group

    def quoted(old: Claim) -> Interval:  # "more than 1,400" is quoted as 1,400-odd, not as any figure above it
        lo, hi = spans[id(old)]
        return lo, hi if hi < _INF else lo * (1 + tolerance(metric))

    agreeing = {
        id(new): [a for a in group if a.document != new.document and _overlap(spans[id(a)], spans[id(new)])]
        for _, new in revisions
    }  # the figures that agree with each revision, found once
    findings, rest = [], []
    for c in group:
        hit = next(
            (
                (old, new)
                for old, new in revisions
                if c.document != old.document
                and _overlap(spans[id(c)], quoted(old))
                and not _overlap(spans[id(c)], spans[id(new)])
            ),
            None,
        )
        if hit is None:
            rest.append(c)
        else:
            agree = [a for a in agreeing[id(hit[1])] if a.document != c.document]
            findings.append(_revised_figure(c, *hit, agree, metric))
    return findings, rest


def _revisions(group: list[Claim], earlier: list[Claim], spans: Spans) -> list[tuple[Claim, Claim]]:
    """(old figure, new figure) of each revision a document tells of: its superseded figure and the nearest of
    its own figures outside it."""
    revisions = []
    for old in earlier:
        lo, hi = spans[id(old)]
        revised = [c for c in group if c.document == old.document and (spans[id(c)][1] < lo or spans[id(c)][0] > hi)]
        if revised:
            revisions.append((old, min(revised, key=lambda c: abs(c.span.start - old.span.start))))
    return revisions


def _revised_figure(c: Claim, old: Claim, new: Claim, agree: list[Claim], metric: Metric) -> Finding:
    """C105: ``c`` gives the ``old`` figure of a revision to ``new``; stale when dated after it."""
    when, then = _day(c), _day(new)
    reasons: tuple[Reason, ...] = ()
    if when is not None and then is not None and when != then:
        reasons = ("stale-after-revision",) if when > then else ("quoted-before-revision",)
    return _finding(
        "C105",
        metric,
        [c, new, old, *agree],
        [c],
        [new],
        key=[c, new],
        replaced=old.id,
        dates=_dates([c, new]),
        reasons=reasons,
    )


def _overlap(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _day(c: Claim) -> dt.date | None:
    """A claim's day when known, else the nearest bound of its document's date (None: undated)."""
    return c.as_of or c.as_of_earliest or c.as_of_latest


def _dated(c: Claim) -> bool:
    return _day(c) is not None


def _known(c: Claim, window: int) -> bool:
    """Whether a claim's time is known to within ``window`` days (a given date, or a tight inferred one)."""
    lo, hi = _when(c)
    return hi - lo <= window


CITED = 3
"""At most this many claims of a side are cited in a finding; the message counts the rest."""
POOL = 50
"""A finding carries, as data, the claims it contradicts: the nearest this many on each side (bounded, so a
large set's findings stay small)."""


def tolerance(metric: Metric) -> float:
    """How far an "about" figure of this metric may stray: its own setting, else APPROX_TOLERANCE."""
    return APPROX_TOLERANCE if metric.tolerance is None else metric.tolerance


def _representatives(claims: list[Claim]) -> list[Claim]:
    """Up to CITED claims, from different documents first, the earliest dated first."""
    ordered = sorted(claims, key=lambda c: (_day(c) or dt.date.max, c.document, c.id))
    picked, docs = [], set()
    for c in ordered:
        if c.document not in docs:
            picked.append(c)
            docs.add(c.document)
        if len(picked) == CITED:
            break
    return picked


def _when(c: Claim) -> tuple[float, float]:
    """The days a claim can be true at, as day numbers (open ends infinite; undated: all time)."""
    lo = c.as_of_earliest or c.as_of
    hi = c.as_of_latest or (c.as_of if c.as_of_earliest is None else None)
    return (lo.toordinal() if lo else -_INF), (hi.toordinal() if hi else _INF)


def _concurrent(group: list[Claim], window: int) -> list[list[Claim]]:
    """Buckets of claims that may be of the same time: each starts at the earliest claim known to within
    ``window`` days not yet placed, and takes the known claims that can be within ``window`` days of its latest
    date. Buckets do not chain, so a level reported every day is never compared across months. A claim whose
    time is not known that closely (undated, open-ended, months wide) joins every bucket its interval overlaps:
    it never spans buckets itself."""
    when = {id(c): _when(c) for c in group}
    spans, place = _bucket_days(group, when, window)
    buckets: list[list[Claim]] = [[] for _ in spans] or [[]]
    for c in group:  # in the group's order
        if id(c) in place:
            buckets[place[id(c)]].append(c)
            continue
        lo, hi = when[id(c)]
        for b, (start, end) in zip(buckets, spans or [(-_INF, _INF)], strict=True):
            if lo <= end and start <= hi:
                b.append(c)
    return buckets


def _bucket_days(
    group: list[Claim], when: dict[int, tuple[float, float]], window: int
) -> tuple[list[tuple[float, float]], dict[int, int]]:
    """The days of each bucket (its first claim's earliest to its latest plus ``window``) and the bucket of each
    claim whose time is known to within ``window`` days."""
    known = sorted((c for c in group if _dated(c) and _known(c, window)), key=lambda c: when[id(c)])
    spans: list[tuple[float, float]] = []
    place: dict[int, int] = {}
    for c in known:
        lo, hi = when[id(c)]
        if not spans or lo > spans[-1][1]:
            spans.append((lo, hi + window))
        place[id(c)] = len(spans) - 1
    return spans, place


def _level(buckets: list[list[Claim]], metric: Metric, spans: Spans) -> list[Finding]:
    """Claims of one time that miss its consensus (C102), and a level that moved between times further
    apart than the window (D201): the consensus of each time, in order. Each bucket's consensus is found once."""
    findings: list[Finding] = []
    steps: list[Claim] = []
    any_yearless = _is_yearless((c for b in buckets for c in b), metric)
    window = metric.window or LEVEL_WINDOW.days
    for bucket in buckets:
        here = _bucket_spans(bucket, metric, spans, any_yearless)
        inside, outside = _consensus(bucket, here)
        findings += _outliers("C102", metric, inside, outside, here, window)
        dated = [c for c in bucket if _dated(c) and _known(c, window)]
        if not dated:
            continue
        if len(dated) < len(bucket):  # claims of unknown time join every bucket: the time's own figure is the known
            inside = _consensus(dated, _bucket_spans(dated, metric, spans, any_yearless))[0]
        step = min(inside, key=lambda c: (_day(c) or dt.date.max, c.id))
        if not steps or not _overlap(spans[id(steps[-1])], spans[id(step)]):  # else no change worth a line
            steps.append(step)
    return findings + _moved(steps, metric, spans)


def _moved(steps: list[Claim], metric: Metric, spans: Spans) -> list[Finding]:
    """A level that changed between times (D201): the first figures of its steps, and whether each rose or fell."""
    if len(steps) < 2:
        return []
    shown = steps[: 2 * CITED]
    moves: tuple[Literal["rose", "fell"], ...] = tuple(
        "rose" if spans[id(b)][0] > spans[id(a)][0] else "fell" for a, b in zip(shown, shown[1:], strict=False)
    )
    return [_finding("D201", metric, shown, shown, moves=moves, uncited=max(0, len(steps) - 2 * CITED))]


def _cumulative(group: list[Claim], metric: Metric, spans: Spans) -> list[Finding]:
    """Regressions between claims of a definite order (one's latest date before the other's earliest),
    growth as drift, same-day disagreements, and undated figures that do not overlap."""
    dated = [c for c in group if _dated(c)]
    by_day: dict[dt.date, list[Claim]] = defaultdict(list)
    for c in dated:
        if c.as_of_earliest is not None and c.as_of_earliest == c.as_of_latest:
            by_day[c.as_of_earliest].append(c)
    findings = _disagreements("C102", [b for b in by_day.values() if len(b) > 1], metric, spans)
    lower, timeline = _ordered(dated, spans)
    findings += [_regression(metric, high, below) for high, below in lower]
    if timeline:
        findings += _growth(timeline, metric, spans)
    return findings + _undated_spread([c for c in group if not _dated(c)], metric, spans)


def _ordered(dated: list[Claim], spans: Spans) -> tuple[list[tuple[Claim, list[Claim]]], list[Claim]]:
    """Dated claims of a running total in their order: each earlier claim with the later claims below it (a
    regression, unless the later claim's document gives a figure not below it too: a headline or a comparison
    can repeat an older round figure beside the current one), and the claims where the floor rose (growth). One
    sweep over the claims sorted by their start and their end, with the highest floor among the claims surely
    earlier than the current one."""
    when = {id(c): _when(c) for c in dated}
    tops: dict[str, float] = {}  # each document's highest figure of the series
    for c in dated:
        tops[c.document] = max(tops.get(c.document, spans[id(c)][1]), spans[id(c)][1])
    by_start = sorted(dated, key=lambda c: when[id(c)][0])
    by_end = sorted(dated, key=lambda c: when[id(c)][1])
    highest: Claim | None = None
    timeline: list[Claim] = []
    lower: dict[str, tuple[Claim, list[Claim]]] = {}  # earlier claim id -> it and the later claims below it
    j = 0
    for c in by_start:
        while j < len(by_end) and when[id(by_end[j])][1] < when[id(c)][0]:
            e = by_end[j]
            if e.frame.mood != "estimate" and (highest is None or spans[id(e)][0] > spans[id(highest)][0]):
                highest = e  # (an estimate, "could be 100,000", is no count a later one must reach)
            j += 1
        if highest is None:
            continue
        if _below(c, highest, spans) and tops[c.document] < spans[id(highest)][0]:
            lower.setdefault(highest.id, (highest, []))[1].append(c)
        elif spans[id(c)][0] > spans[id(highest)][0]:
            timeline.extend([highest, c] if not timeline else [c])  # the floor rose: growth
    return list(lower.values()), timeline


def _below(later: Claim, earlier: Claim, spans: Spans) -> bool:
    """Whether a later figure of a running total is a regression from an earlier one: wholly below it, in
    another document, a count (no estimate, no vague word: "thousands" after 13,000), and of the same series
    (not a figure of something else put under its key)."""
    return (
        spans[id(later)][1] < spans[id(earlier)][0]
        and later.document != earlier.document
        and later.frame.mood != "estimate"
        and spans[id(later)][1] >= STALE_SHARE * spans[id(earlier)][0]
        and "vague" not in (later.value.qualifier, earlier.value.qualifier)
    )


def _growth(timeline: list[Claim], metric: Metric, spans: Spans) -> list[Finding]:
    """A running total's growth as drift (D201, with its rate per day), and its steps too steep to be growth
    (D203), over which no rate is given."""
    if len(timeline) > 2 * CITED:  # the start, the end and a few steps between
        step = len(timeline) / (2 * CITED - 1)
        timeline = [timeline[round(i * step)] for i in range(2 * CITED - 1)] + [timeline[-1]]
    first, last = timeline[0], timeline[-1]
    since, until = _day(first), _day(last)
    assert since is not None and until is not None  # the timeline holds dated claims only
    days = (until - since).days
    rise = spans[id(last)][0] - spans[id(first)][0]
    sharp = _sharp(metric, timeline, spans)
    rate = rise / days if days > 0 and rise < _INF and not sharp else None
    return [_finding("D201", metric, timeline, timeline, rate=rate), *sharp]


def _undated_spread(undated: list[Claim], metric: Metric, spans: Spans) -> list[Finding]:
    """Undated figures of a running total that do not overlap: growth or a regression, their order unknown
    (D202, from the lowest to the highest)."""
    if len(undated) < 2 or not _consensus(undated, spans)[1]:
        return []
    spread = sorted(undated, key=lambda c: spans[id(c)])
    ends = [spread[0], spread[-1]]
    return [_finding("D202", metric, ends, ends, uncited=len(spread) - len(ends))]


SHARP = 3.0
"""Between two figures of a running total, a later floor this many times the earlier ceiling ..."""
SHARP_DAYS = 180
"""... within this many days is no plausible growth: the sources count differently (methods, definitions)."""


def _sharp(metric: Metric, timeline: list[Claim], spans: Spans) -> list[Finding]:
    """Steps of a running total too steep to be growth between a count and an estimate ("15,000 killed" in
    March, "an estimated 150,000" in May, from a study): the sources disagree sharply, by method (D203), one
    finding per step. Between counts of one kind a steep rise is growth (a disaster's first days)."""
    findings = []
    for a, b in zip(timeline, timeline[1:], strict=False):
        if (a.frame.mood == "estimate") == (b.frame.mood == "estimate"):
            continue
        (a_low, a_high), (b_low, _) = spans[id(a)], spans[id(b)]
        a_high = a_high if a_high < _INF else a_low  # "at least 18,800": 18,800-odd, as a count is told
        da, db = _day(a), _day(b)
        if (
            a_high > 0
            and b_low >= SHARP * a_high
            and da is not None
            and db is not None
            and (db - da).days <= SHARP_DAYS
        ):
            findings.append(_finding("D203", metric, [a, b], [b], [a], ratio=b_low / a_high, dates=_dates([a, b])))
    return findings


def _regression(metric: Metric, high: Claim, below: list[Claim]) -> Finding:
    """Later claims lower than an earlier one: one finding for them all, so one figure far above the rest
    gives one finding, not one per later claim. Several: its fingerprint is the earlier claim's."""
    cited, uncited = below[:CITED], max(0, len(below) - CITED)
    if len(below) == 1:
        return _finding("C103", metric, [below[0], high], cited, [high])
    return _finding("C103", metric, [*cited, high], cited, [high], extra="later claims", key=[high], uncited=uncited)


PART_ABOVE = 2.0
"""A part above its whole is a violation up to this many times the whole; farther above, the "whole" is no whole
of it (a district's toll read as the country's) and nothing is said."""
SAME_ORDER = 0.1
"""Two figures a contradiction can be about: the lower one's ceiling at least this share of the higher one's
floor. Farther apart, they are figures of different things put under one key (a day's toll beside the war's),
not two sources at odds."""
STALE_SHARE = 0.08
"""A lower later figure (a regression) or one below the reference (a stale one) is that when at least this share
of the higher (a copy some weeks old, a typo of a digit); farther below it is the toll of something else put under
the same key (one strike's 80 beside the war's 67,000)."""


def _same_series(a: tuple[float, float], b: tuple[float, float]) -> bool:
    low, high = sorted((a, b), key=lambda s: s[0])
    return high[0] <= 0 or low[1] >= SAME_ORDER * high[0]


REFERENCE_ABOVE = 0.05
"""A claim whose floor is more than this fraction above the reference on its date contradicts it."""
REFERENCE_STALE = 0.10
"""A claim whose ceiling is more than this fraction below the reference on its date is stale."""


def _against_reference(group: list[Claim], metric: Metric, series: Series, spans: Spans) -> list[Finding]:
    """Claims of documents with a given date, against the reference value of that day. Inferred dates
    are not used to accuse: the reference is part of the evidence they were inferred from."""
    findings = []
    for c in group:
        if (
            c.as_of is None
            or c.as_of_earliest != c.as_of_latest
            or c.frame.mood == "estimate"
            or c.value.qualifier == "vague"
        ):
            continue  # (an estimate, "could be around 100,000", counts another way; "thousands" names no count)
        point = series.at(c.as_of)
        if point is None:
            continue
        day, value = point
        lo, hi = spans[id(c)]
        said = f"{series.source} had {value:,.0f} on {day.isoformat()}"  # (the fingerprint's words since scheme 1)
        reference = ReferencePoint(source=series.source, day=day, value=value)
        if lo > value * (1 + REFERENCE_ABOVE):
            findings.append(_finding("T401", metric, [c], [c], extra=said, reference=reference))
        elif value * STALE_SHARE <= hi < value * (1 - REFERENCE_STALE):
            findings.append(_finding("T402", metric, [c], [c], extra=said, reference=reference))
    return findings


def _invariants(claims: Sequence[Claim], metrics: dict[str, Metric]) -> list[Finding]:
    """A share is at most 100%; a part (a metric declared ``at_most`` another: held alive of held, children killed
    of all killed) never exceeds its whole at the same time. Proposals, shares and figures the text says were
    replaced ("initially reported as 72") are no counts of either."""
    by_metric: dict[str, list[Claim]] = defaultdict(list)
    findings = []
    for c in claims:
        if c.unit == "%":
            if isinstance(c.value.low, (int, float)) and c.value.low > 100:
                findings.append(_finding("C104", metrics[c.metric], [c], [c]))
        elif c.frame.mood not in ("proposal", "superseded"):
            by_metric[c.metric].append(c)
    for key, parts in by_metric.items():
        metric = metrics[key]
        if metric.at_most is not None and by_metric.get(metric.at_most):
            findings += _parts_above_wholes(parts, by_metric[metric.at_most], metric)
    return findings


def _parts_above_wholes(parts: list[Claim], wholes: list[Claim], metric: Metric) -> list[Finding]:
    """Each part whose lower bound is above the upper bound of a whole of the same time, named with the (at most
    three) lowest such wholes: the highest whole of the part's own document (a text may give the whole at several
    times, an update beside an earlier count: its part must exceed them all), or the highest of another document
    whose day is known, as the part's is, within LEVEL_WINDOW of it (figures that only may be of one time accuse
    nothing). Sorting keeps this n log n, not parts x wholes."""
    tol = tolerance(metric)
    highest = _Wholes.of(wholes, tol)
    findings = []
    for part in parts:
        if part.value.qualifier == "vague":
            continue  # "hundreds of children" names no count to exceed a whole with
        low = interval(part.value, tolerance=tol)[0]
        below = sorted(
            {hw[1].id: hw for hw in highest.near(part) if hw[0] < low <= PART_ABOVE * hw[0]}.values(),
            key=lambda hw: (hw[0], hw[1].id),
        )[:3]  # (far above: no part of that whole, another figure)
        if below:
            lower = [w for _, w in below]
            findings.append(_finding("C104", metric, [part, *lower], [part], lower))
    return findings


@dataclass(frozen=True)
class _Wholes:
    """The highest whole (its ceiling, the claim) of each document, by document and by day when known."""

    by_doc: dict[str, tuple[float, Claim]]
    by_day: dict[dt.date, list[tuple[float, Claim]]]
    days: list[dt.date]

    @classmethod
    def of(cls, wholes: list[Claim], tol: float) -> _Wholes:
        highest: dict[str, tuple[float, Claim]] = {}
        for w in wholes:
            high = (interval(w.value, tolerance=tol)[1], w)
            if w.document not in highest or (high[0], w.id) > (highest[w.document][0], highest[w.document][1].id):
                highest[w.document] = high
        by_day: dict[dt.date, list[tuple[float, Claim]]] = defaultdict(list)
        for hw in highest.values():
            if _known(hw[1], LEVEL_WINDOW.days) and (day := _day(hw[1])) is not None:
                by_day[day].append(hw)
        for ws in by_day.values():
            ws.sort(key=lambda hw: (hw[0], hw[1].id))
        return cls(highest, by_day, sorted(by_day))

    def near(self, part: Claim) -> list[tuple[float, Claim]]:
        """The wholes a part is set against: its own document's, and (its day known) those of days within
        LEVEL_WINDOW of it, the three lowest of each day."""
        own = [self.by_doc[part.document]] if part.document in self.by_doc else []
        if not _known(part, LEVEL_WINDOW.days) or (day := _day(part)) is None:
            return own
        i = bisect.bisect_left(self.days, day - LEVEL_WINDOW)
        j = bisect.bisect_right(self.days, day + LEVEL_WINDOW)
        return own + [hw for d in self.days[i:j] for hw in self.by_day[d][:3]]


FINGERPRINT_SCHEME = 3
"""How fingerprints are made (below, and findings.fingerprint). Raise it whenever a change (to the hash, the
frames or the keys) changes the fingerprints of findings that did not change: baselines record it, and one of
another scheme is carried over with `checker baseline --migrate`. Scheme 1: baselines written before schemes
were recorded; 3: findings about inputs and unused suppressions hashed by the one recipe of findings.py."""


def _finding(
    code: str,
    metric: Metric,
    claims: Sequence[Claim],
    subject: Sequence[Claim],
    against: Sequence[Claim] = (),
    extra: str = "",
    key: Sequence[Claim] | None = None,
    severity: Severity | None = None,
    **fields: Any,
) -> Finding:
    """A finding about ``subject`` (set against ``against``; ``claims``: every claim concerned, as data). Its
    fingerprint hashes the code, metric, event, window and the sentences and values of ``key`` (by default
    every claim): for a disagreement, the claims that disagree, not the consensus claims cited against them,
    so a new document that agrees does not change it. Never a path or a document id, so moving or renaming a
    file keeps it (two documents that contradict the others in one same sentence are then one finding). Drift
    (D201, D202) is one finding per series of claims: its identity is the series' (code, metric, event,
    window, unit), whatever documents join the series."""
    event = claims[0].frame.event
    window = claims[0].frame.window
    content = {
        "metric": metric.key,
        "event": event,
        "window": window,
        "claims": [claims[0].unit]
        if code in ("D201", "D202")
        else sorted(
            json.dumps([" ".join(c.sentence.split()), c.value.low, c.value.high, c.value.qualifier])
            for c in (claims if key is None else key)
        ),
        "extra": extra,
    }
    return make_finding(
        code,
        content,
        severity,
        metric=metric.key,
        event=event,
        window=window,
        claims=tuple(c.id for c in claims),
        subject=tuple(c.id for c in subject),
        against=tuple(c.id for c in against),
        **fields,
    )


def _dates(claims: Iterable[Claim]) -> tuple[tuple[str, dt.date], ...]:
    """(document, day) of the dated claims, earliest first, each once."""
    days = {(day, c.document) for c in claims if (day := _day(c)) is not None}
    return tuple((doc, day) for day, doc in sorted(days))


def _shared_interval(claims: list[Claim], spans: Spans) -> tuple[float | None, float | None]:
    """The interval every one of ``claims`` covers (open ends None)."""
    lo = max(spans[id(c)][0] for c in claims)
    hi = min(spans[id(c)][1] for c in claims)
    return (None if lo == -_INF else lo), (None if hi == _INF else hi)
