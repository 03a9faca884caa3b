"""The summits' texts named by their events: a city that speaks for the texts adopted there ("what Tunis said", "the Geneva
people", "Geneva on X vs the compact on Y"), a city and its year ("Geneva 2003"), a phase ("the second phase of the Summit"),
an event ("the ITU's 2014 event", "the Summit of the Future"); ``mentions`` reads them as names of those texts."""
from __future__ import annotations

import re

# summit events named for the texts they adopted: "the Tunis phase", "the Summit of the Future"
_PHASE = r"phase\s+of\s+(?:the\s+)?(?:WSIS|World\s+Summit(?:\s+on\s+the\s+Information\s+Society)?|Summit|information\s+society\s+summit)"
# "the Tunis text", "the Geneva outcome documents": the phase's texts, whichever the user means
# "the Tunis paragraphs on governance", "the Geneva principle on access", "the Tunis language": the phase's texts (round 25)
_TEXTS = (r"(?:texts?|documents?|papers?(?!\s+on\b)|outcomes?(?:\s+documents?)?|paragraphs?|provisions?|language|wording|principle"
          r"|round(?![\s-]*tables?\b|\s+of\b)|(?=(?:(?!(?:in|phone|tele\w*|help|hot|bus|tram|train|rail|metro|ferry|boat|flight|air|border|front|office|taxi|cable|power|supply)\b)[a-z]+(?:-[a-z]+)?\s+)?(?:action\s+)?lines?\b(?!\s+(?:of|to|up|for)\b)))")  # "the Tunis papers" (round 28); "the Geneva skills-training line" (46): its subject stays
# "the Forum set up in Tunis", "what was agreed at Geneva": a thing the phase's texts made (not "held in Geneva")
_MADE_AT = (r"(?:(?:set\s+(?:it\s+|them\s+)?up|created|established|founded|agreed|adopted|launched|signed|decided|said|stated|promised|pledged"
            r"|noted|expressed|voiced|endorsed|recorded|reached|struck|(?<!photo\s)(?<!photos\s)(?<!picture\s)(?<!pictures\s)taken"  # "the position taken in Tunis" (round 28)
            r"|(?:brought|bring|called)\s+(?:it\s+|them\s+)?into\s+(?:being|existence)"  # "bring it into being in Tunis"
            r"|(?:its|their|the)\s+(?:creation|establishment|founding|launch|birth)|originat\w*|born)\s+(?:in|at)\s+"  # "from its creation in Tunis"
            r"|(?:goes|gone|dates?|dated|dating|traces?|traced|tracing)\s+back\s+to\s+|(?:came|comes?|coming)\s+out\s+of\s+)")  # (round 21)
_NOT_A_TRIP = (r"(?!\s+(?:next|this|last|tomorrow|today|tonight|every|each|soon|in\s+(?!2003|2005)(?:19|20)\d\d)\b)"  # "goes back to Geneva next week"
               r"(?!\s+(?:by|at)\s+(?:the\s+)?(?-i:[A-Z]))")  # not another body's act there: "endorsed in Geneva by the Human Rights Council"
# a city and its year in a list of texts compared ("both in Geneva 2003 and in the 2024 Pact"); not where someone was ("I was in
# Geneva 2003 and it was freezing", "we were both in Geneva 2003 as delegates": review)
_COMPARED = r"(?=\s*(?:,|and|or|versus|vs\.?|compared\s+(?:with|to))\s+(?:in\s+|with\s+|to\s+)?(?:the\s+)?(?:\d{4}\s+|(?-i:[A-Z])|(?:compact|agenda|pact|declaration|plan|statement|vision|resolution|review|commitment)\b))"
# the first of texts traced ("shift from Tunis in 2005, to the 2015 GA review, to the compact"; round 42); not a trip ("flew from
# Tunis in 2005 to Paris")
_FROM_ON = (r"(?<!flew\s)(?<!went\s)(?<!came\s)(?<!moved\s)(?<!traveled\s)(?<!travelled\s)(?<!drove\s)(?<!returned\s)\bfrom\s+{city}\s+(?:in\s+)?{year}"
            r"(?=\s*,?\s+(?:to|through|into|via)\s+(?:the\s+)?(?:\d{{4}}\s+(?:GA\s+|UN\s+|WSIS\s+)?(?:review|resolution|outcome|compact|pact|statement|vision|declaration)"
            r"|(?:compact|agenda|pact|declaration|plan|statement|vision|resolution|review|commitment|WSIS|GDC|Global\s+Digital|Tunis\s+(?:Agenda|Commitment)|Geneva\s+(?:Declaration|Plan))\b"
            r"|(?:Geneva|Tunis)\s+(?:in\s+)?(?:2003|2005)\b))")  # "evolve from Geneva 2003 to Tunis 2005 to the GDC" (review)
