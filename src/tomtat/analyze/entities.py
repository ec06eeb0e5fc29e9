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
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..models import Cluster, Sentence
from ._common import ACRONYM as _ACRONYM
from ._common import UPPER, fold, merge_sources, src
from .lexicon import (
    ADMIN_WORDS, COUNTRY_HEADS, FALSE_HEADS, NOT_NAMES, ORG_HEADS, ORGS, ORG_PREFIXES, ORG_STANDALONE, PERSON_TITLES, PLACE_ACRONYMS, PLACE_FORMS,
    BARE_BODIES, BRANDS, DOCUMENT_WORDS, ENGLISH_WORDS, FOREIGN_ORG_WORDS, GENERIC_ORG_WORDS, GLUED_OPENERS, MIDDLE_NAME_SYLLABLES,
    PRODUCT_WORDS, WESTERN_ORDER_SURNAMES, PLACE_PREFIXES, PLACE_PREFIXES_KEPT, PLACE_PREPOSITIONS, PLACES, SURNAMES, TEAM_CONTEXT, TITLE_DOMAINS,
)
from .lexicon import ENTITY_TITLES
from .merge import (
    merge_acronym_forms, merge_initials, merge_org_prefixes, merge_org_short_names, merge_people, merge_place_suffix, merge_word_order,
)
from .context import coordinated_guesses, person_core, piece_of_longer_name, plural_title
from .models import Entity
from .notnames import _COUNTED, _UNIT_NUMBER, _is_work, _plural_body
from .spans import (
    _CLAUSE_WORDS, _NAME_START, _TAIL_STOP, SPELLED_ORG_SPAN, _body_then_person, _glued_place, _is_org_head, _name_like,
    _org_tail, _spelled_by_words, _spelled_to_acronym,
)

PERSON_TITLES = PERSON_TITLES | ENTITY_TITLES  # this module's own, wider list (lexicon.ENTITY_TITLES)
_INITIAL_AFTER = {":", "“", '"', "”", "'", "-", "–", "…", ".", "+", "*", "•", "●"}  # "+ Trình …": a list item opens


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """underthesea word tokens of a sentence, case kept."""
    from underthesea import word_tokenize

    return tuple(word_tokenize(text))


@dataclass
class Mention:
    """One name found in one sentence."""

    name: str
    type: str | None
    sentence: Sentence
    acronym: str | None = None
    guess: str | None = None  # a weak type for a name no rule types (used only when no mention has a type)
    work: bool = False  # inside the title of a work, show, contest or weapon ("MV 'X'", "Hoa hậu … 2022")


