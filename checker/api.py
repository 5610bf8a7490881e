"""One check from Python, as the command line runs it: ``checker.check(paths, config, options) -> Report``.

discover rules -> load documents -> extract claims -> date documents -> compare -> policy (select and ignore,
severities, suppressions, a baseline, --changed-since). The command line, the benchmark and Python callers all
go through ``check``, so they report the same findings."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import config as configuration
from . import policy
from .discovery import RuleError, metrics
from .pipeline import Result, run
from .records import SEVERITY_ORDER, Claim, Finding, Severity
from .reference import ReferenceFileError
from .remote import is_url

if TYPE_CHECKING:
    import pandas

    from .pipeline import Engine

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STDIN = Path("-")
"""A path that stands for the document on standard input."""


class CheckError(Exception):
    """A check that cannot run: a bad configuration, rule, reference series or baseline, or a git ref git
    cannot compare with; one line saying which and why."""


@dataclass(frozen=True)
class Options:
    """How to run, beyond the configuration: what the command line adds to it (paths relative to the working
    directory)."""

    dates: dict[Path, dt.date] = field(default_factory=dict)
    """Documents' dates by path; they win over the manifest and the documents' metadata."""
    references: tuple[Path, ...] = ()
    """Reference series added to the configuration's."""
    default_reference: bool = True
    """False leaves out the bundled series even when the configuration keeps it."""
    rule_dirs: tuple[Path, ...] = ()
    """Rule directories added to the configuration's."""
    disabled_rules: tuple[str, ...] = ()
    """Rules not to run (names or codes), added to the configuration's."""
    jobs: int | None = None
    """Processes checking documents (None: one per core for large sets, else one)."""
    cache: bool = True
    """Whether to read and write the claims cache."""
    cache_dir: Path | None = None
    """Where the cache is (None: the configuration's, else the project's folder in the user's cache directory)."""
    compare: bool = True
    """False: extract and date only (no findings but the run's own, no policy)."""
    keep_text: bool = False
    """Keep documents' texts (the Markdown and HTML reports show them)."""
    unclaimed: bool = False
    """Keep every figure that is no claim, with why."""
    baseline: Path | None = None
    """Report only findings not in this baseline file."""
    changed_since: str | None = None
    """Report only findings that involve a document changed since this git ref."""
    outputs: tuple[Path, ...] = ()
    """Files the caller will write (its reports): never read as documents."""
    stdin_name: str = "stdin.txt"
    """The name shown for the document read from standard input (a path of ``-``); its extension gives its format."""
    progress: Callable[[int, int], None] | None = None
    """Called with (documents done, documents in all)."""
    engine: str | None = None
    """Where documents are checked and claims compared: "local" (this machine's processes) or "dask" (a Dask
    cluster, see docs/scale.md); None: the configuration's."""
    scheduler: str | None = None
    """With the dask engine, the scheduler's address ("tcp://host:8786"); None: the configuration's, else a
    local cluster of one worker process per core, started for the check."""


@dataclass
class Report(Result):
    """A check's result after the policy: the findings to report, and what the policy kept out of view."""

    paths: list[Path | str] = field(default_factory=list)
    """What was checked: the paths given, else the configuration's (empty: the bundled seeds)."""
    problems: list[Finding] = field(default_factory=list)
    """The run's own findings (inputs, rules) before the policy: shown whatever is selected."""
    suppressed: int = 0
    baselined: bool = False
    known: int = 0
    """Findings left out as known in the baseline."""
    fixed: list[dict] = field(default_factory=list)
    """The baseline's entries no finding matches any more."""
    fail_on: Severity = Severity.ERROR
    """The configuration's level that fails the check."""

    def claims_frame(self) -> pandas.DataFrame:
        """The claims as a pandas DataFrame, one row per claim (see checker/frames_io.py; needs the frames
        extra)."""
        from .frames_io import claims_frame

        return claims_frame(self.claims)

    def findings_frame(self) -> pandas.DataFrame:
        """The findings as a pandas DataFrame, one row per finding, with the message every report prints."""
        from .frames_io import findings_frame

        return findings_frame(self.findings, self.claims)

    @property
    def filtered(self) -> str:
        """What the policy kept out of view: "2 suppressed; 1 new, 3 known in the baseline, 0 fixed since it was
        written" (empty when nothing was)."""
        from .progress import plural

        notes = [f"{self.suppressed} suppressed"] if self.suppressed else []
        if self.rejected:
            notes.append(f"{plural(self.rejected, 'claim')} rejected")
        if self.baselined:
            notes.append(
                f"{len(self.findings)} new, {self.known} known in the baseline, "
                f"{len(self.fixed)} fixed since it was written"
            )
        return "; ".join(notes)

    def exit_code(
        self, fail_on: Severity | str | None = None, allow_input_errors: bool = False, exit_zero: bool = False
    ) -> int:
        """2 when a rule failed or an input could not be read (unless allowed); else 1 when a finding is at or
        above ``fail_on`` (default: the configuration's) and not ``exit_zero``; else 0."""
        if self.rule_errors or (self.input_errors and not allow_input_errors):
            return EXIT_ERROR
        level = SEVERITY_ORDER[fail_on or self.fail_on]
        run_errors = {id(f) for f in self.input_errors + self.rule_errors}
        failing = any(SEVERITY_ORDER[f.severity] >= level for f in self.findings if id(f) not in run_errors)
        return EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN


