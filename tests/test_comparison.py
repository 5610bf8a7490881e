"""Comparison on realistic dated and undated sentences: contradictions, regressions, drift, invariants."""

from __future__ import annotations

import datetime as dt

from checker.comparison import compare
from checker.discovery import builtin_rules, metrics
from checker.extraction import extract
from checker.frames import metrics_for
from checker.lexicon import Lexicon
from checker.loading import from_text
from checker.reference import load as load_reference
from checker.writers.wording import message

RULES = builtin_rules()
LEXICON = Lexicon.of(r.vocabulary for r in RULES)
EVENTS = frozenset(e.name for e in LEXICON.events if e.date)
OCCASIONS = frozenset(e.name for e in LEXICON.events if e.tolls)


def _metrics(claims):
    """The declared metrics and those derived from the claims' frames, as a run has them."""
    declared = metrics(RULES)
    return {**declared, **metrics_for(claims, LEXICON, tuple(declared.values()))}


def _compare(claims):
    return compare(claims, _metrics(claims), events=EVENTS, occasions=OCCASIONS)


def _check(*docs: tuple[str, str, str | None]):
    claims = []
    for doc_id, text, date in docs:
        published = dt.date.fromisoformat(date) if date else None
        claims += extract(from_text(text, doc_id, published), RULES)
    return claims, _compare(claims)


def _docs(ids):
    """The documents of claim ids ("june:3" -> "june"), in order."""
    return [i.split(":")[0] for i in ids]


def _quotes(ids, claims):
    by_id = {c.id: c for c in claims}
    return [by_id[i].quote for i in ids]


def _codes(findings, metric=None):
    return sorted(f.code for f in findings if metric is None or f.metric == metric)


def test_fixed_figure_revision_is_a_contradiction():
    claims, findings = _check(
        (
            "wire-2023",
            "Hamas-led militants attacked Israel on Oct. 7, killing around 1,400 people, Israeli officials said.",
            "2023-10-20",
        ),
        (
            "wire-2024",
            "The Oct. 7 attack on Israel killed about 1,200 people, according to Israeli tallies.",
            "2024-01-10",
        ),
    )
    assert [c.metric for c in claims if c.metric == "killed.israel.oct7"] == ["killed.israel.oct7"] * 2
    (f,) = [f for f in findings if f.metric == "killed.israel.oct7"]
    assert f.code == "C101" and f.severity == "error"
    assert {_docs(f.subject)[0], _docs(f.against)[0]} == {"wire-2023", "wire-2024"}
    assert sorted(v for c in claims for v in [c.value.low] if c.id in f.subject + f.against) == [1200, 1400]
    assert f.dates == (("wire-2023", dt.date(2023, 10, 20)), ("wire-2024", dt.date(2024, 1, 10)))


def test_an_official_revision_is_no_contradiction():
    """A document that tells of a revision ("revised down from 1,400 to about 1,200") gives the old figure as
    superseded: no claim of now. Another document giving the old figure is a revised figure (C105, a warning
    naming the revision and its source): stale when dated after it, the figure then when dated before."""
    claims, findings = _check(
        (
            "revision",
            "Israel on Friday revised down the death toll from the Hamas attacks of October 7 from 1,400 to "
            "about 1,200, a foreign ministry spokesman said. Israel previously said Hamas gunmen killed "
            "1,400 people.",
            "2023-11-10",
        ),
        ("before", "Hamas gunmen killed about 1,400 people in Israel on October 7, officials said.", "2023-10-20"),
        ("after", "The October 7 attack killed 1,400 people in Israel, officials said.", "2024-02-01"),
        ("agrees", "The October 7 attack killed some 1,200 people in Israel.", "2024-03-01"),
    )
    assert [(c.document, c.value.low, c.frame.mood) for c in claims if c.document == "revision"] == [
        ("revision", 1400, "superseded"),
        ("revision", 1200, "fact"),
        ("revision", 1400, "superseded"),
    ]
    assert _codes(findings, "killed.israel.oct7") == ["C105", "C105"]
    by_doc = {f.claims[0].split(":")[0]: f for f in findings}
    assert by_doc["after"].reasons == ("stale-after-revision",) and _docs(by_doc["after"].against) == ["revision"]
    assert by_doc["before"].reasons == ("quoted-before-revision",) and by_doc["before"].severity == "warning"
    (old,) = [c for c in claims if c.id == by_doc["after"].replaced]
    assert (old.document, old.value.low, old.frame.mood) == ("revision", 1400, "superseded")
    assert any(c.startswith("agrees:") for c in by_doc["after"].claims)  # the figures that agree with the revision


