"""The typed, immutable objects passed between pipeline stages.

A :class:`Sentence` always knows the article it comes from (``article_index``)
and its place in that article (``position``), so provenance is carried through
every stage rather than reconstructed afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, already normalised (NFC, one tone-mark convention)."""

    index: int
    text: str
    title: str = ""
    lead: str = ""
    source: str = ""
    url: str = ""
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of one article.

    ``position`` counts the article's sentences from 0, lead sentences first,
    then body sentences. ``syllables`` are lowercased ``\\w+`` tokens (the unit
    of ROUGE and of the word budget); ``words`` are underthesea word tokens,
    lowercased, syllables of one word joined by ``_``, segmented on first use
    only (the summarizer needs none: segmentation was 85% of its time).
    """

    article_index: int
    position: int
    text: str
    syllables: tuple[str, ...]
    in_lead: bool = False
    # Inside a quotation that an earlier sentence of its paragraph opened: a speaker's words whose
    # speaker is named only in that earlier sentence (``tomtat.split.quote_continuations``).
    continues_quote: bool = False

    @property
    def words(self) -> tuple[str, ...]:
        """underthesea word tokens of the sentence, segmented when asked for (not stored)."""
        from .split import words

        return words(self.text)

    @property
    def ref(self) -> "SourceRef":
        return SourceRef(self.article_index, self.position)

    @property
    def length(self) -> int:
        """Length in syllables, the unit of the word budget."""
        return len(self.syllables)


@dataclass(frozen=True, slots=True)
class Cluster:
    """Articles about one event, with their sentences in reading order."""

    articles: tuple[Article, ...]
    sentences: tuple[Sentence, ...]
    id: str | None = None

    def sentences_of(self, article_index: int) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if s.article_index == article_index)

    def sentence(self, ref: "SourceRef") -> Sentence:
        for s in self.sentences:
            if s.article_index == ref.doc and s.position == ref.sentence:
                return s
        raise KeyError(ref)


@dataclass(frozen=True, slots=True, order=True)
class SourceRef:
    """Where a sentence comes from: article ``doc``, sentence ``sentence``."""

    doc: int
    sentence: int

    def to_dict(self) -> dict[str, int]:
        return {"doc": self.doc, "sentence": self.sentence}


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A summary sentence: the text, the sentence it was taken from, and the
    near-duplicate sentences of other articles that support it."""

    text: str
    origin: SourceRef
    support: tuple[SourceRef, ...] = ()

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return (self.origin, *self.support)

    def to_dict(self) -> dict:
        return {"text": self.text, "sources": [r.to_dict() for r in self.sources]}


# What may close a sentence (after it, the next one can follow in the same paragraph).
_CLOSING = tuple(".!?…:;\"”’')»]")


def as_paragraph(texts) -> str:
    """Sentences joined into one paragraph; one that does not end with closing punctuation gets a full stop."""
    return " ".join(t if t.endswith(_CLOSING) else f"{t}." for t in (t.rstrip() for t in texts) if t)


@dataclass(frozen=True, slots=True)
class Summary:
    """The summary of one cluster, within its budget of ``max_words`` syllables."""

    sentences: tuple[SummarySentence, ...]
    max_words: int
    cluster_id: str | None = None
    article_count: int = 0

    @property
    def text(self) -> str:
        """The sentences as one paragraph (a headline-like sentence without closing punctuation gets a full stop)."""
        return as_paragraph(s.text for s in self.sentences)

    def to_dict(self) -> dict:
        out: dict = {}
        if self.cluster_id is not None:
            out["cluster_id"] = self.cluster_id
        out["summary"] = self.text
        out["sentences"] = [s.to_dict() for s in self.sentences]
        return out
