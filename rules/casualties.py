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
        Pattern(r"(?:in|on) the (?:occupied )?West Bank[^.;]{0,60}?{count} " + _PEOPLE + r"?\s*(?:have been |had been |were )?killed",
                "killed.westbank"),
        Pattern(r"{count} " + _PEOPLE + r" (?:have been |had been |were )?killed (?:in|across) the (?:occupied )?West Bank",
                "killed.westbank"),
        Pattern(r"death toll(?: in (?:Gaza|the Gaza Strip|the enclave))?(?:,[^,;]{0,40},)? (?:(?:has|had|have|now|is|was|stands|stood|"
                r"risen|rose|climbed|reached|of|at|to)\s+){0,3}{count}", "killed.gaza",
                requires=_GAZA, rejects=r"Israel(?:'s|’s|i) death toll|West Bank"),
        Pattern(r"{count}(?: " + _PEOPLE + r")?(?: \w+){0,3}? (?:have been |had been |were |been )?killed" + _SINCE_START,
                "killed.gaza", requires=r"Gaza", rejects=_NOT_GAZA + r"|Oct(?:ober|\.)? 7 attack"),
        Pattern(r"claimed {count}(?: of)? (?:Palestinian )?lives", "killed.gaza", requires=r"Gaza"),
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
    ),
)
