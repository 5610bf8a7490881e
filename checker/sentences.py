"""Sentence boundaries in news text: lines are paragraphs; full stops after abbreviations don't end one."""

from __future__ import annotations

import regex

from .vocabulary import ABBREVIATIONS

_BOUNDARY = regex.compile(r"(?<=[.!?…][”\"’')\]]*)[ \t]+(?=[“\"‘'(\[]?[\p{Lu}\d])|\r\n|\r|\n")
_WORD_BEFORE = regex.compile(r"(?<![\w.])(?P<w>[\w.]+)\.[”\"’')\]]*$")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence, surrounding white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group()[0] in " \t" and _is_abbreviation(text, start, m.start()):
            continue
        _append(spans, text, start, m.start())
        start = m.end()
    _append(spans, text, start, len(text))
    return spans


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
