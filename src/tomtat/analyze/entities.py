"""People, organisations and places named in a cluster, their variants merged.

Names are capitalised runs of underthesea word tokens. underthesea's NER was tried first and
as a fallback for names no rule types: too slow (about 25 ms a sentence, 2.5 s on the seeds)
and too noisy on news ("Nga", "Moscow", "Barcelona" tagged as persons); on the tuning set it
raised entity recall from 0.72 to 0.82 but cut precision from 0.79 to 0.65, so it is not used.
Re-measured in the third round (benchmarks/RESULTS.md): alone P 0.285 / R 0.570 on the tuning
set's annotated sentences, worse than the spelling guess as typing evidence, about 6x the whole
analysis' time; a learned spelling model and a learned keep/drop step did no better either.
A run's type comes from rules: a person title before it ("ông", "Tổng thống"), an organisation
head opening it ("Tổ chức", "Bộ", "Công an", or "bệnh viện" in lower case), a place word before
it ("tỉnh", "xã"), hand-written lists of places and common organisations, "The X" and CamelCase
names (organisations), an acronym (organisation), a Vietnamese family name (person). An
organisation's name may run on in lower case (up to its "(ACRONYM)", or over nouns after a
capitalised common word, by underthesea's POS tags). A name no rule types gets a weak type
from its spelling (foreign words → person, one foreign word → organisation, a Vietnamese pair →
place; "từ/đến X" → place), used only when no mention of the name has a rule's type. Glued
runs are split by general rules (a known place then another name, places joined by a hyphen or
a dash, a body then a person's full name). Variants merge (merge.py): an acronym learnt from a parenthesis or
spelling the words it replaces, a short name into the one full name ending (or, foreign,
opening) with it, close spellings of one foreign name ("Kassym-Jomart" / "Kassym-Zhomart").
Titles of works, shows, contests and weapons and kinds of bodies ("các trường CAND") name no entity
(notnames.py); a body's name cut short joins the one longer name it opens (merge.py).
Modules: mentions.py finds the names of one sentence, kinds.py types them, context.py holds the
context rules of the fifth round, refine.py and merge_more.py the rules and merges of the seventh, official.py
the eighth's (fields of a state body's name, numbered names, regions, clubs); this module
merges a cluster's names and decides.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..models import Cluster
from ._common import ACRONYM as _ACRONYM, fold, merge_sources, src, UPPER
from .bylines import credit_lines
from .lexicon import BARE_BODIES, BUILT_PLACE_HEADS, ORG_FORMS, ORG_HEADS, ORG_STANDALONE, ORGS, PERSON_FORMS, PLACE_FORMS, PLACES
from .kinds import country_core
from .mentions import _mentions, _OPENERS, LOWER_ORG_HEADS, Mention, tokens
from .merge import (
    merge_acronym_forms, merge_foreign_spellings, merge_initials, merge_org_prefixes, merge_org_short_names, merge_people,
    merge_place_suffix, merge_committees, merge_place_words, merge_word_order, COMMITTEES,
)
from .merge_more import (
    merge_admin_words, merge_brand_branches, merge_city_clubs, merge_clubs, merge_company_names, merge_dominant_given_name,
)
from .models import Entity
from .official import official
from .refine import explained_acronyms, lower_phrases, lowered_acronyms, match_teams, refine
from .spans import _name_like, _spelled_by_words, SPELLED_ORG_SPAN

__all__ = ["Candidate", "Mention", "candidates", "entities", "fold", "tokens"]


def _common_acronyms(cluster: Cluster) -> set[str]:
    """Acronyms a cluster gives for common nouns: "(DTQG)" after lower-case words only."""
    out = set()
    for s in cluster.sentences:
        toks = tokens(s.text)
        for k in range(1, len(toks) - 2):
            if toks[k] == "(" and toks[k + 2] == ")" and _ACRONYM.match(toks[k + 1]) and toks[k - 1][:1].islower():
                back = k - 1
                while back >= 0 and toks[back][:1].islower() and k - back <= SPELLED_ORG_SPAN // 2:
                    back -= 1
                if back < 0 or not _name_like(toks[back]) or _spelled_by_words(toks[k + 1], toks[back + 1:k]):
                    out.add(toks[k + 1])
    return out


def _common_words(cluster: Cluster) -> set[str]:
    """Words that also occur in lower case: a capitalised one opening a sentence is no name."""
    return {w for s in cluster.sentences for w in tokens(s.text) if w[:1].islower()} | _OPENERS


@dataclass
class Candidate:
    """A name of the cluster, its variants merged, before the final decision; ``type`` is the rules' vote."""

    name: str
    type: str | None
    aliases: list[str]
    sources: list
    mentions: list[Mention]


