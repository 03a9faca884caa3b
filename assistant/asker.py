"""Who asks and why, as opposed to what is asked: the asker's introduction ("tech journalist here:"),
their situation or a remark before the question ("As a blind person I constantly have to ...",
"Patron privacy is sacred in libraries!") and after it ("...? I teach those at my public library")."""
from __future__ import annotations

import re
from typing import Callable


def without_asker(question: str) -> str:
    """``question`` without its asker's introduction, situation and remarks, unless the question refers back
    to them ("like ours"); a topic the asker names after the question stays ("My class is debating X")."""
    rest = question = question.lstrip()  # (leading spaces: each alternative would scan them again)
    if "?" in question:  # "Our movement's slogan is ... . Can you trace that idea ...?": whose it is, not what is asked (round 42)
        head, mark, tail = question.partition("?")
        rest = question = _OWN_GROUP.sub("", head) + mark + tail
    while (intro := _INTRODUCTION.match(rest)) and intro.end() < len(rest):  # "tech journalist here:": who asks, not what
        rest = rest[intro.end():]
    if ((before := _CONTEXT_BEFORE.match(rest)) and not _POINTING.search(rest[before.end():])  # "we want training for our members in the village. which texts ...?"
            and len(asked := [w for w in re.findall(r"[a-z][\w'’-]*", rest[before.end():].lower()) if w not in _ASKING_ONLY]) >= 2
            and (not before[0].rstrip().endswith("!") or _FIRST_PERSON.search(before[0])  # an exclamation: a remark on what is asked
                 or ({w.rstrip("s") for w in asked if len(w) > 3} - _ASKING_ONLY) & {w.rstrip("s") for w in re.findall(r"[a-z][\w'’-]*", before[0].lower())})):  # "privacy!"
        rest = rest[before.end():]
    # a statement of the asker's own stakes before a question that names its own subject: "Internet shutdowns would kill our
    # telemedicine links. Does the compact commit states not to cut people off?" (round 31: "does not mention telemedicine")
    rest = _without_told(rest, lambda sentence: bool(_STAKES.search(sentence)))
    question = question if _FIRST_PERSON.search(rest) else rest  # "... private companies like ours": the context
    # "...? I teach those at my public library": who asks; "...? My class is debating net neutrality.": its subject stays
    if (run_on := _RUN_ON.search(question)) and _ASKING.search(question[:run_on.start()]):
        question = question[:run_on.start()]
    question = without_circumstance(question)
    if ((remark := _REMARK_AFTER.search(question)) and len(_own_words(question[:remark.start()])) >= 2  # not "... say on this? Spam floods us"
            and not _CONTEXT_TOPIC.search(remark[0])):  # "...? My class is debating net neutrality": its subject stays (below)
        question = question[:remark.start()]
    if (need := _NEED_AFTER.search(question)) and len(_own_words(question[:need.start()])) >= 2:
        question = question[:need.start()]  # "...? Survivors of abuse need both." (round 33: "does not mention abuse")
    if (reason := _REASON_AFTER.search(question)) and _ASKING.search(question[:reason.start()]) and len(_own_words(question[:reason.start()])) >= 2:
        question = question[:reason.start()]  # "... each promise on teaching digital skills - because women are always last in line" (round 33)
    question = _VERDICT_TAG.sub("", question)  # "... says nothing about shutdowns. True or false?" (round 39: "does not mention false")
    return " ".join(_CONTEXT_AFTER.sub(lambda m: f" {t['topic']}" if (t := _CONTEXT_TOPIC.search(m[0])) else "", question).split())


# the asker's own group as the owner of what they tell, opening a sentence ("Our movement's slogan is everyone, no exceptions.";
# round 42); not inside a question ("about our network's spectrum") nor in a remark after it ("...? My team's work is on X")
_OWN_GROUP = re.compile(r"(?:^|(?<=[.!]\s))(?:our|my)\s+(?:[\w-]+\s+){0,2}(?:movement|organi[sz]ation|network|campaign|caucus|coalition|group"
                        r"|association|NGO|union|team|collective|alliance|federation|club|committee|office)['’]s\s+"
                        r"(?:slogan|motto|mantra|catchphrase|tagline|rallying\s+cry|message|demand)\s+(?:is|was|has\s+(?:always\s+)?been)\s+", re.I)
