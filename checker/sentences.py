"""Sentence boundaries in news text.

A line break ends a sentence (news text puts headings, list items and paragraphs on lines of their
own) unless the text plainly runs on: the next line starts in lower case or with a digit, or the line
ends with a comma, a dash or a word like "of" or "the" (hard-wrapped text). A blank line ends one unless
the text before it has no closing mark and the text after it starts in lower case (a layout that broke a
sentence); full stops after abbreviations ("Oct.", "U.S.", "Mr.") do not.
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
        elif runs_on(text, m.start(), m.end()):
            continue
        _append(spans, text, start, m.start())
        start = m.end()
    _append(spans, text, start, end)
    return spans


_RUN_ON_END = regex.compile(
    r"(?:[,;–—-]|\b(?:of|the|a|an|and|or|in|on|at|to|for|by|with|from|than|as|its|their)) *$", regex.I
)
_RUN_ON_START = regex.compile(r"[ \t]*[\p{Ll}\d(]")


def runs_on(text: str, end: int, next_start: int) -> bool:
    """Whether the sentence goes on across the line break text[end:next_start]; across a blank line only when
    the text before it has no closing mark and the text after it starts in lower case (a page's layout that
    broke a sentence: "in conflict-related incidents\n\nacross the West Bank")."""
    if (blank := _BLANK_AFTER.match(text, next_start)) is not None:
        return bool(_LOWER.match(text, blank.end())) and not _CLOSED.search(text, max(0, end - 3), end)
    if _RUN_ON_START.match(text, next_start):
        return True
    return bool(_RUN_ON_END.search(text, max(0, end - 12), end))


_BLANK_AFTER = regex.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t\r\n]*")
_LOWER = regex.compile(r"\p{Ll}")
_CLOSED = regex.compile(r"[.!?:…”\"’')\]][ \t]*$")


def _is_abbreviation(text: str, start: int, end: int) -> bool:
    m = _WORD_BEFORE.search(text, max(start, end - 20), end)
    if not m:
        return False
    word = m["w"].lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


LONGEST = 2000
"""A "sentence" longer than this (in characters: a table flattened to one line, a page with no full stops) is
cut at the last clause mark or space before each such length, so the work per figure stays bounded."""
_CUT = regex.compile(r"[,;:]\s|\s")


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > LONGEST:
        marks = [m.end() for m in _CUT.finditer(text, start + LONGEST // 2, start + LONGEST)]
        clause = [m for m in marks if text[m - 2] in ",;:"]
        cut = (clause or marks or [start + LONGEST])[-1]
        _append(spans, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def block(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The lines around ``at`` that no sentence crosses out of, within [start, end): from the line break
    before ``at`` that ends a sentence to the one after it (included). ``sentences`` over a block gives
    the sentences of the whole text that lie in it, so sentences are found only where they are needed."""
    s = at
    while True:
        s = max(text.rfind("\n", start, s), text.rfind("\r", start, s)) + 1
        if s <= start:
            s = start
            break
        b = s - 2 if text[s - 1] == "\n" and s - 2 >= start and text[s - 2] == "\r" else s - 1
        if not runs_on(text, b, s):
            break
        s = b
    e = at
    while True:
        n, r = text.find("\n", e, end), text.find("\r", e, end)
        br = min(i for i in (n, r, end) if i >= 0)
        if br >= end:
            return s, end
        after = br + 2 if text.startswith("\r\n", br) else br + 1
        if not runs_on(text, br, after):
            return s, min(after, end)
        e = after


def before(text: str, start: int, at: int) -> int | None:
    """Where the sentence before the one that starts at ``at`` starts (within [start, at)), or None."""
    b = at
    while b > start and text[b - 1].isspace():
        b -= 1
    if b <= start:
        return None
    found = sentences(text, block(text, start, at, b - 1)[0], at)
    return found[-1][0] if found else None
