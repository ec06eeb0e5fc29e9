"""``tomtat cluster IN.jsonl -o OUT.jsonl``: group a stream of articles into events, online."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import InputError, TomtatError
from ._common import EXIT_OK, EXIT_SKIPPED, app, fail, warn


def _open_output(path: str):
    if path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        fail(f"{path}: cannot write: {exc.strerror}")


def _load_state(path: str):
    """The clusterer a ``--state`` file holds (exit 2 with one line naming the file when it cannot be read)."""
    from ..cluster import StreamClusterer

    try:
        with open(path, encoding="utf-8") as handle:
            state = json.load(handle)
    except OSError as exc:
        fail(f"{path}: cannot read: {exc.strerror}")
    except UnicodeDecodeError:
        fail(f"{path}: not a state file (not UTF-8 text)")
    except json.JSONDecodeError as exc:
        fail(f"{path}: not a state file (line {exc.lineno}: {exc.msg})")
    try:
        return StreamClusterer.from_state(state)
    except TomtatError as exc:
        fail(f"{path}: {exc.message if isinstance(exc, InputError) else exc}")


def _save_state(path: str, clusterer) -> None:
    """Write the clusterer's state to ``path`` whole or not at all (a temporary file renamed over it)."""
    temporary = Path(f"{path}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(clusterer.to_state(), handle, ensure_ascii=False)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        fail(f"{path}: cannot write: {exc.strerror}")


def _digest(history: list[dict], words: int, since, analysis: bool) -> dict:
    """Summary, analysis and (with ``since``) the changes of one event; a failing part becomes an error note."""
    from ..cluster.history import as_documents, changes_since
    from ..pipeline import summarize

    docs = as_documents(history)
    out: dict = {}
    try:
        summary = summarize(docs, words=words)
        out["summary"] = summary.text
        out["sentences"] = [s.to_dict() for s in summary.sentences]
    except TomtatError as exc:
        out["summary_error"] = str(exc)
    if analysis:
        from ..analyze import analyze

        try:
            out["analysis"] = analyze(docs).model_dump(mode="json")
        except TomtatError as exc:
            out["analysis_error"] = str(exc)
    if since is not None:
        try:
            # A file has no arrival times worth the name (every line arrives now): compare publication
            # dates; an article without one counts as new.
            out["changes"] = changes_since(history, since, by="published")
        except TomtatError as exc:
            out["changes_error"] = str(exc)
    return out


@app.command()
def cluster(
    input: Annotated[str, typer.Argument(metavar="IN.jsonl", help="JSONL, one article a line: {\"id\",\"text\",\"title\"?,\"source\"?,\"published\"?}; - for stdin.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Where to write the events (JSONL, one event a line); - for stdout.")] = "-",
    threshold: Annotated[Optional[float], typer.Option("--threshold", help="What an article needs to join an event (0-1): a cosine similarity, or with --decision learned a probability.")] = None,
    decision: Annotated[str, typer.Option("--decision", help="How an article is matched to an event: cosine (TF-IDF similarity) or learned (a same-event model trained on AbMuSu train).")] = "cosine",
    window_days: Annotated[Optional[float], typer.Option("--window-days", help="An article joins only events seen within this many days.")] = None,
    digest: Annotated[bool, typer.Option("--digest", help="Add each event's summary and analysis.")] = False,
    settle: Annotated[bool, typer.Option("--settle/--no-settle", help="At the end of the input, re-form the open events by complete link over the article pairs compared on arrival (also done every 256 articles).")] = True,
    since: Annotated[Optional[str], typer.Option("--since", help="With --digest: what is new in each event since this ISO time (by publication date).")] = None,
    words: Annotated[int, typer.Option("--words", "-w", help="With --digest: budget of each summary, in syllables.")] = 200,
    state: Annotated[Optional[str], typer.Option("--state", help="A file that carries the stream from run to run: read first when it exists (its articles, events and options), written back at the end; the output then lists every event of the stream.")] = None,
) -> None:
    """Group articles about the same event; each article is assigned as it arrives."""
    from ..cluster import StreamClusterer
    from ..cluster.features import parse_time
    from ..read import iter_jsonl

    if input != "-" and not Path(input).is_file():
        fail(f"{input}: no such file")
    if since is not None and not digest:
        fail("--since needs --digest (the changes are computed from the events' digests)")
    if words < 1:
        fail(f"--words must be a positive whole number, got {words}")
    if output != "-" and not Path(output).resolve().parent.is_dir():
        fail(f"{output}: its folder does not exist")
    if state is not None and not Path(state).resolve().parent.is_dir():
        fail(f"{state}: its folder does not exist")
    resumed = state is not None and Path(state).exists()
    if resumed:
        given = [name for name, is_given in (("--threshold", threshold is not None), ("--decision", decision != "cosine"),
                                             ("--window-days", window_days is not None), ("--no-settle", not settle))
                 if is_given]
        if given:
            fail(f"{', '.join(given)}: {state} already holds the stream's options; leave {'them' if len(given) > 1 else 'it'} out")
    try:
        since_time = parse_time(since) if since is not None else None
        options = {k: v for k, v in (("threshold", threshold), ("window_days", window_days)) if v is not None}
        if not settle:
            options["settle_threshold"] = None
        clusterer = _load_state(state) if resumed else StreamClusterer(decision=decision, **options)
    except TomtatError as exc:
        fail(f"--since: {exc}" if isinstance(exc, InputError) else str(exc))
    skipped = 0
    try:
        lines = iter_jsonl(input)
        for line, record in lines:
            if isinstance(record, InputError):
                warn(f"skipped {record}")
                skipped += 1
                continue
            published = record.get("published")
            try:
                parse_time(published)
            except InputError as exc:
                warn(f"{input}:{line}: {exc.message}; the article is dated by its arrival instead")
                skipped += 1
                record = {k: v for k, v in record.items() if k != "published"}
            try:
                clusterer.add(record)
            except InputError as exc:
                warn(f"skipped {input}:{line}: {exc.message}")
                skipped += 1
    except OSError as exc:
        fail(f"{input}: cannot read: {exc.strerror}")
    if len(clusterer) == 0:
        fail(f"{input}: no usable article")
    clusterer.settle()
    if state is not None:
        _save_state(state, clusterer)
    handle = _open_output(output)
    try:
        for event in clusterer.events():
            row = {"event_id": event.event_id, "article_ids": list(event.article_ids)}
            if digest:
                row.update(_digest(clusterer.history(event.event_id), words, since_time, analysis=True))
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if handle is not sys.stdout:
            handle.close()
    raise typer.Exit(EXIT_SKIPPED if skipped else EXIT_OK)


__all__ = ["cluster"]
