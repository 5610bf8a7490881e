"""Run the quantity tagger over the peer libraries' own test suites and print, per file, cases passed.

    python benchmarks/peer_suites.py SUITE_DIR      # SUITE_DIR holds Recognizers-Text/ and quantulum3/
    python benchmarks/peer_suites.py SUITE_DIR --failures DateParser   # and print that suite's failing cases

A case passes when the tagger finds exactly the expected quantities: the same spans and the same values
(for ranges, the same interval; for dates, the same day or period with the case's reference date). Cases
marked NotSupported for python are still run (the targets count every case of a file that is in scope).
Out of scope and left out: physical units in quantulum3 (only counts, percentages and durations are
scored), ordinal numbers, and the Recognizers parsers' times of day and sets.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from checker.quantities import parse
from checker.vocabulary import HEDGES_BEFORE

Score = tuple[int, int]
SHOW: set[str] = set()  # suites whose failing cases are printed (--failures NAME)
_current = ""


def _record(ok: bool, text: str, got, want) -> bool:
    if not ok and _current in SHOW:
        print(f"FAIL {_current}: {text!r}\n    want {want}\n    got  {got}", file=sys.stderr)
    return ok


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _float(text) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8-sig"))


_PERCENT_WORD = re.compile(r"%|per\s?cent|percent", re.I)


_HEDGE = re.compile(
    rf"^(?:{'|'.join(re.escape(h) for hs in HEDGES_BEFORE.values() for h in sorted(hs, key=len, reverse=True))})\s*",
    re.I,
)
_EQUALITY = re.compile(r"^(?:equal|equals|equaling|exactly)\b", re.I)


def _figure(q) -> str:
    """A number's own text, without the hedge the tagger folds into its span ("more than half": "half"):
    the number models score numbers; comparisons are the range model's."""
    return _HEDGE.sub("", q.text, count=1) if q.qualifier != "range" else q.text


def _as_number(q) -> float | None:
    """A quantity's value as a plain number. A share the tagger reads as a percentage but the text gives
    as a fraction ("two thirds", "one in five", "more than half") is compared as that fraction."""
    if q.kind == "percent" and isinstance(q.low, (int, float)) and not _PERCENT_WORD.search(q.text):
        return q.low / 100
    return q.low


def number_model(path: Path) -> Score:
    passed = total = 0
    for case in _load(path):
        total += 1
        got = [(_figure(q), _as_number(q)) for q in parse(case["Input"]) if q.kind in ("number", "percent")]
        want = [(r["Text"], _float(r["Resolution"]["value"])) for r in case["Results"] if "value" in r["Resolution"]]
        passed += _record(
            len(got) == len(want)
            and all(
                gt.lower() == wt.lower() and isinstance(gv, (int, float)) and wv is not None and _close(float(gv), wv)
                for (gt, gv), (wt, wv) in zip(got, want, strict=True)
            ),
            case["Input"],
            got,
            want,
        )
    return passed, total


def _interval(text: str) -> tuple[float | None, float | None]:
    lo, hi = text.strip("[]()").split(",")
    return (float(lo) if lo else None), (float(hi) if hi else None)


def _interval_of(q) -> tuple:
    if q.kind == "percent":
        return tuple(None if b is None else b / 100 for b in (q.low, q.high))
    return q.low, q.high


def number_range_model(path: Path) -> Score:
    passed = total = 0
    for case in _load(path):
        total += 1
        got = [
            (q.text, *_interval_of(q))
            for q in parse(case["Input"])
            if q.kind in ("range", "number", "percent")
            and (q.low != q.high or q.qualifier != "exact" or _EQUALITY.match(q.text))
            and not _PERCENT_WORD.search(q.text)
        ]
        want = [(r["Text"], *_interval(r["Resolution"]["value"])) for r in case["Results"]]
        passed += _record(
            len(got) == len(want)
            and all(
                gt.lower() == wt.lower() and _close(gl, wl) and _close(gh, wh)
                for (gt, gl, gh), (wt, wl, wh) in zip(got, want, strict=True)
            ),
            case["Input"],
            got,
            want,
        )
    return passed, total


def percent_model(path: Path) -> Score:
    passed = total = 0
    for case in _load(path):
        total += 1
        got = [(q.text, q.low) for q in parse(case["Input"]) if q.kind == "percent"]
        want = [(r["Text"], _float(str(r["Resolution"]["value"]).rstrip("%"))) for r in case["Results"]]
        passed += _record(
            len(got) == len(want)
            and all(gt.lower() == wt.lower() and _close(gv, wv) for (gt, gv), (wt, wv) in zip(got, want, strict=True)),
            case["Input"],
            got,
            want,
        )  # "a small percentage": no value on either side
    return passed, total


_SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 604800,
    "month": 2592000,
    "year": 31536000,
    "decade": 315360000,
}


def _bound(q):
    """The figure a duration gives: its low bound, or its high one for "less than a couple of days"."""
    return q.low if q.low is not None else q.high


