"""The shared vocabulary of quantities in English news text: number words, scales, hedges,
vague quantities, shares, months and time units. The tagger builds its patterns from these
tables; nothing else in the checker keeps its own copy.
"""

from __future__ import annotations

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000, "billionth": 1_000_000_000,
    "trillionth": 1_000_000_000_000,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "lakh": 100_000, "crore": 10_000_000}
SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000,
                       "mm": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
                       "tn": 1_000_000_000_000, "tln": 1_000_000_000_000}
DOZEN = 12

# Hedge phrase (lower case) -> qualifier. Longer phrases are tried first.
HEDGES_BEFORE = {
    "approx": [
        "about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to",
        "an estimated", "estimated", "circa", "approx.", "an approximate", "just about",
        "more or less", "in the region of", "on the order of", "~", "≈", "c.", "ca.",
    ],
    "at_least": [
        "at least", "no fewer than", "no less than", "not less than", "a minimum of", "a total of at least",
        "greater than or equal to", "more than or equal to", "larger than or equal to", "higher than or equal to",
        "bigger than or equal to", "equal to or more than", "equal to or greater than", "at least or equal to",
        "greater or equal than", "bigger or equal than", "higher or equal than", "larger or equal than",
        "more or equal than", ">=", "> =", "≥",
    ],
    "more_than": [
        "more than", "over", "exceeding", "exceeded", "exceeds", "surpassed", "surpassing", "surpasses",
        "topped", "topping", "tops", "top", "past", "passed", "passing", "passes", "in excess of", "above", "upwards of",
        "upward of", "well over", "just over", "just more than", "greater than", "well above", "just above",
        "well in excess of", "north of",
        "larger than", "bigger than", "higher than", "exceed", "surpass", ">",
    ],
    "at_most": [
        "up to", "as many as", "as much as", "at most", "no more than", "not more than", "a maximum of",
        "less than or equal to", "fewer than or equal to", "smaller than or equal to", "lower than or equal to",
        "equal to or less than", "equal to or fewer than", "equal to or lower than", "less or equal than",
        "smaller or equal than", "lower or equal than", "fewer or equal than", "<=", "< =", "≤",
    ],
    "less_than": [
        "fewer than", "less than", "under", "below", "just under", "just less than", "just fewer than",
        "just below", "well under", "short of",
        "just short of", "well below", "smaller than", "lower than", "<",
    ],
    "exact": ["equal to", "equals to", "equals", "equaling to", "equalling", "exactly", "precisely"],
}
HEDGES_AFTER = {
    "at_least": ["or more", "or higher", "or greater", "or above", "and more", "and above", "and over", "and counting",
                 "plus", "-plus", "+"],  # "plus" before a figure is addition, not a hedge
    "at_most": ["or fewer", "or less", "or lower", "or below", "or under", "and fewer", "and less", "and under"],
    "approx": ["or so"],
}

# Words before a figure that make it a name, not a quantity: "Resolution 2417".
IDENTIFIER_WORDS = ["resolution", "resolutions"]

# Vague quantity -> inclusive interval. A plural implies at least two of the unit.
VAGUE = {
    "hundreds of thousands": (200_000, 999_999),
    "tens of thousands": (20_000, 99_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "dozens": (24, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999),
}
# Vague quantities that need "of" (or a word in VAGUE_BEFORE_WORDS) after them: "scores of people",
# "left scores dead" (but "he scores").
VAGUE_BEFORE_OF = {"scores": (40, 199)}
VAGUE_BEFORE_WORDS = ["dead", "killed", "wounded", "injured", "hurt", "more", "others"]
# "several thousand", "a few hundred": multiplier interval applied to the scale word.
VAGUE_MULTIPLIERS = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 3), "a couple": (2, 3)}

# Shares of a whole, in percent: (low, high, qualifier).
SHARES = {
    "half": (50, 50, "exact"),
    "one-half": (50, 50, "exact"),
    "a third": (100 / 3, 100 / 3, "approx"),
    "one-third": (100 / 3, 100 / 3, "approx"),
    "one third": (100 / 3, 100 / 3, "approx"),
    "two-thirds": (200 / 3, 200 / 3, "approx"),
    "two thirds": (200 / 3, 200 / 3, "approx"),
    "a quarter": (25, 25, "exact"),
    "one-quarter": (25, 25, "exact"),
    "one quarter": (25, 25, "exact"),
    "three-quarters": (75, 75, "exact"),
    "three quarters": (75, 75, "exact"),
    "a fifth": (20, 20, "exact"),
    "one-fifth": (20, 20, "exact"),
    "a tenth": (10, 10, "exact"),
    "most": (50, 100, "range"),
    "the majority": (50, 100, "range"),
    "a majority": (50, 100, "range"),
    "the vast majority": (75, 100, "range"),
    "nearly all": (90, 100, "range"),
    "almost all": (90, 100, "range"),
    "virtually all": (90, 100, "range"),
    "practically all": (90, 100, "range"),
}

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Time unit word -> pint unit name.
TIME_UNITS = {
    "second": "second", "sec": "second", "minute": "minute", "min": "minute", "hour": "hour",
    "hr": "hour", "h": "hour", "day": "day", "business day": "day", "working day": "day", "week": "week",
    "wk": "week", "month": "month", "year": "year", "yr": "year", "decade": "decade", "century": "century",
}
# Units that stand for a multiple of another: "a fortnight" is two weeks.
TIME_MULTIPLES = {"fortnight": ("week", 2)}
# Days per unit when durations in several units are added up ("1 year 1 month 21 days"): the calendar
# convention of ISO 8601 durations (a year of 365 days, a month of 30).
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650, "century": 36500}

# Abbreviations that end in a full stop without ending a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "etc", "approx", "est", "u.s", "u.n", "u.k", "e.g", "i.e", "inc", "corp", "ltd", "jr", "sr",
}

# Verbs that introduce who a figure comes from: "the UN reports", "officials said".
ATTRIBUTION_VERBS = [
    "said", "says", "say", "reported", "reports", "report", "estimated", "estimates", "estimate",
    "stated", "states", "announced", "confirmed", "confirms", "claimed", "claims", "told",
    "counted", "counts", "recorded", "records", "put the toll at",
]

# Nouns that name who a figure comes from, with or without a name before them: "the ministry says",
# "hospital officials said", "the families' forum said".
SOURCE_NOUNS = [
    "ministry", "officials", "official", "authorities", "authority", "military", "army", "medics", "doctors",
    "witnesses", "forum", "office", "agency", "agencies", "police", "spokesman", "spokeswoman", "spokesperson",
    "government", "sources", "groups", "group", "organisation", "organization", "monitor", "service", "services",
    "workers", "officers", "researchers", "analysts", "estimates", "figures", "data", "tally", "tallies", "count",
    "defence", "defense", "bureau", "committee", "union", "society", "negotiators", "mediators", "minister",
    "president", "head", "chief", "director", "commissioner", "coordinator", "envoy", "secretary-general",
]

TEN_UNIT_WORDS = [*UNITS, *TENS]
