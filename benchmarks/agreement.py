"""How far two annotators agree: a second, independent annotation of held-out clusters scored against the first.

    .venv/bin/python benchmarks/agreement.py [--verbose]

Each file in tests/data/analysis/agreement/ re-annotates a cluster of a held-out set (same sentences, positions 3-5);
the second annotation is scored as if it were the system's output, with the matching rules of benchmarks/analysis.py
(entities by any shared form, facts by value, dates by day, attributions by sentence and speaker, unconfirmed claims by
sentence). The first annotation is the reference; swapping them swaps precision and recall. The figures bound what a
rule system can be expected to reach on annotations made the same way.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))

import analysis  # noqa: E402

SECOND = analysis.ANNOTATIONS / "agreement"
FIRST_SETS = ("heldout12", "heldout13")  # where the first annotations of the agreement files are


def as_digest(annotation: dict, mapping: dict, scope: dict):
    """A second annotation in the shape of a digest (at the sentences' current positions; its entities at a sentence of
    the first annotation's scope, as entities carry no sentence)."""
    moved = analysis._moved(annotation, mapping)
    anywhere = [SimpleNamespace(doc=doc, sentence=pos) for (doc, _), pos in sorted(scope.items())][:1]
    at = lambda it: [SimpleNamespace(doc=it["doc"], sentence=it["sentence"])]  # noqa: E731
    return SimpleNamespace(
        entities=[SimpleNamespace(name=e["name"], aliases=e.get("aliases", []), type=e["type"], sources=anywhere)
                  for e in annotation["entities"]],
        facts=[SimpleNamespace(value=float(f["value"]), sources=at(f)) for f in moved["facts"]],
        timeline=[SimpleNamespace(date=_full(d["date"]), sources=at(d)) for d in moved["timeline"]],
        attributions=[SimpleNamespace(speaker=a["speaker"][0] if isinstance(a["speaker"], list) else a["speaker"],
                                      sources=at(a)) for a in moved["attributions"]],
        unconfirmed=[SimpleNamespace(sources=at(u)) for u in moved["unconfirmed"]],
    )


def _full(date: str) -> str:
    """A date without its year ("--01-06") read as the reference would read a system's date of an unknown year."""
    return date if not date.startswith("--") else "0000" + date[1:]


def first_of(path: Path) -> Path:
    """The first annotation of the cluster a second annotation re-annotates."""
    for folder in FIRST_SETS:
        candidate = analysis.ANNOTATIONS / folder / path.name
        if candidate.exists():
            return candidate
    raise SystemExit(f"Error: {path}: no first annotation of this cluster in {', '.join(FIRST_SETS)}")


def agreement(paths: list[Path], verbose: bool = False) -> dict:
    """Micro-averaged precision and recall of the second annotations against the first, per key."""
    totals = {k: [0, 0, 0] for k in analysis.KEYS}
    for path in paths:
        second = json.loads(path.read_text(encoding="utf-8"))
        first = json.loads(first_of(path).read_text(encoding="utf-8"))
        cluster = analysis.load_cluster(first)
        mapping, _ = analysis.anchor(first, cluster)
        second_mapping, _ = analysis.anchor(second, cluster)
        scores = analysis.score_cluster(first, as_digest(second, second_mapping, mapping), mapping)
        for key in analysis.KEYS:
            for i in range(3):
                totals[key][i] += scores[key][i]
            if verbose and (scores[key][3] or scores[key][4]):
                print(f"{path.stem} {key}: second only {scores[key][3]} | first only {scores[key][4]}")
    return {k: {"precision": round(h / s, 3) if s else 1.0, "recall": round(h / g, 3) if g else 1.0,
                "hits": h, "second": s, "first": g} for k, (h, s, g) in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list the items only one annotator gave")
    args = parser.parse_args()
    paths = sorted(SECOND.glob("*.json"))
    if not paths:
        raise SystemExit(f"Error: no second annotations in {SECOND}")
    result = agreement(paths, args.verbose)
    print(f"{len(paths)} clusters annotated twice; second annotation scored against the first")
    print(f"{'key':<16} {'precision':>9} {'recall':>7} {'hits':>5} {'second':>6} {'first':>6}")
    for key, r in result.items():
        print(f"{key:<16} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['hits']:>5} {r['second']:>6} {r['first']:>6}")


if __name__ == "__main__":
    main()
