"""Property tests: numbers round-trip in every style the parser supports, and extraction on arbitrary
text never raises, keeps every span inside the text, and never gives low > high."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import prefilter
from checker.discovery import builtin_rules
from checker.extraction import extract, extract_with_times
from checker.loading import InputFile, LoadError, from_text, load
from checker.quantities import parse
from checker.sentences import before, block, sentences

RULES = builtin_rules()
UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """English words for 0 <= n < 10**12, in news style: "two hundred and fifty", "forty-one thousand"."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        return TENS[n // 10] + ("-" + UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        return UNITS[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            rest = n % size
            return words(n // size) + " " + name + ((" and " if rest < 100 else " ") + words(rest) if rest else "")
    raise ValueError(n)


STYLES = {
    "digits": lambda n: str(n),
    "commas": lambda n: f"{n:,}",
    "words": words,
}


def one_quantity(text: str):
    found = [q for q in parse(f"Officials said {text} people were affected.") if q.kind == "number"]
    assert len(found) == 1, (text, found)
    return found[0]


@given(st.integers(min_value=0, max_value=10**12 - 1), st.sampled_from(sorted(STYLES)))
def test_integers_round_trip(n, style):
    text = STYLES[style](n)
    if style == "digits" and 1900 <= n <= 2099:
        return  # a bare four-digit number in that range is read as a year, as news style intends
    q = one_quantity(text)
    assert q.text == text and q.low == q.high == n


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from([("million", 10**6), ("billion", 10**9), ("thousand", 1000)]),
    st.booleans(),
)
def test_scaled_decimals_round_trip(whole, tenth, scale, abbreviated):
    word, factor = scale
    number = f"{whole}.{tenth}" if tenth else f"{whole}"
    if abbreviated:
        text = number + {"million": "m", "billion": "bn", "thousand": "k"}[word]
    else:
        text = f"{number} {word}"
    q = one_quantity(text)
    assert q.text == text and q.low == q.high == (whole * 10 + tenth) * factor // 10


@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(["%", " percent", " per cent"]))
def test_percentages_round_trip(n, sign):
    value = n / 100
    text = f"{value:g}{sign}"
    (q,) = [q for q in parse(f"Turnout was {text} on Sunday.") if q.kind == "percent"]
    assert q.text == text and q.low == q.high and abs(q.low - value) < 1e-9


NEWS_ALPHABET = st.sampled_from(
    list("0123456789,.-–%$ abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ\n’'\"()")
    + [
        "Gaza",
        "hostages",
        "killed",
        "more than ",
        "about ",
        "million",
        "thousands",
        " of ",
        "Oct. 7",
        "September",
        "2023",
        "displaced",
        "percent",
        "days",
        "truce",
        "between ",
        " and ",
        "death toll ",
        "Israelis",
        "held",
        "alive",
        "https://x.y/1",
        "last week",
        "yesterday",
        "Friday",
        " the ",
        "first",
        "quarter",
        "two thirds",
        " ago",
        "from ",
        " to ",
        "/",
        "½",
        "one in five",
        "minus ",
    ]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NEWS_ALPHABET, max_size=80).map("".join) | st.text(max_size=300))
def test_extraction_on_arbitrary_text(text):
    for q in parse(text):
        assert 0 <= q.start < q.end <= len(text) and text[q.start : q.end] == q.text
        if isinstance(q.low, (int, float)) and isinstance(q.high, (int, float)):
            assert q.low <= q.high
    doc = from_text(text)
    for c in extract(doc, RULES):
        assert 0 <= c.span.start < c.span.end <= len(text) and text[c.span.start : c.span.end] == c.quote
        assert c.figure in c.quote and c.quote in c.sentence
        v = c.value
        if isinstance(v.low, (int, float)) and isinstance(v.high, (int, float)):
            assert v.low <= v.high


@pytest.mark.skipif(not prefilter.FAST, reason="the fast extra (hyperscan) is not installed: there is one path only")
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NEWS_ALPHABET, max_size=80).map("".join) | st.text(max_size=300))
def test_the_prefilter_changes_no_claim(text):
    found = []
    for fast in (True, False):
        prefilter.FAST = fast
        try:
            claims, times = extract_with_times(from_text(text), RULES)
        finally:
            prefilter.FAST = True
        found.append(([c.model_dump() for c in claims], [(t.quantity, t.past, t.anchor, t.role) for t in times]))
    assert found[0] == found[1]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(NEWS_ALPHABET, max_size=60).map("".join),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
)
def test_dates_against_any_writing_day(text, written):
    for q in parse(text, written):
        assert 0 <= q.start < q.end <= len(text) and text[q.start : q.end] == q.text
        if q.kind in ("date", "daterange") and isinstance(q.low, str) and not q.low.startswith("--"):
            assert dt.date.fromisoformat(q.low) <= dt.date.fromisoformat(q.high)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8")),
    st.sampled_from([".txt", ".md", ".html"]),
)
def test_loading_arbitrary_bytes(tmp_path, data, suffix):
    f = tmp_path / f"doc{suffix}"
    f.write_bytes(data)
    try:
        doc, _ = load(InputFile(f, "doc", f.name))
    except LoadError as e:
        assert e.code in ("I301", "I302") and e.message
        return
    source_length = len(data)  # a character offset can never pass the byte length
    for c in extract(doc, RULES):
        assert 0 <= c.span.start <= c.span.end <= source_length
        assert c.span.line >= 1 and c.span.column >= 1


_PIECES = st.sampled_from(
    [
        "The toll rose",
        " to 40,000.",
        " Mr. Smith said",
        ",",
        " of",
        " the",
        "\n",
        "\r\n",
        "\n\n",
        " and",
        " more",
        " Gaza",
        " 12",
        " hostages",
        ". ",
        "(",
        "—",
        "dozens",
        " \t",
        "Oct. 7",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=40), st.data())
def test_a_block_holds_whole_sentences(pieces, data):
    """Sentences found in the block around a position are the sentences of the whole text there, and the
    sentence before a block's first is the one the whole text has before it (extraction splits only
    the blocks that hold quantities)."""
    text = "".join(pieces)
    at = data.draw(st.integers(0, len(text) - 1))
    if text[at] in "\r\n":
        return
    start, end = block(text, 0, len(text), at)
    every = sentences(text)
    inside = [s for s in every if start <= s[0] and s[1] <= end]
    assert sentences(text, start, end) == inside
    assert not any(s[0] < start < s[1] or s[0] < end < s[1] for s in every)  # no sentence crosses its ends
    if inside:
        earlier = [s for s in every if s[1] <= inside[0][0]]
        assert before(text, 0, inside[0][0]) == (earlier[-1][0] if earlier else None)
