"""Words that frame a question rather than name its concept (``phrases`` cuts a question at them)."""
from __future__ import annotations

# Words that frame a question rather than name its concept ("what position do the texts take on").
FRAME = set(
    """what which who whom whose when where why how whether does do did doing done is are was were be been being
    will would shall should can could may might must has have had having the a an and or of to in on for by with
    as at from into about regarding concerning re this that these those it its they them their there here any
    some all each every other such same also too very much many more most less least than then so not no nor
    say says said saying tell tells told explain describe describes summarize summarise summary overview mean meant
    mention mentions mentioned mentioning address addresses addressed addressing cover covers covered discuss
    discusses discussed treat treats treated deal deals dealt handle handles handled refer refers referred
    provide provides provided state states stated stating position positions stance stances view views viewpoint
    take takes taken took think thinks thought anything something everything nothing thing things kind kinds
    type types way ways sort sorts respect relation related relating regard regards matter matters issue issues
    question questions point points aspect aspects idea ideas topic topics subject subjects text texts
    document documents paragraph paragraphs para provision provisions clause clauses language wording words agreed position
    agree agrees negotiators delegates delegation specifically exactly actually really currently today now
    still ever already yet please me my we our us i you your one ones anyone anybody someone there's what's
    everybody everyone nobody besides apart except beyond under own keeping without within through across
    among between against via toward towards during after before around alongside amid amidst despite beside
    unlike including following per throughout versus vs whereas while whilst although though because unless until if once
    behind onto beneath underneath above below
    play plays played playing reaffirm reaffirms reaffirmed recall recalls recalled recognize recognizes
    recognise recognises recognized recognised acknowledge acknowledges note notes noted observe observes
    stress stresses stressed emphasize emphasizes emphasise emphasises underline underlines
    give gives given make makes made get gets got put puts need needs needed want wants wanted use uses
    according approach approaches general particular specific main key important overall whole
    compare compared comparing comparison contrast differ differs different difference later earlier previous original originally initial initially heart consistent consistently possible
    subsequent since build built building builds took taking repeat repeats echo echoes follow followed
    relate relates related line lines texts' wsis gdc summit summits compact agenda plan commitment declaration
    review reviews resolution resolutions excerpt outcome outcomes geneva tunis call calls called up over out
    upon off concern promise promises promised expected expect hold holds held ask asks asked talk talks
    getting going go goes let lets allow allows allowed supposed keep keeps kept help helps helped draw
    write writing written become becomes see sees seen come comes find found show shows try tries
    itself themselves himself herself ourselves yourself yourselves myself oneself cent part parts like
    example examples instance sure phrase phrases ok okay arrangement arrangements others situation situations
    either neither similar similarly alike likewise stuff real actual genuine emphasis emphases
    theme themes pick picks picked picking look looks looked looking else another but framed framing item items stand stands stood stick sticks stuck
    """.split()
)