def _type_of(toks: list[str], prev: str) -> tuple[str | None, list[str]]:
    """The type of a run of tokens and the tokens of the name itself (title or prefix removed)."""
    if len(toks) == 1 and toks[0].lower() in PLACES and (prev in PLACE_PREPOSITIONS or prev in PLACE_PREFIXES):
        return "location", toks  # "tại Anh", "nước Anh": not the title "anh"
    titled = prev in PERSON_TITLES
    while toks and (toks[0].lower() in PERSON_TITLES or titled and toks[0].lower() in TITLE_DOMAINS
                    or toks[0].lower() in _TITLE_RANKS and len(toks) > 1 and toks[1].lower() in PERSON_TITLES):
        titled, toks = True, toks[1:]  # "Bộ trưởng Công an …": a domain after a title; "Công an huyện X" is a body
    if not toks:
        return None, toks
    name = " ".join(toks)
    low = name.lower()
    if fold(name).replace(" ", "") in PLACE_FORMS:
        return "location", toks
    glued = _GLUED_PLACE.match(name)
    if glued and not glued.group(2).isupper():
        return "location", [glued.group(2)]  # "TP.Hà Tĩnh", "H.Nghi Xuân": a place word's abbreviation glued on
    if low in NOT_NAMES or _ROMAN.match(name) or (" " in name and name == name.upper()):
        return None, []  # an all-capitals run of words is a headline, not a name
    if low in ORG_STANDALONE or low in ORGS:
        return "organization", toks
    if toks[0].lower() in FALSE_HEADS:
        return None, []  # "Hội Nghị phát triển…": a common word, capitalised
    if low in PLACES and prev not in ORG_PREFIXES:
        return "location", toks  # "Trường Sa", "Hội An": a place whose first syllable is also a head
    if any(low.startswith(h + " ") for h in COUNTRY_HEADS) and low.split(" ", 2)[-1] in PLACES:
        return "location", toks  # "Vương quốc Anh"
    if name.startswith("The ") or _CAMEL.match(name):
        return "organization", toks  # "The Guardian", "CoinMarketCap": publications, companies
    if _is_org_head(low):
        head = next(h for h in sorted(ORG_HEADS, key=len, reverse=True) if low == h or low.startswith(h + " "))
        rest = name.split(" ")[len(head.split()):]
        while rest and rest[0].lower() in ADMIN_WORDS:
            rest = rest[1:]
        if " ".join(rest).lower() in GENERIC_ORG_WORDS or all(r.lower() in GENERIC_ORG_WORDS for r in rest):
            return None, []  # "Công ty CP", "Trường Đại học": a kind of body
        if rest and _NAME_START.match(rest[0]):  # "Bộ Giáo dục", not "Hội nghị", "Cơ quan chức năng"
            return "organization", toks
        return None, []
    if _ACRONYM.match(name) and " " not in name and titled:
        return "organization", toks  # "Phó Giám đốc CATP": the body of a title
    if prev == "kênh" and name.isascii():
        return "organization", toks  # "kênh ITV", "kênh MUTV": a television channel, not a canal
    if low in PLACES or prev in PLACE_PREFIXES:
        return "location", toks
    if toks[0].lower() in PLACE_PREFIXES and len(toks) > 1:
        rest_type, rest = _type_of(toks[1:], toks[0].lower())
        return rest_type, rest
    if prev in ORG_PREFIXES or prev in TEAM_CONTEXT:
        return "organization", toks
    if titled:
        return "person", toks
    words = name.lower().split(" ")
    if len(words) > 1 and name.isascii() and any(w in FOREIGN_ORG_WORDS for w in words):
        return "organization", toks  # "Bamboo Airways", "Lehman Brothers"
    if len(words) > 1 and (words[0] in BRANDS or name.isascii() and words[0] in ORGS) and " ".join(words[1:]) not in PLACES:
        return None, []  # "Toyota Vios", "Airbus A320", "Google Maps": a product
    if _ACRONYM.match(name) and " " not in name:
        return ("location" if low in PLACE_ACRONYMS else "organization"), toks
    syllables = low.split()
    if syllables[0] in SURNAMES and 2 <= len(syllables) <= 4:
        return "person", toks
    if prev in PLACE_PREPOSITIONS and prev not in MOTION_WORDS:
        return "location", toks
    if prev == "theo":
        return "organization", toks  # "Theo RT, …": a news source
    return None, toks


_ROMAN = re.compile(r"^[IVXLC]+$")
# Heads of a channel or page on a platform ("Kênh Telegram X", "Trang Facebook X"): the name is X.
_CHANNEL_HEADS = {"kênh", "trang", "tài khoản", "fanpage"}
# Words before a title that make a rank of it ("Phó | Thủ tướng", "Nguyên | Bộ trưởng").
_TITLE_RANKS = {"phó", "nguyên", "cựu", "tân", "quyền"}
# A place word's abbreviation glued by a dot to the name ("TP.Thuận An", "H.Bình Chánh", "Q.12" is no name).
_GLUED_PLACE = re.compile(rf"^(TP|Tp|H|Q|P|X|TX|TT)\.\s?([{UPPER}].*)$")
# "từ", "đến", "tới", "sang" before a name: a place or a club, a company, a competition ("đến Sociedad",
# "từ Facebook"), so they give a weak type only; "ở", "tại" stay strong. Demoted after reading train
# lines 22-100 (competitions, clubs, brands typed as places); no change on the tuning set's names.
MOTION_WORDS = {"từ", "đến", "tới", "sang"}
# A model or product code ("FX-570 MS", "NT-570ES", "A320"): letters glued to digits, no name.
_MODEL = re.compile(rf"^[{UPPER}]{{1,5}}-?\s?\d")
# Organisation heads some outlets write in lower case before the capitalised name ("bệnh viện Chợ Rẫy",
# "viện Lúa đồng bằng sông Cửu Long", "bộ Y tế"); "trung tâm Hà Nội" is a place phrase, not a body.
LOWER_ORG_HEADS = {"bệnh viện", "viện", "trường đại học", "đại học", "học viện", "trung tâm", "bộ", "sở",
                   "tổng cục", "ủy ban", "uỷ ban", "công ty", "tập đoàn", "ngân hàng", "trường", "báo"}
