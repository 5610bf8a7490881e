"""Documents to Claims: tag quantities, read each figure's frame (framing.py), derive its key (frames.py).

A figure gives at most one claim. Its frame comes from the engine; a rule's pattern or custom extractor
that claims the figure names its metric instead (where two patterns of one rule claim the same figure,
the earlier wins; between rules, the longer match). Figures that are no claim are kept, with the reason,
for ``checker extract --all``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

import regex

from .datelines import role
from .dating import TimeMention, anniversaries, tells_of_past, with_date
from .frames import derived_metric, key_of
from .framing import Context, Engine, Reading, replace_frame
from .gate import candidates, fold, literals, words
from .lexicon import Lexicon, trie
from .modality import PROPOSAL, mood
from .quantities import TIMEOUT, chunks, share_of_base, tag
from .records import Claim, Document, Frame, Quantity, Span, Value
from .rule import PLACEHOLDERS, Anchor, Hit, Metric, Pattern, Rule, Sentence
from .sentences import before, block, sentences
from .vocabulary import ATTRIBUTION_VERBS, SOURCE_NOUNS, UNIT_DAYS

_MASK_OF_KIND = {
    "number": PLACEHOLDERS["count"],
    "range": PLACEHOLDERS["count"],
    "percent": PLACEHOLDERS["share"],
    "duration": PLACEHOLDERS["duration"],
    "date": PLACEHOLDERS["date"],
    "daterange": PLACEHOLDERS["date"],
}
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


@dataclass(frozen=True)
class _Match:
    """A figure's best pattern match so far: from a pattern, or a custom extractor's Hit."""

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


@dataclass(frozen=True)
class Unclaimed:
    """A figure the engine could attach to nothing, and why (for ``checker extract --all``)."""

    quantity: Quantity
    why: str
    span: Span


_KIND_OF_QUANTITY = {
    "number": "count",
    "range": "count",
    "percent": "share",
    "duration": "duration",
    "date": "date",
    "daterange": "date",
}


@dataclass(frozen=True)
class Reader:
    """What extraction needs from a set of rules, made once per set: the frame engine over their vocabulary,
    the metrics they declare, and which rule each measure and metric comes from."""

    engine: Engine
    declared: tuple[Metric, ...]
    owner: dict[str, str]
    """Metric key or measure name -> the code of the rule that declares it."""
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
    found = Reader(Engine(Lexicon.of(r.vocabulary for r in rules)), tuple(m for r in rules for m in r.metrics), owner)
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
    """The claims, and the dates and anchored durations the text mentions (the evidence for its date).

    The text is worked through in chunks (cut at line breaks), so memory stays bounded however large
    the document. Raises TimeoutError when a pattern runs past its limit on pathological text. A rule
    whose custom extractor raises, or whose own pattern runs past its limit, is recorded in ``failures``
    (origin -> error), skipped from then on and its claims in the document left out; without ``failures``
    the error propagates. Figures that are no claim go to ``unclaimed``, with why.
    """
    text = doc.text
    found = reader(rules)
    pieces = chunks(text)
    folded: list[str] = []  # the chunks case-folded, made when a topic first needs them
    active = tuple(
        r
        for r in rules
        if (r.patterns or r.extractor is not None) and _on_topic(r, text, pieces, folded, failures, doc.path)
    )
    context = found.engine.context(text, _events(found.lexicon, text, pieces, folded))
    anchors = tuple(a for r in rules for a in r.anchors)
    events = tuple(sorted({a.date for a in anchors if not a.places or context.main in a.places}))
    claims: list[Claim] = []
    times: dict[tuple, TimeMention] = {}  # one per distinct value: a repeat is no new evidence
    # A given date (command line, manifest, metadata) is the day relative dates count from ("yesterday",
    # "last week"). Year-less dates stay open either way: with_date fixes them, known events first.
    written = doc.date.estimate if doc.date.source == "given" else None
    for start, end in pieces:
        quantities = tag(text, start, end, written, guess_years=False)
        if not quantities:
            continue
        readings, matches, mentions = _read(
            text, start, end, quantities, found, context, active, anchors, failures, doc.path
        )
        for t in mentions:
            q = t.quantity
            times.setdefault((q.kind, q.low, q.high, q.qualifier, q.unit, t.past, t.anchor, t.role), t)
        figures = [q.start for q in quantities if q.kind in ("number", "range", "percent")]  # counts part a source
        shared: dict[tuple[int, int], str] = {}  # claims of one sentence share its text
        said: dict[tuple[int, int], tuple[Source, ...]] = {}  # and its sources, found once
        for sentence, reading in readings:
            match = matches.get(reading.quantity.start)
            if match is not None:
                claim = _claim(doc, found, match, reading, figures, shared, said)
            elif reading.frame is not None:
                claim = _frame_claim(doc, found, sentence, reading, figures, shared, said)
            else:
                claim = None
                if unclaimed is not None:
                    span = doc.source_map.span(reading.quantity.start, reading.quantity.end)
                    unclaimed.append(Unclaimed(reading.quantity, reading.why, span))
            if claim is not None:
                claims.append(claim)
    if failures:
        failed = {r.code for r in rules if r.origin in failures}
        claims = [c for c in claims if c.rule not in failed or c.pattern.startswith("frame:")]
    return with_date(claims, doc.date, events), list(times.values())


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


def _hits(rule: Rule, sentence: Sentence, failures: dict[str, str] | None) -> list[Hit]:
    """A custom extractor's hits for one sentence; a failure is recorded (or raised) and gives none."""
    try:
        hits = list(rule.extractor(sentence)) if rule.extractor is not None else []
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


