"""A named text's own particulars (its symbol, session, agenda items, draft, original language,
issuing body) answered from its title block, quoted whole.

"What are the official document numbers of the Geneva Declaration and of the Tunis Agenda?" is not
a topic question: no paragraph is *about* a text's symbol, and retrieval quoted paragraphs that
mention other documents. The title block prints exactly these particulars ("Document
WSIS-03/GENEVA/DOC/4-E", "Seventieth session", "Agenda items 13 and 115", "Original: English"), and
the extractive answer never quotes it (``extractive.substantive``). A question that names indexed
texts and asks nothing but such particulars is answered, for each text, by its title block verbatim
(with its closing line when the question asks for the plenary meeting). English questions, like
the rest of the title-block rules; the date alone is ``assistant.dates``'s question.
"""
from __future__ import annotations

import re
from typing import Callable

from wsis.assistant.dates import DATE_WORDS
from wsis.assistant.extractive import citation_for
from wsis.prompts.messages import message
from wsis.types import Answer, DocumentInfo, Paragraph, Passage

MAX_TEXTS = 8  # texts in one answer

# what such a question asks for: one of these words must be in it
ASKED = set("""
symbol symbols number numbers l-document draft drafts session sessions agenda item items plenary meeting
meetings committee committees original originally language languages translation translations translated
issued issuing publisher put publication publications booklet package cite citing citation drafted
cttee cttees
""".split())
# "which body adopted A/RES/70/125?", "who adopted the Tunis Agenda?": the title block names it ("Resolution adopted by the
# General Assembly", "World Summit on the Information Society")
_WHO_ADOPTED = re.compile(r"\b(?:who|by\s+whom|(?:which|what)\s+(?:body|bodies|organs?|organi[sz]ations?|agenc(?:y|ies)))\b.*\b(?:adopted"
                          r"|publish(?:ed|es)?|issued)\b"
                          r"|\b(?:the|a)\s+(?:body|organi[sz]ation|agency)\s+(?:that|which|who)\s+(?:adopted|published|issued)\b", re.I)
# "who actually published the ... docs, was it the ITU?" (round 27); "is the ITU the body that issued them?" (round 42)
# the words it may hold besides the asked-for particular, the date wording and the documents' names (a summit
# city: "the Declaration of Principles from Geneva", round 25)
_WORDS = ASKED | DATE_WORDS | set("""
official officially reference code ga main un united nations which what who whom whose under through before
after straight sent taken put out by into written write wrote english french spanish russian arabic chinese
version versions body bodies organization organisation organizations organisations agency agencies specialised
specialized its their both each all title heading cover page carry carries bear bears print prints printed show
shows give gives get got come came from first or and not but just also any there here whether s one part
stand-alone standalone separate paper texts itu unesco i we need want how should can properly correctly
during annual footnote footnotes revised revision revisions edition working organ organs
geneva tunis go went our my catalogue catalog record records doc docs high level event phase actually published publish publishes
banner auspices were was
am right thinking correct assume assuming st nd rd th thing either neither without
whats bibliography bibliographies bibliographic
""".split())
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
_UNDER_NAME = re.compile(r"\b(?:issued\s+)?under\s+(?:the\s+)?[\w.+-]+(?:['’]s)?\s+(?:name|banner|auspices)\b", re.I)  # (round 29)
_REFERRED = re.compile(r"\b(?:referred|refer|refers|reference|referral)\b", re.I)  # with a committee asked of: "referred to a Main Committee"
_COMMITTEE = re.compile(r"\b(?:committees?|cttees?)\b", re.I)  # (round 32; review: "which committee was it referred to?")
_GA_RESOLUTIONS = re.compile(r"\b(?:General\s+Assembly|GA|UNGA|UN)\s+resolutions\b", re.I)  # "both General Assembly resolutions" (round 35)
_MEETING = re.compile(r"\b(?:plenary|meeting)\b", re.I)
_MEETING_PRINTED = re.compile(r"\b\d+(?:st|nd|rd|th)?\s+(?:plenary\s+)?meeting\b|\bmeeting\s+(?:No\.?\s*)?\d", re.I)  # "80th plenary meeting"
_OWN_STATEMENT = re.compile(r"(?:I|I['’]m|I['’]ve|I['’]d|We|We['’]re|My|Our)\b")
_PRINTED = re.compile(r"\d")  # a particular prints a number: a symbol, a date, a session, an agenda item
_BLOCK = re.compile(r"^title(?:-\d+)?$")  # a combined file's later texts: "title-2"
_BLOCK_AND_CLOSING = re.compile(r"^(?:title|closing)(?:-\d+)?$")


def asks_for_particulars(question: str) -> bool:
    """A cheap first test: one of the words that ask for a particular ("symbol", "session", ...)."""
    return any(w.lower() in ASKED for w in _WORD.findall(question)) or bool(_WHO_ADOPTED.search(question))


