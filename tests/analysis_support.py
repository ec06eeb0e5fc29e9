"""Helpers shared by the analysis tests: run one part of the analysis on invented sentences and return what it found.

Each builds a cluster with :func:`tomtat.pipeline.to_cluster` (one article per text) and reads one list off it.
"""

from __future__ import annotations

from tomtat.analyze.attributions import attributions
from tomtat.analyze.entities import entities
from tomtat.analyze.unconfirmed import unconfirmed
from tomtat.pipeline import to_cluster


def by_name(texts):
    """The cluster's entities by name (one article per text)."""
    return {e.name: e for e in entities(to_cluster(texts))}


def types_by_name(texts) -> dict[str, str]:
    """The cluster's entity types by name (one article per text)."""
    return {e.name: e.type for e in entities(to_cluster(list(texts)))}


def speakers(text: str) -> list[str]:
    """The speakers of the attributions found in one article."""
    return [a.speaker for a in attributions(to_cluster([text]))]


def speakers_at(text: str) -> list[tuple[str, int]]:
    """The speakers of the attributions found in one article, each with the position of its sentence."""
    return [(a.speaker, a.sources[0].sentence) for a in attributions(to_cluster([text]))]


def cues(text: str) -> list[str]:
    """The cues of the unconfirmed claims found in one article, as written."""
    return [u.cue for u in unconfirmed(to_cluster([text]))]


def lowered_cues(text: str) -> list[str]:
    """The same cues in lower case (a cue opening a sentence, "Liệu …", compares as "liệu")."""
    return [u.cue.lower() for u in unconfirmed(to_cluster([text]))]
