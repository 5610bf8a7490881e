"""Dates and periods in English text, resolved against a reference date (the document's date).

Absolute forms ("Oct. 7", "7 October 2023", "2023-10-07", "10/07/2023", "Q3 2016", "mid-April", "the 1970s") resolve
without one; a year-less date stays year-less ("--10-07") until a reference fixes its year. Relative
forms ("yesterday", "last week", "next Friday", "three days ago", "the past 2 decades", "earlier this
month") need the reference and are left out without it. Days and periods are inclusive intervals of
days; weeks run Monday to Sunday, and a month's n-th week is the n-th week whose Thursday falls in it
(the ISO 8601 rule). Numeric dates are read month first (02/22/2016) unless the first figure is above 12.

``PATTERNS`` are tried by the quantity tagger at each anchor; ``build`` turns a match into an interval;
date_joins.py then joins what they found ("from Oct. 2 to October 22", "the week of March 4").
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from contextvars import ContextVar

import regex

from .numerals import parse_number_words
from .vocabulary import MONTHS, ORDINALS, TENS, UNITS

Day = dt.date | str  # a date, or a year-less ISO date "--10-07"
Interval = tuple[Day, Day]

WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
DECADE_WORDS = {
    "tens": 10,
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
    "noughties": 0,
    "thousands": 0,
}
_NTH = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "last": -1,
}
_UNIT_WORDS = {"day", "week", "weekend", "month", "year", "decade", "century", "quarter"}
ANCHOR_WORDS = (
    set(WEEKDAYS)
    | set(SEASONS)
    | set(DECADE_WORDS)
    | _UNIT_WORDS
    | {
        "today",
        "tonight",
        "tomorrow",
        "tmrw",
        "yesterday",
        "now",
        "this",
        "next",
        "last",
        "past",
        "previous",
        "prior",
        "coming",
        "upcoming",
        "current",
        "following",
        "rest",
        "earlier",
        "later",
        "beginning",
        "start",
        "middle",
        "mid",
        "end",
        "early",
        "late",
        "within",
        "from",
        "between",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "w",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "1st",
        "2nd",
        "3rd",
        "4th",
        "5th",
        *ORDINALS,
    }
)


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_ABBREVIATED = [m for m in MONTHS if len(m) <= 4 and m not in ("may", "june", "july")]
MONTH = rf"(?P<month>{_alt(MONTHS)})(?:(?<=\b(?:{_alt(_ABBREVIATED)}))\.)?(?!\w)"
_MONTH_NO_DOT = rf"(?P<month>{_alt(MONTHS)})(?!\w)"
_WD = rf"(?:{_alt(WEEKDAYS)})\.?"
FIGURE = "1"
"""The anchor key of a figure (a digit, a vulgar fraction, a percent sign); other anchors are lower-case words."""
_RELS = {"this", "current", "next", "coming", "upcoming", "following", "last", "past", "previous", "prior"}
_DAY_WORDS = set(ORDINALS) | {"twenty", "thirty"} | set(UNITS)
_NTH_WORDS = {"first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd", "4th", "5th", "last"}
"""Words that number a weekday or a week of a month ("the second Tuesday", "the last week")."""
# The words (anchor keys) each pattern can start with: a pattern is tried only at such anchors.
STARTS: dict[str, set[str]] = {
    "numeric_date": {FIGURE},
    "numeric_day": {FIGURE},
    "numeric_month": {FIGURE},
    "year_month": {FIGURE},
    "month_day": set(MONTHS) | set(WEEKDAYS),
    "day_month": {FIGURE} | _DAY_WORDS | set(WEEKDAYS),
    "weekday_day": set(WEEKDAYS),
    "month_year": set(MONTHS),
    "rel_month": _RELS | set(MONTHS),
    "month": set(MONTHS),
    "mid_month": {"mid"},
    "year": {FIGURE} | set(UNITS) | set(TENS),
    "year_range": {FIGURE, "from", "between", "in"},
    "day_range": {FIGURE, "from", "between"} | set(MONTHS),
    "relative_day": {"the", "day", "today", "tonight", "tomorrow", "tmrw", "yesterday"},
    "rel_weekday": _RELS | {"on"} | set(WEEKDAYS),
    "weekday": set(WEEKDAYS),
    "nth_weekday": {"the", FIGURE} | _NTH_WORDS,
    "day_of_month": {"the", FIGURE} | _DAY_WORDS,
    "rel_period": {"the", "this", "that", "my", "weekend", "week", "month", "year"} | _RELS,
    "rest_of": {"the", "rest"},
    "part_of": {"earlier", "later"},
    "week_of": {"the", FIGURE, "week"} | _NTH_WORDS,
    "quarter": {
        "the",
        FIGURE,
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "first",
        "second",
        "third",
        "fourth",
        "1st",
        "2nd",
        "3rd",
        "4th",
    },
    "season": {"this", "next", "last", "the", "mid", "early", "late"} | set(SEASONS),
    "decade": {"the", FIGURE, "nineteen", "eighteen", "twenty", "two"} | set(DECADE_WORDS),
}
_UNIT_W = _alt(w for w, v in UNITS.items() if 1 <= v <= 9)
_TEEN_W = _alt(w for w, v in UNITS.items() if v >= 10)
_TENS_W = _alt(TENS)
_DAY_ORD = (
    rf"(?:(?:twenty|thirty)[\s-]+(?:{_alt(k for k, v in ORDINALS.items() if v <= 9)})"
    rf"|{_alt(k for k, v in ORDINALS.items() if v <= 31)})"
)
_DAY_CARD = rf"(?:twenty[\s-]+(?:{_UNIT_W})|thirty[\s-]+one|{_TEEN_W}|{_UNIT_W}|twenty|thirty)"
_DAY_NUM = r"(?<!\d|\d[.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|[.,]\d)"
DAY = rf"(?P<day>{_DAY_NUM}|{_DAY_ORD}|{_DAY_CARD})\b"
_DAY_ORDINAL = rf"(?P<day>{_DAY_NUM}|{_DAY_ORD})"
_YEAR_WORDS = (
    rf"(?:(?:{_alt(w for w, v in UNITS.items() if v >= 11)}|twenty)[\s-]+(?:hundred|(?:oh|zero)[\s-]+(?:{_UNIT_W})"
    rf"|(?:{_TENS_W})(?:[\s-]+(?:{_UNIT_W}))?|{_TEEN_W})"
    rf"|(?:one|two)\s+thousand(?:(?:\s+and)?\s+(?:(?:{_UNIT_W})\s+hundred(?:\s+and)?\s+)?"
    rf"(?:(?:{_TENS_W})(?:[\s-]+(?:{_UNIT_W}))?|{_TEEN_W}|{_UNIT_W}))?)(?!\s+[a-z])"
)
YEAR = rf"(?P<year>(?<![\d,.])(?:1\d{{3}}|20\d{{2}})(?![\d%]|[.,]\d)|{_YEAR_WORDS})"
_REL = r"(?P<rel>this|current|next|coming|upcoming|following|last|past|previous|prior)"
_SEP = r"(?:\s*,\s*|\s+)"


def _p(pattern: str) -> regex.Pattern:
    return regex.compile(pattern, regex.I)


PATTERNS: list[tuple[str, regex.Pattern]] = [
    (
        "numeric_date",
        _p(
            r"(?<![\w/.-])(?:(?P<y1>1\d{3}|20\d{2})\s*(?P<sep>[-/.])\s*(?P<a>0?[1-9]|1[0-2]|"
            rf"{_alt(MONTHS)})\s*(?P=sep)\s*(?P<b>0?[1-9]|[12]\d|3[01])"
            r"|(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?:(?P=sep)|,)(?P<y2>\d{4}|\d{2}))"
            r"(?![\w/-]|[.,]\d)"
        ),
    ),
    (
        "numeric_day",
        _p(
            r"(?!24/7(?!\d))"  # "24/7" is round the clock
            r"(?:(?<=\b(?:on|from|to|until|till|since|by|before|after|between|and)\s+)"
            r"(?P<a>\d{1,2})/(?P<b>\d{1,2})|(?<=\bon\s+)(?P<a>\d{1,2})[.-](?P<b>\d{1,2})"
            r"|(?<![\w/.-])(?:(?P<a>1[3-9]|2\d|3[01])/(?P<b>0?[1-9]|1[0-2])|(?P<a>0?[1-9]|1[0-2])/(?P<b>1[3-9]|2\d|3[01]))"
            r")"
            r"(?![\w/-]|[.,]\d)"
        ),
    ),
    (
        "numeric_month",
        _p(
            r"(?<![\w/.-])(?:(?P<y1>1\d{3}|20\d{2})\s*[-/.]\s*(?P<a>0?[1-9]|1[0-2])"
            r"|(?P<a>0?[1-9]|1[0-2])\s*[-/]\s*(?P<y2>1\d{3}|20\d{2}))(?![\w/-]|[.,]\d)"
        ),
    ),
    ("month_day", _p(rf"(?:(?P<wd>{_WD}),?\s+)?\b{MONTH}(?:\s*[-/.]\s*|\s+(?:the\s+)?){DAY}(?:{_SEP}{YEAR})?")),
    (
        "day_month",
        _p(
            rf"(?:(?P<wd>{_WD}),?\s+)?{_DAY_ORDINAL}\.?\s*(?:of\s+)?{_MONTH_NO_DOT}"
            rf"(?:\.?{_SEP}{YEAR})?"
        ),
    ),
    ("weekday_day", _p(rf"(?P<wd>{_WD})\s+the\s+{DAY}")),
    (
        "month_year",
        _p(rf"\b{MONTH}(?:\s+of)?(?:{_SEP}{YEAR}|\s+(?:'(?P<yy>\d{{2}})|(?P<yy>3[2-9]|[4-9]\d))(?![\d%]|[.,]\d))"),
    ),
    ("year_month", _p(rf"(?<![\d,.])(?P<year>1\d{{3}}|20\d{{2}}){_SEP}{_MONTH_NO_DOT}")),
    ("rel_month", _p(rf"\b{_REL}\s+{_MONTH_NO_DOT}|{_MONTH_NO_DOT}\s+(?:of\s+)?(?P<rel>this|next|last)\s+year")),
    (
        "month",
        _p(
            rf"(?-i:(?:{_alt(m.capitalize() for m in MONTHS if len(m) > 3 and m not in ('march', 'may'))}))\b"
            rf"|(?<=\b(?:in|since|until|till|from|by|during|through|early|late|mid-?|before|after|of|end of)\s+)"
            rf"(?P<month>march|may)\b"
        ),
    ),
    ("mid_month", _p(rf"\bmid-?\s*{MONTH}(?:{_SEP}{YEAR})?")),
    (
        "year",
        _p(
            r"(?<![\w.,$£€:/#])(?:(?<=\bmid-)|(?<![A-Za-z]-))(?P<year>(?:19|20)\d{2})(?![\w%:]|[.,]\d|-\d)"
            rf"|(?<=\b(?:in|of|from|until|till|to|since|during)\s+){_YEAR_WORDS}"
        ),
    ),
    (
        "year_range",
        _p(
            r"(?:between\s+(?P<y1>(?:19|20)\d{2})\s*(?:[-–]|and)|(?:(?:from|in)\s+)?(?<![\w.,$£€:/#-])"
            r"(?P<y1>(?:19|20)\d{2})\s*(?:[-–]|to|through|thru|until|till))"
            r"\s*(?P<y2>(?:19|20)\d{2}|\d{2})(?![\w%:]|[.,]\d|-\d)"
        ),
    ),
    (
        "day_range",
        _p(
            rf"(?:(?:from|between)\s+)?(?P<d1>{_DAY_NUM})\s*(?:to|till|until|through|and|-|–)\s*"
            rf"(?P<d2>{_DAY_NUM})\s+(?:(?:of|in)\s+)?(?:{_REL}\s+month|{MONTH}(?:{_SEP}{YEAR})?)"
            rf"|(?:from|between)\s+(?P<d1>{_DAY_NUM})\s+(?:to|till|until)\s+{MONTH}\s+(?P<d2>{_DAY_NUM})"
            rf"(?:{_SEP}{YEAR})?"
            rf"|\b{MONTH}\s+(?:between\s+)?(?P<d1>{_DAY_NUM})\s*(?:-|–|to|and|through)\s*(?P<d2>{_DAY_NUM})"
            rf"(?:{_SEP}{YEAR})?"
        ),
    ),
    (
        "relative_day",
        _p(
            r"(?:the\s+)?day\s+(?P<dir>before|after)\s+(?:yesterday|tomorrow|tmrw)|today|tonight"
            r"|tomorrow|tmrw|yesterday"
        ),
    ),
    (
        "rel_weekday",
        _p(
            rf"{_REL}\s+(?:week\s+(?:on\s+)?)?(?P<wd>{_WD})\b"
            rf"|(?:on\s+)?(?P<wd>{_WD})\s+(?:of\s+)?{_REL}\s+week"
        ),
    ),
    ("weekday", _p(rf"(?-i:(?P<wd>{_alt(w.capitalize() for w in WEEKDAYS if len(w) > 5)}))\b")),
    (
        "nth_weekday",
        _p(
            rf"(?:the\s+)?(?P<nth>{_alt(_NTH)})\s+(?P<wd>{_WD})\b(?:\s+(?:of|in)\s+(?:{_REL}\s+month"
            rf"|{_MONTH_NO_DOT}(?:{_SEP}{YEAR})?))?"
        ),
    ),
    (
        "day_of_month",
        _p(
            rf"(?:the\s+)?{_DAY_ORDINAL}\s+of\s+{_REL}\s+month"
            rf"|the\s+{DAY}(?=\s*(?:[.,;:!?)]|$))"
        ),
    ),
    (
        "rel_period",
        _p(
            rf"(?:the\s+)?{_REL}\s+(?P<unit>weekend|week|month|year|decade|century|quarter)\b"
            rf"|(?:the\s+)?(?P<unit>weekend|week|month|year)\s+after\s+(?:the\s+)?(?P<rel>next)\b"
            rf"|(?:the\s+|this\s+|that\s+|my\s+)?(?P<unit>weekend)\b"
        ),
    ),
    ("rest_of", _p(r"(?:the\s+)?rest\s+(?:of\s+)?(?:the\s+|this\s+|my\s+|current\s+)?(?P<unit>week|month|year)\b")),
    ("part_of", _p(r"(?P<part>earlier|later)\s+(?:this|in\s+the)\s+(?P<unit>week|month|year)\b")),
    (
        "week_of",
        _p(
            rf"(?:the\s+)?(?P<nth>{_alt(_NTH)})\s+week\s+(?:(?:of|in)\s+)?(?:{_REL}\s+(?P<runit>month|year)"
            rf"|{_MONTH_NO_DOT}(?:{_SEP}{YEAR})?|{YEAR})"
            r"|\bweek\s+(?P<wn>[1-4]?\d|5[0-3])\b(?![.,]\d)"
        ),
    ),
    (
        "quarter",
        _p(
            rf"(?:the\s+)?(?:(?P<y0>(?:19|20)\d{{2}})\s*(?:the\s+)?)?(?:(?P<qn>{_alt(_NTH)})\s+quarter|\bq(?P<q>[1-4])"
            r"|\bh(?P<h>[12])(?=\s*(?:19|20)\d{2})|(?<=(?:19|20)\d{2}\s*)h(?P<h>[12]))\b"
            rf"(?:\s+(?:of\s+)?(?:(?P<year>(?:19|20)\d{{2}}\b|{_YEAR_WORDS})|{_REL}\s+year))?"
        ),
    ),
    (
        "season",
        _p(
            rf"(?:(?P<rel>this|next|last|the|mid|early|late)[\s-]+)?(?P<season>spring|summer|autumn|winter"
            rf"|(?<=(?:this|next|last|the)[\s-]+)fall|fall(?=\s+(?:of\s+)?(?:19|20)\d\d))\b"
            rf"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d{{2}}\b|{_YEAR_WORDS}))?"
        ),
    ),
    (
        "decade",
        _p(
            rf"(?:the\s+)?(?:(?P<c>1[5-9]|20)|')?(?P<d>\d)0(?:'s|s)\b|(?:the\s+)?(?:(?P<cw>nineteen|eighteen"
            rf"|twenty|two\s+thousand(?:\s+and)?)[\s-]+)?(?P<dw>{_alt(DECADE_WORDS)})\b"
            rf"|(?:the\s+)?(?P<n>\d{{1,2}})(?:st|nd|rd|th)\s+century\b"
        ),
    ),
]
_UNIT_DAYS = {"day": 1, "week": 7}


def _year(text: str | None) -> int | None:
    """A year in digits ("2016", "'89", "89": 1989; "07": 2007) or words ("nineteen seventy eight")."""
    if not text:
        return None
    t = text.strip().lstrip("'").lower()
    if t.isdigit():
        y = int(t)
        return y if len(t) == 4 else (2000 + y if y < 50 else 1900 + y)
    v = _whole(parse_number_words(t))
    if v is not None and 1000 <= v <= 2099:
        return v
    words = regex.split(r"[\s-]+", t, maxsplit=1)
    head = UNITS.get(words[0]) or TENS.get(words[0])
    if head is None or len(words) < 2:
        return None
    rest = regex.sub(r"^(?:oh|zero)\s+", "", words[1])
    tail = 0 if rest == "hundred" else _whole(parse_number_words(rest))
    return head * 100 + tail if tail is not None and tail < 100 else None


_ORDINAL_SUFFIX = regex.compile(r"(?<=\d)(?:st|nd|rd|th)$")
_SPACES = regex.compile(r"[\s-]+")


def _day(text: str) -> int | None:
    t = _ORDINAL_SUFFIX.sub("", text.strip().lower())
    if t.isdigit():
        return int(t)
    t = _SPACES.sub(" ", t)
    if t in ORDINALS:
        return ORDINALS[t]
    head, _, tail = t.partition(" ")
    if tail in ORDINALS and head in TENS:
        return TENS[head] + ORDINALS[tail]
    return _whole(parse_number_words(t))


def _whole(v: int | float | None) -> int | None:
    """A number read from words as a whole number (a year or a day), or None when it has a fraction."""
    return None if v is None or v != int(v) else int(v)


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def iso(d: Day) -> str:
    """A day as ISO text ("2023-10-07"); a year-less one is already text ("--10-07")."""
    return d.isoformat() if isinstance(d, dt.date) else d


def _date(year: int | None, month: int, day: int) -> Day | None:
    try:
        d = dt.date(year or 2000, month, day)  # 2000 is a leap year: Feb 29 stays possible without a year
    except ValueError:
        return None
    return d if year else f"--{month:02d}-{day:02d}"


def infer_year(month: int, day: int, ref: dt.date) -> int:
    """The year of a year-less date written on ``ref``: the latest that is not months after it."""
    try:
        candidate = dt.date(ref.year, month, day)
    except ValueError:
        candidate = dt.date(ref.year, month, 28)
    return ref.year if candidate <= ref + dt.timedelta(days=90) else ref.year - 1


GUESS_YEARS: ContextVar[bool] = ContextVar("GUESS_YEARS", default=True)
"""Whether a year-less date takes the year the reference suggests (else it stays year-less, for a caller
that knows better: known events fix "Oct. 7" to 2023 where the reference alone would say the last Oct. 7)."""


def _guess_year(month: int, day: int, ref: dt.date | None) -> int | None:
    return infer_year(month, day, ref) if ref is not None and GUESS_YEARS.get() else None


def _yearless(month: int, day: int, year: int | None, ref: dt.date | None) -> Day | None:
    if year is None and (year := _guess_year(month, day, ref)) is not None:
        if (month, day) == (2, 29):
            while not calendar.isleap(year):  # the last February 29th
                year -= 1
    return _date(year, month, day)


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_or_yearless(year: int | None, month: int, ref: dt.date | None) -> Interval:
    if year is None:
        year = _guess_year(month, 1, ref)
    if year is None:
        last = calendar.monthrange(2000, month)[1]
        return f"--{month:02d}-01", f"--{month:02d}-{last:02d}"
    return month_span(year, month)


def week_span(d: dt.date) -> tuple[dt.date, dt.date]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def shift(d: dt.date, n: float, unit: str) -> dt.date:
    if unit in _UNIT_DAYS:
        return d + dt.timedelta(days=round(n * _UNIT_DAYS[unit]))
    months = round(n * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit])
    return _add_months(d, months)


def _offset(rel: str) -> int:
    rel = rel.lower()
    return (
        1
        if rel in ("next", "coming", "upcoming", "following")
        else -1
        if rel in ("last", "past", "previous", "prior")
        else 0
    )


def _unit_span(unit: str, ref: dt.date, n: int) -> tuple[dt.date, dt.date]:
    """This (n=0), next (1) or last (-1) week, weekend, month, year, decade, century or quarter."""
    if unit == "week":
        return week_span(ref + dt.timedelta(weeks=n))
    if unit == "weekend":
        monday = week_span(ref + dt.timedelta(weeks=n))[0]
        return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    if unit == "month":
        d = _add_months(ref.replace(day=1), n)
        return month_span(d.year, d.month)
    if unit == "quarter":
        q = (ref.month - 1) // 3 + n
        y, q = ref.year + q // 4, q % 4
        return dt.date(y, 3 * q + 1, 1), month_span(y, 3 * q + 3)[1]
    size = {"year": 1, "decade": 10, "century": 100}[unit]
    start = ref.year // size * size + n * size
    return dt.date(start, 1, 1), dt.date(start + size - 1, 12, 31)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    days = [
        d for d in range(1, calendar.monthrange(year, month)[1] + 1) if dt.date(year, month, d).weekday() == weekday
    ]
    if nth == -1:
        return dt.date(year, month, days[-1])
    return dt.date(year, month, days[nth - 1]) if nth <= len(days) else None


def _monthweek_span(year: int, month: int, nth: int) -> Interval | None:
    """The n-th (or last) week of a month: weeks count when their Thursday falls in the month."""
    thursday = _nth_weekday(year, month, 3, nth)
    return None if thursday is None else (thursday - dt.timedelta(days=3), thursday + dt.timedelta(days=3))


Builder = Callable[[regex.Match, "dt.date | None"], "Interval | None"]
_BUILDERS: dict[str, Builder] = {}


def _builder(name: str) -> Callable[[Builder], Builder]:
    def register(f: Builder) -> Builder:
        _BUILDERS[name] = f
        return f

    return register


def build(name: str, m: regex.Match, ref: dt.date | None) -> tuple[str, str, str] | None:
    """(kind, low, high) for a match of the pattern ``name``: "date" for one day, else "daterange"."""
    try:
        span = _BUILDERS[name](m, ref)
    except (ValueError, OverflowError, KeyError, IndexError):
        return None
    if span is None:
        return None
    low, high = iso(span[0]), iso(span[1])
    if low > high and not low.startswith("--"):
        return None
    return ("date" if low == high else "daterange"), low, high


def _lowercase_modal(word: str) -> bool:
    return word in ("may", "march", "mar")  # "they may 5", "march 2": verbs, not months, unless capitalised


@_builder("numeric_date")
def _numeric_date(m: regex.Match, ref: dt.date | None) -> Interval | None:
    if m["y1"]:
        a = m["a"]
        month = int(a) if a.isdigit() else _month(a)
        d = _date(int(m["y1"]), month, int(m["b"]))
        return None if d is None else (d, d)
    a, b, year = int(m["a"]), int(m["b"]), _year(m["y2"])
    month, day = (b, a) if a > 12 else (a, b)
    d = _date(year, month, day)
    return None if d is None else (d, d)


@_builder("numeric_day")
def _numeric_day(m: regex.Match, ref: dt.date | None) -> Interval | None:
    a, b = int(m["a"]), int(m["b"])
    month, day = (b, a) if a > 12 else (a, b)
    d = _yearless(month, day, None, ref) if 1 <= month <= 12 else None
    return None if d is None else (d, d)


@_builder("numeric_month")
def _numeric_month(m: regex.Match, ref: dt.date | None) -> Interval | None:
    return month_span(int(m["y1"] or m["y2"]), int(m["a"]))


@_builder("month_day")
def _month_day(m: regex.Match, ref: dt.date | None) -> Interval | None:
    if _lowercase_modal(m["month"]):
        return None
    day = _day(m["day"])
    year = _year(m["year"])
    d = _yearless(_month(m["month"]), day, year, ref) if day else None
    return None if d is None else (d, d)


@_builder("day_month")
def _day_month(m: regex.Match, ref: dt.date | None) -> Interval | None:
    if _lowercase_modal(m["month"]):
        return None
    day = _day(m["day"])
    d = _yearless(_month(m["month"]), day, _year(m["year"]), ref) if day else None
    return None if d is None else (d, d)


@_builder("weekday_day")
def _weekday_day(m: regex.Match, ref: dt.date | None) -> Interval | None:
    """ "Thursday the 21st": the nearest month, from the reference's, whose 21st is a Thursday."""
    day, weekday = _day(m["day"]), WEEKDAYS[m["wd"].lower().rstrip(".")]
    if ref is None or not day:
        return None
    for step in (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6):
        first = _add_months(ref.replace(day=1), step)
        d = _date(first.year, first.month, day)
        if isinstance(d, dt.date) and d.weekday() == weekday:
            return d, d
    return None


