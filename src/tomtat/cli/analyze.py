"""``tomtat analyze PATH...``: the cross-source digest of articles about one event."""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated

import typer

from ..errors import TomtatError, UsageError
from ._common import EXIT_OK, EXIT_SKIPPED, app, fail, warn


class Format(str, Enum):
    json = "json"
    markdown = "markdown"


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Article files (.txt, .html), folders of them, or - for stdin (articles separated by a line '---').")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.markdown,
) -> None:
    """Entities, facts that agree or conflict, timeline, who said what, unconfirmed claims, coverage."""
    from ..analyze import analyze_cluster
    from ..analyze.render import to_markdown
    from ..pipeline import to_cluster
    from ..read import read_paths

    try:
        articles, problems = read_paths(paths)
    except UsageError as exc:
        fail(str(exc))
    for problem in problems:
        warn(f"skipped {problem}")
    if not articles:
        fail("no readable article in the input")
    try:
        digest = analyze_cluster(to_cluster(articles))
    except TomtatError as exc:
        fail(str(exc), exc.exit_code)
    if format is Format.json:
        typer.echo(json.dumps(digest.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        typer.echo(to_markdown(digest), nl=False)
    raise typer.Exit(EXIT_SKIPPED if problems else EXIT_OK)
