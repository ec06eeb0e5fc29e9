"""The ``tomtat`` command: a thin shell over the library.

Exit codes: 0 all went well; 1 some input was skipped (each one reported on
stderr); 2 bad usage (unknown option, missing file, nothing usable at all);
3 internal error (a bug; TOMTAT_DEBUG=1 shows the traceback).
Each subcommand lives in its own module and registers itself on ``app``.
"""

from __future__ import annotations

import os
import sys

import typer

from ..errors import TomtatError, UsageError
from ._common import app, fail

# Subcommand modules register themselves on import.
from . import summarize as _summarize  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401
from . import batch as _batch  # noqa: E402,F401
from . import evaluate as _evaluate  # noqa: E402,F401
from . import cluster as _cluster  # noqa: E402,F401
from . import analyze as _analyze  # noqa: E402,F401


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``tomtat`` console script: every failure is one ``Error: …`` line on stderr."""
    try:  # this Typer vendors Click as typer._click; older ones use Click itself
        from typer._click import exceptions as cx
    except ImportError:  # pragma: no cover
        from click import exceptions as cx

    try:
        code = app(args=argv, prog_name="tomtat", standalone_mode=False)
    except cx.NoArgsIsHelpError as exc:
        exc.show()  # a bare command shows its help, as Typer's no_args_is_help intends
        raise SystemExit(2)
    except cx.ClickException as exc:  # bad usage: unknown option, bad value, missing argument
        command = exc.ctx.command_path if getattr(exc, "ctx", None) else "tomtat"
        hint = f" (see '{command} --help')" if isinstance(exc, cx.UsageError) else ""
        print(f"Error: {exc.format_message()}{hint}", file=sys.stderr)
        raise SystemExit(exc.exit_code)
    except TomtatError as exc:  # pragma: no cover - commands turn these into exits themselves
        print(f"Error: {exc}", file=sys.stderr)
        raise SystemExit(2 if isinstance(exc, UsageError) else 1)
    except (KeyboardInterrupt, typer.Abort):
        print("Error: interrupted", file=sys.stderr)
        raise SystemExit(130)
    except BrokenPipeError:  # output piped into a reader that stopped (head)
        sys.stderr.close()
        raise SystemExit(1)
    except Exception as exc:  # a bug: still one line, the traceback only on request
        if os.environ.get("TOMTAT_DEBUG"):
            raise
        print(f"Error: internal error ({type(exc).__name__}: {exc}); rerun with TOMTAT_DEBUG=1 for details",
              file=sys.stderr)
        raise SystemExit(3)
    raise SystemExit(code if isinstance(code, int) else 0)


__all__ = ["app", "main", "typer"]
