"""`wsis ask` through a running `wsis serve`: the server has its models loaded, so a one-shot
question costs an HTTP round trip instead of loading torch and the embedding model.

The server advertises itself in ``$WSIS_DATA_DIR/server.json`` (URL, pid and a fingerprint of the
settings that shape an answer) and removes the file when it stops. The CLI uses it only when the
process is alive, the fingerprint equals its own settings' and the server answers; otherwise it
answers in process, so the result is the same either way. Standard library only: this module is
imported on the fast path.
"""
from __future__ import annotations

import atexit
import base64
import hashlib
import json
import logging
import os
import signal
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from wsis.files import write_atomic
from wsis.settings import Settings
from wsis.types import Answer, Citation, DocumentInfo, Paragraph, Passage

SERVER_FILE = "server.json"
log = logging.getLogger("wsis.remote")
# settings that do not change an answer: a CLI with other values may still use the server
_NOT_ANSWER_SHAPING = {"workers", "auth", "max_file_mb", "max_text_mb", "fetch_timeout"}


class RemoteError(Exception):
    """The server refused the question (4xx): its one-line message."""


def server_file(settings: Settings) -> Path:
    return settings.data_dir / SERVER_FILE


def fingerprint(settings: Settings) -> str:
    """A digest of every setting that shapes an answer (index location, models, retrieval knobs)."""
    data = {k: v for k, v in asdict(settings).items() if k not in _NOT_ANSWER_SHAPING}
    data["data_dir"] = str(Path(settings.data_dir).resolve())
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:20]


def local_url(host: str, port: int) -> str:
    """The URL a process on this machine uses to reach a server bound to ``host``."""
    if host in ("0.0.0.0", ""):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def advertise(settings: Settings, host: str, port: int) -> Path:
    """Write server.json for this process; it is removed at exit (only if still ours)."""
    path = server_file(settings)
    info = {"url": local_url(host, port), "pid": os.getpid(), "fingerprint": fingerprint(settings),
            "started": time.time()}
    write_atomic(path, json.dumps(info, indent=1))
    atexit.register(withdraw, settings)
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        # uvicorn re-raises the SIGTERM it caught once it has shut down: exit through atexit then
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    return path


def withdraw(settings: Settings) -> None:
    path = server_file(settings)
    try:
        if json.loads(path.read_text(encoding="utf-8")).get("pid") == os.getpid():
            path.unlink()
    except (OSError, ValueError):
        pass


def find_server(settings: Settings) -> str | None:
    """The URL of a live server on this data folder with the same answer settings, else None."""
    try:
        info = json.loads(server_file(settings).read_text(encoding="utf-8"))
        pid, url = int(info["pid"]), str(info["url"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None  # a server killed without cleaning up
    except PermissionError:
        pass  # alive, another user's
    return url if info.get("fingerprint") == fingerprint(settings) else None


def ask_server(url: str, settings: Settings, question: str, filters: dict[str, Any] | None, mode: str | None,
               timeout: float = 600.0, lang: str | None = None) -> dict[str, Any] | None:
    """POST /api/ask; the Answer as a dict, None when the server cannot be reached (fall back to a
    local answer), RemoteError with the server's message when it refuses the question."""
    body: dict[str, Any] = {"question": question}
    if filters:
        body["filters"] = filters
    if mode:
        body["mode"] = mode
    if lang:  # [parallel] the language to quote in
        body["lang"] = lang
    request = urllib.request.Request(f"{url}/api/ask", data=json.dumps(body).encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/json"})
    if settings.auth:
        user_password = settings.auth.split(",")[0].strip()
        request.add_header("Authorization", "Basic " + base64.b64encode(user_password.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            answer = json.loads(response.read().decode("utf-8"))
        log.debug("answered by wsis serve at %s", url)
        return answer
    except urllib.error.HTTPError as exc:
        if 400 <= exc.code < 500 and exc.code not in (401, 403, 404, 405):
            try:
                message = json.loads(exc.read().decode("utf-8")).get("error")
            except (ValueError, AttributeError):
                message = None
            raise RemoteError(message or f"the server refused the question (HTTP {exc.code})") from None
        log.debug("wsis serve at %s failed (HTTP %s): answering locally", url, exc.code)
        return None  # 5xx, auth or an older server: answer locally instead
    except (OSError, ValueError) as exc:  # refused, reset, timed out, not JSON
        log.debug("wsis serve at %s unreachable (%s): answering locally", url, exc)
        return None


def answer_from_dict(data: dict[str, Any]) -> Answer:
    """An Answer rebuilt from its JSON (``Answer.to_dict``), enough for the CLI's text rendering."""
    def known(cls, item: dict[str, Any]) -> dict[str, Any]:
        names = {f.name for f in fields(cls)}
        return {k: v for k, v in item.items() if k in names}

    passages = []
    for p in data.get("passages", []):
        label = str(p.get("paragraph", "")).split("(")[0]
        paragraph = Paragraph(doc_id=p.get("doc_id", ""), label=label, text=p.get("text", ""),
                              section=p.get("section", []), pages=p.get("pages", []),
                              page_labels=p.get("page_labels", []))
        document = DocumentInfo(doc_id=p.get("doc_id", ""), title=p.get("title", ""), symbol=p.get("symbol", ""),
                                date=p.get("date", ""), process=p.get("process", ""), url=p.get("url", ""))
        passages.append(Passage(paragraph, document, p.get("score", 0.0), p.get("scores", {})))
    rest = known(Answer, data)
    rest["citations"] = [Citation(**known(Citation, c)) for c in data.get("citations", [])]
    rest["passages"] = passages
    return Answer(**rest)
