"""Journalists and aid workers killed: who they are, and their Gaza-war tolls (cumulative tolls kept by press
and aid groups)."""

import datetime as dt

from checker.lexicon import Group, Vocabulary
from checker.rule import Example, Expect, Metric, Rule, frame

_WAR = dt.date(2023, 10, 7)

GROUPS = (
    Group(
        "journalists",
        (
            "journalists",
            "journalist",
            "reporters",
            "media workers",
            "journalists and media workers",
            "media professionals",
            "photojournalists",
            "media personnel",
            "press workers",
            "Palestinian journalists",
            "media staff",
            "correspondents",
            "camera operators",
        ),
    ),
    Group(
        "aid_workers",
        (
            "aid workers",
            "humanitarian workers",
            "relief workers",
            "humanitarians",
            "humanitarian staff",
            "aid staff",
            "NGO workers",
            "Red Crescent workers",
            "Red Crescent staff",
            "Red Cross workers",
            "WCK workers",
            "World Central Kitchen workers",
            "staff members",
            "colleagues",
            "employees",
            "staff",
            "staffers",
        ),
    ),
    Group(
        "un_staff",
        (
            "UN staff",
            "UN staff members",
            "UN personnel",
            "UN workers",
            "UN employees",
            "UNRWA staff",
            "UNRWA employees",
            "UNRWA workers",
            "UNRWA staff members",
            "UNRWA colleagues",
            "UNRWA personnel",
            "United Nations staff",
            "United Nations personnel",
            "United Nations workers",
            "United Nations employees",
        ),
    ),
)

RULE = Rule(
    code="MED",
    name="journalists-aid-workers",
    summary="Journalists and aid workers killed since the war began.",
    vocabulary=Vocabulary(groups=GROUPS),
    metrics=(
        Metric(
            "killed.journalists",
            "persons",
            "cumulative",
            "Journalists and media workers killed in the Gaza war.",
            start=_WAR,
            frame=frame(measure="killed", group="journalists", place="gaza"),
        ),
        Metric(
            "killed.aid_workers",
            "persons",
            "cumulative",
            "Aid workers (UN and NGO) killed in the Gaza war.",
            start=_WAR,
            frame=frame(measure="killed", group="aid_workers", place="gaza"),
        ),
    ),
    examples=(
        Example(
            (
                "At least 178 journalists and media workers have been killed in Gaza since the "
                "war began, the Committee to Protect Journalists said on Friday."
            ),
            (Expect("killed.journalists", "At least 178 journalists and media workers have been killed", 178, None),),
        ),
        Example(
            "The death toll among Palestinian journalists has risen to 192, according to the Gaza media office.",
            (Expect("killed.journalists", "death toll among Palestinian journalists has risen to 192", 192, 192),),
        ),
        Example(
            (
                "An Israeli strike on a tent near Nasser hospital killed five journalists, "
                "including a freelance photographer, officials said (the army said it had "
                "targeted a militant)."
            ),
            (Expect("killed.gaza.journalists.incident", "killed five journalists", 5, 5),),
        ),
        Example(
            "More than 280 aid workers, most of them UNRWA staff, have been killed, the UN said.",
            (
                Expect(
                    "killed.aid_workers",
                    "More than 280 aid workers, most of them UNRWA staff, have been killed",
                    280,
                    None,
                ),
            ),
        ),
        Example(
            "Nearly 300 UN staff members have been killed in Gaza, the highest toll in the organisation’s history.",
            (Expect("killed.gaza.un_staff", "Nearly 300 UN staff members have been killed", 300, 300),),
        ),
        Example(
            "Two journalists were wounded and another was detained at a checkpoint, the union said.",
            (Expect("injured.journalists", "Two journalists were wounded and", 2, 2),),
        ),
        Example("Dozens of aid workers protested outside the UN office in Geneva on Monday."),
        Example(
            (
                "At least 170 journalists and media workers have been killed since the war began, "
                "the Committee to Protect Journalists said."
            ),
            (
                Expect(
                    "killed.journalists",
                    "At least 170 journalists and media workers have been killed",
                    170,
                    None,
                    by="the Committee to Protect Journalists",
                ),
            ),
        ),
        Example(
            "The death toll among aid workers in Gaza has risen to 280, most of them UNRWA staff, the UN said.",
            (
                Expect(
                    "killed.aid_workers", "death toll among aid workers in Gaza has risen to 280", 280, 280, by="the UN"
                ),
            ),
        ),
        Example(
            (
                "An Israeli strike killed five journalists outside al-Awda hospital on Thursday, "
                "Gaza's civil defence said."
            ),
            (Expect("killed.gaza.journalists.incident", "killed five journalists", 5, 5, by="Gaza's civil defence"),),
        ),
        Example(
            "More than 200 UN staff have been killed in Gaza, the highest toll in the organisation's history.",
            (Expect("killed.gaza.un_staff", "More than 200 UN staff have been killed", 200, None, by=""),),
        ),
        Example(
            "The toll among journalists in Gaza stands at 190, according to the Gaza media office.",
            (
                Expect(
                    "killed.journalists",
                    "toll among journalists in Gaza stands at 190",
                    190,
                    190,
                    by="the Gaza media office",
                ),
            ),
        ),
        Example(
            "Reporters Without Borders said that at least 35 journalists were killed while working.",
            (
                Expect(
                    "killed.journalists",
                    "at least 35 journalists were killed",
                    35,
                    None,
                    by="Reporters Without Borders",
                ),
            ),
        ),
        Example("Aid agencies warned that more aid workers could be killed unless deconfliction improves."),
        Example(
            "Two journalists were wounded in the strike, their employer said.",
            (Expect("injured.journalists.incident", "Two journalists were wounded", 2, 2),),
        ),
        Example(
            (
                "Since the war began, at least 210 journalists have been killed in Gaza, the Gaza "
                "government media office said on Monday."
            ),
            (
                Expect(
                    "killed.journalists",
                    "at least 210 journalists have been killed",
                    210,
                    None,
                    by="the Gaza government media office",
                ),
            ),
        ),
        Example(
            "UNRWA says 254 of its staff have been killed in Gaza since October 2023.",
            (Expect("killed.aid_workers", "254 of its staff have been killed", 254, 254, by="UNRWA"),),
        ),
    ),
)
