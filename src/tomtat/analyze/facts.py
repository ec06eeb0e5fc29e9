"""Facts of a cluster: quantities merged across articles when they agree, and conflicts
between articles that give different values for the same thing."""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from ..models import Cluster, Sentence
from ._common import UPPER, docs_of, merge_sources, src
from .models import Conflict, ConflictValue, Fact
from .quantities import _UNIT_NORM, UNITS, Quantity, find_quantities

# Counted nouns that name one class of thing (kept small on purpose: precision first).
SYNONYMS = {
    "lính": "binh sĩ", "lính dù": "binh sĩ", "quân": "binh sĩ", "quân nhân": "binh sĩ", "binh lính": "binh sĩ",
    "binh sỹ": "binh sĩ", "quân lính": "binh sĩ", "đôla": "usd", "ngàn": "nghìn",
}
# "N người" counts soldiers when one of these words comes shortly before it.
_TROOP_CONTEXT = re.compile(r"(?i)\b(?:binh sĩ|lính|quân đội|quân nhân|lực lượng gìn giữ hòa bình|gìn giữ hòa bình)\b")
# Units measure many different things in one story (money, distances, ages, shares,
# durations) and "người" counts anyone: two values of them are not taken as a disagreement.
# Read off 50 data clusters, where money and "người" chained unrelated figures into "conflicts".
NOT_CONFLICTING = {"", "người", *(_UNIT_NORM.get(u, u) for u in UNITS)}
# A disagreement between reports has two or three versions; more values of one counted noun
# mean it counts different things (same 50 clusters: 9-25 "values" for "đồng", "usd").
MAX_CONFLICT_VALUES = 3
# Content words shared near both numbers, besides a shared name; function words do not count.
_STOPWORDS = {"của", "và", "các", "những", "được", "với", "cho", "trong", "này", "đến", "tới", "đã", "khi", "theo",
              "vào", "tại", "từ", "sau", "trước", "còn", "cũng", "như", "một", "hai", "ngày", "năm", "tháng", "khoảng",
              "gần", "hơn", "trên", "tổng", "cộng", "có", "không", "đó", "thì", "là", "người", "bị", "về", "nhiều"}
# Two values closer than this (relative) where one is hedged ("gần", "khoảng") do not conflict.
# Tuned by hand on invented pairs ("gần 2.500" vs "2.450" agree; "2.500" vs "3.000" conflict).
APPROX_TOLERANCE = 0.05
_NAME = re.compile(rf"[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)*")
_CONTENT = re.compile(r"[^\W\d_]{3,}")


# "N người chết", "N người bị thương": casualties are one class each, unlike "N người" at large.
_CASUALTY = re.compile(r"(?i)^\s*(?:đã\s+|bị\s+)?(chết|tử vong|thiệt mạng|thương vong|bị thương|mất tích|bị bắt|bị bắt giữ)\b")
_CASUALTY_CLASS = {"tử vong": "chết", "thiệt mạng": "chết", "bị bắt giữ": "bị bắt"}


def about_class(q: Quantity, sentence_text: str) -> str:
    """What a quantity counts, normalised to a class shared by synonyms."""
    about = SYNONYMS.get(q.about, q.about)
    if about == "người" and _TROOP_CONTEXT.search(sentence_text[: q.start]):
        about = "binh sĩ"
    elif about == "người":
        m = _CASUALTY.match(sentence_text[q.end:])
        if m:
            about = f"người {_CASUALTY_CLASS.get(m.group(1).lower(), m.group(1).lower())}"
    return about


def _names(text: str) -> set[str]:
    """Capitalised names in a sentence, its first word excluded."""
    return {m.group(0) for m in _NAME.finditer(text) if m.start() > 0}


def _window(text: str, q: Quantity, width: int = 60) -> set[str]:
    words = {w.lower() for w in _CONTENT.findall(text[max(0, q.start - width): q.end + width])}
    return words - _STOPWORDS - set(q.about.split())


def _close(a: tuple, b: tuple) -> bool:
    """Whether two values agree within the hedge tolerance."""
    (va, approx_a), (vb, approx_b) = a, b
    if va == vb:
        return True
    return (approx_a or approx_b) and abs(va - vb) / max(va, vb) <= APPROX_TOLERANCE


def build_facts(cluster: Cluster, groups: list[list[int]]) -> tuple[list[Fact], list[Conflict]]:
    """Facts (agreeing mentions merged) and conflicts, counting independent source groups."""
    group_of = {doc: i for i, g in enumerate(groups) for doc in g}
    mentions: dict[tuple[str, float], list[tuple[Quantity, Sentence]]] = defaultdict(list)
    for s in cluster.sentences:
        for q in find_quantities(s.text, s):
            mentions[(about_class(q, s.text), q.value)].append((q, s))

    facts: list[Fact] = []
    for (about, value), found in mentions.items():
        q0 = found[0][0]
        sources = merge_sources(src(s) for _, s in found)
        facts.append(Fact(
            value=value, unit=q0.unit, about=about, approx=all(q.approx for q, _ in found), text=q0.text,
            sources=sources, independent_sources=len({group_of.get(d, d) for d in docs_of(sources)}),
        ))
    facts.sort(key=lambda f: (f.sources[0].doc, f.sources[0].sentence))
    return facts, _conflicts(mentions)


def _conflicts(mentions: dict) -> list[Conflict]:
    by_class: dict[str, list[tuple[float, list]]] = defaultdict(list)
    for (about, value), found in mentions.items():
        if about not in NOT_CONFLICTING and not all(q.vague for q, _ in found):
            by_class[about].append((value, found))
    out: list[Conflict] = []
    for about, values in by_class.items():
        docs_of_value = {v: {s.article_index for _, s in found} for v, found in values}
        edges: dict[float, set[float]] = defaultdict(set)
        for (va, fa), (vb, fb) in combinations(values, 2):
            if docs_of_value[va] & docs_of_value[vb]:
                continue  # one article gives both values: they are two different things
            if _close((va, all(q.approx for q, _ in fa)), (vb, all(q.approx for q, _ in fb))):
                continue
            if not _related(fa, fb):
                continue
            edges[va].add(vb)
            edges[vb].add(va)
        seen: set[float] = set()
        found_of = dict(values)
        for start in sorted(edges):
            if start in seen:
                continue
            component, stack = set(), [start]
            while stack:
                v = stack.pop()
                if v not in component:
                    component.add(v)
                    stack.extend(edges[v] - component)
            seen |= component
            if len(component) > MAX_CONFLICT_VALUES:
                continue
            items = [
                ConflictValue(value=v, text=found_of[v][0][0].text, sources=merge_sources(src(s) for _, s in found_of[v]))
                for v in sorted(component)
            ]
            out.append(Conflict(about=about, values=items, sources=merge_sources(*(i.sources for i in items))))
    out.sort(key=lambda c: (c.sources[0].doc, c.sources[0].sentence))
    return out


def _related(fa: list, fb: list) -> bool:
    """Whether two sets of mentions speak of the same event: a shared name and two shared words nearby."""
    for (qa, sa), (qb, sb) in ((x, y) for x in fa for y in fb):
        if _names(sa.text) & _names(sb.text) and len(_window(sa.text, qa) & _window(sb.text, qb)) >= 2:
            return True
    return False


