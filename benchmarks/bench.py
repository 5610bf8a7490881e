"""Throughput by stage on a realistic synthetic corpus (benchmarks/corpus.py, fixed seed) plus the seeds.

    python benchmarks/bench.py --docs 1000 [--docs 10000 ...]

For each size it prints, per stage (load, extract, compare, report): seconds, MB/s of document text,
documents/s, claims/s; the peak memory of the whole run; and, over the same bytes, the floor: a plain
`regex` scan for numbers, as a ratio. Run it in a fresh process per size for clean memory figures.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write  # noqa: E402

from checker.comparison import compare  # noqa: E402
from checker.discovery import builtin_rules, metrics  # noqa: E402
from checker.extraction import extract_with_times  # noqa: E402
from checker.loading import find_sources, load  # noqa: E402
from checker.pipeline import Result  # noqa: E402
from checker.reference import load as load_reference  # noqa: E402
from checker.writers.reports import render_html  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FLOOR = regex.compile(r"\d[\d,.]*")


def run(n: int) -> None:
    with tempfile.TemporaryDirectory(prefix="claim-checker-bench-") as tmp:
        root = Path(tmp)
        count, size = write(root / "docs", docs=n)
        shutil.copytree(SEEDS, root / "docs" / "seeds")
        rules = builtin_rules()
        sources, _ = find_sources([root / "docs"])
        text_bytes = sum(s.file.stat().st_size for s in sources)
        timings: dict[str, float] = {}
        started = time.perf_counter()
        docs = [load(s)[0] for s in sources]
        timings["load"] = time.perf_counter() - started
        started = time.perf_counter()
        claims = [c for d in docs for c in extract_with_times(d, rules)[0]]
        timings["extract"] = time.perf_counter() - started
        started = time.perf_counter()
        findings = compare(claims, metrics(rules), load_reference())
        timings["compare"] = time.perf_counter() - started
        started = time.perf_counter()
        result = Result(documents=docs, claims=claims, findings=findings)
        render_html(result, root / "report.html")
        timings["report"] = time.perf_counter() - started
        texts = [d.text for d in docs]
        started = time.perf_counter()
        hits = sum(1 for t in texts for _ in FLOOR.finditer(t))
        floor = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        mb = text_bytes / 1e6
        print(f"{len(docs)} documents, {mb:.1f} MB, {len(claims)} claims, {len(findings)} findings, "
              f"peak memory {peak:.0f} MB")
        for stage, secs in timings.items():
            print(f"  {stage:8} {secs:7.2f} s  {mb / secs:7.2f} MB/s  {len(docs) / secs:8.0f} docs/s  "
                  f"{len(claims) / secs:9.0f} claims/s")
        total = sum(timings.values())
        print(f"  {'total':8} {total:7.2f} s  {mb / total:7.2f} MB/s; regex number scan {floor:.3f} s "
              f"({mb / floor:.0f} MB/s, {hits} numbers): end to end is {total / floor:.0f}x the floor")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, action="append", default=None)
    args = parser.parse_args()
    for n in args.docs or [1000]:
        run(n)


if __name__ == "__main__":
    main()
