"""Cost of a POST /api/articles batch as the stored stream grows (the web app's clusterer state in SQLite).

A throw-away SQLite database, the app in process (FastAPI TestClient, no network), synthetic articles of
benchmarks/cluster_scale.py posted in batches. For every batch the anchor is the same articles added to
an in-memory StreamClusterer of the same stream (no HTTP, no database, no cleaning), measured in the
same run; the figure is the POST time over that anchor, reported by stream size. When saving the state
costs in proportion to the stream, the ratio grows with it; when it does not, the ratio stays flat.

    .venv/bin/python benchmarks/stream_store.py                   # 3000 articles, batches of 20
    .venv/bin/python benchmarks/stream_store.py --articles 10000 --batch 25   # at most 30 a POST (default limit)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--buckets", type=int, default=5, help="stream-size buckets to report")
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