def test_a_finding_carries_every_claim_it_contradicts():
    """A finding names a few consensus claims, and carries as data every claim it contradicts: the consensus
    ones beyond those named, and the other outliers (1,300 against 1,140 as well as against the 1,200s)."""
    _, findings = _check(
        *[
            (f"wire-{i}", text, None)
            for i, text in enumerate(
                (
                    "The October 7 attack killed 1,200 people in Israel, officials said.",
                    "Hamas gunmen killed 1,200 people in Israel on October 7, according to Israeli figures.",
                    "In Israel, 1,200 people were killed in the October 7 attack.",
                    "The toll of the October 7 attack in Israel stands at 1,200 killed, Israel says.",
                    "Officials put the number killed in Israel in the October 7 attack at 1,200.",
                )
            )
        ],
        ("early", "Hamas's October 7 attack on Israel left 1,300 people dead.", None),
        (
            "tally",
            "The October 7 attack in Israel killed 1,140 people, according to a count of official figures.",
            None,
        ),
    )
    (early,) = [f for f in findings if f.claims[0].startswith("early:")]
    carried = {c.split(":")[0] for c in early.claims}
    assert {"tally", "wire-0", "wire-4"} <= carried and len(early.against) == 3 and early.uncited == 2
    assert early.consensus == (1200, 1200)


def test_an_estimate_is_not_set_against_the_reference_count():
    """A study's or an outlet's estimate ("could be around 100,000") counts another way than the ministry's
    series: no T401 against it, while a count above the series is one; a vague "thousands" is no stale count."""
    claims, _ = _check(
        ("estimate", "Researchers say the true death toll in Gaza could be around 100,000.", "2025-10-12"),
        ("count", "The death toll in Gaza has risen to 100,000, the ministry said.", "2025-10-12"),
    )
    findings = compare(claims, _metrics(claims), load_reference(), events=EVENTS, occasions=OCCASIONS)
    assert [(f.code, f.claims[0].split(":")[0]) for f in findings if f.code == "T401"] == [("T401", "count")]
    claims, _ = _check(("vague", "The war in Gaza has killed thousands of people, aid groups said.", "2023-11-28"))
    assert compare(claims, _metrics(claims), load_reference(), events=EVENTS, occasions=OCCASIONS) == []  # no T402


def test_releases_not_said_to_be_of_one_exchange_or_all_are_not_compared():
    """ "117 have been freed" (all so far) and "the release of the 20 hostages" (one exchange) say neither which:
    no contradiction between them."""
    _, findings = _check(
        ("a", "Of the hostages taken on October 7, 117 have been freed, Israel says.", "2024-10-06"),
        ("b", "Crowds cheered the release of the 20 hostages taken on October 7.", "2025-10-13"),
    )
    assert _codes(findings, "hostages.released") == []


def test_no_regression_below_an_estimate_or_between_shares():
    """A later count below an earlier estimate ("could be around 100,000") is no regression: they count another
    way. A share of a running total ("two-thirds of those killed were women and children") need not grow."""
    claims, findings = _check(
        ("study", "Researchers said the true death toll in Gaza could be around 100,000.", "2025-10-12"),
        ("ministry", "The death toll in Gaza has risen to 68,000, the ministry said.", "2025-10-20"),
        ("early", "Women and children make up roughly two-thirds of those killed in Gaza.", "2023-12-01"),
        ("late", "Half of those killed in Gaza were women and children, the UN said.", "2025-06-15"),
    )
    assert "C103" not in _codes(findings)


