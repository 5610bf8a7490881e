"""Output for CI systems: SARIF 2.1.0 (code scanning), GitHub workflow annotations, JUnit XML, findings as
CSV and JSON Lines, and CSV of claims for data desks. Each is deterministic: the same result gives byte-identical
output."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from .. import __version__
from ..codes import CODES
from ..comparison import FINGERPRINT_SCHEME
from ..pipeline import Result
from ..records import SEVERITY_ORDER, Claim, Finding
from .terminal import printable
from .wording import wording

_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _paths(result: Result) -> dict[str, str]:
    return {d.id: d.path for d in result.documents}


def _region(c: Claim) -> dict:
    lines = c.quote.split("\n")
    end_line = c.span.line + len(lines) - 1
    end_col = (c.span.column + len(c.quote)) if len(lines) == 1 else len(lines[-1].rstrip("\r")) + 1
    region = {
        "startLine": c.span.line,
        "startColumn": c.span.column,
        "endLine": end_line,
        "endColumn": end_col,
        "snippet": {"text": c.quote},
    }
    return region | ({"properties": {"page": c.span.page}} if c.span.page else {})  # (in a PDF, lines of its page)


def _uri(path: str) -> str:
    """A path as a SARIF artifact URI: a relative one percent-encoded (a space, '%', '?', '#' or ':' in a name is
    data, not URI syntax), an absolute one as a file: URI."""
    return Path(path).as_uri() if os.path.isabs(path) else quote(os.fsencode(path), safe="/")


def sarif(result: Result) -> str:
    paths = _paths(result)
    claims = {c.id: c for c in result.claims}
    codes = list(CODES)
    say = wording(result.claims)
    rules = [
        {
            "id": c.code,
            "name": c.name,
            "shortDescription": {"text": c.summary},
            "fullDescription": {"text": c.why},
            "help": {
                "text": f"{c.summary}\n\nWhy it matters: {c.why}\n\nBad: {c.bad}\nGood: {c.good}",
                "markdown": f"{c.summary}\n\n**Why it matters:** {c.why}\n\n- Bad: {c.bad}\n- Good: {c.good}",
            },
            "defaultConfiguration": {"level": _SARIF_LEVEL[c.severity]},
        }
        for c in CODES.values()
    ]
    results = []
    for f in result.findings:
        involved = [claims[i] for i in f.claims if i in claims]
        entry: dict = {
            "ruleId": f.code,
            "ruleIndex": codes.index(f.code),
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": say(f)},
            "partialFingerprints": {f"claimCheckerFingerprint/v{FINGERPRINT_SCHEME}": f.fingerprint},
        }
        if involved:
            first, *others = involved
            entry["locations"] = [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(paths[first.document])},
                        "region": _region(first),
                    }
                }
            ]
            if others:
                entry["relatedLocations"] = [
                    {
                        "id": i,
                        "message": {"text": f"{c.document}: {c.value.describe(c.unit)}"},
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(paths[c.document])},
                            "region": _region(c),
                        },
                    }
                    for i, c in enumerate(others, start=1)
                ]
        elif f.path:
            entry["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}}}]
        results.append(entry)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "claim-checker", "version": __version__, "rules": rules}},
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _gh_escape(text: str, prop: bool = False) -> str:
    """A workflow command's value: unsafe characters shown escaped (no raw line break ends the command, no bidi
    override reorders the annotation), then GitHub's own escapes."""
    text = printable(text).replace("%", "%25")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def github(result: Result) -> str:
    """GitHub Actions workflow commands: one annotation per finding, on the file and line."""
    claims = {c.id: c for c in result.claims}
    paths = _paths(result)
    say = wording(result.claims)
    lines = []
    for f in result.findings:
        first = next((claims[i] for i in f.claims if i in claims), None)
        props = []
        if first is not None:
            props.append(f"file={_gh_escape(paths[first.document], True)}")
            if first.span.page is None:  # (a PDF's lines are not the file's: its annotation is on the file)
                props += [f"line={first.span.line}", f"col={first.span.column}"]
        elif f.path:
            props.append(f"file={_gh_escape(f.path, True)}")
        props.append(f"title={_gh_escape(f'{f.code} {f.name}', True)}")
        lines.append(f"::{_GITHUB_LEVEL[f.severity]} {','.join(props)}::{_gh_escape(say(f))}")
    return "".join(line + "\n" for line in lines)


def junit(result: Result, fail_on: str = "error") -> str:
    """JUnit XML: one test case per document. Findings located in it at or above ``fail_on`` (the level that
    fails the run) are its failures; the others are listed in its system-out, and leave it passed. Characters
    XML 1.0 cannot hold (most controls) are shown escaped, as on a terminal, so it stays well-formed."""
    say = wording(result.claims)
    threshold = SEVERITY_ORDER[fail_on]
    by_file = _by_file(result)
    failures = sum(1 for fs in by_file.values() if any(SEVERITY_ORDER[f.severity] >= threshold for f in fs))
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<testsuites name="claim-checker" tests="{len(by_file)}" failures="{failures}">',
        f'<testsuite name="claim-checker" tests="{len(by_file)}" failures="{failures}">',
    ]
    for path in sorted(by_file):
        out += _testcase(path, by_file[path], fail_on, say)
    out += ["</testsuite>", "</testsuites>"]
    return "\n".join(out) + "\n"


