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

_ACTIONS = (r"(?:kill|die|displace|flee|release|free|return|leave|cost|claim|lose|starve|face|rise|reach|top|exceed"
            r"|double|climb|surpass|see|be\s+(?:killed|displaced|released|freed|forced|returned|exchanged))\b")
_CONDITIONAL = regex.compile(r"\b(?:if|unless|whether|in\s+case|in\s+the\s+event|assuming|suppose)\b", regex.I)
_MODAL = r"could|would|might|may|will|shall|'ll"
# A modal before an action ("could kill"), not before a perfect or a state ("may have died", "may still be alive").
_POSSIBLE_AFTER = regex.compile(
    rf"\b(?:could|would|will|shall|'ll)\s+(?!have\b|'ve\b|still\b|be\s+(?:alive|dead|held|among)\b)\w+"
    rf"|\b(?:may|might)\s+(?!have\b|'ve\b)(?:\w+\s+){{0,2}}?{_ACTIONS}"
    rf"|\b(?:due|set|slated|expected|scheduled|planned)\s+to\s+{_ACTIONS}", regex.I)
# Before the figure an infinitive is a plan too: "agreed to release 33 hostages", "threatens to displace".
_POSSIBLE_BEFORE = regex.compile(
    rf"\b(?:(?:{_MODAL})\s+(?!have\b|'ve\b)(?:\w+\s+){{0,2}}?|(?:to|threaten(?:s|ed|ing)?\s+to|risk(?:s|ed|ing)?)\s+)"
    rf"{_ACTIONS}", regex.I)
REACH = 60
"""How far before a figure (in characters) a cue of possibility or plan is looked for."""
_NEGATION = regex.compile(r"\b(?:not|never|no\s+longer|n't|nor|neither)\b|\w+n['’]t\b", regex.I)
_CLAUSE_MARK = regex.compile(r"[,;:()–—\[\]]")


PROPOSAL = "proposal"


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
