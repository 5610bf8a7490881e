"""One run of the checker: paths -> Documents -> Claims -> Findings, with unreadable inputs as findings."""

from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
import os
import pickle
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from . import cache, reference
from .comparison import compare
from .config import Rejection, UnknownSetting, closest, nearest
from .discovery import discover, metrics
from .findings import make_finding
from .frames import metrics_for
from .lexicon import Lexicon
from .loading import InputFile, LoadError, Problem, find_sources, load, read
from .policy import reject
from .records import Claim, Document, Finding, SourceMap, in_bulk
from .reference import Series

if TYPE_CHECKING:
    from .extraction import Unclaimed
from .rule import Metric, Rule
from .syndication import Copies, copies

AUTO_JOBS_FROM = 200
"""With jobs left to choose, document sets at least this big are checked by one process per core."""

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
    unclaimed: list[tuple[str, Unclaimed]] = field(default_factory=list)
    """With ``unclaimed``: each figure that is no claim, by document id, with why (``checker extract --all``)."""
    rejected: int = 0
    """Claims marked as wrong ([[reject]], reject comments) and left out of comparison."""

    @property
    def copies(self) -> list[Copies]:
        """Documents that repeat each other's sentences and figures (wire copy): one report, many outlets."""
        return copies(self.claims)

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


def run(
    paths: Sequence[Path | str],
    rules: tuple[Rule, ...] | None = None,
    compare_claims: bool = True,
    dates: dict[Path, dt.date] | None = None,
    references: list[Path] | None = None,
    default_reference: bool = True,
    rule_dirs: tuple[Path, ...] = (),
    exclude: tuple[str, ...] = (),
    exclude_root: Path | None = None,
    metric_settings: dict | None = None,
    keep_text: bool = False,
    jobs: int | None = None,
    cache_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    unclaimed: bool = False,
    disabled_rules: tuple[str, ...] = (),
    outputs: tuple[Path, ...] = (),
    rejections: tuple[Rejection, ...] = (),
    engine: Engine | None = None,
) -> Result:
    """Check the documents under ``paths`` (the bundled seeds when empty). ``dates`` gives documents'
    dates by path (the command line's --date); ``references`` adds reference series to the default one.

    Documents are read one at a time and only their metadata is kept once their claims are out (with
    ``keep_text``, their texts too, up to KEEP_TEXT_LIMIT, for the report), so memory grows with the
    claims, not with the size of the document set. ``jobs`` processes check documents in parallel (None:
    one per core from AUTO_JOBS_FROM documents, else one); with ``cache_dir`` a document whose bytes, path
    and metadata are unchanged since the last run is not extracted again (see cache.py). ``progress`` is
    called with (documents done, documents in all). ``disabled_rules`` names rules (by code or name) not to
    run. With ``unclaimed``, the figures that are no claim are
    kept, with why (every document is then read again, not taken from the cache). ``outputs``: the files the
    run writes (its reports); they and the cache directory are never read as documents of a walked directory.
    Claims marked as wrong (``rejections`` from the configuration, with paths under ``exclude_root``, and
    reject comments in the documents) are left out before comparison. An ``engine`` (see checker/distributed.py)
    checks the documents and compares the claims elsewhere, with the same answer; it has no cache.
    """
    problems: list[Problem] = []
    if rules is None:
        rules = _discovered(rule_dirs, disabled_rules, problems)
    series = reference.load(references or [], default=default_reference)
    lexicon = Lexicon.of(r.vocabulary for r in rules)
    all_metrics = _with_settings(metrics(rules), metric_settings or {}, lexicon)
    sources, source_problems = find_sources(paths, _own(outputs, cache_dir))
    problems += source_problems
    sources = _chosen(sources, exclude, exclude_root, dates or {})
    result = Result(series=series)
    setup = dataclasses.replace(Setup.of(rules, all_metrics, series, keep_text), unclaimed=unclaimed)
    with in_bulk():
        if engine is not None:
            checked = engine.check_all(sources, setup, progress)
        else:
            checked = _check_all(sources, setup, jobs, None if unclaimed else cache_dir, progress)
        problems += _gathered(checked, result, _Texts(keep_text))
    result.claims, result.rejected, unused = reject(result.claims, result.documents, list(rejections), exclude_root)
    all_metrics.update(metrics_for(result.claims, lexicon, tuple(all_metrics.values())))
    if compare_claims:
        result.findings = _compared(result.claims, all_metrics, series, lexicon, engine)
    result.findings = [input_finding(p) for p in problems] + unused + result.findings
    return result


