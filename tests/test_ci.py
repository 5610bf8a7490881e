"""CI-grade checking: configuration, policy (select, ignore, severities, suppressions), baselines, and the
SARIF, GitHub, JUnit, JSON and CSV outputs."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import regex
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).resolve().parent.parent
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
runner = CliRunner()

FEW = "In Gaza, the fighting has led to significant casualties and the displacement of 300,000 people.\n"
MOST = "Israel’s strikes caused widespread destruction in Gaza, displacing most of its 2.3 million residents.\n"
NINETY = "The UN reports that 90% of Gaza’s 2.3 million residents have been displaced, many multiple times.\n"


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A document set with one contradiction (003 against 001 and 004, all of one day, so an error), checked from
    its own directory."""
    docs = tmp_path / "articles"
    docs.mkdir()
    (docs / "001.txt").write_text(MOST, encoding="utf-8")
    (docs / "003.md").write_text("# Analysis\n\n" + FEW, encoding="utf-8")
    (docs / "004.txt").write_text(NINETY, encoding="utf-8")
    (docs / "documents.toml").write_text(
        "".join(f'["{name}"]\ndate = 2024-01-10\n\n' for name in ("001.txt", "003.md", "004.txt", "ünï.md")),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str):
    return runner.invoke(app, ["check", *args])


# --- configuration ------------------------------------------------------------------------------


def test_config_is_found_walking_up_and_used(project):
    (project / "claim-checker.toml").write_text(
        'paths = ["articles"]\nfail-on = "warning"\n[reports]\nmarkdown = "out/r.md"\nhtml = ""\n'
    )
    sub = project / "articles"
    r = runner.invoke(app, ["config"])
    assert f"# configuration file: {project / 'claim-checker.toml'}" in r.stdout
    assert f'fail-on = "warning"  # {project / "claim-checker.toml"}' in r.stdout
    assert "select = []  # default" in r.stdout
    import os

    os.chdir(sub)  # found from below, paths relative to the file
    r = check()
    assert r.exit_code == 1 and "3 documents" in r.stdout
    assert (project / "out" / "r.md").exists() and not (project / "reports").exists()


def test_pyproject_table(project):
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.claim-checker]\npaths = ["articles"]\nignore = ["C102"]\n'
    )
    r = check("--no-reports")
    assert r.exit_code == 0 and "0 findings" in r.stdout


@pytest.mark.parametrize(
    "content,message",
    [
        (
            'fail_on = "error"\n',
            "key 'fail_on': extra inputs are not permitted; allowed keys: cache-dir, default-reference, "
            "disable-rules, engine, exclude",
        ),
        ('fail-on = "sometimes"\n', "key 'fail-on': input should be 'error', 'warning' or 'info'"),
        (
            '[metrics."displaced.gaza"]\ntolerance = 2\n',
            "key 'metrics.displaced.gaza.tolerance': input should be less than or equal to 1",
        ),
        ('[metrics."displaced.gaza"]\nwindows = 3\n', "allowed keys: tolerance, window"),
        ('[[suppress]]\nfile = "a.txt"\ncode = "C102"\n', "key 'suppress.0.reason': field required"),
        ('[[reject]]\nfile = "a.txt"\nreason = "wrong"\n', "key 'reject.0': value error, give either quote or claim"),
        (
            '[[suppress]]\nfile = "a.txt"\ncode = "C102"\nreason = "known"\nwhy = "x"\n',
            "key 'suppress.0.why': extra inputs are not permitted; allowed keys: code, file, metric, reason",
        ),
        ("paths = [\n", "not valid TOML"),
    ],
)
def test_each_config_error_is_one_line(project, content, message):
    (project / "claim-checker.toml").write_text(content)
    r = check("articles", "--no-reports")
    assert r.exit_code == 2
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith(f"checker: {project / 'claim-checker.toml'}: ") and message in line, line


def test_explicit_config_file(project):
    (project / "strict.toml").write_text('severity = {C102 = "warning"}\n')
    r = check("articles", "--no-reports", "--config", "strict.toml")
    assert r.exit_code == 0 and "C102 [warning]" in r.stdout


