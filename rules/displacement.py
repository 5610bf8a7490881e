"""Displacement in Gaza and the population it is a share of."""

from checker.rule import Example, Metric, Pattern, Rule

_ELSEWHERE = r"Lebanon|West Bank|Syria|Sudan|Ukraine|northern Israel|Israeli (?:towns|communities|residents)"
_ASIDE = r"(?:,[^,.;]{0,80},|\s*[—–(][^—–().;]{0,80}[—–)])?"
"""An aside between a figure and its verb: ", many of them children," or "— about 90% of the population —"."""
_RESIDENTS = r"(?:residents|people|inhabitants|Palestinians|population|Gazans)"

RULE = Rule(
    code="DIS",
    name="displacement",
    summary="How many people in Gaza are displaced, and Gaza's population.",
    topic=r"Gaza",
    metrics=(
        Metric("displaced.gaza", "persons", "level", "People in Gaza displaced from their homes.",
               at_most="population.gaza"),
        Metric("population.gaza", "persons", "level", "People living in the Gaza Strip."),
    ),
    patterns=(  # population first: the base of a share ("90% of Gaza's 2.3 million") is the population
        Pattern(r"(?:Gaza['’]s|its|the (?:enclave|territory|Strip)['’]s|Gaza Strip['’]s) (?:(?:estimated|some|about|"
                r"roughly|entire|whole) )?{count} " + _RESIDENTS, "population.gaza",
                requires=r"Gaza|enclave|Strip", rejects=_ELSEWHERE),
        Pattern(r"population of (?:Gaza |the Gaza Strip |the enclave |the territory )?(?:\w+ )?{count}", "population.gaza",
                requires=r"Gaza|enclave|Strip", rejects=_ELSEWHERE),
        Pattern(r"(?:Gaza|the Gaza Strip|the enclave|the territory),? (?:home to|with) {count}", "population.gaza",
                rejects=_ELSEWHERE),
        Pattern(r"(?:displac\w*|uproot\w*|forc\w* from their homes) {share}(?: of (?:its |the |Gaza['’]s )?{count}"
                r"(?: " + _RESIDENTS + r")?)?", "displaced.gaza", rejects=_ELSEWHERE),
        Pattern(r"{share} of [^.;]{0,50}?(?:have been |had been |were |are |been |has been |now )?(?:displaced|uprooted)",
                "displaced.gaza", rejects=_ELSEWHERE),
        Pattern(r"displacement of (?:some |about )?{count}", "displaced.gaza", rejects=_ELSEWHERE),
        Pattern(r"(?:displaced|uprooted|displacing) {count}(?: " + _RESIDENTS + r")?", "displaced.gaza",
                rejects=_ELSEWHERE),
        Pattern(r"{count}(?: " + _RESIDENTS + r")?(?: \w+){0,2}?" + _ASIDE + r" (?:have been |had been |were |are |been |now |remain )?"
                r"(?:displaced|uprooted|internally displaced|forced from their homes)", "displaced.gaza",
                rejects=_ELSEWHERE),
    ),
    examples=(
        Example("The UN reports that 90% of Gaza’s 2.3 million residents have been displaced, many multiple times.",
                (("displaced.gaza", "90% of Gaza’s 2.3 million residents have been displaced", 2070000, 2070000),
                 ("population.gaza", "Gaza’s 2.3 million residents", 2300000, 2300000))),
        Example("Israel’s retaliatory strikes have caused widespread destruction in Gaza, displacing most of its 2.3 "
                "million residents.",
                (("displaced.gaza", "displacing most of its 2.3 million residents", 1150000, 2300000),
                 ("population.gaza", "its 2.3 million residents", 2300000, 2300000))),
        Example("The conflict in Gaza has led to significant casualties and the displacement of thousands.",
                (("displaced.gaza", "displacement of thousands", 2000, 9999),)),
        Example("Nearly 1.9 million people across Gaza — about 90 per cent of the population — have been displaced, "
                "according to UNRWA.",
                (("displaced.gaza", "Nearly 1.9 million people across Gaza — about 90 per cent of the population — "
                  "have been displaced", 1900000, 1900000),)),
        Example("Gaza, home to 2.2 million Palestinians, has been under blockade since 2007.",
                (("population.gaza", "Gaza, home to 2.2 million", 2200000, 2200000),)),
        Example("In Lebanon, about 1.2 million people have been displaced by Israeli strikes, as the war in Gaza goes on."),
        Example("One such strike leveled a tower in a densely populated area of Gaza, displacing countless families."),
    ),
)