def test_hedged_fixed_figures_agree():
    _, findings = _check(
        (
            "a",
            "Hamas leaders aimed to destroy Israel with their 2023 attacks. Beyond the tragic loss of approximately "
            "1,200 lives, the group seized around 250 hostages.",
            None,
        ),
        (
            "b",
            "The conflict, ignited by Hamas’ assault on October 7, devastated Israel. Over 1,200 Israelis were killed "
            "in the initial attack, and around 250 hostages were taken.",
            None,
        ),
    )
    assert _codes(findings) == []


def test_cumulative_regression_and_drift():
    claims, findings = _check(
        (
            "march",
            "The death toll in Gaza has risen to 30,228, the Hamas-run Health Ministry said on Friday.",
            "2024-03-01",
        ),
        (
            "june",
            "Gaza’s death toll stood at 25,000 on Monday, according to the enclave’s health ministry.",
            "2024-06-03",
        ),
        (
            "august",
            "Gaza’s death toll surpassed 40,000 on Thursday, the territory’s Health Ministry said.",
            "2024-08-15",
        ),
    )
    assert _codes(findings, "killed.gaza") == ["C103", "D201"]
    (reg,) = [f for f in findings if f.code == "C103"]
    assert _docs(reg.subject) == ["june"] and _docs(reg.against) == ["march"]
    assert _quotes(reg.subject, claims) == ["death toll stood at 25,000"]
    (drift,) = [f for f in findings if f.code == "D201"]
    assert drift.severity == "info" and _docs(drift.subject)[-1] == "august" and drift.rate is not None


def test_growth_in_undated_documents_that_overlaps_is_silent():
    _, findings = _check(
        ("001", "Talks went on as Gaza’s death toll surpassed 40,000.", None),
        ("000", "Gaza faces a death toll exceeding 60,000 Palestinians, according to Gazan health officials.", None),
    )
    assert _codes(findings, "killed.gaza") == []


def test_undated_cumulative_spread():
    _, findings = _check(
        ("a", "The death toll in Gaza has risen to 34,183, the ministry said.", None),
        ("b", "The death toll in Gaza stood at 10,000, officials in the enclave said.", None),
    )
    (f,) = [f for f in findings if f.metric == "killed.gaza"]
    assert f.code == "D202" and _docs(f.subject) == ["b", "a"]  # from the lowest to the highest


def test_level_contradiction_only_at_the_same_time():
    early = ("oct", "In Gaza, the war has already led to the displacement of thousands.", "2023-10-09")
    late = ("mar", "The UN reports that 90% of Gaza’s 2.3 million residents have been displaced.", "2024-03-05")
    next_day = (
        "mar2",
        "In Gaza, the fighting has led to the displacement of thousands, aid groups said.",
        "2024-03-06",
    )
    _, findings = _check(early, late)
    assert _codes(findings, "displaced.gaza") == ["D201"]  # months apart: a change over time, not a contradiction
    three_days_on = (*next_day[:2], "2024-03-08")
    assert _codes(_check(late, three_days_on)[1], "displaced.gaza") == ["D201"]  # a level moves from day to day
    _, findings = _check(late, next_day)
    claims = _check(late, next_day)[0]
    (f,) = [f for f in findings if f.metric == "displaced.gaza"]
    assert f.code == "C102" and "time-unknown" not in f.reasons
    assert _docs(f.against) == ["mar2"] and _quotes(f.against, claims) == ["displacement of thousands"]


def test_undated_level_contradiction_says_so():
    _, findings = _check(
        ("003", "In Gaza, the fighting has led to significant casualties and the displacement of thousands.", None),
        ("004", "The UN reports that 90% of Gaza’s 2.3 million residents have been displaced.", None),
    )
    (f,) = [f for f in findings if f.metric == "displaced.gaza"]
    assert f.severity == "info" and "time-unknown" in f.reasons and f.known_within == 2 and f.dates == ()


