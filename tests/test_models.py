"""The shared models: a summary read as one paragraph."""

from __future__ import annotations


def test_a_paragraph_gives_a_headline_its_full_stop():
    from tomtat.models import as_paragraph

    assert as_paragraph(["Cháy xưởng dệt ở Tân Phước", "120 công nhân được sơ tán.", "Ai chịu trách nhiệm?"]) == (
        "Cháy xưởng dệt ở Tân Phước. 120 công nhân được sơ tán. Ai chịu trách nhiệm?")
    assert as_paragraph(["Ông Đức nói: “Không ai bị thương”", "  ", "Xong (ảnh)"]) == (
        "Ông Đức nói: “Không ai bị thương” Xong (ảnh)")
