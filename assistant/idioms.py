"""Idioms whose words name no concept of the texts (round 26): "another look down the road" (later; "down the line", round 46),
"a long time in this business" (in this field), "the Geneva crowd" (the people at Geneva), "a thread
(connecting) X to Y" (what the texts share; rounds 23, 27), "continuity between X and Y" (round 28), "the IGF's job" (round 30), "the tension between X and Y" (round 41), "no exceptions" (everyone; round 42). The concept check would otherwise say "the
texts do not mention road / business / crowd / connecting"."""
from __future__ import annotations

_FIELD = {"business", "game", "field"}  # "in this business": the asker's line of work
_BODIES = {"forum", "panel", "secretariat", "igf", "itu", "un", "office", "envoy", "commission", "council"}  # "the forum's job" in lower case
_THREAD_ON = {"from", "between", "through", "running", "linking", "connecting", "across", "that", "to"}
_THREADS = {"thread", "threads", "throughline", "through-line"}
# "real continuity between WSIS and the compact", "the link between the two texts": how texts relate (round 28)
_OPENING = {"a", "the", "any", "some", "real", "genuine", "clear", "much", "strong", "no", "is", "there", "of", "what", "what's", "whats"}
_BETWEEN_TEXTS = {"continuity": ("between", "with", "from"), "link": ("between",), "links": ("between",),
                  "relationship": ("between",), "overlap": ("between",)}
# "the tension between safeguarding individuals and keeping networks open": the two sides are asked about (round 41); not
# "is there a tension between ...", "have a balance between ...": whether there is one is asked
SIDES = "tension tensions balance trade-off trade-offs tradeoff tradeoffs interplay".split()


def idiom_word(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` belongs to such an idiom: "a thread from", "down the road", "in this business", "the"
    and a name before "crowd" ("the Geneva crowd"; not "crowd surveillance", "AI crowd surveillance")."""
    here = words[at].lower()
    before = [w.lower() for w in words[max(0, at - 2):at]]
    after = [w.lower() for w in words[at + 1:at + 3]]
    if (here in _THREADS and after[:1] and after[0] in _THREAD_ON) or (here in _THREAD_ON and before[-1:] and before[-1] in _THREADS):
        return True  # "a thread from X to Y", "a thread connecting X and Y"; not "email threads"
    if here in _BETWEEN_TEXTS and after[:1] and after[0] in _BETWEEN_TEXTS[here] and (not before or before[-1] in _OPENING):
        return True  # "(real) continuity between WSIS and the compact"; not "links to harmful content", "business continuity with"
    if here in SIDES and after[:1] == ["between"] and before[-1:] and before[-1] in ("the", "this", "that"):
        sides = next((words[at + 2:at + 2 + i] for i, w in enumerate(words[at + 2:]) if not w[:1].isalnum()), words[at + 2:])
        return any(w.lower() in ("and", "or", "versus", "vs") for w in sides)  # two sides named; not "the tensions between states"
    if here == "job" and after[:2] == ["of", "the"] and before[-1:] == ["the"]:
        return True  # "what is the job of the forum?" (review)
    if here == "job" and before[-1:] and (before[-1] == "its" or (before[-1] == "whose" and after[:2] == ["is", "it"])
                                          or words[at - 1][:1].isupper() or before[-1] in _BODIES) \
            and (not after or not after[0][:1].isalpha() or after[0] in ("is", "was", "be", "to", "in", "here", "exactly", "really", "actually")):
        return True  # "what's the IGF's job?" (its "'s" cut), "whose job is it to": a body's role (round 30); not "my job", "the UN's job market"
    if here in ("exception", "exceptions") and (before[-2:] in ([",", "no"], [";", "no"], ["-", "no"], ["all", "no"], ["everyone", "no"]) or before[-1:] == ["without"]) \
            and (not after or not after[0][:1].isalnum()):
        return True  # "everyone, no exceptions.", "all of us without exception": all (round 42); not "no exceptions for security"
    if (here == "lot" and before[-1:] == ["a"]) or (here == "lots" and after[:1] == ["of"]):
        return True  # "watched a lot", "lots of talk"; not "parking lots"
    return ((here == "down" and after in (["the", "road"], ["the", "line"])) or (before[-1:] == ["down"] and here == "the" and after[:1] in (["road"], ["line"]))
            or (before == ["down", "the"] and here in ("road", "line")) or (before == ["in", "this"] and here in _FIELD)
            or (here in ("crowd", "crowds") and before[:1] == ["the"] and len(before) == 2 and words[at - 1][:1].isupper()
                and not (after and after[0].isalpha() and after[0] in ("surveillance", "funding", "sourcing", "control"))))
