"""What retrieval does with its candidates: a ranking's top scores, passages that are only a heading
or a title block, how much of the query the first passages hold, each passage in the language asked
for, the passages that hold a concept phrase the candidates lack, and a concept only other texts than
the one named hold, and the texts the filters left out that would have answered."""
from __future__ import annotations

import re
from typing import Any, Callable

from wsis.assistant import synonyms
from wsis.assistant.dates import parent_symbol
from wsis.assistant.everyday import everyday_forms, is_clause, rewrites
from wsis.assistant.terms import norm_tokens
from wsis.assistant.extractive import substantive
from wsis.assistant.lists import nested_item
from wsis.assistant.phrases import as_named
from wsis.index_store.store import LiveCorpus
from wsis.types import DocumentInfo, Passage


def in_language(corpus: LiveCorpus, passages: list[Passage], lang: str) -> list[Passage]:
    """[parallel] Each passage in its ``lang`` version when one is live (same label), else as it is."""
    out = []
    for p in passages:
        version = corpus.in_language(p.id, lang)
        if version is None or version.id == p.id or (p.focus and nested_item(version, p.focus) is None):
            out.append(p)
        else:
            out.append(Passage(version, corpus.documents[version.doc_id], p.score, dict(p.scores), p.focus))
    return out


def top_scores(ids: list[str], scores, n: int) -> list[tuple[str, float]]:
    """The ``n`` best (id, score) pairs with a positive score, best first."""
    import numpy as np

    if scores is None or len(scores) == 0:
        return []
    n = min(n, len(scores))
    top = np.argpartition(-scores, n - 1)[:n]
    top = top[np.argsort(-scores[top])]
    return [(ids[i], float(scores[i])) for i in top if scores[i] > 0]


def query_coverage(query: str, passages: list[Passage]) -> float:
    """The largest share of the query's content words that one of the first five passages contains.

    The relevance compared with ``Retrieval.threshold`` is the best dense cosine plus this coverage
    times a weight (rare exact terms such as "spam" that a small embedding model underrates); the
    weight and the threshold are fitted per embedder (``assistant/calibration.json``): a cosine of E5
    moves over a narrower range than one of MiniLM."""
    from wsis.assistant.support import tokens

    wanted = set(tokens(query))
    return max((len(wanted & set(tokens(p.paragraph.text))) / len(wanted) for p in passages[:5]), default=0.0) if wanted else 0.0


def is_heading_only(passage: Passage) -> bool:
    """A passage that only repeats its section heading (e.g. an action line title), or a document's
    title block (its header lines: symbol, date, "Original: English")."""
    p = passage.paragraph
    return not p.numbered and (p.text.strip() in p.section or p.label == "title")


def phrase_holders(phrases: list[str], search: Callable[[str], list[tuple[str, float]]], base_id: Callable[[str], str],
                   passage: Callable[..., Passage | None], passages: list[Passage], per_phrase: int = 2) -> list[Passage]:
    """Passages that contain every word of a concept phrase the candidates lack (``search``: BM25 on the
    phrase alone, (paragraph id, score) best first): a named document must not hide the one that has
    the answer. ``passage`` makes a passage of a paragraph id, scored; the first three ``passages``
    are not repeated."""
    out: list[Passage] = []
    top = passages[0].score if passages else 1.0
    have = {p.id for p in passages[:3]}
    # a compound's WordNet synonym stands for it as written ("junk email": the paragraph on spam)
    others = [o for ph in phrases if " " in ph.strip() for o in synonyms.related(ph) if o not in phrases]
    # and the texts' own wording of it when that is a clause ("internet shutdowns": "measures that cut access")
    clauses = [f for ph in phrases for f in everyday_forms(ph) if is_clause(f) and f not in others]
    others += clauses  # (first even when among the first three: the name's own preamble must not come before it)
    for phrase in [*phrases, *others]:
        need = set(norm_tokens(phrase))
        if not need:
            continue
        for pid, score in search(phrase):
            pid = base_id(pid)  # [parallel] a language version's match stands for its base paragraph
            p = passage(pid, top, {"bm25": score, "concept": 1.0})
            if p is None or is_heading_only(p) or not substantive(p) or (pid in have and phrase not in clauses) or any(o.id == pid for o in out):
                continue
            text = " ".join([*p.paragraph.section, p.paragraph.text])
            if need <= set(norm_tokens(text)) and (phrase in phrases or re.search(rf"(?<!\w){re.escape(phrase)}(?:e?s)?(?!\w)", text, re.I)):
                out.append(p)
                if sum(o.id != pid for o in out) >= per_phrase:
                    break
    return out


