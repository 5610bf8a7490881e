"""The words a pattern cannot match without: a rule pattern ("killed {count}", "{count} hostages") is tried
only on sentences that hold one of its words, read from the regex itself (with Python's own parser); and
a topic that is only a list of words ("hostage|captive") is found by looking for them."""

from __future__ import annotations

import re
import warnings
from functools import cache
from typing import Any

from .rule import PLACEHOLDERS

try:  # Python's own regex parser, a private module: should a later Python move it, patterns are tried everywhere
    import re._constants as sre  # type: ignore[import-not-found]  # private: typeshed has no stubs
    import re._parser as sre_parse  # type: ignore[import-not-found]  # private: typeshed has no stubs
except ImportError:  # pragma: no cover
    sre = sre_parse = None

MIN_WORD = 3
"""A pattern's words are at least this long; a pattern whose best words are shorter is tried everywhere."""

_NOT_IN_WORDS = set(PLACEHOLDERS.values()) | {" "}


def fold(text: str) -> str:
    """``text`` case-folded as the regex module folds it to ignore case: as ``str.casefold`` does (ß is ss),
    except that the Turkish capital İ is i, not i and a combining dot."""
    return text.replace("\u0130", "i").casefold()


@cache
def words(source: str) -> frozenset[str] | None:
    """Strings one of which every match of the regex ``source`` (compiled to ignore case, as rule patterns
    are) contains, case-folded; None when none can be told (syntax Python's ``re`` cannot parse, or only
    words shorter than MIN_WORD)."""
    if sre_parse is None:  # pragma: no cover
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set": the regex module's set syntax, read otherwise here
            found = _needed(sre_parse.parse(source, re.IGNORECASE).data)
    except Exception:  # a syntax error, a warning, or a parser that changed shape: no words, never wrong ones
        return None
    if found is None or min(map(len, found)) < MIN_WORD:
        return None
    return frozenset(fold(w) for w in found)


_LITERALS = re.compile(r"[^\W_]+(?: [^\W_]+)*(?:\|[^\W_]+(?: [^\W_]+)*)*")


@cache
def literals(source: str) -> frozenset[str] | None:
    """For a regex that is only words and single spaces between bars ("hostage|captive", "West Bank"), its
    alternatives case-folded: the regex, ignoring case, finds a match exactly where the case-folded text
    holds one of them, so a substring test can stand in for it. None for any other regex."""
    return frozenset(fold(source).split("|")) if _LITERALS.fullmatch(source) else None


def _needed(items: list) -> frozenset[str] | None:
    """The best set of strings one of which a match of the sequence ``items`` must contain."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and chr(av) not in _NOT_IN_WORDS:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset(("".join(run),)))
            run = []
        found = _needed_in(op, av)
        if found:
            options.append(found)
    if run:
        options.append(frozenset(("".join(run),)))
    return max(options, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _needed_in(op: object, av: Any) -> frozenset[str] | None:
    """The best set of strings one of which a match of one item ``op`` ``av`` (a group, a choice, a repeat
    of at least one) must contain; None for any other item."""
    found: frozenset[str] | None = None
    if op is sre.SUBPATTERN:
        found = _needed(av[3].data)
    elif op is sre.ATOMIC_GROUP:
        found = _needed(av.data)
    elif op is sre.BRANCH:
        branches = [_needed(b.data) for b in av[1]]
        known = [b for b in branches if b is not None]
        found = frozenset[str]().union(*known) if len(known) == len(branches) else None
    elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        found = _needed(av[2].data)
    return found


@cache
def _index(sources: tuple[str, ...]) -> tuple[dict[str, frozenset[int]], frozenset[int]]:
    """Word -> the positions in ``sources`` of the regexes that need it; and those that need no word."""
    index: dict[str, set[int]] = {}
    always = set()
    for i, source in enumerate(sources):
        needed = words(source)
        if needed is None:
            always.add(i)
        for w in needed or ():
            index.setdefault(w, set()).add(i)
    return {w: frozenset(v) for w, v in index.items()}, frozenset(always)


def candidates(text: str, sources: tuple[str, ...]) -> frozenset[int]:
    """The positions in ``sources`` of the regexes ``text`` holds a word of (in any case: both sides are
    case-folded, as the patterns match, so "STRASSE" holds "straße"), and of those that need no word."""
    index, always = _index(sources)
    folded = fold(text)
    return always.union(*(found for w, found in index.items() if w in folded))
