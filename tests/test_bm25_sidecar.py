"""The BM25 sidecar (index_store/bm25.py): its keyword scores over real bm25s."""
from __future__ import annotations

from wsis.index_store.bm25 import BM25Sidecar


def test_a_number_inside_a_name_matches_no_paragraph_number():
    """Tester W: "What did the ministers say about COVID-19?" cited two paragraphs that merely hold "19"."""
    sidecar = BM25Sidecar.build(["a#7", "b#19", "c#3"], [
        "Response to COVID: the pandemic accelerated the adoption of digital technology.",
        "We intend to govern artificial intelligence, as line 19 reads.",
        "Ministers welcomed the progress made on connectivity."])
    scores = dict(zip(sidecar.ids, sidecar.scores("What did the ministers say about COVID-19?")))
    assert scores["b#19"] == 0.0 and scores["a#7"] > 0.0
    # a number of its own still counts
    assert dict(zip(sidecar.ids, sidecar.scores("line 19")))["b#19"] > 0.0
