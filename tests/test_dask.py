"""The dask engine gives what the local engine gives (on a local cluster of two worker processes); claims as
tables (pandas, Parquet, DuckDB); checker.extract and checker.extract_documents; docs/scale.md's example."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import checker
from checker import frames_io
from checker.cli import app
from checker.writers import render

ROOT = Path(__file__).resolve().parent.parent
EARTHQUAKE = ROOT / "examples" / "earthquake"
runner = CliRunner()

NEEDS_DASK = "the dask engine's tests need the dask extra: pip install -e '.[dask]'"
NEEDS_FRAMES = "tables of claims need the frames extra: pip install -e '.[frames]'"

RULES = """\
from checker.rule import Example, Expect, Hit, Metric, Rule

def boom(sentence):
    raise IndexError("list index out of range")

def tolls(sentence):
    for q in sentence.quantities:
        if q.kind == "number" and "toll" in sentence.text:
            yield Hit("toll.custom", q, sentence.start, q.end)

RULE = Rule(code="{code}", name="{name}", summary="A rule from a file.", extractor={extractor},
            metrics=(Metric("toll.custom", "persons", "cumulative", "A toll, from a file's rule."),), patterns=(),
            examples=(Example("The toll rose to 40", (Expect("toll.custom", "The toll rose to 40", 40, 40),)),
                      Example("No figure here.")))
"""


@pytest.fixture(scope="module")
def scheduler():
    """The address of a local cluster of two worker processes, for this module's tests."""
    distributed = pytest.importorskip("distributed", reason=NEEDS_DASK)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A small generated corpus (benchmarks/corpus.py, fixed seed)."""
    out = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), str(out), "--docs", "40"], check=True)
    return out


def _rules(tmp_path: Path) -> Path:
    """A rules directory of two Python files: one whose extractor finds tolls, one whose extractor raises."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "tolls.py").write_text(RULES.format(code="TOL", name="tolls", extractor="tolls"), encoding="utf-8")
    (rules / "boom.py").write_text(RULES.format(code="BOO", name="boom", extractor="boom"), encoding="utf-8")
    return rules


def _outputs(report: checker.Report, target: Path) -> dict[str, str]:
    return {fmt: "".join(render(fmt, report, target / f"report.{fmt}")) for fmt in ("json", "sarif", "markdown")}


PARTS_ABOVE_WHOLES = {  # hostages alive <= held <= taken: a chain of invariants across three metrics
    "a.md": "---\ndate: 2024-01-10\n---\nHamas holds 136 hostages in Gaza, of whom 150 are believed to be alive.\n",
    "b.md": "---\ndate: 2024-01-11\n---\nSome 240 hostages were taken on October 7. Israel says 260 remain in Gaza.\n",
}

CASES = {
    "seeds": ([], ()),
    "earthquake": ([EARTHQUAKE / "docs"], (EARTHQUAKE / "rules",)),
    "conflicts": ([ROOT / "tests" / "data" / "conflicts"], ()),
}


BAD_INPUTS = {
    "empty.txt": b"",
    "binary.txt": b"\x00\x01\x02PK\x03\x04" * 100,
    "latin1.txt": "Le bilan à Gaza est de 40 005 morts, selon le ministère.\n".encode("latin-1"),
    "good.txt": b"The death toll in Gaza has risen to 40,005, the ministry said.\n",
}


@pytest.mark.parametrize("case", [*CASES, "generated", "rule-files", "invariants", "bad-inputs", "url"])
def test_both_engines_write_the_same_reports(case, scheduler, generated, tmp_path):
    if case == "url":  # the workers read the documents and the client the manifest from a URL, not a path
        docs = tmp_path / "docs"
        docs.mkdir()
        for name, data in BAD_INPUTS.items():
            (docs / name).write_bytes(data)
        (docs / "documents.toml").write_text('["good.txt"]\ndate = "2024-08-20"\n', encoding="utf-8")
        paths, rule_dirs = [docs.as_uri() + "/"], ()
    elif case == "generated":
        paths, rule_dirs = [generated], ()
    elif case == "rule-files":
        paths, rule_dirs = [ROOT / "seeds"], (_rules(tmp_path),)
    elif case == "bad-inputs":
        for name, data in BAD_INPUTS.items():
            (tmp_path / name).write_bytes(data)
        paths, rule_dirs = [tmp_path], ()
    elif case == "invariants":
        for name, text in PARTS_ABOVE_WHOLES.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
        paths, rule_dirs = [tmp_path], ()
    else:
        paths, rule_dirs = CASES[case]
    local = checker.Options(rule_dirs=rule_dirs, cache=False, keep_text=True)
    here = checker.check(paths, options=local)
    there = checker.check(paths, options=replace(local, engine="dask", scheduler=scheduler))
    assert here.claims and _outputs(here, tmp_path) == _outputs(there, tmp_path)
    assert [f.model_dump() for f in here.findings] == [f.model_dump() for f in there.findings]
    if case in ("earthquake", "conflicts"):
        assert len(here.findings) >= 3
    if case in ("bad-inputs", "url"):  # read on the workers, reported as the local engine reports them
        assert {f.code for f in there.problems} == {"I302", "I303", "I304"}
    if case == "url":
        good = next(d for d in there.documents if d.id == "good")
        assert (good.path, good.date.estimate) == (f"{paths[0]}good.txt", dt.date(2024, 8, 20))
    if case == "invariants":  # both invariants found, each across two metrics compared on the workers
        assert sorted(f.metric for f in there.findings if f.code == "C104") == ["hostages.held", "hostages.held_alive"]
    if case == "rule-files":  # the files' rules ran on the workers: one's claims, the other's failure (R502)
        assert any(c.rule == "TOL" for c in there.claims)
        assert [f.code for f in there.rule_errors] == ["R502"] and "BOO" in (there.rule_errors[0].detail or "")


