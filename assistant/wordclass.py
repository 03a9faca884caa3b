"""Which words of an English question are verbs and adverbs, not concepts (part-of-speech tags).

A question's missing concept is a noun phrase ("digital services taxes", "net neutrality"), not the
verb or adverb around it: "Should strategies be ... revisited from time to time?" does not ask about
"revisited", nor "Will the online economy bring new employment?" about "economy bring". Before, a
fixed list of frame words cut the phrases, and every verb it lacked glued nouns together or stood as
a "concept" of its own, which the concept check then found missing (false refusals).

The tags come from HanTa (Hanover Tagger, PyPI ``HanTa``, LGPL-3.0): a hidden-Markov tagger whose
English model (BNC C5 tags) ships inside the package, pure Python, about 1 ms per question. Without
the package ``word_classes`` returns None and ``phrases.concept_phrases`` falls back to its frame-word
list (a word after an auxiliary and adverbs in -ly are cut, no other verb).
"""
from __future__ import annotations

import functools
import re
import threading
from typing import Sequence

from wsis.assistant import synonyms

_LOCK = threading.Lock()
# C5 tags of verbs and adverbs; participles (VVG, VVN) are judged by their neighbours (below)
_VERB = {"VVB", "VVD", "VVI", "VVZ", "VM0", "VBB", "VBD", "VBG", "VBI", "VBN", "VBZ", "VDB", "VDD", "VDG",
         "VDI", "VDN", "VDZ", "VHB", "VHD", "VHG", "VHI", "VHN", "VHZ"}
_ADVERB = {"AV0", "AVP", "AVQ", "XX0"}
# tags after which an "-s" word is a plural noun, not a verb ("the releases", "about courts"); the
# tagger reads "about" as an adverb, hence also the words themselves
_BEFORE_NOUN = {"PRP", "PRF", "AT0", "DPS", "DT0"}
_PREPOSITIONS = {"about", "on", "of", "for", "with", "regarding", "concerning", "into", "from", "by", "against"}
_NOMINAL = ("NN", "NP", "AJ", "CRD", "ORD", "UNC")  # tag prefixes of a noun phrase's words
_PARTICLES = {"down", "up", "off", "out", "away", "back"}  # of phrasal verbs: "bringing down", "setting up"


@functools.lru_cache(maxsize=1)
def _tagger():
    try:
        from HanTa import HanoverTagger
    except ImportError:  # the check falls back to the frame-word list alone
        return None
    return HanoverTagger.HanoverTagger("morphmodel_en.pgz")


MAX_WORD = 40  # letters: longer "words" (pasted strings, hostile input) are not analysed


def tags(words: Sequence[str]) -> list[str]:
    """One C5 tag per word ("" for every word when the tagger is not installed)."""
    tagger = _tagger()
    if tagger is None or not words:
        return [""] * len(words)
    # the tagger's word analysis grows steeply with a word's length (a 2,000-letter "word" took ~20 s,
    # under the lock every request shares): a word longer than any English one is read as a noun's stand-in
    safe = [w if len(w) <= MAX_WORD else "item" for w in words]
    with _LOCK:  # the tagger keeps per-sentence state
        tagged = tagger.tag_sent(safe, taglevel=1)
    return [tag for _word, _lemma, tag in tagged] if len(tagged) == len(words) else [""] * len(words)


def _nominal(tag: str) -> bool:
    return tag.startswith(_NOMINAL)


NOUN, VERB, ADVERB = "noun", "verb", "adverb"
# a noun that starts a noun phrase of its own right after another: the subject of a relative clause
# without "that" ("the input | people sent in", "the contributions | countries made")
NEW_PHRASE = "new phrase"


