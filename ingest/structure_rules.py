"""Line-level rules used by :mod:`ingest.structure`: markers, headings, title/metadata lines.

Heading rules for text/PDF lines (HTML/DOCX/Markdown headings come marked by the parser):

* ``Annex``, ``Annex I``, ``Appendix``, ``Part II``, ``Chapter 3: Title`` -> rank 1.
* Roman ``I. Title`` (I, V, X, L combinations) and short ALL-CAPS lines -> rank 2.
* Lettered ``A. Title``: ONE upper-case letter, a full stop, a capitalised title of at most 15 words
  and no terminal full stop -> rank 3. Sub-items are lower-case (``a.``, ``a)``, ``(a)``), so they
  never match; "I."/"V."/"X." are read as letters only when they continue the lettered sequence
  (H. -> I.), otherwise as Roman numerals. ``Objective 1. Title`` -> rank 3.
* Action-line codes ``C1. Title`` .. ``C11. Title`` (any upper-case letter + 1-2 digits) -> rank 4;
  the code is returned so the heading becomes its own passage labelled "C5".

A heading of rank r closes every open heading of rank >= r (see ``structure``).

Title block (``title_span``): the best line among the first 25 non-blank lines before the first
numbered paragraph: a parser heading (h1 best) > a GA title "70/125. Title" (may wrap) > an
ALL-CAPS line (may wrap) > any other short line starting upper-case without final punctuation.
Banners ("United Nations", "World Summit on the Information Society"), symbol, date, "Original:",
"Distr.", session/agenda lines and section names ("Preamble", "A. Introduction", "C5. ...") are
never the title. The title passage is everything up to the title plus the metadata lines after it.
"""
from __future__ import annotations

import re

from wsis.ingest import sub_markers as SUB_MARKERS
from wsis.ingest.parsers import Line

# paragraph number at the start of a line: "12." alone or "12. Text" (never "12)" or "12.5");
# up to 4 digits, but a document's first paragraph number must be < 1000 (years)
PARA_START = re.compile(r"^(\d{1,4})\.(?:\s+|$)")
# sub-item markers at the start of a line: "(a)", "a)", "a.", "(iv)", "iv)", "iv."; the other UN languages'
# "(أ)", "б)", "（a）", "㈠" too (:mod:`ingest.sub_markers`)
SUB_START = SUB_MARKERS.SUB_START
NUM_SUB_START = re.compile(r"^(\d{1,2})\)(?:\s+|$)")
BARE_START = re.compile(r"^([a-z])(?:\s+(?=[A-Z\u201c\"])|$)")  # "b Facilitate ...", or "b" alone on its line
NUMBER_ALONE = re.compile(r"^(\d{1,3})$")  # pypdf: a paragraph number without its full stop on its own line
BULLET = re.compile(r"^[-\u2022*\u2013\u00b7\u25aa\u25e6\u25cf]\s+")
# markers inside a flattened line: a paragraph number after a sentence end, or a bracketed sub-item
# after punctuation ("...; b) Text", "...: (a) Text", "...; and (c) Text")
MID = re.compile(
    r"(?<=[.;:!?)\]\"\u201d\u2019])\s+(?P<num>\d{1,4})\.\s+(?=[A-Z\u201c\"\u2018'(*])"
    rf"|{SUB_MARKERS.MID_SUB}"  # "...; (b) Text", "...؛ (ب) ...", "...；（b）..."
    r"|(?<=[;:.])\s+(?:(?:and|or)\s+)?(?P<bare>[a-z])\s+(?=[A-Z])"  # bracketless "...: a Discuss ...; b Facilitate"
)
# what makes an unnumbered block before paragraph 1 a resolution's preambular paragraph (PP1, PP2, ...)
PP_START = re.compile(
    r"^(?:Recalling|Reaffirming|Recogni[sz]ing|Noting|Taking note|Welcoming|Acknowledging|Bearing in mind|Emphasi[sz]ing"
    r"|Stressing|Underlining|Underscoring|Convinced|Concerned|Deeply concerned|Expressing|Mindful|Guided|Determined"
    r"|Aware|Conscious|Having|Considering|Affirming|Encouraged|Appreciating|Alarmed|Desiring|Believing|Reiterating"
    r"|Highlighting|Observing|Commending|Cognizant|Seeking|Building on|Further|Also|Noting with)\b"
)
CHAPEAU = re.compile(r"^The (?:General Assembly|Economic and Social Council|Security Council|Human Rights Council),?$"
                     r"|^The [A-Z][a-z]+(?: [A-Z][a-z]+){0,3},$")
