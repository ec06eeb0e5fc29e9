"""Event clustering at scale: articles per second and peak memory on synthetic streams of 1k, 10k, 100k.

    .venv/bin/python benchmarks/cluster_scale.py                  # 1k, 10k, 100k, each in a fresh process
    .venv/bin/python benchmarks/cluster_scale.py --sizes 1000 10000
    .venv/bin/python benchmarks/cluster_scale.py --sizes 1000 10000 --decision learned  # the learned decision
    .venv/bin/python benchmarks/cluster_scale.py --features       # per-article cost: syllable n-grams vs underthesea
    .venv/bin/python benchmarks/cluster_scale.py --state 10000    # persistence: to_state/from_state cost, with/without features
    .venv/bin/python benchmarks/cluster_scale.py --texts 10000    # memory held with and without the texts and features

Synthetic articles: the syllable vocabulary of ../shared/data with its frequencies (no sentence is
reused); each event draws 40 syllables of its own from the rarer half and 2 names, and its 1-6 articles
mix those with common syllables drawn by frequency, about 250 syllables each, published within a day
of the event's start; 300 articles a day.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "data"
SEED = 4
PER_DAY = 300


def vocabulary() -> tuple[list[str], list[int]]:
    """Syllables of the data and their counts (lowercase ``\\w+`` tokens, letters only)."""
    counts: Counter = Counter()
    for name in ("abmusu-train", "abmusu-validation", "ktlab-dev"):
        with open(DATA / f"{name}.jsonl", encoding="utf-8") as handle:
            for line in handle:
                for doc in json.loads(line)["single_documents"]:
                    counts.update(t for t in re.findall(r"\w+", doc["raw_text"].lower()) if t.isalpha())
    words = [w for w, _ in counts.most_common()]
    return words, [counts[w] for w in words]


def synthetic(n: int, seed: int = SEED) -> tuple[list[dict], dict[str, str]]:
    """``n`` articles of synthetic events and their true event."""
    rng = random.Random(seed)
    words, weights = vocabulary()
    rare = words[len(words) // 4:]
    cumulative = list(__import__("itertools").accumulate(weights))
    start = datetime(2022, 1, 1, tzinfo=timezone.utc)
    records, truth = [], {}
    event = 0
    while len(records) < n:
        event += 1
        own = rng.sample(rare, 40)
        names = [" ".join(w.capitalize() for w in rng.sample(rare, 2)) for _ in range(2)]
        day = start + timedelta(days=len(records) / PER_DAY)
        for k in range(min(rng.randint(1, 6), n - len(records))):
            common = rng.choices(words, cum_weights=cumulative, k=200)
            mine = rng.choices(own, k=40) + [rng.choice(names) for _ in range(10)]
            body = common + mine
            rng.shuffle(body)
            sentences = [" ".join(body[i:i + 20]).capitalize() + "." for i in range(0, len(body), 20)]
            article_id = f"s{len(records)}"
            records.append({"id": article_id, "title": " ".join(rng.sample(own, 6) + [names[0]]).capitalize(),
                            "text": " ".join(sentences),
                            "published": (day + timedelta(hours=rng.uniform(0, 24))).isoformat()})
            truth[article_id] = f"e{event}"
    return records, truth


def one_size(n: int, decision: str = "cosine") -> dict:
    """Cluster ``n`` synthetic articles in this process: throughput, peak memory, B-cubed."""
    from tomtat.cluster import StreamClusterer
    from tomtat.cluster.metrics import bcubed

    records, truth = synthetic(n)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    clusterer = StreamClusterer(decision=decision)
    begin, cpu = time.perf_counter(), time.process_time()
    on_arrival = {r["id"]: clusterer.add(r) for r in records}
    clusterer.settle()  # as `tomtat cluster` does at the end of its input (it also settles every 256 articles)
    seconds, cpu = time.perf_counter() - begin, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    predicted = {a: e.event_id for e in clusterer.events() for a in e.article_ids}
    p, r, f1 = bcubed(predicted, truth)
    return {"articles": n, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "articles_per_cpu_s": round(n / cpu), "articles_per_s": round(n / seconds),
            "peak_rss_mib": round(peak / 1024), "rss_growth_mib": round((peak - before) / 1024),
            "bcubed_f1": round(f1, 4), "precision": round(p, 4), "recall": round(r, 4),
            "f1_on_arrival": round(bcubed(on_arrival, truth)[2], 4), "settlings": len(clusterer.to_state()["settles"])}


def state_cost(n: int) -> None:
    """Cost of persisting: to_state + JSON + from_state (a replay) against clustering the same ``n`` articles,
    the replay from the stored features and from the texts alone (as states saved before features were)."""
    from tomtat.cluster import StreamClusterer

    records, _ = synthetic(n)
    clusterer = StreamClusterer()
    begin = time.process_time()
    for r in records:
        clusterer.add(r)
    clusterer.settle()
    cluster_cpu = time.process_time() - begin
    begin = time.process_time()
    text = json.dumps(clusterer.to_state(), ensure_ascii=False)
    dump_cpu = time.process_time() - begin
    state = json.loads(text)
    bare = {**state, "articles": [{k: v for k, v in a.items() if k != "features"} for a in state["articles"]],
            "options": {**state["options"], "keep_features": False}}
    bare_text = json.dumps(bare, ensure_ascii=False)
    out = {"articles": n, "state_mib": round(len(text.encode()) / 2**20, 1),
           "state_without_features_mib": round(len(bare_text.encode()) / 2**20, 1),
           "cluster_cpu_s": round(cluster_cpu, 2), "to_state_json_cpu_s": round(dump_cpu, 2)}
    expected = [e.to_dict() for e in clusterer.events()]
    for name, saved in (("features", state), ("texts", bare)):
        begin = time.process_time()
        restored = StreamClusterer.from_state(saved)
        load_cpu = time.process_time() - begin
        # The replay must give the very same clusterer: events, histories (joined times), the state itself.
        assert [e.to_dict() for e in restored.events()] == expected
        assert all(restored.history(e["event_id"]) == clusterer.history(e["event_id"]) for e in expected)
        assert json.dumps(restored.to_state(), ensure_ascii=False) == (text if name == "features" else bare_text)
        out[f"from_{name}_cpu_s"] = round(load_cpu, 2)
        out[f"from_{name}_vs_cluster"] = round(load_cpu / cluster_cpu, 3)
    print(json.dumps(out))


def text_memory(n: int) -> None:
    """Memory the clusterer holds after ``n`` articles, keeping their texts and features or not (tracemalloc, same run)."""
    import tracemalloc

    from tomtat.cluster import StreamClusterer

    records, _ = synthetic(n)
    out = {"articles": n}
    for texts, features in ((True, True), (False, True), (False, False)):  # the last: the web app's clusterer
        tracemalloc.start()
        clusterer = StreamClusterer(keep_texts=texts, keep_features=features)
        for r in records:
            clusterer.add(r)
        if not features:
            clusterer.take_features()  # handed over to the database after each batch
        out[f"keep_texts={texts},keep_features={features}_mib"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
        tracemalloc.stop()
        del clusterer
    out["text_mib_per_10k_articles"] = round(
        (out["keep_texts=True,keep_features=True_mib"] - out["keep_texts=False,keep_features=True_mib"]) * 10000 / n, 1)
    out["features_mib_per_10k_articles"] = round(
        (out["keep_texts=False,keep_features=True_mib"] - out["keep_texts=False,keep_features=False_mib"]) * 10000 / n, 1)
    print(json.dumps(out))


def features() -> None:
    """Per-article cost of the syllable n-gram terms against underthesea word segmentation, 100 real articles."""
    from underthesea import word_tokenize

    from tomtat.cluster.features import record_text, term_counts

    docs = []
    with open(DATA / "abmusu-validation.jsonl", encoding="utf-8") as handle:
        for line in handle:
            docs += [{"title": d["title"], "anchor_text": d["anchor_text"], "text": d["raw_text"]}
                     for d in json.loads(line)["single_documents"]]
    docs = docs[:100]
    texts = [record_text(d) for d in docs]
    word_tokenize("khởi động")  # load the model outside the timing
    begin = time.perf_counter()
    for head, body in texts:
        term_counts(head, body)
    syll = (time.perf_counter() - begin) / len(texts)
    begin = time.perf_counter()
    for head, body in texts:
        word_tokenize(head + "\n" + body)
    words = (time.perf_counter() - begin) / len(texts)
    print(json.dumps({"articles": len(texts), "syllable_terms_ms": round(syll * 1000, 2),
                      "word_tokenize_ms": round(words * 1000, 2), "ratio": round(words / syll, 1)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--features", action="store_true")
    parser.add_argument("--decision", choices=("cosine", "learned"), default="cosine")
    parser.add_argument("--state", type=int, metavar="N", help="cost of to_state/from_state for N articles")
    parser.add_argument("--texts", type=int, metavar="N", help="memory held with and without article texts")
    args = parser.parse_args()
    if args.texts:
        text_memory(args.texts)
        return
    if args.features:
        features()
        return
    if args.state:
        state_cost(args.state)
        return
    if args.one:
        print(json.dumps(one_size(args.one, args.decision)))
        return
    anchor = None
    for n in args.sizes:
        done = subprocess.run([sys.executable, __file__, "--one", str(n), "--decision", args.decision],
                              capture_output=True, text=True, check=True)
        row = {"decision": args.decision, **json.loads(done.stdout)}
        anchor = anchor or row
        # CPU time is the fair measure on a shared machine; wall time is shown as well.
        row["cpu_ratio_vs_first"] = round(row["cpu_seconds"] / anchor["cpu_seconds"], 1)
        row["wall_ratio_vs_first"] = round(row["seconds"] / anchor["seconds"], 1)
        row["size_ratio_vs_first"] = n // anchor["articles"]
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