# Heads whose body may be named after a place ("bệnh viện Việt Nam – Thụy Điển"); after the others
# a place is a phrase ("công ty Nga" = Russian companies, "trung tâm TP Uông Bí").
_PLACE_NAMED_HEADS = {"bệnh viện", "viện", "trường đại học", "đại học", "trường"}
# A body's code in a parenthesis after its name ("Phòng Cảnh sát Hình sự (PC02)").
_CODE_ACRONYM = re.compile(rf"^[{UPPER}]{{2,}}\d{{1,3}}$")
# One word with a capital inside ("CoinMarketCap", "YouTube"): a company, site or brand.
_CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")
# Heads whose name may open with another head: "Bộ Công an", "Học viện Cảnh sát Nhân dân",
# "Trường Đại học Y" (read in general news usage; elsewhere a second head starts a new name).
_HEADS_OVER_HEADS = {"bộ", "học viện", "trường", "đại học", "trường đại học", "viện", "bệnh viện", "sở", "ban"}
# A word that opens a new name: a run stops before it (": Bình Dương Lực lượng chức năng").
_STOP_AFTER_DASH = {"trưởng", "phó", "ủy", "uỷ", "giám", "chủ", "bí", "tổng", "chính", "thứ", "nguyên", "cựu", "đại",
                    "người"}  # "– Người phát ngôn": a title in apposition


def _prev_words(toks: tuple[str, ...], i: int) -> str:
    """The one or two lower-case words before token i that may be a title or a place word."""
    if i > 1 and f"{toks[i - 2]} {toks[i - 1]}".lower() in PLACE_PREFIXES | PERSON_TITLES | ORG_PREFIXES | LOWER_ORG_HEADS:
        return f"{toks[i - 2]} {toks[i - 1]}".lower()
    return toks[i - 1].lower() if i > 0 else ""


def _run_end(toks: tuple[str, ...], i: int, common: set[str]) -> int:
    """Where the capitalised run starting at token i ends (exclusive)."""
    org = _is_org_head(toks[i].lower())
    j = i + 1
    while j < len(toks):
        t = toks[j]
        if _MODEL.match(t):
            break  # "Casio | FX-570 MS": a model code ends the name
        if _name_like(t):
            if toks[j - 1].endswith(".") and len(toks[j - 1]) > 1 and t.lower() in common:
                break  # "HĐND TP. | Theo đó": the dot ended the sentence
            if t.lower() in PERSON_TITLES and t.upper() == t and len(t) > 1 and " " not in t:
                break  # "Bộ Y tế | PGS.TS Nguyễn …": an abbreviated title opens a person's name
            if j > i and _is_org_head(t.lower()) and t.lower() not in PLACES \
                    and not (j == i + 1 and toks[i].lower() in _HEADS_OVER_HEADS and not _ACRONYM.match(t)):
                break  # a new organisation's name starts here ("Đội CSGT | Công an TP Thủ Dầu Một")
            j += 1
        elif t in "-–" and j + 1 < len(toks) and _name_like(toks[j + 1]) and toks[j + 1].lower() not in common \
                and toks[j + 1].lower().split()[0] not in _STOP_AFTER_DASH and not _ACRONYM.match(toks[j - 1]):
            j += 1  # "Bà Rịa – Vũng Tàu"
        elif org and t.lower() in ADMIN_WORDS and j + 1 < len(toks) and _name_like(toks[j + 1]):
            j += 1  # "Công an huyện Lý Nhân"
        elif org and t == "và" and j - i >= 2 and j + 1 < len(toks) and _domain_word(toks[j + 1], common) \
                and _domain_word(toks[j - 1], common):
            j += 1  # "Cục Cạnh tranh và Bảo vệ người tiêu dùng": two fields of one body
        else:
            break
    return j


def _domain_word(token: str, common: set[str]) -> bool:
    """A capitalised common noun naming a body's field ("Cạnh tranh", "Môi trường"): written in lower case
    elsewhere in the cluster or a known field, and no place, head, title or person's name."""
    low = token.lower()
    return _name_like(token) and (low in common or low in TITLE_DOMAINS) and low not in PLACES \
        and not _is_org_head(low) and low not in PERSON_TITLES and not _ACRONYM.match(token)


