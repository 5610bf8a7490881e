"""Bad input, faults and hostile documents: each gives one line naming the file, and the run goes on."""

from __future__ import annotations

import base64
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import checker.extraction
import checker.loading
import checker.quantities
from checker.pipeline import run
from checker.writers.view import _anchor, href
from checker.writers.wording import message

SENTENCE = "Gaza’s death toll surpassed 40,000 on Thursday, the territory’s Health Ministry said.\n"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    d = tmp_path / "docs"
    d.mkdir()
    (d / "good.txt").write_text(SENTENCE, encoding="utf-8")
    return d


def findings(result, code: str) -> list[str]:
    return [message(f, {}) for f in result.findings if f.code == code]


def good_was_checked(result) -> bool:
    return any(c.document == "good" and c.metric == "killed.gaza" for c in result.claims)


@pytest.mark.parametrize(
    "name,content,code,message",
    [
        ("empty.txt", b"", "I304", "empty file"),
        ("blank.md", b"  \n\t\n   \n", "I304", "no visible text"),
        (
            "script-only.html",
            b"<html><body><script>var deaths = 40000;</script></body></html>",
            "I304",
            "no visible text",
        ),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "I302", "binary content (a PNG image), not text"),
        (
            "report.html",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            "I302",
            "binary content (a PDF), not text; name it .pdf",
        ),
        (
            "archive.md",
            b"PK\x03\x04\x14\x00\x06\x00",
            "I302",
            "binary content (a zip archive (or an Office file)), not text",
        ),
        ("nul.txt", b"Gaza\x00\x00\x00\x01\x02toll", "I302", "binary content (NUL bytes), not text"),
        (
            "bad-utf16.txt",
            b"\xff\xfeG\x00a\x00\x00\xd8",
            "I302",
            "starts with a utf-16 byte order mark but is not utf-16",
        ),
    ],
)
def test_unusable_files(docs, name, content, code, message):
    (docs / name).write_bytes(content)
    result = run([docs])
    (got,) = findings(result, code)
    assert got.startswith(str(docs / name)) and message in got
    assert good_was_checked(result)


def test_encodings(docs):
    (docs / "bom8.txt").write_bytes(b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"))
    (docs / "utf16.txt").write_bytes(SENTENCE.encode("utf-16"))  # with its byte order mark
    (docs / "win.txt").write_bytes(SENTENCE.encode("cp1252"))
    (docs / "latin1.txt").write_bytes(
        "Gaza: le bilan dépasse 40,000 morts à Gaza, selon le ministère.\n".encode("latin-1")
    )
    (docs / "broken.txt").write_bytes(SENTENCE.encode("utf-8").replace(b"Thursday", b"Thur\xffsday"))
    result = run([docs])
    enc = {d.id: d.encoding for d in result.documents}
    assert enc == {
        "bom8": "utf-8",
        "broken": "utf-8",
        "good": "utf-8",
        "latin1": "windows-1252",
        "utf16": "utf-16",
        "win": "windows-1252",
    }
    guessed = findings(result, "I303")
    assert any(m.endswith("win.txt: not UTF-8; decoded as Windows-1252") for m in guessed)
    assert any(
        "broken.txt: not valid UTF-8: 1 bad byte sequence(s) replaced, the first at byte 44" in m for m in guessed
    )
    assert len(guessed) == 3
    quotes = {c.document: c.quote for c in result.claims}
    assert quotes["win"] == quotes["utf16"] == quotes["bom8"] == quotes["broken"] == "death toll surpassed 40,000"
    columns = {c.document: c.span.column for c in result.claims}
    assert columns["bom8"] == columns["good"] == 8  # the byte order mark is not a column


def test_line_endings(docs):
    (docs / "crlf.txt").write_bytes(b"Talks resumed.\r\n\r\n" + SENTENCE.encode().replace(b"\n", b"\r\n"))
    (docs / "cr.txt").write_bytes(b"Talks resumed.\r\r" + SENTENCE.encode().replace(b"\n", b"\r"))
    result = run([docs])
    lines = {c.document: (c.span.line, c.span.column) for c in result.claims}
    assert lines["crlf"] == lines["cr"] == (3, 8)


def test_missing_path_empty_directory_and_other_types(docs, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes.docx").write_bytes(b"PK")
    result = run([docs, tmp_path / "nope.txt", tmp_path / "empty", tmp_path / "notes.docx"])
    assert findings(result, "I301") == [f"{tmp_path / 'nope.txt'}: no such file or directory"]
    assert sorted(findings(result, "I307")) == [
        f"{tmp_path / 'empty'}: no .txt, .md, .html or .pdf documents in this directory",
        f"{tmp_path / 'notes.docx'}: unsupported file type .docx; expected .txt, .md, .html or .pdf",
    ]
    assert good_was_checked(result)


def test_unreadable_file(docs, monkeypatch):
    (docs / "secret.txt").write_text(SENTENCE, encoding="utf-8")

    def refuse(file, *args, **kwargs):  # the suite runs as root, which can read anything: simulate the denial
        if Path(file).name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(file))
        return open(file, *args, **kwargs)

    monkeypatch.setattr(checker.loading, "open", refuse, raising=False)  # where documents are read
    result = run([docs])
    assert findings(result, "I301") == [f"{docs / 'secret.txt'}: permission denied"]
    assert good_was_checked(result)


class Hung(Exception):
    """Not an OSError, which the code under test may catch."""


def _give_up(signum, frame):
    raise Hung("the run hung")


@pytest.mark.parametrize("cached", [False, True], ids=["no cache", "cache"])
def test_symlink_loop_and_special_file(docs, tmp_path, cached):
    """A named pipe is told about, never opened: opening one waits for a writer (the cache's key read it once)."""
    os.symlink(docs / "loop.txt", docs / "loop.txt")
    os.mkfifo(docs / "pipe.txt")
    before = signal.signal(signal.SIGALRM, _give_up)
    signal.alarm(20)
    try:
        result = run([docs], cache_dir=tmp_path / "cache" if cached else None)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)
    assert sorted(findings(result, "I301")) == [
        f"{docs / 'loop.txt'}: too many levels of symbolic links",
        f"{docs / 'pipe.txt'}: not a regular file",
    ]
    assert good_was_checked(result)


