"""Merging name variants: initials that spell an acronym."""

from __future__ import annotations

from tomtat.analyze.merge import spells


def test_initials_spell_an_acronym_and_va_is_skipped():
    assert spells("dtnn", ["du", "tru", "nha", "nuoc"])
    assert spells("gddt", ["giao", "duc", "va", "dao", "tao"])
    assert not spells("dtnn", ["du", "tru", "nha"])
    assert not spells("a", ["an"])