def is_particulars_question(stripped: str, lang: str = "en") -> bool:
    """Does the question ask for nothing but its texts' particulars? ``stripped``: the question
    without its documents' names. "What is the symbol of the Tunis Agenda?", "Under which agenda items
    was A/RES/70/125 adopted?", but not "What does the Tunis Agenda say about languages?"."""
    if lang != "en":
        return False
    stripped = _GA_RESOLUTIONS.sub(" resolution ", _UNDER_NAME.sub(" issued ", stripped))
    stripped = _REFERRED.sub(" ", stripped) if _COMMITTEE.search(stripped) else stripped  # "referred to a Main Committee"; "issued under the ITU's name" (round 25); not "which languages does it name?"
    # without a statement of the user's own before it ("I'm writing a briefing note. What symbol ...?"),
    # unless the particular is named only there ("I need the Agenda's symbol for a footnote. What is it?");
    # a request ("Summarise its commitments on AI.") stays part of the question
    sentences = re.split(r"(?<=[.!?])\s+", stripped.strip())
    asking = " ".join(s for s in sentences if s.endswith("?") or not _OWN_STATEMENT.match(s))
    words = [w.lower() for w in _WORD.findall(re.sub(r"['’]s\b", " ", asking))]
    if not ASKED & set(words):
        words = [w.lower() for w in _WORD.findall(re.sub(r"['’]s\b", " ", stripped))]
    return bool(ASKED & set(words) or _WHO_ADOPTED.search(asking)) and all(w in _WORDS for w in words)


def asks_only_meeting(question: str) -> bool:
    """Whether the only particular ``question`` asks for is the meeting that adopted the text."""
    words = {w.lower() for w in _WORD.findall(question)}
    asked = words & ASKED  # "on what date ..., and at which meeting?" asks for a date too
    return bool(asked) and asked <= {"plenary", "meeting", "meetings"} and not words & {"date", "dated", "day", "year", "month", "when"}


def title_blocks(paragraphs: list[Paragraph], question: str) -> list[Paragraph]:
    """The text's title block, and its closing line when the question asks for the meeting."""
    wanted = _BLOCK_AND_CLOSING if _MEETING.search(question) else _BLOCK
    return [p for p in paragraphs if wanted.match(p.label)]


def quote_blocks(blocks: list[Paragraph], info: DocumentInfo, quoted: list[Passage], parts: list[str],
                 lead: Callable[[str], str]) -> None:
    """Add a text's blocks to ``quoted``, and to ``parts`` its lead line (``lead`` of the blocks'
    markers: "[1] [2]") and each block quoted whole with its marker and citation."""
    first = len(quoted) + 1
    quoted.extend(Passage(p, info, score=1.0, scores={"title": 1.0}) for p in blocks)
    parts.append(lead(" ".join(f"[{n}]" for n in range(first, len(quoted) + 1))))
    for n, passage in enumerate(quoted[first - 1:], start=first):
        block = passage.paragraph.text.strip().replace("\n", "\n> ")
        parts.append(f"> {block}\n> [{n}] ({passage.citation_text()})")


def particulars_answer(question: str, infos: list[DocumentInfo], corpus, lang: str = "en") -> Answer | None:
    """Each named text's title block (and closing line), quoted whole and cited; a text without an
    indexed title block is said so, with the catalog's symbol for a catalog text not indexed; a block
    that prints only the title (no number: no symbol, date or session), or no meeting when only the
    meeting is asked, is quoted as the nearest, and said to give none of the particulars. Abstains when no quoted block prints one; None when no text is given."""
    if not infos:
        return None
    parts: list[str] = []
    quoted: list[Passage] = []
    given = False  # a quoted block prints a particular
    for info in infos[:MAX_TEXTS]:
        own = [corpus.paragraphs[i] for i in corpus.by_doc.get(info.doc_id, [])]
        blocks = title_blocks(own, question)
        name = f"{info.short_title} ({info.symbol})" if info.symbol else info.short_title
        if not own and info.symbol:  # named, in the catalog, not indexed (the answer's notice says how to add it)
            parts.append(message("particulars_catalog_symbol", lang, document=info.short_title, symbol=info.symbol))
            continue
        if not blocks:
            parts.append(message("particulars_none", lang, document=name))
            continue
        bare = not any(_PRINTED.search(p.text) for p in blocks)  # a heading alone: no symbol, date or session
        key = "particulars_bare" if bare else "particulars_title"
        if asks_only_meeting(question) and not any(_MEETING_PRINTED.search(p.text) for p in blocks):
            bare, key = True, "particulars_no_meeting"  # "At which plenary meeting was it adopted?": not the session
        given = given or not bare
        quote_blocks(blocks, info, quoted, parts, lambda markers: message(key, lang, document=name, markers=markers))
    citations = [citation_for(p, p.paragraph.text, n) for n, p in enumerate(quoted, start=1)]
    return Answer(question, "\n\n".join(parts), "extractive", abstained=not given, citations=citations,
                  passages=quoted)
