"""PDF documents (issue 21, item 11a): read page by page with pypdf; every location names the page and the line
on it; an encrypted or broken PDF is one input finding (I310), never a traceback.

The PDFs are built here by hand (``minimal_pdf``): a few objects and one line of Helvetica per string."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from typer.testing import CliRunner

from checker.cli import app
from checker.pipeline import run
from checker.writers.ci_formats import findings_csv, github, sarif
from checker.writers.reports import render_html, render_markdown
from checker.writers.wording import message

PAGES = [
    ["OCHA flash update, 12 March 2024.", "Hostilities continued across the Gaza Strip."],
    ["Gaza's death toll surpassed 31,000 on 10 March 2024, the Health Ministry said."],
]


def minimal_pdf(pages: list[list[str]]) -> bytes:
    """A PDF of text pages, one line per string (plain ASCII without parentheses or backslashes)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        ops = "".join(f"BT /F1 11 Tf 72 {720 - 16 * i} Td ({line}) Tj ET\n" for i, line in enumerate(lines))
        objects.append(f"<< /Length {len(ops)} >>\nstream\n{ops}endstream")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {len(objects)} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>"
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _encrypted(data: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt("secret", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _docs(tmp_path: Path, **files: bytes) -> Path:
    d = tmp_path / "docs"
    d.mkdir()
    for name, data in files.items():
        (d / name.replace("_", ".")).write_bytes(data)
    return d


def test_a_pdf_claim_says_its_page_and_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _docs(tmp_path, flash_pdf=minimal_pdf(PAGES))
    result = run([Path("docs")], keep_text=True)
    (doc,) = result.documents
    assert doc.format == "pdf" and doc.title == "OCHA flash update, 12 March 2024."
    (claim,) = [c for c in result.claims if c.metric.startswith("killed")]
    assert (claim.span.page, claim.span.line) == (2, 1) and claim.id.startswith("flash:p2:1:")
    assert claim.span.at("docs/flash.pdf") == "docs/flash.pdf (page 2, line 1)"
    assert claim.value.describe() == "more than 31,000"
    out = CliRunner().invoke(app, ["extract", "docs", "--no-cache"]).stdout
    assert "docs/flash.pdf (page 2, line 1)" in out, out
    data = json.loads(CliRunner().invoke(app, ["extract", "docs", "--no-cache", "--format", "json"]).stdout)
    spans = [c["span"] for c in (data["claims"] if isinstance(data, dict) else data) if c["metric"] == claim.metric]
    assert spans[0]["page"] == 2 and spans[0]["line"] == 1


def test_pdf_locations_in_every_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    later = b"Gaza's death toll stood at 30,000 on Friday, the Health Ministry said.\n"
    manifest = b'["flash.pdf"]\ndate = 2024-03-12\n["later.txt"]\ndate = 2024-04-12\n'
    _docs(tmp_path, flash_pdf=minimal_pdf(PAGES), later_txt=later, documents_toml=manifest)
    result = run([Path("docs")], keep_text=True)
    assert "C103" in [f.code for f in result.findings if f.claims]
    (found,) = [r for r in json.loads(sarif(result))["runs"][0]["results"] if r["ruleId"] == "C103"]
    regions = [loc["physicalLocation"]["region"] for loc in found["locations"] + found.get("relatedLocations", [])]
    assert any(r.get("properties") == {"page": 2} and r["startLine"] == 1 for r in regions), regions
    assert "page" in findings_csv(result).splitlines()[0].split(",")
    html = render_html(result, tmp_path / "report.html")
    assert "docs/flash.pdf (page 2, line 1)" in html and 'href="./docs/flash.pdf#page=2"' in html
    assert "docs/flash.pdf (page 2, line 1)" in render_markdown(result, tmp_path / "report.md")
    assert all("flash.pdf,line=" not in line for line in github(result).splitlines())


def test_encrypted_and_broken_pdfs_are_one_line_each(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # (check writes its reports here)
    good = minimal_pdf(PAGES)
    _docs(
        tmp_path,
        locked_pdf=_encrypted(good),
        cut_pdf=good[:200],
        junk_pdf=b"%PDF-1.4\nnot really",
        empty_pdf=minimal_pdf([[]]),
    )
    result = run([Path("docs")])
    found = sorted((f.code, message(f, {})) for f in result.findings if f.path)
    assert found == [
        ("I304", "docs/empty.pdf: no text (a scanned PDF? its pages are images: run OCR first)"),
        ("I310", "docs/cut.pdf: not a readable PDF (Stream has ended unexpectedly)"),
        ("I310", "docs/junk.pdf: not a readable PDF (Stream has ended unexpectedly)"),
        ("I310", "docs/locked.pdf: an encrypted PDF that needs a password; save an unencrypted copy"),
    ], found
    r = CliRunner().invoke(app, ["check", "docs/locked.pdf", "--no-cache"])
    assert "Traceback" not in r.output and "locked.pdf: an encrypted PDF" in r.output
