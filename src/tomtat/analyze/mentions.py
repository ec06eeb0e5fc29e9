"""Names found in one sentence: capitalised runs of word tokens, cut, split and typed (kinds.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import Sentence
from ._common import ACRONYM as _ACRONYM, fold, name_case, UPPER
from .context import _PARTICLES as NAME_PARTICLES
from .context import coordinated_guesses, person_core, piece_of_longer_name, plural_title, quoted_title, real_name
from .kinds import _guess, _listable, _type_of, MOTION_WORDS, person_act, PERSON_TITLES, product_model
from .lexicon import (
    ADMIN_WORDS, BUILT_PLACE_HEADS, COUNTRY_HEADS, COUNTRY_QUALIFIERS, CROSSINGS, DOCUMENT_WORDS, FIELD_HEADS,
    GENERIC_ORG_WORDS, GLUED_OPENERS, GLUED_TIME_OPENERS, NOT_NAMES, ORG_HEADS, ORG_PREFIXES, ORG_STANDALONE, ORGS, PARTY_COMMITTEES,
    PLACE_ACRONYMS,
    PLACE_FORMS, PLACE_PREFIXES, PLACE_PREFIXES_KEPT, PLACES, SURNAMES, TITLE_DOMAINS, UN_NAMES, VENUE_HEADS,
)
from .notnames import _COUNTED, _is_work, _plural_body, _UNIT_NUMBER
from .spans import (
    _body_then_person, _CLAUSE_WORDS, GLUED_NAME, _glued_place, _is_org_head, lower_field_end, _name_like, _NAME_START,
    _org_tail, _spelled_by_words, _spelled_to_acronym, _TAIL_STOP,
)

_INITIAL_AFTER = {":", "“", '"', "”", "'", "-", "–", "…", ".", "+", "*", "•", "●"}  # "+ Trình …": a list item opens


# A web outlet's name with its domain ("Avia.pro", "VnExpress.net", "Kenh14.vn"), which word_tokenize cuts at the dot.
_DOMAIN_NAME = re.compile(rf"[{UPPER}][\w-]*\.[a-z]{{2,6}}(?![\w.])")


_COMMITTEE_PREFIXES = {"Đảng", "Thành", "Tỉnh", "Huyện", "Quận", "Thị"}


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """underthesea word tokens of a sentence, case kept; an outlet's name and its domain stay one token."""
    from underthesea import word_tokenize

    out: list[str] = []
    domains = set(_DOMAIN_NAME.findall(text))
    for token in word_tokenize(text):
        if len(out) >= 2 and out[-1] == "." and f"{out[-2].rsplit(' ', 1)[-1]}.{token}" in domains:
            out[-2:] = [f"{out[-2]}.{token}"]
        elif out and out[-1].split(" ")[-1] in _COMMITTEE_PREFIXES and token.split(" ")[0] in ("ủy", "uỷ"):
            parts, rest = out[-1].split(" "), token.split(" ")  # "Đảng | ủy", "Tuyên giáo Thành | ủy", "Thành | ủy tổ chức":
            out[-1:] = [" ".join(parts[:-1])] * (len(parts) > 1) + [f"{parts[-1]} {rest[0]}"]  # a party committee cut by
            out.extend([" ".join(rest[1:])] * (len(rest) > 1))  # the segmenter
        elif out and out[-1].lower() in ("liên hợp", "liên hiệp") and token.split(" ")[0].lower() == "quốc":
            rest = token.split(" ")  # "Liên hợp | quốc họp": the United Nations cut by the segmenter (found probing, stop 15)
            out[-1] = f"{out[-1]} {rest[0]}"
            out.extend([" ".join(rest[1:])] * (len(rest) > 1))
        elif out and token[:1].islower() and " " not in out[-1] and out[-1][:1].isupper() \
                and f"{out[-1]} {token}".lower() in _CUT_HEADS:
            out[-1] = f"{out[-1]} {token}"  # stop 20: a title or a venue's head the segmenter cut ("Phó | Viện | trưởng", "Nhà |
            # thi đấu | Tây Hồ"; held-out-35 abmusu-train-185, -038), joined again when its first word is capitalised
        elif token in _HEAD_ENDS and (k := next((n for n in (1, 2) if len(out) >= n and out[-n][:1].isupper()
                                                 and " ".join(out[-n:]).lower() == _HEAD_ENDS[token]), 0)):
            out[-k:] = [f"{' '.join(out[-k:])} {token}"]  # a body's head cut by the segmenter (_HEAD_ENDS)
        elif " " in token and (head := token.split(" ", 1))[0].isupper() and len(head[0]) > 1 \
                and head[0].lower() in PERSON_TITLES and head[1][:1].isupper():
            out.extend(head)  # "MC Quỳnh Châu" glued by the segmenter: the title, then the name (stop 16, held-out-15 055)
        else:
            out.extend(_lower_then_name(token, bool(out) and out[-1][:1].isupper()))
    return _with_particles(_name_glued_to_verb(_title_then_body(out)))


# Stop 17: heads of bodies that the segmenter cuts ("Cổng Thông tin | điện tử Chính phủ", "Cổng | thông tin | điện tử",
# "Đồn | biên phòng Cửa Đại": held-out-21 181 and 187), by their last word: joined again when written with a capital.
_HEAD_ENDS = {"điện tử": "cổng thông tin", "biên phòng": "đồn"}
# Titles and venues' heads of two words or more, joined again when the segmenter cuts them after a capitalised first word.
_CUT_HEADS = {h for h in PERSON_TITLES | VENUE_HEADS if " " in h}
# A company's legal form, before its own name ("Công ty CP | Vietnam Blockchain": no person after a title's body; stop 17).
_LEGAL_FORMS = {"cp", "cổ phần", "tnhh", "mtv", "jsc"}
# Titles the segmenter glues to the head of the body they lead ("Trưởng Ban | Kinh tế Trung ương"): with a capitalised head
# and a name after it, the body is named and its head belongs to it (stop 17, held-out-21 181; general usage).
_TITLE_THEN_BODY = {"Trưởng Ban", "Phó Trưởng Ban", "Phó Ban", "Trưởng Phòng", "Phó Trưởng Phòng"}


def _title_then_body(toks: list[str]) -> list[str]:
    """Split "Trưởng Ban" into the title and the body's head when a name follows."""
    out: list[str] = []
    for k, token in enumerate(toks):
        if token in _TITLE_THEN_BODY and k + 1 < len(toks) and toks[k + 1][:1].isupper():
            out.extend(token.rsplit(" ", 1))
        else:
            out.append(token)
    return out


# Verbs and auxiliaries that often follow a person's name (a closed list of general usage): only these are cut off a name.
_VERBS_AFTER_NAMES = {"hát", "nói", "kể", "đã", "đang", "sẽ", "vừa", "cũng", "là", "có", "được", "bị", "cho", "thì", "và",
                      "chia", "trả", "nhận", "bày", "tiết", "khẳng", "xuất", "tham", "biểu", "lên", "đến", "về", "gặp"}


def _two_word_body(toks: tuple[str, ...], i: int) -> bool:
    """Whether toks[i:i + 2] is a known body of two capitalised common words ("Kiểm toán Nhà nước", "Thanh tra Chính phủ")
    with nothing of its name after it (a place or a region after it is read as usual: "Kho bạc Nhà nước tỉnh X")."""
    if i + 1 >= len(toks) or not (toks[i][:1].isupper() and toks[i + 1][:1].isupper()) \
            or f"{toks[i]} {toks[i + 1]}".lower() not in ORGS:
        return False
    after = toks[i + 2] if i + 2 < len(toks) else ""
    return not (_name_like(after) or after.lower() in PLACE_PREFIXES or after == "khu vực") if after else True