def test_exclude_select_ignore(project):
    (project / "claim-checker.toml").write_text('exclude = ["articles/003.*"]\n')
    assert "2 documents, 4 claims, 0 findings" in check("articles", "--no-reports").stdout
    import os

    os.chdir(project / "articles")  # exclude patterns are relative to the configuration file
    assert "2 documents, 4 claims, 0 findings" in check(".", "--no-reports").stdout
    os.chdir(project)
    (project / "claim-checker.toml").write_text('select = ["D"]\n')
    assert check("articles", "--no-reports").exit_code == 0
    (project / "claim-checker.toml").write_text('select = ["C1"]\nignore = ["C101"]\n')
    assert "C102 [error]" in check("articles", "--no-reports").stdout
    (project / "claim-checker.toml").write_text('ignore = ["C1"]\n')
    assert "0 findings" in check("articles", "--no-reports").stdout


def test_metric_settings_change_the_comparison(project):
    """[metrics."KEY"]: ``tolerance`` is how far "about" may stray, ``window`` the days within which claims are of
    one time (two figures six weeks apart are drift by default, a contradiction within a 60-day window)."""
    docs = project / "about"
    docs.mkdir()
    about = "The fighting has displaced about {} people in Gaza, the UN said on Wednesday.\n"
    (docs / "a.txt").write_text(about.format("1,700,000"), encoding="utf-8")
    (docs / "b.txt").write_text(about.format("1,950,000"), encoding="utf-8")
    manifest = '["a.txt"]\ndate = 2024-01-10\n\n["b.txt"]\ndate = {}\n'
    (docs / "documents.toml").write_text(manifest.format("2024-01-10"), encoding="utf-8")
    config = project / "claim-checker.toml"
    assert "C102 [error]" in check("about", "--no-reports").stdout
    config.write_text('[metrics."displaced.gaza"]\ntolerance = 0.1\n')
    assert "0 findings" in check("about", "--no-reports").stdout
    (docs / "documents.toml").write_text(manifest.format("2024-02-20"), encoding="utf-8")
    config.write_text("")
    r = check("about", "--no-reports")
    assert "D201 [info] drift" in r.stdout and "C102" not in r.stdout
    config.write_text('[metrics."displaced.gaza"]\nwindow = 60\n')
    assert "C102 [error]" in check("about", "--no-reports").stdout


def test_reference_and_rule_settings(project):
    """references adds series (relative to the configuration file), default-reference = false drops the bundled
    one, rules-dirs adds rule directories: each changes what is found."""
    (project / "refs").mkdir()
    (project / "refs" / "a.md").write_text(
        "---\ndate: 2024-08-15\n---\nThe death toll in Gaza has risen to 45,000, the ministry said.\n"
    )
    (project / "conf").mkdir()
    (project / "conf" / "ref.csv").write_text("metric,date,value,source\nkilled.gaza,2024-08-01,30000,Test series\n")
    config = project / "claim-checker.toml"
    assert "had 40,005 on 2024-08-15" in check("refs", "--no-reports").stdout  # the bundled series
    config.write_text("default-reference = false\n")
    assert "0 findings" in check("refs", "--no-reports").stdout
    config.write_text('default-reference = false\nreferences = ["conf/ref.csv"]\n')
    assert "but Test series had 30,000 on 2024-08-01" in check("refs", "--no-reports").stdout
    config.write_text('rules-dirs = ["conf/rules"]\n')
    r = check("refs", "--no-reports")
    assert r.exit_code == 2 and f"{project / 'conf' / 'rules'}: rules directory not found" in r.stderr


# --- suppressions and baselines --------------------------------------------------------------------


def test_inline_and_sidecar_suppressions(project):
    (project / "articles" / "003.md").write_text(
        "# Analysis\n\n<!-- claim-checker: ignore C102 displaced.gaza -->\n\n" + FEW, encoding="utf-8"
    )
    r = check("articles", "--no-reports")
    assert r.exit_code == 0 and "0 findings" in r.stdout and "1 suppressed" in r.stdout
    (project / "articles" / "003.md").write_text("# Analysis\n\n" + FEW, encoding="utf-8")
    (project / "claim-checker.toml").write_text(
        '[[suppress]]\nfile = "articles/001.txt"\ncode = "C102"\nreason = "We know; 003 is being corrected."\n'
    )
    r = check("articles", "--no-reports")
    assert r.exit_code == 0 and "1 suppressed" in r.stdout


