"""Coverage-guided fuzzing of the loaders and the extractor with atheris.

    pip install atheris
    python fuzz/harness.py --minutes 30 [--target load|extract] [--corpus DIR]

Each input is taken as the bytes of a .txt, .md or .html file (chosen by its first byte). It is loaded and extracted;
the properties checked are those of tests/test_properties.py: nothing raises except the documented LoadError and
TimeoutError, every claim's quote is the source text at its span, and every interval has low <= high. A crash stops the
run and atheris writes the input to crash-*. libFuzzer prints executions and coverage (cov: edges, ft: features) as it
goes and at the end.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from checker.discovery import builtin_rules
    from checker.extraction import extract
    from checker.loading import InputFile, LoadError, load
    from checker.quantities import parse

RULES = builtin_rules()
SUFFIXES = (".txt", ".md", ".html")
WORKDIR = Path(tempfile.mkdtemp(prefix="claim-checker-fuzz-"))


def check(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % 3]
    path = WORKDIR / f"doc{suffix}"
    path.write_bytes(data[1:])
    try:
        doc, _ = load(InputFile(path, "doc", path.name))
    except LoadError:
        return
    try:
        claims = extract(doc, RULES)
        quantities = parse(doc.text)
    except TimeoutError:
        return
    for q in quantities:
        assert doc.text[q.start : q.end] == q.text, (q, doc.text)
        if isinstance(q.low, (int, float)) and isinstance(q.high, (int, float)):
            assert q.low <= q.high, q
    for c in claims:
        assert 0 <= c.span.start <= c.span.end, c
        if doc.format == "txt":
            assert c.quote in doc.text and c.span.end <= len(doc.text), c
        v = c.value
        if isinstance(v.low, (int, float)) and isinstance(v.high, (int, float)):
            assert v.low <= v.high, c


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parent / "corpus")
    args, rest = parser.parse_known_args()
    args.corpus.mkdir(exist_ok=True)
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    for f in sorted(seeds.glob("*.txt")):  # start from real articles, cut into paragraphs
        for i, para in enumerate(f.read_text("utf-8").split("\n")[:20]):
            target = args.corpus / f"{f.stem}-{i}"
            if not target.exists() and para.strip():
                target.write_bytes(b"\x00" + para.encode("utf-8"))
    atheris.Setup(
        [
            sys.argv[0],
            f"-max_total_time={int(args.minutes * 60)}",
            "-max_len=4096",
            "-rss_limit_mb=4096",
            str(args.corpus),
            *rest,
        ],
        check,
    )
    atheris.Fuzz()


if __name__ == "__main__":
    main()
