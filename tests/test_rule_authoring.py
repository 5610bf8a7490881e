"""Adding rules: the tutorial followed verbatim, discovery (directories, TOML, entry points), isolation of
broken rules, custom extractors, generated docs, and a subject outside the war."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

from checker.cli import app
from checker.discovery import builtin_rules, discover
from checker.pipeline import run
from checker.writers import report_header, rules_doc
from checker.writers.reports import render_html, render_markdown

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
SENTENCE = "The WHO said it had recorded more than 600 attacks on health care in Gaza since the war began.\n"


def checker_cmd(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True, env=env)


# --- the tutorial, step by step ---------------------------------------------------------------------


def test_tutorial_verbatim(tmp_path):
    text = (ROOT / "docs" / "writing-rules.md").read_text(encoding="utf-8")
    blocks = regex.findall(r"```(\w+)(?: file=(\S+))?\n(.*?)```", text, regex.S)
    last_output = None
    ran = 0
    for lang, file, body in blocks:
        if file:
            (tmp_path / file).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / file).write_text(body, encoding="utf-8")
        elif lang == "sh":
            for line in body.strip().splitlines():
                tool, *args = line.split()
                cmd = [sys.executable, "-m", "checker" if tool == "checker" else tool, *args]
                done = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True)
                assert done.returncode == 0, (line, done.stdout, done.stderr)
                last_output = done.stdout
                ran += 1
        elif lang == "text" and last_output is not None:
            assert last_output == body, f"the tutorial's output differs:\n{last_output}"
            last_output = None
    assert ran == 4


# --- discovery and isolation -----------------------------------------------------------------------

GOOD_TOML = textwrap.dedent("""\
    code = "HOSP"
    name = "hospital-attacks"
    summary = "Attacks on health care."
    [[metrics]]
    key = "attacks.health_care"
    unit = "attacks"
    kind = "cumulative"
    meaning = "Attacks on health care."
    [[patterns]]
    regex = "{count} attacks on health care"
    metric = "attacks.health_care"
    [[examples]]
    text = "The WHO recorded 516 attacks on health care."
    claims = [{metric = "attacks.health_care", quote = "516 attacks on health care", low = 516, high = 516}]
    [[examples]]
    text = "The hospital was struck again on Monday."
    """)


def test_toml_rule_from_a_rules_dir(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "hospitals.toml").write_text(GOOD_TOML)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "who.txt").write_text(SENTENCE)
    result = run([tmp_path / "docs"], rule_dirs=(tmp_path / "rules",))
    assert [(c.rule, c.value.low) for c in result.claims] == [("HOSP", 600)]
    out = runner.invoke(app, ["rules", "--rules-dir", str(tmp_path / "rules")]).stdout
    assert f"HOSP  hospital-attacks  ({tmp_path / 'rules' / 'hospitals.toml'})" in out


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("broken.py", "import nonexistent_module_xyz\n", "failed to import: ModuleNotFoundError"),
        ("syntax.py", "RULE = (\n", "failed to import: SyntaxError"),
        (
            "badpattern.toml",
            GOOD_TOML.replace("{count} attacks on health care", "{count} (attacks"),
            "pattern 1 ('{count} (attacks')",
        ),
        (
            "badrequires.toml",
            GOOD_TOML.replace(
                'metric = "attacks.health_care"\n[[examples]]',
                'metric = "attacks.health_care"\nrequires = "WHO|[health"\n[[examples]]',
            ),
            "pattern 1 ('{count} attacks on health care'): unterminated character set",
        ),
        (
            "badtopic.toml",
            GOOD_TOML.replace(
                'summary = "Attacks on health care."', 'summary = "Attacks on health care."\ntopic = "health(care"'
            ),
            "topic 'health(care': missing )",
        ),
        (
            "nofigure.toml",
            GOOD_TOML.replace("{count} attacks on health care", "attacks on health care"),
            "pattern has no placeholder",
        ),
        (
            "badkey.toml",
            GOOD_TOML.replace('unit = "attacks"', 'units = "attacks"'),
            "badkey.toml: line 6: metrics.0.units: unknown key; did you mean 'unit'? (and 1 more)",
        ),
        (
            "badkind.toml",
            GOOD_TOML.replace('kind = "cumulative"', 'kind = "cumulativ"'),
            "line 7: metrics.0.kind: input should be 'cumulative', 'fixed', 'level' or 'per_event'",
        ),
        (
            "oldvocabulary.toml",
            GOOD_TOML + '[[measures]]\nname = "attacked"\nkind = "cumulative"\n',
            "line 17: measures: unknown key; vocabulary is declared under its own table: [[vocabulary.measures]]",
        ),
        (
            "extractor.toml",
            'extractor = "tables"\n' + GOOD_TOML,
            "line 1: extractor: a TOML rule cannot name a function: write the rule in Python",
        ),
        (
            "badframe.toml",
            GOOD_TOML.replace('meaning = "Attacks on health care."', 'meaning = "Attacks."\nframe = {plce = "*"}'),
            "metric attacks.health_care: frame part 'plce' is none of measure, place, subplace, group, nationality, "
            "cause, window, event; did you mean 'place'?",
        ),
        ("badtoml.toml", "code = \n", "not valid TOML"),
        (
            "undeclared.toml",
            GOOD_TOML.replace('metric = "attacks.health_care"\n[[examples]]', 'metric = "attacks.other"\n[[examples]]'),
            "pattern 1 produces 'attacks.other', which the rule does not declare",
        ),
        (
            "taken.toml",
            GOOD_TOML.replace('code = "HOSP"', 'code = "HOS"'),
            "code HOS is already used by rules.hostages",
        ),
        (
            "noneg.toml",
            GOOD_TOML.split('[[examples]]\ntext = "The hospital')[0],
            "needs at least one positive and one negative example",
        ),
    ],
)
def test_a_broken_rule_is_reported_and_the_others_run(tmp_path, name, content, message):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / name).write_text(content)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Gaza’s death toll surpassed 40,000 on Thursday.\n")
    r = runner.invoke(app, ["check", str(tmp_path / "docs"), "--rules-dir", str(tmp_path / "rules"), "--no-reports"])
    assert r.exit_code == 2
    errors = [line for line in r.stderr.splitlines() if "R501 rule-error" in line]
    assert len(errors) == 1 and name in errors[0] and message in errors[0], r.stderr
    assert "1 document, 1 claim" in r.stdout  # the built-in rules still ran


def test_an_extractor_that_raises_is_reported_once(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "flaky.py").write_text(
        textwrap.dedent("""\
        from checker.rule import Example, Expect, Metric, Rule

        def boom(sentence):
            raise IndexError("list index out of range")

        RULE = Rule(code="FLK", name="flaky", summary="Raises.", extractor=boom,
                    metrics=(Metric("flaky.count", "persons", "level", "Nothing."),), patterns=(),
                    examples=(Example("x", (Expect("flaky.count", "x", 1, 1),)), Example("y")))
        """)
    )
    (tmp_path / "docs").mkdir()
    for i in range(3):
        (tmp_path / "docs" / f"d{i}.txt").write_text("Gaza’s death toll surpassed 40,000 on Thursday.\n")
    r = runner.invoke(app, ["check", str(tmp_path / "docs"), "--rules-dir", str(tmp_path / "rules"), "--no-reports"])
    assert r.exit_code == 2
    failed = [line for line in r.stderr.splitlines() if "R502" in line]
    assert len(failed) == 1 and "FLK: the extractor raised IndexError: list index out of range" in failed[0]
    assert "3 documents, 3 claims" in r.stdout


def test_a_custom_extractor(tmp_path):
    """A rule for what patterns cannot express: a figure in a table row, its subject in the first cell."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "tables.py").write_text(
        textwrap.dedent("""\
        import regex
        from checker.rule import Example, Expect, Hit, Metric, Rule

        def table_rows(sentence):
            cells = sentence.text.split("|")
            if len(cells) > 2 and regex.search(r"journalists killed", cells[0], regex.I):
                for q in sentence.quantities:
                    if q.kind == "number":
                        yield Hit("killed.journalists.tables", q, sentence.start, q.end)

        RULE = Rule(code="TBL", name="table-rows", summary="Figures in table rows.", extractor=table_rows,
                    metrics=(Metric("killed.journalists.tables", "persons", "cumulative",
                                    "Journalists and media workers killed, from tables."),),
                    patterns=(),
                    examples=(Example("Journalists killed | 178 | CPJ",
                                      (Expect("killed.journalists.tables", "Journalists killed | 178", 178, 178),)),
                              Example("Trucks | 200 | COGAT")))
        """)
    )
    r = runner.invoke(app, ["test-rule", str(tmp_path / "rules" / "tables.py")])
    assert r.exit_code == 0, r.stdout
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "t.txt").write_text("Subject | figure | source\nJournalists killed | 178 | CPJ\n")
    r = runner.invoke(app, ["extract", str(tmp_path / "docs"), "--rules-dir", str(tmp_path / "rules"), "--explain"])
    assert "killed.journalists.tables\t178" in r.stdout and "rule TBL, extractor" in r.stdout


