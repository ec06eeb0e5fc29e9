"""A learned second opinion on the entities the rules found: keep or drop each, and its type.

The rules (mentions.py, kinds.py, entities.py) find capitalised names and type them from titles, head words, place
words and spelling. Two logistic regressions read, for each entity, the rules' type, the name's spelling and syllables
and the words around its mentions. The keep model gives the probability that the entity is a name an annotator would
list; under KEEP_BAR it is dropped (fragments such as "TAND Cấp", index and trade terms). The type model (multinomial)
replaces the rules' type when it gives another at CONFIDENT or more; the rules' commonest type errors on unseen text
are single foreign names of people guessed as organisations ("Kubo", "Jennie"), clubs typed by context ("Barca" as a
person, "Bayern" as a place) and Vietnamese given names guessed as places ("Xuân Phúc"). Both are trained by
scripts/train_entities.py on the hand-annotated entities of tests/data/analysis (``make train``) and shipped in
src/tomtat/resources/entity_models.json, read on first use.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..models import Cluster
from .models import Entity

MODEL_FILE = "entity_models.json"
# The type model's type replaces the rules' only at this probability or more, and an entity the keep model gives less
# than KEEP_BAR is dropped. Both chosen by 5-fold cross-validation over the annotation sets, the sets as groups
# (scripts/train_entities.py --cv; RESULTS.md, "Learned second opinion on entities"): 0.6 kept most fixes of 0.5 and broke fewer; 0.2
# dropped 188 entities, 13 of them annotated, where 0.3 dropped 289 with 30 annotated.
CONFIDENT = 0.6
KEEP_BAR = 0.2
_WORD = re.compile(r"\w+(?:[.-]\w+)*|[“”\"(),:;]")


def _name_features(name: str, out: dict[str, float]) -> None:
    syllables = name.split() or [name]
    out[f"n={min(len(syllables), 5)}"] = 1.0
    out[f"first={syllables[0].lower()}"] = 1.0
    out[f"last={syllables[-1].lower()}"] = 1.0
    for syllable in syllables[:3]:
        out[f"syl={syllable.lower()}"] = 1.0
    if len(name) > 1 and name.isupper():
        out["allcaps"] = 1.0
    if re.search(r"[a-z][A-Z]", name):
        out["camel"] = 1.0
    if re.search(r"\d", name):
        out["digit"] = 1.0
    if "-" in name:
        out["hyphen"] = 1.0
    if any(ch in name for ch in "fjwzFJWZ"):  # letters Vietnamese spelling does not use
        out["foreignletter"] = 1.0
    out["ascii"] = sum(s.isascii() for s in syllables) / len(syllables)


def entity_features(entity: Entity, texts: dict[tuple[int, int], str]) -> dict[str, float]:
    """The features of one entity: its rule type, its name's spelling, the words around its first mention in each source."""
    out: dict[str, float] = {f"rule={entity.type}": 1.0, "aliases": float(min(len(entity.aliases), 3))}
    _name_features(entity.name, out)
    names = sorted({entity.name, *entity.aliases}, key=lambda n: (-len(n), n))  # longest first; ties by spelling, not set order
    context: Counter = Counter()
    for source in entity.sources:
        text = texts.get((source.doc, source.sentence), "")
        found = next(((text.find(n), n) for n in names if n in text), None)
        if found is None:
            continue
        at, name = found
        before = _WORD.findall(text[:at])[-2:]
        after = _WORD.findall(text[at + len(name):])[:2]
        if before:
            context[f"b1={before[-1].lower()}"] += 1
        if len(before) > 1:
            context[f"b2={' '.join(before).lower()}"] += 1
        if after:
            context[f"a1={after[0].lower()}"] += 1
        if len(after) > 1:
            context[f"a2={' '.join(after).lower()}"] += 1
    mentions = sum(n for key, n in context.items() if key.startswith("b1=")) or 1
    out.update({key: n / mentions for key, n in context.items()})
    return out


@dataclass(frozen=True, slots=True)
class LinearModel:
    """Logistic regression in softmax form: a weight per (feature, label), an intercept per label (a binary
    model has the labels "drop" and "keep", the first with zero weights)."""

    labels: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    intercepts: tuple[float, ...]

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        """P(label | features), softmax over the labels."""
        scores = list(self.intercepts)
        for key, value in features.items():
            row = self.weights.get(key)
            if row is not None:
                for i, w in enumerate(row):
                    scores[i] += w * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {t: e / total for t, e in zip(self.labels, exps)}

    def to_dict(self) -> dict:
        """The JSON form shipped in tomtat/resources."""
        return {"labels": list(self.labels), "intercepts": list(self.intercepts),
                "weights": {k: list(v) for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_dict(cls, d: dict) -> "LinearModel":
        """Read the JSON form."""
        return cls(tuple(d["labels"]), {k: tuple(v) for k, v in d["weights"].items()}, tuple(d["intercepts"]))


@dataclass(frozen=True, slots=True)
class EntityModels:
    """The keep model and the type model."""

    keep: LinearModel
    type: LinearModel


@lru_cache(maxsize=1)
def shipped_models() -> EntityModels:
    """The models shipped in tomtat/resources (read on first use)."""
    d = json.loads(resources.files("tomtat.resources").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    return EntityModels(keep=LinearModel.from_dict(d["keep"]), type=LinearModel.from_dict(d["type"]))


def second_opinion(cluster: Cluster, entities: list[Entity], models: EntityModels | None = None) -> list[Entity]:
    """The entities the keep model keeps (KEEP_BAR), each with the type model's type where it is CONFIDENT of another."""
    models = models or shipped_models()
    texts = {(s.article_index, s.position): s.text for s in cluster.sentences}
    out = []
    for entity in entities:
        features = entity_features(entity, texts)
        if models.keep.probabilities(features)["keep"] < KEEP_BAR:
            continue
        probabilities = models.type.probabilities(features)
        best = max(probabilities, key=probabilities.get)
        if best != entity.type and probabilities[best] >= CONFIDENT:
            entity = entity.model_copy(update={"type": best})
        out.append(entity)
    return out
