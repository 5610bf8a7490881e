"""The quantity tagger on news phrases: each case names the quantity it must find and its value."""

from __future__ import annotations

import datetime as dt

import pytest

from checker import parse

N, R, P, D, DT, DR = "number", "range", "percent", "duration", "date", "daterange"
E, A, AL, MT, AM, LT, RG, V = "exact", "approx", "at_least", "more_than", "at_most", "less_than", "range", "vague"

# (sentence, quantity text, kind, low, high, qualifier, unit)
CASES = [
    # digits, separators, decimals
    ("Gaza’s death toll rose to 34,183 on Tuesday.", "34,183", N, 34183, 34183, E, None),
    ("The ministry counted 1,200 bodies.", "1,200", N, 1200, 1200, E, None),
    ("It recorded 40000 deaths by August.", "40000", N, 40000, 40000, E, None),
    ("A toll of 1,139 was later confirmed.", "1,139", N, 1139, 1139, E, None),
    ("Inflation reached 3.5 in the index.", "3.5", N, 3.5, 3.5, E, None),
    ("The strike killed 7 people.", "7", N, 7, 7, E, None),
    ("Officials said 105 were freed.", "105", N, 105, 105, E, None),
    ("UNRWA says 1,000,000 people fled Rafah.", "1,000,000", N, 1000000, 1000000, E, None),
    ("About 0.5 of the strip was ordered evacuated.", "About 0.5", N, 0.5, 0.5, A, None),
    ("The count stood at 62,004, the ministry said.", "62,004", N, 62004, 62004, E, None),
    # scale words and abbreviations
    ("Gaza has a population of 2.3 million.", "2.3 million", N, 2300000, 2300000, E, None),
    ("Some 1.9m people have been displaced.", "Some 1.9m", N, 1900000, 1900000, A, None),
    ("The toll passed 40k this week.", "passed 40k", N, 40000, None, MT, None),
    ("Aid worth $1.2 billion was pledged.", "1.2 billion", N, 1200000000, 1200000000, E, None),
    ("Nearly 2 million people live in the enclave.", "Nearly 2 million", N, 2000000, 2000000, A, None),
    ("About 2.2 million Palestinians live there.", "About 2.2 million", N, 2200000, 2200000, A, None),
    (
        "An estimated 1.7 million were sheltering in UN schools.",
        "An estimated 1.7 million",
        N,
        1700000,
        1700000,
        A,
        None,
    ),
    ("Losses topped $18.5bn, the World Bank said.", "18.5bn", N, None, None, None, None),
    ("There were 40 thousand mourners.", "40 thousand", N, 40000, 40000, E, None),
    ("Tents for 1.5 million people were requested.", "1.5 million", N, 1500000, 1500000, E, None),
    # number words
    ("Two hostages were rescued in Rafah.", "Two", N, 2, 2, E, None),
    ("Twenty-five trucks crossed at Kerem Shalom.", "Twenty-five", N, 25, 25, E, None),
    ("Two hundred and fifty people were abducted.", "Two hundred and fifty", N, 250, 250, E, None),
    ("A dozen journalists were detained.", "A dozen", N, 12, 12, E, None),
    ("Two dozen rockets were fired.", "Two dozen", N, 24, 24, E, None),
    ("A hundred families were evacuated.", "A hundred", N, 100, 100, E, None),
    ("Three thousand five hundred tents arrived.", "Three thousand five hundred", N, 3500, 3500, E, None),
    ("Eleven medics were among the dead.", "Eleven", N, 11, 11, E, None),
    ("Ninety-nine percent of them were civilians.", "Ninety-nine percent", P, 99, 99, E, "%"),
    ("A million people fled south.", "A million", N, 1000000, 1000000, E, None),
    ("The raid killed four other people.", "four", N, 4, 4, E, None),
    ("One hostage was found alive.", "One", N, 1, 1, E, None),
    ("Forty-eight hostages remain in Gaza.", "Forty-eight", N, 48, 48, E, None),
    ("Seventeen of them were children.", "Seventeen", N, 17, 17, E, None),
    ("Sixty thousand homes were destroyed.", "Sixty thousand", N, 60000, 60000, E, None),
    ("Count them: one two three.", "one", N, 1, 1, E, None),
    ("Count them: one two three.", "three", N, 3, 3, E, None),
    # vague quantities
    ("Dozens of Palestinians were killed overnight.", "Dozens", N, 24, 99, V, None),
    ("Hundreds of trucks are waiting at Rafah.", "Hundreds", N, 200, 999, V, None),
    ("Thousands more were injured.", "Thousands", N, 2000, 9999, V, None),
    ("The war has claimed tens of thousands of lives.", "tens of thousands", N, 20000, 99999, V, None),
    ("Hundreds of thousands fled northern Gaza.", "Hundreds of thousands", N, 200000, 999999, V, None),
    ("Millions watched the exchange.", "Millions", N, 2000000, 9999999, V, None),
    ("Scores of people were wounded.", "Scores", N, 40, 199, V, None),
    ("Several thousand people marched in Tel Aviv.", "Several thousand", N, 3000, 9000, V, None),
    ("A few hundred fighters remain, the army said.", "A few hundred", N, 200, 500, V, None),
    ("Several dozen homes were hit.", "Several dozen", N, 36, 108, V, None),
    ("the displacement of thousands.", "thousands", N, 2000, 9999, V, None),
    ("with dozens still held by Hamas.", "dozens", N, 24, 99, V, None),
    ("Tens of millions of dollars in aid were frozen.", "Tens of millions", N, 20000000, 99999999, V, None),
    # hedges before
    ("Over 1,200 Israelis were killed.", "Over 1,200", N, 1200, None, MT, None),
    ("More than 40,000 people have been killed.", "More than 40,000", N, 40000, None, MT, None),
    ("At least 25 people were killed in the strike.", "At least 25", N, 25, None, AL, None),
    ("As many as 50 Israelis are still held.", "As many as 50", N, None, 50, AM, None),
    ("Up to 600 trucks a day could enter.", "Up to 600", N, None, 600, AM, None),
    ("Fewer than 100 trucks entered on Sunday.", "Fewer than 100", N, None, 100, LT, None),
    ("Under 20 hostages are believed alive.", "Under 20", N, None, 20, LT, None),
    ("Approximately 1,200 lives were lost.", "Approximately 1,200", N, 1200, 1200, A, None),
    ("Around 250 hostages were taken.", "Around 250", N, 250, 250, A, None),
    ("Roughly 90 detainees were freed.", "Roughly 90", N, 90, 90, A, None),
    ("Some 200 aid trucks entered.", "Some 200", N, 200, 200, A, None),
    ("Nearly 2,000 people were killed.", "Nearly 2,000", N, 2000, 2000, A, None),
    ("Almost 70 percent of buildings are damaged.", "Almost 70 percent", P, 70, 70, A, "%"),
    ("a death toll exceeding 60,000 Palestinians", "exceeding 60,000", N, 60000, None, MT, None),
    ("Gaza’s death toll surpassed 40,000.", "surpassed 40,000", N, 40000, None, MT, None),
    ("Upwards of 300 people were hurt.", "Upwards of 300", N, 300, None, MT, None),
    ("Close to 500 people gathered.", "Close to 500", N, 500, 500, A, None),
    ("No fewer than 30 people died.", "No fewer than 30", N, 30, None, AL, None),
    ("In excess of 1,000 trucks are needed.", "In excess of 1,000", N, 1000, None, MT, None),
    ("No more than 20 are alive.", "No more than 20", N, None, 20, AM, None),
    ("More than a dozen journalists were killed.", "More than a dozen", N, 12, None, MT, None),
    ("The toll has topped 1,000.", "topped 1,000", N, 1000, None, MT, None),
    ("Just over 100 hostages were released.", "Just over 100", N, 100, None, MT, None),
    ("Well over 10,000 children have been killed.", "Well over 10,000", N, 10000, None, MT, None),
    ("Less than 10 percent of aid got through.", "Less than 10 percent", P, None, 10, LT, "%"),
    ("An estimated 2,000 Hamas militants remain.", "An estimated 2,000", N, 2000, 2000, A, None),
    ("Israeli tallies put the number at about 1,200.", "about 1,200", N, 1200, 1200, A, None),
    ("Fewer than a hundred fighters were captured.", "Fewer than a hundred", N, None, 100, LT, None),
    ("Almost a million people fled Rafah.", "Almost a million", N, 1000000, 1000000, A, None),
    ("Over 90% of Gaza residents are displaced.", "Over 90%", P, 90, None, MT, "%"),
    ("About two-thirds of the buildings were hit.", "About two-thirds", P, 200 / 3, 200 / 3, A, "%"),
    # hedges after
    ("1,200 or more people were killed.", "1,200 or more", N, 1200, None, AL, None),
    ("The toll is now 40,000-plus.", "40,000-plus", N, 40000, None, AL, None),
    ("Some 500 or so families returned.", "Some 500", N, 500, 500, A, None),
    ("50 or fewer hostages are alive.", "50 or fewer", N, None, 50, AM, None),
    ("The death toll, 35,000 and counting, rose again.", "35,000 and counting", N, 35000, None, AL, None),
    ("A 100+ truck convoy entered.", "100+", N, 100, None, AL, None),
    # ranges
    ("Between 10 and 20 bodies were recovered.", "Between 10 and 20", R, 10, 20, RG, None),
    ("Officials estimate 10-20 fighters were inside.", "10-20", R, 10, 20, RG, None),
    ("Some 300 to 400 trucks a day are needed.", "300 to 400", R, 300, 400, RG, None),
    ("Two to three hostages may be freed each day.", "Two to three", R, 2, 3, RG, None),
    ("An estimated 2 to 3 million people rely on aid.", "2 to 3 million", R, 2000000, 3000000, RG, None),
    ("The agency counted 1,500–2,000 new arrivals.", "1,500–2,000", R, 1500, 2000, RG, None),
    ("between 30,000 and 40,000 people died", "between 30,000 and 40,000", R, 30000, 40000, RG, None),
    ("Between five and ten trucks entered.", "Between five and ten", R, 5, 10, RG, None),
    ("Strikes killed 20 to 30 people overnight.", "20 to 30", R, 20, 30, RG, None),
    ("It would take 1.5 to 2 million tents.", "1.5 to 2 million", R, 1500000, 2000000, RG, None),
    # percentages and shares
    ("The UN reports that 90% of Gaza’s 2.3 million residents have been displaced.", "90%", P, 90, 90, E, "%"),
    ("Some 70 percent of housing has been destroyed.", "Some 70 percent", P, 70, 70, A, "%"),
    ("About 90 per cent of the population is displaced.", "About 90 per cent", P, 90, 90, A, "%"),
    ("Aid deliveries fell 50% in March.", "50%", P, 50, 50, E, "%"),
    ("Between 60 and 70 percent of structures are damaged.", "Between 60 and 70 percent", P, 60, 70, RG, "%"),
    ("Analysts estimate 10-20% of fighters were killed.", "10-20%", P, 10, 20, RG, "%"),
    ("The strikes displaced most of its 2.3 million residents.", "most", P, 50, 100, RG, "%"),
    ("Half of the 2.2 million people face famine.", "Half", P, 50, 50, E, "%"),
    ("Two-thirds of the hostages have been released.", "Two-thirds", P, 200 / 3, 200 / 3, A, "%"),
    ("A quarter of the dead were women.", "A quarter", P, 25, 25, E, "%"),
    ("Nearly all of Gaza’s residents rely on aid.", "Nearly all", P, 90, 100, RG, "%"),
    ("The majority of the victims were civilians.", "The majority", P, 50, 100, RG, "%"),
    ("The vast majority of buildings in Rafah are damaged.", "The vast majority", P, 75, 100, RG, "%"),
    ("Three-quarters of the population has been displaced.", "Three-quarters", P, 75, 75, E, "%"),
    ("A third of the aid was looted, officials said.", "A third", P, 100 / 3, 100 / 3, A, "%"),
    ("Unemployment hit 80 pct in the strip.", "80 pct", P, 80, 80, E, "%"),
    ("Ninety percent of the population has fled.", "Ninety percent", P, 90, 90, E, "%"),
    ("Almost all of the 2.1 million residents are hungry.", "Almost all", P, 90, 100, RG, "%"),
    # durations
    ("The 60-day truce proposal is under review.", "60-day", D, 60, 60, E, "day"),
    ("The truce could last 135 days.", "135 days", D, 135, 135, E, "day"),
    ("Hamas wants an end to the 17-year siege.", "17-year", D, 17, 17, E, "year"),
    ("Over the past 48 hours, talks intensified.", "48 hours", D, 48, 48, E, "hour"),
    ("After nearly two years of conflict, the talks resumed.", "nearly two years", D, 2, 2, A, "year"),
    ("The pause was extended by two days.", "two days", D, 2, 2, E, "day"),
    ("The seven-day truce collapsed on Dec. 1.", "seven-day", D, 7, 7, E, "day"),
    ("A six-week ceasefire began in January.", "six-week", D, 6, 6, E, "week"),
    ("The siege has lasted more than 100 days.", "more than 100 days", D, 100, None, MT, "day"),
    ("Fighting raged for 15 months.", "15 months", D, 15, 15, E, "month"),
    ("The blockade has lasted a decade and more.", "a decade and more", D, 1, None, "at_least", "decade"),
    ("A 24-hour pause was announced.", "24-hour", D, 24, 24, E, "hour"),
    ("Talks could take between two and three weeks.", "between two and three weeks", D, 2, 3, RG, "week"),
    ("He spent 471 days in captivity.", "471 days", D, 471, 471, E, "day"),
    (
        "The war is now in its second year after two and a half years of blockade talks.",
        "two and a half years",
        D,
        2.5,
        2.5,
        E,
        "year",
    ),
    ("Up to 42 days of calm were agreed.", "Up to 42 days", D, None, 42, AM, "day"),
    ("Hostages have been held for almost 500 days.", "almost 500 days", D, 500, 500, A, "day"),
    ("A four-day pause let aid in.", "four-day", D, 4, 4, E, "day"),
    # dates
    ("An airstrike on September 9th targeted Hamas officials.", "September 9th", DT, "--09-09", "--09-09", E, None),
    ("Hostages abducted during the Oct. 7 attacks.", "Oct. 7", DT, "--10-07", "--10-07", E, None),
    ("The attack on Israel in October 2023 began the war.", "October 2023", DR, "2023-10-01", "2023-10-31", E, None),
    ("The war began on 7 October 2023.", "7 October 2023", DT, "2023-10-07", "2023-10-07", E, None),
    ("The file was dated 2023-10-07.", "2023-10-07", DT, "2023-10-07", "2023-10-07", E, None),
    ("The truce began on November 24, 2023.", "November 24, 2023", DT, "2023-11-24", "2023-11-24", E, None),
    ("On Jan. 19, 2025, the ceasefire took effect.", "Jan. 19, 2025", DT, "2025-01-19", "2025-01-19", E, None),
    ("Talks resumed on the 15th of January.", "15th of January", DT, "--01-15", "--01-15", E, None),
    ("A previous ceasefire agreement in November saw exchanges.", "November", DR, "--11-01", "--11-30", E, None),
    ("The hostilities that have ravaged the region since October.", "October", DR, "--10-01", "--10-31", E, None),
    ("Clashes in 2014 and 2021 ended in truces.", "2014", DR, "2014-01-01", "2014-12-31", E, None),
    ("Clashes in 2014 and 2021 ended in truces.", "2021", DR, "2021-01-01", "2021-12-31", E, None),
    ("Hamas hoped their 2023 attacks would force attention.", "2023", DR, "2023-01-01", "2023-12-31", E, None),
    ("By March 2024 the toll had passed 30,000.", "March 2024", DR, "2024-03-01", "2024-03-31", E, None),
    ("By March 2024 the toll had passed 30,000.", "passed 30,000", N, 30000, None, MT, None),
    ("The truce held from Jan 19 until March 18.", "from Jan 19 until March 18", DR, "--01-19", "--03-18", E, None),
    ("Fighting resumed on March 18.", "March 18", DT, "--03-18", "--03-18", E, None),
    ("The summit is set for Sept. 22.", "Sept. 22", DT, "--09-22", "--09-22", E, None),
    ("In February 2024, the toll passed 28,000.", "February 2024", DR, "2024-02-01", "2024-02-29", E, None),
    ("ON OCTOBER 7 2023, MILITANTS CROSSED THE FENCE.", "OCTOBER 7 2023", DT, "2023-10-07", "2023-10-07", E, None),
    ("In mid-2024 Rafah was invaded.", "mid-2024", DR, "2024-05-01", "2024-08-31", E, None),
]

