"""Wire copy reprinted by several outlets is one report: its copies count once when findings weigh which
figures agree, and the reports say which documents repeat which."""

from __future__ import annotations

from pathlib import Path

from checker.pipeline import run
from checker.writers.reports import render_markdown

WIRE = (
    "Hamas gunmen who stormed southern Israel on October 7 took 240 hostages back to Gaza, the army said on "
    "Tuesday. Negotiations on their release have stalled, officials in Doha said, while the toll of the attack "
    "was put at 1,200 people killed."
)


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_copies_count_once(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    _write(docs, "wire-a.txt", "JERUSALEM (Wire) - " + WIRE)
    _write(docs, "wire-b.txt", "TEL AVIV, Nov 21 - " + WIRE.replace("stormed", "stormed into"))
    _write(docs, "wire-c.txt", WIRE + " Talks resume next week.")
    _write(docs, "paper.txt", "Hamas took 253 hostages during the October 7 attack, a count by the newspaper shows.")
    _write(docs, "ngo.txt", "An NGO tally shows that 253 hostages were taken into Gaza during the October 7 attack.")
    result = run([docs])
    assert [c.documents for c in result.copies] == [("wire-a", "wire-b", "wire-c")]
    taken = [f for f in result.findings if f.metric == "hostages.taken"]
    # three copies of one report against two reports: the two independent counts are the consensus
    assert sorted(f.claims[0].split(":")[0] for f in taken) == ["wire-a", "wire-b", "wire-c"]
    md = render_markdown(result, tmp_path / "report.md")
    assert "## Documents that repeat each other" in md and "wire-a, wire-b, wire-c (" in md


def test_different_words_are_different_reports(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    _write(docs, "a.txt", "Hamas took 240 hostages on October 7, the army said.")
    _write(docs, "b.txt", "Some 240 people were taken hostage in the October 7 attack, officials say.")
    assert run([docs]).copies == []