def candidates(cluster: Cluster) -> list[Candidate]:
    """Every merged name of the cluster with the rules' type (None when no rule or guess types it)."""
    common = _common_words(cluster)
    plain = _common_acronyms(cluster) | explained_acronyms(cluster) | lowered_acronyms(cluster)
    credits = credit_lines(cluster)
    mentions = [m for s in cluster.sentences
                for m in (credits.get((s.article_index, s.position)) or official(refine(_mentions(s, common), s), s, common))
                if m.name not in plain and not _shouted_word(m.name, common)]
    lowered = lower_phrases(cluster, {m.name for m in mentions}) - {m.name for m in mentions if m.type == "person"}
    mentions = [m for m in mentions if m.name not in lowered]
    named: dict[tuple[int, int], list[str]] = defaultdict(list)
    for m in mentions:
        named[(m.sentence.article_index, m.sentence.position)].append(m.name)
    mentions = _drop_works(mentions)
    mentions = [Mention(m.name, "person", m.sentence, m.acronym, m.guess, m.work) if fold(m.name).replace(" ", "") in PERSON_FORMS
                else m for m in mentions]  # "Bác Hồ": a person, not the lake "Hồ …"
    # Group by folded name; learn acronym aliases.
    groups: dict[str, list[Mention]] = defaultdict(list)
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.get(k, k) != k:
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    for m in mentions:
        key = _key(m.name)
        groups[key].append(m)
        parent.setdefault(key, key)
        if m.acronym:
            akey = _key(m.acronym)
            kind = m.type or ("person" if " " in m.acronym else "organization")  # a real name ("Jack (Trịnh …)")
            groups[akey].append(Mention(m.acronym, kind, m.sentence))
            parent.setdefault(akey, akey)
            union(key, akey)
    kinds = {k: _vote(ms) for k, ms in groups.items()}
    merge_word_order(groups, union)
    _merge_classified(groups, union)
    merge_people(groups, kinds, union, find)
    merge_foreign_spellings(groups, kinds, union, _without_classifier)
    merge_dominant_given_name(groups, kinds, union, find)
    merge_acronym_forms(groups, kinds, union, find)
    merge_initials(groups, kinds, union)
    merge_place_suffix(groups, kinds, union, find, _key)
    merge_place_words(groups, kinds, union, _AREA_WORDS)
    merge_committees(groups, kinds, union)
    merge_org_short_names(groups, kinds, union, find, ORG_HEADS | LOWER_ORG_HEADS)
    merge_org_prefixes(groups, kinds, union, find)
    merge_company_names(groups, kinds, union)
    merge_clubs(groups, kinds, union)
    merge_brand_branches(groups, kinds, union)
    merge_admin_words(groups, kinds, union)
    teams = match_teams(cluster)
    merge_city_clubs(groups, union, _key, teams)
    merged: dict[str, list[Mention]] = defaultdict(list)
    for k, ms in groups.items():
        merged[find(k)].extend(ms)
    out: list[Candidate] = []
    for ms in merged.values():
        names = Counter(m.name for m in ms)
        name = _canonical(names, _vote(ms) or "")
        name = _without_classifier(name) or name  # shown without its classifier, which stays an alias
        sources = merge_sources([src(m.sentence) for m in ms], _also_in(cluster, names, named))
        aliases = {fold(n): n for n in sorted(names, key=lambda n: -names[n]) if fold(n) != fold(name)}
        for n in names:  # "tập đoàn Nandan Terry", "Tờ The Times of India", "cầu Phú Mỹ": also called by the name alone
            bare = _without_classifier(n) or _without_built_head(n)
            if bare and fold(bare) != fold(name):
                aliases.setdefault(fold(bare), bare)
        kind = "organization" if teams & {fold(n) for n in names} else _vote(ms)  # a team beside a score
        out.append(Candidate(name, kind, sorted(aliases.values()), sources, ms))
    return out


# Words for an area named after it ("vùng Vịnh", "Thành phố Tacloban", "công viên Patriot"); not for rivers,
# lakes, roads or bridges, which are often named after a commune ("sông Cẩm Thanh", "xã Cẩm Thanh").
_AREA_WORDS = {"vùng", "khu vực", "miền", "thủ đô", "thành phố", "tp", "tp.", "bang", "tỉnh", "huyện", "quận", "thị xã",
               "công viên"}


def entities(cluster: Cluster) -> list[Entity]:
    """The entities of the cluster, typed, variants merged, with every sentence naming them."""
    out = [Entity(name=c.name, type=c.type, aliases=c.aliases, sources=c.sources) for c in candidates(cluster)
           if c.type and c.name.lower() not in BARE_BODIES]
    out.sort(key=lambda e: (-len({s.doc for s in e.sources}), -len(e.sources), e.name))
    return out


# Classifiers written before a company's or a paper's name, no part of it ("tập đoàn Nandan Terry", "báo Tiền
# Phong"); "Tờ" even capitalised, as it opens a sentence ("Tờ The Times of India"). General usage; the
# annotations name such bodies by the capitalised name (abmusu-train-012, abmusu-validation-006).
_CLASSIFIERS = ("tập đoàn", "công ty", "ngân hàng", "báo", "hãng", "hãng tin", "tờ", "đài", "kênh", "Tờ")


