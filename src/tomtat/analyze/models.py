"""The digest of a cluster, as typed pydantic models (JSON schema in docs/digest.schema.json)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# A date: "YYYY-MM-DD", "YYYY-MM", "YYYY" (a year alone, from "năm 2022"), or, when no year
# is written and none can be inferred from the cluster, "--MM-DD" / "--MM" (ISO 8601 style).
DATE_PATTERN = r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Model):
    """A sentence of the cluster: article ``doc``, sentence ``sentence`` (its position)."""

    doc: int = Field(ge=0)
    sentence: int = Field(ge=0)


class Entity(_Model):
    """A person, organisation or place, with the other names it goes by in the cluster."""

    name: str
    type: Literal["person", "organization", "location"]
    aliases: list[str] = []
    sources: list[Source]


class Fact(_Model):
    """A quantity; ``sources`` spans every article that gives the same value for the same thing."""

    value: float
    unit: str
    about: str = Field(description="What is counted or measured, normalised (e.g. 'binh sĩ').")
    approx: bool
    text: str = Field(description="The quantity as written, e.g. 'gần 2.500 binh sĩ'.")
    sources: list[Source]
    independent_sources: int = Field(ge=1, description="Independent source groups (not copies) that give it.")


class ConflictValue(_Model):
    """One of the values that articles give for the same thing."""

    value: float
    text: str
    sources: list[Source]


class Conflict(_Model):
    """Articles that disagree on a quantity about the same thing."""

    about: str
    values: list[ConflictValue]
    sources: list[Source]


class TimelineEvent(_Model):
    """A dated event; ``date`` follows DATE_PATTERN."""

    date: str = Field(pattern=DATE_PATTERN)
    text: str
    sources: list[Source]


class Attribution(_Model):
    """Who says what."""

    speaker: str
    claim: str
    sources: list[Source]


class Unconfirmed(_Model):
    """A claim that the article itself marks as unconfirmed or speculative, with the cue that marks it."""

    text: str
    cue: str
    sources: list[Source]


class ArticleCoverage(_Model):
    """What only one article reports."""

    doc: int = Field(ge=0)
    only_facts: list[str] = Field(description="Texts of the facts no other article gives.")
    only_entities: list[str] = Field(description="Names of the entities no other article names.")


class Coverage(_Model):
    """Per-article coverage and the groups of articles that copy one another."""

    articles: int = Field(ge=0)
    independent_sources: list[list[int]] = Field(description="Groups of article indices; one group per independent story.")
    per_article: list[ArticleCoverage]


class Digest(_Model):
    """Everything `tomtat analyze` finds across the articles of one cluster."""

    entities: list[Entity]
    facts: list[Fact]
    conflicts: list[Conflict]
    timeline: list[TimelineEvent]
    attributions: list[Attribution]
    unconfirmed: list[Unconfirmed]
    coverage: Coverage