# Sentences in which no count, share or duration may be found (page furniture, URLs, list numbers, codes).
NOTHING = [
    "![[Polistratics]](https://static.wixstatic.com/media/47831f_29b78e833429491cad45e9f53bb7e4f7~mv2.png/v1/fill/"
    "w_980,h_549,al_c,q_90,usm_0.66_1.00_0.01,enc_avif,quality_auto/47831f_29b78e833429491cad45e9f53bb7e4f7~mv2.png)",
    "See https://www.un.org/en/2024/report-90-percent.html for details.",
    "1. Israeli Military Objectives vs. Ceasefire Terms",
    "2) Hamas’s Calculations and Demands",
    "F-16 jets and Apache helicopters struck at 10:30 local time.",
    "The COVID-19 pandemic and the G-7 summit.",
    "Write to desk@news-7.example.com for corrections.",
    "Someone said none of the tenants, and no one else, had heard anyone leave.",
]


def _find(text: str, quote: str):
    found = [q for q in parse(text) if q.text == quote]
    assert found, f"{quote!r} not found in {text!r}; got {[q.text for q in parse(text)]}"
    return found[0]


@pytest.mark.parametrize("text,quote,kind,low,high,qualifier,unit", CASES)
def test_phrase(text, quote, kind, low, high, qualifier, unit):
    q = _find(text, quote)
    if qualifier is None:  # currency is out of scope: only the span is checked
        return
    assert (q.kind, q.qualifier, q.unit) == (kind, qualifier, unit)
    assert q.low == pytest.approx(low) if isinstance(low, float) else q.low == low
    assert q.high == pytest.approx(high) if isinstance(high, float) else q.high == high