# a verdict asked of the claim just told: "True or false?", "Is that right?", "Right?" (not "Is he right?": who said it is asked of)
_VERDICT_TAG = re.compile(r"(?<=[.?!,])\s*(?:(?:is|was)\s+(?:that|this|it)\s+)?(?:true\s+or\s+false|true|right|correct|accurate)\s*\??\s*$", re.I)


def without_story(topic: str) -> str:
    """``topic`` without a story told before a question that names its own subject ("In our valley every village hears the
    world a little differently. Does the Geneva declaration expect ...?", round 32: "does not mention village"; round 33:
    "Women get trolled and threatened online every single day. Does the statement say ...?"), unless the story names a text
    or its subject. For the concept check only: the ranking keeps it (review: "Our country has no data protection law. Does
    the compact require governments to adopt national legislation?")."""
    asked = _without_told(topic, lambda sentence: bool(_STAKES.search(sentence) or _STORY.match(sentence)))
    # a story on the question's own subject names it in its own way ("I'm preparing a statement for a landlocked developing
    # country. Do the texts contain commitments for landlocked countries ...?": the unused term): it stays
    stems = [{w[:6] for w in _own_words(part) if len(w) > 4} for part in (topic[:len(topic) - len(asked)], asked)]
    return topic if stems[0] & stems[1] else asked


def _without_told(text: str, told_as: Callable[[str], bool]) -> str:
    """``text`` without up to three statements ``told_as`` judges the asker's own, before a question with its own subject (its
    mark may be gone: the concept check's topic)."""
    told = re.match(r"\s*((?:[^.?!]{3,200}[.!]\s+){1,3})(?=\S)", text)
    if (told and all(told_as(s) for s in re.findall(r"[^.?!]+[.!]", told[1])) and _ASKS.match(asked := text[told.end():])
            and not _BACK.search(_THERE_IS.sub(" ", asked)) and not _POINTING.search(_SAID_THAT.sub(" ", asked)) and len(_own_words(asked)) >= 3):
        return asked
    return text


def _own_words(question: str) -> list[str]:
    """The words of ``question`` that name a subject: not asking, pointing ("on this", "here") or a text's kind."""
    return [w for w in re.findall(r"[a-z][\w'’-]*", question.lower()) if w not in _ASKING_ONLY and w not in {"here", "action", "of"}
            and not _POINTING.fullmatch(w)]


def without_circumstance(question: str) -> str:
    """A story told before a question that points back to it ("during the last election they switched off mobile
    data. does the compact say anything about governments doing that?"): when it happened is no part of what is
    asked (round 30: "does not mention election"). The question's own words keep theirs ("shutdowns during elections?")."""
    question = _EXAMPLE_TIME.sub("", question)
    supposed = re.match(r"\s*(?:if|when)\b", question, re.I) is not None  # "If ... during elections, what ...?": a clause before the question
    sentences = re.split(r"(?<=[.!])\s+(?=\S)|(?<=,)\s+(?=(?:what|which|how|does|do|did|is|are|can|could|should|will)\b)"
                         if supposed else r"(?<=[.!])\s+(?=\S)", question.strip())
    if len(sentences) < 2 or not _ASKING.match(sentences[-1]) or not _POINTING.search(sentences[-1]):
        return question
    told = " ".join((_DURING_POLITICAL if supposed else _DURING).sub(" ", s) for s in sentences[:-1])
    return re.sub(r"\s+,", ",", " ".join(f"{told} {sentences[-1]}".split()))


# what a thing would do to the asker: "... would kill our telemedicine links." (not "Our Common Agenda proposed ...", "My daughter is bullied")
_STAKES = re.compile(r"\b(?:would|will|could|can|might|may)\s+(?:\w+\s+)?(?:kill|ruin|hurt|destroy|break|wreck|devastate|harm|damage|cripple"
                     r"|sink|block|stop|end|cut\s+off|shut\s+down)\s+(?:all\s+)?(?:of\s+)?(?:our|my)\b", re.I)