def _own(outputs: tuple[Path, ...], cache_dir: Path | None) -> frozenset[str]:
    """The real paths of the files a run writes (its reports) and of its cache directory: a walked directory's
    documents leave them out."""
    return frozenset(os.path.realpath(p) for p in (*outputs, *([cache_dir] if cache_dir else [])))


def _compared(
    claims: list[Claim],
    all_metrics: dict[str, Metric],
    series: dict[str, Series],
    lexicon: Lexicon,
    engine: Engine | None,
) -> list[Finding]:
    """The findings of comparing the claims (by ``engine`` when there is one), with the lexicon's dated events and
    the events that have tolls (occasions)."""
    return (engine.compare if engine is not None else compare)(
        claims,
        all_metrics,
        series,
        frozenset(e.name for e in lexicon.events if e.date),
        frozenset(e.name for e in lexicon.events if e.tolls),
    )


def _discovered(rule_dirs: tuple[Path, ...], disabled: tuple[str, ...], problems: list[Problem]) -> tuple[Rule, ...]:
    """The rules found (built in, in ``rule_dirs``, installed) less those ``disabled``; their problems (R501)
    appended to ``problems``."""
    found = discover(rule_dirs, disabled=disabled)
    problems += [Problem(p.origin, "R501", p.message) for p in found.problems]
    return found.rules


def _gathered(
    checked: Iterator[tuple[InputFile, Checked, bytes | None]], result: Result, texts: _Texts
) -> list[Problem]:
    """Each document checked added to ``result`` (its text kept as ``texts`` allows), as it comes; the input
    problems, and a problem (R502) for each rule that failed on some document."""
    problems: list[Problem] = []
    failures: dict[str, str] = {}
    for source, one, content in checked:
        problems += one.problems
        for origin, why in one.failures.items():
            failures.setdefault(origin, why)
        if one.document is None:
            continue
        result.documents.append(texts.kept(one.document, source, content))
        result.claims.extend(one.claims)
        result.unclaimed += [(one.document.id, u) for u in one.unclaimed]
    result.texts_left_out = texts.left_out
    return problems + [Problem(origin, "R502", why) for origin, why in failures.items()]


def _with_settings(declared: dict[str, Metric], settings: dict, lexicon: Lexicon) -> dict[str, Metric]:
    """The rules' metrics with the configuration's [metrics."KEY"] settings (window, tolerance) over their own;
    a key that names no metric raises UnknownSetting."""
    for key, setting in settings.items():
        _check_metric_key(key, declared, lexicon)
        if key in declared:
            declared[key] = dataclasses.replace(
                declared[key],
                window=setting.window or declared[key].window,
                tolerance=setting.tolerance if setting.tolerance is not None else declared[key].tolerance,
            )
    return declared


def _chosen(
    sources: list[InputFile], exclude: tuple[str, ...], root: Path | None, dates: dict[Path, dt.date]
) -> list[InputFile]:
    """The sources not excluded (glob patterns relative to ``root``, else the working directory), with the dates
    given by path."""
    if exclude:
        base = (root or Path.cwd()).resolve()
        sources = [s for s in sources if not _excluded(s.file, base, exclude)]
    if dates:
        given = {os.path.realpath(p): d for p, d in dates.items()}
        sources = [dataclasses.replace(s, date=given.get(os.path.realpath(s.file))) for s in sources]
    return sources


