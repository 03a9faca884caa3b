"""`wsis glossary [--json]`: the corpus glossary (acronyms, expansions, drafting variants) that
retrieval uses to match the texts' own vocabulary both ways. Registered as a ``wsis.commands``
entry point."""
from __future__ import annotations

import json
import sys

import click


@click.command("glossary")
@click.option("--json", "as_json", is_flag=True, help="Print the glossary as JSON on stdout.")
def glossary_command(as_json: bool) -> None:
    """Acronyms and variants learned from the indexed paragraphs."""
    from wsis.errors import IndexStoreError
    from wsis.index_store.glossary import corpus_glossary
    from wsis.index_store.store import IndexStore
    from wsis.settings import get_settings

    settings = get_settings()
    try:
        store = IndexStore(settings)
        terms = corpus_glossary(store).to_list()
        digest = store.corpus().digest
    except IndexStoreError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps({"index": str(settings.index_dir), "digest": digest, "terms": terms},
                              indent=2, ensure_ascii=False))
        return
    if not terms:
        click.echo(f"No glossary terms: the index at {settings.index_dir} is empty or defines none.", err=True)
        return
    width = max(len(t["short"]) for t in terms)
    for t in terms:
        where = f"  [{', '.join(t['paragraphs'])}]" if t["paragraphs"] else ""
        click.echo(f"{t['short']:<{width}}  {t['long']}  ({t['kind']}, {t['source']}){where}")
    sys.stdout.flush()  # the list before the footer (stderr) when both go to one terminal
    click.echo(f"{len(terms)} terms; index: {settings.index_dir}", err=True)
