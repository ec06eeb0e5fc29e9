"""``tomtat evaluate PRED.jsonl GOLD.jsonl``: ROUGE-1/2/L of predicted summaries against human ones."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from ..errors import TomtatError
from ._common import EXIT_OK, EXIT_USAGE, app, fail


@app.command()
def evaluate(
    pred_path: Annotated[str, typer.Argument(metavar="PRED.jsonl", help="Predictions, one a line: {cluster_id?, summary} (the output of tomtat batch).")],
    gold_path: Annotated[str, typer.Argument(metavar="GOLD.jsonl", help="Gold clusters, one a line: {cluster_id?, summaries or summary}.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score predictions with ROUGE-1/2/L F1 on syllables (each cut at its cluster's mean human length).

    Lines pair by cluster_id when every line has one, else by order. Exit codes: 0 scored;
    2 bad usage or unusable input (a missing file, a malformed line, a cluster with no prediction).
    """
    import os

    from ..evaluate import evaluate_files

    for path in (pred_path, gold_path):
        if not os.path.isfile(path):
            fail(f"{path}: no such file")
    try:
        scores = evaluate_files(pred_path, gold_path)
    except TomtatError as exc:
        fail(str(exc), EXIT_USAGE)
    if as_json:
        typer.echo(json.dumps(scores, ensure_ascii=False, indent=2))
    else:
        _table(scores)
    raise typer.Exit(EXIT_OK)


def _table(scores: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"ROUGE over {scores['clusters']} clusters")
    for column in ("metric", "P", "R", "F1"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for metric in ("rouge1", "rouge2", "rougeL"):
        s = scores[metric]
        table.add_row(metric, f"{s.get('p', 0.0):.4f}", f"{s.get('r', 0.0):.4f}", f"{s['f']:.4f}")
    Console().print(table)
