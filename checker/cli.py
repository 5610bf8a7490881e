"""The command line: check, extract, dates, baseline, config, schema, parse, rules, new-rule, test-rule, explain."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
import typer.core

from . import api
from . import config as configuration
from .api import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, STDIN, Options, Report
from .codes import CODES
from .pipeline import AUTO_JOBS_FROM, Result
from .policy import BaselineError, baseline_data, migrate, read_baseline
from .progress import feedback, plural, summary
from .records import Claim, Span
from .writers import FORMATS, REPORT_FILES, render, report_header
from .writers.terminal import printable
from .writers.wording import message, wording

if TYPE_CHECKING:
    from .extraction import Unclaimed  # (a type only: importing it loads the tagger)


class _PlainHelp:
    """Help that names values as linters do (TEXT, PATH, INTEGER, text|json), never by Python type
    (``<list[Path]>``), and shows no value for a flag."""

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)  # type: ignore[misc]
        for p in params:
            if isinstance(p, (typer.core.TyperArgument, typer.core.TyperOption)):
                p.display_type_rich = partial(_metavar, p)  # type: ignore[method-assign]
        return params


class _Command(_PlainHelp, typer.core.TyperCommand):
    pass


class _Group(_PlainHelp, typer.core.TyperGroup):
    pass


_TYPE_NAMES = {"str": "TEXT", "path": "PATH", "Path": "PATH", "int": "INTEGER", "float": "NUMBER"}


def _metavar(p: typer.core.TyperArgument | typer.core.TyperOption, ctx: Any) -> str | None:
    """What help shows for a parameter's value: its metavar, its choices, or its type's name (none for a flag)."""
    if isinstance(p, typer.core.TyperArgument) or p.is_flag:
        return None  # an argument's name is its metavar
    if p.metavar is not None:
        return p.metavar
    label = p.display_type(ctx).strip("<>").removesuffix(" range")
    label = label.removeprefix("list[").removesuffix("]")
    return label if "|" in label else _TYPE_NAMES.get(label, label.upper())


app = typer.Typer(
    cls=_Group,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Find numeric claims in documents and flag where sources contradict, regress or drift.",
)
DEBUG = False
"""Whether an unexpected error shows its traceback (``checker --debug ...``; see __main__.py)."""


def command(*args, **kwargs):
    """``app.command`` with the help of _Command."""
    return app.command(*args, cls=_Command, **kwargs)


def _version(value: bool) -> None:
    if value:
        from . import __version__
        from .prefilter import engine

        typer.echo(f"claim-checker {__version__} ({engine()})")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help="On an unexpected error, show its traceback (else one line; the exit code is 2 either way)."
        ),
    ] = False,
) -> None:
    """Find numeric claims in documents and flag where sources contradict, regress or drift."""
    global DEBUG
    DEBUG = debug


class ExtractFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    csv = "csv"
    parquet = "parquet"


class EngineName(StrEnum):
    local = "local"
    dask = "dask"


class ParseFormat(StrEnum):
    table = "table"
    json = "json"


class TextJson(StrEnum):
    text = "text"
    json = "json"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


Paths = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="PATH",
        help="Files, directories or URLs (s3://bucket/articles/, with fsspec; `-`: standard input); else the "
        "configuration's paths; else the bundled seeds.",
    ),
]
Dates = Annotated[
    list[str] | None,
    typer.Option(
        "--date",
        help="A document's date: FILE=YYYY-MM-DD (repeatable); wins over the manifest and the file's metadata.",
    ),
]
References = Annotated[
    list[Path] | None,
    typer.Option(
        "--reference", help="A reference series CSV (metric,date,value,source), added to the default one (repeatable)."
    ),
]
NoDefaultReference = Annotated[
    bool, typer.Option("--no-default-reference", help="Do not use the bundled Gaza Ministry of Health series.")
]
RulesDirs = Annotated[
    list[Path] | None,
    typer.Option("--rules-dir", help="A directory of extra rules (.py modules and .toml files); repeatable."),
]
ConfigFile = Annotated[
    Path | None,
    typer.Option(
        "--config", help="The configuration file (default: the nearest claim-checker.toml or pyproject.toml)."
    ),
]
Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help=f"Processes checking documents (default: one per core from {AUTO_JOBS_FROM} documents, else one).",
    ),
]
NoCache = Annotated[
    bool, typer.Option("--no-cache", help="Extract every document again; do not read or write the cache.")
]
CacheDir = Annotated[
    Path | None,
    typer.Option(
        "--cache-dir",
        help="Where extracted claims are cached, by document content and rules' version (default: a folder "
        "for this project in the user's cache directory).",
    ),
]
Quiet = Annotated[
    bool, typer.Option("--quiet", "-q", help="Print only the results: no progress bar, no summary, no notes.")
]
Select = Annotated[
    list[str] | None,
    typer.Option(
        "--select",
        metavar="CODES",
        help="Report only these codes or prefixes (comma-separated or repeated), instead "
        "of the configuration's select.",
    ),
]
ExtendSelect = Annotated[
    list[str] | None,
    typer.Option("--extend-select", metavar="CODES", help="Codes or prefixes to report as well as those selected."),
]
Ignore = Annotated[
    list[str] | None,
    typer.Option(
        "--ignore", metavar="CODES", help="Codes or prefixes never to report, added to the configuration's ignore."
    ),
]
StdinName = Annotated[
    str,
    typer.Option(
        "--stdin-filename",
        metavar="NAME",
        help="The name to show for the document read from standard input (a path "
        "of `-`); its extension gives the format.",
    ),
]
DisableRules = Annotated[
    list[str] | None,
    typer.Option(
        "--disable-rule", help="A rule not to run, by name or code (repeatable; added to the configuration's)."
    ),
]

EngineOption = Annotated[
    EngineName | None,
    typer.Option(
        "--engine",
        help="Where to check documents and compare claims: local (this machine) or dask (a Dask cluster; "
        "pip install 'claim-checker[dask]'). Default from the configuration, else local.",
    ),
]
Scheduler = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="With --engine dask: the scheduler to connect to (tcp://host:8786); default from the configuration, "
        "else a local cluster of one worker process per core.",
    ),
]
ClaimsOut = Annotated[
    Path | None,
    typer.Option(
        "--claims-out",
        metavar="DIR",
        help="Also write the claims to DIR as a Parquet data set, one row per claim (pip install "
        "'claim-checker[frames]').",
    ),
]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"checker: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


def _dates(values: list[str] | None) -> dict[Path, dt.date]:
    out = {}
    for v in values or []:
        file, sep, day = v.rpartition("=")
        try:
            out[Path(file)] = dt.date.fromisoformat(day)
            if not sep or not file:
                raise ValueError
        except ValueError:
            raise _fail(f"--date {v!r}: expected FILE=YYYY-MM-DD") from None
    return out


def _codes(option: str, values: list[str] | None) -> list[str] | None:
    """An option's codes, comma-separated or repeated, each checked (a typo is an error naming the nearest)."""
    if values is None:
        return None
    codes = [c.strip() for v in values for c in v.split(",") if c.strip()]
    for code in codes:
        problem = configuration.code_problem(code)
        if problem:
            raise _fail(f"{option} {code!r}: {problem}")
    return codes


