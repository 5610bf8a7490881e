"""Document dates (given and inferred), as-of dates of claims, the reference series, and time-aware findings."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.comparison import compare
from checker.dating import infer, resolve_year
from checker.discovery import builtin_rules, metrics
from checker.extraction import extract, extract_with_times
from checker.frames import metrics_for
from checker.lexicon import Lexicon
from checker.loading import from_text
from checker.pipeline import run
from checker.quantities import parse
from checker.reference import load as load_reference

RULES = builtin_rules()
METRICS = metrics(RULES)
LEXICON = Lexicon.of(r.vocabulary for r in RULES)
SERIES = load_reference()
CUMULATIVE = {k for k, m in METRICS.items() if m.kind == "cumulative"}
EVENTS = tuple(sorted({a.date for r in RULES for a in r.anchors}))
D = dt.date


def date_of(text: str):
    doc = from_text(text)
    claims, times = extract_with_times(doc, RULES)
    return infer(times, claims, SERIES, CUMULATIVE, EVENTS)


def write(tmp_path: Path, name: str, text: str) -> Path:
    f = tmp_path / name
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_text(text, encoding="utf-8")
    return f


# --- given dates ------------------------------------------------------------------------------------


def test_each_metadata_source(tmp_path):
    write(tmp_path, "fm.md", "---\ntitle: Talks\npublished: 2024-08-16\n---\nTalks resumed in Doha.\n")
    write(
        tmp_path,
        "meta.html",
        '<html><head><meta property="article:published_time" content="2025-09-16T08:00:00Z">'
        "</head><body><p>Talks stalled.</p></body></html>",
    )
    write(
        tmp_path,
        "time.html",
        '<html><body><article><time datetime="2024-02-07">Feb 7</time><p>Blinken arrived.</p></article></body></html>',
    )
    write(
        tmp_path,
        "ld.html",
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2025-07-08T10:00:00+03:00"}</script></head><body><p>Talks.</p>'
        "</body></html>",
    )
    write(tmp_path, "plain.txt", "Talks resumed.\n")
    dates = {
        d.id: (d.date.source, d.date.estimate, d.date.evidence[0].reason if d.date.evidence else "")
        for d in run([tmp_path]).documents
    }
    assert dates == {
        "fm": ("given", D(2024, 8, 16), "given in front matter"),
        "meta": ("given", D(2025, 9, 16), "given in a meta tag"),
        "time": ("given", D(2024, 2, 7), "given in a <time> tag"),
        "ld": ("given", D(2025, 7, 8), "given in JSON-LD"),
        "plain": ("none", None, ""),
    }


def test_manifest_and_command_line(tmp_path):
    write(tmp_path, "a.txt", "Gaza’s death toll surpassed 40,000 on Thursday.\n")
    write(tmp_path, "sub/b.md", "---\ndate: 2020-01-01\n---\nTalks.\n")
    write(
        tmp_path,
        "documents.toml",
        '["a.txt"]\ndate = 2024-08-15\noutlet = "Wire"\nurl = "https://example.org/a"\n'
        'title = "Toll passes 40,000"\n\n["sub/b.md"]\ndate = 2024-08-20\n',
    )
    docs = {d.id: d for d in run([tmp_path]).documents}
    a = docs["a"]
    assert (a.date.estimate, a.outlet, a.url, a.title) == (
        D(2024, 8, 15),
        "Wire",
        "https://example.org/a",
        "Toll passes 40,000",
    )
    assert a.date.evidence[0].reason == "given in documents.toml"
    assert docs["sub/b"].date.estimate == D(2024, 8, 20)  # the manifest wins over front matter
    docs = {d.id: d for d in run([tmp_path], dates={tmp_path / "a.txt": D(2024, 8, 16)}).documents}
    assert docs["a"].date.estimate == D(2024, 8, 16)  # the command line wins over the manifest
    assert docs["a"].date.evidence[0].reason == "given in the command line"


def test_a_day_in_the_address(tmp_path):
    """A page's address often carries its day (/2024/10/07/, /2025/6/20/, /20231128-slug, /2025-01-21/,
    /25-Jan-2024/): the manifest's url, else the page's canonical link or og:url. A month alone (/2024/10/slug)
    bounds the date to that month (no estimate) and gives a year-less dateline its year; a year alone, or a
    number that is no day, dates nothing; metadata and the manifest's date win."""
    write(tmp_path, "a.txt", "Talks.\n")
    write(tmp_path, "b.txt", "Talks.\n")
    write(tmp_path, "c.txt", "Talks.\n")
    write(tmp_path, "d.txt", "Talks.\n")
    write(tmp_path, "e.txt", "Talks.\n")
    write(tmp_path, "f.txt", "Talks.\n")
    write(
        tmp_path,
        "canon.html",
        '<html><head><link rel="canonical" href="https://example.org/world/20231128-talks">'
        "</head><body><p>Talks.</p></body></html>",
    )
    write(
        tmp_path,
        "og.html",
        '<html><head><meta property="og:url" content="https://example.org/news/2025/6/20/talks">'
        '<meta name="date" content="2025-06-21"></head><body><p>Talks.</p></body></html>',
    )
    write(
        tmp_path,
        "documents.toml",
        '["a.txt"]\nurl = "https://example.org/world/2024/10/07/talks-resume/"\n'
        '["b.txt"]\nurl = "https://example.org/world/2024/10/talks"\n'
        '["c.txt"]\nurl = "https://example.org/story/5211698069?d=2024-01-01"\n'
        '["e.txt"]\nurl = "https://example.org/25-Jan-2024/toll-rises"\n'
        '["f.txt"]\nurl = "https://example.org/2023-deadliest-year/"\n'
        '["d.txt"]\nurl = "https://example.org/live/2025-01-21/fire"\ndate = 2025-01-22\n',
    )
    docs = run([tmp_path]).documents
    dates = {d.id: (d.date.estimate, d.date.evidence[0].reason if d.date.evidence else "") for d in docs}
    assert dates == {
        "a": (D(2024, 10, 7), "given in its address"),
        "b": (None, "its address names the month (October 2024): written in it"),  # an interval, no estimate
        "c": (None, ""),
        "d": (D(2025, 1, 22), "given in documents.toml"),
        "e": (D(2024, 1, 25), "given in its address"),
        "f": (None, ""),
        "canon": (D(2023, 11, 28), "given in its address"),
        "og": (D(2025, 6, 21), "given in a meta tag"),
    }
    # a month in the address fixes the year of a year-less dateline
    d = from_text("Naypyidaw, Mar 30 (AP) - Rescuers dug through the rubble.", url="https://example.org/2025/03/quake")
    claims, times = extract_with_times(d, RULES)
    dated = infer(times, claims, SERIES, CUMULATIVE, EVENTS, d.url)
    assert (dated.estimate, dated.earliest) == (D(2025, 3, 30), D(2025, 3, 30))
    assert "the year from the month its address names" in dated.evidence[0].reason
    assert infer(times, claims, SERIES, CUMULATIVE, EVENTS).estimate is None  # no address: no year


