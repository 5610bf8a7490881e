"""Throughput by stage on a realistic synthetic corpus (benchmarks/corpus.py, fixed seed) plus the seeds.

    python benchmarks/bench.py --docs 1000 --docs 10000 --docs 100000 [--jobs 2] [--claims 1000000]
    python benchmarks/bench.py --profile 1000      # where extraction spends its time (needs pyinstrument)
    python benchmarks/bench.py --docs 1000 --against 5371c50   # extraction beside another commit's, same corpus
    python benchmarks/bench.py --engine dask --docs 2000 --claims 1000000   # the dask engine (needs [dask])

For each size it prints, per stage (load, extract and date, compare, HTML report): seconds, MB/s of
document text, documents/s, claims/s and the peak memory so far (documents are streamed, as a run streams
them); the floor, a plain `regex` scan for numbers over the same texts, as a ratio; and for sets up to
--extras-up-to documents, `checker extract` with --jobs processes against one (whole processes) and a
first and a second run with the claims cache (in the benchmark's process, and as whole `checker extract`
processes, start-up included). Then how time and memory grow across the sizes, and with
--claims N, the comparison of N synthetic claims (grouping and comparing, with its peak memory).

With --engine dask: `checker extract --engine dask` throughput on local clusters of 1 and 2 worker processes
(each limited to --worker-memory), and with --claims N, N synthetic claims made and compared on the workers
(checker.distributed.compare_bag) with this process's peak memory: the client's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write

from checker import Options, check
from checker.comparison import compare
from checker.config import Config
from checker.discovery import builtin_rules, metrics
from checker.frames import metrics_for
from checker.lexicon import Lexicon
from checker.loading import find_sources, load
from checker.pipeline import KEEP_TEXT_LIMIT, Result, Setup, extract_and_date
from checker.records import Claim, Frame, SourceMap, Span, Value, in_bulk
from checker.reference import load as load_reference
from checker.writers.reports import generate

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FLOOR = regex.compile(r"\d[\d,.]*")
SEED_DENSITY = sum(len(FLOOR.findall(p.read_text("utf-8"))) for p in SEEDS.glob("*.txt")) / (
    sum(p.stat().st_size for p in SEEDS.glob("*.txt")) / 1000
)
"""Numbers per KB of the seed articles, printed beside the corpus's."""


