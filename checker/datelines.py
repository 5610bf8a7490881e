"""Where a page says when it was written: a dateline, a "Published" or "Updated" line, a date alone on a line
at the top, a byline's date, "Today, <date>". Such a date is the document's day; any other date the text
mentions only bounds it (see dating.py).

Read only near the top of the text (page furniture and the first paragraph), and never a photo caption's
date ("... in Gaza City, October 12, 2025. REUTERS/Stringer"): a caption dates its picture, which may be old.
"""

from __future__ import annotations

import datetime as dt

import regex

from .records import Quantity

TOP = 1500
"""How far into a text (in characters) a dateline or a date alone on its line is looked for."""
MARKED = 4000
"""How far a "Published" or "Updated" marker is looked for (page furniture can run long)."""

_MARKER = regex.compile(
    r"(?P<marker>\b(?:(?:date\s+|first\s+)?published|updated|posted|last\s+(?:updated|modified)|publication\s+date|"
    r"written\s+by(?:\s+[^\n]{0,40}?)?)\b)\s*(?:on|at)?\s*[:|]?\s*$",
    regex.I,
)
_LINE_MARKER = regex.compile(r"(?:^|\n)[ \t]*(?:date|dated|issued(?:\s+on)?|released(?:\s+on)?)\s*[:|]?\s*$", regex.I)
"""A publication marker that is one only at the start of a line ("Date: 15 January 2024", "Issued on ...")."""
_TODAY = regex.compile(r"\b(?:(?P<today>today|this\s+day)|(?P<yesterday>yesterday))\s*,?\s*$", regex.I)
"""A day the text says it is written on, or the day after: "Today, Tuesday, October 7, 2025", "Yesterday, 7 October"."""
_LINE_START = regex.compile(r"(?:^|\n)[ \t]*(?:[|•·*\-–—][ \t]*)?$")
_LINE_END = regex.compile(  # what may follow a date alone on its line: a time, a zone, a byline, furniture after "•"
    r"(?:[ \t]*[,|/•·-]?[ \t]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\((?:UTC|GMT)[^)\n]{0,8}\)|GMT|UTC|ET|"
    r"EST|EDT|IST|CET|CEST|BST|PST|PDT|CST|CDT|MST|AST|EET|EEST|MSK|WAT|EAT|JST|KST|PKT|AEST|AEDT|"
    r"\d{1,2}\s*min(?:ute)?s?\s+read|updated[^\n]{0,30})){0,3}[ \t]*(?:\s[Bb]y\s+[\p{Lu}][^\n]{1,60})?"
    r"(?:[ \t]*[•·|][ \t]*[^\n•·|]{1,30}){0,4}[ \t]*(?:\n|$)",
    regex.I,
)
_BYLINE = regex.compile(
    r"(?:^|\n)[ \t]*(?:By\s+[^\n•|]{2,60}?\s*[•|,·-]|(?:[\p{Lu}][\w.'’-]*\s+){1,3}[\p{Lu}][\w.'’-]*\s*[•|·])\s*$"
)
"""A byline before a date: "By Jane Roe • ", "By Jane Roe, ", "Jane Roe | "."""
_WEEKDAY = regex.compile(
    r"(?:\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\b\.?,?\s*)$", regex.I
)
_PLACE_LEAD = regex.compile(  # "BEIRUT (", "ROME/NEW YORK/PORT SUDAN, ", "Kanazawa, Ishikawa Pref., ", "CAIRO, "
    r"(?:^|\n)[ \t]*(?:[\p{Lu}][\w.'’-]*(?:[ /-]+[\p{Lu}][\w.'’-]*){0,4}(?:,\s*[\p{Lu}][\w.'’ -]{0,30}){0,2})"
    r"\s*(?:,|\(|\s[-–—]{1,2})\s*$"
)
_DATELINE_TAIL = regex.compile(
    r"\s*\)?,?\s*(?:\((?:[\w .-]{2,20})\))?\.?\s*(?:/[\w .-]{2,12}/|(?:[-—–]{1,2}|:|\|))", regex.I
)
_DATE_FIRST_TAIL = regex.compile(
    r",?\s*(?:[\p{Lu}][\w.'’-]*(?:\s+[\p{Lu}][\w.'’-]*){0,3})?\s*"
    r"(?:\((?:[\w .-]{2,20})\)\s*)?(?:[-—–]{1,2}|[|/:])\s+(?=[\p{Lu}\d\"“])"
)
_GLUED = regex.compile(r"[\p{Lu}]")
"""Right after a date that opens a text, with no space: the next element of the page (its source's name), run on."""
_REPORT_TITLE = regex.compile(  # "UNHCR Lebanon Emergency Regional Update (", "Flash Update #5 - ", "Sitrep: "
    r"(?:^|\n)[^\n]{0,80}\b(?:update|report|bulletin|brief|briefing|sitrep|snapshot|factsheet|fact\s+sheet|"
    r"dashboard|digest|release|statement)"
    r"(?:\s*(?:no\.?|#)\s*\d+)?\s*(?:\(|[-–—:|,])\s*$",
    regex.I,
)
"""The title of a report, dated at its end: the report's date ("as of" dates its figures, not the report)."""
_TITLE_END = regex.compile(r"\s*\)?[ \t]*(?:\n|$)")
_NUMERIC_TWIN = regex.compile(r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4})[ \t]+$")
"""A numeric date just before a written one on a page's top line ("10/08/2024 October 8, 2024"): the same day."""
_AMBIGUOUS = regex.compile(r"(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|1[0-2])[-/.]\d{2,4}")
"""A numeric date whose day and month could be either way round ("01-02-2025"): no page's date."""
_CAPTION = regex.compile(
    r"(?:REUTERS|AFP|EPA|XINHUA|ANADOLU)(?!\))|AP Photo|Getty|(?i:credit:|\bphotos?\b|file photo)|©"
)
"""A photo credit after a date: the date is a caption's (the agency in a dateline is in brackets: "(Reuters)")."""


