"""Displacement, refugees, returns and evacuations in any war or disaster, and the population they are a
share of (Gaza's are the headline metrics)."""

from checker.lexicon import Group, Measure, Vocabulary
from checker.rule import Example, Expect, Metric, Rule, frame

DISPLACED = Measure(
    "displaced",
    "level",
    after=(
        "displaced",
        "internally displaced",
        "uprooted",
        "forced from their homes",
        "forced out of their homes",
        "forced to flee",
        "made homeless",
        "left homeless",
        "homeless",
        "fled their homes",
        "have fled their homes",
        "driven from their homes",
        "forcibly displaced",
        "displaced from their homes",
        "forced to leave their homes",
        "lost their homes",
        "on the move",
        "fled",
        "have fled",
        "had fled",
        "fled their homes since",
        "from their homes",
        "out of their homes",
        "to flee",
        "to leave their homes",
        "sought safety",
        "have sought safety",
        "forced to move",
        "been forced to move",
        "obliged to move",
        "obliged to flee",
        "compelled to flee",
        "newly displaced",
        "fleeing",
        "unable to return to their homes",
        "unable to return home",
        "have moved to",
        "moved to",
        "moved towards",
        "have moved towards",
        "taken refuge",
        "have taken refuge",
    ),
    before=(
        "displaced",
        "displacing",
        "uprooted",
        "uprooting",
        "forced out",
        "forcing out",
        "drove out",
        "driving out",
    ),
    of=("displacement", "uprooting", "forced displacement"),
    toll=("number of displaced", "number of displaced people", "number of internally displaced", "displacement figure"),
    adjectives=("displaced", "internally displaced", "homeless", "uprooted"),
)
REFUGEES = Measure(
    "refugees",
    "level",
    after=(
        "refugees",
        "fled the country",
        "fled abroad",
        "have fled the country",
        "fled to neighbouring countries",
        "fled to neighboring countries",
        "fled across the border",
        "crossed into",
        "crossed the border",
        "sought refuge",
        "have sought refuge",
        "fled to",
        "asylum seekers",
        "fled into",
    ),
    before=("hosting", "hosts", "host", "sheltering", "taken in", "took in"),
    toll=("number of refugees",),
    adjectives=("refugee",),
)
RETURNED = Measure(
    "returned",
    "level",
    after=("returned", "returned home", "have returned", "returned to their homes", "went back", "returning"),
    of=("return",),
)
EVACUATED = Measure(
    "evacuated",
    "per_event",
    after=(
        "evacuated",
        "were evacuated",
        "have been evacuated",
        "ordered to evacuate",
        "told to evacuate",
        "ordered to leave",
        "told to leave",
        "ordered to move",
    ),
    before=("evacuated", "evacuating", "ordered the evacuation of"),
    of=("evacuation",),
)
POPULATION = Measure(
    "population",
    "level",
    after=(  # "about 1 million Palestinians lived in and around Gaza City" (finite verbs only: "people living in
        # tents were flooded" is no population)
        "live",
        "lived",
        "are living",
        "were living",
        "still live",
        "reside",
        "resided",
    ),
    before=(
        "home to",
        "population of",
        "a population of",
        "with a population of",
        "home to some",
        "home to about",
        "home to roughly",
        "home to nearly",
        "home to more than",
        "houses",
        "housing",
        "enclave of",
        "territory of",
        "strip of",
        "a territory of",
        "an enclave of",
        "country of",
        "city of",
        "nation of",
    ),
    of=("population", "populace"),
    toll=("population", "population of Gaza", "population stands at"),
)
DISPLACEMENT_GROUPS = (
    Group(
        "residents",
        ("residents", "inhabitants", "population", "people living there"),
        measure="population",
        default=True,
    ),
)

