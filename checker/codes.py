"""The finding codes: a letter for the family and three digits, a readable name, and what each means.

Codes and names are stable: never renumber, rename or reuse one. Retire a code by leaving it here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .records import Severity


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    severity: Severity
    summary: str
    why: str
    bad: str
    good: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "severity", Severity(self.severity))


CODES: dict[str, Code] = {
    c.code: c
    for c in (
        Code(
            "C101",
            "contradiction",
            Severity.ERROR,
            "Two claims about a fixed figure (one that should never change) cannot both be true.",
            "A historical figure such as the death toll of one attack or the date of an event has one true value; "
            "sources that disagree beyond their hedges mean one of them is wrong or out of date.",
            "A: “around 1,400 Israelis were killed on Oct. 7.”  B: “about 1,200 people were killed on Oct. 7.”",
            "A: “approximately 1,200 lives were lost.”  B: “Over 1,200 Israelis were killed.” (the intervals overlap)",
        ),
        Code(
            "C102",
            "concurrent-contradiction",
            Severity.ERROR,
            "Claims about the same quantity at the same time do not overlap (an error when their times are known to "
            "within the metric's window; info when they only may be of the same time).",
            "A level such as the number of displaced people can rise and fall, but at one moment it has one value: "
            "figures of the same time that exclude each other cannot all be right.",
            "A: “the displacement of thousands.”  B: “90% of Gaza’s 2.3 million residents have been displaced.”",
            "A: “as many as 50 hostages are still held.”  B: “dozens are still held.” (the intervals overlap)",
        ),
        Code(
            "C103",
            "regression",
            Severity.ERROR,
            "A cumulative total is lower in a later document than in an earlier one.",
            "A cumulative toll can only grow; a later, lower figure is a stale number copied forward or a typo.",
            "Jan 2024: “the death toll passed 25,000.”  Mar 2024: “more than 20,000 have been killed.”",
            "Jan 2024: “the death toll passed 25,000.”  Mar 2024: “more than 31,000 have been killed.”",
        ),
        Code(
            "C104",
            "invariant-violation",
            Severity.ERROR,
            "A part is larger than its whole at the same time: alive hostages above held hostages, displaced above "
            "population, a share above 100%.",
            "Such figures cannot both be right whatever the dates of the sources; one of them is wrong.",
            "“30 hostages are alive” in a document that says “24 hostages are still held.”",
            "“20 hostages are alive” and “48 hostages are still held.”",
        ),
        Code(
            "C105",
            "revised-figure",
            Severity.WARNING,
            "A document gives a fixed figure that another document says was officially revised (“revised down from "
            "1,400 to about 1,200”), and not the revised one.",
            "An early toll of an attack is often corrected; an article that still quotes the old figure after the "
            "correction is stale, and one written before it gave the figure then. The finding names the revision "
            "and its source, and says which when both dates are known.",
            "A: “the attack killed about 1,400 people.”  B: “Israel revised the toll from 1,400 to about 1,200.”",
            "A: “the attack killed about 1,200 people.”  B: “Israel revised the toll from 1,400 to about 1,200.”",
        ),
        Code(
            "D201",
            "drift",
            Severity.INFO,
            "A figure changed over time (up or down): its timeline in date order, for review.",
            "A running toll is expected to grow and a level (people displaced, hostages held) to rise or fall; the "
            "finding lists the figures in date order so a reader can see which sources are the newest.",
            "Aug 2024: “the death toll surpassed 40,000.”  Sep 2025: “a death toll exceeding 60,000.”",
            "All sources of the same date give the same figure.",
        ),
        Code(
            "D202",
            "unordered-spread",
            Severity.INFO,
            "Undated documents give cumulative figures that do not overlap, so it cannot be told whether the "
            "difference is growth or a regression.",
            "Without dates the checker cannot order the figures; date the documents (front matter or meta tags) "
            "to have them checked for regressions.",
            "Undated A: “the death toll surpassed 40,000.”  Undated B: “more than 10,000 have been killed.”",
            "Both documents carry a publication date.",
        ),
        Code(
            "D203",
            "sharp-disagreement",
            Severity.WARNING,
            "A count and an estimate of a running total differ far more than it can grow in the time between them.",
            "A toll that is three times higher a few months later is not growth: one source counts differently "
            "(a study's estimate against a ministry's count, another definition, another place). Read both.",
            "March 2024: “about 15,000 killed.”  May 2024: “an estimated 150,000 deaths, a study found.”",
            "March 2024: “about 31,000 killed.”  May 2024: “more than 35,000 killed.”",
        ),
        Code(
            "T401",
            "reference-contradiction",
            Severity.ERROR,
            "A dated claim says more than the reference series had reached on its date (the Gaza Ministry of "
            "Health's cumulative count, by default).",
            "A running toll cannot be ahead of the count it comes from; the figure is from a later date, "
            "misattributed, or wrong. The message gives the reference value, its date and its source.",
            "Dated 2024-02-15: “more than 40,000 have been killed in Gaza” (the ministry count was 28,663).",
            "Dated 2024-02-15: “more than 28,000 have been killed in Gaza”.",
        ),
        Code(
            "T402",
            "stale-figure",
            Severity.WARNING,
            "A dated claim gives a cumulative figure far below (more than 10%) what the reference series had "
            "reached on its date.",
            "Old figures get copied forward: a toll of 20,000 in an article from mid-2024 understates by half.",
            "Dated 2024-08-20: “the war has killed more than 20,000 people in Gaza”.",
            "Dated 2024-08-20: “the death toll surpassed 40,000”.",
        ),
        Code(
            "R501",
            "rule-error",
            Severity.ERROR,
            "A rule could not be loaded: its module failed to import, its TOML did not parse, or it declares something "
            "unsound (a pattern that does not compile, an undeclared metric, a code already taken). It is left out.",
            "A silently missing rule hides every claim it would have found; the run goes on without it, says so, and "
            "exits 2 (incomplete).",
            'A TOML rule whose pattern has an unbalanced parenthesis: regex = "{count} (killed"',
            'regex = "{count} (?:people )?killed"',
        ),
        Code(
            "R502",
            "rule-failed",
            Severity.ERROR,
            "A rule's custom extractor raised an error; the rule is skipped for the rest of the run.",
            "The other rules still run, but the claims this rule would have found are missing, so the run is "
            "incomplete (exit 2).",
            "An extractor that indexes past the end of a sentence's quantities.",
            "An extractor that returns no Hit when the sentence does not fit.",
        ),
        Code(
            "S601",
            "unused-suppression",
            Severity.WARNING,
            "A suppression (an inline <!-- claim-checker: ignore CODE --> comment, or a [[suppress]] entry in the "
            "configuration) matches no finding.",
            "A suppression that no longer matches was written for a discrepancy that has been fixed; left in place, "
            "it would hide the next one.",
            "<!-- claim-checker: ignore C102 --> in a document whose figures now agree.",
            "The comment removed once the figures agree.",
        ),
        Code(
            "S602",
            "bad-suppression",
            Severity.ERROR,
            "An inline <!-- claim-checker: ... --> comment is not of the form <!-- claim-checker: ignore CODE "
            "[METRIC] --> with a known finding code (codes are upper case).",
            "A misspelt suppression suppresses nothing: the finding it was written for is reported, or, worse, the "
            "writer believes a discrepancy is accepted when the comment is ignored.",
            "<!-- claim-checker: ignore c102 -->",
            "<!-- claim-checker: ignore C102 displaced.gaza: the analysis uses the earlier figure on purpose -->",
        ),
        Code(
            "I301",
            "unreadable-input",
            Severity.ERROR,
            "A path given to the checker could not be read: it does not exist, is not a regular file, cannot be "
            "opened, is a broken or looping symbolic link, or disappeared during the run.",
            "A document that is silently skipped hides its claims; the run goes on with the others and says which "
            "files it could not read and why.",
            "checker check reports/2024-08.txt (a typo in the name)",
            "Every path names a readable .txt, .md, .html or .pdf document or a directory of them.",
        ),
        Code(
            "I302",
            "binary-input",
            Severity.ERROR,
            "A file with a text extension holds binary content (an image, a PDF named .txt, an archive) or is not in "
            "the encoding its byte order mark declares.",
            "Binary bytes read as text would give nonsense figures; the file is skipped and named.",
            "photo.txt that is really a PNG; report.html that is really a PDF.",
            "A PDF keeps its .pdf extension and is read as a PDF.",
        ),
        Code(
            "I303",
            "guessed-encoding",
            Severity.WARNING,
            "A file is not valid UTF-8; the checker assumed another encoding (Windows-1252, Latin-1) or replaced the "
            "bad bytes, and says which.",
            "A wrong guess garbles quotes and names; re-save the file as UTF-8 to be sure of its text.",
            "A 2009 archive page saved in Windows-1252: “Gaza’s” arrives as the byte 0x92.",
            "The same page re-saved as UTF-8.",
        ),
        Code(
            "I304",
            "empty-input",
            Severity.WARNING,
            "A document is empty or has no visible text (only white space, markup or script).",
            "An empty file is usually a failed download or export; it gives no claims and hides nothing, but its "
            "figures are missing from the check.",
            "A scraped page whose article body is loaded by JavaScript: the HTML has no text.",
            "The scraper saves the rendered article text.",
        ),
        Code(
            "I305",
            "input-too-complex",
            Severity.ERROR,
            "A document is over 32 MB (it is not read), took over 30 s to scan or made a pattern run past its "
            "time limit (a megabyte of digits and commas), or holds markup too complex to read (an HTML tag "
            "longer than 64 KB); its claims are skipped.",
            "Without a limit one pathological file could hang the whole run; it is skipped and named instead.",
            "A data dump pasted into a .txt file: 1,2,3,4,... for a million characters.",
            "Data tables are kept out of the document set, or split into ordinary text.",
        ),
        Code(
            "I306",
            "duplicate-id",
            Severity.WARNING,
            "Two files would have the same document id (the path without its extension), so both keep their "
            "extension in their ids.",
            "Document ids name documents in findings, baselines and reports; two documents must never share one.",
            "talks.md and talks.html in one folder.",
            "One of them is renamed or removed.",
        ),
        Code(
            "I307",
            "no-documents",
            Severity.ERROR,
            "A path holds nothing to check: a directory with no .txt, .md, .html or .pdf files, or a file of another "
            "type.",
            "A check that silently checks nothing would pass; an empty input is an error.",
            "checker check exports/ where the export wrote .docx files.",
            "checker check exports/ after converting them to .txt or .html.",
        ),
        Code(
            "I308",
            "bad-manifest",
            Severity.ERROR,
            "A documents.toml manifest cannot be read, or one of its entries has an unknown key or a bad date.",
            "The manifest gives documents their dates and outlets; a broken entry would silently leave a document "
            "undated.",
            '["talks.md"]\ndate = "16 Aug 2024"',
            '["talks.md"]\ndate = 2024-08-16\noutlet = "Reuters"',
        ),
        Code(
            "I309",
            "markup-too-deep",
            Severity.WARNING,
            "A Markdown document nests lists or quotes deeper than its parser reads (20 levels); it is read as plain "
            "text instead, markup and all.",
            "Past the limit the parser drops text without a word: a claim could be hidden there. Read as plain text, "
            "every figure is still checked.",
            "A list nine levels deep, or thirty '>' before a paragraph.",
            "Lists and quotes a few levels deep.",
        ),
        Code(
            "I310",
            "unreadable-pdf",
            Severity.ERROR,
            "A PDF cannot be read: it is encrypted and needs a password, or it is broken (truncated, damaged).",
            "Its claims would be silently missing; the file is skipped and named, with why.",
            "A report saved with a password to open it; a download cut off half-way.",
            "An unencrypted, complete copy of the PDF (or its text saved as .txt).",
        ),
    )
}
