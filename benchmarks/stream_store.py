"""Cost of a POST /api/articles batch as the stored stream grows (the web app's clusterer state in SQLite).

A throw-away SQLite database, the app in process (FastAPI TestClient, no network), synthetic articles of
benchmarks/cluster_scale.py posted in batches. For every batch the anchor is the same articles added to
an in-memory StreamClusterer of the same stream (no HTTP, no database, no cleaning), measured in the
same run; the figure is the POST time over that anchor, reported by stream size. When saving the state
costs in proportion to the stream, the ratio grows with it; when it does not, the ratio stays flat.

    .venv/bin/python benchmarks/stream_store.py                   # 3000 articles, batches of 20
    .venv/bin/python benchmarks/stream_store.py --articles 10000 --batch 25   # at most 30 a POST (default limit)
    .venv/bin/python benchmarks/stream_store.py --restart --articles 3000 --batch 30

--restart: after the stream is stored, the time from a new app on the same database to its first answer to
GET /api/events (the replay of the stored stream; the listed events' digests were cached before), against
the time the in-memory clusterer took to cluster the same articles in the same run. Measured with every row
carrying its stored features, and with the features column emptied (rows as stored before migration 0005:
the replay reads every text and tokenises it again, then writes the features back).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cluster_scale import synthetic  # noqa: E402


def restart(settings, before: dict, cluster_s: float, args) -> dict:
    """Time to the first GET /api/events of a new app on the stored stream, with and without stored features."""
    from fastapi.testclient import TestClient
    from sqlalchemy import update

    from tomtat.web.app import create_app
    from tomtat.web.db import StreamArticleRow
    from tomtat.web.store import make_engine

    def once() -> float:
        begin = time.perf_counter()
        with TestClient(create_app(settings)) as client:
            answer = client.get("/api/events").json()
            seconds = time.perf_counter() - begin
            client.app.state.store.dispose()
        if answer != before:
            raise SystemExit("Error: the restarted app lists other events")
        return seconds

    report = {"articles": args.articles, "batch": args.batch, "in_memory_cluster_s": round(cluster_s, 2)}
    engine = make_engine(settings.db_url)
    # The code before migration 0005 (run with this file copied into an older checkout) has no features column.
    for name in ("with_features", "without_features") if hasattr(StreamArticleRow, "features") else ("before_0005",):
        times = []
        for _ in range(args.repeat):
            if name == "without_features":
                with engine.begin() as conn:
                    conn.execute(update(StreamArticleRow.__table__).values(features=None))
            times.append(once())
        report[f"restart_{name}_s"] = round(statistics.median(times), 2)
        report[f"restart_{name}_over_cluster"] = round(statistics.median(times) / cluster_s, 3)
    engine.dispose()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--buckets", type=int, default=5, help="stream-size buckets to report")
    parser.add_argument("--restart", action="store_true", help="time a restart instead of each POST")
    parser.add_argument("--repeat", type=int, default=3, help="with --restart: restarts timed (the median is kept)")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from tomtat.cluster import StreamClusterer
    from tomtat.web.app import create_app
    from tomtat.web.settings import Settings

    records, _ = synthetic(args.articles)
    anchor = StreamClusterer()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db_url=f"sqlite:///{Path(tmp) / 'stream.db'}", default_words=60)
        with TestClient(create_app(settings)) as client:
            for start in range(0, len(records), args.batch):
                batch = records[start:start + args.batch]
                begin = time.perf_counter()
                for record in batch:
                    anchor.add(record)
                anchor.settle()
                anchor_s = time.perf_counter() - begin
                body = {"articles": [{"id": r["id"], "title": r["title"], "text": r["text"],
                                      "published": r["published"]} for r in batch]}
                begin = time.perf_counter()
                response = client.post("/api/articles", json=body)
                post_s = time.perf_counter() - begin
                if response.status_code != 201:
                    raise SystemExit(f"Error: POST /api/articles answered {response.status_code}: {response.text[:200]}")
                rows.append((start + len(batch), post_s, anchor_s))
            if args.restart:
                before = client.get("/api/events").json()  # builds and caches the listed events' digests
        if args.restart:
            print(json.dumps(restart(settings, before, sum(r[2] for r in rows), args), indent=1))
            return
        db_mib = (Path(tmp) / "stream.db").stat().st_size / 2**20
    size = max(1, len(rows) // args.buckets)
    report = {"articles": args.articles, "batch": args.batch, "sqlite_mib": round(db_mib, 1), "buckets": []}
    for k in range(0, len(rows), size):
        part = rows[k:k + size]
        report["buckets"].append({
            "stream_size_up_to": part[-1][0],
            "post_ms_median": round(statistics.median(r[1] for r in part) * 1000, 1),
            "in_memory_add_ms_median": round(statistics.median(r[2] for r in part) * 1000, 1),
            "post_over_in_memory": round(statistics.median(r[1] / r[2] for r in part), 2)})
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
