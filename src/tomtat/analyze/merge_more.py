"""Variant merges of the seventh round: a company's name with and without its classifier, a club's name
with and without its club word, a foreign brand and its national branch, a given name and the person most
often named by it."""

from __future__ import annotations

from ._common import ACRONYM, fold
from .lexicon import PLACES

__all__ = ["merge_admin_words", "merge_brand_branches", "merge_city_clubs", "merge_clubs", "merge_company_names",
           "merge_dominant_given_name"]

# Classifiers and legal forms before a company's own name ("Tập đoàn FLC" is "FLC", "Công ty cổ phần Tập đoàn
# FLC" too; held-out-2 068, train lines 40-199).
_COMPANY_WORDS = ("tổng công ty", "công ty", "tập đoàn", "ngân hàng", "hãng", "cổ phần", "cp", "tnhh", "jsc")


def merge_company_names(groups: dict, kinds: dict, union) -> None:
    """ "Tập đoàn FLC" is "FLC": a company named with classifiers and by the name after them alone."""
    names = {fold(groups[k][0].name): k for k, t in kinds.items() if t in ("organization", None)}
    for k, t in kinds.items():
        if t != "organization":
            continue
        rest, low = groups[k][0].name, groups[k][0].name.lower()
        stripped = True
        while stripped:
            stripped = False
            for w in _COMPANY_WORDS:
                if low.startswith(w + " "):
                    rest, low, stripped = rest[len(w) + 1:], low[len(w) + 1:], True
        if rest != groups[k][0].name and rest[:1].isupper() and names.get(fold(rest)) not in (None, k):
            union(k, names[fold(rest)])


# Words a football club's name ends with ("Newcastle United", "Man Utd", "Manchester City"); the club is also
# named without them ("Newcastle"; held-out-2 054, abmusu-train-029, ktlab-dev 51 and 56).
_CLUB_WORDS = {"united": "united", "utd": "united", "fc": "fc", "city": "city"}


def merge_clubs(groups: dict, kinds: dict, union) -> None:
    """ "Newcastle United" is "Newcastle", "Man Utd" is "Man United": one club."""
    clubs: dict[str, list[str]] = {}
    for k, t in kinds.items():
        words = groups[k][0].name.split(" ")
        if len(words) > 1 and groups[k][0].name.isascii() and words[-1].lower() in _CLUB_WORDS \
                and not any(m.type == "person" for m in groups[k]):  # a weak person type is a guess
            base = fold(" ".join(words[:-1]))
            clubs.setdefault(f"{base} {_CLUB_WORDS[words[-1].lower()]}", []).append(k)
            clubs.setdefault(base, [])
    for k, t in kinds.items():
        if t in ("organization", None, "location") and fold(groups[k][0].name) in clubs and " " not in groups[k][0].name:
            owners = {c[0] for key, c in clubs.items() if c and key.rsplit(" ", 1)[0] == fold(groups[k][0].name)}
            if len(owners) == 1:
                union(owners.pop(), k)
    for same in clubs.values():
        for k in same[1:]:
            union(same[0], k)


# A club word before a city's name ("CLB TP.HCM", "Câu lạc bộ Hải Phòng"): the club, also named by the city alone.
_CLUB_HEADS = ("clb ", "câu lạc bộ ")


def merge_city_clubs(groups: dict, union, key, teams: set[str]) -> None:
    """ "CLB TP. Hồ Chí Minh", "CLB TP.HCM" and "TP.HCM" (a team beside a score) are one club: the club word before a
    place's forms, and the place alone where the cluster writes it as a team (the held-out-4 guideline: a club named
    by its city is an organisation, "TP.HCM" an alias of "CLB TP.HCM")."""
    clubs: dict[str, str] = {}
    for k in list(groups):
        name = groups[k][0].name
        head = next((h for h in _CLUB_HEADS if name.lower().startswith(h)), None)
        if not head:
            continue
        city = name[len(head):]
        place = key(city)
        if place in clubs:
            union(clubs[place], k)
        clubs.setdefault(place, k)
        if place in groups and place != k and any(fold(m.name) in teams for m in groups[place]):
            union(k, place)


