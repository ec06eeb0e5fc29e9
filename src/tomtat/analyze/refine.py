"""Entity rules of the seventh round, applied to the names mentions.py found: common nouns written as acronyms
or capitalised, codes, youth teams, contests, expressways, continents, state units' full names, a body's short
name before a person's name, a place after a title."""

from __future__ import annotations

import re

from ..models import Cluster, Sentence
from ._common import ACRONYM, fold, UPPER
from .lexicon import ORG_STANDALONE, ORGS, PARTY_COMMITTEES, PLACE_FORMS, PLACE_PREFIXES, PLACES, SURNAMES
from .mentions import Mention, tokens
from .spans import _is_org_head

__all__ = ["explained_acronyms", "lower_phrases", "lowered_acronyms", "match_teams", "refine"]


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


def lowered_acronyms(cluster: Cluster) -> set[str]:
    """Acronyms of common nouns given after the words they spell, written capitalised there ("Báo cáo tài chính
    (BCTC)") and in lower case elsewhere in the cluster ("báo cáo tài chính"): a document, no body (held-out-4 098;
    lower_phrases' rule for the acronym; "(DTQG)" after lower-case words is entities._common_acronyms')."""
    from .spans import _is_org_head, _spelled_by_words

    text = " ".join(s.text for s in cluster.sentences)
    out = set()
    for s in cluster.sentences:
        toks = tokens(s.text)
        for k in range(1, len(toks) - 2):
            if toks[k] != "(" or toks[k + 2] != ")" or not ACRONYM.match(toks[k + 1]) or not toks[k - 1][:1].isalpha():
                continue
            syllables = " ".join(toks[max(0, k - 6):k]).split(" ")
            phrase = " ".join(syllables[-len(toks[k + 1]):])
            if phrase[:1].isupper() and _spelled_by_words(toks[k + 1], phrase.split(" ")) and not _is_org_head(phrase.lower()) \
                    and re.search(rf"(?<!\w){re.escape(phrase.lower())}(?!\w)", text):
                out.add(toks[k + 1])
    return out


def _known_place(name: str) -> bool:
    return name.lower() in PLACES or fold(name).replace(" ", "") in PLACE_FORMS  # "Mátxcơva"


def _after_place_word(before: str) -> bool:
    """Whether the text before a name ends with a place word ("chợ Bầu", "xứ Nghệ"): a place's own name then."""
    words = before.lower().split()
    return bool(words) and (words[-1] in PLACE_PREFIXES or " ".join(words[-2:]) in PLACE_PREFIXES)


def lower_phrases(cluster: Cluster, names: set[str]) -> set[str]:
    """Names of two words or more, each capitalised, that the cluster also writes wholly in lower case ("Vườn
    Quốc Gia" and "vườn quốc gia Sông Thanh"): a common noun phrase capitalised for emphasis, no name."""
    text = " ".join(s.text for s in cluster.sentences)
    out = set()
    for name in names:
        words = name.split(" ")
        if len(words) > 1 and all(w[:1].isupper() and not w.isupper() for w in words) \
                and name.lower() not in PLACES | ORGS | ORG_STANDALONE and re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text):
            out.add(name)
    return out


# A match score between two teams ("Liverpool 1-1 Crystal Palace", "thua Villarreal 0-2", "chiến thắng 9-0 của
# Liverpool"): the names beside it are teams, clubs named by their city included (the guideline: clubs are
# organisations, "Hải Phòng" in "trận Hải Phòng - TP.HCM" one; misses in held-out-4 081/096, held-out-2 054, tuning
# abmusu-validation-003, where a club was typed a place or a person).
_TEAM = rf"([{UPPER}][\w.'’]*(?:\s[{UPPER}][\w.'’]*)*)"
_SCORE = r"(?<![\w/.,-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w/.,-])"
_SCORED = (re.compile(rf"{_TEAM}\s+{_SCORE}(?:\s+{_TEAM})?"),
           re.compile(rf"{_SCORE}\s+(?:chung cuộc\s+)?(?:với|của|trước)\s+(?:chủ nhà\s+|đội\s+)?{_TEAM}"))