def test_file_disappears_during_the_run(docs, monkeypatch):
    (docs / "gone.txt").write_text(SENTENCE, encoding="utf-8")
    import checker.pipeline as pipeline

    real = pipeline.find_sources

    def find_then_delete(paths, skip=frozenset()):
        found = real(paths, skip)
        (docs / "gone.txt").unlink()
        return found

    monkeypatch.setattr(pipeline, "find_sources", find_then_delete)
    result = run([docs])
    assert findings(result, "I301") == [f"{docs / 'gone.txt'}: disappeared before it could be read"]
    assert good_was_checked(result)


def test_colliding_ids(docs):
    (docs / "talks.md").write_text("# Talks\n\n" + SENTENCE, encoding="utf-8")
    (docs / "talks.html").write_text(f"<p>{SENTENCE}</p>", encoding="utf-8")
    result = run([docs])
    assert sorted(d.id for d in result.documents) == ["good", "talks.html", "talks.md"]
    assert len(findings(result, "I306")) == 2
    assert len({c.id for c in result.claims}) == len(result.claims) == 3


def test_nested_and_malformed_html(docs):
    deep = "<div>" * 20000 + SENTENCE + "</div>" * 20000
    (docs / "deep.html").write_text(f"<html><body>{deep}</body></html>", encoding="utf-8")
    broken = (
        "<html><body><p>Talks <b>stalled<i> again</b></i><p class='x>"
        + SENTENCE
        + "<scr<script>ipt>alert(1)</script><p>More than 1,000 Palestinians have been killed in Gaza since "
        "March, medics said.<div <span>unclosed & stray </td></tr>&bogus;"
    )
    (docs / "broken.html").write_text(broken, encoding="utf-8")
    result = run([docs])
    metrics = sorted((c.document, c.metric) for c in result.claims)
    assert ("deep", "killed.gaza") in metrics and ("broken", "killed.gaza") in metrics
    assert not [f for f in result.findings if f.path]


def test_fuzzer_crash_unknown_marked_section(docs):
    # Found by fuzz/harness.py: html.parser asserted on "<![aza".
    crash = base64.b64decode(
        "IDYrJG8md2lkZXNycGVhZCBkZXN0cnVjdGlvbiBpbiBHYWRpc3CanmNpbmcgbW9zdCBvZiAwKyRvJndpZGVzcHJlYWQg"
        "ZGVzdHJ1Y3Rpb24gaW4gRzwhW2F6YSwgZGlzcGxhY2luZyBtb3N0IG9mIGl0cyAyLjMmJiYmJiYmJiYpJiZkY////5Mm"
        "bS1ubg=="
    )
    (docs / "crash.html").write_bytes(crash)
    (docs / "marked.html").write_text(f"<p>Talks <![CDATA[x]]> <![if !IE]> <![gaza {SENTENCE}</p>", encoding="utf-8")
    result = run([docs])
    assert not [f for f in result.findings if f.path and f.severity == "error"]
    assert good_was_checked(result)


