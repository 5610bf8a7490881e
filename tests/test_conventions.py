"""What users of ruff and Vale expect of a linter (issue 21): a cache git never sees, errors for typos,
suppressions and baselines that survive partial runs and file moves, JUnit that agrees with the exit code,
and the usual command-line options."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

from checker import cache
from checker.cli import app

runner = CliRunner()

FEW = "In Gaza, the fighting has led to significant casualties and the displacement of 300,000 people.\n"
MOST = "Israel’s strikes caused widespread destruction in Gaza, displacing most of its 2.3 million residents.\n"
NINETY = "The UN reports that 90% of Gaza’s 2.3 million residents have been displaced, many multiple times.\n"


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.email=a@b", "-c", "user.name=a", *args], cwd=cwd, check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A document repository with one contradiction (003 against 001 and 004, all of one day: an error)."""
    docs = tmp_path / "articles"
    docs.mkdir()
    (docs / "001.txt").write_text(MOST, encoding="utf-8")
    (docs / "003.md").write_text("# Analysis\n\n" + FEW, encoding="utf-8")
    (docs / "004.txt").write_text(NINETY, encoding="utf-8")
    (docs / "documents.toml").write_text(
        "".join(f'["{name}"]\ndate = 2024-01-10\n\n' for name in ("001.txt", "003.md", "004.txt")), encoding="utf-8"
    )
    (tmp_path / "claim-checker.toml").write_text('paths = ["articles"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str):
    return runner.invoke(app, ["check", *args])


# --- item 1: the cache -----------------------------------------------------------------------------------


def test_a_cache_in_the_repository_is_tagged_and_ignored_by_git(project):
    git(project, "init", "-q")
    (project / "claim-checker.toml").write_text('paths = ["articles"]\ncache-dir = ".claim-checker-cache"\n')
    assert check("-q", "--no-reports").exit_code == 1
    store = project / ".claim-checker-cache"
    assert (store / cache.FILE).is_file()
    assert (store / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (store / ".gitignore").read_text().splitlines()[-1] == "*"
    git(project, "add", "-A")
    assert ".claim-checker-cache" not in git(project, "status", "--porcelain")


def test_from_a_subfolder_one_cache_and_the_reports_next_to_the_config(project, monkeypatch):
    monkeypatch.chdir(project / "articles")
    assert check("-q").exit_code == 1
    assert (project / "reports" / "report.md").is_file() and not (project / "articles" / "reports").exists()
    assert (cache.default_directory(project) / cache.FILE).is_file()
    assert not cache.default_directory(project / "articles").exists()
    assert sorted(p.name for p in (project / "articles").iterdir()) == [
        "001.txt",
        "003.md",
        "004.txt",
        "documents.toml",
    ]


# --- item 2: typos are errors naming the file, the line and the nearest valid value ----------------------


@pytest.mark.parametrize(
    "content,message",
    [
        ('ignore = ["X9", "D2O1"]\n', "line 2: ignore 'X9': not a finding code or a prefix of codes (`checker rules`"),
        ('ignore = ["D2O1"]\n', "line 2: ignore 'D2O1': not a finding code or a prefix of codes; did you mean 'D201'?"),
        ('select = ["c1"]\n', "line 2: select 'c1': not a finding code or a prefix of codes; did you mean 'C1'?"),
        ('[severity]\nC1O1 = "info"\n', "line 3: severity 'C1O1': not a finding code; did you mean 'C101'?"),
        ('ignroe = ["C"]\n', "line 2: key 'ignroe': extra inputs are not permitted; allowed keys: cache-dir"),
        (
            '[metrics."displaced.gazza"]\nwindow = 3\n',
            "line 2: [metrics.'displaced.gazza']: no metric has this key (docs/keys.md); "
            "did you mean 'displaced.gaza'?",
        ),
        ('[metrics."kiled.gaza.childern"]\nwindow = 3\n', "did you mean 'killed.gaza.children'?"),
        (
            '\n\n[[suppress]]\nfile = "articles/001.txt"\ncode = "C109"\nreason = "r"\n',
            "line 6: suppress 'C109': not a finding code; did you mean",
        ),
        ('ignore = ["c"]\n', "line 2: ignore 'c': not a finding code or a prefix of codes; did you mean 'C'?"),
        (
            '[metrics."kiled.gaza"]\nwindow = 3\n',
            "line 2: [metrics.'kiled.gaza']: no metric has this key (docs/keys.md); did you mean 'killed.gaza'?",
        ),
        (
            '[metrics."killed.gaza.zzzzzz"]\nwindow = 3\n',
            "line 2: [metrics.'killed.gaza.zzzzzz']: no metric has this key (docs/keys.md); did you mean "
            "'killed.gaza'?",
        ),
        ('[metrics."qqq"]\nwindow = 3\n', "line 2: [metrics.'qqq']: no metric has this key (docs/keys.md)"),
        ('fail-on = "fatal"\n', "line 2: key 'fail-on': input should be 'error', 'warning' or 'info'"),
        (
            '[[suppress]]\nfile = "a.txt"\ncode = "C102"\nreason = "r"\nmetirc = "x"\n',
            "line 6: key 'suppress.0.metirc': extra inputs are not permitted; allowed keys: code, file, metric, "
            "reason; did you mean 'metric'?",
        ),
    ],
)
def test_typos_in_the_configuration_are_errors(project, content, message):
    (project / "claim-checker.toml").write_text('paths = ["articles"]\n' + content)
    r = check("--no-reports", "-q")
    assert r.exit_code == 2
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith(f"checker: {project / 'claim-checker.toml'}: ") and message in line, line
    if "ignroe" in content:
        assert line.endswith("did you mean 'ignore'?")
    if any(w in content for w in ("fatal", "metirc", '"c"', 'kiled.gaza"', "zzz", "qqq")):  # the whole line
        assert line == f"checker: {project / 'claim-checker.toml'}: {message}"


def test_a_metric_a_rule_declares_takes_settings_whatever_its_key(project):
    """A key outside the key grammar (docs/keys.md) is no typo when a rule declares it."""
    rules = Path(__file__).resolve().parent.parent / "examples" / "earthquake" / "rules"
    (project / "claim-checker.toml").write_text(
        f'paths = ["articles"]\nrules-dirs = ["{rules.as_posix()}"]\n[metrics."quake.magnitude"]\ntolerance = 0.1\n'
    )
    r = check("--no-reports", "-q")
    assert r.exit_code == 1 and "C102" in r.stdout, r.output
    (project / "claim-checker.toml").write_text('paths = ["articles"]\n[metrics."quake.magnitude"]\ntolerance = 0.1\n')
    assert "no metric has this key" in check("--no-reports", "-q").stderr  # not without the rule


def test_a_grammatical_metric_key_is_accepted(project):
    (project / "claim-checker.toml").write_text(
        'paths = ["articles"]\n[metrics."killed.gaza.children"]\nwindow = 3\n'
        '[metrics."hostages.held_alive"]\ntolerance = 0.1\n'
    )
    assert check("--no-reports", "-q").exit_code == 1


def test_a_misspelt_inline_suppression_is_an_error_with_its_line(project):
    (project / "articles" / "003.md").write_text("# Analysis\n\n<!-- claim-checker: ignore c102 -->\n\n" + FEW)
    r = check("--no-reports", "-q")
    assert r.exit_code == 1 and "C102 [error]" in r.stdout
    assert (
        "articles/003.md: S602 [error] bad-suppression: articles/003.md: line 3: <!-- claim-checker: ignore "
        "c102 -->: 'c102' is not a finding code; did you mean 'C102'?"
    ) in r.stdout
    (project / "articles" / "003.md").write_text(
        "# Analysis\n\n<!-- claim-checker: ignore C102 displaced.gaza: "
        "an analysis that uses the old figure on purpose -->\n\n" + FEW
    )
    r = check("--no-reports", "-q")
    assert r.exit_code == 0 and "1 suppressed" in r.stdout


# --- item 3: checking one file reports only its own suppressions ------------------------------------------


def test_checking_one_file_does_not_report_other_files_suppressions(project):
    (project / "articles" / "003.md").write_text("# Analysis\n\n<!-- claim-checker: ignore C102 -->\n\n" + FEW)
    (project / "claim-checker.toml").write_text(
        'paths = ["articles"]\nfail-on = "warning"\n[[suppress]]\nfile = "articles/004.txt"\ncode = "C102"\n'
        'reason = "004 is being corrected."\n[[suppress]]\nfile = "articles/gone.txt"\ncode = "C101"\nreason = "r"\n'
    )
    r = check("--no-reports", "-q", "articles/001.txt")
    (unused,) = [line for line in r.stdout.splitlines() if "S601" in line]  # a missing file's is still reported
    assert "config suppress articles/gone.txt: the suppression of C101 matches no finding" in unused
    (project / "claim-checker.toml").write_text(
        'paths = ["articles"]\nfail-on = "warning"\n[[suppress]]\nfile = "articles/004.txt"\ncode = "C102"\n'
        'reason = "004 is being corrected."\n'
    )
    r = check("--no-reports", "-q", "articles/001.txt")
    assert r.exit_code == 0 and "0 findings" in r.stdout
    r = check("--no-reports", "-q")  # the whole set: the inline suppression is used, the sidecar one is not
    assert "config suppress articles/004.txt: the suppression of C102 matches no finding" in r.stdout
    assert "003.md:3" not in r.stdout


def test_entries_name_files_from_the_configurations_folder_and_only_checked_ones_are_unused(project, monkeypatch):
    """[[suppress]] and [[reject]] paths are relative to the configuration's folder, wherever the check runs from;
    checking one file leaves the entries for the other files that exist alone."""
    head = 'paths = ["articles"]\nfail-on = "warning"\n'
    suppress = '[[suppress]]\nfile = "articles/004.txt"\ncode = "C102"\nreason = "004 is being corrected."\n'
    reject = '[[reject]]\nfile = "articles/003.md"\nquote = "300,000"\nreason = "homes, not people"\n'
    monkeypatch.chdir(project / "articles")
    for entry, said in ((suppress, "1 suppressed"), (reject, "1 claim rejected")):
        (project / "claim-checker.toml").write_text(head + entry)
        r = check("--no-reports", "-q")
        assert r.exit_code == 0 and said in r.stdout and "S601" not in r.stdout, r.stdout
        r = check("--no-reports", "-q", "001.txt")
        assert r.exit_code == 0 and "0 findings" in r.stdout and said not in r.stdout, r.stdout


# --- item 4: JUnit agrees with the exit code -----------------------------------------------------------------


def test_junit_failures_are_the_findings_at_or_above_the_fail_level(project):
    import xml.etree.ElementTree as ET

    (project / "claim-checker.toml").write_text('paths = ["articles"]\n[severity]\nC102 = "info"\n')
    r = check("--no-reports", "-q", "--format", "junit")
    suite = ET.fromstring(r.stdout)
    assert r.exit_code == 0 and suite.get("failures") == "0" and not list(suite.iter("failure"))
    case = next(c for c in suite.iter("testcase") if c.get("name") == "articles/003.md")
    note = case.find("system-out").text
    assert note.startswith("below the fail level (error), not failures:\nC102 concurrent-contradiction [info] ")
    r = check("--no-reports", "-q", "--format", "junit", "--fail-on", "info")
    suite = ET.fromstring(r.stdout)
    assert r.exit_code == 1 and suite.get("failures") == "1"
    assert [f.get("type") for f in suite.iter("failure")] == ["C102"] and not list(suite.iter("system-out"))


# --- item 5: baselines survive file moves and unrelated documents --------------------------------------------

TOLL = (
    "---\ndate: {day}\n---\n\nGAZA CITY — The Health Ministry in Gaza said the death toll in Gaza had risen to "
    "{toll} people since the war began.\n"
)


def test_a_baseline_survives_moving_every_document_and_adding_an_unrelated_one(project):
    docs = project / "articles"
    for day, toll in (("2024-01-05", "22,600"), ("2024-02-05", "27,400"), ("2024-03-05", "30,600")):
        (docs / f"toll-{day}.md").write_text(TOLL.format(day=day, toll=toll))
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "documents")
    assert runner.invoke(app, ["baseline", "-o", "base.json"]).exit_code == 0
    r = check("--no-reports", "-q", "--baseline", "base.json")
    assert "0 new, 2 known in the baseline, 0 fixed" in r.stdout, r.stdout  # C102 and D201
    (docs / "moved").mkdir()
    manifest = (docs / "documents.toml").read_text()
    for f in sorted(docs.glob("*.*")):
        if f.name != "documents.toml":
            git(project, "mv", str(f.relative_to(project)), f"articles/moved/renamed-{f.name}")
            manifest = manifest.replace(f'["{f.name}"]', f'["moved/renamed-{f.name}"]')
    (docs / "documents.toml").write_text(manifest)
    (docs / "weather.md").write_text(
        "---\ndate: 2024-02-20\n---\n\nGAZA CITY — Rain flooded 1,200 tents in Gaza on "
        "Tuesday, and aid agencies said 400 trucks were waiting at the crossing.\n"
    )
    (docs / "toll-agree.md").write_text(TOLL.format(day="2024-02-06", toll="27,500"))
    r = check("--no-reports", "-q", "--baseline", "base.json")
    assert "0 new, 2 known in the baseline, 0 fixed since it was written" in r.stdout, r.stdout


# --- item 6: the reports say what was filtered -------------------------------------------------------------


def test_the_reports_show_suppressed_and_baselined_counts(project):
    (project / "articles" / "003.md").write_text("# Analysis\n\n<!-- claim-checker: ignore C102 -->\n\n" + FEW)
    (project / "articles" / "005.txt").write_text(
        "Hostages remain: 130 hostages are still held, and 140 hostages are believed to be alive.\n"
    )
    assert runner.invoke(app, ["baseline", "-o", "base.json"]).exit_code == 0
    r = check("-q", "--baseline", "base.json", "--md", "r.md", "--html", "r.html")
    note = "1 suppressed; 0 new, 1 known in the baseline, 0 fixed since it was written"
    assert r.exit_code == 0 and note in r.stdout
    assert f"\nNot shown: {note}.\n" in (project / "r.md").read_text()
    assert f'<p class="meta filtered">Not shown: {note}.</p>' in (project / "r.html").read_text()
    check("-q", "--md", "plain.md")
    assert "\n\nNot shown: 1 suppressed.\n\n" in (project / "plain.md").read_text()
    (project / "articles" / "003.md").write_text("# Analysis\n\n" + FEW)
    check("-q", "--md", "plain.md")
    assert "Not shown" not in (project / "plain.md").read_text()


# --- item 8: what users of linters expect ----------------------------------------------------------------------

COMMANDS = (
    "check",
    "baseline",
    "config",
    "schema",
    "extract",
    "dates",
    "parse",
    "rules",
    "new-rule",
    "test-rule",
    "explain",
)


def test_version_completion_and_help_without_python_types():
    from checker import __version__
    from checker.prefilter import engine

    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and r.stdout == f"claim-checker {__version__} ({engine()})\n"
    top = runner.invoke(app, ["--help"], env={"COLUMNS": "200"}).stdout
    assert "--install-completion" in top and "--show-completion" in top
    for name in COMMANDS:
        help_text = runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"}).stdout
        assert not regex.search(r"<(?:list|str|bool|path|int|Path|float)", help_text), (name, help_text)
        assert "--quiet" in help_text and "-q" in help_text, name
    check_help = runner.invoke(app, ["check", "--help"], env={"COLUMNS": "200"}).stdout
    assert "[PATH]..." in check_help and "error|warning|info" in check_help


def test_quiet_on_every_command(project):
    for args in (
        ["baseline", "-q"],
        ["new-rule", "aid-workers", "-q"],
        ["dates", "-q"],
        ["extract", "-q"],
        ["check", "-q", "--no-reports"],
    ):
        r = runner.invoke(app, args)
        assert r.exit_code in (0, 1) and r.stderr == "", (args, r.stderr)
        if args[0] in ("baseline", "new-rule"):
            assert r.stdout == "", args
    assert runner.invoke(app, ["test-rule", "checker_rules/aid_workers.py", "-q"]).stdout == ""


def test_select_extend_select_and_ignore_on_the_command_line(project):
    (project / "claim-checker.toml").write_text('paths = ["articles"]\nselect = ["D"]\n')
    assert check("-q", "--no-reports").exit_code == 0
    r = check("-q", "--no-reports", "--select", "C1,T")
    assert r.exit_code == 1 and "C102 [error]" in r.stdout
    assert check("-q", "--no-reports", "--extend-select", "C102").exit_code == 1
    assert check("-q", "--no-reports", "--select", "C", "--ignore", "C102").exit_code == 0
    r = check("-q", "--no-reports", "--ignore", "C1O2")
    assert (
        r.exit_code == 2
        and r.stderr == "checker: --ignore 'C1O2': not a finding code or a prefix of codes; did you mean 'C102'?\n"
    )


def test_findings_as_csv_and_json_lines(project):
    import csv
    import io
    import json

    rows = list(csv.DictReader(io.StringIO(check("-q", "--no-reports", "--format", "csv").stdout)))
    assert [(r["path"], r["line"], r["code"], r["severity"]) for r in rows] == [
        ("articles/003.md", "3", "C102", "error")
    ]
    (line,) = check("-q", "--no-reports", "--format", "jsonl").stdout.splitlines()
    finding = json.loads(line)
    assert (finding["path"], finding["column"], finding["code"]) == ("articles/003.md", 65, "C102")
    assert finding["fingerprint"] == rows[0]["fingerprint"] and len(finding["claims"]) == 3
    assert check("-q", "--no-reports", "--output", "csv=out/f.csv").exit_code == 1
    assert (project / "out" / "f.csv").read_text().startswith("path,line,column,code,")


def test_config_prints_toml_that_can_be_pasted_back(project, tmp_path_factory):
    import tomllib

    from checker.config import Config

    text = (
        'paths = ["articles"]\nfail-on = "warning"\n[severity]\nC102 = "info"\n[metrics."displaced.gaza"]\n'
        'window = 3\n[[suppress]]\nfile = "articles/001.txt"\ncode = "C102"\nreason = "a \\"quoted\\" reason"\n'
    )
    (project / "claim-checker.toml").write_text(text)
    shown = runner.invoke(app, ["config"]).stdout
    assert f'fail-on = "warning"  # {project / "claim-checker.toml"}' in shown and "default-reference = true" in shown
    assert Config.model_validate(tomllib.loads(shown)) == Config.model_validate(tomllib.loads(text))


def test_config_prints_every_key_with_its_source(project):
    """The whole output, line by line: each key set in the file names the file, the rest say default; a key not
    set is a comment; lists, booleans, tables, tables of tables and arrays of tables as TOML writes them."""
    text = (
        'paths = ["articles", "more"]\ndefault-reference = false\n[metrics."displaced.gaza"]\nwindow = 3\n'
        '[metrics."killed.gaza"]\ntolerance = 0.1\n'
        '[[reject]]\nfile = "a.txt"\nquote = "40 dead"\nreason = "not a toll"\n'
    )
    (project / "claim-checker.toml").write_text(text)
    file = project / "claim-checker.toml"
    assert runner.invoke(app, ["config"]).stdout.splitlines() == [
        f"# configuration file: {file}",
        f'paths = ["articles", "more"]  # {file}',
        "exclude = []  # default",
        "select = []  # default",
        "ignore = []  # default",
        'fail-on = "error"  # default',
        "references = []  # default",
        f"default-reference = false  # {file}",
        "rules-dirs = []  # default",
        "disable-rules = []  # default",
        "# cache-dir = (not set)  # default",
        'engine = "local"  # default',
        "# scheduler = (not set)  # default",
        "suppress = []  # default",
        "",
        "[severity]  # default",
        "",
        f"[metrics]  # {file}",
        "",
        '[metrics."displaced.gaza"]',
        "window = 3",
        "",
        '[metrics."killed.gaza"]',
        "tolerance = 0.1",
        "",
        "[reports]  # default",
        'markdown = "reports/report.md"',
        'html = "reports/report.html"',
        "",
        f"[[reject]]  # {file}",
        'file = "a.txt"',
        'quote = "40 dead"',
        'reason = "not a toll"',
    ]


def test_a_dash_reads_the_document_from_standard_input(project):
    r = runner.invoke(
        app,
        ["check", "-q", "--no-reports", "articles", "-", "--stdin-filename", "draft.md"],
        input="---\ndate: 2024-01-10\n---\n# Draft\n\n" + FEW,
    )
    assert r.exit_code == 1 and "draft says “displacement of 300,000 people” (300,000, 2024-01-10)" in r.stdout
    r = runner.invoke(app, ["extract", "-q", "-", "--stdin-filename", "draft.md"], input="# Draft\n\n" + FEW)
    assert r.stdout.startswith("draft.md:3:65\t")
    r = runner.invoke(app, ["extract", "-q", "-"], input=FEW)
    assert r.stdout.startswith("stdin.txt:1:") and "displaced.gaza" in r.stdout
    assert not list(project.glob("*stdin*"))


# --- items 8 and 9: colour with rich, and NO_COLOR ------------------------------------------------------------


def test_colour_on_a_terminal_and_never_with_no_color(project):
    (project / "articles" / "003.md").unlink()
    (project / "articles" / "[red]x.md").write_text("---\ndate: 2024-01-10\n---\n# [bold]Analysis\n\n" + FEW)
    plain = check("-q", "--no-reports").stdout
    assert "\x1b[" not in plain  # not a terminal
    coloured = runner.invoke(app, ["check", "-q", "--no-reports"], env={"FORCE_COLOR": "1", "NO_COLOR": None}).stdout
    assert "\x1b[1;31mC102 [error]\x1b[0m" in coloured and "[red]x says" in coloured  # text is no markup
    assert regex.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain
    no_colour = runner.invoke(app, ["check", "-q", "--no-reports"], env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert no_colour.stdout == plain


def test_rich_is_a_declared_dependency():
    import tomllib

    pyproject = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())
    assert any(d.split(">")[0] == "rich" for d in pyproject["project"]["dependencies"])


def test_extract_shows_each_claims_scope_and_time(project):
    (project / "articles" / "live.md").write_text(
        "---\ndate: 2024-01-10\n---\nStrikes killed 57 people in Gaza in the past 24 hours, the Health Ministry said.\n"
    )
    table = runner.invoke(app, ["extract", "-q", "articles/live.md", "articles/004.txt"]).stdout
    assert "articles/live.md:4:9\tkilled.gaza.24h\t57\twindow 24h\t2024-01-10\tkilled 57 people" in table, table
    assert "\t-\t2024-01-10\t90% of Gaza’s 2.3 million residents have been displaced" in table


def test_watch_checks_again_when_a_document_changes(project, monkeypatch):
    import time
    import types

    from checker import cli

    looks = []

    def sleep(seconds):
        looks.append(seconds)
        if len(looks) == 2:  # the first look finds nothing changed; before the second, a document is fixed
            (project / "articles" / "003.md").write_text("# Analysis\n\nTalks went on.\n")
        if len(looks) == 4:
            raise KeyboardInterrupt

    monkeypatch.setattr(cli, "time", types.SimpleNamespace(sleep=sleep, perf_counter=time.perf_counter))
    r = check("--no-reports", "--watch")
    assert r.stdout.count("C102 [error]") == 1 and r.stdout.count("0 findings") == 1 and r.exit_code == 0
    assert "checker: 1 file changed; checking again" in r.stderr and r.stderr.count("checking again") == 1


# --- done when: the walk-through in docs/ci.md runs verbatim ---------------------------------------------------


def test_ci_walk_through_verbatim(tmp_path):
    """Every block of docs/ci.md's walk-through, in order: files written, commands run (`# exits N` gives the
    exit code expected, else 0), and each output block equal to the stdout of the command before it."""
    import os
    import shlex
    import sys

    text = (Path(__file__).resolve().parent.parent / "docs" / "ci.md").read_text(encoding="utf-8")
    text = text[text.index("## Walk-through") :]
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Desk",
        "GIT_AUTHOR_EMAIL": "desk@example.org",
        "GIT_COMMITTER_NAME": "Desk",
        "GIT_COMMITTER_EMAIL": "desk@example.org",
        "NO_COLOR": "1",
    }
    last_output, ran = None, 0
    for lang, file, body in regex.findall(r"```(\w+)(?: file=(\S+))?\n(.*?)```", text, regex.S):
        if file:
            (tmp_path / file).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / file).write_text(body, encoding="utf-8")
        elif lang == "sh":
            for line in body.strip().splitlines():
                command, _, comment = line.partition("  #")
                tool, *args = shlex.split(command)
                cmd = [sys.executable, "-m", "checker", *args] if tool == "checker" else [tool, *args]
                done = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, env=env, check=False)
                expected = int(comment.split("exits")[1]) if "exits" in comment else 0
                assert done.returncode == expected, (line, done.stdout, done.stderr)
                last_output, ran = done.stdout, ran + 1
        elif lang == "text" and last_output is not None:
            assert last_output == body, f"the walk-through's output differs:\n{last_output}"
            last_output = None
    assert ran == 21


def test_extract_on_a_terminal_is_a_rich_table(project):
    (project / "articles" / "[red]x.md").write_text("In Gaza [bold], 300,000 people were displaced.\n")
    table = runner.invoke(
        app, ["extract", "-q", "articles"], env={"FORCE_COLOR": "1", "NO_COLOR": None, "COLUMNS": "250"}
    ).stdout
    assert "\x1b[1mwhere" in table and "articles/[red]x.md:1:" in table and "as of" in table
    plain = runner.invoke(app, ["extract", "-q", "articles"], env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout
    assert "\x1b[" not in plain and plain.splitlines()[0].count("\t") == 5
