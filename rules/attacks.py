"""Attacks: strikes, raids, rockets and the like counted in any war (how many, where, over which window), and
ships sunk."""

from checker.lexicon import Group, Measure, Vocabulary
from checker.rule import Example, Expect, Rule

STRIKES = Measure(
    "strikes",
    "per_event",
    unit="count",
    groups=(
        "strikes",
        "hospitals",
        "health_centres",
        "schools",
        "homes",
        "buildings",
        "mosques",
        "churches",
        "ambulances",
        "ships",
    ),
    after=(
        "were carried out",
        "were launched",
        "were fired",
        "were struck",
        "were hit",
        "were targeted",
        "were intercepted",
    ),
    before=(
        "carried out",
        "conducted",
        "launched",
        "fired",
        "committed",
        "struck",
        "hit",
        "targeted",
        "bombed",
        "shelled",
        "dropped",
        "unleashed",
        "staged",
        "mounted",
        "intercepted",
        "attacked",
        "attacking",
    ),
    toll=("number of strikes", "number of attacks", "number of airstrikes", "number of massacres"),
)

SUNK = Measure(  # ships sent to the bottom, not merely hit (strikes)
    "sunk",
    "cumulative",
    unit="count",
    groups=("ships",),
    after=("sunk", "were sunk", "have been sunk", "sank", "went down"),
    before=("sank", "sinking", "sunk", "has sunk", "have sunk", "had sunk"),
)

GROUPS = (
    Group(
        "ships",
        (
            "ships",
            "vessels",
            "cargo ships",
            "merchant ships",
            "commercial ships",
            "commercial vessels",
            "merchant vessels",
            "tankers",
            "boats",
        ),
        measures=("sunk", "strikes"),
    ),
    Group(
        "strikes",
        (
            "strikes",
            "airstrikes",
            "air strikes",
            "air raids",
            "attacks",
            "massacres",
            "raids",
            "targets",
            "rockets",
            "missiles",
            "projectiles",
            "drones",
            "bombs",
            "shells",
            "drone strikes",
            "missile strikes",
            "sites",
            "bombings",
            "ballistic missiles",
            "cruise missiles",
            "munitions",
        ),
        measure="strikes",
        measures=("strikes", "destroyed", "damaged"),
    ),
)

RULE = Rule(
    code="ATK",
    name="attacks",
    summary="Strikes, raids, rockets and missiles counted in any war.",
    vocabulary=Vocabulary(measures=(STRIKES, SUNK), groups=GROUPS),
    examples=(
        Example(
            "The Israeli army said it struck more than 150 targets across Gaza overnight.",
            (Expect("strikes.gaza.24h", "struck more than 150 targets", 150, None),),
            structure="verb + count + thing struck, with a window",
        ),
        Example(
            "Russia launched 40 missiles and 70 drones at Ukraine's energy grid, Kyiv said.",
            (
                Expect("strikes.ukraine", "launched 40 missiles", 40, 40),
                Expect("strikes.ukraine", "70 drones", 70, 70),
            ),
            structure="coordinated counts of weapons",
        ),
        Example(
            "The Houthis have attacked more than 100 merchant ships off Yemen. This week they sank two cargo ships.",
            (
                Expect("strikes.yemen.ships", "attacked more than 100 merchant ships", 100, None),
                Expect("sunk.yemen.ships.week", "sank two cargo ships", 2, 2),
            ),
            structure="ships attacked, and ships sunk: two measures of one group",
        ),
        Example("Air raid sirens sounded in Tel Aviv as rockets were fired from Gaza."),
    ),
)