def test_bad_manifest_entry(tmp_path):
    write(tmp_path, "a.txt", "Talks.\n")
    write(tmp_path, "documents.toml", '["a.txt"]\ndate = "16 Aug 2024"\nauthor = "x"\n')
    result = run([tmp_path])
    (f,) = [f for f in result.findings if f.code == "I308"]
    assert "entry 'a.txt'" in (f.detail or "") and "author" in (f.detail or "")
    assert result.documents[0].date.source == "none"


def test_a_file_named_alone_reads_only_the_manifest_beside_it(tmp_path):
    """Checking one file reads the documents.toml in its folder, never the manifests of the folders below it."""
    write(tmp_path, "a.txt", "Talks.\n")
    write(tmp_path, "documents.toml", '["a.txt"]\ndate = "2024-08-16"\n')
    write(tmp_path / "old", "documents.toml", '["b.txt"]\ndate = "16 Aug 2024"\n')
    result = run([tmp_path / "a.txt"])
    assert not [f for f in result.findings if f.code == "I308"]
    assert str(result.documents[0].date.estimate) == "2024-08-16"
    assert [f.code for f in run([tmp_path]).findings if f.code == "I308"] == ["I308"]


# --- inferred dates ---------------------------------------------------------------------------------


def test_reference_crossing_gives_the_earliest_date():
    """On or after the day the series reached the figure, less two days (news can run a day or two ahead of the
    series); an open interval gives no estimate: a wrong date is worse than none."""
    d = date_of("International mediators met as Gaza’s death toll surpassed 40,000.")
    assert (d.source, d.earliest, d.latest, d.estimate) == ("inferred", D(2024, 8, 13), None, None)
    assert "first reached 40,000 on 2024-08-15" in d.evidence[0].reason


def test_a_count_given_as_the_latest_bounds_the_date_on_both_sides():
    """ "The toll rose to 7,028": written after the series reached it and before it passed it."""
    d = date_of("The death toll in Gaza rose to 7,028, the Health Ministry in Gaza announced.")
    assert d.earliest is not None and d.latest is not None and (d.latest - d.earliest).days <= 7
    assert d.estimate == d.earliest
    assert date_of("The death toll in Gaza is more than 7,000, the ministry said.").latest is None
    # a running total in the present perfect is the count as it stands; a specific floor counts too, a round one
    # (which outlets keep quoting long after the count passed it) bounds only from below
    for text in (
        "Israel's campaign has killed at least 23,843 people in Gaza, the health ministry says.",
        "The ministry has recorded the deaths of 27,365 Palestinians in the Gaza Strip.",
        "Dozens died in strikes overnight, bringing Gaza's death toll to 23,084, the health ministry said.",
    ):
        d = date_of(text)
        assert d.earliest is not None and d.latest is not None and (d.latest - d.earliest).days <= 7, text
    assert date_of("More than 23,000 Palestinians have been killed in Gaza so far.").latest is None
    assert date_of("In January, 23,843 Palestinians had been killed in Gaza.").latest is None


