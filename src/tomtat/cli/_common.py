"""What every subcommand shares: the Typer app and the one-line error convention."""

from __future__ import annotations

import sys
from typing import NoReturn

import typer

app = typer.Typer(
    name="tomtat",
    help=(
        "Faithful multi-document summaries of Vietnamese news, with provenance.\n\n"
        "Exit codes: 0 all went well; 1 some input was skipped (each named in a Warning line on stderr); "
        "2 bad usage or nothing usable (one Error line on stderr)."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK = 0
EXIT_SKIPPED = 1
EXIT_USAGE = 2


def warn(message: str) -> None:
    """One ``Warning: …`` line on stderr (an input skipped, the run goes on)."""
    print(f"Warning: {message}", file=sys.stderr)


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """One ``Error: …`` line on stderr, then exit with ``code``."""
    print(f"Error: {message}", file=sys.stderr)
    raise typer.Exit(code)


@app.callback()
def _root() -> None:
    """Faithful multi-document summaries of Vietnamese news, with provenance."""
