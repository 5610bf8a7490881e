"""One run of the checker: paths -> Documents -> Claims -> Findings, with unreadable inputs as findings."""

from __future__ import annotations

import dataclasses
import fnmatch
import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from .codes import CODES
from .comparison import compare
from .discovery import discover, metrics
from . import reference
from .dating import infer, with_date
from .extraction import extract_with_times
from .reference import Series
from .loading import LoadError, Problem, find_sources, load
from .records import Claim, Document, Finding, SourceMap
from .rule import Rule


KEEP_TEXT_LIMIT = 20_000_000
"""With keep_text, document texts are kept for the report's document views up to this many characters;
beyond it the rest are dropped (and counted), so memory stays bounded."""


@dataclass
class Result:
    series: dict[str, Series] = field(default_factory=dict)
    texts_left_out: int = 0
    documents: list[Document] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def input_findings(self) -> list[Finding]:
        """Findings about the run itself, not the claims: inputs (I3xx) and rules (R5xx)."""
        return [f for f in self.findings if f.path is not None]

    @property
    def input_errors(self) -> list[Finding]:
        """Inputs that could not be checked at all."""
        return [f for f in self.input_findings if f.severity == "error" and f.code.startswith("I")]

    @property
    def rule_errors(self) -> list[Finding]:
        """Rules that could not be loaded or failed: the run is incomplete."""
        return [f for f in self.input_findings if f.code.startswith("R")]


def run(paths: list[Path], rules: tuple[Rule, ...] | None = None, compare_claims: bool = True,
        dates: dict[Path, dt.date] | None = None, references: list[Path] | None = None,
        default_reference: bool = True, rule_dirs: tuple[Path, ...] = (), exclude: tuple[str, ...] = (),
        exclude_root: Path | None = None, metric_settings: dict | None = None, keep_text: bool = False) -> Result:
    """Check the documents under ``paths`` (the bundled seeds when empty). ``dates`` gives documents'
    dates by path (the command line's --date); ``references`` adds reference series to the default one.

    Documents are read one at a time and only their metadata is kept once their claims are out (with
    ``keep_text``, their texts too, up to KEEP_TEXT_LIMIT, for the report), so memory grows with the
    claims, not with the size of the document set.
    """
    problems: list[Problem] = []
    if rules is None:
        found = discover(rule_dirs)
        rules = found.rules
        problems += [Problem(p.origin, "R501", p.message) for p in found.problems]
    failures: dict[str, str] = {}
    series = reference.load(references or [], default=default_reference)
    all_metrics = metrics(rules)
    for key, settings in (metric_settings or {}).items():
        if key in all_metrics:
            all_metrics[key] = dataclasses.replace(all_metrics[key], window=settings.window or all_metrics[key].window,
                                                   tolerance=settings.tolerance if settings.tolerance is not None
                                                   else all_metrics[key].tolerance)
    cumulative = {k for k, m in all_metrics.items() if m.kind == "cumulative"}
    events = tuple(sorted({a.date for r in rules for a in r.anchors}))
    sources, source_problems = find_sources(paths)
    problems += source_problems
    if exclude:
        root = (exclude_root or Path.cwd()).resolve()
        sources = [s for s in sources if not _excluded(s.file, root, exclude)]
    if dates:
        given = {os.path.realpath(p): d for p, d in dates.items()}
        sources = [dataclasses.replace(s, date=given.get(os.path.realpath(s.file))) for s in sources]
    result = Result(series=series)
    kept = 0
    for source in sources:
        try:
            doc, warnings = load(source)
            claims, times = extract_with_times(doc, rules, failures)
            if doc.date.source != "given":
                doc = doc.model_copy(update={"date": infer(times, claims, series, cumulative, events)})
                claims = with_date(claims, doc.date, events)
        except LoadError as e:
            problems.append(Problem(source.shown, e.code, e.message))
            continue
        except TimeoutError:
            problems.append(Problem(source.shown, "I305", "too complex to scan: a pattern ran past its time limit; "
                                                          "its claims are skipped"))
            continue
        problems += warnings
        if keep_text and kept + len(doc.text) <= KEEP_TEXT_LIMIT:
            kept += len(doc.text)  # for the report's document views
        else:
            result.texts_left_out += keep_text  # counts only when texts were asked for
            doc = doc.model_copy(update={"text": "", "source_map": SourceMap()})
        result.documents.append(doc)
        result.claims.extend(claims)
    problems += [Problem(origin, "R502", why) for origin, why in failures.items()]
    if compare_claims:
        result.findings = compare(result.claims, all_metrics, series)
    result.findings = [input_finding(p) for p in problems] + result.findings
    return result


def _excluded(file: Path, root: Path, patterns: tuple[str, ...]) -> bool:
    try:
        rel = file.resolve().relative_to(root).as_posix()
    except ValueError:
        rel = file.as_posix()
    return any(fnmatch.fnmatch(rel, p) for p in patterns)


def input_finding(problem: Problem) -> Finding:
    spec = CODES[problem.code]
    digest = hashlib.sha256(f"{problem.code}\0{problem.path}\0{problem.message}".encode()).hexdigest()
    return Finding(code=spec.code, name=spec.name, severity=spec.severity, metric="",
                   message=f"{problem.path}: {problem.message}", claims=(), fingerprint=digest, path=problem.path)
