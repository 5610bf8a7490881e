"""Files to Documents: find the documents under the given paths or URLs (with their manifest entries and ids),
read and decode each one, and take its visible text (markup.py). Every Document keeps a SourceMap so
offsets in its text lead back to the source file.
"""

from __future__ import annotations

import bisect
import codecs
import dataclasses
import datetime as dt
import hashlib
import os
import stat
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

from .codes import CODES
from .config import nearest
from .datelines import from_url
from .markup import MarkupError, Parsed, TooComplex, iso_day, parse_markup
from .pdf import PdfError, pdf_text
from .records import DocDate, Document, InlineRejection, InlineSuppression, SourceMap, line_starts
from .remote import RemoteError, TooBig, is_url, joined, named, walk
from .remote import read as read_url

FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}
KINDS = ".txt, .md, .html or .pdf"
MAX_DOCUMENT_MB = 32
"""A file larger than this is not read (I305): far beyond any article or report, it is a dump to split, and
reading it would hold its bytes and text in memory at once."""


@dataclass(frozen=True)
class Problem:
    """Something wrong with an input, as an input finding: the path, a code (I3xx) and one line."""

    path: str
    code: str
    message: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", readable(self.path))


def readable(name: str) -> str:
    """A file name as text every output can hold: bytes that are not UTF-8 (which Python keeps as lone
    surrogates) shown as escapes (b'\\xff' as '\\xff'); any other name as it is."""
    if name.isascii():
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class LoadError(Exception):
    """A document that could not be read: ``code`` and a one-line ``message``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class InputFile:
    """A file to load, with its document id, the path shown to people, and what a manifest says of it."""

    file: Path
    id: str
    shown: str
    manifest: dict = field(default_factory=dict, compare=False)
    date: dt.date | None = None  # given on the command line
    url: str | None = None
    """Where a document found under a URL is read (``file`` is then only its names: see remote.named)."""


MANIFEST = "documents.toml"
_MANIFEST_KEYS = {"date", "title", "outlet", "source", "url"}


def bundled_seeds() -> Path:
    """The seed articles: inside the installed package, or seeds/ beside it in a source checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "seeds"
    return installed if installed.is_dir() else here.parent / "seeds"


def find_sources(
    paths: Sequence[Path | str], skip: frozenset[str] = frozenset()
) -> tuple[list[InputFile], list[Problem]]:
    """The documents under ``paths`` (directories recurse; hidden files are skipped), and problems. A path may be
    a URL (remote.py). ``skip``: real paths of files and folders a directory's walk leaves out (a run's own
    reports and cache)."""
    _real_dir.cache_clear()  # real paths of directories are remembered for one call
    found: list[tuple[Path, Path, str, str]] = []  # file, root, shown path, real path (links resolved)
    problems: list[Problem] = []
    if not paths:
        found = _seeds()
    here = _real_dir(os.getcwd()).rstrip(os.sep) + os.sep
    manifests: dict[Path, dict] = {}
    for p in paths:
        if is_url(p):
            found.extend(_found_at(p, manifests, problems))
        else:
            found.extend(_found(Path(p), skip, here, problems))
    local = [Path(p) for p in paths if not is_url(p)]
    shallow = {p.parent for p in local if p.is_file()} - {p for p in local if p.is_dir()}
    manifests.update(_manifests({root for _, root, _, real in found if not is_url(real)}, shallow, problems))
    sources = _identify(found, problems)
    if not manifests:
        return sources, problems
    return [_described(src, manifests) for src in sources], problems