def test_the_page_gives_its_own_date():
    """A dateline, a publication line, a date alone on a top line: the document's day (an update line: written on
    or before it); never a photo caption's date, nor a numeric date that reads both ways."""
    for text, day in (
        ("BEIRUT (September 17, 2024) — Explosions struck Lebanon.", D(2024, 9, 17)),
        ("Thursday, January 25, 2024\nDeath toll in Gaza rises to 25,700", D(2024, 1, 25)),
        ("Published On: November 24, 2023 - A truce took effect.", D(2023, 11, 24)),
        ("ROME, 1 August 2024 - After 15 months of war in Sudan, famine spread.", D(2024, 8, 1)),
        ("By Jane Roe • 29 February 2024 Palestinians mourn the dead.", D(2024, 2, 29)),
        ("KHAN YOUNIS – March 3, 2024 — Crowds waited for flour at the roundabout.", D(2024, 3, 3)),
        ("Harbour Times\n\nMonday, May 6, 2024 by Ann Lee\n\nFloods cut the coastal road.", D(2024, 5, 6)),
        ("WFP Sudan Country Brief (12 March 2025)\n\nKey figures as of 10 March 2025", D(2025, 3, 12)),
        ("05/06/2024 June 5, 2024 Lebanon: Strikes hit the south overnight", D(2024, 6, 5)),
        ("Yesterday, 4 May 2024, floods swept through the valley, officials said.", D(2024, 5, 5)),
        ("March 9, 2024 at 6:40 p.m.\n\nAid trucks queued at the crossing.", D(2024, 3, 9)),
        ("Date: 9 March 2024\n\nAid trucks queued at the crossing.", D(2024, 3, 9)),
        ("Issued on 9 March 2024\n\nAid trucks queued at the crossing.", D(2024, 3, 9)),
        ("March 9, 2024 · 4 min read\n\nAid trucks queued at the crossing.", D(2024, 3, 9)),
        ("Sat 9 Mar 2024 09.15 CET\n\nAid trucks queued at the crossing.", D(2024, 3, 9)),
        ("Wire\nMar 9, 2024 • 40 minutes ago • 2 minute read • Comments\n\nAid trucks queued.", D(2024, 3, 9)),
        ("Omar Haddad | March 9, 2024\n\nAid trucks queued at the crossing.", D(2024, 3, 9)),
        ("Press release | 9 March 2024\n\nAid trucks queued at the crossing.", D(2024, 3, 9)),
    ):
        d = date_of(text)
        assert (d.estimate, d.earliest) == (day, day), text
    # the day a report's figures are "as of" is not the report's
    assert date_of("Key figures as of (10 March 2025)\n\nPeople displaced.").estimate is None
    d = date_of("Updated 18 Mar, 2025\n\nIsraeli airstrikes pounded Gaza.")
    assert (d.estimate, d.latest) == (D(2025, 3, 18), D(2025, 3, 18))
    caption = "Mourners in Gaza City, October 12, 2025. REUTERS/Stringer\n\nThe ministry gave no toll."
    assert date_of(caption).estimate is None
    assert date_of("01-02-2025\nHamas released three hostages.").estimate is None


def test_a_count_told_on_a_weekday_names_that_day():
    """ "The toll reached 67,160 on Monday": the series gave 67,160 from October 6, 2025 until it passed it, and only
    one Monday falls then; a weekday names a day of the week before writing, so the text is of that week. A count
    said to cross a figure on a weekday is of the day the series crossed it. Two weekdays in the sentence: no
    day."""
    d = date_of("The health ministry said the death toll in Gaza reached 67,160 on Monday.")
    assert (d.earliest, d.latest, d.estimate) == (D(2025, 10, 6), D(2025, 10, 12), D(2025, 10, 6))
    d = date_of("Gaza's death toll climbed past 30,000 on Thursday, the health ministry said.")
    assert (d.earliest, d.latest) == (D(2024, 2, 29), D(2024, 3, 6))
    d = date_of("The toll in Gaza reached 67,160 on Monday, up from 67,074 on Saturday, the ministry said.")
    assert d.earliest is not None and d.latest is not None and (d.latest - d.earliest).days > 6
    # a weekday far off in another clause is that clause's event; one the sentence ends on is when it was told
    d = date_of(
        "The death toll in Gaza reached 67,160, as mediators who had gathered in Cairo to press both sides for a "
        "truce in the besieged strip once again met on Monday."
    )
    assert (d.latest - d.earliest).days > 6
    d = date_of(
        "The death toll in Gaza reached 67,160 after another long night of air strikes across the strip, the "
        "ministry said Monday."
    )
    assert (d.earliest, d.latest) == (D(2025, 10, 6), D(2025, 10, 12))