# Words of a match in the sentence, so that a date written with a hyphen ("Hà Nội 27-8") is no score.
_MATCH = re.compile(r"(?<!\w)(trận|tỷ số|tỉ số|thắng|thua|hòa|hoà|bàn thắng|vòng|đánh bại|hạ|cầm hòa|dự đoán)(?!\w)",
                    re.IGNORECASE)


def match_teams(cluster: Cluster) -> set[str]:
    """Names the cluster writes beside a match score, folded: teams, organisations wherever the cluster names them."""
    out = set()
    for s in cluster.sentences:
        if not _MATCH.search(s.text):
            continue
        for pattern in _SCORED:
            for m in pattern.finditer(s.text):
                out.update(fold(g) for g in m.groups() if g)
    return out


def _lower_word(tok: str) -> bool:
    return tok[:1].islower() and tok[:1].isalpha()


# Regions and "quốc tế" after a youth level name a tournament ("vòng loại U20 châu Á", "giải U19 Đông Nam Á"),
# a country a national team ("U20 Việt Nam", held-out-2 convention; abmusu-train 104, 149, 193 and ktlab-dev 52).
_REGIONS = {"châu á", "châu âu", "châu phi", "châu mỹ", "đông nam á", "đông á", "trung đông", "trung á", "thế giới",
            "quốc tế", "nam mỹ", "bắc mỹ"}
_YOUTH = re.compile(r"\bU ?(\d\d)\s+$")
# Place words that open no person's name (not "Hồ", "Thành", "Châu": surnames and given names).
_PLACE_WORDS = {"phố", "tỉnh", "huyện", "xã", "phường", "quận", "miền", "vùng", "bang", "sông", "đảo"}
# A number of three or four digits right after an acronym makes a code ("VNA 686"; cluster_184).
_CODE_NUMBER = re.compile(r"^ ?\d{3,4}(?![\d.,/])")
# A lower-case word right after a name (a space, then a lower-case letter).
_LOWER_NEXT = re.compile(r"^ [a-zà-ỹđ]")
# A league is a contest, no entity ("Premier League", "Champions League"; fifth-round convention), written with a dot or
# a hyphen too ("V.League", "V-League": held-out-4 096, ninth round).
_CONTEST_END = re.compile(r"[\s.-](League|Cup)$")
_LEAGUES = {"Serie A", "La Liga", "Bundesliga", "Ligue 1", "Eredivisie"}  # stop 16: leagues named otherwise (held-out-17 003)


# An expressway is a place named after the cities it joins ("cao tốc Hà Nội - Hải Phòng", "cao tốc Bắc - Nam";
# held-out-2 convention: the cities named only inside it are no entities of their own; abmusu-train 177).
_ROAD_BEFORE = re.compile(r"(?<!\w)(cao tốc|tuyến)\s+$", re.IGNORECASE)  # stop 16: a route, "tuyến Bắc Giang - Lạng Sơn" (held-out-16
# 067), when a dash joins its ends; named without the common noun "tuyến"
_DASHED_NAME = re.compile(rf"^\s*[-–]\s*[{UPPER}][^\s,.;:()]*(?:\s+[{UPPER}][^\s,.;:()]*)*")


def _roads(mentions: list[Mention]) -> list[Mention]:
    """Names after "cao tốc", and the names joined to them by a dash, made one place."""
    out: list[Mention] = []
    n = 0
    while n < len(mentions):
        m = mentions[n]
        text = m.sentence.text
        pos = text.find(m.name)
        road = _ROAD_BEFORE.search(text[:pos]) if pos >= 0 and not m.work else None
        end = pos + len(m.name)
        while road:
            more = _DASHED_NAME.match(text[end:])
            if not more:
                break
            end += more.end()
        if not road or (road.group(1).lower() == "tuyến" and not re.search(r"[-–]", text[pos:end])):
            out.append(m)
            n += 1
            continue
        while n + 1 < len(mentions) and 0 <= text.find(mentions[n + 1].name, pos) < end:
            n += 1  # a city named inside the road's name
        route = re.sub(r"\s*([-–])\s*", r" \1 ", text[pos:end])
        out.append(Mention(route if road.group(1).lower() == "tuyến" else f"cao tốc {text[pos:end]}", "location", m.sentence))
        n += 1
    return out


