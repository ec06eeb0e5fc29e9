"""``tomtat summarize PATH...``: summarize articles about one event."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from ..errors import TomtatError, UsageError
from ._common import EXIT_OK, EXIT_SKIPPED, app, fail, warn


class Format(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


@app.command()
def summarize(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt, .html), folders of them, or - for stdin (articles separated by a line '---').")],
    words: Annotated[int, typer.Option("--words", "-w", help="Budget of the summary, in syllables.")] = 200,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
) -> None:
    """Summarize articles about one event; every sentence names its sources."""
    from .. import render
    from ..options import Options
    from ..pipeline import summarize as run, to_cluster
    from ..read import read_paths

    try:
        options = Options(words=words)
        articles, problems = read_paths(paths)
    except UsageError as exc:
        fail(str(exc))
    for problem in problems:
        warn(f"skipped {problem}")
    if not articles:
        fail("no readable article in the input")
    try:
        cluster = to_cluster(articles)
        summary = run(cluster, options)
    except TomtatError as exc:
        fail(str(exc), exc.exit_code)
    typer.echo(render.render(summary, cluster, format.value))
    raise typer.Exit(EXIT_SKIPPED if problems else EXIT_OK)
