"""When a document was written, when its metadata does not say: an interval inferred from its text.

Evidence, each giving a bound: the page's own date (a dateline, a publication line: datelines.py); full
dates the text mentions in a past-tense sentence with no word of the future ("scheduled", "will") (written
on or after them); time elapsed since a known event ("nearly two years of war", "the 17-year siege",
"the war broke out three weeks ago"; rules declare the anchors); an anniversary the text is written on;
figures a reference series had to reach first ("the death toll surpassed 40,000": on or after the day
the count crossed 40,000), and a count told as the latest (before the series passed it); and year-less
dates ("September 9th") once the other evidence fixes their year (a year-less date is taken to lie within
six months before, or a month after, writing). An estimate is given only when the interval is tight.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

import regex

from .date_phrases import WEEKDAYS
from .datelines import month_from_url
from .quantities import TIMEOUT, parse
from .records import APPROX_TOLERANCE, Claim, DocDate, Evidence, Quantity
from .reference import Series
from .rule import PLACEHOLDERS, Anchor
from .vocabulary import MEAN_DAYS, MONTHS

_PAST = regex.compile(
    r"\b(?:\w{3,}ed|was|were|said|says|took|began|came|met|struck|hit|held|made|left|saw|fled|"
    r"killed|told|gave|went|sent|won|lost|became|broke|brought)\b",
    regex.I,
)
_FUTURE = regex.compile(
    r"\b(?:will|would|scheduled|set (?:to|for)|due (?:to|on|in)|planned|expected to|next|upcoming)\b", regex.I
)
_CURRENT = regex.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|reached|reaches|hit|hits|stands|"
    r"stood|now|has\s+(?:now\s+)?(?:reached|risen|climbed)|increased|mounted|surged)\b",
    regex.I,
)
"""A count told as the latest of its series ("the toll rose to 7,028"): the series had not passed it yet."""
_PERFECT = regex.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+)?(?:been\s+)?(?:killed|died|wounded|injured|recorded|"
    r"reported|documented|registered|resulted\s+in)\b|\b(?:so\s+far|to\s+date)\b|"
    r"\bincrease\s+in\s+the\s+(?:death\s+)?toll\b|"
    r"\b(?:brings|bringing|takes|taking|raises|raising|pushes|pushing)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?to\b",
    regex.I,
)
"""A running total in the present perfect ("27,365 Palestinians have been killed") or brought to a figure now
("bringing the death toll to 34,223"): the count as it stands."""
TIGHT_DAYS = 7
"""An interval of at most this many days gives an estimate (its first day); a wider one is reported as it is."""
SERIES_LAG = dt.timedelta(days=2)
YEARLESS_BEFORE = dt.timedelta(days=183)
YEARLESS_AFTER = dt.timedelta(days=31)


@dataclass(frozen=True)
class TimeMention:
    """A date or an anchored duration found in a document, and whether its sentence tells of the past."""

    quantity: Quantity
    past: bool
    anchor: Anchor | None = None
    role: str | None = None
    """"published" for the page's own date (a dateline, a publication line: see datelines.py), "yesterday" for
    the day before it, "updated" for its update line, "caption" and "caption_day" for a photo caption's date
    (datelines.py), "anniversary" for an anniversary the text is written on, "elapsed" for a span of days it
    was written in (time since a day it names), None for a date it merely mentions."""


_ORDINAL = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "a": 1,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
}
_ANNIVERSARY = regex.compile(
    r"\b(?:on|marks?|marking|marked|commemorat\w+|observ\w+)\s+(?:the\s+|its\s+)?(?:(?P<n>first|second|third|fourth|"
    r"fifth|1st|2nd|3rd|4th|5th)|(?P<n>one|two|three|four|five|\d)[- ]year)\s+anniversary\b"
    r"|\b(?:marks?|marking|marked)\s+(?:exactly\s+)?(?P<n>one|two|three|four|five|a|\d)\s+years?\s+(?:since|after|from)\b",
    regex.I,
)
"""A text written on an anniversary: "on the first anniversary", "marking two years since" (not "ahead of" one,
nor "since" one: those say nothing of how close)."""
_ANNIVERSARY_OF = regex.compile(
    r"\b(?:on|marks?|marking|marked|commemorat\w+|observ\w+)\s+(?:the\s+|its\s+)?anniversary\s+of\s+"
    r"(?P<what>[^\n]{1,40})",
    regex.I,
)
"""An anniversary with no count of years ("marking the anniversary of the Oct. 7 attacks"): the anchor's, when it
names the anchor's day; which anniversary, the rest of the evidence must say."""
ANNIVERSARY_BEFORE = dt.timedelta(days=1)
ANNIVERSARY_AFTER = dt.timedelta(days=3)


