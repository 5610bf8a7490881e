"""Documents behind a URL (``s3://bucket/articles/``, ``gs://…``, ``file:///srv/articles``): found and read with
fsspec, so that a cluster's workers read them where they are. A folder is walked as a local one is (hidden
names skipped, the document kinds only, name order), its ``documents.toml`` manifests read the same way, and
every file goes through the same input checks once its bytes are in.

fsspec comes with the dask extra; a file system of its own (s3fs, gcsfs, adlfs) is installed by whoever uses it.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any, TypeGuard

URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
"""What makes an input a URL rather than a path: a scheme and ``://``."""


class RemoteError(Exception):
    """A URL that cannot be used at all (no fsspec, no such file system): one line saying what to install."""


class TooBig(Exception):
    """A file over the size it may have; ``size`` in bytes."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def is_url(value: object) -> TypeGuard[str]:
    """Whether an input names a URL (a string starting with a scheme and ``://``), not a local path."""
    return isinstance(value, str) and URL.match(value) is not None


def _file_system(url: str) -> tuple[Any, str]:
    """The fsspec file system of ``url`` and the path on it, or RemoteError saying what is missing."""
    try:
        import fsspec
    except ImportError:
        raise RemoteError(
            f"{url}: reading a URL needs fsspec: pip install 'claim-checker[dask]' (and the file system's own "
            "package, such as s3fs or gcsfs)"
        ) from None
    try:
        return fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as e:  # a scheme fsspec knows but whose package is missing, or none it knows
        raise RemoteError(f"{url}: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None


def walk(url: str) -> tuple[list[str], str | None]:
    """The files ``url`` names, as paths under it (``""`` when it names a file), in path order, none under a
    hidden name; or a problem. A file system that cannot be used at all raises RemoteError."""
    fs, root = _file_system(url)
    root = root.rstrip("/") or root
    try:
        if fs.isfile(root):
            return [""], None
        if not fs.isdir(root):
            return [], "no such file or directory"
        found = sorted(fs.find(root, withdirs=False))
    except OSError as e:
        return [], f"cannot read it: {(e.strerror or str(e)).lower()}"
    under = (posixpath.relpath(path, root) for path in found)
    return [u for u in under if not any(part.startswith(".") for part in u.split("/"))], None


def read(url: str, limit: int) -> bytes:
    """The bytes of the file at ``url``. Raises OSError (IsADirectoryError for what is no file), TooBig for a file
    over ``limit`` bytes, RemoteError for a file system that cannot be used."""
    fs, path = _file_system(url)
    info = fs.info(path)
    if info.get("type") != "file":
        raise IsADirectoryError(url)
    if (info.get("size") or 0) > limit:
        raise TooBig(info["size"])
    data: bytes = fs.cat_file(path)
    return data


def joined(url: str, under: str) -> str:
    """The URL of ``under``, a path below the folder ``url`` (``url`` itself for ``""``)."""
    return url.rstrip("/") + "/" + under if under else url


def named(url: str) -> Path:
    """A URL as a path of names (the scheme left out), for what works on names alone: a document's kind, its id
    under the folder it was found in, its manifest entry. Never opened."""
    return Path("/", URL.sub("", url, count=1).lstrip("/"))
