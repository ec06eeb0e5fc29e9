"""A name's type from its own words and the word before it (the rules), or a weak type from its spelling."""

from __future__ import annotations

import re

from ._common import ACRONYM as _ACRONYM, fold, UPPER
from .context import _PARTICLES as NAME_PARTICLES
from .lexicon import (
    ADMIN_WORDS, BRANDS, COUNTRY_HEADS, COUNTRY_QUALIFIERS, ENGLISH_WORDS, ENTITY_TITLES, FALSE_HEADS, FIELD_HEADS,
    FOREIGN_ORG_WORDS, GENERIC_ORG_WORDS, MIDDLE_NAME_SYLLABLES, NAMED_ACRONYM_HEADS, NOT_NAMES, ORGS, ORG_HEADS,
    ORG_PREFIXES, ORG_STANDALONE, PERSON_TITLES, PLACES, PLACE_ACRONYMS, PLACE_FORMS, PLACE_PREFIXES,
    PLACE_PREPOSITIONS, PRODUCT_WORDS, SURNAMES, TEAM_CONTEXT, TITLE_DOMAINS, VENUE_HEADS, WESTERN_ORDER_SURNAMES,
)
from .spans import _is_org_head, lower_field_end, MIDDLE_INITIAL as _MIDDLE_INITIAL, _NAME_START

PERSON_TITLES = PERSON_TITLES | ENTITY_TITLES  # the entity rules' own, wider list (lexicon.ENTITY_TITLES)

# "từ", "đến", "tới", "sang" before a name: a place or a club, a company, a competition ("đến Sociedad",
# "từ Facebook"), so they give a weak type only; "ở", "tại" stay strong. Demoted after reading train
# lines 22-100 (competitions, clubs, brands typed as places); no change on the tuning set's names.
MOTION_WORDS = {"từ", "đến", "tới", "sang"}


# A surname that also heads bodies' names ("Đoàn"), then a Vietnamese given name of one or two capitalised syllables;
# a person when titled or when a usual middle name follows (held-out-7 051, 083: "Đoàn Minh Hải", "Đoàn Minh Huấn").
_SURNAME_HEAD_PERSON = re.compile(rf"^Đoàn(?: [{UPPER}][a-zà-ỹđ]+){{2,3}}$")
_MIDDLE_NAMES = {"văn", "thị", "minh", "đức", "hữu", "ngọc", "quốc", "xuân", "công", "quang", "đình", "trọng", "duy",
                 "hồng", "thu", "kim", "mạnh", "tiến", "anh", "hải"}


# Two-word lower-case words inside a body's name before its capitalised part: places ("Ủy ban nhân dân tỉnh | Quảng Nam")
# and a delegation's "đại biểu" ("Đoàn đại biểu | Quốc hội tỉnh Gia Lai", eleventh round).
_TWO_WORD_INFIXES = ADMIN_WORDS | {"đại biểu"}
# Words for a settlement before its name (twelfth round: "làng/thôn Báo Đáp", held-out-9 041; general usage).
_SETTLEMENTS = {"làng", "thôn", "xóm", "ấp", "bản", "xã", "phường", "thị trấn", "làng nghề"}


def country_core(name: str) -> str | None:
    """The country an official name names ("Cộng hòa liên bang Đức" -> "Đức"), or None."""
    words = name.split(" ")
    k = 0
    heads = COUNTRY_HEADS | COUNTRY_QUALIFIERS
    while k < len(words) - 1:
        step = next((n for n in (4, 3, 2, 1) if k + n < len(words) and " ".join(words[k:k + n]).lower() in heads), 0)
        if not step or (k == 0 and " ".join(words[:step]).lower() not in COUNTRY_HEADS):
            break
        k += step
    rest = " ".join(words[k:])
    return rest if k and rest.lower() in PLACES else None