def test_a_caption_of_the_day_the_lede_names():
    """A photo caption's date whose weekday is the one the story's first lines name ("... March 4, 2025.
    REUTERS/..." then "on Tuesday"): the story is of that day, written within the week after. A file photo, or a
    lede naming another weekday, says only that the text is later than the photo."""
    caption = "Rescuers search a school in Sumy, Ukraine, March 4, 2025. REUTERS/Jane Roe\n\n"
    d = date_of(caption + "Russian drones struck Sumy on Tuesday, killing five people, officials said.")
    assert (d.earliest, d.latest, d.estimate) == (D(2025, 3, 4), D(2025, 3, 10), D(2025, 3, 4))
    d = date_of(caption + "Russian drones struck Sumy on Thursday, killing five people, officials said.")
    assert (d.earliest, d.latest) == (D(2025, 3, 4), None)
    d = date_of("FILE PHOTO: " + caption + "Russian drones struck Sumy on Tuesday, killing five, officials said.")
    assert (d.earliest, d.latest) == (D(2025, 3, 4), None)


def test_elapsed_time_since_a_known_event():
    d = date_of("After nearly two years of relentless conflict in Gaza, neither side shows any sign of yielding.")
    assert (d.earliest, d.latest) == (D(2025, 4, 7), D(2026, 4, 7))  # 1.5 to 2.5 years after 2023-10-07
    d = date_of("Hamas wants relief, reconstruction and the lifting of the 17-year siege on Gaza.")
    assert (d.earliest, d.latest) == (D(2023, 6, 15), D(2025, 6, 14))


def test_a_yearless_dateline_takes_the_year_the_rest_allows():
    """ "CAIRO, Feb 2 (Reuters) -" beside an event of February 1, 2024 told as past: 2024. A known event's day
    mentioned years later ("the war began on October 7, 2023") fixes no year, and an anniversary's dateline ("Oct 7")
    is not the day of the event."""
    d = date_of("CAIRO, Feb 2 (Reuters) - Mediators met again after talks stalled on February 1, 2024.")
    assert (d.estimate, d.earliest) == (D(2024, 2, 2), D(2024, 2, 2))
    d = date_of("GAZA, Oct 12 (Reuters) - Strikes went on in the war that began on October 7, 2023.")
    assert d.estimate is None
    assert date_of("TEL AVIV, Oct 7 (Reuters) - Israelis gathered to remember the attack.").estimate is None


def test_a_date_run_on_into_the_next_element_of_the_page_is_its_date():
    """A scraped page can open with its date element run on into the source's name ("July 18, 2025Clash Report
    Officials said ..."): the page's date. A text that opens with a date as its subject, spaced, is not dated by it."""
    d = date_of("March 3, 2025Example Wire Officials confirmed the 48-hour window on Monday.")
    assert (d.estimate, d.earliest) == (D(2025, 3, 3), D(2025, 3, 3))
    assert date_of("October 7, 2023 Was the deadliest day for Israel, officials said.").estimate is None


def test_time_since_the_war_broke_out():
    """ "The war broke out more than three weeks ago": 21 to 28 days after it began."""
    d = date_of("It was the first convoy into Gaza since the war broke out more than three weeks ago.")
    assert (d.earliest, d.latest) == (D(2023, 10, 28), D(2023, 11, 4))


def test_elapsed_time_told_as_an_ordinal():
    """ "Day 100 of the war", "the war entered its third week", "now in its ninth month": counted from the day the
    war began (day 1), in a document about that war only."""
    for text, first, last in (
        ("On day 100 of the war in Gaza, the strikes went on.", D(2024, 1, 14), D(2024, 1, 15)),
        ("Gaza marked the 100th day of the war with more strikes.", D(2024, 1, 14), D(2024, 1, 15)),
        ("The war in Gaza entered its third week as aid trucks waited at Rafah.", D(2023, 10, 21), D(2023, 10, 28)),
        ("The war in Gaza, now in its ninth month, has flattened Rafah.", D(2024, 6, 7), D(2024, 7, 7)),
    ):
        d = date_of(text)
        assert (d.earliest, d.latest) == (first, last), text
    d = date_of("Sudan's war entered its third year with no talks in sight.")  # counted from its own war's start
    assert (d.earliest, d.latest) == (D(2025, 4, 14), D(2026, 4, 15))
    for story in (  # a story of that time, not of the writing
        "In the third week of the war in Gaza, Israel massed troops on the border.",
        "By the time the war in Gaza entered its second month, a million people had fled.",
        "The first day of the war in Gaza was the deadliest.",
    ):
        assert date_of(story).source == "none", story
    assert date_of("The war entered its third week.").source == "none"  # which war? no place says


