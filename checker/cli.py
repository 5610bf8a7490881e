"""The command line: ``checker check|extract|parse|rules|explain``."""

from __future__ import annotations

import datetime as dt
import json
import signal
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .codes import CODES
from .discovery import RuleError
from .pipeline import Result, run
from .reference import ReferenceError
from .records import SEVERITY_ORDER

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Find numeric claims in documents and flag where sources contradict, regress or drift.")

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class CheckFormat(str, Enum):
    text = "text"
    json = "json"


class ExtractFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class ParseFormat(str, Enum):
    table = "table"
    json = "json"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


Paths = Annotated[Optional[list[Path]], typer.Argument(help="Files or directories; the bundled seeds when none.")]


Dates = Annotated[Optional[list[str]], typer.Option(
    "--date", help="A document's date: FILE=YYYY-MM-DD (repeatable); wins over the manifest and the file's metadata.")]
References = Annotated[Optional[list[Path]], typer.Option(
    "--reference", help="A reference series CSV (metric,date,value,source), added to the default one (repeatable).")]
NoDefaultReference = Annotated[bool, typer.Option(
    "--no-default-reference", help="Do not use the bundled Gaza Ministry of Health series.")]
RulesDirs = Annotated[Optional[list[Path]], typer.Option(
    "--rules-dir", help="A directory of extra rules (.py modules and .toml files); repeatable.")]


def _dates(values: list[str] | None) -> dict[Path, dt.date]:
    out = {}
    for v in values or []:
        file, sep, day = v.rpartition("=")
        try:
            out[Path(file)] = dt.date.fromisoformat(day)
            if not sep or not file:
                raise ValueError
        except ValueError:
            typer.echo(f"checker: --date {v!r}: expected FILE=YYYY-MM-DD", err=True)
            raise typer.Exit(EXIT_ERROR) from None
    return out


def _run(paths: list[Path] | None, compare: bool = True, dates: list[str] | None = None,
         references: list[Path] | None = None, no_default_reference: bool = False,
         rules_dir: list[Path] | None = None) -> Result:
    try:
        result = run(paths or [], compare_claims=compare, dates=_dates(dates), references=references,
                     default_reference=not no_default_reference, rule_dirs=tuple(rules_dir or ()))
    except (RuleError, ReferenceError) as e:
        typer.echo(f"checker: {e}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    for f in result.input_findings:
        typer.echo(f"checker: {f.message} ({f.code} {f.name})", err=True)
    return result


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)  # atomic: an interrupted run never leaves half a report
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@app.command()
def check(
    paths: Paths = None,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output on stdout.")] = CheckFormat.text,
    md: Annotated[Optional[Path], typer.Option(help="Markdown report file.")] = Path("reports/report.md"),
    html: Annotated[Optional[Path], typer.Option(help="HTML report file.")] = Path("reports/report.html"),
    no_reports: Annotated[bool, typer.Option("--no-reports", help="Write no report files.")] = False,
    fail_on: Annotated[FailOn, typer.Option(help="Exit 1 when a finding is at or above this severity.")] = FailOn.error,
    allow_input_errors: Annotated[bool, typer.Option(
        "--allow-input-errors", help="Do not exit 2 for inputs that could not be read (they are still reported).")] = False,
    date: Dates = None,
    reference: References = None,
    no_default_reference: NoDefaultReference = False,
    rules_dir: RulesDirs = None,
) -> None:
    """Check documents: claims, findings, and Markdown and HTML reports (under reports/ by default)."""
    from .writers import json_report, reports, text_report

    result = _run(paths, dates=date, references=reference, no_default_reference=no_default_reference,
                  rules_dir=rules_dir)
    typer.echo(json_report.render(result) if format is CheckFormat.json else text_report.render(result), nl=False)
    if not no_reports:
        if md is not None:
            _write(md, reports.render_markdown(result, md))
        if html is not None:
            _write(html, reports.render_html(result, html))
    if result.rule_errors or (result.input_errors and not allow_input_errors):
        raise typer.Exit(EXIT_ERROR)
    threshold = SEVERITY_ORDER[fail_on.value]
    if any(SEVERITY_ORDER[f.severity] >= threshold for f in result.findings if f.path is None):
        raise typer.Exit(EXIT_FINDINGS)


@app.command()
def extract(
    paths: Paths = None,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.table,
    explain: Annotated[bool, typer.Option("--explain", help="Show which rule and pattern gave each claim.")] = False,
    date: Dates = None,
    reference: References = None,
    no_default_reference: NoDefaultReference = False,
    rules_dir: RulesDirs = None,
) -> None:
    """Print the claims found, without comparing them."""
    from .writers import json_report

    result = _run(paths, compare=False, dates=date, references=reference, no_default_reference=no_default_reference,
                  rules_dir=rules_dir)
    if format is ExtractFormat.json:
        typer.echo(json_report.render(result, claims_only=True), nl=False)
    elif format is ExtractFormat.jsonl:
        typer.echo(json_report.render_jsonl(result), nl=False)
    else:
        paths_by_id = {d.id: d.path for d in result.documents}
        for c in result.claims:
            where = f"{paths_by_id[c.document]}:{c.span.line}:{c.span.column}"
            typer.echo(f"{where}\t{c.metric}\t{c.value.describe(c.unit)}\t{' '.join(c.quote.split())}")
            if explain:
                typer.echo(f"    rule {c.rule}, pattern {c.pattern}")
    if result.input_errors or result.rule_errors:
        raise typer.Exit(EXIT_ERROR)


