"""Figures to frames: what each figure of a sentence counts, read from the words around it.

The engine knows how English news attaches a count to what it counts, whatever the subject; rules only
declare the words (lexicon.py). For each figure it looks, in this order, for:

- a measure after the figure, past the people counted and any auxiliaries: "N Palestinians have been
  killed", "N deaths", "N hostages remain in captivity", "N taken hostage";
- a verb just before it: "killed N", "kidnapped N others", "taking around N hostage";
- a noun and "of" before it: "the deaths of an estimated N", "the release of N prisoners";
- a toll before it, the figure last: "the death toll in Gaza has climbed to N", "Death toll: N";
- a whole it is part of: "including N children", "N of them women" (the part takes the whole's frame);
- what a bare count of the people named means: "48 hostages" are held, "2.3 million residents" are the
  population, "Gaza's 2.3 million" too.

Then who (the people counted, or a group the clause names: "near aid sites"), where (a place named in
the figure's clause, else its sentence, else the paragraph before it, else the document's main place),
the window ("in the past 24 hours", "on Saturday", "since March 18", one strike), the event ("the
October 7 attack"), the cause ("of malnutrition") and the mood (modality.py). A figure with no measure
is no claim, and its reading says which part was missing.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import regex

from .lexicon import Lexicon, Measure, normal, phrases, trie
from .modality import PROPOSAL, SUPERSEDED, mood, superseded
from .quantities import TIMEOUT, tag
from .records import Frame, Quantity
from .vocabulary import MONTHS, UNIT_DAYS

_AUX = phrases(
    (
        "have",
        "has",
        "had",
        "been",
        "were",
        "was",
        "are",
        "is",
        "be",
        "being",
        "now",
        "still",
        "reportedly",
        "also",
        "all",
        "remain",
        "remained",
        "remains",
        "believed to be",
        "believed to have been",
        "thought to be",
        "thought to have been",
        "presumed",
        "confirmed",
        "feared",
        "said to be",
        "said to have been",
        "reported to be",
        "estimated to be",
        "estimated to have been",
        "either",
        "so far",
        "in total",
        "in all",
        "altogether",
        "already",
        "who",
        "who were",
        "who have been",
        "who had been",
        "that were",
        "that have been",
        "later",
        "subsequently",
        "eventually",
        "ultimately",
        "officially",
        "allegedly",
        "who remain",
        "who are",
        "yet to be",
        "to be",
        "not yet",
        "could be",
        "may be",
        "might be",
        "will be",
        "would be",
        "to have been",
        "may have been",
        "might have been",
        "could have been",
        "may have",
        "might have",
        "could have",
        "likely",
        "probably",
        "each",
        "more",
        "others",
        "other",
        "additional",
        "further",
        "new",
        "Israeli",
        "Palestinian",
        "of them",
        "have reportedly been",
        "tragically",
        "so far been",
        "since been",
        "being held",
        "total",
        "since",
        "reported",
        "listed as",
        "registered as",
        "recorded as",
        "declared",
        "counted as",
        "known to be",
        "known to have been",
        "understood to be",
        "understood to have been",
        "should be",
        "set to be",
        "due to be",
        "slated to be",
        "expected to be",
        "scheduled to be",
        "are to be",
    )
)
_FUNCTION = (
    r"as|in|of|for|by|with|and|or|to|from|at|on|after|before|while|than|into|among|including|since|during|"
    r"across|near|over|under|against|amid|the|a|an|their|its|his|her|who|which|that|are|were|was|is|be|been|"
    r"have|has|had|will|would|could|may|might"
)
"""Words that join phrases: never a modifier of the people counted ("1,000 as rescuers" is not "rescuers")."""
_FILLER = phrases(
    (
        "more",
        "other",
        "additional",
        "further",
        "new",
        "some",
        "a further",
        "another",
        "an additional",
        "at least",
        "a total of",
        "the",
        "all",
        "nearly",
        "almost",
        "about",
        "around",
        "over",
    )
)
_REACH = phrases(
    (
        "has",
        "had",
        "have",
        "now",
        "is",
        "was",
        "are",
        "were",
        "stood",
        "stands",
        "standing",
        "stand",
        "at",
        "to",
        "of",
        "rose",
        "risen",
        "rising",
        "rises",
        "climbed",
        "climbing",
        "climbs",
        "reached",
        "reaching",
        "reaches",
        "hit",
        "hits",
        "jumped",
        "jumps",
        "increased",
        "increases",
        "mounted",
        "mounts",
        "soared",
        "soars",
        "went up",
        "gone up",
        "up",
        "grew",
        "grown",
        "grows",
        "been",
        "since",
        "so far",
        "already",
        "officially",
        "reportedly",
        "also",
        "then",
        "by",
        "further",
        "again",
        "currently",
        "overall",
        "in total",
        "updated",
        "revised",
        "as",
        "being",
        "put",
        "puts",
        "placed",
        "estimated",
        "to around",
        "at around",
        "to about",
        "at about",
        "to nearly",
        "to some",
        "at some",
        "to more than",
        "to over",
        "to at least",
        "at least",
        "more than",
        "surged",
        "surges",
        "spiked",
        "edged up",
        "crossed",
        "approached",
        "approaching",
        "neared",
        "nears",
        "nearing",
        "stands at",
        "is now",
        "has now",
    )
)
_PART = regex.compile(
    r"(?:\b(?:including|includes|included|among\s+them|among\s+whom|of\s+whom|of\s+them|of\s+which"
    r"|among\s+those|among|plus)\s+(?:(?:at\s+least|some|about|around|nearly|more\s+than)\s+)?)$",
    regex.I,
)
_PART_LEAD = regex.compile(
    r"(?:\b(?:with|comprising|namely)\s+|:\s*|[(—–]\s*)(?:(?:at\s+least|some|about|around|"
    r"nearly|more\s+than|roughly)\s+)?$",
    regex.I,
)
_OPENS_PART = regex.compile(
    r"[\s\W]*(?:among\s+(?:them|those|whom|the\s+(?:dead|victims|killed|injured|wounded))|"
    r"of\s+(?:them|these|those|whom|this\s+number|the\s+(?:dead|victims|total|killed))|"
    r"(?:they|these)\s+include|this\s+includes|another|a\s+further)\b",
    regex.I,
)
_FRONTED_WHOLE = regex.compile(r"[\s\W]*(?:of|among)\s+(?:the|those|these)\b", regex.I)
"""A sentence that opens on its whole ("Of the 63 thought to be alive, 56 are Israelis")."""
_IS_GROUP = regex.compile(r"\s+(?:are|were|is|was)\s+(?:(?:also|all|reportedly)\s+)?", regex.I)
_COMPARED = regex.compile(
    r"\b(?:(?:well|far|just|slightly)\s+)?(?:below|above|under|short\s+of|compared\s+(?:with|to)|"
    r"versus|vs\.?|against|up\s+from|down\s+from)\s+(?:the\s+)?$",
    regex.I,
)
_ELLIPSIS_GAP = regex.compile(
    r"(?:\s+(?:by|in|on|from|at|during)\s+[^,;.()]{1,40}?)?\s*(?:,|;)?\s*(?:(?:and|while)\s+)?"
    r"(?:(?:another|a\s+further|some|to|from|followed\s+by|with)\s+)?",
    regex.I,
)
_ELLIPSIS_TAIL = regex.compile(
    r"\s+(?:(?:more|others?)\s+)?(?:by|in|on|from|at|during)\s+[^,;.()\ue000-\ue003]{1,40}?"
    r"(?=\s*(?:[,;.()]|\band\b|$))",
    regex.I,
)
_NAMED_ITEM = regex.compile(
    r"(?:\)|\s+(?:by|in|on|from|at)\s+[^,;.()]{1,40}?)?\s*(?:,|;)?\s*(?:(?:and|followed\s+by|while)\s+)?"
    r"(?P<item>(?-i:\p{Lu})[\w'’-]*(?:[\s-]+(?-i:\p{Lu})[\w'’-]*){0,3})\s*\(\s*[~≈]?\s*",
    regex.I,
)
_CLOSE = regex.compile(r"\s*\)")
_MONTH_ONLY = regex.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?", regex.I)
_TO = regex.compile(r"\s+to\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least)\s+)?", regex.I)
_FROM = regex.compile(
    r"\bfrom\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$", regex.I
)
_ANAPHOR = regex.compile(
    r"\b(?:the|this|that|its|their)\s+(?:(?:new|revised|updated|official|overall|final|latest|"
    r"previous|earlier|initial)\s+)*(?:number|figure|tally|count|total)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:to|at|of|is|was|stood\s+at|stands\s+at|reached|rose\s+to|has\s+risen\s+to|has\s+reached|"
    r"climbed\s+to|has\s+climbed\s+to)\s+$",
    regex.I,
)
_AGE = regex.compile(r"[- ](?:years?|months?|weeks?|days?)[- ]olds?\b|\s*(?:years?|yrs?)\s+(?:old|of\s+age)\b", regex.I)
_IS_AGED = regex.compile(
    r"\b(?:is|was|has\s+become|turns?|turned)\s+(?:now\s+|already\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)*$",
    regex.I,
)
"""Before an age: a verb that gives it to the subject ("the war is now six months old")."""
_CLAUSE = regex.compile(
    r"[;()\[\]—–”“\"]|(?<!\d):(?!\d)|,\s|\s(?:while|whereas|but|although|as|and\s+in|when)\s", regex.I
)
_STRONG_CLAUSE = regex.compile(r"[;:()\[\]]|\s(?:while|whereas|but|although)\s", regex.I)
_GENERIC_PLACE = regex.compile(
    r"\bthe\s+(?:enclave|territory|strip|coastal\s+enclave|Palestinian\s+territory)\b", regex.I
)
_POSSESSIVE = regex.compile(
    r"(?:\b(?P<name>(?-i:\p{Lu})[\w-]*(?:\s+(?-i:\p{Lu})[\w-]*){0,2})(?:['’]s|(?<=s)['’])|\b(?:its|their|the\s+(?:enclave|"
    r"territory|strip|country|city|region|area|camp)['’]s))\s+(?:(?:entire|whole|estimated|"
    r"some|total|current|roughly|approximately|nearly|almost|about|more\s+than|pre-war|prewar)"
    r"\s+)*$",
    regex.I,
)
_DAY = regex.compile(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"this\s+morning|tonight|last\s+night|since\s+dawn|since\s+midnight|on\s+the\s+same\s+day)\b",
    regex.I,
)
_RATE = regex.compile(
    r"\s*(?:(?:of\s+aid|of\s+food|of\s+humanitarian\s+aid|carrying\s+[\w\s]{1,30}?)\s+)?(?:a|per|each|every)"
    r"\s+(?:day|daily)\b|\s*daily\b",
    regex.I,
)
_SINCE = regex.compile(r"\bsince\s+", regex.I)
_PHRASE_END = regex.compile(r"[,;:.()\d]|\s[–—-]\s|\s(?:and|but|while|whereas|or)\s", regex.I)
"""Where a part's own phrase ends: punctuation, another figure, a coordination."""
_OF_PLACE = regex.compile(
    r"(?:[\w'’-]+\s+)?(?:enclave|territory|strip|city|town|village|camp|region|province|district|area|country|island|"
    r"state|(?-i:\p{Lu})[\w'’-]+(?:\s+(?-i:\p{Lu})[\w'’-]+)?)\b",
    regex.I,
)
"""After "of the": where the people counted live ("residents of the embattled enclave", "of the Gaza Strip")."""
_COPULA = regex.compile(
    r"\s+(?:are|were|was|is)\s+(?:(?:all|mostly|mainly|believed\s+to\s+be|said\s+to\s+be|thought\s+to\s+be)\s+)?",
    regex.I,
)
"""Between a count and the people it is said to be ("13,000 dead are militants")."""
_EXPECTED = regex.compile(
    r"\b(?:expected|due|set|scheduled|slated|supposed|going|likely|hoped)\s+to\s+be\b|\b(?:will|would|could|should|"
    r"may|might|to)\s+be\b",
    regex.I,
)
"""Before a measure: the event is expected, not done ("were expected to be returned", "will be freed")."""
_VERB_LATER = regex.compile(r"\b(?:had|has|have|were|was|are|is)\s+(?:(?:been|also|all|since|safely|now)\s+)*\w+")
"""A finite verb later in the clause than a participle that describes the people counted."""
_EACH = regex.compile(r"\beach\s+(?:in\s+)?$", regex.I)
_FROM_ORIGIN = regex.compile(r"\bfrom\s+(?:(?-i:\p{Lu})[\w’'-]*(?:\s+(?-i:\p{Lu})[\w’'-]*)*,?\s+(?:and\s+)?)*$")
"""Before a place inside a figure's own phrase, where the people counted come from ("13 soldiers from South Africa,
Malawi and Uruguay were killed"): their origin, not where they were counted."""
_BY_AGENT = regex.compile(r"\bby\s+(?:the\s+)?$", regex.I)
"""What comes before a demonym that says who did something ("by Israeli troops"), not where."""
_RELATIVE_LATER = regex.compile(r"\b(?:who|that|which)\s+(?:had|has|have|were|was|are|is)\b", regex.I)
"""A later verb in a relative clause ("released who were held"): it says who the people are."""
_FINITE = regex.compile(r"(?:were|was|are|is|have|has|had|been|be|being)\b", regex.I)
"""A measure phrase that starts with an auxiliary ("were taken"): the verb of a clause, not a participle."""
_YEAR_TO_DATE = regex.compile(
    r"\b(?:so\s+far\s+(?:in\s+)?(?:this\s+year|(?:19|20)\d\d)|(?:(?:in\s+)?(?:19|20)\d\d|this\s+year)\s+(?:so\s+far|alone)|"
    r"since\s+the\s+(?:start|beginning)\s+of\s+(?:this\s+year|the\s+year|(?:19|20)\d\d)|year[\s-]+to[\s-]+date|"
    r"in\s+the\s+(?:first|last|past)\s+[\w-]+\s+(?:days|weeks|months)\s+of\s+(?:this\s+|the\s+)?(?:year|month|"
    r"(?:19|20)\d\d|(?-i:[A-Z][a-z]+)))\b",
    regex.I,
)
"""A count of part of a year or month ("so far in 2024", "this year alone", "since the start of the year", "in the
first 20 days of August"): a window, not the running total."""
_IN_YEAR_WHEN = regex.compile(r"\b(?:in|during|of)\s+(?:19|20)\d\d\s*,?\s*when\s+(?:[\w'’-]+\s+){0,2}$", regex.I)
"""Before a figure: the year its clause tells of ("in 2022, when 171 Palestinians were killed")."""
_LEAD_YEAR = regex.compile(r"\s*(?:in|during|throughout)\s+(?:19|20)\d\d\s*,", regex.I)
"""A sentence that opens on a year ("During 2023, 507 Palestinians were killed"): its figures are that year's."""
_IN_YEAR = regex.compile(r"\b(?:in|during|throughout)\s+(?:the\s+year\s+)?(?:19|20)\d\d\b(?!\s*[-–/]|\s+\d)", regex.I)
"""In a figure's clause: a whole year ("during 2023"), not a day or month of it, nor a span of years."""
_STARTED = regex.compile(
    r"\b(?:began|begun|started|broke\s+out|erupted|since|from|until|before|after|launched|founded)\s+$", regex.I
)
"""Before a year: the year something began, not the year a count covers."""
_MONTH_NAMES = "|".join(max((m for m in MONTHS if MONTHS[m] == n), key=len).capitalize() for n in range(1, 13))
_MONTH_ALONE = regex.compile(
    rf"\b(?:in|during)\s+(?:(?-i:{_MONTH_NAMES})"
    r"(?:\s+(?:19|20)\d\d)?|last\s+month|this\s+month)\s+alone\b",
    regex.I,
)
"""A count of one month ("in July alone", "last month alone"): the month's window."""
_LEAD_PLACE = regex.compile(r"[\s\W]*(?:in|across|inside|throughout|at|near)\s+(?:the\s+)?(?=[^,.;]{2,40},)", regex.I)
_SINCE_BEFORE = regex.compile(
    r"\b(?:since|after|following|before)\s+(?:(?:the|a|an|its|their|last\s+\w+['’]s|"
    r"[\w-]+['’]s?)\s+)?(?:[\w-]+\s+){0,2}$",
    regex.I,
)
_SINCE_ADVERB = regex.compile(r"\b(?:have|has|had|having|been)\s+$", regex.I)
_WAR_WORDS = (
    r"(?:war|conflict|fighting|hostilities|offensive|genocide|aggression|assault|invasion|crisis|campaign|"
    r"airstrikes|air\s+strikes|strikes|bombardment|bombing|operation|operations|attacks?|retaliation|onslaught)"
)
_START = regex.compile(
    rf"(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+|this\s+|its\s+)?(?:[\w'’-]+\s+){{0,4}}?{_WAR_WORDS}"
    rf"|(?:the\s+|its\s+|this\s+)?(?:[\w'’-]+\s+){{0,4}}?{_WAR_WORDS}\s+(?:began|started|erupted|broke\s+out|was\s+"
    rf"launched|commenced)"
    rf"|(?:(?-i:\p{{Lu}})[\w'’-]*(?:[\s-]+(?-i:\p{{Lu}})[\w'’-]*)*\s+)?(?:began|launched|started|unleashed|initiated|waged|"
    rf"commenced)\s+(?:its|their|the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{_WAR_WORDS}"
    rf"|the\s+war\b",
    regex.I,
)
_RUNNING_TOTAL = regex.compile(r"(?<!\bto\s)\b(?:has|have)\s+(?:now\s+|so\s+far\s+)?(?:been\s+killed|died)\b", regex.I)
"""A toll told as it stands ("1,700 people have been killed in Israel"): the war's running total there, not
the toll of the attack that began it (that is told in the past: "were killed", "killed 1,200", "an attack in
which 1,200 are believed to have been killed")."""
_SINCE_START = regex.compile(rf"\bsince\s+(?:{_START.pattern})[^,;:.()]{{0,60}}", regex.I)
_SPEAKER = regex.compile(
    r"['’]?s?(?:\s+and\s+(?-i:\p{Lu})[\w'’-]*)?\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+)?(?:said|says|say|told|reported|reports|"
    r"announced|claimed|claims|stated|estimates|estimated|confirmed|accused|warned|killed|kills|"
    r"struck|strikes|launched|launches|fired|fires|attacked|attacks|bombed|shelled|hit|targeted|"
    r"carried\s+out|conducted|dropped|invaded|seized|captured|released|freed|detained|arrested|"
    r"deported|expelled|ordered|demanded|agreed|rejected|offered|hosts|hosted|sent|deployed|exchanged|swapped)\b",
    regex.I,
)
"""After a place: it is a speaker or an actor ("Israel said", "Russia launched"), not where the figure is."""
_OFFICE = regex.compile(
    r"['’]?s?\s+(?:special\s+|chief\s+|top\s+|foreign\s+)?(?:envoys?|officials?|minister|president|"
    r"prime\s+minister|foreign\s+(?:ministry|office)|spokes(?:man|woman|person)|ambassador|diplomats?|negotiators?|mediators?|"
    r"delegation|government|administration|leaders?)\b",
    regex.I,
)
"""After a place: a person or body who speaks for it ("the US envoy said"), not where the figure is."""
_MEETING = regex.compile(
    r"\b(?:(?:(?:met|meet|meets|meeting|talks|summit|negotiations|conference|visit|visited|visiting|"
    r"hosted|convened|gathered)\s+(?:\w+\s+){0,2}?|(?:officials?|sources?|diplomats?|mediators?|"
    r"negotiators?|spokes(?:man|woman|person))\s+)in|"
    r"(?:speaking|reporting|writing|briefing|calling)\s+from)\s+(?:the\s+)?$",
    regex.I,
)
"""Before a place: where people met, talked or speak from ("as mediators met in Doha", "officials in Cairo said",
"speaking from Jerusalem"), not where anything was counted."""
_SEAT = regex.compile(
    r"\b(?:ministry|office|authorities|agency|government|headquarters)\s+(?:based\s+)?in\s+(?:the\s+)?$", regex.I
)
"""Before a place: the seat of a body that reports ("the health ministry in Ramallah"): where it speaks for, unless
the figure names a place of its own."""
_LOCATIVE = regex.compile(
    r"\b(?:in|across|inside|throughout|from|near|at|on|of|into|around|outside)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|besieged|occupied)"
    r"(?:ern)?\s+)?(?:(?:capital|city|town|village|province|region|district|port|camp)(?:\s+of)?,?\s+)?$",
    regex.I,
)
_WAR_NAME = regex.compile(
    r"\b(?:over|against|about|regarding|to|with|for)\s+(?:the\s+|Israel['’]s\s+)?(?:\w+\s+)?"
    r"(?:war|conflict|genocide|offensive|hostilities|crisis|fighting)\s+(?:in|on)\s+(?:the\s+)?$",
    regex.I,
)
"""Before a place: a war named as a cause or topic ("in protest over the war in Gaza", "in solidarity with"):
the document is about its echoes elsewhere, so the name does not say where its events are."""
_TARGET = regex.compile(
    r"\b(?:attacks?|assaults?|raids?|incursions?|strikes?|invasion|offensive|onslaught|massacres?|rockets?|missiles?)"
    r"\s+(?:on|against|into)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$",
    regex.I,
)
"""Before a place: the target of an event ("the attacks on Israel"), said to name the event, not where later
figures of the paragraph are."""
_NEXT_TO = regex.compile(r"(?:\s+(?!and\b|amid\b|as\b|while\b|but\b)[\w'’-]+){0,3}\s*|\s*", regex.I)
"""What may stand between a measure and its cause ("died of malnutrition", "starvation-related deaths")."""
_INCLUSIVE = regex.compile(r"\b(?:including|and|or|as\s+well\s+as|plus|also)\s+(?:in\s+)?(?:the\s+)?$", regex.I)
_POSSESSIVE_END = regex.compile(r"['’]s?\b")
_DOES = regex.compile(
    r"(?:\s+(?:of|in|from)\s+(?:the\s+)?[\w'’-]+)?\s+(?:(?:were|was|are|is|have|has|had|been|also|all|then|later|reportedly)\s+)*[a-z][\w'’-]*ed\b"
)
"""After the people counted: a verb of their own the vocabulary does not know ("residents of the city decided"),
so they are not merely counted in the state their noun implies (residents: the population)."""
_IN_STATE = regex.compile(
    r"\b(?:are|were|is|was|be|been|being|remain(?:s|ed|ing)?|stay(?:s|ed)?|still|now|believed|presumed|"
    r"thought|feared|confirmed|declared|reported|said|held|kept)\b|\b(?:has|have|had)\b",
    regex.I,
)
"""Between the people counted and a state: a verb that says they are in it ("are alive", "remain missing")."""
_AMONG_THEM = regex.compile(r"(?:,?\s+and\s+[\d,.]+\s+[\w-]+)?\s+among\s+(?:the\s+|its\s+|their\s+)?", regex.I)
"""After a count: the people it is of ("72 deaths and 43 injuries among health workers")."""
_WERE = regex.compile(r"\b(?:were|was)\s+(?:\w+\s+)?held\b", regex.I)
"""A state told in the past simple ("were held hostage"): of a moment, not of now."""
_DURING_IT = regex.compile(r"\b(?:during|in)\s+the\s+(?:attack|assault|raid|incursion|rampage)\b", regex.I)
"""The event a text is about, named by its noun alone ("held hostage during the attack")."""
_LEFT_AND = regex.compile(r"\b(?:left|leaving|leaves)\s+[^.;:]{1,60}?\band\s+[\ue000-\ue003]*$", regex.I)
"""Up to a (masked) figure: the second outcome of an event ("left 1,140 dead and 250 hostages")."""
_NEXT_WORD = regex.compile(rf"(?:\s+(?:{_AUX}))*\s*", regex.I)
"""Between the figure and a word for who is counted: fillers only ("12 more", "500,000 Israeli settlers")."""
_OTHERS = regex.compile(r"\s+(?:more\s+|other\s+)?others\b", regex.I)
_UNKNOWN_PLACE = regex.compile(
    r"\s+in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}",
)
"""After a figure: "in" and a name the gazetteer does not know ("41 in Gilgit-Baltistan"), a place of its own."""
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")
_ACCORDING = regex.compile(r"\baccording\s+to\s+(?:the\s+)?$", regex.I)
_PROPOSED = regex.compile(r"\b(?:propos\w*|offer\w*|draft|plan\w*|would|calls?\s+for|seeks?|demand\w*)\b", regex.I)
_COMMA_ASIDE = regex.compile(
    r",\s+(?:including|among\s+them|among\s+whom|of\s+whom|most(?:\s+of\s+them)?|many"
    r"(?:\s+of\s+them)?|mostly|mainly|all)\b[^,;:.()]{0,80},",
    regex.I,
)
_REPORTED = regex.compile(
    r"\b(?:said|says|say|reported|reports|announced|added|told|stated|confirmed|update\w*|"
    r"statement|figures?\s+released|published)\b",
    regex.I,
)
"""A day next to a verb of saying is the day of the report ("the ministry said on Sunday"), not of the figure."""
_RESTATED = regex.compile(r"[—–(,]")
_UNDONE = regex.compile(
    r"(?:\s+(?:could|would|might|may|have|has|had|were|was|been|be|being|still|now))*\s+"
    r"(?:saved|spared|at\s+risk|in\s+danger|at\s+stake|threatened)\b",
    regex.I,
)
_WHOLE_OF = regex.compile(
    r"\s+of\s+(?:(?:the|its|their|all|(?-i:\p{Lu})[\w-]*(?:\s+(?-i:\p{Lu})[\w-]*)*['’]s?)\s+)?"
    r"(?:(?:roughly|about|around|some|nearly|almost)\s+)?",
    regex.I,
)
_LABEL = regex.compile(
    r"[ \t•*-]*(?P<phrase>(?:(?:the\s+)?(?:total|overall|number\s+of|total\s+number\s+of)\s+)?"
    r"(?P<label>\p{L}[\w'’-]*(?:\s+[\p{L}\d][\w'’,.-]*){0,9})):[ \t]*",
    regex.I,
)
"""A fact box's label before its figure ("Hostages rescued alive: 8"): up to ten words and a colon, alone
before the figure in its sentence."""
_SAID_LABEL = regex.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|reads?|stated|states|announced|"
    r"reported|reports|according|quoted|explained|noted|warned|update|updated|published|posted)\b",
    regex.I,
)
"""A label that says who said what comes after it, or when: not what the figure counts."""
_ALONE_BEFORE = regex.compile(r"(?:^|\n)[ \t|]*$")
_ALONE_AFTER = regex.compile(r"[ \t|]*(?:\n|$)")
"""A figure alone on its line is a table cell or a number of a list: the words of the lines before are not its."""
_AMONG = regex.compile(
    r"[^.;:\ue000-\ue003]{0,60}?(?:[\ue000-\ue003]+[^.;:\ue000-\ue003]{0,30}?)?\b(?:were|are|was|is)\s+"
    r"(?:also\s+|reportedly\s+)?among\s+(?:the\s+|those\s+)?(?=[\ue000-\ue003])",
    regex.I,
)
_SET_OFF = regex.compile(r"\s*[(—–]\s*(?:(?:about|around|roughly|some|nearly|almost|or|i\.e\.)\s+)?")
_SO_FAR = regex.compile(
    r"\b(?:so\s+far|to\s+date|in\s+total|overall|altogether|in\s+all|since|throughout|cumulative|"
    r"between|a\s+total\s+of|"
    r"toll|tally|(?:in|during|of)\s+(?:the|this)\s+(?:\w+\s+){0,2}?(?:war|conflict|offensive|fighting|"
    r"campaign|genocide))\b",
    regex.I,
)
_AT_SITE = regex.compile(
    r"\bat\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,4}?(?:hospital|school|market|marketplace|mosque|church|shelter|bakery|"
    r"clinic|kindergarten|university|stadium|mall|supermarket|factory|warehouse|railway\s+station|bus\s+station|"
    r"apartment\s+block|residential\s+building|checkpoint|distribution\s+(?:site|point|centre|center))\b"
    r"(?![\w'’-]*\s+(?:across|throughout|in\s+(?:the\s+)?(?:north|south|strip|country)))",
    regex.I,
)
"""One site said before a figure ("at the Okhmatdyt children's hospital"): a count there is of one happening."""
_WAR_AGENT = regex.compile(
    r"\b(?:war|offensive|campaign|bombardment|assault|onslaught|genocide|operations|aggression|"
    r"conflict|fighting|invasion|hostilities)\b[^.;:]{0,40}$",
    regex.I,
)
_DISASTER_MEASURES = frozenset(
    {"killed", "injured", "missing", "displaced", "affected", "destroyed", "damaged", "evacuated", "casualties"}
    | {"stranded", "trapped", "rescued", "sheltering", "without_shelter", "without_power", "without_water"}
    | {"bodies_recovered"}
)
"""What a disaster does to people and places: such a figure in a text about one is of it (when nothing else)."""
_LIST_GAP = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)", regex.I)
_EQUAL = regex.compile(
    r"(?:\b(?:equal\s+to|equivalent\s+to|or\s+(?:about|around|roughly|some|nearly|almost)?|that\s+is|i\.e\.|"
    r"amounting\s+to|(?:down|up)\s+from|revised\s+(?:down|up)\s+from|from\s+[\ue000-\ue003]+\s+to)\s*,?\s*$)",
    regex.I,
)
"""Between a figure and another inside its phrase: a dash or parenthesis sets off the same figure restated
("1.9 million people — about 90 per cent of the population — have been displaced")."""
_ESTIMATE = regex.compile(
    r"\b(?:estimat\w*|believed|thought\s+to|presumed|could\s+number|may\s+(?:still\s+)?be|might\s+be"
    r"|(?:may|might|could)\s+have\s+(?:been|died)|could\s+be"
    r"|feared|probably|likely)\b",
    regex.I,
)


