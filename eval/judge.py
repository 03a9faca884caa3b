"""An LLM judge of faithfulness, independent of the support check that filters generated answers.

``wsis eval --judge SPEC`` (SPEC as ``WSIS_LLM``: ``ollama:MODEL[@URL]``, ``openai:URL:MODEL``,
``gguf:PATH`` or ``gguf:smollm2``) asks the model, with the fixed rubric ``prompts/judge.txt``,
whether each statement of an answer is supported by the paragraphs it cites. Its figure,
"judge-rated faithfulness", is the share of statements rated YES among those it rated; replies
that are neither YES nor NO are counted as unparsed and left out. It is reported beside the
support-check pass rate and never mixed with it. The judge is also run on a sample of the
perturbation suite, so its own catch rate and false alarms are visible next to its verdicts.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Any, Callable

from wsis.prompts import load_prompt
from wsis.eval import metrics as M
from wsis.eval.scoring import citation_pid

MAX_STATEMENTS = 6
MAX_PASSAGE_CHARS = 2500
_VERDICT = re.compile(r"\b(YES|NO|SUPPORTED|NOT SUPPORTED)\b", re.I)


class JudgeError(RuntimeError):
    """The judge's model cannot be loaded; str() is one line."""


class Judge:
    """Rates (statement, passage) pairs YES/NO with an LLM and the fixed rubric."""

    def __init__(self, spec: str, complete: Callable[[str], str] | None = None):
        self.spec = spec
        self.calls = 0
        self.unparsed = 0
        self.template = load_prompt("judge")
        self._complete = complete or self._load(spec)

    @staticmethod
    def _load(spec: str) -> Callable[[str], str]:
        from wsis.errors import LLMConfigError
        from wsis.settings import Settings
        from wsis.assistant.llms import get_llm

        try:
            llm = get_llm(dataclasses.replace(Settings(), llm=spec, llm_max_tokens=4, llm_context=2048))
        except (LLMConfigError, ImportError) as exc:
            raise JudgeError(f"--judge {spec}: {exc}") from None
        return lambda prompt: llm.complete(prompt).text

    def verdict(self, statement: str, passage: str) -> bool | None:
        """True (supported), False (not supported) or None (the reply was neither)."""
        prompt = self.template.format(passage=passage[:MAX_PASSAGE_CHARS], statement=statement)
        self.calls += 1
        reply = self._complete(prompt) or ""
        m = _VERDICT.search(reply)
        if not m:
            self.unparsed += 1
            return None
        return m.group(1).upper() in ("YES", "SUPPORTED")

    def rate_answer(self, answer, get_text: Callable[[str], str | None]) -> dict[str, Any]:
        """``judge_faithfulness`` of one answer: statements rated YES / statements rated."""
        by_marker = {c.marker or n: get_text(citation_pid(c)) for n, c in enumerate(answer.citations, start=1)}
        verdicts = []
        for s in M.statements(answer.answer)[:MAX_STATEMENTS]:
            texts = [t for t in (by_marker.get(m) for m in s.markers) if t]
            verdicts.append(self.verdict(s.text, "\n".join(texts)) if texts else False)
        rated = [v for v in verdicts if v is not None]
        return {"judge_faithfulness": sum(rated) / len(rated) if rated else None,
                "judge_unparsed": len(verdicts) - len(rated)}

    def rate_perturbations(self, sources: list[tuple[str, str, str]], per_kind: int = 3, untouched: int = 10) -> dict[str, Any]:
        """The judge's own catch rate per kind and false-alarm rate on a sample of the perturbation suite."""
        from wsis.eval.perturb import KINDS, generate

        pairs = generate(sources)
        kinds: dict[str, dict[str, Any]] = {}
        for kind in KINDS:
            sample = [p for p in pairs if p.kind == kind][:per_kind]
            verdicts = [self.verdict(p.sentence, p.passage) for p in sample]
            rated = [v for v in verdicts if v is not None]
            kinds[kind] = {"pairs": len(sample), "rated": len(rated),
                           "catch_rate": sum(not v for v in rated) / len(rated) if rated else None}
        base = [self.verdict(s, passage) for _, s, passage in sources[:untouched]]
        rated = [v for v in base if v is not None]
        return {"label": "judge's perturbation catch rate (sample)", "kinds": kinds,
                "false_alarm_rate": sum(not v for v in rated) / len(rated) if rated else None, "untouched": len(base)}
