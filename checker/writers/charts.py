"""One inline SVG chart per metric: each claim a mark at its as-of date, an interval as a bar, coloured by
document (a legend under the plot names each document with its colour), contradicted claims ringed in red,
and the reference series (when there is one) as a line; a few evenly spaced dates label the time axis. Built here, in
Python, with every piece of text escaped; the page needs no script to show it."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from html import escape

from ..records import Claim
from ..reference import Series

W, H, LEFT, RIGHT, TOP, BOTTOM = 640, 220, 64, 16, 12, 28
TICKS = 5
"""Dates labelled on the time axis (the first, the last and evenly spaced ones between)."""
LEGEND_ROW, CHAR_W = 16, 6.2
PALETTE = ["#0969da", "#bf3989", "#1a7f37", "#9a6700", "#8250df", "#cf222e", "#0550ae", "#953800", "#116329", "#6639ba"]


def color(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def as_of_text(c: Claim) -> str:
    """A claim's as-of date for people, its uncertainty visible: "2024-08-16", "2024-08-13 (inferred, to
    2024-08-20)", "2023-06-15 to 2025-06-14 (inferred)", "on or after 2024-08-13 (inferred)", "undated"."""
    lo, hi = c.as_of_earliest, c.as_of_latest
    if c.as_of is not None and lo == hi:
        return c.as_of.isoformat()
    if c.as_of is not None:
        return (
            f"{c.as_of.isoformat()} (inferred, {lo.isoformat() if lo else 'any time'} to "
            f"{hi.isoformat() if hi else 'any later date'})"
        )
    if lo and hi:
        return f"{lo.isoformat()} to {hi.isoformat()} (inferred)"
    if lo:
        return f"on or after {lo.isoformat()} (inferred)"
    if hi:
        return f"on or before {hi.isoformat()} (inferred)"
    return "undated"


def chart(
    claims: list[Claim], doc_index: dict[str, int], flagged: set[str], series: Series | None, title: str
) -> str | None:
    """The SVG, or None when no claim of the metric is dated and numeric (nothing to place)."""
    points = [c for c in claims if (c.as_of or c.as_of_earliest or c.as_of_latest) and _num(c.value.low, c.value.high)]
    if not points:
        return None
    first, last, ref = _span(points, series)
    plot = _Plot(first, last, _top(points, ref))
    names = sorted({c.document for c in points}, key=lambda d: (doc_index.get(d, 0), d))
    legend, rows = _legend(names, doc_index)
    parts = [
        (
            f'<svg class="chart" viewBox="0 0 {W} {H + rows * LEGEND_ROW + 4}" role="img" '
            f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'
        ),
        f"<title>{escape(title)}</title>",
    ]
    parts += _axes(plot)
    if series is not None and len(ref) > 1:
        path = " ".join(f"{'M' if i == 0 else 'L'}{plot.x(d):.1f},{plot.y(v):.1f}" for i, (d, v) in enumerate(ref))
        parts.append(f'<path d="{path}" class="reference"><title>{escape(series.source)}</title></path>')
    for c in points:
        parts += _marks(c, plot, doc_index, flagged)
    parts += legend
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True)
class _Plot:
    """Where days and values go in the plot: days from ``first`` to ``last`` across, values from 0 to ``top`` up."""

    first: dt.date
    last: dt.date
    top: float

    def x(self, day: dt.date) -> float:
        return LEFT + (day - self.first).days / max(1, (self.last - self.first).days) * (W - LEFT - RIGHT)

    def y(self, v: float) -> float:
        return TOP + (1 - min(v, self.top) / self.top) * (H - TOP - BOTTOM)


def _span(points: list[Claim], series: Series | None) -> tuple[dt.date, dt.date, list[tuple[dt.date, float]]]:
    """The first and last day of the claims (a month around a single day), and the reference series' values
    between them."""
    days = [d for c in points for d in (c.as_of, c.as_of_earliest, c.as_of_latest) if d]
    first, last = min(days), max(days)
    if series is not None:
        ref = [(d, v) for d, v in zip(series.days, series.values, strict=True) if first <= d <= last]
    else:
        ref = []
    if first == last:
        first, last = first - dt.timedelta(days=15), last + dt.timedelta(days=15)
    return first, last, ref


