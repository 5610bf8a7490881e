"""Documents to Claims: tag quantities, mask them, and let each rule's patterns attach a metric.

A figure gives at most one claim. Where two patterns of one rule claim the same figure, the earlier
pattern wins (rules list their specific patterns first); between rules, the longer match wins (it
saw more of the sentence), then the earlier rule by module name.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from .gate import candidates, fold, literals, words
from .modality import PROPOSAL, mood
from .quantities import TIMEOUT, chunks, share_of_base, tag
from .records import Claim, Document, Quantity, Value
from .dating import TimeMention, tells_of_past, with_date
from .rule import PLACEHOLDERS, Anchor, Hit, Pattern, Rule, Sentence
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
_ACCORDING_TO = regex.compile(r"\baccording\s+to\s+(?P<src>(?:the )?[^,.;:()“”\"]{3,80}?)(?=[,.;:()“”\"]|$| who\b| which\b)", regex.I)
_SOURCE_NOUNS = "|".join(sorted(SOURCE_NOUNS, key=len, reverse=True))
_PLACE = r"(?:\s+(?:in|of|for|at)\s+(?:the\s+)?[\p{Lu}][\w’'-]*(?:\s+[\p{Lu}][\w’'-]*){0,2})?"
_SOURCE_BEFORE = regex.compile(  # the source before its verb: the text just before the verb ends with it (from a word's start)
    r"(?<!\w)(?P<src>(?:(?:the |The )?(?:(?:[\p{Lu}][\w.’'-]*|of|for|and|in|to)\s+){0,5}?[\p{Lu}][\w.’'-]*"
    rf"|(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:{_SOURCE_NOUNS})){_PLACE})"
    rf"(?:,\s+[\p{{Lu}}][^,;.]{{1,40}},)?$"  # a name in apposition: "the ministry's spokesman, Ashraf al-Qudra, told"
)
_SOURCE_VERB = regex.compile(rf"\s+(?:has |have |had )?(?:{'|'.join(sorted(ATTRIBUTION_VERBS, key=len, reverse=True))})\b")
SOURCE_REACH = 120
"""How far before its verb (in characters) a source's name may start."""
_VERB_SOURCE = regex.compile(  # after a quotation: "..., said the head of the UN agency in Gaza."
    rf"[”\"’],?\s+(?:said|says|told reporters|added)\s+(?P<src>(?:the\s+)?(?:[\w’'-]+\s+){{0,6}}?"
    rf"(?:{_SOURCE_NOUNS}|[\p{{Lu}}][\w’'-]+)(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?)?)"
    r"(?=\s*(?:[,.;]|$|\bin\b|\bon\b))"
)


@dataclass(frozen=True)
class _Match:
    """A figure's best match so far: from a pattern, or a custom extractor's Hit (pattern None)."""

    rule: Rule
    metric: str
    quantity: Quantity
    start: int
    end: int
    sentence: tuple[int, int]
    event: str | None
    scope: str | None
    figure_kind: str
    how: str  # the pattern's regex, or "extractor"


_KIND_OF_QUANTITY = {"number": "count", "range": "count", "percent": "share", "duration": "duration", "date": "date",
                     "daterange": "date"}


def extract(doc: Document, rules: tuple[Rule, ...]) -> list[Claim]:
    """Every claim the rules find in one document, in text order, dated by the document's date."""
    return extract_with_times(doc, rules)[0]