def test_unused_suppression_is_reported(project):
    (project / "articles" / "003.md").write_text(
        "# Analysis\n\n<!-- claim-checker: ignore C101 -->\n" + FEW, encoding="utf-8"
    )
    r = check("articles", "--no-reports", "--fail-on", "warning")
    assert r.exit_code == 1
    assert (
        "S601 [warning] unused-suppression: articles/003.md:3: the suppression of C101 matches no finding" in r.stdout
    )


def test_a_rejected_claim_leaves_the_comparison(project):
    """Issue 21, item 11: a claim marked as wrong (a reject comment in the document, or [[reject]] in the
    configuration by quote or claim id, each with a reason) is taken out before comparison, so the
    contradiction it made is gone; the count of rejected claims is shown; a rejection that matches nothing is
    reported as unused (S601), a malformed one as S602."""
    assert "C102 [error]" in check("articles", "--no-reports").stdout
    (project / "articles" / "003.md").write_text(
        '# Analysis\n\n<!-- claim-checker: reject "displacement of 300,000": a count of homes, not people -->\n' + FEW,
        encoding="utf-8",
    )
    r = check("articles", "--no-reports")
    assert r.exit_code == 0 and "C102" not in r.stdout and "1 claim rejected" in r.stdout, r.output
    html = check("articles", "--html", "r.html", "--md", "r.md")
    assert (
        "1 claim rejected" in (project / "r.md").read_text() and "1 claim rejected" in (project / "r.html").read_text()
    )
    (project / "articles" / "003.md").write_text("# Analysis\n\n" + FEW, encoding="utf-8")
    claim = next(
        c["id"]
        for c in json.loads(runner.invoke(app, ["extract", "articles", "--format", "json"]).stdout)["claims"]
        if c["document"] == "003" and c["metric"] == "displaced.gaza"
    )
    (project / "claim-checker.toml").write_text(
        f'[[reject]]\nfile = "articles/003.md"\nclaim = "{claim}"\nreason = "homes, not people"\n\n'
        '[[reject]]\nfile = "articles/001.txt"\nquote = "no such words"\nreason = "stale"\n',
        encoding="utf-8",
    )
    r = check("articles", "--no-reports", "--fail-on", "warning")
    assert "C102" not in r.stdout and "1 claim rejected" in r.stdout, r.output
    assert (
        "S601 [warning] unused-suppression: config reject articles/001.txt: the rejection of “no such words” "
        "matches no claim; remove it"
        in r.stdout
        and r.exit_code == 1
    )
    (project / "claim-checker.toml").write_text('[[reject]]\nfile = "articles/003.md"\nquote = "300,000"\n')
    r = check("articles", "--no-reports")
    assert r.exit_code == 2 and "Traceback" not in r.output and "reason" in r.stderr, r.output
    (project / "claim-checker.toml").unlink()
    (project / "articles" / "003.md").write_text("<!-- claim-checker: reject 300,000 -->\n" + FEW, encoding="utf-8")
    assert 'expected <!-- claim-checker: reject "QUOTE": REASON -->' in check("articles", "--no-reports").output
    assert html.exit_code == 0


def test_baseline_round_trip(project):
    r = runner.invoke(app, ["baseline", "articles", "-o", "base.json"])
    assert r.exit_code == 0 and "1 finding" in r.stdout
    data = json.loads((project / "base.json").read_text())
    assert data["claim-checker-baseline"] == 1 and len(data["findings"]) == 1
    r = check("articles", "--no-reports", "--baseline", "base.json")
    assert r.exit_code == 0
    assert "0 new, 1 known in the baseline, 0 fixed since it was written" in r.stdout
    (project / "articles" / "005.txt").write_text(
        "The UN says about 1.9 million Gazans, roughly 90 percent of the "
        "population, have been displaced. Hostages remain: 130 hostages are "
        "still held, and 140 hostages are believed to be alive.\n"
    )
    r = check("articles", "--no-reports", "--baseline", "base.json")
    assert r.exit_code == 1
    assert "1 new, 1 known in the baseline, 0 fixed since it was written" in r.stdout
    assert "C104 [error] invariant-violation" in r.stdout
    (project / "articles" / "003.md").unlink()
    (project / "articles" / "005.txt").unlink()
    r = check("articles", "--no-reports", "--baseline", "base.json")
    assert r.exit_code == 0 and "0 new, 0 known in the baseline, 1 fixed" in r.stdout