def _without_classifier(name: str) -> str | None:
    """The name after a classifier ("Nandan Terry" for "tập đoàn Nandan Terry"), or None."""
    head = next((c for c in sorted(_CLASSIFIERS, key=len, reverse=True) if name.startswith(c + " ")), None)
    rest = name[len(head) + 1:] if head else ""
    return rest if rest[:1].isupper() and rest.split(" ")[0].lower() not in ORG_HEADS else None


def _without_built_head(name: str) -> str | None:
    """A built place's name without its word ("cầu Phú Mỹ" -> "Phú Mỹ"), or None."""
    words = name.split(" ")
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[:n]).lower() in BUILT_PLACE_HEADS and words[n][:1].isupper() \
                and (words[0].islower() or n > 1):  # not "Cầu Giấy", "Chợ Lớn": places named so
            return " ".join(words[n:])
    return None


def _merge_classified(groups: dict, union) -> None:
    """ "báo Yomiuri Shimbun" is "Yomiuri Shimbun": a name after its classifier and the bare name are one."""
    for k, ms in groups.items():
        bare = next((b for b in map(_without_classifier, {m.name for m in ms}) if b), None)
        if bare and _key(bare) in groups:
            union(_key(bare), k)


def _drop_works(mentions: list[Mention]) -> list[Mention]:
    """Mentions that are no title of a work: a name seen as a title once is a title everywhere in the
    cluster ("bệ phóng HIMARS" … "Về HIMARS"), unless it is a known place or organisation ("ca khúc
    'Việt Nam ơi'" drops that mention only)."""
    titles = {_title_key(m.name) for m in mentions if m.work and m.name.lower() not in PLACES | ORGS | ORG_STANDALONE}
    return [m for m in mentions if not m.work and _title_key(m.name) not in titles]


def _title_key(name: str) -> str:
    """A work's name up to case, spaces and dots, accents kept: "hạng Nhất" is no "Nhật" (Nhật Bản's short form)."""
    return re.sub(r"[\s.]", "", name.lower())


def _shouted_word(name: str, common: set[str]) -> bool:
    """A word in capitals that the cluster also writes in lower case ("SAU", "ĐIỂM"): a headline, no acronym."""
    return " " not in name and name.isupper() and len(name) > 2 and name.lower() in common


def _key(name: str) -> str:
    """Names that differ only in spaces, dots, case or accents (or are two forms of one place) share this key."""
    name = country_core(name) or name  # "Vương quốc Anh" is "Anh", "Cộng hòa liên bang Đức" is "Đức"
    squeezed = fold(name).replace(" ", "")
    if squeezed in PLACE_FORMS:
        return fold(PLACE_FORMS[squeezed]).replace(" ", "")
    if squeezed in ORG_FORMS:
        return ORG_FORMS[squeezed]
    if squeezed in PERSON_FORMS:
        return fold(PERSON_FORMS[squeezed]).replace(" ", "")
    return re.sub(r"(?<=\w)[-–,](?=\w)", "", squeezed)  # "… đường bộ - đường sắt" is "… đường bộ, đường sắt"


def _vote(ms: list[Mention]) -> str | None:
    """The type most mentions were given by a rule; a tie goes to the weak guesses ("tập đoàn Yahoo" once,
    "Yahoo" read once as a person and nine times guessed an organisation)."""
    kinds = Counter(m.type for m in ms if m.type) or Counter(m.guess for m in ms if m.guess)
    ranked = kinds.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        tied = {k for k, n in ranked if n == ranked[0][1]}
        guesses = Counter(m.guess for m in ms if m.guess in tied).most_common(1)
        if guesses:
            return guesses[0][0]
    return ranked[0][0] if ranked else None


def _canonical(names: Counter, kind: str) -> str:
    """The fullest name: most syllables (not an acronym), then most frequent."""
    full = [n for n in names if not _ACRONYM.match(n)] or list(names)
    full = [n for n in full if not n.lower().startswith(COMMITTEES)] or full  # the body, not its committee
    return max(full, key=lambda n: (len(n.split()), names[n], n))


def _also_in(cluster: Cluster, names: Counter, named: dict) -> list:
    """Sentences that write one of the names (two syllables or more, or an acronym of 3+ letters),
    not only inside a longer name found there ("Hoàng Liên Sơn" in "Cục … khu vực Hoàng Liên Sơn")."""
    written = [n for n in names if (len(n.split()) > 1 or (_ACRONYM.match(n) and len(n) > 2))
               and not n.startswith(("châu ", "cao tốc "))]  # refine.py reads every sentence for these
    patterns = [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)(?!\s+[{UPPER}])") for n in written]
    out = []
    for s in cluster.sentences:
        hits = [n for n, p in zip(written, patterns) if p.search(s.text)]
        longer = [m for m in named.get((s.article_index, s.position), []) if m not in names]
        if any(not any(n in m for m in longer) or s.text.count(n) > sum(m.count(n) for m in longer) for n in hits):
            out.append(src(s))
    return out
