"""Configuration in the repository: ``claim-checker.toml``, or ``[tool.claim-checker]`` in pyproject.toml.

The nearest one walking up from the working directory is used (in one directory, claim-checker.toml
before pyproject.toml); ``--config FILE`` overrides the search. Keys are kebab-case, as in other Python
tools. Relative paths in the file are relative to the file. Every key and value is validated: an unknown
key or a bad value is one line naming the file, the key and what is allowed.

    paths = ["articles"]                      # what `checker check` checks when given no path
    exclude = ["articles/drafts/**"]          # glob patterns, relative to the config file
    select = ["C", "T401"]                    # report only these codes or code prefixes
    ignore = ["D"]                            # never report these codes or prefixes
    fail-on = "warning"                       # error | warning | info
    references = ["data/hostages.csv"]       # more reference series (metric,date,value,source)
    default-reference = true                  # the bundled Gaza Ministry of Health series
    rules-dirs = ["checker_rules"]           # extra rule directories
    disable-rules = ["attacks"]               # rules not to run, by name or code
    cache-dir = ".claim-checker-cache"        # the claims cache (default: the user's cache directory)
    [severity]                                # per-code overrides
    D201 = "warning"
    [metrics."displaced.gaza"]                # per-metric comparison settings
    tolerance = 0.1                           # how far "about" may stray (a fraction, default 0.05)
    window = 30                               # days within which claims are of the same time (14)
    [reports]
    markdown = "reports/claims.md"            # "" for none
    html = "reports/claims.html"
    [[suppress]]                              # accept a known discrepancy in a .txt file
    file = "articles/003.txt"
    code = "C102"
    metric = "displaced.gaza"                 # optional
    reason = "An analysis piece that uses an old figure on purpose."
    [[reject]]                                # one extracted claim that is wrong: left out of comparison
    file = "articles/004.txt"
    quote = "death toll of 400"               # or claim = "004:12:5:killed.gaza" (an id from extract)
    reason = "The 400 is a count of buildings, misread as a toll."
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import ErrorDetails

from .codes import CODES
from .records import Severity

CONFIG_FILE = "claim-checker.toml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=lambda s: s.replace("_", "-"), frozen=True)


class MetricSettings(_Strict):
    tolerance: float | None = Field(None, ge=0, le=1)
    window: int | None = Field(None, ge=0)


class ReportPaths(_Strict):
    markdown: str = "reports/report.md"
    html: str = "reports/report.html"


class Suppression(_Strict):
    file: str
    code: str = Field(pattern=r"^[A-Z]\d{3}$")
    metric: str | None = None
    reason: str = Field(min_length=1)


class Rejection(_Strict):
    """A claim marked as wrong: in ``file``, the claim whose quote contains ``quote`` (or is contained in it),
    or the claim with the id ``claim``."""

    file: str
    quote: str | None = Field(None, min_length=1)
    claim: str | None = Field(None, min_length=1)
    reason: str = Field(min_length=1)

    @model_validator(mode="after")
    def _one_target(self) -> Rejection:
        if (self.quote is None) == (self.claim is None):
            raise ValueError("give either quote or claim (one of them)")
        return self


class Config(_Strict):
    paths: list[str] = []
    exclude: list[str] = []
    select: list[str] = []
    ignore: list[str] = []
    severity: dict[str, Severity] = {}
    fail_on: Severity = Severity.ERROR
    metrics: dict[str, MetricSettings] = {}
    references: list[str] = []
    default_reference: bool = True
    rules_dirs: list[str] = []
    disable_rules: list[str] = []
    cache_dir: str | None = None
    engine: Literal["local", "dask"] = "local"
    """Where documents are checked and claims compared: this machine's processes, or a Dask cluster."""
    scheduler: str | None = None
    """With the dask engine, the scheduler to connect to ("tcp://host:8786"); None: a local cluster."""
    reports: ReportPaths = ReportPaths()
    suppress: list[Suppression] = []
    reject: list[Rejection] = []


class ConfigError(Exception):
    """A configuration file that cannot be used: one line with the file, the key and what is allowed."""


class UnknownSetting(ConfigError):
    """A setting for something that does not exist (found only once the rules are known): ``name`` is what
    the file names, to find its line."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name


class Loaded(BaseModel):
    config: Config = Config()
    file: Path | None = None

    def relative(self, value: str) -> Path:
        """A path from the config file, resolved against the file's directory."""
        p = Path(value)
        return p if p.is_absolute() or self.file is None else self.file.parent / p

    def locate(self, *names: str) -> str:
        """``file: line N`` where the file first names one of ``names``."""
        if self.file is None:
            return "the configuration"
        try:
            return located(self.file, self.file.read_text(encoding="utf-8"), *names)
        except (OSError, UnicodeDecodeError):
            return str(self.file)


def find(start: Path) -> Path | None:
    """The nearest claim-checker.toml, or pyproject.toml with [tool.claim-checker], from ``start`` up."""
    for d in (start, *start.parents):
        if (d / CONFIG_FILE).is_file():
            return d / CONFIG_FILE
        pyproject = d / "pyproject.toml"
        if pyproject.is_file():
            try:
                if "claim-checker" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}):
                    return pyproject
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                continue
    return None


