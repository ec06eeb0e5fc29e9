"""Train the same-event model shipped in src/tomtat/resources/cluster_pairs.json (``make train``).

Pairs: every article of ../shared/data/abmusu-train.jsonl ONLY, in the benchmark's shuffled stream,
is fed to the clusterer with its true event forced (so events stay clean); before it is placed, the
features of the article with each candidate event the index retrieves are logged, labelled 1 when
the candidate is its true event. Model: logistic regression on standardised features (lbfgs,
deterministic). Held-out files are never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sklearn.linear_model import LogisticRegression  # noqa: E402

from cluster_quality import load  # noqa: E402
from tomtat.cluster import StreamClusterer  # noqa: E402
from tomtat.cluster.features import parse_time, record_text  # noqa: E402
from tomtat.cluster.pairs import FEATURES, MODEL_FILE, Model  # noqa: E402

OUT = ROOT / "src" / "tomtat" / "resources" / MODEL_FILE
# Regularisation strength of the logistic regression (sklearn's default; not tuned).
C = 1.0


def pairs(records: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of every (article, candidate event) pair of a stream with true events forced."""
    c = StreamClusterer(decision="cosine")
    c._pair_log = []
    first: dict[str, str] = {}
    truth_of = {}
    for r in records:
        event = first.setdefault(r["truth"], r["id"])
        truth_of[r["id"]] = r["truth"]
        c._insert(r, r["id"], *record_text(r), None, parse_time("2022-01-06T00:00:00"), event)
    x, y = [], []
    for article_id, found, rows in c._pair_log:
        for candidate, row in zip(found, rows):
            x.append(row)
            y.append(int(truth_of[c._events[candidate].event_id] == truth_of[article_id]))
    return np.asarray(x, dtype=np.float64), np.asarray(y)


def fit(x: np.ndarray, y: np.ndarray) -> Model:
    """A standardised logistic regression."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=1000).fit((x - mean) / scale, y)
    return Model(mean, scale, lr.coef_[0], float(lr.intercept_[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    x, y = pairs(load(["abmusu-train"]))
    model = fit(x, y)
    args.out.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"pairs": len(y), "positives": int(y.sum()),
                      "coef": dict(zip(FEATURES, np.round(model.coef, 3).tolist())), "out": str(args.out)}))


if __name__ == "__main__":
    main()
