"""The Gradio Blocks: tabs Chat, Compare, Agreed language and Library, wired to ``Handlers``.

The queue: answers are CPU-bound (embedding model, optional local LLM) and torch already uses every
core for one request, so only ``settings.workers`` (WSIS_WORKERS) heavy events run at once
(concurrency_id "compute"); the others wait in line (``max_size`` bounds that line). Cheap events
(citation clicks, status refresh) have no limit so they never wait behind an answer; ingest runs one
at a time.
"""
from __future__ import annotations

import gradio as gr

from wsis.assistant.api import Backend
from wsis.assistant.ui.assets import CHAT_JS, CITE_JS
from wsis.assistant.ui.chat_html import chat_html
from wsis.assistant.ui.handlers import ANSWER_LANGUAGES, Handlers
from wsis.assistant.ui.panels import LIBRARY_HEADERS, LIBRARY_WIDTHS, banner_html, doc_choices, library_view
from wsis.assistant.ui.source import SOURCE_EMPTY
from wsis.assistant.ui.uploads import UPLOAD_KINDS, UPLOAD_SUFFIXES

EXAMPLES = [
    "What is the Internet Governance Forum and what is its mandate?",
    "What do the texts say about bridging the digital divide?",
    "Tunis Agenda paragraph 72",
    "What are the WSIS action lines?",
    "What does the Global Digital Compact say about artificial intelligence?",
    "How is multistakeholder cooperation described?",
]
COMPARE_EXAMPLES = ["Internet governance", "digital divide", "human rights online", "capacity building"]
PRIVATE = {"api_visibility": "private", "concurrency_limit": None, "show_progress": "hidden"}
LOOKUP_EXAMPLE = "Tunis Agenda paragraph 72"


def examples_for(corpus) -> list[str]:
    """The example questions, the look-up one naming a paragraph the index holds: "Tunis Agenda
    paragraph 72" over an index whose Tunis Agenda stops at 16 would answer "Not found"."""
    if "tunis-agenda#72" in corpus.by_id or not corpus.paragraphs:
        return EXAMPLES
    for doc_id in dict.fromkeys(["tunis-agenda", *corpus.doc_order]):  # the Tunis Agenda's own, if it is there
        numbered = [p for p in (corpus.paragraphs[i] for i in corpus.by_doc.get(doc_id, [])) if p.numbered and p.label.isdigit()]
        if numbered and doc_id in corpus.documents and corpus.documents[doc_id].lang in ("", "en"):
            lookup = f"{corpus.documents[doc_id].short_title} paragraph {numbered[len(numbered) // 2].label}"
            return [lookup if q == LOOKUP_EXAMPLE else q for q in EXAMPLES]
    return [q for q in EXAMPLES if q != LOOKUP_EXAMPLE]


