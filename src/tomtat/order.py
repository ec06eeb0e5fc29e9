"""Put the chosen sentences in reading order."""

from __future__ import annotations

from .models import Sentence


def order_for_reading(chosen: list[Sentence]) -> list[Sentence]:
    """Sentences of one article keep their order; across articles, earlier in its article first.

    Consecutive sentences of one article (positions p, p + 1, …) stay together as one passage, so a
    sentence that leans on the one before it ("Ông tuyên bố …") follows it. Passages are ordered by
    their first sentence's position, ties broken by the text, never by the article index, so the order
    does not depend on the order in which articles were given.
    """
    passages: list[list[Sentence]] = []
    for sentence in sorted(chosen, key=lambda s: (s.article_index, s.position)):
        last = passages[-1][-1] if passages else None
        if last is not None and last.article_index == sentence.article_index and last.position == sentence.position - 1:
            passages[-1].append(sentence)
        else:
            passages.append([sentence])
    passages.sort(key=lambda p: (p[0].position, tuple(s.text for s in p)))
    return [s for passage in passages for s in passage]
