"""Truces and ceasefires: how long one lasts or is proposed to last, in days (the Gaza truces are the headline
metric; compared only within one event)."""

from checker.lexicon import Event, Vocabulary
from checker.rule import ANY, Example, Expect, Metric, Rule, frame

EVENTS_TRUCE = (
    Event(
        "truce",
        agreed=True,
        nouns=(
            "truce",
            "ceasefire",
            "cease-fire",
            "pause",
            "humanitarian pause",
            "lull",
            "halt in fighting",
            "halt in the fighting",
            "cessation of hostilities",
            "halt hostilities",
            "halt ongoing hostilities",
            "halt the fighting",
            "pause the fighting",
            "pause in fighting",
            "pause in the fighting",
            "truce deal",
            "ceasefire deal",
            "first phase",
            "phase one",
            "second phase",
            "phase two",
            "armistice",
        ),
    ),
)

RULE = Rule(
    code="TRU",
    name="truce-duration",
    summary="The length of a truce or ceasefire, proposed or agreed.",
    vocabulary=Vocabulary(events=EVENTS_TRUCE),
    metrics=(
        Metric(
            "truce.duration",
            "day",
            "per_event",
            "Days a Gaza truce lasts or is proposed to last.",
            frame=frame(measure="duration", event="truce", place="gaza", window=ANY),
        ),
    ),
    examples=(
        Example(
            "The 60-day truce proposal includes provisions for a phased Israeli withdrawal.",
            (Expect("truce.duration", "60-day truce", 60, 60),),
        ),
        Example(
            "This proposed truce, potentially lasting 135 days, follows a precedent set in November.",
            (Expect("duration.truce", "truce, potentially lasting 135 days", 135, 135),),
        ),
        Example(
            "Israel and Hamas agreed to extend the truce by 48 hours, Qatar’s foreign ministry said.",
            (Expect("truce.duration", "truce by 48 hours", 2, 2),),
        ),
        Example(
            "The seven-day pause in November saw 105 hostages freed.",
            (
                Expect("duration.truce", "seven-day pause", 7, 7),
                Expect("hostages.released", "105 hostages freed", 105, 105),
            ),
        ),
        Example("Over the past 48 hours, mediators have intensified their efforts toward a fragile truce."),
        Example(
            "Israel had lifted the 17-year siege only in part.",
            (Expect("duration.gaza.blockade", "17-year siege", 6205, 6205),),
        ),
        Example(
            "The 42-day first phase of the ceasefire began on Sunday morning.",
            (Expect("duration.truce", "42-day first phase", 42, 42, by=""),),
        ),
        Example(
            "Mediators are pushing a 60-day ceasefire proposal that would see half of the living hostages freed.",
            (
                Expect("duration.truce", "60-day ceasefire", 60, 60, by=""),
                Expect("hostages.released", "half of the living hostages freed", 50, 50, by=""),
            ),
        ),
        Example(
            "The truce, initially agreed for four days, was extended by two days and then by one more.",
            (
                Expect("duration.truce", "truce, initially agreed for four days", 4, 4, by=""),
                Expect(
                    "duration.truce", "truce, initially agreed for four days, was extended by two days", 2, 2, by=""
                ),
            ),
        ),
        Example(
            "Hamas said it had accepted a draft calling for a 45-day truce, Egyptian officials said.",
            (Expect("truce.duration", "45-day truce", 45, 45, by="Hamas"),),
        ),
        Example(
            "A week-long truce in November 2023 saw more than 100 hostages freed.",
            (
                Expect("duration.truce", "week-long truce", 7, 7, by=""),
                Expect("event.date", "truce in November 2023", "2023-11-01", "2023-11-30", by=""),
                Expect("hostages.released", "more than 100 hostages freed", 100, None, by=""),
            ),
        ),
        Example(
            (
                "The fragile ceasefire, which lasted almost two months, collapsed on March 18 "
                "when Israel resumed strikes."
            ),
            (
                Expect("truce.duration", "ceasefire, which lasted almost two months", 60, 60, by=""),
                Expect("event.date", "on March 18", "--03-18", "--03-18", by=""),
            ),
        ),
        Example(
            "Israel has rejected calls for a permanent ceasefire, offering instead a pause of six weeks.",
            (Expect("truce.duration", "ceasefire, offering instead a pause of six weeks", 42, 42, by=""),),
        ),
        Example(
            "After 15 months of war, a ceasefire finally took hold in Gaza on January 19, 2025.",
            (
                Expect("duration.gaza.war", "15 months of war", 450, 450),
                Expect(
                    "event.date", "ceasefire finally took hold in Gaza on January 19, 2025", "2025-01-19", "2025-01-19"
                ),
            ),
        ),
        Example(
            "Analysis: A 90-day truce would give aid agencies time to reach the north — if both sides observed it.",
            (Expect("duration.truce", "90-day truce", 90, 90, by=""),),
        ),
        Example(
            "The humanitarian pause lasted seven days before fighting resumed on Dec. 1.",
            (
                Expect("duration.truce", "humanitarian pause lasted seven days", 7, 7, by=""),
                Expect(
                    "event.date",
                    "humanitarian pause lasted seven days before fighting resumed on Dec. 1",
                    "--12-01",
                    "--12-01",
                    by="",
                ),
            ),
        ),
        Example(
            "Negotiators discussed a truce of 30 days, but Hamas wants guarantees that the war will end.",
            (Expect("truce.duration", "truce of 30 days", 30, 30, by=""),),
        ),
        Example(
            "The two-month ceasefire, brokered by Qatar, Egypt and the United States, collapsed on March 18, 2025.",
            (
                Expect("duration.qatar.truce", "two-month ceasefire", 60, 60, by=""),
                Expect("event.date", "on March 18, 2025.", "2025-03-18", "2025-03-18", by=""),
            ),
        ),
        Example(
            (
                "Hamas has proposed a five-year truce in exchange for the release of all the "
                "remaining hostages, an official said."
            ),
            (Expect("truce.duration", "five-year truce", 1825, 1825, by="an official"),),
        ),
        Example(
            (
                "The ceasefire's first phase is due to last six weeks, during which negotiations "
                "on a second phase will begin."
            ),
            (Expect("duration.truce", "ceasefire's first phase is due to last six weeks", 42, 42, by=""),),
        ),
    ),
)