def extract_with_times(doc: Document, rules: tuple[Rule, ...], failures: dict[str, str] | None = None
                       ) -> tuple[list[Claim], list[TimeMention]]:
    """The claims, and the dates and anchored durations the text mentions (the evidence for its date).

    The text is worked through in chunks (cut at line breaks), so memory stays bounded however large
    the document. Raises TimeoutError when a pattern runs past its limit on pathological text. A rule
    whose custom extractor raises is recorded in ``failures`` (origin -> error) and skipped from then on;
    without ``failures`` the error propagates.
    """
    text = doc.text
    pieces = chunks(text)
    folded: list[str] = []  # the chunks case-folded, made when a topic first needs them
    active = tuple(r for r in rules if r.compiled_topic is None or _mentions(text, pieces, folded, r.compiled_topic))
    anchors = tuple(a for r in rules for a in r.anchors)
    events = tuple(sorted({a.date for a in anchors}))
    claims: list[Claim] = []
    times: dict[tuple, TimeMention] = {}  # one per distinct value: a repeat is no new evidence
    # A given date (command line, manifest, metadata) is the day relative dates count from ("yesterday",
    # "last week"). Year-less dates stay open either way: with_date fixes them, known events first.
    written = doc.date.estimate if doc.date.source == "given" else None
    for start, end in pieces:
        quantities = tag(text, start, end, written, guess_years=False)
        if not quantities:
            continue
        matches, found = _matches(text, start, end, quantities, active, anchors, failures)
        for t in found:
            q = t.quantity
            times.setdefault((q.kind, q.low, q.high, q.qualifier, q.unit, t.past, t.anchor), t)
        figures = [q.start for q in quantities if q.kind in ("number", "range", "percent")]  # counts part a source
        shared: dict[tuple[int, int], str] = {}  # claims of one sentence share its text
        said: dict[tuple[int, int], tuple[Source, ...]] = {}  # and its sources, found once
        claims += [c for m in matches if (c := _claim(doc, m, figures, shared, said)) is not None]
    return with_date(claims, doc.date, events), list(times.values())


def _hits(rule: Rule, sentence: Sentence, failures: dict[str, str] | None) -> list[Hit]:
    """A custom extractor's hits for one sentence; a failure is recorded (or raised) and gives none."""
    try:
        hits = list(rule.extractor(sentence))
        for h in hits:
            if h.metric not in {m.key for m in rule.metrics} or not (h.start <= h.quantity.start < h.quantity.end <= h.end):
                raise ValueError(f"hit {h!r} has an undeclared metric or a quote that does not hold its figure")
        return hits
    except Exception as e:
        if failures is None:
            raise
        failures.setdefault(rule.origin, f"{rule.code}: the extractor raised {type(e).__name__}: {e}")
        return []


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