def _config(
    path: Path | None,
    select: list[str] | None = None,
    extend_select: list[str] | None = None,
    ignore: list[str] | None = None,
    fail_on: FailOn | None = None,
) -> configuration.Loaded:
    """The configuration in force (``path``, else the nearest file) with the command line's --select (instead of
    its select), --extend-select and --ignore (added to its own), as in ruff, and --fail-on."""
    try:
        loaded = configuration.load(path)
    except configuration.ConfigError as e:
        raise _fail(str(e)) from None
    cfg = loaded.config
    update: dict[str, object] = {}
    chosen = _codes("--select", select)
    extra = _codes("--extend-select", extend_select)
    if chosen is not None or extra:
        chosen = cfg.select if chosen is None else chosen
        update["select"] = [*chosen, *(extra or [])] if chosen else []
    if ignore is not None:
        update["ignore"] = [*cfg.ignore, *(_codes("--ignore", ignore) or [])]
    if fail_on is not None:
        update["fail_on"] = fail_on.value
    return loaded.model_copy(update={"config": cfg.model_copy(update=update)})


def _options(
    *,
    date: list[str] | None,
    reference: list[Path] | None,
    no_default_reference: bool,
    rules_dir: list[Path] | None,
    disable_rule: list[str] | None = None,
    jobs: int | None = None,
    no_cache: bool = False,
    cache_dir: Path | None = None,
    stdin_filename: str = "stdin.txt",
    **more: Any,
) -> Options:
    """The check's options from the command line's (those shared by check, extract, dates and baseline)."""
    return Options(
        dates=_dates(date),
        references=tuple(reference or ()),
        default_reference=not no_default_reference,
        rule_dirs=tuple(rules_dir or ()),
        disabled_rules=tuple(disable_rule or ()),
        jobs=jobs,
        cache=not no_cache,
        cache_dir=cache_dir,
        stdin_name=stdin_filename,
        **more,
    )


