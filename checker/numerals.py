"""Numerals to numbers: "1,200", "1 234 567", "12,34,567.89", "1.111,11", ".08", "2.3 million", "1.9m",
"40k", "1.3e6", "6.23x10^-4", "3/4", "2 1/4", "⅔", "two hundred and fifty", "a dozen", "three dozens",
"two hundred point zero three", "one point two million", "two thirds", "one and a half", "five and a half million",
"a quarter of a million", "three lakh crore".
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

import regex

from .vocabulary import DOZEN, ORDINALS, SCALE_ABBREVIATIONS, SCALES, TENS, UNITS

_WORD_SPLIT = regex.compile(r"[\s\-–,]+")
_DIGITS = regex.compile(r"(?P<n>\d[\d,. \u00a0\u202f\u2009]*|[.,]\d+)\s*(?P<scale>[a-z]+)?", regex.I)
_SCIENTIFIC = regex.compile(
    r"(?P<m>\d+(?:\.\d+)?)\s*(?:e(?P<e>[+-]?\d+)|[x×]\s*10\s*\^?\s*(?P<e2>[-−+]?\d+)"
    r"|\^(?P<p>[-−+]*\d+))",
    regex.I,
)
_FRACTION = regex.compile(r"(?:(?P<whole>\d+)\s+)?(?P<num>\d+)\s*/\s*(?P<den>\d+)")
_VULGAR = regex.compile(r"(?P<v>\d*\s?[^\x00-\x7f])\s*(?P<scale>[a-z]+)?")
_THIN_SPACES = regex.compile(r"[ \u00a0\u202f\u2009]")
# Words that end a fraction ("two thirds", "a hundredth"); "first" and "second" only in "twenty-first".
DENOMINATORS = {w: v for w, v in ORDINALS.items() if v > 2}
DENOMINATORS.update({w + "s": v for w, v in DENOMINATORS.items()})
DENOMINATORS.update({"half": 2, "halves": 2, "quarter": 4, "quarters": 4})
_FRACTION_OF = {"half", "halves", "quarter", "quarters", "third", "thirds"}  # "a quarter of a million"
_COMPOUND_ORDINALS = {**ORDINALS, **{w + "s": v for w, v in ORDINALS.items()}}
_DIGIT_WORDS = {**{w: v for w, v in UNITS.items() if v <= 9}, "nought": 0, "naught": 0, "oh": 0, "o": 0}


def tidy(x: float) -> int | float:
    """An int when the value is whole, else the float rounded to 6 significant decimals."""
    if abs(x - round(x)) < 1e-9 and abs(x) >= 1:
        return int(round(x))
    if x == 0:
        return 0
    return float(f"{x:.12g}") if abs(x) < 1 else round(x, 6)


def _exact(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else tidy(float(value))


def _digits_value(text: str) -> Decimal | None:
    """Digits with their separators: "1,200", "1 234 567", "12,34,567.89" (Indian), "1.111,11"
    (European), "5,00" (decimal comma), ".08"."""
    t = _THIN_SPACES.sub("", text)
    if "," in t and "." in t:
        if t.rindex(",") > t.rindex("."):  # 1.111,11
            t = t.replace(".", "").replace(",", ".")
        else:
            t = t.replace(",", "")
    elif "," in t:
        groups = t.split(",")
        if len(groups) == 2 and len(groups[1]) in (1, 2):  # 5,00 and 1,3: a decimal comma
            t = t.replace(",", ".")
        else:
            t = t.replace(",", "")
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


def parse_numeral(text: str) -> int | float | None:
    """The value of a numeral in digits or words, or None when it is not one."""
    text = text.strip().lower()
    m = _VULGAR.fullmatch(text)
    if m:
        vulgar = _vulgar(m["v"])
        factor = (SCALES.get(m["scale"]) or SCALE_ABBREVIATIONS.get(m["scale"])) if m["scale"] else 1
        return None if vulgar is None or factor is None else tidy(vulgar * factor)
    m = _SCIENTIFIC.fullmatch(text)
    if m:
        mantissa = Decimal(m["m"])
        if m["p"] is not None:
            p = m["p"].replace("−", "-")
            power = int(p.lstrip("+-")) * (-1 if p.count("-") % 2 else 1)
            return tidy(float(mantissa) ** power)
        exponent = int((m["e"] or m["e2"]).replace("−", "-"))
        return _exact(mantissa.scaleb(exponent))
    m = _FRACTION.fullmatch(text)
    if m:
        den = int(m["den"])
        if den == 0:
            return None
        return tidy(int(m["whole"] or 0) + int(m["num"]) / den)
    m = _DIGITS.fullmatch(text)
    if m:
        value = _digits_value(m["n"].strip())
        if value is None:
            return None
        scale = m["scale"]
        if scale:
            factor = SCALES.get(scale) or SCALE_ABBREVIATIONS.get(scale)
            if factor is None:
                return parse_number_words(text)  # "3 hundred and 21"
            value *= factor
        return _exact(value)
    return parse_number_words(text)


def _vulgar(text: str) -> float | None:
    """ "⅔", "2½"."""
    whole, last = text[:-1].strip(), text[-1]
    try:
        frac = unicodedata.numeric(last)
    except (TypeError, ValueError):
        return None
    if frac >= 1 or (whole and not whole.isdigit()):
        return None
    return tidy((int(whole) if whole else 0) + frac)


def parse_number_words(text: str) -> int | float | None:
    """English number words, with digits mixed in: "twenty-five", "two hundred and fifty", "a dozen",
    "4 thousand 3 hundred and 21", "two hundred point zero three", "one point two million", "two thirds",
    "one and a half", "five and a half million", "half a million", "a quarter of a million"; None when the
    words are not one numeral."""
    words = [w for w in _WORD_SPLIT.split(text.lower().replace("&", " and ")) if w]
    if not words:
        return None
    if "of" in words:  # "a quarter of a million", "three quarters of a million": a fraction of the scale
        i = words.index("of")
        if (
            0 < i < len(words) - 2
            and words[i - 1] in _FRACTION_OF
            and words[i + 1] in ("a", "an")
            and words[i + 2] in SCALES
        ):
            words = words[:i] + words[i + 2 :]
        else:
            return None
    if words[0] in ("half", "quarter") and len(words) > 1 and words[-1] not in DENOMINATORS:
        rest = words[1:]  # "half a million", "quarter million", "half a dozen"
        rest = rest[1:] if rest and rest[0] in ("a", "an") else rest
        scale = _integer(rest) if rest and rest[0] in (*SCALES, "dozen") else None
        return None if scale is None else tidy(scale * (0.5 if words[0] == "half" else 0.25))
    if "point" in words:
        i = words.index("point")
        scale = 1  # "one point two million": the scale after the decimals applies to the whole figure
        while len(words) > i + 2 and words[-1] in SCALES:
            scale, words = scale * SCALES[words[-1]], words[:-1]
        whole = _integer(words[:i]) if i else 0
        decimals = _decimals(words[i + 1 :])
        return None if whole is None or decimals is None else _exact(Decimal(f"{whole}.{decimals}") * scale)
    if any(w in DENOMINATORS or (w in _COMPOUND_ORDINALS and i and words[i - 1] in TENS) for i, w in enumerate(words)):
        return _with_fraction(words)
    return _integer(words)


def _decimals(words: list[str]) -> str | None:
    """The digits after "point": "zero three" -> "03", "seventy-one" -> "71", "eleven" -> "11"."""
    if words and all(w in _DIGIT_WORDS for w in words):
        return "".join(str(_DIGIT_WORDS[w]) for w in words)
    v = _integer(words)
    return None if v is None else str(v)


def _fraction(words: list[str]) -> tuple[float, int] | None:
    """A fraction ending in a denominator, and the scale after it: "a half" (0.5), "three fifths",
    "fifty-four hundredths", "twenty-three fifths" (23/5), "three quarters million" (0.75, 1000000)."""
    scale = 1
    if len(words) > 1 and words[-1] in SCALES and words[-2] in DENOMINATORS:
        scale, words = SCALES[words[-1]], words[:-1]
    if not words or "and" in words:
        return None
    last = words[-1]
    if len(words) >= 3 and words[-2] in TENS and last in _COMPOUND_ORDINALS and _COMPOUND_ORDINALS[last] < 10:
        den, head = TENS[words[-2]] + _COMPOUND_ORDINALS[last], words[:-2]  # "a twenty-first"
    elif last in DENOMINATORS:
        den, head = DENOMINATORS[last], words[:-1]
    else:
        return None
    if not head:
        return None
    num = 1 if head in (["a"], ["an"], ["one"]) else _integer(head)
    if num is None and len(head) >= 2 and head[-1] in TENS:  # "twenty twenty fifths": 20/25
        num, den = _integer(head[:-1]), TENS[head[-1]] + den
    if num is None or den == 0:
        return None
    return num / den, scale


def _with_fraction(words: list[str]) -> float | None:
    """Numbers with a fraction: "two thirds", "one and a half", "one million and a half" (1,500,000),
    "five and a half million" (5,500,000), "one billion and a quarter million", "forty two and a third"."""
    frac = _fraction(words)
    if frac is not None:
        value, scale = frac
        return tidy(value * scale)
    if "and" not in words:
        return None
    i = len(words) - 1 - words[::-1].index("and")
    whole_words, tail = words[:i], words[i + 1 :]
    whole = _integer(whole_words)
    frac = _fraction(tail)
    if whole is None or frac is None:
        return None
    value, scale = frac
    if scale > 1 and not any(w in SCALES for w in whole_words):  # "five and a half million"
        return tidy((whole + value) * scale)
    if scale == 1:
        last = next((SCALES[w] for w in reversed(whole_words) if w in SCALES), 1)
        if last >= 1000 and whole_words[-1] in SCALES:  # "one million and a half": a half million
            scale = last
    return tidy(whole + value * scale)


def _integer(words: list[str]) -> int | float | None:
    """Whole numbers in words, digits allowed: "two hundred and fifty", "4 thousand 3 hundred and 21",
    "three lakh crore", "three dozens"."""
    words = [w for w in words if w != "and"]
    total: int | float = 0
    hundreds: int | float = 0
    current: int | float = 0
    last = ""  # the class of the previous word: "unit", "ten" or "scale"
    last_scale = 0
    for i, w in enumerate(words):
        if w in ("a", "an") and i == 0 and len(words) > 1:
            current, last = 1, "unit"
        elif w in ("nought", "naught"):
            if last:
                return None
            current, last = 0, "unit"
        elif w in UNITS:
            if last == "unit" or (last == "ten" and UNITS[w] >= 10):
                return None  # "one two", "twenty eleven": two numerals, not one
            current, last = current + UNITS[w], "unit"
        elif w in TENS:
            if last in ("unit", "ten"):
                return None
            current, last = current + TENS[w], "ten"
        elif regex.fullmatch(r"\d+(?:\.\d+)?", w):
            if last in ("unit", "ten"):
                return None
            current, last = current + (float(w) if "." in w else int(w)), "unit"
        elif w in ("dozen", "dozens", "dz", "dzs", "doz", "dozs"):
            if w.endswith("s") and not last:
                return None  # "dozens" alone is vague, not a number
            current, last = (current or 1) * DOZEN, "scale"
        elif w == "hundred" or (w == "hundreds" and last in ("unit", "ten")):  # "five hundreds"
            hundreds, current, last = (current or 1) * 100, 0, "scale"
        elif w in SCALES:
            factor = SCALES[w]
            if last == "scale" and current == hundreds == 0 and factor > last_scale and total:  # "lakh crore"
                total *= factor
            else:
                total, hundreds, current = total + ((hundreds + current) or 1) * factor, 0, 0
            last, last_scale = "scale", factor
        else:
            return None
    if not last:
        return None
    value = total + hundreds + current
    return tidy(value) if isinstance(value, float) else value
