"""Where was a named text adopted? Answered from the line of the text that names the place.

"Where were the summits held that produced the 2003 Geneva declaration and the 2024 Pact?" is not a
topic question: no paragraph is *about* the venue, and retrieval quoted paragraphs on the summits'
themes. A text names its place in a few set ways: a sentence saying where its meeting was held
("the summit held in New York", "assembled in Geneva from 10 to 12 December 2003"), or its title block
("Geneva 2003 - Tunis 2005", "Tunis, 18 November 2005": the city printed with the text's own year or a
date of it). A question that names indexed texts and asks nothing but where they were adopted or their
meetings held is answered, for each text, by that line, cited; a text that prints no place is said so,
and nothing is guessed from its symbol ("WSIS-03/GENEVA/DOC/4") or title. A place is a city as WordNet
files it ("Geneva", "New York"; ``synonyms.kinds_of``). English questions only, like the rest of the
title-block rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from wsis.assistant.dates import DATE_WORDS, MONTHS, named_as, parent_symbol
from wsis.assistant.extractive import citation_for
from wsis.assistant.sentences import sentence_spans
from wsis.assistant.synonyms import kinds_of
from wsis.prompts.messages import message
from wsis.types import Answer, DocumentInfo, Paragraph, Passage

MAX_TEXTS = 8  # texts placed in one answer
MISSING = "the name of a city"  # what a refusal says is missing, as ``instances`` names it

# "where", "in which city", "what venue", "at what location": the question asks for a place
_ASKS = re.compile(r"\bwhere\b|\b(?:which|what)\s+(?:city|town|venue|location|place)\b", re.I)
# the words a venue question may hold besides the asked-for place and the documents' names
_VENUE_WORDS = DATE_WORDS | set("""
where city town venue location place held hold holds hosted host hosts meeting meetings met meet meets convened convene
gathered gather assembled assemble summit summits conference conferences event events session sessions produced
produce yielded led lead adopting agreeing signing producing negotiated negotiate finalized finalised drawn drew up
that which who in at
""".split())
# the act or the place a venue question must name: "where was it adopted / held / agreed", "the summit",
# "which city"; not "where do X and Y agree?", "where is that in the text?", "where does it lead?"
_ACTS = set("""
adopt adopted adopting adoption held hosted convened gathered assembled sign signed agreed concluded negotiated finalized finalised approved
endorsed summit summits conference conferences meeting meetings event events venue city town location
""".split())
_TAKES_PLACE = re.compile(r"\b(?:take|takes|took|taken|taking)\s+place\b", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
# a run of capitalised words ("Rio de Janeiro", "Dar es Salaam"), not part of a symbol ("WSIS-03/GENEVA/DOC/4-E")
_NAME_RUN = re.compile(r"(?<![\w/-])[A-Z][\w'’]*(?:[ \t]+(?:(?:de|da|do|del|es|el|al|la)[ \t]+)?[A-Z][\w'’]*){0,2}(?![\w/])")
# "held in", "assembled in Geneva", "gathered at United Nations Headquarters in New York", "met in": the
# verb right before the place, not "held consultations with stakeholders, including in Geneva"
_HELD = re.compile(r"\b(?:held|hosted|convened|assembled|gathered|met|meeting|took\s+place|adopted|signed|done)"
                   r"(?:\s+(?:here|together|today))?(?:\s+at\s+(?:[\w'’-]+\s+){1,5}?)?\s+(?:in|at)\s*$", re.I)
# a meeting still to come ("the first meeting of the Forum, to be held in Athens") is not the text's
_TO_COME = re.compile(r"\b(?:to|will|shall|would)\s+be\s+(?:held|hosted|convened)\s+(?:in|at)\s*$", re.I)
# a preambular recital on another meeting ("Recalling the World Summit ..., held in Geneva", "Noting the
# work of the Commission, which met in Geneva"), unless it is on "the summit" or "this meeting" itself
_RECITAL = re.compile(r"^\s*(?:Recalling|Noting|Welcoming|Reaffirming|Recognizing|Recognising|Acknowledging|Bearing"
                      r"|Taking|Having|Mindful|Emphasizing|Emphasising|Stressing|Underlining|Expressing|Convinced|Aware)\b")
_THIS_MEETING = re.compile(r"\b(?:the|this|present)\s+(?:summit|meeting|conference|session|event)\s*,?\s*"
                           r"(?:held|hosted|convened)\s+(?:in|at)\s*$", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# what a title block prints after its city: the year ("Geneva 2003"), or a full date ending in it
# ("Tunis, 18 November 2005", "New York, 22-23 September 2024", "Geneva, December 2003")
_DAYS = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_TITLE_DATE = re.compile(rf"\s*,?\s*(?:(?:{_DAYS}\s+)?{_MONTH}\s+|{_MONTH}\s+{_DAYS},?\s+)?((?:19|20)\d\d)(?!\d)")
_AGENDA_YEAR = re.compile(r"\b(?:19|20)\d\d\s+Agenda\b|\bAgenda\s+(?:19|20)\d\d\b|\bVision\s+(?:19|20)\d\d\b", re.I)


def asks_for_venue(question: str) -> bool:
    """A cheap first test: "where", "in which city", "what venue"... (English)."""
    return bool(_ASKS.search(question))


def is_venue_question(stripped: str) -> bool:
    """Does the question ask for nothing but where its texts were adopted? ``stripped``: the question
    without its documents' names. "Where was the Geneva Declaration adopted?", "In which city were the
    summits held that produced X and Y?", "When and where was it adopted?" (``with_date``); not "Where
    does the Tunis Agenda say ...?", "Where did things stand ...?"."""
    words = [w.lower() for w in _WORD.findall(re.sub(r"['’]s\b", " ", stripped))]
    return (bool(_ASKS.search(stripped)) and all(w in _VENUE_WORDS for w in words)
            and bool(_ACTS & set(words) or _TAKES_PLACE.search(stripped)))


