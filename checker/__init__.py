"""claim-checker: numeric claims from news documents, and where sources contradict, regress or drift.

``checker.check(paths, config, options) -> Report`` runs a check as `checker check` does (see checker/api.py);
``checker.extract(...)`` finds the claims without comparing them, ``checker.extract_documents(documents)`` those
of texts given as (id, text, metadata), for a job of one's own (docs/scale.md);
``checker.parse(text)`` tags the quantities in a text."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import CheckError, Options, Report, check, extract, extract_documents

try:
    __version__ = version("claim-checker")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

_API = frozenset({"check", "extract", "extract_documents", "CheckError", "Options", "Report"})
"""The names checker/api.py gives the package, imported when first used (``import checker`` stays quick)."""


def parse(text: str, reference=None):
    """Every quantity in ``text`` with its span; see checker.quantities.parse."""
    from .quantities import parse as _parse

    return _parse(text, reference)


def __getattr__(name: str) -> Any:
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["CheckError", "Options", "Report", "__version__", "check", "extract", "extract_documents", "parse"]
