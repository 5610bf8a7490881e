"""Wars, sieges, captivity, strikes and disasters: when they happened (event dates, compared per event) and how
long they have lasted (durations: "two years of war", "the 17-year blockade")."""

import datetime as dt

from checker.lexicon import Event, Vocabulary
from checker.rule import ANY, Anchor, Example, Expect, Metric, Rule, frame

EVENTS_WAR = (
    Event(
        "war",
        nouns=(
            "war",
            "conflict",
            "fighting",
            "offensive",
            "bombardment",
            "genocide",
            "invasion",
            "military campaign",
            "campaign",
            "hostilities",
            "aggression",
            "onslaught",
            "civil war",
            "assault",
            "attacks",
            "strikes",
            "airstrikes",
            "warfare",
            "full-scale invasion",
            "siege of El Fasher",
        ),
    ),
    Event("blockade", nouns=("blockade", "siege", "closure")),
    Event(
        "captivity", nouns=("captivity", "in captivity", "held captive", "detention", "imprisonment", "in detention")
    ),
    Event(
        "strike",
        nouns=(
            "strike",
            "airstrike",
            "air strike",
            "air raid",
            "drone strike",
            "missile strike",
            "bombing",
            "raid",
            "attack",
            "massacre",
            "shelling",
        ),
    ),
    Event("quake", tolls=True, nouns=("earthquake", "quake", "tremor", "aftershock", "temblor")),
    Event("flood", tolls=True, nouns=("floods", "flood", "flooding", "flash floods", "deluge")),
    Event("storm", tolls=True, nouns=("hurricane", "typhoon", "cyclone", "storm", "tropical storm")),
    Event("fire", tolls=True, nouns=("wildfire", "wildfires", "blaze", "bushfire", "forest fire", "forest fires")),
    Event(
        "plan",
        agreed=True,
        generic=True,
        nouns=("plan", "peace plan", "proposal", "deal", "agreement", "framework", "roadmap"),
    ),
    Event("deadline", agreed=True, nouns=("deadline", "ultimatum", "countdown", "window", "grace period", "timeframe")),
)

_GAZA_WAR = ("gaza", "israel", "westbank")
"""Where the war that began on October 7, 2023 is fought: the documents its date clues may date."""
_SUDAN_WAR = ("sudan",)
"""Where the war that began on April 15, 2023 is fought (Darfur's older wars are told in decades: a clue that would
put the writing after today is dropped)."""
_UKRAINE_WAR = ("ukraine",)
"""Where Russia's full-scale invasion of February 24, 2022 is fought: only "full-scale" clues count (the war in the
east began in 2014)."""

