"""Casualties of any war or disaster: killed, injured, missing; who they were, over which window, of what cause.

The Gaza and West Bank tolls since October 7, 2023 are the headline metrics; any other casualty figure
gets a key of its own from its frame ("killed.sudan", "killed.gaza.children", "killed.gaza.24h").
"""

import datetime as dt

from checker.lexicon import Measure, Vocabulary, Window
from checker.rule import Example, Expect, Metric, Rule, frame

_WAR = dt.date(2023, 10, 7)

KILLED = Measure(
    "killed",
    "cumulative",
    after=(
        "killed",
        "dead",
        "are dead",  # also a hostage's state: the people counted choose ("ten people are dead in the fire")
        "died",
        "deaths",
        "death",
        "fatalities",
        "slain",
        "perished",
        "martyred",
        "martyrs",
        "lost their lives",
        "lost their life",
        "lost lives",
        "have died",
        "were killed",
        "killed so far",
        "confirmed dead",
        "dead bodies",
        "victims",
        "have perished",
        "murdered",
        "massacred",
        "executed",
        "shot dead",
        "burned to death",
        "starved to death",
        "died of",
        "died from",
        "left dead",
        "lives lost",
        "lives",
        "deaths so far",
        "dead and",
        "among the dead",
        "among those killed",
        "among the victims",
        "among the fatalities",
        "among the deceased",
        "killings",
        "homicides",
    ),
    before=(
        "killed",
        "killing",
        "kills",
        "kill",
        "has killed",
        "have killed",
        "had killed",
        "claimed the lives of",
        "claiming the lives of",
        "took the lives of",
        "taking the lives of",
        "left",
        "leaving",
        "murdered",
        "murdering",
        "massacred",
        "killed at least",
        "claimed",
        "claiming",
        "recovered",
        "retrieved",
    ),
    of=(
        "deaths",
        "death",
        "killing",
        "killings",
        "lives",
        "loss",
        "loss of",
        "murder",
        "murders",
        "massacre",
        "bodies",
        "remains",
        "martyrdom",
    ),
    toll=(
        "death toll",
        "toll",
        "number of dead",
        "number of deaths",
        "number of * deaths",
        "number of people killed",
        "number of those killed",
        "number of * killed",
        "number killed",
        "body count",
        "tally",
        "fatality count",
        "fatality toll",
        "overall toll",
        "official toll",
        "casualty toll",
        "number of fatalities",
        "number of victims",
        "death count",
        "toll of dead",
        "toll of the dead",
        "number of martyrs",
        "martyr toll",
        "toll of martyrs",
        "number of those who have died",
        "number of people who have died",
        "deaths",
        "fatalities",
        "dead",
    ),
    adjectives=("dead", "slain", "killed"),
)
INJURED = Measure(
    "injured",
    "cumulative",
    after=(
        "injured",
        "wounded",
        "hurt",
        "injuries",
        "were injured",
        "have been injured",
        "sustained injuries",
        "suffered injuries",
        "suffered wounds",
        "been injured",
        "have suffered injuries",
        "sustained wounds",
        "people injured",
        "injured and",
        "wounded and",
        "maimed",
        "among the injured",
        "among the wounded",
        "among those injured",
        "among those wounded",
    ),
    before=("injured", "injuring", "wounded", "wounding", "injures", "wounds", "hurt", "hurting", "maimed"),
    of=("injury", "injuries", "wounding"),
    toll=(
        "number of injured",
        "number of wounded",
        "number of injuries",
        "injury toll",
        "number of people injured",
        "number of people wounded",
        "injury count",
        "number of * injured",
        "number of * wounded",
        "injuries",
        "the injured",
        "the wounded",
    ),
    adjectives=("injured", "wounded"),
)
MISSING = Measure(
    "missing",
    "level",
    after=(
        "missing",
        "remain missing",
        "are missing",
        "unaccounted for",
        "still missing",
        "missing under the rubble",
        "under the rubble",
        "buried under the rubble",
        "trapped under the rubble",
        "trapped under rubble",
        "trapped beneath the rubble",
        "remain trapped beneath the rubble",
        "remain trapped under the rubble",
        "beneath the rubble",
        "under the ruins",
        "feared buried",
        "feared trapped",
    ),
    of=("disappearance",),
    toll=("number of missing", "number of people missing"),
    adjectives=("missing",),
)
CASUALTIES = Measure(
    "casualties",
    "cumulative",
    after=(
        "casualties",
        "killed or injured",
        "killed or wounded",
        "killed and injured",
        "killed and wounded",
        "killed or maimed",
        "injured or killed",
        "wounded or killed",
        "dead or injured",
        "dead or wounded",
        "dead and injured",
        "dead and wounded",
        "killed or hurt",
    ),
    toll=("casualty count", "number of casualties", "casualties"),
)