def _own_time(frame: Frame | None, text: str, s: int, e: int, q: Quantity) -> Frame | None:
    """A frame taken from the figure before, with this figure's own standing in time: "from 1,400 to about
    1,200" gives the later figure the frame of the earlier, but not its being superseded; "down from 1,400"
    makes it superseded."""
    if frame is None:
        return None
    if superseded(text, (s, e), q):
        return frame if frame.mood == SUPERSEDED else frame.model_copy(update={"mood": SUPERSEDED})
    return frame.model_copy(update={"mood": "fact"}) if frame.mood == SUPERSEDED else frame


@dataclass(frozen=True)
class Reading:
    """What the engine read of one figure: its frame (None when it is no claim), the stretch of text that
    says it (the quote), and why it is no claim. ``how`` says how the measure was found."""

    quantity: Quantity
    frame: Frame | None
    start: int
    end: int
    why: str = ""
    how: str = ""
    share: bool = False
    """Whether the figure is a share (the claim's value comes from its base)."""


@dataclass
class _Found:
    measure: str
    group: str | None
    start: int
    end: int
    how: str
    whole: Reading | None = None
    names: tuple[str, ...] = ()
    """Every measure the phrase can name ("dead": killed, or dead in captivity for hostages)."""
    skip: tuple[tuple[int, int], ...] = ()
    """Stretches of the quote that are another figure's ("N Palestinians and M Israelis have been killed")."""
    state: bool = False
    """A state now said over an event only expected ("48 remaining hostages were expected to be returned"): a fact."""


@dataclass
class _Walk:
    """What a walk right of a figure has seen so far: where it is, the people counted (or the whole they are of),
    the adjective nearest them, where their phrase ends, and the stretches it skipped ("and M Israelis")."""

    pos: int
    noun_end: int
    group: str | None = None
    whole: str | None = None
    adjective: str | None = None
    part: bool = False
    finite: bool = False
    """An auxiliary seen: the measure after it is the verb of a clause, not a participle."""
    asides: int = 0
    skipped: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Context:
    """What a document says around its figures: its place mentions (for the paragraph before a sentence),
    its main place, and the events that apply to it."""

    places: list[tuple[int, int, str, str]] = field(default_factory=list)
    main: str | None = None
    events: frozenset[str] = frozenset()
    theatre: str | None = None
    """Where the war of an event that applies is fought (Gaza, for the October 7 attack)."""
    located: str | None = None
    """The territory the document most often says things happen in ("in the West Bank"), or names first."""
    disaster: str | None = None
    """The disaster the document is about (named twice or more, or in its first line), whose tolls its figures
    are unless they say otherwise."""
    starts: list[int] = field(default_factory=list)

    def before(self, text: str, at: int, reach: int = 600, located_only: bool = False) -> str | None:
        """The place last named (by name) in the paragraph before ``at``, within ``reach`` characters: the last
        said to be where something is ("in Gaza"), else (unless ``located_only``) the last named at all."""
        i = bisect.bisect_left(self.starts, at) - 1
        paragraph = max((m.end() for m in _BLANK_LINE.finditer(text, max(0, at - reach), at)), default=at - reach)
        named = None
        while i >= 0 and self.places[i][0] >= paragraph:
            if self.places[i][3] == "name":
                lead = max(0, self.places[i][0] - 25)
                if (
                    _LOCATIVE.search(text, lead, self.places[i][0])
                    and not _WAR_NAME.search(text, lead, self.places[i][0])
                    and not _TARGET.search(text, lead, self.places[i][0])
                ):
                    return self.places[i][2]
                named = named or self.places[i][2]
            i -= 1
        return None if located_only else named


