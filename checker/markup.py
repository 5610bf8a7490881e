"""Visible text from a document's source, with a map back into it: plain text as it is, Markdown via
markdown-it-py (link and image text kept, URLs and code dropped), HTML via html.parser (script, style,
nav and the like dropped). Dates given in the markup (front matter, meta tags, <time>, JSON-LD) are read
here too.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser, locatestarttagend_tolerant  # type: ignore[attr-defined]
from typing import TYPE_CHECKING

import regex

from .records import DocDate, line_starts

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


class MarkupError(Exception):
    """Markup the parser could not read."""


class TooComplex(MarkupError):
    """Markup that would take time or memory out of proportion to its size to read (an input finding, I305)."""


@dataclass
class Parsed:
    """Visible text built piece by piece, each piece remembering where it sits in the source."""

    text_parts: list[str] = field(default_factory=list)
    text_starts: list[int] = field(default_factory=list)
    source_starts: list[int] = field(default_factory=list)
    length: int = 0
    title: str | None = None
    date: DocDate | None = None
    url: str | None = None
    """Where the page says it lives (front matter's url, a canonical link, og:url)."""
    warning: str | None = None
    """Why the markup was not read as such (Markdown nested too deep: read as plain text), or None."""

    def add(self, piece: str, source_offset: int) -> None:
        if not piece:
            return
        # Text and source advance together: a piece whose place in the source is unknown (markup or
        # escapes changed it) is put after the previous one, never before.
        if self.source_starts and source_offset < self.source_starts[-1]:
            source_offset = self.source_starts[-1] + len(self.text_parts[-1])
        self.text_parts.append(piece)
        self.text_starts.append(self.length)
        self.source_starts.append(source_offset)
        self.length += len(piece)

    def newline(self, source_offset: int) -> None:
        if self.text_parts and not self.text_parts[-1].endswith("\n"):
            self.add("\n", source_offset)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def given_date(self, value: str, where: str, quote: str) -> None:
        """Take the first date given in metadata (an ISO date, or the date part of a timestamp)."""
        day = iso_day(value)
        if day is not None and self.date is None:
            self.date = DocDate.given(day, quote, where)


_ISO_DAY = regex.compile(r"\s*['\"]?(\d{4})-(\d{2})-(\d{2})")


def iso_day(value: object) -> dt.date | None:
    """The date at the start of an ISO date or timestamp ("2025-09-16T10:00:00Z"), or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = _ISO_DAY.match(str(value))
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None
    except ValueError:
        return None


def _parse_txt(raw: str) -> Parsed:
    parsed = Parsed()
    parsed.add(raw, 0)
    return parsed


_FRONT_MATTER = regex.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", regex.S)


@cache
def _markdown() -> MarkdownIt:
    """The Markdown parser, built once (0.3 ms each time) and imported only when a Markdown document comes."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def _parse_md(raw: str) -> Parsed:
    parsed = Parsed()
    offset = 0
    fm = _FRONT_MATTER.match(raw)
    if fm:
        _front_matter(parsed, fm["body"])
        offset = fm.end()
    lines = line_starts(raw)
    md = _markdown()
    tokens = md.parse(raw[offset:])
    limit = md.options["maxNesting"]
    if tokens and max(t.level for t in tokens) >= limit - 1:  # past it, markdown-it drops text silently
        return _too_deep(parsed, raw, limit)
    first_line = raw.count("\n", 0, offset)  # markdown-it counts lines of the text after the front matter
    _md_blocks(parsed, raw, tokens, lines, first_line)
    return parsed


def _front_matter(parsed: Parsed, body: str) -> None:
    """The date, address and title given in a Markdown document's front matter."""
    for line in body.splitlines():
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key in ("date", "published"):
            parsed.given_date(value, "front matter", line.strip())
        elif key in ("url", "canonical_url") and value.strip():
            parsed.url = value.strip().strip("'\"")
        elif key == "title" and value.strip():
            parsed.title = value.strip().strip("'\"")


def _too_deep(parsed: Parsed, raw: str, limit: int) -> Parsed:
    """Markdown nested deeper than its parser reads, read as plain text with the front matter's metadata."""
    plain = _parse_txt(raw)
    plain.title, plain.date, plain.url = parsed.title, parsed.date, parsed.url
    plain.warning = f"Markdown nested deeper than its parser reads ({limit} levels); read as plain text"
    return plain


def _md_blocks(parsed: Parsed, raw: str, tokens: list, lines: tuple[int, ...], first_line: int) -> None:
    """The text of each block of a Markdown document, a line apart; the first heading, when there is no title
    yet, is the title."""
    heading = False
    for tok in tokens:
        if tok.type == "heading_open":
            heading = True
        if tok.type != "inline" or tok.map is None:
            continue
        begin = lines[min(first_line + tok.map[0], len(lines) - 1)]
        end = lines[first_line + tok.map[1]] if first_line + tok.map[1] < len(lines) else len(raw)
        cursor = _md_inline(parsed, raw, tok.children or [], begin, end)
        if heading and parsed.title is None:
            parsed.title = tok.content.strip()
        heading = False
        parsed.newline(cursor)


def _md_inline(parsed: Parsed, raw: str, children: list, cursor: int, end: int) -> int:
    skip = 0  # inside an autolink: its text is a URL
    for child in children:
        if child.type == "link_open" and child.markup == "autolink":
            skip += 1
        elif child.type == "link_close" and skip:
            skip -= 1
        elif child.type == "image":
            cursor = _md_inline(parsed, raw, child.children or [], cursor, end)
        elif child.type in ("softbreak", "hardbreak"):
            cursor = _md_break(parsed, raw, cursor, end)
        elif child.type == "text" and not skip and child.content:
            cursor = _md_text(parsed, raw, child.content, cursor, end)
    return cursor


def _md_break(parsed: Parsed, raw: str, cursor: int, end: int) -> int:
    """A line break at the next newline in the source (at ``cursor`` when there is none); the cursor after it."""
    nl = raw.find("\n", cursor, end)
    parsed.add("\n", nl if nl >= 0 else cursor)
    return nl + 1 if nl >= 0 else cursor


def _md_text(parsed: Parsed, raw: str, content: str, cursor: int, end: int) -> int:
    """A piece of text at its place in the source (at ``cursor`` when it is not found there as it is: escapes
    or entities changed it); the cursor after it."""
    found = raw.find(content, cursor, end)
    at = found if found >= 0 else cursor
    parsed.add(content, at)
    return at + (len(content) if found >= 0 else 0)


_DATE_META = {
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "dc.date",
    "dcterms.created",
    "publish-date",
    "sailthru.date",
    "parsely-pub-date",
}


def _json_ld_date(text: str) -> str | None:
    """The first "datePublished" in JSON-LD blocks, or None."""
    if "datePublished" not in text:
        return None
    m = regex.search(r'"datePublished"\s*:\s*"([^"]+)"', text)
    return m[1] if m else None


_SKIPPED_TAGS = {"script", "style", "nav", "noscript", "template", "svg", "head", "iframe", "object"}
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "blockquote",
    "figure",
    "figcaption",
    "main",
    "pre",
    "hr",
    "dd",
    "dt",
    "dl",
    "caption",
}