def _on_topic(
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


def _read(
    text: str,
    start: int,
    end: int,
    quantities: list[Quantity],
    found: Reader,
    context: Context,
    rules: tuple[Rule, ...],
    anchors: tuple[Anchor, ...] = (),
    failures: dict[str, str] | None = None,
    where: str = "the document",
) -> tuple[list[tuple[tuple[int, int], Reading]], dict[int, _Match], list[TimeMention]]:
    """One chunk: the engine's reading of each quantity (with its sentence), the best pattern match of each
    figure a rule's pattern or extractor claims (by the figure's start), and the chunk's dates and anchored
    durations. Only the blocks of lines that hold a quantity are split into sentences and masked, and a
    pattern is tried only on sentences holding one of its words."""
    by_start = {q.start: q for q in quantities}
    readings: list[tuple[tuple[int, int], Reading]] = []
    matches: dict[int, _Match] = {}  # figure start -> the best match for it
    times: list[TimeMention] = []
    sources: tuple[Pattern | Anchor, ...] = (*(p for r in rules for p in r.patterns), *anchors)
    regexes = tuple(p.compiled.pattern for p in sources)
    for base, stop, inside in _blocks(text, start, end, quantities):
        masked = _mask(text, base, stop, inside)  # masked[i] stands for text[base + i]
        spans = sentences(text, base, stop)
        in_sentence: dict[int, list[Quantity]] = {}  # sentence index -> its quantities
        starts = [s for s, _ in spans]
        q: Quantity | None
        m: regex.Match | None
        for q in inside:
            i = bisect.bisect_right(starts, q.start) - 1
            if i >= 0 and q.start < spans[i][1]:
                in_sentence.setdefault(i, []).append(q)
        last: tuple[int, list[Reading]] = (-2, [])  # the sentence before, and its readings
        for i, here in sorted(in_sentence.items()):
            s, e = spans[i]
            read = found.engine.read(text, masked, base, (s, e), here, context, last[1] if last[0] == i - 1 else None)
            readings += [((s, e), r) for r in read]
            last = (i, read)
            kinds = {_MASK_OF_KIND[q.kind] for q in here}
            allowed = candidates(text[s:e], regexes) if regexes else frozenset()
            past = tells_of_past(text, s, e)
            times += [TimeMention(q, past, role=role(text, q)) for q in here if q.kind in ("date", "daterange")]
            if "nniversar" in text[s:e] or "ince" in text[s:e]:
                times += anniversaries(
                    text, s, e, anchors, lambda a, at=(s, e): _of_its_conflict(a, text, at, found.lexicon, context)
                )
            if PLACEHOLDERS["duration"] in kinds:
                for k, anchor in enumerate(anchors, start=len(regexes) - len(anchors)):
                    if k not in allowed:
                        continue
                    for m in anchor.compiled.finditer(masked, s - base, e - base, timeout=TIMEOUT):
                        q = by_start.get(base + m.start("figure"))
                        if q is not None and _of_its_conflict(anchor, text, (s, e), found.lexicon, context):
                            times.append(TimeMention(q, past, anchor))
            previous: int | None | bool = spans[i - 1][0] if i > 0 else False  # False: not looked for yet
            k = -1  # the position of each pattern in regexes
            for rule in rules:
                passed = k + len(rule.patterns)  # where k stands once this rule's patterns are passed
                if failures is not None and rule.origin in failures:  # failed on this document: skipped
                    k = passed
                    continue
                try:
                    if rule.extractor is not None:
                        for hit in _hits(rule, Sentence(text[s:e], s, e, tuple(here)), failures):
                            how = PROPOSAL if hit.window == PROPOSAL else mood(text, (s, e), hit.quantity)
                            if how is None:
                                continue
                            old = matches.get(hit.quantity.start)
                            if old is None or (old.rule is not rule and hit.end - hit.start > old.end - old.start):
                                matches[hit.quantity.start] = _Match(
                                    rule,
                                    hit.metric,
                                    hit.quantity,
                                    hit.start,
                                    hit.end,
                                    (s, e),
                                    hit.event,
                                    hit.window,
                                    how,
                                    _KIND_OF_QUANTITY[hit.quantity.kind],
                                    "extractor",
                                )
                    for pattern in rule.patterns:
                        k += 1
                        mask = PLACEHOLDERS[pattern.figure_kind]
                        if k not in allowed or mask not in kinds:
                            continue
                        tried: Iterable[regex.Match | None]
                        if pattern.figure_first:  # try it only where such a figure starts
                            tried = (
                                pattern.compiled.match(masked, q.start - base, e - base, timeout=TIMEOUT)
                                for q in here
                                if _MASK_OF_KIND[q.kind] == mask
                            )
                        else:
                            tried = pattern.compiled.finditer(masked, s - base, e - base, timeout=TIMEOUT)
                        for m in tried:
                            if m is None:
                                continue
                            q = by_start.get(base + m.start("figure"))
                            m_start, m_end = base + m.start(), base + m.end()
                            if q is None:
                                continue
                            if pattern.compiled_requires is not None and previous is False:
                                previous = before(text, start, s)  # the sentence before, in the block before
                            if not _context_ok(pattern, text, (s, e), previous, m_end):
                                continue
                            how = PROPOSAL if pattern.window == PROPOSAL else mood(text, (s, e), q)
                            if how is None:
                                continue  # "if 50 hostages were released", "did not release 33"
                            old = matches.get(q.start)
                            if old is None or (old.rule is not rule and m_end - m_start > old.end - old.start):
                                matches[q.start] = _Match(
                                    rule,
                                    pattern.metric,
                                    q,
                                    m_start,
                                    m_end,
                                    (s, e),
                                    pattern.event,
                                    pattern.window,
                                    how,
                                    pattern.figure_kind,
                                    pattern.regex,
                                )
                except TimeoutError:  # the rule's own pattern: its failure, not the document's
                    if failures is None:
                        raise
                    failures.setdefault(
                        rule.origin,
                        f"{rule.code}: a pattern ran past its time limit ({TIMEOUT:g} s) "
                        f"on {where}; its claims there are left out",
                    )
                    matches = {at: m for at, m in matches.items() if m.rule is not rule}
                    k = passed
    return readings, matches, times


def _blocks(text: str, start: int, end: int, quantities: list[Quantity]) -> Iterator[tuple[int, int, list[Quantity]]]:
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


def _mask(text: str, start: int, end: int, quantities: list[Quantity]) -> str:
    """text[start:end] with each quantity replaced by its placeholder character and white space folded
    to spaces, lengths unchanged: what rule patterns run over."""
    parts, last = [], start
    for q in quantities:
        parts.append(text[last : q.start])
        parts.append(_MASK_OF_KIND[q.kind] * (q.end - q.start))
        last = q.end
    parts.append(text[last:end])
    return _WHITESPACE.sub(" ", "".join(parts))


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


def _value(q: Quantity, kind: str, unit: str) -> tuple[Value | None, Value | None, str]:
    """The claim's value, its share in percent when written as one, and its unit: a share of a counted base
    is the count it comes to ("90% of 2.3 million" is 2,070,000); a share of nothing counted stays a share."""
    if q.low is None and q.high is None:
        return None, None, unit  # "a small percentage": a share with no figure is no claim
    if kind == "count" and any(isinstance(b, (int, float)) and b < 0 for b in (q.low, q.high)):
        return None, None, unit  # a count below zero is none ("its -2.3 million residents": a stray dash)
    value = q.value
    if kind == "share" and unit != "%":
        counted = share_of_base(q)
        if counted is None:
            return value, None, "%"
        qualifier = "approx" if q.qualifier in ("exact", "approx") else q.qualifier
        return Value(low=counted[0], high=counted[1], qualifier=qualifier), value, unit
    if kind == "duration":
        return _convert(value, q.unit or "day", "day"), None, "day"
    if kind == "count" and isinstance(q.low, float) and 0 < q.low < 1 and not any(ch.isdigit() for ch in q.text):
        # "about a third who are dead": a word fraction of a whole named before it, a share in percent
        return (
            Value(
                low=round(q.low * 100, 2),
                high=round(q.high * 100, 2) if isinstance(q.high, float) else q.high,
                qualifier="approx",
            ),
            None,
            "%",
        )
    return value, None, unit


def _frame_claim(
    doc: Document,
    found: Reader,
    sentence: tuple[int, int],
    reading: Reading,
    figures: list[int],
    shared: dict[tuple[int, int], str],
    said: dict[tuple[int, int], tuple[Source, ...]],
) -> Claim | None:
    """A claim from the engine's reading of a figure: its key from its frame."""
    frame = reading.frame
    assert frame is not None
    q = reading.quantity
    kind = _KIND_OF_QUANTITY[q.kind]
    measure = found.lexicon.by_measure.get(frame.measure)
    unit = "date" if kind == "date" else "day" if kind == "duration" else measure.unit if measure else "persons"
    value, share, unit = _value(q, kind, unit)
    if value is None:
        return None
    key, metric = found.metric_of(frame, unit)
    owner = found.owner.get(key) or found.owner.get(frame.measure) or found.owner.get(f"event:{frame.event}") or ""
    return _record(
        doc,
        metric,
        unit,
        owner,
        f"frame:{reading.how}",
        q,
        value,
        share,
        frame,
        reading.start,
        reading.end,
        sentence,
        figures,
        shared,
        said,
    )


def _claim(
    doc: Document,
    found: Reader,
    m: _Match,
    reading: Reading,
    figures: list[int],
    shared: dict[tuple[int, int], str],
    said: dict[tuple[int, int], tuple[Source, ...]],
) -> Claim | None:
    """A claim from a rule's pattern or extractor: its metric is the rule's; its frame the engine's reading
    (or the least the metric says), with the pattern's window and event."""
    metric = m.rule.metric(m.metric)
    q = m.quantity
    value, share, unit = _value(q, m.figure_kind, metric.unit)
    if value is None:
        return None
    if m.figure_kind == "duration":
        value = _convert(q.value, q.unit or metric.unit, metric.unit)
    base = reading.frame or Frame(measure=metric.key.split(".")[0])
    frame = replace_frame(
        base,
        window=m.window if m.window not in (None, PROPOSAL) else base.window,
        event=m.event or base.event,
        mood="proposal" if m.mood == PROPOSAL else base.mood,
    )
    return _record(
        doc,
        metric,
        unit if m.figure_kind != "duration" else metric.unit,
        m.rule.code,
        m.how,
        q,
        value,
        share,
        frame,
        m.start,
        m.end,
        m.sentence,
        figures,
        shared,
        said,
    )


def _record(
    doc: Document,
    metric: Metric,
    unit: str,
    rule: str,
    how: str,
    q: Quantity,
    value: Value,
    share: Value | None,
    frame: Frame,
    start: int,
    end: int,
    sentence: tuple[int, int],
    figures: list[int],
    shared: dict[tuple[int, int], str],
    said: dict[tuple[int, int], tuple[Source, ...]],
) -> Claim:
    span = doc.source_map.span(start, end)
    s, e = sentence
    if sentence not in said:
        said[sentence] = sources(doc.text, s, e)
    explicit = _AS_OF.search(doc.text, s, e)  # "as of Sunday" speaks for the whole sentence
    return Claim(
        id=f"{doc.id}:{f'p{span.page}:' if span.page else ''}{span.line}:{span.column}:{metric.key}",
        document=doc.id,
        rule=rule,
        pattern=how,
        metric=metric.key,
        value=value,
        unit=unit,
        quote=doc.text[start:end],
        figure=q.text,
        sentence=shared.setdefault(sentence, doc.text[s:e]),
        span=span,
        as_of_text=explicit.group() if explicit else None,
        frame=frame,
        share=share,
        attributed_to=attribution(
            doc.text, sentence, (q.start, q.base.end if q.base else q.end), figures, said[sentence]
        ),
    )


_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_AS_OF = regex.compile(
    rf"\b[Aa]s of (?:(?:{_WEEKDAYS})|[A-Z][a-z]{{2,8}}\.? \d{{1,2}}(?:, \d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})"
)


Source = tuple[int, int, str]
"""Where a source's mention starts and ends in the text, and the source as written."""


def sources(text: str, s: int, e: int) -> tuple[Source, ...]:
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
    found: tuple[Source, ...] | None = None,
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


def _source(found: Source) -> str:
    return " ".join(found[2].split())


@cache
def _units():
    import pint  # loaded on first use: most runs never convert a duration

    return pint.UnitRegistry()


def _convert(value: Value, unit: str, target: str) -> Value:
    if unit == target:
        return value
    if target == "day" and unit in UNIT_DAYS:
        factor = UNIT_DAYS[unit]  # the calendar convention: a month of 30 days, a year of 365
    else:
        factor = _units().Quantity(1, unit).to(target).magnitude

    def scaled(b):
        return None if b is None else round(b * factor, 4) if (b * factor) % 1 else int(b * factor)

    return Value(low=scaled(value.low), high=scaled(value.high), qualifier=value.qualifier)
