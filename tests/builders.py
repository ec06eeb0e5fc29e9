"""Small hand-written input builders shared by the tests (every sentence here is invented).

Keep these stable: other engineers' tests import them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

# Invented Vietnamese news sentences about one made-up event (a storm in a made-up province),
# varied in length, with numbers, dates, an attribution and an unconfirmed claim.
POOL: tuple[str, ...] = (
    "Chiều ngày 5/9, cơn bão số 7 đã đổ bộ vào tỉnh Hải Lâm với sức gió mạnh cấp 11.",
    "Gần 3.000 hộ dân ở các xã ven biển đã được sơ tán đến nơi an toàn trước khi bão vào.",
    "Theo Ban chỉ huy phòng chống thiên tai tỉnh, mưa lớn kéo dài khiến nhiều tuyến đường bị chia cắt.",
    "Ông Phạm Văn Long, Chủ tịch UBND huyện Tân An, cho biết chưa có thiệt hại về người.",
    "Khoảng 200 ngôi nhà bị tốc mái, hàng trăm cây xanh bị quật đổ trên các tuyến phố.",
    "Có thông tin một tàu cá bị mất liên lạc ngoài khơi, nhưng thông tin này chưa được xác nhận.",
    "Lực lượng cứu hộ đã điều 12 ca nô để hỗ trợ người dân ở vùng trũng thấp.",
    "Điện lưới bị cắt trên diện rộng và dự kiến được khôi phục trong ngày 7/9.",
    "Các trường học trong tỉnh cho học sinh nghỉ học hai ngày để bảo đảm an toàn.",
    "Trung tâm Dự báo khí tượng thủy văn quốc gia nhận định bão sẽ suy yếu dần khi đi sâu vào đất liền.",
    "Giá rau xanh tại các chợ tăng mạnh sau bão.",
    "Nhiều tình nguyện viên từ TP.HCM đã đến hỗ trợ dọn dẹp.",
)

TITLES: tuple[str, ...] = (
    "Bão số 7 đổ bộ vào Hải Lâm",
    "Hải Lâm sơ tán hàng nghìn hộ dân tránh bão",
    "Thiệt hại ban đầu sau cơn bão số 7",
    "Người dân Hải Lâm khắc phục hậu quả bão",
)


def article_text(sentences: Sequence[str], title: str | None = None) -> str:
    """An article file's text: an optional title line, then the sentences as one paragraph."""
    body = " ".join(sentences)
    return f"{title}\n{body}\n" if title else f"{body}\n"


def cluster_texts(n_articles: int = 3, per_article: int = 4) -> list[str]:
    """``n_articles`` article texts (with titles) drawn from :data:`POOL`, overlapping like real coverage."""
    out = []
    for a in range(n_articles):
        picked = [POOL[(a * 2 + k) % len(POOL)] for k in range(per_article)]
        out.append(article_text(picked, TITLES[a % len(TITLES)]))
    return out


def write_articles(folder: Path, texts: Iterable[str], suffix: str = ".txt", encoding: str = "utf-8") -> list[Path]:
    """Write each text to ``folder/NN.txt`` and return the paths, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(texts):
        path = folder / f"{i:02d}{suffix}"
        path.write_bytes(text.encode(encoding))
        paths.append(path)
    return paths


def document(raw_text: str, title: str = "", anchor_text: str = "") -> dict:
    """One ``single_documents`` entry of the AbMuSu layout."""
    return {"title": title, "anchor_text": anchor_text, "raw_text": raw_text}


def record(texts: Sequence[str] | None = None, cluster_id=None, max_words: int | None = None) -> dict:
    """One AbMuSu cluster record; by default three articles built from :data:`POOL`."""
    texts = cluster_texts() if texts is None else texts
    out: dict = {}
    if cluster_id is not None:
        out["cluster_id"] = cluster_id
    out["single_documents"] = [document(t) for t in texts]
    if max_words is not None:
        out["max_words"] = max_words
    return out


def write_jsonl(path: Path, lines: Iterable[dict | str]) -> Path:
    """Write dicts as JSON lines; strings are written verbatim (for malformed or blank lines)."""
    with open(path, "w", encoding="utf-8") as handle:
        for line in lines:
            handle.write((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n")
    return path


def read_jsonl(path: Path) -> list[dict]:
    """Every line of a JSONL file, parsed."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