def peak_mb() -> float:
    """The peak resident memory of this process and of its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def timed(f):
    started = time.perf_counter()
    out = f()
    return out, time.perf_counter() - started


def run(n: int, jobs: int, extras: bool) -> dict:
    """The stages over ``n`` corpus documents and the seeds, streamed as a run streams them: each document
    is loaded, checked and its text dropped (bar the report's share) before the next is read."""
    with tempfile.TemporaryDirectory(prefix="claim-checker-bench-") as tmp:
        root = Path(tmp)
        write(root / "docs", docs=n)
        shutil.copytree(SEEDS, root / "docs" / "seeds")
        rules = builtin_rules()
        all_metrics, series = metrics(rules), load_reference()
        sources, _ = find_sources([root / "docs"])
        mb = sum(s.file.stat().st_size for s in sources) / 1e6
        setup = Setup.of(rules, all_metrics, series)
        seconds = {"load": 0.0, "extract": 0.0, "floor": 0.0}
        numbers = kept = 0
        docs, claims = [], []
        with in_bulk():  # as a run does
            for source in sources:
                doc, secs = timed(lambda source=source: load(source)[0])
                seconds["load"] += secs
                (doc, found), secs = timed(lambda doc=doc: extract_and_date(doc, setup))
                seconds["extract"] += secs
                hits, secs = timed(lambda doc=doc: sum(1 for _ in FLOOR.finditer(doc.text)))
                seconds["floor"] += secs
                numbers += hits
                claims += found
                keep = kept + len(doc.text) <= KEEP_TEXT_LIMIT  # as a run does: texts for the report up to a limit
                kept += len(doc.text) if keep else 0
                docs.append(doc if keep else doc.model_copy(update={"text": "", "source_map": SourceMap()}))
        stages: dict[str, tuple[float, float]] = {
            "load": (seconds["load"], peak_mb()),
            "extract": (seconds["extract"], peak_mb()),
        }
        lexicon = Lexicon.of(r.vocabulary for r in rules)
        all_metrics.update(metrics_for(claims, lexicon, tuple(all_metrics.values())))  # as a run does
        events = frozenset(e.name for e in lexicon.events if e.date)
        occasions = frozenset(e.name for e in lexicon.events if e.tolls)
        findings, secs = timed(lambda: compare(claims, all_metrics, series, events, occasions))
        stages["compare"] = (secs, peak_mb())
        result = Result(
            documents=docs, claims=claims, findings=findings, texts_left_out=sum(1 for d in docs if not d.text)
        )
        _, secs = timed(lambda: write_report(result, root / "report.html"))
        stages["report"] = (secs, peak_mb())
        floor = seconds["floor"]

        print(
            f"\n{len(sources):,} documents, {mb:.1f} MB ({numbers / mb / 1000:.1f} numbers per KB; the seeds "
            f"{SEED_DENSITY:.1f}), {len(claims):,} claims, {len(findings):,} findings"
        )
        for stage, (secs, peak) in stages.items():
            print(
                f"  {stage:8} {secs:8.2f} s {mb / secs:8.2f} MB/s {len(sources) / secs:9,.0f} docs/s "
                f"{len(claims) / secs:10,.0f} claims/s   peak {peak:6,.0f} MB"
            )
        total = sum(secs for secs, _ in stages.values())
        print(
            f"  {'total':8} {total:8.2f} s {mb / total:8.2f} MB/s; floor (regex number scan) {floor:.3f} s, "
            f"{mb / floor:.0f} MB/s, {numbers:,} numbers: end to end is {total / floor:,.0f}x the floor"
        )
        if extras:
            one, peak_one = whole_run(root / "docs", 1)
            many, peak_many = whole_run(root / "docs", jobs)
            print(
                f"  --jobs {jobs}: checker extract in {many:.2f} s against {one:.2f} s with --jobs 1: "
                f"{one / many:.2f}x "
                f"(whole processes; peak {peak_many:,.0f} MB in the largest process against {peak_one:,.0f} MB)"
            )
            cache_dir = root / "cache"
            cached = Options(compare=False, cache_dir=cache_dir)
            _, cold = timed(lambda: check([root / "docs"], Config(), cached))
            _, warm = timed(lambda: check([root / "docs"], Config(), cached))
            print(
                f"  cache: first run {cold:.2f} s, second run {warm:.2f} s: {cold / warm:.1f}x faster (in this process)"
            )
            cold, _ = whole_run(root / "docs", jobs, root / "cache-cli")
            warm, _ = whole_run(root / "docs", jobs, root / "cache-cli")
            print(
                f"  cache: checker extract first run {cold:.2f} s, second run {warm:.2f} s: {cold / warm:.1f}x faster "
                "(whole processes, start-up included)"
            )
        return {
            "docs": len(sources),
            "mb": mb,
            "claims": len(claims),
            "total": total,
            "peak": peak_mb(),
            **{k: v[0] for k, v in stages.items()},
        }


_PEAK = (
    "import os, subprocess, sys; child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL); "
    "_, status, usage = os.wait4(child.pid, 0); print(usage.ru_maxrss); sys.exit(os.waitstatus_to_exitcode(status))"
)
"""Runs a command and prints its peak memory in KB. A process started from this small one, not from the
benchmark, since Linux counts the memory of the process a child was forked from in the child's peak."""


def write_report(result: Result, path: Path) -> None:
    """The HTML report, written part by part as ``checker check --html`` writes it."""
    with path.open("w", encoding="utf-8") as out:
        out.writelines(generate("html", result, path))


def warm_up() -> Setup:
    """What each process pays once: the tagger imported (its patterns compile), the rules found and their
    patterns compiled on first use (the seeds checked). The setup it used."""
    rules = builtin_rules()
    setup = Setup.of(rules, metrics(rules), load_reference())
    for source in find_sources([SEEDS])[0]:
        extract_and_date(load(source)[0], setup)
    return setup


def profile(n: int) -> None:
    """Where loading and extracting ``n`` corpus documents spends its time, after the warm-up."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        raise SystemExit("bench.py: --profile needs pyinstrument: pip install 'claim-checker[bench]'") from None
    setup = warm_up()
    with tempfile.TemporaryDirectory(prefix="claim-checker-profile-") as tmp:
        write(Path(tmp), docs=n)
        sources = find_sources([Path(tmp)])[0]
        profiler = Profiler(interval=0.0005)
        profiler.start()
        for source in sources:
            extract_and_date(load(source)[0], setup)
        profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))


def whole_run(docs: Path, jobs: int, cache_dir: Path | None = None) -> tuple[float, float]:
    """Seconds and peak MB of ``checker extract DOCS --jobs N`` as a process of its own (with the cache in
    ``cache_dir``, else none); the peak is of the largest process (the workers' are reaped into the parent's)."""
    caching = ["--cache-dir", str(cache_dir)] if cache_dir else ["--no-cache"]
    command = [sys.executable, "-m", "checker", "extract", str(docs), "-q", *caching, "--jobs", str(jobs)]
    done, secs = timed(lambda: subprocess.run([sys.executable, "-c", _PEAK, *command], capture_output=True, text=True))
    if done.returncode:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return secs, int(done.stdout) / 1024


FRAME = Frame(measure="killed")
"""The synthetic claims' frame: a count of the killed, of no event or window."""


def synthetic_claims(n: int, seed: int = 11) -> list[Claim]:
    """``n`` claims over 40 metrics and 100,000 documents, as news reports them: each metric has a true
    course over 700 days that most sources report (exactly or hedged), and 2% report something else.
    Cumulative totals grow every day; levels (hostages held, people displaced) change in steps every 60
    days; fixed and per-event figures do not change."""
    rng = random.Random(seed)
    keys = [f"metric.{i}" for i in range(40)]
    start = dt.date(2023, 10, 7)
    span = Span(start=0, end=10, line=1, column=1)
    out = []
    for i in range(n):
        k = rng.randrange(40)
        day_index = rng.randint(0, 700)
        days_counted = (day_index, day_index // 60 * 60, 0, 0)[k % 4]  # cumulative, level, fixed, per-event
        true = 1000 * (k + 1) + 50 * days_counted
        low = true if rng.random() > 0.02 else rng.randint(100, 200_000)
        hedge = rng.random()
        value = Value(low=low, high=None if hedge < 0.3 else low, qualifier="more_than" if hedge < 0.3 else "exact")
        day = start + dt.timedelta(days=day_index)
        doc = f"doc{rng.randrange(100_000):06d}"
        out.append(
            Claim(
                id=f"{doc}:{i}",
                document=doc,
                rule="SYN",
                metric=keys[k],
                value=value,
                unit="persons",
                quote="more than 40,000 were killed",
                figure="40,000",
                sentence="",
                span=span,
                as_of=day,
                as_of_earliest=day,
                as_of_latest=day,
                frame=FRAME,
            )
        )
    return out


def compare_claims(n: int) -> None:
    from checker.rule import Metric

    all_metrics = {
        f"metric.{i}": Metric(
            f"metric.{i}", "persons", ("cumulative", "level", "fixed", "per_event")[i % 4], "synthetic"
        )
        for i in range(40)
    }
    claims, made = timed(lambda: synthetic_claims(n))
    findings, secs = timed(lambda: compare(claims, all_metrics, {}))
    print(
        f"\ncompare {n:,} synthetic claims: {secs:.2f} s ({len(findings):,} findings; making them took {made:.1f} s); "
        f"peak memory {peak_mb():,.0f} MB (the claims and the comparison, in a process of their own)"
    )


_EXTRACT = """
import os, pathlib, sys, time
import regex
from checker.discovery import builtin_rules, metrics
from checker.loading import find_sources, load
from checker.pipeline import Setup, extract_and_date
if sys.argv[2] == "pure":
    from checker import prefilter
    prefilter.FAST = False
rules = builtin_rules()
setup = Setup.of(rules, metrics(rules), {}, False)
docs = [load(s)[0] for s in find_sources([pathlib.Path(sys.argv[1])])[0]]
for d in docs[:50]:
    extract_and_date(d, setup)  # patterns compiled and caches warm, as in any run after its first documents
started, cpu, claims = time.perf_counter(), time.process_time(), 0
for d in docs:
    claims += len(extract_and_date(d, setup)[1])
secs, cpu = time.perf_counter() - started, time.process_time() - cpu
floor = regex.compile(r"\\d[\\d,.]*")
scan = time.process_time()
numbers = sum(1 for d in docs for _ in floor.finditer(d.text))
print(secs, cpu, time.process_time() - scan, sum(len(d.text.encode()) for d in docs), claims)
"""
"""Extract and date every document of a folder with the checker of the working directory (``pure``: without the
pre-filter): seconds, CPU seconds, the CPU seconds of the regex number scan (the floor) over the same texts, bytes,
claims. The same few public calls at every commit since the pipeline took shape."""


def against(ref: str, n: int, rounds: int) -> None:
    """Extraction (and dating) per MB here, with the pre-filter and without, and at ``ref``, on one corpus, in
    alternating fresh processes: the median of ``rounds`` each (CPU time, so that a busy machine weighs less; wall
    seconds beside), the ratio to the number scan of the same bytes, and the ratio to ``ref`` pair by pair."""
    here = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(prefix="claim-checker-against-") as tmp:
        root = Path(tmp)
        write(root / "docs", docs=n)
        other = root / "tree"
        other.mkdir()
        archive = subprocess.run(["git", "-C", str(here), "archive", "--", ref], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(other)], input=archive, check=True)
        variants = (("fast", here, "fast"), ("pure", here, "pure"), (ref, other, "-"))
        runs: dict[str, list[tuple[float, ...]]] = {name: [] for name, _, _ in variants}
        for _ in range(rounds):
            for name, tree, how in variants:
                out = subprocess.run(
                    [sys.executable, "-c", _EXTRACT, str(root / "docs"), how],
                    cwd=tree,
                    text=True,
                    capture_output=True,
                    env={**os.environ, "PYTHONPATH": str(tree)},
                    check=True,
                )
                runs[name].append(tuple(float(x) for x in out.stdout.split()[-5:]))
        mb, claims = runs["fast"][0][3] / 1e6, {name: int(r[0][4]) for name, r in runs.items()}
        print(f"extract and date, {n:,} corpus documents ({mb:.1f} MB), {rounds} alternating runs each:")
        for name, found in runs.items():
            cpu = sorted(r[1] for r in found)
            wall = statistics.median(r[0] for r in found)
            floor = statistics.median(r[1] / r[2] for r in found)
            print(
                f"  {name:8} {mb / statistics.median(cpu):6.2f} MB/s per core (median; {mb / cpu[-1]:.2f}-"
                f"{mb / cpu[0]:.2f}), wall {mb / wall:.2f} MB/s, {floor:.0f}x the number scan, {claims[name]:,} claims"
            )
        for name in ("fast", "pure"):
            ratios = sorted(theirs[1] / mine[1] for mine, theirs in zip(runs[name], runs[ref], strict=True))
            print(
                f"  {name} is {statistics.median(ratios):.2f}x as fast as {ref} per MB of CPU time "
                f"(pair by pair: {ratios[0]:.2f}-{ratios[-1]:.2f})"
            )


def dask_run(n: int, claims: int, worker_memory: str) -> None:
    """The dask engine: extraction throughput with 1 and 2 workers on ``n`` corpus documents (each after a
    warm-up run that sends the rules and compiles them on the workers), then ``claims`` synthetic claims compared
    on 2 workers, made there, never on this process (the client)."""
    from distributed import Client, LocalCluster

    with tempfile.TemporaryDirectory(prefix="claim-checker-bench-dask-") as tmp:
        root = Path(tmp)
        write(root / "docs", docs=n)
        write(root / "warm", docs=20, seed=8)
        mb = sum(p.stat().st_size for p in (root / "docs").rglob("*.txt")) / 1e6
        rates = {}
        for workers in (1, 2) if n else ():
            with LocalCluster(
                n_workers=workers, threads_per_worker=1, memory_limit=worker_memory, dashboard_address=None
            ) as cluster:
                options = Options(compare=False, cache=False, engine="dask", scheduler=cluster.scheduler_address)
                check([root / "warm"], Config(), options)
                report, secs = timed(lambda options=options: check([root / "docs"], Config(), options))
            rates[workers] = n / secs
            print(
                f"dask engine, {workers} worker(s): {n:,} documents ({mb:.1f} MB), {len(report.claims):,} claims "
                f"in {secs:.2f} s: {n / secs:,.0f} docs/s, {mb / secs:.2f} MB/s"
            )
        if len(rates) == 2:
            print(f"  2 workers: {rates[2] / rates[1]:.2f}x the throughput of 1")
    if claims:
        with (
            LocalCluster(n_workers=2, threads_per_worker=1, memory_limit=worker_memory, dashboard_address=None) as c,
            Client(c),
        ):
            dask_compare(claims)


SYNTHETIC_CHUNK = 50_000
"""Synthetic claims made per task on the workers."""


def dask_compare(n: int) -> None:
    """``n`` synthetic claims made on the workers in chunks and compared there by family; the client's peak."""
    import dask.bag as db

    from checker.distributed import compare_bag
    from checker.rule import Metric

    all_metrics = {
        f"metric.{i}": Metric(
            f"metric.{i}", "persons", ("cumulative", "level", "fixed", "per_event")[i % 4], "synthetic"
        )
        for i in range(40)
    }
    before = peak_mb()
    chunks = list(range(0, n, SYNTHETIC_CHUNK))
    claims = db.from_sequence(chunks, npartitions=len(chunks)).map_partitions(_synthetic_pairs, n)
    findings, secs = timed(lambda: compare_bag(claims, all_metrics, {}, None, frozenset(), 2 * 4))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"dask engine: {n:,} synthetic claims made and compared on 2 workers in {secs:.1f} s, {len(findings):,} "
        f"findings; the client's peak memory {own:,.0f} MB (before comparing: {before:,.0f} MB)"
    )


