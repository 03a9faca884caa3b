"""Index internals that users rely on: long paragraphs keep their tail, the manifest swap, GC."""
from __future__ import annotations

from wsis.types import DocumentInfo, Paragraph
from wsis.ingest.chunking import make_windows, window_texts


def test_long_paragraph_is_split_into_windows_sharing_its_id():
    words = [f"w{i}" for i in range(500)]
    windows = window_texts(" ".join(words), 170)
    assert len(windows) >= 3
    assert windows[-1].split()[-1] == "w499"  # the tail is embedded
    p = Paragraph(doc_id="d", label="7", text=" ".join(words), section=["A. Heading"])
    made = make_windows(p, DocumentInfo(doc_id="d", title="Doc"), "g1", 170)
    assert {meta["paragraph_id"] for _, _, meta in made} == {"d#7"}
    assert all(len(text.split()) <= 170 for _, text, _ in made)
    assert len({node_id for node_id, _, _ in made}) == len(made)


def test_each_sub_item_gets_a_window_with_the_lead_in():
    items = {"a": "Keep the network open;", "b": "Support the forum, including through voluntary funding;",
             "c": "Prevent fragmentation."}
    text = "We commit to:\n" + "\n".join(f"({k}) {v}" for k, v in items.items())
    p = Paragraph(doc_id="d", label="29", text=text, sub_items=items, section=["Internet governance"])
    made = make_windows(p, DocumentInfo(doc_id="d", title="Doc"), "g1", 170)
    assert len(made) == 4 and made[0][1].endswith("(c) Prevent fragmentation.")  # the whole paragraph first
    assert made[2][1] == "Doc - Internet governance\nWe commit to: (b) Support the forum, including through voluntary funding;"
    assert [meta.get("item") for _, _, meta in made] == [None, "a", "b", "c"]
    assert {meta["paragraph_id"] for _, _, meta in made} == {"d#29"} and len({i for i, _, _ in made}) == 4
    single = Paragraph(doc_id="d", label="30", text="We note:\n(a) One thing.", sub_items={"a": "One thing."})
    assert len(make_windows(single, DocumentInfo(doc_id="d", title="Doc"), "g1", 170)) == 1  # one item: no extra window


def test_the_lead_in_stops_at_the_first_marker_whatever_its_form():
    from wsis.ingest.chunking import lead_in

    items = {"a": "Keep the network open;", "b": "Support the forum;"}
    for text in ("We commit to:\n(a) Keep the network open;\n(b) Support the forum;",
                 "We commit to: (a) Keep the network open; (b) Support the forum;",  # run-in items
                 "We commit to:\na) Keep the network open;\nb) Support the forum;"):  # bracketless
        assert lead_in(Paragraph(doc_id="d", label="1", text=text, sub_items=items)) == "We commit to:"
    arabic = "نلتزم بما يلي: (أ) Keep the network open; (ب) Support the forum;"
    assert lead_in(Paragraph(doc_id="d", label="1", text=arabic, sub_items=items)) == "نلتزم بما يلي:"


def test_tail_of_a_long_paragraph_is_found_by_dense_retrieval(tmp_path):
    from wsis.index_store.embeddings import get_embed_model, model_label
    from wsis.index_store.store import IndexStore
    from tests.conftest import make_settings

    settings = make_settings(tmp_path)
    store = IndexStore(settings)
    filler = " ".join("We reaffirm the importance of cooperation among all stakeholders in the information society." for _ in range(40))
    tail = "Satellite connectivity for remote islands must be financed by a dedicated fund."
    long_p = Paragraph(doc_id="long", label="1", text=f"{filler} {tail}")
    other = Paragraph(doc_id="long", label="2", text="Libraries and archives preserve cultural heritage.", order=1)
    info = DocumentInfo(doc_id="long", title="Long document")
    generation = store.new_generation("0" * 64)
    model = get_embed_model(settings.embed_model)
    windows = [w for p in (long_p, other) for w in make_windows(p, info, generation, 170)]
    vectors = model.get_text_embedding_batch([t for _, t, _ in windows])
    store.replace_document(info, "0" * 64, generation, [long_p, other],
                           [(i, t, m, v) for (i, t, m), v in zip(windows, vectors)], model_label(settings.embed_model))
    hits = store.dense(model.get_query_embedding("funding satellite links for remote islands"), 5)
    assert hits[0].paragraph_id == "long#1"
    assert len({h.paragraph_id for h in hits}) == len(hits)  # one hit per paragraph, not per window
