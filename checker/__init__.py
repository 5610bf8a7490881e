"""claim-checker: numeric claims from news documents, and where sources contradict, regress or drift."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("claim-checker")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"


def parse(text: str, reference=None):
    """Every quantity in ``text`` with its span; see checker.quantities.parse."""
    from .quantities import parse as _parse

    return _parse(text, reference)


__all__ = ["__version__", "parse"]
