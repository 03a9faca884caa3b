"""PNG plots of a result (matplotlib, Agg backend): Recall@k curve, latency histogram, figures per
question kind (test split), and the baseline side by side."""
from __future__ import annotations

from pathlib import Path
from typing import Any

KIND_METRICS = [("recall@5", "Recall@5"), ("mrr", "MRR"), ("evidence_quoted", "evidence in a quoted sentence"),
                ("nugget_recall", "nugget recall"), ("correct_refusal", "correct refusals")]


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_recall_curve(result: dict[str, Any], path: Path, compare: dict[str, Any] | None = None) -> None:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(5.5, 3.6), dpi=110)
    for res, style, label in ((result, "o-", "this run"), (compare, "s--", "previous")):
        if not res:
            continue
        curve = res["summary"].get("recall_curve") or {}
        ks = [int(k) for k in curve if curve[k] is not None]
        if ks:
            ax.plot(ks, [curve[str(k)] for k in ks], style, label=label)
    top_k = result.get("settings", {}).get("top_k")
    if top_k:
        ax.axvline(top_k, color="grey", lw=0.8, ls=":", label=f"top_k = {top_k}")
    ax.set_xlabel("k (passages)")
    ax.set_ylabel("Recall@k (all answerable kinds, both splits)")
    ax.set_ylim(0, 1.05)
    ax.set_title(f"Recall@k - {result['suite']}")
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def plot_latency(result: dict[str, Any], path: Path) -> None:
    plt = _plt()
    lat = [q["latency"] for q in result["questions"] if q.get("latency") is not None]
    fig, ax = plt.subplots(figsize=(5.5, 3.6), dpi=110)
    if lat:
        ax.hist(lat, bins=min(20, max(5, len(lat) // 2)), color="#4477aa", edgecolor="white")
        for q, ls in ((50, "--"), (95, ":")):
            v = result["summary"].get(f"latency_p{q}")
            if v is not None:
                ax.axvline(v, color="#cc3311", ls=ls, lw=1.2, label=f"p{q} = {v:.3f} s")
        ax.legend(fontsize=8)
    ax.set_xlabel("latency per question (s)")
    ax.set_ylabel("questions")
    ax.set_title(f"Latency - {result['suite']} ({result['mode']})")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def _bars(ax, groups: list[str], series: list[tuple[str, list[float | None]]]) -> None:
    n = max(1, len(series))
    width = 0.8 / n
    for i, (label, values) in enumerate(series):
        xs = [g + (i - (n - 1) / 2) * width for g in range(len(groups))]
        ax.bar(xs, [v if v is not None else 0.0 for v in values], width, label=label)
        for x, v in zip(xs, values):
            if v is None:
                ax.text(x, 0.02, "n/a", rotation=90, ha="center", va="bottom", fontsize=6, color="grey")
    ax.set_xticks(range(len(groups)))
    ax.set_xticklabels(groups, rotation=20, ha="right", fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))


def plot_kinds(result: dict[str, Any], path: Path) -> None:
    """One group of bars per question kind, test split."""
    plt = _plt()
    kinds = list(result["by_kind"])
    fig, ax = plt.subplots(figsize=(max(8.0, 1.3 * len(kinds) + 2.5), 3.8), dpi=110)
    series = [(label, [result["by_kind"][k]["test"].get(m) for k in kinds]) for m, label in KIND_METRICS]
    _bars(ax, kinds, [s for s in series if any(v is not None for v in s[1])])
    ax.set_title(f"Per kind, test split - {result['suite']} ({result['mode']})")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def plot_baseline(result: dict[str, Any], path: Path) -> None:
    """Evidence recall at 3 per kind (test split): this project (retrieved, quoted) beside the baseline."""
    plt = _plt()
    kinds = [k for k, v in result["by_kind"].items() if v["test"].get("evidence_retrieved@3") is not None
             or v["dev"].get("evidence_retrieved@3") is not None]
    fig, ax = plt.subplots(figsize=(max(8.0, 1.4 * len(kinds) + 2.5), 3.8), dpi=110)
    series = [("this project: retrieved paragraph", [result["by_kind"][k]["test"].get("evidence_retrieved@3") for k in kinds]),
              ("this project: quoted sentence", [result["by_kind"][k]["test"].get("evidence_quoted") for k in kinds])]
    for chunk, run in result["baseline"]["runs"].items():
        series.append((f"baseline chunk {chunk}", [run["by_kind"].get(k, {}).get("test", {}).get("evidence@3") for k in kinds]))
    _bars(ax, kinds, series)
    ax.set_ylabel("evidence recall at 3")
    ax.set_title(f"This project vs the llama-index quick start, test split - {result['suite']}")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