def _acronym_after(toks: tuple[str, ...], k: int) -> str | None:
    """The acronym in a parenthesis at toks[k] ("(NHNN)"), or None."""
    return toks[k + 1] if k + 2 < len(toks) and toks[k] == "(" and toks[k + 2] == ")" and _ACRONYM.match(toks[k + 1]) else None


def _name_glued_to_verb(toks: list[str]) -> list[str]:
    """The last syllable of a titled person's name cut from the verb the segmenter glued it to ("Ca sĩ | Mỹ | Tâm hát",
    "ca sĩ | Hà Anh | Tuấn hát"; eighteenth round, found probing titles: a person's name holds no lower-case syllable)."""
    out = list(toks)
    for k in range(len(out) - 1, 0, -1):
        parts = out[k].split(" ")
        upper = next((n for n, p in enumerate(parts) if not p[:1].isupper()), len(parts))
        if upper >= 2 and len(parts) == upper + 1 and parts[-1].isalpha() and parts[-1][:1].islower() \
                and (" ".join(parts[:upper]).lower() in PLACES or parts[-1] in _TAIL_STOP):  # ("xã | Bình Hưng cử": a verb)
            out[k:k + 1] = [" ".join(parts[:upper]), parts[-1]]  # "tỉnh | Hậu Giang nguyện": a place holds no lower-case
            continue  # syllable, the next word was glued on (stop 16, held-out-15 044)
        if not 0 < upper < len(parts) or not all(p.isalpha() and p[:1].islower() for p in parts[upper:]) \
                or parts[upper] not in _VERBS_AFTER_NAMES:
            continue
        named = k > 1 and upper == 1 and out[k - 2].lower() in PERSON_TITLES and not _is_org_head(out[k - 1].lower()) \
            and all(p[:1].isupper() for p in out[k - 1].split(" "))  # "Ca sĩ | Mỹ | Tâm hát", not "Bộ trưởng | Bộ | Y tế"
        if named:  # (a token right after a title is not cut: "Thủ tướng | Chính phủ", "Bí thư | Tỉnh ủy")
            out[k:k + 1] = [" ".join(parts[:upper]), " ".join(parts[upper:])]
    return out


# Particles inside Western names, in lower case ("Erik ten Hag", "Virgil van Dijk", "Ursula von der Leyen", "Lula da
# Silva"), which the segmenter glues to a neighbour: one name when both neighbouring words are capitalised Latin words
# (twelfth round: held-out-7 054 and held-out-9 025 miss such names; general usage).
# (Not the particles that are Vietnamese words too, "do", "y", "la", "le": "Moscow do Putin lãnh đạo" is no name.)
_PARTICLES = NAME_PARTICLES - {"do", "y", "la", "le", "al", "el"}
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+$")


def _with_particles(toks: list[str]) -> tuple[str, ...]:
    """The tokens with each name particle joined to the capitalised words around it."""
    words = [w for t in toks for w in t.split(" ")]
    if not _PARTICLES.intersection(words):
        return tuple(toks)
    out = list(toks)
    k = 0
    while k < len(out):
        parts = out[k].split(" ")
        joined = False
        for n, word in enumerate(parts):
            if word not in _PARTICLES or 0 < n < len(parts) - 1:
                continue  # (a particle inside a token is joined already)
            before = parts[n - 1] if n else (out[k - 1].split(" ")[-1] if k else "")
            after = parts[n + 1] if n + 1 < len(parts) else (out[k + 1].split(" ")[0] if k + 1 < len(out) else "")
            if (_LATIN_NAME.match(before) or before in _PARTICLES) and (_LATIN_NAME.match(after) or after in _PARTICLES):
                start = k - 1 if n == 0 else k
                end = k + 1 if n + 1 == len(parts) else k  # the token after joins too when the particle ends this one
                out[start:end + 1] = [" ".join(out[start:end + 1])]
                k, joined = start, True
                break
        if not joined:
            k += 1
    return tuple(out)


# A syllable Vietnamese spelling allows (onset, vowels, final consonant), marks folded away; a capitalised word that is none
# is a foreign name ("Viettel", "Samsung").
_VIETNAMESE_SYLLABLE = re.compile(r"^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")


def _foreign_name_glued(syllables: list[str]) -> bool:
    """Whether a token is a foreign name the segmenter glued to the Vietnamese word after it ("Viettel xuất": fourteenth
    round, held-out-11 028, a company's name lost); Vietnamese words that open a sentence ("Thanh niên") stay whole, and so do
    English phrases ("Once Upon a") and codes ("QR code")."""
    return len(syllables) >= 2 and bool(re.fullmatch(r"[A-Z][a-z]{3,}", syllables[0])) and not syllables[1].isascii() \
        and syllables[1][:1].islower() and not _VIETNAMESE_SYLLABLE.match(fold(syllables[0]))


def _acronym_glued(syllables: list[str]) -> bool:
    """Whether a token is an acronym the segmenter glued to the lower-case word after it ("Bộ | GD-ĐT lọc | ảo", held-out-34
    095; stop 20): no word is an acronym and then a lower-case Vietnamese syllable ("VTC online" is a company's name)."""
    return len(syllables) >= 2 and len(syllables[0]) > 1 and _ACRONYM.match(syllables[0]) is not None \
        and syllables[1][:1].islower() and not syllables[1].isascii()


def _lower_then_name(token: str, after_name: bool = False) -> list[str]:
    """A token the segmenter glued from a common word and the country after it ("tuyển Uruguay", "Tiền | đạo Uruguay"),
    cut in two, and a foreign name glued to the word after it ("Viettel | xuất"); place words ("châu Phi", "vương quốc Anh")
    and other tokens as they are (``after_name``: the token before is capitalised)."""
    syllables = token.split(" ")
    if _foreign_name_glued(syllables) or _acronym_glued(syllables):
        return [syllables[0], " ".join(syllables[1:])]
    cut = next((n for n in range(1, len(syllables)) if syllables[n - 1][:1].islower() and syllables[n][:1].isupper()), None)
    if cut is None:
        return [token]
    head, name = " ".join(syllables[:cut]), " ".join(syllables[cut:])
    if re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", name):
        return [head, name]  # "tứ Pierre-Emerick": a hyphenated Western given name is no Vietnamese word's part (stop 16)
    if re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]*", name) and not head.isascii() and not after_name:
        return [head, name]  # "tân binh NewJeans": no Vietnamese word has a capital inside (stop 20, held-out-34 094; an
        # English phrase, "trending YouTube", stays as the segmenter left it, and so does a name's lower-case word after its
        # capitals, "Công ty Quản lý | quỹ VinaCapital")
    if name.lower() not in PLACES or head.lower() in PLACE_PREFIXES or head.lower() in COUNTRY_HEADS:
        return [token]
    return [head, name]


@dataclass
class Mention:
    """One name found in one sentence."""

    name: str
    type: str | None
    sentence: Sentence
    acronym: str | None = None
    guess: str | None = None  # a weak type for a name no rule types (used only when no mention has a type)
    work: bool = False  # inside the title of a work, show, contest or weapon ("MV 'X'", "Hoa hậu … 2022")


