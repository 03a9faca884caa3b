"""A question asking different things of different texts, or several things at once (assistant/clauses.py)."""
from wsis.assistant.clauses import clause_of_each, split_clauses


def _parts(question: str) -> list[str]:
    return [question[s:e] for s, e in split_clauses(question)]


def test_clauses_are_sentences_and_new_requests():
    assert _parts("What role does the 2003 plan give to news outlets, and what does the compact add on literacy?") == [
        "What role does the 2003 plan give to news outlets", "what does the compact add on literacy?"]
    assert _parts("The plan wants aid steered to the neediest. Does the compact say which countries are worst off?") == [
        "The plan wants aid steered to the neediest.", "Does the compact say which countries are worst off?"]
    # "and" joining two places where the same thing is asked is no new request
    assert _parts("Is swapping lessons part of the Forum's job both in the Tunis text and in the excerpt?") == [
        "Is swapping lessons part of the Forum's job both in the Tunis text and in the excerpt?"]
    assert _parts("What is it supposed to do, what could it lead to, and when does the work begin?") == [
        "What is it supposed to do", "what could it lead to", "when does the work begin?"]


def test_each_named_group_gets_its_own_clause_or_none():
    q = "What role does the 2003 plan give to news outlets, and what does the compact add on literacy?"
    plan, compact = q.index("2003 plan"), q.index("compact")
    named = [(plan, plan + 9, ["geneva-plan-of-action"]), (compact, compact + 7, ["global-digital-compact"])]
    groups = [["geneva-plan-of-action"], ["global-digital-compact"]]
    assert clause_of_each(q, groups, named) == {0: "What role does the 2003 plan give to news outlets",
                                                1: "what does the compact add on literacy?"}
    both = "Do the 2003 plan and the compact agree on literacy?"
    at = [(both.index("2003 plan"), both.index("2003 plan") + 9, ["geneva-plan-of-action"]),
          (both.index("compact"), both.index("compact") + 7, ["global-digital-compact"])]
    assert clause_of_each(both, groups, at) == {}  # one clause names both: ranked whole



def test_a_clause_that_only_points_back_is_ranked_by_what_it_points_at():
    from wsis.assistant.clauses import clause_firsts
    from wsis.assistant.concepts import norm_tokens
    from wsis.types import DocumentInfo, Paragraph, Passage

    def passage(doc: str, label: str, text: str) -> Passage:
        return Passage(Paragraph(doc, label, text), DocumentInfo(doc, doc))

    media = passage("geneva-plan-of-action", "12", "Independent and pluralistic media have a role in informing the public.")
    broadband, integrity = (passage("global-digital-compact", "5", "Set targets for universal broadband and national plans."),
                            passage("global-digital-compact", "9", "Promote media and information literacy."))
    q = "The Geneva plan has an action line on media. Does the compact pick that theme up?"
    plan, compact = q.index("Geneva plan"), q.index("compact")
    named = [(plan, plan + 11, ["geneva-plan-of-action"]), (compact, compact + 7, ["global-digital-compact"])]
    asked: list[tuple[str, tuple[str, ...]]] = []

    def rank(topic: str, docs: list[str]) -> list[Passage]:
        asked.append((topic, tuple(docs)))
        if docs == ["geneva-plan-of-action"]:
            return [media]
        # the whole question ranks the compact's broadband paragraph first ("plan", "action"); what the
        # other clause asks and the passage that answered it rank its media paragraph first
        return [integrity, broadband] if "media" in topic and "compact" not in topic else [broadband, integrity]

    firsts = clause_firsts(q, [["geneva-plan-of-action"], ["global-digital-compact"]], named,
                           lambda text: text.replace("Does the compact ", ""), rank, norm_tokens)  # the topic: no text named
    # "pick that theme up" points back: the compact is not ranked on its own clause, but on the plan's clause
    # and on the plan's passage (an echo), fused with the whole question
    assert [p.id for p in firsts] == ["geneva-plan-of-action#12", "global-digital-compact#9"]
    assert ("The Geneva plan has an action line on media.", ("global-digital-compact",)) in asked
    assert (media.paragraph.text, ("global-digital-compact",)) in asked
    assert ("pick that theme up?", ("global-digital-compact",)) not in asked


def test_a_first_clause_naming_no_text_is_asked_of_the_other_texts():
    from wsis.assistant.clauses import _REFERRING, clause_firsts, unnamed_clause
    from wsis.assistant.concepts import norm_tokens
    from wsis.assistant.references import DocumentNames, topic_of

    referring = set(norm_tokens(_REFERRING))

    def at(question: str, name: str, doc: str) -> list[tuple[int, int, list[str]]]:
        return [(question.index(name), question.index(name) + len(name), [doc])]

    q = "Who was asked to set up the IGF, and does the GDC put money behind it?"
    assert _parts(q)[0] == "Who was asked to set up the IGF" and unnamed_clause(q, at(q, "GDC", "gdc"), norm_tokens) == (0, 31)
    asked: list[tuple[str, tuple[str, ...]]] = []
    clause_firsts(q, [["gdc"]], at(q, "GDC", "gdc"), lambda text: text, lambda topic, docs: asked.append((topic, tuple(docs))) or [],
                  norm_tokens, texts=["tunis-agenda", "gdc", "geneva-plan"])
    assert ("Who was asked to set up the IGF", ("tunis-agenda", "geneva-plan")) in asked  # the other texts, on its own words
    # a later clause goes on about the named text; an introduction, or a clause without a subject, asks nothing
    for question, name in [("How many strands does the Geneva plan have, and what is the last one about?", "Geneva plan"),
                           ("I work at a library. What does the compact say on open data?", "compact"),
                           ("Hi, could you help? What does the compact say about data protection?", "compact"),
                           ("What about gender? Does the compact mention women?", "compact")]:
        own = lambda t: [w for w in norm_tokens(topic_of(t, DocumentNames({}))) if w not in referring]  # noqa: E731
        assert unnamed_clause(question, at(question, name, "gdc"), own) is None, question
    asked.clear()
    one = "What does the compact say about data protection?"
    assert clause_firsts(one, [["gdc"]], at(one, "compact", "gdc"), lambda t: t, lambda t, d: asked.append((t, d)) or [],
                         norm_tokens, texts=["gdc", "tunis-agenda"]) == [] and asked == []