def anniversaries(text: str, start: int, end: int, anchors: Iterable[Anchor], applies) -> list[TimeMention]:
    """The anniversaries the sentence text[start:end] is written on, each as N years after an anchor whose
    ``anniversaries`` it names (``applies(anchor)``: the anchor is of the document's conflict); N is None when
    the text gives no count of years but names the anchor's day."""
    found = []
    for m in _ANNIVERSARY.finditer(text, start, end):
        years = _ORDINAL.get(m["n"].lower())
        for a in anchors:
            if a.anniversaries and years and applies(a):
                q = Quantity(
                    text=m.group(), start=m.start(), end=m.end(), kind="duration", low=years, high=years, unit="year"
                )
                found.append(TimeMention(q, True, a, role="anniversary"))
                break
    for m in _ANNIVERSARY_OF.finditer(text, start, end):
        for a in anchors:
            named = _named_day(m["what"], a.date) if a.anniversaries else None
            if named is not None and applies(a):
                stop = m.start("what") + named.end()
                q = Quantity(text=text[m.start() : stop], start=m.start(), end=stop, kind="duration", unit="year")
                found.append(TimeMention(q, True, a, role="anniversary"))
                break
    return found


def _named_day(text: str, day: dt.date) -> regex.Match | None:
    """Where ``text`` names the day of the year ``day`` falls on ("Oct. 7", "October 7th", "7 October")."""
    month = "|".join(name for name, number in MONTHS.items() if number == day.month)
    pattern = rf"\b(?:(?:{month})\.?\s+0?{day.day}(?:st|nd|rd|th)?|0?{day.day}(?:st|nd|rd|th)?\s+(?:{month}))\b"
    return regex.search(pattern, text, regex.I)


_NTH = (
    r"(?P<n>\d{1,4}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth)"
)
_NTH_WORDS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1
    )
}
_WAR = r"(?:war|conflict|fighting|hostilities|offensive)"
_ORDINAL_ELAPSED = regex.compile(
    rf"\bday\s+(?P<day>\d{{1,4}})\s+of\s+(?:the\s+|this\s+)?(?:\w+\s+){{0,2}}?{_WAR}\b"
    rf"|\b{_NTH}\s+(?P<unit>day|week|month|year)\s+(?:of|into)\s+(?:the\s+|this\s+)?(?:\w+\s+){{0,2}}?{_WAR}\b"
    rf"|\b{_WAR}(?:['’]s)?,?\s+(?:[\w’'-]+,?\s+){{0,3}}?(?:enter(?:s|ed|ing)?|(?:is\s+|was\s+)?(?:now\s+)?in)\s+"
    rf"(?:its|the)\s+{_NTH}\s+(?P<unit>day|week|month|year)\b"
    rf"|\b{_WAR}['’]s\s+{_NTH}\s+(?P<unit>day|week|month|year)\b",
    regex.I,
)
"""Elapsed time told as an ordinal: "day 100 of the war", "the 100th day of the war", "the war entered its third
week", "the war, now in its ninth month", "the war's second year"."""
_NARRATED = regex.compile(
    r"\b(?:in|during|by|within|after|before|throughout|over|until)\s+the\s*$|\b(?:by\s+the\s+time|when|after|before|"
    r"until|once)\b[^.;:!?\n]*$",
    regex.I,
)
"""Words before an ordinal of a war's time that tell of that time, not of the writing: "in the third week of the
war", "by the time the war entered its second month"."""
_FIRST = {"first", "1st", "1"}
_PROBE = PLACEHOLDERS["duration"] + " of the war"
"""What an anchor for the start of a war matches ("{duration} of war"): the anchors an ordinal counts from."""