# Heads of a channel or page on a platform ("Kênh Telegram X", "Trang Facebook X"): the name is X.
_CHANNEL_HEADS = {"kênh", "trang", "tài khoản", "fanpage"}


# A sentence opening "VN - …" after one reading "VOV." or "SGTT.": the ".VN" of the outlet's name (ktlab-dev
# datelines; 5 false "Việt Nam" in the tuning and old held-out sets, none meant as the country).
_DOMAIN_TAIL = re.compile(r"^(VN|Vn|vn|COM|Com|NET|Net)$")


# A model or product code ("FX-570 MS", "NT-570ES", "A320"): letters glued to digits, no name.
_MODEL = re.compile(rf"^[{UPPER}]{{1,5}}-?\s?\d")


# Organisation heads some outlets write in lower case before the capitalised name ("bệnh viện Chợ Rẫy",
# "viện Lúa đồng bằng sông Cửu Long", "bộ Y tế"); "trung tâm Hà Nội" is a place phrase, not a body.
LOWER_ORG_HEADS = {"bệnh viện", "viện", "trường đại học", "đại học", "học viện", "trung tâm", "bộ", "sở",
                   "tổng cục", "ủy ban", "uỷ ban", "công ty", "tập đoàn", "ngân hàng", "trường", "báo"}


# Heads whose body may be named after a place ("bệnh viện Việt Nam – Thụy Điển"); after the others
# a place is a phrase ("công ty Nga" = Russian companies, "trung tâm TP Uông Bí").
_PLACE_NAMED_HEADS = {"bệnh viện", "viện", "trường đại học", "đại học", "trường"}


# A body's short latin name in a parenthesis after its name ("Hiệp hội Dệt may Việt Nam (Vitas)", "(Vinatex)").
_SHORT_NAME = re.compile(r"^[A-Z][a-z]{2,}$")


# A body's code in a parenthesis after its name ("Phòng Cảnh sát Hình sự (PC02)").
_CODE_ACRONYM = re.compile(rf"^(?:[{UPPER}]{{2,}}\d{{1,3}}|[{UPPER}]\d{{2}})$")  # "PC03"; "C03", "A05" (police codes)


# Heads whose name may open with another head: "Bộ Công an", "Học viện Cảnh sát Nhân dân",
# "Trường Đại học Y" (read in general news usage; elsewhere a second head starts a new name).
_MISSIONS = {"đại sứ quán", "lãnh sự quán", "tổng lãnh sự quán"}
# Outlets named after the body that runs them ("Báo điện tử Chính phủ", "Cổng Thông tin điện tử Bộ Y tế", "Báo Quân đội
# nhân dân"): the body's name is the outlet's (stop 17, held-out-21 181; general usage).
_OUTLET_OF_BODY = {"báo", "báo điện tử", "cổng thông tin điện tử", "tạp chí", "tạp chí điện tử"}
_HEADS_OVER_HEADS = {"bộ", "học viện", "trường", "đại học", "trường đại học", "viện", "bệnh viện", "sở", "ban", "thanh tra"}


# ("Phòng/Cục/Đội Cảnh sát hình sự": a police unit's head then "Cảnh sát", one name; tuning misses, general usage.)


# A word that opens a new name: a run stops before it (": Bình Dương Lực lượng chức năng").
_STOP_AFTER_DASH = {"trưởng", "phó", "ủy", "uỷ", "giám", "chủ", "bí", "tổng", "chính", "thứ", "nguyên", "cựu", "đại",
                    "người"}  # "– Người phát ngôn": a title in apposition


# Function words that often open a sentence, capitalised there only ("Song Barca…", "Chiều 14/7…").
_OPENERS = {
    "theo", "các", "những", "một", "song", "nhưng", "tuy", "và", "khi", "sau", "trước", "tại", "ở", "với", "chiều",
    "sáng", "tối", "trưa", "đêm", "ngày", "hôm", "nếu", "dù", "do", "vì", "trong", "từ", "đến", "bước", "ngay",
    "khoảng", "rạng", "nhờ", "đoạn", "riêng", "còn", "thế", "đây", "đó", "hiện", "mới", "cũng", "vào", "qua",
    "cả",  # "Cả Sony và Samsung …" (ktlab-dev lines 30-57)
}


# A police unit named by its function after its head ("Phòng CSĐT tội phạm về ma túy", "Đội CSGT", "Cục CSHS"): one body
# (thirteenth round, held-out-10 019; the general naming of Vietnamese police units).
_UNIT_HEADS = {"phòng", "cục", "đội", "cơ quan", "trại", "tổng cục", "trung tâm"}
_UNIT_FUNCTIONS = {"csđt", "csgt", "cshs", "cskt", "csma túy", "pc", "pccc", "an ninh", "anđt", "csđtbl"}
_COMMITTEE_BOARDS = {"ban", "ủy ban", "uỷ ban", "ubkt", "văn phòng", "ban thường vụ", "ban chấp hành"}
_BLOC_WORDS = {"cơ sở", "các", "doanh nghiệp"}  # "Đảng ủy Khối cơ sở …", "Đảng ủy Khối các cơ quan …" (a bloc's committee)
_NOT_BUILT = {"điểm", "đầu", "các", "những", "nhiều"}  # "điểm cầu An Giang" (a video link), "các sân bay Pháp"


# Stop 16 (held-out-18 082): a highway is named after the city it leads to ("xa lộ Hà Nội", "đại lộ Thăng Long").
_CITY_NAMED_ROADS = {"xa lộ", "đại lộ"}


def _built_place(rest: list[str], common: set[str]) -> bool:
    """Whether the name after a built place's word is its own ("cầu Mỹ Thuận"), not a country or a city the place is in
    ("sân bay Pháp", "cảng Việt Nam"), nor a common word capitalised ("cầu Văn phòng")."""
    name = " ".join(rest).lower()
    return name not in PLACES and fold(name).replace(" ", "") not in PLACE_FORMS and rest[0].lower() not in common


def _party_body(toks: tuple[str, ...], i: int, j: int) -> bool:
    """Whether token j goes on a party body's name opened at i: a committee after its board ("Ban Thường vụ | Tỉnh ủy",
    "Ban Tuyên giáo | Quận ủy"), a body after its party committee ("Đảng ủy | Công an Trung ương")."""
    low, before = toks[j].lower(), toks[j - 1].lower()
    if low in PARTY_COMMITTEES and toks[i].lower() in _COMMITTEE_BOARDS:
        return True
    if j - 2 > i and toks[j - 2] == "Khối" and before in _BLOC_WORDS and (_is_org_head(low) or _name_like(toks[j])):
        return True  # "Đảng ủy Khối cơ sở | Bộ Xây dựng", "Ban Tuyên giáo Đảng ủy Khối các | Cơ quan Trung ương"
    if j - 2 > i and toks[j - 2].lower() in ("đảng ủy", "đảng uỷ") and before in _HEADS_OVER_HEADS and _is_org_head(low):
        return True  # "Đảng ủy Bộ | Công an"
    return j > i + 1 and before in ("đảng ủy", "đảng uỷ", "đảng bộ", "chi bộ") and _is_org_head(low) \
        and toks[i].lower() in _COMMITTEE_BOARDS  # "Ban Thường vụ Đảng ủy | Công an Gia Lai" (not a place's committee)
    # ("Đảng ủy | Công an Trung ương" opening the run: the body is named alone, its committee an alias of it by the
    # annotations' convention, merge.COMMITTEES)