def test_time_elapsed_since_a_day_the_text_names():
    """ "100 days since October 7" (the day of a known event of the document's war), "On 3 March 2024, two weeks
    ago", "in the 17 years since 2007": written that long after; a sentence in the pluperfect tells of an earlier
    time, and a year-less day that is no known event's dates nothing."""
    d = date_of("It has been 100 days since October 7, when Hamas attacked Israel and the war in Gaza began.")
    assert (d.earliest, d.latest, d.estimate) == (D(2024, 1, 15), D(2024, 1, 15), D(2024, 1, 15))
    d = date_of("The river burst its banks on 3 March 2024, two weeks ago, and villagers are still waiting for aid.")
    assert (d.earliest, d.latest) == (D(2024, 3, 10), D(2024, 3, 24))
    d = date_of("In the 17 years since 2007, Gaza has been under blockade.")
    assert (d.earliest, d.latest) == (D(2023, 1, 1), D(2025, 12, 30))
    d = date_of("Since October 7, 2023, nearly 500 days ago, the war in Gaza has raged.")
    assert (d.earliest, d.latest) == (D(2025, 1, 24), D(2025, 3, 15))  # 475 to 525 days
    assert date_of("In the two weeks since March 3, 2024, floods had killed 40 people.").latest is None
    assert date_of("In the first 100 days since October 7, Israel struck Gaza 30,000 times.").source == "none"
    assert date_of("It has been 100 days since June 2 for the miners' families.").source == "none"


def test_an_anniversary_dates_the_text_to_within_days():
    """Written "on the first anniversary" or "marking two years since" the attack that began the war: within days
    of that anniversary, never on the attack's day itself; "ahead of" an anniversary, or another war's, says
    nothing."""
    d = date_of("On the first anniversary, Israel believes 63 hostages are still alive in Gaza.")
    assert d.earliest <= D(2024, 10, 7) <= d.latest and (d.latest - d.earliest).days <= 7
    d = date_of("Israelis gathered on Monday, marking two years since the Hamas attack that started the war in Gaza.")
    assert d.earliest <= D(2025, 10, 7) <= d.latest and (d.latest - d.earliest).days <= 7
    assert date_of("Ahead of the first anniversary of the war in Gaza, families of hostages rallied.").earliest is None
    # an anniversary with no count of years: the one the rest of the evidence allows, when it names the attack's day
    d = date_of(
        "After nearly two years of war in Gaza, crowds in Tel Aviv marked the anniversary of the October 7 attack."
    )
    assert (d.earliest, d.latest) == (D(2025, 10, 6), D(2025, 10, 10))
    assert date_of("Crowds in Gaza marked the anniversary of the October 7 attack.").earliest is None
    d = date_of("After nearly two years of war in Gaza, crowds marked the anniversary of the Nakba on Thursday.")
    assert (d.earliest, d.latest) == (D(2025, 4, 7), D(2026, 4, 7))
    d = date_of("Sudan's war marked one year since it began, with millions displaced.")  # no anniversary of its own:
    assert d.estimate is None and d.earliest <= D(2024, 4, 15) <= d.latest  # its length alone, a year either side


def test_a_war_clue_dates_only_documents_about_its_war():
    """'18 months of war' dates a document from October 7, 2023 only when it is said of that war: its sentence,
    else its paragraph, else the document is about Gaza, Israel or the West Bank; said of Sudan, it counts from
    April 15, 2023; of Ukraine only "full-scale" clues count (from February 24, 2022), and a clue that would put
    the writing after today is another war's ("two decades of war in Darfur")."""
    d = date_of("After 18 months of war in Sudan, 12 million people have fled their homes.")
    assert (d.earliest, d.latest) == (D(2024, 9, 13), D(2024, 11, 13))
    assert "the war in Sudan began (2023-04-15)" in d.evidence[0].reason
    d = date_of("Nearly three years into Russia's full-scale invasion, Ukraine still holds Kharkiv.")
    assert (d.earliest, d.latest) == (D(2024, 8, 25), D(2025, 8, 25))
    assert date_of("After a decade of war in eastern Ukraine, Donetsk lies in ruins.").source == "none"
    assert date_of("After two decades of war in Darfur, Sudan remains torn.").source == "none"
    assert (
        date_of("After nearly two years of relentless conflict, neither side shows any sign of yielding.").source
        == "none"
    )  # which war? no place says
    sudan = "Famine has spread across Darfur.\n\nAfter 18 months of war, the army holds Khartoum, Sudan's capital."
    assert "Sudan" in date_of(sudan).evidence[0].reason
    gaza = "Gaza's health ministry gave a new toll.\n\nAfter 18 months of war, the strip lies in ruins."
    assert date_of(gaza).earliest is not None