def _trim(run: list[str], org: bool) -> list[str]:
    """Cut a run at a token that glues a name to a lower-case word ("Quyên nhượng", "Vũ bị")."""
    if org:  # "Sở Y tế | TP.HCM cảnh báo": an acronym glued to the verb after it keeps the acronym only
        run = [t.split(" ")[0] if k and "." in t.split(" ")[0] and _ACRONYM.match(t.split(" ")[0]) and " " in t
               and all(p[:1].islower() for p in t.split(" ")[1:]) else t for k, t in enumerate(run)]
        parts = run[-1].split(" ") if len(run) > 1 else []
        caps = next((n for n, p in enumerate(parts) if not p[:1].isupper()), len(parts))
        if 2 <= caps < len(parts) and all(p[:1].islower() for p in parts[caps:]):
            run = run[:-1] + [" ".join(parts[:caps])]  # "Cục Hải quan tỉnh | Điện Biên phá": a verb glued to a place
        return run
    for k, t in enumerate(run):
        if t.lower() in PERSON_TITLES | TITLE_DOMAINS | PLACE_PREFIXES or _is_org_head(t.lower()) \
                or any(t.lower().startswith(h + " ") for h in COUNTRY_HEADS):
            continue
        parts = t.split(" ")
        lower = [n for n, p in enumerate(parts) if p[:1].islower() or p[:1].isdigit()]
        if lower and t.lower() not in PLACES:
            # "Quyên nhượng" keeps nothing: one capitalised syllable glued to lower-case ones is a
            # capitalised common word ("Bảo tàng", "Tượng đài") as often as a name.
            return run[:k] + ([" ".join(parts[: lower[0]])] if lower[0] > 1 else [])
    return run


