"""Event clustering quality on ../shared/data: every article of every cluster in one shuffled stream.

    .venv/bin/python benchmarks/cluster_quality.py                 # report at the default threshold
    .venv/bin/python benchmarks/cluster_quality.py --tune          # threshold sweep on abmusu-train only
    .venv/bin/python benchmarks/cluster_quality.py --tune-settle   # settling threshold sweep, abmusu-train only
    .venv/bin/python benchmarks/cluster_quality.py --tune-rescue   # lone-article rescue sweep, abmusu-train only
    .venv/bin/python benchmarks/cluster_quality.py --no-settle     # online assignments only, as before settling
    .venv/bin/python benchmarks/cluster_quality.py --words --tune  # the same with underthesea words (slow)
    .venv/bin/python benchmarks/cluster_quality.py --offline       # offline agglomerative reference
    .venv/bin/python benchmarks/cluster_quality.py --variants      # link, terms, names, title weight
    .venv/bin/python benchmarks/cluster_quality.py --tune-scaling  # local scaling settings over six shuffles, each split

text = title + anchor_text + raw_text; the data has no publication dates, so the time window never applies.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sklearn.metrics import adjusted_rand_score  # noqa: E402

from tomtat.cluster import StreamClusterer  # noqa: E402
from tomtat.cluster.stream import DECISION, DECISIONS  # noqa: E402
from tomtat.cluster.metrics import bcubed  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
SEED = 20220106


def load(names: list[str], data: Path = DATA, seed: int = SEED) -> list[dict]:
    """Every article of the named files as a record with its true cluster, shuffled with a fixed seed."""
    records = []
    for name in names:
        with open(data / f"{name}.jsonl", encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                cluster = json.loads(line)
                truth = f"{name}:{cluster.get('cluster_id') or number}"
                for j, doc in enumerate(cluster["single_documents"]):
                    records.append({"id": f"{truth}:{j}", "truth": truth, "title": doc.get("title") or "",
                                    "anchor_text": doc.get("anchor_text") or "", "text": doc.get("raw_text") or ""})
    random.Random(seed).shuffle(records)
    return records


def evaluate(records: list[dict], **options) -> dict:
    """Cluster the stream and score it against the true clusters."""
    clusterer = StreamClusterer(**options)
    start = time.perf_counter()
    on_arrival = {r["id"]: clusterer.add(r) for r in records}
    clusterer.settle()  # as `tomtat cluster` does at the end of its input
    seconds = time.perf_counter() - start
    # Final assignments (after the last settling), as events() gives them.
    predicted = {a: e.event_id for e in clusterer.events() for a in e.article_ids}
    truth = {r["id"]: r["truth"] for r in records}
    p, r, f1 = bcubed(predicted, truth)
    ids = list(truth)
    ari = adjusted_rand_score([truth[i] for i in ids], [predicted[i] for i in ids])
    return {"articles": len(records), "true_events": len(set(truth.values())),
            "events": len(set(predicted.values())), "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f1, 4), "ari": round(ari, 4), "f1_on_arrival": round(bcubed(on_arrival, truth)[2], 4),
            "seconds": round(seconds, 2)}


VARIANTS = [("default", {}), ("max link", {"link": "max"}), ("min link", {"link": "min"}),
            ("all terms", {"keep_terms": 0}), ("no names", {"use_names": False}),
            ("title/lead not weighted", {"head_weight": 0})]


def variants(records: list[dict]) -> None:
    """Best F1 over the thresholds 0.12-0.26 of each variant of the clusterer."""
    thresholds = [0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.24, 0.26]
    for name, options in VARIANTS:
        f1, threshold = max((evaluate(records, threshold=t, **options)["f1"], t) for t in thresholds)
        print(json.dumps({"variant": name, "best_f1": f1, "at_threshold": threshold}), flush=True)


def offline_reference(records: list[dict]) -> None:
    """References, not methods: agglomerative clustering of all articles at once, and the online clusterer
    with IDF from all articles known in advance."""
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfTransformer

    from tomtat.cluster.features import record_text, term_counts

    matrix = DictVectorizer().fit_transform([term_counts(*record_text(r)) for r in records])
    matrix = TfidfTransformer(sublinear_tf=True).fit_transform(matrix)
    distance = np.clip(1.0 - (matrix @ matrix.T).toarray(), 0.0, 2.0)
    truth = {r["id"]: r["truth"] for r in records}
    for linkage in ("average", "complete"):
        best = (0.0, 0.0)
        for cut in np.arange(0.6, 0.96, 0.025):
            labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage=linkage,
                                             distance_threshold=cut).fit_predict(distance)
            f1 = bcubed({r["id"]: str(k) for r, k in zip(records, labels)}, truth)[2]
            best = max(best, (round(f1, 4), round(float(1.0 - cut), 3)))
        print(json.dumps({"offline": linkage, "best_f1": best[0], "at_similarity": best[1]}))
    # The online clusterer, but with document frequencies of all the articles known from the start.
    known = StreamClusterer()
    for r in records:
        ids, _ = known._vocab.vector(term_counts(*record_text(r)))
        known._vocab.count(ids)
    best = (0.0, 0.0)
    for t in [0.12, 0.14, 0.16, 0.18, 0.2, 0.22]:
        c = StreamClusterer(threshold=t)
        c._vocab.df, c._vocab.docs = known._vocab.df, known._vocab.docs
        c._vocab.count = lambda ids: None
        f1 = bcubed({r["id"]: c.add(r) for r in records}, truth)[2]
        best = max(best, (round(f1, 4), t))
    print(json.dumps({"online_with_idf_known_in_advance": True, "best_f1": best[0], "at_threshold": best[1]}))


def use_word_segmentation() -> None:
    """Swap the syllable tokens of the features for underthesea words (``ha_noi``-style, lowercased)."""
    import re

    from underthesea import word_tokenize

    from tomtat.cluster import features

    @lru_cache(maxsize=None)  # a sweep tokenizes each text once
    def words(text: str) -> tuple[str, ...]:
        return tuple(w.lower().replace(" ", "_") for w in word_tokenize(text) if re.search(r"\w", w))

    features.syllables = lambda text: list(words(text))


SCALINGS = [(3, 0.0), (2, 0.25), (2, 0.5), (2, 1.0), (3, 0.25), (3, 0.5), (3, 1.0), (5, 0.25), (5, 0.5), (5, 1.0),
            (8, 0.25), (8, 0.5), (8, 1.0)]  # (neighbour, power); power 0 leaves the cosines as they are


def tune_scaling(seeds: range = range(1, 7)) -> None:
    """B-cubed F1 of each local-scaling setting on each split and shuffle (the choice is made on abmusu-train)."""
    from tomtat.cluster import settle

    kept = settle.SCALE_NEIGHBOUR, settle.SCALE_POWER
    try:
        for label, names in [("abmusu-train", ["abmusu-train"]), ("held out", ["abmusu-validation", "ktlab-dev"]),
                             ("all three", ["abmusu-train", "abmusu-validation", "ktlab-dev"])]:
            for seed in seeds:
                records = load(names, seed=seed)
                for neighbour, power in SCALINGS:
                    settle.SCALE_NEIGHBOUR, settle.SCALE_POWER = neighbour, power
                    print(json.dumps({"split": label, "seed": seed, "neighbour": neighbour, "power": power,
                                      "f1": evaluate(records)["f1"]}), flush=True)
    finally:
        settle.SCALE_NEIGHBOUR, settle.SCALE_POWER = kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="sweep the threshold on abmusu-train")
    parser.add_argument("--threshold", type=float, default=None, help="default: the decision's own")
    parser.add_argument("--decision", choices=DECISIONS, default=DECISION,
                        help="cosine link (default) or the learned same-event model")
    parser.add_argument("--no-names", action="store_true", help="leave capitalised names out of the terms")
    parser.add_argument("--words", action="store_true",
                        help="terms from underthesea word_tokenize instead of syllables (slow; for comparison)")
    parser.add_argument("--tune-settle", action="store_true", help="sweep the settling threshold on abmusu-train")
    parser.add_argument("--no-settle", action="store_true", help="no settling (online assignments only)")
    parser.add_argument("--tune-rescue", action="store_true", help="sweep the lone-article rescue threshold on abmusu-train")
    parser.add_argument("--no-rescue", action="store_true", help="settling without the lone-article rescue")
    parser.add_argument("--variants", action="store_true", help="best F1 of variants on abmusu-train")
    parser.add_argument("--offline", action="store_true",
                        help="reference: best F1 of offline agglomerative clustering on abmusu-train")
    parser.add_argument("--tune-scaling", action="store_true",
                        help="local scaling in settling (neighbour, power; power 0 = none) over shuffles 1-6, each split")
    args = parser.parse_args()
    if args.tune_scaling:
        tune_scaling()
        return
    if args.words:
        use_word_segmentation()
    options = {"use_names": not args.no_names, "decision": args.decision}
    if args.no_settle:
        options["settle_threshold"] = None
    if args.no_rescue:
        options["rescue_threshold"] = None
    if args.tune_rescue:
        train = load(["abmusu-train"])
        for t in [None, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.11, 0.12]:
            print(json.dumps({"split": "abmusu-train", "rescue_threshold": t,
                              **evaluate(train, threshold=args.threshold, **{**options, "rescue_threshold": t})}))
        return
    if args.tune_settle:
        train = load(["abmusu-train"])
        for t in [0.08, 0.09, 0.1, 0.11, 0.12, 0.13, 0.14, 0.16]:
            print(json.dumps({"split": "abmusu-train", "settle_threshold": t,
                              **evaluate(train, threshold=args.threshold, **{**options, "settle_threshold": t})}))
        return
    if args.variants:
        variants(load(["abmusu-train"]))
        return
    if args.offline:
        offline_reference(load(["abmusu-train"]))
        return
    if args.tune:
        train = load(["abmusu-train"])
        sweep = ([0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7] if args.decision == "learned" else
                 [0.1, 0.12, 0.14, 0.15, 0.16, 0.17, 0.18, 0.2, 0.22, 0.25, 0.3])
        for t in sweep:
            print(json.dumps({"split": "abmusu-train", "threshold": t, **evaluate(train, threshold=t, **options)}))
        return
    for label, names in [("abmusu-train (tuning)", ["abmusu-train"]),
                         ("abmusu-validation + ktlab-dev (held out)", ["abmusu-validation", "ktlab-dev"]),
                         ("all three", ["abmusu-train", "abmusu-validation", "ktlab-dev"])]:
        print(json.dumps({"split": label, "threshold": args.threshold,
                          **evaluate(load(names), threshold=args.threshold, **options)}))


if __name__ == "__main__":
    main()
