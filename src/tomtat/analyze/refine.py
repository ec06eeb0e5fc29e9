"""Entity rules of the seventh round, applied to the names mentions.py found: common nouns written as
acronyms, youth teams, contests, a body's short name before a person's name."""

from __future__ import annotations

import re

from ..models import Cluster
from ._common import ACRONYM, UPPER
from .lexicon import ORGS, PLACES
from .mentions import Mention, tokens

__all__ = ["explained_acronyms", "refine"]


def explained_acronyms(cluster: Cluster) -> set[str]:
    """Acronyms of common nouns: one explained by lower-case words in parentheses right after it ("nhóm
    MET (ma túy đá)", "du lịch MICE (hội nghị, triển lãm)"), and those listed in a parenthesis after lower-case
    words ("các chỉ số … địa phương (PCI, PAPI, SIPAS, DTI)"), which name indices, not bodies."""
    out = set()
    for s in cluster.sentences:
        toks = tokens(s.text)
        for k, tok in enumerate(toks):
            if ACRONYM.match(tok) and k + 2 < len(toks) and toks[k + 1] == "(" and _lower_word(toks[k + 2]):
                close = next((n for n in range(k + 2, min(len(toks), k + 9)) if toks[n] == ")"), None)
                if close and all(_lower_word(t) or t == "," for t in toks[k + 2:close]):
                    out.add(tok)
            if tok == "(" and k > 0 and _lower_word(toks[k - 1]):
                close = next((n for n in range(k + 1, min(len(toks), k + 16)) if toks[n] == ")"), None)
                items = " ".join(toks[k + 1:close]).split(" , ") if close else []
                if len(items) >= 3 and all(ACRONYM.match(x.split(" ")[0]) for x in items):
                    out.update(x for x in items if ACRONYM.match(x))
    return out


def _lower_word(tok: str) -> bool:
    return tok[:1].islower() and tok[:1].isalpha()


# Regions and "quốc tế" after a youth level name a tournament ("vòng loại U20 châu Á", "giải U19 Đông Nam Á"),
# a country a national team ("U20 Việt Nam", held-out-2 convention; abmusu-train 104, 149, 193 and ktlab-dev 52).
_REGIONS = {"châu á", "châu âu", "châu phi", "châu mỹ", "đông nam á", "đông á", "trung đông", "trung á", "thế giới",
            "quốc tế", "nam mỹ", "bắc mỹ"}
_YOUTH = re.compile(r"\bU ?(\d\d)\s+$")
# A league is a contest, no entity ("Premier League", "Champions League"; fifth-round convention).
_CONTEST_END = re.compile(r"\s(League|Cup)$")


def refine(mentions: list[Mention]) -> list[Mention]:
    """The mentions of one sentence after the seventh-round rules."""
    out: list[Mention] = []
    at = 0
    for m in mentions:
        text = m.sentence.text
        pos = text.find(m.name, at) if m.name else -1
        if pos >= 0:
            at = pos + len(m.name)
        youth = _YOUTH.search(text[:pos]) if pos > 0 else None
        if youth and m.type == "location" and not m.work:
            if m.name.lower() in _REGIONS:
                continue  # a tournament
            out.append(Mention(f"U{youth.group(1)} {m.name}", "organization", m.sentence))
            continue
        if _CONTEST_END.search(m.name) and m.type != "organization" or m.name.endswith(" League"):
            out.append(Mention(m.name, None, m.sentence, work=True))
            continue
        split = _body_before_person(m)
        out.extend(split or [m])
    return out


_PERSON_SYLLABLE = re.compile(rf"^[{UPPER}][a-zà-ỹđ]+$")


def _body_before_person(m: Mention) -> list[Mention] | None:
    """ "Chủ tịch Fed Jerome Powell": a known body's short name between a title and a person's full name."""
    syl = m.name.split(" ")
    if m.type != "person" or len(syl) < 3 or syl[0].lower() not in ORGS or syl[0].lower() in PLACES:
        return None
    if not all(_PERSON_SYLLABLE.match(x) for x in syl[1:]):
        return None
    return [Mention(syl[0], "organization", m.sentence), Mention(" ".join(syl[1:]), "person", m.sentence)]
