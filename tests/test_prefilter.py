"""The Hyperscan pre-filter changes no claim: both paths over the seeds, every rule example and a sample of the
benchmark corpus give the same claims and dates (the hypothesis strategies: test_properties.py); its compiled
databases are cached, and a corrupt one is compiled again."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import regex

from checker import prefilter
from checker.discovery import builtin_rules
from checker.extraction import extract_with_times
from checker.loading import from_text

pytest.importorskip("hyperscan", reason="the fast extra (hyperscan) is not installed: there is one path only")

RULES = builtin_rules()
ROOT = Path(__file__).resolve().parent.parent


def both_paths(text: str) -> tuple[object, object]:
    """The claims and dates of a text with the pre-filter and without it."""
    out = []
    for fast in (True, False):
        prefilter.FAST = fast
        try:
            claims, times = extract_with_times(from_text(text), RULES)
        finally:
            prefilter.FAST = True
        out.append(([c.model_dump() for c in claims], [(t.quantity, t.past, t.anchor, t.role) for t in times]))
    return out[0], out[1]


def _corpus_sample(n: int) -> list[str]:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_corpus", corpus)
    spec.loader.exec_module(corpus)
    texts = corpus.documents(seed=11)
    return [next(texts) for _ in range(n)]


TEXTS = {
    **{f"seed-{p.stem}": p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))},
    "examples": "\n\n".join(ex.text for r in RULES for ex in r.examples),
    **{f"corpus-{i}": t for i, t in enumerate(_corpus_sample(120))},
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_the_same_claims_with_and_without_the_prefilter(name):
    fast, pure = both_paths(TEXTS[name])
    assert fast == pure
    if name.startswith("seed-"):
        assert fast[0], "a seed with no claims tests nothing"


@pytest.mark.parametrize("index", range(len([ex for r in RULES for ex in r.examples])))
def test_every_rule_example_alone(index):
    example = [ex for r in RULES for ex in r.examples][index]
    fast, pure = both_paths(example.text)
    assert fast == pure


def test_loosened_patterns_match_a_superset():
    pattern = regex.compile(r"(?<!\w)\d+\s+days?\b(?=\s|$)|\bk(\d)\1", regex.I)
    loose = prefilter.loosen(pattern)
    assert loose is not None and "(?<" not in loose and "\\b" not in loose
    scanner = prefilter.Scanner([pattern])
    text = "x12 days, 3 DAYS ago, \u212a44 and 7 dayss"  # the Kelvin sign is a K when case is ignored
    ends = scanner.ends(text)[0]
    assert ends is not None
    assert all(m.end() in ends for m in pattern.finditer(text))
    assert [m.span() for m in pattern.finditer(text)] == [(10, 16), (22, 25)]


def test_full_case_folding_is_allowed_for():
    """A version 1 pattern ignoring case folds fully: "strasse" matches "STRAßE", "fiscal" matches "ﬁscal"."""
    patterns = [regex.compile(w, regex.I | regex.V1) for w in ("strasse", "fiscal", "staff office")]
    text = "Stra\u00dfe, \ufb01scal, sta\ufb03ce, STAFF OFFICE"
    ends = prefilter.Scanner(patterns).ends(text)
    for pattern, found in zip(patterns, ends, strict=True):
        assert found is not None
        real = [m.end() for m in pattern.finditer(text)]
        assert real and all(e in found for e in real), (pattern.pattern, real, found)


def test_what_cannot_be_loosened_is_allowed_everywhere():
    fuzzy = regex.compile(r"(?:hostages){e<=1}")
    empty = regex.compile(r"(?=x)\b")
    assert prefilter.loosen(fuzzy) is None and prefilter.loosen(empty) is None
    scanner = prefilter.Scanner([fuzzy, empty, regex.compile("hostages")])
    assert scanner.everywhere == {0, 1}
    assert scanner.ends("no such word") == [None, None, []]


def test_a_corrupt_or_stale_database_is_compiled_again(tmp_path):
    patterns = [regex.compile(r"\d+ killed"), regex.compile(r"(?<=\s)aid trucks?", regex.I)]
    first = prefilter.Scanner(patterns, tmp_path)
    [cached] = tmp_path.glob("*.hsdb")
    assert prefilter.Scanner(patterns, tmp_path).ends("40 killed, 12 Aid trucks") == [[9], [23, 24]]
    for damage in (b"0\n" + b"\x00" * 64, b"not a database", cached.read_bytes()[:-100]):
        cached.write_bytes(damage)
        again = prefilter.Scanner(patterns, tmp_path)
        assert again.ends("40 killed, 12 Aid trucks") == first.ends("40 killed, 12 Aid trucks") == [[9], [23, 24]]
        assert cached.read_bytes() != damage