def _matches(text: str, start: int, end: int, quantities: list[Quantity], rules: tuple[Rule, ...],
             anchors: tuple[Anchor, ...] = (), failures: dict[str, str] | None = None
             ) -> tuple[list[_Match], list[TimeMention]]:
    """The best pattern match for each figure of one chunk, in text order (offsets are absolute), and the
    chunk's dates and anchored durations. Only the blocks of lines that hold a quantity are split into
    sentences and masked, and a pattern is tried only on sentences holding one of its words."""
    by_start = {q.start: q for q in quantities}
    matches: dict[int, _Match] = {}  # figure start -> the best match for it
    times: list[TimeMention] = []
    regexes = tuple(p.compiled.pattern for p in (*(p for r in rules for p in r.patterns), *anchors))
    for base, stop, inside in _blocks(text, start, end, quantities):
        masked = _mask(text, base, stop, inside)  # masked[i] stands for text[base + i]
        spans = sentences(text, base, stop)
        in_sentence: dict[int, list[Quantity]] = {}  # sentence index -> its quantities
        starts = [s for s, _ in spans]
        for q in inside:
            i = bisect.bisect_right(starts, q.start) - 1
            if i >= 0 and q.start < spans[i][1]:
                in_sentence.setdefault(i, []).append(q)
        for i, here in sorted(in_sentence.items()):
            s, e = spans[i]
            kinds = {_MASK_OF_KIND[q.kind] for q in here}
            allowed = candidates(text[s:e], regexes)
            past = tells_of_past(text, s, e)
            times += [TimeMention(q, past) for q in here if q.kind in ("date", "daterange")]
            if PLACEHOLDERS["duration"] in kinds:
                for k, anchor in enumerate(anchors, start=len(regexes) - len(anchors)):
                    if k not in allowed:
                        continue
                    for m in anchor.compiled.finditer(masked, s - base, e - base, timeout=TIMEOUT):
                        q = by_start.get(base + m.start("figure"))
                        if q is not None:
                            times.append(TimeMention(q, past, anchor))
            previous: int | None | bool = spans[i - 1][0] if i > 0 else False  # False: not looked for yet
            k = -1  # the position of each pattern in regexes
            for rule in rules:
                if rule.extractor is not None and not (failures is not None and rule.origin in failures):
                    for hit in _hits(rule, Sentence(text[s:e], s, e, tuple(here)), failures):
                        scope = hit.scope if hit.scope == PROPOSAL else _scope(text, (s, e), hit.quantity, hit.scope)
                        if scope is False:
                            continue
                        old = matches.get(hit.quantity.start)
                        if old is None or (old.rule is not rule and hit.end - hit.start > old.end - old.start):
                            matches[hit.quantity.start] = _Match(rule, hit.metric, hit.quantity, hit.start, hit.end,
                                                                 (s, e), hit.event, scope,
                                                                 _KIND_OF_QUANTITY[hit.quantity.kind], "extractor")
                for pattern in rule.patterns:
                    k += 1
                    mask = PLACEHOLDERS[pattern.figure_kind]
                    if k not in allowed or mask not in kinds:
                        continue
                    if pattern.figure_first:  # try it only where such a figure starts
                        found = (pattern.compiled.match(masked, q.start - base, e - base, timeout=TIMEOUT)
                                 for q in here if _MASK_OF_KIND[q.kind] == mask)
                    else:
                        found = pattern.compiled.finditer(masked, s - base, e - base, timeout=TIMEOUT)
                    for m in found:
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
                        scope = pattern.scope if pattern.scope == PROPOSAL else _scope(text, (s, e), q, pattern.scope)
                        if scope is False:
                            continue  # "if 50 hostages were released", "did not release 33"
                        old = matches.get(q.start)
                        if old is None or (old.rule is not rule and m_end - m_start > old.end - old.start):
                            matches[q.start] = _Match(rule, pattern.metric, q, m_start, m_end, (s, e), pattern.event,
                                                      scope, pattern.figure_kind, pattern.regex)
    return sorted(matches.values(), key=lambda m: m.start), times


def _blocks(text: str, start: int, end: int, quantities: list[Quantity]
            ) -> Iterator[tuple[int, int, list[Quantity]]]:
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


def _scope(text: str, sentence: tuple[int, int], q: Quantity, scope: str | None) -> str | None | bool:
    """The claim's scope: the pattern's, or "proposal" for a plan or a possibility; False for a
    conditional or negated figure, which gives no claim (see modality.py)."""
    how = mood(text, sentence, q)
    return False if how is None else PROPOSAL if how == PROPOSAL else scope


_WHITESPACE = regex.compile(r"\s")


def _mask(text: str, start: int, end: int, quantities: list[Quantity]) -> str:
    """text[start:end] with each quantity replaced by its placeholder character and white space folded
    to spaces, lengths unchanged: what rule patterns run over."""
    parts, last = [], start
    for q in quantities:
        parts.append(text[last:q.start])
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


