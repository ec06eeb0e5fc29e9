"""``tomtat batch IN.jsonl -o OUT.jsonl``: summarize one cluster a line, streaming."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated

import typer

from ..errors import TomtatError, UsageError
from ._common import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, app, fail, warn


class Engine(str, Enum):
    local = "local"
    spark = "spark"


@app.command()
def batch(
    in_path: Annotated[str, typer.Argument(metavar="IN.jsonl", help="One cluster a line (VLSP AbMuSu layout: single_documents [{title, anchor_text, raw_text}], optional cluster_id, max_words); - for stdin.")],
    out_path: Annotated[str, typer.Option("--output", "-o", metavar="OUT.jsonl", help="Where to write one result a line, in input order; - for stdout.")],
    words: Annotated[int, typer.Option("--words", "-w", help="Budget of each summary, in syllables (a line's max_words overrides it).")] = 200,
    workers: Annotated[int, typer.Option("--workers", "-j", help="Processes summarizing in parallel.")] = 1,
    engine: Annotated[Engine, typer.Option("--engine", help="Where to run: local processes, or Apache Spark (IN and OUT .jsonl or .parquet).")] = Engine.local,
    master: Annotated[str | None, typer.Option("--master", help="Spark master URL for --engine spark: local[*] by default (local[N] with --workers N), spark://…, yarn, k8s://….")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Summarize a JSONL file of clusters; OUT has one line per input line, in order.

    A line that cannot be summarized gets {"cluster_id"?, "line", "error"} in OUT and a
    Warning on stderr. Exit codes: 0 every line summarized; 1 some lines or articles
    skipped (each reported); 2 bad usage or no line could be summarized.
    """
    from ..batch import run_batch
    from ..options import Options

    try:
        options = Options(words=words)
        if workers < 1:
            raise UsageError(f"--workers must be at least 1, got {workers}")
        if in_path != "-" and out_path != "-" and _same_file(in_path, out_path):
            raise UsageError(f"{out_path}: output would overwrite the input")
        if engine is Engine.spark:
            from ..spark import run_spark

            local = f"local[{workers}]" if workers > 1 else "local[*]"
            stats = run_spark(in_path, out_path, options, master=master or local,
                              on_problem=lambda message: warn(f"skipped {message}"))
        else:
            if master is not None or any(p.lower().endswith(".parquet") for p in (in_path, out_path)):
                raise UsageError("--master and .parquet files need --engine spark")
            stats = run_batch(in_path, out_path, options, workers=workers,
                              progress=not quiet and sys.stderr.isatty(),
                              on_problem=lambda message: warn(f"skipped {message}"))
    except TomtatError as exc:
        fail(str(exc), exc.exit_code if not isinstance(exc, UsageError) else EXIT_USAGE)
    name = "<stdin>" if in_path == "-" else in_path
    if stats.lines == 0:
        fail(f"{name}: no JSON line to summarize (the input is empty)")
    if stats.ok == 0:
        fail(f"none of the {stats.lines} lines of {name} could be summarized")
    raise typer.Exit(EXIT_SKIPPED if stats.failed or stats.partial else EXIT_OK)


def _same_file(a: str, b: str) -> bool:
    import os

    try:
        return os.path.exists(b) and os.path.samefile(a, b)
    except OSError:
        return False
