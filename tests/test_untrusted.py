"""An untrusted document set: hostile text and names stay inert in every output, machine output stays valid,
and every failure is one line with a documented exit code (issue 22)."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.writers.wording import message

runner = CliRunner()
HOSTILE = "\x1b[2J\x1b]0;pwned\x07\u202eevil\u2066"
"""A screen clear, an OSC title (passes even when piped), a bidi override and isolate."""
TOLL = "The Health Ministry in Gaza said on Thursday that 40,005 people have been killed in Gaza.\n"
OTHER = "The Health Ministry in Gaza said on Thursday that 31,000 people have been killed in Gaza.\n"


def invoke(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """Two documents that contradict each other, with control and bidi characters in a quote and in a name."""
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text(f"{HOSTILE} {TOLL}", encoding="utf-8")
    (d / f"b\n::error file=x.txt::forged [red]{HOSTILE}.txt").write_text(OTHER, encoding="utf-8")
    return d


def inert(out: str) -> None:
    """No raw control or bidi character but the line breaks between lines, and no forged line."""
    assert not any(ch in out for ch in "\x1b\x07\u202e\u2066"), repr(out)
    assert not any(line.startswith("::error file=x.txt") for line in out.splitlines())


@pytest.mark.parametrize(
    "command",
    [
        ("extract",),
        ("extract", "--all"),
        ("check", "--no-reports"),
        ("check", "--no-reports", "-f", "github"),
        ("dates",),
    ],
)
def test_control_and_bidi_characters_are_shown_escaped(hostile, command):
    dates = [arg for f in sorted(hostile.iterdir()) for arg in ("--date", f"{f}=2024-08-15")]
    r = invoke(*command, str(hostile), *dates)
    assert r.exit_code in (0, 1), r.output
    inert(r.stdout)
    inert(r.stderr)
    if command[0] == "extract":
        assert r"[red]\x1b[2J\x1b]0;pwned\x07\u202eevil\u2066.txt" in r.stdout  # shown escaped, never as markup
    if command[0] == "check":
        assert r"b\n::error file=x.txt::forged" in r.stdout


def test_junit_is_well_formed_with_control_characters(hostile):
    dates = [arg for f in sorted(hostile.iterdir()) for arg in ("--date", f"{f}=2024-08-15")]
    r = invoke("check", str(hostile), "--no-reports", "-f", "junit", *dates)
    assert "<failure" in r.stdout
    ET.fromstring(r.stdout.encode("utf-8"))
    inert(r.stdout)


def test_sarif_uris_are_percent_encoded_and_valid(tmp_path, monkeypatch):
    from urllib.parse import unquote

    import jsonschema

    schema = json.loads((Path(__file__).parent / "data" / "sarif" / "sarif-2.1.0-rtm.5.json").read_text("utf-8"))

    monkeypatch.chdir(tmp_path)
    names = ["my article.txt", "100%.txt", "q?a#b.txt", "a:b [1].txt"]
    for name, text in zip(names, [TOLL, OTHER, TOLL, OTHER], strict=True):
        Path(name).write_text(text, encoding="utf-8")
    dates = [arg for name in names for arg in ("--date", f"{name}=2024-08-15")]
    r = invoke("check", *names, "--no-reports", "-f", "sarif", *dates)
    log = json.loads(r.stdout)
    jsonschema.validate(log, schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for res in log["runs"][0]["results"]
        for loc in res.get("locations", []) + res.get("relatedLocations", [])
    }
    assert len(uris) >= 2 and uris <= {"my%20article.txt", "100%25.txt", "q%3Fa%23b.txt", "a%3Ab%20%5B1%5D.txt"}
    assert {unquote(u) for u in uris} <= set(names)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    absolute = [str(tmp_path / name) for name in names[:2]]
    elsewhere = invoke(
        "check",
        *absolute,
        "--no-reports",
        "-f",
        "sarif",
        *(arg for name in absolute for arg in ("--date", f"{name}=2024-08-15")),
    )
    assert f"{(tmp_path / 'my article.txt').as_uri()}" in elsewhere.stdout  # outside the working directory


def test_csv_cells_that_could_be_formulas_are_neutralised(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("@docs").mkdir()
    Path("@docs/a.txt").write_text(f'=HYPERLINK("https://evil.example","x") {TOLL}', encoding="utf-8")
    r = invoke("extract", "@docs", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and all(not v.startswith(("=", "+", "-", "@")) for row in rows for v in row.values())
    assert rows[0]["path"] == "'@docs/a.txt" and rows[0]["sentence"].startswith("'=HYPERLINK(")
    Path("@docs/b.txt").write_text(OTHER, encoding="utf-8")
    dates = [arg for name in ("a", "b") for arg in ("--date", f"@docs/{name}.txt=2024-08-15")]
    r = invoke("check", "@docs", "-f", "csv", "--no-reports", *dates)  # findings as CSV
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and all(not v.startswith(("=", "+", "-", "@")) for row in rows for v in row.values())


def checker(*args: str, cwd: Path | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "checker", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
        **kwargs,
    )


def one_line_and_2(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert all(w in done.stderr for w in words), done.stderr


def test_a_config_that_is_not_utf8_is_one_line(tmp_path):
    (tmp_path / "claim-checker.toml").write_bytes(b'paths = ["caf\xe9"]\n')
    one_line_and_2(
        checker("check", "--no-reports", "-q", cwd=tmp_path),
        "claim-checker.toml",
        "not UTF-8 text (byte 13); TOML files are UTF-8",  # where the bad byte is
    )


@pytest.mark.parametrize(
    "content,words",
    [
        (b"metric,date,value,source\nkilled.gaza,2024-01-01,5,caf\xe9\n", ("ref.csv", "UTF-8")),
        (b'metric,date,value,source\nkilled.gaza,2024-01-01,5,"' + b"x" * 200_000 + b'"\n', ("ref.csv", "field")),
    ],
)
def test_a_reference_csv_that_cannot_be_read_is_one_line(tmp_path, content, words):
    (tmp_path / "ref.csv").write_bytes(content)
    (tmp_path / "a.txt").write_text(TOLL, encoding="utf-8")
    one_line_and_2(checker("check", "a.txt", "--reference", "ref.csv", "--no-reports", "-q", cwd=tmp_path), *words)


def test_a_full_disk_on_stdout_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(TOLL, encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "checker", "check", "a.txt", "-f", "json", "--no-reports", "-q"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )
    one_line_and_2(done, "standard output", "No space left on device")


def test_a_full_disk_on_a_report_is_one_line(tmp_path, monkeypatch):
    from checker import cli

    (tmp_path / "a.txt").write_text(TOLL, encoding="utf-8")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(cli.os, "fdopen", full)
    r = invoke("check", str(tmp_path / "a.txt"), "--md", str(tmp_path / "r.md"), "--html", str(tmp_path / "r.html"))
    assert r.exit_code == 2 and r.stderr.strip().splitlines()[-1] == (
        f"checker: cannot write {tmp_path / 'r.md'}: No space left on device"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_very_deep_directory_tree_is_walked(tmp_path):
    deep = tmp_path / "top"
    deep.mkdir()
    for _ in range(1000):  # not mkdir(parents=True): it recurses
        deep = deep / "d"
        deep.mkdir()
    (deep / "a.txt").write_text(TOLL, encoding="utf-8")
    (tmp_path / "top" / "documents.toml").write_text("", encoding="utf-8")
    try:
        done = checker("extract", "top", "-q", cwd=tmp_path)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-500:]
        assert "killed.gaza\t40,005" in done.stdout
    finally:
        subprocess.run(["rm", "-rf", str(tmp_path / "top")], check=True)  # shutil.rmtree recurses too


@pytest.fixture
def main(monkeypatch):
    """The entry point, called in this process: its Ctrl-C handler and state are put back afterwards."""
    from checker import __main__

    monkeypatch.setattr(__main__, "_INTERRUPTED", False)
    before = signal.getsignal(signal.SIGINT)
    yield __main__.main
    signal.signal(signal.SIGINT, before)


@pytest.mark.parametrize(
    "error,words",
    [
        (MemoryError(), ("out of memory",)),
        (RuntimeError("a bug"), ("unexpected error: RuntimeError: a bug", "--debug")),
    ],
)
def test_an_unexpected_error_is_one_line_and_exit_2(monkeypatch, capsys, main, error, words):
    from checker import cli

    def broken() -> None:
        raise error

    monkeypatch.setattr(cli, "app", broken)
    with pytest.raises(SystemExit) as stop:
        main()
    err = capsys.readouterr().err
    assert stop.value.code == 2 and len(err.strip().splitlines()) == 1 and all(w in err for w in words), err


def test_debug_shows_the_traceback(tmp_path):
    script = (
        "import sys, checker.api\n"
        "def broken(*args, **kwargs):\n    raise RuntimeError('a bug')\n"
        "checker.api.run = broken\n"
        "from checker.__main__ import main\nsys.argv = ['checker', *sys.argv[1:]]\nmain()\n"
    )
    plain = subprocess.run(
        [sys.executable, "-c", script, "check", "-q"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    one_line_and_2(plain, "unexpected error: RuntimeError: a bug", "--debug")
    debug = subprocess.run(
        [sys.executable, "-c", script, "--debug", "check", "-q"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert debug.returncode == 2 and "Traceback" in debug.stderr and "RuntimeError: a bug" in debug.stderr


def test_check_never_reads_its_own_reports(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(TOLL, encoding="utf-8")
    Path("b.md").write_text(OTHER, encoding="utf-8")
    counts = []
    for _ in range(3):
        r = invoke("check", ".", "-f", "json", "-o", "markdown=notes/extra.md", "--cache-dir", "cache")
        counts.append((len(json.loads(r.stdout)["documents"]), len(json.loads(r.stdout)["claims"])))
    assert Path("reports/report.md").is_file() and Path("reports/report.html").is_file()
    assert counts == [(2, 2)] * 3


def test_two_runs_writing_the_same_reports_never_mix(tmp_path):
    """Each writer has its own temporary file (random name, O_EXCL), renamed over the target: a reader always
    sees one run's whole report, never one run's bytes followed by the other's tail."""
    target = tmp_path / "reports" / "report.md"
    size = 2_000_000
    script = (
        "import sys\nfrom pathlib import Path\nfrom checker.cli import _write\n"
        "for _ in range(30):\n    _write(Path(sys.argv[1]), sys.argv[2] * int(sys.argv[3]))\n"
    )
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(target), letter, str(size)], stderr=subprocess.PIPE, text=True
        )
        for letter in "ab"
    ]
    seen = set()
    while any(w.poll() is None for w in writers):
        if target.exists():
            text = target.read_text()
            seen.add(text[0] if text in ("a" * size, "b" * size) else "mixed")
    assert [w.wait(timeout=120) for w in writers] == [0, 0], [w.stderr.read() for w in writers]
    assert "mixed" not in seen and target.read_text() in ("a" * size, "b" * size)
    assert [p.name for p in target.parent.iterdir()] == ["report.md"]  # no temporary file left