OPERATIVE_START = re.compile(r"^(?:Adopts|Decides|Requests|Calls upon|Invites|Urges|Endorses|Approves|Takes note)\b")
KEY_PRINCIPLE = re.compile(r"^\d{1,2}\)\s+[A-Z\u201c\"].{3,200}$")  # "1) The role of governments ..." (Declaration)
CLOSING = re.compile(r"^\d{1,3}(?:st|nd|rd|th) plenary meeting\b")  # "80th plenary meeting 16 December 2015"
ELLIPSIS = re.compile(r"^[\[(]?(?:\.\s?){3}[\])]?$|^[\[(]?\u2026[\])]?$")  # "[...]" between excerpts
ACTION_HEAD = re.compile(r"^Action \d{1,2}\.\s+\S")  # the Pact's "Action 1. We will ..." headings
TERMINAL = re.compile(r"[.!?\u2026\u3002\uff01\uff1f\u061f][\"\u201d\u2019)\]]*$")  # [parallel] 。！？؟ too
CLAUSE_END = re.compile(r"[.!?\u2026:;,][\"\u201d\u2019)\]]*$")
RESOLUTION_TITLE = re.compile(r"^\d{1,3}/\d{1,4}\.\s+[A-Z]")  # "70/125. Outcome document of ..."
CONNECTOR_END = re.compile(r"(?:\b(?:and|or|to|of|in|see|under|paragraphs?|paras?\.|nos?\.)|[,\-\u2013])$", re.I)
REFERENCE_END = re.compile(r"\b(?:paragraphs?|paras?\.|subparagraphs?|articles?|sections?|rules?|annex)\s+\d+$", re.I)
SENTENCE_OPEN_END = re.compile(r"(?:[:;,]|\b(?:and|or))$")

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
ANNEX = re.compile(
    r"^(?:ANNEX|Annex|APPENDIX|Appendix|PART|Part|CHAPTER|Chapter"
    r"|ANNEXE|Annexe|ANEXO|Anexo|ПРИЛОЖЕНИЕ|Приложение|المرفق|附件)"  # [parallel] the other UN languages' "Annex"
    r"(?:\s+(?:[IVXLC]+|\d{1,2}|[A-Z]|One|Two|Three|Four|Five|ONE|TWO|THREE)|\s*[一二三四五]|\s+(?:الأول|الثاني|الثالث))?"
    r"(?:\s*[.:\-\u2013\u2014]?\s+[A-Z\u201c\"].{0,100})?$"
)
LETTER_HEAD = re.compile(r"^([A-Z]|[IVXL]{1,6})\.\s+([A-Z\u201c\"'(].{0,140})$")
OBJECTIVE = re.compile(r"^Objective\s+(\d{1,2})\s*[.:]\s+\S.{0,200}$")
ACTION = re.compile(r"^([A-Z]\d{1,2})\.\s+([A-Z\u201c\"(].{0,200})$")
HYPHEN_JOIN = re.compile(r"[A-Za-z]-$")
SYMBOL = re.compile(
    r"(?<![\w/])(WSIS-\d{2}(?:/[A-Za-z0-9().]+)+?-[A-Z](?![\w])"
    r"|[AES](?:/(?:RES|CONF\.\d+|CN\.\d+|C\.\d|L\.\d+|Rev\.\d+|Add\.\d+|Corr\.\d+|\d{1,4}|[A-Z]{2,5}))*/\d{1,4}"
    r"(?:/(?:L\.\d+|Rev\.\d+|Add\.\d+|Corr\.\d+|\d{1,4}))*)"
)
META = re.compile(
    r"^(?:Document\s+\S+|.*\bDistr\.?:.*|\w+(?:tieth|ieth|th|st|nd|rd) session.*|\[.*\]|Original:.*|Agenda item.*|Item \d+.*|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    r"|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2}|Dated?:.*|Adopted .*\d{4}\.?|General$|English$"
    r"|(?:Sixty|Seventy|Eighty|Fifty)-\w+ session.*"
    # [parallel] the same header lines in the other UN languages
    r"|(?:Documento|Документ|الوثيقة|文件)\s*:?\s+\S+|(?:Original|Оригинал|الأصل|原文)\s*[:：].*"
    r"|\d{1,2}\s+(?:de\s+)?[^\W\d_]+\s+(?:de\s+)?\d{4}(?:\s+года)?|\d{4}年\d{1,2}月\d{1,2}日)$"
)
GENERIC_HEADING = re.compile(  # section names that are never a document title
    r"^(?:preamble|introduction|contents|table of contents|summary|executive summary|background|overview"
    r"|conclusions?|recommendations|annex(?:es)?|references|notes|footnotes)\s*:?$",
    re.I,
)
BANNER = re.compile(
    r"^(?:World Summit on the Information Society|United Nations|General Assembly|Economic and Social Council"
    r"|Security Council|Resolution adopted by.*|International Telecommunication Union|Nations Unies"
    r"|Geneva 2003\s*[-\u2013]\s*Tunis 2005"
    # [parallel] the same banners in the other UN languages
    r"|Sommet mondial sur la soci[ée]t[ée] de l'information|Cumbre Mundial sobre la Sociedad de la Informaci[óo]n"
    r"|Всемирная встреча на высшем уровне по вопросам информационного общества|القمة العالمية لمجتمع المعلومات"
    r"|信息社会世界峰会|Assembl[ée]e g[ée]n[ée]rale|Asamblea General|Naciones Unidas|Организация Объединенных Наций"
    r"|Генеральная Ассамблея|الأمم المتحدة|الجمعية العامة|联合国|大会"
    r"|(?:Gen[èe]ve|Ginebra|Женева|جنيف|日内瓦)\s*2003.*)$",
    re.I,
)