def family(doc_id: str, documents: dict[str, DocumentInfo]) -> list[str]:
    """``doc_id`` with the texts a resolution holds, its annexes ("A/RES/79/1, annex I" for the Pact,
    A/RES/79/1); an annex alone (what the Pact's body or its other annex says, the compact does not:
    tester Z, "Does the GDC say anything about poverty?" was answered from the Pact's paragraph 3)."""
    info = documents.get(doc_id)
    if info is None or not info.symbol or parent_symbol(info):
        return [doc_id]
    return [doc_id] + [d for d, other in documents.items() if d != doc_id and parent_symbol(other) == info.symbol]


def judge_named(retrieval: Any, own: list[str], title: str, check: Callable[..., Any], threshold: float,
                search: Callable[[list[str]], tuple[list[Passage], float]], allowed: list[str]) -> None:
    """"Does the Tunis Agenda mention X?", "what does it say about X?" (``own``: the named text's family):
    when its candidates hold X, whether the text itself does (:func:`lacked_by_named`); when X was found
    missing over candidates the name ranked up, whether another text the filters allow holds it (``search``
    within them, relevant enough and passing ``check``: "spam regulation" is the Geneva Plan's). Either way
    "The Tunis Agenda does not mention X" is said (``retrieval.named_lacks``) over the others' passages."""
    if retrieval.concept.missing and len(own) > 1:  # "the Pact" on shutdowns: its annex, the compact, may say it
        passages, relevance = search(own)
        verdict = check(passages) if passages and relevance >= threshold else None
        if verdict is not None and not verdict.missing:
            retrieval.passages, retrieval.concept, retrieval.relevance = passages, verdict, max(retrieval.relevance, relevance)
    if not retrieval.concept.missing and retrieval.relevance >= threshold:
        retrieval.named_lacks, retrieval.passages = lacked_by_named(retrieval.passages, own, check,
                                                                    lambda: search(own)[0])
    elif retrieval.concept.missing and (rest := [d for d in allowed if d not in own]):
        passages, relevance = search(rest)
        verdict = check(passages) if passages and relevance >= threshold else None
        if verdict is not None and not verdict.missing:  # the texts hold it, not the named one
            retrieval.named_lacks, retrieval.passages = retrieval.concept.missing, passages
            retrieval.concept, retrieval.relevance = verdict, max(retrieval.relevance, relevance)
    retrieval.named_lacking = title if retrieval.named_lacks else ""
    said_by_others(retrieval)


def said_by_others(retrieval: Any) -> None:
    """Whether the other texts' passages say what the named text lacks (``retrieval.named_lacks_said``), and
    under "the passages below that do" only those that say it; nothing when the named text lacks nothing (every
    phrase's ``named`` is "" too: the candidates were cut to those saying every phrase)."""
    if not retrieval.named_lacks:
        return
    # "the passages below that do" only when they say it; a paraphrase ("dollars": "fund") is the nearest passages
    said = [ph for ph in retrieval.concept.phrases if retrieval.named_lacks in (ph.text, ph.named, as_named(ph))]
    retrieval.named_lacks_said = bool(said) and not any(ph.checked for ph in said) and all(
        not _plain_english(ph.text) or _says(ph.text, retrieval.passages[:3]) for ph in said)
    if retrieval.named_lacks_said and all(_plain_english(ph.text) for ph in said):  # "the passages below that do":
        retrieval.passages = [p for p in retrieval.passages  # only those (not the Pact on poverty for financing: tester AA)
                              if all(_says(ph.text, [p]) for ph in said)] or retrieval.passages


def _plain_english(phrase: str) -> bool:
    """A phrase of lower-case Latin words (no acronym, no other script or accent): what :func:`_says` can test; an
    acronym ("CSTD") or a phrase in another language is said in the glossary's or the lexicon's form, as the check found."""
    return bool(re.fullmatch(r"[a-z][a-z' -]*", phrase.strip()))