# the asker's story or situation ("Here a data bundle costs ...", round 33: "Women get trolled and threatened online every single
# day."), naming no text or body ("Our Common Agenda proposed ...", "UNESCO") and no subject of interest ("My question is about X.")
_STORY = re.compile(r"(?![^.!]*\b(?-i:[A-Z][\w'’-]*\s+[A-Z]|[A-Z]{2})|[^.!]*\d{4}|[^.!]*\bour\s+common\s+agenda\b"
                    r"|[^.!]*\b(?:geneva|tunis|compact|agenda|declaration|pact|summit|wsis|gdc|resolution|plan\s+of\s+action)\b)"
                    r"(?![^.!]*\b(?:(?:question|concern|topic|subject|focus|worry|interest|query|priority|priorities|thesis|dissertation|essay"
                    r"|paper|project|research)s?\s+(?:is|are|was|were|on|about)|(?:top|main|biggest|first|key)\s+(?:priority|concern|worry)"
                    r"|debating|discussing|researching|studying|writing\s+(?:about|on)|working\s+on|(?:I|we)(?:['’]m|\s+am|['’]re|\s+are)?"
                    r"\s+(?:\w+\s+){0,2}?(?:interest\w*|curious|wonder\w*|stud(?:y|ying)|writing"
                    r"|(?:want|need|trying|hoping)\s+to\s+(?:know|learn|understand|find)))\b)", re.I)
# a question's opening, after a place in a text if any ("under the compact do companies need ...?")
_ASKS = re.compile(r"\s*(?:(?:under|in|according\s+to)\s+(?:the\s+)?[\w+-]+(?:\s+[\w+-]+)?,?\s+)?"
                   r"(?:what|which|how|does|do|did|is|are|can|could|should|will|would|why|who|when|where|has|have|had|was|were|must|shall)\b", re.I)
# "kept saying that price ...", "or do they only care about ...": no pointing back (the texts are "they")
_SAID_THAT = re.compile(r"\b(?:say|says|said|saying|claim\w*|think\w*|mean\w*|admit\w*|agree\w*|accept\w*|recogni[sz]\w*)\s+that\b"
                        r"(?=\s+(?!(?:too|also|anywhere|about|at|in|on|explicitly|either|or|and|else|directly|specifically|clearly|outright"
                        r"|itself|as|though|at\s+all)\b)[a-z])"
                        r"|\b(?:do|does|did|are|were|will|would|can|could|should)\s+they\b", re.I)
# a question that refers back to what was told, in words ``_POINTING`` lacks (review: "Is he right?", "the practice", "similar cases")
_BACK = re.compile(r"\b(?:one|ones|so|such|there|he|she|him|her|practice|similar|same|likewise)\b", re.I)
# "Is there anything in the Pact ...?": "there" that says something exists points at no place told (round 46)
_THERE_IS = re.compile(r"\b(?:is|are|was|were|isn['’]?t|aren['’]?t|will|would)\s+there\b(?!\s*[?.!,]|\s+(?:too|as\s+well)\b)|\bthere\s+(?:is|are|was|were|be)\b", re.I)
# when a story happened: "during the last election", "during elections or protests", "during the 2019 general election"; a whole
# phrase ending in a time's noun ("during armed conflict", "throughout the developing world" stay; review)
_POLITICAL = r"elections?|protests?|campaigns?|vote|votes|referendums?|strikes?|unrest|riots?|demonstrations?|curfews?"
_TIMES = _POLITICAL + r"|pandemic|lockdowns?|crisis|crises|storms?|emergency|emergencies|outages?|floods?|holidays?|exams?"
_MODS = r"(?:(?:the|a|an|our|my|their|its|last|recent|past|previous|next|every|each|this|that|national|general|local|presidential|parliamentary|municipal|big|\d{4})\s+){0,3}"


def _during(times: str) -> re.Pattern[str]:
    """"during" and a whole list of ``times`` ("during elections or protests"); not a list that goes on with other things."""
    # "last election they switched off ..." has no preposition (round 33)
    return re.compile(rf"\b(?:(?:during|amid|in|at|over)\s+{_MODS}|(?:the\s+)?(?:last|recent|past|previous)\s+{_MODS})(?:{times})"
                      rf"(?:(?:\s*,\s*|\s+(?:or|and)\s+){_MODS}(?:{times}))*\b"
                      r"(?!\s*,?\s*(?:or|and)\b|\s*,\s*\w+\s+(?:or|and)\b)", re.I)