def test_full_dates_in_the_past_tense_bound_the_date():
    d = date_of("The ceasefire took effect on January 19, 2025, after 15 months of war.")
    assert d.earliest == D(2025, 1, 19)
    assert date_of("Talks are scheduled for January 19, 2025 in Cairo.").source == "none"  # not past tense


def test_a_yearless_date_is_fixed_by_other_evidence():
    text = (
        "After nearly two years of war, Gaza faces a death toll exceeding 60,000 Palestinians. An Israeli airstrike "
        "on September 9th targeted Hamas officials in Qatar."
    )
    d = date_of(text)
    assert (d.earliest, d.latest, d.estimate) == (D(2025, 9, 9), D(2026, 4, 7), None)  # seven months: no estimate
    assert [e.quote for e in d.evidence] == [
        "nearly two years",
        "death toll exceeding 60,000 Palestinians",
        "September 9th",
    ]


def test_the_day_of_a_known_event_is_that_event():
    """ "Oct. 7" in a document about the war is the day of the attack (not 2024-10-07, the last Oct. 7 before the
    document's date); as a known date it is no claim (the annotation guide), but it still dates the text."""
    doc = from_text("Hostages abducted by Hamas during the Oct. 7 attacks remain in Gaza.", published=D(2025, 9, 16))
    assert [c.metric for c in extract(doc, RULES)] == []
    assert resolve_year("--10-07", D(2025, 9, 16), D(2025, 9, 16), (D(2023, 10, 7),)) == D(2023, 10, 7)


def test_a_yearless_date_needs_both_bounds():
    """Written on or after some day, a text's "Aug. 31" may be of any later year: no year is given to it (the
    earliest it can be is a lower bound, and only that)."""
    assert resolve_year("--08-31", D(2023, 10, 1), None) is None
    assert resolve_year("--08-31", D(2023, 10, 1), None, earliest=True) == D(2023, 8, 31)
    assert resolve_year("--08-31", D(2025, 9, 1), D(2025, 9, 3)) == D(2025, 8, 31)


def test_undated_when_nothing_bounds_it():
    assert date_of("Mediators said talks would resume next week in Doha.").source == "none"


def test_the_seeds_dates():
    dates = {d.id[:3]: (d.date.source, d.date.earliest, d.date.latest) for d in run([]).documents}
    assert dates == {
        "000": ("inferred", D(2025, 9, 9), D(2026, 4, 7)),
        "001": ("inferred", D(2024, 8, 13), None),
        "002": ("none", None, None),
        "003": ("inferred", D(2023, 6, 15), D(2025, 6, 14)),
        "004": ("inferred", D(2023, 12, 20), None),
    }


# --- as-of dates of claims --------------------------------------------------------------------------


def test_as_of_dates_and_windows():
    doc = from_text(
        "As of Sunday, the death toll in Gaza stood at 34,183, the ministry said. The ministry said 40 "
        "people were killed in Gaza over the past 24 hours, bringing the death toll to 34,223. More than "
        "5,000 Palestinians have been killed in Gaza since March 2024. At least 37,000 Palestinians have "
        "been killed in Gaza since October 2023.",
        published=D(2024, 4, 24),
    )
    got = [(c.metric, c.value.low, c.frame.window, c.as_of) for c in extract(doc, RULES)]
    assert got == [
        ("killed.gaza", 34183, None, D(2024, 4, 21)),  # the Sunday before Wednesday 24 April
        ("killed.gaza.24h", 40, "24h", D(2024, 4, 24)),
        ("killed.gaza", 34223, None, D(2024, 4, 24)),
        ("killed.gaza.since", 5000, "since", D(2024, 4, 24)),
        ("killed.gaza", 37000, None, D(2024, 4, 24)),
    ]


# --- findings ---------------------------------------------------------------------------------------


def _findings(*docs):
    claims = [c for text, day in docs for c in extract(from_text(text, f"d{day}", day), RULES)]
    return compare(
        claims,
        {**METRICS, **metrics_for(claims, LEXICON, tuple(METRICS.values()))},
        SERIES,
        frozenset(e.name for e in LEXICON.events if e.date),
    )


def test_reference_contradiction_and_agreement():
    (f,) = _findings(
        ("Officials say more than 40,000 people have been killed in Gaza since the war began.", D(2024, 2, 15))
    )
    assert (f.code, f.severity) == ("T401", "error")
    assert f.reference is not None and (f.reference.day, f.reference.value) == (D(2024, 2, 15), 28_663)
    assert "Gaza Ministry of Health" in f.reference.source
    assert (
        _findings(
            ("Officials say more than 28,000 people have been killed in Gaza since the war began.", D(2024, 2, 15))
        )
        == []
    )


