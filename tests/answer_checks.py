"""Checks shared by the answer tests: the cited ids, and citations that exist and quote their paragraph verbatim."""
from __future__ import annotations


def ids(answer) -> list[str]:
    return [f"{c.doc_id}#{c.paragraph}" for c in answer.citations]


def check_citations(assistant, answer) -> None:
    """Every cited label exists and every quote is verbatim in its paragraph."""
    corpus = assistant.store.corpus()
    assert answer.citations, answer.answer
    for c in answer.citations:
        label = c.paragraph.split("(")[0]
        paragraph = corpus.get(f"{c.doc_id}#{label}")
        assert paragraph is not None, f"cited paragraph {c.doc_id}#{c.paragraph} does not exist"
        if "(" in c.paragraph:
            assert c.paragraph.split("(")[1].rstrip(")") in paragraph.sub_items
        assert c.quote and c.quote in paragraph.text, (c.quote, paragraph.text)
