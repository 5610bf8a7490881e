"""Journalists and aid workers killed in the Gaza war (cumulative tolls kept by press and aid groups)."""

import datetime as dt

from checker.rule import Example, Metric, Pattern, Rule

_WAR = dt.date(2023, 10, 7)
_JOURNALISTS = r"(?:Palestinian )?(?:journalists|reporters|media workers|journalists and media workers)"
_AID_WORKERS = r"(?:humanitarian |aid )?(?:aid workers|humanitarian workers|relief workers|UN staff(?: members)?|" \
               r"UNRWA (?:staff|employees|workers)(?: members)?)"
_ASIDE = r"(?:,[^,.;]{0,60},)?"

RULE = Rule(
    code="MED",
    name="journalists-aid-workers",
    summary="Journalists and aid workers killed since the war began.",
    topic=r"journalist|reporter|media worker|aid worker|humanitarian worker|relief worker|UN staff|UNRWA",
    metrics=(
        Metric("killed.journalists", "persons", "cumulative", "Journalists and media workers killed in the Gaza war.",
               start=_WAR),
        Metric("killed.aid_workers", "persons", "cumulative", "Aid workers (UN and NGO) killed in the Gaza war.",
               start=_WAR),
    ),
    patterns=(
        # "have been killed" is the toll so far; "were killed" and "killed five" count one incident.
        Pattern(r"{count} " + _JOURNALISTS + _ASIDE + r"(?: \w+){0,3}? (?:have|has|had) been killed", "killed.journalists",
                rejects=r"injured|wounded|arrested|detained"),
        Pattern(r"(?:death toll|toll) (?:of|among|for) " + _JOURNALISTS + r" (?:\w+ ){0,4}?(?:at|to|of) {count}",
                "killed.journalists", figure="count"),
        Pattern(r"(?:death toll|toll) (?:of|among|for) " + _AID_WORKERS + r" (?:\w+ ){0,4}?(?:at|to|of) {count}",
                "killed.aid_workers", figure="count"),
        Pattern(r"{count} " + _JOURNALISTS + _ASIDE + r"(?: \w+){0,3}? (?:were|was) killed", "killed.journalists",
                scope="incident"),
        Pattern(r"(?:killing|killed|deaths of) {count} " + _JOURNALISTS, "killed.journalists", scope="incident"),
        Pattern(r"{count} " + _AID_WORKERS + _ASIDE + r"(?: \w+){0,3}? (?:have|has|had) been killed", "killed.aid_workers"),
        Pattern(r"{count} " + _AID_WORKERS + _ASIDE + r"(?: \w+){0,3}? (?:were|was) killed", "killed.aid_workers",
                scope="incident"),
        Pattern(r"(?:killing|killed|deaths of) {count} " + _AID_WORKERS, "killed.aid_workers", scope="incident"),
        Pattern(r"{count} of (?:its|their) (?:staff|employees|workers|colleagues)(?: members)? (?:have|has|had) been killed",
                "killed.aid_workers", requires=r"UNRWA|\bUN\b|United Nations|aid|humanitarian|relief"),
    ),
    examples=(
        Example("At least 178 journalists and media workers have been killed in Gaza since the war began, the "
                "Committee to Protect Journalists said on Friday.",
                (("killed.journalists", "At least 178 journalists and media workers have been killed", 178, None),)),
        Example("The death toll among Palestinian journalists has risen to 192, according to the Gaza media office.",
                (("killed.journalists", "death toll among Palestinian journalists has risen to 192", 192, 192),)),
        Example("An Israeli strike on a tent near Nasser hospital killed five journalists, including a freelance "
                "photographer, officials said (the army said it had targeted a militant).",
                (("killed.journalists", "killed five journalists", 5, 5),)),
        Example("More than 280 aid workers, most of them UNRWA staff, have been killed, the UN said.",
                (("killed.aid_workers", "More than 280 aid workers, most of them UNRWA staff, have been killed", 280,
                  None),)),
        Example("Nearly 300 UN staff members have been killed in Gaza, the highest toll in the organisation’s history.",
                (("killed.aid_workers", "Nearly 300 UN staff members have been killed", 300, 300),)),
        Example("Two journalists were wounded and another was detained at a checkpoint, the union said."),
        Example("Dozens of aid workers protested outside the UN office in Geneva on Monday."),
        Example('At least 170 journalists and media workers have been killed since the war began, the Committee to Protect Journalists said.',
                (('killed.journalists', 'At least 170 journalists and media workers have been killed', 170, None),), by='the Committee to Protect Journalists', scope=None),
        Example('The death toll among aid workers in Gaza has risen to 280, most of them UNRWA staff, the UN said.',
                (('killed.aid_workers', 'death toll among aid workers in Gaza has risen to 280', 280, 280),), by='the UN', scope=None),
        Example("An Israeli strike killed five journalists outside al-Awda hospital on Thursday, Gaza's civil defence said.",
                (('killed.journalists', 'killed five journalists', 5, 5),), by="Gaza's civil defence", scope='incident'),
        Example("More than 200 UN staff have been killed in Gaza, the highest toll in the organisation's history.",
                (('killed.aid_workers', 'More than 200 UN staff have been killed', 200, None),), by=None, scope=None),
        Example('The toll among journalists in Gaza stands at 190, according to the Gaza media office.',
                (('killed.journalists', 'toll among journalists in Gaza stands at 190', 190, 190),), by='the Gaza media office', scope=None),
        Example('Reporters Without Borders said that at least 35 journalists were killed while working.',
                (('killed.journalists', 'at least 35 journalists were killed', 35, None),), by='Reporters Without Borders', scope='incident'),
        Example('Aid agencies warned that more aid workers could be killed unless deconfliction improves.'),
        Example('Two journalists were wounded in the strike, their employer said.'),
        Example('Since the war began, at least 210 journalists have been killed in Gaza, the Gaza government media office said on Monday.',
                (('killed.journalists', 'at least 210 journalists have been killed', 210, None),), by='the Gaza government media office', scope=None),
        Example('UNRWA says 254 of its staff have been killed in Gaza since October 2023.',
                (('killed.aid_workers', '254 of its staff have been killed', 254, 254),), by='UNRWA', scope=None),
    ),
)