def _prev_words(toks: tuple[str, ...], i: int) -> str:
    """The one or two lower-case words before token i that may be a title or a place word."""
    if i > 1 and f"{toks[i - 2]} {toks[i - 1]}".lower() in PLACE_PREFIXES | PERSON_TITLES | ORG_PREFIXES | LOWER_ORG_HEADS:
        return f"{toks[i - 2]} {toks[i - 1]}".lower()
    return toks[i - 1].lower() if i > 0 else ""


# A company's legal name: "Công ty" (or "Tổng công ty"), its legal form, its lines of business, often in lower case, and
# the name that closes it ("Công ty cổ phần Đầu tư và phát triển bất động sản Thế Kỷ", "Công ty xổ số kiến thiết Đà
# Nẵng"): the registered form of Vietnamese company names (Luật Doanh nghiệp), general usage. Lower-case words that
# end the stretch: clause words, prepositions and the words that end a body's tail (spans._TAIL_STOP).
_COMPANY_HEADS = {"công ty", "tổng công ty"}
_COMPANY_STOPS = _CLAUSE_WORDS | _TAIL_STOP | {"ở", "tại", "của", "với", "từ", "trên", "về", "vào", "theo", "đến", "do",
                                               "thì", "mà", "nhưng", "hay", "hoặc", "như", "để", "nên", "trong", "ngoài",
                                               "sau", "trước", "hơn", "mẹ", "con"}  # ("công ty mẹ", "công ty con": kinds)
_COMPANY_SPAN = 9  # tokens after the head: "cổ phần | Đầu tư | và | phát triển | bất động sản | Thế Kỷ" is 6


@lru_cache(maxsize=1024)
def _window_tags(window: tuple[str, ...]) -> tuple[str | None, ...]:
    """underthesea POS tags of a window of tokens (None each when the tagger cuts the words otherwise); cached, as
    `_mentions` reads a company's end twice, for the run and for its tail."""
    from underthesea import pos_tag

    tagged = pos_tag(" ".join(window))
    return tuple(tag for _, tag in tagged) if [w for w, _ in tagged] == list(window) else (None,) * len(window)


def _company_end(toks: tuple[str, ...], i: int, common: set[str]) -> int | None:
    """Where a company's legal name opened by "Công ty" at token i ends: after its last capitalised word before a stop
    (another body, a clause word, a preposition, a punctuation mark, a lower-case word after the proper name), when
    words stand between head and name; else None."""
    tags = _window_tags(toks[i: i + 1 + _COMPANY_SPAN])
    last, capital, joined, k = None, False, False, i + 1
    while k < min(len(toks), i + 1 + _COMPANY_SPAN):
        t, low = toks[k], toks[k].lower()
        if _name_like(t):
            if _is_org_head(low) and low not in GENERIC_ORG_WORDS or t == "Theo" or low in _CONNECTORS:
                break  # "… Đà Nẵng và | Công ty …": a second body
            if low not in GENERIC_ORG_WORDS:
                last, capital, joined = k + 1, True, False
        elif t in ("—", "–", "-", "&") and k + 1 < len(toks) and _name_like(toks[k + 1]):
            pass  # "Kiểm toán — Tư vấn Đất Việt"
        elif t == "và" and k + 1 < len(toks) and (toks[k + 1][:1].islower() or _domain_word(toks[k + 1], common)):
            joined = True  # "Đầu tư và phát triển bất động sản …": two lines of business, the second read to the name
        elif not t[:1].isalpha() or not t[:1].islower() or low in _COMPANY_STOPS or low.split(" ")[0] in _COMPANY_STOPS \
                or t == "và" or capital and not joined and tags[k - i] not in ("N", "A"):
            break  # ("… Phần mềm FPT | đầu tư …": after a capitalised word, only nouns and adjectives go on: a line of
            # business, "Dịch vụ | mặt đất sân bay | Việt Nam", not a verb)
        k += 1
    return last if last and last > i + 2 else None


def _run_end(toks: tuple[str, ...], i: int, common: set[str]) -> int:
    """Where the capitalised run starting at token i ends (exclusive)."""
    if toks[i].lower() in _COMPANY_HEADS and toks[i][:1].isupper():
        end = _company_end(toks, i, common)
        if end:
            return end
    org = _is_org_head(toks[i].lower())
    if org and toks[i].lower() in FIELD_HEADS:
        end = lower_field_end(toks, i)
        if end:
            return end
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
            if t[:1].isupper() and t.lower() in GLUED_TIME_OPENERS and j + 1 < len(toks) and toks[j + 1][:1].isdigit():
                break  # "đảo Senkaku | Ngày 11 tháng 10, …": a caption glued before the next sentence's date (stop 16)
            if t.lower() in _CONNECTORS or t == "Theo":
                break  # "Hà Huy Tập | Hơn nữa": a sentence glued on, its connector capitalised; "Hoàng Cường | Theo
                # Philstar": an author's byline, then its source (9 bylines so in ../shared/data; _mentions drops both)
            if t.lower() in _TERMS and j + 1 < len(toks) and _ROMAN_TERM.match(toks[j + 1]) or _TERM.match(t):
                break  # "Ban chấp hành Trung ương Đảng | Khóa XIII": a term of office, no part of the name
            if _party_body(toks, i, j):
                j += 1  # "Ban Thường vụ | Tỉnh ủy Gia Lai", "Đảng ủy | Công an Trung ương": one committee's name
                continue
            if j > i and t.lower() in UN_NAMES and toks[i].lower() in ORG_HEADS:  # (not "Hội đồng nhân quyền | Liên hợp
                # quốc (UNHRC)", a head glued to its field, which the acronym's spelling reads whole)
                j += 1  # "Hội đồng Bảo an | Liên hợp quốc": a body of the UN, named with it
                continue
            if j > i and _is_org_head(t.lower()) and t.lower() not in PLACES \
                    and not (j == i + 1 and toks[i].lower() in _HEADS_OVER_HEADS and not _ACRONYM.match(t)) \
                    and not (j == i + 2 and toks[i].lower() in _OUTLET_OF_BODY and toks[i + 1].lower() in _HEADS_OVER_HEADS
                             and not _ACRONYM.match(t)) \
                    and not (j == i + 1 and t.lower() == "cảnh sát") \
                    and not (j == i + 1 and t.lower() in _UNIT_FUNCTIONS and toks[i].lower() in _UNIT_HEADS) \
                    and not (t.lower() == "đảng" and toks[j - 1].lower() == "trung ương") \
                    and not (t.lower() == "quân đội" and toks[i].lower() in ("bệnh viện", "viện", "học viện")) \
                    and f"{toks[j - 1]} {t}".lower() not in ORGS \
                    and not (t.lower() in ("thượng viện", "hạ viện") and toks[i].lower() in ("ủy ban", "uỷ ban", "tiểu ban")) \
                    and not (j == i + 1 and toks[i].lower() in _OUTLET_OF_BODY):
                # ("Trung ương Đảng"; "Văn phòng Chính phủ", lexicon.py; seventeenth round: a chamber's committee, "Ủy ban Đối
                # ngoại Thượng viện", held-out-13 077; stop 21: the army's hospitals and institutes, "Bệnh viện Trung ương Quân đội
                # 108", held-out-37 cluster_195)
                break  # a new organisation's name starts here ("Đội CSGT | Công an TP Thủ Dầu Một")
            j += 1
        elif t == "&" and j + 1 < len(toks) and _name_like(toks[j + 1]):
            j += 1  # "Brighton & Hove Albion", "Tài nguyên & Môi trường": one name
        elif t == "bộ" and toks[j - 1].split(" ")[-1] in ("Nam", "Bắc", "Trung"):
            j += 1  # "Ban Tây Nam bộ", "Đông Nam bộ": a region written with "bộ" in lower case
        elif t in "-–" and j + 1 < len(toks) and _name_like(toks[j + 1]) and toks[j + 1].lower() not in common \
                and toks[j + 1].lower().split()[0] not in _STOP_AFTER_DASH and not _ACRONYM.match(toks[j - 1]):
            j += 1  # "Bà Rịa – Vũng Tàu"
        elif toks[j - 1].lower() in COUNTRY_HEADS | COUNTRY_QUALIFIERS and t.lower() in COUNTRY_HEADS | COUNTRY_QUALIFIERS \
                and j + 1 < len(toks) \
                and _name_like(toks[j + 1]):
            j += 1  # "Cộng hòa liên bang Đức", "Cộng hòa xã hội chủ nghĩa Việt Nam": a country's official name
        elif t.lower() in _BLOC_WORDS and toks[j - 1] == "Khối" and j - 2 >= i and toks[j - 2].lower() in PARTY_COMMITTEES \
                and j + 1 < len(toks) and _name_like(toks[j + 1]):
            j += 1  # "Đảng ủy Khối | cơ sở | Bộ Xây dựng"
        elif toks[i] == "Đoàn" and j == i + 1 and t == "đại biểu" and j + 1 < len(toks) and toks[j + 1].lower() in ("quốc hội", "hđnd"):
            j += 2  # "Đoàn đại biểu Quốc hội tỉnh Gia Lai": a province's delegation to the National Assembly
        elif org and t.lower() in ADMIN_WORDS and j + 1 < len(toks) and _name_like(toks[j + 1]):
            j += 1  # "Công an huyện Lý Nhân"
        elif org and _infix(toks, i, j):
            j += 1  # "Quân đội nhân dân Việt Nam", "Trường THPT chuyên Lê Hồng Phong"
        elif org and t == "và" and j + 1 < len(toks) and _domain_word(toks[j + 1], common) and (j - i >= 2 and _domain_word(
                toks[j - 1], common) or j == i + 1 and " " in toks[i] and _domain_word(toks[i].split(" ", 1)[1], common)):
            j += 1  # "Cục Cạnh tranh và Bảo vệ người tiêu dùng", "Bộ Tài Nguyên | và Môi Trường": two fields of one body
        else:
            break
    return j


