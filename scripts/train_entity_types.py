"""Train the entity-type model shipped in src/tomtat/resources/entity_types.json (``make train``).

Examples: every entity the rules find (tomtat.analyze.entities, before any retyping) in the annotated sentences
of tests/data/analysis whose name meets a hand-annotated entity, matched as benchmarks/analysis.py matches them,
labelled with the annotated type. The sets named in UNSEEN are left out, so that benchmarks/analysis.py still
scores unseen text. Model: multinomial logistic regression (lbfgs, deterministic) on the features of
tomtat.analyze.retype. ``--cv`` reports 5-fold cross-validation with the annotation sets as groups instead.

    .venv/bin/python scripts/train_entity_types.py [--cv]
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

from analysis import ANNOTATIONS, SETS, SHARED, anchor, load_cluster  # noqa: E402
from tomtat.analyze.entities import entities, fold  # noqa: E402
from tomtat.analyze.retype import CONFIDENT, MODEL_FILE, TypeModel, entity_features  # noqa: E402

OUT = ROOT / "src" / "tomtat" / "resources" / MODEL_FILE
# Annotated but not read by anyone tuning the analysis: kept out of training (RESULTS.md, "Learned entity types").
UNSEEN = {"held-out-44"}
# Regularisation strength: chosen over C 1, 3, 10 on the folds of ``--cv`` (RESULTS.md, "Learned entity types").
C = 3.0


def examples(sets: dict[str, str]) -> tuple[list[dict], list[str], list[str], list[str]]:
    """Features, gold types, rule types and set names of the rule entities that meet an annotated one."""
    xs, gold_types, rule_types, groups = [], [], [], []
    for name, folder in sets.items():
        for path in sorted((ANNOTATIONS / folder).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            cluster = load_cluster(gold)
            mapping, _ = anchor(gold, cluster)
            scope = {(doc, pos) for (doc, _), pos in mapping.items()}
            texts = {(s.article_index, s.position): s.text for s in cluster.sentences}
            left = list(gold["entities"])
            for entity in entities(cluster):
                if not any((s.doc, s.sentence) in scope for s in entity.sources):
                    continue
                names = {fold(n) for n in [entity.name, *entity.aliases]}
                match = next((g for g in left if names & {fold(n) for n in [g["name"], *g["aliases"]]}), None)
                if match is None:
                    continue
                left.remove(match)
                xs.append(entity_features(entity, texts))
                gold_types.append(match["type"])
                rule_types.append(entity.type)
                groups.append(name)
    return xs, gold_types, rule_types, groups


def fit(xs: list[dict], ys: list[str]) -> TypeModel:
    """A multinomial logistic regression in the shipped form."""
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(xs)
    lr = LogisticRegression(C=C, max_iter=5000).fit(matrix, ys)
    names = vectorizer.get_feature_names_out()
    weights = {str(f): tuple(round(float(w), 5) for w in lr.coef_[:, j]) for j, f in enumerate(names)}
    model = TypeModel(tuple(str(t) for t in lr.classes_), weights, tuple(round(float(b), 5) for b in lr.intercept_))
    # the shipped form gives sklearn's probabilities (up to the rounding of the weights)
    ours = np.array([[model.probabilities(x)[t] for t in model.types] for x in xs[:200]])
    assert np.abs(ours - lr.predict_proba(matrix[:200])).max() < 1e-3
    return model


def cross_validate(xs, ys, rules, groups) -> None:
    """Types fixed and broken against the rules, 5 folds with the annotation sets as groups."""
    names = sorted(set(groups))
    folds = [set(names[i::5]) for i in range(5)]
    ys, rules = np.array(ys), np.array(rules)
    fixed = broken = wrong = 0
    for fold_sets in folds:
        test = np.array([g in fold_sets for g in groups])
        model = fit([x for x, t in zip(xs, test) if not t], list(ys[~test]))
        for x, y, rule in zip([x for x, t in zip(xs, test) if t], ys[test], rules[test]):
            p = model.probabilities(x)
            best = max(p, key=p.get)
            final = best if p[best] >= CONFIDENT else rule
            wrong += rule != y
            fixed += final != rule and final == y
            broken += final != rule and rule == y
    print(f"{len(ys)} matched entities, {len(names)} sets; the rules mistype {wrong}; "
          f"the model at {CONFIDENT} fixes {fixed} and breaks {broken} (5-fold, sets as groups)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="report 5-fold cross-validation instead of writing the model")
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"Error: {SHARED} is absent: the annotations point into ../shared/data")
    sets = {name: folder for name, folder in SETS.items() if name not in UNSEEN}
    xs, ys, rules, groups = examples(sets)
    if args.cv:
        cross_validate(xs, ys, rules, groups)
        return
    model = fit(xs, ys)
    OUT.write_text(json.dumps(model.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(model.weights)} features, {len(ys)} entities of {len(set(groups))} sets")


if __name__ == "__main__":
    main()
