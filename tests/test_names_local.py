"""Local texts named by words of their titles (no catalog alias): "the Ministerial Round Table
summary", "the negotiating team extract", "the WSIS+20 event". The titles are invented here."""
from __future__ import annotations

from wsis.assistant.references import DocumentNames
from wsis.types import DocumentInfo

DOCS = {"000-summary": DocumentInfo("000-summary", "WSIS+20 Forum High-Level Event 2024- Ministerial Round Table summary"),
        "team-extract": DocumentInfo("team-extract", "Extract for the negotiating team: agreed language on the information society"),
        "tunis-agenda": DocumentInfo("tunis-agenda", "Tunis Agenda for the Information Society", aliases=["Tunis Agenda"])}


def named(question: str) -> list[tuple[str, str]]:
    return [(m.doc_id, question[m.start:m.end]) for m in DocumentNames(DOCS).mentions(question)]


def test_a_local_text_is_named_by_a_run_of_its_title_words():
    assert named("What does the Ministerial Round Table summary say about AI?") == [
        ("000-summary", "Ministerial Round Table summary")]
    assert named("what does the negotiating team extract say?") == [("team-extract", "negotiating team extract")]
    # its owner's possessive, then a kind of text its title lacks: "the negotiating team's brief"
    assert named("What is the last passage of the negotiating team's brief?") == [("team-extract", "negotiating team's brief")]
    # a briefing pack, dossier or compilation: what users call a team's collection of agreed wording
    assert named("What subject does the negotiating team's pack of settled wording cover?") == [
        ("team-extract", "negotiating team's pack")]
    assert named("Is the negotiating team's dossier on AI?") == [("team-extract", "negotiating team's dossier")]
    # a title word as users inflect it, before a kind of text the title names: "the negotiators' extract"
    assert named("Where does the negotiators' extract skip ahead?") == [("team-extract", "negotiators' extract")]
    assert named("What did the ministers say at the WSIS+20 event?") == [("000-summary", "WSIS+20 event")]
    assert named("What does the Tunis Agenda say on the ministerial round table summary?") == [
        ("tunis-agenda", "Tunis Agenda"), ("000-summary", "ministerial round table summary")]


def test_ordinary_words_name_no_local_text():
    for question in ("what came out of round table discussions?", "What agreed language is there on the information society?",
                     "Is there agreed language on the team?", "Round table: what was said?",
                     "What does the round table summary say?", "what do the final notes say?",
                     # a verb after the title words is no kind of text
                     "What did the negotiating team report on AI?", "Did the negotiating team draft anything?",
                     "Did the negotiating team pack the agenda?"):
        assert named(question) == [], question


def test_a_file_named_text_is_named_as_said_when_its_name_ends_in_a_kind_of_text():
    docs = {**DOCS, "flattened-excerpt": DocumentInfo("flattened-excerpt", "flattened-excerpt"),
            "internet-governance": DocumentInfo("internet-governance", "internet-governance")}
    names = DocumentNames(docs)
    found = lambda q: [(m.doc_id, q[m.start:m.end]) for m in names.mentions(q)]  # noqa: E731
    assert found("Is sharing lessons the Forum's job in the flattened excerpt?") == [("flattened-excerpt", "flattened excerpt")]
    assert found("and in the flattened\nexcerpt?") == [("flattened-excerpt", "flattened\nexcerpt")]
    # a file named for a subject does not name itself in every question on that subject
    assert found("What do the texts say on internet governance?") == []
    # "the excerpt": the one indexed text whose file name ends in that kind of text; not an excerpt of
    # another text, and none when two texts are excerpts
    assert found("What does the excerpt say?") == [("flattened-excerpt", "excerpt")]
    assert found("What does the excerpt of the Tunis Agenda say?") == [("tunis-agenda", "Tunis Agenda")]
    assert found("What does an excerpt say?") == []
    # described in lower-case words (round 17: "what extra tasks does the follow-up excerpt give it?")
    assert found("what extra tasks does the follow-up excerpt give it?") == [("flattened-excerpt", "follow-up excerpt")]
    assert found("What does the Tunis excerpt say?") == []  # a capitalised word: another text's name, not a description
    # on a subject, not on a text (round 39: "is it asked in the Tunis Agenda follow-up part and in the other excerpt on the Forum?")
    assert found("Is it asked in the other excerpt on the Forum?") == [("flattened-excerpt", "other excerpt")]
    assert found("What does the excerpt on the Tunis Agenda say?") == [("tunis-agenda", "Tunis Agenda")]
    assert found("Can you quote the excerpt on network shutdowns from the Tunis Agenda?") == [("tunis-agenda", "Tunis Agenda")]  # review
    report = DocumentNames({**docs, "csw-report": DocumentInfo("csw-report", "csw-report")})
    assert [m.doc_id for m in report.mentions("Does the GDC ask for the annual progress report?")] == []  # a report is described by no words
    two = DocumentNames({**docs, "second-excerpt": DocumentInfo("second-excerpt", "second-excerpt")})
    assert [m.doc_id for m in two.mentions("What does the excerpt say?")] == []


def test_a_local_text_is_named_by_the_last_words_of_its_file_name():
    """"the briefing extract" names ig-briefing-extract.txt (its file name's last two words), once no
    other indexed text's name ends so; "the briefing" alone is no name."""
    docs = {**DOCS, "ig-briefing-extract": DocumentInfo("ig-briefing-extract", "ig-briefing-extract")}
    found = lambda names, q: [(m.doc_id, q[m.start:m.end]) for m in names.mentions(q)]  # noqa: E731
    names = DocumentNames(docs)
    assert found(names, "Who was the briefing extract of agreed wording put together for?") == [
        ("ig-briefing-extract", "briefing extract")]
    assert found(names, "What does the briefing say on AI?") == []
    assert found(names, "What does a briefing extract say?") == []
    two = DocumentNames({**docs, "un-briefing-extract": DocumentInfo("un-briefing-extract", "un-briefing-extract")})
    assert [m.doc_id for m in two.mentions("What does the briefing extract say?")] == []


def test_a_standard_acronym_in_an_alias_may_be_spelled_out():
    docs = {"wsis10-statement": DocumentInfo("wsis10-statement", "WSIS+10 Statement on the Implementation of WSIS Outcomes",
                                             aliases=["WSIS+10 Statement"])}
    found = [(m.doc_id, q[m.start:m.end]) for q in ["What did the World Summit on the Information Society +10 statement say?"]
             for m in DocumentNames(docs).mentions(q)]
    assert found == [("wsis10-statement", "World Summit on the Information Society +10 statement")]
    assert [m.doc_id for m in DocumentNames(docs).mentions("the WSIS +10 statement")] == ["wsis10-statement"]
