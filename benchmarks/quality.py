"""ROUGE-1/2/L F1 of lead, sumy LexRank, TF-IDF centroid + MMR and tomtat on AbMuSu validation and
KTLAB dev (and human vs human on KTLAB), by the protocol of ../shared/data/README.md; writes the
table into benchmarks/RESULTS.md "## Summary quality".

    .venv/bin/python benchmarks/quality.py [--limit N]
"""

from __future__ import annotations

import argparse
import time

from baselines import centroid_mmr, lead, lead_with_anchor, lexrank, load_records, write_section

from tomtat.evaluate import budget, references_of, rouge
from tomtat.options import Options
from tomtat.pipeline import summarize_cluster, to_cluster

SYSTEMS = {
    "lead (first body sentences of the articles in turn)": lead,
    "lead with the anchor paragraph first": lead_with_anchor,
    "sumy LexRank, underthesea tokens": lexrank,
    "TF-IDF centroid + MMR": centroid_mmr,
    "tomtat": lambda cluster, max_words: summarize_cluster(cluster, Options(words=max_words)).text,
}
SPLITS = ("abmusu-validation", "ktlab-dev")
METRICS = ("rouge1", "rouge2", "rougeL")


def _mean(rows: list[dict]) -> dict:
    return {m: sum(r[m]["f"] for r in rows) / len(rows) for m in METRICS}


def human_vs_human(records: list[dict]) -> dict | None:
    """Each human summary scored against the other(s), averaged; None when clusters have one summary."""
    rows = []
    for record in records:
        refs = references_of(record)
        if len(refs) < 2:
            return None
        b = budget(refs)
        scored = [rouge(r, refs[:i] + refs[i + 1:], b) for i, r in enumerate(refs)]
        rows.append({m: {"f": sum(s[m]["f"] for s in scored) / len(scored)} for m in METRICS})
    return _mean(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description="quality benchmark")
    parser.add_argument("--limit", type=int, default=None, help="only the first N clusters of each split")
    args = parser.parse_args()
    results: dict[str, dict[str, dict]] = {name: {} for name in [*SYSTEMS, "human vs human"]}
    counts = {}
    for split in SPLITS:
        start = time.perf_counter()
        records = load_records(split, args.limit)
        counts[split] = len(records)
        clusters = [to_cluster(r["single_documents"], cluster_id=r.get("cluster_id")) for r in records]
        for name, system in SYSTEMS.items():
            rows = []
            for record, cluster in zip(records, clusters):
                refs = references_of(record)
                b = budget(refs)
                rows.append(rouge(system(cluster, b), refs, b))
            results[name][split] = _mean(rows)
        hh = human_vs_human(records)
        if hh:
            results["human vs human"][split] = hh
        print(f"{split}: {len(records)} clusters in {time.perf_counter() - start:.0f} s", flush=True)

    head = "| system | " + " | ".join(f"{s} R-1 | {s} R-2 | {s} R-L" for s in SPLITS) + " |"
    lines = [head, "|---" * (1 + 3 * len(SPLITS)) + "|"]
    for name, per_split in results.items():
        cells = []
        for split in SPLITS:
            r = per_split.get(split)
            cells += [f"{r[m]:.3f}" for m in METRICS] if r else ["", "", ""]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    print(table)
    if args.limit is None:
        command = "`.venv/bin/python benchmarks/quality.py`"
        body = f"""ROUGE F1 on lowercased, NFC, tone-normalised syllables (`tomtat.evaluate`); budget per cluster = mean
length of its human summaries; every system's output is cut there. Clusters: {counts[SPLITS[0]]} AbMuSu validation,
{counts[SPLITS[1]]} KTLAB dev. Command: {command}

{table}

- tomtat's scorer is trained on AbMuSu train only (`make train`); its constants (the regressions averaged, the
  bigram redundancy threshold, the MMR penalty) were chosen on AbMuSu validation together with 5-fold
  cross-validation on AbMuSu train, so the validation column is optimistic for tomtat (train-CV ROUGE-2 of the
  same configuration, `scripts/train.py --tune`: 0.382). KTLAB dev was used for no choice; it is the held-out check.
- Provenance: a summary sentence lists, per other article, the most similar sentence with word TF-IDF cosine
  ≥ 0.3 and syllable-bigram Dice ≥ 0.1 (tuned by reading every cross-article pair of the seeds with cosine ≥ 0.28;
  see `tomtat/provenance.py`).
- A summary sentence that opens with a linking connective ("Tuy nhiên,", "Vì vậy,", "Theo đó,"…) while the
  sentence before it in its article is not the one before it in the summary loses the connective
  (`tomtat/tidy.py`); of the 563 sentences tomtat picked on these two sets at 120 syllables when it was added,
  23 opened with such a connective and 22 of them lost it (one followed its own predecessor); connectives that
  carry information ("Trước đó", "Trong đó", "Sau đó") are kept.
- Sentences a summary should not lift on their own (`tomtat.select.eligible`, `tomtat.tidy.needs_antecedent`):
  a sentence inside a quotation opened by an earlier sentence of its paragraph (the speaker named only there:
  the summary would state a speaker's opinion as its own) and a question ("Tại sao lại như vậy?") are not chosen
  while another sentence can be; a sentence that opens with a personal pronoun ("Ông cho biết …", "Họ sẽ …") or
  points back at a document or a meeting ("Theo thông báo này, …"; 13 such openers in ../shared/data, none chosen
  on these sets) is chosen only after the sentence before it in its article; consecutive sentences of an article stay together in
  the reading order, and sentences at the same place in their articles follow the first date each gives, with
  its part of the day ("Sáng 12/3 …" before "Chiều 12/3 …"; `tomtat/order.py`; R-L 0.353 → 0.350 on validation,
  0.413 → 0.417 on KTLAB dev). Of the 861 sentences chosen on these two sets before these rules, 6 were
  such quotations, 5 questions and 11 opened with a pronoun away from their predecessor (10 true pronouns); after,
  0, 0 and 2 (a noun phrase, an article's first sentence).
- A dot inside a site name ("Avia.pro", "dichvucong.gov.vn") or between a letter and a digit ("BA.5", "No.1") no
  longer ends a sentence (`tomtat/split.py`; 43 + 80 paragraphs of ../shared/data mended), nor does "v.v." keep
  the next sentence when a capital follows it.
- All of these together (stop 10) moved tomtat from 0.551 / 0.384 / 0.356 (validation) and 0.593 / 0.452 / 0.412
  (KTLAB dev) to the table's figures: each rule was checked for faithfulness and readability, not chosen for ROUGE.
- tomtat outputs whole sentences only and never exceeds the budget; the baselines may run past it, and the protocol
  cuts their last sentence, which favours them slightly.
- "lead" skips the articles' anchor (lead) paragraph, which the human summaries rarely copy; the row "lead with the
  anchor paragraph first" shows the difference. The first "lead" row is the one that matches the figures in the brief."""
        write_section("Summary quality", body)


if __name__ == "__main__":
    main()