_NOT_THERE = r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bmet\s)(?<!\bworked\s)(?<!\blived\s)(?<!\bstayed\s)(?<!\bstudied\s)(?<!\bbeen\s)(?<!\bwas\sboth\s)(?<!\bwere\sboth\s)(?:both\s+)?"
# "what Tunis said", "the forum that Tunis asked for", "Geneva's call": the city speaks for the texts adopted there
_SPOKE = (r"(?:(?:\s+(?:already|also|first|originally|clearly|still|even))?\s+(?:said|says|say|asked|asks|ask|called|calls|call|wanted|wants|want|agreed|agree|decided|decide|promised|promise"
          r"|treats?|treated|worr(?:y|ied|ies)|recogni[sz](?:e|ed|es)|not(?:e|ed|es)|stress(?:ed|es)?|emphasi[sz](?:e|ed|es)|describ(?:e|ed|es)"
          r"|saw|sees?|view(?:ed|s)?|hop(?:e|ed|es)|acknowledg(?:e|ed|es)|warn(?:ed|s)?|affirm(?:ed|s)?|reaffirm(?:ed|s)?|highlight(?:ed|s)?"  # "Geneva already worried that" (round 17)
          r"|add(?!-)|adds|added|pledged|pledge|stated|state|envisaged|envisage|envisioned|proposed|propose|recommended|recommend|committed|commit"
          r"|repeated|repeat|set\s+out|laid\s+down|left\s+off|created|create|set\s+up|established|establish|launched|launch"
          r"|put|puts|placed|places|fram(?:e|ed|es)|defin(?:e|ed|es)|talk(?:s|ed)?\s+about|spoke\s+(?:of|about)|told(?!\s+(?:me|us|my|our|him|her|them|you)\b)|tells?(?!\s+(?:me|us|my|our|him|her|them|you)\b)|handled|handle\s+it|dealt\s+with"  # "Geneva put connectivity at the heart of things" (round 19)
          r"|(?:has|had)\s+(?:a|an|its|this|that)\s+(?:(?:key|core|main|clear|big|whole|shared|common)\s+)?(?:vision|call|idea|goal|aim|principle|passage|(?:action\s+)?line)s?)\b"  # (round 46)
          r"|(?:['’]s)?\s+(?:(?:key|core|main|basic|founding|guiding)\s+)?(?:call|promise|pledge|vision|idea|goals?|aims?|ambitions?|targets?|language|wording|principles)\b"  # (round 27, 43)
          r"|['’]s\s+(?:part|section|definition|take|framing)\b)")  # not "Tunis Commitment": a title; "Tunis's part on ..."
# "carried from Geneva's principles into Tunis's part on ...": a city's possession is its texts' wherever it stands
_OWNS = (r"['’]s\s+(?:(?:key|core|main|basic|founding|guiding)\s+)?(?:call|promise|pledge|vision|idea|goals?|aims?|ambitions?|targets?|language|wording|principles|part|section|definition|take|framing"
         r"|list|approach|stance|emphasis|formulation|commitments?)\b")  # "Geneva's list of key principles" (round 42)