def _mentions(sentence: Sentence, common: set[str]) -> list[Mention]:
    toks = tokens(sentence.text)
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        if not _name_like(toks[i]) or _MODEL.match(toks[i]) or (i > 0 and toks[i - 1] in "/-" and i > 1 and toks[i - 2][:1].isdigit()) \
                or (i + 1 < len(toks) and toks[i + 1] == "/") \
                or (i + 2 < len(toks) and toks[i + 1] in "-–" and toks[i + 2][:1].isdigit()):  # "FX - 580VN"
            i += 1  # not a name, or part of a code ("06/2019/TT-BGDĐT")
            continue
        j = _run_end(toks, i, common)
        if toks[i].lower() in DOCUMENT_WORDS or toks[i].lower().split()[0] in DOCUMENT_WORDS:  # "Luật Phòng, chống …"
            i = j
            continue
        # "St . Petersburg": a short token, a dot and a name are one name.
        while j + 1 < len(toks) and toks[j] == "." and len(toks[j - 1]) <= 3 and _name_like(toks[j + 1]) \
                and toks[j + 1].lower() not in common:  # "HĐND TP. Theo …": a new sentence, not "TP. Hồ Chí Minh"
            j = _run_end(toks, j + 1, common)
        if _is_work(toks, i, j):  # the whole title, kept so that a name written inside it ("Hoa hậu Hoàn
            out.append(Mention(" ".join(toks[i:j]), None, sentence, work=True))  # Vũ Việt Nam 2022") does
            i = j  # not count this sentence (_also_in), then dropped (_drop_works)
            continue
        run = [t for t in toks[i:j]]
        last = run[-1].split(" ")
        if last[-1].lower() in GLUED_OPENERS and (len(run) > 1 or len(last) > 1) and j < len(toks) and toks[j][:1].islower() \
                and not _is_org_head(run[0].lower()):  # "Công ty TNHH Một thành viên" keeps its "Một"
            run = run[:-1] + ([" ".join(last[:-1])] if len(last) > 1 else [])  # "Syria Trong | cuộc hội đàm": an opener glued on
        run = " ".join(run).replace(" . ", ".").split(" ") if "." in run else run
        initial = i == 0 or toks[i - 1] in _INITIAL_AFTER
        first = toks[i].split(" ")
        if initial and j > i + 1 and len(first) > 1 and all(p[:1].islower() for p in first[1:]) \
                and toks[i].lower() not in PERSON_TITLES | PLACE_PREFIXES and not _is_org_head(toks[i].lower()):
            i += 1  # "Người dân | TP.Hồ Chí Minh": a common word opening the sentence, then a name
            continue
        if initial and run and run[0].lower() in common and run[0].lower() not in PERSON_TITLES \
                and not _is_org_head(run[0].lower()) and run[0].lower() not in PLACE_PREFIXES:
            run = run[1:]
        untrimmed = list(run)
        run = _trim(run, bool(run) and _is_org_head(run[0].lower()))
        cut = bool(run) and run != untrimmed[: len(run)]  # the last word was cut out of a token ("Luật Bảo| hiểm")
        prev = _prev_words(toks, i)
        if prev == "theo" and i > 1 and any(ch.isalpha() for ch in toks[i - 2]):
            prev = f"{toks[i - 2].lower()} theo"  # "mang theo Thẻ dự thi": a verb's "theo", not "Theo RT, …"
        spelled = _spelled_to_acronym(toks, i) if len(run) == 1 and _is_org_head(run[0].lower()) else None
        if spelled:  # "Hiệp hội vườn thú và thủy cung Đông Nam Á (SEAZA)"
            out.append(Mention(" ".join(toks[i:spelled]), "organization", sentence, toks[spelled + 1]))
            i = spelled + 3
            continue
        if not run:
            i = max(j, i + 1)
            continue
        if prev in PLACE_PREFIXES_KEPT:
            kind, name_toks = "location", [f"{prev} {' '.join(run)}"]
        elif prev in LOWER_ORG_HEADS and prev.islower() and f"{toks[i - 2] if i > 1 else ''} {toks[i - 1]}".lower().endswith(prev) \
                and f"{toks[i - 2] if i > 1 else ''} {toks[i - 1]}".endswith(prev) \
                and not (run[0].lower() in PLACES | PLACE_PREFIXES and prev not in _PLACE_NAMED_HEADS) and run[0].lower() not in PERSON_TITLES | _OPENERS \
                and not all(r.lower() in GENERIC_ORG_WORDS for r in run) \
                and not _is_org_head(" ".join(run).lower()):
            head = toks[i - 1] if toks[i - 1].lower() == prev else f"{toks[i - 2]} {toks[i - 1]}"
            kind, name_toks = "organization", [f"{head} {' '.join(run)}"]
            run = name_toks[0].split(" ")  # so that the name may go on in lower case ("viện Lúa đồng bằng …")
        else:
            kind, name_toks = _type_of(run, prev)
            if kind == "person" and prev in PERSON_TITLES and plural_title(toks, i, j, prev):
                kind = "organization"  # "Các cầu thủ Chelsea": a body, its people many
            if kind == "organization" and prev in ORG_PREFIXES and run[0].lower() in common and len(run[0].split()) == 1:
                kind, name_toks = None, []  # "tờ Phiếu …": a classifier and a common word, capitalised
            syl = " ".join(name_toks).split(" ")
            if kind == "organization" and len(syl) > 2 and syl[0].lower() in _CHANNEL_HEADS and syl[1].lower() in ORGS:
                name_toks = [" ".join(syl[2:])]  # "Kênh Telegram Kazakhstan Now": the channel's own name
            elif len(syl) > 1 and prev in _CHANNEL_HEADS and syl[0].lower() in ORGS and kind != "person":
                kind, name_toks = "organization", [" ".join(syl[1:])]  # "kênh Telegram Kazakhstan Now"
        # "Giám đốc BV Bạch Mai Đào Xuân Cơ": after a title, a body's name then the person's.
        last = name_toks[-1].split(" ") if name_toks else []
        if kind == "organization" and (prev in PERSON_TITLES or run[0].lower() in PERSON_TITLES) and len(name_toks) >= 2 and 2 <= len(last) <= 4 \
                and (last[0].lower() in SURNAMES or all(x.isascii() for x in last)) and all(_NAME_START.match(x) for x in last) \
                and not _ACRONYM.match(name_toks[-1]) and name_toks[-1].lower() not in PLACES \
                and name_toks[-2].lower() not in ADMIN_WORDS | PLACE_PREFIXES:  # "UBND huyện Tuy An": the body's place
            out.append(Mention(name_toks[-1], "person", sentence))
            name_toks = name_toks[:-1]
        elif kind == "organization" and len(name_toks) >= 2:
            split = _body_then_person(" ".join(name_toks).split(" "))
            if split:  # "Bộ Y tế Afghanistan Sharafat Zaman", "Ban Bí thư Võ Văn Thưởng"
                out.append(Mention(split[1], "person", sentence))
                name_toks = [split[0]]
        # "Tổng thư ký NATO Jens Stoltenberg": a body's acronym between title and name.
        first = " ".join(name_toks).split(" ")
        if kind == "person" and len(first) > 1 and _ACRONYM.match(first[0]) and len(first[0]) > 1:
            out.append(Mention(first[0], "location" if first[0].lower() in PLACE_ACRONYMS else "organization", sentence))
            name_toks = [" ".join(first[1:])]
            if name_toks[0].lower() in PLACES:
                kind = "location"  # "Chủ tịch nước CHXHCN Việt Nam": a country after the acronym
        if kind == "person":
            name_toks = person_core(name_toks, PERSON_TITLES)
        # "Tổng thống Nga Vladimir Putin": a country between title and name is a place of its own.
        if kind == "person":
            syl = " ".join(name_toks).split(" ")
            for n in (3, 2, 1):
                if len(syl) > n and " ".join(syl[:n]).lower() in PLACES and (len(syl) > n + 1 or syl[-1].isascii()):
                    # ("Mỹ Tâm", "Mỹ Linh" are given names: one Vietnamese syllable is left after the place)
                    out.append(Mention(" ".join(syl[:n]), "location", sentence))
                    name_toks = [" ".join(syl[n:])]
                    break
        if kind is None and len(name_toks) == 1 and "-" in name_toks[0] \
                and all(p.strip().lower() in PLACES for p in name_toks[0].split("-")):
            places = [p.strip() for p in name_toks[0].split("-")]  # "Brazil-Serbia": a match, two places
            out.extend(Mention(p, "location", sentence) for p in places[:-1])
            kind, name_toks = "location", [places[-1]]
        if kind is None and len(name_toks) >= 3 and any(t in ("–", "-") for t in name_toks[1:-1]):
            parts = _dash_parts(name_toks, prev)  # "Phan Hiển – Khánh Thi", "Hậu Giang – Cà Mau": two names
            if parts:
                out.extend(Mention(n, k, sentence, guess=g) for n, k, g in parts[:-1])
                name_toks, kind = [parts[-1][0]], parts[-1][1]
        if kind in (None, "location") and name_toks:
            glued = _glued_place(" ".join(name_toks).split(" "))
            if glued:  # "Senkaku Trung Quốc", "Việt Nam Gareth Ward": a place, then another name
                out.append(Mention(glued[0], "location", sentence))
                kind, name_toks, prev = glued[1], [glued[2]], ""  # the word before was the place's
        if kind == "organization" and _plural_body(toks, i, j, LOWER_ORG_HEADS):
            name_toks = []  # "các trường CAND", "28/34 Sở Y tế": a kind of body, many of them
        if name_toks and len(" ".join(name_toks).strip(".")) > 1:
            name = " ".join(name_toks).replace(" - ", " – ").rstrip(".").rstrip(" -–")
            acronym = None
            # "Tổ chức Hiệp ước an ninh tập thể (CSTO)": an organisation's name may go on in lower
            # case up to the parenthesis that gives its acronym.
            k = j
            while kind == "organization" and k < min(len(toks), j + 6) and toks[k][:1].islower() \
                    and toks[k].lower() not in _TAIL_STOP | _CLAUSE_WORDS:
                k += 1  # not over a clause: "Cục Thống kê Hà Nội | vừa công bố chỉ số giá tiêu dùng (CPI)"
            if k + 2 < len(toks) and toks[k] == "(" and toks[k + 2] == ")" and (
                    _ACRONYM.match(toks[k + 1]) or kind == "organization" and _CODE_ACRONYM.match(toks[k + 1])) \
                    and not _spelled_by_words(toks[k + 1], toks[j:k]):
                acronym = toks[k + 1]
                name = " ".join([name, *toks[j:k]])
            elif kind == "organization" and name == " ".join(run) and len(run) > 1:
                tail = _org_tail(toks, j)  # "Trung tâm Kiểm soát | bệnh tật tỉnh Hà Nam"
                if tail:
                    name = " ".join([name, *toks[j:j + tail]])
                    j += tail
            if kind == "organization" and j < len(toks) and _UNIT_NUMBER.match(toks[j]) and toks[j - 1][:1].isupper() \
                    and " " in name and (j + 1 == len(toks) or toks[j + 1].lower() not in _COUNTED and not toks[j + 1].isupper()):
                name, j = f"{name} {toks[j]}", j + 1  # "Bộ tư lệnh Quân đoàn 4", "Bệnh viện 108": the number is the name's
            guess = _guess(name_toks, initial, common) if kind is None and not cut else None
            if guess and piece_of_longer_name(toks, i, j):
                guess = None  # "Ernst & Young", "Love and Thunder", "'Home'": no name of its own
            if kind is None and not cut and prev in MOTION_WORDS and guess != "location" and _guess(name_toks, False, set()):
                guess = "location"  # "đến Guadalajara": a place more often than not, but "đến Sociedad" is a club
            out.append(Mention(name, kind, sentence, acronym, guess))
        i = max(j, i + 1)
    listed = coordinated_guesses([(m.name, m.type) for m in out if not m.work], sentence.text)
    for m in out:
        if m.type is None and m.name in listed and (" " not in m.name if m.guess else _listable(m.name)):
            m.guess = listed[m.name]  # a one-word weak type, or a name that had none
    return out


