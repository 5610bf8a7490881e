"""A cache of extracted claims, so a second run over unchanged documents skips the extraction.

Entries live in SQLite (``claims.sqlite`` in the cache directory) and are keyed by what the result depends
on: the document's bytes and path, its given date and manifest metadata, and the version of everything
that turns a document into claims (the engine's code, the rules, the reference series). A cache written by
another version is emptied; a file that is not a readable cache is replaced; an entry that does not parse
is dropped and the document checked again. The cache is never trusted over the documents.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import sqlite3
from pathlib import Path

from pydantic import BaseModel

from .loading import Problem
from .records import Claim, Document
from .reference import Series
from .rule import Rule

FILE = "claims.sqlite"
BATCH = 500
"""Entries are fetched this many at a time (SQLite takes at most 999 parameters in a query before 3.32)."""


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
    return json.dumps({"document": {**doc.model_dump(mode="json"), "text": ""},  # texts are read again when needed
                       "claims": [c.model_dump(mode="json") for c in claims],
                       "problems": [[p.path, p.code, p.message] for p in problems]})


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
        try:
            directory.mkdir(parents=True, exist_ok=True)
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
        db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value TEXT)")
        row = db.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        if row is None or row[0] != version:  # written by another version: its entries are stale
            db.execute("DELETE FROM entries")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (version,))
            db.commit()
        return db

    def get(self, entries: list[str | None]) -> list[tuple[Document, list[Claim], list[Problem]] | None]:
        """The cached result for each entry (None: not cached, or no entry), fetched BATCH at a time."""
        found: list[tuple[Document, list[Claim], list[Problem]] | None] = []
        for i in range(0, len(entries), BATCH):
            keys = [k for k in entries[i:i + BATCH] if k is not None]
            rows: dict[str, str] = {}
            if self._db is not None and keys:
                try:
                    rows = dict(self._db.execute(f"SELECT key, value FROM entries WHERE key IN ({','.join('?' * len(keys))})",
                                                 keys).fetchall())
                except sqlite3.Error:
                    self._give_up()
            found += [self._parse(k, rows.get(k)) if k is not None else None for k in entries[i:i + BATCH]]
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
                self._db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?)", (entry, value))
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