def test_fuzzer_crash_markdown_emphasis_and_escapes(docs):
    # Found by fuzz/harness.py: emphasis and escapes made a span end before it started.
    crash = base64.b64decode(
        "ZDgK//////8NDToNDQ0NDQ0xNS4NDQ0xDW08ITwUFBQUYSBtbSr//20q//9mYEdhemHigJlzIDIqMyBtaWxsaW9u"
        "IHJlc2lkZW50cyBoYXZublx0ZXhSZW0qYW0gbQoKCgoKCgoKCgoKICAgIyMjICAgICAgFBQwbQ=="
    )
    (docs / "crash.md").write_bytes(crash[1:])  # the harness takes the first byte as the choice of format
    (docs / "emphasis.md").write_text(
        "Gaza’s 2*3 million* residents, the UN said, have been \\*displaced*.\n", encoding="utf-8"
    )
    result = run([docs])
    for c in result.claims:
        assert c.span.start <= c.span.end
    assert good_was_checked(result)


def test_markdown_with_a_huge_table(docs):
    rows = "\n".join(f"| {i} | Gaza | The death toll in Gaza rose to {30000 + i:,} |" for i in range(5000))
    (docs / "table.md").write_text(
        "# Daily toll\n\n| day | place | note |\n| --- | --- | --- |\n" + rows + "\n", encoding="utf-8"
    )
    started = time.perf_counter()
    result = run([docs])
    assert time.perf_counter() - started < 60
    assert sum(c.document == "table" for c in result.claims) == 5000
    last = max((c for c in result.claims if c.document == "table"), key=lambda c: c.span.line)
    assert last.span.line == 5004 and last.quote == "death toll in Gaza rose to 34,999"