# Lower-case words inside a body's full name, before a capitalised name or a place ("Quân đội nhân dân
# Việt Nam", "Ủy ban nhân dân tỉnh X", "Trường THPT chuyên Lê Hồng Phong", "Trường THPT tư thục Hà Huy
# Tập"): general Vietnamese naming of people's bodies and kinds of schools (held-out misses, train 40-199).
BODY_INFIXES = {"nhân dân", "chuyên", "tư thục", "dân lập", "công lập", "năng khiếu"}
# Connectors that open a sentence ("Hơn nữa", "Tuy nhiên"): capitalised inside a run, a second sentence glued on.
_CONNECTORS = {"hơn nữa", "tuy nhiên", "ngoài ra", "do đó", "vì vậy", "bên cạnh đó", "trong khi đó", "mặt khác",
               "thế nhưng", "sau đó", "trước đó", "như vậy", "theo đó", "đồng thời", "vì thế", "cũng theo"}
# "khóa XIII", "nhiệm kỳ 2020-2025" after a body: its term, not its name.
_TERMS = {"khóa", "khoá", "nhiệm kỳ"}
_ROMAN_TERM = re.compile(r"^[IVXL]+$")
_TERM = re.compile(r"^(Khóa|Khoá|khóa|khoá) [IVXL]+$")


def _place_code(token: str) -> bool:
    """Whether an acronym names a place ("TP.HCM", "HN", "UK"), so that in parentheses it says where, no acronym."""
    low = token.lower()
    return low in PLACE_ACRONYMS or low in PLACES or low.replace(" ", "") in PLACE_FORMS


def _infix(toks: tuple[str, ...], i: int, j: int) -> bool:
    """Whether the lower-case token j goes on the body's name that opens at i (BODY_INFIXES): before a
    name, or "nhân dân" before a place word or right after the head ("Công an nhân dân")."""
    low = toks[j].lower()
    if low not in BODY_INFIXES:
        return False
    after = toks[j + 1] if j + 1 < len(toks) else ""
    return _name_like(after) or low == "nhân dân" and (j == i + 1 or after.lower() in ADMIN_WORDS)


def _domain_word(token: str, common: set[str]) -> bool:
    """A capitalised common noun naming a body's field ("Cạnh tranh", "Môi trường"): written in lower case
    elsewhere in the cluster or a known field, and no place, head, title or person's name."""
    low = token.lower()
    return _name_like(token) and (low in common or low in TITLE_DOMAINS) and low not in PLACES \
        and not _is_org_head(low) and low not in PERSON_TITLES and not _ACRONYM.match(token)


def _official_country_word(run: list[str], k: int) -> bool:
    """Whether run[k] is a head or qualifier of a country's official name that a country's name closes ("Cộng hòa |
    Pháp", "Cộng hòa | Dân chủ Nhân dân | Lào"; not "đảng Cộng hòa", "thượng nghị sĩ Cộng hòa")."""
    heads = COUNTRY_HEADS | COUNTRY_QUALIFIERS
    start = k
    while start > 0 and run[start - 1].lower() in heads:
        start -= 1  # ("Đại sứ | Cộng hòa | liên bang | Đức": the country's name opens after a title)
    return run[start].lower() in COUNTRY_HEADS and run[k].lower() in heads and any(t.lower() not in heads for t in run[k + 1:])


# Words a body's name ends with, their second syllable in lower case ("Ủy ban | ATGT Quốc gia", held-out-35 abmusu-train-188):
# no verb glued on.
_NAME_END_WORDS = {"quốc gia", "quốc tế", "thế giới", "nhà nước", "toàn quốc"}


def _place_acronym_end(words: list[str]) -> bool:
    """Whether a name ends in an acronym after words that are not in capitals ("Pasteur TPHCM": a body's place, no person's
    name; "VƯƠNG ĐÌNH HUỆ" is a name in capitals)."""
    return _ACRONYM.match(words[-1]) is not None and not all(_ACRONYM.match(w) for w in words)