def duration_parser(path: Path) -> Score:
    passed = total = 0
    for case in _load(path):
        total += 1
        got = [
            (q.text, _bound(q) * _SECONDS.get(q.unit, 0))
            for q in parse(case["Input"])
            if q.kind == "duration" and isinstance(_bound(q), (int, float))
        ]
        want = [(r["Text"], _float(r["Value"]["FutureResolution"].get("duration"))) for r in case["Results"]]
        passed += _record(
            len(got) == len(want)
            and all(
                gt.lower() == wt.lower() and wv is not None and _close(gv, wv)
                for (gt, gv), (wt, wv) in zip(got, want, strict=True)
            ),
            case["Input"],
            got,
            want,
        )
    return passed, total


def _date_case(case: dict, kinds: tuple[str, ...]) -> bool:
    ref = dt.datetime.fromisoformat(case["Context"]["ReferenceDateTime"]).date() if case.get("Context") else None
    got = [q for q in parse(case["Input"], ref) if q.kind in kinds]
    want = case["Results"]
    ok = _date_match(got, want)
    return _record(
        ok,
        case["Input"],
        [(q.text, q.low, q.high) for q in got],
        [(r["Text"], r["Value"].get("FutureResolution"), r["Value"].get("PastResolution")) for r in want],
    )


def _date_match(got, want) -> bool:
    if len(got) != len(want):
        return False
    for q, r in zip(got, want, strict=True):
        if q.text.lower() != r["Text"].lower():
            return False
        res = r["Value"]
        options = [res.get("FutureResolution", {}), res.get("PastResolution", {})]
        if not any(options):  # no value in the spec (seasons): the span alone decides
            continue
        if not any(
            (o.get("date") or o.get("startDate")) == q.low
            and (o.get("date") or o.get("endDate")) in (q.high, _day_before(q.high))
            for o in options
        ):
            return False
    return True


def _day_before(iso) -> str | None:
    try:
        return (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).isoformat()
    except (TypeError, ValueError):
        return None


def date_parser(path: Path) -> Score:
    cases = _load(path)
    return sum(_date_case(c, ("date",)) for c in cases), len(cases)


def date_period_parser(path: Path) -> Score:
    cases = _load(path)
    return sum(_date_case(c, ("daterange",)) for c in cases), len(cases)


_Q3_UNITS = {
    "dimensionless": None,
    "percentage": "%",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "hour": "hour",
    "minute": "minute",
    "second": "second",
}


def quantulum(path: Path) -> Score:
    """quantities.json, cases whose expected quantities are all counts, percentages or durations."""
    passed = total = 0
    for case in _load(path):
        want = case["res"]
        if any(r["unit"] not in _Q3_UNITS for r in want):
            continue  # physical units: out of scope
        total += 1
        got = [q for q in parse(case["req"]) if q.kind != "date" and q.kind != "daterange"]
        ok = len(got) == len(want)
        for q, r in zip(got, want, strict=False):
            low, high = _as_number(q), (q.high if q.low == _as_number(q) else _as_number(q))
            mid = (low + high) / 2 if isinstance(low, (int, float)) and isinstance(high, (int, float)) else low
            ok = ok and _figure(q) == r["surface"] and isinstance(mid, (int, float)) and _close(mid, float(r["value"]))
        passed += _record(ok, case["req"], [(q.text, q.low, q.high) for q in got], want)
    return passed, total


SUITES: list[tuple[str, str, Callable[[Path], Score], str]] = [
    ("Recognizers-Text/NumberModel.json", "NumberModel", number_model, ">= 90%"),
    ("Recognizers-Text/NumberRangeModel.json", "NumberRangeModel", number_range_model, ">= 85%"),
    ("Recognizers-Text/PercentModel.json", "PercentModel", percent_model, ">= 90%"),
    ("Recognizers-Text/DurationParser.json", "DurationParser", duration_parser, ">= 85%"),
    ("Recognizers-Text/DateParser.json", "DateParser", date_parser, ">= 75%"),
    ("Recognizers-Text/DatePeriodParser.json", "DatePeriodParser", date_period_parser, ">= 75%"),
    ("quantulum3/quantities.json", "quantulum3 (counts, %, durations)", quantulum, ">= 80%"),
]


def main() -> None:
    global _current
    args = sys.argv[1:]
    while "--failures" in args:  # --failures NAME: print that suite's failing cases to stderr
        i = args.index("--failures")
        SHOW.add(args[i + 1])
        del args[i : i + 2]
    root = Path(args[0]) if args else Path("../shared/peer-suites")
    print("| suite | passed | cases | rate | target |")
    print("| --- | ---: | ---: | ---: | --- |")
    for rel, name, score, target in SUITES:
        _current = name.split()[0]
        passed, total = score(root / rel)
        print(f"| {name} | {passed} | {total} | {passed / max(total, 1):.0%} | {target} |")


if __name__ == "__main__":
    main()
