"""Settings for the whole suite."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

settings.register_profile("suite", deadline=None)
settings.load_profile("suite")
"""Speed is measured by the benchmarks, not by the tests: no hypothesis example fails for taking long (on a
loaded machine, or a first call that compiles patterns)."""


@pytest.fixture(autouse=True, scope="session")
def _user_cache_directory(tmp_path_factory: pytest.TempPathFactory):
    """The user's cache directory (the default cache and its integrity key) is the suite's own, never the real one;
    processes the tests start inherit it."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("user-cache"))
    yield
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture(autouse=True, scope="session")
def _prefilter_compiled(_user_cache_directory):
    """The tagger's pre-filter database is compiled once for the suite, not in whichever test comes first."""
    from checker.quantities import parse

    parse("On Oct. 7, 2023, more than 1,200 people were killed.")
