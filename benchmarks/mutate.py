"""Mutation testing of the configuration and policy handling: does some test fail when a statement is removed or
a condition turned around?

    python benchmarks/mutate.py checker/config.py checker/policy.py checker/api.py \
        checker/pipeline.py:run,_excluded,_check_metric_key --tests tests/test_ci.py tests/test_api.py

Each mutant is one change to one target: a statement replaced by ``pass``, a condition negated, a comparison
turned around (== and !=, in and not in, < and >=, is and is not), ``and`` and ``or`` swapped. The tests are run
once with a tracer, to learn which tests reach which lines; each mutant then runs the tests that reach its line
(all the given tests for code that runs at import), stopping at the first failure, in a copy of the repository
(never in the tree itself). A mutant survives when they all pass. Prints the survival rate and each survivor.

For speed the checker and pytest are imported once; each mutant inside a function runs in a forked child whose
function is given the mutated code (its file is mutated on disk too, for tests that start a process). A mutant
of code that runs at import (a class's fields, a constant) runs in a new process.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import types
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SWAPS: dict[type, type] = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Lt: ast.GtE,
    ast.GtE: ast.Lt,
    ast.Gt: ast.LtE,
    ast.LtE: ast.Gt,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
TRACER = """
import json, sys, threading
import pytest

TARGETS = set(sys.argv[1].split(","))
lines = {}
seconds = {}


class Trace:
    test = None

    def pytest_runtest_protocol(self, item):
        Trace.test = item.nodeid

    def pytest_runtest_logreport(self, report):
        seconds[report.nodeid] = seconds.get(report.nodeid, 0) + report.duration

    def pytest_sessionfinish(self):
        sys.settrace(None)
        lines["seconds"] = seconds
        json.dump({k: sorted(v) if isinstance(v, set) else v for k, v in lines.items()}, open(sys.argv[2], "w"))


def local(frame, event, arg):
    if event == "line" and Trace.test:
        lines.setdefault(f"{frame.f_code.co_filename}:{frame.f_lineno}", set()).add(Trace.test)
    return local


def tracer(frame, event, arg):
    return local if frame.f_code.co_filename in TARGETS else None


