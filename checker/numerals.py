"""Numerals to numbers: "1,200", "2.3 million", "1.9m", "40k", "two hundred and fifty", "a dozen"."""

from __future__ import annotations

from decimal import Decimal

import regex

from .vocabulary import DOZEN, SCALE_ABBREVIATIONS, SCALES, TENS, UNITS

_WORD_SPLIT = regex.compile(r"[\s\-–]+")
_DIGITS = regex.compile(r"(?P<n>\d[\d,]*(?:\.\d+)?|\.\d+)\s*(?P<scale>[a-z]+)?", regex.I)


def tidy(x: float) -> int | float:
    """An int when the value is whole, else the float rounded to 6 decimals."""
    if abs(x - round(x)) < 1e-9:
        return int(round(x))
    return round(x, 6)


def parse_numeral(text: str) -> int | float | None:
    """The value of a numeral in digits or words, or None when it is not one."""
    text = text.strip().lower()
    m = _DIGITS.fullmatch(text)
    if m:
        value = Decimal(m["n"].replace(",", ""))  # exact: 128.2 billion is 128,200,000,000, not ...99.99998
        scale = m["scale"]
        if scale:
            factor = SCALES.get(scale) or SCALE_ABBREVIATIONS.get(scale)
            if factor is None:
                return None
            value *= factor
        return int(value) if value == value.to_integral_value() else tidy(float(value))
    return parse_number_words(text)


def parse_number_words(text: str) -> int | None:
    """English number words: "twenty-five", "two hundred and fifty", "a dozen"; None when not one numeral."""
    words = [w for w in _WORD_SPLIT.split(text.lower()) if w and w != "and"]
    total = current = 0
    last = ""  # the class of the previous word: "unit", "ten" or "scale"
    for i, w in enumerate(words):
        if w in ("a", "an") and i == 0 and len(words) > 1:
            current, last = 1, "unit"
        elif w in UNITS:
            if last == "unit" or (last == "ten" and UNITS[w] >= 10):
                return None  # "one two", "twenty eleven": two numerals, not one
            current, last = current + UNITS[w], "unit"
        elif w in TENS:
            if last in ("unit", "ten"):
                return None
            current, last = current + TENS[w], "ten"
        elif w == "dozen":
            current, last = (current or 1) * DOZEN, "scale"
        elif w == "hundred":
            current, last = (current or 1) * 100, "scale"
        elif w in SCALES:
            total, current, last = total + (current or 1) * SCALES[w], 0, "scale"
        else:
            return None
    return total + current if last else None