def word_classes(words: Sequence[str], found: Sequence[str] | None = None) -> list[str] | None:
    """For each word, whether it belongs to a noun phrase (``NOUN``, also for punctuation and
    function words), is a verb (``VERB``) or an adverb (``ADVERB``) of the sentence; None without
    the tagger. A participle is a noun phrase's word when it stands before a noun or adjective
    ("developing countries", "shared vision") or is a gerund after one ("electronic voting");
    right after a preposition, a gerund WordNet does not know as an adjective is a verb with its
    object ("about regulating cryptocurrencies", "on protecting submarine cables"), and a noun
    without one ("what does it say about financing?"); otherwise it is a verb ("goals were slipping
    away", "documents attached to it"). A hyphenated word is a noun phrase's ("e-learning",
    "decision-making"). A gerund before a particle is a phrasal verb ("bringing down"), and one
    between two nouns and two more opens a clause ("junk email flooding people's inboxes"). A word the
    tagger reads as a verb in "-s" right after a preposition or an article is a plural noun ("about
    courts going digital"). A noun that opens a relative clause without "that" is ``NEW_PHRASE``: it
    starts a noun phrase of its own ("the input | people sent in")."""
    found = list(tags(words) if found is None else found)  # ``found``: the words' tags, when already read
    if words and not any(found):
        return None
    out: list[str] = []
    for i, (word, tag) in enumerate(zip(words, found)):
        if re.search(r"[\u2010-\u2013\u2212-]", word.strip("-\u2010\u2011\u2012\u2013\u2212")):
            out.append(NOUN)
        elif tag in _ADVERB and not (word[:1].isalpha() and not word.lower().endswith("ly")
                                     and synonyms.is_known(word) is False):
            out.append(ADVERB)  # an adverb, unless no dictionary knows the word: "about cybersecurity" is a term
        elif tag == "VVZ" and i > 0 and (found[i - 1] in _BEFORE_NOUN or words[i - 1].lower() in _PREPOSITIONS):
            out.append(NOUN)  # no verb stands right after a preposition or article: "anything about courts going digital"
        elif tag in _VERB:
            out.append(VERB)
        elif word.lower() in _PARTICLES and out and out[-1] == VERB and i > 0 and found[i - 1] in ("VVG", "VVI", "VVB"):
            out.append(ADVERB)  # the particle of a phrasal verb: "bringing down", "setting up"
        elif tag == "VVG" and i + 1 < len(words) and words[i + 1].lower() in _PARTICLES:
            out.append(VERB)  # a phrasal verb, whatever stands before it: "for bringing down what people pay"
        elif tag == "VVG" and i > 0 and found[i - 1] in ("PRP", "PRF") and not (
                i + 1 < len(found) and (_nominal(found[i + 1]) or found[i + 1] in ("AT0", "DT0", "DPS"))):
            out.append(NOUN)  # a gerund without an object names an activity: "what does it say about financing?"
        elif tag == "VVG" and i > 0 and found[i - 1] in ("PRP", "PRF") and synonyms.is_adjective(word) is False:
            out.append(VERB)  # a gerund with its object: "about regulating cryptocurrencies" (not "developing")
        elif tag in ("VVG", "VVN"):
            before = i > 0 and _nominal(found[i - 1])
            after = i + 1 < len(found) and _nominal(found[i + 1])
            # after two nouns and before a third, a participle opens a clause: "junk email | flooding | people's inboxes"
            clause = tag == "VVG" and after and i > 1 and found[i - 1].startswith("NN") and found[i - 2].startswith("NN") \
                and found[i + 1].startswith("NN") and i + 2 < len(found) and found[i + 2].startswith("NN")
            # (a two-word object: "health data sharing frameworks" stays one compound)
            out.append(VERB if clause else NOUN if after or (tag == "VVG" and before) else VERB)
        else:
            out.append(NOUN)
    for i in range(2, len(words) - 1):
        if out[i] == NOUN and _relative_subject(i, found, out):
            out[i] = NEW_PHRASE
    return out


def _relative_subject(i: int, found: list[str], out: list[str]) -> bool:
    """A plural noun between a noun and a verb, in an object (after a determiner that follows a
    preposition or a full verb): "note of the input people sent in" has a relative clause without
    "that" whose subject is "people". After an auxiliary the noun phrase is the question's own subject
    ("do the member states submit"), cut only when an active verb follows it and the main verb comes
    later ("should the rights people enjoy offline be protected", not "are e-government services
    supposed to")."""
    if found[i] not in ("NN2", "NN0", "NP0") or not found[i - 1].startswith("NN") or out[i + 1] != VERB:
        return False
    start = i - 1
    while start > 0 and _nominal(found[start - 1]):
        start -= 1
    before = found[start - 2:start] if start >= 2 else ["", *found[:start]]
    if before[-1] in ("AT0", "DT0", "DPS"):
        before = before[:-1] or [""]
    if before[-1].startswith(("PR", "VV")):
        return True
    # after an auxiliary: an active verb ("enjoy", not "be" or "supposed") and the main verb still to come
    return before[-1] in _VERB and found[i + 1] in ("VVB", "VVD", "VVI", "VVZ", "VHB", "VHD") and VERB in out[i + 2:]
