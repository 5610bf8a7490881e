"""What is reported, after comparison: select and ignore by code or prefix, severity overrides,
suppressions (inline comments in .md/.html, sidecar entries in the config for any file), and a baseline
of known findings. Unused suppressions are reported too (S601)."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .comparison import FINGERPRINT_SCHEME
from .config import Config, Rejection
from .findings import make_finding
from .records import Claim, Document, Finding, Severity

BASELINE_VERSION = 1


class PolicyError(Exception):
    """A policy that cannot be applied: one line saying why."""


class BaselineError(PolicyError):
    """A baseline file that cannot be read, named with the problem."""


@dataclass
class Outcome:
    findings: list[Finding]
    suppressed: int = 0
    known: int = 0
    fixed: list[dict] = field(default_factory=list)


def apply(
    findings: list[Finding],
    claims: list[Claim],
    documents: list[Document],
    config: Config,
    sidecar_root: Path | None = None,
    baseline: dict | None = None,
) -> Outcome:
    """The findings selected (select, ignore), with their severities overridden, less those suppressed; an
    S601 finding for each suppression that matches none; with ``baseline``, less the findings it knows."""
    by_claim = {c.id: c for c in claims}
    paths = {d.id: d.path for d in documents}
    rules = _suppressions(documents, config, sidecar_root)
    used: set[int] = set()
    kept: list[Finding] = []
    suppressed = 0
    for f in findings:
        if not _selected(f.code, config):
            continue
        if f.code in config.severity:
            f = f.model_copy(update={"severity": Severity(config.severity[f.code])})
        hit = _suppression(f, {by_claim[c].document for c in f.claims if c in by_claim}, rules)
        if hit is None:
            kept.append(f)
        else:
            used.add(hit)
            suppressed += 1
    for i, (doc, code, metric, where) in enumerate(rules):
        if i not in used:
            kept.append(_unused(where, paths.get(doc, doc), code, metric))
    outcome = Outcome(kept, suppressed=suppressed)
    return _against(baseline, outcome) if baseline is not None else outcome


def _suppression(finding: Finding, docs: set[str], rules: list[tuple[str, str, str | None, str]]) -> int | None:
    """The index of the first suppression (of ``rules``) of a finding about ``docs``, or None."""
    return next(
        (
            i
            for i, (doc, code, metric, _) in enumerate(rules)
            if doc in docs and code == finding.code and (metric is None or metric == finding.metric)
        ),
        None,
    )


def _against(baseline: dict, outcome: Outcome) -> Outcome:
    """The outcome less the findings the baseline knows, with how many it knew and its entries no finding
    matches any more."""
    kept = outcome.findings
    known = {e["fingerprint"] for e in baseline.get("findings", [])}
    found = {f.fingerprint for f in kept}
    outcome.findings = [f for f in kept if f.fingerprint not in known]
    outcome.known = len(kept) - len(outcome.findings)
    outcome.fixed = [e for e in baseline.get("findings", []) if e["fingerprint"] not in found]
    return outcome


def changed(ref: str, documents: list[Document]) -> set[str]:
    """The documents (by id) changed since a git ref, or not yet committed. Names come NUL-separated (-z), so
    git neither quotes nor escapes them (a name with non-ASCII letters or a newline is matched as it is)."""
    if ref.startswith("-"):
        raise PolicyError(f"--changed-since {ref!r}: a git ref cannot start with '-'")
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, check=True)
        root = Path(os.fsdecode(top.stdout.rstrip(b"\n")))
        diff = subprocess.run(
            ["git", "diff", "-z", "--name-only", ref, "--"], capture_output=True, check=True, cwd=root
        )
        new = subprocess.run(
            ["git", "ls-files", "-z", "--others", "--exclude-standard"], capture_output=True, check=True, cwd=root
        )
    except (OSError, subprocess.CalledProcessError) as e:
        why = os.fsdecode(getattr(e, "stderr", b"") or b"").strip() or str(e)
        raise PolicyError(f"--changed-since {ref}: git could not tell what changed ({why})") from None
    files = {(root / os.fsdecode(name)).resolve() for name in (diff.stdout + new.stdout).split(b"\0") if name}
    return {d.id for d in documents if Path(d.path).resolve() in files}


def involving(
    findings: list[Finding], claims: list[Claim], documents: list[Document], changed: set[str]
) -> list[Finding]:
    """The findings that involve a changed document (by id): through their claims, or their path; a rule's
    failure (R5xx, no claims) always."""
    by_claim = {c.id: c.document for c in claims}
    paths_changed = {d.path for d in documents if d.id in changed}
    return [
        f
        for f in findings
        if any(by_claim.get(c) in changed for c in f.claims)
        or (f.path is not None and (f.path in paths_changed or not f.claims and f.code.startswith("R")))
    ]


def _selected(code: str, config: Config) -> bool:
    if config.select and not any(code.startswith(s) for s in config.select):
        return False
    return not any(code.startswith(s) for s in config.ignore)


def _suppressions(
    documents: list[Document], config: Config, root: Path | None
) -> list[tuple[str, str, str | None, str]]:
    """(document id, code, metric or None, where it was written) for every suppression of a checked document,
    or of a file that does not exist (reported as unused)."""
    out = []
    for d in documents:
        out += [(d.id, s.code, s.metric, f"{d.path}:{s.line}") for s in d.suppressions]
    by_path = {_norm(Path(d.path)): d.id for d in documents}
    for s in config.suppress:
        doc = _target(s.file, by_path, root)
        if doc is not None:
            out.append((doc, s.code, s.metric, f"config suppress {s.file}"))
    return out


def _target(file: str, by_path: dict[str, str], root: Path | None) -> str | None:
    """The id of the checked document (``by_path``: ids by normalised path) a configuration entry names (``file``,
    relative to ``root``, the configuration's folder); ``file`` itself when no such file exists (the entry is then
    unused); None for a file this run does not check (its entry is neither used nor unused)."""
    target = _norm(root / file if root else Path(file))
    if target in by_path:
        return by_path[target]
    return None if Path(target).exists() else file


def reject(
    claims: list[Claim], documents: list[Document], rejections: list[Rejection], root: Path | None
) -> tuple[list[Claim], int, list[Finding]]:
    """Claims marked as wrong ([[reject]] in the configuration, reject comments in documents) taken out before
    comparison: the claims kept, how many were rejected, and an S601 finding for each rejection that matches
    no claim (of a checked document: one of a file this run does not check is neither used nor unused)."""
    paths = {d.id: d.path for d in documents}
    marks = _rejections(documents, rejections, root)
    used: set[int] = set()
    kept = []
    for c in claims:
        quote = " ".join(c.quote.split())
        hits = [i for i, (doc, q, cid, _) in enumerate(marks) if doc == c.document and _marks(c, quote, q, cid)]
        used.update(hits)
        if not hits:
            kept.append(c)
    unused = [
        _unused_rejection(where, paths.get(doc, doc), q or cid or "")
        for i, (doc, q, cid, where) in enumerate(marks)
        if i not in used
    ]
    return kept, len(claims) - len(kept), unused


def _rejections(
    documents: list[Document], rejections: list[Rejection], root: Path | None
) -> list[tuple[str, str | None, str | None, str]]:
    """(document id, quote, claim id, where it was written) for every rejection of a checked document (reject
    comments, [[reject]]), or of a file that does not exist (reported as unused)."""
    marks: list[tuple[str, str | None, str | None, str]] = []
    for d in documents:
        marks += [(d.id, r.quote, None, f"{d.path}:{r.line}") for r in d.rejections]
    by_path = {_norm(Path(d.path)): d.id for d in documents}
    for r in rejections:
        doc = _target(r.file, by_path, root)
        if doc is not None:
            marks.append((doc, r.quote, r.claim, f"config reject {r.file}"))
    return marks


def _marks(claim: Claim, quote: str, mark_quote: str | None, claim_id: str | None) -> bool:
    """Whether a rejection marks a claim (of its document): by id, else by a quote that contains the claim's
    (``quote``, its white space collapsed) or is contained in it. A rejection has one or the other."""
    if claim_id:
        return claim_id == claim.id
    wanted = " ".join(str(mark_quote).split())
    return wanted in quote or quote in wanted


def _unused_rejection(where: str, path: str, what: str) -> Finding:
    return make_finding(
        "S601",
        {"where": where, "reject": what},
        location=where,
        target=what,
        reasons=("rejection",),
        metric="",
        path=path,
    )


def _norm(p: Path) -> str:
    return str(p.resolve())


def _unused(where: str, path: str, code: str, metric: str | None) -> Finding:
    what = code + (f" {metric}" if metric else "")
    return make_finding(
        "S601", {"where": where, "suppress": what}, location=where, target=what, metric=metric or "", path=path
    )


def baseline_data(findings: list[Finding], say: Callable[[Finding], str]) -> dict:
    """The baseline file's content: every finding's fingerprint, code, metric and message (``say``), in order."""
    entries = sorted((_entry(f, say) for f in findings), key=lambda e: (e["code"], e["metric"], e["fingerprint"]))
    return {"claim-checker-baseline": BASELINE_VERSION, "fingerprint-scheme": FINGERPRINT_SCHEME, "findings": entries}


def read_baseline(path: Path, any_scheme: bool = False) -> dict:
    """The baseline at ``path``; unless ``any_scheme``, one whose fingerprints are of this version's scheme."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise BaselineError(f"{path}: cannot read: {e.strerror or e}") from None
    except json.JSONDecodeError as e:
        raise BaselineError(f"{path}: not valid JSON: {e}") from None
    if (
        not isinstance(data, dict)
        or data.get("claim-checker-baseline") != BASELINE_VERSION
        or not all(isinstance(e, dict) and "fingerprint" in e for e in data.get("findings", []))
    ):
        raise BaselineError(f"{path}: not a claim-checker baseline (write one with `checker baseline`)")
    scheme = data.get("fingerprint-scheme", 1)
    if scheme != FINGERPRINT_SCHEME and not any_scheme:
        raise BaselineError(
            f"{path}: its fingerprints are of scheme {scheme}, this version's are of scheme "
            f"{FINGERPRINT_SCHEME}; carry it over with `checker baseline --migrate {path}`"
        )
    return data


