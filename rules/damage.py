"""Damage: buildings, homes, hospitals and schools destroyed or damaged, and hospitals still working, in any
war or disaster."""

import dataclasses

from checker.lexicon import Group, Measure, Vocabulary
from checker.rule import Example, Rule

_THINGS = ("hospitals", "health_centres", "schools", "homes", "buildings", "mosques", "churches", "ambulances", "infrastructure")
DAMAGE = (
    Measure("destroyed", "cumulative", unit="count", groups=_THINGS,
            after=("destroyed", "razed", "flattened", "levelled", "leveled", "reduced to rubble", "collapsed",
                   "damaged or destroyed", "destroyed or damaged", "demolished", "swept away", "washed away",
                   "completely destroyed", "totally destroyed", "sunk", "sank", "burned", "burnt", "lost"),
            before=("destroyed", "destroying", "razed", "flattened", "demolished"),
            of=("destruction",)),
    Measure("damaged", "cumulative", unit="count", groups=_THINGS,
            after=("damaged", "partially damaged", "badly damaged", "severely damaged", "hit", "struck", "attacked",
                   "affected by"),
            before=("damaged", "damaging")),
    Measure("functioning", "level", unit="count", groups=_THINGS,
            after=("functioning", "partially functioning", "operational", "partially operational", "still functioning",
                   "remain functional", "functional", "still working", "still open", "remain open"),
            adjectives=("functioning", "operational", "working")),
    Measure("out_of_service", "level", unit="count", groups=_THINGS,
            after=("out of service", "forced out of service", "put out of service", "out of action", "non-functional", "shut down", "forced to close", "closed",
                   "not functioning", "no longer functioning", "inoperable", "stopped working", "ceased operating",
                   "ceased functioning", "out of operation"),
            before=("rendering", "knocked out", "shut down")),
)
DAMAGE_GROUPS = tuple(dataclasses.replace(g, things=True) for g in (
    Group("hospitals", ("hospitals", "hospital", "health facilities", "medical facilities", "health care facilities",
                        "healthcare facilities")),
    Group("health_centres", ("health centres", "health centers", "clinics", "primary health care centres",
                             "primary care centres", "primary care centers", "primary health care centers",
                             "health points", "healthcare centres", "healthcare centers", "dispensaries",
                             "primary healthcare centres", "primary healthcare centers", "medical points")),
    Group("schools", ("schools", "school buildings", "universities")),
    Group("homes", ("homes", "houses", "housing units", "residential units", "dwellings", "apartments")),
    Group("buildings", ("buildings", "structures", "residential buildings", "towers", "high-rises")),
    Group("mosques", ("mosques", "places of worship")),
    Group("churches", ("churches",)),
    Group("infrastructure", ("bridges", "roads", "power stations", "water facilities", "water wells", "wells",
                             "bakeries", "shops", "markets", "crossings", "factories", "farms",
                             "boats", "ships", "vessels", "aircraft", "tanks", "checkpoints")),
    Group("livestock", ("livestock", "cattle", "heads of cattle", "sheep", "goats", "animals", "poultry")),
))
"""Things, not people: no count of them is a part of a count of people."""

RULE = Rule(
    code="DMG",
    name="damage",
    summary="Buildings, homes, hospitals and schools destroyed or damaged; hospitals functioning or out of service.",
    vocabulary=Vocabulary(measures=DAMAGE, groups=DAMAGE_GROUPS),
    examples=(
        Example("Only 12 of Gaza's 36 hospitals are partially functioning, the WHO said.",
                (("functioning.gaza.hospitals", "12 of Gaza's 36 hospitals are partially functioning", 12, 12),),
                structure="part of a whole + state"),
        Example("The earthquake destroyed more than 3,000 homes in Herat province.",
                (("destroyed.afghanistan.herat.homes.quake", "destroyed more than 3,000 homes", 3000, None),),
                structure="verb + count + thing"),
        Example("Rescuers searched the rubble of the damaged buildings through the night."),
    ),
)
