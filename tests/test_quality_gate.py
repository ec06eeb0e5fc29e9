"""Quality gate: ROUGE-2 of tomtat on a small fixed slice of the dev data must not regress.

Floors are set about 0.02 under what the system measured when they were set
(`.venv/bin/python -m pytest tests/test_quality_gate.py -s` prints the current figures).
"""

from __future__ import annotations

import json
import time

import pytest

from tomtat.evaluate import budget, references_of, rouge
from tomtat.options import Options
from tomtat.pipeline import summarize_cluster, to_cluster

# (file, number of leading clusters, ROUGE-2 F1 floor); measured 0.350 and 0.465 with the scorer of
# scripts/train.py (three-model mean) and MMR selection, floors about 0.02 lower.
SLICES = (
    ("abmusu-validation.jsonl", 15, 0.33),
    ("ktlab-dev.jsonl", 10, 0.44),
)


def _rouge2(path, limit: int) -> float:
    total = 0.0
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for _, line in zip(range(limit), handle)]
    for record in records:
        refs = references_of(record)
        b = budget(refs)
        summary = summarize_cluster(to_cluster(record["single_documents"]), Options(words=b))
        total += rouge(summary.text, refs, b)["rouge2"]["f"]
    return total / len(records)


@pytest.mark.parametrize(("name", "limit", "floor"), SLICES)
def test_rouge2_floor(data_dir, name, limit, floor):
    start = time.perf_counter()
    value = _rouge2(data_dir / name, limit)
    print(f"{name} first {limit}: ROUGE-2 F1 {value:.4f} (floor {floor}) in {time.perf_counter() - start:.1f} s")
    assert value >= floor
