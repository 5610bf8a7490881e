"""Where each of a set of patterns may match, found in one scan: the pre-filter in front of the ``regex`` patterns.

With the ``fast`` extra (Hyperscan), a set of ``regex`` patterns is compiled into one Hyperscan database of
their loosened forms: the same pattern with lookarounds, anchors and word boundaries dropped, lazy and
possessive repeats made greedy, and every character that is not ASCII read as one byte (0x80) that any
class which may match a character beyond ASCII also matches. A loosened pattern matches wherever its
``regex`` pattern does, and more, so trying the real pattern only where the loosened one matched finds the
same matches. A pattern the loosening cannot read (a back-reference, fuzzy matching, a named list) or that
matches the empty string is allowed everywhere. Without Hyperscan, every pattern is allowed everywhere.

Compiled databases are kept in the user's cache directory, keyed by the loosened patterns and the Hyperscan
version; one that fails to load (corrupt, or written by another Hyperscan) is compiled again.
"""

from __future__ import annotations

import codecs
import hashlib
import importlib
import os
import tempfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import regex

core: Any = importlib.import_module("regex._regex_core")  # the regex module's own parser (no type stubs)
try:
    hyperscan: Any = importlib.import_module("hyperscan")
except ImportError:  # the pure-Python path
    hyperscan = None

FAST = hyperscan is not None
"""Whether the Hyperscan pre-filter runs (the ``fast`` extra is installed)."""

NOT_ASCII = 0x80
"""The byte every character beyond ASCII is scanned as."""


def engine() -> str:
    """Which path runs, for ``checker --version``."""
    return f"Hyperscan {hyperscan.__version__} pre-filter" if FAST else "pure Python (no pre-filter)"


def _as_not_ascii(error: UnicodeError) -> tuple[bytes, int]:
    assert isinstance(error, UnicodeEncodeError)
    return bytes((NOT_ASCII,)) * (error.end - error.start), error.end


codecs.register_error("claim-checker-prefilter", _as_not_ascii)


def scanned(text: str) -> bytes:
    """The bytes a text is scanned as: one byte per character, so offsets are the text's."""
    return text.encode("ascii", "claim-checker-prefilter")


class Unreadable(Exception):
    """Syntax the loosening does not read: the pattern is allowed everywhere."""


def loosen(pattern: regex.Pattern) -> str | None:
    """The loosened form of a compiled ``regex`` pattern, in Hyperscan's syntax over ``scanned`` bytes; None
    when it cannot be told or would match the empty string."""
    try:
        source = core.Source(pattern.pattern)
        info = core.Info(pattern.flags, source.char_type, {})
        source.ignore_space = bool(info.flags & regex.VERBOSE)
        loose, empty = _emit(core._parse_pattern(source, info), {})
    except (Unreadable, regex.error, core._UnscopedFlagSet, RecursionError):
        return None
    return None if empty else loose


def _emit(node: Any, groups: dict[int, tuple[str, bool]]) -> tuple[str, bool]:
    """A node's loosened form, and whether it can match the empty string. ``groups``: the loosened form of
    each capture group read so far (a back-reference matches what its group matched, so what the group can)."""
    kind = type(node)
    if kind in _COMPOSITE:
        return _COMPOSITE[kind](node, groups)
    if kind is core.RefGroup and (number := _number(node)) is not None and number in groups:
        inner, empty = groups[number]
        return f"(?:{inner})", empty
    if kind in (core.String, core.Literal):
        return _string(node), False
    if isinstance(node, _CHARACTERS) and not getattr(node, "zerowidth", False):
        return _class(node), False
    if isinstance(node, (core.ZeroWidthBase, core.LookAround, *_CHARACTERS)):
        return "", True  # lookarounds, anchors, word boundaries (and zero-width character tests): dropped
    raise Unreadable(kind.__name__)


def _sequence(node: Any, groups: dict[int, tuple[str, bool]]) -> tuple[str, bool]:
    parts: list[tuple[str, bool]] = []
    run: list[Any] = []  # letters folded fully, read together (see _folded)
    for item in (*node.items, None):
        if type(item) is core.Character and item.positive and _full(item.case_flags):
            run.append(item)
            continue
        if run:
            parts.append((_folded([c.value for c in run], run[0].case_flags), False))
            run = []
        if item is not None:
            parts.append(_emit(item, groups))
    return "".join(p for p, _ in parts), all(e for _, e in parts)


