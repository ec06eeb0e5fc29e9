"""Context around a name that changes its type: a piece of a longer name or title, a title held by many people."""

from __future__ import annotations

import re

from .lexicon import SURNAMES
from .spans import _is_org_head

_OPEN_QUOTES = {"'", '"', "“", "‘", "«"}
_CLOSE_QUOTES = {"'", '"', "”", "’", "»"}
# English function words that join the words of a title or company name ("Love and Thunder",
# "Bank of …"); a closed class, kept to those that are no Vietnamese word.
_JOINING = {"and", "of", "the", "for", "with"}
# A version number after a word ("Industrie 4.0 Award", "Web 3.0"): a product, programme or award.
_VERSION = re.compile(r"^\d+\.\d+")


def piece_of_longer_name(toks: tuple[str, ...], i: int, j: int) -> bool:
    """Whether the one-word name toks[i:j] is only a piece of a longer name or title: joined by "&"
    ("Ernst & Young", "Sports & Media"), after an English joining word ("Love and Thunder"), before a
    version number ("Industrie 4.0 Award"), or alone between quote marks (a term: "'Home'")."""
    if j - i != 1 or " " in toks[i]:
        return False
    before = toks[i - 1] if i > 0 else ""
    after = toks[j] if j < len(toks) else ""
    if before.endswith("&") or after.startswith("&"):
        return True
    if before and before.split(" ")[-1] in _JOINING:
        return True
    if _VERSION.match(after):
        return True
    return before in _OPEN_QUOTES and after in _CLOSE_QUOTES


def quoted_title(toks: tuple[str, ...], i: int, j: int) -> bool:
    """Whether the run toks[i:j], of two words or more, fills a pair of quote marks alone ("'Extraordinary
    Attorney Woo'", "'Last Farewell'"): the title of a film, song or show, as Vietnamese news quotes them;
    only for runs no rule types (a quoted body after its head, "công ty 'Sen Vàng'", keeps its name)."""
    return 0 < i and j < len(toks) and toks[i - 1] in _OPEN_QUOTES and toks[j] in _CLOSE_QUOTES \
        and len(" ".join(toks[i:j]).split()) >= 2


def real_name(toks: tuple[str, ...], j: int, name: str) -> bool:
    """Whether "(" at toks[j] gives the real name of the stage name just read: a Vietnamese full name alone in
    the parenthesis after a latin-letter name ("Jack (Trịnh Trần Phương Tuấn)"); not after a Vietnamese name,
    which is a role's more often than not ("Tuấn (Doãn Quốc Đam)": a character, then the actor)."""
    if j + 2 >= len(toks) or toks[j] != "(" or toks[j + 2] != ")" or not name.isascii():
        return False
    full = toks[j + 1].split(" ")
    return 3 <= len(full) <= 4 and full[0].lower() in SURNAMES and all(p[:1].isupper() and p.isalpha() for p in full)


_PLURAL = {"các", "những", "nhiều", "mọi"}


def plural_title(toks: tuple[str, ...], i: int, j: int, title: str) -> bool:
    """Whether the title before the latin-letter name toks[i:j] is plural and the name is no list
    ("Các cầu thủ Chelsea đã …", not "các bị cáo Hoàn Nguyên, Nhất Nguyên"): many people of one
    body, so the name is the body's, not a person's."""
    if not all(t.isascii() for t in toks[i:j]) or j < len(toks) and toks[j] in {",", "và", "(", "–", "-", "&"}:
        return False
    n = len(title.split(" "))
    k = i - 1
    while k >= 0 and n > 0:  # back over the title's words (one token or two)
        n -= len(toks[k].split(" "))
        k -= 1
    return n == 0 and k >= 0 and toks[k].split(" ")[-1].lower() in _PLURAL  # "Schalke Các": a caption glued on


def _long_list(a: str, b: str, text: str) -> bool:
    """Whether "a, b" sits in a list of three names or more ("Tyrell Malacia, Lisandro Martinez, Erikten và Casemiro")."""
    at = text.find(f"{a}, {b}")
    after = text[at + len(a) + len(b) + 2:]
    return at >= 0 and bool(re.match(r"(?:,| và) [A-ZÀ-ỸĐ]", after) or re.search(r"[A-ZÀ-ỸĐ][\w-]*, $", text[:at]))


def coordinated_guesses(names: list[tuple[str, str | None]], text: str) -> dict[str, str]:
    """Weak types for untyped names listed with a typed one, from (name, type) pairs of one sentence:
    "Khan Younes và Abasan", "Ai Cập, Iraq và Jordani" (places), "Google và Yahoo" (companies): the
    members of a list are of one kind."""
    typed = [(n, t) for n, t in names if t]
    out: dict[str, str] = {}
    for name, kind in names:
        if kind:
            continue
        found = {t for n, t in typed for a, b in ((n, name), (name, n))
                 if f"{a} và {b}" in text or (t == "location" or _long_list(a, b, text)) and f"{a}, {b}" in text}
        # ("X, Y" may be an apposition; in a list of three or more, "X, Y, Z và W", it is not)
        if len(found) == 1:
            out[name] = found.pop()
    return out


def person_core(name_toks: list[str], titles: set[str]) -> list[str]:
    """A titled person's name without what the title run glued on: a domain before a Vietnamese full
    name ("Bộ trưởng Kế hoạch và Đầu tư Nguyễn Chí Dũng"), a title or a body after a dash ("Luise
    Hölscher – Quốc vụ khanh", "Phạm Thị Kiều Loan – Khoa phòng chống …")."""
    for k, t in enumerate(name_toks[1:], 1):
        rest = " ".join(name_toks[k + 1:]).lower()
        if t in ("–", "-") and rest and (any(rest == h or rest.startswith(h + " ") for h in titles)
                                         or _is_org_head(rest) or rest.split(" ")[0] == "khoa"):
            return name_toks[:k]
    last = name_toks[-1].split(" ")
    if len(name_toks) > 1 and 3 <= len(last) <= 4 and last[0].lower() in SURNAMES and all(p[:1].isupper() for p in last) \
            and any(p[:1].islower() for t in name_toks[:-1] for p in t.split(" ")):
        return name_toks[-1:]
    if any(p[:1].islower() and p not in _PARTICLES for t in name_toks for p in t.split(" ")):
        return []  # "Bộ trưởng Kế hoạch và Đầu tư": a domain, no name
    return name_toks


# Lower-case particles inside foreign persons' names ("Ludwig van Beethoven", "Mohammed bin Salman").
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "do", "dos", "du", "la", "le", "bin", "al", "el", "ibn", "y",
              "ten", "ter", "das", "del", "della"}  # (twelfth round: "Erik ten Hag")