def _says(phrase: str, passages: list[Passage]) -> bool:
    """Whether ``passages`` hold every word of ``phrase`` (stemmed), or of its everyday name's UN form ("kids":
    "children"): WordNet's looser kin do not make them say it ("close the divides" is no "network shutdown")."""
    words = set().union(*(norm_tokens(" ".join([*p.paragraph.section, p.paragraph.text])) for p in passages))
    return any(set(norm_tokens(f)) <= words for f in [phrase, *rewrites(phrase)] if norm_tokens(f))


def lacked_by_named(passages: list[Passage], doc_ids: list[str], check: Callable[[list[Passage], list[str]], Any],
                    search: Callable[[], list[Passage]] = list) -> tuple[str, list[Passage]]:
    """"Does the Tunis Agenda mention cybersecurity?": the candidates hold the concept, but perhaps only
    another text's ("confidence and security in the use of ICTs" in the Geneva Plan). The named text's
    own candidates (``doc_ids``: the text, and a resolution's annexes or an annex's resolution) checked
    alone (``check``: the concept check on some passages, a term counting as used only where the named
    text uses it: the user's notes on "net neutrality" do not put it in the Tunis Agenda), then, when they lack it or there are none,
    its own best passages (``search``: a retrieval within the named text alone), so that "does not
    mention" is said of the text, not of the first candidates. Returns what the question asks about
    (its ``focus``, the phrase after "does X mention") when both lack it, with the other texts'
    candidates only (the named text's would read as the others'); ("", the named text's passages
    that hold it first) when its own search finds it; ("", ``passages``) when its candidates hold it,
    or no other text has a candidate (another phrase they lack, "making *sure*", says nothing of what
    is asked); ("", its own passages first) when the others hold it only with their headings, in words
    the named text uses too ("the governance of the network" under "Internet governance")."""
    own = [p for p in passages if p.paragraph.doc_id in doc_ids]
    rest = [p for p in passages if p.paragraph.doc_id not in doc_ids]
    if not rest:
        return "", passages
    focus = check(own, doc_ids).focus if own else None  # terms no paragraph of the named text uses (not: of the index)
    if own and (focus is None or focus.present):
        return "", passages
    searched = [p for p in search() if p.paragraph.doc_id in doc_ids]
    if searched:
        found = check(searched, doc_ids).focus
        if found is None or found.present:  # the text says it, in passages the first candidates missed
            ids = {p.id for p in searched}
            return "", (searched + [p for p in passages if p.id not in ids])[:len(passages)] if found is not None else passages
        focus = found
    if focus is None or not (own or searched):
        return "", passages
    if _shared_wording(focus.text, _by_heading(focus.text, rest), own + searched):
        ids = {p.id for p in searched}  # the others name it in headings only, their text in the named text's words:
        # no ground for "the Tunis Agenda does not mention Internet governance" (tester AA)
        return "", (searched + [p for p in passages if p.id not in ids])[:len(passages)]
    return focus.named or as_named(focus), rest  # its own would sit under "the passages below that do are from other texts"


def _by_heading(phrase: str, passages: list[Passage]) -> list[Passage]:
    """The passages that hold ``phrase`` with their section heading, none holding it in its text alone
    ("Internet governance" over a paragraph on "the governance of the network"); [] when one does."""
    def text_says(p: Passage) -> bool:
        words = set(norm_tokens(p.paragraph.text))
        return any(set(norm_tokens(f)) <= words for f in [phrase, *rewrites(phrase)] if norm_tokens(f))
    if any(text_says(p) for p in passages):
        return []
    return [p for p in passages if _says(phrase, [p])]


def _shared_wording(phrase: str, others: list[Passage], own: list[Passage], n: int = 4) -> bool:
    """Whether a paragraph of ``own`` uses ``n`` words in a row of an ``others`` paragraph, one of them a word
    of ``phrase`` ("the governance of the network" under the others' heading "Internet governance"): the
    named text says in the others' words what their headings call it. Not "data" in "share open data"
    under "Data governance" against the Tunis Agenda's "governance of the network"."""
    wanted = set(norm_tokens(phrase))
    def grams(text: str) -> set[tuple[str, ...]]:  # with a word of the phrase and a content word of its own
        words = re.findall(r"\w+", text.lower())  # ("the governance of the" is said of anything: review)
        return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)
                if any(set(norm_tokens(w)) & wanted for w in words[i:i + n])
                and any(norm_tokens(w) and not set(norm_tokens(w)) & wanted for w in words[i:i + n])}
    theirs = set().union(*(grams(p.paragraph.text) for p in others))
    return any(grams(p.paragraph.text) & theirs for p in own)