def _by_file(result: Result) -> dict[str, list[Finding]]:
    """The findings by the file of the claim they are located at (a finding about the run: "(run)")."""
    claims = {c.id: c for c in result.claims}
    paths = _paths(result)
    by_file: dict[str, list[Finding]] = {d.path: [] for d in result.documents}
    for f in result.findings:
        first = next((claims[i] for i in f.claims if i in claims), None)
        where = paths[first.document] if first is not None else (f.path or "(run)")
        by_file.setdefault(where, []).append(f)
    return by_file


def _testcase(path: str, findings: list[Finding], fail_on: str, say: Callable[[Finding], str]) -> list[str]:
    """One document's test case: its failures, and the findings below the fail level in its system-out."""
    threshold = SEVERITY_ORDER[fail_on]
    failing = [f for f in findings if SEVERITY_ORDER[f.severity] >= threshold]
    noted = [f for f in findings if SEVERITY_ORDER[f.severity] < threshold]
    out = [f'<testcase classname="claim-checker" name={quoteattr(printable(path))}>']
    for f in failing:
        out.append(
            f"<failure type={quoteattr(f.code)} message={quoteattr(f'{f.code} {f.name}')}>"
            f"{escape(printable(f'[{f.severity}] {say(f)}'))}</failure>"
        )
    if noted:
        lines = [f"below the fail level ({fail_on}), not failures:"]
        lines += [printable(f"{f.code} {f.name} [{f.severity}] {say(f)}") for f in noted]
        out.append(f"<system-out>{escape(chr(10).join(lines))}</system-out>")
    return [*out, "</testcase>"]


CSV_COLUMNS = [
    "id",
    "document",
    "path",
    "rule",
    "pattern",
    "metric",
    "low",
    "high",
    "qualifier",
    "unit",
    "quote",
    "figure",
    "sentence",
    "line",
    "column",
    "start",
    "end",
    "as_of",
    "as_of_earliest",
    "as_of_latest",
    "as_of_text",
    "measure",
    "place",
    "subplace",
    "group",
    "cause",
    "window",
    "event",
    "mood",
    "share_low",
    "share_high",
    "attributed_to",
    "page",
]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text starting like a formula gets a leading apostrophe."""
    if value is None:
        return ""
    return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def claims_csv(result: Result) -> str:
    """One row per claim, every field of the record, ready for a spreadsheet or pandas (text that a spreadsheet
    would read as a formula, like =HYPERLINK(...), starts with an apostrophe)."""
    paths = _paths(result)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for c in result.claims:
        d = c.model_dump(mode="json")
        share = d["share"] or {}
        row = {
            **d,
            **d["value"],
            **d["span"],
            **d["frame"],
            "path": paths[c.document],
            "share_low": share.get("low"),
            "share_high": share.get("high"),
        }
        w.writerow([_cell(row.get(k)) for k in CSV_COLUMNS])
    return buf.getvalue()


FINDING_COLUMNS = [
    "path",
    "line",
    "column",
    "code",
    "name",
    "severity",
    "metric",
    "message",
    "fingerprint",
    "claims",
    "page",
]  # (page: in a PDF, the page the line is on)


def _finding_rows(result: Result) -> list[dict]:
    """Each finding as a flat record: where it is (its first claim, else its file), then its fields."""
    claims = {c.id: c for c in result.claims}
    paths = _paths(result)
    say = wording(result.claims)
    rows = []
    for f in result.findings:
        first = next((claims[i] for i in f.claims if i in claims), None)
        where = (
            {
                "path": paths[first.document],
                "page": first.span.page,
                "line": first.span.line,
                "column": first.span.column,
            }
            if first
            else {"path": f.path, "page": None, "line": None, "column": None}
        )
        rows.append(
            {
                **where,
                "code": f.code,
                "name": f.name,
                "severity": f.severity,
                "metric": f.metric,
                "message": say(f),
                "fingerprint": f.fingerprint,
                "claims": list(f.claims),
            }
        )
    return rows


def findings_csv(result: Result) -> str:
    """One row per finding (claims joined by spaces), for a spreadsheet; text that would read as a formula starts
    with an apostrophe, as in claims_csv."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(FINDING_COLUMNS)
    for row in _finding_rows(result):
        row["claims"] = " ".join(row["claims"])
        w.writerow([_cell(row[k]) for k in FINDING_COLUMNS])
    return buf.getvalue()


def findings_jsonl(result: Result) -> str:
    """One JSON object per line and per finding, for jq and log pipelines."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in _finding_rows(result))
