"""The October 7, 2023 attack on Israel: the event, and how many were killed (a historical figure that should
not change). The event applies only to documents about that war (its topic words)."""

import datetime as dt

from checker.lexicon import Event, Vocabulary
from checker.rule import Example, Expect, Metric, Rule, frame

OCT7 = Event(
    "oct7",
    place="israel",
    date=dt.date(2023, 10, 7),
    topic=("hamas", "gaza", "israel"),
    measures=("killed", "injured", "taken"),
    theatre="gaza",
    places=("gaza", "israel", "westbank"),
    cues=(
        "October 7 attack",
        "Oct. 7 attack",
        "Oct 7 attack",
        "7 October attack",
        "October 7 attacks",
        "Oct. 7 attacks",
        "October 7th attack",
        "Oct. 7, 2023, attack",
        "October 7, 2023, attack",
        "October 7, 2023 attack",
        "October 7 massacre",
        "October 7 assault",
        "Oct. 7 assault",
        "Oct. 7 massacre",
        "on October 7",
        "on Oct. 7",
        "on Oct 7",
        "on 7 October",
        "on October 7, 2023",
        "on Oct. 7, 2023",
        "on October 7th",
        "Hamas attack",
        "Hamas attacks",
        "Hamas-led attack",
        "Hamas-led attacks",
        "Hamas's attack",
        "Hamas’s attack",
        "Hamas' attack",
        "Hamas’ attack",
        "attack by Hamas",
        "attacks by Hamas",
        "attack on Israel",
        "attack on southern Israel",
        "attacks on Israel",
        "assault on Israel",
        "assault on southern Israel",
        "cross-border attack",
        "cross-border assault",
        "cross-border raid",
        "Hamas-led assault",
        "Hamas assault",
        "Hamas incursion",
        "Hamas-led incursion",
        "Hamas massacre",
        "stormed southern Israel",
        "stormed into southern Israel",
        "stormed into Israel",
        "stormed Israel",
        "attacked Israel",
        "attacked southern Israel",
        "invaded southern Israel",
        "infiltrated southern Israel",
        "Hamas rampage",
        "Hamas-led rampage",
        "Nova music festival",
        "Nova festival",
        "Supernova",
        "initial attack",
        "the 2023 attack",
        "Black Saturday",
        "October 7, 2023",
        "Oct. 7, 2023",
        "7 October 2023",
        "the October 7",
        "the Oct. 7",
        "Hamas-led October 7",
        "Hamas’ October 7",
        "Hamas's October 7",
        "October 7 terror attack",
        "Hamas terrorist attack",
        "of October 7",
        "of Oct. 7",
        "of 7 October",
        "of October 7, 2023",
        "October 7th massacre",
        "Hamas raid",
        "Hamas's raid",
        "Hamas-led raid",
        "Hamas's assault",
        "Hamas's incursion",
        "Hamas's rampage",
        "Hamas's cross-border",
        "Hamas militants stormed",
        "Hamas fighters stormed",
        "Hamas's October 7, 2023, attack",
    ),
    nouns=("October 7 attack",),
)

