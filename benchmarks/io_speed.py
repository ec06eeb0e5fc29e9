"""Start-up, reading and batch figures for benchmarks/RESULTS.md ("CLI start-up, reading, batch").

Run: .venv/bin/python benchmarks/io_speed.py [--quick]
Every wall time is also given as a ratio to an anchor measured in the same run (``python -c pass``),
since the machine is shared and absolute times move with its load (reported too).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SEEDS = ROOT.parent / "shared" / "seeds"
DATA = ROOT.parent / "shared" / "data"


def wall(cmd: list[str], runs: int = 5, ok: tuple[int, ...] = (0,)) -> float:
    """Median wall time of ``cmd`` over ``runs`` runs, output discarded; a failed run stops the benchmark."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode not in ok:
            sys.exit(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr.strip()[-300:]}")
    return statistics.median(times)


def peak_rss_mb(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB of the largest process) of one run, measured by a fresh parent."""
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
             "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", probe + "; sys.exit(0)", *cmd], capture_output=True, text=True,
                         check=True).stdout
    seconds, mb = out.split()
    return float(seconds), float(mb)


def stages() -> dict[str, float]:
    """Seconds of each stage of summarizing the seeds, in one fresh process."""
    code = r"""
import json, time
t = [time.perf_counter()]
import tomtat.cli; t.append(time.perf_counter())
import underthesea; t.append(time.perf_counter())
from tomtat.split import words; words("xin chào"); t.append(time.perf_counter())
from tomtat.read import read_paths; arts, _ = read_paths([%r]); t.append(time.perf_counter())
from tomtat.split import build_cluster; c = build_cluster(arts); t.append(time.perf_counter())
from tomtat.pipeline import summarize_cluster; from tomtat.options import Options
summarize_cluster(c, Options(words=80)); t.append(time.perf_counter())
names = ["import tomtat.cli", "import underthesea", "load word model", "read + clean", "split (sentences, syllables)", "score/select/order/provenance (segments only what it needs)"]
print(json.dumps({n: t[i + 1] - t[i] for i, n in enumerate(names)}))
""" % str(SEEDS)
    return json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def tokenize_rate() -> float:
    """underthesea word_tokenize throughput in characters a second, on AbMuSu train text."""
    code = r"""
import json, time
from tomtat.clean import clean
from tomtat.split import split_sentences, words
docs = [d["raw_text"] for line in open(%r) for d in json.loads(line)["single_documents"]]
text = clean("\n".join(docs[:60]))
sents = split_sentences(text); words("khởi động")
t = time.perf_counter(); [words(s) for s in sents]; print(len(text) / (time.perf_counter() - t))
""" % str(DATA / "abmusu-train.jsonl")
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    quick = "--quick" in sys.argv
    tomtat = str(BIN / "tomtat")
    print(f"load average before: {os.getloadavg()[0]:.2f} (2 cores)")
    anchor = wall([sys.executable, "-c", "pass"], 9)
    print(f"anchor `python -c pass`: {anchor:.3f} s")
    help_s = wall([tomtat, "--help"], 3)
    seeds_s = wall([tomtat, "summarize", str(SEEDS), "--words", "80"], 3 if quick else 5)
    print(f"`tomtat --help`: {help_s:.2f} s ({help_s / anchor:.0f}x anchor)")
    print(f"`tomtat summarize ../shared/seeds --words 80`: {seeds_s:.2f} s ({seeds_s / anchor:.0f}x anchor)")
    for name, seconds in stages().items():
        print(f"  stage {name}: {seconds:.3f} s")
    rate = tokenize_rate()
    print(f"underthesea word_tokenize: {rate:,.0f} characters/s")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        big = tmp / "big"
        big.mkdir()
        docs = [d["raw_text"] for line in open(DATA / "abmusu-train.jsonl") for d in json.loads(line)["single_documents"]]
        text = "\n".join(docs)
        (big / "a.txt").write_text(("Bài rất dài\n" + text * (5_000_000 // len(text) + 1))[:5_000_000], encoding="utf-8")
        (big / "b.txt").write_text(docs[0], encoding="utf-8")
        big_s = wall([tomtat, "summarize", str(big), "--words", "80"], 1, ok=(1,))  # 1: the cut is reported
        print(f"5 MB article + one normal article: {big_s:.2f} s ({big_s / seeds_s:.1f}x the seeds run)")

        lines = (DATA / "abmusu-train.jsonl").read_text(encoding="utf-8").splitlines()[: 8 if quick else 24]
        small, large = tmp / "x1.jsonl", tmp / "x4.jsonl"
        small.write_text("\n".join(lines) + "\n", encoding="utf-8")
        large.write_text("\n".join(lines * 4) + "\n", encoding="utf-8")
        for workers in (1, 2):
            s1, m1 = peak_rss_mb([tomtat, "batch", str(small), "-o", str(tmp / "o.jsonl"), "-q", "-j", str(workers)])
            s4, m4 = peak_rss_mb([tomtat, "batch", str(large), "-o", str(tmp / "o.jsonl"), "-q", "-j", str(workers)])
            print(f"batch -j {workers}: {len(lines)} clusters {s1:.1f} s, peak RSS {m1:.0f} MB; "
                  f"{4 * len(lines)} clusters {s4:.1f} s, peak RSS {m4:.0f} MB (RSS ratio {m4 / m1:.2f})")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