def _check(paths: list[str] | None, loaded: configuration.Loaded, options: Options, quiet: bool) -> Report:
    """The check, with a progress bar unless ``quiet``; the run's own problems (inputs, rules) on stderr. A check
    that cannot run is one line and exit 2."""
    try:
        with feedback(quiet) as progress:
            report = api.check(paths, loaded, replace(options, progress=progress))
    except api.CheckError as e:
        raise _fail(str(e)) from None
    for f in report.problems:
        typer.echo(printable(f"checker: {message(f, {})} ({f.code} {f.name})"), err=True)
    return report


def _write_claims(result: Result, directory: Path) -> None:
    """The run's claims written to ``directory`` as a Parquet data set; a missing extra or a directory that cannot
    be written is one line and exit 2."""
    from .frames_io import FramesUnavailable, write_claims

    try:
        write_claims(result.claims, directory)
    except FramesUnavailable as e:
        raise _fail(str(e)) from None
    except OSError as e:
        raise _fail(f"cannot write {directory}: {e.strerror or e}") from None


def _write(path: Path, text: str | Iterable[str]) -> None:
    """Write a text, or its parts as they come (a large report is never held whole in memory).

    The parts go to a new temporary file beside the target, made with a random name and O_EXCL (so a link
    planted in its place is never followed, and two runs never share one), then renamed over the target:
    an interrupted run never leaves half a report, and a link at the target is replaced, not followed. A file
    that cannot be written (a full disk, no permission) is one line and exit 2."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise _fail(f"cannot write {path}: {e.strerror or e}") from None
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.writelines((text,) if isinstance(text, str) else text)
        os.replace(tmp, path)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise _fail(f"cannot write {path}: {e.strerror or e}") from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _print(text: str | Iterable[str]) -> None:
    """Print a text, or its parts a thousand at a time: one print per part is slow, and joining them all
    would hold the whole output (tens of MB for 100,000 documents) at once."""
    if isinstance(text, str):
        typer.echo(text, nl=False)
        return
    batch: list[str] = []
    for part in text:
        batch.append(part)
        if len(batch) >= 1000:
            typer.echo("".join(batch), nl=False)
            batch.clear()
    typer.echo("".join(batch), nl=False)


_FINDING_LINE = re.compile(
    r"^(?P<where>.*?): (?P<code>[A-Z]\d{3}) \[(?P<severity>error|warning|info)\] (?P<name>[\w-]+):"
)
_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _colour(text: str) -> bool:
    """Print the text report in colour with rich, when stdout is a terminal (or FORCE_COLOR is set) and
    NO_COLOR is not; False (nothing printed) otherwise. Document text is never read as rich markup."""
    console = _terminal()
    if console is None:
        return False
    from rich.text import Text

    for line in text.splitlines():
        shown = Text(line)
        m = _FINDING_LINE.match(line)
        if m:
            shown.stylize("bold", *m.span("where"))
            shown.stylize(_STYLES[m["severity"]], m.start("code"), m.end("severity") + 1)
            shown.stylize("dim", *m.span("name"))
        console.print(shown)
    return True


def _terminal():
    """rich's console on stdout when it is a terminal (or FORCE_COLOR is set) and NO_COLOR is not; else None.
    It reads no markup, emoji codes or highlights in what it prints."""
    if not sys.stdout.isatty() and not any(os.environ.get(v) for v in ("FORCE_COLOR", "TTY_INTERACTIVE")):
        return None  # no terminal, as rich would find: rich (a tenth of a second to import) is not loaded
    from rich.console import Console

    console = Console(highlight=False, markup=False, emoji=False, soft_wrap=True)
    return console if console.is_terminal and not console.no_color else None


def _table(result: Result) -> bool:
    """extract's claims as a rich table on a terminal (False, nothing printed, elsewhere: tab-separated lines);
    names and quotes shown escaped (terminal.py), never read as markup."""
    console = _terminal()
    if console is None:
        return False
    from rich.table import Table
    from rich.text import Text

    table = Table("where", "metric", "value", "scope", "as of", "quote", box=None, header_style="bold")
    paths = {d.id: d.path for d in result.documents}
    for c in result.claims:
        table.add_row(
            *(
                Text(printable(x))
                for x in (
                    c.span.at(paths[c.document]),
                    c.metric,
                    c.value.describe(c.unit),
                    _scope(c),
                    _as_of(c),
                    " ".join(c.quote.split()),
                )
            )
        )
    console.print(table, soft_wrap=False)
    return True


def _claim_lines(result: Result, explain: bool, unclaimed: bool = False) -> Iterator[str]:
    """extract's table: where, metric, value, scope (window, event), as-of and quote of each claim, in text order
    (to explain: its frame and the rule and way that gave it); with ``unclaimed``, every figure that is no
    claim, with why. Names and quotes are shown escaped (terminal.py)."""
    paths_by_id = {d.id: d.path for d in result.documents}
    rows: list[tuple[str, Span, Claim | Unclaimed]] = [(c.document, c.span, c) for c in result.claims]
    rows += [(doc, u.span, u) for doc, u in result.unclaimed] if unclaimed else []
    order = {d.id: i for i, d in enumerate(result.documents)}
    for doc, span, row in sorted(rows, key=lambda r: (order.get(r[0], 0), r[1].start)):
        where = span.at(printable(paths_by_id[doc]))
        if isinstance(row, Claim):
            yield (
                f"{where}\t{row.metric}\t{row.value.describe(row.unit)}\t{_scope(row)}\t{_as_of(row)}\t"
                f"{printable(' '.join(row.quote.split()))}\n"
            )
            if explain:
                parts = ", ".join(f"{k} {v}" for k, v in row.frame.model_dump().items() if v is not None)
                yield printable(f"    frame: {parts}; rule {row.rule}, {row.pattern}") + "\n"
        else:
            yield f"{where}\t-\t{printable(' '.join(row.quantity.text.split()))}\tno claim: {printable(row.why)}\n"


def _scope(claim: Claim) -> str:
    """What a claim's figure covers beyond its metric's key: "window 24h", "event truce", or "-"."""
    parts = [f"{k} {v}" for k, v in (("window", claim.frame.window), ("event", claim.frame.event)) if v]
    return ", ".join(parts) or "-"


def _as_of(claim: Claim) -> str:
    """The time a claim is of: its date, the interval it can be in ("2024-01-01..2024-03-01", open ends as
    ".."), or "-" when nothing dates it."""
    lo, hi = claim.as_of_earliest, claim.as_of_latest
    if lo is not None and lo == hi:
        return lo.isoformat()
    if lo is None and hi is None:
        return claim.as_of.isoformat() if claim.as_of else "-"
    return f"{lo.isoformat() if lo else ''}..{hi.isoformat() if hi else ''}"


@command()
def check(
    paths: Paths = None,
    format: Annotated[str, typer.Option("--format", "-f", help=f"Output on stdout: {', '.join(FORMATS)}.")] = "text",
    output: Annotated[
        list[str] | None,
        typer.Option("--output", "-o", help="Also write FORMAT=FILE (repeatable), for example sarif=claims.sarif."),
    ] = None,
    md: Annotated[
        Path | None,
        typer.Option(help="Markdown report file (default from the configuration, else reports/report.md)."),
    ] = None,
    html: Annotated[Path | None, typer.Option(help="HTML report file (default reports/report.html).")] = None,
    no_reports: Annotated[bool, typer.Option("--no-reports", help="Write no Markdown or HTML report files.")] = False,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            help="Exit 1 when a finding is at or above this severity (default from the configuration, else error)."
        ),
    ] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 whatever the findings.")] = False,
    baseline: Annotated[
        Path | None, typer.Option(help="Report only findings not in this baseline (written by `checker baseline`).")
    ] = None,
    changed_since: Annotated[
        str | None,
        typer.Option(
            "--changed-since",
            help="Check everything, report only findings that involve a document changed since this git ref.",
        ),
    ] = None,
    allow_input_errors: Annotated[
        bool,
        typer.Option(
            "--allow-input-errors", help="Do not exit 2 for inputs that could not be read (they are still reported)."
        ),
    ] = False,
    stamp: Annotated[
        bool,
        typer.Option(
            "--stamp", help="Put the time of the check in the reports (left out by default: reproducible output)."
        ),
    ] = False,
    config: ConfigFile = None,
    date: Dates = None,
    reference: References = None,
    no_default_reference: NoDefaultReference = False,
    rules_dir: RulesDirs = None,
    jobs: Jobs = None,
    no_cache: NoCache = False,
    cache_dir: CacheDir = None,
    quiet: Quiet = False,
    disable_rule: DisableRules = None,
    select: Select = None,
    extend_select: ExtendSelect = None,
    ignore: Ignore = None,
    stdin_filename: StdinName = "stdin.txt",
    engine: EngineOption = None,
    scheduler: Scheduler = None,
    claims_out: ClaimsOut = None,
    watch: Annotated[
        bool, typer.Option("--watch", "-w", help="Check again whenever a document changes (until Ctrl-C).")
    ] = False,
) -> None:
    """Check documents: claims, findings, and Markdown and HTML reports (under reports/ by default)."""
    started = time.perf_counter()
    loaded = _config(config, select, extend_select, ignore, fail_on)
    targets = _targets(output, format, md, html, no_reports, loaded)
    options = _options(
        date=date,
        reference=reference,
        no_default_reference=no_default_reference,
        rules_dir=rules_dir,
        disable_rule=disable_rule,
        jobs=jobs,
        no_cache=no_cache,
        cache_dir=cache_dir,
        stdin_filename=stdin_filename,
        baseline=baseline,
        changed_since=changed_since,
        keep_text=any(fmt in REPORT_FILES for fmt in (format, *(fmt for fmt, _ in targets))),
        outputs=tuple(file for _, file in targets),
        engine=engine,
        scheduler=scheduler,
    )

    def once(started: float) -> int:
        """One check: print, write the reports, and say how it should exit."""
        report = _check(paths, loaded, options, quiet)
        header = {**report_header(report.paths, loaded.file, stamp), "filtered": report.filtered}
        shown = render(format, report, None, header, report.fail_on)
        if not (format == "text" and isinstance(shown, str) and _colour(shown)):
            _print(shown)
        for fmt, file in targets:
            _write(file, render(fmt, report, file, header, report.fail_on))
        if claims_out:
            _write_claims(report, claims_out)
        if format == "text" and report.filtered:
            typer.echo(report.filtered)
        if not quiet:
            typer.echo(summary(len(report.documents), len(report.claims), len(report.findings), started), err=True)
        return report.exit_code(allow_input_errors=allow_input_errors, exit_zero=exit_zero)

    code = once(started)
    if watch:
        if paths and str(STDIN) in paths:
            raise _fail("--watch cannot watch standard input")
        given = api.inputs(paths) if paths else api.configured(loaded)
        watched = [p for p in given if isinstance(p, Path)]  # URLs are not watched
        code = _watch(once, code, [*watched, *([loaded.file] if loaded.file else [])])
    if code != EXIT_CLEAN:
        raise typer.Exit(code)


def _targets(
    output: list[str] | None,
    format: str,
    md: Path | None,
    html: Path | None,
    no_reports: bool,
    loaded: configuration.Loaded,
) -> list[tuple[str, Path]]:
    """The files check writes, by format: --output's, and the reports (the options', else the configuration's)."""
    targets = []
    for item in output or []:
        fmt, sep, file = item.partition("=")
        if not sep or fmt not in FORMATS or not file:
            raise _fail(f"--output {item!r}: expected FORMAT=FILE with FORMAT one of {', '.join(FORMATS)}")
        targets.append((fmt, Path(file)))
    if format not in FORMATS:
        raise _fail(f"--format {format!r}: expected one of {', '.join(FORMATS)}")
    if not no_reports:
        reports_cfg = loaded.config.reports
        md = md or (loaded.relative(reports_cfg.markdown) if reports_cfg.markdown else None)
        html = html or (loaded.relative(reports_cfg.html) if reports_cfg.html else None)
        targets += [(fmt, f) for fmt, f in (("markdown", md), ("html", html)) if f is not None]
    return targets


