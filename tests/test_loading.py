"""Loading .txt, .md and .html: visible text only, and every offset leads back into the source file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from checker.discovery import builtin_rules
from checker.extraction import extract
from checker.loading import InputFile, bundled_seeds, find_sources, load
from checker.quantities import parse


def _load(tmp_path: Path, name: str, content: str | bytes) -> object:
    f = tmp_path / name
    f.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    doc, _ = load(InputFile(f, f.relative_to(tmp_path).with_suffix("").as_posix(), name))
    return doc


def _source_text(doc, tmp_path: Path) -> str:
    return (tmp_path / Path(doc.path)).read_text(encoding="utf-8-sig")


def test_txt_is_taken_as_is(tmp_path):
    doc = _load(tmp_path, "a.txt", "Line one.\nOver 1,200 Israelis were killed.\n")
    assert doc.text == "Line one.\nOver 1,200 Israelis were killed.\n"
    assert doc.id == "a" and doc.format == "txt"
    span = doc.source_map.span(10, 20)
    assert (span.start, span.end, span.line, span.column) == (10, 20, 2, 1)


def test_crlf_and_lone_cr_line_numbers(tmp_path):
    doc = _load(tmp_path, "a.txt", "One.\r\nTwo.\rThe death toll in Gaza rose to 34,000.\r\n")
    i = doc.text.index("34,000")
    span = doc.source_map.span(i, i + 6)
    assert span.line == 3 and span.column == doc.text.index("34,000") - doc.text.index("The") + 1


def test_markdown_keeps_link_and_image_text_not_urls(tmp_path):
    md = (
        "---\ntitle: Truce talks\ndate: 2024-08-16\n---\n"
        "# Gaza talks resume\n\n"
        "![Aid trucks at Rafah 2024](https://example.org/img/47831f_29b78e833429491cad45e9f53bb7e4f7~mv2.png)\n\n"
        "Gaza’s death toll [surpassed 40,000](https://example.org/toll/40000), officials said.\n\n"
        "```\nbudget = 2500000\n```\n\n"
        "    indented code 777\n\n"
        "See <https://example.org/2023/10/07> and `inline 999`.\n"
    )
    doc = _load(tmp_path, "talks.md", md)
    assert doc.title == "Truce talks"
    assert doc.date.estimate == dt.date(2024, 8, 16) and doc.date.source == "given"
    assert doc.date.evidence[0].reason == "given in front matter"
    assert "Aid trucks at Rafah 2024" in doc.text and "surpassed 40,000" in doc.text
    for gone in ("47831f", "example.org", "2500000", "777", "999", "https"):
        assert gone not in doc.text
    source = _source_text(doc, tmp_path)
    for q in parse(doc.text):
        span = doc.source_map.span(q.start, q.end)
        assert source[span.start : span.end] == q.text


def test_html_visible_text_entities_and_offsets(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>Gaza &amp; the truce</title>"
        '<meta property="article:published_time" content="2025-09-16T10:00:00Z">'
        "<script>var toll = 99999;</script><style>p{width:700px}</style></head>\n"
        "<body><nav>Home | 42 stories</nav>\n<article><h1>Talks stall</h1>\n"
        "<p>Gaza&#8217;s death toll exceeded 60,000 Palestinians,\n according to health officials.</p>"
        "<p>Over&nbsp;1,200 Israelis were killed on Oct.&nbsp;7.</p></article></body></html>"
    )
    doc = _load(tmp_path, "page.html", page)
    assert doc.title == "Gaza & the truce"
    assert doc.date.estimate == dt.date(2025, 9, 16) and doc.date.evidence[0].reason == "given in a meta tag"
    assert "99999" not in doc.text and "700" not in doc.text and "42 stories" not in doc.text
    assert "Gaza’s death toll exceeded 60,000" in doc.text
    source = _source_text(doc, tmp_path)
    i = doc.text.index("60,000")
    span = doc.source_map.span(i, i + 6)
    assert source[span.start : span.end] == "60,000"
    assert span.line == 4


def test_seed_002_image_url_gives_no_claim():
    seeds = bundled_seeds()
    doc, _ = load(
        InputFile(seeds / "002_f82f247900acdfe3.txt", "002_f82f247900acdfe3", "seeds/002_f82f247900acdfe3.txt")
    )
    url_line = next(line for line in doc.text.splitlines() if line.startswith("![[Polistratics]]"))
    start = doc.text.index(url_line)
    end = start + len(url_line)
    assert not [q for q in parse(doc.text) if start <= q.start < end]
    assert not [c for c in extract(doc, builtin_rules()) if c.span.line <= 8]  # furniture and the image


def test_find_sources_recurses_and_skips_hidden(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("x")
    (tmp_path / "a" / "two.md").write_text("x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "three.txt").write_text("x")
    (tmp_path / ".four.txt").write_text("x")
    (tmp_path / "notes.docx").write_text("x")
    sources, problems = find_sources([tmp_path])
    assert sorted(s.file.relative_to(tmp_path).as_posix() for s in sources) == ["a/one.txt", "a/two.md"]
    assert problems == []


def test_find_sources_orders_files_and_treats_links_once(tmp_path, monkeypatch):
    """Each directory's files by name, then its subdirectories; a linked file is checked once, a link to a
    directory is not followed, and paths are shown through the directories' real paths."""
    (tmp_path / "docs" / "b" / "c").mkdir(parents=True)
    for name in ("z.txt", "b/one.md", "b/c/two.html", "a.TXT"):
        (tmp_path / "docs" / name).write_text("x")
    os.symlink(tmp_path / "docs" / "b" / "one.md", tmp_path / "docs" / "b" / "again.txt")
    os.symlink(tmp_path / "docs" / "b", tmp_path / "docs" / "elsewhere")
    os.symlink(tmp_path / "docs", tmp_path / "through")
    monkeypatch.chdir(tmp_path)
    sources, problems = find_sources([Path("through")])
    assert [(s.id, s.shown) for s in sources] == [
        ("a", "docs/a.TXT"),
        ("z", "docs/z.txt"),
        ("b/again", "docs/b/again.txt"),
        ("b/c/two", "docs/b/c/two.html"),
    ]
    assert problems == []


def test_find_sources_problems(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "x.docx").write_text("x")
    _, problems = find_sources([tmp_path / "nope", tmp_path / "empty", tmp_path / "x.docx"])
    assert [p.message for p in problems] == [
        "no such file or directory",
        "no .txt, .md, .html or .pdf documents in this directory",
        "unsupported file type .docx; expected .txt, .md, .html or .pdf",
    ]


def test_ids_are_relative_to_the_root(tmp_path):
    (tmp_path / "2024" / "aug").mkdir(parents=True)
    (tmp_path / "2024" / "aug" / "talks.md").write_text("Talks.")
    sources, _ = find_sources([tmp_path])
    assert [s.id for s in sources] == ["2024/aug/talks"]