@_builder("month_year")
def _month_year(m: regex.Match, ref: dt.date | None) -> Interval | None:
    year = _year(m["year"] or m["yy"])
    return None if year is None else month_span(year, _month(m["month"]))


@_builder("year_month")
def _year_month(m: regex.Match, ref: dt.date | None) -> Interval | None:
    return None if _lowercase_modal(m["month"]) else month_span(int(m["year"]), _month(m["month"]))


@_builder("rel_month")
def _rel_month(m: regex.Match, ref: dt.date | None) -> Interval | None:
    if ref is None:
        return _month_or_yearless(None, _month(m["month"]), None)
    return month_span(ref.year + _offset(m["rel"]), _month(m["month"]))


@_builder("month")
def _bare_month(m: regex.Match, ref: dt.date | None) -> Interval | None:
    return _month_or_yearless(None, _month(m["month"] or m.group()), ref)


@_builder("mid_month")
def _mid_month(m: regex.Match, ref: dt.date | None) -> Interval | None:
    """ "mid-April": its 10th to 20th (as date_joins narrows a month with a year)."""
    month, year = _month(m["month"]), _year(m["year"])
    if year is None:
        year = _guess_year(month, 1, ref)
    if year is None:
        return f"--{month:02d}-10", f"--{month:02d}-20"
    return dt.date(year, month, 10), dt.date(year, month, 20)


