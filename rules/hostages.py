"""Hostages: how many were taken, are held, alive, dead in captivity, and released (in any conflict; those
taken into Gaza on October 7, 2023 are the headline metrics).

A measure that needs its group ("released": hostages or prisoners) takes it from the people counted, else
from the nearest named in the sentence.
"""

from checker.lexicon import Group, Measure, Vocabulary
from checker.rule import ANY, Example, Expect, FramePart, Metric, Rule, frame

_HOSTAGES = ("hostages",)
TAKEN = Measure(
    "taken",
    "fixed",
    key="hostages.taken",
    groups=_HOSTAGES,
    after=(
        "taken hostage",
        "taken captive",
        "taken",
        "abducted",
        "kidnapped",
        "seized",
        "captured",
        "dragged",
        "dragged into Gaza",
        "taken into Gaza",
        "taken to Gaza",
        "were taken",
        "were abducted",
        "were kidnapped",
        "hostage",
        "captive",
        "taken prisoner",
    ),
    before=(
        "took",
        "taking",
        "takes",
        "seized",
        "seizing",
        "abducted",
        "abducting",
        "kidnapped",
        "kidnapping",
        "captured",
        "capturing",
        "dragged",
        "took hostage",
    ),
    of=("abduction", "kidnapping", "kidnap", "capture", "seizure", "taking"),
)
HELD = Measure(
    "held",
    "level",
    state=True,
    groups=("hostages", "prisoners"),
    keys=(("hostages", "hostages.held"), ("prisoners", "prisoners.held")),
    after=(
        "held",
        "still held",
        "being held",
        "held captive",
        "held hostage",
        "in captivity",
        "remain in captivity",
        "still in captivity",
        "remain captive",
        "still captive",
        "remain in Gaza",
        "remaining in Gaza",
        "still in Gaza",
        "left in Gaza",
        "still inside Gaza",
        "in custody",
        "in detention",
        "behind bars",
        "in Israeli jails",
        "in Israeli prisons",
        "held in Israeli jails",
        "held in Israeli prisons",
        "held by Israel",
        "held by Hamas",
        "held in Gaza",
        "still missing",
    ),
    before=("holding", "holds", "hold", "held", "still holding", "still holds", "still has"),
    toll=(
        "number of hostages",
        "number of captives",
        "number of hostages held",
        "number of hostages still held",
        "number of prisoners",
        "number of detainees",
    ),
    adjectives=("remaining",),
)
ALIVE = Measure(
    "alive",
    "level",
    state=True,
    key="hostages.held_alive",
    groups=_HOSTAGES,
    after=(
        "alive",
        "still alive",
        "believed alive",
        "believed to be alive",
        "thought to be alive",
        "are alive",
        "remain alive",
    ),
    adjectives=("living", "surviving"),
)
DEAD = Measure(
    "dead",
    "level",
    state=True,
    key="hostages.dead_in_captivity",
    groups=_HOSTAGES,
    after=(
        "dead",
        "deceased",
        "died in captivity",
        "killed in captivity",
        "believed dead",
        "believed to be dead",
        "presumed dead",
        "confirmed dead",
        "thought to be dead",
        "are dead",
        "have died",
        "died",
    ),
    adjectives=("dead", "deceased", "slain"),
    of=("bodies", "remains", "deaths", "death"),
)
RECOVERED = Measure(  # bodies brought back by troops, not handed over in a deal (released)
    "recovered",
    "cumulative",
    key="hostages.bodies_recovered",
    groups=_HOSTAGES,
    after=("recovered", "have been recovered", "were recovered", "retrieved", "were retrieved", "recovered so far"),
)
RELEASED = Measure(
    "released",
    "per_event",
    groups=("hostages", "prisoners"),
    keys=(("hostages", "hostages.released"), ("prisoners", "prisoners.released")),
    after=(
        "released",
        "freed",
        "returned",
        "handed over",
        "set free",
        "released so far",
        "freed so far",
        "let go",
        "returned home",
        "repatriated",
        "brought back",
        "brought home",
        "exchanged",
        "swapped",
        "were released",
        "were freed",
        "had been released",
        "to be released",
        "to be freed",
        "handed back",
        "go free",
        "to go free",
        "walk free",
        "walked free",
        "walks free",
        "went free",
        "sent home",
        "were handed over",
    ),
    before=(
        "released",
        "releasing",
        "release",
        "releases",
        "freed",
        "freeing",
        "free",
        "frees",
        "returned",
        "returning",
        "return",
        "handed over",
        "handing over",
        "hand over",
        "handed",
        "handing",
        "hands",
        "handed back",
        "in exchange for",
        "in return for",
        "exchange for",
        "swap for",
        "exchange involving",
        "swap involving",
        "exchange including",
        "let go",
        "brought home",
        "bringing home",
        "brought back",
        "exchanged",
        "exchange",
        "exchanging",
        "swapped",
        "swap",
        "swapping",
    ),
    of=(
        "release",
        "releases",
        "freeing",
        "freedom",
        "return",
        "handover",
        "handing over",
        "exchange",
        "swap",
        "repatriation",
        "liberation",
    ),
    toll=(
        "number of hostages released",
        "number released",
        "number of hostages freed",
        "number freed",
        "number of prisoners released",
    ),
    adjectives=("released", "freed", "returned"),
)
GROUPS = (
    Group(
        "hostages",
        (
            "hostages",
            "hostage",
            "captives",
            "captive",
            "abductees",
            "kidnapped",
            "Israeli hostages",
            "hostages held in Gaza",
            "those held",
            "those held in Gaza",
            "those taken",
        ),
        measure="held",
        measures=("taken", "held", "alive", "dead", "released", "recovered", "killed", "injured", "missing", "rescued"),
        nationals=("israelis", "thais"),
        of_the_war=True,
    ),
)