def _listable(name: str) -> bool:
    """Whether an untyped name may take the type of the names it is listed with: two capitalised
    syllables or more, no acronym, no title first ("Phó Chánh"), no product word ("Note II")."""
    syl = name.split()
    return len(syl) > 1 and all(_NAME_SYLLABLE.match(x) and not _ACRONYM.match(x) for x in syl) \
        and syl[0].lower() not in _TITLE_PARTS | PERSON_TITLES and not any(x.lower() in PRODUCT_WORDS for x in syl)


def _dash_parts(name_toks: list[str], prev: str) -> list[tuple[str, str | None, str | None]] | None:
    """The names a dash joins in a run no rule types, each typed on its own, when every part is typed
    by a rule or is a name of two syllables or more; None otherwise (the run stays one untyped name)."""
    parts, cur = [], []
    for t in [*name_toks, "–"]:
        if t in ("–", "-"):
            if not cur:
                return None
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    out = []
    for n, part in enumerate(parts):
        kind, toks = _type_of(part, prev if n == 0 else "")
        name = " ".join(toks)
        if not toks or kind is None and len(name.split()) < 2:
            return None
        out.append((name, kind, _guess(toks, False, set()) if kind is None else None))
    return out


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


# Function words that often open a sentence, capitalised there only ("Song Barca…", "Chiều 14/7…").
_OPENERS = {
    "theo", "các", "những", "một", "song", "nhưng", "tuy", "và", "khi", "sau", "trước", "tại", "ở", "với", "chiều",
    "sáng", "tối", "trưa", "đêm", "ngày", "hôm", "nếu", "dù", "do", "vì", "trong", "từ", "đến", "bước", "ngay",
    "khoảng", "rạng", "nhờ", "đoạn", "riêng", "còn", "thế", "đây", "đó", "hiện", "mới", "cũng", "vào", "qua",
}


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
    plain = _common_acronyms(cluster)
    mentions = [m for s in cluster.sentences for m in _mentions(s, common)
                if m.name not in plain and not _shouted_word(m.name, common)]
    named: dict[tuple[int, int], list[str]] = defaultdict(list)
    for m in mentions:
        named[(m.sentence.article_index, m.sentence.position)].append(m.name)
    mentions = _drop_works(mentions)
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
            groups[akey].append(Mention(m.acronym, m.type or "organization", m.sentence))
            parent.setdefault(akey, akey)
            union(key, akey)
    kinds = {k: _vote(ms) for k, ms in groups.items()}
    merge_word_order(groups, union)
    merge_people(groups, kinds, union, find)
    merge_acronym_forms(groups, kinds, union, find)
    merge_initials(groups, kinds, union)
    merge_place_suffix(groups, kinds, union, find, _key)
    merge_org_short_names(groups, kinds, union, find, ORG_HEADS | LOWER_ORG_HEADS)
    merge_org_prefixes(groups, kinds, union, find)
    merged: dict[str, list[Mention]] = defaultdict(list)
    for k, ms in groups.items():
        merged[find(k)].extend(ms)
    out: list[Candidate] = []
    for ms in merged.values():
        names = Counter(m.name for m in ms)
        name = _canonical(names, _vote(ms) or "")
        sources = merge_sources([src(m.sentence) for m in ms], _also_in(cluster, names, named))
        aliases = {fold(n): n for n in sorted(names, key=lambda n: -names[n]) if fold(n) != fold(name)}
        out.append(Candidate(name, _vote(ms), sorted(aliases.values()), sources, ms))
    return out


