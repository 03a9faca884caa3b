"""Blind batches (question ids ``b2-...``) are reported apart from the rest of their suite."""
from __future__ import annotations

from wsis.eval.harness import by_batch
from wsis.eval.tables import batch_tables


def _row(qid: str, split: str, kind: str, recall: float | None = None, abstained: bool = False) -> dict:
    return {"id": qid, "split": split, "kind": kind, "recall@3": recall, "cited_recall@3": recall if not abstained else 0.0,
            "answerable": not kind.startswith("unanswerable"), "abstained": abstained}


def test_a_blind_batch_is_reported_per_kind_and_split():
    rows = [_row("top-s-old", "test", "topic", 0.0),  # not in a batch: left out
            _row("b2-top-s-a", "test", "topic", 1.0), _row("b2-top-s-b", "test", "topic", 0.0, abstained=True),
            _row("b2-un-s-a", "test", "unanswerable-in-domain", abstained=True),
            _row("b2-un-s-b", "test", "unanswerable-in-domain"), _row("b2-un-s-c", "dev", "unanswerable-in-domain", abstained=True)]
    batches = by_batch(rows)
    assert list(batches) == ["b2"]
    topic, unanswerable = batches["b2"]["topic"], batches["b2"]["unanswerable-in-domain"]
    assert topic["test"]["questions"] == 2 and topic["test"]["recall@3"] == 0.5 and topic["test"]["false_refusal"] == 0.5
    assert topic["test"]["cited_recall@3"] == 0.5
    assert unanswerable["test"]["correct_refusal"] == 0.5 and unanswerable["dev"]["correct_refusal"] == 1.0
    (name, head, table), = batch_tables({"by_batch": batches})
    assert name == "b2" and table[0][:2] == ["topic", "2 / 0"] and "Recall@3 of the citations" in head


def test_a_suite_without_batches_has_no_batch_table():
    assert by_batch([_row("top-s-old", "test", "topic", 1.0)]) == {}
    assert batch_tables({}) == []