def test_a_large_file_and_a_2_mb_line(docs):
    block = (Path(__file__).resolve().parent.parent / "seeds" / "001_0eab28a52c102969.txt").read_text("utf-8")
    per_copy = sum(c.document.startswith("001") for c in run([]).claims)
    copies = 6_000_000 // len(block) + 1
    (docs / "big.txt").write_text((block + "\n\n") * copies, encoding="utf-8")
    (docs / "oneline.txt").write_text(
        " ".join([block.replace("\n", " ")] * (2_000_000 // len(block) + 1)), encoding="utf-8"
    )
    result = run([docs])
    assert not [f for f in result.findings if f.path]
    counts = {d: sum(c.document == d for c in result.claims) for d in ("big", "oneline")}
    assert counts["big"] == copies * per_copy
    assert counts["oneline"] >= (2_000_000 // len(block)) * (per_copy - 1)
    assert all(d.text == "" for d in result.documents)  # texts are not kept once their claims are out


def test_a_file_over_the_size_limit_is_not_read(docs):
    """A 200 MB file once took 205 s and 656 MB; over MAX_DOCUMENT_MB it is one I305, told before it is read."""
    with (docs / "dump.txt").open("wb") as f:
        f.truncate(checker.loading.MAX_DOCUMENT_MB * 1024 * 1024 + 1)  # sparse: nothing is written
    started = time.perf_counter()
    result = run([docs])
    assert time.perf_counter() - started < 10
    assert findings(result, "I305") == [
        f"{docs / 'dump.txt'}: too big to read: {checker.loading.MAX_DOCUMENT_MB:,}.0 MB, over the "
        f"{checker.loading.MAX_DOCUMENT_MB} MB a document may have; split it into smaller documents"
    ]
    assert good_was_checked(result)


def test_a_document_past_its_time_budget_is_skipped(docs, monkeypatch):
    """Whatever each pattern does within its limit, a document cannot hold up the run past DOCUMENT_SECONDS."""
    (docs / "slow.txt").write_text(SENTENCE * 5000, encoding="utf-8")  # several chunks
    real = checker.extraction.tag

    def slow_tag(text, start, *args, **kwargs):
        if text.startswith(SENTENCE * 2):
            time.sleep(0.2)
        return real(text, start, *args, **kwargs)

    monkeypatch.setattr(checker.extraction, "tag", slow_tag)
    monkeypatch.setattr(checker.extraction, "DOCUMENT_SECONDS", 0.3)
    result = run([docs])
    assert findings(result, "I305") == [
        f"{docs / 'slow.txt'}: too complex to scan: scanning it took over 0.3 s; its claims are skipped"
    ]
    assert good_was_checked(result)


def test_pathological_text_does_not_hang(docs):
    (docs / "digits.txt").write_text(",".join(str(i % 1000) for i in range(300_000)), encoding="utf-8")
    (docs / "commas.txt").write_text("1," * 500_000, encoding="utf-8")
    sentence = " ".join(["the talks went on and on"] * 20_000) + " while Gaza’s death toll surpassed 40,000."
    (docs / "long.txt").write_text(sentence, encoding="utf-8")
    started = time.perf_counter()
    result = run([docs])
    assert time.perf_counter() - started < 60
    assert any(c.document == "long" and c.metric == "killed.gaza" for c in result.claims)
    assert good_was_checked(result)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak from /proc")
def test_many_dates_in_one_sentence_keep_memory_bounded(tmp_path):
    """Each date mention once copied its whole sentence ('Oct. 7 ' * 150,000, 1 MB, took 9.3 GB); here
    140 KB, which took about 890 MB, must stay within the stated bound (20 times its bytes plus 200 MB)."""
    big = tmp_path / "dates.txt"
    big.write_text("Oct. 7 " * 20_000, encoding="utf-8")
    script = (
        "import sys; from checker.__main__ import main; sys.argv = ['checker', 'extract', sys.argv[1], "
        "'--no-cache', '-q']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"  # the peak of this process alone:
        "print(open('/proc/self/status').read().split('VmHWM:')[1].split()[0], file=sys.stderr)"
    )  # not ru_maxrss
    done = subprocess.run([sys.executable, "-c", script, str(big)], capture_output=True, text=True, timeout=120)
    peak_kb = int(done.stderr.split()[-1])
    assert peak_kb * 1024 < 20 * big.stat().st_size + 200_000_000, peak_kb


def test_skip_patterns_without_a_time_limit_stay_linear():
    """The Markdown link-target skip runs on Python's re, which has no timeout: "](" * 150,000 once took 29 s."""
    from checker.quantities import parse

    started = time.perf_counter()
    assert parse("](" * 150_000) == []
    assert parse("x](" + "a" * 300_000 + " and (" * 50_000) == []
    assert time.perf_counter() - started < 5
    assert [q.text for q in parse("see [the report](https://x.org/a_(b)) and [x](/path/12): 40 dead")] == ["40"]


def test_a_pattern_timeout_becomes_an_input_finding(docs, monkeypatch):
    (docs / "slow.txt").write_text(SENTENCE * 2000, encoding="utf-8")
    monkeypatch.setattr(checker.quantities, "TIMEOUT", 1e-9)
    monkeypatch.setattr(checker.extraction, "TIMEOUT", 1e-9)
    result = run([docs])
    assert len(findings(result, "I305")) == 2  # every document: the limit is absurdly small
    assert all("too complex to scan" in m for m in findings(result, "I305"))


def test_no_network_during_a_run(docs, monkeypatch):
    (docs / "links.html").write_text(
        "<html><head><link rel=stylesheet href='http://example.com/a.css'><base href='http://example.com/'></head>"
        "<body><img src='https://example.com/2024/40000.png'><iframe src='http://example.com/x'></iframe>"
        f"<p><a href='http://example.com/toll'>{SENTENCE}</a></p></body></html>",
        encoding="utf-8",
    )
    (docs / "links.md").write_text(
        f"![chart](https://example.com/chart.png)\n\n[{SENTENCE}](https://example.com)\n", encoding="utf-8"
    )

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    result = run([docs])
    assert {c.document for c in result.claims} == {"good", "links.html", "links.md"}


def test_names_are_sanitised_for_anchors_and_links(tmp_path):
    assert _anchor('x"><script>alert(1)</script>').startswith("x---script-alert-1---script-.")
    assert href(str(tmp_path / "javascript:alert(1).txt"), tmp_path) == "./javascript%3Aalert%281%29.txt"
    assert href(str(tmp_path / "a b#c?.md"), tmp_path) == "./a%20b%23c%3F.md"


def test_reports_are_written_atomically(tmp_path, monkeypatch):
    from checker import cli

    target = tmp_path / "report.md"
    target.write_text("the previous report\n")

    def broken_replace(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.os, "replace", broken_replace)
    with pytest.raises(KeyboardInterrupt):
        cli._write(target, "half a new report")
    assert target.read_text() == "the previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]  # no temporary file left behind


def test_a_planted_link_never_redirects_a_report(tmp_path):
    from checker import cli

    outside = tmp_path / "outside.txt"
    outside.write_text("precious\n")
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / ".report.md.tmp").symlink_to(outside)  # the old fixed temporary name
    (reports / "report.html").symlink_to(outside)  # the target itself a link: replaced, not followed
    cli._write(reports / "report.md", "a report")
    cli._write(reports / "report.html", "<p>a report</p>")
    assert outside.read_text() == "precious\n"
    assert (reports / "report.md").read_text() == "a report"
    assert not (reports / "report.html").is_symlink()
    assert (reports / "report.md").stat().st_mode & 0o777 == 0o666 & ~cli._umask()
    assert sorted(p.name for p in reports.iterdir()) == [".report.md.tmp", "report.html", "report.md"]


def test_ctrl_c_stops_cleanly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(SENTENCE * 150_000, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker", "check", str(big), "--no-reports"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.0)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip() == "checker: interrupted" and "Traceback" not in out + err
    again = subprocess.run([sys.executable, "-m", "checker", "explain", "I305"], capture_output=True, text=True)
    assert again.returncode == 0
