"""Dates joined into periods, and durations read as dates: "from Oct. 2 to October 22", "between now and
November 15th", "the week of March 4", "end of March", "three days ago", "the past 2 decades", "within 5
days". Runs after the tagger's patterns (date_phrases.py), over the quantities they found.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import regex

from .date_phrases import iso, month_span, shift, week_span
from .numerals import parse_numeral
from .records import Bound, Quantity
from .vocabulary import UNIT_DAYS

Make = Callable[[int, int, str, Bound, Bound], Quantity]
"""Builds a quantity: (start, end, kind, low, high)."""
Move = Callable[[dt.date, int], dt.date]
"""Moves a day by a duration: (day, sign) -> the day that long after (sign 1) or before (sign -1) it."""

_HAS_YEAR = regex.compile(r"(?:19|20)\d\d|thousand|nineteen", regex.I)
_FROM_TO = regex.compile(r"\s*(?:-|–|to|till|until|through|thru)\s*", regex.I)
_BETWEEN_AND = regex.compile(r"\s*(?:and|-|–|to|through)\s*", regex.I)
_FROM = regex.compile(r"\b(?:from|between)\s+$", regex.I)
_WEEK_OF = regex.compile(
    r"(?:\bthe\s+)?\b(?:(?P<unit>week|month)\s+(?:of|commencing|starting|beginning)(?:\s+on)?|w/c)"
    r"\s+(?:the\s+)?$",
    regex.I,
)
_PART = regex.compile(
    r"(?:\b(?P<part>beginning|start|middle|mid|end|early|late)(?:\s+of(?:\s+the)?\s+|-|\s+))$", regex.I
)
_NOW = regex.compile(
    r"\b(?:from|between)\s+now\s+(?:and|to|until|till)\s+$|(?:\s+(?:and|to|until|till)\s+now\b)", regex.I
)
_PARTS = regex.compile(r"(?P<n>\d+(?:\.\d+)?|[a-z]+(?:[\s-][a-z]+)*?)\s*(?P<unit>year|month|week|day)s?\b", regex.I)
_OFFSET_AFTER = regex.compile(
    r"\s+(?P<dir>ago|from\s+now|hence|in\s+the\s+future|from\s+today|after\s+today"
    r"|before\s+today|from\s+tomorrow|after\s+tomorrow|from\s+yesterday|before\s+yesterday)\b",
    regex.I,
)
_OFFSET_BEFORE = regex.compile(
    r"(?:\bwithin\s+(?:the\s+)?(?:(?P<w>next|coming|upcoming)\s+)?"
    r"|(?:\bthe\s+)?\b(?P<rel>next|coming|upcoming|following|last|past|previous|prior)\s+)$",
    regex.I,
)


def _as_date(iso) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if isinstance(iso, str) and not iso.startswith("--") else None
    except ValueError:
        return None


def offsets(q: Quantity, text: str, ref: dt.date | None) -> tuple | None:
    """A duration read as a date or period: "three days ago", "the past 2 decades", "within 5 days",
    "two weeks from now". Returns (start, end, kind, low, high) or None."""
    if (
        ref is None
        or q.kind != "duration"
        or q.qualifier not in ("exact", "approx")
        or q.unit not in ("day", "week", "month", "year", "decade")
        or not isinstance(q.low, (int, float))
    ):
        return None
    n, unit = q.low, q.unit
    move = _mover(q.text, n, unit)
    after = _OFFSET_AFTER.match(text, q.end)
    if after:
        return _offset_after(q, after, ref, move)
    before = _OFFSET_BEFORE.search(text, max(0, q.start - 30), q.start)
    if not before:
        return None
    return _offset_before(q, before, ref, n, unit, move)


def _mover(text: str, n: float, unit: str) -> Move:
    """What moves a day by the duration ``text`` (``n`` ``unit``s), part by part when it has several parts."""
    read = [(parse_numeral(p["n"]), p["unit"].lower()) for p in _PARTS.finditer(text)]
    parts = [(v, u) for v, u in read if v is not None]
    if len(read) > 1 and len(parts) == len(read):  # "1 month 21 days ago": months, then days
        parts.sort(key=lambda p: -UNIT_DAYS[p[1]])

        def move(d: dt.date, sign: int) -> dt.date:
            for v, u in parts:
                d = shift(d, sign * v, u)
            return d
    else:

        def move(d: dt.date, sign: int) -> dt.date:
            return shift(d, sign * n, unit)

    return move


def _offset_after(q: Quantity, after: regex.Match, ref: dt.date, move: Move) -> tuple:
    """A duration read as a date by the words after it ("three days ago", "two weeks from now", "hence")."""
    word = " ".join(after["dir"].lower().split())
    if word in ("hence", "in the future"):
        return q.start, after.end(), ref + dt.timedelta(days=1), move(ref, 1)
    base = ref + dt.timedelta(days={"tomorrow": 1, "yesterday": -1}.get(word.split()[-1], 0))
    d = move(base, -1 if word in ("ago",) or word.startswith("before") else 1)
    return q.start, after.end(), d, d


def _offset_before(q: Quantity, before: regex.Match, ref: dt.date, n: float, unit: str, move: Move) -> tuple:
    """A duration read as a period by the words before it ("the past 2 decades", "within 5 days", "the next
    week")."""
    if before["rel"] and before["rel"].lower() in ("last", "past", "previous", "prior"):
        if unit == "decade":
            this = ref.year // 10 * 10
            return before.start(), q.end, dt.date(this - 10 * round(n), 1, 1), dt.date(this - 1, 12, 31)
        return before.start(), q.end, move(ref, -1), ref - dt.timedelta(days=1)
    if before.group().lower().startswith("within"):
        return before.start(), q.end, ref, move(ref, 1) - dt.timedelta(days=1)
    if unit == "decade":
        this = ref.year // 10 * 10
        return before.start(), q.end, dt.date(this + 10, 1, 1), dt.date(this + 10 * round(n) + 9, 12, 31)
    return before.start(), q.end, ref + dt.timedelta(days=1), move(ref, 1)


def compose(quantities: list[Quantity], text: str, ref: dt.date | None, make: Make) -> list[Quantity]:
    """Join dates into periods: "from Oct. 2 to October 22", "between now and November 15th", "the week of
    March 4", "end of March"; read durations as dates with ``offsets``. ``make(start, end, kind, low, high)``
    builds a quantity."""
    out: list = []
    for q in quantities:
        if out and q.start < out[-1].end:  # taken in by the one before: "two days from tomorrow"
            continue
        span = offsets(q, text, ref)
        if span is not None:
            start, end, low, high = span
            q = make(start, end, "date" if low == high else "daterange", iso(low), iso(high))
        if q.kind in ("date", "daterange"):
            q = _narrow(q, text, ref, make)
            prev = out[-1] if out else None
            joined = _join(prev, q, text, make) if prev is not None else None
            if joined is not None:
                out[-1] = joined
                continue
            now = _with_now(q, text, ref, make)
            if now is not None:
                q = now
        out.append(q)
    return out


def _join(a: Quantity, b: Quantity, text: str, make: Make) -> Quantity | None:
    """ "Oct. 2 to October 22", "from 2015 to May 5th, 2017", "between Jan 1 and Jan 5"."""
    if a.kind not in ("date", "daterange") or not isinstance(a.low, str) or not isinstance(b.high, str):
        return None
    lead = _FROM.search(text, max(0, a.start - 9), a.start)
    gap = (_BETWEEN_AND if lead and lead.group().lower().startswith("between") else _FROM_TO).fullmatch(
        text, a.end, b.start
    )
    if gap is None:
        return None
    low, high = _joined_years(a, b, a.low, b.high)
    if low > high and not (low.startswith("--") or high.startswith("--")):
        return None
    start = lead.start() if lead else a.start
    return make(start, b.end, "daterange", low, high)


def _joined_years(a: Quantity, b: Quantity, low: str, high: str) -> tuple[str, str]:
    """The first and last day of a period joined from ``a`` (its first day ``low``) to ``b`` (its last day
    ``high``), with the year one end leaves out taken from the other."""
    given = low  # a's own first day (a.low): "--MM-DD" when it names no year
    if low > high and not _HAS_YEAR.search(a.text + b.text) and not low.startswith("--"):  # "from 10/25 to 01/25"
        high = f"{int(high[:4]) + 1:04d}{high[4:]}"
    if low.startswith("--") and not high.startswith("--"):  # "from 1st Jan until 22 Jan 2016": the later year
        low = f"{high[:4]}{low[1:]}"
        if low > high:
            low = f"{int(high[:4]) - 1:04d}{given[1:]}"
    return low, high


def _with_now(q: Quantity, text: str, ref: dt.date | None, make: Make) -> Quantity | None:
    if ref is None:
        return None
    before = _NOW.search(text, max(0, q.start - 30), q.start)
    if before and before.end() == q.start and before.group().strip().lower().startswith(("from", "between")):
        return make(before.start(), q.end, "daterange", ref.isoformat(), q.high)
    after = _NOW.match(text, q.end)
    if after and (lead := _FROM.search(text, max(0, q.start - 9), q.start)) and isinstance(q.low, str):
        return make(lead.start(), after.end(), "daterange", q.low, ref.isoformat())
    return None


def _narrow(q: Quantity, text: str, ref: dt.date | None, make: Make) -> Quantity:
    """ "The week of March 4" (the week holding it), "end of March" (its second half), "mid-2016"."""
    week = _WEEK_OF.search(text, max(0, q.start - 30), q.start)
    low, high = _as_date(q.low), _as_date(q.high)
    if week and low is not None and low == high:
        if (week["unit"] or "week").lower() == "month":
            start, end = month_span(low.year, low.month)
        else:
            start, end = week_span(low)
        return make(week.start(), q.end, "daterange", start.isoformat(), end.isoformat())
    part = _PART.search(text, max(0, q.start - 20), q.start)
    if part is None or low is None or high is None or low == high:
        return q
    word = part["part"].lower()
    days = (high - low).days + 1
    if days == 7:  # a week: Mon-Wed, Tue-Fri, Thu-Sun
        a, b = {"beginning": (0, 2), "start": (0, 2), "early": (0, 2), "middle": (1, 4), "mid": (1, 4)}.get(
            word, (3, 6)
        )
    elif days <= 31:  # a month: 1-15, 10-20, 16-end
        a, b = {"beginning": (0, 14), "start": (0, 14), "early": (0, 14), "middle": (9, 19), "mid": (9, 19)}.get(
            word, (15, days - 1)
        )
    elif days in (365, 366):  # a year: early/late halves; beginning, middle, end: Jan-Apr, May-Aug, Sep-Dec
        y = low.year
        a, b = {
            "early": (1, 6),
            "late": (7, 12),
            "beginning": (1, 4),
            "start": (1, 4),
            "middle": (5, 8),
            "mid": (5, 8),
        }.get(word, (9, 12))
        return make(part.start(), q.end, "daterange", f"{y:04d}-{a:02d}-01", month_span(y, b)[1].isoformat())
    else:
        return q
    return make(
        part.start(),
        q.end,
        "daterange",
        (low + dt.timedelta(days=a)).isoformat(),
        (low + dt.timedelta(days=b)).isoformat(),
    )