@_builder("year")
def _bare_year(m: regex.Match, ref: dt.date | None) -> Interval | None:
    year = _year(m["year"] or m.group())
    return None if year is None else (dt.date(year, 1, 1), dt.date(year, 12, 31))


@_builder("year_range")
def _year_range(m: regex.Match, ref: dt.date | None) -> Interval | None:
    y1, y2 = int(m["y1"]), m["y2"]
    y2 = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)  # "2014-15"
    return (dt.date(y1, 1, 1), dt.date(y2, 12, 31)) if y1 < y2 else None


@_builder("day_range")
def _day_range(m: regex.Match, ref: dt.date | None) -> Interval | None:
    d1, d2 = _day(m["d1"]), _day(m["d2"])
    if d1 is None or d2 is None:
        return None
    year: int | None
    if m["rel"]:
        if ref is None:
            return None
        first = _add_months(ref.replace(day=1), _offset(m["rel"]))
        year, month = first.year, first.month
    else:
        month, year = _month(m["month"]), _year(m["year"])
        if year is None:
            year = _guess_year(month, d1, ref)
    a, b = _date(year, month, d1), _date(year, month, d2)
    return None if a is None or b is None or d1 >= d2 else (a, b)


@_builder("relative_day")
def _relative_day(m: regex.Match, ref: dt.date | None) -> Interval | None:
    if ref is None:
        return None
    word = m.group().lower().split()[-1]
    n = {"today": 0, "tonight": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1}[word]
    if m["dir"]:
        n += 1 if m["dir"].lower() == "after" else -1
    d = ref + dt.timedelta(days=n)
    return d, d


