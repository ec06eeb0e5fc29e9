"""underthesea's own NER (VLSP-2016 CRF, offline) as an entity finder, against the hand annotations.

    .venv/bin/python benchmarks/analysis_ner.py [FILES...]      # default: the tuning set

Entities are the B-/I- spans of `underthesea.ner` on the annotated sentences, one per folded
name (type of its first span); they match a gold entity whose name or an alias folds to the same
text (one-to-one, as in benchmarks/analysis.py). Also times `ner` on every sentence of
../shared/seeds against `analyze_cluster` on the same cluster (same process, warm).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import analysis  # noqa: E402
from tomtat.analyze import analyze_cluster  # noqa: E402
from tomtat.analyze import entities as entities_module  # noqa: E402
from tomtat.analyze._common import fold  # noqa: E402

TYPES = {"PER": "person", "ORG": "organization", "LOC": "location"}


def spans(text: str) -> list[tuple[str, str]]:
    """(text, label) of each named span underthesea's NER tags in a sentence."""
    from underthesea import ner

    out, cur, label = [], [], None
    for token, _pos, _chunk, tag in ner(text):
        if tag.startswith("B-") or tag.startswith("I-") and label != tag[2:]:
            if cur:
                out.append((" ".join(cur), label))
            cur, label = [token], tag[2:]
        elif tag.startswith("I-"):
            cur.append(token)
        else:
            if cur:
                out.append((" ".join(cur), label))
            cur, label = [], None
    if cur:
        out.append((" ".join(cur), label))
    return out


def score(paths: list[Path]) -> dict:
    """Micro precision/recall of NER-only entities, by name and by name + type."""
    hits = {"name": 0, "typed": 0}
    n_sys = n_gold = 0
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        cluster = analysis.load_cluster(gold)
        mapping, _ = analysis.anchor(gold, cluster)
        scope = {(doc, pos) for (doc, _), pos in mapping.items()}
        found: dict[str, str] = {}
        for s in cluster.sentences:
            if (s.article_index, s.position) in scope:
                for text, label in spans(s.text):
                    if label in TYPES:
                        found.setdefault(fold(text), TYPES[label])
        golds = [({fold(n) for n in [g["name"], *g["aliases"]]}, g["type"]) for g in gold["entities"]]
        for key, typed in (("name", False), ("typed", True)):
            left = list(golds)
            for name, kind in found.items():
                match = next((g for g in left if name in g[0] and (not typed or g[1] == kind)), None)
                if match:
                    left.remove(match)
                    hits[key] += 1
        n_sys += len(found)
        n_gold += len(golds)
    return {key: {"precision": round(h / n_sys, 3) if n_sys else 1.0, "recall": round(h / n_gold, 3) if n_gold else 1.0}
            for key, h in hits.items()} | {"system": n_sys, "gold": n_gold}


def seeds_cost() -> dict:
    """Seconds of `ner` on every seeds sentence and of analyze_cluster, warm, same process."""
    from underthesea import ner

    from tomtat.pipeline import to_cluster
    from tomtat.read import read_paths

    articles, _ = read_paths([str(analysis.SHARED / "seeds")])
    cluster = to_cluster(articles)
    analyze_cluster(cluster)
    ner(cluster.sentences[0].text)
    entities_module.tokens.cache_clear()
    t0 = time.perf_counter()
    analyze_cluster(to_cluster(articles))
    t1 = time.perf_counter()
    for s in cluster.sentences:
        ner(s.text)
    t2 = time.perf_counter()
    return {"sentences": len(cluster.sentences), "analyze_s": round(t1 - t0, 3), "ner_s": round(t2 - t1, 3),
            "ner_over_analyze": round((t2 - t1) / (t1 - t0), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="annotation files (default: the tuning set)")
    args = parser.parse_args()
    if not analysis.SHARED.is_dir():
        sys.exit("Error: ../shared is absent")
    paths = args.files or sorted(analysis.ANNOTATIONS.glob("*.json"))
    print(json.dumps({"ner_only": score(paths), "seeds_cost": seeds_cost()}))


if __name__ == "__main__":
    main()