_QUOTED = re.compile(r"“([^”]*)”")


def migrate(old: dict, findings: list[Finding], say: Callable[[Finding], str]) -> tuple[dict, list[dict]]:
    """Carry an old baseline over to the current fingerprints: each old entry is matched with the current
    finding it corresponds to (the same fingerprint; else the same code and metric with the same message, else
    with the same quotes; else the same code and quotes, the metric renamed; else the only finding of its code
    and metric left for the only entry left), each finding at most once. The new baseline holds the matched
    findings only (never a finding the old one did not know); the entries matched by none are returned too."""
    left = list(old.get("findings", []))
    free = list(findings)
    carried: list[Finding] = []

    def quotes(message: str) -> tuple[str, ...]:
        return tuple(sorted(set(_QUOTED.findall(message))))

    keys = [
        lambda e: e["fingerprint"],
        lambda e: (e["code"], e["metric"], e["message"]),
        lambda e: (e["code"], e["metric"], quotes(e["message"])) if quotes(e["message"]) else None,
        lambda e: (e["code"], quotes(e["message"])) if quotes(e["message"]) else None,
    ]
    for key in keys:
        for e in list(left):
            k = key(e)
            f = next((f for f in free if k is not None and key(_entry(f, say)) == k), None)
            if f is not None:
                carried.append(f)
                free.remove(f)
                left.remove(e)
    for e in list(left):  # the only one of its code and metric on both sides: a series that changed its claims
        same = [f for f in free if (f.code, f.metric) == (e["code"], e["metric"])]
        if len(same) == 1 and sum((o["code"], o["metric"]) == (e["code"], e["metric"]) for o in left) == 1:
            carried.append(same[0])  # (the only one of its kind: no later entry can want it)
            left.remove(e)
    return baseline_data(carried, say), left


def _entry(f: Finding, say: Callable[[Finding], str]) -> dict:
    return {"fingerprint": f.fingerprint, "code": f.code, "metric": f.metric, "message": say(f)}