def test_baseline_migrate_carries_an_old_scheme_over(project):
    """Issue 21, item 11: a baseline records its fingerprint scheme; one of another scheme is refused with the
    command that carries it over, and `baseline --migrate` rewrites each entry's fingerprint to the current
    finding it corresponds to, saying how many were carried over and how many could not be."""
    assert runner.invoke(app, ["baseline", "articles", "-o", "base.json"]).exit_code == 0
    data = json.loads((project / "base.json").read_text())
    assert data["fingerprint-scheme"] == 3
    (entry,) = data["findings"]
    old = {
        "claim-checker-baseline": 1,
        "findings": [  # scheme 1 (no scheme key): other fingerprints, other keys
            {**entry, "fingerprint": "0" * 64, "metric": "displaced.gaza.old"},
            {"fingerprint": "1" * 64, "code": "C101", "metric": "killed.gaza", "message": "gone: a says “40,000”"},
        ],
    }
    (project / "old.json").write_text(json.dumps(old))
    r = check("articles", "--no-reports", "--baseline", "old.json")
    assert (
        r.exit_code == 2
        and "old.json: its fingerprints are of scheme 1, this version's are of scheme 3; "
        "carry it over with `checker baseline --migrate old.json`"
        in r.stderr
    ), r.stderr
    r = runner.invoke(app, ["baseline", "articles", "--migrate", "old.json"])
    assert r.exit_code == 0 and "wrote old.json: 1 carried over, 1 could not be" in r.stdout, r.output
    assert "not carried over (no current finding corresponds): C101 killed.gaza: gone" in r.stderr
    assert json.loads((project / "old.json").read_text()) == data
    assert (
        "0 new, 1 known in the baseline, 0 fixed" in check("articles", "--no-reports", "--baseline", "old.json").stdout
    )


def test_bad_baseline(project):
    (project / "base.json").write_text('{"findings": []}')
    r = check("articles", "--no-reports", "--baseline", "base.json")
    assert r.exit_code == 2 and "not a claim-checker baseline" in r.stderr


def test_exit_zero_and_fail_on(project):
    assert check("articles", "--no-reports", "--exit-zero").exit_code == 0
    assert check("articles", "--no-reports", "--fail-on", "error").exit_code == 1


def test_changed_since(project):
    def git(*args):
        subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)

    (project / "articles" / "blank.txt").write_text("", encoding="utf-8")  # an input finding (I304) each run
    git("init", "-q")
    git("-c", "user.email=a@b", "-c", "user.name=a", "add", ".")
    git("-c", "user.email=a@b", "-c", "user.name=a", "commit", "-qm", "docs")
    r = check("articles", "--no-reports", "--changed-since", "HEAD")
    assert r.exit_code == 0 and "0 findings" in r.stdout  # nothing changed: nothing reported
    (project / "articles" / "001.txt").write_text(MOST + "Talks resumed.\n", encoding="utf-8")
    r = check("articles", "--no-reports", "--changed-since", "HEAD")
    assert r.exit_code == 1 and "C102" in r.stdout  # the finding involves the changed 001
    assert "I304" not in r.stdout
    (project / "articles" / "new.txt").write_text("", encoding="utf-8")
    r = check("articles", "--no-reports", "--changed-since", "HEAD")
    assert "articles/new.txt: I304" in r.stdout and "blank.txt" not in r.stdout  # a new file's input finding
    r = check("articles", "--no-reports", "--changed-since", "no-such-ref")
    assert (
        r.exit_code == 2
        and "--changed-since no-such-ref: git could not tell what changed (fatal: bad revision" in r.stderr
    )
    r = check("articles", "--no-reports", "--changed-since=--output=leak.txt")
    assert r.exit_code == 2 and "cannot start with '-'" in r.stderr and not (project / "leak.txt").exists()