RAISES = """\
from checker.rule import Example, Expect, Metric, Rule

def boom(sentence):
    raise SystemExit(0)

RULE = Rule(code="EXT", name="exits", summary="Exits.", extractor=boom,
            metrics=(Metric("exits.count", "persons", "level", "Nothing."),), patterns=(),
            examples=(Example("x", (Expect("exits.count", "x", 1, 1),)), Example("y")))
"""


@pytest.mark.parametrize("rule,code", [(RAISES, "R502"), ("raise SystemExit(0)\n", "R501")])
def test_a_rule_that_raises_system_exit_is_a_rule_failure(tmp_path, rule, code):
    (tmp_path / "extra").mkdir()  # not rules/: python -m puts the working directory first on sys.path
    (tmp_path / "extra" / "exits.py").write_text(rule, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TOLL, encoding="utf-8")
    done = checker("check", "a.txt", "--rules-dir", "extra", "--no-reports", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert [line for line in done.stderr.splitlines() if code in line and "SystemExit" in line], done.stderr
    assert "1 document, 1 claim" in done.stdout  # the built-in rules still ran


@pytest.mark.parametrize("special", ["/dev/zero", "fifo"])
def test_a_reference_that_is_not_a_regular_file_is_refused(tmp_path, special):
    if special == "fifo":
        os.mkfifo(tmp_path / "fifo")
    (tmp_path / "a.txt").write_text(TOLL, encoding="utf-8")
    done = checker("check", "a.txt", "--reference", special, "--no-reports", "-q", cwd=tmp_path)
    one_line_and_2(done, special, "not a regular file")


def _children(pid: int) -> set[int]:
    try:
        return {int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads the process tree from /proc")
def test_workers_end_when_their_parent_is_killed(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(400):
        (docs / f"d{i:03}.txt").write_text(TOLL * 300, encoding="utf-8")
    parent = subprocess.Popen(
        [sys.executable, "-m", "checker", "extract", str(docs), "--jobs", "2", "--no-cache", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and parent.poll() is None:
        workers = _children(parent.pid)
        time.sleep(0.1)
    assert len(workers) >= 2, "the workers never started"
    time.sleep(1.0)
    parent.send_signal(signal.SIGKILL)
    parent.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [w for w in workers if _alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, "workers outlived their parent"


def test_an_unreadable_subdirectory_and_a_dangling_link_say_what_they_are(tmp_path, monkeypatch):
    import checker.loading
    from checker.pipeline import run

    docs = tmp_path / "docs"
    (docs / "locked").mkdir(parents=True)
    (docs / "a.txt").write_text(TOLL, encoding="utf-8")
    (docs / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    real_scandir = os.scandir

    def scandir(path):
        if os.fspath(path).endswith("locked"):  # as root, permissions do not stop a read: simulate it
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(checker.loading.os, "scandir", scandir)
    result = run([docs])
    messages = {f.path: (f.code, message(f, {})) for f in result.findings if f.code.startswith("I")}
    assert messages[str(docs / "locked")] == (
        "I301",
        f"{docs / 'locked'}: cannot read this directory: permission denied",
    )
    assert messages[str(docs / "gone.txt")] == (
        "I301",
        f"{docs / 'gone.txt'}: a symbolic link to a file that does not exist",
    )


def test_markdown_nested_too_deep_is_read_not_dropped(tmp_path):
    from checker.pipeline import run

    docs = tmp_path / "docs"
    docs.mkdir()
    nested = "".join("  " * i + f"- level {i}\n" for i in range(12)) + "  " * 12 + TOLL
    (docs / "deep.md").write_text(nested, encoding="utf-8")
    quoted = ">" * 30 + " " + TOLL
    (docs / "quoted.md").write_text(quoted, encoding="utf-8")
    result = run([docs])
    assert {c.document for c in result.claims if c.metric == "killed.gaza"} == {"deep", "quoted"}
    told = sorted(message(f, {}) for f in result.findings if f.code == "I309")
    assert told == [
        f"{docs / name}: Markdown nested deeper than its parser reads (20 levels); read as plain text"
        for name in ("deep.md", "quoted.md")
    ]


def test_html_ids_of_documents_never_collide():
    from checker.writers.view import _anchor

    names = ["a b", "a-b", "a.b", "a_b", "a-b.0123456789abcdef", "ab"]
    assert len({_anchor("doc-" + n) for n in names}) == len(names)
    assert _anchor("doc-003_f74e429edb4128ba") == "doc-003_f74e429edb4128ba"  # plain ids stay as they are


def test_a_swallowed_ctrl_c_still_exits_130(monkeypatch, capsys, main):
    """The interrupt's SystemExit can be swallowed by code that catches everything (a finaliser, a library's
    except BaseException); the run must still end as interrupted, not report findings."""
    from checker import cli

    def swallowing_run() -> None:
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(1)
        except BaseException:  # noqa: BLE001 - what the test is about
            pass
        raise SystemExit(1)  # the run went on and found something

    monkeypatch.setattr(cli, "app", swallowing_run)
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == 130 and capsys.readouterr().err.strip() == "checker: interrupted"


def test_nul_bytes_after_the_first_8_kb_are_noticed(tmp_path):
    from checker.pipeline import run

    (tmp_path / "a.txt").write_bytes(b"x" * 10_000 + b"\n" + TOLL.encode() + b"\x00hidden\x00\n")
    result = run([tmp_path / "a.txt"])
    (told,) = [message(f, {}) for f in result.findings if f.code == "I303"]
    assert told == f"{tmp_path / 'a.txt'}: 2 NUL byte(s) replaced, the first at byte {10_001 + len(TOLL.encode())}"
    assert any(c.metric == "killed.gaza" for c in result.claims)


SLOW = """\
from checker.rule import Example, Expect, Metric, Pattern, Rule

RULE = Rule(code="SLW", name="slow", summary="A pattern that backtracks without end.",
            metrics=(Metric("slow.count", "persons", "level", "Nothing."),),
            patterns=(Pattern(r"{count} people have been killed", "slow.count", requires=r"(a|a)+b"),),
            examples=(Example("x", (Expect("slow.count", "x", 1, 1),)), Example("y")))
"""


def test_a_rules_pattern_timeout_is_the_rules_failure(tmp_path):
    """Blamed on the rule (R502, naming the document), not the document (I305); the other rules' claims stay."""
    (tmp_path / "extra").mkdir()
    (tmp_path / "extra" / "slow.py").write_text(SLOW, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TOLL.replace(" in Gaza.", " in Gaza " + "a" * 40 + "."), encoding="utf-8")
    done = checker("extract", "a.txt", "--rules-dir", "extra", "--no-cache", cwd=tmp_path)
    assert done.returncode == 2 and "I305" not in done.stderr, done.stderr
    (failed,) = [line for line in done.stderr.splitlines() if "R502" in line]
    assert "SLW: a pattern ran past its time limit" in failed and "a.txt" in failed, failed
    assert "killed.gaza\t40,005" in done.stdout


def test_an_html_tag_with_two_million_attributes_is_too_complex(tmp_path):
    """The parser's pattern for a tag's end kept state for each attribute: 8 MB took 1.6 GB. Now the tag is
    measured on at most 64 KB first, and the document is an I305 finding; the others are still checked."""
    from checker.pipeline import run

    (tmp_path / "good.txt").write_text(TOLL, encoding="utf-8")
    (tmp_path / "attributes.html").write_text(
        "<html><body><p" + " a=1" * 2_000_000 + ">x</p></body></html>", encoding="utf-8"
    )
    started = time.perf_counter()
    result = run([tmp_path])
    assert time.perf_counter() - started < 30
    (told,) = [message(f, {}) for f in result.findings if f.code == "I305"]
    assert told.startswith(f"{tmp_path / 'attributes.html'}: too complex to read: an HTML tag longer than 65,536")
    assert [c.document for c in result.claims] == ["good"]


def test_a_file_name_that_is_not_utf8_is_checked_under_a_readable_name(tmp_path):
    """A name with a byte that is not UTF-8 (b'\\xff') once broke every output with a UnicodeEncodeError."""
    docs = tmp_path / "docs"
    docs.mkdir()
    odd = docs / os.fsdecode(b"\xff-a.txt")
    odd.write_text(TOLL, encoding="utf-8")
    (docs / "b.txt").write_text(OTHER, encoding="utf-8")
    for fmt in ("text", "json", "sarif", "github", "junit"):
        done = checker(
            "check",
            str(docs),
            "-f",
            fmt,
            "--no-reports",
            "-q",
            "--date",
            f"{docs / 'b.txt'}=2024-08-15",
            "--date",
            f"{odd}=2024-08-15",
            cwd=tmp_path,
        )
        assert done.returncode == 1 and not done.stderr, (fmt, done.stderr)
        assert "\\xff-a" in done.stdout, fmt
    done = checker("check", str(docs), "-q", cwd=tmp_path)
    assert done.returncode == 0 and "\\xff-a" in (tmp_path / "reports" / "report.md").read_text(encoding="utf-8")
