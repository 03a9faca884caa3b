"""The `wsis` command: a thin layer over the library. Logs and errors go to stderr; --json to stdout."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from wsis.settings import get_settings


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(stream=sys.stderr, level=logging.DEBUG if verbose else logging.INFO, format="%(message)s")
    for noisy in ("httpx", "chromadb", "sentence_transformers", "urllib3", "httpcore", "transformers", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _emit_json(data: object) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


COMMAND_GROUP = "wsis.commands"  # entry points: commands that live beside their code (serve, eval)


class PluginGroup(click.Group):
    """Built-in commands plus those registered under the ``wsis.commands`` entry-point group.

    A plugin command is imported only when it is run (or listed by ``--help``), so ``wsis ask``
    never pays for the web stack or the evaluation harness, and this module never imports the
    layers that stand downstream of it (``wsis.eval``).
    """

    def _plugins(self) -> dict:
        from importlib.metadata import entry_points

        return {ep.name: ep for ep in entry_points(group=COMMAND_GROUP)}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self._plugins()))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        command = super().get_command(ctx, name)
        if command is None and name in (plugins := self._plugins()):
            command = plugins[name].load()
        return command


@click.group(cls=PluginGroup)
@click.option("-v", "--verbose", is_flag=True, help="Debug logging on stderr.")
def cli(verbose: bool) -> None:
    """Cited answers from the WSIS outcome documents and the Global Digital Compact."""
    _setup_logging(verbose)


@cli.command()
@click.option("--doc", "doc_ids", multiple=True, help="Catalog doc_id to fetch (repeatable; default: all).")
@click.option("--base-url", help="Mirror serving DOC_ID.html / DOC_ID.pdf instead of the official URLs.")
@click.option("--force", is_flag=True, help="Download again even when cached.")
@click.option("--lang", "langs", multiple=True, type=click.Choice(["ar", "zh", "en", "fr", "ru", "es"], case_sensitive=False),
              help="Fetch the documents' versions in this UN language instead (repeatable), saved as DOC_ID.LANG.FORMAT.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
def fetch(doc_ids: tuple[str, ...], base_url: str | None, force: bool, langs: tuple[str, ...], as_json: bool) -> None:
    """Download the official documents of the catalog into WSIS_DATA_DIR/corpus."""
    from wsis.ingest.fetch import fetch as run_fetch, format_report

    settings = get_settings()
    report = run_fetch(settings.corpus_dir, list(doc_ids) or None, base_url=base_url,
                       timeout=settings.fetch_timeout, force=force, langs=[l.lower() for l in langs] or None)
    if as_json:
        _emit_json(report.to_dict() if hasattr(report, "to_dict") else report.__dict__)
    else:
        click.echo(format_report(report), err=True)
    sys.exit(0 if report.ok else 1)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--rebuild", is_flag=True, help="Drop the index and ingest everything again.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
@click.option("--no-progress", is_flag=True, help="No progress bars.")
def ingest(paths: tuple[Path, ...], rebuild: bool, as_json: bool, no_progress: bool) -> None:
    """Index files or folders (default: the fetched corpus). Unchanged files are skipped."""
    from wsis.index_store.store import IndexStoreError
    from wsis.assistant.library import ingest_paths as run_ingest

    settings = get_settings()
    targets = list(paths) or [settings.corpus_dir]
    if not paths and not settings.corpus_dir.exists():
        raise click.ClickException(
            f"no documents at {settings.corpus_dir}: run `wsis fetch`, or `wsis ingest FOLDER` with the official files"
        )
    try:
        report = run_ingest(targets, settings, progress=not no_progress, rebuild=rebuild)
    except IndexStoreError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        _emit_json(report.to_dict())
    for result in report.results:  # the structure report: one verdict per document, warnings after it
        if result.verdict:
            click.echo(result.verdict, err=True)
        for warning in result.warnings:
            click.echo(f"warning: {warning}", err=True)
    counts = ", ".join(f"{report.count(s)} {s}" for s in ("added", "replaced", "unchanged", "failed"))
    rate = report.paragraphs / report.timings["total"] if report.timings.get("total") else 0
    click.echo(f"ingested: {counts}; {report.paragraphs} paragraph{'' if report.paragraphs == 1 else 's'} in {report.timings['total']:.1f}s ({rate:.0f}/s)", err=True)
    sys.exit(0 if report.ok else 1)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout.")
def status(as_json: bool) -> None:
    """List the indexed documents."""
    from wsis.assistant.library import index_status

    data = index_status(get_settings())
    if as_json:
        _emit_json(data)
        return
    docs = data["documents"]
    if not docs:
        click.echo(f"The index at {data['index']['path']} is empty: run `wsis fetch` then `wsis ingest`.")
        return
    width = max(len("doc_id"), *(len(d["doc_id"]) for d in docs))  # ids in full: they are what --doc takes
    # "paragraphs": every citable unit, unnumbered blocks too (the verdicts below count numbered ones);
    # the JSON's "passages" are the embedded windows, a long paragraph giving several
    click.echo(f"{'doc_id':{width}} {'date':10} {'paragraphs':>10} {'pages':>5}  title")
    for d in docs:
        version = f" [{d['lang']} version]" if d.get("parallel_of") else ""  # [parallel]
        click.echo(f"{d['doc_id']:{width}} {d['date'][:10]:10} {d['paragraphs']:>10} {d['pages']:>5}  {d['title']}{version}")
    for d in docs:  # the structure report of each document
        click.echo(d["structure"]["verdict"])
        for warning in d["structure"]["warnings"]:
            click.echo(f"  warning: {warning}")
    click.echo(f"embedding model: {data['embedding_model']}; sparse: {data['index']['sparse']}; index: {data['index']['path']}")


@cli.command()
@click.argument("question")
@click.option("--doc", "doc_ids", multiple=True, help="Restrict to these doc_ids (repeatable).")
@click.option("--process", type=click.Choice(["WSIS", "GDC"], case_sensitive=False), help="Restrict to one process.")
@click.option("--from-year", type=int, help="Only documents adopted in or after this year.")
@click.option("--to-year", type=int, help="Only documents adopted in or before this year.")
@click.option("--mode", type=click.Choice(["extractive", "generative"]), help="Default: generative when WSIS_LLM is set.")
@click.option("--lang", type=click.Choice(["ar", "zh", "en", "fr", "ru", "es"], case_sensitive=False),
              help="Quote the language versions in this language where ingested (default: the question's language).")
@click.option("--json", "as_json", is_flag=True, help="Print the Answer as JSON on stdout.")
@click.option("--local", is_flag=True, help="Answer in this process even when a `wsis serve` runs on this index.")
def ask(question: str, doc_ids: tuple[str, ...], process: str | None, from_year: int | None, to_year: int | None,
        mode: str | None, lang: str | None, as_json: bool, local: bool) -> None:
    """Answer QUESTION with cited paragraphs.

    When a `wsis serve` with the same settings runs on this WSIS_DATA_DIR, it answers (its models
    are loaded); otherwise, or with --local, the answer is computed in this process."""
    from wsis.errors import IndexStoreError, LLMConfigError, QuestionError
    from wsis.assistant.render import answer_to_text

    settings = get_settings()
    if not local:
        served = _ask_running_server(settings, question, doc_ids, process, from_year, to_year, mode, lang)
        if served is not None:
            from wsis.assistant.remote import answer_from_dict

            if as_json:
                _emit_json(served)
            else:
                click.echo(answer_to_text(answer_from_dict(served)))
            return
    from wsis.assistant.answering import Assistant
    from wsis.types import Filters

    assistant = Assistant(settings)
    stream = None if as_json or not sys.stdout.isatty() else (lambda t: click.echo(t, nl=False, err=True))
    try:
        filters = Filters.build(doc_ids, process, from_year, to_year, known_doc_ids=assistant.store.corpus().documents,
                                labels=ASK_FILTER_LABELS)
        answer = assistant.ask(question, filters=filters, mode=mode, on_token=stream, lang=lang)
    except (QuestionError, LLMConfigError, IndexStoreError) as exc:  # e.g. index built with another embedder
        raise click.ClickException(str(exc)) from None
    if as_json:
        _emit_json(answer.to_dict())
    else:
        if stream:
            click.echo("", err=True)
        click.echo(answer_to_text(answer))


ASK_FILTER_LABELS = {"doc_ids": "--doc", "process": "--process", "year_from": "--from-year", "year_to": "--to-year"}


def _ask_running_server(settings, question: str, doc_ids: tuple[str, ...], process: str | None,
                        from_year: int | None, to_year: int | None, mode: str | None, lang: str | None = None) -> dict | None:
    """The Answer (as JSON) from a running `wsis serve` on this index, or None to answer locally.
    Filters are validated here, as the local path does, so errors read the same."""
    from wsis.assistant.remote import RemoteError, ask_server, find_server

    url = find_server(settings)
    if url is None:
        return None
    from wsis.errors import QuestionError
    from wsis.index_store.manifest import load_manifest
    from wsis.types import Filters

    try:
        known = load_manifest(settings.index_dir / "manifest.json").documents
        filters = Filters.build(doc_ids, process, from_year, to_year, known_doc_ids=known, labels=ASK_FILTER_LABELS)
        body = None if filters.is_empty() else {"doc_ids": filters.doc_ids, "process": filters.process,
                                                 "year_from": filters.year_from, "year_to": filters.year_to}
        return ask_server(url, settings, question, body, mode, lang=lang)
    except (QuestionError, RemoteError) as exc:
        raise click.ClickException(str(exc)) from None


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
