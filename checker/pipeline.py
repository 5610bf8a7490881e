"""One run of the checker: paths -> Documents -> Claims -> Findings, with unreadable inputs as findings."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .codes import CODES
from .comparison import compare
from .discovery import builtin_rules, metrics
from .extraction import extract
from .loading import LoadError, find_sources, load
from .records import Claim, Document, Finding
from .rule import Rule


@dataclass
class Result:
    documents: list[Document] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def input_errors(self) -> list[Finding]:
        return [f for f in self.findings if f.path is not None]


def run(paths: list[Path], rules: tuple[Rule, ...] | None = None, compare_claims: bool = True) -> Result:
    """Check the documents under ``paths`` (the bundled seeds when empty)."""
    rules = builtin_rules() if rules is None else rules
    sources, problems = find_sources(paths)
    result = Result()
    for source in sources:
        try:
            doc = load(source)
        except LoadError as e:
            problems.append((source.shown, str(e)))
            continue
        result.documents.append(doc)
        result.claims.extend(extract(doc, rules))
    if compare_claims:
        result.findings = compare(result.claims, metrics(rules))
    result.findings = [input_error(path, why) for path, why in problems] + result.findings
    return result


def input_error(path: str, why: str) -> Finding:
    spec = CODES["I301"]
    digest = hashlib.sha256(f"I301\0{path}\0{why}".encode()).hexdigest()
    return Finding(code=spec.code, name=spec.name, severity=spec.severity, metric="", message=f"{path}: {why}",
                   claims=(), fingerprint=digest, path=path)
