"""Palestinian prisoners and detainees released by Israel, per exchange or in total."""

from checker.rule import Example, Metric, Pattern, Rule

_PRISONERS = r"(?:Palestinian )?(?:prisoners|detainees)(?: and detainees)?"

RULE = Rule(
    code="PRI",
    name="prisoners-released",
    summary="Palestinian prisoners released in exchanges for hostages.",
    topic=r"prisoner|detainee",
    metrics=(
        Metric("prisoners.released", "persons", "per_event",
               "Palestinian prisoners released: in one exchange (scope exchange) or in all (scope total)."),
    ),
    patterns=(
        Pattern(r"(?:release|freeing|free|freed|releasing|released|exchange for) (?:of )?{count} " + _PRISONERS,
                "prisoners.released", scope="exchange"),
        Pattern(r"{count} " + _PRISONERS + r" (?:were |have been |had been |to be |would be |will be )?"
                r"(?:released|freed|set free)", "prisoners.released", scope="exchange"),
    ),
    examples=(
        Example("The deal would see the release of 1,900 Palestinian prisoners and detainees held by Israel.",
                (("prisoners.released", "release of 1,900 Palestinian prisoners and detainees", 1900, 1900),)),
        Example("In the first phase, 33 hostages are to be freed in exchange for roughly 1,900 Palestinian prisoners.",
                (("prisoners.released", "exchange for roughly 1,900 Palestinian prisoners", 1900, 1900),)),
        Example("Some 90 Palestinian detainees were released from Ofer prison early on Monday, the Red Cross said.",
                (("prisoners.released", "Some 90 Palestinian detainees were released", 90, 90),)),
        Example("Hamas seeks guarantees on the delivery of aid and the release of prisoners."),
        Example("Israel holds more than 9,000 Palestinians in its prisons, rights groups say."),
    ),
)