def test_changed_since_sees_names_git_would_quote(project):
    """git quotes a path with non-ASCII letters ("docs/\\303\\274...") unless -z is used: a contradiction added
    in such a file once passed a pull-request run."""

    def git(*args):
        subprocess.run(
            ["git", "-c", "user.email=a@b", "-c", "user.name=a", *args], cwd=project, check=True, capture_output=True
        )

    (project / "articles" / "003.md").unlink()
    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "docs")
    assert check("articles", "--no-reports", "--changed-since", "HEAD").exit_code == 0
    (project / "articles" / "ünï.md").write_text("# Analysis\n\n" + FEW, encoding="utf-8")
    r = check("articles", "--no-reports", "--changed-since", "HEAD")
    assert r.exit_code == 1 and "articles/ünï.md" in r.stdout and "C102" in r.stdout
    git("add", ".")
    git("commit", "-qm", "more")
    (project / "articles" / "ünï.md").write_text("# Analysis\n\nTalks resumed.\n" + FEW, encoding="utf-8")
    r = check("articles", "--no-reports", "--changed-since", "HEAD")
    assert r.exit_code == 1 and "C102" in r.stdout  # changed since the ref, not only untracked


# --- outputs -----------------------------------------------------------------------------------------


def test_sarif_is_valid_and_located(project):
    r = check("articles", "--no-reports", "--format", "sarif")
    log = json.loads(r.stdout)
    jsonschema.validate(log, SARIF_SCHEMA)
    run = log["runs"][0]
    assert {rule["id"] for rule in run["tool"]["driver"]["rules"]} >= {"C101", "C102", "T401", "I301"}
    (res,) = run["results"]
    assert res["ruleId"] == "C102" and res["level"] == "error"
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "articles/003.md"
    assert loc["region"]["startLine"] == 3 and loc["region"]["snippet"]["text"] == "displacement of 300,000 people"
    assert {r["physicalLocation"]["artifactLocation"]["uri"] for r in res["relatedLocations"]} == {
        "articles/001.txt",
        "articles/004.txt",
    }
    assert len(res["partialFingerprints"]["claimCheckerFingerprint/v3"]) == 64