@_builder("rel_weekday")
def _rel_weekday(m: regex.Match, ref: dt.date | None) -> Interval | None:
    if ref is None:
        return None
    monday = week_span(ref + dt.timedelta(weeks=_offset(m["rel"])))[0]
    d = monday + dt.timedelta(days=WEEKDAYS[m["wd"].lower().rstrip(".")])
    return d, d


@_builder("weekday")
def _weekday(m: regex.Match, ref: dt.date | None) -> Interval | None:
    """A bare weekday in a report ("on Friday"): the last one on or before the reference."""
    if ref is None:
        return None
    d = ref - dt.timedelta(days=(ref.weekday() - WEEKDAYS[m["wd"].lower()]) % 7)
    return d, d


@_builder("nth_weekday")
def _nth_weekday_match(m: regex.Match, ref: dt.date | None) -> Interval | None:
    if ref is None:
        return None
    nth, weekday = _NTH[m["nth"].lower()], WEEKDAYS[m["wd"].lower().rstrip(".")]
    if m["month"]:
        month = _month(m["month"])
        year = _year(m["year"]) or _guess_year(month, 1, ref)
        if year is None:
            return None
    else:
        first = _add_months(ref.replace(day=1), _offset(m["rel"]) if m["rel"] else 0)
        year, month = first.year, first.month
    d = _nth_weekday(year, month, weekday, nth)
    return None if d is None else (d, d)