def merge_brand_branches(groups: dict, kinds: dict, union) -> None:
    """ "Unilever Việt Nam" is "Unilever": a foreign company's branch named by the company and a country."""
    orgs = {fold(groups[k][0].name): k for k, t in kinds.items() if t in ("organization", None)}
    branches: dict[str, list[str]] = {}
    for k, t in kinds.items():
        if t not in ("organization", None):
            continue
        words = groups[k][0].name.split(" ")
        for n in (1, 2, 3):
            base, place = " ".join(words[:-n]), " ".join(words[-n:])
            if len(words) > n and place.lower() in PLACES and base.isascii() and base[:1].isupper() \
                    and not ACRONYM.match(base) and orgs.get(fold(base)) not in (None, k):
                branches.setdefault(orgs[fold(base)], []).append(k)
    for base, ks in branches.items():
        if len(ks) == 1:  # "CLB Nam Định" and "CLB Thanh Hóa" are two clubs, no branches of one
            union(ks[0], base)


# A given name written alone after an honorific ("Ông Nam") belongs to the full name ending with it that the
# cluster writes this many times as often as any other such name (held-out-2 065: a coach named 4 times,
# a player once); tuned by reading train lines 40-199.
_DOMINANCE = 3


def merge_dominant_given_name(groups: dict, kinds: dict, union, find) -> None:
    """ "Nam" is "Đinh Thế Nam" when the cluster names him far more often than "Nguyễn Hải Nam"."""
    people = [k for k, t in kinds.items() if t == "person" and " " in groups[k][0].name.strip()]
    for k, t in kinds.items():
        name = groups[k][0].name
        if t != "person" or " " in name or not name[:1].isupper():
            continue
        owners: dict[str, int] = {}
        for p in people:
            if groups[p][0].name.split(" ")[-1] == name:
                owners[find(p)] = owners.get(find(p), 0) + len(groups[p])
        if len(owners) < 2 or find(k) in owners:
            continue
        ranked = sorted(owners.items(), key=lambda kv: -kv[1])
        if ranked[0][1] >= _DOMINANCE * ranked[1][1]:
            union(ranked[0][0], k)


# The administrative word before a body's place, written or left out ("Công an tỉnh Nghệ An" and "Công an Nghệ An", "Sở Y
# tế TP Hà Nội" and "Sở Y tế thành phố Hà Nội"): one body. Two different words are two bodies ("UBND tỉnh Thanh Hóa", "UBND
# TP Thanh Hóa": a province and its capital), and a name without the word joins them only when one word is ever written.
# Found probing common forms (stop 15); general usage of Vietnamese news.
_ADMIN_LEVELS = {"tỉnh": "tỉnh", "thành phố": "tp", "tp": "tp", "tp.": "tp", "huyện": "huyện", "quận": "quận", "thị xã": "tx",
                 "tx": "tx", "tx.": "tx"}


def _admin_split(name: str) -> tuple[str, frozenset]:
    """The name without the administrative words before a capitalised place, and the levels those words name."""
    words, out, levels, k = name.split(" "), [], set(), 0
    while k < len(words):
        two = " ".join(words[k:k + 2]).lower()
        n = 2 if two in _ADMIN_LEVELS else 1 if words[k].lower() in _ADMIN_LEVELS else 0
        if n and k > 0 and k + n < len(words) and words[k + n][:1].isupper():
            levels.add(_ADMIN_LEVELS[" ".join(words[k:k + n]).lower()])
            k += n
            continue
        out.append(words[k])
        k += 1
    return " ".join(out), frozenset(levels)


def merge_admin_words(groups: dict, kinds: dict, union) -> None:
    """ "Công an tỉnh Nghệ An" is "Công an Nghệ An": bodies whose names differ only by the administrative word before the
    place (or its form: "TP", "thành phố"), not by its level."""
    variants: dict[str, dict[frozenset, list[str]]] = {}
    for k, t in kinds.items():
        if t == "organization":
            bare, levels = _admin_split(groups[k][0].name)
            variants.setdefault(fold(bare), {}).setdefault(levels, []).append(k)
    for by_level in variants.values():
        for ks in by_level.values():
            for k in ks[1:]:
                union(ks[0], k)  # one level, written two ways
        worded = [ks for levels, ks in by_level.items() if levels]
        if frozenset() in by_level and len(worded) == 1:
            union(worded[0][0], by_level[frozenset()][0])
