"""The quantity tagger: every quantity in a text with its span, independent of subject.

``parse(text)`` finds numbers (digits, words, scales), vague quantities ("tens of thousands"),
ranges, hedged figures ("more than 40,000"), percentages and shares linked to their base
("90% of Gaza's 2.3 million"), durations ("60-day") and dates ("Oct. 7", "October 2023").
Rules attach subject and metric to what it finds; they never parse numbers themselves.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import time
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import regex

from . import date_joins, date_phrases, prefilter
from .lexicon import trie
from .numerals import DENOMINATORS, parse_numeral, tidy
from .records import Bound, Number, Quantity
from .vocabulary import (
    HEDGES_AFTER,
    HEDGES_BEFORE,
    IDENTIFIER_WORDS,
    MONTHS,
    SCALE_ABBREVIATIONS,
    SCALES,
    SHARES,
    TEN_UNIT_WORDS,
    TENS,
    TIME_MULTIPLES,
    TIME_UNITS,
    UNIT_DAYS,
    VAGUE,
    VAGUE_BEFORE_OF,
    VAGUE_BEFORE_WORDS,
    VAGUE_MULTIPLIERS,
)

TIMEOUT = 1.0
"""Seconds a scan over a chunk may run, and the tagging of a chunk at most ten times that, before the tagger
gives up on it (TimeoutError). Matches at one anchor reach only REACH characters, so they need no limit of
their own (a limit per call cost more than the match)."""


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_SCALE_WORDS = _alt(SCALES)
_NUMBER_WORD = rf"(?:{_alt([*TEN_UNIT_WORDS, 'nought', 'naught'])})"
_DENOMINATOR = rf"(?:(?:{_alt(TENS)})[\s-]+(?:first|second)s?|{_alt(DENOMINATORS)})"
_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"
# Digits: 1,200 | 2.3 | 40000 | 1 234 567 | 166, 000 (a stray space, as machine translation writes it; "to 723, 346 of
# them" is two figures, but a last group starting with 0 can only be thousands) | 12,34,567.89 | 1.111,11 | 5,00 | .08 |
# 1.3e6 | 6.23x10^-4 | 3/4 | 2 1/4, optionally scaled: 2.3 million | 1.9m | 40k | 2.33 k. No figure beyond 10^18. A
# colon may follow only before a space ("toll passes 1,700: agency", not "05:00"). Not figures: "24/7", "Resolution
# 2417".
_DIGITS = (
    rf"(?<![\w.,:/#]|[A-Za-z]-|\b(?i:{_alt(IDENTIFIER_WORDS)})\s+)(?!24/7(?!\d))(?:"
    r"\d{1,6}(?:\.\d{1,9})?(?:e[+-]?\d{1,3}|\s?[x×]\s?10(?:\^[-−+]*|[-−])?\d{1,3}|\^[-−+]*\d{1,3})(?![\w.]|\^)"
    r"|(?:\d{1,3}\s+)?\d{1,3}\s*/\s*\d{1,3}(?![\w/]|[.,]\d|-\d)"
    rf"|\d{{0,3}}[{_VULGAR}]"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,9})?"
    r"|\d{1,3}(?:\.\d{3})+,\d{1,9}"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d{1,9})?(?![\d,])"
    r"|(?<!\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)\d{1,3}(?:,\x20\d{3})*,\x20"
    r"(?:0\d\d|[1-9]\d\d(?!\s+(?:of|were|are|was|had|have)\b))(?![\d,]|\.\d)"
    r"|(?:\d{1,3}(?:,\d{3}){1,5}|\d{1,15})(?:\.\d{1,9}|,\d{1,2}(?![\d,]))?"
    r"|\.\d{1,9})"
    rf"(?:\s?(?:{_SCALE_WORDS})\b|(?:{_alt(SCALE_ABBREVIATIONS)})\b|\s(?-i:k|K|M|MM|bn|bln|mn|mln|tn|tln)\b)?"
    r"(?!\w|:\S|[.,]\d)"
)
# Words: twenty-five | two hundred and fifty | a dozen | a million | three dozens | two hundred point zero three |
# two thirds | one and a half | five and a half million | half a million | a quarter of a million | one point two
# million | 4 thousand 3 hundred and 21.
_FRACTION_AHEAD = rf"(?=(?:an?|{_NUMBER_WORD})(?:[\s-]+{_NUMBER_WORD})*[\s-]+{_DENOMINATOR}\b)"
_WORDS = (
    rf"(?:\b(?:(?:a|an)(?=\s+(?:{_SCALE_WORDS}|dozen|{_DENOMINATOR})\b)"
    rf"|(?:half|quarter)(?=[\s-]+(?:an?\s+)?(?:{_SCALE_WORDS}|dozen)\b)"
    rf"|{_NUMBER_WORD}\b|(?:hundred|thousand)(?=\s+(?:{_SCALE_WORDS})\b))"
    rf"|(?<![\w.,:/#])\d{{1,3}}(?=\s+(?:(?:{_SCALE_WORDS})\s+(?:and\s+)?(?:\d|{_NUMBER_WORD}|an?\s+{_DENOMINATOR})"
    rf"|(?:dozens?|dzs|dozs)\b)))"
    rf"(?:(?:[\s-]+|\s+-\s+|(?<=hundred|thousand|million|billion|trillion|lakh|crore)\s+(?:and|&)\s+"
    rf"|,\s+(?=(?:{_NUMBER_WORD})[\s-]+(?:hundred|thousand))|\s+and\s+{_FRACTION_AHEAD})"
    rf"(?:{_DENOMINATOR}|{_NUMBER_WORD}|{_SCALE_WORDS}|dozens?|dzs|dozs|(?<=(?:{_NUMBER_WORD})\s+)hundreds"
    rf"|an?(?=[\s-]+(?:{_DENOMINATOR}|{_SCALE_WORDS}|dozen)\b)"
    rf"|(?<=(?:{_SCALE_WORDS})\s+(?:and\s+)?)\d{{1,3}}(?![\d,.]))\b"
    rf"|\s+point(?:[\s-]+{_NUMBER_WORD}\b)+"
    rf"|(?<=\b(?:half|quarters?|thirds?))\s+of\s+an?\s+(?:{_SCALE_WORDS})\b)*"
)
_VAGUE = (
    rf"\b(?:(?:{_alt(VAGUE_MULTIPLIERS)})\s+(?:dozen|hundred|thousand|million|billion)\b|(?:{_alt(VAGUE)})\b"
    rf"|(?:{_alt(VAGUE_BEFORE_OF)})(?=\s+(?:of|{_alt(VAGUE_BEFORE_WORDS)})\b))"
)
# A numeral: words first ("3 hundred and 21" is longer than "3 hundred"), then digits, then vague words.
NUMERAL = regex.compile(rf"{_WORDS}|{_DIGITS}|{_VAGUE}", regex.I)

# Numerals are found once; the patterns for ranges, percentages, ratios and durations then run over the text
# with each numeral masked (same length), so none of them holds the numeral grammar: small, fast patterns.
DIGITS_MASK, WORDS_MASK = "\ue010", "\ue011"
_N = f"(?<![{DIGITS_MASK}{WORDS_MASK}])[{DIGITS_MASK}{WORDS_MASK}]++"  # a whole numeral
_D = f"(?<!{DIGITS_MASK}){DIGITS_MASK}++"  # a whole numeral in digits


def _range(suffix: str = "") -> str:
    """Two figures as an interval: "between 10 and 20" (or "between 6 to 8"), "10-20" (digits only: "ninety-nine"
    is one number), "two to three". ``suffix`` may follow the first figure ("10% to 20%")."""
    opt = f"(?:{suffix})?" if suffix else ""
    return (
        rf"\bbetween\s+(?P<lo>(?:(?:minus|negative)\s+|[-−])?{_N}){opt}\s+(?:and|to)\s+(?P<hi>{_N})"
        rf"|(?P<lo>{_D}){opt}\s*[-–—~]\s*(?P<hi>{_D})(?![-/][\d{DIGITS_MASK}])"
        rf"|(?P<lo>{_N}){opt}\s+(?:to|through|thru)\s+(?P<hi>{_N})"
    )


_PERCENT_SIGN = r"\s?(?:%|per\s?cents?\b|percents?\b|percentages?\b|pct\b)"
# "a year" is a duration after "for", "lasted", "within"...; "600 trucks a day" is a rate, not one.
_ONE_UNIT = (
    r"(?<=\b(?:for|in|within|after|than|over|about|around|nearly|almost|lasting|lasted|last|lasts|took|take"
    r"|takes|spent|spend|just|only|extended by|by|becomes|became|extended to|stretched to)\s)(?:a|an)(?=\s)"
)
_TIME_UNIT = (
    rf"(?P<unit>{_alt([*TIME_UNITS, *TIME_MULTIPLES])})s?\b(?![\s-]old\b)"  # "30 years old" is an age
    rf"(?P<half>\s+and\s+(?:half\b|{WORDS_MASK}{{6}}(?!{WORDS_MASK})))?"
)  # "and half", "and a half"

MASKED = {"percent", "percent_of", "ratio", "duration", "range"}
"""The patterns that run over the masked text."""

PATTERNS: list[tuple[str, regex.Pattern]] = [
    *date_phrases.PATTERNS,
    ("percent", regex.compile(rf"(?:{_range(_PERCENT_SIGN)}|(?P<n>{_N})){_PERCENT_SIGN}", regex.I)),
    ("percent_word", regex.compile(r"(?:percent(?:age)?s?|per\s?cent)\b|%", regex.I)),
    ("percent_of", regex.compile(rf"(?:per\s?cents?|percents?)\s+of\s+(?P<n>{_N})", regex.I)),
    (
        "share",
        regex.compile(
            rf"\b(?P<share>{_alt(SHARES)})(?=\s+of\b|\s+(?:the|its|their|his|her)\s)"
            r"|(?<=\b(?:more|less|fewer)\s+than\s+)(?P<share>half)\b",
            regex.I,
        ),
    ),
    (
        "ratio",
        regex.compile(
            rf"(?P<part>{_N})\s+(?:(?P<of>out\s+of)\s+|in\s+(?=\S+(?:\s|$)))(?:every\s+)?(?P<den>{_N})"
            rf"|(?P<part>{_N})\s+over\s+(?P<den>{_N})(?!\s*[\w%{DIGITS_MASK}{WORDS_MASK}])",
            regex.I,
        ),
    ),
    (
        "duration",
        regex.compile(
            rf"(?:{_range()}"
            rf"|(?P<n>{_N}(?:\s+and\s+a\s+half)?|(?<![\w.,:/#])\d{{1,6}}(?:\.\d{{1,3}})?(?=[a-z])|{_ONE_UNIT}"
            rf"|(?:a|an)(?=\s+\w+\s+(?:ago|from\s+now|later|earlier|hence)\b)|(?:a\s+)?couple\s+of|another"
            rf"|(?:a\s+)?full|all|(?:a\s+)?whole|(?:an\s+)?entire|half(?:\s+an?)?))(?:[\s-]+|(?<=[\d{DIGITS_MASK}]))"
            rf"{_TIME_UNIT}",
            regex.I,
        ),
    ),
    ("unit_long", regex.compile(r"\b(?P<unit>hour|day|week|month|year|decade)-long\b", regex.I)),  # "a week-long truce"
    ("range", regex.compile(_range(), regex.I)),
    ("count", NUMERAL),  # numerals themselves (found first; see _numerals)
]
FIGURE = date_phrases.FIGURE
_NUMERAL_STARTS = {
    FIGURE,
    "a",
    "an",
    "half",
    "quarter",
    "nought",
    "naught",
    "couple",
    "few",
    *TEN_UNIT_WORDS,
    *SCALES,
} | {phrase.split()[0] for phrase in (*VAGUE, *VAGUE_BEFORE_OF, *VAGUE_MULTIPLIERS)}
STARTS: dict[str, set[str]] = {
    **date_phrases.STARTS,
    "percent": _NUMERAL_STARTS | {"between"},
    "percent_word": {FIGURE, "percent", "percents", "percentage", "percentages", "per"},
    "percent_of": {"per", "percent", "percents"},
    "share": {regex.split(r"[\s-]", share)[0] for share in SHARES},
    "ratio": _NUMERAL_STARTS,
    "duration": _NUMERAL_STARTS | {"between", "another", "all", "full", "whole", "entire"},
    "unit_long": {"hour", "day", "week", "month", "year", "decade"},
    "range": _NUMERAL_STARTS | {"between"},
    "count": _NUMERAL_STARTS,
}
"""The anchor keys each pattern can start with (see _anchors): a pattern is tried only there."""
PRIORITY = {name: i for i, (name, _) in enumerate(PATTERNS)}
_DATE_PATTERNS = {name for name, _ in date_phrases.PATTERNS}

_HEDGE_WORDS = [h for hs in HEDGES_BEFORE.values() for h in hs if h[0].isalpha()]
_HEDGE_SIGNS = [h for hs in HEDGES_BEFORE.values() for h in hs if not h[0].isalpha()]
_HEDGE_BEFORE = regex.compile(
    rf"(?:\b(?P<hedge>{_alt(_HEDGE_WORDS)})\s+|(?<![<>=\"'\w/])(?P<hedge>{_alt(_HEDGE_SIGNS)})\s*)$", regex.I
)
"""A hedge before a figure; a sign right after a word, a quote or a slash closes markup ('href="…">183'), no hedge."""
_HEDGE_AFTER = regex.compile(
    rf"(?:\s+(?P<hedge>{_alt(h for k, hs in HEDGES_AFTER.items() for h in hs if h[0].isalpha())})\b"
    r"|(?P<hedge>-plus\b|\+))(?!\s*(?:\d|(?:a\s+)?(?:zero|nought|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|"
    r"dozens?|scores?)\b))",
    regex.I,
)
_HEDGE_QUALIFIER = {h.lower(): q for q, hs in (*HEDGES_BEFORE.items(), *HEDGES_AFTER.items()) for h in hs}
_OF_GAP = regex.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|this|that|an?|[\p{Lu}][\w.-]*['’]s|\w+['’]s)\s+){0,3}"
    r"(?:(?:population|residents|people|inhabitants)\s+of\s+)?$"
)
# What holds no quantities, found by one scan each (one scan of all of them runs several times slower).
# Python's own engine scans some simple patterns faster than `regex`, but it has no time limit: these are
# linear by construction (a repeat can never run over the place where the next try starts, so no character
# is scanned twice: a link target stops at a bracket, "](" * 150,000 once took 29 s).
_SKIPS = (
    re.compile(r"https?://\S+|www\.\S+|\]\([^()\[\]\s]*\)"),  # URLs and Markdown link targets
    regex.compile(r"(?<=[\w.+-])@[\w-]+\.[\w.]+"),  # e-mail (the local part is added in _skipped)
    re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\d{1,3}[.)](?=[ \t])", re.M),  # list numbering at the start of a line
    # phone numbers and names after a plus sign ("+961 1 372 500", "+972 Magazine"), not signed percentages ("+5%")
    re.compile(
        r"\+(?<![\w+]\+)\d{1,4}(?:[ -]\d{1,8}|[ -]?\(\d{1,5}\)\d{0,8})*(?!\d|[.,]\d|\s?(?:%|per\s?cent|pct))",
        re.IGNORECASE,
    ),
    regex.compile(
        r"(?<![\w.,:])\d{1,2}(?:(?:[:.][0-5]\d)?\s*(?i:[ap]\.?m\b\.?)|:[0-5]\d(?::[0-5]\d)?(?![\w:]))"
    ),  # times of day
    re.compile(
        r"\b(?:children|kids|infants|babies|boys|girls)\s+(?:aged\s+)?(?:under|below|over|above)\s+"
        r"(?:the\s+age\s+of\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b(?!\s*(?:%|per\s*cent|percent))",
        re.IGNORECASE,
    ),  # an age limit ("children under 5", "under the age of five"): who is counted, not a count
    re.compile(r"\b(?:[Pp]hase|[Cc]ategory|[Ss]tage|Level|Resolution|Article|Year)\s+\d{1,4}\b(?![.,]\d)"),
    # a label's number ("IPC Phase 5", "a Category 3 hurricane", "Resolution 2334", "Year 6 of Reiwa"): a name
)
_EMAIL_LOCAL = regex.compile(r"[\w.+-]+$")


# Words a quantity can start with or lean on ("a dozen", "the majority"), lower case.
_LEADS = {"a", "an", "the"}
_ANCHOR_WORDS = (
    (
        set(TEN_UNIT_WORDS)
        | set(SCALES)
        | set(TIME_UNITS)
        | {"dozen", "between", "few", "couple"}
        | {
            w
            for phrase in (*VAGUE, *VAGUE_BEFORE_OF, *VAGUE_MULTIPLIERS, *SHARES)
            for w in phrase.replace("-", " ").split()
        }
        | set(MONTHS)
        | date_phrases.ANCHOR_WORDS
        | {
            "nought",
            "naught",
            "percentage",
            "percentages",
            "half",
            "another",
            "full",
            "whole",
            "entire",
            "all",
            "percent",
            "percents",
            "per",
            *TIME_MULTIPLES,
        }
    )
    - _LEADS
    - {"of"}
)
# Where a quantity can start (or the word after its "a"/"the"): patterns are tried only there.
_ANCHOR_WORD = re.compile(rf"\b{trie(_ANCHOR_WORDS)}\b")  # Python's engine scans this trie twice as fast
_ANCHOR_DIGIT = regex.compile(
    rf"\d(?<![\d.,]\d)|(?<!\d)\.\d|[{_VULGAR}%]"
)  # the first digit of a figure (two scans beat one)
_LEAD = regex.compile(r"\b(?P<lead>an?|the|a couple of|on|from|between|in|within)\s+$")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _anchors(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Where a quantity may start, in order, each with its key: the lower-case word there, or FIGURE."""
    piece = text[start:end]
    low = piece.lower()
    if len(low) != len(piece):  # a few non-ASCII letters change length when lower-cased
        low = piece.translate(_ASCII_LOWER)
    found = {m.start(): FIGURE for m in _ANCHOR_DIGIT.finditer(piece, timeout=TIMEOUT)}
    found.update(
        (m.start(), FIGURE if m.group()[0].isdigit() else m.group())  # "1st": a figure
        for m in _ANCHOR_WORD.finditer(low)
    )
    for at in list(found):
        lead = _LEAD.search(low, max(0, at - 14), at)
        if lead:
            found.setdefault(lead.start(), lead["lead"])
    return [(start + at, key) for at, key in sorted(found.items())]


