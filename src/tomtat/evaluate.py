"""ROUGE-1/2/L on Vietnamese syllables, by the benchmark protocol of ../shared/data/README.md.

Tokens are lowercased ``\\w+`` syllables after Unicode NFC and tone-mark normalisation
(so ``hoà`` and ``hòa`` match, and diacritics count: ``ba`` ≠ ``bà``). A cluster's budget
is the mean length of its human summaries in syllables; the candidate is cut there.
Scores are averaged over a cluster's references, then over clusters.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from .errors import InputError

_TOKEN = re.compile(r"\w+")
METRICS = ("rouge1", "rouge2", "rougeL")


def tokens(text: str) -> list[str]:
    """Lowercased syllables of ``text`` after NFC and tone-mark normalisation."""
    from .clean import normalise_tones

    text = normalise_tones(unicodedata.normalize("NFC", text))
    return [t.lower() for t in _TOKEN.findall(text)]


def budget(references: Sequence[str]) -> int:
    """The protocol's ``max_words``: mean syllable count (NFC ``\\w+``) of the references, rounded."""
    if not references:
        raise ValueError("no reference summary")
    lengths = [len(_TOKEN.findall(unicodedata.normalize("NFC", r))) for r in references]
    return int(round(sum(lengths) / len(lengths)))


def _ngrams(toks: Sequence[str], n: int) -> Counter:
    return Counter(zip(*(toks[i:] for i in range(n))))


def _prf(hits: int, cand: int, ref: int) -> dict[str, float]:
    p = hits / cand if cand else 0.0
    r = hits / ref if ref else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f}


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence, bit-parallel over ``a`` (one big-int row per token of ``b``)."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for i, tok in enumerate(a):
        masks[tok] = masks.get(tok, 0) | (1 << i)
    full = (1 << len(a)) - 1
    row = full  # a 1 bit marks a position of ``a`` not yet used by the LCS
    for tok in b:
        match = row & masks.get(tok, 0)
        row = ((row + match) | (row - match)) & full
    return len(a) - bin(row).count("1")


def _scores(cand: list[str], ref: list[str]) -> dict[str, dict[str, float]]:
    out = {}
    for n, name in ((1, "rouge1"), (2, "rouge2")):
        c, r = _ngrams(cand, n), _ngrams(ref, n)
        out[name] = _prf(sum((c & r).values()), sum(c.values()), sum(r.values()))
    out["rougeL"] = _prf(lcs_length(ref, cand), len(cand), len(ref))
    return out


def rouge(candidate: str, references: list[str], max_words: int | None = None) -> dict[str, dict[str, float]]:
    """ROUGE-1/2/L (p, r, f) of ``candidate`` cut at ``max_words`` syllables, averaged over ``references``."""
    if isinstance(references, str):
        references = [references]
    if not references:
        raise ValueError("no reference summary")
    cand = tokens(candidate)
    if max_words is not None:
        cand = cand[:max_words]
    per_ref = [_scores(cand, tokens(r)) for r in references]
    return {m: {k: sum(s[m][k] for s in per_ref) / len(per_ref) for k in ("p", "r", "f")} for m in METRICS}


def references_of(gold: Mapping, where: str = "") -> list[str]:
    """The human summaries of a gold record: ``summaries``, else ``summary``."""
    refs = gold.get("summaries") or ([gold["summary"]] if isinstance(gold.get("summary"), str) else [])
    refs = [r for r in refs if isinstance(r, str) and r.strip()]
    if not refs:
        raise InputError("gold record has no human summary ('summaries' or 'summary')", where=where)
    return refs


def _prediction_text(pred: Mapping, where: str) -> str:
    text = pred.get("summary")
    if not isinstance(text, str):
        raise InputError("prediction has no 'summary' string", where=where)
    return text


def _pair(preds: list[Mapping], golds: list[Mapping]) -> list[tuple[Mapping, Mapping, str]]:
    """Pair by ``cluster_id`` when every record has one, else by order."""
    keyed = all("cluster_id" in g for g in golds) and all("cluster_id" in p for p in preds)
    if not keyed:
        if len(preds) != len(golds):
            missing = f"cluster {len(preds)}" if len(preds) < len(golds) else f"no gold for prediction {len(golds)}"
            raise InputError(f"{len(preds)} predictions for {len(golds)} gold clusters (missing: {missing})")
        return [(p, g, f"cluster {i}") for i, (p, g) in enumerate(zip(preds, golds))]
    by_id: dict[str, Mapping] = {}
    for p in preds:
        cid = str(p["cluster_id"])
        if cid in by_id:
            raise InputError(f"two predictions for cluster {cid}")
        by_id[cid] = p
    gold_ids = {str(g["cluster_id"]) for g in golds}
    extra = sorted(set(by_id) - gold_ids)
    if extra:
        raise InputError(f"prediction for unknown cluster {extra[0]} (no gold record has this cluster_id)")
    out = []
    for g in golds:
        cid = str(g["cluster_id"])
        if cid not in by_id:
            raise InputError(f"no prediction for cluster {cid}")
        out.append((by_id[cid], g, f"cluster {cid}"))
    return out


def evaluate_records(preds: Iterable[Mapping], golds: Iterable[Mapping]) -> dict:
    """Mean ROUGE-1/2/L (p, r, f) over clusters, each cut at its references' mean length."""
    pairs = _pair(list(preds), list(golds))
    totals = {m: {"p": 0.0, "r": 0.0, "f": 0.0} for m in METRICS}
    for pred, gold, where in pairs:
        refs = references_of(gold, where)
        scores = rouge(_prediction_text(pred, where), refs, budget(refs))
        for m in METRICS:
            for k in ("p", "r", "f"):
                totals[m][k] += scores[m][k]
    n = len(pairs)
    out: dict = {m: {k: (v / n if n else 0.0) for k, v in totals[m].items()} for m in METRICS}
    out["clusters"] = n
    return out


def _read_jsonl(path: str) -> list[dict]:
    from .read import iter_jsonl

    try:
        return [_raise_if_error(obj) for _, obj in iter_jsonl(path)]
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=path) from None


def _raise_if_error(obj):
    if isinstance(obj, Exception):
        raise obj
    return obj


def evaluate_files(pred_path, gold_path) -> dict:
    """ROUGE of a JSONL file of predictions (``summary``) against a JSONL file of gold clusters."""
    return evaluate_records(_read_jsonl(str(pred_path)), _read_jsonl(str(gold_path)))


def format_scores(scores: Mapping) -> str:
    """One line: ROUGE-1/2/L F1 and the number of clusters."""
    return " ".join(f"{m}={scores[m]['f']:.4f}" for m in METRICS) + f" clusters={scores.get('clusters', 0)}"
