"""Rule patterns, custom extractors and date clues matched against a document's sentences.

Patterns run over the text with each quantity masked by its placeholder character (``mask``). A pattern is
tried only in sentences where the pre-filter allows it: with Hyperscan, those holding the end of a match of
its loosened form (prefilter.py); without it, those holding one of its words (gate.py). Each figure keeps
its best match (``offer``): where two patterns of one rule claim it, the earlier; between rules, the longer.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from . import prefilter
from .gate import candidates, fold, literals, words
from .modality import PROPOSAL, mood
from .quantities import TIMEOUT
from .records import Quantity
from .rule import PLACEHOLDERS, Anchor, Hit, Pattern, Rule, Sentence
from .sentences import before, block

MASK_OF_KIND = {
    "number": PLACEHOLDERS["count"],
    "range": PLACEHOLDERS["count"],
    "percent": PLACEHOLDERS["share"],
    "duration": PLACEHOLDERS["duration"],
    "date": PLACEHOLDERS["date"],
    "daterange": PLACEHOLDERS["date"],
}
KIND_OF_QUANTITY = {
    "number": "count",
    "range": "count",
    "percent": "share",
    "duration": "duration",
    "date": "date",
    "daterange": "date",
}


@dataclass(frozen=True)
class Match:
    """A figure's match by a rule: from a pattern, or a custom extractor's Hit."""

    rule: Rule
    metric: str
    quantity: Quantity
    start: int
    end: int
    sentence: tuple[int, int]
    event: str | None
    window: str | None
    mood: str
    figure_kind: str
    how: str  # the pattern's regex, or "extractor"


def offer(matches: dict[int, Match], new: Match) -> None:
    """Keep ``new`` as its figure's match (by the figure's start) when it is the first, or when it is another
    rule's and longer than the one kept."""
    old = matches.get(new.quantity.start)
    if old is None or (old.rule is not new.rule and new.end - new.start > old.end - old.start):
        matches[new.quantity.start] = new