def entities(cluster: Cluster) -> list[Entity]:
    """The entities of the cluster, typed, variants merged, with every sentence naming them."""
    out = [Entity(name=c.name, type=c.type, aliases=c.aliases, sources=c.sources) for c in candidates(cluster)
           if c.type and c.name.lower() not in BARE_BODIES]
    out.sort(key=lambda e: (-len({s.doc for s in e.sources}), -len(e.sources), e.name))
    return out


def _drop_works(mentions: list[Mention]) -> list[Mention]:
    """Mentions that are no title of a work: a name seen as a title once is a title everywhere in the
    cluster ("bệ phóng HIMARS" … "Về HIMARS"), unless it is a known place or organisation ("ca khúc
    'Việt Nam ơi'" drops that mention only)."""
    titles = {_key(m.name) for m in mentions if m.work and m.name.lower() not in PLACES | ORGS | ORG_STANDALONE}
    return [m for m in mentions if not m.work and _key(m.name) not in titles]


def _shouted_word(name: str, common: set[str]) -> bool:
    """A word in capitals that the cluster also writes in lower case ("SAU", "ĐIỂM"): a headline, no acronym."""
    return " " not in name and name.isupper() and len(name) > 2 and name.lower() in common


def _key(name: str) -> str:
    """Names that differ only in spaces, dots, case or accents (or are two forms of one place) share this key."""
    low = name.lower()
    for head in COUNTRY_HEADS:  # "Vương quốc Anh" is "Anh"
        if low.startswith(head + " ") and low[len(head) + 1:] in PLACES:
            name = name[len(head) + 1:]
    squeezed = fold(name).replace(" ", "")
    return fold(PLACE_FORMS[squeezed]).replace(" ", "") if squeezed in PLACE_FORMS else squeezed


