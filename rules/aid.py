"""Aid trucks entering Gaza: counted per event (a day, a crossing, a convoy)."""

from checker.rule import Example, Metric, Pattern, Rule

RULE = Rule(
    code="AID",
    name="aid-trucks",
    summary="Trucks of humanitarian aid entering Gaza.",
    topic=r"Gaza",
    metrics=(
        Metric("aid.trucks", "trucks", "per_event", "Aid trucks entering Gaza in one period or event (scope says which)."),
    ),
    patterns=(
        Pattern(r"{count} (?:aid |humanitarian |relief |UN |commercial )*(?:trucks|lorries)(?: \w+){0,6}? "
                r"(?:a|per|each) day", "aid.trucks", scope="daily"),
        Pattern(r"{count} (?:aid |humanitarian |relief |UN |commercial )*(?:trucks|lorries)", "aid.trucks"),
        Pattern(r"(?:trucks|lorries) (?:of aid )?(?:a|per) day,? (?:up from|down from|compared with|from) {count}",
                "aid.trucks", scope="daily"),
    ),
    examples=(
        Example("Some 200 aid trucks entered Gaza on Sunday through the Kerem Shalom crossing, COGAT said.",
                (("aid.trucks", "Some 200 aid trucks", 200, 200),)),
        Example("The agreement calls for 600 trucks of aid to enter Gaza each day during the truce.",
                (("aid.trucks", "600 trucks of aid to enter Gaza each day", 600, 600),)),
        Example("Aid groups say at least 500 trucks a day are needed to meet basic needs in Gaza.",
                (("aid.trucks", "at least 500 trucks a day", 500, None),)),
        Example("Aid delivery is hampered by ongoing fighting in Gaza, and trucks wait for days at the border."),
    ),
)