def test_level_contradiction_of_one_day_is_an_error():
    """Figures of a level known to be of the same day (or within the metric's window) that exclude each other."""
    _, findings = _check(
        (
            "003",
            "In Gaza, the fighting has led to significant casualties and the displacement of 300,000 people.",
            "2024-01-10",
        ),
        ("004", "The UN reports that 90% of Gaza’s 2.3 million residents have been displaced.", "2024-01-12"),
    )
    (f,) = [f for f in findings if f.metric == "displaced.gaza"]
    assert (f.code, f.severity, f.reasons) == ("C102", "error", ())


def test_invariant_part_above_whole():
    claims, findings = _check(
        (
            "live",
            "Hostages remain a critical issue. Israeli officials say 24 hostages are still held in Gaza, and "
            "30 hostages are believed to be alive.",
            "2025-06-01",
        ),
    )
    (f,) = [f for f in findings if f.code == "C104"]
    by_id = {c.id: c for c in claims}
    assert f.metric == "hostages.held_alive" and [by_id[i].value.low for i in f.subject] == [30]
    assert [(by_id[i].metric, by_id[i].value.low) for i in f.against] == [("hostages.held", 24)]


def test_a_whole_the_text_says_was_replaced_is_no_whole_for_a_part():
    """ "Initially reported as 72 fatalities, the confirmed number has been adjusted to 42": the 72 is no count of
    now, so a part above it (96 in the state) accuses nothing."""
    claims, findings = _check(
        (
            "revised",
            "Helene's toll in the United States, initially reported as 72 fatalities, is being revised. "
            "In North Carolina, Helene's death toll now stands at 96.",
            "2024-10-09",
        ),
    )
    assert any(c.value.low == 72 and c.frame.mood == "superseded" for c in claims), claims
    assert _codes(findings, None).count("C104") == 0, findings


def test_a_round_figure_repeated_beside_the_current_one_is_no_regression():
    """A text that gives the current toll ("more than 33,200") may repeat an older round one in a comparison
    ("600 soldiers killed compared to 33,100 Gazans"): its document is not below the earlier count, so no C103;
    a text whose every figure is below the earlier count still is."""
    claims, findings = _check(
        ("monday", "The Health Ministry said at least 33,175 Palestinians have been killed in Gaza.", "2024-04-07"),
        (
            "tuesday",
            "About 600 soldiers killed compared to 33,100 Gazans. More than 33,200 Gazans have died, it said.",
            "2024-04-08",
        ),
    )
    assert any(c.document == "tuesday" and c.metric == "killed.gaza" and c.value.low == 33100 for c in claims)
    assert "C103" not in _codes(findings, "killed.gaza"), findings
    _, findings = _check(
        ("monday", "The Health Ministry said at least 33,175 Palestinians have been killed in Gaza.", "2024-04-07"),
        ("tuesday", "The ministry said 33,100 Palestinians have been killed in Gaza.", "2024-04-08"),
    )
    assert "C103" in _codes(findings, "killed.gaza"), findings


def test_a_part_must_exceed_every_whole_of_its_text():
    """A text may give its whole at several times (an update beside the first count): its part is above the whole
    only when above them all. Things (livestock, bridges) are no part of a count of people; a vague part
    ("hundreds of children") names no count to exceed a whole with."""
    _, findings = _check(
        (
            "update",
            "Nepal's earthquake killed 60 people, officials said on Saturday. The death toll later rose to 157. "
            "In Jajarkot district, 105 people were killed.",
            "2023-11-05",
        ),
        (
            "flood",
            "Floods in Pakistan have killed 707 people since June. The floods also killed 1,108 livestock and "
            "washed away 152 bridges.",
            "2025-08-20",
        ),
        ("vague", "Fires on Maui killed 115 people. The fire killed hundreds of children, some said.", "2023-08-20"),
    )
    assert _codes(findings, None).count("C104") == 0, findings


