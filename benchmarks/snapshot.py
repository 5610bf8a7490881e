"""Everything the checker reads and finds, as one JSON document, to diff before and after a change that must not
change behaviour (a refactor):

    python benchmarks/snapshot.py > /tmp/before.json
    ... refactor ...
    python benchmarks/snapshot.py > /tmp/after.json && diff /tmp/before.json /tmp/after.json

It covers the bundled seeds (claims, dates and findings of `checker check`), every rule example and test sentence
(the claims each gives, and the figures that are no claim with why), and the development set's texts when they are
present (each text's claims and inferred date with no date given, then the findings of the whole set checked with
its manifest's addresses). Nothing here is scored: any difference at all is a change of behaviour.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_set import documents, normalised_hash, text_of  # noqa: E402

from checker.discovery import builtin_rules, metrics  # noqa: E402
from checker.extraction import extract_undated  # noqa: E402
from checker.loading import from_text  # noqa: E402
from checker.pipeline import Setup, extract_and_date, run  # noqa: E402
from checker.reference import load as load_reference  # noqa: E402

HERE = Path(__file__).resolve().parent.parent


def _claim(c) -> dict:
    return c.model_dump(mode="json")


def _finding(f) -> dict:
    return f.model_dump(mode="json")


def _texts(rules, setup) -> dict:
    """Each rule example and test sentence: its claims and unclaimed figures."""
    sentences = [
        json.loads(line)["text"]
        for f in sorted((HERE / "tests" / "sentences").glob("*.jsonl"))
        for line in f.read_text("utf-8").splitlines()
        if line.strip()
    ]
    examples = [e.text for r in rules for e in r.examples]
    out = {}
    for i, text in enumerate(examples + sentences):
        unclaimed: list = []
        doc = from_text(text, f"t{i}")
        claims, _, _ = extract_undated(doc, rules, None, unclaimed)
        out[f"{i}: {text[:60]}"] = {
            "claims": [_claim(c) for c in claims],
            "unclaimed": [[u.quantity.text, u.why] for u in unclaimed],
        }
    return out


def _news(setup) -> dict:
    """The development set's texts (those present and matching): claims and date with no date given, then the
    findings of the whole set."""
    out: dict = {}
    docs = [d for d in documents() if (t := text_of(d)) is not None and normalised_hash(t) == d["sha256"]]
    for d in docs:
        doc, claims = extract_and_date(from_text(text_of(d), d["id"], url=d.get("url")), setup)
        out[d["id"]] = {"date": doc.date.model_dump(mode="json"), "claims": [_claim(c) for c in claims]}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        manifest = []
        for d in docs:
            (folder / f"{d['id']}.txt").write_text(text_of(d), encoding="utf-8")
            manifest.append(f'["{d["id"]}.txt"]\nurl = {json.dumps(d["url"])}\n')
        (folder / "documents.toml").write_text("\n".join(manifest), encoding="utf-8")
        out["findings"] = [_finding(f) for f in run([folder]).findings]
    return out


def main() -> None:
    rules = builtin_rules()
    setup = Setup.of(rules, metrics(rules), load_reference())
    seeds = run([])
    snapshot = {
        "seeds": {
            "claims": [_claim(c) for c in seeds.claims],
            "dates": {d.id: d.date.model_dump(mode="json") for d in seeds.documents},
            "findings": [_finding(f) for f in seeds.findings],
        },
        "texts": _texts(rules, setup),
        "news": _news(setup),
    }
    json.dump(snapshot, sys.stdout, indent=1, sort_keys=True, default=str)
    print()


if __name__ == "__main__":
    main()
