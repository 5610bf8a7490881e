"""The October 7, 2023 attack on Israel: how many were killed (a historical figure that should not change)."""

from checker.rule import Example, Metric, Pattern, Rule

_ATTACK = (r"Oct(?:ober|\.)?\s*7|\b(?:Hamas|militants?)\b[^.]{0,120}?\battacks?\b|attack on (?:southern )?Israel"
           r"|cross-border (?:attack|assault|raid)|initial attack")
_PALESTINIAN = r"Palestinians?|Gazans?|in Gaza\b"

RULE = Rule(
    code="OCT",
    name="oct7-attack",
    summary="People killed in Israel in the Hamas-led attack of October 7, 2023.",
    topic=r"Israel",
    metrics=(
        Metric("killed.israel.oct7", "persons", "fixed", "People killed in Israel in the October 7, 2023 attack."),
    ),
    patterns=(
        Pattern(r"{count} (?:Israelis|people in Israel|people|Israeli civilians and soldiers|Israeli civilians)"
                r"(?: \w+){0,2}? (?:were |had been |have been |was )?(?:killed|died)", "killed.israel.oct7",
                requires=_ATTACK, rejects=_PALESTINIAN),
        Pattern(r"(?:killed|killing|the deaths of|left) {count} (?:Israelis|people)(?: dead)?", "killed.israel.oct7",
                requires=_ATTACK, rejects=_PALESTINIAN),
        Pattern(r"(?:loss|losses) of {count} (?:Israeli |innocent )?lives", "killed.israel.oct7",
                requires=_ATTACK, rejects=_PALESTINIAN),
        Pattern(r"(?:number|toll) (?:of (?:people|Israelis) )?killed in the (?:{date} )?(?:attack|assault|massacre)"
                r"(?: on Israel)? (?:at|to) {count}", "killed.israel.oct7", requires=_ATTACK, figure="count"),
        Pattern(r"death toll (?:from|of) the (?:{date} )?(?:attack|assault|massacre)"
                r" (?:\w+ ){0,4}?(?:at|of|to) {count}", "killed.israel.oct7", requires=_ATTACK, figure="count"),
    ),
    examples=(
        Example("The conflict, ignited by Hamas’ cross-border assault on October 7, has devastated both sides. "
                "Over 1,200 Israelis were killed in the initial attack.",
                (("killed.israel.oct7", "Over 1,200 Israelis were killed", 1200, None),)),
        Example("Hamas leaders have aimed for the elimination of Israel, hoping their 2023 attacks would force attention "
                "on statehood. Beyond the tragic loss of approximately 1,200 lives, the group seized around 250 hostages.",
                (("killed.israel.oct7", "loss of approximately 1,200 lives", 1200, 1200),)),
        Example("The war began when Hamas-led militants stormed southern Israel on Oct. 7, 2023, killing about 1,200 "
                "people, most of them civilians, according to Israeli tallies.",
                (("killed.israel.oct7", "killing about 1,200 people", 1200, 1200),)),
        Example("Israel’s death toll from the Oct. 7 attack stood at about 1,200.",
                (("killed.israel.oct7", "death toll from the Oct. 7 attack stood at about 1,200", 1200, 1200),)),
        Example("An Israeli attack on a school in Gaza City killed 30 Palestinians, the civil defence agency said."),
        Example("More than 40,000 people have been killed in Gaza since the Hamas attack, the ministry said."),
        Example('Hamas-led militants killed about 1,200 people in southern Israel on Oct. 7, 2023, most of them civilians, according to Israeli tallies.',
                (('killed.israel.oct7', 'killed about 1,200 people', 1200, 1200),), by='Israeli tallies', scope=None),
        Example('The Oct. 7 attack on Israel killed some 1,200 people, the deadliest day for Jews since the Holocaust.',
                (('killed.israel.oct7', 'killed some 1,200 people', 1200, 1200),), by=None, scope=None),
        Example('Israel says 1,139 people were killed in the Oct. 7 attack, according to an AFP tally based on official figures.',
                (('killed.israel.oct7', '1,139 people were killed', 1139, 1139),), by='Israel', scope=None),
        Example('The death toll from the Oct. 7 attack has been revised down to about 1,200, Israeli officials said.',
                (('killed.israel.oct7', 'death toll from the Oct. 7 attack has been revised down to about 1,200', 1200, 1200),), by='Israeli officials', scope=None),
        Example('On October 7, 2023, Hamas gunmen stormed into Israel, killing roughly 1,200 people and taking 251 hostages.',
                (('killed.israel.oct7', 'killing roughly 1,200 people', 1200, 1200),), by=None, scope=None),
        Example('Around 1,200 Israelis died in the Oct. 7 assault, which triggered the war in Gaza.',
                (('killed.israel.oct7', 'Around 1,200 Israelis died', 1200, 1200),), by=None, scope=None),
        Example('More than 360 people were killed at the Nova music festival alone, police said.'),
        Example("Gaza's Health Ministry says more than 40,000 Palestinians have been killed since the attack."),
        Example('If the attack had been stopped at the border, thousands of lives could have been saved, an inquiry found.'),
        Example('The massacre of October 7 left 1,200 people dead and thousands injured, Israeli officials say.',
                (('killed.israel.oct7', 'left 1,200 people dead', 1200, 1200),), scope=None),
        Example("Hamas's attack on Israel on October 7, 2023, killed 1,200 people, mostly civilians, and some 250 others were taken hostage.",
                (('killed.israel.oct7', 'killed 1,200 people', 1200, 1200),), by=None, scope=None),
        Example("The attack on Israel, in which nearly 1,200 people were killed, was the deadliest in the country's history.",
                (('killed.israel.oct7', 'nearly 1,200 people were killed', 1200, 1200),), by=None, scope=None),
        Example('Officials in Israel put the number killed in the Oct. 7 attack at 1,163, a figure later revised upward.',
                (('killed.israel.oct7', 'number killed in the Oct. 7 attack at 1,163', 1163, 1163),), by=None, scope=None),
    ),
)