WINDOWS = (
    Window(
        "24h",
        (
            "in the past 24 hours",
            "over the past 24 hours",
            "in the last 24 hours",
            "over the last 24 hours",
            "during the past 24 hours",
            "during the last 24 hours",
            "in the previous 24 hours",
            "within 24 hours",
            "in 24 hours",
            "past 24 hours",
            "last 24 hours",
            "previous 24 hours",
            "the past day",
            "over the past day",
            "in the past day",
            "overnight",
            "over night",
            "twenty-four hours",
            "a 24-hour period",
            "24-hour period",
            "since dawn",
            "since midnight",
            "since early morning",
            "since the early hours",
            "in a single day",
            "in one day",
        ),
    ),
    Window(
        "72h",
        (
            "in the past 72 hours",
            "over the past 72 hours",
            "in the last 72 hours",
            "over the last 72 hours",
            "past 72 hours",
            "last 72 hours",
            "past three days",
            "last three days",
        ),
    ),
    Window(
        "48h",
        (
            "in the past 48 hours",
            "over the past 48 hours",
            "in the last 48 hours",
            "over the last 48 hours",
            "within 48 hours",
            "past 48 hours",
            "last 48 hours",
            "in two days",
            "over two days",
        ),
    ),
    Window(
        "week",
        (
            "in the past week",
            "over the past week",
            "in the last week",
            "over the last week",
            "this week",
            "last week",
            "past seven days",
            "in a week",
            "in one week",
            "in the past seven days",
        ),
    ),
    Window(
        "month",
        ("in the past month", "over the past month", "in the last month", "this month", "last month", "past 30 days"),
    ),
    Window(
        "incident",
        (
            "in an airstrike",
            "in an air strike",
            "in a strike",
            "in a drone strike",
            "in the strike",
            "an airstrike on",
            "an air strike on",
            "a strike on",
            "the strike on",
            "a drone strike",
            "the airstrike",
            "an airstrike",
            "an air strike",
            "a missile strike",
            "an attack on",
            "in an attack on",
            "in the attack on",
            "the attack on the",
            "a raid",
            "a raid on",
            "in a raid",
            "the raid",
            "the raid on",
            "a bombing",
            "the bombing of",
            "an explosion",
            "a blast",
            "in the shelling of",
            "a shooting",
            "in a shooting",
            "the shooting",
            "a massacre",
            "the massacre",
            "a single strike",
            "in the incident",
            "the incident",
            "struck a",
            "hit a",
            "targeted a",
            "bombed a",
            "in a stampede",
            "stampede",
            "shelled a",
            "opened fire on",
            "opened fire",
            "opening fire",
            "gunfire at",
            "fired on",
            "fired at",
            "the strike",
            "the airstrike",
            "the air strike",
            "the raid",
            "the bombing",
            "the blast",
            "the explosion",
            "the shelling",
            "an * strike",
            "an * airstrike",
            "an * raid",
            "a * strike",
            "a * raid",
            "an * attack on",
            "a * attack on",
            "in an * strike",
            "in an * raid",
            "strike",
            "airstrike",
            "air strike",
            "drone strike",
            "missile strike",
            "attack",
            "raid",
            "blast",
            "explosion",
            "massacre",
            "ambush",
            "stabbing",
            "car bomb",
            "a * bombing",
            "the strikes",
            "the blasts",
            "the explosions",
            "the attacks",
            "the raids",
            "two strikes",
            "twin strikes",
            "twin blasts",
            "exploded",
            "detonated",
            "blew himself up",
            "blew themselves up",
        ),
    ),
)
CAUSES = (
    Window(
        "starvation",
        (
            "of malnutrition",
            "from malnutrition",
            "due to malnutrition",
            "of starvation",
            "from starvation",
            "of hunger",
            "from hunger",
            "starvation-related",
            "malnutrition-related",
            "hunger-related",
            "famine-related",
            "starved to death",
            "of famine",
            "from famine",
            "malnutrition and starvation",
            "starvation and malnutrition",
        ),
    ),
    Window(
        "disease",
        (
            "of disease",
            "from disease",
            "of cholera",
            "from cholera",
            "of infections",
            "of illness",
            "disease outbreaks",
        ),
    ),
    Window("cold", ("of cold", "from the cold", "of hypothermia", "from hypothermia", "froze to death")),
)