@dataclass
class _Texts:
    """Which documents keep their texts (for the report's document views): with ``wanted``, as many as fit in
    KEEP_TEXT_LIMIT characters; the rest are dropped and counted, so memory stays bounded."""

    wanted: bool
    characters: int = 0
    left_out: int = 0

    def kept(self, doc: Document, source: InputFile, content: bytes | None) -> Document:
        """The document with its text when wanted and within the limit (read again from ``content`` when it
        came from the cache), else without."""
        if self.wanted and not doc.text and self.characters < KEEP_TEXT_LIMIT:
            full = load(source, content)[0]
            doc = doc.model_copy(update={"text": full.text, "source_map": full.source_map})
        if self.wanted and self.characters + len(doc.text) <= KEEP_TEXT_LIMIT:
            self.characters += len(doc.text)
            return doc
        self.left_out += self.wanted  # counts only when texts were asked for
        if doc.text:  # cached and worker documents come without text (their source maps are never stored)
            doc = doc.model_copy(update={"text": "", "source_map": SourceMap()})
        return doc


def _excluded(file: Path, root: Path, patterns: tuple[str, ...]) -> bool:
    try:
        rel = file.resolve().relative_to(root).as_posix()
    except ValueError:
        rel = file.as_posix()
    return any(fnmatch.fnmatch(rel, p) for p in patterns)


def _check_metric_key(key: str, declared: dict[str, Metric], lexicon: Lexicon) -> None:
    """Raise UnknownSetting for a metric key that no rule declares and the key grammar (docs/keys.md) cannot
    build from the rules' vocabulary, with the nearest key that exists."""
    if key in declared:
        return
    heads, words = _key_vocabulary(lexicon)
    head, rest = _head(key, heads)
    fixed = ".".join([head, *(part if part in words else closest(part, words) or part for part in rest)])
    if fixed == key and head in heads and all(part in words for part in rest):
        return
    hint = f"; did you mean {fixed!r}?" if fixed != key else nearest(key, declared)
    raise UnknownSetting(key, f"[metrics.{key!r}]: no metric has this key (docs/keys.md){hint}")


def _head(key: str, heads: set[str]) -> tuple[str, list[str]]:
    """A metric key's head (the longest of ``heads`` it starts with, else its first part, respelt as the
    closest head) and the parts after it."""
    head = max((h for h in heads if key == h or key.startswith(h + ".")), key=len, default=None)
    if head is None:
        first, *rest = key.split(".")
        return closest(first, heads) or first, rest
    return head, key[len(head) + 1 :].split(".") if key != head else []


def _key_vocabulary(lexicon: Lexicon) -> tuple[set[str], set[str]]:
    """What a metric key is built of: its heads (the measures' names and keys) and the words that may follow
    (places, demonyms, groups, events, windows, causes)."""
    heads = {h for m in lexicon.measures for h in (m.name, m.key, *(part for _, part in m.keys)) if h}
    words = {n for names in lexicon.demonyms.values() for n in names}
    for kind in (lexicon.places, lexicon.groups, lexicon.events, lexicon.windows, lexicon.causes):
        words |= {x.name for x in kind}
    return heads, words


def input_finding(problem: Problem) -> Finding:
    return make_finding(
        problem.code,
        {"path": problem.path, "problem": problem.message},
        metric="",
        detail=problem.message,
        path=problem.path,
    )


class Engine(Protocol):
    """Where a run's documents are checked and its claims compared, when not in this process and its pool."""

    def check_all(
        self, sources: list[InputFile], setup: Setup, progress: Callable[[int, int], None] | None
    ) -> Iterator[tuple[InputFile, Checked, bytes | None]]:
        """Each source checked, in order (as ``_check_all``), with its bytes when read here, else None."""
        ...

    def compare(
        self,
        claims: list[Claim],
        metrics: dict[str, Metric],
        series: dict[str, Series],
        events: frozenset[str],
        occasions: frozenset[str],
    ) -> list[Finding]:
        """The findings ``comparison.compare`` gives for these arguments."""
        ...


