"""Split articles into sentences (underthesea) and sentences into syllables and words."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .models import Article, Cluster, Sentence

_SYLLABLE = re.compile(r"\w+")
# Sentences longer than this many characters are cut at clause boundaries so that
# one run-on paragraph with no full stop cannot blow the budget on its own.
MAX_SENTENCE_CHARS = 600
# Title abbreviations after which underthesea wrongly ends a sentence ("PGS.TS." | "Trần Văn B cho biết.").
_ABBREVIATIONS = frozenset("ts ths gs pgs bs bsck ks ls ncs tp st nsnd nsưt ngnd".split())
_DOTTED = re.compile(r"^\(?(?:[A-ZĐ][A-Za-zđ]{0,3}\.){2,}$")  # "PGS.TS.", "Th.S."
# A dot inside a site name or an address ("Avia.pro", "Giacaphe.com", "dichvucong.gov.vn": no space after it,
# two lower-case letters at least) or between a letter and a digit ("BA.5", "No.1", "vol.5"), which underthesea
# takes for a full stop. It is held as a one-dot leader while the text is split and put back after. (The first
# form mended 43 paragraphs of ../shared/data, the second 80 more; every change read was a repair.)
_INNER_DOT = re.compile(r"(?<=[A-Za-z0-9])\.(?=[a-z]{2,}\b)|(?<=[A-Za-z])\.(?=\d)")
_HELD_DOT = "\u2024"
# A person named by an initial ("anh Đ.", "Tài xế Tạ Đình Đ.", "bà L.T.T. H."): underthesea ends the sentence at its
# dot; a piece opening in lower case or with a bracket ("tử vong …", "(SN 1975, …)") goes on the same sentence
# (30 such cuts in ../shared/data, every one read was a repair).
_INITIAL_END = re.compile(r"(?:^|[\s.])[A-ZĐ][a-zđ]?\.$")
_INITIAL_START = re.compile(r"^[A-ZĐ][a-zđ]?\.(?:\s|$)")  # "chị Đ. | T. | T. | H. (SN 1989 …)": one name, cut at each dot
# Connectors that open a sentence: written capitalised right after a lower-case word, with no stop between, they open
# the next sentence after a caption or subheading that had none ("… gây cản trở giao thông Trước đó, trong 2 đêm …";
# 6 such joins in ../shared/data, all read: every one a caption or subheading glued on).
_GLUED_CONNECTOR = re.compile(r"(?<=[a-zà-ỹđ0-9)] )(?:Trước đó|Sau đó|Theo đó|Tuy nhiên|Ngoài ra|Trong khi đó|Bên cạnh đó|"
                              r"Do đó|Vì vậy|Mặt khác|Như vậy|Hơn nữa|Đồng thời)(?!\w)")
# "… như ở Ukraine hay Belarus, v.v. Chuyên gia …": "v.v." closes a list, and a capital after it opens a sentence.
_ETC = re.compile(r"(?<!\w)v\.v\.(\s+)(?=\w)")


def syllables(text: str) -> tuple[str, ...]:
    """Lowercased ``\\w+`` tokens: the syllables of Vietnamese text (the ROUGE and budget unit)."""
    return tuple(m.group(0).lower() for m in _SYLLABLE.finditer(text))


def words(text: str) -> tuple[str, ...]:
    """underthesea word tokens, lowercased, syllables joined by ``_``, punctuation dropped."""
    from underthesea import word_tokenize

    return tuple(
        t.lower().replace(" ", "_") for t in word_tokenize(text) if _SYLLABLE.search(t)
    )


def _cut_long(sentence: str) -> list[str]:
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return [sentence]
    parts, current = [], ""
    for piece in re.split(r"(?<=[;:,])\s+", sentence):
        if current and len(current) + len(piece) + 1 > MAX_SENTENCE_CHARS:
            parts.append(current)
            current = piece
        else:
            current = f"{current} {piece}" if current else piece
    if current:
        parts.append(current)
    # A single piece may still be longer than the limit (no punctuation at all): cut on spaces.
    out = []
    for part in parts:
        while len(part) > MAX_SENTENCE_CHARS:
            cut = part.rfind(" ", 0, MAX_SENTENCE_CHARS)
            cut = cut if cut > 0 else MAX_SENTENCE_CHARS
            out.append(part[:cut].strip())
            part = part[cut:].strip()
        if part:
            out.append(part)
    return out


def _ends_in_abbreviation(sentence: str) -> bool:
    last = sentence.rsplit(None, 1)[-1]
    return bool(_DOTTED.match(last)) or last.rstrip(".").lstrip("(").lower() in _ABBREVIATIONS


def _closes(before: list[str], piece: str) -> bool:
    """Whether the mark opening ``piece`` in fact closes a quote or bracket left open by the pieces ``before`` it. A
    straight quote alone (with punctuation only) closes one left open anywhere in the paragraph so far ('X hét lên: "Làm
    ơn! Anh hãy … nhé!". …': the mark would be lost); a mark before words closes only a quote its previous piece left open."""
    previous, mark = before[-1], piece[0]
    if mark in "”’»":
        return True
    if mark == '"':
        alone = not _SYLLABLE.search(piece)
        return ("".join(before) if alone else previous).count('"') % 2 == 1
    if mark == ")":
        return previous.count("(") > previous.count(")")
    return False


def _after_etc(piece: str) -> list[str]:
    """A piece cut after "v.v." (et cetera) where a capital letter starts the next sentence, which underthesea keeps."""
    out, start = [], 0
    for match in _ETC.finditer(piece):
        if piece[match.end()].isupper():
            out.append(piece[start:match.start(1)].strip())
            start = match.end()
    out.append(piece[start:].strip())
    return [p for p in out if p]


def _repair(pieces: list[str]) -> list[str]:
    """Undo underthesea's slips: a closing quote cut off its sentence, a split after a title abbreviation or a
    person's initial, none after "v.v."."""
    out: list[str] = []
    for piece in (p for whole in pieces for p in _after_etc(whole.strip())):
        if not piece:
            continue
        while out and piece and _closes(out, piece):
            out[-1] += piece[0]
            piece = piece[1:].strip()
        if not piece:
            continue
        if out and (_ends_in_abbreviation(out[-1]) and piece[0].isupper()
                    or _INITIAL_END.search(out[-1]) and (piece[0].islower() or piece[0] == "("
                                                          or _INITIAL_START.match(piece))):
            out[-1] = f"{out[-1]} {piece}"
            continue
        out.append(piece)
    return out


def _glued(sentence: str) -> list[str]:
    """A caption or subheading glued with no full stop before a capitalised connector ("… 27 quái xế Trước đó, …"):
    two sentences."""
    cuts = [m.start() for m in _GLUED_CONNECTOR.finditer(sentence)]
    bounds = [0, *cuts, len(sentence)]
    return [sentence[a:b].strip() for a, b in zip(bounds, bounds[1:]) if sentence[a:b].strip()]


def _paragraphs(text: str) -> list[list[str]]:
    """The sentences of each paragraph of a text (line breaks, then underthesea's sentence splitter)."""
    from underthesea import sent_tokenize

    out: list[list[str]] = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        sentences: list[str] = []
        held = _HELD_DOT not in paragraph
        for sentence in _repair(sent_tokenize(_INNER_DOT.sub(_HELD_DOT, paragraph) if held else paragraph)):
            sentence = sentence.replace(_HELD_DOT, ".") if held else sentence
            if _SYLLABLE.search(sentence):
                sentences.extend(piece for part in _glued(sentence) for piece in _cut_long(part))
        if sentences:
            out.append(sentences)
    return out


def split_sentences(text: str) -> list[str]:
    """Sentences of a text: paragraphs first (line breaks), then underthesea's sentence splitter."""
    return [sentence for paragraph in _paragraphs(text) for sentence in paragraph]


def quote_continuations(paragraph: list[str]) -> list[bool]:
    """For each sentence of one paragraph, whether it starts inside a quotation an earlier sentence opened.

    Curly quotes open (“) and close (”); a straight double quote toggles. A quotation left open at the
    end of a paragraph does not carry into the next one (news text rarely runs a quote across paragraphs
    without opening it again, and an unbalanced mark must not taint the rest of the article).
    """
    flags: list[bool] = []
    quoting = False
    for sentence in paragraph:
        flags.append(quoting)
        for mark in sentence:
            if mark == "“":
                quoting = True
            elif mark == "”":
                quoting = False
            elif mark == '"':
                quoting = not quoting
    return flags


def sentences_of(article: Article) -> list[Sentence]:
    """The sentences of one article, lead first, each knowing its article and position."""
    out: list[Sentence] = []
    for in_lead, part in ((True, article.lead), (False, article.text)):
        for paragraph in _paragraphs(part):
            for text, continues in zip(paragraph, quote_continuations(paragraph)):
                out.append(
                    Sentence(
                        article_index=article.index,
                        position=len(out),
                        text=text,
                        syllables=syllables(text),
                        in_lead=in_lead,
                        continues_quote=continues,
                    )
                )
    return out


def build_cluster(articles: Iterable[Article], cluster_id: str | None = None) -> Cluster:
    """Split every article and gather the result into one :class:`Cluster`."""
    articles = tuple(articles)
    sentences = tuple(s for a in articles for s in sentences_of(a))
    return Cluster(articles=articles, sentences=sentences, id=cluster_id)