def ordinal_elapsed(text: str, start: int, end: int, anchors: Iterable[Anchor], applies) -> list[TimeMention]:
    """Elapsed time told as an ordinal in text[start:end] ("the 100th day of the war"), as days after the start
    of a war an anchor declares (``applies(anchor, start, end)``: the anchor is of the conflict the sentence
    around text[start:end] is about)."""
    wars = [a for a in anchors if a.compiled.match(_PROBE)]
    found: list[TimeMention] = []
    if not wars:
        return found
    for m in _ORDINAL_ELAPSED.finditer(text, start, end, timeout=TIMEOUT):
        if _NARRATED.search(text, max(0, m.start() - 30), m.start()) or (m["n"] or m["day"]).lower() in _FIRST:
            continue  # "in the third week of the war, Israel ...", "the first day of the war": a story of then
        if m["day"]:
            low, high = int(m["day"]) - 1, int(m["day"])
        else:
            n = m["n"].lower()
            count = _NTH_WORDS.get(n) or int(n[:-2])
            per = MEAN_DAYS[m["unit"].lower()]
            low, high = round((count - 1) * per), round(count * per)
        for a in wars:
            if applies(a, m.start(), m.end()):
                q = Quantity(
                    text=m.group(), start=m.start(), end=m.end(), kind="duration", low=low, high=high, unit="day"
                )
                found.append(TimeMention(q, True, a))
                break
    return found


_SINCE_BETWEEN = regex.compile(r"\s+(?:(?:have|has)\s+)?(?:(?:passed|elapsed|gone\s+by)\s+)?since\s+")
_AGO_BETWEEN = regex.compile(r"\s*[,—–-]\s*")
_AGO = regex.compile(r"\s+ago\b")
_PLUPERFECT = regex.compile(r"\bhad\b", regex.I)
_OPENING = regex.compile(r"\b(?:first|initial|opening)\s*$", regex.I)


def since_dates(text: str, start: int, end: int, quantities: Iterable[Quantity], anchors: Iterable[Anchor], applies):
    """Time elapsed since a date the sentence text[start:end] names: "100 days since October 7", "in the 17 years
    since 2007", "on October 7, 2023, nearly 500 days ago": written that long after it. A year-less date counts
    only as the day of a known event of the document's conflict (``applies(anchor)``); a sentence in the
    pluperfect ("in the two weeks since ..., Israel had ...") tells of an earlier time and counts not."""
    if _PLUPERFECT.search(text, start, end):
        return []
    found = []
    ordered = sorted(quantities, key=lambda q: q.start)
    for a, b in itertools.pairwise(ordered):
        if _OPENING.search(text, max(start, a.start - 12), a.start):
            continue  # "the first 100 days since October 7": a span of then, not the time since
        if a.kind == "duration" and b.kind in ("date", "daterange") and _SINCE_BETWEEN.fullmatch(text, a.end, b.start):
            duration, day = a, b
        elif (
            a.kind in ("date", "daterange")
            and b.kind == "duration"
            and _AGO_BETWEEN.fullmatch(text, a.end, b.start)
            and _AGO.match(text, b.end)
        ):
            day, duration = a, b
        else:
            continue
        days = _days_of(day, anchors, applies)
        low, high = _elapsed(duration)
        if days is None or low is None:
            continue
        earliest, latest = _add(days[0], low), _add(days[1], high)
        q = Quantity(
            text=text[a.start : b.end],
            start=a.start,
            end=b.end,
            kind="daterange",
            low=earliest.isoformat() if earliest else None,
            high=latest.isoformat() if latest else None,
        )
        found.append(TimeMention(q, True, role="elapsed"))
    return found


def _days_of(q: Quantity, anchors: Iterable[Anchor], applies) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date or period names; a year-less one only as a known event's day."""
    if not isinstance(q.low, str) or not isinstance(q.high, str):
        return None
    if not q.low.startswith("--"):
        return dt.date.fromisoformat(q.low), dt.date.fromisoformat(q.high)
    for a in anchors:
        if q.low == q.high == a.date.strftime("--%m-%d") and applies(a):
            return a.date, a.date
    return None


