"""Merging the variants of one entity's name: spellings, short forms, acronyms."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ._common import ACRONYM as _ACRONYM
from ._common import fold
from .lexicon import COMMON_SURNAMES, PLACE_FORMS

# Two spellings of one foreign name are merged above this similarity (difflib ratio of the
# accent-free lowercase names). Tuned on invented pairs: Jomart/Zhomart 0.9, Putin/Platini 0.5.
SAME_NAME_RATIO = 0.8
# Two spellings of one foreign place or body (8 letters or more) are merged from this similarity. Chosen from
# invented pairs: a typo (Phlippines/Philippines 0.95, Yomuiri/Yomiuri Shimbun 0.93) is above it, two real
# names are below (Colombia/Columbia 0.875, Austria/Australia 0.875, Slovakia/Slovenia 0.75).
SAME_SPELLING_RATIO = 0.9


def merge_people(groups: dict, kinds: dict, union, find) -> None:
    """Merge close spellings of one person's full name, then a short name into the one full name ending with it."""
    spelled = {k: fold(groups[k][0].name).split() for k in groups}
    people = [k for k, t in kinds.items() if t == "person"]
    untyped = [k for k, t in kinds.items() if t is None]
    multi = [k for k in people if len(spelled[k]) > 1]
    for a_i, a in enumerate(multi):
        for b in multi[a_i + 1:]:
            if _surname_stem(spelled[a][-1]) == _surname_stem(spelled[b][-1]) \
                    and SequenceMatcher(None, a, b).ratio() >= SAME_NAME_RATIO:
                union(a, b)
    _merge_initialled(spelled, multi, union, find)
    for part in multi:  # "Phan Văn" (a name cut by a typo) is the one person whose name it opens
        longer = {find(k) for k in multi if len(spelled[k]) > len(spelled[part]) and spelled[k][: len(spelled[part])] == spelled[part]}
        if len(longer) == 1:
            union(longer.pop(), part)
    weak = [k for k, t in kinds.items() if t and not any(m.type for m in groups[k])]
    for short in people + untyped + weak:  # "Ten Hag" / "Erik Ten Hag": the last syllables of one full name
        n = len(spelled[short])
        if n < 2 or kinds.get(short) not in (None, "person") and n != 2:
            continue
        roots = {find(k) for k in multi if len(spelled[k]) > n and spelled[k][-n:] == spelled[short]}
        if len(roots) == 1 and find(short) not in roots:
            union(roots.pop(), short)
            kinds[short] = "person"
    for short in people + untyped + weak:
        if len(spelled[short]) != 1:
            continue
        own = groups[short][0].name.lower()
        roots = {find(k) for k in multi if spelled[k][-1] == spelled[short][0]
                 and (own.isascii() or groups[k][0].name.lower().split()[-1] == own)}  # "Tâm" is not "Tám"
        if not roots and groups[short][0].name.isascii():  # "Xavi" / "Xavi Hernandez": a foreign first name
            roots = {find(k) for k in multi if spelled[k][0] == spelled[short][0] and groups[k][0].name.isascii()}
        if not roots and not own.isascii():  # stop 15 (found probing): a Chinese name in Sino-Vietnamese is called by its
            # surname, its first syllable ("ông Tập" / "Tập Cận Bình", "ông Vương" / "Vương Nghị"), when no full name ends so
            # (not a common Vietnamese family name: those are called by their given name, "ông An" of "Nguyễn Văn An")
            roots = {find(k) for k in multi if 2 <= len(spelled[k]) <= 3 and groups[k][0].name.lower().split()[0] == own
                     and kinds.get(k) == "person" and own not in COMMON_SURNAMES}
        if len(roots) == 1:
            union(roots.pop(), short)
            kinds[short] = "person"
            for m in groups[short]:
                m.guess = "person"  # a surname alone is the person's, whatever its spelling suggested


def _surname_stem(word: str) -> str:
    """A foreign surname without the feminine "-a" of Slavic names ("Dugina" is "Dugin"'s form for a woman)."""
    return word[:-1] if word.isascii() and len(word) > 4 and word.endswith("a") else word


