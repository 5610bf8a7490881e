"""Documents to Claims: tag quantities, read each figure's frame (framing.py), match the rules (matching.py),
build the claims (claims.py).

A figure gives at most one claim. Its frame comes from the engine; a rule's pattern or custom extractor
that claims the figure names its metric instead (where two patterns of one rule claim the same figure,
the earlier wins; between rules, the longer match). Figures that are no claim are kept, with the reason,
for ``checker extract --all``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex

from .attribution import Speaker
from .claims import frame_claim, rule_claim
from .datelines import role
from .dating import TimeMention, anniversaries, ordinal_elapsed, since_dates, tells_of_past, with_date
from .frames import derived_metric, key_of
from .framing import Context, Engine, Reading
from .gate import fold
from .lexicon import Lexicon
from .matching import Match, Place, RulePatterns, blocks, clue_matches, mask, match_rules, on_topic
from .quantities import TIMEOUT, chunks, tag
from .records import Claim, Document, Frame, Quantity, Span
from .rule import Anchor, Metric, Rule
from .sentences import sentences

DOCUMENT_SECONDS = 30.0
"""Extraction gives up on a document that has taken longer than this (I305): an article takes well under a
second, so only a pathological file (a megabyte of dates, a dump of figures) gets here, and it cannot hold
up the run however its patterns fare one by one."""


class TooSlow(TimeoutError):
    """A document whose extraction ran past DOCUMENT_SECONDS."""


__all__ = ["TIMEOUT", "Reader", "Unclaimed", "extract", "extract_with_times", "reader"]


@dataclass(frozen=True)
class Unclaimed:
    """A figure the engine could attach to nothing, and why (for ``checker extract --all``)."""

    quantity: Quantity
    why: str
    span: Span


@dataclass(frozen=True)
class Reader:
    """What extraction needs from a set of rules, made once per set: the frame engine over their vocabulary,
    the metrics they declare, and which rule each measure and metric comes from."""

    engine: Engine
    declared: tuple[Metric, ...]
    owner: dict[str, str]
    """Metric key or measure name -> the code of the rule that declares it."""
    patterns: RulePatterns
    keys: dict[tuple[Frame, str], tuple[str, Metric]] = field(default_factory=dict)
    """Each frame's key and metric, worked out once (documents repeat the same frames)."""

    @property
    def lexicon(self) -> Lexicon:
        return self.engine.lexicon

    def metric_of(self, frame: Frame, unit: str) -> tuple[str, Metric]:
        """The key of a frame, and its metric: declared, or derived from the frame."""
        found = self.keys.get((frame, unit))
        if found is None:
            key = key_of(frame, self.lexicon, self.declared, unit)
            metric = next((m for m in self.declared if m.key == key), None) or derived_metric(
                key, frame, self.lexicon, unit, self.declared
            )
            found = self.keys[(frame, unit)] = (key, metric)
        return found


_READERS: dict[int, tuple[tuple[Rule, ...], Reader]] = {}


def reader(rules: tuple[Rule, ...]) -> Reader:
    """The reader for a set of rules (kept while the set lives: runs pass the same tuple for every document)."""
    kept = _READERS.get(id(rules))
    if kept is not None and kept[0] is rules:
        return kept[1]
    owner = {m.key: r.code for r in rules for m in r.metrics}
    owner.update({m.name: r.code for r in rules for m in r.vocabulary.measures})
    for r in rules:
        for e in r.vocabulary.events:
            owner.setdefault(f"event:{e.name}", r.code)
    found = Reader(
        Engine(Lexicon.of(r.vocabulary for r in rules)),
        tuple(m for r in rules for m in r.metrics),
        owner,
        RulePatterns(rules),
    )
    _READERS.clear()  # one set at a time: a test suite makes many
    _READERS[id(rules)] = (rules, found)
    return found


def extract(doc: Document, rules: tuple[Rule, ...]) -> list[Claim]:
    """Every claim the rules find in one document, in text order, dated by the document's date."""
    return extract_with_times(doc, rules)[0]


