"""The real-news development set: check its texts against the manifest, validate its annotations, count it.

    python benchmarks/news_set.py hash FILE          # the text's SHA-256, white space collapsed and ends stripped
    python benchmarks/news_set.py check              # every text present and matching its hash
    python benchmarks/news_set.py validate [ID ...]  # annotations well formed: anchors and figures in the text
    python benchmarks/news_set.py stats              # documents, outlets, topics, claims

The set lives in benchmarks/news/: one JSON file per article in annotations/ (its manifest entry and its
claims, committed) and the article's text in texts/ID.txt (third-party text: git-ignored, never committed).
How to pull the texts again is in benchmarks/news/README.md.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HOME = Path(__file__).resolve().parent / "news"
ANNOTATIONS = HOME / "annotations"
TEXTS = HOME / "texts"

QUALIFIERS = {"exact", "at_least", "more_than", "at_most", "approx", "vague"}
UNITS = {"people", "days", "percent", "trucks", "date", "count", "usd", "tonnes"}
MOODS = {"fact", "estimate", "proposal", "hypothetical", "negated"}
HEADLINE = {
    "killed.gaza",
    "injured.gaza",
    "killed.westbank",
    "killed.israel.oct7",
    "hostages.taken",
    "hostages.held",
    "hostages.held_alive",
    "hostages.dead_in_captivity",
    "hostages.released",
    "prisoners.released",
    "displaced.gaza",
    "population.gaza",
    "aid.trucks",
    "truce.duration",
    "event.date",
}
BUILT_IN = HEADLINE | {"killed.journalists", "killed.aid_workers"}
_KEY = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9][a-z0-9_]*)+")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}|\d{4}-\d{2}")


def normalised_hash(text: str) -> str:
    """SHA-256 of the text with every run of white space collapsed to one space and both ends stripped."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def documents(ids: list[str] | None = None) -> list[dict]:
    """The annotation files (each a manifest entry with its claims), by id."""
    files = sorted(ANNOTATIONS.glob("*.json"))
    docs = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    return [d for d in docs if not ids or d["id"] in ids]


def text_of(doc: dict) -> str | None:
    path = TEXTS / f"{doc['id']}.txt"
    return path.read_text(encoding="utf-8") if path.is_file() else None


def locate(text: str, claim: dict) -> tuple[int, int] | None:
    """Where the claim's figure is in the text: the figure inside its anchor (the anchor's n-th occurrence,
    ``occurrence`` counting from 1), with white space runs matching any white space."""
    anchor = _loose(claim["anchor"])
    found = list(re.finditer(anchor, text))
    n = claim.get("occurrence", 1)
    if len(found) < n:
        return None
    a = found[n - 1]
    figure = re.search(_loose(claim["figure"]), text[a.start() : a.end()])
    if figure is None:
        return None
    return a.start() + figure.start(), a.start() + figure.end()


def _loose(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


def problems(doc: dict, text: str | None) -> list[str]:
    """What is wrong with one annotation file, one line each."""
    out = []
    for field in ("id", "url", "outlet", "query", "published", "topic", "sha256", "claims"):
        if field not in doc:
            out.append(f"missing field {field!r}")
    if text is None:
        out.append(f"no text at {TEXTS / (doc.get('id', '?') + '.txt')}")
    elif doc.get("sha256") != normalised_hash(text):
        out.append("the text does not match its sha256")
    if doc.get("published") and not _ISO.fullmatch(doc["published"]):
        out.append(f"published {doc['published']!r} is not YYYY-MM-DD or YYYY-MM")
    seen: set[tuple[int, int]] = set()
    for i, c in enumerate(doc.get("claims", []), 1):
        where = f"claim {i} ({c.get('anchor', '?')!r})"
        for field in (
            "key",
            "low",
            "high",
            "qualifier",
            "unit",
            "anchor",
            "figure",
            "as_of",
            "measure",
            "where",
            "window",
            "mood",
        ):
            if field not in c:
                out.append(f"{where}: missing field {field!r}")
        if not _KEY.fullmatch(c.get("key", "")):
            out.append(f"{where}: key {c.get('key')!r} is not dotted lower-case parts")
        if c.get("qualifier") not in QUALIFIERS:
            out.append(f"{where}: qualifier {c.get('qualifier')!r} not one of {sorted(QUALIFIERS)}")
        if c.get("unit") not in UNITS:
            out.append(f"{where}: unit {c.get('unit')!r} not one of {sorted(UNITS)}")
        if c.get("mood") not in MOODS:
            out.append(f"{where}: mood {c.get('mood')!r} not one of {sorted(MOODS)}")
        if len(c.get("anchor", "").split()) > 6:
            out.append(f"{where}: anchor longer than six words")
        if c.get("as_of") and not _ISO.fullmatch(c["as_of"]):
            out.append(f"{where}: as_of {c['as_of']!r} is not YYYY-MM-DD or YYYY-MM")
        if c.get("unit") == "date":
            if not all(isinstance(b, str) and _ISO.fullmatch(b) for b in (c.get("low"), c.get("high"))):
                out.append(f"{where}: a date's low and high must be ISO dates")
        elif not all(b is None or isinstance(b, (int, float)) for b in (c.get("low"), c.get("high"))):
            out.append(f"{where}: low and high must be numbers or null")
        if text is not None and "anchor" in c and "figure" in c:
            at = locate(text, c)
            if at is None:
                out.append(f"{where}: anchor not found in the text, or figure {c['figure']!r} not inside it")
            elif at in seen:
                out.append(f"{where}: a second claim on the same figure (give 'occurrence' for a repeated anchor)")
            else:
                seen.add(at)
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "hash":
        print(normalised_hash(Path(rest[0]).read_text(encoding="utf-8")))
        return 0
    docs = documents(rest or None)
    if command == "check":
        bad = [d["id"] for d in docs if (t := text_of(d)) is None or normalised_hash(t) != d["sha256"]]
        print(
            f"{len(docs) - len(bad)} of {len(docs)} texts present and matching"
            + (f"; not: {' '.join(bad)}" if bad else "")
        )
        return 1 if bad else 0
    if command == "validate":
        count = 0
        for d in docs:
            for p in problems(d, text_of(d)):
                print(f"{d.get('id')}: {p}")
                count += 1
        print(f"{len(docs)} documents, {count} problems")
        return 1 if count else 0
    if command == "stats":
        claims = [c for d in docs for c in d["claims"]]
        topics = Counter(d["topic"] for d in docs)
        print(
            f"{len(docs)} documents, {len({d['outlet'] for d in docs})} outlets, {len(claims)} claims "
            f"({sum(c['key'] in HEADLINE for c in claims)} under headline keys)"
        )
        print(
            "published:",
            min(d["published"] for d in docs),
            "to",
            max(d["published"] for d in docs),
            f"({sum(bool(d.get('published_inferred')) for d in docs)} inferred)",
        )
        print("topics:", ", ".join(f"{t} {n}" for t, n in topics.most_common()))
        print("keys:", ", ".join(f"{k} {n}" for k, n in Counter(c["key"] for c in claims).most_common(40)))
        return 0
    print(f"unknown command {command!r}\n{__doc__}")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