def tells_of_past(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] is in the past tense with no word of the future (searched in place:
    a sentence is never copied per mention, so a text of many dates in one sentence stays linear)."""
    return bool(_PAST.search(text, start, end)) and not _FUTURE.search(text, start, end)


@dataclass
class _Bounds:
    """The interval a text was written in, as the evidence narrows it: its first and last day (None while nothing
    bounds that end), and the evidence that narrowed it."""

    today: dt.date
    lo: dt.date | None = None
    hi: dt.date | None = None
    evidence: list[Evidence] = field(default_factory=list)

    def bound(self, low: dt.date | None, high: dt.date | None, quote: str, reason: str) -> None:
        """Narrow the interval to ``low`` and ``high`` (either None: that end as it is); the evidence is kept when
        it narrows it."""
        if low is not None and low > self.today:
            return  # no text is written after it is read: the clue is misread (another war's years)
        narrows = False
        if low is not None and (self.lo is None or low > self.lo):
            self.lo, narrows = low, True
        if high is not None and (self.hi is None or high < self.hi):
            self.hi, narrows = high, True
        if narrows:
            self.evidence.append(Evidence(quote=quote, reason=reason))

    def reconcile(self) -> None:
        """Contradictory evidence (the earliest day after the latest): keep it, say so, and swap the ends."""
        if self.lo is not None and self.hi is not None and self.lo > self.hi:
            self.evidence.append(
                Evidence(quote="", reason=f"the evidence disagrees: earliest {self.lo} is after latest {self.hi}")
            )
            self.lo, self.hi = self.hi, self.lo

    def doc_date(self) -> DocDate:
        """The interval as inferred, with an estimate when it is tight; DocDate() when nothing bounds it."""
        if not self.evidence:
            return DocDate()
        lo, hi = self.lo, self.hi
        tight = lo is not None and hi is not None and (hi - lo).days <= TIGHT_DAYS
        return DocDate(
            earliest=lo, latest=hi, estimate=lo if tight else None, source="inferred", evidence=tuple(self.evidence)
        )


def infer(
    mentions: Iterable[TimeMention],
    claims: Iterable[Claim],
    series: dict[str, Series],
    cumulative: AbstractSet[str],
    events: tuple[dt.date, ...] = (),
    url: str | None = None,
) -> DocDate:
    """The interval a text was written in, from what it mentions; DocDate() when nothing bounds it.
    ``events`` are the dates of known events (the rules' anchors); ``url`` the page's address (a month in its
    path gives a year-less dateline its year). Evidence is listed when it narrows the interval."""
    b = _Bounds(today=dt.date.today())
    mentions = list(mentions)
    month = month_from_url(url)
    for m in mentions:
        _bound_by_mention(b, m)
    for c in claims:
        _bound_by_series(b, c, series, cumulative)
    _bound_by_yearless(b, mentions, events)
    _bound_by_anniversary_of(b, mentions)
    b.reconcile()
    own = _own_date(mentions, b.lo, b.hi, events, month)
    if own is not None:
        return own
    _bound_by_month(b, month, url)
    return b.doc_date()


def _bound_by_month(b: _Bounds, month: tuple[dt.date, dt.date] | None, url: str | None) -> None:
    """Bound the interval by the ``month`` the page's address names, when the rest of the evidence allows it."""
    if month is not None and (b.lo is None or b.lo <= month[1]) and (b.hi is None or b.hi >= month[0]):
        b.bound(month[0], month[1], url or "", f"its address names the month ({month[0]:%B %Y}): written in it")


def _bound_by_mention(b: _Bounds, m: TimeMention) -> None:
    """Bound the interval by one mention: a full date told in the past tense (written on or after it), a duration
    after an anchor; a mention with a role, by its role."""
    if m.role is not None:
        _bound_by_role(b, m)
        return
    q = m.quantity
    if m.anchor is not None and q.kind == "duration":
        low, high = _elapsed(q)
        a = m.anchor
        b.bound(
            _add(a.date, low),
            _add(a.date, high),
            q.text,
            f"{q.value.describe(q.unit or '')} after {a.name} ({a.date.isoformat()})",
        )
    elif q.kind in ("date", "daterange") and isinstance(q.low, str) and not q.low.startswith("--"):
        if m.past:
            day = dt.date.fromisoformat(q.low)
            b.bound(day, None, q.text, f"mentions {q.low} in the past tense: written on or after it")


def _bound_by_role(b: _Bounds, m: TimeMention) -> None:
    """Bound the interval by a mention with a role: an anniversary with its count of years, time elapsed since a
    day the text names, a photo caption's date. The page's own date and an anniversary with no count of years
    are weighed later."""
    q = m.quantity
    if m.role == "anniversary" and m.anchor is not None and q.low is None:
        return  # which anniversary: weighed once the rest bounds the date
    if m.role == "anniversary" and m.anchor is not None and isinstance(q.low, int):
        a = m.anchor
        day = _years_after(a.date, q.low)
        b.bound(
            day - ANNIVERSARY_BEFORE,
            day + ANNIVERSARY_AFTER,
            q.text,
            f"written on the {q.low}-year anniversary of when {a.name} ({day.isoformat()}), give or take days",
        )
        return
    if m.role == "elapsed" and isinstance(q.low, str):
        b.bound(
            dt.date.fromisoformat(q.low),
            dt.date.fromisoformat(q.high) if isinstance(q.high, str) else None,
            q.text,
            f"time elapsed since a day it names: written {q.value.describe()}".replace("–", " to "),
        )
        return
    if m.role in ("caption", "caption_day") and isinstance(q.low, str) and not q.low.startswith("--"):
        _bound_by_caption(b, m, dt.date.fromisoformat(q.low))
    # any other role is the page's own date: weighed last, against the rest


def _bound_by_caption(b: _Bounds, m: TimeMention, day: dt.date) -> None:
    """Bound the interval by a photo caption's date ``day``: written after it, or within the week after when the
    story's first lines name it by its weekday."""
    q = m.quantity
    if m.role == "caption":
        b.bound(day, None, q.text, "a photo caption's date: written after the photo was taken")
    else:
        b.bound(
            day,
            day + WEEKDAY_REACH,
            q.text,
            f"a photo caption's date ({day:%A}) that the story's first lines name by its weekday: "
            "written within the week after",
        )


def _bound_by_series(b: _Bounds, c: Claim, series: dict[str, Series], cumulative: AbstractSet[str]) -> None:
    """Bound the interval by a claim's count of a reference series: written once the series reached it, before
    the series passed a count told as the latest, and near the day a weekday it is told on names."""
    s = series.get(c.metric)
    if (
        s is None
        or c.metric not in cumulative
        or c.frame.window not in (None, "total")
        or c.unit == "%"
        or c.frame.mood == "proposal"
    ):
        return
    if not isinstance(c.value.low, (int, float)):
        return
    first = _bound_by_reached(b, c, s, c.value.low)
    passed = _bound_by_latest(b, c, s, c.value.low, first)
    _bound_by_weekday(b, c, s, first, passed)


def _bound_by_reached(b: _Bounds, c: Claim, s: Series, count: float) -> dt.date | None:
    """Bound the interval by the day series ``s`` first reached a claim's ``count`` (written on or after it, less
    the series' lag); that day, or None when it never did."""
    low = count * (1 - APPROX_TOLERANCE) if c.value.qualifier == "approx" else count
    first = s.first_reaching(low)
    if first is not None and first > s.days[0]:
        b.bound(
            first - SERIES_LAG,
            None,
            c.quote,
            f"{s.source} first reached {low:,.0f} on {first.isoformat()} "
            f"(news can give a count a day or two before the series records it)",
        )
    return first


def _bound_by_latest(b: _Bounds, c: Claim, s: Series, count: float, first: dt.date | None) -> dt.date | None:
    """Bound the interval by a ``count`` told as the latest: written before series ``s`` passed it; the day it
    did, or None when the claim does not tell it as current or the series never passed it."""
    passed = None
    if _told_as_current(c):
        high = count * (1 + (APPROX_TOLERANCE if c.value.qualifier == "approx" else 0.002))
        passed = s.first_reaching(high + 1)
        if passed is not None and first is not None and passed > first and not c.as_of_text:
            b.bound(
                None,
                passed + SERIES_LAG,
                c.quote,
                f"a count given as the latest ({count:,.0f}), which {s.source} had passed by {passed.isoformat()}",
            )
    return passed


def _bound_by_weekday(b: _Bounds, c: Claim, s: Series, first: dt.date | None, passed: dt.date | None) -> None:
    """Bound the interval by the weekday a count is told as of, when only one day of that weekday lies near the
    days series ``s`` gave the count (from ``first`` until ``passed``, or the day it crossed it)."""
    said = _said_on(c)
    if said is not None and first is not None and first > s.days[0]:
        if passed is not None and passed > first:  # the series gave it from ``first`` until ``passed``
            window = (first - SERIES_LAG, passed)
        elif _CROSSED.search(c.quote):
            window = (first - SERIES_LAG, first + dt.timedelta(days=1))
        else:
            return
        days = [d for d in _days(*window) if d.weekday() == said]
        if len(days) == 1:
            b.bound(
                days[0],
                days[0] + WEEKDAY_REACH,
                c.quote,
                f"a count told as of a {days[0]:%A}: the only one near the days {s.source} gave it "
                f"({days[0].isoformat()}); a weekday names a day of the week before writing",
            )


def _bound_by_yearless(b: _Bounds, mentions: list[TimeMention], events: tuple[dt.date, ...]) -> None:
    """Bound the interval by the year-less dates the text mentions in the past tense, once the rest fixes (or
    bounds from below) their year."""
    if b.lo is None and b.hi is None:
        return
    for m in mentions:
        q = m.quantity
        if q.kind == "date" and isinstance(q.low, str) and q.low.startswith("--") and m.role is None:
            fixed = resolve_year(q.low, b.lo, b.hi, events, earliest=True)
            if fixed is not None and b.lo is not None and m.past and (b.hi is None or fixed <= b.hi):
                only = resolve_year(q.low, b.lo, b.hi, events) == fixed
                b.bound(
                    fixed,
                    None,
                    q.text,
                    f"a year-less date that can {'only be' if only else 'be no earlier than'} "
                    f"{fixed.isoformat()}; mentioned in the past tense",
                )


def _bound_by_anniversary_of(b: _Bounds, mentions: list[TimeMention]) -> None:
    """Bound the interval by the anniversaries with no count of years the text is written on, when the rest of
    the evidence (a bounded interval) allows only one."""
    for m in mentions:
        lo, hi = b.lo, b.hi
        if lo is None or hi is None:
            continue
        if m.role == "anniversary" and m.anchor is not None and m.quantity.low is None:
            a = m.anchor
            days = [
                _years_after(a.date, n)
                for n in range(max(1, lo.year - a.date.year - 1), hi.year - a.date.year + 2)
                if lo - ANNIVERSARY_AFTER <= _years_after(a.date, n) <= hi + ANNIVERSARY_BEFORE
            ]
            if len(days) == 1:
                n = days[0].year - a.date.year
                b.bound(
                    days[0] - ANNIVERSARY_BEFORE,
                    days[0] + ANNIVERSARY_AFTER,
                    m.quantity.text,
                    f"written on an anniversary of when {a.name}: the only one the rest allows is the "
                    f"{n}-year anniversary ({days[0].isoformat()}), give or take days",
                )


def _told_as_current(c: Claim) -> bool:
    """Whether a claim gives its series' count as it stood when told: told as current ("rose to", "have been
    killed", "stands at"), and either exact or a specific floor ("at least 23,843": not a round figure, which
    outlets keep quoting long after the count passed it). With no date of its own, it is the latest count."""
    low = c.value.low
    if not isinstance(low, (int, float)) or not (_CURRENT.search(c.quote) or _PERFECT.search(c.sentence)):
        return False
    return c.value.qualifier in ("exact", "approx") or (
        c.value.qualifier in ("at_least", "more_than") and low % (1000 if low >= 10_000 else 100) != 0
    )


_OWN_DATE = {
    "published": "its dateline or publication line",
    "yesterday": "the day after the day it calls yesterday",
    "updated": "updated",
}


def _own_date(
    mentions: list[TimeMention],
    lo: dt.date | None,
    hi: dt.date | None,
    events: tuple[dt.date, ...],
    month: tuple[dt.date, dt.date] | None = None,
) -> DocDate | None:
    """The date a page gives itself (its first dateline or publication line; else its update line, which it
    was written on or before), when the rest of the evidence allows it; a year-less dateline ("Oct 12
    (Reuters)") only once the rest, or the ``month`` the page's address names, fixes its year. None when it gives
    none, or the text contradicts it."""
    for wanted in (("published", "yesterday"), ("updated",)):
        for m in sorted((m for m in mentions if m.role in wanted), key=lambda m: m.quantity.start):
            own = _own_date_of(m, wanted, lo, hi, events, month)
            if own is not None:
                return own
    return None


def _own_date_of(
    m: TimeMention,
    wanted: tuple[str, ...],
    lo: dt.date | None,
    hi: dt.date | None,
    events: tuple[dt.date, ...],
    month: tuple[dt.date, dt.date] | None,
) -> DocDate | None:
    """The date one dateline, publication line or update line (of the roles ``wanted``) gives the page, when the
    rest of the evidence allows it; None when it gives none, or the text contradicts it."""
    q = m.quantity
    if not isinstance(q.low, str):
        return None
    day, by_address = _own_day(m, q.low, lo, hi, events, month)
    if (
        day is None
        or (hi is not None and day > hi + dt.timedelta(days=TIGHT_DAYS))
        or (lo is not None and day < lo - dt.timedelta(days=TIGHT_DAYS))
    ):
        return None  # the text says otherwise (a later event told in the past tense): no date, not a wrong one
    published = m.role != "updated"
    kind = _OWN_DATE[wanted[0] if m.role is None else m.role]
    year = ", the year from the month its address names" if by_address else ""
    reason = f"the page's own date ({kind}: written {'on' if published else 'on or before'} {day}{year})"
    return DocDate(
        earliest=day if published else lo,
        latest=day + dt.timedelta(days=1) if published else day,
        estimate=day,
        source="inferred",
        evidence=(Evidence(quote=q.text, reason=reason),),
    )


def _own_day(
    m: TimeMention,
    low: str,
    lo: dt.date | None,
    hi: dt.date | None,
    events: tuple[dt.date, ...],
    month: tuple[dt.date, dt.date] | None,
) -> tuple[dt.date | None, bool]:
    """The day a page's own date ``low`` (of mention ``m``) says it was written on (the day after the day it calls
    yesterday), a year-less one's year from the rest of the evidence or else the address's ``month``; and whether
    the address's month said the year."""
    day = dt.date.fromisoformat(low) if not low.startswith("--") else _own_year(low, lo, hi, events)
    by_address = day is None and month is not None and low.startswith("--")
    if by_address and month is not None:  # the address's month says the year
        day = _own_year(low, max(lo or month[0], month[0]), min(hi or month[1], month[1]), events)
    if day is not None and m.role == "yesterday":
        day += dt.timedelta(days=1)
    return day, by_address


OWN_YEAR_REACH = dt.timedelta(days=31)
"""How soon after the latest past event a text tells, a year-less dateline is taken to be of that year (when nothing
bounds the text from above)."""


def _own_year(yearless: str, lo: dt.date | None, hi: dt.date | None, events: tuple[dt.date, ...]) -> dt.date | None:
    """The year of a year-less dateline ("Oct 12 (Reuters)"): the one the rest of the evidence allows (within a week
    of its interval); with no upper bound, the first on or after the latest past event the text tells, when within a
    month of it and that event is not a known one (a text mentions "October 7, 2023" years later). Never a known
    event's own day for its own sake: an anniversary's dateline is not the event's."""
    if lo is None:
        return None
    slack = dt.timedelta(days=TIGHT_DAYS)
    month, day = int(yearless[2:4]), int(yearless[5:7])
    last = hi.year + 1 if hi is not None else lo.year + 1
    found = []
    for year in range(lo.year - 1, last + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:  # February 29
            continue
        if lo - slack <= d and (d <= hi + slack if hi is not None else d - lo <= OWN_YEAR_REACH and lo not in events):
            found.append(d)
    return found[0] if len(found) == 1 else None


def with_date(claims: list[Claim], date: DocDate, events: tuple[dt.date, ...] = ()) -> list[Claim]:
    """The claims with their as-of dates taken from the document's date, and year-less dates (event
    dates) given a year when the document's date, or a known event on that day, fixes it."""
    out = []
    for c in claims:
        update: dict = {"as_of": date.estimate, "as_of_earliest": date.earliest, "as_of_latest": date.latest}
        explicit = _explicit_as_of(c.as_of_text, date, events) if c.as_of_text else None
        if explicit is not None:
            update = {"as_of": explicit, "as_of_earliest": explicit, "as_of_latest": explicit}
        low, high = c.value.low, c.value.high
        if isinstance(low, str) and low.startswith("--") and isinstance(high, str):
            a = resolve_year(low, date.earliest, date.latest, events)
            b = resolve_year(high, date.earliest, date.latest, events)
            if a is not None and b is not None and a <= b:
                update["value"] = c.value.model_copy(update={"low": a.isoformat(), "high": b.isoformat()})
        out.append(c.model_copy(update=update))
    return out


_WEEKDAY_NAME = regex.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", regex.I)
_CROSSED = regex.compile(
    r"\b(?:surpass\w*|pass(?:ed|es|ing)?|past|exceed\w*|cross(?:ed|es|ing)|topp(?:ed|ing))\b", regex.I
)
"""A count told as the day the series crossed it ("the toll climbing past 30,000 on Thursday")."""
WEEKDAY_REACH = dt.timedelta(days=6)
"""How long after a day a text names it by its weekday alone ("on Monday"): within the week."""


SAID_ON_REACH = (120, 60)
"""How far before and after a count (in characters) the weekday it is told on may stand: "the ministry said on
Tuesday that ... 34,535", "reached 67,160 on Monday"; a weekday farther off is another clause's event, unless
the sentence ends by saying who told it then (", the ministry said Tuesday")."""
_SAID = regex.compile(r"\b(?:said|says|reported|announced|added|stated)\s+(?:on\s+)?$")


def _said_on(c: Claim) -> int | None:
    """The weekday a count is told as of ("reached 67,160 on Monday", "as of Sunday"): the one weekday its
    sentence names, near the count, in a sentence of the past (or its explicit "as of"), else None."""
    if c.as_of_text:
        names = {m.group().lower() for m in _WEEKDAY_NAME.finditer(c.as_of_text)}
    else:
        at = c.sentence.find(c.quote)
        if at < 0 or not tells_of_past(c.sentence, 0, len(c.sentence)):
            return None
        found = list(_WEEKDAY_NAME.finditer(c.sentence))
        near = [
            m
            for m in found
            if at - SAID_ON_REACH[0] <= m.start() <= at + len(c.quote) + SAID_ON_REACH[1]
            or (m.start() > at and _SAID.search(c.sentence, max(0, m.start() - 25), m.start()))
        ]
        names = {m.group().lower() for m in found} if near else set()
    return WEEKDAYS[names.pop()] if len(names) == 1 else None


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def _explicit_as_of(text: str, date: DocDate, events: tuple[dt.date, ...]) -> dt.date | None:
    """The day "as of Sunday" (the last Sunday on or before a document's given date, or on or before every day
    its inferred interval allows, when that is one day) or "as of March 3" names, or None when the document's
    date cannot fix it."""
    word = text[len("as of ") :].strip().lower()
    if word in WEEKDAYS:
        if date.source == "given" and date.estimate is not None:
            days = [date.estimate]
        elif date.earliest is not None and date.latest is not None and (date.latest - date.earliest).days < 7:
            days = _days(date.earliest, date.latest)
        else:
            return None
        named = {d - dt.timedelta(days=(d.weekday() - WEEKDAYS[word]) % 7) for d in days}
        return named.pop() if len(named) == 1 else None
    for q in parse(text):
        if q.kind == "date" and isinstance(q.low, str):
            if q.low.startswith("--"):
                return resolve_year(q.low, date.earliest, date.latest, events)
            return dt.date.fromisoformat(q.low)
    return None


def resolve_year(
    yearless: str, lo: dt.date | None, hi: dt.date | None, events: tuple[dt.date, ...] = (), earliest: bool = False
) -> dt.date | None:
    """The one date "--MM-DD" can be for a text written in [lo, hi], or None when there are several (an
    interval open at one end allows a date every year). With ``earliest``, the earliest it can be: a
    lower bound, when that is all that is wanted.

    The day of a known event ("Oct. 7") is that event, however long ago; any other year-less date is
    taken to lie within six months before, or a month after, the writing."""
    month, day = int(yearless[2:4]), int(yearless[5:7])
    event = _event_on(month, day, hi, events)
    if event is not None:
        return event
    if lo is None and hi is None or (not earliest and (lo is None or hi is None)):
        return None
    first, last = (lo or hi), (hi or lo)
    if first is None or last is None:
        return None
    found = _yearless_dates(month, day, first, last)
    return found[0] if len(found) == 1 or (earliest and found) else None


def _event_on(month: int, day: int, hi: dt.date | None, events: tuple[dt.date, ...]) -> dt.date | None:
    """The first known event on that day of the year, not after ``hi``; None when there is none."""
    for e in events:
        if (e.month, e.day) == (month, day) and (hi is None or e <= hi):
            return e
    return None


def _yearless_dates(month: int, day: int, first: dt.date, last: dt.date) -> list[dt.date]:
    """The dates a year-less date can be for a text written in [first, last], earliest first: within six months
    before, or a month after, the writing."""
    found = []
    for year in range(first.year - 1, last.year + 2):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d - YEARLESS_AFTER <= last and d + YEARLESS_BEFORE >= first:  # writing can fall in [d-31, d+183]
            found.append(d)
    return found


def _elapsed(q: Quantity) -> tuple[float | None, float | None]:
    """Days elapsed that a duration allows: "17-year" 16-18 years (rounding), "nearly two years" 1.5-2.5, "100
    days" 100, "nearly 500 days" 475-525."""
    per = MEAN_DAYS.get(q.unit or "day", 1)
    low = q.low if isinstance(q.low, (int, float)) else None
    high = q.high if isinstance(q.high, (int, float)) else None
    slack = 0.5 if q.qualifier == "approx" else 1.0
    if q.unit in ("day", "hour"):
        slack = max(1.0, 0.05 * (low or 0)) if q.qualifier == "approx" else 0.0
    lo = None if low is None else max(0.0, (low - (0 if q.qualifier in ("more_than", "at_least") else slack)) * per)
    hi = None if high is None else (high + (0 if q.qualifier in ("at_most", "less_than") else slack)) * per
    if q.qualifier in ("more_than", "at_least") and low is not None:
        hi = (low + 1) * per
    return lo, hi


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # February 29
        return day.replace(year=day.year + years, day=28)


def _add(day: dt.date, days: float | None) -> dt.date | None:
    return None if days is None else day + dt.timedelta(days=round(days))