def test_vague_figures_accuse_nothing():
    """ "Thousands" beside a count understates it: no error, no regression; at most info, saying why."""
    _, findings = _check(
        ("early", "More than 13,000 Palestinians have been killed in Gaza, the health ministry said.", "2023-11-20"),
        ("late", "The war in Gaza has killed thousands of Palestinians, aid groups said.", "2023-11-28"),
        ("x", "In Gaza, aid groups said the fighting has displaced thousands.", "2024-01-10"),
        ("y", "The UN says 1.9 million people in Gaza have been displaced.", "2024-01-11"),
    )
    assert [f.severity for f in findings if f.code[0] == "C"] == ["info"]
    (f,) = [f for f in findings if f.code == "C102"]
    assert "vague-figure" in f.reasons


def test_a_claim_of_unknown_time_does_not_join_months_into_one_time():
    """A level claim known only to lie after some day (a text that mentions December 1 in the past tense) is
    compared with each time it may be of, as info; two figures known to be months apart are never one time."""
    claims, _ = _check(
        ("jan", "Israel says 25 hostages have died in captivity in Gaza.", "2024-01-11"),
        ("apr", "Israel says 30 hostages have died in captivity in Gaza.", "2024-04-06"),
        ("apr2", "Thirty hostages have died in captivity in Gaza, Israeli officials say.", "2024-04-07"),
        ("open", "Israel says 12 hostages have died in captivity in Gaza.", None),
    )
    claims = [
        c.model_copy(update={"as_of_earliest": dt.date(2023, 12, 1)}) if c.document == "open" else c for c in claims
    ]
    findings = _compare(claims)
    assert {f.severity for f in findings if f.code == "C102"} == {"info"}
    assert [f for f in findings if f.severity != "info"] == []


def test_the_day_of_one_earthquake_given_differently():
    """An earthquake has no fixed date in any rule, but two documents about one place written within a month that
    give its day a day apart speak of one quake: C101. Days months apart are two quakes; undated documents say
    nothing (the identity needs their time)."""
    claims, findings = _check(
        (
            "wire",
            "A powerful earthquake struck eastern Afghanistan on August 31, 2025, killing hundreds.",
            "2025-09-01",
        ),
        ("daily", "The earthquake that struck Afghanistan on September 2, 2025 destroyed villages.", "2025-09-03"),
        ("old", "An earthquake struck western Afghanistan on October 7, 2023, officials said.", "2023-10-08"),
    )
    (f,) = [f for f in findings if f.metric == "event.date"]
    assert f.code == "C101" and "one-occasion" in f.reasons
    assert {c.split(":")[0] for c in f.claims} == {"wire", "daily"}
    _, undated = _check(
        ("wire", "A powerful earthquake struck eastern Afghanistan on August 31, 2025, killing hundreds.", None),
        ("daily", "The earthquake that struck Afghanistan on September 2, 2025 destroyed villages.", None),
    )
    assert [f for f in undated if f.metric == "event.date"] == []


def test_per_event_figures_of_unnamed_events_are_not_compared():
    """Two truces of Gaza's war proposed at different times are two events of one kind, not one event."""
    claims, findings = _check(
        ("002", "In Gaza, the 60-day truce proposal includes provisions for a phased withdrawal.", None),
        (
            "003",
            "This proposed truce in Gaza, potentially lasting 135 days, follows a precedent set in November.",
            None,
        ),
    )
    assert [(c.metric, c.frame.event, c.frame.mood) for c in claims] == [("truce.duration", "truce", "proposal")] * 2
    assert _codes(findings, "truce.duration") == []