# the city first of a list that speaks: "what do Geneva, Tunis and the WSIS+10 statement say" (each item a
# name, capitalised: not "from Tunis, what else is the Forum asked")
_LISTED = rf"(?=(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(?-i:[A-Z0-9])[\w+.-]*(?:\s+[\w+.-]+){{0,5}}?)?{_SPOKE})"
NOT_SPEAKING = r"(?<!\bin\s)(?<!\bat\s)(?<!\bafter\s)(?<!\bsince\s)(?<!\bbefore\s)(?<!\bfrom\s)(?<!\buntil\s)(?<!near\s)(?<!outside\s)(?<!around\s)(?<!visiting\s)"
# "the promise of Tunis", "the vision at Geneva"; not "commitments in Geneva this year", "ideas in Geneva discussions"
_AT_NOW = r"(?=\s+\w+\b(?!['’])(?!\s+(?:discussions?|talks|meetings?|forum|this|last|next|in\s+20[12]\d)\b))"
_OF = r"\b(?:promises?|pledges?|calls?|commitments?|vision|ideas?|goals?|language|wording)\s+(?:of|from|(?:at|in)" + _AT_NOW + r")\s+"
# "it shows up in Geneva and again in the Tunis Commitment": the city beside a text speaks for its own texts
# (not where a meeting was: "the summits held in Geneva and again in Tunis", "attended in Geneva and in Tunis")
_IN_BESIDE = (r"(?<!held\s)(?<!place\s)(?<!met\s)(?<!hosted\s)(?<!convened\s)(?<!summits\s)(?<!meetings\s)\bin\s+{city}"
              r"(?=,?\s+and\s+(?:again|also|later)\s+in\s+(?:the\s+)?(?-i:[A-Z]))")
# "what was that vision originally in Geneva?" (not a year there: "back in Geneva in 2009")
_BACK_IN = r"\b(?:originally|initially|back|already)\s+(?:in|at)\s+"
_SET_AGAINST = r"(?:^|(?<=[:;,.?!])\s*)\s*{city}\s+on\s+(?!\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)(?=[^.?!]{{0,120}}\b(?:vs\.?|versus|compared\s+(?:with|to))\s)"  # "Geneva on X vs the compact on Y" (46)
_NO_YEAR = r"\b(?!\s+(?:in\s+)?(?:19|20)\d\d)"
_LEADING = r"^\W*(?:(?:and|so|but)\s+)?(?:in|at|under)\s+{city}(?=\s*,\s*(?:what|which|how|does|do|did|is|are|was|were|who|why)\b)"  # "In Tunis, what is ... supposed to produce?" (round 17)
# "How did the 2015 review change Tunis on the forum?", "build on Geneva", "compared with Tunis": the city as the
# text another changed or is set against (tester AA; not "travel from Geneva")
CHANGED = (r"\b(?:(?:chang|updat|revis|amend|replac|supersed|overrid|modif)\w*|(?:build|builds|built|building|improv\w*|expand\w*|extend\w*)\s+(?:on|upon)"
            r"|(?:depart\w*|deviat\w*|differ\w*|mov\w+\s+away)\s+from|(?:go|goes|went|gone|going)\s+(?:beyond|further\s+than)"
            r"|compared?\s+(?:to|with)|versus|vs\.?)\s+(?:what\s+)?")