class RulePatterns:
    """A set of rules' patterns and date clues, numbered in order (each rule's patterns, then every clue), with
    the pre-filter that tells, per sentence, which numbers are worth trying."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.first: dict[int, int] = {}  # id(rule) -> the number of its first pattern
        compiled: list[regex.Pattern] = []
        for rule in rules:
            self.first[id(rule)] = len(compiled)
            compiled += [p.compiled for p in rule.patterns]
        self.anchors = tuple(a for r in rules for a in r.anchors)
        self.first_anchor = len(compiled)
        compiled += [a.compiled for a in self.anchors]
        self.sources = tuple(p.pattern for p in compiled)
        self._compiled = compiled
        self._scanner: prefilter.Scanner | None = None

    def allowed(
        self, text: str, masked: str, base: int, spans: list[tuple[int, int]], wanted: list[int]
    ) -> dict[int, frozenset[int]]:
        """For each wanted sentence (by its index in ``spans``: text[s:e], masked[s - base:e - base] masked), the
        numbers of the patterns worth trying there."""
        if not self.sources:
            return dict.fromkeys(wanted, frozenset())
        if not prefilter.FAST:
            return {i: candidates(text[spans[i][0] : spans[i][1]], self.sources) for i in wanted}
        if self._scanner is None:
            self._scanner = prefilter.Scanner(self._compiled)
        found: dict[int, set[int]] = {i: set(self._scanner.everywhere) for i in wanted}
        stops = [e for _, e in spans]
        for k, ends in enumerate(self._scanner.ends(masked, base)):
            for end in ends or ():
                i = bisect.bisect_left(stops, end)  # the sentence a match ending here lies in
                if i in found and spans[i][0] < end:
                    found[i].add(k)
        return {i: frozenset(f) for i, f in found.items()}


@dataclass(frozen=True)
class Place:
    """Where matching runs: one sentence of a block of text, its masked form and its quantities."""

    text: str
    masked: str  # masked[i] stands for text[base + i]
    base: int
    sentence: tuple[int, int]
    here: tuple[Quantity, ...]
    by_start: dict[int, Quantity]
    previous: int | None | bool  # the start of the sentence before; None: none; False: not looked for yet
    chunk_start: int


def match_rules(
    place: Place,
    rules: tuple[Rule, ...],
    patterns: RulePatterns,
    allowed: frozenset[int],
    matches: dict[int, Match],
    failures: dict[str, str] | None,
    where: str,
) -> None:
    """Each rule's matches in one sentence, offered to ``matches``. A rule whose extractor raises or whose pattern
    runs past its time limit fails: recorded in ``failures`` (or raised without them), its matches dropped."""
    kinds = {MASK_OF_KIND[q.kind] for q in place.here}
    for rule in rules:
        if failures is not None and rule.origin in failures:  # failed on this document: skipped
            continue
        try:
            for found in _extractor_matches(rule, place, failures):
                offer(matches, found)
            for k, pattern in enumerate(rule.patterns, start=patterns.first[id(rule)]):
                if k in allowed and PLACEHOLDERS[pattern.figure_kind] in kinds:
                    for found in _pattern_matches(rule, pattern, place):
                        offer(matches, found)
        except TimeoutError:  # the rule's own pattern: its failure, not the document's
            if failures is None:
                raise
            failures.setdefault(
                rule.origin,
                f"{rule.code}: a pattern ran past its time limit ({TIMEOUT:g} s) "
                f"on {where}; its claims there are left out",
            )
            for at in [at for at, m in matches.items() if m.rule is rule]:
                del matches[at]


def _extractor_matches(rule: Rule, place: Place, failures: dict[str, str] | None) -> Iterator[Match]:
    s, e = place.sentence
    for hit in _hits(rule, Sentence(place.text[s:e], s, e, place.here), failures):
        how = PROPOSAL if hit.window == PROPOSAL else mood(place.text, place.sentence, hit.quantity)
        if how is not None:
            kind = KIND_OF_QUANTITY[hit.quantity.kind]
            yield Match(
                rule,
                hit.metric,
                hit.quantity,
                hit.start,
                hit.end,
                place.sentence,
                hit.event,
                hit.window,
                how,
                kind,
                "extractor",
            )


def _hits(rule: Rule, sentence: Sentence, failures: dict[str, str] | None) -> list[Hit]:
    """A custom extractor's hits for one sentence; a failure is recorded (or raised) and gives none."""
    if rule.extractor is None:
        return []
    try:
        hits = list(rule.extractor(sentence))
        for h in hits:
            if h.metric not in {m.key for m in rule.metrics} or not (
                h.start <= h.quantity.start < h.quantity.end <= h.end
            ):
                raise ValueError(f"hit {h!r} has an undeclared metric or a quote that does not hold its figure")
        return hits
    except (Exception, SystemExit) as e:  # a rule calling sys.exit() fails; the run goes on and says so
        if failures is None:
            raise
        failures.setdefault(rule.origin, f"{rule.code}: the extractor raised {type(e).__name__}: {e}")
        return []


def _pattern_matches(rule: Rule, pattern: Pattern, place: Place) -> Iterator[Match]:
    """A pattern's matches in the sentence whose figure is a quantity and whose context and mood allow them."""
    text, base, (s, e) = place.text, place.base, place.sentence
    if pattern.figure_first:  # try it only where such a figure starts
        mask = PLACEHOLDERS[pattern.figure_kind]
        tried: Iterator[regex.Match | None] = (
            pattern.compiled.match(place.masked, q.start - base, e - base, timeout=TIMEOUT)
            for q in place.here
            if MASK_OF_KIND[q.kind] == mask
        )
    else:
        tried = pattern.compiled.finditer(place.masked, s - base, e - base, timeout=TIMEOUT)
    previous = place.previous
    for m in tried:
        q = None if m is None else place.by_start.get(base + m.start("figure"))
        if m is None or q is None:
            continue
        if pattern.compiled_requires is not None and previous is False:
            previous = before(text, place.chunk_start, s)  # the sentence before, in the block before
        if not _context_ok(pattern, text, place.sentence, previous, base + m.end()):
            continue
        how = PROPOSAL if pattern.window == PROPOSAL else mood(text, place.sentence, q)
        if how is None:
            continue  # "if 50 hostages were released", "did not release 33"
        yield Match(
            rule,
            pattern.metric,
            q,
            base + m.start(),
            base + m.end(),
            place.sentence,
            pattern.event,
            pattern.window,
            how,
            pattern.figure_kind,
            pattern.regex,
        )


