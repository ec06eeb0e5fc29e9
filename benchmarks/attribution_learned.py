"""Could a learned sentence classifier find the attributions the rules miss? Leave-one-set-out over the annotated sets.

    .venv/bin/python benchmarks/attribution_learned.py [--json]      # about 3 minutes

For every annotated sentence of every set in benchmarks/analysis.py (SETS): does the gold hold an
attribution there, do the rules give one. A logistic regression over the sentence's syllable 1-3-grams
(TF-IDF, sublinear, classes balanced) is trained on all the other sets and scores the left-out set's
sentences. Reported: how many sentences each side marks; the area under the ROC curve, over all
sentences and over the sentences the rules leave without an attribution; and, for each probability
threshold, how many of those rule-less sentences the classifier would add and how many of them hold a
gold attribution. The last column is a ceiling: it counts every such pick as right, as if a speaker
model always found the speaker, so the precision and recall it gives are the best a classifier layer
over the rules could do at that threshold. Nothing here feeds the shipped analysis.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import analysis  # noqa: E402  (puts ROOT/src on sys.path)

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def sentence_rows() -> list[tuple[str, str, int, int, int]]:
    """(set, lowercased syllables, gold attributions, system attributions, matched gold) per annotated sentence."""
    rows = []
    for name, folder in analysis.SETS.items():
        for path in sorted((analysis.ANNOTATIONS / folder).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            cluster = analysis.load_cluster(gold)
            digest = analysis.analyze_cluster(cluster)
            mapping, _ = analysis.anchor(gold, cluster)
            scope = {(doc, pos) for (doc, _), pos in mapping.items()}
            missed = Counter((d, p) for d, p, _ in analysis.score_cluster(gold, digest, mapping)["attributions"][4])
            gold_at = Counter((g["doc"], g["sentence"]) for g in analysis._moved(gold, mapping)["attributions"])
            system_at = Counter((s.doc, s.sentence) for a in digest.attributions for s in a.sources)
            for s in cluster.sentences:
                key = (s.article_index, s.position)
                if key in scope:
                    rows.append((name, " ".join(s.syllables), gold_at[key], system_at[key], gold_at[key] - missed[key]))
    return rows


def leave_one_set_out(rows: list) -> np.ndarray:
    """Each sentence's probability of holding an attribution, from a model trained on the other sets."""
    sets = np.array([r[0] for r in rows])
    texts = [r[1] for r in rows]
    labels = np.array([r[2] > 0 for r in rows])
    prob = np.zeros(len(rows))
    for name in dict.fromkeys(sets):
        train, test = sets != name, sets == name
        vectoriser = TfidfVectorizer(ngram_range=(1, 3), min_df=2, sublinear_tf=True, token_pattern=r"\S+")
        features = vectoriser.fit_transform([t for t, keep in zip(texts, train) if keep])
        model = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced").fit(features, labels[train])
        prob[test] = model.predict_proba(vectoriser.transform([t for t, keep in zip(texts, test) if keep]))[:, 1]
    return prob


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not analysis.SHARED.is_dir():
        sys.exit("Error: ../shared is absent")
    rows = sentence_rows()
    prob = leave_one_set_out(rows)
    gold = np.array([r[2] > 0 for r in rows])
    rest = np.array([r[3] == 0 for r in rows])  # sentences the rules give no attribution
    gold_units, system_units, hits = (sum(r[i] for r in rows) for i in (2, 3, 4))
    out = {
        "sentences": len(rows), "sets": len({r[0] for r in rows}),
        "gold_attributions": gold_units, "system_attributions": system_units, "hits": hits,
        "rules_alone": {"precision": round(hits / system_units, 3), "recall": round(hits / gold_units, 3)},
        "gold_sentences_rules_leave": int((gold & rest).sum()),
        "missed_where_rules_give_none": sum(r[2] - r[4] for r in rows if r[3] == 0),
        "missed_where_rules_give_another_speaker": sum(r[2] - r[4] for r in rows if r[3] > 0),
        "auc_all": round(float(roc_auc_score(gold, prob)), 3),
        "auc_rule_less": round(float(roc_auc_score(gold[rest], prob[rest])), 3),
        "thresholds": [],
    }
    for t in THRESHOLDS:
        picked = rest & (prob >= t)
        right = int((picked & gold).sum())  # one speaker a sentence: at most one more hit each
        out["thresholds"].append({
            "threshold": t, "added": int(picked.sum()), "holding_gold": right,
            "ceiling_precision": round((hits + right) / (system_units + int(picked.sum())), 3),
            "ceiling_recall": round((hits + right) / gold_units, 3),
        })
    if args.json:
        print(json.dumps(out))
        return
    print(f"{out['sentences']} annotated sentences in {out['sets']} sets; {out['gold_attributions']} gold attributions, "
          f"{out['system_attributions']} from the rules, {out['hits']} matched; {out['gold_sentences_rules_leave']} sentences "
          "with a gold attribution where the rules give none")
    print(f"gold attributions missed: {out['missed_where_rules_give_none']} in sentences where the rules give none, "
          f"{out['missed_where_rules_give_another_speaker']} where they give another speaker")
    print(f"AUC (leave one set out): all sentences {out['auc_all']}, sentences the rules leave {out['auc_rule_less']}")
    print(f"rules alone: precision {out['rules_alone']['precision']}, recall {out['rules_alone']['recall']}")
    print(f"{'threshold':>9} {'added':>6} {'gold':>5} {'ceiling P':>9} {'ceiling R':>9}")
    for row in out["thresholds"]:
        print(f"{row['threshold']:9.2f} {row['added']:6d} {row['holding_gold']:5d} {row['ceiling_precision']:9.3f} {row['ceiling_recall']:9.3f}")


if __name__ == "__main__":
    main()
