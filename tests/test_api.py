"""The Python API: checker.check() reports what `checker check` reports, policy included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import checker
from checker.cli import app
from checker.config import Config

runner = CliRunner()

FEW = "In Gaza, the fighting has led to significant casualties and the displacement of 300,000 people.\n"
MOST = "Israel’s strikes caused widespread destruction in Gaza, displacing most of its 2.3 million residents.\n"
NINETY = "The UN reports that 90% of Gaza’s 2.3 million residents have been displaced, many multiple times.\n"
TOLL = "---\ndate: {day}\n---\nThe death toll in Gaza has risen to {toll}, the ministry said.\n"


def seen(findings: list) -> list[tuple[str, str, str]]:
    """What a finding is, from the API (Finding) or the JSON output (dict), in order."""
    rows = [f if isinstance(f, dict) else f.model_dump(mode="json") for f in findings]
    return [(r["code"], r["severity"], r["fingerprint"]) for r in rows]


def from_cli(*args: str) -> tuple[list[tuple[str, str, str]], int]:
    r = runner.invoke(app, ["check", "--format", "json", "--no-reports", "--no-cache", "-q", *args])
    return seen(json.loads(r.stdout)["findings"]), r.exit_code


def test_the_seeds_give_the_same_findings():
    report = checker.check(options=checker.Options(cache=False))
    cli, code = from_cli()
    assert seen(report.findings) == cli and cli and report.exit_code() == code


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """Documents with a contradiction (C102), a regression and drift (T4xx, D2xx), a configuration that selects,
    ignores, sets a severity, suppresses one finding and one that matches nothing, and a baseline of an earlier
    check; checked from the project's directory."""
    docs = tmp_path / "articles"
    docs.mkdir()
    (docs / "001.txt").write_text(MOST, encoding="utf-8")
    (docs / "003.md").write_text("# Analysis\n\n<!-- claim-checker: ignore C101 -->\n" + FEW, encoding="utf-8")
    (docs / "004.txt").write_text(NINETY, encoding="utf-8")
    (docs / "documents.toml").write_text(
        "".join(f'["{name}"]\ndate = 2024-01-10\n\n' for name in ("001.txt", "003.md", "004.txt")), encoding="utf-8"
    )
    (docs / "wire.md").write_text(TOLL.format(day="2024-08-15", toll="40,005"), encoding="utf-8")
    (docs / "old.md").write_text(TOLL.format(day="2023-12-01", toll="15,000"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert (
        runner.invoke(app, ["baseline", "articles", "-o", "base.json", "-q", "--no-default-reference"]).exit_code == 0
    )
    (docs / "late.md").write_text(TOLL.format(day="2024-09-01", toll="38,000"), encoding="utf-8")
    (tmp_path / "claim-checker.toml").write_text(
        'paths = ["articles"]\nselect = ["C", "D", "S", "T"]\nignore = ["C101"]\nfail-on = "warning"\n'
        '[severity]\nC102 = "warning"\nD201 = "error"\n'
        '[[suppress]]\nfile = "articles/001.txt"\ncode = "C102"\nreason = "known"\n',
        encoding="utf-8",
    )
    return tmp_path


@pytest.mark.parametrize(
    "args,options",
    [
        ((), {}),
        (("--no-default-reference",), {"default_reference": False}),
        (
            ("--baseline", "base.json", "--no-default-reference"),
            {"baseline": Path("base.json"), "default_reference": False},
        ),
    ],
    ids=["policy", "no-reference", "baseline"],
)
def test_a_configured_project_gives_the_same_findings(project, args, options):
    report = checker.check(options=checker.Options(cache=False, **options))
    cli, code = from_cli(*args)
    assert seen(report.findings) == cli and report.exit_code() == code
    assert cli and all(s == "warning" for c, s, _ in cli if c == "C102")
    assert all(s == "error" for c, s, _ in cli if c == "D201")
    if "baseline" in options:
        assert report.baselined and report.known > 0
    else:
        codes = {c for c, _, _ in cli}
        assert "C101" not in codes and "S601" in codes and report.suppressed == 1  # ignored, unused, suppressed


def test_exit_code_follows_the_fail_level(project):
    report = checker.check(options=checker.Options(cache=False))
    assert {f.severity for f in report.findings} >= {"warning"}
    assert report.exit_code() == 1 and report.exit_code(exit_zero=True) == 0
    assert report.exit_code("error") == (1 if any(f.severity == "error" for f in report.findings) else 0)


def test_a_check_that_cannot_run_raises(project):
    (project / "claim-checker.toml").write_text('select = ["C9"]\n', encoding="utf-8")
    with pytest.raises(checker.CheckError, match="select 'C9'"):
        checker.check()
    with pytest.raises(checker.CheckError, match="not a claim-checker baseline"):
        (project / "bad.json").write_text("{}", encoding="utf-8")
        checker.check(config=Config(), options=checker.Options(baseline=Path("bad.json")))


def test_the_readme_example_runs(capsys, monkeypatch):
    """The README's Python API example, run from the repository's root, prints the seeds' contradiction."""
    import re

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API") :]
    code = re.search(r"```python\n(.*?)```", section, re.S)[1]
    monkeypatch.chdir(root)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert out.startswith("C102 info displaced.gaza:") and out.endswith("5 documents, 28 claims; exit code 0\n")


def test_the_cache_options(project, tmp_path):
    """cache=False reads and writes no cache; cache_dir says where it is, else the configuration's cache-dir."""
    store, unused = tmp_path / "store", tmp_path / "unused"
    checker.check(options=checker.Options(cache_dir=store))
    assert (store / "claims.sqlite").is_file()
    checker.check(options=checker.Options(cache=False, cache_dir=unused))
    assert not unused.exists()
    config = project / "claim-checker.toml"
    config.write_text('cache-dir = "kept"\n' + config.read_text(encoding="utf-8"), encoding="utf-8")
    checker.check()
    assert (project / "kept" / "claims.sqlite").is_file()


def test_a_configuration_from_python(project):
    """A Config made in Python: its paths may be absolute, and a setting that names nothing is located in "the
    configuration" (there is no file)."""
    from checker.config import MetricSettings

    report = checker.check(config=Config(paths=[str(project / "articles")]), options=checker.Options(cache=False))
    assert len(report.documents) == 6 and report.paths == [project / "articles"]
    wrong = Config(paths=["articles"], metrics={"displaced.gazza": MetricSettings(window=3)})
    with pytest.raises(checker.CheckError, match=r"^the configuration: \[metrics.'displaced.gazza'\]: no metric"):
        checker.check(config=wrong, options=checker.Options(cache=False))


def test_given_dates_win(project):
    """Options.dates (the command line's --date) give documents' dates over the manifest and their metadata."""
    import datetime as dt

    day = dt.date(2024, 8, 20)
    report = checker.check(options=checker.Options(cache=False, dates={Path("articles/old.md"): day}))
    (old,) = [d for d in report.documents if d.id == "old"]
    assert (old.date.estimate, old.date.source) == (day, "given")


def test_a_check_that_cannot_run_names_why(project):
    """An engine that does not exist, and rules that cannot be loaded when extracting documents of one's own."""
    with pytest.raises(checker.CheckError, match=r"^engine 'bogus': expected 'local' or 'dask'$"):
        checker.check(config=Config(), options=checker.Options(engine="bogus"))
    rules = project / "rules"
    rules.mkdir()
    (rules / "broken.toml").write_text("code = [\n", encoding="utf-8")
    with pytest.raises(checker.CheckError, match="broken.toml"):
        list(checker.extract_documents([("a", FEW, {})], config=Config.model_validate({"rules-dirs": [str(rules)]})))


def test_extract_and_extract_documents_from_python_alone(project):
    """checker.extract with no options compares nothing; extract_documents dates a text by the reference series
    only when the configuration and the options both leave the default series on."""
    report = checker.extract([project / "articles"])
    assert report.claims and report.findings == []
    text = "The death toll in Gaza has passed 60,000, the ministry said."

    def earliest(config: Config, options: checker.Options | None = None):
        (claim,) = checker.extract_documents([("toll", text, {})], config=config, options=options)
        return claim.as_of_earliest

    assert earliest(Config()) is not None  # the series first passed 60,000 on a known day: not before it
    assert earliest(Config.model_validate({"default-reference": False})) is None
    assert earliest(Config(), checker.Options(default_reference=False)) is None


def test_a_document_from_standard_input_is_named_as_given_in_its_problems(project):
    r = runner.invoke(app, ["check", "-q", "--no-reports", "-", "--stdin-filename", "draft.md"], input="")
    assert "checker: draft.md: empty file (I304 empty-input)" in r.stderr.splitlines()
    assert "claim-checker-stdin" not in r.output
