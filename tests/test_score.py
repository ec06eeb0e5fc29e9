"""The learned scorer: lazily loaded shipped model, features, sensible preferences."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import numpy as np

from tomtat.features import NAMES, sentence_features
from tomtat.models import Article, Cluster, Sentence
from tomtat.score import load_model, score_sentences


def sent(article, position, text, in_lead=False):
    toks = tuple(w.lower() for w in text.replace(".", " ").replace(",", " ").split())
    return Sentence(article, position, text, toks, in_lead)


def small_cluster():
    a = [
        "Chiều 5/9, bão số 7 đổ bộ vào tỉnh Hải Lâm với sức gió mạnh cấp 11.",
        "Gần 3.000 hộ dân ven biển đã được sơ tán đến nơi an toàn.",
        "Phóng viên có mặt tại hiện trường ghi nhận nhiều cây đổ.",
    ]
    b = [
        "Bão số 7 đã đổ bộ vào Hải Lâm chiều 5/9, gió mạnh cấp 11.",
        "Chính quyền tỉnh cho học sinh nghỉ học hai ngày.",
        "Giá rau xanh tại chợ tăng mạnh sau bão.",
    ]
    sentences = tuple(sent(0, i, t) for i, t in enumerate(a)) + tuple(sent(1, i, t) for i, t in enumerate(b))
    articles = (Article(0, " ".join(a), title="Bão số 7 đổ bộ vào Hải Lâm"), Article(1, " ".join(b), title="Hải Lâm chống bão"))
    return Cluster(articles, sentences)


def test_model_is_shipped_small_and_matches_features():
    path = resources.files("tomtat.resources").joinpath("scorer.json")
    raw = path.read_bytes()
    assert len(raw) < 1_000_000
    model = json.loads(raw)
    assert tuple(model["features"]) == NAMES
    assert load_model() is load_model()  # read once


def test_model_is_not_loaded_at_import():
    code = "import tomtat, tomtat.score as s; print(s.load_model.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_features_shape_and_range():
    cluster = small_cluster()
    x = sentence_features(cluster)
    assert x.shape == (6, len(NAMES))
    assert np.isfinite(x).all()
    col = NAMES.index("body_first")
    assert x[0, col] == 1.0 and x[1, col] == 0.0 and x[3, col] == 1.0


def test_the_shared_opening_fact_outranks_a_trivial_detail():
    scores = score_sentences(small_cluster())
    assert scores.shape == (6,)
    # the storm's landfall, first in both articles and reported by both, beats the vegetable prices
    assert scores[0] > scores[5] and scores[3] > scores[5]


def test_empty_cluster():
    assert score_sentences(Cluster((), ())).shape == (0,)