def _type_of(toks: list[str], prev: str) -> tuple[str | None, list[str]]:
    """The type of a run of tokens and the tokens of the name itself (title or prefix removed)."""
    if len(toks) == 1 and toks[0].lower() in PLACES and (prev in PLACE_PREPOSITIONS or prev in PLACE_PREFIXES):
        return "location", toks  # "tại Anh", "nước Anh": not the title "anh"
    titled = prev in PERSON_TITLES
    while toks and (toks[0].lower().removesuffix(".") in PERSON_TITLES  # eighteenth round: "PGS. X", a degree with its dot
                    or titled and toks[0].lower() in TITLE_DOMAINS
                    or toks[0].lower() in _TITLE_RANKS and len(toks) > 1 and toks[1].lower() in PERSON_TITLES):
        titled, toks = True, toks[1:]  # "Bộ trưởng Công an …": a domain after a title; "Công an huyện X" is a body
    if not toks:
        return None, toks
    name = " ".join(toks)
    low = name.lower()
    if _MIDDLE_INITIAL.match(name):
        return "person", toks  # stop 17: "Marc E. Knapper" (held-out-21 049), a Western name with its middle initial
    if titled and _INITIALS.match(name):
        return "person", toks  # "chị N.B", "Anh P.T. A", "nam bảo vệ N.T. P": a person named by initials
    if _SURNAME_HEAD_PERSON.match(name) and (titled or name.split(" ")[1].lower() in _MIDDLE_NAMES):
        return "person", toks  # "ông Đoàn Minh Hải", "Đoàn Minh Huấn": the surname Đoàn, no delegation ("Đoàn")
    if country_core(name):
        return "location", toks  # "Đại sứ Cộng hòa liên bang Đức": a country's official name, not a person after a title
    if fold(name).replace(" ", "") in PLACE_FORMS or toks[0].lower() in VENUE_HEADS and len(toks) > 1:
        return "location", toks  # "Cung Thể thao Tiên Sơn", "Nhà hát Lớn | Hà Nội"
    glued = _GLUED_PLACE.match(name)
    if glued and not glued.group(2).isupper():
        return "location", [glued.group(2)]  # "TP.Hà Tĩnh", "H.Nghi Xuân": a place word's abbreviation glued on
    if " " in name and name == name.upper() and _body_at_place(toks, titled):
        return "organization", toks  # "UBND TP.HCM", "HĐND TP HCM", "UBKT T.Ư": a body's acronym and its place
    if low in NOT_NAMES or _ROMAN.match(name) or (" " in name and name == name.upper()) \
            or (" " not in low and low.endswith("virus")):  # stop 19: "Adenovirus", "Cytomegalovirus" (held-out-33 063)
        return None, []  # an all-capitals run of words is a headline, not a name; a virus is no one
    if low in ORG_STANDALONE or low in ORGS:
        return "organization", toks
    if toks[0].lower() in FALSE_HEADS:
        return None, []  # "Hội Nghị phát triển…": a common word, capitalised
    if prev in _SETTLEMENTS and len(toks) == 1 and " " in name and all(w[:1].isupper() for w in name.split(" ")):
        return "location", toks  # "thôn Báo Đáp", "làng Hội Xá": a settlement's name, though "Báo"/"Hội" open bodies'
    if low in PLACES and prev not in ORG_PREFIXES:
        return "location", toks  # "Trường Sa", "Hội An": a place whose first syllable is also a head
    if any(low.startswith(h + " ") for h in COUNTRY_HEADS) and low.split(" ", 2)[-1] in PLACES:
        return "location", toks  # "Vương quốc Anh"
    if _WEBSITE.match(name):
        return "organization", toks  # "Avia.pro", "Nhandan.vn": a website named with its domain is an outlet
    if _BANK_BRAND.match(toks[0].split(" ")[0]):
        return "organization", toks  # fifteenth round: a bank and its branch ("VPBank Nha Trang", held-out-12 009; "Vietcombank")
    if (name.startswith("The ") or _CAMEL.match(name)) and not any(w.lower() in PRODUCT_WORDS for w in name.split()[1:]):
        return "organization", toks  # "The Guardian", "CoinMarketCap": publications, companies ("The Voice": a show)
    if _is_org_head(low):
        head = next(h for h in sorted(ORG_HEADS, key=len, reverse=True) if low == h or low.startswith(h + " "))
        rest = name.split(" ")[len(head.split()):]
        while rest and (rest[0].lower() in ADMIN_WORDS or rest[0] in _INFIX_SYLLABLES
                        or " ".join(rest[:2]).lower() in _TWO_WORD_INFIXES):
            rest = rest[2:] if " ".join(rest[:2]).lower() in _TWO_WORD_INFIXES else rest[1:]
            # "Ủy ban nhân dân tỉnh | Quảng Nam", "Trường chuyên | Lê Hồng Phong", "Công an thị xã | Tân Châu"
        if not rest and low in NAMED_ACRONYM_HEADS:
            return "organization", toks  # "VKSND", "TANDTC": the procuracy or a court by its acronym alone
        if " ".join(rest).lower() in GENERIC_ORG_WORDS or all(r.lower() in GENERIC_ORG_WORDS for r in rest):
            return None, []  # "Công ty CP", "Trường Đại học": a kind of body
        if head in ("công ty", "tổng công ty") and rest and _NAME_START.match(rest[-1]):
            return "organization", toks  # "Công ty cổ phần Ô tô Giải Phóng", "Công ty xổ số kiến thiết Đà Nẵng"
        if rest and _NAME_START.match(rest[0]):  # "Bộ Giáo dục", not "Hội nghị", "Cơ quan chức năng"
            return "organization", toks
        if rest and head in FIELD_HEADS and lower_field_end(toks, 0) == len(toks):  # "Cục đăng kiểm Việt Nam"
            return "organization", toks
        return None, []
    if len(toks) > 1 and all(_ACRONYM.match(w) for w in toks[0].split(" ")) and toks[0].lower() not in PLACE_ACRONYMS \
            and toks[0].lower() not in PLACE_PREFIXES and toks[0].lower() not in NOT_NAMES and " ".join(toks[1:]).lower() in PLACES:
        return "organization", toks  # seventeenth round: a body's acronym, then its country ("UBTƯ MTTQ Việt Nam", held-out-13 011)
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
    if titled:  # "Hoàng tử The Voice": a nickname after a title, the show's name no person
        return ("person", toks) if words0(name) not in ENGLISH_WORDS else (None, [])
    words = name.lower().split(" ")
    if len(words) > 1 and name.isascii() and any(w in FOREIGN_ORG_WORDS for w in words):
        return "organization", toks  # "Bamboo Airways", "Lehman Brothers"
    if product_model(name):
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


