"""``tomtat batch --engine spark``: the same per-cluster function as the local engine, run by PySpark.

Input and output are JSONL or Parquet, chosen by the file suffix. Rows keep the
input order (a line-number column; no shuffle on the JSONL path), a bad line
becomes an error row, and the models load once per python worker.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, UsageError
from .options import Options

FORMATS = (".jsonl", ".parquet")
# Tasks per core for the summarizing stage: a cluster costs ~0.1-1 s, so a few
# tasks per core even out slow clusters without drowning in per-task overhead
# (tried 1, 3 and 8 on abmusu-validation with local[2]; 3 was as fast as any).
TASKS_PER_CORE = 3

_loads = 0  # how many times this python process loaded the models (must stay 1)
_ready = False


def warm_up() -> int:
    """Load the models (underthesea, the scorer) once in this python process; return the load count."""
    global _loads, _ready
    if not _ready:
        from .pipeline import summarize

        # A tiny invented cluster runs every stage once, so whatever the pipeline
        # loads lazily (word segmenter, sentence splitter, scorer) is loaded now.
        summarize(["Hà Nội mưa lớn suốt đêm qua. Nhiều tuyến phố bị ngập sâu."], words=20)
        _loads += 1
        _ready = True
    return _loads


def worker_loads(_items: Iterable = ()) -> Iterator[tuple[int, int]]:
    """(pid, model loads so far) of the python worker that runs this partition."""
    yield os.getpid(), warm_up()


def file_format(path: str, role: str) -> str:
    """``.jsonl`` or ``.parquet`` from the path's suffix; anything else is a usage error."""
    suffix = Path(path.rstrip("/")).suffix.lower()
    if suffix not in FORMATS:
        raise UsageError(f"{path}: {role} must end in {' or '.join(FORMATS)} for --engine spark")
    return suffix


def parse_line(raw: bytes, number: int, where: str) -> dict | InputError | None:
    """One JSONL line to an object or the error for that line (as ``read.iter_jsonl``); None if blank."""
    if number == 1 and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    if not raw.strip():
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return InputError("not valid UTF-8", where=where, line=number)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return InputError(f"malformed JSON ({exc.msg} at column {exc.colno})", where=where, line=number)
    if not isinstance(obj, dict):
        return InputError("expected a JSON object", where=where, line=number)
    return obj


def _row_to_record(row) -> dict:
    """A Parquet row to the dict a JSONL line would give (null top-level fields left out)."""
    return {k: v for k, v in row.asDict(recursive=True).items() if v is not None}


def _dumps(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False)


def summarize_partition(options: Options, where: str, source: str, items: Iterable[tuple],
                        process=None) -> Iterator[tuple[int, str, bool]]:
    """Run ``process`` (default ``batch.process_record``) on one partition: (line, JSON line, is error)."""
    if process is None:
        from .batch import process_record as process

    warm_up()
    for item, index in items:
        line = index + 1
        record = parse_line(item, line, where) if source == ".jsonl" else _row_to_record(item)
        if record is None:
            continue
        try:
            row = process(record, options, line)
        except Exception as exc:  # process_record never raises for bad input; this is a last guard
            row = {"line": line, "error": f"{where}:{line}: internal error: {type(exc).__name__}: {exc}"}
        yield line, _dumps(row), "error" in row


@dataclass(frozen=True, slots=True)
class SparkStats:
    """What a Spark run did: rows written, of which errors."""

    records: int
    errors: int

    @property
    def ok(self) -> int:
        return self.records - self.errors


def local_uri(path: str) -> str:
    """A local path to a ``file://`` URI (Hadoop would read ``[`` and ``*`` as globs); URIs pass through."""
    if "://" in path:
        return path
    return Path(path).resolve().as_uri()


def session(master: str = "local[*]", app_name: str = "tomtat-batch"):
    """A SparkSession for tomtat: no UI, quiet logs, workers on this venv's python when local."""
    from pyspark.sql import SparkSession

    local = master.startswith("local")
    if local:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = (
        SparkSession.builder.master(master).appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.python.worker.reuse", "true")
    )
    if local:
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _numbered_input(spark, in_path: str, fmt: str, partitions: int):
    """The input as an RDD of (raw line or Row, 0-based index), in input order."""
    if fmt == ".jsonl":
        lines = spark.sparkContext.textFile(local_uri(in_path), minPartitions=partitions, use_unicode=False)
        return lines.zipWithIndex()
    from pyspark.sql import functions as F

    frame = spark.read.parquet(local_uri(in_path))
    # Spark packs file splits by size, not by name: order rows explicitly by file and row index.
    keys = frame.select("*", F.col("_metadata.file_path").alias("_file"), F.col("_metadata.row_index").alias("_row"))
    ordered = keys.orderBy("_file", "_row").drop("_file", "_row")
    return ordered.rdd.zipWithIndex().sortBy(lambda pair: pair[1], numPartitions=partitions)


def run_spark(in_path: str, out_path: str, options: Options, *, master: str = "local[*]", spark=None,
              partitions: int | None = None, process=None) -> SparkStats:
    """Summarize every cluster of ``in_path`` into ``out_path`` on Spark; one row per input line, in order."""
    from pyspark import StorageLevel

    source, target = file_format(in_path, "input"), file_format(out_path, "output")
    if "://" not in in_path and not Path(in_path).exists():
        raise UsageError(f"{in_path}: no such file or folder")
    spark = spark or session(master)
    parts = partitions or max(2, TASKS_PER_CORE * spark.sparkContext.defaultParallelism)
    numbered = _numbered_input(spark, in_path, source, parts)
    rows = numbered.mapPartitions(lambda items: summarize_partition(options, in_path, source, items, process))
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        records, errors = rows.map(lambda r: (1, int(r[2]))).fold((0, 0), lambda a, b: (a[0] + b[0], a[1] + b[1]))
        if target == ".jsonl":
            _write_jsonl(rows, out_path)
        else:
            _write_parquet(spark, rows, out_path, parts)
    finally:
        rows.unpersist()
    return SparkStats(records=records, errors=errors)


def _write_jsonl(rows, out_path: str) -> None:
    """One JSONL file at ``out_path`` (not a Spark folder), streamed partition by partition in order."""
    if "://" in out_path:
        raise UsageError(f"{out_path}: JSONL output goes to a local file; write .parquet to object storage")
    target = Path(out_path)
    partial = target.with_name(target.name + ".partial")
    last = 0
    with open(partial, "w", encoding="utf-8") as handle:
        for line, text, _ in rows.toLocalIterator():
            if line <= last:  # cannot happen with narrow stages only; guard the ordering promise
                raise RuntimeError(f"output out of order: line {line} after line {last}")
            last = line
            handle.write(text + "\n")
    os.replace(partial, target)


PARQUET_SCHEMA = (
    "line LONG, cluster_id STRING, summary STRING, "
    "sentences ARRAY<STRUCT<text: STRING, sources: ARRAY<STRUCT<doc: INT, sentence: INT>>>>, error STRING"
)


def _parquet_row(line: int, text: str) -> tuple:
    row = json.loads(text)
    return (line, row.get("cluster_id"), row.get("summary"), row.get("sentences"), row.get("error"))


def _write_parquet(spark, rows, out_path: str, partitions: int) -> None:
    """A Parquet dataset (a Spark folder of part files) at ``out_path``, sorted by ``line``."""
    table = spark.createDataFrame(rows.map(lambda r: _parquet_row(r[0], r[1])), PARQUET_SCHEMA)
    table.orderBy("line").write.mode("overwrite").parquet(local_uri(out_path))