def load(explicit: Path | None = None, start: Path | None = None) -> Loaded:
    """The configuration in force: ``explicit``, else the nearest file, else the defaults."""
    path = explicit or find((start or Path.cwd()).resolve())
    if path is None:
        return Loaded()
    text, data = _read(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("claim-checker", {})
    try:
        config = Config.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        key = ".".join(str(x) for x in err["loc"]) or "(top level)"
        names = [str(x) for x in err["loc"] if not isinstance(x, int)]
        raise ConfigError(
            f"{located(path, text, *reversed(names))}: key {key!r}: {err['msg'].lower()}{_allowed(err)}"
        ) from None
    for key, value, problem in _bad_codes(config):
        raise ConfigError(f"{located(path, text, value, key)}: {key} {value!r}: {problem}")
    return Loaded(config=config, file=path)


def _read(path: Path) -> tuple[str, dict]:
    """A configuration file's text and its TOML, or ConfigError saying why it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
        return text, tomllib.loads(text)
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror or e}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: not UTF-8 text (byte {e.start}); TOML files are UTF-8") from None


def located(path: Path, text: str, *names: str) -> str:
    """``path: line N``: the first line that sets, heads or quotes the first of ``names`` found in the file
    (``name =``, ``[table."name"]``, ``"name"``), else the path alone."""
    for name in names:
        n = re.escape(name)
        found = re.search(rf'(?m)^[ \t]*"?{n}"?[ \t]*=|^[ \t]*\[+[^\]\n]*?"?{n}"?[ \t]*\]|"{n}"|\'{n}\'', text)
        if found:
            return f"{path}: line {text.count(chr(10), 0, found.start()) + 1}"
    return str(path)


def closest(value: str, choices: Iterable[str]) -> str | None:
    """The closest of ``choices`` to a misspelt ``value`` (the same in capitals first), or None."""
    ordered = sorted(choices)
    if value.upper() in ordered:
        return value.upper()
    return next(iter(difflib.get_close_matches(value, ordered, n=1, cutoff=0.5)), None)


def nearest(value: str, choices: Iterable[str]) -> str:
    """``; did you mean 'X'?`` for the closest of ``choices``, or nothing when none is close."""
    close = closest(value, choices)
    return f"; did you mean {close!r}?" if close else ""


PREFIXES = frozenset(code[:n] for code in CODES for n in range(1, 5))
"""What select and ignore accept: a code (C101) or a prefix of codes (C, C1)."""


def code_problem(value: str, prefix: bool = True) -> str | None:
    """What is wrong with a finding code (or, with ``prefix``, a prefix of codes) as written, or None."""
    allowed = PREFIXES if prefix else frozenset(CODES)
    if value in allowed:
        return None
    what = "a finding code" + (" or a prefix of codes" if prefix else "")
    return f"not {what}{nearest(value, allowed) or ' (`checker rules` lists them)'}"


def _bad_codes(config: Config) -> Iterable[tuple[str, str, str]]:
    """(key, value, problem) for each code in select, ignore, [severity] and [[suppress]] that names no finding."""
    for key, values, prefix in (
        ("select", config.select, True),
        ("ignore", config.ignore, True),
        ("severity", list(config.severity), False),
        ("suppress", [s.code for s in config.suppress], False),
    ):
        for value in values:
            problem = code_problem(value, prefix)
            if problem:
                yield key, value, problem


def _allowed(err: ErrorDetails) -> str:
    if err["type"] == "extra_forbidden":
        keys = _keys(err["loc"])
        return f"; allowed keys: {', '.join(keys)}{nearest(str(err['loc'][-1]), keys)}"
    return ""


def _keys(loc: tuple) -> list[str]:
    model: type[BaseModel] = Config
    for part in loc[:-1]:  # (a list's index names no field: the model stays the list's item type)
        field = model.model_fields.get(str(part).replace("-", "_"))
        annotation = getattr(field, "annotation", None)
        inner = getattr(annotation, "__args__", (annotation,))
        model = next((a for a in inner if isinstance(a, type) and issubclass(a, BaseModel)), model)
    return sorted(f.alias or name for name, f in model.model_fields.items())


def describe(loaded: Loaded) -> list[str]:
    """The effective configuration as TOML that can be pasted into claim-checker.toml, each key with where its
    value came from in a comment (tables follow the plain keys, as TOML needs)."""
    lines = [f"# configuration file: {loaded.file or 'none found (defaults)'}"]
    tables: list[str] = []
    set_in_file = loaded.config.model_fields_set
    dumped = loaded.config.model_dump(mode="json", by_alias=True)
    for name, field in Config.model_fields.items():
        key = field.alias or name
        value = dumped[key]
        source = str(loaded.file) if name in set_in_file else "default"
        if isinstance(value, dict):
            tables += ["", f"[{key}]  # {source}", *_table(value, key)]
        elif key in ("suppress", "reject") and isinstance(value, list) and value:
            for entry in value:
                tables += [
                    "",
                    f"[[{key}]]  # {source}",
                    *(f"{k} = {_toml(v)}" for k, v in entry.items() if v is not None),
                ]
        elif value is None:
            lines.append(f"# {key} = (not set)  # {source}")
        else:
            lines.append(f"{key} = {_toml(value)}  # {source}")
    return lines + tables


def _table(values: dict, key: str) -> list[str]:
    """A table's keys; a table of tables ([metrics."displaced.gaza"]) as sub-tables."""
    plain = [f"{_toml_key(k)} = {_toml(v)}" for k, v in values.items() if not isinstance(v, dict)]
    for k, v in values.items():
        if isinstance(v, dict):
            plain += ["", f"[{key}.{_toml_key(k)}]", *(f"{kk} = {_toml(vv)}" for kk, vv in v.items() if vv is not None)]
    return plain


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def _toml(value: object) -> str:
    """A value in TOML: strings as basic strings (JSON's escapes are TOML's), booleans in lower case."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)