class Engine:
    """The lexicon compiled for reading figures (one per set of rules)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    # --- compiled vocabulary ----------------------------------------------------------------------------

    @cached_property
    def _right(self) -> regex.Pattern:
        lx = self.lexicon
        return regex.compile(
            rf"\s*(?:(?P<after>{phrases(lx.after)})|(?P<adj>{phrases(lx.adjectives)})|(?P<noun>{phrases(lx.nouns)})"
            rf"|(?P<people>{phrases(lx.place_people)})|(?P<of>of\s+(?:them|whom|those|these)\b(?:\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+"
            rf"(?:says?|said|believes?|believed|thinks?|estimates?|reports?)\b)?)"
            rf"|(?P<coord>(?:,?\s+(?:and|or|as\s+well\s+as)|,)\s+[\ue000-\ue003]++(?!\s+of\b))"
            rf"|(?P<rel>(?:(?:who|that|which)\s+(?:were|are|had\s+been|have\s+been)\s+)?(?:serving|held|detained|jailed|imprisoned|convicted|sentenced|arrested|living|sheltering|"
            rf"trapped|waiting|displaced|seeking)\b(?:\s+[\w'’-]+){{0,4}}?(?=\s+(?:will|would|are|were|have|has|had|"
            rf"to\s+be|could|may|should|must)\b))"
            rf"|(?P<mod>(?!(?:{_FUNCTION})\b)[\w'’-]+(?:\s+(?!(?:{_FUNCTION})\b)[\w'’-]+)?)(?=\s+{phrases(lx.nouns)})"
            rf"|(?P<ofthe>of\s+(?:(?:the|their|its|those|(?-i:\p{{Lu}})[\w-]*(?:['’]s|s['’]))\s+)?(?:[\ue000-\ue003]+\s+)?)"
            rf"|(?P<aux>{_AUX}|\w{{3,}}ly\b|[\"“”‘])"
            rf"|(?P<where>(?:in|across|inside|throughout|from|near|at|around)\s+(?:the\s+|northern\s+|southern\s+|"
            rf"central\s+|eastern\s+|western\s+)*(?-i:\p{{Lu}})[\w’'-]*(?:\s+(?-i:\p{{Lu}})[\w’'-]*){{0,2}}"
            rf"|(?:in|across|from)\s+[\ue000-\ue003]++\s+[\w-]+)"
            rf"|(?P<aside>\([^()]{{0,80}}\)|,\s+(?:including|among\s+them|most(?:\s+of\s+them)?|many(?:\s+of\s+them)?|"
            rf"mostly|mainly|among\s+whom|of\s+whom|all|both)\b[^,;.()]{{0,80}},|[—–][^—–;.]{{1,80}}[—–]"
            rf"|\s+(?:including|among\s+them)\s+[\ue000-\ue003]+\s+[\w'’-]+(?:\s+[\w'’-]+)?"
            rf"(?=\s+(?:were|are|was|is|have|has|had)\b)"
            rf"|,\s+[^,;.()\ue000-\ue003]{{0,20}}[\ue000-\ue003]+[^,;.()\ue000-\ue003]{{0,60}},)"
            rf"|(?P<counted>(?!(?:{_FUNCTION})\b)(?-i:[a-z])[\w'’-]*)(?=(?:\s+(?:{_AUX}))*\s+(?:{phrases(lx.after)})\b))",
            regex.I,
        )

    @cached_property
    def _before(self) -> regex.Pattern:
        return regex.compile(
            rf"(?P<cue>{phrases(self.lexicon.before)})(?:\s+(?:along|together)\s+with|\s+as\s+well\s+as)?"
            rf"(?:\s+(?:{_FILLER}))?\s*$",
            regex.I,
        )

    @cached_property
    def _of(self) -> regex.Pattern:
        lx = self.lexicon
        return regex.compile(
            rf"(?P<cue>{phrases(lx.of_nouns)})(?:\s+(?:{phrases(lx.nouns)}))?\s+(?:of|for)\s+"
            rf"(?:(?:the|an?|some|its|their|all|another|a\s+further|nearly|almost|up\s+to|"
            rf"more\s+than|over)\s+)*$",
            regex.I,
        )

    @cached_property
    def _toll(self) -> regex.Pattern:
        return regex.compile(
            rf"(?P<cue>{phrases(self.lexicon.tolls)})(?:\s+(?!(?:and|or|but|while|with)\b)(?:(?!\b(?:and|or|but|while)\b)"
            rf"[^,;:.()—–]){{1,120}}?)?(?:\s*[(:—–]\s*|\s+)"
            rf"(?:(?:{_REACH})\s*){{0,5}}(?<!\b(?:a|an|the)\s*)$",
            regex.I,
        )

    @cached_property
    def _includes(self) -> regex.Pattern:
        """A whole named before its parts: "the victims include 3,648 children", "among the dead were 14"."""
        wholes = phrases(self.lexicon.wholes)
        return regex.compile(
            rf"(?:\bamong\s+(?:the\s+|those\s+)?(?P<cue>{wholes})\s+(?:were|are|was|is)"
            rf"|(?P<cue>{wholes})\s+(?:[\w'’-]+\s+){{0,3}}?(?:include|includes|included|including|"
            rf"comprise|comprises|comprised|comprising|were|are))\s+$",
            regex.I,
        )

    @cached_property
    def _cues(self) -> dict[str, regex.Pattern]:
        """The patterns of each kind of cue."""
        lx = self.lexicon
        return {
            kind: regex.compile(phrases(table), regex.I)
            for kind, table in (
                ("window", lx.window_cues),
                ("event", lx.event_cues),
                ("cause", lx.cause_cues),
                ("context", lx.group_context),
            )
        }

    @cached_property
    def _cue_firsts(self) -> dict[str, tuple[str, ...]]:
        """The first word of every cue -> the kinds of cue that start with it."""
        lx = self.lexicon
        out: dict[str, set[str]] = {}
        for kind, table in (
            ("window", lx.window_cues),
            ("event", lx.event_cues),
            ("cause", lx.cause_cues),
            ("context", lx.group_context),
        ):
            for p in table:
                first = normal(p).split()[0].split("'")[0] if p.split() else ""
                if first:
                    out.setdefault(first, set()).add(kind)
        return {w: tuple(k for k in ("window", "event", "cause", "context") if k in kinds) for w, kinds in out.items()}

    @cached_property
    def _cue_start(self) -> re.Pattern:
        """Where any cue can start (the first words of all cues, a trie): the cues are tried only there."""
        firsts = set(self._cue_firsts)
        if not firsts:
            return re.compile(r"(?!)")
        return re.compile(r"(?<![\w'’-])(?P<w>" + trie(firsts) + r")(?:['’]s?)?(?![\w'’-])", re.IGNORECASE)

    def _cues_in(self, text: str, s: int, e: int) -> list[tuple[int, int, str, str]]:
        """The cues in text[s:e], (start, end, kind, phrase): every kind, overlapping ones too (one never hides
        another: "an attack on Israel" is both one strike and the October 7 attack)."""
        found = []
        cues, firsts = self._cues, self._cue_firsts
        for start in self._cue_start.finditer(text, s, e):
            for kind in firsts.get(start["w"].lower(), ()):
                m = cues[kind].match(text, start.start(), e, timeout=TIMEOUT)
                if m is not None:
                    found.append((m.start(), m.end(), kind, normal(m.group())))
        return found

    @cached_property
    def _toll_event(self) -> re.Pattern:
        """Nouns of events whose tolls are their own series (an earthquake, a flood): a trie, scanned fast."""
        nouns = {normal(p) for ev in self.lexicon.events if ev.tolls for p in ev.nouns}
        if not nouns:
            return re.compile(r"(?!)")
        return re.compile(r"\b" + trie(nouns).replace(r"\ ", r"\s+") + r"\b", re.IGNORECASE)

    @cached_property
    def _demonym(self) -> regex.Pattern:
        return regex.compile(rf"\s+(?P<word>{phrases(self.lexicon.demonyms)})(?:\s+(?:citizens|nationals))?", regex.I)

    @cached_property
    def _toll_nouns(self) -> regex.Pattern:
        return regex.compile(phrases(self.lexicon.tolls), regex.I)

    @cached_property
    def _nouns(self) -> regex.Pattern:
        return regex.compile(phrases(self.lexicon.nouns), regex.I)

    @cached_property
    def _group_patterns(self) -> dict[tuple[str, ...], regex.Pattern]:
        return {}

    @cached_property
    def _starts(self) -> tuple:
        return tuple(ev.date for ev in self.lexicon.events if ev.date is not None)

    @cached_property
    def _event_nouns(self) -> regex.Pattern:
        return regex.compile(self._event_noun, regex.I)

    @cached_property
    def _event_noun(self) -> str:
        return phrases(self.lexicon.event_nouns)

    @cached_property
    def _duration_after(self) -> regex.Pattern:
        """After a duration: the event it is the length of ("60-day truce", "two years of war", "471 days in
        captivity")."""
        noun = self._event_noun
        return regex.compile(
            rf"(?:-long|-old)?\s*(?:(?!(?:before|after|of|since|in|on|to|for|and|at|by|from)\b)"
            rf"(?:[\w-]+)\s+){{0,2}}?(?P<noun>{noun})"
            rf"|\s+(?:of|into|in|since\s+the\s+start\s+of|after\s+the\s+start\s+of)\s+(?:the\s+|this\s+|"
            rf"a\s+|their\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?(?P<noun>{noun})",
            regex.I,
        )

    @cached_property
    def _since_event(self) -> regex.Pattern:
        """After a duration: the event it is the time since ("five days after catastrophic flash floods")."""
        return regex.compile(
            rf"\s+(?:after|since)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:(?!and\b|but\b|when\b)[\w'’-]+\s+){{0,3}}?"
            rf"(?P<noun>{self._event_noun})\b",
            regex.I,
        )

    @cached_property
    def _duration_before(self) -> regex.Pattern:
        """Before a duration: the event that lasts it ("the truce, lasting 60 days", "a pause of six weeks")."""
        return regex.compile(
            rf"(?P<noun>{self._event_noun})\b[^;.]{{0,40}}?\b(?:lasting|lasted|lasts|last|of|for|"
            rf"extended\s+by|extension\s+of|spanning|due\s+to\s+last|by|additional|becomes|became|turned\s+into|"
            rf"(?:was\s+)?extended\s+to|stretched\s+to)\s+(?:up\s+to\s+|another\s+|"
            rf"almost\s+|nearly\s+|about\s+)?$",
            regex.I,
        )

    @cached_property
    def _date_after(self) -> regex.Pattern:
        """After a date: the event that happened then ("the Sept. 9 strike")."""
        return regex.compile(rf"\s*(?:(?:[\w-]+)\s+){{0,1}}?(?P<noun>{self._event_noun})\b", regex.I)

    @cached_property
    def _date_before(self) -> regex.Pattern:
        """Before a date: the event that happened then ("the ceasefire that took effect on January 19", "struck
        Doha on September 9")."""
        return regex.compile(
            rf"(?P<noun>{self._event_noun})\b[^,;.]{{0,50}}?\b(?:on|began\s+on|started\s+on|"
            rf"took\s+effect\s+on|came\s+into\s+(?:force|effect)\s+on|took\s+hold[^,;.]{{0,20}}?on|"
            rf"struck\s+on|hit\s+on|collapsed\s+on|ended\s+on|of|in|(?:(?:in|into)\s+(?:place|effect|force)|"
            rf"holding|held)\s+since)\s+$",
            regex.I,
        )

    # --- places -------------------------------------------------------------------------------------------

    @cached_property
    def _place_pattern(self) -> re.Pattern:
        """Every place name, demonym and hint as one trie (Python's engine scans it fast), starting with a
        capital letter: the gazetteer can be of any size."""
        lx = self.lexicon
        words = {
            p.removeprefix("the ")
            for table in (lx.place_names, lx.place_people, lx.place_hints, lx.place_adjectives)
            for p in table
        }
        words.discard("")
        if not words:
            return re.compile(r"(?!)")
        body = trie(words).replace("\\ ", r"\s+").replace("'", "['’]")
        return re.compile(r"(?<![\w-])(?-i:(?=[^\W\d_])(?=\w)(?![a-z]))(?:" + body + r")(?![\w-])", re.IGNORECASE)

    def places_in(self, text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """Place mentions in text[start:end]: (start, end, place, how) with how "name" ("Gaza"), "people" (a
        demonym: "Gazans") or "hint" ("Palestinians")."""
        found: list[tuple[int, int, str, str]] = []
        known = self._place_of
        for m in self._place_pattern.finditer(text, start, end):
            written = m.group()
            if not written[0].isupper():
                continue
            hit = known.get(written)
            if hit is None:
                hit = known[written] = self._lookup_place(written)
            if hit:
                found.append((m.start(), m.end(), *hit))
        return found

    @cached_property
    def _place_of(self) -> dict[str, tuple[str, str] | tuple[()]]:
        """Place names as written -> (place, how), filled as they are met."""
        return {}

    def _lookup_place(self, written: str) -> tuple[str, str] | tuple[()]:
        lx = self.lexicon
        phrase = normal(written)
        for table, how in (
            (lx.place_names, "name"),
            (lx.place_people, "people"),
            (lx.place_hints, "hint"),
            (lx.place_adjectives, "adjective"),
        ):
            hit = table.get(phrase) or (table.get(f"the {phrase}") if how == "name" else None)
            if hit:
                return hit[0], how
        return ()

    def context(self, text: str, events: frozenset[str]) -> Context:
        """A document's place mentions, main place and applicable events."""
        places = [p for p in self.places_in(text, 0, len(text)) if not _acts(text, p)]
        first_line = text.find("\n")
        counts, located_in = self._place_weights(text, places, first_line)
        main = max(counts, key=counts.__getitem__) if counts else None  # the first of equals, as most_common
        located = located_in.most_common(1)[0][0] if located_in else None
        home = located or main  # where the document's events happen
        theatre = self._theatre(events, home)
        disaster = self._disaster(text, first_line, theatre)
        return Context(
            places, main, events, theatre=theatre, starts=[p[0] for p in places], disaster=disaster, located=located
        )

    def _place_weights(
        self, text: str, places: list[tuple[int, int, str, str]], first_line: int
    ) -> tuple[dict[str, float], Counter[str]]:
        """How much a document speaks of each territory (a name said to be where something is counts three, any
        other name or a demonym one, a hint half, all thrice in the first line; an adjective nothing) and how often
        it says things happen there (a name said to be where something is, or any name in the first line)."""
        counts: dict[str, float] = {}  # weights, some halves
        located_in: Counter[str] = Counter()
        for start, _, place, how in places:
            if how == "adjective":
                continue  # "an Israeli strike" says nothing of where the document is
            said = (
                how == "name"
                and _LOCATIVE.search(text, max(0, start - 25), start)
                and not _WAR_NAME.search(text, max(0, start - 25), start)
                and not _TARGET.search(text, max(0, start - 25), start)
            )
            first = first_line < 0 or start < first_line
            weight = (3 if first else 1) * {"name": 3 if said else 1, "people": 1, "hint": 0.5, "adjective": 0}[how]
            territory = self.lexicon.territory(place)
            counts[territory] = counts.get(territory, 0) + weight
            if said or (first and how == "name"):
                located_in[self.lexicon.territory(place)] += 3 if first else 1
        return counts, located_in

    def _theatre(self, events: frozenset[str], home: str | None) -> str | None:
        """Where the war of an applicable event is fought, of the first event whose places include ``home``."""
        return next(
            (
                ev.theatre
                for ev in self.lexicon.events
                if ev.theatre and ev.name in events and (home is None or not ev.places or home in ev.places)
            ),
            None,
        )

    def _disaster(self, text: str, first_line: int, theatre: str | None) -> str | None:
        """The disaster a document is about: one whose toll its first line gives, else the one named most, when
        named twice or more (three times in a document about a war)."""
        low = text.lower()
        named = Counter({ev.name: sum(low.count(n) for n in ev.nouns) for ev in self.lexicon.events if ev.tolls})
        top = [(n, c) for n, c in named.most_common(1) if c]
        toll = self._toll_event.search(text, 0, first_line if first_line >= 0 else len(text))
        return (
            self.lexicon.event_nouns[normal(toll.group())][0]
            if toll
            else top[0][0]
            if top and top[0][1] >= (3 if theatre else 2)
            else None
        )

    # --- reading a sentence -------------------------------------------------------------------------------

    def read(
        self,
        text: str,
        masked: str,
        base: int,
        sentence: tuple[int, int],
        quantities: list[Quantity],
        context: Context,
        earlier: list[Reading] | None = None,
    ) -> list[Reading]:
        """A reading of each quantity of one sentence. ``masked`` is the text from ``base`` with quantities
        masked (see extraction.py), so patterns never mistake a figure for a word. ``earlier``: the readings
        of the sentence before, whose last figure a sentence can break down ("Among them, ...")."""
        earlier = earlier or []
        s, e = sentence
        readings: list[Reading] = []
        parts: list[tuple[int, int, str]] = []  # figures that are parts of a whole given after them
        cues = self._cues_in(text, s, e)
        i, j = bisect.bisect_left(context.starts, s), bisect.bisect_left(context.starts, e)
        places = context.places[i:j]
        bases = {q.base.start for q in quantities if q.base is not None}
        for q in quantities:
            is_base = q.start in bases
            readings.append(
                self._read_one(
                    text, masked, base, s, e, q, quantities, cues, places, context, readings, earlier, parts, is_base
                )
            )
        self._read_parts(readings, parts)
        return readings

    def _read_one(
        self,
        text: str,
        masked: str,
        base: int,
        s: int,
        e: int,
        q: Quantity,
        quantities: list[Quantity],
        cues: list[tuple[int, int, str, str]],
        places: list[tuple[int, int, str, str]],
        context: Context,
        readings: list[Reading],
        earlier: list[Reading],
        parts: list[tuple[int, int, str]],
        is_base: bool,
    ) -> Reading:
        """The reading of one figure of a sentence, given the readings of the figures before it (``readings``)
        and of the sentence before (``earlier``); ``is_base``: whether it is another figure's base. A figure
        with no measure among a whole given after it is noted in ``parts``."""
        kind = _KIND[q.kind]
        early = self._read_early(text, masked, base, s, e, q, quantities, cues, places, context, readings, is_base)
        if early is not None:
            return early
        found = self._measure(text, masked, base, s, e, q, readings, is_base)
        part = self._part(text, s, e, q, found, readings, earlier, places) or self._elliptical(
            text, s, e, q, found, readings, places, quantities
        )
        if part is not None:
            return part
        anaphor = self._anaphor(text, s, q, readings, earlier) if found is None or not found.measure else None
        if isinstance(anaphor, Frame):
            return Reading(q, _own_time(anaphor, text, s, e, q), q.start, q.end, how="restated", share=kind == "share")
        if anaphor is not None:
            found = anaphor
        elif (found is None or not found.measure) and (
            compared := _own_time(self._restated(text, s, q, readings, is_base, True), text, s, e, q)
        ):
            if _RATE.match(text, q.end):  # "97 trucks on Saturday, compared with 500 a day before the war"
                compared = replace_frame(compared, window="daily")
            compared = self._own_people(text, q, found, compared)  # "600 soldiers killed compared to 33,100 Gazans"
            return Reading(q, compared, q.start, q.end, how="restated", share=kind == "share")
        if found is None or not found.measure:
            return self._no_measure(masked, base, e, q, found, readings, parts)
        if _told_again(text, s, q, found, earlier):
            return Reading(q, None, q.start, q.end, "the same people as a count before it ('the four')", found.how)
        reading = self._frame(text, s, e, q, found, quantities, cues, places, context, kind == "share", readings)
        return _of_the_same(text, s, reading, [*earlier, *readings])

    def _own_people(self, text: str, q: Quantity, found: _Found | None, frame: Frame) -> Frame:
        """A figure compared with another, with the people it names itself: their group, and the place their
        name says they are of ("compared to 33,100 Gazans")."""
        if found is None:
            return frame
        lx = self.lexicon
        group = None if found.group is None or lx.by_group[found.group].default else found.group
        named = next((p for p in self.places_in(text, q.end, found.end) if p[3] in ("people", "name")), None)
        place = lx.territory(named[2]) if named is not None else frame.place
        changed = {"group": group, "place": place}
        return replace_frame(frame, **changed, **({"subplace": None} if place != frame.place else {}))

    def _read_early(
        self,
        text: str,
        masked: str,
        base: int,
        s: int,
        e: int,
        q: Quantity,
        quantities: list[Quantity],
        cues: list[tuple[int, int, str, str]],
        places: list[tuple[int, int, str, str]],
        context: Context,
        readings: list[Reading],
        is_base: bool,
    ) -> Reading | None:
        """The reading of a figure settled before its measure is looked for: a duration or date (see _attached),
        a vague share, a measurement, an age, the whole a part is of (a place's people: its population), or a
        figure that restates the one before;
        None for any other."""
        kind = _KIND[q.kind]
        whole = self._whole_population(text, masked, base, s, e, q, readings, is_base)
        if whole is not None:  # "1.9 million of Gazans' 2.4 million people": the place's population
            return self._frame(text, s, e, q, whole, quantities, cues, places, context, False, readings)
        if kind in ("duration", "date"):
            return self._attached(text, masked, base, s, e, q, cues, places, context, readings)
        if kind == "share" and q.qualifier == "range" and not _DIGIT.search(q.text) and q.base is None:
            return Reading(q, None, q.start, q.end, 'a vague share ("most", "the majority"): no figure')
        if _MEASUREMENT.match(text, q.end) or _MEASURED.search(text, max(s, q.start - 20), q.start):
            return Reading(q, None, q.start, q.end, "a measurement (magnitude, distance, weight), not a count")
        age = _AGE.match(text, q.end)
        if age:
            return self._war_age(text, masked, base, s, e, q, age, cues, places, context, readings)
        if readings and not is_base and _WHOLE_OF.fullmatch(text, readings[-1].quantity.end, q.start):
            return Reading(q, None, q.start, q.end, 'the whole a part is of ("12 of Gaza\'s 36")')
        restated = _own_time(self._restated(text, s, q, readings, is_base), text, s, e, q)
        if restated is not None:
            return Reading(q, restated, q.start, q.end, how="restated", share=kind == "share")
        return None

    @staticmethod
    def _no_measure(
        masked: str,
        base: int,
        e: int,
        q: Quantity,
        found: _Found | None,
        readings: list[Reading],
        parts: list[tuple[int, int, str]],
    ) -> Reading:
        """A figure with no measure, no claim; one of a group among a whole given after it ("25 children ... among
        the 61 people killed") is noted in ``parts``, with where its whole starts, to be read once its whole is."""
        what = f"a count of {found.group}" if found and found.group else "a figure"
        among = _AMONG.match(masked, q.end - base, e - base, timeout=TIMEOUT)
        if among is not None and found is not None and found.group:
            parts.append((len(readings), base + among.end(), found.group))  # read once its whole is
        return Reading(q, None, q.start, q.end, f"{what} with no measure: nothing says what happened")

    def _read_parts(self, readings: list[Reading], parts: list[tuple[int, int, str]]) -> None:
        """Gives each figure noted in ``parts`` the frame of its whole, once read, with its own group (none
        when its group is the default one)."""
        for i, whole_at, group in parts:  # "25 children and 10 women were among the 61 people killed"
            whole = next((r for r in readings if r.quantity.start == whole_at and r.frame is not None), None)
            if whole is not None and whole.frame is not None:
                own = None if self.lexicon.by_group[group].default else group
                part = readings[i]
                readings[i] = Reading(
                    part.quantity, Frame(**{**whole.frame.model_dump(), "group": own}), part.start, part.end, how="part"
                )

    def _restated(
        self, text: str, s: int, q: Quantity, readings: list[Reading], is_base: bool, found_nothing: bool = False
    ) -> Frame | None:
        """The frame of the figure before, when this one restates it: set off inside its phrase by a dash or
        parenthesis ("1.9 million people — about 90 per cent of the population — have been displaced"), or put
        as its equal or its earlier value ("equal to about 1.9 million", "down from more than 1,400")."""
        if is_base or not readings or readings[-1].frame is None or readings[-1].frame.measure in ("date", "duration"):
            return None
        last = readings[-1]
        if _PART.search(text, max(s, q.start - 40), q.start):
            return None
        return last.frame if self._restates(text, s, q, last, found_nothing) else None

    def _restates(self, text: str, s: int, q: Quantity, last: Reading, found_nothing: bool) -> bool:
        """Whether the figure restates the last one: set off inside its phrase, or put as its equal, a figure it
        is compared with, or its earlier value."""
        inside = last.start <= q.start and q.end <= last.end and last.quantity.end <= q.start
        if inside and _RESTATED.search(text, last.quantity.end, q.start):
            return True
        if last.end <= q.start and _SET_OFF.fullmatch(text, last.end, q.start):
            return True  # "have been displaced (about 75% of the population)"
        if last.quantity.end <= q.start and _EQUAL.search(text, max(last.quantity.end, q.start - 30), q.start):
            return True
        if found_nothing and _COMPARED.search(text, max(last.quantity.end, q.start - 40), q.start):
            return True  # "about 100 trucks a day, well below the 600 that entered during the truce"
        if _TO.fullmatch(text, last.quantity.end, q.start) and _FROM.search(
            text, max(s, last.quantity.start - 6), last.quantity.start
        ):
            return True  # "revised the toll from 1,400 to about 1,200"
        return False

    def _elliptical(
        self,
        text: str,
        s: int,
        e: int,
        q: Quantity,
        found: _Found | None,
        readings: list[Reading],
        places: list[tuple[int, int, str, str]],
        quantities: list[Quantity],
    ) -> Reading | None:
        """A bare figure that goes on with the list of the one before, its verb left out and only its own place,
        time or agent said: "268 were killed by troops, eight by settlers", "to 544 in May, to 429 in June", "95
        in Jajarkot and 38 in Rukum". Its frame is the one before's, with the place and window its words give."""
        lx = self.lexicon
        if found is not None and (found.measure or (found.group and not lx.by_group[found.group].default)):
            return None
        last = self._last_count_before(readings, q)
        if last is None or last.frame is None or self._other_nation(text, e, q, last):
            return None
        after_last = max(last.quantity.end, last.end if last.end <= q.start else 0)
        gap = _ELLIPSIS_GAP.fullmatch(text, after_last, q.start)
        tail = _ELLIPSIS_TAIL.match(text, found.end if found is not None else q.end, e)
        if gap is None or tail is None:
            return self._named_item(text, e, q, last.frame, after_last, places)
        frame = self._own_place(text, last.frame, tail.start(), tail.end(), places)
        frame = self._own_dates(frame, quantities, tail.start(), tail.end())
        return Reading(q, frame, q.start, tail.end(), how="listed")

    def _other_nation(self, text: str, e: int, q: Quantity, last: Reading) -> bool:
        """Whether a figure names people of another nation than the one before it on the list ("50 Israelis held
        captive ...; 150 Palestinians from Gaza"): the other side of an exchange, not more of the same."""
        mine = self._demonym.match(text, q.end, e, timeout=TIMEOUT)
        theirs = self._demonym.match(text, last.quantity.end, e, timeout=TIMEOUT)
        lx = self.lexicon
        return (
            mine is not None
            and theirs is not None
            and lx.demonyms[normal(mine["word"])][0] != lx.demonyms[normal(theirs["word"])][0]
        )

    @staticmethod
    def _last_count_before(readings: list[Reading], q: Quantity) -> Reading | None:
        """The last reading that counts something (not a date or a duration) and ends before the figure."""
        return next(
            (
                r
                for r in reversed(readings)
                if r.frame is not None and r.frame.measure not in ("date", "duration") and r.quantity.end <= q.start
            ),
            None,
        )

    def _named_item(
        self, text: str, e: int, q: Quantity, frame: Frame, after_last: int, places: list[tuple[int, int, str, str]]
    ) -> Reading | None:
        """A figure in parentheses after the name of its own item of a list: the frame before, in its place."""
        named = _NAMED_ITEM.fullmatch(text, after_last, q.start)  # "followed by Italy (~7,104), Greece (~3,911)"
        if named is None or not _CLOSE.match(text, q.end, e):
            return None
        own = self._own_place(text, frame, named.start("item"), q.start, places)
        return Reading(q, own, named.start("item"), q.end + 1, how="listed") if own is not frame else None

    @staticmethod
    def _own_dates(frame: Frame, quantities: list[Quantity], start: int, end: int) -> Frame:
        """A frame with the window of the first date in text[start:end], if any: a month or a day."""
        dates = [d for d in quantities if d.kind in ("date", "daterange") and start <= d.start < end]
        if dates:
            frame = replace_frame(frame, window="month" if _MONTH_ONLY.fullmatch(dates[0].text) else "day")
        return frame

    def _own_place(
        self, text: str, frame: Frame, start: int, end: int, places: list[tuple[int, int, str, str]]
    ) -> Frame:
        """A frame taken from another figure, with the place named in text[start:end] when there is one (a part
        or a list item "in Jajarkot"); a name the gazetteer does not know there leaves the city or region open."""
        mine = next((p for p in places if start <= p[0] and p[1] <= end and p[3] == "name"), None)
        if mine is None:
            return replace_frame(frame, subplace=None) if _UNKNOWN_PLACE.match(text, start, end) else frame
        territory = self.lexicon.territory(mine[2])
        return replace_frame(frame, place=territory, subplace=None if territory == mine[2] else mine[2])

    def _anaphor(
        self, text: str, s: int, q: Quantity, readings: list[Reading], earlier: list[Reading]
    ) -> Frame | _Found | None:
        """A figure given as "the number", "the figure" or "the tally" of what the sentence counts ("Israel
        revised its death toll of the attack, lowering the number to about 1,200"): the measure of the toll
        named before it in the sentence, else the frame of the last figure of the sentence or the one before."""
        m = _ANAPHOR.search(text, max(s, q.start - 60), q.start)
        if m is None:
            return None
        named = None
        for found in self._toll_nouns.finditer(text, s, m.start(), timeout=TIMEOUT):
            named = found  # the last one
        if named is not None:
            names = self.lexicon.tolls[normal(named.group())]
            return _Found(self._pick(names, None), None, m.start(), q.end, "toll")
        counts = [
            r for r in (*earlier, *readings) if r.frame is not None and r.frame.measure not in ("date", "duration")
        ]
        return counts[-1].frame if counts else None

    def _part(
        self,
        text: str,
        s: int,
        e: int,
        q: Quantity,
        found: _Found | None,
        readings: list[Reading],
        earlier: list[Reading],
        places: list[tuple[int, int, str, str]],
    ) -> Reading | None:
        """A figure that breaks down one before it by group or nationality, with no measure of its own: set
        after a colon, a dash or "with" ("have died: 9,560 women and 14,500 children"), the next on a list of
        parts ("including 2,055 children, 1,119 women"), or opening a sentence that breaks down the last one
        ("Among them, 99 are women"). Its frame is its whole's, with its own group or nationality."""
        if found is not None and found.measure and found.how not in ("part", "toll"):
            return None  # ("the dead: 72 Palestinians" after "79 journalists were killed" is a part of them)
        group, nationality, end = self._part_names(text, e, q, found)
        if group is None and nationality is None:
            return None
        whole = self._part_whole(text, s, q, readings, earlier, group is not None)
        if whole is None:
            return None
        if found is not None and found.measure and found.measure != whole.measure:
            return None
        frame = replace_frame(whole, group=group or whole.group, nationality=nationality or whole.nationality)
        if (tail := _ELLIPSIS_TAIL.match(text, end, e)) is not None:
            frame = self._own_place(text, frame, tail.start(), tail.end(), places)  # "27 women and 25 men in Rukum"
        return Reading(q, frame, q.start, end, how="part")

    def _part_names(self, text: str, e: int, q: Quantity, found: _Found | None) -> tuple[str | None, str | None, int]:
        """The group (not people at large) and the nationality a part names after its figure, and where its
        phrase ends: "9,560 women", "56 are Israelis"."""
        lx = self.lexicon
        group = found.group if found is not None and found.group and not lx.by_group[found.group].default else None
        end = found.end if found is not None else q.end
        nationality = None
        if (m := self._demonym.match(text, q.end, e, timeout=TIMEOUT)) is not None:
            nationality, end = lx.demonyms[normal(m["word"])][0], max(end, m.end())
        if group is None and nationality is None and (are := _IS_GROUP.match(text, q.end, e)) is not None:
            if (m := self._nouns.match(text, are.end(), e, timeout=TIMEOUT)) is not None and not lx.by_group[
                lx.nouns[normal(m.group())][0]
            ].default:
                group, end = lx.nouns[normal(m.group())][0], m.end()  # "Among them, 99 are women"
            elif (m := self._demonym.match(text, are.end() - 1, e, timeout=TIMEOUT)) is not None:
                nationality, end = lx.demonyms[normal(m["word"])][0], m.end()  # "56 are Israelis"
        return group, nationality, end

    def _part_whole(
        self, text: str, s: int, q: Quantity, readings: list[Reading], earlier: list[Reading], by_group: bool
    ) -> Frame | None:
        """The frame of the whole a part breaks down: the part before it on a list (when it breaks the whole down
        the same way, by group or by nationality), else the last count of its sentence when a part is said, else
        the last count of the sentence before one that opens as a part."""
        last = readings[-1] if readings else None
        if (
            last is not None
            and last.frame is not None
            and last.how == "part"
            and _LIST_GAP.fullmatch(text, last.end, q.start)
            and (
                last.frame.nationality is None
                if by_group
                else last.frame.nationality is not None or not self._own_group(last.frame)
            )  # (by nationality after a part by nationality: "72 Palestinian, four Israelis" of journalists)
        ):
            return last.frame  # the next on the list: the group it names replaces the one before
        return self._whole_counted(text, s, q, readings, earlier)

    def _own_group(self, frame: Frame) -> bool:
        """Whether a frame names a group of its own, not the one its measure implies (hostages for "alive")."""
        measure = self.lexicon.by_measure.get(frame.measure)
        implied = measure.groups[0] if measure is not None and measure.groups else None
        return frame.group is not None and frame.group != implied and not self.lexicon.by_group[frame.group].default

    @staticmethod
    def _whole_counted(text: str, s: int, q: Quantity, readings: list[Reading], earlier: list[Reading]) -> Frame | None:
        """The frame of the last count of the sentence, when a part of it is said (or the sentence opened on it: "Of
        the 63 ..., 56 are Israelis"); with no count in the sentence, the last count of the sentence before, when
        the sentence opens as a part ("Among them", "Another six are Thais")."""
        counts = _counts(readings)
        if counts and (
            _PART.search(text, max(s, q.start - 40), q.start)
            or _PART_LEAD.search(text, max(counts[-1].end, q.start - 30), q.start)
            or (_FRONTED_WHOLE.match(text, s) and "," in text[counts[-1].end : q.start])
        ):
            return counts[-1].frame
        if not counts and _OPENS_PART.match(text, s, q.start) and (wholes := _counts(earlier)):
            return wholes[-1].frame
        return None

    def _measure(
        self, text: str, masked: str, base: int, s: int, e: int, q: Quantity, previous: list[Reading], is_base: bool
    ) -> _Found | None:
        """How the figure's measure is said (the order of the module docstring), or None."""
        end = q.base.end if q.base is not None and q.base.end <= e else q.end
        right = self._walk_right(masked, base, end, e, stop_at_noun=is_base)
        described = self._describes_people(right)  # "prisoners held in Israeli jails": what they are
        manner = self._says_manner(text, end, right)  # "rescued four hostages alive": how they were rescued
        if (first := self._said_first(text, masked, base, s, q, right, described or manner)) is not None:
            return first
        far = self._far(right, end)
        left, group = self._from_left(text, masked, base, s, q, end, far, right, previous, is_base, manner)
        if left is not None:
            return left
        if described or (right is not None and right.how == "after"):
            return right  # (past a coordination only when no verb before claims the figure first)
        if (part := self._as_part(text, s, e, q, end, far, group, right, previous)) is not None:
            return part
        if right is not None and right.measure:
            return right
        return self._located_population(text, s, q, self._possessive_population(text, s, q, far, right))

    def _said_first(
        self, text: str, masked: str, base: int, s: int, q: Quantity, right: _Found | None, unlike: bool
    ) -> _Found | None:
        """What settles the measure before anything to the left is looked at: a verb after the people counted
        ("N people were killed", unless it only describes them or says how, ``unlike``), else a fact box's label."""
        if right is not None and right.how == "after" and not unlike and not right.skip:
            return right
        return self._label(text, masked, base, s, q)

    def _label(self, text: str, masked: str, base: int, s: int, q: Quantity) -> _Found | None:
        """A figure given as the value of a label, the way fact boxes and key-figure lists give them ("Hostages
        still in captivity: 62", "Palestinians killed: 40,005"): the label is read as the words after a figure
        are ("62 hostages still in captivity"). Only when the label is all that comes before the figure in its
        sentence, and names what happened to whom, not who said it ("The ministry said: ...")."""
        label = _LABEL.fullmatch(text, s, q.start)
        if label is None or _SAID_LABEL.search(label["label"]):
            return None
        found = self._walk_right(masked, base, label.start("label"), label.end("label"))
        if found is None or not found.measure or found.how not in ("after", "noun"):
            return None
        return dataclasses.replace(found, start=label.start("phrase"), end=q.end, how="label")  # from "Total"

    def _describes_people(self, right: _Found | None) -> bool:
        """Whether the measure after the figure is what its people are anyway ("prisoners held in Israeli
        jails"), not what happened to them."""
        return (
            right is not None
            and right.how == "after"
            and right.group is not None
            and self.lexicon.by_group[right.group].measure == right.measure
        )

    def _says_manner(self, text: str, end: int, right: _Found | None) -> bool:
        """Whether the state said bare after the people counted is how the verb before happened ("rescued four
        hostages alive": how they were rescued, not a count of the living)."""
        return (
            right is not None
            and right.how == "after"
            and (state := self.lexicon.by_measure.get(right.measure)) is not None
            and state.kind == "level"
            and bool(state.groups)  # (a state only some are counted in: "left 100 people missing" is a count)
            and not _IN_STATE.search(text, end, right.end)
        )

    @staticmethod
    def _far(right: _Found | None, end: int) -> int:
        """Where the figure's phrase ends: at the first coordination the walk right passed, else where it ended,
        and never before the figure."""
        return max(right.skip[0][0] if right and right.skip else right.end if right else end, end)

    def _from_left(
        self,
        text: str,
        masked: str,
        base: int,
        s: int,
        q: Quantity,
        end: int,
        far: int,
        right: _Found | None,
        previous: list[Reading],
        is_base: bool,
        manner: bool,
    ) -> tuple[_Found | None, str | None]:
        """A measure said before the figure (a verb, a noun and "of", a toll, a whole), and the group counted as
        far as it is then known (the one after the figure, else one named with the measure before it)."""
        group = right.group if right else None
        lo = max(s, q.start - 160)
        for pattern, table, how, reach in self._lefts(text, q, end, is_base):
            # each shape is looked for only as far back as it can reach
            m = pattern.search(masked, max(lo, q.start - reach) - base, q.start - base, timeout=TIMEOUT)
            if m and how == "toll" and any(r.how == "toll" and r.start == base + m.start() for r in previous):
                continue  # a toll names one figure: "the death toll surpassed 40,000 (..." is not a toll of the next
            if m:
                names = table[normal(m["cue"])]
                group = group or self._group_in(text, base + m.start(), q.start, names)
                measure = self._left_measure(names, how, group, right)
                if self._allowed(measure, group) and not (manner and how != "before"):
                    return _Found(measure, group, base + m.start(), far, how), group
        return None, group

    def _lefts(
        self, text: str, q: Quantity, end: int, is_base: bool
    ) -> tuple[tuple[regex.Pattern, dict[str, list[str]], str, int], ...]:
        """The shapes of a measure said before a figure, each with its table and how far back it can reach: none
        for a figure alone on its line, only a noun and "of" for a base."""
        lx = self.lexicon
        alone = _ALONE_BEFORE.search(text, max(0, q.start - 20), q.start) and _ALONE_AFTER.match(text, end)
        return (
            ()
            if alone
            else ((self._of, lx.of_nouns, "of", 80),)
            if is_base
            else (
                (self._before, lx.before, "before", 60),
                (self._of, lx.of_nouns, "of", 80),
                (self._toll, lx.tolls, "toll", 160),
                (self._includes, lx.wholes, "part", 100),
            )
        )

    def _left_measure(self, names: list[str], how: str, group: str | None, right: _Found | None) -> str:
        """Of the measures a shape before the figure names, the one for the group; a verb that only says what the
        people are gives way to the state said with them."""
        measure = self._pick(names, group)
        if (
            how == "before"
            and right is not None
            and right.how == "noun"
            and right.measure
            and group is not None
            and self.lexicon.by_group[group].measure == measure != right.measure
        ):
            measure = right.measure  # "Hamas holds 20 living hostages": held says what hostages are
        return measure

    def _as_part(
        self,
        text: str,
        s: int,
        e: int,
        q: Quantity,
        end: int,
        far: int,
        group: str | None,
        right: _Found | None,
        previous: list[Reading],
    ) -> _Found | None:
        """A figure said as a part of the last count before it: the whole's measure, unless its own phrase says
        another."""
        part = _PART.search(text, max(s, q.start - 40), q.start) is not None or (
            right is not None and right.how == "part"
        )
        whole = next(
            (r for r in reversed(previous) if r.frame is not None and r.frame.measure not in ("date", "duration")), None
        )
        if part and whole is not None and whole.frame is not None and whole.frame.measure in self.lexicon.by_measure:
            own = self._part_state(text, end, e, whole.frame.group, whole.frame.measure)
            return _Found(own or whole.frame.measure, group, q.start, far, "part", whole=whole)
        return None

    def _located_population(self, text: str, s: int, q: Quantity, right: _Found | None) -> _Found | None:
        """The whole said with the definite article and where its people are ("nearly half of the 2.4 million in
        the Gaza Strip", "half of the 2.3 million people in Gaza") and nothing said of them: the place's
        population. (Without the article, "2.3 million people in Gaza need aid" says what they need.)"""
        if right is not None and (right.measure or (right.group and not self.lexicon.by_group[right.group].default)):
            return right
        if not _THE_WHOLE.search(text, max(s, q.start - 12), q.start):
            return right
        at = right.end if right is not None else q.end
        where = _LIVING_IN.match(text, at)
        if where is None:
            return right
        named = self.places_in(text, where.end(), min(len(text), where.end() + 40))
        if not named or named[0][0] > where.end() + 4:  # (the place right there: "in the Gaza Strip")
            return right
        return _Found("population", None, q.start, named[0][1], "noun")

    def _whole_population(
        self, text: str, masked: str, base: int, s: int, e: int, q: Quantity, readings: list[Reading], is_base: bool
    ) -> _Found | None:
        """The whole a part is of, when it is a place's people ("1.9 million of Gazans' 2.4 million people", "half
        of Gaza's 2.3 million residents"): the place's population, whatever is said of the part."""
        if not readings or is_base or not _WHOLE_OF.fullmatch(text, readings[-1].quantity.end, q.start):
            return None
        owner = _POSSESSIVE.search(text, max(s, q.start - 40), q.start)
        if owner is None or not owner["name"] or not self.places_in(owner["name"], 0, len(owner["name"])):
            return None
        people = self._walk_right(masked, base, q.end, e, stop_at_noun=True)
        if people is not None and people.group is not None and not self.lexicon.by_group[people.group].default:
            return None  # "12 of Gaza's 36 hospitals": not its people
        return _Found("population", None, q.start, people.end if people else q.end, "noun")

    def _possessive_population(self, text: str, s: int, q: Quantity, far: int, right: _Found | None) -> _Found | None:
        """A place's people, said with the place's possessive and no group of their own: its population; else
        what the words after the figure said."""
        lx = self.lexicon
        if (
            (owner := _POSSESSIVE.search(text, max(s, q.start - 60), q.start)) is not None
            and (owner["name"] is None or self.places_in(owner["name"], 0, len(owner["name"])))
            and "population" in lx.by_measure
            and (right is None or right.group is None or lx.by_group[right.group].default)
            and not text.startswith("-", q.end)  # ("Israel's one-sided actions": a word, not a count)
        ):
            return _Found("population", None, q.start, far, "noun")  # "Gaza's 2.3 million" (not "the WFP's 200")
        return right

    def _part_state(self, text: str, at: int, e: int, group: str | None, measure: str) -> str | None:
        """A part's own measure, said in its own phrase, for a group that can be counted several ways: "131
        hostages remain, which includes 33 bodies" (dead), "including at least 40 whom officials declared dead"."""
        known = self.lexicon.by_group.get(group) if group else None
        if known is None or not known.measures:
            return None
        phrase = _PHRASE_END.search(text, at, min(e, at + 80))
        stop = phrase.start() if phrase else min(e, at + 80)
        for m in self._state_words.finditer(text, at, stop, timeout=TIMEOUT):
            word = normal(m.group())
            names = self.lexicon.after.get(word) or self.lexicon.of_nouns.get(word) or []
            own = self._pick(names, group) if names else None
            if own and own != measure and self._allowed(own, group):
                return own
        return None

    @cached_property
    def _state_words(self) -> regex.Pattern:
        return regex.compile(rf"\b(?:{phrases(self.lexicon.after)}|{phrases(self.lexicon.of_nouns)})\b", regex.I)

    def _predicate_group(self, masked: str, at: int, stop: int, measure: str) -> str | None:
        """The people a count is said to be after a copula ("13,000 dead are militants", "most of the dead were
        children"), when the measure can count them."""
        copula = _COPULA.match(masked, at, stop)
        if copula is None:
            return None
        noun = self._nouns.match(masked, copula.end(), stop)
        if noun is None:
            return None
        name = self.lexicon.nouns[normal(noun.group())][0]
        group = self.lexicon.by_group[name]
        return name if not group.default and self._allowed(measure, name) else None

    def _state_over_expected(self, adjective: str, verb: str, group: str | None) -> bool:
        """Whether an adjective of a state now ("remaining") names what is counted over an event only expected
        ("to be released"): the figure is sure as a state, not as an outcome."""
        lx = self.lexicon
        state, event = lx.by_measure.get(adjective), lx.by_measure.get(verb)
        return (
            state is not None
            and event is not None
            and state.kind == "level"
            and event.kind == "per_event"
            and self._allowed(adjective, group)
        )

    def _before_noun(self, masked: str, pos: int, stop: int) -> bool:
        """Whether a noun of the people counted follows at ``pos``, itself followed by an auxiliary: the noun is
        the subject of a verb still to come ("deceased hostages have been recovered")."""
        m = self._right.match(masked, pos, stop, timeout=TIMEOUT)
        if m is None or m.lastgroup != "noun":
            return False
        verb = self._right.match(masked, m.end(), stop, timeout=TIMEOUT)
        return verb is not None and verb.lastgroup == "aux"

    def _narrower_state(self, masked: str, pos: int, stop: int, measure: str, group: str | None) -> tuple[str, int]:
        """A state said twice, the second more exactly, with only where between ("trapped in Gaza under the
        ruins": missing under the rubble, not merely trapped; "are living in tents": sheltering): the second and
        where it ends; else ``measure`` and ``pos``."""
        lx = self.lexicon
        m = self._right.match(masked, pos, stop, timeout=TIMEOUT)
        while m is not None and m.lastgroup == "where":
            m = self._right.match(masked, m.end(), stop, timeout=TIMEOUT)
        if m is None or m.lastgroup != "after":
            return measure, pos
        other = self._pick(lx.after[normal(m["after"])], group)
        first, second = lx.by_measure.get(measure), lx.by_measure.get(other)
        levels = (
            first is not None
            and second is not None
            and first.kind == second.kind == "level"
            and not first.groups  # (a state of anyone, refined: not "hostages alive" under the rubble)
        )
        if levels and self._allowed(measure, group) and self._allowed(other, group):
            return other, m.end()
        return measure, pos

    def _state_over_origin(self, adjective: str, participle: str, group: str | None) -> bool:
        """Whether an adjective of a state now ("remaining", "living") names what is counted over a participle of
        a fixed past event that only says where the people come from ("taken in the attack")."""
        lx = self.lexicon
        state, origin = lx.by_measure.get(adjective), lx.by_measure.get(participle)
        return (
            state is not None
            and origin is not None
            and state.kind == "level"
            and origin.kind == "fixed"
            and self._allowed(adjective, group)
        )

    def _allowed(self, measure: str, group: str | None) -> bool:
        """Whether a group can be counted by a measure (hostages are taken, held or freed, never refugees)."""
        g = self.lexicon.by_group.get(group) if group else None
        return g is None or not g.measures or measure in g.measures

    def _group_in(self, text: str, start: int, end: int, names: list[str]) -> str | None:
        """The last group named in text[start:end] that the measure can count ("the toll among journalists",
        "the deaths of children"; not "the toll of the attacks")."""
        found = None
        for m in self._nouns.finditer(text, start, end, timeout=TIMEOUT):
            name = self.lexicon.nouns[normal(m.group())][0]
            if not self.lexicon.by_group[name].default and any(self._allowed(n, name) for n in names):
                found = name
        return found

    def _walk_right(
        self,
        masked: str,
        base: int,
        at: int,
        e: int,
        stop_at_noun: bool = False,
        after_only: bool = False,
        hint: str | None = None,
    ) -> _Found | None:
        """The words after a figure: the people counted, where they are, auxiliaries, then a measure ("have
        been killed"). Walks the masked text (another figure there is a whole: "12 of Gaza's 36 hospitals")."""
        walk = _Walk(pos=at - base, noun_end=at - base)
        stop = e - base
        steps = 0
        while steps < 14 and walk.pos < stop:
            m = self._right.match(masked, walk.pos, stop, timeout=TIMEOUT)
            if m is None or m.end() == walk.pos:
                break
            steps += 1
            kind = m.lastgroup or ""
            word = normal(m[kind])
            if kind == "after" and word in self.lexicon.adjectives and self._before_noun(masked, m.end(), stop):
                kind = "adj"  # "12 deceased hostages have been recovered": a word of the noun, not its verb
            if kind == "after" and not stop_at_noun:
                found = self._after(masked, base, at, e, stop, m, word, walk, hint, stop_at_noun)
                if found is not None:
                    return found
                break
            if not self._walk_step(masked, base, stop, m, kind, word, walk, stop_at_noun, after_only):
                break
        if after_only:
            return None
        return self._walk_end(masked, base, at, walk)

    def _after(
        self,
        masked: str,
        base: int,
        at: int,
        e: int,
        stop: int,
        m: regex.Match,
        word: str,
        walk: _Walk,
        hint: str | None,
        stop_at_noun: bool,
    ) -> _Found | None:
        """The measure said after the people counted ("have been killed"), for the group the walk has seen (or
        the whole they are of, or the hint); None when the walk stops there with no measure."""
        lx = self.lexicon
        if _UNDONE.match(masked, m.end(), stop):
            return None  # "thousands of lives could have been saved": not lost
        g = walk.group if walk.group not in (None, _DEFAULT) else walk.whole or hint
        measure, state = self._after_measure(masked, m, word, walk, g)
        if not stop_at_noun and (later := self._later_verb(masked, base, at, e, m, word, walk, g, measure)):
            return later
        named = self._predicate_group(masked, m.end(), stop, measure) if g in (None, _DEFAULT) else None
        g = named or g
        measure, said = self._narrower_state(masked, m.end(), stop, measure, g)
        if self._allowed(measure, g):
            return _Found(
                measure,
                g,
                at,
                base + said,
                "after",
                names=tuple(lx.after[word]),
                skip=tuple(walk.skipped),
                state=state,
            )
        return None

    def _later_verb(
        self,
        masked: str,
        base: int,
        at: int,
        e: int,
        m: regex.Match,
        word: str,
        walk: _Walk,
        g: str | None,
        measure: str,
    ) -> _Found | None:
        """A verb later in the clause that says what is counted, over words that only say what the people are
        ("prisoners held in jails would be freed") or describe them ("64 people stranded at the Heping Quarry had
        been evacuated"); else None."""
        lx = self.lexicon
        describes = g is not None and lx.by_group[g].measure == measure
        participle = not walk.finite and not _FINITE.match(word)
        if not (describes or participle):
            return None
        later = self._walk_right(masked, base, base + m.end(), e, stop_at_noun=False, after_only=True, hint=g)
        if later is None or not later.measure or not self._allowed(later.measure, g):
            return None
        if _RELATIVE_LATER.search(masked, m.end(), later.end - base) and not describes:
            return None  # "hostages released who were held before the war": who they are, not what was counted
        if describes or (later.measure != measure and _VERB_LATER.search(masked, m.end(), later.end - base)):
            return _Found(later.measure, g, at, later.end, "after")
        return None

    def _after_measure(self, masked: str, m: regex.Match, word: str, walk: _Walk, g: str | None) -> tuple[str, bool]:
        """The measure a word after the people names, unless the adjective before them names what is counted
        more exactly; and whether that is a state now said over an event only expected."""
        lx = self.lexicon
        measure = self._pick(lx.after[word], g)
        adjective = walk.adjective
        if adjective is not None and g is not None and lx.by_group[g].measure == measure:
            return adjective, False  # "20 living hostages remain in Gaza": alive, not merely held
        if (
            adjective is not None
            and not walk.finite
            and not _FINITE.match(word)
            and self._state_over_origin(adjective, measure, g)
        ):
            return adjective, False  # "100 remaining hostages taken in the attack": held now, taken then
        if (
            adjective is not None
            and _EXPECTED.search(masked, walk.noun_end, m.start())
            and self._state_over_expected(adjective, measure, g)
        ):
            return adjective, True  # "all 48 remaining hostages were expected to be returned"
        return measure, False

    def _walk_step(
        self,
        masked: str,
        base: int,
        stop: int,
        m: regex.Match,
        kind: str,
        word: str,
        walk: _Walk,
        stop_at_noun: bool,
        after_only: bool,
    ) -> bool:
        """One step of the walk right past a word that is not its measure: whether the walk goes on."""
        lx = self.lexicon
        if kind == "adj":
            walk.adjective = lx.adjectives[word][0]  # the one nearest the noun is the narrowest: "remaining living"
            walk.noun_end = m.end()
        elif kind == "noun":
            return self._noun_step(m, word, walk, stop_at_noun)
        elif kind == "people":
            walk.group = walk.group or _DEFAULT
            walk.noun_end = m.end()
        elif kind == "counted":
            own_word = walk.group not in (None, _DEFAULT) and not lx.by_group[walk.group].default
            if own_word or not _NEXT_WORD.fullmatch(masked, walk.noun_end, m.start()):
                return False
            walk.group = _DEFAULT  # "33 fishermen were killed", "500,000 Israeli settlers live": no word for them
            walk.noun_end = m.end()
        elif kind == "of":
            walk.part = True
            walk.noun_end = m.end()
        elif kind == "ofthe":
            return self._of_the_step(masked, stop, m, walk)
        else:
            return self._link_step(masked, base, stop, m, kind, walk, stop_at_noun, after_only)
        walk.pos = m.end()
        return True

    def _noun_step(self, m: regex.Match, word: str, walk: _Walk, stop_at_noun: bool) -> bool:
        """A step past a noun of people: they are the people counted, unless others were named before."""
        lx = self.lexicon
        name = lx.nouns[word][0]
        if walk.group not in (None, _DEFAULT) and not (lx.by_group[walk.group].default and m.start() == walk.noun_end):
            return False  # a second noun: another phrase ("people, mainly women, adolescents and children")
        # (one right after a people's name is the people counted: "Palestinian children")
        walk.group = name
        walk.pos = walk.noun_end = m.end()
        return not stop_at_noun

    def _of_the_step(self, masked: str, stop: int, m: regex.Match, walk: _Walk) -> bool:
        """A step past "of the": the people of a whole ("12 of Gaza's 36 hospitals"), or where people live."""
        nxt = self._right.match(masked, m.end(), stop, timeout=TIMEOUT)
        while nxt is not None and nxt.lastgroup == "adj":
            nxt = self._right.match(masked, nxt.end(), stop, timeout=TIMEOUT)
        if nxt is None or nxt.lastgroup not in ("noun", "people"):
            home = _OF_PLACE.match(masked, m.end(), stop)
            if walk.group is not None and home is not None:
                walk.pos = home.end()  # "440 residents of the embattled enclave ... have died": where they live
                return True
            return False
        walk.whole = self.lexicon.nouns[normal(nxt["noun"])][0] if nxt.lastgroup == "noun" else walk.whole
        walk.pos = walk.noun_end = nxt.end()
        return True

    def _link_step(
        self,
        masked: str,
        base: int,
        stop: int,
        m: regex.Match,
        kind: str,
        walk: _Walk,
        stop_at_noun: bool,
        after_only: bool,
    ) -> bool:
        """A step past what stands between the people and the measure (asides, auxiliaries, places, a
        coordination): whether the walk goes on."""
        if kind == "aside":
            walk.asides += 1
            if walk.asides > 1:
                return False
        elif kind in ("aux", "where", "coord") and stop_at_noun or after_only and kind in ("coord", "aside", "noun"):
            return False
        elif kind == "aux":
            walk.finite = True
        elif kind == "coord":
            nxt = self._right.match(masked, m.end(), stop, timeout=TIMEOUT)
            if nxt is not None and nxt.lastgroup in ("noun", "people", "adj"):
                walk.skipped.append((base + m.start(), base + nxt.end()))
                walk.pos = nxt.end()  # "N Palestinians and M Israelis have been killed": both share the verb
                return True
            walk.skipped.append((base + m.start(), base + m.end()))  # "to N and over M injured": a verb shared, maybe
        walk.pos = m.end()
        return True

    def _walk_end(self, masked: str, base: int, at: int, walk: _Walk) -> _Found | None:
        """What the people the walk saw, with no measure after them, say the figure counts: the state of an
        adjective, a part, or the state their noun implies; or only who they are."""
        lx = self.lexicon
        g = walk.group if walk.group not in (None, _DEFAULT) else walk.whole
        end = base + max(walk.noun_end, at - base)
        if walk.adjective is not None and self._allowed(walk.adjective, g):
            return _Found(self._pick([walk.adjective], g), g, at, end, "noun")
        if walk.part:
            return _Found("", g, at, end, "part")
        if (
            g is not None
            and (held := lx.by_measure.get(lx.by_group[g].measure or "")) is not None
            and held.kind == "level"
            and _DOES.match(masked, end - base)
        ):
            return _Found("", g, at, end, "group")  # "335,000 residents decided to leave": did what? not known
        if g is not None and lx.by_group[g].measure:
            return _Found(self._group_measure(masked, base, at, g), g, at, end, "noun")
        if g is not None or walk.group == _DEFAULT:
            return _Found("", g, at, end, "group")
        return None

    def _group_measure(self, masked: str, base: int, at: int, g: str) -> str:
        """The state a group's noun implies ("48 hostages" are held); after "left ... and", what was made of
        them (a fixed measure)."""
        lx = self.lexicon
        measure = lx.by_group[g].measure or ""
        if _LEFT_AND.search(masked, max(0, at - base - 80), at - base):
            measure = next(  # "the attack left 1,140 dead and 250 hostages": what it made of them, then
                (n for n in lx.by_group[g].measures if (f := lx.by_measure.get(n)) and f.kind == "fixed"), measure
            )
        return measure

    def _pick(self, names: list[str], group: str | None) -> str:
        """Of the measures a phrase can name, the one that fits the group ("dead" hostages are dead in captivity)."""
        for n in names:
            m = self.lexicon.by_measure.get(n)
            if m is not None and m.groups and group in m.groups:
                return n
        for n in names:
            m = self.lexicon.by_measure.get(n)
            if m is None or not m.groups:
                return n
        return names[0]

    # --- the rest of the frame ------------------------------------------------------------------------------

    def _frame(
        self,
        text: str,
        s: int,
        e: int,
        q: Quantity,
        found: _Found,
        quantities: list[Quantity],
        cues: list[tuple[int, int, str, str]],
        places: list[tuple[int, int, str, str]],
        context: Context,
        share: bool,
        previous: list[Reading],
    ) -> Reading:
        lx = self.lexicon
        start, end = min(found.start, q.start), max(found.end, q.end)
        how = mood(text, (s, e), q)
        if how is None:
            return Reading(q, None, start, end, "negated or conditional: not asserted", found.how)
        c0, c1 = clause_of(text, s, e, start, end)
        measure, group = self._said_group(text, s, e, q, found, end, c0, c1, quantities, cues, context, previous)
        if self._part_by_own_group(found, measure, group):
            pass  # "(among them 30 children)" of hostages taken: a part of them, by its own group
        elif measure.groups and group not in measure.groups:
            group = self._required_group(text, s, e, q, measure, context)
            if group is None:
                return Reading(
                    q,
                    None,
                    start,
                    end,
                    f"{measure.name}: of whom? none of {', '.join(measure.groups)} is named",
                    found.how,
                )
        if group is not None and lx.by_group[group].default:
            group = None
        if share and measure.kind == "level" and measure.of and group is None and found.how in ("of", "noun"):
            why = f"a share of the {measure.name} itself: of people doing what? nothing says"
            return Reading(
                q, None, start, end, why, found.how
            )  # "514,000 people, about a quarter of Gaza's population"
        mood_of = self._mood_of(text, s, e, c0, c1, q, how, found)
        if (
            part := self._from_whole(text, e, q, start, end, found, measure, group, mood_of, places, share)
        ) is not None:
            return part
        measure = self._held_then(text, s, e, c0, c1, start, end, measure, group, cues, places, context)
        event, window = self._event_window(
            text, s, e, c0, c1, q, start, end, found, measure, group, quantities, cues, places, context
        )
        cause = self._cause(text, c0, c1, q, start, end, cues)
        place, subplace = self._frame_place(
            text, s, e, c0, c1, q, start, end, found, group, quantities, cues, places, context, event, previous
        )
        event, window = self._default_event_window(
            text, s, e, start, end, measure, group, place, subplace, event, window, context
        )
        frame = Frame(
            measure=measure.name,
            place=place,
            subplace=subplace,
            group=group,
            cause=cause,
            window=window,
            event=event,
            mood=mood_of,
        )
        return Reading(q, frame, start, end, how=found.how, share=share)

    def _said_group(
        self,
        text: str,
        s: int,
        e: int,
        q: Quantity,
        found: _Found,
        end: int,
        c0: int,
        c1: int,
        quantities: list[Quantity],
        cues: list[tuple[int, int, str, str]],
        context: Context,
        previous: list[Reading],
    ) -> tuple[Measure, str | None]:
        """The measure and the people counted, as the figure's words and clause say them: a measure that counts
        only some people named near, a group counted "among" them, a group the clause's circumstance names."""
        lx = self.lexicon
        measure = lx.by_measure[found.measure]
        group = found.group
        others = group is not None and lx.by_group[group].default and _OTHERS.match(text, q.end, e) is not None
        if group is None or others:  # ("71 others are dead": others of whom the text was speaking)
            if (state := self._state_group(text, s, e, q, found, measure, others, context, previous)) is not None:
                measure, group = state
        if group is None and (among := _AMONG_THEM.match(text, max(end, q.end), e)) is not None:
            noun = self._nouns.match(text, among.end(), e, timeout=TIMEOUT)
            if noun is not None:
                group = lx.nouns[normal(noun.group())][0]  # "72 deaths and 43 injuries among health workers"
        circumstance = _circumstance_end(text, s, e, c1, quantities)
        for a, b, kind, word in cues:
            if kind == "context" and c0 <= a and b <= circumstance and found.how != "part":
                group = lx.group_context[word][0]
        return measure, group

    def _state_group(
        self,
        text: str,
        s: int,
        e: int,
        q: Quantity,
        found: _Found,
        measure: Measure,
        others: bool,
        context: Context,
        previous: list[Reading],
    ) -> tuple[Measure, str] | None:
        """Another measure the phrase can name that counts only some people, with the people, when they are
        named near the figure or counted by a figure before it in its part of the sentence."""
        lx = self.lexicon
        parted = text.rfind(";", s, q.start)  # "Israel rescues four hostages; Palestinians say 50 dead"
        for name in found.names:  # "34 are confirmed dead" in a sentence about hostages: dead in captivity
            other = lx.by_measure.get(name)
            if (
                other is not None
                and other.groups
                and other is not measure
                and (
                    self._group_near(text, s, e, q, other.groups[:1], context, reach=600 if others else 0) is not None
                    or any(
                        r.frame is not None and r.frame.group == other.groups[0] and r.start > parted for r in previous
                    )
                )
            ):
                return other, other.groups[0]  # (or "63 people are still alive, while 34 are dead")
        return None

    def _part_by_own_group(self, found: _Found, measure: Measure, group: str | None) -> bool:
        """Whether the figure is a part, by a group of its own, of a whole whose group the measure counts."""
        whole_group = found.whole.frame.group if found.whole is not None and found.whole.frame is not None else None
        return bool(
            measure.groups
            and group not in measure.groups
            and whole_group in measure.groups
            and group is not None
            and not self.lexicon.by_group[group].default
        )

    def _required_group(self, text: str, s: int, e: int, q: Quantity, measure: Measure, context: Context) -> str | None:
        """For a measure that counts only some people, which of them: by the nationality after the figure, else
        the nearest named, else the only one when the document's event counts the measure."""
        lx = self.lexicon
        nationality = None if measure.state else self._demonym.match(text, q.end, e, timeout=TIMEOUT)
        nationals = lx.demonyms[normal(nationality["word"])][0] if nationality else None
        group = next((g for g in measure.groups if nationals in lx.by_group[g].nationals), None) or self._group_near(
            text, s, e, q, measure.groups, context
        )  # "the release of 150 Palestinians"
        if (
            group is None
            and len(measure.groups) == 1
            and any(measure.name in lx.by_event[ev].measures for ev in context.events if ev in lx.by_event)
        ):
            group = measure.groups[0]  # "abducting 251 others", in a document about the October 7 attack
        return group

    @staticmethod
    def _mood_of(text: str, s: int, e: int, c0: int, c1: int, q: Quantity, how: str, found: _Found) -> str:
        """How the figure is put: a proposal, superseded, an estimate, or a fact."""
        return (
            "proposal"
            if how == PROPOSAL and not found.state
            else SUPERSEDED
            if superseded(text, (s, e), q)
            else "estimate"
            if _ESTIMATE.search(text, c0, c1)
            else "fact"
        )

    def _from_whole(
        self,
        text: str,
        e: int,
        q: Quantity,
        start: int,
        end: int,
        found: _Found,
        measure: Measure,
        group: str | None,
        mood_of: str,
        places: list[tuple[int, int, str, str]],
        share: bool,
    ) -> Reading | None:
        """The reading of a part of a whole read before: the whole's frame, with the part's own measure, group,
        mood and place; None when the figure is no part."""
        whole = found.whole.frame if found.whole is not None else None
        if whole is None:
            return None
        frame = Frame(
            **{
                **whole.model_dump(),
                "measure": measure.name,  # the whole's, unless the part says its own ("including 33 bodies")
                "group": group if group is not None else whole.group,
                "mood": mood_of,
            }
        )
        if (tail := _ELLIPSIS_TAIL.match(text, end, e)) is not None:
            frame = self._own_place(text, frame, tail.start(), tail.end(), places)  # "including 95 in Jajarkot"
        return Reading(q, frame, start, end, how=found.how, share=share)

    def _held_then(
        self,
        text: str,
        s: int,
        e: int,
        c0: int,
        c1: int,
        start: int,
        end: int,
        measure: Measure,
        group: str | None,
        cues: list[tuple[int, int, str, str]],
        places: list[tuple[int, int, str, str]],
        context: Context,
    ) -> Measure:
        """A state told in the past of the event that brought it about ("250 people were held hostage during the
        attack"): what the event did to them (taken), not how many are held now; else ``measure``."""
        if not measure.state or group is None or not _WERE.search(text, start, end):
            return measure
        event = self._event(text, s, e, c0, c1, start, end, cues, places, context)
        events = [event] if event is not None else sorted(context.events) if _DURING_IT.search(text, c0, c1) else []
        fixed = [
            m
            for ev in events
            if ev in self.lexicon.by_event
            for name in self.lexicon.by_event[ev].measures
            if (m := self.lexicon.by_measure.get(name)) is not None and m.kind == "fixed" and self._allowed(name, group)
        ]  # ("during the attack": the attack the document is about)
        return fixed[0] if fixed else measure

    def _event_window(
        self,
        text: str,
        s: int,
        e: int,
        c0: int,
        c1: int,
        q: Quantity,
        start: int,
        end: int,
        found: _Found,
        measure: Measure,
        group: str | None,
        quantities: list[Quantity],
        cues: list[tuple[int, int, str, str]],
        places: list[tuple[int, int, str, str]],
        context: Context,
    ) -> tuple[str | None, str | None]:
        """The event and the window the figure's words give (none for a state); a toll of a group the
        circumstance names, with neither, is one happening."""
        lx = self.lexicon
        event = None if measure.state else self._event(text, s, e, c0, c1, start, end, cues, places, context)
        window = (
            None if measure.state else self._window(text, s, e, c0, c1, q, cues, quantities, found, event, measure.name)
        )
        if (
            window is None
            and event is None
            and measure.kind == "cumulative"
            and found.how != "toll"
            and any(group in groups for groups in lx.group_context.values())
            and not _SO_FAR.search(text, s, e)
        ):
            window = "incident"  # "70 were killed as they lined up for aid": the circumstance was one happening
        return event, window

    def _cause(
        self, text: str, c0: int, c1: int, q: Quantity, start: int, end: int, cues: list[tuple[int, int, str, str]]
    ) -> str | None:
        """The cause a cue in the clause names right next to the figure, after it or before it."""
        lx = self.lexicon
        return next(
            (
                lx.cause_cues[w][0]
                for a, b, k, w in cues
                if k == "cause"
                and c0 <= a
                and b <= c1
                and (
                    q.end <= a
                    and _NEXT_TO.fullmatch(text, min(end, a), a)
                    or b <= q.start
                    and _NEXT_TO.fullmatch(text, b, max(b, start))
                )  # (the cue after the figure or before it: "died of malnutrition", "starvation-related deaths")
            ),
            None,
        )

    def _frame_place(
        self,
        text: str,
        s: int,
        e: int,
        c0: int,
        c1: int,
        q: Quantity,
        start: int,
        end: int,
        found: _Found,
        group: str | None,
        quantities: list[Quantity],
        cues: list[tuple[int, int, str, str]],
        places: list[tuple[int, int, str, str]],
        context: Context,
        event: str | None,
        previous: list[Reading],
    ) -> tuple[str | None, str | None]:
        """Where the figure's count is (not a place said only of another figure or of a part); a group of the
        war is counted where the war is fought."""
        lx = self.lexicon
        parts = _parts(text, q, quantities, e)
        place, subplace = self._place(
            text,
            s,
            e,
            c0,
            c1,
            start,
            end,
            q,
            [p for p in places if not any(a <= p[0] < b for a, b in (*found.skip, parts))],
            context,
            event,
            previous,
            cues,
        )
        if group is not None and lx.by_group[group].of_the_war and context.theatre:
            place, subplace = context.theatre, None
        return place, subplace

    def _default_event_window(
        self,
        text: str,
        s: int,
        e: int,
        start: int,
        end: int,
        measure: Measure,
        group: str | None,
        place: str | None,
        subplace: str | None,
        event: str | None,
        window: str | None,
        context: Context,
    ) -> tuple[str | None, str | None]:
        """The event and window, with the document's event or disaster for a count that names neither (and
        no place within its territory, nor a running total since the start)."""
        lx = self.lexicon
        if (
            event is None
            and window in (None, "incident")
            and subplace is None
            and (group in (None, "civilians", "foreigners") or lx.by_group[group].of_the_war)
            and not _SINCE_START.search(text, s, e)
            and not _RUNNING_TOTAL.search(text, start, end)
            and (default := self._default_event(place, measure.name, context)) is not None
        ):
            event, window = default, None
        if event is None and context.disaster and window in (None, "incident") and measure.name in _DISASTER_MEASURES:
            event, window = context.disaster, None
        return event, window

    def _other_people(self, place: str, hint: str) -> bool:
        """Whether ``place`` has a people of its own ("Israelis") other than the one a hint names
        ("Palestinians": Gaza's): a figure of the hint's people is then not that place's."""
        own = next((p for p in self.lexicon.places if p.name == place), None)
        return own is not None and bool(own.people) and place != hint

    def _group_near(
        self, text: str, s: int, e: int, q: Quantity, allowed: tuple[str, ...], context: Context, reach: int = 600
    ) -> str | None:
        """For a measure that needs a group ("released": hostages or prisoners), the allowed group named
        nearest the figure in its sentence, else the last named in the 600 characters before it."""
        lx = self.lexicon
        pattern = self._group_pattern(allowed)
        best: tuple[int, str] | None = None
        s = max(s, text.rfind(";", s, q.start) + 1)  # "Israel rescues four hostages; Palestinians say 50 dead":
        after = text.find(";", q.end, e)  # a semicolon parts what is said of whom
        e = after if after >= 0 else e
        for m in pattern.finditer(text, s, e, timeout=TIMEOUT):
            distance = m.start() - q.end if m.start() >= q.end else q.start - m.end()
            name = lx.nouns[normal(m.group())][0]
            if name in allowed and (best is None or distance < best[0]):
                best = (distance, name)
        if best is not None:
            return best[1]
        earlier = [
            lx.nouns[normal(m.group())][0] for m in pattern.finditer(text, max(0, s - reach), s, timeout=TIMEOUT)
        ]
        earlier = [g for g in earlier if g in allowed]
        return earlier[-1] if earlier else None

    def _group_pattern(self, allowed: tuple[str, ...]) -> regex.Pattern:
        found = self._group_patterns.get(allowed)
        if found is None:
            lx = self.lexicon
            found = regex.compile(phrases(w for g in allowed for w in lx.by_group[g].nouns), regex.I)
            self._group_patterns[allowed] = found
        return found

    def _event(
        self,
        text: str,
        s: int,
        e: int,
        c0: int,
        c1: int,
        start: int,
        end: int,
        cues: list[tuple[int, int, str, str]],
        places: list[tuple[int, int, str, str]],
        context: Context,
    ) -> str | None:
        """The named event the figure's clause speaks of (or its sentence's, when the clause names no place of
        its own). An event that starts the count ("since the October 7 attack", "in the war that followed it")
        is not the figure's event."""
        lx = self.lexicon
        named_here = self._named_here(text, c0, c1, cues, places)
        cued = self._cued_event(text, s, e, c0, c1, start, end, cues, context, named_here)
        if cued is not None:
            return cued
        for scope in ((c0, c1), (s, e)):
            m = self._toll_event.search(text, scope[0], scope[1])
            if m is not None:
                return lx.event_nouns[normal(m.group())][0]  # "the earthquake killed 9": the quake's toll
        return None

    def _named_here(
        self,
        text: str,
        c0: int,
        c1: int,
        cues: list[tuple[int, int, str, str]],
        places: list[tuple[int, int, str, str]],
    ) -> set[str]:
        """The territories named in the figure's clause, but for a place in an event's name ("the attack on
        Israel") or an owner ("Israel's")."""
        lx = self.lexicon
        return {
            lx.territory(p[2])
            for p in places
            if c0 <= p[0]
            and p[1] <= c1
            and p[3] == "name"
            and not any(k == "event" and a <= p[0] and p[1] <= b for a, b, k, _ in cues)
            and not _POSSESSIVE_END.match(text, p[1])
        }

    def _cued_event(
        self,
        text: str,
        s: int,
        e: int,
        c0: int,
        c1: int,
        start: int,
        end: int,
        cues: list[tuple[int, int, str, str]],
        context: Context,
        named_here: set[str],
    ) -> str | None:
        """The applicable event named in the figure's clause, else its sentence, in a place its clause names
        if it names any, and not where the count starts nor (in the sentence) past a new clause."""
        lx = self.lexicon
        for scope in ((c0, c1), (s, e)):
            for a, b, kind, word in cues:
                if kind != "event" or not (scope[0] <= a and b <= scope[1]):
                    continue
                name = lx.event_cues[word][0]
                ev = lx.by_event[name]
                if name not in context.events or (named_here and ev.place not in named_here):
                    continue
                if _starts_count(text, s, a, b, start, end):
                    continue
                if scope == (s, e) and _NEW_CLAUSE.search(text, min(b, start), max(a, end)):
                    continue  # "Hamas's raid killed 1,200, and Israel's bombardment has killed 36,801": not its event
                return name
        return None

    def _default_event(self, place: str | None, measure: str, context: Context) -> str | None:
        """An event that a count of its kind in its place is, in a document about it, unless said otherwise: a
        toll of people killed in Israel, in a document about the October 7 war, is that attack's."""
        home = context.located or context.main
        fixed = self.lexicon.by_measure[measure].kind == "fixed" if measure in self.lexicon.by_measure else False
        for ev in self.lexicon.events:
            if (
                ev.name in context.events
                and (ev.place == place or fixed and place in ev.places)
                and ev.topic
                and measure in ev.measures
                and (home is None or not ev.places or home in ev.places)
            ):
                return ev.name  # (not in an article about the war with Iran or Hezbollah, where Israelis died too)
        return None

    def _window(
        self,
        text: str,
        s: int,
        e: int,
        c0: int,
        c1: int,
        q: Quantity,
        cues: list[tuple[int, int, str, str]],
        quantities: list[Quantity],
        found: _Found,
        event: str | None,
        measure_name: str,
    ) -> str | None:
        """The span the figure counts over: a window named in its clause, a day, "since" a day that is not the
        start, a rate ("a day"); None for the count since the start (a toll) or the level now."""
        cues = self._window_cues(text, s, c0, c1, cues)
        named = self._named_window(text, s, e, c0, c1, q, cues, found, event)
        if named is not None:
            return named
        if _RATE.match(text, max(q.end, found.end)):
            return "daily"
        if _MONTH_ALONE.search(text, s, e):
            return "month"
        if self._year_window(text, s, c0, c1, q, found):
            return "year"  # "in 2022, when 171 were killed", "during 2023, 507 were killed": that year's count
        if _YEAR_TO_DATE.search(text, s, e) or self._part_period(text, s, q, quantities):
            return "since"  # "so far in 2024, 48 have been killed": this year's count, not the war's
        for m in _SINCE.finditer(text, c0, c1):
            if _SINCE_ADVERB.search(text, max(c0, m.start() - 12), m.start()):
                continue  # "have since died": an adverb, no window
            if self._since_start(text, m, quantities, cues):
                return None  # since the war began, or since the attack that began it: the count since the start
            if event is None and m.start() > found.start - 1:
                return "since"
        if found.how != "toll" and self._day_named(text, s, e, c0, c1):
            return "day"
        if self._incident(text, s, e, c0, cues, found, event, measure_name):
            return "incident"  # "a strike killed N": a strike, raid or blast named in the sentence, no window
            # (an incident named only in another clause of it, and not the event the sentence is about)
        return None

    def _part_period(self, text: str, s: int, q: Quantity, quantities: list[Quantity]) -> bool:
        """Whether the figure counts over a stretch of time named before it that is not the war's ("During the 31
        days of the Iron Wall operation, 70 were killed"): a part of the running count, not the toll ("In the
        first 100 days of the war" is the war's own)."""
        for d in quantities:
            if _KIND[d.kind] != "duration" or not (s <= d.start and d.end <= q.start):
                continue
            of = _PERIOD_OF.match(text, d.end) if _PERIOD_LEAD.search(text, max(s, d.start - 30), d.start) else None
            if of is not None:
                noun = self._event_nouns.search(of["what"], timeout=TIMEOUT)
                return noun is None or self.lexicon.event_nouns[normal(noun.group())][0] != "war"
        return False

    @staticmethod
    def _window_cues(
        text: str, s: int, c0: int, c1: int, cues: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """The cues of the sentence that can say the figure's window: none inside where a count starts in its
        clause, and no window word after "since" or inside an event's name."""
        starting = [(m.start(), m.end()) for m in _SINCE_START.finditer(text, c0, c1, timeout=TIMEOUT)]
        events = [(a, b) for a, b, k, _ in cues if k == "event"]
        # ("since the attack" is a start; "the October 7 attack" is the event, not an incident)
        return [
            c
            for c in cues
            if not any(a <= c[0] < b for a, b in starting)
            and not (
                c[2] == "window"
                and (
                    _SINCE_BEFORE.search(text, max(s, c[0] - 40), c[0]) or any(a < c[1] and c[0] < b for a, b in events)
                )
            )
        ]

    def _named_window(
        self,
        text: str,
        s: int,
        e: int,
        c0: int,
        c1: int,
        q: Quantity,
        cues: list[tuple[int, int, str, str]],
        found: _Found,
        event: str | None,
    ) -> str | None:
        """The window named nearest the figure: in its clause, else (but for a toll) a day or two named in its
        sentence (see _day_windows); of an event's figure, only a day or two. None when none is."""
        lx = self.lexicon
        named = [(a, lx.window_cues[w][0]) for a, b, k, w in cues if k == "window" and c0 <= a and b <= c1]
        if not named and found.how != "toll":  # "Over the past week, the offensive killed 300": all of it
            named = self._lead_windows(text, s, q, cues)
        if not named and found.how != "toll":
            named = self._day_windows(text, s, e, q, cues)
        if event is not None:
            named = [n for n in named if n[1] in ("24h", "48h")]  # "last month's attack": the event's own time
        if named:
            return min(named, key=lambda n: abs(n[0] - q.start))[1]
        return None

    def _lead_windows(
        self, text: str, s: int, q: Quantity, cues: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, str]]:
        """A span of time that opens the sentence before a comma and the figure ("Over the past week, ..."), with
        where it starts; no incident ("The strikes, targeting ...": no span of time)."""
        lx = self.lexicon
        return [
            (a, lx.window_cues[w][0])
            for a, b, k, w in cues
            if k == "window"
            and lx.window_cues[w][0] != "incident"
            and not text[s:a].strip()
            and _LEAD_COMMA.match(text, b)
            and b <= q.start
        ]

    def _day_windows(
        self, text: str, s: int, e: int, q: Quantity, cues: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, str]]:
        """The windows of a day or two ("in the past 24 hours") named in the sentence with no strong clause break
        between them and the figure, each with where it starts."""
        lx = self.lexicon
        return [
            (a, lx.window_cues[w][0])
            for a, b, k, w in cues
            if k == "window"
            and s <= a
            and b <= e
            and lx.window_cues[w][0] in ("24h", "48h")
            and not _STRONG_CLAUSE.search(text, min(a, q.end), max(a, q.start))
        ]

    @staticmethod
    def _year_window(text: str, s: int, c0: int, c1: int, q: Quantity, found: _Found) -> bool:
        """Whether the figure counts one year's: a year said before it ("in 2022, when", "During 2023, ...") or in
        its clause, unless the year is when something started or the figure is a running total."""
        return bool(
            _IN_YEAR_WHEN.search(text, max(s, q.start - 60), q.start)
            or _LEAD_YEAR.match(text, s, q.start)
            or (
                (year := _IN_YEAR.search(text, c0, c1)) is not None
                and not _STARTED.search(text, max(s, year.start() - 20), year.start())
                and not _RUNNING_TOTAL.search(text, q.start, max(q.end, found.end))
            )
        )

    def _since_start(
        self, text: str, m: regex.Match, quantities: list[Quantity], cues: list[tuple[int, int, str, str]]
    ) -> bool:
        """Whether a "since" counts from the start: of the war ("since the war began"), from the day it began, or
        from an event that began one ("since the October 7 attack")."""
        return bool(
            _START.match(text, m.end())
            or any(
                d.start == m.end() and _is_conflict_start(d, context_starts=self._starts)
                for d in quantities
                if d.kind in ("date", "daterange")
            )
            or any(
                k == "event"
                and m.end() <= a <= m.end() + 12
                and self.lexicon.by_event[self.lexicon.event_cues[w][0]].theatre
                for a, b, k, w in cues
            )
        )

    @staticmethod
    def _day_named(text: str, s: int, e: int, c0: int, c1: int) -> bool:
        """Whether the figure's clause names a day ("on Saturday") that is not the day something was reported."""
        return any(
            not _REPORTED.search(text, max(s, d.start() - 25), min(e, d.end() + 25))
            for d in _DAY.finditer(text, c0, c1)
        )

    def _incident(
        self,
        text: str,
        s: int,
        e: int,
        c0: int,
        cues: list[tuple[int, int, str, str]],
        found: _Found,
        event: str | None,
        measure_name: str,
    ) -> bool:
        """Whether a cumulative count with its measure next to it, of no event, counts one incident named in the
        sentence (a strike, raid or blast) or at one site said before it ("at the Okhmatdyt children's hospital,
        ... 16 injuries"), unless said to be a running total or the war's."""
        lx = self.lexicon
        measure = lx.by_measure.get(measure_name)
        named = any(k == "window" and lx.window_cues[w][0] == "incident" for a, b, k, w in cues)
        return bool(
            measure is not None
            and measure.kind == "cumulative"
            and event is None
            and (
                (named and found.how in ("after", "before"))
                or (found.how in ("after", "before", "noun") and _AT_SITE.search(text, s, found.start))
            )
            and not _SO_FAR.search(text, s, e)
            and not _WAR_AGENT.search(text, max(c0, found.start - 60), found.start + 1)
        )

    def _place(
        self,
        text: str,
        s: int,
        e: int,
        c0: int,
        c1: int,
        start: int,
        end: int,
        q: Quantity,
        places: list[tuple[int, int, str, str]],
        context: Context,
        event: str | None,
        previous: list[Reading],
        cues: Sequence[tuple[int, int, str, str]] = (),
        events: bool = False,
    ) -> tuple[str | None, str | None]:
        """The territory and, when the clause names one, the city or camp inside it (for an event's duration or
        date, ``events``: a place said to be where it is, else the document's main place). A place that is a speaker
        ("Israel said"), part of a named event ("the attack on Israel") or of where a count starts ("since the
        assault in southern Israel") is no place of the figure. Best first: a name in the figure's quote, a
        demonym there ("1,200 Israelis"), a name in its clause where it is ("in Gaza"), any name in its clause, the
        place of the figure before it, a name in the sentence, a demonym, the paragraph before, a hint
        ("Palestinians"), the document's main place. Among equals, the nearest."""
        lx = self.lexicon
        if event is not None and lx.by_event[event].place:
            return lx.by_event[event].place, None
        here = [p for p in self._here(text, s, e, places, cues) if not _origin(text, s, start, end, p)]
        prior = self._prior(text, q, previous)

        lead = _LEAD_PLACE.match(text, s, e)  # "In Malatya, the quake has killed 400": the whole sentence's place
        tiers = {p: self._tier(text, s, c0, c1, start, end, q, lead, p) for p in here}
        best = self._best_place(text, s, e, q, here, tiers)
        several = _several(text, s, best)
        war = self._war_place(events, best, tiers, context, several)
        if war is not None:
            return (war, None)  # a war's place is where it is, not a party ("Israel and Hamas")
        own_hint = self._own_hint(best, start, end)
        from_prior = self._prior_place(text, e, q, best, tiers, prior, own_hint)
        if from_prior is not None:
            return from_prior
        if best is None or tiers[best] >= 7:
            return self._hinted(text, s, best, tiers, prior, own_hint, context)
        territory = lx.territory(best[2])
        sub = best[2] if best[2] != territory and best[3] == "name" and tiers[best] <= 3 else None
        return territory, sub

    @staticmethod
    def _here(
        text: str, s: int, e: int, places: list[tuple[int, int, str, str]], cues: Sequence[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """The places of the sentence that can be the figure's: none a speaker's ("according to Israel") or a doer's
        ("retrieved by Israeli troops": who did it, not where), part of
        a named event ("the attack on Israel") or of where a count starts ("since the assault in southern Israel")."""
        starts = [(m.start(), m.end()) for m in _SINCE_START.finditer(text, s, e, timeout=TIMEOUT)]
        return [
            p
            for p in places
            if not _ACCORDING.search(text, max(s, p[0] - 20), p[0])
            and not (p[3] == "adjective" and _BY_AGENT.search(text, max(s, p[0] - 8), p[0]))
            and not any(k == "event" and a <= p[0] and p[1] <= b for a, b, k, _ in cues)
            and not any(a <= p[0] < b for a, b in starts)
        ]

    @staticmethod
    def _prior(text: str, q: Quantity, previous: list[Reading]) -> Frame | None:
        """The frame of the last figure before with a place, unless a strong break (";", "while") parts the two."""
        before = next((r for r in reversed(previous) if r.frame is not None and r.frame.place), None)
        return before.frame if before is not None and not _STRONG_CLAUSE.search(text, before.end, q.start) else None

    @staticmethod
    def _tier(
        text: str,
        s: int,
        c0: int,
        c1: int,
        start: int,
        end: int,
        q: Quantity,
        lead: regex.Match | None,
        p: tuple[int, int, str, str],
    ) -> float:
        """How good a place of the figure is, best first (see _place): a name (see _name_tier), a demonym in the
        quote (1) or not (8), a hint or adjective in the quote (7), a hint elsewhere (9); 10 is none."""
        inside, clause = start <= p[0] and p[1] <= end, c0 <= p[0] and p[1] <= c1 or (lead and p[0] == lead.end())
        if (
            not clause
            and (named := _NAMED_AFTER.search(text, max(s, p[0] - 30), p[0])) is not None
            and not _MORE_PLACES.match(text, p[1])
        ):
            clause = c0 <= named.start() <= c1  # "in the Somali capital, Mogadishu": the clause's place, named
        if p[3] == "name":
            return Engine._name_tier(text, s, q, p, inside, clause)
        if p[3] == "people":
            return 1 if inside else 8
        if p[3] == "adjective":
            return 7 if inside else 10
        return 7 if inside else 9

    @staticmethod
    def _name_tier(
        text: str, s: int, q: Quantity, p: tuple[int, int, str, str], inside: bool, clause: bool | regex.Match | None
    ) -> float:
        """The tier of a place's name: in the quote (0), in the clause where it is (2, "in Gaza") or not (3), in the
        sentence where it is (5 before the figure, 5.5 after) or not (6)."""
        if inside:
            return 0
        where = _LOCATIVE.search(text, max(s, p[0] - 25), p[0]) and not _POSSESSIVE_END.match(text, p[1])
        if clause:
            return 2 if where else 3
        return (5 if p[1] <= q.start else 5.5) if where else 6

    def _best_place(
        self,
        text: str,
        s: int,
        e: int,
        q: Quantity,
        here: list[tuple[int, int, str, str]],
        tiers: dict[tuple[int, int, str, str], float],
    ) -> tuple[int, int, str, str] | None:
        """The best place of the figure: the lowest tier, among equals the nearest (one before the figure half
        again as far), or a more exact place inside it (see _more_exact); None when no place is one."""
        ranked = sorted(
            (p for p in here if tiers[p] < 10),
            key=lambda p: (tiers[p], p[0] - q.end if p[0] >= q.end else (q.start - p[1]) * 1.5),
        )
        best = ranked[0] if ranked else None
        if best is not None and tiers[best] <= 3 and self.lexicon.territory(best[2]) == best[2]:
            best = self._more_exact(text, s, e, ranked, best, tiers)
        return best

    def _more_exact(
        self,
        text: str,
        s: int,
        e: int,
        ranked: list[tuple[int, int, str, str]],
        best: tuple[int, int, str, str],
        tiers: dict[tuple[int, int, str, str], float],
    ) -> tuple[int, int, str, str]:
        """A place inside the best one, a territory, named in the clause too: the more exact place, unless it is
        one of several ("including"), a seat of government or in an aside."""
        lx = self.lexicon
        asides = [(m.start(), m.end()) for m in _COMMA_ASIDE.finditer(text, s, e)]
        inside = [
            p
            for p in ranked
            if tiers[p] <= 3
            and p[2] != best[2]
            and lx.territory(p[2]) == best[2]
            and not _INCLUSIVE.search(text, max(s, p[0] - 16), p[0])
            and not _SEAT.search(text, max(s, p[0] - 40), p[0])
            and not any(a <= p[0] < b for a, b in asides)
        ]
        return inside[0] if inside else best  # "in Sudan ... in Darfur": the more exact place

    @staticmethod
    def _war_place(
        events: bool,
        best: tuple[int, int, str, str] | None,
        tiers: dict[tuple[int, int, str, str], float],
        context: Context,
        several: bool = False,
    ) -> str | None:
        """For an event's duration or date with no place where it is in its clause, or several ("felt in Israel
        and Gaza"): the war's place, else the document's main place."""
        if events and (best is None or tiers[best] > 2 or several) and (context.theatre or context.main):
            return context.theatre or context.main
        return None

    @staticmethod
    def _own_hint(best: tuple[int, int, str, str] | None, start: int, end: int) -> str | None:
        """The best place when it is a hint ("Palestinians") in the figure's own quote."""
        return best[2] if best is not None and best[3] == "hint" and start <= best[0] and best[1] <= end else None

    def _prior_place(
        self,
        text: str,
        e: int,
        q: Quantity,
        best: tuple[int, int, str, str] | None,
        tiers: dict[tuple[int, int, str, str], float],
        prior: Frame | None,
        own_hint: str | None,
    ) -> tuple[str | None, str | None] | None:
        """The place of the figure before, when the best place here is no nearer than the sentence (tier 5 on),
        unless the figure's own hint is a people other than that place's; else None."""
        lx = self.lexicon
        if (
            best is not None
            and tiers[best] >= 5
            and prior is not None
            and not (own_hint and prior.place and self._other_people(lx.territory(prior.place), own_hint))
        ):
            if _UNKNOWN_PLACE.match(text, q.end, e):  # "26 in Balochistan and 41 in Gilgit-Baltistan": not Balochistan
                return prior.place, None
            return prior.place, prior.subplace
        return None

    def _hinted(
        self,
        text: str,
        s: int,
        best: tuple[int, int, str, str] | None,
        tiers: dict[tuple[int, int, str, str], float],
        prior: Frame | None,
        own_hint: str | None,
        context: Context,
    ) -> tuple[str | None, str | None]:
        """The place of a figure with no name or demonym near it (tier 7 on): the figure before's, unless the
        paragraph before says where things are or a hint says whose figure it is; else the first fallback (see
        _fallback_place)."""
        lx = self.lexicon
        hint = best[2] if best is not None and tiers[best] <= 8 else None
        if prior is not None and not context.before(text, s, located_only=True) and not hint:
            return prior.place, prior.subplace
        name = self._fallback_place(text, s, best, hint, prior, context)
        if own_hint and name and self._other_people(lx.territory(name), own_hint):
            name = own_hint  # "75,800 Palestinians injured" after a paragraph about Israel: not Israelis
        return (lx.territory(name), None) if name else (None, None)

    @staticmethod
    def _fallback_place(
        text: str,
        s: int,
        best: tuple[int, int, str, str] | None,
        hint: str | None,
        prior: Frame | None,
        context: Context,
    ) -> str | None:
        """A place for a figure with none near it, best first: the paragraph before's where it is, the hint, the
        figure before's, the document's where it is, the paragraph before's last, the best place at all, the war's,
        the document's main place."""
        return (
            context.before(text, s, located_only=True)
            or hint
            or (prior.place if prior else None)
            or context.located
            or context.before(text, s)
            or (best[2] if best is not None else None)
            or context.theatre
            or context.main
        )

    # --- durations and dates ----------------------------------------------------------------------------------

    def _attached(
        self,
        text: str,
        masked: str,
        base: int,
        s: int,
        e: int,
        q: Quantity,
        cues: list[tuple[int, int, str, str]],
        places: list[tuple[int, int, str, str]],
        context: Context,
        previous: list[Reading],
    ) -> Reading:
        """A duration or date is a claim when it belongs to a named event ("60-day truce", "the ceasefire that
        took effect on January 19"); else it is a reporting window or a dateline. A date needs its day, or its
        month and year ("in March" and "in 2014" are no dates of an event)."""
        kind = _KIND[q.kind]
        settled = self._date_settled(text, masked, base, s, e, q, cues, places, context, previous, kind)
        if settled is not None:
            return settled
        belongs = self._attached_event(text, masked, base, s, e, q, cues, kind)
        if belongs is None:
            why = (
                "a duration of no named event (a reporting window)"
                if kind == "duration"
                else "a date of no named event"
            )
            return Reading(q, None, q.start, q.end, why)
        event, start, end = belongs
        return self._of_event(text, s, e, q, event, (start, end), cues, places, context, previous)

    def _of_event(
        self,
        text: str,
        s: int,
        e: int,
        q: Quantity,
        event: str | None,
        said: tuple[int, int],
        cues: list[tuple[int, int, str, str]],
        places: list[tuple[int, int, str, str]],
        context: Context,
        previous: list[Reading],
    ) -> Reading:
        """The reading of a duration or date of ``event``, said in text[said[0]:said[1]]: where, and whether it is
        asserted or proposed."""
        start, end = said
        how = mood(text, (s, e), q)
        if how is None:
            return Reading(q, None, start, end, "negated or conditional: not asserted")
        c0, c1 = clause_of(text, s, e, start, end)
        place, subplace = self._place(
            text, s, e, c0, c1, start, end, q, places, context, None, previous, cues, events=True
        )
        proposed = how == PROPOSAL or _PROPOSED.search(text, max(s, start - 30), min(e, end + 30))
        frame = Frame(
            measure="duration" if _KIND[q.kind] == "duration" else "date",
            place=place,
            subplace=subplace,
            event=event,
            mood="proposal" if proposed else "fact",
        )
        return Reading(q, frame, start, end, how="attached")

    def _date_settled(
        self,
        text: str,
        masked: str,
        base: int,
        s: int,
        e: int,
        q: Quantity,
        cues: list[tuple[int, int, str, str]],
        places: list[tuple[int, int, str, str]],
        context: Context,
        previous: list[Reading],
        kind: str,
    ) -> Reading | None:
        """The reading of a date settled before its event is looked for: how long an event has lasted when it
        says so ("six months ago"), no claim for a date with no day or no year, or the known date of an
        applicable event itself; None for any other date, and for a duration."""
        if kind == "date" and (elapsed := _as_elapsed(text, q)) is not None:
            reading = self._attached(text, masked, base, s, e, elapsed, cues, places, context, previous)
            if reading.frame is not None:
                return reading  # "the war that broke out six months ago": how long it has lasted, date known or not
        if kind == "date" and not _dated(q):
            return Reading(q, None, q.start, q.end, "a month with no year, or a year alone: no event's date")
        if kind == "date":
            for ev in self.lexicon.events:
                if ev.date is not None and ev.name in context.events and _same_day(q.low, ev.date, q.high):
                    return Reading(q, None, q.start, q.end, f"the date of the {ev.name} event itself, which is known")
        return None

    def _attached_event(
        self,
        text: str,
        masked: str,
        base: int,
        s: int,
        e: int,
        q: Quantity,
        cues: list[tuple[int, int, str, str]],
        kind: str,
    ) -> tuple[str | None, int, int] | None:
        """The event a duration or date belongs to and the stretch that says so: an event noun just after it
        ("60-day truce") or before it ("the ceasefire that took effect on January 19"), else a clause that says
        what happened on the date (see _happened_on) or how long something lasted (see _lasted); None if none."""
        lx = self.lexicon
        after_p, before_p = (
            (self._duration_after, self._duration_before)
            if kind == "duration"
            else (self._date_after, self._date_before)
        )
        after = after_p.match(masked, q.end - base, min(e, q.end + 60) - base, timeout=TIMEOUT)
        before = (
            None if after else before_p.search(masked, max(s, q.start - 80) - base, q.start - base, timeout=TIMEOUT)
        )
        m = after or before
        if m is not None:
            event = self._specific(text, s, e, lx.event_nouns[normal(m["noun"])][0])
            start, end = (q.start, base + m.end()) if after else (base + m.start(), q.end)
            return event, start, end
        if kind == "date" and (happened := self._happened_on(text, masked, base, s, e, q)) is not None:
            return happened
        if kind == "duration" and (lasted := self._lasted(text, s, e, q, cues)) is not None:
            return lasted
        return None

    def _war_age(
        self,
        text: str,
        masked: str,
        base: int,
        s: int,
        e: int,
        q: Quantity,
        age: regex.Match,
        cues: list[tuple[int, int, str, str]],
        places: list[tuple[int, int, str, str]],
        context: Context,
        readings: list[Reading],
    ) -> Reading:
        """A figure with "-year-old" after it is an age: of a person, no claim; of an event ("the eight-month-old
        war", "the war is six months old"), how long it has lasted."""
        unit = next((u for u in ("year", "month", "week", "day") if u in age.group().lower()), "day")
        lasting = q.model_copy(
            update={"kind": "duration", "unit": unit, "end": age.end(), "text": text[q.start : age.end()]}
        )
        reading = self._attached(text, masked, base, s, e, lasting, cues, places, context, readings)
        if reading.frame is None and (its := _IS_AGED.search(text, max(s, q.start - 30), q.start)) is not None:
            nouns = list(self._event_nouns.finditer(text, max(s, its.start() - 80), its.start(), timeout=TIMEOUT))
            if nouns:  # "the war in Gaza is now six months old": the subject's age
                event = self.lexicon.event_nouns[normal(nouns[-1].group())][0]
                said = (nouns[-1].start(), age.end())
                reading = self._of_event(text, s, e, lasting, event, said, cues, places, context, readings)
        if reading.frame is None:
            return Reading(q, None, q.start, q.end, "an age, not a count")
        return reading

    def _lasted(
        self, text: str, s: int, e: int, q: Quantity, cues: list[tuple[int, int, str, str]]
    ) -> tuple[str | None, int, int] | None:
        """A duration that says how long something has lasted though no event noun is next to it: time since it
        began ("the war broke out two weeks ago", "six months since the Hamas attack", "marks two years"), held in
        captivity ("held for 738 days"), or a deadline ("ordered to move south within 24 hours")."""
        c0, c1 = clause_of(text, s, e, q.start, q.end)
        if (captive := _CAPTIVE_FOR.search(text, max(s, q.start - 50), q.start)) is not None:
            return "captivity", captive.start(), q.end
        extended = _EXTENDED.search(text, max(s, q.start - 40), q.start)
        if extended is not None and (noun := self._event_nouns.search(text, c0, q.start, timeout=TIMEOUT)) is not None:
            return self.lexicon.event_nouns[normal(noun.group())][0], extended.start(), q.end  # "extended by two days"
        deadline = _DEADLINE.search(text, max(s, q.start - 20), q.start)
        if deadline and (_ORDERED.search(text, c0, c1) or _ORDERED.search(text, max(s, q.start - 120), q.start)):
            return "deadline", deadline.start(), q.end
        return self._gone_on(text, s, c0, c1, q) or self._elapsed(text, s, e, q, cues) or self._since_named(text, e, q)

    def _elapsed(
        self, text: str, s: int, e: int, q: Quantity, cues: list[tuple[int, int, str, str]]
    ) -> tuple[str | None, int, int] | None:
        """Time since something began, said around the duration ("two weeks ago", "marks two years", "six months
        since the Hamas attack"): the event its sentence names (the war an attack started), none for an event
        whose length is agreed ("ten days after the ceasefire" is when, not how long the ceasefire is)."""
        if not (_ELAPSED_AFTER.match(text, q.end) or _ELAPSED_BEFORE.search(text, max(s, q.start - 40), q.start)):
            return None
        if _OF_THEN.search(text, max(s, q.start - 12), q.start):
            return None  # "the crisis of twenty years ago": when another event was, not how long this one lasted
        noun = self._event_nouns.search(text, s, e, timeout=TIMEOUT)
        if noun is not None:
            event = self.lexicon.event_nouns[normal(noun.group())][0]
            return None if self._agreed(event) else (event, q.start, q.end)
        if any(k == "event" for _, _, k, _ in cues):
            return "war", q.start, q.end  # "two years since the Hamas attack": the war it started
        return None

    def _since_named(self, text: str, e: int, q: Quantity) -> tuple[str | None, int, int] | None:
        """Time since an event named right after the duration ("five days after catastrophic flash floods", "two
        years since the war began"): how long since it began; none for an event whose length is agreed ("ten days
        after the ceasefire" is when, not how long the ceasefire is)."""
        m = self._since_event.match(text, q.end, e, timeout=TIMEOUT)
        if m is None:
            return None
        event = self.lexicon.event_nouns[normal(m["noun"])][0]
        return None if self._agreed(event) else (event, q.start, m.end())

    def _specific(self, text: str, s: int, e: int, event: str | None) -> str | None:
        """The event a generic noun ("the six-day agreement") is of: another event with an agreed term its
        sentence names ("the ceasefire"), else the generic one."""
        found = self.lexicon.by_event.get(event or "")
        if found is None or not found.generic:
            return event
        for noun in self._event_nouns.finditer(text, s, e, timeout=TIMEOUT):
            other = self.lexicon.event_nouns[normal(noun.group())][0]
            known = self.lexicon.by_event.get(other)
            if other != event and known is not None and known.agreed and not known.generic:
                return other  # (an agreement's term is a truce's, not a war's: "a 60-day deal to end the war")
        return event

    def _agreed(self, event: str | None) -> bool:
        """Whether an event's length is a term agreed or set (a truce), not the time since it began."""
        return event is not None and (found := self.lexicon.by_event.get(event)) is not None and found.agreed

    def _gone_on(self, text: str, s: int, c0: int, c1: int, q: Quantity) -> tuple[str | None, int, int] | None:
        """How long the event its clause names has gone on, up to now ("felt the effects of the war for the past
        two years"): a month at least ("over the past week" is a window, not an age), the nearest event noun."""
        span = _PAST_SPAN.search(text, max(s, q.start - 30), q.start)
        if span is None or not isinstance(q.low, int | float) or q.low * UNIT_DAYS.get(q.unit or "", 0) < 28:
            return None
        nouns = list(self._event_nouns.finditer(text, c0, q.start, timeout=TIMEOUT))
        noun = nouns[-1] if nouns else self._event_nouns.search(text, q.end, c1, timeout=TIMEOUT)
        return None if noun is None else (self.lexicon.event_nouns[normal(noun.group())][0], span.start(), q.end)

    def _happened_on(
        self, text: str, masked: str, base: int, s: int, e: int, q: Quantity
    ) -> tuple[str | None, int, int] | None:
        """A date that says when something in its clause happened ("On September 29, 2025, the plan was
        unveiled", "the ship sank on July 9"): the event the clause names (None when it names none) and the
        stretch that says it. A date a report was made ("the ministry said on Monday"), an as-of date, a
        dateline or a date that bounds a count ("since", "until", "between") is none."""
        lead = self._date_lead(text, s, q)
        if lead is None:
            return None
        c0, c1 = clause_of(text, s, e, q.start, q.end)
        if "(" in lead.group():  # "which began on Friday (March 28), are ongoing": the clause it is set in
            c0, c1 = clause_of(text, s, e, lead.start(), lead.start())
        if not text[s : lead.start()].strip(_BULLETS) or _CLAUSE_OPEN.search(
            text, max(s, lead.start() - 3), lead.start()
        ):
            c1 = clause_of(text, s, e, q.end + 2, q.end + 2)[1] if q.end + 2 < e else c1  # "On <date>, <clause>"
        if not _DID.search(text, c0, c1):
            c0 = _verb_clause_start(text, s, e, c0)
        if not _DID.search(text, c0, c1) or _REPORTED.search(text, c0, c1) and not _DID_NOT_SAY.search(text, c0, c1):
            return None
        noun = self._event_nouns.search(text, c0, c1, timeout=TIMEOUT)
        event = self.lexicon.event_nouns[normal(noun.group())][0] if noun else None
        return event, min(lead.start(), q.start), max(q.end, c1 if c1 - q.end < 60 else q.end)

    @staticmethod
    def _date_lead(text: str, s: int, q: Quantity) -> regex.Match | None:
        """The words that lead up to a date said as when something happened ("on", "in", "by", or nothing at
        the start of the sentence); None when there are none, or when the date is a report's, a bound or an
        as-of date ("by"), unless something was due by it."""
        lead = _DATE_LEAD.search(text, max(s, q.start - 40), q.start)
        if lead is None or _REPORT_DATE.search(text, max(s, q.start - 40), q.start) or _AS_OF_BY.match(lead.group()):
            if lead is None or not _DUE_BY.search(text, max(s, q.start - 60), lead.start()):
                return None
        return lead


_WRITTEN_DATE = regex.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|new\s+year", regex.I)
_CAPTIVE_FOR = regex.compile(
    r"\b(?:held|holding|captive|kept|keeping|imprisoned|detained|in\s+captivity|hostage|captivity)\s+"
    r"(?:[\w'’-]+\s+){0,3}?for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?$|"
    r"\bafter\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?$(?<=captiv\w*[^.;]{0,60})",
    regex.I,
)
_EXTENDED = regex.compile(
    r"\b(?:extend\w*|prolong\w*|lengthen\w*)\s+(?:(?:it|them|the\s+\w+)\s+)?(?:by|for)\s+"
    r"(?:another\s+|a\s+further\s+|an\s+additional\s+|a\s+further\s+)?$",
    regex.I,
)
_THE_WHOLE = regex.compile(r"\b(?:of|among)\s+the\s+(?:(?:estimated|some|roughly|about|nearly|almost)\s+)?$", regex.I)
"""Before a whole the sentence takes a part of ("half of the 2.4 million"): all of them."""
_LIVING_IN = regex.compile(r"\s+(?:people\s+|residents\s+|inhabitants\s+)?(?:living\s+|who\s+live\s+)?(?:in|inside)\s+")
"""Between a whole and its place: where the people are ("the 2.4 million in the Gaza Strip")."""
_PERIOD_LEAD = regex.compile(
    r"\b(?:during|over|in|throughout|within)\s+(?:the\s+)?(?:(?:first|past|last|previous)\s+)?$", regex.I
)
_PERIOD_OF = regex.compile(
    r"\s+of\s+(?:the\s+|this\s+|its\s+|(?-i:\p{Lu})[\w-]*['’]s\s+)?(?P<what>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s*[,;]|\s+\p{Lu})"
)
"""A stretch of time named before a figure and what it is of ("during the 31 days of the Iron Wall operation,")."""
_LEAD_COMMA = regex.compile(r"\s*,")
_PAST_SPAN = regex.compile(
    r"\b(?:for|over|in|during|throughout)\s+(?:all\s+)?(?:the|these)\s+(?:past|last|previous)\s+"
    r"(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?$",
    regex.I,
)
"""Before a duration that runs up to now ("for the past two years"): how long what its clause names has gone on."""
_DEADLINE = regex.compile(r"\b(?:within|in\s+the\s+next|in)\s+(?:the\s+next\s+|just\s+)?$", regex.I)
_ORDERED = regex.compile(
    r"\b(?:order\w*|told|instruct\w*|must|gave|giv\w+|demand\w*|ultimatum|deadline|evacuat\w*)\b", regex.I
)
_ELAPSED_AFTER = regex.compile(
    r"\s*(?:ago|since|after\s+(?:the|it|Hamas|Israel)|later|old|mark|anniversary|into\s+the)\b", regex.I
)
_ELAPSED_BEFORE = regex.compile(
    r"\b(?:marks?|marked|marking|reach(?:es|ed)?\s+(?:its|the)|been)\s+(?:its\s+|the\s+|"
    r"exactly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)*$",
    regex.I,
)
_DIGIT = regex.compile(r"\d")
_MEASUREMENT = regex.compile(
    r"\s*(?:-\s*)?(?:magnitude|richter|km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|ft|"
    r"inch(?:es)?|cm|mm|°|degrees?|hectares?|acres?|square|sq|tons?|tonnes?|litres?|liters?|"
    r"gallons?|barrels?|kg|kilograms?|pounds|mph|km/h|knots|celsius|fahrenheit)\b",
    regex.I,
)
_MEASURED = regex.compile(r"\b(?:magnitude|magnitude-|measuring|measured|category|level)\s*(?:of\s+)?$", regex.I)
_KIND = {
    "number": "count",
    "range": "count",
    "percent": "share",
    "duration": "duration",
    "date": "date",
    "daterange": "date",
}
_DEFAULT = "\0people"
_DATE_LEAD = regex.compile(
    r"(?:\b(?:on|in|by)\s+(?:the\s+(?:morning|evening|night|afternoon|early\s+hours)\s+of\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\(\s*)?|^\s*)$",
    regex.I,
)
_AS_OF_BY = regex.compile(r"by\b", regex.I)
_DUE_BY = regex.compile(
    r"\b(?:supposed|expected|due|scheduled|set|meant|slated|required|ordered|deadline|must|should|ha(?:s|ve)\s+to)\b",
    regex.I,
)
"""A count reached "by 3 November" is as of that day; only what was due by a day ("to come home by Oct. 13")
happens on it."""
_OF_THEN = regex.compile(r"\bof\s+(?:some\s+|about\s+|nearly\s+|over\s+)?$", regex.I)
_ELAPSED_WORDS = regex.compile(r"\b(?:ago|past|last|previous|prior|next|coming|within|from\s+now|hence)\b", regex.I)
_CIRCUMSTANCE = regex.compile(r",?\s*(?:as|when|while)\s", regex.I)
_BULLETS = " \t-–•*"
"""What may stand before a sentence's first word: a list item's bullet."""
_CLAUSE_OPEN = regex.compile(r"(?:^|[.;:—–(•*]\s*|\n\s*-\s+|\n)$")
_REPORT_DATE = regex.compile(
    r"\b(?:(?:updated|published|posted|issued|said|says|told|reported|announced|stated|added)\b[^.;]{0,25}|"
    r"(?:as\s+of|until|till|through|between|since|from)\s+(?:(?:the\s+)?(?:morning|evening|night|end|start)\s+"
    r"of\s+|(?:the\s+)?(?:early\s+|mid-?|late\s+)?)?)$",
    regex.I,
)
"""Before a date, a verb of saying or publishing (the report's day) or a word that makes it a bound ("since
October 11", "from Monday"), not the day something happened ("released from Gaza on Oct. 13" is)."""
_DID = regex.compile(
    r"\b(?:\w{3,}ed|began|begun|struck|hit|took|came|sank|fell|broke|went|won|lost|held|made|"
    r"left|fled|drove|rose|shot|swept|stormed|killed|died|begins|starts|takes\s+effect|comes\s+into|"
    r"ends|expires|will\s+(?:begin|start|take\s+effect|end)|onset|outbreak)\b",
    regex.I,
)
_DID_NOT_SAY = regex.compile(
    r"\b(?:signed|agreed|launched|began|took\s+effect|struck|hit|sank|killed|erupted|"
    r"collapsed|announced\s+a|unveiled|(?:the\s+)?(?:start|launch|beginning|outbreak|end)\s+of|(?:was|were)\s+(?:\w+\s+)?(?:announced|declared))\b",
    regex.I,
)


def replace_frame(frame: Frame, **parts: object) -> Frame:
    """A frame with some parts replaced (validated)."""
    return Frame(**{**frame.model_dump(), **parts})


def clause_of(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end] within the sentence [s, e); an aside set off by commas after it
    (", including six children,") does not end it."""
    before = [m.end() for m in _CLAUSE.finditer(text, s, start)]
    at = end
    while True:
        after = _CLAUSE.search(text, at, e)
        if after is None:
            return (before[-1] if before else s), e
        aside = _COMMA_ASIDE.match(text, after.start())
        if aside is None:
            return (before[-1] if before else s), after.start()
        at = aside.end()


def _as_elapsed(text: str, q: Quantity) -> Quantity | None:
    """The duration a date was counted from ("six months ago", "the past 100 days", "within the next 24 hours"
    read against the document's day), or None: the same text gives the same claim whether the day is known."""
    if not _ELAPSED_WORDS.search(q.text):
        return None
    return next((d for d in tag(text, q.start, q.end) if d.kind == "duration"), None)


def _circumstance_end(text: str, s: int, e: int, c1: int, quantities: list[Quantity]) -> int:
    """The end of the clause that says in what circumstances the clause ending at ``c1`` happened ("killed as
    they lined up for aid", "wounded while waiting for food"), or ``c1``: who was counted may be said there,
    unless it has a figure or a toll of its own ("the toll tops 32,000 as a strike on a crowd waiting for aid kills
    dozens", "as a strike on people waiting for aid killed and wounded scores")."""
    joined = _CIRCUMSTANCE.match(text, c1, e)
    if joined is None:
        return c1
    end = clause_of(text, s, e, joined.end(), joined.end())[1]
    own = any(c1 <= q.start < end for q in quantities) or _HARMS.search(text, joined.end(), end)
    return c1 if own else end


_HARMS = regex.compile(r"\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|died|dies)\b", regex.I)


def _verb_clause_start(text: str, s: int, e: int, c0: int) -> int:
    """Where the clause a verbless stretch hangs from begins: before an aside in brackets ("struck at 11.47 p.m.
    (UTC 6.02 p.m.) on 3 November") or a dash ("seized two capitals—Goma last month and Bukavu on February 16")."""
    before = text[s:c0].rstrip()
    if before.endswith(")") and (o := text.rfind("(", s, c0)) > s:
        return clause_of(text, s, e, o, o)[0]
    if before.endswith(("—", "–")) and len(before) > 1:
        return clause_of(text, s, e, s + len(before) - 1, s + len(before) - 1)[0]
    return c0


def _acts(text: str, place: tuple[int, int, str, str]) -> bool:
    """Whether a place named in ``text`` is a speaker or an actor ("Israel said", "Russia launched", "the US envoy"),
    or where people met ("talks in Cairo"), not where something is ("the invasion of Gaza has killed" is still
    about Gaza)."""
    if _OFFICE.match(text, place[1]) or (
        text.endswith(("in ", "in the ", "from ", "from the "), max(0, place[0] - 9), place[0])
        and _MEETING.search(text, max(0, place[0] - 40), place[0])
    ):
        return True  # "the US envoy said", "as mediators met in Doha"
    return bool(_SPEAKER.match(text, place[1])) and not _LOCATIVE.search(text, max(0, place[0] - 25), place[0])


def _of_the_same(text: str, s: int, reading: Reading, before: list[Reading]) -> Reading:
    """A figure told as "another N" of the same happening: it takes the window, event, place and group of the
    figure before it when that one was of an incident, a day or a group ("At least 70 people were killed as
    they lined up for aid. Another 280 were wounded": the same crowd, not the war's toll)."""
    frame = reading.frame
    if (
        frame is None
        or frame.window is not None
        or not _ANOTHER.fullmatch(text, max(s, reading.quantity.start - 25), reading.quantity.start)
    ):
        return reading
    last = next(
        (
            r.frame
            for r in reversed(before)
            if r.frame is not None and r.frame.measure not in ("date", "duration") and r.how not in ("part", "listed")
        ),
        None,
    )  # (the whole a list of parts breaks down, not its last part: "including 397 elderly. Another 15,273 ...")
    if last is None or last.measure == frame.measure or (last.window is None and last.group is None):
        return reading
    own = {"group": frame.group or last.group, "window": last.window, "event": last.event}
    own |= {"place": last.place, "subplace": last.subplace} if frame.place in (None, last.place) else {}
    return dataclasses.replace(reading, frame=replace_frame(frame, **own))


_ANOTHER = regex.compile(
    r"(?:.*?(?:[.;:,(]\s*|\b(?:and|with|while)\s+))?(?:another|a\s+further|an\s+additional)\s+", regex.I | regex.S
)


_THE_BEFORE = regex.compile(r"\bthe\s+$", regex.I)
"""Before a figure with no noun after it: "the four had been abducted", people told of already."""


def _told_again(text: str, s: int, q: Quantity, found: _Found, earlier: list[Reading]) -> bool:
    """Whether a figure with the definite article and no noun is as many as the sentence before counted: the
    same people again ("the release of the four captives. The four had been abducted ...")."""
    return (
        found.group is None
        and _THE_BEFORE.search(text, max(s, q.start - 4), q.start) is not None
        and any(r.frame is not None and r.quantity.low == q.low and r.quantity.high == q.high for r in earlier)
    )


def _counts(readings: list[Reading]) -> list[Reading]:
    """The readings that are counts of a whole: no date or duration, no part of another."""
    return [
        r for r in readings if r.frame is not None and r.frame.measure not in ("date", "duration") and r.how != "part"
    ]


def _origin(text: str, s: int, start: int, end: int, p: tuple[int, int, str, str]) -> bool:
    """Whether a place inside a figure's own phrase says where its people come from ("13 soldiers from Malawi were
    killed"), not where they were counted."""
    return start <= p[0] < end and _FROM_ORIGIN.search(text, max(s, p[0] - 60), p[0]) is not None


def _several(text: str, s: int, best: tuple[int, int, str, str] | None) -> bool:
    """Whether the best place is one of several named together ("felt in Israel and Gaza": an event's duration
    then takes its war's place), not each on its own ("each in Gaziantep and Adiyaman")."""
    return (
        best is not None
        and _MORE_PLACES.match(text, best[1]) is not None
        and _EACH.search(text, max(s, best[0] - 12), best[0]) is None
    )


def _parts(text: str, q: Quantity, quantities: list[Quantity], e: int) -> tuple[int, int]:
    """Where the parts of ``q`` are listed, when a later figure of its sentence is one ("910 killed, including 58
    in Sindh, 26 in Balochistan"): the places there are the parts', not the whole's. The list runs to the first
    comma not followed by another figure ("372, including 94 children, have been killed in the West Bank"), or
    to the verb after it ("21 villagers including two nurses were killed in Tawila": Tawila is the whole's too)."""
    starts = {other.start for other in quantities}
    for other in quantities:
        if q.end <= other.start < e and (m := _PART.search(text, max(q.end, other.start - 40), other.start)):
            verb = _LIST_VERB.search(text, other.end, e)
            end = verb.start() if verb else e
            for comma in _LIST_BREAK.finditer(text, other.end, end):
                if not any(comma.end() <= at <= comma.end() + 4 for at in starts):
                    return m.start(), comma.start()
            return m.start(), end
    return e, e


_LIST_BREAK = regex.compile(r"[,;]\s*(?:and\s+)?")
_NAMED_AFTER = regex.compile(
    r"\b(?:capital|city|town|village|province|district|region|state|county|governorate|camp|port)\s*,\s*$", regex.I
)
"""A place's name put after what it is, as an aside ("in the Somali capital, Mogadishu")."""
_MORE_PLACES = regex.compile(r"\s*,?\s*(?:as\s+well\s+as|and|or)\s+(?:in\s+)?(?:the\s+)?(?-i:\p{Lu})", regex.I)
"""Another place after one ("in the capital, Port-au-Prince, as well as in Pont Sondé"): a figure of several."""
_LIST_VERB = regex.compile(r"\s(?:were|are|was|is|have|has|had)\b")


def _nearest(places: list[tuple[int, int, str, str]], q: Quantity) -> tuple[int, int, str, str] | None:
    if not places:
        return None
    return min(places, key=lambda p: (p[0] - q.end) if p[0] >= q.end else (q.start - p[1]) * 1.5)


def _starts_count(text: str, s: int, a: int, b: int, start: int, end: int) -> bool:
    """Whether the event named at text[a:b] is where the figure's count starts rather than what it counts: a
    connector stands between them ("N have been wounded since the attack on Israel on Oct. 7"), or the event
    is in a clause of its own before the figure that says a count starts there ("Since the war began on
    October 7, the ministry has recorded N deaths"); "the attack on Israel that killed N" is the event's own."""
    if b <= start:
        if _STARTED_BY.search(text, b, start):
            return True
        if _ITS_OWN.match(text, b, start):
            return False  # "the attack on Israel, which killed 1,195 people"
        return bool(_STARTED_BY.search(text, max(s, a - 80), a)) and bool(_CLAUSE_MARK.search(text, b, start))
    return bool(_STARTED_BY.search(text, end, a))


_STARTED_BY = regex.compile(
    r"\b(?:since|after|following|followed|starting|started\s+(?:on|with|in)|sparked\s+by|triggered\s+by|in\s+response\s+to|"
    r"in\s+retaliation\s+for|retaliat\w+\s+for|between)\b",
    regex.I,
)
_CLAUSE_MARK = regex.compile(r"[,;:—–]")
_NEW_CLAUSE = regex.compile(r",\s*(?:and|but|while|whereas|yet)\b|;|\s(?:while|whereas)\s", regex.I)
_ITS_OWN = regex.compile(r"[^,;:.]{0,30}?,?\s*(?:which|that|who|in\s+which|during\s+which)\b", regex.I)


def _same_day(low: object, day, high: object = None) -> bool:
    """Whether a date ("2023-10-07", "--10-07", or October 2023 as a month) is, or holds only, ``day``'s month and
    day: "Oct. 7" and "October 2023" are the day of the October 7 attack."""
    if not isinstance(low, str):
        return False
    if low[-5:] == f"{day.month:02d}-{day.day:02d}" and (low.startswith("--") or low[:4] == str(day.year)):
        return True
    return isinstance(high, str) and low == f"{day.year}-{day.month:02d}-01" and high[:7] == low[:7]


def _dated(q: Quantity) -> bool:
    """Whether a date gives its day, or its month and year, in so many words ("Sunday" and "last week" are
    days of the calendar only by the date of writing: no event's date as written)."""
    if not _WRITTEN_DATE.search(q.text):
        return False
    low, high = q.low, q.high
    if not isinstance(low, str) or not isinstance(high, str):
        return False
    if low.startswith("--"):
        return low == high  # "Oct. 7": a day, year-less
    return low[:7] == high[:7] or low == high  # a day or a month of a year; a year or a span of months is not


def _is_conflict_start(q: Quantity, context_starts: tuple = ()) -> bool:
    """Whether a date is one that starts a count: the day (or month) of a known event that began a war."""
    return any(
        _same_day(q.low, day, q.high) or (isinstance(q.low, str) and q.low[:7] == f"{day.year}-{day.month:02d}")
        for day in context_starts
    )


__all__ = ["Context", "Engine", "Reading", "clause_of", "replace_frame"]
