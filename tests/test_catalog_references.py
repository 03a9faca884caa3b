"""How questions name the catalog's texts and their parts: references typed every way, file names, informal names."""
from __future__ import annotations

from wsis.types import DocumentInfo


def test_file_names_name_documents_only_when_distinctive():
    from wsis.assistant.references import DocumentNames, parse_references

    names = DocumentNames({d: DocumentInfo(d, t) for d, t in
                           [("data", "data"), ("report", "Report"), ("final-notes", "final notes"), ("acme-ig-brief", "x")]})
    assert names.doc_ids("what does the data say in the report and the final notes?") == []
    assert parse_references("acme-ig-brief para 2", names)[0].doc_id == "acme-ig-brief"


def test_item_lists_and_the_pacts_actions_parse_as_references():
    from wsis.assistant.references import DocumentNames, parse_references
    from wsis.ingest.catalog import catalog_by_id

    combined = {"wsis-outcome-booklet", "wsis10-statement-vision"}
    names = DocumentNames({d: e.to_info() for d, e in catalog_by_id().items() if d not in combined})

    def parsed(q):
        return [(r.doc_id, r.label, r.sub, r.section) for r in parse_references(q, names)]

    assert parsed("TA 72(a) and (c)") == [("tunis-agenda", "72", "a", ""), ("tunis-agenda", "72", "c", "")]
    assert [r[2] for r in parsed("Tunis Agenda para 90 (a) to (d)")] == ["a", "b", "c", "d"]
    assert parsed("Pact para 5 and (see) GDC") == [("pact-for-the-future", "5", "", "")]  # "(see)" is no item
    assert parsed("Pact Actions 1 and 2") == [("pact-for-the-future", "", "", "Action 1"), ("pact-for-the-future", "", "", "Action 2")]
    assert parsed("Geneva Plan of Action 9") == [("geneva-plan-of-action", "9", "", "")]  # a title, then its paragraph
    # a text named after a reference with a number of its own is that number's (tester Z: 72(a) was dropped)
    assert parsed("compare para 72(a) with GDC 29(a)") == [(None, "72", "a", ""), ("global-digital-compact", "29", "a", "")]
    assert parsed("paragraph 72 of the Tunis Agenda 2005") == [("tunis-agenda", "72", "", "")]  # a year is no number of its own
    assert parsed("Should we take action 2 times a year?") == []
    # the number before the name, as some type it; a spelled-out number
    assert parsed("What does 72 (b) TA say?") == [("tunis-agenda", "72", "b", "")]
    assert parsed("What does 72(b) of the Tunis Agenda say?") == [("tunis-agenda", "72", "b", "")]
    assert parsed("What does 72 TA say?") == [("tunis-agenda", "72", "", "")]
    assert parsed("paragraph seventy-two of the Tunis Agenda") == [("tunis-agenda", "72", "", "")]
    # a count, an objective's number, a year before a name: no paragraph
    assert parsed("What are the 5 GDC objectives?") == []
    assert parsed("What does Objective 2 of the GDC say?") == [("global-digital-compact", "", "", "Objective 2")]
    assert parsed("In 2015 the WSIS+10 outcome said what on finance?") == []
    assert parsed("Which 2 of the GDC's commitments are on data?") == []
    assert parsed("Explain 72 of the Tunis Agenda") == [("tunis-agenda", "72", "", "")]
    assert parsed("What does 72b TA say?") == parsed("72b of the Tunis Agenda") == [("tunis-agenda", "72", "b", "")]
    assert parsed("Is 3d printing in the GDC?") == []  # a letter glued to a number with no text's name after it
    for typed in ("Show me 72 of the Tunis Agenda", "Give me 72 of the Tunis Agenda", "Look up 72 of the Tunis Agenda",
                  "What is the meaning of 72 of the Tunis Agenda?"):
        assert parsed(typed) == [("tunis-agenda", "72", "", "")], typed
    assert parsed("What do 72 and 73 of the Tunis Agenda say?") == [("tunis-agenda", "72", "", ""), ("tunis-agenda", "73", "", "")]
    # acronyms typed in lower case: three letters anywhere, two only before a paragraph's number
    assert parsed("ta para 14") == [("tunis-agenda", "14", "", "")] and parsed("gdc para 28") == [("global-digital-compact", "28", "", "")]
    assert parsed("Is ta ok for you?") == [] and names.doc_ids("what are the principles of the gdc") == ["global-digital-compact"]
    assert names.doc_ids("Peux-tu reformuler ta 2e réponse ?") == []  # French "ta", not the Tunis Agenda
    assert parsed("A/RES/70/125 pp2") == [("a-res-70-125", "PP2", "", "")] and parsed("see pp. 12-14 of the GDC") == []
    assert parsed("gdc obj 5") == [("global-digital-compact", "", "", "Objective 5")]
    assert parsed("TA para 9999") == []  # no paragraph 999 read out of a longer number
    assert parsed("pact for the future action 2") == [("pact-for-the-future", "", "", "Action 2")]
    assert parsed("we take action 2 times") == []
    assert parsed("What does the chapeau of A/RES/70/125 say?") == [("a-res-70-125", "chapeau", "", "")]
    assert parsed("annex I para 5") == [("global-digital-compact", "5", "", "")]  # the one indexed annex I
    # a range of action lines is each of them, not its two ends (round 25: "C1 to C11" looked up C1 and C11)
    assert [r[3] for r in parsed("What do action lines C2 to C4 say?")] == ["C2", "C3", "C4"]
    assert [r[3] for r in parsed("the facilitators of C1-C3")] == ["C1", "C2", "C3"]
    assert [r[3] for r in parsed("action lines C3, C5 and C7")] == ["C3", "C5", "C7"]
    assert [r[3] for r in parsed("C1 and C3 of the Geneva plan")] == ["C1", "C3"]
    assert [r[3] for r in parsed("What has happened under action line C5 to 2025?")] == ["C5"]  # a year is no code (review)
    assert [r[3] for r in parsed("action lines C9-C12")] == ["C9", "C10", "C11"]  # there are eleven
    assert [r[3] for r in parsed("Did the focus shift from C3 to C7 between Geneva and Tunis?")] == ["C3", "C7"]  # two compared
    assert [r[3] for r in parsed("From C1-C3, which concern infrastructure?")] == ["C1", "C2", "C3"]  # a range all the same
    assert [r[3] for r in parsed("What do action lines from C1 to C4 cover?")] == ["C1", "C2", "C3", "C4"]
    assert [r[1] for r in parsed("Tunis Agenda paragraphs 71-67")] == ["67", "68", "69", "70", "71"]  # a range typed backwards
    # a paragraph word in French, Spanish or Russian
    assert parsed("Que dit le paragraphe 72 de l'Agenda de Tunis ?") == [("tunis-agenda", "72", "", "")]
    assert parsed("¿Qué dice el párrafo 72 de la Agenda de Túnez?") == [("tunis-agenda", "72", "", "")]
    for other in ("What are the top 3 in the Tunis Agenda?", "What is number 1 in the GDC?", "Are all 193 in the GDC bound?",
                  "Name 3 of the Tunis Agenda's themes"):
        assert parsed(other) == [], other
    # "op" typed in lower case is an operative paragraph; "op. cit." and "a photo op 2 days later" are not
    assert parsed("A/RES/70/125 op 3 and op 4") == [("a-res-70-125", "3", "", ""), ("a-res-70-125", "4", "", "")]
    assert parsed("see op. cit. 3") == [] and parsed("Was there a photo op 2 days later?") == []
    # a text's short name glued to the number; "OP3", "G77" are no text's name
    assert parsed("TA72(b)") == [("tunis-agenda", "72", "b", "")] and parsed("GDC28") == [("global-digital-compact", "28", "", "")]
    assert parsed("What is the G77 position?") == []


