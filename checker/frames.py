"""Frames to metric keys: one grammar, so the same frame gives the same key in every document.

    key = measure "." place [ "." subplace ] [ "." group ] [ "." nationality ] [ "." cause ]
          [ "." window | "." event ]

A frame that is exactly what a declared metric counts (its ``frame``) takes that metric's key: the 17
built-in keys (``killed.gaza``, ``hostages.held``, ...) predate the grammar and keep their names. Any
other frame gets the key the grammar builds, and a metric made for it, so no figure is dropped. See
docs/keys.md for the vocabulary.
"""

from __future__ import annotations

from functools import cache

from .lexicon import Lexicon
from .records import Frame
from .rule import ANY, Metric
from .rule import FRAME_PARTS as PARTS

WINDOWED = frozenset({"24h", "48h", "day", "week", "month", "since", "incident", "exchange", "daily"})
"""Windows that make a figure one part of a series: compared only within the same event."""
NOT_IN_KEY = frozenset({"exchange", "total"})
"""Windows a key does not name: a release is of one exchange or of all; which one is the frame's business."""


def measure_part(frame: Frame, lexicon: Lexicon) -> str:
    """The measure's part of a key: "hostages.released" for released hostages, "killed" for killed."""
    m = lexicon.by_measure.get(frame.measure)
    if m is None:
        return frame.measure
    for group, part in m.keys:
        if frame.group == group:
            return part
    return m.key or m.name


def derived_key(frame: Frame, lexicon: Lexicon, unit: str | None = None) -> str:
    """The key the grammar builds for a frame (no declared metric consulted)."""
    head = measure_part(frame, lexicon)
    measure = lexicon.by_measure.get(frame.measure)
    group = _group_part(frame, head, lexicon)
    time = frame.window if frame.window and frame.window not in NOT_IN_KEY else frame.event
    aid_unit = (
        unit if measure is not None and measure.name == "aid" and unit not in (None, "persons", "count") else None
    )
    parts = [head, frame.place, frame.subplace, group, frame.nationality, frame.cause, time, aid_unit]
    return ".".join(p.replace(" ", "_") for p in parts if p)


def _group_part(frame: Frame, head: str, lexicon: Lexicon) -> str | None:
    """The group a key names: none for the whole population, for what the measure counts by its nature
    (strikes, aid trucks), for the group a measure's key implies, or one its head already names."""
    measure = lexicon.by_measure.get(frame.measure)
    implied = measure.groups[0] if measure and measure.groups and (measure.key or measure.keys) else None
    group = frame.group
    known = lexicon.by_group.get(group) if group else None
    if known is not None and (known.default or (measure is not None and known.measure == measure.name)):
        return None
    return group if group and group != implied and not head.startswith(group + ".") else None


def matches(metric: Metric, frame: Frame) -> bool:
    """Whether a frame is exactly what a declared metric counts: every part it names equal (ANY: any value),
    every part it leaves out the default."""
    want = dict(metric.frame or ())
    if not want:
        return False
    for part in PARTS:
        have = getattr(frame, part)
        need = want.get(part)
        if need == ANY or isinstance(need, tuple) and have in need:
            continue
        if have != need:
            return False
    return True


def key_of(frame: Frame, lexicon: Lexicon, declared: tuple[Metric, ...], unit: str | None = None) -> str:
    """The frame's key: a declared metric's when it is exactly that metric's frame, else the grammar's."""
    for metric in declared:
        if matches(metric, frame):
            return metric.key
    return derived_key(_without_free_places(frame, lexicon, declared), lexicon, unit)


def _without_free_places(frame: Frame, lexicon: Lexicon, declared: tuple[Metric, ...]) -> Frame:
    """A part of a declared metric that counts over several places (hostages: Gaza, Israel or none named) names
    no place either: "hostages.held_alive.israelis" whatever place its sentence names, as its whole
    "hostages.held_alive" does; so does any count of a group every declared metric of which counts over several
    places ("hostages.rescued")."""
    wants = _declared_over(frame, lexicon, declared)
    if not wants or not all(_free(want.get("place"), frame.place) for want in wants):
        return frame
    subplace_free = all(_free(want.get("subplace"), frame.subplace) for want in wants)
    return frame.model_copy(update={"place": None, **({"subplace": None} if subplace_free else {})})


