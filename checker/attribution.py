"""Who a figure is attributed to: the sources a sentence names ("according to X", "X said", "..., said X")
and which of them speaks of the figure."""

from __future__ import annotations

import bisect

import regex

from .lexicon import trie
from .quantities import TIMEOUT
from .vocabulary import ATTRIBUTION_VERBS, SOURCE_NOUNS

_ACCORDING_TO = regex.compile(
    r"\baccording\s+to\s+(?P<src>(?:the )?[^,.;:()“”\"]{3,80}?)(?=[,.;:()“”\"]|$| who\b| which\b)", regex.I
)
_SOURCE_NOUNS = "|".join(sorted(SOURCE_NOUNS, key=len, reverse=True))
_PLACE = r"(?:\s+(?:in|of|for|at)\s+(?:the\s+)?[\p{Lu}][\w’'-]*(?:\s+[\p{Lu}][\w’'-]*){0,2})?"
# The source before its verb: the text just before the verb ends with it (from a word's start).
_SOURCE_BEFORE = regex.compile(
    r"(?<!\w)(?P<src>(?:(?:the |The )?(?:(?:[\p{Lu}][\w.’'-]*|of|for|and|in|to)\s+){0,5}?[\p{Lu}][\w.’'-]*"
    rf"|(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?(?:(?!(?:of|whom|them|which|who|that|and|or|but|while|as)\b)[\w’'-]+\s+)"
    rf"{{0,3}}?(?:{_SOURCE_NOUNS})){_PLACE})"
    rf"(?:,\s+[\p{{Lu}}][^,;.]{{1,40}},)?$"  # a name in apposition: "the ministry's spokesman, Ashraf al-Qudra, told"
)
_SOURCE_VERB = regex.compile(rf"\s+(?:has |have |had )?(?:{trie(ATTRIBUTION_VERBS)})\b")
SOURCE_REACH = 120
"""How far before its verb (in characters) a source's name may start."""
_VERB_SOURCE = regex.compile(  # after a quotation: "..., said the head of the UN agency in Gaza."
    rf"[”\"’],?\s+(?:said|says|told reporters|added)\s+(?P<src>(?:the\s+)?(?:[\w’'-]+\s+){{0,6}}?"
    rf"(?:{_SOURCE_NOUNS}|[\p{{Lu}}][\w’'-]+)(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?)?)"
    r"(?=\s*(?:[,.;]|$|\bin\b|\bon\b))"
)


Speaker = tuple[int, int, str]
"""Where a source's mention starts and ends in the text, and the source as written."""


def sources(text: str, s: int, e: int) -> tuple[Speaker, ...]:
    """The sources named in the sentence text[s:e]: "according to X", "X said", "…,” said X"."""
    piece = text[s:e]
    scans = (_ACCORDING_TO,) * ("ccording" in piece) + (_VERB_SOURCE,) * any(c in piece for c in '”"’')
    found = [(m.start(), m.end(), m["src"]) for p in scans for m in p.finditer(text, s, e, timeout=TIMEOUT)]
    for verb in _SOURCE_VERB.finditer(text, s, e, timeout=TIMEOUT):
        m = _SOURCE_BEFORE.search(text, max(s, verb.start() - SOURCE_REACH), verb.start(), timeout=TIMEOUT)
        if m:
            found.append((m.start(), verb.end(), m["src"]))
    return tuple(sorted(found))


def attribution(
    text: str,
    sentence: tuple[int, int],
    figure: tuple[int, int],
    figures: list[int],
    found: tuple[Speaker, ...] | None = None,
) -> str | None:
    """Who a figure is attributed to: "according to X", "X said", "the UN reports".

    A source before the figure in its sentence applies (the nearest one); a source after it applies
    only when no other figure stands between them ("1,200 Israelis were killed, while tens of
    thousands died in Gaza, according to local officials": the officials speak of Gaza).
    """
    if found is None:
        found = sources(text, *sentence)
    before = [f for f in found if f[1] <= figure[0]]
    if before:
        return _source(max(before, key=lambda f: f[1]))
    after = [f for f in found if f[0] >= figure[1]]
    if not after:
        return None
    first = min(after)
    asides = [a.span() for a in _ASIDE.finditer(text, figure[1], first[0])]
    between = figures[bisect.bisect_left(figures, figure[1]) : bisect.bisect_left(figures, first[0])]
    if any(not any(a <= f < b for a, b in asides) for f in between):
        return None  # another figure, not in an aside, stands between: the source speaks of that one
    return _source(first)


_ASIDE = regex.compile(r"\([^()]*\)|—[^—]*—|–[^–]*–|,\s+(?:including|among them|of whom|most of them)\b[^,;]*(?=,)")


def _source(found: Speaker) -> str:
    return " ".join(found[2].split())
