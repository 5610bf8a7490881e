"""A cache of extracted claims, so a second run over unchanged documents skips the extraction.

Entries live in SQLite (``claims.sqlite`` in the cache directory) and are keyed by what the result depends
on: the document's bytes and path, its given date and manifest metadata, and the version of everything
that turns a document into claims (the engine's code, the rules, the reference series). A cache written by
another version is emptied; a file that is not a readable cache is replaced; an entry that does not parse
is dropped and the document checked again. The cache is never trusted over the documents.

By default the cache lives outside the checkout, in the user's cache directory (one folder per project, named
by the project root's real path), where a pull request cannot plant or edit it. Wherever it lives, each entry
carries a keyed digest whose key is kept in the user's cache directory: an entry edited by anyone without the
key (one committed to a repository, say) fails the check and its document is checked again.
"""

from __future__ import annotations

import hashlib
import hmac
import inspect
import json
import os
import secrets
import sqlite3
from pathlib import Path

import platformdirs
from pydantic import BaseModel

from .loading import Problem
from .records import Claim, Document
from .reference import Series
from .rule import Rule

FILE = "claims.sqlite"
BATCH = 500
"""Entries are fetched this many at a time (SQLite takes at most 999 parameters in a query before 3.32), and
written ones committed this many at a time, so a killed run keeps what it finished."""
SCHEMA = "2"
"""The layout of the tables: entries with their keyed digest."""
KEY_FILE = "integrity.key"
CACHEDIR_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This file marks claim-checker's cache (https://bford.info/cachedir/).\n"


def mark(directory: Path) -> None:
    """Mark a cache directory as a cache, as ruff does: a CACHEDIR.TAG for backup tools, and, inside a git
    repository, a .gitignore of ``*`` so that ``git add -A`` never commits it."""
    _write_new(directory / "CACHEDIR.TAG", CACHEDIR_TAG)
    real = Path(os.path.realpath(directory))
    if any((d / ".git").exists() for d in (real, *real.parents)):
        _write_new(directory / ".gitignore", "# Automatically created by claim-checker.\n*\n")


def _write_new(path: Path, text: str) -> None:
    """Write a small file unless it is there already (never following a link planted in its place)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except FileExistsError:
        return
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)


def user_directory() -> Path:
    """The user's cache directory for claim-checker (``~/.cache/claim-checker`` on Linux, or $XDG_CACHE_HOME)."""
    return Path(platformdirs.user_cache_dir("claim-checker", appauthor=False))