def role(text: str, q: Quantity) -> str | None:
    """How a date the text mentions says when the text was written: "published" (a dateline, a publication
    line, a date alone on a top line, a report's title, "Today, <date>"), "yesterday" ("Yesterday, <date>":
    written the day after), "updated" (an update line: written on or before it), "caption_day" (a photo
    caption's date that the story's lede names by its weekday: written within the week after), "caption" (any
    other photo caption's date: written after it), or None (a date the text merely mentions)."""
    if q.kind != "date" or q.start > MARKED or _AMBIGUOUS.fullmatch(q.text):
        return None
    before = text[max(0, q.start - 60) : q.start]
    after = text[q.end : q.end + 80]
    marker = _MARKER.search(before) or _LINE_MARKER.search(before)
    if marker is not None:
        return "updated" if regex.search(r"updated|modified", marker.group(), regex.I) else "published"
    if q.start > TOP:
        return None
    line = after.split("\n", 1)[0]
    if _CAPTION.search(line):
        return "caption_day" if _caption_of_the_day(text, q, before, line) else "caption"
    return _top_role(text, q, before)


def _top_role(text: str, q: Quantity, before: str) -> str | None:
    """How a date near the top of a text, with no publication marker before it and no photo credit after it, says
    when the text was written: "published", "yesterday", or None (a date the text merely mentions)."""
    today = _TODAY.search(before)
    if today is not None:
        return "yesterday" if today["yesterday"] else "published"  # "Today, Tuesday, October 7, 2025"
    if _BYLINE.search(before):
        return "published"  # "By Jane Doe • 29 February 2024"
    if _REPORT_TITLE.search(before) and not regex.search(r"\bas\s+of\s*\(?\s*$", before, flags=regex.I):
        if _TITLE_END.match(text, q.end):
            return "published"  # "UNHCR Lebanon Emergency Regional Update (23 October 2024)"
    return _dateline_role(text, q, _lead(before, q))


def _lead(before: str, q: Quantity) -> str:
    """What stands before a date, less the weekday just before it and a numeric date of the same day."""
    weekday = _WEEKDAY.search(before)
    lead = before[: weekday.start()] if weekday is not None else before
    twin = _NUMERIC_TWIN.search(lead)
    if twin is not None and _same_day(twin, q):
        lead = lead[: twin.start()]
    return lead