_ENDED = re.compile(r"[.!?:;)\u201d\"\u3002\uff01\uff1f\uff1a\uff1b\u061f\u061b]$")  # [parallel] 。！？：；؟؛ too
_NUMBER_DOT = re.compile(r"\d{1,2}\.")


def capital(ch: str) -> bool:
    """[parallel] A letter that can begin a sentence: upper case, or a letter of a script without case
    (Arabic, Chinese)."""
    return ch[:1].isalpha() and not ch[:1].islower()


def plain_heading(text: str) -> bool:
    """A short line that can only be a heading when a numbered paragraph follows it: capitalised,
    at most 14 words, no final punctuation, not a marker, symbol or metadata line."""
    words = text.split()
    return (0 < len(words) <= 14 and len(text) <= 120 and (capital(text[0]) or text[0] in "\u201c\"")
            and not re.search(r"[.,;:!?\-\u2013\u3002\uff1b\uff1a\uff0c\u061b\u060c]$", text) and not PARA_START.match(text) and not SUB_START.match(text)
            and not BULLET.match(text) and not META.match(text) and not SYMBOL.search(text)
            and not re.search(r"\b(?:and|or|of|the|to|in|for|with|by|on|a|an)$", text))


def heading_lines(lines: list[Line], start: int) -> dict[int, int]:
    """Text lines that are headings only because of what follows (index -> rank):

    * ``1) The role of governments ...`` (a key principle heading of the Declaration) -> rank 4;
    * ``Action 12. We will ...`` (the Pact) -> rank 4, its wrapped lines up to the full stop -> -1 (joined to it);
    * ``3.`` alone, then a short capitalised line (A/RES/70/125 numbers its sections) -> rank 2, both lines;
    * a short capitalised line without final punctuation (``Principles``, ``Global Digital Compact``) after a
      finished sentence or another heading, when a numbered paragraph or another heading follows -> rank 5.
    """
    idx = [i for i in range(start, len(lines)) if lines[i].text]
    found: dict[int, int] = {}

    def nxt_start(k: int) -> bool:
        return k + 1 < len(idx) and bool(PARA_START.match(lines[idx[k + 1]].text))

    def after_end(k: int) -> bool:  # the line before is finished (or a heading)
        prev = lines[idx[k - 1]] if k else None
        return prev is None or prev.kind == "heading" or idx[k - 1] in found or bool(_ENDED.search(prev.text)) \
            or bool(classify_heading(prev.text, ""))

    for k in range(len(idx) - 1, -1, -1):
        i, line = idx[k], lines[idx[k]]
        text = line.text
        if line.kind != "text" or not (capital(text[:1]) or text[:1].isdigit() or text[:1] in "\u201c\""):
            continue
        if KEY_PRINCIPLE.match(text):
            if not TERMINAL.search(text) and nxt_start(k) and after_end(k):
                found[i] = 4
        elif ACTION_HEAD.match(text):
            if after_end(k):
                found[i] = 4
                j = k + 1  # a long "Action 3. We will ..." wraps: its next lines, up to the full stop, belong to it
                while not TERMINAL.search(lines[idx[j - 1]].text) and j < len(idx) and j - k <= 4 \
                        and not PARA_START.match(lines[idx[j]].text):
                    found[idx[j]] = -1
                    j += 1
        elif _NUMBER_DOT.fullmatch(text):
            if k + 1 < len(idx) and plain_heading(lines[idx[k + 1]].text) \
                    and (after_end(k) or (k > 0 and lines[idx[k - 1]].text.endswith(","))) \
                    and (k + 2 >= len(idx) or PARA_START.match(lines[idx[k + 2]].text)):
                found[i] = found[idx[k + 1]] = 2
        elif i not in found and plain_heading(text) and k + 1 < len(idx) and after_end(k) and not classify_heading(text, ""):
            nxt = lines[idx[k + 1]]
            if nxt_start(k) or idx[k + 1] in found or nxt.kind == "heading" or classify_heading(nxt.text, ""):
                found[i] = 5
    return found