def check(
    paths: Sequence[Path | str] | None = None,
    config: configuration.Loaded | configuration.Config | Path | None = None,
    options: Options | None = None,
) -> Report:
    """Check the documents under ``paths`` (files, folders or URLs that fsspec reads, such as s3://bucket/articles/;
    else the configuration's paths, else the bundled seeds) with
    ``config`` (a loaded configuration, a Config whose paths are relative to the working directory, a file;
    None: the nearest claim-checker.toml or pyproject.toml) and ``options``. Raises CheckError when the check
    cannot run."""
    loaded = _loaded(config)
    options = options or Options()
    given = inputs(paths) if paths else configured(loaded)
    result = _run_stdin(given, loaded, options) if STDIN in given else _run(given, loaded, options)
    report = Report(
        **{f.name: getattr(result, f.name) for f in dataclasses.fields(Result)},
        paths=given,
        problems=result.input_findings,
        fail_on=Severity(loaded.config.fail_on),
    )
    return _policy(report, loaded, options) if options.compare else report


def extract(
    paths: Sequence[Path | str] | None = None,
    config: configuration.Loaded | configuration.Config | Path | None = None,
    options: Options | None = None,
) -> Report:
    """The claims under ``paths`` as ``check`` finds them, not compared: the report's findings are the run's own
    (inputs, rules)."""
    return check(paths, config, dataclasses.replace(options or Options(), compare=False))


def extract_documents(
    documents: Iterable[tuple[str, str, Mapping[str, Any]]],
    config: configuration.Loaded | configuration.Config | Path | None = None,
    options: Options | None = None,
) -> Iterator[Claim]:
    """The claims of documents given as (id, text, metadata), for a job of one's own (a partition of a Dask,
    Spark or Beam job). ``metadata`` says what a manifest would (date, title, outlet, url) and the text's
    ``format`` ("txt", "md" or "html"; default "txt"). The rules and reference series are the configuration's
    and the options', found once per call; a document that cannot be read (empty, binary) gives no claims."""
    from .discovery import discover
    from .loading import InputFile
    from .pipeline import Setup, check_document
    from .reference import load as load_series

    loaded = _loaded(config)
    options = options or Options()
    cfg = loaded.config
    try:
        found = discover(
            (*(loaded.relative(d) for d in cfg.rules_dirs), *options.rule_dirs),
            disabled=(*cfg.disable_rules, *options.disabled_rules),
        )
        series = load_series(
            [*(loaded.relative(r) for r in cfg.references), *options.references],
            default=cfg.default_reference and options.default_reference,
        )
    except (RuleError, ReferenceFileError) as e:
        raise CheckError(str(e)) from None
    if found.problems:
        raise CheckError(f"{found.problems[0].origin}: {found.problems[0].message}")
    setup = Setup.of(found.rules, metrics(found.rules), series)
    for doc_id, text, metadata in documents:
        manifest = dict(metadata)
        file = f"{doc_id}.{manifest.pop('format', 'txt')}"
        source = InputFile(file=Path(file), id=doc_id, shown=file, manifest=manifest)
        yield from check_document(source, setup, text.encode("utf-8")).claims


def inputs(given: Iterable[Path | str]) -> list[Path | str]:
    """What to check, as paths, with URLs (remote.py) kept as they are written (a Path would fold their ``//``)."""
    return [p if is_url(p) else Path(p) for p in given]


def configured(loaded: configuration.Loaded) -> list[Path | str]:
    """The configuration's paths: relative to its file, URLs as they are written."""
    return [p if is_url(p) else loaded.relative(p) for p in loaded.config.paths]


def _loaded(config: configuration.Loaded | configuration.Config | Path | None) -> configuration.Loaded:
    if isinstance(config, configuration.Loaded):
        return config
    if isinstance(config, configuration.Config):
        return configuration.Loaded(config=config)
    try:
        return configuration.load(config)
    except configuration.ConfigError as e:
        raise CheckError(str(e)) from None


