"""Baselines for the benchmarks (lead, sumy LexRank on underthesea tokens, TF-IDF centroid + MMR)
and the helpers the benchmark scripts share (data loading, RESULTS.md sections)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tomtat.evaluate import budget, references_of  # noqa: E402
from tomtat.models import Cluster  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"


def load_records(name: str, limit: int | None = None) -> list[dict]:
    """The first ``limit`` records of ../shared/data/``name``.jsonl."""
    out = []
    with open(DATA / f"{name}.jsonl", encoding="utf-8") as handle:
        for line in handle:
            out.append(json.loads(line))
            if limit is not None and len(out) >= limit:
                break
    return out


def fill(texts_in_rank_order: list[str], max_words: int) -> list[str]:
    """Take ranked sentences until the budget is reached (the protocol cuts the last one)."""
    out, used = [], 0
    for text in texts_in_rank_order:
        if used >= max_words:
            break
        out.append(text)
        used += len(re.findall(r"\w+", text))
    return out


def lead(cluster: Cluster, max_words: int, with_anchor: bool = False) -> str:
    """First body sentences of the articles in turn (the anchor/lead paragraph is skipped unless asked)."""
    per = [[s for s in cluster.sentences_of(a.index) if with_anchor or not s.in_lead] for a in cluster.articles]
    ranked = [p[k].text for k in range(max(map(len, per), default=0)) for p in per if k < len(p)]
    return " ".join(fill(ranked, max_words))


def lead_with_anchor(cluster: Cluster, max_words: int) -> str:
    """First sentences of the articles in turn, each article's anchor paragraph first."""
    return lead(cluster, max_words, with_anchor=True)


class _WordsTokenizer:
    """sumy tokenizer: underthesea sentence splitting and word tokens."""

    @staticmethod
    def to_sentences(text):
        from underthesea import sent_tokenize

        return sent_tokenize(text)

    @staticmethod
    def to_words(text):
        from underthesea import word_tokenize

        return [w for w in word_tokenize(text) if re.search(r"\w", w)]


def lexrank_ranking(sentence_texts: list[str]) -> list[int]:
    """Indices of sentences by sumy LexRank score (underthesea word tokens), best first."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.summarizers.lex_rank import LexRankSummarizer

    tokenizer = _WordsTokenizer()
    sents = [SumySentence(t, tokenizer) for t in sentence_texts]
    doc = ObjectDocumentModel([Paragraph(sents)])
    summarizer = LexRankSummarizer()
    words = [summarizer._to_words_set(s) for s in doc.sentences]
    matrix = summarizer._create_matrix(words, summarizer.threshold, summarizer._compute_tf(words),
                                       summarizer._compute_idf(words))
    scores = summarizer.power_method(matrix, summarizer.epsilon)
    return sorted(range(len(sents)), key=lambda i: (-scores[i], i))


def lexrank(cluster: Cluster, max_words: int) -> str:
    """sumy LexRank over all sentences; best ones until the budget, in document order."""
    texts = [s.text for s in cluster.sentences]
    chosen = fill([texts[i] for i in lexrank_ranking(texts)], max_words)
    keep = set(chosen)
    return " ".join(t for t in texts if t in keep and not keep.discard(t))


def centroid_mmr(cluster: Cluster, max_words: int, lam: float = 0.7) -> str:
    """TF-IDF (scikit-learn) centroid similarity with MMR redundancy control (λ = 0.7)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [list(s.words) or list(s.syllables) for s in cluster.sentences]
    x = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True).fit_transform(docs)
    centroid = np.asarray(x.mean(axis=0)).ravel()
    rel = x @ centroid / (np.linalg.norm(centroid) or 1.0)
    sims = (x @ x.T).toarray()
    chosen: list[int] = []
    used = 0
    while used < max_words and len(chosen) < len(docs):
        penalty = sims[:, chosen].max(axis=1) if chosen else np.zeros(len(docs))
        mmr = lam * rel - (1 - lam) * penalty
        mmr[chosen] = -np.inf
        i = int(np.argmax(mmr))
        chosen.append(i)
        used += cluster.sentences[i].length
    return " ".join(cluster.sentences[i].text for i in chosen)


def gold_budget(record: dict) -> int:
    """The protocol's max_words of a record."""
    return budget(references_of(record))


def write_section(title: str, body: str) -> None:
    """Replace (or append) the ``## title`` section of benchmarks/RESULTS.md, leaving the others."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    head = f"## {title}"
    block = f"{head}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^{re.escape(head)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: block + "\n", text, count=1)
    else:
        text = text.rstrip() + "\n\n" + block
    RESULTS.write_text(text.rstrip() + "\n", encoding="utf-8")