def _found(p: Path, skip: frozenset[str], here: str, problems: list[Problem]) -> list[tuple[Path, Path, str, str]]:
    """The documents of one path named to find_sources (a directory's walked, leaving out ``skip``), as (file, root,
    shown path, real path); what is wrong with it appended to ``problems``."""
    if p.is_dir():
        files = [
            (Path(f), p, _shown(f, located, here), real)
            for f, located, real in _walk(str(p), problems)
            if not _skipped(real, skip)
        ]
        if not files:
            problems.append(Problem(str(p), "I307", f"no {KINDS} documents in this directory"))
        return files
    if p.is_file():
        if p.suffix.lower() not in FORMATS:
            problems.append(Problem(str(p), "I307", f"unsupported file type {p.suffix or '(none)'}; expected {KINDS}"))
            return []
        located, real = _locate(str(p), str(p.parent), p.name, p.is_symlink())
        return [(p, p.parent, _shown(str(p), located, here), real)]
    if p.is_symlink():
        problems.append(Problem(str(p), "I301", "a symbolic link that is broken or loops"))
    else:
        problems.append(Problem(str(p), "I301", "no such file or directory"))
    return []


def _seeds() -> list[tuple[Path, Path, str, str]]:
    """The bundled seeds, as ``_found`` gives a path's documents."""
    seeds = bundled_seeds()
    return [(Path(f), seeds, f"seeds/{_relative(f, str(seeds))}", real) for f, _, real in _walk(str(seeds))]


def _found_at(url: str, manifests: dict[Path, dict], problems: list[Problem]) -> list[tuple[Path, Path, str, str]]:
    """The documents under a URL, as ``_found`` gives a path's (the URL as path, shown path and real path), its
    manifests added to ``manifests``; what is wrong with it appended to ``problems``."""
    try:
        under, problem = walk(url)
    except RemoteError as e:
        under, problem = [], str(e).removeprefix(f"{url}: ")
    if problem:
        problems.append(Problem(url, "I301", problem))
        return []
    if under == [""]:  # a file: the manifest of its own folder only
        folder = url.rsplit("/", 1)[0]
        _remote_manifest(folder, MANIFEST, manifests, problems, missing_ok=True)
        if os.path.splitext(url)[1].lower() not in FORMATS:
            problems.append(Problem(url, "I307", f"unsupported file type {os.path.splitext(url)[1] or '(none)'}"))
            return []
        return [(named(url), named(folder), url, url)]
    for u in under:
        if u.rsplit("/", 1)[-1] == MANIFEST:
            _remote_manifest(url, u, manifests, problems)
    files = [u for u in under if os.path.splitext(u)[1].lower() in FORMATS]
    if not files:
        problems.append(Problem(url, "I307", f"no {KINDS} documents in this directory"))
    return [(named(joined(url, u)), named(url), joined(url, u), joined(url, u)) for u in files]


def _remote_manifest(
    url: str, under: str, manifests: dict[Path, dict], problems: list[Problem], missing_ok: bool = False
) -> None:
    """The manifest at ``under`` below the folder ``url``, added to ``manifests`` by its folder's name."""
    at = joined(url, under)
    try:
        data = tomllib.loads(read_url(at, MAX_DOCUMENT_MB * 1024 * 1024).decode("utf-8"))
    except FileNotFoundError:
        if not missing_ok:
            problems.append(Problem(at, "I308", "cannot read the manifest: it disappeared"))
        return
    except Exception as e:  # noqa: BLE001 - as in _read_url: whatever a remote file system raises
        problems.append(Problem(at, "I308", f"cannot read the manifest: {_one_line(e)}"))
        return
    manifests[named(at).parent] = _valid_entries(Path(at), data, problems)


def _described(src: InputFile, manifests: dict[Path, dict]) -> InputFile:
    """``src`` with its entry in the nearest manifest above it (the one in its own folder, else its parent's, and
    so on), when that manifest has one."""
    entry = {}
    for directory in (src.file.parent, *src.file.parent.parents):
        m = manifests.get(directory)
        if m is not None:
            entry = m.get(src.file.relative_to(directory).as_posix(), {})
            break
    return dataclasses.replace(src, manifest=entry) if entry else src


def _skipped(real: str, skip: frozenset[str]) -> bool:
    return bool(skip) and (real in skip or any(real.startswith(s + os.sep) for s in skip))


