"""Per-language figures of a multilingual suite: grouped by the question's detected language."""
from __future__ import annotations

from wsis.eval.harness import MIN_PER_LANGUAGE, by_language
from wsis.eval.tables import language_table


def _row(question: str, split: str, kind: str = "topic", recall: float | None = 1.0, abstained: bool = False) -> dict:
    return {"question": question, "split": split, "kind": kind, "recall@3": recall,
            "answerable": not kind.startswith("unanswerable"), "abstained": abstained}


def test_figures_per_language_and_ratio_to_english():
    rows = [_row("What is the mandate of the Internet Governance Forum?", "test") for _ in range(MIN_PER_LANGUAGE)]
    rows += [_row("ما هي ولاية منتدى إدارة الإنترنت؟", "test", recall=r) for r in (1.0, 0.0, 1.0, 1.0)]
    rows += [_row("ماذا تقول النصوص عن حياد الشبكة؟", "test", kind="unanswerable-in-domain", recall=None, abstained=True)]
    result = {"by_language": by_language(rows)}
    assert list(result["by_language"]) == ["ar", "en"]
    ar = result["by_language"]["ar"]["test"]
    assert (ar["questions"], ar["topic_questions"], ar["topic_recall@3"]) == (5, 4, 0.75)
    assert (ar["correct_refusal"], ar["false_refusal"]) == (1.0, 0.0)
    head, table = language_table(result)
    arabic = table[0]
    assert arabic[0] == "Arabic (ar)" and arabic[3] == "0.750"  # 0.75 of English's 1.0


def test_an_english_suite_has_no_language_table():
    rows = [_row("What is the mandate of the Forum?", "test") for _ in range(8)]
    rows += [_row("Tunis Agenda 72", "dev")]  # a short reference may be detected as another language
    assert by_language(rows) == {} and language_table({"by_language": {}}) is None