sys.settrace(tracer)
threading.settrace(tracer)
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-x", *sys.argv[3:]], plugins=[Trace()]))
"""


@dataclass(frozen=True)
class Mutant:
    file: str
    line: int
    end_line: int
    kind: str
    start: int
    end: int
    replacement: str
    original: str
    scope: str | None
    """The qualified name of the function (or method) it is in; None for code that runs at import."""


def mutants(file: str, functions: set[str] | None) -> list[Mutant]:
    """Every mutant of ``file`` (within ``functions`` when given), each compiled to be sure it is Python."""
    text = (ROOT / file).read_text(encoding="utf-8")
    tree = ast.parse(text)
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line.encode("utf-8")))
    raw = text.encode("utf-8")

    def span(node: ast.AST) -> tuple[int, int]:
        return (
            starts[node.lineno - 1] + node.col_offset,  # type: ignore[attr-defined]
            starts[node.end_lineno - 1] + node.end_col_offset,  # type: ignore[attr-defined]
        )

    functions_at = [
        (f"{c.name}.{f.name}" if c is not None else f.name, f)
        for c, f in [(None, n) for n in tree.body if isinstance(n, ast.FunctionDef)]
        + [(n, b) for n in tree.body if isinstance(n, ast.ClassDef) for b in n.body if isinstance(b, ast.FunctionDef)]
    ]

    def scope_of(node: ast.AST) -> str | None:
        line = node.lineno  # type: ignore[attr-defined]
        return next((name for name, f in functions_at if f.body[0].lineno <= line <= (f.end_lineno or 0)), None)

    def make(node: ast.AST, kind: str, replacement: str) -> Mutant | None:
        start, end = span(node)
        mutated = raw[:start] + replacement.encode("utf-8") + raw[end:]
        try:
            compile(mutated, file, "exec")
        except SyntaxError:
            return None
        original = raw[start:end].decode("utf-8")
        lines = (node.lineno, node.end_lineno or node.lineno)  # type: ignore[attr-defined]
        return Mutant(file, *lines, kind, start, end, replacement, original, scope_of(node))

    scopes: list[ast.AST] = []
    if functions is None:
        scopes = [tree]
    else:
        scopes = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name in functions]
    out: list[Mutant | None] = []
    for scope in scopes:
        for node in ast.walk(scope):
            if isinstance(node, ast.stmt) and not isinstance(
                node, (ast.FunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom, ast.Pass)
            ):
                docstring = (
                    isinstance(node, ast.Expr)
                    and isinstance(node.value, ast.Constant)
                    and isinstance(node.value.value, str)
                )
                if not docstring and node is not scope:
                    out.append(make(node, "delete", "pass"))
            if isinstance(node, (ast.If, ast.While, ast.IfExp)) or (isinstance(node, ast.comprehension) and False):
                test = node.test
                out.append(make(test, "negate", f"not ({ast.unparse(test)})"))
            if isinstance(node, ast.comprehension):
                for cond in node.ifs:
                    out.append(make(cond, "negate", f"not ({ast.unparse(cond)})"))
            if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in SWAPS:
                swapped = ast.Compare(node.left, [SWAPS[type(node.ops[0])]()], node.comparators)
                out.append(make(node, "compare", ast.unparse(swapped)))
            if isinstance(node, ast.BoolOp):
                other = ast.Or() if isinstance(node.op, ast.And) else ast.And()
                out.append(make(node, "boolean", f"({ast.unparse(ast.BoolOp(other, node.values))})"))
    unique = {(m.start, m.end, m.replacement): m for m in out if m is not None}
    return sorted(unique.values(), key=lambda m: (m.file, m.start, m.kind))


def _identified(outcomes: list[dict]) -> dict:
    """Each mutant by what it changes, not where (the code may have moved since): its file, kind, original text
    and replacement, and which occurrence of these it is; mapped to whether it was killed (None: not run)."""
    seen: dict[tuple, int] = {}
    out = {}
    for o in outcomes:
        key = (o["file"], o["kind"], o["original"], o["replacement"])
        seen[key] = seen.get(key, 0) + 1
        out[(*key, seen[key])] = o.get("killed")
    return out


def copy_tree(into: Path) -> Path:
    shutil.copytree(
        ROOT, into, ignore=shutil.ignore_patterns(".git", "__pycache__", ".mypy_cache", ".ruff_cache"), symlinks=True
    )
    return into


def env(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1", "NO_COLOR": "1"}


def reach(tree: Path, targets: list[str], tests: list[str]) -> dict:
    """Which tests reach each line of the targets (file:line -> test ids), and each test's seconds."""
    out = tree / ".reach.json"
    files = ",".join(str(tree / t) for t in targets)
    subprocess.run(
        [sys.executable, "-c", TRACER, files, str(out), *tests],
        cwd=tree,
        env=env(tree),
        check=False,
        capture_output=True,
    )
    found = json.loads(out.read_text())
    return {k.removeprefix(str(tree) + "/"): v for k, v in found.items()}


def run(tree: Path, mutant: Mutant, tests: list[str], timeout: float, modules: dict[str, types.ModuleType]) -> bool:
    """Whether the mutant is killed (a test fails or runs past ``timeout``)."""
    path = tree / mutant.file
    raw = path.read_bytes()
    mutated = raw[: mutant.start] + mutant.replacement.encode("utf-8") + raw[mutant.end :]
    command = ["-x", "-q", "-p", "no:cacheprovider", "--basetemp", str(tree / ".pt"), *tests]
    try:
        path.write_bytes(mutated)
        function = _live(modules[mutant.file], mutant.scope) if mutant.scope else None
        code = _code(compile(mutated, str(path), "exec"), function.__code__.co_qualname) if function else None
        if function is None or code is None or code.co_freevars != function.__code__.co_freevars:
            done = subprocess.run(
                [sys.executable, "-m", "pytest", *command],
                env=env(tree),
                capture_output=True,
                timeout=timeout,
                check=False,
            )
            return done.returncode != 0
        return _forked(function, code, command, timeout) != 0
    except subprocess.TimeoutExpired:
        return True
    finally:
        path.write_bytes(raw)


def _live(module: types.ModuleType, scope: str) -> types.FunctionType | None:
    """The function object a qualified name (``f``, ``Class.method``) names in a module, or None."""
    owner, _, name = scope.rpartition(".")
    holder = vars(module).get(owner) if owner else module
    found = vars(holder).get(name) if holder is not None else None
    for attribute in ("__func__", "fget", "wrapped", "__wrapped__"):
        found = getattr(found, attribute, found)
    return found if isinstance(found, types.FunctionType) else None