def test_test_rule_shows_a_diff(tmp_path):
    (tmp_path / "r.toml").write_text(GOOD_TOML.replace("low = 516, high = 516", "low = 515, high = 516"))
    r = runner.invoke(app, ["test-rule", str(tmp_path / "r.toml")])
    assert r.exit_code == 1
    assert "FAIL example 1: The WHO recorded 516 attacks on health care." in r.stdout
    assert "- expected attacks.health_care “516 attacks on health care” low=515 high=516" in r.stdout
    assert "+ got      attacks.health_care “516 attacks on health care” low=516 high=516" in r.stdout
    assert r.stdout.strip().endswith("1 passed, 1 failed")


def test_test_rule_names_the_file_and_line_of_a_rule_it_cannot_load(tmp_path):
    (tmp_path / "r.toml").write_text(GOOD_TOML.replace('unit = "attacks"', 'units = "attacks"'))
    r = runner.invoke(app, ["test-rule", str(tmp_path / "r.toml")])
    assert r.exit_code == 1
    assert r.stdout.splitlines()[0] == (
        f"{tmp_path / 'r.toml'}: line 6: metrics.0.units: unknown key; did you mean 'unit'? (and 1 more)"
    )


def test_new_rule_toml_and_refusals(tmp_path):
    r = runner.invoke(app, ["new-rule", "quake-deaths", "--dir", str(tmp_path), "--toml"])
    assert r.exit_code == 0
    assert runner.invoke(app, ["test-rule", str(tmp_path / "quake_deaths.toml")]).exit_code == 0
    assert runner.invoke(app, ["new-rule", "quake-deaths", "--dir", str(tmp_path), "--toml"]).exit_code == 2
    assert runner.invoke(app, ["new-rule", "9lives", "--dir", str(tmp_path)]).exit_code == 2