GAZA_WAR = ("gaza", "israel", "westbank", None)
"""Where the hostages and prisoners of the Gaza war are counted (the headline keys; an exchange in Ukraine or
kidnappings in Haiti get keys of their own)."""
_FREE: dict[str, FramePart] = {"place": GAZA_WAR, "subplace": ANY}

RULE = Rule(
    code="HOS",
    name="hostages",
    summary="Hostages taken in the October 7 attack, and how many are held, alive, dead or released.",
    vocabulary=Vocabulary(measures=(TAKEN, HELD, ALIVE, DEAD, RECOVERED, RELEASED), groups=GROUPS),
    metrics=(
        Metric(
            "hostages.taken",
            "persons",
            "fixed",
            "People taken hostage into Gaza on October 7, 2023.",
            frame=frame(measure="taken", group="hostages", event=ANY, **_FREE),
        ),
        Metric(
            "hostages.held",
            "persons",
            "level",
            "Hostages still held in Gaza, alive or dead.",
            at_most="hostages.taken",
            frame=frame(measure="held", group="hostages", **_FREE),
        ),
        Metric(
            "hostages.held_alive",
            "persons",
            "level",
            "Hostages held in Gaza believed to be alive.",
            at_most="hostages.held",
            frame=frame(measure="alive", group="hostages", **_FREE),
        ),
        Metric(
            "hostages.dead_in_captivity",
            "persons",
            "level",
            "Hostages held in Gaza believed to be dead.",
            at_most="hostages.held",
            frame=frame(measure="dead", group="hostages", **_FREE),
        ),
        Metric(
            "hostages.released",
            "persons",
            "per_event",
            "Hostages released: in one exchange (window exchange) or in all (window total).",
            frame=frame(measure="released", group="hostages", window=ANY, event=ANY, **_FREE),
        ),
    ),
    examples=(
        Example(
            (
                "Over 1,200 Israelis were killed in the initial attack, and around 250 hostages "
                "were taken, with only 100 being released during a brief cease-fire."
            ),
            (
                Expect("killed.israel.oct7", "Over 1,200 Israelis were killed", 1200, None),
                Expect("hostages.taken", "around 250 hostages were taken", 250, 250),
                Expect("hostages.released", "100 being released", 100, 100),
            ),
        ),
        Example(
            (
                "Beyond the tragic loss of approximately 1,200 lives, the group and its allies "
                "seized around 250 hostages, intending to use them as bargaining chips."
            ),
            (
                Expect("killed", "approximately 1,200 lives", 1200, 1200),
                Expect("hostages.taken", "seized around 250 hostages", 250, 250),
            ),
        ),
        Example(
            (
                "At the heart of the talks lies the hostage crisis. As many as 50 Israelis, "
                "including civilians and soldiers, are still held in Gaza, with estimates "
                "suggesting around 20 remain alive."
            ),
            (
                Expect(
                    "hostages.held",
                    "As many as 50 Israelis, including civilians and soldiers, are still held",
                    None,
                    50,
                ),
                Expect("hostages.held_alive", "around 20 remain alive", 20, 20),
            ),
        ),
        Example(
            "It is estimated that approximately 20 living hostages remain in Gaza.",
            (Expect("hostages.held_alive", "approximately 20 living hostages", 20, 20),),
        ),
        Example(
            "Hostages remain a critical issue, with dozens still held by Hamas.",
            (Expect("hostages.held", "dozens still held", 24, 99),),
        ),
        Example(
            (
                "Of the 48 hostages still in Gaza, Israeli officials believe 20 are alive and at "
                "least 25 are believed to be dead."
            ),
            (
                Expect("hostages.held", "48 hostages still in Gaza", 48, 48),
                Expect("hostages.held_alive", "20 are alive", 20, 20),
                Expect("hostages.dead_in_captivity", "at least 25 are believed to be dead", 25, None),
            ),
        ),
        Example(
            (
                "Hamas has freed 105 hostages so far in exchange for 240 Palestinian prisoners "
                "(under the November deal)."
            ),
            (
                Expect("hostages.released", "freed 105 hostages so far", 105, 105),
                Expect("prisoners.released", "in exchange for 240 Palestinian prisoners", 240, 240),
            ),
        ),
        Example(
            "LIVE: Red Cross vehicles carrying the bodies of four hostages crossed into Israel at 9am.",
            (Expect("hostages.dead_in_captivity", "bodies of four hostages", 4, 4),),
        ),
        Example(
            "The deal would see the release of 1,900 Palestinian prisoners and detainees held by Israel.",
            (Expect("prisoners.released", "release of 1,900 Palestinian prisoners", 1900, 1900),),
        ),
        Example("Families of the hostages marched for two days from Tel Aviv to Jerusalem."),
        Example(
            (
                "Hamas-led militants took about 250 people hostage during the Oct. 7 attack, "
                "according to Israeli tallies."
            ),
            (Expect("hostages.taken", "took about 250 people", 250, 250, by="Israeli tallies"),),
        ),
        Example(
            "Israel says 59 hostages remain in Gaza, of whom 24 are believed to be alive.",
            (
                Expect("hostages.held", "59 hostages remain in Gaza", 59, 59, by="Israel"),
                Expect("hostages.held_alive", "24 are believed to be alive", 24, 24, by="Israel"),
            ),
        ),
        Example(
            (
                "Of the 251 hostages abducted on October 7, 2023, more than 100 were freed during "
                "a week-long truce that November."
            ),
            (
                Expect("hostages.taken", "251 hostages abducted", 251, 251, by=""),
                Expect("event.date", "on October 7, 2023", "2023-10-07", "2023-10-07", by=""),
                Expect("hostages.released", "more than 100 were freed", 100, None, by=""),
                Expect("duration.truce", "week-long truce", 7, 7, by=""),
            ),
        ),
        Example(
            (
                "Around 100 hostages are still held in Gaza, including about a third who are "
                "believed to be dead, Israeli officials say."
            ),
            (
                Expect("hostages.held", "Around 100 hostages are still held", 100, 100, by="Israeli officials"),
                Expect(
                    "hostages.dead_in_captivity",
                    "about a third who are believed to be dead",
                    33.33,
                    33.33,
                    by="Israeli officials",
                ),
            ),
        ),
        Example(
            "The families' forum said 35 hostages are confirmed dead, and their bodies remain in Gaza.",
            (Expect("hostages.dead_in_captivity", "35 hostages are confirmed dead", 35, 35, by="The families' forum"),),
        ),
        Example(
            "Under the deal, Hamas would release 33 hostages during the first phase.",
            (Expect("hostages.released", "release 33 hostages", 33, 33, by=""),),
        ),
        Example(
            "If 50 hostages were released, Israel would pause its offensive for several "
            "weeks, the proposal reportedly said."
        ),
        Example("Hamas did not release the 20 hostages it had promised, Israeli officials said on Saturday."),
        Example(
            "The bodies of four hostages were handed over on Thursday, the army said.",
            (Expect("hostages.released", "bodies of four hostages were handed over", 4, 4, by="the army"),),
        ),
        Example(
            (
                "Twenty living hostages — the last, by Israel's count — were freed on Monday in "
                "exchange for Palestinian prisoners."
            ),
            (
                Expect(
                    "hostages.released",
                    "Twenty living hostages — the last, by Israel's count — were freed",
                    20,
                    20,
                    by="",
                ),
            ),
        ),
        Example(
            "In all, 105 hostages were released in the November truce, most of them women and children.",
            (Expect("hostages.released", "In all, 105 hostages were released", 105, 105, by=""),),
        ),
        Example(
            "Live blog: Three more hostages have been freed, bringing the number released since January to 18.",
            (
                Expect("hostages.released", "Three more hostages have been freed", 3, 3, by=""),
                Expect("hostages.released", "number released since January to 18", 18, 18, by=""),
            ),
        ),
        Example(
            "Dozens of hostages (the exact number is disputed) are still being held in tunnels beneath Gaza.",
            (
                Expect(
                    "hostages.held",
                    "Dozens of hostages (the exact number is disputed) are still being held",
                    24,
                    99,
                    by="",
                ),
            ),
        ),
        Example(
            "Hamas is still holding 48 hostages, about 20 of whom are thought to be alive.",
            (
                Expect("hostages.held", "holding 48 hostages", 48, 48, by=""),
                Expect("hostages.held_alive", "about 20 of whom are thought to be alive", 20, 20, by=""),
            ),
        ),
        Example(
            (
                "Negotiators said as many as 10 hostages held in Gaza could be freed next week if "
                "talks in Cairo succeed."
            ),
            (
                Expect(
                    "hostages.released",
                    "as many as 10 hostages held in Gaza could be freed",
                    None,
                    10,
                    by="Negotiators",
                ),
            ),
        ),
        Example(
            (
                "Of the roughly 250 hostages seized on Oct. 7, about 100 remain in captivity, "
                "according to Israeli figures."
            ),
            (
                Expect("hostages.taken", "roughly 250 hostages seized", 250, 250),
                Expect("hostages.held", "about 100 remain in captivity", 100, 100),
            ),
        ),
        Example(
            (
                "Hamas has released 25 hostages so far under the January deal, with eight more "
                "due to be freed by early March."
            ),
            (
                Expect("hostages.released", "released 25 hostages so far", 25, 25, by=""),
                Expect("hostages.released", "eight more due to be freed", 8, 8, by=""),
            ),
        ),
        Example(
            (
                "Israel's military said 34 of the hostages still held in Gaza are dead, and that "
                "their bodies are being kept by Hamas."
            ),
            (
                Expect(
                    "hostages.dead_in_captivity",
                    "34 of the hostages still held in Gaza are dead",
                    34,
                    34,
                    by="Israel's military",
                ),
            ),
        ),
        Example(
            (
                "The 251 people taken hostage (among them 30 children) were dragged into Gaza on "
                "motorbikes and in cars, witnesses said."
            ),
            (
                Expect("hostages.taken", "251 people taken hostage", 251, 251, by="witnesses"),
                Expect("hostages.taken.children.oct7", "30 children", 30, 30, by="witnesses"),
            ),
        ),
        Example(
            "Hamas said it would free five Israeli hostages on Saturday in return for the release of prisoners.",
            (Expect("hostages.released", "free five Israeli hostages", 5, 5, by="Hamas"),),
        ),
        Example(
            "“We know that 24 of the hostages are still alive,” the prime minister said in a televised address.",
            (Expect("hostages.held_alive", "24 of the hostages are still alive", 24, 24, by="the prime minister"),),
        ),
    ),
)
