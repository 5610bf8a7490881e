"""Copies: wire copy that many outlets reprint (the same sentences, the same figures) is one source, not many.

A claim's source is its wording (the figure's quote and a few words either side, normalised: case, spacing and
punctuation ignored) and value: two documents that print the same words with the same figure repeat one report.
Comparison counts such copies once when it weighs which figures agree; reports list the documents that repeat each
other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from .records import Claim

MIN_LENGTH = 40
"""A wording shorter than this (in characters, normalised) is too common to show copying ("10 were killed")."""
MIN_SHARED = 2
"""Documents repeat each other when they print at least this many figures in the same words ..."""
MIN_SHARE = 0.5
"""... or when at least this share of the figures of the one with fewer are so printed."""

WIDE = 50
"""A sentence printed by more documents than this links them all at once (pairs would grow as its square)."""

_NOT_WORD = regex.compile(r"[\W_]+")


CONTEXT = 5
"""Words either side of a figure's quote that make its wording: a reprint keeps them, though it may change a
dateline before or a spelling elsewhere in the sentence ("JERUSALEM -", "militarised")."""


def _words(text: str) -> list[str]:
    return _NOT_WORD.sub(" ", text.lower()).split()


def source_key(c: Claim) -> tuple[str, object, object]:
    """What makes two claims one report: the figure's wording (its quote and CONTEXT words either side, case,
    spacing and punctuation ignored) and its value."""
    return _wording(c.sentence, c.quote), c.value.low, c.value.high


@lru_cache(maxsize=65536)
def _wording(sentence: str, quote: str) -> str:
    """Normalised once per sentence and quote: comparison asks again for each time a claim may be of."""
    at = sentence.find(quote)
    if at < 0:
        return " ".join(_words(sentence))
    return " ".join(_words(sentence[:at])[-CONTEXT:] + _words(quote) + _words(sentence[at + len(quote) :])[:CONTEXT])


@dataclass(frozen=True)
class Copies:
    """Documents that repeat each other: ``documents`` (sorted) print ``shared`` figures in the same words."""

    documents: tuple[str, ...]
    shared: int


def copies(claims: Iterable[Claim]) -> list[Copies]:
    """The groups of documents that repeat each other's sentences, largest first."""
    links = _links(claims)
    parent: dict[str, str] = {}

    def root(d: str) -> str:
        while parent.get(d, d) != d:
            d = parent[d]
        return d

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for d in sorted({d for pair in links for d in pair}):
        groups[root(d)].append(d)
    counted = {r: sum(n for (a, _), n in links.items() if root(a) == r) for r in groups}
    return sorted(
        (Copies(tuple(g), counted[r]) for r, g in groups.items()), key=lambda c: (-len(c.documents), c.documents)
    )


def _links(claims: Iterable[Claim]) -> dict[tuple[str, str], int]:
    """Pairs of documents that share enough sentences and figures to be copies, with how many they share."""
    by_sentence: dict[str, set[str]] = defaultdict(set)
    figures: dict[str, int] = defaultdict(int)
    for c in claims:
        figures[c.document] += 1
        wording = source_key(c)[0]
        if len(wording) >= MIN_LENGTH:
            by_sentence[wording].add(c.document)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for docs in by_sentence.values():
        ordered = sorted(docs)
        if len(ordered) > WIDE:
            for b in ordered[1:]:  # reprinted that widely, it is syndication: link them all, not every pair
                shared[(ordered[0], b)] += MIN_SHARED
            continue
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                shared[(a, b)] += 1
    return {
        pair: n
        for pair, n in shared.items()
        if n >= MIN_SHARED or n >= MIN_SHARE * min(figures[pair[0]], figures[pair[1]])
    }


def sources(claims: Sequence[Claim]) -> int:
    """How many reports the claims are: copies of one sentence and figure count once."""
    return len({source_key(c) for c in claims})
