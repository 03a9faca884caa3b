"""Download the catalog's official documents into a folder, with a sha256 manifest.

Each document is saved as ``{doc_id}.{format}`` from the first address that works. Downloads are
streamed to a temporary file, checked (non-empty, PDF signature and end marker, HTML markup) and
renamed into place, so a failed or corrupt download never leaves a file behind. A file whose
sha256 matches ``manifest.json`` is not downloaded again unless ``force`` is set. Failures are
per document, one line each, returned in the ``FetchReport`` (no tracebacks).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from tqdm import tqdm

from wsis.settings import get_settings
from wsis.files import write_atomic
from wsis.ingest.catalog import UN_LANGUAGES, CatalogEntry, load_catalog, resolve_alias

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
OFFLINE_HINT = "Offline? Put the official files in a folder and run `wsis ingest FOLDER`."
MANUAL_HINT = "You can save the official file in a folder by hand and run `wsis ingest FOLDER`."
USER_AGENT = "Mozilla/5.0 (compatible; wsis-assistant/0.1; official-document fetcher)"
_CHUNK = 64 * 1024
_HTML = re.compile(rb"<\s*(!doctype\s+html|html|head|body|title|meta|p|div|table|h[1-6])\b", re.I)


@dataclass
class FetchReport:
    """What ``fetch`` did: doc_ids downloaded or already cached, and (doc_id, message) failures."""

    downloaded: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    dest: str = ""

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict[str, Any]:
        return {
            "dest": self.dest,
            "ok": self.ok,
            "downloaded": self.downloaded,
            "cached": self.cached,
            "failed": [{"doc_id": d, "message": m} for d, m in self.failed],
        }


def format_report(report: FetchReport) -> str:
    """Human summary: one count line, then one line per document group / failure."""
    lines = [
        f"{len(report.downloaded)} downloaded, {len(report.cached)} cached, "
        f"{len(report.failed)} failed" + (f" (folder: {report.dest})" if report.dest else "")
    ]
    if report.downloaded:
        lines.append("downloaded: " + ", ".join(report.downloaded))
    if report.cached:
        lines.append("cached (unchanged): " + ", ".join(report.cached))
    lines += [f"failed: {message}" for _, message in report.failed]
    return "\n".join(lines)


class _Failed(Exception):
    """A download attempt that must not be retried (HTTP 4xx, bad content, too big)."""


class _Retry(Exception):
    """A transient failure (connection, timeout, HTTP 5xx/429): worth another try."""

    def __init__(self, message: str, connection: bool = False) -> None:
        super().__init__(message)
        self.connection = connection


@dataclass
class _Got:
    tmp: Path | None  # None: 304 Not Modified
    sha256: str = ""
    size: int = 0
    etag: str = ""
    last_modified: str = ""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_content(fmt: str, head: bytes, tail: bytes, size: int) -> None:
    """Raise _Failed unless the bytes look like a complete file of ``fmt``."""
    if size == 0:
        raise _Failed("empty response")
    if fmt == "pdf":
        if b"%PDF-" not in head[:1024]:
            kind = "HTML" if _HTML.search(head) else "not a PDF"
            raise _Failed(f"content is {kind}, expected a PDF (no %PDF signature)")
        if b"%%EOF" not in tail:
            raise _Failed("PDF is truncated (no %%EOF end marker)")
    elif fmt == "html":
        if head.lstrip().startswith(b"%PDF-") or not _HTML.search(head):
            raise _Failed("content does not look like HTML")


def _error_text(exc: httpx.HTTPError) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


def _attempt(client: httpx.Client, url: str, fmt: str, dest: Path, doc_id: str,
             headers: dict[str, str], max_bytes: int, progress: bool) -> _Got:
    """One GET streamed into a temporary file in ``dest``; raises _Retry or _Failed."""
    tmp: Path | None = None
    try:
        with client.stream("GET", url, headers=headers) as resp:
            if resp.status_code == 304:
                return _Got(None)
            if resp.status_code >= 500 or resp.status_code == 429:
                raise _Retry(f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
            if resp.status_code >= 400:
                raise _Failed(f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
            if resp.status_code != 200:
                raise _Failed(f"unexpected HTTP {resp.status_code}")
            length = resp.headers.get("content-length")
            total = int(length) if length and length.isdigit() else None
            if total is not None and total > max_bytes:
                raise _Failed(f"file is {total / 2**20:.1f} MB, over the {max_bytes / 2**20:g} MB limit")
            fd, name = tempfile.mkstemp(prefix=f".{doc_id}.", suffix=".part", dir=dest)
            tmp = Path(name)
            digest, size, head, tail = hashlib.sha256(), 0, b"", b""
            bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, desc=doc_id,
                       file=sys.stderr, leave=False, disable=not progress)
            with os.fdopen(fd, "wb") as out, bar:
                for chunk in resp.iter_bytes(_CHUNK):
                    size += len(chunk)
                    if size > max_bytes:
                        raise _Failed(f"file is over the {max_bytes / 2**20:g} MB limit")
                    if len(head) < 4096:
                        head += chunk[: 4096 - len(head)]
                    tail = (tail + chunk)[-4096:]
                    digest.update(chunk)
                    out.write(chunk)
                    bar.update(len(chunk))
                out.flush()
                os.fsync(out.fileno())
            _check_content(fmt, head, tail, size)
            got = _Got(tmp, digest.hexdigest(), size, resp.headers.get("etag", ""),
                       resp.headers.get("last-modified", ""))
            tmp = None  # handed over to the caller
            return got
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise _Retry(f"connection failed: {_error_text(exc)}", connection=True) from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise _Failed(f"bad address: {exc}") from None
    except httpx.TimeoutException as exc:
        raise _Retry(f"timed out: {_error_text(exc)}") from None
    except httpx.TransportError as exc:
        raise _Retry(f"transfer failed: {_error_text(exc)}") from None
    except httpx.HTTPError as exc:  # invalid URL and the like
        raise _Failed(_error_text(exc)) from None
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def _download(client: httpx.Client, url: str, fmt: str, dest: Path, doc_id: str, headers: dict[str, str],
              retries: int, backoff: float, max_bytes: int, progress: bool) -> _Got:
    """``_attempt`` with up to ``retries`` more tries and exponential backoff on transient errors."""
    for attempt in range(retries + 1):
        try:
            return _attempt(client, url, fmt, dest, doc_id, headers, max_bytes, progress)
        except _Retry as exc:
            if attempt == retries:
                raise
            delay = backoff * 2**attempt
            log.info("%s: %s from %s; retrying in %.1fs", doc_id, exc, url, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")


def _candidates(entry: CatalogEntry, base_url: str | None) -> list[tuple[str, str]]:
    """(url, format) pairs to try in order: the mirror's files, else the catalog's addresses."""
    if base_url:
        formats = list(entry.formats) + [f for f in ("html", "pdf") if f not in entry.formats]  # a mirror may hold either
        return [(f"{base_url.rstrip('/')}/{entry.doc_id}.{fmt}", fmt) for fmt in formats]
    return [(u.url, u.format) for u in entry.download_urls]


def language_entries(entries: list[CatalogEntry], langs: list[str], report: FetchReport) -> list[CatalogEntry]:
    """Each entry's version in each language; a document the catalog has no address for in a
    language is a failure naming both."""
    out: list[CatalogEntry] = []
    for lang in langs:
        if lang not in UN_LANGUAGES:
            report.failed.append((lang, f"--lang {lang}: not a UN language code (one of {', '.join(UN_LANGUAGES)})"))
            continue
        for entry in entries:
            version = entry.in_language(lang)
            if version is None:
                report.failed.append((f"{entry.doc_id}.{lang}", f"{entry.doc_id}.{lang}: the catalog lists no official "
                                      f"address for its {lang} version. {MANUAL_HINT}"))
            elif version not in out:
                out.append(version)
    return out


def _read_manifest(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable %s (%s); files will be checked again", path, exc)
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}


def _write_json(path: Path, data: Any) -> None:
    """Write JSON atomically (temporary file + rename)."""
    write_atomic(path, json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def _cached_file(dest: Path, record: dict[str, Any] | None) -> Path | None:
    """The recorded file if it exists and its sha256 still matches the manifest."""
    if not record:
        return None
    name = str(record.get("file", ""))
    if not name or Path(name).name != name:
        return None
    path = dest / name
    if not path.is_file() or _sha256(path) != record.get("sha256"):
        return None
    return path


def _select(entries: list[CatalogEntry], doc_ids: list[str] | None,
            report: FetchReport) -> list[CatalogEntry]:
    if not doc_ids:
        return [e for e in entries if e.fetch_default]
    by_id = {e.doc_id: e for e in entries}
    chosen: list[CatalogEntry] = []
    for name in doc_ids:
        doc_id = name if name in by_id else resolve_alias(name, entries)
        if doc_id is None:
            report.failed.append((name, f"{name}: not in the catalog (known: {', '.join(by_id)})"))
        elif by_id[doc_id] not in chosen:
            chosen.append(by_id[doc_id])
    return chosen


def _fetch_one(client: httpx.Client, entry: CatalogEntry, dest: Path, manifest: dict[str, dict[str, Any]],
               opts: dict[str, Any], dead_hosts: dict[str, str]) -> str:
    """Download one entry; returns "downloaded" or "cached", raises _Failed with a one-line message."""
    record = manifest.get(entry.doc_id)
    cached = _cached_file(dest, record)
    if cached and not opts["force"] and not opts["revalidate"]:
        return "cached"
    problems: list[str] = []
    offline = False
    candidates = _candidates(entry, opts["base_url"])
    if cached and record:  # when revalidating, ask the recorded address first
        candidates.sort(key=lambda c: c[0] != record.get("url"))
    for url, fmt in candidates:
        host = urlsplit(url).netloc
        if host in dead_hosts:
            problems.append(f"{url} ({dead_hosts[host]})")
            offline = True
            continue
        headers = {}
        if cached and not opts["force"] and record and record.get("url") == url:
            if record.get("etag"):
                headers["If-None-Match"] = record["etag"]
            if record.get("last_modified"):
                headers["If-Modified-Since"] = record["last_modified"]
        try:
            got = _download(client, url, fmt, dest, entry.doc_id, headers, opts["retries"],
                            opts["backoff"], opts["max_bytes"], opts["progress"])
        except _Retry as exc:
            problems.append(f"{url} ({exc})")
            if exc.connection:
                offline = True
                dead_hosts[host] = str(exc)
            continue
        except _Failed as exc:
            problems.append(f"{url} ({exc})")
            continue
        if got.tmp is None:  # 304: the recorded file is still current
            return "cached"
        target = dest / f"{entry.doc_id}.{fmt}"
        os.replace(got.tmp, target)
        if cached and cached != target:
            cached.unlink(missing_ok=True)  # an older copy in another format
        manifest[entry.doc_id] = {
            "file": target.name,
            "url": url,
            "format": fmt,
            "sha256": got.sha256,
            "bytes": got.size,
            "fetched_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "etag": got.etag,
            "last_modified": got.last_modified,
        }
        return "downloaded"
    if cached and opts["revalidate"] and not opts["force"]:
        log.info("%s: could not revalidate (%s); keeping the cached file", entry.doc_id, "; ".join(problems))
        return "cached"
    hint = OFFLINE_HINT if offline else MANUAL_HINT
    raise _Failed(f"{entry.doc_id}: could not download " + "; ".join(problems) + f". {hint}")


def fetch(dest: Path, doc_ids: list[str] | None = None, base_url: str | None = None, timeout: float = 30,
          retries: int = 3, force: bool = False, *, backoff: float = 0.5, revalidate: bool = False,
          progress: bool = True, max_bytes: int | None = None,
          catalog: list[CatalogEntry] | None = None, langs: list[str] | None = None) -> FetchReport:
    """Download catalog documents into ``dest``: ``doc_ids`` (ids or aliases), else every entry
    with ``fetch_default`` (all but the combined WSIS booklet, which repeats four other entries).

    ``base_url`` is a mirror holding ``{doc_id}.{format}`` files. ``retries`` extra tries follow
    connection errors, timeouts and HTTP 5xx/429 (not 4xx), waiting ``backoff`` * 2**n seconds; a
    host that refused connections is not tried again in the same run. ``revalidate`` asks the
    server (If-None-Match / If-Modified-Since) whether cached files changed. ``max_bytes`` defaults
    to ``WSIS_MAX_FILE_MB``. ``langs`` (UN codes: ar, zh, en, fr, ru, es): the language versions of
    the chosen documents instead, saved as ``{doc_id}.{lang}.{format}`` (``tunis-agenda.fr.html``),
    the names ``wsis ingest`` links to the English text.
    """
    dest = Path(dest)
    report = FetchReport(dest=str(dest))
    entries = _select(catalog if catalog is not None else load_catalog(), doc_ids, report)
    if langs:
        entries = language_entries(entries, langs, report)
    if max_bytes is None:
        max_bytes = int(get_settings().max_file_mb * 2**20)
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        for entry in entries:
            report.failed.append((entry.doc_id, f"{entry.doc_id}: cannot create folder {dest}: {exc.strerror or exc}"))
        return report
    manifest_path = dest / MANIFEST
    manifest = _read_manifest(manifest_path)
    opts = {"base_url": base_url, "force": force, "revalidate": revalidate, "retries": max(0, retries),
            "backoff": max(0.0, backoff), "max_bytes": max_bytes, "progress": progress}
    dead_hosts: dict[str, str] = {}
    client = httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=True,
                          headers={"User-Agent": USER_AGENT})
    overall = tqdm(total=len(entries), unit="doc", desc="documents", file=sys.stderr, disable=not progress)
    with client, overall:
        for entry in entries:
            try:
                outcome = _fetch_one(client, entry, dest, manifest, opts, dead_hosts)
            except _Failed as exc:
                message = str(exc)
                if entry.parallel_of:  # a language version saved by hand must keep the name ingest links by
                    message += (f" Name the file {entry.doc_id}.{(entry.formats or ['pdf'])[0]} so that `wsis ingest` "
                                f"links it to {entry.parallel_of}.")
                report.failed.append((entry.doc_id, message))
                log.info("%s", message)
            except OSError as exc:  # disk full, permissions
                message = f"{entry.doc_id}: could not save into {dest}: {exc.strerror or exc}"
                report.failed.append((entry.doc_id, message))
                log.info("%s", message)
            else:
                (report.downloaded if outcome == "downloaded" else report.cached).append(entry.doc_id)
                if outcome == "downloaded":
                    try:
                        _write_json(manifest_path, manifest)
                    except OSError as exc:
                        report.failed.append((entry.doc_id, f"{entry.doc_id}: could not write {manifest_path}: {exc.strerror or exc}"))
            overall.update(1)
    return report
