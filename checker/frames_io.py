"""Claims and findings as tables: pandas DataFrames for notebooks, and claims as a partitioned Parquet data set
(one row per claim, every field of the JSON contract) that pandas, polars, DuckDB and Spark read.

A claim's nested fields become dotted columns (``value.low``, ``frame.measure``, ``span.line``), typed from the
records. An interval bound is a number or an ISO date: a number goes in ``value.low`` (a double), a date in
``value.low_date`` (text, "2023-10-07" or the year-less "--10-07"), the other column left null. ``claims_from``
turns rows back into the same claims."""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from .records import Bound, Claim, Finding

if TYPE_CHECKING:
    import pandas
    import pyarrow

INSTALL = "tables of claims need pandas and pyarrow: pip install 'claim-checker[frames]'"
ROWS_PER_PART = 100_000
"""Claims per file of a Parquet data set."""
PART = "part-{:05d}.parquet"
DATE = "_date"
"""The suffix of the column holding a bound that is a date."""


class FramesUnavailable(Exception):
    """pandas or pyarrow is not installed. One line saying what to install."""


def _arrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401  (the writer is a submodule)
    except ImportError:
        raise FramesUnavailable(INSTALL) from None
    return pyarrow


def _fields(model: type[BaseModel], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(column, annotation) of every leaf field of ``model``, nested records flattened with dots."""
    for name, info in model.model_fields.items():
        if info.exclude:
            continue
        nested = _record(info.annotation)
        if nested is not None:
            yield from _fields(nested, f"{prefix}{name}.")
        else:
            yield prefix + name, info.annotation


def _record(annotation: Any) -> type[BaseModel] | None:
    """The record type of a nested field (``Value`` of ``Value | None``), else None."""
    options = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    found = [a for a in options if isinstance(a, type) and issubclass(a, BaseModel)]
    return found[0] if found else None


def _arrow_type(annotation: Any, pa: Any) -> Any:
    options = {a for a in typing.get_args(annotation) if a is not type(None)} or {annotation}
    if options <= {int}:
        return pa.int64()
    if options <= {int, float}:
        return pa.float64()
    if options <= {dt.date}:
        return pa.date32()
    if options <= {bool}:
        return pa.bool_()
    return pa.string()  # text and its Literal choices


def claim_schema() -> pyarrow.Schema:
    """The columns of a claims table, in the records' field order."""
    pa = _arrow()
    columns = []
    for name, annotation in _fields(Claim):
        if annotation == Bound:
            columns += [pa.field(name, pa.float64()), pa.field(name + DATE, pa.string())]
        else:
            columns.append(pa.field(name, _arrow_type(annotation, pa)))
    return pa.schema(columns)


def claim_row(claim: Claim) -> dict[str, Any]:
    """One claim as one row of ``claim_schema``."""
    row: dict[str, Any] = {}
    _flatten(claim.model_dump(), Claim, "", row)
    return row


def _flatten(data: dict | None, model: type[BaseModel], prefix: str, row: dict[str, Any]) -> None:
    for name, info in model.model_fields.items():
        if info.exclude:
            continue
        value = None if data is None else data[name]
        nested = _record(info.annotation)
        if nested is not None:
            _flatten(value, nested, f"{prefix}{name}.", row)
        elif info.annotation == Bound:
            row[prefix + name] = None if isinstance(value, str) else value
            row[prefix + name + DATE] = value if isinstance(value, str) else None
        else:
            row[prefix + name] = value


def claims_from(rows: Iterable[dict[str, Any]]) -> list[Claim]:
    """The claims of rows of ``claim_schema`` (as read back from Parquet)."""
    return [Claim.model_validate(_nested(Claim, "", row)) for row in rows]


def _nested(model: type[BaseModel], prefix: str, row: dict[str, Any]) -> dict[str, Any] | None:
    data: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if info.exclude:
            continue
        nested = _record(info.annotation)
        if nested is not None:
            data[name] = _nested(nested, f"{prefix}{name}.", row)
        elif info.annotation == Bound:
            number = _plain(row[prefix + name])
            data[name] = _plain(row[prefix + name + DATE]) if number is None else number
        else:
            data[name] = _plain(row[prefix + name])
    if prefix and all(v is None for v in data.values()):
        return None  # an absent record (``share`` of a claim that is no share)
    return data


def _plain(value: Any) -> Any:
    """A value read back from a table as Python has it: NaN and NA as None, numpy numbers as numbers."""
    if value is None:
        return None
    try:
        import pandas

        if pandas.isna(value):
            return None
    except (ImportError, TypeError, ValueError):
        pass
    return value.item() if hasattr(value, "item") else value


def claims_frame(claims: Iterable[Claim]) -> pandas.DataFrame:
    """The claims as a pandas DataFrame, one row per claim, the columns of ``claim_schema``."""
    return _table(claims).to_pandas()


def _table(claims: Iterable[Claim]) -> pyarrow.Table:
    pa = _arrow()
    return pa.Table.from_pylist([claim_row(c) for c in claims], schema=claim_schema())


def findings_frame(findings: list[Finding], claims: Iterable[Claim]) -> pandas.DataFrame:
    """The findings as a pandas DataFrame, one row per finding: its fields as the JSON contract gives them,
    and ``message``, the paragraph every report prints (citing ``claims``)."""
    _arrow()
    import pandas

    from .writers.wording import wording

    say = wording(claims)
    columns = [*Finding.model_fields, "message"]
    return pandas.DataFrame([{**f.model_dump(mode="json"), "message": say(f)} for f in findings], columns=columns)


def write_claims(claims: Iterable[Claim], directory: Path, rows_per_part: int = ROWS_PER_PART) -> int:
    """Write the claims to ``directory`` as a Parquet data set (part-00000.parquet, ...; a data set written
    there before is replaced); the number of files written (at least one, so an empty run has its columns)."""
    pq = _arrow().parquet
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("part-*.parquet"):
        old.unlink()
    parts, batch = 0, []
    for c in claims:
        batch.append(c)
        if len(batch) == rows_per_part:
            pq.write_table(_table(batch), directory / PART.format(parts))
            parts, batch = parts + 1, []
    if batch or not parts:
        pq.write_table(_table(batch), directory / PART.format(parts))
        parts += 1
    return parts
