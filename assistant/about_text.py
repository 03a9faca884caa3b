"""Questions about a named text itself (its subject, whom it was put together for, its full title,
how and by which body it was adopted), answered from its title block, quoted whole (for the adoption,
with the blocks that state it: "The General Assembly," ... "Adopts the following Pact ...").

"What subject area does the negotiating team's pack cover?" or "Who was the briefing extract put
together for?" asks what the text says of itself, and no paragraph is *about* that: topic retrieval
quoted whichever numbered paragraph ranked first. The title block states it ("Extract for the
negotiating team: agreed language on the information society"). Only questions whose whole frame
asks this, in English, with the text named inside the frame: "What does the Tunis Agenda say about
financing?" is a topic question, and "Who is the Plan addressed to?" is left to retrieval (a title
rarely names the actors a plan calls on).
"""
from __future__ import annotations

import re

from wsis.assistant.dates import parent_symbol
from wsis.assistant.extractive import citation_for
from wsis.assistant.particulars import quote_blocks, title_blocks
from wsis.prompts.messages import message
from wsis.types import Answer, DocumentInfo, Passage

MAX_TEXTS = 8  # texts in one answer
MAX_OPENING = 2  # paragraphs quoted for a text without a title block

_AUX = r"(?:is|was|are|were|does|do|did)"
_FRAMES = [
    # "What subject area does X cover?", "What topics do X and Y deal with?"
    re.compile(rf"^\s*(?:so\s+)?what\s+(?:(?:policy|subject)\s+)?(?:subject|topic|theme|field|area|issue)s?"
               rf"(?:\s+(?:area|matter)s?)?\s+{_AUX}\s+(?P<texts>.+?)\s+"
               r"(?:cover|covers|covered|deal\s+with|address|concern|treat)\s*\??\s*$", re.I),
    # "Who was X put together for?", "Whom is X intended for?"
    re.compile(rf"^\s*(?:so\s+)?(?:who|whom)\s+{_AUX}\s+(?P<texts>.+?)\s+(?:put\s+together|prepared|compiled|written|drawn\s+up|"
               rf"produced|intended|meant|designed|assembled)\s+for\s*\??\s*$", re.I),
    # "What is the full title of X?", "What is X's official name?", "What is X officially called?"
    # (a guess may follow: "...: a plan, a charter, or something else?")
    re.compile(r"^\s*what\s+(?:is|was|are|were)\s+the\s+(?:full|official|formal|exact|complete|proper)\s+(?:title|name)s?\s+of\s+"
               r"(?P<texts>.+?)(?:\s*[:;,]\s*(?:an?|the)\s+[^?]*)?\s*\??\s*$", re.I),
    re.compile(r"^\s*what\s+(?:is|was|are|were)\s+(?P<texts>.+?)(?:['’]s?)?\s+(?:full|official|formal|exact|complete|proper)\s+"
               r"(?:title|name)s?\s*\??\s*$", re.I),
    re.compile(r"^\s*what\s+(?:is|was|are|were)\s+(?P<texts>.+?)\s+(?:officially|formally)\s+(?:called|titled|named)"
               r"\s*\??\s*$", re.I),
    # "What is the title of A/RES/70/125?" (a text's title, not a part's: ``_NOT_A_TEXT``)
    re.compile(r"^\s*what\s+(?:is|was|are|were)\s+the\s+titles?\s+of\s+(?P<texts>[^?]+?)\s*\??\s*$", re.I),
    # "Does the title of A/RES/70/125 say how many stages the summit had?": what its title block says
    re.compile(r"^\s*(?:does|do|did)\s+the\s+(?:full\s+|official\s+)?titles?\s+of\s+(?P<texts>[^?]+?)\s+"
               r"(?:say|state|mention|refer|include|name|give|contain|speak|tell)\b", re.I),
]
_PLAIN_TITLE = (len(_FRAMES) - 2, len(_FRAMES) - 1)  # the two frames above: their span must name a text alone
# a part of a text ("the title of its section on financing") or a thing it creates ("the forum created by ...")
_NOT_A_TEXT = re.compile(r"\b(?:sections?|chapters?|parts?|paragraphs?|headings?|action\s+lines?|annex(?:es)?|objectives?|"
                         r"articles?|created|set\s+up|established|launched|by|that|which|who|where|forum|panel|body)\b", re.I)


