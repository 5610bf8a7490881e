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
        Example("About 1.9 million people — roughly 90% of Gaza's population — have been displaced, according to the UN.",
                (('displaced.gaza', "About 1.9 million people — roughly 90% of Gaza's population — have been displaced", 1900000, 1900000),), by='the UN', scope=None),
        Example('The UN says some 1.7 million Gazans have been forced from their homes, many of them several times.',
                (('displaced.gaza', 'some 1.7 million Gazans have been forced from their homes', 1700000, 1700000),), by='The UN', scope=None),
        Example("Nearly all of Gaza's 2.1 million residents have been displaced at least once since the war began, aid agencies say.",
                (('displaced.gaza', "Nearly all of Gaza's 2.1 million residents have been displaced", 1890000, 2100000),
                 ('population.gaza', "Gaza's 2.1 million residents", 2100000, 2100000),), by='aid agencies', scope=None),
        Example('Gaza, home to 2.2 million people, has seen most of its housing damaged or destroyed.',
                (('population.gaza', 'Gaza, home to 2.2 million', 2200000, 2200000),), by=None, scope=None),
        Example('An evacuation order issued on Monday displaced about 100,000 people from eastern Khan Younis in southern Gaza, the UN said.',
                (('displaced.gaza', 'displaced about 100,000 people', 100000, 100000),), by='the UN', scope=None),
        Example("Israel's offensive has uprooted three-quarters of Gaza's 2.3 million people, UNRWA said in its latest report.",
                (('displaced.gaza', "uprooted three-quarters of Gaza's 2.3 million people", 1725000, 1725000),
                 ('population.gaza', "Gaza's 2.3 million people", 2300000, 2300000),), by='UNRWA', scope=None),
        Example('More than 60,000 Israelis were displaced from communities near the Lebanese border, officials said.'),
        Example('A full-scale assault on Rafah could displace another 1 million people, aid groups warned.'),
        Example('Before the war, the population of the Gaza Strip was about 2.2 million, according to the Palestinian statistics bureau.',
                (('population.gaza', 'population of the Gaza Strip was about 2.2 million', 2200000, 2200000),), by='the Palestinian statistics bureau', scope=None),
        Example("Live: The enclave's roughly 2.1 million residents now live on a sliver of Gaza's coastline, the UN says.",
                (('population.gaza', "The enclave's roughly 2.1 million residents", 2100000, 2100000),), by='the UN', scope=None),
        Example('Some 300,000 people remain in northern Gaza, where the World Food Programme says famine is imminent.'),
        Example('The displacement of 1.9 million people in Gaza (out of a population of 2.3 million) is the largest since 1948, one historian argues.',
                (('displaced.gaza', 'displacement of 1.9 million', 1900000, 1900000),
                 ('population.gaza', 'population of 2.3 million', 2300000, 2300000),), by=None, scope=None),
        Example('In Sudan, the war has displaced more than 10 million people, dwarfing the crisis in Gaza.'),
        Example("Roughly half of Gaza's displaced are children, UNICEF says, though it did not give a number."),
        Example("Roughly 90% of Gaza's population of 2.1 million has been displaced, many of them multiple times, according to UN estimates.",
                (('displaced.gaza', "Roughly 90% of Gaza's population of 2.1 million has been displaced", 1890000, 1890000),
                 ('population.gaza', 'population of 2.1 million', 2100000, 2100000),), by='UN estimates', scope=None),
        Example('Israel ordered about 1 million people in northern Gaza to move south within 24 hours, the UN said.'),
        Example('More than 1.7 million people in Gaza have been displaced (about 75% of the population), UNRWA said in December.',
                (('displaced.gaza', 'More than 1.7 million people in Gaza have been displaced', 1700000, None),), by='UNRWA', scope=None),
    ),
)
