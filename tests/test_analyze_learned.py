"""The learned second opinion on the rules' entities (analyze/learned.py): keep or drop, and the type; the shipped models."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tomtat import analyze
from tomtat.analyze.entities import entities
from tomtat.analyze.models import Entity, Source
from tomtat.analyze.learned import CONFIDENT, KEEP_BAR, EntityModels, LinearModel, entity_features, second_opinion, shipped_models
from tomtat.pipeline import to_cluster

TYPES = ("location", "organization", "person")


def _entity(name: str, kind: str, doc: int = 0, sentence: int = 0) -> Entity:
    return Entity(name=name, type=kind, sources=[Source(doc=doc, sentence=sentence)])


KEEP_ALL = LinearModel(("drop", "keep"), {}, (0.0, 10.0))


def _model_for(feature: str, kind: str, weight: float, keep: LinearModel = KEEP_ALL) -> EntityModels:
    """A type model that favours ``kind`` by ``weight`` when ``feature`` is present, and is indifferent otherwise."""
    row = tuple(weight if t == kind else 0.0 for t in TYPES)
    return EntityModels(keep=keep, type=LinearModel(TYPES, {feature: row}, (0.0, 0.0, 0.0)))


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
    [entity] = second_opinion(cluster, [_entity("Kubo", "organization")], model)
    assert entity.type == "person"


def test_a_model_under_the_confidence_bar_leaves_the_rule_type():
    cluster = to_cluster(["Tiền đạo Kubo ghi bàn ở phút 80."])
    weight = 1.0  # P(person) = e / (e + 2), about 0.58: under the bar
    assert (2.718281828 / (2.718281828 + 2)) < CONFIDENT
    [entity] = second_opinion(cluster, [_entity("Kubo", "organization")], _model_for("b1=đạo", "person", weight))
    assert entity.type == "organization"


def test_retyping_keeps_names_aliases_sources_and_order():
    cluster = to_cluster(["Tiền đạo Kubo ghi bàn. Hà Nội mưa to."])
    given = [_entity("Kubo", "organization"), Entity(name="Hà Nội", type="location", aliases=["HN"], sources=[Source(doc=0, sentence=1)])]
    out = second_opinion(cluster, given, _model_for("b1=đạo", "person", 5.0))
    assert [e.name for e in out] == ["Kubo", "Hà Nội"]
    assert out[1] == given[1] and out[0].sources == given[0].sources


def test_an_entity_the_keep_model_doubts_is_dropped():
    cluster = to_cluster(["Tiền đạo Kubo ghi bàn. Hà Nội mưa to."])
    doubt_kubo = LinearModel(("drop", "keep"), {"first=kubo": (0.0, -4.0)}, (0.0, 2.0))  # P(keep): 0.12 for Kubo, 0.88 else
    assert 1 / (1 + 2.718281828 ** 2) < KEEP_BAR < 1 / (1 + 2.718281828 ** -2)
    given = [_entity("Kubo", "organization"), _entity("Hà Nội", "location", sentence=1)]
    out = second_opinion(cluster, given, _model_for("b1=đạo", "person", 5.0, keep=doubt_kubo))
    assert [e.name for e in out] == ["Hà Nội"]


def test_the_shipped_models_give_distributions():
    models = shipped_models()
    assert models.keep.labels == ("drop", "keep")
    model = models.type
    assert model.labels == TYPES
    p = model.probabilities({"rule=person": 1.0, "first=nguyễn": 1.0})
    assert set(p) == set(TYPES) and abs(sum(p.values()) - 1) < 1e-9
    assert max(p, key=p.get) == "person"


def test_the_shipped_model_corrects_a_footballer_the_rules_call_an_organisation():
    texts = ["Raphinha đã ghi hai bàn trong trận đấu. Merino chuyền bóng cho Raphinha ở phút 30."]
    assert {e.name: e.type for e in entities(to_cluster(texts))}["Raphinha"] == "organization"
    assert {e.name: e.type for e in analyze(texts).entities}["Raphinha"] == "person"


@pytest.mark.parametrize("module", ["tomtat", "tomtat.analyze.learned"])
def test_the_model_is_not_read_at_import(module):
    code = (f"import importlib; importlib.import_module('{module}'); "
            "print(importlib.import_module('tomtat.analyze.learned').shipped_models.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_the_shipped_keep_model_drops_a_telescope_the_rules_call_a_person():
    texts = ["Kính viễn vọng James Webb đã chụp được hình ảnh mới. NASA cho biết ảnh rất rõ."]
    assert {e.name: e.type for e in entities(to_cluster(texts))}["James Webb"] == "person"
    assert {e.name for e in analyze(texts).entities} == {"NASA"}


def test_features_do_not_depend_on_the_hash_seed():
    code = (
        "from tomtat.analyze.learned import entity_features\n"
        "from tomtat.analyze.models import Entity, Source\n"
        "e = Entity(name='Hà Nội', type='location', aliases=['HN', 'TP'], sources=[Source(doc=0, sentence=0)])\n"
        "print(sorted(entity_features(e, {(0, 0): 'Tại TP có mưa, còn ở HN thì nắng.'}).items()))\n"
    )
    outputs = set()
    for seed in range(6):  # two aliases of one length: the first written must not depend on set order
        env = {**__import__("os").environ, "PYTHONHASHSEED": str(seed)}
        outputs.add(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout)
    assert len(outputs) == 1
