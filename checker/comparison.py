"""Claims to Findings: group claims by metric, event and scope, and compare them by the metric's kind.

- fixed: every claim must overlap the others (after tolerance), whatever its date.
- level: claims of the same time (as-of dates within LEVEL_WINDOW, or undated) must overlap.
- cumulative: ordered by as-of date, a later figure must not be lower (regression); growth is drift.
  Undated cumulative figures that do not overlap are reported as a spread of unknown order.
- per_event: compared only among claims that name the same event (scope "total" compares as cumulative).
  A cumulative metric's claims with another scope ("incident", "daily") are compared per event too.
- invariants: a metric declared ``at_most`` another never exceeds it at the same time; a share <= 100%.

Disagreement is found without comparing every pair: the point most claims agree on is the consensus,
and each claim that misses it is reported against the consensus claims.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence

from .codes import CODES
from .records import Claim, Finding, Value
from .rule import Metric

APPROX_TOLERANCE = 0.05
"""How far an "about" figure may be from its point and still agree (a fraction of the figure)."""
LEVEL_WINDOW = dt.timedelta(days=14)
"""Level claims whose as-of dates are this close are taken to be of the same time."""

_INF = float("inf")
Interval = tuple[float, float]


def compare(claims: Sequence[Claim], metrics: dict[str, Metric]) -> list[Finding]:
    """Every finding about the claims, most severe first, then by metric and first claim."""
    groups: dict[tuple[str, str | None, str | None], list[Claim]] = defaultdict(list)
    for c in claims:
        groups[(c.metric, c.event, c.scope)].append(c)
    findings: list[Finding] = []
    for (key, event, scope), group in sorted(groups.items(), key=lambda kv: tuple(x or "" for x in kv[0])):
        metric = metrics[key]
        kind = metric.kind
        if kind == "cumulative" and scope not in (None, "total"):
            kind = "per_event"  # one incident's or one day's count is not the running total
        if kind == "per_event":
            if scope == "total":
                kind = "cumulative"
            elif event is None:
                continue  # figures of unnamed events are not comparable with each other
            else:
                kind = "fixed"
        if kind == "fixed":
            findings += _disagreements("C101", [group], metric)
        elif kind == "level":
            findings += _disagreements("C102", _concurrent(group), metric)
        else:
            findings += _cumulative(group, metric)
    findings += _invariants(claims, metrics)
    unique = {f.fingerprint: f for f in findings}
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(unique.values(), key=lambda f: (order[f.severity], f.metric, f.code, f.claims))


def interval(value: Value, yearless: bool = False) -> Interval:
    """A value as a numeric interval, widened by the tolerance of its qualifier.

    Dates become day numbers; with ``yearless`` they become days of the year, so "Oct. 7" with no
    year can be set against "October 2023".
    """
    if isinstance(value.low, str) or isinstance(value.high, str):
        return _date_interval(value, yearless)
    lo = -_INF if value.low is None else float(value.low)
    hi = _INF if value.high is None else float(value.high)
    if value.qualifier == "approx":
        lo, hi = lo - abs(lo) * APPROX_TOLERANCE, hi + abs(hi) * APPROX_TOLERANCE
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


def _is_yearless(group: Iterable[Claim]) -> bool:
    return any(isinstance(b, str) and b.startswith("--") for c in group for b in (c.value.low, c.value.high))


def _consensus(group: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """(the claims that share the point most claims cover, the rest)."""
    yearless = _is_yearless(group)
    spans = [(interval(c.value, yearless), c) for c in group]
    events = sorted([(lo, 0) for (lo, _), _ in spans] + [(hi, 1) for (_, hi), _ in spans])
    depth = best = 0
    point = 0.0
    for x, is_end in events:
        if is_end:
            depth -= 1
        else:
            depth += 1
            if depth > best:
                best, point = depth, x
    inside = [c for (lo, hi), c in spans if lo <= point <= hi]
    outside = [c for (lo, hi), c in spans if not lo <= point <= hi]
    return inside, outside


def _disagreements(code: str, buckets: Iterable[list[Claim]], metric: Metric) -> list[Finding]:
    findings = []
    for bucket in buckets:
        inside, outside = _consensus(bucket)
        by_doc: dict[str, list[Claim]] = defaultdict(list)
        for c in outside:
            by_doc[c.document].append(c)
        for doc_claims in by_doc.values():
            yearless = _is_yearless(bucket)
            others = [c for c in inside if not _overlap(c, doc_claims[0], yearless)]
            if not others:
                continue
            undated = any(c.as_of is None for c in (*doc_claims, *others))
            message = f"{_cite(doc_claims)} but {_cite(others)}"
            if undated:
                message += " (undated documents are compared as if concurrent)"
            findings.append(_finding(code, metric, [*doc_claims, *others], message))
    return findings


def _overlap(a: Claim, b: Claim, yearless: bool) -> bool:
    (alo, ahi), (blo, bhi) = interval(a.value, yearless), interval(b.value, yearless)
    return alo <= bhi and blo <= ahi


def _concurrent(group: list[Claim]) -> list[list[Claim]]:
    """Buckets of claims of the same time; undated claims join every bucket."""
    undated = [c for c in group if c.as_of is None]
    dated = sorted((c for c in group if c.as_of is not None), key=lambda c: c.as_of)
    buckets: list[list[Claim]] = []
    for c in dated:
        if buckets and c.as_of - buckets[-1][0].as_of <= LEVEL_WINDOW:
            buckets[-1].append(c)
        else:
            buckets.append([c])
    return [b + undated for b in buckets] or [undated]


def _cumulative(group: list[Claim], metric: Metric) -> list[Finding]:
    dated = sorted((c for c in group if c.as_of is not None), key=lambda c: (c.as_of, c.id))
    undated = [c for c in group if c.as_of is None]
    findings: list[Finding] = []
    by_day: dict[dt.date, list[Claim]] = defaultdict(list)
    for c in dated:
        by_day[c.as_of].append(c)
    findings += _disagreements("C102", [b for b in by_day.values() if len(b) > 1], metric)
    highest: Claim | None = None  # the earlier claim with the highest lower bound so far
    timeline: list[Claim] = []
    for day in sorted(by_day):
        today = by_day[day]
        if highest is not None:
            for c in today:
                if interval(c.value)[1] < interval(highest.value)[0]:
                    findings.append(_finding("C103", metric, [c, highest],
                                             f"{_cite([c])} is lower than the earlier {_cite([highest])}"))
        for c in today:
            if highest is None or interval(c.value)[0] > interval(highest.value)[0]:
                if highest is not None:
                    timeline.append(c)  # the floor rose: growth
                highest = c
    if timeline:
        first = dated[0]
        steps = "; ".join(_cite([c]) for c in [first, *timeline])
        findings.append(_finding("D201", metric, [first, *timeline], f"grew over time: {steps}"))
    if len(undated) > 1:
        inside, outside = _consensus(undated)
        if outside:
            spread = sorted(undated, key=lambda c: interval(c.value))
            findings.append(_finding("D202", metric, spread,
                                     f"undated documents give figures that do not overlap: {_cite(spread)}; "
                                     "date them to tell growth from a regression"))
    return findings


def _invariants(claims: Sequence[Claim], metrics: dict[str, Metric]) -> list[Finding]:
    by_metric: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_metric[c.metric].append(c)
    findings = []
    for key, metric in metrics.items():
        for c in by_metric.get(key, []):
            if metric.unit == "%" and isinstance(c.value.low, (int, float)) and c.value.low > 100:
                findings.append(_finding("C104", metric, [c], f"{_cite([c])} is more than 100%"))
        if metric.at_most is not None and by_metric.get(key) and by_metric.get(metric.at_most):
            findings += _parts_above_wholes(by_metric[key], by_metric[metric.at_most], metric)
    return findings


def _parts_above_wholes(parts: list[Claim], wholes: list[Claim], metric: Metric) -> list[Finding]:
    """Each part whose lower bound is above the upper bound of a whole of the same time, named with
    the (at most three) lowest such wholes. Sorting keeps this n log n, not parts x wholes."""
    by_time: dict[dt.date | None, list[tuple[float, Claim]]] = defaultdict(list)
    for w in wholes:
        by_time[w.as_of].append((interval(w.value)[1], w))
    for ws in by_time.values():
        ws.sort(key=lambda hw: (hw[0], hw[1].id))
    days = sorted(d for d in by_time if d is not None)
    findings = []
    for part in parts:
        low = interval(part.value)[0]
        if part.as_of is None:
            times = [None, *days]
        else:
            i, j = bisect.bisect_left(days, part.as_of - LEVEL_WINDOW), bisect.bisect_right(days, part.as_of + LEVEL_WINDOW)
            times = [None, *days[i:j]]
        below = sorted((hw for t in times for hw in by_time.get(t, [])[:3] if hw[0] < low),
                       key=lambda hw: (hw[0], hw[1].id))[:3]
        if below:
            lower = [w for _, w in below]
            findings.append(_finding("C104", metric, [part, *lower],
                                     f"{_cite([part])} is more than {metric.at_most} in {_cite(lower)}"))
    return findings


def _same_time(a: Claim, b: Claim) -> bool:
    return a.as_of is None or b.as_of is None or abs(a.as_of - b.as_of) <= LEVEL_WINDOW


def _cite(claims: Sequence[Claim]) -> str:
    parts = []
    for c in claims:
        when = f", {c.as_of.isoformat()}" if c.as_of else ""
        parts.append(f"{c.document} says “{c.quote}” ({c.value.describe(c.unit)}{when})")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _finding(code: str, metric: Metric, claims: Sequence[Claim], message: str) -> Finding:
    spec = CODES[code]
    event = claims[0].event
    scope = claims[0].scope
    content = {
        "code": code,
        "metric": metric.key,
        "event": event,
        "scope": scope,
        "claims": sorted(json.dumps([c.document, c.value.low, c.value.high, c.value.qualifier]) for c in claims),
    }
    fingerprint = hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()
    label = metric.key + (f" ({event})" if event else "") + (f" [{scope}]" if scope else "")
    return Finding(code=code, name=spec.name, severity=spec.severity, metric=metric.key,
                   message=f"{label}: {message}", claims=tuple(c.id for c in claims), fingerprint=fingerprint)