def test_stale_figure():
    (f,) = _findings(
        (
            "The war has killed more than 20,000 people in Gaza since it began, officials say; the death "
            "toll stood at 20,000.",
            D(2024, 8, 20),
        )
    )
    assert (f.code, f.severity) == ("T402", "warning") and f.reference is not None


def test_inferred_dates_do_not_accuse():
    claims = []
    for text in ["Gaza’s death toll surpassed 40,000 as talks resumed."]:
        doc = from_text(text)
        found, times = extract_with_times(doc, RULES)
        claims += found
    assert [f.code for f in compare(claims, METRICS, SERIES) if f.code.startswith("T")] == []


def test_drift_gives_a_rate_per_day():
    findings = _findings(
        ("The death toll in Gaza has risen to 30,228, the ministry said.", D(2024, 3, 1)),
        ("Gaza’s death toll surpassed 40,000 on Thursday, the ministry said.", D(2024, 8, 15)),
    )
    (d,) = [f for f in findings if f.code == "D201"]
    assert round(d.rate or 0) == 59  # (40,000 - 30,228) / 167 days


def test_a_revision_names_the_older_source():
    findings = _findings(
        ("Hamas-led militants attacked Israel on Oct. 7, killing around 1,400 people.", D(2023, 10, 20)),
        ("The Oct. 7 attack on Israel killed about 1,200 people, according to Israeli tallies.", D(2024, 1, 10)),
    )
    (f,) = [f for f in findings if f.metric == "killed.israel.oct7"]
    assert f.code == "C101" and f.dates == (("d2023-10-20", D(2023, 10, 20)), ("d2024-01-10", D(2024, 1, 10)))


def test_dates_of_a_kind_of_event_are_not_compared():
    """Two airstrikes in Qatar a day apart may be two strikes: the dates of a kind of event ("strike") are
    claims, but no finding sets them against each other (an accusation needs one named event)."""
    text = (
        "An Israeli airstrike in Qatar on September 9th killed the son of a key Hamas figure. The Israeli airstrike "
        "on September 10th, which targeted Hamas officials in Qatar, damaged the talks."
    )
    claims = extract(from_text(text), RULES)
    assert [(c.metric, c.frame.event, c.value.low) for c in claims if c.metric == "event.date"] == [
        ("event.date", "strike", "--09-09"),
        ("event.date", "strike", "--09-10"),
    ]
    assert _findings((text, None)) == []


def test_cli_dates_and_json(tmp_path):
    write(tmp_path, "a.txt", "Gaza’s death toll surpassed 40,000, officials said.\n")
    r = CliRunner().invoke(app, ["dates", str(tmp_path)])
    assert r.exit_code == 0
    assert "a.txt: 2024-08-13 to … (inferred; estimate -)" in r.stdout
    assert "first reached 40,000 on 2024-08-15" in r.stdout
    data = json.loads(CliRunner().invoke(app, ["check", str(tmp_path), "--no-reports", "-f", "json"]).stdout)
    assert data["documents"][0]["date"] == {
        "earliest": "2024-08-13",
        "latest": None,
        "estimate": None,
        "source": "inferred",
        "evidence": [
            {
                "quote": "death toll surpassed 40,000",
                "reason": "Gaza Ministry of Health (Tech For Palestine) first reached 40,000 on 2024-08-15 "
                "(news can give a count a day or two before the series records it)",
            }
        ],
    }
    claim = data["claims"][0]
    assert (claim["as_of"], claim["as_of_earliest"], claim["as_of_latest"]) == (None, "2024-08-13", None)


def test_user_reference_file(tmp_path):
    write(
        tmp_path,
        "ref.csv",
        "metric,date,value,source\nhostages.released,2023-11-30,105,Israeli PMO\n"
        "killed.gaza,2024-01-01,99999,Made-up series\n",
    )
    write(
        tmp_path, "docs/a.md", "---\ndate: 2024-02-15\n---\nThe death toll in Gaza stood at 40,000, officials said.\n"
    )
    result = run([tmp_path / "docs"], references=[tmp_path / "ref.csv"])
    assert [f.code for f in result.findings] == ["T402"]  # the user's series replaced the default for killed.gaza
    with pytest.raises(Exception, match="missing column"):
        write(tmp_path, "bad.csv", "when,value\n2024-01-01,3\n")
        run([tmp_path / "docs"], references=[tmp_path / "bad.csv"])


