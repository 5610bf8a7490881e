"""Parallel runs, the claims cache and feedback on long runs give the same results as a plain run."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from checker import cache, pipeline, progress
from checker.pipeline import run

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
WIRE = (
    "GAZA CITY (AP) — Israeli strikes killed at least {n} people across the Gaza Strip overnight, hospital "
    "officials said. The ministry says the death toll in Gaza has climbed to {toll}, with 107,764 people "
    "wounded. Israel says {held} hostages remain in Gaza, of whom 24 are believed to be alive.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    for i in range(12):
        (docs / f"wire-{i:02d}.txt").write_text(
            WIRE.format(n=20 + i, toll=45_000 + 100 * i, held=59 - i), encoding="utf-8"
        )
    return docs


def _dump(result) -> tuple[list, list, list]:
    return (
        [d.model_dump(mode="json") for d in result.documents],
        [c.model_dump(mode="json") for c in result.claims],
        [f.model_dump(mode="json") for f in result.findings],
    )


def _counting(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = pipeline.check_document

    def counted(source, *rest):
        calls.append(source.id)
        return real(source, *rest)

    monkeypatch.setattr(pipeline, "check_document", counted)
    return calls


def test_two_processes_give_what_one_gives(corpus):
    one = run([corpus], jobs=1)
    two = run([corpus], jobs=2)
    assert len(one.claims) > 40 and _dump(one) == _dump(two)


def test_jobs_default_to_cores_only_for_large_sets(monkeypatch):
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 8)
    assert pipeline._jobs(None, 10) == 1
    assert pipeline._jobs(None, pipeline.AUTO_JOBS_FROM) == 8
    assert pipeline._jobs(4, 2) == 2 and pipeline._jobs(3, 100) == 3


def test_a_second_run_reads_the_cache(corpus, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    first = run([corpus], cache_dir=store)
    calls = _counting(monkeypatch)
    second = run([corpus], cache_dir=store)
    assert calls == [] and _dump(first) == _dump(second)
    (corpus / "wire-03.txt").write_text(WIRE.format(n=99, toll=47_000, held=50), encoding="utf-8")
    third = run([corpus], cache_dir=store)
    assert calls == ["wire-03"]  # only the changed document is extracted again
    assert any(c.quote.startswith("killed at least 99") for c in third.claims)


def test_entries_are_read_batch_by_batch(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "BATCH", 4)  # 17 documents: five batches, the last one short
    store = tmp_path / "cache"
    first = run([corpus], cache_dir=store)
    calls = _counting(monkeypatch)
    (corpus / "wire-07.txt").write_text(WIRE.format(n=77, toll=46_000, held=52), encoding="utf-8")
    second = run([corpus], cache_dir=store)
    assert calls == ["wire-07"] and len(second.documents) == len(first.documents) == 17


def test_each_document_is_read_and_dated_once(corpus, tmp_path, monkeypatch):
    """Issue 20: a document's bytes give its cache key and its text, also the text a cached document needs for
    the reports, in batches of the run's (pipeline.BATCH); its claims are dated once, by its date, given or
    inferred."""
    from checker import dating, extraction, loading

    monkeypatch.setattr(pipeline, "BATCH", 5)
    reads: list[Path] = []
    dated: list[int] = []
    real_read, real_with_date = loading.read, dating.with_date

    def read(file):
        reads.append(file)
        return real_read(file)

    def with_date(claims, *rest):
        dated.append(len(claims))
        return real_with_date(claims, *rest)

    for module in (loading, pipeline):
        monkeypatch.setattr(module, "read", read)
    for module in (dating, extraction):
        monkeypatch.setattr(module, "with_date", with_date)
    documents = len(list(corpus.iterdir()))
    first = run([corpus], jobs=1, cache_dir=tmp_path / "cache", keep_text=True)
    assert len(reads) == len(dated) == len(first.documents) == documents
    reads.clear()
    second = run([corpus], jobs=1, cache_dir=tmp_path / "cache", keep_text=True)  # from the cache, with texts
    assert len(reads) == documents and len(dated) == documents and _dump(first) == _dump(second)
    assert all(d.text for d in second.documents)


def test_a_run_from_the_cache_never_loads_the_tagger(corpus, tmp_path):
    """Compiling the tagger's patterns is most of start-up: a second `checker extract` whose documents all
    come from the cache must not import it (a fresh process, as a user runs it)."""
    probe = (
        "import sys; from checker.cli import app\n"
        "try:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print('tagger loaded' if 'checker.quantities' in sys.modules else 'tagger not loaded', file=sys.stderr)"
    )
    command = [sys.executable, "-c", probe, "extract", str(corpus), "-q", "--cache-dir", str(tmp_path / "cache")]
    first = subprocess.run(command, capture_output=True, text=True, check=True)
    second = subprocess.run(command, capture_output=True, text=True, check=True)
    assert first.stderr.strip() == "tagger loaded" and second.stderr.strip() == "tagger not loaded"
    assert second.stdout == first.stdout and "killed at least 20" in second.stdout


def test_a_corrupt_cache_is_rebuilt(corpus, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    store.mkdir()
    (store / cache.FILE).write_bytes(b"not a database at all" * 100)
    first = run([corpus], cache_dir=store)
    assert _dump(first) == _dump(run([corpus]))
    calls = _counting(monkeypatch)
    run([corpus], cache_dir=store)
    assert calls == []


def test_a_damaged_entry_is_not_trusted(corpus, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    first = run([corpus], cache_dir=store)
    with sqlite3.connect(store / cache.FILE) as db:
        db.execute("UPDATE entries SET value = '{\"document\": 1}' WHERE rowid = 1")
    calls = _counting(monkeypatch)
    again = run([corpus], cache_dir=store)
    assert len(calls) == 1 and _dump(first) == _dump(again)


def test_an_edited_entry_is_rebuilt_not_trusted(corpus, tmp_path, monkeypatch):
    """An entry that still parses but whose claims were set to none (a checkout can plant such a cache) is
    caught by its keyed digest: the document is checked again and its claims come back."""
    store = tmp_path / "cache"
    first = run([corpus], cache_dir=store)
    with sqlite3.connect(store / cache.FILE) as db:
        key, value = db.execute("SELECT key, value FROM entries WHERE value LIKE '%killed%' LIMIT 1").fetchone()
        emptied = json.dumps({**json.loads(value), "claims": []})
        db.execute("UPDATE entries SET value = ? WHERE key = ?", (emptied, key))
    calls = _counting(monkeypatch)
    again = run([corpus], cache_dir=store)
    assert len(calls) == 1 and _dump(first) == _dump(again)


def test_entries_are_committed_batch_by_batch(corpus, tmp_path, monkeypatch):
    """A killed run keeps what it finished: entries are committed every BATCH, not only at the end."""
    monkeypatch.setattr(cache, "BATCH", 4)
    store = cache.ClaimCache(tmp_path / "cache", "v")
    for i in range(5):
        store.put(f"k{i}", "{}")
    with sqlite3.connect(tmp_path / "cache" / cache.FILE) as other:
        assert other.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == 4
    store.close()


def test_the_default_cache_lives_outside_the_checkout(corpus, tmp_path, monkeypatch):
    project = tmp_path / "project"
    project.mkdir()
    (project / "claim-checker.toml").write_text(f'paths = ["{corpus.as_posix()}"]\n', encoding="utf-8")
    monkeypatch.chdir(project)
    from typer.testing import CliRunner

    from checker.cli import app

    assert CliRunner().invoke(app, ["extract", "-q"]).exit_code == 0
    assert sorted(p.name for p in project.iterdir()) == ["claim-checker.toml"]
    home = cache.default_directory(project)
    assert home.parent.parent == cache.user_directory() and home.name.startswith("project-")
    assert (home / cache.FILE).is_file()
    assert cache.default_directory(project) != cache.default_directory(tmp_path)
    key = cache.user_directory() / cache.KEY_FILE
    assert key.stat().st_mode & 0o077 == 0  # the integrity key is the user's alone


def test_a_cache_of_other_rules_is_stale(corpus, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    run([corpus], cache_dir=store)
    monkeypatch.setattr(cache, "version", lambda *args: "another version of the rules")
    calls = _counting(monkeypatch)
    run([corpus], cache_dir=store)
    assert len(calls) == 17  # everything again: five seeds and twelve wires


def test_the_cache_keeps_texts_for_the_reports(corpus, tmp_path):
    store = tmp_path / "cache"
    run([corpus], cache_dir=store, keep_text=True)
    again = run([corpus], cache_dir=store, keep_text=True)
    plain = run([corpus], keep_text=True)
    assert [d.text for d in again.documents] == [d.text for d in plain.documents] and all(plain.documents[0].text)


def test_feedback_only_on_a_terminal_outside_ci(monkeypatch):
    monkeypatch.setattr(progress.sys.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.delenv("CI", raising=False)
    assert progress.wanted(quiet=False)
    assert not progress.wanted(quiet=True)
    monkeypatch.setenv("CI", "true")
    assert not progress.wanted(quiet=False)


def test_the_closing_line():
    assert progress.summary(5, 28, 1, 0.0).startswith("checker: 5 documents, 28 claims, 1 finding in ")
    assert progress.summary(1, 1, None, 0.0).startswith("checker: 1 document, 1 claim in ")


def test_a_cache_that_fails_is_given_up(corpus, tmp_path, monkeypatch):
    class Locked:
        def execute(self, *args):
            raise sqlite3.OperationalError("database is locked")

        def close(self):
            pass

    real_open = cache.ClaimCache._open
    monkeypatch.setattr(cache.ClaimCache, "_open", lambda self, version: Locked())
    assert _dump(run([corpus], cache_dir=tmp_path / "cache")) == _dump(run([corpus]))  # no traceback, same result
    monkeypatch.setattr(cache.ClaimCache, "_open", real_open)
    (tmp_path / "file").write_text("not a directory")
    assert _dump(run([corpus], cache_dir=tmp_path / "file" / "cache")) == _dump(run([corpus]))


def test_records_share_their_set_of_field_names(corpus):
    """Claims are kept compactly: the names of the fields a claim was given are one set for all claims
    (it took more memory than the claim's values), also after a copy, a pickle and a cache round trip."""
    import pickle

    claims = run([corpus]).claims
    first, second = claims[0], claims[1]
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    moved = first.model_copy(update={"attributed_to": "a moved source"})
    assert moved.attributed_to == "a moved source" and first.attributed_to != moved.attributed_to
    assert "attributed_to" in moved.model_fields_set
    assert pickle.loads(pickle.dumps(first)).__pydantic_fields_set__ is first.__pydantic_fields_set__
    with pytest.raises(TypeError):
        first.__pydantic_fields_set__.add("figure")
    assert first.model_dump(exclude_unset=True).keys() <= first.model_dump().keys()


def test_a_run_leaves_the_cycle_collector_as_it_found_it(corpus):
    import gc

    before = gc.get_threshold()
    run([corpus], jobs=1)
    assert gc.get_threshold() == before