def _trim(run: list[str], org: bool) -> list[str]:
    """Cut a run at a token that glues a name to a lower-case word ("Quyên nhượng", "Vũ bị")."""
    if org:  # "Sở Y tế | TP.HCM cảnh báo": an acronym glued to the verb after it keeps the acronym only
        run = [t.split(" ")[0] if k and "." in t.split(" ")[0] and _ACRONYM.match(t.split(" ")[0]) and " " in t
               and all(p[:1].islower() for p in t.split(" ")[1:]) else t for k, t in enumerate(run)]
        parts = run[-1].split(" ") if len(run) > 1 else []
        caps = next((n for n, p in enumerate(parts) if not p[:1].isupper()), len(parts))
        if 2 <= caps < len(parts) and all(p[:1].islower() for p in parts[caps:]) and not _is_org_head(run[-1].lower()) \
                and not (parts[caps:] == ["bộ"] and parts[caps - 1] in ("Nam", "Bắc", "Trung")) \
                and " ".join(parts[caps - 1:]).lower() not in _NAME_END_WORDS:  # "Tây Nam bộ": a region; "ATGT Quốc gia"
            run = run[:-1] + [" ".join(parts[:caps])]  # "Cục Hải quan tỉnh | Điện Biên phá": a verb glued to a place
        return run
    for k, t in enumerate(run):
        if k < 2 and run[0].lower() in VENUE_HEADS and len(run) > 1:
            continue  # "Cung | Thể thao | Tiên Sơn", "Cung Văn hóa | Hữu nghị": the venue's head and its kind
        if t.lower() in PERSON_TITLES | TITLE_DOMAINS | PLACE_PREFIXES or _is_org_head(t.lower()) \
                or any(t.lower().startswith(h + " ") for h in COUNTRY_HEADS) or _official_country_word(run, k):
            continue
        parts = t.split(" ")
        lower = [n for n, p in enumerate(parts) if (p[:1].islower() or p[:1].isdigit())
                 and not (p in _PARTICLES and 0 < n < len(parts) - 1)]  # "Erik ten Hag" keeps its particle
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
        if i == 0 and _DOMAIN_TAIL.match(toks[0]) and len(toks) > 1 and toks[1] in "-–":
            i += 1  # "VOV. | VN - …": the end of a news site's address cut off by the splitter, no place
            continue
        if not _name_like(toks[i]) or (_MODEL.match(toks[i]) and toks[i].lower() not in ORGS) or _TERM.match(toks[i]) or (i > 0 and toks[i - 1] in "/-" and i > 1 and toks[i - 2][:1].isdigit()) \
                or (i + 1 < len(toks) and toks[i + 1] == "/") or (i > 0 and toks[i - 1] == ">") \
                or (i + 1 < len(toks) and toks[i + 1] == ">" and i + 2 < len(toks) and _name_like(toks[i + 2])) \
                or (i + 2 < len(toks) and toks[i + 1] in "-–" and toks[i + 2][:1].isdigit()):  # "FX - 580VN"
            i += 1  # not a name, or part of a code ("06/2019/TT-BGDĐT"), or a menu's path ("Settings > General")
            continue
        if toks[i] == "Theo" and i > 0 and all(p[:1].isupper() for p in toks[i - 1].split(" ")) \
                and toks[i - 1].lower() not in PERSON_TITLES:
            # "Phương Giang | Theo Tri Thức | Sau …": a credit line (its author, then the outlet) glued to the next paragraph.
            # Until stop 19 both were dropped as no one the story names; the annotators name credits' authors as persons and
            # their outlets as organisations (bylines.py), so the author is a person and the outlet's one word token is kept.
            if out and out[-1].name.endswith(toks[i - 1]):
                out[-1] = Mention(name_case(out[-1].name), "person", sentence)
                if i + 1 < len(toks) and _name_like(toks[i + 1]) and all(p[:1].isupper() for p in toks[i + 1].split(" ")):
                    out.append(Mention(toks[i + 1], "organization", sentence))
                i += 2
                continue
            i = _run_end(toks, i + 1, common) if i + 1 < len(toks) and _name_like(toks[i + 1]) else i + 1
            continue
        if toks[i][:1].isupper() and toks[i].lower() in UN_NAMES and not (i + 1 < len(toks) and (
                _name_like(toks[i + 1]) or toks[i + 1] in ("về", "("))):  # (not "Liên hợp quốc về Thương mại …")
            out.append(Mention(toks[i], "organization", sentence))  # "Liên hiệp quốc" alone: its lower-case words no tail
            i += 1  # to trim (found probing, stop 15)
            continue
        if _two_word_body(toks, i):  # seventeenth round: "Kiểm toán Nhà nước", two capitalised common words (lexicon.ORGS)
            acronym = _acronym_after(toks, i + 2)  # "Ngân hàng Nhà nước (NHNN)"
            out.append(Mention(f"{toks[i]} {toks[i + 1]}", "organization", sentence, acronym))
            i += 5 if acronym else 2
            continue
        j = _run_end(toks, i, common)
        if (toks[i].lower() in DOCUMENT_WORDS or toks[i].lower().split()[0] in DOCUMENT_WORDS) \
                and toks[i].lower() not in PERSON_TITLES:  # "Luật Phòng, chống …"; not "Luật sư X" (eighteenth round)
            i = j
            continue
        # "St . Petersburg": a short token, a dot and a name are one name.
        while j + 1 < len(toks) and toks[j] == "." and len(toks[j - 1]) <= 3 and _name_like(toks[j + 1]) \
                and toks[j + 1].lower() not in common:  # "HĐND TP. Theo …": a new sentence, not "TP. Hồ Chí Minh"
            j = _run_end(toks, j + 1, common)
        abroad = toks[i] == "Hội" and "Việt Nam" in toks[i:j]  # stop 22: an association of Vietnamese abroad, "Hội Doanh nhân
        # Việt Nam tại châu Úc" (held-out-41 abmusu-validation-038), named whole as an embassy
        if (toks[i].lower() in _MISSIONS or abroad) and j + 1 < len(toks) and toks[j] == "tại" \
                and (_name_like(toks[j + 1]) or re.fullmatch(rf"châu [{UPPER}]\w*", toks[j + 1])):
            j = _run_end(toks, j + 1, common)  # seventeenth round: "Đại sứ quán Việt Nam tại Anh", one name (held-out-9 042,
            # held-out-12 cluster_123, held-out-13 077: every annotated embassy "tại" a country is written whole)
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
            opener, run = run[0].lower(), run[1:]
        else:
            opener = None
        untrimmed = list(run)
        run = _trim(run, bool(run) and (_is_org_head(run[0].lower()) or " ".join(run).lower() in ORG_STANDALONE))  # (stop 20:
        # "Trung ương Đảng", a body named by capitalised common words, is not cut at its lower-case syllable)
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
        if run and all(t.lower() in BUILT_PLACE_HEADS for t in run):
            i = max(j, i + 1)  # "đường Đại lộ khoa học": the word alone, no name
            continue
        if len(run) > 1 and run[0].lower() in BUILT_PLACE_HEADS and _built_place(run[1:], common):
            kind, name_toks = "location", run  # "Sân bay Tân Sơn Nhất", "Vườn quốc gia Cúc Phương": named with the word
        elif prev in BUILT_PLACE_HEADS and (_built_place(run, common) or prev in _CITY_NAMED_ROADS) \
                and not (i > 1 and toks[i - 2].lower() in _NOT_BUILT):
            head = toks[i - 1] if toks[i - 1].lower() == prev else f"{toks[i - 2]} {toks[i - 1]}"
            number = [toks[j]] if j < len(toks) and re.fullmatch(r"\d{1,2}", toks[j]) and (
                j + 1 == len(toks) or toks[j + 1] in (",", ".", ";", ")", "và", "-", "–", "(")) else []  # "cầu Thủ Thiêm 4" (stop 16;
            # not "cầu Rồng 2 lần": a count after it)
            kind, name_toks = "location", [f"{head} {' '.join(run + number)}"]  # "cầu Phú Mỹ", "Khu công nghiệp Phú Hữu"
            j += len(number)
        elif prev in PLACE_PREFIXES_KEPT:
            delta = f"{toks[i - 2]} " if prev == "sông" and i > 1 and toks[i - 2].lower() == "đồng bằng" else ""
            kind, name_toks = "location", [f"{delta}{prev} {' '.join(run)}"]  # "Đồng bằng sông Cửu Long": the
            # region named after its river, no river (held-out-4 083; "đồng bằng sông cửu long" is in lexicon.PLACES)
        elif prev in LOWER_ORG_HEADS and prev.islower() and f"{toks[i - 2] if i > 1 else ''} {toks[i - 1]}".lower().endswith(prev) \
                and f"{toks[i - 2] if i > 1 else ''} {toks[i - 1]}".endswith(prev) \
                and not (run[0].lower() in PLACES | PLACE_PREFIXES and prev not in _PLACE_NAMED_HEADS) and run[0].lower() not in PERSON_TITLES | _OPENERS \
                and not all(r.lower() in GENERIC_ORG_WORDS for r in run) \
                and not _is_org_head(" ".join(run).lower()):
            head = toks[i - 1] if toks[i - 1].lower() == prev else f"{toks[i - 2]} {toks[i - 1]}"
            kind, name_toks = "organization", [f"{head} {' '.join(run)}"]
            run = name_toks[0].split(" ")  # so that the name may go on in lower case ("viện Lúa đồng bằng …")
        elif run == ["Anh"] and not initial and (j == len(toks) or not _name_like(toks[j])) and prev not in PERSON_TITLES:
            kind, name_toks = "location", run  # "Mỹ, Anh, Israel", "của Anh.": no name follows, so no title "anh"
        else:
            kind, name_toks = _type_of(run, prev)
            model = product_model(" ".join(run)) if kind is None and not name_toks else None
            if model:  # "Hyundai Creta": the model is a product in the whole cluster ("… như Creta hay Triton")
                out.append(Mention(model, None, sentence, work=True))
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
                and not _ACRONYM.match(name_toks[-1]) and not _place_acronym_end(last) and name_toks[-1].lower() not in PLACES \
                and name_toks[-2].lower() not in ADMIN_WORDS | PLACE_PREFIXES | _LEGAL_FORMS:  # "UBND huyện Tuy An": the body's
            # place; stop 17: "Công ty CP | Vietnam Blockchain", a company's own name after its legal form, no person
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
            if first[0].lower() not in NOT_NAMES:  # "Tổng giám đốc PC | Khánh Hòa": "PC" is a common noun too
                out.append(Mention(first[0], "location" if first[0].lower() in PLACE_ACRONYMS else "organization", sentence))
            name_toks = [" ".join(first[1:])]
            if name_toks[0].lower() in PLACES:
                kind = "location"  # "Chủ tịch nước CHXHCN Việt Nam": a country after the acronym
        if kind == "person":
            name_toks = person_core(name_toks, PERSON_TITLES)
            if name_toks == [run[-1]] and run[-1].lower() in GLUED_OPENERS and j < len(toks) and toks[j][:1].islower():
                name_toks = []  # "nữ ca sĩ | Trong đêm nhạc …": a sentence glued on after a title, no name
        # "Tổng thống Nga Vladimir Putin": a country between title and name is a place of its own.
        if kind == "person":
            syl = " ".join(name_toks).split(" ")
            for n in (3, 2, 1):
                if len(syl) > n and " ".join(syl[:n]).lower() in PLACES and (
                        len(syl) > n + 1 or syl[-1].isascii() and (n > 1 or not _VIETNAMESE_SYLLABLE.match(syl[-1].lower()))):
                    # ("Mỹ Tâm", "Mỹ Linh" are given names: one Vietnamese syllable is left after the place; eighteenth round:
                    # "Linh" is one though it has no marks, unlike "Biden", "Putin")
                    out.append(Mention(" ".join(syl[:n]), "location", sentence))
                    name_toks = [" ".join(syl[n:])]
                    break
        if kind is None and len(name_toks) == 1 and "-" in name_toks[0] \
                and all(p.strip().lower() in PLACES for p in name_toks[0].split("-")):
            places = [p.strip() for p in name_toks[0].split("-")]  # "Brazil-Serbia": a match, two places
            out.extend(Mention(p, "location", sentence) for p in places[:-1])
            kind, name_toks = "location", [places[-1]]
        if kind == "location" and prev in CROSSINGS and len(name_toks) >= 3 and any(t in ("–", "-") for t in name_toks[1:-1]):
            streets = " ".join(name_toks).replace(" – ", " - ").split(" - ")  # "giao lộ Nguyễn Thị Minh Khai - Lý Chính
            out.extend(Mention(n, "location", sentence) for n in streets[:-1])  # Thắng": two streets
            name_toks = [streets[-1]]
        dash = next((n for n, t in enumerate(name_toks) if t in ("–", "-")), 0)
        if kind == "person" and (prev in PERSON_TITLES or run[0].lower() in PERSON_TITLES) and dash == 1 and len(name_toks) == 3 \
                and name_toks[2].lower() not in PERSON_TITLES and " " in name_toks[2] and _type_of(name_toks[2:], "")[0] in (None, "person"):
            out.append(Mention(name_toks[0], _type_of(name_toks[:1], "")[0], sentence))  # stop 17: "CEO VKontakte - Pavel
            kind, name_toks = "person", name_toks[2:]  # Durov": the title's body, then its holder
        dash_guess = None
        if kind is None and len(name_toks) >= 3 and any(t in ("–", "-") for t in name_toks[1:-1]):
            parts = _dash_parts(name_toks, prev)  # "Phan Hiển – Khánh Thi", "Hậu Giang – Cà Mau": two names
            if parts:
                out.extend(Mention(n, k, sentence, guess=g) for n, k, g in parts[:-1])
                name_toks, kind = [parts[-1][0]], parts[-1][1]
                paired = any("person" in (k, g) for _, k, g in parts[:-1])  # (the pair's weak type, when a person leads it)
                dash_guess = parts[-1][2] if paired and parts[-1][2] == "person" else None
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
            listed = False  # a list of fields crossed ("tham nhũng, kinh tế, buôn lậu"): only up to a unit's code
            while kind == "organization" and k < min(len(toks), j + (8 if listed else 6)) and (toks[k][:1].islower() or (
                    toks[k] == "," and k > j and k + 1 < len(toks) and toks[k + 1][:1].islower())) \
                    and toks[k].lower() not in _TAIL_STOP | _CLAUSE_WORDS:
                listed = listed or toks[k] == ","
                k += 1  # not over a clause: "Cục Thống kê Hà Nội | vừa công bố chỉ số giá tiêu dùng (CPI)"; over a list of
                # fields before it ("Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03)", held-out-10 018)
            if listed and not (k + 1 < len(toks) and _CODE_ACRONYM.match(toks[k + 1])):
                k = j  # a list crossed, and no unit's code closes it: the name stops where it stopped
            if k + 2 < len(toks) and toks[k] == "(" and toks[k + 2] == ")" and (
                    _ACRONYM.match(toks[k + 1]) or kind == "organization" and (
                        _CODE_ACRONYM.match(toks[k + 1]) or _SHORT_NAME.match(toks[k + 1]) and len(name.split()) > 2)) \
                    and not _spelled_by_words(toks[k + 1], toks[j:k]) and not _place_code(toks[k + 1]):
                acronym = toks[k + 1]  # (not "huyện Bình Chánh (TP.HCM)": a place in parentheses says where)
                name = " ".join([name, *toks[j:k]]).replace(" , ", ", ")
            elif kind in (None, "person") and real_name(toks, j, name):
                acronym = toks[j + 1]  # "Jack (Trịnh Trần Phương Tuấn)": a stage name, then the real one
            elif kind == "organization" and name == " ".join(run) and len(run) > 1 \
                    and not (toks[i].lower() in _COMPANY_HEADS and _company_end(toks, i, common)):  # (its end is read)
                tail = _org_tail(toks, j)  # "Trung tâm Kiểm soát | bệnh tật tỉnh Hà Nam"
                if tail:
                    name = GLUED_NAME.split(" ".join([name, *toks[j:j + tail]]))[0].replace(" , ", ", ")  # "… hình sự|-Công an TP …"
                    j += tail
                    if j + 2 < len(toks) and toks[j] == "(" and toks[j + 2] == ")" and not _place_code(toks[j + 1]) \
                            and (_ACRONYM.match(toks[j + 1]) or _SHORT_NAME.match(toks[j + 1])):
                        acronym = toks[j + 1]  # "Hiệp hội Doanh nghiệp dệt may Việt Nam (Vitas)"
            if kind == "organization" and j < len(toks) and _UNIT_NUMBER.match(toks[j]) and toks[j - 1][:1].isupper() \
                    and " " in name and (j + 1 == len(toks) or toks[j + 1].lower() not in _COUNTED and not toks[j + 1].isupper()):
                name, j = f"{name} {toks[j]}", j + 1  # "Bộ tư lệnh Quân đoàn 4", "Bệnh viện 108": the number is the name's
            if kind is None and not cut and person_act(name, " ".join(toks[j:j + 4])):
                kind = "person"  # "Thu Phương bật khóc"
            guess = (_guess(name_toks, initial, common) or dash_guess) if kind is None and not cut else None
            if guess and piece_of_longer_name(toks, i, j):
                guess = None  # "Ernst & Young", "Love and Thunder", "'Home'": no name of its own
            if kind is None and not cut and prev in MOTION_WORDS and guess != "location" and _guess(name_toks, False, set()):
                guess = "location"  # "đến Guadalajara": a place more often than not, but "đến Sociedad" is a club
            if kind is None and not cut and opener == "theo" and _guess(name_toks, False, set()) and not _apposed(toks, j):
                guess = "organization"  # "Theo Focus Taiwan, …": a source opening the sentence, an outlet more often than
                # not; weak, so that a person the cluster names elsewhere ("Theo Luis Suarez, …") stays one
            work = kind is None and quoted_title(toks, i, j)  # "'Extraordinary Attorney Woo'": a work's title
            out.append(Mention(name, kind, sentence, acronym, None if work else guess, work=work))
        i = max(j, i + 1)
    relisted: set[str] = set()
    foreign = {m.name for m in out if m.type is None and m.guess == "person" and " " in m.name and m.name.isascii()}
    leaders = foreign if len(foreign) >= 2 else set()  # "Tyrell Malacia, Lisandro Martinez, Erikten và Casemiro"
    for _ in range(3):  # a list's type passes from name to name
        listed = coordinated_guesses([(m.name, m.type or ("person" if m.name in leaders | relisted and m.guess == "person"
                                                          else None)) for m in out if not m.work], sentence.text)
        changed = False  # (two full foreign names guessed persons lead their list, as a rule's type does)
        for m in out:
            if m.type is None and m.name in listed and (" " not in m.name if m.guess else _listable(m.name)) \
                    and m.guess != listed[m.name]:
                m.guess, changed = listed[m.name], True  # a one-word weak type, or a name that had none
                relisted.add(m.name)
        if not changed:
            break
    return _split_compound_names(out)