@dataclass(frozen=True)
class Setup:
    """What checking one document needs, sent once to each worker process."""

    rules: tuple[Rule, ...]
    series: dict[str, Series]
    cumulative: frozenset[str]
    events: tuple[dt.date, ...]
    keep_text: bool = False
    """Whether the document's text comes back with its claims (else it is dropped where it was read)."""
    encode: bool = False
    """Whether the result also comes back encoded for the cache (done where the document was checked)."""
    unclaimed: bool = False
    """Whether the figures that are no claim come back too, with why."""

    @classmethod
    def of(
        cls, rules: tuple[Rule, ...], metrics: dict[str, Metric], series: dict[str, Series], keep_text: bool = False
    ) -> Setup:
        """The setup for these rules and metrics: which metrics are cumulative, and the days of the rules'
        known events."""
        return cls(
            rules,
            series,
            frozenset(k for k, m in metrics.items() if m.kind == "cumulative"),
            tuple(sorted({a.date for r in rules for a in r.anchors})),
            keep_text,
        )


@dataclass
class Checked:
    """One document checked: the document (None when it could not be read), its claims, its input
    problems, and the rules that failed on it (origin -> why)."""

    document: Document | None
    claims: list[Claim] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    failures: dict[str, str] = field(default_factory=dict)
    encoded: str | None = None  # for the cache
    unclaimed: list[Unclaimed] = field(default_factory=list)


def check_document(source: InputFile, setup: Setup, data: bytes | None = None) -> Checked:
    """Load one document (``data``: its bytes, when read already), extract its claims and date them."""
    failures: dict[str, str] = {}
    unclaimed: list[Unclaimed] | None = [] if setup.unclaimed else None
    try:
        doc, warnings = load(source, data)
        doc, claims = extract_and_date(doc, setup, failures, unclaimed)
    except LoadError as e:
        return Checked(None, problems=[Problem(source.shown, e.code, e.message)])
    except TimeoutError as e:
        from .extraction import TooSlow  # imported already: the error came from it

        why = str(e) if isinstance(e, TooSlow) else "a pattern ran past its time limit"
        return Checked(
            None, problems=[Problem(source.shown, "I305", f"too complex to scan: {why}; its claims are skipped")]
        )
    if not setup.keep_text:
        doc = doc.model_copy(update={"text": "", "source_map": SourceMap()})
    encoded = cache.encode(doc, claims, list(warnings)) if setup.encode and not failures else None
    return Checked(doc, claims, list(warnings), failures, encoded, unclaimed or [])


def extract_and_date(
    doc: Document, setup: Setup, failures: dict[str, str] | None = None, unclaimed: list[Unclaimed] | None = None
) -> tuple[Document, list[Claim]]:
    """A loaded document's claims, and the document with its date inferred when none was given; the claims are
    dated once, by the document's date."""
    from .dating import infer, with_date  # the tagger's patterns compile on import: a run whose documents
    from .extraction import extract_undated  # all come from the cache never needs them

    claims, times, events = extract_undated(doc, setup.rules, failures, unclaimed)
    if doc.date.source != "given":
        doc = doc.model_copy(
            update={"date": infer(times, claims, setup.series, setup.cumulative, setup.events, doc.url)}
        )
    return doc, with_date(claims, doc.date, events)


BATCH = 1000
"""With the cache, documents are read, looked up and checked this many at a time: the bytes read for their keys
are what they are checked from, and are held no longer than their batch."""