def roman_value(text: str) -> int | None:
    """Value of a lower-case Roman numeral (i..l range), None if not a valid one."""
    total, prev = 0, 0
    for ch in reversed(text):
        value = _ROMAN_VALUES.get(ch)
        if value is None:
            return None
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total if total and to_roman(total) == text else None


to_roman = SUB_MARKERS.to_roman


def is_caps_heading(text: str) -> bool:
    """Short ALL-CAPS line with enough letters, not a document symbol nor a list fragment."""
    if len(text) > 160 or text != text.upper() or text.endswith((",", ";")) or SYMBOL.search(text):
        return False
    if not any(c.isupper() for c in text):  # [parallel] Arabic, Chinese: no case, so no ALL-CAPS heading
        return False
    letters = sum(c.isalpha() for c in text)
    return letters >= 4 and (len(text.split()) >= 2 or letters >= 8)


def classify_heading(text: str, last_letter: str) -> tuple[int, str] | None:
    """Return (rank, action_code) if a text line is a heading, else None. See module docstring."""
    if len(text) > 220:
        return None
    m = ACTION.match(text)
    if m and not text.endswith("."):
        return 4, m.group(1)
    if OBJECTIVE.match(text) and not text.endswith("."):
        return 3, ""
    if ANNEX.match(text) and not text.endswith(".") and len(text.split()) <= 16:
        return 1, ""
    m = LETTER_HEAD.match(text)
    if m and not TERMINAL.search(text) and len(m.group(2).split()) <= 15:
        mark = m.group(1)
        expected = chr(ord(last_letter) + 1) if last_letter else "A"
        if len(mark) == 1 and (mark not in "IVXL" or mark == expected):
            return 3, ""
        if roman_value(mark.lower()):
            return 2, ""
    if is_caps_heading(text):
        return 2, ""
    return None