WATCH_EVERY = 1.0
"""Seconds between two looks at the documents in --watch."""


def _stamps(paths: list[Path]) -> dict[str, tuple[int, int]]:
    """Each document (and manifest, and the configuration) under ``paths``: its modification time and size."""
    from .loading import MANIFEST, find_sources

    files = [s.file for s in find_sources(paths)[0]]
    files += [m for p in paths if p.is_dir() for m in p.rglob(MANIFEST)] + [p for p in paths if p.is_file()]
    out = {}
    for f in files:
        try:
            st = f.stat()
        except OSError:
            continue
        out[str(f)] = (st.st_mtime_ns, st.st_size)
    return out


def _watch(once: Callable[[float], int], code: int, paths: list[Path]) -> int:
    """Check again whenever a document under ``paths`` is added, changed or removed (polling, so it works on
    every system and network drive), until interrupted (Ctrl-C); the last check's exit code."""
    seen = _stamps(paths)
    typer.echo("checker: watching for changes (Ctrl-C to stop)", err=True)
    try:
        while True:
            time.sleep(WATCH_EVERY)
            now = _stamps(paths)
            if now != seen:
                changed = sorted(set(now.items()) ^ set(seen.items()))
                typer.echo(f"checker: {plural(len({f for f, _ in changed}), 'file')} changed; checking again", err=True)
                code = once(time.perf_counter())
                seen = _stamps(paths)  # after the run: its own reports are no change
    except KeyboardInterrupt:
        return code


