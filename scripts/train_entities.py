"""Train the entity models shipped in src/tomtat/resources/entity_models.json (``make train``).

Examples: every entity the rules find (tomtat.analyze.entities, before the second opinion) in the annotated
sentences of tests/data/analysis, matched to the hand-annotated entities as benchmarks/analysis.py matches them.
The keep model learns which entities meet an annotated one; the type model learns the annotated type of those that
do. The sets named in UNSEEN are left out, so that benchmarks/analysis.py still scores unseen text. Models:
logistic regressions (lbfgs, deterministic) on the features of tomtat.analyze.learned. ``--cv`` reports 5-fold
cross-validation with the annotation sets as groups instead of writing the models.

    .venv/bin/python scripts/train_entities.py [--cv]
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

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from analysis import ANNOTATIONS, SETS, SHARED, anchor, entities_in_scope, load_cluster, match_entities, scope_of  # noqa: E402
from tomtat.analyze.entities import entities  # noqa: E402
from tomtat.analyze.learned import CONFIDENT, KEEP_BAR, MODEL_FILE, LinearModel, entity_features  # noqa: E402

OUT = ROOT / "src" / "tomtat" / "resources" / MODEL_FILE
# Kept out of training (RESULTS.md, "Learned second opinion on entities"): held-out-44, the one set nobody had read when the models
# were first trained (its attributions were read in round 48, its entities never), and held-out-45 to -48, annotated after.
UNSEEN = {"held-out-44", "held-out-45", "held-out-46", "held-out-47", "held-out-48", "held-out-49", "held-out-50", "held-out-51", "held-out-52", "held-out-53"}
# Regularisation strength of both models: chosen over C 1, 3, 10 on the folds of ``--cv`` (RESULTS.md, "Learned second opinion on entities").
C = 3.0


def examples(sets: dict[str, str]) -> tuple[list[dict], list[str | None], list[str], list[str]]:
    """Features, annotated type (None: no annotated entity met), rule type and set name of each rule entity in scope."""
    xs, gold_types, rule_types, groups = [], [], [], []
    for name, folder in sets.items():
        for path in sorted((ANNOTATIONS / folder).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            cluster = load_cluster(gold)
            mapping, _ = anchor(gold, cluster)
            texts = {(s.article_index, s.position): s.text for s in cluster.sentences}
            for entity, match in match_entities(entities_in_scope(entities(cluster), scope_of(mapping)), gold["entities"]):
                xs.append(entity_features(entity, texts))
                gold_types.append(match["type"] if match else None)
                rule_types.append(entity.type)
                groups.append(name)
    return xs, gold_types, rule_types, groups


def fit(xs: list[dict], ys: list[str]) -> LinearModel:
    """A logistic regression in the shipped form (two labels: the first gets zero weights)."""
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(xs)
    lr = LogisticRegression(C=C, max_iter=5000).fit(matrix, ys)
    coef, intercept = lr.coef_, lr.intercept_
    if len(lr.classes_) == 2:
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], intercept])
    names = vectorizer.get_feature_names_out()
    weights = {str(f): tuple(round(float(w), 5) for w in coef[:, j]) for j, f in enumerate(names)}
    model = LinearModel(tuple(str(t) for t in lr.classes_), weights, tuple(round(float(b), 5) for b in intercept))
    # the shipped form gives sklearn's probabilities (up to the rounding of the weights)
    ours = np.array([[model.probabilities(x)[t] for t in model.labels] for x in xs[:200]])
    assert np.abs(ours - lr.predict_proba(matrix[:200])).max() < 1e-3
    return model


def fit_keep(xs: list[dict], gold_types: list) -> LinearModel:
    """P(keep): the entity meets an annotated one."""
    return fit(xs, ["keep" if t else "drop" for t in gold_types])


def fit_type(xs: list[dict], gold_types: list) -> LinearModel:
    """P(type) over the entities that meet an annotated one."""
    return fit([x for x, t in zip(xs, gold_types) if t], [t for t in gold_types if t])


def cross_validate(xs, gold_types, rules, groups) -> None:
    """What the second opinion changes, 5 folds with the annotation sets as groups."""
    names = sorted(set(groups))
    folds = [set(names[i::5]) for i in range(5)]
    fixed = broken = wrong = dropped = dropped_annotated = 0
    for fold_sets in folds:
        test = [g in fold_sets for g in groups]
        train_x = [x for x, t in zip(xs, test) if not t]
        train_y = [y for y, t in zip(gold_types, test) if not t]
        keep, kind = fit_keep(train_x, train_y), fit_type(train_x, train_y)
        for x, y, rule, t in zip(xs, gold_types, rules, test):
            if not t:
                continue
            if keep.probabilities(x)["keep"] < KEEP_BAR:
                dropped += 1
                dropped_annotated += y is not None
            if y is None:
                continue
            p = kind.probabilities(x)
            best = max(p, key=p.get)
            final = best if p[best] >= CONFIDENT else rule
            wrong += rule != y
            fixed += final != rule and final == y
            broken += final != rule and rule == y
    annotated = sum(y is not None for y in gold_types)
    print(f"{len(xs)} rule entities in the annotated sentences of {len(names)} sets, {annotated} meet an annotated one")
    print(f"keep model at {KEEP_BAR}: drops {dropped}, {dropped_annotated} of them annotated (5-fold, sets as groups)")
    print(f"type model at {CONFIDENT}: the rules mistype {wrong}; the model fixes {fixed} and breaks {broken}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="report 5-fold cross-validation instead of writing the models")
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"Error: {SHARED} is absent: the annotations point into ../shared/data")
    sets = {name: folder for name, folder in SETS.items() if name not in UNSEEN}
    xs, gold_types, rules, groups = examples(sets)
    if args.cv:
        cross_validate(xs, gold_types, rules, groups)
        return
    keep, kind = fit_keep(xs, gold_types), fit_type(xs, gold_types)
    OUT.write_text(json.dumps({"keep": keep.to_dict(), "type": kind.to_dict()}, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(xs)} entities of {len(set(groups))} sets; keep model {len(keep.weights)} features, "
          f"type model {len(kind.weights)}")


if __name__ == "__main__":
    main()
