"""The vocabulary rules declare, and the engine reads claims with: what is counted (measures), who
(groups), where (places), over which window, in which event.

A rule lists phrases, never patterns: "killed", "death toll", "Gaza Strip". Phrases match whole words,
ignoring case; a space in a phrase matches any run of white space. ``Lexicon`` gathers every rule's
vocabulary into the alternations the engine (framing.py) runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import regex

MetricKind = Literal["cumulative", "fixed", "level", "per_event"]


@dataclass(frozen=True)
class Measure:
    """A thing counted, and the ways news says it. ``after``: phrases that follow the figure ("N were
    killed", "N deaths"); ``before``: verbs that precede it ("killed N"); ``of``: nouns followed by "of" and
    the figure ("the deaths of N"); ``toll``: nouns that are the count itself ("the death toll rose to N");
    ``adjectives``: words between the figure and the people counted ("N injured Palestinians")."""

    name: str
    kind: MetricKind
    unit: str = "persons"
    after: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    of: tuple[str, ...] = ()
    toll: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    """When set, the measure applies only to these groups ("alive" only to hostages); the first is the group
    it implies when none is named ("kidnapped N" counts hostages)."""
    key: str | None = None
    """The measure's part of a key when it is not its name: "hostages.taken" for "taken"."""
    keys: tuple[tuple[str, str], ...] = ()
    """The key part by group, where the group names a family: (("hostages", "hostages.released"), ...)."""
    state: bool = False
    """A state at the time of writing (held, alive, dead in captivity): no event or incident is its window."""


@dataclass(frozen=True)
class Group:
    """Who is counted. ``nouns`` name them after a figure ("N children"); ``context`` phrases in the figure's
    clause make the counted people this group ("near aid distribution sites": aid seekers). ``measure`` is
    what a bare count of them means ("48 hostages": held); ``place`` where a demonym puts them."""

    name: str
    nouns: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    measure: str | None = None
    place: str | None = None
    default: bool = False
    """The whole population: counted, but no part of a key ("people", "Palestinians")."""
    measures: tuple[str, ...] = ()
    """When set, the only measures that can count this group (hostages are never refugees)."""
    of_the_war: bool = False
    """Counted where the war is, whatever place the clause names (hostages "freed next week if talks in Cairo
    succeed" are the Gaza war's): the document's theatre, when it has one."""
    nationals: tuple[str, ...] = ()
    """Nationalities (as keys name them: "palestinians") that are this group when a measure needs a group and
    the text names only the people ("the release of 150 Palestinians": prisoners)."""
    things: bool = False
    """Not people (homes, bridges, livestock): a count of them is no part of the measure's count of people, so
    "1,108 livestock" killed is never set against a flood's 707 dead."""


@dataclass(frozen=True)
class Place:
    """A territory (``within`` None) or a city, camp or region inside one. ``names`` as written ("Gaza
    Strip", "the enclave"), ``people`` its demonyms ("Gazans"), which place a figure less surely than a name."""

    name: str
    names: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    within: str | None = None
    hints: tuple[str, ...] = ()
    """Words that suggest the place only when nothing else names one ("Palestinians": Gaza, or the West Bank)."""


@dataclass(frozen=True)
class Event:
    """A named event a figure can belong to ("the October 7 attack"). ``cues`` are phrases that name it near a
    figure; ``place`` is where it happened (its tolls are that place's); ``date`` is its day, when fixed;
    ``topic`` the words a document must hold for the event to apply (it belongs to one conflict)."""

    name: str
    cues: tuple[str, ...] = ()
    place: str | None = None
    date: dt.date | None = None
    topic: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    """Nouns that name the event as a thing that lasts or happens on a day ("truce", "ceasefire"):
    a duration or date attached to one is the event's."""
    tolls: bool = False
    """Whether figures of the event are a series of their own, named by its nouns near them ("the earthquake
    killed 2,000": ``killed.afghanistan.quake``), not a war's running toll."""
    theatre: str | None = None
    """Where the war the event started is fought: the place of its truces, sieges and durations when the text
    names none (the October 7 attack: Gaza)."""
    measures: tuple[str, ...] = ()
    """Measures whose counts in the event's place are the event's, in a document about it, unless a window or
    another event says otherwise (killed in Israel: the October 7 attack)."""
    places: tuple[str, ...] = ()
    """The places of the war the event belongs to: its theatre and default counts hold only in documents mainly
    about one of them (not in a Lebanon, Yemen or Iran article that mentions Gaza)."""
    generic: bool = False
    """Whether the event's nouns ("agreement", "deal") are another event's when the sentence names that one ("the
    ceasefire ... beyond the initial six-day agreement": the truce's length)."""
    agreed: bool = False
    """Whether the event's length is a term agreed or set (a truce, a plan, a deadline), not counted from its start:
    "ten days after the ceasefire" says when, not how long the ceasefire is."""


@dataclass(frozen=True)
class Window:
    """A span of time a figure counts over, named by ``cues`` in its clause ("in the past 24 hours")."""

    name: str
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    """What one rule adds to the lexicon."""

    measures: tuple[Measure, ...] = ()
    groups: tuple[Group, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    windows: tuple[Window, ...] = ()
    causes: tuple[Window, ...] = ()
    """Causes of death or harm ("of malnutrition"), named like windows by cues in the clause."""

    def __bool__(self) -> bool:
        return any((self.measures, self.groups, self.places, self.events, self.windows, self.causes))


def trie(words) -> str:
    """A regex alternation of ``words`` shaped as a trie, which the engine scans far faster."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [regex.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            body = f"(?:{body})?" if len(alts) > 1 or len(body) > 1 else body + "?"
        return body

    return emit(tree)


def phrases(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, whole words, white space loose; a ``*`` in a phrase is
    any one word, or none ("an * strike": "an airstrike"? no: "an Israeli strike", "an strike")."""
    alts = sorted({w.strip().lower() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    if not alts:
        return r"(?!)"
    words_only = [w for w in alts if w[0].isalnum() and w[-1].isalnum() and "*" not in w.split()]
    others = [w for w in alts if w not in words_only]
    parts = []
    if words_only:  # one trie inside one boundary check: the engine tries a few letters per position, not every phrase
        parts.append(r"(?<![\w])(?:" + trie(words_only).replace("\\ ", r"\s+").replace("'", "['’]") + r")(?![\w])")
    parts += [_phrase(w) for w in others]
    return "(?:" + "|".join(parts) + ")"


_APOSTROPHE = regex.compile("['’]")


def _phrase(w: str, bounds: bool = True) -> str:
    body = r"\s+".join(_APOSTROPHE.sub("['’]", regex.escape(part)) if part != "*" else "*" for part in w.split())
    body = body.replace(r"\s+*\s+", r"\s+(?:[\w'’-]+\s+)?")
    if not bounds:
        return body
    start = r"(?<![\w])" if w[0].isalnum() else ""
    end = r"(?![\w])" if w[-1].isalnum() else ""
    return start + body + end


def normal(text: str) -> str:
    """A phrase as the lexicon keys it: lower case, single spaces, straight apostrophes."""
    return " ".join(text.lower().replace("’", "'").split())


class Index(dict):
    """Phrase (as ``normal`` writes it) -> the names it stands for; a matched text that is no phrase as such
    is tried against the phrases with a ``*``."""

    def __init__(self) -> None:
        super().__init__()
        self.wild: list[tuple[regex.Pattern, list[str]]] = []

    def __missing__(self, text: str) -> list[str]:
        for pattern, names in self.wild:
            if pattern.fullmatch(text):
                return names
        raise KeyError(text)


@dataclass(frozen=True)
class Lexicon:
    """Every rule's vocabulary, gathered, with lookups from a matched phrase to what it names."""

    measures: tuple[Measure, ...] = ()
    groups: tuple[Group, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    windows: tuple[Window, ...] = ()
    causes: tuple[Window, ...] = ()
    by_measure: dict[str, Measure] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, vocabularies: Iterable[Vocabulary]) -> Lexicon:
        vs = list(vocabularies)
        measures = tuple(m for v in vs for m in v.measures)
        return cls(
            measures,
            tuple(g for v in vs for g in v.groups),
            tuple(p for v in vs for p in v.places),
            tuple(e for v in vs for e in v.events),
            tuple(w for v in vs for w in v.windows),
            tuple(c for v in vs for c in v.causes),
            {m.name: m for m in measures},
        )

    def _index(self, pairs: Iterable[tuple[str, str]]) -> Index:
        out = Index()
        for phrase, name in pairs:
            names = out.setdefault(normal(phrase), [])
            if name not in names:
                names.append(name)
            if "*" in phrase:
                out.wild.append((regex.compile(_phrase(normal(phrase)), regex.I), names))
        return out

    @cached_property
    def after(self) -> Index:
        return self._index((p, m.name) for m in self.measures for p in m.after)

    @cached_property
    def before(self) -> Index:
        return self._index((p, m.name) for m in self.measures for p in m.before)

    @cached_property
    def of_nouns(self) -> Index:
        return self._index((p, m.name) for m in self.measures for p in m.of)

    @cached_property
    def tolls(self) -> Index:
        return self._index((p, m.name) for m in self.measures for p in m.toll)

    @cached_property
    def wholes(self) -> Index:
        """Nouns that name a whole of which parts are then given ("the victims", "the dead", "those killed")."""
        return self._index(
            (p, m.name)
            for m in self.measures
            for p in (*m.toll, *m.after)
            if " " not in p.strip()
            and p.endswith(("s", "dead", "injured", "wounded", "missing"))
            and not p.endswith("ss")
        )

    @cached_property
    def adjectives(self) -> Index:
        return self._index((p, m.name) for m in self.measures for p in m.adjectives)

    @cached_property
    def nouns(self) -> Index:
        return self._index((p, g.name) for g in self.groups for p in g.nouns)

    @cached_property
    def group_context(self) -> Index:
        return self._index((p, g.name) for g in self.groups for p in g.context)

    @cached_property
    def by_group(self) -> dict[str, Group]:
        return {g.name: g for g in self.groups}

    @cached_property
    def place_names(self) -> Index:
        return self._index((p, pl.name) for pl in self.places for p in pl.names)

    @cached_property
    def place_people(self) -> Index:
        return self._index((p, pl.name) for pl in self.places for p in pl.people)

    @cached_property
    def demonyms(self) -> Index:
        """A people's one-word names, plural and singular ("Israelis", "Israeli") -> the nationality a key names
        ("israelis")."""
        pairs = []
        for pl in self.places:
            for word in (*pl.people, *pl.hints):
                if " " in word.strip():
                    continue
                plural = word if word.endswith(("s", "ese")) else word + "s"
                pairs.append((plural, plural.lower()))
                if not plural.endswith("ese"):
                    pairs.append((plural[:-1], plural.lower()))
        return self._index(pairs)

    @cached_property
    def place_hints(self) -> Index:
        return self._index((p, pl.name) for pl in self.places for p in pl.hints)

    @cached_property
    def place_adjectives(self) -> Index:
        """A people's name used as an adjective ("Somali children"): where the people counted are from, when it
        is said of them (not of an agent: "an Israeli strike")."""
        return self._index(
            (w[:-1], pl.name)
            for pl in self.places
            for w in pl.people
            if " " not in w and w.endswith("s") and not w.endswith("ese")
        )

    @cached_property
    def by_place(self) -> dict[str, Place]:
        out: dict[str, Place] = {}
        for p in self.places:
            out.setdefault(p.name, p)  # the first declaration of a place is its entry; later ones add words
        return out

    @cached_property
    def event_cues(self) -> Index:
        return self._index((p, e.name) for e in self.events for p in e.cues)

    @cached_property
    def event_nouns(self) -> Index:
        return self._index((p, e.name) for e in self.events for p in e.nouns)

    @cached_property
    def by_event(self) -> dict[str, Event]:
        return {e.name: e for e in self.events}

    @cached_property
    def window_cues(self) -> Index:
        return self._index((p, w.name) for w in self.windows for p in w.cues)

    @cached_property
    def cause_cues(self) -> Index:
        return self._index((p, c.name) for c in self.causes for p in c.cues)

    def territory(self, place: str) -> str:
        """The territory a place lies in (itself for a territory)."""
        seen = set()
        while place in self.by_place and self.by_place[place].within and place not in seen:
            seen.add(place)
            place = self.by_place[place].within or place
        return place