def _synthetic_pairs(starts: list[int], n: int) -> list[tuple[int, Claim]]:
    """(position, claim) pairs of the synthetic claims from each start, SYNTHETIC_CHUNK (or up to n) each."""
    out = []
    for start in starts:
        made = synthetic_claims(min(SYNTHETIC_CHUNK, n - start), seed=11 + start)
        out += [(start + i, c.model_copy(update={"id": f"{c.document}:{start + i}"})) for i, c in enumerate(made)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, action="append", default=None, help="Corpus size (repeatable).")
    parser.add_argument("--jobs", type=int, default=2, help="Processes for the parallel run (default 2).")
    parser.add_argument("--claims", type=int, default=0, help="Also compare this many synthetic claims.")
    parser.add_argument(
        "--extras-up-to",
        type=int,
        default=10_000,
        help="Sets up to this many documents also get the --jobs and the cache runs (default 10,000).",
    )
    parser.add_argument(
        "--profile",
        type=int,
        metavar="N",
        help="Only profile loading and extracting N corpus documents (pyinstrument: pip install "
        "'claim-checker[bench]') and print where the time goes.",
    )
    parser.add_argument(
        "--against",
        metavar="REF",
        help="Time extraction here beside the commit REF on the same corpus (the first --docs size).",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="Alternating runs of each tree for --against (default 3)."
    )
    parser.add_argument(
        "--engine", choices=("local", "dask"), default="local", help="The engine to measure (default local)."
    )
    parser.add_argument(
        "--worker-memory", default="2GB", help="With --engine dask: each worker's memory limit (default 2GB)."
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)  # one size, in a process of its own
    args = parser.parse_args()
    if args.profile:
        profile(args.profile)
        return
    if args.against:
        against(args.against, (args.docs or [1000])[0], args.rounds)
        return
    if args.engine == "dask":
        dask_run((args.docs or [0])[0], args.claims, args.worker_memory)
        return
    if args.child:
        _, startup = timed(warm_up)
        if args.docs:
            row = run(args.docs[0], args.jobs, args.docs[0] <= args.extras_up_to)
            print(
                f"  startup  {startup:8.2f} s (the tagger and the rules compiled, once per process; not in the stages)"
            )
            print("ROW " + json.dumps(row))
        else:
            compare_claims(args.claims)
        return
    rows = []  # each size in a process of its own, so each peak is that size's
    for n in args.docs or [1000]:
        rows += _child("--docs", str(n), "--jobs", str(args.jobs), "--extras-up-to", str(args.extras_up_to))
    if len(rows) > 1:
        base = rows[0]
        print("\ngrowth against the smallest set: size, time (total of the stages) and peak memory")
        for r in rows:
            print(
                f"  {r['docs']:>9,} documents  x{r['mb'] / base['mb']:7.1f} text  x{r['total'] / base['total']:7.1f} "
                f"time  x{r['peak'] / base['peak']:5.1f} memory  ({r['total'] / r['docs'] * 1000:.2f} ms and "
                f"{r['peak'] * 1024 / r['docs']:.0f} KB per document)"
            )
    if args.claims:
        _child("--claims", str(args.claims))


def _child(*options: str) -> list[dict]:
    """Run this script on one size in a new process, passing its lines on; the rows it reports."""
    rows = []
    with subprocess.Popen([sys.executable, __file__, "--child", *options], stdout=subprocess.PIPE, text=True) as child:
        for line in child.stdout:
            if line.startswith("ROW "):
                rows.append(json.loads(line[4:]))
            else:
                print(line, end="", flush=True)
    if child.returncode:
        raise SystemExit(f"bench.py: the run of {' '.join(options)} failed (exit code {child.returncode})")
    return rows


if __name__ == "__main__":
    main()