def _dateline_role(text: str, q: Quantity, lead: str) -> str | None:
    """ "published" for a date alone on its line, in a dateline, opening a line before a place, or opening the text
    run on into the next page element (``lead``: what stands before it, see _lead); else None."""
    if _LINE_START.search(lead) and _LINE_END.match(text, q.end):
        return "published"  # "Thursday, January 25, 2024" alone on its line
    if _PLACE_LEAD.search(lead) and _DATELINE_TAIL.match(text, q.end):
        return (
            "published"  # "BEIRUT (September 17, 2024) —", "ROME, 1 August 2024 -", "Kanazawa, Feb. 1 (Jiji Press)--"
        )
    if _LINE_START.search(lead) and _DATE_FIRST_TAIL.match(text, q.end):
        return "published"  # "August 2, 2024, Port Sudan - ", "March 18, 2025 | Gaza Strip –"
    if not text[: q.start].strip() and _GLUED.match(text, q.end) and isinstance(q.low, str) and q.low[:2] != "--":
        return "published"  # "July 18, 2025Clash Report Israeli officials ...": the page's date element, run on
    return None


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NAME = regex.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", regex.I)
_FILE_PHOTO = regex.compile(r"\bfile\b|\barchive\b", regex.I)
LEDE = 700
"""How far after a photo caption (in characters) its story's first lines are read for the weekday they name."""


def _caption_of_the_day(text: str, q: Quantity, before: str, line: str) -> bool:
    """Whether a photo caption's date is the day the story's lede names by its weekday ("... in Kyiv, July 8,
    2024. REUTERS/..." then "Russia struck Kyiv on Monday"): the one weekday the lines after it name is the
    caption date's (a file photo's date is of another day)."""
    if not isinstance(q.low, str) or q.low.startswith("--") or _FILE_PHOTO.search(before + line):
        return False
    lede = text[q.end + len(line) : q.end + len(line) + LEDE]
    named = {m.group().lower() for m in _WEEKDAY_NAME.finditer(lede)}
    return named == {_WEEKDAY_NAMES[dt.date.fromisoformat(q.low).weekday()]}


def _same_day(numeric: regex.Match, q: Quantity) -> bool:
    """Whether a numeric date, read either way round, is the day ``q`` gives."""
    if not isinstance(q.low, str) or q.low.startswith("--"):
        return False
    a, b, year = numeric["a"].zfill(2), numeric["b"].zfill(2), numeric["y"]
    return q.low in (f"{year}-{a}-{b}", f"{year}-{b}-{a}")


_URL_DATE = regex.compile(
    r"/(?P<y>20\d\d)(?:(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])|[/-](?P<m>0?[1-9]|1[0-2])[/-]"
    r"(?P<d>0?[1-9]|[12]\d|3[01]))(?=[/._-]|$)"
    r"|/(?P<d>0?[1-9]|[12]\d|3[01])-(?P<name>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-(?P<y>20\d\d)(?=[/._-]|$)",
    regex.I,
)
"""A day as a segment of an address's path: /2024/10/07/, /2025/6/20/, /2025-01-21/, /20231128-slug, /20231125.htm,
/25-Jan-2024/."""
_URL_MONTH = regex.compile(r"/(?:[a-z]+-)?(?P<y>20\d\d)[/-](?P<m>0[1-9]|1[0-2])(?=/)", regex.I)
"""A month as a segment of an address's path: /2024/03/slug, /news/2024-01/43888, /nachrichten-2024-10/."""
_MONTH_NAMES = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def _path(url: str) -> str:
    return regex.sub(r"^[a-z][\w+.-]*://[^/]*", "", url.split("?", 1)[0].split("#", 1)[0], flags=regex.I)


def from_url(url: str | None) -> dt.date | None:
    """The publication day a page's address carries in its path, or None (a year or a month alone is none)."""
    if not url:
        return None
    m = _URL_DATE.search(_path(url))
    if m is None:
        return None
    month = _MONTH_NAMES.index(m["name"].lower()) + 1 if m["name"] else int(m["m"])
    try:
        return dt.date(int(m["y"]), month, int(m["d"]))
    except ValueError:  # 2023/02/30
        return None


def month_from_url(url: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the publication month a page's address carries in its path (/2024/03/slug), or
    None; an address with a day is read by from_url."""
    if not url:
        return None
    m = _URL_MONTH.search(_path(url))
    if m is None:
        return None
    first = dt.date(int(m["y"]), int(m["m"]), 1)
    return first, (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