# how a text was adopted, and by which body: "Was the Pact formally passed by one of the UN's main
# bodies?", "Does resolution 79/1 merely take note of the Pact, welcome it, or formally approve it?"
_ADOPT = (r"(?:adopt(?:s|ed|ing)?|approv(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|pass(?:ed)?|sign(?:s|ed)?\s+off|"
          r"ratif(?:y|ies|ied)|welcom(?:e|es|ed|ing)|t(?:ake|akes|ook|aken)\s+note)")
_ADOPTION_ACT = re.compile(
    rf"\b(?:formally|merely|just|only|officially)\s+(?:\w+\s+){{0,3}}?{_ADOPT}\b|\b(?:did|does|do)\s+(?:it|they|the\s+(?:GA|UNGA|General\s+Assembly|Assembly))\s+(?:adopt|pass|approve)\s+only\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:pact|compact|text|resolution|document|declaration)\b)"  # "adopt only the Pact text"
    rf"|\b{_ADOPT}\s+(?:\w+\s+){{0,6}}?by\s+(?:which|what|whom|one\s+of)\b"
    rf"|\b(?:which|what)\s+(?:UN\s+)?(?:body|organ|bodies|organs)\s+(?:\w+\s+){{0,3}}?{_ADOPT}\b"
    # "Who adopted it?", "... and who passed it?"; not a relative "the people who adopted it"
    rf"|(?:^|[.?!,;:(]\s*|\b(?:and|or|but|so)\s+)who\s+{_ADOPT}\b", re.I)
# the adoption's object is a text ("the Pact", "it", "the 2015 outcome document"), not what a text welcomes
_A_TEXT = re.compile(r"^\s*(?:of\s+)?(?:[\w'’/.-]+\s+){0,4}?(?:it|them|pact|compact|agenda|declaration|resolution|document|"
                     r"text|outcome|plan|vision|statement|commitment|charter|\d+/\d+)s?\b"
                     r"|^\s*(?:\w+\s+){0,3}?by\s+(?:which|what|whom|one\s+of)\b", re.I)  # "passed by one of its organs"
_ACT_BLOCKS = re.compile(r"^(?:title|chapeau|operative)(?:-\d+)?$")  # "The General Assembly, ... Adopts the following"


def asks_adoption_act(question: str) -> bool:
    """Whether the question asks how (by which body, in what form) a text was adopted, not when."""
    if not question or (re.search(r"\bwhen\b|\bwhat\s+date\b", question, re.I)  # not "When the GA passed it, did it ...?"
                        and not re.match(r"\s*when\b[^?,]{1,120},\s*(?:did|does|do|was|is|were|has|had)\b", question, re.I)):
        return False
    # passive with its agent asked ("passed by one of the UN's main bodies"), or a text as the verb's object
    return any(re.search(r"\bby\b", m.group(0), re.I) or _A_TEXT.match(question[m.end():])
               for m in _ADOPTION_ACT.finditer(question))


# "What is the GDC?", "What's the Tunis Agenda?": the text itself,
# when what follows the frame is a text's name and nothing else (``Assistant.particulars`` checks)
_ITSELF = (re.compile(r"^\s*(?:so\s+)?(?:what\s+(?:is|was)|what['’]s)\s+(?P<texts>[^?]+?)(?:\s+(?:all\s+)?about)?\s*[?.!]?\s*$", re.I),
           # "What does the WSIS+10 outcome say?", "What did the 2015 review say overall?": nothing asked of it but itself
           re.compile(r"^\s*(?:so\s+)?what\s+(?:does|did|do)\s+(?P<texts>[^?]+?)\s+say(?:\s+(?:in\s+general|overall|in\s+short))?"
                      r"\s*[?.!]?\s*$", re.I),
           # "Tell me about the GDC", "Give me an overview of the Pact" (not "summarise X": its content)
           re.compile(r"^\s*(?:please\s+)?(?:tell\s+me\s+(?:a\s+bit\s+)?about|"
                      r"(?:give\s+me\s+)?(?:an?\s+)?(?:brief\s+|short\s+|quick\s+)?(?:overview|introduction)\s+(?:of|to))\s+"
                      r"(?P<texts>[^?]+?)\s*[?.!]?\s*$", re.I))