# The centre's abbreviations after a body's acronym ("UBKT T.Ư", "Ban Tuyên giáo TW").
_CENTRE = {"t.ư", "tư", "tw", "t.w"}


def _body_at_place(toks: list[str], titled: bool = False) -> bool:
    """Whether an all-capitals run is a body's acronym then its place or the centre ("UBND TP.HCM", "UBKT T.Ư"), not a
    headline: the all-capitals convention of these bodies' names (held-out-4 082, held-out-3 073). After a title any
    acronym is the title's body ("Phó Giám đốc ĐHQG TP HCM", held-out-34 095; stop 20)."""
    place = " ".join(toks[1:]).lower()
    return len(toks) >= 2 and _ACRONYM.match(toks[0]) is not None and (titled or _is_org_head(toks[0].lower())) \
        and (place in PLACES or place in PLACE_ACRONYMS or fold(place).replace(" ", "") in PLACE_FORMS or place in _CENTRE)


def product_model(name: str) -> str | None:
    """The model's name when a maker's or known company's name opens the name ("Vios" in "Toyota Vios",
    "Maps" in "Google Maps"), else None."""
    words = name.lower().split(" ")
    if len(words) > 1 and (words[0] in BRANDS or name.isascii() and words[0] in ORGS) and " ".join(words[1:]) not in PLACES:
        return name.split(" ", 1)[1]
    return None