def _branch(node: Any, groups: dict[int, tuple[str, bool]]) -> tuple[str, bool]:
    parts = [_emit(b, groups) for b in node.branches]
    return "(?:" + "|".join(p for p, _ in parts) + ")", any(e for _, e in parts)


def _group(node: Any, groups: dict[int, tuple[str, bool]]) -> tuple[str, bool]:
    inner, empty = _emit(node.subpattern, groups)
    if type(node) is core.Group:
        groups[node.group] = (inner, empty)
    return f"(?:{inner})", empty


def _repeat(node: Any, groups: dict[int, tuple[str, bool]]) -> tuple[str, bool]:
    inner, empty = _emit(node.subpattern, groups)
    low, high = node.min_count, node.max_count
    bound = "*" if (low, high) == (0, None) else "+" if (low, high) == (1, None) else f"{{{low},{high or ''}}}"
    return f"(?:{inner}){bound}", empty or low == 0


_COMPOSITE = {
    core.Sequence: _sequence,
    core.Branch: _branch,
    core.Group: _group,
    core.Atomic: _group,
    core.GreedyRepeat: _repeat,
    core.LazyRepeat: _repeat,
    core.PossessiveRepeat: _repeat,
}
_CHARACTERS = (core.Character, core.Property, core.Range, core.SetBase, core.Any)
_EXPANDED = {"ss", "ff", "fi", "fl", "st", "ffi", "ffl"}
"""What one character beyond ASCII folds to in full case folding (ß is ss, ﬁ is fi), in ASCII."""


def _full(case_flags: int) -> bool:
    return (case_flags & core.FULLIGNORECASE) == core.FULLIGNORECASE


def _string(node: Any) -> str:
    if _full(node.case_flags):
        return _folded(list(node.characters), node.case_flags)
    return "".join(_class(core.Character(c, case_flags=node.case_flags)) for c in node.characters)


def _folded(characters: list[int], case_flags: int) -> str:
    """Letters under full case folding (version 1 patterns ignoring case): one byte beyond ASCII may stand for two
    or three of them ("strasse" matches "STRAßE"), so a letter that can end such a pair or triple is optional."""
    folded = "".join(core._regex.fold_case(core.FULL_CASE_FOLDING, chr(c)) for c in characters)
    out = []
    for i, c in enumerate(folded):
        tail = folded[max(0, i - 1) : i + 1] in _EXPANDED or folded[max(0, i - 2) : i + 1] in _EXPANDED
        out.append(_class(core.Character(ord(c), case_flags=case_flags), beyond=True) + "?" * (tail and i > 0))
    return "".join(out)


def _number(ref: Any) -> int | None:
    group = ref.group
    return int(group) if isinstance(group, int) or group.isdigit() else ref.info.group_index.get(group)


_ASCII = [chr(c) for c in range(128)]


@cache
def _class(node: Any, beyond: bool = False) -> str:
    """A one-character node as a class of bytes: the ASCII characters it matches (in any of their cases when it
    ignores case) and, unless it is one ASCII character with no case beyond ASCII, the NOT_ASCII byte."""
    if isinstance(node, core.Any):
        return _bytes({c for c in _ASCII if c != "\n" or type(node) is not core.Any}, True)
    caseless = bool(node.case_flags & regex.IGNORECASE)
    matches = {c for c in _ASCII if any(node.matches(v) for v in (_cases(ord(c)) if caseless else (ord(c),)))}
    plain = type(node) is core.Character and node.positive and node.value < 128
    beyond = beyond or not plain or (caseless and any(v >= 128 for v in _cases(node.value)))
    return _bytes(matches, beyond)


@cache
def _cases(char: int) -> tuple[int, ...]:
    """The character and its other cases (simple case folding, as ``regex`` ignores case)."""
    return (char, *core._regex.get_all_cases(regex.IGNORECASE | regex.UNICODE, char))