def _top(points: list[Claim], ref: list[tuple[dt.date, float]]) -> float:
    """The value at the top of the plot: a round number above the highest claim and reference value."""
    highs = [b for c in points for b in (c.value.low, c.value.high) if isinstance(b, (int, float))]
    highs += [v for _, v in ref]
    return _nice(max(highs) * 1.1) if highs else 1


def _axes(plot: _Plot) -> list[str]:
    """Grid lines with their values up the side, and the dates labelled along the time axis."""
    parts = []
    for i in range(5):
        v = plot.top * i / 4
        parts.append(
            f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{plot.y(v):.1f}" y2="{plot.y(v):.1f}" class="grid"/>'
            f'<text x="{LEFT - 6}" y="{plot.y(v) + 4:.1f}" text-anchor="end">{_short(v)}</text>'
        )
    for day, anchor in _ticks(plot.first, plot.last):
        parts.append(f'<text x="{plot.x(day):.1f}" y="{H - 8}" text-anchor="{anchor}">{day.isoformat()}</text>')
    return parts


def _marks(c: Claim, plot: _Plot, doc_index: dict[str, int], flagged: set[str]) -> list[str]:
    """One claim's marks: the days an inferred date can be as a line, and at its as-of date a dot (a bar for an
    interval of values), ringed when flagged."""
    parts = []
    lo = c.value.low if isinstance(c.value.low, (int, float)) else 0
    hi = c.value.high if isinstance(c.value.high, (int, float)) else plot.top
    fill = color(doc_index.get(c.document, 0))
    label = escape(f"{c.document}: {c.value.describe(c.unit)} ({as_of_text(c)}) “{c.quote}”")
    ring = ' class="flagged"' if c.id in flagged else ""
    if c.as_of_earliest != c.as_of_latest:  # an inferred date: the days it can be, as a line
        x0, x1 = plot.x(c.as_of_earliest or plot.first), plot.x(c.as_of_latest or plot.last)
        mid = plot.y((lo + hi) / 2)
        parts.append(
            f'<line x1="{x0:.1f}" x2="{x1:.1f}" y1="{mid:.1f}" y2="{mid:.1f}" class="interval" '
            f'stroke="{fill}"><title>{label}</title></line>'
        )
    if c.as_of is None:
        return parts
    cx = plot.x(c.as_of)
    if lo == hi:
        parts.append(
            f'<circle cx="{cx:.1f}" cy="{plot.y(lo):.1f}" r="5" fill="{fill}"{ring}><title>{label}</title></circle>'
        )
    else:
        parts.append(
            f'<rect x="{cx - 4:.1f}" y="{plot.y(hi):.1f}" width="8" height="{max(2.0, plot.y(lo) - plot.y(hi)):.1f}" '
            f'fill="{fill}" fill-opacity="0.6"{ring}><title>{label}</title></rect>'
        )
    return parts


def _ticks(first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    """The dates to label and their text anchors: TICKS evenly spaced days from first to last (fewer when the
    span has fewer days), the ends anchored inwards so their labels stay inside the chart."""
    span = (last - first).days
    n = max(1, min(TICKS - 1, span))
    days = sorted({first + dt.timedelta(days=round(span * i / n)) for i in range(n + 1)})
    return [(d, "start" if d == first else "end" if d == last else "middle") for d in days]


def _legend(names: list[str], doc_index: dict[str, int]) -> tuple[list[str], int]:
    """A swatch and the name of each document under the plot, wrapped into rows: the SVG pieces and the
    number of rows."""
    parts: list[str] = []
    cx, row = float(LEFT), 0
    for name in names:
        width = 14 + len(name) * CHAR_W + 12
        if cx + width > W - RIGHT and cx > LEFT:
            cx, row = float(LEFT), row + 1
        y = H + 8 + row * LEGEND_ROW
        parts.append(
            f'<g class="legend"><rect x="{cx:.1f}" y="{y - 9}" width="10" height="10" '
            f'fill="{color(doc_index.get(name, 0))}"/><text x="{cx + 14:.1f}" y="{y}">{escape(name)}</text></g>'
        )
        cx += width
    return parts, row + 1 if names else 0


def _num(*bounds) -> bool:
    return any(isinstance(b, (int, float)) for b in bounds)


def _nice(v: float) -> float:
    if v <= 0:
        return 1
    step = 10 ** math.floor(math.log10(v))
    return math.ceil(v / step) * step


def _short(v: float) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(v) >= size:
            return f"{v / size:g}{suffix}"
    return f"{v:g}"