def extract_with_times(
    doc: Document,
    rules: tuple[Rule, ...],
    failures: dict[str, str] | None = None,
    unclaimed: list[Unclaimed] | None = None,
) -> tuple[list[Claim], list[TimeMention]]:
    """The claims dated by the document's date, and the dates and anchored durations the text mentions."""
    claims, times, events = extract_undated(doc, rules, failures, unclaimed)
    return with_date(claims, doc.date, events), times


def extract_undated(
    doc: Document,
    rules: tuple[Rule, ...],
    failures: dict[str, str] | None = None,
    unclaimed: list[Unclaimed] | None = None,
) -> tuple[list[Claim], list[TimeMention], tuple[dt.date, ...]]:
    """The claims, not yet dated; the dates and anchored durations the text mentions (the evidence for its
    date); and the days of the known events of the document's conflict (what dates year-less dates).

    The text is worked through in chunks (cut at line breaks), so memory stays bounded however large
    the document. Raises TimeoutError when a pattern runs past its limit on pathological text, TooSlow when the
    whole document runs past DOCUMENT_SECONDS. A rule
    whose custom extractor raises, or whose own pattern runs past its limit, is recorded in ``failures``
    (origin -> error), skipped from then on and its claims in the document left out; without ``failures``
    the error propagates. Figures that are no claim go to ``unclaimed``, with why.
    """
    text = doc.text
    found = reader(rules)
    pieces = chunks(text)
    folded: list[str] = []  # the chunks case-folded, made when a topic first needs them
    active = _active(rules, text, pieces, folded, failures, doc.path)
    context = found.engine.context(text, _events(found.lexicon, text, pieces, folded))
    events = _event_days(found.patterns.anchors, context)
    claims: list[Claim] = []
    times: dict[tuple, TimeMention] = {}  # one per distinct value: a repeat is no new evidence

    def conflict(anchor: Anchor, start: int, end: int) -> bool:
        return _of_its_conflict(anchor, text, _sentence_around(text, start, end), found.lexicon, context)

    # A given date (command line, manifest, metadata) is the day relative dates count from ("yesterday",
    # "last week"). Year-less dates stay open either way: with_date fixes them, known events first.
    written = doc.date.estimate if doc.date.source == "given" else None
    anchors = found.patterns.anchors
    deadline = time.monotonic() + DOCUMENT_SECONDS
    for start, end in pieces:
        if time.monotonic() > deadline:
            raise TooSlow(f"scanning it took over {DOCUMENT_SECONDS:g} s")
        if anchors:  # "the 100th day of the war": elapsed time in sentences that may hold no quantity
            _keep_ordinal_elapsed(times, text, start, end, anchors, conflict)
        quantities = tag(text, start, end, written, guess_years=False)
        if not quantities:
            continue
        readings, matches, mentions = _read(text, start, end, quantities, found, context, active, failures, doc.path)
        _keep_mentions(times, mentions)
        claims += _claims(doc, found, quantities, readings, matches, unclaimed)
    if failures:
        claims = _without_failed(claims, rules, failures)
    return claims, list(times.values()), events


def _event_days(anchors: tuple[Anchor, ...], context: Context) -> tuple[dt.date, ...]:
    """The days of the known events of the document's conflict (an anchor of no place, or of its main place),
    in order."""
    return tuple(sorted({a.date for a in anchors if not a.places or context.main in a.places}))


def _keep_ordinal_elapsed(
    times: dict[tuple, TimeMention],
    text: str,
    start: int,
    end: int,
    anchors: tuple[Anchor, ...],
    conflict: Callable[[Anchor, int, int], bool],
) -> None:
    """Keep in ``times`` the elapsed time told as an ordinal in text[start:end], one per distinct value."""
    for t in ordinal_elapsed(text, start, end, anchors, conflict):
        times.setdefault((t.quantity.kind, t.quantity.low, t.quantity.high, t.anchor), t)


def _keep_mentions(times: dict[tuple, TimeMention], mentions: list[TimeMention]) -> None:
    """Keep in ``times`` the dates and anchored durations a chunk mentions, one per distinct value."""
    for t in mentions:
        q = t.quantity
        times.setdefault((q.kind, q.low, q.high, q.qualifier, q.unit, t.past, t.anchor, t.role), t)


