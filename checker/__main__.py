"""The command line's entry point. Ctrl-C is handled before the engine is imported (compiling its patterns
takes a moment), so an early Ctrl-C also stops with one line and exit code 130, never a traceback. Any
unexpected error (a bug, a full disk on standard output, running out of memory) is one line on stderr and exit
code 2, never 1, which means findings; ``checker --debug ...`` shows its traceback."""

from __future__ import annotations

import errno
import os
import signal
import sys
import traceback

_INTERRUPTED = False
"""Whether Ctrl-C was pressed: the exit code is then 130 even if code that catches everything (a finaliser, a
library's ``except BaseException``) swallowed the SystemExit the handler raised and the run went on."""


def _interrupted(signum: int, frame: object) -> None:
    global _INTERRUPTED
    if not _INTERRUPTED:
        print("checker: interrupted", file=sys.stderr)
    _INTERRUPTED = True
    raise SystemExit(130)  # unwinds normally: reports being written are not left half done


def main() -> None:
    """Run the CLI; exit 0 (clean), 1 (findings), 2 (errors, bad input or usage) or 130 (interrupted)."""
    signal.signal(signal.SIGINT, _interrupted)
    code: int | str | None
    try:
        from . import cli

        cli.app()
        code = 0
    except SystemExit as e:
        code = e.code
    except Exception as e:  # noqa: BLE001 - the one place every unexpected error becomes one line
        code = _unexpected(e)
    broken = _stdout_failed()
    if broken is not None:  # the output did not all reach its file: a run that reported nothing
        print(f"checker: cannot write to standard output: {broken.strerror or broken}", file=sys.stderr)
        code = 2
    sys.exit(130 if _INTERRUPTED else code)


def _unexpected(e: Exception) -> int:
    """Say what went wrong in one line (with --debug, the traceback too); the exit code for it."""
    if getattr(sys.modules.get(f"{__package__}.cli"), "DEBUG", False):
        traceback.print_exception(e)
    if isinstance(e, OSError) and (_stdout_failed() is not None or (e.filename is None and e.errno in _WRITING)):
        _silence_stdout()  # the output is lost either way: Python's last flush must not fail again
        why = f"cannot write to standard output: {e.strerror or e}"
    elif isinstance(e, MemoryError):
        why = "out of memory (try fewer --jobs, or fewer or smaller documents at a time)"
    elif isinstance(e, OSError):
        why = f"{e.strerror or e}{f': {e.filename}' if e.filename else ''}"
    else:
        why = f"unexpected error: {type(e).__name__}: {e} (run again with --debug for the traceback)"
    print(f"checker: {why}", file=sys.stderr)
    return 2


def _stdout_failed() -> OSError | None:
    """The error standard output gives when flushed (a full disk, a closed pipe), or None when it is fine. Once
    failed it is pointed at /dev/null, so that Python's last flush on the way out does not fail again."""
    try:
        sys.stdout.flush()
    except OSError as e:
        _silence_stdout()
        return e
    return None


_WRITING = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE}
"""The errors of a write that fails: without a file name (reports and the cache name theirs), it was the output's."""


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


if __name__ == "__main__":
    main()
