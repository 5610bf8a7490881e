"""The hostile inputs of issue 22 at full size, each checked by `checker check` in a fresh process: prints
its time, its peak memory, the bound the README states (20 times the file's bytes plus 200 MB) and how the
run ended. The tests run the same shapes scaled down (tests/test_inputs.py, tests/test_untrusted.py).

    python benchmarks/hostile.py                  # every case, the one-line file at 200 MB (over the size limit)
    python benchmarks/hostile.py --one-line-mb 50  # a smaller one-line file
    python benchmarks/hostile.py dates links       # some cases only

The limits: no case above 2 GB or 60 s, and each within its bound. The README gives the figures last measured.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import subprocess  # noqa: E402

from bench import _PEAK, timed  # noqa: E402 - the same peak measure as the benchmark's whole runs

from checker.loading import MAX_DOCUMENT_MB  # noqa: E402

MB = 1024 * 1024
LIMIT_SECONDS, LIMIT_MB = 60, 2048
TOLL = "The Health Ministry in Gaza said on Thursday that 40,005 people have been killed in Gaza. "


def _dates() -> Iterator[str]:
    yield "Oct. 7 " * 150_000  # 1 MB: each date mention once kept a copy of its sentence (9.3 GB)


def _links() -> Iterator[str]:
    yield "](" * 150_000  # 300 KB: a quadratic skip pattern on re, which has no time limit (29 s)


def _one_line(mb: int) -> Callable[[], Iterator[str]]:
    """``mb`` MB on one line: words, with a sentence holding a figure every 10 KB or so (6.4 GB at 200 MB)."""

    def parts() -> Iterator[str]:
        block = "word " * 2_000 + TOLL
        for _ in range(mb * MB // len(block)):
            yield block

    return parts


def _attributes() -> Iterator[str]:
    yield "<html><body><p" + " a=1" * 2_000_000 + ">The toll rose to 40,005.</p></body></html>\n"  # 8 MB (1.6 GB)


def cases(one_line_mb: int) -> dict[str, tuple[str, Callable[[], Iterator[str]]]]:
    """Each case's name: its file name and what goes in it, part by part."""
    return {
        "dates": ("dates.txt", _dates),
        "links": ("links.md", _links),
        "one-line": ("one-line.txt", _one_line(one_line_mb)),
        "largest": ("largest.txt", _one_line(MAX_DOCUMENT_MB - 1)),  # the largest file read, on one line
        "attributes": ("attributes.html", _attributes),
    }


def measure(file: Path) -> tuple[float, float, int, str]:
    """(seconds, peak MB, exit code, the input findings it told) of `checker check FILE`, no cache, no reports."""
    command = [sys.executable, "-m", "checker", "check", str(file), "--no-cache", "--no-reports", "-q", "-f", "json"]
    done, seconds = timed(
        lambda: subprocess.run([sys.executable, "-c", _PEAK, *command], capture_output=True, text=True, check=False)
    )
    told = "; ".join(line.split(": ", 2)[-1] for line in done.stderr.splitlines()) or "-"
    peak = int(done.stdout) / 1024 if done.stdout.strip().isdigit() else float("nan")
    return seconds, peak, done.returncode, told


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="cases to run (default: all)")
    parser.add_argument("--one-line-mb", type=int, default=200, help="the one-line file's size in MB (200)")
    args = parser.parse_args()
    chosen = cases(args.one_line_mb)
    unknown = set(args.names) - set(chosen)
    if unknown:
        parser.error(f"unknown case(s) {sorted(unknown)}; the cases are {', '.join(chosen)}")
    print(f"{'case':<12}{'size':>10}{'time':>9}{'peak':>10}{'bound':>10}  exit  told")
    over = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.names or chosen:
            file_name, parts = chosen[name]
            file = Path(tmp, file_name)
            with file.open("w", encoding="utf-8") as out:
                out.writelines(parts())
            size = file.stat().st_size / MB
            seconds, peak, code, told = measure(file)
            bound = 20 * size + 200
            print(f"{name:<12}{size:>8.1f}MB{seconds:>8.1f}s{peak:>8.0f}MB{bound:>8.0f}MB  {code:>4}  {told}")
            if not (seconds <= LIMIT_SECONDS and peak <= min(LIMIT_MB, bound)):
                over.append(name)
            file.unlink()
    if over:
        raise SystemExit(f"over a limit: {', '.join(over)}")


if __name__ == "__main__":
    main()
