"""What a question asks for that the first candidates do not give, though its concepts are there:
a figure ("how many", "how often", "up to what age": ``quantities``) or a word on legal force ("is
the compact legally binding?": ``legal_force``), a place in a body ("who chairs the Forum?":
``roles``), a right ("is internet access a human right?": ``rights``), the money ("who pays for
the panel?": ``funding``) or a name of a city, country or language ("in which city was it held?":
``instances``) or of an organisation ("which body carries out the check?": ``actors``) or of a
group's members ("which networks are meant?": ``actors``) or of people ("which ambassadors co-facilitated
it?": ``actors``) or a definition ("how does the compact define information integrity?":
``definitions``) or a way to reach someone ("is there a website where we can apply?": ``contacts``) or a year
named as a deadline ("is 2030 really the deadline?": ``deadlines``). English
questions only."""
from __future__ import annotations

from typing import Protocol, Sequence

from wsis.assistant import actors, contacts, deadlines, definitions, funding, instances, legal_force, quantities, rights, roles
from wsis.types import Passage


class Unanswered(Protocol):
    def named(self) -> str: ...
    def asks_only(self, phrase: str) -> bool: ...


def unanswered(question: str, passages: Sequence[Passage], about: str = "") -> Unanswered | None:
    """The first thing asked that none of the first quotable candidates gives; None otherwise."""
    return (quantities.unanswered_figure(question, passages, about=about)
            or legal_force.unanswered_force(question, passages, about=about)
            or roles.unanswered_place(question, passages, about=about)
            or rights.unanswered_right(question, passages, about=about)
            or funding.unanswered_funding(question, passages, about=about)
            or instances.unanswered_instance(question, passages, about=about)
            or actors.unanswered_actor(question, passages, about=about)
            or actors.unanswered_members(question, passages, about=about)
            or actors.unanswered_person(question, passages, about=about)
            or definitions.unanswered_definition(question, passages, about=about)
            or contacts.unanswered_contact(question, passages, about=about)
            or deadlines.unanswered_deadline(question, passages, about=about))