_DURING, _DURING_POLITICAL = _during(_TIMES), _during(_POLITICAL)  # an if-clause's emergency may be its subject (review)
# a political time given as an example: "not switching off the internet, e.g. during protests or elections?" (round 46)
_EXAMPLE_TIME = re.compile(r"(?:,\s*\(?|\s*\()(?:e\.g\.|eg\.?|for\s+example|for\s+instance|such\s+as|like)\s*,?\s+(?=during|amid)"
                           + _DURING_POLITICAL.pattern + r"\)?(?=\s*(?:[?.!;]|$))", re.I)  # ending the sentence: "e.g. during election campaigns" is none


# the asker's context after the question: "...programs? I teach those at my public library", not "...? I mean
# generative AI", "...? I want the part on data", nor a second question ("...? thats literally my market": round 27)
_CONTEXT_AFTER = re.compile(r"(?<=\?)\s+(?:(?:that|this|it)(?:['’]?s|\s+is|\s+was)\s+(?:(?!about\b|regarding\b|concerning\b|on\b)[\w'’-]+\s+){0,4}?(?:my|our)\b"
                            r"(?!\s+(?:\w+\s+)?(?:question|interest|concern|topic|subject)\b)(?![^?]*:)|(?:I|we|my|our)\b(?!['’]m\s+asking|\s+am\s+asking|\s+mean|\s+(?:also\s+)?(?:want|need)|['’]d\s+like|\s+would\s+like"
                            r"|(?:['’]m|\s+am|['’]re|\s+are)\s+(?:\w+\s+)?interested|\s+(?:focus|question|interest|concern)\b))[^?]*$", re.I)
# a remark of the asker's own anywhere in a closing statement: "...? one cut and our whole island goes dark for weeks" (round 30);
# not a request ("Please list ours"), a topic ("our members care about X"), a refinement ("Especially for our older people")
_REMARK_AFTER = re.compile(r"(?<=\?)\s+(?!(?:please|pls|tell|give|list|show|compare|quote|explain|include|focus|also|and|but|or|just|only"
                           r"|especially|in\s+particular|particularly|mainly|notably|specifically|including|such\s+as)\b)"
                           r"(?=[^?]*\b(?:my|our|we|(?-i:us))\b)(?![^?]*\b(?:about|regarding|concerning|question|concern|interest|topic|focus|priority"
                           r"|especially|particular|particularly|mainly|notably|specifically|including)\b)"
                           r"(?![^?]*\b(?:what|which|how|why|who|when|where|whether)\b)[^?]*$", re.I)
# the asker's reason after the question: "- because women are always last in line for training", "asking bcoz rules keep changing"
_REASON_AFTER = re.compile(r"(?:\s+[-–—]+\s*|\s*[,;]\s*|(?<=[?.!])\s+)(?:(?:asking|i\s+ask)\s+)?(?:because|bcoz|bcos|coz|cos|cuz)\b(?!\s+of\b)[^?]*$", re.I)
# who needs what was asked, after the question: "...? Survivors of abuse need both.", "...? Small traders depend on it."
_NEED_AFTER = re.compile(r"(?<=\?)\s+(?![^?]*\b(?:what|which|how|why|who|when|where|whether|please|especially|particularly)\b)[^?]{0,80}?\b"
                         r"(?:needs?|needed|deserves?|rel(?:y|ies)\s+on|depends?\s+on)\s+(?:both|it|this|that|them|these|those|all\s+of\s+(?:it|this|them))\b[^?]*$", re.I)
# a run-on remark closing a question after a comma: "... about keeping our info private, our communities get watched a lot" (round 28);
# not the asker's named concern ("..., our concern is phishing"), nor a remark a question follows ("..., our inboxes are flooded and what about ...")
_RUN_ON = re.compile(r"(?<=,)\s+(?:my|our)\s+(?!(?:\w+\s+)?(?:question|concern|interest|topic|subject|priority|focus|thesis|worry)s?\b)\w+\s+"
                     r"(?:get|gets|got|are|is|was|were|have|has|had|keep|keeps|feel|feels)\b"
                     r"(?![^?]*\b(?:what|which|how|does|do|did|can|could|should|will|why|who|when|where)\b)(?![^?]*\s[-–—]\s)[^?,;]*\??\s*$", re.I)
