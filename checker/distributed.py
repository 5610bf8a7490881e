"""The dask engine: a run's documents checked on the workers of a Dask cluster, its claims compared there.

Extraction is a map over partitions of documents: each worker runs ``pipeline.check_document`` on its share,
with the run's setup (rules, reference series) sent once to every worker. Comparison is a group-by: claims are
shuffled by comparison family (a metric with the metrics it is declared ``at_most`` of, so the invariants
between parts and wholes see both), each family is compared on a worker by ``comparison.compare``, and only
findings come back, merged by ``comparison.ranked`` into the order one process gives. Everything comparison
does across groups (invariants, copies of one report, which counts once, when weighing a consensus) happens
inside a family, so the answer is the one the local engine gives.

What stays on the client: the documents' metadata, the claims (the reports show them, and list the documents
that copy each other from them), the metrics derived from claims' frames, and the findings.
"""

from __future__ import annotations

import hashlib
import math
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any

from .comparison import compare, ranked
from .pipeline import Checked, Setup, check_document
from .records import Claim, Finding

if TYPE_CHECKING:
    import dask.bag

    from .loading import InputFile
    from .reference import Series
    from .rule import Metric

INSTALL = "the dask engine needs Dask: pip install 'claim-checker[dask]'"
DOCUMENTS_PER_PARTITION = 64
"""At most this many documents go to a worker in one task (fewer when there are few, so every worker has some)."""
PARTITIONS_PER_WORKER = 4
"""Tasks per worker that documents and claims are split into, so a slow one does not hold the rest back."""
USER_RULES = "claim_checker_user_rules."
"""The prefix of the modules rule files are loaded as (discovery.file_rules): workers cannot import them, so
they are sent by value."""


class EngineUnavailable(Exception):
    """The dask engine cannot run: Dask is not installed, or the scheduler cannot be reached. One line."""


@contextmanager
def dask_engine(scheduler: str | None = None, workers: int | None = None) -> Iterator[DaskEngine]:
    """An engine on the cluster whose scheduler is at ``scheduler`` ("tcp://host:8786"), else on a local cluster
    of ``workers`` processes (default: one per core) started here and closed after."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineUnavailable(INSTALL) from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as e:
            raise EngineUnavailable(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
        with client:
            yield DaskEngine(client)
        return
    cluster = LocalCluster(
        n_workers=workers or os.cpu_count() or 1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=50,  # logging.CRITICAL: the cluster's chatter is no part of a check's output
    )
    with cluster, Client(cluster) as client:
        yield DaskEngine(client)


class DaskEngine:
    """Checks documents and compares claims on the workers of ``client``'s cluster (see the module's doc)."""

    def __init__(self, client: Any) -> None:
        self.client = client

    @property
    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info(n_workers=-1)["workers"]))

    def check_all(
        self, sources: list[InputFile], setup: Setup, progress: Callable[[int, int], None] | None
    ) -> Iterator[tuple[InputFile, Checked, bytes | None]]:
        """Each source checked on a worker, in order; the documents are read there (no bytes come back)."""
        size = max(1, min(DOCUMENTS_PER_PARTITION, math.ceil(len(sources) / (self.workers * PARTITIONS_PER_WORKER))))
        chunks = [sources[i : i + size] for i in range(0, len(sources), size)]
        shipped = self.client.scatter(_shipped(setup), broadcast=True)
        futures = self.client.map(_check_chunk, chunks, setup=shipped, pure=False)
        done = 0
        try:
            for chunk, future in zip(chunks, futures, strict=True):
                for source, checked in zip(chunk, future.result(), strict=True):
                    done += 1
                    if progress:
                        progress(done, len(sources))
                    yield source, checked, None
                future.release()
        finally:
            self.client.cancel(futures)

    def compare(
        self,
        claims: list[Claim],
        metrics: dict[str, Metric],
        series: dict[str, Series],
        events: frozenset[str],
        occasions: frozenset[str],
    ) -> list[Finding]:
        """``comparison.compare``'s findings, the claims compared by family on the workers."""
        import dask
        import dask.bag as db

        partitions = self.workers * PARTITIONS_PER_WORKER
        size = max(1, math.ceil(len(claims) / partitions))
        indexed = list(enumerate(claims))
        parts = [indexed[i : i + size] for i in range(0, len(indexed), size)]
        if not parts:
            return []
        scattered = self.client.scatter(parts)
        bag = db.from_delayed([dask.delayed(part) for part in scattered])
        return compare_bag(bag, metrics, series, events, occasions, partitions)


def compare_bag(
    indexed: dask.bag.Bag,
    metrics: dict[str, Metric],
    series: dict[str, Series] | None,
    events: frozenset[str] | None,
    occasions: frozenset[str],
    partitions: int,
) -> list[Finding]:
    """The findings ``comparison.compare`` gives for a bag of (position, claim) pairs, where position is the
    claim's place in the run's order: the pairs are shuffled by family into ``partitions`` groups (or one a
    family, when there are more families: a task then holds about one family's claims, not a share of all of
    them), each compared on a worker in that order. Only findings reach the caller, so its memory grows with
    them, not the claims."""
    families = _families(metrics)
    partitions = max(partitions, len(set(families.values())))
    grouped = indexed.groupby(partial(_bucket, families), npartitions=partitions)
    found = grouped.map_partitions(_compare_buckets, metrics, series, events, occasions)
    return ranked(found.compute())


def _families(metrics: dict[str, Metric]) -> dict[str, str]:
    """Each metric's family: the metric at the top of its chain of ``at_most`` (the whole its parts are of)."""
    out = {}
    for key in metrics:
        top, seen = key, {key}
        while (whole := metrics[top].at_most) in metrics and whole not in seen:
            top = whole
            seen.add(top)
        out[key] = top
    return out


def _bucket(families: dict[str, str], pair: tuple[int, Claim]) -> int:
    """The shuffle key of a claim: a stable number for its family (``hash`` of a string differs by process)."""
    return zlib.crc32(families[pair[1].metric].encode())


def _compare_buckets(
    buckets: Iterable[tuple[int, list[tuple[int, Claim]]]],
    metrics: dict[str, Metric],
    series: dict[str, Series] | None,
    events: frozenset[str] | None,
    occasions: frozenset[str],
) -> list[Finding]:
    """The findings of each bucket of families, its claims in the run's order."""
    findings: list[Finding] = []
    for _, pairs in buckets:
        pairs.sort(key=lambda pair: pair[0])
        findings += compare([c for _, c in pairs], metrics, series, events, occasions or frozenset())
    return findings


def _shipped(setup: Setup) -> tuple[str, bytes]:
    """The setup pickled for the workers, with its digest: rules loaded from files go by value."""
    import cloudpickle

    for name, module in list(sys.modules.items()):
        if name.startswith(USER_RULES):
            cloudpickle.register_pickle_by_value(module)
    data = cloudpickle.dumps(setup)
    return hashlib.sha256(data).hexdigest(), data


_SETUPS: dict[str, Setup] = {}
"""A worker's setups by digest: the rules' patterns compile once per worker, not once per task."""


def _check_chunk(chunk: list[InputFile], setup: tuple[str, bytes]) -> list[Checked]:
    digest, data = setup
    if digest not in _SETUPS:
        import cloudpickle

        _SETUPS.clear()  # one run's at a time
        _SETUPS[digest] = cloudpickle.loads(data)
    return [check_document(source, _SETUPS[digest]) for source in chunk]
