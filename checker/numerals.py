"""Numerals to numbers: "1,200", "1 234 567", "12,34,567.89", "1.111,11", ".08", "2.3 million", "1.9m",
"40k", "1.3e6", "6.23x10^-4", "3/4", "2 1/4", "⅔", "two hundred and fifty", "a dozen", "three dozens",
"two hundred point zero three", "one point two million", "two thirds", "one and a half", "five and a half million",
"a quarter of a million", "three lakh crore".
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
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
        return _vulgar_scaled(m)
    m = _SCIENTIFIC.fullmatch(text)
    if m:
        return _scientific(m)
    m = _FRACTION.fullmatch(text)
    if m:
        return _digit_fraction(m)
    m = _DIGITS.fullmatch(text)
    if m:
        return _digits_scaled(m, text)
    return parse_number_words(text)


def _vulgar_scaled(m: regex.Match[str]) -> int | float | None:
    """A vulgar fraction with a scale after it: "⅔", "2½ million", "½m"."""
    vulgar = _vulgar(m["v"])
    factor = (SCALES.get(m["scale"]) or SCALE_ABBREVIATIONS.get(m["scale"])) if m["scale"] else 1
    return None if vulgar is None or factor is None else tidy(vulgar * factor)


def _scientific(m: regex.Match[str]) -> int | float:
    """Scientific notation: "1.3e6", "6.23x10^-4", "10^6"."""
    mantissa = Decimal(m["m"])
    if m["p"] is not None:
        p = m["p"].replace("−", "-")
        power = int(p.lstrip("+-")) * (-1 if p.count("-") % 2 else 1)
        return tidy(float(mantissa) ** power)
    exponent = int((m["e"] or m["e2"]).replace("−", "-"))
    return _exact(mantissa.scaleb(exponent))


def _digit_fraction(m: regex.Match[str]) -> int | float | None:
    """A fraction in digits, with a whole number before it: "3/4", "2 1/4"; None for a zero denominator."""
    den = int(m["den"])
    if den == 0:
        return None
    return tidy(int(m["whole"] or 0) + int(m["num"]) / den)


def _digits_scaled(m: regex.Match[str], text: str) -> int | float | None:
    """Digits with their separators and a scale after them: "1,200", "2.3 million", "40k"; digits mixed with number
    words are read as words."""
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
        of_scale = _fraction_of_scale(words)
        if of_scale is None:
            return None
        words = of_scale
    if words[0] in ("half", "quarter") and len(words) > 1 and words[-1] not in DENOMINATORS:
        return _part_of_scale(words)
    if "point" in words:
        return _point(words)
    if any(w in DENOMINATORS or (w in _COMPOUND_ORDINALS and i and words[i - 1] in TENS) for i, w in enumerate(words)):
        return _with_fraction(words)
    return _integer(words)


def _fraction_of_scale(words: list[str]) -> list[str] | None:
    """The words without "of a" when they say a fraction of a scale ("a quarter of a million" -> "a quarter
    million"), else None."""
    i = words.index("of")
    if (
        0 < i < len(words) - 2
        and words[i - 1] in _FRACTION_OF
        and words[i + 1] in ("a", "an")
        and words[i + 2] in SCALES
    ):
        return words[:i] + words[i + 2 :]
    return None


def _part_of_scale(words: list[str]) -> int | float | None:
    """Half or a quarter of a scale: "half a million", "quarter million", "half a dozen"."""
    rest = words[1:]  # "half a million", "quarter million", "half a dozen"
    rest = rest[1:] if rest and rest[0] in ("a", "an") else rest
    scale = _integer(rest) if rest and rest[0] in (*SCALES, "dozen") else None
    return None if scale is None else tidy(scale * (0.5 if words[0] == "half" else 0.25))


def _point(words: list[str]) -> int | float | None:
    """A number with decimals after "point": "two hundred point zero three", "one point two million"."""
    i = words.index("point")
    scale = 1  # "one point two million": the scale after the decimals applies to the whole figure
    while len(words) > i + 2 and words[-1] in SCALES:
        scale, words = scale * SCALES[words[-1]], words[:-1]
    whole = _integer(words[:i]) if i else 0
    decimals = _decimals(words[i + 1 :])
    return None if whole is None or decimals is None else _exact(Decimal(f"{whole}.{decimals}") * scale)


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
    found = _denominator(words)
    if found is None:
        return None
    den, head = found
    if not head:
        return None
    num, den = _numerator(head, den)
    if num is None or den == 0:
        return None
    return num / den, scale


def _denominator(words: list[str]) -> tuple[int, list[str]] | None:
    """The denominator the words end in ("fifths", "a twenty-first") and the words before it, or None."""
    last = words[-1]
    if len(words) >= 3 and words[-2] in TENS and last in _COMPOUND_ORDINALS and _COMPOUND_ORDINALS[last] < 10:
        return TENS[words[-2]] + _COMPOUND_ORDINALS[last], words[:-2]  # "a twenty-first"
    if last in DENOMINATORS:
        return DENOMINATORS[last], words[:-1]
    return None


def _numerator(head: list[str], den: int) -> tuple[int | float | None, int]:
    """The numerator of a fraction (the words before its denominator ``den``) and the denominator: a tens word
    before the denominator is part of it."""
    num = 1 if head in (["a"], ["an"], ["one"]) else _integer(head)
    if num is None and len(head) >= 2 and head[-1] in TENS:  # "twenty twenty fifths": 20/25
        num, den = _integer(head[:-1]), TENS[head[-1]] + den
    return num, den


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
    whole = _Whole()
    for i, w in enumerate(words):
        if not whole.read(w, i == 0 and len(words) > 1):
            return None
    if not whole.last:
        return None
    value = whole.total + whole.hundreds + whole.current
    return tidy(value) if isinstance(value, float) else value


_DOZENS = ("dozen", "dozens", "dz", "dzs", "doz", "dozs")


@dataclass(slots=True)
class _Whole:
    """A whole number read word by word: the total of the scales read, the hundreds and the number after them
    (current), the class of the previous word and the factor of the last scale."""

    total: int | float = 0
    hundreds: int | float = 0
    current: int | float = 0
    last: str = ""  # the class of the previous word: "unit", "ten" or "scale"
    last_scale: int = 0

    def read(self, w: str, first_of_many: bool) -> bool:
        """Take the next word (``first_of_many``: the first of more than one); False when the words are not one
        numeral."""
        if w in ("a", "an") and first_of_many:
            self.current, self.last = 1, "unit"
        elif w in ("nought", "naught"):
            return self._nought()
        elif w in UNITS:
            return self._unit(UNITS[w])
        elif w in TENS:
            return self._ten(TENS[w])
        elif regex.fullmatch(r"\d+(?:\.\d+)?", w):
            return self._digits(w)
        elif w in _DOZENS:
            return self._dozen(w)
        elif w == "hundred" or (w == "hundreds" and self.last in ("unit", "ten")):  # "five hundreds"
            self.hundreds, self.current, self.last = (self.current or 1) * 100, 0, "scale"
        elif w in SCALES:
            self._scale(SCALES[w])
        else:
            return False
        return True

    def _nought(self) -> bool:
        if self.last:
            return False
        self.current, self.last = 0, "unit"
        return True

    def _unit(self, value: int) -> bool:
        if self.last == "unit" or (self.last == "ten" and value >= 10):
            return False  # "one two", "twenty eleven": two numerals, not one
        self.current, self.last = self.current + value, "unit"
        return True

    def _ten(self, value: int) -> bool:
        if self.last in ("unit", "ten"):
            return False
        self.current, self.last = self.current + value, "ten"
        return True

    def _digits(self, w: str) -> bool:
        if self.last in ("unit", "ten"):
            return False
        self.current, self.last = self.current + (float(w) if "." in w else int(w)), "unit"
        return True

    def _dozen(self, w: str) -> bool:
        if w.endswith("s") and not self.last:
            return False  # "dozens" alone is vague, not a number
        self.current, self.last = (self.current or 1) * DOZEN, "scale"
        return True

    def _scale(self, factor: int) -> None:
        if self.last == "scale" and self.current == self.hundreds == 0 and factor > self.last_scale and self.total:
            self.total *= factor  # "lakh crore"
        else:
            self.total, self.hundreds, self.current = self.total + ((self.hundreds + self.current) or 1) * factor, 0, 0
        self.last, self.last_scale = "scale", factor
