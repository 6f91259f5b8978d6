"""People, organisations, places and outlets, with name variants merged within one article.

``extract_entities(doc, context)`` is a pure function of the parsed document. It takes spaCy's
named entities, marks news outlets, repairs slips of the small model that a rule can catch, and
merges mentions that name the same thing (Yevgeny Prigozhin / Prigozhin; Wagner / Wagner Group /
PMC Wagner; UN / United Nations) into one ``Entity`` whose ``mentions`` hold every span.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span

from newsledger.extract.context import ExtractContext
from newsledger.extract.outlets import find_outlets
from newsledger.nlp.lexicon import is_verb_only
from newsledger.records import Entity

KEPT_TYPES = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
# Types whose mentions may be merged with each other.
FAMILY = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
# Words that, alone and capitalised ("the Group"), refer back to an organisation named in full.
GENERIC_ORG_WORDS = frozenset(
    {"Group", "Company", "Ministry", "Party", "Agency", "Council", "Commission", "Committee", "Court",
     "Army", "Corporation", "Organisation", "Organization", "Union", "Department", "Bank", "Fund"}
)
# Nouns that make "the head of Wagner, Yevgeny Prigozhin" a description of the person named.
ROLE_NOUNS = frozenset(
    {"head", "leader", "chief", "founder", "president", "spokesman", "spokeswoman", "spokesperson",
     "director", "minister", "secretary", "chairman", "chairwoman", "commander", "governor", "mayor",
     "ceo", "owner", "envoy", "ambassador", "general", "prime", "premier", "boss", "financier"}
)
_STRIP_PUNCT = "•·|-–—,.;:!?\"'“”‘’()[]"
_RELATIVE_OR_INFINITIVE = frozenset({"WDT", "WP", "TO", "MD"})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})


@dataclass
class _Mention:
    start: int  # token indices
    end: int
    label: str
    doc: Doc
    describes: _Mention | None = None  # set on a description ("the head of Wagner") of a named mention

    @property
    def span(self) -> Span:
        return self.doc[self.start : self.end]

    # Cached: the merge compares every pair of mentions.
    @cached_property
    def words(self) -> list[str]:
        return [t.text for t in self.span]

    @cached_property
    def key(self) -> str:
        return " ".join(self.words).lower()


def extract_entities(doc: Doc, context: ExtractContext | None = None) -> tuple[Entity, ...]:
    repairs = True if context is None else context.entity_repairs
    mentions = _collect_mentions(doc, repairs)
    return _merge(mentions)


def _collect_mentions(doc: Doc, repairs: bool) -> list[_Mention]:
    outlets = find_outlets(doc)
    outlet_tokens = {i for span in outlets for i in range(span.start, span.end)}
    mentions = [_Mention(s.start, s.end, "OUTLET", doc) for s in outlets]
    for ent in doc.ents:
        if ent.label_ not in KEPT_TYPES or outlet_tokens.intersection(range(ent.start, ent.end)):
            continue
        if repairs and _is_slip(ent):
            continue
        mentions.append(_Mention(ent.start, ent.end, ent.label_, doc))
    mentions = [m for m in (_trim(m) for m in mentions) if m is not None]
    if repairs:
        _relabel_person_names(mentions)
    mentions += _propagate(doc, mentions)
    mentions += _role_appositions(doc, mentions)
    return sorted(mentions, key=lambda m: m.start)


def _is_slip(ent: Span) -> bool:
    """Entities the small model gets wrong in ways a rule can see."""
    if ent.label_ == "PERSON" and not any(t.tag_ in _PROPER_TAGS for t in ent):
        # "Fighters would be recruited": a sentence-initial common noun, not a name.
        return True
    if ent.label_ in {"ORG", "PERSON", "WORK_OF_ART"} and ent.start > 0:
        before = ent.doc[ent.start - 1]
        first = ent[0].lower_
        # "tactics that Violate Human Rights": a capitalised verb phrase, not an organisation.
        if before.tag_ in _RELATIVE_OR_INFINITIVE and is_verb_only(ent.doc.vocab, first):
            return True
    return False


def _trim(m: _Mention) -> _Mention | None:
    """Drop a leading "the", a trailing possessive and stray punctuation from a mention's span."""
    start, end = m.start, m.end
    doc = m.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].text in _STRIP_PUNCT):
        start += 1
    while end > start and (doc[end - 1].text in {"'s", "’s", "'"} or doc[end - 1].text in _STRIP_PUNCT
                           or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    return _Mention(start, end, m.label, doc)


def _relabel_person_names(mentions: list[_Mention]) -> None:
    """A name that is a PERSON elsewhere in the article is not a place ("Prigozhin" as GPE)."""
    person_words = {m.words[-1] for m in mentions if m.label == "PERSON"}
    person_keys = {m.key for m in mentions if m.label == "PERSON"}
    for m in mentions:
        if m.label in {"GPE", "LOC", "NORP", "FAC"} and (m.key in person_keys or (
            len(m.words) == 1 and m.words[0] in person_words
        )):
            m.label = "PERSON"


def _propagate(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """Names the model tagged once are names everywhere: "Prigozhin said" with no tag is still him."""
    forms: dict[tuple[str, ...], set[str]] = {}
    for m in mentions:
        forms.setdefault(tuple(m.words), set()).add(m.label)
        if m.label == "PERSON" and len(m.words) > 1:
            forms.setdefault((m.words[-1],), set()).add("PERSON")
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[_Mention] = []
    by_first: dict[str, list[tuple[str, ...]]] = {}  # longest first, each under its first word
    for form in sorted(forms, key=len, reverse=True):
        by_first.setdefault(form[0], []).append(form)
    i = 0
    while i < len(doc):
        match = None
        if i not in taken and doc[i].tag_ in _PROPER_TAGS:
            for form in by_first.get(doc[i].text, ()):
                n = len(form)
                if tuple(t.text for t in doc[i : i + n]) == form and taken.isdisjoint(range(i, i + n)):
                    match = form
                    break
        if match is not None and len(forms[match]) == 1:
            found.append(_Mention(i, i + len(match), next(iter(forms[match])), doc))
            taken.update(range(i, i + len(match)))
            i += len(match)
        else:
            i += 1
    return found


def _role_appositions(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """"the head of Wagner, Yevgeny Prigozhin": the description before the comma names him too."""
    found: list[_Mention] = []
    for m in mentions:
        if m.label != "PERSON" or m.start < 3 or doc[m.start - 1].text != ",":
            continue
        comma = m.start - 1
        for begin in range(comma - 1, max(comma - 8, -1), -1):
            token = doc[begin]
            if token.lower_ in {"the", "its", "his", "her", "their"} or token.tag_ == "POS":
                words = {t.lower_ for t in doc[begin:comma]}
                if words & ROLE_NOUNS:
                    found.append(_Mention(begin, comma, "PERSON", doc, describes=m))
                break
            if token.pos_ not in {"NOUN", "PROPN", "ADP", "ADJ", "PART"} or token.is_sent_start:
                break
    return found


def _family(label: str) -> str:
    return FAMILY.get(label, label)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _same_thing(short: _Mention, long: _Mention) -> bool:
    """Whether the shorter name can be a variant of the longer one (same type family)."""
    sw, lw = short.words, long.words
    if short.key == long.key:
        return True
    if len(sw) >= len(lw):
        return False
    if short.label == "PERSON":
        return lw[-len(sw) :] == sw  # a surname alone: "Prigozhin" for "Yevgeny Prigozhin"
    if len(sw) == 1 and sw[0].isupper() and len(sw[0]) >= 2 and _initials(lw) == sw[0]:
        return True  # an acronym: "UN" for "United Nations"
    if len(sw) == 1 and sw[0] in GENERIC_ORG_WORDS:
        return False  # "the Group" is resolved separately, and only when unambiguous
    return _contains(lw, sw)


def _merge(mentions: list[_Mention]) -> tuple[Entity, ...]:
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    names = [(i, m) for i, m in enumerate(mentions) if m.describes is None]
    for i, j in _candidate_pairs(names):
        a, b = mentions[i], mentions[j]
        if _family(a.label) == _family(b.label) and len(a.words) <= len(b.words) and _same_thing(a, b):
            union(i, j)
    _attach_generic_references(mentions, union)
    _attach_first_names(mentions, union)
    for i, m in enumerate(mentions):
        if m.describes is not None:
            union(i, next(j for j, o in enumerate(mentions) if o is m.describes))

    clusters: dict[int, list[_Mention]] = {}
    for i, m in enumerate(mentions):
        clusters.setdefault(find(i), []).append(m)
    ordered = sorted(clusters.values(), key=lambda ms: min(m.start for m in ms))
    return tuple(_to_entity(f"e{n}", ms) for n, ms in enumerate(ordered, 1))


def _candidate_pairs(names: list[tuple[int, _Mention]]) -> Iterator[tuple[int, int]]:
    """The pairs of names that may be variants of each other: those sharing a word, and an acronym with the names
    it abbreviates. Comparing every pair instead made a book-length text take minutes."""
    by_word: dict[str, list[int]] = {}
    by_initials: dict[str, list[int]] = {}
    for i, m in names:
        for word in {w.lower() for w in m.words}:
            by_word.setdefault(word, []).append(i)
        if len(m.words) > 1:
            by_initials.setdefault(_initials(m.words), []).append(i)
    for i, m in names:
        others = {j for w in {w.lower() for w in m.words} for j in by_word[w]}
        if len(m.words) == 1:
            others.update(by_initials.get(m.words[0], ()))
        others.discard(i)
        for j in sorted(others):
            yield i, j


def _attach_generic_references(mentions: list[_Mention], union: object) -> None:
    """"the Group" joins the one organisation whose name holds "Group", if there is exactly one."""
    for i, m in enumerate(mentions):
        if len(m.words) != 1 or m.words[0] not in GENERIC_ORG_WORDS:
            continue
        owners = {
            " ".join(o.words) for o in mentions if len(o.words) > 1 and m.words[0] in o.words and o.label == m.label
        }
        if len(owners) == 1:
            j = next(k for k, o in enumerate(mentions) if " ".join(o.words) in owners)
            union(i, j)  # type: ignore[operator]


def _attach_first_names(mentions: list[_Mention], union: object) -> None:
    """"Steve" alone joins "Steve Jobs" when he is the one person of the article with that first name, and no
    one has it as a surname."""
    people = [(k, o) for k, o in enumerate(mentions) if o.label == "PERSON" and o.describes is None]
    full_names: dict[str, dict[str, int]] = {}  # first name -> full names with it -> a mention of each
    surnames = {o.words[-1] for _, o in people if len(o.words) > 1}
    for k, o in people:
        if len(o.words) > 1:
            full_names.setdefault(o.words[0], {}).setdefault(" ".join(o.words), k)
    for i, m in people:
        firsts = full_names.get(m.words[0], {}) if len(m.words) == 1 else {}
        if len(firsts) == 1 and m.words[0] not in surnames:
            union(i, next(iter(firsts.values())))  # type: ignore[operator]


def _to_entity(entity_id: str, mentions: list[_Mention]) -> Entity:
    label_votes = Counter(m.label for m in mentions)
    names = Counter(" ".join(m.words) for m in mentions if m.describes is None) or Counter(
        " ".join(m.words) for m in mentions
    )
    first_seen: dict[str, int] = {}
    for m in mentions:
        first_seen.setdefault(" ".join(m.words), m.start)
    name = max(names, key=lambda n: (len(n.split()), names[n], -first_seen[n]))
    label = max(label_votes, key=lambda lab: (label_votes[lab], lab == "PERSON"))
    spans = sorted({(m.span.start_char, m.span.end_char) for m in mentions})
    return Entity(id=entity_id, name=name, type=label, mentions=tuple(spans))