def _without_failed(claims: list[Claim], rules: tuple[Rule, ...], failures: dict[str, str]) -> list[Claim]:
    """The claims less those of the rules that failed (a frame's claims stay)."""
    failed = {r.code for r in rules if r.origin in failures}
    return [c for c in claims if c.rule not in failed or c.pattern.startswith("frame:")]


def _active(
    rules: tuple[Rule, ...],
    text: str,
    pieces: list[tuple[int, int]],
    folded: list[str],
    failures: dict[str, str] | None,
    where: str,
) -> tuple[Rule, ...]:
    """The rules with patterns or an extractor whose topic the text holds."""
    return tuple(
        r
        for r in rules
        if (r.patterns or r.extractor is not None) and on_topic(r, text, pieces, folded, failures, where)
    )


def _claims(
    doc: Document,
    found: Reader,
    quantities: list[Quantity],
    readings: list[tuple[tuple[int, int], Reading]],
    matches: dict[int, Match],
    unclaimed: list[Unclaimed] | None,
) -> list[Claim]:
    """A chunk's claims: a figure's rule match, else its frame; a figure with neither goes to ``unclaimed``."""
    figures = [q.start for q in quantities if q.kind in ("number", "range", "percent")]  # counts part a source
    shared: dict[tuple[int, int], str] = {}  # claims of one sentence share its text
    said: dict[tuple[int, int], tuple[Speaker, ...]] = {}  # and its sources, found once
    out = []
    for sentence, reading in readings:
        match = matches.get(reading.quantity.start)
        if match is not None:
            claim = rule_claim(doc, found, match, reading, figures, shared, said)
        elif reading.frame is not None:
            claim = frame_claim(doc, found, sentence, reading, figures, shared, said)
        else:
            claim = None
            if unclaimed is not None:
                span = doc.source_map.span(reading.quantity.start, reading.quantity.end)
                unclaimed.append(Unclaimed(reading.quantity, reading.why, span))
        if claim is not None:
            out.append(claim)
    return out


