"""Prisoners and detainees: held, released in exchanges, and people detained (in any conflict; Palestinians
released by Israel are the headline metric)."""

from checker.lexicon import Group, Measure, Vocabulary
from checker.rule import ANY, Example, Expect, Metric, Rule, frame
from rules.hostages import GAZA_WAR

DETAINED = Measure(
    "detained",
    "cumulative",
    after=(
        "detained",
        "arrested",
        "imprisoned",
        "jailed",
        "rounded up",
        "taken into custody",
        "held without charge",
        "in administrative detention",
        "under administrative detention",
        "among those detained",
        "among the detainees",
        "among those arrested",
        "among the detained",
    ),
    before=("detained", "detaining", "arrested", "arresting", "rounded up", "jailed"),
    of=("detention", "arrest", "arrests", "detentions"),
    toll=("number of detainees", "number of arrests", "number of people detained", "number of Palestinians detained"),
)
PRISONER_GROUPS = (
    Group(
        "prisoners",
        (
            "prisoners",
            "prisoner",
            "detainees",
            "detainee",
            "Palestinian prisoners",
            "Palestinian detainees",
            "prisoners and detainees",
            "inmates",
            "prisoners of war",
            "POWs",
            "captured soldiers",
            "servicemen held",
        ),
        measure="held",
        measures=("held", "released", "detained", "killed", "dead", "taken", "missing"),
        nationals=("palestinians",),
        of_the_war=True,
    ),
)

RULE = Rule(
    code="PRI",
    name="prisoners",
    summary="Prisoners and detainees held, released in exchanges, and people detained.",
    vocabulary=Vocabulary(measures=(DETAINED,), groups=PRISONER_GROUPS),
    metrics=(
        Metric(
            "prisoners.released",
            "persons",
            "per_event",
            "Palestinian prisoners released: in one exchange (window exchange) or in all (window total).",
            frame=frame(measure="released", group="prisoners", place=GAZA_WAR, subplace=ANY, window=ANY, event=ANY),
        ),
    ),
    examples=(
        Example(
            "The deal would see the release of 1,900 Palestinian prisoners and detainees held by Israel.",
            (Expect("prisoners.released", "release of 1,900 Palestinian prisoners and detainees", 1900, 1900),),
        ),
        Example(
            "In the first phase, 33 hostages are to be freed in exchange for roughly 1,900 Palestinian prisoners.",
            (
                Expect("hostages.released", "33 hostages are to be freed", 33, 33),
                Expect("prisoners.released", "exchange for roughly 1,900 Palestinian prisoners", 1900, 1900),
            ),
        ),
        Example(
            "Some 90 Palestinian detainees were released from Ofer prison early on Monday, the Red Cross said.",
            (Expect("prisoners.released", "Some 90 Palestinian detainees were released", 90, 90),),
        ),
        Example("Hamas seeks guarantees on the delivery of aid and the release of prisoners."),
        Example("Israel holds more than 9,000 Palestinians in its prisons, rights groups say."),
        Example(
            "Israel released 90 Palestinian prisoners early Monday, hours after Hamas freed three hostages.",
            (
                Expect("prisoners.released", "released 90 Palestinian prisoners", 90, 90, by=""),
                Expect("hostages.released", "freed three hostages", 3, 3, by=""),
            ),
        ),
        Example(
            "In the first phase, Israel is to free about 1,900 Palestinian prisoners and detainees.",
            (Expect("prisoners.released", "free about 1,900 Palestinian prisoners and detainees", 1900, 1900, by=""),),
        ),
        Example(
            (
                "Israel freed nearly 2,000 Palestinian prisoners on Monday under the ceasefire "
                "deal, the prison service said."
            ),
            (
                Expect(
                    "prisoners.released",
                    "freed nearly 2,000 Palestinian prisoners",
                    2000,
                    2000,
                    by="the prison service",
                ),
            ),
        ),
        Example(
            "The 110 prisoners set free on Thursday included 30 minors, the Palestinian Prisoners' Society said.",
            (
                Expect("prisoners.released", "110 prisoners set free", 110, 110),
                Expect("released.children.day", "30 minors", 30, 30),
            ),
        ),
        Example(
            (
                "Israel has released 240 Palestinian prisoners during the week-long truce, most "
                "of them women and teenagers."
            ),
            (
                Expect("prisoners.released", "released 240 Palestinian prisoners", 240, 240, by=""),
                Expect("truce.duration", "week-long truce", 7, 7, by=""),
            ),
        ),
        Example(
            "The deal would see 50 Palestinian prisoners freed for each female soldier released.",
            (Expect("prisoners.released", "50 Palestinian prisoners freed", 50, 50, by=""),),
        ),
        Example(
            "Israel did not release the 600 Palestinian prisoners due on Saturday, citing "
            "Hamas's treatment of hostages."
        ),
        Example("More than 10,000 Palestinians are held in Israeli prisons, according to rights groups."),
        Example(
            (
                "Some 250 prisoners serving life sentences will be released, Israeli officials "
                "said, along with 1,700 Gazans detained during the war."
            ),
            (
                Expect(
                    "prisoners.released",
                    "Some 250 prisoners serving life sentences will be released",
                    250,
                    250,
                    by="Israeli officials",
                ),
                Expect("detained.gaza", "1,700 Gazans detained", 1700, 1700, by="Israeli officials"),
            ),
        ),
        Example(
            (
                "Buses carrying 183 released prisoners arrived in Ramallah and Khan Younis late "
                "on Saturday, Reuters witnesses said."
            ),
            (Expect("prisoners.released", "183 released prisoners", 183, 183, by="Reuters witnesses"),),
        ),
        Example(
            "If Israel frees 100 Palestinian prisoners, Hamas would release another hostage, the mediators proposed."
        ),
        Example(
            (
                "In exchange for the three hostages, Israel released 369 Palestinian prisoners, "
                "including 36 serving life sentences, the Prisoners' Media Office said."
            ),
            (
                Expect("hostages.released", "In exchange for the three hostages", 3, 3),
                Expect("prisoners.released", "released 369 Palestinian prisoners", 369, 369),
                Expect("prisoners.released", "36 ", 36, 36),
            ),
        ),
        Example(
            (
                "Israel freed 39 Palestinian prisoners on Friday, all of them women or teenagers, "
                "the Israeli prison service said."
            ),
            (Expect("prisoners.released", "freed 39 Palestinian prisoners", 39, 39, by="the Israeli prison service"),),
        ),
        Example(
            "Israel is expected to release some 1,900 Palestinian prisoners over the course of the first phase.",
            (Expect("prisoners.released", "release some 1,900 Palestinian prisoners", 1900, 1900, by=""),),
        ),
    ),
)
