"""The README's examples are run, so they cannot drift from the code."""

from __future__ import annotations

from pathlib import Path

import regex

from checker.authoring import check_example, with_builtins
from checker.rule import Rule

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    block = regex.search(r"```sh\n(.*?)```", README, regex.S)[1].splitlines()
    assert [line.split("#")[0].strip() for line in block] == [
        "pip install . && checker check",
        "pip install -e '.[test]' && pytest",
    ]
    assert README.index("```sh") < README.index("\n## ")


def test_readme_rule_example_works():
    code = regex.search(r"```python\n(# rules/.*?)```", README, regex.S)[1]
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    rule = namespace["RULE"]
    assert isinstance(rule, Rule) and not rule.problems()
    for example in rule.examples:
        result = check_example(example, with_builtins(rule))
        assert result.ok, (result.missing, result.extra)


def test_readme_claim_example_is_real():
    from checker.pipeline import run

    claim = next(c for c in run([]).claims if c.id == "001_0eab28a52c102969:7:95:killed.israel.oct7")
    assert f'"span": {{"start": {claim.span.start}, "end": {claim.span.end}, "line": 7, "column": 95}}' in README


def test_readme_first_output_is_the_real_one(monkeypatch):
    """The first sample output, its wrapped lines (indented) joined, is what `checker check` prints."""
    from typer.testing import CliRunner

    from checker.cli import app

    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    block = regex.search(r"```text\n(.*?)```", README, regex.S)[1]
    expected = regex.sub(r"\n  ", " ", block)
    assert CliRunner().invoke(app, ["check", "--no-reports", "-q"]).stdout == expected


def test_the_docs_cite_only_files_that_exist():
    """Every repository file the README and docs/ name (`tests/...`, `checker/...`, links) exists."""
    root = Path(__file__).resolve().parent.parent
    missing = []
    for doc in [root / "README.md", *sorted((root / "docs").glob("*.md"))]:
        text = doc.read_text(encoding="utf-8")
        cited = regex.findall(r"(?<![\w/.~-])((?:tests|checker|benchmarks|rules|docs|examples|seeds)/[\w./-]*\w)", text)
        linked = [
            str((doc.parent / m).resolve().relative_to(root))
            for m in regex.findall(r"\]\((?!https?:|#)([^)#\s]+)", text)
        ]
        not_files = {"checker/seeds", "rules/vaccination.py"}  # the package the seeds ship as; an example's name
        missing += [f"{doc.name}: {p}" for p in {*cited, *linked} - not_files if not (root / p).exists()]
    assert not missing, missing


def test_install_instructions_do_not_assume_pypi():
    """claim-checker is not published: the CI snippets install it from its repository."""
    root = Path(__file__).resolve().parent.parent
    for doc in (root / "README.md", root / "docs" / "ci.md"):
        text = doc.read_text(encoding="utf-8")
        assert "pip install claim-checker" not in text, doc
        assert 'pip install "claim-checker @ git+https://' in text, doc
