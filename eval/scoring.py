"""Scoring one answer: retrieval, citations, the support check's own verdict, nuggets, evidence.

Figures computed by the assistant's own support check (the filter that removes unsupported
generated sentences) are named for it: ``support_check_pass`` is "support-check pass rate (the
filter's own verdict)", and the ALCE citation scores are judged by the same check. Independent
judges are ``perturb`` (ground truth the check did not produce) and ``judge`` (an LLM).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from wsis.types import Answer
from wsis.eval import metrics as M
from wsis.eval.questions import Question

KS = (1, 2, 3, 5, 8, 10)
CURVE_KS = tuple(range(1, 11))
EVIDENCE_K = 3


class CachedEmbed:
    """Memoized text -> vector, so the support check re-embeds nothing across metrics."""

    def __init__(self, embed: Callable[[list[str]], Any]):
        self.embed = embed
        self.cache: dict[str, list[float]] = {}

    def __call__(self, texts: list[str]) -> list[list[float]]:
        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if missing:
            for t, v in zip(missing, self.embed(missing)):
                self.cache[t] = list(v)
        return [self.cache[t] for t in texts]


@dataclass
class Scorer:
    """Everything needed to score answers: paragraph lookup and the shared support check."""

    get_text: Callable[[str], str | None]
    checker: Any  # assistant.support.SupportChecker

    def supports(self, sentence: str, texts: list[str]) -> bool:
        return bool(self.checker.check(sentence, texts).supported)

    @classmethod
    def for_assistant(cls, assistant) -> "Scorer":
        checker = assistant.support_checker()
        checker.embed = CachedEmbed(checker.embed) if checker.embed is not None else None
        corpus = assistant.store.corpus()

        def get_text(pid: str) -> str | None:
            p = corpus.get(M.base_id(pid))
            return None if p is None else p.text

        return cls(get_text, checker)


def citation_pid(c) -> str:
    """The paragraph id a citation names: its id, else doc_id#label without the sub-item."""
    return M.base_id(c.id or f"{c.doc_id}#{c.paragraph}")


def gold_docs(q: Question) -> set[str]:
    return {M.base_id(g).split("#")[0] for g in q.gold_ids}


def evidence_recall(nuggets: list[str], texts: list[str]) -> float | None:
    """Share of the nuggets found inside one of ``texts`` (each nugget in a single text)."""
    if not nuggets:
        return None
    return sum(any(M.nugget_found(n, t) for t in texts) for n in nuggets) / len(nuggets)


def evidence_scores(q: Question, answer: Answer) -> dict[str, Any]:
    """Evidence recall at 3 (nuggets in a retrieved paragraph of a gold document, first 3 paragraphs)
    and in a quoted sentence (statements of the answer citing a gold-document paragraph)."""
    docs = gold_docs(q)
    seen: dict[str, str] = {}
    for p in answer.passages:
        if p.id not in seen:
            seen[p.id] = p.paragraph.text if p.paragraph.doc_id in docs else ""
    top = [t for t in list(seen.values())[:EVIDENCE_K] if t]
    by_marker = {c.marker or n: c.doc_id for n, c in enumerate(answer.citations, start=1)}
    quoted = [s.text for s in M.statements(answer.answer) if any(by_marker.get(m) in docs for m in s.markers)]
    return {"evidence_retrieved@3": evidence_recall(q.nuggets, top),
            "evidence_quoted": evidence_recall(q.nuggets, quoted)}


def base_row(q: Question) -> dict[str, Any]:
    return {"id": q.id, "kind": q.kind, "category": q.kind, "split": q.split, "question": q.question,
            "answerable": q.answerable, "gold": q.gold_ids, "unverified": q.unverified, "nuggets": q.nuggets}