def _manifests(roots: set[Path], shallow: set[Path], problems: list[Problem]) -> dict[Path, dict]:
    """documents.toml files in the checked roots and below them, by directory; in a ``shallow`` root (the
    folder of a file named on the command line) only its own: checking one file reads no manifest below it."""
    found: dict[Path, dict] = {}
    for root in roots:
        for path in sorted(_listed(root, shallow)):
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
                problems.append(Problem(str(path), "I308", f"cannot read the manifest: {e}"))
                continue
            found[path.parent] = _valid_entries(path, data, problems)
    return found


def _listed(root: Path, shallow: set[Path]) -> list[Path]:
    """The manifests of one root: in a ``shallow`` root only its own (when there is one), else every one in it and
    below it."""
    return (
        [Path(root, MANIFEST)] * Path(root, MANIFEST).is_file()
        if root in shallow
        else [Path(d, MANIFEST) for d, entries in _tree(str(root)) if any(e.name == MANIFEST for e in entries)]
    )


def _valid_entries(path: Path, data: dict, problems: list[Problem]) -> dict:
    """A manifest's entries less those with an unknown key or a date that is not YYYY-MM-DD (each an I308
    problem)."""
    for name, entry in data.items():
        bad = set(entry) - _MANIFEST_KEYS if isinstance(entry, dict) else {"(not a table)"}
        if bad or (isinstance(entry, dict) and "date" in entry and iso_day(entry["date"]) is None):
            problems.append(
                Problem(
                    str(path),
                    "I308",
                    f"entry {name!r}: unknown key(s) {sorted(bad)} "
                    f"or a date that is not YYYY-MM-DD; allowed: {sorted(_MANIFEST_KEYS)}",
                )
            )
            data = {k: v for k, v in data.items() if k != name}
    return data


def _identify(found: list[tuple[Path, Path, str, str]], problems: list[Problem]) -> list[InputFile]:
    """Give each file its id: the path under its root without the extension, or with it where two
    files would otherwise share an id (talks.md and talks.html)."""
    ids = [readable(os.path.splitext(_relative(str(f), str(root)))[0]) for f, root, _, _ in found]
    counts: dict[str, int] = {}
    for i in ids:
        counts[i] = counts.get(i, 0) + 1
    sources: list[InputFile] = []
    seen: set[str] = set()
    for (f, root, shown, real), i in zip(found, ids, strict=True):
        shown = readable(shown)
        if counts[i] > 1:
            problems.append(
                Problem(
                    shown, "I306", f"another document has the id {i!r}; this one is {f.relative_to(root).as_posix()!r}"
                )
            )
            i = f.relative_to(root).as_posix()
        if i in seen or real in seen:
            continue  # the same file given twice
        seen.update((i, real))
        sources.append(InputFile(f, i, shown, url=real if is_url(real) else None))
    return sources


def _walk(root: str, problems: list[Problem] | None = None) -> Iterator[tuple[str, str, str]]:
    """The documents under ``root`` as (path, path in its directory's real path, real path), each
    directory's files in name order before its subdirectories; hidden files and directories are skipped,
    and links to directories are not followed. A directory that cannot be read is told to ``problems``."""
    for directory, entries in _tree(root, problems):
        for e in entries:
            if not e.name.startswith(".") and os.path.splitext(e.name)[1].lower() in FORMATS and not _is_dir(e):
                yield e.path, *_locate(e.path, directory, e.name, e.is_symlink())


def _tree(root: str, problems: list[Problem] | None = None) -> Iterator[tuple[str, list[os.DirEntry]]]:
    """Each directory under ``root`` (itself first, then depth first in name order; hidden ones and links to
    directories left out) with its entries in name order. A stack, not recursion: a tree thousands of levels
    deep is walked like any other. A directory that cannot be read is an I301 problem, when ``problems`` is given."""
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            if problems is not None:
                problems.append(Problem(directory, "I301", f"cannot read this directory: {_reason(e)}"))
            continue
        yield directory, entries
        stack += reversed([e.path for e in entries if not e.name.startswith(".") and _is_dir(e, follow_symlinks=False)])


