"""Summarize many clusters, one JSON object a line, streaming (memory does not grow with the file).

:func:`process_record` is pure (one record in, one output row out, never raising for bad
input) so that other engines (Spark) can call it unchanged; :func:`run_batch` is the local
engine: it streams IN to OUT in order, on one process or a pool of ``workers``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from .errors import InputError, TomtatError, UsageError
from .models import Article
from .options import Options

# Clusters sent to a worker at once. Not tuned by measurement (the shared machine was too loaded to time
# it): a cluster takes 0.1-1 s, far above the cost of one round trip to a worker, so small chunks lose
# nothing and keep the ordered results waiting in the parent few.
CHUNKSIZE = 4
# Records read ahead of the writer, per worker: bounds memory whatever the size of IN.
READ_AHEAD_PER_WORKER = 4 * CHUNKSIZE
# Problem messages kept in BatchStats.problems (all are reported through on_problem as they happen).
KEPT_PROBLEMS = 1000


@dataclass
class BatchStats:
    """What a batch run did: clusters summarized, lines failed, clusters with skipped articles.

    ``problems`` keeps the first :data:`KEPT_PROBLEMS` messages only, so memory stays bounded.
    """

    ok: int = 0
    failed: int = 0
    partial: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def lines(self) -> int:
        return self.ok + self.failed


def _error_row(record, line: int | None, message: str) -> dict:
    row: dict = {}
    if isinstance(record, Mapping) and "cluster_id" in record:
        row["cluster_id"] = record["cluster_id"]
    row["line"] = line
    row["error"] = message
    return row


def _budget(record: Mapping, options: Options) -> Options:
    if "max_words" not in record or record["max_words"] is None:
        return options
    value = record["max_words"]
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InputError(f"'max_words' must be a positive whole number, got {value!r}")
    return options.with_overrides(words=value)


def _articles(record: Mapping) -> tuple[list[Article], list[str]]:
    """Articles of ``single_documents``; an unusable one becomes an empty placeholder (indices stay aligned)."""
    from .read import article_from_record, fit_cluster

    docs = record.get("single_documents")
    if docs is None:
        raise InputError("missing 'single_documents' (a list of {title, anchor_text, raw_text})")
    if not isinstance(docs, list):
        raise InputError(f"'single_documents' must be a list, got {type(docs).__name__}")
    if not docs:
        raise InputError("'single_documents' is empty")
    articles: list[Article] = []
    skipped: list[str] = []
    unusable = 0
    for i, doc in enumerate(docs):
        notes: list[InputError] = []
        try:
            articles.append(article_from_record(doc, i, where=f"single_documents[{i}]", notes=notes))
        except InputError as exc:
            unusable += 1
            skipped.append(f"single_documents[{i}]: {exc.message}")
            articles.append(Article(index=i, text="", source=f"single_documents[{i}]"))
        skipped.extend(str(note) for note in notes)
    if unusable == len(docs):
        raise InputError("no usable article: " + "; ".join(skipped))
    notes: list[InputError] = []
    articles = fit_cluster(articles, notes)
    skipped.extend(str(note) for note in notes)
    return articles, skipped


def process_record(record: dict | InputError, options: Options, line: int | None = None) -> dict:
    """One input record to one output row: ``{cluster_id?, summary, sentences}`` or ``{cluster_id?, line, error}``.

    Never raises for bad input. A row whose cluster had unusable (or over-long, cut) articles
    also holds ``skipped`` (one message per article); its ``doc`` indices still count every article.
    """
    from .pipeline import summarize_cluster
    from .split import build_cluster

    if isinstance(record, InputError):
        return _error_row(None, line if line is not None else record.line, record.message)
    if not isinstance(record, Mapping):
        return _error_row(None, line, f"expected a JSON object, got {type(record).__name__}")
    try:
        local = _budget(record, options)
        articles, skipped = _articles(record)
        cid = record.get("cluster_id")
        cluster = build_cluster(articles, cluster_id=None if cid is None else str(cid))
        if not cluster.sentences:
            raise InputError("no sentence to summarize in any article")
        summary = summarize_cluster(cluster, local)
    except (InputError, UsageError) as exc:
        return _error_row(record, line, getattr(exc, "message", None) or str(exc))
    row: dict = {}
    if cid is not None:
        row["cluster_id"] = cid
    row["summary"] = summary.text
    row["sentences"] = [s.to_dict() for s in summary.sentences]
    if skipped:
        row["skipped"] = skipped
    return row


def _safe(task: tuple[int, int, object, Options]) -> tuple[int, int, dict]:
    """Worker body: a bug in one cluster becomes that line's error row, not the end of the run."""
    line, size, record, options = task
    try:
        return line, size, process_record(record, options, line)
    except TomtatError as exc:
        return line, size, _error_row(record, line, str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad cluster must not stop a long batch
        return line, size, _error_row(record, line, f"internal error ({type(exc).__name__}: {exc})")


_WARM_UP = {"single_documents": [
    {"raw_text": "Sáng nay, mưa lớn kéo dài gây ngập nhiều tuyến phố ở trung tâm thành phố."},
    {"raw_text": "Nhiều tuyến phố ở trung tâm thành phố bị ngập sâu sau trận mưa lớn sáng nay."},
]}


def warm_up() -> None:
    """Load every model the pipeline uses (underthesea, the scorer) once per process, before the first cluster.

    Summarizing a tiny invented cluster loads exactly what the pipeline needs. A failure here is
    left for the real clusters to report, line by line (a pool initializer must not raise).
    """
    try:
        process_record(_WARM_UP, Options(words=20))
    except Exception:  # noqa: BLE001 - reported per line by _safe instead
        pass
    # One BLAS thread per process: a cluster's matrices are small, and letting numpy start a
    # thread per core made each worker 3.4x slower on this 2-core machine (measured by
    # benchmarks/batch_speed.py with and without OMP_NUM_THREADS=1). Set after the warm-up,
    # once numpy's BLAS is loaded, so the limit reaches it.
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)


