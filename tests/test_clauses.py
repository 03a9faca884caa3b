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