@command("baseline")
def write_baseline(
    paths: Paths = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="The baseline file to write (default claim-checker-baseline.json; with --migrate, "
            "the old baseline's file).",
        ),
    ] = None,
    migrate_from: Annotated[
        Path | None,
        typer.Option(
            "--migrate",
            help="Carry this baseline, written by an older version, over to the current fingerprints: "
            "each entry becomes the current finding it corresponds to; no new finding is added.",
        ),
    ] = None,
    config: ConfigFile = None,
    date: Dates = None,
    reference: References = None,
    no_default_reference: NoDefaultReference = False,
    rules_dir: RulesDirs = None,
    quiet: Quiet = False,
    select: Select = None,
    extend_select: ExtendSelect = None,
    ignore: Ignore = None,
    engine: EngineOption = None,
    scheduler: Scheduler = None,
) -> None:
    """Record the current findings, so that `check --baseline FILE` reports only new ones (or, with --migrate,
    carry an older baseline over)."""
    loaded = _config(config, select, extend_select, ignore)
    old = None
    if migrate_from is not None:
        try:
            old = read_baseline(migrate_from, any_scheme=True)
        except BaselineError as e:
            raise _fail(str(e)) from None
    out = out or migrate_from or Path("claim-checker-baseline.json")
    options = _options(
        date=date,
        reference=reference,
        no_default_reference=no_default_reference,
        rules_dir=rules_dir,
        engine=engine,
        scheduler=scheduler,
    )
    report = _check(paths, loaded, options, quiet)
    say = wording(report.claims)
    data, lost = migrate(old, report.findings, say) if old is not None else (baseline_data(report.findings, say), [])
    _write(out, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    for gone in lost:
        typer.echo(
            f"checker: not carried over (no current finding corresponds): {gone['code']} {gone['metric']}: "
            f"{gone['message']}",
            err=True,
        )
    if quiet:
        return
    if old is not None:
        typer.echo(f"wrote {out}: {len(data['findings'])} carried over, {len(lost)} could not be")
    else:
        typer.echo(f"wrote {out}: {plural(len(data['findings']), 'finding')}")


@command("config")
def show_config(config: ConfigFile = None, quiet: Quiet = False) -> None:
    """Print the effective configuration and where each value came from."""
    typer.echo("\n".join(configuration.describe(_config(config))))


@command()
def schema(quiet: Quiet = False) -> None:
    """Print the JSON Schema of `check --format json` (generated from the records)."""
    from .writers.json_report import Output

    typer.echo(json.dumps(Output.model_json_schema(mode="serialization"), indent=2))


@command()
def extract(
    paths: Paths = None,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.table,
    explain: Annotated[bool, typer.Option("--explain", help="Show each claim's frame and which rule gave it.")] = False,
    all_figures: Annotated[
        bool,
        typer.Option(
            "--all", help="Also list every figure that is no claim, with why (what the engine could not attach it to)."
        ),
    ] = False,
    config: ConfigFile = None,
    date: Dates = None,
    reference: References = None,
    no_default_reference: NoDefaultReference = False,
    rules_dir: RulesDirs = None,
    jobs: Jobs = None,
    no_cache: NoCache = False,
    cache_dir: CacheDir = None,
    quiet: Quiet = False,
    disable_rule: DisableRules = None,
    stdin_filename: StdinName = "stdin.txt",
    engine: EngineOption = None,
    scheduler: Scheduler = None,
    claims_out: ClaimsOut = None,
) -> None:
    """Print the claims found, without comparing them (with --format parquet, write them to --claims-out)."""
    from .writers import ci_formats, json_report

    if format is ExtractFormat.parquet and claims_out is None:
        raise _fail("--format parquet writes a data set of files: give the directory with --claims-out DIR")
    started = time.perf_counter()
    options = _options(
        date=date,
        reference=reference,
        no_default_reference=no_default_reference,
        rules_dir=rules_dir,
        disable_rule=disable_rule,
        jobs=jobs,
        no_cache=no_cache,
        cache_dir=cache_dir,
        stdin_filename=stdin_filename,
        compare=False,
        unclaimed=all_figures,
        engine=engine,
        scheduler=scheduler,
    )
    result = _check(paths, _config(config), options, quiet)
    if claims_out:
        _write_claims(result, claims_out)
    if format is ExtractFormat.parquet:
        pass  # written above
    elif format is ExtractFormat.json:
        _print(json_report.render(result, claims_only=True))
    elif format is ExtractFormat.jsonl:
        _print(json_report.render_jsonl(result))
    elif format is ExtractFormat.csv:
        _print(ci_formats.claims_csv(result))
    elif explain or all_figures or not _table(result):
        _print(_claim_lines(result, explain, all_figures))
    if not quiet:
        typer.echo(summary(len(result.documents), len(result.claims), None, started), err=True)
    if result.input_errors or result.rule_errors:
        raise typer.Exit(EXIT_ERROR)


@command()
def dates(
    paths: Paths = None,
    format: Annotated[TextJson, typer.Option("--format", "-f")] = TextJson.text,
    config: ConfigFile = None,
    date: Dates = None,
    reference: References = None,
    no_default_reference: NoDefaultReference = False,
    rules_dir: RulesDirs = None,
    quiet: Quiet = False,
) -> None:
    """Print each document's date: given or inferred, as an interval, with the evidence."""
    options = _options(
        date=date, reference=reference, no_default_reference=no_default_reference, rules_dir=rules_dir, compare=False
    )
    result = _check(paths, _config(config), options, quiet)
    if format is TextJson.json:
        data = [{"id": d.id, "path": d.path, "date": d.date.model_dump(mode="json")} for d in result.documents]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for d in result.documents:
        w = d.date
        if w.source == "none":
            typer.echo(f"{printable(d.path)}: undated (nothing in the text bounds it)")
            continue
        span = (
            w.earliest.isoformat()
            if w.earliest is not None and w.earliest == w.latest
            else (f"{w.earliest.isoformat() if w.earliest else '…'} to {w.latest.isoformat() if w.latest else '…'}")
        )
        typer.echo(
            printable(f"{d.path}: {span} ({w.source}; estimate {w.estimate.isoformat() if w.estimate else '-'})")
        )
        for e in w.evidence:
            typer.echo(printable(f"    {('“' + e.quote + '”: ') if e.quote else ''}{e.reason}"))


@command()
def parse(
    text: Annotated[str, typer.Argument(help="Text to tag.")],
    format: Annotated[ParseFormat, typer.Option("--format", "-f")] = ParseFormat.table,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help='YYYY-MM-DD the text was written: resolves "last week", "three days ago" and year-less dates.',
        ),
    ] = None,
    quiet: Quiet = False,
) -> None:
    """Print every quantity the tagger finds in TEXT."""
    from .quantities import parse as tag

    try:
        reference = dt.date.fromisoformat(date) if date else None
    except ValueError:
        typer.echo(f"checker: --date {date!r} is not a date (YYYY-MM-DD)", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    quantities = tag(text, reference)
    if format is ParseFormat.json:
        data = [q.model_dump(mode="json") for q in quantities]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for q in quantities:
        base = f"\tof {q.base.text}" if q.base else ""
        typer.echo(f"{q.start}-{q.end}\t{q.kind}\t{q.value.describe(q.unit or '')}\t{q.text}{base}")


class RulesFormat(StrEnum):
    text = "text"
    markdown = "markdown"


@command("rules")
def list_rules(
    format: Annotated[RulesFormat, typer.Option("--format", "-f")] = RulesFormat.text,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="With --format markdown: the file to write (default docs/rules.md)."),
    ] = None,
    rules_dir: RulesDirs = None,
    quiet: Quiet = False,
) -> None:
    """List the rules (with where each came from), their metrics, and the finding codes."""
    from .discovery import discover
    from .writers import rules_doc

    loaded = _config(None)
    found = discover(tuple([*(loaded.relative(d) for d in loaded.config.rules_dirs), *(rules_dir or [])]))
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