RULE = Rule(
    code="EVD",
    name="event-dates",
    summary="Dates of named events, and how long wars, sieges and captivity have lasted.",
    anchors=(
        Anchor(
            "the war began",
            dt.date(2023, 10, 7),
            r"{duration} (?:of|into) (?:the |this )?(?:\w+ ){0,2}?(?:war|conflict|fighting|hostilities)",
            _GAZA_WAR,
            anniversaries=True,
            event="war",
        ),
        Anchor("the war began", dt.date(2023, 10, 7), r"(?:war|conflict) (?:is |now )*in its {duration}", _GAZA_WAR),
        Anchor(
            "the war began",
            dt.date(2023, 10, 7),
            r"(?:war|conflict|fighting|hostilities) (?:\w+ ){0,2}?(?:broke out|began|started|erupted) {duration} ago",
            _GAZA_WAR,
        ),
        Anchor(
            "the war in Sudan began",
            dt.date(2023, 4, 15),
            r"{duration} (?:of|into) (?:the |this )?(?:\w+ ){0,2}?(?:war|conflict|fighting)",
            _SUDAN_WAR,
            event="war",
        ),
        Anchor(
            "Russia's full-scale invasion of Ukraine began",
            dt.date(2022, 2, 24),
            r"{duration} (?:of|into|since|after) (?:Russia['’]s |the |its |Moscow['’]s )?full-scale (?:invasion|war)",
            _UKRAINE_WAR,
        ),
        Anchor(
            "the blockade of Gaza began",
            dt.date(2007, 6, 15),
            r"{duration}(?:-long|-old)? (?:siege|blockade)",
            _GAZA_WAR,
        ),
    ),
    vocabulary=Vocabulary(events=EVENTS_WAR),
    metrics=(
        Metric(
            "event.date",
            "date",
            "fixed",
            "The date (or month) an event happened; the frame's event names it.",
            frame=frame(measure="date", place=ANY, subplace=ANY, event=ANY),
        ),
    ),
    examples=(
        Example(
            "Netanyahu set two goals: securing the release of hostages abducted by Hamas "
            "during the Oct. 7 attacks, and dismantling Hamas."
        ),
        Example("The conflict, ignited by Hamas’ cross-border assault on October 7, has devastated both sides."),
        Example(
            "The Gaza conflict, reignited by the devastating Hamas-led attack on Israel in "
            "October 2023, has left a trail of destruction."
        ),
        Example(
            "An Israeli airstrike on September 9th, which targeted Hamas officials in Qatar, damaged the talks.",
            (Expect("event.date", "airstrike on September 9th", "--09-09", "--09-09"),),
        ),
        Example(
            "LIVE 14:05 — Over 1,200 Israelis were killed in the Oct. 7 attack on Israel, officials say.",
            (Expect("killed.israel.oct7", "Over 1,200 Israelis were killed", 1200, None),),
        ),
        Example(
            (
                "On September 7th, President Trump announced that Israel had agreed to terms. "
                "However, just two days later, an Israeli airstrike in Qatar killed the son of a "
                "key Hamas figure."
            ),
            (Expect("event.date", "On September 7th", "--09-07", "--09-07"),),
        ),
        Example("Israeli forces launched an assault on Gaza City on Tuesday, the military said."),
        Example("Israel and Hamas agreed to cease-fires after significant clashes in 2014 and 2021."),
        Example("The war began with the Hamas-led attack on Israel on October 7, 2023."),
        Example(
            "Since the Oct. 7 attacks by Hamas, Israel has carried out thousands of strikes in Gaza.",
            (Expect("strikes.gaza", "carried out thousands of strikes", 2000, 9999, by=""),),
        ),
        Example(
            "Israel's airstrike on Doha on September 9 targeted Hamas leaders gathered for talks.",
            (Expect("event.date", "airstrike on Doha on September 9", "--09-09", "--09-09", by=""),),
        ),
        Example(
            "The Sept. 9 strike in Doha killed five Hamas members and a Qatari security officer, officials said.",
            (
                Expect("event.date", "Sept. 9 strike in Doha", "--09-09", "--09-09"),
                Expect("killed.qatar.doha.militants.incident", "killed five Hamas members", 5, 5),
            ),
        ),
        Example("Hamas's assault on southern Israel on Oct. 7 triggered the deadliest war in Gaza's history."),
        Example(
            "Hamas militants attacked Israel in October 2023, killing some 1,200 people.",
            (Expect("killed.israel.oct7", "killing some 1,200 people", 1200, 1200, by=""),),
        ),
        Example(
            "The ceasefire took effect on January 19, 2025, after 15 months of war.",
            (
                Expect("event.date", "ceasefire took effect on January 19, 2025", "2025-01-19", "2025-01-19"),
                Expect("duration.war", "15 months of war", 450, 450),
            ),
        ),
        Example(
            "The attack on Doha on Sept. 9, 2025, drew condemnation from across the Gulf.",
            (Expect("event.date", "attack on Doha on Sept. 9, 2025", "2025-09-09", "2025-09-09", by=""),),
        ),
        Example("Opinion: Nothing about Gaza has been the same since Hamas's attack of October 7."),
        Example(
            "Israel and Hamas agreed to a truce on November 22, 2023, that took effect two days later.",
            (Expect("event.date", "truce on November 22, 2023", "2023-11-22", "2023-11-22"),),
        ),
        Example(
            "Israel struck Hamas leaders in Doha on September 9, 2025, an attack Qatar called state terrorism.",
            (
                Expect(
                    "event.date", "struck Hamas leaders in Doha on September 9, 2025", "2025-09-09", "2025-09-09", by=""
                ),
            ),
        ),
        Example("Exactly a year after the Hamas attack on Israel on Oct. 7, vigils were held across the country."),
    ),
)
