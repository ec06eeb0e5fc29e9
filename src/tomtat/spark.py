"""``tomtat batch --engine spark``: the local engine's per-cluster function, run by PySpark.

Input and output are JSONL or Parquet, chosen by the file suffix. Rows keep the
input order (a line-number column; no shuffle on the JSONL path), a bad line
becomes an error row, and the models load once per python worker.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError, TomtatError, UsageError
from .options import Options

FORMATS = (".jsonl", ".parquet")
# Tasks per core for the summarizing stage: a few tasks per core even out slow
# clusters. Not tuned by measurement (2 shared cores cannot show it): a choice.
TASKS_PER_CORE = 3
# Input bytes per task at most: ~16 MiB is ~1,000 AbMuSu clusters (16.8 KiB each,
# benchmarks/batch_speed.py), under 2 min of one core at the measured ~0.1 s a
# cluster, so a lost task costs little to redo and big inputs spread over many tasks.
MAX_TASK_BYTES = 16 * 1024 * 1024

_loads = 0  # how many times this python process loaded the models (must stay 1)
_ready = False


def warm_up() -> int:
    """Load the models (underthesea, the scorer) once in this python process; return the load count."""
    global _loads, _ready
    if not _ready:
        from . import batch
        from .pipeline import summarize

        batch.warm_up()
        # A tiny invented cluster runs every stage once, so whatever else the pipeline
        # loads lazily (the scorer) is loaded now, not in the first real cluster.
        try:
            summarize(["Hà Nội mưa lớn suốt đêm qua. Nhiều tuyến phố bị ngập sâu."], words=20)
        except Exception:  # noqa: BLE001 - if a stage cannot load, each cluster reports it in its error row
            pass
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
    """One JSONL line (without its newline, as Spark gives it) to its object or error, as the local reader does.

    None for a blank line.
    """
    from .read import parse_jsonl_line

    if number == 1 and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    if not raw.strip():
        return None
    return parse_jsonl_line(raw, where, number)


def _row_to_record(row) -> dict:
    """A Parquet row to the dict a JSONL line would give (null top-level fields left out)."""
    return {k: v for k, v in row.asDict(recursive=True).items() if v is not None}


def _guarded(process, record, options: Options, line: int) -> dict:
    """``process`` on one record; whatever it raises becomes that line's error row (as the local engine)."""
    from .batch import _error_row

    try:
        return process(record, options, line)
    except TomtatError as exc:
        return _error_row(record, line, str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad cluster must not stop a long batch
        return _error_row(record, line, f"internal error ({type(exc).__name__}: {exc})")


def _problems(where: str, line: int, row: dict) -> list[str]:
    """The messages the local engine reports for this row (``IN:line: …``)."""
    if "error" in row:
        return [f"{where}:{line}: {row['error']}"]
    return [f"{where}:{line}: {skipped}" for skipped in row.get("skipped") or ()]


def summarize_partition(options: Options, where: str, source: str, items: Iterable[tuple],
                        process=None) -> Iterator[tuple[int, str, bool, list[str]]]:
    """Run ``process`` (default ``batch.process_record``) on one partition of (line or Row, index).

    Yields (line, output JSON line, is it an error row, problem messages).
    """
    if process is None:
        from .batch import process_record as process

    warm_up()
    for item, index in items:
        line = index + 1
        record = parse_line(item, line, where) if source == ".jsonl" else _row_to_record(item)
        if record is None:
            continue
        row = _guarded(process, record, options, line)
        yield line, json.dumps(row, ensure_ascii=False), "error" in row, _problems(where, line, row)


_GLOB = re.compile(r"([\\*?\[\]{}])")


def local_uri(path: str) -> str:
    """A local path to a ``file://`` path for Hadoop, glob characters escaped; URIs (globs allowed) pass through."""
    if "://" in path:
        return path
    return "file://" + _GLOB.sub(r"\\\1", str(Path(path).resolve()))


def output_uri(path: str) -> str:
    """A local output path to a ``file://`` path for Hadoop (writers do not glob); URIs pass through."""
    return path if "://" in path else "file://" + str(Path(path).resolve())


def _is_remote(path: str) -> bool:
    return "://" in path


def require() -> None:
    """Usage error unless PySpark and a Java runtime are here."""
    import importlib.util
    import shutil

    if importlib.util.find_spec("pyspark") is None:
        raise UsageError("--engine spark needs PySpark: pip install 'tomtat[spark]'")
    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        raise UsageError("--engine spark needs a Java runtime (17 or later) on PATH or in JAVA_HOME")


LOG4J2 = """\
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = stderr
appender.console.type = Console
appender.console.name = stderr
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = spark: %p %c{1}: %m%n
logger.repl.name = org.apache.spark.repl.Main
logger.repl.level = error
logger.gateway.name = org.apache.spark.api.python.PythonGatewayServer
logger.gateway.level = error
"""


def _log_config() -> str:
    """A log4j2 file that lets only Spark's errors through (its default prints INFO banners on stderr)."""
    import tempfile

    path = Path(tempfile.gettempdir()) / "tomtat-spark-log4j2.properties"
    if not path.exists() or path.read_text() != LOG4J2:
        path.write_text(LOG4J2)
    return str(path)


def session(master: str = "local[*]", app_name: str = "tomtat-batch"):
    """A SparkSession for tomtat (or the active one): no UI, quiet logs, workers on this python when local."""
    require()
    from pyspark.sql import SparkSession

    local = master.startswith("local")
    if local:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
    builder = (
        SparkSession.builder.master(master).appName(app_name)
        .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={_log_config()}")
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


def task_count(spark, in_path: str) -> int:
    """Tasks for the summarizing stage: a few per core, and no task over :data:`MAX_TASK_BYTES` of input."""
    jvm, conf = spark.sparkContext._jvm, spark.sparkContext._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(local_uri(in_path))
    fs = path.getFileSystem(conf)
    matches = fs.globStatus(path) or []  # a remote input may be a glob (s3a://bucket/clusters/*.jsonl)
    size = sum(fs.getContentSummary(m.getPath()).getLength() for m in matches)
    return max(2, TASKS_PER_CORE * spark.sparkContext.defaultParallelism, -(-size // MAX_TASK_BYTES))


def _numbered_input(spark, in_path: str, fmt: str, partitions: int):
    """The input as an RDD of (raw line or Row, 0-based index), partitions in input order."""
    if fmt == ".jsonl":
        lines = spark.sparkContext.textFile(local_uri(in_path), minPartitions=partitions, use_unicode=False)
        return lines.zipWithIndex()
    from pyspark.sql import functions as F

    frame = spark.read.parquet(local_uri(in_path))
    # Spark packs file splits by size, not by name: order rows explicitly by file and row index.
    keys = frame.select("*", F.col("_metadata.file_path").alias("_file"), F.col("_metadata.row_index").alias("_row"))
    ordered = keys.repartitionByRange(partitions, "_file", "_row").sortWithinPartitions("_file", "_row")
    return ordered.drop("_file", "_row").rdd.zipWithIndex()


def run_spark(in_path: str, out_path: str, options: Options, *, master: str = "local[*]", spark=None,
              partitions: int | None = None, process=None, on_problem=None):
    """Summarize every cluster of ``in_path`` into ``out_path`` on Spark; one row per input line, in order.

    Like :func:`~tomtat.batch.run_batch`, each problem (``IN:line: message``) goes to ``on_problem``
    (in line order, after the run) and the returned :class:`~tomtat.batch.BatchStats` keeps the first ones.
    """
    source, target = file_format(in_path, "input"), file_format(out_path, "output")
    if not _is_remote(in_path) and not Path(in_path).exists():
        raise UsageError(f"{in_path}: no such file or folder")
    if target == ".jsonl" and _is_remote(out_path):
        raise UsageError(f"{out_path}: JSONL output goes to a local file; write .parquet to object storage")
    if not _is_remote(out_path) and not Path(out_path).resolve().parent.is_dir():
        raise UsageError(f"{out_path}: cannot write (no such folder)")
    require()
    from pyspark import StorageLevel

    from .batch import KEPT_PROBLEMS, BatchStats

    spark = spark or session(master)
    parts = partitions or task_count(spark, in_path)
    numbered = _numbered_input(spark, in_path, source, parts)
    rows = numbered.mapPartitions(lambda items: summarize_partition(options, in_path, source, items, process))
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)  # summarized once, then counted and written
    try:
        ok, failed, partial = rows.map(lambda r: (int(not r[2]), int(r[2]), int(bool(r[3]) and not r[2]))).fold(
            (0, 0, 0), lambda a, b: (a[0] + b[0], a[1] + b[1], a[2] + b[2]))
        problems = []
        for message in rows.flatMap(lambda r: r[3]).toLocalIterator():  # streamed: memory stays bounded
            if len(problems) < KEPT_PROBLEMS:
                problems.append(message)
            if on_problem is not None:
                on_problem(message)
        if target == ".jsonl":
            _write_jsonl(rows, out_path)
        else:
            _write_parquet(spark, rows, out_path)
    finally:
        rows.unpersist()
    return BatchStats(ok=ok, failed=failed, partial=partial, problems=problems)


def _write_jsonl(rows, out_path: str) -> None:
    """One JSONL file at ``out_path`` (not a Spark folder), streamed to the driver partition by partition."""
    target = Path(out_path)
    partial = target.with_name(target.name + ".partial")
    last = 0
    try:
        with open(partial, "w", encoding="utf-8") as handle:
            for line, text, _, _ in rows.toLocalIterator():
                if line <= last:  # narrow stages keep partition order; guard the promise anyway
                    raise RuntimeError(f"output out of order: line {line} after line {last}")
                last = line
                handle.write(text + "\n")
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UsageError(f"{out_path}: cannot write ({exc.strerror})") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)


PARQUET_SCHEMA = (
    "line LONG, cluster_id STRING, summary STRING, "
    "sentences ARRAY<STRUCT<text: STRING, sources: ARRAY<STRUCT<doc: INT, sentence: INT>>>>, "
    "skipped ARRAY<STRING>, error STRING"
)


def _parquet_row(line: int, text: str) -> tuple:
    row = json.loads(text)
    cid = row.get("cluster_id")
    cid = cid if cid is None or isinstance(cid, str) else json.dumps(cid, ensure_ascii=False)
    return (line, cid, row.get("summary"), row.get("sentences"), row.get("skipped"), row.get("error"))


def _write_parquet(spark, rows, out_path: str) -> None:
    """A Parquet dataset (a folder of part files, as Spark writes) at ``out_path``, sorted by ``line``."""
    table = spark.createDataFrame(rows.map(lambda r: _parquet_row(r[0], r[1])), PARQUET_SCHEMA)
    table.orderBy("line").write.mode("overwrite").parquet(output_uri(out_path))