@_builder("day_of_month")
def _day_of_month(m: regex.Match, ref: dt.date | None) -> Interval | None:
    day = _day(m["day"])
    if ref is None or not day:
        return None
    first = _add_months(ref.replace(day=1), _offset(m["rel"]) if m["rel"] else 0)
    d = _date(first.year, first.month, day)
    if m["rel"] is None and isinstance(d, dt.date) and d > ref:  # "the 27th" in a report: the last one
        prev = _add_months(first, -1)
        d = _date(prev.year, prev.month, day)
    return None if d is None else (d, d)


@_builder("rel_period")
def _rel_period(m: regex.Match, ref: dt.date | None) -> Interval | None:
    if ref is None:
        return None
    unit = m["unit"].lower()
    n = 2 if "after" in m.group().lower() else _offset(m["rel"]) if m["rel"] else 0
    return _unit_span(unit, ref, n)


@_builder("rest_of")
def _rest_of(m: regex.Match, ref: dt.date | None) -> Interval | None:
    return None if ref is None else (ref, _unit_span(m["unit"].lower(), ref, 0)[1])


@_builder("part_of")
def _part_of(m: regex.Match, ref: dt.date | None) -> Interval | None:
    if ref is None:
        return None
    start, end = _unit_span(m["unit"].lower(), ref, 0)
    if m["part"].lower() == "earlier":
        return (start, ref - dt.timedelta(days=1)) if ref > start else None
    return ref, end


