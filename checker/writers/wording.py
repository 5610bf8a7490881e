"""Findings into words: each finding's message, rendered from its data (the claims it cites, the interval,
the reference value, the dates) and the claims themselves. Every writer says a finding this one way."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from ..comparison import INCIDENT_DAYS, OCCASION_DAYS, OCCASION_GAP
from ..records import Claim, Finding


def wording(claims: Iterable[Claim]) -> Callable[[Finding], str]:
    """A function giving each finding's message, with ``claims`` (a run's) to cite from."""
    by_id = {c.id: c for c in claims}
    return lambda f: message(f, by_id)


def message(f: Finding, claims: Mapping[str, Claim]) -> str:
    """The finding in one paragraph: what it is about, quoted with document and date, and why."""
    if f.path is not None and not f.claims:
        return _about_input(f)

    def cited(ids: Sequence[str]) -> list[Claim]:
        return [claims[i] for i in ids if i in claims]

    subject, against = cited(f.subject), cited(f.against)
    label = f.metric + (f" ({f.event})" if f.event else "") + (f" [{f.window}]" if f.window else "")
    return f"{label}: {_SAY.get(f.code, _disagreement)(f, subject, against, claims)}"


def cite(claims: Sequence[Claim]) -> str:
    """“a.md says “…” (more than 1,200, 2023-10-12)”, joined with commas and “and”."""
    parts = []
    for c in claims:
        when = f", {c.as_of.isoformat()}" if c.as_of else f", {_span(c)}" if _bounded(c) else ""
        parts.append(f"{c.document} says “{' '.join(c.quote.split())}” ({c.value.describe(c.unit)}{when})")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _about_input(f: Finding) -> str:
    if f.code == "S601":
        if "rejection" in f.reasons:
            return f"{f.location}: the rejection of “{f.target}” matches no claim; remove it"
        return f"{f.location}: the suppression of {f.target} matches no finding; remove it"
    return f"{f.path}: {f.detail}"


Claims = list[Claim]


def _disagreement(f: Finding, subject: Claims, against: Claims, claims: Mapping[str, Claim]) -> str:
    text = f"{cite(subject)} but {cite(against)}{_more(f.uncited)}"
    if "vague-figure" in f.reasons:
        text += " (a vague figure such as “thousands” bounds no count firmly)"
    if "time-unknown" in f.reasons:
        undated = sorted({c.document for c in [*subject, *against] if not _bounded(c)})
        text += (
            f" (not known to be of the same time: an error needs dates known to within {f.known_within} days"
            + (f"; undated: {', '.join(undated)}" if undated else "")
            + ")"
        )
    if f.code == "C101" and len({day for _, day in f.dates}) > 1:
        doc, day = f.dates[0]
        text += f"; a revision? the older source is {doc} ({day.isoformat()})"
    if "one-occasion" in f.reasons and subject:
        frame = subject[0].frame
        text += (
            f" (one {frame.event} in {frame.place}: documents within {OCCASION_DAYS} days, "
            f"days given within {OCCASION_GAP})"
        )
    if "one-incident" in f.reasons and subject:
        text += f" (one incident in {subject[0].frame.subplace}: documents dated within {INCIDENT_DAYS} day)"
    return text


def _revised(f: Finding, subject: Claims, against: Claims, claims: Mapping[str, Claim]) -> str:
    new = against[0]
    old = claims.get(f.replaced or "")
    text = f"{cite(subject)} gives the figure {new.document} says was revised: {cite(against)}"
    if old is not None:
        text += f", replacing “{' '.join(old.quote.split())}” ({old.value.describe(old.unit)})"
    if "stale-after-revision" in f.reasons:
        text += f"; {subject[0].document} is dated after the revision: a stale figure"
    elif "quoted-before-revision" in f.reasons:
        text += f"; {subject[0].document} is dated before the revision, when it was the figure given"
    return text


def _regression(f: Finding, subject: Claims, against: Claims, claims: Mapping[str, Claim]) -> str:
    verb = "is" if len(subject) + f.uncited == 1 else "are"
    return f"{cite(subject)}{_more(f.uncited)} {verb} lower than the earlier {cite(against)}"


def _above(f: Finding, subject: Claims, against: Claims, claims: Mapping[str, Claim]) -> str:
    if not against:
        return f"{cite(subject)} is more than 100%"
    return f"{cite(subject)} is more than {against[0].metric} in {cite(against)}"


def _drift(f: Finding, subject: Claims, against: Claims, claims: Mapping[str, Claim]) -> str:
    if f.moves:
        steps = [cite(subject[:1])] + [f"{move}: {cite([c])}" for move, c in zip(f.moves, subject[1:], strict=False)]
        return "changed over time: " + "; then ".join(steps) + _more(f.uncited)
    rate = f"; about {f.rate:,.0f} a day" if f.rate is not None else ""
    return f"grew over time: {'; '.join(cite([c]) for c in subject)}{rate}"


def _undated_spread(f: Finding, subject: Claims, against: Claims, claims: Mapping[str, Claim]) -> str:
    return (
        f"undated documents give figures that do not overlap, from {cite(subject[:1])} to {cite(subject[1:])}"
        f"{_more(f.uncited)}; date them to tell growth from a regression"
    )


def _sharp(f: Finding, subject: Claims, against: Claims, claims: Mapping[str, Claim]) -> str:
    days = (max(d for _, d in f.dates) - min(d for _, d in f.dates)).days if f.dates else 0
    return (
        f"{cite(subject)} is {f.ratio or 0:,.1f} times {cite(against)}, {days} days earlier: too steep for growth; "
        "the sources likely count differently (method, definition, who is counted)"
    )


def _reference(f: Finding, subject: Claims, against: Claims, claims: Mapping[str, Claim]) -> str:
    ref = f.reference
    said = "" if ref is None else f"{ref.source} had {ref.value:,.0f} on {ref.day.isoformat()}"
    if f.code == "T401":
        return f"{cite(subject)}, but {said}"
    return f"{cite(subject)}, far below the {said}: a stale figure?"


_SAY: dict[str, Callable[[Finding, Claims, Claims, Mapping[str, Claim]], str]] = {
    "C103": _regression,
    "C104": _above,
    "C105": _revised,
    "D201": _drift,
    "D202": _undated_spread,
    "D203": _sharp,
    "T401": _reference,
    "T402": _reference,
}
"""How each code is said; any other (C101, C102: a disagreement with the consensus) as a disagreement."""


def _more(n: int) -> str:
    return f" and {n:,} more" if n > 0 else ""


def _bounded(c: Claim) -> bool:
    return (c.as_of or c.as_of_earliest or c.as_of_latest) is not None


def _span(c: Claim) -> str:
    """What is known of an undated-but-bounded claim's day: "2023-06-15 to 2025-06-14", "on or after ..."."""
    lo, hi = c.as_of_earliest, c.as_of_latest
    if lo and hi:
        return f"{lo.isoformat()} to {hi.isoformat()}"
    return f"on or after {lo.isoformat()}" if lo else f"on or before {hi.isoformat()}" if hi else "undated"
