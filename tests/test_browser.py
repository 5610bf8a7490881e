"""The HTML report in a real browser (headless Chromium driven by Playwright): filter, open a finding,
jump to a document view; no console errors, and nothing from a document runs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from checker.pipeline import run
from checker.writers import report_header
from checker.writers.reports import render_html

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE = (
    "<html><body><p>Gaza’s death toll surpassed 40,000 <script>window.__pwned = 1; alert(1)</script>"
    '<img src=x onerror="window.__pwned = 2"> <a href="javascript:window.__pwned=3">more</a> '
    '"><svg onload="window.__pwned=4"></p></body></html>'
)

playwright = (
    pytest.importorskip("playwright.sync_api")
    if not os.environ.get("CI")
    else __import__("playwright.sync_api").sync_api
)
if not os.path.exists(CHROMIUM):
    if os.environ.get("CI"):
        raise RuntimeError("CI needs chromium: .ci/run installs it with apt-get")
    pytest.skip("no chromium on this machine (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("browser")
    docs = d / "docs"
    shutil.copytree(ROOT / "seeds", docs)
    (docs / "hostile.html").write_text(HOSTILE, encoding="utf-8")  # markup: its script is not text
    (docs / "hostile.txt").write_text(HOSTILE, encoding="utf-8")  # plain text: all of it shown, as text
    out = d / "report.html"
    out.write_text(render_html(run([docs], keep_text=True), out, report_header([docs], None)), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def page(report):
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.errors, page.dialogs = [], []
        page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
        page.goto(report.as_uri())
        yield page
        browser.close()


def test_filter_open_and_jump(page):
    page.select_option("select[name=severity]", "info")
    shown = page.locator(".finding:not([hidden])")
    assert shown.count() >= 1 and page.locator("#shown").inner_text().endswith("findings shown")
    finding = page.locator(".finding[data-metric='displaced.gaza']")
    finding.locator("summary").click()
    assert finding.evaluate("el => el.open")
    sides = finding.locator(".side mark")
    quotes = sides.all_inner_texts()
    assert "displacement of thousands" in quotes and "90% of Gaza’s 2.3 million residents have been displaced" in quotes
    finding.locator("a.to-document", has_text="003_f74e429edb4128ba").click()
    target = page.locator("mark.current")
    assert target.inner_text() == "displacement of thousands" and target.is_visible()
    page.select_option("select[name=severity]", "")
    page.fill("input[name=q]", "no finding says this")
    assert page.locator(".finding:not([hidden])").count() == 0


def test_nothing_from_a_document_runs_and_no_console_errors(page):
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == [] and page.errors == []
    assert page.locator(".doctext", has_text="window.__pwned = 1").count() == 1  # the .txt one, shown as text


def test_phone_width(page):
    page.set_viewport_size({"width": 390, "height": 844})
    width = page.evaluate("document.documentElement.scrollWidth")
    wide = page.evaluate("""Array.from(document.querySelectorAll('body *'))
        .filter(e => e.getBoundingClientRect().right > 400)
        .slice(0, 3).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 40))""")
    assert width <= 400, wide  # no sideways scrolling of the page itself
    page.set_viewport_size({"width": 1100, "height": 900})