def _code(code: types.CodeType, qualname: str) -> types.CodeType | None:
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            if const.co_qualname == qualname:
                return const
            inner = _code(const, qualname)
            if inner is not None:
                return inner
    return None


def _forked(function: types.FunctionType, code: types.CodeType, command: list[str], timeout: float) -> int:
    """The exit code of pytest run in a forked child whose ``function`` runs ``code`` (-9 past ``timeout``)."""
    import pytest

    pid = os.fork()
    if pid == 0:
        status = 3
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            function.__code__ = code
            status = int(pytest.main(command))
        finally:
            os._exit(status)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.05)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    return -9


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="+", help="FILE or FILE:function,function (relative to the repository)")
    parser.add_argument("--tests", nargs="+", required=True)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--json", type=Path, help="Also write every mutant's outcome here.")
    parser.add_argument(
        "--survivors-of",
        type=Path,
        help="A --json file of an earlier run: run its survivors again (after tests were added; a mutant is found "
        "again by what it changes, wherever the code moved), count its killed mutants as killed.",
    )
    parser.add_argument("--sample", type=int, help="Run this many of the mutants, drawn at random (--seed).")
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    all_mutants: list[Mutant] = []
    files = []
    for target in args.targets:
        file, _, names = target.partition(":")
        files.append(file)
        all_mutants += mutants(file, set(names.split(",")) if names else None)
    if args.sample and args.sample < len(all_mutants) and not args.survivors_of:
        every = len(all_mutants)
        all_mutants = sorted(random.Random(args.seed).sample(all_mutants, args.sample), key=lambda m: (m.file, m.start))
        print(f"a sample of {len(all_mutants)} of the {every} mutants (seed {args.seed})", flush=True)
    with tempfile.TemporaryDirectory(prefix="claim-checker-mutate-") as tmp:
        tree = copy_tree(Path(tmp) / "tree")
        reached = reach(tree, files, args.tests)
        print(f"{len(all_mutants)} mutants of {', '.join(args.targets)}", flush=True)
        os.chdir(tree)
        os.environ.update(env(tree))
        sys.path.insert(0, str(tree))
        import importlib

        import pytest  # noqa: F401 - imported once, before the children are forked

        modules = {f: importlib.import_module(f.removesuffix(".py").replace("/", ".")) for f in files}
        for warm in ("checker.cli", "checker.extraction", "checker.writers.reports"):
            importlib.import_module(warm)  # the tagger's patterns and the templates, compiled once

        seconds = reached.pop("seconds", {})

        def tests_for(m: Mutant) -> list[str]:
            """The tests that reach the mutant's lines, quickest first (a failure stops the run)."""
            ids = {t for line in range(m.line, m.end_line + 1) for t in reached.get(f"{m.file}:{line}", [])}
            return sorted(ids, key=lambda t: (seconds.get(t, 0), t)) or args.tests

        survivors = []
        outcomes = []
        started = time.perf_counter()
        todo, total = all_mutants, len(all_mutants)
        if args.survivors_of:  # the earlier run's mutants, found again in the code by what they change
            earlier = _identified(json.loads(args.survivors_of.read_text()))
            now = dict(zip(_identified([m.__dict__ for m in all_mutants]), all_mutants, strict=True))
            todo = [now[key] for key, killed in earlier.items() if killed is False and key in now]
            gone = [key for key, killed in earlier.items() if killed is False and key not in now]
            survivors += gone
            total = len(earlier)
            print(
                f"{total} mutants in {args.survivors_of}, {total - len(todo) - len(gone)} killed; running its "
                f"{len(todo)} survivors again ({len(gone)} no longer in the code, counted as surviving)",
                flush=True,
            )
        for i, m in enumerate(todo, 1):
            killed = run(tree, m, tests_for(m), args.timeout, modules)
            outcomes.append({**m.__dict__, "killed": killed})
            if not killed:
                survivors.append(m)
                print(f"  survived: {m.file}:{m.line} {m.kind}: {m.original.splitlines()[0][:90]!r}", flush=True)
            if i % 25 == 0:
                print(
                    f"  {i}/{len(todo)} run, {len(survivors)} survived, {time.perf_counter() - started:.0f} s",
                    flush=True,
                )
    if args.json:
        args.json.write_text(json.dumps(outcomes, indent=1), encoding="utf-8")
    rate = len(survivors) / total if total else 0.0
    print(f"{total} mutants, {total - len(survivors)} killed, {len(survivors)} survived: {rate:.1%} survival")


if __name__ == "__main__":
    main()