@pytest.mark.parametrize("text", NOTHING)
def test_nothing(text):
    assert [q.text for q in parse(text) if q.kind != "daterange"] == []


def test_at_least_150_cases():
    assert len(CASES) >= 150


def test_spans_are_exact_and_exclusive():
    text = "Over 1,200 Israelis were killed and around 250 taken, as 90% of Gaza’s 2.3 million fled."
    for q in parse(text):
        assert text[q.start : q.end] == q.text


def test_share_links_its_base():
    q = _find("The UN reports that 90% of Gaza’s 2.3 million residents have been displaced.", "90%")
    assert q.base is not None and q.base.text == "2.3 million" and q.base.low == 2_300_000
    q = _find("Strikes displaced most of its 2.3 million residents.", "most")
    assert q.base is not None and q.base.low == 2_300_000
    q = _find("Some 70 percent of housing has been destroyed.", "Some 70 percent")
    assert q.base is None


def test_year_filled_from_reference_date():
    q = _find("An airstrike on September 9th targeted Hamas officials.", "September 9th")
    assert q.low == "--09-09"
    ref = dt.date(2025, 9, 16)
    dated = [q for q in parse("An airstrike on September 9th targeted Hamas officials.", ref) if q.kind == "date"]
    assert dated[0].low == "2025-09-09"
    january = [q for q in parse("The war began on October 7.", dt.date(2024, 1, 20)) if q.kind == "date"]
    assert january[0].low == "2023-10-07"  # a date months after the document's date is last year's