def test_sarif_of_the_seeds_and_of_input_errors_is_valid(project):
    (project / "articles" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    for args in (["--no-reports"], ["articles", "--no-reports"]):
        jsonschema.validate(json.loads(check(*args, "--format", "sarif").stdout), SARIF_SCHEMA)


def test_several_outputs_at_once_and_determinism(project):
    outs = [
        "sarif=o/a.sarif",
        "github=o/a.txt",
        "junit=o/a.xml",
        "json=o/a.json",
        "markdown=o/a.md",
        "html=o/a.html",
        "text=o/t.txt",
    ]
    args = ["articles", "--no-reports", *sum((["--output", o] for o in outs), [])]
    check(*args)
    first = {p.name: p.read_bytes() for p in (project / "o").iterdir()}
    check(*args)
    assert first == {p.name: p.read_bytes() for p in (project / "o").iterdir()}  # byte-identical
    gh = first["a.txt"].decode()
    assert gh.startswith("::error file=articles/003.md,line=3,col=65,title=C102 concurrent-contradiction::")
    suite = ET.fromstring(first["a.xml"])
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert set(cases) == {"articles/001.txt", "articles/003.md", "articles/004.txt"}
    assert cases["articles/003.md"].find("failure").get("type") == "C102"
    assert cases["articles/001.txt"].find("failure") is None
    assert json.loads(first["a.json"])["findings"][0]["code"] == "C102"
    assert check("articles", "--output", "pdf=x.pdf").exit_code == 2


def test_stamp_puts_the_time_in_the_reports_only_when_asked(project):
    check("articles", "--no-reports", "--output", "html=plain.html", "--output", "markdown=plain.md")
    assert " · at " not in (project / "plain.html").read_text()
    check("articles", "--no-reports", "--stamp", "--output", "html=stamped.html")
    assert regex.search(r" · at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", (project / "stamped.html").read_text())


def test_github_escapes(project):
    (project / "articles" / "003.md").write_text("# A, b: c\n\n" + FEW, encoding="utf-8")
    gh = check("articles", "--no-reports", "--format", "github").stdout
    assert "\n" not in gh.rstrip("\n") and "%0A" not in gh.split("::")[1]


def test_extract_csv(project):
    out = runner.invoke(app, ["extract", "articles", "--format", "csv"]).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 5
    row = next(r for r in rows if r["document"] == "003")
    assert (row["metric"], row["low"], row["high"], row["qualifier"], row["line"], row["path"]) == (
        "displaced.gaza",
        "300000",
        "300000",
        "exact",
        "3",
        "articles/003.md",
    )
    assert row["sentence"].startswith("In Gaza, the fighting")


def test_schema_validates_the_json_output(project):
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    data = json.loads(check("articles", "--no-reports", "--format", "json").stdout)
    jsonschema.validate(data, schema)
    assert "text" not in schema["$defs"]["Document"]["properties"]


def test_pre_commit_hook_definition():
    text = (ROOT / ".pre-commit-hooks.yaml").read_text()
    assert "id: claim-checker" in text and "entry: checker check --no-reports" in text


def test_migrate_matches_each_old_entry_by_the_strongest_key_it_shares():
    """Each old entry goes to the current finding it corresponds to, tried in order: the same fingerprint; the same
    code, metric and message; the same code, metric and quotes; the same code and quotes (a renamed metric); the
    only finding of its code and metric left for the only entry left. A finding is taken once; what matches none
    is returned."""
    from types import SimpleNamespace

    from checker.policy import migrate

    def finding(n, code, metric, message):
        return SimpleNamespace(fingerprint=f"new{n}", code=code, metric=metric, message=message)

    now = [
        finding(1, "C102", "killed.gaza", "a says “40,005” but b says “39,000”"),  # the same fingerprint
        finding(2, "C102", "killed.gaza", "c says “1”"),  # the same message
        finding(3, "C102", "injured.gaza", "d now says “2” against “3”"),  # the same quotes
        finding(4, "C101", "hostages.held_alive", "e says “4” against “5”"),  # the same quotes, metric renamed
        finding(5, "D201", "displaced.gaza", "drift of 9 a day"),  # the only one of its code and metric
        finding(6, "C103", "missing.gaza", "new, never baselined"),
        finding(7, "C102", "killed.gaza", "c says “1”"),  # the same message as 2: taken once
    ]

    def old(fp, code, metric, message):
        return {"fingerprint": fp, "code": code, "metric": metric, "message": message}

    entries = [
        old("new1", "C102", "killed.gaza", "a says “40,005” but b says “39,000” (old words)"),
        old("x2", "C102", "killed.gaza", "c says “1”"),
        old("x3", "C102", "injured.gaza", "d says “3” against “2”"),
        old("x4", "C101", "hostages.alive", "e says “4” against “5”"),
        old("x5", "D201", "displaced.gaza", "drift of 7 a day"),
        old("x6", "C104", "killed.gaza", "no quote, no match"),
        old("x7", "C102", "killed.gaza", "c says “1”"),
        old("x8", "C102", "killed.gaza", "c says “1”"),  # a third: no finding left for it
    ]
    data, left = migrate({"findings": entries}, now, lambda f: f.message)
    assert sorted(e["fingerprint"] for e in data["findings"]) == ["new1", "new2", "new3", "new4", "new5", "new7"]
    assert [e["fingerprint"] for e in left] == ["x6", "x8"]
    two_of_a_kind = [old("y1", "D201", "displaced.gaza", "a"), old("y2", "D201", "displaced.gaza", "b")]
    data, left = migrate({"findings": two_of_a_kind}, [now[4]], lambda f: f.message)
    assert data["findings"] == [] and len(left) == 2  # which of the two is it? neither is carried


@pytest.mark.parametrize(
    "content,said",
    [
        (None, "cannot read: No such file or directory"),
        ("{not json", "not valid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        ('{"claim-checker-baseline": 1, "findings": [["x"]]}', "not a claim-checker baseline"),
        ('{"claim-checker-baseline": 1, "findings": [{"code": "C102"}]}', "not a claim-checker baseline"),
    ],
)
def test_a_baseline_that_cannot_be_used_is_one_line(tmp_path, content, said):
    from checker.policy import BaselineError, read_baseline

    path = tmp_path / "b.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError) as e:
        read_baseline(path)
    assert str(e.value).startswith(f"{path}: {said}")