@app.command()
def dates(
    paths: Paths = None,
    format: Annotated[CheckFormat, typer.Option("--format", "-f")] = CheckFormat.text,
    date: Dates = None,
    reference: References = None,
    no_default_reference: NoDefaultReference = False,
) -> None:
    """Print each document's date: given or inferred, as an interval, with the evidence."""
    result = _run(paths, compare=False, dates=date, references=reference, no_default_reference=no_default_reference)
    if format is CheckFormat.json:
        data = [{"id": d.id, "path": d.path, "date": d.date.model_dump(mode="json")} for d in result.documents]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for d in result.documents:
        w = d.date
        if w.source == "none":
            typer.echo(f"{d.path}: undated (nothing in the text bounds it)")
            continue
        span = w.earliest.isoformat() if w.earliest == w.latest else (
            f"{w.earliest.isoformat() if w.earliest else '…'} to {w.latest.isoformat() if w.latest else '…'}")
        typer.echo(f"{d.path}: {span} ({w.source}; estimate {w.estimate.isoformat() if w.estimate else '-'})")
        for e in w.evidence:
            typer.echo(f"    {('“' + e.quote + '”: ') if e.quote else ''}{e.reason}")


@app.command()
def parse(
    text: Annotated[str, typer.Argument(help="Text to tag.")],
    format: Annotated[ParseFormat, typer.Option("--format", "-f")] = ParseFormat.table,
) -> None:
    """Print every quantity the tagger finds in TEXT."""
    from .quantities import parse as tag

    quantities = tag(text)
    if format is ParseFormat.json:
        data = [q.model_dump(mode="json") for q in quantities]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for q in quantities:
        base = f"\tof {q.base.text}" if q.base else ""
        typer.echo(f"{q.start}-{q.end}\t{q.kind}\t{q.value.describe(q.unit or '')}\t{q.text}{base}")


class RulesFormat(str, Enum):
    text = "text"
    markdown = "markdown"


@app.command("rules")
def list_rules(
    format: Annotated[RulesFormat, typer.Option("--format", "-f")] = RulesFormat.text,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="With --format markdown: the file to write (default docs/rules.md).")] = None,
    rules_dir: RulesDirs = None,
) -> None:
    """List the rules (with where each came from), their metrics, and the finding codes."""
    from .discovery import discover
    from .writers import rules_doc

    found = discover(tuple(rules_dir or ()))
    for p in found.problems:
        typer.echo(f"checker: {p.origin}: {p.message} (R501 rule-error)", err=True)
    if format is RulesFormat.markdown:
        _write(output or Path("docs/rules.md"), rules_doc.render(found.rules))
    else:
        for r in found.rules:
            typer.echo(f"{r.code}  {r.name}  ({r.origin}): {r.summary}")
            for m in r.metrics:
                typer.echo(f"      {m.key}  [{m.kind}, {m.unit}]  {m.meaning}")
        typer.echo("\nFinding codes:")
        for c in CODES.values():
            typer.echo(f"  {c.code}  {c.name}  [{c.severity}]  {c.summary}")
    if found.problems:
        raise typer.Exit(EXIT_ERROR)


@app.command("new-rule")
def new_rule(
    name: Annotated[str, typer.Argument(help="The rule's name, like aid-workers.")],
    dir: Annotated[Path, typer.Option("--dir", help="Where to write it.")] = Path("checker_rules"),
    toml: Annotated[bool, typer.Option("--toml", help="Write a TOML rule instead of a Python module.")] = False,
) -> None:
    """Scaffold a rule with one positive and one negative example, and a test that runs them."""
    from .authoring import scaffold

    try:
        written = scaffold(name, dir, toml)
    except (ValueError, FileExistsError) as e:
        typer.echo(f"checker: {e}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    for f in written:
        typer.echo(f"wrote {f}")
    typer.echo(f"next: edit {written[0]}, then run: checker test-rule {written[0]}")


@app.command("test-rule")
def test_rule(path: Annotated[Path, typer.Argument(help="A rule file (.py or .toml).")]) -> None:
    """Run a rule's examples and show expected against got."""
    from .authoring import run_examples

    report = run_examples(path)
    typer.echo(report.text())
    if not report.ok:
        raise typer.Exit(EXIT_FINDINGS)


@app.command()
def explain(code: Annotated[str, typer.Argument(help="A finding code (C101) or name (contradiction).")]) -> None:
    """Explain a finding code: what it means, why it matters, a bad and a good example."""
    spec = CODES.get(code.upper()) or next((c for c in CODES.values() if c.name == code.lower()), None)
    if spec is None:
        typer.echo(f"checker: unknown finding code {code!r}; known: {', '.join(CODES)}", err=True)
        raise typer.Exit(EXIT_ERROR)
    typer.echo(f"{spec.code} {spec.name} [{spec.severity}]\n\n{spec.summary}\n\nWhy it matters: {spec.why}\n\n"
               f"Bad:  {spec.bad}\nGood: {spec.good}")


def _interrupted(signum: int, frame: object) -> None:
    print("checker: interrupted", file=sys.stderr)
    raise SystemExit(130)  # unwinds normally: reports being written are not left half done


def main() -> None:
    """Run the CLI. Ctrl-C stops it with one line and exit code 130, never a traceback."""
    signal.signal(signal.SIGINT, _interrupted)
    app()
