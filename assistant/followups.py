"""Follow-up questions ("and what does the GDC say?") completed from the conversation.

A question is a follow-up when it leans on the previous turn: it has no topic of its own, it points
back ("that", "it", "the same"), or it opens with "and/what about" and shares or lacks a topic. A
question that names its own document and topic is new ("What does the Tunis Commitment say about
gender?" after "Tunis Agenda paragraph 72(b)"). What is carried is what the new question lacks:
the previous documents when it names none, the previous topic when it has none; a paragraph number
is carried only into a question that has neither topic nor reference of its own ("and what does
it say?"), so it never leaks into an unrelated question.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Collection

from wsis.assistant.adjacent import step_alone
from wsis.assistant.places import places
from wsis.assistant.references import DocumentNames, parse_references, year_named
from wsis.errors import MAX_TEXT_CHARS
from wsis.prompts.messages import catalogue, join_list, message

Items = Callable[[str, str], Collection[str]] | None  # a paragraph's item letters by (doc id, label)

_FILLER = set(
    "and what about how does do did say says said on the this that it its they them those these there same "
    "in of for to text texts document documents also too compare with regarding concerning is are a an "
    "please tell me then so which where when who why said saying says "
    # "which para?", "in which section exactly?" after a look-up: the place of the answer just given
    "para paras paragraph paragraphs section part number exactly quote only sub-item subitem item "
    "subparagraph sub-paragraph point letter "
    # French and Spanish ("Et le c) ?", "¿Y el inciso c)?")
    "et le la les l el los las y alinéa alinea lettre inciso apartado letra punto".split()
)
_FOLLOW = re.compile(r"^\s*¿?\s*(?:and|also|what about|how about|and what about|same (?:for|in)|compare|then|but|"
                     r"et|y|qu['’]en est-il|quid|mais|pero|también)\b", re.I)  # French and Spanish openings too
_ANAPHOR = re.compile(r"\b(?:it|its|this|that|these|those|they|them|their|there|same|such|above|former|latter|"
                      r"the (?:panel|forum|body|paragraph|document|text|one)'s)\b", re.I)
_REF_WORDS = re.compile(r"(?:paragraphs?|paras?\.?|¶+|§+|action\s+lines?|objective)\s*[\dC][\w()]*"
                        r"(?:\s*(?:-|–|to|and|,)\s*[\dC][\w()]*)*|\b\d{1,3}(?!\d)(?:\s?\([a-z]{1,4}\))?"
                        r"|\b(?:PP|OP)\s?\d{1,3}(?:\s?\([a-z]{1,4}\))?(?:\s+(?:of|in|from)\b)?", re.I)  # "PP2 of": a look-up, no topic


def content_tokens(text: str) -> set[str]:
    """Stemmed content words, without question and filler words ("what", "about", "say")."""
    from wsis.assistant.support import tokens

    return set(tokens(" ".join(w for w in re.findall(r"[A-Za-z0-9]+", text) if w.lower() not in _FILLER)))


def _one_cited(history: list[dict] | None, names: DocumentNames) -> str:
    """"Tunis Agenda para 72" when the last answer cites that one paragraph alone ("and (c)?" after "what is the
    mandate of the forum?" answered from para. 72: its item (c); tester Z), else ""."""
    answer = next((str(t.get("content", "")) for t in reversed(history or []) if t.get("role") == "assistant"), "")
    cited = {(r.doc_id, r.label) for r in parse_references(answer, names) if r.doc_id and r.label}
    if len(cited) != 1:
        return ""
    doc, label = cited.pop()
    named = [answer[m.start:m.end] for m in names.mentions(answer) if m.doc_id == doc]
    return f"{named[0]} para {label}" if named else ""


# "Quote it exactly", "can you give me the full text?", "the exact wording please": the last answer's paragraphs, whole
_WHOLE_AGAIN = re.compile(r"^\s*(?:(?:ok|okay|thanks|great|so|now|and)[,!.]?\s+)?(?:(?:can|could|would)\s+you\s+|please\s+)?"
                          r"(?:(?:quote|give|show|read|paste|print|cite)\b(?:\s+(?:me|us))?(?:\s+(?:it|that|them|those|this|these|(?:the|those|these)\s+"
                          r"(?:paragraphs?|passages?|quotes?|text|wording|answer|lines?|extracts?)))?\s+)?"
                          r"(?:(?:exactly|verbatim|word\s+for\s+word|in\s+full)|(?:the\s+)?(?:full|exact|whole|entire|complete)\s+"
                          r"(?:text|wording|paragraphs?|quotes?|language))(?:,?\s+please)?\s*[?.!]*\s*$", re.I)


# "say that more simply", "in plain English please", "can you rephrase it?": an extractive answer quotes, never rewords
_SIMPLY = r"(?:more\s+)?(?:simply|plainly)|in\s+(?:plain(?:er)?|simple(?:r)?|everyday)\s+(?:english|words|terms|language)"
_REPHRASE = re.compile(rf"^\s*(?:(?:ok|okay|so|now|and)[,!.]?\s+)?(?:(?:can|could|would)\s+you\s+|please\s+)?(?:"
                       rf"(?:say|put|explain|tell|give)(?:\s+(?:me|us))?\s+(?:it|that|this|them)\s+(?:{_SIMPLY})"  # "say that more simply"
                       rf"|(?:rephrase|reword|paraphrase|simplify)(?:\s+(?:it|that|this|them|the\s+(?:answer|last\s+answer)))?(?:\s+(?:{_SIMPLY}))?"
                       rf"|(?:{_SIMPLY})|simpler|dumb\s+it\s+down)(?:,?\s+please)?\s*[?.!]*\s*$", re.I)  # the whole request: no subject of its own


def asks_to_rephrase(question: str) -> bool:
    """A short request to say the last answer in other words (tester AA: it was asked as a new topic)."""
    return bool(_REPHRASE.match(question))


# "which para?", "what paragraph is that from?", "where is that from?": the place of the answer just given (tester AA: a new
# topic answer contradicted the last one), as the whole request
_WHICH_PLACE = re.compile(r"^\s*(?:(?:ok|okay|thanks|so|and|sorry|wait|remind\s+me)[,!.]?\s+)?(?:(?:which|what)\s+(?:para(?:graph)?s?|paras?\.?|provisions?)"
                          r"(?:\s+(?:number|no\.?))?(?:\s+(?:is|was|are|were)\s+(?:it|that|this|they|those|these)(?:\s+(?:in|from))?"
                          r"|\s+says?\s+(?:that|this|it))?|where\s+(?:is|was)\s+(?:that|this)\s+from|where\s+does\s+it\s+say\s+(?:that|this)"
                          # "Which paragraph of A/RES/70/125 is that?" (tester AB M2): of that text's
                          r"|(?:which|what)\s+para(?:graph)?s?\s+(?:of|in)\s+(?P<text>[^?]{2,80}?)\s+(?:is|was|are|were)\s+"
                          r"(?:it|that|this|they|those|these)(?:\s+(?:in|from))?)"
                          r"(?:,?\s+again)?\s*[?.!]*\s*$", re.I)


def cited_whole(question: str, history: list[dict] | None, names: DocumentNames) -> str:
    """"Tunis Agenda para 72 and Global Digital Compact para 28" for "Quote it exactly" or "which para?" after an
    answer citing those paragraphs (numbered ones; at most six, as a look-up lists); "" for any other question."""
    which = _WHICH_PLACE.match(question)
    if not (_WHOLE_AGAIN.match(question) or which):
        return ""
    answer = next((str(t.get("content", "")) for t in reversed(history or []) if t.get("role") == "assistant"), "")
    of = which["text"] if which and which["text"] else ""
    texts = set(names.doc_ids(of)) | {d for _a, _b, ids in year_named(of, names.documents) for d in ids} if of else set()
    refs = list(dict.fromkeys((r.doc_id, r.label) for r in parse_references(answer, names)
                              if r.doc_id and re.fullmatch(r"\d{1,3}|PP\d{1,3}", r.label or "")
                              and (not texts or r.doc_id in texts)))[:6]
    spoken = {m.doc_id: answer[m.start:m.end] for m in reversed(names.mentions(answer))}
    return " and ".join(f"{spoken[d]} para {label}" for d, label in refs if d in spoken)


# "how many paragraphs is that?", "how many did you cite?": a count of the last answer's paragraphs (tester AB L2)
_HOW_MANY_CITED = re.compile(r"^\s*(?:(?:and|so|ok|okay)[,!.]?\s+)?how\s+many\s+(?:(?:paragraphs?|paras?|passages?|provisions?|places?)\s+"
                             r"(?:is|was|are|were)\s+(?:that|those|these|they|it)|(?:(?:paragraphs?|paras?|passages?)\s+)?did\s+you\s+"
                             r"(?:cite|quote|give|list|find))(?:\s+(?:in\s+all|altogether|in\s+total))?\s*[?.!]*\s*$", re.I)


def cited_count(question: str, history: list[dict] | None, names: DocumentNames, lang: str = "en") -> str:
    """"The last answer cites 5 paragraphs: Global Digital Compact: 3, 8, 13, 18 and 23." for "how many paragraphs
    is that?" after an answer citing numbered paragraphs; "" for any other question or answer."""
    if not _HOW_MANY_CITED.match(question):
        return ""
    cited: dict[str, list[str]] = {}
    counts = tuple(line.split("{", 1)[0] for key in ("cited_count", "cited_count_one") for line in catalogue()[key].values())
    answers = [str(t.get("content", "")) for t in reversed(history or []) if t.get("role") == "assistant"]
    counted = next((a for a in answers if not a.startswith(counts)), "") if answers and answers[0].startswith(counts) else (answers or [""])[0]
    for r in parse_references(counted, names):  # the last answer (or the one a count just given counted); not an earlier one (review)
        if r.doc_id and (m := re.fullmatch(r"(\d{1,3}|PP\d{1,3})(?:\s?\([a-z]{1,4}\))*", r.label or "")) and m[1] not in cited.setdefault(r.doc_id, []):
            cited[r.doc_id].append(m[1])  # 29(b) and 29(d) are one paragraph
    if not any(cited.values()):  # it cited no paragraph: said (a history of user turns only, from the API: not a count)
        return message("cited_none", lang) if answers else ""
    spoken = {m.doc_id: counted[m.start:m.end] for m in reversed(names.mentions(counted))}
    places = message("list_semicolon", lang).join(f"{spoken.get(d, names.documents[d].title if d in names.documents else d)}: {join_list(labels, lang)}" for d, labels in cited.items() if labels)
    count = sum(len(labels) for labels in cited.values())
    return message("cited_count_one" if count == 1 else "cited_count", lang, count=count, places=places) if count else ""


# the lines saying the texts do not mention what was asked ("… (they do not mention kids online).")
_DENIALS = ("off_domain_concept", "texts_not_mention", "document_not_mention", "documents_not_mention",
            "named_lacks", "named_lacks_near")


@lru_cache(maxsize=1)
def _denial_patterns() -> tuple[re.Pattern, ...]:
    """Each denial line of every language, its ``{concept}`` a group and its other fields anything."""
    field = re.compile(r"\\\{(\w+)\\\}")  # a field as ``re.escape`` writes it
    lines = sorted((line for key in _DENIALS for line in catalogue()[key].values()), key=len, reverse=True)  # the longer first:
    return tuple(re.compile(re.sub(r"(?:\.\*\?)+", ".*?", re.sub(r"(?:\\\s|\s)+", r"\\s+", field.sub(  # "… does not mention AI; the passages below …"
        lambda m: "(?P<concept>.+?)" if m[1] == "concept" else ".*?", re.escape(line))))) for line in lines)  # "{documents}{scope}": one ".*?"


def denied_concept(history: list[dict] | None) -> str:
    """What the last answer said the texts do not mention ("kids online"), in any answer language; "" if none.
    (Its words are compared with the new question's in Latin script only: ``content_tokens``.)"""
    for turn in reversed(history or []):
        if turn.get("role") == "assistant":
            for line in str(turn.get("content", "")).strip().split("\n")[:3]:  # a "Not found: …" line may come first
                for pattern in _denial_patterns() if len(line) <= 500 else ():
                    if m := pattern.fullmatch(line.strip()):  # "U.S. export controls" whole, not "U"
                        return m["concept"]
            return ""
    return ""


_ASKS_END = re.compile(r"[?？؟](?=\s|$)")  # a question's end (not a link's "?lang=en")
_SENTENCE_START = re.compile(r"(?<![A-Z])[.!?。！？؟](?:\s+|(?<=[。！？]))(?=[^\W\d_a-z])")  # "U.N. say", "para. 72", "3.2": no start


def as_asked(history: list[dict] | None) -> list[dict] | None:
    """``history`` with each user turn no longer than a question may be: a page pasted into an API client's history is
    not read whole, as no question is. A longer turn is read as its last sentence that asks ("... about the U.N. Forum?",
    "...？"; not a link's "?lang=en"), else as its last ``MAX_TEXT_CHARS`` from a word's start."""
    def clipped(text: str) -> str:
        text = " ".join(text.split())
        if len(text) <= MAX_TEXT_CHARS:
            return text
        asks = [m.end() for m in _ASKS_END.finditer(text)]
        if not asks:
            return text[-MAX_TEXT_CHARS:].split(" ", 1)[-1]
        head = text[max(0, asks[-1] - MAX_TEXT_CHARS):asks[-1]]  # the last question, from its sentence's start
        starts = [m.end() for m in _SENTENCE_START.finditer(head)]
        if starts:
            return head[starts[-1]:]
        return head if asks[-1] <= MAX_TEXT_CHARS else head.split(" ", 1)[-1]
    return [{**t, "content": clipped(str(t.get("content", "")))} if t.get("role") == "user" else t
            for t in history] if history else history


def last_user_question(history: list[dict] | None) -> str:
    for turn in reversed(history or []):
        if turn.get("role") == "user" and str(turn.get("content", "")).strip():
            return str(turn["content"])
    return ""


def previous_query(history: list[dict] | None, names: DocumentNames, depth: int = 0, items: Items = None) -> str:
    """The last user question of ``history`` as it was read: completed from the turns before it
    ("And (c)?" after "Tunis Agenda para 9(b)" was "Tunis Agenda para 9(c)"), so a third turn leans
    on what the second asked, not on its bare words."""
    turns = history or []
    for at in range(len(turns) - 1, -1, -1):
        if turns[at].get("role") == "user" and str(turns[at].get("content", "")).strip():
            question = str(turns[at]["content"])
            return question if depth >= 8 else carry_over(question, turns[:at], names, depth + 1, items)
    return ""


def neighbour_of(question: str, previous: str, names: DocumentNames, items: Items = None) -> str:
    """"And the next one?" after "Tunis Agenda para 9": "Tunis Agenda para 10" (after "... 9(b)":
    "... 9(c)", but "the next paragraph": "... para 10"); "" when ``question`` names no direction alone or ``previous`` looked up no paragraph."""
    step, unit = step_alone(question)
    refs = [r for r in parse_references(previous, names) if r.label.isdigit() and r.doc_id] if step else []
    ref = (refs[-1] if step > 0 else refs[0]) if refs else None  # from the edge of a range ("paras 9-12")
    mentions = [previous[x.start:x.end] for x in names.mentions(previous) if x.doc_id == ref.doc_id] if ref else []
    if not mentions:
        return ""
    if unit != "paragraph" and len(ref.sub) == 1 and "a" <= chr(ord(ref.sub) + step) <= "z" and (  # "the next one", "the next item"
            items is None or unit == "item" or chr(ord(ref.sub) + step) in items(ref.doc_id, ref.label)):  # "the next one" after the last item: the next paragraph
        return f"{mentions[0]} para {ref.label}({chr(ord(ref.sub) + step)})"
    number = int(ref.label) + step
    return f"{mentions[0]} para {number}" if number > 0 else ""


def last_named(history: list[dict] | None, names: DocumentNames) -> str:
    """The last user question of ``history`` that names a document ("" when none does): a third turn
    ("And para 7?") after "Who adopted it?" still asks of the text the first turn named."""
    for turn in reversed(history or []):
        content = str(turn.get("content", ""))
        if turn.get("role") == "user" and _docs_named(content, names):
            return content
    return ""


def _own_topic(question: str, names: DocumentNames) -> set[str]:
    """The question's own words, without the texts it names (a shortened title too: "And the Geneva Plan?"; by
    its year: "And the 2015 review?")."""
    for start, end, _ids in reversed(year_named(question, names.documents)):
        question = f"{question[:start]} {question[end:]}"
    return content_tokens(_REF_WORDS.sub(" ", names.strip(question, informal=bool(names.doc_ids(question)))))


def _docs_named(question: str, names: DocumentNames) -> list[str]:
    """The texts ``question`` names, by a name or by its year ("the 2015 resolution")."""
    return names.doc_ids(question) or [d for _s, _e, ids in year_named(question, names.documents) for d in ids]


def is_follow_up(question: str, names: DocumentNames, previous: str = "") -> bool:
    """Does ``question`` lean on the previous question ``previous``? (Without one: the old word-count
    rule, kept for callers that have no conversation.)"""
    own = _own_topic(question, names)
    if not previous:
        return bool(_FOLLOW.match(question)) or len(own) <= 1
    has_ref = bool(parse_references(question, names))
    own_docs = _docs_named(question, names)
    if has_ref:
        return not own_docs  # "and paragraph 73?" takes the previous document
    if not own:
        return True  # "And what does the GDC say?"
    pointing = bool(_ANAPHOR.search(names.strip(question)))
    if pointing or (not own_docs and re.match(r"\s*which\s+one\b(?!\s+of)", question, re.I)):
        return True  # "And when should that work begin?"; "which one is newer" after two texts compared
    if own_docs:
        return False  # its own document and its own topic: a new question
    if parse_references(previous, names) and not _FOLLOW.match(question) and (len(own) >= 2 or re.search(r"\b[A-Z]{2,}s?\b", question)):
        return False  # "whats the igf for" after "Tunis Agenda para 72(b)": a topic of its own after a look-up (tester AB M4); not "Significance?"
    shared = bool(own & _own_topic(previous, names))
    if _FOLLOW.match(question):
        return shared or len(own) <= 2  # "And e-learning?", "What about the panel's members?"
    return len(own) <= 1 and not shared


# "And (f)?", "and sub-item f?", "what about item (c)?": another item of the paragraph just looked up
# "Et le c) ?", "et l'alinéa c ?", "¿Y el inciso c)?"
_ITEM_ONLY = re.compile(r"^\s*¿?\s*(?:(?:and|et|y)\s+)?(?:(?:what|how)\s+about\s+)?(?:(?:the|le|la|el)\s+|l['’]\s*)?"
                        r"(?:(?:sub-?)?(?:item|paragraph|para|point|letter|alin[ée]a|lettre|inciso|apartado|letra|punto)\s*)?"
                        r"\(?(?P<item>[a-z])\)?\s*\??\s*$", re.I)


# "and 29?", "what about 30", "et 71 ?" after a look-up: that text's paragraph of that number (not a year)
_NUMBER_ONLY = re.compile(r"^\s*¿?\s*(?:(?:and|et|y)\s+)?(?:(?:what|how)\s+about\s+|(?:quote|show|give\s+me|read|cite)\s+(?:para(?:graph)?\.?\s*)?)?"
                          r"(?P<num>\d{1,3}(?:\s*\([a-z]\))?)(?:\s+(?:too|also|as\s+well))?\s*[?.!]?\s*$", re.I)  # "quote 72 too" (tester AA)


def other_item(question: str, previous: str, names: DocumentNames) -> str:
    """"And (f)?" after "Tunis Agenda para 9(e)": "Tunis Agenda para 9(f)"; "and 29?" after "GDC 28": "GDC para 29";
    "" for any other question."""
    if (n := _NUMBER_ONLY.match(question)) and (refs := [r for r in parse_references(previous, names) if r.label and r.doc_id]):
        named = [previous[x.start:x.end] for x in names.mentions(previous) if x.doc_id == refs[0].doc_id]
        return f"{named[0]} para {n['num'].replace(' ', '')}" if named else ""
    m = _ITEM_ONLY.match(question)
    refs = [r for r in parse_references(previous, names) if r.label and r.doc_id] if m else []
    mentions = [previous[x.start:x.end] for x in names.mentions(previous) if x.doc_id == refs[0].doc_id] if refs else []
    if not mentions or not (refs[0].sub or re.search(r"\(?\s*\b[a-z]\s*\)|\b(?:item|point|letter|sub-?paragraph|alin[ée]a|lettre|inciso|apartado|letra|punto)\b",
                                                     question, re.I)):
        return ""  # "And a?" after a whole paragraph: no item asked
    return f"{mentions[0]} para {refs[0].label}({m['item'].lower()})"


def leans_on_an_answer(question: str) -> bool:
    """A request that only an earlier answer gives a subject: "and 29?", "And (c)?", "say that more simply",
    "quote it exactly", "which para?", "the paragraph after it" (tester AB L1: asked first, some were answered)."""
    which = _WHICH_PLACE.match(question)
    return bool(_NUMBER_ONLY.match(question) or _ITEM_ONLY.match(question) or _REPHRASE.match(question) or _HOW_MANY_CITED.match(question)
                or _WHOLE_AGAIN.match(question) or (which and not which["text"]) or step_alone(question)[0])


def carry_over(question: str, history: list[dict] | None, names: DocumentNames, depth: int = 0, items: Items = None) -> str:
    """The question with what it lacks from the previous question (documents, topic) added; ``items``: a
    paragraph's item letters by (doc id, label), when known (the next one after the last item is the next paragraph)."""
    if whole := cited_whole(question, history, names):  # "Quote it exactly": the paragraphs just cited, whole
        return whole
    read = previous_query(history, names, depth, items)  # the previous turn as it was read
    if read and (moved := neighbour_of(question, read, names, items) or neighbour_of(question, _one_cited(history, names), names, items)):
        return moved  # "the paragraph after it" after "the first operative paragraph of X": the one cited (tester AB M1)
    if places(question) and not _docs_named(question, names) and read and (  # "its third preambular paragraph": of the text just named
            all(p[3] != "opening" for p in places(question)) or re.search(r"\b(?:it|its)\b", question, re.I)):  # not "How did the IGF start?"
        named = [read[m.start:m.end] for m in names.mentions(read)] + [read[a:b] for a, b, ids in year_named(read, names.documents) if ids]
        if named:
            return f"{question.rstrip()} (the {named[0]})" if not named[0].lower().startswith("the ") else f"{question.rstrip()} ({named[0]})"
    raw = last_user_question(history)
    # its topic: its own words when it has some ("And about data?" carries data, not the AI asked before it)
    previous = raw if raw and _own_topic(raw, names) else read
    if not previous or not is_follow_up(question, names, previous):
        return question
    if item := (other_item(question, read, names) or other_item(question, _one_cited(history, names), names)
                or (_NUMBER_ONLY.match(question) and other_item(question, last_named(history, names), names))):  # "quote 72 too" after "TA 71", a turn between
        return item
    own = _own_topic(question, names)
    own_docs = _docs_named(question, names)
    if not own and not own_docs and not parse_references(question, names):
        return f"{question.rstrip()} ({previous.strip()})"  # "and what does it say?": the same paragraphs
    parts: list[str] = []
    if not own_docs:  # a text named by its year too ("the 2015 resolution"; tester AA: "paragraph 6 of it" was the GDC's)
        named = previous if _docs_named(previous, names) else last_named(history, names)
        for name in [named[m.start:m.end] for m in names.mentions(named)] + [named[a:b] for a, b, ids in year_named(named, names.documents) if ids]:
            if name not in parts:
                parts.append(name)
    if len(own) <= 2 or _ANAPHOR.search(names.strip(question)):
        # "And the compact?" after "What does the Geneva Plan say about spam?": spam, not the Geneva Plan's
        topic = " ".join(_REF_WORDS.sub(" ", names.strip(previous, informal=bool(own_docs))).split()).strip(" ?.!,")
        denied = content_tokens(denied_concept(history))
        if own and denied & content_tokens(topic) and not _ANAPHOR.search(names.strip(question)):
            topic = ""  # "what about older people" after "… (they do not mention kids online)": a new subject (tester AB M6)
        if content_tokens(topic):
            parts.append(topic)
    return f"{question.rstrip()} ({'; '.join(parts)})" if parts else question


def keeps_context(condensed: str, question: str, carried: str, names) -> bool:
    """A condensed follow-up is used only if it keeps the documents the user named, every content
    word of the new question and, when the question was completed from the previous turn, at least
    one word of that carried-over topic (a small LLM often drops one of them)."""
    if not set(names.doc_ids(question)) <= set(names.doc_ids(condensed)):
        return False
    kept = content_tokens(condensed)
    if not content_tokens(names.strip(question)) <= kept:
        return False  # the new question's own words were lost (e.g. the previous answer copied)
    if carried != question:
        return bool(content_tokens(carried[len(question.rstrip()):]) & kept)
    return True
