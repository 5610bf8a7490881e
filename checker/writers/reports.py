"""The Markdown and HTML reports, rendered from Jinja2 templates over the view in view.py."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import jinja2
import regex

from ..pipeline import Result
from ..progress import plural
from .view import build

_MD_SPECIAL = regex.compile(r"[\\`*\[\]|~>]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|<|&(?=#?\w+;)|\r\n|[\r\n]")
_MD_REPLACE = {"<": "&lt;", "&": "&amp;", "\r\n": " ", "\r": " ", "\n": " "}


def md_escape(text: object) -> str:
    """Document text made inert in Markdown (no links, emphasis, HTML or table breaks), still readable raw."""
    return _MD_SPECIAL.sub(lambda m: _MD_REPLACE.get(m[0], "\\" + m[0]), str(text))


@cache
def _env(autoescape: bool) -> jinja2.Environment:
    """The templates' environment; compiled templates are kept in the user's cache directory (compiling them takes
    longer than checking a handful of documents), keyed by their source."""
    from ..cache import user_directory

    compiled = user_directory() / "templates"
    try:
        compiled.mkdir(parents=True, exist_ok=True)
        kept: jinja2.BytecodeCache | None = jinja2.FileSystemBytecodeCache(str(compiled))
    except OSError:
        kept = None
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("checker", "templates"),
        bytecode_cache=kept,
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["plural"] = plural
    return env


SCRIPT = (Path(__file__).resolve().parent.parent / "templates" / "report.js").read_text(encoding="utf-8")
SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode()
"""The page's one script: the Content-Security-Policy allows it by hash, and nothing else."""


def generate(fmt: str, result: Result, report_path: Path, header: dict | None = None) -> Iterator[str]:
    """The Markdown ("markdown") or HTML ("html") report, part by part as the template renders it."""
    view = build(result, report_path, header)
    if fmt == "markdown":
        return _env(False).get_template("report.md.j2").generate(**view)
    return _env(True).get_template("report.html.j2").generate(**view, script=SCRIPT, script_hash=SCRIPT_HASH)


def render_markdown(result: Result, report_path: Path, header: dict | None = None) -> str:
    return "".join(generate("markdown", result, report_path, header))


def render_html(result: Result, report_path: Path, header: dict | None = None) -> str:
    return "".join(generate("html", result, report_path, header))
