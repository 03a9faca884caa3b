"""When was a named text adopted? Answered from the line of the text that prints its date.

"When was A/RES/70/125 adopted?" is not a topic question: no paragraph is *about* the adoption, and
retrieval quoted the preamble. A question that names indexed texts and asks nothing but their date
("when", "what date", "which year" with "adopted", "agreed", "signed", "dated"...) is answered, for
each text, by the verbatim line that prints its date of adoption: "Resolution adopted by the General
Assembly on 16 December 2015" (title block), "80th plenary meeting 16 December 2015" (closing), or
the date under the document symbol of a summit text. The date looked for is the catalog's (the
document's ``date``); a text without one is dated by the first date its title block prints. An annex
("A/RES/79/1, annex I") prints no date of its own: the line comes from the resolution it is annexed
to. A text whose date is printed nowhere in the index is said so, the catalog's date named as such.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date

from wsis.assistant.asker import without_asker
from wsis.assistant.extractive import citation_for
from wsis.prompts.messages import message
from wsis.types import Answer, DocumentInfo, Paragraph, Passage

MAX_TEXTS = 8  # texts dated in one answer
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# "when" / "what date" / "which year" in the six languages: the question asks for a date
_ASKS = re.compile(
    r"\b(?:when|what\s+date|which\s+date|what\s+day|which\s+day(?![-\w])|what\s+year|which\s+year|date\s+of|dated?|dates|same\s+(?:day|date|year|month))\b"
    r"|\b(?:quand|quelle\s+date|en\s+quelle\s+année|date\s+d)|\b(?:cu[aá]ndo|qu[eé]\s+fecha|en\s+qu[eé]\s+a[nñ]o|fecha\s+de)\b"
    r"|\bкогда\b|\bкакого\s+числа\b|\bв\s+каком\s+году\b|\bдат[аыуе]\b|(?<!\w)متى(?!\w)|(?<!\w)تاريخ|في\s+أي\s+عام"
    r"|何时|什么时候|哪一?年|哪天|日期"
    r"|\bwhich\s+(?:one|text|document|of\s+(?:them|the\s+two|these|those))?\s*(?:is|was|came)\s+(?:the\s+)?"
    r"(?:newer|older|more\s+recent|earlier|later|newest|oldest|latest|most\s+recent|first|last)\b",  # tester AB M8
    re.I)
_WHICH_NEWER = re.compile(r"\bwhich\b[^?]{0,40}?\b(?:newer|more\s+recent|later|newest|latest|most\s+recent|last)\b", re.I)
# the words a date question may hold besides the asked-for date and the documents' names
_DATE_WORDS = set("""
when what which date dates dated day year month was were is are did does do has have had the a an it its their they this that these
those of on in by at from to for and or exactly precisely formally officially finally first originally actually
adopted adopt adoption agreed agree agreement signed sign approved approve approval endorsed endorse issued issue
published publish released release concluded conclude passed pass held hold take took place taken come came out
general assembly un united nations unga ga member states summit world leaders heads state government governments
resolution res reso text document documents outcome wsis final version please tell me you know carry carries bear bears print prints
printed show shows same who whom each both respectively two three membership members
one ones newer older more recent earlier later newest oldest latest most last came them these give gives can
just pls plz you kindly only roughly approximately
january february march april may june july august september october november december autumn fall spring summer winter i want exact
finalised finalized codes code symbols symbol body bodies organ organs
""".split())  # "who", "body": "when and by whom / by which body was it adopted?" (the line printing the date names the adopting body)
DATE_WORDS = frozenset(_DATE_WORDS)  # also the particulars' wording (assistant/particulars.py)
# an English date question names the act or the date, not only "when" ("And when?" asks about the last answer)
_ACT_WORDS = {"date", "dates", "dated", "day", "year", "month", "adopted", "adopt", "adoption", "agreed", "agree", "agreement",
              "signed", "sign", "approved", "approve", "approval", "endorsed", "endorse", "issued", "published",
              "released", "concluded", "passed", "held", "place", "out",  # "when did it come out?"
              "newer", "older", "recent", "earlier", "later", "newest", "oldest", "latest", "first", "last"}  # "which one is newer?"
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
# the asker mixing the dates up, before or after the question (round 31; review: "(i keep mixing them up)", "lol")
_MIXING = re.compile(r"\(?\b(?:i|we)?\s*(?:keep|always|often|tend\s+to)\s+(?:mixing|mix|confusing|confuse|getting)\s+(?:[\w-]+\s+){0,4}?"
                     r"(?:up|mixed\s+up|confused|wrong)\b(?:\s+(?:and|or)\s+\d{4}|\s+\d{4}|\s+them)*\s*\)?(?:\s*lol)?[.!]?|\blol\b", re.I)
# a tail that asks or requests more than the date (review: "...? I'd also like to know what it says about the Forum")
_MORE = re.compile(r"\b(?:can|could|should|did|does|do|is|are|was|were|will|would|also|wonder|like|want|what|which|how|why|who|where|whether)\b", re.I)
# a request's wrapping: "could you tell me", "just need both dates"; not "when do governments need to sign it?" (review)
_REQUEST = re.compile(r"^\W*(?:quick\s+)?(?:timeline|date|dates|chronology)\s+(?:request|question|check)(?:\s+(?:pls|please|plz))?\s*[:,\-–—]|\b(?:could|would|can|will)\s+you\b|\b(?:just\s+)?need\s+(?:both\s+|the\s+|all\s+|these\s+|their\s+)?(?:exact\s+)?(?:(?:issue|adoption|publication)\s+)?(?:dates?|years?)\b", re.I)
# what the date is for: "for our catalogue records", "for my footnotes"
_PURPOSE = re.compile(r"\bfor\s+(?:(?:our|my|the|a|an)\s+)?(?:[\w-]+\s+){0,2}(?:records?|notes?|files?|catalogu?es?|reports?|briefings?|slides?"
                      r"|citations?|footnotes?|bibliograph\w*|references?|metadata|database|timelines?|chronolog\w*|annex(?:es)?|appendix|appendices|tables?|essays?|articles?|presentations?|thesis|dissertation|papers?|projects?|posts?)\b", re.I)
# what the asker is doing with the dates: "I'm drawing a timeline on the board -" (round 34)
_DOING = re.compile(r"\bI(?:['’]m|\s+am)\s+(?:drawing|making|building|preparing|putting\s+together|writing|doing|working\s+on)\s+(?:(?:a|an|my|our|some)\s+)?"
                    r"(?:[\w-]+\s+){0,2}?(?:timelines?|chronolog\w*|slides?|presentation|essay|notes|report|article|lesson)"
                    r"(?:\s+(?:on|for)\s+(?:the|my|our)\s+(?:board|whiteboard|class|students|pupils|team))?", re.I)
# the asker's own statements before the question (round 35: "We keep seeing A/RES/79/1 cited in reports."), not a request or
# a question typed with a full stop ("Summarise its commitments on financing.", "What does the GDC say about AI."; review)
_TOLD = re.compile(r"\s*(?:(?:I|We|My|Our)\b(?![^.?!]*\b(?:what|which|how|why|who|summari[sz]e|tell|explain|list|give|show|compare|describe)\b)"
                   r"[^.?!]{3,200}\.\s+){1,2}(?=\S)", re.I)
# other languages: the text's adoption as a participle or past form ("adoptée", "aprobó", "принята", "通过的"),
# not a verb of the question's own subject ("demande d'adopter des stratégies", "afirma")
_ADOPTED = re.compile(
    r"\b(?:adopt[ée]e?s?|approuv[ée]e?s?|sign[ée]e?s?|conclue?s?|aprob[oó]|aprobad[ao]s?|adopt[oó]|adoptad[ao]s?"
    r"|firm[oó]|firmad[ao]s?|acordad[ao]s?|принят[аоы]?|одобрен[аоы]?|подписан[аоы]?|утвержден[аоы]?)\b"
    r"|(?<!\w)[وف]?(?:اعتمد|اعتُمد|اعتماد|أقر)", re.I)
# Chinese: "when" right before the act ("何时通过", "哪一年签署的"), the question short
_CHINESE = re.compile(r"(?:何时|什么时候|哪一?年|哪天)(?:被)?(?:通过|签署|商定|批准)的?[？?]?\s*$|(?:通过|签署)的?(?:日期|时间)是?(?:什么|哪天)?[？?]?\s*$")


# "How much time passed between X being issued and Y coming out?", "How many years apart were X and Y
# adopted?": the time between two texts' dates (English)
_INTERVAL = re.compile(r"\bhow\s+(?:much\s+time|long|many\s+(?:years|months|weeks|days))\b"
                       r"(?=.*\b(?:between|apart|separat\w*|after|passed|elapsed|went\s+by)\b)|\bhow\s+far\s+apart\b(?!\s+(?:are|is)\b(?![^?]*\bin\s+(?:time|years)\b))", re.I)
_INTERVAL_WORDS = set("""how much time long many years months weeks days passed elapsed went go gone by between apart
separated separate separates after being coming getting there far therefore roughly approximately about around phases""".split())


def asks_for_date(question: str) -> bool:
    """A cheap first test: "when", "what date", "which year"... in one of the six languages, or the
    time between two texts."""
    return bool(_ASKS.search(question) or _INTERVAL.search(question))


def asks_interval(question: str) -> bool:
    """Whether ``question`` asks how much time lies between texts' dates."""
    return bool(_INTERVAL.search(question))