def test_the_command_line_and_the_configuration_choose_the_engine(scheduler, tmp_path):
    args = ["check", str(EARTHQUAKE / "docs"), "--rules-dir", str(EARTHQUAKE / "rules"), "-f", "json", "-q"]
    args += ["--no-reports", "--no-cache"]
    local = runner.invoke(app, args)
    flagged = runner.invoke(app, [*args, "--engine", "dask", "--scheduler", scheduler])
    config = tmp_path / "claim-checker.toml"
    config.write_text(f'engine = "dask"\nscheduler = "{scheduler}"\n', encoding="utf-8")
    configured = runner.invoke(app, [*args, "--config", str(config)])
    assert json.loads(local.stdout)["findings"]
    assert local.stdout == flagged.stdout == configured.stdout
    assert local.exit_code == flagged.exit_code == configured.exit_code


def test_a_baseline_written_on_either_engine_is_the_same(scheduler, tmp_path):
    args = ["baseline", str(ROOT / "tests" / "data" / "conflicts"), "-q", "-o"]
    here = runner.invoke(app, [*args, str(tmp_path / "here.json")])
    there = runner.invoke(app, [*args, str(tmp_path / "there.json"), "--engine", "dask", "--scheduler", scheduler])
    assert here.exit_code == there.exit_code == 0
    written = (tmp_path / "here.json").read_text(encoding="utf-8")
    assert json.loads(written)["findings"] and written == (tmp_path / "there.json").read_text(encoding="utf-8")


def test_a_local_cluster_is_started_without_a_scheduler(tmp_path):
    pytest.importorskip("distributed", reason=NEEDS_DASK)
    args = ["extract", str(EARTHQUAKE / "docs"), "--rules-dir", str(EARTHQUAKE / "rules"), "-f", "json", "-q"]
    local = runner.invoke(app, [*args, "--no-cache"])
    dask = runner.invoke(app, [*args, "--engine", "dask"])
    assert dask.exit_code == 0 and json.loads(dask.stdout)["claims"] and dask.stdout == local.stdout


def test_without_dask_the_engine_is_one_line_saying_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # importing it raises ImportError
    with pytest.raises(checker.CheckError, match=re.escape("pip install 'claim-checker[dask]'")):
        checker.check(options=checker.Options(engine="dask", cache=False))
    r = runner.invoke(app, ["check", "--engine", "dask", "--no-reports", "-q"])
    assert r.exit_code == 2
    assert r.stderr == "checker: the dask engine needs Dask: pip install 'claim-checker[dask]'\n"


