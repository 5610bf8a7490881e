"""Rescue and relief in any disaster or war: people rescued, stranded, sheltering, without power or water,
treated; rescuers deployed; disease cases; aftershocks."""

from checker.lexicon import Group, Measure, Vocabulary
from checker.rule import Example, Rule

MEASURES = (
    Measure("rescued", "cumulative", keys=(("hostages", "hostages.rescued"),),
            after=("rescued", "pulled from the rubble", "pulled alive", "pulled out alive", "saved", "rescued alive",
                   "brought out alive", "alive from the rubble", "alive from under the rubble", "alive from the debris"),
            before=("rescued", "rescuing", "rescues", "rescue", "saved", "pulled out", "pulled", "dug out", "extracted",
                    "evacuated and rescued"),
            of=("rescue",)),
    Measure("stranded", "level",
            after=("stranded", "trapped", "cut off", "marooned", "still trapped", "remain trapped", "remain stranded",
                   "were stranded", "were trapped", "are trapped", "are stranded")),
    Measure("sheltering", "level",
            after=("sheltering", "in shelters", "in emergency shelters", "in evacuation centres", "in evacuation centers",
                   "taking shelter", "took shelter", "in temporary shelters", "in relief camps", "sheltering in",
                   "staying in shelters", "housed in", "living in tents", "in tents", "in camps", "sought shelter",
                   "living at evacuation facilities", "living in evacuation centres", "living in evacuation centers",
                   "at evacuation facilities", "in evacuation facilities", "at evacuation centres", "at evacuation centers"),
            before=("sheltering", "housing", "hosting")),
    Measure("without_power", "level",
            after=("without power", "without electricity", "lost power", "in the dark", "without electricity supply",
                   "face power outages", "facing power outages", "hit by power outages"),
            toll=("power outages", "outages")),
    Measure("without_water", "level",
            after=("without water", "without running water", "without clean water", "without drinking water",
                   "lack access to clean water", "lack clean water")),
    Measure("treated", "cumulative",
            after=("treated", "received treatment", "hospitalised", "hospitalized", "admitted",
                   "taken to hospital", "taken to hospitals", "in hospital", "in hospitals", "in intensive care",
                   "in critical condition", "in serious condition"),
            before=("treated", "treating", "treat", "admitted", "received")),
    Measure("deployed", "level",
            after=("deployed", "were deployed", "have been deployed", "dispatched", "sent", "mobilised", "mobilized",
                   "on the ground", "called up"),
            before=("deployed", "deploying", "dispatched", "sent", "mobilised", "mobilized", "called up")),
    Measure("cases", "cumulative",
            after=("cases", "suspected cases", "confirmed cases", "infections", "infected", "sick", "fell ill",
                   "have fallen ill"),
            before=("sickened", "sickening", "infected", "infecting"),
            toll=("number of cases", "case count", "caseload")),
    Measure("aftershocks", "cumulative", unit="count",
            after=("aftershocks", "tremors", "aftershocks were recorded", "aftershocks have been recorded")),
)

GROUPS = (
    Group("rescuers", ("rescuers", "rescue workers", "search and rescue teams", "rescue teams", "firefighters",
                       "emergency personnel", "troops", "personnel", "volunteers", "responders", "military personnel",
                       "National Guard members", "soldiers and police")),
    Group("patients", ("patients", "wounded patients", "sick people")),
    Group("ambulances", ("ambulances", "vehicles", "fire engines")),
    Group("households", ("households", "homes and businesses", "customers", "residences"), default=True),
)

RULE = Rule(
    code="REL",
    name="relief",
    summary="People rescued, stranded, sheltering, without power or water, treated; rescuers deployed; cases.",
    vocabulary=Vocabulary(measures=MEASURES, groups=GROUPS),
    examples=(
        Example("Rescuers pulled 73 people alive from the rubble in Herat province, the Taliban said.",
                (("rescued.afghanistan.herat", "73 people alive", 73, 73),),
                structure="verb, then the people and a state"),
        Example("More than 100,000 households in Valencia were still without power on Thursday.",
                (("without_power.spain.valencia.day", "More than 100,000 households", 100000, None),),
                structure="people + state phrase, with a day"),
        Example("Cholera has spread across the camps, aid groups said."),
    ),
)
