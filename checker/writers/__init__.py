"""Writers turn a Result into text, JSON, Markdown or HTML. Findings stay plain data until here.

FORMATS is the one table of the formats `checker check` writes, by name; each writer is imported when used."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..pipeline import Result

Writer = Callable[["Result", Path, dict, str], "str | Iterable[str]"]
"""A format's writer: (result, the file it goes to, the report header, the level that fails) -> its text, or
its parts as they are made."""


def _text(result: Result, target: Path, header: dict, fail_on: str) -> str:
    from .text_report import render

    return render(result)


def _json(result: Result, target: Path, header: dict, fail_on: str) -> str:
    from .json_report import render

    return render(result)


def _report(fmt: str) -> Writer:
    def write(result: Result, target: Path, header: dict, fail_on: str) -> Iterable[str]:
        from .reports import generate

        return generate(fmt, result, target, header)

    return write


def _ci(name: str) -> Writer:
    def write(result: Result, target: Path, header: dict, fail_on: str) -> str:
        from . import ci_formats

        if name == "junit":  # its failures are the findings at or above the failing level
            return ci_formats.junit(result, fail_on)
        writer: Callable[[Result], str] = getattr(ci_formats, name)
        return writer(result)

    return write


FORMATS: dict[str, Writer] = {
    "text": _text,
    "json": _json,
    "jsonl": _ci("findings_jsonl"),
    "csv": _ci("findings_csv"),
    "sarif": _ci("sarif"),
    "github": _ci("github"),
    "junit": _ci("junit"),
    "markdown": _report("markdown"),
    "html": _report("html"),
}
REPORT_FILES = {"markdown": "report.md", "html": "report.html"}
"""The formats that are reports for people (they show the documents' texts), with their default file names."""


def render(
    fmt: str, result: Result, target: Path | None = None, header: dict | None = None, fail_on: str = "error"
) -> str | Iterable[str]:
    """``result`` in the format ``fmt`` (a key of FORMATS), for the file ``target`` (the reports link to the
    documents relative to it; default: the format's file name in the working directory)."""
    return FORMATS[fmt](result, target or Path(REPORT_FILES.get(fmt, "report")), header or {}, fail_on)


def report_header(paths: list[Path | str], config_file: Path | None, stamp: bool = False) -> dict:
    """What the reports say was checked, and how."""
    shown = [p if isinstance(p, str) else p.as_posix() for p in paths] or ["the bundled seed articles"]
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if stamp else ""
    return {"paths": shown, "config": str(config_file) if config_file else "", "checked_at": when}
