"""Agreed language for a draft (assistant/drafting.py): the citation a negotiator pastes."""
from __future__ import annotations

from wsis.assistant.drafting import find_agreed_language


def test_a_draft_matching_one_item_cites_that_item(specimens):
    """Tester Z: a draft sharing only item (b)'s words with the compact's para. 29 (and the lead-in's "We
    commit to") was cited "Global Digital Compact, para. 29", all four items."""
    best = find_agreed_language(specimens, "We commit to support the Internet Governance Forum, including through voluntary funding")[0]
    assert best.id == "global-digital-compact#29" and best.citation == "Global Digital Compact, para. 29(b)", best
    assert best.paragraph == "29"  # the paragraph's own label, for its link