def is_date_question(question: str, stripped: str, lang: str = "en") -> bool:
    """Does ``question`` ask for nothing but a date? ``stripped``: the question without its
    documents' names. English: every other word is date wording ("When was ... adopted by the General
    Assembly?"); "When did the Tunis Agenda agree to convene the IGF?" asks about the IGF. Other
    languages: a short question asking when, with an act of adoption ("Quand ... a-t-elle été adoptée ?")."""
    interval = lang == "en" and asks_interval(question)
    if not _ASKS.search(question) and not interval:
        return False
    if lang == "zh":
        return bool(_CHINESE.search(stripped.strip())) and len(stripped.strip()) <= 16
    stripped = _MIXING.sub(" ", stripped) if lang == "en" else stripped  # "i keep mixing up 2003 and 2005" (round 31)
    stripped = " ".join(stripped.split())  # as ``without_asker`` gives it back: its cut is found in it (round 39)
    cut = without_asker(stripped) if lang == "en" else stripped  # the asker's remark after the question, unless it asks or requests more
    stripped = cut if not _MORE.search(stripped.replace(cut.rstrip(" ?"), " ", 1)) else stripped
    stripped = re.sub(r"['’]s\b", " ", stripped)  # "the GDC's adoption", "what's", "when's"
    stripped = re.sub(r"\b(?:from|of|in|at)\s+(?:Geneva|Tunis)\b", " ", stripped, flags=re.I)  # "the Declaration from Geneva" (round 29), "adopted in geneva" (round 36)
    stripped = _REQUEST.sub(" ", _PURPOSE.sub(" ", _DOING.sub(" ", stripped)))  # "For our catalogue records, could you tell me the dates ..." (round 30)
    told = _TOLD.match(stripped) if lang == "en" else None  # "We keep seeing A/RES/79/1 cited in reports. Which text is that, and when
    stripped = stripped[told.end():] if told and _ASKS.search(stripped[told.end():]) and not _ASKS.search(told[0]) else stripped  # ...?"
    words = [w.lower() for w in _WORD.findall(stripped)]
    rest = [w for w in words if w not in _DATE_WORDS and not (interval and w in _INTERVAL_WORDS)]
    if lang == "en":
        return not rest and (interval or bool(_ACT_WORDS & set(words)))
    return bool(_ADOPTED.search(question)) and len(rest) <= 8


