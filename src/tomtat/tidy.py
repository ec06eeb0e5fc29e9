"""Summary sentences that read on their own: an opening connective that points at a sentence left out is dropped.

An extractive summary lifts sentences out of their articles. "Tuy nhiên, ..." or "Vì vậy, ..."
then refers to a sentence the reader never sees: the contrast or consequence it announces is not
there. When the sentence just before it in its article is not the sentence just before it in the
summary, such an opening connective is removed and the next letter capitalised; the claim itself
is untouched. Connectives that carry information (time: "Trước đó", "Sau đó"; part-of: "Trong
đó") are kept.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .models import SummarySentence

# Written for this module from Vietnamese usage: discourse connectives that only link to the
# previous sentence (contrast, addition, consequence, restatement), followed by a comma.
DANGLING = (
    "tuy nhiên", "tuy vậy", "dù vậy", "mặc dù vậy", "ngoài ra", "bên cạnh đó", "thêm vào đó",
    "hơn nữa", "đồng thời", "mặt khác", "vì vậy", "vì thế", "do đó", "do vậy", "bởi vậy", "chính vì vậy",
    "như vậy", "theo đó", "trong khi đó", "cụ thể", "cụ thể là", "nói cách khác", "tóm lại",
)
_OPENING = re.compile(r"^(?:%s)\s*,\s*" % "|".join(sorted(map(re.escape, DANGLING), key=len, reverse=True)),
                      re.IGNORECASE)


# A sentence that opens with a third-person pronoun ("Ông cho biết …", "Họ sẽ …") names its subject only in
# an earlier sentence. Not pronouns: the word before a name ("Ông Nguyễn Văn A": a capital follows), kinship
# and role nouns that start with the same word ("Bà mẹ", "Anh em", "Cô giáo") and a country in a list ("Anh
# và Pháp"). Written for this module from Vietnamese usage.
_PRONOUN = re.compile(
    r"^(?:Ông|Bà|Anh|Chị|Cô|Em|Họ|Nó|Hắn)(?:\s+(?:ấy|ta|này))?\s+"
    r"(?!(?:bà|lão|cụ|chủ|già|nội|ngoại|trùm|bầu|mẹ|con|đỡ|em|trai|chàng|hùng|rể|họ|gái|dâu|giáo|bé|nàng"
    r"|chú|út|hàng|tên|và|hoặc|cùng|với)\b)[a-zđà-ỹ]"
)


# Nouns of a document or a statement that a sentence may point back at with "này/trên/đó" (also the speakers of
# tomtat.analyze.speakers).
DOCUMENT_NOUNS = ("thông báo", "văn bản", "báo cáo", "tuyên bố", "công văn", "tài liệu", "nghị quyết", "quyết định",
                  "bản tin", "dự thảo", "thông cáo", "kết luận")
# A document, a plan or a meeting pointed back at ("Theo thông báo này, …", "Tại cuộc họp trên, …"): named only
# before. 13 such openers in ../shared/data (none among the sentences chosen on validation and KTLAB dev).
_POINTED_BACK = re.compile(
    r"^(?:Cũng |Và )?(?:Theo|Trong|Tại|Với|Từ|Qua)\s+(?:\w+\s+)?(?:"
    + "|".join((*DOCUMENT_NOUNS, "thông tin", "kế hoạch", "phương án", "đề xuất", "quy định", "hợp đồng", "cuộc họp",
                "buổi làm việc", "hội nghị", "phiên họp", "cuộc gọi", "bức thư", "thư"))
    + r")\s+(?:này|trên|đó|nói trên)\b"
)


def needs_antecedent(text: str) -> bool:
    """Whether the sentence opens with a personal pronoun, or a document it points back at, named only before it."""
    return bool(_PRONOUN.match(text) or _POINTED_BACK.match(text))


def drop_dangling_connective(text: str) -> str:
    """The sentence without its opening connective (``Tuy nhiên, …``), first letter capitalised."""
    match = _OPENING.match(text)
    if not match or match.end() >= len(text):
        return text
    rest = text[match.end():]
    first = rest[0].upper()
    return (first if len(first) == 1 else rest[0]) + rest[1:]


def tidy(sentences: list[SummarySentence]) -> list[SummarySentence]:
    """Drop the opening connective of each sentence whose predecessor in its article is not the one before it here."""
    out = []
    previous = None
    for sentence in sentences:
        origin = sentence.origin
        follows = previous is not None and previous.doc == origin.doc and previous.sentence == origin.sentence - 1
        if not follows:
            text = drop_dangling_connective(sentence.text)
            if text != sentence.text:
                sentence = replace(sentence, text=text)
        out.append(sentence)
        previous = origin
    return out