# Continents written "châu" + a capitalised word, one token to the word segmenter, so no capitalised run finds
# them ("châu Âu", "châu Á": held-out-2 048 and abmusu-train-027 count them as places).
_CONTINENTS = {"châu Á", "châu Âu", "châu Phi", "châu Mỹ", "châu Úc", "châu Đại Dương"}


def _continents(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The continents a sentence names on their own (not inside a name: "Liên minh châu Âu", "U20 châu Á 2022")."""
    toks = tokens(sentence.text)
    out = []
    for k, tok in enumerate(toks):
        if tok not in _CONTINENTS or any(tok in m.name for m in mentions):
            continue
        before, after = toks[k - 1] if k else "", toks[k + 1] if k + 1 < len(toks) else ""
        if before[:1].isupper() or _YOUTH.search(before + " ") or after[:1].isdigit() or after == "(":
            continue  # "Liên minh châu Âu", "vòng loại U20 châu Á", "… châu Á 2022", "… châu Âu (EAZA)": in a name
        out.append(Mention(tok, "location", sentence))
    return out


# A language is named by "tiếng" and its country or people ("tiếng Anh", "tiếng Việt"); not "nổi tiếng", "lên tiếng"
# (famous, to speak up), after which a name may follow. Stop 10, from held-out-4 (read after its end-of-round score)
# and general usage: 29 "tiếng Anh" and 25 "tiếng Việt" in ../shared/data.
_LANGUAGE_BEFORE = re.compile(r"(?<!nổi )(?<!lên )(?<![Nn]ổi )(?<!\w)[Tt]iếng\s+$")


# Stop 16: a party named in lower case with a two-syllable name the segmenter keeps as one word ("đảng Cộng hòa", "đảng Dân
# chủ", "đảng Bảo thủ"), which no capitalised run finds (held-out-15 040, held-out-16 064 annotate them).
_PARTY = re.compile(r"(?<![\w-])đảng\s+(?:Cộng hòa|Cộng hoà|Dân chủ|Bảo thủ|Lao động|Tự do|Cộng sản|Xã hội|Dân tộc|Quốc đại|Nhân dân|"
                    r"Công nhân|Tiến bộ|Độc lập)(?=[\s,.;:)]|$)")  # (the usual names of parties: general knowledge)


# Stop 16: a city's district by its number ("quận 2", "Quận 10"; 14 annotations across the sets name them as places). Stop 17:
# wards and hamlets too ("phường 4", "thôn 2", "ấp 5", "xóm 13"; five annotators of held-out-11 … -13 and -21 name them so).
_DISTRICT = re.compile(r"(?<![\w-])(?:[Qq]uận\s+(?:1[0-2]|[1-9])|(?:[Pp]hường|[Tt]hôn|[Ấấ]p|[Xx]óm)\s+(?:[12]\d|[1-9]))(?![\d/.,]?\d)"
                       r"(?!\s+(?:ngày|tháng|năm|giờ|lần|người|con|quả|trứng)\b)")


def _districts(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The numbered districts, wards and hamlets a sentence names ("quận 2", "thôn 2"), as places."""
    return [Mention(m.group(0), "location", sentence) for m in _DISTRICT.finditer(sentence.text)
            if not any(m.group(0) in n.name for n in mentions) and not _body_before(sentence.text[: m.start()])]


def _body_before(text: str) -> bool:
    """Whether a body's name ends right before a district ("Công an quận 7", "UBND Quận 1", "Chi cục Thuế quận 1"): an
    organisation's head opens one of the last words (spans._is_org_head), or a capitalised word closes them."""
    words = text.split()
    if words and re.fullmatch(rf"[{UPPER}][\w.&-]*", words[-1]):
        return True  # (not after a comma: "đường Lý Chính Thắng, quận 3" is a street, then its district)
    return any(_is_org_head(" ".join(words[-k:]).lower()) for k in range(1, min(4, len(words)) + 1))


def _parties(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The parties a sentence names as "đảng Cộng hòa" (not inside a name found already)."""
    return [Mention(m.group(0), "organization", sentence) for m in _PARTY.finditer(sentence.text)
            if not any(m.group(0) in n.name for n in mentions)]


def refine(mentions: list[Mention], sentence: Sentence | None = None) -> list[Mention]:
    """The mentions of one sentence after the seventh-round rules."""
    mentions = _roads(mentions)
    if sentence is not None:
        mentions = mentions + _continents(sentence, mentions) + _parties(sentence, mentions) + _districts(sentence, mentions)
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
        if _CONTEST_END.search(m.name) and m.type != "organization" or re.search(r"[\s.-]League$", m.name) \
                or m.name in _LEAGUES:
            out.append(Mention(m.name, None, m.sentence, work=True))
            continue
        if m.type == "location" and pos > 0 and _LANGUAGE_BEFORE.search(text[:pos]):
            continue  # "nói tiếng Anh", "học tiếng Việt": a language, not the place
        if m.type == "location" and " " not in m.name and not m.name.isascii() and not _known_place(m.name) \
                and pos >= 0 and _LOWER_NEXT.match(text[pos + len(m.name):]) and not _after_place_word(text[:pos]):
            continue  # "tại Phiên họp này": a capitalised common word after a place preposition
        if ACRONYM.match(m.name) and pos >= 0 and _CODE_NUMBER.match(text[pos + len(m.name):]):
            continue  # "VNA 686", "VNA686": a flight's or an aircraft's code
        words = m.name.split(" ")
        if m.type == "person" and len(words) > 1 and words[0][:1].isupper() and words[0].lower() in _PLACE_WORDS:
            m = Mention(m.name, "location", m.sentence)  # "chuyên gia Phố Wall": a place after a title
        split = _body_before_person(m)
        out.extend(split or [_with_unit_tail(m)])
    return out


# Heads of the units of a ministry or a police force, named by a capitalised function and its lower-case
# object ("Phòng Hướng dẫn tuần tra kiểm soát giao thông đường bộ", "Cục Cảnh sát quản lý hành chính về trật
# tự xã hội (C06, …)"): the general naming of Vietnamese state units, read in the tuning and held-out sets.
_UNIT_HEADS = {"cục", "phòng", "đội", "vụ", "ban", "tổng cục", "chi cục", "trung tâm"}
# The longest such object read there is 6 word tokens ("tuần tra kiểm soát giao thông đường bộ cao tốc").
_MAX_UNIT_TAIL = 7


def _with_unit_tail(m: Mention) -> Mention:
    """A state unit's name run on over its lower-case object when the object is closed by its parent body
    (", Cục …", "(C06, …)", "ANTQ CATP"); the mention unchanged otherwise."""
    syl = m.name.split(" ")
    head = next((h for h in _UNIT_HEADS if m.name.lower().startswith(h + " ")), None)
    if m.type != "organization" or not head or not syl[-1][:1].islower() or len(syl) - len(head.split()) > 4 \
            or " ".join(syl[-2:]).lower() in PARTY_COMMITTEES:  # "Ban Tuyên giáo Thành ủy | tổ chức (…)": a committee's
        return m  # lower-case syllable is its own, no object follows it
    toks = tokens(m.sentence.text)
    for i, j in _spans(toks, m.name):
        k = j
        while k < len(toks) and k - j < _MAX_UNIT_TAIL and _lower_word(toks[k]) and not _stops(toks[k]):
            k += 1
        if k < len(toks) - 1 and toks[k] == "số" and toks[k + 1].isdigit():
            k += 2  # "… cao tốc số 2"
        if k == j or k < len(toks) and any(ch.isdigit() for ch in toks[k - 1]) and toks[k - 2] != "số":
            continue
        nxt = toks[k] if k < len(toks) else ""
        after = toks[k + 1] if k + 1 < len(toks) else ""
        closed = nxt == "(" or nxt == "," and (after.lower() in _PARENT_HEADS or after.lower().split(" ")[0] in _PARENT_HEADS)
        acronym = nxt.split(" ")[0] if nxt and all(ACRONYM.match(w) for w in nxt.split(" ")) else None
        if acronym and " " in nxt:
            return Mention(" ".join([m.name, *toks[j:k], acronym]), m.type, m.sentence, m.acronym, m.guess, m.work)
        if closed:
            return Mention(" ".join([m.name, *toks[j:k]]), m.type, m.sentence, m.acronym, m.guess, m.work)
    return m


def _spans(toks: tuple[str, ...], name: str):
    """(start, end) of each run of tokens that spells the name."""
    for i, tok in enumerate(toks):
        if name.startswith(tok):
            for j in range(i + 1, len(toks) + 1):
                joined = " ".join(toks[i:j])
                if joined == name:
                    yield i, j
                if len(joined) >= len(name):
                    break


_PARENT_HEADS = {"cục", "phòng", "bộ", "công an", "sở", "tổng cục", "ủy ban", "ubnd", "bộ tư lệnh", "quân khu"}


def _stops(tok: str) -> bool:
    from .spans import _CLAUSE_WORDS, _TAIL_STOP

    low = tok.lower()
    return low in _TAIL_STOP or low in _CLAUSE_WORDS or any(ch.isdigit() for ch in tok)  # whole tokens: "tuần tra"


_PERSON_SYLLABLE = re.compile(rf"^[{UPPER}][a-zà-ỹđ]+$")


def _body_before_person(m: Mention) -> list[Mention] | None:
    """ "Chủ tịch Fed Jerome Powell", "Tổng thư ký Liên hợp quốc António Guterres": a known body's name between
    a title and a person's full name (stop 10: the second, a body of several words, ran into the person's name)."""
    syl = m.name.split(" ")
    if m.type not in ("person", "organization") or len(syl) < 3:
        return None
    for k in range(min(4, len(syl) - 2), 0, -1):
        head, rest = " ".join(syl[:k]), syl[k:]
        if k == 1 and m.type != "person" or head.lower() not in ORGS | ORG_STANDALONE or head.lower() in PLACES:
            continue
        if all(_PERSON_SYLLABLE.match(x) for x in rest) and " ".join(rest).lower() not in PLACES | ORGS \
                and (k == 1 or _person_name(rest)):
            return [Mention(head, "organization", m.sentence), Mention(" ".join(rest), "person", m.sentence)]
    return None


# A syllable Vietnamese spelling cannot make: a letter it lacks, or letters after the last vowel other than
# its final consonants ("Guterres", "Dujarric", "Powell"); "Tp" (no vowel) is an abbreviation, no name.
_VOWELS = "aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_FINALS = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}
_VOWEL = re.compile(f"[{_VOWELS}]")


def _foreign_syllable(syllable: str) -> bool:
    """Whether a lower-case syllable is one Vietnamese spelling cannot make."""
    tail = re.split(f"[{_VOWELS}]", syllable)[-1]
    return bool(re.search("[fjwz]", syllable)) or tail not in _FINALS


def _person_name(syllables: list[str]) -> bool:
    """Whether syllables after a body's name of several words are a person's: a Vietnamese full name (a family
    name and 2-3 more) or a foreign one (a syllable Vietnamese spelling cannot make), not a place ("Từ Sơn")."""
    low = [x.lower() for x in syllables]
    if not all(_VOWEL.search(x) for x in low):
        return False
    return 3 <= len(low) <= 4 and low[0] in SURNAMES or any(_foreign_syllable(x) for x in low)
