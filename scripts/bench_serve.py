"""Load benchmark: N concurrent clients x M questions against a real `wsis serve` on 127.0.0.1.

    python scripts/bench_serve.py                                  # 50 clients x 20 questions, extractive
    python scripts/bench_serve.py --clients 4 --questions 3 --llm gguf:smollm2 --mode generative
    python scripts/bench_serve.py --data-dir data/                 # an existing index instead of the fixture

Starts the server as a subprocess (loopback only, never another interface), waits until it reports
ready, times one answer alone (the first after ready), then runs the clients, each asking its
questions one after the other; the run is bounded by --budget seconds (requests not started by
then are counted as skipped). Reports errors, p50/p95/max latency, throughput, the server's startup
time and its peak memory (VmHWM: the peak resident set of the server process). --json prints the
figures as JSON on stdout.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_questions import TOPIC_QUESTIONS  # noqa: E402  (beside this script)

HOST = "127.0.0.1"  # the benchmark never binds anything but loopback
QUESTIONS = [
    *TOPIC_QUESTIONS,
    "What is the Internet Governance Forum?",
    "Tunis Agenda paragraph 72",
    "What does the Global Digital Compact say about artificial intelligence?",
    "What are the action lines?",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def fixture_index(work: Path) -> Path:
    """A data folder with the fixture corpus ingested (real parsers, model and Chroma)."""
    from tests.fixtures.build import build_corpus

    data = work / "data"
    env = {**os.environ, "WSIS_DATA_DIR": str(data)}
    env.pop("WSIS_CHROMA_URL", None)
    result = subprocess.run([sys.executable, "-m", "wsis.assistant.cli", "ingest", "--no-progress",
                             str(build_corpus(work / "corpus"))], env=env, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"error: ingesting the fixture corpus failed: {result.stderr[-800:]}")
    return data


def memory_kb(pid: int, field: str) -> int:
    """VmHWM (peak) or VmRSS (current) of a process, in kB (Linux /proc)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Server:
    """`wsis serve` in a subprocess; ``ready`` is the time from start to the first 200 of /api/health."""

    def __init__(self, data_dir: Path, env: dict[str, str], port: int):
        self.url = f"http://{HOST}:{port}"
        self.log = tempfile.TemporaryFile(mode="w+")
        full_env = {**os.environ, "WSIS_DATA_DIR": str(data_dir), **env}
        started = time.perf_counter()
        self.proc = subprocess.Popen([sys.executable, "-m", "wsis.assistant.cli", "serve", "--host", HOST,
                                      "--port", str(port), "--no-bootstrap"], cwd=ROOT, env=full_env,
                                     stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.time() + 300
        while time.time() < deadline and self.proc.poll() is None:
            try:
                if httpx.get(f"{self.url}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            self.stop()
            self.log.seek(0)
            sys.exit(f"error: wsis serve did not start: {self.log.read()[-1500:]}")
        self.ready = time.perf_counter() - started

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def run_clients(url: str, clients: int, questions: int, mode: str, budget: float,
                request_timeout: float) -> tuple[list[float], list[str], int, float]:
    """Latencies of successful requests, error descriptions, skipped count, wall time."""
    latencies: list[float] = []
    errors: list[str] = []
    skipped = 0
    lock = threading.Lock()
    deadline = time.perf_counter() + budget
    start = threading.Barrier(clients + 1)

    def client(c: int) -> None:
        nonlocal skipped
        with httpx.Client(base_url=url, timeout=request_timeout) as http:
            start.wait()
            for q in range(questions):
                if time.perf_counter() >= deadline:
                    with lock:
                        skipped += questions - q
                    return
                question = QUESTIONS[(c + q) % len(QUESTIONS)]
                t0 = time.perf_counter()
                try:
                    r = http.post("/api/ask", json={"question": question, "mode": mode})
                    ok = r.status_code == 200 and bool(r.json().get("answer"))
                    problem = "" if ok else f"HTTP {r.status_code}: {r.text[:200]}"
                except (httpx.HTTPError, ValueError) as exc:
                    problem = f"{type(exc).__name__}: {exc}"
                elapsed = time.perf_counter() - t0
                with lock:
                    if problem:
                        errors.append(problem)
                    else:
                        latencies.append(elapsed)

    threads = [threading.Thread(target=client, args=(c,), daemon=True) for c in range(clients)]
    for t in threads:
        t.start()
    start.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join(timeout=max(0.0, deadline - time.perf_counter()) + request_timeout + 5)
    return latencies, errors, skipped, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--questions", type=int, default=20, help="questions per client")
    parser.add_argument("--mode", choices=["extractive", "generative"], default="extractive")
    parser.add_argument("--llm", default="", help="WSIS_LLM for the server, e.g. gguf:smollm2")
    parser.add_argument("--data-dir", type=Path, help="an existing WSIS_DATA_DIR (default: a fixture index)")
    parser.add_argument("--budget", type=float, default=600, help="seconds for the whole load phase")
    parser.add_argument("--request-timeout", type=float, default=300)
    parser.add_argument("--workers", type=int, default=0, help="WSIS_WORKERS for the server (default: its own)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON on stdout")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wsis-bench-serve-"))
    env = {"WSIS_LLM": args.llm}
    if args.workers:
        env["WSIS_WORKERS"] = str(args.workers)
    try:
        data = args.data_dir or fixture_index(work)
        server = Server(data, env, free_port())
        try:
            with httpx.Client(base_url=server.url, timeout=args.request_timeout) as http:
                http.get("/api/health")  # the connection, so that the first answer times the answer alone
                t0 = time.perf_counter()
                first = http.post("/api/ask", json={"question": QUESTIONS[0], "mode": args.mode})
                first_s = time.perf_counter() - t0
                first_error = [] if first.status_code == 200 else [f"first answer: HTTP {first.status_code}"]
                alone = []
                for q in [q for q in QUESTIONS[1:] if "paragraph" not in q]:  # topical, like the first: the median it is compared with
                    t0 = time.perf_counter()
                    http.post("/api/ask", json={"question": q, "mode": args.mode})
                    alone.append(time.perf_counter() - t0)
            rss_before = memory_kb(server.proc.pid, "VmRSS")
            latencies, errors, skipped, wall = run_clients(server.url, args.clients, args.questions, args.mode,
                                                           args.budget, args.request_timeout)
            peak = memory_kb(server.proc.pid, "VmHWM")
        finally:
            server.stop()
        figures = {
            "mode": args.mode, "llm": args.llm or None, "clients": args.clients, "questions_per_client": args.questions,
            "requests": len(latencies) + len(errors), "ok": len(latencies), "errors": len(errors) + len(first_error),
            "skipped": skipped, "p50_s": round(percentile(latencies, 50), 3), "p95_s": round(percentile(latencies, 95), 3),
            "max_s": round(max(latencies, default=float("nan")), 3), "wall_s": round(wall, 1),
            "throughput_rps": round(len(latencies) / wall, 2) if wall else 0.0,
            "ready_s": round(server.ready, 1), "first_answer_s": round(first_s, 3),
            "single_client_median_s": round(statistics.median(alone), 3) if alone else None,
            "server_rss_mb_before_load": round(rss_before / 1024), "server_peak_rss_mb": round(peak / 1024),
            "error_samples": sorted(set(errors + first_error))[:5],
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        f = figures
        print(f"{f['mode']} ({f['llm'] or 'no LLM'}): {f['clients']} clients x {f['questions_per_client']} questions: "
              f"{f['ok']}/{f['requests']} ok, {f['errors']} errors, {f['skipped']} skipped")
        print(f"  latency p50 {f['p50_s']:.2f} s, p95 {f['p95_s']:.2f} s, max {f['max_s']:.2f} s; "
              f"throughput {f['throughput_rps']:.1f} requests/s over {f['wall_s']} s")
        print(f"  server ready in {f['ready_s']} s; first answer after ready {f['first_answer_s']:.2f} s "
              f"(single-client median {f['single_client_median_s']:.2f} s); peak RSS {f['server_peak_rss_mb']} MB")
        for sample in f["error_samples"]:
            print(f"  error: {sample}")
    sys.exit(1 if figures["errors"] else 0)


if __name__ == "__main__":
    main()