@dataclass
class PlaceName:
    city: str
    start: int  # where it stands in the text


def cities(text: str) -> list[PlaceName]:
    """The runs of ``text`` that name a city ("Geneva", "New York"), the longest at each place."""
    found = []
    for run in _NAME_RUN.finditer(text):
        words = run.group().split()
        for i in range(len(words)):
            span = next((" ".join(words[i:j]) for j in range(len(words), i, -1) if "city" in kinds_of(" ".join(words[i:j]))), "")
            if span:
                found.append(PlaceName(span, run.start() + run.group().find(span)))
                break
    return found


@dataclass
class VenueLine:
    paragraph: Paragraph
    line: str  # the verbatim sentence or line that names the place
    city: str
    said: str  # "held": a sentence says the meeting was there; "title": the title block prints it with the year


def venue_line(paragraphs: list[Paragraph], year: str) -> VenueLine | None:
    """The line of ``paragraphs`` (one text's) that names its place: a sentence whose city follows
    "held in", "assembled in", "gathered at ... in", that prints no other year than ``year``, the
    text's ("the 2030 Agenda" is no date), is not on a meeting to come ("to be held in") and is no
    recital on another meeting ("Recalling the World Summit ..., held in Geneva"; "the summit held in"
    is the text's own); a sentence in the text's voice ("We ... gathered in Tunis") first, else the
    earliest. Else a title-block line that prints a city with ``year`` ("Geneva 2003 - Tunis 2005":
    Geneva for 2003) or with a date of that year ("Tunis, 18 November 2005")."""
    held: list[VenueLine] = []
    for p in sorted(paragraphs, key=lambda p: p.order):
        for start, end in sentence_spans(p.text):
            sentence = p.text[start:end].strip()
            years = set(_YEAR.findall(_AGENDA_YEAR.sub(" ", sentence)))  # not "the 2030 Agenda"
            if year and years - {year}:
                continue  # "the first phase, held in Geneva in December 2003" in a 2005 text: another meeting
            for found in cities(sentence):
                before = sentence[:found.start]
                if not _HELD.search(before) or _TO_COME.search(before):
                    continue  # no meeting's place, or a meeting still to come
                if _RECITAL.match(sentence) and not _THIS_MEETING.search(before):
                    continue  # a recital on another meeting
                held.append(VenueLine(p, sentence, found.city, "held"))
                break
    if held:  # "We ... gathered in Tunis": the text's own voice first
        return next((v for v in held if re.search(r"\bwe\b", v.line, re.I)), held[0])
    for p in paragraphs:
        if p.label != "title" or not year:
            continue
        for line in p.text.splitlines():
            for found in cities(line):
                after = _TITLE_DATE.match(line[found.start + len(found.city):])
                if after and after.group(1) == year:
                    return VenueLine(p, line.strip(), found.city, "title")
    return None


