"""A learned second opinion on each entity's type, over the type the rules gave it.

The rules (kinds.py, entities.py) type a name from its title, head word, place word or spelling; their
commonest errors on unseen text are single foreign names of people guessed as organisations ("Kubo",
"Jennie"), clubs typed by context ("Barca" as a person, "Bayern" as a place) and Vietnamese given names
guessed as places ("Xuân Phúc"). A multinomial logistic regression reads the rules' type, the name's
spelling and syllables and the words around its mentions, and replaces the type when it is confident.
The model (src/tomtat/resources/entity_types.json) is trained by scripts/train_entity_types.py on the
hand-annotated entities of tests/data/analysis (``make train``); it loads on first use.
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

MODEL_FILE = "entity_types.json"
# The model's type replaces the rules' only at this probability or more. Chosen by 5-fold cross-validation over
# the annotation sets (scripts/train_entity_types.py --cv; RESULTS.md, "Learned entity types"): 0.6 kept most fixes of 0.5, broke fewer.
CONFIDENT = 0.6
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
    names = sorted({entity.name, *entity.aliases}, key=len, reverse=True)
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
class TypeModel:
    """Multinomial logistic regression: a weight per (feature, type), an intercept per type."""

    types: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    intercepts: tuple[float, ...]

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        """P(type | features), softmax over the types."""
        scores = list(self.intercepts)
        for key, value in features.items():
            row = self.weights.get(key)
            if row is not None:
                for i, w in enumerate(row):
                    scores[i] += w * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {t: e / total for t, e in zip(self.types, exps)}

    def to_dict(self) -> dict:
        """The JSON form shipped in tomtat/resources."""
        return {"types": list(self.types), "intercepts": list(self.intercepts),
                "weights": {k: list(v) for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_dict(cls, d: dict) -> "TypeModel":
        """Read the JSON form."""
        return cls(tuple(d["types"]), {k: tuple(v) for k, v in d["weights"].items()}, tuple(d["intercepts"]))


@lru_cache(maxsize=1)
def shipped_model() -> TypeModel:
    """The model shipped in tomtat/resources (read on first use)."""
    text = resources.files("tomtat.resources").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return TypeModel.from_dict(json.loads(text))


def retype(cluster: Cluster, entities: list[Entity], model: TypeModel | None = None) -> list[Entity]:
    """The entities, each with the model's type where the model gives another type at CONFIDENT or more."""
    model = model or shipped_model()
    texts = {(s.article_index, s.position): s.text for s in cluster.sentences}
    out = []
    for entity in entities:
        probabilities = model.probabilities(entity_features(entity, texts))
        best = max(probabilities, key=probabilities.get)
        if best != entity.type and probabilities[best] >= CONFIDENT:
            entity = entity.model_copy(update={"type": best})
        out.append(entity)
    return out
