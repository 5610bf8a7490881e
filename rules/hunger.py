"""Hunger and need: people malnourished, facing famine, affected or in need, in any crisis."""

from checker.lexicon import Measure, Vocabulary
from checker.rule import Example, Rule

HUNGER = (
    Measure("malnourished", "level",
            after=("malnourished", "acutely malnourished", "suffering from malnutrition", "suffering from acute malnutrition",
                   "severely malnourished", "treated for malnutrition", "admitted for malnutrition",
                   "treated for acute malnutrition", "treated for severe acute malnutrition",
                   "admitted for acute malnutrition", "screened positive for malnutrition",
                   "diagnosed with acute malnutrition", "at risk of death from malnutrition", "with malnutrition",
                   "with acute malnutrition", "facing acute malnutrition", "suffer from malnutrition",
                   "suffer from acute malnutrition", "suffer severe acute malnutrition", "suffer from severe acute malnutrition",
                   "suffering from severe acute malnutrition", "suffer acute malnutrition"),
            adjectives=("malnourished", "acutely malnourished", "severely malnourished"),
            toll=("number of malnourished",)),
    Measure("famine", "level",
            after=("face famine", "facing famine", "in famine", "in famine conditions", "facing catastrophic hunger",
                   "face catastrophic hunger", "in catastrophic hunger", "at risk of famine", "face starvation",
                   "facing starvation", "starving", "on the brink of famine", "in IPC Phase 5", "in Phase 5",
                   "experiencing famine", "face catastrophic levels of hunger", "at risk of starvation",
                   "in emergency levels of hunger", "facing acute food insecurity", "face acute food insecurity",
                   "acutely food insecure", "food insecure", "facing hunger", "face hunger", "going hungry",
                   "experiencing catastrophic hunger", "severe hunger", "acute hunger", "facing catastrophic conditions",
                   "face catastrophic conditions", "experiencing hunger"),
            adjectives=("starving", "hungry"),
            toll=("number of people facing famine",)),
    Measure("affected", "level",
            after=("affected", "in need", "in need of humanitarian assistance", "in need of aid", "need humanitarian aid",
                   "need aid", "need assistance", "in need of assistance", "need humanitarian assistance",
                   "need humanitarian help", "in need of humanitarian aid", "need help", "at risk", "require assistance", "require humanitarian aid",
                   "depend on aid", "rely on aid", "impacted"),
            toll=("number of people affected", "number affected")),
)

RULE = Rule(
    code="HUN",
    name="hunger",
    summary="People malnourished, facing famine or catastrophic hunger, affected or in need.",
    vocabulary=Vocabulary(measures=HUNGER),
    examples=(
        Example("More than 500,000 people in Gaza face catastrophic hunger, the IPC said.",
                (("famine.gaza", "More than 500,000 people", 500000, None),), structure="people + state phrase"),
        Example("UNICEF said 5,000 children were treated for acute malnutrition in July alone in Gaza.",
                (("malnourished.gaza.children", "5,000 children", 5000, 5000),), structure="group + treated for"),
        Example("In Sudan, 25 million people need humanitarian aid, the UN says.",
                (("affected.sudan", "25 million people need humanitarian aid", 25000000, 25000000),),
                structure="need aid"),
        Example("Hunger is spreading across the region, aid groups warn."),
    ),
)