def heading_letter(text: str) -> str:
    """The upper-case letter of a lettered heading ("C. Action Lines" -> "C"), else ""."""
    m = LETTER_HEAD.match(text)
    return m.group(1) if m and len(m.group(1)) == 1 else ""


# ---------------------------------------------------------------- title block, soft breaks, joins


def title_span(lines: list[Line]) -> tuple[int, int, int] | None:
    """(title start, title end, block end) indexes into ``lines``, or None when no title is found."""
    best, best_score, seen = None, 0, 0
    for i, line in enumerate(lines):
        text = line.text
        if not text or line.kind == "footnote":
            continue
        seen += 1
        if seen > 25 or (line.kind != "heading" and PARA_START.match(text)):
            break
        caps = is_caps_heading(text)
        if (not caps and classify_heading(text, "")) or GENERIC_HEADING.match(text):
            continue  # "A. Introduction", "Objective 1. ...", "C5. ...", "Annex": sections, not titles
        if line.kind == "heading":
            score = 7 - min(line.level, 4)
        elif line.kind == "item" or len(text) > 150 or len(text) < 3:
            continue
        elif META.match(text) or BANNER.match(text) or (SYMBOL.search(text) and len(text) < 60):
            continue
        elif not (capital(text[0]) or text[0].isdigit() or text[0] in "\"\u201c"):
            continue
        elif text.endswith((".", ",", ";", ":")) and not caps:
            continue
        else:
            score = 3 if RESOLUTION_TITLE.match(text) else 2 if caps else 1
        if score > best_score:
            best, best_score = i, score
    if best is None:
        return None
    end = best + 1
    while end < len(lines) and title_continues(lines[end - 1], lines[end], lines[best]):
        end += 1
    block_end = end
    j = end
    while j < len(lines) and (not lines[j].text or META.match(lines[j].text) or SYMBOL.fullmatch(lines[j].text)):
        j += 1
        if lines[j - 1].text:
            block_end = j
    return best, end, block_end


def title_continues(prev: Line, nxt: Line, first: Line) -> bool:
    """Multi-line titles: same-level headings, ALL-CAPS runs, wrapped "70/125. Title" lines."""
    if not nxt.text or nxt.kind != first.kind or nxt.kind == "footnote":
        return False
    if first.kind == "heading":
        return nxt.level == first.level
    if is_caps_heading(first.text):
        return is_caps_heading(nxt.text)
    if RESOLUTION_TITLE.match(first.text):
        return len(prev.text) > 60 and not CLAUSE_END.search(prev.text) and not CLAUSE_END.search(nxt.text) \
            and not META.match(nxt.text) and len(nxt.text) <= 120
    return False


def soft_breaks(lines: list[Line]) -> set[int]:
    """PDF lines that end a paragraph: clearly shorter than a full line, ending in . ! ? : ; or ,"""
    lengths = sorted(len(x.text) for x in lines if x.text and x.kind in ("text", "item"))
    if len(lengths) < 5:
        return set()
    typical = lengths[int(0.9 * (len(lengths) - 1))]
    return {i for i, x in enumerate(lines) if x.text and x.kind in ("text", "item")
            and len(x.text) < 0.7 * typical and CLAUSE_END.search(x.text)}


def join_wrapped(a: str, b: str) -> str:
    """Join a wrapped line to the text before it ("multi-" + "stakeholder" keeps its hyphen)."""
    if not a:
        return b
    if not b:
        return a
    return a + b if HYPHEN_JOIN.search(a) and b[0].isalpha() else f"{a} {b}"