def score_answer(q: Question, answer: Answer | None, scorer: Scorer, latency: float | None = None,
                 error: str = "") -> dict[str, Any]:
    """One row of the result: retrieval, citation, support-check, nugget, evidence and abstention scores."""
    row: dict[str, Any] = {**base_row(q), "latency": latency, "error": error}
    if answer is None:
        row.update({"abstained": False, "answer": "", "ranked": [], "citations": [], "notice": ""})
        if q.answerable and q.gold:
            row.update({f"recall@{k}": 0.0 for k in sorted(set(KS) | set(CURVE_KS))})
            row.update({"mrr": 0.0, "ndcg@10": 0.0, "cited_recall@3": 0.0})
        if q.answerable and q.nuggets:
            row.update({"nugget_recall": 0.0, "evidence_retrieved@3": 0.0, "evidence_quoted": 0.0})
        return row
    ranked = M.dedupe(p.id for p in answer.passages)
    row.update({
        "abstained": bool(answer.abstained), "answer": answer.answer, "notice": answer.notice, "ranked": ranked[:10],
        "citations": [citation_pid(c) for c in answer.citations],
        "relevance": max((p.scores.get("dense", 0.0) for p in answer.passages), default=0.0),
        "retrieval_latency": answer.timings.get("retrieve"),
        "timings": {k: round(v, 4) for k, v in answer.timings.items()},
    })
    if q.answerable and q.gold:
        for k in sorted(set(KS) | set(CURVE_KS)):
            row[f"recall@{k}"] = M.recall_at_k(ranked, q.gold_ids, k)
        row["mrr"] = M.mrr(ranked, q.gold_ids)
        row["ndcg@10"] = M.ndcg_at_k(ranked, q.gold_ids, 10)
        # the Recall@3: a gold paragraph among the first three references the reader sees
        row["cited_recall@3"] = 0.0 if answer.abstained else M.recall_at_k(row["citations"], q.gold_ids, 3)
        row["first_gold_rank"] = next((i for i, pid in enumerate(ranked, start=1) if pid in {M.base_id(g) for g in q.gold_ids}), None)
    if q.answerable and q.nuggets:
        row["nugget_recall"] = 0.0 if answer.abstained else M.nugget_recall(q.nuggets, answer.answer)
        row["nuggets_missing"] = [n for n in q.nuggets if not M.nugget_found(n, answer.answer)]
        ev = evidence_scores(q, answer)
        row["evidence_retrieved@3"] = ev["evidence_retrieved@3"]
        row["evidence_quoted"] = 0.0 if answer.abstained else ev["evidence_quoted"]
    if not answer.abstained:
        row.update(score_citations(answer, scorer))
        if q.answerable and q.gold:
            cited = set(row["citations"])
            row["cites_gold"] = float(bool(cited & {M.base_id(g) for g in q.gold_ids}))
    return row


def score_citations(answer: Answer, scorer: Scorer) -> dict[str, Any]:
    """Citation existence, and ALCE recall/precision and the pass rate as judged by the support check."""
    by_marker: dict[int, str | None] = {}
    for n, c in enumerate(answer.citations, start=1):
        marker = c.marker or n
        by_marker[marker] = scorer.get_text(citation_pid(c))
    cited_ids = [citation_pid(c) for c in answer.citations]
    stmts = M.statements(answer.answer)
    alce = M.citation_scores(stmts, by_marker, scorer.supports)
    existing = [t for t in by_marker.values() if t is not None]
    quotes_exact = [c.quote.strip() in (scorer.get_text(citation_pid(c)) or "") for c in answer.citations if c.quote.strip()]
    return {
        "citation_existence": M.citation_existence(cited_ids, lambda pid: scorer.get_text(pid) is not None),
        "citation_recall": alce.recall if stmts else None,
        "citation_precision": alce.precision if alce.citations else (0.0 if stmts else None),
        "support_check_pass": M.faithfulness(stmts, existing, scorer.supports) if stmts else None,
        "quote_exact": sum(quotes_exact) / len(quotes_exact) if quotes_exact else None,
        "statements": len(stmts),
        "unsupported": [d["text"][:160] for d in alce.per_statement if not d["supported"]],
    }