@_builder("week_of")
def _week_of(m: regex.Match, ref: dt.date | None) -> Interval | None:
    if m["wn"]:
        year = _year(m["year"]) if m["year"] else (ref.year if ref else None)
        if year is None:
            return None
        monday = dt.date.fromisocalendar(year, int(m["wn"]), 1)
        return monday, monday + dt.timedelta(days=6)
    nth = _NTH[m["nth"].lower()]
    if m["month"]:
        month = _month(m["month"])
        year = _year(m["year"]) or _guess_year(month, 1, ref)
    elif m["runit"] and m["runit"].lower() == "month":
        if ref is None:
            return None
        first = _add_months(ref.replace(day=1), _offset(m["rel"]))
        year, month = first.year, first.month
    else:
        year = _year(m["year"]) if m["year"] else (ref.year + _offset(m["rel"]) if ref else None)
        if year is None:
            return None
        monday = dt.date.fromisocalendar(year, nth if nth > 0 else dt.date(year, 12, 28).isocalendar()[1], 1)
        return monday, monday + dt.timedelta(days=6)
    return None if year is None else _monthweek_span(year, month, nth)


@_builder("quarter")
def _quarter(m: regex.Match, ref: dt.date | None) -> Interval | None:
    year = int(m["y0"]) if m["y0"] else _year(m["year"])
    if year is None and m["rel"]:
        year = ref.year + _offset(m["rel"]) if ref else None
    if m["h"]:
        half = int(m["h"])
        return None if year is None else (dt.date(year, 6 * half - 5, 1), month_span(year, 6 * half)[1])
    q = int(m["q"]) if m["q"] else _NTH[m["qn"].lower()]
    if q < 1:
        return None
    if year is None:
        if ref is None:
            return None
        year = ref.year if dt.date(ref.year, 3 * q - 2, 1) <= ref else ref.year - 1
    return dt.date(year, 3 * q - 2, 1), month_span(year, 3 * q)[1]