RULE = Rule(
    code="OCT",
    name="oct7-attack",
    summary="People killed in Israel in the Hamas-led attack of October 7, 2023.",
    vocabulary=Vocabulary(events=(OCT7,)),
    metrics=(
        Metric(
            "killed.israel.oct7",
            "persons",
            "fixed",
            "People killed in Israel in the October 7, 2023 attack.",
            frame=frame(measure="killed", place="israel", event="oct7"),
        ),
    ),
    examples=(
        Example(
            (
                "The conflict, ignited by Hamas’ cross-border assault on October 7, has "
                "devastated both sides. Over 1,200 Israelis were killed in the initial attack."
            ),
            (Expect("killed.israel.oct7", "Over 1,200 Israelis were killed", 1200, None),),
        ),
        Example(
            (
                "Hamas leaders have aimed for the elimination of Israel, hoping their 2023 "
                "attacks would force attention on statehood. Beyond the tragic loss of "
                "approximately 1,200 lives, the group seized around 250 hostages."
            ),
            (
                Expect("killed.israel.oct7", "loss of approximately 1,200 lives", 1200, 1200),
                Expect("hostages.taken", "seized around 250 hostages", 250, 250),
            ),
        ),
        Example(
            (
                "The war began when Hamas-led militants stormed southern Israel on Oct. 7, 2023, "
                "killing about 1,200 people, most of them civilians, according to Israeli "
                "tallies."
            ),
            (Expect("killed.israel.oct7", "killing about 1,200 people", 1200, 1200),),
        ),
        Example(
            "Israel’s death toll from the Oct. 7 attack stood at about 1,200.",
            (Expect("killed.israel.oct7", "death toll from the Oct. 7 attack stood at about 1,200", 1200, 1200),),
        ),
        Example(
            "An Israeli attack on a school in Gaza City killed 30 Palestinians, the civil defence agency said.",
            (Expect("killed.gaza.gaza_city.incident", "killed 30 Palestinians", 30, 30),),
        ),
        Example(
            "More than 40,000 people have been killed in Gaza since the Hamas attack, the ministry said.",
            (Expect("killed.gaza", "More than 40,000 people have been killed", 40000, None),),
        ),
        Example(
            (
                "Hamas-led militants killed about 1,200 people in southern Israel on Oct. 7, "
                "2023, most of them civilians, according to Israeli tallies."
            ),
            (Expect("killed.israel.oct7", "killed about 1,200 people", 1200, 1200, by="Israeli tallies"),),
        ),
        Example(
            "The Oct. 7 attack on Israel killed some 1,200 people, the deadliest day for Jews since the Holocaust.",
            (Expect("killed.israel.oct7", "killed some 1,200 people", 1200, 1200, by=""),),
        ),
        Example(
            (
                "Israel says 1,139 people were killed in the Oct. 7 attack, according to an AFP "
                "tally based on official figures."
            ),
            (Expect("killed.israel.oct7", "1,139 people were killed", 1139, 1139, by="Israel"),),
        ),
        Example(
            "The death toll from the Oct. 7 attack has been revised down to about 1,200, Israeli officials said.",
            (
                Expect(
                    "killed.israel.oct7",
                    "death toll from the Oct. 7 attack has been revised down to about 1,200",
                    1200,
                    1200,
                    by="Israeli officials",
                ),
            ),
        ),
        Example(
            (
                "On October 7, 2023, Hamas gunmen stormed into Israel, killing roughly 1,200 "
                "people and taking 251 hostages."
            ),
            (
                Expect("killed.israel.oct7", "killing roughly 1,200 people", 1200, 1200, by=""),
                Expect("hostages.taken", "taking 251 hostages", 251, 251, by=""),
            ),
        ),
        Example(
            "Around 1,200 Israelis died in the Oct. 7 assault, which triggered the war in Gaza.",
            (Expect("killed.israel.oct7", "Around 1,200 Israelis died", 1200, 1200, by=""),),
        ),
        Example(
            "More than 360 people were killed at the Nova music festival alone, police said.",
            (Expect("killed", "More than 360 people were killed", 360, None),),
        ),
        Example(
            "Gaza's Health Ministry says more than 40,000 Palestinians have been killed since the attack.",
            (Expect("killed.gaza.since", "more than 40,000 Palestinians have been killed", 40000, None),),
        ),
        Example(
            "If the attack had been stopped at the border, thousands of lives could have been saved, an inquiry found."
        ),
        Example(
            "The massacre of October 7 left 1,200 people dead and thousands injured, Israeli officials say.",
            (
                Expect("killed.israel.oct7", "left 1,200 people dead", 1200, 1200),
                Expect("injured.israel.oct7", "thousands injured", 2000, 9999),
            ),
        ),
        Example(
            (
                "Hamas's attack on Israel on October 7, 2023, killed 1,200 people, mostly "
                "civilians, and some 250 others were taken hostage."
            ),
            (
                Expect("killed.israel.oct7", "killed 1,200 people", 1200, 1200, by=""),
                Expect("hostages.taken", "some 250 others were taken", 250, 250, by=""),
            ),
        ),
        Example(
            (
                "The attack on Israel, in which nearly 1,200 people were killed, was the "
                "deadliest in the country's history."
            ),
            (Expect("killed.israel.oct7", "nearly 1,200 people were killed", 1200, 1200, by=""),),
        ),
        Example(
            "Officials in Israel put the number killed in the Oct. 7 attack at 1,163, a figure later revised upward.",
            (Expect("killed.israel.oct7", "number killed in the Oct. 7 attack at 1,163", 1163, 1163, by=""),),
        ),
    ),
)