def _locate(path: str, directory: str, name: str, link: bool) -> tuple[str, str]:
    """A file's path in its directory's real path, and its real path (a link's target; unlike Path.resolve,
    never raises on a link that loops). Each directory's real path is looked up once."""
    located = os.path.join(_real_dir(directory), name)
    return located, os.path.realpath(path) if link else located


def _is_dir(entry: os.DirEntry, follow_symlinks: bool = True) -> bool:
    """Whether ``entry`` is a directory; a link that loops is not (its problem is told when it is read)."""
    try:
        return entry.is_dir(follow_symlinks=follow_symlinks)
    except OSError:
        return False


def _relative(file: str, root: str) -> str:
    """``file`` under ``root`` as a POSIX path (a file found by walking ``root``): by string, not Path arithmetic."""
    if file.startswith(root) and file[len(root) : len(root) + 1] == os.sep:
        return file[len(root) + 1 :].replace(os.sep, "/")
    return Path(file).relative_to(root).as_posix()


def _shown(file: str, located: str, here: str) -> str:
    """The path shown to people: relative to the working directory (``here``, its real path with a final
    separator) when under it, with directory links resolved (``located``: the file in its directory's real path)."""
    return located[len(here) :].replace(os.sep, "/") if located.startswith(here) else Path(file).as_posix()


@lru_cache(maxsize=4096)
def _real_dir(directory: str) -> str:
    return os.path.realpath(directory)


def read(file: Path | str) -> bytes:
    """The bytes of a regular file (or of a URL's), or LoadError saying why not (a file over MAX_DOCUMENT_MB is
    not read)."""
    if is_url(file):
        return _read_url(file)
    try:
        status = os.stat(file)
        if not stat.S_ISREG(status.st_mode):  # before opening: opening a named pipe waits for a writer
            raise LoadError("I301", "not a regular file")
        if status.st_size > MAX_DOCUMENT_MB * 1024 * 1024:
            raise _too_big(status.st_size)
        with open(file, "rb", buffering=0) as f:
            return f.readall()
    except FileNotFoundError:
        if os.path.islink(file):
            raise LoadError("I301", "a symbolic link to a file that does not exist") from None
        raise LoadError("I301", "disappeared before it could be read") from None
    except OSError as e:
        raise LoadError("I301", _reason(e)) from None


def _too_big(size: int) -> LoadError:
    return LoadError(
        "I305",
        f"too big to read: {size / 1024 / 1024:,.1f} MB, over the {MAX_DOCUMENT_MB} MB a document may have; "
        "split it into smaller documents",
    )


def _read_url(url: str) -> bytes:
    """The bytes at a URL, or LoadError as for a file. A remote file system's own errors need not be OSErrors:
    any is one line naming its kind."""
    try:
        return read_url(url, MAX_DOCUMENT_MB * 1024 * 1024)
    except FileNotFoundError:
        raise LoadError("I301", "disappeared before it could be read") from None
    except IsADirectoryError:
        raise LoadError("I301", "not a regular file") from None
    except TooBig as e:
        raise _too_big(e.size) from None
    except OSError as e:
        raise LoadError("I301", _reason(e)) from None
    except RemoteError as e:
        raise LoadError("I301", str(e).removeprefix(f"{url}: ")) from None
    except Exception as e:  # noqa: BLE001 - whatever the file system raises is a problem of this input
        raise LoadError("I301", f"cannot read it: {_one_line(e)}") from None


def _one_line(e: Exception) -> str:
    """An error as one line: its kind and the first line of what it says."""
    said = str(e).splitlines()
    return f"{type(e).__name__}: {said[0]}" if said else type(e).__name__


def _reason(e: OSError) -> str:
    return (e.strerror or str(e)).lower()


_MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a zip archive (or an Office file)",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
}
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_UTF8_MULTIBYTE = regex.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def decode(data: bytes) -> tuple[str, str, str | None]:
    """(text, encoding, a warning or None). Raises LoadError for binary data.

    A byte order mark decides; otherwise UTF-8, with invalid bytes replaced when the rest is plainly
    UTF-8; otherwise Windows-1252, the usual encoding of older Western web and office text. NUL bytes in the
    first 8 KB make a file binary; later ones are replaced (U+FFFD) and said, never passed on unnoticed.
    """
    text, encoding, warning = _decode(data)
    nuls = text.count("\x00")
    if not nuls:
        return text, encoding, warning
    bytewise = encoding in ("utf-8", "windows-1252", "latin-1")  # a NUL byte is a NUL character
    where = f"byte {data.find(_NUL)}" if bytewise else f"character {text.find(chr(0))}"
    note = f"{nuls} NUL byte(s) replaced, the first at {where}"
    return text.replace("\x00", "\ufffd"), encoding, f"{warning}; {note}" if warning else note


_NUL = b"\x00"


def _decode(data: bytes) -> tuple[str, str, str | None]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig"), None
            except UnicodeDecodeError as e:
                raise LoadError(
                    "I302", f"starts with a {encoding} byte order mark but is not {encoding} (byte {e.start})"
                ) from None
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            hint = "; name it .pdf to read it as a PDF" if magic == b"%PDF" else ""
            raise LoadError("I302", f"binary content ({what}), not text{hint}")
    if b"\x00" in data[:8192]:
        raise LoadError("I302", "binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as e:
        first = e.start
    if _UTF8_MULTIBYTE.search(data):
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd") - data.count("\ufffd".encode())
        return text, "utf-8", f"not valid UTF-8: {bad} bad byte sequence(s) replaced, the first at byte {first}"
    try:
        return data.decode("cp1252"), "windows-1252", "not UTF-8; decoded as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", "not UTF-8; decoded as Latin-1"


def load(source: InputFile, data: bytes | None = None) -> tuple[Document, list[Problem]]:
    """Read one document (``data``: its bytes, when they were read already), with warnings about it. Raises
    LoadError when it cannot be read.

    Its date, when given, comes from the command line, else the manifest, else the document's own
    metadata (front matter, meta tags, <time>, JSON-LD), else a day in its address (the manifest's url, else
    the page's canonical link).
    """
    data = read(source.url or source.file) if data is None else data
    fmt = FORMATS[source.file.suffix.lower()]
    raw, pages, encoding, warning = _source_text(data, fmt)
    problems = [Problem(source.shown, "I303", warning)] if warning else []
    parsed = _parsed(raw, fmt)
    if parsed.warning:
        problems.append(Problem(source.shown, "I309", parsed.warning))
    if not parsed.text.strip():
        problems.append(Problem(source.shown, "I304", _no_text(raw, fmt)))
    suppressions: tuple[InlineSuppression, ...] = ()
    rejections: tuple[InlineRejection, ...] = ()
    if fmt in ("md", "html"):
        suppressions, rejections = _markers(raw, source.shown, problems)
    url = source.manifest.get("url") or parsed.url
    doc = Document(
        id=source.id,
        suppressions=suppressions,
        rejections=rejections,
        path=source.shown,
        format=fmt,
        encoding=encoding,
        title=source.manifest.get("title") or parsed.title or _first_line(parsed.text),
        date=_given_date(source) or parsed.date or _url_date(url) or DocDate(),
        outlet=source.manifest.get("outlet") or source.manifest.get("source"),
        url=url,
        sha256=hashlib.sha256(data).hexdigest(),
        text=parsed.text,
        source_map=SourceMap(
            text_starts=tuple(parsed.text_starts),
            source_starts=tuple(parsed.source_starts),
            line_starts=line_starts(raw),
            page_starts=pages,
        ),
    )
    return doc, problems


def _source_text(data: bytes, fmt: str) -> tuple[str, tuple[int, ...], str, str | None]:
    """A document's source as text: (text, where each PDF page begins, encoding, a warning or None). Raises
    LoadError for a PDF that cannot be read or binary data."""
    pages: tuple[int, ...] = ()
    if fmt == "pdf":
        try:
            raw, pages = pdf_text(data)
        except PdfError as e:
            raise LoadError("I310", str(e)) from None
        encoding, warning = "utf-8", None
    else:
        raw, encoding, warning = decode(data)
    return raw, pages, encoding, warning


def _parsed(raw: str, fmt: str) -> Parsed:
    """The visible text of a document's source (a PDF's text as plain text); LoadError when its markup cannot be
    read (I305 when it is too complex, else I302)."""
    try:
        return parse_markup(raw, "txt" if fmt == "pdf" else fmt)
    except MarkupError as e:
        raise LoadError("I305" if isinstance(e, TooComplex) else "I302", str(e)) from None


def _no_text(raw: str, fmt: str) -> str:
    """Why a document has no visible text."""
    return (
        "no text (a scanned PDF? its pages are images: run OCR first)"
        if fmt == "pdf"
        else "empty file"
        if not raw
        else "no visible text"
    )


_SUPPRESS = regex.compile(r"<!--\s*claim-checker\b:?(?P<body>.*?)-->", regex.S | regex.I)


_REJECT = regex.compile(r'\s*reject\s+"(?P<quote>[^"]+)"\s*:\s*(?P<reason>\S.*?)\s*', regex.S)


def _markers(
    raw: str, shown: str, problems: list[Problem]
) -> tuple[tuple[InlineSuppression, ...], tuple[InlineRejection, ...]]:
    """The document's <!-- claim-checker: ignore CODE [METRIC][: reason] --> and <!-- claim-checker: reject
    "QUOTE": REASON --> comments; one that is not of either form, or names no finding code, is a problem (S602)
    naming its line and the nearest code."""
    lines = line_starts(raw)
    out = []
    rejections = []
    for m in _SUPPRESS.finditer(raw):
        line = bisect.bisect_right(lines, m.start())
        words = m["body"].partition(":")[0].split()
        shown_comment = " ".join(m[0].split())
        if words[:1] == ["reject"]:
            r = _REJECT.fullmatch(m["body"])
            if r is None:
                problems.append(
                    Problem(
                        shown,
                        "S602",
                        f'line {line}: {shown_comment}: expected <!-- claim-checker: reject "QUOTE": REASON -->',
                    )
                )
            else:
                rejections.append(InlineRejection(quote=" ".join(r["quote"].split()), reason=r["reason"], line=line))
        elif len(words) not in (2, 3) or words[0] != "ignore":
            problems.append(
                Problem(
                    shown,
                    "S602",
                    f"line {line}: {shown_comment}: expected <!-- claim-checker: ignore CODE [METRIC] -->",
                )
            )
        elif words[1] not in CODES:
            problems.append(
                Problem(
                    shown,
                    "S602",
                    f"line {line}: {shown_comment}: {words[1]!r} is not a finding code{nearest(words[1], CODES)}",
                )
            )
        else:
            out.append(InlineSuppression(code=words[1], metric=words[2] if len(words) == 3 else None, line=line))
    return tuple(out), tuple(rejections)


def _given_date(source: InputFile) -> DocDate | None:
    if source.date is not None:
        return DocDate.given(source.date, f"--date {source.shown}={source.date}", "the command line")
    day = iso_day(source.manifest.get("date"))
    if day is not None:
        return DocDate.given(day, f"date = {day}", MANIFEST)
    return None


def _url_date(url: str | None) -> DocDate | None:
    day = from_url(url)
    return DocDate.given(day, url or "", "its address") if day is not None else None


def from_text(text: str, doc_id: str = "example", published: dt.date | None = None, url: str | None = None) -> Document:
    """A plain-text Document made from a string: for rule examples, tests and ``checker parse``."""
    data = text.encode("utf-8")
    date = DocDate.given(published, str(published), "the caller") if published else _url_date(url) or DocDate()
    return Document(
        id=doc_id,
        path=f"{doc_id}.txt",
        format="txt",
        title=_first_line(text),
        date=date,
        url=url,
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        source_map=SourceMap(line_starts=line_starts(text)),
    )


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return None
