"""The Markdown and HTML reports: the committed seed reports are current, and document text stays inert."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.pipeline import run
from checker.writers import report_header
from checker.writers.reports import SCRIPT_HASH, md_escape, render_html, render_markdown

ROOT = Path(__file__).resolve().parent.parent
STALE = "reports/ is stale: run `checker check` in the repository root and commit reports/"


@pytest.fixture(scope="module")
def seeds_result():
    return run([], keep_text=True)


HEADER = report_header([], None)


@pytest.mark.parametrize("name,render", [("report.md", render_markdown), ("report.html", render_html)])
def test_committed_reports_are_current(seeds_result, monkeypatch, name, render):
    monkeypatch.chdir(ROOT)
    path = Path("reports") / name
    assert path.read_text(encoding="utf-8") == render(seeds_result, path, HEADER), STALE


def test_reports_show_the_finding_with_both_sides_and_links(seeds_result, monkeypatch):
    monkeypatch.chdir(ROOT)
    md = render_markdown(seeds_result, Path("reports/report.md"))
    assert "### displaced.gaza\n\n#### C102 concurrent-contradiction (info)" in md
    assert "**displacement of thousands**" in md and "**90% of Gaza’s 2.3 million residents have been displaced**" in md
    assert "[seeds/003_f74e429edb4128ba.txt:53:266](../seeds/003_f74e429edb4128ba.txt#L53)" in md
    html = render_html(seeds_result, Path("reports/report.html"))
    assert "<mark>displacement of thousands</mark>" in html
    assert 'href="../seeds/003_f74e429edb4128ba.txt#L53"' in html


def test_a_large_report_quotes_a_few_claims_per_finding_and_counts_the_rest(seeds_result, monkeypatch):
    from checker.writers import view

    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(view, "SIDES_SHOWN_LIMIT", 0)
    monkeypatch.setattr(view, "SIDES_PER_FINDING", 1)
    cited = [f for f in seeds_result.findings if len(f.claims) > 1]
    assert cited
    built = view.build(seeds_result, Path("reports/report.html"))
    for f in built["findings"]:
        assert len(f["claims"]) <= 1
    assert sum(f["more"] for f in built["findings"]) == sum(len(f.claims) - 1 for f in cited)
    md = render_markdown(seeds_result, Path("reports/report.md"))
    assert "**displacement of thousands**" in md or "**90% of Gaza’s 2.3 million residents have been displaced**" in md
    more = sum(f["more"] for f in built["findings"])
    assert f"And {more} more claims, in " in md
    assert f"And {more} more claims, in " in render_html(seeds_result, Path("reports/report.html"))


HOSTILE = (
    '<script>alert("x")</script> Gaza’s death toll surpassed 40,000 <img src=x onerror=alert(1)> '
    '[click](javascript:alert(1)) "><svg onload=alert(2)> | **bold** `code`.\n'
)


@pytest.fixture
def hostile(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / 'x"><script>alert(3)<').with_suffix(".txt").write_text(HOSTILE, encoding="utf-8")
    (d / "javascript:alert(4).txt").write_text(HOSTILE, encoding="utf-8")
    return run([d]), tmp_path / "reports"


def test_html_escapes_document_text(hostile):
    result, out = hostile
    assert len(result.claims) == 2
    html = render_html(result, out / "report.html")
    assert html.count("<script") == 1 and html.count('<script>"use strict"') == 1  # the page's own, only
    assert "<img" not in html and "<svg onload" not in html and 'alert("x")</script>' not in html
    assert "onerror=alert(1)>" not in html and "&lt;script&gt;" in html
    csp = html[html.index("Content-Security-Policy") :].split(">", 1)[0]
    assert "default-src 'none'" in csp and f"script-src '{SCRIPT_HASH}'" in csp and "unsafe-inline'; img" not in csp
    assert 'href="javascript:' not in html and 'href="../docs/javascript%3Aalert%284%29.txt#L1"' in html


def test_markdown_makes_document_text_inert(hostile):
    result, out = hostile
    md = render_markdown(result, out / "report.md")
    assert "<script>" not in md and "<img" not in md
    assert "](javascript:" not in md.replace("\\](javascript:", "")  # only as escaped, inert text
    assert "\\[click\\]" in md and "\\*\\*bold\\*\\*" in md and "\\| " in md


def test_md_escape_keeps_plain_text_readable():
    assert md_escape("Gaza’s 2.3 million (UN figures), 003_f74e") == "Gaza’s 2.3 million (UN figures), 003_f74e"
    assert md_escape("a\nb|c") == "a b\\|c"


def test_a_large_set_lists_only_the_cited_claims(seeds_result, monkeypatch):
    from checker.writers import view

    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(view, "CLAIMS_SHOWN_LIMIT", 10)  # the seeds’ 28 claims stand for a large set
    cited = {i for f in seeds_result.findings for i in f.claims}
    context = view.build(seeds_result, Path("reports/report.html"))
    assert context["claims_left_out"] == 28 - len(cited) > 0
    listed = {c["id"] for m in context["metrics"] for c in m["claims"]} | {
        c["id"] for d in context["documents"] for c in d["claims"]
    }
    assert listed == cited and context["findings"][0]["claims"]
    note = f"the other {28 - len(cited)} claims are left out to keep it small"
    assert note in render_markdown(seeds_result, Path("reports/report.md"))
    assert note in render_html(seeds_result, Path("reports/report.html"))


def test_charts_have_a_legend_and_dates_between_the_ends(seeds_result, monkeypatch):
    """Issue 21, item 10: colours are documents, so a legend names each document of a chart with its colour;
    the time axis labels evenly spaced dates, not only the first and the last."""
    import datetime as dt
    import re

    from checker.writers import charts

    monkeypatch.chdir(ROOT)
    html = render_html(seeds_result, Path("reports/report.html"))
    svgs = re.findall(r'<svg class="chart".*?</svg>', html, re.DOTALL)
    assert svgs
    for svg in svgs:
        named = re.findall(r'<g class="legend"><rect [^>]*fill="(#[0-9a-f]{6})"/><text [^>]*>([^<]+)</text>', svg)
        assert named, svg[:200]
        index = {d.id: i for i, d in enumerate(seeds_result.documents)}
        assert all(charts.color(index[name]) == fill for fill, name in named)
        marks = set(re.findall(r'(?:circle|rect|line)[^>]*(?:fill|stroke)="(#[0-9a-f]{6})"[^>]*><title>', svg))
        assert marks <= {fill for fill, _ in named}
    dates = re.findall(r'text-anchor="(?:start|middle|end)">(\d{4}-\d\d-\d\d)</text>', svgs[0])
    assert len(dates) == charts.TICKS and dates == sorted(dates)
    assert [d for d, _ in charts._ticks(dt.date(2024, 1, 1), dt.date(2024, 1, 3))] == [
        dt.date(2024, 1, 1),
        dt.date(2024, 1, 2),
        dt.date(2024, 1, 3),
    ]


def test_cards_say_qualifiers_in_words(monkeypatch):
    """Issue 21, item 10: a claim's card says "more than 1,000", never the raw qualifier name."""
    monkeypatch.chdir(ROOT)
    base = Path("examples/earthquake")
    html = render_html(run([base / "docs"], rule_dirs=(base / "rules",), keep_text=True), base / "reports/r.html")
    assert "<strong>more than 1,000</strong>" in html and "<strong>at least 900</strong>" in html
    for raw in ("more_than", "at_least", "less_than", "at_most", "· approx", "· exact"):
        assert raw not in html, raw


def test_a_falling_level_is_not_said_to_grow(tmp_path, monkeypatch):
    """Issue 21, item 10: the D201 text in the reports and SARIF fits a level that fell."""
    from checker.writers.ci_formats import sarif

    for name, date, text in (
        ("jan", "2024-01-10", "Israel says 132 hostages are still held in Gaza."),
        ("apr", "2025-04-10", "Israel says 59 hostages remain in Gaza."),
    ):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {date}\n---\n{text}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run([tmp_path], keep_text=True)
    assert any(f.code == "D201" for f in result.findings)
    texts = [render_html(result, tmp_path / "r.html"), render_markdown(result, tmp_path / "r.md"), sarif(result)]
    for text in texts:
        assert "fell" in text and not any(w in text.lower() for w in ("grew", "growth is expected")), text[-800:]