# The longest apposition after a source's name, in word tokens: read on abmusu-train 40-199, where persons' appositions
# ("Theo Mike Sarafin, quản lý sứ mệnh Artemis, …") held 2-3 tokens and outlets' claims before a comma 5 or more.
_APPOSITION = 4


def _split_compound_names(mentions: list[Mention]) -> list[Mention]:
    """Mentions split where one name is several: a known group glued before a person's name ("người phát ngôn Taliban
    Mujahid": the group and the person), and Vietnamese places joined by a bare hyphen ("Rạch Giá-Hòn Đất-Kiên Hải": three
    places; round 54, held-out-51 abmusu-validation-037 and -083, their entities read)."""
    out: list[Mention] = []
    for m in mentions:
        words = m.name.split()
        if m.type == "person" and len(words) >= 2 and words[0].lower() in ORGS and all(w[:1].isupper() for w in words[1:]):
            out += [Mention(words[0], "organization", m.sentence), Mention(" ".join(words[1:]), "person", m.sentence)]
        elif (parts := _hyphened_places(m.name)) is not None:
            out += [Mention(part, "location", m.sentence) for part in parts]
        else:
            out.append(m)
    return out


# A Vietnamese name never holds a hyphen; capitalised Vietnamese names of two syllables or more joined by bare hyphens are places
# named together (tourism zones, routes: "Hà Tiên-Kiên Lương"), unless the whole is one place ("Thừa Thiên-Huế", "Bà Rịa-Vũng
# Tàu") or a head word names one built thing ("Khu công nghiệp Lam Sơn-Sao Vàng", "cao tốc Trung Lương-Mỹ Thuận": lower-case
# words, left alone). Foreign names keep their hyphen ("Kassym-Jomart", "Alexander-Arnold": no Vietnamese letter).
_HYPHENED = re.compile(rf"[{UPPER}][a-zà-ỹđ]+(?: [{UPPER}][a-zà-ỹđ]+)+(?:-[{UPPER}][a-zà-ỹđ]+(?: [{UPPER}][a-zà-ỹđ]+)+)+")