_CLAUSE_END = regex.compile(r"[,;:.!?()–—]")


def _context_ok(pattern: Pattern, text: str, sentence: tuple[int, int], previous: int | None, match_end: int) -> bool:
    """``requires`` holds in the sentence or the one before (starting at ``previous``, None when there is
    none); ``rejects`` fails in the figure's clause."""
    s, e = sentence
    if pattern.compiled_requires is not None:
        window_start = s if previous is None else previous
        if not pattern.compiled_requires.search(text, window_start, e, timeout=TIMEOUT):
            return False
    if pattern.compiled_rejects is not None:
        tail = _CLAUSE_END.search(text, match_end, e)
        clause_end = tail.start() if tail else e
        if pattern.compiled_rejects.search(text, s, clause_end, timeout=TIMEOUT):
            return False
    return True


def clue_matches(
    place: Place, anchors: tuple[Anchor, ...], first: int, allowed: frozenset[int]
) -> Iterator[tuple[Anchor, Quantity]]:
    """The date clues ("{duration} of war") the sentence holds, with their durations (numbered from ``first``)."""
    base, (s, e) = place.base, place.sentence
    for k, anchor in enumerate(anchors, start=first):
        if k not in allowed:
            continue
        for m in anchor.compiled.finditer(place.masked, s - base, e - base, timeout=TIMEOUT):
            q = place.by_start.get(base + m.start("figure"))
            if q is not None:
                yield anchor, q


def blocks(text: str, start: int, end: int, quantities: list[Quantity]) -> Iterator[tuple[int, int, list[Quantity]]]:
    """The blocks of lines of text[start:end] (see sentences.block) that hold quantities, with them."""
    current: tuple[int, int] | None = None
    inside: list[Quantity] = []
    for q in quantities:
        if current is not None and q.start < current[1]:
            inside.append(q)
        else:
            if current is not None:
                yield current[0], current[1], inside
            current, inside = block(text, start, end, q.start), [q]
        while q.end > current[1]:  # a quantity never crosses a sentence's end; if one does, take both blocks
            current = (current[0], block(text, start, end, current[1])[1])
    if current is not None:
        yield current[0], current[1], inside


_WHITESPACE = regex.compile(r"\s")


def mask(text: str, start: int, end: int, quantities: list[Quantity]) -> str:
    """text[start:end] with each quantity replaced by its placeholder character and white space folded
    to spaces, lengths unchanged: what rule patterns run over."""
    parts, last = [], start
    for q in quantities:
        parts.append(text[last : q.start])
        parts.append(MASK_OF_KIND[q.kind] * (q.end - q.start))
        last = q.end
    parts.append(text[last:end])
    return _WHITESPACE.sub(" ", "".join(parts))


def on_topic(
    rule: Rule, text: str, pieces: list[tuple[int, int]], folded: list[str], failures: dict[str, str] | None, where: str
) -> bool:
    """Whether the rule's topic is in the text (see _mentions); a topic running past its time limit is the rule's
    failure, recorded in ``failures`` (or raised without them)."""
    try:
        return rule.compiled_topic is None or _mentions(text, pieces, folded, rule.compiled_topic)
    except TimeoutError:
        if failures is None:
            raise
        failures.setdefault(
            rule.origin,
            f"{rule.code}: its topic ran past its time limit ({TIMEOUT:g} s) on {where}; its claims there are left out",
        )
        return False


def _mentions(text: str, pieces: list[tuple[int, int]], folded: list[str], topic: regex.Pattern) -> bool:
    """Whether the text matches a rule's topic anywhere (searched chunk by chunk, each under the time limit;
    a chunk without any of the topic's words is not searched, and a topic that is only a list of words is
    not searched at all: finding a word is the match). ``folded``: the chunks case-folded, filled on first
    use and shared by the rules."""
    exact = literals(topic.pattern)
    needed = exact if exact is not None else words(topic.pattern)
    if needed is not None and not folded:
        folded += [fold(text[start:end]) for start, end in pieces]
    for i, (start, end) in enumerate(pieces):
        if needed is not None and not any(w in folded[i] for w in needed):
            continue
        if exact is not None or topic.search(text, start, end, timeout=TIMEOUT):
            return True
    return False