def test_an_unreachable_scheduler_is_one_line(scheduler):
    r = runner.invoke(app, ["check", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "--no-reports", "-q"])
    assert r.exit_code == 2 and r.stderr.startswith("checker: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(r.stderr.splitlines()) == 1


def test_claims_as_parquet_read_back_in_pandas_and_duckdb(tmp_path):
    pandas = pytest.importorskip("pandas", reason=NEEDS_FRAMES)
    duckdb = pytest.importorskip("duckdb", reason="reading Parquet with DuckDB needs duckdb")
    out = tmp_path / "claims"
    r = runner.invoke(app, ["extract", str(ROOT / "tests" / "data" / "conflicts"), "-f", "parquet", "-q"])
    assert r.exit_code == 2 and "--claims-out DIR" in r.stderr
    r = runner.invoke(
        app, ["extract", str(ROOT / "tests" / "data" / "conflicts"), "-f", "parquet", "--claims-out", str(out)]
    )
    assert r.exit_code == 0 and r.stdout == "", r.stderr
    report = checker.extract([ROOT / "tests" / "data" / "conflicts"], options=checker.Options(cache=False))
    frame = pandas.read_parquet(out)
    assert len(frame) == len(report.claims) > 20
    assert frames_io.claims_from(frame.to_dict("records")) == report.claims  # every field, each row one claim
    written = json.loads(report.claims[0].model_dump_json())
    assert {c.removesuffix("_date") for c in frame.columns} == set(_dotted(written))
    counts = duckdb.sql(f"SELECT metric, count(*) FROM read_parquet('{out}/*.parquet') GROUP BY metric").fetchall()
    assert dict(counts) == dict(frame.groupby("metric").size())
    rows = duckdb.sql(f"SELECT * FROM read_parquet('{out}/*.parquet')").df().to_dict("records")
    assert sorted(frames_io.claims_from(rows), key=lambda c: c.id) == sorted(report.claims, key=lambda c: c.id)


def _dotted(data: dict, prefix: str = "") -> list[str]:
    """A JSON object's leaf keys, nested keys joined with dots; a null where an object may be has its keys
    nowhere, so a claim with a share is needed to see them all (``share`` is filled in below)."""
    out = []
    for key, value in data.items():
        if isinstance(value, dict):
            out += _dotted(value, f"{prefix}{key}.")
        elif key == "share" and value is None:
            out += [f"share.{k}" for k in ("low", "high", "qualifier")]
        else:
            out.append(prefix + key)
    return out


def test_a_data_set_is_split_into_parts_and_replaced(tmp_path):
    pandas = pytest.importorskip("pandas", reason=NEEDS_FRAMES)
    report = checker.extract(options=checker.Options(cache=False))
    assert frames_io.write_claims(report.claims, tmp_path, rows_per_part=10) == 3
    assert frames_io.write_claims(report.claims[:5], tmp_path, rows_per_part=10) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["part-00000.parquet"]
    assert len(pandas.read_parquet(tmp_path)) == 5
    assert frames_io.write_claims([], tmp_path) == 1 and list(pandas.read_parquet(tmp_path).columns)


def test_frames_of_a_report(tmp_path):
    pytest.importorskip("pandas", reason=NEEDS_FRAMES)
    from checker.writers.wording import wording

    report = checker.check([ROOT / "tests" / "data" / "conflicts"], options=checker.Options(cache=False))
    claims, findings = report.claims_frame(), report.findings_frame()
    assert list(claims["id"]) == [c.id for c in report.claims]
    assert list(findings["fingerprint"]) == [f.fingerprint for f in report.findings]
    say = wording(report.claims)
    assert list(findings["message"]) == [say(f) for f in report.findings]
    assert set(findings["code"]) == {"D201", "D203"} and findings["severity"].iloc[0] == "warning"


def test_extract_documents_finds_what_a_check_finds(tmp_path):
    texts = {
        "a": ("txt", "The death toll in Gaza has risen to 40,005, the ministry said.\n", "2024-08-15"),
        "b": ("md", "---\ntitle: B\n---\nGaza's health ministry says 41,000 people have been killed.\n", "2024-09-01"),
    }
    manifest = []
    for doc, (fmt, text, day) in texts.items():
        (tmp_path / f"{doc}.{fmt}").write_text(text, encoding="utf-8")
        manifest.append(f'["{doc}.{fmt}"]\ndate = {day}\noutlet = "Outlet {doc}"\n')
    (tmp_path / "documents.toml").write_text("\n".join(manifest), encoding="utf-8")
    report = checker.extract([tmp_path], options=checker.Options(cache=False))
    assert not report.findings
    given = [
        (doc, text, {"format": fmt, "date": day, "outlet": f"Outlet {doc}"}) for doc, (fmt, text, day) in texts.items()
    ]
    claims = list(checker.extract_documents(given))
    assert len(claims) == 2 and claims == report.claims
    assert [c.as_of.isoformat() for c in claims if c.as_of] == ["2024-08-15", "2024-09-01"]
    assert list(checker.extract_documents([("empty", "", {})])) == []


def test_the_scale_guide_example_runs(tmp_path, monkeypatch):
    """docs/scale.md's notebook example, run as written in a copy of the earthquake example."""
    pytest.importorskip("pandas", reason=NEEDS_FRAMES)
    pytest.importorskip("duckdb", reason="the example reads Parquet with DuckDB")
    text = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```python notebook\n(.*?)```", text, re.S)
    shutil.copytree(EARTHQUAKE, tmp_path / "examples" / "earthquake")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(textwrap.dedent(example), "docs/scale.md", "exec"), namespace)
    assert (tmp_path / "claims" / "part-00000.parquet").is_file()
    assert len(namespace["claims"]) == len(namespace["report"].claims) > 10
    assert namespace["by_metric"]