def _attr(a: dict[str, str | None], *keys: str) -> str:
    """The first of the attributes ``keys`` that a tag has and is not empty, else ""."""
    return next((value for key in keys if (value := a.get(key))), "")


def _is_canonical(tag: str, a: dict[str, str | None], name: str) -> bool:
    """Whether a start tag gives the page's address: <link rel="canonical"> or <meta property="og:url">."""
    return (tag == "link" and _attr(a, "rel").lower() == "canonical") or (tag == "meta" and name == "og:url")


MAX_TAG = 65_536
"""A start tag longer than this (in characters) makes an HTML document too complex to read (I305)."""


class _HTMLText(HTMLParser):
    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.parsed = Parsed()
        self.lines = [0, *(m.end() for m in regex.finditer(r"\n", raw))]
        self.skip_depth = 0
        self.in_title = False
        self.in_h1 = False
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.time_tags: list[str] = []
        self.in_json_ld = False
        self.json_ld: list[str] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.lines[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._metadata(tag, dict(attrs))
        if tag == "title":
            self.in_title = True
        if tag in _SKIPPED_TAGS:
            self.skip_depth += 1
        if tag == "h1":
            self.in_h1 = True
        if tag in _BLOCK_TAGS:
            self.parsed.newline(self._offset())

    def _metadata(self, tag: str, a: dict[str, str | None]) -> None:
        """What a start tag gives of the page: a date (a meta tag, <time>), its address (a canonical link,
        og:url), or the start of JSON-LD."""
        name = _attr(a, "property", "name", "itemprop").lower()
        if tag == "meta" and name in _DATE_META:
            self.parsed.given_date(_attr(a, "content"), "a meta tag", f'<meta {name}="{a.get("content")}">')
        elif self.parsed.url is None and _is_canonical(tag, a, name):
            self.parsed.url = _attr(a, "href", "content").strip() or None
        elif tag == "time" and a.get("datetime") and self.parsed.date is None:
            self.time_tags.append(a["datetime"] or "")
        elif tag == "script" and _attr(a, "type").lower() == "application/ld+json":
            self.in_json_ld = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            return  # a self-closed <svg/> opens nothing
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_json_ld = False
        if tag == "title":
            self.in_title = False
        if tag in _SKIPPED_TAGS and self.skip_depth:
            self.skip_depth -= 1
        if tag == "h1":
            self.in_h1 = False
        if tag in _BLOCK_TAGS:
            self.parsed.newline(self._offset())

    def _text(self, text: str, offset: int) -> None:
        if self.in_json_ld:
            self.json_ld.append(text)
        if self.in_title:
            self.title_parts.append(text)
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1_parts.append(text)
        self.parsed.add(text, offset)

    def handle_data(self, data: str) -> None:
        self._text(data, self._offset())

    def parse_starttag(self, i: int) -> int:
        """A start tag as the standard parser reads it, once it is known to end within MAX_TAG characters: the
        parser's pattern for a tag's end keeps state for every attribute it passes (two million of them took
        1.6 GB), so it is first run on at most MAX_TAG characters, and a longer tag makes the document too
        complex to read."""
        m = locatestarttagend_tolerant.match(self.rawdata, i, i + MAX_TAG + 1)
        if m is not None and m.end() > i + MAX_TAG:
            raise TooComplex(
                f"too complex to read: an HTML tag longer than {MAX_TAG:,} characters "
                f"(line {self.getpos()[0]}); its claims are skipped"
            )
        return super().parse_starttag(i)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """CPython's parser asserts on an unknown "<![keyword"; skip it like a bogus declaration instead."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            j = self.rawdata.find(">", i + 3)
            return -1 if j < 0 else j + 1

    def handle_entityref(self, name: str) -> None:
        self._text(html.unescape(f"&{name};"), self._offset())

    def handle_charref(self, name: str) -> None:
        self._text(html.unescape(f"&#{name};"), self._offset())


def _parse_html(raw: str) -> Parsed:
    parser = _HTMLText(raw)
    try:
        parser.feed(raw)
        parser.close()
    except TooComplex:
        raise
    except Exception as e:  # html.parser is lenient, but a parser bug must not stop the run
        raise MarkupError(f"HTML the parser cannot read ({type(e).__name__}: {e})") from None
    parsed = parser.parsed
    published = _json_ld_date("".join(parser.json_ld))
    if published:
        parsed.given_date(published, "JSON-LD", f'"datePublished": "{published}"')
    for value in parser.time_tags:
        parsed.given_date(value, "a <time> tag", f'<time datetime="{value}">')
    title = " ".join("".join(parser.title_parts).split()) or " ".join("".join(parser.h1_parts).split())
    parsed.title = title or None
    return parsed


PARSERS = {"txt": _parse_txt, "md": _parse_md, "html": _parse_html}


def parse_markup(raw: str, fmt: str) -> Parsed:
    """The visible text of ``raw`` in format ``fmt`` (txt, md or html), with its map and given date."""
    parsed = PARSERS[fmt](raw)
    if not parsed.text_starts:  # nothing visible: an empty text that maps to the file's start
        parsed.text_starts, parsed.source_starts = [0], [0]
    return parsed