def printed_forms(iso: str) -> list[str]:
    """How a text may print an ISO date: "16 December 2015", "December 16, 2015", "2015-12-16"."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso or "")
    if not m:
        return []
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not 1 <= month <= 12:
        return []
    name = MONTHS[month - 1]
    return [f"{day} {name} {year}", f"{day:02d} {name} {year}", f"{name} {day}, {year}", f"{name} {day} {year}", iso]


# month names as the six languages print a date ("16 décembre 2015", "16 de diciembre de 2015",
# "16 декабря 2015 года", "16 كانون الأول/ديسمبر 2015"); English also abbreviated ("16 Dec. 2015")
_MONTH_NAMES = {
    "en": MONTHS,
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيه يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
}
_AR_VARIANTS = {"يونيه": "يونيه|يونيو", "يوليه": "يوليه|يوليو", "أبريل": "أبريل|ابريل|نيسان/أبريل"}
_ORDINAL = r"(?:st|nd|rd|th|er)?"


def _english_month(month: int) -> str:
    name = MONTHS[month - 1]
    short = "Sept?" if month == 9 else name[:3]
    return rf"(?:{name}|{short}\.?)"


def date_patterns(iso: str) -> list[re.Pattern]:
    """Every way a text may print the ISO date ``iso``: "16 December 2015", "16th Dec. 2015",
    "December 16, 2015", "16/12/2015", "16.12.2015", "2015-12-16", and the French, Spanish, Russian,
    Chinese and Arabic forms of a language version; none within a longer number ("12 December" is not
    "2 December")."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return []
    year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
    d, mo = rf"0?{day}", rf"0?{month}"
    en = _english_month(month)
    months = {lang: names[month - 1] for lang, names in _MONTH_NAMES.items() if lang != "en"}
    ar = _AR_VARIANTS.get(months["ar"], months["ar"])
    forms = [rf"{d}{_ORDINAL}\s+(?:of\s+)?{en}\s*,?\s+{year}", rf"{en}\s+{d}{_ORDINAL},?\s+{year}",
             rf"{d}[./]{mo}[./]{year}", rf"{year}-{month:02d}-{day:02d}",
             rf"{d}{_ORDINAL}\s+{months['fr']}\s+{year}", rf"{d}\s+de\s+{months['es']}\s+(?:de|del)\s+{year}",
             rf"{d}\s+{months['ru']}\s+{year}", rf"{year}\s*年\s*{mo}\s*月\s*{d}\s*日",
             rf"{d}\s+(?:[^\d\n]{{0,20}}/)?(?:{ar})\s+{year}"]
    return [re.compile(rf"(?<![\d/.-]){form}(?![\d/])", re.I) for form in forms]