# Shares, fractions, ratios and other figures the news puts in words.
CASES_MORE = [
    ("One in five children in Gaza is acutely malnourished, UNICEF said.", "One in five", P, 20, 20, E, "%"),
    (
        "Two out of three homes in the north were destroyed, the survey found.",
        "Two out of three",
        P,
        200 / 3,
        200 / 3,
        E,
        "%",
    ),
    (
        "The army said roughly two thirds of the tunnels had been destroyed.",
        "roughly two thirds",
        P,
        200 / 3,
        200 / 3,
        A,
        "%",
    ),
    ("More than half of the 2.1 million residents rely on aid.", "More than half", P, 50, 100, MT, "%"),
    ("The fund holds 3½ million dollars.", "3½ million", N, 3_500_000, 3_500_000, E, None),
    (
        "Officials put the cost at two and a half billion dollars.",
        "two and a half billion",
        N,
        2_500_000_000,
        2_500_000_000,
        E,
        None,
    ),
    ("Some 1 234 567 votes were cast, the commission said.", "Some 1 234 567", N, 1_234_567, 1_234_567, A, None),
    (
        "The army counted between 20 and 30 launches; more than 100 and fewer than 300 rockets in all.",
        "more than 100 and fewer than 300",
        R,
        100,
        300,
        RG,
        None,
    ),
    ("Negotiators met for 1 year 1 month 21 days in all.", "1 year 1 month 21 days", D, 416, 416, E, "day"),
    ("A week-long truce began on Friday.", "week-long", D, 1, 1, E, "week"),
    ("Scores of people were wounded; he scores well in polls.", "Scores", None, None, None, None, None),
    ("The ministry reported 31 deaths at 2 pm and 12 more by 10:30.", "31", N, 31, 31, E, None),
]

