"""A folder of articles on three wars (Gaza, Sudan, Ukraine; written for this test, in the structures real
articles use): each war's figures get that war's keys, and no finding sets one war's figures against another's,
with the documents' dates given and without them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker.discovery import builtin_rules
from checker.extraction import extract
from checker.loading import from_text
from checker.pipeline import run
from checker.writers.wording import message

FOLDER = Path(__file__).parent / "data" / "conflicts"
WARS = {
    "gaza": ("gaza", "israel", "hostages", "prisoners", "truce"),
    "sudan": ("sudan",),
    "ukraine": ("ukraine", "russia"),
}


def _war(doc: str) -> str:
    return doc.split("-")[0]


@pytest.fixture(params=["dated", "undated"])
def result(request, tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(FOLDER, folder)
    if request.param == "undated":
        (folder / "documents.toml").unlink()
    return run([folder])


def test_each_war_keeps_its_own_keys(result):
    for c in result.claims:
        war = _war(c.document)
        mine = WARS[war]
        assert any(part in mine for part in c.metric.split(".")), (c.document, c.metric, c.quote)
        others = [w for w in WARS if w != war and w in c.metric.split(".")]
        assert not others, (c.document, c.metric, c.quote)


def test_no_finding_crosses_wars(result):
    claims = {c.id: c for c in result.claims}
    for f in result.findings:
        wars = {_war(claims[i].document) for i in f.claims if i in claims}
        assert len(wars) <= 1, message(f, claims)


def test_each_war_is_compared_within_itself(result):
    """One war's documents are still compared with each other: dated, Gaza's toll drifts and Sudan's count and an
    estimate eight times higher a day later are a sharp disagreement (D203)."""
    if all(d.date.source == "given" for d in result.documents):
        codes = {(f.code, f.metric) for f in result.findings}
        assert {("D201", "killed.gaza"), ("D203", "killed.sudan")} <= codes


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second figure after an attribution aside: the place is the war's, not the speaker's country
        (
            "As many as 150,000 people may have died in Sudan's civil war, the British envoy said, while 11 million "
            "have been driven from their homes.",
            [("killed.sudan", None, 150000, "estimate"), ("displaced.sudan", 11000000, 11000000, "fact")],
        ),
        # the partitive's own state, past an attribution: "N hostages, M of whom officials believe are dead"
        (
            "Hamas still holds 97 hostages, 33 of whom Israeli officials believe are dead.",
            [("hostages.held", 97, 97, "fact"), ("hostages.dead_in_captivity", 33, 33, "fact")],
        ),
        # the place of a meeting in the sentence before is not where people were displaced
        (
            "Gaza's death toll passed 41,000 on Monday as negotiators met in Cairo. Some 1.9 million people have been "
            "uprooted, UN agencies say.",
            [("killed.gaza", 41000, None, "fact"), ("displaced.gaza", 1900000, 1900000, "fact")],
        ),
        # an exchange is a release; the two parties are actors, not its place
        (
            "Kyiv and Moscow swapped 84 prisoners of war each, the Ukrainian side said.",
            [("prisoners.released", 84, 84, "fact")],
        ),
    ],
)
def test_structures_met_in_the_mixed_folder(text, expected):
    claims = extract(from_text(text), builtin_rules())
    assert [(c.metric, c.value.low, c.value.high, c.frame.mood) for c in claims] == expected
