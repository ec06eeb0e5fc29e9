"""The ``tomtat`` command: a thin shell over the library.

Exit codes: 0 all went well; 1 some input was skipped (each one reported on
stderr); 2 bad usage (unknown option, missing file, nothing usable at all).
Each subcommand lives in its own module and registers itself on ``app``.
"""

from __future__ import annotations

import sys

import typer

from ..errors import TomtatError, UsageError
from ._common import app, fail

# Subcommand modules register themselves on import.
from . import summarize as _summarize  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401
from . import batch as _batch  # noqa: E402,F401
from . import evaluate as _evaluate  # noqa: E402,F401


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``tomtat`` console script."""
    try:
        app(args=argv, prog_name="tomtat", standalone_mode=True)
    except TomtatError as exc:  # pragma: no cover - commands turn these into exits themselves
        fail(str(exc), 2 if isinstance(exc, UsageError) else 1)
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        raise SystemExit(130)


__all__ = ["app", "main", "typer"]
