"""render: text, JSON and Markdown carry every sentence with its sources, and list the articles."""

from __future__ import annotations

import json

from builders import POOL
from tomtat.models import Article, SourceRef, Summary, SummarySentence
from tomtat.render import render
from tomtat.split import build_cluster

ARTICLES = [
    Article(index=0, text=f"{POOL[0]} {POOL[1]}", title="Bão số 7 đổ bộ", source="a.txt"),
    Article(index=1, text=f"{POOL[2]} {POOL[3]}", source="b.txt"),
]
CLUSTER = build_cluster(ARTICLES)
SUMMARY = Summary(
    sentences=(
        SummarySentence(text=POOL[0], origin=SourceRef(0, 0), support=(SourceRef(1, 1),)),
        SummarySentence(text=POOL[3], origin=SourceRef(1, 1)),
    ),
    max_words=60,
)


def test_text_lists_sources_after_each_sentence_and_at_the_end():
    lines = render(SUMMARY, CLUSTER, "text").split("\n")
    assert lines[0] == f"{POOL[0]} [1][2]"
    assert lines[1] == f"{POOL[3]} [2]"
    assert lines[2:] == ["", "Nguồn:", "[1] Bão số 7 đổ bộ (a.txt)", "[2] b.txt"]


def test_json_shape():
    data = json.loads(render(SUMMARY, CLUSTER, "json"))
    assert list(data) == ["summary", "sentences", "articles"]
    assert data["summary"] == f"{POOL[0]} {POOL[3]}"
    assert data["sentences"][0] == {"text": POOL[0], "sources": [{"doc": 0, "sentence": 0}, {"doc": 1, "sentence": 1}]}
    assert data["articles"] == [{"doc": 0, "title": "Bão số 7 đổ bộ", "source": "a.txt"},
                                {"doc": 1, "title": "", "source": "b.txt"}]


def test_markdown_footnotes_and_escaping():
    article = Article(index=0, text="Giá *tăng* 5% [tạm tính].", source="c.txt")
    cluster = build_cluster([article])
    summary = Summary(sentences=(SummarySentence(text=article.text, origin=SourceRef(0, 0)),), max_words=20)
    out = render(summary, cluster, "markdown")
    assert "- Giá \\*tăng\\* 5% \\[tạm tính\\]. [^1]" in out
    assert out.endswith("[^1]: c.txt")


def test_empty_summary_says_so():
    empty = Summary(sentences=(), max_words=3)
    assert render(empty, CLUSTER, "text").startswith("(no sentence fits within 3 syllables)\n")
    assert json.loads(render(empty, CLUSTER, "json"))["sentences"] == []