def test_the_day_of_the_october_7_attack_is_no_claim_and_other_event_days_are_kinds_of_event():
    """The date of the October 7 attack is known, not a claim (the annotation guide); a ceasefire's day is a claim
    of a kind of event, which two documents may give for two ceasefires: not compared."""
    claims, findings = _check(
        ("a", "Netanyahu vowed to free the hostages abducted by Hamas during the Oct. 7 attacks.", None),
        (
            "b",
            "The Gaza conflict, reignited by the devastating Hamas-led attack on Israel in October 2023, goes on.",
            None,
        ),
        ("c", "The ceasefire in Gaza took effect on January 19, 2025.", None),
        ("d", "The ceasefire in Gaza took effect on October 10, 2025.", None),
    )
    assert [(c.document, c.metric, c.value.low, c.frame.event) for c in claims] == [
        ("c", "event.date", "2025-01-19", "truce"),
        ("d", "event.date", "2025-10-10", "truce"),
    ]
    assert _codes(findings, "event.date") == []


def test_fingerprint_survives_reflow_but_not_a_new_figure():
    base = ("003", "In Gaza, the fighting has led to significant casualties and the displacement of thousands.", None)
    other = ("004", "The UN reports that 90% of Gaza’s 2.3 million residents have been displaced.", None)
    reflowed = (
        "003",
        "A new opening paragraph about talks in Cairo.\n\nIn Gaza, the fighting has led to significant\n"
        "casualties and the displacement of\nthousands.",
        None,
    )
    changed = ("003", "In Gaza, the fighting has led to significant casualties and the displacement of hundreds.", None)
    fp = [f.fingerprint for f in _check(base, other)[1]]
    assert fp == [f.fingerprint for f in _check(reflowed, other)[1]]
    assert fp != [f.fingerprint for f in _check(changed, other)[1]]


def test_share_above_100_percent_is_a_part_above_its_whole():
    claims, findings = _check(
        ("typo", "A mistyped UN bulletin said 110% of Gaza’s 2.3 million residents have been displaced.", None)
    )
    (f,) = findings
    assert f.code == "C104" and f.metric == "displaced.gaza"
    assert [c.share.low for c in claims if c.id in f.subject and c.share] == [110]
    assert [c.metric for c in claims if c.id in f.against] == ["population.gaza"]


def test_incident_counts_are_not_the_running_toll():
    claims, findings = _check(
        ("morning", "Gaza’s death toll has risen to 34,488, the Gaza Health Ministry said on Friday.", "2024-04-26"),
        (
            "live",
            "LIVE 17:06 — Israeli strikes killed 49 people in Jabalia overnight, and 39 were wounded, medics in "
            "Gaza said.",
            "2024-04-27",
        ),
    )
    assert sorted((c.metric, c.frame.window or "") for c in claims) == [
        ("injured.gaza.jabalia.24h", "24h"),
        ("killed.gaza", ""),
        ("killed.gaza.jabalia.24h", "24h"),
    ]
    assert _codes(findings) == []


def test_one_figure_far_above_later_ones_is_one_regression():
    """A wire story with a typo (a toll of 340,000) is followed by six correct, lower ones: one finding
    that names the typo and counts the later figures, not six."""
    docs = [("typo", "The death toll in Gaza has risen to 340,000, the Health Ministry said on Monday.", "2024-05-06")]
    for i, toll in enumerate((34_735, 34_789, 34_844, 34_904, 34_943, 35_034)):
        docs.append(
            (
                f"wire-{i}",
                f"Gaza’s death toll has risen to {toll:,}, the territory’s Health Ministry said.",
                f"2024-05-{8 + i:02d}",
            )
        )
    claims, findings = _check(*docs)
    (reg,) = [f for f in findings if f.code == "C103"]
    assert _quotes(reg.against, claims) == ["death toll in Gaza has risen to 340,000"]
    assert len(reg.subject) == 3 and reg.uncited == 3
    assert "and 3 more are lower than the earlier" in message(reg, {c.id: c for c in claims})
    assert reg.claims[-1].startswith("typo")  # the earlier figure is cited last; the first later claim locates it
    one_more = _compare(_check(*docs[:-1])[0])
    (again,) = [f for f in one_more if f.code == "C103"]
    assert again.fingerprint == reg.fingerprint  # keyed on the earlier figure: a seventh later claim changes nothing


