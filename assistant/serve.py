"""`wsis serve`: one process, one FastAPI app: the JSON API under /api (documented at
/openapi.json) and the Gradio UI mounted at /.

Loopback (127.0.0.1) by default. Any other interface needs credentials from ``WSIS_AUTH``
("user:password", several separated by commas): the UI asks for them (Gradio login) and the API
takes them as HTTP Basic. No public share link is ever created (the app is served by uvicorn,
never ``launch(share=True)``).

First run: when the index is empty, the official documents are fetched and ingested in a
background thread (progress bars on stderr, status on the page); offline, the page explains how
to add documents instead.
"""
from __future__ import annotations

import ipaddress
import logging
import socket
import sys
import threading

import click

from wsis.assistant.library import ADD_DOCUMENTS_HINT
from wsis.settings import Settings, get_settings

log = logging.getLogger("wsis.serve")
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    host = host.strip().strip("[]")
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_auth(raw: str) -> list[tuple[str, str]]:
    """``"user:password[,user2:password2]"`` -> pairs; ValueError with a one-line message."""
    pairs = []
    for item in (part.strip() for part in raw.split(",")):
        if not item:
            continue
        user, sep, password = item.partition(":")
        if not sep or not user or not password:
            raise ValueError("WSIS_AUTH must be user:password (several separated by commas)")
        pairs.append((user, password))
    if not pairs:
        raise ValueError("WSIS_AUTH is empty: set it to user:password")
    return pairs


def create_app(settings: Settings | None = None, auth: list[tuple[str, str]] | None = None, backend=None,
               warm_up: bool = True):
    """The FastAPI app: /api routes, /openapi.json, and the Gradio UI mounted at /."""
    import gradio as gr
    from fastapi import FastAPI

    from wsis.assistant.api import Backend, build_router, install_error_handlers
    from wsis.assistant.ui import CSS, HEAD, build_ui

    settings = settings or get_settings()
    backend = backend or Backend(settings, auth=auth)
    app = FastAPI(
        title="WSIS assistant API",
        version="0.1.0",
        description="Cited answers over the WSIS outcome documents and the Global Digital Compact. "
                    "Errors are JSON `{\"error\": \"field: message\"}` with a 4xx status.",
    )
    router = build_router(backend)
    install_error_handlers(app, router)
    app.include_router(router)
    demo = build_ui(backend)
    app = gr.mount_gradio_app(
        app, demo, path="/", auth=backend.auth, auth_message="WSIS assistant: sign in with the WSIS_AUTH credentials.",
        max_file_size=int(settings.max_file_mb * 2**20), css=CSS, head=HEAD, footer_links=["api"], ssr_mode=False,
        show_error=True, mcp_server=False,
    )
    app.state.backend = backend
    if warm_up:
        threading.Thread(target=backend.warm_up, name="wsis-warm-up", daemon=True).start()
    return app


def bootstrap(backend, base_url: str | None = None) -> None:
    """Fetch + ingest the official documents when the index is empty; never raises."""
    from wsis.ingest.fetch import fetch
    from wsis.assistant.library import ingest_paths as ingest

    settings = backend.settings
    state = backend.bootstrap
    try:
        if backend.assistant.store.corpus().paragraphs:
            state.set("done", "")
            return
        state.set("fetching", "The index is empty: downloading the official documents…")
        click.echo("wsis serve: the index is empty; fetching the official documents", err=True)
        report = fetch(settings.corpus_dir, base_url=base_url, timeout=settings.fetch_timeout, progress=True)
        have = [p for p in settings.corpus_dir.glob("*") if p.is_file() and p.name != "manifest.json"] \
            if settings.corpus_dir.exists() else []
        if not have:
            reason = report.failed[0][1] if report.failed else "nothing downloaded"
            state.set("failed", f"Could not download the official documents (offline? {reason}). {ADD_DOCUMENTS_HINT}")
            click.echo(f"wsis serve: fetch failed ({reason}); serving anyway. {ADD_DOCUMENTS_HINT}", err=True)
            return
        state.set("ingesting", f"Indexing {len(have)} downloaded document(s)…")
        click.echo(f"wsis serve: ingesting {len(have)} file(s)", err=True)
        result = ingest([settings.corpus_dir], settings, progress=True)
        backend.warm_up()
        failed = [r.message for r in result.results if r.status == "failed"]
        if not backend.assistant.store.corpus().paragraphs:
            state.set("failed", f"Indexing failed ({'; '.join(failed)[:300] or 'no paragraphs'}). {ADD_DOCUMENTS_HINT}")
        else:
            note = f" {len(failed)} file(s) failed: {'; '.join(failed)[:300]}" if failed else ""
            missing = f" {len(report.failed)} document(s) could not be downloaded." if report.failed else ""
            state.set("done", f"Indexed {result.count('added')} document(s).{missing}{note}")
        click.echo(f"wsis serve: {state.message}", err=True)
    except Exception as exc:  # the server keeps running; the page says how to add documents
        log.debug("bootstrap failed", exc_info=True)
        state.set("failed", f"Could not build the index ({type(exc).__name__}: {exc}). {ADD_DOCUMENTS_HINT}")
        click.echo(f"wsis serve: {state.message}", err=True)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind. Anything but loopback requires WSIS_AUTH=user:password.")
@click.option("--port", default=7860, show_default=True, type=click.IntRange(1, 65535))
@click.option("--no-bootstrap", is_flag=True, help="Do not fetch and ingest when the index is empty.")
@click.option("--base-url", help="Mirror for the first-run fetch (DOC_ID.html / DOC_ID.pdf).")
def serve_command(host: str, port: int, no_bootstrap: bool, base_url: str | None) -> None:
    """Serve the web app (chat, compare, agreed language, library) and the JSON API under /api."""
    import uvicorn

    from wsis.assistant.api import Backend

    settings = get_settings()
    raw_auth = settings.auth
    auth = None
    if raw_auth:
        try:
            auth = parse_auth(raw_auth)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
    if not is_loopback(host) and not auth:
        raise click.ClickException(
            f"--host {host} is reachable from other machines: set WSIS_AUTH=user:password to require a login, "
            "or serve on 127.0.0.1 (the default)"
        )
    listening = bound_socket(host, port)  # a busy port is said before anything is announced or advertised
    backend = Backend(settings, auth=auth)
    backend.warm_up()  # [issue 12] models loaded before the server reports ready
    app = create_app(settings, backend=backend)
    if not no_bootstrap:
        threading.Thread(target=bootstrap, args=(backend, base_url), name="wsis-bootstrap", daemon=True).start()
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"wsis serve: http://{shown}:{port}/ (API: /api, docs: /docs, schema: /openapi.json)"
               + ("; login required" if auth else ""), err=True)
    from wsis.assistant.remote import advertise  # [issue 12] `wsis ask` finds this server in server.json

    advertise(settings, host, port)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)
    uvicorn.Server(config).run(sockets=[listening])
    sys.exit(0)


def bound_socket(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` for uvicorn, or a one-line error naming the address."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        shown = f"[{host}]" if ":" in host else host
        raise click.ClickException(f"cannot serve on {shown}:{port}: {exc.strerror or exc} (choose another --port)") from None
    sock.set_inheritable(True)
    return sock