# Dates and periods read against the day the text was written.
WRITTEN = dt.date(2024, 11, 7)  # a Thursday
DATED = [
    ("Israeli strikes killed 30 people yesterday, medics said.", "yesterday", DT, "2024-11-06", "2024-11-06"),
    ("The talks resumed on Monday in Cairo.", "Monday", DT, "2024-11-04", "2024-11-04"),
    ("Aid deliveries fell sharply last week.", "last week", DR, "2024-10-28", "2024-11-03"),
    ("Three days ago, the crossing reopened.", "Three days ago", DT, "2024-11-04", "2024-11-04"),
    ("Over the past two weeks, 600 trucks entered.", "the past two weeks", DR, "2024-10-24", "2024-11-06"),
    (
        "The UN expects the figure to rise in the third quarter of 2025.",
        "the third quarter of 2025",
        DR,
        "2025-07-01",
        "2025-09-30",
    ),
    ("Earlier this month, the ministry revised its count.", "Earlier this month", DR, "2024-11-01", "2024-11-06"),
    ("The truce held from Jan. 19 to March 18.", "from Jan. 19 to March 18", DR, "2024-01-19", "2024-03-18"),
    ("Fighting has continued since the 1970s in one form or another.", "the 1970s", DR, "1970-01-01", "1979-12-31"),
    ("The strike on 10/25 killed 12.", "10/25", DT, "2024-10-25", "2024-10-25"),
]