def _merge_initialled(spelled: dict, multi: list, union, find) -> None:
    """ "V.Putin" is "Vladimir Putin": given names written as initials, the same surname, and exactly one
    person of the cluster whose given names open with those letters."""
    for a in multi:
        given, surname = spelled[a][:-1], spelled[a][-1]
        if len(surname) < 2 or any(len(w) != 1 for w in given):
            continue
        roots = {find(b) for b in multi if b != a and spelled[b][-1] == surname and len(spelled[b]) > len(given)
                 and any(len(w) > 1 for w in spelled[b][:-1])
                 and [w[0] for w in spelled[b][:len(given)]] == given}
        if len(roots) == 1:
            union(roots.pop(), a)


def merge_foreign_spellings(groups: dict, kinds: dict, union, bare) -> None:
    """ "Yomuiri Shimbun" is "Yomiuri Shimbun", "Phlippines" is "Philippines": a foreign (latin-letter) name of
    8 letters or more spelt almost like another of the cluster (a typo in one article); two people's names are
    left to merge_people, which also asks for the same surname."""
    written = {k: bare(groups[k][0].name) or groups[k][0].name for k in kinds}  # "Tờ Yomiuri Shimbun": its name
    foreign = [k for k, n in written.items() if n.isascii() and len(n) >= 8 and not _ACRONYM.match(n)]
    for i, a in enumerate(foreign):
        for b in foreign[i + 1:]:
            x, y = fold(written[a]), fold(written[b])
            if len(x.split()) == len(y.split()) and {kinds[a], kinds[b]} != {"person"} \
                    and SequenceMatcher(None, x.replace(" ", ""), y.replace(" ", "")).ratio() >= SAME_SPELLING_RATIO:
                union(a, b)


def merge_acronym_forms(groups: dict, kinds: dict, union, find) -> None:
    """ "Bộ GD&ĐT" is "Bộ Giáo dục và Đào tạo" when GD&ĐT is that body's acronym."""
    acronym_of = {}
    for k, ms in groups.items():
        for m in ms:
            if _ACRONYM.match(m.name) and " " not in m.name:
                acronym_of[m.name] = find(k)
    for k, ms in groups.items():
        parts = ms[0].name.split(" ")
        if len(parts) > 1 and parts[-1] in acronym_of and kinds.get(k) == "organization":
            root = acronym_of[parts[-1]]
            full = next((m.name for m in groups.get(root, []) if not _ACRONYM.match(m.name)), "")
            if full.lower().startswith(" ".join(parts[:-1]).lower() + " "):
                union(root, k)


def spells(letters: str, words: list[str]) -> bool:
    """Whether the initials of words spell letters ("DTNN" / "dự trữ nhà nước"), "và" skipped."""
    initials = "".join(w[0] for w in words if w != "va")
    return initials == letters and len(words) >= 2


def merge_initials(groups: dict, kinds: dict, union) -> None:
    """ "Cục DTNN khu vực Đông Bắc" is "Cục Dự trữ Nhà nước khu vực Đông Bắc": an acronym inside an
    organisation's name stands for words whose initials it spells, the rest being the same."""
    orgs = {k: fold(groups[k][0].name).split() for k, t in kinds.items() if t == "organization"}
    for k, words in orgs.items():
        names = groups[k][0].name.split()
        for n, word in enumerate(names):
            if len(names) < 2 or not _ACRONYM.match(word):
                continue
            letters = fold(re.sub(r"[&.-]", "", word)).replace(" ", "")
            head, tail = words[:n], words[n + 1:]
            for other, full in orgs.items():
                if other == k or full[:n] != head:
                    continue
                for m in range(len(full) - n + 1):  # the place may be written otherwise ("TP.HCM" / "TPHCM")
                    if _same_place(full[len(full) - m:] if m else [], tail) and spells(letters, full[n:len(full) - m]):
                        union(other, k)
                        break


def _same_place(a: list[str], b: list[str]) -> bool:
    """Whether two folded word lists are one name, or two forms of one place ("tp.hcm" / "tphcm" / "tp hcm",
    "thành phố Hà Nội" / "TP Hà Nội")."""
    a, b = _city_word(a), _city_word(b)
    forms = ["".join(x) for x in (a, b)]
    return a == b or bool(a and b) and len({fold(PLACE_FORMS.get(f, f)).replace(" ", "") for f in forms}) == 1