def test_a_level_reported_every_day_is_not_compared_across_weeks():
    """Hostages held, reported daily as releases bring it down: only figures of the same time (within two days)
    are compared, and those times never chain into one."""
    held = [
        ("2023-11-24", 240),
        ("2023-11-25", 240),
        ("2023-11-26", 239),
        ("2023-11-27", 212),
        ("2023-11-28", 137),
        ("2023-11-29", 137),
        ("2023-11-30", 132),
        ("2023-12-01", 129),
        ("2023-12-02", 129),
    ]
    docs = [
        (f"day-{i}", f"Hamas is still holding {n} hostages in Gaza, Israeli officials said.", day)
        for i, (day, n) in enumerate(held)
    ]
    claims, findings = _check(*docs)
    day = {c.id: c.as_of for c in claims}
    disagreements = [f for f in findings if f.code == "C102"]
    assert disagreements and all(
        max(day[i] for i in f.claims) - min(day[i] for i in f.claims) <= dt.timedelta(days=2) for f in disagreements
    )  # before, buckets chained: 240 was set against 129
    by_id = {c.id: c for c in claims}
    assert any(
        "day-3" in _docs(f.subject + f.against) and 137 in [by_id[i].value.low for i in f.subject + f.against]
        for f in disagreements
    )


def test_a_documents_claims_are_cited_in_the_order_of_its_text_whatever_the_order_given():
    """A live blog that gives the level twice, both off the figure three outlets gave that week: its
    figures are cited as they stand in the blog, and shuffling the claims changes no finding."""
    blog = (
        "live-blog",
        "LIVE 11:02 — Talks resumed in Cairo this morning, Egyptian officials said.\n\n"
        "LIVE 10:31 — Aid trucks queued at the Rafah crossing for a third day.\n\n"
        "LIVE 10:05 — The talks are expected to last until Thursday, a diplomat said.\n\n"
        "LIVE 09:12 — Hamas is still holding 50 hostages in Gaza, a spokesman said.\n\n"
        "LIVE 08:55 — Sirens sounded in southern Israel, the army said.\n\n"
        "LIVE 08:20 — Qatar's prime minister arrived in Cairo overnight.\n\n"
        "LIVE 07:40 — Israeli officials said 102 hostages are still held in Gaza.",
        "2024-02-11",
    )
    wires = [
        (f"wire-{i}", text, f"2024-02-{10 + i:02d}")
        for i, text in enumerate(
            (
                "Hamas is still holding 134 hostages in Gaza, Israeli officials said.",
                "Israel says 134 hostages remain in captivity in Gaza.",
                "Of those seized, 134 are still held in Gaza, according to Israeli figures.",
            )
        )
    ]
    claims, findings = _check(blog, *wires)
    (f,) = [f for f in findings if f.code == "C102"]
    assert _quotes(f.subject, claims) == ["still holding 50 hostages", "102 hostages are still held"]
    shuffled = _compare(list(reversed(claims)))
    assert shuffled == findings


def test_a_part_is_set_against_wholes_of_its_own_text_or_of_a_known_same_time():
    """An undated analysis says 30 hostages are alive: more than the 20 it says are held (one text, one time),
    but nothing can be said against other documents' wholes when its own time is unknown. Dated, it is set
    against the wholes of documents of its time (within two days): the 24 of June 4, not the 59 of January."""
    _, findings = _check(
        (
            "analysis",
            "Israeli officials believe 30 hostages are alive in Gaza, while 20 hostages are still held.",
            None,
        ),
        ("explainer", "Hamas is still holding 22 hostages in Gaza, the explainer says.", None),
        ("june", "Israeli officials say 24 hostages are still held in Gaza.", "2025-06-01"),
    )
    (f,) = [f for f in findings if f.code == "C104"]
    assert [c.split(":")[0] for c in f.claims] == ["analysis", "analysis"]
    _, findings = _check(
        ("analysis", "Israeli officials believe 30 hostages are alive in Gaza.", "2025-06-05"),
        ("june", "Israeli officials say 24 hostages are still held in Gaza.", "2025-06-04"),
        ("january", "Israeli officials say 59 hostages are still held in Gaza.", "2025-01-10"),
    )
    (f,) = [f for f in findings if f.code == "C104"]
    assert [c.split(":")[0] for c in f.claims] == ["analysis", "june"]