_COUNT_KINDS = {"number", "range"}
_SPACES = regex.compile(r"\s+")
_NOT_A_NUMBER = regex.compile(r"one\s*$", regex.I)
_NOT_A_NUMBER_BEFORE = regex.compile(r"\b(?:no|any|every|the|this|that|which|each|another|some|the only)\s+$", regex.I)
_AT_BEFORE, _POINT_AFTER = regex.compile(r"\bat\s+$", regex.I), regex.compile(r"\s+point\b", regex.I)  # "at one point"


@dataclass
class _Candidate:
    start: int
    end: int
    priority: int
    kind: str
    low: Bound
    high: Bound
    qualifier: str = "exact"
    unit: str | None = None


REACH = 300
"""How far (in characters) a quantity may reach from where it starts. Bounding the match keeps the regex
engine from scanning the rest of the chunk for a literal a pattern needs."""

CHUNK = 64 * 1024
"""Texts are tagged in chunks of about this many characters, cut at line breaks (or white space)."""


def chunks(text: str, size: int = CHUNK) -> list[tuple[int, int]]:
    """(start, end) pieces of ``text`` no longer than about ``size``, cut at a line break when there is
    one, else at white space, so no quantity is cut in two."""
    pieces, start, n = [], 0, len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n\n", start + size // 2, end)  # a paragraph break, else a line break
            if cut <= start:
                cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = max(text.rfind(" ", start, end), text.rfind("\t", start, end))
            end = cut + 1 if cut > start else end
        pieces.append((start, end))
        start = end
    return pieces