NAME_ONLY = re.compile(r"[\s,]*(?:(?:the|and|both|&)[\s,]*)*", re.I)  # what may stand beside the names


def itself_span(question: str) -> tuple[int, int] | None:
    """Where "What is X?", "What is X about?", "What does X say?", "Tell me about X", "an overview of X" leave X
    (which must then be a text's name alone); None for other questions."""
    m = next((m for pattern in _ITSELF if (m := pattern.match(question))), None)
    return m.span("texts") if m else None


def texts_span(question: str) -> tuple[int, int] | None:
    """Where the frame of a question about a text itself leaves the text's name; None for any other
    question."""
    for i, frame in enumerate(_FRAMES):
        m = frame.match(question)
        if m and not (i in _PLAIN_TITLE and _NOT_A_TEXT.search(m.group("texts"))):
            return m.span("texts")
    return None


def title_answer(question: str, infos: list[DocumentInfo], corpus, lang: str = "en", act: bool = False,
                 opening: bool = False, allowed: set[str] | None = None) -> Answer | None:
    """Each named text's title block, quoted whole and cited, as what the text says of itself (with
    ``act``: also the blocks that say how it was adopted, "The General Assembly," and "Adopts the
    following ..."; with ``opening``, "What is the GDC?", a text without a title block: its first
    paragraphs); None when no named text has an indexed title block (retrieval answers instead)."""
    quoted: list[Passage] = []
    parts: list[str] = []
    unanswered = texts = 0  # texts quoted for what they say of themselves; those whose block says nothing asked
    for info in infos[:MAX_TEXTS]:
        own = [corpus.paragraphs[i] for i in corpus.by_doc.get(info.doc_id, [])]
        blocks = [p for p in own if _ACT_BLOCKS.match(p.label)] if act else title_blocks(own, "")
        parent = next((d for d, other in getattr(corpus, "documents", {}).items() if parent_symbol(info) and other.symbol == parent_symbol(info)
                       and (allowed is None or d in allowed)), "")  # a filter keeping the annex alone keeps its resolution out
        acts = [corpus.paragraphs[i] for i in corpus.by_doc.get(parent, []) if _ACT_BLOCKS.match(corpus.paragraphs[i].label)] if parent else []
        if act and not blocks and acts:  # "Who adopted the GDC?": an annex is adopted by its resolution's act
            blocks = acts
            name = f"{info.short_title} ({info.symbol})"
            quote_blocks(blocks, corpus.documents[parent], quoted, parts, lambda markers: message(
                "adoption_annex", lang, document=name, resolution=corpus.documents[parent].short_title, markers=markers))
            texts += bool(blocks)
            continue
        bare = bool(blocks) and all(_flat(p.text) in _names(info) for p in blocks)  # "Global Digital Compact", no more
        if opening and (not blocks or bare) and own:  # an annex printed without a title block of its own: how it opens
            name = f"{info.short_title} ({info.symbol})" if info.symbol else info.short_title
            quote_blocks([p for p in own if p.numbered][:MAX_OPENING] or own[:MAX_OPENING], info, quoted, parts,
                         lambda markers: message("title_only_opens" if bare else "text_opens", lang, document=name, markers=markers))
            continue
        if not title_blocks(blocks, ""):
            continue
        name = f"{info.short_title} ({info.symbol})" if info.symbol else info.short_title
        key = "adoption_act" if act and len(blocks) > len(title_blocks(blocks, "")) else "title_self"  # a title alone
        key = "adoption_not_given" if act and bare else key  # "Who adopted the GDC?" of a block printing only its name
        unanswered += key == "adoption_not_given"
        texts += 1
        quote_blocks(blocks, info, quoted, parts, lambda markers: message(key, lang, document=name, markers=markers))
    if not quoted:
        return None
    citations = [citation_for(p, p.paragraph.text, n) for n, p in enumerate(quoted, start=1)]
    return Answer(question, "\n\n".join(parts), "extractive", citations=citations, passages=quoted,
                  abstained=texts > 0 and unanswered == texts)


def _flat(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _names(info: DocumentInfo) -> set[str]:
    """A text's title and names, flattened: a title block that prints only one of them says nothing more."""
    return {_flat(n) for n in (info.title, info.short_title, *info.aliases) if n}
