"""When key events happened: the Hamas-led attack on Israel, the Israeli strike on Hamas officials in Doha."""

import datetime as dt

from checker.rule import Anchor, Example, Metric, Pattern, Rule

_ATTACK_WORDS = r"(?:attacks?|assault|massacre|incursion|raid|onslaught)"

RULE = Rule(
    code="EVD",
    name="event-dates",
    summary="Dates of named events; every mention of one event must agree.",
    anchors=(
        Anchor("the war began", dt.date(2023, 10, 7),
               r"{duration} (?:of|into) (?:the |this )?(?:\w+ ){0,2}?(?:war|conflict|fighting|hostilities)"),
        Anchor("the war began", dt.date(2023, 10, 7), r"(?:war|conflict) (?:is |now )*in its {duration}"),
        Anchor("the blockade of Gaza began", dt.date(2007, 6, 15), r"{duration}(?:-long|-old)? (?:siege|blockade)"),
    ),
    metrics=(
        Metric("event.date", "date", "fixed", "The date (or month) an event happened; the event field names it."),
    ),
    patterns=(
        Pattern(r"{date} (?:Hamas(?:-led)? )?" + _ATTACK_WORDS, "event.date", event="oct7_attack",
                requires=r"Hamas|militant|on (?:southern )?Israel"),
        Pattern(r"(?:Hamas|militants)(?:-led|['’]s?)? (?:[\w-]+ ){0,2}?" + _ATTACK_WORDS +
                r"(?: on (?:southern )?Israel)? (?:on|in|of) {date}", "event.date", event="oct7_attack"),
        Pattern(r"(?:Hamas|militants)(?:-led)?(?: [\w-]+){0,2}? (?:attacked|stormed|invaded|raided) (?:southern )?Israel "
                r"(?:on|in) {date}", "event.date", event="oct7_attack"),
        Pattern(r"(?:struck|bombed|hit|attacked|targeted) [^.;]{0,40}?(?:in|on) (?:Doha|Qatar) on {date}", "event.date",
                event="doha_strike"),
        Pattern(r"(?:air ?strike|strike|attack) (?:in |on )?(?:Doha |Qatar )?on {date}", "event.date",
                event="doha_strike", requires=r"Qatar|Doha"),
        Pattern(r"{date}(?:,? an?)? (?:Israeli )?(?:air ?strike|strike|attack) (?:in|on) (?:Qatar|Doha)", "event.date",
                event="doha_strike"),
    ),
    examples=(
        Example("Netanyahu set two goals: securing the release of hostages abducted by Hamas during the Oct. 7 "
                "attacks, and dismantling Hamas.",
                (("event.date", "Oct. 7 attacks", "2023-10-07", "2023-10-07"),)),
        Example("The conflict, ignited by Hamas’ cross-border assault on October 7, has devastated both sides.",
                (("event.date", "Hamas’ cross-border assault on October 7", "2023-10-07", "2023-10-07"),)),
        Example("The Gaza conflict, reignited by the devastating Hamas-led attack on Israel in October 2023, has left "
                "a trail of destruction.",
                (("event.date", "Hamas-led attack on Israel in October 2023", "2023-10-01", "2023-10-31"),)),
        Example("An Israeli airstrike on September 9th, which targeted Hamas officials in Qatar, damaged the talks.",
                (("event.date", "airstrike on September 9th", "--09-09", "--09-09"),)),
        Example("LIVE 14:05 — Over 1,200 Israelis were killed in the Oct. 7 attack on Israel, officials say.",
                (("event.date", "Oct. 7 attack", "2023-10-07", "2023-10-07"),)),
        Example("On September 7th, President Trump announced that Israel had agreed to terms. However, just two days "
                "later, an Israeli airstrike in Qatar killed the son of a key Hamas figure.",
                (("event.date", "two days later, an Israeli airstrike in Qatar", "--09-09", "--09-09"),)),
        Example("Israeli forces launched an assault on Gaza City on Tuesday, the military said."),
        Example("Israel and Hamas agreed to cease-fires after significant clashes in 2014 and 2021."),
        Example('The war began with the Hamas-led attack on Israel on October 7, 2023.',
                (('event.date', 'Hamas-led attack on Israel on October 7, 2023', '2023-10-07', '2023-10-07'),), by=None, scope=None),
        Example('Since the Oct. 7 attacks by Hamas, Israel has carried out thousands of strikes in Gaza.',
                (('event.date', 'Oct. 7 attacks', '2023-10-07', '2023-10-07'),), by=None, scope=None),
        Example("Israel's airstrike on Doha on September 9 targeted Hamas leaders gathered for talks.",
                (('event.date', 'airstrike on Doha on September 9', '--09-09', '--09-09'),), by=None, scope=None),
        Example('The Sept. 9 strike in Doha killed five Hamas members and a Qatari security officer, officials said.',
                (('event.date', 'Sept. 9 strike in Doha', '--09-09', '--09-09'),), scope=None),
        Example("Hamas's assault on southern Israel on Oct. 7 triggered the deadliest war in Gaza's history.",
                (('event.date', "Hamas's assault on southern Israel on Oct. 7", '2023-10-07', '2023-10-07'),), by=None, scope=None),
        Example('Hamas militants attacked Israel in October 2023, killing some 1,200 people.',
                (('event.date', 'Hamas militants attacked Israel in October 2023', '2023-10-01', '2023-10-31'),), by=None, scope=None),
        Example('The ceasefire took effect on January 19, 2025, after 15 months of war.'),
        Example('The attack on Doha on Sept. 9, 2025, drew condemnation from across the Gulf.',
                (('event.date', 'attack on Doha on Sept. 9, 2025', '2025-09-09', '2025-09-09'),), by=None, scope=None),
        Example("Opinion: Nothing about Gaza has been the same since Hamas's attack of October 7.",
                (('event.date', "Hamas's attack of October 7", '2023-10-07', '2023-10-07'),), by=None, scope=None),
        Example('Israel and Hamas agreed to a truce on November 22, 2023, that took effect two days later.'),
        Example('Israel struck Hamas leaders in Doha on September 9, 2025, an attack Qatar called state terrorism.',
                (('event.date', 'struck Hamas leaders in Doha on September 9, 2025', '2025-09-09', '2025-09-09'),), by=None, scope=None),
        Example('Exactly a year after the Hamas attack on Israel on Oct. 7, vigils were held across the country.',
                (('event.date', 'Hamas attack on Israel on Oct. 7', '2023-10-07', '2023-10-07'),), by=None, scope=None),
    ),
)
