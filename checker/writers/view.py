"""What the Markdown and HTML reports show, as plain data: counts, findings with their claims,
each metric's claims in date order, each document's claims. Templates only lay it out."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections import defaultdict
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from urllib.parse import quote

from markupsafe import Markup

from .. import __version__
from ..codes import CODES
from ..pipeline import Result
from ..records import Claim, DocDate, Finding
from ..remote import URL
from . import charts
from .wording import message


def counts(result: Result) -> dict[str, int]:
    c = {"error": 0, "warning": 0, "info": 0}
    for f in result.findings:
        c[f.severity] += 1
    return c


def locator(result: Result, claims: dict[str, Claim] | None = None, paths: dict[str, str] | None = None):
    """A function giving ``path:line:col`` of a finding (its first claim, or the input file); the maps it
    needs are built once (or passed in by a caller that has them)."""
    claims = _claims_by_id(result) if claims is None else claims
    paths = _doc_paths(result) if paths is None else paths

    def locate(f: Finding) -> str:
        if f.path is not None:
            return f.path
        claim = claims[f.claims[0]]
        return claim.span.at(paths[claim.document])

    return locate


def _claims_by_id(result: Result) -> dict[str, Claim]:
    return {c.id: c for c in result.claims}


def _doc_paths(result: Result) -> dict[str, str]:
    return {d.id: d.path for d in result.documents}


LINKED = ("http://", "https://", "file://")
"""The schemes of documents read from URLs that the report links to (a browser opens them); others get none."""
CLAIMS_SHOWN_LIMIT = 20_000
"""With more claims than this, the report's timelines and document tables list only the claims its findings
cite; the others are counted (``checker extract`` lists them all). Every finding stays, with its claims."""


SIDES_SHOWN_LIMIT = 5_000
"""With findings citing more claims than this in all, each finding quotes its first SIDES_PER_FINDING claims in
full and counts the others, whose documents' entries link to it (a claim cited by a thousand findings would
otherwise be quoted a thousand times: ten times the report's size, and most of its writing time)."""
SIDES_PER_FINDING = 4


def build(result: Result, report_path: Path, header: dict | None = None) -> dict:
    """The context both report templates render. ``header`` adds what was checked and how (paths,
    configuration file, time of the check if asked for)."""
    ctx = _Context.of(result, report_path)
    shown = result.claims
    if len(shown) > CLAIMS_SHOWN_LIMIT:
        cited = {i for f in result.findings for i in f.claims}
        shown = [c for c in result.claims if c.id in cited]
    views = {c.id: ctx.claim_view(c) for c in shown}
    findings, by_doc_findings = _finding_views(result, ctx, views)
    flagged = {i for f in result.findings if f.severity == "error" for i in f.claims}
    return {
        "version": __version__,
        "counts": counts(result),
        "findings": findings,
        "n_documents": len(result.documents),
        "n_claims": len(result.claims),
        "metrics": _metric_views(result, shown, views, ctx.doc_index, flagged),
        "documents": _document_views(result, shown, views, ctx, by_doc_findings),
        "header": {"paths": [], "config": "", "checked_at": "", "filtered": "", **(header or {})},
        "texts_left_out": result.texts_left_out,
        "copies": _copies_views(result),
        "claims_left_out": len(result.claims) - len(shown),
        "choices": _choices(result, findings),
    }


def _copies_views(result: Result) -> list[dict]:
    """The documents that repeat each other (wire copy), with their anchors."""
    return [
        {
            "documents": [{"id": d, "anchor": _anchor("doc-" + d)} for d in c.documents],
            "names": ", ".join(c.documents),
            "shared": c.shared,
        }
        for c in result.copies
    ]


def _choices(result: Result, findings: list[dict]) -> dict[str, list[str]]:
    """What the HTML report's filters offer: the severities, codes, metrics and documents of the findings."""
    return {
        "severity": [s for s in ("error", "warning", "info") if any(f.severity == s for f in result.findings)],
        "code": sorted({f.code for f in result.findings}),
        "metric": sorted({f.metric for f in result.findings if f.metric}),
        "document": sorted({d for f in findings for d in f["documents"]}),
    }


