"""How the checker reads real news: its claims on the development set (benchmarks/news/) against the annotations.

    python benchmarks/news_eval.py                 # the figures (recall, precision, labels, qualifiers, keys)
    python benchmarks/news_eval.py --show misses   # and each miss (also: false, labels, values, keys)
    python benchmarks/news_eval.py --json          # the figures as JSON
    python benchmarks/news_eval.py --dates         # and how well documents are dated with no date given
    python benchmarks/news_eval.py --findings      # and the cross-source findings against pairs.json

A checker claim and an annotated claim are the same figure when their figures overlap in the text. Then:

- recall, headline keys: annotated figures under one of the 15 headline keys found under that very key;
- recall, other figures: the rest found under a key that is not a headline key;
- precision: checker claims that are an annotated figure (a claim on a figure that is not annotated, or a
  second claim on one figure, counts against it; a claim repeating an annotated figure's key and value
  elsewhere in the article, as a headline repeats the body, counts neither way);
- label accuracy: of the figures found, those whose key is right about being a headline series (a sub-scope
  figure under a headline key is wrong, so is a headline figure under another key);
- qualifier and interval agreement: of the figures found, those whose qualifier, and whose interval, are the
  annotation's (a share against its percent, a duration in days, a date as ISO days);
- key consistency: of the pairs of found figures annotated with the same key, those the checker gave the same
  key;
- other conflicts and disasters: recall on the excerpts about anything but Gaza, the West Bank and Israel,
  and how many of their claims carry a Gaza key.

Dating (--dates): each document whose publication day the manifest knows is read with no date given, as a new user would
(its address is given, as a manifest gives it: a day in the address dates it); its inferred date is tight when the
estimate is within 3 days of the day or the interval is at most 7 days and holds it, wrong when the estimate is more
than 3 days off or the interval leaves the day out, else loose (an honest interval, or no date at all).

Findings (--findings): the whole set is checked as a user would (`checker check` on its texts), once with no dates given
and once with the manifest's publication days (addresses and outlets given both times), and the findings are scored
against the pairs of benchmarks/news/pairs.json: a must-flag pair is flagged when one warning or error finding cites
both of its claims, one on each side (the document it is about, named first, and the claims it sets against it: a
finding that sets X against A and B does not flag A against B); a must-not pair so cited is wrongly flagged; every other
warning or error finding is a false alarm (counted per 20 documents), and info findings per document.

Texts that are missing or do not match their hash are left out, and said so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_set import HEADLINE, documents, locate, normalised_hash, text_of

from checker.discovery import discover, metrics
from checker.extraction import extract_with_times
from checker.loading import from_text
from checker.pipeline import Setup, extract_and_date
from checker.pipeline import run as check
from checker.reference import load as load_reference
from checker.writers.wording import message

GAZA_WAR = ("gaza", "westbank", "israel")
_QUALIFIERS = {"less_than": "at_most", "range": "approx"}


@dataclass
class Pair:
    doc: str
    annotation: dict
    claim: object | None


@dataclass
class Tally:
    pairs: list[Pair] = field(default_factory=list)
    false: list[tuple[str, object]] = field(default_factory=list)
    repeats: int = 0
    claims: int = 0
    left_out: list[str] = field(default_factory=list)
    other_docs: set[str] = field(default_factory=set)


def figure_span(text: str, claim) -> tuple[int, int]:
    """Where a checker claim's figure is: its first occurrence inside the quote as a figure of its own (the "2"
    of "...before Oct. 7, 2023: 2" is not the one in 2023)."""
    whole = re.compile(rf"(?<![\w,.]){re.escape(claim.figure)}(?![\w]|[,.]\d)")
    found = whole.search(text, claim.span.start, claim.span.end + len(claim.figure))
    start = found.start() if found else text.find(claim.figure, claim.span.start, claim.span.end + len(claim.figure))
    if start < 0:
        start = claim.span.start
    return start, start + len(claim.figure)


def run(rules) -> Tally:
    tally = Tally()
    for doc in documents():
        text = text_of(doc)
        if text is None or normalised_hash(text) != doc["sha256"]:
            tally.left_out.append(doc["id"])
            continue
        if not any(doc["topic"].startswith(t) for t in GAZA_WAR):
            tally.other_docs.add(doc["id"])
        published = doc["published"]
        day = dt.date.fromisoformat(published) if len(published) == 10 else None
        claims, _ = extract_with_times(from_text(text, doc["id"], day), rules)
        tally.claims += len(claims)
        spans = [(figure_span(text, c), c) for c in claims]
        used: set[int] = set()
        for a in doc["claims"]:
            at = locate(text, a)
            match = None
            if at is not None:
                for i, ((s, e), c) in enumerate(spans):
                    if i not in used and s < at[1] and at[0] < e:
                        match = c
                        used.add(i)
                        break
            tally.pairs.append(Pair(doc["id"], a, match))
        annotated = {(a["key"], a["low"], a["high"]) for a in doc["claims"]}
        for i, (_, c) in enumerate(spans):
            if i in used:
                continue
            if (c.metric, c.value.low, c.value.high) in annotated:
                tally.repeats += 1
            else:
                tally.false.append((doc["id"], c))
    return tally


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str) or isinstance(b, str):
        return str(a)[:10] == str(b)[:10]
    return abs(float(a) - float(b)) <= max(0.5, 0.005 * abs(float(b)))


def value_agrees(a: dict, c) -> bool:
    """Whether the checker's interval is the annotation's (a share as its percent)."""
    value = c.value
    if a["unit"] == "percent" and getattr(c, "share", None) is not None:
        value = c.share
    low, high = value.low, value.high
    if isinstance(low, str) and low.startswith("--"):
        return _close(a["low"][5:] if a["low"] else None, low[2:]) and _close(
            a["high"][5:] if a["high"] else None, str(high)[2:]
        )
    return _close(a["low"], low) and _close(a["high"], high)


def qualifier_agrees(a: dict, c) -> bool:
    q = c.value.qualifier
    if a["unit"] == "percent" and getattr(c, "share", None) is not None:
        q = c.share.qualifier
    return _QUALIFIERS.get(q, q) == a["qualifier"]


def label_right(annotated: str, got: str) -> bool:
    """A headline figure under its own key; any other figure under a key that is not a headline key."""
    return got == annotated if annotated in HEADLINE else got not in HEADLINE


def family(key: str) -> str:
    return key.split(".")[0]


def figures(t: Tally) -> dict:
    found = [p for p in t.pairs if p.claim is not None]
    head = [p for p in t.pairs if p.annotation["key"] in HEADLINE]
    other = [p for p in t.pairs if p.annotation["key"] not in HEADLINE]
    head_hit = [p for p in head if p.claim is not None and p.claim.metric == p.annotation["key"]]
    other_hit = [p for p in other if p.claim is not None and p.claim.metric not in HEADLINE]
    labels = [p for p in found if label_right(p.annotation["key"], p.claim.metric)]
    by_key: dict[str, Counter] = defaultdict(Counter)
    for p in found:
        by_key[p.annotation["key"]][p.claim.metric] += 1
    same = sum(n * (n - 1) // 2 for counts in by_key.values() for n in counts.values())
    pairs = sum(sum(counts.values()) * (sum(counts.values()) - 1) // 2 for counts in by_key.values())
    correct = len(found)
    precision_base = correct + len(t.false)
    other_docs = [p for p in t.pairs if p.doc in t.other_docs]
    other_found = [p for p in other_docs if p.claim is not None and p.claim.metric not in HEADLINE]
    gaza_keys = sum(1 for p in other_docs if p.claim is not None and _is_gaza(p.claim.metric))
    gaza_keys += sum(1 for d, c in t.false if d in t.other_docs and _is_gaza(c.metric))

    def rate(hit: int, total: int) -> float:
        return round(hit / total, 3) if total else 0.0

    per_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p in t.pairs:
        fam = family(p.annotation["key"])
        per_family[fam][1] += 1
        key = p.annotation["key"]
        if p.claim is not None and (p.claim.metric == key if key in HEADLINE else p.claim.metric not in HEADLINE):
            per_family[fam][0] += 1
    return {
        "documents": len({p.doc for p in t.pairs}),
        "left_out": t.left_out,
        "annotated": len(t.pairs),
        "checker_claims": t.claims,
        "recall_headline": rate(len(head_hit), len(head)),
        "recall_headline_counts": [len(head_hit), len(head)],
        "recall_other": rate(len(other_hit), len(other)),
        "recall_other_counts": [len(other_hit), len(other)],
        "precision": rate(correct, precision_base),
        "precision_counts": [correct, precision_base],
        "repeats": t.repeats,
        "label_accuracy": rate(len(labels), len(found)),
        "qualifier_agreement": rate(sum(qualifier_agrees(p.annotation, p.claim) for p in found), len(found)),
        "interval_agreement": rate(sum(value_agrees(p.annotation, p.claim) for p in found), len(found)),
        "key_consistency": rate(same, pairs),
        "key_consistency_pairs": [same, pairs],
        "other_conflicts_recall": rate(len(other_found), len(other_docs)),
        "other_conflicts_counts": [len(other_found), len(other_docs)],
        "other_conflicts_gaza_keys": gaza_keys,
        "recall_by_family": {
            k: [v[0], v[1], rate(v[0], v[1])] for k, v in sorted(per_family.items(), key=lambda kv: -kv[1][1])
        },
    }


def _is_gaza(key: str) -> bool:
    return key in HEADLINE and key not in ("event.date",) or ".gaza" in key or key.endswith("gaza")


def show(t: Tally, what: str) -> None:
    for p in t.pairs:
        a, c = p.annotation, p.claim
        if what == "misses" and (c is None or (a["key"] in HEADLINE and c.metric != a["key"])):
            got = f" (got {c.metric})" if c is not None else ""
            print(f"{p.doc}: miss {a['key']} {a['anchor']!r}{got}")
        elif what == "labels" and c is not None and c.metric != a["key"]:
            print(f"{p.doc}: {a['key']} -> {c.metric}  {a['anchor']!r}")
        elif what == "values" and c is not None and not (value_agrees(a, c) and qualifier_agrees(a, c)):
            print(
                f"{p.doc}: {a['anchor']!r} want {a['qualifier']} {a['low']}-{a['high']} got "
                f"{c.value.qualifier} {c.value.low}-{c.value.high} share={getattr(c, 'share', None)}"
            )
    if what == "false":
        for doc, c in t.false:
            print(f"{doc}: false {c.metric} {c.quote!r}")
    if what == "keys":
        groups: dict[str, Counter] = defaultdict(Counter)
        for p in t.pairs:
            if p.claim is not None:
                groups[p.annotation["key"]][p.claim.metric] += 1
        for key, counts in sorted(groups.items()):
            if len(counts) > 1:
                print(f"{key}: {dict(counts)}")


def dating(rules, show: bool = False) -> dict:
    """How each document with a known publication day is dated with no date given (see the module's doc)."""
    setup = Setup.of(rules, metrics(rules), load_reference())
    tally: Counter = Counter()
    widths: list[int] = []
    for doc in documents():
        text = text_of(doc)
        if text is None or doc.get("published_inferred") or len(doc["published"]) != 10:
            continue
        day = dt.date.fromisoformat(doc["published"])
        dated, _ = extract_and_date(from_text(text, doc["id"], url=doc.get("url")), setup)
        d = dated.date
        lo, hi, est = d.earliest, d.latest, d.estimate
        if est is None and lo is None and hi is None:
            verdict = "none"
        elif (
            (lo is not None and day < lo)
            or (hi is not None and day > hi)
            or (est is not None and abs((est - day).days) > 3 and not (lo and hi and (hi - lo).days <= 7))
        ):
            verdict = "wrong"
        elif (est is not None and abs((est - day).days) <= 3) or (lo and hi and (hi - lo).days <= 7):
            verdict = "tight"
        else:
            verdict = "loose"
        if lo is not None and hi is not None:
            widths.append((hi - lo).days)
        tally[verdict] += 1
        if show and verdict != "tight":
            print(
                f"{doc['id']}: {verdict} published {day}, dated {lo} .. {hi} (estimate {est}; {d.source})"
                + "".join(f"\n    {e.quote!r}: {e.reason}" for e in d.evidence[:4])
            )
    n = sum(tally.values())
    widths.sort()
    return {
        "dated_documents": n,
        **{k: tally[k] for k in ("tight", "wrong", "loose", "none")},
        "tight_rate": round(tally["tight"] / n, 3) if n else 0.0,
        "wrong_rate": round(tally["wrong"] / n, 3) if n else 0.0,
        "median_interval_days": widths[len(widths) // 2] if widths else None,
    }


PAIRS = Path(__file__).resolve().parent / "news" / "pairs.json"


def findings_eval(dated: bool, show: bool = False) -> dict:
    """The findings on the whole set against the annotated pairs (see the module's doc)."""
    import tempfile

    pairs = json.loads(PAIRS.read_text(encoding="utf-8"))
    docs = {d["id"]: d for d in documents()}
    with tempfile.TemporaryDirectory(prefix="news-eval-") as tmp:
        folder = Path(tmp)
        texts, dates, manifest = {}, {}, []
        for doc_id, doc in docs.items():
            text = text_of(doc)
            if text is None or normalised_hash(text) != doc["sha256"]:
                continue
            path = folder / f"{doc_id}.txt"
            path.write_text(text, encoding="utf-8")
            texts[doc_id] = text
            manifest.append(f'["{doc_id}.txt"]\nurl = {json.dumps(doc["url"])}\noutlet = {json.dumps(doc["outlet"])}\n')
            if dated and len(doc["published"]) == 10:
                dates[path] = dt.date.fromisoformat(doc["published"])
        (folder / "documents.toml").write_text("\n".join(manifest), encoding="utf-8")  # addresses and outlets, no dates
        result = check([folder], dates=dates)
    claims = {c.id: c for c in result.claims}

    def where(ref: dict) -> tuple[str, tuple[int, int]] | None:
        doc = docs[ref["doc"]]
        hit = next((a for a in doc["claims"] if a["anchor"] == ref["anchor"] and a["key"] == ref["key"]), None)
        at = locate(texts.get(ref["doc"], ""), hit) if hit else None
        return (ref["doc"], at) if at else None

    def cites(f, ref, first: bool) -> bool:
        """Whether the finding cites the annotated claim on its first side (the claims of the document it is
        about, named first) or on the other (the claims it sets against them)."""
        spot = where(ref)
        if spot is None or not f.claims:
            return False
        doc, (s, e) = spot
        about = f.claims[0].split(":")[0]
        if (doc == about) != first:
            return False
        for cid in f.claims:
            c = claims.get(cid)
            if c is not None and c.document == doc:
                fs, fe = figure_span(texts[doc], c)
                if fs < e and s < fe:
                    return True
        return False

    def opposes(f, pair) -> bool:
        """The finding sets the pair's two claims against each other (one on each side)."""
        return (cites(f, pair["a"], True) and cites(f, pair["b"], False)) or (
            cites(f, pair["b"], True) and cites(f, pair["a"], False)
        )

    alarms = [f for f in result.findings if f.severity in ("warning", "error") and f.code[0] in "CDT"]
    flagged = [p for p in pairs["must_flag"] if any(opposes(f, p) for f in alarms)]
    wrong = [p for p in pairs["must_not"] if any(opposes(f, p) for f in alarms)]
    known = pairs["must_flag"] + pairs.get("revisions", [])
    false = [f for f in alarms if not any(opposes(f, p) for p in known)]
    info = [f for f in result.findings if f.severity == "info" and f.code[0] in "CDT"]
    n = len(texts)
    if show:
        for p in pairs["must_flag"]:
            if p not in flagged:
                print(f"  missed: {p['a']['doc']} {p['a']['anchor']!r} / {p['b']['doc']} {p['b']['anchor']!r}")
        for p in wrong:
            print(f"  wrongly flagged: {p['a']['doc']} {p['a']['anchor']!r} / {p['b']['doc']} {p['b']['anchor']!r}")
        for f in false:
            print(f"  false alarm: {f.code} [{f.severity}] {message(f, claims)[:220]}")
    return {
        "documents": n,
        "must_flag": len(pairs["must_flag"]),
        "flagged": len(flagged),
        "must_not": len(pairs["must_not"]),
        "wrongly_flagged": len(wrong),
        "false_alarms": len(false),
        "false_alarms_per_20_documents": round(20 * len(false) / n, 2) if n else 0.0,
        "info_per_document": round(len(info) / n, 2) if n else 0.0,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", choices=("misses", "false", "labels", "values", "keys", "dates", "findings"))
    parser.add_argument("--dates", action="store_true", help="Also score how documents are dated with no date given.")
    parser.add_argument("--findings", action="store_true", help="Also score the findings against pairs.json.")
    args = parser.parse_args(argv)
    rules = discover(entry_points=False).rules
    t = run(rules)
    if args.show:
        show(t, args.show)
    result = figures(t)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"{result['documents']} documents ({len(result['left_out'])} left out: texts missing or changed), "
        f"{result['annotated']} annotated figures, {result['checker_claims']} checker claims"
    )
    for name in (
        "recall_headline",
        "recall_other",
        "precision",
        "label_accuracy",
        "qualifier_agreement",
        "interval_agreement",
        "key_consistency",
        "other_conflicts_recall",
    ):
        counts = result.get(
            {"other_conflicts_recall": "other_conflicts_counts", "key_consistency": "key_consistency_pairs"}.get(
                name, name + "_counts"
            )
        )
        extra = f" ({counts[0]}/{counts[1]})" if counts else ""
        print(f"  {name.replace('_', ' '):24} {result[name]:.3f}{extra}")
    print(
        f"  Gaza keys on other conflicts: {result['other_conflicts_gaza_keys']}; "
        f"repeats not counted: {result['repeats']}"
    )
    print("  recall by key family: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in result["recall_by_family"].items()))
    if args.findings or args.show == "findings":
        for dated in (False, True):
            r = findings_eval(dated, show=args.show == "findings")
            print(
                f"findings, {'the manifest dates given' if dated else 'no dates given'}: flagged {r['flagged']}/"
                f"{r['must_flag']} must-flag pairs, {r['wrongly_flagged']}/{r['must_not']} must-not pairs flagged, "
                f"{r['false_alarms']} false alarms ({r['false_alarms_per_20_documents']} per 20 documents), "
                f"{r['info_per_document']} info findings per document"
            )
    if args.dates or args.show == "dates":
        d = dating(rules, show=args.show == "dates")
        print(
            f"dating, {d['dated_documents']} documents with a known day, no date given: tight {d['tight']} "
            f"({d['tight_rate']:.3f}), wrong {d['wrong']} ({d['wrong_rate']:.3f}), loose {d['loose']}, none "
            f"{d['none']}; median interval {d['median_interval_days']} days"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
