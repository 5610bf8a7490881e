"""Hostages taken on October 7, 2023: how many were taken, are held, alive, dead in captivity, released.

Within this rule the earlier pattern wins a figure, so the specific (alive, dead) come before held.
"""

from checker.rule import Example, Metric, Pattern, Rule

_HOSTAGE = r"hostage|captiv|abduct|held"
_WHO = r"(?:hostages|captives|Israelis|people|abductees)"
_ASIDE = r"(?:\s*\([^()]{1,80}\)\s*|\s*[—–]\s*[^—–.;]{1,80}[—–]\s*|,[^,.;]{1,60},\s*)?"
"""A parenthesis or dashes between a figure and its verb: "Dozens of hostages (the number is disputed) are held"."""

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
        # Releases first: "Twenty living hostages ... were freed" is a release, not a count of the living.
        Pattern(r"(?:[Ii]n all|[Ii]n total|[Aa]ltogether|[Ss]o far),? {count} " + _WHO + r"? ?(?:have been |had been |were )?"
                r"(?:released|freed|returned)", "hostages.released", scope="total"),
        Pattern(r"{count} (?:more |other |additional )?" + _WHO + r"? ?" + _ASIDE + r"(?:being |were |have been |had been "
                r"|was |to be )?(?:released|freed|returned)(?: so far| in total| in all| since)", "hostages.released",
                requires=_HOSTAGE, scope="total"),
        Pattern(r"(?:freed|released|returned) {count} (?:hostages|captives)(?: so far| in total| in all)",
                "hostages.released", scope="total"),
        Pattern(r"(?:number|total) (?:of hostages |of captives )?(?:released|freed|returned)(?: since [^,.;]{1,30}?)? to {count}",
                "hostages.released", scope="total"),
        Pattern(r"{count} (?:more |other |additional |living |surviving )?(?:of the )?" + _WHO + r"? ?" + _ASIDE + r"(?:being |were |have been "
                r"|had been |was |to be |could be |would be |will be |may be |might be |are to be )?(?:released|freed)",
                "hostages.released", requires=_HOSTAGE, scope="exchange"),
        Pattern(r"(?:release|freeing|return|handover) of {count} (?:more )?(?:Israeli )?(?:hostages|captives)",
                "hostages.released", scope="exchange"),
        Pattern(r"(?:free|release|freeing|releasing|freed|released|return|returned|returning|hand over|handed over) {count} "
                r"(?:more |other |Israeli |living )*(?:hostages|captives)", "hostages.released", scope="exchange"),
        Pattern(r"(?:bodies|remains) of {count} (?:dead |deceased |slain )?(?:hostages|captives) (?:were |have been |had been "
                r"|was )?(?:handed over|returned|repatriated|released|brought back|recovered)", "hostages.released",
                scope="exchange"),
        Pattern(r"{count} (?:living|surviving) (?:hostages|captives)", "hostages.held_alive"),
        Pattern(r"{count} (?:of them |of whom |of the hostages |of the captives |hostages |captives )?(?:are |remain |still |"
                r"are still |believed to be |"
                r"thought to be |are believed to be |are thought to be )+alive", "hostages.held_alive",
                requires=_HOSTAGE),
        Pattern(r"{count} (?:of them |of whom |of the (?:hostages|captives)(?: [\w-]+){0,4}? |hostages |captives )?"
                r"(?:are |were |have |had )?(?:believed |thought |presumed |"
                r"confirmed )?(?:to be |to have )?(?:dead|died in captivity|been killed in captivity)",
                "hostages.dead_in_captivity", requires=_HOSTAGE),
        Pattern(r"(?:bodies|remains) of {count} (?:dead )?(?:hostages|captives)", "hostages.dead_in_captivity",
                rejects=r"handed over|returned|repatriated|released|brought back|recovered"),
        Pattern(r"{count} (?:people |Israelis |hostages |captives |of them )?(?:were |had been |have been )?"
                r"(?:taken|abducted|kidnapped|seized|dragged)(?: hostage| captive| into Gaza)?", "hostages.taken",
                requires=_HOSTAGE + r"|taken", rejects=r"released|freed"),
        Pattern(r"(?:seized|took|abducted|kidnapped|captured|taking) {count} " + _WHO, "hostages.taken",
                requires=_HOSTAGE),
        Pattern(r"{count} (?:of )?" + _WHO + r"?" + _ASIDE + r"(?:,[^.;]{0,60},)?\s*(?:are |remain |were |still |are still "
                r"|being |currently |believed to be |thought to be )+(?:held|in captivity|captive)", "hostages.held",
                requires=_HOSTAGE),
        Pattern(r"{count} (?:hostages|captives) (?:remain|are still|still) in Gaza", "hostages.held"),
        Pattern(r"(?:holding|holds|held|hold) {count} (?:more )?(?:hostages|captives)", "hostages.held"),
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
        Example('Hamas-led militants took about 250 people hostage during the Oct. 7 attack, according to Israeli tallies.',
                (('hostages.taken', 'took about 250 people', 250, 250),), by='Israeli tallies', scope=None),
        Example('Israel says 59 hostages remain in Gaza, of whom 24 are believed to be alive.',
                (('hostages.held', '59 hostages remain in Gaza', 59, 59),
                 ('hostages.held_alive', '24 are believed to be alive', 24, 24),), by='Israel', scope=None),
        Example('Of the 251 hostages abducted on October 7, 2023, more than 100 were freed during a week-long truce that November.',
                (('hostages.taken', '251 hostages abducted', 251, 251),
                 ('hostages.released', 'more than 100 were freed', 100, None),), by=None),
        Example('Around 100 hostages are still held in Gaza, including about a third who are believed to be dead, Israeli officials say.',
                (('hostages.held', 'Around 100 hostages are still held', 100, 100),), by='Israeli officials', scope=None),
        Example("The families' forum said 35 hostages are confirmed dead, and their bodies remain in Gaza.",
                (('hostages.dead_in_captivity', '35 hostages are confirmed dead', 35, 35),), by="The families' forum", scope=None),
        Example('Under the deal, Hamas would release 33 hostages during the first phase.',
                (('hostages.released', 'release 33 hostages', 33, 33),), by=None, scope='proposal'),
        Example('If 50 hostages were released, Israel would pause its offensive for several weeks, the proposal reportedly said.'),
        Example('Hamas did not release the 20 hostages it had promised, Israeli officials said on Saturday.'),
        Example('The bodies of four hostages were handed over on Thursday, the army said.',
                (('hostages.released', 'bodies of four hostages were handed over', 4, 4),), by='the army', scope='exchange'),
        Example("Twenty living hostages — the last, by Israel's count — were freed on Monday in exchange for Palestinian prisoners.",
                (('hostages.released', "Twenty living hostages — the last, by Israel's count — were freed", 20, 20),), by=None, scope='exchange'),
        Example('In all, 105 hostages were released in the November truce, most of them women and children.',
                (('hostages.released', 'In all, 105 hostages were released', 105, 105),), by=None, scope='total'),
        Example('Live blog: Three more hostages have been freed, bringing the number released since January to 18.',
                (('hostages.released', 'Three more hostages have been freed', 3, 3),
                 ('hostages.released', 'number released since January to 18', 18, 18),), by=None),
        Example('Dozens of hostages (the exact number is disputed) are still being held in tunnels beneath Gaza.',
                (('hostages.held', 'Dozens of hostages (the exact number is disputed) are still being held', 24, 99),), by=None, scope=None),
        Example('Hamas is still holding 48 hostages, about 20 of whom are thought to be alive.',
                (('hostages.held', 'holding 48 hostages', 48, 48),
                 ('hostages.held_alive', 'about 20 of whom are thought to be alive', 20, 20),), by=None, scope=None),
        Example('Negotiators said as many as 10 hostages could be freed next week if talks in Cairo succeed.',
                (('hostages.released', 'as many as 10 hostages could be freed', None, 10),), by='Negotiators', scope='proposal'),
        Example('Of the roughly 250 hostages seized on Oct. 7, about 100 remain in captivity, according to Israeli figures.',
                (('hostages.taken', 'roughly 250 hostages seized', 250, 250),
                 ('hostages.held', 'about 100 remain in captivity', 100, 100),), scope=None),
        Example('Hamas has released 25 hostages so far under the January deal, with eight more due to be freed by early March.',
                (('hostages.released', 'released 25 hostages so far', 25, 25),), by=None, scope='total'),
        Example("Israel's military said 34 of the hostages still held in Gaza are dead, and that their bodies are being kept by Hamas.",
                (('hostages.dead_in_captivity', '34 of the hostages still held in Gaza are dead', 34, 34),), by="Israel's military", scope=None),
        Example('The 251 people taken hostage (among them 30 children) were dragged into Gaza on motorbikes and in cars, witnesses said.',
                (('hostages.taken', '251 people taken hostage', 251, 251),), by='witnesses', scope=None),
        Example('Hamas said it would free five Israeli hostages on Saturday in return for the release of prisoners.',
                (('hostages.released', 'free five Israeli hostages', 5, 5),), by='Hamas', scope='proposal'),
        Example('“We know that 24 of the hostages are still alive,” the prime minister said in a televised address.',
                (('hostages.held_alive', '24 of the hostages are still alive', 24, 24),), by='the prime minister', scope=None),
    ),
)