_ANY_DATE = re.compile(r"(?<!\d)(\d{1,2})" + _ORDINAL + r"\s+(?:of\s+)?(" + "|".join(MONTHS) + r")\s+((?:19|20)\d\d)\b"
                       r"|\b(" + "|".join(MONTHS) + r")\s+(\d{1,2})" + _ORDINAL + r",?\s+((?:19|20)\d\d)\b")


def first_printed_date(text: str) -> str:
    """The first "16 December 2015" (or "December 16, 2015") of ``text``, as an ISO date ("" when none)."""
    for m in _ANY_DATE.finditer(text):
        day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        if 1 <= int(day) <= 31:
            return f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"
    return ""


def says_adopted(line: str) -> bool:
    """The line says the text was adopted ("Resolution adopted by ...", "adoptée", "aprobada", "принята")."""
    return bool(re.search(r"\badopt", line, re.I) or _ADOPTED.search(line))


@dataclass
class DateLine:
    paragraph: Paragraph
    line: str  # the verbatim line that prints the date
    iso: str


def _rank(paragraph: Paragraph, line: str) -> tuple[int, int]:
    """Lines that say the text was adopted first, then a resolution's closing line, the title block,
    the rest; earlier blocks first."""
    adopted = says_adopted(line)
    kind = 0 if adopted else 1 if paragraph.label.startswith("closing") else 2 if paragraph.label == "title" else 3
    return kind, paragraph.order


def date_line(paragraphs: list[Paragraph], iso: str) -> DateLine | None:
    """The line of ``paragraphs`` (one text's) that best prints ``iso``; when ``iso`` is "", any date
    of the title block, else a year it names (``DateLine.iso`` "2024")."""
    forms = date_patterns(iso)
    found: list[DateLine] = []
    for p in paragraphs:
        for line in p.text.splitlines():
            line = line.strip()
            if forms and any(f.search(line) for f in forms):
                found.append(DateLine(p, line, iso))
            elif not forms and p.label == "title" and first_printed_date(line):
                found.append(DateLine(p, line, first_printed_date(line)))
    if not found and not forms:  # no full date anywhere: the year a title block names ("… Event 2024- …")
        found = [DateLine(p, line.strip(), m.group(0)) for p in paragraphs if p.label == "title"
                 for line in p.text.splitlines() for m in [_YEAR.search(line)] if m]
    return min(found, key=lambda d: _rank(d.paragraph, d.line)) if found else None


_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/])")


def parent_symbol(info: DocumentInfo) -> str:
    """The resolution an annex belongs to: "A/RES/79/1" for "A/RES/79/1, annex I" ("" otherwise)."""
    m = re.match(r"^(.+?),\s*annex\b", info.symbol or "", re.I)
    return m.group(1).strip() if m else ""


