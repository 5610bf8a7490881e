"""Palestinian casualties: killed and injured in Gaza, killed in the West Bank (cumulative tolls)."""

import datetime as dt

from checker.rule import Example, Metric, Pattern, Rule

_WAR = dt.date(2023, 10, 7)

_GAZA = r"Gaza|Palestinian"
_PEOPLE = r"(?:Palestinians|people|civilians|Gazans|children|women|persons)"
_SINCE_START = (r"(?: in Gaza| in the Gaza Strip| across Gaza)? since (?:the (?:war|conflict|fighting) (?:began|started|"
                r"erupted)|the (?:start|beginning|outbreak) of the (?:war|conflict)|{date})")
"""After the figure: a total since the war began (the engine narrows "since {date}" to a partial window
when the date is not the metric's start)."""
_NOT_GAZA = r"West Bank|Lebanon|Israelis\b|in Israel\b|Israeli (?:soldiers|troops|civilians)"

RULE = Rule(
    code="CAS",
    name="palestinian-casualties",
    summary="Death and injury tolls in Gaza and the West Bank.",
    topic=r"Gaza|West Bank|Palestinian",
    metrics=(
        Metric("killed.gaza", "persons", "cumulative", "People killed in Gaza since October 7, 2023.", start=_WAR),
        Metric("injured.gaza", "persons", "cumulative", "People injured in Gaza since October 7, 2023.", start=_WAR),
        Metric("killed.westbank", "persons", "cumulative", "Palestinians killed in the West Bank since October 7, 2023.",
               start=_WAR),
    ),
    patterns=(
        # Totals: the toll, or killed since the war began. Anything else is one incident's count
        # (scope "incident"), which is never compared with the running total.
        # West Bank: "have been killed" (or "since ...") is the running total; "were killed" one incident's count.
        Pattern(r"(?:in|on) the (?:occupied )?West Bank[^.;]{0,60}?{count} " + _PEOPLE + r"?\s*(?:have been|had been) killed",
                "killed.westbank"),
        Pattern(r"{count} " + _PEOPLE + r" (?:have been |had been )killed (?:in|across) the (?:occupied )?West Bank",
                "killed.westbank"),
        Pattern(r"{count} " + _PEOPLE + r" (?:were )?killed (?:in|across) the (?:occupied )?West Bank(?: \w+){0,3}? since",
                "killed.westbank"),
        Pattern(r"(?:in|on) the (?:occupied )?West Bank[^.;]{0,60}?{count} " + _PEOPLE + r"?\s*(?:were )?killed",
                "killed.westbank", scope="incident"),
        Pattern(r"{count} " + _PEOPLE + r"(?:,[^,.;]{1,60},)? (?:were )?killed(?: [\w-]+){0,4}? (?:in|across) the (?:occupied )?"
                r"West Bank", "killed.westbank", scope="incident"),
        Pattern(r"death toll(?: in (?:Gaza|the Gaza Strip|the enclave))?(?:,[^,;]{0,40},)?(?: \(| )(?:(?:has|had|have|now|is|was|"
                r"stands|stood|since|risen|rose|climbed|reached|of|at|to)\s+){0,3}{count}", "killed.gaza",
                requires=_GAZA, rejects=r"Israel(?:'s|’s|i) death toll|West Bank"),
        Pattern(r"{count}(?: " + _PEOPLE + r")?(?: \w+){0,3}? (?:have been |had been |were |been )?killed" + _SINCE_START,
                "killed.gaza", requires=r"Gaza", rejects=_NOT_GAZA + r"|Oct(?:ober|\.)? 7 attack"),
        Pattern(r"claimed {count}(?: of)? (?:Palestinian )?lives", "killed.gaza", requires=r"Gaza"),
        Pattern(r"(?:tally|toll|count)(?: [\w’'-]+){0,3}? (?:rose|risen|climbed|reached|stands|stood|is|was|now) (?:at |to )?{count} "
                r"(?:killed|dead|deaths)", "killed.gaza", requires=r"Gaza", rejects=_NOT_GAZA),
        Pattern(r"bringing (?:the|its) (?:overall |total )?(?:death )?toll(?: [^,.;]{0,30}?)? to {count}", "killed.gaza",
                requires=r"Gaza", rejects=_NOT_GAZA),
        Pattern(r"{count}(?: " + _PEOPLE + r")?(?: \w+){0,3}? (?:have been |had been |were |been )?killed", "killed.gaza",
                requires=r"Gaza", rejects=_NOT_GAZA + r"|Oct(?:ober|\.)? 7", scope="incident"),
        Pattern(r"(?:killed|killing|claimed the lives of) {count} " + _PEOPLE, "killed.gaza",
                requires=r"Gaza", rejects=_NOT_GAZA, scope="incident"),
        Pattern(r"{count}(?: " + _PEOPLE + r")? (?:have been |had been |were |been )?(?:injured|wounded)" + _SINCE_START,
                "injured.gaza", requires=_GAZA, rejects=_NOT_GAZA),
        Pattern(r"{count}(?: " + _PEOPLE + r")? (?:have been |had been |were |been )?(?:injured|wounded)", "injured.gaza",
                requires=_GAZA, rejects=_NOT_GAZA, scope="incident"),
        Pattern(r"(?:injured|wounded|injuring|wounding) {count}(?: " + _PEOPLE + r")?", "injured.gaza",
                requires=_GAZA, rejects=_NOT_GAZA, scope="incident"),
    ),
    examples=(
        Example("Gaza’s death toll surpassed 40,000 on Thursday, the territory’s Health Ministry said.",
                (("killed.gaza", "death toll surpassed 40,000", 40000, None),)),
        Example("The death toll in Gaza has risen to 34,183, according to the Health Ministry in the enclave.",
                (("killed.gaza", "death toll in Gaza has risen to 34,183", 34183, 34183),)),
        Example("Gaza faces a death toll exceeding 60,000 Palestinians, according to Gazan health officials.",
                (("killed.gaza", "death toll exceeding 60,000", 60000, None),)),
        Example("Israel’s retaliatory campaign has claimed tens of thousands of lives in Gaza, local officials say.",
                (("killed.gaza", "claimed tens of thousands of lives", 20000, 99999),)),
        Example("More than 1,000 Palestinians have been killed in Gaza since the truce collapsed in March.",
                (("killed.gaza", "More than 1,000 Palestinians have been killed", 1000, None),)),
        Example("At least 37,000 Palestinians have been killed in Gaza since the war began, the ministry said.",
                (("killed.gaza", "At least 37,000 Palestinians have been killed in Gaza since the war began", 37000,
                  None),)),
        Example("Israeli strikes across Gaza wounded about 300 people overnight, medics said (figures could not be verified).",
                (("injured.gaza", "wounded about 300 people", 300, 300),)),
        Example("In the occupied West Bank, at least 1,000 Palestinians have been killed by troops or settlers.",
                (("killed.westbank", "In the occupied West Bank, at least 1,000 Palestinians have been killed", 1000, None),)),
        Example("Over 1,200 Israelis were killed, and thousands more injured, while the campaign in Gaza went on."),
        Example("The strike killed 12 people in southern Lebanon, Lebanese officials said, as fighting in Gaza raged."),
        Example("Israel’s death toll from the Oct. 7 attack stood at about 1,200."),
        Example('GAZA CITY (AP) — Israeli strikes killed at least 42 people across the Gaza Strip overnight, hospital officials said Tuesday.',
                (('killed.gaza', 'killed at least 42 people', 42, None),), by='hospital officials', scope='daily'),
        Example('The Health Ministry in Gaza said Monday that 51,266 Palestinians had been killed since the war began, a figure that does not distinguish between civilians and combatants.',
                (('killed.gaza', '51,266 Palestinians had been killed since the war began', 51266, 51266),), by='The Health Ministry in Gaza', scope=None),
        Example('Live updates: The ministry says the death toll in Gaza has climbed to 45,338, with 107,764 people wounded.',
                (('killed.gaza', 'death toll in Gaza has climbed to 45,338', 45338, 45338),
                 ('injured.gaza', '107,764 people wounded', 107764, 107764),), by='The ministry'),
        Example("According to Gaza's Health Ministry, more than 43,000 people have been killed in Gaza since the start of the war.",
                (('killed.gaza', 'more than 43,000 people have been killed in Gaza since the start of the war', 43000, None),), by="Gaza's Health Ministry", scope=None),
        Example('Analysts warn that famine could kill tens of thousands more in Gaza if aid does not reach the north.'),
        Example('If the ceasefire collapses, officials fear that thousands more Palestinians in Gaza could be killed within weeks.'),
        Example('The ministry did not say how many of the 40,000 dead in Gaza were fighters.'),
        Example("More than 92,000 people have been wounded in Gaza since the war began, according to the territory's Health Ministry.",
                (('injured.gaza', 'More than 92,000 people have been wounded in Gaza since the war began', 92000, None),), by="the territory's Health Ministry", scope=None),
        Example('An airstrike on a school sheltering displaced families in Gaza killed 22 people, including six children, civil defence officials said.',
                (('killed.gaza', 'killed 22 people', 22, 22),), by='civil defence officials', scope='incident'),
        Example('Nearly 800 Palestinians have been killed in the occupied West Bank since October 2023, according to the UN humanitarian office.',
                (('killed.westbank', 'Nearly 800 Palestinians have been killed in the occupied West Bank', 800, 800),), by='the UN humanitarian office', scope=None),
        Example('In the West Bank, where raids have intensified, 12 Palestinians were killed on Wednesday, the Palestinian Health Ministry said.',
                (('killed.westbank', 'In the West Bank, where raids have intensified, 12 Palestinians were killed', 12, 12),), by='the Palestinian Health Ministry', scope='incident'),
        Example("Gaza's death toll (now above 50,000, by the ministry's count) dwarfs that of any previous round of fighting.",
                (('killed.gaza', 'death toll (now above 50,000', 50000, None),), by=None, scope=None),
        Example('Opinion: When a death toll reaches 30,000 in a territory the size of Gaza, numbers stop meaning anything to most readers.'),
        Example('Some 1,200 people were killed in Israel on Oct. 7, while the Gaza death toll has since exceeded 44,000.',
                (('killed.gaza', 'death toll has since exceeded 44,000', 44000, None),), by=None, scope=None),
        Example('Hezbollah said its fighters killed three Israeli soldiers in southern Lebanon, far from the fighting in Gaza.'),
        Example('Health officials in Gaza said the bombardment killed 104 people in 24 hours, the deadliest day in weeks.',
                (('killed.gaza', 'killed 104 people', 104, 104),), by='Health officials in Gaza', scope='daily'),
        Example('Palestinian health officials say more than 53,000 people have been killed in Gaza since the war began, over half of them women and children.',
                (('killed.gaza', 'more than 53,000 people have been killed in Gaza since the war began', 53000, None),), by='Palestinian health officials', scope=None),
        Example('Israeli strikes killed twenty-seven people in Gaza on Saturday, including a family of nine in Deir al-Balah, according to the civil defence agency.',
                (('killed.gaza', 'killed twenty-seven people', 27, 27),), by='the civil defence agency', scope='incident'),
        Example("The ministry's tally rose to 37,266 killed and 85,102 wounded since the war began, officials in Gaza said on Sunday.",
                (('killed.gaza', 'tally rose to 37,266 killed', 37266, 37266),
                 ('injured.gaza', '85,102 wounded since the war began', 85102, 85102),), scope=None),
        Example('At least 58 people have been killed in Gaza over the past 24 hours, the Health Ministry said, bringing the toll since October 2023 to 61,158.',
                (('killed.gaza', 'At least 58 people have been killed', 58, None),
                 ('killed.gaza', 'bringing the toll since October 2023 to 61,158', 61158, 61158),), by='the Health Ministry'),
        Example('In a statement, the Israeli military said it had killed about 17,000 militants in Gaza, a figure it did not substantiate.'),
        Example('Nine Palestinians, including two teenagers, were killed in an Israeli raid in the West Bank city of Jenin, the Palestinian Health Ministry said.',
                (('killed.westbank', 'Nine Palestinians, including two teenagers, were killed in an Israeli raid in the West Bank', 9, 9),), by='the Palestinian Health Ministry', scope='incident'),
        Example("“More than 30,000 people have been killed in Gaza since the war began,” the ministry's spokesman, Ashraf al-Qudra, told reporters.",
                (('killed.gaza', 'More than 30,000 people have been killed in Gaza since the war began', 30000, None),), by="the ministry's spokesman", scope=None),
        Example('Gaza death toll passes 40,000, health ministry says',
                (('killed.gaza', 'death toll passes 40,000', 40000, None),), by='health ministry', scope=None),
    ),
)
