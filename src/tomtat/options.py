"""One keyword-only options object for every verb."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from .errors import UsageError


@dataclass(frozen=True, kw_only=True, slots=True)
class Options:
    """Settings of the summarizer; every field has a sensible default."""

    words: int = 200
    """Budget of the summary, in syllables (``\\w+`` tokens)."""
    redundancy: float = 0.4
    """A candidate whose syllable-bigram overlap with a chosen sentence exceeds this is skipped
    (0.3 and 0.4 compared by ``scripts/train.py --tune`` on AbMuSu train-CV + validation: 0.381 against 0.380)."""
    support: float = 0.3
    """Sentences of other articles whose word TF-IDF cosine with a summary sentence reaches this are
    listed as its support (tuned by hand on the seeds; see tomtat.provenance)."""

    def __post_init__(self) -> None:
        if not isinstance(self.words, int) or self.words < 1:
            raise UsageError(f"words must be a positive whole number, got {self.words!r}")
        for name in ("redundancy", "support"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise UsageError(f"{name} must lie between 0 and 1, got {value!r}")

    def with_overrides(self, **overrides) -> "Options":
        known = {f.name for f in fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise UsageError(f"unknown option(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        given = {k: v for k, v in overrides.items() if v is not None}
        return replace(self, **given) if given else self