def _run(paths: list[Path | str], loaded: configuration.Loaded, options: Options) -> Result:
    """The run, the options over the configuration's settings, on the engine they ask for."""
    try:
        with _engine(loaded, options) as engine:
            return _run_on(paths, loaded, options, engine)
    except (RuleError, ReferenceFileError) as e:
        raise CheckError(str(e)) from None
    except configuration.UnknownSetting as e:
        raise CheckError(f"{loaded.locate(e.name)}: {e}") from None


@contextmanager
def _engine(loaded: configuration.Loaded, options: Options) -> Iterator[Engine | None]:
    """The engine the options (else the configuration) ask for: None for this machine's processes."""
    name = options.engine or loaded.config.engine
    if name == "local":
        yield None
        return
    if name != "dask":
        raise CheckError(f"engine {name!r}: expected 'local' or 'dask'")
    from .distributed import EngineUnavailable, dask_engine

    try:
        with dask_engine(options.scheduler or loaded.config.scheduler) as engine:
            yield engine
    except EngineUnavailable as e:
        raise CheckError(str(e)) from None


def _run_on(paths: list[Path | str], loaded: configuration.Loaded, options: Options, engine: Engine | None) -> Result:
    """The run, the options over the configuration's settings."""
    cfg = loaded.config
    return run(
        paths,
        compare_claims=options.compare,
        dates=options.dates,
        references=[*(loaded.relative(r) for r in cfg.references), *options.references],
        default_reference=cfg.default_reference and options.default_reference,
        rule_dirs=(*(loaded.relative(d) for d in cfg.rules_dirs), *options.rule_dirs),
        exclude=tuple(cfg.exclude),
        exclude_root=loaded.file.parent if loaded.file else None,
        metric_settings=cfg.metrics,
        keep_text=options.keep_text,
        jobs=options.jobs,
        cache_dir=_cache_dir(loaded, options),
        progress=options.progress,
        unclaimed=options.unclaimed,
        disabled_rules=(*cfg.disable_rules, *options.disabled_rules),
        outputs=options.outputs,
        rejections=tuple(cfg.reject),
        engine=engine,
    )


def _cache_dir(loaded: configuration.Loaded, options: Options) -> Path | None:
    """The cache directory of this check, or None for no cache."""
    from .cache import default_directory

    if not options.cache:
        return None
    if options.cache_dir is not None:
        return options.cache_dir
    if loaded.config.cache_dir:
        return loaded.relative(loaded.config.cache_dir)
    return default_directory(loaded.file.parent if loaded.file else Path.cwd())


def _policy(report: Report, loaded: configuration.Loaded, options: Options) -> Report:
    """The report with the configuration's policy applied: select and ignore, severities, suppressions, the
    baseline, and --changed-since."""
    try:
        known = policy.read_baseline(options.baseline) if options.baseline is not None else None
        changed = policy.changed(options.changed_since, report.documents) if options.changed_since else None
    except policy.PolicyError as e:
        raise CheckError(str(e)) from None
    root = loaded.file.parent if loaded.file else None
    outcome = policy.apply(report.findings, report.claims, report.documents, loaded.config, root, known)
    report.findings = outcome.findings
    if changed is not None:
        report.findings = policy.involving(report.findings, report.claims, report.documents, changed)
    report.suppressed, report.known, report.fixed = outcome.suppressed, outcome.known, outcome.fixed
    report.baselined = known is not None
    return report


def _run_stdin(paths: list[Path | str], loaded: configuration.Loaded, options: Options) -> Result:
    """A run whose paths include standard input: it is read into a temporary file of the name given, checked
    without the cache, and shown by that name."""
    with tempfile.TemporaryDirectory(prefix="claim-checker-stdin-") as tmp:
        file = Path(tmp) / Path(options.stdin_name).name
        file.write_bytes(sys.stdin.buffer.read())
        given = [file if p == STDIN else p for p in paths]
        result = _run(given, loaded, dataclasses.replace(options, cache=False))
    return _shown_as(result, str(file), options.stdin_name)


def _shown_as(result: Result, path: str, name: str) -> Result:
    """The run with the document checked as the file ``path`` shown as ``name``."""
    result.documents = [d.model_copy(update={"path": name}) if d.path == path else d for d in result.documents]
    result.findings = [
        f.model_copy(update={"path": name, "detail": (f.detail or "").replace(path, name)}) if f.path == path else f
        for f in result.findings
    ]
    return result