@command("new-rule")
def new_rule(
    name: Annotated[str, typer.Argument(help="The rule's name, like aid-workers.")],
    dir: Annotated[Path, typer.Option("--dir", help="Where to write it.")] = Path("checker_rules"),
    toml: Annotated[bool, typer.Option("--toml", help="Write a TOML rule instead of a Python module.")] = False,
    quiet: Quiet = False,
) -> None:
    """Scaffold a rule with one positive and one negative example, and a test that runs them."""
    from .authoring import scaffold

    try:
        written = scaffold(name, dir, toml)
    except (ValueError, FileExistsError) as e:
        typer.echo(f"checker: {e}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    if quiet:
        return
    for f in written:
        typer.echo(f"wrote {f}")
    typer.echo(f"next: edit {written[0]}, then run: checker test-rule {written[0]}")


@command("test-rule")
def test_rule(path: Annotated[Path, typer.Argument(help="A rule file (.py or .toml).")], quiet: Quiet = False) -> None:
    """Run a rule's examples and show expected against got (with -q, only when one fails)."""
    from .authoring import run_examples

    report = run_examples(path)
    if not (quiet and report.ok):
        typer.echo(report.text())
    if not report.ok:
        raise typer.Exit(EXIT_FINDINGS)


@command()
def explain(
    code: Annotated[str, typer.Argument(help="A finding code (C101) or name (contradiction).")], quiet: Quiet = False
) -> None:
    """Explain a finding code: what it means, why it matters, a bad and a good example."""
    spec = CODES.get(code.upper()) or next((c for c in CODES.values() if c.name == code.lower()), None)
    if spec is None:
        typer.echo(f"checker: unknown finding code {code!r}; known: {', '.join(CODES)}", err=True)
        raise typer.Exit(EXIT_ERROR)
    typer.echo(
        f"{spec.code} {spec.name} [{spec.severity}]\n\n{spec.summary}\n\nWhy it matters: {spec.why}\n\n"
        f"Bad:  {spec.bad}\nGood: {spec.good}"
    )
