"""People: who is counted. The whole population (people, residents, Palestinians), and the groups a figure
can be only a part of (children, women, soldiers, militants, health workers, aid seekers), in any war or
disaster. Every family's measures count them."""

from checker.lexicon import Group, Vocabulary
from checker.rule import Example, Rule

GROUPS = (
    Group("people", ("people", "persons", "individuals", "civilians and fighters", "victims", "bodies",
                     "souls", "lives", "human beings", "worshippers", "villagers", "locals", "others", "citizens",
                     "Palestinians", "Gazans", "Palestinian", "person", "people's", "adults", "patients",
                     "family members", "relatives", "Israelis", "Lebanese", "Sudanese", "Ukrainians", "Syrians",
                     "Yemenis", "Iranians", "Afghans", "Haitians", "Congolese", "Israeli citizens", "Israeli civilians"),
          default=True),
    Group("civilians", ("civilians", "civilian", "non-combatants")),
    Group("children", ("children", "child", "kids", "minors", "babies", "infants", "newborns", "toddlers", "boys",
                       "girls", "teenagers", "schoolchildren", "under-fives", "children under five")),
    Group("women", ("women", "woman", "mothers", "pregnant women")),
    Group("women_children", ("women and children", "children and women")),
    Group("men", ("men",)),
    Group("elderly", ("elderly", "elderly people", "older people")),
    Group("soldiers", ("soldiers", "soldier", "troops", "servicemen", "service members", "reservists", "officers",
                       "IDF soldiers", "Israeli soldiers", "military personnel")),
    Group("police", ("police officers", "policemen", "police")),
    Group("militants", ("militants", "fighters", "terrorists", "gunmen", "Hamas fighters", "Hamas militants",
                        "Hamas operatives", "operatives", "combatants", "Hezbollah fighters", "Hezbollah members",
                        "members of Hamas", "Hamas members", "insurgents", "rebels", "RSF fighters")),
    Group("health_workers", ("health workers", "healthcare workers", "health care workers", "medics", "doctors",
                             "nurses", "paramedics", "medical workers", "medical staff", "medical personnel",
                             "health personnel", "first responders", "rescuers", "civil defence workers",
                             "civil defense workers", "emergency workers", "rescue workers")),
    Group("aid_seekers", ("aid seekers", "aid-seekers", "people seeking aid", "people seeking food",
                          "Palestinians seeking aid", "Palestinians seeking food", "food seekers"),
          context=("near aid distribution sites", "near aid distribution points", "near aid sites",
                   "near food distribution", "at aid distribution", "at food distribution", "while seeking aid",
                   "while seeking food", "while waiting for aid", "while waiting for food", "waiting for food",
                   "waiting for aid", "trying to get food", "trying to get aid", "seeking aid", "seeking food",
                   "near distribution sites", "aid distribution sites", "GHF sites", "GHF", "food distribution points",
                   "seeking humanitarian aid", "collecting food aid", "collecting aid", "flour massacre",
                   "aid convoy", "aid trucks", "food aid")),
    Group("students", ("students", "pupils")),
    Group("families", ("families", "family")),
    Group("foreigners", ("foreigners", "foreign nationals", "dual nationals", "Thai nationals", "Thai workers",
                         "foreign workers")),
)


RULE = Rule(
    code="PPL",
    name="people",
    summary="Who is counted: the whole population, and the groups a figure can be a part of.",
    vocabulary=Vocabulary(groups=GROUPS),
    examples=(
        Example("At least 25 children and 10 women were among the 61 people killed in Khan Younis overnight.",
                (("killed.gaza.khan_younis.children.24h", "At least 25 children", 25, None),
                 ("killed.gaza.khan_younis.women.24h", "10 women", 10, 10),
                 ("killed.gaza.khan_younis.24h", "61 people killed", 61, 61)),
                structure="groups in a list, the whole after them"),
        Example("Gunmen killed 14 soldiers at a checkpoint in North Darfur, the army said.",
                (("killed.sudan.darfur.soldiers", "killed 14 soldiers", 14, 14),), by="the army",
                structure="verb, count, group; a region of the territory"),
        Example("Residents said the soldiers left the village before dawn."),
    ),
)