_ASKING = re.compile(r"\b(?:what|which|how|does|do|did|is|are|can|could|should|will|why|who|when|where|anything)\b", re.I)

_CONTEXT_TOPIC = re.compile(r"\b(?:debating|discussing|researching|studying|writing\s+(?:about|on)|working\s+on"
                            r"|(?:topic|subject|focus|interest)\s+(?:is|was)|(?:topic|subject|interest)\s*:)\s+"  # "My thesis topic is X" (review)
                            r"(?!(?:it|this|that|these|those|them|the\s+texts?|my|our|your|his|her|their|at|for|in|on|to|with|from|behalf)\b)"
                            r"(?!(?:the\s+|an?\s+)?(?:school\s+|class\s+|uni\s+)?(?:projects?|thesis|exams?|reports?|class|course|assignments?|homework|"
                            r"essays?|papers?|degree|dissertation)\b)(?!the\s+(?:Tunis|Geneva|Global\s+Digital|WSIS|Pact|GDC|compact|agenda|declaration|plan)\b)"
                            r"(?P<topic>[^.!?;]+?)(?=\s+(?:for|with|in|at|on|to|from|by)\s+(?:my|our|your|his|her|their)\b|\s+(?:for|with|in|at)\s+(?:an?|the)\b"
                            r"|\s+(?:next|tomorrow|today|this\s+(?:week|month|year))\b|\s*[.!?;]|\s*$)", re.I)  # "...? I'm working on a school project": who asks

# the asker's wish or situation in a sentence before a question that names its own subject (round 17; not "I want to know about data
# protection. What does the GDC say?": its subject), or an exclamation ("Patron privacy is sacred in libraries! What ...?", round 27)
_CONTEXT_BEFORE = re.compile(r"\s*(?:(?:as\s+an?\s+[^.;?!,]{1,60}?,?\s+)?(?:I|we)\s+(?:\w+ly\s+)?(?:(?:want|need|would\s+like)(?!\s+(?:to\s+)?(?:know|learn|understand|find|ask|read|see|check|hear|"
                             r"information|details|to\s+be\s+told)\b)|(?:am|are)\s+(?:looking|hoping|trying|planning)|run|have|teach|work)\b"
                             r"[^.;?!]{1,160}?[.;!]|[^.;?!]{3,160}?!)\s+(?=(?:which|what|where|how|does|do|did|is|are|who|when|can|could|should|will)\b)", re.I)
_POINTING = re.compile(r"\b(?:it|its|this|that|these|those|such|them|they|ours|us|the\s+(?:topic|subject|issue|matter|question))\b", re.I)
# the words of a question that name no subject: what is left must hold two others to stand alone
_ASKING_ONLY = set("""which what where how does do did is are who when can could should will the a an texts text documents document
talk talks say says said about on of in for to any anything cover covers mention mentions address addresses deal with commit commits
promise promises there say it gdc compact agenda declaration plan tunis geneva pact un un's""".split())


_ASKER = (r"(?:journalist|reporter|student|researcher|delegate|diplomat|negotiator|official|staffer|officer|consultant|teacher"
          r"|advocate|analyst|lawyer|activist|volunteer|intern|librarian|engineer|developer)")
_READER = (r"(?:ministry|ministries|department|office|agency|organi[sz]ation|ngo|company|firm|team|delegation|mission"
           r"|client|newspaper|magazine|blog|briefing|report|class|course|seminar|paper|thesis|presentation|memo|audience"
           r"|committee|council|board|boss|minister|members|caucus|students|readers|listeners|viewers)")
_CLAIMANT = (r"(?:(?:columnist|journalist|reporter|commentator|blogger|pundit|minister|MP|MEP|senator|politician|colleague|friend|critic"
             r"|activist|expert|analyst|deputy|deputies|councill?or|mayor|candidate|spokes(?:person|man|woman))s?|boss|professor|lecturer|speaker"
             r"|article|op-ed|editorial|someone|somebody|(?:the\s+)?opposition)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}")  # "Deputy Mendes" (round 44)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|we|us|our|ours)\b", re.I)
