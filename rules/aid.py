"""Aid: trucks entering a territory (Gaza's are the headline metric), counted per period or event."""

from checker.lexicon import Group, Measure, Vocabulary
from checker.rule import ANY, Example, Expect, Metric, Rule, frame

AID = Measure(
    "aid",
    "per_event",
    unit="trucks",
    groups=("trucks",),
    after=(
        "entered",
        "crossed",
        "crossed into Gaza",
        "entered Gaza",
        "have entered",
        "were allowed in",
        "allowed into Gaza",
        "delivered",
        "arrived",
        "reached",
    ),
    toll=("number of trucks", "number of aid trucks", "truck count"),
)
AID_GROUPS = (
    Group(
        "trucks",
        (
            "trucks",
            "truckloads",
            "lorries",
            "aid trucks",
            "aid lorries",
            "humanitarian trucks",
            "trucks of aid",
            "trucks of humanitarian aid",
            "trucks carrying aid",
            "trucks of food",
            "trucks carrying humanitarian aid",
            "relief trucks",
            "commercial trucks",
            "fuel trucks",
            "UN trucks",
            "trucks a day",
            "trucks per day",
        ),
        measure="aid",
        measures=("aid",),
    ),
)

RULE = Rule(
    code="AID",
    name="aid-trucks",
    summary="Trucks of humanitarian aid entering a territory.",
    vocabulary=Vocabulary(measures=(AID,), groups=AID_GROUPS),
    metrics=(
        Metric(
            "aid.trucks",
            "trucks",
            "per_event",
            "Aid trucks entering Gaza in one period or event (window says which).",
            frame=frame(measure="aid", group="trucks", place="gaza", subplace=ANY, window=ANY, event=ANY),
        ),
    ),
    examples=(
        Example(
            "Some 200 aid trucks entered Gaza on Sunday through the Kerem Shalom crossing, COGAT said.",
            (Expect("aid.trucks", "Some 200 aid trucks", 200, 200),),
        ),
        Example(
            "The agreement calls for 600 trucks of aid to enter Gaza each day during the truce.",
            (Expect("aid.trucks", "600 trucks of aid to enter Gaza each day", 600, 600),),
        ),
        Example(
            "Aid groups say at least 500 trucks a day are needed to meet basic needs in Gaza.",
            (Expect("aid.trucks", "at least 500 trucks a day", 500, None),),
        ),
        Example("Aid delivery is hampered by ongoing fighting in Gaza, and trucks wait for days at the border."),
        Example(
            "Only 65 aid trucks a day entered Gaza in April, down from about 500 before the war, UN figures show.",
            (Expect("aid.trucks", "65 aid trucks a day", 65, 65),),
        ),
        Example(
            (
                "On Sunday, 630 trucks carrying humanitarian aid crossed into Gaza, the UN said, "
                "the most in a single day since the truce."
            ),
            (Expect("aid.trucks", "630 trucks", 630, 630, by="the UN"),),
        ),
        Example(
            "Aid groups say at least 500 trucks a day are needed to meet basic needs in Gaza.",
            (Expect("aid.trucks", "at least 500 trucks a day", 500, None, by="Aid groups"),),
        ),
        Example(
            "Israel said 4,200 aid trucks had entered Gaza during the first week of the ceasefire.",
            (Expect("aid.trucks", "4,200 aid trucks", 4200, 4200, by="Israel"),),
        ),
        Example(
            "The deal allows 600 trucks of aid per day into Gaza, including 50 carrying fuel.",
            (
                Expect("aid.trucks", "600 trucks of aid per day", 600, 600, by=""),
                Expect("aid.trucks", "50", 50, 50, by=""),
            ),
        ),
        Example(
            "Egypt said some 200 lorries were waiting at the Rafah crossing on Tuesday, unable to enter Gaza.",
            (Expect("aid.trucks", "some 200 lorries", 200, 200, by="Egypt"),),
        ),
        Example(
            "Just 12 trucks reached northern Gaza in the whole of October, Oxfam said.",
            (Expect("aid.trucks", "12 trucks", 12, 12, by="Oxfam"),),
        ),
        Example(
            (
                "COGAT said an average of 150 trucks of aid a day entered Gaza in the past month, "
                "a figure aid agencies dispute."
            ),
            (Expect("aid.trucks", "150 trucks of aid a day", 150, 150, by="COGAT"),),
        ),
        Example("If 600 trucks a day were allowed in, famine could be averted, the WFP said."),
        Example("No aid trucks have entered Gaza for 11 weeks, the UN said."),
        Example(
            (
                "Convoys of up to 80 trucks were turned back at Kerem Shalom, on Gaza's border, "
                "over the weekend, according to aid workers."
            ),
            (Expect("aid.trucks", "up to 80 trucks", None, 80, by="aid workers"),),
        ),
        Example(
            "Before the war, around 500 trucks entered Gaza each day, including commercial goods.",
            (Expect("aid.trucks", "around 500 trucks entered Gaza each day", 500, 500, by=""),),
        ),
        Example(
            (
                "UN officials said 97 trucks entered Gaza on Saturday through Kerem Shalom and "
                "Rafah, compared with 500 a day before the war."
            ),
            (
                Expect("aid.trucks", "97 trucks", 97, 97, by="UN officials"),
                Expect("aid.trucks", "500", 500, 500, by="UN officials"),
            ),
        ),
        Example(
            (
                "Israel says it allowed 4,000 trucks into Gaza in the first week, though the UN "
                "counted fewer than 3,000."
            ),
            (Expect("aid.trucks", "4,000 trucks", 4000, 4000, by="Israel"),),
        ),
        Example(
            "Just nine trucks of flour reached the north of Gaza last week, the World Food Programme said.",
            (Expect("aid.trucks", "nine trucks", 9, 9, by="the World Food Programme"),),
        ),
        Example(
            "“We need 500 trucks a day, not 50,” said the head of the UN agency in Gaza.",
            (Expect("aid.trucks", "500 trucks a day", 500, 500),),
        ),
    ),
)