# "the Geneva people already said ...": those who drafted the phase's texts speak for them (round 37)
_PEOPLE = r"(?:people|folks|crowd|negotiators|drafters)"  # (not "delegations", "participants": the WSIS Forum meets there yearly; review)
_ASKED = r"\b(?:did|does|has|had|would|will)\s+{city}(?=\s+(?:then|later|actually|really|ever)" + _SPOKE + ")"  # "Did Tunis then say ..." (round 40)
_ONE = r"ones?\b(?![-\u2010-\u2013]|\s+(?:of|day|days|year|years|time|times)\b)"  # "the Tunis one that creates the Forum" (round 39)
EVENTS = (
    (re.compile(rf"{_LEADING.format(city='Geneva')}|{CHANGED}Geneva\b(?!\s+(?-i:[A-Z]))|\bGeneva\s+(?:phase|[Ss]ummit|{_TEXTS}|{_PEOPLE})\b|\bthe\s+Geneva\s+{_ONE}|\bfirst\s+{_PHASE}|\b{_MADE_AT}Geneva\b{_NOT_A_TRIP}|{NOT_SPEAKING}\bGeneva{_LISTED}|{_OF}Geneva\b|{_IN_BESIDE.format(city='Geneva')}|{_BACK_IN}Geneva{_NO_YEAR}|\bGeneva{_OWNS}|{_ASKED.format(city='Geneva')}|{_SET_AGAINST.format(city='Geneva')}", re.I),
     ("geneva-declaration", "geneva-plan-of-action")),
    (re.compile(rf"{_LEADING.format(city='Tunis')}|{CHANGED}Tunis\b(?!\s+(?-i:[A-Z]))|\bTunis\s+(?:phase|[Ss]ummit|{_TEXTS}|{_PEOPLE})\b|\bthe\s+Tunis\s+{_ONE}|\bsecond\s+{_PHASE}|\b{_MADE_AT}Tunis\b{_NOT_A_TRIP}|{NOT_SPEAKING}\bTunis{_LISTED}|{_OF}Tunis\b|{_IN_BESIDE.format(city='Tunis')}|{_BACK_IN}Tunis{_NO_YEAR}|\bTunis{_OWNS}|{_ASKED.format(city='Tunis')}|{_SET_AGAINST.format(city='Tunis')}", re.I),
     ("tunis-commitment", "tunis-agenda")),
    # "the ITU event statement", "the ITU-hosted +10 event" (round 42): the 2014 event ITU convened
    (re.compile(r"\b(?:WSIS|World\s+Summit\s+on\s+the\s+Information\s+Society)\s*\+\s*10\s+(?:(?:High[-\s]Level\s+)?Event|(?:papers|docs)(?!\s+(?:by|from|written)\b))\b"
                r"|\bITU(?:['’]s)?(?:[-\u2010\u2011\s]+(?:hosted|led|run|organi[sz]ed|convened))?\s+(?:(?:(?:WSIS\s*)?\+\s*10|2014)\s+event\b"
                r"|event(?:['’]s)?(?=\s+(?:statement|vision|outcome\s+(?:documents?|texts?))\b))", re.I),
     ("wsis10-statement", "wsis10-vision", "wsis10-statement-vision")),
    (re.compile(r"\bSummit\s+of\s+the\s+Future\b", re.I),
     ("pact-for-the-future", "global-digital-compact", "declaration-on-future-generations")),
    # "what did WSIS+10 say": the ten-year review's texts, the event's and the Assembly's (round 28); not a title ("the WSIS+10 Vision")
    # (not a time: "since WSIS+10")
    (re.compile(r"(?<!since\s)(?<!after\s)(?<!before\s)(?<!until\s)(?<!following\s)\bWSIS\s*\+\s*10\b"
                r"(?!['’]?s?[\s-]+(?:High|HLE|Event|Statement|Vision|outcome|review|resolution|GA|General|documents?|texts?|papers?|docs?)\b)", re.I),
     ("a-res-70-125", "wsis10-statement", "wsis10-vision", "wsis10-statement-vision")),
    # "geneva 2003", "tunis 2005": the summit's texts, by its city and year (round 28); not a trip ("went to Tunis 2005")
    # ("both in Geneva 2003 and in the 2024 Pact", "in Tunis 2005 and ...": one of the texts compared, round 41)
    (re.compile(r"(?<!\bin\s)(?<!\bto\s)(?<!\bat\s)(?<!\bfrom\s)\bGeneva\s+(?:in\s+)?2003\b"
                rf"|{_NOT_THERE}\b(?:in|(?<=both\s)at)\s+Geneva\s+(?:in\s+)?2003{_COMPARED}|\b(?:and|or|vs\.?|versus)\s+in\s+Geneva\s+2003\b|{_FROM_ON.format(city='Geneva', year=2003)}", re.I),
     ("geneva-declaration", "geneva-plan-of-action")),
    (re.compile(r"(?<!\bin\s)(?<!\bto\s)(?<!\bat\s)(?<!\bfrom\s)\bTunis\s+(?:in\s+)?2005\b"
                rf"|{_NOT_THERE}\b(?:in|(?<=both\s)at)\s+Tunis\s+(?:in\s+)?2005{_COMPARED}|\b(?:and|or|vs\.?|versus)\s+in\s+Tunis\s+2005\b|{_FROM_ON.format(city='Tunis', year=2005)}", re.I),
     ("tunis-commitment", "tunis-agenda")),
)