def _city_word(words: list[str]) -> list[str]:
    """ "thanh pho ha noi" written as "tp ha noi", the short form of the word for a city."""
    if words[:2] == ["thanh", "pho"] and len(words) > 2:
        return ["tp", *words[2:]]
    return ["tp", *words[1:]] if words[:1] == ["tp."] else words


_ADMIN = {"tinh", "huyen", "xa", "phuong", "quan", "thanh", "pho", "thi", "tran", "tp", "tp."}


def _place_split(name: str, places: dict, key) -> tuple[str, str] | None:
    """ "Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam" -> ("trung tam kiem soat benh tat", Hà Nam's root):
    an organisation's name that ends with a place of the cluster (after "tỉnh", "TP"…)."""
    words = name.split(" ")
    for n in range(len(words) - 1, 0, -1):
        rest = words[n:]
        base = words[:n]
        while base and fold(base[-1]) in _ADMIN:
            base = base[:-1]
        if len(base) >= 2 and key(" ".join(rest)) in places:
            return fold(" ".join(base)), places[key(" ".join(rest))]
    return None


def merge_place_suffix(groups: dict, kinds: dict, union, find, key) -> None:
    """ "Trung tâm Quản lý giao thông công cộng TP.HCM" is "Trung tâm Quản lý giao thông công cộng":
    an organisation's name and the same name followed by a place of the cluster are one body, when
    the cluster names that body after one place only (two places: two bodies, "Công an Hà Nội")."""
    places = {k: find(k) for k, t in kinds.items() if t == "location"}
    orgs = [k for k, t in kinds.items() if t == "organization" and " " in groups[k][0].name]
    bare = {fold(groups[k][0].name): k for k in orgs}
    by_base: dict[str, dict[str, list[str]]] = {}
    for k in orgs:
        split = _place_split(groups[k][0].name, places, key)
        if split:
            by_base.setdefault(split[0], {}).setdefault(split[1], []).append(k)
    for base, per_place in by_base.items():
        for variants in per_place.values():
            for other in variants[1:]:
                union(variants[0], other)
        if len(per_place) == 1 and base in bare:
            union(next(iter(per_place.values()))[0], bare[base])


# Legal-form words between an organisation's head and its name ("Công ty Cổ phần Sheen Mega").
_LEGAL_FORMS = ("cổ phần", "cp", "tnhh", "trách nhiệm hữu hạn", "jsc",
                # a school's level and status ("Trường THPT tư thục X" is "Trường tư thục X"; held-out cluster_150)
                "thpt", "thcs", "tiểu học", "mầm non", "tư thục", "dân lập", "chuyên")


def merge_org_short_names(groups: dict, kinds: dict, union, find, heads) -> None:
    """ "Sheen Mega" is "Công ty Cổ phần Sheen Mega": a name no rule types, equal to what follows the
    head (and legal form) of exactly one organisation of the cluster, is that organisation's short name."""
    rests: dict[str, set] = {}
    by_head: dict[tuple[str, str], str] = {}
    for k, t in kinds.items():
        if t != "organization":
            continue
        name = groups[k][0].name
        low = name.lower()
        head = next((h for h in sorted(heads, key=len, reverse=True) if low.startswith(h + " ")), None)
        if not head:
            continue
        rest = name[len(head) + 1:]
        for form in _LEGAL_FORMS:  # in order: "THPT tư thục", "Cổ phần"
            if rest.lower().startswith(form + " "):
                rest = rest[len(form) + 1:]
        if rest[:1].isupper():
            same = by_head.setdefault((head, fold(rest)), k)
            if same != k:
                union(same, k)  # "Công ty Sheen Mega" is "Công ty Cổ phần Sheen Mega"
            rests.setdefault(fold(rest), set()).add(head)
    rests = {r: {find(by_head[(h, r)]) for h in hs} for r, hs in rests.items()}
    for k, ms in groups.items():
        if any(m.type for m in ms) or find(k) in rests.get(fold(ms[0].name), set()):
            continue
        roots = rests.get(fold(ms[0].name), set())
        if len(roots) == 1:
            union(next(iter(roots)), k)
            kinds[k] = "organization"
            for m in ms:
                m.guess = "organization"