# the asker introducing themselves: "tech journalist here:", "I'm a student.", "I work for an NGO.", "Hi,"
_INTRODUCTION = re.compile(rf"\s*(?:(?:hi|hello|hey|dear\s+\w+)\s*[,!.:-]\s*|(?:[\w-]+\s+){{0,3}}{_ASKER}s?\s+here\s*[:,.!-]+\s*"
                           r"|i(?:'m|’m|\s+am)\s+(?:an?|the)\s+[^.:;?!]{1,80}?[.:;!]\s*|i\s+work\s+(?:for|at|in|with|on)\s+[^.:;?!]{1,80}?[.:;!]\s*"
                           # "From an operator's point of view:", "For a development ministry:", "Quick question:"
                           # someone's point of view, not a subject's ("from a gender perspective" keeps gender)
                           r"|(?:from|for)\s+(?:an?|the|my|our)\s+[^.:;?!]{1,60}?['’]s\s+(?:point\s+of\s+view|perspective|standpoint)\s*[:,]\s*"
                           r"|for\s+(?:an?|my|our)\s+(?:[\w-]+\s+){0,3}?" + _READER + r"\s*:\s*"  # not "For the least developed countries:"
                           r"|for\s+the\s+(?:(?-i:[a-z])[\w-]*\s+)?(?-i:committee|class|team|briefing|memo|report|seminar|course|presentation|audience|students|readers|members|boss|minister)\s*:\s*"  # "For the committee:"; not "For the Human Rights Council:", "for the african union:"
                           r"|(?:a\s+)?quick\s+question\s*[:,.!-]\s*"
                           # "sorry dumb question but", "Sorry, newbie question here:" (round 31)
                           r"|(?:(?:sorry|apologies)(?:\s+if\s+this\s+is)?\s*,?\s+)?(?:(?:probably|maybe|possibly|kind\s+of)\s+)?(?:(?:a|an|for\s+the|for\s+a)\s+)?"
                           r"(?:dumb|stupid|silly|basic|naive|noob|newbie)\s+question(?:\s+here)?\s*[:,.!-]?\s*(?:but\s+)?"
                           r"|(?:a\s+)?(?:quick|short)\s+(?:overview|summary)(?:\s+please)?\s*:\s*"
                           r"|(?:fact[\s-]?check(?:ing)?|true\s+or\s+false)(?:\s+(?:please|pls))?\s*[:,.!?-]+\s*"  # "Fact-check: ..." (round 39)
                           # who keep saying what is asked about: "Everyone at the youth summit keeps saying leave no one behind ..." (round 41)
                           r"|(?:everyone|everybody|people|delegates|participants|speakers|folks)\s+(?:(?:at|in|from)\s+(?:the|our|my|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:summit|forum|conference|meeting|session|workshop|event|camp|panel|hackathon|consultation|office|ministry|caucus|class|team)\s+)?"  # not "people in the LDCs" (review)
                           r"(?:keep|keeps|kept)\s+(?:on\s+)?(?:saying|talking\s+about|repeating|quoting)(?:\s+that)?\s+(?=\S)"
                           # who made the claim checked: "an MP said the compact ...", "A columnist wrote that ..." (round 39: "does not mention MP")
                           rf"|(?:(?:a|an|the|one|some|my|our)\s+)?(?:(?!(?:what|which|who|how|where|when|why|whether|does|do|did|is|are|was|were)\b)[\w-]+\s+){{0,2}}?"
                           rf"{_CLAIMANT}(?:\s+of\s+mine)?\s+(?:(?:has|have)\s+)?(?:wrote|writes|write|written|said|says|say|claimed|claims|claim|argued|argues|argue"
                           r"|insisted|insists|insist|told\s+(?:me|us))(?:\s+that)?\s+(?=\S)"
                           rf"(?![\s\S]*\b(?:he|she|him|her|(?:that|this|the)\s+{_CLAIMANT})\b))", re.I)  # not pointed back to: "Is he right?"