def _declared_over(frame: Frame, lexicon: Lexicon, declared: tuple[Metric, ...]) -> list[dict]:
    """The frames of the declared metrics a frame is a part of (its whole's, the whole counted by the measure's
    group: "hostages" for "held"), else of those that count its group ("hostages" for "rescued")."""
    measure = lexicon.by_measure.get(frame.measure)
    groups = measure.groups if measure is not None else ()
    counted = frame.group if frame.group in groups else groups[0] if groups else None  # (prisoners stay prisoners)
    whole = Frame(**{**frame.model_dump(), "group": counted, "nationality": None, "cause": None})
    wants = [dict(m.frame) for m in declared if m.frame and matches(m, whole)]
    if not wants and frame.group is not None:
        wants = [dict(m.frame) for m in declared if m.frame and dict(m.frame).get("group") == frame.group]
    return wants


def _free(wanted: object, have: str | None) -> bool:
    """Whether a declared metric's part leaves a value open: any value, or one of several."""
    return wanted == ANY or isinstance(wanted, tuple) and have in wanted


def derived_metric(key: str, frame: Frame, lexicon: Lexicon, unit: str, declared: tuple[Metric, ...] = ()) -> Metric:
    """A metric for a key the grammar built: its kind from the measure's, narrowed by the frame (one day's,
    one incident's or one exchange's count is per event; a count of one fixed event is fixed). A part (one
    group, one city) is at most its whole: the same frame without them ("killed.gaza.children" at most
    "killed.gaza")."""
    measure = lexicon.by_measure.get(frame.measure)
    kind = measure.kind if measure else "per_event"
    if frame.window in WINDOWED:
        kind = "per_event"
    elif frame.event and kind == "cumulative":
        kind = "fixed"
    at_most = _whole_key(key, frame, lexicon, unit, declared)
    described = ", ".join(f"{p} {getattr(frame, p)}" for p in PARTS if getattr(frame, p))
    return Metric(key, unit, kind, f"Derived from the frame: {described}.", at_most=at_most)


def _whole_key(key: str, frame: Frame, lexicon: Lexicon, unit: str, declared: tuple[Metric, ...]) -> str | None:
    """The key of the whole a part's frame is at most (the same frame without its group, city or nationality),
    or None: no part, a date or duration, things counted beside people (livestock is no part of a toll)."""
    measure = lexicon.by_measure.get(frame.measure)
    if not (frame.group or frame.subplace or frame.nationality) or measure is None:
        return None
    if measure.name in ("date", "duration"):
        return None
    whole = Frame(**{**frame.model_dump(), "group": None, "subplace": None, "nationality": None, "mood": "fact"})
    implied = measure.groups[0] if measure.groups else None
    group = lexicon.by_group.get(frame.group) if frame.group else None
    if (frame.group is not None and frame.group == implied) or (group is not None and group.things):
        return None
    whole_key = key_of(whole.model_copy(update={"group": implied}) if implied else whole, lexicon, declared, unit)
    return whole_key if whole_key != key else None


def metrics_for(claims, lexicon: Lexicon, declared: tuple[Metric, ...]) -> dict[str, Metric]:
    """The metrics of claims whose keys no rule declares, each derived from a claim's frame (and the wholes
    they are part of, so a part can be checked against its whole)."""
    known = {m.key for m in declared}
    out: dict[str, Metric] = {}
    for c in claims:
        if c.metric not in known and c.metric not in out:
            out[c.metric] = derived_metric(c.metric, c.frame, lexicon, c.unit, declared)
    return out


@cache
def headline(declared: tuple[Metric, ...]) -> frozenset[str]:
    """The keys of declared metrics."""
    return frozenset(m.key for m in declared)