def _of_its_conflict(anchor: Anchor, text: str, sentence: tuple[int, int], lexicon: Lexicon, context: Context) -> bool:
    """Whether a date clue is said of the conflict it belongs to: the places its sentence names, else its
    paragraph's, else the document's main place ("18 months of war" in Sudan is no clue to the Gaza war)."""
    if not anchor.places:
        return True
    s, e = sentence
    i, j = bisect.bisect_left(context.starts, s), bisect.bisect_left(context.starts, e)
    named = {lexicon.territory(p[2]) for p in context.places[i:j] if p[3] in ("name", "people")}
    if not named and (before := context.before(text, s)):
        named = {lexicon.territory(before)}
    return bool(named & set(anchor.places)) if named else context.main in anchor.places


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence that holds text[start:end] (else its line, or at most a thousand characters either side)."""
    first = text.rfind("\n", max(0, start - 1000), start) + 1 or max(0, start - 1000)
    last = text.find("\n", end, end + 1000)
    last = min(len(text), end + 1000) if last < 0 else last
    for span in sentences(text, first, last):
        if span[0] <= start < span[1]:
            return span
    return first, last


def _events(lexicon: Lexicon, text: str, pieces: list[tuple[int, int]], folded: list[str]) -> frozenset[str]:
    """The events that apply to a document: those of no conflict in particular, and those whose topic words it
    holds (the October 7 attack only in a document about that war)."""
    out = set()
    for e in lexicon.events:
        if not e.topic:
            out.add(e.name)
            continue
        if not folded:
            folded += [fold(text[start:end]) for start, end in pieces]
        if any(w in chunk for w in e.topic for chunk in folded):
            out.add(e.name)
    return frozenset(out)


def _read(
    text: str,
    start: int,
    end: int,
    quantities: list[Quantity],
    found: Reader,
    context: Context,
    rules: tuple[Rule, ...],
    failures: dict[str, str] | None = None,
    where: str = "the document",
) -> tuple[list[tuple[tuple[int, int], Reading]], dict[int, Match], list[TimeMention]]:
    """One chunk: the engine's reading of each quantity (with its sentence), the best rule match of each
    figure a rule's pattern or extractor claims (by the figure's start), and the chunk's dates and anchored
    durations. Only the blocks of lines that hold a quantity are split into sentences and masked."""
    by_start = {q.start: q for q in quantities}
    readings: list[tuple[tuple[int, int], Reading]] = []
    matches: dict[int, Match] = {}
    times: list[TimeMention] = []
    for base, stop, inside in blocks(text, start, end, quantities):
        masked = mask(text, base, stop, inside)
        spans = sentences(text, base, stop)
        in_sentence = _by_sentence(spans, inside)
        allowed = found.patterns.allowed(text, masked, base, spans, [i for i, _ in in_sentence])
        last: tuple[int, list[Reading]] = (-2, [])  # the sentence before, and its readings
        for i, here in in_sentence:
            s, e = spans[i]
            place = Place(text, masked, base, (s, e), tuple(here), by_start, spans[i - 1][0] if i > 0 else False, start)
            read = found.engine.read(text, masked, base, (s, e), here, context, last[1] if last[0] == i - 1 else None)
            readings += [((s, e), r) for r in read]
            last = (i, read)
            times += _times(place, found, context, allowed[i], read)
            match_rules(place, rules, found.patterns, allowed[i], matches, failures, where)
    return readings, matches, times


def _by_sentence(spans: list[tuple[int, int]], inside: list[Quantity]) -> list[tuple[int, list[Quantity]]]:
    """The sentences (by index) that hold quantities, in order, with them."""
    starts = [s for s, _ in spans]
    found: dict[int, list[Quantity]] = {}
    for q in inside:
        i = bisect.bisect_right(starts, q.start) - 1
        if i >= 0 and q.start < spans[i][1]:
            found.setdefault(i, []).append(q)
    return sorted(found.items())


def _times(
    place: Place, found: Reader, context: Context, allowed: frozenset[int], read: Iterable[Reading]
) -> list[TimeMention]:
    """A sentence's dates, the anniversaries it marks and the durations of its date clues ("18 months of war", or
    a war's length its frames read: ``read``)."""
    text, (s, e) = place.text, place.sentence
    past = tells_of_past(text, s, e)
    out = [TimeMention(q, past, role=role(text, q)) for q in place.here if q.kind in ("date", "daterange")]

    def applies(anchor: Anchor) -> bool:
        return _of_its_conflict(anchor, text, (s, e), found.lexicon, context)

    anchors = found.patterns.anchors
    if "nniversar" in text[s:e] or "ince" in text[s:e]:
        out += anniversaries(text, s, e, anchors, applies)
    if any(q.kind == "duration" for q in place.here) and ("ince" in text[s:e] or " ago" in text[s:e]):
        out += since_dates(text, s, e, place.here, anchors, applies)
    if any(q.kind == "duration" for q in place.here):
        first = found.patterns.first_anchor
        out += [
            TimeMention(q, past, anchor)
            for anchor, q in clue_matches(place, anchors, first, allowed)
            if applies(anchor) and not _from_start(text, q)
        ]
        out += _framed_lengths(text, read, anchors, {id(m.quantity) for m in out}, past)
    return out


def _framed_lengths(
    text: str, read: Iterable[Reading], anchors: Iterable[Anchor], taken: set[int], past: bool
) -> list[TimeMention]:
    """The lengths of an anchored event its figures' frames give ("the war, for the past two years", "almost a
    week after the assault"), as date clues, in the anchor's places; none for a stretch counted from the start
    ("in the first 100 days of the war": a part of the war, not its age) or a quantity a clue matched already."""
    out = []
    for r in read:
        q, frame = r.quantity, r.frame
        if frame is None or frame.measure != "duration" or id(q) in taken or _from_start(text, q):
            continue
        anchor = next((a for a in anchors if a.event == frame.event and frame.place in a.places), None)
        if anchor is not None:
            out.append(TimeMention(q, past, anchor))
    return out


def _from_start(text: str, q: Quantity) -> bool:
    """Whether a duration is a stretch counted from an event's start ("in the first 100 days of the war"): a part
    of it, not its age, so no date clue."""
    return _FIRST.search(text, max(0, q.start - 30), q.start) is not None


_FIRST = regex.compile(r"\b(?:first|initial|opening|early)\s+(?:[\w-]+\s+)?$", regex.I)