def test_a_level_that_falls_is_said_to_fall():
    claims, findings = _check(
        ("jan", "Israel says 132 hostages are still held in Gaza.", "2024-01-10"),
        ("apr", "Israel says 59 hostages remain in Gaza.", "2025-04-10"),
    )
    (f,) = [f for f in findings if f.metric == "hostages.held"]
    assert f.code == "D201" and f.moves == ("fell",) and f.rate is None
    said = message(f, {c.id: c for c in claims})
    assert "then fell: apr says" in said and "grew" not in said


def test_a_running_total_too_steep_for_growth_is_a_sharp_disagreement():
    claims, findings = _check(
        ("mar", "About 15,000 people have been killed in Gaza, the ministry said.", "2024-03-01"),
        ("may", "An estimated 150,000 people have been killed in Gaza, a study found.", "2024-05-01"),
    )
    (f,) = [f for f in findings if f.code == "D203"]
    assert f.severity == "warning" and round(f.ratio or 0, 1) == 9.0  # with hedges: 142,500 over 15,750
    assert _docs(f.subject) == ["may"] and _docs(f.against) == ["mar"]
    assert "9.0 times" in message(f, {c.id: c for c in claims}) and "61 days earlier" in message(
        f, {c.id: c for c in claims}
    )
    (drift,) = [f for f in findings if f.code == "D201"]
    assert drift.rate is None  # no rate per day across it
    _, findings = _check(
        ("mar", "More than 31,000 people have been killed in Gaza, the ministry said.", "2024-03-01"),
        ("may", "More than 35,000 people have been killed in Gaza, the ministry said.", "2024-05-01"),
    )
    assert [f.code for f in findings if f.metric == "killed.gaza"] == ["D201"]  # growth, not a disagreement


def test_the_toll_of_one_incident_given_differently():
    """An unnamed incident has its identity from its place inside a territory and its time: two documents of the
    same day giving a strike on one camp different tolls disagree (a warning: the identity is inferred). Days
    apart, or at no named place, they may be two strikes: nothing is said."""
    first = ("wire", "An Israeli strike on the Nuseirat camp killed 40 people, medics said.", "2024-06-08")
    same_day = ("local", "A strike on Nuseirat camp killed 12 people, the health ministry said.", "2024-06-08")
    days_later = ("later", "A strike on Nuseirat camp killed 12 people, the health ministry said.", "2024-06-12")
    claims, findings = _check(first, same_day)
    (f,) = [f for f in findings if f.code == "C101"]
    assert (f.severity, f.reasons, f.metric) == ("warning", ("one-incident",), "killed.gaza.nuseirat.incident")
    assert "(one incident in nuseirat: documents dated within 1 day)" in message(f, {c.id: c for c in claims})
    assert [f for f in _check(first, days_later)[1] if f.code == "C101"] == []
    unplaced = [
        (d, t.replace(" on the Nuseirat camp", "").replace(" on Nuseirat camp", ""), day)
        for d, t, day in (first, same_day)
    ]
    assert [f for f in _check(*unplaced)[1] if f.code == "C101"] == []
    assert [f for f in _check(first[:2] + (None,), same_day[:2] + (None,))[1] if f.code == "C101"] == []


def test_a_plan_is_compared_only_with_the_plan():
    """A proposal and a fact of one metric are groups of their own (sorted side by side): the plan's figure is
    never set against what happened."""
    _, findings = _check(
        ("plan", "Under the proposal, Hamas would release 33 hostages in the first phase.", "2025-01-10"),
        ("done", "Hamas released 3 hostages on Sunday, officials said.", "2025-01-19"),
        ("plan2", "Under the plan, Hamas would release 33 hostages in the first phase.", "2025-01-12"),
    )
    assert [f for f in findings if f.code.startswith("C")] == []
