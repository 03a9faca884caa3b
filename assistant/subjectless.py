"""Questions that name nothing to look up: "What?", "Why?", "Which: : : ?", "Quoi ?", "为什么？".

Asked without a conversation to lean on, such a question has no subject: any passage is as near as
any other, so quoting some would pass chance off as an answer. The assistant says so and shows how
to ask instead. Only question and function words count as nothing, in the six UN languages, so a
question in any of them with a word of its own ("Why the IGF?", "Qu'est-ce que le FGI ?") is
answered as before; after an earlier turn the follow-up rules give the question its subject.

"And in the GDC?", "What about the Tunis Agenda?" asked first: a follow-up with nothing to follow.
It names a text but no subject; quoting that text's nearest passages would answer a question nobody
asked. The assistant says it reads as a follow-up and asks for the whole question (English forms).
"""
from __future__ import annotations

import re

# question words, auxiliaries, articles, pronouns and fillers; nothing a text could be about
_WORDS = {
    "en": "what which who whom whose where when why how whether is are was were be do does did can could should "
          "would will shall may might must the a an of about on in to for it this that these those there here any "
          "anything something else more please tell me us say says said mean means meant so then and or but now "
          "ok okay yes no really huh eh hmm hm hello hi hey thanks thank you again explain".split(),
    "fr": "quoi que qu quel quelle quels quelles qui où ou quand pourquoi comment combien lequel laquelle lesquels "
          "lesquelles est ce c ça cela ceci le la les l de du des un une et il elle y a t dit dire s il vous plaît "
          "merci bonjour encore".split(),
    "es": "qué que cuál cuáles quién quiénes dónde cuándo por porqué cómo cuánto cuántos cuánta cuántas es son el "
          "la los las lo de del un una y o dice decir eso esto hola gracias favor".split(),
    "ru": "что кто где когда почему как какой какая какое какие каков зачем сколько ли это и в о об а ну "
          "привет спасибо пожалуйста".split(),
    "ar": "ماذا ما من أين متى لماذا كيف هل كم أي و في عن هذا هذه ذلك مرحبا شكرا".split(),
}
_FUNCTION_WORDS = frozenset(w for words in _WORDS.values() for w in words)
# Chinese is written without spaces: these are taken out of the text, longest first
_CHINESE = sorted("什么时候 为什么 怎么样 什么 哪里 哪个 哪些 何时 怎么 怎样 如何 多少 谁 哪 吗 呢 吧 啊 是 的 了 说 请 问 你好 谢谢".split(),
                  key=len, reverse=True)
_WORD = re.compile(r"\w+", re.UNICODE)


def names_nothing(question: str) -> bool:
    """True when every word of ``question`` is a question or function word (or it has no word):
    nothing in it says what to look up. A word in capitals says something ("What about IT?", "the US")."""
    text = question
    for word in _CHINESE:
        text = text.replace(word, " ")
    return all(w.lower() in _FUNCTION_WORDS and not (len(w) > 1 and w.isupper()) for w in _WORD.findall(text))


_FOLLOW_UP = re.compile(r"^\s*(?:and|what\s+about|how\s+about|same\s+(?:for|in)|also|then)\b", re.I)


# what may stand beside the texts' names in a follow-up that asks nothing of its own ("And also in the GDC, please?")
_LINKS = {"and", "also", "then", "too", "in", "on", "for", "about", "regarding", "the", "of", "from", "at", "by", "with",
          "its", "their", "case", "please", "as", "well", "so", "now", "ok", "okay", "there", "same", "it", "or", "that"}
_OPENER = re.compile(r"^[\s,]*(?:and|also|then|so|but|ok(?:ay)?|(?:what|how)\s+about|same\s+(?:for|in))\b", re.I)


def follow_up_alone(question: str, spans: list[tuple[int, int]]) -> bool:
    """True when ``question`` opens as a follow-up ("And in ...?", "What about ...?") and, once the
    texts it names (``spans``, their names' places) are taken out, names nothing else."""
    if not spans or not _FOLLOW_UP.match(question):
        return False
    for start, end in sorted(set(spans), reverse=True):
        question = question[:start] + " " + question[end:]
    rest = question  # "And what is the Tunis Agenda?" asks a question of its own; "And what about it in the GDC?" none
    while (shorter := _OPENER.sub(" ", rest, count=1)) != rest:
        rest = shorter
    return all(w.lower() in _LINKS and not (len(w) > 1 and w.isupper()) for w in _WORD.findall(rest))


# "Write me a poem about the internet", "compose a song on the IGF", "écris un poème", "escribe un cuento":
# a piece of writing of its own, which no paragraph holds; quoting the nearest ones would pass them off
# as one. A summary, a list or a comparison of the texts is an answer, and none of these
_CREATIVE = re.compile(
    r"\b(?:write|compose|make\s+up|create|give\s+me|tell\s+me|draft|generate|invent)\s+(?:me\s+|us\s+)?(?:a|an|some|one|two|three)\s+"
    r"(?:short\s+|little\s+|funny\s+|nice\s+)?(?:poem|poems|song|songs|story|stories|limerick|haiku|sonnet|joke|jokes|rap|lyrics|fairy\s+tale|riddle)\b"
    r"|\b(?:écri[st]|écrivez|compose[sz]?|raconte[sz]?|invente[sz]?)[\s-]+(?:moi\s+|nous\s+)?(?:un|une|des)\s+"
    r"(?:petit\s+|petite\s+)?(?:poème|chanson|histoire|conte|blague|haïku|sonnet)s?\b"
    r"|\b(?:escribe|escríbeme|escriba|compón|componga|cuéntame|cuénteme|inventa)\s+(?:me\s+)?(?:un|una|unos|unas)\s+"
    r"(?:poema|canción|cuento|historia|chiste|haiku|soneto)s?\b", re.I)


def asks_for_writing(question: str) -> bool:
    """True when ``question`` asks for a poem, a song, a story or a joke rather than for what the texts say."""
    return bool(_CREATIVE.search(question or ""))