_GAZA = frame(measure="killed", place="gaza")

RULE = Rule(
    code="CAS",
    name="casualties",
    summary="Killed, injured and missing in any war or disaster; the Gaza and West Bank tolls are headline metrics.",
    vocabulary=Vocabulary(measures=(KILLED, INJURED, MISSING, CASUALTIES), windows=WINDOWS, causes=CAUSES),
    metrics=(
        Metric(
            "killed.gaza",
            "persons",
            "cumulative",
            "People killed in Gaza since October 7, 2023.",
            start=_WAR,
            frame=_GAZA,
        ),
        Metric(
            "injured.gaza",
            "persons",
            "cumulative",
            "People injured in Gaza since October 7, 2023.",
            start=_WAR,
            frame=frame(measure="injured", place="gaza"),
        ),
        Metric(
            "killed.westbank",
            "persons",
            "cumulative",
            "Palestinians killed in the West Bank since October 7, 2023.",
            start=_WAR,
            frame=frame(measure="killed", place="westbank"),
        ),
    ),
    examples=(
        Example(
            "Gaza’s death toll surpassed 40,000 on Thursday, the territory’s Health Ministry said.",
            (Expect("killed.gaza", "death toll surpassed 40,000", 40000, None),),
        ),
        Example(
            "The death toll in Gaza has risen to 34,183, according to the Health Ministry in the enclave.",
            (Expect("killed.gaza", "death toll in Gaza has risen to 34,183", 34183, 34183),),
        ),
        Example(
            "Gaza faces a death toll exceeding 60,000 Palestinians, according to Gazan health officials.",
            (Expect("killed.gaza", "death toll exceeding 60,000", 60000, None),),
        ),
        Example(
            "Israel’s retaliatory campaign has claimed tens of thousands of lives in Gaza, local officials say.",
            (Expect("killed.gaza", "claimed tens of thousands of lives", 20000, 99999),),
        ),
        Example(
            "More than 1,000 Palestinians have been killed in Gaza since the truce collapsed in March.",
            (Expect("killed.gaza.since", "More than 1,000 Palestinians have been killed", 1000, None),),
        ),
        Example(
            "At least 37,000 Palestinians have been killed in Gaza since the war began, the ministry said.",
            (
                Expect(
                    "killed.gaza",
                    "At least 37,000 Palestinians have been killed in Gaza since the war began",
                    37000,
                    None,
                ),
            ),
        ),
        Example(
            (
                "Israeli strikes across Gaza wounded about 300 people overnight, medics said "
                "(figures could not be verified)."
            ),
            (Expect("injured.gaza.24h", "wounded about 300 people", 300, 300),),
        ),
        Example(
            "In the occupied West Bank, at least 1,000 Palestinians have been killed by troops or settlers.",
            (
                Expect(
                    "killed.westbank",
                    "In the occupied West Bank, at least 1,000 Palestinians have been killed",
                    1000,
                    None,
                ),
            ),
        ),
        Example(
            "Over 1,200 Israelis were killed, and thousands more injured, while the campaign in Gaza went on.",
            (
                Expect("killed.israel.oct7", "Over 1,200 Israelis were killed", 1200, None),
                Expect("injured.israel.oct7", "thousands more injured", 2000, 9999),
            ),
        ),
        Example(
            "The strike killed 12 people in southern Lebanon, Lebanese officials said, as fighting in Gaza raged.",
            (Expect("killed.lebanon.incident", "killed 12 people", 12, 12),),
        ),
        Example(
            "Israel’s death toll from the Oct. 7 attack stood at about 1,200.",
            (Expect("killed.israel.oct7", "death toll from the Oct. 7 attack stood at about 1,200", 1200, 1200),),
        ),
        Example(
            (
                "GAZA CITY (AP) — Israeli strikes killed at least 42 people across the Gaza Strip "
                "overnight, hospital officials said Tuesday."
            ),
            (Expect("killed.gaza.24h", "killed at least 42 people", 42, None, by="hospital officials"),),
        ),
        Example(
            (
                "The Health Ministry in Gaza said Monday that 51,266 Palestinians had been killed "
                "since the war began, a figure that does not distinguish between civilians and "
                "combatants."
            ),
            (
                Expect(
                    "killed.gaza",
                    "51,266 Palestinians had been killed since the war began",
                    51266,
                    51266,
                    by="The Health Ministry in Gaza",
                ),
            ),
        ),
        Example(
            (
                "Live updates: The ministry says the death toll in Gaza has climbed to 45,338, "
                "with 107,764 people wounded."
            ),
            (
                Expect("killed.gaza", "death toll in Gaza has climbed to 45,338", 45338, 45338, by="The ministry"),
                Expect("injured.gaza", "107,764 people wounded", 107764, 107764, by="The ministry"),
            ),
        ),
        Example(
            (
                "According to Gaza's Health Ministry, more than 43,000 people have been killed in "
                "Gaza since the start of the war."
            ),
            (
                Expect(
                    "killed.gaza",
                    "more than 43,000 people have been killed in Gaza since the start of the war",
                    43000,
                    None,
                    by="Gaza's Health Ministry",
                ),
            ),
        ),
        Example(
            "Analysts warn that famine could kill tens of thousands more in Gaza if aid does not reach the north.",
            (Expect("killed.gaza", "kill tens of thousands", 20000, 99999),),
        ),
        Example(
            (
                "If the ceasefire collapses, officials fear that thousands more Palestinians in "
                "Gaza could be killed within weeks."
            ),
            (Expect("killed.gaza", "thousands more Palestinians in Gaza could be killed", 2000, 9999),),
        ),
        Example("The ministry did not say how many of the 40,000 dead in Gaza were fighters."),
        Example(
            (
                "More than 92,000 people have been wounded in Gaza since the war began, according "
                "to the territory's Health Ministry."
            ),
            (
                Expect(
                    "injured.gaza",
                    "More than 92,000 people have been wounded in Gaza since the war began",
                    92000,
                    None,
                    by="the territory's Health Ministry",
                ),
            ),
        ),
        Example(
            (
                "An airstrike on a school sheltering displaced families in Gaza killed 22 people, "
                "including six children, civil defence officials said."
            ),
            (
                Expect("killed.gaza.incident", "killed 22 people", 22, 22, by="civil defence officials"),
                Expect("killed.gaza.children.incident", "six children", 6, 6, by="civil defence officials"),
            ),
        ),
        Example(
            (
                "Nearly 800 Palestinians have been killed in the occupied West Bank since October "
                "2023, according to the UN humanitarian office."
            ),
            (
                Expect(
                    "killed.westbank",
                    "Nearly 800 Palestinians have been killed in the occupied West Bank",
                    800,
                    800,
                    by="the UN humanitarian office",
                ),
            ),
        ),
        Example(
            (
                "In the West Bank, where raids have intensified, 12 Palestinians were killed on "
                "Wednesday, the Palestinian Health Ministry said."
            ),
            (
                Expect(
                    "killed.westbank.day", "12 Palestinians were killed", 12, 12, by="the Palestinian Health Ministry"
                ),
            ),
        ),
        Example(
            (
                "Gaza's death toll (now above 50,000, by the ministry's count) dwarfs that of any "
                "previous round of fighting."
            ),
            (Expect("killed.gaza", "death toll (now above 50,000", 50000, None, by=""),),
        ),
        Example(
            (
                "Opinion: When a death toll reaches 30,000 in a territory the size of Gaza, "
                "numbers stop meaning anything to most readers."
            ),
            (Expect("killed.gaza", "toll reaches 30,000", 30000, 30000),),
        ),
        Example(
            "Some 1,200 people were killed in Israel on Oct. 7, while the Gaza death toll has since exceeded 44,000.",
            (
                Expect("killed.israel.oct7", "Some 1,200 people were killed", 1200, 1200, by=""),
                Expect("killed.gaza", "death toll has since exceeded 44,000", 44000, None, by=""),
            ),
        ),
        Example(
            (
                "Hezbollah said its fighters killed three Israeli soldiers in southern Lebanon, "
                "far from the fighting in Gaza."
            ),
            (Expect("killed.lebanon.soldiers", "killed three Israeli soldiers", 3, 3),),
        ),
        Example(
            (
                "Health officials in Gaza said the bombardment killed 104 people in 24 hours, the "
                "deadliest day in weeks."
            ),
            (Expect("killed.gaza.24h", "killed 104 people", 104, 104, by="Health officials in Gaza"),),
        ),
        Example(
            (
                "Palestinian health officials say more than 53,000 people have been killed in "
                "Gaza since the war began, over half of them women and children."
            ),
            (
                Expect(
                    "killed.gaza",
                    "more than 53,000 people have been killed in Gaza since the war began",
                    53000,
                    None,
                    by="Palestinian health officials",
                ),
                Expect(
                    "killed.gaza.women_children",
                    "over half of them women and children",
                    50,
                    None,
                    by="Palestinian health officials",
                ),
            ),
        ),
        Example(
            (
                "Israeli strikes killed twenty-seven people in Gaza on Saturday, including a "
                "family of nine in Deir al-Balah, according to the civil defence agency."
            ),
            (Expect("killed.gaza.day", "killed twenty-seven people", 27, 27, by="the civil defence agency"),),
        ),
        Example(
            (
                "The ministry's tally rose to 37,266 killed and 85,102 wounded since the war "
                "began, officials in Gaza said on Sunday."
            ),
            (
                Expect("killed.gaza", "tally rose to 37,266 killed", 37266, 37266),
                Expect("injured.gaza", "85,102 wounded since the war began", 85102, 85102),
            ),
        ),
        Example(
            (
                "At least 58 people have been killed in Gaza over the past 24 hours, the Health "
                "Ministry said, bringing the toll since October 2023 to 61,158."
            ),
            (
                Expect("killed.gaza.24h", "At least 58 people have been killed", 58, None, by="the Health Ministry"),
                Expect(
                    "killed.gaza",
                    "bringing the toll since October 2023 to 61,158",
                    61158,
                    61158,
                    by="the Health Ministry",
                ),
            ),
        ),
        Example(
            (
                "In a statement, the Israeli military said it had killed about 17,000 militants "
                "in Gaza, a figure it did not substantiate."
            ),
            (Expect("killed.gaza.militants", "had killed about 17,000 militants", 17000, 17000),),
        ),
        Example(
            (
                "Nine Palestinians, including two teenagers, were killed in an Israeli raid in "
                "the West Bank city of Jenin, the Palestinian Health Ministry said."
            ),
            (
                Expect(
                    "killed.westbank.jenin.incident",
                    "Nine Palestinians, including two teenagers, were killed",
                    9,
                    9,
                    by="the Palestinian Health Ministry",
                ),
                Expect(
                    "killed.westbank.jenin.children.incident",
                    "two teenagers",
                    2,
                    2,
                    by="the Palestinian Health Ministry",
                ),
            ),
        ),
        Example(
            (
                "“More than 30,000 people have been killed in Gaza since the war began,” the "
                "ministry's spokesman, Ashraf al-Qudra, told reporters."
            ),
            (
                Expect(
                    "killed.gaza",
                    "More than 30,000 people have been killed in Gaza since the war began",
                    30000,
                    None,
                    by="the ministry's spokesman",
                ),
            ),
        ),
        Example(
            "Gaza death toll passes 40,000, health ministry says",
            (Expect("killed.gaza", "death toll passes 40,000", 40000, None, by="health ministry"),),
        ),
    ),
)