def build_ui(backend: Backend) -> gr.Blocks:
    settings = backend.settings
    llm = backend.assistant.llm_configured
    slots = settings.workers
    h = Handlers(backend)

    with gr.Blocks(title="WSIS assistant", analytics_enabled=False) as demo:
        turns_state = gr.State([])
        gr.Markdown("## WSIS & Global Digital Compact assistant\nCited answers from the agreed texts: every "
                    "quote links to its paragraph.")
        banner = gr.HTML(banner_html(backend), label="Status", elem_id="banner", js_on_load=None)
        timer = gr.Timer(2.0, active=False)
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        with gr.Row(elem_id="chat-tools"):
                            clear_btn = gr.Button("New conversation", size="sm", scale=0, min_width=160,
                                                  elem_id="clear")
                        chat = gr.HTML(chat_html([]), label="Conversation", elem_id="chat-log", js_on_load=CHAT_JS,
                                       autoscroll=False, max_height=640, padding=True)
                        with gr.Row(elem_id="ask-row"):
                            question = gr.Textbox(placeholder="Ask a question, e.g. What is the IGF?", show_label=False,
                                                  scale=8, min_width=360, elem_id="question",
                                                  submit_btn=False)
                            ask_btn = gr.Button("Ask", variant="primary", scale=0, min_width=96, elem_id="ask")
                        gr.Examples(examples_for(backend.corpus()), inputs=[question], label="Example questions for new staff")
                        with gr.Accordion("Filters and answer mode", open=False, elem_id="filters"):
                            docs_filter = gr.CheckboxGroup(doc_choices(backend), label="Documents (none = all)",
                                                           elem_id="doc-filter")
                            with gr.Row():
                                process = gr.Radio(["All", "WSIS", "GDC"], value="All", label="Process",
                                                   elem_id="process", scale=2, min_width=280)
                                year_from = gr.Textbox(label="From year", placeholder="any: no lower bound",
                                                       max_length=4, elem_id="year-from", scale=1, min_width=150)
                                year_to = gr.Textbox(label="To year", placeholder="any: no upper bound",
                                                     max_length=4, elem_id="year-to", scale=1, min_width=150)
                            mode = gr.Radio(
                                [("Extractive: verbatim quotes", "extractive"),
                                 ("Generative: LLM, every sentence checked", "generative")],
                                value=backend.assistant.default_mode(), label="Answer mode", interactive=llm,
                                info=None if llm else "Generative answers need an LLM: set WSIS_LLM and restart.",
                                elem_id="mode",
                            )
                            answer_lang = gr.Dropdown(
                                ANSWER_LANGUAGES, value="auto", label="Quote the texts in",
                                info="Documents indexed in several UN languages are quoted in this one when a "
                                     "version exists, else in English (the answer says so).",
                                elem_id="answer-lang", interactive=True,
                            )
                        with gr.Accordion("Copy or export the last answer (Markdown with references)", open=False,
                                          elem_id="export"):
                            export_md = gr.Textbox(label="Markdown", lines=8, max_lines=20, interactive=False,
                                                   buttons=["copy"], elem_id="export-md")
                            export_file = gr.DownloadButton("Download .md", value=None, elem_id="export-file")
                    with gr.Column(scale=2, min_width=320, elem_classes=["source-col"]):
                        gr.Markdown("### Source")
                        source = gr.HTML(SOURCE_EMPTY, label="Source", elem_id="source-panel", js_on_load=CITE_JS,
                                         padding=False)
            with gr.Tab("Compare", id="compare"):
                gr.Markdown("How did the agreed language on a topic move? One row per document, oldest first; "
                            "documents without a date come last.")
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        with gr.Row():
                            topic = gr.Textbox(placeholder="A topic, e.g. Internet governance", show_label=False,
                                               scale=4, elem_id="topic")
                            per_doc = gr.Slider(1, 3, value=2, step=1, label="Paragraphs per document", scale=2,
                                                elem_id="per-doc")
                            compare_btn = gr.Button("Compare", variant="primary", scale=1, elem_id="compare-btn")
                        gr.Examples([[t] for t in COMPARE_EXAMPLES], inputs=[topic], label="Topics")
                        compare_out = gr.HTML("", label="Comparison", elem_id="compare-table", js_on_load=CITE_JS)
                    with gr.Column(scale=2, min_width=320, elem_classes=["source-col"]):
                        compare_source = gr.HTML(SOURCE_EMPTY, elem_id="compare-source", js_on_load=CITE_JS)
            with gr.Tab("Agreed language", id="agreed"):
                gr.Markdown("Paste draft text: the closest agreed paragraphs, with similarity scores and the "
                            "shared wording highlighted, so you can reuse agreed language.")
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        draft = gr.Textbox(lines=5, max_lines=15, label="Draft text", elem_id="draft")
                        with gr.Row():
                            k = gr.Slider(1, 10, value=5, step=1, label="Paragraphs", scale=3, elem_id="agreed-k")
                            agreed_btn = gr.Button("Find agreed language", variant="primary", scale=1,
                                                   elem_id="agreed-btn")
                        agreed_out = gr.HTML("", label="Agreed paragraphs", elem_id="agreed-out", js_on_load=CITE_JS)
                    with gr.Column(scale=2, min_width=320, elem_classes=["source-col"]):
                        agreed_source = gr.HTML(SOURCE_EMPTY, elem_id="agreed-source", js_on_load=CITE_JS)
            with gr.Tab("Library", id="library"):
                gr.Markdown(
                    "Uploaded files are copied to the data folder and indexed; a file named after a catalog "
                    "`doc_id` (e.g. `tunis-agenda.pdf`) gets the official title, symbol and date. **Re-index** "
                    "reads every source file again: changed files are replaced, unchanged ones skipped; "
                    "*Rebuild from scratch* empties the index first. *Structure* is the ingest's check of "
                    "each document's paragraph numbering."
                )
                rows, structure_report = library_view(backend)
                library = gr.Dataframe(rows, headers=LIBRARY_HEADERS, datatype="str",
                                       interactive=False, label="Indexed documents", elem_id="library-table",
                                       wrap=True, column_widths=LIBRARY_WIDTHS)
                structure = gr.HTML(structure_report, elem_id="structure-report", padding=False)
                with gr.Row(equal_height=False):
                    with gr.Column():
                        upload = gr.File(file_count="multiple", file_types=list(UPLOAD_SUFFIXES),
                                         label=f"Add documents: {UPLOAD_KINDS}, at most "
                                               f"{settings.max_file_mb:g} MB each", elem_id="upload")
                        ingest_btn = gr.Button("Add to the index", variant="primary", elem_id="ingest-btn")
                        with gr.Row():
                            rebuild = gr.Checkbox(label="Rebuild from scratch", value=False, elem_id="rebuild")
                            reindex_btn = gr.Button("Re-index", elem_id="reindex-btn")
                    with gr.Column():
                        ingest_log = gr.Textbox(label="Indexing report", lines=10, interactive=False,
                                                elem_id="ingest-log")

        compute = {"concurrency_id": "compute", "concurrency_limit": slots}
        ask_inputs = [question, turns_state, docs_filter, process, year_from, year_to, mode, answer_lang]
        ask_outputs = [chat, turns_state, question, export_md, export_file]
        # the chat shows its own "Searching the texts…" line and streamed tokens: no progress overlay
        ask_btn.click(h.respond, ask_inputs, ask_outputs, api_name="ask", show_progress="hidden", **compute)
        question.submit(h.respond, ask_inputs, ask_outputs, api_visibility="private", show_progress="hidden",
                        **compute)
        clear_btn.click(h.clear, None, [chat, turns_state, question, export_md, export_file, source],
                        api_visibility="private", queue=False)
        # citation clicks are cheap: no limit, so a click never waits behind a long answer
        for panel, target in ((chat, source), (source, source), (compare_out, compare_source),
                              (compare_source, compare_source), (agreed_out, agreed_source),
                              (agreed_source, agreed_source)):
            panel.cite(h.show_source, None, target, **PRIVATE)
        gr.api(h.source_api, api_name="source", concurrency_limit=None)
        compare_btn.click(h.run_compare, [topic, per_doc], compare_out, api_name="compare", **compute)
        topic.submit(h.run_compare, [topic, per_doc], compare_out, api_visibility="private", **compute)
        agreed_btn.click(h.run_agreed, [draft, k], agreed_out, api_name="agreed_language", **compute)
        lib_outputs = [ingest_log, banner, library, docs_filter, structure]
        # ingest writes the index: one at a time (the store's file lock would serialise them anyway)
        ingest_btn.click(h.add_files, upload, lib_outputs, api_name="ingest", concurrency_id="ingest",
                         concurrency_limit=1)
        reindex_btn.click(h.reindex, rebuild, lib_outputs, api_name="reindex", concurrency_id="ingest",
                          concurrency_limit=1)
        refresh_outputs = [banner, library, docs_filter, structure, timer]
        timer.tick(h.refresh, None, refresh_outputs, **PRIVATE)
        demo.load(h.on_load, None, refresh_outputs, **PRIVATE)
        gr.api(h.documents_api, api_name="documents", concurrency_limit=None)

    demo.queue(default_concurrency_limit=slots, max_size=64)
    return demo