@_builder("season")
def _season(m: regex.Match, ref: dt.date | None) -> Interval | None:
    first, last = SEASONS[m["season"].lower()]
    year = _year(m["year"])
    if year is None:
        if ref is None:
            return None
        rel = (m["rel"] or "").lower()
        year = ref.year + {"next": 1, "last": -1}.get(rel, 0)
    end_year = year + 1 if last < first else year
    return dt.date(year, first, 1), month_span(end_year, last)[1]


@_builder("decade")
def _decade(m: regex.Match, ref: dt.date | None) -> Interval | None:
    century: int | None
    if m["n"]:
        century = int(m["n"])
        return (dt.date(100 * (century - 1), 1, 1), dt.date(100 * century - 1, 12, 31)) if century >= 1 else None
    read = _decade_in_words(m) if m["dw"] else _decade_in_digits(m)
    if read is None:
        return None
    tens, century = read
    if century is None:  # "the seventies": the latest such decade before the reference (or 1900s)
        century = 1900 if ref is None or 2000 + tens > ref.year else 2000
    start = century + tens
    return dt.date(start, 1, 1), dt.date(start + 9, 12, 31)


def _decade_in_words(m: regex.Match) -> tuple[int, int | None] | None:
    """A decade in words ("the nineties", "nineteen seventies", "the noughties"): its tens and its century (None
    when the words name none); None when it is no decade ("thousands" alone)."""
    century: int | None
    word = m["dw"].lower()
    tens = DECADE_WORDS[word]
    cw = (m["cw"] or "").lower()
    if word in ("noughties", "thousands") or cw.startswith("two"):
        century = 2000 if word in ("noughties", "thousands") or cw else None
    else:
        century = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}.get(cw.split()[0] if cw else "")
    if word == "thousands" and not cw:
        return None
    return tens, century


def _decade_in_digits(m: regex.Match) -> tuple[int, int | None] | None:
    """A decade in digits ("the 70s", "1970s", "'70s"): its tens and its century (None when it names none); None
    when it may be no decade."""
    tens = int(m["d"]) * 10
    century = int(m["c"]) * 100 if m["c"] else None
    if not m["c"] and not m.group().lower().startswith(("the", "'")) and "'" not in m.group():
        return None  # "70s" alone may be an age or a temperature
    return tens, century