def test_explain_shows_the_frame_and_all_shows_every_figure():
    r = runner.invoke(app, ["extract", str(ROOT / "seeds" / "001_0eab28a52c102969.txt"), "--explain", "--all"])
    assert (
        "killed.gaza\tmore than 40,000\t-\t2024-08-13..\tdeath toll surpassed 40,000\n"
        "    frame: measure killed, place gaza, mood fact; rule CAS, frame:toll"
    ) in r.stdout
    assert "7:57\t-\tOctober 7\tno claim: the date of the oct7 event itself, which is known" in r.stdout


def test_entry_point_package(tmp_path):
    """A tiny package installed the way an installer lays one out (its code, and a .dist-info with the
    entry point), whose rule then arrives with no --rules-dir."""
    site = tmp_path / "site"
    (site / "hospital_rules").mkdir(parents=True)
    (site / "hospital_rules" / "__init__.py").write_text(
        "import pathlib\nfrom checker.toml_rules import load_toml_rule\n"
        "RULE = load_toml_rule(pathlib.Path(__file__).with_name('rule.toml'))\n"
    )
    (site / "hospital_rules" / "rule.toml").write_text(GOOD_TOML)
    info = site / "hospital_rules-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: hospital-rules\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[claim_checker.rules]\nhospitals = hospital_rules\n")
    (info / "RECORD").write_text("")
    env = {**os.environ, "PYTHONPATH": str(site)}
    listed = checker_cmd("rules", cwd=tmp_path, env=env)
    assert "HOSP  hospital-attacks  (entry point hospitals (hospital_rules))" in listed.stdout, listed.stderr
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "who.txt").write_text(SENTENCE)
    found = checker_cmd("extract", "docs", cwd=tmp_path, env=env)
    assert "attacks.health_care\tmore than 600 attacks" in found.stdout
    (info / "entry_points.txt").write_text("[claim_checker.rules]\nhospitals = hospital_rules_missing\n")
    broken = checker_cmd("check", "docs", "--no-reports", cwd=tmp_path, env=env)
    assert broken.returncode == 2 and "entry point hospitals (hospital_rules_missing): failed to load" in broken.stderr


# --- docs and the second subjects ---------------------------------------------------------------------


def test_generated_rule_docs_are_current():
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_doc.render(builtin_rules()), (
        "docs/rules.md is stale: run `checker rules --format markdown` and commit it"
    )


def test_journalists_and_aid_workers_pack():
    rule = next(r for r in builtin_rules() if r.code == "MED")
    assert {m.key for m in rule.metrics} == {"killed.journalists", "killed.aid_workers"}
    assert discover().problems == []


def test_earthquake_example_and_its_report(monkeypatch):
    monkeypatch.chdir(ROOT)
    base = Path("examples/earthquake")
    result = run([base / "docs"], rule_dirs=(base / "rules",), keep_text=True)
    assert sorted((f.code, f.metric) for f in result.findings) == [
        ("C101", "quake.magnitude"),
        ("C101", "quake.magnitude"),
        ("C103", "quake.deaths"),
        ("D201", "quake.deaths"),
        ("D201", "quake.injured"),
    ]
    assert {c.metric for c in result.claims if c.rule == "EQK"} == {
        "quake.deaths",
        "quake.injured",
        "quake.magnitude",
        "quake.date",
    }
    assert not [c for c in result.claims if "gaza" in c.metric or "israel" in c.metric]  # no war key on a quake
    for name, render in (("report.md", render_markdown), ("report.html", render_html)):
        path = base / "reports" / name
        header = report_header([base / "docs"], None)
        assert path.read_text(encoding="utf-8") == render(result, path, header), (
            "examples/earthquake/reports is stale: run the command in examples/earthquake/README.md"
        )