def _hyphened_places(name: str) -> list[str] | None:
    """The places a name of hyphen-joined Vietnamese names lists, or None."""
    if not _HYPHENED.fullmatch(name) or not re.search(r"[à-ỹđÀ-ỸĐ]", name) \
            or name.lower() in PLACES or name.lower().replace("-", " ") in PLACES or name.lower().replace("-", " - ") in PLACES:
        return None
    return name.split("-")


def _apposed(toks: tuple[str, ...], j: int) -> bool:
    """Whether the name ending at j is not followed by ", " then a clause: no comma, or a short lower-case apposition
    closed by a comma ("Theo Beatriz Hervella, người phát ngôn của AEMET, …"), which describes a person."""
    if j >= len(toks) or toks[j] != ",":
        return True
    close = next((n for n in range(j + 1, min(len(toks), j + 2 + _APPOSITION)) if toks[n] == ","), None)
    return close is not None and toks[j + 1][:1].islower()


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
        if not toks or kind is None and len(name.split()) < 2 and not _INITIAL_GLUED.match(name):
            return None
        out.append((name, kind, _guess(toks, False, set()) if kind is None else None))
    # stop 21: two people paired by a dash ("cuộc gặp Manmohan Singh - V.Putin", "Ngọc Anh – Ngọc Tuấn", held-out-37 cluster_17,
    # cluster_128): when one part is a person, an untyped name of a person's shape paired with it is one too, as in a list
    if any("person" in (k, g) for _, k, g in out):
        out = [(name, k, "person" if k is None and g != "person" and (_listable(name) or _INITIAL_GLUED.match(name)) else g)
               for name, k, g in out]
    return out


_INITIAL_GLUED = re.compile(rf"^[{UPPER}]\.[{UPPER}][a-zà-ỹđ]+$")  # "V.Putin": an initial glued to a surname
