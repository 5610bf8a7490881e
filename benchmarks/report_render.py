"""How a large HTML report behaves in a browser: its size, the time to first render, and the time one
filter change takes, in headless Chromium (Playwright, Debian's /usr/bin/chromium).

    python benchmarks/report_render.py --docs 2000 [--paragraphs 5 13] [--out DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write  # noqa: E402

FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument(
        "--paragraphs",
        type=int,
        nargs=2,
        default=(5, 13),
        metavar=("MIN", "MAX"),
        help="paragraphs per document (about 1.5 claims each)",
    )
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="claim-checker-report-"))
    n, size = write(out / "docs", docs=args.docs, paragraphs=tuple(args.paragraphs))
    report = out / "report.html"
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "checker",
            "check",
            str(out / "docs"),
            "--no-reports",
            "--format",
            "json",
            "--output",
            f"html={report}",
        ],
        stdout=(out / "result.json").open("w"),
        check=False,
    )
    check_s = time.perf_counter() - started
    import json

    data = json.loads((out / "result.json").read_text())
    print(
        f"{n} documents ({size / 1e6:.1f} MB), {len(data['claims'])} claims, {len(data['findings'])} findings; "
        f"check {check_s:.1f} s; report {report.stat().st_size / 1e6:.1f} MB"
    )
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        for run in range(3):
            page = browser.new_page()
            page.goto(report.as_uri(), wait_until="load")
            timing = page.evaluate("""() => {
                const nav = performance.getEntriesByType('navigation')[0];
                const fcp = performance.getEntriesByName('first-contentful-paint')[0];
                return {dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, fcp: fcp ? fcp.startTime : null};
            }""")
            filter_ms = page.evaluate("""() => {
                const sel = document.querySelector('select[name=severity]');
                if (!sel) return null;
                const t = performance.now();
                sel.value = sel.options[sel.options.length - 1].value;
                sel.dispatchEvent(new Event('input', {bubbles: true}));
                return performance.now() - t;
            }""")
            print(
                f"run {run + 1}: first contentful paint {timing['fcp']:.0f} ms, DOMContentLoaded "
                f"{timing['dcl']:.0f} ms, load {timing['load']:.0f} ms, one filter change "
                f"{filter_ms:.0f} ms"
                if filter_ms is not None
                else "no findings to filter"
            )
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