def test_a_level_that_moves_between_times_is_drift():
    findings = _findings(
        ("Hostages remain in Gaza: 136 hostages are still held, officials said.", D(2024, 1, 10)),
        ("Hostages remain in Gaza: 101 hostages are still held, officials said.", D(2024, 9, 1)),
        ("Hostages remain in Gaza: about 100 hostages are still held, officials said.", D(2024, 9, 8)),
    )
    (f,) = findings
    assert (f.code, f.metric) == ("D201", "hostages.held")
    assert f.moves == ("fell",) and f.subject[0].startswith("d2024-01-10:")


def test_as_of_a_weekday_counts_from_a_dateline():
    """ "As of Sunday" in a text whose dateline dates it (an inferred interval of a day) is the Sunday before; in a
    text whose interval spans more than one such Sunday it stays unresolved."""
    from checker.dating import with_date
    from checker.records import DocDate

    text = "GAZA CITY, April 24, 2024 (AP) — As of Sunday, the death toll in Gaza stood at 34,183, the ministry said."
    claims, times = extract_with_times(from_text(text), RULES)
    date = infer(times, claims, SERIES, CUMULATIVE, EVENTS)
    assert [(c.metric, c.as_of) for c in with_date(claims, date, EVENTS)] == [("killed.gaza", D(2024, 4, 21))]
    wide = DocDate(earliest=D(2024, 4, 18), latest=D(2024, 4, 24), source="inferred")  # Sundays 14 and 21 April
    assert [c.as_of for c in with_date(claims, wide, EVENTS)] == [None]


def test_relative_dates_count_from_a_given_date():
    from checker.discovery import builtin_rules
    from checker.extraction import extract
    from checker.loading import from_text

    rules = builtin_rules()
    text = "Israel's airstrike on Doha on Tuesday killed six people, officials in Qatar said on Thursday."
    dated = extract(from_text(text, published=dt.date(2025, 9, 11)), rules)  # a Thursday
    assert [(c.metric, c.as_of) for c in dated] == [("killed.qatar.doha.incident", dt.date(2025, 9, 11))]
    assert [q.low for q in parse(text, dt.date(2025, 9, 11)) if q.kind == "date"] == ["2025-09-09", "2025-09-11"]
    assert extract(from_text(text), rules)[0].as_of is None  # no given date: "Tuesday" is no date at all


@pytest.mark.parametrize(
    "text",
    [
        # an elapsed time told with "ago" (dev: b09, b16)
        "Over 25,000 Palestinians have been killed in Gaza since the war began nearly four months ago.",
        "The deadliest war in the Gaza Strip, which broke out exactly four months ago, has taken a heavy toll.",
        # a stretch of the past told from now (dev: b03, b04, b18)
        "Over the past 120 days of the war in Gaza, a humanitarian crisis has unfolded.",
        # a deadline told from now (dev: a09, a12)
        "The army ordered 1.1 million people in northern Gaza to move south within the next 24 hours.",
    ],
)
def test_a_duration_told_from_now_is_the_same_claim_whether_the_day_is_known(text):
    """A day known for the document turns "four months ago" into a date for its dating; the duration claim stays
    the one made without it (a claim lost with a date given was a claim the manifest's users never saw)."""
    undated = [(c.metric, c.value.low, c.value.high) for c in extract(from_text(text), RULES)]
    dated = [(c.metric, c.value.low, c.value.high) for c in extract(from_text(text, "t", D(2024, 2, 7)), RULES)]
    assert any(m.startswith("duration.") for m, _, _ in undated)
    assert dated == undated


def test_an_event_of_years_ago_is_no_duration():
    """ "the famine of twenty years ago" says when another crisis was, not how long this war has lasted."""
    text = "Unlike the Darfur famine of twenty years ago, this war's hunger spans the whole of Sudan."
    for day in (None, D(2024, 10, 1)):
        assert not [c for c in extract(from_text(text, "t", day), RULES) if c.metric.startswith("duration.")]


def test_a_wars_length_its_frames_read_dates_the_text():
    """Said in words no date clue's pattern has ("a ground offensive almost a week after Hamas's surprise assault",
    "the war for the past two years"), the war's length as the engine reads it dates a text about that war; a
    stretch counted from the start ("in the first 100 days of the war") is a part of it and dates nothing."""
    d = date_of("In Gaza, Israel prepared a ground offensive almost a week after Hamas's surprise assault on Israel.")
    assert d.earliest is not None and D(2023, 10, 11) <= d.earliest <= D(2023, 10, 14) and d.latest is not None
    assert d.latest - d.earliest <= dt.timedelta(days=7)
    d = date_of("Families in Gaza and Israel have lived with the war for the past two years.")
    assert d.earliest is not None and d.latest is not None  # two years, said to the year: a year either side
    assert d.earliest <= D(2025, 10, 7) <= d.latest and D(2024, 10, 1) <= d.earliest
    assert (
        date_of("In the first 100 days of the war, more than 24,000 Palestinians were killed in Gaza.").latest is None
    )
