"""The learned second opinion on entity types (analyze/retype.py) and its shipped model."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tomtat import analyze
from tomtat.analyze.entities import entities
from tomtat.analyze.models import Entity, Source
from tomtat.analyze.retype import CONFIDENT, TypeModel, entity_features, retype, shipped_model
from tomtat.pipeline import to_cluster

TYPES = ("location", "organization", "person")


def _entity(name: str, kind: str, doc: int = 0, sentence: int = 0) -> Entity:
    return Entity(name=name, type=kind, sources=[Source(doc=doc, sentence=sentence)])


def _model_for(feature: str, kind: str, weight: float) -> TypeModel:
    """A model that favours ``kind`` by ``weight`` when ``feature`` is present, and is indifferent otherwise."""
    row = tuple(weight if t == kind else 0.0 for t in TYPES)
    return TypeModel(TYPES, {feature: row}, (0.0, 0.0, 0.0))


def test_features_read_the_rule_type_the_spelling_and_the_words_around_the_mention():
    cluster = to_cluster(["Hôm qua, tiền đạo Kubo ghi bàn ở phút 80."])
    features = entity_features(_entity("Kubo", "organization"), {(0, 0): cluster.sentences[0].text})
    assert features["rule=organization"] == 1.0
    assert features["first=kubo"] == features["last=kubo"] == features["syl=kubo"] == 1.0
    assert features["b1=đạo"] == 1.0 and features["b2=tiền đạo"] == 1.0
    assert features["a1=ghi"] == 1.0 and features["a2=ghi bàn"] == 1.0
    assert features["ascii"] == 1.0 and "foreignletter" not in features


def test_context_features_are_shares_of_the_mentions():
    texts = {(0, 0): "Tiền đạo Kubo ghi bàn.", (1, 0): "Sau trận, Kubo nói rằng anh rất vui."}
    entity = Entity(name="Kubo", type="organization", sources=[Source(doc=0, sentence=0), Source(doc=1, sentence=0)])
    features = entity_features(entity, texts)
    assert features["b1=đạo"] == 0.5 and features["b1=,"] == 0.5 and features["a1=ghi"] == 0.5


def test_a_confident_model_replaces_the_rule_type():
    cluster = to_cluster(["Tiền đạo Kubo ghi bàn ở phút 80."])
    model = _model_for("b1=đạo", "person", 5.0)  # P(person) = e^5 / (e^5 + 2), about 0.99
    [entity] = retype(cluster, [_entity("Kubo", "organization")], model)
    assert entity.type == "person"


def test_a_model_under_the_confidence_bar_leaves_the_rule_type():
    cluster = to_cluster(["Tiền đạo Kubo ghi bàn ở phút 80."])
    weight = 1.0  # P(person) = e / (e + 2), about 0.58: under the bar
    assert (2.718281828 / (2.718281828 + 2)) < CONFIDENT
    [entity] = retype(cluster, [_entity("Kubo", "organization")], _model_for("b1=đạo", "person", weight))
    assert entity.type == "organization"


def test_retyping_keeps_names_aliases_sources_and_order():
    cluster = to_cluster(["Tiền đạo Kubo ghi bàn. Hà Nội mưa to."])
    given = [_entity("Kubo", "organization"), Entity(name="Hà Nội", type="location", aliases=["HN"], sources=[Source(doc=0, sentence=1)])]
    out = retype(cluster, given, _model_for("b1=đạo", "person", 5.0))
    assert [e.name for e in out] == ["Kubo", "Hà Nội"]
    assert out[1] == given[1] and out[0].sources == given[0].sources


def test_the_shipped_model_gives_a_distribution_over_the_three_types():
    model = shipped_model()
    assert model.types == TYPES
    p = model.probabilities({"rule=person": 1.0, "first=nguyễn": 1.0})
    assert set(p) == set(TYPES) and abs(sum(p.values()) - 1) < 1e-9
    assert max(p, key=p.get) == "person"


def test_the_shipped_model_corrects_a_footballer_the_rules_call_an_organisation():
    texts = ["Raphinha đã ghi hai bàn trong trận đấu. Merino chuyền bóng cho Raphinha ở phút 30."]
    assert {e.name: e.type for e in entities(to_cluster(texts))}["Raphinha"] == "organization"
    assert {e.name: e.type for e in analyze(texts).entities}["Raphinha"] == "person"


@pytest.mark.parametrize("module", ["tomtat", "tomtat.analyze.retype"])
def test_the_model_is_not_read_at_import(module):
    code = (f"import importlib; importlib.import_module('{module}'); "
            "print(importlib.import_module('tomtat.analyze.retype').shipped_model.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