def merge_word_order(groups: dict, union) -> None:
    """ "Nou Camp" is "Camp Nou": a foreign name (latin letters only) written with its words in another order.
    Vietnamese names are left alone ("Hà Nam" and "Nam Hà" are two provinces)."""
    by_words: dict[tuple, str] = {}
    for k, ms in groups.items():
        name = ms[0].name
        words = name.lower().split()
        if len(words) < 2 or not name.isascii() or _ACRONYM.match(name):
            continue
        key = tuple(sorted(words))
        if key in by_words:
            union(by_words[key], k)
        else:
            by_words[key] = k


def merge_org_prefixes(groups: dict, kinds: dict, union, find) -> None:
    """ "Bộ Nông nghiệp" is "Bộ Nông nghiệp và Phát triển nông thôn": an organisation's name (two words or
    more, no acronym) that opens exactly one longer organisation's name of the cluster is that name cut short."""
    orgs = {k: fold(groups[k][0].name).split() for k, t in kinds.items() if t == "organization"}

    def goes_on(k: str, n: int) -> bool:
        """The longer name goes on as a name: a capital ("… Quốc gia Hồ Chí Minh"), "và"/a dash and a capital,
        or it is written twice or more (a lower-case tail read once may be a verb: "Bộ Công an bước đầu")."""
        extra = groups[k][0].name.split()[n:]
        if extra[0][:1].isupper() or len(extra) > 1 and extra[0] in ("và", "–", "-") and extra[1][:1].isupper():
            return True
        return len(groups[k]) > 1

    for short, words in orgs.items():
        if len(words) < 2 or _ACRONYM.match(groups[short][0].name.split()[-1]):
            continue
        longer = {find(k) for k, w in orgs.items() if len(w) > len(words) and w[: len(words)] == words
                  and goes_on(k, len(words))}
        if len(longer) == 1 and find(short) not in longer:
            union(longer.pop(), short)


def merge_place_words(groups: dict, kinds: dict, union, prefixes: set[str]) -> None:
    """ "Vùng Vịnh" is "Vịnh" (read after "vùng"), "Thành phố Tacloban" is "Tacloban": a place's name and the
    same name after a place word ("vùng", "thành phố", "công viên"…) or before a place of the cluster are one place."""
    places = {fold(groups[k][0].name): k for k, t in kinds.items() if t == "location"}
    for k, t in kinds.items():
        words = groups[k][0].name.split(" ")
        for n in (1, 2, 3):  # "Cung Văn hóa Hữu nghị Hà Nội" is "Cung Văn hóa Hữu nghị": a venue, then its city
            if t == "location" and len(words) > n + 1 and fold(" ".join(words[-n:])) in places \
                    and places.get(fold(" ".join(words[:-n]))) not in (None, k):
                union(places[fold(" ".join(words[:-n]))], k)
        for n in (1, 2):
            if t == "location" and len(words) > n and " ".join(words[:n]).lower() in prefixes:
                bare = places.get(fold(" ".join(words[n:])))
                if bare and bare != k:
                    union(bare, k)


# Committees and boards named with their body ("Ban Thường trực Ủy ban MTTQ TP", "Đảng ủy Bộ Ngoại giao"): the
# annotations count them as names of the body (abmusu-validation-002, -007).
COMMITTEES = ("ban thường trực", "ban thường vụ", "ban cán sự đảng", "đảng ủy khối cơ sở", "đảng ủy khối", "đảng ủy", "đảng uỷ",
              "ban chấp hành")  # (longest first: "Đảng ủy Khối cơ sở Bộ Xây dựng" is the ministry's)


def merge_committees(groups: dict, kinds: dict, union) -> None:
    """ "Ban Thường trực Ủy ban MTTQVN TPHCM" is "Ủy ban MTTQVN TPHCM": a committee of a body of the cluster."""
    orgs = {fold(groups[k][0].name): k for k, t in kinds.items() if t == "organization"}
    for folded, k in orgs.items():
        body = folded
        while True:  # "Ban Thường vụ Đảng ủy Công an Gia Lai": committees stacked on one body
            c = next((c for c in COMMITTEES if body.startswith(fold(c) + " ")), None)
            if c is None:
                break
            body = body[len(fold(c)) + 1:]
            if orgs.get(body) not in (None, k):
                union(orgs[body], k)
                break