def _records(in_path: str) -> Iterator[tuple[int, int, dict | InputError]]:
    """(line number, size in bytes, record or error) of each non-blank line of IN."""
    from .read import iter_jsonl_sized

    try:
        yield from iter_jsonl_sized(in_path)
    except OSError as exc:
        raise UsageError(f"{in_path}: cannot read ({exc.strerror})") from None


def _bounded(items, semaphore):
    """Yield items, blocking while ``semaphore`` is exhausted (the writer releases one per row)."""
    for item in items:
        semaphore.acquire()
        yield item


def _results(in_path: str, options: Options, workers: int) -> Iterator[tuple[int, int, dict]]:
    tasks = ((line, size, record, options) for line, size, record in _records(in_path))
    if workers <= 1:
        warm_up()
        yield from map(_safe, tasks)
        return
    import multiprocessing
    import threading

    window = threading.BoundedSemaphore(READ_AHEAD_PER_WORKER * workers)
    with multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork").Pool(
        workers, initializer=warm_up
    ) as pool:
        for result in pool.imap(_safe, _bounded(tasks, window), chunksize=CHUNKSIZE):
            window.release()
            yield result


def _open_out(out_path: str):
    if out_path == "-":
        return sys.stdout, False
    try:
        return open(out_path, "w", encoding="utf-8"), True
    except OSError as exc:
        raise UsageError(f"{out_path}: cannot write ({exc.strerror})") from None


def run_batch(in_path: str, out_path: str, options: Options, workers: int = 1, progress: bool = True,
              on_problem: Callable[[str], None] | None = None) -> BatchStats:
    """Summarize every line of ``in_path`` into ``out_path`` (``-``: stdin/stdout), in order, streaming.

    Each failed line and each skipped article is passed to ``on_problem`` (as
    ``IN:line: message``) and counted in the returned :class:`BatchStats`.
    """
    import os

    if workers < 1:
        raise UsageError(f"workers must be at least 1, got {workers}")
    if in_path != "-" and os.path.isdir(in_path):
        raise UsageError(f"{in_path}: is a folder, not a JSONL file")
    if in_path != "-" and not os.path.isfile(in_path):
        raise UsageError(f"{in_path}: no such file")
    stats = BatchStats()
    report = on_problem or (lambda message: None)
    name = "<stdin>" if in_path == "-" else in_path
    out, close = _open_out(out_path)
    bar = _progress(in_path) if progress else None
    try:
        for line, size, row in _results(in_path, options, workers):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            if "error" in row:
                stats.failed += 1
                message = f"{name}:{line}: {row['error']}"
                _keep(stats, message)
                report(message)
            else:
                stats.ok += 1
                if row.get("skipped"):
                    stats.partial += 1
                    for skipped in row["skipped"]:
                        message = f"{name}:{line}: {skipped}"
                        _keep(stats, message)
                        report(message)
            if bar is not None:
                bar.advance(size)
    finally:
        if bar is not None:
            bar.stop()
        if close:
            out.close()
        else:
            out.flush()
    return stats


def _keep(stats: BatchStats, message: str) -> None:
    if len(stats.problems) < KEPT_PROBLEMS:
        stats.problems.append(message)


class _Bar:
    """A rich progress bar over the bytes of IN (a pulse for stdin), on stderr."""

    def __init__(self, in_path: str):
        import os

        from rich.console import Console
        from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

        total = os.path.getsize(in_path) if in_path != "-" else None
        self._progress = Progress(TextColumn("summarizing"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                                  console=Console(stderr=True), transient=True)
        self._task = self._progress.add_task("batch", total=total)
        self._progress.start()

    def advance(self, size: int) -> None:
        self._progress.advance(self._task, size)

    def stop(self) -> None:
        self._progress.stop()


def _progress(in_path: str) -> _Bar:
    return _Bar(in_path)
