"""Settings for the whole suite."""

from __future__ import annotations

import os

import pytest


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
    """The tagger's pre-filter database is compiled once, before any test times itself (hypothesis deadlines)."""
    from checker.quantities import parse

    parse("On Oct. 7, 2023, more than 1,200 people were killed.")
