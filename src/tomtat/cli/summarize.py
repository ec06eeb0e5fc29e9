"""``tomtat summarize PATH...``: summarize articles about one event."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from ..errors import TomtatError, UsageError
from ._common import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, app, fail, warn


class Format(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


@app.command()
def summarize(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Article files (.txt, .html), folders of them, or - for stdin (articles separated by a line '---').")],
    words: Annotated[int, typer.Option("--words", "-w", help="Budget of the summary, in syllables.")] = 200,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format: text, json or markdown.")] = Format.text,
    analysis: Annotated[bool, typer.Option("--analysis/--no-analysis", help="With --format json, add the cross-source digest under \"analysis\".")] = True,
) -> None:
    """Summarize articles about one event; every sentence names its sources.

    A .txt article's first line is its title when it is short and has no final
    punctuation. Exit codes: 0 all read and summarized; 1 some input skipped or cut
    (each reported as a Warning on stderr); 2 bad usage or no readable article.
    """
    from .. import render
    from ..options import Options
    from ..pipeline import summarize_cluster
    from ..read import fit_cluster, read_paths
    from ..split import build_cluster

    try:
        options = Options(words=words)
        articles, problems = read_paths(paths)
        articles = fit_cluster(articles, problems)
    except UsageError as exc:
        fail(str(exc), EXIT_USAGE)
    for problem in problems:
        warn(f"skipped {problem}")
    if not articles:
        fail("no readable article in the input", EXIT_USAGE)
    try:
        cluster = build_cluster(articles)
        if not cluster.sentences:
            fail("no sentence to summarize in the input", EXIT_USAGE)
        summary = summarize_cluster(cluster, options)
        digest = None
        if format is Format.json and analysis:
            from ..analyze import analyze_cluster

            digest = analyze_cluster(cluster)
    except TomtatError as exc:
        fail(str(exc), exc.exit_code)
    if not summary.sentences:
        warn(f"the summary is empty: no sentence fits within {options.words} syllables (try a larger --words)")
    typer.echo(render.render(summary, cluster, format.value, digest))
    raise typer.Exit(EXIT_SKIPPED if problems else EXIT_OK)
