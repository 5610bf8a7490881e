"""Sentence boundaries in news text.

A line break ends a sentence (news text puts headings, list items and paragraphs on lines of their
own) unless the text plainly runs on: the next line starts in lower case or with a digit, or the line
ends with a comma, a dash or a word like "of" or "the" (hard-wrapped text). A blank line always ends
one; full stops after abbreviations ("Oct.", "U.S.", "Mr.") do not.
"""

from __future__ import annotations

import regex

from .vocabulary import ABBREVIATIONS

_BOUNDARY = regex.compile(r"(?<=[.!?…][”\"’')\]]*)[ \t]+(?=[“\"‘'(\[]?[\p{Lu}\d])|\r\n|\r|\n")
_WORD_BEFORE = regex.compile(r"(?<![\w.])(?P<w>[\w.]+)\.[”\"’')\]]*$")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence in text[start:end], surrounding white space trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group()[0] in " \t":
            if _is_abbreviation(text, start, m.start()):
                continue
        elif _runs_on(text, m.start(), m.end()):
            continue
        _append(spans, text, start, m.start())
        start = m.end()
    _append(spans, text, start, end)
    return spans


_RUN_ON_END = regex.compile(r"(?:[,;–—-]|\b(?:of|the|a|an|and|or|in|on|at|to|for|by|with|from|than|as|its|their)) *$",
                           regex.I)
_RUN_ON_START = regex.compile(r"[ \t]*[\p{Ll}\d(]")


def _runs_on(text: str, end: int, next_start: int) -> bool:
    if _RUN_ON_START.match(text, next_start):
        return True
    return bool(_RUN_ON_END.search(text, max(0, end - 12), end))


def _is_abbreviation(text: str, start: int, end: int) -> bool:
    m = _WORD_BEFORE.search(text, max(start, end - 20), end)
    if not m:
        return False
    word = m["w"].lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
