"""The README's examples are run, so they cannot drift from the code."""

from __future__ import annotations

from pathlib import Path

import regex

from checker.extraction import extract
from checker.loading import from_text
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
    assert isinstance(rule, Rule)
    for example in rule.examples:
        got = sorted((c.metric, c.quote, c.value.low, c.value.high) for c in extract(from_text(example.text), (rule,)))
        assert got == sorted(example.claims)


def test_readme_claim_example_is_real():
    from checker.pipeline import run

    claim = next(c for c in run([]).claims if c.id == "001_0eab28a52c102969:7:95:killed.israel.oct7")
    assert f'"span": {{"start": {claim.span.start}, "end": {claim.span.end}, "line": 7, "column": 95}}' in README