def excluded_by_filters(unfiltered: Callable[[int], list[Passage]], allowed: list[str], kept: list[Passage], k: int,
                        holds: Callable[[Passage], bool] = lambda p: True) -> list[str]:
    """Documents outside the filters whose passages rank among the first three without them
    (``unfiltered(n)``: the first n candidates with no filter), at least as close as the best passage
    the filters kept and holding what is asked (``holds``: the concept check on that passage alone):
    the ones that would have answered."""
    best_kept = max((p.scores.get("dense", 0.0) for p in kept), default=0.0)
    out: list[str] = []
    for p in unfiltered(max(3, min(k, 5)))[:3]:
        doc = p.paragraph.doc_id
        if doc not in allowed and doc not in out and p.scores.get("dense", 0.0) >= best_kept - 0.02 and holds(p):
            out.append(doc)
    return out


_GENERIC_NAME_WORDS = {"plan", "of", "action", "the", "declaration", "principles", "agenda", "commitment", "statement",
                       "vision", "resolution", "compact", "pact", "outcome", "document", "for", "on", "and", "digital", "global"}


def named_outside(question: str, mentions: list, kept: list[str], documents: dict) -> list[str]:
    """Indexed texts the question names by name (``mentions``: where; a name typed with a capital, or
    one word, "gdc"; not the generic "a plan of action") that the filters leave out (not in ``kept``)."""
    def generic(name: str) -> bool:  # "a plan of action": kinds of text and joining words only
        return all(w in _GENERIC_NAME_WORDS for w in re.findall(r"[a-z]+", name))
    out = [m.doc_id for m in mentions if any(c.isupper() for c in question[m.start:m.end])
           or " " not in question[m.start:m.end].strip() or not generic(question[m.start:m.end])]
    return [d for d in dict.fromkeys(out) if d not in kept and d in documents]


def say_named_out(retrieval: Any, question: str, typed: str, mentions: Callable[[str], list], kept: list[str], documents: dict) -> None:
    """Which texts the user's filters leave out though the question names them (``Retrieval.named_out``), or only
    the earlier turns carried them into it (``carried_out``, unless they have passages on it: tester AB M3);
    ``typed``: the question as typed ("" when ``question`` is)."""
    said = typed or question
    retrieval.named_out = named_outside(said, mentions(said), kept, documents)
    retrieval.carried_out = [d for d in named_outside(question, mentions(question), kept, documents)
                             if d not in retrieval.named_out + retrieval.excluded]
    retrieval.excluded = list(dict.fromkeys(retrieval.named_out + retrieval.excluded + retrieval.carried_out))


_QUOTED = re.compile(r"[\"“”‘’']([^\"“”‘’']{3,80}?)[\"“”‘’'](?!\w)")


def quoted_phrases(question: str, words: int = 2) -> list[str]:
    """The phrases a question quotes ("Where does the phrase 'people-centred' appear?"), of ``words``
    words or more or a hyphenated one; not an apostrophe ("the GDC's", "don't")."""
    out = []
    for m in _QUOTED.finditer(question or ""):
        if m.start() > 0 and question[m.start() - 1].isalnum():
            continue  # "GDC's ... '": an apostrophe, not a quote
        phrase = m.group(1).strip()
        if len(phrase.split()) >= words or "-" in phrase:
            out.append(phrase)
    return out


def says_phrase(passage: Passage, phrase: str) -> bool:
    """Whether the passage's paragraph holds ``phrase`` word for word (case, hyphens and spacing aside)."""
    def flat(text: str) -> str:
        return " " + " ".join(re.findall(r"\w+", text.lower())) + " "
    return flat(phrase) in flat(passage.paragraph.text)


def in_the_texts(check, least: float, mentions: Callable[[str], bool]) -> bool:
    """Nothing missing, and each phrase weighty enough to be missing (importance at the fitted minimum
    ``least``) has its head word, or a UN form of it (``everyday``: "stocktake", a review), in some paragraph of
    the index ("paracetamol", "football World Cup" have none)."""
    return bool(check.phrases) and not check.missing and all(
        mentions(ph.words[-1]) or bool(everyday_forms(ph.text, mentions))
        for ph in check.phrases if ph.checked and ph.words and ph.importance >= least)
