"""Clusters per second of `tomtat batch`: local engine and Spark, 1 and 2 workers, same clusters, one run.

    .venv/bin/python benchmarks/batch_speed.py [--clusters 60] [--data ../shared/data/abmusu-validation.jsonl]

All timed runs are warm: the models are loaded first in this process (the local
pool forks from it), and each Spark session first runs a small job that starts its
python workers; start-up and model loading are timed apart. The outputs of all four runs
are compared byte for byte. Prints a Markdown table for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tomtat.batch import run_batch  # noqa: E402
from tomtat.options import Options  # noqa: E402


def take(data: Path, n: int, into: Path) -> Path:
    """The first ``n`` clusters of ``data`` as a JSONL file."""
    with open(data, encoding="utf-8") as src:
        lines = [line for _, line in zip(range(n), src)]
    into.write_text("".join(lines), encoding="utf-8")
    return into


def time_local(src: Path, out: Path, workers: int, options: Options, repeat: int) -> float:
    """Best of ``repeat`` runs (the machine is shared: the best run is the least disturbed one)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run_batch(str(src), str(out), options, workers=workers, progress=False)
        best = min(best, time.perf_counter() - start)
    return best


def time_spark(src: Path, warm_src: Path, out: Path, cores: int, options: Options, repeat: int) -> dict[str, float]:
    """Seconds on a fresh ``local[cores]`` session: start-up, a first small job (python workers start
    and load the models), then the measured job on warm workers."""
    from tomtat.spark import run_spark, session

    start = time.perf_counter()
    spark = session(f"local[{cores}]")
    assert spark.sparkContext.defaultParallelism == cores
    started = time.perf_counter()
    run_spark(str(warm_src), str(out), options, spark=spark)
    warmed = time.perf_counter()
    best = float("inf")
    for _ in range(repeat):
        begin = time.perf_counter()
        run_spark(str(src), str(out), options, spark=spark)
        best = min(best, time.perf_counter() - begin)
    spark.stop()
    return {"startup": started - start, "first": warmed - started, "job": best}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=60)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "abmusu-validation.jsonl")
    parser.add_argument("--words", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per configuration; the best is kept")
    args = parser.parse_args()
    options = Options(words=args.words)
    load_before = os.getloadavg()[0]
    from tomtat.spark import warm_up

    start = time.perf_counter()
    warm_up()  # the local engine's processes (this one, and the pool forked from it) start warm
    model_load = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = take(args.data, args.clusters, tmp / "in.jsonl")
        n = sum(1 for _ in open(src, encoding="utf-8"))
        in_bytes = src.stat().st_size
        seconds, spark_extra, outputs = {}, {}, {}
        for workers in (1, 2):
            out = tmp / f"local-{workers}.jsonl"
            seconds[("local", workers)] = time_local(src, out, workers, options, args.repeat)
            outputs[("local", workers)] = out.read_bytes()
            if workers == 1:  # this process has now done what one python worker does
                worker_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        for cores in (1, 2):
            out = tmp / f"spark-{cores}.jsonl"
            warm_src = take(args.data, 2 * cores, tmp / f"warm-{cores}.jsonl")
            spark_extra[cores] = time_spark(src, warm_src, out, cores, options, args.repeat)
            seconds[("spark", cores)] = spark_extra[cores]["job"]
            outputs[("spark", cores)] = out.read_bytes()
    same = len(set(outputs.values())) == 1
    print(f"{n} clusters of {args.data.name}, --words {args.words}, best of {args.repeat}; load average before: {load_before:.1f} "
          f"(after: {os.getloadavg()[0]:.1f}) on {os.cpu_count()} cores; outputs identical: {same}\n")
    print("| engine | workers | seconds | clusters/s | time vs local, same workers |")
    print("|---|---|---|---|---|")
    for (engine, workers), secs in seconds.items():
        ratio = secs / seconds[("local", workers)]
        print(f"| {engine} | {workers} | {secs:.1f} | {n / secs:.2f} | {ratio:.2f}× |")
    print(f"\nModels loaded in one process: {model_load:.1f} s (before the local runs; not in their times)")
    for cores, extra in spark_extra.items():
        print(f"Spark local[{cores}]: session start-up {extra['startup']:.1f} s, first job of {2 * cores} clusters "
              f"(python workers start, load the models) {extra['first']:.1f} s; neither is in the table")
    for cores in (1, 2):
        extra = spark_extra[cores]
        cold_spark = extra["startup"] + extra["first"] + extra["job"]
        cold_local = model_load + seconds[("local", cores)]
        print(f"Cold, end to end, {cores} worker(s): Spark {cold_spark:.1f} s (start-up + first job + job) vs local "
              f"{cold_local:.1f} s (model load + job): {cold_spark / cold_local:.2f}×")
    print(f"Per cluster on one core, local engine, warm: {seconds[('local', 1)] / n:.3f} s; "
          f"Spark local[1], warm: {seconds[('spark', 1)] / n:.3f} s")
    print(f"Peak memory of one process that loaded the models and summarized the clusters: {worker_rss_mib:.0f} MiB; "
          f"input {in_bytes / n / 1024:.1f} KiB per cluster, output {len(outputs[('local', 1)]) / n / 1024:.1f} KiB")
    if not same:
        raise SystemExit("outputs differ between engines")


if __name__ == "__main__":
    main()
