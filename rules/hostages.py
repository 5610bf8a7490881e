"""Hostages taken on October 7, 2023: how many were taken, are held, alive, dead in captivity, released.

Within this rule the earlier pattern wins a figure, so the specific (alive, dead) come before held.
"""

from checker.rule import Example, Metric, Pattern, Rule

_HOSTAGE = r"hostage|captiv|abduct|held"
_WHO = r"(?:hostages|captives|Israelis|people|abductees)"

RULE = Rule(
    code="HOS",
    name="hostages",
    summary="Hostages taken in the October 7 attack, and how many are held, alive, dead or released.",
    topic=r"hostage|captive",
    metrics=(
        Metric("hostages.taken", "persons", "fixed", "People taken hostage into Gaza on October 7, 2023."),
        Metric("hostages.held", "persons", "level", "Hostages still held in Gaza, alive or dead.",
               at_most="hostages.taken"),
        Metric("hostages.held_alive", "persons", "level", "Hostages held in Gaza believed to be alive.",
               at_most="hostages.held"),
        Metric("hostages.dead_in_captivity", "persons", "level", "Hostages held in Gaza believed to be dead.",
               at_most="hostages.held"),
        Metric("hostages.released", "persons", "per_event",
               "Hostages released: in one exchange (scope exchange) or in all (scope total)."),
    ),
    patterns=(
        Pattern(r"{count} (?:living|surviving) (?:hostages|captives)", "hostages.held_alive"),
        Pattern(r"{count} (?:of them |hostages |captives )?(?:are |remain |still |are still |believed to be |"
                r"thought to be |are believed to be |are thought to be )+alive", "hostages.held_alive",
                requires=_HOSTAGE),
        Pattern(r"{count} (?:of them |hostages |captives )?(?:are |were |have |had )?(?:believed |thought |presumed |"
                r"confirmed )?(?:to be |to have )?(?:dead|died in captivity|been killed in captivity)",
                "hostages.dead_in_captivity", requires=_HOSTAGE),
        Pattern(r"(?:bodies|remains) of {count} (?:dead )?(?:hostages|captives)", "hostages.dead_in_captivity"),
        Pattern(r"{count} (?:people |Israelis |hostages |captives |of them )?(?:were |had been |have been )?"
                r"(?:taken|abducted|kidnapped|seized|dragged)(?: hostage| captive| into Gaza)?", "hostages.taken",
                requires=_HOSTAGE + r"|taken", rejects=r"released|freed"),
        Pattern(r"(?:seized|took|abducted|kidnapped|captured|taking) {count} " + _WHO, "hostages.taken",
                requires=_HOSTAGE),
        Pattern(r"{count} " + _WHO + r"?(?:,[^.;]{0,60},)?\s*(?:are |remain |were |still |are still |being |"
                r"currently |believed to be |thought to be )+(?:held|in captivity|captive)", "hostages.held",
                requires=_HOSTAGE),
        Pattern(r"{count} (?:hostages|captives) (?:remain|are still|still) in Gaza", "hostages.held"),
        Pattern(r"{count} " + _WHO + r"? ?(?:being |were |have been |had been |was |to be )?(?:released|freed|"
                r"returned)(?: so far| in total| in all| since)", "hostages.released", requires=_HOSTAGE,
                scope="total"),
        Pattern(r"(?:freed|released|returned) {count} (?:hostages|captives)(?: so far| in total| in all)",
                "hostages.released", scope="total"),
        Pattern(r"{count} " + _WHO + r"? ?(?:being |were |have been |had been |was |to be )?(?:released|freed)",
                "hostages.released", requires=_HOSTAGE, rejects=r"prisoners|detainees", scope="exchange"),
        Pattern(r"(?:release|freeing|return) of {count} (?:Israeli )?(?:hostages|captives)", "hostages.released",
                scope="exchange"),
    ),
    examples=(
        Example("Over 1,200 Israelis were killed in the initial attack, and around 250 hostages were taken, with only "
                "100 being released during a brief cease-fire.",
                (("hostages.taken", "around 250 hostages were taken", 250, 250),
                 ("hostages.released", "100 being released", 100, 100))),
        Example("Beyond the tragic loss of approximately 1,200 lives, the group and its allies seized around 250 "
                "hostages, intending to use them as bargaining chips.",
                (("hostages.taken", "seized around 250 hostages", 250, 250),)),
        Example("At the heart of the talks lies the hostage crisis. As many as 50 Israelis, including civilians and "
                "soldiers, are still held in Gaza, with estimates suggesting around 20 remain alive.",
                (("hostages.held", "As many as 50 Israelis, including civilians and soldiers, are still held", None, 50),
                 ("hostages.held_alive", "around 20 remain alive", 20, 20))),
        Example("It is estimated that approximately 20 living hostages remain in Gaza.",
                (("hostages.held_alive", "approximately 20 living hostages", 20, 20),)),
        Example("Hostages remain a critical issue, with dozens still held by Hamas.",
                (("hostages.held", "dozens still held", 24, 99),)),
        Example("Of the 48 hostages still in Gaza, Israeli officials believe 20 are alive and at least 25 are "
                "believed to be dead.",
                (("hostages.held", "48 hostages still in Gaza", 48, 48),
                 ("hostages.held_alive", "20 are alive", 20, 20),
                 ("hostages.dead_in_captivity", "at least 25 are believed to be dead", 25, None))),
        Example("Hamas has freed 105 hostages so far in exchange for 240 Palestinian prisoners (under the November deal).",
                (("hostages.released", "freed 105 hostages so far", 105, 105),)),
        Example("LIVE: Red Cross vehicles carrying the bodies of four hostages crossed into Israel at 9am.",
                (("hostages.dead_in_captivity", "bodies of four hostages", 4, 4),)),
        Example("The deal would see the release of 1,900 Palestinian prisoners and detainees held by Israel."),
        Example("Families of the hostages marched for two days from Tel Aviv to Jerusalem."),
    ),
)
