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
                r"(?: \w+){0,2}? (?:were |had been |have been |was )?killed", "killed.israel.oct7",
                requires=_ATTACK, rejects=_PALESTINIAN),
        Pattern(r"(?:killed|killing|the deaths of|left) {count} (?:Israelis|people)(?: dead)?", "killed.israel.oct7",
                requires=_ATTACK, rejects=_PALESTINIAN),
        Pattern(r"(?:loss|losses) of {count} (?:Israeli |innocent )?lives", "killed.israel.oct7",
                requires=_ATTACK, rejects=_PALESTINIAN),
        Pattern(r"death toll (?:from|of) the (?:{date} )?(?:attack|assault|massacre)"
                r" (?:\w+ ){0,2}?(?:at|of|to) {count}", "killed.israel.oct7", requires=_ATTACK, figure="count"),
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
    ),
)
