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
        Pattern(r"{count} " + _PRISONERS + r"(?: [\w-]+){0,4}? (?:were |have been |had been |to be |would be |will be "
                r"|are to be )?(?:released|freed|set free)", "prisoners.released", scope="exchange"),
        Pattern(r"{count} (?:released|freed) " + _PRISONERS, "prisoners.released", scope="exchange"),
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
        Example('Israel released 90 Palestinian prisoners early Monday, hours after Hamas freed three hostages.',
                (('prisoners.released', 'released 90 Palestinian prisoners', 90, 90),), by=None, scope='exchange'),
        Example('In the first phase, Israel is to free about 1,900 Palestinian prisoners and detainees.',
                (('prisoners.released', 'free about 1,900 Palestinian prisoners and detainees', 1900, 1900),), by=None, scope='proposal'),
        Example('Israel freed nearly 2,000 Palestinian prisoners on Monday under the ceasefire deal, the prison service said.',
                (('prisoners.released', 'freed nearly 2,000 Palestinian prisoners', 2000, 2000),), by='the prison service', scope='exchange'),
        Example("The 110 prisoners set free on Thursday included 30 minors, the Palestinian Prisoners' Society said.",
                (('prisoners.released', '110 prisoners set free', 110, 110),), scope='exchange'),
        Example('Israel has released 240 Palestinian prisoners during the week-long truce, most of them women and teenagers.',
                (('prisoners.released', 'released 240 Palestinian prisoners', 240, 240),), by=None, scope='exchange'),
        Example('The deal would see 50 Palestinian prisoners freed for each female soldier released.',
                (('prisoners.released', '50 Palestinian prisoners freed', 50, 50),), by=None, scope='proposal'),
        Example("Israel did not release the 600 Palestinian prisoners due on Saturday, citing Hamas's treatment of hostages."),
        Example('More than 10,000 Palestinians are held in Israeli prisons, according to rights groups.'),
        Example('Some 250 prisoners serving life sentences will be released, Israeli officials said, along with 1,700 Gazans detained during the war.',
                (('prisoners.released', 'Some 250 prisoners serving life sentences will be released', 250, 250),), by='Israeli officials', scope='proposal'),
        Example('Buses carrying 183 released prisoners arrived in Ramallah and Khan Younis late on Saturday, Reuters witnesses said.',
                (('prisoners.released', '183 released prisoners', 183, 183),), by='Reuters witnesses', scope='exchange'),
        Example('If Israel frees 100 Palestinian prisoners, Hamas would release another hostage, the mediators proposed.'),
        Example("In exchange for the three hostages, Israel released 369 Palestinian prisoners, including 36 serving life sentences, the Prisoners' Media Office said.",
                (('prisoners.released', 'released 369 Palestinian prisoners', 369, 369),), by="the Prisoners' Media Office", scope='exchange'),
        Example('Israel freed 39 Palestinian prisoners on Friday, all of them women or teenagers, the Israeli prison service said.',
                (('prisoners.released', 'freed 39 Palestinian prisoners', 39, 39),), by='the Israeli prison service', scope='exchange'),
        Example('Israel is expected to release some 1,900 Palestinian prisoners over the course of the first phase.',
                (('prisoners.released', 'release some 1,900 Palestinian prisoners', 1900, 1900),), by=None, scope='proposal'),
    ),
)
