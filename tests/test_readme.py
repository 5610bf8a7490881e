"""The README's examples are run, so they cannot drift from the code."""

from __future__ import annotations

from pathlib import Path

import regex

from checker.authoring import check_example
from checker.discovery import builtin_rules
from checker.rule import Rule

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    block = regex.search(r"```sh\n(.*?)```", README, regex.S)[1].splitlines()
    assert [line.split("#")[0].strip() for line in block] == [
        "pip install . && checker check", "pip install -e '.[test]' && pytest"]
    assert README.index("```sh") < README.index("\n## ")


def test_readme_rule_example_works():
    code = regex.search(r"```python\n(# rules/.*?)```", README, regex.S)[1]
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    rule = namespace["RULE"]
    assert isinstance(rule, Rule) and not rule.problems()
    rules = (*builtin_rules(), rule)
    for example in rule.examples:
        result = check_example(example, rules)
        assert result.ok, (result.missing, result.extra, result.problems)


def test_readme_claim_example_is_real():
    from checker.pipeline import run

    claim = next(c for c in run([]).claims if c.id == "001_0eab28a52c102969:7:95:killed.israel.oct7")
    assert f'"span": {{"start": {claim.span.start}, "end": {claim.span.end}, "line": 7, "column": 95}}' in README