def default_directory(project: Path) -> Path:
    """Where a project's cache lives unless told otherwise: a folder of the user's cache directory named by
    the project root's real path (its name, for people, and a digest, so that two roots never share one)."""
    root = os.path.realpath(project)
    digest = hashlib.sha256(root.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return user_directory() / "projects" / f"{Path(root).name or 'root'}-{digest}"


def _integrity_key() -> bytes:
    """The key entries are signed with, made once per user (random, readable by the user alone)."""
    home = user_directory()
    home.mkdir(parents=True, exist_ok=True)
    path = home / KEY_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        key = path.read_bytes()
        if len(key) < 32:
            raise OSError(f"{path}: not a usable key") from None
        return key
    with os.fdopen(fd, "wb") as out:
        out.write(secrets.token_bytes(32))
    return path.read_bytes()


def version(rules: tuple[Rule, ...], series: dict[str, Series], events: tuple) -> str:
    """A digest of everything that turns a document into claims: the engine's code (not the writers',
    which only format results), the rules, the reference series and the events' days."""
    h = hashlib.sha256()
    engine = Path(__file__).parent
    for path in sorted(engine.rglob("*.py")):
        if path.parent != engine / "writers":
            h.update(path.read_bytes())
    for rule in rules:
        h.update(repr((rule.code, rule.name, rule.topic, rule.metrics, rule.patterns, rule.anchors)).encode())
        if rule.extractor is not None:
            try:
                h.update(inspect.getsource(rule.extractor).encode())
            except (OSError, TypeError):
                h.update(rule.extractor.__qualname__.encode())
    for name in sorted(series):
        h.update(name.encode())
        h.update(repr(series[name]).encode())
    h.update(repr(events).encode())
    return h.hexdigest()


def encode(doc: Document, claims: list[Claim], problems: list[Problem]) -> str:
    """An entry's value: made where the document was checked (in a worker process, with --jobs)."""
    return json.dumps(
        {
            "document": {**doc.model_dump(mode="json"), "text": ""},  # texts are read again when needed
            "claims": [c.model_dump(mode="json") for c in claims],
            "problems": [[p.path, p.code, p.message] for p in problems],
        }
    )


class _Entry(BaseModel):
    """What ``encode`` writes."""

    document: Document
    claims: list[Claim]
    problems: list[tuple[str, str, str]]


def key(content: bytes, path: str, given: object) -> str:
    """The entry for one document: its bytes, its path (ids and spans come from it), its given metadata."""
    h = hashlib.blake2b(content, digest_size=32)  # twice as fast as sha256 here; no one else reads the key
    h.update(b"\0" + path.encode() + b"\0" + repr(given).encode())
    return h.hexdigest()


class ClaimCache:
    """Claims by document, in SQLite. Use ``get`` and ``put``; ``close`` when done. A cache that cannot be
    created, read or written (a read-only directory, a database locked by another run) is given up for
    the rest of the run: the check goes on without it."""

    def __init__(self, directory: Path, version: str) -> None:
        self.path = directory / FILE
        self._db: sqlite3.Connection | None = None
        self._pending = 0
        try:
            self._key = _integrity_key()
            directory.mkdir(parents=True, exist_ok=True)
            mark(directory)
            try:
                self._db = self._open(version)
            except sqlite3.DatabaseError:  # not a cache we can read: start again
                self.path.unlink(missing_ok=True)
                self._db = self._open(version)
        except (OSError, sqlite3.Error):
            self._db = None

    def _give_up(self) -> None:
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
        self._db = None

    def _open(self, version: str) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
        row = db.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        version = f"{SCHEMA}:{version}"
        if row is None or row[0] != version:  # written by another version: its entries are stale
            db.execute("DROP TABLE IF EXISTS entries")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (version,))
        db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value TEXT, digest TEXT)")
        db.commit()
        return db

    def _digest(self, entry: str, value: str) -> str:
        h = hashlib.blake2b(key=self._key[:64], digest_size=32)
        h.update(entry.encode() + b"\0" + value.encode("utf-8", "surrogateescape"))
        return h.hexdigest()

    def get(self, entries: list[str | None]) -> list[tuple[Document, list[Claim], list[Problem]] | None]:
        """The cached result for each entry (None: not cached, or no entry), fetched BATCH at a time."""
        found: list[tuple[Document, list[Claim], list[Problem]] | None] = []
        for i in range(0, len(entries), BATCH):
            keys = [k for k in entries[i : i + BATCH] if k is not None]
            rows: dict[str, str] = {}
            if self._db is not None and keys:
                try:
                    found_rows = self._db.execute(
                        f"SELECT key, value, digest FROM entries WHERE key IN ({','.join('?' * len(keys))})", keys
                    ).fetchall()
                except sqlite3.Error:
                    self._give_up()
                    found_rows = []
                for k, v, d in found_rows:
                    if isinstance(v, str) and isinstance(d, str) and hmac.compare_digest(d, self._digest(k, v)):
                        rows[k] = v
                    else:
                        self.put(k, None)  # edited by someone without the key: dropped, never trusted
            found += [self._parse(k, rows.get(k)) if k is not None else None for k in entries[i : i + BATCH]]
        return found

    def _parse(self, entry: str, value: str | None) -> tuple[Document, list[Claim], list[Problem]] | None:
        if value is not None:
            try:
                data = _Entry.model_validate_json(value)  # parsed and checked in one go, by pydantic's core
                return data.document, data.claims, [Problem(*p) for p in data.problems]
            except ValueError:  # a damaged entry (pydantic's errors are ValueErrors): check the document again
                self.put(entry, None)
        return None

    def put(self, entry: str, value: str | None) -> None:
        """Store an entry made by ``encode`` (None: remove it)."""
        if self._db is None:
            return
        try:
            if value is None:
                self._db.execute("DELETE FROM entries WHERE key = ?", (entry,))
            else:
                self._db.execute(
                    "INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", (entry, value, self._digest(entry, value))
                )
            self._pending += 1
            if self._pending >= BATCH:
                self._db.commit()
                self._pending = 0
        except sqlite3.Error:
            self._give_up()

    def close(self) -> None:
        if self._db is None:
            return
        try:
            self._db.commit()
        except sqlite3.Error:
            pass
        self._give_up()