def venue_answer(question: str, infos: list[DocumentInfo], corpus, lang: str = "en",
                 allowed: set[str] | None = None) -> Answer | None:
    """The answer to "where was X adopted?" for the texts ``infos`` the question names: one line per
    text naming its place and the verbatim line that prints it, cited; a text that prints none, or is
    not indexed, said so, its title block (where a place would stand) quoted as the nearest passage. An
    annex ("A/RES/79/1, annex I") is placed by the resolution it is annexed to, when ``allowed`` (the
    texts the filters let through; None: every one) has it. Abstains when no text prints its place;
    None without texts."""
    if not infos:
        return None
    lines: list[str] = []
    quotes: list[tuple[Passage, str]] = []
    placed = 0  # texts whose place is quoted
    for info in infos[:MAX_TEXTS]:
        own = [corpus.paragraphs[i] for i in corpus.by_doc.get(info.doc_id, [])]
        if not own:  # named, in the catalog, not indexed (the answer's notice says how to add it)
            lines.append(message("venue_not_indexed", lang, document=named_as(info)))
            continue
        found, host = venue_line(own, info.date[:4]), info
        parent = parent_symbol(info)
        if found is None and parent:  # an annex: the resolution it is annexed to may say where it was adopted
            for other in corpus.doc_order:
                if other != info.doc_id and corpus.documents[other].symbol == parent and (allowed is None or other in allowed):
                    found, host = venue_line([corpus.paragraphs[i] for i in corpus.by_doc.get(other, [])], info.date[:4]), corpus.documents[other]
                    break
        if found is None:
            block = next((p for p in own if p.label == "title"), None)
            if block is None:
                lines.append(message("venue_none", lang, document=named_as(info)))
                continue
            quotes.append((Passage(block, info, score=0.0, scores={"venue": 0.0}), block.text.strip()))
            lines.append(message("venue_none_title", lang, document=named_as(info), marker=len(quotes)))
            continue
        placed += 1
        quotes.append((Passage(found.paragraph, host, score=1.0, scores={"venue": 1.0}), found.line))
        key = "venue_annex" if host is not info else "venue_held" if found.said == "held" else "venue_title"
        lines.append(message(key, lang, document=named_as(info), city=found.city, year=info.date[:4], parent=named_as(host),
                             marker=len(quotes)))
    citations = [citation_for(passage, quote, n) for n, (passage, quote) in enumerate(quotes, start=1)]
    body = ["> " + f"“{c.quote}” [{c.marker}] ({c.text()})".replace("\n", "\n> ") for c in citations]
    text = "\n".join(lines) + ("\n\n" + "\n".join(body) if body else "")
    return Answer(question, text, "extractive", abstained=not placed, citations=citations,
                  passages=[p for p, _ in quotes], missing_concept="" if placed else MISSING)


def with_date(dated: Answer, placed: Answer) -> Answer:
    """"When and where was X adopted?": the date answer, then the place answer, its markers following
    the date answer's; abstains when neither gives anything."""
    shift = len(dated.citations)
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + shift}]", placed.answer)
    for citation in placed.citations:
        citation.marker += shift
    return Answer(dated.question, f"{dated.answer}\n\n{text}", "extractive", abstained=dated.abstained and placed.abstained,
                  citations=dated.citations + placed.citations, passages=dated.passages + placed.passages,
                  missing_concept=placed.missing_concept if dated.abstained else "")