@dataclass(frozen=True)
class _Context:
    """What every view of a run's report needs: where the report is, the documents' paths and order, the claims."""

    result: Result
    report_dir: Path
    paths: dict[str, str]
    claims: dict[str, Claim]
    doc_index: dict[str, int]

    @classmethod
    def of(cls, result: Result, report_path: Path) -> _Context:
        return cls(
            result,
            report_path.resolve().parent,
            _doc_paths(result),
            _claims_by_id(result),
            {d.id: i for i, d in enumerate(result.documents)},
        )

    def link(self, claim: Claim) -> str:
        page = claim.span.page  # (a PDF opens at its page: RFC 8118)
        return href(self.paths[claim.document], self.report_dir) + (f"#page={page}" if page else f"#L{claim.span.line}")

    def claim_view(self, c: Claim) -> dict:
        before, quote, after = _highlight(c.sentence, c.quote)
        return {
            "id": c.id,
            "document": c.document,
            "metric": c.metric,
            "quote": c.quote,
            "figure": c.figure,
            "before": before,
            "after": after,
            "value": c.value.describe(c.unit),
            "qualifier": c.value.qualifier,
            "low": c.value.low,
            "high": c.value.high,
            "unit": c.unit,
            "as_of": charts.as_of_text(c),
            "event": c.frame.event or "",
            "window": c.frame.window or "",
            "attributed_to": c.attributed_to or "",
            "where": c.span.at(self.paths[c.document]),
            "href": self.link(c),
            "anchor": _anchor("c-" + c.id),
            "color": charts.color(self.doc_index.get(c.document, 0)),
            "rule": c.rule,
        }


def _finding_views(result: Result, ctx: _Context, views: dict[str, dict]) -> tuple[list[dict], dict[str, list[dict]]]:
    """Each finding as the reports show it (its message, the claims it quotes), and the findings by document."""
    say = partial(message, claims=ctx.claims)
    locate = locator(result, ctx.claims, ctx.paths)
    findings: list[dict] = []
    by_doc: dict[str, list[dict]] = defaultdict(list)
    large = sum(len(f.claims) for f in result.findings) > SIDES_SHOWN_LIMIT
    for f in result.findings:
        sides = [views[i] for i in f.claims if i in ctx.claims]
        quoted = sides[:SIDES_PER_FINDING] if large else sides
        item = {
            "code": f.code,
            "name": f.name,
            "severity": f.severity,
            "metric": f.metric,
            "message": say(f),
            "fingerprint": f.fingerprint[:12],
            "where": locate(f),
            "anchor": "f-" + f.fingerprint[:12],
            "summary": CODES[f.code].summary,
            "claims": quoted,
            "more": len(sides) - len(quoted),
            "documents": sorted(
                {ctx.claims[i].document for i in f.claims if i in ctx.claims} | ({f.path} if f.path else set())
            ),
        }
        findings.append(item)
        for d in item["documents"]:
            by_doc[d].append(item)
    return findings, by_doc


def _metric_views(
    result: Result, shown: list[Claim], views: dict[str, dict], doc_index: dict[str, int], flagged: set[str]
) -> list[dict]:
    """Each metric's claims by as-of date, with its chart."""
    ordered = sorted(
        shown, key=lambda c: ((c.as_of or c.as_of_earliest or c.as_of_latest or dt.date.min), c.document, c.span.start)
    )
    by_metric: dict[str, list[Claim]] = defaultdict(list)
    for c in ordered:
        by_metric[c.metric].append(c)
    metrics = []
    for key, group in sorted(by_metric.items()):
        svg = charts.chart(group, doc_index, flagged, result.series.get(key), f"{key}: claims by as-of date")
        metrics.append(
            {
                "key": key,
                "claims": [views[c.id] for c in group],
                "chart": Markup(svg) if svg else None,
                "undated": sum(not (c.as_of or c.as_of_earliest or c.as_of_latest) for c in group),
                "reference": key in result.series,
            }
        )
    return metrics