RULE = Rule(
    code="DIS",
    name="displacement",
    summary="People displaced, refugees, returns, evacuations, and the population they are a share of.",
    vocabulary=Vocabulary(measures=(DISPLACED, REFUGEES, RETURNED, EVACUATED, POPULATION), groups=DISPLACEMENT_GROUPS),
    metrics=(
        Metric(
            "displaced.gaza",
            "persons",
            "level",
            "People in Gaza displaced from their homes.",
            at_most="population.gaza",
            frame=frame(measure="displaced", place="gaza"),
        ),
        Metric(
            "population.gaza",
            "persons",
            "level",
            "People living in the Gaza Strip.",
            frame=frame(measure="population", place="gaza"),
        ),
    ),
    examples=(
        Example(
            "The UN reports that 90% of Gaza’s 2.3 million residents have been displaced, many multiple times.",
            (
                Expect("displaced.gaza", "90% of Gaza’s 2.3 million residents have been displaced", 2070000, 2070000),
                Expect("population.gaza", "Gaza’s 2.3 million residents", 2300000, 2300000),
            ),
        ),
        Example(
            (
                "Israel’s retaliatory strikes have caused widespread destruction in Gaza, "
                "displacing most of its 2.3 million residents."
            ),
            (
                Expect("displaced.gaza", "displacing most of its 2.3 million residents", 1150000, 2300000),
                Expect("population.gaza", "its 2.3 million residents", 2300000, 2300000),
            ),
        ),
        Example(
            "The conflict in Gaza has led to significant casualties and the displacement of thousands.",
            (Expect("displaced.gaza", "displacement of thousands", 2000, 9999),),
        ),
        Example(
            (
                "Nearly 1.9 million people across Gaza — about 90 per cent of the population — "
                "have been displaced, according to UNRWA."
            ),
            (
                Expect(
                    "displaced.gaza",
                    (
                        "Nearly 1.9 million people across Gaza — about 90 per cent of the population — "
                        "have been displaced"
                    ),
                    1900000,
                    1900000,
                ),
                Expect("displaced.gaza", "about 90 per cent", 90, 90),
            ),
        ),
        Example(
            "Gaza, home to 2.2 million Palestinians, has been under blockade since 2007.",
            (Expect("population.gaza", "Gaza, home to 2.2 million", 2200000, 2200000),),
        ),
        Example(
            (
                "In Lebanon, about 1.2 million people have been displaced by Israeli strikes, as "
                "the war in Gaza goes on."
            ),
            (Expect("displaced.lebanon", "about 1.2 million people have been displaced", 1200000, 1200000),),
        ),
        Example("One such strike leveled a tower in a densely populated area of Gaza, displacing countless families."),
        Example(
            "About 1.9 million people — roughly 90% of Gaza's population — have been displaced, according to the UN.",
            (
                Expect(
                    "displaced.gaza",
                    "About 1.9 million people — roughly 90% of Gaza's population — have been displaced",
                    1900000,
                    1900000,
                    by="the UN",
                ),
                Expect("displaced.gaza", "roughly 90%", 90, 90, by="the UN"),
            ),
        ),
        Example(
            "The UN says some 1.7 million Gazans have been forced from their homes, many of them several times.",
            (
                Expect(
                    "displaced.gaza",
                    "some 1.7 million Gazans have been forced from their homes",
                    1700000,
                    1700000,
                    by="The UN",
                ),
            ),
        ),
        Example(
            (
                "Nearly all of Gaza's 2.1 million residents have been displaced at least once "
                "since the war began, aid agencies say."
            ),
            (
                Expect(
                    "displaced.gaza",
                    "Nearly all of Gaza's 2.1 million residents have been displaced",
                    1890000,
                    2100000,
                    by="aid agencies",
                ),
                Expect("population.gaza", "Gaza's 2.1 million residents", 2100000, 2100000, by="aid agencies"),
            ),
        ),
        Example(
            "Gaza, home to 2.2 million people, has seen most of its housing damaged or destroyed.",
            (Expect("population.gaza", "Gaza, home to 2.2 million", 2200000, 2200000, by=""),),
        ),
        Example(
            (
                "An evacuation order issued on Monday displaced about 100,000 people from eastern "
                "Khan Younis in southern Gaza, the UN said."
            ),
            (Expect("displaced.gaza.khan_younis.day", "displaced about 100,000 people", 100000, 100000, by="the UN"),),
        ),
        Example(
            (
                "Israel's offensive has uprooted three-quarters of Gaza's 2.3 million people, "
                "UNRWA said in its latest report."
            ),
            (
                Expect(
                    "displaced.gaza",
                    "uprooted three-quarters of Gaza's 2.3 million people",
                    1725000,
                    1725000,
                    by="UNRWA",
                ),
                Expect("population.gaza", "Gaza's 2.3 million people", 2300000, 2300000, by="UNRWA"),
            ),
        ),
        Example(
            "More than 60,000 Israelis were displaced from communities near the Lebanese border, officials said.",
            (Expect("displaced.israel", "More than 60,000 Israelis were displaced", 60000, None),),
        ),
        Example("A full-scale assault on Rafah could displace another 1 million people, aid groups warned."),
        Example(
            (
                "Before the war, the population of the Gaza Strip was about 2.2 million, "
                "according to the Palestinian statistics bureau."
            ),
            (
                Expect(
                    "population.gaza",
                    "population of the Gaza Strip was about 2.2 million",
                    2200000,
                    2200000,
                    by="the Palestinian statistics bureau",
                ),
            ),
        ),
        Example(
            (
                "Live: The enclave's roughly 2.1 million residents now live on a sliver of Gaza's "
                "coastline, the UN says."
            ),
            (Expect("population.gaza", "roughly 2.1 million residents", 2100000, 2100000),),
        ),
        Example("Some 300,000 people remain in northern Gaza, where the World Food Programme says famine is imminent."),
        Example(
            (
                "The displacement of 1.9 million people in Gaza (out of a population of 2.3 "
                "million) is the largest since 1948, one historian argues."
            ),
            (
                Expect("displaced.gaza", "displacement of 1.9 million", 1900000, 1900000, by=""),
                Expect("population.gaza", "population of 2.3 million", 2300000, 2300000, by=""),
            ),
        ),
        Example(
            "In Sudan, the war has displaced more than 10 million people, dwarfing the crisis in Gaza.",
            (Expect("displaced.sudan", "displaced more than 10 million people", 10000000, None),),
        ),
        Example("Roughly half of Gaza's displaced are children, UNICEF says, though it did not give a number."),
        Example(
            (
                "Roughly 90% of Gaza's population of 2.1 million has been displaced, many of them "
                "multiple times, according to UN estimates."
            ),
            (
                Expect(
                    "displaced.gaza",
                    "Roughly 90% of Gaza's population of 2.1 million has been displaced",
                    1890000,
                    1890000,
                    by="UN estimates",
                ),
                Expect("population.gaza", "population of 2.1 million", 2100000, 2100000, by="UN estimates"),
            ),
        ),
        Example(
            "Israel ordered about 1 million people in northern Gaza to move south within 24 hours, the UN said.",
            (Expect("duration.gaza.deadline", "within 24 hours", 1, 1),),
        ),
        Example(
            (
                "More than 1.7 million people in Gaza have been displaced (about 75% of the "
                "population), UNRWA said in December."
            ),
            (
                Expect(
                    "displaced.gaza",
                    "More than 1.7 million people in Gaza have been displaced",
                    1700000,
                    None,
                    by="UNRWA",
                ),
                Expect("displaced.gaza", "about 75%", 75, 75, by="UNRWA"),
            ),
        ),
    ),
)