def shown_date(iso: str, lang: str) -> str:
    """"16 December 2015" in an English answer, the ISO date in the others."""
    forms = printed_forms(iso)
    return forms[0] if forms and lang == "en" else iso


def named_as(info: DocumentInfo) -> str:
    """"WSIS+10 outcome (A/RES/70/125)"."""
    return f"{info.short_title} ({info.symbol})" if info.symbol else info.short_title


def date_answer(question: str, infos: list[DocumentInfo], corpus, lang: str = "en",
                allowed: set[str] | None = None) -> Answer | None:
    """The answer to "when was X adopted?" for the texts ``infos`` the question names: one line per
    text and the verbatim line that prints its date, cited (a catalog text not indexed: the catalog's
    date, said to be the catalog's); None when no text is given. Abstains (nothing quoted) when no
    indexed text prints the date of any of them. ``allowed``: the texts the filters let through, where
    an annex's resolution is looked for (None: every one). "Which one is newer/came first?" of texts of
    different dates also names the more recent or the earlier."""
    if not infos:
        return None
    lines: list[str] = []
    quotes: list[tuple[Passage, str]] = []
    isos: list[str] = []  # the dates found, for the time between them
    asked: list[DocumentInfo] = []  # the text each date is of
    for info in infos[:MAX_TEXTS]:
        doc_id = info.doc_id
        if doc_id not in corpus.documents:  # named, in the catalog, not indexed (the answer's notice says how to add it)
            lines.append(message("date_not_indexed", lang, document=named_as(info), date=shown_date(info.date, lang)))
            continue
        own = [p for p in corpus.paragraphs if p.doc_id == doc_id]
        found, host = date_line(own, info.date), info
        parent = parent_symbol(info)
        if found is None and parent:  # an annex: the resolution it is annexed to prints the date
            for other in corpus.doc_order:
                if other != doc_id and corpus.documents[other].symbol == parent and (allowed is None or other in allowed):
                    found = date_line([p for p in corpus.paragraphs if p.doc_id == other], info.date)
                    if found is not None:
                        host = corpus.documents[other]
                        break
        if found is None:
            key = "date_catalog_only" if info.date else "date_unknown"
            lines.append(message(key, lang, document=named_as(info), date=shown_date(info.date, lang)))
            continue
        quotes.append((Passage(found.paragraph, host, score=1.0, scores={"date": 1.0}), found.line))
        isos.append(found.iso)
        asked.append(info)  # the text asked about (an annex: not its resolution)
        adopted = says_adopted(found.line) or found.paragraph.label.startswith("closing")
        if len(found.iso) == 4:  # a year only (a local text's title): said to be no more than that
            key = "date_year_only"
        elif host is not info:
            key = "date_annex_adopted" if adopted else "date_annex_dated"
        else:
            key = "date_adopted" if adopted else "date_dated"
        lines.append(message(key, lang, document=named_as(info), date=shown_date(found.iso, lang),
                             parent=named_as(host), marker=len(quotes)))
    full = sorted(iso for iso in isos if len(iso) == 10)
    if asks_interval(question) and len(full) >= 2:  # "how much time passed between them?": the days between the dates
        days = (_date.fromisoformat(full[-1]) - _date.fromisoformat(full[0])).days
        years = f"{days / 365.25:.1f}".replace(".", "," if lang in ("fr", "es", "ru") else ".")
        lines.append(message("date_interval", lang, days=days, years=years))
    dated = sorted((iso, named_as(info)) for info, iso in zip(asked, isos) if len(iso) == 10)
    if _ASKS.search(question) and re.search(r"\b(?:newer|older|recent|earlier|later|newest|oldest|latest|first|last)\b", question, re.I) \
            and len({iso for iso, _ in dated}) >= 2 and lang == "en":  # "which one is newer?": said, from the dates quoted
        iso, named = dated[-1] if _WHICH_NEWER.search(question) else dated[0]
        lines.append(message("date_newest" if _WHICH_NEWER.search(question) else "date_oldest", lang, document=named))
    citations = [citation_for(passage, quote, n) for n, (passage, quote) in enumerate(quotes, start=1)]
    body = [f"> “{c.quote}” [{c.marker}] ({c.text()})" for c in citations]
    text = "\n".join(lines) + ("\n\n" + "\n".join(body) if body else "")
    return Answer(question, text, "extractive", abstained=not citations, citations=citations,
                  passages=[p for p, _ in quotes])