def _claim(doc: Document, m: _Match, figures: list[int], shared: dict[tuple[int, int], str] | None = None,
           said: dict[tuple[int, int], tuple[Source, ...]] | None = None
           ) -> Claim | None:
    metric = m.rule.metric(m.metric)
    q = m.quantity
    if q.low is None and q.high is None:
        return None  # "a small percentage": a share with no figure is no claim
    value = q.value
    if m.figure_kind == "share" and metric.unit != "%":
        counted = share_of_base(q)
        if counted is None:
            return None  # a share of nothing named cannot become a count
        qualifier = "approx" if q.qualifier in ("exact", "approx") else q.qualifier
        value = Value(low=counted[0], high=counted[1], qualifier=qualifier)
    elif m.figure_kind == "duration":
        value = _convert(value, q.unit or metric.unit, metric.unit)
    span = doc.source_map.span(m.start, m.end)
    s, e = m.sentence
    if said is not None and m.sentence not in said:
        said[m.sentence] = sources(doc.text, s, e)
    named = said[m.sentence] if said is not None else None
    tail = _CLAUSE_END.search(doc.text, m.end, e)
    head = max((b.end() for b in _CLAUSE_END.finditer(doc.text, s, m.start)), default=s)
    clause = doc.text[head:tail.start() if tail else e]  # the figure's own clause
    scope, as_of_text = m.scope, None
    explicit = _AS_OF.search(doc.text, s, e)  # "as of Sunday" speaks for the whole sentence
    if explicit:
        as_of_text = explicit.group()
    if metric.kind == "cumulative":
        if _DAILY.search(clause):
            scope = "daily"  # a day's increment, not the running total
        elif (since := _SINCE.search(clause)) and not _is_metric_start(since["when"], metric):
            scope = f"since {since['when']}"  # a partial window, not the total since the metric's start
    return Claim(
        id=f"{doc.id}:{span.line}:{span.column}:{metric.key}",
        document=doc.id,
        rule=m.rule.code,
        pattern=m.how,
        metric=metric.key,
        value=value,
        unit=metric.unit,
        quote=doc.text[m.start:m.end],
        figure=q.text,
        sentence=shared.setdefault((s, e), doc.text[s:e]) if shared is not None else doc.text[s:e],
        span=span,
        as_of_text=as_of_text,
        event=m.event,
        scope=scope,
        attributed_to=attribution(doc.text, m.sentence, (q.start, q.base.end if q.base else q.end), figures, named),
    )


_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_AS_OF = regex.compile(rf"\b[Aa]s of (?:(?:{_WEEKDAYS})|[A-Z][a-z]{{2,8}}\.? \d{{1,2}}(?:, \d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})")
_DAILY = regex.compile(r"\b(?:in|over|during|within) (?:the (?:past|last|previous) )?(?:24|48|twenty-four|forty-eight) hours"
                       r"|\b(?:in|over) the (?:past|last) day\b|\bovernight\b|\bin a single day\b",
                       regex.I)
_SINCE = regex.compile(r"\bsince (?P<when>(?:[A-Z][a-z]{2,8}\.?(?: \d{1,2})?(?:,? \d{4})?|\d{4}))\b")


def _is_metric_start(when: str, metric) -> bool:
    """Whether "since <when>" names the metric's own start ("since October 2023" for the war's toll)."""
    if metric.start is None:
        return True
    found = [q for q in tag(when, 0, len(when)) if q.kind in ("date", "daterange")]
    if not found or not isinstance(found[0].low, str):
        return True  # "since the truce" and the like are left to the patterns
    low = found[0].low
    if low.startswith("--"):
        return int(low[2:4]) == metric.start.month
    day = dt.date.fromisoformat(low)
    return (day.year, day.month) == (metric.start.year, metric.start.month)


Source = tuple[int, int, str]
"""Where a source's mention starts and ends in the text, and the source as written."""


def sources(text: str, s: int, e: int) -> tuple[Source, ...]:
    """The sources named in the sentence text[s:e]: "according to X", "X said", "…,” said X"."""
    found = [(m.start(), m.end(), m["src"]) for p in (_ACCORDING_TO, _VERB_SOURCE)
             for m in p.finditer(text, s, e, timeout=TIMEOUT)]
    for verb in _SOURCE_VERB.finditer(text, s, e, timeout=TIMEOUT):
        m = _SOURCE_BEFORE.search(text, max(s, verb.start() - SOURCE_REACH), verb.start(), timeout=TIMEOUT)
        if m:
            found.append((m.start(), verb.end(), m["src"]))
    return tuple(sorted(found))


def attribution(text: str, sentence: tuple[int, int], figure: tuple[int, int], figures: list[int],
                found: tuple[Source, ...] | None = None) -> str | None:
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
    between = figures[bisect.bisect_left(figures, figure[1]):bisect.bisect_left(figures, first[0])]
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