@pytest.mark.parametrize("text,quote,kind,low,high,qualifier,unit", CASES_MORE)
def test_words_and_shares(text, quote, kind, low, high, qualifier, unit):
    found = [q for q in parse(text) if q.text.startswith(quote)]
    assert found, f"{quote!r} not in {[q.text for q in parse(text)]}"
    if kind is None:  # "Scores of people": a figure; "he scores": not one
        assert [q.text for q in parse(text)] == ["Scores"]
        return
    q = found[0]
    assert (q.kind, q.qualifier, q.unit) == (kind, qualifier, unit)
    assert q.low == pytest.approx(low) and (q.high == high if high is None else q.high == pytest.approx(high))


@pytest.mark.parametrize("text,quote,kind,low,high", DATED)
def test_dates_against_the_writing_day(text, quote, kind, low, high):
    found = [q for q in parse(text, WRITTEN) if q.text == quote]
    assert found, f"{quote!r} not in {[q.text for q in parse(text, WRITTEN)]}"
    assert (found[0].kind, found[0].low, found[0].high) == (kind, low, high)


def test_relative_dates_need_the_writing_day():
    assert [q.text for q in parse("Aid deliveries fell sharply last week and yesterday.")] == []


def test_a_sentence_with_no_end_is_cut_so_work_per_figure_stays_bounded():
    """A page with no full stops (a table flattened to one line) is cut into pieces of at most LONGEST
    characters, at a clause mark or a space, so each figure's frame is read from a bounded stretch; figures
    are still read."""
    from checker.discovery import builtin_rules
    from checker.extraction import extract
    from checker.loading import from_text
    from checker.sentences import LONGEST, sentences

    text = ("word " * 900 + "the strike killed 12 people, ") * 6
    spans = sentences(text)
    assert len(spans) > 1 and all(e - s <= LONGEST for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
    assert [c.value.low for c in extract(from_text(text), builtin_rules())] == [12] * 6


def test_a_count_is_never_below_zero():
    """Found by the fuzz harness: "most of its -2.3 million residents" (a stray dash) gave a share of a negative
    whole, low above high, and a negative population. A count below zero is no count; the share stays a share."""
    from checker.discovery import builtin_rules
    from checker.extraction import extract
    from checker.loading import from_text

    text = "Israel's strikes caused destruction in Gaza, displacing most of its -2.3 million residents."
    claims = extract(from_text(text), builtin_rules())
    assert all(c.value.low is None or c.value.high is None or c.value.low <= c.value.high for c in claims)
    assert all(not isinstance(b, (int, float)) or b >= 0 for c in claims for b in (c.value.low, c.value.high))