def _vote(ms: list[Mention]) -> str | None:
    kinds = Counter(m.type for m in ms if m.type) or Counter(m.guess for m in ms if m.guess)
    return kinds.most_common(1)[0][0] if kinds else None


_TITLE_PARTS = {"phó", "trưởng", "tổng", "nguyên", "cựu"}  # first syllables of titles, never of a place
_FOREIGN_WORD = re.compile(r"^[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?$")
_NAME_SYLLABLE = re.compile(rf"^[{UPPER}][^\W\d_]*(?:-[{UPPER}][^\W\d_]*)?$")


def _guess(toks: list[str], initial: bool, common: set[str]) -> str | None:
    """A weak type for a name no rule types: a Vietnamese-spelt pair of syllables is a place
    ("Nông Cống"), a foreign-spelt name a person ("Memphis Depay", "Lewandowski"); None for
    anything that holds a common word, a title, a known place, a digit, or one word opening a sentence."""
    if any(t.lower() in common or t.lower() in PERSON_TITLES or t.lower() in PLACES or _is_org_head(t.lower()) for t in toks):
        return None
    if toks[0].lower().split()[0] in _TITLE_PARTS:
        return None  # "Phó Trưởng | Công an …": a title cut from its body
    syllables = " ".join(toks).split()
    if not all(_NAME_SYLLABLE.match(x) for x in syllables) or any(_ACRONYM.match(x) for x in syllables):
        return None
    if len(syllables) == 1:
        # One foreign word with no title nor first name is a brand, company or club as often as a
        # person ("Grab", "Napoli" against "Raphinha" in the tuning set; "Yahoo", "Android" in train
        # lines 60-140): organisation. A person's surname alone still joins the full name (merge.py).
        return "organization" if not initial and _FOREIGN_WORD.match(syllables[0]) else None
    if all(x.isascii() for x in syllables):
        return None if any(x.lower() in ENGLISH_WORDS | PRODUCT_WORDS for x in syllables) else "person"
    if len(syllables) != 2 or any(x.isascii() for x in syllables):
        return None
    low = [x.lower() for x in syllables]
    return "person" if low[0] in MIDDLE_NAME_SYLLABLES or low[1] in WESTERN_ORDER_SURNAMES else "location"


def _canonical(names: Counter, kind: str) -> str:
    """The fullest name: most syllables (not an acronym), then most frequent."""
    full = [n for n in names if not _ACRONYM.match(n)] or list(names)
    return max(full, key=lambda n: (len(n.split()), names[n], n))


def _also_in(cluster: Cluster, names: Counter, named: dict) -> list:
    """Sentences that write one of the names (two syllables or more, or an acronym of 3+ letters),
    not only inside a longer name found there ("Hoàng Liên Sơn" in "Cục … khu vực Hoàng Liên Sơn")."""
    written = [n for n in names if len(n.split()) > 1 or (_ACRONYM.match(n) and len(n) > 2)]
    patterns = [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)(?!\s+[{UPPER}])") for n in written]
    out = []
    for s in cluster.sentences:
        hits = [n for n, p in zip(written, patterns) if p.search(s.text)]
        longer = [m for m in named.get((s.article_index, s.position), []) if m not in names]
        if any(not any(n in m for m in longer) or s.text.count(n) > sum(m.count(n) for m in longer) for n in hits):
            out.append(src(s))
    return out