def test_informal_names_name_one_catalog_document_each():
    """Users shorten titles ("the Geneva plan", "the Vision"): a run of one catalog text's title words
    holding its kind and a word of its own, or "the" and a capitalised kind, names it; a word that is
    also the subject ("future generations", "the vision", "action plans") or fits two texts does not."""
    from wsis.assistant.references import DocumentNames
    from wsis.ingest.catalog import catalog_by_id

    combined = {"wsis-outcome-booklet", "wsis10-statement-vision"}  # split into their parts at ingest
    names = DocumentNames({d: e.to_info() for d, e in catalog_by_id().items() if d not in combined})
    assert names.doc_ids("Did the Tunis Commitment and the Geneva plan agree on local content?") == [
        "tunis-commitment", "geneva-plan-of-action"]
    # "the pact" in lower case: the one text whose own title is a pact, not its annexes; "a pact" is a word
    assert names.doc_ids("when was the pact adopted") == ["pact-for-the-future"] and names.doc_ids("a pact on data") == []
    assert names.doc_ids("How does that compare with the future generations declaration?") == [
        "declaration-on-future-generations"]
    assert names.doc_ids("Did the worry about cost carry into the Vision?") == ["wsis10-vision"]
    # its own title words, then "text" or "document" (round 21); "a future generations text" is any text
    assert names.doc_ids("Does the future generations text want choices to weigh later lives?") == ["declaration-on-future-generations"]
    assert names.doc_ids("is there a future generations text?") == []
    # two kinds paired in lower case name two texts (tester AB M12: "the statement and the vision" were words)
    assert names.doc_ids("what is the difference between the statement and the vision") == ["wsis10-statement", "wsis10-vision"]
    assert names.doc_ids("the vision vs the statement on cost") == ["wsis10-vision", "wsis10-statement"]
    assert names.doc_ids("what does the statement say") == [] and names.doc_ids("a statement and the vision") == []
    # round 30: a kind in lower case that speaks as the text, where one indexed title is of that kind
    fixture = DocumentNames({d: e.to_info() for d, e in catalog_by_id().items()
                             if d in {"tunis-agenda", "tunis-commitment", "geneva-plan-of-action", "global-digital-compact"}})
    assert fixture.doc_ids("what's e-government supposed to do for people like me, according to the plan?") == ["geneva-plan-of-action"]
    assert fixture.doc_ids("does the agenda mention spam?") == ["tunis-agenda"]
    for other in ("what is on the agenda?", "in the plan for national strategies, what is said?", "what does the agenda for the meeting say?",
                  "a plan for rural access"):
        assert fixture.doc_ids(other) == [], other
    assert names.doc_ids("What do the Geneva principles say on ethics?") == ["geneva-declaration"]
    # a declaration is also called a statement; the WSIS+10 Statement keeps its own name
    assert names.doc_ids("What does the statement of principles say on ethics?") == ["geneva-declaration"]
    assert names.doc_ids("And the future generations statement?") == ["declaration-on-future-generations"]
    assert names.doc_ids("What does the WSIS+10 Statement say on ethics?") == ["wsis10-statement"]
    # "a statement" is any statement
    assert names.doc_ids("Is there a statement on future generations in the Pact?") == ["pact-for-the-future"]
    assert names.doc_ids("Does the Pact include a statement of principles on AI?") == ["pact-for-the-future"]
    assert names.doc_ids("Do the Pact and its annex on future generations agree?") == [
        "pact-for-the-future", "declaration-on-future-generations"]
    # a run stops at a full name: both texts are named
    assert names.doc_ids("Did the future generations declaration on the Pact treat science?") == [
        "declaration-on-future-generations", "pact-for-the-future"]
    # a run of title words may also be the subject: it stays in the topic; a title or "the Vision" does not
    from wsis.assistant.references import topic_of
    assert "future generations" in topic_of("Do the Pact and its annex on future generations agree?", names)
    assert "Vision" not in topic_of("Did the worry about cost carry into the Vision?", names)
    for q in ("What is the vision for the information society?", "What is said about national action plans?",
              "What do the texts say about future generations?", "What does the Declaration say on media?",
              "What agreed language is there on spam?", "Is there an annex on digital trade?"):
        assert names.doc_ids(q) == [], q


def test_a_catalog_alias_added_after_ingest_names_an_indexed_text():
    """Review of round 34's "PftF": an index keeps the names its texts had at ingest, and an unchanged file is not ingested
    again; the catalog's later aliases name the indexed text too."""
    from dataclasses import replace

    from wsis.assistant.references import DocumentNames
    from wsis.ingest.catalog import catalog_by_id

    stored = catalog_by_id()["pact-for-the-future"].to_info()
    stored = replace(stored, aliases=[a for a in stored.aliases if a != "PftF"])  # as ingested before the alias was added
    assert DocumentNames({"pact-for-the-future": stored}).doc_ids("When did the GA adopt the PftF?") == ["pact-for-the-future"]
