"""Reference series: what a trusted source said a metric was on each day (metric, date, value, source).

The default is the Gaza Ministry of Health's daily cumulative killed and injured (checker/data). Users
add their own CSV files with the columns ``metric,date,value,source``.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent / "data" / "gaza_moh_daily.csv"


class ReferenceFileError(Exception):
    """A reference file that cannot be used, named with the problem."""


@dataclass
class Series:
    """One metric's values by date, in date order."""

    metric: str
    source: str
    days: list[dt.date] = field(default_factory=list)
    values: list[float] = field(default_factory=list)

    def at(self, day: dt.date) -> tuple[dt.date, float] | None:
        """The latest value on or before ``day`` (and its date), or None before the series starts."""
        i = bisect.bisect_right(self.days, day) - 1
        return (self.days[i], self.values[i]) if i >= 0 else None

    def first_reaching(self, value: float) -> dt.date | None:
        """The first day the (never decreasing) series reached ``value``, or None if it never did."""
        i = bisect.bisect_left(self.values, value)
        return self.days[i] if i < len(self.values) else None


def load(paths: list[Path] | None = None, default: bool = True) -> dict[str, Series]:
    """The series by metric: the default reference unless ``default`` is False, then each file in order
    (a later file replaces an earlier one's series for the same metric)."""
    files = ([DEFAULT] if default else []) + list(paths or [])
    series: dict[str, Series] = {}
    for path in files:
        series.update(_read(path))
    return series


def _read(path: Path) -> dict[str, Series]:
    out: dict[str, Series] = {}
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # /dev/zero reads forever, a named pipe waits for a writer
            raise ReferenceFileError(f"{path}: not a regular file; expected a CSV file (metric,date,value,source)")
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = {"metric", "date", "value"} - set(reader.fieldnames or [])
            if missing:
                raise ReferenceFileError(
                    f"{path}: missing column(s) {', '.join(sorted(missing))}; expected metric,date,value,source"
                )
            rows = []
            n = 1
            for n, row in enumerate(reader, start=2):
                try:
                    rows.append(
                        (
                            row["metric"],
                            dt.date.fromisoformat(row["date"]),
                            float(row["value"]),
                            row.get("source") or path.name,
                        )
                    )
                except (ValueError, TypeError) as e:
                    raise ReferenceFileError(f"{path}:{n}: {e}") from None
    except OSError as e:
        raise ReferenceFileError(f"{path}: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise ReferenceFileError(f"{path}: not UTF-8 text (byte {e.start}); expected a UTF-8 CSV file") from None
    except csv.Error as e:
        raise ReferenceFileError(f"{path}:{n + 1}: not a usable CSV row: {e}") from None
    for metric, day, value, source in sorted(rows, key=lambda r: (r[0], r[1])):
        s = out.setdefault(metric, Series(metric, source))
        s.days.append(day)
        s.values.append(value)
    return out