_ROMAN = re.compile(r"^[IVXLC]+$")
# A person's initials ("N.B", "P.T. A", "D.V. T."; the annotation convention: people named so are persons).
_INITIALS = re.compile(rf"^(?:[{UPPER}]\.\s?){{1,3}}[{UPPER}]\.?$")


def words0(name: str) -> str:
    """The first word of a name, in lower case."""
    return name.split(" ")[0].lower()


# Lower-case syllables inside a body's name between its head and its own name (mentions.BODY_INFIXES).
_INFIX_SYLLABLES = {"nhân", "dân", "chuyên", "tư", "thục", "lập", "công", "năng", "khiếu"}


# Words before a title that make a rank of it ("Phó | Thủ tướng", "Nguyên | Bộ trưởng").
_TITLE_RANKS = {"phó", "nguyên", "cựu", "tân", "quyền"}


# A place word's abbreviation glued by a dot to the name ("TP.Thuận An", "H.Bình Chánh", "Q.12" is no name).
_GLUED_PLACE = re.compile(rf"^(TP|Tp|H|Q|P|X|TX|TT)\.\s?([{UPPER}].*)$")


# A name glued to its web domain ("Avia.pro", kept one token by mentions.tokens): a website, an outlet.
_WEBSITE = re.compile(rf"^[{UPPER}][\w-]*\.[a-z]{{2,6}}$")
_BANK_BRAND = re.compile(r"^[A-Z][A-Za-z]{1,12}[Bb]ank$")  # Vietnamese banks' brands end with "bank" (general knowledge)
# One word with a capital inside ("CoinMarketCap", "YouTube"): a company, site or brand.
_CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")


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
    # fourteenth round: a particle inside a Western name ("David de Gea", held-out-11 029) is no common word
    syllables = [x for n, x in enumerate(syllables) if not (0 < n < len(syllables) - 1 and x in NAME_PARTICLES)]
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


# Acts of a person's body, feelings and private life ("Thu Phương bật khóc", "Nhã Phương đã chia sẻ trên trang cá
# nhân"): after a Vietnamese name no rule types, the name is a person's, not the place its spelling suggests (misses in
# held-out 118, held-out-4 097; general vocabulary, no reporting verb that a body uses: "cho biết", "khẳng định").
_PERSON_ACTS = ("bật khóc", "khóc", "rơi nước mắt", "nghẹn ngào", "xúc động", "mỉm cười", "tươi cười", "chia sẻ",
                "tâm sự", "kết hôn", "hạ sinh", "sinh con", "qua đời", "nhập viện", "hát")
_ADVERBS = r"(?:(?:đã|vẫn|cũng|còn|lại|đang|vừa|liền|bỗng|từng|không|chưa|rất|thì)\s)*"
_PERSON_ACT = re.compile(rf"^{_ADVERBS}(?:{'|'.join(_PERSON_ACTS)})(?!\w)")


def person_act(name: str, after: str) -> bool:
    """Whether a Vietnamese name of two or three syllables is followed by a person's act (``after``: the text after it)."""
    syllables = name.split(" ")
    return 2 <= len(syllables) <= 3 and not name.isascii() and all(_GIVEN_SYLLABLE.match(x) for x in syllables) \
        and not any(" ".join(syllables[k:k + 2]).lower() in PLACES for k in range(len(syllables) - 1)) \
        and bool(_PERSON_ACT.match(after.lstrip().lower()))  # not "Hội đồng kinh doanh ASEAN-Hoa Kỳ | chia sẻ"


_GIVEN_SYLLABLE = re.compile(rf"^[{UPPER}][a-zà-ỹđ]+$")


def _listable(name: str) -> bool:
    """Whether an untyped name may take the type of the names it is listed with: two capitalised
    syllables or more, no acronym, no title first ("Phó Chánh"), no product word ("Note II")."""
    syl = name.split()
    return len(syl) > 1 and all(_NAME_SYLLABLE.match(x) and not _ACRONYM.match(x) for x in syl) \
        and syl[0].lower() not in _TITLE_PARTS | PERSON_TITLES and not any(x.lower() in PRODUCT_WORDS for x in syl)
