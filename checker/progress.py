"""Feedback for people on long runs: a progress bar on stderr when it is a terminal (rich, imported only
then), nothing in CI or with --quiet; and the closing summary line."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

SHOW_FROM = 50
"""The bar appears only for runs of at least this many documents."""

Progress = Callable[[int, int], None]


def wanted(quiet: bool) -> bool:
    """Whether to show feedback: not asked to be quiet, stderr a terminal, and not in CI."""
    return not quiet and sys.stderr.isatty() and not os.environ.get("CI")


@contextmanager
def feedback(quiet: bool) -> Iterator[Progress | None]:
    """A progress callback (documents done, in all) drawing a bar, or None when no bar is wanted."""
    if not wanted(quiet):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar

    bar = Bar(
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = None

    def advance(done: int, total: int) -> None:
        nonlocal task
        if total < SHOW_FROM:
            return
        if task is None:
            bar.start()
            task = bar.add_task("checking", total=total)
        bar.update(task, completed=done)

    try:
        yield advance
    finally:
        if task is not None:
            bar.stop()


def plural(count: int, word: str) -> str:
    """ "1 finding", "2 findings", "1,200 claims" ("info" is its own plural)."""
    return f"{count:,} {word}{'' if count == 1 or word == 'info' else 's'}"


def summary(documents: int, claims: int, findings: int | None, started: float) -> str:
    """The closing line: "checker: 5 documents, 27 claims, 1 finding in 0.9 s"."""
    n = plural
    parts = [n(documents, "document"), n(claims, "claim")] + ([n(findings, "finding")] if findings is not None else [])
    return f"checker: {', '.join(parts)} in {time.perf_counter() - started:.1f} s"
