"""Documents read from URLs with fsspec (checker/remote.py): found, described by their manifests, read and checked
as the same files on disk are, and each problem the same one-line input finding."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

import checker
from checker import loading
from checker.cli import app
from checker.config import Config
from checker.writers.view import href

fsspec = pytest.importorskip("fsspec", reason="URLs need fsspec: pip install -e '.[dask]'")

TREE = {
    "gaza/a.md": b"---\ndate: 2024-01-10\n---\nThe death toll in Gaza has risen to 23,210, the ministry said.\n",
    "gaza/b.txt": b"More than 24,000 Palestinians have been killed in Gaza, the ministry said on Sunday.\n",
    "gaza/documents.toml": b'["b.txt"]\ndate = "2024-01-21"\ntitle = "A wire report"\n',
    "gaza/.drafts/c.txt": b"The toll in Gaza is 99,999.\n",
    "gaza/notes.csv": b"toll,40000\n",
    "bad/empty.txt": b"",
    "bad/binary.txt": b"\x00\x01\x02PK\x03\x04" * 100,
    "bad/latin1.txt": "Le bilan à Gaza est de 40 005 morts.\n".encode("latin-1"),
}


@pytest.fixture
def memory():
    """The tree in fsspec's in-memory file system, under memory://corpus-N (emptied afterwards)."""
    fs = fsspec.filesystem("memory")
    root = f"/corpus-{id(fs)}"
    for name, data in TREE.items():
        fs.pipe(f"{root}/{name}", data)
    yield f"memory://{root.lstrip('/')}"
    fs.rm(root, recursive=True)


@pytest.fixture
def disk(tmp_path):
    for name, data in TREE.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    return tmp_path


def _check(*paths):
    return checker.check(list(paths), config=Config(), options=checker.Options(cache=False))


def _seen(report, root: str):
    """What a run found, with the root taken out of every path."""
    docs = [(d.id, d.path.replace(root, "ROOT"), d.title, d.date.estimate) for d in report.documents]
    claims = [(c.document, c.metric, c.value.low, c.quote) for c in report.claims]
    problems = sorted((f.code, f.path.replace(root, "ROOT"), f.detail) for f in report.problems)
    return docs, claims, problems


def test_a_folder_at_a_url_is_checked_as_the_same_folder_on_disk(memory, disk, monkeypatch):
    monkeypatch.chdir(disk.parent)
    there = _check(f"{memory}/gaza", f"{memory}/bad")
    here = _check(disk / "gaza", disk / "bad")
    assert _seen(there, memory) == _seen(here, disk.name)
    docs, claims, problems = _seen(there, memory)
    assert [d[:2] for d in docs[:2]] == [("a", "ROOT/gaza/a.md"), ("b", "ROOT/gaza/b.txt")]  # no .drafts/, no .csv
    assert docs[1][2:] == ("A wire report", dt.date(2024, 1, 21))  # from the manifest beside it
    assert docs[0][3] == dt.date(2024, 1, 10) and len(claims) == 2
    assert [(code, path) for code, path, _ in problems] == [
        ("I302", "ROOT/bad/binary.txt"),
        ("I303", "ROOT/bad/latin1.txt"),
        ("I304", "ROOT/bad/empty.txt"),
    ]


def test_a_file_at_a_url_reads_its_own_folders_manifest(memory):
    report = _check(f"{memory}/gaza/b.txt")
    (doc,) = report.documents
    assert (doc.id, doc.path, doc.date.estimate) == ("b", f"{memory}/gaza/b.txt", dt.date(2024, 1, 21))


@pytest.mark.parametrize(
    "url,code,detail",
    [
        ("{memory}/nowhere", "I301", "no such file or directory"),
        ("{memory}/gaza/notes.csv", "I307", "unsupported file type .csv"),
        ("{memory}/gaza/.drafts/c.txt", None, None),  # named on its own, a hidden file is read
        ("nosuchscheme://bucket/articles/", "I301", "Protocol not known: nosuchscheme"),
    ],
)
def test_what_is_wrong_with_a_url_is_one_input_finding(memory, url, code, detail):
    report = _check(url.format(memory=memory))
    assert [(f.code, f.detail) for f in report.problems] == ([(code, detail)] if code else [])


def test_a_url_over_the_size_limit_is_not_read(memory, monkeypatch):
    fsspec.filesystem("memory").pipe(f"{memory}/big/big.txt".removeprefix("memory:/"), b"The toll is 40,005. " * 100)
    monkeypatch.setattr(loading, "MAX_DOCUMENT_MB", 1000 / 1024 / 1024)  # 1,000 bytes
    report = _check(f"{memory}/big", f"{memory}/gaza/b.txt")
    assert [(f.code, f.path) for f in report.problems] == [("I305", f"{memory}/big/big.txt")]
    assert "too big to read" in (report.problems[0].detail or "")


class Failing(fsspec.AbstractFileSystem):
    """A file system of one file whose reads fail with an error that is not an OSError, as remote ones' can."""

    protocol = "failing"

    def info(self, path, **kwargs):
        if not path.endswith(".txt"):
            raise FileNotFoundError(path)
        return {"name": path, "type": "file", "size": 10}

    def cat_file(self, path, start=None, end=None, **kwargs):
        raise RuntimeError("the service said no\nwith a second line")


def test_a_file_systems_own_error_is_one_line():
    fsspec.register_implementation("failing", Failing, clobber=True)
    report = _check("failing://bucket/b.txt")
    assert [(f.code, f.detail) for f in report.problems] == [
        ("I301", "cannot read it: RuntimeError: the service said no")
    ]


def test_without_fsspec_a_url_says_what_to_install(monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "fsspec", None)
    report = _check("s3://bucket/articles/")
    assert [(f.code, f.path) for f in report.problems] == [("I301", "s3://bucket/articles/")]
    assert "reading a URL needs fsspec: pip install 'claim-checker[dask]'" in (report.problems[0].detail or "")


def test_the_command_line_takes_urls_among_paths(memory, disk, monkeypatch):
    monkeypatch.chdir(disk)
    r = CliRunner().invoke(app, ["extract", "-q", f"{memory}/gaza", "bad/latin1.txt"])
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"{memory}/gaza/a.md:4:") and lines[1].startswith(f"{memory}/gaza/b.txt:1:")
    assert len(lines) == 2 and "bad/latin1.txt: not UTF-8" in r.stderr


def test_reports_link_to_web_and_file_urls_only():
    assert href("file:///srv/news/a b.txt", Path(".")) == "file:///srv/news/a%20b.txt"
    assert href("https://example.org/a.html", Path(".")) == "https://example.org/a.html"
    assert href("s3://bucket/a.txt", Path(".")) == "#"
    assert href("javascript://x%0Aalert(1)", Path(".")) == "#"
