"""Load test of `tomtat serve`: a server on 127.0.0.1 (free port, throw-away SQLite), a few concurrent
httpx clients, a bounded number of requests AND a time cap; prints requests/s and p50/p95 latency.

Anchors measured in the same run: POST is compared with building the same digest (summary and
analysis) in-process, no HTTP, no database; GET latency with GET /api/health (HTTP plus a trivial
query). The NLP of a POST runs under one lock, so with several clients POSTs queue: the time per
POST (1 / req/s) is the figure to set against the in-process anchor.

    .venv/bin/python benchmarks/load.py                       # defaults below
    .venv/bin/python benchmarks/load.py --clients 4 --posts 40 --gets 400 --seconds 90
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "cluster"
SERVE = "import sys; from tomtat.cli import main; main(sys.argv[1:])"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def articles() -> list[dict]:
    """The bundled example cluster as API articles."""
    files = sorted(EXAMPLE.glob("*.txt"))
    if not files:
        raise SystemExit(f"Error: no example articles in {EXAMPLE}")
    return [{"text": f.read_text(encoding="utf-8"), "source": f.name} for f in files]


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = [sys.executable, "-c", SERVE, "serve", "--host", "127.0.0.1", "--port", str(port), "--db", f"sqlite:///{db}"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"Error: the server exited: {proc.stderr.read()[-2000:]}")
        try:
            if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("Error: the server did not answer within 60 s")


def run_phase(base: str, make_request, count: int, clients: int, seconds: float) -> dict:
    """Send at most ``count`` requests from ``clients`` threads, stopping at ``seconds``; latencies in ms."""
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    issued = 0
    deadline = time.monotonic() + seconds

    def client() -> None:
        nonlocal issued
        with httpx.Client(base_url=base, timeout=120) as http:
            while True:
                with lock:
                    if issued >= count or time.monotonic() > deadline:
                        return
                    n = issued
                    issued += 1
                start = time.perf_counter()
                try:
                    ok, what = make_request(http, n)
                except httpx.HTTPError as exc:
                    ok, what = False, f"{type(exc).__name__}: {exc}"
                elapsed = (time.perf_counter() - start) * 1000
                with lock:
                    (latencies.append(elapsed) if ok else failures.append(what))

    began = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - began
    return summary(latencies, failures, wall)


def summary(latencies: list[float], failures: list[str], wall: float) -> dict:
    ordered = sorted(latencies)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)] if ordered else float("nan")
    return {"ok": len(ordered), "failed": len(failures), "first_failure": failures[0] if failures else None,
            "seconds": round(wall, 2), "rps": round(len(ordered) / wall, 2) if wall else 0.0,
            "p50_ms": round(statistics.median(ordered), 1) if ordered else None, "p95_ms": round(p95, 1)}


def in_process_anchor(docs: list[dict], words: int, repeats: int) -> float:
    """Median ms of building the same digest in this process (summary + analysis, no HTTP, no database)."""
    from tomtat.web.digest import RawArticle, build_digest

    raws = [RawArticle(text=d["text"], label=d["source"], source=d["source"]) for d in docs]
    build_digest(raws, words)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        build_digest(raws, words)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients (threads)")
    parser.add_argument("--posts", type=int, default=40, help="most POST /api/clusters requests")
    parser.add_argument("--gets", type=int, default=400, help="most GET requests per GET phase")
    parser.add_argument("--seconds", type=float, default=60.0, help="time cap of each phase")
    parser.add_argument("--words", type=int, default=120)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    docs = articles()
    body = {"articles": docs, "words": args.words}

    with tempfile.TemporaryDirectory() as tmp:
        proc, base = start_server(Path(tmp) / "load.db")
        try:
            with httpx.Client(base_url=base, timeout=120) as http:  # warm-up: loads the NLP models
                seed = http.post("/api/clusters", json=body)
                seed.raise_for_status()
            ids: list[str] = [seed.json()["id"]]

            def post(http, _n):
                r = http.post("/api/clusters", json=body)
                if r.status_code == 201:
                    ids.append(r.json()["id"])
                return r.status_code == 201, f"HTTP {r.status_code}"

            def get_one(http, n):
                r = http.get(f"/api/clusters/{ids[n % len(ids)]}")
                return r.status_code == 200, f"HTTP {r.status_code}"

            def get_list(http, _n):
                r = http.get("/api/clusters", params={"limit": 20})
                return r.status_code == 200, f"HTTP {r.status_code}"

            def health(http, _n):
                r = http.get("/api/health")
                return r.status_code == 200, f"HTTP {r.status_code}"

            results = {
                "POST /api/clusters": run_phase(base, post, args.posts, args.clients, args.seconds),
                "GET /api/clusters/{id}": run_phase(base, get_one, args.gets, args.clients, args.seconds),
                "GET /api/clusters?limit=20": run_phase(base, get_list, args.gets, args.clients, args.seconds),
                "GET /api/health (anchor)": run_phase(base, health, args.gets, args.clients, args.seconds),
            }
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
    anchor_ms = in_process_anchor(docs, args.words, repeats=5)
    health_p50 = results["GET /api/health (anchor)"]["p50_ms"]
    post = results["POST /api/clusters"]
    report = {"clients": args.clients, "articles_per_post": len(docs), "words": args.words, "cpus": os.cpu_count(),
              "load_average": round(os.getloadavg()[0], 2), "in_process_digest_ms": round(anchor_ms, 1),
              "phases": results,
              "ratios": {"POST time per request (1/rps) / in-process digest":
                         _ratio(1000 / post["rps"] if post["rps"] else None, anchor_ms),
                         "POST p50 / in-process digest": _ratio(post["p50_ms"], anchor_ms),
                         "GET by id p50 / health p50": _ratio(results["GET /api/clusters/{id}"]["p50_ms"], health_p50),
                         "GET list p50 / health p50": _ratio(results["GET /api/clusters?limit=20"]["p50_ms"], health_p50)}}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{args.clients} clients, {len(docs)} articles a POST, {args.words} words, {os.cpu_count()} CPUs, "
          f"load average {report['load_average']}")
    print(f"{'endpoint':30} {'ok':>5} {'fail':>5} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}")
    for name, r in results.items():
        print(f"{name:30} {r['ok']:5} {r['failed']:5} {r['rps']:8.2f} {r['p50_ms']:8} {r['p95_ms']:8}")
        if r["first_failure"]:
            print(f"  first failure: {r['first_failure']}")
    print(f"in-process digest (summary + analysis) of the same articles: {anchor_ms:.1f} ms (median of 5)")
    for name, value in report["ratios"].items():
        print(f"{name}: {value}")


def _ratio(a, b):
    return round(a / b, 2) if a and b else None


if __name__ == "__main__":
    main()