def _bytes(chars: set[str], beyond: bool) -> str:
    codes = sorted(ord(c) for c in chars) + [NOT_ASCII] * beyond
    if not codes:
        raise Unreadable("a class that matches nothing")
    runs: list[list[int]] = []
    for c in codes:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    if len(runs) == 1 and runs[0][0] == runs[0][1]:
        return _byte(codes[0])
    return "[" + "".join(_byte(a) if a == b else f"{_byte(a)}-{_byte(b)}" for a, b in runs) + "]"


def _byte(code: int) -> str:
    char = chr(code)
    return char if char.isascii() and char.isalnum() else f"\\x{code:02x}"


class Scanner:
    """A set of ``regex`` patterns scanned at once: ``spans`` tells where each may match."""

    def __init__(self, patterns: Sequence[regex.Pattern], cache_dir: Path | None = None) -> None:
        self.size = len(patterns)
        self.everywhere: frozenset[int] = frozenset(range(self.size))
        self._database: Any = None
        if FAST and patterns:
            self._database, self.everywhere = _database(patterns, cache_dir or _directory())

    def ends(self, piece: str, offset: int = 0) -> list[list[int] | None]:
        """For each pattern, where a match of its loosened form ends in ``piece`` (shifted by ``offset``, in
        order), or None when it is allowed everywhere. A match of the pattern ends at one of them."""
        found: list[list[int] | None] = [None if i in self.everywhere else [] for i in range(self.size)]
        if self._database is not None:

            def report(i: int, s: int, e: int, flags: int, context: object) -> None:
                found[i].append(offset + e)  # type: ignore[union-attr]

            self._database.scan(scanned(piece), match_event_handler=report)
        return found


_MODE = _FLAGS = 0
if FAST:
    _MODE = hyperscan.HS_MODE_BLOCK
    _FLAGS = hyperscan.HS_FLAG_DOTALL
_LOOSENING = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
"""This module's own text: a change to the loosening makes new databases."""


def _database(patterns: Sequence[regex.Pattern], directory: Path) -> tuple[Any, frozenset[int]]:
    """The compiled database of the patterns' loosened forms, from the cache when it holds it, and the patterns
    it leaves out (allowed everywhere). The cache file is a line naming those, then the database."""
    key = repr((hyperscan.__version__, _LOOSENING, [(p.pattern, p.flags) for p in patterns]))
    path = directory / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.hsdb"
    try:
        head, _, body = path.read_bytes().partition(b"\n")
        everywhere = frozenset(int(i) for i in head.split(b",") if i)
        database = hyperscan.loadb(body, _MODE) if body else None
    except (OSError, ValueError, hyperscan.error):  # none yet, or not one this Hyperscan can read: compiled again
        loose = [(i, form) for i, form in enumerate(map(loosen, patterns)) if form is not None]
        database, kept = _compile(loose)
        everywhere = frozenset(range(len(patterns))) - kept
        body = hyperscan.dumpb(database) if database is not None else b""
        _write(path, ",".join(map(str, sorted(everywhere))).encode() + b"\n" + body)
    if database is not None:
        database.scratch = hyperscan.Scratch(database)
    return database, everywhere


def _compile(patterns: list[tuple[int, str]]) -> tuple[Any, frozenset[int]]:
    """One database of the patterns (id, loosened form) Hyperscan compiles, and their ids; one it refuses (too
    large, say) is left out."""
    try:
        return _compiled(patterns), frozenset(i for i, _ in patterns)
    except hyperscan.error:
        kept = []
        for pattern in patterns:
            try:
                _compiled([pattern])
            except hyperscan.error:
                continue
            kept.append(pattern)
        return (_compiled(kept) if kept else None), frozenset(i for i, _ in kept)


def _compiled(patterns: list[tuple[int, str]]) -> Any:
    database = hyperscan.Database(mode=_MODE)
    database.compile(expressions=[p.encode() for _, p in patterns], ids=[i for i, _ in patterns], flags=_FLAGS)
    return database


def _directory() -> Path:
    from .cache import user_directory

    return user_directory() / "hyperscan"


def _write(path: Path, data: bytes) -> None:
    """Write a file whole or not at all (another process may be writing the same one)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        pass  # a cache that cannot be written is compiled again next time
