"""The command line's entry point. Ctrl-C is handled before the engine is imported (compiling its patterns
takes a moment), so an early Ctrl-C also stops with one line and exit code 130, never a traceback."""

from __future__ import annotations

import signal
import sys


def _interrupted(signum: int, frame: object) -> None:
    print("checker: interrupted", file=sys.stderr)
    raise SystemExit(130)  # unwinds normally: reports being written are not left half done


def main() -> None:
    """Run the CLI."""
    signal.signal(signal.SIGINT, _interrupted)
    from .cli import app

    app()


if __name__ == "__main__":
    main()
