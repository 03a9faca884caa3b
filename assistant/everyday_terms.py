"""The table of everyday names for the texts' terms (:mod:`wsis.assistant.everyday` reads it): what a
user calls a thing, next to the UN forms it stands for. Each entry was added for a question a user
asked (the round named beside it); each UN form is a true synonym in the texts' sense."""
from __future__ import annotations

# not the radio spectrum, TV white spaces or the Radio Regulations: a newspaper, TV or radio word naming no medium
_NOT_SPECTRUM = r"(?![\s-]+(?:spectrum|frequenc\w*|white[\s-]+spaces?|waves?|regulations?|access\s+networks?)\b)"
# (a user's words, the UN forms they stand for); each a true synonym in the texts' sense, never a
# broader or narrower term (a "hacker" is no "cybersecurity", "kids" are not "youth")
EVERYDAY: list[tuple[str, tuple[str, ...]]] = [
    (r"(?:UN|United\s+Nations)['’]?s?\s+(?:chief|head|boss|leader|top\s+official)|head\s+of\s+the\s+(?:UN|United\s+Nations)"
     r"|top\s+(?:UN|United\s+Nations)\s+official|UN\s+secretary[-\s]general"
     r"|(?:the\s+organi[sz]ation['’]s|the\s+world\s+body['’]s)\s+(?:top|most\s+senior|highest[-\s]ranking|chief)\s+(?:official|officer)",
     ("Secretary-General",)),
    (r"(?:telecoms?\s+|telecommunications?\s+|communications\s+|media\s+|internet\s+)?watchdogs?",
     ("regulators", "regulatory authorities")),
    (r"(?:small(?:er)?|little|tiny)\s+(?:firms?|businesses|business|compan(?:y|ies)|shops?)",
     ("small enterprises", "small businesses", "small and medium-sized enterprises")),
    (r"internet\s+(?:service\s+)?providers?|ISPs?|broadband\s+providers?", ("service providers", "internet service providers")),
    (r"private\s+(?:companies|company|firms?|businesses|corporations)|(?:the\s+)?corporate\s+world", ("private sector", "business")),
    (r"(?:poor|poorer|poorest|low-income)\s+(?:countries|nations|states)", ("developing countries", "least developed countries")),
    (r"(?:rich|richer|wealthy|wealthier|high-income)\s+(?:countries|nations|states)", ("developed countries",)),
    (r"fake\s+news|false\s+news", ("misinformation", "disinformation")), (r"\bgender(?![\s\u2010-\u2013-]+(?:based|bias|parity|identit|neutral|equality|inequalit|equity|gap|digital|divide|mainstream|responsive|sensitive|disaggregat|balance|perspective|lens))\b", ("women and girls",)),  # "gender" (round 38)
    (r"(?:connectivity|digital|access|internet|broadband)\s+gaps?", ("digital divide", "digital divides")), (r"(?:national|country)\s+(?:(?:ICT|digital|broadband)\s+)?road-?maps?", ("national strategies", "national plans")),  # rounds 23, 40
    # round 23: to take stock of progress, or for a text to revisit itself, is to review
    (r"(?:take|takes|taking|took)\s+stock|revisit(?:s|ed|ing)?\s+(?:itself|themselves|it|them|this\s+\w+)", ("review",)),
    # everyone brought together at a time, or to check: a meeting convened (not "together around common goals")
    (r"(?:(?:bring|brings|brought|bringing)\s+(?:everyone|everybody|all\s+(?:the\s+)?(?:stakeholders|actors|sides|parties))\s+together"
     r"|(?:get|gets|getting|got)\s+(?:everyone|everybody)\s+together|(?:everyone|everybody)\s+(?:brought|gathered|called)\s+together)"
     r"(?=\s*(?:[?.,;]|$|\s+(?:to\s+(?:see|check|review|take\s+stock|discuss|assess|look|meet)|every|each|once|again|regularly|annually)\b))",
     ("convene", "meeting")),
    # the languages people speak are the local ones (round 23 and six read rounds: "online material in the languages people
    # actually speak"; not "which languages do people speak at the forum")
    (r"(?:the\s+)?languages?\s+(?:that\s+)?(?:people|pupils|users|communities|citizens|locals)\s+(?:actually\s+|really\s+)?(?:speak|use(?=\s+(?:every\s*day|daily)))(?!\s+(?:at|in|during)\b)"  # "use every day" (round 32)
     r"|(?:people['’]s|their\s+own|pupils['’]|children['’]s)\s+(?:own\s+)?(?:languages?|mother\s+tongues?)|mother\s+tongues?",
     ("local languages", "local content")),
    (r"(?:online|web|internet)\s+materials?\b", ("content", "online content")),  # round 32; not "the web" alone (the tagger leaves "web" of "web addresses written in ...")
    (r"lessons?\s+learn[et]d?|success(?:ful)?\s+(?:examples|stories|cases)|what\s+(?:has\s+)?work(?:s|ed)\s+(?:well\s+)?(?:elsewhere|in\s+other)",
     ("good practice", "sharing of experience", "exchange of experience")),  # round 32: "pass on lessons learned and successful examples"
    # to keep track of something over time is to measure or monitor it (round 24: "promise to keep track of the digital divide?")
    (r"(?:keep|keeps|keeping|kept)\s+(?:a\s+)?track\s+of|(?:track|monitor)(?:s|ed|ing)?\s+(?=(?:over\s+time\s+)?(?:how\s+(?:big|wide|large)|(?:the\s+)?(?:[\w-]+\s+)?(?:size|gap|divide|progress)\b))",  # round 38: "monitor progress"
     ("measuring", "monitoring")),
    # junk mail is spam, and "junk" alone where the tagger reads "email" as a verb ("want junk email to be dealt with"; rounds 23, 24)
    (r"junk(?:\s+(?:e-?)?mails?|\s+messages)?|unsolicited\s+(?:e-?)?mails?", ("spam",)),
    (r"(?:the\s+)?new\s+(?:digital\s+)?(?:technolog(?:y|ies)|tech)\b", ("information and communication technologies", "ICTs")),
    (r"(?:work|working|policy|thematic)\s+(?:areas|streams|strands)|areas\s+of\s+work|workstreams", ("action lines",)),
    (r"(?:the\s+)?(?:UN|United\s+Nations)['’]?s?\s+founding\s+(?:treaty|document|charter)|founding\s+(?:treaty|charter)\s+of\s+the\s+"
     r"(?:UN|United\s+Nations)|UN\s+Charter", ("Charter of the United Nations", "Charter")),
    (r"disabled\s+(?:people|persons|users)", ("persons with disabilities",)),
    (r"(?:old|older|elderly)\s+(?:people|users)|the\s+elderly|senior\s+citizens", ("older persons",)),
    (r"aid\s+(?:givers|donors|agencies)|donor\s+(?:countries|governments)", ("donors", "development partners")),
    (r"(?:the\s+)?countryside|remote\s+villages?|(?<!global\s)(?<!smart\s)(?<!digital\s)(?<!olympic\s)villages"
     r"|(?:the|our|a|my|rural|small|local|whole|(?<![\w-])(?!(?:children|world|global)['’]s)(?-i:[a-z])\w*['’]s)\s+village(?!\s+of\s+(?-i:[A-Z]))|^village$", ("rural areas", "remote areas")),  # "the village" (round 29)
    (r"(?:online\s+|internet\s+)?(?:shoppers|buyers|customers)|(?:people|those)\s+(?:who\s+(?:buy|shop)|buying|shopping)",
     ("consumers",)),
    (r"(?:personal|private)\s+(?:information|details|info)\b|(?:information|details|data)\s+about\s+(?:people|individuals|users|me|myself|us|ourselves)\b|(?:information|details|data)\s+on\s+(?:me|myself|us|ourselves)\b"
     r"|personally\s+identifiable\s+information|\bPII\b"
     r"|(?:(?:customers|clients|users|consumers|citizens|people)['’]\s*(?:s\s+)?|(?:customer|client|user|consumer|citizen|person)['’]s\s+)"
     r"(?:personal\s+|private\s+)?(?:details|information|data)\b"  # not a need of theirs: "people's information needs"
     r"(?!\s+(?:needs|society|societies|literacy|access|and\s+communication|technolog\w*|flows?|ecosystems?))",
     ("personal data",)),
    (r"(?:computer|IT|tech|internet|online)\s+(?:skills|literacy|training|classes|courses|lessons)"
     r"|(?:teach\w*|train\w*|show\w*)\s+(?:\w+\s+){0,2}?(?:how\s+)?to\s+use\s+(?:a\s+)?(?:computers?|the\s+internet)"
     r"|(?:teach\w*|train\w*)\s+(?:people|users|citizens|students|pupils|adults|children|teachers|them|everyone)\s+(?:how\s+)?to\s+use\s+"
     r"(?:new\s+|digital\s+)?(?:technolog(?:y|ies)|ICTs?|digital\s+tools)"
     # "building people's abilities to use technology" (round 17)
     r"|(?:abilit(?:y|ies)|capacit(?:y|ies)|know-?how|competenc(?:e|es|ies))\s+to\s+use\s+(?:new\s+|digital\s+)?"
     r"(?:technolog(?:y|ies)|ICTs?|digital\s+tools|computers?|the\s+internet)",
     ("digital skills", "digital literacy")),
    (r"(?:discussion|dialogue|debate)\s+(?:platforms?|spaces?|venues?)", ("forum",)),
    (r"(?:complete\s+|total\s+)?(?:beginners|novices)|new\s+users"
     r"|(?:someone|anyone|people|those)\s+who\s+(?:has|have)\s+never\s+(?:been\s+online|used\s+(?:a\s+computer|the\s+internet))",
     ("first-time users",)),
    (r"for\s+nothing|without\s+paying|at\s+no\s+cost|free\s+of\s+charge", ("free",)),
    (r"joint\s+ventures?", ("partnerships",)), (r"\b(?:what|which|things?|steps?|items?)\b[^.?!]{0,30}?\b(?:comes?|coming)\s+first\b", ("priority", "priorities")),  # round 37; not "the poorest should come first" (dev)
    # paying for a thing is financing it ("paying for internet in the countryside": the financing of connectivity)
    (r"(?<!without\s)(?<!having\sto\s)(?:paying(?!\s+(?:attention|heed|tribute|the\s+price|lip\s+service))(?:\s+for)?"
     r"|(?:pay|pays|paid)\s+for)", ("financing", "funding")),
    # the texts' "names and numbers" of the Internet's core resources
    (r"IP\s+(?:addresses|address|numbers|numbering|blocks|ranges)|Internet\s+Protocol\s+(?:addresses|numbers)"
     r"|DNS\s*(?:[/&,]|and|or)?\s*IP(?:\s+address(?:es)?)?|IP\s*(?:[/&,]|and|or)\s*DNS", ("names and numbers", "IP addresses")),
    (r"domain\s+names?|web\s*(?:site)?\s+addresses|website\s+addresses", ("names and numbers", "domain names")),
    (r"(?:the\s+)?developing\s+world|(?:the\s+)?global\s+south", ("developing countries",)),
    (r"young\s+people|teenagers|adolescents", ("youth",)), (r"kids", ("children",)),
    (r"(?:always|each\s+time|every\s+time)\s+(?:be\s+)?(?:held|meet|meets|meeting|hosted|convened)\s+in\s+the\s+same\s+(?:city|place|town|location|venue)\b"
     r"|(?:held|meet|meets|meeting|hosted|convened)\s+in\s+the\s+same\s+(?:city|place|town|location|venue)\s+(?:each|every)\s+(?:year|time)\b", ("rotate",)),  # round 39
    (r"NGOs?|charities|non-?profits?(?:\s+organi[sz]ations)?", ("civil society",)),
    (r"local\s+councils|municipalities|city\s+governments", ("local authorities", "local governments")), (r"(?:continuing|adult|lifelong)\s+education|education\s+for\s+(?:grown-?ups|adults)", ("adult learning",)),  # round 35
    (r"internet\s+(?:shutdowns?|blackouts?)|(?:switch|shut|cut|turn)(?:s|es|ed|ting|ing)?\s+(?:off|down)\s+(?:the\s+(?:internet|web|network)|(?:people['’]s\s+)?(?:internet\s+)?connections)"
     r"|pull(?:s|ed|ing)?\s+the\s+plug\s+on\s+(?:the\s+(?:internet|web|network)|mobile\s+(?:data|internet|networks?)|(?:people['’]s\s+)?connections)(?!\s+(?:subsid|fund|program|project|scheme|plan|deal|contract|grant)\w*)|(?:internet|network)\s+kill\s+switch(?:es)?|kill(?:s|ed|ing)?\s+the\s+(?:internet|web|network)",
     ("network shutdowns", "measures that cut access")),  # the texts' own paraphrase (round 23)
    # "people who will live after us": those not yet born; "worldwide ground rules": globally applicable principles (round 18)
    (r"(?:people|those|generations)\s+(?:who\s+(?:will\s+)?(?:live|come)\s+after\s+us|(?:who\s+are\s+)?not\s+(?:yet\s+born|born\s+yet)|yet\s+to\s+be\s+born)"
     r"|(?:the\s+)?unborn", ("not yet born", "future generations")),
    (r"(?:worldwide|global|universal)\s+ground[\s-]+rules|rules\s+that\s+(?:apply|hold)\s+(?:worldwide|everywhere|globally)",
     ("globally applicable principles",)),
    # "the web splintering apart", "a splinternet" (round 18)
    (r"(?:internet|web|network)\s+(?:splinter\w*|break\w*\s+(?:up|apart)|split\w*\s+(?:up|apart))|splinternet", ("fragmentation",)),
    (r"far-?flung|out-of-the-way|far\s+(?:away\s+)?from\s+(?:the\s+)?(?:big\s+|major\s+|large\s+)?(?:cities|towns)", ("remote",)),
    (r"get-?togethers?|(?:get|gets|getting)\s+together|(?:come|comes|coming)\s+together(?=\s*(?:[?.,;]|$|\s+(?:to\s+(?:see|check|review|"
     r"take\s+stock|discuss|assess|look)|every|each|once|again|regularly|annually)\b))", ("meeting", "meetings", "convene")),
    (r"stock-?tak(?:e|ing)\s+(?:gathering|meeting|session|event|conference)s?", ("meeting to take stock",)), (r"stock-?takes?|stock-?taking(?!\s+(?:database|platform|report))", ("review", "stocktaking")),  # "another stocktake a decade on"
    # "looking at the whole thing again in a decade", "will it be looked at again?", "any evaluation of its work": a review
    (r"look(?:s|ed|ing)?\s+at\s+(?:[\w'’-]+\s+){0,4}?again|looked\s+at\s+again|(?:take|took|taking)\s+another\s+look"
     r"|evaluation\s+of\s+(?:its|their|the\s+(?:forum['’]s|panel['’]s|body['’]s))\s+(?:work|performance|activities)", ("review",)),  # round 35
    (r"(?:offline|unconnected)\s+(?:people|populations?|communities|users|households)"
     r"|(?:people|those|communities|households|users)\s+(?:(?:who\s+)?(?:are|remain|stay)\s+)?(?:still\s+)?(?:offline|not\s+(?:yet\s+)?(?:online|connected))"
     r"(?!\s+to\s+(?!(?:the\s+)?(?:internet|web|network)\b))"
     r"|(?:people|those|communities|households)\s+without\s+(?:an?\s+)?(?:internet(?:\s+(?:access|connection))?|connection|connectivity)"
     r"(?!\s+to\s+(?!(?:the\s+)?(?:internet|web|network)\b))",  # not "connected to the electricity grid"
     ("unconnected", "the unconnected")),
    (r"multi-?stakeholder\s+(?:role|roles|part|input|participation|involvement|community)", ("all stakeholders",)),  # not the texts' own terms
    # "public places where people can get online": access points; "the price of getting online": the cost of access
    (r"(?:public\s+)?(?:places|spots|venues)\s+(?:where|to)\s+(?:people|anyone|everyone|users|citizens|the\s+public)?\s*(?:can\s+)?"
     r"(?:get|go|be)\s+online|public\s+(?:internet|online)\s+access|(?:internet|wi-?fi|online)\s+(?:spots?|hot\s?spots?|kiosks?)\b", ("access points", "points of access")),
    (r"(?:price|cost)s?\s+of\s+(?:(?:getting|going|being)\s+online|(?:getting|bringing)\s+(?:people|everyone|users|them|households)\s+online)"
     r"|(?:price|cost)s?\s+of\s+(?:internet\s+)?(?:access(?!\s+to\s+(?!the\s+internet|internet|ICTs?|broadband|networks?)\w)|connectivity|broadband(?!\s+spectrum))\b",
     ("cost of access", "affordable")),  # "cost of access for users" (round 28)
    # "closer joint work between countries" after Tunis: the texts' enhanced cooperation
    (r"(?:closer|stronger|deeper|more\s+intense|intensified)\s+(?:joint\s+work|cooperation|co-operation|collaboration|working[-\s]together)"
     r"\s+(?:(?:between|among)\s+(?:countries|governments|states|nations)|process)", ("enhanced cooperation",)),  # "the closer collaboration process" (round 18)
    (r"talking\s+shops?", ("forum",)),  # "the new talking shop set up in Tunis"
    (r"in\s+charge\s+of(?!\s+\w+ing\b)|supervisory\s+(?:authority|role|powers?|functions?|mandate)", ("supervise", "oversight")),  # round 21, 33
    # round 33: "the new expert science body set up by the compact"; rounds 30, 33: data "flows" the fixture says "move across borders"
    (r"(?:(?:expert|independent|international|new)\s+)*scien(?:ce|tific)\s+(?:body|bodies|group|committee|council)", ("scientific panel",)),
    (r"(?:cross-border\s+)?data\s+flows?(?:\s+across\s+borders)?", ("data move across borders",)),
    # "should telecom watchdogs be kept free of political control?": independent regulators (round 21)
    (r"(?:free|independent)\s+(?:of|from)\s+(?:political|government(?:al)?|state|ministerial)\s+(?:control|interference|influence|meddling|pressure)", ("independent",)),
    (r"(?:main|core|trunk)\s+(?:network\s+(?:cables?|links?|lines?)|cables?)", ("backbone",)),  # not "the main lines of action"
    # news and facts online that "can be trusted", are "reliable": the integrity of information
    (r"(?:news|information|facts|content)\b(?:(?!\b(?:whether|that|if|how|which)\b)[^.?!;]){0,40}?"
     r"\b(?:can\s+be\s+trusted|(?:is|are|be|stays?)\s+(?:trustworthy|reliable))",
     ("information integrity",)),
    # a cost "within people's reach", "cheap enough", "what people can afford": affordable
    (r"(?:costs?|prices?|fees?|charges?|bills?)\b[^.?!;]{0,40}?\b(?:within|in)\s+(?:(?:\w+['’]s?|their|his|her|our)\s+)?"
     r"(?:financial\s+)?reach|(?:cheap|inexpensive|low-cost)\s+enough|(?:people|users|everyone|households|they)\s+can\s+afford"
     r"|(?:at\s+)?a\s+price\s+(?:people|users|everyone|households|they)\s+can\s+(?:pay|manage)"
     # "price is what stops people getting connected", "cost as the main barrier to access" (round 32; not operators' costs)
     r"|(?:prices?|costs?)\s+(?:is|are|was|remains?|as)\s+(?:what|the\s+(?:main\s+|biggest\s+|real\s+)?(?:thing|barrier|obstacle|problem))"
     r"\s+(?:that\s+)?(?:stops?|keeps?|prevents?|holds?)\s+(?:back\s+)?(?:people|users|households|families|citizens|the\s+poor|many|most|us|them)\b"
     r"|(?:prices?|costs?)\s+(?:keeps?|stops?|prevents?)\s+(?:people|users|households|families|the\s+poor|many|us|them)\s+(?:off|out|from)\b"  # round 33
     r"|(?:prices?|costs?)\s+(?:is|are|was|remains?|as)\s+the\s+(?:main\s+|biggest\s+|real\s+|key\s+)?(?:barrier|obstacle)\s+to\s+"
     r"(?:internet\s+)?(?:access|connectivity|getting|going|being)\b",
     ("affordable", "affordability")),
    (r"(?:bring|brought|push|get|got|driv|drove)\w*\s+(?:the\s+)?(?:prices?|costs?|fees?)(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+down"  # round 26
     r"|(?:bring|brought|push|driv|drove)\w*\s+down\s+(?:the\s+)?(?:prices?|costs?|fees?)|(?:lower|cut|reduc)\w*\s+(?:the\s+)?(?:prices?|fees?)\b"
     r"|cost(?:s|ing)?\s+a\s+fortune|(?:internet|connection|data|access|broadband)\s+(?:is|are)\s+(?:so\s+|too\s+|very\s+)?expensive"
     r"|(?:the\s+)?price\s+problem"  # round 41: "internet at a good price", "access that people can pay"
     r"|(?:internet|access|connections?|connectivity|data|broadband|devices?|phones?|plans?|services?)\s+(?:(?:at|for)\s+an?\s+(?:good|fair|decent|reasonable|low|sensible)\s+price"
     r"|(?:that|which)\s+(?:people|users|households|everyone|they)\s+can\s+(?:pay(?:\s+for)?|afford)\b(?!\s+(?:back|with|online|off|through)\b))",
     ("affordable", "affordability", "cheaper")),  # round 35: "internet is too expensive for me"
    # a rhythm in other words: "every twelve months" is "each year", "every other year" "every two years"
    (r"(?:every\s+(?:twelve|12)\s+months|(?:once\s+(?:a|per|every)|every)\s+year|year\s+(?:after|by)\s+year"
     r"|on\s+a\s+yearly\s+basis)(?!\s+(?:has|had|is|was|passes|passed|elapsed|ago|later|after|from|on|before)\b)", ("each year", "annual", "annually")),
    (r"every\s+(?:twenty-four|24)\s+months|every\s+(?:other|second)\s+year|once\s+in\s+two\s+years|every\s+2\s+years",
     ("every two years", "biennial")),
    (r"(?:the\s+)?(?:run|lead)-?up\s+to", ("the preparatory process", "preparations for")),
    (r"(?:being|been|are|is|get|gets|getting)\s+(?:carried\s+out|put\s+into\s+(?:practice|effect)|acted\s+on)",
     ("implementation",)),
    (r"machine\s+intelligence|(?:thinking|smart|intelligent)\s+machines|(?:smart|self-learning|learning)\s+algorithms"
     r"|(?:smart|intelligent|thinking)\s+(?:software|programs|programmes|computers|systems)|chat-?bots?", ("artificial intelligence",)),
    # "scan their old treasures": the cultural heritage of the texts; "the same freedoms on the web as in everyday life": offline and online
    (r"(?:old|historic|national|cultural|hidden)\s+treasures|heirlooms|museum\s+(?:holdings|collections|pieces|objects)"
     r"|(?:museum|library|archive)s?\s+(?:and\s+(?:museum|library|archive)s?\s+)?(?:treasures|holdings|collections)"  # round 19
     r"|^old\s+museums?$"
     r"|(?:old|ancient|historic(?:al)?|rare)\s+manuscripts", ("heritage", "cultural heritage")),  # round 18
    # "scanning old manuscripts": digitizing them (round 18); old photos too, or a collection "scanned and put online" (round 30);
    # not "scan the documents for anything on spam" (a search), "scan a QR code", "body scans"
    (r"scan(?:s|ning|ned)?\s+(?:in\s+)?(?:(?:their|our|the|old|ancient|historic(?:al)?|rare)\s+)*"
     r"(?:(?:museum|library|archive)s?\s+(?:and\s+(?:museum|library|archive)s?\s+)?)?(?:manuscripts|books|archives|collections|treasures|holdings"
     r"|photos|photographs|pictures|maps|films|newspapers)(?![^?.]{0,40}\bfor\s+(?:malware|viruses|virus|threats?|weapons?|contraband))"
     r"|(?:be|get|being|got)\s+scanned\b|scanned\s+and\s+(?:put|posted|uploaded|placed)\b", ("digitized", "digitization")),
    (r"same\s+[^?.;]{0,80}?\b(?:in|as\s+in)\s+(?:everyday|real|ordinary|daily)\s+life|same\s+[^?.;]{0,80}?\bin\s+the\s+real\s+world", ("offline",)),
    (r"money|cash", ("financing", "funding")),  # "money for getting villages hooked up": the financing of connectivity
    # round 19: "gains were not shared equally" (the benefits), "the next big UN stocktaking" (the overall review),
    # "a job for governments alone" (their role)
    (r"gains", ("benefits",)),
    (r"(?:the\s+)?same\s+say|(?:an?\s+)?equal\s+say", ("equal part", "equal role", "equal footing", "equal standing")),
    (r"(?:big|major|large|overall|full)\s+(?:UN\s+)?stock-?tak(?:e|ing)", ("overall review",)),  # not "the next stock-taking meeting"
    (r"(?:a|the)\s+job\s+(?:for|of)\s+(?:the\s+)?(?:governments?|states?|business(?:es)?|the\s+private\s+sector|civil\s+society"
     r"|(?:all\s+)?stakeholders|everyone|international\s+organi[sz]ations)|^job$"
     r"|^(?:governments?|govts?|gov['’]?t|states?)['’]?s?\s+job$", ("role",)),  # not "a job for young people"; "the govt's job" (round 27);
    # a phrase of that one word ("is it a job for governments alone?" reads "job"), not "job losses"
    (r"(?:social\s+)?safety\s+nets?|welfare\s+(?:systems?|schemes?|programmes?|programs?)", ("social protection",)),
    # the press (not the verb: "press states to act"), a phrase of that one word, news media: the media
    (r"(?:the|free|news)\s+press\b(?!\s+(?:release|releases|conference|conferences)\b)|^press$|news\s+media", ("media",)),
    # round 25: newspapers and TV are the media (not "radio spectrum", "TV white spaces"); submissions that came in
    # are contributions (not a way to take part: dev b15-un-u-compact-review-input); a network's roll-out is its
    # deployment (not digital public infrastructure's); a common aspiration the texts' common desire or shared wish
    (r"(?!(?:[\w-]+[\s,&]+){0,4}?(?:spectrum|frequenc\w*|white[\s-]+spaces?|regulations?)\b)"  # "TV and radio spectrum"
     r"(?:(?:newspapers?|TV|television|broadcasters?|(?<!community\s)radio)" + _NOT_SPECTRUM + r"(?:\s+(?:stations?|channels?|outlets?))?"
     r"(?:\s*(?:,|and|or|&)\s*|$|(?=[\s?.;:!]))){1,4}", ("media",)),
    (r"(?:written\s+)?submissions(?=\s+(?:that\s+|which\s+)?(?:came\s+in|(?:were\s+)?received|(?:were\s+)?sent\s+in|in\s+writing\b))"
     r"|(?:(?<=accept\s)|(?<=accepts\s)|(?<=accepted\s)|(?<=accepting\s)|(?<=receive\s)|(?<=receives\s)|(?<=received\s)|(?<=receiving\s)|(?<=invite\s)|(?<=invites\s)|(?<=invited\s)|(?<=inviting\s))submissions\b(?!\s+(?:or|and)\s+(?:a\s+)?(?:speaking|oral|slot))",
     ("contributions", "written contributions")),  # those that came in, or were taken (round 46); not a way to take part ("written submissions, a speaking slot")
    # rounds 31, 32: "did anyone get to send in input before the 2015 review meeting", "how did the review get ideas from ppl"
    (r"\b(?:did|could|were)\s+(?:anyone|anybody|people|ppl|stakeholders|others|the\s+public|civil\s+society|outsiders)\s+(?:actually\s+|really\s+)?(?:get\s+to\s+|"
     r"(?:able|allowed)\s+to\s+)?(?:send|submit|hand)\s+(?:in\b|(?:their\s+|any\s+|some\s+)?(?:stuff|things|ideas|input|inputs|comments|views"
     r"|proposals|submissions)\b)|\b(?:get|got)\s+(?:ideas|input|inputs)\s+from\s+(?:ppl|people|the\s+public|everyone|outside)\b",
     ("contributions", "written contributions")),
    (r"(?:network|broadband|internet|fibre|fiber|5G)\s+roll-?outs?|roll(?:s|ed|ing)?[\s-]+out\s+(?:of\s+)?"
     r"(?:the\s+)?(?:networks?|broadband|fibre|fiber)|roll-?outs?\s+of\s+(?:the\s+)?(?:networks?|broadband|fibre|fiber)",
     ("deployment", "connectivity")),
    (r"(?:common|shared|joint)\s+aspirations?|aspirations?\s+(?:they|we|both|all)\s+share|(?:19|20)\d\d\s+aspirations?|^aspiration$",  # "the 2003 aspiration" (round 29)
     ("common desire", "shared wish", "shared vision", "common vision")),
    # round 26: "the single biggest challenge" is the Pact's "greatest challenge" (not any superlative: "to the greatest extent")
    (r"(?:biggest|largest)(?=\s+(?:challenge|threat|risk|obstacle|problem|concern|issue|priorit(?:y|ie))s?\b)", ("greatest",)),
    # round 28: "work together beyond their own frontiers" is across borders; "police or override the organisations that
    # already run things": supervise, existing bodies
    (r"beyond\s+(?:their|its|our|national)\s+(?:own\s+)?(?:frontiers|borders)|across\s+(?:national\s+)?frontiers|cross-frontier",
     ("across borders", "cross-border")),
    (r"(?:police|overrule|override|boss\s+around)\s+(?:the\s+)?(?:other\s+|existing\s+)?(?:organi[sz]ations|bodies|institutions|agencies)",
     ("supervise", "existing bodies")),
    (r"(?:organi[sz]ations|bodies|institutions|agencies)\s+(?:(?:that|which)\s+)?already\s+(?:exist|run|do|handle|work)\w*", ("existing bodies",)),
    # round 43: power over the bodies that run things is supervising them ("any power over ICANN, the RIRs or the other organisations")
    (r"(?:power|authority|control)\s+over\s+(?:the\s+)?(?:ICANN|RIRs?\b|(?:[\w-]+,?\s+){0,6}?(?:organi[sz]ations|bodies|institutions|agencies)\b)",
     ("supervise",)),
    # round 29: "a network the village runs itself" is a community network, "a place to learn skills" a training centre,
    # "free public spots where folks can go online" points of access
    (r"networks?\s+(?:that\s+|which\s+)?(?:the|a|our|their|local)\s+(?:village|community|town|locals|people|residents)\s+(?:runs?|owns?|builds?)",
     ("community networks", "community-run networks")),
    (r"(?:a\s+)?places?\s+(?:to|where\s+\w+\s+can)\s+learn\s+(?:digital\s+|computer\s+)?skills", ("training centres", "local training centres")),
    (r"(?:free\s+)?public\s+spots|spots\s+where\s+(?:\w+\s+){0,2}can\s+(?:go|get)\s+online", ("access points", "points of access")),
    # round 28: "the earlier Geneva round" is the Summit's first phase, "the Tunis round" its second (the texts' words)
    (r"(?:(?:earlier|first|original|initial|previous)\s+)?Geneva\s+(?:round|stage)(?![\s-]*tables?\b|\s+of\b)"
     r"|(?:(?<=\brelative\sto\s)|(?<=\bcompared\sto\s)|(?<=\bcompared\swith\s)|(?<=\brelation\sto\s)|(?<=\bcontrast\sto\s))Geneva\s+(?:in\s+)?2003\b",
     ("first phase",)),  # "relative to Geneva 2003" (round 42)
    # what a review "periodically" does is at regular intervals (round 30: "foresee periodic review ...": "do not mention periodic")
    (r"periodic(?:ally)?\b", ("regular intervals", "regularly")),  # not "a periodical or newsletter" (review)
    # "every single year" (round 31: "does not mention single year", the phrase "every" leaves); not "in a single year"
    (r"(?:(?:every|each)\s+|^)single\s+(?:calendar\s+)?year\b|each\s+and\s+every\s+year", ("annual", "every year")),  # not "in any single year" (review)
    (r"(?:(?:later|second|subsequent)\s+)?Tunis\s+(?:round|stage)(?![\s-]*tables?\b|\s+of\b)", ("second phase",)),
    # round 41: teaching people to judge the media is media literacy, guiding tenets are principles, the member states in
    # New York (policy-makers) are the General Assembly (the governments), where people can't get online lacks connectivity, the summit's first round its first phase
    (r"(?:teach\w*|train\w*|help(?:s|ed|ing)?)\s+(?:people|users|citizens|students|pupils|children|kids|young\s+people|the\s+public|everyone|them)\s+"
     r"(?:how\s+)?to\s+(?:evaluate|judge|assess|check|question|spot|verify|critically\s+read|make\s+sense\s+of)\s+(?:the\s+)?(?:media|news(?:\s+sources)?"
     r"|information)(?!\s+(?:security|systems?|needs|technolog\w*|about|on\s+(?:their|my|our)\s+own|they\s+hold|submitted|provided|held|published))",
     ("media literacy",)),
    (r"swap(?:s|ped|ping)?\s+(?:experiences?|notes|know-?how|lessons(?:\s+learned)?)", ("exchange of experience", "sharing of experience")),
    (r"tenets?", ("principles",)), (r"long[-\s](?:range|run)\s+(?:consequences|effects|impacts?)", ("long-term effects", "long-term impacts")),
    (r"(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?member\s+states\s+(?:in|at)\s+New\s+York(?!\s+University)", ("General Assembly",)),
    (r"(?<!corporate\s)(?<!company\s)(?<!business\s)(?<!industry\s)(?<!platform\s)(?:policy|decision)[-\s]?makers?"
     r"(?!\s+(?:at|in|of)\s+(?:the\s+)?(?:tech|private|compan\w*|platform\w*|firms?|corporations?|industry|business\w*)\b)", ("governments",)),  # the texts speak as "we", the governments
    (r"(?:where|places\s+where|areas\s+where)\s+(?:people|folks|users|households)\s+(?:still\s+)?(?:can['’]?t|cannot|can\s+not|are\s+unable\s+to)"
     r"\s+(?:get|go)\s+online", ("lack connectivity", "unconnected")),
    (r"(?:first|earlier|opening)\s+round\s+of\s+the\s+(?:summit|WSIS)(?!['’]s|\s+of\s+the\s+Future|[\s-]*(?:\+|plus\b|\d|negotiations?|talks|review|voting))|(?:summit|WSIS)['’]s\s+first\s+round",
     ("first phase",)),
    (r"(?:second|later)\s+round\s+of\s+the\s+(?:summit|WSIS)(?!['’]s|\s+of\s+the\s+Future|[\s-]*(?:\+|plus\b|\d|negotiations?|talks|review|voting))|(?:summit|WSIS)['’]s\s+second\s+round",
     ("second phase",)),
    # round 42: a regulator's KPIs are the texts' measurable targets or indicators; backhaul and the last mile are the network
    # that connects people (connectivity); to restate is to reaffirm, an aspiration a wish
    (r"KPIs?\b|key\s+performance\s+indicators?", ("measurable targets", "indicators")),
    (r"backhaul(?:\s+(?:links?|networks?|capacity))?|last[-\s]mile(?:\s+(?:connectivity|access|links?|networks?|infrastructure))?"
     r"(?!\s+(?:logistics|parcels?|couriers?|transport)|\s+deliver\w*\s+(?:of\s+)?(?:parcels?|packages?|goods|food|orders?))", ("connectivity",)),
    (r"(?:online|cyber)[-\s]?(?:harassment|bigotry)|(?:harassment|bigotry)(?:\s+(?:and|or)\s+(?:harassment|bigotry|hate))?\s+online", ("abusive and hateful uses", "abusive", "hateful")),  # harassing people online is abusing it
    # round 43: the DNS and IP addresses are the names and numbers, core resources of the network; a telecom regulator is a
    # regulator; incidents responded to across borders are cross-border incident response
    (r"critical\s+(?:internet|network)\s+resources?", ("names and numbers", "internet resources")),
    (r"(?:telecoms?|telecommunications?|ICT|communications)\s+regulators?|NRAs?\b|national\s+regulatory\s+authorit(?:y|ies)",
     ("regulators", "regulatory authorities")),
    (r"protect(?:s|ed|ing|ion\s+(?:of|for))?\s+(?:the\s+)?(?:buyers?|shoppers?|customers?)\b(?!['’]|\s+(?:data|information|privacy|details|records))|(?:buyer|shopper|customer)s?['’]?\s+protection", ("consumer protection",)),
    (r"online\s+shopping|shopping\s+online", ("online markets", "e-commerce")),
    # to pass on what one knows is to share knowledge; no one left out is no one left behind; a general evaluation of results
    # is an overall review (round 44)
    (r"pass(?:es|ed|ing)?\s+on\s+what\s+(?:they|we|you|it|people|states|countries)\s+know", ("share knowledge",)),
    (r"(?:general|overall|comprehensive|global)\s+(?:evaluation|assessment|appraisal)(?=\s+of\s+(?:the\s+)?(?:(?:summit|WSIS)['’]?s?\s+)?"
     r"(?:summit|WSIS|implementation|progress|results|outcomes)\b)", ("overall review",)),  # not "of AI risks" (review)
    (r"leav(?:e|es|ing)\s+(?:no\s*one|nobody|no\s+person)\s+(?:out|behind)|(?:no\s*one|nobody)\s+(?:is\s+)?left\s+(?:out|behind)",
     ("left behind", "left out")),
    (r"(?:cross[-\s]?border|international)\s+incident\s+response(?!\s+teams?)", ("respond to incidents across borders",)),
    (r"incident\s+response(?!\s+teams?)", ("respond to incidents", "respond to cybersecurity incidents")),
    # round 46: people who still have no access are the unconnected; how far we have got is the progress made
    (r"(?:people|those|folks|communities|households|users)(?:\s+online)?\s+(?:who|that)\s+(?:still\s+)?(?:have|has|had)\s+no\s+(?:internet\s+|online\s+)?"
     r"(?:access|connection|connectivity)\b(?!\s+to\s+(?!(?:the\s+)?(?:internet|net|web|broadband|networks?)\b))"
     r"|(?:people|those|folks|communities|households)\s+(?:(?:who|that)\s+(?:still\s+)?lack|without)\s+(?:internet\s+)?access\b(?!\s+to\s+(?!(?:the\s+)?(?:internet|net|web|broadband)\b))",
     ("unconnected", "lack connectivity")),
    (r"(?:today['’]?s|present[-\s]day|leaders['’]?|governments['’]?)\s+choices\b(?!\s+of\b)", ("decisions",)),  # round 45: the choices made now
    (r"how\s+far\s+(?:(?:we|they|countries|states|the\s+world|everyone)(?:['’]ve|\s+have|['’]d|\s+had)?"
     r"|(?:have|has|had)\s+(?:we|they|countries|states|the\s+world|everyone))\s+(?:got|gotten|come)\b", ("progress made",)),
    (r"restat(?:es|ed|ing)\b|(?<=\s)(?<!please\s)(?<!you\s)restate\b(?!\s+(?:paragraph|para|it|this|that|them|in)\b)", ("reaffirm", "reaffirming")), (r"(?<!common\s)(?<!shared\s)aspirations?\b", ("wish",)),
]