def parse(text: str, reference: dt.date | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in order. ``reference`` (the document's date) fills in missing years.

    Raises TimeoutError when a pattern runs longer than TIMEOUT on one chunk (pathological text).
    """
    return [q for start, end in chunks(text) for q in tag(text, start, end, reference)]


def tag(text: str, start: int, end: int, reference: dt.date | None = None, guess_years: bool = True) -> list[Quantity]:
    """The quantities in text[start:end] (one chunk), with offsets into the whole text. With ``guess_years``
    False, year-less dates stay year-less even with a reference (relative ones still count from it)."""
    token = date_phrases.GUESS_YEARS.set(guess_years)
    try:
        quantities = _join_durations(_relative_dates(_tag(text, start, end, reference), text), text)
    finally:
        date_phrases.GUESS_YEARS.reset(token)

    def make(s: int, e: int, kind: str, low: Bound, high: Bound) -> Quantity:
        return Quantity(text=text[s:e], start=s, end=e, kind=kind, low=low, high=high)

    quantities = date_joins.compose(quantities, text, reference, make)
    return _link_bases(_join_bounds(quantities, text), text)


_RELATIVE = regex.compile(r"\s+(?P<dir>later|afterwards|after that|earlier|before that|before)\b", regex.I)
RELATIVE_REACH = 800
"""How far back (in characters) "two days later" looks for the date it counts from."""


def _relative_dates(quantities: list[Quantity], text: str) -> list[Quantity]:
    """ "Two days later" after "On September 7th" is September 9th: a duration in days or weeks followed
    by later/earlier becomes a date, counted from the nearest date before it (within RELATIVE_REACH)."""
    out: list[Quantity] = []
    last_date: Quantity | None = None
    for q in quantities:
        if q.kind == "date" and isinstance(q.low, str):
            last_date = q
        elif (
            q.kind == "duration"
            and q.unit in ("day", "week")
            and q.qualifier == "exact"
            and last_date is not None
            and isinstance(last_date.low, str)
            and q.start - last_date.end <= RELATIVE_REACH
            and isinstance(q.low, (int, float))
        ):
            m = _RELATIVE.match(text, q.end)
            if m:
                days = (
                    q.low
                    * (7 if q.unit == "week" else 1)
                    * (1 if m["dir"].lower() in ("later", "afterwards", "after that") else -1)
                )
                shifted = _shift(last_date.low, int(days))
                if shifted is not None:
                    q = Quantity(
                        text=text[q.start : m.end()], start=q.start, end=m.end(), kind="date", low=shifted, high=shifted
                    )
                    last_date = q
        out.append(q)
    return out


def _shift(iso: str, days: int) -> str | None:
    """An ISO date ("2025-09-07") or year-less date ("--09-07") moved by ``days``."""
    try:
        if iso.startswith("--"):
            d = dt.date(2001 if iso[2:] != "02-29" else 2000, int(iso[2:4]), int(iso[5:7])) + dt.timedelta(days=days)
            return f"--{d.month:02d}-{d.day:02d}"
        return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None


def _tag(text: str, start: int, end: int, reference: dt.date | None) -> list[Quantity]:
    skipped = _skipped(text, start, end)
    anchors = _anchors(text, start, end)
    candidates = _numerals(text, anchors, end, skipped)
    masked = _masked(text, start, end, candidates)
    deadline = time.monotonic() + 10 * TIMEOUT
    m: regex.Match | _Raw | None
    for i, (at, name, pattern) in enumerate(_tries(text, start, end, masked, anchors)):
        if i % 64 == 0 and time.monotonic() > deadline:
            raise TimeoutError(f"tagging a chunk took over {10 * TIMEOUT:g} s")
        if name in MASKED:
            found = pattern.match(masked, at - start, min(end, at + REACH) - start)
            m = None if found is None else _Raw(found, text, start)
        else:
            m = pattern.match(text, at, min(end, at + REACH))
        if m is None or m.end() == m.start() or _overlaps_any(m.start(), m.end(), skipped):
            continue
        cand = _build(name, m, reference)
        if cand is not None:
            candidates.append(cand)
    chosen = _select(candidates)
    chosen = [_hedge(c, text, chosen[i - 1].end if i else start) for i, c in enumerate(chosen)]
    return [_quantity(c, text) for c in chosen]


_TRIED = [(name, pattern) for name, pattern in PATTERNS if name != "count"]
"""The patterns tried at anchors (numerals are found first)."""
_OVER_TEXT = [(name, pattern) for name, pattern in _TRIED if name not in MASKED]
_OVER_MASKED = [(name, pattern) for name, pattern in _TRIED if name in MASKED]


@cache
def _patterns_for(key: str) -> list[tuple[str, regex.Pattern]]:
    """The patterns tried at anchors that can start at an anchor with this key."""
    return [(name, pattern) for name, pattern in _TRIED if key in STARTS[name]]


@cache
def _scanners() -> tuple[prefilter.Scanner, prefilter.Scanner]:
    """The pre-filters of the patterns tried at anchors: over the text, and over the masked text."""
    return prefilter.Scanner([p for _, p in _OVER_TEXT]), prefilter.Scanner([p for _, p in _OVER_MASKED])


def _tries(
    text: str, start: int, end: int, masked: str, anchors: list[tuple[int, str]]
) -> list[tuple[int, str, regex.Pattern]]:
    """The (anchor, pattern) pairs worth trying, in text order: a pattern at each anchor whose key it can start
    with, and with the pre-filter, only where a match of its loosened form ends within REACH after the anchor."""
    if not prefilter.FAST:
        return [(at, name, pattern) for at, key in anchors for name, pattern in _patterns_for(key)]
    over_text, over_masked = _scanners()
    positions = [at for at, _ in anchors]
    tries = []
    for (name, pattern), ends in (
        *zip(_OVER_TEXT, over_text.ends(text[start:end], start), strict=True),
        *zip(_OVER_MASKED, over_masked.ends(masked, start), strict=True),
    ):
        starts = STARTS[name]
        if ends is None:  # allowed everywhere
            tries += [(at, name, pattern) for at, key in anchors if key in starts]
            continue
        done = 0  # anchors before this one are tried already
        for e in ends:
            first = max(done, bisect.bisect_left(positions, e - REACH))
            done = bisect.bisect_left(positions, e)
            tries += [(anchors[j][0], name, pattern) for j in range(first, done) if anchors[j][1] in starts]
    tries.sort(key=lambda t: t[0])
    return tries


def _numerals(text: str, anchors: list[tuple[int, str]], end: int, skipped: list[tuple[int, int]]) -> list[_Candidate]:
    """The chunk's numerals, left to right, as count candidates."""
    found: list[_Candidate] = []
    for at, key in anchors:
        if key not in STARTS["count"]:
            continue
        if found and at < found[-1].end:
            continue
        m = NUMERAL.match(text, at, min(end, at + REACH))
        if m is None or m.end() == m.start() or _overlaps_any(m.start(), m.end(), skipped):
            continue
        cand = _count(m.start(), m.group(), text)
        if cand is not None:
            found.append(cand)
    return found


def _masked(text: str, start: int, end: int, numerals: list[_Candidate]) -> str:
    """text[start:end] with each numeral replaced, at the same length, by DIGITS_MASK (written in digits)
    or WORDS_MASK characters."""
    pieces, last = [], start
    for c in numerals:
        pieces.append(text[last : c.start])
        pieces.append((DIGITS_MASK if text[c.start].isdigit() else WORDS_MASK) * (c.end - c.start))
        last = c.end
    pieces.append(text[last:end])
    return "".join(pieces)


class _Raw:
    """A match over the masked chunk read in the text: the same groups, spans shifted by the chunk's start."""

    def __init__(self, m: regex.Match, text: str, offset: int) -> None:
        self._m, self.string, self._offset = m, text, offset

    def span(self, group: int | str = 0) -> tuple[int, int]:
        s, e = self._m.span(group)
        return (s + self._offset, e + self._offset) if s >= 0 else (-1, -1)

    def start(self, group: int | str = 0) -> int:
        return self.span(group)[0]

    def end(self, group: int | str = 0) -> int:
        return self.span(group)[1]

    def __getitem__(self, group: int | str) -> str | Any:  # as regex.Match is typed: None for a group not taken
        s, e = self.span(group)
        return None if s < 0 else self.string[s:e]

    def group(self, group: int | str = 0) -> str | Any:
        return self[group]

    def groupdict(self) -> dict[str, str | Any]:
        return {k: self[k] for k in self._m.groupdict()}


def _skipped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans that hold no quantities: URLs, link targets, e-mail addresses, list numbers, phone numbers, times of
    day."""
    spans = []
    for scan in _SKIPS:
        for m in scan.finditer(text, start, end):
            s = m.start()
            if text[s] == "@":
                local = _EMAIL_LOCAL.search(text, max(start, s - 64), s)
                s = local.start() if local else s
            spans.append((s, m.end()))
    return spans


def _overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then by pattern priority; no two chosen candidates overlap."""
    candidates.sort(key=lambda c: (c.start - c.end, c.priority, c.start))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[_Candidate] = []
    for c in candidates:
        i = bisect.bisect_left(starts, c.start)
        if i > 0 and ends[i - 1] > c.start:
            continue
        if i < len(starts) and starts[i] < c.end:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.insert(i, c)
    return chosen


Found = regex.Match | _Raw


def _build(name: str, m: Found, ref: dt.date | None) -> _Candidate | None:
    """The candidate a pattern's match stands for, or None when it is none after all."""
    start, end = m.span()
    if name in _DATE_PATTERNS:
        assert not isinstance(m, _Raw)  # date patterns run over the text itself, never the masked one
        found = date_phrases.build(name, m, ref)
        return None if found is None else _Candidate(start, end, PRIORITY[name], *found)
    return _BUILDERS[name](name, m, start, end)


def _share(name: str, m: Found, start: int, end: int) -> _Candidate | None:
    low, high, qualifier = SHARES[m["share"].lower()]
    return _Candidate(start, end, PRIORITY[name], "percent", tidy(low), tidy(high), qualifier, "%")


def _percent_word(name: str, m: Found, start: int, end: int) -> _Candidate | None:
    """ "a small percentage", "the % of increase": a share with no figure."""
    return _Candidate(start, end, PRIORITY[name], "percent", None, None, "vague", "%")


def _unit_long(name: str, m: Found, start: int, end: int) -> _Candidate | None:
    unit, factor = _time_unit(m["unit"])
    return _Candidate(start, end, PRIORITY[name], "duration", factor, factor, "exact", unit)


def _ratio(name: str, m: Found, start: int, end: int) -> _Candidate | None:
    num, den = parse_numeral(m["part"]), parse_numeral(m["den"])
    if num is None or den is None or den == 0:
        return None
    if "over" in m.group().lower():
        return _Candidate(start, end, PRIORITY[name], "number", tidy(num / den), tidy(num / den))
    # "one out of three", "one in five": a share
    if num > den or (
        not m["of"] and (num > 10 or den == num or _TIME_UNIT_AFTER.match(m.string, end) or _YEAR.fullmatch(m["den"]))
    ):
        return None  # "12 in 24 hours", "12 out of 10", "3 in 2023"
    share = tidy(num / den * 100)
    return _Candidate(start, end, PRIORITY[name], "percent", share, share, "exact", "%")


def _measured(name: str, m: Found, start: int, end: int) -> _Candidate | None:
    """A percentage, a duration or a range of counts: one figure (over the masked text) or two as an interval."""
    kind = "percent" if name == "percent_of" else name
    unit, factor = {"percent": ("%", 1), "range": (None, 1)}.get(kind) or _time_unit(m["unit"])
    if name == "percent_of" and _NUMERAL_BEFORE.search(m.string, max(0, start - 40), start):
        return None  # "5 percent of 10 million" is "5 percent", then "10 million"
    if m.groupdict().get("lo"):
        return _interval(name, kind, m, start, end, unit, factor)
    low, high, qualifier = _count_value(m["n"], one_unit=kind == "duration")
    if low is None or high is None:  # (both or neither)
        return None
    if kind == "duration" and m["half"] and not m["half"].endswith("half"):
        end = m.start("half")  # "an hour and twenty minutes": the hour, then the minutes
    elif kind == "duration" and m["half"]:
        low, high = low + 0.5, high + 0.5
    return _Candidate(start, end, PRIORITY[name], kind, tidy(low * factor), tidy(high * factor), qualifier, unit)


def _interval(name: str, kind: str, m: Found, start: int, end: int, unit: str | None, factor: int) -> _Candidate | None:
    """Two figures as an interval ("between 10 and 20", "10-20%", "two to three weeks")."""
    if _MONTH_BEFORE.search(m.string, max(0, start - 12), start):
        return None  # "October 2023 to 61,158": a date, then a figure
    low, high = _range_values(m["lo"], m["hi"])
    if low is None or high is None or low >= high:
        return None
    return _Candidate(start, end, PRIORITY[name], kind, tidy(low * factor), tidy(high * factor), "range", unit)


_BUILDERS = {
    "share": _share,
    "percent_word": _percent_word,
    "unit_long": _unit_long,
    "ratio": _ratio,
    "percent": _measured,
    "percent_of": _measured,
    "duration": _measured,
    "range": _measured,
}


def _count(start: int, numeral: str, text: str) -> _Candidate | None:
    """A numeral as a count: the longest prefix that is one numeral ("one two three": "one")."""
    if _NOT_A_NUMBER.match(numeral, 0) and (
        _NOT_A_NUMBER_BEFORE.search(text, max(0, start - 12), start)
        or (
            _AT_BEFORE.search(text, max(0, start - 4), start)
            and _POINT_AFTER.match(text, start + len(numeral.rstrip()))
        )
    ):
        return None  # "no one", "the one you mentioned", "at one point"
    low, high, qualifier = _count_value(numeral)
    while low is None and " " in numeral.strip():
        numeral = numeral.rstrip().rsplit(" ", 1)[0]
        low, high, qualifier = _count_value(numeral)
    if low is None:
        return None
    return _Candidate(start, start + len(numeral.rstrip()), PRIORITY["count"], "number", low, high, qualifier)


_ONE = {
    "a": 1,
    "an": 1,
    "another": 1,
    "full": 1,
    "a full": 1,
    "all": 1,
    "whole": 1,
    "a whole": 1,
    "entire": 1,
    "an entire": 1,
    "half": 0.5,
    "half a": 0.5,
    "half an": 0.5,
}
_YEAR = regex.compile(r"(?:19|20)\d\d")
_MONTH_BEFORE = regex.compile(rf"\b(?:{_alt(MONTHS)})\.?,?\s+$", regex.I)
_TIME_UNIT_AFTER = regex.compile(rf"\s*(?:{_alt([*TIME_UNITS, *TIME_MULTIPLES])})s?\b", regex.I)
_NUMERAL_BEFORE = regex.compile(rf"(?:\d|\b{_NUMBER_WORD}|\b(?:{_SCALE_WORDS}))\s*$", regex.I)


def _time_unit(word: str) -> tuple[str, int]:
    """The pint unit a time word names and how many of it one word is ("fortnight": two weeks)."""
    w = _SPACES.sub(" ", word.lower())
    return TIME_MULTIPLES.get(w) or (TIME_UNITS[w], 1)


def _count_value(text: str, one_unit: bool = False) -> tuple[Number | None, Number | None, str]:
    """The interval a count stands for; with ``one_unit``, before a unit: "an hour", "another week", "half a day"."""
    t = _SPACES.sub(" ", text.strip().lower())
    if one_unit and t in _ONE:
        return _ONE[t], _ONE[t], "exact"
    if one_unit and t in ("couple of", "a couple of"):
        return 2, 2, "exact"
    if t in VAGUE or t in VAGUE_BEFORE_OF:
        lo, hi = VAGUE.get(t) or VAGUE_BEFORE_OF[t]
        return lo, hi, "vague"
    for mult, (lo, hi) in VAGUE_MULTIPLIERS.items():
        if t.startswith(mult + " "):
            scale = t[len(mult) + 1 :]
            factor = 12 if scale == "dozen" else SCALES[scale]
            return lo * factor, hi * factor, "vague"
    v = parse_numeral(t)
    return v, v, "exact"


_SIGN = regex.compile(r"^(?:(?:minus|negative)\s+|[-−])", regex.I)


def _range_values(lo_text: str, hi_text: str) -> tuple[Number | None, Number | None]:
    negative = _SIGN.match(lo_text)
    lo, hi = parse_numeral(lo_text[negative.end() :] if negative else lo_text), parse_numeral(hi_text)
    if negative and lo is not None:
        lo = -lo
    if lo is None or hi is None:
        return None, None
    # "2 to 3 million": the scale of the upper figure carries to the lower one.
    scale = regex.search(rf"(?:{_SCALE_WORDS}|{_alt(SCALE_ABBREVIATIONS)})$", hi_text.strip().lower())
    if scale and not regex.search(r"[a-z]$", lo_text.strip().lower()):
        factor = SCALES.get(scale.group()) or SCALE_ABBREVIATIONS[scale.group()]
        if lo * factor <= hi:
            lo = tidy(lo * factor)
    return lo, hi


_NEGATIVE = regex.compile(r"(?:(?<![^\s(\[<>=])[-−]|\b(?:minus|negative)\s+)$", regex.I)
_BOUNDS = {"at_least", "more_than", "at_most", "less_than"}
_FROM_BEFORE = regex.compile(r"\bfrom\s+$", regex.I)


def _hedge(c: _Candidate, text: str, floor: int) -> _Candidate:
    """Widen a figure by the hedge before or after it ("more than 40,000", "1,200 or more") and give it
    the sign before it ("-5%", "minus five")."""
    if c.kind in ("date", "daterange"):
        return c
    c = _signed(c, text, floor)
    if c.qualifier == "range":
        lead = _FROM_BEFORE.search(text, max(floor, c.start - 6), c.start)
        return replace(c, start=lead.start()) if lead and c.kind != "date" else c
    start, end = c.start, c.end
    before = _hedge_before(c, text, floor)
    after = _HEDGE_AFTER.match(text, c.end, min(len(text), c.end + 20))
    q_before = _HEDGE_QUALIFIER[before["hedge"].lower()] if before else None
    q_after = _HEDGE_QUALIFIER[after["hedge"].lower()] if after else None
    if after is not None and q_after and (q_before is None or (q_before == "approx" and q_after in _BOUNDS)):
        qualifier, end = q_after, after.end()
    elif before is not None and q_before:
        qualifier, start = q_before, before.start()
    else:
        return c
    return _widened(c, qualifier, start, end)


def _widened(c: _Candidate, qualifier: str, start: int, end: int) -> _Candidate:
    """A figure with its hedge: a bound opens the interval on one side; a vague figure stays vague."""
    low, high = c.low, c.high
    if qualifier in ("at_least", "more_than"):
        high = None
    elif qualifier in ("at_most", "less_than"):
        low = None
    elif c.qualifier == "vague":
        qualifier = "vague"
    return replace(c, start=start, end=end, low=low, high=high, qualifier=qualifier)


def _signed(c: _Candidate, text: str, floor: int) -> _Candidate:
    """The figure with the sign before it: negated, the interval turns over (-(5 to 7) is -7 to -5)."""
    if c.qualifier in ("range", "vague") or not isinstance(c.low, (int, float)):
        return c
    sign = _NEGATIVE.search(text, max(floor, c.start - 9), c.start)
    if not sign:
        return c
    high = -c.high if isinstance(c.high, (int, float)) else c.high
    return replace(
        c,
        start=sign.start(),
        low=min(-c.low, high) if high is not None else -c.low,
        high=max(-c.low, high) if high is not None else None,
    )


def _hedge_before(c: _Candidate, text: str, floor: int) -> regex.Match | None:
    """The hedge word or sign before a figure, unless it is a particle or part of a name ("handed over four
    hostages", "the top 10 cities")."""
    before = _HEDGE_BEFORE.search(text, max(floor, c.start - 40), c.start)
    if before is not None and (
        _PARTICLE.search(text, max(floor, before.start() - 12), before.start())
        or (
            before["hedge"].lower() in ("top", "past")
            and _DETERMINER.search(text, max(floor, before.start() - 8), before.start())
        )
    ):
        return None
    return before


_DETERMINER = regex.compile(r"\b(?:the|a|an|its|their|his|her|our|your|this|these|half|quarter)\s+$", regex.I)
_PARTICLE = regex.compile(r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|signed|sign(?:s|ing))\s+$", regex.I)
"""A verb whose particle "over" a figure follows ("handed over four hostages")."""
_BETWEEN_BOUNDS = regex.compile(r"\s*,?\s+(?:and|but)\s+|\s*,\s*")


_DURATION_JOIN = regex.compile(r"\s*,\s*|\s+(?:and\s+)?")


def _join_durations(quantities: list[Quantity], text: str) -> list[Quantity]:
    """ "1 year 1 month 21 days" is one duration, in days by the calendar convention (UNIT_DAYS)."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == q.kind == "duration"
            and prev.qualifier == q.qualifier == "exact"
            and prev.unit in UNIT_DAYS
            and q.unit in UNIT_DAYS
            and isinstance(prev.low, (int, float))
            and isinstance(q.low, (int, float))
            and _DURATION_JOIN.fullmatch(text, prev.end, q.start)
        ):
            days = tidy(prev.low * UNIT_DAYS[prev.unit] + q.low * UNIT_DAYS[q.unit])
            out[-1] = Quantity(
                text=text[prev.start : q.end],
                start=prev.start,
                end=q.end,
                kind="duration",
                low=days,
                high=days,
                unit="day",
            )
            continue
        out.append(q)
    return out


def _join_bounds(quantities: list[Quantity], text: str) -> list[Quantity]:
    """ "More than 100 and fewer than 300" is one interval, not two open ones."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == q.kind
            and prev.unit == q.unit
            and {prev.qualifier, q.qualifier} <= _BOUNDS
            and _BETWEEN_BOUNDS.fullmatch(text, prev.end, q.start)
        ):
            low = prev.low if prev.low is not None else q.low
            high = prev.high if prev.high is not None else q.high
            if _ordered(low, high):
                out[-1] = Quantity(
                    text=text[prev.start : q.end],
                    start=prev.start,
                    end=q.end,
                    kind="range" if q.kind == "number" else q.kind,
                    low=low,
                    high=high,
                    qualifier="range",
                    unit=q.unit,
                )
                continue
        out.append(q)
    return out


def _ordered(low: Bound, high: Bound) -> bool:
    """Whether two bounds of one kind make an interval: numbers by value, ISO dates as text."""
    if isinstance(low, str) and isinstance(high, str):
        return low < high
    return isinstance(low, (int, float)) and isinstance(high, (int, float)) and low < high


def _quantity(c: _Candidate, text: str) -> Quantity:
    kind = c.kind
    if kind == "number" and c.qualifier == "range":
        kind = "range"
    return Quantity(
        text=text[c.start : c.end],
        start=c.start,
        end=c.end,
        kind=kind,
        low=c.low,
        high=c.high,
        qualifier=c.qualifier,
        unit=c.unit,
    )


def _link_bases(quantities: list[Quantity], text: str) -> list[Quantity]:
    """Link a percentage or share to the count it is a share of: "90% of Gaza's 2.3 million"."""
    out = list(quantities)
    for i, q in enumerate(quantities[:-1]):
        nxt = quantities[i + 1]
        if q.kind != "percent" or nxt.kind not in _COUNT_KINDS:
            continue
        if nxt.start - q.end > 60 or not _OF_GAP.match(text, q.end, nxt.start):
            continue
        high = 100 if q.high is None else q.high
        out[i] = q.model_copy(update={"base": nxt, "high": high})
    return out


def share_of_base(q: Quantity) -> tuple[Bound, Bound] | None:
    """The count a share stands for ("90% of 2.3 million" -> 2,070,000), or None without a base."""
    if q.kind != "percent" or q.base is None:
        return None
    base_low, base_high = q.base.low, q.base.high
    if any(isinstance(b, (int, float)) and b < 0 for b in (base_low, base_high)):
        return None  # "most of its -2.3 million residents": a stray dash, no whole to take a share of
    numeric = (int, float)
    low = tidy(q.low / 100 * base_low) if isinstance(q.low, numeric) and isinstance(base_low, numeric) else None
    high = tidy(q.high / 100 * base_high) if isinstance(q.high, numeric) and isinstance(base_high, numeric) else None
    return low, high