def _document_views(
    result: Result, shown: list[Claim], views: dict[str, dict], ctx: _Context, by_doc_findings: dict[str, list[dict]]
) -> list[dict]:
    """Each document with its date, its claims, its text in segments and the findings about it."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for c in shown:
        by_doc[c.document].append(views[c.id])
        claims_of[c.document].append(c)
    return [
        {
            "id": d.id,
            "path": d.path,
            "title": d.title or d.id,
            "anchor": _anchor("doc-" + d.id),
            "date": _date_view(d.date),
            "sha256": d.sha256[:12],
            "claims": by_doc.get(d.id, []),
            "href": href(d.path, ctx.report_dir),
            "color": charts.color(ctx.doc_index[d.id]),
            "outlet": d.outlet or "",
            "segments": _segments(d, claims_of[d.id], views),
            "findings": by_doc_findings.get(d.id, []) + by_doc_findings.get(d.path, []),
        }
        for d in result.documents
    ]


def _segments(doc, claims: list[Claim], views: dict[str, dict]) -> list[dict] | None:
    """The document's visible text cut into plain pieces and claim quotes (for the document view), or
    None when the text was not kept."""
    if not doc.text:
        return None
    spans = []
    for c in claims:
        start = doc.source_map.text_offset(c.span.start)
        end = start + len(c.quote)
        if doc.text[start:end] == c.quote:
            spans.append((start, end, c))
    pieces, at = [], 0
    for start, end, c in sorted(spans, key=lambda t: t[0]):
        if start < at:
            continue  # overlapping quotes: the first one is shown
        pieces.append({"text": doc.text[at:start], "claim": None})
        pieces.append({"text": doc.text[start:end], "claim": views[c.id]})
        at = end
    pieces.append({"text": doc.text[at:], "claim": None})
    return pieces


def _date_view(date: DocDate) -> dict:
    """A document's date for people: "2024-08-16 (given)", "2025-09-09 to 2026-03-11 (inferred)"."""
    if date.source == "none":
        text = "undated"
    elif date.earliest is not None and date.earliest == date.latest:
        text = date.earliest.isoformat()
    else:
        text = (
            f"{date.earliest.isoformat() if date.earliest else 'any time'} to "
            f"{date.latest.isoformat() if date.latest else 'any later date'}"
        )
    return {
        "text": text,
        "source": date.source,
        "estimate": date.estimate.isoformat() if date.estimate else "",
        "evidence": [{"quote": e.quote, "reason": e.reason} for e in date.evidence],
    }


def href(path: str, report_dir: Path) -> str:
    """A relative, percent-encoded link from the report to a document (a document read from a URL: the URL, for
    the schemes of files and the web): never a scheme like javascript:."""
    scheme = URL.match(path)
    if scheme:
        return quote(path, safe="/._-~:@") if scheme[0].lower() in LINKED else "#"
    rel = Path(os.path.relpath(Path(path).resolve(), report_dir)).as_posix()
    if not rel.startswith(("../", "/")):
        rel = "./" + rel
    return quote(rel, safe="/._-~")


def _highlight(sentence: str, quote: str) -> tuple[str, str, str]:
    i = sentence.find(quote)
    if i < 0:
        return sentence + " ", quote, ""
    return sentence[:i], quote, sentence[i + len(quote) :]


def _anchor(text: str) -> str:
    """An HTML id for a document's or a claim's id: letters, digits, '-' and '_' kept, anything else made '-';
    when anything was, a digest of the id follows a '.' (which no id left as it is holds), so ids that differ
    only there ('a b', 'a-b') never share an anchor."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text)
    if safe == text:
        return safe
    return f"{safe}.{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"
