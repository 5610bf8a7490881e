"""Whether a figure is asserted as fact. A conditional ("if 50 hostages were released") or a negation
("did not release 33 hostages") in the figure's clause gives no claim; a possibility or a plan ("could
kill thousands", "would displace a million", "will release 33 hostages", "agreed to free 1,900") gives a
claim whose frame's mood is "proposal", compared only with other proposals.

The clause is the stretch between the nearest clause marks (, ; : ( ) – —) around the figure, so "The
ministry, which could not verify every death, said 40,000 were killed" keeps its figure. The hedge a
figure carries ("no fewer than 40,000") is part of the figure, not a negation. An epistemic "may" about
a state ("20 hostages may still be alive") is an estimate, not a hypothetical, and is kept.
"""

from __future__ import annotations

import regex

from .records import Quantity

_ACTIONS = (
    r"(?:kill|die|displace|flee|release|free|return|leave|cost|claim|lose|starve|face|rise|reach|top|exceed"
    r"|double|climb|surpass|see|be\s+(?:killed|displaced|released|freed|forced|returned|exchanged))\b"
)
_CONDITIONAL = regex.compile(r"\b(?:if|unless|whether|in\s+case|in\s+the\s+event|assuming|suppose)\b", regex.I)
_MODAL = r"could|would|might|may|will|shall|'ll"
# A modal before an action ("could kill"), not before a perfect or a state ("may have died", "may still be alive").
_POSSIBLE_AFTER = regex.compile(
    rf"\b(?:could|would|will|shall|'ll)\s+(?!have\b|'ve\b|still\b|be\s+(?:alive|dead|held|among)\b)\w+"
    rf"|\b(?:may|might)\s+(?!have\b|'ve\b)(?:\w+\s+){{0,2}}?{_ACTIONS}"
    rf"|\b(?:due|set|slated|expected|scheduled|planned)\s+to\s+{_ACTIONS}",
    regex.I,
)
# Before the figure an infinitive is a plan too: "agreed to release 33 hostages", "threatens to displace".
_POSSIBLE_BEFORE = regex.compile(
    rf"\b(?:(?:{_MODAL})\s+(?!have\b|'ve\b)(?:\w+\s+){{0,2}}?|(?:to|threaten(?:s|ed|ing)?\s+to|risk(?:s|ed|ing)?)\s+)"
    rf"{_ACTIONS}",
    regex.I,
)
REACH = 60
"""How far before a figure (in characters) a cue of possibility or plan is looked for."""
_NEGATION = regex.compile(r"\b(?:not|never|no\s+longer|n't|nor|neither)\b|\w+n['’]t\b", regex.I)
_CLAUSE_MARK = regex.compile(r"[,;:()–—\[\]]")


PROPOSAL = "proposal"
SUPERSEDED = "superseded"

_HEDGE = (
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|an\s+estimated|more\s+than|over|at\s+least"
    r"|fewer\s+than|less\s+than|up\s+to)\s+)?"
)
_CHANGED = regex.compile(
    r"\b(?:revis\w*|lower\w*|rais\w*|updat\w*|correct\w*|adjust\w*|cut|reduc\w*|amend\w*|"
    r"r[oi]se|risen|climb\w*|increas\w*|jump\w*|fell|fallen|drop\w*|decreas\w*|chang\w*)\b",
    regex.I,
)
_FROM_TO = regex.compile(rf"\bfrom\s+{_HEDGE}$", regex.I)
_DOWN_FROM = regex.compile(rf"\b(?:down|up|revised\s+(?:down|up)?)\s+from\s+{_HEDGE}$", regex.I)
_TO_NEXT = regex.compile(r"\s*(?:[\w-]+\s+){0,2}?to\s+", regex.I)
_EARLIER = regex.compile(
    r"\b(?:previously|initially|originally|at\s+first|earlier|had)\s+(?:\w+\s+){0,2}?"
    r"(?:said|say|reported|put|gave|given|estimated|announced|counted|claimed)\b|"
    r"\b(?:an?\s+|the\s+|its\s+)?(?:earlier|initial|original|previous|first|old)\s+(?:death\s+)?"
    r"(?:toll|tally|figure|estimate|count|number)\b",
    regex.I,
)


def superseded(text: str, sentence: tuple[int, int], q: Quantity) -> bool:
    """Whether the figure is an earlier value the sentence says was replaced: "revised down ... from 1,400 to
    about 1,200", "down from more than 1,400", "officials had said that 1,400 were killed", "an earlier toll of
    210". Such a figure was true (or official) before; it is no claim about now."""
    s, _ = sentence
    before = text[max(s, q.start - 40) : q.start]
    if _DOWN_FROM.search(before):
        return True
    if _FROM_TO.search(before) and _TO_NEXT.match(text, q.end) and _CHANGED.search(text, s, q.start):
        return True
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, s, q.start)]
    return bool(_EARLIER.search(text, max(marks[-1] if marks else s, q.start - 120), q.start))


def mood(text: str, sentence: tuple[int, int], q: Quantity) -> str | None:
    """How the figure ``q`` in ``text`` (inside ``sentence``) is stated: "fact", PROPOSAL, or None when
    it is conditional or negated."""
    s, e = sentence
    if q.kind in ("date", "daterange"):
        return "fact"  # the day of an event is stated as such even in a sentence about a plan
    before = [m.end() for m in _CLAUSE_MARK.finditer(text, s, q.start)]
    start = before[-1] if before else s
    after = _CLAUSE_MARK.search(text, q.end, e)
    end = after.start() if after else e
    if _CONDITIONAL.search(text, start, q.start) or _NEGATION.search(text, start, q.start):
        return None
    if _POSSIBLE_BEFORE.search(text, max(start, q.start - REACH), q.start) or _POSSIBLE_AFTER.search(text, q.end, end):
        return PROPOSAL
    return "fact"