def _check_all(
    sources: list[InputFile],
    setup: Setup,
    jobs: int | None,
    cache_dir: Path | None,
    progress: Callable[[int, int], None] | None,
) -> Iterator[tuple[InputFile, Checked, bytes | None]]:
    """Each source checked, in order, with its bytes when they were read here: from the cache when it holds
    the document, else in ``jobs`` processes. Each document is read once: with the cache, its bytes give the key
    and, on a miss, are what it is checked from."""
    store = cache.ClaimCache(cache_dir, cache.version(setup.rules, setup.series, setup.events)) if cache_dir else None
    setup = dataclasses.replace(setup, encode=store is not None)
    done = 0
    try:
        with _Workers(setup, jobs) as workers:
            for batch, data, keys, cached in _looked_up(sources, store):
                fresh = workers.check([(s, d) for s, d, c in zip(batch, data, cached, strict=True) if c is None])
                for source, content, entry, hit in zip(batch, data, keys, cached, strict=True):
                    checked = Checked(*hit) if hit is not None else next(fresh)
                    if store and entry and hit is None and checked.encoded is not None:
                        store.put(entry, checked.encoded)
                    done += 1
                    if progress:
                        progress(done, len(sources))
                    yield source, checked, content
    finally:
        if store:
            store.close()


def _looked_up(sources: list[InputFile], store: cache.ClaimCache | None) -> Iterator[tuple[list, list, list, list]]:
    """The sources in batches, each with its documents' bytes, cache keys and cached results (None for a miss);
    without a store, one batch of misses, nothing read."""
    if store is None:
        yield sources, [None] * len(sources), [None] * len(sources), [None] * len(sources)
        return
    for start in range(0, len(sources), BATCH):
        batch = sources[start : start + BATCH]
        data = [_read(s) for s in batch]
        keys = [_cache_key(s, d) for s, d in zip(batch, data, strict=True)]
        yield batch, data, keys, store.get(keys)


def _read(source: InputFile) -> bytes | None:
    """A document's bytes, or None when it cannot be read (checking it says why)."""
    try:
        return read(source.url or source.file)
    except LoadError:
        return None


def _cache_key(source: InputFile, content: bytes | None) -> str | None:
    if content is None:
        return None
    return cache.key(content, source.shown, (source.id, source.date, sorted(source.manifest.items())))


def _jobs(jobs: int | None, documents: int) -> int:
    if jobs is None:
        jobs = (os.cpu_count() or 1) if documents >= AUTO_JOBS_FROM else 1
    return max(1, min(jobs, documents))


class _Workers:
    """Where documents are checked: in this process, or in a pool of processes started the first time enough
    documents come at once (AUTO_JOBS_FROM with jobs left to choose) and kept for the rest of the run."""

    def __init__(self, setup: Setup, jobs: int | None) -> None:
        self.setup, self.jobs = setup, jobs
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def check(self, todo: list[tuple[InputFile, bytes | None]]) -> Iterator[Checked]:
        """Each document checked, in order."""
        jobs = _jobs(self.jobs, len(todo))
        if self.pool is None and jobs > 1 and _can_send(self.setup):
            self.pool = ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(self.setup, os.getpid()))
        if self.pool is None:
            return (check_document(source, self.setup, content) for source, content in todo)
        return self.pool.map(_check_in_worker, todo, chunksize=32)


def _can_send(setup: Setup) -> bool:
    """Whether the rules can be sent to another process (a file's extractor may not be)."""
    try:
        pickle.dumps(setup)
    except Exception:
        return False
    return True


_WORKER_SETUP: Setup | None = None


PARENT_POLL = 0.5
"""How often (seconds) a worker looks whether its parent is still there."""


def _start_worker(setup: Setup, parent: int) -> None:
    global _WORKER_SETUP
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _WORKER_SETUP = setup
    threading.Thread(target=_end_with, args=(parent,), name="parent-watch", daemon=True).start()


def _end_with(parent: int) -> None:
    """End this worker once its parent is gone (killed, even by -9 or the OOM killer): it would otherwise wait
    forever on a pipe no one writes to, holding stdout and the cache open. An orphan's parent id changes."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL)
    os._exit(1)


def _check_in_worker(todo: tuple[InputFile, bytes | None]) -> Checked:
    assert _WORKER_SETUP is not None
    source, content = todo
    return check_document(source, _WORKER_SETUP, content)
